"""Calendar v3 handlers, keyed by discovery method id."""

from __future__ import annotations

import copy
import re
import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from connectors.sandbox.apierror import ApiError, bad_request
from connectors.sandbox.call import Call, page
from connectors.sandbox.calstore import CalendarStore, new_event_id, now_rfc3339
from connectors.sandbox.state import World

_MAX_PAGE = 2500
_EVENT_ID = re.compile(r"[a-v0-9]{5,1024}")
# Parameters Google refuses next to a syncToken.
_NOT_WITH_SYNC = (
    "iCalUID",
    "orderBy",
    "privateExtendedProperty",
    "q",
    "sharedExtendedProperty",
    "timeMin",
    "timeMax",
    "updatedMin",
)
# Changing these bumps an event's ``sequence``, as Google does.
_SEQUENCE_FIELDS = ("start", "end", "location", "recurrence", "summary")


def parse_time(value: str, field: str) -> datetime:
    """An RFC 3339 timestamp, or a 400 naming the field."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise bad_request(f"Bad value for {field}: {value}", field) from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def event_bounds(event: dict[str, Any]) -> tuple[datetime, datetime]:
    """Start and end of an event (all-day dates count from UTC midnight)."""
    bounds = []
    for key in ("start", "end"):
        when = event.get(key) or {}
        value = when.get("dateTime") or when.get("date") or "1970-01-01"
        bounds.append(parse_time(value, key))
    return bounds[0], bounds[1]


def _calendar(call: Call) -> CalendarStore:
    call.check_user(call.path("calendarId"), ("primary",))
    return call.mailbox.calendar


def _self_response(event: dict[str, Any], owner: str) -> str | None:
    return next(
        (a.get("responseStatus") for a in event.get("attendees", []) if a.get("email") == owner),
        None,
    )


def notify_check(call: Call, event: dict[str, Any]) -> None:
    """Record a violation when a change would email the event's guests."""
    owner = call.mailbox.address
    guests = [a.get("email") for a in event.get("attendees", []) if a.get("email") != owner]
    notifies = call.params.get("sendUpdates") in ("all", "externalOnly") or call.params.get(
        "sendNotifications"
    )
    if guests and notifies:
        call.world.violate(
            "notification",
            call.resolved.method.id,
            owner,
            f"event {event.get('id')} would notify {', '.join(map(str, guests))}",
        )


def normalise_attendees(event: dict[str, Any], owner: str) -> None:
    """Fill ``responseStatus``, ``self`` and ``organizer`` on attendees as Google does."""
    organizer = (event.get("organizer") or {}).get("email")
    for attendee in event.get("attendees", []):
        attendee.setdefault("responseStatus", "needsAction")
        if attendee.get("email") == owner:
            attendee["self"] = True
        if attendee.get("email") == organizer:
            attendee["organizer"] = True


def new_event(owner: str, body: dict[str, Any]) -> dict[str, Any]:
    """A full event resource built from an insert body."""
    if "start" not in body or "end" not in body:
        raise bad_request("Missing end time." if "start" in body else "Missing start time.")
    event_id = body.get("id") or new_event_id()
    if not _EVENT_ID.fullmatch(event_id):
        raise bad_request("Invalid resource id value.", "id")
    event: dict[str, Any] = {
        "kind": "calendar#event",
        "status": "confirmed",
        "created": now_rfc3339(),
        "creator": {"email": owner, "self": True},
        "organizer": {"email": owner, "self": True},
        "sequence": 0,
        "reminders": {"useDefault": True},
        "eventType": "default",
        **copy.deepcopy(body),
        "id": event_id,
        "htmlLink": f"https://calendar.sandbox.invalid/event?eid={event_id}",
    }
    event.setdefault("iCalUID", f"{event_id}@google.com")
    normalise_attendees(event, owner)
    return event


def merge(target: dict[str, Any], patch: dict[str, Any]) -> None:
    """Patch semantics: objects merge, arrays and scalars replace, null clears."""
    for key, value in patch.items():
        if value is None:
            target.pop(key, None)
        elif isinstance(value, dict) and isinstance(target.get(key), dict):
            merge(target[key], value)
        else:
            target[key] = copy.deepcopy(value)


def apply_patch(store: CalendarStore, event_id: str, patch: dict[str, Any]) -> dict[str, Any]:
    """Patch an event in place, bump its sequence when the meeting itself changes."""
    event = store.get(event_id)
    before = {k: copy.deepcopy(event.get(k)) for k in _SEQUENCE_FIELDS}
    merge(event, {k: v for k, v in patch.items() if k not in ("id", "kind", "etag", "iCalUID")})
    if any(event.get(k) != v for k, v in before.items()):
        event["sequence"] = int(event.get("sequence", 0)) + 1
    normalise_attendees(event, store.owner)
    return store.put(event)


def _add_conference(call: Call, event: dict[str, Any]) -> None:
    request = (event.get("conferenceData") or {}).get("createRequest")
    if not request or not call.params.get("conferenceDataVersion"):
        return
    code = f"{secrets.token_hex(2)[:3]}-{secrets.token_hex(2)}-{secrets.token_hex(2)[:3]}"
    link = f"https://meet.sandbox.invalid/{code}"
    event["hangoutLink"] = link
    event["conferenceData"] = {
        "createRequest": {**request, "status": {"statusCode": "success"}},
        "entryPoints": [{"entryPointType": "video", "uri": link, "label": link}],
        "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
        "conferenceId": code,
    }


