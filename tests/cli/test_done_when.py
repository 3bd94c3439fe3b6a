"""The installed command in a fresh HOME, exactly as a new user runs it."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.cli.support import DATA, Outcome

REPO = DATA.parent.parent


@pytest.fixture
def fresh_home(tmp_path: Path) -> dict[str, str]:
    """An environment whose HOME is empty and that carries no coffeechat or XDG settings."""
    home = tmp_path / "home"
    home.mkdir()
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("COFFEECHAT_", "XDG_"))
    }
    env["HOME"] = str(home)
    return env


def run(exe: Path, env: dict[str, str], *args: str) -> Outcome:
    done = subprocess.run(
        [str(exe), *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )
    return Outcome(done.returncode, done.stdout, done.stderr)


def test_init_import_status_in_a_fresh_home(
    coffeechat_exe: Path, fresh_home: dict[str, str]
) -> None:
    # Given a fresh HOME, when: coffeechat init && contacts import ... && status
    init = run(coffeechat_exe, fresh_home, "init")
    first = run(coffeechat_exe, fresh_home, "contacts", "import", "tests/data/Connections.csv")
    status = run(coffeechat_exe, fresh_home, "status")

    # Then every step exits 0 and the board counts the 40 imported contacts.
    assert (init.code, first.code, status.code) == (0, 0, 0), init.err + first.err + status.err
    assert first.out.strip() == "imported 40, already present 0, need an email 20, rejected 0"
    assert "40 contacts" in status.out
    assert "20 need an email address" in status.out

    # And a second import adds nothing.
    second = run(coffeechat_exe, fresh_home, "contacts", "import", "tests/data/Connections.csv")
    assert second.code == 0
    assert second.out.strip() == "imported 0, already present 40, need an email 0, rejected 0"


def test_user_errors_are_one_line_without_traceback(
    coffeechat_exe: Path, fresh_home: dict[str, str]
) -> None:
    run(coffeechat_exe, fresh_home, "init")

    unknown = run(coffeechat_exe, fresh_home, "contacts", "show", "zed")
    broken = run(
        coffeechat_exe, fresh_home, "contacts", "import", "tests/data/connections_broken.csv"
    )

    assert unknown.code == 2
    assert unknown.err == "coffeechat: error: no contact matches 'zed'\n"
    assert broken.code == 2
    assert broken.err.splitlines()[-1] == "coffeechat: error: 3 rows rejected (lines 7, 9, 11)"
    assert "Traceback" not in unknown.out + unknown.err + broken.out + broken.err
