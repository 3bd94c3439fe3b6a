"""Recurring events as Calendar v3 shows them: series, instances, exceptions, free/busy."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from googleapiclient.errors import HttpError

from connectors.sandbox import SandboxAdmin
from connectors.sandbox.world import invite_ics

# Weekly at 09:00 New York, across the 8 March 2026 daylight-saving change.
SERIES = {
    "summary": "Team sync",
    "start": {"dateTime": "2026-03-02T09:00:00", "timeZone": "America/New_York"},
    "end": {"dateTime": "2026-03-02T09:30:00", "timeZone": "America/New_York"},
    "recurrence": ["RRULE:FREQ=WEEKLY;COUNT=4"],
}
WINDOW = {"timeMin": "2026-03-01T00:00:00Z", "timeMax": "2026-04-01T00:00:00Z"}
UTC_STARTS = ["20260302T140000Z", "20260309T130000Z", "20260316T130000Z", "20260323T130000Z"]


def _series(calendar: Any, **extra: Any) -> dict[str, Any]:
    body = {**SERIES, **extra}
    created: dict[str, Any] = calendar.events().insert(calendarId="primary", body=body).execute()
    return created


def _singles(calendar: Any, **params: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = (
        calendar.events()
        .list(calendarId="primary", singleEvents=True, orderBy="startTime", **WINDOW, **params)
        .execute()["items"]
    )
    return items


def test_single_events_expands_a_series_into_its_instances(calendar: Any) -> None:
    series = _series(calendar)

    items = _singles(calendar)

    assert [i["id"] for i in items] == [f"{series['id']}_{s}" for s in UTC_STARTS]
    assert all(i["recurringEventId"] == series["id"] for i in items)
    assert all("recurrence" not in i and i["iCalUID"] == series["iCalUID"] for i in items)
    # 09:00 local on both sides of the DST change.
    assert [i["start"]["dateTime"][11:19] for i in items] == ["09:00:00"] * 4
    assert items[1]["originalStartTime"] == {
        "dateTime": "2026-03-09T09:00:00-04:00",
        "timeZone": "America/New_York",
    }
    assert items[1]["end"]["dateTime"] == "2026-03-09T09:30:00-04:00"


def test_without_single_events_the_series_is_listed_once(calendar: Any) -> None:
    series = _series(calendar)

    items = calendar.events().list(calendarId="primary", **WINDOW).execute()["items"]

    assert [(i["id"], i["recurrence"]) for i in items] == [(series["id"], SERIES["recurrence"])]


def test_an_instance_can_be_read_and_patched_alone(calendar: Any) -> None:
    series = _series(calendar)
    second = f"{series['id']}_{UTC_STARTS[1]}"

    got = calendar.events().get(calendarId="primary", eventId=second).execute()
    calendar.events().patch(
        calendarId="primary", eventId=second, body={"summary": "Moved sync"}
    ).execute()

    assert got["recurringEventId"] == series["id"]
    assert [i["summary"] for i in _singles(calendar)] == [
        "Team sync",
        "Moved sync",
        "Team sync",
        "Team sync",
    ]
    parent = calendar.events().get(calendarId="primary", eventId=series["id"]).execute()
    assert parent["summary"] == "Team sync"


def test_deleting_an_instance_leaves_the_others(calendar: Any) -> None:
    series = _series(calendar)

    calendar.events().delete(
        calendarId="primary", eventId=f"{series['id']}_{UTC_STARTS[2]}"
    ).execute()

    assert [i["id"][-16:] for i in _singles(calendar)] == [
        UTC_STARTS[0],
        UTC_STARTS[1],
        UTC_STARTS[3],
    ]


def test_an_id_that_is_no_occurrence_is_404(calendar: Any) -> None:
    series = _series(calendar)

    with pytest.raises(HttpError) as caught:
        calendar.events().get(
            calendarId="primary", eventId=f"{series['id']}_20260310T130000Z"
        ).execute()

    assert caught.value.resp.status == 404


def test_events_instances_lists_the_occurrences(calendar: Any) -> None:
    series = _series(calendar)

    listed = calendar.events().instances(calendarId="primary", eventId=series["id"]).execute()

    assert [i["id"] for i in listed["items"]] == [f"{series['id']}_{s}" for s in UTC_STARTS]


def test_freebusy_counts_every_occurrence(calendar: Any) -> None:
    _series(calendar)

    answer = calendar.freebusy().query(body={**WINDOW, "items": [{"id": "primary"}]}).execute()

    assert [b["start"] for b in answer["calendars"]["primary"]["busy"]] == [
        "2026-03-02T14:00:00Z",
        "2026-03-09T13:00:00Z",
        "2026-03-16T13:00:00Z",
        "2026-03-23T13:00:00Z",
    ]


def test_sync_with_single_events_reports_the_instances(calendar: Any) -> None:
    first = calendar.events().list(calendarId="primary", singleEvents=True).execute()
    _series(calendar)

    changes = (
        calendar.events()
        .list(calendarId="primary", singleEvents=True, syncToken=first["nextSyncToken"])
        .execute()
    )

    assert [i["id"][-16:] for i in changes["items"]] == UTC_STARTS


def test_a_recurring_event_needs_a_time_zone(calendar: Any) -> None:
    body = {
        **SERIES,
        "start": {"dateTime": "2026-03-02T14:00:00Z"},
        "end": {"dateTime": "2026-03-02T14:30:00Z"},
    }

    with pytest.raises(HttpError) as caught:
        calendar.events().insert(calendarId="primary", body=body).execute()

    assert caught.value.resp.status == 400


def test_an_invitation_keeps_its_rrule(admin: SandboxAdmin, address: str, calendar: Any) -> None:
    ics = invite_ics(
        "dana@acme.example",
        address,
        "weekly-1@acme.example",
        start=datetime(2026, 3, 2, 14, tzinfo=UTC),
        end=datetime(2026, 3, 2, 14, 30, tzinfo=UTC),
        rrule="FREQ=WEEKLY;COUNT=4",
    )

    event = admin.invite(address, ics)

    assert event["recurrence"] == ["RRULE:FREQ=WEEKLY;COUNT=4"]
    assert [i["id"] for i in _singles(calendar)] == [
        f"{event['id']}_{s}"
        for s in ["20260302T140000Z", "20260309T140000Z", "20260316T140000Z", "20260323T140000Z"]
    ]


def test_an_all_day_series_has_date_instance_ids(calendar: Any) -> None:
    body = {
        "summary": "Gym",
        "start": {"date": "2026-03-02"},
        "end": {"date": "2026-03-03"},
        "recurrence": ["RRULE:FREQ=WEEKLY;UNTIL=20260316"],
    }
    series = calendar.events().insert(calendarId="primary", body=body).execute()

    items = _singles(calendar)

    assert [(i["id"], i["start"], i["end"]) for i in items] == [
        (f"{series['id']}_{day}", {"date": start}, {"date": end})
        for day, start, end in [
            ("20260302", "2026-03-02", "2026-03-03"),
            ("20260309", "2026-03-09", "2026-03-10"),
            ("20260316", "2026-03-16", "2026-03-17"),
        ]
    ]


def test_exdate_leaves_out_an_occurrence(calendar: Any) -> None:
    series = _series(calendar, recurrence=["RRULE:FREQ=WEEKLY;COUNT=4", "EXDATE:20260309T130000Z"])

    assert [i["id"] for i in _singles(calendar)] == [
        f"{series['id']}_{s}" for s in (UTC_STARTS[0], UTC_STARTS[2], UTC_STARTS[3])
    ]


def test_a_cancelled_occurrence_shows_with_show_deleted(calendar: Any) -> None:
    series = _series(calendar)
    gone = f"{series['id']}_{UTC_STARTS[1]}"
    calendar.events().delete(calendarId="primary", eventId=gone).execute()

    items = _singles(calendar, showDeleted=True)

    assert [(i["id"], i["status"]) for i in items if i["id"] == gone] == [(gone, "cancelled")]
