"""The one table of clock names and the two readings drawn from it."""

from __future__ import annotations

from collections import Counter

from workflows.understanding.vocab import _CLOCK_NAMES, PLACE_ZONES, ZONE_NAMES, unaccented


def test_each_name_is_written_once() -> None:
    names = Counter(
        name
        for ways in _CLOCK_NAMES.values()
        for names in ways.values()
        for name in names.split("|")
    )
    assert [name for name, seen in names.items() if seen > 1] == []


def test_a_name_said_both_ways_keeps_one_clock() -> None:
    """A clock ("hora de Bogotá") and a sender's place ("Bogotá, Colombia") by one name."""
    assert ZONE_NAMES["bogotá"] == PLACE_ZONES["bogota"] == "America/Bogota"
    shared = [name for name in ZONE_NAMES if unaccented(name) in PLACE_ZONES]
    assert all(ZONE_NAMES[name] == PLACE_ZONES[unaccented(name)] for name in shared)


def test_a_name_kept_from_one_reading_stays_out_of_it() -> None:
    # Only with "time" as a clock, as Spain has a Santiago; a sender's place all the same.
    assert "santiago" not in ZONE_NAMES and ZONE_NAMES["santiago time"] == "America/Santiago"
    assert PLACE_ZONES["santiago"] == "America/Santiago"
    # A clock's name, no place a sender is in.
    assert ZONE_NAMES["pacific"] == "America/Los_Angeles" and "pacific" not in PLACE_ZONES
    # A US state only with a word for time; a place alone may be where someone travels.
    assert "texas" not in ZONE_NAMES and ZONE_NAMES["hora de texas"] == "America/Chicago"
