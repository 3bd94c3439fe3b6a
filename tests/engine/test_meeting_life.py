"""The meeting's life through the engine, driven step by step on a clock the test sets.

No daemon runs: each test calls the engine's entry points itself (sync, the
queued commands, the due timers) against the sandbox over HTTP, so it can
hold a command back to play a race, and move the clock instead of sleeping.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from connectors.sandbox import Sandbox, SandboxAdmin
from connectors.sandbox.world import invite_ics
from daemon.clock import ShiftedClock
from daemon.engine.core import Engine
from daemon.sandboxed import sandboxed_config
from daemon.store import repo
from daemon.store.db import open_store
from daemon.store.models import Contact, Meeting, MeetingStatus, Outbox, OutboxStatus
from tests.daemon.journeys import Journey, add_dana, mime_text, proposal
from workflows.decision import AcceptTime, decision_from_json
from workflows.stages import DraftKind, Stage

OPENING = [Stage.IDENTIFIED, Stage.OUTREACH_DRAFTED, Stage.AWAITING_REPLY]


@dataclass
class Driven:
    """A journey whose engine the test runs by hand."""

    j: Journey
    engine: Engine
    queue: list[str] = field(default_factory=list)
    held: list[str] = field(default_factory=list)

    def settle(self, hold: str | None = None) -> None:
        """Sync and run what that queues until nothing is left; keys ending in ``hold`` wait."""
        for _ in range(6):
            self.engine.sync_account(1)
            if not self.queue:
                return
            while self.queue:
                key = self.queue.pop(0)
                if hold is not None and key.endswith(hold):
                    self.held.append(key)
                else:
                    self.engine.execute(key)
        raise AssertionError(f"the engine never settled; queued: {self.queue}")

    def run_held(self) -> None:
        """Run the commands held back, then settle."""
        held, self.held = self.held, []
        for key in held:
            self.engine.execute(key)
        self.settle()

    def later(self, delta: timedelta) -> None:
        """Move the clock on, fire the timers that fell due, and settle."""
        self.j.clock.advance(delta)
        with self.j.store.transaction(readonly=True) as session:
            due = [timer.id for timer in repo.due_timers(session, self.j.clock.now())]
        for timer_id in due:
            self.engine.fire_timer(timer_id)
        self.settle()

    def draft(self, contact_id: int, kind: DraftKind) -> dict[str, Any]:
        found = self.j.draft(contact_id, kind)
        assert found is not None, f"no {kind} draft"
        return found

    def meetings(self, contact_id: int) -> list[Meeting]:
        with self.j.store.transaction(readonly=True) as session:
            rows = list(
                session.scalars(
                    select(Meeting).where(Meeting.contact_id == contact_id).order_by(Meeting.id)
                )
            )
            session.expunge_all()
            return rows


@pytest.fixture
def run(tmp_path: Path, sandbox: Sandbox, admin: SandboxAdmin) -> Iterator[Driven]:
    address = f"sam-{secrets.token_hex(4)}@example.com"
    settings, world = sandboxed_config(tmp_path, sandbox.base_url, admin, address)
    store = open_store(settings.store.url)
    with store.transaction() as session:
        repo.ensure_account(session, "google", settings.accounts[0].address)
    clock = ShiftedClock()
    journey = Journey(settings, world, store, tmp_path / "config.toml", clock, exclusive=True)
    driven = Driven(journey, Engine(settings, store, lambda key: None, clock=clock))
    driven.engine.enqueue = driven.queue.append
    try:
        yield driven
    finally:
        driven.engine.connectors.close()
        store.close()
    assert admin.violations() == [], "the daemon hit a send endpoint or notified guests"


def _awaiting_reply(run: Driven) -> int:
    dana = add_dana(run.j)
    run.settle()
    run.j.send(run.draft(dana, DraftKind.OUTREACH))
    run.settle()
    assert run.j.stage(dana) is Stage.AWAITING_REPLY
    return dana


def _confirmed_by_invite(run: Driven) -> tuple[int, dict[str, Any]]:
    dana = _awaiting_reply(run)
    start = (run.j.clock.now() + timedelta(days=3)).replace(microsecond=0)
    invited = run.j.invite(dana, start, start + timedelta(minutes=30))
    run.settle()
    assert run.j.stage(dana) is Stage.CONFIRMED
    return dana, invited


def test_our_superseded_hold_going_away_leaves_the_meeting_confirmed(run: Driven) -> None:
    # Bug 8. Given a contact whose proposed time the user accepted and sent,
    # while the command placing the hold lags behind (another worker has it)
    dana = _awaiting_reply(run)
    run.j.reply(dana, proposal(dana))
    run.settle(hold="/place_hold")
    reply = run.draft(dana, DraftKind.SCHEDULING_REPLY)
    run.j.send(reply)
    run.settle(hold="/place_hold")
    with run.j.store.transaction(readonly=True) as session:
        rows = session.scalars(select(Outbox).where(Outbox.contact_id == dana)).all()
        decision = next(
            decision_from_json(r.payload["decision"]) for r in rows if "decision" in r.payload
        )
    assert isinstance(decision, AcceptTime)
    # ... and her invitation for that time arrives and confirms the meeting
    invited = run.j.invite(dana, decision.start, decision.end)
    run.settle(hold="/place_hold")
    assert run.j.stage(dana) is Stage.CONFIRMED

    # When the lagging hold lands, and the daemon's own hold goes away again
    run.run_held()
    for hold in run.j.private_events("hold", dana):
        run.j.world.cancel_event(hold["id"])  # as a drop that raced the placement did
    run.settle()

    # Then she stays confirmed on her invitation, with no hold left
    assert run.j.stage(dana) is Stage.CONFIRMED
    assert run.j.stages(dana) == [*OPENING, Stage.SCHEDULING, Stage.CONFIRMED]
    assert run.j.private_events("hold", dana) == []
    live = [m for m in run.meetings(dana) if m.status is MeetingStatus.CONFIRMED]
    assert [m.provider_event_id for m in live] == [invited["id"]]
    run.j.assert_drafted(
        dana, DraftKind.OUTREACH, DraftKind.SCHEDULING_REPLY, DraftKind.CONFIRMATION
    )


def _updated_invitation(run: Driven, dana: int, uid: str, start: datetime) -> None:
    """Google's "Updated invitation" email: her invite again, SEQUENCE 1, at ``start``."""
    address = run.j.contact(dana).email
    assert address is not None
    ics = invite_ics(
        address, run.j.world.address, uid, start=start, end=start + timedelta(minutes=30)
    )
    ics = ics.replace("BEGIN:VEVENT\r\n", "BEGIN:VEVENT\r\nSEQUENCE:1\r\n")
    msg = EmailMessage()
    msg["From"] = address
    msg["To"] = run.j.world.address
    msg["Subject"] = f"Updated invitation: Coffee chat @ {start:%a %b %d}"
    msg["Date"] = format_datetime(run.j.clock.now())
    msg["Message-ID"] = f"<updated-{dana}@example.org>"
    msg.set_content("This event has been updated. Changed: time")
    msg.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="invite.ics")
    run.j.world.admin.deliver(run.j.world.address, msg.as_bytes())


