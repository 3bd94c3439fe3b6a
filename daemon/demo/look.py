"""One look at the demo's world: the sandbox mailbox and what the daemon's store holds.

The demo never asks the daemon anything directly: like the user, it looks at
the mailboxes and calendars (the sandboxes' state: Sam's Gmail and Outlook,
seen as one), and like ``coffeechat status`` it reads the store.
:class:`Looker` takes one such look, a :class:`Seen`.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from connectors.sandbox.world import World
from daemon.sandboxed import own_properties
from daemon.store.db import Store
from daemon.store.models import (
    Account,
    Actor,
    Contact,
    Draft,
    DraftStatus,
    Event,
    Meeting,
    MeetingStatus,
    Timer,
    TimerStatus,
)
from workflows.events import TimerKind
from workflows.stages import DraftKind, Stage


@dataclass(frozen=True)
class Person:
    """A contact as the store holds it; ``wake_at`` is a pending wake-up timer."""

    id: int
    name: str
    email: str
    organization: str | None
    stage: Stage
    wake_at: datetime | None
    #: The provider of the user's mailbox the conversation is in (``google``, ``microsoft``).
    provider: str | None = None

    @property
    def mailbox(self) -> str:
        """Where the conversation is, as the user knows it: Gmail or Outlook."""
        return _MAILBOXES.get(self.provider or "", "")


@dataclass(frozen=True)
class DraftRow:
    """A draft the daemon wrote (its store row)."""

    id: int
    contact_id: int
    kind: DraftKind
    provider_id: str | None
    status: DraftStatus


@dataclass(frozen=True)
class MeetingRow:
    """A meeting (or tentative hold) the store knows."""

    contact_id: int
    start: datetime
    end: datetime
    status: MeetingStatus


@dataclass(frozen=True)
class LogRow:
    """One event-log entry: a transition the daemon (or the user) made."""

    id: int
    contact_id: int
    actor: Actor
    from_stage: Stage | None
    to_stage: Stage | None
    cause: str


#: How the demo's lines name a draft kind.
_LABELS = {
    DraftKind.THANK_YOU: "thank-you",
    DraftKind.FOLLOW_UP: "follow-up",
    DraftKind.CLOSE_OUT: "close-out",
}


_MAILBOXES = {"google": "Gmail", "microsoft": "Outlook"}


def draft_label(kind: DraftKind) -> str:
    """A draft kind in words: ``scheduling reply``, ``thank-you``."""
    return _LABELS.get(kind, kind.replace("_", " "))


def raw_of(message: dict[str, Any]) -> bytes:
    """The raw MIME of a sandbox draft or sent message."""
    return base64.urlsafe_b64decode(message["raw"])


@dataclass(frozen=True)
class Seen:
    """The world at one moment, ``elapsed`` seconds into the demo."""

    elapsed: float
    now: datetime
    mailbox: dict[str, Any]
    people: dict[int, Person]
    drafts: list[DraftRow]
    meetings: list[MeetingRow]
    log: list[LogRow]

    def person(self, email: str) -> Person | None:
        """The contact with this address, once the store has it."""
        return next((p for p in self.people.values() if p.email == email), None)

    def waiting_draft(self, email: str, kind: DraftKind) -> dict[str, Any] | None:
        """The sandbox draft of ``kind`` the daemon wrote for ``email``, still unsent."""
        person = self.person(email)
        in_mailbox = {d["id"]: d for d in self.mailbox["drafts"]}
        for row in self.drafts:
            if person is not None and row.contact_id == person.id and row.kind is kind:
                found = in_mailbox.get(row.provider_id or "")
                if found is not None:
                    return found
        return None

    def meeting(self, email: str) -> MeetingRow | None:
        """The contact's current meeting (the newest not cancelled)."""
        person = self.person(email)
        rows = [
            m
            for m in self.meetings
            if person is not None
            and m.contact_id == person.id
            and m.status is not MeetingStatus.CANCELLED
        ]
        return rows[-1] if rows else None

    def last_sent_to(self, email: str) -> dict[str, Any] | None:
        """The newest message the user sent to ``email``."""
        sent = [m for m in self.mailbox["sent"] if email in m.get("to", "").lower()]
        return sent[-1] if sent else None

    def private_events(self, kind: str) -> list[dict[str, Any]]:
        """The daemon's own calendar events of ``kind`` (``hold`` or ``brief``), any status."""
        return [e for e in self.mailbox["events"] if event_kind(e) == kind]


def event_kind(event: dict[str, Any]) -> str | None:
    """``hold`` or ``brief`` for the daemon's private events, else ``None``."""
    kind = own_properties(event).get("coffeechat_kind")
    return str(kind) if kind else None


def event_contact(event: dict[str, Any]) -> int | None:
    """The contact a private event of the daemon's is for."""
    contact = own_properties(event).get("coffeechat_contact")
    return int(contact) if contact else None


class Looker:
    """Takes looks at the user's sandbox mailboxes and one store."""

    def __init__(self, worlds: Sequence[World], store: Store, started: float) -> None:
        self.worlds = worlds
        self.store = store
        self.started = started

    def _mailboxes(self) -> dict[str, Any]:
        """Every mailbox's drafts, mail and events, as one (their ids never collide)."""
        states = [world.state() for world in self.worlds]
        return {
            part: [item for state in states for item in state[part]]
            for part in ("messages", "drafts", "sent", "events")
        }

    def __call__(self) -> Seen:
        """Look now."""
        mailbox = self._mailboxes()
        with self.store.transaction(readonly=True) as session:
            providers = {
                account_id: provider
                for account_id, provider in session.execute(select(Account.id, Account.provider))
            }
            wakes = {
                t.contact_id: t.due_at
                for t in session.scalars(
                    select(Timer).where(
                        Timer.kind == TimerKind.WAKE.value, Timer.status == TimerStatus.PENDING
                    )
                )
            }
            people = {
                c.id: Person(
                    c.id,
                    c.name,
                    c.email or "",
                    c.organization,
                    c.stage,
                    wakes.get(c.id),
                    providers.get(c.account_id or 0),
                )
                for c in session.scalars(select(Contact).order_by(Contact.id))
            }
            drafts = [
                DraftRow(d.id, d.contact_id, DraftKind(d.kind), d.provider_draft_id, d.status)
                for d in session.scalars(select(Draft).order_by(Draft.id))
            ]
            meetings = [
                MeetingRow(m.contact_id, m.start, m.end, m.status)
                for m in session.scalars(select(Meeting).order_by(Meeting.id))
            ]
            log = [
                LogRow(e.id, e.contact_id, e.actor, e.from_stage, e.to_stage, e.cause)
                for e in session.scalars(select(Event).order_by(Event.id))
            ]
        return Seen(
            elapsed=time.monotonic() - self.started,
            now=datetime.now(UTC),
            mailbox=mailbox,
            people=people,
            drafts=drafts,
            meetings=meetings,
            log=log,
        )
