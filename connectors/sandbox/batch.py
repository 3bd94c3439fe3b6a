"""Google's multipart/mixed batch endpoint (``/batch/gmail/v1``, ``/batch/calendar/v3``)."""

from __future__ import annotations

import email.message
import email.parser
import email.policy
import secrets
from collections.abc import Callable

from connectors.sandbox.apierror import ApiError, bad_request
from connectors.sandbox.wire import REASONS, Request, Response

MAX_PARTS = 100  # Gmail's limit per batch


def _parts(request: Request) -> list[tuple[str, bytes]]:
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("multipart/mixed"):
        raise bad_request("A batch request must be multipart/mixed.")
    envelope = f"Content-Type: {content_type}\r\n\r\n".encode() + request.body
    message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(envelope)
    parts = message.get_payload()
    if not isinstance(parts, list) or not parts:
        raise bad_request("A batch request needs at least one part.")
    if len(parts) > MAX_PARTS:
        raise bad_request(f"Too many requests in batch: {len(parts)} > {MAX_PARTS}.")
    found = []
    for part in parts:
        if not isinstance(part, email.message.Message):
            raise bad_request("A batch part must be application/http.")
        body = part.get_payload(decode=True)
        if not isinstance(body, bytes):
            raise bad_request("A batch part must be application/http.")
        found.append((str(part.get("Content-ID", "")), body))
    return found


def _inner(text: bytes, outer: Request) -> Request:
    head, _, body = text.replace(b"\r\n", b"\n").partition(b"\n\n")
    lines = head.decode("utf-8", "replace").strip().split("\n")
    try:
        method, target, _version = lines[0].split(" ", 2)
    except ValueError as exc:
        raise bad_request("Malformed request line in batch part.") from exc
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip()] = value.strip()
    request = Request.build(method, target, headers, body)
    if "authorization" not in request.headers and "authorization" in outer.headers:
        request.headers["authorization"] = outer.headers["authorization"]
    return request


def handle_batch(request: Request, answer: Callable[[Request, int], Response]) -> Response:
    """Run each part through ``answer`` (with its position) and wrap the answers as Google does."""
    try:
        parts = _parts(request)
        boundary = f"batch_{secrets.token_hex(12)}"
        chunks = []
        for slot, (content_id, text) in enumerate(parts):
            reply = answer(_inner(text, request), slot)
            response_id = content_id.replace("<", "<response-", 1) if content_id else ""
            status = f"HTTP/1.1 {reply.status} {REASONS.get(reply.status, '')}"
            header_lines = [status, f"Content-Type: {reply.content_type}"]
            header_lines += [f"{k}: {v}" for k, v in reply.headers.items()]
            header_lines.append(f"Content-Length: {len(reply.body)}")
            inner = ("\r\n".join(header_lines) + "\r\n\r\n").encode() + reply.body
            chunks.append(
                f"--{boundary}\r\nContent-Type: application/http\r\n"
                f"Content-ID: {response_id}\r\n\r\n".encode()
                + inner
                + b"\r\n"
            )
        body = b"".join(chunks) + f"--{boundary}--\r\n".encode()
    except ApiError as exc:
        return exc.response()
    return Response(200, body, f"multipart/mixed; boundary={boundary}")
