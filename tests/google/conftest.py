"""A fresh sandbox per test (faults and call counts are sandbox-wide) and a Google account."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

import pytest

from connectors.errors import Transient
from connectors.google import GmailConnector, GoogleApi, GoogleCalendarConnector, OAuthClient
from connectors.sandbox import Sandbox, SandboxAdmin, running_sandbox
from connectors.sandbox.world import World

T = TypeVar("T")


@dataclass
class Account:
    """One sandbox mailbox and the credentials its token endpoint accepts."""

    address: str
    client: OAuthClient
    refresh_token: str = field(repr=False)
    api_base: str

    #: The waits between tries of a batch's parts, recorded instead of slept.
    pauses: list[float] = field(default_factory=list)

    def api(self, timeout: float = 30.0) -> GoogleApi:
        return GoogleApi(
            self.address,
            self.client,
            self.refresh_token,
            api_base=self.api_base,
            timeout=timeout,
            sleep=self.pauses.append,
        )


@dataclass
class Daemon:
    """Calls a connector the way the daemon's broker does: on Transient, wait and call again."""

    waits: list[float | None] = field(default_factory=list)

    def run(self, call: Callable[[], T], attempts: int = 10) -> T:
        for _ in range(attempts):
            try:
                return call()
            except Transient as exc:
                self.waits.append(exc.retry_after)
                time.sleep(min(exc.retry_after or 0.0, 1.0))
        raise AssertionError(f"still failing after {attempts} attempts")


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with running_sandbox() as running:
        yield running


@pytest.fixture
def admin(sandbox: Sandbox) -> Iterator[SandboxAdmin]:
    with SandboxAdmin(sandbox.base_url) as client:
        yield client
        assert client.violations() == [], "a test path hit a send endpoint or notified guests"


@pytest.fixture
def account(sandbox: Sandbox, admin: SandboxAdmin) -> Account:
    address = f"user-{secrets.token_hex(4)}@example.com"
    creds = admin.create_mailbox(address)
    client = OAuthClient(
        creds["client_id"], creds["client_secret"], token_uri=f"{sandbox.base_url}/token"
    )
    return Account(address, client, creds["refresh_token"], sandbox.base_url)


@pytest.fixture
def api(account: Account) -> Iterator[GoogleApi]:
    api = account.api()
    yield api
    api.close()


@pytest.fixture
def gmail(api: GoogleApi) -> GmailConnector:
    return GmailConnector(api)


@pytest.fixture
def calendar(api: GoogleApi) -> GoogleCalendarConnector:
    return GoogleCalendarConnector(api)


@pytest.fixture
def world(admin: SandboxAdmin, account: Account) -> World:
    return World(admin, account.address)


@pytest.fixture
def daemon() -> Daemon:
    return Daemon()
