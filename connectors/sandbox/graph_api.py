"""The Graph front end: route ``/v1.0/...``, count, inject faults, authenticate, check scopes.

Per endpoint: which query options it takes (any other is a 400), which
``$select`` properties and ``$filter`` properties exist, and which scopes
reach it. ``$batch`` takes at most 20 requests and answers each with its own
status (https://learn.microsoft.com/en-us/graph/json-batching).
"""

from __future__ import annotations

import base64
import json
import re
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from connectors.sandbox import graph_calendar, graph_mail
from connectors.sandbox.api import take_faults
from connectors.sandbox.apierror import ApiError
from connectors.sandbox.graph_call import GraphCall
from connectors.sandbox.graph_odata import GraphError, bad, parse_query
from connectors.sandbox.state import World
from connectors.sandbox.wire import Request, Response, json_response

BATCH_LIMIT = 20
_MAIL_READ = ("Mail.Read", "Mail.ReadWrite")
_MAIL_WRITE = ("Mail.ReadWrite",)
_CAL_READ = ("Calendars.Read", "Calendars.ReadWrite")
_CAL_WRITE = ("Calendars.ReadWrite",)
_LIST = ("$select", "$filter", "$top", "$expand", "$skiptoken")


@dataclass(frozen=True)
class _Route:
    method: str
    pattern: re.Pattern[str]
    method_id: str
    scopes: tuple[str, ...]  # any one of them reaches the endpoint; () for any token
    options: tuple[str, ...] = ()
    properties: tuple[str, ...] = ()
    filterable: tuple[str, ...] = ()


def _r(
    method: str,
    path: str,
    method_id: str,
    scopes: tuple[str, ...],
    options: tuple[str, ...] = (),
    kind: str = "",
) -> _Route:
    props, filters = {
        "message": (graph_mail.MESSAGE_PROPERTIES, graph_mail.MESSAGE_FILTERS),
        "event": (graph_calendar.EVENT_PROPERTIES, ()),
    }.get(kind, ((), ()))
    return _Route(method, re.compile(f"^{path}$"), method_id, scopes, options, props, filters)


_MSG = r"/me/messages/(?P<id>[^/]+)"
_EVT = r"/me/events/(?P<id>[^/]+)"
ROUTES = (
    _r("GET", "/me", "graph.me.get", ("User.Read",), ("$select",)),
    _r(
        "GET",
        r"/me/mailFolders/(?P<folder>\w+)/messages/delta",
        "graph.messages.delta",
        _MAIL_READ,
        ("$select", "$filter", "$deltatoken", "$skiptoken", "changeType"),
        "message",
    ),
    _r(
        "GET",
        r"/me/mailFolders/(?P<folder>\w+)/messages",
        "graph.messages.list",
        _MAIL_READ,
        _LIST,
        "message",
    ),
    _r("GET", "/me/messages", "graph.messages.list", _MAIL_READ, _LIST, "message"),
    _r("POST", "/me/messages", "graph.messages.create", _MAIL_WRITE),
    _r("POST", _MSG + "/createReply", "graph.messages.createReply", _MAIL_WRITE),
    _r("POST", _MSG + "/send", "graph.messages.send", ()),
    _r("GET", _MSG + r"/\$value", "graph.messages.value", _MAIL_READ),
    _r("GET", _MSG, "graph.messages.get", _MAIL_READ, ("$select", "$expand"), "message"),
    _r("PATCH", _MSG, "graph.messages.update", _MAIL_WRITE, ("$select",), "message"),
    _r("DELETE", _MSG, "graph.messages.delete", _MAIL_WRITE),
    _r("POST", "/me/sendMail", "graph.sendMail", ()),
    _r(
        "GET",
        "/me/calendarView/delta",
        "graph.calendarView.delta",
        _CAL_READ,
        ("startDateTime", "endDateTime", "$deltatoken", "$skiptoken"),
    ),
    _r(
        "GET",
        "/me/events",
        "graph.events.list",
        _CAL_READ,
        ("$select", "$filter", "$top", "$expand"),
        "event",
    ),
    _r("POST", "/me/events", "graph.events.create", _CAL_WRITE),
    _r("POST", _EVT + "/attachments", "graph.events.attachments.create", _CAL_WRITE),
    _r("GET", _EVT, "graph.events.get", _CAL_READ, ("$select", "$expand"), "event"),
    _r("PATCH", _EVT, "graph.events.update", _CAL_WRITE, ("$select",), "event"),
    _r("DELETE", _EVT, "graph.events.delete", _CAL_WRITE),
    _r("POST", "/me/calendar/getSchedule", "graph.calendar.getSchedule", _CAL_READ),
)


def _me(call: GraphCall) -> Any:
    box = call.mailbox
    return {
        "id": box.object_id,
        "mail": box.address,
        "userPrincipalName": box.address,
        "displayName": box.address,
    }


