"""Measure a second, independent parse of offered times (dateparser) as a check on the reader.

The check: run dateparser's ``search_dates`` over the reply's own text (not its quotes) in the
reply's language; keep only the times it is sure of (one span naming a day by weekday or month,
one marked clock such as "3pm", "15h", "15:30" or "15 Uhr", the weekday, month, day of the month
and clock dateparser returned matching those words, no "and"/"or" joining two clauses, within
120 days after the reply); a sure time that falls in none of the windows the reader read (any
role, on each window's own clock; a clock with no am/pm may be either half of the day) is a
disagreement. Two measurements, printed for EVALUATION.md ("A second reading of offered times"):

- ``history``: each first score's (``tests/data/replies_blind*/BASELINE.txt``, its first block)
  certain-but-wrong replies whose times were wrong, the check run against the windows that
  first score read (``got``) plus the roles the current reader gives the reply's times.
- ``cost``: every labelled set and zone (as ``/work/notes/score_all.sh`` picks them), the
  certain readings offering, moving to or accepting times that the check would doubt.

dateparser is not a dependency: ``pip install dateparser`` first.

    .venv/bin/python bench/second_reading.py history [--min-offers N]
    .venv/bin/python bench/second_reading.py cost [--min-offers N]
"""

from __future__ import annotations

import argparse
import ast
import json
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from dateparser.search import search_dates

from workflows.stages import Intent
from workflows.understanding import Verdict, understand
from workflows.understanding.evaluate import SAME
from workflows.understanding.language import language_of
from workflows.understanding.quotes import before_closing
from workflows.understanding.vocab import MONTHS, WEEKDAYS

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
MEETING = timedelta(minutes=30)
# "3pm", "3:30", "15h", "15h30", "15 Uhr", "16u": a clock no reader takes for a count or a date.
_CLOCK = re.compile(
    r"(?<![\d:.])(\d{1,2})(?:(?::|h)(\d{2}))?[ \t]*"
    r"(?:([ap])\.?m\b\.?|(?<=\d)(h|uhr|u)\b)?(?![\d:])",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"\b\d{1,2}\b")
# Words joining two clauses: the day of one and the clock of the other in one span.
_JOINS = frozenset({"and", "or", "et", "ou", "y", "o", "und", "oder", "e", "en", "of"})
_LANGUAGES = frozenset({"en", "fr", "es", "de", "it", "pt", "nl"})
_HORIZON = timedelta(days=120)
_HALF_DAY = timedelta(hours=12)
_TIME_INTENTS = (Intent.PROPOSE_TIMES, Intent.RESCHEDULE, Intent.ACCEPT)

Sure = tuple[str, datetime, bool]
Window = tuple[datetime, datetime | None]


def _clock(span: str) -> tuple[int, int, bool] | None:
    """The one marked clock in ``span``: (hour, minute, whether the half of the day is open)."""
    marked = [m for m in _CLOCK.finditer(span) if m.group(2) or m.group(3) or m.group(4)]
    if len(marked) != 1:
        return None
    hour, minute = int(marked[0].group(1)), int(marked[0].group(2) or 0)
    half = (marked[0].group(3) or "").lower()
    if hour > 23 or minute > 59 or (half and not 1 <= hour <= 12):
        return None
    if half:
        return hour % 12 + (12 if half == "p" else 0), minute, False
    return hour, minute, not marked[0].group(4) and hour <= 12


def _agrees(span: str, when: datetime, base: datetime) -> bool:
    """Whether dateparser's ``when`` is what ``span`` says, by its own words."""
    clock = _clock(span)
    words = [w.lower() for w in _WORD.findall(span)]
    if clock is None or _JOINS.intersection(words) or not base <= when <= base + _HORIZON:
        return False
    cycle = 12 if clock[2] else 24
    days = [WEEKDAYS[w] for w in words if w in WEEKDAYS]
    months = [MONTHS[w] for w in words if w in MONTHS]
    numbers = {int(n) for n in _NUMBER.findall(_CLOCK.sub(" ", span))}
    return (
        bool(days or months)
        and when.hour % cycle == clock[0] % cycle
        and when.minute == clock[1]
        and all(d == when.weekday() for d in days)
        and all(m == when.month for m in months)
        and (not numbers or when.day in numbers)
    )


def sure_times(text: str, language: str, ref: datetime) -> list[Sure]:
    """Times dateparser finds in ``text`` that its words bear out, naive, on the writer's clock."""
    if language not in _LANGUAGES:
        return []
    base = ref.replace(tzinfo=None)
    found = search_dates(
        text, languages=[language], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"}
    )
    sure = []
    for span, when in found or ():
        naive = when.replace(tzinfo=None)
        clock = _clock(span)
        if clock is not None and _agrees(span, naive, base):
            sure.append((span, naive, clock[2]))
    return sure


