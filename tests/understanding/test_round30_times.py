"""Round 30: times written the way French and German mail writes them, and picks on a new date.

Québec's "avant-midi" is a morning, not noon; "14 h" written apart is a clock after a day or a
cue ("Demain 8 h"), a length after "de" or "max"; "même heure, soit 15 h" says which time is
the same; a part of the day is no time for "same time" to repeat; a weekday abbreviation ends
its sentence before a capital ("out Wed-Fri. I could …"); "Brüsseler Zeit" is Brussels' clock;
and a time on the user's weekday and instant but on another clock and date is a new offer, not
a slip. Sentences of our own, in the seven languages, with near misses.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_OFFSETS = {
    "America/New_York": "-0400",
    "America/Toronto": "-0400",
    "America/Sao_Paulo": "-0300",
}


def _read(zone: str, body: str, quote: str = "") -> tuple[Verdict, ZoneInfo]:
    """The verdict for a user in ``zone`` on a reply sent from that zone on Monday 13 March 2028."""
    tz = ZoneInfo(zone)
    date = f"Mon, 13 Mar 2028 10:00:00 {_OFFSETS.get(zone, '+0100')}"
    return read_reply(body, tz=tz, date=date, quote=quote), tz


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2028, 3, day, hour, minute)


# A part of the day whose name holds the noon word, or a "before noon": a window, not noon.
_NOT_NOON = [
    ("America/Toronto", "Mardi 14 en fin d'avant-midi, ça te va ?", 10, 12),
    ("America/Toronto", "Mardi 14 dans l'avant-midi, ça te va ?", 9, 12),
    ("Europe/Paris", "Mardi 14 en après midi, ça vous irait ?", 13, 17),
    ("Europe/Madrid", "¿Te va el martes 14 antes del mediodía?", 9, 12),
    ("Europe/Rome", "Martedì 14 prima di mezzogiorno, va bene?", 9, 12),
    ("America/Sao_Paulo", "Terça 14 antes do meio-dia, pode ser?", 9, 12),
    ("Europe/Amsterdam", "Dinsdag 14 voor 12 uur, past dat?", 9, 12),
]


@pytest.mark.parametrize(("zone", "body", "begin", "end"), _NOT_NOON)
def test_a_window_named_with_the_noon_word_is_no_noon(
    zone: str, body: str, begin: int, end: int
) -> None:
    verdict, tz = _read(zone, body)
    assert verdict.certain
    assert local_starts(verdict, tz) == [_at(14, begin)]
    assert verdict.proposed_times[0].end.astimezone(tz) == _at(14, end).replace(tzinfo=tz)


@pytest.mark.parametrize(
    ("zone", "body"),
    [
        ("America/Toronto", "Mardi 14 à midi, ça te va ?"),
        ("Europe/Rome", "Martedì 14 a mezzogiorno, va bene?"),
        ("America/Sao_Paulo", "Terça 14 ao meio-dia, pode ser?"),
    ],
)
def test_noon_itself_stays_noon(zone: str, body: str) -> None:
    verdict, tz = _read(zone, body)
    assert local_starts(verdict, tz) == [_at(14, 12)]


# "14 h" written apart, after a day or a cue: the clock, and no day of the month.
_SPACED_HOUR = [
    ("America/Toronto", "Demain 8 h, ça te va ? Sinon vendredi midi.", [_at(14, 8), _at(17, 12)]),
    ("Europe/Paris", "Vendredi 17, 14 h, ça vous irait ?", [_at(17, 14)]),
    ("Europe/Paris", "Jeudi 16 h 30, ça vous irait ?", [_at(16, 16, 30)]),
    ("Europe/Paris", "Mercredi 15 à 19 h, soit 14 h chez vous, ça me convient.", [_at(15, 19)]),
    ("Europe/Madrid", "¿El jueves 16, misma hora, es decir 15 h?", [_at(16, 15)]),
]


@pytest.mark.parametrize(("zone", "body", "starts"), _SPACED_HOUR)
def test_an_hour_written_apart_after_a_day_or_cue_is_a_clock(
    zone: str, body: str, starts: list[datetime]
) -> None:
    verdict, tz = _read(zone, body)
    assert verdict.certain, doubt_codes(verdict)
    assert "weekday_against_date" not in doubt_codes(verdict)
    assert local_starts(verdict, tz) == starts


@pytest.mark.parametrize(
    "body",
    [
        "Demain 1 h max, ça te va ?",
        "Mardi je fais 2 h de route, donc impossible.",
        "Le trajet prend 3 h de toute façon.",
        "Vendredi je suis libre, mais j'ai 2h de route avant.",
        "Demain 1h max, ça te va ?",
    ],
)
def test_hours_counted_are_no_clock(body: str) -> None:
    verdict, tz = _read("Europe/Paris", body)
    assert local_starts(verdict, tz) == []
    assert not verdict.certain


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Vendredi 9h de préférence.", _at(17, 9)),
        ("Vendredi 14 h de préférence.", _at(17, 14)),
    ],
)
def test_a_working_hour_before_de_stays_a_clock(body: str, start: datetime) -> None:
    verdict, tz = _read("Europe/Paris", body)
    assert local_starts(verdict, tz) == [start]


# A clock of twelve hours with "h", and the afternoon or evening said after it: one time.
@pytest.mark.parametrize(
    ("zone", "body", "start"),
    [
        ("Europe/Paris", "Vendredi à 3 h de l'après-midi ?", _at(17, 15)),
        ("Europe/Paris", "Vendredi à 3h de l'après-midi ?", _at(17, 15)),
        ("Europe/Paris", "Vendredi 8h du soir ?", _at(17, 20)),
        ("America/Sao_Paulo", "Sexta às 3h da tarde, pode ser?", _at(17, 15)),
        ("Europe/Paris", "Vendredi 9h du matin ?", _at(17, 9)),
    ],
)
def test_a_twelve_hour_clock_said_with_its_half_of_the_day(
    zone: str, body: str, start: datetime
) -> None:
    verdict, tz = _read(zone, body)
    assert verdict.certain
    assert local_starts(verdict, tz) == [start]


# "same time" spelled out after "that is", and a part of the day that is no clock to repeat.
_SAME_TIME = [
    (
        "Europe/Paris",
        "Un comité est tombé demain sur notre créneau. Pourrions-nous décaler à jeudi 16,"
        " même heure, soit 15 h pour moi ?",
    ),
    (
        "America/New_York",
        "Something came up. Could we move to Thursday the 16th, same time, that is 3pm?",
    ),
    ("Europe/Rome", "Possiamo spostare a giovedì 16, stessa ora, cioè alle 15?"),
    (
        "Europe/Paris",
        "Je dois déplacer notre rendez-vous de demain 15 h : je passe l'après-midi chez un"
        " client. Jeudi même heure ?",
    ),
    (
        "America/New_York",
        "I have to move our meeting tomorrow at 3pm, I'm stuck with a client all afternoon."
        " Thursday, same time?",
    ),
    (
        "Europe/Berlin",
        "Ich muss unseren Termin morgen um 15 Uhr verschieben, ich bin den ganzen Nachmittag"
        " beim Kunden. Donnerstag zur gleichen Zeit?",
    ),
]


@pytest.mark.parametrize(("zone", "body"), _SAME_TIME)
def test_same_time_finds_its_clock(zone: str, body: str) -> None:
    verdict, tz = _read(zone, body)
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, tz) == [_at(16, 15)]


def test_same_time_with_only_a_part_of_the_day_before_stays_unread() -> None:
    verdict, _ = _read("America/New_York", "Tomorrow afternoon is gone. Thursday, same time?")
    assert not verdict.certain


# A weekday abbreviation with a full stop before a capital ends its sentence.
@pytest.mark.parametrize(
    "body",
    [
        "Next week I'm out Wed-Fri. I could give you 20 minutes on Monday the 20th at 9:30 or"
        " at 4:00 pm.",
        "Thursday next week is a holiday here so I'm off Wed-Fri. Monday the 20th at 9:30 or"
        " 4:00 pm would work.",
        "I'm travelling Tue-Thu. Happy to do Monday the 20th at 9:30 or at 4:00 pm.",
    ],
)
def test_a_day_abbreviation_ends_its_sentence(body: str) -> None:
    verdict, tz = _read("America/New_York", body)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, tz) == [_at(20, 9, 30), _at(20, 16)]


# Brussels' clock, and German's city adjective: 15:00 in Brussels is 10:00 in New York.
@pytest.mark.parametrize(
    "body",
    [
        "Wie wäre es mit Mittwoch, 15. März, um 15:00 Uhr Brüsseler Zeit?",
        "Mercredi 15 mars à 15 h, heure de Bruxelles, ça vous irait ?",
        "¿Qué tal el miércoles 15 de marzo a las 15:00, hora de Bruselas?",
        "Woensdag 15 maart om 15u (Brusselse tijd)?",
        "Wednesday March 15 at 3pm Brussels time?",
    ],
)
def test_a_brussels_clock_is_read(body: str) -> None:
    verdict, tz = _read("America/New_York", body)
    assert "reply_zone_unread" not in doubt_codes(verdict)
    assert local_starts(verdict, tz) == [_at(15, 10)]


def test_a_city_adjective_clock_is_read_in_german() -> None:
    verdict, tz = _read("America/New_York", "Passt Mittwoch, 15. März, um 16 Uhr Pariser Zeit?")
    assert local_starts(verdict, tz) == [_at(15, 11)]


# The user's weekday and instant on another date: a slip copies the clock as written.
_OFFERED = (
    "\n\nOn Mon, Mar 6, 2028, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work for you (Eastern time)?\n"
    "> - Tuesday, March 14 at 9:30 am\n"
    "> - Thursday, March 16 at 3:00 pm\n"
)


@pytest.mark.parametrize(
    ("zone", "body", "start"),
    [
        ("Europe/Brussels", "Dinsdag 21 maart om 14u30 (Belgische tijd) zou wel lukken.", 21),
        ("Europe/Paris", "Le mardi 21 mars à 14 h 30 (heure de Paris) me conviendrait.", 21),
        ("Europe/Berlin", "Dienstag, 21. März, um 14:30 Uhr MEZ würde passen.", 21),
    ],
)
def test_the_users_instant_on_another_clock_and_date_is_a_new_offer(
    zone: str, body: str, start: int
) -> None:
    verdict, _ = _read(zone, body, _OFFERED)
    assert "pick_on_another_date" not in doubt_codes(verdict)
    new_york = ZoneInfo("America/New_York")
    assert local_starts(verdict, new_york) == [_at(start, 9, 30)]


@pytest.mark.parametrize(
    "body",
    [
        "How about Tuesday, March 21 at 9:30 am?",
        "Tuesday March 21 at 9:30am works for me.",
        "Could we do Thursday, March 23 at 3:00 pm instead?",
    ],
)
def test_the_users_clock_on_another_date_stays_in_doubt(body: str) -> None:
    verdict, _ = _read("America/New_York", body, _OFFERED)
    assert "pick_on_another_date" in doubt_codes(verdict)
    assert not verdict.certain
