"""Round 71, part P, on replies_blind74: six English shapes the reader doubted. Sentences of our
own, for a user in Oslo, written in spring 2037 (the EU clocks go forward on 29 March):

- "3pm MYT": Malaysia's clock is known by its abbreviation, as Singapore's "SGT" is.
- "let me look at my diary this evening and I'll revert tonight": the part of the day right
  after looking at a diary is when the sender looks, not a time offered; the note waits
  (convention (i)).
- "could we push Tuesday back by an hour? … just an hour later": the settled meeting named by
  its day alone is moved by the length, and the one length may be said twice.
- "… middle of the night for me lol. could we do mon march 9 8am pacific": a question typed in
  lower case after a full stop opens a sentence of its own.
- "I'm travelling a lot this month so I work in UTC": a habit, no absence; "0900 UTC on Monday
  30 March, or the same on Tuesday 31st": the time again on the other day; an ordinal day
  before a full stop ends its sentence ("… Tuesday 31st. Your 16:00 …").

Left in doubt: blind74 p04 ("Tu horario del miércoles a las 11 me cae a las 4 de la mañana", the
user's time said on the sender's clock, which the reader takes as a new offer on another date)
and x06 ("the second one (11pm HK …)", a wrong restatement beside a pick).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_near_miss_safe,
    assert_read_right,
    miss_reading,
    read_reply,
)
from workflows.stages import Intent
from workflows.understanding import Verdict

OSLO = ZoneInfo("Europe/Oslo")
P, OT, R = Intent.PROPOSE_TIMES, Intent.OTHER, Intent.RESCHEDULE

# The user's outreach of Wednesday 1 April 2037, quoted under a reply written a day later.
APRIL = (
    "\n\nOn Wed, 01 Apr 2037 at 19:05, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these suit you (Oslo time)?\n>\n>  - Tuesday 7 April, 10:00\n"
    ">  - Thursday 9 April, 15:30\n>  - Tuesday 14 April, 13:00\n>\n> Ada\n"
)
KUALA_LUMPUR = "Thu, 02 Apr 2037 10:10:00 +0800"
LUXEMBOURG = "Thu, 02 Apr 2037 11:35:00 +0200"
DUBAI = "Thu, 02 Apr 2037 13:00:00 +0400"

# The outreach of Tuesday 24 February (before the US clocks move on 8 March), answered from
# Vancouver.
FEBRUARY = (
    "\n\nOn 24 Feb 2037, at 00:15, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these suit you (Oslo time (CET))?\n>\n>  - Tuesday 3 March, 10:00\n"
    ">  - Thursday 5 March, 15:00\n>  - Tuesday 10 March, 14:00\n>\n> Ada\n"
)
VANCOUVER = "Thu, 26 Feb 2037 18:22:00 -0800"

# The user's confirmation of Tuesday 7 April at 10:00 Oslo time (20:00 in Auckland), quoted by a
# reply written the day before from Auckland.
SETTLED = (
    "\n\nOn Thu, 02 Apr 2037 at 08:30, Ada Obi <ada@example.com> wrote:\n"
    "> Lovely - Tuesday 7 April at 10:00 (Oslo time) it is. I'll send a Teams link.\n>\n"
    "> Ada\n"
)
AUCKLAND = "Mon, 06 Apr 2037 10:00:00 +1200"


def _read(body: str, date: str, quote: str = APRIL) -> Verdict:
    return read_reply(body, tz=OSLO, date=date, quote=quote)


def _on(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2037, month, day, hour, minute)


READ = [
    # "MYT" is Kuala Lumpur's clock (+08:00, no summer time).
    (
        "Hi Ada,\n\nI'm on a flight on Thursday 9th, and Tuesdays are late evenings here. Would "
        "Friday 10 April at 3pm MYT work? That should be 9am for you.\n\nKai\n",
        KUALA_LUMPUR,
        APRIL,
        P,
        [_on(4, 10, 9)],
    ),
    ("Hi Ada, could we do Friday 10 April at 4pm MYT instead?\n\nKai\n", KUALA_LUMPUR, APRIL, P,
     [_on(4, 10, 10)]),
    ("Hi Ada, Friday 10 April, 4:30pm MYT? That's 10:30 for you.\n\nKai\n", KUALA_LUMPUR, APRIL,
     P, [_on(4, 10, 10, 30)]),
    # The part of the day the sender looks at a diary: a holding note, nothing offered.
    (
        "Hi Ada,\n\nLovely to hear from you! Between meetings - let me look at my diary this "
        "evening and I'll revert tonight on the timing.\n\nBest\nKai\n",
        LUXEMBOURG,
        APRIL,
        OT,
        [],
    ),
    ("Hi Ada, let me check my diary this evening and I'll get back to you tomorrow.\n\nKai\n",
     LUXEMBOURG, APRIL, OT, []),
    ("Hi Ada, in workshops all day - will look at my calendar this evening and come back to you "
     "tonight.\n\nKai\n", LUXEMBOURG, APRIL, OT, []),
    ("Hi Ada, let me review my schedule this afternoon and I'll revert tomorrow.\n\nKai\n",
     LUXEMBOURG, APRIL, OT, []),
    # Beside the errand, an offer still stands.
    ("Hi Ada, I'll check my schedule this evening, but Friday 10 April at 11:00 your time should "
     "work.\n\nKai\n", LUXEMBOURG, APRIL, P, [_on(4, 10, 11)]),
    # The settled Tuesday moved by a length, named by its day alone.
    (
        "Hi Ada, any chance we could push Tuesday back by an hour? Something's come up at 8pm my "
        "end. Same day, just an hour later.\nKai\n",
        AUCKLAND,
        SETTLED,
        R,
        [_on(4, 7, 11)],
    ),
    ("Hi Ada, could we push Tuesday back an hour?\nKai\n", AUCKLAND, SETTLED, R, [_on(4, 7, 11)]),
    ("Hi Ada, could we move Tuesday an hour later?\nKai\n", AUCKLAND, SETTLED, R, [_on(4, 7, 11)]),
    ("Hi Ada, could we start Tuesday half an hour earlier?\nKai\n", AUCKLAND, SETTLED, R,
     [_on(4, 7, 9, 30)]),
    # A lower-case question after a full stop is a sentence of its own.
    (
        "hey ada those are all the middle of the night for me lol. could we do mon march 9 8am "
        "pacific or wed the 11th same time? 30 min is plenty\n\nkai\n",
        VANCOUVER,
        FEBRUARY,
        P,
        [_on(3, 9, 16), _on(3, 11, 16)],
    ),
    ("hey ada your times are too early for me. can we do thu march 12 at 7am pacific?\n\nkai\n",
     VANCOUVER, FEBRUARY, P, [_on(3, 12, 15)]),
    # A habit of travel, no absence; "or the same on" a day; an ordinal that ends a sentence.
    (
        "Hi Ada,\n\nI'm travelling a lot this month so I keep to UTC. Could do 0800 UTC on "
        "Friday 10 April, or the same on Monday 13th. Your 13:00 on the 14th clashes with a "
        "board call.\n\nKai\n",
        DUBAI,
        APRIL,
        P,
        [_on(4, 10, 10), _on(4, 13, 10)],
    ),
    ("Hi Ada, Friday 10 April at 08:00 UTC works, or the same on Monday 13th.\n\nKai\n", DUBAI,
     APRIL, P, [_on(4, 10, 10), _on(4, 13, 10)]),
    ("Hi Ada, I'm travelling so much these weeks that I keep to UTC. Friday 10 April at 08:00 "
     "UTC?\n\nKai\n", DUBAI, APRIL, P, [_on(4, 10, 10)]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "date", "quote", "intent", "starts"), READ)
def test_read_right(
    body: str, date: str, quote: str, intent: Intent, starts: list[datetime]
) -> None:
    assert_read_right(_read(body, date, quote), OSLO, intent, starts)


# Near misses: doubted, or certain with nothing booked that should not be.
NEAR_MISSES = [
    # A clock whose abbreviation the reader does not know stays unread.
    ("Hi Ada, Friday 10 April at 3pm KLT?\n\nKai\n", KUALA_LUMPUR, APRIL, None),
    # A diary looked at, then a day with its evening asked about: no errand there.
    ("Hi Ada, I'll check my calendar tonight. Thursday 9 April at 7pm could work though?\n\nKai\n",
     LUXEMBOURG, APRIL, "thu19"),
    # Another day than the settled one, two lengths, or a clock of its own: no one new time.
    ("Hi Ada, could we push Thursday back by an hour?\nKai\n", AUCKLAND, SETTLED, R),
    ("Hi Ada, could we push Tuesday back by an hour, or maybe 30 minutes?\nKai\n", AUCKLAND,
     SETTLED, R),
    ("Hi Ada, could we push Tuesday back by an hour? Or to Wednesday at 10?\nKai\n", AUCKLAND,
     SETTLED, None),
    ("Hi Ada, could we push Tuesday back by an hour? Something's come up at 9pm my end.\nKai\n",
     AUCKLAND, SETTLED, None),
    # Travelling until a day is still an absence; "and the same on" a busy day offers nothing.
    ("Hi Ada, I'm travelling until the 12th, back after that.\n\nKai\n", DUBAI, APRIL, "ooo"),
    ("Hi Ada, I'm tied up at 8 on Friday 10 April, and the same on Monday 13th.\n\nKai\n", DUBAI,
     APRIL, None),
    ("Hi Ada, 9am on Friday 10 April is out, and the same on Monday 13th.\n\nKai\n", DUBAI, APRIL,
     None),
    # "or the same" with no clock before it.
    ("Hi Ada, Friday 10 April works, or the same on Monday 13th.\n\nKai\n", DUBAI, APRIL, None),
    # A pick beside a wrong restatement (the third is 19:00 in Kuala Lumpur): read right or
    # doubted, never a certain wrong time.
    ("Hi Ada,\n\nThe third one please (2am KL if my sums are right - night owl here).\n\nKai\n",
     KUALA_LUMPUR, APRIL, "tue13"),
    # A lower-case question that asks, and offers nothing.
    ("hi ada thanks. could you tell me more about your background first?\n\nkai\n", VANCOUVER,
     FEBRUARY, None),
]  # fmt: skip


@pytest.mark.parametrize(("body", "date", "quote", "kind"), NEAR_MISSES)
def test_near_misses_are_safe(body: str, date: str, quote: str, kind: str | Intent | None) -> None:
    verdict = _read(body, date, quote)
    if kind == "thu19":
        assert miss_reading(verdict) != "WRONG" or [
            w.start.astimezone(OSLO).replace(tzinfo=None) for w in verdict.proposed_times
        ] == [_on(4, 9, 19)]
    elif kind == "tue13":
        assert not verdict.certain or (
            verdict.intent is Intent.ACCEPT
            and [w.start.astimezone(OSLO).replace(tzinfo=None) for w in verdict.proposed_times]
            == [_on(4, 14, 13)]
        )
    elif kind == "ooo":
        assert verdict.intent is Intent.OUT_OF_OFFICE and not verdict.proposed_times
    elif isinstance(kind, Intent):
        assert_near_miss_safe(verdict, OSLO, kind)
    else:
        assert miss_reading(verdict) != "WRONG"
