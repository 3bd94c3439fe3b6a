"""Dates and times as people write them: "Tuesday, March 10, 3:00–3:30 PM PT"."""

from __future__ import annotations

import re
from datetime import date, datetime, tzinfo
from zoneinfo import ZoneInfo

from workflows.drafting.context import check_window, load_zone

# North American zones are named without the standard/daylight letter, as people
# say them ("3 PM PT" is right in March and in July); a few zones whose own
# abbreviation collides with a better-known one get a plain name instead.
_ZONE_NAMES = {
    "America/Los_Angeles": "PT",
    "America/Vancouver": "PT",
    "America/Tijuana": "PT",
    "US/Pacific": "PT",
    "America/Denver": "MT",
    "America/Edmonton": "MT",
    "America/Boise": "MT",
    "US/Mountain": "MT",
    "America/Chicago": "CT",
    "America/Winnipeg": "CT",
    "US/Central": "CT",
    "America/New_York": "ET",
    "America/Toronto": "ET",
    "America/Detroit": "ET",
    "US/Eastern": "ET",
    "America/Halifax": "AT",
    "America/Anchorage": "AKT",
    "Europe/Dublin": "Irish time",
    "Asia/Shanghai": "China time",
    "Asia/Taipei": "Taiwan time",
    "Asia/Jerusalem": "Israel time",
}
# "+0100" from a zone without a name, "UTC+01:00" from a fixed offset.
_NUMERIC = re.compile(r"^(?:UTC)?([+-])(\d{2}):?(\d{2})?$")
# Spelled out rather than strftime("%A"), which follows the process locale.
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def zone_label(moment: datetime) -> str:
    """A short, readable name for the zone of the aware datetime ``moment``."""
    zone = moment.tzinfo
    key = zone.key if isinstance(zone, ZoneInfo) else None
    if key in _ZONE_NAMES:
        return _ZONE_NAMES[key]
    name = moment.tzname() or "UTC"
    numeric = _NUMERIC.match(name)
    if numeric is None:
        return name
    sign, hours, minutes = numeric.groups()
    offset = f"{int(hours)}:{minutes}" if minutes and minutes != "00" else str(int(hours))
    return f"UTC{sign}{offset}"


def _clock(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d}"


def _meridiem(moment: datetime) -> str:
    return "AM" if moment.hour < 12 else "PM"


def _day(moment: datetime) -> str:
    return f"{_WEEKDAYS[moment.weekday()]}, {_MONTHS[moment.month - 1]} {moment.day}"


def format_when(start: datetime, end: datetime, tz: tzinfo | str) -> str:
    """Write the span ``start``–``end`` in the zone ``tz`` for a person to read.

    ``tz`` is a tzinfo or an IANA name. Both datetimes must be aware. A span
    that crosses midnight names both days.
    """
    check_window(start, end, "format_when")
    zone = load_zone(tz) if isinstance(tz, str) else tz
    first, last = start.astimezone(zone), end.astimezone(zone)
    label = zone_label(first)
    if first.date() != last.date():
        return (
            f"{_day(first)}, {_clock(first)} {_meridiem(first)} – "
            f"{_day(last)}, {_clock(last)} {_meridiem(last)} {label}"
        )
    if _meridiem(first) == _meridiem(last):
        times = f"{_clock(first)}–{_clock(last)} {_meridiem(last)}"
    else:
        times = f"{_clock(first)} {_meridiem(first)}–{_clock(last)} {_meridiem(last)}"
    return f"{_day(first)}, {times} {label}"


def in_their_time(start: datetime, user_zone: tzinfo | str, their_zone: tzinfo) -> str | None:
    """``start`` as the contact reads it ("5:00 PM your time"), if their clock differs.

    Restating an agreed time in the contact's own zone lets them catch a
    misreading; ``None`` when their clock shows the same time as the user's.
    """
    zone = load_zone(user_zone) if isinstance(user_zone, str) else user_zone
    mine, theirs = start.astimezone(zone), start.astimezone(their_zone)
    if mine.utcoffset() == theirs.utcoffset():
        return None
    day = f"{_day(theirs)}, " if theirs.date() != mine.date() else ""
    return f"{day}{_clock(theirs)} {_meridiem(theirs)} your time"


def format_date(day: date) -> str:
    """A calendar day for a person to read: "March 1, 2026"."""
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"
