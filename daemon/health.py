"""The optional HTTP listener: ``/healthz`` and Prometheus ``/metrics``, on 127.0.0.1 only.

Off unless ``[health] enabled = true``. It binds the loopback address and no
other: a store's contacts and stages are nobody else's business, so reaching
it from elsewhere takes a proxy or a tunnel the user sets up on purpose.
``/healthz`` answers what ``coffeechat check`` prints, as JSON: 200 when every
fact holds, 503 when one fails.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from dramatiq import Broker
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

from connectors.errors import ConfigError
from daemon.checks import healthy, run_checks
from daemon.clock import SystemClock
from daemon.metrics import ActorMetrics, StoreCollector
from daemon.settings import Settings
from daemon.store.db import Store

log = logging.getLogger(__name__)

#: The only address the listener binds.
LOOPBACK = "127.0.0.1"


@dataclass
class HealthListener:
    """A running listener; :meth:`close` stops it."""

    server: ThreadingHTTPServer
    thread: threading.Thread

    @property
    def port(self) -> int:
        """The port it listens on."""
        return int(self.server.server_address[1])

    def close(self) -> None:
        """Stop serving and release the port."""
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)


def start_health(settings: Settings, store: Store, broker: Broker) -> HealthListener:
    """Serve ``/healthz`` and ``/metrics`` on 127.0.0.1 in a background thread.

    Call it before the workers start: it adds the middleware that counts their messages.
    """
    registry = CollectorRegistry()
    # Wall-clock: every stamp the checks and gauges compare with is utcnow().
    clock = SystemClock()
    registry.register(StoreCollector(store, clock))
    broker.add_middleware(ActorMetrics(registry))

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            path = self.path.split("?", 1)[0]
            if path == "/metrics":
                self._answer(200, CONTENT_TYPE_LATEST, generate_latest(registry))
            elif path == "/healthz":
                facts = run_checks(settings, clock.now())
                body = {"healthy": healthy(facts), "facts": [f.record() for f in facts]}
                status = 200 if body["healthy"] else 503
                self._answer(status, "application/json", json.dumps(body).encode())
            else:
                self._answer(404, "text/plain", b"not found: try /healthz or /metrics\n")

        def _answer(self, status: int, content_type: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            # A scrape every few seconds is not news; errors still are (log_error).
            return

    try:
        server = ThreadingHTTPServer((LOOPBACK, settings.health.port), Handler)
    except OSError as exc:
        raise ConfigError(
            f"health.port: cannot listen on {LOOPBACK}:{settings.health.port}: {exc.strerror}"
        ) from exc
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="coffeechat-health", daemon=True)
    thread.start()
    log.info("health listener on http://%s:%d (/healthz, /metrics)", LOOPBACK, settings.health.port)
    return HealthListener(server, thread)
