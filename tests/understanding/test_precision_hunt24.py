"""Precision hunt 24: clear time offers, and the near misses a human would ask about.

"Thursday is best. 2 or 4pm?" lists a bare hour before a clock at the start of a sentence;
"03/04 at 2pm" written on 6 March is a day two days gone, rolled to next year; "we spoke on
Thursday at 2pm last year" and "Last Thursday at 2pm I met …" are the sender's past; "How about
3 that day?" asks an hour with no day read; "Wednesday's good. Could we do 1pm instead of 11?"
puts a bare weekday in the coming week while the user offered that weekday a week later;
"Thursday afternoon is clear for me. Could you do 2:30?" narrows the afternoon to 2:30.
Sentences of our own under the user's ask for a chat (New York, written Monday 6 March 2028),
or under the user's offers, with near misses.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_HEAD = "\n\nOn Mon, Mar 6, 2028 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
_ASK = f"{_HEAD}> Hi Kai, would you have 30 minutes for a quick chat in the next week or two?\n"
# The user's offers a week on: Tuesday 14 March at 2pm and Wednesday 15 March at 11am (ET).
_OFFERS = (
    f"{_HEAD}> Hi Kai, could we talk for 30 minutes? Would either of these work (ET)?\n>\n"
    "> - Tuesday, March 14 at 2:00 pm\n> - Wednesday, March 15 at 11:00 am\n>\n> Ada\n"
)


def _read(body: str, quote: str = _ASK, zone: str = "America/New_York") -> Verdict:
    """``body`` under ``quote``, written Monday 6 March 2028 at 9:00 on the user's clock."""
    tz = ZoneInfo(zone)
    offset = datetime(2028, 3, 6, 9, tzinfo=tz).strftime("%z")
    return read_reply(body, tz=tz, date=f"Mon, 6 Mar 2028 09:00:00 {offset}", quote=quote)


def _day(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2028, 3, day, hour, minute)


# Cause 1: a bare hour listed before a clock, with no cue word before it, was left unread.
@pytest.mark.parametrize(
    ("body", "starts"),
    [
        ("Hi Ada,\n\nThursday is best for me. 2 or 4pm?\n\nKai", [_day(9, 14), _day(9, 16)]),
        ("Wednesday is easiest. Morning ideally, 9 or 10am?", [_day(8, 9), _day(8, 10)]),
        ("Let's do Thursday. Does 2 or 2:30 work better?", [_day(9, 14), _day(9, 14, 30)]),
        ("Friday suits me. 11 or 1pm?", [_day(10, 11), _day(10, 13)]),
        # Round 6 left this one unread ("a bare hour listed beside a time the grammar did read").
        ("Sure! Friday 9 or 10 am ET, both fine.", [_day(10, 9), _day(10, 10)]),
    ],
)
def test_a_bare_hour_listed_before_a_clock_is_read(body: str, starts: list[datetime]) -> None:
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, ZoneInfo("America/New_York")) == starts


@pytest.mark.parametrize(
    "body",
    [
        "Thursday is best. 7 or 8pm?",  # morning or evening: the list does not say
        "Happy to chat. 2 or 4pm?",  # no day at all
    ],
)
def test_a_listed_hour_a_human_would_ask_about_stays_doubted(body: str) -> None:
    assert not _read(body).certain


@pytest.mark.parametrize(
    "body",
    [
        "Sure! Thursday 9 or 10 am ET, both fine.",
        "Thursday 9 or 10am?",
        "Thu 9 or 10:30 works for me.",
    ],
)
def test_a_listed_hour_that_is_also_the_weekdays_date_is_doubted(body: str) -> None:
    # Thursday is the 9th: "Thursday 9" is a date, or 9 is the first hour of the list.
    verdict = _read(body)
    assert "two_readings_of_time" in doubt_codes(verdict)
    assert not verdict.certain


def test_a_count_listed_before_a_clock_is_no_time() -> None:
    verdict = _read("We're a team of 5 or 6 people. Thursday at 2pm?")
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, ZoneInfo("America/New_York")) == [_day(9, 14)]


# Cause 2: a date that passed days ago, in the order the Date's offset suggests, rolled to
# next year without a word (the writer may have meant the other order).
@pytest.mark.parametrize(
    "body",
    [
        "Could we do 03/04 at 2pm?",
        "How about 3/2 at 11am?",
        "Free on 3/5 at 10am if that works.",
    ],
)
def test_a_date_just_gone_rolled_a_year_is_doubted(body: str) -> None:
    verdict = _read(body, zone="America/Phoenix")
    assert "date_just_past" in doubt_codes(verdict)
    assert not verdict.certain


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("How about 4/3 at 2pm?", datetime(2028, 4, 3, 14)),
        ("Could we do 3/14 at 2pm?", _day(14, 14)),
        ("Free on 3/8 at 10am if that works.", _day(8, 10)),
    ],
)
def test_a_date_ahead_stays_certain(body: str, start: datetime) -> None:
    verdict = _read(body, zone="America/Phoenix")
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, ZoneInfo("America/Phoenix")) == [start]


