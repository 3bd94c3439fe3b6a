"""A contact with a conversation already in the mailbox when the daemon first syncs.

Link-up reads one message per thread, the newest: the engine runs against
the sandbox over HTTP (the real Google connector, a real SQLite store).
"""

from __future__ import annotations

import base64
import secrets
from email import message_from_bytes, policy
from pathlib import Path

from sqlalchemy import select

from connectors.sandbox import Sandbox, SandboxAdmin
from daemon.engine.core import Engine
from daemon.sandboxed import sandboxed_config
from daemon.store import repo
from daemon.store.db import open_store
from daemon.store.models import Contact, Message
from workflows.stages import Stage

DANA = "dana@acme.example"
DECLINE = "Thanks for reaching out, but I'm afraid I don't have time for this right now."


def test_a_conversation_is_linked_by_its_newest_message_and_binds_its_thread(
    tmp_path: Path, sandbox: Sandbox, admin: SandboxAdmin
) -> None:
    address = f"sam-{secrets.token_hex(4)}@example.com"
    settings, world = sandboxed_config(tmp_path, sandbox.base_url, admin, address)
    store = open_store(settings.store.url)
    queued: list[str] = []
    engine = Engine(settings, store, queued.append)
    try:
        # Given Dana, and three messages of hers in one thread before the daemon starts
        first = world.deliver(DANA, "Coffee?", "Hi Sam")
        second = world.deliver(DANA, "Re: Coffee?", "Still keen", in_reply_to=first["messageId"])
        third = world.deliver(
            DANA,
            "Re: Coffee?",
            "Any news?",
            in_reply_to=second["messageId"],
            references=[first["messageId"]],
        )
        with store.transaction() as session:
            account_id = repo.ensure_account(session, "google", address).id
            dana_id = repo.add_contact(session, name="Dana Whitfield", email=DANA).contact.id

        # When the daemon links up and writes her outreach
        admin.reset_calls()
        engine.sync_account(account_id)
        assert admin.calls()["gmail.users.messages.get"] == 1
        while queued:
            engine.execute(queued.pop(0))

        # Then the store holds the thread's newest message, and the outreach answers it
        with store.transaction(readonly=True) as session:
            stored = session.scalars(select(Message).where(Message.contact_id == dana_id)).all()
            assert [(m.rfc_message_id, m.thread_id) for m in stored] == [
                (third["messageId"], third["threadId"])
            ]
        (draft,) = world.drafts()
        outreach = message_from_bytes(
            base64.urlsafe_b64decode(draft["raw"] + "=="), policy=policy.default
        )
        assert outreach["In-Reply-To"] == third["messageId"]

        # And her answer in that thread from another address of hers reaches her
        world.deliver(
            "dana.whitfield@home.example",
            "Re: Coffee?",
            DECLINE,
            in_reply_to=third["messageId"],
            references=[first["messageId"], second["messageId"]],
        )
        engine.sync_account(account_id)
        with store.transaction(readonly=True) as session:
            dana = session.get(Contact, dana_id)
            assert dana is not None and dana.stage is Stage.CLOSED
    finally:
        engine.connectors.close()
        store.close()
