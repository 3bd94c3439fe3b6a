"""Graph v1.0 calendar over the shared calendar store: calendarView delta, events, getSchedule.

Events are stored as Calendar v3 resources (the admin API plays invitations
and moves for both providers) and translated at the edge: ``showAs`` is
transparency and status, ``sensitivity`` is visibility, single-value
extended properties are private extended properties named by their Graph id.
"""

from __future__ import annotations

import base64
import binascii
import copy
import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from connectors.sandbox.apierror import ApiError
from connectors.sandbox.calendar import apply_patch, busy_periods, lookup, new_event, singles
from connectors.sandbox.calstore import CalendarStore
from connectors.sandbox.eventtime import bounds
from connectors.sandbox.graph_call import GraphCall, dump_token, gone, load_token
from connectors.sandbox.graph_odata import GraphError, bad, has_properties, page_size, shaped

EVENT_PROPERTIES = (
    "id",
    "createdDateTime",
    "lastModifiedDateTime",
    "changeKey",
    "iCalUId",
    "subject",
    "body",
    "bodyPreview",
    "start",
    "end",
    "isAllDay",
    "showAs",
    "sensitivity",
    "isCancelled",
    "isOrganizer",
    "responseStatus",
    "organizer",
    "attendees",
    "location",
    "onlineMeeting",
    "isOnlineMeeting",
    "type",
    "hasAttachments",
)
_WRITABLE = {
    "subject",
    "body",
    "start",
    "end",
    "showAs",
    "sensitivity",
    "attendees",
    "location",
    "singleValueExtendedProperties",
    "isReminderOn",
    "categories",
}
_RESPONSES = {
    "needsAction": "notResponded",
    "accepted": "accepted",
    "declined": "declined",
    "tentative": "tentativelyAccepted",
}
_DELTA_PAGE = 10


def _zone(call: GraphCall) -> ZoneInfo:
    """The zone ``Prefer: outlook.timezone="..."`` names (UTC otherwise)."""
    prefer = call.prefer or ""
    marker = "outlook.timezone="
    if marker not in prefer:
        return ZoneInfo("UTC")
    name = prefer.split(marker, 1)[1].split(",", 1)[0].strip().strip('"')
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise bad(f"The time zone {name!r} is not supported.") from exc


def _when(moment: datetime, zone: ZoneInfo) -> dict[str, str]:
    local = moment.astimezone(zone).replace(tzinfo=None)
    return {"dateTime": local.strftime("%Y-%m-%dT%H:%M:%S.0000000"), "timeZone": str(zone.key)}


def render(event: dict[str, Any], store: CalendarStore, zone: ZoneInfo) -> dict[str, Any]:
    """An event resource as Graph answers it (``_properties`` for :func:`shaped`).

    All-day events count from midnight in the calendar's own zone.
    """
    owner = store.owner
    start, end = bounds(event, store.zone)
    organizer = (event.get("organizer") or {}).get("email", owner)
    mine = next((a for a in event.get("attendees", []) if a.get("email") == owner), None)
    if event.get("transparency") == "transparent":
        show_as = "free"
    elif event.get("status") == "tentative" or (mine or {}).get("responseStatus") == "tentative":
        show_as = "tentative"
    else:
        show_as = "busy"
    own_response = (
        "organizer"
        if organizer == owner
        else _RESPONSES.get((mine or {}).get("responseStatus", ""), "none")
    )
    link = event.get("hangoutLink")
    return {
        "@odata.etag": f'W/"{event.get("etag", "").strip(chr(34))}"',
        "id": event["id"],
        "createdDateTime": event.get("created"),
        "lastModifiedDateTime": event.get("updated"),
        "changeKey": event.get("etag", "").strip('"'),
        "iCalUId": event.get("iCalUID"),
        "subject": event.get("summary", ""),
        "bodyPreview": event.get("description", "")[:255],
        "body": {"contentType": "text", "content": event.get("description", "")},
        "start": _when(start, zone),
        "end": _when(end, zone),
        "isAllDay": "date" in (event.get("start") or {}),
        "showAs": show_as,
        "sensitivity": {"private": "private", "confidential": "confidential"}.get(
            event.get("visibility", ""), "normal"
        ),
        "isCancelled": event.get("status") == "cancelled",
        "isOrganizer": organizer == owner,
        "responseStatus": {"response": own_response, "time": "0001-01-01T00:00:00Z"},
        "organizer": {"emailAddress": {"name": organizer, "address": organizer}},
        "attendees": [
            {
                "type": "required",
                "status": {
                    "response": _RESPONSES.get(a.get("responseStatus", ""), "none"),
                    "time": "0001-01-01T00:00:00Z",
                },
                "emailAddress": {"name": a["email"], "address": a["email"]},
            }
            for a in event.get("attendees", [])
            if a.get("email")
        ],
        "location": {"displayName": event.get("location", "")},
        "onlineMeeting": {"joinUrl": link} if link else None,
        "isOnlineMeeting": bool(link),
        "type": "singleInstance",
        "hasAttachments": bool(event.get("graphAttachments")),
        "_properties": dict((event.get("extendedProperties") or {}).get("private", {})),
    }


