"""Round 69, part S: "same time" across a clock change under a meeting given on both clocks.

Sentences of our own, around the EU (29 October 2034), US (5 November) and Melbourne (2 April)
changes. A move to another day "at the same time" that names neither clock is a guess when a
change parts the two sides' wall clocks in between: doubted. With no change between, or with
"same time for you" (the user's clock), it is certain; "same time my end" is doubted for now.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

import pytest

from tests.understanding.reply import assert_near_miss_safe, assert_read_right, read_reply
from tests.understanding.test_round69_moves import (
    AUSTIN,
    BERLIN,
    BNE,
    HEL,
    MELBOURNE,
    NEW_YORK,
    NO_CHANGE,
    NY,
)
from workflows.stages import Intent

R = Intent.RESCHEDULE

DOUBTED = [
    (
        "Hi Ada,\n\nSomething came up on Friday. Can we move it to Monday the 6th, same time?"
        "\n\nKai\nAustin, TX\n",
        AUSTIN,
        HEL,
    ),
    (
        "Hi Ada,\n\nFriday got busy - could we do Monday 6 November instead, same time?\n\nKai\n",
        AUSTIN,
        HEL,
    ),
    (
        "Hi Ada,\n\nSomething came up on Friday. Can we move it to Monday the 6th, same time my"
        " end?\n\nKai\nAustin, TX\n",
        AUSTIN,
        HEL,
    ),
    (
        "Hi Ada,\n\nA workshop landed on Thursday. Could we move it to Monday the 30th, same time?"
        "\n\nKai\nNew York\n",
        NEW_YORK,
        HEL,
    ),
    (
        "Hi Ada,\n\nThursday is gone for me, sorry. Monday 30th at the same time?\n\nKai\n",
        NEW_YORK,
        HEL,
    ),
    (
        "Hallo Ada,\n\nkönnen wir den Termin auf Montag, den 30., zur gleichen Zeit verschieben?"
        "\n\nKai\nBerlin\n",
        BERLIN,
        NY,
    ),
    (
        "Bonjour Ada,\n\nPourrait-on décaler au lundi 30 octobre, à la même heure ?\n\nKai\n"
        "Paris\n",
        BERLIN,
        NY,
    ),
    ("Hola Ada,\n\n¿Podemos pasarlo al lunes 30 a la misma hora?\n\nKai\nMadrid\n", BERLIN, NY),
    ("hi ada - can we shift it to monday the 3rd, same time?\n\nKai\nMelbourne\n", MELBOURNE, BNE),
    ("hi ada, friday's out for me now. monday 3 april, same time?\n\nKai\n", MELBOURNE, BNE),
]


@pytest.mark.parametrize(("body", "thread", "tz"), DOUBTED)
def test_same_time_across_a_change_is_doubted(
    body: str, thread: tuple[str, str], tz: tzinfo
) -> None:
    quote, date = thread
    verdict = read_reply(body, tz=tz, date=date, quote=quote)
    assert_near_miss_safe(verdict, tz, None)
    assert "two_readings_of_time" in [d.code for d in verdict.doubts]


CERTAIN = [
    (
        "Hi Ada,\n\nSomething came up on Friday. Can we move it to Monday the 6th, same time for"
        " you?\n\nKai\nAustin, TX\n",
        AUSTIN,
        HEL,
        [datetime(2034, 11, 6, 17)],
    ),
    (
        "Hi Ada,\n\nCould we move it to Thursday 2nd, same time?\n\nKai\nNew York\n",
        NO_CHANGE,
        HEL,
        [datetime(2034, 11, 2, 15)],
    ),
    (
        "Hi Ada,\n\nMonday got busy. Thursday 2 November at the same time?\n\nKai\n",
        NO_CHANGE,
        HEL,
        [datetime(2034, 11, 2, 15)],
    ),
    (
        "Hallo Ada,\n\nkönnen wir auf Donnerstag, den 2., zur gleichen Zeit verschieben?\n\nKai\n"
        "New York\n",
        NO_CHANGE,
        HEL,
        [datetime(2034, 11, 2, 15)],
    ),
    (
        "Hola Ada,\n\n¿Podemos pasarlo al jueves 2 a la misma hora?\n\nKai\nNew York\n",
        NO_CHANGE,
        HEL,
        [datetime(2034, 11, 2, 15)],
    ),
]


@pytest.mark.parametrize(("body", "thread", "tz", "expected"), CERTAIN)
def test_same_time_without_a_change_or_with_a_side_is_certain(
    body: str, thread: tuple[str, str], tz: tzinfo, expected: list[datetime]
) -> None:
    quote, date = thread
    verdict = read_reply(body, tz=tz, date=date, quote=quote)
    assert_read_right(verdict, tz, R, expected)
