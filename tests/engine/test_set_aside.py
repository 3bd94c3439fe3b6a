"""A message the daemon cannot ingest is set aside after a few tries; the sync goes on.

Before, one such message (a year-9999 date with "tomorrow", an encoded NUL
that PostgreSQL refuses) raised on every poll: the cursor never moved and no
later reply was ever read.
"""

from __future__ import annotations

import json
import secrets
import sys

import pytest
from sqlalchemy import select

from connectors.sandbox import SandboxAdmin
from daemon.cli import main
from daemon.engine.core import Engine
from daemon.engine.setaside import IngestFailed
from daemon.settings import Settings
from daemon.store import repo
from daemon.store.db import Store
from daemon.store.models import (
    Account,
    Direction,
    Message,
    Outbox,
    OutboxStatus,
    SetAside,
    SetAsideStatus,
)
from tests.engine.support import RETRY_LIMIT
from workflows.stages import Stage

YEAR_9999 = ("Fri, 31 Dec 9999 23:59:59 -1200", "Re: coffee", "Happy to talk, tomorrow works.")
DECLINE = "Thanks for reaching out, but I'm afraid I don't have time for this right now."
END_OF_TIME = "9999-12-31T23:59:00+00:00"
NUL_SUBJECT = ("", "=?utf-8?q?Re=3A_hi=00there?=", "Sure, happy to talk.")


def _raw(sender: str, to: str, date: str, subject: str, text: str) -> bytes:
    headers = [
        f"From: {sender}",
        f"To: {to}",
        f"Subject: {subject}",
        f"Date: {date or 'Mon, 02 Nov 2026 10:00:00 +0000'}",
        f"Message-ID: <{secrets.token_hex(8)}@example.org>",
        "Content-Type: text/plain; charset=utf-8",
    ]
    return ("\r\n".join(headers) + "\r\n\r\n" + text + "\r\n").encode()


def _awaiting(store: Store, name: str, email: str, account_id: int) -> int:
    with store.transaction() as session:
        contact = repo.add_contact(session, name=name, email=email).contact
        contact.stage = Stage.AWAITING_REPLY
        contact.account_id = account_id
        session.flush()
        return contact.id


@pytest.mark.parametrize(
    ("poison", "backend"),
    [(YEAR_9999, "sqlite"), (YEAR_9999, "postgresql"), (NUL_SUBJECT, "postgresql")],
    ids=["year-9999-sqlite", "year-9999-postgresql", "nul-subject-postgresql"],
)
def test_an_unreadable_message_is_set_aside_and_later_replies_are_processed(
    daemon_parts: tuple[Settings, Store, Engine],
    admin: SandboxAdmin,
    poison: tuple[str, str, str],
    backend: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings, store, engine = daemon_parts
    address = settings.accounts[0].address
    with store.transaction() as session:
        account_id = repo.ensure_account(session, "google", address).id
    dana = _awaiting(store, "Dana Whitfield", "dana@acme.example", account_id)
    eli = _awaiting(store, "Eli Park", "eli@bolt.example", account_id)
    engine.sync_account(account_id)  # the first sync links the mailbox up

    # Given Dana's unreadable message, then Eli's decline
    admin.deliver(address, _raw("dana@acme.example", address, *poison))
    admin.deliver(
        address,
        _raw("eli@bolt.example", address, "", "Re: coffee", DECLINE),
    )

    # When the account is synced until the message has failed RETRY_LIMIT times
    for _ in range(RETRY_LIMIT - 1):
        with pytest.raises(IngestFailed):
            engine.sync_account(account_id)
    engine.sync_account(account_id)
    engine.sync_account(account_id)  # and once more: nothing fails now

    # Then Eli's reply was processed, and Dana's message is set aside with its error
    with store.transaction(readonly=True) as session:
        assert repo.find_contact(session, str(eli)).stage is Stage.CLOSED
        assert repo.find_contact(session, str(dana)).stage is Stage.AWAITING_REPLY
        (aside,) = session.scalars(select(SetAside))
        assert (aside.status, aside.kind, aside.contact_id) == (
            SetAsideStatus.SET_ASIDE,
            "message",
            dana,
        )
        assert aside.attempts == RETRY_LIMIT and aside.error
        account = session.get(Account, account_id)
        assert account is not None and account.last_error is None

    # and status shows it; coffeechat retry reads it again (and it fails again: aside again)
    monkeypatch.setenv("COFFEECHAT_CONFIG", str(settings.config_file))
    board = _cli(monkeypatch, capsys, "status", "--json")
    assert [row["contact"] for row in json.loads(board)["set_aside"]] == ["Dana Whitfield"]
    assert "1 set-aside item(s)" in _cli(monkeypatch, capsys, "retry", "Dana")
    before = admin.calls().get("gmail.users.messages.get", 0)
    engine.sync_account(account_id)
    assert admin.calls().get("gmail.users.messages.get", 0) == before + 1
    with store.transaction(readonly=True) as session:
        (aside,) = session.scalars(select(SetAside))
        assert aside.status is SetAsideStatus.SET_ASIDE


def _cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    monkeypatch.setattr(sys, "argv", ["coffeechat", *args])
    with pytest.raises(SystemExit) as ended:
        main()
    assert ended.value.code in (0, None)
    return capsys.readouterr().out


def test_a_command_that_raises_anything_is_retried_then_parked(
    daemon_parts: tuple[Settings, Store, Engine],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings, store, engine = daemon_parts
    # Given a contact whose reply proposes a time at the very end of year 9999
    with store.transaction() as session:
        account = repo.ensure_account(session, "google", settings.accounts[0].address)
        dana = repo.add_contact(session, name="Dana Whitfield", email="dana@acme.example").contact
        dana.stage, dana.account_id = Stage.SCHEDULING, account.id
        session.flush()
        session.add(
            Message(
                account_id=account.id,
                provider_id="m1",
                contact_id=dana.id,
                direction=Direction.IN,
                verdict={"intent": "propose_times", "proposed_times": [{"start": END_OF_TIME}]},
            )
        )
        key = f"c{dana.id}/m1/write_draft:scheduling_reply"
        session.add(
            Outbox(
                key=key,
                contact_id=dana.id,
                kind="write_draft",
                payload={"draft": "scheduling_reply"},
            )
        )

    # When its scheduling reply is tried as often as the retry limit allows
    for attempt in range(1, RETRY_LIMIT + 1):
        engine.execute(key)
        with store.transaction() as session:
            row = repo.get_by_key(session, Outbox, key)
            assert row is not None and row.attempts == attempt
            # Then each failure is counted and the command is never left running
            assert row.status is not OutboxStatus.RUNNING
            if row.status is OutboxStatus.PENDING:
                assert row.next_attempt_at is not None
                row.next_attempt_at = None  # its wait is over

    # and it ends parked, with the error that stopped it
    assert row.status is OutboxStatus.PARKED
    assert row.last_error is not None and row.last_error.startswith("OverflowError")

    # When the user asks for another try of that command
    monkeypatch.setenv("COFFEECHAT_CONFIG", str(settings.config_file))
    assert "1 parked command(s)" in _cli(monkeypatch, capsys, "retry", "--command", key)

    # Then it is pending again, with its attempts counted afresh
    with store.transaction(readonly=True) as session:
        row = repo.get_by_key(session, Outbox, key)
        assert row is not None
        assert (row.status, row.attempts, row.next_attempt_at) == (OutboxStatus.PENDING, 0, None)
