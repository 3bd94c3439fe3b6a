"""Calendar v3 through the real googleapiclient against the sandbox."""

from __future__ import annotations

import json
from typing import Any

import pytest
from googleapiclient.errors import HttpError

from connectors.sandbox import SandboxAdmin


def _event(
    summary: str = "Prep", start: str = "2030-01-01T10:00:00Z", **extra: Any
) -> dict[str, Any]:
    end = start.replace("T10:", "T11:")
    return {"summary": summary, "start": {"dateTime": start}, "end": {"dateTime": end}, **extra}


def test_insert_get_patch_delete(calendar: Any, address: str) -> None:
    events = calendar.events()
    body = _event(
        attendees=[{"email": "bob@x.com"}, {"email": address}],
        extendedProperties={"private": {"coffeechat": "c1"}},
        visibility="private",
    )
    created = events.insert(calendarId="primary", body=body, sendUpdates="none").execute()
    assert created["status"] == "confirmed"
    assert created["organizer"] == {"email": address, "self": True}
    assert created["iCalUID"].endswith("@google.com")
    assert {a["email"]: a["responseStatus"] for a in created["attendees"]} == {
        "bob@x.com": "needsAction",
        address: "needsAction",
    }
    assert events.get(calendarId="primary", eventId=created["id"]).execute()["summary"] == "Prep"
    patched = events.patch(
        calendarId="primary",
        eventId=created["id"],
        body={"description": "brief", "extendedProperties": {"private": {"extra": "1"}}},
        sendUpdates="none",
    ).execute()
    assert patched["description"] == "brief"
    assert patched["extendedProperties"]["private"] == {"coffeechat": "c1", "extra": "1"}
    assert patched["summary"] == "Prep"
    events.delete(calendarId="primary", eventId=created["id"], sendUpdates="none").execute()
    assert (
        events.get(calendarId="primary", eventId=created["id"]).execute()["status"] == "cancelled"
    )
    with pytest.raises(HttpError) as caught:
        events.delete(calendarId="primary", eventId=created["id"]).execute()
    assert caught.value.resp.status == 410


def test_client_chosen_id_is_idempotent(calendar: Any) -> None:
    body = _event(id="coffeechathold00001")
    calendar.events().insert(calendarId="primary", body=body).execute()
    with pytest.raises(HttpError) as caught:
        calendar.events().insert(calendarId="primary", body=body).execute()
    assert caught.value.resp.status == 409


def test_list_window_order_and_private_property(calendar: Any) -> None:
    events = calendar.events()
    late = events.insert(
        calendarId="primary", body=_event("late", "2030-01-03T10:00:00Z")
    ).execute()
    early = events.insert(
        calendarId="primary",
        body=_event("early", "2030-01-02T10:00:00Z", extendedProperties={"private": {"k": "v"}}),
    ).execute()
    events.insert(calendarId="primary", body=_event("outside", "2031-01-01T10:00:00Z")).execute()
    listed = events.list(
        calendarId="primary",
        timeMin="2030-01-01T00:00:00Z",
        timeMax="2030-12-31T00:00:00Z",
        singleEvents=True,
        orderBy="startTime",
    ).execute()
    assert [e["id"] for e in listed["items"]] == [early["id"], late["id"]]
    found = events.list(calendarId="primary", privateExtendedProperty="k=v").execute()["items"]
    assert [e["id"] for e in found] == [early["id"]]
    with pytest.raises(HttpError) as caught:
        events.list(calendarId="primary", orderBy="startTime").execute()
    assert caught.value.resp.status == 400


def test_list_pages(calendar: Any) -> None:
    for day in range(1, 4):
        calendar.events().insert(
            calendarId="primary", body=_event(start=f"2030-02-0{day}T10:00:00Z")
        ).execute()
    first = calendar.events().list(calendarId="primary", maxResults=2).execute()
    assert len(first["items"]) == 2
    assert "nextSyncToken" not in first
    rest = (
        calendar.events()
        .list(calendarId="primary", maxResults=2, pageToken=first["nextPageToken"])
        .execute()
    )
    assert len(rest["items"]) == 1
    assert "nextSyncToken" in rest


def test_sync_token_sees_changes_and_cancellations(
    calendar: Any, admin: SandboxAdmin, address: str
) -> None:
    events = calendar.events()
    kept = events.insert(calendarId="primary", body=_event("kept")).execute()
    gone = events.insert(calendarId="primary", body=_event("gone")).execute()
    token = events.list(calendarId="primary").execute()["nextSyncToken"]
    idle = events.list(calendarId="primary", syncToken=token).execute()
    assert idle["items"] == []
    admin.move_event(
        address,
        kept["id"],
        {
            "start": {"dateTime": "2030-01-05T10:00:00Z"},
            "end": {"dateTime": "2030-01-05T11:00:00Z"},
        },
    )
    admin.cancel_event(address, gone["id"])
    changes = events.list(calendarId="primary", syncToken=idle["nextSyncToken"]).execute()
    by_id = {e["id"]: e for e in changes["items"]}
    assert by_id[kept["id"]]["start"]["dateTime"] == "2030-01-05T10:00:00Z"
    assert by_id[kept["id"]]["sequence"] == 1
    assert by_id[gone["id"]]["status"] == "cancelled"
    again = events.list(calendarId="primary", syncToken=changes["nextSyncToken"]).execute()
    assert again["items"] == []


