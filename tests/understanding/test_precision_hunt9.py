"""Precision hunt 9: dates that cannot be what they say.

A weekday beside a date it does not fall on, in any order and in short forms ("Di., 10.12.",
"December 10 (Tuesday)"); a day no month has ("31 April", "30/02", 29 February in no leap
year ahead); a day with no year that passed weeks before the reply ("December 3" written on
the 8th), or a year a January writer did not update; a clock named in words the reader cannot
place ("3pm America/Argentina", "GMT+24:00", "Narnia time"). Each is a doubt, never a silent
guess. Sentences of our own, each rule with near misses that keep their certain reading.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.understanding import Verdict

_NEW_YORK = ZoneInfo("America/New_York")

# Tuesday 8 December 2026: the 10th is a Thursday, the 11th a Friday, the 15th a Tuesday.
_DECEMBER = (
    "Tue, 8 Dec 2026 10:00:00 -0500",
    "\n\nOn Mon, Dec 7, 2026 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Could we talk for 30 minutes? Either of these would suit me:\n>\n"
    "> - Wednesday, December 9 at 10:00 am\n> - Thursday, December 10 at 2:00 pm\n>\n"
    "> (New York time)\n>\n> Ada\n",
)
# Tuesday 9 January 2029: the 12th is a Friday; 2029 is no leap year.
_JANUARY = (
    "Tue, 9 Jan 2029 10:00:00 -0500",
    "\n\nOn Mon, Jan 8, 2029 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Could we talk for 30 minutes? Either of these would suit me:\n>\n"
    "> - Wednesday, January 10 at 10:00 am\n> - Thursday, January 11 at 2:00 pm\n>\n"
    "> (New York time)\n>\n> Ada\n",
)


def _read(body: str, month: tuple[str, str] = _DECEMBER) -> Verdict:
    date, quote = month
    return read_reply(body, tz=_NEW_YORK, date=date, quote=quote)


@pytest.mark.parametrize(
    ("body", "month"),
    [
        ("Could we do Tuesday, December 10 at 3pm instead?", _DECEMBER),
        ("Could we do December 10 (Tuesday) at 3pm instead?", _DECEMBER),
        ("Could we do Dec 11, Thursday, at 3pm instead?", _DECEMBER),
        ("Could we do Mon. 12/15 at 3pm instead?", _DECEMBER),
        ("Could we do Tuesday 2026-12-10 at 3pm instead?", _DECEMBER),
        ("On pourrait faire mardi prochain 10 décembre à 15h ?", _DECEMBER),
        ("On pourrait faire jeudi 11 à 15h ?", _DECEMBER),
        ("¿Podemos hacerlo el jueves que viene 11 de diciembre a las 15h?", _DECEMBER),
        ("Können wir Di., 10.12., 15 Uhr machen?", _DECEMBER),
        ("Können wir Mo., 15.12. um 15 Uhr machen?", _DECEMBER),
        ("Possiamo fare martedì 10 dicembre alle 15?", _DECEMBER),
        ("Podemos fazer terça-feira, 10 de dezembro às 15h?", _DECEMBER),
        ("Kunnen we donderdag 11 december om 15:00 doen?", _DECEMBER),
        ("Could we do Jan 12 (Thursday) at 3pm instead?", _JANUARY),
        # A short weekday the reader does not read cannot settle the order of "12/01".
        ("On pourrait faire ven. 12/01 à 15h ?", _JANUARY),
        ("Podemos sex., 12/01 às 15h?", _JANUARY),
    ],
)  # fmt: skip
def test_a_weekday_beside_a_date_it_does_not_fall_on_is_doubted(
    body: str, month: tuple[str, str]
) -> None:
    verdict = _read(body, month)
    assert not verdict.certain
    assert "weekday_against_date" in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "Could we do the 29th of February at 3pm instead?",
        "Could we do June 31st at 3pm instead?",
        "Could we do Wednesday, February 30 at 3pm instead?",
        "On pourrait faire le 30 février à 15h ?",
        "¿Podemos el 30/02 a las 15h?",
        "Können wir am 31. November um 15 Uhr?",
        "Podemos no dia 31 de novembro às 15h?",
    ],
)
def test_a_day_no_month_has_is_doubted(body: str) -> None:
    verdict = _read(body)
    assert not verdict.certain
    assert "impossible_date" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "month", "code"),
    [
        ("Could we do December 3 at 3pm instead?", _DECEMBER, "date_just_past"),
        ("Could we do Jan 3rd at 3pm instead?", _JANUARY, "date_just_past"),
        ("On pourrait faire le 29 février à 15h ?", _JANUARY, "impossible_date"),
        # The year of last January, not updated: in the past, never read as a booking.
        ("Could we do Jan 12, 2028 at 3pm instead?", _JANUARY, "time_in_the_past"),
        ("On pourrait faire le 12 janvier 2028 à 15h ?", _JANUARY, "time_in_the_past"),
        ("Können wir am 12.01.2028 um 15 Uhr?", _JANUARY, "time_in_the_past"),
    ],
)  # fmt: skip
def test_a_day_already_past_is_doubted(body: str, month: tuple[str, str], code: str) -> None:
    verdict = _read(body, month)
    assert not verdict.certain
    assert code in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "Could we do Wednesday at 3pm America/Argentina instead?",
        "Could we do Wednesday at 3pm Europe/Londn instead?",
        "Could we do Wednesday at 3pm GMT+24:00 instead?",
        "Could we do Wednesday at 15:00 UTC-15 instead?",
        "Could we do Wednesday at 3pm UTC-13 instead?",
        "Could we do Wednesday at 3pm Narnia time instead?",
        "On pourrait faire mercredi à 15h heure du Golfe ?",
        "¿Podemos el miércoles a las 15h hora del Golfo?",
    ],
)
def test_a_clock_named_in_words_the_reader_cannot_place_is_doubted(body: str) -> None:
    verdict = _read(body)
    assert not verdict.certain
    assert "reply_zone_unread" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "month", "start"),
    [
        # The weekday and the date agree, in every order and form.
        ("Could we do Friday, December 11 at 3pm instead?", _DECEMBER, datetime(2026, 12, 11, 15)),
        ("Could we do Fri 12/11 at 3pm instead?", _DECEMBER, datetime(2026, 12, 11, 15)),
        ("On pourrait faire mardi prochain 15 décembre à 15h ?", _DECEMBER,
         datetime(2026, 12, 15, 15)),
        ("Können wir Fr., 11.12. um 15 Uhr machen?", _DECEMBER, datetime(2026, 12, 11, 15)),
        ("Kunnen we vrijdag 11 december om 15:00 doen?", _DECEMBER, datetime(2026, 12, 11, 15)),
        ("Could we do Fri. Jan 12 at 3pm instead?", _JANUARY, datetime(2029, 1, 12, 15)),
        ("Können wir Fr., 12.01. um 15 Uhr?", _JANUARY, datetime(2029, 1, 12, 15)),
        # A day that exists; a December reply's January is next year's.
        ("Could we do December 31 at 3pm instead?", _DECEMBER, datetime(2026, 12, 31, 15)),
        ("Could we do Tuesday, January 5 at 3pm instead?", _DECEMBER, datetime(2027, 1, 5, 15)),
        ("Could we do February 28 at 3pm instead?", _JANUARY, datetime(2029, 2, 28, 15)),
        ("Could we do January 12, 2029 at 3pm instead?", _JANUARY, datetime(2029, 1, 12, 15)),
        # A past day in a sentence of its own is no offer's.
        ("Could we do Friday at 3pm instead? Last time we met was December 3.", _JANUARY,
         datetime(2029, 1, 12, 15)),
        # Clocks the reader knows.
        ("Could we do Friday at 12pm America/Los_Angeles instead?", _DECEMBER,
         datetime(2026, 12, 11, 15)),
        ("Could we do Friday at 9pm GMT+1 instead?", _DECEMBER, datetime(2026, 12, 11, 15)),
        ("Could we do Friday at 3pm New York time instead?", _DECEMBER,
         datetime(2026, 12, 11, 15)),
        ("Could we do Wednesday at 3pm Gulf time instead?", _DECEMBER, datetime(2026, 12, 9, 6)),
    ],
)  # fmt: skip
def test_near_misses_keep_their_certain_reading(
    body: str, month: tuple[str, str], start: datetime
) -> None:
    verdict = _read(body, month)
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, _NEW_YORK) == [start]
