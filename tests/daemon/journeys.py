"""Contacts walking the pipeline against a running daemon, seen from outside.

:func:`launch` starts the real daemon on a fresh sandbox mailbox: the embedded
default (``coffeechat run`` in a thread), or Redis with two ``coffeechat
worker`` processes and the scheduler in this process. :class:`Journey` plays
the user and the contacts through the sandbox admin API and reads what
happened: the stage sequence from the event log, and the drafts and sent mail
in the sandbox, counted by the outbox key each carries in its
``X-Coffeechat-Key`` header (exactly one per step, whatever the store says).

The key paths (happy, nudge, decline, referral) are written once here, with
Given/When/Then comments, so that the embedded and the Redis tests walk the
very same journeys.
"""

from __future__ import annotations

import base64
import contextlib
import email
import email.policy
import os
import secrets
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from connectors.sandbox import Sandbox, SandboxAdmin
from connectors.sandbox.world import World, draft_key, invite_ics
from daemon.cli import main as coffeechat_main
from daemon.clock import ShiftedClock
from daemon.sandboxed import (
    FAST_CADENCE,
    RunningDaemon,
    own_properties,
    sandboxed_config,
    start_daemon,
    wait_for,
)
from daemon.settings import Settings
from daemon.store import repo
from daemon.store.db import Store, open_store
from daemon.store.models import (
    Account,
    Contact,
    ContactSource,
    Draft,
    DraftStatus,
    Timer,
    TimerStatus,
)
from daemon.store.types import utcnow
from workflows.events import TimerKind
from workflows.stages import DraftKind, Stage

#: How long one step may take: a poll, an ingest, a command, with room for a loaded machine.
STEP = 30.0
#: Shorter still than FAST_CADENCE: drafts are checked (a dismissal noticed) every second.
SHORTER = {"poll_interval": "200ms", "sweep_interval": "500ms", "follow_up_after": "2s"}
#: The user's timezone in the sandboxed config.
PACIFIC = ZoneInfo("America/Los_Angeles")
#: The stages every contact the user added walks first.
OPENING = [Stage.IDENTIFIED, Stage.OUTREACH_DRAFTED, Stage.AWAITING_REPLY]


