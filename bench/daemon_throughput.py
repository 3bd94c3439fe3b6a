"""Daemon throughput: N contacts walk the whole pipeline against the sandbox.

The real daemon (``daemon.sandboxed``: a real config file, the real
``Service``, the real Google connector) watches one sandbox mailbox holding N
contacts; this script plays the user and the contacts through the admin API.
Each contact walks identified -> outreach drafted -> (the user sends it)
awaiting_reply -> (they propose a time) scheduling -> (the user sends the
scheduling reply, the daemon's hold becomes the meeting) confirmed -> (their
invitation a few seconds ahead; the meeting ends) met -> (the user sends the
thank-you) following_up -> the follow-up draft, where its walk ends. The user
also sends the confirmation note; nudges are kept out of the path by a long
``nudge_after``.

Every contact is first brought to awaiting_reply; then ``--singles`` of
them reply one at a time (each after the last one's draft) and all the
others at once, a burst.

Printed: contacts/second (N over the time from the daemon's start to the last
follow-up draft), API calls per contact by method and by API with the Gmail
quota units they cost (the sandbox's counts over the whole run divided by N),
p50/p95 latency from a reply landing in the sandbox to the store recording its
scheduling-reply draft (written at the provider a moment before), one reply at
a time and under the burst, and each process's peak RSS and CPU time. Beside
the burst's latency: the goal (twice the poll interval and 5 s) and the quota
floor, how soon the Google connector's budget lets the burst's drafts be
written at all (each reply costs a ``messages.get`` and a ``drafts.create``;
the budget's burst allowance first, then its rate), and the units the
daemon really spent from the burst to its last draft (the copies of the
drafts the user sent meanwhile are read too, 5 units each) with how soon
the budget lets that many through. ``--stop-after-burst``
ends the run once every burst reply has its draft: the burst's figures are
the same, the calls per contact then cover only the walk up to there.

The daemon runs in processes of its own (``coffeechat run``, or with
``--processes`` a scheduler and ``coffeechat worker`` processes), and so does
the sandbox, as a remote provider would; this driver only plays the people.
Each of its looks reads the store's rows past the last ones it saw, so its
checks grow with what moved, not with N times the number of looks.
``--latency-ms N`` has the sandbox add N ms to every API request (a batch is
one request).

Run: ``.venv/bin/python bench/daemon_throughput.py [--contacts 1000] [--workers 4]
[--redis redis://localhost:6379/0 [--processes 2]] [--store URL] [--sweep 60]
[--latency-ms 100] [--singles 10] [--poll-interval 1] [--stop-after-burst]``.
"""

from __future__ import annotations

import argparse
import os
import resource
import secrets
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sandbox_sends import sends_line
from sqlalchemy import func, select

from connectors.google.quota import BURST_SECONDS, DEFAULT_UNITS_PER_MINUTE, MINUTE, units
from connectors.sandbox import SandboxAdmin
from connectors.sandbox.world import World
from daemon.engine.transitions import command_key
from daemon.sandboxed import FAST_CADENCE, sandboxed_config
from daemon.settings import Settings
from daemon.store import repo
from daemon.store.db import Store, open_store, safe_url
from daemon.store.models import Contact, ContactSource, Direction, Draft, Message, NoteKind
from daemon.store.models import Event as LogEvent
from workflows.commands import WriteDraft
from workflows.stages import DraftKind, Stage

USER = "sam@bench.example"
USER_ZONE = ZoneInfo("America/Los_Angeles")
#: FAST_CADENCE, but the outreach is answered and the thank-you sent long before a
#: nudge or the "thank-you never went out" follow-up is due: neither is on the path.
#: The sweep interval is set by --sweep (default: production's 60 s).
CADENCE = {**FAST_CADENCE, "nudge_after": "1h", "thanks_within": "1h"}
#: Drafts the simulated user sends as soon as the store knows their kind.
USER_SENDS = frozenset(
    {DraftKind.OUTREACH, DraftKind.SCHEDULING_REPLY, DraftKind.CONFIRMATION, DraftKind.THANK_YOU}
)
#: Their invitation starts this long after the meeting is confirmed, and lasts this long.
INVITE_AHEAD = timedelta(seconds=3)
INVITE_LENGTH = timedelta(seconds=3)
#: Proposed times: one free half-hour per contact, 48 a day from the day after tomorrow.
SLOTS_PER_DAY = 48
CLI = "from daemon.cli import main; main()"
SCHEDULING_REPLY = WriteDraft(DraftKind.SCHEDULING_REPLY)
#: The stage moves the simulated people act on: they reply, and they invite.
MOVES = (Stage.AWAITING_REPLY, Stage.CONFIRMED)
#: What the quota charges per burst reply on its way to a draft: the reply read, the draft written.
REPLY_TO_DRAFT_UNITS = units("messages.get") + units("drafts.create")
#: Rows read again behind the last one seen: on PostgreSQL a row with a lower id
#: may commit after a higher one. Rows already acted on are skipped.
OVERLAP = 200


