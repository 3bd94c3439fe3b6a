"""The API front end: route, count, inject faults, authenticate, validate, answer."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from connectors.sandbox import calendar, calendars, gmail, gmail_labels
from connectors.sandbox.apierror import ApiError
from connectors.sandbox.call import Call
from connectors.sandbox.discovery import catalog
from connectors.sandbox.fields import select
from connectors.sandbox.state import World
from connectors.sandbox.wire import Request, Response, json_response

logger = logging.getLogger(__name__)

HANDLERS: dict[str, Callable[[Call], Any]] = {
    **gmail.HANDLERS,
    **gmail_labels.HANDLERS,
    **calendar.HANDLERS,
    **calendars.HANDLERS,
}


def take_faults(world: World, method_id: str) -> None:
    """Sleep the injected latency and raise the injected error for this call, if any."""
    latency_ms, error = world.faults.take(method_id)
    if latency_ms:
        time.sleep(latency_ms / 1000)
    if error is not None:
        logger.debug("injected %s for %s", error.status, method_id)
        raise error


def handle_api(world: World, request: Request, slot: int = 0) -> Response:
    """Answer one Gmail or Calendar request (also each part of a batch).

    ``slot`` is a batch part's position: Gmail runs a batch's parts at once,
    so parts past the user's concurrency limit answer 429.
    """
    try:
        resolved = catalog().resolve(request.method, request.path, request.query)
        method_id = resolved.method.id
        with world.lock:
            world.calls[method_id] += 1
        take_faults(world, method_id)
        mailbox = world.authenticate(request.headers.get("authorization"), resolved.method.scopes)
        if mailbox.concurrency is not None and slot >= mailbox.concurrency:
            raise ApiError(429, "Too many concurrent requests for user.", "rateLimitExceeded")
        body = catalog().check_body(resolved.method, request.body)
        handler = HANDLERS.get(method_id)
        if handler is None:
            raise ApiError(501, f"{method_id} is not implemented by the sandbox.")
        with world.lock:
            result = handler(Call(world, mailbox, resolved, body))
    except ApiError as exc:
        return exc.response()
    if result is None:
        return Response(204, b"", "text/plain")
    if "fields" in resolved.params:
        result = select(result, resolved.params["fields"])
    return json_response(200, result)
