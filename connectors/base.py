"""The contract between the workflows and any mail or calendar provider.

A provider sub-package (``connectors.google``, ``connectors.microsoft``)
implements :class:`MailConnector` and :class:`CalendarConnector` and speaks
only in the plain records below. Every error it raises comes from
``connectors.errors``. Cursors are opaque strings owned by the connector:
callers store them and hand them back, nothing more.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Protocol

#: The header every draft carries so that a crashed create is found, not repeated.
DRAFT_KEY_HEADER = "X-Coffeechat-Key"
#: The property (hidden from guests and the calendar's UI) naming a daemon-owned event.
EVENT_KEY_PROPERTY = "coffeechat_key"


# --------------------------------------------------------------------- mail


@dataclass(frozen=True)
class MailMessage:
    """One message as the provider holds it, incoming or sent by the user."""

    id: str
    thread_id: str
    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    sender: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    date: datetime | None
    sent: bool
    raw: bytes
    draft_key: str | None = None
    #: When the provider took the message in (Gmail's ``internalDate``). For
    #: mail the user sent this is when it was sent, whereas ``date`` (the
    #: header) may be when its draft was written, days before.
    received_at: datetime | None = None


@dataclass(frozen=True)
class MessageRef:
    """A message named by the provider's ids only."""

    id: str
    thread_id: str


@dataclass(frozen=True)
class MailChanges:
    """What happened in a mailbox since a cursor, oldest first.

    ``resynced`` is true when the cursor had expired and the connector fell
    back to a bounded re-scan: ``messages`` may then repeat ones seen before,
    so callers de-duplicate by ``MailMessage.id``, and ``drafts_gone`` is
    incomplete, so callers look at every waiting draft.

    ``drafts_gone`` are the draft messages that left the drafts: sent,
    deleted unsent, or replaced by an edit (a provider may give an edited
    draft a new message). A draft whose thread is not among them is as it
    was, so an idle poll needs no look at any draft. An empty ``thread_id``:
    the provider named the draft alone (Graph's ``@removed`` carries only
    the id), and ``id`` is then the draft's id.

    ``more`` is true when this is one page of a longer change list: the caller
    keeps ``cursor`` (so a restart resumes after this page) and asks again.
    """

    messages: tuple[MailMessage, ...]
    cursor: str
    resynced: bool = False
    drafts_gone: tuple[MessageRef, ...] = ()
    more: bool = False


@dataclass(frozen=True)
class DraftSpec:
    """A draft to create: a threaded reply when ``thread_id`` is set."""

    key: str
    to: tuple[str, ...]
    subject: str
    text: str
    html: str | None = None
    cc: tuple[str, ...] = ()
    thread_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    #: No earlier attempt can have created this draft (the step's first try):
    #: the connector skips looking its key up, the one listing a create costs.
    first_attempt: bool = False


@dataclass(frozen=True)
class Draft:
    """A draft that exists at the provider.

    ``fingerprint`` is :func:`body_fingerprint` of the body as created, so a
    later look can tell an edited draft from an untouched one. ``to`` and
    ``created_at`` (no later than the draft's creation) recognise it once
    sent when the user's mail client dropped its key header.
    """

    id: str
    key: str
    thread_id: str
    message_id: str | None
    fingerprint: str
    to: tuple[str, ...] = ()
    created_at: datetime | None = None


class DraftStatus(StrEnum):
    """Where a draft stands from the user's side."""

    PENDING = "pending"
    EDITED = "edited"
    SENT = "sent"
    DELETED = "deleted"


@dataclass(frozen=True)
class DraftState:
    """The status of a draft; ``sent`` is the message as the user sent it."""

    status: DraftStatus
    sent: MailMessage | None = None


def names_draft(message: MailMessage, draft: Draft) -> bool:
    """Whether ``message`` carries ``draft``'s key header or its Message-ID."""
    return message.draft_key == draft.key or (
        draft.message_id is not None and message.message_id == draft.message_id
    )


def sent_copy(draft: Draft, messages: Iterable[MailMessage]) -> MailMessage | None:
    """The message among ``messages`` that is ``draft`` as the user sent it, if any.

    One that :func:`names_draft` is it. Mail clients may drop or rewrite
    both names (Gmail's composer keeps no custom header once the user edits
    the draft), so otherwise it is the newest message sent in the draft's
    thread, to one of its recipients, after the draft was created, that
    carries no other draft's key (a copy keyed for another step is that
    step's: the reply sent just before this draft was written, say); that
    guess holds only once the draft itself is gone.
    """
    sent = [m for m in messages if m.sent]
    named = next((m for m in sent if names_draft(m, draft)), None)
    if named is not None or draft.created_at is None or not draft.to:
        return named
    people = {address.lower() for address in draft.to}
    since = draft.created_at
    matches = [
        m
        for m in sent
        if m.thread_id == draft.thread_id
        and m.draft_key is None
        and people & {a.lower() for a in m.to + m.cc}
        and m.received_at is not None
        and m.received_at >= since
    ]
    return max(matches, key=lambda m: (m.received_at or since, m.id), default=None)


def body_fingerprint(text: str) -> str:
    """Hash a draft body, ignoring the whitespace that mail clients rewrite."""
    normalized = "\n".join(line.rstrip() for line in text.strip().splitlines())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class QuotaUsage:
    """What an account spent of its provider quota in the last minute, beside its budget."""

    last_minute: int
    per_minute: int


