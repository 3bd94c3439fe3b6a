"""Random event sequences: the pipeline never raises and keeps its promises."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connectors.base import Interval
from tests.pipeline.helpers import AT, Journey
from workflows.commands import CancelTimers, SetTimer, WriteDraft
from workflows.events import CalendarFact, Event, EventKind, TimerKind
from workflows.pipeline import ContactState
from workflows.stages import DraftKind, Intent, Stage
from workflows.understanding.verdict import Referral

offsets = st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=12))
maybe_time = st.none() | offsets.map(lambda d: AT + d)
people = st.lists(st.builds(Referral, st.text(min_size=1, max_size=5)), max_size=2).map(tuple)


@st.composite
def events(draw: st.DrawFn) -> tuple[timedelta, Event]:
    """A step forward in time and an event of any kind with a plausible payload."""
    step = draw(st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=9)))
    kind = draw(st.sampled_from(EventKind))
    start = AT + draw(offsets)
    payload = {
        "draft": draw(st.sampled_from(DraftKind)),
        "intent": draw(st.sampled_from(Intent)),
        "return_date": draw(maybe_time),
        "referrals": draw(people),
        "windows": (Interval(start, start + timedelta(hours=2)),),
        "start": start,
        "end": start + draw(st.sampled_from([timedelta(minutes=30), timedelta(hours=1)])),
        "event_id": draw(st.sampled_from(["hold-1", "brief-1"])),
        "invite_uid": draw(st.none() | st.sampled_from(["inv-1@example.org", "inv-2"])),
        "calendar": CalendarFact(
            draw(st.sampled_from(["inv-1", "inv-2", "hold-1"])),
            cancelled=draw(st.booleans()),
            ours=draw(st.booleans()),
            ical_uid="inv-1@example.org",
            updated=draw(st.none() | st.sampled_from(["2025-03-01", "2025-03-02"])),
        ),
        "timer": draw(st.sampled_from(TimerKind)),
        "stage": draw(st.sampled_from(Stage)),
    }
    # The event time is filled in by the test, once the clock has moved.
    return step, Event(kind, AT, **payload)


# A loaded CI machine may draw slowly; that is no failure of the pipeline.
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(events(), max_size=30), st.booleans())
def test_random_sequences_keep_the_promises(
    steps: list[tuple[timedelta, Event]], referred: bool
) -> None:
    journey = Journey(ContactState(referred=referred))
    clock = AT
    dismissed_so_far: set[DraftKind] = set()
    nudges = 0
    for step, template in steps:
        clock += step
        before = journey.state
        event = Event(**{**template.__dict__, "at": clock})
        transition = journey(event)  # never raises
        after = transition.state

        names = [command.name for command in transition.commands]
        assert len(names) == len(set(names)), names
        if transition.applied:
            assert after != before or transition.commands
        else:
            assert after == before
            assert transition.commands == ()

        drafted = [c.kind for c in transition.commands if isinstance(c, WriteDraft)]
        assert not set(drafted) & dismissed_so_far, (drafted, dismissed_so_far)
        nudges += drafted.count(DraftKind.NUDGE)
        assert nudges <= 1

        set_kinds = {c.kind for c in transition.commands if isinstance(c, SetTimer)}
        for command in transition.commands:
            if isinstance(command, CancelTimers):
                assert not command.kinds & set_kinds

        assert before.dismissed <= after.dismissed
        dismissed_so_far |= after.dismissed
        assert (after.paused_from is not None) == (after.stage is Stage.PAUSED)
        assert after.stage is not Stage.PAUSED or after.paused_from is not Stage.PAUSED
        assert not after.meeting.holding or after.stage is Stage.SCHEDULING
        assert after.manual == (after.manual_since is not None)
