"""Precision hunt 14: ranges and short forms in seven languages.

Replies of our own, written on Monday 7 December 2026, that the reader read certain and wrong:
a short weekday of another language ("gio", "vie", "Fr", "vr", "sex") before a clock in a
question or beside a no, a month-named date with no time in a question, a yes by weekday
alone to two offers, lowercase "mon" before an English clock, "fri 11/12" (a Friday in both
orders), ranges to or from "midi", and bare ranges over before the working day ("8-9").
Near misses keep their reading.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_OFFSETS = {"America/New_York": "-0500", "America/Sao_Paulo": "-0300"}
_NY = "America/New_York"
_PA = "Europe/Paris"
_MA = "Europe/Madrid"
_BE = "Europe/Berlin"
_RO = "Europe/Rome"
_SP = "America/Sao_Paulo"
_AM = "Europe/Amsterdam"
_ASKS = (
    "\n\nOn Mon, Dec 7, 2026 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai, would you have 30 minutes for a coffee chat in the next weeks?\n"
)
# The user's two offers, Wednesday 9 at 10 and Thursday 10 at 14:00, in each language.
_OFFERS = {
    _NY: "\n\nOn Mon, Dec 7, 2026 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai, would Wednesday 9 December at 10am or Thursday 10 December at 2pm work?\n",
    _PA: "\n\nLe lun. 7 déc. 2026 à 09:00, Ada Obi <ada@example.com> a écrit :\n"
    "> Bonjour Kai, seriez-vous dispo mercredi 9/12 à 10h ou jeudi 10/12 à 14h ?\n",
    _MA: "\n\nEl lun, 7 dic 2026 a las 9:00, Ada Obi <ada@example.com> escribió:\n"
    "> Hola Kai, ¿miércoles 9 a las 10 o jueves 10 a las 14?\n",
    _BE: "\n\nAm Mo., 7. Dez. 2026 um 09:00 schrieb Ada Obi <ada@example.com>:\n"
    "> Hallo Kai, Mittwoch 9. um 10 Uhr oder Donnerstag 10. um 14 Uhr?\n",
    _RO: "\n\nIl giorno lun 7 dic 2026 alle ore 09:00 Ada Obi <ada@example.com> ha scritto:\n"
    "> Ciao Kai, mercoledì 9 alle 10 o giovedì 10 alle 14?\n",
    _SP: "\n\nEm seg., 7 de dez. de 2026 às 09:00, Ada Obi <ada@example.com> escreveu:\n"
    "> Oi Kai, quarta 9 às 10h ou quinta 10 às 14h?\n",
    _AM: "\n\nOp ma 7 dec 2026 om 09:00 schreef Ada Obi <ada@example.com>:\n"
    "> Hoi Kai, woensdag 9 om 10 uur of donderdag 10 om 14 uur?\n",
}


def _read(zone: str, body: str, quote: str = _ASKS) -> tuple[Verdict, ZoneInfo]:
    tz = ZoneInfo(zone)
    date = f"Mon, 7 Dec 2026 10:00:00 {_OFFSETS.get(zone, '+0100')}"
    return read_reply(body, tz=tz, date=date, quote=quote), tz


def _windows(verdict: Verdict, tz: ZoneInfo) -> list[tuple[datetime, datetime]]:
    return [
        (w.start.astimezone(tz).replace(tzinfo=None), w.end.astimezone(tz).replace(tzinfo=None))
        for w in verdict.proposed_times
    ]


def _dec(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute)


@pytest.mark.parametrize(
    ("zone", "body"),
    [
        # A short weekday the grammar does not read alone, before a clock, in a question.
        (_RO, "gio 10 alle 15?"),
        (_MA, "vie 11 a las 10, ¿te va?"),
        (_AM, "do 10 van 14 tot 16?"),
        (_BE, "Do 10. von 14 bis 16?"),
        (_SP, "qui 10 das 14 às 16?"),
        # ... after a no to the user's offers.
        (_MA, "Ninguno me va, ¿vie de 10 a 11?"),
        (_BE, "Beides geht nicht, aber Fr von 10 bis 11?"),
        (_RO, "Nessuno dei due, ven dalle 10 alle 11?"),
        (_SP, "Nenhum dos dois, sex das 10 às 11?"),
        # A date named by its month, with no time, in a question.
        (_NY, "How about Mar 10?"),
        (_NY, "Could we aim for Jan 12?"),
        (_PA, "Pourquoi pas le 14 décembre ?"),
    ],
)
def test_a_question_naming_a_short_weekday_or_a_date_is_doubted(zone: str, body: str) -> None:
    verdict, _ = _read(zone, body)
    assert not verdict.certain
    assert "question_beside_time" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("zone", "body"),
    [
        (_RO, "gio no, ven alle 11?"),
        (_MA, "mié no puedo, vie a las 11?"),
        (_SP, "qui não consigo, sex às 11?"),
        (_BE, "Mi geht nicht, Fr um 11?"),
        (_AM, "do lukt niet, vr om 11?"),
    ],
)
def test_a_no_with_a_short_weekday_and_a_clock_after_it_is_doubted(zone: str, body: str) -> None:
    verdict, _ = _read(zone, body, _OFFERS[zone])
    assert not verdict.certain
    assert "question_beside_time" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("zone", "body"),
    [
        (_NY, "Wednesday no; Thursday yes!"),
        (_NY, "Wednesday no - Thursday yes :)"),
        (_SP, "Qua não, qui sim!"),
    ],
)
def test_a_yes_by_weekday_alone_to_two_offers_is_no_pick(zone: str, body: str) -> None:
    verdict, _ = _read(zone, body, _OFFERS[zone])
    assert not verdict.certain
    assert "pick_without_time" in doubt_codes(verdict)


_FRI_3PM = (_dec(11, 15), _dec(11, 15, 30))
_MON_11AM = (_dec(14, 11), _dec(14, 11, 30))


@pytest.mark.parametrize(
    ("body", "windows"),
    [
        ("fri 3pm or mon 11am?", [_FRI_3PM, _MON_11AM]),
        ("cant do wed but fri 3pm or mon 11am?", [_FRI_3PM, _MON_11AM]),
        ("mon 11am works for me", [_MON_11AM]),
        # Near miss: "mon at 11" was read before.
        ("mon at 11am?", [_MON_11AM]),
    ],
)
def test_lowercase_mon_before_an_english_clock_is_monday(
    body: str, windows: list[tuple[datetime, datetime]]
) -> None:
    verdict, tz = _read(_NY, body)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert verdict.certain, doubt_codes(verdict)
    assert _windows(verdict, tz) == windows


@pytest.mark.parametrize(
    ("zone", "body", "quote"),
    [
        (_NY, "fri 11/12 at 3pm?", _ASKS),
        (_NY, "How about Fri 11/12, 3 pm?", _ASKS),
        (_NY, "thu no good, fri 11/12 at 3pm?", _OFFERS[_NY]),
        # The thread writes its dates day first, against the offset's guess.
        (_NY, "Fri 11/12 at 3pm works for me", _OFFERS[_PA]),
    ],
)
def test_a_weekday_true_of_both_orders_leaves_the_far_one_doubted(
    zone: str, body: str, quote: str
) -> None:
    verdict, _ = _read(zone, body, quote)
    assert not verdict.certain
    assert "two_readings_of_time" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("zone", "body", "quote", "start"),
    [
        # The offset's order reads the near date.
        (_PA, "ven 11/12 à 15h ?", _ASKS, _dec(11, 15)),
        (_NY, "fri 12/11 at 3pm?", _ASKS, _dec(11, 15)),
        # The thread's dates are written in the offset's order.
        (
            _NY,
            "fri 11/12 at 3pm?",
            "\n\nOn Mon, Dec 7, 2026 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
            "> Would Tuesday 12/15 at 10am work?\n",
            datetime(2027, 11, 12, 15),
        ),
    ],
)
def test_a_weekday_true_of_both_orders_keeps_a_near_or_settled_reading(
    zone: str, body: str, quote: str, start: datetime
) -> None:
    verdict, tz = _read(zone, body, quote)
    assert verdict.certain, doubt_codes(verdict)
    assert [s for s, _ in _windows(verdict, tz)] == [start]


@pytest.mark.parametrize(
    ("zone", "body", "window"),
    [
        (_PA, "Je peux jeudi de 10h à midi.", (_dec(10, 10), _dec(10, 12))),
        (_PA, "Jeudi midi-14h ?", (_dec(10, 12), _dec(10, 14))),
        (_PA, "Jeudi entre midi et 14h ?", (_dec(10, 12), _dec(10, 14))),
        (_PA, "jeudi 11h30-midi ?", (_dec(10, 11, 30), _dec(10, 12))),
        (_MA, "El jueves de 10 a mediodía, ¿te va?", (_dec(10, 10), _dec(10, 12))),
        (_BE, "Donnerstag von 10 bis Mittag?", (_dec(10, 10), _dec(10, 12))),
        # Near misses: the 10th at noon; an English noon range.
        (_PA, "Je peux jeudi 10 à midi.", (_dec(10, 12), _dec(10, 12, 30))),
        (_NY, "Thursday 10 to noon?", (_dec(10, 10), _dec(10, 12))),
    ],
)
def test_a_range_to_or_from_noon_is_one_window(
    zone: str, body: str, window: tuple[datetime, datetime]
) -> None:
    verdict, tz = _read(zone, body)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert verdict.certain, doubt_codes(verdict)
    assert _windows(verdict, tz) == [window]


@pytest.mark.parametrize(
    ("zone", "body"),
    [
        (_NY, "Thursday 8-9?"),
        (_NY, "Thursday 7-8?"),
        (_NY, "I'm free Friday from 7 to 8."),
        (_PA, "Jeudi 8-9 ?"),
    ],
)
def test_a_bare_range_over_before_the_working_day_reads_two_ways(zone: str, body: str) -> None:
    verdict, _ = _read(zone, body)
    assert not verdict.certain
    assert "two_readings_of_time" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("zone", "body", "window"),
    [
        (_NY, "Thursday 8-10?", (_dec(10, 8), _dec(10, 10))),
        (_NY, "Thursday 8-9am?", (_dec(10, 8), _dec(10, 9))),
        (_NY, "Thursday 8:30-9:30?", (_dec(10, 8, 30), _dec(10, 9, 30))),
        (_PA, "Jeudi 8h-9h ?", (_dec(10, 8), _dec(10, 9))),
        (_BE, "Donnerstag 8 bis 9 Uhr?", (_dec(10, 8), _dec(10, 9))),
        (_NY, "Thursday 10-12 works for me.", (_dec(10, 10), _dec(10, 12))),
        (_RO, "Giovedì dalle 10 alle 12 sono libero.", (_dec(10, 10), _dec(10, 12))),
        (_SP, "Quinta das 10h às 12h, pode ser?", (_dec(10, 10), _dec(10, 12))),
        (_AM, "Donderdag van 10 tot 12 uur kan ik.", (_dec(10, 10), _dec(10, 12))),
    ],
)
def test_ranges_that_read_one_way_keep_their_window(
    zone: str, body: str, window: tuple[datetime, datetime]
) -> None:
    verdict, tz = _read(zone, body)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert verdict.certain, doubt_codes(verdict)
    assert _windows(verdict, tz) == [window]


@pytest.mark.parametrize(
    ("zone", "body", "intent"),
    [
        # A question with no day or clock, or a short form that is a word.
        (_NY, "What do you want to discuss?", Intent.OTHER),
        (_PA, "Qui d'autre sera là ?", Intent.OTHER),
        # A named day picks the user's offer on it.
        (_NY, "Thursday works!", Intent.ACCEPT),
        (_NY, "wed no. thursday yes", Intent.ACCEPT),
        (_PA, "Jeudi me convient.", Intent.ACCEPT),
    ],
)
def test_near_misses_stay_certain(zone: str, body: str, intent: Intent) -> None:
    verdict, _ = _read(zone, body, _OFFERS[zone] if intent is Intent.ACCEPT else _ASKS)
    assert verdict.intent is intent
    assert verdict.certain, doubt_codes(verdict)
