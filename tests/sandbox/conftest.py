"""Fixtures: one real sandbox server per module, a fresh mailbox per test, real clients."""

from __future__ import annotations

import base64
import itertools
from collections.abc import Iterator
from typing import Any

import pytest
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build

from connectors.sandbox import Sandbox, SandboxAdmin, running_sandbox

_counter = itertools.count()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with running_sandbox() as running:
        yield running


@pytest.fixture(scope="module")
def admin(sandbox: Sandbox) -> Iterator[SandboxAdmin]:
    with SandboxAdmin(sandbox.base_url) as client:
        yield client


@pytest.fixture(autouse=True)
def _clean_world(request: pytest.FixtureRequest) -> Iterator[None]:
    """Faults, counts and violations never leak from one test into the next."""
    yield
    if "admin" in request.fixturenames:
        client: SandboxAdmin = request.getfixturevalue("admin")
        client.clear_faults()
        client.reset_calls()
        client.clear_violations()


@pytest.fixture
def account(admin: SandboxAdmin) -> dict[str, str]:
    return admin.create_mailbox(f"user{next(_counter)}@example.com")


@pytest.fixture
def address(account: dict[str, str]) -> str:
    return account["address"]


def credentials_for(sandbox: Sandbox, account: dict[str, str]) -> Credentials:
    return Credentials(
        token=None,
        refresh_token=account["refresh_token"],
        token_uri=sandbox.base_url + "/token",
        client_id=account["client_id"],
        client_secret=account["client_secret"],
    )


@pytest.fixture
def creds(sandbox: Sandbox, account: dict[str, str]) -> Credentials:
    return credentials_for(sandbox, account)


def service(sandbox: Sandbox, creds: Credentials, name: str) -> Any:
    """A real googleapiclient service pointed at the sandbox."""
    version, endpoint = {
        "gmail": ("v1", sandbox.base_url),
        "calendar": ("v3", sandbox.base_url + "/calendar/v3/"),
    }[name]
    return build(
        name,
        version,
        credentials=creds,
        static_discovery=True,
        client_options={"api_endpoint": endpoint},
    )


@pytest.fixture
def gmail(sandbox: Sandbox, creds: Credentials) -> Iterator[Any]:
    with service(sandbox, creds, "gmail") as built:
        yield built


@pytest.fixture
def calendar(sandbox: Sandbox, creds: Credentials) -> Iterator[Any]:
    with service(sandbox, creds, "calendar") as built:
        yield built


def mime(
    sender: str,
    to: str,
    subject: str = "Hello",
    body: str = "Hi there",
    msgid: str | None = None,
    reply_to: str | None = None,
    date: str = "Mon, 03 Jun 2024 10:00:00 +0000",
    extra: str = "",
) -> bytes:
    """A small RFC 5322 message."""
    lines = [f"From: {sender}", f"To: {to}", f"Subject: {subject}", f"Date: {date}"]
    if msgid:
        lines.append(f"Message-ID: {msgid}")
    if reply_to:
        lines += [f"In-Reply-To: {reply_to}", f"References: {reply_to}"]
    if extra:
        lines.append(extra)
    return ("\r\n".join(lines) + "\r\n\r\n" + body + "\r\n").encode()


def draft_body(raw: bytes, thread_id: str | None = None) -> dict[str, Any]:
    """A ``drafts.create``/``update`` body for the raw message, in ``thread_id`` if given."""
    message: dict[str, Any] = {"raw": b64(raw)}
    if thread_id:
        message["threadId"] = thread_id
    return {"message": message}


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode()
