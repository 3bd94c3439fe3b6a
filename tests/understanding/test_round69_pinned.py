"""Round 69, part P: pinned readings that were certain and wrong.

- A yes to a time, then "but" and a conflict on that same day or "then" ("Freitag 16:00
  passt mir, am Freitag bin ich aber unterwegs", "Thursday at 10 works, but then I'm on a
  train"): the yes and the no fall on one time, so which one stands is a guess
  (time_in_conflict_sentence). A conflict with a clock of its own ("but Friday until 12 I'm
  out") or on another day ("but on Wednesday I'm away") bounds the yes and leaves it sure.
- A "same time" move whose old slot, named on the agreed meeting's day, is not the meeting's
  instant ("shift tomorrow's 4pm to Thursday, same time" from Sydney under "4pm Brisbane (5pm
  Sydney) it is"): the clock it repeats is the user's or a slip, so it is doubted
  (same_time_unresolved). The meeting named by its clock on the sender's side, or by no
  clock, still moves surely.

The yes-and-no replies are written on Friday 5 March 2027 under the user's offers (Tuesday 9
March 15:00, Thursday 11 March 10:00, London time); the moves from Sydney on Tuesday 21 March
2034 under the user's Wednesday 22 March at 4pm Brisbane. Sentences are our own.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import assert_read_right, doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

LONDON = ZoneInfo("Europe/London")
BRISBANE = ZoneInfo("Australia/Brisbane")
DATE = "Fri, 5 Mar 2027 09:00:00 +0000"
QUOTE = (
    "\n\nOn Tue, 2 Mar 2027 at 10:00, Ada Obi <ada@example.com> wrote:\n"
    "> Could you do Tuesday 9 March at 15:00 or Thursday 11 March at 10:00 (London time)?\n"
)
THU_10 = datetime(2027, 3, 11, 10, 0)


def _read(body: str) -> Verdict:
    return read_reply(body + "\n\nKai\n", tz=LONDON, date=DATE, quote=QUOTE)


# The yes, then a no on the same day or time after "but": doubted.
SAME_TIME_OUT = [
    "Thursday at 10 suits me, but on Thursday I'm travelling.",
    "Thursday 10am is fine, but then I'll be on a train.",
    "Donnerstag 10 Uhr passt mir, aber dann sitze ich im Zug.",
    "Jeudi 11 à 10h me va, mais ce jour-là je serai absent.",
]


@pytest.mark.parametrize("body", SAME_TIME_OUT)
def test_yes_then_no_on_its_own_day_is_doubted(body: str) -> None:
    verdict = _read(body)
    assert not verdict.certain, verdict.intent
    assert "time_in_conflict_sentence" in doubt_codes(verdict)


# Near misses: the no is on another day, or has a clock of its own; the yes stands.
BOUNDED = [
    "Thursday at 10 suits me, but on Tuesday I'm travelling.",
    "Donnerstag 10 Uhr passt mir, aber am Donnerstag bin ich bis 9 Uhr unterwegs.",
    "Thursday 10am is fine, but then I have to leave by 10:30.",
]


@pytest.mark.parametrize("body", BOUNDED)
def test_no_bounded_elsewhere_leaves_the_yes_sure(body: str) -> None:
    assert_read_right(_read(body), LONDON, Intent.ACCEPT, [THU_10])


SYDNEY_DATE = "Tue, 21 Mar 2034 18:00:00 +1100"
AGREED = (
    "\n\nOn Mon, 20 Mar 2034 at 20:00, Ada Obi <ada@example.com> wrote:\n"
    "> Great - Wednesday 22 March at 4pm Brisbane time (5pm Sydney) it is.\n"
)


def _move(body: str) -> Verdict:
    return read_reply(f"Hi Ada, {body}\n\nAnh\n", tz=BRISBANE, date=SYDNEY_DATE, quote=AGREED)


# The old slot named off the meeting's instant: "same time" is doubted.
OFF_THE_MEETING = [
    "could we move tomorrow's 4pm to Friday, same time?",
    "can we shift tomorrow's 3pm to Thursday, same time?",
]


@pytest.mark.parametrize("body", OFF_THE_MEETING)
def test_same_time_after_a_slot_off_the_meeting_is_doubted(body: str) -> None:
    verdict = _move(body)
    assert not verdict.certain, verdict.intent
    assert "same_time_unresolved" in doubt_codes(verdict)


# Near misses: the meeting named on the sender's clock, or by no clock: moved surely.
ON_THE_MEETING = [
    ("can we shift tomorrow's 5pm to Thursday, same time?", datetime(2034, 3, 23, 16, 0)),
    ("could we move tomorrow's call to Friday, same time?", datetime(2034, 3, 24, 16, 0)),
]


@pytest.mark.parametrize(("body", "start"), ON_THE_MEETING)
def test_same_time_after_the_meeting_moves_surely(body: str, start: datetime) -> None:
    assert_read_right(_move(body), BRISBANE, Intent.RESCHEDULE, [start])
