"""Recurring events: a series' ``RRULE``/``RDATE``/``EXDATE`` lines expanded into instances.

An instance of a timed series has the id ``<series id>_<UTC start as
YYYYMMDDTHHMMSSZ>``, of an all-day series ``<series id>_<YYYYMMDD>``; it
carries ``recurringEventId`` and ``originalStartTime`` and no
``recurrence`` (Calendar v3 reference, ``Events`` resource and
``events.instances``). The rule is expanded in the series' ``start.timeZone``,
so a weekly 09:00 meeting stays at 09:00 across a daylight-saving change.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from dateutil.rrule import rruleset, rrulestr

from connectors.sandbox.apierror import bad_request
from connectors.sandbox.eventtime import bounds, shifted, zone

#: An unbounded series is expanded this far past the window's start (or now):
#: Google's horizon is not documented (README: "unverified").
HORIZON = timedelta(days=730)
_UNTIL = re.compile(r"UNTIL=(\d{8})(T\d{6})?(Z?)")


def is_series(event: dict[str, Any]) -> bool:
    """Whether an event is the parent of a recurring series."""
    return bool(event.get("recurrence")) and not event.get("recurringEventId")


def _local_start(event: dict[str, Any], calendar_zone: tzinfo) -> datetime | date:
    start = event["start"]
    if "date" in start:
        return date.fromisoformat(start["date"])
    first, _ = bounds(event, calendar_zone)
    return first.astimezone(zone(start["timeZone"], "start time"))


def _rules(event: dict[str, Any], dtstart: datetime) -> rruleset:
    lines = []
    for line in event.get("recurrence", []):
        # An aware DTSTART needs a UTC UNTIL; a floating one (all-day) a floating UNTIL.
        if dtstart.tzinfo is not None:
            line = _UNTIL.sub(lambda m: _utc_until(m, dtstart.tzinfo), line)
        else:
            line = _UNTIL.sub(lambda m: f"UNTIL={m.group(1)}{m.group(2) or 'T000000'}", line)
        lines.append(line)
    try:
        rules = rrulestr("\n".join(lines), dtstart=dtstart, forceset=True)
    except (ValueError, TypeError) as exc:
        raise bad_request(f"Invalid recurrence rule: {exc}", "recurrence") from exc
    assert isinstance(rules, rruleset)
    return rules


def _utc_until(found: re.Match[str], local: tzinfo | None) -> str:
    if found.group(3):
        return found.group(0)
    moment = datetime.strptime(found.group(1) + (found.group(2) or "T235959"), "%Y%m%dT%H%M%S")
    return f"UNTIL={moment.replace(tzinfo=local).astimezone(UTC):%Y%m%dT%H%M%SZ}"


def instance_id(series_id: str, start: datetime | date) -> str:
    """Google's id for the occurrence of ``series_id`` starting at ``start``."""
    if isinstance(start, datetime):
        return f"{series_id}_{start.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    return f"{series_id}_{start:%Y%m%d}"


def occurrences(
    event: dict[str, Any], calendar_zone: tzinfo, start: datetime | None, end: datetime | None
) -> Iterator[datetime | date]:
    """Original starts of the series' occurrences that overlap ``[start, end)``."""
    first = _local_start(event, calendar_zone)
    all_day = not isinstance(first, datetime)
    dtstart = datetime(first.year, first.month, first.day) if all_day else first
    series_start, series_end = bounds(event, calendar_zone)
    length = series_end - series_start
    stop = end or max(start or datetime.now(UTC), datetime.now(UTC)) + HORIZON
    for found in _rules(event, dtstart):  # type: ignore[arg-type]
        occurrence: datetime | date = found.date() if all_day else found
        begins = (
            datetime.combine(found.date(), datetime.min.time(), calendar_zone) if all_day else found
        )
        if begins >= stop:
            return
        if start is None or begins + length > start:
            yield occurrence


def instance(
    event: dict[str, Any], original: datetime | date, calendar_zone: tzinfo
) -> dict[str, Any]:
    """The occurrence of series ``event`` that starts at ``original``, as Google shows it."""
    first, last = bounds(event, calendar_zone)
    out = {k: copy.deepcopy(v) for k, v in event.items() if k != "recurrence"}
    start = event["start"]
    out["id"] = instance_id(event["id"], original)
    out["recurringEventId"] = event["id"]
    out["originalStartTime"] = shifted(start, original, timedelta(0))
    out["start"] = shifted(start, original, timedelta(0))
    if isinstance(original, datetime):
        out["end"] = shifted(event["end"], original, last - first)
    else:
        days = date.fromisoformat(event["end"]["date"]) - date.fromisoformat(start["date"])
        out["end"] = shifted(event["end"], original, days)
    return out


def find_occurrence(
    event: dict[str, Any], wanted_id: str, calendar_zone: tzinfo
) -> datetime | date | None:
    """The original start of the occurrence of ``event`` whose instance id is ``wanted_id``."""
    suffix = wanted_id.removeprefix(event["id"] + "_")
    try:
        if "T" in suffix:
            at = datetime.strptime(suffix, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            window = (at, at + timedelta(seconds=1))
        else:
            day = datetime.strptime(suffix, "%Y%m%d").date()
            midnight = datetime.combine(day, datetime.min.time(), calendar_zone)
            window = (midnight, midnight + timedelta(days=1))
    except ValueError:
        return None
    first, last = bounds(event, calendar_zone)
    for found in occurrences(event, calendar_zone, window[0] - (last - first), window[1]):
        if instance_id(event["id"], found) == wanted_id:
            return found
    return None
