"""Turn what a mailbox and a calendar show into pipeline events.

Each function takes one thing seen at the provider, matches it to a contact,
and applies the resulting event in a transaction that first locks the
contact. What makes it exactly-once: a message is stored under its unique
provider id in the same transaction as its transition; a draft's status
moves forward once; a calendar event's cause id names its id, status and
time, so seeing the same event again yields the same outbox keys.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from connectors.base import (
    CalendarEvent,
    DraftState,
    DraftStatus,
    EventStatus,
    Interval,
    MailMessage,
)
from connectors.base import Draft as DraftRef
from connectors.errors import InputError
from daemon.engine.transitions import apply_event
from daemon.settings import Settings
from daemon.store import repo
from daemon.store.db import Store
from daemon.store.models import (
    Contact,
    Direction,
    Draft,
    Meeting,
    Message,
    Outbox,
)
from daemon.store.models import DraftStatus as StoredDraftStatus
from workflows.decision import AcceptTime, decision_from_json
from workflows.events import CalendarFact, Event, EventKind, Referral
from workflows.pipeline import Cadence
from workflows.stages import DraftKind, Intent
from workflows.understanding import Doubt, Verdict, understand
from workflows.understanding.message import parse_message

log = logging.getLogger(__name__)

#: How much of a reply the store keeps as its gist (for the prep brief).
_GIST_CHARS = 280
#: The doubt of a message the reader could not parse at all.
UNREADABLE = "unreadable_message"
#: Return dates are days; the contact is woken at this hour of the user's day.
_WAKE_AT = time(9, 0)
#: How far this machine's clock may run ahead of the provider's: a draft's
#: sent copy is looked for among mail the provider took in after the draft's
#: row was written, less this.
_CLOCK_SKEW = timedelta(minutes=1)


# ------------------------------------------------------------------ mail


def match_message(session: Session, account_id: int, msg: MailMessage) -> int | None:
    """The contact a message belongs to: by thread, then References, then address."""
    by_thread = session.scalar(
        select(Contact.id).where(Contact.thread_id == msg.thread_id).limit(1)
    ) or session.scalar(
        select(Message.contact_id)
        .where(
            Message.account_id == account_id,
            Message.thread_id == msg.thread_id,
            Message.contact_id.is_not(None),
        )
        .limit(1)
    )
    if by_thread is not None:
        return by_thread
    refs = [ref for ref in (msg.in_reply_to, *msg.references) if ref]
    if refs:
        by_refs = session.scalar(
            select(Message.contact_id)
            .where(Message.rfc_message_id.in_(refs), Message.contact_id.is_not(None))
            .limit(1)
        )
        if by_refs is not None:
            return by_refs
    for address in msg.to + msg.cc if msg.sent else (msg.sender,):
        contact = repo.find_contact_by_address(session, address)
        if contact is not None:
            return contact.id
    return None


def _seen(session: Session, account_id: int, provider_id: str) -> bool:
    return (
        session.scalar(
            select(Message.id).where(
                Message.account_id == account_id, Message.provider_id == provider_id
            )
        )
        is not None
    )


def _record(
    session: Session,
    account_id: int,
    contact_id: int,
    msg: MailMessage,
    verdict: Verdict | None = None,
) -> None:
    session.add(
        Message(
            account_id=account_id,
            provider_id=msg.id,
            thread_id=msg.thread_id,
            rfc_message_id=msg.message_id,
            contact_id=contact_id,
            direction=Direction.OUT if msg.sent else Direction.IN,
            subject=msg.subject,
            sent_at=msg.date,
            verdict=verdict.to_json() if verdict is not None else None,
            gist=verdict.reply_text[:_GIST_CHARS] if verdict and verdict.reply_text else None,
        )
    )
    session.flush()


def read_reply(msg: MailMessage, settings: Settings) -> Verdict:
    """The understanding layer's verdict; a message it cannot read waits for the user."""
    try:
        return understand(
            msg.raw, tz=settings.user.zone, meeting_length=settings.user.meeting_length
        )
    except InputError as exc:
        log.warning("message %s could not be read: %s", msg.id, exc)
        return Verdict(Intent.OTHER, doubts=(Doubt(UNREADABLE, f"could not be read: {exc}"),))


