"""Round 31 (times and picks): causes from replies_blind31, in sentences of our own.

- A bare weekday and clock ("wed at 2 works") that is exactly one of the user's offers, a week
  or more after the coming weekday, is that offer.
- The user's time named back beside the sender's own event "then" is a conflict, not an offer.
- A zone alone at the head of a wrapped line ("both\\nCentral.") is the clock of the times
  before it.
- A child fetched at a time ("4:30 is school pickup") makes that time a conflict.
- "so that'll be 2pm Eastern for me" restates the offer just made; it is no offer of its own.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

_CHICAGO = ZoneInfo("America/Chicago")

# Written on Monday 2 June 2031; the offers are all in the week after.
_JUNE_OFFERS = (
    "\n\nOn Mon, Jun 2, 2031 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 20 minutes? A few times that work for me:\n"
    ">   - Tuesday, June 10 at 10:00am CT\n"
    ">   - Wednesday, June 11 at 2:00pm CT\n"
    ">   - Thursday, June 12 at 4:30pm CT\n"
)
_JUNE_DATE = "Mon, 2 Jun 2031 12:40:00 -0500"

_WEDNESDAY_2PM = datetime(2031, 6, 11, 14)
_BARE_WEEKDAY_PICKS = [
    ("wed at 2 works for me! talk then", _WEDNESDAY_2PM),
    ("Mercredi à 14h, ça me va parfaitement.", _WEDNESDAY_2PM),
    ("El miércoles a las 14:00 me viene perfecto.", _WEDNESDAY_2PM),
    ("Mittwoch um 14 Uhr passt mir gut.", _WEDNESDAY_2PM),
    ("Mercoledì alle 14 va benissimo.", _WEDNESDAY_2PM),
    ("Quarta-feira às 14h está perfeito.", _WEDNESDAY_2PM),
    ("Woensdag om 14:00 past mij prima.", _WEDNESDAY_2PM),
    ("Thursday 4:30 your time is perfect.", datetime(2031, 6, 12, 16, 30)),
]


@pytest.mark.parametrize(("body", "start"), _BARE_WEEKDAY_PICKS)
def test_a_bare_weekday_pick_is_the_one_offer_with_that_weekday_and_clock(
    body: str, start: datetime
) -> None:
    verdict = read_reply(body, tz=_CHICAGO, date=_JUNE_DATE, quote=_JUNE_OFFERS)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _CHICAGO) == [start]


_WEEK_WRITTEN = [
    # "this" keeps the coming week
    ("this wed at 2 works for me", datetime(2031, 6, 4, 14)),
    # a date of its own
    ("Wednesday the 4th at 2 works for me", datetime(2031, 6, 4, 14)),
    ("Mittwoch, den 4. um 14 Uhr passt mir.", datetime(2031, 6, 4, 14)),
]


@pytest.mark.parametrize(("body", "start"), _WEEK_WRITTEN)
def test_a_weekday_with_its_week_written_stays_on_that_week(body: str, start: datetime) -> None:
    verdict = read_reply(body, tz=_CHICAGO, date=_JUNE_DATE, quote=_JUNE_OFFERS)
    assert local_starts(verdict, _CHICAGO) == [start]
    assert "pick_on_another_date" in doubt_codes(verdict)


def test_two_offers_on_that_weekday_and_clock_leave_the_week_open() -> None:
    quote = _JUNE_OFFERS.replace(
        ">   - Thursday, June 12 at 4:30pm CT\n", ">   - Wednesday, June 18 at 2:00pm CT\n"
    )
    verdict = read_reply("wed at 2 works for me!", tz=_CHICAGO, date=_JUNE_DATE, quote=quote)
    assert local_starts(verdict, _CHICAGO) == [datetime(2031, 6, 4, 14)]
    assert not verdict.certain


def test_a_clock_the_user_did_not_offer_is_not_moved() -> None:
    verdict = read_reply("wed at 3 works for me!", tz=_CHICAGO, date=_JUNE_DATE, quote=_JUNE_OFFERS)
    assert local_starts(verdict, _CHICAGO) == [datetime(2031, 6, 4, 15)]


_EVENT_THEN = [
    "Tuesday, June 10 at 10 CT is 9 for me and I have a weekly staff meeting then. Could we do"
    " Thursday, June 12 at 1pm CT?",
    "Tuesday, June 10 at 10am I've got our quarterly planning call at that time; could we do"
    " Thursday, June 12 at 1pm instead?",
    "Dienstag, 10. Juni um 10 Uhr, da habe ich ein festes Teammeeting. Ginge Donnerstag,"
    " 12. Juni um 13 Uhr?",
    "Dinsdag 10 juni om 10 uur, dan heb ik een wekelijks overleg. Kan het donderdag 12 juni om"
    " 13 uur?",
]


@pytest.mark.parametrize("body", _EVENT_THEN)
def test_the_users_time_beside_the_senders_event_then_is_a_conflict(body: str) -> None:
    verdict = read_reply(body, tz=_CHICAGO, date=_JUNE_DATE, quote=_JUNE_OFFERS)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _CHICAGO) == [datetime(2031, 6, 12, 13)]


def test_a_free_hour_then_is_still_a_pick() -> None:
    verdict = read_reply(
        "Tuesday, June 10 at 10am works, I have a free hour then.",
        tz=_CHICAGO,
        date=_JUNE_DATE,
        quote=_JUNE_OFFERS,
    )
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _CHICAGO) == [datetime(2031, 6, 10, 10)]


# Written on Wednesday 5 March 2031 at -06:00; the US clocks change on Sunday the 9th.
_MARCH_DATE = "Wed, 5 Mar 2031 15:26:00 -0600"
_WRAPPED_ZONES = [
    "Thurs 3/13 at 2 or Fri 3/14 at 10:30 work, both\nCentral. Let me know.",
    "Thurs 3/13 at 2 or Fri 3/14 at 10:30 would work for me, all\nCT. Let me know.",
    "Thurs 3/13 at 2 or Fri 3/14 at 10:30 work for me, both\nCentral time.",
]


@pytest.mark.parametrize("body", _WRAPPED_ZONES)
def test_a_zone_wrapped_onto_its_own_line_names_the_clock(body: str) -> None:
    verdict = read_reply(body, tz=_CHICAGO, date=_MARCH_DATE)
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, _CHICAGO) == [
        datetime(2031, 3, 13, 14),
        datetime(2031, 3, 14, 10, 30),
    ]


def test_a_line_opening_on_a_place_is_no_zone() -> None:
    verdict = read_reply(
        "Thurs 3/13 at 2 works for me\nEastern Market is close by, want to meet there?",
        tz=_CHICAGO,
        date=_MARCH_DATE,
    )
    assert datetime(2031, 3, 13, 13) not in local_starts(verdict, _CHICAGO)


_FEB_OFFERS = (
    "\n\nOn Mon, Feb 3, 2031 at 8:12 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 20 minutes? A few times that work for me:\n"
    ">   - Thursday, Feb 13 at 4:30pm CT\n"
)
_FEB_DATE = "Thu, 6 Feb 2031 09:12:00 -0600"
_PICKUPS = [
    "Thursday works but 4:30 is school pickup. Thursday at 3:30 works though.",
    "Jeudi à 16h30 je récupère les enfants, mais jeudi à 15h30 ça me va.",
    "El jueves a las 16:30 tengo que recoger a los niños, pero el jueves a las 15:30 me viene"
    " bien.",
    "Donnerstag um 16:30 muss ich die Kinder abholen, aber Donnerstag um 15:30 passt.",
    "Giovedì alle 16:30 devo andare a prendere i bambini, ma giovedì alle 15:30 va bene.",
    "Quinta às 16h30 tenho de buscar as crianças, mas quinta às 15h30 está ótimo.",
    "Donderdag om 16:30 moet ik de kinderen ophalen, maar donderdag om 15:30 past prima.",
]


@pytest.mark.parametrize("body", _PICKUPS)
def test_a_child_fetched_at_a_time_makes_it_a_conflict(body: str) -> None:
    verdict = read_reply(body, tz=_CHICAGO, date=_FEB_DATE, quote=_FEB_OFFERS)
    assert local_starts(verdict, _CHICAGO) == [datetime(2031, 2, 13, 15, 30)]


_RESTATED_AHEAD = [
    "Could we do Monday the 10th, 1pm your time? Clocks change this weekend, so that'll be 2pm"
    " Eastern for me.",
    "Could we do Monday the 10th at 1pm your time? The clocks move on Sunday; that will be 2pm"
    " Eastern for me.",
    "Could we do Monday the 10th at 1pm your time? That'll be 2pm Eastern on my end.",
]


@pytest.mark.parametrize("body", _RESTATED_AHEAD)
def test_an_offer_said_again_ahead_on_the_senders_clock_offers_nothing_more(body: str) -> None:
    verdict = read_reply(
        body, tz=_CHICAGO, date="Thu, 6 Mar 2031 17:48:00 -0500", quote=_FEB_OFFERS
    )
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert "time_without_day" not in doubt_codes(verdict)
    assert local_starts(verdict, _CHICAGO) == [datetime(2031, 3, 10, 13)]


_NONE_OF_THEM = [
    "none of those 3 work for me, i'm in readouts all week.\n\nhow about Fri, Feb 14 at 11 CT?",
    "Aucun de ces créneaux ne me convient.\n\nEst-ce que vendredi 14 février à 11h CT vous irait ?",
    "Ninguno de esos horarios me viene bien.\n\n¿Qué tal el viernes 14 de febrero a las 11 CT?",
    "Keiner der Termine passt mir leider.\n\nWie wäre es mit Freitag, 14. Februar um 11 Uhr CT?",
    "Nessuno di questi orari mi va bene.\n\nChe ne dici di venerdì 14 febbraio alle 11 CT?",
    "Nenhum desses horários me serve.\n\nQue tal sexta-feira, 14 de fevereiro, às 11h CT?",
    "Geen van deze tijden past mij.\n\nWat dacht je van vrijdag 14 februari om 11 uur CT?",
]


@pytest.mark.parametrize("body", _NONE_OF_THEM)
def test_none_of_the_users_times_is_a_refusal_not_a_tangle(body: str) -> None:
    verdict = read_reply(body, tz=_CHICAGO, date=_FEB_DATE, quote=_FEB_OFFERS)
    assert "time_in_conflict_sentence" not in doubt_codes(verdict)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _CHICAGO) == [datetime(2031, 2, 14, 11)]


def test_a_time_under_its_own_words_still_offers() -> None:
    verdict = read_reply(
        "Thursday at 4:30 works for me, none of the others do.",
        tz=_CHICAGO,
        date=_FEB_DATE,
        quote=_FEB_OFFERS,
    )
    assert local_starts(verdict, _CHICAGO) == [datetime(2031, 2, 13, 16, 30)]


_HOUR_WRAPPED = [
    "Could do Thursday Feb 13\nat 2 instead, or Friday the 14th at\n11. Either is fine.",
    "Could do Thursday Feb 13 at 2 instead, or Friday the 14th around\n11. Either is fine.",
    "Ginge Donnerstag, 13. Februar um 14 Uhr oder Freitag, 14. Februar um\n11. Beides passt.",
]


@pytest.mark.parametrize("body", _HOUR_WRAPPED)
def test_an_hour_wrapped_after_its_preposition_is_no_list_item(body: str) -> None:
    verdict = read_reply(body, tz=_CHICAGO, date=_FEB_DATE, quote=_FEB_OFFERS)
    assert [s.replace(minute=0) for s in local_starts(verdict, _CHICAGO)][:2] == [
        datetime(2031, 2, 13, 14),
        datetime(2031, 2, 14, 11),
    ]


def test_a_numbered_list_after_a_line_still_is_one() -> None:
    verdict = read_reply(
        "Here are my options:\n1. Thursday Feb 13 at 2pm\n2. Friday Feb 14 at 11am",
        tz=_CHICAGO,
        date=_FEB_DATE,
        quote=_FEB_OFFERS,
    )
    assert local_starts(verdict, _CHICAGO) == [datetime(2031, 2, 13, 14), datetime(2031, 2, 14, 11)]


def test_the_outreachs_own_if_none_of_those_work_refuses_nothing() -> None:
    quote = _JUNE_OFFERS + ">\n> Happy to adjust if none of those work.\n"
    verdict = read_reply("Wednesday at 2 works for me.", tz=_CHICAGO, date=_JUNE_DATE, quote=quote)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _CHICAGO) == [_WEDNESDAY_2PM]


def test_a_new_time_beside_the_weekday_leaves_the_week_open() -> None:
    verdict = read_reply(
        "Wednesday at 2pm or Thursday at 11am?", tz=_CHICAGO, date=_JUNE_DATE, quote=_JUNE_OFFERS
    )
    assert local_starts(verdict, _CHICAGO)[0] == datetime(2031, 6, 4, 14)
    assert "pick_on_another_date" in doubt_codes(verdict)
