"""Each cause of failure on unseen mail (issue 10) has a message of its own, read right or doubted.

``tests/data/replies_causes/`` (see its README) labels each message with
the verdict and whether the reader should be certain. A certain verdict
must be right on every field; an uncertain one must carry the doubt codes
the label names, so the daemon parks it instead of drafting.
"""

from __future__ import annotations

import json
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

import pytest

from workflows.understanding import understand
from workflows.understanding.evaluate import FIELDS, SAME, render, score

CAUSES = Path(__file__).resolve().parents[1] / "data" / "replies_causes"
LABELS: dict[str, dict[str, Any]] = json.loads((CAUSES / "labels.json").read_text("utf-8"))


@pytest.mark.parametrize("name", sorted(LABELS))
def test_cause_is_read_right_or_doubted(name: str) -> None:
    label = LABELS[name]
    verdict = understand((CAUSES / name).read_bytes(), tz=UTC, meeting_length=timedelta(minutes=30))
    got = verdict.to_json()
    assert got["certain"] is label["certain"], (label["cause"], got["doubts"])
    assert set(label["doubts"]) <= {d["code"] for d in got["doubts"]}, label["cause"]
    if label["certain"]:
        for key in FIELDS:
            if label[key] is None and key == "reply_text":
                continue
            assert SAME[key](label[key], got[key]), (label["cause"], key, got[key])


def test_causes_set_scores_precision_first() -> None:
    report = score(CAUSES)
    print(render(report))
    assert report.total >= 30
    assert report.certain_accuracy == 1.0, render(report)
    assert report.coverage >= 0.85, render(report)