def reply_event(verdict: Verdict, at: datetime, settings: Settings) -> Event:
    """The REPLY event a verdict stands for."""
    length = settings.user.meeting_length
    wake = None
    if verdict.return_date is not None:
        wake = datetime.combine(verdict.return_date, _WAKE_AT, tzinfo=settings.user.zone)
    return Event(
        EventKind.REPLY,
        at=at,
        certain=verdict.certain,
        intent=verdict.intent,
        invite_uid=verdict.invite_uid,
        return_date=wake,
        referrals=tuple(Referral(r.name, r.email) for r in verdict.referrals),
        windows=tuple(
            Interval(w.start, w.end if w.end is not None else w.start + length)
            for w in verdict.proposed_times
        ),
    )


def ingest_message(
    store: Store,
    settings: Settings,
    cadence: Cadence,
    account_id: int,
    msg: MailMessage,
    now: datetime,
) -> list[str]:
    """Store one message seen in the mailbox; an incoming reply advances its contact."""
    with store.transaction(readonly=True) as session:
        contact_id = match_message(session, account_id, msg)
        if contact_id is None or _seen(session, account_id, msg.id):
            return []
    verdict = None if msg.sent else read_reply(msg, settings)
    with store.transaction() as session:
        contact = repo.lock_contact(session, contact_id)
        if _seen(session, account_id, msg.id):
            return []
        _record(session, account_id, contact_id, msg, verdict)
        if verdict is None:
            return []
        event = reply_event(verdict, msg.date or now, settings)
        return apply_event(session, contact, event, cause_id=f"m{msg.id}", cadence=cadence)


# ---------------------------------------------------------------- drafts


@dataclass(frozen=True)
class OpenDraft:
    """A stored draft still in the user's hands, and the connector's view of it."""

    row: Draft
    ref: DraftRef


def open_drafts(
    store: Store,
    threads: Iterable[str] | None = None,
    keys: Iterable[str] = (),
    ids: Iterable[str] = (),
) -> list[OpenDraft]:
    """Drafts still in the user's hands: all, or those in ``threads``, with ``keys`` or ``ids``.

    ``ids`` are provider draft ids.
    """
    with store.transaction(readonly=True) as session:
        stmt = (
            select(Draft, Contact.email)
            .join(Contact, Contact.id == Draft.contact_id)
            .where(
                Draft.status.in_([StoredDraftStatus.PENDING, StoredDraftStatus.EDITED]),
                Draft.provider_draft_id.is_not(None),
            )
        )
        if threads is not None:
            stmt = stmt.where(
                or_(
                    Draft.thread_id.in_(list(threads)),
                    Draft.key.in_(list(keys)),
                    Draft.provider_draft_id.in_(list(ids)),
                )
            )
        found = session.execute(stmt).all()
        session.expunge_all()
    return [
        OpenDraft(
            draft,
            DraftRef(
                id=draft.provider_draft_id or "",
                key=draft.key,
                thread_id=draft.thread_id or "",
                message_id=None,
                fingerprint=draft.fingerprint or "",
                to=(email,) if email else (),
                created_at=draft.created_at - _CLOCK_SKEW,
            ),
        )
        for draft, email in found
    ]


def check_draft(
    store: Store,
    settings: Settings,
    cadence: Cadence,
    account_id: int,
    draft: OpenDraft,
    look: Callable[[DraftRef], DraftState],
    now: datetime,
) -> list[str]:
    """Ask the provider what became of ``draft``; sent or deleted moves the contact on.

    A sent draft is timed from when the provider took it in: its Date header
    is when the draft was written, maybe days before the user sent it.
    """
    state = look(draft.ref)
    if state.status is DraftStatus.PENDING:
        return []
    kind = DraftKind(draft.row.kind)
    with store.transaction() as session:
        contact = repo.lock_contact(session, draft.row.contact_id)
        row = session.get(Draft, draft.row.id, populate_existing=True)
        if row is None or row.status not in (StoredDraftStatus.PENDING, StoredDraftStatus.EDITED):
            return []
        if state.status is DraftStatus.EDITED:
            if row.status is StoredDraftStatus.EDITED:
                return []
            row.status = StoredDraftStatus.EDITED
            event = Event(EventKind.DRAFT_EDITED, at=now, draft=kind)
            return apply_event(
                session, contact, event, cause_id=f"d{row.key}/edited", cadence=cadence
            )
        if state.status is DraftStatus.DELETED:
            row.status = StoredDraftStatus.DISMISSED
            event = Event(EventKind.DRAFT_DISMISSED, at=now, draft=kind)
            return apply_event(
                session, contact, event, cause_id=f"d{row.key}/dismissed", cadence=cadence
            )
        row.status = StoredDraftStatus.SENT
        sent = state.sent
        if sent is not None:
            row.sent_text = body_text(sent.raw)
            if not _seen(session, account_id, sent.id):
                _record(session, account_id, contact.id, sent)
        at = (sent.received_at if sent is not None else None) or now
        keys = apply_event(
            session,
            contact,
            Event(EventKind.DRAFT_SENT, at=at, draft=kind),
            cause_id=f"d{row.key}/sent",
            cadence=cadence,
        )
        if kind is DraftKind.SCHEDULING_REPLY:
            keys += _confirm_agreed_time(session, contact, row.key, at, cadence)
        return keys


