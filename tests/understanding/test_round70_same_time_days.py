"""Round 70, part Z (blind73 p09): a second offer made with "same time" on another day.

A user in Athens offers a few slots; a sender in Denver answers inline under each, and under
one asks for another hour that day, then offers "the same time" a week on. The US clocks
change on 9 March 2036 and the EU's on the 30th, so the two offers sit an hour apart on the
user's clock. Sentences of our own:

- "the following Wednesday" under "> - Wednesday 5 March": the one a week on, not that one.
- "same time" plus a day the reader cannot place ("the week after", "next Wednesday" under a
  quoted Wednesday) must leave the reply in doubt, never certain with the offer dropped.
- a bracketed day that disagrees with the week counted ("the following Wednesday (the 19th)").
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import assert_near_miss_safe, assert_read_right, read_reply
from workflows.stages import Intent

ATHENS = ZoneInfo("Europe/Athens")
WRITTEN = "Mon, 3 Mar 2036 07:40:00 -0700"
OPENING = (
    "Morning Ada - replies under each one.\n\n"
    "On Sun, Mar 2, 2036 at 9:10 PM Ada Obi <ada@example.com> wrote:\n"
    "> Could we find 30 minutes? Some times that suit me (Athens time):\n>\n"
    "> - Monday 3 March, 09:00\n\nsorry, middle of my night\n\n"
    "> - Wednesday 5 March, 17:00\n\n"
)
CLOSING = "\n\n> - Monday 10 March, 18:00\n\nno, travelling\n\n> Thanks!\n> Ada\n\nRuth\n"
# 10:00 Mountain on the 5th (-07:00) and on the 12th (-06:00, after the US change).
FIRST = datetime(2036, 3, 5, 19, 0)
WEEK_ON = datetime(2036, 3, 12, 18, 0)


# The inline answer's opening: the quoted 17:00 on the sender's clock, then a new hour that day.
LEAD = "That is 8am here, school drop-off. Would 10am Mountain that day suit instead? "


def inline(answer: str) -> str:
    """``answer`` written under the quoted Wednesday slot."""
    return OPENING + answer + CLOSING


@pytest.mark.parametrize(
    "answer",
    [
        LEAD + "The same time the following Wednesday (the 12th) is fine too.",
        LEAD + "The same time the following Wednesday is fine too.",
        LEAD + "Or same time on the 12th.",
    ],
)
def test_same_time_a_week_on_keeps_the_named_clock(answer: str) -> None:
    verdict = read_reply(inline(answer), tz=ATHENS, date=WRITTEN)
    assert_read_right(verdict, ATHENS, Intent.PROPOSE_TIMES, [FIRST, WEEK_ON])


# The following Thursday is the day after, on the same clock (before the US change).
def test_same_time_the_following_other_weekday() -> None:
    answer = LEAD + "The same time the following Thursday is fine too."
    verdict = read_reply(inline(answer), tz=ATHENS, date=WRITTEN)
    assert_read_right(verdict, ATHENS, Intent.PROPOSE_TIMES, [FIRST, datetime(2036, 3, 6, 19, 0)])


# Near misses: "same time" on a day the reader does not place, or places against its bracket.
@pytest.mark.parametrize(
    "answer",
    [
        LEAD + "The same time the week after is fine too.",
        LEAD + "The same time next Wednesday is fine too.",
        LEAD + "The same time the following Wednesday (the 19th) is fine too.",
    ],
)
def test_same_time_on_an_unplaced_day_is_doubted(answer: str) -> None:
    verdict = read_reply(inline(answer), tz=ATHENS, date=WRITTEN)
    assert_near_miss_safe(verdict, ATHENS, Intent.PROPOSE_TIMES)


# Near miss, no quote: a full date before places "the following Friday", but the bracket
# names a Thursday's day; one of the two is a slip.
def test_bracket_against_the_following_weekday_is_doubted() -> None:
    body = (
        "Hi Ada,\n\nCould you do 10am Mountain on Wednesday 5 March? Or the same time the "
        "following Friday (the 12th).\n\nRuth\n"
    )
    verdict = read_reply(body, tz=ATHENS, date=WRITTEN)
    assert_near_miss_safe(verdict, ATHENS, Intent.PROPOSE_TIMES)


# Not a second offer: "same time" with no other day stays the one offer, read certain.
def test_same_time_without_another_day_stays_one_offer() -> None:
    answer = LEAD + "Same time works for me most weeks, but let's start with that."
    verdict = read_reply(inline(answer), tz=ATHENS, date=WRITTEN)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert FIRST in [
        w.start.astimezone(ATHENS).replace(tzinfo=None) for w in verdict.proposed_times
    ]
