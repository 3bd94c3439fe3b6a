"""Every path of the pipeline, end to end, embedded and on Redis: real connectors, sandbox.

The paths run for a Gmail account and for an Outlook one.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select, update

from daemon.sandboxed import own_properties
from daemon.store.models import (
    Direction,
    Draft,
    DraftStatus,
    Meeting,
    MeetingStatus,
    Message,
    Outbox,
    OutboxStatus,
    Timer,
    TimerStatus,
)
from daemon.store.types import utcnow
from tests.daemon import journeys
from tests.daemon.journeys import OPENING, Journey
from workflows.events import TimerKind
from workflows.stages import DraftKind, Stage

#: The daemons a path runs on: Gmail embedded and on Redis, and an Outlook account.
DAEMONS = ["embedded", "redis", "outlook"]


@pytest.fixture(scope="module", params=DAEMONS)
def daemon(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Journey]:
    """One daemon for the module, each test walking contacts of its own on it.

    Every path runs three times: for a Gmail account on the embedded default
    (in-process broker and worker threads) and scaled out on Redis with two
    ``coffeechat worker`` processes and the scheduler in this process; and
    for an Outlook account (msal over HTTPS, Graph, no Mail.Send), embedded
    (test_crash.py runs Outlook on Redis). Starting and stopping a daemon
    per test cost more than most paths take.
    """
    redis = request.getfixturevalue("module_redis") if request.param == "redis" else None
    provider = "microsoft" if request.param == "outlook" else "google"
    with journeys.own_environment():
        folder = tmp_path_factory.mktemp(f"paths-{request.param}")
        with journeys.launch_as(provider, request, folder, redis=redis) as journey:
            yield journey


@pytest.fixture
def j(daemon: Journey) -> Iterator[Journey]:
    """The shared daemon; after each test, no send call and no guest notified so far."""
    yield daemon
    violations = daemon.world.admin.violations()
    assert violations == [], "the daemon hit a send endpoint or notified guests"


def test_happy_path_to_following_up(j: Journey) -> None:
    journeys.happy_path(j)


def test_follow_up_waits_for_an_update_given_after_it_fell_due(j: Journey) -> None:
    journeys.follow_up_after_a_late_update(j)


@pytest.mark.parametrize("broker", DAEMONS)
def test_no_reply_gets_exactly_one_nudge(
    broker: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    # A week passes on the daemon's clock, the scheduler's and the workers' alike.
    redis = _own_redis(request) if broker == "redis" else None
    provider = "microsoft" if broker == "outlook" else "google"
    with journeys.launch_as(
        provider, request, tmp_path, redis=redis, cadence={"nudge_after": "7d"}, exclusive=True
    ) as j:
        journeys.nudge_once(j)


def _own_redis(request: pytest.FixtureRequest) -> tuple[str, str]:
    namespace: str = request.getfixturevalue("redis_namespace")
    url: str = request.getfixturevalue("redis_url")
    return url, namespace


def test_decline_closes_with_close_out(j: Journey) -> None:
    journeys.decline(j)


def test_referral_closes_and_reaches_out_to_the_referred(j: Journey) -> None:
    journeys.referral(j)


def test_out_of_office_pauses_until_the_return_date_then_resumes(j: Journey) -> None:
    # Given a contact whose outreach the user sent
    dana = journeys.add_dana(j)
    journeys.outreach_sent(j, dana)

    # When her auto-reply says she is away until a date
    zone = j.settings.user.zone
    # "until X" is read as back the day after X, the first day she is surely back.
    back = (datetime.now(zone) + timedelta(days=10)).date()
    away_until = back - timedelta(days=1)
    j.reply(
        dana,
        f"Thank you for your message. I am out of the office until {away_until:%B}"
        f" {away_until.day} with limited access to email.",
    )

    # Then she is paused, the nudge is off, and a wake-up is set for her return date
    j.wait_stage(dana, Stage.PAUSED)
    (wake,) = j.timers(dana, TimerKind.WAKE)
    assert wake.status is TimerStatus.PENDING
    assert wake.due_at.astimezone(zone).date() == back
    assert [t.status for t in j.timers(dana, TimerKind.NUDGE)] == [TimerStatus.CANCELLED]

    # When her return date comes. Return dates are days, so instead of waiting
    # ten of them the wake-up row's due_at is set to now in the store: that is
    # the user-visible clock, none of our code is replaced.
    with j.session() as session:
        row = session.get(Timer, wake.id)
        assert row is not None
        row.due_at = utcnow()

    # Then she is awaiting a reply again, with a fresh nudge timer from her return
    j.wait_stage(dana, Stage.AWAITING_REPLY)
    (woke,) = j.timers(dana, TimerKind.WAKE)
    assert woke.status is TimerStatus.FIRED
    (_, fresh) = j.timers(dana, TimerKind.NUDGE)
    assert fresh.status in (TimerStatus.PENDING, TimerStatus.FIRED)
    assert fresh.due_at - woke.due_at >= j.settings.cadence.nudge_after
    assert j.stages(dana) == [*OPENING, Stage.PAUSED, Stage.AWAITING_REPLY]
    j.assert_drafted(dana, DraftKind.OUTREACH)


#: Replies the reader is not sure of, with the doubts it gives: a time with no
#: day, and one in a language it does not read (Thursday 6pm, in Japanese).
UNSURE_REPLIES = {
    "no-day": ("Hi Sam, happy to help. Could we talk at 6?", ["time_without_day"]),
    "japanese": (
        "サムさん、ご連絡ありがとうございます。木曜日の午後6時はいかがでしょうか。",
        ["unknown_language", "no_intent_cue"],
    ),
}


@pytest.mark.parametrize("unsure", sorted(UNSURE_REPLIES))
def test_an_unsure_reply_waits_for_the_user_and_settle_drafts_from_their_reading(
    j: Journey, capsys: pytest.CaptureFixture[str], unsure: str
) -> None:
    text, doubts = UNSURE_REPLIES[unsure]
    # Given a contact whose outreach the user sent
    dana = journeys.add_dana(j)
    journeys.outreach_sent(j, dana)

    # When she offers a time the reader cannot be sure of
    j.reply(dana, text)

    # Then nothing is drafted and the stage stays: she waits under needs-you, with the doubt
    j.wait(
        lambda: (j.contact(dana).pipeline or {}).get("needs_you"), "the contact parked as needs-you"
    )
    j.let_it_look(3)
    assert j.stage(dana) is Stage.AWAITING_REPLY
    j.assert_drafted(dana, DraftKind.OUTREACH)
    # and no nudge will come: she did answer
    assert all(t.status is not TimerStatus.PENDING for t in j.timers(dana, TimerKind.NUDGE))
    capsys.readouterr()
    j.cli("status", "--json")
    (row,) = [
        r for r in json.loads(capsys.readouterr().out)["needs_you"] if r["contact_id"] == dana
    ]
    assert text in row["gist"]
    assert [d["code"] for d in row["doubts"]] == doubts
    assert row["doubts"][0]["why"]
    assert row["settle"].startswith(f"coffeechat settle {dana} --intent ")

    # When the user settles it: she offered 6 on a day of hers, Pacific time
    offered = journeys.own_time(dana).replace(hour=18)
    j.cli(
        "settle", str(dana), "--intent", "propose_times", "--time", f"{journeys.spoken(offered)} PT"
    )

    # Then the scheduling reply accepts that time, and our hold sits on it
    j.wait_stage(dana, Stage.SCHEDULING)
    draft = j.wait_draft(dana, DraftKind.SCHEDULING_REPLY)
    (hold,) = j.wait(lambda: j.private_events("hold", dana), "the tentative hold")
    assert datetime.fromisoformat(hold["start"]["dateTime"]) == offered
    assert f"{offered:%A, %B} {offered.day}, 6:00" in journeys.mime_text(draft["raw"])
    j.assert_drafted(dana, DraftKind.OUTREACH, DraftKind.SCHEDULING_REPLY)
    assert not (j.contact(dana).pipeline or {}).get("needs_you")
    capsys.readouterr()
    j.cli("status", "--json")
    assert dana not in [r["contact_id"] for r in json.loads(capsys.readouterr().out)["needs_you"]]
    # and the reader's own verdict is kept beside the user's reading
    with j.session() as session:
        (verdict,) = session.scalars(
            select(Message.verdict).where(
                Message.contact_id == dana, Message.direction == Direction.IN
            )
        )
    assert verdict["certain"] and verdict["intent"] == "propose_times"
    assert verdict["reader"]["certain"] is False


def test_reschedule_reply_when_confirmed_goes_back_to_scheduling(j: Journey) -> None:
    # Given a meeting confirmed from the times she proposed, with its prep event
    dana = journeys.confirmed_by_hold(j)
    j.wait_draft(dana, DraftKind.CONFIRMATION)  # a meeting called off first skips it
    j.wait(lambda: j.private_events("brief", dana), "the prep event")

    # When she asks to reschedule and proposes another time
    j.reply(dana, "Hi Sam, something came up, could we reschedule? Would Thursday at 3pm PT work?")

    # Then she is back in scheduling with a new scheduling reply, and the prep event is gone
    j.wait_stage(dana, Stage.SCHEDULING)
    j.wait_draft(dana, DraftKind.SCHEDULING_REPLY)
    j.wait(lambda: not j.private_events("brief", dana), "the prep event removed")
    assert j.stages(dana) == [*OPENING, Stage.SCHEDULING, Stage.CONFIRMED, Stage.SCHEDULING]
    j.assert_drafted(
        dana,
        DraftKind.OUTREACH,
        DraftKind.SCHEDULING_REPLY,
        DraftKind.CONFIRMATION,
        DraftKind.SCHEDULING_REPLY,
    )


def test_a_stale_brief_command_run_late_does_not_bring_back_the_prep_event(j: Journey) -> None:
    # Given a confirmed meeting whose prep event a reschedule request removed
    dana = journeys.confirmed_by_hold(j)
    j.wait_draft(dana, DraftKind.CONFIRMATION)  # a meeting called off first skips it
    j.wait(lambda: j.private_events("brief", dana), "the prep event")
    j.reply(dana, "Hi Sam, something came up, could we reschedule? Would Thursday at 3pm PT work?")
    j.wait_stage(dana, Stage.SCHEDULING)
    j.wait(lambda: not j.private_events("brief", dana), "the prep event removed")

    # When the command that first put it runs again, late (as a message
    # redelivered after a worker died would)
    stale = Outbox.contact_id == dana, Outbox.kind == "put_brief"
    with j.session() as session:
        session.execute(update(Outbox).where(*stale).values(status=OutboxStatus.PENDING))

    # Then it is skipped: a newer brief command follows it, and the prep event stays gone
    def stale_result() -> dict[str, Any] | None:
        with j.session() as session:
            row = session.scalars(select(Outbox).where(*stale)).one()
            return row.result if row.status is OutboxStatus.DONE else None

    assert j.wait(stale_result, "the stale command handled") == {
        "skipped": "a newer brief command follows"
    }
    assert not j.private_events("brief", dana)


def test_after_a_reschedule_their_updated_invite_confirms_again(j: Journey) -> None:
    # Given a meeting she invited the user to, then asked to reschedule
    start = journeys.at_night()
    dana, invited = journeys.confirmed_by_invite(j, start, start + timedelta(minutes=30))
    j.wait_draft(dana, DraftKind.CONFIRMATION)  # a meeting called off first skips it
    j.reply(dana, "Hi Sam, something came up, could we reschedule? Would Thursday at 3pm PT work?")
    j.wait_stage(dana, Stage.SCHEDULING)

    # When she moves her invitation to the new time
    later = start + timedelta(days=2)
    j.invite(dana, later, later + timedelta(minutes=30), uid=invited["iCalUID"])

    # Then the meeting is confirmed again at the new time, with a prep event before it
    j.wait_stage(dana, Stage.CONFIRMED)
    # The old prep event may still be there for a moment: it is moved in place.
    moved = later.replace(microsecond=0)
    j.wait(lambda: _brief_end(j, dana) == moved, "the prep event moved to the new time")
    (brief,) = j.private_events("brief", dana)
    prep = j.settings.cadence.prep_slot
    assert datetime.fromisoformat(brief["start"]["dateTime"]) == moved - prep
    assert j.stages(dana) == [*OPENING, Stage.CONFIRMED, Stage.SCHEDULING, Stage.CONFIRMED]
    j.assert_drafted(
        dana,
        DraftKind.OUTREACH,
        DraftKind.CONFIRMATION,
        DraftKind.SCHEDULING_REPLY,
        DraftKind.CONFIRMATION,
    )


def test_calendar_cancellation_when_confirmed_goes_back_to_scheduling(j: Journey) -> None:
    # Given a meeting she invited the user to, with its prep event
    start = journeys.at_night()
    dana, invited = journeys.confirmed_by_invite(j, start, start + timedelta(minutes=30))
    j.wait_draft(dana, DraftKind.CONFIRMATION)  # a meeting called off first skips it
    j.wait(lambda: j.private_events("brief", dana), "the prep event")

    # When she cancels the invitation
    j.invite(dana, start, start + timedelta(minutes=30), uid=invited["iCalUID"], method="CANCEL")

    # Then she is back in scheduling, the prep event is gone, and nothing new is drafted
    j.wait_stage(dana, Stage.SCHEDULING)
    j.wait(lambda: not j.private_events("brief", dana), "the prep event removed")
    assert j.stages(dana) == [*OPENING, Stage.CONFIRMED, Stage.SCHEDULING]
    j.assert_drafted(dana, DraftKind.OUTREACH, DraftKind.CONFIRMATION)


def test_a_cancelled_invitation_restored_at_the_same_time_confirms_again(j: Journey) -> None:
    # Given she cancelled the meeting she had invited the user to
    start = journeys.at_night()
    end = start + timedelta(minutes=30)
    dana, invited = journeys.confirmed_by_invite(j, start, end)
    j.wait_draft(dana, DraftKind.CONFIRMATION)  # a meeting called off first skips it
    j.wait(lambda: j.private_events("brief", dana), "the prep event")
    j.invite(dana, start, end, uid=invited["iCalUID"], method="CANCEL")
    j.wait_stage(dana, Stage.SCHEDULING)
    j.wait(lambda: not j.private_events("brief", dana), "the prep event removed")

    # When she sends the invitation again, at the same time
    j.invite(dana, start, end, uid=invited["iCalUID"])

    # Then the meeting is on again: confirmed, with its prep event and its end timer
    j.wait_stage(dana, Stage.CONFIRMED)
    (brief,) = j.wait(lambda: j.private_events("brief", dana), "the prep event back")
    assert datetime.fromisoformat(brief["end"]["dateTime"]) == start.replace(microsecond=0)
    pending = [t for t in j.timers(dana, TimerKind.MEETING_END) if t.status is TimerStatus.PENDING]
    assert [t.due_at for t in pending] == [end.replace(microsecond=0)]
    assert j.stages(dana) == [*OPENING, Stage.CONFIRMED, Stage.SCHEDULING, Stage.CONFIRMED]


def test_a_meeting_moved_away_and_back_keeps_its_timers_and_prep_event(j: Journey) -> None:
    # Given a meeting she invited the user to, with its prep event
    start = journeys.at_night()
    end = start + timedelta(minutes=30)
    dana, invited = journeys.confirmed_by_invite(j, start, end)
    j.wait_draft(dana, DraftKind.CONFIRMATION)  # a meeting called off first skips it
    j.wait(lambda: j.private_events("brief", dana), "the prep event")

    # When she moves it an hour later, then back to where it was
    hour = timedelta(hours=1)
    j.invite(dana, start + hour, end + hour, uid=invited["iCalUID"])
    j.wait(lambda: _brief_end(j, dana) == start.replace(microsecond=0) + hour, "prep moved")
    j.invite(dana, start, end, uid=invited["iCalUID"])

    # Then the prep event and the meeting's end timer are back at the first time
    j.wait(lambda: _brief_end(j, dana) == start.replace(microsecond=0), "prep moved back")
    pending = [t for t in j.timers(dana, TimerKind.MEETING_END) if t.status is TimerStatus.PENDING]
    assert [t.due_at for t in pending] == [end.replace(microsecond=0)]
    assert j.stage(dana) is Stage.CONFIRMED


def _brief_end(j: Journey, contact_id: int) -> datetime | None:
    briefs = j.private_events("brief", contact_id)
    return datetime.fromisoformat(briefs[0]["end"]["dateTime"]) if len(briefs) == 1 else None


def test_user_deleting_the_meeting_goes_back_to_scheduling(j: Journey) -> None:
    # Given a meeting confirmed on our hold (the user's own event), with its prep event
    dana = journeys.confirmed_by_hold(j)
    j.wait_draft(dana, DraftKind.CONFIRMATION)  # a meeting called off first skips it
    j.wait(lambda: j.private_events("brief", dana), "the prep event")
    (meeting,) = j.private_events("hold", dana)

    # When the user deletes the meeting from their calendar
    j.world.cancel_event(meeting["id"])

    # Then she is back in scheduling and the prep event is gone
    j.wait_stage(dana, Stage.SCHEDULING)
    j.wait(lambda: not j.private_events("brief", dana), "the prep event removed")
    assert j.stages(dana) == [*OPENING, Stage.SCHEDULING, Stage.CONFIRMED, Stage.SCHEDULING]
    j.assert_drafted(dana, DraftKind.OUTREACH, DraftKind.SCHEDULING_REPLY, DraftKind.CONFIRMATION)


def test_their_invite_replaces_our_hold(j: Journey) -> None:
    # Given she proposed times, so the daemon drafted a reply and holds the agreed slot
    dana = journeys.add_dana(j)
    journeys.outreach_sent(j, dana)
    j.reply(dana, journeys.proposal(dana))
    j.wait_draft(dana, DraftKind.SCHEDULING_REPLY)
    (hold,) = j.wait(lambda: j.private_events("hold", dana), "the tentative hold")
    assert hold["status"] == "tentative"
    assert hold["visibility"] == "private"
    assert not hold.get("attendees")

    # When her own invitation for that time arrives
    start = datetime.fromisoformat(hold["start"]["dateTime"])
    end = datetime.fromisoformat(hold["end"]["dateTime"])
    invited = j.invite(dana, start, end)

    # Then the meeting is confirmed on her event and our hold is deleted
    j.wait_stage(dana, Stage.CONFIRMED)
    j.wait(lambda: j.event(hold["id"])["status"] == "cancelled", "the hold deleted")
    assert j.event(invited["id"])["status"] == "confirmed"
    assert j.stages(dana) == [*OPENING, Stage.SCHEDULING, Stage.CONFIRMED]
    j.assert_drafted(dana, DraftKind.OUTREACH, DraftKind.SCHEDULING_REPLY, DraftKind.CONFIRMATION)


def test_a_weekly_meeting_keeps_its_time_from_being_accepted(j: Journey) -> None:
    # Given the user's weekly team meeting, a series a colleague began the week
    # before, falls on the first time she will propose
    dana = journeys.add_dana(j)
    journeys.outreach_sent(j, dana)
    taken = journeys.own_time(dana).astimezone(UTC)
    first = taken - timedelta(weeks=1)
    j.world.invite(
        "lead@team.example",
        "Team sync",
        first,
        first + timedelta(hours=1),
        rrule="FREQ=WEEKLY;COUNT=3",
    )

    # When she proposes that time or the hour after
    j.reply(dana, journeys.proposal(dana))

    # Then the daemon holds the hour after: the series' second occurrence is busy
    (hold,) = j.wait(lambda: j.private_events("hold", dana), "the tentative hold")
    assert datetime.fromisoformat(hold["start"]["dateTime"]) == taken + timedelta(hours=1)


def test_an_all_day_event_is_busy_from_midnight_in_the_calendar_zone(j: Journey) -> None:
    # Given the user's calendar is in Pacific time, with a colleague's all-day
    # offsite the day after the evening she will propose (read as UTC, the
    # offsite would start at 16:00 Pacific that evening)
    dana = journeys.add_dana(j)
    journeys.outreach_sent(j, dana)
    evening = journeys.own_time(dana).replace(hour=17)
    offsite = evening.date() + timedelta(days=1)
    j.world.set_time_zone("America/Los_Angeles")
    uid = j.world.invite("lead@team.example", "Offsite", offsite, offsite + timedelta(days=1))
    try:
        # When she proposes 5pm that evening
        j.reply(dana, f"Happy to help! How about {journeys.spoken(evening)} PT?")

        # Then the daemon holds that time: the offsite starts at midnight Pacific
        (hold,) = j.wait(lambda: j.private_events("hold", dana), "the tentative hold")
        assert datetime.fromisoformat(hold["start"]["dateTime"]) == evening
    finally:
        # The module's contacts share this calendar: a whole busy day would take their times.
        (event,) = [e for e in j.world.events() if e.get("iCalUID") == uid]
        j.world.cancel_event(event["id"])
        j.world.set_time_zone("UTC")


def test_a_meeting_on_our_hold_rescheduled_stays_one_meeting_that_follows_its_event(
    j: Journey,
) -> None:
    # Given a meeting confirmed on our hold, with its prep event
    dana = journeys.confirmed_by_hold(j)
    j.wait_draft(dana, DraftKind.CONFIRMATION)  # a meeting called off first skips it
    j.wait(lambda: j.private_events("brief", dana), "the prep event")

    # When she asks to move it to the hour after, and the user sends the reply accepting that
    moved = journeys.own_time(dana) + timedelta(hours=1)
    j.reply(dana, f"Hi Sam, something came up. Could we do {journeys.spoken(moved)} PT instead?")
    j.wait_stage(dana, Stage.SCHEDULING)
    j.send(j.wait_draft(dana, DraftKind.SCHEDULING_REPLY))
    j.wait_stage(dana, Stage.CONFIRMED)

    # Then the store holds one meeting, at the new time, on the same event
    (meeting,) = _live_meetings(j, dana)
    (hold,) = j.private_events("hold", dana)
    assert meeting.start == moved
    assert meeting.provider_event_id == meeting.hold_event_id == hold["id"]

    # and when the user then moves that event, it is that meeting that moves
    later = moved + timedelta(hours=3)
    j.world.move_event(hold["id"], later, later + (meeting.end - meeting.start))
    j.wait(lambda: [m.start for m in _live_meetings(j, dana)] == [later], "the meeting moved")
    j.wait(lambda: _brief_end(j, dana) == later, "the prep event moved")


def _live_meetings(j: Journey, contact_id: int) -> list[Meeting]:
    with j.session() as session:
        return list(
            session.scalars(
                select(Meeting).where(
                    Meeting.contact_id == contact_id, Meeting.status != MeetingStatus.CANCELLED
                )
            )
        )


def test_user_moving_the_meeting_moves_the_prep_event(j: Journey) -> None:
    # Given a meeting confirmed on our hold (the user's own event), with its prep event
    dana = journeys.confirmed_by_hold(j)
    j.wait_draft(dana, DraftKind.CONFIRMATION)  # a meeting called off first skips it
    (brief,) = j.wait(lambda: j.private_events("brief", dana), "the prep event")
    (meeting,) = j.private_events("hold", dana)
    start = datetime.fromisoformat(meeting["start"]["dateTime"])
    end = datetime.fromisoformat(meeting["end"]["dateTime"])
    prep = j.settings.cadence.prep_slot

    def brief_start() -> datetime:
        return datetime.fromisoformat(j.event(brief["id"])["start"]["dateTime"])

    assert brief_start() == start - prep

    # When the user moves the meeting an hour later in their calendar
    later = timedelta(hours=1)
    j.world.move_event(meeting["id"], start + later, end + later)

    # Then the prep event moves with it, in place, and the contact stays confirmed
    j.wait(lambda: brief_start() == start + later - prep, "the prep event moved")
    assert [e["id"] for e in j.private_events("brief", dana)] == [brief["id"]]
    assert j.stage(dana) is Stage.CONFIRMED
    assert j.stages(dana) == [*OPENING, Stage.SCHEDULING, Stage.CONFIRMED]
    j.assert_drafted(dana, DraftKind.OUTREACH, DraftKind.SCHEDULING_REPLY, DraftKind.CONFIRMATION)


def test_dismissed_outreach_closes_and_is_never_redrafted(j: Journey) -> None:
    # Given the outreach draft
    dana = journeys.add_dana(j)
    draft = j.wait_draft(dana, DraftKind.OUTREACH)

    # When the user deletes it unsent
    j.world.delete_draft(draft["id"])

    # Then the contact is closed, and through a few more sweeps nothing is drafted again
    j.wait_stage(dana, Stage.CLOSED)
    j.let_it_look(polls=8)
    assert j.drafted(dana) == Counter()
    assert [d.status for d in j.stored_drafts(dana)] == [DraftStatus.DISMISSED]
    assert j.stages(dana) == [Stage.IDENTIFIED, Stage.OUTREACH_DRAFTED, Stage.CLOSED]


def test_edited_draft_is_never_overwritten_and_its_sent_text_is_kept(j: Journey) -> None:
    # Given the outreach draft
    dana = journeys.add_dana(j)
    draft = j.wait_draft(dana, DraftKind.OUTREACH)

    # When the user rewrites it in their own words (once a whole poll has
    # seen it: Graph's times have whole seconds, so an edit in the second the
    # draft was made looks like its creation, and no one edits that fast)
    # and leaves it for a while
    j.let_it_look()
    mine = (
        "Hi Dana,\n\nWe spoke briefly after your talk at the Women in UX meetup. "
        "Could I buy you a coffee and hear how your team plans its studies?\n\nSam\n"
    )
    j.world.edit_draft(draft["id"], journeys.edited(draft, mine))
    j.wait(lambda: j.stored_drafts(dana)[0].status is DraftStatus.EDITED, "the edit noticed")
    j.let_it_look(polls=8)

    # Then the daemon left it alone: one outreach draft, still in the user's words
    (kept,) = [d for d in j.world.drafts() if d["id"] == draft["id"]]
    assert journeys.mime_text(kept["raw"]).strip() == mine.strip()
    j.assert_drafted(dana, DraftKind.OUTREACH)

    # When the user sends it
    j.world.send_draft(draft["id"])

    # Then the contact awaits a reply and the store keeps the text the user sent
    j.wait_stage(dana, Stage.AWAITING_REPLY)
    (stored,) = j.stored_drafts(dana)
    assert stored.status is DraftStatus.SENT
    assert stored.sent_text is not None and stored.sent_text.strip() == mine.strip()
    assert j.stages(dana) == OPENING
    j.assert_drafted(dana, DraftKind.OUTREACH)


@pytest.mark.parametrize("provider", journeys.PROVIDERS)
def test_manual_stage_is_respected(
    provider: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    with journeys.launch_as(
        provider, request, tmp_path, cadence={"nudge_after": "7d"}, exclusive=True
    ) as j:
        _manual_stage_is_respected(j)


def _manual_stage_is_respected(j: Journey) -> None:
    # Given a contact awaiting a reply, whose nudge is due in nudge_after
    dana = journeys.add_dana(j)
    journeys.outreach_sent(j, dana)
    (nudge,) = j.timers(dana, TimerKind.NUDGE)

    # When the user sets her stage by hand (they agreed on a time by phone)
    j.cli("stage", str(dana), "scheduling", "--reason", "we agreed on a time by phone")

    # Then that stage holds past the nudge's time, and no nudge is drafted
    assert j.stage(dana) is Stage.SCHEDULING
    j.pass_time(nudge.due_at - utcnow() + timedelta(hours=1))
    assert j.stage(dana) is Stage.SCHEDULING
    assert [t.status for t in j.timers(dana, TimerKind.NUDGE)] == [TimerStatus.CANCELLED]
    assert j.stages(dana) == [*OPENING, Stage.SCHEDULING]
    assert j.contact(dana).manual
    j.assert_drafted(dana, DraftKind.OUTREACH)


def test_note_while_confirmed_regenerates_the_brief_in_place(j: Journey) -> None:
    # Given a confirmed meeting with its prep event
    start = journeys.at_night()
    dana, _ = journeys.confirmed_by_invite(j, start, start + timedelta(minutes=30))
    j.wait_draft(dana, DraftKind.CONFIRMATION)  # a meeting called off first skips it
    (brief,) = j.wait(lambda: j.private_events("brief", dana), "the prep event")
    note = "She is hiring a research ops lead next spring; ask what that role will own."
    assert note not in brief.get("description", "")

    # When the user adds a note (coffeechat notes add, which emits USER_NOTE)
    j.cli("notes", "add", str(dana), note)

    # Then the same prep event carries the note; no second one appears
    j.wait(lambda: note in j.event(brief["id"]).get("description", ""), "the brief rebuilt")
    assert [e["id"] for e in j.private_events("brief", dana)] == [brief["id"]]
    assert j.stages(dana) == [*OPENING, Stage.CONFIRMED]
    j.assert_drafted(dana, DraftKind.OUTREACH, DraftKind.CONFIRMATION)


def test_prep_brief_never_on_the_shared_event(j: Journey) -> None:
    # Given she invites the user, with her own words in the invitation
    start = journeys.at_night()
    end = start + timedelta(minutes=30)
    words = "Looking forward to it! I will call you on the number in your signature."
    dana, invited = journeys.confirmed_by_invite(j, start, end, description=words)
    j.wait_draft(dana, DraftKind.CONFIRMATION)  # a meeting called off first skips it

    # When the daemon builds the prep brief
    (brief,) = j.wait(lambda: j.private_events("brief", dana), "the prep event")

    # Then her event is untouched: the same description, never patched
    shared = j.event(invited["id"])
    assert shared["description"] == words
    assert shared["sequence"] == invited["sequence"]
    assert shared["updated"] == invited["updated"]
    # and the brief sits on a private event with no guests, just before the meeting
    assert brief["visibility"] == "private"
    assert not brief.get("attendees")
    assert own_properties(brief)["coffeechat_meeting"] == invited["id"]
    assert "Dana Whitfield" in brief["description"]
    prep = j.settings.cadence.prep_slot
    assert datetime.fromisoformat(brief["start"]["dateTime"]) == start.replace(microsecond=0) - prep
    assert datetime.fromisoformat(brief["end"]["dateTime"]) == start.replace(microsecond=0)
    # and no event with a guest carries any of it
    for event in j.world.events():
        if any(a.get("email") != j.world.address for a in event.get("attendees", [])):
            assert brief["description"] not in event.get("description", "")
    assert j.stages(dana) == [*OPENING, Stage.CONFIRMED]
    j.assert_drafted(dana, DraftKind.OUTREACH, DraftKind.CONFIRMATION)


def test_the_confirmation_of_their_invitation_stays_in_the_outreach_thread(j: Journey) -> None:
    # Given she answered the outreach with an invitation, never writing
    start = journeys.soon(86_400)
    dana, _ = journeys.confirmed_by_invite(j, start, start + timedelta(minutes=30))

    # When the daemon drafts the confirmation
    draft = j.wait_draft(dana, DraftKind.CONFIRMATION)

    # Then it is a reply in the outreach's thread: Gmail threads it only with
    # the thread's subject, so it carries "Re: " and the outreach's subject
    (outreach,) = [
        m
        for key, sent in j.mail_by_key().items()
        if key.startswith(f"c{dana}/")
        for m in sent
        if journeys.draft_kind(key) is DraftKind.OUTREACH
    ]
    assert draft["threadId"] == outreach["threadId"] == j.contact(dana).thread_id
    assert draft["subject"] == f"Re: {outreach['subject']}"


def test_a_crashed_create_of_a_calendar_caused_draft_is_found_again(j: Journey) -> None:
    # Given a confirmation drafted because of her invitation (its step is named
    # after the calendar event, so its key is long)
    start = journeys.at_night()
    dana, _ = journeys.confirmed_by_invite(j, start, start + timedelta(minutes=30))
    j.wait_draft(dana, DraftKind.CONFIRMATION)
    # The draft is at the provider a moment before the store records it.
    (stored,) = j.wait(
        lambda: [d for d in j.stored_drafts(dana) if d.kind == DraftKind.CONFIRMATION],
        "the confirmation recorded",
    )

    # When a worker is found to have crashed after creating the draft at the
    # provider and before recording it: the store has the command pending again
    # and no draft row, and the sweep runs the command once more
    with j.session() as session:
        session.execute(delete(Draft).where(Draft.id == stored.id))
        session.execute(
            update(Outbox)
            .where(Outbox.key == stored.key)
            .values(status=OutboxStatus.PENDING, result=None)
        )
    j.wait(lambda: any(d.key == stored.key for d in j.stored_drafts(dana)), "the command redone")

    # Then the draft is found again by its key, not written twice
    assert [d.provider_draft_id for d in j.stored_drafts(dana) if d.key == stored.key] == [
        stored.provider_draft_id
    ]
    assert j.stages(dana) == [*OPENING, Stage.CONFIRMED]
    j.assert_drafted(dana, DraftKind.OUTREACH, DraftKind.CONFIRMATION)