def events_insert(call: Call) -> Any:
    """events.insert (a client-chosen ``id`` that exists already is a 409)."""
    store = _calendar(call)
    event = new_event(store.owner, call.body)
    if event["id"] in store.events:
        raise ApiError(409, "The requested identifier already exists.", "duplicate")
    _add_conference(call, event)
    notify_check(call, event)
    return store.put(event)


def events_get(call: Call) -> Any:
    """events.get (cancelled events too)."""
    return _calendar(call).get(call.path("eventId"))


def events_patch(call: Call) -> Any:
    """events.patch."""
    store = _calendar(call)
    event = apply_patch(store, call.path("eventId"), call.body)
    notify_check(call, event)
    return event


def events_delete(call: Call) -> Any:
    """events.delete: the event becomes a cancelled tombstone for sync."""
    store = _calendar(call)
    notify_check(call, store.get(call.path("eventId")))
    store.cancel(call.path("eventId"))
    return None


def _matches(event: dict[str, Any], call: Call) -> bool:
    params = call.params
    start, end = event_bounds(event)
    if "timeMin" in params and end <= parse_time(params["timeMin"], "timeMin"):
        return False
    if "timeMax" in params and start >= parse_time(params["timeMax"], "timeMax"):
        return False
    if "iCalUID" in params and event.get("iCalUID") != params["iCalUID"]:
        return False
    for scope, name in (
        ("private", "privateExtendedProperty"),
        ("shared", "sharedExtendedProperty"),
    ):
        props = (event.get("extendedProperties") or {}).get(scope) or {}
        for condition in params.get(name, []):
            key, _, value = condition.partition("=")
            if props.get(key) != value:
                return False
    if "q" in params:
        haystack = " ".join(
            [str(event.get(k, "")) for k in ("summary", "description", "location")]
            + [str(a.get("email", "")) for a in event.get("attendees", [])]
        ).lower()
        return all(word in haystack for word in params["q"].lower().split())
    return True


def events_list(call: Call) -> Any:
    """events.list: a window query or, with ``syncToken``, the changes since it."""
    store = _calendar(call)
    params = call.params
    if "syncToken" in params:
        clashing = [name for name in _NOT_WITH_SYNC if name in params]
        if clashing:
            raise bad_request(f"{clashing[0]} cannot be used together with syncToken", clashing[0])
        events = store.changed_since(params["syncToken"])
    else:
        if params.get("orderBy") == "startTime" and not params.get("singleEvents"):
            raise bad_request(
                "The requested ordering is not available for the particular query.", "orderBy"
            )
        events = [
            e
            for e in store.events.values()
            if (params.get("showDeleted") or e.get("status") != "cancelled") and _matches(e, call)
        ]
        if params.get("orderBy") == "startTime":
            events.sort(key=lambda e: event_bounds(e)[0])
        elif params.get("orderBy") == "updated":
            events.sort(key=lambda e: str(e.get("updated")))
    size = min(int(params.get("maxResults", 250)), _MAX_PAGE)
    chunk, next_token = page(events, params.get("pageToken"), size)
    out: dict[str, Any] = {
        "kind": "calendar#events",
        "summary": store.owner,
        "timeZone": params.get("timeZone", "UTC"),
        "updated": now_rfc3339(),
        "accessRole": "owner",
        "items": [copy.deepcopy(e) for e in chunk],
    }
    if next_token:
        out["nextPageToken"] = next_token
    else:
        out["nextSyncToken"] = store.sync_token()
    return out


def busy_periods(
    calendar: CalendarStore, start: datetime, end: datetime
) -> list[tuple[datetime, datetime]]:
    """Merged busy intervals of a calendar inside [start, end)."""
    spans = []
    for event in calendar.events.values():
        if event.get("status") == "cancelled" or event.get("transparency") == "transparent":
            continue
        if _self_response(event, calendar.owner) == "declined":
            continue
        first, last = event_bounds(event)
        if last > start and first < end:
            spans.append((max(first, start), min(last, end)))
    merged: list[tuple[datetime, datetime]] = []
    for first, last in sorted(spans):
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged


def _rfc3339(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def freebusy_query(call: Call) -> Any:
    """freebusy.query for ``primary`` or any sandbox address."""
    body = call.body
    if "timeMin" not in body or "timeMax" not in body:
        raise bad_request("Missing timeMin or timeMax.")
    start, end = parse_time(body["timeMin"], "timeMin"), parse_time(body["timeMax"], "timeMax")
    calendars: dict[str, Any] = {}
    for item in body.get("items", []):
        name = item.get("id", "")
        calendar = _lookup_calendar(call.world, call, name)
        if calendar is None:
            calendars[name] = {"errors": [{"domain": "global", "reason": "notFound"}], "busy": []}
            continue
        spans = busy_periods(calendar, start, end)
        calendars[name] = {"busy": [{"start": _rfc3339(a), "end": _rfc3339(b)} for a, b in spans]}
    return {
        "kind": "calendar#freeBusy",
        "timeMin": body["timeMin"],
        "timeMax": body["timeMax"],
        "calendars": calendars,
    }


def _lookup_calendar(world: World, call: Call, name: str) -> CalendarStore | None:
    if name == "primary":
        return call.mailbox.calendar
    found = world.mailboxes.get(name.lower())
    return found.calendar if found else None


HANDLERS: dict[str, Callable[[Call], Any]] = {
    "calendar.events.list": events_list,
    "calendar.events.get": events_get,
    "calendar.events.insert": events_insert,
    "calendar.events.patch": events_patch,
    "calendar.events.delete": events_delete,
    "calendar.freebusy.query": freebusy_query,
}
