"""Fixtures of the shared connector contract suite.

``mail_connector`` and ``calendar_connector`` are parametrized by provider;
a provider plugs in by adding a branch to :func:`_connectors` (Microsoft
will). Each test gets a fresh sandbox mailbox and a :class:`World` playing
everyone else; after each test the sandbox must have recorded no send.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from connectors.base import CalendarConnector, MailConnector
from connectors.google import GmailConnector, GoogleApi, GoogleCalendarConnector, OAuthClient
from connectors.sandbox import Sandbox, SandboxAdmin
from connectors.sandbox.world import World

PROVIDERS = ["google"]


@dataclass
class Plugged:
    """The connectors of one provider on one fresh mailbox, and the world around it."""

    mail: MailConnector
    calendar: CalendarConnector
    world: World
    close: Callable[[], None]


def _connectors(provider: str, sandbox: Sandbox, admin: SandboxAdmin) -> Plugged:
    address = f"user-{secrets.token_hex(4)}@example.com"
    if provider == "google":
        creds = admin.create_mailbox(address)
        client = OAuthClient(
            creds["client_id"], creds["client_secret"], token_uri=f"{sandbox.base_url}/token"
        )
        api = GoogleApi(address, client, creds["refresh_token"], api_base=sandbox.base_url)
        return Plugged(
            GmailConnector(api), GoogleCalendarConnector(api), World(admin, address), api.close
        )
    raise AssertionError(f"no contract wiring for provider {provider!r}")


@pytest.fixture(params=PROVIDERS)
def plugged(
    request: pytest.FixtureRequest, sandbox: Sandbox, admin: SandboxAdmin
) -> Iterator[Plugged]:
    plugged = _connectors(request.param, sandbox, admin)
    yield plugged
    plugged.close()
    assert admin.violations() == [], "a connector hit a send endpoint or notified guests"


@pytest.fixture
def mail_connector(plugged: Plugged) -> MailConnector:
    return plugged.mail


@pytest.fixture
def calendar_connector(plugged: Plugged) -> CalendarConnector:
    return plugged.calendar


@pytest.fixture
def world(plugged: Plugged) -> World:
    return plugged.world
