"""Coverage pass: answers under quoted lines. An inline answer with a clock and no day of its
own, written under a quoted line of the user's that names exactly one day, is on that day.
Sentences of our own, each rule with a near miss.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_NEW_YORK = ZoneInfo("America/New_York")
_ATTRIBUTION = "On Mon, Oct 4, 2027 at 9:00 AM Jordan Reyes <jordan@example.com> wrote:\n"


def _inline(answer_to_wednesday: str, answer_to_thursday: str, anchor: str = "") -> Verdict:
    """The user's two offers quoted line by line, an answer under each."""
    thursday = anchor or "> - Thursday 10/7 at 9am ET"
    body = (
        f"Answers inline below.\n\n{_ATTRIBUTION}"
        "> Could we talk for 20 minutes? Either of these (Eastern time):\n>\n"
        f"> - Wednesday 10/6 at 1pm ET\n\n{answer_to_wednesday}\n\n"
        f"{thursday}\n\n{answer_to_thursday}\n\n"
        "> Thanks!\n> Jordan Reyes\n> Atlanta, GA (Eastern time)\n"
    )
    return read_reply(
        body,
        tz=_NEW_YORK,
        date="Tue, 5 Oct 2027 09:00:00 -0400",
        to="Jordan Reyes <jordan@example.com>",
    )


def _starts(verdict: Verdict) -> list[datetime]:
    return local_starts(verdict, _NEW_YORK)


def _certain_starts(verdict: Verdict, intent: Intent) -> list[datetime]:
    """The starts of a verdict that must be certain and of ``intent``."""
    assert verdict.certain
    assert verdict.intent is intent
    return _starts(verdict)


@pytest.mark.parametrize(
    ("to_wednesday", "to_thursday", "start"),
    [
        (
            "No, sorry, I teach then.",
            "Could we make it 10:30 ET instead?",
            datetime(2027, 10, 7, 10, 30),
        ),
        (
            "Would 2:15 ET suit you better?",
            "Thursday is booked solid, I'm afraid.",
            datetime(2027, 10, 6, 14, 15),
        ),
        (
            "Not that one.",
            "Close - 11am Eastern would be easier for me.",
            datetime(2027, 10, 7, 11, 0),
        ),
    ],
)
def test_a_counter_under_a_quoted_offer_takes_its_day(
    to_wednesday: str, to_thursday: str, start: datetime
) -> None:
    verdict = _inline(to_wednesday, to_thursday)
    assert _certain_starts(verdict, Intent.PROPOSE_TIMES) == [start]


def test_an_answer_naming_its_own_day_keeps_it() -> None:
    # Near miss: the line above lends its day only to an answer that names none.
    verdict = _inline("No, sorry.", "Friday 10/8 at 11am ET would suit me better.")
    assert _starts(verdict) == [datetime(2027, 10, 8, 11, 0)]


def test_a_line_naming_no_day_lends_none() -> None:
    # Near miss: "> Any other time is fine too" names no day; the clock stays dayless.
    verdict = _inline(
        "No, sorry.", "Could we do 10:30 ET instead?", anchor="> Any other time works too."
    )
    assert not verdict.certain
    assert verdict.proposed_times == ()


def test_a_line_naming_two_days_lends_none() -> None:
    # Near miss: under "Thursday or Friday" the answer's clock could be on either.
    verdict = _inline(
        "No, sorry.", "Could do 10:30 ET.", anchor="> - Thursday 10/7 or Friday 10/8 at 9am ET"
    )
    assert not verdict.certain


def test_a_restatement_of_the_quoted_time_is_not_an_offer_on_its_day() -> None:
    # Near miss: "That's 6am here" restates the quoted 9am ET in the sender's zone.
    verdict = _inline("No, sorry.", "That's 6am here, too early for me.")
    assert datetime(2027, 10, 7, 6, 0) not in _starts(verdict)
    assert datetime(2027, 10, 7, 9, 0) not in _starts(verdict)


