"""gcsa, a Google Calendar library nobody on this project wrote, against the sandbox.

gcsa builds its own googleapiclient service for Google's endpoint; the test
swaps in one built the same way for the sandbox, everything else is gcsa's.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from gcsa.event import Event
from gcsa.google_calendar import GoogleCalendar
from gcsa.recurrence import WEEKLY, Recurrence

from connectors.sandbox import Sandbox, SandboxAdmin
from tests.sandbox.conftest import credentials_for, service

NEW_YORK = ZoneInfo("America/New_York")
START = datetime(2026, 3, 2, 9, tzinfo=NEW_YORK)


@pytest.fixture
def gc(sandbox: Sandbox, admin: SandboxAdmin) -> Iterator[GoogleCalendar]:
    account = admin.create_mailbox(
        f"gcsa-{secrets.token_hex(4)}@example.com", ["https://www.googleapis.com/auth/calendar"]
    )
    creds = credentials_for(sandbox, account)
    client = GoogleCalendar(credentials=creds)
    client.service.close()
    with service(sandbox, creds, "calendar") as built:
        client.service = built
        yield client


def test_gcsa_creates_reads_updates_and_deletes_an_event(gc: GoogleCalendar) -> None:
    created = gc.add_event(
        Event("Coffee", start=START, end=START + timedelta(minutes=30), timezone="America/New_York")
    )

    created.summary = "Coffee with Dana"
    gc.update_event(created)  # a PUT: events.update
    fetched = gc.get_event(created.event_id)
    gc.delete_event(created)
    left = list(
        gc.get_events(time_min=START - timedelta(days=1), time_max=START + timedelta(days=1))
    )

    assert fetched.summary == "Coffee with Dana" and fetched.start == START
    assert left == []


def test_gcsa_lists_the_instances_of_a_weekly_event(gc: GoogleCalendar) -> None:
    series = gc.add_event(
        Event(
            "Team sync",
            start=START,
            end=START + timedelta(minutes=30),
            timezone="America/New_York",
            recurrence=[Recurrence.rule(freq=WEEKLY, count=4)],
        )
    )

    listed = list(
        gc.get_events(
            time_min=START - timedelta(days=1),
            time_max=START + timedelta(days=30),
            single_events=True,
            order_by="startTime",
        )
    )
    instances = list(
        gc.get_instances(
            series, time_min=START - timedelta(days=1), time_max=START + timedelta(days=30)
        )
    )

    assert [e.start for e in listed] == [START + timedelta(weeks=n) for n in range(4)]
    assert [e.event_id for e in instances] == [e.event_id for e in listed]
    assert all(e.recurring_event_id == series.event_id for e in listed)


def test_gcsa_reads_free_busy_calendar_and_settings(gc: GoogleCalendar) -> None:
    gc.add_event(
        Event("Busy", start=START, end=START + timedelta(hours=1), timezone="America/New_York")
    )

    free_busy = gc.get_free_busy(
        time_min=START - timedelta(hours=1), time_max=START + timedelta(hours=3)
    )
    calendar = gc.get_calendar()
    settings = gc.get_settings()
    (entry,) = list(gc.get_calendar_list())

    assert [(b.start, b.end) for b in free_busy.calendars["primary"]] == [
        (START, START + timedelta(hours=1))
    ]
    assert calendar.timezone == "UTC" and settings.timezone == "UTC"
    assert entry.access_role == "owner"
