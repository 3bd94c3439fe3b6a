"""Picking meeting times, as pure functions of free/busy and the user's hours.

The daemon reads the user's busy intervals (``CalendarConnector.free_busy``)
and calls :func:`pick_window` when the contact proposed times, or
:func:`offer_slots` when it must propose some itself. Nothing here reads a
clock or a calendar.

Conventions (decided here, where DESIGN.md is silent):

- ``tz`` is the USER's zone, a ``tzinfo`` or an IANA name (``"Europe/Paris"``).
  Working hours and days are read in that zone, on the wall clock, so they
  stay 09:00-17:00 across a DST change. Returned times are aware datetimes in
  that zone; durations are real elapsed time (a 30-minute meeting across a DST
  jump still lasts 30 minutes).
- ``working_hours`` is a ``(start, end)`` pair of ``datetime.time`` with
  ``start < end`` (no overnight shifts). ``working_days`` is an iterable of
  weekday numbers as ``datetime.weekday()`` gives them (0 = Monday ... 6 =
  Sunday) or of English day names, full or three-letter, any case
  (``"mon"``, ``"Tuesday"``).
- Nothing starts sooner than ``lead`` after ``now`` (default two hours): the
  contact must have time to read the reply.
- :func:`pick_window` takes the earliest moment, inside one of THEIR windows,
  where the whole meeting fits the user's free time and working hours on a
  working day. When none fits, it tries again with the user's hours widened to
  ``stretch`` (default 08:00-20:00, same working days): a time the contact
  asked for is worth an early or late meeting, but not a night or a weekend
  the user keeps free. ``stretch=None`` keeps to working hours. Starts are on
  the user's quarter hour, so a window starting at a round time is used as is.
- :func:`offer_slots` proposes up to ``count`` slots on different working days,
  the earliest fitting start of each day on the user's hour or half hour,
  alternating between the morning and the afternoon of the working day so
  the contact gets a choice; it looks ``horizon`` ahead (default 14 days) and
  may return fewer slots when the calendar is full.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from connectors.base import Interval
from connectors.errors import InputError

Slot = tuple[datetime, datetime]

DEFAULT_LEAD = timedelta(hours=2)
DEFAULT_STRETCH = (time(8, 0), time(20, 0))
DEFAULT_HORIZON = timedelta(days=14)
#: Grid of the starts taken inside a proposed window, and of offered starts.
_PICK_GRID = timedelta(minutes=15)
_OFFER_GRID = timedelta(minutes=30)

_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_Span = tuple[datetime, datetime]


def parse_working_days(days: Iterable[int | str]) -> frozenset[int]:
    """Weekday numbers (0 = Monday) from numbers or English day names."""
    parsed: set[int] = set()
    for day in days:
        if isinstance(day, int) and not isinstance(day, bool) and 0 <= day <= 6:
            parsed.add(day)
            continue
        name = str(day).strip().lower()
        matches = [i for i, full in enumerate(_DAY_NAMES) if name in (full, full[:3])]
        if not matches:
            raise InputError(f"unknown working day {day!r}: use 0-6 (0 = Monday) or a day name")
        parsed.add(matches[0])
    if not parsed:
        raise InputError("working days must name at least one day")
    return frozenset(parsed)


def pick_window(
    windows: Sequence[Interval],
    busy: Sequence[Interval],
    tz: tzinfo | str,
    working_hours: tuple[time, time],
    working_days: Iterable[int | str],
    length: timedelta,
    now: datetime,
    *,
    lead: timedelta = DEFAULT_LEAD,
    stretch: tuple[time, time] | None = DEFAULT_STRETCH,
) -> Slot | None:
    """The earliest slot of ``length`` inside one of their ``windows`` that suits the user.

    See the module docstring for the rules; ``None`` when nothing fits.
    """
    zone = _zone(tz)
    days = parse_working_days(working_days)
    _check_length(length)
    earliest = _aware("now", now) + lead
    for window in windows:
        _check_interval("window", window)
    busy_spans = _busy(busy)
    for hours in (working_hours, stretch):
        if hours is None:
            continue
        _check_hours(hours)
        starts = []
        for window in windows:
            allowed = _bands(window.start, window.end, zone, hours, days)
            spans = _clip(_intersect(allowed, [(window.start, window.end)]), earliest)
            start = _first_fit(_subtract(spans, busy_spans), length, zone, _PICK_GRID)
            if start is not None:
                starts.append(start)
        if starts:
            start = min(starts)
            return start.astimezone(zone), (start + length).astimezone(zone)
    return None


def offer_slots(
    busy: Sequence[Interval],
    tz: tzinfo | str,
    working_hours: tuple[time, time],
    working_days: Iterable[int | str],
    length: timedelta,
    now: datetime,
    count: int = 3,
    *,
    lead: timedelta = DEFAULT_LEAD,
    horizon: timedelta = DEFAULT_HORIZON,
) -> list[Slot]:
    """Up to ``count`` free slots of ``length``, one per working day, soonest days first."""
    zone = _zone(tz)
    days = parse_working_days(working_days)
    _check_length(length)
    _check_hours(working_hours)
    if count < 1:
        raise InputError(f"count must be at least 1, got {count}")
    earliest = _aware("now", now) + lead
    busy_spans = _busy(busy)
    slots: list[Slot] = []
    day = earliest.astimezone(zone).date()
    last = (earliest + horizon).astimezone(zone).date()
    while day <= last and len(slots) < count:
        if day.weekday() in days:
            band = _band(day, zone, working_hours)
            free = _subtract(_clip([band], earliest), busy_spans)
            afternoon = band[0] + (band[1] - band[0]) / 2
            # Every other slot prefers the afternoon, so the offer is not three mornings.
            preferred = _first_fit(_clip(free, afternoon), length, zone, _OFFER_GRID)
            start = _first_fit(free, length, zone, _OFFER_GRID)
            if len(slots) % 2 == 1 and preferred is not None:
                start = preferred
            if start is not None:
                slots.append((start.astimezone(zone), (start + length).astimezone(zone)))
        day += timedelta(days=1)
    return slots


# ------------------------------------------------------------------ checks


def _zone(tz: tzinfo | str) -> tzinfo:
    if isinstance(tz, tzinfo):
        return tz
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(f"unknown time zone {tz!r}") from exc


def _aware(name: str, value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise InputError(f"{name} must be a timezone-aware datetime, got {value}")
    return value.astimezone(UTC)


def _check_interval(name: str, interval: Interval) -> None:
    _aware(name, interval.start)
    _aware(name, interval.end)


def _check_length(length: timedelta) -> None:
    if length <= timedelta(0):
        raise InputError(f"meeting length must be positive, got {length}")


def _check_hours(hours: tuple[time, time]) -> None:
    start, end = hours
    if start >= end:
        raise InputError(f"working hours must end after they start, got {start}-{end}")


# ----------------------------------------------------------- span algebra


def _busy(busy: Sequence[Interval]) -> list[_Span]:
    spans = []
    for interval in busy:
        _check_interval("busy interval", interval)
        if interval.end > interval.start:
            spans.append((interval.start.astimezone(UTC), interval.end.astimezone(UTC)))
    return sorted(spans)


def _band(day: date, zone: tzinfo, hours: tuple[time, time]) -> _Span:
    """The hours of one local day, as UTC instants (wall clock, DST-aware)."""
    start = datetime.combine(day, hours[0], tzinfo=zone).astimezone(UTC)
    end = datetime.combine(day, hours[1], tzinfo=zone).astimezone(UTC)
    return start, end


def _bands(
    start: datetime, end: datetime, zone: tzinfo, hours: tuple[time, time], days: frozenset[int]
) -> list[_Span]:
    """The allowed hours on working days of every local day that ``start``-``end`` touches."""
    first = start.astimezone(zone).date()
    last = end.astimezone(zone).date()
    count = (last - first).days + 1
    dates = (first + timedelta(days=i) for i in range(count))
    return [_band(d, zone, hours) for d in dates if d.weekday() in days]


def _intersect(spans: list[_Span], others: list[_Span]) -> list[_Span]:
    out = []
    for a_start, a_end in spans:
        for b_start, b_end in others:
            start, end = max(a_start, b_start), min(a_end, b_end)
            if start < end:
                out.append((start.astimezone(UTC), end.astimezone(UTC)))
    return sorted(out)


def _clip(spans: list[_Span], not_before: datetime) -> list[_Span]:
    return [(max(start, not_before), end) for start, end in spans if end > not_before]


def _subtract(spans: list[_Span], busy: list[_Span]) -> list[_Span]:
    """``spans`` minus every busy span (both sorted)."""
    free = []
    for start, end in spans:
        cursor = start
        for busy_start, busy_end in busy:
            if busy_end <= cursor or busy_start >= end:
                continue
            if busy_start > cursor:
                free.append((cursor, busy_start))
            cursor = max(cursor, busy_end)
        if cursor < end:
            free.append((cursor, end))
    return free


def _first_fit(
    spans: list[_Span], length: timedelta, zone: tzinfo, grid: timedelta
) -> datetime | None:
    """The earliest start on the user's local ``grid`` whose meeting fits in one span."""
    for start, end in spans:
        candidate = _ceil_local(start, zone, grid)
        if candidate + length <= end:
            return candidate
    return None


def _ceil_local(moment: datetime, zone: tzinfo, grid: timedelta) -> datetime:
    """Round ``moment`` up to the next ``grid`` step of the local wall clock."""
    aware = moment.astimezone(zone)
    local = aware.replace(tzinfo=None)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    steps = -((midnight - local) // grid)  # ceiling division
    # Keep the fold, so a time in the repeated hour of a fall-back stays in it.
    rounded = (midnight + steps * grid).replace(tzinfo=zone, fold=aware.fold).astimezone(UTC)
    # Rounding across a DST jump can land before ``moment``; never go back in time.
    return rounded if rounded >= moment else _ceil_local(moment + grid, zone, grid)
