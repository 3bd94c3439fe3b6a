"""Round 78, part C: "this week" and "next week" from the shared vocabulary.

The no of "this week" before a move to next week (round 77, part F) now reads its weeks from
``vocab.THIS_WEEK_WORDS`` and ``vocab.NEXT_WEEK_WORDS``; the merge brings in "la semana que
viene", "kommende Woche" and "semana que vem", and the vocabulary gains the forms typed
without an accent ("nachste Woche", "proxima semana"), so "Tuesday next week" in them is read
as next week's Tuesday, not this week's. Those offers are rows of round 77's own table
(``test_round77_coverage80.test_a_no_of_this_week_before_a_next_week_offer_is_the_offer``);
here are the declines and doubts the wider vocabulary must leave alone.

Sentences of our own, quoted from "Ada Obi <ada@example.com>", who offered Thursday 4 November
at 15:00 on Lagos's clock; the replies come on Monday 1 November 2038.
"""

from __future__ import annotations

import pytest

from tests.understanding.reply import local_starts
from tests.understanding.test_round77_coverage80 import LAGOS, THU_4, _read
from workflows.stages import Intent


@pytest.mark.parametrize(
    "line",
    [
        "Esta semana no puedo, y la semana que viene tampoco. Suerte.",
        "Diese Woche geht es leider nicht, und kommende Woche auch nicht.",
    ],
)
def test_this_week_and_next_week_neither_stays_a_decline(line: str) -> None:
    verdict = _read(line)
    assert verdict.intent is Intent.DECLINE
    assert not verdict.proposed_times


def test_a_yes_then_a_no_of_this_week_stays_doubted() -> None:
    verdict = _read("El jueves a las 15:00 me va bien. Pero esta semana no puedo.")
    assert not verdict.certain
    assert local_starts(verdict, LAGOS) == [THU_4]
