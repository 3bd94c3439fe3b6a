"""bench/idle_accounts.py still runs: one daemon process watches several mailboxes and reports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "idle_accounts.py"


def test_one_daemon_polls_every_mailbox_and_the_bench_prints_its_memory_and_cpu() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--accounts", "3", "--contacts", "2", "--poll", "2"],
        capture_output=True,
        text=True,
        timeout=170,
        check=False,
    )

    out = done.stdout
    assert done.returncode == 0, out + done.stderr
    assert "accounts 3, contacts 2, poll 2 s" in out
    assert "daemon RSS now" in out
    assert "daemon CPU" in out
    # Every mailbox was polled: both the mail history and the calendar were read.
    assert "calendar.events.list" in out
    assert "gmail.users.history.list" in out