@dataclass
class Walk:
    """One contact's way through the pipeline, as the world sees it."""

    contact_id: int
    name: str
    email: str
    proposes: datetime
    ready: bool = False
    reply_key: str | None = None
    replied_at: float | None = None
    burst: bool = False
    latency: float | None = None
    invited: bool = False
    done_at: float | None = None


@dataclass
class Processes:
    """Peak RSS (KiB) and CPU seconds of the processes that are not this driver, by name."""

    rss_kib: dict[str, int] = field(default_factory=dict)
    cpu_seconds: dict[str, float] = field(default_factory=dict)


@dataclass
class Run:
    """What one run measured."""

    contacts: int
    elapsed: float
    walks: list[Walk]
    calls: dict[str, int]
    drafts: dict[str, int]
    stages: dict[str, int]
    loops: int
    violations: int
    processes: Processes
    #: Gmail units the daemon spent from the burst to its last draft, and that span in seconds.
    burst_units: int = 0
    burst_span: float = 0.0

    @property
    def finished(self) -> int:
        """Contacts whose follow-up draft exists."""
        return sum(1 for w in self.walks if w.done_at is not None)


# ------------------------------------------------------------ processes


def _proc_figures(pid: int) -> tuple[int, float]:
    """A live process's peak RSS (``VmHWM``, KiB) and CPU seconds; zeros where /proc is silent."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except OSError:
        return 0, 0.0
    peaks = [int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")]
    # utime and stime, the 14th and 15th fields, after the parenthesised name.
    fields = stat.rpartition(")")[2].split()
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return (peaks[0] if peaks else 0), cpu


@contextmanager
def _sandbox_process(procs: Processes) -> Iterator[str]:
    """``coffeechat sandbox serve`` in a child process; its base URL."""
    proc = subprocess.Popen(
        [sys.executable, "-c", CLI, "sandbox", "serve"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        with proc.stdout:
            base_url = proc.stdout.readline().strip()
        if not base_url.startswith("http"):
            raise SystemExit(f"the sandbox did not start (it printed {base_url!r})")
        yield base_url
        procs.rss_kib["sandbox process (not the daemon)"] = _proc_figures(proc.pid)[0]
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@contextmanager
def _daemon_processes(config: Path, workers: int, figures: Processes) -> Iterator[None]:
    """The daemon in processes of its own, logging beside ``config``.

    No worker processes: ``coffeechat run`` (scheduler and worker threads,
    the embedded broker). Else ``run --scheduler-only`` and ``workers``
    ``coffeechat worker`` processes sharing the Redis broker.
    """
    commands = {"daemon": ["run"]} if not workers else {"scheduler": ["run", "--scheduler-only"]}
    commands |= {f"worker process {n}": ["worker"] for n in range(workers)}
    procs: dict[str, subprocess.Popen[bytes]] = {}
    with ExitStack() as files:
        for name, command in commands.items():
            log_file = files.enter_context((config.parent / f"{name}.log").open("wb"))
            procs[name] = subprocess.Popen(
                [sys.executable, "-c", CLI, "--config", str(config), *command],
                stdout=log_file,
                stderr=subprocess.STDOUT,
            )
        try:
            yield
            for name, proc in procs.items():
                figures.rss_kib[name], figures.cpu_seconds[name] = _proc_figures(proc.pid)
        finally:
            for proc in procs.values():
                proc.terminate()
            for proc in procs.values():
                proc.wait(timeout=60)


# ---------------------------------------------------------------- world


def _proposed_time(n: int) -> datetime:
    """Contact ``n``'s proposed time: a half-hour no other contact asks for."""
    first = datetime.now(USER_ZONE).date() + timedelta(days=2)
    day = first + timedelta(days=n // SLOTS_PER_DAY)
    minutes = (n % SLOTS_PER_DAY) * 30
    return datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=USER_ZONE)


