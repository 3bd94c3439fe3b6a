"""Round 75 on replies_blind79 ("same time"): a meeting moved by days keeps the meeting's instant.

- Doubted: "same time" under an agreed meeting the user wrote on a clock the reader does not
  know, with a bracket on the sender's clock that says another instant than the clock read
  on the sender's zone ("20:00 Taipei (06:00 Mexico City)"): which instant was agreed is a
  guess, so moving it by a day is too.
- Near misses that stay certain: the meeting named on the sender's clock alone, or with a
  bracket that says the same instant; "same time" under a plain confirmation.
- Read: a "same time" offer after talk of a clock change that says a clock twice ("10am here =
  10pm for you. or Wednesday the 17th, same time"): the talk ends at its full stop though the
  next sentence opens on a lowercase "or", so the offer is no longer dropped as talk.
- Doubted (round 75 B, "or_day_unread"; were strict xfails): "that sunday" in such talk read as
  an offer when the next sentence is a question; a "same time" after talk naming two of the
  user's clocks dropped.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

LONDON = ZoneInfo("Europe/London")
MEXICO = ZoneInfo("America/Mexico_City")
TAIPEI = ZoneInfo("Asia/Taipei")
NEW_YORK = ZoneInfo("America/New_York")
# Monday 10 May 2038 from Mexico City (no clock change there since 2022); Wednesday is the 12th.
WRITTEN = "Mon, 10 May 2038 16:05:00 -0600"


def _quote(confirmation: str) -> str:
    return (
        "\n\nOn Fri, 7 May 2038 at 09:10, Ada Obi <ada@example.com> wrote:\n"
        f"> Hi Lucía,\n>\n> {confirmation} Speak then!\n>\n> Ada\n"
    )


def _moved(line: str, confirmation: str, tz: ZoneInfo = LONDON) -> Verdict:
    body = f"Hola Ada,\n\n{line}\n\nLucía\n"
    return read_reply(body, tz=tz, date=WRITTEN, quote=_quote(confirmation))


UNKNOWN_CLOCK = "Lovely, Wednesday 12 May at 20:00 Taipei (06:00 Mexico City) it is."
MOVES = [
    "Me surgió algo el miércoles. ¿Podemos pasarlo al jueves 13, a la misma hora?",
    "Something came up on Wednesday. Could we move to Thursday the 13th, same time?",
]


@pytest.mark.parametrize("tz", [LONDON, ZoneInfo("UTC"), TAIPEI])
@pytest.mark.parametrize("line", MOVES)
def test_same_time_under_a_meeting_on_an_unknown_clock_is_not_certain(
    line: str, tz: ZoneInfo
) -> None:
    verdict = _moved(line, UNKNOWN_CLOCK, tz)
    starts = local_starts(verdict, MEXICO)
    # Never Thursday at 20:00 on the sender's clock, the user's clock put on the sender's.
    assert datetime(2038, 5, 13, 20, 0) not in starts
    assert verdict.doubts or starts == [datetime(2038, 5, 13, 6, 0)], (starts, doubt_codes(verdict))


@pytest.mark.parametrize(
    "confirmation",
    [
        # The sender's clock alone, or a bracket that says the same instant (13:00 BST).
        "Lovely, Wednesday 12 May at 06:00 Mexico City time it is.",
        "Lovely, Wednesday 12 May at 13:00 London (06:00 Mexico City) it is.",
    ],
)
@pytest.mark.parametrize("line", MOVES)
def test_same_time_under_a_meeting_read_on_one_instant_moves_it(
    line: str, confirmation: str
) -> None:
    verdict = _moved(line, confirmation)
    assert verdict.intent is Intent.RESCHEDULE
    assert local_starts(verdict, MEXICO) == [datetime(2038, 5, 13, 6, 0)]
    assert not verdict.doubts


# Monday 22 February 2038 from New York; Tuesday 9 March is after nothing, Sunday 14 March
# the US springs forward, so Tuesday 16 and Wednesday 17 March are on EDT.
OFFERS_QUOTE = (
    "\n\nOn Sun, 21 Feb 2038 at 20:15, Ada Obi <ada@example.com> wrote:\n"
    "> Would you have half an hour for a video chat? Taipei time:\n> - Tuesday 16 March, 22:00\n"
)


def _offered(line: str) -> Verdict:
    body = f"hi ada,\n\n{line}\n\nsam\n"
    return read_reply(body, tz=TAIPEI, date="Mon, 22 Feb 2038 19:40:00 -0500", quote=OFFERS_QUOTE)


TUE = datetime(2038, 3, 16, 10, 0)
WED = datetime(2038, 3, 17, 10, 0)


SAID_TWICE = (
    "would tuesday march 16 at 10am ET suit? fyi our clocks jump that sunday so 10am here ="
    " 10pm for you."
)


@pytest.mark.parametrize(
    ("line", "starts"),
    [
        ("would tuesday march 16 at 10am ET suit? or wednesday the 17th, same time", [TUE, WED]),
        (
            "would tuesday march 16 at 10am ET suit? that's 10pm for you. Or wednesday the 17th,"
            " same time",
            [TUE, WED],
        ),
        # After talk of the change that says a clock twice, a lowercase "or" opens an offer
        # of its own: "same time" is the offer's clock (10am ET), not the talk's.
        (f"{SAID_TWICE} or wednesday the 17th, same time", [TUE, WED]),
        (f"{SAID_TWICE} Or wednesday the 17th, same time", [TUE, WED]),
        (f"{SAID_TWICE} or wednesday the 17th at 11am", [TUE, WED.replace(hour=11)]),
    ],
)
def test_same_time_offer_after_a_clock_is_read(line: str, starts: list[datetime]) -> None:
    verdict = _offered(line)
    assert local_starts(verdict, NEW_YORK) == starts
    assert not verdict.doubts


def test_same_time_after_talk_with_no_zone_is_doubted() -> None:
    # "10am" with no zone before the change: ET or the header's offset, and 9am or 10am EDT.
    verdict = _offered(SAID_TWICE.replace("10am ET", "10am") + " or wednesday the 17th, same time")
    assert verdict.doubts


# Doubted since round 75 part B's "or_day_unread": the "or" day with no offer read on it.
@pytest.mark.parametrize(
    "line",
    [
        # "that sunday" in the talk is read as an offer of Sunday 21 March at 10am.
        f"{SAID_TWICE} or wednesday the 17th?",
        # The "same time" after a talk that says two clocks of the user's is dropped.
        "would tuesday march 16 at 10am ET suit? fyi our clocks jump that sunday so it's 10pm"
        " for you, not 11pm. or wednesday the 17th, same time",
    ],
)
def test_same_time_offer_after_talk_is_read_or_doubted(line: str) -> None:
    verdict = _offered(line)
    assert local_starts(verdict, NEW_YORK) == [TUE, WED] or verdict.doubts
