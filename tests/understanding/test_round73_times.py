"""Round 73 on replies_blind76 and replies_blind75 (times): a user in Helsinki, spring 2029
(US change 11 March, EU change 25 March). Sentences of our own:

- "(if I have that right?)": a question mark that closes an aside opened after talk of a
  clock change asks only in the aside; the talk before it stays talk, and the day it names
  ("this Sunday") offers nothing.
- "the week after I could do Tuesday (3/13)": a date on that weekday written right beside it
  says which Tuesday, so the week is no guess.
- "could we push it an hour, to 17:30 your time?" answered inline under the user's list,
  whose lines are read on the sender's clock: nothing was agreed, so it is a counter-offer.
- "Thursday at 11 works! ... scratch that, I fly out Thursday morning. Friday at 1pm?": the
  one earlier time is taken back by a clash over it; only the later time stands.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_read_right,
    doubt_codes,
    local_starts,
    read_reply,
)
from workflows.stages import Intent
from workflows.understanding import Verdict

HELSINKI = ZoneInfo("Europe/Helsinki")
OFFERS = (
    "\n\nOn Mon, 19 Feb 2029 at 09:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would one of these suit you? All Helsinki time (EET):\n"
    "> - Thursday 22 February, 15:00\n"
    "> - Monday 26 February, 11:00\n"
    "> - Wednesday 28 February, 16:30\n>\n> Ada\n"
)
NEW_YORK_BEFORE_US = "Thu, 01 Mar 2029 10:00:00 -0500"
CHICAGO_BEFORE_US = "Fri, 02 Mar 2029 17:00:00 -0600"


def _certain_and_wrong(verdict: Verdict, expected: list[datetime]) -> bool:
    return verdict.certain and sorted(local_starts(verdict, HELSINKI)) != expected


# Talk of the change with a hedge in brackets: ET times on the far side of the US change.
ASIDES = [
    "Hi Ada,\n\nCould we try the week after next? Tuesday 13 March at 10am ET, or Wednesday the "
    "14th at 9am ET.\nOur clocks go forward this Sunday week, so we'll be 6 hours behind you "
    "rather than 7 (if I have that right?). New York time is the safe bet.\n\nKai\n",
    "Hi Ada,\n\nThe week after next is better: Tuesday 13 March at 10am ET or Wednesday the 14th "
    "at 9am ET.\nHeads up, our clocks spring forward on Sunday the 11th, so the gap shrinks to 6 "
    "hours (I think?). Going by Eastern time is safest.\n\nKai\n",
]


@pytest.mark.parametrize("body", ASIDES)
def test_question_in_an_aside_keeps_the_clock_talk(body: str) -> None:
    verdict = read_reply(body, tz=HELSINKI, date=NEW_YORK_BEFORE_US, quote=OFFERS)
    assert_read_right(
        verdict,
        HELSINKI,
        Intent.PROPOSE_TIMES,
        [datetime(2029, 3, 13, 16), datetime(2029, 3, 14, 15)],
    )


# Near miss: the talk itself is asked (no bracket): whether the sender has the gap right is a
# question to the user, and the reading must not be certain and wrong.
def test_clock_talk_asked_outright_is_not_read_as_said() -> None:
    body = (
        "Hi Ada,\n\nCould we try the week after next? Tuesday 13 March at 10am ET, or Wednesday "
        "the 14th at 9am ET.\nOur clocks go forward this Sunday week - does that make it 6 hours "
        "between us, not 7?\n\nKai\n"
    )
    verdict = read_reply(body, tz=HELSINKI, date=NEW_YORK_BEFORE_US, quote=OFFERS)
    assert not _certain_and_wrong(verdict, [datetime(2029, 3, 13, 16), datetime(2029, 3, 14, 15)])


DATED_BESIDE = [
    "Hi Ada,\n\nNext week is a mess, but the week after I could do Tuesday (3/13) any time "
    "after 2 Central, or Thursday 3/15 at 8:30am CT.\n\nThanks,\nKai\n",
    "Hi Ada,\n\nIn two weeks I could do Tuesday, 3/13 from 2pm Central, or Thursday 3/15 at "
    "8:30am CT.\n\nThanks,\nKai\n",
]


@pytest.mark.parametrize("body", DATED_BESIDE)
def test_weekday_with_its_date_beside_it_has_one_week(body: str) -> None:
    verdict = read_reply(body, tz=HELSINKI, date=CHICAGO_BEFORE_US, quote=OFFERS)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert min(local_starts(verdict, HELSINKI)) == datetime(2029, 3, 13, 21)
    assert datetime(2029, 3, 15, 15, 30) in local_starts(verdict, HELSINKI)


# Near misses: the bracket's date falls on another weekday, or the weekday has no date at all.
@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada,\n\nNext week is a mess, but the week after I could do Tuesday (3/14) any time "
        "after 2 Central, or Thursday 3/15 at 8:30am CT.\n\nThanks,\nKai\n",
        "Hi Ada,\n\nNext week is a mess, but the week after I could do Tuesday any time after "
        "2 Central, or Thursday 3/15 at 8:30am CT.\n\nThanks,\nKai\n",
    ],
)
def test_weekday_without_its_own_date_stays_in_doubt(body: str) -> None:
    verdict = read_reply(body, tz=HELSINKI, date=CHICAGO_BEFORE_US, quote=OFFERS)
    assert not verdict.certain


def _inline(third: str) -> str:
    return (
        "Hi Ada, answers below.\n\n"
        "On Mon, 19 Feb 2029 at 09:00, Ada Obi <ada@example.com> wrote:\n"
        "> Would one of these suit you? All Helsinki time (EET):\n"
        "> - Thursday 22 February, 15:00\n\nNo, that's 8am here, school run.\n\n"
        "> - Monday 26 February, 11:00\n\n4am for me, so no.\n\n"
        f"> - Wednesday 28 February, 16:30\n\n{third}\n\n>\n> Ada\n\nKai\n"
    )


@pytest.mark.parametrize(
    "third",
    [
        "Almost - could we push it an hour, to 17:30 your time? That's 10:30am in Toronto.",
        "This one nearly works. Can we bump it to 17:30 your time?",
    ],
)
def test_inline_move_under_the_list_is_a_counter_offer(third: str) -> None:
    verdict = read_reply(_inline(third), tz=HELSINKI, date="Tue, 20 Feb 2029 08:05:00 -0500")
    assert_read_right(verdict, HELSINKI, Intent.PROPOSE_TIMES, [datetime(2029, 2, 28, 17, 30)])


# Near miss: the same move under one time the user confirmed is a reschedule, never an offer.
def test_move_under_a_confirmed_time_stays_a_reschedule() -> None:
    quote = (
        "\n\nOn Tue, 20 Feb 2029 at 09:00, Ada Obi <ada@example.com> wrote:\n"
        "> Great, Wednesday 28 February at 16:30 Helsinki time it is.\n>\n> Ada\n"
    )
    body = "Hi Ada,\n\nCould we push it an hour, to 17:30 your time?\n\nKai\n"
    verdict = read_reply(body, tz=HELSINKI, date="Wed, 21 Feb 2029 08:05:00 -0500", quote=quote)
    assert not (verdict.certain and verdict.intent is Intent.PROPOSE_TIMES)


DOHA = "Fri, 23 Mar 2029 19:00:00 +0300"
TAKEN_BACK = [
    "Hi Ada,\n\nThursday at 11 works!\n\n...actually, scratch that, I've just seen I'm flying to "
    "Muscat on Thursday morning.\nCould we do Friday 30th at 1pm Doha time instead?\n\nKai\n",
    "Hi Ada,\n\nThursday at 11 works. On second thought, I'm at the dentist on Thursday "
    "morning. Friday 30th at 1pm Doha time?\n\nKai\n",
    "Hi Ada,\n\nThursday at 11 is fine. Actually no, I'm tied up all Thursday morning - how "
    "about Friday 30th at 1pm Doha time?\n\nKai\n",
]


@pytest.mark.parametrize("body", TAKEN_BACK)
def test_correction_with_a_clash_takes_the_earlier_time_back(body: str) -> None:
    verdict = read_reply(body, tz=HELSINKI, date=DOHA, quote=OFFERS)
    assert_read_right(verdict, HELSINKI, Intent.PROPOSE_TIMES, [datetime(2029, 3, 30, 13)])


# Near misses: two times before the correction (one of them may stand), a clash that misses
# the earlier time, a later time said beside it, and no time after the correction.
KEPT_OR_UNCLEAR = [
    "Hi Ada,\n\nThursday at 11 or Friday at 10 both work. Scratch that, I'm out on Friday "
    "morning. Monday at 2pm?\n\nKai\n",
    "Hi Ada,\n\nThursday at 11 works! Actually scratch that, I'm busy Thursday afternoon. Could "
    "we look at Friday 30th at 1pm?\n\nKai\n",
    "Hi Ada,\n\nThursday at 11 works! Scratch that, I'm busy Thursday morning, but Friday 30th "
    "at 1pm works too.\n\nKai\n",
    "Hi Ada,\n\nThursday at 11 works! Scratch that, I fly out on Thursday morning. I'll send "
    "new times tomorrow.\n\nKai\n",
]


@pytest.mark.parametrize("body", KEPT_OR_UNCLEAR)
def test_correction_without_a_clear_withdrawal_stays_in_doubt(body: str) -> None:
    verdict = read_reply(body, tz=HELSINKI, date=DOHA, quote=OFFERS)
    assert not verdict.certain, (verdict.intent, local_starts(verdict, HELSINKI))


# Near miss: under a time the user confirmed, the time taken back may be the meeting itself and
# the later one a move of it; the correction stays in doubt.
def test_correction_under_a_confirmed_time_stays_in_doubt() -> None:
    quote = (
        "\n\nOn Tue, 20 Mar 2029 at 09:00, Ada Obi <ada@example.com> wrote:\n"
        "> Great, Thursday 29 March at 11:00 Helsinki time it is.\n>\n> Ada\n"
    )
    verdict = read_reply(TAKEN_BACK[2], tz=HELSINKI, date=DOHA, quote=quote)
    assert not (verdict.certain and verdict.intent is not Intent.RESCHEDULE)
