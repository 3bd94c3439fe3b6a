"""The Outlook calendar over Graph v1.0 as a :class:`~connectors.base.CalendarConnector`.

Changes come from ``calendarView/delta`` over a window from a day ago to a
year ahead; when Graph answers 410 the delta link is stale and a new round
replaces it (``resynced=True``). A calendarView delta takes no ``$expand``,
so the keys of the events that could be the daemon's own (organised by the
user, no guests) are read in one JSON batch. The daemon's own events are
private (``sensitivity: private``), guest-less, tentative or busy, with the
brief in the body and as a file attachment; a meeting someone else organised
is never modified.
"""

from __future__ import annotations

import base64
import json
import logging
import time
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlencode

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
from connectors.errors import ConnectorError, Gone, InputError
from connectors.microsoft import properties
from connectors.microsoft.client import GraphClient, Json

log = logging.getLogger(__name__)

#: The window the delta watches: from a day before the first sync to a year ahead.
LOOKBACK = timedelta(days=1)
HORIZON = timedelta(days=365)
EVENT_SELECT = (
    "id,subject,body,start,end,showAs,sensitivity,isCancelled,isOrganizer,organizer,"
    "attendees,location,onlineMeeting,iCalUId,lastModifiedDateTime,hasAttachments"
)
#: Graph's answers in the project's words.
_RESPONSES = {
    "accepted": AttendeeResponse.ACCEPTED,
    "organizer": AttendeeResponse.ACCEPTED,
    "declined": AttendeeResponse.DECLINED,
    "tentativelyAccepted": AttendeeResponse.TENTATIVE,
}


class OutlookCalendarConnector:
    """The default calendar of one Microsoft account."""

    def __init__(self, client: GraphClient) -> None:
        self.client = client
        self.address = client.address

    def __repr__(self) -> str:
        return f"OutlookCalendarConnector({self.address!r})"

    def close(self) -> None:
        """Close the HTTP connections (shared with the account's mail)."""
        self.client.close()

    def changes(self, cursor: str | None) -> CalendarChanges:
        """Events changed since ``cursor``; the window's events when ``None``."""
        if cursor is None:
            return self._full(datetime.now(UTC) - LOOKBACK, resynced=False)
        try:
            state = json.loads(cursor)
            link, taken_at = str(state["link"]), float(state["taken_at"])
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError("not an Outlook calendar cursor") from exc
        now = time.time()
        try:
            items, next_link = self.client.round(link, "calendarView delta")
        except Gone:
            log.warning("calendar %s: delta link expired, listing again", self.address)
            since = datetime.fromtimestamp(min(taken_at, now), UTC) - LOOKBACK
            return self._full(since, resynced=True)
        return CalendarChanges(self._events(items), _cursor(next_link, now))

    def _full(self, since: datetime, *, resynced: bool) -> CalendarChanges:
        taken_at = time.time()
        window = {
            "startDateTime": _graph_time(since),
            "endDateTime": _graph_time(datetime.now(UTC) + HORIZON),
        }
        items, link = self.client.round("/me/calendarView/delta", "calendarView delta", window)
        return CalendarChanges(self._events(items), _cursor(link, taken_at), resynced=resynced)

    def _events(self, items: list[Json]) -> tuple[CalendarEvent, ...]:
        """Events of a delta round, with the properties of the ones that may be ours."""
        own = [
            str(i["id"])
            for i in items
            if "@removed" not in i and i.get("isOrganizer") and not i.get("attendees")
        ]
        query = urlencode(
            {"$select": "id", "$expand": properties.expand(properties.KEY, properties.EXTRA)},
            quote_via=quote,
        )
        paths = {i: f"/me/events/{i}?{query}" for i in own}
        extra = self.client.batch(paths, "events.get") if own else {}
        return tuple(_event(item, extra.get(str(item["id"]))) for item in items)

    def free_busy(self, start: datetime, end: datetime) -> tuple[Interval, ...]:
        """Busy spans of the user's calendar in ``[start, end)``."""
        if start.tzinfo is None or end.tzinfo is None:
            raise InputError("free/busy needs timezone-aware start and end")
        body = {
            "schedules": [self.address],
            "startTime": {"dateTime": _graph_time(start).rstrip("Z"), "timeZone": "UTC"},
            "endTime": {"dateTime": _graph_time(end).rstrip("Z"), "timeZone": "UTC"},
            "availabilityViewInterval": 15,
        }
        answer = self.client.call("POST", "/me/calendar/getSchedule", "getSchedule", body=body)
        (schedule,) = answer.get("value", [{}])[:1] or [{}]
        if schedule.get("error"):
            raise ConnectorError(
                f"microsoft account {self.address}: free/busy refused "
                f"({schedule['error'].get('responseCode', 'unknown')})"
            )
        spans = [
            (_when(item.get("start")), _when(item.get("end")))
            for item in schedule.get("scheduleItems", [])
            if item.get("status") != "free"
        ]
        return tuple(Interval(a, b) for a, b in spans if a is not None and b is not None)

    def find_private_event(self, key: str) -> CalendarEvent | None:
        """The daemon's event carrying ``key``, if it still exists."""
        found = self.client.call(
            "GET",
            "/me/events",
            "events.list",
            params={
                "$filter": properties.key_filter(key),
                "$select": EVENT_SELECT,
                "$expand": properties.expand(properties.KEY, properties.EXTRA),
                "$top": "10",
            },
        )
        live = [i for i in found.get("value", []) if not i.get("isCancelled")]
        return _event(live[0], live[0]) if live else None

    def put_private_event(self, spec: PrivateEventSpec) -> CalendarEvent:
        """Patch the event carrying ``spec.key`` in place, or create it; nobody is notified."""
        if spec.start.tzinfo is None or spec.end.tzinfo is None:
            raise InputError(f"event {spec.key!r} needs timezone-aware start and end")
        body = _event_body(spec)
        existing = None if spec.first else self.find_private_event(spec.key)
        if existing is not None:
            item = self.client.call(
                "PATCH", f"/me/events/{existing.id}", "events.update", body=body
            )
            attached = bool(item.get("hasAttachments"))
        else:
            # Executed once: a retried create could leave two events; the
            # caller's retry finds this one by its key instead.
            item = self.client.call("POST", "/me/events", "events.create", body=body)
            attached = False
            log.info("calendar %s: event %s created for key %s", self.address, item["id"], spec.key)
        if spec.attachment is not None and not attached:
            name, content = spec.attachment
            self.client.call(
                "POST",
                f"/me/events/{item['id']}/attachments",
                "events.attachments.create",
                body={
                    "@odata.type": "#microsoft.graph.fileAttachment",
                    "name": name,
                    "contentType": "text/markdown" if name.endswith(".md") else "text/plain",
                    "contentBytes": base64.b64encode(content).decode("ascii"),
                },
            )
        return _event(
            item, {"singleValueExtendedProperties": body["singleValueExtendedProperties"]}
        )

    def delete_event(self, event_id: str) -> None:
        """Delete one of the daemon's events; already gone is fine."""
        try:
            self.client.call("DELETE", f"/me/events/{event_id}", "events.delete")
        except Gone:
            log.debug("calendar %s: event %s was already gone", self.address, event_id)


