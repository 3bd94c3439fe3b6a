"""Round 68, part T: a settled meeting moved to another day "at the same time" (blind69).

A user in Helsinki in October and November 2034 (the EU clocks went back on 29 October, the US
ones on 5 November); senders in Oslo and New York. Sentences of our own, each shaped like a
reply the reader got wrong or doubted in replies_blind69:

- The user's confirmation "16:00 Helsinki time (15:00 Oslo) it is": "Helsinki" was known only
  as a place a sender writes from, so for a user whose zone the reader was not told the
  confirmation lost its clock, no meeting was agreed, and "move to Friday, same time" was read
  certain as a fresh offer (s01). Helsinki and Oslo are now clock names too.
- "Thursday instead, same time? (15:00 here / 16:00 yours)": the bracket after the question
  mark spells the "same time" out; it was split off as a sentence of its own, and the "same
  time" was left unread (s05).
- "have to push wednesday's 3pm, dentist moved. same time friday the 20th?": typed in lower
  case, the "same time" question ran on in the move's sentence, so its Friday was read as the
  old time, not the new one (s04's shape, without the clock change).
- "Could we do Thursday instead, same time?" with no move word: under a settled meeting, every
  offer at the meeting's own clock on another day moves it (a reschedule, not a fresh offer);
  and "16:00 Helsinki time (15:00 Oslo) it is" settles the meeting, as "(15:00 Oslo time)" did.
- "Yes to Wednesday 16:00 - hmm, no wait, …": "no wait" takes the yes back, as "actually
  wait" did; before, the yes was read certain.
- "Tue at 2pm your time (Helsinki) or Wed at 5pm your time": a zone's name in brackets before
  "or" made the second offer read as a restatement of the first, dropped, certain (p15).

Pinned (strict xfail): a clash's "Wednesday afternoon" before the move (doubted); and "yes to
Wednesday 16:00 - no wait, 17:00 your time same day instead?" (doubted as a reply that corrects
itself, x06). s04 itself, "same time" after "(ur 5pm)" across the US fall-back, is read right
since round 69 (part M): "ur" is the user's clock, so the bracket restates.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_near_miss_safe,
    assert_read_right,
    local_starts,
    pinned,
    read_reply,
    reading,
)
from workflows.stages import Intent

HEL, UTC = ZoneInfo("Europe/Helsinki"), ZoneInfo("UTC")
P, R = Intent.PROPOSE_TIMES, Intent.RESCHEDULE

# The user's confirmation of Wednesday 18 October 16:00 Helsinki (15:00 in Oslo).
AGREED = (
    "\n\nOn Fri, 13 Oct 2034 at 10:00, Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai,\n>\n> Perfect - Wednesday 18 October at 16:00 Helsinki time (15:00 Oslo) it is."
    " I'll send a Teams link.\n>\n> Ada\n"
)
OSLO_DATE = "Mon, 16 Oct 2034 09:00:00 +0200"


def _at(day: int, hour: int, month: int = 10) -> datetime:
    """A start on the user's clock, as an aware time."""
    return datetime(2034, month, day, hour, tzinfo=HEL)


def _local(starts: list[datetime], tz: tzinfo) -> list[datetime]:
    return sorted(s.astimezone(tz).replace(tzinfo=None) for s in starts)


_PHONE_PUSH = (
    "hi ada - have to push wednesday's 3pm, dentist moved. same time friday the 20th?"
    "\n\nSent from my iPhone\n"
)
_AFTERNOON_BEFORE = (
    "Hi Ada,\n\nAn all-hands landed on Wednesday afternoon. Can we shift to Friday 20th, "
    "same time?\n\nKai\n"
)
MOVES = [
    (
        "Hi Ada,\n\nSomething came up. Can we shift to Friday 20th, same time?\n\nKai\n",
        [_at(20, 16)],
    ),
    (_AFTERNOON_BEFORE, [_at(20, 16)]),
    (
        "Hi Ada,\n\nWednesday has gone sideways, sorry. Could we do Thursday 19th instead, "
        "same time?\n\nKai\n",
        [_at(19, 16)],
    ),
    (
        "Hi Ada,\n\nWednesday has gone sideways, sorry. Could we do Thursday 19th instead, "
        "same time? (15:00 here / 16:00 yours)\n\nKai\n",
        [_at(19, 16)],
    ),
    (_PHONE_PUSH, [_at(20, 16)]),
]


# Whether the user's zone is known or not, the move is never a fresh certain offer.
@pytest.mark.parametrize("tz", [HEL, UTC], ids=["helsinki", "utc"])
@pytest.mark.parametrize(("body", "expected"), MOVES)
def test_same_time_move_never_certain_wrong(
    body: str, expected: list[datetime], tz: tzinfo
) -> None:
    verdict = read_reply(body, tz=tz, date=OSLO_DATE, quote=AGREED)
    assert reading(verdict, tz, R, _local(expected, tz)) != "WRONG"


