"""Debug logs and the store keep the secrets: no token, no client secret, no body, no address.

The daemon runs as ``coffeechat --verbose run`` (its own process, stderr to a
file: JSON lines) on a sandbox mailbox while contacts walk the decline and
referral paths; then every log line, every row of the store and every file
of the data folder are searched for the refresh token, the client secret,
the replies' words and the full addresses of everyone involved.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import select

from connectors.sandbox import Sandbox, SandboxAdmin
from daemon.accounts import token_name, token_vault
from daemon.settings import load_settings
from daemon.store.db import open_store
from daemon.store.models import Contact
from tests.daemon import journeys
from tests.daemon.journeys import add_dana, outreach_sent
from tests.ops.support import daemon_process
from workflows.stages import DraftKind, Stage

#: Words from the middle of a long decline, past what the store keeps as its gist.
TAIL = "My grandmother's lighthouse recipe needs three lemons and a quiet harbour"
DECLINE = (
    "Hi Sam, thanks for reaching out, but I'm afraid I don't have time for this right now. "
    "Best of luck with your search! " + "We are in the middle of a reorganisation. " * 7 + TAIL
)
#: Words from the start of that reply and from the referral path's reply.
BODY_WORDS = ("I'm afraid I don't have time", TAIL, "she leads our research ops team")


def _store_text(database: Path) -> str:
    """Every value of every row of every table of a SQLite store, as one text."""
    with sqlite3.connect(database) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        rows = [repr(row) for table in tables for row in conn.execute(f'SELECT * FROM "{table}"')]
    return "\n".join(rows)


def _lines(log: Path) -> list[dict[str, Any]]:
    lines = [line for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [json.loads(line) for line in lines]


def test_debug_log_and_store_hold_no_secret_body_or_address(
    tmp_path: Path, sandbox: Sandbox, admin: SandboxAdmin
) -> None:
    # Given a daemon at debug level, its own process, logging to a file
    with daemon_process(tmp_path, sandbox, admin) as j:
        settings, log, address = j.settings, j.logs[0], j.world.address
        refresh = token_vault(settings).get(token_name(settings.accounts[0]))
        assert refresh is not None
        client_secret = settings.google.client_secret.get_secret_value()

        # When one contact declines at length and another refers the user on
        dana = add_dana(j)
        outreach_sent(j, dana)
        j.reply(dana, DECLINE)
        j.wait_stage(dana, Stage.CLOSED)
        j.wait_draft(dana, DraftKind.CLOSE_OUT)
        journeys.referral(j)
        with j.session() as session:
            addresses = [a for a in session.scalars(select(Contact.email)) if a]
    assert len(addresses) == 3

    # Then the log is JSON lines, at debug level, tagged with account and contact ids
    lines = _lines(log)
    assert {"at", "level", "logger", "message"} <= set(lines[0])
    assert any(line["level"] == "debug" for line in lines)
    assert any("account_id" in line for line in lines)
    assert any("contact_id" in line for line in lines)
    # and no line holds a token, the client secret, a reply's words or a full address
    text = log.read_text(encoding="utf-8")
    for secret in (refresh.get_secret_value(), client_secret, *BODY_WORDS, address, *addresses):
        assert secret not in text, f"{secret[:12]}... is in the log"
    # (the masked form is there: the log still tells accounts apart)
    assert f"s***@{address.partition('@')[2]}" in text

    # and the store holds neither token nor secret, and of a reply only its gist
    stored = _store_text(tmp_path / "coffeechat.db")
    assert refresh.get_secret_value() not in stored
    assert client_secret not in stored
    assert TAIL not in stored
    # nor does any file of the data folder hold the token in the clear
    for path in (tmp_path / "data").rglob("*"):
        if path.is_file():
            assert refresh.get_secret_value().encode() not in path.read_bytes(), path


#: Words from the replies of the demo's contacts (daemon/demo/script.py).
DEMO_WORDS = (
    "nice to hear from someone from the meetup",
    "out of the office at a conference",
    "I'm afraid I can't take on any calls",
    "Maya mentioned you might write",
)


def test_demo_at_debug_level_logs_no_secret_body_or_address(tmp_path: Path) -> None:
    # Given the demo run at debug level, keeping its throwaway config and store
    env = {"PATH": str(Path(sys.executable).parent), "HOME": str(tmp_path), "TMPDIR": str(tmp_path)}
    exe = Path(sys.executable).parent / "coffeechat"
    log = tmp_path / "demo.log"
    with log.open("wb") as err:
        done = subprocess.run(
            [str(exe), "--verbose", "demo", "--keep", "--out", str(tmp_path / "out")],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
            timeout=110,
        )
    assert done.returncode == 0, log.read_text()[-3000:]
    [work] = tmp_path.glob("coffeechat-demo-*")

    settings = load_settings(work / "config.toml")
    refresh = token_vault(settings).get(token_name(settings.accounts[0]))
    assert refresh is not None
    store = open_store(settings.store.url)
    try:
        with store.transaction(readonly=True) as session:
            addresses = [a for a in session.scalars(select(Contact.email)) if a]
    finally:
        store.close()

    # Then its log is JSON lines at debug level, without token, secret, words or addresses
    lines = _lines(log)
    assert any(line["level"] == "debug" for line in lines)
    assert any("contact_id" in line for line in lines)
    text = log.read_text(encoding="utf-8")
    secret = settings.google.client_secret.get_secret_value()
    for needle in (refresh.get_secret_value(), secret, *DEMO_WORDS, *addresses):
        assert needle not in text, f"{needle[:12]}... is in the demo's log"
    assert settings.accounts[0].address not in text
