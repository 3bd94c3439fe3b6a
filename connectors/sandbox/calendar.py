"""Calendar v3 event handlers, keyed by discovery method id.

Recurring series are stored once, with their modified or cancelled
occurrences as separate exception events (``recurringEventId``), as Google
keeps them; ``singleEvents=true``, ``events.instances`` and free/busy
expand the series (:mod:`connectors.sandbox.recurrence`).
"""

from __future__ import annotations

import copy
import re
import secrets
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from connectors.sandbox.apierror import ApiError, bad_request
from connectors.sandbox.call import Call, page
from connectors.sandbox.calstore import CalendarStore, new_event_id, now_rfc3339
from connectors.sandbox.eventtime import bounds, check_times, check_window, parse_stamp, rfc3339
from connectors.sandbox.recurrence import find_occurrence, instance, is_series, occurrences
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


def new_event(store: CalendarStore, body: dict[str, Any]) -> dict[str, Any]:
    """A full event resource built from an insert body, its times checked."""
    owner = store.owner
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
    check_times(event, store.zone)
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


def _organised_elsewhere(store: CalendarStore, event: dict[str, Any]) -> bool:
    organizer = (event.get("organizer") or {}).get("email")
    return organizer not in (None, store.owner) and not event.get("guestsCanModify")


def guard_shared(store: CalendarStore, event: dict[str, Any], change: dict[str, Any]) -> None:
    """403 ``forbiddenForNonOrganizer`` when a guest changes what all guests share.

    https://developers.google.com/calendar/api/guides/errors#403_forbidden_for_non-organizer:
    "Shared properties can only be changed by the organizer of the event." A
    guest may still answer (their own ``responseStatus``); other edits stay
    on the guest's own copy, which is the only copy this calendar holds.
    """
    if not _organised_elsewhere(store, event):
        return
    shared: list[str] = [
        key
        for key in ("guestsCanModify", "guestsCanInviteOthers", "guestsCanSeeOtherGuests")
        if key in change and change[key] != event.get(key)
    ]
    if "attendees" in change and not _only_own_answer(store.owner, event, change["attendees"]):
        shared.append("attendees")
    if shared:
        raise ApiError(
            403,
            "Shared properties can only be changed by the organizer of the event.",
            "forbiddenForNonOrganizer",
        )


def _only_own_answer(owner: str, event: dict[str, Any], attendees: Any) -> bool:
    before = {a.get("email"): a for a in event.get("attendees", [])}
    after = {a.get("email"): a for a in attendees or [] if isinstance(a, dict)}
    if set(before) != set(after):
        return False
    return all(
        email == owner
        or after[email].get("responseStatus", before[email].get("responseStatus"))
        == before[email].get("responseStatus")
        for email in after
    )


def _keep_answers(before: dict[str, Any], event: dict[str, Any]) -> None:
    # A guest list sent without answers keeps the answers given so far.
    answers = {a.get("email"): a.get("responseStatus") for a in before.get("attendees", [])}
    for attendee in event.get("attendees", []):
        if "responseStatus" not in attendee and answers.get(attendee.get("email")):
            attendee["responseStatus"] = answers[attendee.get("email")]


def _store_changed(store: CalendarStore, old: dict[str, Any], new: dict[str, Any]) -> Any:
    _keep_answers(old, new)
    check_times(new, store.zone)
    if any(new.get(k) != old.get(k) for k in _SEQUENCE_FIELDS):
        new["sequence"] = int(old.get("sequence", 0)) + 1
    normalise_attendees(new, store.owner)
    return store.put(new)


def apply_patch(store: CalendarStore, event_id: str, patch: dict[str, Any]) -> dict[str, Any]:
    """Patch an event (an occurrence becomes an exception), bump ``sequence`` on a move."""
    old = lookup(store, event_id)
    new = copy.deepcopy(old)
    merge(new, {k: v for k, v in patch.items() if k not in _READ_ONLY})
    return _store_changed(store, old, new)


# Fields a client cannot set by patch or update.
_READ_ONLY = ("id", "kind", "etag", "iCalUID", "recurringEventId", "created", "htmlLink")


