"""The first sync of an account: link-up, and what it records.

Link-up reads one message per thread, the newest. The engine runs against
the sandbox over HTTP (the real Google connector, a real SQLite store).
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from sqlalchemy import select

from connectors.google.quota import DEFAULT_UNITS_PER_MINUTE, units
from connectors.sandbox import Sandbox, SandboxAdmin
from connectors.sandbox.world import World
from daemon.engine.core import Engine
from daemon.sandboxed import sandboxed_config
from daemon.store import repo
from daemon.store.db import Store, open_store
from daemon.store.models import Account, Contact, Message
from workflows.stages import Stage

DANA = "dana@acme.example"
DECLINE = "Thanks for reaching out, but I'm afraid I don't have time for this right now."


@dataclass
class Rig:
    """One engine on one sandbox mailbox not yet linked up, Dana a contact."""

    engine: Engine
    store: Store
    world: World
    account_id: int
    dana_id: int
    queued: list[str] = field(default_factory=list)


@pytest.fixture
def rig(tmp_path: Path, sandbox: Sandbox, admin: SandboxAdmin) -> Iterator[Rig]:
    address = f"sam-{secrets.token_hex(4)}@example.com"
    settings, world = sandboxed_config(tmp_path, sandbox.base_url, admin, address)
    store = open_store(settings.store.url)
    queued: list[str] = []
    engine = Engine(settings, store, queued.append)
    with store.transaction() as session:
        account_id = repo.ensure_account(session, "google", address).id
        dana_id = repo.add_contact(session, name="Dana Whitfield", email=DANA).contact.id
    yield Rig(engine, store, world, account_id, dana_id, queued)
    engine.connectors.close()
    store.close()


def test_a_conversation_is_linked_by_its_newest_message_and_binds_its_thread(
    rig: Rig, admin: SandboxAdmin
) -> None:
    # Given three messages of Dana's in one thread before the daemon starts
    first = rig.world.deliver(DANA, "Coffee?", "Hi Sam")
    second = rig.world.deliver(DANA, "Re: Coffee?", "Still keen", in_reply_to=first["messageId"])
    third = rig.world.deliver(
        DANA,
        "Re: Coffee?",
        "Any news?",
        in_reply_to=second["messageId"],
        references=[first["messageId"]],
    )

    # When the daemon links up and writes her outreach
    admin.reset_calls()
    rig.engine.sync_account(rig.account_id)
    assert admin.calls()["gmail.users.messages.get"] == 1
    while rig.queued:
        rig.engine.execute(rig.queued.pop(0))

    # Then the store holds the thread's newest message, and the outreach answers it
    with rig.store.transaction(readonly=True) as session:
        stored = session.scalars(select(Message).where(Message.contact_id == rig.dana_id)).all()
        assert [(m.rfc_message_id, m.thread_id) for m in stored] == [
            (third["messageId"], third["threadId"])
        ]
    (draft,) = rig.world.drafts()
    raw = base64.urlsafe_b64decode(draft["raw"] + "==")
    assert message_from_bytes(raw, policy=policy.default)["In-Reply-To"] == third["messageId"]

    # And her answer in that thread from another address of hers reaches her
    rig.world.deliver(
        "dana.whitfield@home.example",
        "Re: Coffee?",
        DECLINE,
        in_reply_to=third["messageId"],
        references=[first["messageId"], second["messageId"]],
    )
    rig.engine.sync_account(rig.account_id)
    with rig.store.transaction(readonly=True) as session:
        dana = session.get(Contact, rig.dana_id)
        assert dana is not None and dana.stage is Stage.CLOSED


def test_a_sync_records_the_gmail_units_of_the_last_minute_for_status(
    rig: Rig, admin: SandboxAdmin
) -> None:
    rig.world.deliver(DANA, "Coffee?", "Hi Sam")

    admin.reset_calls()
    rig.engine.sync_account(rig.account_id)

    spent = sum(units(k.removeprefix("gmail.users."), n) for k, n in admin.calls().items())
    with rig.store.transaction(readonly=True) as session:
        account = session.get(Account, rig.account_id)
        assert account is not None
        assert spent > 0
        assert (account.quota_used, account.quota_budget) == (spent, DEFAULT_UNITS_PER_MINUTE)
