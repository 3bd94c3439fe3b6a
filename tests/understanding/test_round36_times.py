"""Round 36 (times and picks): hard wraps inside a range, after a slash and before a zone, "is
gone" and "not at 11:30" as refusals, "(your 4pm)" and "Serían las …" as restatements, and a
move under the user's list of offers to days of the sender's own.

"between 1 and\\n3. all central" is one range; "8am Pacific /\\n10am Central" one time on two
clocks; "(9am\\nCT is 7am here)" one restatement. "tomorrow's 9am is gone for me now" and "Friday
is fine, just not at 11:30" refuse those times. "2pm my time on Friday (your 4pm)" names the
user's clock; "Serían las 10:00 allí" says the offer again. "Could we push to next week? Tuesday
the 12th at 9am works for me" under three offers proposes. Sentences of our own, with near
misses.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.understanding import Intent, Verdict
from workflows.understanding.sentences import sentences

_CHICAGO = ZoneInfo("America/Chicago")
_OFFER = (
    "\n\nOn Mon, Oct 4, 2032 at 9:10 AM Ada Obi <ada@example.com> wrote:\n"
    "> Could any of these work? (all Central time)\n> - Wednesday, October 6, 10:00 AM CT\n"
    "> - Thursday, October 7, 2:00 PM CT\n> - Friday, October 8, 11:30 AM CT\n>\n> Ada\n"
)
_CENTRAL = "Tue, 05 Oct 2032 08:15:00 -0500"
_PACIFIC = "Tue, 05 Oct 2032 06:15:00 -0700"
_MOUNTAIN = "Tue, 05 Oct 2032 07:15:00 -0600"
_MADRID = "Tue, 05 Oct 2032 15:15:00 +0200"


def _read(body: str, date: str = _CENTRAL, quote: str = _OFFER) -> Verdict:
    return read_reply(body, tz=_CHICAGO, date=date, quote=quote)


# --- a range wrapped after its first end -------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "hi ada - could do tues the 12th anytime between 1 and\n3. all central.\n\nj\n",
        "Hi Ada, Tuesday the 12th works for me, any time from 1 to\n3. Just send an invite.\n",
        "Hola Ada, el martes 12 me va bien, cuando quieras entre las 13 y\n15. Un saludo.\n",
    ],
)
def test_a_range_wrapped_after_its_joining_word_is_one_range(body: str) -> None:
    verdict = _read(body)
    assert local_starts(verdict, _CHICAGO) == [datetime(2032, 10, 12, 13, 0)]
    assert verdict.proposed_times[0].end.astimezone(_CHICAGO).hour == 15
    assert verdict.certain, doubt_codes(verdict)


def test_a_numbered_list_stays_a_list() -> None:
    # The line before each item ends on a clock with no joining word: no range is open.
    verdict = _read("Two options for you:\n1. Tuesday the 12th at 10\n2. Wednesday the 13th at 3\n")
    assert local_starts(verdict, _CHICAGO) == [
        datetime(2032, 10, 12, 10, 0),
        datetime(2032, 10, 13, 15, 0),
    ]
    assert verdict.certain, doubt_codes(verdict)


# --- a time on two clocks wrapped after the slash ----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada,\n\nTuesday the 12th at 8am Pacific /\n10am Central works for me, or Wednesday"
        " the 13th at the same time.\n",
        "Hi Ada - could we do Tue Oct 12, 8am PT /\n10am CT? Or Wed Oct 13 same time.\n",
        "Ada, none of those suit. Tues 12th 8:00 PT /\n10:00 CT, or Weds 13th at the same time?\n",
    ],
)
def test_a_slash_at_the_end_of_a_line_joins_the_next(body: str) -> None:
    # Split at the slash, "10am Central" stood alone and "the same time" was read off it.
    verdict = _read(body, _PACIFIC)
    assert local_starts(verdict, _CHICAGO) == [
        datetime(2032, 10, 12, 10, 0),
        datetime(2032, 10, 13, 10, 0),
    ]
    assert verdict.certain, doubt_codes(verdict)


# --- a clock wrapped before its zone -----------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada,\n\nThose are hard with my schedule (10am\nCT is 8am here, and I'm on the school"
        " run).\n\nWould Tue 10/12 9:30-10am MT work?\n\nBest,\nGreg\n",
        "Hi Ada,\n\nYour 11:30\nCT slot lands on my standup. Would Tue 10/12 9:30 MT work?\n",
        "Ada, the early ones are hard (10am\nCT = 9am for me, school run). Would Tue 10/12"
        " 9:30am MT work?\n",
    ],
)
def test_a_clock_wrapped_before_its_zone_is_one_time(body: str) -> None:
    verdict = _read(body, _MOUNTAIN)
    assert local_starts(verdict, _CHICAGO) == [datetime(2032, 10, 12, 10, 30)]
    assert verdict.certain, doubt_codes(verdict)


def test_a_place_opening_the_next_line_starts_its_own_sentence() -> None:
    # Only a zone's abbreviation runs on: a place's name may open a sentence of its own.
    assert sentences("See you at 10\nBoston is lovely in October.\n")[:2] == [
        "See you at 10",
        "Boston is lovely in October",
    ]


# --- a time said gone or refused after "not" --------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "hey ada - wednesday's 10am is gone for me now (a client call landed on it) but I could"
        " do Monday the 11th at 3pm.\n",
        "Hi Ada, the Wednesday 10:00 slot's gone, sorry. Could we do Monday the 11th at 3pm?\n",
        "Ada, Wednesday at 10 is now gone, a client call landed. Monday 11th at 3pm instead?\n",
    ],
)
def test_a_time_said_gone_is_refused(body: str) -> None:
    verdict = _read(body)
    assert local_starts(verdict, _CHICAGO) == [datetime(2032, 10, 11, 15, 0)]
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada,\n\nFriday is fine, just not at 11:30 - I teach then. Could we do"
        " 1pm on Friday instead?\n",
        "Hola Ada, el viernes sí, pero no a las 11:30, doy clase. ¿Te va el viernes a las 13:00?\n",
        "Bonjour Ada, vendredi oui, mais pas à 11h30. Vendredi à 13h vous irait ?\n",
        "Hallo Ada, Freitag gern, aber nicht um 11:30. Ginge Freitag um 13 Uhr?\n",
    ],
)
def test_an_hour_after_not_is_refused(body: str) -> None:
    verdict = _read(body)
    assert local_starts(verdict, _CHICAGO) == [datetime(2032, 10, 8, 13, 0)]
    assert verdict.certain, doubt_codes(verdict)


def test_why_not_at_an_hour_still_offers_it() -> None:
    verdict = _read("Ada, why not at 1pm on Friday? That works well for me.\n")
    assert local_starts(verdict, _CHICAGO) == [datetime(2032, 10, 8, 13, 0)]


def test_gone_by_then_is_no_loss() -> None:
    verdict = _read("Hi Ada, Thursday at 2pm works - the snow's gone by then surely.\n")
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _CHICAGO) == [datetime(2032, 10, 7, 14, 0)]


def test_a_bare_no_before_a_day_is_no_refused_hour() -> None:
    # "no" before a weekday is the day ruled out, as before; the offer after it stands.
    verdict = _read("Hola Ada, no el viernes. ¿Te va el lunes 11 a las 13:00?\n")
    assert local_starts(verdict, _CHICAGO) == [datetime(2032, 10, 11, 13, 0)]


# --- the user's clock named with "your" -----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "hour", "minute"),
    [
        (
            "Hi Ada,\n\nGlad to help. 12:30pm my time on Thursday (your 1:30) is good. Call me"
            " or send a link.\n",
            13,
            30,
        ),
        ("Ada - 1pm on Thursday (your 2pm) suits me fine.\n", 14, 0),
        (
            "Morning Ada! Thursday would work for me, so 12:00 on Thursday (your 1pm). Cheers\n",
            13,
            0,
        ),
    ],
)
def test_a_clock_called_the_users_restates(body: str, hour: int, minute: int) -> None:
    verdict = _read(body, _MOUNTAIN)
    assert local_starts(verdict, _CHICAGO) == [datetime(2032, 10, 7, hour, minute)]
    assert verdict.certain, doubt_codes(verdict)


def test_a_clock_of_the_users_with_no_offer_stays_dayless() -> None:
    # Nothing in the reply is offered for it to say again.
    verdict = _read("Ada - I'm free any time after your 3pm on most days.\n", _MOUNTAIN)
    assert not verdict.certain


# --- "Serían las …" opening its sentence --------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hola Ada:\n\n¿Te viene bien el lunes 11 a las 16:00 (hora de Madrid)? Serían las 9:00"
        " en Chicago, creo. Si no, el martes 12 a la misma hora.\n",
        "Hola Ada:\n\n¿Te viene bien el lunes 11 a las 16:00 (hora de Madrid)? Serían las 9:00"
        " allí, creo. Si no, el martes 12 a la misma hora.\n",
        "Ciao Ada, lunedì 11 alle 16:00 (ora di Madrid) ti va? Sarebbero le 9 da te, credo."
        " Altrimenti martedì 12 alla stessa ora.\n",
        "Olá Ada, segunda 11 às 16h (hora de Madrid) dá? Seriam 9h em Chicago, acho. Senão,"
        " terça 12 à mesma hora.\n",
    ],
)
def test_a_sentence_opening_on_would_be_restates(body: str) -> None:
    # "The same time" is the offer's, not the clock said again after it (which of the user's
    # places "Chicago" is stays for the zone rules to say).
    verdict = _read(body, _MADRID)
    madrid = ZoneInfo("Europe/Madrid")
    assert local_starts(verdict, madrid) == [
        datetime(2032, 10, 11, 16, 0),
        datetime(2032, 10, 12, 16, 0),
    ]


def test_would_be_at_an_hour_still_offers() -> None:
    # "Sería a las 10" places the meeting: an offer of its own, not a restatement.
    verdict = _read("Hola Ada, ¿el lunes 11? Sería a las 10:00, hora de Chicago.\n", _MADRID)
    assert local_starts(verdict, _CHICAGO) == [datetime(2032, 10, 11, 10, 0)]


# --- a move under the user's list to days of the sender's own -----------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada,\n\nThanks for reaching out. Could we push to next week? Tuesday the 12th at 9am"
        " works for me, as does Wednesday the 13th at the same time.\n",
        "Ada - this week is mad. Can we push to next week? Tuesday 12th at 9am or Wednesday"
        " 13th at 9am would suit.\n",
        "Hi Ada, could we postpone to the following week? Tuesday Oct 12 at 9:00 or Wednesday"
        " Oct 13 at 9:00 is fine by me.\n",
    ],
)
def test_a_move_under_the_users_list_to_other_days_proposes(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _CHICAGO) == [
        datetime(2032, 10, 12, 9, 0),
        datetime(2032, 10, 13, 9, 0),
    ]
    assert verdict.certain, doubt_codes(verdict)


def test_a_move_on_an_offered_day_keeps_its_doubt() -> None:
    # Friday is one of the user's days: the yes and the move may be a pick nudged.
    verdict = _read("Hi Ada, Friday works, can we push to 1pm?\n")
    assert verdict.intent is Intent.RESCHEDULE
    assert not verdict.certain


def test_moving_our_call_stays_a_reschedule() -> None:
    verdict = _read("Hi Ada, could we push our call to Tuesday the 12th at 9am?\n")
    assert verdict.intent is Intent.RESCHEDULE


def test_a_move_under_an_agreed_meeting_stays_a_reschedule() -> None:
    agreed = (
        "\n\nOn Mon, Oct 4, 2032 at 3:10 PM Ada Obi <ada@example.com> wrote:\n"
        "> Great, Thursday at 2pm it is - see you then!\n>\n"
        "> On Mon, Oct 4, 2032 at 9:10 AM Ada Obi <ada@example.com> wrote:\n"
        + _OFFER.split("wrote:\n", 1)[1].replace("> ", "> > ")
    )
    verdict = _read(
        "Hi Ada, could we push to next week? Tuesday the 12th at 9am works for me.\n",
        quote=agreed,
    )
    assert verdict.intent is Intent.RESCHEDULE


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada, something came up on Thursday. Could we push it to Tuesday the 12th at 9am?\n",
        "Hola Ada, me surgió algo el jueves. ¿Podemos pasarlo al martes 12 a las 9?\n",
        # "reschedule" and "move it" say something was scheduled; "tomorrow" may be one of the
        # user's days.
        "Hi Ada, why don't we reschedule? Tuesday the 12th at 9am would work.\n",
        "Hi Ada, could we move it to Tuesday the 12th at 9am?\n",
        "Hi Ada, tomorrow got busy - could we push it to Tuesday the 12th at 9am?\n",
    ],
)
def test_a_move_off_one_of_the_users_days_stays_a_reschedule(body: str) -> None:
    # Thursday is the user's: the sender may be moving a pick the thread does not show.
    verdict = _read(body)
    assert verdict.intent is Intent.RESCHEDULE
