"""The scheduler: polls accounts, fires due timers, and sweeps the outbox.

It only enqueues; workers do the work. The store is the source of truth, so
the sweep re-enqueues every outbox command not done and every timer that is
due, on start and then (backing off while it stays unfinished) every
``cadence.sweep_interval`` or a few: work lost with a
queue (the in-process broker at a restart, a Redis flush, a SIGKILLed
worker) is found again. Enqueuing twice is harmless: every actor is
idempotent. Long waits are timer rows, never delayed queue messages.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select

from daemon.clock import Clock, SystemClock
from daemon.settings import Settings
from daemon.store import repo
from daemon.store.db import Store
from daemon.store.models import Account
from daemon.store.types import utcnow
from workflows.actors import Actors

log = logging.getLogger(__name__)

#: The longest wait before unfinished work is sent again, in sweep intervals.
MAX_RESEND_SWEEPS = 8


@dataclass
class Scheduler:
    """One ``tick()`` enqueues what is due; call it about once a second.

    Polls and sweeps are paced by ``ticks`` (real seconds: they pace provider
    calls); timers fall due by ``clock``, the contacts' calendar time.
    """

    settings: Settings
    store: Store
    actors: Actors
    clock: Clock = field(default_factory=SystemClock)
    ticks: Callable[[], float] = time.monotonic
    _next_poll: dict[int, float] = field(default_factory=dict)
    # token -> (when it may be sent again, the gap before that)
    _resend: dict[str, tuple[float, float]] = field(default_factory=dict)
    _next_sweep: float = float("-inf")

    def register_accounts(self) -> list[int]:
        """Make sure every configured account has its row; returns their ids."""
        with self.store.transaction() as session:
            return [
                repo.ensure_account(session, account.provider, account.address).id
                for account in self.settings.accounts
            ]

    def tick(self) -> None:
        """Enqueue polls, due timers and (at sweep time) unfinished commands."""
        now = self.ticks()
        self._poll_accounts(now)
        self._fire_due_timers(now)
        if now >= self._next_sweep:
            self._next_sweep = now + self._sweep_seconds
            self._sweep_outbox(now)

    def _poll_accounts(self, now: float) -> None:
        intervals = {a.address: a.poll_interval for a in self.settings.accounts}
        with self.store.transaction(readonly=True) as session:
            accounts = [(a.id, a.address) for a in session.scalars(select(Account))]
        for account_id, address in accounts:
            if address not in intervals or now < self._next_poll.get(account_id, float("-inf")):
                continue
            every = intervals[address] or self.settings.cadence.poll_interval
            self._next_poll[account_id] = now + every.total_seconds()
            self.actors.sync_account.send(account_id)

    @property
    def _sweep_seconds(self) -> float:
        return self.settings.cadence.sweep_interval.total_seconds()

    def _fire_due_timers(self, now: float) -> None:
        with self.store.transaction(readonly=True) as session:
            due = [f"t{t.id}" for t in repo.due_timers(session, self.clock.now())]
        self._forget("t", due)
        for token in due:
            if self._due(token, now):
                self.actors.fire_timer.send(int(token[1:]))

    def _sweep_outbox(self, now: float) -> None:
        with self.store.transaction(readonly=True) as session:
            pending = [f"o{row.key}" for row in repo.runnable_outbox(session, utcnow())]
        self._forget("o", pending)
        sent = [token for token in pending if self._due(token, now)]
        for token in sent:
            self.actors.execute.send(token[1:])
        if sent:
            log.debug("sweep enqueued %d of %d unfinished commands", len(sent), len(pending))

    def _due(self, token: str, now: float) -> bool:
        """Whether to (re-)enqueue ``token`` now, and when it may be sent again.

        Work still unfinished after it was sent is sent again, after one sweep
        interval, then two, four… up to eight: a lost message comes back soon,
        while work merely waiting behind a backlog does not pile up copies.
        """
        ready, gap = self._resend.get(token, (float("-inf"), self._sweep_seconds / 2))
        if now < ready:
            return False
        gap = min(2 * gap, MAX_RESEND_SWEEPS * self._sweep_seconds)
        self._resend[token] = (now + gap, gap)
        return True

    def _forget(self, prefix: str, active: list[str]) -> None:
        """Drop the back-off of ``prefix`` tokens whose work is done."""
        keep = set(active)
        self._resend = {
            token: entry
            for token, entry in self._resend.items()
            if not token.startswith(prefix) or token in keep
        }
