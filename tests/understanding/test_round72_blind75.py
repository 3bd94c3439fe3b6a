"""Round 72 on replies_blind75's two certain and wrong readings (a Karachi user, autumn 2036).
Sentences of our own:

- "could do fri 19th at 4 or sat morning 11ish": a lower-case "sat" before a part of the day
  is Saturday, so the 11 is Saturday's; it was read as a second hour on Friday.
- "vrijdag tussen 9u en 10u": the Flemish "u" after both hours makes a range, as "9h-10h"
  does; it was read as two half-hour slots at 9 and 10.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import local_starts, read_reply
from workflows.stages import Intent

KARACHI = ZoneInfo("Asia/Karachi")
BRUSSELS = ZoneInfo("Europe/Brussels")
OUTREACH = (
    "\n\nOn Mon, 15 Sep 2036 at 10:04, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these suit you? All times Karachi time:\n"
    "> - Thursday 18 September, 4:00 pm\n> - Monday 22 September, 11:00 am\n"
)
WRITTEN = "Tue, 16 Sep 2036 21:10:00 +0500"
FRI_4, SAT_11 = datetime(2036, 9, 19, 16), datetime(2036, 9, 20, 11)


@pytest.mark.parametrize(
    "body",
    [
        "both of those are tricky. could do fri 19th at 4 or sat morning 11ish if that works\n",
        "thursday's out. could do fri 19th at 4, or sat morning at 11 if weekends are ok for you\n",
        "fri 19th at 4pm or else sat morning around 11 - your call\n",
    ],
)
def test_lower_case_sat_before_a_part_of_the_day_is_saturday(body: str) -> None:
    verdict = read_reply(body, tz=KARACHI, date=WRITTEN, quote=OUTREACH)
    assert verdict.intent is Intent.PROPOSE_TIMES and verdict.certain
    assert local_starts(verdict, KARACHI) == [FRI_4, SAT_11]


# Near misses: "sat" the verb before a part of the day stays a verb.
@pytest.mark.parametrize(
    "body",
    [
        "I sat morning after morning in traffic last week. Could do Friday 19th at 4?\n",
        "We sat afternoon sessions on this at my firm. Friday 19th at 4pm works for me.\n",
    ],
)
def test_sat_the_verb_names_no_saturday(body: str) -> None:
    verdict = read_reply(body, tz=KARACHI, date=WRITTEN, quote=OUTREACH)
    assert not verdict.certain or local_starts(verdict, KARACHI) == [FRI_4]


FLEMISH_OUTREACH = (
    "\n\nOn 21 Oct 2036, at 06:31, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these suit you? All times Karachi time:\n"
    "> - Monday 27 October, 5:00 pm\n> - Wednesday 29 October, 2:00 pm\n"
)
FLEMISH_WRITTEN = "Thu, 23 Oct 2036 09:44:00 +0200"


@pytest.mark.parametrize(
    ("body", "start", "end"),
    [
        (
            "Maandag en woensdag lukt niet. Vrijdag 31 oktober tussen 9u en 10u (Brusselse tijd)"
            " kan wel.\n",
            datetime(2036, 10, 31, 9),
            datetime(2036, 10, 31, 10),
        ),
        (
            "Dat lukt me helaas niet. Vrijdag 31 oktober van 14u tot 15u30 (Brusselse tijd) ben"
            " ik vrij.\n",
            datetime(2036, 10, 31, 14),
            datetime(2036, 10, 31, 15, 30),
        ),
    ],
)
def test_flemish_hours_make_a_range(body: str, start: datetime, end: datetime) -> None:
    verdict = read_reply(body, tz=KARACHI, date=FLEMISH_WRITTEN, quote=FLEMISH_OUTREACH)
    assert verdict.intent is Intent.PROPOSE_TIMES and verdict.certain
    [window] = verdict.proposed_times
    assert window.start.astimezone(BRUSSELS).replace(tzinfo=None) == start
    assert window.end is not None
    assert window.end.astimezone(BRUSSELS).replace(tzinfo=None) == end


# Round 71 H's place-against-time doubt read "2nd and 3rd December" (days off) as the user's
# second slot (replies_blind48 p10): days of a month listed are no places in the list.
@pytest.mark.parametrize(
    "body",
    [
        "Your times are late here, and on 2nd and 3rd October we are closed. Could we do Friday"
        " 19th September at 4pm your time?\n",
        "We're off on the 2nd and 3rd of October. Could we do Friday 19th September at 4pm your"
        " time?\n",
    ],
)
def test_days_of_a_month_listed_are_no_place(body: str) -> None:
    verdict = read_reply(body, tz=KARACHI, date=WRITTEN, quote=OUTREACH)
    assert verdict.intent is Intent.PROPOSE_TIMES and verdict.certain
    assert local_starts(verdict, KARACHI) == [FRI_4]


def test_a_place_beside_another_clock_still_doubts() -> None:
    body = "The 2nd one - Friday 19th September at 4pm your time - works for me.\n"
    verdict = read_reply(body, tz=KARACHI, date=WRITTEN, quote=OUTREACH)
    assert not verdict.certain
