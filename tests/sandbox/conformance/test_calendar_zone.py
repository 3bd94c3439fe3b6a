"""The calendar's own time zone: where Calendar reports it and what it changes."""

from __future__ import annotations

import secrets
from typing import Any

import pytest

from connectors.errors import ConnectorError
from connectors.google.auth import SCOPES
from connectors.sandbox import SandboxAdmin

# 2 January 2030 in Tokyo is 1 January 15:00 UTC to 2 January 15:00 UTC.
ALL_DAY = {"summary": "Offsite", "start": {"date": "2030-01-02"}, "end": {"date": "2030-01-03"}}


@pytest.fixture
def account(admin: SandboxAdmin) -> dict[str, str]:
    """A client that may also read calendar metadata (coffeechat's scopes may not)."""
    readonly = "https://www.googleapis.com/auth/calendar.readonly"
    return admin.create_mailbox(f"tz-{secrets.token_hex(4)}@example.com", [*SCOPES, readonly])


@pytest.fixture
def tokyo(admin: SandboxAdmin, address: str) -> str:
    admin.set_time_zone(address, "Asia/Tokyo")
    return address


def test_a_new_calendar_is_in_utc(calendar: Any, address: str) -> None:
    got = calendar.calendars().get(calendarId="primary").execute()

    assert (got["id"], got["timeZone"]) == (address, "UTC")


def test_the_zone_set_by_the_user_is_reported_everywhere(calendar: Any, tokyo: str) -> None:
    entries = calendar.calendarList().list().execute()["items"]

    assert calendar.calendars().get(calendarId=tokyo).execute()["timeZone"] == "Asia/Tokyo"
    assert calendar.settings().get(setting="timezone").execute()["value"] == "Asia/Tokyo"
    assert [(e["id"], e["timeZone"], e["primary"]) for e in entries] == [
        (tokyo, "Asia/Tokyo", True)
    ]
    assert calendar.calendarList().get(calendarId="primary").execute()["accessRole"] == "owner"
    assert calendar.events().list(calendarId="primary").execute()["timeZone"] == "Asia/Tokyo"


def test_an_all_day_event_is_filtered_in_the_calendar_zone(calendar: Any, tokyo: str) -> None:
    calendar.events().insert(calendarId="primary", body=ALL_DAY).execute()

    def listed(time_min: str) -> int:
        found = calendar.events().list(calendarId="primary", timeMin=time_min).execute()
        return len(found["items"])

    assert listed("2030-01-02T14:59:00Z") == 1
    assert listed("2030-01-02T15:00:00Z") == 0


def test_an_all_day_event_is_busy_in_the_calendar_zone(calendar: Any, tokyo: str) -> None:
    calendar.events().insert(calendarId="primary", body=ALL_DAY).execute()
    body = {
        "timeMin": "2030-01-01T00:00:00Z",
        "timeMax": "2030-01-04T00:00:00Z",
        "items": [{"id": "primary"}],
    }

    busy = calendar.freebusy().query(body=body).execute()["calendars"]["primary"]["busy"]

    assert busy == [{"start": "2030-01-01T15:00:00Z", "end": "2030-01-02T15:00:00Z"}]


def test_an_unknown_zone_is_refused_by_the_admin_api(admin: SandboxAdmin, address: str) -> None:
    with pytest.raises(ConnectorError, match="time zone"):
        admin.set_time_zone(address, "Mars/Olympus")