def body_text(raw: bytes) -> str | None:
    """The text of a message the user sent, as the store keeps it; ``None`` if unreadable."""
    try:
        return parse_message(raw).text
    except InputError:
        return None


def _confirm_agreed_time(
    session: Session, contact: Contact, key: str, at: datetime, cadence: Cadence
) -> list[str]:
    """The scheduling reply ``key`` went out: if it accepted their time, say so."""
    outbox = repo.get_by_key(session, Outbox, key)
    stored = (outbox.payload or {}).get("decision") if outbox is not None else None
    decision = decision_from_json(stored) if stored else None
    if not isinstance(decision, AcceptTime):
        return []
    event = Event(EventKind.ACCEPTANCE_SENT, at=at, start=decision.start, end=decision.end)
    return apply_event(session, contact, event, cause_id=f"d{key}/confirmed", cadence=cadence)


# -------------------------------------------------------------- calendar


def _event_contacts(session: Session, event: CalendarEvent, user: str) -> list[int]:
    addresses = {a.email.lower() for a in event.attendees}
    if event.organizer:
        addresses.add(event.organizer.lower())
    addresses.discard(user.lower())
    found = []
    for address in sorted(addresses):
        contact = repo.find_contact_by_address(session, address)
        if contact is not None:
            found.append(contact.id)
    return found


def _meeting_contacts(session: Session, event_id: str) -> list[int]:
    """The contacts whose meeting is the event ``event_id`` (a cancelled event may name no one)."""
    return sorted(
        set(
            session.scalars(select(Meeting.contact_id).where(Meeting.provider_event_id == event_id))
        )
    )


def _hold_contact(event: CalendarEvent) -> int | None:
    """The contact of the daemon's own event, when it is a hold (prep events change nothing)."""
    if event.properties.get("coffeechat_kind") != "hold":
        return None
    contact = event.properties.get("coffeechat_contact", "")
    return int(contact) if contact.isdigit() else None


def calendar_event(event: CalendarEvent, now: datetime) -> Event | None:
    """The CALENDAR_CHANGED event a provider event stands for; ``None`` if it has no usable time."""
    cancelled = event.status is EventStatus.CANCELLED
    timed = event.start is not None and event.end is not None and event.end > event.start
    if not cancelled and not timed:
        return None
    fact = CalendarFact(
        event_id=event.id,
        cancelled=cancelled,
        ours=event.key is not None,
        ical_uid=event.ical_uid,
        place=event.location or None,
        link=event.conference_url,
        updated=event.updated,
    )
    start, end = (event.start, event.end) if timed else (None, None)
    return Event(EventKind.CALENDAR_CHANGED, at=now, start=start, end=end, calendar=fact)


def ingest_event(
    store: Store, cadence: Cadence, user_address: str, event: CalendarEvent, now: datetime
) -> list[str]:
    """A calendar event with a contact (or the daemon's hold) advances that contact.

    What the change means (their invitation, a move, a cancellation, our own
    superseded hold going away) is the pipeline's call; this only finds the
    contacts and states the fact.
    """
    change = calendar_event(event, now)
    if change is None:
        return []
    with store.transaction(readonly=True) as session:
        if event.key is None:
            found = _event_contacts(session, event, user_address)
            contact_ids = sorted({*found, *_meeting_contacts(session, event.id)})
        else:
            held = _hold_contact(event)
            contact_ids = [held] if held is not None else []
    stamp = event.start.isoformat() if event.start else "-"
    # ``updated`` too: an event moved away and back, or cancelled and restored,
    # must not reuse the keys (timers, commands) of its first time there.
    cause_id = f"e{event.id}/{event.status}/{stamp}/{event.updated or '-'}"
    keys: list[str] = []
    for contact_id in contact_ids:
        with store.transaction() as session:
            contact = repo.lock_contact(session, contact_id)
            keys += apply_event(session, contact, change, cause_id=cause_id, cadence=cadence)
    return keys
