"""Helpers for the understanding tests: one call with a hang cap, shared settings."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from datetime import UTC, timedelta

import pytest

from connectors.errors import InputError
from workflows.understanding import Verdict, understand

# The cap: no message may take longer than this.
HANG_CAP_SECONDS = 10.0
MEETING = timedelta(minutes=30)


def _read_capped(raw: bytes) -> Verdict | InputError:
    """``understand(raw)`` run under the hang cap: a verdict, or the clean error.

    Anything else (another exception, or running past the cap) fails the test.
    """
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(understand, raw, tz=UTC, meeting_length=MEETING)
        try:
            return future.result(timeout=HANG_CAP_SECONDS)
        except InputError as exc:
            return exc
        except FutureTimeout:
            pytest.fail(f"understand() ran past {HANG_CAP_SECONDS:.0f} s")


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
