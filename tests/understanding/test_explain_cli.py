"""``coffeechat explain``: the JSON contract, the options, and one-line errors (exit 2)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from workflows.understanding.evaluate import DEFAULT_FOLDER

KEYS = {
    "intent",
    "proposed_times",
    "scheduling_link",
    "return_date",
    "referrals",
    "reply_text",
    "certain",
    "doubts",
    "time_mentions",
}
PROPOSE = DEFAULT_FOLDER / "015-en-propose-thu-range.eml"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from daemon.cli import main; main()", "explain", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_json_has_exactly_the_contract_keys() -> None:
    result = run(PROPOSE, "--json")
    assert result.returncode == 0, result.stderr
    verdict = json.loads(result.stdout)
    assert set(verdict) == KEYS
    assert verdict["intent"] == "propose_times"
    assert verdict["proposed_times"][0] == {
        "start": "2026-03-05T14:00:00-08:00",
        "end": "2026-03-05T16:00:00-08:00",
    }
    assert verdict["certain"] is True
    assert verdict["doubts"] == []
    assert verdict["time_mentions"][0]["role"] == "offered"


def test_now_option_moves_relative_days() -> None:
    # "Thu 2-4pm" read on Friday 6 March means the Thursday after, on the -07:00 every -08:00
    # clock is on by then (convention (g)).
    result = run(PROPOSE, "--json", "--now", "2026-03-06T09:00:00-08:00")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["proposed_times"][0]["start"] == "2026-03-12T14:00:00-07:00"


def test_readable_summary_without_json() -> None:
    result = run(PROPOSE, "--tz", "Europe/Paris")
    assert result.returncode == 0, result.stderr
    assert "intent:          propose_times" in result.stdout
    assert "Thu 2026-03-05 14:00 – 16:00" in result.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"hello there, this is just a note\nwith two lines\n", "not an email"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"From: a@b.c\nSubject: \x00\x01\x02\n\nhello", "binary"),
    ],
    ids=["empty", "blank", "plain-text", "png", "nul-bytes"],
)
def test_bad_files_exit_2_with_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.eml"
    path.write_bytes(content)
    result = run(path, "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("missing.eml",), "cannot read"),
        ((PROPOSE, "--now", "next tuesday"), "--now"),
        ((PROPOSE, "--tz", "Mars/Olympus"), "--tz"),
    ],
    ids=["missing-file", "bad-now", "bad-tz"],
)
def test_bad_arguments_exit_2_with_one_line(args: tuple[str | Path, ...], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