HANDLERS: dict[str, Callable[[GraphCall], Any]] = {
    "graph.me.get": _me,
    **graph_mail.HANDLERS,
    **graph_calendar.HANDLERS,
}
# mailFolders('inbox') and mailFolders/inbox name the same folder.
_KEY_SEGMENT = re.compile(r"(mailFolders|messages|events)\('([^']+)'\)")


class GraphApi:
    """Answers Graph requests against one world, with a per-mailbox rate limit."""

    def __init__(self, world: World) -> None:
        self.world = world
        self._recent: dict[str, deque[float]] = defaultdict(deque)

    def handle(self, request: Request) -> Response:
        """One request under ``/v1.0``."""
        path = _KEY_SEGMENT.sub(r"\1/\2", request.path.removeprefix("/v1.0"))
        if path == "/$batch" and request.method == "POST":
            return self._batch(request)
        try:
            return self._one(request, path)
        except GraphError as exc:
            return exc.response()

    def _one(self, request: Request, path: str) -> Response:
        for route in ROUTES:
            found = route.pattern.match(path)
            if found and route.method == request.method:
                break
        else:
            raise GraphError(400, f"Resource not found for the segment '{path}'.", "BadRequest")
        with self.world.lock:
            self.world.calls[route.method_id] += 1
        try:
            take_faults(self.world, route.method_id)
        except ApiError as exc:
            raise GraphError.of(exc) from exc
        token = self.world.bearer(request.headers.get("authorization"))
        if token is None:
            raise GraphError(401)
        self._throttle(token.address)
        if route.scopes and not set(route.scopes) & set(token.scopes):
            raise GraphError(
                403, "Access is denied. Check credentials and try again.", "ErrorAccessDenied"
            )
        query = parse_query(
            request.query,
            allowed=route.options,
            properties=route.properties,
            filterable=route.filterable,
        )
        try:
            body = request.json() or {}
        except ValueError as exc:
            raise bad(f"Unable to read JSON request payload: {exc}.") from exc
        if not isinstance(body, dict):
            raise bad("The request body must be a JSON object.")
        with self.world.lock:
            call = GraphCall(
                self.world,
                self.world.mailboxes[token.address],
                token.scopes,
                request,
                {k: v for k, v in found.groupdict().items()},
                query,
                body,
                route.method_id,
            )
            try:
                result = HANDLERS[route.method_id](call)
            except ApiError as exc:
                raise GraphError.of(exc) from exc
        status, payload = result if isinstance(result, tuple) else (200, result)
        if payload is None:
            return Response(204 if status == 200 else status, b"", "text/plain")
        if isinstance(payload, bytes):
            return Response(status, payload, "text/plain")
        return json_response(status, payload)

    def _throttle(self, address: str) -> None:
        """429 with Retry-After once a mailbox exceeds the admin-set requests per second."""
        limit = self.world.graph_rate_limit
        if limit is None:
            return
        now = time.monotonic()
        with self.world.lock:
            recent = self._recent[address]
            while recent and recent[0] <= now - 1.0:
                recent.popleft()
            if len(recent) >= limit:
                raise GraphError(429, headers={"Retry-After": "1"})
            recent.append(now)

    def _batch(self, request: Request) -> Response:
        with self.world.lock:
            self.world.calls["graph.batch"] += 1
        try:
            take_faults(self.world, "batch")
            payload = request.json() or {}
            parts = payload.get("requests") if isinstance(payload, dict) else None
            if not isinstance(parts, list) or not parts:
                raise bad("A batch needs a non-empty 'requests' array.")
            if len(parts) > BATCH_LIMIT:
                raise bad(f"The number of batch requests must not exceed {BATCH_LIMIT}.")
        except ApiError as exc:
            return GraphError.of(exc).response()
        except GraphError as exc:
            return exc.response()
        except ValueError as exc:
            return bad(f"Unable to read JSON request payload: {exc}.").response()
        answers = [self._part(request, part) for part in parts]
        return json_response(200, {"responses": answers})

    def _part(self, outer: Request, part: Any) -> dict[str, Any]:
        if not isinstance(part, dict) or not all(
            isinstance(part.get(k), str) for k in ("id", "method", "url")
        ):
            error = bad("Each batch request needs string id, method and url.")
            return {
                "id": str((part or {}).get("id")),
                "status": 400,
                "body": json.loads(error.response().body),
            }
        headers = {k.lower(): str(v) for k, v in (part.get("headers") or {}).items()}
        headers["authorization"] = outer.headers.get("authorization", "")
        body = json.dumps(part["body"]).encode() if "body" in part else b""
        url = part["url"] if part["url"].startswith("/") else "/" + part["url"]
        inner = Request.build(part["method"], "/v1.0" + url, headers, body)
        answer = self.handle(inner)
        out: dict[str, Any] = {
            "id": part["id"],
            "status": answer.status,
            "headers": dict(answer.headers),
        }
        if answer.body:
            if answer.content_type.startswith("application/json"):
                out["body"] = json.loads(answer.body)
            else:
                out["body"] = base64.b64encode(answer.body).decode()
                out["headers"]["Content-Type"] = answer.content_type
        return out