# Cause 3: a time in the sender's past read as the coming one.
@pytest.mark.parametrize(
    "body",
    [
        "We spoke on Thursday at 2pm last year I think?",
        "Last Thursday at 2pm I met someone else from your school.",
        "Two weeks ago we met on Friday at 10am, didn't we?",
        "On a parlé jeudi à 15h l'année dernière, non ?",
    ],
)
def test_a_time_in_the_senders_past_is_doubted(body: str) -> None:
    verdict = _read(body)
    assert not verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "Last week was hectic, sorry. Thursday at 2pm?",
        "I moved to product years ago. Happy to chat - Thursday at 2pm?",
    ],
)
def test_the_past_in_another_sentence_leaves_the_offer_certain(body: str) -> None:
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, ZoneInfo("America/New_York")) == [_day(9, 14)]


# Cause 4: an hour asked with no day read was a certain "other" (the offer lost).
@pytest.mark.parametrize(
    ("body", "zone"),
    [
        ("How about 3 that day?", "America/New_York"),
        ("What about around 4?", "America/New_York"),
        ("Puedo a las 10, ¿qué día te va?", "Europe/Madrid"),
    ],
)
def test_an_hour_asked_with_no_day_is_doubted(body: str, zone: str) -> None:
    verdict = _read(body, zone=zone)
    assert "time_without_day" in doubt_codes(verdict)
    assert not verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "Is this about the 3 roles you mentioned?",
        "Thanks so much! What's your background again?",
    ],
)
def test_a_question_with_no_hour_stays_certain(body: str) -> None:
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.OTHER


# Cause 5: a bare weekday put in the coming week while the user offered that weekday a week
# later: a new hour on the user's day, or a new day, the reader cannot tell.
@pytest.mark.parametrize(
    "body",
    [
        "Wednesday's good. Could we do 1pm instead of 11?",
        "Wednesday at 1 instead?",
        "Tuesday is good for me, though 4pm would suit better.",
    ],
)
def test_a_bare_weekday_of_the_users_offer_in_another_week_is_doubted(body: str) -> None:
    verdict = _read(body, quote=_OFFERS)
    assert "pick_on_another_date" in doubt_codes(verdict)
    assert not verdict.certain


@pytest.mark.parametrize(
    ("body", "intent", "start"),
    [
        ("How about Wednesday the 8th at 1pm?", Intent.PROPOSE_TIMES, _day(8, 13)),
        ("Wednesday March 8 at 1pm?", Intent.PROPOSE_TIMES, _day(8, 13)),
        ("Tuesday at 2 works for me.", Intent.ACCEPT, _day(14, 14)),
        ("How about Thursday at 4pm?", Intent.PROPOSE_TIMES, _day(9, 16)),
    ],
)
def test_a_date_written_or_another_weekday_stays_certain(
    body: str, intent: Intent, start: datetime
) -> None:
    verdict = _read(body, quote=_OFFERS)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is intent
    assert local_starts(verdict, ZoneInfo("America/New_York")) == [start]


# Cause 6: a day named with only a part of it, narrowed by a clock in the next sentence, was a
# second time with no day ("time_without_day"), and the part was offered as well.
@pytest.mark.parametrize(
    ("body", "zone", "start"),
    [
        (
            "Yes, happy to. Thursday afternoon is clear for me. Could you do 2:30?",
            "America/New_York",
            _day(9, 14, 30),
        ),
        ("Thursday afternoon. 2pm-ish?", "America/New_York", _day(9, 14)),
        ("Thursday morning works. How about 10?", "America/New_York", _day(9, 10)),
        ("Jeudi après-midi je suis libre. 15h, ça vous va ?", "Europe/Paris", _day(9, 15)),
    ],
)
def test_a_clock_narrows_the_part_of_day_before_it(body: str, zone: str, start: datetime) -> None:
    verdict = _read(body, zone=zone)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, ZoneInfo(zone)) == [start]


def test_a_clock_outside_the_part_stays_doubted() -> None:
    verdict = _read("Thursday afternoon is clear. Could you do 10am?")
    assert "time_without_day" in doubt_codes(verdict)
    assert not verdict.certain


def test_a_conflict_after_the_part_narrows_nothing() -> None:
    verdict = _read("Thursday afternoon is clear. I have a call at 2:30 though.")
    assert _day(9, 14, 30) not in local_starts(verdict, ZoneInfo("America/New_York"))
