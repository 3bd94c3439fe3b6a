"""The calendar itself: ``calendars.get``, ``calendarList``, ``settings`` (its time zone).

The sandbox has one calendar per mailbox, the primary one, whose id is the
owner's address (Calendar v3 reference, ``Calendars`` and
``CalendarList`` resources).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from connectors.sandbox.apierror import not_found
from connectors.sandbox.call import Call
from connectors.sandbox.calstore import CalendarStore

_CONFERENCES = {"allowedConferenceSolutionTypes": ["hangoutsMeet"]}


def _primary(call: Call, name: str = "calendarId") -> CalendarStore:
    call.check_user(call.path(name), ("primary",))
    return call.mailbox.calendar


def _etag(store: CalendarStore) -> str:
    return f'"{abs(hash((store.owner, store.time_zone)))}"'


def _calendar(store: CalendarStore) -> dict[str, Any]:
    return {
        "kind": "calendar#calendar",
        "etag": _etag(store),
        "id": store.owner,
        "summary": store.owner,
        "timeZone": store.time_zone,
        "conferenceProperties": _CONFERENCES,
    }


def _list_entry(store: CalendarStore) -> dict[str, Any]:
    return {
        **_calendar(store),
        "kind": "calendar#calendarListEntry",
        "accessRole": "owner",
        "primary": True,
        "selected": True,
        "colorId": "14",
        "backgroundColor": "#9fe1e7",
        "foregroundColor": "#000000",
        "defaultReminders": [{"method": "popup", "minutes": 10}],
        "notificationSettings": {"notifications": []},
    }


def calendars_get(call: Call) -> Any:
    """calendars.get."""
    return _calendar(_primary(call))


def calendar_list_get(call: Call) -> Any:
    """calendarList.get."""
    return _list_entry(_primary(call))


def calendar_list_list(call: Call) -> Any:
    """calendarList.list: the primary calendar only."""
    store = call.mailbox.calendar
    return {
        "kind": "calendar#calendarList",
        "etag": _etag(store),
        "items": [_list_entry(store)],
        "nextSyncToken": "sandbox-calendar-list",
    }


def _settings(store: CalendarStore) -> dict[str, str]:
    return {
        "timezone": store.time_zone,
        "weekStart": "0",
        "format24HourTime": "false",
        "locale": "en",
        "dateFieldOrder": "MDY",
        "defaultEventLength": "60",
        "hideWeekends": "false",
    }


def _setting(store: CalendarStore, name: str, value: str) -> dict[str, Any]:
    return {"kind": "calendar#setting", "etag": _etag(store), "id": name, "value": value}


def settings_get(call: Call) -> Any:
    """settings.get (``timezone`` is the primary calendar's time zone)."""
    store = call.mailbox.calendar
    value = _settings(store).get(call.path("setting"))
    if value is None:
        raise not_found()
    return _setting(store, call.path("setting"), value)


def settings_list(call: Call) -> Any:
    """settings.list."""
    store = call.mailbox.calendar
    return {
        "kind": "calendar#settings",
        "etag": _etag(store),
        "items": [_setting(store, k, v) for k, v in _settings(store).items()],
        "nextSyncToken": "sandbox-settings",
    }


HANDLERS: dict[str, Callable[[Call], Any]] = {
    "calendar.calendars.get": calendars_get,
    "calendar.calendarList.get": calendar_list_get,
    "calendar.calendarList.list": calendar_list_list,
    "calendar.settings.get": settings_get,
    "calendar.settings.list": settings_list,
}
