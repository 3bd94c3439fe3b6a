"""A deterministic batch of contacts walking the pipeline, and the final state it leaves.

:class:`Scenario` plays the user and a batch of contacts against a running
daemon, reacting only to what it sees (drafts in the sandbox, stages in the
store), never to the clock, so that a clean run, a run whose workers are
SIGKILLed and a run under injected provider faults all end in the same
:class:`Snapshot`. Each contact walks one of three paths, chosen by its index:

- ``meet``: outreach sent -> their invitation (days ahead) -> confirmed, with a
  confirmation draft and a private prep event -> the user moves the meeting to
  now -> met, thank-you draft, sent -> following_up, follow-up draft.
- ``schedule``: outreach sent -> they propose a time of their own -> scheduling,
  a scheduling reply accepting it and a tentative hold, sent -> confirmed (the
  hold is the meeting), confirmation draft and prep event.
- ``decline``: outreach sent -> they decline -> closed, close-out draft.

The timers that could race the scripted world (nudge, thank-you grace) are
set to an hour; only the follow-up timer is short.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from connectors.sandbox.world import World, draft_key
from daemon.sandboxed import FAST_CADENCE, own_properties
from daemon.settings import Settings
from daemon.store import repo
from daemon.store.db import Store
from daemon.store.models import (
    Account,
    Contact,
    ContactSource,
    Event,
    NoteKind,
    Outbox,
    OutboxStatus,
)
from workflows.stages import DraftKind, Stage

#: The cadence of a scenario run: no timer may fire on its own except the follow-up.
CADENCE: Mapping[str, str] = {
    **FAST_CADENCE,
    "nudge_after": "1h",
    "thanks_within": "1h",
    "follow_up_after": "2s",
    "poll_interval": "500ms",
    "sweep_interval": "1s",
}
PATHS = ("meet", "schedule", "decline")
_HOURS = ("9am", "11am", "1pm", "3pm", "5pm", "7pm")
_FIRST = ("Ada", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lin")
_OPENING = (Stage.IDENTIFIED, Stage.OUTREACH_DRAFTED, Stage.AWAITING_REPLY)


@dataclass(frozen=True)
class Plan:
    """One contact of the batch and the path it walks."""

    index: int
    name: str
    email: str
    path: str

    @property
    def first(self) -> str:
        """The contact's first name, for signing replies."""
        return self.name.split()[0]


def plans(count: int) -> list[Plan]:
    """``count`` contacts, paths taken in turn (meet, schedule, decline, meet, ...)."""
    return [
        Plan(
            i,
            f"{_FIRST[i % len(_FIRST)]} Tester{i}",
            f"{_FIRST[i % len(_FIRST)].lower()}{i}@org{i}.example",
            PATHS[i % len(PATHS)],
        )
        for i in range(count)
    ]


@dataclass(frozen=True)
class ContactSnapshot:
    """What one contact went through and what the daemon left at the provider."""

    stages: tuple[Stage, ...]
    drafts: tuple[tuple[DraftKind, int], ...]
    holds: int
    briefs: int


@dataclass(frozen=True)
class Snapshot:
    """The final state of a run, comparable across runs (no ids, no times)."""

    contacts: dict[str, ContactSnapshot]
    repeated_steps: dict[str, int]
    unfinished_commands: dict[str, str]
    violations: list[dict[str, Any]]
    send_calls: int


def expected(plan: Plan) -> ContactSnapshot:
    """The snapshot a contact on ``plan.path`` must end with: one draft per step."""
    if plan.path == "meet":
        return _contact(
            [Stage.CONFIRMED, Stage.MET, Stage.FOLLOWING_UP],
            [DraftKind.CONFIRMATION, DraftKind.THANK_YOU, DraftKind.FOLLOW_UP],
            holds=0,
            briefs=1,
        )
    if plan.path == "schedule":
        return _contact(
            [Stage.SCHEDULING, Stage.CONFIRMED],
            [DraftKind.SCHEDULING_REPLY, DraftKind.CONFIRMATION],
            holds=1,
            briefs=1,
        )
    return _contact([Stage.CLOSED], [DraftKind.CLOSE_OUT], holds=0, briefs=0)


