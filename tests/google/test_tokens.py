"""One access token per account: shared by worker threads, both connectors, and processes."""

from __future__ import annotations

import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from connectors.google import GmailConnector, GoogleCalendarConnector
from connectors.sandbox import Sandbox, SandboxAdmin
from daemon.sandboxed import sandboxed_config
from tests.google.conftest import Account

WORKERS = 4


def _work_in_threads(account: Account) -> None:
    """What a worker process does: threads using the mail and calendar connectors at once."""
    mail_api, calendar_api = account.api(), account.api()
    gmail, calendar = GmailConnector(mail_api), GoogleCalendarConnector(calendar_api)
    start = threading.Barrier(WORKERS)

    def work() -> None:
        start.wait()
        cursor = gmail.link_up([]).cursor
        gmail.changes(cursor)
        calendar.changes(None)

    try:
        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            for done in [pool.submit(work) for _ in range(WORKERS)]:
                done.result()
    finally:
        mail_api.close()
        calendar_api.close()


def test_worker_threads_and_both_connectors_share_one_token(
    account: Account, admin: SandboxAdmin
) -> None:
    admin.reset_calls()

    _work_in_threads(account)

    assert admin.calls()["oauth.token"] == 1


def test_a_token_refused_by_the_provider_is_fetched_again_once(
    account: Account, admin: SandboxAdmin
) -> None:
    _work_in_threads(account)
    admin.reset_calls()

    # When every thread finds the token refused (401) at once
    admin.fault(expire_token=True, address=account.address)
    _work_in_threads(account)

    # Then every thread's work went through, on one new token
    assert admin.calls()["oauth.token"] == 1


_PROCESS = """
import sys
from pathlib import Path
from daemon.accounts import open_calendar, open_mail
from daemon.settings import load_settings
settings = load_settings(Path(sys.argv[1]))
(account,) = settings.accounts
open_mail(settings, account).link_up([])
open_calendar(settings, account).changes(None)
"""


def test_a_second_daemon_process_reuses_the_token_the_first_fetched(
    tmp_path: Path, sandbox: Sandbox, admin: SandboxAdmin
) -> None:
    settings, _ = sandboxed_config(tmp_path, sandbox.base_url, admin, "sam@processes.example")
    config = str(tmp_path / "config.toml")
    admin.reset_calls()

    for _ in range(2):
        subprocess.run([sys.executable, "-c", _PROCESS, config], check=True, timeout=60)

    assert admin.calls()["oauth.token"] == 1
    assert (settings.data_dir / "access-tokens.json").stat().st_mode & 0o777 == 0o600
    assert b"ya29" not in (settings.data_dir / "access-tokens.json").read_bytes()
