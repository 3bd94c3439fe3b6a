"""Google Calendar v3 as a :class:`~connectors.base.CalendarConnector`.

Changes come from ``events.list`` with a ``syncToken``; when Google answers
410 the token is stale and a full listing from a bounded start replaces it
(``resynced=True``). The daemon's own events (tentative holds, prep events)
are private, opaque, guest-less, created and changed with
``sendUpdates="none"``, and found again by their private extended property.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from connectors.base import (
    EVENT_KEY_PROPERTY,
    Attendee,
    AttendeeResponse,
    CalendarChanges,
    CalendarEvent,
    EventStatus,
    Interval,
    PrivateEventSpec,
)
from connectors.errors import ConnectorError, InputError
from connectors.google.client import ApiBound, Json
from connectors.google.cursor import SyncCursor
from connectors.google.errors import Gone

log = logging.getLogger(__name__)

CALENDAR_ID = "primary"
#: A full listing starts this long before now (or before the last good sync).
LOOKBACK = timedelta(days=1)
PAGE_SIZE = 250
PENDING = AttendeeResponse.PENDING
#: Google's ``responseStatus`` in the project's words.
_RESPONSES = {
    "needsAction": PENDING,
    "accepted": AttendeeResponse.ACCEPTED,
    "declined": AttendeeResponse.DECLINED,
    "tentative": AttendeeResponse.TENTATIVE,
}


class GoogleCalendarConnector(ApiBound):
    """The primary calendar of one Google account."""

    def changes(self, cursor: str | None) -> CalendarChanges:
        """Events changed since ``cursor``; from a day ago onwards when ``None``."""
        if cursor is None:
            return self._full(datetime.now(UTC) - LOOKBACK, resynced=False)
        state = SyncCursor.load(cursor, "Google Calendar")
        taken_at = time.time()
        events = self._events()
        try:
            pages = self.api.pages(
                lambda token: events.list(
                    calendarId=CALENDAR_ID,
                    syncToken=state.token,
                    singleEvents=True,
                    maxResults=PAGE_SIZE,
                    pageToken=token,
                ),
                "events.list",
            )
        except Gone:
            log.warning("calendar %s: sync token expired, listing again", self.address)
            since = datetime.fromtimestamp(min(state.taken_at, taken_at), UTC) - LOOKBACK
            return self._full(since, resynced=True)
        return CalendarChanges(_events_of(pages), SyncCursor(_sync_token(pages), taken_at).dump())

    def _full(self, since: datetime, *, resynced: bool) -> CalendarChanges:
        taken_at = time.time()
        events = self._events()
        pages = self.api.pages(
            lambda token: events.list(
                calendarId=CALENDAR_ID,
                timeMin=since.isoformat(),
                singleEvents=True,
                maxResults=PAGE_SIZE,
                pageToken=token,
            ),
            "events.list",
        )
        cursor = SyncCursor(_sync_token(pages), taken_at).dump()
        return CalendarChanges(_events_of(pages), cursor, resynced=resynced)

    def free_busy(self, start: datetime, end: datetime) -> tuple[Interval, ...]:
        """Busy spans of the primary calendar in ``[start, end)``."""
        if start.tzinfo is None or end.tzinfo is None:
            raise InputError("free/busy needs timezone-aware start and end")
        body = {
            "timeMin": start.isoformat(),
            "timeMax": end.isoformat(),
            "items": [{"id": CALENDAR_ID}],
        }
        answer = self.api.execute(
            self.api.resource("calendar", "freebusy").query(body=body), "freebusy.query"
        )
        calendars: dict[str, Json] = answer.get("calendars", {})
        found = calendars.get(CALENDAR_ID) or calendars.get(self.address) or {}
        if found.get("errors"):
            reasons = ", ".join(str(e.get("reason")) for e in found["errors"])
            raise ConnectorError(f"google account {self.address}: free/busy refused ({reasons})")
        return tuple(
            Interval(_parse_time(b["start"]), _parse_time(b["end"])) for b in found.get("busy", [])
        )

    def find_private_event(self, key: str) -> CalendarEvent | None:
        """The daemon's event carrying ``key``, if it still exists."""
        request = self._events().list(
            calendarId=CALENDAR_ID,
            privateExtendedProperty=f"{EVENT_KEY_PROPERTY}={key}",
            showDeleted=False,
            maxResults=PAGE_SIZE,
        )
        answer = self.api.execute(request, "events.list")
        items = answer.get("items", [])
        live = [item for item in items if item.get("status") != "cancelled"]
        return _event(live[0], _calendar_zone(answer)) if live else None

    def put_private_event(self, spec: PrivateEventSpec) -> CalendarEvent:
        """Patch the event carrying ``spec.key`` in place, or insert it; nobody is notified.

        Google Calendar attaches only Drive files, so ``spec.attachment`` is
        not uploaded here; the brief is in the description.
        """
        if spec.start.tzinfo is None or spec.end.tzinfo is None:
            raise InputError(f"event {spec.key!r} needs timezone-aware start and end")
        body = _event_body(spec)
        existing = None if spec.first else self.find_private_event(spec.key)
        events = self._events()
        if existing is not None:
            request = events.patch(
                calendarId=CALENDAR_ID, eventId=existing.id, body=body, sendUpdates="none"
            )
            return _event(self.api.execute(request, "events.patch"))
        # Executed once: a retried insert could leave two events; the
        # caller's retry finds this one by its key instead.
        request = events.insert(calendarId=CALENDAR_ID, body=body, sendUpdates="none")
        created = _event(self.api.execute(request, "events.insert"))
        log.info("calendar %s: event %s created for key %s", self.address, created.id, spec.key)
        return created

    def delete_event(self, event_id: str) -> None:
        """Delete one of the daemon's events; already gone is fine."""
        request = self._events().delete(
            calendarId=CALENDAR_ID, eventId=event_id, sendUpdates="none"
        )
        try:
            self.api.execute(request, "events.delete")
        except Gone:
            log.debug("calendar %s: event %s was already gone", self.address, event_id)

    def _events(self) -> Any:
        return self.api.resource("calendar", "events")


