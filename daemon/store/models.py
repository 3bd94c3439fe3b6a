"""The tables of the store, as SQLAlchemy 2 typed ORM classes.

The store is the source of truth (DESIGN.md): contacts and their stage, the
messages and meetings seen, the drafts written, the timers and the outbox that
make every step happen exactly once, and the append-only event log.
Every datetime is timezone-aware UTC (:class:`~daemon.store.types.UTCDateTime`).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Connection,
    Enum,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, mapped_column, relationship

from daemon.store.types import UTCDateTime, utcnow

# NoteKind lives in the pure core (a USER_NOTE event carries it); the store re-exports it.
from workflows.stages import NoteKind as NoteKind
from workflows.stages import Stage

# Stable constraint names, so migrations (and SQLite batch mode) can refer to them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class ContactSource(StrEnum):
    """How a contact came into the store."""

    CLI = "cli"
    CSV = "csv"
    LINKEDIN = "linkedin"
    REFERRAL = "referral"
    DEMO = "demo"


class Actor(StrEnum):
    """Who caused an event-log entry."""

    USER = "user"
    DAEMON = "daemon"
    IMPORT = "import"


class Direction(StrEnum):
    """Whether a message was received from the contact or written by the user."""

    IN = "in"
    OUT = "out"


class MeetingStatus(StrEnum):
    """Where a meeting stands."""

    HELD = "held"  # a tentative hold the daemon placed for an agreed time
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"
    DONE = "done"


class DraftStatus(StrEnum):
    """What became of a draft the daemon wrote."""

    PENDING = "pending"
    EDITED = "edited"
    SENT = "sent"
    DISMISSED = "dismissed"


class TimerStatus(StrEnum):
    """Where a timer stands."""

    PENDING = "pending"
    FIRED = "fired"
    CANCELLED = "cancelled"


class OutboxStatus(StrEnum):
    """Where an outbox command stands."""

    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    PARKED = "parked"  # gave up after cadence.retry_limit, or needs the user


class SetAsideStatus(StrEnum):
    """Where a message or event the sync could not ingest stands."""

    FAILING = "failing"  # failed, still retried with the sync
    SET_ASIDE = "set_aside"  # failed too often: skipped until the user retries it
    RETRY = "retry"  # the user asked for another read (coffeechat retry)


def _enum(cls: type[StrEnum]) -> Enum:
    # Stored as the lowercase value in a VARCHAR, no CHECK constraint, so that a
    # new member needs no migration.
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
    )


class Base(DeclarativeBase):
    """Declarative base with the naming convention and type map."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        Stage: _enum(Stage),
        ContactSource: _enum(ContactSource),
        Actor: _enum(Actor),
        Direction: _enum(Direction),
        MeetingStatus: _enum(MeetingStatus),
        NoteKind: _enum(NoteKind),
        DraftStatus: _enum(DraftStatus),
        TimerStatus: _enum(TimerStatus),
        OutboxStatus: _enum(OutboxStatus),
        SetAsideStatus: _enum(SetAsideStatus),
    }


