"""Slot picking: their windows, our offers, working hours in the user's zone across DST."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from connectors.base import Interval
from connectors.errors import InputError
from workflows.slots import offer_slots, parse_working_days, pick_window

NEW_YORK = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")
SYDNEY = ZoneInfo("Australia/Sydney")
KOLKATA = ZoneInfo("Asia/Kolkata")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
NINE_TO_FIVE = (time(9, 0), time(17, 0))
WEEKDAYS = range(5)
HALF_HOUR = timedelta(minutes=30)
HOUR = timedelta(hours=1)


def at(zone: ZoneInfo, year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=zone)


def window(
    zone: ZoneInfo, day: tuple[int, int, int], start: tuple[int, int], hours: float
) -> Interval:
    begin = datetime(*day, *start, tzinfo=zone)
    return Interval(begin, begin + timedelta(hours=hours))


# ------------------------------------------------------------- pick_window


def test_pick_takes_the_earliest_window_that_fits_free_time() -> None:
    now = at(NEW_YORK, 2025, 3, 3, 8, 0)  # Monday
    windows = [
        window(NEW_YORK, (2025, 3, 6), (10, 0), 1),
        window(NEW_YORK, (2025, 3, 5), (14, 0), 1),
        window(NEW_YORK, (2025, 3, 4), (10, 0), 1),
    ]
    busy = [Interval(at(NEW_YORK, 2025, 3, 4, 9, 30), at(NEW_YORK, 2025, 3, 4, 10, 40))]
    slot = pick_window(windows, busy, NEW_YORK, NINE_TO_FIVE, WEEKDAYS, HALF_HOUR, now)
    # On the 4th, 10:40 rounds up to 10:45 and the meeting would overrun 11:00,
    # so the later window wins.
    assert slot == (at(NEW_YORK, 2025, 3, 5, 14, 0), at(NEW_YORK, 2025, 3, 5, 14, 30))


def test_pick_uses_the_rest_of_a_window_after_a_busy_span() -> None:
    now = at(NEW_YORK, 2025, 3, 3, 8, 0)
    windows = [window(NEW_YORK, (2025, 3, 4), (10, 0), 2)]
    busy = [Interval(at(NEW_YORK, 2025, 3, 4, 9, 30), at(NEW_YORK, 2025, 3, 4, 10, 40))]
    slot = pick_window(windows, busy, NEW_YORK, NINE_TO_FIVE, WEEKDAYS, HALF_HOUR, now)
    assert slot == (at(NEW_YORK, 2025, 3, 4, 10, 45), at(NEW_YORK, 2025, 3, 4, 11, 15))


def test_pick_skips_windows_in_the_past_or_too_soon() -> None:
    now = at(NEW_YORK, 2025, 3, 4, 11, 0)
    windows = [
        window(NEW_YORK, (2025, 3, 4), (10, 0), 1),  # past
        window(NEW_YORK, (2025, 3, 4), (12, 0), 0.5),  # within the two-hour lead
        window(NEW_YORK, (2025, 3, 6), (15, 0), 1),
    ]
    slot = pick_window(windows, [], NEW_YORK, NINE_TO_FIVE, WEEKDAYS, HALF_HOUR, now)
    assert slot is not None
    assert slot[0] == at(NEW_YORK, 2025, 3, 6, 15, 0)


def test_pick_returns_none_when_every_window_is_busy() -> None:
    now = at(NEW_YORK, 2025, 3, 3, 8, 0)
    windows = [window(NEW_YORK, (2025, 3, 4), (10, 0), 1)]
    busy = [Interval(at(NEW_YORK, 2025, 3, 4, 10, 0), at(NEW_YORK, 2025, 3, 4, 10, 45))]
    assert pick_window(windows, busy, NEW_YORK, NINE_TO_FIVE, WEEKDAYS, HALF_HOUR, now) is None


def test_pick_prefers_working_hours_then_stretches_but_never_to_the_night() -> None:
    now = at(NEW_YORK, 2025, 3, 3, 8, 0)
    evening = window(NEW_YORK, (2025, 3, 4), (18, 0), 1)
    afternoon = window(NEW_YORK, (2025, 3, 6), (15, 0), 1)
    both = pick_window([evening, afternoon], [], NEW_YORK, NINE_TO_FIVE, WEEKDAYS, HALF_HOUR, now)
    assert both is not None and both[0] == afternoon.start  # later, but in working hours
    alone = pick_window([evening], [], NEW_YORK, NINE_TO_FIVE, WEEKDAYS, HALF_HOUR, now)
    assert alone is not None and alone[0] == evening.start  # stretched to 20:00
    strict = pick_window(
        [evening], [], NEW_YORK, NINE_TO_FIVE, WEEKDAYS, HALF_HOUR, now, stretch=None
    )
    assert strict is None
    night = window(NEW_YORK, (2025, 3, 4), (22, 0), 1)
    assert pick_window([night], [], NEW_YORK, NINE_TO_FIVE, WEEKDAYS, HALF_HOUR, now) is None


def test_pick_keeps_weekends_off_unless_they_are_working_days() -> None:
    now = at(NEW_YORK, 2025, 3, 3, 8, 0)
    saturday = [window(NEW_YORK, (2025, 3, 8), (11, 0), 1)]
    assert pick_window(saturday, [], NEW_YORK, NINE_TO_FIVE, WEEKDAYS, HALF_HOUR, now) is None
    days = ["Mon", "tue", "Wednesday", "thu", "fri", "sat"]
    slot = pick_window(saturday, [], NEW_YORK, NINE_TO_FIVE, days, HALF_HOUR, now)
    assert slot is not None and slot[0] == saturday[0].start


def test_pick_follows_the_users_wall_clock_when_only_one_side_changed_time() -> None:
    # The US springs forward on 10 March 2024, the UK only on 31 March.
    # A 13:30-14:30 London window is 08:30-09:30 in New York before, 09:30-10:30 after.
    before = window(LONDON, (2024, 3, 4), (13, 30), 1)
    after = window(LONDON, (2024, 3, 11), (13, 30), 1)
    now = at(NEW_YORK, 2024, 3, 1, 8, 0)

    def pick(proposed: Interval) -> tuple[datetime, datetime] | None:
        return pick_window([proposed], [], NEW_YORK, NINE_TO_FIVE, WEEKDAYS, HALF_HOUR, now)

    slot = pick(before)
    assert slot is not None
    assert slot[0] == at(NEW_YORK, 2024, 3, 4, 9, 0)
    assert slot[0].astimezone(UTC).hour == 14
    slot = pick(after)
    assert slot is not None
    assert slot[0] == at(NEW_YORK, 2024, 3, 11, 9, 30)
    assert slot[0].astimezone(LONDON).time() == time(13, 30)
    assert slot[0].tzinfo is NEW_YORK


def test_pick_across_the_date_line_of_two_zones() -> None:
    # Their 20:00-21:00 in Los Angeles is 08:30-09:30 the next morning in Kolkata.
    theirs = window(LOS_ANGELES, (2025, 6, 2), (20, 0), 1)  # Monday evening for them
    now = at(KOLKATA, 2025, 6, 1, 12, 0)
    slot = pick_window([theirs], [], KOLKATA, NINE_TO_FIVE, WEEKDAYS, HALF_HOUR, now, stretch=None)
    assert slot == (at(KOLKATA, 2025, 6, 3, 9, 0), at(KOLKATA, 2025, 6, 3, 9, 30))


# ------------------------------------------------------------- offer_slots


def assert_good_offer(
    slots: list[tuple[datetime, datetime]], now: datetime, zone: ZoneInfo
) -> None:
    days = [start.astimezone(zone).date() for start, _ in slots]
    assert len(set(days)) == len(days), "one slot per day"
    for start, end in slots:
        local = start.astimezone(zone)
        assert local.minute in (0, 30) and local.second == 0
        assert local.weekday() < 5
        assert time(9, 0) <= local.time() and end.astimezone(zone).time() <= time(17, 0)
        assert start >= now + timedelta(hours=2)
        assert end - start == HALF_HOUR


def test_offer_gives_three_slots_on_different_days_morning_and_afternoon() -> None:
    now = at(NEW_YORK, 2025, 3, 3, 10, 10)  # Monday morning
    slots = offer_slots([], NEW_YORK, NINE_TO_FIVE, WEEKDAYS, HALF_HOUR, now)
    assert_good_offer(slots, now, NEW_YORK)
    assert [s for s, _ in slots] == [
        at(NEW_YORK, 2025, 3, 3, 12, 30),  # first: as soon as the lead allows
        at(NEW_YORK, 2025, 3, 4, 13, 0),  # second: the afternoon
        at(NEW_YORK, 2025, 3, 5, 9, 0),
    ]


def test_offer_avoids_busy_time_and_the_weekend() -> None:
    now = at(NEW_YORK, 2025, 3, 6, 16, 0)  # Thursday, too late for today
    busy = [
        Interval(at(NEW_YORK, 2025, 3, 7, 9, 0), at(NEW_YORK, 2025, 3, 7, 16, 50)),  # Friday
        Interval(at(NEW_YORK, 2025, 3, 10, 8, 0), at(NEW_YORK, 2025, 3, 10, 9, 20)),
    ]
    slots = offer_slots(busy, NEW_YORK, NINE_TO_FIVE, WEEKDAYS, HALF_HOUR, now, count=2)
    assert_good_offer(slots, now, NEW_YORK)
    assert [s for s, _ in slots] == [
        at(NEW_YORK, 2025, 3, 10, 9, 30),  # Monday, after the busy morning
        at(NEW_YORK, 2025, 3, 11, 13, 0),
    ]


def test_offer_returns_fewer_slots_when_the_calendar_is_full() -> None:
    now = at(NEW_YORK, 2025, 3, 3, 6, 0)
    busy = [Interval(now, now + timedelta(days=30))]
    assert offer_slots(busy, NEW_YORK, NINE_TO_FIVE, WEEKDAYS, HALF_HOUR, now) == []
    some = [Interval(now + timedelta(days=2), now + timedelta(days=30))]
    assert len(offer_slots(some, NEW_YORK, NINE_TO_FIVE, WEEKDAYS, HALF_HOUR, now)) == 2


def test_offer_keeps_nine_oclock_across_a_southern_dst_start() -> None:
    # Sydney moves from UTC+10 to UTC+11 on Sunday 6 October 2024.
    now = at(SYDNEY, 2024, 10, 4, 16, 0)  # Friday afternoon
    slots = offer_slots([], SYDNEY, NINE_TO_FIVE, WEEKDAYS, HALF_HOUR, now, count=1)
    assert_good_offer(slots, now, SYDNEY)
    start = slots[0][0]
    assert start.astimezone(SYDNEY).time() == time(9, 0)
    assert start.utcoffset() == timedelta(hours=11)
    assert start.astimezone(UTC) == datetime(2024, 10, 6, 22, 0, tzinfo=UTC)


def test_offer_lands_after_a_spring_forward_gap() -> None:
    # New York skips 02:00-03:00 on Sunday 10 March 2024.
    now = at(NEW_YORK, 2024, 3, 9, 12, 0)
    busy = [Interval(at(NEW_YORK, 2024, 3, 10, 1, 0), at(NEW_YORK, 2024, 3, 10, 1, 50))]
    slots = offer_slots(busy, NEW_YORK, (time(1, 0), time(5, 0)), [6], HALF_HOUR, now, count=1)
    ((start, end),) = slots
    assert start.astimezone(UTC) == datetime(2024, 3, 10, 7, 0, tzinfo=UTC)
    assert start.astimezone(NEW_YORK).time() == time(3, 0)
    assert end - start == HALF_HOUR


def test_offer_stays_in_the_repeated_hour_of_a_fall_back() -> None:
    # New York repeats 01:00-02:00 on Sunday 3 November 2024 (EDT, then EST).
    now = at(NEW_YORK, 2024, 11, 2, 12, 0)
    busy_end = datetime(2024, 11, 3, 6, 10, tzinfo=UTC)  # 01:10 EST, the second 01:10
    busy = [Interval(datetime(2024, 11, 3, 5, 0, tzinfo=UTC), busy_end)]
    slots = offer_slots(
        busy, NEW_YORK, (time(1, 0), time(3, 0)), ["sunday"], HALF_HOUR, now, count=1
    )
    ((start, _),) = slots
    assert start.astimezone(UTC) == datetime(2024, 11, 3, 6, 30, tzinfo=UTC)  # 01:30 EST
    assert start.fold == 1


# ------------------------------------------------------------------ input


def test_working_days_take_numbers_and_names() -> None:
    assert parse_working_days([0, "Tue", "wednesday", " FRI "]) == {0, 1, 2, 4}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: parse_working_days(["funday"]), "unknown working day 'funday'"),
        (lambda: parse_working_days([7]), "unknown working day 7"),
        (lambda: parse_working_days([]), "at least one day"),
        (
            lambda: offer_slots(
                [],
                "Mars/Olympus",
                NINE_TO_FIVE,
                WEEKDAYS,
                HALF_HOUR,
                at(NEW_YORK, 2025, 3, 3, 9, 0),
            ),
            "unknown time zone 'Mars/Olympus'",
        ),
        (
            lambda: offer_slots(
                [], NEW_YORK, NINE_TO_FIVE, WEEKDAYS, HALF_HOUR, datetime(2025, 3, 3, 9, 0)
            ),
            "now must be a timezone-aware",
        ),
        (
            lambda: offer_slots(
                [],
                NEW_YORK,
                (time(17), time(9)),
                WEEKDAYS,
                HALF_HOUR,
                at(NEW_YORK, 2025, 3, 3, 9, 0),
            ),
            "working hours must end after they start",
        ),
        (
            lambda: offer_slots(
                [], NEW_YORK, NINE_TO_FIVE, WEEKDAYS, timedelta(0), at(NEW_YORK, 2025, 3, 3, 9, 0)
            ),
            "meeting length must be positive",
        ),
        (
            lambda: offer_slots(
                [],
                NEW_YORK,
                NINE_TO_FIVE,
                WEEKDAYS,
                HALF_HOUR,
                at(NEW_YORK, 2025, 3, 3, 9, 0),
                count=0,
            ),
            "count must be at least 1",
        ),
        (
            lambda: pick_window(
                [Interval(datetime(2025, 3, 4, 10), datetime(2025, 3, 4, 11))],
                [],
                NEW_YORK,
                NINE_TO_FIVE,
                WEEKDAYS,
                HALF_HOUR,
                at(NEW_YORK, 2025, 3, 3, 9, 0),
            ),
            "window must be a timezone-aware",
        ),
    ],
)
def test_bad_input_gives_one_clear_line(call: object, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        call()  # type: ignore[operator]
    assert "\n" not in str(caught.value)