def replace(store: CalendarStore, event_id: str, body: dict[str, Any]) -> dict[str, Any]:
    """``events.update``: the body replaces the event; identity and authorship stay."""
    old = lookup(store, event_id)
    kept: tuple[str, ...] = (*_READ_ONLY, "creator", "organizer", "originalStartTime", "sequence")
    if _organised_elsewhere(store, old) and "attendees" not in body:
        kept += ("attendees",)  # a guest cannot drop the guest list (README: unverified)
    new = {
        "status": "confirmed",
        **{k: v for k, v in copy.deepcopy(body).items() if k not in kept},
        **{k: copy.deepcopy(old[k]) for k in kept if k in old},
    }
    return _store_changed(store, old, new)


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
    event = new_event(store, call.body)
    if event["id"] in store.events:
        raise ApiError(409, "The requested identifier already exists.", "duplicate")
    _add_conference(call, event)
    notify_check(call, event)
    return store.put(event)


def _series_of(store: CalendarStore, event_id: str) -> tuple[dict[str, Any], Any] | None:
    series_id, _, _ = event_id.rpartition("_")
    series = store.events.get(series_id)
    if series is None or not is_series(series):
        return None
    original = find_occurrence(series, event_id, store.zone)
    return None if original is None else (series, original)


def lookup(store: CalendarStore, event_id: str) -> dict[str, Any]:
    """A stored event, or an occurrence of a series that has no exception yet; else 404."""
    if event_id in store.events:
        return store.events[event_id]
    found = _series_of(store, event_id)
    if found is None:
        return store.get(event_id)  # the 404
    series, original = found
    return instance(series, original, store.zone)


def events_get(call: Call) -> Any:
    """events.get (cancelled events and occurrences of a series too)."""
    return lookup(_calendar(call), call.path("eventId"))


def events_patch(call: Call) -> Any:
    """events.patch; a guest cannot change shared properties."""
    store = _calendar(call)
    guard_shared(store, lookup(store, call.path("eventId")), call.body)
    event = apply_patch(store, call.path("eventId"), call.body)
    notify_check(call, event)
    return event


def events_update(call: Call) -> Any:
    """events.update (PUT)."""
    store = _calendar(call)
    guard_shared(store, lookup(store, call.path("eventId")), call.body)
    event = replace(store, call.path("eventId"), call.body)
    notify_check(call, event)
    return event


def events_delete(call: Call) -> Any:
    """events.delete: the event (or occurrence) becomes a cancelled tombstone for sync."""
    store = _calendar(call)
    event_id = call.path("eventId")
    event = lookup(store, event_id)
    notify_check(call, event)
    if event_id in store.events:
        store.cancel(event_id)
    else:  # an occurrence: a cancelled exception hides it from the series
        store.put({**event, "status": "cancelled"})
    return None


def _window(params: dict[str, Any]) -> tuple[datetime | None, datetime | None]:
    start = parse_stamp(params["timeMin"], "timeMin") if "timeMin" in params else None
    end = parse_stamp(params["timeMax"], "timeMax") if "timeMax" in params else None
    check_window(start, end)
    return start, end


def singles(
    store: CalendarStore, start: datetime | None, end: datetime | None
) -> Iterator[dict[str, Any]]:
    """Every event with series expanded into occurrences (exceptions replace theirs)."""
    for event in list(store.events.values()):
        if not is_series(event):
            yield event
        elif event.get("status") == "cancelled":
            continue
        else:
            for original in occurrences(event, store.zone, start, end):
                occurrence = instance(event, original, store.zone)
                if occurrence["id"] not in store.events:
                    yield occurrence


def _overlaps(
    store: CalendarStore, event: dict[str, Any], start: datetime | None, end: datetime | None
) -> bool:
    if is_series(event):
        return next(occurrences(event, store.zone, start, end), None) is not None
    first, last = bounds(event, store.zone)
    return (start is None or last > start) and (end is None or first < end)


def _matches(event: dict[str, Any], params: dict[str, Any]) -> bool:
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


def _changed(store: CalendarStore, token: str, single: bool) -> list[dict[str, Any]]:
    """Events changed since ``token``; with ``single``, a changed series as its occurrences."""
    changed = store.changed_since(token)
    if not single:
        return changed
    out: list[dict[str, Any]] = []
    for event in changed:
        if not is_series(event):
            out.append(event)
            continue
        for original in occurrences(event, store.zone, None, None):
            occurrence = instance(event, original, store.zone)
            if occurrence["id"] not in store.events:
                out.append(occurrence)
    return out