def _add_contacts(store: Store, count: int) -> list[Walk]:
    with store.transaction() as session:
        if session.scalar(select(func.count()).select_from(Contact)):
            raise SystemExit("the store already holds contacts: give --store an empty database")
        contacts = [
            repo.add_contact(
                session,
                name=f"Alex Morgan {n:04d}",
                email=f"alex{n:04d}@org{n % 97:02d}.example",
                organization=f"Org {n % 97:02d} Health",
                role="UX Research Lead",
                source=ContactSource.CLI,
                how_found="the Women in UX meetup in October",
            ).contact
            for n in range(count)
        ]
        # The progress each follow-up tells (without one the daemon writes none).
        for contact in contacts:
            repo.add_note(session, contact, "I took your advice", kind=NoteKind.UPDATE)
        return [
            Walk(c.id, c.name, c.email or "", _proposed_time(n)) for n, c in enumerate(contacts)
        ]


class Player:
    """Plays the user and every contact, each look reading only what changed.

    A look reads the store's drafts and stage moves (the append-only event
    log) past the last ones seen, so a look costs what moved since the last
    one, not the number of contacts: the run's checks grow linearly.

    Every contact is first brought to awaiting_reply (its outreach sent).
    Then ``singles`` of them reply one at a time, each waiting for its
    scheduling draft (the latency of a quiet daemon), and then all the others
    reply at once (the latency under a burst).
    """

    def __init__(self, world: World, store: Store, walks: list[Walk], singles: int) -> None:
        self.world = world
        self.store = store
        self.walks = {w.contact_id: w for w in walks}
        self.singles = singles
        self.ready: list[Walk] = []
        self.awaiting: dict[str, Walk] = {}
        self.sent: set[str] = set()
        self.finished = 0
        self.last_draft = 0
        self.last_move = 0
        self.loops = 0
        self.moved_at = time.monotonic()
        #: The sandbox's call counts when the burst landed and when its last draft was seen.
        self.burst_calls: list[dict[str, int]] = []
        self.burst_span = 0.0
        #: Burst replies still waiting for their draft (counted down, not looked for).
        self.burst_left = 0

    def step(self) -> None:
        """Look once, then act on everything that is ready."""
        self.loops += 1
        with self.store.transaction(readonly=True) as session:
            drafts = session.execute(
                select(Draft.id, Draft.key, Draft.contact_id, Draft.kind, Draft.provider_draft_id)
                .where(Draft.id > self.last_draft - OVERLAP)
                .order_by(Draft.id)
            ).all()
            moves = session.execute(
                select(LogEvent.id, LogEvent.contact_id, LogEvent.to_stage)
                .where(LogEvent.id > self.last_move - OVERLAP, LogEvent.to_stage.in_(MOVES))
                .order_by(LogEvent.id)
            ).all()
        seen_at = time.monotonic()
        for row_id, key, contact_id, kind, draft_id in drafts:
            self.last_draft = max(self.last_draft, row_id)
            self._on_draft(self.walks[contact_id], key, DraftKind(kind), draft_id, seen_at)
        for row_id, contact_id, stage in moves:
            self.last_move = max(self.last_move, row_id)
            self._on_move(self.walks[contact_id], stage)
        if len(self.burst_calls) == 1 and self.burst_done:
            self.burst_calls.append(self.world.admin.calls())
        self._reply()

    @property
    def burst_done(self) -> bool:
        """Whether the burst was delivered and every reply in it has its draft."""
        return bool(self.burst_calls) and not self.burst_left

    def _on_draft(
        self, walk: Walk, key: str, kind: DraftKind, draft_id: str | None, seen_at: float
    ) -> None:
        if key in self.awaiting:
            replied = self.awaiting.pop(key)
            assert replied.replied_at is not None
            replied.latency = seen_at - replied.replied_at
            if replied.burst:
                self.burst_left -= 1
                self.burst_span = max(self.burst_span, replied.latency)
            self.moved_at = seen_at
        if kind is DraftKind.FOLLOW_UP:
            if walk.done_at is None:
                walk.done_at = self.moved_at = seen_at
                self.finished += 1
            return
        # Off the path (a nudge, a close-out): left for the summary to show.
        if kind in USER_SENDS and draft_id and key not in self.sent:
            self.world.send_draft(draft_id)
            self.sent.add(key)
            self.moved_at = time.monotonic()

    def _on_move(self, walk: Walk, stage: Stage | None) -> None:
        if stage is Stage.AWAITING_REPLY and not walk.ready:
            walk.ready = True
            self.ready.append(walk)
            self.moved_at = time.monotonic()
        elif stage is Stage.CONFIRMED and not walk.invited:
            start = datetime.now(USER_ZONE) + INVITE_AHEAD
            self.world.invite(walk.email, "Coffee chat", start, start + INVITE_LENGTH)
            walk.invited = True
            self.moved_at = time.monotonic()

    def _reply(self) -> None:
        """One reply while the singles last (each after the last one's draft), then the burst."""
        if self.awaiting or not self.ready:
            return
        replied = sum(1 for w in self.walks.values() if w.replied_at is not None)
        if replied < self.singles:
            if len(self.ready) + replied == len(self.walks):
                self._deliver([self.ready.pop(0)], burst=False)
        elif len(self.ready) + replied == len(self.walks):
            burst, self.ready = self.ready, []
            self._deliver(burst, burst=True)

    def _deliver(self, walks: list[Walk], *, burst: bool) -> None:
        """Their replies land in the mailbox together, each proposing its own time."""
        with self.store.transaction(readonly=True) as session:
            outreach = {
                contact_id: (message_id, subject)
                for contact_id, message_id, subject in session.execute(
                    select(Message.contact_id, Message.rfc_message_id, Message.subject)
                    .where(
                        Message.contact_id.in_([w.contact_id for w in walks]),
                        Message.direction == Direction.OUT,
                    )
                    .order_by(Message.id.desc())
                )
            }
        raws = []
        for walk in walks:
            when = walk.proposes
            text = (
                "Thanks for reaching out, happy to talk.\n\n"
                f"Would {when:%A}, {when:%B} {when.day} at {when:%I:%M %p} PT work for you?\n\n"
                f"Best,\n{walk.name.split()[0]}\n"
            )
            message_id, subject = outreach[walk.contact_id]
            raw, _ = self.world.written(walk.email, f"Re: {subject}", text, in_reply_to=message_id)
            raws.append(raw)
        if burst:
            self.burst_calls.append(self.world.admin.calls())
            self.burst_left = len(walks)
        delivered = self.world.admin.deliver_many(self.world.address, raws)
        replied_at = self.moved_at = time.monotonic()
        for walk, message in zip(walks, delivered, strict=True):
            walk.replied_at, walk.burst = replied_at, burst
            walk.reply_key = command_key(
                walk.contact_id, f"m{message['id']}", SCHEDULING_REPLY.name
            )
            self.awaiting[walk.reply_key] = walk


