"""Round 81, part A (blind84 p03, p08, p12): offers beside statements, and spoken clocks.

- "Your Wednesday 9pm will be 3pm here": "your" on the day and its clock, in a clause with no
  offer words, reads the user's own slot back to them; it is said again, not offered (as "your
  Wednesday slot lands at 10pm for me" already was). "Your Wednesday 9pm works for me" still
  takes it, and "your Wednesday 9pm?" is left to the roles.
- "Thursday morning I'm at a client", "I'll be with a client": the sender away at a client's,
  a conflict as "client visit" is, not a part of the day offered.
- "half past nine in the evening", "at nine in the evening": a spoken clock takes the half of
  the day said after it, as "9:30 in the evening" did; the evening is no second time
  (17:00-19:00). "half past nine in the morning" stays the morning's.
- "but not at 4pm your time - that's 5am here!": "that's" right after a clock, the one on the
  user's side and the other on the sender's, says the clock turned down again. "busy till 3pm,
  so that's 4pm at the earliest" names no two sides and is left as it was read.

Sentences of our own; the quote is the user's, Ada Obi's, outreach from Ho Chi Minh City.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

SAIGON = ZoneInfo("Asia/Ho_Chi_Minh")
UTC = ZoneInfo("UTC")
LONDON = ZoneInfo("Europe/London")
TORONTO = ZoneInfo("America/Toronto")
ZONES = pytest.mark.parametrize("zone", [SAIGON, UTC], ids=["saigon", "utc"])

OUTREACH = (
    "\n\nOn Tue, 20 Mar 2040, Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 30 minutes for a call? These work for me (Vietnam time, UTC+7):\n"
    "> - Tuesday 27 March, 3:30 pm\n"
    "> - Wednesday 28 March, 9:00 pm\n"
    "> - Friday 30 March, 9:00 am\n"
)
FROM_LONDON = "Thu, 22 Mar 2040 17:40:00 +0000"

NAMED_BACK = [
    (
        "Your Wednesday 9pm will be 3pm here once the clocks change, and I'm in a workshop until"
        " 4 that day. Could you do Thursday 29 March at 5pm UK time instead?"
    ),
    (
        "Thanks! Your Wednesday 9pm would land at 3pm for me, and sadly I'm teaching until 4."
        " Could we try Thursday 29 March at 5pm UK time?"
    ),
    (
        "Votre mercredi 21h tombe à 15h chez moi, et j'ai un atelier jusqu'à 16h ce jour-là."
        " Pourriez-vous jeudi 29 mars à 17h, heure de Londres ?"
    ),
]


@ZONES
@pytest.mark.parametrize("body", NAMED_BACK)
def test_your_day_and_clock_named_back_is_no_offer(body: str, zone: ZoneInfo) -> None:
    verdict = read_reply(body, tz=zone, date=FROM_LONDON, quote=OUTREACH)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert [w.start.astimezone(LONDON).replace(tzinfo=None) for w in verdict.proposed_times] == [
        datetime(2040, 3, 29, 17, 0)
    ]
    assert verdict.certain, doubt_codes(verdict)


def test_your_day_and_clock_unread_in_german_stays_doubted() -> None:
    # Near miss: "Ihr Mittwoch" is not among the words read as "your" before a day; the 9pm
    # is read as an offer beside a statement, and doubted.
    body = (
        "Ihr Mittwoch 21 Uhr ist bei mir 15 Uhr, da habe ich bis 16 Uhr einen Workshop. Ginge"
        " Donnerstag, 29. März um 17 Uhr Londoner Zeit?"
    )
    verdict = read_reply(body, tz=SAIGON, date=FROM_LONDON, quote=OUTREACH)
    assert not verdict.certain


def test_your_day_and_clock_that_works_is_taken() -> None:
    # Near miss: worded as a yes, "your Wednesday 9pm" is the slot taken.
    verdict = read_reply(
        "Your Wednesday 9pm works for me, speak then!", tz=SAIGON, date=FROM_LONDON, quote=OUTREACH
    )
    assert local_starts(verdict, SAIGON) == [datetime(2040, 3, 28, 21, 0)]


OUTREACH_APRIL = (
    "\n\nOn Mon, 2 Apr 2040, Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 30 minutes for a call? These work for me (Vietnam time, UTC+7):\n"
    "> - Tuesday 10 April, 8:00 pm\n"
    "> - Wednesday 11 April, 4:30 pm\n"
    "> - Thursday 12 April, 9:30 am\n"
)
FROM_SINGAPORE = "Tue, 03 Apr 2040 10:12:00 +0800"

AT_A_CLIENT = [
    (
        "Tuesday 8pm is too late for me and Thursday morning I'm at a client. Could we do"
        " Wednesday 11 April at noon your time?"
    ),
    (
        "Thursday morning I'll be with a client all day, sorry. Would Wednesday 11 April at noon"
        " your time suit?"
    ),
]


@ZONES
@pytest.mark.parametrize("body", AT_A_CLIENT)
def test_at_a_client_is_a_conflict(body: str, zone: ZoneInfo) -> None:
    verdict = read_reply(body, tz=zone, date=FROM_SINGAPORE, quote=OUTREACH_APRIL)
    assert local_starts(verdict, SAIGON) == [datetime(2040, 4, 11, 12, 0)]
    assert verdict.certain, doubt_codes(verdict)


OUTREACH_MARCH = (
    "\n\nOn Mon, 5 Mar 2040, Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 30 minutes for a call? These work for me (Vietnam time, UTC+7):\n"
    "> - Tuesday 13 March, 8:30 pm\n"
    "> - Thursday 15 March, 8:00 am\n"
    "> - Friday 16 March, 4:00 pm\n"
)
FROM_TORONTO = "Thu, 08 Mar 2040 14:50:00 -0500"

SPOKEN_EVENING = [
    ("Could we do Monday 19 March at half past nine in the evening Eastern time?", (21, 30)),
    ("Could we do Monday 19 March at nine in the evening Eastern time?", (21, 0)),
    ("How about Monday 19 March at quarter to eight in the evening Eastern time?", (19, 45)),
    ("How about Monday 19 March at half past nine in the morning Eastern time?", (9, 30)),
]


@ZONES
@pytest.mark.parametrize(("body", "clock"), SPOKEN_EVENING)
def test_a_spoken_clock_takes_the_half_said_after_it(
    body: str, clock: tuple[int, int], zone: ZoneInfo
) -> None:
    verdict = read_reply(body, tz=zone, date=FROM_TORONTO, quote=OUTREACH_MARCH)
    starts = [w.start.astimezone(TORONTO).replace(tzinfo=None) for w in verdict.proposed_times]
    assert starts == [datetime(2040, 3, 19, *clock)]
    assert verdict.certain, doubt_codes(verdict)


TURNED_DOWN_SAID_AGAIN = [
    (
        "Not at 4pm your time, I'm afraid - that's 5am for me. Could we do Friday 16 March"
        " 7:30pm Eastern instead?"
    ),
]


@ZONES
@pytest.mark.parametrize("body", TURNED_DOWN_SAID_AGAIN)
def test_a_clock_turned_down_said_again_is_no_offer(body: str, zone: ZoneInfo) -> None:
    verdict = read_reply(body, tz=zone, date=FROM_TORONTO, quote=OUTREACH_MARCH)
    starts = [w.start.astimezone(TORONTO).replace(tzinfo=None) for w in verdict.proposed_times]
    assert starts == [datetime(2040, 3, 16, 19, 30)]
    assert verdict.certain, doubt_codes(verdict)


def test_a_yes_then_that_is_on_one_line_stays_doubted() -> None:
    # Near miss: "works ... - that's 5am here" on one line is still read as a yes whose clock
    # is said again on the sender's side ("Tuesday works - that's 1pm for me"): doubted.
    body = (
        "Friday the 16th works for me, but not at 4pm your time - that's 5am here! Could we do"
        " Friday 16 March 7:30pm Eastern instead?"
    )
    verdict = read_reply(body, tz=SAIGON, date=FROM_TORONTO, quote=OUTREACH_MARCH)
    starts = [w.start.astimezone(TORONTO).replace(tzinfo=None) for w in verdict.proposed_times]
    assert starts == [datetime(2040, 3, 16, 19, 30)]
    assert "offer_restates_another" in doubt_codes(verdict)


NOT_SAID_AGAIN = [
    # Near miss: "that's" after a busy spell's end names the earliest free time, no two sides.
    "Friday the 16th works; I'm busy till 3pm Eastern, so that's 4pm Eastern at the earliest.",
]


@pytest.mark.parametrize("body", NOT_SAID_AGAIN)
def test_that_is_after_a_busy_spell_is_not_read_as_said_again(body: str) -> None:
    verdict = read_reply(body, tz=SAIGON, date=FROM_TORONTO, quote=OUTREACH_MARCH)
    starts = [w.start.astimezone(TORONTO).replace(tzinfo=None) for w in verdict.proposed_times]
    assert datetime(2040, 3, 16, 16, 0) in starts or not verdict.certain
