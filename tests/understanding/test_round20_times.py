"""Round 20, times: the Portuguese "A <date>, às <hora>, <who> escreveu:" line, the Dutch list
("dinsdag of woensdag om 17:00"), one "next week" over days that each keep their own clock,
and a second offer on a new day "at 9am your time". Sentences of our own, each rule with a
near miss.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_NEW_YORK = ZoneInfo("America/New_York")
_QUOTE = (
    "\n\nOn Mon, Oct 4, 2027 at 9:00 AM Jordan Reyes <jordan@example.com> wrote:\n"
    "> Could we talk for 20 minutes? Thursday 10/7 at 9am ET or Friday 10/8 at 10am ET"
    " would work for me.\n>\n> Jordan Reyes\n> Atlanta, GA (Eastern time)\n"
)
# Sent on Wednesday 6 October: next week's Tuesday is the 12th, its Thursday the 14th, and
# this week's Thursday the 7th.
_WEDNESDAY = "Wed, 6 Oct 2027 09:00:00 +0200"


def _read(body: str, date: str = "Tue, 5 Oct 2027 09:00:00 +0100", quote: str = _QUOTE) -> Verdict:
    return read_reply(
        body, tz=_NEW_YORK, date=date, quote=quote, to="Jordan Reyes <jordan@example.com>"
    )


def _starts(verdict: Verdict) -> list[datetime]:
    return local_starts(verdict, _NEW_YORK)


_PORTUGUESE_QUOTE = (
    "\n\nA 04/10/2027, às 15:30, Jordan Reyes <jordan@example.com> escreveu:\n"
    "> Could we talk for 20 minutes? Thursday 10/7 at 9am ET or Friday 10/8 at 10am ET"
    " would work for me.\n>\n> Jordan Reyes\n> Atlanta, GA (Eastern time)\n"
)


@pytest.mark.parametrize(
    "quote",
    [
        _PORTUGUESE_QUOTE,
        _PORTUGUESE_QUOTE.replace("A 04/10/2027, às 15:30,", "A seg., 04/10/2027, 15:30,"),
    ],
)
def test_the_portuguese_attribution_line_is_no_time_of_the_reply(quote: str) -> None:
    verdict = _read("Quinta-feira às 9h (hora de Atlanta) está ótimo para mim.", quote=quote)
    assert verdict.intent is Intent.ACCEPT
    assert _starts(verdict) == [datetime(2027, 10, 7, 9, 0)]
    assert verdict.certain


def test_a_reply_line_opening_on_a_is_still_the_reply() -> None:
    # Near miss: "A sexta às 11h" opens like the attribution but writes no "escreveu:".
    verdict = _read("A sexta às 11h ET também daria.")
    assert _starts(verdict) == [datetime(2027, 10, 8, 11, 0)]


@pytest.mark.parametrize(
    "body",
    [
        "Ik kan dinsdag of woensdag om 11:00 ET.",
        "Dinsdag en woensdag om 11:00 ET kan ik allebei.",
        "Ik kan op dinsdag of op woensdag om 11:00 ET.",
    ],
)
def test_a_dutch_list_of_days_shares_its_clock(body: str) -> None:
    verdict = _read(body, date=_WEDNESDAY)
    assert _starts(verdict) == [datetime(2027, 10, 12, 11, 0), datetime(2027, 10, 13, 11, 0)]


def test_a_dutch_day_ruled_out_does_not_share_the_clock() -> None:
    # Near miss: "dinsdag niet, woensdag … wel" is no list.
    verdict = _read("Dinsdag kan ik niet, woensdag om 11:00 ET wel.", date=_WEDNESDAY)
    assert _starts(verdict) == [datetime(2027, 10, 13, 11, 0)]


@pytest.mark.parametrize(
    "body",
    [
        "Next week I can do Tuesday at 11am or Thursday between 11:30 and 12:30 (Atlanta time).",
        "Nächste Woche passt mir Dienstag um 11 Uhr oder Donnerstag zwischen 11:30 und 12:30 Uhr"
        " (Zeit in Atlanta).",
        "La semaine prochaine je peux mardi à 11h ou jeudi à 11h30 (heure d'Atlanta).",
        "La próxima semana puedo el martes a las 11:00 o el jueves a las 11:30 (hora de Atlanta).",
        "La prossima settimana posso martedì alle 11 o giovedì alle 11:30 (ora di Atlanta).",
        "Na próxima semana posso terça às 11h ou quinta às 11h30 (hora de Atlanta).",
        "Volgende week kan ik dinsdag om 11:00 of donderdag om 11:30 ET.",
    ],
)
def test_next_week_covers_each_day_of_a_list_with_its_own_clock(body: str) -> None:
    verdict = _read(body, date=_WEDNESDAY)
    assert [s.date().day for s in _starts(verdict)] == [12, 14]
    assert "two_readings_of_time" not in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "Next week I can do Tuesday at 11am, but Thursday at 11:30 would also work (Atlanta time).",
        "Nächste Woche kann ich nicht, aber Donnerstag um 11 Uhr (Zeit in Atlanta) geht.",
    ],
)
def test_a_day_after_a_contrast_is_not_covered_by_next_week(body: str) -> None:
    # Near miss: "but", "aber" end the list; which week the Thursday is stays a doubt.
    verdict = _read(body, date=_WEDNESDAY)
    assert not verdict.certain
    assert "two_readings_of_time" in doubt_codes(verdict)


def test_a_second_offer_on_a_new_day_in_your_time_is_an_offer() -> None:
    verdict = _read(
        "Could we do Monday 11 October at 4:30pm UK time instead? Failing that, Tuesday"
        " 12 October at 9am your time would also be fine (that's 2pm for me)."
    )
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert _starts(verdict) == [datetime(2027, 10, 11, 11, 30), datetime(2027, 10, 12, 9, 0)]


@pytest.mark.parametrize(
    "body",
    [
        # The same day again: a restatement.
        "Could we do Monday 11 October at 4:30pm UK time instead? Monday 11 October at"
        " 11:30am your time, if I have my sums right.",
        # The user's own quoted offer named back on the user's clock: no new offer.
        "Thursday at 9am ET works for me. Friday at 10am your time would be 3pm for me, so"
        " thanks for giving two options!",
    ],
)
def test_your_time_on_the_same_day_or_the_users_own_offer_offers_nothing_new(body: str) -> None:
    verdict = _read(body)
    assert len(_starts(verdict)) == 1


@pytest.mark.parametrize(
    "body",
    [
        "Estou a fechar o trimestre e não consigo marcar nada. Pode voltar a escrever-me a partir"
        " de 15 de novembro?",
        "Agora não dá. Pode contactar-me de novo em dezembro?",
    ],
)
def test_a_portuguese_request_to_write_again_from_a_later_day_is_a_defer(body: str) -> None:
    # Found once the attribution line above stopped reading as an offer.
    assert _read(body).intent is Intent.DEFER


def test_a_request_to_write_with_days_is_no_defer() -> None:
    # Near miss: "escrever-me" asking for something other than a later time.
    verdict = _read("Obrigado! Pode escrever-me os dias que prefere?")
    assert verdict.intent is not Intent.DEFER


@pytest.mark.parametrize(
    "body", ["This Friday at 3pm ET?", "Diesen Freitag um 15 Uhr ET?", "This Friday, 3pm ET?"]
)
def test_this_friday_written_on_a_friday_is_today(body: str) -> None:
    verdict = _read(body, date="Fri, 8 Oct 2027 13:00:00 -0400")
    assert _starts(verdict) == [datetime(2027, 10, 8, 15, 0)]


def test_this_friday_written_earlier_in_the_week_is_the_coming_one() -> None:
    # Near miss: "this" on another day still means the coming Friday.
    verdict = _read("This Friday at 3pm ET?", date="Wed, 6 Oct 2027 13:00:00 -0400")
    assert _starts(verdict) == [datetime(2027, 10, 8, 15, 0)]


@pytest.mark.parametrize(
    "body",
    [
        "Friday at 10 works (16:00 Berlin).",
        "Freitag um 10 passt mir (16 Uhr MESZ).",
        "Friday at 10 works for me (that is 4pm CEST).",
    ],
)
def test_a_bracket_in_the_senders_zone_restating_the_pick_leaves_it_the_users(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.ACCEPT
    assert _starts(verdict) == [datetime(2027, 10, 8, 10, 0)]


def test_a_bracket_naming_another_instant_does_not_make_the_clock_the_users() -> None:
    # Near miss: 17:00 in Berlin is 11:00 in New York, not the 10 before it.
    verdict = _read("Friday at 10 works (17:00 Berlin).")
    assert _starts(verdict) != [datetime(2027, 10, 8, 10, 0)]
