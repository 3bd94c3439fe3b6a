"""Round 70, part B, on replies_blind72: a part of the day narrowed by a clock, and five kinds
of offer the reader left in doubt. Sentences of our own, for a user in Vienna, each reply
written on Monday 12 October 2037 (Thursday is the 15th) unless a row says otherwise:

- "in the afternoon, after 3", "am Vormittag ab 10 Uhr", "por la mañana antes de las 11": the
  clock bounds the part of the day on its open side, and the part bounds the clock on the
  other (the morning from 10 ends at noon, not at the end of the working day). "dopo le 15",
  "depois das 15", "após as 15", "before 11", "prima delle 11", "na 15.00" are clocks, and
  Italian "dopo le 15" is no 15th of the month.
- "after lunch", "before lunch": the working day on that side of the meal, not the meal.
- "any day next week … is fine, except Wednesday when …": the day ruled out later in the
  sentence is left out of the week.
- "Acme Ltd is registered in Scotland …" under the sender's name: a legal footer, so the
  "Working hours" line above it is signature too.
- "fine in principle but I'm on the school run": a polite no, not a yes still pending.
- "según mis cuentas serían las 16:00 y las 15:30 en Praga": the sender's own sum, the offers
  said again on the user's clock.
- "ce sera la même heure chez vous": the clock is the same on both sides, no time repeated.
- "Vendredi je suis en déplacement (mon train part à 14h)": the bracketed event is Friday's,
  so Monday at 14h is no clock of it.
- "I teach a class then", "either too early or I'm away": a conflict, and no offer.
"""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    doubt_codes,
    local_starts,
    miss_reading,
    read_reply,
)
from workflows.stages import Intent
from workflows.understanding import Verdict

VIENNA = ZoneInfo("Europe/Vienna")
MONDAY = "Mon, 12 Oct 2037 09:00:00 +0200"
SIG = "\n\nThanks,\nKai\n"
P, A = Intent.PROPOSE_TIMES, Intent.ACCEPT


def _windows(verdict: Verdict) -> list[tuple[datetime, time]]:
    """The offered windows as (start, end clock) on the user's clock, sorted."""
    return sorted(
        (
            w.start.astimezone(VIENNA).replace(tzinfo=None),
            w.end.astimezone(VIENNA).time(),
        )
        for w in verdict.proposed_times
    )


def _thu(h: int, m: int = 0) -> datetime:
    return datetime(2037, 10, 15, h, m)


def _read(body: str, date: str = MONDAY, tz: ZoneInfo = VIENNA) -> Verdict:
    return read_reply(body + SIG, tz=tz, date=date)


# A part of the day and a bound in one phrase: the window is where both hold.
NARROWED = [
    ("Hi Ada, Thursday 15 Oct in the afternoon, after 3, would suit me.", P, 15, 17),
    ("Could we meet on Thursday 15 October in the afternoon after 3?", P, 15, 17),
    ("Potremmo sentirci giovedì 15 ottobre nel pomeriggio, dopo le 15?", P, 15, 17),
    ("Könnten wir am Donnerstag, 15. Oktober am Nachmittag ab 15 Uhr sprechen?", P, 15, 17),
    ("Pourrions-nous échanger jeudi 15 octobre l'après-midi après 15h ?", P, 15, 17),
    ("¿Podríamos hablar el jueves 15 de octubre por la tarde a partir de las 15?", P, 15, 17),
    ("Podemos falar na quinta 15 de outubro à tarde depois das 15h?", P, 15, 17),
    ("Kunnen we donderdag 15 oktober 's middags na 15.00 bellen?", P, 15, 17),
    # The morning from a clock ends at noon, not at the working day's end.
    ("Could we talk on Thursday 15 October in the morning after 10?", P, 10, 12),
    ("Hallo Ada, geht es bei Ihnen am Donnerstag, 15. Oktober vormittags ab 10 Uhr?", P, 10, 12),
    ("Jeudi 15 octobre le matin après 10h, ça vous irait ?", P, 10, 12),
    ("Possiamo giovedì 15 ottobre in mattinata dopo le 10?", P, 10, 12),
    ("Kunnen we donderdag 15 oktober 's ochtends na 10.00 bellen?", P, 10, 12),
    # The afternoon up to a clock starts with the afternoon, not at nine.
    ("Could we do Thursday 15 October in the afternoon, before 4pm?", P, 13, 16),
    ("Could we do Thursday 15 October in the afternoon before 4?", P, 13, 16),
    ("¿Podemos el jueves 15 de octubre por la mañana antes de las 11?", P, 9, 11),
    ("Possiamo giovedì 15 ottobre di mattina prima delle 11?", P, 9, 11),
    # A part named in one sentence, the bound asked in the next.
    ("Thursday 15 October the morning is clear. Could you do after 10?", P, 10, 12),
    ("Thursday 15 October the afternoon is clear. Could you do before 4?", P, 13, 16),
]