def parse(raw_b64: str) -> EmailMessage:
    """A base64url RFC 5322 message from the sandbox state, headers decoded."""
    msg = email.message_from_bytes(base64.urlsafe_b64decode(raw_b64), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def mime_text(raw_b64: str) -> str:
    """The plain-text body of a base64url RFC 5322 message from the sandbox state."""
    part = parse(raw_b64).get_body(preferencelist=("plain",))
    assert part is not None, "the message has no text/plain part"
    return str(part.get_content())


def draft_kind(key: str) -> DraftKind:
    """The draft kind an outbox key names (``c<id>/<cause>/write_draft:<kind>``)."""
    return DraftKind(key.rpartition("write_draft:")[2])


def edited(draft: dict[str, Any], text: str) -> bytes:
    """The draft as the user rewrote it: the same headers (the key too), their own ``text``."""
    message = EmailMessage()
    for name, value in parse(draft["raw"]).items():
        if name.lower() not in ("content-type", "content-transfer-encoding", "mime-version"):
            message[name] = value
    message.set_content(text)
    return message.as_bytes()


@dataclass
class Journey:
    """The user, their contacts and a running daemon, on one sandbox mailbox."""

    settings: Settings
    world: World
    store: Store
    config: Path
    clock: ShiftedClock
    #: The daemon is this test's alone, so its calendar clock may be set forward.
    exclusive: bool = False
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)
    logs: list[Path] = field(default_factory=list)

    # ------------------------------------------------------------ the clock

    def pass_time(self, delta: timedelta) -> None:
        """Let ``delta`` of the contacts' time pass, then let the daemon look twice.

        A daemon of the test's own has its calendar clock set forward. One
        shared with other journeys cannot be: timers of theirs would fall due
        early (the provider's own stamps stay on real time), so there the time
        really passes.
        """
        if self.exclusive:
            self.clock.advance(delta)
        else:
            time.sleep(delta.total_seconds())
        self.let_it_look()

    def let_it_look(self, polls: int = 2) -> None:
        """Wait until the daemon has synced the mailbox ``polls`` more times.

        What shows that nothing happens: each poll reads the mailbox and the
        calendar, and between two polls the scheduler has ticked (timers,
        sweeps) at least once.
        """
        for n in range(polls):
            since = utcnow()
            self.wait(lambda since=since: self._synced_after(since), f"poll {n + 1} of {polls}")

    def _synced_after(self, moment: datetime) -> bool:
        with self.session() as session:
            synced = session.scalars(select(Account.last_sync_at)).all()
            return any(at is not None and at > moment for at in synced)

    # ------------------------------------------------------------ the store

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A write transaction on the daemon's store."""
        with self.store.transaction() as session:
            yield session

    def add_contact(self, name: str, email_address: str, **fields: Any) -> int:
        """The user adds a contact (as ``coffeechat contacts add`` does); its id."""
        with self.session() as session:
            added = repo.add_contact(
                session, name=name, email=email_address, source=ContactSource.CLI, **fields
            )
            return added.contact.id

    def contact(self, ref: str | int) -> Contact:
        """A detached copy of a contact, by id or address."""
        with self.session() as session:
            found = repo.find_contact(session, str(ref))
            session.expunge(found)
            return found

    def stage(self, contact_id: int) -> Stage:
        """The contact's stage now."""
        return self.contact(contact_id).stage

    def stages(self, contact_id: int) -> list[Stage]:
        """The stages the contact went through, from its event log."""
        with self.session() as session:
            log = repo.contact_log(session, repo.find_contact(session, str(contact_id)))
            walked: list[Stage] = []
            for row in log:
                if row.to_stage is not None and (not walked or walked[-1] != row.to_stage):
                    walked.append(row.to_stage)
            return walked

    def causes(self, contact_id: int) -> list[str]:
        """The causes in the contact's event log, oldest first."""
        with self.session() as session:
            log = repo.contact_log(session, repo.find_contact(session, str(contact_id)))
            return [row.cause for row in log]

    def timers(self, contact_id: int, kind: TimerKind) -> list[Timer]:
        """Every timer of ``kind`` the contact ever had, oldest first (detached)."""
        with self.session() as session:
            rows = list(
                session.scalars(
                    select(Timer)
                    .where(Timer.contact_id == contact_id, Timer.kind == kind.value)
                    .order_by(Timer.id)
                )
            )
            session.expunge_all()
            return rows

    def stored_drafts(self, contact_id: int) -> list[Draft]:
        """The drafts the store recorded for a contact (detached)."""
        with self.session() as session:
            rows = list(
                session.scalars(
                    select(Draft).where(Draft.contact_id == contact_id).order_by(Draft.id)
                )
            )
            session.expunge_all()
            return rows

    # ---------------------------------------------------------- the sandbox

    def mail_by_key(self) -> dict[str, list[dict[str, Any]]]:
        """Every draft and sent message in the mailbox that carries an outbox key, by key."""
        state = self.world.state()
        found: dict[str, list[dict[str, Any]]] = {}
        for message in [*state["drafts"], *state["sent"]]:
            key = draft_key(message)
            if key is not None:
                found.setdefault(key, []).append(message)
        return found

    def drafted(self, contact_id: int) -> Counter[DraftKind]:
        """How many drafts of each kind the daemon wrote for a contact, per the sandbox.

        Fails when one outbox key shows up twice: one step, one draft.
        """
        kinds: Counter[DraftKind] = Counter()
        for key, messages in self.mail_by_key().items():
            if key.startswith(f"c{contact_id}/"):
                assert len(messages) == 1, f"step {key} has {len(messages)} drafts"
                kinds[draft_kind(key)] += 1
        return kinds

    def assert_drafted(self, contact_id: int, *kinds: DraftKind) -> None:
        """Exactly these drafts (each once per step) exist for the contact, sent or not.

        A draft is an outbox command that may land a moment after the stage
        changed, so this waits for the expected set first; a second draft for
        one step fails at once in :meth:`drafted`.
        """
        expected = Counter(kinds)
        # On a timeout the assertion below shows the difference.
        with contextlib.suppress(TimeoutError):
            self.wait(lambda: self.drafted(contact_id) == expected, f"drafts {dict(expected)}")
        assert self.drafted(contact_id) == expected

    def draft(self, contact_id: int, kind: DraftKind, nth: int = 1) -> dict[str, Any] | None:
        """The ``nth`` draft of ``kind`` for a contact, still unsent, if it exists."""
        keyed = [
            message
            for key, messages in self.mail_by_key().items()
            if key.startswith(f"c{contact_id}/") and draft_kind(key) is kind
            for message in messages
            if "SENT" not in message.get("labelIds", [])
        ]
        return keyed[nth - 1] if len(keyed) >= nth else None

    def wait_draft(self, contact_id: int, kind: DraftKind, nth: int = 1) -> dict[str, Any]:
        """Wait until the daemon has written that draft."""
        return self.wait(lambda: self.draft(contact_id, kind, nth), f"the {kind} draft")

    def wait_stage(self, contact_id: int, stage: Stage) -> None:
        """Wait until the contact reaches ``stage``."""
        self.wait(lambda: self.stage(contact_id) is stage, f"contact #{contact_id} in {stage}")

    def wait(self, probe: Any, what: str, timeout: float = STEP) -> Any:
        """``wait_for`` that also fails at once when a worker process died."""

        def checked() -> Any:
            for worker, log in zip(self.workers, self.logs, strict=True):
                if worker.poll() is not None:
                    output = log.read_text(errors="replace")[-3000:]
                    raise AssertionError(f"worker exited with {worker.returncode}:\n{output}")
            return probe()

        return wait_for(checked, timeout, what)

    def send(self, draft: dict[str, Any], text: str | None = None) -> dict[str, str]:
        """The user sends a draft, with their own ``text`` instead of the daemon's if given."""
        return self.world.send_draft(draft["id"], None if text is None else edited(draft, text))

    def reply(
        self, contact_id: int, text: str, cc: Sequence[str] = (), among: Sequence[bytes] = ()
    ) -> dict[str, str]:
        """The contact answers the last message the user sent them, in the same thread.

        ``among``: other mail arriving in the same instant (see :meth:`World.deliver`).
        """
        address = self.contact(contact_id).email
        assert address is not None
        sent = [m for m in self.world.state()["sent"] if address in (m.get("to") or "")]
        assert sent, f"nothing was sent to {address} yet"
        last = sent[-1]
        subject = last["subject"] or ""
        return self.world.deliver(
            address,
            subject if subject.lower().startswith("re:") else f"Re: {subject}",
            text,
            in_reply_to=last["rfc822MessageId"],
            cc=cc,
            among=among,
        )

    def invite(
        self,
        contact_id: int,
        start: datetime,
        end: datetime,
        *,
        description: str | None = None,
        uid: str | None = None,
        method: str = "REQUEST",
    ) -> dict[str, Any]:
        """The contact invites the user (or, with ``method="CANCEL"``, calls it off)."""
        organizer = self.contact(contact_id).email
        assert organizer is not None
        ics = invite_ics(
            organizer,
            self.world.address,
            uid or f"{secrets.token_hex(8)}@{organizer.partition('@')[2]}",
            start=start,
            end=end,
            description=description,
            method=method,
        )
        return self.world.admin.invite(self.world.address, ics)

    def event(self, event_id: str) -> dict[str, Any]:
        """One event on the user's calendar, as the sandbox holds it (cancelled included)."""
        return next(e for e in self.world.events() if e["id"] == event_id)

    def private_events(self, kind: str, contact_id: int) -> list[dict[str, Any]]:
        """The daemon's own live events of ``kind`` (``hold``/``brief``) for a contact."""
        return [
            e
            for e in self.world.events()
            if e.get("status") != "cancelled"
            and own_properties(e).get("coffeechat_kind") == kind
            and own_properties(e).get("coffeechat_contact") == str(contact_id)
        ]

    def cli(self, *args: str) -> None:
        """Run ``coffeechat --config CONFIG ARGS`` in this process (the console script's code)."""
        argv = sys.argv
        sys.argv = ["coffeechat", "--config", str(self.config), *args]
        try:
            coffeechat_main()
        except SystemExit as exc:
            assert exc.code in (0, None), f"coffeechat {' '.join(args)} exited with {exc.code}"
        finally:
            sys.argv = argv


