"""Round 44, times: offers replies_blind45 lost from certain readings.

A phone reply typed in lower case ran a short word's full stop into the weekday after it ("those
slots clash with my clinic rounds tho. wednesday 9 may at 2pm works"), so the conflict took the
offer with it. And "can we push our Tuesday chat back by an hour?" beside another offer was read
certain with the other offer only: the shift of the agreed meeting, which the reader does not add
up, was lost. "would be 2pm your side" (no "on") restated the offer on the user's clock but was
read as a second offer. Sentences of our own (a Berlin user in March 2035, before the EU clock
change, and a Johannesburg one in May), with near misses that keep their reading or stay in
doubt.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply

BERLIN = ZoneInfo("Europe/Berlin")

# Tue Mar 13, Wed Mar 14, Fri Mar 16 2035, on the user's clock (+01:00).
_OUTREACH = (
    "\n\nOn Mon, Mar 5, 2035 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 20 minutes for a call? Any of these work for me (Berlin time, CET):\n"
    ">\n"
    "> - Tuesday March 13, 10:00\n"
    "> - Wednesday March 14, 15:00\n"
    "> - Friday March 16, 11:30\n"
)
# The call agreed for Tuesday March 13 at 10:00 Berlin.
_AGREED = (
    "\n\nOn Tue, Mar 6, 2035 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Great, Tuesday March 13 at 10:00 (Berlin time) it is!\n>\n> Ada\n"
)
_BERLIN = "Mon, 5 Mar 2035 10:00:00 +0100"
# Written the day after the call was agreed.
_AFTER_AGREED = "Wed, 7 Mar 2035 10:00:00 +0100"


def _read(
    body: str, date: str = _BERLIN, quote: str = _OUTREACH
) -> tuple[str, list[datetime], list[str]]:
    verdict = read_reply(body, tz=BERLIN, date=date, quote=quote)
    return verdict.intent.value, local_starts(verdict, BERLIN), doubt_codes(verdict)


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2035, 3, day, hour, minute)


# A short lower-case word's full stop, then a weekday in lower case: two sentences, so the
# conflict in the first leaves the offer in the second alone.
_LOWER_DAY_AFTER_STOP = [
    "those clash with my rounds tho. wednesday 21 march at 2pm works, or thursday 22nd at 4pm",
    "those clash with my clinic, sry. wednesday 21 march at 2pm works, or thursday 22nd at 4pm",
    "all of those clash for me, no. wednesday 21 march at 2pm works, or thursday 22nd at 4pm",
]


@pytest.mark.parametrize("body", _LOWER_DAY_AFTER_STOP)
def test_a_lower_case_weekday_after_a_short_word_starts_a_sentence(body: str) -> None:
    assert _read(body) == ("propose_times", [_at(21, 14), _at(22, 16)], [])


# An abbreviated weekday ("wed", "sat" are words too) does not start one: still read in doubt.
def test_an_abbreviated_lower_case_day_after_a_stop_stays_in_doubt() -> None:
    assert _read("can't do it. wed 21 march at 2pm?")[2] != []


# "push our Tuesday chat back by an hour", "bump the call by 30 minutes": a shift of the agreed
# meeting beside another offer; the reader does not add the length up, so it doubts.
_SHIFT_BESIDE_OFFER = [
    "Sorry - can we push our Tuesday chat back by an hour? If not, Wednesday 14 March at 11 works.",
    "Could we bump the call by 30 minutes? Otherwise Wednesday 14 March at 11 also works.",
    "Can we push our Tuesday call back an hour? Or Wednesday 14 March at 11 would do.",
    "Would you mind if we shift the chat by an hour? Wednesday 14 March at 11 works too.",
]


@pytest.mark.parametrize("body", _SHIFT_BESIDE_OFFER)
def test_a_shift_beside_another_offer_stays_in_doubt(body: str) -> None:
    intent, _, doubts = _read(body, _AFTER_AGREED, _AGREED)
    assert (intent, "shift_by_length" in doubts) == ("reschedule", True)


# Near misses: a move to a named time, by days or weeks to a named date, or by an hour with its
# new clock on the meeting's day, keeps its certain reading.
_MOVE_TO_A_TIME = [
    ("Can we move our Tuesday chat to Wednesday 14 March at 11?", _at(14, 11)),
    ("Could we push our Tuesday chat to Wednesday 14 March at 11?", _at(14, 11)),
    ("Sorry, can we push our chat out a week, to Tuesday 20 March at 10?", _at(20, 10)),
    ("Could we push our Tuesday chat back an hour? 11am instead of 10, same link.", _at(13, 11)),
    ("Can we push Tuesday's call by an hour? So 11:00 instead of 10:00.", _at(13, 11)),
]


@pytest.mark.parametrize(("body", "start"), _MOVE_TO_A_TIME)
def test_a_move_to_a_named_time_stays_certain(body: str, start: datetime) -> None:
    assert _read(body, _AFTER_AGREED, _AGREED) == ("reschedule", [start], [])


# "would be 2pm your side": the user's side named with no "on", as phones type it, restates the
# sender's clock on the user's (p14 read it as a second offer). Sender in Chicago (-05:00 in
# May), user in Johannesburg (+02:00).
_JOBURG = ZoneInfo("Africa/Johannesburg")
_CHICAGO_MAY = "Mon, 7 May 2035 03:40:00 -0500"
_JOBURG_OFFERS = (
    "\n\n> On 7 May 2035, at 10:12, Ada wrote:\n> Would any of these suit? (SAST, UTC+2):\n"
    "> - Thursday 10 May, 10:00\n> - Friday 11 May, 14:30\n"
)


def _read_joburg(body: str) -> tuple[str, list[datetime], list[str]]:
    verdict = read_reply(body, tz=_JOBURG, date=_CHICAGO_MAY, quote=_JOBURG_OFFERS)
    return verdict.intent.value, local_starts(verdict, _JOBURG), doubt_codes(verdict)


_YOUR_SIDE = [
    ("cant do those but i'm free thursday at 7am my time (central), would be 2pm your side.", 14),
    ("sorry, none work, but thursday at 8am my time (central) is free - 3pm your side.", 15),
    ("thursday 7am central works for me, would be 2pm your end i think", 14),
]


@pytest.mark.parametrize(("body", "hour"), _YOUR_SIDE)
def test_a_clock_on_your_side_restates_the_offer(body: str, hour: int) -> None:
    assert _read_joburg(body) == ("propose_times", [datetime(2035, 5, 10, hour)], [])


# A second clock with no side named, or "works your side too", is still read as another offer.
@pytest.mark.parametrize(
    "body",
    [
        "cant do those but i'm free thursday at 7am my time (central), or 2pm.",
        "i'm free thursday at 7am my time (central), 2pm works your side too.",
    ],
)
def test_a_second_clock_without_your_side_stays_in_doubt(body: str) -> None:
    assert "offer_restates_another" in _read_joburg(body)[2]
