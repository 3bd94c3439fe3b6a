"""format_when writes spans as people do, in the right zone, across DST."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from connectors.errors import InputError
from workflows.drafting.when import format_date, format_when

PT = ZoneInfo("America/Los_Angeles")


def span(start: datetime, minutes: int = 30) -> tuple[datetime, datetime]:
    return start, start + timedelta(minutes=minutes)


def test_the_everyday_case_reads_like_a_person_wrote_it():
    assert format_when(*span(datetime(2026, 3, 10, 15, 0, tzinfo=PT)), "America/Los_Angeles") == (
        "Tuesday, March 10, 3:00–3:30 PM PT"
    )


def test_north_american_zones_keep_one_name_across_dst():
    # DST began in the US on Sunday, March 8, 2026.
    before = datetime(2026, 3, 6, 17, 0, tzinfo=UTC)
    after = datetime(2026, 3, 9, 17, 0, tzinfo=UTC)
    assert format_when(*span(before), PT) == "Friday, March 6, 9:00–9:30 AM PT"
    assert format_when(*span(after), PT) == "Monday, March 9, 10:00–10:30 AM PT"
    assert format_when(*span(after), "America/New_York").endswith("1:00–1:30 PM ET")
    assert format_when(*span(after), "America/Chicago").endswith("12:00–12:30 PM CT")
    assert format_when(*span(after), "America/Denver").endswith("11:00–11:30 AM MT")


@pytest.mark.parametrize(
    ("zone", "winter", "summer"),
    [
        ("Europe/London", "GMT", "BST"),
        ("Europe/Berlin", "CET", "CEST"),
        ("Europe/Paris", "CET", "CEST"),
        ("Asia/Kolkata", "IST", "IST"),
        ("UTC", "UTC", "UTC"),
        ("America/Sao_Paulo", "UTC-3", "UTC-3"),
        ("Asia/Kathmandu", "UTC+5:45", "UTC+5:45"),
        ("Asia/Shanghai", "China time", "China time"),
    ],
)
def test_zone_names_are_readable_and_follow_dst(zone, winter, summer):
    january = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
    july = datetime(2026, 7, 15, 12, 0, tzinfo=UTC)
    assert format_when(*span(january), zone).endswith(f" {winter}")
    assert format_when(*span(july), zone).endswith(f" {summer}")


def test_the_same_moment_is_shown_in_the_zone_asked_for():
    moment = span(datetime(2026, 7, 1, 16, 0, tzinfo=UTC))
    assert format_when(*moment, "Europe/London") == "Wednesday, July 1, 5:00–5:30 PM BST"
    assert format_when(*moment, PT) == "Wednesday, July 1, 9:00–9:30 AM PT"
    assert format_when(*moment, "Asia/Kolkata") == "Wednesday, July 1, 9:30–10:00 PM IST"


def test_morning_into_afternoon_names_both_halves_of_the_day():
    assert format_when(*span(datetime(2026, 3, 10, 11, 45, tzinfo=PT)), PT) == (
        "Tuesday, March 10, 11:45 AM–12:15 PM PT"
    )


def test_a_span_across_midnight_names_both_days():
    assert format_when(*span(datetime(2026, 3, 10, 23, 45, tzinfo=PT)), PT) == (
        "Tuesday, March 10, 11:45 PM – Wednesday, March 11, 12:15 AM PT"
    )


def test_naive_or_backwards_spans_and_unknown_zones_are_input_errors():
    naive = datetime(2026, 3, 10, 15, 0)
    with pytest.raises(InputError, match="timezone-aware"):
        format_when(naive, naive + timedelta(minutes=30), PT)
    start = datetime(2026, 3, 10, 15, 0, tzinfo=PT)
    with pytest.raises(InputError, match="not after start"):
        format_when(start, start, PT)
    with pytest.raises(InputError, match="unknown time zone 'Mars/Olympus'"):
        format_when(*span(start), "Mars/Olympus")


def test_format_date_spells_the_month():
    assert format_date(datetime(2026, 2, 1, tzinfo=UTC).date()) == "February 1, 2026"
