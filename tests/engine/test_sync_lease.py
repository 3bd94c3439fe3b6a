"""One sync per account across processes: a second engine on the same store waits its turn.

Two Engines stand for two worker processes: each names itself as a different
owner and shares nothing but the store, and the clock leases are read from,
which the tests move forward instead of waiting for a lease to lapse.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from connectors.sandbox import SandboxAdmin
from daemon.clock import ShiftedClock
from daemon.engine.core import Engine
from daemon.engine.lease import SyncLease
from daemon.sandboxed import wait_for
from daemon.settings import Settings
from daemon.store import repo
from daemon.store.db import Store
from daemon.store.models import Account


def _gmail_calls(admin: SandboxAdmin) -> int:
    return sum(v for k, v in admin.calls().items() if k.startswith("gmail."))


def _held_past(store: Store, account_id: int, when: datetime) -> bool:
    with store.transaction(readonly=True) as session:
        account = session.get(Account, account_id)
        assert account is not None
        return account.sync_until is not None and account.sync_until > when


def test_a_second_worker_syncs_only_once_the_first_ones_lease_lapses(
    daemon_parts: tuple[Settings, Store, Engine], admin: SandboxAdmin
) -> None:
    settings, store, first = daemon_parts
    clock = ShiftedClock()
    second = Engine(settings, store, enqueue=lambda key: None, lease_clock=clock)
    lease = timedelta(minutes=1)
    try:
        with store.transaction() as session:
            account_id = repo.ensure_account(session, "google", settings.accounts[0].address).id
        # Given the first worker took the lease and was killed mid-sync (never gave it back)
        assert SyncLease(store, account_id, first.owner, lease, clock).take()
        # When the second worker polls the account while the lease holds
        admin.reset_calls()
        clock.advance(lease - timedelta(seconds=5))
        second.sync_account(account_id)
        # Then it leaves the account alone
        assert _gmail_calls(admin) == 0
        # And once the lease lapsed, it syncs, and gives the lease back after
        clock.advance(timedelta(seconds=6))
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
    # Short, so that its renewals (every third of it) come at once.
    lease = timedelta(seconds=0.3)
    clock = ShiftedClock()

    with SyncLease(store, account_id, first.owner, lease, clock) as held:
        # Given the clock moved an hour on, far past the lease: only a renewal
        # on that clock keeps it (one on real time never catches up)
        moved = clock.advance(timedelta(hours=1))
        # When the renewer's next turn comes
        wait_for(lambda: _held_past(store, account_id, moved), 10, "a renewal on the moved clock")
        # Then another worker cannot take it
        taken_over = SyncLease(store, account_id, "another worker", lease, clock).take()

    assert held.held
    assert not taken_over