@contextmanager
def own_environment() -> Iterator[None]:
    """The caller's ``COFFEECHAT_*`` variables kept out of the config for the block.

    For a daemon shared by a module: module fixtures are set up before the
    root conftest's per-test isolation.
    """
    with pytest.MonkeyPatch.context() as env:
        for name in list(os.environ):
            if name.upper().startswith("COFFEECHAT_") and not name.upper().startswith(
                "COFFEECHAT_TEST_"
            ):
                env.delenv(name)
        yield


@contextmanager
def launch(
    folder: Path,
    sandbox: Sandbox,
    admin: SandboxAdmin,
    *,
    store_url: str | None = None,
    redis: tuple[str, str] | None = None,
    cadence: dict[str, str] | None = None,
    exclusive: bool = False,
    provider: str = "google",
    ca_file: Path | None = None,
) -> Iterator[Journey]:
    """A daemon on a fresh mailbox; ``redis=(url, namespace)``: two worker processes.

    ``exclusive``: one test walks it alone, so :meth:`Journey.pass_time` sets
    its clock forward instead of waiting. Fails at the end if the daemon ever
    hit a send endpoint or notified guests.
    """
    address = f"sam-{secrets.token_hex(4)}@example.com"
    broker_url, namespace = redis or ("", "coffeechat")
    settings, world = sandboxed_config(
        folder,
        sandbox.base_url,
        admin,
        address,
        store_url=store_url,
        broker_url=broker_url,
        namespace=namespace,
        cadence={**FAST_CADENCE, **SHORTER, **(cadence or {})},
        provider=provider,
        ca_file=ca_file,
    )
    config = folder / "config.toml"
    clock = ShiftedClock(settings.clock.offset_file)
    journey = Journey(settings, world, open_store(settings.store.url), config, clock, exclusive)
    daemon: RunningDaemon | None = None
    try:
        if redis is not None:
            exe = Path(sys.executable).parent / "coffeechat"
            for n in (1, 2):
                log = folder / f"worker-{n}.log"
                with log.open("wb") as out:
                    journey.workers.append(
                        subprocess.Popen(
                            [str(exe), "--config", str(config), "worker"],
                            stdout=out,
                            stderr=subprocess.STDOUT,
                        )
                    )
                journey.logs.append(log)
        daemon = start_daemon(settings, workers=redis is None)
        yield journey
    finally:
        if daemon is not None:
            daemon.stop()
        for worker in journey.workers:
            worker.terminate()
        for worker in journey.workers:
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait()
        journey.store.close()
    assert admin.violations() == [], "the daemon hit a send endpoint or notified guests"


