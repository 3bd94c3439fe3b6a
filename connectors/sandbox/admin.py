"""The admin API under ``/_admin/``: the tests, demo and benchmarks play the world here.

Documented in this package's README. Every route answers JSON; errors use
Google's error shape so one client-side check serves both APIs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from connectors.sandbox.apierror import ApiError, bad_request
from connectors.sandbox.calendar import apply_patch
from connectors.sandbox.eventtime import zone
from connectors.sandbox.faults import Fault
from connectors.sandbox.invite import receive_invite
from connectors.sandbox.mailstore import StoredMessage
from connectors.sandbox.mime import b64url_decode, b64url_encode, rewritten
from connectors.sandbox.state import Mailbox, World
from connectors.sandbox.wire import Request, Response, json_response

Handler = Callable[[World, dict[str, str], Any], Any]


@dataclass(frozen=True)
class _Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler


_ROUTES: list[_Route] = []


def route(method: str, template: str) -> Callable[[Handler], Handler]:
    """Register an admin handler for ``method`` and a ``/_admin/...`` path template."""
    regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template)

    def register(func: Handler) -> Handler:
        _ROUTES.append(_Route(method, re.compile(f"^/_admin{regex}$"), func))
        return func

    return register


def handle_admin(world: World, request: Request) -> Response:
    """Dispatch one admin request."""
    try:
        for candidate in _ROUTES:
            found = candidate.pattern.match(request.path)
            if found and candidate.method == request.method:
                try:
                    body = request.json() or {}
                except ValueError as exc:
                    raise bad_request(f"Invalid JSON payload received. {exc}.") from exc
                args = {k: unquote(v) for k, v in found.groupdict().items()}
                with world.lock:
                    result = candidate.handler(world, args, body)
                return json_response(200, result)
        raise ApiError(404, f"No admin route {request.method} {request.path}", "notFound")
    except ApiError as exc:
        return exc.response()


def _raw(body: Any, key: str = "raw") -> bytes:
    if not isinstance(body, dict) or not isinstance(body.get(key), str):
        raise bad_request(f'Expected a JSON object with a base64url "{key}".', key)
    return b64url_decode(body[key], key)


def _summary(msg: StoredMessage, with_raw: bool) -> dict[str, Any]:
    parsed = msg.parsed
    out: dict[str, Any] = {
        **msg.labelled_ref(),
        "rfc822MessageId": parsed.message_id,
        "subject": parsed.subject,
        "from": parsed.header("From"),
        "to": parsed.header("To"),
        "internalDate": str(msg.internal_date),
    }
    if with_raw:
        out["raw"] = b64url_encode(msg.raw)
        out["headers"] = [[k, v] for k, v in parsed.headers]
    return out


@route("POST", "/mailboxes")
def create_mailbox(world: World, _: dict[str, str], body: Any) -> Any:
    """Create a mailbox; answer credentials its token endpoint accepts."""
    address = body.get("address") if isinstance(body, dict) else None
    if not isinstance(address, str) or "@" not in address:
        raise bad_request('Expected {"address": "user@example.com"}.', "address")
    provider = body.get("provider", "google")
    if not isinstance(provider, str):
        raise bad_request('"provider" must be "google" or "microsoft".', "provider")
    scopes = body.get("scopes")
    if scopes is not None and (
        not isinstance(scopes, list | tuple) or not all(isinstance(s, str) for s in scopes)
    ):
        raise bad_request('Expected "scopes" to be a list of scope URLs.', "scopes")
    return world.create_mailbox(address, tuple(scopes) if scopes is not None else None, provider)


@route("GET", "/mailboxes")
def list_mailboxes(world: World, _: dict[str, str], __: Any) -> Any:
    """Every mailbox address."""
    return {"mailboxes": sorted(world.mailboxes)}


@route("GET", "/mailboxes/{address}")
def mailbox_state(world: World, args: dict[str, str], _: Any) -> Any:
    """Messages, drafts (with raw MIME), sent (with raw MIME) and events of a mailbox."""
    box = world.mailbox(args["address"])
    mail = box.mail
    draft_of = {m: d for d, m in mail.drafts.items()}
    messages = [m for m in mail.messages.values() if m.id not in draft_of]
    return {
        "address": box.address,
        "historyId": str(mail.history_id),
        "messages": [_summary(m, with_raw=False) for m in messages],
        "drafts": [
            {**_summary(mail.messages[m], with_raw=True), "id": d, "messageId": m}
            for d, m in mail.drafts.items()
        ],
        "sent": [_summary(m, with_raw=True) for m in messages if "SENT" in m.labels],
        "events": list(box.calendar.events.values()),
    }


@route("GET", "/mailboxes/{address}/drafts")
def mailbox_drafts(world: World, args: dict[str, str], _: Any) -> Any:
    """The drafts with their headers but not their MIME: cheap to poll in a big mailbox."""
    mail = world.mailbox(args["address"]).mail
    drafts = []
    for draft_id, message_id in mail.drafts.items():
        message = mail.messages[message_id]
        headers = [[k, v] for k, v in message.parsed.headers]
        summary = _summary(message, with_raw=False)
        drafts.append({**summary, "id": draft_id, "messageId": message_id, "headers": headers})
    return {"drafts": drafts}


def _deliver_one(box: Mailbox, raw: bytes, body: dict[str, Any]) -> dict[str, Any]:
    labels = body.get("labelIds")
    chosen = set(labels) if isinstance(labels, list) else {"INBOX", "UNREAD"}
    # Gmail's internalDate is "the time the message was originally accepted by
    # Google" for received mail; only imported mail may take its Date header
    # (https://developers.google.com/gmail/api/reference/rest/v1/users.messages).
    source = body.get("internalDateSource", "receivedTime")
    if source not in ("receivedTime", "dateHeader"):
        raise bad_request(
            'internalDateSource must be "receivedTime" or "dateHeader".', "internalDateSource"
        )
    return box.mail.add(raw, chosen, use_date_header=source == "dateHeader").ref()


@route("POST", "/mailboxes/{address}/deliver")
def deliver(world: World, args: dict[str, str], body: Any) -> Any:
    """Deliver one RFC 5322 message (threaded by References/In-Reply-To)."""
    box = world.mailbox(args["address"])
    return _deliver_one(box, _raw(body), body)


@route("POST", "/mailboxes/{address}/deliver_many")
def deliver_many(world: World, args: dict[str, str], body: Any) -> Any:
    """Deliver many messages at once (seeding a large mailbox)."""
    box = world.mailbox(args["address"])
    raws = body.get("raws") if isinstance(body, dict) else None
    if not isinstance(raws, list):
        raise bad_request('Expected {"raws": [base64url, ...]}.', "raws")
    return {"messages": [_deliver_one(box, _raw({"raw": r}), body) for r in raws]}


@route("POST", "/mailboxes/{address}/messages/{id}/labels")
def relabel(world: World, args: dict[str, str], body: Any) -> Any:
    """The user changes labels (e.g. reads a message: remove UNREAD)."""
    box = world.mailbox(args["address"])
    add, remove = set(body.get("add", [])), set(body.get("remove", []))
    return box.mail.relabel(args["id"], add, remove).labelled_ref()


@route("PUT", "/mailboxes/{address}/drafts/{id}")
def edit_draft(world: World, args: dict[str, str], body: Any) -> Any:
    """The user edits a draft without sending it (the draft id stays, as in Gmail)."""
    box = world.mailbox(args["address"])
    return {"id": args["id"], "message": box.mail.replace_draft(args["id"], _raw(body), None).ref()}


@route("POST", "/mailboxes/{address}/drafts/{id}/send")
def send_draft(world: World, args: dict[str, str], body: Any) -> Any:
    """The user sends a draft: as it is, as ``raw``, or rewritten by their mail client.

    ``composer: true`` plays a draft edited in Gmail's composer (custom
    ``X-`` headers dropped, a new Message-ID); ``text`` is a new body,
    ``date`` a Date header (a draft written long before it is sent).
    """
    box = world.mailbox(args["address"])
    raw = _raw(body) if body.get("raw") is not None else None
    changes = {name: body.get(name) for name in ("text", "date")}
    for name, value in changes.items():
        if value is not None and not isinstance(value, str):
            raise bad_request(f'"{name}" must be a string.', name)
    if body.get("composer") or any(v is not None for v in changes.values()):
        written = raw if raw is not None else box.mail.draft_message(args["id"]).raw
        raw = rewritten(written, composer=bool(body.get("composer")), **changes)
    keep = not body.get("composer")
    return box.mail.send_draft(args["id"], raw, keep_properties=keep).ref()


@route("DELETE", "/mailboxes/{address}/drafts/{id}")
def delete_draft(world: World, args: dict[str, str], _: Any) -> Any:
    """The user discards a draft."""
    world.mailbox(args["address"]).mail.delete_draft(args["id"])
    return {}


@route("POST", "/mailboxes/{address}/invite")
def invite(world: World, args: dict[str, str], body: Any) -> Any:
    """A contact's invitation (iCalendar REQUEST or CANCEL) lands on the calendar."""
    if not isinstance(body.get("ics"), str):
        raise bad_request('Expected {"ics": "BEGIN:VCALENDAR..."}.', "ics")
    return receive_invite(world.mailbox(args["address"]).calendar, body["ics"])


