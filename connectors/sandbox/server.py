"""The HTTP server: routes requests to OAuth, the APIs, batch and admin handlers.

Stdlib ``ThreadingHTTPServer`` speaking HTTP/1.1 with keep-alive (httplib2
reuses connections). TLS is switched on by passing an ``ssl.SSLContext``.
"""

from __future__ import annotations

import logging
import ssl
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from connectors.sandbox.admin import handle_admin
from connectors.sandbox.api import handle_api, take_faults
from connectors.sandbox.apierror import ApiError
from connectors.sandbox.batch import handle_batch
from connectors.sandbox.graph_api import GraphApi
from connectors.sandbox.graph_identity import Identity
from connectors.sandbox.oauth import OAuth
from connectors.sandbox.state import World
from connectors.sandbox.wire import REASONS, Request, Response, json_response

logger = logging.getLogger(__name__)

_BATCH_PATHS = ("/batch", "/batch/gmail/v1", "/batch/calendar/v3")


@dataclass
class App:
    """Routing from a :class:`Request` to the part of the sandbox that answers it."""

    world: World = field(default_factory=World)

    def __post_init__(self) -> None:
        self.oauth = OAuth(self.world)
        self.graph = GraphApi(self.world)
        self.identity = Identity(self.world)

    def handle(self, request: Request) -> Response:
        """Answer one request."""
        path = request.path
        if path == "/_admin/devicelogin" and request.method == "POST":
            return self._device_login(request)
        if path.startswith("/_admin/"):
            return handle_admin(self.world, request)
        if self.world.round_trip_ms:
            time.sleep(self.world.round_trip_ms / 1000)
        if path == "/token" and request.method == "POST":
            return self._counted("oauth.token", request, self.oauth.token)
        if path == "/auth" and request.method == "GET":
            return self.oauth.authorize(request)
        if path.startswith("/v1.0/"):
            return self.graph.handle(request)
        if self.identity.owns(path):
            if path.endswith("/token"):
                return self._counted("oauth.token", request, self.identity.handle, aad=True)
            return self.identity.handle(request)
        if path in _BATCH_PATHS and request.method == "POST":
            return self._counted(
                "batch",
                request,
                lambda r: handle_batch(r, lambda inner, slot: handle_api(self.world, inner, slot)),
            )
        return handle_api(self.world, request)

    def _device_login(self, request: Request) -> Response:
        """The user enters a device code at the Microsoft page and signs in as ``address``."""
        try:
            body = request.json() or {}
            self.identity.approve_device(str(body["user_code"]), str(body["address"]))
        except (ValueError, KeyError, TypeError, AttributeError):
            return ApiError(
                400, 'Expected {"user_code", "address"} of a pending device code.'
            ).response()
        except ApiError as exc:
            return exc.response()
        return json_response(200, {})

    def _counted(
        self, method_id: str, request: Request, answer: Any, *, aad: bool = False
    ) -> Response:
        with self.world.lock:
            self.world.calls[method_id] += 1
        try:
            take_faults(self.world, method_id)
        except ApiError as exc:
            if aad:  # the identity platform's error shape, which msal reads
                body = {"error": "temporarily_unavailable", "error_description": exc.message}
                return json_response(exc.status, body, exc.headers)
            return exc.response()
        response: Response = answer(request)
        return response


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes: without this, Nagle's algorithm
    # and delayed ACKs add ~40 ms to every keep-alive request.
    disable_nagle_algorithm = True
    server: _Server

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = Request.build(self.command, self.path, dict(self.headers.items()), body)
        try:
            response = self.server.app.handle(request)
        except Exception:  # a sandbox bug: answer 500 like Google rather than drop the line
            logger.exception("sandbox failed on %s %s", self.command, self.path)
            response = ApiError(500).response()
        self.send_response(response.status, REASONS.get(response.status))
        if response.body or response.status not in (204, 304):
            self.send_header("Content-Type", response.content_type)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        self.wfile.write(response.body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        logger.debug("%s %s", self.address_string(), format % args)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], app: App) -> None:
        self.app = app
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Log instead of printing: a client that timed out and hung up is routine."""
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError):
            logger.debug("client %s went away: %s", client_address, error)
        else:
            logger.error("sandbox failed serving %s", client_address, exc_info=error)


class Sandbox:
    """A running sandbox server; use :func:`running_sandbox` or ``start``/``stop``."""

    def __init__(
        self, host: str = "127.0.0.1", port: int = 0, ssl_context: ssl.SSLContext | None = None
    ) -> None:
        self.app = App()
        self._server = _Server((host, port), self.app)
        if ssl_context is not None:
            self._server.socket = ssl_context.wrap_socket(self._server.socket, server_side=True)
        self._scheme = "https" if ssl_context is not None else "http"
        self._thread: threading.Thread | None = None
        self.app.world.base_url = self.base_url

    @property
    def world(self) -> World:
        """The in-memory state (for in-process inspection; scripts use the admin API)."""
        return self.app.world

    @property
    def base_url(self) -> str:
        """``http://host:port`` (no trailing slash)."""
        host, port = self._server.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else str(host)
        shown = f"[{name}]" if ":" in name else name
        return f"{self._scheme}://{shown}:{port}"

    def start(self) -> Sandbox:
        """Serve in a background thread."""
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.1,), name="coffeechat-sandbox", daemon=True
        )
        self._thread.start()
        logger.info("sandbox serving at %s", self.base_url)
        return self

    def serve_forever(self) -> None:
        """Serve in the calling thread until :meth:`stop` is called from another."""
        self._server.serve_forever()

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)


@contextmanager
def running_sandbox(
    host: str = "127.0.0.1", port: int = 0, ssl_context: ssl.SSLContext | None = None
) -> Iterator[Sandbox]:
    """A sandbox serving on ``host:port`` (port 0: a free one) for the ``with`` block."""
    sandbox = Sandbox(host, port, ssl_context).start()
    try:
        yield sandbox
    finally:
        sandbox.stop()