@pytest.mark.parametrize(("body", "intent", "begin", "end"), NARROWED)
def test_a_part_of_the_day_and_a_bound_meet(
    body: str, intent: Intent, begin: int, end: int
) -> None:
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is intent
    assert _windows(verdict) == [(_thu(begin), time(end))]


# A bare hour after the words that bound a window, alone with its day.
BARE_BOUNDS = [
    ("Potremmo fare giovedì 15 ottobre dopo le 15?", 15, 17),
    ("Podemos na quinta 15 de outubro após as 15?", 15, 17),
    ("Podemos na quinta 15 de outubro depois das 15?", 15, 17),
    ("Could we do Thursday 15 October before 11?", 9, 11),
    ("¿Podemos el jueves 15 de octubre antes de las 11?", 9, 11),
    ("Possiamo giovedì 15 ottobre prima delle 11?", 9, 11),
    ("Kunnen we donderdag 15 oktober voor 11.00?", 9, 11),
    ("Kunnen we donderdag 15 oktober na 15.00?", 15, 17),
]


@pytest.mark.parametrize(("body", "begin", "end"), BARE_BOUNDS)
def test_a_bare_hour_after_a_bound_is_a_clock(body: str, begin: int, end: int) -> None:
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    assert _windows(verdict) == [(_thu(begin), time(end))]


def test_dopo_le_is_no_date_and_leaves_the_next_friday() -> None:
    body = (
        "Ciao Ada, martedì sono a Lione e venerdì alle 14 ho già un impegno.\n\n"
        "Possiamo fare giovedì 15 ottobre nel pomeriggio, dopo le 15, oppure venerdì alle 10?"
    )
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    assert _windows(verdict) == [
        (_thu(15), time(17)),
        (datetime(2037, 10, 16, 10, 0), time(10, 30)),
    ]


@pytest.mark.parametrize(
    ("body", "begin", "end"),
    [
        ("Thursday 15 October after lunch works for me.", 13, 17),
        ("Would Thursday 15 October after lunch be OK?", 13, 17),
        ("Would Thursday 15 October before lunch be OK?", 9, 12),
        ("Would Thursday 15 October after lunch work for you, after 2pm say?", 14, 17),
    ],
)
def test_a_meal_bounds_the_day_it_is_not_the_window(body: str, begin: int, end: int) -> None:
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    assert _windows(verdict) == [(_thu(begin), time(end))]


# Near misses: nothing certain and wrong.
NEAR_MISSES = [
    # A moment just after the meal that no clock says.
    ("Would Thursday 15 October right after lunch work?", None),
    # The meal is where a busy spell ends, and Friday is the offer.
    ("I'm tied up until after lunch on Thursday 15 October, could we do Friday at 10?", "fri"),
    # After the afternoon there is no working day left to offer.
    ("Donderdag 15 oktober na de middag?", None),
    # "after the 15th" in Italian takes "il": still a date.
    ("Possiamo sentirci dopo il 15, magari venerdì 16 ottobre alle 11?", "fri11"),
    # A week with a day ruled out at an hour only: which hours stay is unsure.
    ("Any day next week works at 3pm, except Wednesday at 3 when I have a call.", None),
]


@pytest.mark.parametrize(("body", "kind"), NEAR_MISSES)
def test_near_misses_are_safe(body: str, kind: str | None) -> None:
    verdict = _read(body)
    if kind == "fri":
        assert local_starts(verdict, VIENNA) in ([], [datetime(2037, 10, 16, 10, 0)])
    elif kind == "fri11":
        assert local_starts(verdict, VIENNA) in ([], [datetime(2037, 10, 16, 11, 0)])
    else:
        assert miss_reading(verdict) != "WRONG"


