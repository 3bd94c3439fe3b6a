"""Builders shared by the pipeline tests: a fixed clock, a cadence, event shorthands."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from connectors.base import Interval
from workflows.commands import Command, WriteDraft
from workflows.events import CalendarFact, Event, EventKind, TimerKind
from workflows.pipeline import Cadence, ContactState, Transition, advance
from workflows.stages import DraftKind, Intent, NoteKind, Stage
from workflows.understanding.verdict import Referral

AT = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)  # a Monday
CADENCE = Cadence(
    nudge_after=timedelta(days=7),
    thanks_within=timedelta(hours=24),
    follow_up_after=timedelta(days=30),
    brief_before=timedelta(days=1),
    prep_slot=timedelta(minutes=30),
)
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


def added(at: datetime = AT) -> Event:
    return Event(EventKind.CONTACT_ADDED, at)


def created(kind: DraftKind, at: datetime = AT) -> Event:
    return Event(EventKind.DRAFT_CREATED, at, draft=kind)


def sent(kind: DraftKind, at: datetime = AT) -> Event:
    return Event(EventKind.DRAFT_SENT, at, draft=kind)


def dismissed(kind: DraftKind, at: datetime = AT) -> Event:
    return Event(EventKind.DRAFT_DISMISSED, at, draft=kind)


def reply(
    intent: Intent,
    at: datetime = AT,
    *,
    back: datetime | None = None,
    people: tuple[Referral, ...] = (),
    windows: tuple[Interval, ...] = (),
) -> Event:
    return Event(
        EventKind.REPLY, at, intent=intent, return_date=back, referrals=people, windows=windows
    )


def agreed(start: datetime, at: datetime = AT) -> Event:
    return Event(EventKind.TIME_AGREED, at, start=start, end=start + HOUR / 2)


#: The calendar event of the contact's invitation.
INVITE = "their-invite"


def invited(start: datetime, at: datetime = AT, event_id: str = INVITE) -> Event:
    """Their invitation is on the calendar (new, moved or back) at ``start``."""
    fact = CalendarFact(event_id, ical_uid=f"{event_id}@example.org")
    return Event(EventKind.CALENDAR_CHANGED, at, start=start, end=start + HOUR / 2, calendar=fact)


def cancelled(at: datetime = AT, event_id: str = INVITE, *, ours: bool = False) -> Event:
    """The calendar event ``event_id`` is cancelled."""
    fact = CalendarFact(event_id, cancelled=True, ours=ours)
    return Event(EventKind.CALENDAR_CHANGED, at, calendar=fact)


def timer(kind: TimerKind, at: datetime) -> Event:
    return Event(EventKind.TIMER_FIRED, at, timer=kind)


def user_stage(stage: Stage, at: datetime = AT) -> Event:
    return Event(EventKind.USER_STAGE, at, stage=stage)


def note(at: datetime = AT, kind: NoteKind = NoteKind.NOTE) -> Event:
    return Event(EventKind.USER_NOTE, at, note=kind)


def names(transition: Transition) -> set[str]:
    return {command.name for command in transition.commands}


class Journey:
    """One contact walked through events; keeps every transition for the asserts."""

    def __init__(self, state: ContactState | None = None) -> None:
        self.state = state or ContactState()
        self.log: list[Transition] = []

    def noted_update(self) -> None:
        """The user recorded an update note (the daemon reads ``has_update`` from its store)."""
        self.state = replace(self.state, has_update=True)

    def __call__(self, event: Event) -> Transition:
        transition = advance(self.state, event, CADENCE)
        self.state = transition.state
        self.log.append(transition)
        return transition

    @property
    def commands(self) -> list[Command]:
        return [command for transition in self.log for command in transition.commands]

    def drafts(self) -> list[DraftKind]:
        """Every draft kind asked for so far, in order."""
        return [c.kind for c in self.commands if isinstance(c, WriteDraft)]
