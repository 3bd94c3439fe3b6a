"""Round 28 (times): a clock on the line after a refused time, and the spaced "15 h 30".

A sentence that ends its line leaves an empty span before the next line; that gap no longer
drops the refused day, so "Tuesday at 2 can't.\\nHow about 3:30?" in any language offers 3:30
on Tuesday (a conflict on the next line offers nothing). "15 h 30", the French typographers'
spacing, is half past three, not three. Sentences of our own, each rule with near misses.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_QUOTE = (
    "\n\nOn Mon, Feb 5, 2029 at 9:05 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work for you?\n>\n"
    ">  - Tuesday, Feb 6 at 2 PM\n>  - Thursday, Feb 8 at 10:30 AM\n>\n> Ada\n"
)


def _read(body: str, zone: str) -> Verdict:
    tz = ZoneInfo(zone)
    offset = datetime(2029, 2, 5, tzinfo=tz).strftime("%z")
    return read_reply(body, tz=tz, date=f"Mon, 5 Feb 2029 10:00:00 {offset}", quote=_QUOTE)


@pytest.mark.parametrize(
    ("body", "zone"),
    [
        ("Dienstag um 14 Uhr geht bei mir leider nicht, da habe ich einen Termin.\n"
         "Wie wäre es um 15:30 Uhr? Donnerstag bin ich unterwegs.", "America/New_York"),
        ("Martes a las 14 no puedo, tengo una reunión.\n¿Qué tal a las 15:30?",
         "America/Mexico_City"),
        ("Dinsdag om 14 uur lukt me helaas niet.\nKan het om 15:30?", "Europe/Amsterdam"),
        ("Martedì alle 14 purtroppo non riesco.\nChe ne dici delle 15:30?", "Europe/Rome"),
    ],
)  # fmt: skip
def test_a_clock_on_the_line_after_a_refused_time_is_offered_on_that_day(
    body: str, zone: str
) -> None:
    verdict = _read(body, zone)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, ZoneInfo(zone)) == [datetime(2029, 2, 6, 15, 30)]


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: the next line names the clock of another conflict, not an offer.
        "Dienstag um 14 Uhr geht leider nicht.\nUm 15:30 Uhr habe ich einen Zahnarzttermin.",
        "Tuesday at 2 doesn't work for me.\nAt 3:30 I have a dentist appointment.",
        "Martes a las 14 no puedo.\nA las 15:30 tengo otra reunión.",
    ],
)
def test_a_conflict_on_the_next_line_offers_nothing(body: str) -> None:
    assert _read(body, "America/New_York").proposed_times == ()


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Mardi à 14 h, ce n'est pas possible. Le même jour à 15 h 30 ?",
         datetime(2029, 2, 6, 15, 30)),
        ("Mardi à 14 h je ne peux pas ; mardi à 16 h 45, ça vous irait ?",
         datetime(2029, 2, 6, 16, 45)),
        ("El martes a las 14 no puedo. ¿El martes a las 17 h 15?", datetime(2029, 2, 6, 17, 15)),
    ],
)  # fmt: skip
def test_a_spaced_hour_and_minutes_is_one_clock(body: str, start: datetime) -> None:
    verdict = _read(body, "America/Toronto")
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, ZoneInfo("America/Toronto")) == [start]


@pytest.mark.parametrize(
    ("body", "start"),
    [
        # Near misses: a spaced hour alone keeps its hour; the joined form reads the same.
        ("Mardi à 15 h, ce serait parfait pour moi ?", datetime(2029, 2, 6, 15, 0)),
        ("Mardi à 16 h 15, c'est possible ?", datetime(2029, 2, 6, 16, 15)),
    ],
)  # fmt: skip
def test_a_spaced_hour_alone_or_with_minutes_keeps_its_hour(body: str, start: datetime) -> None:
    verdict = _read(body, "America/Toronto")
    assert local_starts(verdict, ZoneInfo("America/Toronto")) == [start]
    assert verdict.certain, doubt_codes(verdict)
