"""A grant the user revoked: one warning with the fix, no hammering, and resuming after auth.

Before, a revoked grant logged nothing, asked the token endpoint on every
poll, and the running daemon kept the old token after ``coffeechat auth
google`` until it was restarted.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from connectors.errors import ReauthRequired
from connectors.sandbox import SandboxAdmin
from daemon.engine.core import Engine
from daemon.settings import Settings
from daemon.store import repo
from daemon.store.db import Store
from workflows.stages import Stage

COFFEECHAT = str(Path(sys.executable).with_name("coffeechat"))
DECLINE = "Thanks for reaching out, but I'm afraid I don't have time for this right now."
POLLS = 6


def test_a_revoked_grant_warns_once_backs_off_and_resumes_after_auth(
    daemon_parts: tuple[Settings, Store, Engine],
    admin: SandboxAdmin,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings, store, engine = daemon_parts
    address = settings.accounts[0].address
    with store.transaction() as session:
        account_id = repo.ensure_account(session, "google", address).id
        dana = repo.add_contact(session, name="Dana Whitfield", email="dana@acme.example")
        dana.contact.stage, dana.contact.account_id = Stage.AWAITING_REPLY, account_id
    engine.sync_account(account_id)

    # Given the user revoked coffeechat's access
    admin.fault(revoke_refresh_token=True, address=address)
    tokens = admin.calls().get("oauth.token", 0)

    # When the daemon polls again and again
    caplog.set_level(logging.WARNING)
    for _ in range(POLLS):
        with pytest.raises(ReauthRequired):
            engine.sync_account(account_id)

    # Then it said so once, with the command that fixes it, and asked Google once
    fix = f"run: coffeechat auth google --account {address}"
    assert [r.levelno for r in caplog.records if fix in r.getMessage()] == [logging.WARNING]
    assert admin.calls().get("oauth.token", 0) == tokens + 1

    # When the user authorises again, in another process, with the daemon still running
    token_file = tmp_path / "token.txt"
    token_file.write_text(admin.create_mailbox(address)["refresh_token"], encoding="utf-8")
    done = subprocess.run(
        [COFFEECHAT, "--config", str(settings.config_file), "auth", "google"]
        + ["--account", address, "--refresh-token-file", str(token_file)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr

    # Then the next poll works with the new token, and reads Dana's reply
    admin.deliver(
        address,
        (
            f"From: dana@acme.example\r\nTo: {address}\r\nSubject: Re: coffee\r\n"
            f"Date: Mon, 02 Nov 2026 10:00:00 +0000\r\n\r\n{DECLINE}\r\n"
        ).encode(),
    )
    engine.sync_account(account_id)
    with store.transaction(readonly=True) as session:
        assert repo.find_contact(session, "dana@acme.example").stage is Stage.CLOSED