# ------------------------------------------------------------------ run


def _progress(player: Player, began: float) -> str:
    walks = player.walks.values()
    replied = sum(1 for w in walks if w.replied_at is not None)
    drafted = sum(1 for w in walks if w.latency is not None)
    invited = sum(1 for w in walks if w.invited)
    return (
        f"  {time.monotonic() - began:6.1f}s  awaiting reply {len(player.ready) + replied}"
        f"  replied {replied}  scheduling drafts {drafted}  invited {invited}"
        f"  done {player.finished}/{len(player.walks)}"
    )


def _tally(store: Store) -> tuple[dict[str, int], dict[str, int]]:
    with store.transaction(readonly=True) as session:
        drafts = {
            kind: n
            for kind, n in session.execute(select(Draft.kind, func.count()).group_by(Draft.kind))
        }
        stages = {
            str(stage): n
            for stage, n in session.execute(
                select(Contact.stage, func.count()).group_by(Contact.stage)
            )
        }
    return drafts, stages


def _play(settings: Settings, world: World, args: argparse.Namespace, procs: Processes) -> Run:
    store = open_store(settings.store.url)
    try:
        walks = _add_contacts(store, args.contacts)
        player = Player(world, store, walks, min(args.singles, len(walks)))
        if args.latency_ms:
            world.admin.fault(round_trip_ms=args.latency_ms)
        world.admin.reset_calls()
        began = time.monotonic()
        config = settings.config_file
        assert config is not None
        with _daemon_processes(config, args.processes, procs):
            next_report = began + args.report_every
            while player.finished < len(walks) and time.monotonic() - player.moved_at < args.stall:
                if args.stop_after_burst and player.burst_done:
                    break
                player.step()
                if time.monotonic() >= next_report:
                    print(_progress(player, began), flush=True)
                    next_report += args.report_every
                time.sleep(args.poll)
            elapsed = max((w.done_at or time.monotonic()) for w in walks) - began
        drafts, stages = _tally(store)
        return Run(
            contacts=len(walks),
            elapsed=elapsed,
            walks=walks,
            calls=world.admin.calls(),
            drafts=drafts,
            stages=stages,
            loops=player.loops,
            violations=len(world.admin.violations()),
            processes=procs,
            burst_units=_units_between(*player.burst_calls) if len(player.burst_calls) == 2 else 0,
            burst_span=player.burst_span,
        )
    finally:
        store.close()


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def _latency(label: str, values: list[float]) -> tuple[str, str]:
    p50, p95 = _percentile(values, 0.5), _percentile(values, 0.95)
    return (
        f"reply -> draft, {label} (n={len(values)})",
        f"p50 {p50:.2f} s   p95 {p95:.2f} s   max {max(values):.2f} s",
    )


