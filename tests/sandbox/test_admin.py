"""The admin client round trips every admin route; bad admin input is a clear error."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest

from connectors.errors import ConnectorError
from connectors.sandbox import Sandbox, SandboxAdmin
from tests.sandbox.conftest import b64, mime


def test_create_mailbox_returns_working_credentials(sandbox: Sandbox, admin: SandboxAdmin) -> None:
    creds = admin.create_mailbox("New.User@Example.com")
    assert creds["address"] == "new.user@example.com"
    token = httpx.post(
        sandbox.base_url + "/token",
        data={
            "grant_type": "refresh_token",
            **{k: creds[k] for k in ("client_id", "client_secret", "refresh_token")},
        },
    ).json()
    assert token["token_type"] == "Bearer"
    assert token["expires_in"] > 0
    profile = httpx.get(
        sandbox.base_url + "/gmail/v1/users/me/profile",
        headers={"Authorization": f"Bearer {token['access_token']}"},
    ).json()
    assert profile["emailAddress"] == "new.user@example.com"


def test_state_shows_messages_drafts_sent_and_events(
    gmail: Any, calendar: Any, admin: SandboxAdmin, address: str
) -> None:
    incoming = admin.deliver(address, mime("bob@x.com", address, msgid="<a1@x.com>"))
    drafts = gmail.users().drafts()
    keep = drafts.create(
        userId="me", body={"message": {"raw": b64(mime(address, "bob@x.com", "d1"))}}
    ).execute()
    send = drafts.create(
        userId="me", body={"message": {"raw": b64(mime(address, "bob@x.com", "d2"))}}
    ).execute()
    admin.send_draft(address, send["id"])
    calendar.events().insert(
        calendarId="primary",
        body={
            "start": {"dateTime": "2030-01-01T10:00:00Z"},
            "end": {"dateTime": "2030-01-01T11:00:00Z"},
        },
    ).execute()
    state = admin.state(address)
    assert [m["id"] for m in state["messages"]][0] == incoming["id"]
    assert state["messages"][0]["rfc822MessageId"] == "<a1@x.com>"
    assert [d["id"] for d in state["drafts"]] == [keep["id"]]
    assert base64.urlsafe_b64decode(state["drafts"][0]["raw"]).startswith(b"From: ")
    assert [s["subject"] for s in state["sent"]] == ["d2"]
    assert len(state["events"]) == 1


def test_edit_and_delete_draft(gmail: Any, admin: SandboxAdmin, address: str) -> None:
    draft = (
        gmail.users()
        .drafts()
        .create(userId="me", body={"message": {"raw": b64(mime(address, "b@x.com", body="mine"))}})
        .execute()
    )
    admin.edit_draft(address, draft["id"], mime(address, "b@x.com", body="edited by user"))
    raw = gmail.users().drafts().get(userId="me", id=draft["id"], format="raw").execute()
    assert b"edited by user" in base64.urlsafe_b64decode(raw["message"]["raw"])
    admin.delete_draft(address, draft["id"])
    assert admin.state(address)["drafts"] == []


def test_deliver_many_threads_and_labels(admin: SandboxAdmin, address: str) -> None:
    first, reply = admin.deliver_many(
        address,
        [mime(address, "b@x.com", msgid="<o1@me>"), mime(address, "b@x.com", reply_to="<o1@me>")],
        label_ids=["SENT"],
    )
    assert reply["threadId"] == first["threadId"]
    assert [m["labelIds"] for m in admin.state(address)["messages"]] == [["SENT"], ["SENT"]]


def test_faults_listed_and_cleared(admin: SandboxAdmin) -> None:
    pending = admin.fault(method="gmail.users.messages.get", status=500, times=3)
    assert pending == [
        {"method": "gmail.users.messages.get", "status": 500, "latency_ms": 0, "times": 3}
    ]
    admin.clear_faults()
    assert admin.fault() == []


def test_round_trip_set_listed_and_cleared(gmail: Any, admin: SandboxAdmin) -> None:
    admin.fault(round_trip_ms=5)
    listed = httpx.get(f"{admin.base_url}/_admin/faults").json()
    assert listed == {"faults": [], "round_trip_ms": 5}
    # Requests still answer, only later.
    assert "labels" in gmail.users().labels().list(userId="me").execute()
    admin.clear_faults()
    assert httpx.get(f"{admin.base_url}/_admin/faults").json() == {"faults": []}


def test_calls_count_and_reset(gmail: Any, admin: SandboxAdmin) -> None:
    gmail.users().labels().list(userId="me").execute()
    gmail.users().labels().list(userId="me").execute()
    assert admin.calls()["gmail.users.labels.list"] == 2
    admin.reset_calls()
    assert admin.calls() == {}


def test_unknown_mailbox_is_a_clear_error(admin: SandboxAdmin) -> None:
    with pytest.raises(ConnectorError, match="404 No sandbox mailbox nobody@x.com"):
        admin.state("nobody@x.com")


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/_admin/mailboxes", b'{"address": '),
        ("/_admin/mailboxes", b'{"address": "no-at-sign"}'),
        ("/_admin/faults", b'{"status": 429}'),
    ],
)
def test_bad_admin_input_is_400(sandbox: Sandbox, path: str, body: bytes) -> None:
    response = httpx.post(sandbox.base_url + path, content=body)
    assert response.status_code == 400
    assert response.json()["error"]["message"]