def test_an_updated_invitation_arriving_first_is_only_the_move(run: Driven) -> None:
    # Bug 1. Given a meeting she invited the user to, with its prep brief
    dana, invited = _confirmed_by_invite(run)
    start = datetime.fromisoformat(invited["start"]["dateTime"])
    run.later(timedelta(days=2, hours=1))
    assert run.j.private_events("brief", dana)

    # When Google's "Updated invitation" email arrives before the calendar shows the move
    later = start + timedelta(days=1)
    _updated_invitation(run, dana, invited["iCalUID"], later)
    run.settle()
    # Then nothing happens: no reply to it, the brief stays
    assert run.j.stage(dana) is Stage.CONFIRMED
    assert run.j.private_events("brief", dana)

    # When the calendar shows the move
    run.j.invite(dana, later, later + timedelta(minutes=30), uid=invited["iCalUID"])
    run.settle()

    # Then the meeting is at the new time, still confirmed, and nothing more was drafted
    assert run.j.stages(dana) == [*OPENING, Stage.CONFIRMED]
    run.j.assert_drafted(dana, DraftKind.OUTREACH, DraftKind.CONFIRMATION)
    (meeting,) = run.meetings(dana)
    assert (meeting.status, meeting.start) == (MeetingStatus.CONFIRMED, later)


def test_status_shows_no_meeting_and_no_brief_once_back_in_scheduling(run: Driven) -> None:
    # Bug 7. Given a confirmed meeting whose prep brief is on the calendar
    dana, _ = _confirmed_by_invite(run)
    run.later(timedelta(days=2, hours=1))
    (meeting,) = run.meetings(dana)
    assert meeting.brief_event_id is not None

    # When she asks to reschedule
    run.j.reply(dana, "Hi Sam, something came up, could we reschedule? Sorry about that.")
    run.settle()

    # Then the store no longer shows a confirmed meeting, nor a brief
    assert run.j.stage(dana) is Stage.SCHEDULING
    assert run.j.private_events("brief", dana) == []
    (meeting,) = run.meetings(dana)
    assert meeting.status is MeetingStatus.CANCELLED
    assert meeting.brief_event_id is None


