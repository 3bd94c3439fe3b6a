"""Round 61 part B on replies_blind63: a user in Manila (no clock change), senders across the
date line. Sentences of our own:

- "Thursday 8:30am yours = 10:30am Brisbane": "yours" before "=" or "is" and the same instant
  on another clock names the user's clock, not the sender's.
- "slammed until 25 June - every evening is booked": "every evening" is a habit, no offer on
  the day named before it.
- "at half past ten.": the full stop after a spoken half hour ends the sentence.
- "a las diez y media", "alle 10 e mezza", "às 10 e meia", "à 10 heures et demie": the half or
  quarter past an hour said after the word that puts a clock.
- "Tuesday 9am is midnight here.", "Half past midnight for me - no": midnight on the
  sender's own clock, the reason a time does not suit, is no unread offer.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import assert_near_miss_safe, assert_read_right, read_reply
from workflows.stages import Intent

MANILA = ZoneInfo("Asia/Manila")
QUOTE = (
    "\n\nOn Fri, 4 Jun 2032 at 10:30, Ada Obi <ada@example.com> wrote:\n"
    "> Could we talk for 20 minutes? Any of these, in Manila time (PHT, UTC+8):\n"
    "> - Tuesday 8 June, 9:00 am\n> - Thursday 10 June, 8:30 am\n> - Friday 11 June, 7:30 pm\n"
)
BRISBANE = "Mon, 07 Jun 2032 08:40:00 +1000"
LOS_ANGELES = "Mon, 07 Jun 2032 08:40:00 -0700"
MANILA_SAME = "Mon, 07 Jun 2032 08:40:00 +0800"


@pytest.mark.parametrize(
    "body",
    [
        "Thursday 8:30am yours = 10:30am Brisbane, so that one's good for me.",
        "Thursday 8:30am yours is 10:30am Brisbane (AEST), which suits me fine.",
        "Thu 8:30 yours = 10:30 my time, count me in.",
        "Thursday 10:30am my time = 8:30am yours, so fine by me.",
    ],
)
def test_yours_said_again_on_another_clock_is_the_users(body: str) -> None:
    verdict = read_reply(f"Hi Ada,\n\n{body}\n\nKai\n", tz=MANILA, date=BRISBANE, quote=QUOTE)
    assert_read_right(verdict, MANILA, Intent.ACCEPT, [datetime(2032, 6, 10, 8, 30)])


# Near misses: "yours" with no clock after it, or no clock before it, names no clock.
@pytest.mark.parametrize(
    "body",
    [
        "Friday 7:30pm works, and the other Thursday slot of yours is 10:30am here.",
        "8:30am is yours, 10:30am here works too.",
    ],
)
def test_yours_without_the_same_instant_stays_in_doubt(body: str) -> None:
    verdict = read_reply(f"Hi Ada,\n\n{body}\n\nKai\n", tz=MANILA, date=BRISBANE, quote=QUOTE)
    assert_near_miss_safe(verdict, MANILA, None)


@pytest.mark.parametrize(
    "body",
    [
        "Keen, but I'm slammed with the launch until June 25 - pretty much every\nevening is "
        "booked. Could you nudge me after that?",
        "Happy to, though every morning is taken by the rollout until June 25. Drop me a line "
        "after that?",
    ],
)
def test_every_part_of_the_day_is_a_habit_not_an_offer(body: str) -> None:
    verdict = read_reply(f"Hi Ada,\n\n{body}\n\nKai\n", tz=MANILA, date=LOS_ANGELES, quote=QUOTE)
    assert verdict.certain
    assert verdict.intent is Intent.DEFER
    assert not verdict.proposed_times
    assert verdict.return_date == date(2032, 6, 26)


# Near miss: a day's part of the day after the busy spell is still an offer.
def test_a_named_days_evening_stays_an_offer() -> None:
    body = "Every evening is booked this week, but Thursday 10 June in the evening works for me."
    verdict = read_reply(f"Hi Ada,\n\n{body}\n\nKai\n", tz=MANILA, date=MANILA_SAME, quote=QUOTE)
    assert verdict.proposed_times
    assert all(w.start.astimezone(MANILA).hour == 17 for w in verdict.proposed_times)


SPOKEN = [
    (
        "Tuesday is out, but I could do Thursday 10 June at half past ten.",
        datetime(2032, 6, 10, 10, 30),
    ),
    ("Not Tuesday, sorry. Thursday 10 June at quarter past eleven?", datetime(2032, 6, 10, 11, 15)),
    (
        "El martes no puedo. ¿Te va bien el jueves 10 de junio a las diez y media?",
        datetime(2032, 6, 10, 10, 30),
    ),
    (
        "Martedì non riesco. Potrei giovedì 10 giugno alle 10 e mezza.",
        datetime(2032, 6, 10, 10, 30),
    ),
    (
        "Terça não consigo. Pode ser quinta-feira, 10 de junho, às 10 e meia?",
        datetime(2032, 6, 10, 10, 30),
    ),
    (
        "Mardi, je ne peux pas. Jeudi 10 juin à 10 heures et demie, ça vous va ?",
        datetime(2032, 6, 10, 10, 30),
    ),
    (
        "Mardi, je ne suis pas libre. Jeudi 10 juin vers onze heures et quart, ça vous irait ?",
        datetime(2032, 6, 10, 11, 15),
    ),
    ("Il martedì no. Giovedì 10 giugno alle undici e un quarto?", datetime(2032, 6, 10, 11, 15)),
]


@pytest.mark.parametrize(("body", "start"), SPOKEN)
def test_half_and_quarter_past_said_in_words(body: str, start: datetime) -> None:
    verdict = read_reply(f"Hi Ada,\n\n{body}\n\nKai\n", tz=MANILA, date=MANILA_SAME, quote=QUOTE)
    assert_read_right(verdict, MANILA, Intent.PROPOSE_TIMES, [start])


# Near misses: an hour that reads as morning or evening alike stays in doubt, and a half hour
# with no word that puts a clock before it is not read.
@pytest.mark.parametrize(
    "body",
    [
        "El martes no puedo. ¿Te va bien el jueves 10 de junio a las siete y media?",
        "Martedì non riesco. Giovedì 10 giugno sono le nove e mezza di lavoro, poi vediamo.",
    ],
)
def test_half_past_an_open_hour_stays_in_doubt(body: str) -> None:
    verdict = read_reply(f"Hi Ada,\n\n{body}\n\nKai\n", tz=MANILA, date=MANILA_SAME, quote=QUOTE)
    assert_near_miss_safe(verdict, MANILA, None)


LONDON = "Sat, 05 Jun 2032 12:10:00 +0100"
EARLY_QUOTE = (
    "\n\nOn Fri, 4 Jun 2032 at 10:30, Ada Obi <ada@example.com> wrote:\n"
    "> Could we talk for 20 minutes? Any of these, in Manila time (PHT, UTC+8):\n"
    "> - Tuesday 8 June, 9:00 am\n> - Friday 11 June, 7:00 am\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "Your Tuesday 9am is 2am for me, and Friday 7am is midnight here. Could we do Thursday "
        "10 June at 1pm UK time instead?",
        "Tuesday is 2am for me. Friday? Half past midnight for me - no, sadly.\n\nHow about "
        "Thursday 10 June at 1pm UK time?",
    ],
)
def test_midnight_on_the_senders_clock_is_the_reason(body: str) -> None:
    verdict = read_reply(f"Hi Ada,\n\n{body}\n\nKai\n", tz=MANILA, date=LONDON, quote=EARLY_QUOTE)
    assert_read_right(verdict, MANILA, Intent.PROPOSE_TIMES, [datetime(2032, 6, 10, 20, 0)])


# Near misses: midnight offered on the sender's clock is no reason; it stays in doubt.
@pytest.mark.parametrize(
    "body",
    [
        "I could do midnight here on Thursday 10 June, or Thursday at 1pm UK time.",
        "Midnight for me works on Thursday 10 June, or 1pm UK time the same day.",
    ],
)
def test_midnight_offered_stays_in_doubt(body: str) -> None:
    verdict = read_reply(f"Hi Ada,\n\n{body}\n\nKai\n", tz=MANILA, date=LONDON, quote=EARLY_QUOTE)
    assert_near_miss_safe(verdict, MANILA, None)
