"""English day names around which the reader's English patterns read: `vocab.ENGLISH_DAYS`.

The patterns ("Tuesday's out", "the following Monday", "Monday week", "fri am") once each wrote
the seven names out; they now share one list, and read as before. "weds am" is a half of the
day as "wed am" is (the short forms are `WEEKDAY_ABBREVIATIONS`). Replies written on Monday
17 March 2031 from New York.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply

_NY = ZoneInfo("America/New_York")
_HEADER = "\n\nOn Mar 16, 2031, at 6:40 PM, Ada Obi <ada@example.com> wrote:\n\n"
_ASK = _HEADER + "> Hi Kai, would you be open to a 20 min chat in the next few weeks?\n>\n> Ada\n"
_DATE = "Mon, 17 Mar 2031 10:00:00 -0400"


def _read(body: str) -> tuple[str, list[datetime], list[str]]:
    verdict = read_reply(body, tz=_NY, date=_DATE, quote=_ASK)
    return verdict.intent.value, local_starts(verdict, _NY), doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "start"),
    [
        # A half of the day after a short day name, "weds" among them.
        ("weds am?", datetime(2031, 3, 19, 9)),
        ("Thurs pm?", datetime(2031, 3, 20, 13)),
        # "Tuesday's out": a day turned down; the other day is the offer.
        ("Tuesday's out, sorry. Could do Thursday at 2pm?", datetime(2031, 3, 20, 14)),
    ],
)
def test_a_day_name_in_english_words_reads_as_before(body: str, start: datetime) -> None:
    intent, starts, doubts = _read(body)
    assert (intent, starts[:1], doubts) == ("propose_times", [start], [])


@pytest.mark.parametrize(
    "body",
    [
        # "Monday week", "the following Friday": which week is a guess.
        "Monday week at 10am?",
        "Not this Friday, the following Friday at 3pm?",
    ],
)
def test_a_later_week_by_day_name_stays_in_doubt(body: str) -> None:
    assert _read(body)[2]
