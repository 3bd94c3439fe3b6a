"""What every CalendarConnector must do, played against the sandbox."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from connectors.base import AttendeeResponse, CalendarConnector, EventStatus, PrivateEventSpec
from connectors.errors import InputError
from connectors.sandbox.world import World
from tests.contract.conftest import Plugged

ALICE = "alice@contacts.example"


def _soon(hours: float) -> datetime:
    base = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) + timedelta(days=1)
    return base + timedelta(hours=hours)


def _hold(
    key: str, *, summary: str = "Hold: coffee with Alice", tentative: bool = True
) -> PrivateEventSpec:
    return PrivateEventSpec(
        key=key,
        summary=summary,
        start=_soon(2),
        end=_soon(2.5),
        description="Brief: ask about the team",
        tentative=tentative,
        properties={"meeting": "evt-123"},
    )


def test_first_changes_list_upcoming_events_with_their_attendees(
    calendar_connector: CalendarConnector, world: World
) -> None:
    uid = world.invite(ALICE, "Coffee chat", _soon(1), _soon(1.5))

    listed = calendar_connector.changes(None)

    (event,) = [e for e in listed.events if e.ical_uid == uid]
    assert event.summary == "Coffee chat"
    assert event.start == _soon(1) and event.end == _soon(1.5)
    assert event.organizer == ALICE
    responses = {a.email: a.response for a in event.attendees}
    assert responses[ALICE] is AttendeeResponse.ACCEPTED
    assert responses[calendar_connector.address] is AttendeeResponse.PENDING
    assert listed.resynced is False


def test_changes_since_a_cursor_report_a_move_then_a_cancellation(
    calendar_connector: CalendarConnector, world: World
) -> None:
    uid = world.invite(ALICE, "Coffee chat", _soon(1), _soon(1.5))
    first = calendar_connector.changes(None)
    (event,) = [e for e in first.events if e.ical_uid == uid]

    idle = calendar_connector.changes(first.cursor)
    world.move_event(event.id, _soon(3), _soon(3.5))
    moved = calendar_connector.changes(idle.cursor)
    world.cancel_event(event.id)
    cancelled = calendar_connector.changes(moved.cursor)

    assert idle.events == ()
    assert [(e.id, e.start) for e in moved.events] == [(event.id, _soon(3))]
    assert [(e.id, e.status) for e in cancelled.events] == [(event.id, EventStatus.CANCELLED)]
    # Each change carries its own last-modified stamp, so the daemon tells them apart.
    stamps = [event.updated, moved.events[0].updated, cancelled.events[0].updated]
    assert None not in stamps and len(set(stamps)) == 3


def test_put_private_event_inserts_a_private_guestless_tentative_hold(
    calendar_connector: CalendarConnector, world: World
) -> None:
    event = calendar_connector.put_private_event(_hold("hold-1"))

    (stored,) = world.events()
    assert stored["id"] == event.id
    assert stored["visibility"] == "private"
    assert stored.get("attendees", []) == []
    assert stored["status"] == "tentative"
    assert stored.get("transparency", "opaque") == "opaque"
    assert event.key == "hold-1" and event.properties["meeting"] == "evt-123"
    assert event.status is EventStatus.TENTATIVE


def test_put_private_event_again_updates_the_same_event(
    calendar_connector: CalendarConnector, world: World
) -> None:
    first = calendar_connector.put_private_event(_hold("prep-1", tentative=False))

    second = calendar_connector.put_private_event(
        _hold("prep-1", summary="Prep: coffee with Alice", tentative=False)
    )

    assert second.id == first.id
    assert [e["summary"] for e in world.events()] == ["Prep: coffee with Alice"]
    found = calendar_connector.find_private_event("prep-1")
    assert found is not None and found.id == first.id and found.status is EventStatus.CONFIRMED


def test_find_private_event_ignores_other_keys(calendar_connector: CalendarConnector) -> None:
    calendar_connector.put_private_event(_hold("hold-a"))

    assert calendar_connector.find_private_event("hold-b") is None


def test_free_busy_reports_busy_spans_in_the_window(
    calendar_connector: CalendarConnector, world: World
) -> None:
    world.invite(ALICE, "Coffee chat", _soon(1), _soon(1.5))
    calendar_connector.put_private_event(_hold("hold-fb"))

    busy = calendar_connector.free_busy(_soon(0), _soon(8))

    assert sorted((b.start, b.end) for b in busy) == [
        (_soon(1), _soon(1.5)),
        (_soon(2), _soon(2.5)),
    ]


def test_free_busy_refuses_naive_datetimes(calendar_connector: CalendarConnector) -> None:
    with pytest.raises(InputError):
        calendar_connector.free_busy(datetime(2030, 1, 1), datetime(2030, 1, 2))


def test_delete_event_twice_is_fine_and_the_event_is_gone(
    calendar_connector: CalendarConnector,
) -> None:
    event = calendar_connector.put_private_event(_hold("hold-del"))

    calendar_connector.delete_event(event.id)
    calendar_connector.delete_event(event.id)

    assert calendar_connector.find_private_event("hold-del") is None


def test_a_weekly_meeting_shows_every_week_in_changes_and_free_busy(
    calendar_connector: CalendarConnector, world: World
) -> None:
    uid = world.invite(ALICE, "Weekly sync", _soon(1), _soon(1.5), rrule="FREQ=WEEKLY;COUNT=3")

    listed = calendar_connector.changes(None)
    busy = calendar_connector.free_busy(_soon(0), _soon(24 * 21))

    weekly = [e for e in listed.events if e.ical_uid == uid]
    weeks = [_soon(1) + timedelta(weeks=n) for n in range(3)]
    assert sorted(e.start for e in weekly if e.start) == weeks
    assert len({e.id for e in weekly}) == 3
    assert [b.start for b in busy] == weeks


def test_an_all_day_event_counts_from_midnight_in_the_calendar_zone(
    calendar_connector: CalendarConnector, world: World
) -> None:
    world.set_time_zone("Asia/Tokyo")
    day = (datetime.now(UTC) + timedelta(days=3)).date()
    uid = world.invite(ALICE, "Offsite", day, day + timedelta(days=1))
    tokyo_midnight = datetime(day.year, day.month, day.day, tzinfo=ZoneInfo("Asia/Tokyo"))

    listed = calendar_connector.changes(None)
    busy = calendar_connector.free_busy(
        tokyo_midnight - timedelta(days=1), tokyo_midnight + timedelta(days=2)
    )

    (event,) = [e for e in listed.events if e.ical_uid == uid]
    assert event.start == tokyo_midnight and event.end == tokyo_midnight + timedelta(days=1)
    assert [(b.start, b.end) for b in busy] == [(event.start, event.end)]


def test_a_first_put_creates_the_event_in_one_call_and_a_later_put_moves_it(
    plugged: Plugged, world: World
) -> None:
    plugged.admin.reset_calls()

    created = plugged.calendar.put_private_event(replace(_hold("hold-first"), first=True))

    calls = {k: v for k, v in plugged.admin.calls().items() if k != "oauth.token"}
    assert sum(calls.values()) == 1, calls
    moved = plugged.calendar.put_private_event(_hold("hold-first", summary="Hold: moved"))
    assert moved.id == created.id
    assert [e["summary"] for e in world.events()] == ["Hold: moved"]