def _inside(when: datetime, start: datetime, end: datetime | None) -> bool:
    first = start.replace(tzinfo=None)
    last = end.replace(tzinfo=None) if end is not None else first
    return first <= when < max(last, first + timedelta(minutes=1))


def unmatched(sure: Iterable[Sure], read: Iterable[Window]) -> list[str]:
    """The spans of ``sure`` that fall in none of the windows ``read``."""
    windows = list(read)
    return [
        span
        for span, when, open_half in sure
        if not any(
            _inside(at, start, end)
            for start, end in windows
            for at in ((when, when + _HALF_DAY) if open_half else (when,))
        )
    ]


def disagreement(verdict: Verdict, written: datetime | None, windows: list[Window]) -> list[str]:
    """The sure times of the reply's own words that ``windows`` and the reader's roles miss."""
    answer = before_closing(verdict.reply_text)
    language = language_of(answer)
    if language is None or written is None or written.tzinfo is None:
        return []
    # The times it gave another role (refused, the old slot, a restatement); the offered and
    # accepted ones are ``windows``.
    roles = [
        (n.window.start, n.window.end)
        for n in verdict.time_notes
        if n.role not in ("offered", "accepted")
    ]
    return unmatched(sure_times(answer, language or "en", written), windows + roles)


def _written(raw: bytes) -> datetime | None:
    from workflows.understanding.message import parse_message

    return parse_message(raw).date


def history(min_offers: int) -> None:
    caught = scope = total = 0
    seen: set[Path] = set()
    for baseline in sorted(DATA.glob("replies_blind*/BASELINE.txt")):
        first = baseline.read_text("utf-8").split("# the same moment")[0]
        for name in re.findall(r"^CERTAIN BUT WRONG (\S+)", first, re.M):
            miss = re.search(
                rf"^MISS {re.escape(name)} proposed_times: expected .*, got (.*)$", first, re.M
            )
            path = baseline.parent / name
            if miss is None or path in seen:
                continue
            seen.add(path)
            total += 1
            got = [
                (datetime.fromisoformat(w["start"]), datetime.fromisoformat(w["end"]))
                for w in ast.literal_eval(miss.group(1))
            ]
            if len(got) < max(min_offers, 1):
                print(f"out of scope ({len(got)} windows)  {path.parent.name}/{name}")
                continue
            scope += 1
            raw = path.read_bytes()
            verdict = understand(raw, tz=UTC, meeting_length=MEETING)
            off = disagreement(verdict, _written(raw), list(got))
            caught += bool(off)
            print(f"{'CAUGHT' if off else 'not':6} {path.parent.name}/{name} {off}")
    print(f"caught {caught} of {scope} in scope ({total} certain-but-wrong time readings)")


def _sets() -> Iterator[tuple[Path, tzinfo]]:
    blinds = sorted(DATA.glob("replies_blind*"), key=lambda p: int(p.name[len("replies_blind") :]))
    for folder in [DATA / "replies", DATA / "replies_heldout", DATA / "replies_causes", *blinds]:
        if not (folder / "labels.json").exists():
            continue
        yield folder, UTC
        readme = folder / "README.md"
        said = re.search(
            r"User zone: *`?([A-Za-z_]+/[A-Za-z_/]+)",
            readme.read_text("utf-8") if readme.exists() else "",
        )
        if said:
            yield folder, ZoneInfo(said.group(1))


def cost(min_offers: int) -> None:
    lost = wrong_doubted = certain = 0
    for folder, tz in _sets():
        labels = json.loads((folder / "labels.json").read_text("utf-8"))
        for name, expected in sorted(labels.items()):
            raw = (folder / name).read_bytes()
            verdict = understand(raw, tz=tz, meeting_length=MEETING)
            if not verdict.certain:
                continue
            certain += 1
            windows = [(w.start, w.end) for w in verdict.proposed_times]
            if verdict.intent not in _TIME_INTENTS or len(windows) < max(min_offers, 1):
                continue
            # Every time the reader read in the reply, as the reader itself would check them.
            read = windows + [(n.window.start, n.window.end) for n in verdict.time_notes]
            off = disagreement(verdict, _written(raw), read)
            if not off:
                continue
            actual = verdict.to_json()
            right = all(SAME[k](expected[k], actual[k]) for k in ("intent", "proposed_times"))
            lost += right
            wrong_doubted += not right
            print(f"{'RIGHT' if right else 'WRONG'} {folder.name} {tz} {name} {len(windows)} {off}")
    print(f"{certain} certain readings: {lost} right doubted, {wrong_doubted} wrong doubted")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("measure", choices=("history", "cost"))
    parser.add_argument("--min-offers", type=int, default=1)
    args = parser.parse_args()
    (history if args.measure == "history" else cost)(args.min_offers)


if __name__ == "__main__":
    main()
