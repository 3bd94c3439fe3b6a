"""SIGKILLed workers lose nothing and duplicate nothing.

A batch of contacts walks its paths on Redis and PostgreSQL, with the
scheduler in this process and two ``coffeechat worker`` processes that a
killer thread SIGKILLs in the middle of a command (at seeded moments) and
restarts. The final state must be the one every clean run ends with
(``scenario.expected_snapshot``): the same stage walk per contact, exactly
one draft per step counted in the sandbox, nothing parked, no send.

Recovery relies on two nets: Redis requeues a dead worker's unacknowledged
messages once its heartbeat is ``heartbeat_timeout_ms`` old (at the next
maintenance, ``maintenance_chance`` per million calls), and the scheduler's
sweep re-enqueues outbox rows not done, which a worker may claim again once
the dead worker's ``claim_lease`` ran out. The test shortens that lease to a
few seconds, slows draft creates so that kills land mid-command, and checks
that every orphaned command was done later; how long each took is printed.

The killer only aims at a worker holding a claim, and stops after ``MAX_KILLS``
kills. A worker takes seconds to start on a loaded 2-core machine (the
reader's imports alone are 2 s of CPU); killing workers still starting, or
killing without end, starves the walk instead of testing recovery.

It runs for a Gmail account and for an Outlook one (Graph over HTTPS, msal).
"""

from __future__ import annotations

import os
import random
import secrets
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select

from daemon.sandboxed import start_daemon
from daemon.store.db import Store, open_store
from daemon.store.models import Outbox, OutboxStatus
from tests.daemon import journeys, scenario
from tests.daemon.journeys import Provider

BATCH = 9
SEED = 20_261_122
#: Between two kills, in seconds.
KILL_EVERY = (1.0, 3.0)
#: At least this many kills must land before the walk ends, and no more than ``MAX_KILLS``.
MIN_KILLS = 3
MAX_KILLS = 6
CLAIM_LEASE_S = 4
SLOW_CREATE_MS = 700


#: Each provider's draft-create methods: an Outlook outreach is a new
#: message, every later draft a reply in its thread.
DRAFT_CREATES = {
    "google": ("gmail.users.drafts.create",),
    "microsoft": ("graph.messages.create", "graph.messages.createReply"),
}


@pytest.fixture(params=journeys.PROVIDERS)
def provider(request: pytest.FixtureRequest) -> Provider:
    return journeys.provider_sandbox(request.param, request)


@dataclass
class Orphan:
    """An outbox command a killed worker had claimed: when it was killed, when it was done."""

    key: str
    killed_at: float
    done_at: float | None = None


