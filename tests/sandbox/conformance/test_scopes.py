"""Each method needs one of the scopes its discovery document lists; tokens carry their grant."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from googleapiclient.errors import HttpError

from connectors.sandbox import Sandbox, SandboxAdmin
from tests.sandbox.conftest import b64, credentials_for, mime, service

READONLY = "https://www.googleapis.com/auth/gmail.readonly"


@pytest.fixture
def client(
    sandbox: Sandbox, admin: SandboxAdmin
) -> Iterator[Callable[[str, list[str] | None], Any]]:
    """Makes a service for a new mailbox whose token grants ``scopes`` (None: coffeechat's)."""
    built: list[Any] = []

    def make(name: str, scopes: list[str] | None) -> Any:
        account = admin.create_mailbox(f"scoped-{secrets.token_hex(4)}@example.com", scopes)
        built.append(service(sandbox, credentials_for(sandbox, account), name))
        return built[-1]

    yield make
    for made in built:
        made.close()


def _status(request: Any) -> tuple[int, str]:
    with pytest.raises(HttpError) as caught:
        request.execute()
    return caught.value.resp.status, caught.value.error_details[0]["reason"]


def test_a_readonly_token_reads_mail_but_cannot_create_a_draft(client: Any) -> None:
    gmail = client("gmail", [READONLY])
    draft = {"message": {"raw": b64(mime("me@example.com", "dana@acme.example"))}}

    listed = gmail.users().messages().list(userId="me").execute()
    refused = _status(gmail.users().drafts().create(userId="me", body=draft))

    assert listed["resultSizeEstimate"] == 0
    assert refused == (403, "insufficientPermissions")


def test_a_mail_only_token_cannot_touch_the_calendar(client: Any) -> None:
    calendar = client("calendar", [READONLY])

    assert _status(calendar.events().list(calendarId="primary")) == (
        403,
        "insufficientPermissions",
    )


def test_coffeechat_scopes_do_not_cover_calendar_metadata(client: Any) -> None:
    # The scope drift a new calendars.get call in the connector would meet at Google.
    calendar = client("calendar", None)

    assert calendar.events().list(calendarId="primary").execute()["timeZone"] == "UTC"
    assert _status(calendar.calendars().get(calendarId="primary")) == (
        403,
        "insufficientPermissions",
    )


def test_a_refresh_cannot_widen_the_grant(sandbox: Sandbox, admin: SandboxAdmin) -> None:
    account = admin.create_mailbox(f"narrow-{secrets.token_hex(4)}@example.com", [READONLY])
    form = {
        "grant_type": "refresh_token",
        "refresh_token": account["refresh_token"],
        "client_id": account["client_id"],
        "client_secret": account["client_secret"],
    }

    wider = httpx.post(
        f"{sandbox.base_url}/token",
        data={**form, "scope": "https://www.googleapis.com/auth/gmail.compose"},
    )
    same = httpx.post(f"{sandbox.base_url}/token", data=form)

    assert (wider.status_code, wider.json()["error"]) == (400, "invalid_scope")
    assert same.json()["scope"] == READONLY
