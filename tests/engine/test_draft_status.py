"""What became of a waiting draft, told by the mailbox history the poll already reads.

The engine runs in the test's thread against the sandbox over HTTP (the real
Google connector, a real SQLite store): each test syncs, carries out the
commands that produces, and plays the user through the admin API.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from connectors.sandbox import Sandbox, SandboxAdmin
from connectors.sandbox.world import World
from daemon.engine import ingest
from daemon.engine.core import Engine
from daemon.sandboxed import FAST_CADENCE, sandboxed_config
from daemon.store import repo
from daemon.store.db import Store, open_store
from daemon.store.models import Account, Contact, Draft, DraftStatus, Message, Outbox, Timer
from tests.daemon import journeys
from workflows.events import TimerKind
from workflows.stages import Stage

NUDGE_AFTER = timedelta(days=7)


@dataclass
class Rig:
    """One engine on one sandbox mailbox, and the keys its work enqueued."""

    engine: Engine
    store: Store
    world: World
    admin: SandboxAdmin
    account_id: int
    queued: list[str] = field(default_factory=list)

    def poll(self) -> None:
        """One sync of the account, then every command it led to, carried out."""
        self.engine.sync_account(self.account_id)
        while self.queued:
            self.engine.execute(self.queued.pop(0))

    def add(self, name: str) -> tuple[int, str]:
        """A contact with an address; their id and address."""
        address = f"{name.lower()}-{secrets.token_hex(3)}@contacts.example"
        with self.store.transaction() as session:
            added = repo.add_contact(session, name=name, email=address)
            return added.contact.id, address

    def draft(self, contact_id: int) -> Draft:
        with self.store.transaction(readonly=True) as session:
            (row,) = session.scalars(select(Draft).where(Draft.contact_id == contact_id))
            session.expunge(row)
            return row

    def stage(self, contact_id: int) -> Stage:
        with self.store.transaction(readonly=True) as session:
            contact = session.get(Contact, contact_id)
            assert contact is not None
            return contact.stage

    def api_calls(self) -> dict[str, int]:
        return {k: v for k, v in self.admin.calls().items() if k != "oauth.token"}


@pytest.fixture
def rig(tmp_path: Path, sandbox: Sandbox, admin: SandboxAdmin) -> Iterator[Rig]:
    # A sweep on every poll: an engine that looks at drafts on its sweep shows its cost here.
    cadence = {**FAST_CADENCE, "nudge_after": "7d", "sweep_interval": "0s"}
    address = f"sam-{secrets.token_hex(4)}@example.com"
    settings, world = sandboxed_config(tmp_path, sandbox.base_url, admin, address, cadence=cadence)
    store = open_store(settings.store.url)
    queued: list[str] = []
    engine = Engine(settings, store, queued.append)
    with store.transaction() as session:
        account_id = repo.ensure_account(session, "google", address).id
    rig = Rig(engine, store, world, admin, account_id, queued)
    rig.poll()  # link-up
    yield rig
    engine.connectors.close()
    store.close()


def _outreach(rig: Rig, name: str) -> tuple[int, Draft]:
    contact_id, _ = rig.add(name)
    rig.poll()
    draft = rig.draft(contact_id)
    assert draft.status is DraftStatus.PENDING and draft.provider_draft_id
    return contact_id, draft


def test_an_idle_poll_with_drafts_waiting_is_one_call_per_service(rig: Rig) -> None:
    # Given three outreach drafts waiting for the user
    for name in ("Dana", "Eli", "Fay"):
        _outreach(rig, name)
    rig.poll()

    # When the account is polled with nothing new
    rig.admin.reset_calls()
    rig.poll()

    # Then it costs one history read and one calendar read, no look at any draft
    assert rig.api_calls() == {"gmail.users.history.list": 1, "calendar.events.list": 1}


def test_a_draft_sent_with_its_key_costs_no_draft_look(rig: Rig) -> None:
    dana, draft = _outreach(rig, "Dana")
    _outreach(rig, "Eli")
    assert draft.provider_draft_id

    rig.world.send_draft(draft.provider_draft_id)
    rig.admin.reset_calls()
    rig.poll()

    assert rig.draft(dana).status is DraftStatus.SENT
    assert rig.stage(dana) is Stage.AWAITING_REPLY
    calls = rig.api_calls()
    assert calls["gmail.users.history.list"] == 1 and calls["gmail.users.messages.get"] == 1
    assert "gmail.users.drafts.get" not in calls


def test_a_draft_sent_from_gmails_composer_without_its_key_is_sent_not_dismissed(
    rig: Rig,
) -> None:
    # Given Dana's outreach draft, and Eli's in another thread
    dana, draft = _outreach(rig, "Dana")
    eli, _ = _outreach(rig, "Eli")
    assert draft.provider_draft_id

    # When the user rewrites it in Gmail's composer (our header is dropped) and sends it
    mine = "Hi Dana,\n\nCould I buy you a coffee next week?\n\nSam\n"
    sent = rig.world.send_draft(draft.provider_draft_id, composer=True, text=mine)
    rig.poll()

    # Then it counts as sent, in the user's words, and Dana awaits a reply
    stored = rig.draft(dana)
    assert stored.status is DraftStatus.SENT
    assert stored.sent_text is not None and stored.sent_text.strip() == mine.strip()
    assert rig.stage(dana) is Stage.AWAITING_REPLY
    assert sent["threadId"] == stored.thread_id
    # and Eli's draft is untouched
    assert rig.draft(eli).status is DraftStatus.PENDING


def test_a_draft_sent_a_week_after_it_was_written_is_nudged_a_week_after_the_send(
    rig: Rig,
) -> None:
    # Given Dana's outreach draft
    dana, draft = _outreach(rig, "Dana")
    assert draft.provider_draft_id

    # When the user sends it, its Date header a week old (written then, left in Drafts)
    written = datetime.now(UTC) - timedelta(days=7)
    before_send = datetime.now(UTC)
    rig.world.send_draft(draft.provider_draft_id, date=format_datetime(written))
    rig.poll()

    # Then the nudge is due a week after the send, not at once
    assert rig.stage(dana) is Stage.AWAITING_REPLY
    with rig.store.transaction(readonly=True) as session:
        (nudge,) = session.scalars(
            select(Timer).where(Timer.contact_id == dana, Timer.kind == TimerKind.NUDGE.value)
        )
    assert nudge.due_at >= before_send - timedelta(seconds=5) + NUDGE_AFTER


def test_a_draft_deleted_unsent_is_dismissed_and_an_edit_is_noticed(rig: Rig) -> None:
    dana, deleted = _outreach(rig, "Dana")
    eli, edited = _outreach(rig, "Eli")
    assert deleted.provider_draft_id and edited.provider_draft_id

    rig.world.delete_draft(deleted.provider_draft_id)
    (stored,) = [d for d in rig.world.drafts() if d["id"] == edited.provider_draft_id]
    rig.world.edit_draft(edited.provider_draft_id, journeys.edited(stored, "Hi Eli, in my words."))
    rig.admin.reset_calls()
    rig.poll()

    assert rig.draft(dana).status is DraftStatus.DISMISSED
    assert rig.stage(dana) is Stage.CLOSED
    assert rig.draft(eli).status is DraftStatus.EDITED
    # one look at each draft the history touched
    assert rig.api_calls()["gmail.users.drafts.get"] == 2


def test_a_look_at_a_draft_is_queued_for_a_worker_not_made_by_the_sync(rig: Rig) -> None:
    # Given Dana's outreach draft, deleted unsent by the user
    dana, deleted = _outreach(rig, "Dana")
    assert deleted.provider_draft_id
    rig.world.delete_draft(deleted.provider_draft_id)
    rig.admin.reset_calls()

    # When the account is synced, and nothing else runs yet
    rig.engine.sync_account(rig.account_id)

    # Then the sync read the history and asked no draft anything
    assert "gmail.users.drafts.get" not in rig.api_calls()
    assert rig.draft(dana).status is DraftStatus.PENDING
    # it recorded a look for a worker to make, once
    (look,) = rig.queued
    with rig.store.transaction(readonly=True) as session:
        row = repo.get_by_key(session, Outbox, look)
        assert row is not None and row.kind == "look_at_draft" and row.contact_id == dana

    # and the worker's look dismisses the draft, one call to find it gone
    rig.engine.execute(rig.queued.pop())
    assert rig.draft(dana).status is DraftStatus.DISMISSED
    assert rig.stage(dana) is Stage.CLOSED
    assert rig.api_calls()["gmail.users.drafts.get"] == 1
    # and the same look carried out again changes nothing
    rig.engine.execute(look)
    assert rig.api_calls()["gmail.users.drafts.get"] == 1


def test_a_draft_sent_before_it_was_recorded_is_looked_at_once_only_if_a_send_was_read(
    rig: Rig,
) -> None:
    # Given Dana's outreach draft, and the newest message the store holds
    dana, draft = _outreach(rig, "Dana")
    assert draft.provider_draft_id
    with rig.store.transaction(readonly=True) as session:
        recorded = session.scalar(select(func.max(Message.id))) or 0
        account = session.get(Account, rig.account_id)
        assert account is not None and account.mail_cursor is not None
        session.expunge(account)
    mail, _ = rig.engine.connectors.of(account)

    # When nothing was read since, the executor's second look asks the provider nothing
    rig.admin.reset_calls()
    rig.engine._look_again_if_sent(rig.account_id, mail, draft.key, recorded)
    assert rig.api_calls() == {}

    # When the user sends it and a sync records the send (as one does before it
    # looks for drafts; this one ran while the draft was being recorded)
    rig.world.send_draft(draft.provider_draft_id)
    for message in mail.changes(account.mail_cursor).messages:
        ingest.ingest_message(
            rig.store,
            rig.engine.settings,
            rig.engine.cadence,
            rig.account_id,
            message,
            datetime.now(UTC),
        )
    assert rig.draft(dana).status is DraftStatus.PENDING

    # Then the executor's look finds it sent, and Dana awaits a reply
    rig.engine._look_again_if_sent(rig.account_id, mail, draft.key, recorded)
    assert rig.draft(dana).status is DraftStatus.SENT
    assert rig.stage(dana) is Stage.AWAITING_REPLY
