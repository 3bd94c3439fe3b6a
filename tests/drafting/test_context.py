"""Bad facts are refused when the context is built, with a one-line InputError."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from connectors.errors import InputError
from workflows.drafting import ContactFacts, DraftContext, MeetingFacts

PT = ZoneInfo("America/Los_Angeles")


def test_unknown_time_zone_is_refused(sender):
    with pytest.raises(InputError, match="unknown time zone 'Pacific Time'"):
        replace(sender, timezone="Pacific Time")


@pytest.mark.parametrize("minutes", [5, 45])
def test_asking_for_more_than_30_or_less_than_15_minutes_is_refused(sender, minutes):
    with pytest.raises(InputError, match="keep the ask short"):
        replace(sender, meeting_minutes=minutes)


def test_bad_addresses_are_refused(sender):
    with pytest.raises(InputError, match="not an email address"):
        ContactFacts(name="Dana", email="dana at acme")
    with pytest.raises(InputError, match="sender"):
        replace(sender, email="")


def test_naive_or_backwards_meetings_are_refused():
    naive = datetime(2026, 3, 10, 15, 0)
    with pytest.raises(InputError, match="meeting: times must be timezone-aware"):
        MeetingFacts(naive, naive + timedelta(minutes=30))
    start = naive.replace(tzinfo=PT)
    with pytest.raises(InputError, match="meeting: end"):
        MeetingFacts(start, start - timedelta(minutes=30))


def test_offered_slots_must_be_aware(sender, bare_contact):
    naive = datetime(2026, 3, 10, 15, 0)
    with pytest.raises(InputError, match="offered slot"):
        DraftContext(sender, bare_contact, offered_slots=[(naive, naive + timedelta(hours=1))])


def test_greeting_name_falls_back_to_the_first_word_of_the_name():
    assert ContactFacts(name="Dana Lee", email="d@x.example").greeting_name == "Dana"
    assert (
        ContactFacts(name="Dr. Dana Lee", email="d@x.example", first_name="Dana").greeting_name
        == "Dana"
    )
    assert ContactFacts(name="", email="d@x.example").greeting_name is None
