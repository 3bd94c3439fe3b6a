"""Round 41, times and zones: what replies_blind42 read in doubt.

A zone's abbreviation typed in lower case that is also a word ("ist", "est", "cet") names a
clock when the clause ends on it after "am"/"pm": as a word it would run on into the sentence.
Sentences of our own (a Tokyo user in January 2034), with near misses that stay in doubt.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply

TOKYO = ZoneInfo("Asia/Tokyo")

_OUTREACH = (
    "\n\nOn Mon, 9 Jan 2034 at 10:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 30 minutes for a call next week? I'm in Tokyo (JST).\n"
)

# (body, Date header, the starts on the user's clock in Tokyo, or None when the reply must
# doubt with reply_zone_unread)
_LOWER_ZONE_AT_CLAUSE_END = [
    (
        "ok for me on tue 17 jan 4.30pm ist, or wed 18 at 5pm ist",
        "Tue, 10 Jan 2034 12:00:00 +0530",
        [datetime(2034, 1, 17, 20), datetime(2034, 1, 18, 20, 30)],
    ),
    (
        "how about thurs 19 jan at 7pm est? thx",
        "Tue, 10 Jan 2034 08:00:00 -0500",
        [datetime(2034, 1, 20, 9)],
    ),
    (
        "fri 20 jan 9am cet. lmk",
        "Tue, 10 Jan 2034 08:00:00 +0100",
        [datetime(2034, 1, 20, 17)],
    ),
    (
        "mon 16 jan 10am eet / tue 17 jan 10am eet",
        "Tue, 10 Jan 2034 08:00:00 +0200",
        [datetime(2034, 1, 16, 17), datetime(2034, 1, 17, 17)],
    ),
    # Near misses: the word runs on into the sentence, so the letters are a word, not a clock.
    ("Fri 20 Jan 3pm ist gut für mich.", "Tue, 10 Jan 2034 08:00:00 +0100", None),
    ("On Fri 20 Jan 2pm et 4pm me conviennent.", "Tue, 10 Jan 2034 08:00:00 +0100", None),
    ("fri 20 jan 9am cet après-midi je suis libre", "Tue, 10 Jan 2034 08:00:00 +0100", None),
]


@pytest.mark.parametrize(("body", "date", "starts"), _LOWER_ZONE_AT_CLAUSE_END)
def test_a_lower_case_zone_word_ending_its_clause_names_a_clock(
    body: str, date: str, starts: list[datetime] | None
) -> None:
    verdict = read_reply(body, tz=TOKYO, date=date, quote=_OUTREACH)
    if starts is None:
        assert "reply_zone_unread" in doubt_codes(verdict)
    else:
        assert "reply_zone_unread" not in doubt_codes(verdict)
        assert local_starts(verdict, TOKYO) == starts
