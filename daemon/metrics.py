"""Prometheus metrics: what the workers did, and what the store holds at scrape time.

:class:`ActorMetrics` is a dramatiq middleware that counts and times each
message (a poll is a ``sync_account`` message, a command an ``execute`` one),
so it measures the process it runs in: with Redis, scrape the workers for
polls and commands. :class:`StoreCollector` reads the store when scraped:
drafts by kind and status, contacts by stage, parked commands, mail and
events set aside unread, and the queue
lag (how long the oldest command ready to run has been waiting).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import dramatiq
from dramatiq import Broker
from dramatiq.broker import MessageProxy
from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select

from daemon.clock import Clock
from daemon.store import repo
from daemon.store.db import Store
from daemon.store.models import Draft, Outbox, OutboxStatus, SetAside, SetAsideStatus

#: Buckets for a poll or a command, in seconds: from a quiet mailbox to a slow provider.
DURATION_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


class ActorMetrics(dramatiq.Middleware):
    """Counts and times every message this process's workers handle, by actor and outcome."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self._started = threading.local()
        self.runs = Counter(
            "coffeechat_actor_runs",
            "Messages handled, by actor (sync_account is a poll) and outcome.",
            ["actor", "outcome"],
            registry=registry,
        )
        self.seconds = Histogram(
            "coffeechat_actor_duration_seconds",
            "How long each message took, by actor (sync_account is a poll).",
            ["actor"],
            buckets=DURATION_BUCKETS,
            registry=registry,
        )

    def before_process_message(self, broker: Broker, message: MessageProxy) -> None:
        """Note when the message started."""
        self._started.at = time.monotonic()

    def after_process_message(
        self,
        broker: Broker,
        message: MessageProxy,
        *,
        result: Any = None,
        exception: BaseException | None = None,
    ) -> None:
        """Count the message and record how long it took."""
        started = getattr(self._started, "at", None)
        if started is not None:
            self.seconds.labels(message.actor_name).observe(time.monotonic() - started)
        outcome = "ok" if exception is None else "error"
        self.runs.labels(message.actor_name, outcome).inc()


class StoreCollector(Collector):
    """Gauges read from the store at each scrape."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def collect(self) -> Iterator[Metric]:
        """Drafts, contacts, parked commands, set-aside items and queue lag, as stored now."""
        drafts = GaugeMetricFamily(
            "coffeechat_drafts",
            "Drafts the daemon wrote, by kind and status.",
            labels=["kind", "status"],
        )
        contacts = GaugeMetricFamily(
            "coffeechat_contacts", "Contacts at each stage.", labels=["stage"]
        )
        parked = GaugeMetricFamily(
            "coffeechat_parked_commands",
            "Commands the daemon stopped retrying (see coffeechat status).",
        )
        set_aside = GaugeMetricFamily(
            "coffeechat_set_aside",
            "Messages and calendar events the sync could not read and set aside, by kind.",
            labels=["kind"],
        )
        lag = GaugeMetricFamily(
            "coffeechat_queue_lag_seconds",
            "How long the oldest command ready to run has waited (0 when none waits).",
        )
        now = self.clock.now()
        with self.store.transaction(readonly=True) as session:
            by_kind = session.execute(
                select(Draft.kind, Draft.status, func.count()).group_by(Draft.kind, Draft.status)
            )
            for kind, status, count in by_kind:
                drafts.add_metric([kind, str(status)], count)
            for stage, count in repo.stage_counts(session).items():
                contacts.add_metric([str(stage)], count)
            parked_count = session.scalar(
                select(func.count()).select_from(Outbox).where(Outbox.status == OutboxStatus.PARKED)
            )
            parked.add_metric([], parked_count or 0)
            waiting_aside = session.execute(
                select(SetAside.kind, func.count())
                .where(SetAside.status == SetAsideStatus.SET_ASIDE)
                .group_by(SetAside.kind)
            )
            for kind, count in waiting_aside:
                set_aside.add_metric([kind], count)
            waiting = repo.runnable_outbox(session, now)
            oldest = min((row.next_attempt_at or row.created_at for row in waiting), default=None)
        lag.add_metric([], max((now - oldest).total_seconds(), 0.0) if oldest else 0.0)
        yield from (drafts, contacts, parked, set_aside, lag)