@pytest.mark.parametrize(
    ("body", "expected"),
    pinned(
        MOVES,
        {
            _AFTERNOON_BEFORE: "the clash's 'Wednesday afternoon' is taken as the clock 'same "
            "time' repeats; doubted (move_to_agreed_time)",
        },
    ),
)
def test_same_time_move_read_right(body: str, expected: list[datetime]) -> None:
    verdict = read_reply(body, tz=HEL, date=OSLO_DATE, quote=AGREED)
    assert_read_right(verdict, HEL, R, _local(expected, HEL))


def test_helsinki_time_confirmation_agrees_without_the_users_zone() -> None:
    body = MOVES[0][0]
    verdict = read_reply(body, tz=UTC, date=OSLO_DATE, quote=AGREED)
    assert verdict.intent is R
    assert_read_right(verdict, UTC, R, _local([_at(20, 16)], UTC))


# The user's three offers, then two of the sender's on the user's clock from New York.
OFFERS = (
    "\n\nOn Mon, Oct 16, 2034 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work? All times are Helsinki time (EET/EEST):\n"
    "> - Friday 20 October, 9:00\n> - Monday 23 October, 10:00\n> - Tuesday 24 October, 9:30\n"
)
NY_DATE = "Mon, 16 Oct 2034 19:10:00 -0400"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Hi Ada,\n\nYour times are early for me, but I could do Tue Oct 24 at 2pm your time "
            "(Helsinki) or Wed Oct 25 at 5pm your time.\n\nKai\n",
            [_at(24, 14), _at(25, 17)],
        ),
        (
            "Hi Ada,\n\nToo early for me, sorry - how about Tue Oct 24 at 2pm (your time) or Wed"
            " Oct 25 at 5pm (your time)?\n\nKai\n",
            [_at(24, 14), _at(25, 17)],
        ),
    ],
)
def test_zone_in_brackets_before_or_keeps_both_offers(body: str, expected: list[datetime]) -> None:
    verdict = read_reply(body, tz=HEL, date=NY_DATE, quote=OFFERS)
    assert_read_right(verdict, HEL, P, _local(expected, HEL))


# A bracket with a clock in it before "or" still restates: never two certain offers of one time.
def test_clock_in_brackets_before_or_restates() -> None:
    body = (
        "Hi Ada,\n\nI could do Tue Oct 24 at 2pm your time (7am mine), or if that's too early "
        "for you, any time after 3pm your time.\n\nKai\n"
    )
    verdict = read_reply(body, tz=HEL, date=NY_DATE, quote=OFFERS)
    assert _local([_at(24, 7)], HEL)[0] not in local_starts(verdict, HEL) or not verdict.certain


# Austin across the US fall-back: Friday 3 November 10:00 CDT (17:00 Helsinki) moved to
# Monday 6 November 10:00 CST (18:00 Helsinki).
AGREED_US = (
    "\n\nOn Wed, Nov 1, 2034 at 2:00 PM Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai,\n>\n> Great - Friday 3 November at 17:00 Helsinki time (10:00 in Austin) it is.\n"
)
AUSTIN_DATE = "Thu, 02 Nov 2034 21:15:00 -0500"
_US_FALLBACK = (
    "yo ada - gotta push friday's 10am (ur 5pm), a client call came up. same time monday the "
    "6th? heads up: we fall back sunday so 10am central monday is 6pm for you.\n\nSent from my "
    "iPhone\n"
)
_TAKES_BACK = (
    "Hi Ada,\n\nQuick one from my phone. Yes to Wednesday 16:00 - hmm, no wait, I have a board "
    "call then. Could we do 17:00 your time same day instead?\n\nKai\n"
)
NEAR = [
    (_US_FALLBACK, AGREED_US, AUSTIN_DATE, R, [datetime(2034, 11, 6, 18)]),
    (_TAKES_BACK, AGREED, OSLO_DATE, R, [_at(18, 17).replace(tzinfo=None)]),
]


@pytest.mark.parametrize(("body", "quote", "date", "intent", "expected"), NEAR)
def test_near_misses_never_certain_wrong(
    body: str, quote: str, date: str, intent: Intent, expected: list[datetime]
) -> None:
    verdict = read_reply(body, tz=HEL, date=date, quote=quote)
    if reading(verdict, HEL, intent, expected) != "right":
        # Never the taken-back yes nor the old clock, certain.
        assert_near_miss_safe(verdict, HEL, None)


@pytest.mark.parametrize(
    ("body", "quote", "date", "intent", "expected"),
    pinned(
        NEAR,
        {
            _TAKES_BACK: "a yes taken back ('no wait') then a new hour that day: doubted as a "
            "reply that corrects itself",
        },
    ),
)
def test_near_misses_read_right(
    body: str, quote: str, date: str, intent: Intent, expected: list[datetime]
) -> None:
    verdict = read_reply(body, tz=HEL, date=date, quote=quote)
    assert_read_right(verdict, HEL, intent, expected)
