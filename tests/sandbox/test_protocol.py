"""What Google's front end does: validation, authentication, OAuth grants and faults."""

from __future__ import annotations

import json
import time
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from google.auth.exceptions import RefreshError
from google.oauth2.credentials import Credentials
from google_auth_oauthlib.flow import Flow
from googleapiclient.errors import HttpError
from googleapiclient.http import BatchHttpRequest

from connectors.sandbox import Sandbox, SandboxAdmin


@pytest.fixture
def bearer(gmail: Any, creds: Credentials) -> dict[str, str]:
    """Authorization header of a valid token, for raw HTTP requests."""
    gmail.users().getProfile(userId="me").execute()
    return {"Authorization": f"Bearer {creds.token}"}


def _error(response: httpx.Response) -> dict[str, Any]:
    error: dict[str, Any] = response.json()["error"]
    return error


def test_unknown_query_parameter_is_400(sandbox: Sandbox, bearer: dict[str, str]) -> None:
    url = sandbox.base_url + "/gmail/v1/users/me/messages"
    response = httpx.get(url, params={"bogus": "1"}, headers=bearer)
    assert response.status_code == 400
    error = _error(response)
    assert error["status"] == "INVALID_ARGUMENT"
    assert 'Unknown name "bogus"' in error["message"]


@pytest.mark.parametrize(
    ("params", "field"),
    [({"maxResults": "ten"}, "maxResults"), ({"includeSpamTrash": "maybe"}, "includeSpamTrash")],
)
def test_badly_typed_parameter_is_400(
    sandbox: Sandbox, bearer: dict[str, str], params: dict[str, str], field: str
) -> None:
    response = httpx.get(
        sandbox.base_url + "/gmail/v1/users/me/messages", params=params, headers=bearer
    )
    assert response.status_code == 400
    assert _error(response)["errors"][0]["location"] == field


def test_bad_enum_value_is_400(sandbox: Sandbox, bearer: dict[str, str]) -> None:
    url = sandbox.base_url + "/gmail/v1/users/me/messages/x"
    assert httpx.get(url, params={"format": "html"}, headers=bearer).status_code == 400


def test_repeated_parameter_accepted_only_where_repeated(
    sandbox: Sandbox, bearer: dict[str, str]
) -> None:
    url = sandbox.base_url + "/gmail/v1/users/me/messages"
    ok = httpx.get(url, params=[("labelIds", "INBOX"), ("labelIds", "UNREAD")], headers=bearer)
    assert ok.status_code == 200
    twice = httpx.get(url, params=[("q", "a"), ("q", "b")], headers=bearer)
    assert twice.status_code == 400


def test_malformed_json_body_is_400(sandbox: Sandbox, bearer: dict[str, str]) -> None:
    url = sandbox.base_url + "/gmail/v1/users/me/drafts"
    response = httpx.post(url, content=b'{"message": ', headers=bearer)
    assert response.status_code == 400
    assert _error(response)["message"].startswith("Invalid JSON payload received.")


def test_unknown_body_field_is_400(calendar: Any) -> None:
    body = {
        "summary": "x",
        "colour": "red",
        "start": {"dateTime": "2030-01-01T10:00:00Z"},
        "end": {"dateTime": "2030-01-01T11:00:00Z"},
    }
    with pytest.raises(HttpError) as caught:
        calendar.events().insert(calendarId="primary", body=body).execute()
    assert caught.value.resp.status == 400
    assert 'Unknown name "colour"' in json.loads(caught.value.content)["error"]["message"]


def test_unknown_path_is_404(sandbox: Sandbox, bearer: dict[str, str]) -> None:
    response = httpx.get(sandbox.base_url + "/gmail/v1/users/me/nothing", headers=bearer)
    assert response.status_code == 404


def test_missing_token_is_googles_401(sandbox: Sandbox, account: dict[str, str]) -> None:
    response = httpx.get(sandbox.base_url + "/gmail/v1/users/me/profile")
    assert response.status_code == 401
    assert _error(response)["status"] == "UNAUTHENTICATED"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_expired_token_is_401_then_refresh_works(
    sandbox: Sandbox, gmail: Any, admin: SandboxAdmin, address: str, creds: Credentials
) -> None:
    gmail.users().getProfile(userId="me").execute()
    old = creds.token
    admin.fault(expire_token=True, address=address)
    stale = httpx.get(
        sandbox.base_url + "/gmail/v1/users/me/profile", headers={"Authorization": f"Bearer {old}"}
    )
    assert stale.status_code == 401
    admin.reset_calls()
    # The client library refreshes on a 401 and repeats the call.
    assert gmail.users().getProfile(userId="me").execute()["emailAddress"] == address
    assert creds.token != old
    assert admin.calls() == {"gmail.users.getProfile": 2, "oauth.token": 1}


