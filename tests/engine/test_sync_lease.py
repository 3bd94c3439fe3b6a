"""One sync per account across processes: a second engine on the same store waits its turn.

Two Engines stand for two worker processes: each names itself as a different
owner and shares nothing but the store.
"""

from __future__ import annotations

import time
from datetime import timedelta

from connectors.sandbox import SandboxAdmin
from daemon.engine.core import Engine
from daemon.engine.lease import SyncLease
from daemon.settings import Settings
from daemon.store import repo
from daemon.store.db import Store
from daemon.store.models import Account


def _gmail_calls(admin: SandboxAdmin) -> int:
    return sum(v for k, v in admin.calls().items() if k.startswith("gmail."))


def test_a_second_worker_syncs_only_once_the_first_ones_lease_lapses(
    daemon_parts: tuple[Settings, Store, Engine], admin: SandboxAdmin
) -> None:
    settings, store, first = daemon_parts
    second = Engine(settings, store, enqueue=lambda key: None)
    try:
        with store.transaction() as session:
            account_id = repo.ensure_account(session, "google", settings.accounts[0].address).id
        # Given the first worker took the lease and was killed mid-sync (never gave it back)
        assert SyncLease(store, account_id, first.owner, timedelta(seconds=1)).take()
        # When the second worker polls the account while the lease holds
        admin.reset_calls()
        second.sync_account(account_id)
        # Then it leaves the account alone
        assert _gmail_calls(admin) == 0
        # And once the lease lapsed, it syncs, and gives the lease back after
        time.sleep(1.1)
        second.sync_account(account_id)
        assert _gmail_calls(admin) > 0
        with store.transaction(readonly=True) as session:
            account = session.get(Account, account_id)
            assert account is not None
            assert account.mail_cursor is not None
            assert (account.sync_owner, account.sync_until) == (None, None)
    finally:
        second.connectors.close()


def test_the_lease_is_renewed_while_its_sync_runs(
    daemon_parts: tuple[Settings, Store, Engine],
) -> None:
    settings, store, first = daemon_parts
    with store.transaction() as session:
        account_id = repo.ensure_account(session, "google", settings.accounts[0].address).id
    lease = timedelta(seconds=0.6)

    with SyncLease(store, account_id, first.owner, lease) as held:
        time.sleep(1.5)  # past two lease lengths: only renewals keep it
        taken_over = SyncLease(store, account_id, "another worker", lease).take()

    assert held.held
    assert not taken_over
