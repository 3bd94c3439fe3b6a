"""Round 39, times and clock changes: what replies_blind40 read wrong or in doubt.

A day's own clock in brackets after a part of it ("Monday at lunchtime (12-1)") is no
restatement; a sign-off in te reo Māori, Dutch, Italian or Portuguese ends the words so that
the place under it is the sender's; the user's own offer named back on either clock, before
the sender's own times, offers nothing; a bare weekday after a dated offer that lands before
it may be the one after. Sentences of our own, with near misses that keep their reading.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

LONDON = ZoneInfo("Europe/London")
SYDNEY = ZoneInfo("Australia/Sydney")
AUCKLAND = ZoneInfo("Pacific/Auckland")
# Monday 7 June 2032, 09:00 in Sydney (+10:00 all June, as London is +01:00): no clock changes.
_JUNE = "Mon, 07 Jun 2032 09:00:00 +1000"
_JUNE_OFFERS = (
    "\n\nOn Sun, 6 Jun 2032 at 10:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these suit you (all London time)?\n"
    "> - Tuesday 15 June, 9:00-9:30am\n"
    "> - Wednesday 16 June, 8:00-8:30am\n"
    "> - Friday 18 June, 4:00-4:30pm\n"
)

# (body, the offers on the sender's clock in Sydney)
_BRACKETED_PART = [
    (
        "Those are tricky for me, sorry. Could we do Thursday 17 June at 7am, or Monday 21st"
        " at lunchtime (12-1)?",
        [datetime(2032, 6, 17, 7), datetime(2032, 6, 21, 12)],
    ),
    (
        "Das passt leider nicht. Ginge Donnerstag, 17.6., um 7 Uhr, oder Montag, 21.6., am"
        " Nachmittag (14-15 Uhr)?",
        [datetime(2032, 6, 17, 7), datetime(2032, 6, 21, 14)],
    ),
    (
        "Ces créneaux ne me vont pas. Jeudi 17 juin à 7h, ou lundi 21 juin dans l'après-midi"
        " (14h-15h) ?",
        [datetime(2032, 6, 17, 7), datetime(2032, 6, 21, 14)],
    ),
    (
        "Die tijden passen niet. Kan donderdag 17 juni om 7:00, of maandag 21 juni in de middag"
        " (14-15 uur)?",
        [datetime(2032, 6, 17, 7), datetime(2032, 6, 21, 14)],
    ),
]


@pytest.mark.parametrize(("body", "starts"), _BRACKETED_PART)
def test_a_bracket_after_a_part_of_the_day_is_that_days_clock(
    body: str, starts: list[datetime]
) -> None:
    verdict = read_reply(body, tz=LONDON, date=_JUNE, quote=_JUNE_OFFERS)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, SYDNEY) == starts, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # A bracket after a clock is that clock on the user's side: one offer.
        "Those are tricky, sorry. Could we do Monday 21st at 6pm (9am yours)?",
        # A bracket after the day alone, on a second day, was that day's clock already.
        "Those are tricky, sorry. Thursday 17 June at 7am, or Monday 21st (6pm)?",
    ],
)
def test_a_bracket_after_a_clock_or_day_keeps_its_reading(body: str) -> None:
    verdict = read_reply(body, tz=LONDON, date=_JUNE, quote=_JUNE_OFFERS)
    assert datetime(2032, 6, 21, 18) in local_starts(verdict, SYDNEY)
    assert datetime(2032, 6, 21, 9) not in local_starts(verdict, SYDNEY)


# Wednesday 15 September 2032 at +12:00; New Zealand goes to +13:00 on Sunday 26 September.
_BEFORE_NZ_CHANGE = "Wed, 15 Sep 2032 12:10:00 +1200"
_NZ_OFFERS = (
    "\n\nOn Tue, 14 Sep 2032 at 08:40, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these suit (Auckland time)?\n"
    "> - Wednesday 22 September, 3:00-3:30pm\n"
    "> - Thursday 23 September, 8:00-8:30am\n"
)
_AFTER_NL_CHANGE = "Thu, 28 Oct 2032 10:00:00 +0200"
_NL_OFFERS = (
    "\n\nOn Wed, 27 Oct 2032 at 09:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these suit (Amsterdam time)?\n"
    "> - Wednesday 3 November, 15:00-15:30\n"
)

# (body, date, quote, user zone, the offer on the user's wall clock)
_SIGNED_PLACES = [
    (
        "Those are tricky - how about Tuesday 28 September at 10am instead?\n\nNgā mihi,\nKai\n\n"
        "Kai Berg\nPrincipal\nBerg Partners | Auckland\n",
        _BEFORE_NZ_CHANGE,
        _NZ_OFFERS,
        AUCKLAND,
        datetime(2032, 9, 28, 10),
    ),
    (
        "Those are tricky - how about Tuesday 28 September at 10am instead?\n\nNga mihi nui,\n"
        "Kai\n\nKai Berg\nBerg Partners | Wellington\n",
        _BEFORE_NZ_CHANGE,
        _NZ_OFFERS,
        AUCKLAND,
        datetime(2032, 9, 28, 10),
    ),
    (
        "Leuk! Zou dinsdag 2 november om 10:00 kunnen?\n\nGroetjes,\nKai\n\nKai Berg\n"
        "Adviseur | Berg Advies B.V. | Amsterdam\n",
        "Thu, 28 Oct 2032 10:00:00 +0200",
        _NL_OFFERS,
        ZoneInfo("Europe/Amsterdam"),
        datetime(2032, 11, 2, 10),
    ),
    (
        "Leuk! Zou dinsdag 2 november om 10:00 kunnen?\n\nMet vriendelijke groet,\nKai\n\n"
        "Kai Berg\nAdviseur | Berg Advies B.V. | Amsterdam\n",
        "Thu, 28 Oct 2032 10:00:00 +0200",
        _NL_OFFERS,
        ZoneInfo("Europe/Amsterdam"),
        datetime(2032, 11, 2, 10),
    ),
]


@pytest.mark.parametrize(("body", "date", "quote", "home", "start"), _SIGNED_PLACES)
def test_a_place_under_a_sign_off_sets_the_clock_past_a_change(
    body: str, date: str, quote: str, home: ZoneInfo, start: datetime
) -> None:
    verdict = read_reply(body, tz=home, date=date, quote=quote)
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, home) == [start]


def test_no_place_under_the_sign_off_stays_in_doubt() -> None:
    verdict = read_reply(
        "Those are tricky - how about Tuesday 28 September at 10am instead?\n\nNgā mihi,\nKai\n",
        tz=AUCKLAND,
        date=_BEFORE_NZ_CHANGE,
        quote=_NZ_OFFERS,
    )
    assert not verdict.certain
    assert "clock_change_after_writing" in doubt_codes(verdict)


# The user's Tuesday 15 June 9am in London is 6pm in Sydney.
_NAMED_BACK = [
    "Tuesday the 15th at 9am yours is 6pm here, and I coach netball at that hour. Could we do"
    " Thursday 17 June at 7am?",
    "Your Tuesday 15th 9am would be 6pm for me, which clashes with school pickup. How about"
    " Thursday 17 June at 7am?",
    "Dienstag, 15.6., um 9 Uhr Ihrer Zeit wäre bei mir 18 Uhr - da habe ich leider Training. Ginge"
    " Donnerstag, 17.6., um 7 Uhr?",
    "El martes 15 a las 9 tuyas son las 18 acá y justo tengo entrenamiento. ¿Te sirve el jueves 17"
    " de junio a las 7?",
    "Dinsdag 15 juni 9:00 bij jou is 18:00 bij ons; dan heb ik helaas training. Kan donderdag"
    " 17 juni om 7:00?",
]


@pytest.mark.parametrize("body", _NAMED_BACK)
def test_the_users_offer_named_back_before_new_times_offers_nothing(body: str) -> None:
    verdict = read_reply(body, tz=LONDON, date=_JUNE, quote=_JUNE_OFFERS)
    assert verdict.intent is Intent.PROPOSE_TIMES
    # Whose clock the new Thursday offer is on is not this rule's: only the named-back time.
    starts = local_starts(verdict, SYDNEY)
    assert datetime(2032, 6, 15, 18) not in starts, doubt_codes(verdict)
    assert len(starts) == 1
    assert "time_in_statement" not in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "starts"),
    [
        # No clock after it: the user's time, taken.
        ("Tuesday the 15th at 9am yours, 6pm here, suits me fine.", [datetime(2032, 6, 15, 18)]),
        # A clock after it with no day of its own says the same time again: still taken.
        (
            "Fico com terça-feira, 15 de junho, às 9h (hora de Londres). Para mim serão 18h.",
            [datetime(2032, 6, 15, 18)],
        ),
        # Worded as an offer, the user's own time offered back still offers it.
        (
            "Could we do Tuesday the 15th at 9am your time? Otherwise Thursday 17 June at 7am my"
            " time.",
            [datetime(2032, 6, 15, 18), datetime(2032, 6, 17, 7)],
        ),
    ],
)
def test_the_users_offer_taken_or_offered_keeps_its_reading(
    body: str, starts: list[datetime]
) -> None:
    verdict = read_reply(body, tz=LONDON, date=_JUNE, quote=_JUNE_OFFERS)
    assert local_starts(verdict, SYDNEY) == starts, doubt_codes(verdict)


# (body, whether the bare weekday may be the week after): asked from Tuesday 15 June on.
_BARE_AFTER_DATED = [
    (
        "Those don't work for me. How about Thursday 10 June at 7am? I coach on"
        " weekends. Or Friday morning is open.",
        False,
    ),
    (
        "Those don't work for me. How about Thursday 24 June at 7am? I coach on"
        " weekends. Or Friday morning before 11 is open.",
        True,
    ),
    (
        "Das passt nicht. Ginge Donnerstag, 24.6., um 7 Uhr? Ich trainiere am"
        " Wochenende. Oder Freitagvormittag bin ich frei.",
        True,
    ),
    (
        "Ça ne me va pas. Jeudi 24 juin à 7h ? J'entraîne le week-end. Sinon"
        " vendredi matin je suis libre.",
        True,
    ),
]


@pytest.mark.parametrize(("body", "doubted"), _BARE_AFTER_DATED)
def test_a_bare_weekday_before_a_dated_offer_may_be_the_week_after(
    body: str, doubted: bool
) -> None:
    # Written Monday 7 June: the coming Friday (11th) is before the user's first day (15th).
    verdict = read_reply(body, tz=LONDON, date=_JUNE, quote=_JUNE_OFFERS)
    assert ("two_readings_of_time" in doubt_codes(verdict)) is doubted, local_starts(
        verdict, SYDNEY
    )
