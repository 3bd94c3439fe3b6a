"""Round 79, part A (blind82 p09): a standard-time name said with a place that keeps it all year.

"Arizona doesn't do daylight saving ... Wednesday 16th at 7:30am MST", from Phoenix a week
before the US clocks change: the message names Arizona as the writer's clock, whose only name
is MST, so the 7:30am is Phoenix's (-07:00). The sentence with the clock named no place, and
"MST" was read there as the table's Denver, on its summer clock (-06:00) that day, while the
check for a name two clocks wear saw the message's Arizona and was satisfied: certain and an
hour off. A place the message names as the writer's clock (said as a clock, "Phoenix time",
or in talk of clock changes, on the writer's offset when writing) now settles the name in
every sentence, as it did in its own. A place named only in passing ("my colleague in
Arizona") settles nothing, nor does one said for the user.

Sentences of our own; quotes from the user, Ada Obi, in Guayaquil (-05:00 all year).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_near_miss_safe,
    assert_read_right,
    doubt_codes,
    local_starts,
    read_reply,
)
from workflows.stages import Intent

GUAYAQUIL = ZoneInfo("America/Guayaquil")
PHOENIX = ZoneInfo("America/Phoenix")
DENVER = ZoneInfo("America/Denver")
HONOLULU = ZoneInfo("Pacific/Honolulu")

OUTREACH = (
    "\n\nOn Mon, 7 Mar 2039 at 06:40, Ada Obi <ada@example.com> wrote:\n"
    "> Hello Kai,\n"
    "> Could we talk for 30 minutes in the next two weeks? I'm in Guayaquil (UTC-5).\n"
    ">\n"
    "> Ada\n"
)
# A week before the US clocks go forward (Sunday 13 March 2039): Phoenix and Denver are both
# on -07:00 when writing; from the 13th Denver is on -06:00 and Phoenix stays on -07:00.
FROM_MOUNTAIN = "Mon, 07 Mar 2039 10:12:00 -0700"
FROM_HAWAII = "Mon, 07 Mar 2039 07:12:00 -1000"


def _on(zone: ZoneInfo, day: int, hour: int, minute: int = 0) -> datetime:
    """A clock in ``zone`` on a March 2039 day, on the user's (Guayaquil's) clock."""
    at = datetime(2039, 3, day, hour, minute, tzinfo=zone)
    return at.astimezone(GUAYAQUIL).replace(tzinfo=None)


# --- The writer's place keeps its standard time: the name is read on its clock -------------

KEPT_ALL_YEAR = [
    (
        "Arizona doesn't do daylight saving, so mind the change next week. "
        "Wednesday 16th at 7:30am MST works for me.",
        FROM_MOUNTAIN,
        [_on(PHOENIX, 16, 7, 30)],
    ),
    (
        "Heads up that Arizona skips daylight saving time.\n\n"
        "I can do Thursday 10th between 11am and noon MST, or Wednesday 16th at 7:30am MST.",
        FROM_MOUNTAIN,
        [_on(PHOENIX, 10, 11), _on(PHOENIX, 16, 7, 30)],
    ),
    (
        "All my times are Phoenix time. Would Tuesday 15 March at 4pm MST suit you?",
        FROM_MOUNTAIN,
        [_on(PHOENIX, 15, 16)],
    ),
    (
        "Everything below is Arizona time.\n- Thursday 17 March, 9am MST\n"
        "- Friday 18 March, 2pm MST",
        FROM_MOUNTAIN,
        [_on(PHOENIX, 17, 9), _on(PHOENIX, 18, 14)],
    ),
    (
        "We stay on standard time in Arizona, no daylight saving. "
        "How about Monday 14 March at 10am MST?",
        FROM_MOUNTAIN,
        [_on(PHOENIX, 14, 10)],
    ),
    (
        "Todo en hora de Arizona. ¿Le va bien el miércoles 16 de marzo a las 9:00 MST?",
        FROM_MOUNTAIN,
        [_on(PHOENIX, 16, 9)],
    ),
    (
        "Arizona ne passe pas à l'heure d'été (no DST). Mercredi 16 mars à 9h MST, ça vous irait ?",
        FROM_MOUNTAIN,
        [_on(PHOENIX, 16, 9)],
    ),
    (
        "Hawaii stays on HST all year, no daylight saving. Friday 18 March at 8am HST?",
        FROM_HAWAII,
        [_on(HONOLULU, 18, 8)],
    ),
]


@pytest.mark.parametrize(("body", "date", "starts"), KEPT_ALL_YEAR)
def test_standard_name_with_a_place_that_keeps_it_reads_on_the_place(
    body: str, date: str, starts: list[datetime]
) -> None:
    verdict = read_reply(body + "\n\nKai\n", tz=GUAYAQUIL, date=date, quote=OUTREACH)
    assert_read_right(verdict, GUAYAQUIL, Intent.PROPOSE_TIMES, sorted(starts))


# --- Near misses: no place of the writer's that keeps the name -------------------------------

# Each with the reading that would be right if the writer is in Denver: read so, or doubted.
NEAR_MISSES = [
    # "MST" alone from -07:00 before the change: Denver's (then MDT) or Phoenix's.
    ("Wednesday 16th at 7:30am MST works for me.", [_on(DENVER, 16, 7, 30)]),
    # Arizona is someone else's, said in passing: it says nothing of the writer's clock.
    (
        "My colleague in Arizona may join us. Wednesday 16th at 7:30am MST?",
        [_on(DENVER, 16, 7, 30)],
    ),
    # Mountain time by its region's name: Denver's clock, whatever it is called that day.
    ("Mountain time for me. Wednesday 16th at 7:30am MST?", [_on(DENVER, 16, 7, 30)]),
    # Denver named as the writer's clock beside an Arizona said in passing.
    (
        "I'm on Denver time; the Arizona office is an hour behind us after Sunday. "
        "Wednesday 16th at 7:30am MST?",
        [_on(DENVER, 16, 7, 30)],
    ),
    # The writer's place said as "here": read on the Date header's offset, or doubted.
    (
        "We stay on standard time here in Arizona, no daylight saving. "
        "How about Monday 14 March at 10am MST?",
        [_on(PHOENIX, 14, 10)],
    ),
    # Saskatchewan keeps CST all year, but the reader knows it only as where a sender is.
    (
        "Saskatchewan doesn't change its clocks. Could we do Wednesday 16 March at 9am CST?",
        [_on(ZoneInfo("America/Regina"), 16, 9)],
    ),
    # A place that keeps the name, in words the reader does not take as a clock.
    (
        "Tout est à l'heure de l'Arizona. Mercredi 16 mars à 9h MST, ça vous irait ?",
        [_on(PHOENIX, 16, 9)],
    ),
]


@pytest.mark.parametrize(("body", "starts"), NEAR_MISSES)
def test_name_without_the_writers_place_is_read_right_or_doubted(
    body: str, starts: list[datetime]
) -> None:
    verdict = read_reply(body + "\n\nKai\n", tz=GUAYAQUIL, date=FROM_MOUNTAIN, quote=OUTREACH)
    if verdict.certain and sorted(local_starts(verdict, GUAYAQUIL)) == sorted(starts):
        return
    assert_near_miss_safe(verdict, GUAYAQUIL, Intent.PROPOSE_TIMES)


def test_place_said_for_the_user_does_not_settle_the_writers_name() -> None:
    """From Denver in June (-06:00), "MST" said loosely beside the user's Arizona clock."""
    body = "Could we do Tuesday 14 June at 10am MST? That's 9am Arizona time for you.\n\nKai\n"
    verdict = read_reply(body, tz=PHOENIX, date="Mon, 06 Jun 2039 09:00:00 -0600", quote=OUTREACH)
    if verdict.certain:
        assert local_starts(verdict, PHOENIX) == [datetime(2039, 6, 14, 9)], doubt_codes(verdict)