@dataclass
class Workers:
    """``coffeechat worker`` processes on one config; kill and restart them."""

    config: Path
    folder: Path
    count: int = 2
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    starts: int = 0

    def start(self) -> None:
        """Start every worker."""
        self.procs = [self._spawn() for _ in range(self.count)]

    def _spawn(self) -> subprocess.Popen[bytes]:
        self.starts += 1
        exe = Path(sys.executable).parent / "coffeechat"
        with (self.folder / f"worker-{self.starts}.log").open("wb") as log:
            return subprocess.Popen(
                # Debug lines say what a worker did when a walk stalls.
                [str(exe), "--verbose", "--config", str(self.config), "worker"],
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def kill(self, index: int) -> None:
        """SIGKILL worker ``index`` and start a new one in its place."""
        proc = self.procs[index]
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        self.procs[index] = self._spawn()

    def check(self) -> None:
        """Fail if a worker exited on its own (a crash we did not cause)."""
        for proc in self.procs:
            if proc.poll() is not None:
                raise AssertionError(f"a worker exited with {proc.returncode} on its own")

    def stop(self) -> None:
        """SIGTERM every worker and wait for it."""
        for proc in self.procs:
            proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


class Killer(threading.Thread):
    """SIGKILLs a worker running a command every 1-3 s (seeded), at most ``MAX_KILLS`` times.

    A worker running none is left alone: it may still be starting. Each kill
    notes the commands the victim held (its claims name its process).
    """

    def __init__(self, workers: Workers, store: Store, lock: threading.Lock) -> None:
        super().__init__(name="killer", daemon=True)
        self.workers = workers
        self.store = store
        self.lock = lock
        self.rng = random.Random(SEED)
        self.halt = threading.Event()
        self.kills = 0
        self.orphans: list[Orphan] = []

    def _running(self) -> dict[str, int]:
        """Running commands and the process id of the worker that claimed each."""
        with self.store.transaction(readonly=True) as session:
            rows = session.scalars(select(Outbox).where(Outbox.status == OutboxStatus.RUNNING))
            return {row.key: int((row.owner or "::").split(":")[1] or 0) for row in rows}

    def run(self) -> None:
        while self.kills < MAX_KILLS and not self.halt.wait(self.rng.uniform(*KILL_EVERY)):
            # Wait for a worker to take a command: sampling once would often find none and
            # let a short walk end before the kills it needs.
            while not self.halt.wait(0.05) and not self._kill_a_busy_worker():
                pass

    def _kill_a_busy_worker(self) -> bool:
        """Kill a worker running a command, if one is; whether one was."""
        with self.lock:
            pids = [proc.pid for proc in self.workers.procs]
            busy = sorted({pid for pid in self._running().values() if pid in pids})
            if not busy:
                return False
            pid = self.rng.choice(busy)
            self.workers.kill(pids.index(pid))
            killed_at = time.monotonic()
            self.kills += 1
            # A dead process changes nothing: what it still holds, it dropped.
            self.orphans += [
                Orphan(key, killed_at) for key, owner in self._running().items() if owner == pid
            ]
            return True

    def watch(self) -> None:
        """Note when each orphan is done (call it while the run goes on)."""
        pending = [o for o in self.orphans if o.done_at is None]
        if not pending:
            return
        with self.store.transaction(readonly=True) as session:
            done = set(
                session.scalars(
                    select(Outbox.key).where(
                        Outbox.key.in_([o.key for o in pending]),
                        Outbox.status == OutboxStatus.DONE,
                    )
                )
            )
        for orphan in pending:
            if orphan.key in done:
                orphan.done_at = time.monotonic()


@pytest.fixture
def short_lease(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # Inherited by the worker processes too.
    monkeypatch.setenv("COFFEECHAT_BROKER__CLAIM_LEASE", f"{CLAIM_LEASE_S}s")
    yield


# The walk's own bounds (150 s to walk, 30 s to settle) end the test; pytest-timeout's
# project-wide 120 s would cut the walk short of its bound.
@pytest.mark.timeout(300)
def test_sigkilled_workers_end_in_the_clean_runs_state(
    tmp_path: Path,
    provider: Provider,
    pg_url: str,
    redis_url: str,
    redis_namespace: str,
    short_lease: None,
) -> None:
    # Given a batch walking on Redis + PostgreSQL
    admin = provider.admin
    folder = tmp_path / "crash"
    settings, world = provider.configured(
        folder,
        f"crash-{secrets.token_hex(4)}@example.com",
        store_url=pg_url,
        broker_url=redis_url,
        namespace=redis_namespace,
        cadence=scenario.CADENCE,
    )
    store = open_store(settings.store.url)
    workers = Workers(folder / "config.toml", folder)
    lock = threading.Lock()
    killer = Killer(workers, store, lock)
    scheduler = start_daemon(settings, workers=False)
    workers.start()

    def check() -> None:
        with lock:
            workers.check()
        killer.watch()

    try:
        killer.start()
        batch = scenario.plans(BATCH)
        walker = scenario.Scenario(settings, world, store, batch)
        admin.reset_calls()
        # Draft creates slow enough that a kill often lands while one runs.
        for method in DRAFT_CREATES[provider.name]:
            admin.fault(method=method, latency_ms=SLOW_CREATE_MS, times=None)
        # When workers are SIGKILLed in the middle of commands
        walker.add_contacts()
        # An upper bound, not a wait: on a loaded 2-core machine the kills can stretch the
        # walk well past its usual half minute.
        walker.play(150, check)
        killer.halt.set()
        killer.join()
        scenario.settle(store, 30, check)
        killer.watch()
        crashed = scenario.snapshot(world, store, batch)
    finally:
        admin.clear_faults()
        killer.halt.set()
        scheduler.stop()
        workers.stop()
        store.close()

    # Then enough kills landed, each in the middle of a command that was done later
    assert killer.kills >= MIN_KILLS
    assert killer.orphans, "no kill interrupted a running command"
    assert all(o.done_at is not None for o in killer.orphans)
    # and the final state is the one every clean run ends with
    assert crashed == scenario.expected_snapshot(batch)
    waits = [o.done_at - o.killed_at for o in killer.orphans if o.done_at is not None]
    print(
        f"\n{killer.kills} kills, {len(killer.orphans)} orphaned commands; "
        + (
            f"finished {min(waits):.1f}-{max(waits):.1f}s after the kill "
            f"(median {statistics.median(waits):.1f}s)"
            if waits
            else "none to measure"
        )
    )