def test_revoked_refresh_token_is_invalid_grant(
    gmail: Any, admin: SandboxAdmin, address: str
) -> None:
    admin.fault(revoke_refresh_token=True, address=address)
    with pytest.raises(RefreshError) as caught:
        gmail.users().getProfile(userId="me").execute()
    assert "invalid_grant" in str(caught.value)


def test_token_endpoint_refuses_wrong_client(sandbox: Sandbox, account: dict[str, str]) -> None:
    response = httpx.post(
        sandbox.base_url + "/token",
        data={
            "grant_type": "refresh_token",
            "refresh_token": account["refresh_token"],
            "client_id": account["client_id"],
            "client_secret": "wrong",
        },
    )
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"


def test_installed_app_flow_with_pkce(
    sandbox: Sandbox, account: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    config = {
        "installed": {
            "client_id": account["client_id"],
            "client_secret": account["client_secret"],
            "auth_uri": sandbox.base_url + "/auth",
            "token_uri": sandbox.base_url + "/token",
        }
    }
    scopes = ["https://www.googleapis.com/auth/gmail.readonly"]
    flow = Flow.from_client_config(
        config, scopes, redirect_uri="http://127.0.0.1:9/", autogenerate_code_verifier=True
    )
    url, state = flow.authorization_url(login_hint=account["address"])
    redirect = httpx.get(url, follow_redirects=False)
    assert redirect.status_code == 302
    query = parse_qs(urlparse(redirect.headers["Location"]).query)
    assert query["state"] == [state]
    token = flow.fetch_token(code=query["code"][0])
    assert token["refresh_token"]
    assert token["scope"] == scopes


def test_injected_429_carries_retry_after_then_clears(gmail: Any, admin: SandboxAdmin) -> None:
    admin.fault(method="gmail.users.history.list", status=429, times=2, retry_after=1)
    for _ in range(2):
        with pytest.raises(HttpError) as caught:
            gmail.users().history().list(userId="me", startHistoryId="1").execute()
        assert caught.value.resp.status == 429
        assert caught.value.resp["retry-after"] == "1"
        assert caught.value.error_details[0]["reason"] == "rateLimitExceeded"
    with pytest.raises(HttpError) as caught:
        gmail.users().history().list(userId="me", startHistoryId="1").execute()
    assert caught.value.resp.status == 404  # the fault is used up; 1 is older than the history


@pytest.mark.parametrize("status", [500, 503])
def test_injected_server_errors(gmail: Any, admin: SandboxAdmin, status: int) -> None:
    admin.fault(method="*", status=status)
    with pytest.raises(HttpError) as caught:
        gmail.users().labels().list(userId="me").execute()
    assert caught.value.resp.status == status
    assert caught.value.error_details[0]["reason"] == "backendError"
    assert gmail.users().labels().list(userId="me").execute()["labels"]


def test_injected_latency(gmail: Any, admin: SandboxAdmin) -> None:
    gmail.users().getProfile(userId="me").execute()
    admin.fault(method="gmail.users.getProfile", latency_ms=300, times=1)
    started = time.monotonic()
    gmail.users().getProfile(userId="me").execute()
    assert time.monotonic() - started >= 0.3
    assert admin.fault() == []


def test_token_endpoint_fault_is_retried_by_google_auth(gmail: Any, admin: SandboxAdmin) -> None:
    admin.fault(method="oauth.token", status=503)
    assert gmail.users().getProfile(userId="me").execute()
    assert admin.calls()["oauth.token"] == 2


def test_fault_inside_batch_hits_one_part(
    sandbox: Sandbox, gmail: Any, admin: SandboxAdmin
) -> None:
    gmail.users().getProfile(userId="me").execute()
    admin.fault(method="gmail.users.labels.get", status=429, retry_after=2)
    outcome: list[Any] = []
    batch = BatchHttpRequest(batch_uri=sandbox.base_url + "/batch/gmail/v1")
    for label in ("INBOX", "SENT"):
        batch.add(
            gmail.users().labels().get(userId="me", id=label),
            callback=lambda _rid, resp, exc: outcome.append(exc or resp["id"]),
        )
    batch.execute(http=gmail._http)
    assert isinstance(outcome[0], HttpError)
    assert outcome[0].resp.status == 429
    assert outcome[1] == "SENT"


def test_short_token_lifetime_expires_for_real(
    sandbox: Sandbox, gmail: Any, admin: SandboxAdmin, creds: Credentials
) -> None:
    admin.fault(token_lifetime=1)
    try:
        gmail.users().getProfile(userId="me").execute()
        assert creds.expiry is not None
        time.sleep(1.1)
        stale = httpx.get(
            sandbox.base_url + "/gmail/v1/users/me/profile",
            headers={"Authorization": f"Bearer {creds.token}"},
        )
        assert stale.status_code == 401
    finally:
        admin.fault(token_lifetime=3600)
