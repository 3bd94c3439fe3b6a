"""Helpers for the understanding tests: one call with a hang cap, shared settings."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from connectors.errors import InputError
from workflows.understanding import Verdict, understand
from workflows.understanding.times import read_times

# The cap: no message may take longer than this. It is counted in the reading
# thread's CPU time, which a machine loaded by other work does not stretch as it does the
# wall clock; a reader that truly hangs is still stopped at the wall-clock limit.
HANG_CAP_SECONDS = 10.0
HANG_WALL_SECONDS = 6 * HANG_CAP_SECONDS
MEETING = timedelta(minutes=30)


def _understand_timed(raw: bytes) -> tuple[Verdict | InputError, float]:
    """``understand(raw)`` (or its clean error) and the CPU seconds this thread spent on it."""
    start = time.thread_time()
    try:
        result: Verdict | InputError = understand(raw, tz=UTC, meeting_length=MEETING)
    except InputError as exc:
        result = exc
    return result, time.thread_time() - start


def _read_capped(raw: bytes) -> Verdict | InputError:
    """``understand(raw)`` run under the hang cap: a verdict, or the clean error.

    Anything else (another exception, or running past the cap) fails the test.
    """
    with ThreadPoolExecutor(max_workers=1) as pool:
        try:
            result, seconds = pool.submit(_understand_timed, raw).result(timeout=HANG_WALL_SECONDS)
        except FutureTimeout:
            pytest.fail(f"understand() still running after {HANG_WALL_SECONDS:.0f} s")
    if seconds > HANG_CAP_SECONDS:
        pytest.fail(f"understand() ran past {HANG_CAP_SECONDS:.0f} s ({seconds:.1f} s of CPU)")
    return result


@pytest.fixture
def read_capped() -> Callable[[bytes], Verdict | InputError]:
    """:func:`_read_capped` for tests (importlib mode cannot import conftest)."""
    return _read_capped


# Counts of the real-world corpora, shown in the run's summary (prints are captured).
_CORPUS_COUNTS = pytest.StashKey[list[str]]()


@pytest.fixture
def corpus_counts(request: pytest.FixtureRequest) -> list[str]:
    """Lines appended here appear in the terminal summary of the test run."""
    return request.config.stash.setdefault(_CORPUS_COUNTS, [])


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = terminalreporter.config.stash.get(_CORPUS_COUNTS, [])
    if lines:
        terminalreporter.section("real-world mail read by the understanding layer")
        for line in lines:
            terminalreporter.write_line(line)


# A reply to the user's "Tue Dec 8 at 3pm ET" offer, written on Monday 7 December 2026.
_QUOTE = (
    "\n\nOn Fri, Dec 4, 2026 at 10:00 AM Jordan Lee <jordan@example.com> wrote:\n"
    "> Would you have 20 minutes next week? I could do Tue Dec 8 at 3pm ET.\n"
)
_NY = ZoneInfo("America/New_York")


def _read_reply(body: str, date: str = "Mon, 07 Dec 2026 09:00:00 -0500") -> Verdict:
    raw = (
        "From: Ines Duarte <ines@example.com>\nTo: Jordan Lee <jordan@example.com>\n"
        f"Subject: Re: chat\nDate: {date}\n\n{body}{_QUOTE}"
    ).encode()
    return understand(raw, tz=UTC, meeting_length=MEETING)


def _proposed_in_new_york(text: str) -> list[str]:
    reading = read_times(text, datetime(2026, 12, 7, 9, 0, tzinfo=_NY), _NY, MEETING)
    return [f"{w.start:%a %d %H:%M}-{w.end:%H:%M} {w.start:%z}" for w in reading.proposed]


@pytest.fixture
def read_reply() -> Callable[..., Verdict]:
    """A reply (body, optionally its Date) to the user's quoted offer, read."""
    return _read_reply


@pytest.fixture
def proposed_in_new_york() -> Callable[[str], list[str]]:
    """The windows a text offers, written on Monday 7 December 2026 in New York."""
    return _proposed_in_new_york
