"""Round 49: the wording families behind replies_blind49's four certain-but-wrong replies.

o05 "returning to the office Monday, March 22" with "spotty access to email"; p07 "by 12noon";
p12 "por la tarde, a partir de las 2"; p14 "la mattina presto, tipo 8:30". One table each.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import read_reply
from workflows.stages import Intent
from workflows.understanding.times import read_times

ROME = ZoneInfo("Europe/Rome")
# Tuesday 2 March 2027, 17:00: "Wednesday 10", "Thursday 11" are the coming ones.
NOW = datetime(2027, 3, 2, 17, 0, tzinfo=ROME)
AUTO = "Auto-Submitted: auto-replied\nPrecedence: auto_reply\n"
WRITTEN = "Mon, 08 Mar 2027 21:31:00 -0800"


def proposed(text: str) -> list[str]:
    reading = read_times(text, NOW, ROME, timedelta(minutes=30))
    return [f"{w.start:%a %d %H:%M}-{w.end:%H:%M}" for w in reading.proposed]


# A twelve glued to (or spaced from) "noon" is noon, whatever the word before it.
@pytest.mark.parametrize(
    ("text", "windows"),
    [
        (
            "Can we do Wednesday 17th by 12noon Lagos time or Thursday 18th by 4pm?",
            ["Wed 17 12:00-12:30", "Thu 18 16:00-16:30"],
        ),
        ("Could we do Wednesday 10 at 12midday?", ["Wed 10 12:00-12:30"]),
        ("Wednesday 10 at 12 noon works.", ["Wed 10 12:00-12:30"]),
        (
            "Wednesday 10 by 12 noon or Thursday at 3pm.",
            ["Wed 10 12:00-12:30", "Thu 11 15:00-15:30"],
        ),
        ("Thursday 11 by 12noon?", ["Thu 11 12:00-12:30"]),
        ("Can we do Wednesday 17th by noon?", ["Wed 17 12:00-12:30"]),
        ("Thursday 11, 12 Noon Lagos time.", ["Thu 11 12:00-12:30"]),
        # Near-misses: no noon, or a twelve that is a date.
        ("Wednesday 10 by 4pm works.", ["Wed 10 16:00-16:30"]),
        ("Our 12noon stand-up runs long most days.", []),
    ],
)
def test_twelve_noon(text: str, windows: list[str]) -> None:
    assert proposed(text) == windows


# A clock written right after a part of the day as its narrowing ("tipo", "say", "genre",
# "so gegen") is that clock, even just before the reader's bounds of the part.
@pytest.mark.parametrize(
    ("text", "windows"),
    [
        (
            "Potremmo fare martedì 9 marzo alle 11, oppure mercoledì 10 la mattina presto, tipo"
            " 8:30?",
            ["Tue 09 11:00-11:30", "Wed 10 08:30-09:00"],
        ),
        ("mercoledì 10 la mattina, verso le 8:30?", ["Wed 10 08:30-09:00"]),
        ("Wednesday 10 in the morning, say 8:30?", ["Wed 10 08:30-09:00"]),
        ("Wednesday 10 early morning, like 8:30?", ["Wed 10 08:30-09:00"]),
        ("mercredi 10 le matin, genre 8h30 ?", ["Wed 10 08:30-09:00"]),
        ("Mittwoch 10. morgens, so gegen 8:30?", ["Wed 10 08:30-09:00"]),
        # Near-misses: another day, "or", or a clock far from the part stay two offers.
        (
            "Wednesday 10 in the morning, or Thursday at 8:30?",
            ["Wed 10 09:00-12:00", "Thu 11 08:30-09:00"],
        ),
        ("Wednesday 10 in the morning or 7pm", ["Wed 10 09:00-12:00", "Wed 10 19:00-19:30"]),
        ("Wednesday 10 in the morning, 6am is fine", ["Wed 10 09:00-12:00", "Wed 10 06:00-06:30"]),
    ],
)
def test_part_narrowed_just_outside(text: str, windows: list[str]) -> None:
    assert proposed(text) == windows


# "a partir de las 2", "a partir das 2", "afternoon, from 2": the hour opens the part of day.
@pytest.mark.parametrize(
    ("text", "windows"),
    [
        (
            "¿Te vendría bien el jueves 11 por la tarde, a partir de las 2?",
            ["Thu 11 14:00-17:00"],
        ),
        ("el jueves 11 a partir de las 14?", ["Thu 11 14:00-17:00"]),
        ("quinta 11 à tarde, a partir das 2?", ["Thu 11 14:00-17:00"]),
        ("jeudi 11 l'après-midi, à partir de 14h ?", ["Thu 11 14:00-17:00"]),
        ("Donnerstag 11. nachmittags ab 14 Uhr?", ["Thu 11 14:00-17:00"]),
        ("Thursday 11 afternoon from 2pm?", ["Thu 11 14:00-17:00"]),
        # As "afternoon from 2" reads, with the comma.
        ("Thursday 11 afternoon, from 2?", ["Thu 11 14:00-14:30"]),
        ("Thursday 11 afternoon from 2?", ["Thu 11 14:00-14:30"]),
        # Near-misses: "apart from 2" counts calls; a bare "from 2" after no day or part.
        ("Thursday 11 afternoon, apart from 2 calls", ["Thu 11 13:00-17:00"]),
        ("Thursday 11 from 2 on", []),
    ],
)
def test_from_hour_in_part(text: str, windows: list[str]) -> None:
    assert proposed(text) == windows


# An auto-reply that names the return "to the office", or a patchy inbox, is an absence.
@pytest.mark.parametrize(
    ("body", "intent", "back"),
    [
        (
            "I'm at CERAWeek in Houston this week with spotty access to email. I'll be returning"
            " to the office Monday, March 22 and will get back to you then.",
            Intent.OUT_OF_OFFICE,
            date(2027, 3, 22),
        ),
        (
            "I'll be returning to the office Monday, March 22.",
            Intent.OUT_OF_OFFICE,
            date(2027, 3, 22),
        ),
        (
            "I am returning to my desk on Monday, March 22.",
            Intent.OUT_OF_OFFICE,
            date(2027, 3, 22),
        ),
        (
            "At a conference this week with patchy access to email.",
            Intent.OUT_OF_OFFICE,
            None,
        ),
        (
            "Travelling with intermittent access to e-mail until March 22.",
            Intent.OUT_OF_OFFICE,
            date(2027, 3, 23),
        ),
        ("Limited access to my inbox this week.", Intent.OUT_OF_OFFICE, None),
        (
            "Je suis de retour au bureau le lundi 22 mars.",
            Intent.OUT_OF_OFFICE,
            date(2027, 3, 22),
        ),
        (
            "Ich bin ab Montag, 22. März wieder im Büro.",
            Intent.OUT_OF_OFFICE,
            date(2027, 3, 22),
        ),
    ],
)
def test_returning_to_the_office(body: str, intent: Intent, back: date | None) -> None:
    verdict = read_reply(body, tz=UTC, date=WRITTEN, headers=AUTO)
    assert verdict.intent is intent
    assert verdict.return_date == back


# Near-misses: a person (no auto-reply headers) "returning to the office" offers nothing new.
@pytest.mark.parametrize(
    "body",
    [
        "Happy to chat! I'll be returning to the office Monday, so Tuesday 10am works.",
        "Spotty access to email this week, but Thursday at 3pm works.",
    ],
)
def test_person_returning_is_no_absence(body: str) -> None:
    verdict = read_reply(body, tz=UTC, date=WRITTEN)
    assert verdict.intent is not Intent.OUT_OF_OFFICE
