"""Round 59, part A, on replies_blind59's four certain-but-wrong replies (a user in Honolulu,
Oct-Nov 2030). Sentences of our own:

- "om 7 uur 's ochtends", "um 7 Uhr morgens", "om 7 uur 's avonds", "at 7 in the evening": the
  half of the day after a cued hour ("om 7", the "uur" between) says which twelve hours, and is
  no second window ("morning" 09:00-12:00) nor left to the working-day guess (07:00 for the
  evening).
- "I have to pass. Hope you find someone great to chat to": a person wished for, not a chat
  held ("great to chat" read as thanks after the chat).
- "Your slots fall a bit late for me (10pm on the Tuesday)": the user's slot restated on the
  sender's clock, turned down ("a bit late" said of the slots), is no offer.
- "glad to give you 15 minutes. How about Monday at 1pm?": the reply's own stated length is
  the window's (a documented rule of the reader, not convention (a)'s pick), left as it is.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_read_right,
    doubt_codes,
    read_reply,
)
from workflows.stages import Intent

HONOLULU = ZoneInfo("Pacific/Honolulu")

AMSTERDAM_DATE = "Fri, 18 Oct 2030 08:10:00 +0200"
OCT_QUOTE = (
    "\n\nOn Tue, Oct 15, 2030 at 6:50 PM Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these suit you (Hawaii time, HST)?\n"
    "> - Tuesday, October 22, 7:00 am HST\n> - Thursday, October 24, 12:30 pm HST\n"
)
TUE_7 = [datetime(2030, 10, 22, 7, 0)]


# A yes to the user's 7am, its half of the day said after the hour (the "uur" between).
@pytest.mark.parametrize(
    "body",
    [
        "Hoi Ada,\n\nDinsdag 22 oktober om 7 uur 's ochtends jouw tijd past mij goed, bij mij is "
        "dat 19:00.\n\nGroet,\nSanne\n",
        "Hoi Ada,\n\nDinsdag 22 oktober om 7 uur 's morgens jouw tijd is goed.\n\nSanne\n",
        "Hoi Ada,\n\ndinsdag 22 oktober om 7 uur 's ochtends (jouw tijd) is prima!\n\nSanne\n",
        "Hallo Ada,\n\nDienstag, 22. Oktober um 7 Uhr morgens Ihrer Zeit passt mir gut.\n\nJan\n",
    ],
)
def test_morning_after_a_cued_hour_is_no_second_window(body: str) -> None:
    verdict = read_reply(body, tz=HONOLULU, date=AMSTERDAM_DATE, quote=OCT_QUOTE)
    assert_read_right(verdict, HONOLULU, Intent.ACCEPT, TUE_7)


# The evening after a cued hour: 19:00, never the user's 7am.
@pytest.mark.parametrize(
    "body",
    [
        "Hoi Ada,\n\nDinsdag 22 oktober om 7 uur 's avonds jouw tijd kan ik.\n\nSanne\n",
        "Hi Ada,\n\nTuesday October 22 at 7 in the evening your time I could do.\n\nSam\n",
        "Hallo Ada,\n\nDienstag, 22. Oktober um 7 Uhr abends Ihrer Zeit ginge.\n\nJan\n",
    ],
)
def test_evening_after_a_cued_hour_is_not_the_users_morning(body: str) -> None:
    verdict = read_reply(body, tz=HONOLULU, date=AMSTERDAM_DATE, quote=OCT_QUOTE)
    assert_read_right(verdict, HONOLULU, Intent.PROPOSE_TIMES, [datetime(2030, 10, 22, 19, 0)])


# Near misses: the evening said with no clock is the sender's own evening, no pick of 7am.
@pytest.mark.parametrize(
    "body",
    [
        "Hoi Ada,\n\nDinsdag 22 oktober 's avonds kan ik, 7 uur is te vroeg.\n\nSanne\n",
        "Hi Ada,\n\nTuesday the 22nd in the evening could work for me, 7 is too early.\n\nSam\n",
    ],
)
def test_evening_without_its_clock_takes_no_morning_pick(body: str) -> None:
    verdict = read_reply(body, tz=HONOLULU, date=AMSTERDAM_DATE, quote=OCT_QUOTE)
    assert verdict.intent is not Intent.ACCEPT or not verdict.certain
    if verdict.certain:
        assert datetime(2030, 10, 22, 7, 0) not in [
            w.start.astimezone(HONOLULU).replace(tzinfo=None) for w in verdict.proposed_times
        ]


@pytest.mark.xfail(strict=True, reason="'half een 's middags' (12:30) read as 13:00")
def test_dutch_half_one_in_the_afternoon() -> None:
    verdict = read_reply(
        "Hoi Ada,\n\nDonderdag 24 oktober om half een 's middags jouw tijd is prima.\n\nSanne\n",
        tz=HONOLULU,
        date=AMSTERDAM_DATE,
        quote=OCT_QUOTE,
    )
    assert_read_right(verdict, HONOLULU, Intent.ACCEPT, [datetime(2030, 10, 24, 12, 30)])


SYDNEY_DATE = "Wed, 30 Oct 2030 08:20:00 +1100"
NOV_QUOTE = (
    "\n\nOn Tue, Oct 29, 2030 at 3:55 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 15 minutes for a call? Any of these work for me (HST):\n"
    "> - Tuesday, November 5, 7:30 am HST\n> - Wednesday, November 6, 1:00 pm HST\n"
)


# A no, then a wish that the user finds someone else "great to chat to".
@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada,\n\nThanks for asking. I'll have to pass on this one, we're swamped with the "
        "winter timetable. Hope you find someone great to chat to.\n\nMia\n",
        "Hi Ada,\n\nI'm going to have to pass, sorry. Hope you find somebody good to talk to!\n\n"
        "Mia\n",
        "Hi Ada,\n\nGotta pass this time around. I'm sure you'll find people great to chat "
        "with.\n\nMia\n",
    ],
)
def test_no_beside_a_wish_for_someone_to_talk_to(body: str) -> None:
    verdict = read_reply(body, tz=HONOLULU, date=SYDNEY_DATE, quote=NOV_QUOTE)
    assert_read_right(verdict, HONOLULU, Intent.DECLINE, [])


# Near misses: thanks after a chat held stay what they were.
@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada,\n\nGreat to chat today, and good luck with the move!\n\nMia\n",
        "Hi Ada,\n\nIt was lovely talking with you yesterday. Good luck!\n\nMia\n",
    ],
)
def test_thanks_after_a_chat_still_read(body: str) -> None:
    verdict = read_reply(body, tz=HONOLULU, date=SYDNEY_DATE, quote=NOV_QUOTE)
    assert verdict.intent is Intent.OTHER
    assert not verdict.proposed_times


PARIS_DATE = "Wed, 13 Nov 2030 10:12:00 +0100"
PARIS_QUOTE = (
    "\n\nLe mar. 12 nov. 2030 à 18:15, Ada Obi <ada@example.com> a écrit :\n"
    "> Would any of these suit you (Hawaii time, HST)?\n"
    "> - Tuesday, November 19, 11:00 am HST\n> - Thursday, November 21, 7:00 am HST\n"
)
PARIS_OFFERS = [datetime(2030, 11, 18, 8, 0), datetime(2030, 11, 20, 7, 30)]


# The user's Tuesday restated on the sender's clock (22h Paris), said to fall a bit late,
# beside the sender's own offers.
@pytest.mark.parametrize(
    "body",
    [
        "Bonjour Ada,\n\nVos créneaux tombent un peu tard pour moi (22h le mardi par exemple), "
        "je propose plutôt lundi 18 novembre à 19h heure de Paris, ou mercredi 20 à 18h30.\n\n"
        "Camille\n",
        "Hi Ada,\n\nYour slots fall a bit late for me (10pm on the Tuesday, say), so how about "
        "Monday 18 November at 7pm Paris time, or Wednesday the 20th at 6:30pm?\n\nCamille\n",
        "Hi Ada,\n\nYour times are rather late over here (Tuesday would be 10pm), so could we "
        "do Monday 18 November at 7pm Paris time, or Wednesday the 20th at 6:30pm?\n\n"
        "Camille\n",
    ],
)
def test_users_slot_restated_as_a_bit_late_is_no_offer(body: str) -> None:
    verdict = read_reply(body, tz=HONOLULU, date=PARIS_DATE, quote=PARIS_QUOTE)
    assert_read_right(verdict, HONOLULU, Intent.PROPOSE_TIMES, PARIS_OFFERS)


# Near misses: "a bit late" of the reply itself says nothing of the time, which stays a pick.
@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada,\n\nSorry I'm a bit late getting back to you - Tuesday the 19th at 11am your "
        "time works.\n\nCamille\n",
        "Bonjour Ada,\n\nDésolée de répondre un peu tard, mardi 19 à 11h votre heure me va.\n\n"
        "Camille\n",
    ],
)
def test_late_reply_keeps_its_pick(body: str) -> None:
    verdict = read_reply(body, tz=HONOLULU, date=PARIS_DATE, quote=PARIS_QUOTE)
    assert_read_right(verdict, HONOLULU, Intent.ACCEPT, [datetime(2030, 11, 19, 11, 0)])


NEW_YORK_DATE = "Thu, 31 Oct 2030 16:05:00 -0400"


# The reply's own length is the window's for a new time (a documented rule, left as it is),
# and with no length said the meeting's 30 minutes.
@pytest.mark.parametrize(
    ("body", "minutes"),
    [
        ("Hi Ada,\n\nGlad to give you 15 minutes. How about Monday at 1pm ET?\n\nDan\n", 15),
        ("Hi Ada,\n\nHappy to help. How about Monday at 1pm ET?\n\nDan\n", 30),
    ],
)
def test_stated_length_is_the_new_windows(body: str, minutes: int) -> None:
    verdict = read_reply(body, tz=HONOLULU, date=NEW_YORK_DATE, quote=NOV_QUOTE)
    assert_read_right(verdict, HONOLULU, Intent.PROPOSE_TIMES, [datetime(2030, 11, 4, 8, 0)])
    (window,) = verdict.proposed_times
    assert window.end is not None
    assert window.end - window.start == timedelta(minutes=minutes)
    assert doubt_codes(verdict) == []
