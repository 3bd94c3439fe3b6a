"""Fixtures of the shared connector contract suite.

``mail_connector`` and ``calendar_connector`` are parametrized by provider:
Google over the sandbox's plain HTTP, Microsoft over HTTPS with the real
msal and requests (msal refuses an http authority). Each test gets a fresh
sandbox mailbox and a :class:`World` playing everyone else; after each test
the sandbox must have recorded no send.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from connectors.base import CalendarConnector, MailConnector
from connectors.google import GmailConnector, GoogleApi, GoogleCalendarConnector, OAuthClient
from connectors.microsoft import OutlookCalendarConnector, OutlookMailConnector
from connectors.sandbox import SandboxAdmin
from connectors.sandbox.tls import ThrowawayTls
from connectors.sandbox.world import World
from tests.microsoft.support import outlook_client

PROVIDERS = ["google", "microsoft"]


@dataclass
class Plugged:
    """The connectors of one provider on one fresh mailbox, and the world around it."""

    mail: MailConnector
    calendar: CalendarConnector
    world: World
    close: Callable[[], None]
    admin: SandboxAdmin


def _connectors(request: pytest.FixtureRequest, provider: str) -> Plugged:
    address = f"user-{secrets.token_hex(4)}@example.com"
    if provider == "microsoft":
        sandbox = request.getfixturevalue("https_sandbox")
        admin = request.getfixturevalue("https_admin")
        tls: ThrowawayTls = request.getfixturevalue("tls")
        client, _ = outlook_client(sandbox, admin, tls, address)
        return Plugged(
            OutlookMailConnector(client),
            OutlookCalendarConnector(client),
            World(admin, address),
            client.close,
            admin,
        )
    sandbox = request.getfixturevalue("sandbox")
    admin = request.getfixturevalue("admin")
    if provider == "google":
        creds = admin.create_mailbox(address)
        client = OAuthClient(
            creds["client_id"], creds["client_secret"], token_uri=f"{sandbox.base_url}/token"
        )
        api = GoogleApi(address, client, creds["refresh_token"], api_base=sandbox.base_url)
        return Plugged(
            GmailConnector(api),
            GoogleCalendarConnector(api),
            World(admin, address),
            api.close,
            admin,
        )
    raise AssertionError(f"no contract wiring for provider {provider!r}")


@pytest.fixture(params=PROVIDERS)
def plugged(request: pytest.FixtureRequest) -> Iterator[Plugged]:
    plugged = _connectors(request, request.param)
    yield plugged
    plugged.close()
    assert plugged.admin.violations() == [], "a connector hit a send endpoint or notified guests"


@pytest.fixture
def mail_connector(plugged: Plugged) -> MailConnector:
    return plugged.mail


@pytest.fixture
def calendar_connector(plugged: Plugged) -> CalendarConnector:
    return plugged.calendar


@pytest.fixture
def world(plugged: Plugged) -> World:
    return plugged.world
