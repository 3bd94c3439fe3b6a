"""Every (stage, event) pair of the pipeline, from one explicit table.

Rows are event variants (REPLY per intent, TIMER_FIRED per timer kind, DRAFT_*
per draft kind, USER_STAGE per target, USER_NOTE per note kind); columns are
stages, each in a typical state for that stage (see ``STATES``), which a row
may amend (see ``GIVEN``). A cell names an outcome from ``OUTCOMES``: the new
stage and the names of the commands, or ``-`` for "ignored"; ``ny`` (``nyw``
when waiting) parks the contact as needs-you (``reply?``: a reply the reader
was not sure of).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from tests.pipeline.helpers import AT, CADENCE, DAY, HOUR
from workflows.events import CalendarFact, Event, EventKind, TimerKind
from workflows.meeting import MeetingState, MeetingStatus
from workflows.pipeline import ContactState, advance
from workflows.stages import DraftKind, Intent, NoteKind, Stage

COLUMNS = {
    "id": Stage.IDENTIFIED,
    "od": Stage.OUTREACH_DRAFTED,
    "ar": Stage.AWAITING_REPLY,
    "sc": Stage.SCHEDULING,
    "cf": Stage.CONFIRMED,
    "met": Stage.MET,
    "fu": Stage.FOLLOWING_UP,
    "pa": Stage.PAUSED,
    "cl": Stage.CLOSED,
}

# The state each column stands for. Scheduling holds a slot with our hold
# "hold-1"; the confirmed meeting is their invitation "inv-1", which has just
# ended, so its brief is due and its end timer may fire.
HOLD_AT = AT + 5 * DAY
HELD = MeetingState(MeetingStatus.HELD, HOLD_AT, HOLD_AT + HOUR, hold_id="hold-1")
INVITED = MeetingState(
    MeetingStatus.CONFIRMED,
    AT - 2 * HOUR,
    AT - HOUR,
    event_id="inv-1",
    ical_uid="inv-1@example.org",
)
STATES = {
    Stage.IDENTIFIED: ContactState(),
    Stage.OUTREACH_DRAFTED: ContactState(Stage.OUTREACH_DRAFTED, added=True),
    Stage.AWAITING_REPLY: ContactState(Stage.AWAITING_REPLY, added=True),
    Stage.SCHEDULING: ContactState(Stage.SCHEDULING, added=True, meeting=HELD),
    Stage.CONFIRMED: ContactState(Stage.CONFIRMED, added=True, meeting=INVITED),
    Stage.MET: ContactState(Stage.MET, added=True),
    Stage.FOLLOWING_UP: ContactState(Stage.FOLLOWING_UP, added=True),
    Stage.PAUSED: ContactState(Stage.PAUSED, paused_from=Stage.AWAITING_REPLY, added=True),
    Stage.CLOSED: ContactState(Stage.CLOSED, added=True),
}

# code -> (new stage, command names); "@" is the row's USER_STAGE target, "=" the same stage.
OUTCOMES: dict[str, tuple[str, frozenset[str]] | None] = {
    "-": None,
    "keep": ("=", frozenset()),
    "ny": ("=", frozenset()),
    "nyw": ("=", frozenset({"cancel_timers"})),
    "add": ("identified", frozenset({"write_draft:outreach"})),
    "od": ("outreach_drafted", frozenset()),
    "sent": ("awaiting_reply", frozenset({"set_timer:nudge"})),
    "thx": ("following_up", frozenset({"set_timer:follow_up"})),
    "x": ("closed", frozenset()),
    "sc": ("scheduling", frozenset({"cancel_timers", "write_draft:scheduling_reply"})),
    "sc2": ("scheduling", frozenset({"drop_hold", "write_draft:scheduling_reply"})),
    "sc3": (
        "scheduling",
        frozenset({"drop_brief", "cancel_timers", "write_draft:scheduling_reply"}),
    ),
    "sc4": ("scheduling", frozenset({"drop_brief", "cancel_timers"})),
    "cl": ("closed", frozenset({"cancel_timers", "write_draft:close_out"})),
    "cl2": ("closed", frozenset({"drop_hold", "write_draft:close_out"})),
    "cl3": ("closed", frozenset({"drop_brief", "cancel_timers", "write_draft:close_out"})),
    "pa": ("paused", frozenset({"cancel_timers", "set_timer:wake"})),
    "pa2": ("paused", frozenset({"drop_hold", "set_timer:wake"})),
    "pa3": ("paused", frozenset({"drop_brief", "cancel_timers", "set_timer:wake"})),
    "aw": ("awaiting_reply", frozenset({"cancel_timers"})),
    "hold": ("scheduling", frozenset({"place_hold"})),
    "cf": (
        "confirmed",
        frozenset(
            {
                "cancel_timers",
                "write_draft:confirmation",
                "set_timer:brief",
                "set_timer:meeting_end",
            }
        ),
    ),
    "cf2": (
        "confirmed",
        frozenset(
            {"drop_hold", "write_draft:confirmation", "set_timer:brief", "set_timer:meeting_end"}
        ),
    ),
    "mv": ("confirmed", frozenset({"set_timer:brief", "set_timer:meeting_end", "put_brief"})),
    "nudge": ("awaiting_reply", frozenset({"write_draft:nudge"})),
    "brief": ("confirmed", frozenset({"put_brief"})),
    "met": ("met", frozenset({"write_draft:thank_you", "set_timer:follow_up"})),
    "fu": ("following_up", frozenset({"write_draft:follow_up"})),
    "wait": ("following_up", frozenset()),
    "wake": ("awaiting_reply", frozenset({"set_timer:nudge"})),
    "u": ("@", frozenset({"cancel_timers"})),
    "uh": ("@", frozenset({"cancel_timers", "drop_hold"})),
    "ub": ("@", frozenset({"cancel_timers", "drop_brief"})),
    "dh": ("=", frozenset({"drop_hold"})),
}

MATRIX = """
event                              id    od    ar    sc    cf    met   fu    pa    cl
contact_added                      add   -     -     -     -     -     -     -     -
draft_created:outreach             od    -     -     -     -     -     -     -     -
draft_created:referral_outreach    od    -     -     -     -     -     -     -     -
draft_created:nudge                -     -     -     -     -     -     -     -     -
draft_created:scheduling_reply     -     -     -     -     -     -     -     -     -
draft_created:confirmation         -     -     -     -     -     -     -     -     -
draft_created:thank_you            -     -     -     -     -     -     -     -     -
draft_created:follow_up            -     -     -     -     -     -     -     -     -
draft_created:close_out            -     -     -     -     -     -     -     -     -
draft_sent:outreach                sent  sent  -     -     -     -     -     -     -
draft_sent:referral_outreach       sent  sent  -     -     -     -     -     -     -
draft_sent:nudge                   -     -     -     -     -     -     -     -     -
draft_sent:scheduling_reply        -     -     -     -     -     -     -     -     -
draft_sent:confirmation            -     -     -     -     -     -     -     -     -
draft_sent:thank_you               -     -     -     -     -     thx   -     -     -
draft_sent:follow_up               -     -     -     -     -     -     -     -     -
draft_sent:close_out               -     -     -     -     -     -     -     -     -
draft_dismissed:outreach           x     x     keep  keep  keep  keep  keep  keep  keep
draft_dismissed:referral_outreach  x     x     keep  keep  keep  keep  keep  keep  keep
draft_dismissed:nudge              keep  keep  keep  keep  keep  keep  keep  keep  keep
draft_dismissed:scheduling_reply   keep  keep  keep  keep  keep  keep  keep  keep  keep
draft_dismissed:confirmation       keep  keep  keep  keep  keep  keep  keep  keep  keep
draft_dismissed:thank_you          keep  keep  keep  keep  keep  thx   keep  keep  keep
draft_dismissed:follow_up          keep  keep  keep  keep  keep  keep  keep  keep  keep
draft_dismissed:close_out          keep  keep  keep  keep  keep  keep  keep  keep  keep
draft_edited:outreach              -     -     -     -     -     -     -     -     -
draft_edited:referral_outreach     -     -     -     -     -     -     -     -     -
draft_edited:nudge                 -     -     -     -     -     -     -     -     -
draft_edited:scheduling_reply      -     -     -     -     -     -     -     -     -
draft_edited:confirmation          -     -     -     -     -     -     -     -     -
draft_edited:thank_you             -     -     -     -     -     -     -     -     -
draft_edited:follow_up             -     -     -     -     -     -     -     -     -
draft_edited:close_out             -     -     -     -     -     -     -     -     -
reply:accept                       -     sc    sc    -     -     -     -     sc    -
reply:propose_times                -     sc    sc    sc2   sc3   -     -     sc    -
reply:decline                      -     cl    cl    cl2   cl3   -     -     cl    -
reply:defer                        -     pa    pa    pa2   pa3   -     -     pa    -
reply:out_of_office                -     pa    pa    pa2   -     -     -     pa    -
reply:referral                     -     cl    cl    cl2   cl3   -     -     cl    -
reply:reschedule                   -     -     -     sc2   sc3   -     -     -     -
reply:cancel                       -     -     -     cl2   cl3   -     -     -     -
reply:other                        -     aw    aw    -     -     -     -     aw    -
reply:reschedule+invite:inv-1      -     -     -     sc2   -     -     -     -     -
reply?:accept                      -     nyw   nyw   ny    ny    -     -     ny    -
reply?:reschedule+invite:inv-1     -     nyw   nyw   ny    -     -     -     ny    -
reply_settled:accept               -     -     -     -     -     -     -     -     -
time_agreed                        -     -     -     hold  -     -     -     -     -
acceptance_sent                    -     -     -     -     -     -     -     -     -
hold_placed                        dh    dh    dh    keep  dh    dh    dh    dh    dh
calendar_changed:invite:inv-2      -     cf    cf    cf2   mv    -     -     cf    -
calendar_changed:moved:inv-1       -     cf    cf    cf2   mv    -     -     cf    -
calendar_changed:cancelled:inv-1   -     -     -     -     sc4   -     -     -     -
calendar_changed:cancelled:hold-1  -     -     -     -     -     -     -     -     -
brief_put                          keep  keep  keep  keep  keep  keep  keep  keep  keep
brief_dropped                      -     -     -     -     -     -     -     -     -
timer_fired:nudge                  -     -     nudge -     -     -     -     -     -
timer_fired:brief                  -     -     -     -     brief -     -     -     -
timer_fired:meeting_end            -     -     -     -     met   -     -     -     -
timer_fired:follow_up              -     -     -     -     -     wait  wait  -     -
timer_fired:follow_up+update       -     -     -     -     -     fu    fu    -     -
timer_fired:wake                   -     -     -     -     -     -     -     wake  -
user_stage:identified              u     u     u     uh    ub    u     u     u     u
user_stage:outreach_drafted        u     u     u     uh    ub    u     u     u     u
user_stage:awaiting_reply          u     u     u     uh    ub    u     u     u     u
user_stage:scheduling              u     u     u     u     ub    u     u     u     u
user_stage:confirmed               u     u     u     uh    u     u     u     u     u
user_stage:met                     u     u     u     uh    u     u     u     u     u
user_stage:following_up            u     u     u     uh    u     u     u     u     u
user_stage:paused                  u     u     u     uh    ub    u     u     u     u
user_stage:closed                  u     u     u     uh    ub    u     u     u     u
user_note:note                     -     -     -     -     brief -     -     -     -
user_note:takeaway                 -     -     -     -     brief -     -     -     -
user_note:update                   -     -     -     -     brief -     -     -     -
user_note:note+awaiting            -     -     -     -     brief -     -     -     -
user_note:update+awaiting          -     -     -     -     brief -     fu    -     -
"""


def parse(matrix: str) -> dict[tuple[Stage, str], str]:
    header, *rows = matrix.strip().splitlines()
    stages = [COLUMNS[name] for name in header.split()[1:]]
    table: dict[tuple[Stage, str], str] = {}
    for row in rows:
        variant, *codes = row.split()
        assert len(codes) == len(stages), f"row {variant!r} has {len(codes)} cells"
        for stage, code in zip(stages, codes, strict=True):
            assert code in OUTCOMES, f"unknown outcome {code!r} in row {variant!r}"
            assert (stage, variant) not in table, f"row {variant!r} twice"
            table[(stage, variant)] = code
    return table


TABLE = parse(MATRIX)
MEETING_AT = AT + 3 * DAY


#: Calendar changes: their new invitation, the confirmed meeting's event moved
#: and cancelled, and our hold deleted.
CALENDAR_FACTS = {
    "invite:inv-2": CalendarFact("inv-2", ical_uid="inv-2@example.org"),
    "moved:inv-1": CalendarFact("inv-1", ical_uid="inv-1@example.org"),
    "cancelled:inv-1": CalendarFact("inv-1", cancelled=True),
    "cancelled:hold-1": CalendarFact("hold-1", cancelled=True, ours=True),
}


def variants() -> dict[str, Event]:
    """One event per row name: every EventKind, expanded by its payload enum."""
    out: dict[str, Event] = {}
    for kind in EventKind:
        if kind.startswith("draft_"):
            for draft in DraftKind:
                out[f"{kind}:{draft}"] = Event(kind, AT, draft=draft)
        elif kind is EventKind.REPLY:
            for intent in Intent:
                out[f"{kind}:{intent}"] = Event(
                    kind, AT, intent=intent, return_date=AT + timedelta(days=10)
                )
        elif kind is EventKind.REPLY_SETTLED:
            out[f"{kind}:accept"] = Event(kind, AT, intent=Intent.ACCEPT)
        elif kind is EventKind.TIMER_FIRED:
            for timer in TimerKind:
                out[f"{kind}:{timer}"] = Event(kind, AT, timer=timer)
        elif kind is EventKind.USER_STAGE:
            for stage in Stage:
                out[f"{kind}:{stage}"] = Event(kind, AT, stage=stage)
        elif kind is EventKind.USER_NOTE:
            for note in NoteKind:
                out[f"{kind}:{note}"] = Event(kind, AT, note=note)
        elif kind is EventKind.CALENDAR_CHANGED:
            for name, fact in CALENDAR_FACTS.items():
                timed = (
                    {} if fact.cancelled else {"start": MEETING_AT, "end": MEETING_AT + HOUR / 2}
                )
                out[f"{kind}:{name}"] = Event(kind, AT, calendar=fact, **timed)
        elif kind in (EventKind.HOLD_PLACED, EventKind.BRIEF_PUT):
            out[kind] = Event(
                kind, AT, start=MEETING_AT, end=MEETING_AT + HOUR / 2, event_id=f"{kind}-2"
            )
        else:
            out[kind] = Event(kind, AT, start=MEETING_AT, end=MEETING_AT + HOUR / 2)
    out["reply:reschedule+invite:inv-1"] = Event(
        EventKind.REPLY, AT, intent=Intent.RESCHEDULE, invite_uid="inv-1@example.org"
    )
    out["reply?:accept"] = Event(EventKind.REPLY, AT, intent=Intent.ACCEPT, certain=False)
    out["reply?:reschedule+invite:inv-1"] = replace(
        out["reply:reschedule+invite:inv-1"], certain=False
    )
    for name, base in GIVEN_ON.items():
        out[name] = out[base]
    return out


#: Rows that amend each column's state: the user recorded an update note, or
#: the contact's follow-up is waiting for one.
GIVEN = {
    "timer_fired:follow_up+update": {"has_update": True},
    "user_note:note+awaiting": {"awaiting_update": True},
    "user_note:update+awaiting": {"awaiting_update": True},
}
#: The event row each amended row shares.
GIVEN_ON = {name: name.split("+")[0] for name in GIVEN}

VARIANTS = variants()


def test_table_covers_every_stage_and_event_variant() -> None:
    assert set(COLUMNS.values()) == set(Stage)
    expected = {(stage, variant) for stage in Stage for variant in VARIANTS}
    assert set(TABLE) == expected


def test_every_table_state_is_in_its_stage() -> None:
    assert {stage: state.stage for stage, state in STATES.items()} == {s: s for s in Stage}


@pytest.mark.parametrize(("stage", "variant"), sorted(TABLE), ids=lambda v: str(v))
def test_pair_gives_the_tabled_outcome(stage: Stage, variant: str) -> None:
    state, event = replace(STATES[stage], **GIVEN.get(variant, {})), VARIANTS[variant]
    transition = advance(state, event, CADENCE)
    outcome = OUTCOMES[TABLE[(stage, variant)]]
    if outcome is None:
        assert not transition.applied
        assert transition.state == state
        assert transition.commands == ()
    else:
        new_stage, command_names = outcome
        if new_stage == "@":
            new_stage = str(event.stage)
        elif new_stage == "=":
            new_stage = str(stage)
        assert transition.applied
        assert transition.state.stage == new_stage
        assert transition.state.needs_you is TABLE[(stage, variant)].startswith("ny")
        got = [command.name for command in transition.commands]
        assert len(got) == len(set(got)), f"command names repeat: {got}"
        assert set(got) == command_names
    assert transition.cause == event.cause


#: The stages in which an unsure reply parks the contact.
PARKED = sorted(stage for stage, variant in TABLE if TABLE[(stage, variant)].startswith("ny"))
#: Certain replies (the invitation of the tracked meeting is the calendar's business).
REPLIES = sorted(v for v in VARIANTS if v.startswith("reply:") and "+invite" not in v)


@pytest.mark.parametrize("stage", sorted(set(PARKED)), ids=str)
@pytest.mark.parametrize("variant", REPLIES)
def test_settling_a_parked_reply_acts_as_the_certain_reply(stage: Stage, variant: str) -> None:
    """The user's reading is applied as the reader's would have been, and clears needs-you."""
    certain = VARIANTS[variant]
    parked = replace(STATES[stage], needs_you=True)
    settled = replace(certain, kind=EventKind.REPLY_SETTLED)
    expected = advance(STATES[stage], certain, CADENCE)
    for event in (settled, certain):  # a later certain reply of theirs does the same
        transition = advance(parked, event, CADENCE)
        assert transition.applied
        assert transition.state == replace(expected.state, needs_you=False)
        assert transition.commands == expected.commands


def test_an_unsure_reply_to_a_parked_contact_changes_nothing_more() -> None:
    parked = replace(STATES[Stage.AWAITING_REPLY], needs_you=True)
    transition = advance(parked, VARIANTS["reply?:accept"], CADENCE)
    assert not transition.applied
    assert transition.state == parked


def test_settling_needs_a_parked_contact() -> None:
    transition = advance(STATES[Stage.AWAITING_REPLY], VARIANTS["reply_settled:accept"], CADENCE)
    assert not transition.applied
    assert transition.cause == "user: reply settled as accept"
