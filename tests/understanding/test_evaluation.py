"""The labelled replies score above the issue's bars (intent ≥ 0.95, windows ≥ 0.90)."""

from __future__ import annotations

import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import raw_reply
from workflows.understanding.evaluate import BARS, DEFAULT_FOLDER, main, render, score


def test_labelled_replies_meet_the_accuracy_bars() -> None:
    report = score(DEFAULT_FOLDER)
    print(render(report))
    assert report.total >= 80
    for field, bar in BARS.items():
        assert report.accuracy(field) >= bar, render(report)


def test_the_users_zone_settles_a_zone_name_it_shares(tmp_path: Path) -> None:
    # "IST" is India's clock, Ireland's summer clock and Israel's. The user's outreach said
    # "IST"; only the user's zone says which, so the reply is doubted when scored with UTC
    # and read certain for a user in India.
    body = "Could we do Thursday 10 December at 3pm IST?\n"
    quote = (
        "\nOn Mon, 7 Dec 2026 at 10:00, Ada Obi <ada@example.com> wrote:\n"
        "> Would you have 20 minutes this week? I'm free most afternoons, 2-5pm IST.\n"
    )
    reply = raw_reply(body, date="Tue, 08 Dec 2026 03:30:00 +0000", quote=quote)
    (tmp_path / "p01.eml").write_bytes(reply)
    window = {"start": "2026-12-10T15:00:00+05:30", "end": "2026-12-10T15:30:00+05:30"}
    label = {
        "intent": "propose_times",
        "proposed_times": [window],
        "scheduling_link": None,
        "return_date": None,
        "referrals": [],
        "reply_text": None,
    }
    (tmp_path / "labels.json").write_text(json.dumps({"p01.eml": label}), "utf-8")

    in_india = score(tmp_path, tz=ZoneInfo("Asia/Kolkata"))
    assert (in_india.coverage, in_india.certain_accuracy) == (1.0, 1.0)
    assert score(tmp_path).coverage == 0.0


def test_an_unknown_zone_name_is_refused_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--tz", "Mars/Olympus", str(DEFAULT_FOLDER)])
    assert exit_.value.code == 2
    assert "not an IANA zone name: 'Mars/Olympus'" in capsys.readouterr().err
