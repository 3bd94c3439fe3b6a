"""A draft's key is looked up (``drafts.list``) only when an earlier try may have created it."""

from __future__ import annotations

import contextlib
from datetime import timedelta

import pytest

from connectors.errors import Transient
from connectors.sandbox import SandboxAdmin
from connectors.sandbox.world import World
from daemon.engine.core import Engine
from daemon.sandboxed import wait_for
from daemon.settings import Settings
from daemon.store import repo
from daemon.store.db import Store
from daemon.store.models import Outbox, OutboxStatus
from tests.engine.support import start_outreach


def _status(store: Store, key: str) -> OutboxStatus:
    with store.transaction(readonly=True) as session:
        row = repo.get_by_key(session, Outbox, key)
        assert row is not None
        return row.status


def test_a_first_attempt_creates_its_draft_without_listing_drafts(
    daemon_parts: tuple[Settings, Store, Engine], admin: SandboxAdmin
) -> None:
    settings, store, engine = daemon_parts
    key = start_outreach(store, engine, settings)
    engine.sync_account(1)

    admin.reset_calls()
    engine.execute(key)

    calls = admin.calls()
    assert _status(store, key) is OutboxStatus.DONE
    assert calls.get("gmail.users.drafts.create") == 1
    assert calls.get("gmail.users.drafts.list", 0) == 0


def test_a_retry_after_an_uncertain_create_looks_the_key_up_once(
    daemon_parts: tuple[Settings, Store, Engine], admin: SandboxAdmin
) -> None:
    settings, store, _ = daemon_parts
    google = settings.google.model_copy(update={"http_timeout": timedelta(seconds=1)})
    settings = settings.model_copy(update={"google": google})
    engine = Engine(settings, store, enqueue=lambda key: None)
    world = World(admin, settings.accounts[0].address)
    try:
        key = start_outreach(store, engine, settings)
        engine.sync_account(1)
        # Given a create Google may or may not have carried out (a 503)
        admin.fault(method="gmail.users.drafts.create", status=503, times=1)
        with pytest.raises(Transient):
            engine.execute(key)
        admin.reset_calls()

        # When the command is retried until it is done
        def done() -> bool:
            with contextlib.suppress(Transient):
                engine.execute(key)
            return _status(store, key) is OutboxStatus.DONE

        wait_for(done, 30, "the retried create", every=0.2)

        # Then the retry listed the drafts once, and one draft exists
        assert admin.calls().get("gmail.users.drafts.list") == 1
        assert len(world.drafts()) == 1
    finally:
        engine.connectors.close()
