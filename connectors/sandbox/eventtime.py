"""Event times as Google reads them: RFC 3339 stamps, IANA zones, all-day dates in a zone.

Sources for the checks (Calendar v3 reference, ``EventDateTime`` and
``events.list``, https://developers.google.com/calendar/api/v3/reference/events):
``dateTime`` needs an offset "unless a time zone is explicitly specified in
timeZone"; ``timeZone`` is "required" for recurring events; ``timeMin`` /
``timeMax`` are "RFC3339 timestamp[s] with mandatory time zone offset".
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from connectors.sandbox.apierror import ApiError, bad_request


def zone(name: str, field: str = "timeZone") -> ZoneInfo:
    """An IANA zone, or Google's 400 for a name it does not know (``Mars/Olympus``)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise bad_request(f"Invalid time zone definition for {field}.", field) from exc


def parse_stamp(value: str, field: str) -> datetime:
    """A query's RFC 3339 timestamp: an offset is mandatory."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise bad_request(f"Bad value for {field}: {value}", field) from exc
    if parsed.tzinfo is None:
        raise bad_request(f"Bad value for {field}: {value} (a time zone offset is required)", field)
    return parsed


def check_window(start: datetime | None, end: datetime | None) -> None:
    """``timeMin`` must be before ``timeMax``."""
    if start is not None and end is not None and end <= start:
        raise ApiError(400, "The specified time range is empty.", "timeRangeEmpty")


def moment(when: dict[str, Any], calendar_zone: tzinfo, field: str) -> datetime:
    """An event start or end as an instant; a ``date`` is midnight in the calendar zone."""
    if "dateTime" in when:
        try:
            parsed = datetime.fromisoformat(when["dateTime"])
        except ValueError as exc:
            raise bad_request(f"Invalid value for {field}.dateTime.", field) from exc
        if parsed.tzinfo is None:
            if not when.get("timeZone"):
                raise bad_request(f"Missing time zone definition for {field} time.", field)
            parsed = parsed.replace(tzinfo=zone(when["timeZone"], f"{field} time"))
        return parsed
    if "date" in when:
        try:
            day = date.fromisoformat(when["date"])
        except ValueError as exc:
            raise bad_request(f"Invalid value for {field}.date.", field) from exc
        return datetime(day.year, day.month, day.day, tzinfo=calendar_zone)
    raise bad_request(f"Missing {field} time.", field)


def bounds(event: dict[str, Any], calendar_zone: tzinfo) -> tuple[datetime, datetime]:
    """Start and end of a stored event (already checked by :func:`check_times`)."""
    return (
        moment(event.get("start") or {}, calendar_zone, "start"),
        moment(event.get("end") or {}, calendar_zone, "end"),
    )


def check_times(event: dict[str, Any], calendar_zone: tzinfo) -> None:
    """Refuse start/end pairs Google refuses, with its 400s."""
    start, end = event.get("start") or {}, event.get("end") or {}
    if not start:
        raise bad_request("Missing start time.", "start")
    if not end:
        raise bad_request("Missing end time.", "end")
    for field, when in (("start", start), ("end", end)):
        if when.get("timeZone"):
            zone(when["timeZone"], f"{field} time")
    if ("date" in start) != ("date" in end):
        # Google: "Start and end times must either both be date or both be dateTime."
        raise bad_request("Start and end times must either both be date or both be dateTime.")
    if event.get("recurrence") and "dateTime" in start and not start.get("timeZone"):
        raise bad_request("Missing time zone definition for start time.", "start")
    first, last = bounds(event, calendar_zone)
    if last < first:
        raise ApiError(400, "The specified time range is empty.", "timeRangeEmpty")


def rfc3339(value: datetime) -> str:
    """An instant in UTC, seconds precision, ``Z``-suffixed."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def shifted(when: dict[str, Any], start: datetime | date, length: timedelta) -> dict[str, Any]:
    """An ``EventDateTime`` like ``when`` but at ``start + length``."""
    if isinstance(start, datetime):
        out = {"dateTime": (start + length).isoformat()}
        if when.get("timeZone"):
            out["timeZone"] = when["timeZone"]
        return out
    return {"date": (start + length).isoformat()}
