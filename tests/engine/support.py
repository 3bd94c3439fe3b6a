"""What the engine tests share: a store holding one contact and their outreach command."""

from __future__ import annotations

from daemon.engine.core import Engine
from daemon.engine.transitions import start_contact
from daemon.settings import Settings
from daemon.store import repo
from daemon.store.db import Store
from daemon.store.models import Outbox, OutboxStatus

OUTREACH_KEY = "c1/added/write_draft:outreach"
#: Tries before a command is parked or a message set aside, in the engine tests.
RETRY_LIMIT = 3


def add_outreach_command(store: Store, status: OutboxStatus, attempts: int = 0) -> str:
    """Dana, and the outbox command that writes her outreach, in ``status``."""
    with store.transaction() as session:
        contact = repo.add_contact(session, name="Dana Whitfield", email="dana@acme.example")
        session.add(
            Outbox(
                key=OUTREACH_KEY,
                contact_id=contact.contact.id,
                kind="write_draft",
                payload={"draft": "outreach"},
                status=status,
                attempts=attempts,
            )
        )
    return OUTREACH_KEY


def start_outreach(store: Store, engine: Engine, settings: Settings) -> str:
    """Dana on the configured account, started: the key of her outreach command."""
    with store.transaction() as session:
        account = repo.ensure_account(session, "google", settings.accounts[0].address)
        dana = repo.add_contact(session, name="Dana Whitfield", email="dana@acme.example")
        dana.contact.account_id = account.id
        (key,) = start_contact(session, dana.contact, engine.cadence, engine.clock.now())
    return key