def _contact(
    stages: list[Stage], kinds: list[DraftKind], *, holds: int, briefs: int
) -> ContactSnapshot:
    """After the opening every contact walks (outreach drafted, sent): ``stages``, ``kinds``."""
    drafts = Counter([DraftKind.OUTREACH, *kinds])
    return ContactSnapshot((*_OPENING, *stages), tuple(sorted(drafts.items())), holds, briefs)


def _kind(key: str) -> DraftKind:
    """The draft kind an outbox key names (``c<id>/<cause>/write_draft:<kind>``)."""
    return DraftKind(key.rpartition("write_draft:")[2])


def _contact_id(key: str) -> int:
    return int(key.partition("/")[0].removeprefix("c"))


@dataclass
class _Seen:
    """One look at the world: the sandbox mailbox and the contacts' stages."""

    drafts: dict[str, list[dict[str, Any]]]  # key -> unsent drafts
    sent: dict[str, list[dict[str, Any]]]  # key -> sent messages
    events: list[dict[str, Any]]
    stages: dict[int, Stage] = field(default_factory=dict)

    def draft(self, contact_id: int, kind: DraftKind) -> dict[str, Any] | None:
        """An unsent draft the daemon wrote, whether or not the store has recorded it yet."""
        for key, drafts in self.drafts.items():
            if _contact_id(key) == contact_id and _kind(key) is kind and drafts:
                return drafts[0]
        return None

    def wrote(self, contact_id: int, kind: DraftKind) -> bool:
        return any(
            _contact_id(key) == contact_id and _kind(key) is kind
            for key in [*self.drafts, *self.sent]
        )

    def sent_message(self, contact_id: int, kind: DraftKind) -> dict[str, Any]:
        return next(
            messages[0]
            for key, messages in self.sent.items()
            if _contact_id(key) == contact_id and _kind(key) is kind
        )

    def private(self, contact_id: int, kind: str) -> list[dict[str, Any]]:
        return [
            e
            for e in self.events
            if e.get("status") != "cancelled"
            and own_properties(e).get("coffeechat_kind") == kind
            and own_properties(e).get("coffeechat_contact") == str(contact_id)
        ]


def look(world: World, store: Store) -> _Seen:
    """Read the sandbox mailbox and every contact's stage."""
    state = world.state()
    seen = _Seen({}, {}, state["events"])
    for bucket, messages in ((seen.drafts, state["drafts"]), (seen.sent, state["sent"])):
        for message in messages:
            key = draft_key(message)
            if key is not None:
                bucket.setdefault(key, []).append(message)
    with store.transaction(readonly=True) as session:
        seen.stages = {
            cid: stage for cid, stage in session.execute(select(Contact.id, Contact.stage))
        }
    return seen


