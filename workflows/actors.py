"""The dramatiq actors: thin, JSON-friendly entry points into the engine.

Actors are declared against an explicit broker by :func:`declare_actors`, so
there is no hidden import order between ``set_broker`` and actor modules. They
take ids, never objects, and delegate to an :class:`Engine` (implemented in
``daemon.engine`` on top of the store and the connectors). Retry policy lives
here, decided from our error tree: a :class:`~connectors.errors.Transient`
becomes ``Retry(delay)``; every other :class:`~connectors.errors.CoffeechatError`
(re-authorisation needed, a broken config, bad input) is never retried by the
broker, because retrying cannot fix it: the engine has already recorded it
(a parked command, an account's last error) and the scheduler polls again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

import dramatiq
from dramatiq import Broker

from connectors.errors import CoffeechatError, Transient

#: Outbox commands: the bulk of the work, each a provider call or two.
QUEUE = "coffeechat"
#: Polls and timers: few, cheap and urgent. A queue of their own (consumed by
#: the same workers, ahead of commands) so a backlog of commands never delays
#: noticing a reply.
URGENT_QUEUE = "coffeechat-urgent"
#: dramatiq runs lower numbers first among messages a worker has pulled.
URGENT_PRIORITY, COMMAND_PRIORITY = 0, 10
#: Backoff when a provider gave no Retry-After, in milliseconds.
MIN_BACKOFF_MS = 1_000
MAX_BACKOFF_MS = 300_000


class Engine(Protocol):
    """What the actors run; each call is idempotent and safe to repeat."""

    def sync_account(self, account_id: int) -> None:
        """Pull mail and calendar changes for one account and ingest them."""
        ...

    def execute(self, outbox_key: str) -> None:
        """Carry out one outbox command (a no-op if it is already done)."""
        ...

    def fire_timer(self, timer_id: int) -> None:
        """Fire one due timer (a no-op if it already fired or was cancelled)."""
        ...


@dataclass(frozen=True)
class Actors:
    """The declared actors, for enqueuing with ``.send(...)``."""

    sync_account: dramatiq.Actor[[int], None]
    execute: dramatiq.Actor[[str], None]
    fire_timer: dramatiq.Actor[[int], None]


@contextmanager
def _retry_policy() -> Iterator[None]:
    try:
        yield
    except Transient as exc:
        delay = None if exc.retry_after is None else int(exc.retry_after * 1000)
        raise dramatiq.Retry(str(exc), delay=delay) from exc


def declare_actors(broker: Broker, engine: Callable[[], Engine], max_retries: int = 8) -> Actors:
    """Declare the actors on ``broker``; ``engine()`` gives this process's engine."""
    options: dict[str, Any] = {
        "broker": broker,
        "max_retries": max_retries,
        "min_backoff": MIN_BACKOFF_MS,
        "max_backoff": MAX_BACKOFF_MS,
        "throws": (CoffeechatError,),
    }

    def sync_account(account_id: int) -> None:
        with _retry_policy():
            engine().sync_account(account_id)

    def execute(outbox_key: str) -> None:
        with _retry_policy():
            engine().execute(outbox_key)

    def fire_timer(timer_id: int) -> None:
        with _retry_policy():
            engine().fire_timer(timer_id)

    urgent = {**options, "queue_name": URGENT_QUEUE, "priority": URGENT_PRIORITY}
    commands = {**options, "queue_name": QUEUE, "priority": COMMAND_PRIORITY}
    return Actors(
        sync_account=dramatiq.actor(actor_name="sync_account", **urgent)(sync_account),
        execute=dramatiq.actor(actor_name="execute", **commands)(execute),
        fire_timer=dramatiq.actor(actor_name="fire_timer", **urgent)(fire_timer),
    )
