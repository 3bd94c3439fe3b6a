"""bench/daemon_throughput.py still runs: five contacts through the full path, figures printed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "daemon_throughput.py"


def test_the_throughput_bench_walks_five_contacts_and_prints_its_figures() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--contacts", "5", "--singles", "2", "--stall", "30"],
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )

    out = done.stdout
    assert done.returncode == 0, out + done.stderr
    assert "contacts through the full path" in out and "5 of 5" in out
    assert "contacts/second" in out
    assert "reply -> draft, one reply at a time (n=2)" in out
    assert "reply -> draft, a burst of 3 replies (n=3)" in out and "p95" in out
    assert "goal (2 x poll interval + 5 s)" in out and "p95 <= 7 s" in out
    assert "45 units at 200 units/s after 2,000 at once: p95 >= 0.0 s" in out
    assert "Gmail units spent, burst -> its last draft" in out
    assert "peak RSS, daemon" in out and "CPU, daemon" in out
    assert "API calls per contact, by method" in out
    assert "gmail.users.drafts.create" in out
    assert "all gmail" in out and "all calendar" in out and "Gmail quota units" in out
    assert "drafts written by kind: confirmation 5, follow_up 5, outreach 5," in out
    assert "send attempts or guest notifications recorded by the sandbox: 0" in out
