"""Round 29: a refused day, a blank line, then a clock offered with no day.

"Tuesday at 2 I can't.\\n\\nHow about 3:30?": the clock may be for the refused day or for any
day, so it is read for the day of the paragraph before, as a guess (never a certain decline
with no time). A conflict named after the blank line still offers nothing, and a sign-off
paragraph is no offer. Sentences of our own, in seven languages, with near misses.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_OFFSETS = {"America/New_York": "-0400", "America/Sao_Paulo": "-0300"}
_TUESDAY_1530 = datetime(2028, 3, 14, 15, 30)


def _read(zone: str, body: str) -> tuple[Verdict, ZoneInfo]:
    """The verdict for a user in ``zone`` on a reply sent from that zone on Monday 13 March 2028."""
    tz = ZoneInfo(zone)
    date = f"Mon, 13 Mar 2028 10:00:00 {_OFFSETS.get(zone, '+0100')}"
    return read_reply(body, tz=tz, date=date), tz


_OFFERED_AFTER_BREAK = [
    ("Europe/Madrid", "Martes a las 14 no puedo.\n\n¿Qué tal a las 15:30?\n\nAna"),
    ("America/New_York", "Tuesday at 2pm doesn't work for me.\n\nHow about 3:30pm?\n\nKai"),
    ("Europe/Berlin", "Dienstag um 14 Uhr geht leider nicht.\n\nWie wäre es um 15:30?\n\nKai"),
    ("Europe/Paris", "Mardi à 14h je ne peux pas.\n\nEst-ce que 15h30 vous irait ?\n\nKai"),
    ("Europe/Rome", "Martedì alle 14 non posso.\n\nChe ne dici delle 15:30?\n\nKai"),
    ("America/Sao_Paulo", "Terça às 14h não consigo.\n\nQue tal às 15h30?\n\nKai"),
    ("Europe/Amsterdam", "Dinsdag om 14 uur kan ik niet.\n\nWat dacht je van 15:30?\n\nKai"),
]


@pytest.mark.parametrize(("zone", "body"), _OFFERED_AFTER_BREAK)
def test_a_clock_offered_after_a_blank_line_is_a_guess_for_the_refused_day(
    zone: str, body: str
) -> None:
    verdict, tz = _read(zone, body)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert not verdict.certain
    assert "two_readings_of_time" in doubt_codes(verdict)
    assert local_starts(verdict, tz) == [_TUESDAY_1530]


_NOT_OFFERED = [
    # a conflict named after the blank line
    ("Europe/Madrid", "Martes a las 14 no puedo.\n\nA las 15:30 tengo médico.\n\nAna"),
    (
        "Europe/Berlin",
        "Dienstag um 14 Uhr geht leider nicht.\n\nUm 16 Uhr bin ich beim Arzt.\n\nKai",
    ),
    ("Europe/Rome", "Martedì alle 14 non posso.\n\nAlle 16 ho il dentista.\n\nKai"),
    # a sign-off paragraph
    ("Europe/Madrid", "Martes a las 14 no puedo.\n\nUn saludo,\nAna"),
    ("Europe/Paris", "Mardi à 14h je ne peux pas.\n\nBien à vous,\nKai"),
    ("America/Sao_Paulo", "Terça às 14h não consigo.\n\nAbraços,\nKai"),
]


@pytest.mark.parametrize(("zone", "body"), _NOT_OFFERED)
def test_no_offer_after_the_blank_line_keeps_a_certain_decline(zone: str, body: str) -> None:
    verdict, tz = _read(zone, body)
    assert verdict.intent is Intent.DECLINE
    assert verdict.certain
    assert local_starts(verdict, tz) == []


@pytest.mark.parametrize(
    ("zone", "body"),
    [
        ("Europe/Madrid", "Martes a las 14 no puedo.\n¿Qué tal a las 15:30?\n\nAna"),
        ("Europe/Berlin", "Dienstag um 14 Uhr geht leider nicht.\nWie wäre es um 15:30?\n\nKai"),
        ("Europe/Amsterdam", "Dinsdag om 14 uur kan ik niet. Wat dacht je van 15:30?\n\nKai"),
    ],
)
def test_the_same_paragraph_still_carries_the_day_certainly(zone: str, body: str) -> None:
    verdict, tz = _read(zone, body)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert verdict.certain
    assert local_starts(verdict, tz) == [_TUESDAY_1530]
