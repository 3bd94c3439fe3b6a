"""The long-running process: workers, the scheduler, or both.

``coffeechat run`` is both (with the in-process broker, the only choice);
``coffeechat run --scheduler-only`` and ``coffeechat worker`` split them for
scale-out on Redis. :meth:`Service.stop` (SIGTERM, SIGINT) stops taking new
work and lets running actors finish.
"""

from __future__ import annotations

import logging
import threading

import dramatiq

from connectors.errors import ConfigError
from daemon.accounts import check_supported
from daemon.broker import BrokerOptions, make_broker
from daemon.clock import clock_from
from daemon.engine.core import Engine
from daemon.outage import Outage
from daemon.scheduler import Scheduler
from daemon.settings import Settings
from daemon.store.db import Store, open_store
from workflows.actors import Actors, declare_actors

log = logging.getLogger(__name__)

#: How often the scheduler looks for due work, in seconds.
TICK = 0.5
#: How long a stopping worker waits for running actors, in milliseconds.
STOP_TIMEOUT_MS = 30_000
#: The longest pause between two tries of a failing tick, in seconds.
MAX_PAUSE = 30.0


class Service:
    """Workers and/or the scheduler over one store and one broker."""

    def __init__(self, settings: Settings, *, scheduler: bool = True, workers: bool = True) -> None:
        if workers and not scheduler and not settings.broker.url:
            raise ConfigError(
                "coffeechat worker needs broker.url (Redis); "
                "with the in-process broker use coffeechat run"
            )
        if scheduler and not workers and not settings.broker.url:
            raise ConfigError("--scheduler-only needs broker.url (Redis) and separate workers")
        check_supported(settings)
        self.settings = settings
        self.stopping = threading.Event()
        self.store: Store = open_store(settings.store.url)
        self.broker = make_broker(
            BrokerOptions(
                url=settings.broker.url,
                namespace=settings.broker.namespace,
                heartbeat_timeout_ms=settings.broker.heartbeat_timeout_ms,
                maintenance_chance=settings.broker.maintenance_chance,
            )
        )
        self.clock = clock_from(settings.clock.offset_file)
        self.engine = Engine(settings, self.store, enqueue=self._enqueue, clock=self.clock)
        self.actors: Actors = declare_actors(
            self.broker, lambda: self.engine, max_retries=settings.cadence.retry_limit
        )
        self.scheduler = (
            Scheduler(settings, self.store, self.actors, clock=self.clock) if scheduler else None
        )
        # A poll set shorter than the tick (the demo's, the tests') is still kept.
        self.tick = min(TICK, settings.cadence.poll_interval.total_seconds() / 2)
        self.worker = (
            dramatiq.Worker(self.broker, worker_threads=settings.broker.workers)
            if workers
            else None
        )

    def _enqueue(self, outbox_key: str) -> None:
        self.actors.execute.send(outbox_key)

    def run(self) -> None:
        """Serve until :meth:`stop` is called.

        The scheduler's loop never dies: a tick that fails (the store or the
        broker unreachable, or anything else) is logged once per outage and
        tried again after a growing pause, until it goes through.
        """
        if self.worker is not None:
            self.worker.start()
        outage = Outage("scheduler", self.tick, MAX_PAUSE)
        registered = False
        try:
            while not self.stopping.is_set():
                pause = self.tick
                if self.scheduler is not None:
                    try:
                        if not registered:
                            ids = self.scheduler.register_accounts()
                            log.info("watching %d account(s)", len(ids))
                            registered = True
                        self.scheduler.tick()
                    except Exception as exc:  # noqa: BLE001 - the loop outlives any failure
                        pause = outage.failed(exc)
                    else:
                        outage.over()
                self.stopping.wait(pause)
        finally:
            self.close()

    def stop(self) -> None:
        """Stop taking work; :meth:`run` returns once running actors finish."""
        self.stopping.set()

    def close(self) -> None:
        """Stop the workers, then close the broker and the store."""
        if self.worker is not None:
            self.worker.stop(timeout=STOP_TIMEOUT_MS)
            self.worker = None
        self.broker.close()
        self.engine.connectors.close()
        self.store.close()
