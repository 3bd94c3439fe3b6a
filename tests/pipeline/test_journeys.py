"""Whole journeys of one contact through the pipeline, Given/When/Then."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from connectors.errors import CoffeechatError, InputError
from tests.pipeline.helpers import (
    AT,
    CADENCE,
    DAY,
    HOUR,
    Journey,
    added,
    agreed,
    cancelled,
    created,
    dismissed,
    invited,
    names,
    note,
    reply,
    sent,
    timer,
    user_stage,
)
from workflows.commands import (
    AddReferrals,
    CancelTimers,
    PlaceHold,
    PutBrief,
    SetTimer,
    WriteDraft,
)
from workflows.events import Event, EventKind, TimerKind
from workflows.meeting import MeetingState, MeetingStatus
from workflows.pipeline import Cadence, ContactState, advance
from workflows.stages import DraftKind, Intent, NoteKind, Stage
from workflows.understanding.verdict import Referral


def to_awaiting_reply(journey: Journey) -> datetime:
    """Add, draft and send the outreach; return when it was sent."""
    journey(added())
    journey(created(DraftKind.OUTREACH, AT + HOUR))
    journey(sent(DraftKind.OUTREACH, AT + 2 * HOUR))
    return AT + 2 * HOUR


def to_confirmed(journey: Journey, meeting: datetime) -> None:
    to_awaiting_reply(journey)
    journey(reply(Intent.ACCEPT, AT + DAY))
    journey(agreed(meeting, AT + DAY + HOUR))
    journey(invited(meeting, AT + 2 * DAY))


def test_happy_path_drafts_each_step_once_and_sets_every_timer() -> None:
    journey = Journey()
    meeting = AT + 5 * DAY

    # Given a new contact, the outreach is asked for, then seen drafted and sent.
    assert journey(added()).commands == (WriteDraft(DraftKind.OUTREACH),)
    assert journey(created(DraftKind.OUTREACH, AT + HOUR)).state.stage is Stage.OUTREACH_DRAFTED
    sent_at = AT + 2 * HOUR
    t = journey(sent(DraftKind.OUTREACH, sent_at))
    assert t.state.stage is Stage.AWAITING_REPLY
    assert t.commands == (SetTimer(TimerKind.NUDGE, sent_at + CADENCE.nudge_after),)

    # When they accept, then a time is agreed and their invite arrives
    t = journey(reply(Intent.ACCEPT, AT + DAY))
    assert t.state.stage is Stage.SCHEDULING
    assert t.cause == "reply: accept"
    assert CancelTimers(frozenset({TimerKind.NUDGE})) in t.commands
    t = journey(agreed(meeting, AT + DAY + HOUR))
    assert t.commands == (PlaceHold(meeting, meeting + HOUR / 2),)
    assert t.state.meeting.holding
    t = journey(invited(meeting, AT + 2 * DAY))
    assert t.state.stage is Stage.CONFIRMED
    assert not t.state.meeting.holding
    assert names(t) == {
        "drop_hold",
        "write_draft:confirmation",
        "set_timer:brief",
        "set_timer:meeting_end",
    }
    assert SetTimer(TimerKind.BRIEF, meeting - CADENCE.brief_before) in t.commands
    assert SetTimer(TimerKind.MEETING_END, meeting + HOUR / 2) in t.commands

    # Then the brief goes on the prep slot, the meeting ends, thanks and follow-up follow.
    t = journey(timer(TimerKind.BRIEF, meeting - CADENCE.brief_before))
    assert t.commands == (PutBrief(meeting - CADENCE.prep_slot, meeting),)
    ended = meeting + HOUR / 2
    t = journey(timer(TimerKind.MEETING_END, ended))
    assert t.state.stage is Stage.MET
    assert WriteDraft(DraftKind.THANK_YOU) in t.commands
    thanked = ended + 3 * HOUR
    t = journey(sent(DraftKind.THANK_YOU, thanked))
    assert t.state.stage is Stage.FOLLOWING_UP
    assert t.commands == (SetTimer(TimerKind.FOLLOW_UP, thanked + CADENCE.follow_up_after),)
    journey.noted_update()
    t = journey(timer(TimerKind.FOLLOW_UP, thanked + CADENCE.follow_up_after))
    assert t.commands == (WriteDraft(DraftKind.FOLLOW_UP),)
    assert journey.drafts() == [
        DraftKind.OUTREACH,
        DraftKind.SCHEDULING_REPLY,
        DraftKind.CONFIRMATION,
        DraftKind.THANK_YOU,
        DraftKind.FOLLOW_UP,
    ]


def test_referred_contact_gets_the_referral_outreach_once() -> None:
    journey = Journey(ContactState(referred=True))
    assert journey(added()).commands == (WriteDraft(DraftKind.REFERRAL_OUTREACH),)
    assert not journey(added(AT + HOUR)).applied
    assert journey.drafts() == [DraftKind.REFERRAL_OUTREACH]


def test_only_one_nudge_ever_even_after_a_wake() -> None:
    journey = Journey()
    sent_at = to_awaiting_reply(journey)
    nudge_at = sent_at + CADENCE.nudge_after
    assert journey(timer(TimerKind.NUDGE, nudge_at)).commands == (WriteDraft(DraftKind.NUDGE),)
    assert not journey(timer(TimerKind.NUDGE, nudge_at + DAY)).applied
    # Paused and woken: awaiting_reply again, but no fresh nudge timer once nudged.
    journey(reply(Intent.OUT_OF_OFFICE, nudge_at + DAY, back=nudge_at + 5 * DAY))
    t = journey(timer(TimerKind.WAKE, nudge_at + 5 * DAY))
    assert t.state.stage is Stage.AWAITING_REPLY
    assert t.commands == ()
    assert journey.drafts().count(DraftKind.NUDGE) == 1


def test_out_of_office_pauses_then_wakes_with_a_fresh_nudge_timer() -> None:
    journey = Journey()
    to_awaiting_reply(journey)
    back = AT + 12 * DAY

    t = journey(reply(Intent.OUT_OF_OFFICE, AT + DAY, back=back))
    assert t.state.stage is Stage.PAUSED
    assert t.state.paused_from is Stage.AWAITING_REPLY
    assert SetTimer(TimerKind.WAKE, back) in t.commands
    assert CancelTimers(frozenset({TimerKind.NUDGE})) in t.commands

    t = journey(timer(TimerKind.WAKE, back))
    assert t.state.stage is Stage.AWAITING_REPLY
    assert t.state.paused_from is None
    assert t.commands == (SetTimer(TimerKind.NUDGE, back + CADENCE.nudge_after),)


def test_out_of_office_without_a_return_date_is_only_an_auto_reply() -> None:
    journey = Journey()
    to_awaiting_reply(journey)
    t = journey(reply(Intent.OUT_OF_OFFICE, AT + DAY))
    assert not t.applied
    assert t.state.stage is Stage.AWAITING_REPLY


def test_defer_without_a_date_pauses_until_the_user_or_the_contact_resumes() -> None:
    journey = Journey()
    to_awaiting_reply(journey)
    t = journey(reply(Intent.DEFER, AT + DAY))
    assert t.state.stage is Stage.PAUSED
    assert "set_timer:wake" not in names(t)
    # Their next real reply resumes where it was paused, and cancels any wake timer.
    t = journey(reply(Intent.ACCEPT, AT + 20 * DAY))
    assert t.state.stage is Stage.SCHEDULING
    cancel = next(c for c in t.commands if isinstance(c, CancelTimers))
    assert cancel.kinds == {TimerKind.NUDGE, TimerKind.WAKE}


def test_wake_resumes_scheduling_with_a_fresh_scheduling_reply() -> None:
    journey = Journey()
    to_awaiting_reply(journey)
    journey(reply(Intent.PROPOSE_TIMES, AT + DAY))
    journey(agreed(AT + 4 * DAY, AT + DAY + HOUR))
    t = journey(reply(Intent.OUT_OF_OFFICE, AT + 2 * DAY, back=AT + 9 * DAY))
    assert t.state.stage is Stage.PAUSED
    assert "drop_hold" in names(t)
    assert not t.state.meeting.holding
    t = journey(timer(TimerKind.WAKE, AT + 9 * DAY))
    assert t.state.stage is Stage.SCHEDULING
    assert t.commands == (WriteDraft(DraftKind.SCHEDULING_REPLY),)


def test_decline_closes_with_a_close_out_and_nothing_more_happens() -> None:
    journey = Journey()
    sent_at = to_awaiting_reply(journey)
    t = journey(reply(Intent.DECLINE, AT + DAY))
    assert t.state.stage is Stage.CLOSED
    assert names(t) == {"cancel_timers", "write_draft:close_out"}
    assert not journey(timer(TimerKind.NUDGE, sent_at + CADENCE.nudge_after)).applied
    assert not journey(reply(Intent.ACCEPT, AT + 3 * DAY)).applied


def test_referral_instead_of_a_meeting_adds_the_people_and_closes() -> None:
    journey = Journey()
    to_awaiting_reply(journey)
    people = (Referral("Ada Lovelace", "ada@example.org"), Referral("Grace Hopper"))
    t = journey(reply(Intent.REFERRAL, AT + DAY, people=people))
    assert t.state.stage is Stage.CLOSED
    assert AddReferrals(people) in t.commands
    assert WriteDraft(DraftKind.CLOSE_OUT) in t.commands


def test_referrals_in_a_follow_up_reply_become_contacts_and_keep_the_stage() -> None:
    state = ContactState(Stage.FOLLOWING_UP, added=True)
    people = (Referral("Ada Lovelace", "ada@example.org"),)
    t = advance(state, reply(Intent.OTHER, people=people), CADENCE)
    assert t.applied
    assert t.state == state
    assert t.commands == (AddReferrals(people),)


def test_reschedule_reply_in_confirmed_goes_back_to_scheduling() -> None:
    journey = Journey()
    meeting = AT + 5 * DAY
    to_confirmed(journey, meeting)
    t = journey(reply(Intent.RESCHEDULE, AT + 3 * DAY))
    assert t.state.stage is Stage.SCHEDULING
    assert not t.state.meeting.stands
    assert names(t) == {"drop_brief", "cancel_timers", "write_draft:scheduling_reply"}
    assert CancelTimers(frozenset({TimerKind.BRIEF, TimerKind.MEETING_END})) in t.commands
    # The old meeting-end timer, if it still fires, does nothing.
    assert not journey(timer(TimerKind.MEETING_END, meeting + HOUR)).applied
    # A new time, a new invite: confirmed again with a second confirmation.
    new_meeting = AT + 8 * DAY
    journey(agreed(new_meeting, AT + 4 * DAY))
    t = journey(invited(new_meeting, AT + 4 * DAY + HOUR))
    assert t.state.stage is Stage.CONFIRMED
    assert journey.drafts().count(DraftKind.CONFIRMATION) == 2


def test_cancel_reply_closes_and_a_bare_calendar_cancel_waits_in_scheduling() -> None:
    meeting = AT + 5 * DAY
    replied = Journey()
    to_confirmed(replied, meeting)
    t = replied(reply(Intent.CANCEL, AT + 3 * DAY))
    assert t.state.stage is Stage.CLOSED
    assert names(t) == {"drop_brief", "cancel_timers", "write_draft:close_out"}

    calendar = Journey()
    to_confirmed(calendar, meeting)
    t = calendar(cancelled(AT + 3 * DAY))
    assert t.state.stage is Stage.SCHEDULING
    assert names(t) == {"drop_brief", "cancel_timers"}
    assert t.cause == "calendar changed: cancelled"
    # Their words then decide: a reschedule gets a scheduling reply.
    t = calendar(reply(Intent.RESCHEDULE, AT + 3 * DAY + HOUR))
    assert t.commands == (WriteDraft(DraftKind.SCHEDULING_REPLY),)


def test_meeting_moved_resets_timers_and_moves_a_brief_already_put() -> None:
    journey = Journey()
    meeting = AT + 5 * DAY
    to_confirmed(journey, meeting)
    # Before the brief is due, a move only re-sets the timers.
    later = meeting + DAY
    t = journey(invited(later, AT + 3 * DAY))
    assert names(t) == {"set_timer:brief", "set_timer:meeting_end"}
    assert t.state.meeting.start == later
    # The stale brief timer of the old time does nothing.
    assert not journey(timer(TimerKind.BRIEF, meeting - CADENCE.brief_before)).applied
    journey(timer(TimerKind.BRIEF, later - CADENCE.brief_before))
    # Once the brief was put, a move puts it again on the new prep slot.
    latest = later + 2 * DAY
    t = journey(invited(latest, later - HOUR))
    assert PutBrief(latest - CADENCE.prep_slot, latest) in t.commands
    # The same times again change nothing.
    assert not journey(invited(latest, later)).applied


def test_brief_timer_is_set_at_once_when_the_meeting_is_close() -> None:
    journey = Journey()
    to_awaiting_reply(journey)
    soon = AT + DAY + 3 * HOUR
    t = journey(invited(soon, AT + DAY))
    assert SetTimer(TimerKind.BRIEF, AT + DAY) in t.commands


def test_user_note_regenerates_the_brief_only_once_it_is_due() -> None:
    journey = Journey()
    meeting = AT + 5 * DAY
    to_confirmed(journey, meeting)
    assert not journey(note(AT + 3 * DAY)).applied
    t = journey(note(meeting - HOUR))
    assert t.commands == (PutBrief(meeting - CADENCE.prep_slot, meeting),)
    assert t.cause == "user: note"


def test_follow_up_without_an_update_waits_for_one_then_drafts_once() -> None:
    journey = Journey()
    meeting = AT + 5 * DAY
    to_confirmed(journey, meeting)
    journey(timer(TimerKind.MEETING_END, meeting + HOUR))
    thanked = meeting + 2 * HOUR
    journey(sent(DraftKind.THANK_YOU, thanked))
    due = thanked + CADENCE.follow_up_after

    # When the follow-up is due and the user has told no news, nothing is drafted.
    t = journey(timer(TimerKind.FOLLOW_UP, due))
    assert t.applied and t.commands == ()
    assert t.state.stage is Stage.FOLLOWING_UP and t.state.awaiting_update
    # A private note or a takeaway is no news to tell.
    assert not journey(note(due + DAY, NoteKind.NOTE)).applied
    assert not journey(note(due + DAY, NoteKind.TAKEAWAY)).applied

    # Then the update, days later, brings the follow-up; a second update brings no second one.
    journey.noted_update()
    t = journey(note(due + 3 * DAY, NoteKind.UPDATE))
    assert t.commands == (WriteDraft(DraftKind.FOLLOW_UP),)
    assert t.cause == "user: update"
    assert not t.state.awaiting_update
    assert not journey(note(due + 4 * DAY, NoteKind.UPDATE)).applied
    assert journey.drafts().count(DraftKind.FOLLOW_UP) == 1


def test_an_update_before_the_follow_up_is_due_changes_nothing_until_then() -> None:
    journey = Journey(ContactState(Stage.FOLLOWING_UP, added=True))
    journey.noted_update()
    assert not journey(note(AT, NoteKind.UPDATE)).applied
    t = journey(timer(TimerKind.FOLLOW_UP, AT + DAY))
    assert t.commands == (WriteDraft(DraftKind.FOLLOW_UP),)


def test_meeting_end_before_the_end_is_stale() -> None:
    journey = Journey()
    meeting = AT + 5 * DAY
    to_confirmed(journey, meeting)
    assert not journey(timer(TimerKind.MEETING_END, meeting)).applied
    assert journey(timer(TimerKind.MEETING_END, meeting + HOUR)).state.stage is Stage.MET


def test_unsent_thank_you_still_moves_on_after_thanks_within_and_follow_up() -> None:
    journey = Journey()
    meeting = AT + 5 * DAY
    to_confirmed(journey, meeting)
    ended = meeting + HOUR
    t = journey(timer(TimerKind.MEETING_END, ended))
    due = ended + CADENCE.thanks_within + CADENCE.follow_up_after
    assert SetTimer(TimerKind.FOLLOW_UP, due) in t.commands
    journey.noted_update()
    t = journey(timer(TimerKind.FOLLOW_UP, due))
    assert t.state.stage is Stage.FOLLOWING_UP
    assert t.commands == (WriteDraft(DraftKind.FOLLOW_UP),)


def test_dismissed_outreach_closes_and_is_never_redrafted() -> None:
    journey = Journey()
    journey(added())
    journey(created(DraftKind.OUTREACH, AT + HOUR))
    t = journey(dismissed(DraftKind.OUTREACH, AT + 2 * HOUR))
    assert t.state.stage is Stage.CLOSED
    assert t.commands == ()
    assert t.state.dismissed == {DraftKind.OUTREACH}
    # The user reopens it by hand: still no outreach drafted on its own.
    journey(user_stage(Stage.IDENTIFIED, AT + DAY))
    assert not journey(added(AT + DAY + HOUR)).applied
    assert journey.drafts() == [DraftKind.OUTREACH]


def test_dismissed_thank_you_skips_the_step_and_never_comes_back() -> None:
    journey = Journey()
    meeting = AT + 5 * DAY
    to_confirmed(journey, meeting)
    journey(timer(TimerKind.MEETING_END, meeting + HOUR))
    t = journey(dismissed(DraftKind.THANK_YOU, meeting + 2 * HOUR))
    assert t.state.stage is Stage.FOLLOWING_UP
    assert t.commands == (
        SetTimer(TimerKind.FOLLOW_UP, meeting + 2 * HOUR + CADENCE.follow_up_after),
    )
    assert not journey(dismissed(DraftKind.THANK_YOU, meeting + 3 * HOUR)).applied


def test_dismissed_nudge_means_no_nudge_timer_ever_again() -> None:
    state = ContactState(Stage.OUTREACH_DRAFTED, added=True, dismissed=frozenset({DraftKind.NUDGE}))
    t = advance(state, sent(DraftKind.OUTREACH), CADENCE)
    assert t.state.stage is Stage.AWAITING_REPLY
    assert t.commands == ()
    assert not advance(t.state, timer(TimerKind.NUDGE, AT + 8 * DAY), CADENCE).applied


def test_dismissed_scheduling_reply_is_not_redrafted_on_reschedule() -> None:
    journey = Journey()
    to_awaiting_reply(journey)
    journey(reply(Intent.PROPOSE_TIMES, AT + DAY))
    journey(dismissed(DraftKind.SCHEDULING_REPLY, AT + DAY + HOUR))
    t = journey(reply(Intent.PROPOSE_TIMES, AT + 2 * DAY))
    assert not t.applied
    assert journey.drafts().count(DraftKind.SCHEDULING_REPLY) == 1


def test_draft_edit_is_only_recorded() -> None:
    state = ContactState(Stage.OUTREACH_DRAFTED, added=True)
    t = advance(state, Event(EventKind.DRAFT_EDITED, AT, draft=DraftKind.OUTREACH), CADENCE)
    assert not t.applied
    assert t.cause == "draft edited: outreach"


def test_manual_stage_cancels_timers_drafts_nothing_and_pins_the_stage() -> None:
    journey = Journey()
    meeting = AT + 5 * DAY
    to_confirmed(journey, meeting)
    t = journey(user_stage(Stage.CLOSED, AT + 3 * DAY))
    assert t.cause == "user: stage set to closed"
    assert t.state.manual
    assert t.state.manual_since == AT + 3 * DAY
    assert t.commands == (CancelTimers(frozenset(TimerKind)), *t.commands[1:])
    assert names(t) == {"cancel_timers", "drop_brief"}
    assert not t.state.meeting.stands
    # Timers never move a pinned contact; closed ignores the contact's news too.
    assert not journey(timer(TimerKind.MEETING_END, meeting + HOUR)).applied
    assert not journey(reply(Intent.RESCHEDULE, AT + 4 * DAY)).applied
    assert journey.state.stage is Stage.CLOSED


def test_manual_stage_ignores_what_happened_before_it_and_unpins_on_news() -> None:
    journey = Journey()
    to_awaiting_reply(journey)
    # The user saw the acceptance first and moved the contact to scheduling by hand.
    journey(user_stage(Stage.SCHEDULING, AT + DAY + HOUR))
    late_seen = reply(Intent.DECLINE, AT + DAY)
    assert not journey(late_seen).applied
    # News after the change applies and hands the contact back to the daemon.
    t = journey(invited(AT + 6 * DAY, AT + 2 * DAY))
    assert t.state.stage is Stage.CONFIRMED
    assert not t.state.manual
    assert t.state.manual_since is None
    assert journey(timer(TimerKind.MEETING_END, AT + 7 * DAY)).state.stage is Stage.MET


def test_pinned_contact_ignores_its_own_timers() -> None:
    journey = Journey()
    sent_at = to_awaiting_reply(journey)
    journey(user_stage(Stage.AWAITING_REPLY, AT + DAY))
    assert not journey(timer(TimerKind.NUDGE, sent_at + CADENCE.nudge_after)).applied
    assert journey.drafts() == [DraftKind.OUTREACH]


def test_manual_pause_keeps_where_it_was_and_a_reply_resumes_it() -> None:
    journey = Journey()
    to_awaiting_reply(journey)
    t = journey(user_stage(Stage.PAUSED, AT + DAY))
    assert t.state.paused_from is Stage.AWAITING_REPLY
    assert not journey(timer(TimerKind.WAKE, AT + 2 * DAY)).applied
    assert journey(user_stage(Stage.PAUSED, AT + 2 * DAY)).state.paused_from is (
        Stage.AWAITING_REPLY
    )
    t = journey(reply(Intent.ACCEPT, AT + 3 * DAY))
    assert t.state.stage is Stage.SCHEDULING
    assert not t.state.manual


def test_manual_move_keeps_the_hold_only_into_scheduling() -> None:
    held = MeetingState(MeetingStatus.HELD, AT + DAY, AT + DAY + HOUR, hold_id="hold-1")
    state = ContactState(Stage.SCHEDULING, meeting=held)
    kept = advance(state, user_stage(Stage.SCHEDULING), CADENCE)
    assert kept.state.meeting.holding
    assert kept.state.meeting.start == AT + DAY
    dropped = advance(state, user_stage(Stage.AWAITING_REPLY), CADENCE)
    assert "drop_hold" in names(dropped)
    assert not dropped.state.meeting.holding
    assert dropped.state.meeting.start is None


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kind": EventKind.REPLY}, "needs intent"),
        ({"kind": EventKind.DRAFT_SENT}, "needs draft"),
        ({"kind": EventKind.TIMER_FIRED}, "needs timer"),
        ({"kind": EventKind.USER_STAGE}, "needs stage"),
        ({"kind": EventKind.HOLD_PLACED, "start": AT, "event_id": "h"}, "needs end"),
        ({"kind": EventKind.CALENDAR_CHANGED}, "needs calendar"),
        ({"kind": EventKind.TIME_AGREED, "start": AT, "end": AT - HOUR}, "ends before"),
        ({"kind": EventKind.CONTACT_ADDED, "at": datetime(2025, 3, 3, 9)}, "timezone-aware"),
        (
            {"kind": EventKind.REPLY, "intent": Intent.DEFER, "return_date": datetime(2025, 4, 1)},
            "return_date must be a timezone-aware",
        ),
    ],
)
def test_malformed_event_is_refused_with_one_clear_line(
    kwargs: dict[str, object], message: str
) -> None:
    kwargs.setdefault("at", AT)
    with pytest.raises(InputError, match=message) as caught:
        Event(**kwargs)  # type: ignore[arg-type]
    assert isinstance(caught.value, CoffeechatError)
    assert "\n" not in str(caught.value)


def test_negative_cadence_is_refused() -> None:
    with pytest.raises(InputError, match="nudge_after"):
        Cadence(nudge_after=timedelta(days=-1))
    with pytest.raises(InputError, match="prep_slot"):
        Cadence(prep_slot=timedelta(0))