def events_list(call: Call) -> Any:
    """events.list: a window query or, with ``syncToken``, the changes since it."""
    store = _calendar(call)
    params = call.params
    single = bool(params.get("singleEvents"))
    if "syncToken" in params:
        clashing = [name for name in _NOT_WITH_SYNC if name in params]
        if params.get("showDeleted") is False:
            # The syncToken parameter's own description: deleted events "will always
            # be in the result set and it is not allowed to set showDeleted to False".
            clashing.append("showDeleted")
        if clashing:
            raise bad_request(f"{clashing[0]} cannot be used together with syncToken", clashing[0])
        events = _changed(store, params["syncToken"], single)
    else:
        if params.get("orderBy") == "startTime" and not single:
            raise bad_request(
                "The requested ordering is not available for the particular query.", "orderBy"
            )
        start, end = _window(params)
        candidates = singles(store, start, end) if single else iter(store.events.values())
        events = [
            e
            for e in candidates
            if (params.get("showDeleted") or e.get("status") != "cancelled")
            and _overlaps(store, e, start, end)
            and _matches(e, params)
        ]
        if params.get("orderBy") == "startTime":
            events.sort(key=lambda e: bounds(e, store.zone)[0])
        elif params.get("orderBy") == "updated":
            events.sort(key=lambda e: str(e.get("updated")))
    return _events_page(store, params, events, sync=True)


def _events_page(
    store: CalendarStore, params: dict[str, Any], events: list[dict[str, Any]], *, sync: bool
) -> dict[str, Any]:
    size = min(int(params.get("maxResults", 250)), _MAX_PAGE)
    chunk, next_token = page(events, params.get("pageToken"), size)
    out: dict[str, Any] = {
        "kind": "calendar#events",
        "summary": store.owner,
        # "The time zone of the calendar. Read-only." (Events resource)
        "timeZone": store.time_zone,
        "updated": now_rfc3339(),
        "accessRole": "owner",
        "defaultReminders": [],
        "items": [copy.deepcopy(e) for e in chunk],
    }
    if next_token:
        out["nextPageToken"] = next_token
    elif sync:
        out["nextSyncToken"] = store.sync_token()
    return out


def events_instances(call: Call) -> Any:
    """events.instances: the occurrences of one series, exceptions in their place."""
    store = _calendar(call)
    series = store.get(call.path("eventId"))
    if not is_series(series):
        raise bad_request("The event is not a recurring event.", "eventId")
    start, end = _window(call.params)
    items = []
    for original in occurrences(series, store.zone, start, end):
        occurrence = lookup(store, instance(series, original, store.zone)["id"])
        if call.params.get("showDeleted") or occurrence.get("status") != "cancelled":
            items.append(occurrence)
    if "originalStart" in call.params:
        items = [i for i in items if _same_original(i, call.params["originalStart"], store)]
    return _events_page(store, call.params, items, sync=False)


def _same_original(event: dict[str, Any], wanted: str, store: CalendarStore) -> bool:
    original = event.get("originalStartTime") or {}
    if "date" in original:
        return bool(original["date"] == wanted)
    return bounds({"start": original, "end": original}, store.zone)[0] == parse_stamp(
        wanted, "originalStart"
    )


def busy_periods(
    calendar: CalendarStore, start: datetime, end: datetime
) -> list[tuple[datetime, datetime]]:
    """Merged busy intervals of a calendar inside [start, end), every occurrence counted."""
    spans = []
    for event in singles(calendar, start, end):
        if event.get("status") == "cancelled" or event.get("transparency") == "transparent":
            continue
        if _self_response(event, calendar.owner) == "declined":
            continue
        first, last = bounds(event, calendar.zone)
        if last > start and first < end:
            spans.append((max(first, start), min(last, end)))
    merged: list[tuple[datetime, datetime]] = []
    for first, last in sorted(spans):
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged


def freebusy_query(call: Call) -> Any:
    """freebusy.query for ``primary`` or any sandbox address."""
    body = call.body
    if "timeMin" not in body or "timeMax" not in body:
        raise bad_request("Missing timeMin or timeMax.")
    start, end = parse_stamp(body["timeMin"], "timeMin"), parse_stamp(body["timeMax"], "timeMax")
    check_window(start, end)
    calendars: dict[str, Any] = {}
    for item in body.get("items", []):
        name = item.get("id", "")
        calendar = _lookup_calendar(call.world, call, name)
        if calendar is None:
            calendars[name] = {"errors": [{"domain": "global", "reason": "notFound"}], "busy": []}
            continue
        spans = busy_periods(calendar, start, end)
        calendars[name] = {"busy": [{"start": rfc3339(a), "end": rfc3339(b)} for a, b in spans]}
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
    "calendar.events.update": events_update,
    "calendar.events.delete": events_delete,
    "calendar.events.instances": events_instances,
    "calendar.freebusy.query": freebusy_query,
}