def _answer(call: GraphCall, event: dict[str, Any]) -> dict[str, Any]:
    return shaped(render(event, call.mailbox.calendar, _zone(call)), call.query)


def _time(value: Any, field: str) -> str:
    if not isinstance(value, dict) or not isinstance(value.get("dateTime"), str):
        raise bad(f"'{field}' must be {{dateTime, timeZone}}.")
    try:
        moment = datetime.fromisoformat(value["dateTime"].rstrip("Z")[:26])
        zone = ZoneInfo(str(value.get("timeZone") or "UTC"))
    except (ValueError, ZoneInfoNotFoundError) as exc:
        raise bad(f"Invalid {field}: {value!r}.") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(UTC).isoformat()


def _stored(body: dict[str, Any], owner: str) -> dict[str, Any]:
    """A Graph create/patch body as Calendar v3 fields."""
    for name in body:
        if name not in _WRITABLE:
            raise bad(
                f"The property '{name}' does not exist on type 'microsoft.graph.event' "
                "or is read-only."
            )
    out: dict[str, Any] = {}
    if "subject" in body:
        out["summary"] = str(body["subject"])
    if "body" in body:
        content = body["body"]
        if not isinstance(content, dict) or not isinstance(content.get("content"), str):
            raise bad("'body' must be {contentType, content}.")
        out["description"] = content["content"]
    for field in ("start", "end"):
        if field in body:
            out[field] = {"dateTime": _time(body[field], field)}
    if "showAs" in body:
        show = body["showAs"]
        if show not in ("free", "tentative", "busy", "oof", "workingElsewhere", "unknown"):
            raise bad(f"Invalid showAs {show!r}.")
        out["transparency"] = "transparent" if show == "free" else "opaque"
        out["status"] = "tentative" if show == "tentative" else "confirmed"
    if "sensitivity" in body:
        if body["sensitivity"] not in ("normal", "personal", "private", "confidential"):
            raise bad(f"Invalid sensitivity {body['sensitivity']!r}.")
        out["visibility"] = {"private": "private", "confidential": "confidential"}.get(
            body["sensitivity"], "default"
        )
    if "attendees" in body:
        attendees = body["attendees"]
        if not isinstance(attendees, list):
            raise bad("'attendees' must be an array.")
        out["attendees"] = [
            {
                "email": str(((a or {}).get("emailAddress") or {}).get("address", "")).lower(),
                "responseStatus": "needsAction",
            }
            for a in attendees
        ]
    if "location" in body:
        out["location"] = str((body["location"] or {}).get("displayName", ""))
    if "singleValueExtendedProperties" in body:
        found = body["singleValueExtendedProperties"]
        if not isinstance(found, list) or not all(
            isinstance(p, dict) and isinstance(p.get("id"), str) and isinstance(p.get("value"), str)
            for p in found
        ):
            raise bad("singleValueExtendedProperties must be a list of {id, value} strings.")
        out["extendedProperties"] = {"private": {p["id"]: p["value"] for p in found}}
    return out


def _notify_check(call: GraphCall, event: dict[str, Any]) -> None:
    """Outlook emails the guests of a meeting its organizer creates or changes: a violation."""
    owner = call.mailbox.address
    guests = [a["email"] for a in event.get("attendees", []) if a.get("email") not in (owner, None)]
    if guests:
        call.world.violate(
            "notification",
            call.method_id,
            owner,
            f"event {event['id']} would notify {', '.join(guests)}",
        )


