"""A draft the user sends before a retried create is not written a second time.

A create that timed out at the client but succeeded at the provider leaves a
draft the store never recorded. If the user sends it before the retry, the
retry must find it in sent mail (by the outbox key it carries) and record the
step as sent, instead of writing it again (DESIGN.md, promise 2).
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from pathlib import Path

import pytest

from connectors.errors import Transient
from daemon.engine.core import Engine
from daemon.engine.transitions import start_contact
from daemon.sandboxed import wait_for
from daemon.store import repo
from daemon.store.db import open_store
from daemon.store.models import Draft, DraftStatus, Outbox, OutboxStatus
from tests.daemon import journeys
from workflows.stages import Stage

#: The method that creates an outreach draft, per provider.
OUTREACH_CREATE = {"google": "gmail.users.drafts.create", "microsoft": "graph.messages.create"}


@pytest.mark.parametrize("provider", journeys.PROVIDERS)
def test_a_retried_create_after_the_user_sent_the_draft_writes_nothing(
    provider: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    sandbox = journeys.provider_sandbox(provider, request)
    settings, world = sandbox.configured(tmp_path, f"sam-{secrets.token_hex(4)}@example.com")
    # The client gives up on the create after a second.
    timeouts = getattr(settings, provider).model_copy(update={"http_timeout": timedelta(seconds=1)})
    settings = settings.model_copy(update={provider: timeouts})
    store = open_store(settings.store.url)
    engine = Engine(settings, store, enqueue=lambda key: None)
    try:
        with store.transaction() as session:
            repo.ensure_account(session, provider, settings.accounts[0].address)
            dana = repo.add_contact(session, name="Dana Whitfield", email="dana@acme.example")
            dana.contact.account_id = 1
            (key,) = start_contact(session, dana.contact, engine.cadence, engine.clock.now())

        # Given a create that reaches the sandbox but answers after the client gave up
        sandbox.admin.fault(method=OUTREACH_CREATE[provider], latency_ms=2500, times=1)
        with pytest.raises(Transient):
            engine.execute(key)
        drafts = wait_for(world.drafts, 10, "the late create to land in the sandbox")
        assert len(drafts) == 1
        # and the user sends that draft before the retry
        world.send_draft(drafts[0]["id"])

        # When the engine retries the command
        engine.execute(key)

        # Then nothing new is written, and the step is recorded as sent
        assert world.drafts() == []
        assert len(world.state()["sent"]) == 1
        with store.transaction(readonly=True) as session:
            outbox = repo.get_by_key(session, Outbox, key)
            draft = repo.get_by_key(session, Draft, key)
            contact = repo.find_contact(session, "dana@acme.example")
            assert outbox is not None and outbox.status is OutboxStatus.DONE
            assert draft is not None and draft.status is DraftStatus.SENT
            assert draft.sent_text and "Dana" in draft.sent_text
            assert contact.stage is Stage.AWAITING_REPLY
    finally:
        engine.connectors.close()
        store.close()
    assert sandbox.admin.violations() == [], "the daemon hit a send endpoint"
