"""What can happen to one contact: the input of :func:`workflows.pipeline.advance`.

An :class:`Event` is a plain record of one thing that happened, at the moment
it happened (``at``, an aware datetime). The daemon builds events from what it
sees (mail, calendar, the user's commands, fired timers) and de-duplicates them
before handing them to the pipeline. A malformed event (a reply without an
intent, a naive datetime) is refused when it is built, with an
:class:`~connectors.errors.InputError`, so the pipeline itself never raises.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from connectors.base import Interval
from connectors.errors import InputError
from workflows.people import Referral
from workflows.stages import DraftKind, Intent, NoteKind, Stage

#: ``Referral`` is re-exported: an event carries the people a reply names.
__all__ = ["CalendarFact", "Event", "EventKind", "Referral", "TimerKind"]


class EventKind(StrEnum):
    """The kinds of event the pipeline understands."""

    CONTACT_ADDED = "contact_added"
    DRAFT_CREATED = "draft_created"
    DRAFT_SENT = "draft_sent"
    DRAFT_DISMISSED = "draft_dismissed"
    DRAFT_EDITED = "draft_edited"
    REPLY = "reply"
    TIME_AGREED = "time_agreed"
    ACCEPTANCE_SENT = "acceptance_sent"
    HOLD_PLACED = "hold_placed"
    CALENDAR_CHANGED = "calendar_changed"
    BRIEF_PUT = "brief_put"
    BRIEF_DROPPED = "brief_dropped"
    TIMER_FIRED = "timer_fired"
    USER_STAGE = "user_stage"
    USER_NOTE = "user_note"
    REPLY_SETTLED = "reply_settled"


class TimerKind(StrEnum):
    """The timers the pipeline sets; one pending timer per kind and contact."""

    NUDGE = "nudge"
    BRIEF = "brief"
    MEETING_END = "meeting_end"
    FOLLOW_UP = "follow_up"
    WAKE = "wake"


#: Event kinds that must carry ``draft``.
_DRAFT_EVENTS = frozenset(
    {
        EventKind.DRAFT_CREATED,
        EventKind.DRAFT_SENT,
        EventKind.DRAFT_DISMISSED,
        EventKind.DRAFT_EDITED,
    }
)
#: Event kinds that must carry ``start`` and ``end``.
_TIMED_EVENTS = frozenset({EventKind.TIME_AGREED, EventKind.ACCEPTANCE_SENT, EventKind.HOLD_PLACED})
#: Event kinds that carry what a reply means (``intent`` required).
_REPLY_EVENTS = frozenset({EventKind.REPLY, EventKind.REPLY_SETTLED})
#: Event kinds that must carry ``event_id``.
_PLACED_EVENTS = frozenset({EventKind.HOLD_PLACED, EventKind.BRIEF_PUT})


@dataclass(frozen=True)
class CalendarFact:
    """One calendar event involving the contact, as the provider shows it now.

    ``ours``: the daemon's own event (its hold). ``updated``: the provider's
    last-modified stamp, which orders two changes of one event.
    """

    event_id: str
    cancelled: bool = False
    ours: bool = False
    ical_uid: str | None = None
    place: str | None = None
    link: str | None = None
    updated: str | None = None


@dataclass(frozen=True)
class Event:
    """One thing that happened to a contact.

    Only the payload fields that belong to ``kind`` are read:

    - ``draft``: DRAFT_CREATED / DRAFT_SENT / DRAFT_DISMISSED / DRAFT_EDITED;
    - ``intent`` (required), ``return_date``, ``referrals``, ``windows``
      (their proposed times): REPLY. The daemon turns the verdict's return
      date into an aware datetime in the user's zone, and its windows into
      intervals; ``windows`` ride along for the executor of the scheduling
      reply (:func:`workflows.slots.pick_window`), the pipeline does not read
      them;
    - ``certain``: REPLY; ``False`` when the reader was not sure what the
      reply means, so the pipeline acts on nothing but asks the user;
    - REPLY_SETTLED: the user's reading of a reply the reader was not sure
      of (``coffeechat settle``); it carries the same payload as REPLY;
    - ``invite_uid``: REPLY carrying a calendar invitation (its iCalendar UID);
    - ``start`` / ``end`` (required): TIME_AGREED (the time our reply
      accepts), ACCEPTANCE_SENT (that reply went out), HOLD_PLACED; the
      event's time on CALENDAR_CHANGED when it is not cancelled;
    - ``event_id`` (required): HOLD_PLACED, BRIEF_PUT (the provider event);
    - ``calendar`` (required): CALENDAR_CHANGED;
    - ``timer`` (required): TIMER_FIRED;
    - ``stage`` (required): USER_STAGE;
    - ``note``: USER_NOTE, the kind of note the user added (plain when absent).
    """

    kind: EventKind
    at: datetime
    draft: DraftKind | None = None
    intent: Intent | None = None
    return_date: datetime | None = None
    referrals: tuple[Referral, ...] = ()
    windows: tuple[Interval, ...] = ()
    start: datetime | None = None
    end: datetime | None = None
    invite_uid: str | None = None
    event_id: str | None = None
    calendar: CalendarFact | None = None
    timer: TimerKind | None = None
    stage: Stage | None = None
    note: NoteKind | None = None
    certain: bool = True

    def __post_init__(self) -> None:
        """Refuse an event the pipeline could not read."""
        _require_aware("at", self.at)
        for name in ("return_date", "start", "end"):
            value = getattr(self, name)
            if value is not None:
                _require_aware(name, value)
        for window in self.windows:
            _require_aware("windows", window.start)
            _require_aware("windows", window.end)
        needed = {
            "draft": self.kind in _DRAFT_EVENTS,
            "intent": self.kind in _REPLY_EVENTS,
            "start": self.kind in _TIMED_EVENTS,
            "end": self.kind in _TIMED_EVENTS,
            "timer": self.kind is EventKind.TIMER_FIRED,
            "stage": self.kind is EventKind.USER_STAGE,
            "event_id": self.kind in _PLACED_EVENTS,
            "calendar": self.kind is EventKind.CALENDAR_CHANGED,
        }
        for name, required in needed.items():
            if required and getattr(self, name) is None:
                raise InputError(f"a {self.kind} event needs {name}")
        if self.start is not None and self.end is not None and self.end <= self.start:
            raise InputError(f"a {self.kind} event ends before it starts")

    @property
    def cause(self) -> str:
        """A short human line for the event log: ``reply: decline``, ``timer: nudge``."""
        detail: str | None = None
        if self.kind in _DRAFT_EVENTS:
            detail = self.draft
        elif self.kind is EventKind.REPLY:
            detail = self.intent if self.certain else f"{self.intent}? (not sure)"
        elif self.kind is EventKind.REPLY_SETTLED:
            return f"user: reply settled as {self.intent}"
        elif self.kind is EventKind.TIMER_FIRED:
            return f"timer: {self.timer}"
        elif self.kind is EventKind.USER_STAGE:
            return f"user: stage set to {self.stage}"
        elif self.kind is EventKind.USER_NOTE:
            return f"user: {self.note or NoteKind.NOTE}"
        elif self.kind is EventKind.CALENDAR_CHANGED and self.calendar is not None:
            detail = "cancelled" if self.calendar.cancelled else "live"
        label = self.kind.replace("_", " ")
        return f"{label}: {detail}" if detail else label


def _require_aware(name: str, value: datetime) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise InputError(f"event {name} must be a timezone-aware datetime, got {value}")
