"""Round 22, times: a plural part of the day after a list of days ("Tuesday and Wednesday
mornings") is each listed day's, and a part of the day between days listed after "next week"
leaves the week over the whole list. Sentences of our own, each rule with a near miss.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def _read(body: str) -> Verdict:
    # Written on Thursday 5 October 2028: "next week" is 9-13 October.
    return read_reply(body, tz=_AMSTERDAM, date="Thu, 05 Oct 2028 08:00:00 +0200")


def _windows(verdict: Verdict) -> list[tuple[datetime, datetime]]:
    return [
        (
            w.start.astimezone(_AMSTERDAM).replace(tzinfo=None),
            w.end.astimezone(_AMSTERDAM).replace(tzinfo=None),
        )
        for w in verdict.proposed_times
    ]


def _at(day: int, begin: int, end: int) -> tuple[datetime, datetime]:
    return datetime(2028, 10, day, begin), datetime(2028, 10, day, end)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("I'm free on Monday and Thursday afternoons.", [_at(9, 13, 17), _at(12, 13, 17)]),
        (
            "Happy to chat: Monday, Tuesday or Wednesday evenings suit me.",
            [_at(9, 17, 19), _at(10, 17, 19), _at(11, 17, 19)],
        ),
        (
            "Glad to help. Next week I can do Monday and Thursday afternoons, or Friday at 10.",
            [
                _at(9, 13, 17),
                _at(12, 13, 17),
                (datetime(2028, 10, 13, 10), datetime(2028, 10, 13, 10, 30)),
            ],
        ),
        (
            "Next week works: Wednesday morning, or Friday after 3pm.",
            [_at(11, 9, 12), _at(13, 15, 17)],
        ),
    ],
)
def test_a_part_of_the_day_over_a_list_of_days(
    body: str, expected: list[tuple[datetime, datetime]]
) -> None:
    verdict = _read(body)
    assert _windows(verdict) == expected
    assert verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        # One day with a plural is a habit (any Monday), not the coming Monday.
        "I'm free on Monday afternoons.",
        "Next week I'm free Monday afternoons.",
        # A bare comma before "or": whether the 3pm is Wednesday's too is open.
        "Next week I'm free Wednesday, or Friday after 3pm.",
    ],
)
def test_near_misses_stay_uncertain(body: str) -> None:
    verdict = _read(body)
    assert not verdict.certain, doubt_codes(verdict)


def _read_september(body: str) -> Verdict:
    # Written on Wednesday 6 September 2028: Thursday the 14th is next week's.
    return read_reply(body, tz=_AMSTERDAM, date="Wed, 06 Sep 2028 10:00:00 +0200")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Dutch "de 14e", "de 15de", "de 1ste": a day of the month, as "the 14th" is.
        (
            "Kan het ook donderdag de 14e om 11 uur?",
            [(datetime(2028, 9, 14, 11), datetime(2028, 9, 14, 11, 30))],
        ),
        (
            "Of anders vrijdag de 15de om 10.00.",
            [(datetime(2028, 9, 15, 10), datetime(2028, 9, 15, 10, 30))],
        ),
        # "Your times don't work, unfortunately. Would … suit you?": the no is for the user's
        # times, the question offers new ones.
        (
            "Your times don't work, unfortunately. Would Monday afternoon 11 September suit you?",
            [(datetime(2028, 9, 11, 13), datetime(2028, 9, 11, 17))],
        ),
        (
            "Jouw tijden passen helaas niet. Zou maandagmiddag 11 september je schikken?",
            [(datetime(2028, 9, 11, 13), datetime(2028, 9, 11, 17))],
        ),
    ],
)
def test_a_dutch_ordinal_and_a_counter_offer_after_a_no(
    body: str, expected: list[tuple[datetime, datetime]]
) -> None:
    verdict = _read_september(body)
    assert _windows(verdict) == expected
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # French "de 14 à 16h" is a range of hours, not the 14th: no suffix, no date.
        "Je suis libre jeudi de 14 à 16h.",
    ],
)
def test_de_without_an_ordinal_suffix_is_no_date(body: str) -> None:
    verdict = _read_september(body)
    assert _windows(verdict) == [(datetime(2028, 9, 7, 14), datetime(2028, 9, 7, 16))]


@pytest.mark.parametrize(
    "body",
    [
        # A "would … suit" that asks about no time leaves the no a no.
        "Helaas lukt het niet. Zou een ander moment je schikken?",
        "Unfortunately I can't. Would another month suit you?",
    ],
)
def test_a_no_with_a_question_about_no_time_stays_a_no(body: str) -> None:
    verdict = _read_september(body)
    assert verdict.intent is Intent.DECLINE
    assert not verdict.proposed_times


# Apple Mail in Dutch closes the reply with this line above the quote.
_DUTCH_APPLE_QUOTE = (
    "\n\nOp 3 okt. 2028 om 19:00 heeft Ada Obi <ada@example.com> het volgende geschreven:\n\n"
    "> Zullen we 20 minuten bellen? Ik kan maandag om 11:00.\n"
)


def test_the_dutch_apple_mail_attribution_closes_the_reply() -> None:
    verdict = read_reply(
        "Leuk! Morgen om 12:00 even bellen? Of anders vrijdag tussen 15 en 16 uur.",
        tz=_AMSTERDAM,
        date="Wed, 04 Oct 2028 21:15:00 +0200",
        quote=_DUTCH_APPLE_QUOTE,
    )
    assert _windows(verdict) == [
        (datetime(2028, 10, 5, 12), datetime(2028, 10, 5, 12, 30)),
        (datetime(2028, 10, 6, 15), datetime(2028, 10, 6, 16)),
    ]
    assert verdict.certain, doubt_codes(verdict)


def test_a_line_that_only_ends_like_the_attribution_stays_in_the_reply() -> None:
    # Near miss: no "Op <date>" start, so the line is the sender's own and its time is read.
    verdict = read_reply(
        "Ik heb vrijdag om 10:00 het volgende geschreven: zullen we bellen?",
        tz=_AMSTERDAM,
        date="Wed, 04 Oct 2028 21:15:00 +0200",
    )
    assert verdict.reply_text.startswith("Ik heb vrijdag om 10:00")
