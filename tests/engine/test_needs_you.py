"""A reply the daemon cannot act on waits for the user, who settles it from the CLI.

Before, a message the reader could not parse counted as a certain ``other``
and the contact moved on as if she had answered; now it parks as needs-you
(DESIGN.md, promise 8) and ``coffeechat settle`` gives it the user's reading.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from connectors.base import MailMessage
from daemon.cli import main
from daemon.engine.core import Engine
from daemon.engine.ingest import UNREADABLE, ingest_message
from daemon.engine.transitions import cadence_of
from daemon.settings import Settings
from daemon.store import repo
from daemon.store.db import Store
from daemon.store.models import Message, Outbox
from workflows.stages import Stage

AT = datetime(2026, 12, 4, 18, 0, tzinfo=UTC)


def _awaiting(store: Store, name: str, email: str, account_id: int) -> int:
    with store.transaction() as session:
        contact = repo.add_contact(session, name=name, email=email).contact
        contact.stage, contact.account_id = Stage.AWAITING_REPLY, account_id
        contact.thread_id = f"t-{email}"
        session.flush()
        return contact.id


def _unreadable(email: str) -> MailMessage:
    """What the provider shows of a message whose raw bytes are not an email at all."""
    return MailMessage(
        id=f"m-{email}",
        thread_id=f"t-{email}",
        message_id=None,
        in_reply_to=None,
        references=(),
        sender=email,
        to=(),
        cc=(),
        subject="Re: coffee",
        date=AT,
        sent=False,
        raw=b"",
    )


def _cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str, list[str]]:
    capsys.readouterr()
    monkeypatch.setattr(sys, "argv", ["coffeechat", *args])
    with pytest.raises(SystemExit) as ended:
        main()
    captured = capsys.readouterr()
    code = ended.value.code if isinstance(ended.value.code, int) else 0
    return code, captured.out, captured.err.splitlines()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_an_unreadable_reply_parks_as_needs_you_and_settle_applies_the_users_reading(
    daemon_parts: tuple[Settings, Store, Engine],
    backend: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings, store, _engine = daemon_parts
    with store.transaction() as session:
        account_id = repo.ensure_account(session, "google", settings.accounts[0].address).id
    dana = _awaiting(store, "Dana Whitfield", "dana@acme.example", account_id)
    eli = _awaiting(store, "Eli Park", "eli@bolt.example", account_id)

    # Given a reply from Dana that the reader cannot parse
    keys = ingest_message(
        store, settings, cadence_of(settings), account_id, _unreadable("dana@acme.example"), AT
    )

    # Then nothing is asked of the outbox, the stage stays, and she needs the user
    assert keys == []
    with store.transaction(readonly=True) as session:
        contact = repo.find_contact(session, str(dana))
        assert contact.stage is Stage.AWAITING_REPLY
        assert (contact.pipeline or {}).get("needs_you") is True
        assert session.scalars(select(Outbox).where(Outbox.contact_id == dana)).all() == []
    monkeypatch.setenv("COFFEECHAT_CONFIG", str(settings.config_file))
    code, out, _ = _cli(monkeypatch, capsys, "status", "--json")
    (row,) = json.loads(out)["needs_you"]
    assert (row["contact_id"], row["stage"]) == (dana, "awaiting_reply")
    assert [d["code"] for d in row["doubts"]] == [UNREADABLE]
    assert "coffeechat settle" in _cli(monkeypatch, capsys, "status")[1]

    # When the user settles someone who needs nothing, names no intent, or a time
    # that cannot be read: one line each, and nothing changes
    for args, error in [
        (("settle", str(eli), "--intent", "accept"), "has no reply waiting to be settled"),
        (("settle", str(dana), "--intent", "maybe"), "unknown intent 'maybe' (valid: accept"),
        (
            ("settle", str(dana), "--intent", "accept", "--time", "sometime soon"),
            "could not read a day and time in 'sometime soon'",
        ),
        (
            ("settle", str(dana), "--intent", "defer", "--return-date", "next week"),
            "--return-date must be YYYY-MM-DD",
        ),
    ]:
        code, _, err = _cli(monkeypatch, capsys, *args)
        assert code == 2 and len(err) == 1 and error in err[0], err

    # When the user reads it as a decline
    code, out, _ = _cli(monkeypatch, capsys, "settle", "Dana", "--intent", "decline")

    # Then she is closed with a close-out draft asked for, and the board is clear
    assert code == 0 and "settled as decline; now closed" in out
    with store.transaction(readonly=True) as session:
        assert repo.find_contact(session, str(dana)).stage is Stage.CLOSED
        kinds = session.scalars(select(Outbox.key).where(Outbox.contact_id == dana)).all()
        assert [key.rsplit("/", 1)[1] for key in kinds] == ["write_draft:close_out"]
        (verdict,) = session.scalars(select(Message.verdict).where(Message.contact_id == dana))
    assert verdict is not None
    assert (verdict["intent"], verdict["certain"]) == ("decline", True)
    assert verdict["reader"]["doubts"][0]["code"] == UNREADABLE
    assert json.loads(_cli(monkeypatch, capsys, "status", "--json")[1])["needs_you"] == []
