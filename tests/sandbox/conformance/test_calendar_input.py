"""Calendar input Google refuses with 400, and the near misses it accepts."""

from __future__ import annotations

from typing import Any

import pytest
from googleapiclient.errors import HttpError

START = {"dateTime": "2030-01-01T10:00:00Z"}
END = {"dateTime": "2030-01-01T11:00:00Z"}


def _reason(caught: pytest.ExceptionInfo[HttpError]) -> tuple[int, str]:
    return caught.value.resp.status, caught.value.error_details[0]["reason"]


@pytest.mark.parametrize(
    ("start", "end", "reason"),
    [
        ({"dateTime": "2030-01-01T10:00:00"}, END, "invalid"),  # naive, no timeZone
        (START, {"dateTime": "2030-01-01T09:00:00Z"}, "timeRangeEmpty"),
        ({"date": "2030-01-01"}, END, "invalid"),
        ({"dateTime": "2030-01-01T10:00:00", "timeZone": "Mars/Olympus"}, END, "invalid"),
        ({"date": "2030-01-03"}, {"date": "2030-01-02"}, "timeRangeEmpty"),
    ],
    ids=["naive-datetime", "end-before-start", "date-with-datetime", "unknown-zone", "dates"],
)
def test_bad_event_times_are_400(
    calendar: Any, start: dict[str, str], end: dict[str, str], reason: str
) -> None:
    with pytest.raises(HttpError) as caught:
        calendar.events().insert(calendarId="primary", body={"start": start, "end": end}).execute()

    assert _reason(caught) == (400, reason)


def test_a_naive_datetime_with_a_zone_is_read_in_that_zone(calendar: Any) -> None:
    body = {
        "start": {"dateTime": "2030-01-01T10:00:00", "timeZone": "Europe/Berlin"},
        "end": {"dateTime": "2030-01-01T11:00:00", "timeZone": "Europe/Berlin"},
    }
    calendar.events().insert(calendarId="primary", body=body).execute()
    window = {"timeMin": "2030-01-01T09:00:00Z", "timeMax": "2030-01-01T09:30:00Z"}

    answer = calendar.freebusy().query(body={**window, "items": [{"id": "primary"}]}).execute()

    assert answer["calendars"]["primary"]["busy"] == [
        {"start": "2030-01-01T09:00:00Z", "end": "2030-01-01T09:30:00Z"}
    ]


def test_a_patch_that_empties_the_range_is_400_and_changes_nothing(calendar: Any) -> None:
    created = (
        calendar.events().insert(calendarId="primary", body={"start": START, "end": END}).execute()
    )

    with pytest.raises(HttpError) as caught:
        calendar.events().patch(
            calendarId="primary",
            eventId=created["id"],
            body={"end": {"dateTime": "2030-01-01T08:00:00Z"}},
        ).execute()

    assert _reason(caught) == (400, "timeRangeEmpty")
    got = calendar.events().get(calendarId="primary", eventId=created["id"]).execute()
    assert got["end"] == END


@pytest.mark.parametrize(
    "params",
    [
        {"timeMin": "2030-01-01T00:00:00"},
        {"timeMax": "2030-01-01"},
        {"timeMin": "2030-01-02T00:00:00Z", "timeMax": "2030-01-01T00:00:00Z"},
    ],
    ids=["naive-timeMin", "date-timeMax", "empty-window"],
)
def test_bad_list_windows_are_400(calendar: Any, params: dict[str, str]) -> None:
    with pytest.raises(HttpError) as caught:
        calendar.events().list(calendarId="primary", **params).execute()

    assert caught.value.resp.status == 400


def test_a_naive_freebusy_window_is_400(calendar: Any) -> None:
    body = {"timeMin": "2030-01-01T00:00:00", "timeMax": "2030-01-02T00:00:00Z", "items": []}

    with pytest.raises(HttpError) as caught:
        calendar.freebusy().query(body=body).execute()

    assert caught.value.resp.status == 400


def test_show_deleted_false_with_a_sync_token_is_400(calendar: Any) -> None:
    token = calendar.events().list(calendarId="primary").execute()["nextSyncToken"]

    with pytest.raises(HttpError) as caught:
        calendar.events().list(calendarId="primary", syncToken=token, showDeleted=False).execute()
    allowed = calendar.events().list(calendarId="primary", syncToken=token, showDeleted=True)

    assert caught.value.resp.status == 400
    assert allowed.execute()["items"] == []


def test_update_replaces_the_event_but_keeps_its_identity(calendar: Any) -> None:
    created = (
        calendar.events()
        .insert(
            calendarId="primary",
            body={"summary": "Old", "location": "Cafe", "start": START, "end": END},
        )
        .execute()
    )
    moved = {"dateTime": "2030-01-01T12:00:00Z"}

    updated = (
        calendar.events()
        .update(
            calendarId="primary",
            eventId=created["id"],
            body={"summary": "New", "start": moved, "end": {"dateTime": "2030-01-01T13:00:00Z"}},
        )
        .execute()
    )

    assert (updated["id"], updated["iCalUID"]) == (created["id"], created["iCalUID"])
    assert updated["summary"] == "New" and "location" not in updated
    assert updated["start"] == moved and updated["sequence"] == created["sequence"] + 1


def test_update_without_times_is_400(calendar: Any) -> None:
    created = (
        calendar.events().insert(calendarId="primary", body={"start": START, "end": END}).execute()
    )

    with pytest.raises(HttpError) as caught:
        calendar.events().update(
            calendarId="primary", eventId=created["id"], body={"summary": "x"}
        ).execute()

    assert caught.value.resp.status == 400