class MailConnector(Protocol):
    """A mailbox: read what arrives and is sent, write drafts, never send."""

    address: str

    def link_up(self, addresses: Sequence[str]) -> MailChanges:
        """Find the existing threads with these contacts and start a cursor.

        The messages come with their headers; ``raw`` need not hold a body.
        A long link-up comes in pages (``more``), continued by :meth:`changes`
        from each page's cursor, so one cut short resumes where it stopped.
        """
        ...

    def changes(self, cursor: str) -> MailChanges:
        """Everything new since ``cursor``; an expired cursor is handled inside."""
        ...

    def fetch(self, message_id: str) -> MailMessage:
        """One message by provider id, with its raw bytes."""
        ...

    def create_draft(self, spec: DraftSpec) -> Draft:
        """Create the draft, or return the one that already carries ``spec.key``.

        With ``spec.first_attempt`` the key is not looked up: the caller knows
        no earlier try reached the provider.
        """
        ...

    def find_draft(self, key: str, thread_id: str | None = None) -> Draft | None:
        """The draft carrying ``key`` (looked for in ``thread_id`` when given)."""
        ...

    def find_drafts(
        self, key: str, thread_id: str | None = None, to: Sequence[str] = ()
    ) -> list[Draft]:
        """Every draft carrying ``key``: more than one when a create landed late."""
        ...

    def delete_draft(self, draft_id: str) -> None:
        """Delete one of the daemon's drafts; an already-gone draft is not an error."""
        ...

    def draft_state(self, draft: Draft, seen: Sequence[MailMessage] = ()) -> DraftState:
        """Whether the draft is untouched, edited, sent, or deleted unsent.

        ``seen`` are messages the caller already holds (the last poll's): a
        sent copy carrying the draft's key among them settles it with no call,
        and one without the key spares looking for it at the provider.
        """
        ...

    def find_sent(
        self, key: str, thread_id: str | None = None, to: Sequence[str] = ()
    ) -> MailMessage | None:
        """The message the user sent from the draft carrying ``key``, if they did.

        Looked for in ``thread_id`` when given, else among recent mail sent to
        ``to``. A retried create asks this first: a draft created, then sent by
        the user before the daemon recorded it, must not be written again.
        """
        ...

    def usage(self) -> QuotaUsage | None:
        """The account's quota spent in the last minute; ``None`` where nothing paces it."""
        ...

    def close(self) -> None:
        """Release connections; calling it twice is harmless."""
        ...


# ----------------------------------------------------------------- calendar


class EventStatus(StrEnum):
    """An event's status, as Google and Graph both express it."""

    CONFIRMED = "confirmed"
    TENTATIVE = "tentative"
    CANCELLED = "cancelled"


class AttendeeResponse(StrEnum):
    """A guest's answer to an invitation, in the project's words (each connector maps)."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    TENTATIVE = "tentative"


@dataclass(frozen=True)
class Attendee:
    """A guest and their answer."""

    email: str
    response: AttendeeResponse = AttendeeResponse.PENDING


@dataclass(frozen=True)
class CalendarEvent:
    """One event; ``properties`` are the daemon's own hidden properties on it.

    ``updated`` is the provider's last-modified stamp: it tells two changes of
    one event apart when they leave it at the same time and status.
    """

    id: str
    status: EventStatus
    start: datetime | None
    end: datetime | None
    summary: str = ""
    description: str = ""
    location: str = ""
    conference_url: str | None = None
    organizer: str | None = None
    attendees: tuple[Attendee, ...] = ()
    properties: Mapping[str, str] = field(default_factory=dict)
    ical_uid: str | None = None
    updated: str | None = None

    @property
    def key(self) -> str | None:
        """The idempotency key of a daemon-owned event, else ``None``."""
        return self.properties.get(EVENT_KEY_PROPERTY)


@dataclass(frozen=True)
class CalendarChanges:
    """Events changed since a cursor; cancelled ones come with status CANCELLED."""

    events: tuple[CalendarEvent, ...]
    cursor: str
    resynced: bool = False


@dataclass(frozen=True)
class Interval:
    """A busy span, aware datetimes."""

    start: datetime
    end: datetime


@dataclass(frozen=True)
class PrivateEventSpec:
    """A daemon-owned event: a tentative hold or a prep-brief event.

    It never has guests and never notifies anyone. ``properties`` are kept
    hidden on the event beside the key; ``attachment`` is a ``(filename,
    content)`` pair that providers supporting it attach. ``first`` says no
    event can carry the key yet, so it is created without looking it up.
    """

    key: str
    summary: str
    start: datetime
    end: datetime
    description: str = ""
    tentative: bool = False
    properties: Mapping[str, str] = field(default_factory=dict)
    attachment: tuple[str, bytes] | None = None
    first: bool = False


class CalendarConnector(Protocol):
    """A calendar: watch events, read free/busy, keep the daemon's own events."""

    address: str

    def changes(self, cursor: str | None) -> CalendarChanges:
        """Events changed since ``cursor`` (all upcoming ones when ``None``)."""
        ...

    def free_busy(self, start: datetime, end: datetime) -> tuple[Interval, ...]:
        """Busy intervals of the user's primary calendar in ``[start, end)``."""
        ...

    def find_private_event(self, key: str) -> CalendarEvent | None:
        """The daemon-owned event carrying ``key``."""
        ...

    def put_private_event(self, spec: PrivateEventSpec) -> CalendarEvent:
        """Insert the event, or update in place the one already carrying ``spec.key``."""
        ...

    def delete_event(self, event_id: str) -> None:
        """Delete a daemon-owned event; an already-gone event is not an error."""
        ...

    def close(self) -> None:
        """Release connections; calling it twice is harmless."""
        ...