def _event(call: GraphCall) -> dict[str, Any]:
    store = call.mailbox.calendar
    try:
        event = lookup(store, call.params["id"])
    except ApiError as exc:
        raise GraphError(404) from exc
    if event.get("status") == "cancelled":
        raise GraphError(404)
    return event


def create_event(call: GraphCall) -> Any:
    """POST /me/events."""
    fields = _stored(call.body, call.mailbox.address)
    if "start" not in fields or "end" not in fields:
        raise bad("An event needs start and end.")
    store = call.mailbox.calendar
    event = store.put(new_event(store, fields))
    _notify_check(call, event)
    return 201, _answer(call, event)


def get_event(call: GraphCall) -> Any:
    """GET /me/events/{id}."""
    return _answer(call, _event(call))


def list_events(call: GraphCall) -> Any:
    """GET /me/events, filtered by extended property, up to ``$top``."""
    rendered = [
        render(e, call.mailbox.calendar, _zone(call))
        for e in call.mailbox.calendar.events.values()
        if e.get("status") != "cancelled"
    ]
    found = [r for r in rendered if has_properties(r["_properties"], call.query)]
    if call.query.filters:
        raise bad("Only extended property filters are supported on /me/events.")
    return {"value": [shaped(r, call.query) for r in found[: call.query.top or 10]]}


def update_event(call: GraphCall) -> Any:
    """PATCH /me/events/{id}: only the organizer may change a meeting."""
    event = _event(call)
    owner = call.mailbox.address
    if (event.get("organizer") or {}).get("email", owner) != owner:
        raise GraphError(
            403,
            "An attendee cannot change a meeting organized by someone else.",
            "ErrorAccessDenied",
        )
    fields = _stored(call.body, owner)
    if "extendedProperties" in fields:
        merged = {
            **(event.get("extendedProperties") or {}).get("private", {}),
            **fields["extendedProperties"]["private"],
        }
        fields["extendedProperties"] = {"private": merged}
    updated = apply_patch(call.mailbox.calendar, event["id"], fields)
    _notify_check(call, updated)
    return _answer(call, updated)


def delete_event(call: GraphCall) -> Any:
    """DELETE /me/events/{id}: gone from the calendar (a tombstone for delta)."""
    event = _event(call)
    call.mailbox.calendar.cancel(event["id"])
    return None