# Part 2: the doubted offers, each as a rule.


@pytest.mark.parametrize(
    ("body", "days"),
    [
        (
            "This week is packed. Any day next week between 10 and 12 is fine, except Tuesday, "
            "I'm in Graz then.",
            [19, 21, 22, 23],
        ),
        ("Any day next week from 10 to 12 works for me, except Tuesday and Friday.", [19, 21, 22]),
    ],
)
def test_a_day_ruled_out_later_leaves_the_week(body: str, days: list[int]) -> None:
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, VIENNA) == [datetime(2037, 10, d, 10, 0) for d in days]


LEGAL_FOOTER = (
    "Hi Ada,\n\nMonday is out, sorry. Could we do Wednesday 14 October at 11:00 instead?\n\n"
    "Rory\n\nRory Bain\nHead of Research\nBain & Muir | 9 Dock Street | Leith\n"
    "Office hours: Mon-Thu, 8:30-15:30\n\n"
    "Bain & Muir Ltd is registered in Scotland, SC000123. This email is meant for its "
    "recipient only.\n"
)


def test_office_hours_above_a_legal_footer_are_signature() -> None:
    verdict = read_reply(
        LEGAL_FOOTER, tz=VIENNA, date=MONDAY, sender="Rory Bain <rory@example.com>"
    )
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, VIENNA) == [datetime(2037, 10, 14, 11, 0)]


# "Wednesday at 9 is fine (in principle) but I'm at the dentist till 10": the busy spell
# turns the time just named down; the reader may stay in doubt, never offer it.
@pytest.mark.parametrize(
    "body",
    [
        "Wednesday at 9 is fine but I'm at the dentist till 10. Could we do Thursday 15 October "
        "at 14:00 instead?",
        "Wednesday at 9 is fine in principle but I'm at the dentist till 10. Could we do "
        "Thursday 15 October at 14:00 instead?",
        # A spell that ends before the time offered may still be read as turning it down:
        # doubted, not booked wrong.
        "Thursday 15 October at 2 works for me, but I'm in meetings until 1:45.",
    ],
)
def test_a_busy_spell_after_but_never_offers_the_time_before(body: str) -> None:
    verdict = _read(body)
    assert datetime(2037, 10, 14, 9, 0) not in local_starts(verdict, VIENNA)
    assert miss_reading(verdict) != "WRONG" or local_starts(verdict, VIENNA) == [_thu(14)]


@pytest.mark.parametrize(
    ("body", "pending"),
    [
        (
            "Mercredi 9h, en principe oui, mais j'ai un rendez-vous jusqu'à 10h. "
            "Jeudi 15 octobre à 14h plutôt ?",
            False,
        ),
        # A yes that still waits on a check stays pending.
        (
            "Thursday 15 October at 14:00 works in principle, but I need to check with my boss.",
            True,
        ),
        ("Thursday 15 October at 14:00 works in principle.", True),
    ],
)
def test_in_principle_then_a_busy_spell_is_a_no(body: str, pending: bool) -> None:
    verdict = _read(body)
    assert ("yes_still_pending" in doubt_codes(verdict)) is pending
    if not pending:
        assert verdict.certain, doubt_codes(verdict)
        assert local_starts(verdict, VIENNA) == [_thu(14)]


MEXICO_DATE = "Mon, 12 Oct 2037 08:00:00 -0600"


@pytest.mark.parametrize(
    "body",
    [
        "¿Te va el jueves 15 a las 8:00 hora de Ciudad de México, o el viernes 16 a las 9:30? "
        "Según mis cuentas serían las 16:00 y las 17:30 en Viena.",
        "¿Te va el jueves 15 a las 8:00 hora de Ciudad de México? Según mis cuentas serían las "
        "16:00 en Viena.",
    ],
)
def test_the_senders_own_sum_restates_the_offers(body: str) -> None:
    verdict = _read(body, date=MEXICO_DATE)
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, VIENNA)[0] == _thu(16)


def test_the_same_hour_on_both_sides_repeats_no_time() -> None:
    body = (
        "Je vous propose jeudi 15 octobre à 10h. Nous sommes sur le même fuseau, ce sera la "
        "même heure chez vous."
    )
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, VIENNA) == [_thu(10)]


