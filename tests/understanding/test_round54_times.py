"""Round 54, part W, on replies_blind53: a refused day or a clock said again, "that Friday".

The user lives in Warsaw. Sentences of our own:

- "Thursday doesn't work - in Israel Thursday evening is the start of my weekend": the day
  turned down, named again in the next clause with no word of offer, is the reason it is out.
- "(So 11:00 for you.) Or Monday the 20th, same time": a clock that only reads the one before
  on another clock is not the next day's, which has its own.
- "that Friday", "the Friday after" after a Friday's full date: that date, a week on from it.
- The wordings that turned a time down or talked of the clock change unread: "klappt bei mir
  leider nicht", "kan ook niet", "pulled into a war-room", "mudança de hora no domingo"; and a
  sign-off's "København", whose "ø" was lost with the accents.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply

WARSAW = ZoneInfo("Europe/Warsaw")
TUE_7_MARCH = "Tue, 07 Mar 2028 09:10:00 +0100"
MON_13_AT_16 = datetime(2028, 3, 13, 16, 0)
ASK_MONDAY = " What about Monday 13th at 16:00?"

REFUSED_AGAIN = [
    "Thursday doesn't work - in Israel Thursday evening is basically the start of my weekend.",
    "Thursday is out - Thursday afternoon I'm flying to Rome.",
    "Thursday won't work; Thursday evening is family time for us.",
]


@pytest.mark.parametrize("body", REFUSED_AGAIN)
def test_refused_day_named_again_offers_nothing(body: str) -> None:
    verdict = read_reply(body + ASK_MONDAY, tz=WARSAW, date=TUE_7_MARCH)
    assert local_starts(verdict, WARSAW) == [MON_13_AT_16]
    assert verdict.certain


# Near misses: a word of offer on the day named again, or another day, keeps the offer.
STILL_OFFERED = [
    ("Thursday morning doesn't work - Thursday afternoon is free though." + ASK_MONDAY, 9),
    ("Thursday doesn't work - Friday evening is free." + ASK_MONDAY, 10),
    ("Thursday doesn't work - Thursday at 17:00 would be fine though.", 9),
    # A "but" and a clock of its own (`test_round31_times`, `test_round46_times` in Portuguese
    # and Spanish): another time on the same day.
    ("Thursday at 16:30 I have to pick up the kids, but Thursday at 15:30 is great.", 9),
]


@pytest.mark.parametrize(("body", "day"), STILL_OFFERED)
def test_day_named_again_with_an_offer_keeps_it(body: str, day: int) -> None:
    verdict = read_reply(body, tz=WARSAW, date=TUE_7_MARCH)
    assert day in [start.day for start in local_starts(verdict, WARSAW)]


RESTATED_THEN_DAY = [
    (
        "Could we do 10:00 UK time on Friday 17 March instead? (So\n11:00 for you.) Or the"
        " following Monday, the 20th, same time.",
        [datetime(2028, 3, 17, 11, 0), datetime(2028, 3, 20, 11, 0)],
    ),
    (
        "Could we do 15:00 UK time on Friday 17 March? (That's 16:00 for you.) Or Monday the"
        " 20th at 14:00 UK.",
        [datetime(2028, 3, 17, 16, 0), datetime(2028, 3, 20, 15, 0)],
    ),
    # Near miss: the clock said again before the day it is for, with no other clock, is its.
    (
        "Could we do 15:00 UK time (16:00 for you) on Monday 20 March?",
        [datetime(2028, 3, 20, 16, 0)],
    ),
]


@pytest.mark.parametrize(("body", "starts"), RESTATED_THEN_DAY)
def test_restated_clock_leaves_next_day_its_own(body: str, starts: list[datetime]) -> None:
    verdict = read_reply(body, tz=WARSAW, date=TUE_7_MARCH)
    assert local_starts(verdict, WARSAW) == starts
    assert verdict.certain


def test_clock_restated_after_the_day_leaves_the_one_before_it() -> None:
    # Near miss (`replies_blind19` a12's shape): the clock after the day restates it in turn.
    body = "16:00 your time on Monday 13 March is perfect, that's 15:00 for me in London."
    verdict = read_reply(body, tz=WARSAW, date=TUE_7_MARCH)
    assert local_starts(verdict, WARSAW) == [MON_13_AT_16]


POINTED_AT = [
    (
        "Friday 17 March at 10:30 clashes with a standup. Could we do 10:00 UK time that"
        " Friday instead?",
        [datetime(2028, 3, 17, 11, 0)],
    ),
    (
        "Friday 17 March is booked. Could we do 10:00 UK time the Friday after?",
        [datetime(2028, 3, 24, 11, 0)],
    ),
    (
        "Friday 17 March at 10:00 UK time, or the Friday after, same time.",
        [datetime(2028, 3, 17, 11, 0), datetime(2028, 3, 24, 11, 0)],
    ),
    # Near misses: "this Friday" is the coming one; "that Friday" after a Thursday is that
    # Thursday's week.
    (
        "Friday 17 March at 10:30 is out. This Friday at 10:00 UK time works though.",
        [datetime(2028, 3, 10, 11, 0)],
    ),
    (
        "Thursday 16 March is booked. Could we do 10:00 UK time that Friday?",
        [datetime(2028, 3, 17, 11, 0)],
    ),
]


@pytest.mark.parametrize(("body", "starts"), POINTED_AT)
def test_weekday_pointed_at_from_a_date(body: str, starts: list[datetime]) -> None:
    verdict = read_reply(body, tz=WARSAW, date=TUE_7_MARCH)
    assert local_starts(verdict, WARSAW) == starts


TURNED_DOWN = [
    (
        "Donnerstag um 17 Uhr klappt bei mir leider nicht, da sitze ich im Lenkungskreis."
        " Wie wäre Montag, 13. März, um 16 Uhr?",
        [MON_13_AT_16],
    ),
    (
        "Dinsdag 14 maart om 14:00 kan ook niet, maar dezelfde tijd op woensdag 15 maart wel.",
        [datetime(2028, 3, 15, 14, 0)],
    ),
    (
        "Dinsdag 14 maart om 14:00 lukt ook niet. Woensdag 15 maart om 10:00?",
        [datetime(2028, 3, 15, 10, 0)],
    ),
    (
        "Really sorry, I need to move tomorrow's call - I've been pulled into a release"
        " war-room in the evening. Can we do Monday 13th at 17:00 instead?",
        [datetime(2028, 3, 13, 17, 0)],
    ),
    # Near misses: the same verbs saying yes.
    ("Donnerstag um 17 Uhr klappt bei mir gut.", [datetime(2028, 3, 9, 17, 0)]),
    (
        "Dinsdag 14 maart om 14:00 kan ook, of woensdag 15 maart om 10:00.",
        [datetime(2028, 3, 14, 14, 0), datetime(2028, 3, 15, 10, 0)],
    ),
]


@pytest.mark.parametrize(("body", "starts"), TURNED_DOWN)
def test_time_turned_down_offers_nothing(body: str, starts: list[datetime]) -> None:
    verdict = read_reply(body, tz=WARSAW, date=TUE_7_MARCH)
    assert local_starts(verdict, WARSAW) == starts
    assert verdict.certain


TUE_21_MARCH_LISBON = "Tue, 21 Mar 2028 10:00:00 +0000"
MON_27_AT_10 = datetime(2028, 3, 27, 10, 0)

CHANGE_ON_SUNDAY = [
    "Que tal segunda-feira, dia 27, às 9h (hora de Lisboa)? Se não me engano, com a mudança de"
    " hora no domingo, as 9h aqui são as 10h em Varsóvia.",
    "How about Monday 27th at 9am Lisbon time? With the time change on Sunday, 9am here is"
    " 10am in Warsaw.",
    "¿Qué tal el lunes 27 a las 9 (hora de Lisboa)? Con el cambio de hora el domingo, las 9"
    " aquí son las 10 en Varsovia.",
]


@pytest.mark.parametrize("body", CHANGE_ON_SUNDAY)
def test_change_of_hour_on_sunday_is_clock_talk(body: str) -> None:
    verdict = read_reply(body, tz=WARSAW, date=TUE_21_MARCH_LISBON)
    assert local_starts(verdict, WARSAW) == [MON_27_AT_10]


def test_change_of_hour_without_its_sunday_stays_in_doubt() -> None:
    body = (
        "Que tal segunda-feira, dia 27, às 9h (hora de Lisboa)? Com a mudança de hora, as 9h"
        " aqui são as 10h em Varsóvia."
    )
    verdict = read_reply(body, tz=WARSAW, date=TUE_21_MARCH_LISBON)
    assert not verdict.certain


THU_9_MARCH_CPH = "Thu, 09 Mar 2028 08:44:00 +0100"
CPH_OFFER = "Woensdag 29 maart om 14:00?\n\nSanne\n\n--\nSanne de Wit\n"


def test_place_with_a_stroked_letter_sets_the_clock() -> None:
    verdict = read_reply(
        CPH_OFFER + "Product Analyst | Nordlys Energy A/S | København\n",
        tz=WARSAW,
        date=THU_9_MARCH_CPH,
    )
    assert [w.start.utcoffset() for w in verdict.proposed_times] == [timedelta(hours=2)]
    assert verdict.certain


def test_no_place_leaves_the_header_clock_in_doubt() -> None:
    verdict = read_reply(
        CPH_OFFER + "Product Analyst | Nordlys Energy A/S\n", tz=WARSAW, date=THU_9_MARCH_CPH
    )
    assert doubt_codes(verdict) == ["clock_change_after_writing"]
