"""Round 65 on replies_blind67: a user in Halifax, Feb-Apr 2034, replies from Chicago.

"next <weekday>" counts from the day the reply was written. A date named in the sentence
before or earlier in the same one ("I'm away on the 6th") is no anchor for it: written late in
a week, "next Wednesday" is the coming week's, even when that falls before the date named.
Written early in a week, "next Wednesday" is this week's to some and next week's to others,
so the reader doubts.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import assert_read_right, doubt_codes, read_reply
from workflows.stages import Intent

HALIFAX = ZoneInfo("America/Halifax")
QUOTE = (
    "\n\nOn Mon, Feb 20, 2034 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Could one of these suit you? Atlantic time:\n"
    "> - Wednesday 1 March, 11:00\n"
    "> - Friday 3 March, 15:00\n"
    "> - Monday 6 March, 10:00\n"
)
# A Friday afternoon in Chicago.
FRIDAY = "Fri, 24 Feb 2034 15:10:00 -0600"
# A Monday morning in Chicago.
MONDAY = "Mon, 20 Feb 2034 09:05:00 -0600"

# Written on Friday 24 Feb: the Tuesday of the coming week is 28 Feb, before the 6th.
LATE_IN_WEEK = [
    "Hi Ada, none of those suit, and I'm away on the 6th anyway. How about next Tuesday, "
    "8am Central? That would be 10 for you.\n\nKai\n",
    "Hi Ada, I'm travelling on the 6th and the other two clash. Next Tuesday at 8am Central "
    "instead?\n\nKai\n",
    "Hi Ada, sadly the 6th is out for me, could we do next Tuesday at 8am Central?\n\nKai\n",
]


@pytest.mark.parametrize("body", LATE_IN_WEEK)
def test_next_weekday_late_in_the_week_is_the_coming_weeks(body: str) -> None:
    verdict = read_reply(body, tz=HALIFAX, date=FRIDAY, quote=QUOTE)
    assert_read_right(verdict, HALIFAX, Intent.PROPOSE_TIMES, [datetime(2034, 2, 28, 10, 0)])


# Written on Monday 20 Feb: "next Thursday" is the 23rd or the 2nd.
EARLY_IN_WEEK = [
    "Hi Ada, I'm away on the 6th. Could we do next Thursday at 8am Central?\n\nKai\n",
    "Hi Ada, how about next Thursday, 8am Central?\n\nKai\n",
]


@pytest.mark.parametrize("body", EARLY_IN_WEEK)
def test_next_weekday_early_in_the_week_is_doubted(body: str) -> None:
    verdict = read_reply(body, tz=HALIFAX, date=MONDAY, quote=QUOTE)
    assert not verdict.certain
    assert "next_weekday_two_weeks" in doubt_codes(verdict)


# Without "next", a bare weekday after a date in the same sentence still follows that date.
def test_bare_weekday_after_a_date_still_follows_it() -> None:
    body = "Hi Ada, Monday 6 March at 8am Central, or Tuesday at the same time?\n\nKai\n"
    verdict = read_reply(body, tz=HALIFAX, date=FRIDAY, quote=QUOTE)
    assert_read_right(
        verdict,
        HALIFAX,
        Intent.PROPOSE_TIMES,
        [datetime(2034, 3, 6, 10, 0), datetime(2034, 3, 7, 10, 0)],
    )


# Written by hand, an outright no beside a leave turns the chat down; the leave is its reason.
# A softer no (not taking meetings, can't make the times) beside an absence stays in doubt.
LEAVE = "Tue, 21 Mar 2034 08:00:00 +0000"
NO_WITH_LEAVE = [
    "hey ada, kind of you to ask but i'm going to have to pass - i've just gone on parental "
    "leave and am keeping away from my inbox. good luck!\n\nkai\n",
    "Thanks Ada. I'm afraid I must decline, I've just started medical leave.\n\nKai\n",
]


@pytest.mark.parametrize("body", NO_WITH_LEAVE)
def test_outright_no_beside_a_leave_is_a_decline(body: str) -> None:
    verdict = read_reply(body, tz=HALIFAX, date=LEAVE)
    assert_read_right(verdict, HALIFAX, Intent.DECLINE, [])


SOFT_NO_WITH_LEAVE = [
    "I'm out on leave and not taking any meetings, sorry.\n\nKai\n",
    "I must decline for now, I've just started parental leave.\n\nKai\n",
]


@pytest.mark.parametrize("body", SOFT_NO_WITH_LEAVE)
def test_softer_no_beside_a_leave_is_no_sure_decline(body: str) -> None:
    verdict = read_reply(body, tz=HALIFAX, date=LEAVE)
    assert not (verdict.certain and verdict.intent is Intent.DECLINE)


# "Write to her in my name" hands the user on to the person named before it.
SENT_IN_MY_NAME = [
    "Hola Ada:\n\nYo me ocupo de la parte técnica; para lo que buscas te vendrá mejor Marta "
    "Gil (marta.gil@example.es), que lleva producto. Escríbele de mi parte.\n\nUn saludo,\nKai\n",
    "Bonjour Ada,\n\nJe m'occupe surtout du code. Marta Gil (marta.gil@example.fr) dirige "
    "l'équipe produit : écrivez-lui de ma part.\n\nBien à vous,\nKai\n",
]


@pytest.mark.parametrize("body", SENT_IN_MY_NAME)
def test_write_to_them_in_my_name_is_a_referral(body: str) -> None:
    verdict = read_reply(body, tz=HALIFAX, date=LEAVE)
    assert_read_right(verdict, HALIFAX, Intent.REFERRAL, [])


# Greetings passed on in the sender's name hand no one on.
def test_greetings_in_my_name_are_no_referral() -> None:
    body = "Hola Ada, el martes a las 10 me va bien. Saluda a Marta de mi parte.\n\nKai\n"
    verdict = read_reply(body, tz=HALIFAX, date=LEAVE)
    assert verdict.intent is not Intent.REFERRAL
