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