def _event_body(spec: PrivateEventSpec) -> Json:
    return {
        "summary": spec.summary,
        "description": spec.description,
        "start": {"dateTime": spec.start.isoformat()},
        "end": {"dateTime": spec.end.isoformat()},
        "status": "tentative" if spec.tentative else "confirmed",
        "visibility": "private",
        "transparency": "opaque",
        "attendees": [],
        "extendedProperties": {"private": {**spec.properties, EVENT_KEY_PROPERTY: spec.key}},
    }


def _sync_token(pages: list[Json]) -> str:
    token = pages[-1].get("nextSyncToken")
    if not token:
        raise ConnectorError("Google Calendar returned no nextSyncToken on the last page")
    return str(token)


def _events_of(pages: list[Json]) -> tuple[CalendarEvent, ...]:
    return tuple(
        _event(item, _calendar_zone(page)) for page in pages for item in page.get("items", [])
    )


def _calendar_zone(page: Json) -> tzinfo:
    """The calendar's zone, which ``events.list`` reports with every page.

    Read from the listing rather than ``calendars.get``, which needs a scope
    (``calendar.readonly``/``calendar.calendars.readonly``) coffeechat does not ask for.
    """
    try:
        return ZoneInfo(str(page.get("timeZone") or "UTC"))
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("unknown calendar time zone %r, reading all-day events in UTC", page)
        return UTC


def _event(item: Json, calendar_zone: tzinfo = UTC) -> CalendarEvent:
    try:
        status = EventStatus(item.get("status", "confirmed"))
    except ValueError:
        status = EventStatus.CONFIRMED
    private: Mapping[str, str] = item.get("extendedProperties", {}).get("private", {})
    return CalendarEvent(
        id=str(item["id"]),
        status=status,
        start=_when(item.get("start"), calendar_zone),
        end=_when(item.get("end"), calendar_zone),
        summary=str(item.get("summary", "")),
        description=str(item.get("description", "")),
        location=str(item.get("location", "")),
        conference_url=_conference_url(item),
        organizer=item.get("organizer", {}).get("email"),
        attendees=tuple(
            Attendee(str(a["email"]), _RESPONSES.get(a.get("responseStatus"), PENDING))
            for a in item.get("attendees", [])
            if a.get("email")
        ),
        properties={str(k): str(v) for k, v in private.items()},
        ical_uid=item.get("iCalUID"),
        updated=item.get("updated"),
    )


def _when(value: Json | None, calendar_zone: tzinfo) -> datetime | None:
    """An event's start or end; an all-day date counts from midnight in the calendar's zone."""
    if not value:
        return None
    if "dateTime" in value:
        return _parse_time(value["dateTime"])
    if "date" in value:
        day = date.fromisoformat(value["date"])
        return datetime(day.year, day.month, day.day, tzinfo=calendar_zone).astimezone(UTC)
    return None


def _parse_time(text: str) -> datetime:
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _conference_url(item: Json) -> str | None:
    if item.get("hangoutLink"):
        return str(item["hangoutLink"])
    for entry in item.get("conferenceData", {}).get("entryPoints", []):
        if entry.get("entryPointType") == "video" and entry.get("uri"):
            return str(entry["uri"])
    return None