class Account(Base):
    """A mailbox + calendar the daemon watches, with its sync cursors."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    provider: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(320), unique=True)
    mail_cursor: Mapped[str | None] = mapped_column(Text)
    calendar_cursor: Mapped[str | None] = mapped_column(Text)
    last_sync_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: The worker syncing the account and until when (see daemon.engine.lease).
    sync_owner: Mapped[str | None] = mapped_column(String(80))
    sync_until: Mapped[datetime | None]
    #: Provider quota spent in the minute before the last sync ended, and the
    #: budget a minute (Gmail units; unset where nothing paces the calls).
    quota_used: Mapped[int | None]
    quota_budget: Mapped[int | None]


class Contact(Base):
    """A person the user wants to talk to, and where that conversation stands.

    ``version`` is SQLAlchemy's optimistic lock: an UPDATE from a stale copy
    raises ``StaleDataError`` instead of overwriting a newer change.
    """

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320), unique=True)
    organization: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[ContactSource] = mapped_column(default=ContactSource.CLI)
    how_found: Mapped[str | None] = mapped_column(Text)
    referred_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL")
    )
    referred_by_name: Mapped[str | None] = mapped_column(String(200))
    linkedin_url: Mapped[str | None] = mapped_column(String(500), unique=True)
    stage: Mapped[Stage] = mapped_column(default=Stage.IDENTIFIED, index=True)
    paused_from: Mapped[Stage | None]
    manual: Mapped[bool] = mapped_column(default=False)
    # The rest of the pipeline's ContactState (nudged, dismissed kinds, meeting
    # times, ...): read and written only by daemon.engine.state.
    pipeline: Mapped[dict[str, Any] | None]
    thread_id: Mapped[str | None] = mapped_column(String(200), index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    addresses: Mapped[list[ContactAddress]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True
    )
    referred_by: Mapped[Contact | None] = relationship(remote_side=[id])
    #: The mailbox that writes to the contact; ``None`` until one claims it.
    account: Mapped[Account | None] = relationship()

    __mapper_args__ = {"version_id_col": version}

    def __repr__(self) -> str:
        return f"<Contact #{self.id} {self.name!r} {self.stage}>"


class ContactAddress(Base):
    """Another address of a contact (``Contact.email`` is the main one)."""

    __tablename__ = "contact_addresses"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    address: Mapped[str] = mapped_column(String(320), unique=True)

    contact: Mapped[Contact] = relationship(back_populates="addresses")


class Message(Base):
    """A mail message seen in a watched mailbox."""

    __tablename__ = "messages"
    __table_args__ = (UniqueConstraint("account_id", "provider_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    provider_id: Mapped[str] = mapped_column(String(200))
    thread_id: Mapped[str | None] = mapped_column(String(200), index=True)
    rfc_message_id: Mapped[str | None] = mapped_column(String(500), index=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    direction: Mapped[Direction]
    subject: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None]
    verdict: Mapped[dict[str, Any] | None]
    gist: Mapped[str | None] = mapped_column(Text)


class Meeting(Base):
    """A meeting with a contact, and the events the daemon placed around it."""

    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[datetime]
    end: Mapped[datetime]
    place: Mapped[str | None] = mapped_column(Text)
    link: Mapped[str | None] = mapped_column(Text)
    provider_event_id: Mapped[str | None] = mapped_column(String(200))
    hold_event_id: Mapped[str | None] = mapped_column(String(200))
    brief_event_id: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[MeetingStatus] = mapped_column(default=MeetingStatus.HELD)


class Draft(Base):
    """A draft the daemon wrote in the user's mailbox; ``key`` makes it exactly-once."""

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(200), unique=True)
    provider_draft_id: Mapped[str | None] = mapped_column(String(200))
    thread_id: Mapped[str | None] = mapped_column(String(200))
    fingerprint: Mapped[str | None] = mapped_column(String(128))
    status: Mapped[DraftStatus] = mapped_column(default=DraftStatus.PENDING)
    sent_text: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Note(Base):
    """A dated note the user wrote about a contact; its ``kind`` says where it may go."""

    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    body: Mapped[str] = mapped_column(Text)
    kind: Mapped[NoteKind] = mapped_column(
        default=NoteKind.NOTE, server_default=NoteKind.NOTE.value
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Timer(Base):
    """A wake-up at ``due_at`` (nudge, thank-you, follow-up, end of a pause)."""

    __tablename__ = "timers"
    __table_args__ = (Index("ix_timers_status_due_at", "status", "due_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    due_at: Mapped[datetime]
    key: Mapped[str] = mapped_column(String(200), unique=True)
    status: Mapped[TimerStatus] = mapped_column(default=TimerStatus.PENDING)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Outbox(Base):
    """A command the pipeline decided on, stored before it runs (unique ``key``)."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_status_next_attempt_at", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[OutboxStatus] = mapped_column(default=OutboxStatus.PENDING)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime | None]
    # Parked while its provider was failing: tried again now and then, and
    # resumed with the account's other such commands once one goes through.
    outage: Mapped[bool] = mapped_column(default=False)
    # Who runs it now, and the fencing token of that claim: a worker whose
    # lease was taken over finds the token moved on and does not act.
    owner: Mapped[str | None] = mapped_column(String(64))
    fence: Mapped[int] = mapped_column(default=0)
    result: Mapped[dict[str, Any] | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class SetAside(Base):
    """A message or calendar event that failed to be ingested (``kind``: message, event).

    Counted per provider id; after ``cadence.retry_limit`` failures the sync
    moves past it, so one bad item never holds up the rest. ``record`` keeps a
    calendar event as seen (there is no cursor to read it again from).
    """

    __tablename__ = "set_aside"
    __table_args__ = (UniqueConstraint("account_id", "kind", "provider_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    provider_id: Mapped[str] = mapped_column(String(200))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    record: Mapped[dict[str, Any] | None]
    status: Mapped[SetAsideStatus] = mapped_column(default=SetAsideStatus.FAILING)
    attempts: Mapped[int] = mapped_column(default=0)
    error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Event(Base):
    """One row of the append-only event log: who moved a contact, from, to, why."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[Actor]
    from_stage: Mapped[Stage | None]
    to_stage: Mapped[Stage | None]
    cause: Mapped[str] = mapped_column(String(64))
    detail: Mapped[dict[str, Any] | None]


class AppendOnlyError(RuntimeError):
    """Code tried to change or delete an event-log row (a bug, not bad input)."""


@event.listens_for(Event, "before_update")
@event.listens_for(Event, "before_delete")
def _event_log_is_append_only(_mapper: Mapper[Event], _conn: Connection, target: Event) -> None:
    raise AppendOnlyError(f"event-log row #{target.id} is append-only")
