"""``coffeechat run`` / ``worker`` refuse what they cannot serve with one line, exit 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXE = Path(sys.executable).parent / "coffeechat"


def _run(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(EXE), "--config", str(config), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("config_text", "args", "message"),
    [
        (
            '[[accounts]]\nprovider = "microsoft"\naddress = "me@contoso.example"\n',
            ("run",),
            "[microsoft] needs client_id for Outlook accounts",
        ),
        ("", ("worker",), "coffeechat worker needs broker.url"),
        ("", ("run", "--scheduler-only"), "--scheduler-only needs broker.url"),
    ],
)
def test_refusal_is_one_line_and_exit_2(
    tmp_path: Path, config_text: str, args: tuple[str, ...], message: str
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        f'data_dir = "{tmp_path / "data"}"\n[store]\nurl = "sqlite:///{tmp_path / "c.db"}"\n'
        + config_text
    )

    result = _run(config, *args)

    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr
