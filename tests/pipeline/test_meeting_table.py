"""The meeting's life, one row per case of the table in ``workflows.meeting``.

Each row: the contact's stage and meeting before, one event at a time the
test sets (plain datetimes), then the stage, the meeting's status (and the
ids it must name) and the commands after. ``-`` as the stage means ignored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pytest

from tests.pipeline.helpers import AT, CADENCE, DAY, HOUR, names, reply
from workflows.events import CalendarFact, Event, EventKind, TimerKind
from workflows.meeting import MeetingState, MeetingStatus
from workflows.pipeline import ContactState, advance
from workflows.stages import DraftKind, Intent, Stage

NOW = AT  # the clock: every event happens at NOW
START = AT + 3 * DAY
END = START + HOUR / 2
LATER = START + DAY

PROPOSED = MeetingState(MeetingStatus.PROPOSED, START, END)
HELD = MeetingState(MeetingStatus.HELD, START, END, hold_id="hold-1")
ON_HOLD = MeetingState(MeetingStatus.CONFIRMED, START, END, event_id="hold-1", hold_id="hold-1")
INVITED = MeetingState(
    MeetingStatus.CONFIRMED,
    START,
    END,
    event_id="inv-1",
    ical_uid="inv-1@example.org",
    updated="2025-03-03T08:00:00Z",
)
CANCELLED = MeetingState(
    MeetingStatus.CANCELLED, START, END, event_id="inv-1", ical_uid="inv-1@example.org"
)

CONFIRM = {"write_draft:confirmation", "set_timer:brief", "set_timer:meeting_end"}
TIMERS = {"set_timer:brief", "set_timer:meeting_end"}


def calendar(
    event_id: str,
    start: datetime | None = START,
    *,
    cancelled: bool = False,
    ours: bool = False,
    updated: str | None = None,
    place: str | None = None,
) -> Event:
    fact = CalendarFact(
        event_id,
        cancelled=cancelled,
        ours=ours,
        ical_uid=None if ours else f"{event_id}@example.org",
        updated=updated,
        place=place,
    )
    timed = {} if cancelled or start is None else {"start": start, "end": start + HOUR / 2}
    return Event(EventKind.CALENDAR_CHANGED, NOW, calendar=fact, **timed)


def timed(kind: EventKind, start: datetime = START, **extra: Any) -> Event:
    return Event(kind, NOW, start=start, end=start + HOUR / 2, **extra)


@dataclass(frozen=True)
class Row:
    stage: Stage
    meeting: MeetingState
    event: Event
    then: Stage | None  # None: ignored
    status: MeetingStatus | None = None
    commands: set[str] = field(default_factory=set)
    ids: dict[str, str | None] = field(default_factory=dict)


ROWS = {
    "time agreed: a hold is wanted": Row(
        Stage.SCHEDULING,
        MeetingState(),
        timed(EventKind.TIME_AGREED),
        Stage.SCHEDULING,
        MeetingStatus.PROPOSED,
        {"place_hold"},
    ),
    "acceptance sent before the hold: remembered": Row(
        Stage.SCHEDULING,
        PROPOSED,
        timed(EventKind.ACCEPTANCE_SENT),
        Stage.SCHEDULING,
        MeetingStatus.PROPOSED,
    ),
    "acceptance sent with the hold placed: the hold is the meeting": Row(
        Stage.SCHEDULING,
        HELD,
        timed(EventKind.ACCEPTANCE_SENT),
        Stage.CONFIRMED,
        MeetingStatus.CONFIRMED,
        CONFIRM,
        {"event_id": "hold-1", "hold_id": "hold-1"},
    ),
    "acceptance of another time sent: nothing": Row(
        Stage.SCHEDULING, HELD, timed(EventKind.ACCEPTANCE_SENT, LATER), None
    ),
    "hold placed: held": Row(
        Stage.SCHEDULING,
        PROPOSED,
        timed(EventKind.HOLD_PLACED, event_id="hold-1"),
        Stage.SCHEDULING,
        MeetingStatus.HELD,
        ids={"hold_id": "hold-1"},
    ),
    "hold placed after the acceptance went out: confirmed": Row(
        Stage.SCHEDULING,
        MeetingState(MeetingStatus.PROPOSED, START, END, accepted_sent=True),
        timed(EventKind.HOLD_PLACED, event_id="hold-1"),
        Stage.CONFIRMED,
        MeetingStatus.CONFIRMED,
        CONFIRM,
        {"event_id": "hold-1"},
    ),
    "hold placed once their invitation was adopted: dropped again": Row(
        Stage.CONFIRMED,
        INVITED,
        timed(EventKind.HOLD_PLACED, event_id="hold-1"),
        Stage.CONFIRMED,
        MeetingStatus.CONFIRMED,
        {"drop_hold"},
        {"event_id": "inv-1", "hold_id": "hold-1"},
    ),
    "their invitation replaces our hold": Row(
        Stage.SCHEDULING,
        HELD,
        calendar("inv-1"),
        Stage.CONFIRMED,
        MeetingStatus.CONFIRMED,
        {"drop_hold", *CONFIRM},
        {"event_id": "inv-1", "ical_uid": "inv-1@example.org", "hold_id": None},
    ),
    "their invitation replaces the hold that was the meeting": Row(
        Stage.CONFIRMED,
        ON_HOLD,
        calendar("inv-1"),
        Stage.CONFIRMED,
        MeetingStatus.CONFIRMED,
        {"drop_hold"},
        {"event_id": "inv-1", "hold_id": None},
    ),
    "their invitation answers the outreach": Row(
        Stage.AWAITING_REPLY,
        MeetingState(),
        calendar("inv-1"),
        Stage.CONFIRMED,
        MeetingStatus.CONFIRMED,
        {"cancel_timers", *CONFIRM},
    ),
    "the meeting's event moved": Row(
        Stage.CONFIRMED,
        INVITED,
        calendar("inv-1", LATER),
        Stage.CONFIRMED,
        MeetingStatus.CONFIRMED,
        TIMERS,
    ),
    "the meeting's event got a place, same time": Row(
        Stage.CONFIRMED,
        INVITED,
        calendar("inv-1", place="Blue Bottle"),
        Stage.CONFIRMED,
        MeetingStatus.CONFIRMED,
        ids={"place": "Blue Bottle"},
    ),
    "the meeting's event cancelled": Row(
        Stage.CONFIRMED,
        INVITED,
        calendar("inv-1", cancelled=True),
        Stage.SCHEDULING,
        MeetingStatus.CANCELLED,
        {"drop_brief", "cancel_timers"},
    ),
    "the hold that was the meeting deleted by the user": Row(
        Stage.CONFIRMED,
        ON_HOLD,
        calendar("hold-1", cancelled=True, ours=True),
        Stage.SCHEDULING,
        MeetingStatus.CANCELLED,
        {"drop_brief", "cancel_timers"},
    ),
    "the cancelled meeting's event restored": Row(
        Stage.SCHEDULING,
        CANCELLED,
        calendar("inv-1"),
        Stage.CONFIRMED,
        MeetingStatus.CONFIRMED,
        CONFIRM,
    ),
    "our superseded hold deleted (bug 8)": Row(
        Stage.CONFIRMED,
        INVITED,
        calendar("hold-1", cancelled=True, ours=True),
        None,
    ),
    "our superseded hold deleted, its id still known (bug 8)": Row(
        Stage.CONFIRMED,
        MeetingState(MeetingStatus.CONFIRMED, START, END, event_id="inv-1", hold_id="hold-1"),
        calendar("hold-1", cancelled=True, ours=True),
        Stage.CONFIRMED,
        MeetingStatus.CONFIRMED,
        ids={"hold_id": None, "event_id": "inv-1"},
    ),
    "a change older than the one applied": Row(
        Stage.CONFIRMED,
        INVITED,
        calendar("inv-1", cancelled=True, updated="2025-03-03T07:00:00Z"),
        None,
    ),
    "our hold moving while only a hold": Row(
        Stage.SCHEDULING, HELD, calendar("hold-1", LATER, ours=True), None
    ),
    "an updated invitation for the meeting (bug 1)": Row(
        Stage.CONFIRMED,
        INVITED,
        Event(EventKind.REPLY, NOW, intent=Intent.RESCHEDULE, invite_uid="inv-1@example.org"),
        None,
    ),
    "an updated invitation for the meeting called off": Row(
        Stage.SCHEDULING,
        CANCELLED,
        Event(EventKind.REPLY, NOW, intent=Intent.RESCHEDULE, invite_uid="inv-1@example.org"),
        None,
    ),
    "an invitation for another event is their words": Row(
        Stage.CONFIRMED,
        INVITED,
        Event(EventKind.REPLY, NOW, intent=Intent.RESCHEDULE, invite_uid="other@example.org"),
        Stage.SCHEDULING,
        MeetingStatus.CANCELLED,
        {"drop_brief", "cancel_timers", "write_draft:scheduling_reply"},
    ),
    "brief put": Row(
        Stage.CONFIRMED,
        INVITED,
        Event(EventKind.BRIEF_PUT, NOW, event_id="brief-1"),
        Stage.CONFIRMED,
        MeetingStatus.CONFIRMED,
        ids={"brief_id": "brief-1"},
    ),
    "brief dropped (bug 7)": Row(
        Stage.SCHEDULING,
        MeetingState(MeetingStatus.CANCELLED, START, END, event_id="inv-1", brief_id="brief-1"),
        Event(EventKind.BRIEF_DROPPED, NOW),
        Stage.SCHEDULING,
        MeetingStatus.CANCELLED,
        ids={"brief_id": None},
    ),
    "the contact leaves confirmed: the meeting is off, its ids kept (bug 7)": Row(
        Stage.CONFIRMED,
        INVITED,
        reply(Intent.RESCHEDULE, NOW),
        Stage.SCHEDULING,
        MeetingStatus.CANCELLED,
        {"drop_brief", "cancel_timers", "write_draft:scheduling_reply"},
        {"event_id": "inv-1", "ical_uid": "inv-1@example.org"},
    ),
    "the contact leaves scheduling: the hold goes": Row(
        Stage.SCHEDULING,
        HELD,
        reply(Intent.DECLINE, NOW),
        Stage.CLOSED,
        MeetingStatus.NONE,
        {"drop_hold", "write_draft:close_out"},
        {"hold_id": None},
    ),
    "the meeting ended": Row(
        Stage.CONFIRMED,
        MeetingState(MeetingStatus.CONFIRMED, NOW - HOUR, NOW - HOUR / 2, event_id="inv-1"),
        Event(EventKind.TIMER_FIRED, NOW, timer=TimerKind.MEETING_END),
        Stage.MET,
        MeetingStatus.MET,
        {"write_draft:thank_you", "set_timer:follow_up"},
    ),
}


@pytest.mark.parametrize("case", list(ROWS))
def test_meeting_row(case: str) -> None:
    row = ROWS[case]
    state = ContactState(row.stage, added=True, meeting=row.meeting)
    transition = advance(state, row.event, CADENCE)
    if row.then is None:
        assert not transition.applied
        assert transition.state == state
        return
    assert transition.applied
    assert transition.state.stage is row.then
    assert transition.state.meeting.status is row.status
    assert names(transition) == row.commands
    for name, value in row.ids.items():
        assert getattr(transition.state.meeting, name) == value, name


def test_a_superseded_hold_deleted_leaves_a_confirmed_contact_confirmed() -> None:
    # Bug 8, the whole story: confirmed on our hold, their invitation arrives,
    # the daemon drops the hold, and the hold's deletion comes back from the sync.
    state = ContactState(Stage.CONFIRMED, added=True, meeting=ON_HOLD)
    adopted = advance(state, calendar("inv-1"), CADENCE)
    assert names(adopted) == {"drop_hold"}
    deleted = advance(adopted.state, calendar("hold-1", cancelled=True, ours=True), CADENCE)
    assert not deleted.applied
    assert deleted.state.stage is Stage.CONFIRMED
    assert deleted.state.meeting.stands


def test_a_confirmation_is_drafted_once_when_the_updated_invitation_arrives_first() -> None:
    # Bug 1, email first: the "Updated invitation" reply is ignored, the move
    # itself re-sets the timers and drafts nothing.
    state = ContactState(Stage.CONFIRMED, added=True, meeting=INVITED)
    email = Event(EventKind.REPLY, NOW, intent=Intent.RESCHEDULE, invite_uid="inv-1@example.org")
    assert not advance(state, email, CADENCE).applied
    moved = advance(state, calendar("inv-1", LATER, updated="2025-03-03T09:00:00Z"), CADENCE)
    assert moved.state.stage is Stage.CONFIRMED
    assert names(moved) == TIMERS
    assert DraftKind.CONFIRMATION not in {getattr(c, "kind", None) for c in moved.commands}
