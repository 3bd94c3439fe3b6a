"""Score ``understand()`` on the labelled replies: ``python -m workflows.understanding.evaluate``.

Each ``*.eml`` in the folder has an entry in ``labels.json`` with the
expected verdict (the ``coffeechat explain --json`` shape); ``reply_text``
may be ``null`` when not labelled. Times compare as instants, the reply text
with runs of whitespace collapsed. Prints per-field accuracy, coverage (the
share of messages the reader marks certain), certain accuracy (among those,
the share with intent and times both right), every miss and every wrong
certain verdict; exits 1 when intent accuracy is under 0.95 or exact
windows under 0.90.

Labelling conventions, the same for every set (EVALUATION.md explains them):
(a) an accept that picks one of the user's offered times, in words or as an
invitation at that time, lists the picked window; (b) a booking link given
as the answer is ``accept`` with ``scheduling_link`` and no window, a link
only in a signature is not the answer (``null``); (c) a calendar REQUEST at
a time the user did not offer is ``propose_times`` with that window, an
updated invitation (SEQUENCE > 0) moving an agreed meeting is
``reschedule`` with the new window; (d) a cancel lists no window, a
cancellation that also offers a new time is ``reschedule`` with it; (e)
only offered (for a reschedule, the new) times are proposals.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from workflows.understanding import understand

DEFAULT_FOLDER = Path(__file__).resolve().parents[2] / "tests" / "data" / "replies"
BARS = {"intent": 0.95, "proposed_times": 0.90}
FIELDS = ("intent", "proposed_times", "scheduling_link", "return_date", "referrals", "reply_text")
_SPACE = re.compile(r"\s+")


def _instants(windows: list[dict[str, str | None]]) -> list[tuple[datetime, datetime | None]]:
    def parse(value: str | None) -> datetime | None:
        return datetime.fromisoformat(value).astimezone(UTC) if value else None

    return sorted((parse(w["start"]), parse(w["end"])) for w in windows)  # type: ignore[misc]


def _people(referrals: list[dict[str, str | None]]) -> set[tuple[str, str | None]]:
    return {(str(r["name"]).lower(), r["email"]) for r in referrals}


def _text(value: str) -> str:
    return _SPACE.sub(" ", value).strip()


# How each field compares, label against reading.
SAME: dict[str, Callable[[Any, Any], bool]] = {
    "intent": lambda a, b: a == b,
    "proposed_times": lambda a, b: _instants(a) == _instants(b),
    "scheduling_link": lambda a, b: a == b,
    "return_date": lambda a, b: a == b,
    "referrals": lambda a, b: _people(a) == _people(b),
    "reply_text": lambda a, b: _text(a) == _text(b),
}


@dataclass
class Report:
    """Hits per field, and every miss as (file, field, expected, got)."""

    total: int = 0
    scored: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[tuple[str, str, Any, Any]] = field(default_factory=list)
    certain: int = 0
    certain_right: int = 0
    # (file, doubt codes) of each message the reader was not sure of.
    unsure: list[tuple[str, list[str]]] = field(default_factory=list)
    # Files the reader was sure of and got intent or times wrong: what costs the user.
    certain_wrong: list[str] = field(default_factory=list)

    @property
    def coverage(self) -> float:
        """Share of messages marked certain."""
        return self.certain / self.total if self.total else 1.0

    @property
    def certain_accuracy(self) -> float:
        """Among certain messages, the share with intent and proposed times both right."""
        return self.certain_right / self.certain if self.certain else 1.0

    def accuracy(self, name: str) -> float:
        """Share of labelled messages where ``name`` came out right."""
        return self.hits[name] / self.scored[name] if self.scored[name] else 1.0

    def passes(self) -> bool:
        """Whether the issue's bars are met."""
        return all(self.accuracy(name) >= bar for name, bar in BARS.items())


def score(
    folder: Path = DEFAULT_FOLDER,
    meeting_length: timedelta = timedelta(minutes=30),
    tz: tzinfo = UTC,
) -> Report:
    """Run every labelled message through ``understand()`` and compare field by field.

    ``tz`` is the user's zone. First scores are taken with UTC, the user's zone unknown; the
    daemon passes the configured zone, which settles names such as "IST" for the user.
    """
    labels: dict[str, dict[str, Any]] = json.loads((folder / "labels.json").read_text("utf-8"))
    report = Report()
    for name, expected in sorted(labels.items()):
        got = understand((folder / name).read_bytes(), tz=tz, meeting_length=meeting_length)
        actual = got.to_json()
        report.total += 1
        right = all(SAME[k](expected[k], actual[k]) for k in ("intent", "proposed_times"))
        if got.certain:
            report.certain += 1
            report.certain_right += right
            if not right:
                report.certain_wrong.append(name)
        else:
            report.unsure.append((name, [d.code for d in got.doubts]))
        for key in FIELDS:
            if expected.get(key) is None and key == "reply_text":
                continue
            report.scored[key] += 1
            if SAME[key](expected[key], actual[key]):
                report.hits[key] += 1
            else:
                report.misses.append((name, key, expected[key], actual[key]))
    return report


def render(report: Report) -> str:
    """The per-field table and the misses, as printed by ``main``."""
    lines = [f"{report.total} messages"]
    for key in FIELDS:
        bar = f"  (bar {BARS[key]:.2f})" if key in BARS else ""
        lines.append(
            f"  {key:<16} {report.accuracy(key):.3f}  {report.hits[key]}/{report.scored[key]}{bar}"
        )
    lines.append(f"  coverage         {report.coverage:.3f}  {report.certain}/{report.total}")
    lines.append(
        f"  certain accuracy {report.certain_accuracy:.3f}"
        f"  {report.certain_right}/{report.certain}  (intent and times both right)"
    )
    for name, key, want, got in report.misses:
        lines.append(f"MISS {name} {key}: expected {want!r}, got {got!r}")
    lines.extend(f"CERTAIN BUT WRONG {name}" for name in report.certain_wrong)
    lines.extend(f"UNSURE {name}: {', '.join(codes)}" for name, codes in report.unsure)
    return "\n".join(lines)


def _zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise argparse.ArgumentTypeError(f"not an IANA zone name: {name!r}") from None


def main(argv: list[str] | None = None) -> int:
    """Print per-field accuracy; exit 1 if a bar is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument(
        "--tz",
        type=_zone,
        default=UTC,
        help="the user's zone, as the daemon reads (default: UTC, the user's zone unknown)",
    )
    args = parser.parse_args(argv)
    report = score(args.folder, tz=args.tz)
    print(render(report))
    return 0 if report.passes() else 1


if __name__ == "__main__":
    sys.exit(main())
