"""The labelled replies score above the issue's bars (intent ≥ 0.95, windows ≥ 0.90)."""

from __future__ import annotations

from workflows.understanding.evaluate import BARS, DEFAULT_FOLDER, render, score


def test_labelled_replies_meet_the_accuracy_bars() -> None:
    report = score(DEFAULT_FOLDER)
    print(render(report))
    assert report.total >= 80
    for field, bar in BARS.items():
        assert report.accuracy(field) >= bar, render(report)