def _cursor(link: str, taken_at: float) -> str:
    return json.dumps({"link": link, "taken_at": taken_at})


def _event_body(spec: PrivateEventSpec) -> Json:
    return {
        "subject": spec.summary,
        "body": {"contentType": "text", "content": spec.description},
        "start": {"dateTime": _graph_time(spec.start).rstrip("Z"), "timeZone": "UTC"},
        "end": {"dateTime": _graph_time(spec.end).rstrip("Z"), "timeZone": "UTC"},
        "showAs": "tentative" if spec.tentative else "busy",
        "sensitivity": "private",
        "attendees": [],
        "singleValueExtendedProperties": properties.written(spec.key, spec.properties),
    }


def _event(item: Json, extended: Json | None) -> CalendarEvent:
    if "@removed" in item or item.get("isCancelled"):
        status = EventStatus.CANCELLED
    elif item.get("showAs") == "tentative" and item.get("isOrganizer"):
        status = EventStatus.TENTATIVE
    else:
        status = EventStatus.CONFIRMED
    organizer = ((item.get("organizer") or {}).get("emailAddress") or {}).get("address")
    return CalendarEvent(
        id=str(item["id"]),
        status=status,
        start=_when(item.get("start")),
        end=_when(item.get("end")),
        summary=str(item.get("subject") or ""),
        description=str((item.get("body") or {}).get("content") or ""),
        location=str((item.get("location") or {}).get("displayName") or ""),
        conference_url=(item.get("onlineMeeting") or {}).get("joinUrl"),
        organizer=str(organizer).lower() if organizer else None,
        attendees=tuple(
            Attendee(
                str(a["emailAddress"]["address"]).lower(),
                _RESPONSES.get(
                    str((a.get("status") or {}).get("response")), AttendeeResponse.PENDING
                ),
            )
            for a in item.get("attendees", [])
            if (a.get("emailAddress") or {}).get("address")
        ),
        properties=properties.event_properties(extended or {}, EVENT_KEY_PROPERTY),
        ical_uid=item.get("iCalUId"),
        updated=item.get("lastModifiedDateTime"),
    )


def _when(value: Any) -> datetime | None:
    """A Graph ``dateTimeTimeZone`` (always UTC: ``Prefer: outlook.timezone="UTC"``)."""
    if not value or not value.get("dateTime"):
        return None
    text = str(value["dateTime"]).rstrip("Z")[:26]
    parsed = datetime.fromisoformat(text)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


def _graph_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