#: The providers a journey runs for: a Gmail account, and an Outlook one (Graph over HTTPS, msal).
PROVIDERS = ("google", "microsoft")


@dataclass(frozen=True)
class Provider:
    """The sandbox serving one provider's accounts, and the CA its HTTPS is signed by."""

    name: str
    sandbox: Sandbox
    admin: SandboxAdmin
    ca_file: Path | None

    def configured(self, folder: Path, address: str, **options: Any) -> tuple[Settings, World]:
        """:func:`sandboxed_config` for a fresh mailbox ``address`` of this provider."""
        return sandboxed_config(
            folder,
            self.sandbox.base_url,
            self.admin,
            address,
            provider=self.name,
            ca_file=self.ca_file,
            **options,
        )


def provider_sandbox(name: str, request: pytest.FixtureRequest) -> Provider:
    """The session's sandbox for ``name``'s accounts.

    An Outlook account needs the sandbox over HTTPS (msal refuses an http
    authority) and the throwaway CA it is signed by.
    """
    if name == "microsoft":
        tls = request.getfixturevalue("tls")
        return Provider(
            name,
            request.getfixturevalue("https_sandbox"),
            request.getfixturevalue("https_admin"),
            tls.ca_file,
        )
    return Provider(
        name, request.getfixturevalue("sandbox"), request.getfixturevalue("admin"), None
    )