def test_stale_sync_token_is_410_full_sync_required(
    calendar: Any, admin: SandboxAdmin, address: str
) -> None:
    token = calendar.events().list(calendarId="primary").execute()["nextSyncToken"]
    admin.fault(stale_sync_token=True, address=address)
    with pytest.raises(HttpError) as caught:
        calendar.events().list(calendarId="primary", syncToken=token).execute()
    assert caught.value.resp.status == 410
    assert json.loads(caught.value.content)["error"]["errors"][0]["reason"] == "fullSyncRequired"


def test_sync_token_refuses_private_property_filter(calendar: Any) -> None:
    token = calendar.events().list(calendarId="primary").execute()["nextSyncToken"]
    with pytest.raises(HttpError) as caught:
        calendar.events().list(
            calendarId="primary", syncToken=token, privateExtendedProperty="k=v"
        ).execute()
    assert caught.value.resp.status == 400


def test_freebusy_merges_busy_and_skips_free_or_declined(
    calendar: Any, admin: SandboxAdmin, address: str
) -> None:
    events = calendar.events()
    events.insert(calendarId="primary", body=_event(start="2030-03-01T10:00:00Z")).execute()
    events.insert(
        calendarId="primary",
        body={
            "start": {"dateTime": "2030-03-01T10:30:00Z"},
            "end": {"dateTime": "2030-03-01T12:00:00Z"},
        },
    ).execute()
    events.insert(
        calendarId="primary", body=_event(start="2030-03-01T14:00:00Z", transparency="transparent")
    ).execute()
    declined = events.insert(
        calendarId="primary",
        body=_event(
            start="2030-03-01T16:00:00Z",
            attendees=[{"email": address, "responseStatus": "declined"}],
        ),
    ).execute()
    assert declined["attendees"][0]["self"] is True
    answer = (
        calendar.freebusy()
        .query(
            body={
                "timeMin": "2030-03-01T00:00:00Z",
                "timeMax": "2030-03-02T00:00:00Z",
                "items": [{"id": "primary"}, {"id": "nobody@nowhere.test"}],
            }
        )
        .execute()
    )
    assert answer["calendars"]["primary"]["busy"] == [
        {"start": "2030-03-01T10:00:00Z", "end": "2030-03-01T12:00:00Z"}
    ]
    assert answer["calendars"]["nobody@nowhere.test"]["errors"][0]["reason"] == "notFound"


def test_notifying_guests_is_a_violation(calendar: Any, admin: SandboxAdmin) -> None:
    body = _event(attendees=[{"email": "bob@x.com"}])
    calendar.events().insert(calendarId="primary", body=body, sendUpdates="none").execute()
    assert admin.violations() == []
    calendar.events().insert(calendarId="primary", body=body, sendUpdates="all").execute()
    violations = admin.violations()
    assert [(v["kind"], v["method"]) for v in violations] == [
        ("notification", "calendar.events.insert")
    ]


INVITE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//contact//EN
METHOD:{method}
BEGIN:VEVENT
UID:coffee-123@contact.example
DTSTAMP:20300101T000000Z
DTSTART:{start}
DTEND:20300410T100000Z
SUMMARY:Coffee chat
ORGANIZER;CN=Bob:mailto:bob@x.com
ATTENDEE;PARTSTAT=ACCEPTED:mailto:bob@x.com
ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:{address}
SEQUENCE:{sequence}
END:VEVENT
END:VCALENDAR
"""


def test_invite_lands_then_moves_then_cancels(
    calendar: Any, admin: SandboxAdmin, address: str
) -> None:
    token = calendar.events().list(calendarId="primary").execute()["nextSyncToken"]
    ics = INVITE.format(method="REQUEST", start="20300410T093000Z", address=address, sequence=0)
    invited = admin.invite(address, ics)
    event = calendar.events().get(calendarId="primary", eventId=invited["id"]).execute()
    assert event["iCalUID"] == "coffee-123@contact.example"
    assert event["organizer"]["email"] == "bob@x.com"
    assert event["start"]["dateTime"] == "2030-04-10T09:30:00+00:00"
    mine = [a for a in event["attendees"] if a.get("self")]
    assert mine == [{"email": address, "responseStatus": "needsAction", "self": True}]
    admin.move_event(address, invited["id"], {"responseStatus": "accepted"})
    moved = admin.invite(
        address,
        INVITE.format(method="REQUEST", start="20300410T091500Z", address=address, sequence=1),
    )
    assert moved["id"] == invited["id"]
    assert [a["responseStatus"] for a in moved["attendees"] if a.get("self")] == ["accepted"]
    admin.invite(
        address,
        INVITE.format(method="CANCEL", start="20300410T091500Z", address=address, sequence=2),
    )
    changes = calendar.events().list(calendarId="primary", syncToken=token).execute()["items"]
    assert [(e["id"], e["status"]) for e in changes] == [(invited["id"], "cancelled")]
