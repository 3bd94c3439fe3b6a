"""Round 72, part S, on replies_blind75 (times): a user in Karachi. Sentences of our own.

- "3pm SL time", "11am PK time": a country's short name before "time" names its clock, as
  "SG time", "HK time", "NZ time" and "UK time" already did; "Sri Lanka time" likewise.
- "Thursday at 6pm your time? ... Or Friday, same time.": a clock named on the user's side,
  with no clock before it, is the offer that a later sentence's "same time" repeats.
- Near misses: a restatement that the named clock contradicts, the user's clock read again
  in a bracket, a "same time" in the clock's own sentence, a bracket on the old meeting.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import assert_near_miss_safe, assert_read_right, read_reply
from workflows.stages import Intent

KARACHI = ZoneInfo("Asia/Karachi")
LONDON = ZoneInfo("Europe/London")
QUOTE = (
    "\n\nOn Mon, 15 Sep 2036 at 10:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work? All times are Karachi time (PKT, UTC+5):\n"
    "> - Thursday 18 September, 4:00 pm\n> - Monday 22 September, 11:00 am\n"
)
LONDON_QUOTE = (
    "\n\nOn Mon, 15 Sep 2036 at 10:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work? All times are UK time:\n"
    "> - Thursday 18 September, 4:00 pm\n> - Monday 22 September, 11:00 am\n"
)
COLOMBO_SENT = "Tue, 16 Sep 2036 14:20:00 +0530"
LONDON_SENT = "Tue, 16 Sep 2036 09:00:00 +0100"
ZURICH_SENT = "Tue, 16 Sep 2036 10:00:00 +0200"

# (body, user's zone, Date header, quote, the starts on the user's clock)
READ = [
    (
        "Hi Ada,\n\nI'm away Thursday. Would Friday 19th at 2pm SL time suit, or Monday 22nd "
        "at 9.30am (SL time too)?\n\nBest\nKai\n",
        KARACHI, COLOMBO_SENT, QUOTE,
        [datetime(2036, 9, 19, 13, 30), datetime(2036, 9, 22, 9, 0)],
    ),
    (
        "Hi Ada,\n\nCould we do Friday 19th, 4pm Sri Lanka time?\n\nKai\n",
        KARACHI, LONDON_SENT, QUOTE, [datetime(2036, 9, 19, 15, 30)],
    ),
    (
        "Hi Ada,\n\nhow about fri 19 sept 11am PK time? that's 7am for me\n\nKai\n",
        KARACHI, LONDON_SENT, QUOTE, [datetime(2036, 9, 19, 11, 0)],
    ),
    (
        "Hi Ada,\n\nFriday 19 September at 3pm SL time would be good for me.\n\nKai\n",
        LONDON, ZURICH_SENT, LONDON_QUOTE, [datetime(2036, 9, 19, 10, 30)],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("body", "tz", "sent", "quote", "starts"), READ)
def test_country_short_name_names_its_clock(
    body: str, tz: ZoneInfo, sent: str, quote: str, starts: list[datetime]
) -> None:
    verdict = read_reply(body, tz=tz, date=sent, quote=quote)
    assert_read_right(verdict, tz, Intent.PROPOSE_TIMES, starts)


# Near misses: a restatement on the user's clock that the named clock contradicts (3pm in
# Colombo is 2:30pm in Karachi), and the letters with no "time" after them.
NEAR = [
    (
        "Hi Ada,\n\nFriday 19th at 3pm SL time (2pm for you, if I have it right)?\n\nKai\n",
        KARACHI, LONDON_SENT, QUOTE,
    ),
    (
        "Hi Ada,\n\nhow about fri 19 sept 11am PK time (so 9am for me)?\n\nKai\n",
        KARACHI, LONDON_SENT, QUOTE,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("body", "tz", "sent", "quote"), NEAR)
def test_contradicted_short_name_stays_in_doubt(
    body: str, tz: ZoneInfo, sent: str, quote: str
) -> None:
    verdict = read_reply(body, tz=tz, date=sent, quote=quote)
    assert_near_miss_safe(verdict, tz, Intent.PROPOSE_TIMES)


# "same time" in the sentence after a clock named on the user's side repeats it on that clock:
# the clock is the offer, not a reading of another. Nothing changes in Karachi; Chicago has
# fallen back (2 November) before both days.
CHICAGO_SENT = "Fri, 24 Oct 2036 16:05:00 -0500"
NOVEMBER_QUOTE = (
    "\n\nOn Mon, 20 Oct 2036 at 23:31, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work? All times are Karachi time (PKT, UTC+5):\n"
    "> - Monday 27 October, 5:00 pm\n> - Tuesday 4 November, 6:00 pm\n"
)
SAME_ON_USERS = [
    "Hi Ada,\n\nnone of those suit, sorry. What about Wednesday Nov 12 at 6pm your time "
    "(Karachi)? That's 7am in Chicago. Or Thursday Nov 13, same time.\n\nKai\n",
    "Hi Ada,\n\nWould Wednesday 12 November at 6pm your time work? Otherwise Thursday "
    "13 November at the same time.\n\nKai\n",
]


@pytest.mark.parametrize("body", SAME_ON_USERS)
def test_same_time_after_a_clock_on_the_users_side(body: str) -> None:
    verdict = read_reply(body, tz=KARACHI, date=CHICAGO_SENT, quote=NOVEMBER_QUOTE)
    assert_read_right(
        verdict,
        KARACHI,
        Intent.PROPOSE_TIMES,
        [datetime(2036, 11, 12, 18, 0), datetime(2036, 11, 13, 18, 0)],
    )


# Near misses: the user's clock read again in a bracket after the sender's ("8am my time (7pm
# for you)"), in the same sentence as the "same time" (whose zone is not read there), and a
# bracket that reads the old meeting's day.
SAME_NEAR = [
    "Hi Ada,\n\nWhat about Wednesday Nov 12 at 8am my time (6pm for you)? Or Thursday "
    "Nov 13, same time.\n\nKai\n",
    "Hi Ada,\n\nWednesday Nov 12 at 6pm yours, or Thursday Nov 13 same time?\n\nKai\n",
    "Hi Ada,\n\nCould we move our Tuesday (6pm your time) to Wednesday 5 November, same "
    "time?\n\nKai\n",
]


@pytest.mark.parametrize("body", SAME_NEAR)
def test_same_time_near_misses_stay_safe(body: str) -> None:
    verdict = read_reply(body, tz=KARACHI, date=CHICAGO_SENT, quote=NOVEMBER_QUOTE)
    assert_near_miss_safe(verdict, KARACHI, Intent.RESCHEDULE)