@dataclass
class Scenario:
    """Plays the user and the contacts of ``plans`` until every one has walked its path."""

    settings: Settings
    world: World
    store: Store
    plans: list[Plan]
    ids: dict[str, int] = field(default_factory=dict)
    phase: dict[str, str] = field(default_factory=dict)
    uids: dict[str, str] = field(default_factory=dict)

    def add_contacts(self) -> None:
        """The user adds every contact of the batch."""
        with self.store.transaction() as session:
            for plan in self.plans:
                added = repo.add_contact(
                    session,
                    name=plan.name,
                    email=plan.email,
                    organization=f"Org {plan.index}",
                    role="Research Lead",
                    source=ContactSource.CLI,
                    how_found="a talk they gave at a meetup",
                )
                self.ids[plan.name] = added.contact.id
                self.phase[plan.name] = "outreach"
                # The progress the follow-up tells (without one there is none);
                # written up front, as these paths test the daemon, not when notes come.
                repo.add_note(session, added.contact, "I took your advice", kind=NoteKind.UPDATE)

    def play(self, timeout: float, check: Callable[[], None] = lambda: None) -> None:
        """Step until every contact is done; ``check()`` runs each round (to fail fast)."""
        deadline = time.monotonic() + timeout
        while not self.step():
            check()
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"after {timeout:.0f}s, still waiting: {self._waiting()}; "
                    f"accounts: {self._accounts()}"
                )
            time.sleep(0.2)

    def _accounts(self) -> list[dict[str, Any]]:
        """Each account's sync lease, cursor and last error: why mail may go unread."""
        with self.store.transaction(readonly=True) as session:
            return [
                {
                    "address": a.address,
                    "sync_owner": a.sync_owner,
                    "sync_until": a.sync_until,
                    "mail_cursor": a.mail_cursor,
                    "last_error": a.last_error,
                }
                for a in session.scalars(select(Account))
            ]

    def _waiting(self) -> dict[str, Any]:
        """The contacts not done: their phase here, and the store's view of them."""
        seen = look(self.world, self.store)
        waiting: dict[str, Any] = {}
        with self.store.transaction(readonly=True) as session:
            for name, phase in self.phase.items():
                if phase == "done":
                    continue
                cid = self.ids[name]
                rows = session.scalars(select(Outbox).where(Outbox.contact_id == cid))
                waiting[name] = {
                    "phase": phase,
                    "stage": seen.stages.get(cid),
                    "outbox": {r.key: (r.status.value, r.attempts, r.last_error) for r in rows},
                    "drafts": sorted(
                        k for k in [*seen.drafts, *seen.sent] if _contact_id(k) == cid
                    ),
                    "holds": len(seen.private(cid, "hold")),
                    "briefs": len(seen.private(cid, "brief")),
                }
        return waiting

    def step(self) -> bool:
        """Look at the world once and take every action now due; whether all are done."""
        seen = look(self.world, self.store)
        for plan in self.plans:
            if self.phase[plan.name] != "done":
                self.phase[plan.name] = self._act(plan, self.ids[plan.name], seen)
        return all(p == "done" for p in self.phase.values())

    def _act(self, plan: Plan, cid: int, seen: _Seen) -> str:  # noqa: PLR0911 (a phase table)
        phase, stage = self.phase[plan.name], seen.stages.get(cid)
        if phase == "outreach":
            return self._send(seen.draft(cid, DraftKind.OUTREACH), phase, "sent")
        if phase == "sent" and stage is Stage.AWAITING_REPLY:
            return self._answer(plan, seen.sent_message(cid, DraftKind.OUTREACH))
        if phase == "declined" and stage is Stage.CLOSED and seen.wrote(cid, DraftKind.CLOSE_OUT):
            return "done"
        if phase == "proposed":
            return self._send(seen.draft(cid, DraftKind.SCHEDULING_REPLY), phase, "accepted")
        if phase in ("accepted", "invited") and self._confirmed(cid, seen):
            if phase == "accepted":
                return "done"
            # The user moves the meeting to now, so it ends within seconds.
            event = next(e for e in seen.events if e.get("iCalUID") == self.uids[plan.name])
            start = datetime.now(UTC)
            self.world.move_event(event["id"], start, start + timedelta(seconds=2))
            return "moved"
        if phase == "moved":
            return self._send(seen.draft(cid, DraftKind.THANK_YOU), phase, "thanked")
        if (
            phase == "thanked"
            and stage is Stage.FOLLOWING_UP
            and seen.wrote(cid, DraftKind.FOLLOW_UP)
        ):
            return "done"
        return phase

    def _send(self, draft: dict[str, Any] | None, phase: str, then: str) -> str:
        """The user sends ``draft`` as is once it exists: on to ``then``.

        Even a draft the store has not recorded yet (its create timed out, or
        its worker was killed): the retry finds it in sent mail by its key
        (test_sent_before_retry.py), so the step is still written once.
        """
        if draft is None:
            return phase
        self.world.send_draft(draft["id"])
        return then

    def _confirmed(self, cid: int, seen: _Seen) -> bool:
        return (
            seen.stages.get(cid) is Stage.CONFIRMED
            and seen.wrote(cid, DraftKind.CONFIRMATION)
            and bool(seen.private(cid, "brief"))
        )

    def _answer(self, plan: Plan, outreach: dict[str, Any]) -> str:
        """The contact answers the outreach, in its thread, as their path says."""
        subject = f"Re: {outreach['subject']}"
        reply_to = outreach["rfc822MessageId"]
        if plan.path == "decline":
            text = (
                "Thanks for reaching out. Unfortunately I will have to pass: I am not taking "
                f"coffee chats this quarter. Best of luck with your search.\n\n{plan.first}"
            )
            self.world.deliver(plan.email, subject, text, in_reply_to=reply_to)
            return "declined"
        if plan.path == "schedule":
            hour = _HOURS[(plan.index // len(PATHS)) % len(_HOURS)]
            text = f"Happy to chat. How about tomorrow at {hour} PT?\n\nBest,\n{plan.first}"
            self.world.deliver(plan.email, subject, text, in_reply_to=reply_to)
            return "proposed"
        # Days ahead, an hour apart per contact: no two meetings overlap.
        start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2, hours=plan.index)
        self.uids[plan.name] = self.world.invite(
            plan.email, "Coffee chat", start, start + timedelta(minutes=20)
        )
        return "invited"


def settle(store: Store, timeout: float, check: Callable[[], None] = lambda: None) -> None:
    """Wait until no outbox command is pending or running."""
    deadline = time.monotonic() + timeout
    while True:
        with store.transaction(readonly=True) as session:
            busy = session.scalar(
                select(Outbox.key)
                .where(Outbox.status.in_([OutboxStatus.PENDING, OutboxStatus.RUNNING]))
                .limit(1)
            )
        if busy is None:
            return
        check()
        if time.monotonic() > deadline:
            raise TimeoutError(f"after {timeout:.0f}s, command {busy} is still not done")
        time.sleep(0.2)


def snapshot(world: World, store: Store, plans: list[Plan]) -> Snapshot:
    """The final state: per contact its stage walk, its drafts by kind, holds and briefs."""
    seen = look(world, store)
    names = {plan.name for plan in plans}
    per_key: Counter[str] = Counter()
    for bucket in (seen.drafts, seen.sent):
        per_key.update({key: len(messages) for key, messages in bucket.items()})
    contacts: dict[str, ContactSnapshot] = {}
    with store.transaction(readonly=True) as session:
        rows = [(cid, name) for cid, name in session.execute(select(Contact.id, Contact.name))]
        unfinished = {
            row.key: row.status.value
            for row in session.scalars(select(Outbox).where(Outbox.status != OutboxStatus.DONE))
        }
        for cid, name in rows:
            walked: list[Stage] = []
            for event in session.scalars(
                select(Event).where(Event.contact_id == cid).order_by(Event.id)
            ):
                if event.to_stage is not None and (not walked or walked[-1] != event.to_stage):
                    walked.append(event.to_stage)
            kinds = Counter(_kind(key) for key in per_key if _contact_id(key) == cid)
            contacts[name if name in names else f"(unplanned) {name}"] = ContactSnapshot(
                tuple(walked),
                tuple(sorted(kinds.items())),
                len(seen.private(cid, "hold")),
                len(seen.private(cid, "brief")),
            )
    calls = world.admin.calls()
    return Snapshot(
        contacts=contacts,
        repeated_steps={key: n for key, n in per_key.items() if n != 1},
        unfinished_commands=unfinished,
        violations=world.admin.violations(),
        send_calls=sum(n for method, n in calls.items() if method.endswith(".send")),
    )


def expected_snapshot(batch: list[Plan]) -> Snapshot:
    """The snapshot every run of ``batch`` must end with."""
    return Snapshot(
        contacts={plan.name: expected(plan) for plan in batch},
        repeated_steps={},
        unfinished_commands={},
        violations=[],
        send_calls=0,
    )


def walk(
    settings: Settings,
    world: World,
    store: Store,
    batch: list[Plan],
    *,
    timeout: float,
    check: Callable[[], None] = lambda: None,
) -> Snapshot:
    """Walk ``batch`` against the daemon already running on ``settings``; the final snapshot."""
    world.admin.reset_calls()
    scenario = Scenario(settings, world, store, batch)
    scenario.add_contacts()
    scenario.play(timeout, check)
    settle(store, timeout, check)
    return snapshot(world, store, batch)
