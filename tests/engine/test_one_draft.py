"""Exactly one draft per step when Google is slow (DESIGN.md, promise 2).

Two ways to a second draft existed: a create Google completes after the
client gave up (the retry looked the key up too early and wrote it again),
and a command outliving its claim's lease (a second worker took it over
while the first was still creating the draft).
"""

from __future__ import annotations

import contextlib
import threading
import time
from datetime import datetime, timedelta

import pytest

from connectors.errors import Transient
from connectors.sandbox import SandboxAdmin
from connectors.sandbox.world import World
from daemon.clock import ShiftedClock
from daemon.engine.core import Engine
from daemon.sandboxed import wait_for
from daemon.settings import Settings
from daemon.store import repo
from daemon.store.db import Store
from daemon.store.models import Draft, Outbox, OutboxStatus
from tests.engine.support import start_outreach

#: Google finishes the create this long after it was asked (40 s in the field report): well
#: after the retry, which is recorded about 4.5 s after the first ask here even on a loaded
#: machine, and the late draft must land after that to test what it tests.
SLOW_CREATE_MS = 15_000
#: The client gives up well before that.
CLIENT_TIMEOUT = timedelta(seconds=2)


def _row(store: Store, key: str) -> Outbox:
    with store.transaction(readonly=True) as session:
        row = repo.get_by_key(session, Outbox, key)
        assert row is not None
        return row


def _renewed_since(store: Store, key: str, when: datetime) -> bool:
    row = _row(store, key)
    # Still running: the end of the command stamps the row too.
    return row.status is OutboxStatus.RUNNING and row.updated_at >= when


def test_a_create_google_finishes_after_the_client_gave_up_leaves_one_draft(
    daemon_parts: tuple[Settings, Store, Engine], admin: SandboxAdmin
) -> None:
    settings, store, _ = daemon_parts
    google = settings.google.model_copy(update={"http_timeout": CLIENT_TIMEOUT})
    settings = settings.model_copy(update={"google": google})
    engine = Engine(settings, store, enqueue=lambda key: None)
    world = World(admin, settings.accounts[0].address)
    try:
        key = start_outreach(store, engine, settings)
        engine.sync_account(1)  # link the mailbox up

        # Given a drafts.create that Google completes 40 s after it was asked
        asked = time.monotonic()
        admin.fault(method="gmail.users.drafts.create", latency_ms=SLOW_CREATE_MS, times=1)
        with pytest.raises(Transient):
            engine.execute(key)

        # When the command is retried until it is done
        def done() -> bool:
            with contextlib.suppress(Transient):
                engine.execute(key)
            return _row(store, key).status is OutboxStatus.DONE

        wait_for(done, 30, "the retried create to be recorded", every=0.5)
        # and the first create lands, and the account keeps being synced
        wait_for(lambda: len(world.drafts()) == 2, SLOW_CREATE_MS / 1000 + 15, "the late draft")
        assert time.monotonic() - asked >= SLOW_CREATE_MS / 1000
        engine.sync_account(1)

        # Then one draft is left: the one the store recorded
        drafts = world.drafts()
        with store.transaction(readonly=True) as session:
            recorded = repo.get_by_key(session, Draft, key)
        assert recorded is not None
        assert [d["id"] for d in drafts] == [recorded.provider_draft_id]
    finally:
        engine.connectors.close()


def test_a_command_outliving_its_lease_is_not_taken_over(
    daemon_parts: tuple[Settings, Store, Engine], admin: SandboxAdmin
) -> None:
    settings, store, _ = daemon_parts
    lease = timedelta(seconds=1)
    broker = settings.broker.model_copy(update={"claim_lease": lease})
    settings = settings.model_copy(update={"broker": broker})
    # Both workers read leases from one clock, which the test moves past a lease.
    clock = ShiftedClock()
    first = Engine(settings, store, enqueue=lambda key: None, lease_clock=clock)
    second = Engine(settings, store, enqueue=lambda key: None, lease_clock=clock)
    world = World(admin, settings.accounts[0].address)
    try:
        key = start_outreach(store, first, settings)

        # Given a worker whose drafts.create is slow, and under way
        admin.reset_calls()
        admin.fault(method="gmail.users.drafts.create", latency_ms=3_000, times=1)
        running = threading.Thread(target=first.execute, args=(key,))
        running.start()
        wait_for(lambda: admin.calls().get("gmail.users.drafts.create"), 5, "the slow create")
        # ... while the clock moves an hour on, far past the lease: only a
        # renewal on that clock keeps the claim (one on real time never catches up)
        moved = clock.advance(timedelta(hours=1))
        wait_for(lambda: _renewed_since(store, key, moved), 5, "a renewal on the moved clock")

        # When a second worker is handed the same command
        second.execute(key)
        running.join(timeout=30)

        # Then it did not take it over, and the step has one draft
        row = _row(store, key)
        assert (row.status, row.attempts) == (OutboxStatus.DONE, 1)
        assert len(world.drafts()) == 1
    finally:
        first.connectors.close()
        second.connectors.close()
