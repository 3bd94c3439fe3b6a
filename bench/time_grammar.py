"""Compare time grammars on the constructions issue 10 names: ours, dateparser, Duckling.

Each case is one sentence, a reference time and the windows a person reads
in it. A grammar scores a case when the starts it finds (and, where it
gives them, the ends) are exactly the expected ones. dateparser and Duckling
are optional: each is run when it imports, else reported as unavailable.
Prints a per-construction table and the totals that EVALUATION.md records.

    .venv/bin/python bench/time_grammar.py
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from workflows.understanding.times import find_windows

NY = ZoneInfo("America/New_York")
# Monday 7 December 2026, 9:00 in New York.
REF = datetime(2026, 12, 7, 9, 0, tzinfo=NY)
HALF_HOUR = timedelta(minutes=30)

Window = tuple[str, str | None]
CASES: list[tuple[str, str, list[Window]]] = [
    ("at 8pm", "Could we talk tomorrow at 8pm?", [("2026-12-08T20:00-05:00", None)]),
    ("at 6am + zone", "Tomorrow at 6am PT works.", [("2026-12-08T06:00-08:00", None)]),
    ("zone name after", "Thursday at 1pm Pacific works.", [("2026-12-10T13:00-08:00", None)]),
    (
        "range 3-3:30",
        "Tues 3-3:30 is open.",
        [("2026-12-08T15:00-05:00", "2026-12-08T15:30-05:00")],
    ),
    (
        "range 2-4pm",
        "I'm free Thu 2-4pm.",
        [("2026-12-10T14:00-05:00", "2026-12-10T16:00-05:00")],
    ),
    (
        "midnight crossing",
        "Friday 11pm-12:30am ET is my best window.",
        [("2026-12-11T23:00-05:00", "2026-12-12T00:30-05:00")],
    ),
    ("half past", "Thursday at half past two?", [("2026-12-10T14:30-05:00", None)]),
    (
        "weekday run + range",
        "Monday through Wednesday 9-11 I'm around.",
        [(f"2026-12-{d}T09:00-05:00", f"2026-12-{d}T11:00-05:00") for d in (14, 15, 16)],
    ),
    (
        "one qualifier over a list",
        "Next week, Tue or Thu at 10 ET?",
        [("2026-12-15T10:00-05:00", None), ("2026-12-17T10:00-05:00", None)],
    ),
    (
        "late Thursday",
        "Late Thursday is best for me.",
        [("2026-12-10T15:00-05:00", "2026-12-10T17:00-05:00")],
    ),
    (
        "same time, next sentence",
        "Tuesday at 11am could work. Otherwise same time on Thursday.",
        [("2026-12-08T11:00-05:00", None), ("2026-12-10T11:00-05:00", None)],
    ),
    ("24h + zone", "Thursday 15:00 CET works for me.", [("2026-12-10T15:00+01:00", None)]),
    ("French", "Jeudi 10 décembre à 15h ?", [("2026-12-10T15:00-05:00", None)]),
    ("Spanish", "¿El jueves a las 10?", [("2026-12-10T10:00-05:00", None)]),
    ("German", "Donnerstag um 15 Uhr?", [("2026-12-10T15:00-05:00", None)]),
    ("Italian", "Giovedì alle 15 va bene?", [("2026-12-10T15:00-05:00", None)]),
    ("Portuguese", "Quinta-feira às 15h?", [("2026-12-10T15:00-05:00", None)]),
    ("Dutch", "Donderdag om 15:00?", [("2026-12-10T15:00-05:00", None)]),
    ("month day", "How about December 10 at 1:30 PM?", [("2026-12-10T13:30-05:00", None)]),
    ("bare 'at 3'", "Could we do Wednesday at 3?", [("2026-12-09T15:00-05:00", None)]),
]

Found = list[tuple[datetime, datetime | None]]


def ours(text: str) -> Found:
    return [(w.start, w.end) for w in find_windows(text, REF, NY, HALF_HOUR)]


def _dateparser() -> Callable[[str], Found] | None:
    if importlib.util.find_spec("dateparser") is None:
        return None
    from dateparser.search import search_dates

    settings = {
        "RELATIVE_BASE": REF.replace(tzinfo=None),
        "PREFER_DATES_FROM": "future",
        "TIMEZONE": "America/New_York",
        "RETURN_AS_TIMEZONE_AWARE": True,
    }

    def run(text: str) -> Found:
        found = search_dates(text, settings=settings) or []  # type: ignore[arg-type]
        return [(when, None) for _, when in found]

    return run


def _duckling() -> Callable[[str], Found] | None:
    if importlib.util.find_spec("duckling") is None:
        return None
    import duckling  # type: ignore[import-not-found]

    context = duckling.Context(REF, duckling.load_time_zones("/usr/share/zoneinfo"))

    def run(text: str) -> Found:
        parsed = duckling.parse(text, context, [duckling.parse_dimensions(["time"])], False)
        found: Found = []
        for entity in parsed:
            value = entity["value"]
            if value.get("type") == "interval":
                start = value.get("from", {}).get("value")
                end = value.get("to", {}).get("value")
                if start:
                    found.append(
                        (
                            datetime.fromisoformat(start),
                            datetime.fromisoformat(end) if end else None,
                        )
                    )
            elif value.get("value"):
                found.append((datetime.fromisoformat(value["value"]), None))
        return found

    return run


def _right(expected: list[Window], found: Found) -> bool:
    starts = sorted(datetime.fromisoformat(s) for s, _ in expected)
    if sorted(s for s, _ in found) != starts:
        return False
    ends = {datetime.fromisoformat(s): e for s, e in expected}
    return all(
        end is None or ends[start] is None or datetime.fromisoformat(ends[start]) == end
        for start, end in found
    )


def main() -> None:
    grammars = {"ours": ours, "dateparser": _dateparser(), "duckling": _duckling()}
    print(f"{'construction':<28}" + "".join(f"{name:>12}" for name in grammars))
    totals = dict.fromkeys(grammars, 0)
    for construction, text, expected in CASES:
        row = f"{construction:<28}"
        for name, grammar in grammars.items():
            if grammar is None:
                row += f"{'n/a':>12}"
                continue
            ok = _right(expected, grammar(text))
            totals[name] += ok
            row += f"{'yes' if ok else 'no':>12}"
        print(row)
    print(
        f"{'total of ' + str(len(CASES)):<28}"
        + "".join(f"{totals[name] if grammars[name] else 'n/a':>12}" for name in grammars)
    )


if __name__ == "__main__":
    main()
