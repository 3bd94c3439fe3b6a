"""Graph's and msal's failures become coffeechat's errors; expired delta links lose nothing."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from connectors.errors import ReauthRequired, Transient
from connectors.microsoft import OutlookCalendarConnector, OutlookMailConnector
from connectors.sandbox import Sandbox, SandboxAdmin
from connectors.sandbox.tls import ThrowawayTls
from connectors.sandbox.world import World
from tests.microsoft.support import MemoryCacheStore, outlook_client

ALICE = "alice@contacts.example"


@dataclass
class Outlook:
    mail: OutlookMailConnector
    calendar: OutlookCalendarConnector
    world: World
    store: MemoryCacheStore
    admin: SandboxAdmin


@pytest.fixture
def outlook(
    https_sandbox: Sandbox, https_admin: SandboxAdmin, tls: ThrowawayTls
) -> Iterator[Outlook]:
    address = f"sam-{secrets.token_hex(4)}@outlook.example"
    client, store = outlook_client(https_sandbox, https_admin, tls, address)
    yield Outlook(
        OutlookMailConnector(client),
        OutlookCalendarConnector(client),
        World(https_admin, address),
        store,
        https_admin,
    )
    client.close()
    https_admin.clear_faults()
    assert https_admin.violations() == []


@pytest.mark.parametrize("status", [429, 503])
def test_throttling_and_outages_are_transient_with_graphs_delay(
    outlook: Outlook, status: int
) -> None:
    linked = outlook.mail.link_up([ALICE])
    outlook.admin.fault(method="graph.messages.delta", status=status, retry_after=3)

    with pytest.raises(Transient) as caught:
        outlook.mail.changes(linked.cursor)

    assert caught.value.retry_after == 3


def test_a_revoked_token_is_answered_with_one_refresh_then_works(outlook: Outlook) -> None:
    linked = outlook.mail.link_up([ALICE])
    saves = outlook.store.saves
    outlook.admin.fault(expire_token=True, address=outlook.mail.address)

    outlook.world.deliver(ALICE, "Coffee?", "Hi")
    changed = outlook.mail.changes(linked.cursor)

    assert [m.subject for m in changed.messages] == ["Coffee?"]
    assert outlook.store.saves > saves  # the new tokens were persisted


def test_a_revoked_grant_asks_for_reauthorisation(outlook: Outlook) -> None:
    linked = outlook.mail.link_up([ALICE])
    outlook.admin.fault(revoke_refresh_token=True, address=outlook.mail.address)

    with pytest.raises(ReauthRequired, match="coffeechat auth microsoft --account"):
        outlook.mail.changes(linked.cursor)


def test_an_expired_delta_link_resyncs_and_loses_nothing(outlook: Outlook) -> None:
    linked = outlook.mail.link_up([ALICE])
    outlook.admin.fault(history_reset=True, address=outlook.mail.address)
    arrived = outlook.world.deliver(ALICE, "Coffee?", "Hi")

    resynced = outlook.mail.changes(linked.cursor)
    after = outlook.mail.changes(resynced.cursor)

    assert resynced.resynced is True
    assert [m.id for m in resynced.messages] == [arrived["id"]]
    assert after.messages == () and after.resynced is False


def test_an_expired_calendar_delta_link_lists_the_window_again(outlook: Outlook) -> None:
    first = outlook.calendar.changes(None)
    outlook.admin.fault(stale_sync_token=True, address=outlook.mail.address)

    again = outlook.calendar.changes(first.cursor)

    assert again.resynced is True