def launch_as(
    name: str, request: pytest.FixtureRequest, folder: Path, **options: Any
) -> AbstractContextManager[Journey]:
    """:func:`launch` on a fresh mailbox of provider ``name``."""
    provider = provider_sandbox(name, request)
    return launch(
        folder,
        provider.sandbox,
        provider.admin,
        provider=name,
        ca_file=provider.ca_file,
        **options,
    )


# ------------------------------------------------------------------ the key paths


def soon(seconds: float) -> datetime:
    """A moment ``seconds`` from now."""
    return datetime.now(UTC) + timedelta(seconds=seconds)


def at_night(days: int = 1) -> datetime:
    """2 am Pacific, ``days`` nights from now (at least 12 hours away): where invitations go.

    Times the contacts propose (:func:`own_time`) are all between 8 am and
    8 pm, and the daemon never offers a slot next to a meeting: an invitation
    at the hour the tests happen to run would take a later contact's time.
    """
    now = datetime.now(PACIFIC)
    day = now.date() + timedelta(days=days)
    night = datetime(day.year, day.month, day.day, 2, tzinfo=PACIFIC)
    return night if night - now >= timedelta(hours=12) else night + timedelta(days=1)


def add_dana(j: Journey) -> int:
    """The user adds Dana Whitfield, whom they met at a meetup."""
    return j.add_contact(
        "Dana Whitfield",
        f"dana-{secrets.token_hex(3)}@acmehealth.example",
        organization="Acme Health",
        role="UX Research Lead",
        how_found="the Women in UX meetup in October",
    )


def outreach_sent(j: Journey, contact_id: int) -> None:
    """The outreach draft appears and the user sends it as is."""
    j.send(j.wait_draft(contact_id, DraftKind.OUTREACH))
    j.wait_stage(contact_id, Stage.AWAITING_REPLY)