@route("PATCH", "/mailboxes/{address}/events/{id}")
def change_event(world: World, args: dict[str, str], body: Any) -> Any:
    """The user moves an event or answers it (``responseStatus``)."""
    calendar = world.mailbox(args["address"]).calendar
    changes = dict(body)
    status = changes.pop("responseStatus", None)
    if status is not None:
        attendees = [dict(a) for a in calendar.get(args["id"]).get("attendees", [])]
        for attendee in attendees:
            if attendee.get("email") == calendar.owner:
                attendee["responseStatus"] = status
        changes["attendees"] = attendees
    return apply_patch(calendar, args["id"], changes)


@route("PUT", "/mailboxes/{address}/calendar")
def set_calendar(world: World, args: dict[str, str], body: Any) -> Any:
    """The user sets the calendar's time zone (all-day events and series are read in it)."""
    name = body.get("timeZone")
    if not isinstance(name, str):
        raise bad_request('Expected {"timeZone": "Europe/Berlin"}.', "timeZone")
    calendar = world.mailbox(args["address"]).calendar
    calendar.time_zone = zone(name).key
    return {"id": calendar.owner, "timeZone": calendar.time_zone}


@route("DELETE", "/mailboxes/{address}/events/{id}")
def cancel_event(world: World, args: dict[str, str], _: Any) -> Any:
    """The user (or organiser) cancels an event."""
    return world.mailbox(args["address"]).calendar.cancel(args["id"])


