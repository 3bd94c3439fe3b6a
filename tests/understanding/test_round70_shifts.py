"""Round 70, part C: moves by a length, hedged yeses and wrong restatements (replies_blind72).

Sentences of our own, in October 2035 (the EU clocks go back on Sunday 28 October), for a user
in Vienna:

- A settled meeting named by its day ("tomorrow's call", "Thursday's chat") moved by a length is
  the meeting plus that length, even when a clock is given for what took its slot: a conflict
  at the meeting's own start is the reason for the move, unless it is said to run into the new
  slot (blind72 s03).
- One of the user's offers named by its place and moved by a length ("your second slot but an
  hour later") is that offer plus the length, on the user's clock, when the reply's Date header
  shows the user's own offset at writing and every number it writes is the offer's own hour
  (blind72 x06, whose offers were in Czech: Czech days and months are read in the quote).
- "In principle" before a yes barred only by a mishap ("salvo algum imprevisto") waits on
  nothing (blind72 a09); a contrast or a condition after it still does.
- A pick restated wrongly stays doubted, as earlier rounds hold, even on the user's clock
  (blind72 x02 left in doubt); "Joburg" is now known as Johannesburg for "here in Joburg".
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_near_miss_safe,
    assert_read_right,
    doubt_codes,
    read_reply,
)
from workflows.stages import Intent

VIE = ZoneInfo("Europe/Vienna")
A, P, R = Intent.ACCEPT, Intent.PROPOSE_TIMES, Intent.RESCHEDULE

# The user's confirmation of a call on Wednesday 10 October at 15:00 Vienna time (14:00 in
# London, 21:00 in Singapore), quoted by a reply written the day before.
SETTLED = (
    "\n\nOn Mon, 8 Oct 2035 at 09:00, Ada Obi <ada@example.com> wrote:\n"
    "> Lovely - Wednesday 10 October at 15:00 (Vienna time) it is. I'll send a Teams link.\n>\n"
    "> Ada\n"
)
LONDON_EVE = "Tue, 09 Oct 2035 18:40:00 +0100"
SINGAPORE_EVE = "Tue, 09 Oct 2035 20:10:00 +0800"

SHIFTED = [
    # The meeting's own 2pm (London) taken by something else: an hour later is 15:00 there.
    (
        "Hi Ada,\n\nWould it be ok to move tomorrow's call an hour later? Our all-hands has "
        "just been put on my 2pm slot. Sorry!\n\nTom\n",
        LONDON_EVE,
        datetime(2035, 10, 10, 16, 0),
    ),
    (
        "Hi Ada,\n\nCould we start tomorrow's chat half an hour earlier? A client call landed "
        "on my 9pm.\n\nWei\n",
        SINGAPORE_EVE,
        datetime(2035, 10, 10, 14, 30),
    ),
    (
        "Ada, apologies - can we move Wednesday's call 30 minutes later? Thanks\n\nTom\n",
        LONDON_EVE,
        datetime(2035, 10, 10, 15, 30),
    ),
]


@pytest.mark.parametrize(("body", "date", "start"), SHIFTED)
def test_named_meeting_moved_by_a_length(body: str, date: str, start: datetime) -> None:
    verdict = read_reply(body, tz=VIE, date=date, quote=SETTLED)
    assert_read_right(verdict, VIE, R, [start])


SHIFT_MISSES = [
    # The conflict at the old start runs past the new one: the sender's sum is in question.
    (
        "Hi Ada,\n\nCould we move tomorrow's call an hour later? A workshop got put on my "
        "2-4pm.\n\nTom\n",
        LONDON_EVE,
    ),
    # Two lengths: no one new time.
    (
        "Hi Ada,\n\nCould we move tomorrow's call 30 minutes later, or maybe an hour? My 2pm "
        "got taken.\n\nTom\n",
        LONDON_EVE,
    ),
    # The day named is not the meeting's.
    (
        "Hi Ada,\n\nCould we move Thursday's call an hour later? Something is on my 2pm.\n\nTom\n",
        LONDON_EVE,
    ),
    # A clock beside the move that is neither the meeting's nor a conflict.
    (
        "Hi Ada,\n\nCould we move tomorrow's call an hour later? I'm free from 4pm.\n\nTom\n",
        LONDON_EVE,
    ),
]


@pytest.mark.parametrize(("body", "date"), SHIFT_MISSES)
def test_shift_near_misses_stay_doubted(body: str, date: str) -> None:
    verdict = read_reply(body, tz=VIE, date=date, quote=SETTLED)
    assert_near_miss_safe(verdict, VIE, R)


# The user's three offers, on no clock named (the user's own, Vienna): Friday 26 October 15:00
# (+02:00), Tuesday 30 and Thursday 1 November after the change (+01:00).
OFFERS = (
    "\n\nOn Tue, 23 Oct 2035 at 09:10, Ada Obi <ada@example.com> wrote:\n"
    "> Hi Jana,\n>\n> Would 20 minutes on a video call suit you? I could do:\n"
    "> - Friday 26 October at 15:00\n> - Tuesday 30 October at 10:00\n"
    "> - Thursday 1 November at 16:30\n>\n> Ada\n"
)
# Czech, as the user may write to a Czech contact.
CZECH_OFFERS = (
    "\n\nOn Tue, 23 Oct 2035 at 09:10, Ada Obi <ada@example.com> wrote:\n"
    "> Dobrý den,\n>\n> hodily by se Vám některé z těchto termínů?\n"
    "> - pátek 26. října v 15:00\n> - úterý 30. října v 10:00\n"
    "> - čtvrtek 1. listopadu v 16:30\n>\n> Ada\n"
)
SAME_OFFSET = "Wed, 24 Oct 2035 07:45:00 +0200"

OFFER_SHIFTED = [
    (
        "Hi Ada,\n\nhow about your second slot but an hour later? 10 is a little early for "
        "me.\n\nJana\n",
        OFFERS,
        datetime(2035, 10, 30, 11, 0),
    ),
    (
        "Hi Ada,\n\nWould the first option work 30 minutes earlier? I leave the office early "
        "that Friday.\n\nJana\n",
        OFFERS,
        datetime(2035, 10, 26, 14, 30),
    ),
    (
        "Hi Ada, could we do the last one, just half an hour earlier? Thanks, Jana\n",
        OFFERS,
        datetime(2035, 11, 1, 16, 0),
    ),
    (
        "Hi Ada,\n\nsorry, no Czech keyboard here. Your second slot but an hour later? The 30th "
        "is a day off for me anyway.\n\nJana\n",
        CZECH_OFFERS,
        datetime(2035, 10, 30, 11, 0),
    ),
]


@pytest.mark.parametrize(("body", "quote", "start"), OFFER_SHIFTED)
def test_offer_named_by_place_moved_by_a_length(body: str, quote: str, start: datetime) -> None:
    verdict = read_reply(body, tz=VIE, date=SAME_OFFSET, quote=quote)
    assert_read_right(verdict, VIE, P, [start])


OFFER_SHIFT_MISSES = [
    # The header's offset is not the user's: the offers' clock across the change is unknown.
    ("Hi Ada,\n\nyour second slot but an hour later?\n\nJana\n", "Wed, 24 Oct 2035 06:45:00 +0100"),
    # Another number than the offer's own hour: perhaps another time.
    (
        "Hi Ada,\n\nyour second slot but an hour later? Or 3 that day.\n\nJana\n",
        SAME_OFFSET,
    ),
    # A day that is not the offer's.
    (
        "Hi Ada,\n\nyour second slot but an hour later? Or Wednesday 31st.\n\nJana\n",
        SAME_OFFSET,
    ),
    # Two lengths.
    (
        "Hi Ada,\n\nyour second slot but an hour later, or 30 minutes if that's easier?\n\nJana\n",
        SAME_OFFSET,
    ),
]


@pytest.mark.parametrize(("body", "date"), OFFER_SHIFT_MISSES)
def test_offer_shift_near_misses_stay_doubted(body: str, date: str) -> None:
    verdict = read_reply(body, tz=VIE, date=date, quote=OFFERS)
    assert_near_miss_safe(verdict, VIE, P)


def test_czech_offers_are_read_from_the_quote() -> None:
    verdict = read_reply(
        "Hi Ada,\n\nthe Friday one works for me.\n\nJana\n",
        tz=VIE,
        date=SAME_OFFSET,
        quote=CZECH_OFFERS,
    )
    assert_read_right(verdict, VIE, A, [datetime(2035, 10, 26, 15, 0)])


VIENNA_OFFERS = OFFERS.replace("I could do:", "I could do (Vienna time):")

# A Lisbon sender (+01:00 before the change) answering the three offers.
LISBON = "Tue, 23 Oct 2035 11:30:00 +0100"
HEDGED = [
    "Olá Ada,\n\nEm princípio sexta às 15h (14h aqui) dá-me jeito, salvo algum imprevisto. "
    "Qualquer alteração aviso.\n\nInês\n",
    "Hola Ada,\n\nEn principio el viernes a las 15h me va bien, salvo imprevistos.\n\nInés\n",
    "Hi Ada,\n\nFriday at 15:00 works in principle, barring any last-minute surprises.\n\nInes\n",
]


@pytest.mark.parametrize("body", HEDGED)
def test_in_principle_barring_a_mishap_is_a_yes(body: str) -> None:
    verdict = read_reply(body, tz=VIE, date=LISBON, quote=VIENNA_OFFERS)
    assert_read_right(verdict, VIE, A, [datetime(2035, 10, 26, 15, 0)])


HEDGE_MISSES = [
    "Olá Ada,\n\nEm princípio sexta às 15h dá-me jeito, salvo imprevisto, mas ainda tenho de "
    "ver com a equipa.\n\nInês\n",
    "Hi Ada,\n\nFriday at 15:00 works in principle, barring surprises, if my manager signs off "
    "on the day.\n\nInes\n",
    "Hi Ada,\n\nFriday at 15:00 works in principle. Will confirm tomorrow.\n\nInes\n",
    "Hi Ada,\n\nIn principle Friday at 15:00 works.\n\nInes\n",
]


@pytest.mark.parametrize("body", HEDGE_MISSES)
def test_in_principle_with_a_condition_stays_pending(body: str) -> None:
    verdict = read_reply(body, tz=VIE, date=LISBON, quote=VIENNA_OFFERS)
    assert "yes_still_pending" in doubt_codes(verdict)


# A Johannesburg sender (+02:00 all year, so on Vienna's clock before the change) restating the
# user's Friday 15:00 slot, or a time beside it, an hour off. As in rounds 52-57 and hunts 40
# and 47, a wrong sum beside a pick leaves which of the two clocks the sender keeps a guess, even
# when the pick is the user's slot on the user's clock (blind72 x02 stays doubted). "Joburg" is
# Johannesburg: "here in Joburg" was not known as the sender's side, and "Friday 16:00 your time,
# i.e. 15:00 here in Joburg" was read certain.
JOBURG = "Tue, 23 Oct 2035 13:00:00 +0200"
RESTATED_WRONG = [
    "Hi Ada,\n\nLet's go with Friday 15:00 your time, i.e. 14:00 here in Joburg.\n\nSipho\n",
    "Hi Ada,\n\nFriday 15:00 Vienna time suits me - that's 14:00 for me.\n\nSipho\n",
    "Hi Ada,\n\nFriday 15:00 your time works, so 14:00 here in Joburg.\n\nSipho\n",
    "Hi Ada,\n\nLet's go with Friday 14:00 my time, i.e. 15:00 your time.\n\nSipho\n",
    "Hi Ada,\n\nLet's go with Friday 15:00, i.e. 14:00 here in Joburg.\n\nSipho\n",
    "Hi Ada,\n\nLet's go with Friday 16:00 your time, i.e. 15:00 here in Joburg.\n\nSipho\n",
]


@pytest.mark.parametrize("body", RESTATED_WRONG)
def test_wrong_restatement_stays_doubted(body: str) -> None:
    verdict = read_reply(body, tz=VIE, date=JOBURG, quote=VIENNA_OFFERS)
    assert not verdict.certain, (verdict.intent, doubt_codes(verdict))


def test_right_restatement_in_joburg_is_certain() -> None:
    body = "Hi Ada,\n\nLet's go with Friday 15:00 your time, i.e. 15:00 here in Joburg.\n\nSipho\n"
    verdict = read_reply(body, tz=VIE, date=JOBURG, quote=VIENNA_OFFERS)
    assert_read_right(verdict, VIE, A, [datetime(2035, 10, 26, 15, 0)])
