"""The one place that builds the dramatiq broker.

``broker.url`` set: dramatiq's Redis broker, tuned so that a message held by a
SIGKILLed worker comes back within seconds rather than dramatiq's default of
about 25 minutes. Empty: dramatiq's in-memory broker, consumed by worker
threads inside ``coffeechat run`` (the embedded default). Either way the queue
is only a transport: the scheduler's sweep re-enqueues anything the store says
is not done, so losing the queue loses no work.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from dramatiq import Broker
from dramatiq.brokers.redis import RedisBroker
from dramatiq.brokers.stub import StubBroker

from daemon.log_ids import LogIds

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BrokerOptions:
    """What the broker needs from settings; plain values so tests can build one."""

    url: str = ""
    namespace: str = "coffeechat"
    heartbeat_timeout_ms: int = 5_000
    maintenance_chance: int = 100_000


def make_broker(options: BrokerOptions) -> Broker:
    """A Redis broker when a URL is given, else the in-process one."""
    if not options.url:
        log.debug("using the in-process broker")
        stub = StubBroker()
        stub.add_middleware(LogIds())
        return stub
    # A worker that stops heart-beating for heartbeat_timeout is declared dead
    # and its un-acked messages are requeued, but only during "maintenance",
    # which runs on maintenance_chance out of a million fetches. dramatiq's
    # defaults (60 s, 1000) make that about 25 minutes; these make it seconds.
    broker = RedisBroker(
        url=options.url,
        namespace=options.namespace,
        heartbeat_timeout=options.heartbeat_timeout_ms,
        maintenance_chance=options.maintenance_chance,
    )
    broker.add_middleware(LogIds())
    log.debug("using the Redis broker, namespace %s", options.namespace)
    return broker