def _units(calls: dict[str, int]) -> int:
    """The Gmail quota units of the sandbox's call counts."""
    return sum(units(k.removeprefix("gmail.users."), v) for k, v in calls.items() if k != "batch")


def _units_between(before: dict[str, int], after: dict[str, int]) -> int:
    return _units(after) - _units(before)


def _spent_floor(spent: int) -> float:
    """The fewest seconds the default budget takes to let ``spent`` units through."""
    rate = DEFAULT_UNITS_PER_MINUTE / MINUTE
    return max(0.0, spent - rate * BURST_SECONDS) / rate


def _quota_floor(replies: int) -> str:
    """How soon the default quota budget lets ``replies`` replies be read and drafted.

    The budget spends its burst allowance at once, then its rate: the n-th
    reply's draft can be written no sooner than (n x its units - the
    allowance) / the rate after the replies are first read.
    """
    rate = DEFAULT_UNITS_PER_MINUTE / MINUTE
    needed = replies * REPLY_TO_DRAFT_UNITS
    p95 = _spent_floor(round(0.95 * needed))
    return (
        f"{needed:,} units at {rate:.0f} units/s after {rate * BURST_SECONDS:,.0f} at once:"
        f" p95 >= {p95:.1f} s, last >= {_spent_floor(needed):.1f} s"
    )


def _api(method: str) -> str:
    """Which API a sandbox method id belongs to: gmail, calendar, or oauth."""
    return method.partition(".")[0]


