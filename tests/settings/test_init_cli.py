"""`coffeechat init` and `coffeechat db upgrade`, run as the installed console script."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from daemon.settings import load_settings

COFFEECHAT = Path(sys.executable).with_name("coffeechat")


def _run(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "COFFEECHAT_"))}
    return subprocess.run(
        [str(COFFEECHAT), *args],
        env={**clean, "HOME": str(home), **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_init_writes_a_private_config_and_creates_the_store(tmp_path: Path) -> None:
    result = _run(tmp_path, "init")
    assert result.returncode == 0, result.stderr
    config = tmp_path / ".config" / "coffeechat" / "config.toml"
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    data_dir = tmp_path / ".local" / "share" / "coffeechat"
    assert f'data_dir = "{data_dir}"' in config.read_text()
    database = data_dir / "coffeechat.db"
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    with sqlite3.connect(database) as conn:
        [(revision,)] = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        assert revision == "0005"
    conn.close()
    assert str(config) in result.stdout


def test_init_refuses_to_overwrite_unless_forced(tmp_path: Path) -> None:
    assert _run(tmp_path, "init").returncode == 0
    config = tmp_path / ".config" / "coffeechat" / "config.toml"
    config.write_text('[user]\nname = "Mine"\n')
    refused = _run(tmp_path, "init")
    assert refused.returncode != 0
    assert refused.stderr.strip().splitlines() == [
        f"coffeechat: error: {config} already exists; edit it, or use --force to overwrite it"
    ]
    assert config.read_text() == '[user]\nname = "Mine"\n'
    config.chmod(0o644)
    forced = _run(tmp_path, "init", "--force")
    assert forced.returncode == 0, forced.stderr
    assert "Your Name" in config.read_text()
    assert stat.S_IMODE(config.stat().st_mode) == 0o600


def test_init_honours_config_option_and_variable(tmp_path: Path) -> None:
    by_option = tmp_path / "a" / "cc.toml"
    assert _run(tmp_path, "--config", str(by_option), "init").returncode == 0
    by_variable = tmp_path / "b" / "cc.toml"
    assert _run(tmp_path, "init", COFFEECHAT_CONFIG=str(by_variable)).returncode == 0
    for path in (by_option, by_variable):
        assert load_settings(path).user.name == "Your Name"


def test_db_upgrade_migrates_the_configured_store(tmp_path: Path, db_url: str) -> None:
    result = _run(tmp_path, "db", "upgrade", COFFEECHAT_STORE__URL=db_url)
    assert result.returncode == 0, result.stderr
    assert "at schema 0005" in result.stdout
    engine = create_engine(db_url)
    try:
        assert "contacts" in inspect(engine).get_table_names()
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('[cadence]\nnudge_after = "7x"\n', "cadence.nudge_after"),
        ("[cadence\n", "TOML syntax error"),
        ('[user]\ntimezone = "Nowhere/City"\n', "user.timezone"),
    ],
)
def test_bad_config_through_the_cli_is_one_stderr_line(tmp_path: Path, text: str, key: str) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(text)
    result = _run(tmp_path, "--config", str(config), "db", "upgrade")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"coffeechat: error: {config}: {key}")
