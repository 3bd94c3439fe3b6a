"""Round 70, part Y: an invitation at a time the user did not offer, with a way out on a condition.

"If Friday is a weekend day for you, please tell me and I will find another day" (blind73
p11), under a first invitation (SEQUENCE:0) at a time none of the user's quoted offers hold:
"find another day" is a move word, so the reader took a certain reschedule. Nothing was
agreed, so there is no meeting to move: another day found on a condition is the way out of
the invitation just sent, which by convention (c) proposes its own time.

Near misses stay a reschedule: an updated invitation (a later SEQUENCE), a quote that shows a
meeting agreed, and words naming a meeting of "ours".
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import assert_read_right, doubt_codes, read_invite
from workflows.stages import Intent
from workflows.understanding import Verdict

# The user lives in Lisbon (UTC+00:00 in November).
_TZ = ZoneInfo("Europe/Lisbon")
_OFFERS = (
    "\n\nOn Mon, Nov 6, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Could you spare half an hour for a call? Any of these, Lisbon time:\n>\n"
    "> - Tue 14 Nov, 16:30\n> - Wed 15 Nov, 10:00\n> - Thu 16 Nov, 16:00\n>\n> Ada\n"
)
_AGREED = (
    "\n\nOn Wed, Nov 8, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Great, confirmed for Tuesday 14 Nov at 16:30 Lisbon time. Talk then!\n>\n> Ada\n"
)


def _with_invite(body: str, start: str, *, quote: str, sequence: int = 0) -> Verdict:
    """``body`` above ``quote`` and a REQUEST starting ``start`` (DTSTART with its parameters)."""
    event = f"UID:r70y@example.com\nDTSTART{start}\nSEQUENCE:{sequence}\nSUMMARY:Chat"
    return read_invite(body, event, tz=_TZ, date="Thu, 09 Nov 2028 10:00:00 +0900", quote=quote)


# (body, DTSTART, the local start proposed)
_OWN_TIME_WITH_WAY_OUT = [
    (
        "Hi Ada,\n\nYour afternoons run into school pickup for me, so I have sent an invitation"
        " for Monday 13 November at 10:00 my time. If Monday does not suit you, let me know and"
        " I will find another day.\n\nKenji",
        ";TZID=Asia/Tokyo:20281113T100000",
        datetime(2028, 11, 13, 1, 0),
    ),
    (
        "Ada - an invite for Friday the 17th, 8am your time, is in your inbox. If that turns out"
        " to be a holiday where you are, just say so and I'll pick a different time.",
        ":20281117T080000Z",
        datetime(2028, 11, 17, 8, 0),
    ),
    (
        "Thanks! I put Monday 13 Nov, 07:30 Lisbon time, in the calendar; if it is too early for"
        " you I can find another slot.",
        ";TZID=Europe/Lisbon:20281113T073000",
        datetime(2028, 11, 13, 7, 30),
    ),
]


@pytest.mark.parametrize(("body", "start", "local"), _OWN_TIME_WITH_WAY_OUT)
def test_a_first_invite_at_a_new_time_with_a_conditional_way_out_proposes_it(
    body: str, start: str, local: datetime
) -> None:
    verdict = _with_invite(body, start, quote=_OFFERS)
    assert_read_right(verdict, _TZ, Intent.PROPOSE_TIMES, [local])


# Near misses: (body, DTSTART, quote, SEQUENCE); each moves a meeting already there.
_MOVES_A_MEETING = [
    # An updated invitation over a meeting the quote shows agreed.
    (
        "Ada, a clash came up on Tuesday. I have moved the invitation to Friday 17 Nov at 9:00"
        " Lisbon time. If Friday is hard for you, tell me and I will find another day.",
        ";TZID=Europe/Lisbon:20281117T090000",
        _AGREED,
        1,
    ),
    # A fresh invitation, but the quote shows the meeting agreed.
    (
        "Sorry Ada, I've sent a new invite for Friday 17 Nov at 9:00 Lisbon time. If Friday is"
        " hard for you, tell me and I'll find another day.",
        ";TZID=Europe/Lisbon:20281117T090000",
        _AGREED,
        0,
    ),
    # "Our chat": a meeting agreed out of the quote's view.
    (
        "Our chat on Tuesday: I have sent an invite for Friday 17 Nov at 9:00 Lisbon time. If"
        " Friday is tricky, I will find another time.",
        ";TZID=Europe/Lisbon:20281117T090000",
        _OFFERS,
        0,
    ),
]


@pytest.mark.parametrize(("body", "start", "quote", "sequence"), _MOVES_A_MEETING)
def test_an_invite_that_moves_a_meeting_stays_a_reschedule(
    body: str, start: str, quote: str, sequence: int
) -> None:
    verdict = _with_invite(body, start, quote=quote, sequence=sequence)
    assert verdict.intent is Intent.RESCHEDULE, (verdict.intent, doubt_codes(verdict))