def _report(run: Run, setup: str, poll_interval: float) -> None:
    n = run.contacts
    print()
    print(f"coffeechat daemon throughput: {setup}")
    rows = [
        ("contacts through the full path", f"{run.finished} of {n}"),
        ("wall time (daemon start -> last follow-up draft)", f"{run.elapsed:.1f} s"),
        ("contacts/second", f"{run.finished / run.elapsed:.2f}"),
    ]
    singles = [w.latency for w in run.walks if w.latency is not None and not w.burst]
    burst = [w.latency for w in run.walks if w.latency is not None and w.burst]
    if singles:
        rows.append(_latency("one reply at a time", singles))
    if burst:
        replies = sum(w.burst for w in run.walks)
        rows.append(_latency(f"a burst of {replies} replies", burst))
        rows.append(("  goal (2 x poll interval + 5 s)", f"p95 <= {2 * poll_interval + 5:g} s"))
        rows.append(("  quota floor (Gmail budget, default limits)", _quota_floor(replies)))
        if run.burst_units:
            rows.append(
                (
                    "  Gmail units spent, burst -> its last draft",
                    f"{run.burst_units:,} in {run.burst_span:.1f} s (the budget lets them"
                    f" through in >= {_spent_floor(run.burst_units):.1f} s from a full bucket)",
                )
            )
    rows.append(("looks (two store reads each)", f"{run.loops}"))
    self_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rows.append(("peak RSS, this driver", f"{self_kib / 1024:.0f} MiB"))
    figures = run.processes
    rows += [
        (f"peak RSS, {name}", f"{kib / 1024:.0f} MiB") for name, kib in figures.rss_kib.items()
    ]
    rows += [(f"CPU, {name}", f"{cpu:.1f} s") for name, cpu in figures.cpu_seconds.items()]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"  {label:<{width}}  {value}")

    print()
    print("API calls per contact, by method (sandbox counts / contacts)")
    api = {k: v for k, v in run.calls.items() if k != "batch"}
    total = "all API calls (batch envelopes apart)"
    by_api = {name: 0 for name in sorted({_api(k) for k in api})}
    for method, count in api.items():
        by_api[_api(method)] += count
    lines = [(f"all {name}", count) for name, count in by_api.items()]
    width = max([len(k) for k in run.calls] + [len(total)])
    for method, count in sorted(run.calls.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {method:<{width}}  {count / n:8.2f}  ({count} in all)")
    for label, count in lines:
        print(f"  {label:<{width}}  {count / n:8.2f}  ({count} in all)")
    print(f"  {total:<{width}}  {sum(api.values()) / n:8.2f}  ({sum(api.values())} in all)")
    gmail_units = sum(units(k.removeprefix("gmail.users."), v) for k, v in api.items())
    print(f"  {'Gmail quota units':<{width}}  {gmail_units / n:8.2f}  ({gmail_units} in all)")
    print()
    print("drafts written by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(run.drafts.items())))
    print("contacts by stage: " + ", ".join(f"{k} {v}" for k, v in sorted(run.stages.items())))
    print(sends_line(run.violations))


def _setup_line(args: argparse.Namespace) -> str:
    broker = f"Redis {args.redis}" if args.redis else "embedded broker"
    workers = (
        f"a scheduler and {args.processes} worker processes x {args.workers} threads"
        if args.processes
        else f"one daemon process with {args.workers} worker threads"
    )
    store = safe_url(args.store) if args.store else "SQLite file"
    return (
        f"{args.contacts} contacts, {broker}, {workers}, store {store}, sweep {args.sweep}s,"
        f" poll {args.poll_interval}s, {args.latency_ms} ms per API call"
    )


@contextmanager
def _folder(keep: str) -> Iterator[str]:
    """``keep`` (left in place for a look afterwards), else a temporary folder."""
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=False)
        yield keep
        return
    with tempfile.TemporaryDirectory(prefix="coffeechat-bench-") as folder:
        yield folder


def main() -> None:
    """Run N contacts through the daemon and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=1000, help="N (default 1000)")
    parser.add_argument("--workers", type=int, default=4, help="worker threads per process")
    parser.add_argument("--redis", default="", help="broker URL (default: the embedded broker)")
    parser.add_argument(
        "--processes", type=int, default=0, help="with --redis: separate worker processes"
    )
    parser.add_argument("--store", default="", help="an empty database URL (default: SQLite)")
    parser.add_argument(
        "--keep", default="", help="a new folder for the config and store, kept afterwards"
    )
    parser.add_argument(
        "--sweep",
        type=int,
        default=60,
        help="cadence.sweep_interval in seconds: outbox sweep and full draft check",
    )
    parser.add_argument("--poll", type=float, default=0.2, help="seconds between looks")
    parser.add_argument(
        "--poll-interval", type=float, default=1.0, help="the account's poll interval in seconds"
    )
    parser.add_argument(
        "--latency-ms", type=int, default=0, help="milliseconds the sandbox adds to every API call"
    )
    parser.add_argument(
        "--singles", type=int, default=10, help="contacts that reply one at a time before the burst"
    )
    parser.add_argument(
        "--stall", type=float, default=120, help="give up when nothing moved for seconds"
    )
    parser.add_argument(
        "--stop-after-burst",
        action="store_true",
        help="end the run once every burst reply has its draft (not waiting for the rest)",
    )
    parser.add_argument("--report-every", type=float, default=10, help="progress every seconds")
    args = parser.parse_args()
    if args.contacts < 1 or args.workers < 1 or min(args.processes, args.latency_ms) < 0:
        parser.error(
            "--contacts and --workers must be at least 1, --processes and --latency-ms at least 0"
        )
    if args.singles < 0 or args.poll_interval <= 0:
        parser.error("--singles must be at least 0 and --poll-interval above 0")
    if args.processes and not args.redis:
        parser.error("--processes needs --redis: worker processes share a Redis broker")

    procs = Processes()
    with (
        _folder(args.keep) as folder,
        _sandbox_process(procs) as base_url,
        SandboxAdmin(base_url) as admin,
    ):
        settings, world = sandboxed_config(
            Path(folder),
            base_url,
            admin,
            USER,
            store_url=args.store or None,
            broker_url=args.redis,
            cadence={
                **CADENCE,
                "sweep_interval": f"{args.sweep}s",
                "poll_interval": f"{args.poll_interval:g}s",
            },
            workers=args.workers,
            namespace=f"bench-{secrets.token_hex(4)}",
        )
        print(f"running {_setup_line(args)} (pid {os.getpid()})", flush=True)
        run = _play(settings, world, args, procs)
    _report(run, _setup_line(args), args.poll_interval)
    burst = [w for w in run.walks if w.burst]
    drafted = bool(burst) and all(w.latency is not None for w in burst)
    walked = drafted if args.stop_after_burst else run.finished == run.contacts
    if run.violations or not walked:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