def _mailboxes(world: World, body: dict[str, Any]) -> list[Mailbox]:
    address = body.get("address")
    return [world.mailbox(address)] if address else list(world.mailboxes.values())


@route("POST", "/faults")
def add_fault(world: World, _: dict[str, str], body: Any) -> Any:
    """Inject a fault: a status or latency for the next N calls, or an immediate event."""
    if not isinstance(body, dict):
        raise bad_request("Expected a JSON object.")
    if "graph_rate_limit" in body:
        world.graph_rate_limit = _number(body["graph_rate_limit"])
    if "token_lifetime" in body:
        world.token_lifetime = int(_number(body["token_lifetime"]) or 0)
    if body.get("expire_token"):
        world.expire_tokens(body.get("address"))
    if body.get("revoke_refresh_token"):
        for box in _mailboxes(world, body):
            world.revoke_grants(box.address)
    if body.get("history_reset"):
        for box in _mailboxes(world, body):
            box.mail.truncate_history()
    if body.get("stale_sync_token"):
        for box in _mailboxes(world, body):
            box.calendar.invalidate_sync_tokens()
    if "round_trip_ms" in body:
        world.round_trip_ms = int(_number(body["round_trip_ms"]) or 0)
    if "concurrency" in body:
        limit = _number(body["concurrency"])
        for box in _mailboxes(world, body):
            box.concurrency = None if limit is None else int(limit)
    if "status" in body or "latency_ms" in body:
        if not isinstance(body.get("method"), str):
            raise bad_request('A status or latency fault needs "method" (or "*").', "method")
        status = body.get("status")
        default_times = 1 if status is not None else None
        world.faults.add(
            Fault(
                method=body["method"],
                status=int(status) if status is not None else None,
                latency_ms=int(body.get("latency_ms", 0)),
                times=body.get("times", default_times),
                retry_after=_number(body.get("retry_after")),
                reason=body.get("reason"),
            )
        )
    return _pending(world)


def _pending(world: World) -> dict[str, Any]:
    pending: dict[str, Any] = {"faults": world.faults.pending()}
    if world.round_trip_ms:
        pending["round_trip_ms"] = world.round_trip_ms
    return pending


def _number(value: Any) -> float | None:
    if value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError) as exc:
        raise bad_request(f"Expected a number, got {value!r}.") from exc


@route("GET", "/faults")
def list_faults(world: World, _: dict[str, str], __: Any) -> Any:
    """Faults not used up yet."""
    return _pending(world)


@route("DELETE", "/faults")
def clear_faults(world: World, _: dict[str, str], __: Any) -> Any:
    """Drop every pending fault, concurrency limit, the Graph rate limit and the round trip."""
    world.faults.clear()
    world.graph_rate_limit = None
    world.round_trip_ms = 0
    for box in world.mailboxes.values():
        box.concurrency = None
    return {"faults": []}


@route("GET", "/calls")
def calls(world: World, _: dict[str, str], __: Any) -> Any:
    """API calls so far, by discovery method id (plus ``batch`` and ``oauth.token``)."""
    return dict(sorted(world.calls.items()))


@route("DELETE", "/calls")
def reset_calls(world: World, _: dict[str, str], __: Any) -> Any:
    """Start counting again from zero."""
    world.calls.clear()
    return {}


@route("GET", "/violations")
def violations(world: World, _: dict[str, str], __: Any) -> Any:
    """Every send attempt and guest notification (must stay empty)."""
    return list(world.violations)


@route("DELETE", "/violations")
def clear_violations(world: World, _: dict[str, str], __: Any) -> Any:
    """Forget recorded violations (for tests that provoke one on purpose)."""
    world.violations.clear()
    return []
