"""The blind held-out replies score above the issue's bars (intent ≥ 0.95, windows ≥ 0.90).

``tests/data/replies_heldout/`` was written without reading the reader; its
README gives the labelling conventions and ``BASELINE.txt`` the score before
any fix. The reader was then fixed for the failure classes it showed, so this
figure is no longer a blind one: new misses belong in a new held-out set.
"""

from __future__ import annotations

from pathlib import Path

from workflows.understanding.evaluate import BARS, render, score

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "replies_heldout"


def test_heldout_replies_meet_the_accuracy_bars() -> None:
    report = score(HELDOUT)
    print(render(report))
    assert report.total >= 60
    for field, bar in BARS.items():
        assert report.accuracy(field) >= bar, render(report)
