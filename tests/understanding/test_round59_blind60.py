"""Round 59, part B, on replies_blind60 (a user in Mumbai, February to April 2031): the four
replies read certain but wrong. Sentences of our own:

- "ab dem 30. März gilt bei uns Sommerzeit": German names the summer clock as Dutch does
  ("zomertijd"); the talk's day is no offer, and the clocks said "bei Ihnen" name the offers
  back.
- "Friday at 11:30 our time is too close to prayers" to the user's Friday of the week after:
  the user's own instant of the week, put on the coming Friday, stays in doubt.
- "Wednesday evening your time is perfect" to the user's Wednesday 7:30pm: a part of the day
  on the user's day that misses the user's time is a pick or a window; in doubt.
- "Wednesday 7:30pm yours is fine but I'll be on a flight. Could do Thursday ...": the user's
  time with a "but", beside new offers, is named back or kept; in doubt.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import assert_near_miss_safe, assert_read_right, read_reply
from workflows.stages import Intent

MUMBAI = ZoneInfo("Asia/Kolkata")


def _quote(when: str, *items: str) -> str:
    lines = "".join(f"> - {item}\n" for item in items)
    return (
        f"\n\nOn {when}, Ada Obi <ada@example.com> wrote:\n"
        "> Would you have 20 minutes? Any of these India time (IST) would work for me:\n>\n"
        f"{lines}"
    )


APRIL = _quote(
    "Mon, 7 Apr 2031 at 6:10 AM",
    "Tuesday 15 April, 11:00 am IST",
    "Wednesday 16 April, 7:30 pm IST",
    "Friday 18 April, 1:00 pm IST",
)
MARCH = _quote(
    "Mon, 24 Mar 2031 at 6:50 AM",
    "Thursday 27 March, 6:00 pm IST",
    "Tuesday 1 April, 2:30 pm IST",
    "Wednesday 2 April, 8:00 pm IST",
)
BERLIN_DATE = "Tue, 25 Mar 2031 08:45:00 +0100"  # the EU goes onto summer time on 30 March
DUBAI_DATE = "Wed, 09 Apr 2031 09:15:00 +0400"
JOHANNESBURG_DATE = "Mon, 14 Apr 2031 08:20:00 +0200"
DUBLIN_DATE = "Thu, 10 Apr 2031 17:05:00 +0100"

TUE_1030_BERLIN = datetime(2031, 4, 1, 13, 30)
WED_1500_BERLIN = datetime(2031, 4, 2, 18, 30)

SURE = [
    # German summer-time talk: the day it names is no offer.
    (
        "Hallo,\n\nDonnerstag geht leider nicht. Ginge Dienstag, 1. April, um 10 Uhr (Berliner "
        "Zeit) oder Mittwoch, 2. April, um 15 Uhr? Ab dem 30. März gilt bei uns Sommerzeit, "
        "das wären dann 13:30 bzw. 18:30 bei Ihnen.\n\nGruß\n",
        BERLIN_DATE,
        MARCH,
        [TUE_1030_BERLIN, WED_1500_BERLIN],
    ),
    (
        "Hallo,\n\nGinge Dienstag, 1. April, um 10 Uhr (Berliner Zeit)? Ab dem 30. März gilt "
        "bei uns Sommerzeit, also 13:30 bei Ihnen.\n\nGruß\n",
        BERLIN_DATE,
        MARCH,
        [TUE_1030_BERLIN],
    ),
    (
        "Hallo,\n\nGinge Dienstag, 1. April, um 10 Uhr Berliner Zeit (bei uns dann schon "
        "Sommerzeit)?\n\nGruß\n",
        BERLIN_DATE,
        MARCH,
        [TUE_1030_BERLIN],
    ),
    (
        "Hallo,\n\nGinge Dienstag, 1. April, um 10 Uhr (Berliner Zeit) oder Mittwoch, 2. April, "
        "um 15 Uhr?\n\nGruß\n",
        BERLIN_DATE,
        MARCH,
        [TUE_1030_BERLIN, WED_1500_BERLIN],
    ),
    # Near misses kept certain: a coming Friday at an hour that is none of the user's.
    (
        "Dear Ada,\n\nTuesday I am on site in Sharjah. Could we do Friday at 10:30 our time, or "
        "Thursday 17 April between 10 and 11 Dubai time?\n\nRegards\n",
        DUBAI_DATE,
        APRIL,
        [datetime(2031, 4, 11, 12, 0), datetime(2031, 4, 17, 11, 30)],
    ),
    # The user's time kept beside new ones, with no "but" (or one in another sentence).
    (
        "Hi\n\nTue 11am yours is 7:30 here and I'm on the school run. Wednesday 7:30pm\n"
        "yours is fine timing-wise.\n\nCould also do Thursday at 11am SAST or Tuesday 22 April "
        "9-10am?\n\nT\n",
        JOHANNESBURG_DATE,
        APRIL,
        [
            datetime(2031, 4, 16, 19, 30),
            datetime(2031, 4, 17, 14, 30),
            datetime(2031, 4, 22, 12, 30),
        ],
    ),
    (
        "Hi\n\nWednesday 7:30pm yours suits me. Thursday at 11am SAST would also work.\n\nT\n",
        JOHANNESBURG_DATE,
        APRIL,
        [datetime(2031, 4, 16, 19, 30), datetime(2031, 4, 17, 14, 30)],
    ),
    (
        "Hi\n\nWednesday 7:30pm yours suits me. I could also do Thursday at 11am SAST, but not "
        "later.\n\nT\n",
        JOHANNESBURG_DATE,
        APRIL,
        [datetime(2031, 4, 16, 19, 30), datetime(2031, 4, 17, 14, 30)],
    ),
    # A part of the day on a day the user offered nothing on is a window of its own.
    (
        "Hi,\n\nThursday afternoon your time would suit me better.\n\nS\n",
        DUBLIN_DATE,
        APRIL,
        [datetime(2031, 4, 17, 13, 0)],
    ),
]


@pytest.mark.parametrize(("body", "date", "quote", "starts"), SURE)
def test_read_right(body: str, date: str, quote: str, starts: list[datetime]) -> None:
    verdict = read_reply(body, tz=MUMBAI, date=date, quote=quote)
    assert_read_right(verdict, MUMBAI, Intent.PROPOSE_TIMES, starts)


DOUBTED = [
    # The user's Friday 1pm (11:30 in Dubai) named back, on the coming Friday.
    (
        "Dear Ada,\n\nTuesday I am on site in Sharjah, and Friday at 11:30 our time is too close "
        "to midday prayers.\n\nCould we do Thursday 17 April between 10 and 11 Dubai time?\n\n"
        "Regards\n",
        DUBAI_DATE,
    ),
    (
        "Dear Ada,\n\nTuesday I am on site in Sharjah, and Friday at 10:30 our time is too close "
        "to midday prayers.\n\nCould we do Thursday 17 April between 10 and 11 Dubai time?\n\n"
        "Regards\n",
        DUBAI_DATE,
    ),
    # The user's Wednesday named back with a "but", beside new offers.
    (
        "Hi\n\nTue 11am yours is 7:30 here and I'm on the school run. Wednesday 7:30pm\nyours "
        "is fine timing-wise but I'll be on a flight.\n\nCould do Thursday at 11am SAST or "
        "Tuesday 22 April 9-10am?\n\nT\n",
        JOHANNESBURG_DATE,
    ),
    # A part of the day on the user's day: the user's time picked, or a window of the sender's.
    ("Hi,\n\nWednesday evening your time is perfect for me.\n\nS\n", DUBLIN_DATE),
    ("Hi,\n\nTuesday morning your time is perfect for me.\n\nS\n", DUBLIN_DATE),
]


@pytest.mark.parametrize(("body", "date"), DOUBTED)
def test_stays_doubted(body: str, date: str) -> None:
    verdict = read_reply(body, tz=MUMBAI, date=date, quote=APRIL)
    assert_near_miss_safe(verdict, MUMBAI, None)


# The sender's own part of the day on the user's day, with no "your time": a window of its own
# (hunt 47's "Thursday evening works better than 3pm." stays read). Found here: the evening
# it is compared with is read as a second offer.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi,\n\nWednesday afternoon works better for me than the evening.\n\nS\n",
            marks=pytest.mark.xfail(
                strict=True, reason="'than the evening' is read as a second offer, certain"
            ),
        ),
    ],
)
def test_own_part_of_day_on_the_users_day_stays_read(body: str) -> None:
    verdict = read_reply(body, tz=MUMBAI, date=DUBLIN_DATE, quote=APRIL)
    assert_read_right(verdict, MUMBAI, Intent.PROPOSE_TIMES, [datetime(2031, 4, 16, 17, 30)])
