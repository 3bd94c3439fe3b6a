"""Run the real ``coffeechat`` CLI against a test database.

``cli`` calls the console-script entry point :func:`daemon.cli.main` in this
process (the same code path as the installed command, minus interpreter
start-up), with the store pointed at ``db_url`` (SQLite, then PostgreSQL).
``coffeechat_exe`` is the installed script, for tests that need a real
process and a fresh HOME.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from daemon.cli import main
from tests.cli.support import Cli, Outcome


@pytest.fixture
def cli(db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    """``cli("contacts", "list")`` runs the CLI on ``db_url`` and returns its :class:`Outcome`."""
    monkeypatch.setenv("COFFEECHAT_STORE__URL", db_url)

    def run(*args: str) -> Outcome:
        capsys.readouterr()  # drop anything printed before this run
        monkeypatch.setattr(sys, "argv", ["coffeechat", *args])
        try:
            main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        else:
            code = 0
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run


@pytest.fixture
def coffeechat_exe() -> Path:
    """The installed ``coffeechat`` script of the interpreter running the tests."""
    exe = Path(sys.executable).parent / "coffeechat"
    assert exe.exists(), f"{exe} is missing: pip install -e . first"
    return exe
