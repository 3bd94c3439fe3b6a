"""Round 54 part Z on replies_blind53: zone names read with no user zone, moves by an hour.

- "Wednesday 15 March, 16:00 CET / Tuesday 28 March, 14:00 CEST" in the user's outreach, read
  with the user's zone unknown (a01, a02, p01, p02, p07, s01): each name is said for its own
  line's offer, and CEST is the 28th's clock; judged against the winter offers too it was a
  summer name for a winter day (`zone_name_ambiguous`).
- "Could we do 10:00 UK time that Friday instead? (So 11:00 for you.) Or the following Monday,
  the 20th, same time." (p07): the bracket says the Friday's clock again, and the Monday has
  its own "same time"; the 11:00 was bound to the Monday and the "same time" dropped.
- "Could we push our Thursday call back by an hour? Our all-hands got moved onto the 16:00
  slot" (s04): "our Thursday call" names the meeting, and a conflict's clock on the side the
  meeting moves away from is the reason for the move, not a new time.
- "le mardi 28 mars à 10 h, heure de Montréal (16 h chez vous …)" and "à 14 h chez vous, ça
  fait 8 h ici" (p04): the comma before "heure de" and "ça fait" (that makes) before a side's
  clock.
- "I could do the 13th a bit earlier though - 2pm Irish time - or Tuesday 18th anytime
  10-11am" (p12): a clock set off by dashes goes on with the offer clause before it.

Near misses keep their readings: a summer name for a winter line, another day's call, a
conflict the move lands on, a second new time, hours counted in French, a conflict clause.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

_WARSAW = ZoneInfo("Europe/Warsaw")
_WRITTEN = "Tue, 07 Mar 2028 07:52:00 +0000"


def _outreach(first: str = "Wednesday 15 March, 16:00 CET") -> str:
    return (
        "\n\nOn Mon, 6 Mar 2028 at 09:20, Ada Obi <ada@example.com> wrote:\n"
        "> Any of these would work for me (all Warsaw time):\n>\n"
        f"> - {first}\n> - Friday 17 March, 10:30 CET\n"
        "> - Tuesday 28 March, 14:00 CEST (our clocks go forward on the 26th)\n>\n> Ada\n"
    )


@pytest.mark.parametrize(
    ("body", "date", "starts"),
    [
        (
            "Wednesday at 16 works fine - same timezone as you.\n\nKai",
            "Mon, 06 Mar 2028 14:22:00 +0100",
            [datetime(2028, 3, 15, 15, 0)],
        ),
        (
            "Friday 17 March at 10:30 works for me.\n\nKai",
            "Mon, 06 Mar 2028 14:22:00 +0100",
            [datetime(2028, 3, 17, 9, 30)],
        ),
        (
            "Thursday 16 March at 10am ET or Monday 20 March at 9:30am ET?\n\nKai",
            "Mon, 06 Mar 2028 08:22:00 -0500",
            [datetime(2028, 3, 16, 14, 0), datetime(2028, 3, 20, 13, 30)],
        ),
    ],
)
def test_zone_name_judged_on_its_own_offer_with_the_user_zone_unknown(
    body: str, date: str, starts: list[datetime]
) -> None:
    verdict = read_reply(body, tz=UTC, date=date, quote=_outreach())
    assert local_starts(verdict, UTC) == starts
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "first",
    [
        # A summer name on a line for a winter day: +01:00 or +02:00, which one is a guess.
        "Wednesday 15 March, 16:00 CEST",
        "Wednesday 22 March, 16:00 CEST",
    ],
)
def test_summer_name_on_a_winter_line_stays_ambiguous(first: str) -> None:
    verdict = read_reply(
        "Wednesday at 16 works fine.\n\nKai",
        tz=UTC,
        date="Mon, 06 Mar 2028 14:22:00 +0100",
        quote=_outreach(first),
    )
    assert "zone_name_ambiguous" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "starts"),
    [
        (
            "Could we do 10:00 UK time on Friday 17 March instead? (So 11:00 for you.) Or the"
            " following Monday, the 20th, same time.\n\nKai",
            [datetime(2028, 3, 17, 10, 0), datetime(2028, 3, 20, 10, 0)],
        ),
        (
            "Could we do 10:00 UK time on Friday 17 March instead? (So 11:00 for you.) Or"
            " Monday the 20th at the same time.\n\nKai",
            [datetime(2028, 3, 17, 10, 0), datetime(2028, 3, 20, 10, 0)],
        ),
        (
            "Could we do 10:00 UK time on Friday 17 March instead? (So 11:00 for you.) Or"
            " Monday the 20th at 3pm UK time.\n\nKai",
            [datetime(2028, 3, 17, 10, 0), datetime(2028, 3, 20, 15, 0)],
        ),
        # Near miss: the same time on a day after it was read so already.
        (
            "Could we do 10:00 UK time on Friday 17 March instead? Or same time on Monday the"
            " 20th.\n\nKai",
            [datetime(2028, 3, 17, 10, 0), datetime(2028, 3, 20, 10, 0)],
        ),
    ],
)
def test_restated_clock_before_a_day_with_its_own_time(body: str, starts: list[datetime]) -> None:
    for tz in (UTC, _WARSAW):
        verdict = read_reply(body, tz=tz, date=_WRITTEN, quote=_outreach())
        assert local_starts(verdict, UTC) == starts
        assert verdict.certain, doubt_codes(verdict)


_APRIL_OFFERS = (
    "On Tue, 4 Apr 2028 at 19:10, Ada Obi <ada@example.com> wrote:\n"
    "> Three options, in Warsaw time (CEST, UTC+2):\n"
    "> 1. Tuesday 11 April, 11:00\n> 2. Thursday 13 April, 16:30\n"
    "> 3. Wednesday 19 April, 10:00\n"
)
_AGREED = (
    "\n\nOn Wed, 5 Apr 2028 at 09:12, Ada Obi <ada@example.com> wrote:\n"
    "> Perfect - Thursday 13 April at 16:30 it is. I've sent a calendar invite.\n>\n"
    + "".join(f">{line}\n" for line in _APRIL_OFFERS.splitlines())
)
_MOVE_WRITTEN = "Tue, 11 Apr 2028 14:50:00 +0200"


@pytest.mark.parametrize(
    ("body", "hour"),
    [
        ("Could we push our Thursday call back by an hour? Same link is fine.", (17, 30)),
        (
            "Could we push our Thursday call back by an hour? Our all-hands got moved onto the"
            " 16:00 slot and I don't think it'll be over in time.",
            (17, 30),
        ),
        ("Could we push the Thursday chat back by 30 minutes?", (17, 0)),
        (
            "Could we move our Thursday call up by an hour? Our all-hands got moved onto the"
            " 17:00 slot.",
            (15, 30),
        ),
    ],
)
def test_meeting_named_by_its_day_moved_by_a_length(body: str, hour: tuple[int, int]) -> None:
    for tz in (UTC, _WARSAW):
        verdict = read_reply(body + "\n\nKai", tz=tz, date=_MOVE_WRITTEN, quote=_AGREED)
        assert verdict.intent is Intent.RESCHEDULE
        assert local_starts(verdict, _WARSAW) == [datetime(2028, 4, 13, *hour)]
        assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # Another day's call, a conflict the move lands on, a new time beside the length.
        "Could we push our Friday call back by an hour? Our all-hands got moved onto the 16:00"
        " slot.",
        "Could we push our Thursday call back by an hour? Our all-hands got moved onto the 17:00"
        " slot.",
        "Could we push our Thursday call back by an hour? Or 18:00 if that is easier.",
    ],
)
def test_move_by_a_length_left_in_doubt(body: str) -> None:
    verdict = read_reply(body + "\n\nKai", tz=_WARSAW, date=_MOVE_WRITTEN, quote=_AGREED)
    assert not verdict.certain


_MONTREAL = "Fri, 10 Mar 2028 16:30:00 -0500"


@pytest.mark.parametrize(
    "body",
    [
        "Le mardi 28 à 14 h chez vous, ça fait 8 h ici : c'est l'heure où je dépose les enfants"
        " à l'école. Je vous propose plutôt le mardi 28 mars à 10 h, heure de Montréal (16 h"
        " chez vous), ou alors le jeudi 30 mars à la même heure.",
        "Je vous propose le mardi 28 mars à 10 h, heure de Montréal, ou le jeudi 30 mars à la"
        " même heure.",
    ],
)
def test_french_clock_with_comma_zone_and_side_restatement(body: str) -> None:
    for tz in (UTC, _WARSAW):
        verdict = read_reply(body + "\n\nKai", tz=tz, date=_MONTREAL, quote=_outreach())
        assert local_starts(verdict, UTC) == [
            datetime(2028, 3, 28, 14, 0),
            datetime(2028, 3, 30, 14, 0),
        ]
        assert verdict.certain, doubt_codes(verdict)


def test_french_hours_counted_stay_unread() -> None:
    verdict = read_reply(
        "Ça fait 8 h que je travaille dessus. Mardi 28 mars à 10 h, heure de Montréal ?\n\nKai",
        tz=_WARSAW,
        date=_MONTREAL,
        quote=_outreach(),
    )
    assert "time_unread" in doubt_codes(verdict)


_DUBLIN = "Wed, 05 Apr 2028 12:10:00 +0100"


@pytest.mark.parametrize(
    "body",
    [
        "I could do the 13th a bit earlier though - 2pm\nIrish time - or Tuesday 18th anytime"
        " 10-11am (again Irish time, we're an hour behind you).",
        "I could do the 13th a bit earlier - 2pm Irish time - or Tuesday 18th at 10am Irish time.",
    ],
)
def test_clock_between_dashes_goes_on_with_the_offer(body: str) -> None:
    verdict = read_reply(body + "\n\nKai", tz=_WARSAW, date=_DUBLIN, quote=f"\n\n{_APRIL_OFFERS}")
    assert local_starts(verdict, UTC)[:2] == [
        datetime(2028, 4, 13, 13, 0),
        datetime(2028, 4, 18, 9, 0),
    ]
    assert verdict.certain, doubt_codes(verdict)


def test_clock_between_dashes_after_a_conflict_is_no_offer() -> None:
    verdict = read_reply(
        "I have a call on the 13th - 2pm Irish time - or Tuesday 18th at 10am.\n\nKai",
        tz=_WARSAW,
        date=_DUBLIN,
        quote=f"\n\n{_APRIL_OFFERS}",
    )
    assert datetime(2028, 4, 13, 13, 0) not in local_starts(verdict, UTC) or not verdict.certain
