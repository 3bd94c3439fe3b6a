"""Someone else's invitation: a guest answers and keeps private edits, never shared ones."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from googleapiclient.errors import HttpError

from connectors.sandbox import SandboxAdmin
from connectors.sandbox.world import invite_ics

DANA = "dana@acme.example"


@pytest.fixture
def invitation(admin: SandboxAdmin, address: str) -> dict[str, Any]:
    ics = invite_ics(
        DANA,
        address,
        "chat-1@acme.example",
        start=datetime(2030, 1, 1, 10, tzinfo=UTC),
        end=datetime(2030, 1, 1, 11, tzinfo=UTC),
    )
    return admin.invite(address, ics)


def _patch(calendar: Any, event: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    patched: dict[str, Any] = (
        calendar.events().patch(calendarId="primary", eventId=event["id"], body=body).execute()
    )
    return patched


@pytest.mark.parametrize(
    "body",
    [
        {"guestsCanModify": True},
        {"attendees": [{"email": DANA}]},
    ],
    ids=["guestsCanModify", "guest-removed"],
)
def test_a_guest_cannot_change_shared_properties(
    calendar: Any, invitation: dict[str, Any], body: dict[str, Any]
) -> None:
    with pytest.raises(HttpError) as caught:
        _patch(calendar, invitation, body)

    assert caught.value.resp.status == 403
    assert caught.value.error_details[0]["reason"] == "forbiddenForNonOrganizer"


def test_a_guest_cannot_add_a_guest(
    calendar: Any, invitation: dict[str, Any], address: str
) -> None:
    guests = [{"email": DANA}, {"email": address}, {"email": "sam@elsewhere.example"}]

    with pytest.raises(HttpError) as caught:
        _patch(calendar, invitation, {"attendees": guests})

    assert caught.value.resp.status == 403


def test_a_guest_answers_through_the_guest_list_and_the_organizer_stays(
    calendar: Any, invitation: dict[str, Any], address: str
) -> None:
    guests = [{"email": DANA}, {"email": address, "responseStatus": "accepted"}]

    patched = _patch(calendar, invitation, {"attendees": guests})

    answers = {a["email"]: a["responseStatus"] for a in patched["attendees"]}
    assert answers == {DANA: "accepted", address: "accepted"}
    assert patched["organizer"] == {"email": DANA}


def test_a_guest_edit_changes_only_the_guest_copy(
    calendar: Any, invitation: dict[str, Any]
) -> None:
    patched = _patch(calendar, invitation, {"summary": "Coffee (mine)", "colorId": "3"})

    assert patched["summary"] == "Coffee (mine)"
    assert patched["organizer"] == {"email": DANA}
    assert {a["email"] for a in patched["attendees"]} == {
        a["email"] for a in invitation["attendees"]
    }


def test_the_organizer_may_change_the_guest_list(calendar: Any) -> None:
    mine = (
        calendar.events()
        .insert(
            calendarId="primary",
            body={
                "start": {"dateTime": "2030-01-01T10:00:00Z"},
                "end": {"dateTime": "2030-01-01T11:00:00Z"},
                "attendees": [{"email": DANA}],
            },
        )
        .execute()
    )

    patched = _patch(calendar, mine, {"attendees": [], "guestsCanModify": True})

    assert patched.get("attendees", []) == [] and patched["guestsCanModify"] is True


def test_a_guest_update_without_the_guest_list_keeps_it(
    calendar: Any, invitation: dict[str, Any]
) -> None:
    body = {"summary": "Coffee (mine)", "start": invitation["start"], "end": invitation["end"]}

    updated = (
        calendar.events()
        .update(calendarId="primary", eventId=invitation["id"], body=body)
        .execute()
    )

    assert updated["attendees"] == invitation["attendees"]
    assert updated["organizer"] == {"email": DANA}
