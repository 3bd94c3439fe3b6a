"""The story player: steps advance on what a look shows, and a missing step times out by name."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.demo.look import Seen
from daemon.demo.steps import Beat, Step, Story, play


def _look(count: list[int]) -> Seen:
    count.append(1)
    return Seen(
        elapsed=float(len(count)),
        now=datetime.now(UTC),
        mailbox={"drafts": [], "sent": [], "events": []},
        people={},
        drafts=[],
        meetings=[],
        log=[],
    )


def test_steps_advance_in_order_and_beats_are_shown() -> None:
    looks: list[int] = []
    shown: list[Beat] = []
    story = Story(
        "counter",
        [
            Step("a second look", lambda seen: seen.elapsed >= 2, lambda s, f: Beat("you", "one")),
            Step("a fourth look", lambda seen: seen.elapsed >= 4, lambda s, f: Beat("you", "two")),
        ],
    )

    last = play(
        [story],
        lambda: _look(looks),
        lambda seen, beat: shown.append(beat) if beat else None,
        budget=5,
        every=0.01,
    )

    assert [b.what for b in shown] == ["one", "two"]
    assert last.elapsed == 4


def test_a_step_that_never_comes_times_out_naming_it() -> None:
    looks: list[int] = []
    story = Story("stuck", [Step("Dana's thank-you draft", lambda seen: None, timeout=0.2)])

    with pytest.raises(
        TimeoutError, match=r"^timed out after 0s waiting for Dana's thank-you draft$"
    ):
        play([story], lambda: _look(looks), lambda seen, beat: None, budget=5, every=0.01)


def test_the_whole_play_has_a_budget() -> None:
    looks: list[int] = []
    story = Story("slow", [Step("Omar's nudge", lambda seen: None, timeout=10)])

    with pytest.raises(TimeoutError, match=r"ran past 0s waiting for Omar's nudge"):
        play([story], lambda: _look(looks), lambda seen, beat: None, budget=0.2, every=0.01)