def add_attachment(call: GraphCall) -> Any:
    """POST /me/events/{id}/attachments: a ``#microsoft.graph.fileAttachment``."""
    event = _event(call)
    body = call.body
    if body.get("@odata.type") != "#microsoft.graph.fileAttachment":
        raise bad("Only #microsoft.graph.fileAttachment is supported.")
    if not isinstance(body.get("name"), str) or not isinstance(body.get("contentBytes"), str):
        raise bad("A file attachment needs name and contentBytes.")
    try:
        content = base64.b64decode(body["contentBytes"], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise bad("contentBytes is not base64.") from exc
    attachment = {
        "@odata.type": "#microsoft.graph.fileAttachment",
        "id": secrets.token_urlsafe(12),
        "name": body["name"],
        "contentType": str(body.get("contentType") or "application/octet-stream"),
        "size": len(content),
        "isInline": False,
    }
    stored = copy.deepcopy(event)
    stored["graphAttachments"] = [
        *event.get("graphAttachments", []),
        {**attachment, "contentBytes": body["contentBytes"]},
    ]
    call.mailbox.calendar.put(stored)
    return 201, attachment


def _window(call: GraphCall) -> tuple[str, str]:
    raw = call.query.raw
    if "startDateTime" not in raw or "endDateTime" not in raw:
        raise bad(
            "This request requires a time window specified by the query string "
            "parameters StartDateTime and EndDateTime."
        )
    for name in ("startDateTime", "endDateTime"):
        try:
            datetime.fromisoformat(raw[name].replace("Z", "+00:00"))
        except ValueError as exc:
            raise bad(f"Invalid {name} {raw[name]!r}.") from exc
    return raw["startDateTime"], raw["endDateTime"]


def _span(window: list[str]) -> tuple[datetime, datetime]:
    start, end = (datetime.fromisoformat(w.replace("Z", "+00:00")) for w in window)
    return start if start.tzinfo else start.replace(tzinfo=UTC), (
        end if end.tzinfo else end.replace(tzinfo=UTC)
    )


def _inside(event: dict[str, Any], window: list[str], store: CalendarStore) -> bool:
    first, last = bounds(event, store.zone)
    start, end = _span(window)
    return last > start and first < end


def calendar_view_delta(call: GraphCall) -> Any:
    """GET /me/calendarView/delta: the window's events, then changes (@removed when gone)."""
    store: CalendarStore = call.mailbox.calendar
    raw = call.query.raw
    if "$deltatoken" in raw or "$skiptoken" in raw:
        state = load_token(raw.get("$deltatoken") or raw["$skiptoken"])
        if "$deltatoken" in raw:
            state = {**state, "u": store.sync_token(), "o": 0}
    else:
        state = {"w": list(_window(call)), "b": None, "u": store.sync_token(), "o": 0}
    if state["b"] is None:
        # A series comes as its occurrences in the window, as calendarView gives them.
        events = [
            e
            for e in singles(store, *_span(state["w"]))
            if e.get("status") != "cancelled" and _inside(e, state["w"], store)
        ]
        events.sort(key=lambda e: (bounds(e, store.zone)[0], e["id"]))
    else:
        try:
            events = [e for e in store.changed_since(state["b"]) if e["id"]]
        except ApiError as exc:
            if exc.status == 410:
                raise gone() from exc
            raise GraphError.of(exc) from exc
    size = page_size(call.prefer, _DELTA_PAGE, 1000)
    offset = int(state["o"])
    value = []
    for event in events[offset : offset + size]:
        # A meeting its organizer called off stays, isCancelled, until the user
        # removes it; one the user deleted, or that left the window, is @removed.
        organizer = (event.get("organizer") or {}).get("email", store.owner)
        called_off = event.get("status") == "cancelled" and organizer != store.owner
        if (event.get("status") == "cancelled" and not called_off) or not _inside(
            event, state["w"], store
        ):
            value.append(
                {
                    "@odata.type": "#microsoft.graph.event",
                    "id": event["id"],
                    "@removed": {"reason": "deleted"},
                }
            )
        else:
            value.append({"@odata.type": "#microsoft.graph.event", **_answer(call, event)})
    out: dict[str, Any] = {"value": value}
    if offset + size < len(events):
        out["@odata.nextLink"] = call.link(
            "/me/calendarView/delta", **{"$skiptoken": dump_token({**state, "o": offset + size})}
        )
    else:
        done = {**state, "b": state["u"], "o": 0}
        out["@odata.deltaLink"] = call.link(
            "/me/calendarView/delta", **{"$deltatoken": dump_token(done)}
        )
    return out


def get_schedule(call: GraphCall) -> Any:
    """POST /me/calendar/getSchedule: busy items of each schedule in the window."""
    body = call.body
    schedules = body.get("schedules")
    if not isinstance(schedules, list) or not schedules:
        raise bad("'schedules' must be a non-empty array of addresses.")
    start = datetime.fromisoformat(_time(body.get("startTime"), "startTime"))
    end = datetime.fromisoformat(_time(body.get("endTime"), "endTime"))
    zone = ZoneInfo(str((body.get("startTime") or {}).get("timeZone") or "UTC"))
    out = []
    for address in schedules:
        box = call.world.mailboxes.get(str(address).lower())
        if box is None:
            out.append(
                {
                    "scheduleId": address,
                    "error": {
                        "message": "The mailbox was not found.",
                        "responseCode": "ErrorMailRecipientNotFound",
                    },
                }
            )
            continue
        items = [
            {"isPrivate": False, "status": "busy", "start": _when(a, zone), "end": _when(b, zone)}
            for a, b in busy_periods(box.calendar, start, end)
        ]
        out.append({"scheduleId": address, "availabilityView": "", "scheduleItems": items})
    return {"value": out}


HANDLERS: dict[str, Callable[[GraphCall], Any]] = {
    "graph.events.create": create_event,
    "graph.events.get": get_event,
    "graph.events.list": list_events,
    "graph.events.update": update_event,
    "graph.events.delete": delete_event,
    "graph.events.attachments.create": add_attachment,
    "graph.calendarView.delta": calendar_view_delta,
    "graph.calendar.getSchedule": get_schedule,
}
