"""bench/graph_cost.py still runs and prints Graph calls per idle poll and per new reply."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "graph_cost.py"


def test_the_graph_cost_bench_prints_calls_per_idle_poll_and_per_reply() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--contacts", "5", "--messages", "30", "--drafts", "2"]
        + ["--polls", "2"],
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )

    out = done.stdout
    assert done.returncode == 0, out + done.stderr
    assert "idle poll, mail             3 Graph calls" in out
    assert "idle poll, calendar         1 Graph calls" in out
    assert "one new reply               4 Graph calls" in out
    # and the daemon's engine, polling as it does in production
    assert "engine idle poll       mail 3.0, calendar 1.0 Graph calls per poll" in out
    assert "engine new reply       mail 4, calendar 1 Graph calls" in out
    assert "send attempts or guest notifications recorded by the sandbox: 0" in out
