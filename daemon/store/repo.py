"""The queries the CLI and the daemon call: plain functions taking a ``Session``.

None of them commits: the caller owns the transaction (``Store.transaction()``),
so a step's reads and writes land together or not at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import and_, func, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from connectors.errors import InputError, NotFound
from daemon.store.db import is_write_transaction
from daemon.store.models import (
    Account,
    Actor,
    Contact,
    ContactAddress,
    ContactSource,
    Draft,
    Event,
    Meeting,
    Message,
    Note,
    NoteKind,
    Outbox,
    OutboxStatus,
    Timer,
    TimerStatus,
)
from daemon.store.types import utcnow
from workflows.mailbox import Footprint
from workflows.stages import Stage

Keyed = TypeVar("Keyed", Outbox, Timer, Draft)
"""A table whose rows carry a unique idempotency ``key``."""

_DEFAULT_ACTOR = {
    ContactSource.CLI: Actor.USER,
    ContactSource.DEMO: Actor.USER,
    ContactSource.CSV: Actor.IMPORT,
    ContactSource.LINKEDIN: Actor.IMPORT,
    ContactSource.REFERRAL: Actor.DAEMON,
}
_LISTED_MATCHES = 5


@dataclass(frozen=True)
class Added:
    """What :func:`add_contact` did: ``existed`` is true when it found a duplicate."""

    contact: Contact
    existed: bool


def normalize_address(address: str) -> str:
    """An email address as stored and compared: trimmed, lowercase."""
    return address.strip().lower()


def normalize_linkedin_url(url: str) -> str:
    """A LinkedIn profile URL as stored and compared.

    ``http://linkedin.com/in/Ann-Lee/?trk=x`` and
    ``https://www.linkedin.com/in/ann-lee`` are the same profile.
    """
    clean = re.split(r"[?#]", url.strip(), maxsplit=1)[0].rstrip("/").lower()
    return re.sub(r"^(https?://)?([a-z]{2,3}\.)?linkedin\.com", "https://www.linkedin.com", clean)


def add_contact(
    session: Session,
    *,
    name: str,
    email: str | None = None,
    other_addresses: Iterable[str] = (),
    organization: str | None = None,
    role: str | None = None,
    source: ContactSource = ContactSource.CLI,
    how_found: str | None = None,
    referred_by: Contact | None = None,
    referred_by_name: str | None = None,
    linkedin_url: str | None = None,
    account_id: int | None = None,
    actor: Actor | None = None,
) -> Added:
    """Add a contact at stage ``identified``, unless it is already known.

    A contact with any of the same addresses, else the same LinkedIn URL, is
    returned as is with ``existed=True`` (nothing is changed). A new contact
    gets an event-log row; ``actor`` defaults from ``source`` (an import is
    ``import``, a referral ``daemon``, else ``user``).
    """
    name = name.strip()
    if not name:
        raise InputError("a contact needs a name")
    addresses = [normalize_address(a) for a in (email, *other_addresses) if a and a.strip()]
    for address in addresses:
        if "@" not in address:
            raise InputError(f"not an email address: {address!r}")
    profile = normalize_linkedin_url(linkedin_url) if linkedin_url else None

    existing = _find_duplicate(session, addresses, profile)
    if existing is not None:
        return Added(existing, existed=True)
    contact = Contact(
        name=name,
        email=addresses[0] if addresses else None,
        organization=organization,
        role=role,
        source=source,
        how_found=how_found,
        referred_by_id=referred_by.id if referred_by is not None else None,
        referred_by_name=referred_by_name or (referred_by.name if referred_by else None),
        linkedin_url=profile,
        account_id=account_id,
        stage=Stage.IDENTIFIED,
        addresses=[ContactAddress(address=a) for a in dict.fromkeys(addresses[1:])],
    )
    try:
        # A savepoint: if a concurrent worker added the same person first,
        # the unique constraints fire and we return theirs.
        with session.begin_nested():
            session.add(contact)
            session.flush()
    except IntegrityError:
        existing = _find_duplicate(session, addresses, profile)
        if existing is None:
            raise
        return Added(existing, existed=True)
    log_event(
        session,
        contact,
        actor=actor or _DEFAULT_ACTOR[source],
        cause="added",
        to_stage=Stage.IDENTIFIED,
        detail={"source": str(source)},
    )
    return Added(contact, existed=False)


def _find_duplicate(session: Session, addresses: list[str], profile: str | None) -> Contact | None:
    for address in addresses:
        found = find_contact_by_address(session, address)
        if found is not None:
            return found
    if profile is not None:
        return session.scalars(select(Contact).where(Contact.linkedin_url == profile)).first()
    return None


def find_contact_by_address(session: Session, address: str) -> Contact | None:
    """The contact with ``address`` as main or other address, if any."""
    address = normalize_address(address)
    alias = select(ContactAddress.contact_id).where(ContactAddress.address == address)
    stmt = select(Contact).where(or_(Contact.email == address, Contact.id.in_(alias)))
    return session.scalars(stmt).first()


def find_contact(session: Session, ref: str) -> Contact:
    """The contact a user means by ``ref``.

    ``ref`` is a number (``12`` or ``#12``), an email address, a LinkedIn URL,
    or a case-insensitive part of the name that matches one contact (or names
    one contact exactly). Raises :class:`NotFound` or, when ambiguous,
    :class:`InputError` listing the candidates.
    """
    text = ref.strip()
    if not text:
        raise InputError("name a contact (a number, an address or part of the name)")
    found: Contact | None
    if re.fullmatch(r"#?\d+", text):
        found = session.get(Contact, int(text.lstrip("#")))
    elif "linkedin.com/" in text.lower():
        profile = normalize_linkedin_url(text)
        found = session.scalars(select(Contact).where(Contact.linkedin_url == profile)).first()
    elif "@" in text:
        found = find_contact_by_address(session, text)
    else:
        found = _find_by_name(session, text)
    if found is None:
        raise NotFound(f"no contact matches {ref!r}")
    return found


def _find_by_name(session: Session, part: str) -> Contact | None:
    lowered = part.lower()
    stmt = (
        select(Contact)
        .where(func.lower(Contact.name).contains(lowered, autoescape=True))
        .order_by(Contact.id)
    )
    matches = list(session.scalars(stmt))
    if len(matches) <= 1:
        return matches[0] if matches else None
    exact = [c for c in matches if c.name.lower() == lowered]
    if len(exact) == 1:
        return exact[0]
    listed = ", ".join(f"#{c.id} {c.name}" for c in matches[:_LISTED_MATCHES])
    if len(matches) > _LISTED_MATCHES:
        listed += ", ..."
    raise InputError(f"{part!r} matches {len(matches)} contacts: {listed} (use the number)")


def list_contacts(session: Session, stage: Stage | None = None) -> list[Contact]:
    """Every contact, or those at ``stage``, oldest first."""
    stmt = select(Contact).order_by(Contact.id)
    if stage is not None:
        stmt = stmt.where(Contact.stage == stage)
    return list(session.scalars(stmt))


def stage_counts(session: Session) -> dict[Stage, int]:
    """How many contacts stand at each stage (every stage listed, in pipeline order)."""
    counts = dict.fromkeys(Stage, 0)
    rows = session.execute(select(Contact.stage, func.count()).group_by(Contact.stage))
    for stage, count in rows:
        counts[stage] = count
    return counts


def add_note(
    session: Session,
    contact: Contact,
    body: str,
    *,
    kind: NoteKind = NoteKind.NOTE,
    at: datetime | None = None,
) -> Note:
    """Add a dated note of ``kind`` to ``contact`` (plain notes feed only the prep brief)."""
    text = body.strip()
    if not text:
        raise InputError("the note is empty")
    note = Note(contact_id=contact.id, body=text, kind=kind, created_at=at or utcnow())
    session.add(note)
    session.flush()
    return note


def notes_of(session: Session, contact: Contact) -> list[Note]:
    """The notes on ``contact``, oldest first."""
    stmt = select(Note).where(Note.contact_id == contact.id).order_by(Note.created_at, Note.id)
    return list(session.scalars(stmt))


def has_note(session: Session, contact: Contact, kind: NoteKind) -> bool:
    """Whether ``contact`` has a note of ``kind``."""
    stmt = select(Note.id).where(Note.contact_id == contact.id, Note.kind == kind).limit(1)
    return session.scalar(stmt) is not None


def log_event(
    session: Session,
    contact: Contact,
    *,
    actor: Actor,
    cause: str,
    from_stage: Stage | None = None,
    to_stage: Stage | None = None,
    detail: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> Event:
    """Append one row to the event log (rows are never changed afterwards)."""
    event = Event(
        contact_id=contact.id,
        actor=actor,
        cause=cause,
        from_stage=from_stage,
        to_stage=to_stage,
        detail=detail,
        at=at or utcnow(),
    )
    session.add(event)
    session.flush()
    return event


def change_stage(
    session: Session,
    contact: Contact,
    stage: Stage,
    *,
    actor: Actor,
    cause: str,
    detail: dict[str, Any] | None = None,
) -> Event:
    """Move ``contact`` to ``stage`` and log it.

    Entering ``paused`` remembers the stage to resume in ``paused_from``;
    leaving it clears that.
    """
    previous = contact.stage
    if stage == Stage.PAUSED and previous != Stage.PAUSED:
        contact.paused_from = previous
    elif stage != Stage.PAUSED:
        contact.paused_from = None
    contact.stage = stage
    return log_event(
        session,
        contact,
        actor=actor,
        cause=cause,
        from_stage=previous,
        to_stage=stage,
        detail=detail,
    )


def set_stage_manually(
    session: Session, contact: Contact, stage: Stage, *, reason: str | None = None
) -> Event:
    """The user sets the stage by hand: logged as ``user``/``manual``, flagged ``manual``."""
    contact.manual = True
    return change_stage(
        session,
        contact,
        stage,
        actor=Actor.USER,
        cause="manual",
        detail={"reason": reason} if reason else None,
    )


def contact_log(session: Session, contact: Contact) -> list[Event]:
    """The event log of ``contact``, oldest first."""
    stmt = select(Event).where(Event.contact_id == contact.id).order_by(Event.at, Event.id)
    return list(session.scalars(stmt))


def lock_contact(session: Session, contact_id: int) -> Contact:
    """Load ``contact_id`` fresh and hold it until the transaction ends.

    PostgreSQL: ``SELECT ... FOR UPDATE`` (a second locker waits for commit).
    SQLite has no row locks: the session must be a write transaction
    (``Store.transaction()``, or :func:`~daemon.store.db.begin_write` first),
    which holds the database's write lock; a second locker waits up to the
    busy timeout, then fails with ``OperationalError: database is locked``.
    """
    if session.get_bind().dialect.name == "sqlite" and not is_write_transaction(session):
        raise RuntimeError(
            "lock_contact() on SQLite needs a write transaction: use store.transaction() "
            "or call begin_write(session) first"
        )
    stmt = (
        select(Contact)
        .where(Contact.id == contact_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    contact = session.scalars(stmt).one_or_none()
    if contact is None:
        raise NotFound(f"no contact #{contact_id}")
    return contact


def footprint(session: Session, contact: Contact) -> Footprint:
    """What the daemon already did for ``contact`` in its mailbox and calendar."""
    mine = contact.id
    drafts = session.scalar(select(func.count(Draft.id)).where(Draft.contact_id == mine))
    mail = session.scalar(select(Message.id).where(Message.contact_id == mine).limit(1))
    meetings = session.scalar(select(func.count(Meeting.id)).where(Meeting.contact_id == mine))
    started = session.scalar(
        select(func.count(Outbox.id)).where(
            Outbox.contact_id == mine, Outbox.status != OutboxStatus.DONE, Outbox.attempts > 0
        )
    )
    return Footprint(
        drafts=drafts or 0,
        thread=contact.thread_id is not None or mail is not None,
        meetings=meetings or 0,
        started=started or 0,
    )


def insert_if_absent(session: Session, model: type[Keyed], /, **values: Any) -> bool:
    """Insert a row unless one with the same ``key`` exists; true if inserted.

    ``INSERT ... ON CONFLICT (key) DO NOTHING`` on both PostgreSQL and SQLite:
    the database, not a read-then-write, decides, so concurrent workers
    storing the same step create it once.
    """
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    stmt = (
        insert(model)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["key"])
        .returning(model.id)
    )
    return session.execute(stmt).scalar_one_or_none() is not None


def get_by_key(session: Session, model: type[Keyed], key: str) -> Keyed | None:
    """The outbox, timer or draft row with idempotency ``key``, if any."""
    return session.scalars(select(model).where(model.key == key)).one_or_none()


def due_timers(session: Session, now: datetime | None = None) -> list[Timer]:
    """Pending timers whose ``due_at`` has come, earliest first."""
    stmt = (
        select(Timer)
        .where(Timer.status == TimerStatus.PENDING, Timer.due_at <= (now or utcnow()))
        .order_by(Timer.due_at, Timer.id)
    )
    return list(session.scalars(stmt))


def runnable_outbox(session: Session, now: datetime | None = None) -> list[Outbox]:
    """Outbox rows to run whose next attempt is due, oldest first.

    Those not done nor parked, and those parked on a provider outage (a probe).
    """
    stmt = (
        select(Outbox)
        .where(
            or_(
                Outbox.status.in_([OutboxStatus.PENDING, OutboxStatus.RUNNING]),
                and_(Outbox.status == OutboxStatus.PARKED, Outbox.outage.is_(True)),
            ),
            or_(Outbox.next_attempt_at.is_(None), Outbox.next_attempt_at <= (now or utcnow())),
        )
        .order_by(Outbox.id)
    )
    return list(session.scalars(stmt))


def ensure_account(session: Session, provider: str, address: str) -> Account:
    """The account row for ``address``, created if new."""
    address = normalize_address(address)
    account = session.scalars(select(Account).where(Account.address == address)).one_or_none()
    if account is None:
        account = Account(provider=provider, address=address)
        session.add(account)
        session.flush()
    return account
