"""Round 42, times and zones: what replies_blind43 read in doubt.

"AST" is Atlantic time when the writer's own clock is on it; "2 pm yours" is the user's clock;
the same instant of the week on another clock, or a copy a week on that the reply says is a
week later, is a new offer, not a pick; a duty of the sender's ("I've been asked to chair an
event") is no time on offer; a note that opens on someone else's name asks the user nothing.
Sentences of our own (a Toronto user in February 2035), with near misses that stay in doubt.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply

TORONTO = ZoneInfo("America/Toronto")

# Tue Feb 13, Wed Feb 14, Fri Feb 16 2035, on the user's clock.
_OUTREACH = (
    "\n\nOn Mon, Feb 5, 2035 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 20 minutes for a call? Any of these work for me (Toronto time, ET):\n"
    ">\n"
    "> - Tuesday Feb 13, 11:00-11:30 AM ET\n"
    "> - Wednesday Feb 14, 3:00-3:30 PM ET\n"
    "> - Friday Feb 16, 9:30-10:00 AM ET\n"
)
_HALIFAX = "Mon, 5 Feb 2035 13:00:00 -0400"
_RIYADH = "Mon, 5 Feb 2035 20:00:00 +0300"
_NEW_YORK = "Mon, 5 Feb 2035 12:00:00 -0500"
_ST_JOHNS = "Mon, 5 Feb 2035 13:30:00 -0330"
_WINNIPEG = "Mon, 5 Feb 2035 11:00:00 -0600"
_LONDON = "Mon, 5 Feb 2035 17:00:00 +0000"


def _read(body: str, date: str) -> tuple[str, list[datetime], list[str]]:
    verdict = read_reply(body, tz=TORONTO, date=date, quote=_OUTREACH)
    return verdict.intent.value, local_starts(verdict, TORONTO), doubt_codes(verdict)


# "AST" is Atlantic Standard Time and the Gulf's Arabia Standard Time: the writer's own clock
# on Atlantic time settles it (p07).
_ATLANTIC = [
    (
        "Those days are full, sorry. Could we try Mon Feb 19 at 2:00 pm AST?",
        [datetime(2035, 2, 19, 13)],
    ),
    (
        "Thursday Feb 22 at 11 am Atlantic (10 your time) or Friday Feb 23 at 9:30 am AST?",
        [datetime(2035, 2, 22, 10), datetime(2035, 2, 23, 8, 30)],
    ),
    ("I could do Tue Feb 20, 4pm AST - let me know.", [datetime(2035, 2, 20, 15)]),
]


@pytest.mark.parametrize(("body", "starts"), _ATLANTIC)
def test_ast_from_a_writer_on_atlantic_time_is_atlantic(body: str, starts: list[datetime]) -> None:
    intent, read, doubts = _read(body, _HALIFAX)
    assert (intent, read, doubts) == ("propose_times", starts, [])


@pytest.mark.parametrize("date", [_RIYADH, _NEW_YORK])
def test_ast_from_a_writer_on_another_clock_stays_in_doubt(date: str) -> None:
    # From Riyadh "AST" is Arabia's; from New York either clock is a guess.
    _, _, doubts = _read("Could we try Mon Feb 19 at 2:00 pm AST?", date)
    assert "zone_name_ambiguous" in doubts


# "(2 pm yours)": the user's clock for the clock before it, as "2 pm your time" is (p09).
_YOURS = [
    "None of those work. What about Thu Feb 22 at 1:30 pm Newfoundland time? (12 pm yours)",
    "None of those work. What about Thu Feb 22 at 1:30 pm Newfoundland time (12:00 pm yours)?",
    "None of those work - Thu Feb 22, 1:30 pm NST, 12 pm yours?",
]


@pytest.mark.parametrize("body", _YOURS)
def test_a_clock_called_yours_restates_the_offer(body: str) -> None:
    assert _read(body, _ST_JOHNS) == ("propose_times", [datetime(2035, 2, 22, 12)], [])


def test_a_clock_called_yours_that_is_another_instant_stays_in_doubt() -> None:
    body = "None of those work. What about Thu Feb 22 at 1:30 pm Newfoundland time (1 pm yours)?"
    assert "two_readings_of_time" in _read(body, _ST_JOHNS)[2]


def test_a_clock_called_yours_names_no_zone_for_the_other_times() -> None:
    # "yours" is the user's clock for its own clock only: the Friday stays on the sender's.
    body = "Could we do Thu Feb 22 at 10am (11am yours)? If not, Fri Feb 23 at 2pm."
    starts = [datetime(2035, 2, 22, 11), datetime(2035, 2, 23, 15)]
    assert _read(body, _WINNIPEG) == ("propose_times", starts, [])


# A day of the user's offered weekday, a week on, at the offer's instant of the week said on
# the sender's own clock: worked out for a day of the sender's, a new offer (p09).
_SAME_INSTANT_ANOTHER_CLOCK = [
    ("Those don't suit, sorry. How about Wed Feb 21 at 4:30 pm NST?", _ST_JOHNS, (2, 21, 15)),
    ("Neither works, sorry. Fri Feb 23 at 8:30 am Central?", _WINNIPEG, (2, 23, 9, 30)),
    ("Those are gone. Tue Feb 20 at 4pm GMT would suit me.", _LONDON, (2, 20, 11)),
]


@pytest.mark.parametrize(("body", "date", "start"), _SAME_INSTANT_ANOTHER_CLOCK)
def test_the_offers_instant_of_the_week_on_another_clock_is_a_new_offer(
    body: str, date: str, start: tuple[int, ...]
) -> None:
    assert _read(body, date) == ("propose_times", [datetime(2035, *start)], [])


def test_the_offers_clock_as_written_on_another_date_stays_in_doubt() -> None:
    # A copy of "Wednesday Feb 14, 3:00 PM ET" with the date changed may be a slip of it.
    intent, _, doubts = _read("How about Wed Feb 21 at 3:00 pm ET?", _WINNIPEG)
    assert intent == "accept"
    assert "pick_on_another_date" in doubts


# A copy of an offer whole weeks on, with the reply saying it is a week later; "same time as
# your Tuesday slot" spelled out in a bracket; "your Tuesday slot" names the offer, not a day
# whose week is a guess (p11).
_WEEK_LATER = [
    "That week is full. Same time as your Tuesday slot but the following week (Tue Feb 20, "
    "11:00 ET) would suit me.",
    "That week is full. Could we do the same time a week later (Tue Feb 20, 11 am ET)?",
    "That week is full. Tue Feb 20 at 11am ET, the week after, would suit me.",
]


@pytest.mark.parametrize("body", _WEEK_LATER)
def test_a_copy_of_an_offer_said_to_be_a_week_later_is_a_new_offer(body: str) -> None:
    assert _read(body, _WINNIPEG) == ("propose_times", [datetime(2035, 2, 20, 11)], [])


def test_a_copy_of_an_offer_a_week_on_with_no_week_said_stays_in_doubt() -> None:
    _, _, doubts = _read("That week is full. Tue Feb 20 at 11am ET would suit me.", _WINNIPEG)
    assert "pick_on_another_date" in doubts


def test_a_same_time_with_no_clock_in_its_bracket_stays_in_doubt() -> None:
    body = "Same time as your Tuesday slot but the following week (Tue Feb 20) would suit me."
    assert "time_unread" in _read(body, _WINNIPEG)[2]


# "I've been asked to chair an event on Friday evening": the sender's own duty then, the reason
# for the move, no time on offer (s04).
_DUTY = [
    "So sorry - I've been asked to chair a panel on Friday afternoon. Could we push our call to "
    "Mon Feb 19, same time (9:30am EST)?",
    "I now have to attend a board dinner on Friday morning. Could we move our call to Mon Feb 19 "
    "at 9:30am EST?",
    "I need to give a talk Friday morning, so could we move our call to Mon Feb 19 at 9:30am EST?",
]


@pytest.mark.parametrize("body", _DUTY)
def test_a_duty_of_the_senders_is_no_time_on_offer(body: str) -> None:
    assert _read(body, _LONDON) == ("reschedule", [datetime(2035, 2, 19, 9, 30)], [])


def test_a_call_the_sender_is_glad_to_host_is_still_an_offer() -> None:
    intent, starts, _ = _read("I'd be glad to host a call on Friday Feb 23 at 2pm EST.", _LONDON)
    assert (intent, starts) == ("propose_times", [datetime(2035, 2, 23, 14)])


# A note that opens on a name neither the user's nor anyone else's on the envelope, asking its
# question of that person: written to someone else, nothing to answer (x06).
_SOMEONE_ELSE = [
    "Tom - the Q2 numbers for Thursday's review are attached. Can you check the loan figures?",
    "Hi Marco, are the slides for Wednesday's board meeting ready?",
    "Priya - could you look over the Friday agenda before I send it round?",
]


@pytest.mark.parametrize("body", _SOMEONE_ELSE)
def test_a_note_opening_on_someone_elses_name_asks_the_user_nothing(body: str) -> None:
    assert _read(body, _NEW_YORK) == ("other", [], [])


@pytest.mark.parametrize(
    "body",
    [
        # The user's name, or one opening as it does (a nickname): the question is the user's.
        "Ada - which day suits you, Thursday?",
        "Adie - which day suits you, Thursday?",
        # Words any reply may open on.
        "Sorry - which day suits you, Thursday?",
        # Someone else greeted, but the user named too: written to both.
        "Tom - could you send Ada the Thursday slides?",
    ],
)
def test_a_question_to_the_user_beside_a_day_stays_in_doubt(body: str) -> None:
    assert "question_beside_time" in _read(body, _NEW_YORK)[2]