def test_after_a_restatement_the_counter_takes_the_day() -> None:
    verdict = _inline("No, sorry.", "That's 6am here, too early. Could we do 11:30 ET instead?")
    assert _certain_starts(verdict, Intent.PROPOSE_TIMES) == [datetime(2027, 10, 7, 11, 30)]


def test_a_part_of_the_day_with_no_hour_takes_no_day() -> None:
    # Near miss: "all afternoon" describes the sender's day; on the quoted Thursday it would
    # read as an offer of Thursday afternoon.
    verdict = _inline("No, sorry.", "I'm in the lab all afternoon Thursdays.")
    assert _starts(verdict) == []


def test_a_counter_at_the_users_own_time_stays_uncertain() -> None:
    # Near miss: "can't do that one" then the quoted slot itself (10am Central is 11am ET):
    # read as a pick, but the answer turned that line down.
    verdict = _inline("No, sorry.", "Can't do that one. How about 8 Central the same day?")
    assert not verdict.certain
    assert "pick_under_quote" in doubt_codes(verdict)


# The user's confirmation of one meeting, quoted under the sender's move.
_AGREED = (
    "\n\nOn Tue, Oct 5, 2027 at 4:00 PM Jordan Reyes <jordan@example.com> wrote:\n"
    "> Perfect, see you Thursday 10/7 at 9am ET!\n>\n> Jordan\n"
)
_TWO_OFFERED = (
    "\n\nOn Tue, Oct 5, 2027 at 4:00 PM Jordan Reyes <jordan@example.com> wrote:\n"
    "> Would Thursday 10/7 at 9am ET or Friday 10/8 at 10am ET work?\n>\n> Jordan\n"
)


def _move(body: str, quote: str = _AGREED) -> Verdict:
    return read_reply(
        body,
        tz=_NEW_YORK,
        date="Wed, 6 Oct 2027 08:00:00 -0400",
        quote=quote,
        to="Jordan Reyes <jordan@example.com>",
    )


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "Stuck in traffic, sorry - could we push to 9:45 instead of 9?",
            datetime(2027, 10, 7, 9, 45),
        ),
        ("Something came up. Can we move it to 2pm?", datetime(2027, 10, 7, 14, 0)),
        ("Apologies, could we shift our call to 10:30?", datetime(2027, 10, 7, 10, 30)),
    ],
)
def test_a_move_with_no_day_is_on_the_one_agreed_meetings_day(body: str, start: datetime) -> None:
    verdict = _move(body)
    assert _certain_starts(verdict, Intent.RESCHEDULE) == [start]


def test_a_move_naming_its_own_day_keeps_it() -> None:
    # Near miss: the agreed day is lent only to a move that names no day.
    verdict = _move("Something came up - could we push to Friday at 9:45?")
    assert _starts(verdict) == [datetime(2027, 10, 8, 9, 45)]


def test_a_move_under_two_quoted_times_takes_no_day() -> None:
    # Near miss: with two times in the quote there is no one meeting to move.
    verdict = _move("Something came up - could we push to 9:45 instead?", quote=_TWO_OFFERED)
    assert not verdict.certain
    assert verdict.proposed_times == ()


def test_a_move_to_the_agreed_time_itself_stays_uncertain() -> None:
    # Near miss: read on the agreed day, "9am instead" is the meeting's own time: no move.
    verdict = _move("Sorry, could we push to 9am instead?")
    assert not verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "Something came up at work. Could we push to Friday, same time?",
        "Could we move our call tomorrow to Friday at the same time?",
    ],
)
def test_same_time_is_the_one_agreed_meetings_time(body: str) -> None:
    verdict = _move(body)
    assert _certain_starts(verdict, Intent.RESCHEDULE) == [datetime(2027, 10, 8, 9, 0)]


def test_same_time_under_two_quoted_times_stays_unresolved() -> None:
    # Near miss: two times in the quote, so "same time" could be either clock.
    verdict = _move("Something came up at work. Could we push to Friday, same time?", _TWO_OFFERED)
    assert "same_time_unresolved" in doubt_codes(verdict)
