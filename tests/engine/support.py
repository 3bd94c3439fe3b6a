"""What the engine tests share: a store holding one contact and their outreach command."""

from __future__ import annotations

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
