"""Coverage pass on times in statements and the time grammar: the items of a list that an
offer introduces, the time named in case the first one fails ("or, if that doesn't suit,
…"), a weekday told as a kind of day ("on a Saturday morning"), a sender away at an event,
English "half 3" (half past three), "9pm to midnight", and a bare hour whose half of the day
"first thing" or "EOD" says. Sentences of our own, each rule with a near miss that stays
doubted or reads otherwise.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_NEW_YORK = ZoneInfo("America/New_York")
# The user, in New York, offers two mornings; the sender writes from the same zone.
_QUOTE = (
    "\n\nOn Mon, Oct 4, 2027 at 9:00 AM Jordan Reyes <jordan@example.com> wrote:\n"
    "> Could we talk for 20 minutes? Thursday 10/7 at 9am ET or Friday 10/8 at 10am ET"
    " would work for me.\n>\n> Jordan Reyes\n> Atlanta, GA (Eastern time)\n"
)


def _read(body: str) -> Verdict:
    return read_reply(
        body,
        tz=_NEW_YORK,
        date="Tue, 5 Oct 2027 09:00:00 -0400",
        quote=_QUOTE,
        to="Jordan Reyes <jordan@example.com>",
    )


def _windows(verdict: Verdict) -> list[tuple[datetime, datetime]]:
    return [
        (
            w.start.astimezone(_NEW_YORK).replace(tzinfo=None),
            w.end.astimezone(_NEW_YORK).replace(tzinfo=None),
        )
        for w in verdict.proposed_times
    ]


def _at(day: int, hour: int, minutes: int = 30) -> tuple[datetime, datetime]:
    start = datetime(2027, 10, day, hour)
    return start, start.replace(hour=hour + minutes // 60, minute=minutes % 60)


_TUESDAY_2PM = _at(12, 14)
_WEDNESDAY_3PM = _at(13, 15)
_WEDNESDAY_MORNING = (datetime(2027, 10, 13, 9), datetime(2027, 10, 13, 12))
_WEDNESDAY_AFTERNOON = (datetime(2027, 10, 13, 13), datetime(2027, 10, 13, 17))
_THURSDAY_2PM = _at(14, 14)


@pytest.mark.parametrize(
    "body",
    [
        "Happy to talk. I could do:\n- Tuesday 10/12 at 2pm\n- or Wednesday 10/13 at 3pm\n",
        "Avec plaisir, je vous propose :\n- mardi 12 octobre à 14h\n"
        "- ou mercredi 13 octobre à 15h\n",
        "Gerne, möglich wären:\n* Dienstag, 12.10. um 14 Uhr\n* oder Mittwoch, 13.10. um 15 Uhr\n",
    ],
)
def test_the_items_of_a_list_an_offer_introduces_are_offers(body: str) -> None:
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert _windows(verdict) == [_TUESDAY_2PM, _WEDNESDAY_3PM]


def test_a_list_under_plain_words_is_still_a_statement() -> None:
    # Near miss: "here is my week" introduces the sender's schedule, not offers.
    verdict = _read(
        "Happy to talk, Wednesday 10/13 at 3pm works. My week so far:\n- Tuesday 10/12 at 2pm\n"
    )
    assert "time_in_statement" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "other"),
    [
        (
            "I can do Tuesday 10/12 at 2pm or, if that doesn't suit, Wednesday 10/13 in the"
            " morning.",
            _WEDNESDAY_MORNING,
        ),
        (
            "Te propongo el martes 12 a las 14:00 o, si no te viene bien, el miércoles 13 por la"
            " tarde.",
            _WEDNESDAY_AFTERNOON,
        ),
        ("Tuesday 10/12 at 2pm? If not, Wednesday 10/13 at 3pm.", _WEDNESDAY_3PM),
        (
            "Let's do Tuesday 10/12 at 2pm, or if that's tight, Wednesday 10/13 at 3pm.",
            _WEDNESDAY_3PM,
        ),
    ],
)
def test_the_time_named_in_case_the_first_fails_is_an_offer(
    body: str, other: tuple[datetime, datetime]
) -> None:
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    assert _windows(verdict) == [_TUESDAY_2PM, other]


def test_a_clause_after_another_if_is_still_a_statement() -> None:
    # Near miss: "if you're around" names no fallback; the sentence after it may be a plan.
    verdict = _read(
        "I can do Tuesday 10/12 at 2pm. If you're around, I'm in town Wednesday 10/13 at 9."
    )
    assert "time_in_statement" in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "Happy to chat - Thursday 10/14 at 2pm works. We once ran a workshop on a Saturday"
        " morning and it was chaos.",
        "Avec plaisir, jeudi 14 octobre à 14h me va. Nous avons fait un samedi matin un atelier"
        " épuisant.",
        "Con gusto, el jueves 14 a las 14:00 me va bien. Una vez hicimos un taller un sábado por"
        " la mañana y fue un caos.",
    ],
)
def test_a_weekday_told_as_a_kind_of_day_is_no_date(body: str) -> None:
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    assert _windows(verdict) == [_THURSDAY_2PM]


def test_a_kind_of_day_offered_is_still_the_next_one() -> None:
    # Near miss: "I could do a Saturday morning" offers the coming Saturday.
    verdict = _read("I could do a Saturday morning, or Thursday 10/14 at 2pm.")
    assert _windows(verdict) == [
        (datetime(2027, 10, 9, 9), datetime(2027, 10, 9, 12)),
        _THURSDAY_2PM,
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Happy to chat. I'm at a conference in Denver Tuesday 10/12 through early Wednesday,"
        " but Wednesday 10/13 afternoon is open.",
        "Happy to chat. I'll be at our sales offsite Tuesday 10/12 and early Wednesday, but"
        " Wednesday 10/13 afternoon is free.",
    ],
)
def test_a_sender_away_at_an_event_offers_none_of_it(body: str) -> None:
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    assert _windows(verdict) == [_WEDNESDAY_AFTERNOON]


def test_being_at_the_office_is_not_being_away() -> None:
    # Near miss: "at the office" is where the sender is, not an event that takes the time.
    verdict = _read(
        "Happy to chat. I'm at the office Tuesday 10/12 at 10am, so any time after that works."
        " Or Wednesday 10/13 at 3pm."
    )
    assert "time_in_statement" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "Lovely to hear from you! Would half 3 on Thursday 10/14 suit you at all?",
            datetime(2027, 10, 14, 15, 30),
        ),
        (
            "Thanks for writing. Could we do half 10 on Thursday 10/14 instead of Friday?",
            datetime(2027, 10, 14, 10, 30),
        ),
    ],
)
def test_half_and_a_digit_in_english_is_half_past(body: str, start: datetime) -> None:
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    assert [w[0] for w in _windows(verdict)] == [start]


def test_half_and_a_digit_in_dutch_is_the_half_before() -> None:
    # Dutch "om half 3" is 2:30, the half before the hour, as "half drie" is (round 64).
    verdict = _read("Bedankt voor je bericht. Zou donderdag 14 oktober om half 3 voor jou passen?")
    assert verdict.certain, doubt_codes(verdict)
    assert [w[0] for w in _windows(verdict)] == [datetime(2027, 10, 14, 14, 30)]


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "Swamped this week, sorry. Could do Friday 10/15 first thing, 8 ET?",
            datetime(2027, 10, 15, 8),
        ),
        (
            "Swamped this week, sorry. I could do Thursday 10/14 EOD (6 ET) if that helps.",
            datetime(2027, 10, 14, 18),
        ),
    ],
)
def test_a_vague_time_says_which_half_a_bare_hour_is(body: str, start: datetime) -> None:
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    assert [w[0] for w in _windows(verdict)] == [start]


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: no vague time before the hour, or one that says the other half.
        "Swamped this week, sorry. I could do Friday 10/15 at 8 ET if that helps.",
        "Swamped this week, sorry. Could do Friday 10/15 first thing (6 ET)?",
    ],
)
def test_a_bare_hour_without_its_half_said_stays_open(body: str) -> None:
    assert "two_readings_of_time" in doubt_codes(_read(body))


def test_an_evening_to_midnight_is_a_range() -> None:
    verdict = _read("Evenings are easiest. Could we do Thursday 10/14, 9pm to midnight ET?")
    assert verdict.certain, doubt_codes(verdict)
    assert _windows(verdict) == [(datetime(2027, 10, 14, 21), datetime(2027, 10, 15, 0))]


@pytest.mark.parametrize(
    ("body", "unread"),
    [
        ("Sorry, 9pm to midnight is family time. Thursday 10/14 at 8am ET works though.", False),
        # Near miss: "around midnight" is no range, and stays unread.
        ("Sorry, around midnight is family time. Thursday 10/14 at 8am ET works though.", True),
    ],
)
def test_a_range_to_midnight_is_read_and_nothing_else(body: str, unread: bool) -> None:
    verdict = _read(body)
    assert ("time_unread" in doubt_codes(verdict)) is unread
    assert _windows(verdict) == [_at(14, 8)]