def test_same_time_on_another_day_still_repeats() -> None:
    verdict = _read("Could we do Thursday 15 October at 10, or Friday, same time?")
    assert local_starts(verdict, VIENNA) == [_thu(10), datetime(2037, 10, 16, 10, 0)]


@pytest.mark.parametrize(
    ("body", "doubted"),
    [
        # The bracket's event is the Wednesday's: Thursday at 14h is no clock of it.
        (
            "Mercredi je suis à Genève (mon vol décolle à 14h). Je vous propose jeudi 15 "
            "octobre à 14h.",
            False,
        ),
        # The event's day is the offer's day: the clock may be the flight's.
        (
            "Jeudi je suis à Genève (mon vol décolle à 14h). Je vous propose jeudi 15 octobre "
            "à 14h.",
            True,
        ),
    ],
)
def test_a_bracketed_event_is_on_its_clauses_day(body: str, doubted: bool) -> None:
    verdict = _read(body)
    assert ("time_of_another_event" in doubt_codes(verdict)) is doubted


@pytest.mark.parametrize(
    "body",
    [
        "Wednesday at 4pm is 10am here and I teach a class then, and the rest are either too "
        "early or I'm travelling. How about Thursday 15 October at 4:30pm your time?",
        "Wednesday at 4pm your time, I run a seminar then. Thursday 15 October at 4:30pm your "
        "time?",
    ],
)
def test_a_class_taught_is_the_senders_conflict(body: str) -> None:
    verdict = read_reply(
        body + SIG,
        tz=VIENNA,
        date="Mon, 12 Oct 2037 03:00:00 -0400",
        quote=(
            "\n\nOn Fri, 9 Oct 2037 at 10:00, Ada Obi <ada@example.com> wrote:\n"
            "> Would Wednesday 14 October at 16:00 (Vienna time) suit you?\n"
        ),
    )
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, VIENNA) == [_thu(16, 30)]


def test_teaching_as_a_job_is_no_conflict() -> None:
    verdict = _read("I teach UX at the university. Thursday 15 October at 10 works for me.")
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, VIENNA) == [_thu(10)]


# Found on the hunt: a bound denied opens the window at its clock ("not before 10" is from 10),
# and a clock at a part's end said as its bound ("in the afternoon after 5pm") is no second
# window beside the whole afternoon.
DENIED_AND_AT_THE_END = [
    ("Could we do Thursday 15 October, but not before 10:30?", 10, 30, time(17)),
    ("Could we do Thursday 15 October in the morning, not before 10?", 10, 0, time(12)),
    ("Jeudi 15 octobre, mais pas avant 10h, ça vous va ?", 10, 0, time(17)),
    ("Ginge Donnerstag, 15. Oktober, aber nicht vor 10 Uhr?", 10, 0, time(17)),
    ("¿Te va el jueves 15 de octubre, pero no antes de las 10?", 10, 0, time(17)),
    ("Could we talk on Thursday 15 October in the afternoon after 5pm?", 17, 0, time(17, 30)),
]


@pytest.mark.parametrize(("body", "h", "m", "end"), DENIED_AND_AT_THE_END)
def test_a_denied_bound_and_a_bound_at_the_end(body: str, h: int, m: int, end: time) -> None:
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    assert _windows(verdict) == [(_thu(h, m), end)]


# A part of the day closed by "until": the part up to that clock, not the whole part.
CLOSED = [
    ("Could we do Thursday 15 October in the morning until 11?", 9, 11),
    ("Could we do Thursday 15 October in the afternoon till 4?", 13, 16),
    ("Could we do Thursday 15 October in the afternoon until 3:30pm?", 13, time(15, 30)),
    ("Hallo Ada, ginge es bei Ihnen am Donnerstag, 15. Oktober nachmittags bis 16 Uhr?", 13, 16),
    ("Jeudi 15 octobre, le matin jusqu'à 11h, ça vous irait ?", 9, 11),
]


@pytest.mark.parametrize(("body", "begin", "end"), CLOSED)
def test_a_part_closed_by_until(body: str, begin: int, end: int | time) -> None:
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    closes = end if isinstance(end, time) else time(end)
    assert _windows(verdict) == [(_thu(begin), closes)]
