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

Printed: contacts/second (N over the time from the daemon's start to the last
follow-up draft), API calls per contact by method (the sandbox's counts over
the whole run divided by N), p50/p95 latency from a reply landing in the
sandbox to its scheduling-reply draft existing there (the draft is found by
the outbox key it carries; one admin drafts call and one store read per loop
serve every contact, so the figure includes up to one loop of polling), and
peak RSS.

The sandbox runs in its own process, as a remote provider would: its CPU and
memory stay out of the daemon's figures (its peak RSS is shown apart).

Run: ``.venv/bin/python bench/daemon_throughput.py [--contacts 1000] [--workers 4]
[--redis redis://localhost:6379/0 [--processes 2]] [--store URL] [--sweep 60]``.
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
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from connectors.sandbox import SandboxAdmin
from connectors.sandbox.world import World, draft_key, header
from daemon.engine.transitions import command_key
from daemon.sandboxed import FAST_CADENCE, sandboxed_config, start_daemon
from daemon.settings import Settings
from daemon.store import repo
from daemon.store.db import Store, open_store, safe_url
from daemon.store.models import Contact, ContactSource, Draft, NoteKind
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


@dataclass
class Walk:
    """One contact's way through the pipeline, as the world sees it."""

    contact_id: int
    name: str
    email: str
    proposes: datetime
    outreach_message_id: str | None = None
    subject: str = ""
    reply_key: str | None = None
    replied_at: float | None = None
    latency: float | None = None
    invited: bool = False
    done_at: float | None = None


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
    rss_kib: dict[str, int] = field(default_factory=dict)

    @property
    def finished(self) -> int:
        """Contacts whose follow-up draft exists."""
        return sum(1 for w in self.walks if w.done_at is not None)


# ------------------------------------------------------------ processes


def _peak_rss_kib(pid: int) -> int:
    """A live process's peak RSS (``VmHWM``) in KiB; 0 where /proc does not tell."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


@contextmanager
def _sandbox_process(rss: dict[str, int]) -> Iterator[str]:
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
        rss["sandbox process (not the daemon)"] = _peak_rss_kib(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@contextmanager
def _worker_processes(config: Path, count: int, logs: Path, rss: dict[str, int]) -> Iterator[None]:
    """``count`` ``coffeechat worker`` processes (Redis only), logging to ``logs``."""
    procs: list[subprocess.Popen[bytes]] = []
    with ExitStack() as files:
        for n in range(count):
            log_file = files.enter_context((logs / f"worker-{n}.log").open("wb"))
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-c", CLI, "--config", str(config), "worker"],
                    stdout=log_file,
                    stderr=subprocess.STDOUT,
                )
            )
        try:
            yield
            for n, proc in enumerate(procs):
                rss[f"worker process {n}"] = _peak_rss_kib(proc.pid)
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
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
    """Plays the user and every contact, one look at the sandbox and the store per loop."""

    def __init__(self, world: World, store: Store, walks: list[Walk]) -> None:
        self.world = world
        self.store = store
        self.walks = {w.contact_id: w for w in walks}
        self.sent: set[str] = set()
        self.loops = 0
        self.moved_at = time.monotonic()

    @property
    def finished(self) -> int:
        """Contacts whose follow-up draft exists."""
        return sum(1 for w in self.walks.values() if w.done_at is not None)

    def step(self) -> None:
        """Look once, then act on everything that is ready."""
        self.loops += 1
        drafts = {draft_key(d): d for d in self.world.admin.drafts(USER)}
        seen_at = time.monotonic()
        with self.store.transaction(readonly=True) as session:
            stages = {
                cid: stage for cid, stage in session.execute(select(Contact.id, Contact.stage))
            }
            kinds = {
                key: (contact_id, DraftKind(kind))
                for key, contact_id, kind in session.execute(
                    select(Draft.key, Draft.contact_id, Draft.kind)
                )
            }
        for walk in self.walks.values():
            if walk.reply_key in drafts and walk.latency is None:
                assert walk.replied_at is not None
                walk.latency = seen_at - walk.replied_at
                self.moved_at = seen_at
        for key, draft in drafts.items():
            if key is None or key not in kinds or key in self.sent:
                continue
            contact_id, kind = kinds[key]
            self._on_draft(self.walks[contact_id], key, kind, draft, seen_at)
        for walk in self.walks.values():
            self._on_stage(walk, stages.get(walk.contact_id))

    def _on_draft(
        self, walk: Walk, key: str, kind: DraftKind, draft: dict[str, Any], seen_at: float
    ) -> None:
        if kind is DraftKind.FOLLOW_UP:
            if walk.done_at is None:
                walk.done_at = self.moved_at = seen_at
            return
        if kind not in USER_SENDS:
            return  # off the path (a nudge, a close-out): left for the summary to show
        if kind is DraftKind.OUTREACH:
            walk.outreach_message_id = header(draft, "Message-ID")
            walk.subject = header(draft, "Subject") or ""
        self.world.send_draft(draft["id"])
        self.sent.add(key)
        self.moved_at = time.monotonic()

    def _on_stage(self, walk: Walk, stage: Stage | None) -> None:
        if stage is Stage.AWAITING_REPLY and walk.replied_at is None:
            self._reply(walk)
        elif stage is Stage.CONFIRMED and not walk.invited:
            start = datetime.now(USER_ZONE) + INVITE_AHEAD
            self.world.invite(walk.email, "Coffee chat", start, start + INVITE_LENGTH)
            walk.invited = True
            self.moved_at = time.monotonic()

    def _reply(self, walk: Walk) -> None:
        when = walk.proposes
        text = (
            "Thanks for reaching out, happy to talk.\n\n"
            f"Would {when:%A}, {when:%B} {when.day} at {when:%I:%M %p} PT work for you?\n\n"
            f"Best,\n{walk.name.split()[0]}\n"
        )
        assert walk.outreach_message_id is not None
        delivered = self.world.deliver(
            walk.email,
            f"Re: {walk.subject}",
            text,
            in_reply_to=walk.outreach_message_id,
        )
        walk.replied_at = self.moved_at = time.monotonic()
        walk.reply_key = command_key(walk.contact_id, f"m{delivered['id']}", SCHEDULING_REPLY.name)


# ------------------------------------------------------------------ run


def _progress(player: Player, began: float) -> str:
    walks = player.walks.values()
    replied = sum(1 for w in walks if w.replied_at is not None)
    drafted = sum(1 for w in walks if w.latency is not None)
    invited = sum(1 for w in walks if w.invited)
    done = sum(1 for w in walks if w.done_at is not None)
    return (
        f"  {time.monotonic() - began:6.1f}s  replied {replied}  scheduling drafts {drafted}"
        f"  invited {invited}  done {done}/{len(player.walks)}"
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


def _play(settings: Settings, world: World, args: argparse.Namespace, rss: dict[str, int]) -> Run:
    store = open_store(settings.store.url)
    try:
        walks = _add_contacts(store, args.contacts)
        player = Player(world, store, walks)
        world.admin.reset_calls()
        began = time.monotonic()
        daemon = start_daemon(settings, workers=not args.processes)
        try:
            config = settings.config_file
            assert config is not None
            with _worker_processes(config, args.processes, config.parent, rss):
                next_report = began + args.report_every
                while (
                    player.finished < len(walks) and time.monotonic() - player.moved_at < args.stall
                ):
                    player.step()
                    if time.monotonic() >= next_report:
                        print(_progress(player, began), flush=True)
                        next_report += args.report_every
                    time.sleep(args.poll)
                elapsed = max((w.done_at or time.monotonic()) for w in walks) - began
        finally:
            daemon.stop()
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
            rss_kib=rss,
        )
    finally:
        store.close()


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def _report(run: Run, setup: str) -> None:
    n = run.contacts
    latencies = [w.latency for w in run.walks if w.latency is not None]
    print()
    print(f"coffeechat daemon throughput: {setup}")
    rows = [
        ("contacts through the full path", f"{run.finished} of {n}"),
        ("wall time (daemon start -> last follow-up draft)", f"{run.elapsed:.1f} s"),
        ("contacts/second", f"{run.finished / run.elapsed:.2f}"),
    ]
    if latencies:
        p50, p95 = _percentile(latencies, 0.5), _percentile(latencies, 0.95)
        rows.append(
            (
                f"reply -> draft latency (n={len(latencies)})",
                f"p50 {p50:.2f} s   p95 {p95:.2f} s   max {max(latencies):.2f} s",
            )
        )
    rows.append(("looks (one admin drafts call + one store read each)", f"{run.loops}"))
    self_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rows.append(("peak RSS, daemon + this driver", f"{self_kib / 1024:.0f} MiB"))
    rows += [(f"peak RSS, {name}", f"{kib / 1024:.0f} MiB") for name, kib in run.rss_kib.items()]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"  {label:<{width}}  {value}")

    print()
    print("API calls per contact, by method (sandbox counts / contacts)")
    api = {k: v for k, v in run.calls.items() if k != "batch"}
    total = "all API calls (batch envelopes apart)"
    width = max([len(k) for k in run.calls] + [len(total)])
    for method, count in sorted(run.calls.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {method:<{width}}  {count / n:8.2f}  ({count} in all)")
    print(f"  {total:<{width}}  {sum(api.values()) / n:8.2f}  ({sum(api.values())} in all)")
    print()
    print("drafts written by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(run.drafts.items())))
    print("contacts by stage: " + ", ".join(f"{k} {v}" for k, v in sorted(run.stages.items())))
    print(f"send attempts or guest notifications recorded by the sandbox: {run.violations}")


def _setup_line(args: argparse.Namespace) -> str:
    broker = f"Redis {args.redis}" if args.redis else "embedded broker"
    workers = (
        f"{args.processes} worker processes x {args.workers} threads"
        if args.processes
        else f"{args.workers} worker threads in the daemon's process"
    )
    store = safe_url(args.store) if args.store else "SQLite file"
    return f"{args.contacts} contacts, {broker}, {workers}, store {store}, sweep {args.sweep}s"


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
        "--stall", type=float, default=120, help="give up when nothing moved for seconds"
    )
    parser.add_argument("--report-every", type=float, default=10, help="progress every seconds")
    args = parser.parse_args()
    if args.contacts < 1 or args.workers < 1 or args.processes < 0:
        parser.error("--contacts and --workers must be at least 1, --processes at least 0")
    if args.processes and not args.redis:
        parser.error("--processes needs --redis: worker processes share a Redis broker")

    rss: dict[str, int] = {}
    with (
        _folder(args.keep) as folder,
        _sandbox_process(rss) as base_url,
        SandboxAdmin(base_url) as admin,
    ):
        settings, world = sandboxed_config(
            Path(folder),
            base_url,
            admin,
            USER,
            store_url=args.store or None,
            broker_url=args.redis,
            cadence={**CADENCE, "sweep_interval": f"{args.sweep}s"},
            workers=args.workers,
            namespace=f"bench-{secrets.token_hex(4)}",
        )
        print(f"running {_setup_line(args)} (pid {os.getpid()})", flush=True)
        run = _play(settings, world, args, rss)
    _report(run, _setup_line(args))
    if run.violations or run.finished < run.contacts:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