def test_the_meeting_ends_when_the_clock_says_so(run: Driven) -> None:
    # Given a meeting three days ahead
    dana, invited = _confirmed_by_invite(run)
    end = datetime.fromisoformat(invited["end"]["dateTime"])

    # When the clock reaches a minute before its end, then a minute after
    run.later(end - run.j.clock.now() - timedelta(minutes=1))
    assert run.j.stage(dana) is Stage.CONFIRMED
    run.later(timedelta(minutes=2))

    # Then she is met, thanked, and the meeting is done
    assert run.j.stage(dana) is Stage.MET
    assert run.j.draft(dana, DraftKind.THANK_YOU) is not None
    (meeting,) = run.meetings(dana)
    assert meeting.status is MeetingStatus.DONE


def test_a_confirmation_that_runs_after_the_meeting_was_called_off_is_skipped(
    run: Driven,
) -> None:
    # Given her invitation confirmed the meeting, but the confirmation draft waits on a worker
    dana = _awaiting_reply(run)
    start = (run.j.clock.now() + timedelta(days=3)).replace(microsecond=0)
    run.j.invite(dana, start, start + timedelta(minutes=30))
    run.settle(hold="write_draft:confirmation")
    (held,) = run.held
    # ... and she asks to reschedule before it runs
    run.j.reply(dana, "Hi Sam, something came up, could we reschedule? Sorry about that.")
    run.settle()

    # When it runs
    run.run_held()

    # Then it is skipped, not parked, and no confirmation is drafted
    with run.j.store.transaction(readonly=True) as session:
        row = repo.get_by_key(session, Outbox, held)
        assert row is not None
        assert (row.status, row.result) == (
            OutboxStatus.DONE,
            {"skipped": "the meeting it confirms is off"},
        )
    run.j.assert_drafted(dana, DraftKind.OUTREACH, DraftKind.SCHEDULING_REPLY)


def test_a_meeting_on_our_hold_names_no_medium_nobody_agreed(run: Driven) -> None:
    # Given the user prefers a video call, and accepts the time she proposed (no medium said)
    assert run.j.settings.user.meeting_place
    dana = _awaiting_reply(run)
    run.j.reply(dana, proposal(dana))
    run.settle()
    run.j.send(run.draft(dana, DraftKind.SCHEDULING_REPLY))
    run.settle()
    # Then the hold becomes the meeting with no place, and the confirmation names none
    assert run.j.stage(dana) is Stage.CONFIRMED
    assert [m.place for m in run.meetings(dana)] == [None]
    confirmation = mime_text(run.draft(dana, DraftKind.CONFIRMATION)["raw"])
    # (the quote of our scheduling reply below it may offer the preference: that was a question)
    ours = [line for line in confirmation.splitlines() if not line.startswith(">")]
    assert ours and run.j.settings.user.meeting_place not in "\n".join(ours)


def test_an_encoded_cc_name_brings_no_referral_to_an_address_not_on_the_cc_line(
    run: Driven,
) -> None:
    # Given a reply pointing to a colleague on Cc, whose encoded name hides another address
    dana = _awaiting_reply(run)
    address = run.j.contact(dana).email
    assert address is not None
    outreach = [m for m in run.j.world.state()["sent"] if address in (m.get("to") or "")][-1]
    raw = (
        f"From: Dana Whitfield <{address}>\r\n"
        f"To: {run.j.world.address}\r\n"
        "Cc: =?utf-8?q?Ben=0D=0ACc=3A_Ben_Cole_=3Cmallory=40evil.example=3E=2C?= "
        "<ben@acmehealth.example>\r\n"
        f"Subject: Re: {outreach['subject']}\r\n"
        f"Date: {format_datetime(run.j.clock.now())}\r\n"
        f"In-Reply-To: {outreach['rfc822MessageId']}\r\n"
        f"Message-ID: <cc-{dana}@example.org>\r\n\r\n"
        "I'm not the right person, but I've cc'd my colleague Ben Cole, who would be a great "
        "person to talk to.\r\n"
    )
    run.j.world.admin.deliver(run.j.world.address, raw.encode())
    run.settle()

    # Then Ben, the address on the Cc line, is the referral, and no draft goes anywhere else
    with run.j.store.transaction(readonly=True) as session:
        emails = set(session.scalars(select(Contact.email)))
    assert "ben@acmehealth.example" in emails
    assert not any("evil" in (email or "") for email in emails)
    recipients = " ".join(str(d.get("to") or "") for d in run.j.world.state()["drafts"])
    assert "ben@acmehealth.example" in recipients and "evil" not in recipients