# --- A place that keeps the name, named but not as the writer's clock: doubted ---------------

# The sentence's "MST" is read as the table's Denver (on -06:00 that day), while the message's
# Arizona says Phoenix's: which is meant is a guess (``zone_name_ambiguous``).
IN_PASSING = [
    "My colleague in Arizona may join us. Wednesday 16th at 7:30am MST?",
    "Our client is based in Arizona.\n\nCould we meet Thursday 17 March at 2pm MST?",
    "Alles in Arizona-Zeit. Passt Mittwoch, 16. März um 9 Uhr MST?",
    "Tutto in ora dell'Arizona. Mercoledì 16 marzo alle 9 MST?",
    "Tout est à l'heure de l'Arizona. Mercredi 16 mars à 9h MST, ça vous irait ?",
    "Mi equipo está en Arizona. ¿Le va bien el jueves 17 de marzo a las 10am MST?",
]


@pytest.mark.parametrize("body", IN_PASSING)
def test_place_named_in_passing_leaves_the_name_in_doubt(body: str) -> None:
    verdict = read_reply(body + "\n\nKai\n", tz=GUAYAQUIL, date=FROM_MOUNTAIN, quote=OUTREACH)
    assert not verdict.certain, local_starts(verdict, GUAYAQUIL)
    assert "zone_name_ambiguous" in doubt_codes(verdict)


# Before the US change both clocks are on -07:00: Arizona named in passing costs nothing.
BEFORE_THE_CHANGE = [
    (
        "My colleague in Arizona may join us. Thursday 10th at 7:30am MST?",
        [_on(PHOENIX, 10, 7, 30)],
    ),
    (
        "Mi equipo está en Arizona. ¿Le va bien el viernes 11 de marzo a las 10am MST?",
        [_on(PHOENIX, 11, 10)],
    ),
]


@pytest.mark.parametrize(("body", "starts"), BEFORE_THE_CHANGE)
def test_place_in_passing_before_the_change_is_read(body: str, starts: list[datetime]) -> None:
    verdict = read_reply(body + "\n\nKai\n", tz=GUAYAQUIL, date=FROM_MOUNTAIN, quote=OUTREACH)
    assert_read_right(verdict, GUAYAQUIL, Intent.PROPOSE_TIMES, starts)