def own_time(contact_id: int) -> datetime:
    """A time that is hers alone, within the brief's week; the hour after it is hers too.

    The journeys of a module share one calendar: were they all to offer the
    same times, a later contact would find them taken by earlier meetings and
    get other times offered instead of her own accepted.
    """
    slot = contact_id % 36
    day = datetime.now(PACIFIC).date() + timedelta(days=1 + slot % 6)
    return datetime(day.year, day.month, day.day, 8 + 2 * (slot // 6), tzinfo=PACIFIC)


def spoken(moment: datetime) -> str:
    """``moment`` as she would write it, e.g. "Monday, November 23 at 9am"."""
    return f"{moment:%A, %B} {moment.day} at {_clock(moment.hour)}"


def proposal(contact_id: int) -> str:
    """Her answer to the outreach: her own time, or the hour after it."""
    first = own_time(contact_id)
    return f"Happy to help! How about {spoken(first)} or {_clock(first.hour + 1)} PT?"


def _clock(hour: int) -> str:
    return f"{(hour - 1) % 12 + 1}{'am' if hour < 12 else 'pm'}"


def confirmed_by_hold(j: Journey) -> int:
    """A contact proposes times, the user sends the reply accepting one: our hold is the meeting."""
    dana = add_dana(j)
    outreach_sent(j, dana)
    j.reply(dana, proposal(dana))
    j.send(j.wait_draft(dana, DraftKind.SCHEDULING_REPLY))
    j.wait_stage(dana, Stage.CONFIRMED)
    return dana


def confirmed_by_invite(
    j: Journey, start: datetime, end: datetime, description: str | None = None
) -> tuple[int, dict[str, Any]]:
    """A contact answers the outreach with an invitation; the contact and the shared event."""
    dana = add_dana(j)
    outreach_sent(j, dana)
    invited = j.invite(dana, start, end, description=description)
    j.wait_stage(dana, Stage.CONFIRMED)
    return dana, invited


def happy_path(j: Journey) -> None:
    """Identified to following_up: outreach, scheduling, their invite, thanks, follow-up."""
    # Given a contact whose outreach the user sent
    dana = add_dana(j)
    outreach_sent(j, dana)

    # When she is happy to chat and asks for times
    j.reply(dana, "Sure, happy to chat! Send me a few times that work for you.")
    # Then the daemon offers slots in a scheduling reply, which the user sends
    j.wait_stage(dana, Stage.SCHEDULING)
    j.send(j.wait_draft(dana, DraftKind.SCHEDULING_REPLY))

    # When she invites the user to a meeting that is about to happen
    j.invite(dana, soon(3), soon(4.5))
    # Then it is confirmed, with a confirmation draft and a private prep event
    j.wait_stage(dana, Stage.CONFIRMED)
    j.send(j.wait_draft(dana, DraftKind.CONFIRMATION))
    j.wait(lambda: j.private_events("brief", dana), "the prep event")

    # When the meeting ends, a thank-you is drafted; the user notes the progress
    # the follow-up will tell (without it there is no follow-up), and sends it
    j.wait_stage(dana, Stage.MET)
    j.cli("notes", "add", str(dana), "I joined the ResearchOps community", "--update")
    j.send(j.wait_draft(dana, DraftKind.THANK_YOU))
    j.wait_stage(dana, Stage.FOLLOWING_UP)

    # Then after follow_up_after the progress follow-up is drafted
    follow_up = j.wait_draft(dana, DraftKind.FOLLOW_UP)
    assert "Dana" in mime_text(follow_up["raw"])
    assert "I joined the ResearchOps community." in mime_text(follow_up["raw"])
    assert j.stages(dana) == [
        *OPENING,
        Stage.SCHEDULING,
        Stage.CONFIRMED,
        Stage.MET,
        Stage.FOLLOWING_UP,
    ]
    j.assert_drafted(
        dana,
        DraftKind.OUTREACH,
        DraftKind.SCHEDULING_REPLY,
        DraftKind.CONFIRMATION,
        DraftKind.THANK_YOU,
        DraftKind.FOLLOW_UP,
    )


def follow_up_after_a_late_update(j: Journey) -> None:
    """The follow-up falls due with no news: none is drafted until the user gives an update."""
    # Given a contact met and thanked, and no update noted
    dana, _ = confirmed_by_invite(j, soon(3), soon(4.5))
    j.wait_stage(dana, Stage.MET)
    j.send(j.wait_draft(dana, DraftKind.THANK_YOU))
    j.wait_stage(dana, Stage.FOLLOWING_UP)

    # When the follow-up falls due, then it waits for the update: no draft
    j.wait(lambda: "timer: follow_up" in j.causes(dana), "the follow-up timer")
    j.let_it_look()
    assert j.draft(dana, DraftKind.FOLLOW_UP) is None

    # When the user tells the update afterwards, then the follow-up tells it
    j.cli("notes", "add", str(dana), "I ran my first usability study", "--update")
    follow_up = j.wait_draft(dana, DraftKind.FOLLOW_UP)
    assert "I ran my first usability study." in mime_text(follow_up["raw"])
    j.let_it_look()
    assert j.drafted(dana)[DraftKind.FOLLOW_UP] == 1


def nudge_once(j: Journey) -> None:
    """No reply: exactly one nudge, never a second one."""
    # Given a contact whose outreach the user sent
    dana = add_dana(j)
    outreach_sent(j, dana)

    # When nudge_after passes without a reply, then one nudge is drafted
    nudge_after = j.settings.cadence.nudge_after
    j.pass_time(nudge_after)
    nudge = j.wait_draft(dana, DraftKind.NUDGE)
    # and when the user sends it and still nothing comes back for twice as long
    j.send(nudge)
    j.wait(lambda: j.stored_drafts(dana)[-1].status is DraftStatus.SENT, "the nudge seen sent")
    j.pass_time(2 * nudge_after)

    # Then there is still exactly one nudge, and only one nudge timer was ever set
    assert j.stage(dana) is Stage.AWAITING_REPLY
    assert j.stages(dana) == OPENING
    j.assert_drafted(dana, DraftKind.OUTREACH, DraftKind.NUDGE)
    assert [t.status for t in j.timers(dana, TimerKind.NUDGE)] == [TimerStatus.FIRED]


def decline(j: Journey) -> None:
    """A decline closes the contact with a gracious close-out draft."""
    # Given a contact whose outreach the user sent
    dana = add_dana(j)
    outreach_sent(j, dana)

    # When she declines
    j.reply(
        dana,
        "Hi Sam, thanks for reaching out, but I'm afraid I don't have time for this right now. "
        "Best of luck with your search!",
    )

    # Then the contact is closed and a close-out draft thanks her
    j.wait_stage(dana, Stage.CLOSED)
    close_out = j.wait_draft(dana, DraftKind.CLOSE_OUT)
    assert "Dana" in mime_text(close_out["raw"])
    assert j.stages(dana) == [*OPENING, Stage.CLOSED]
    j.assert_drafted(dana, DraftKind.OUTREACH, DraftKind.CLOSE_OUT)
    assert all(t.status is not TimerStatus.PENDING for t in j.timers(dana, TimerKind.NUDGE))


def referral(j: Journey) -> None:
    """A referral closes the contact and starts a new one, whose outreach names the referrer."""
    # Given a contact whose outreach the user sent
    lee = j.add_contact(
        "Lee Ortega", f"lee-{secrets.token_hex(3)}@acmehealth.example", organization="Acme Health"
    )
    outreach_sent(j, lee)

    # When Lee points the user to a colleague instead
    priya_address = f"priya-{secrets.token_hex(3)}@acmehealth.example"
    j.reply(
        lee,
        "Hi Sam, I'm not the best person for this, but you should talk to Priya Natarajan "
        f"({priya_address}), she leads our research ops team.",
    )

    # Then Lee is closed with a close-out draft
    j.wait_stage(lee, Stage.CLOSED)
    j.wait_draft(lee, DraftKind.CLOSE_OUT)
    # and Priya is a new contact, referred by Lee, with a referral outreach naming Lee
    priya = j.wait(lambda: _find(j, priya_address), "the referred contact").id
    outreach = j.wait_draft(priya, DraftKind.REFERRAL_OUTREACH)
    assert "Lee Ortega suggested" in mime_text(outreach["raw"])
    referred = j.contact(priya)
    assert referred.referred_by_id == lee
    assert referred.source == ContactSource.REFERRAL
    j.wait_stage(priya, Stage.OUTREACH_DRAFTED)

    assert j.stages(lee) == [*OPENING, Stage.CLOSED]
    j.assert_drafted(lee, DraftKind.OUTREACH, DraftKind.CLOSE_OUT)
    assert j.stages(priya) == [Stage.IDENTIFIED, Stage.OUTREACH_DRAFTED]
    j.assert_drafted(priya, DraftKind.REFERRAL_OUTREACH)


def _find(j: Journey, address: str) -> Contact | None:
    with j.session() as session:
        found = repo.find_contact_by_address(session, address)
        if found is not None:
            session.expunge(found)
        return found
