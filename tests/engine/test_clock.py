"""The clock the daemon reads calendar time from: set forward, shared through a file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from daemon.clock import ShiftedClock, SystemClock, clock_from


def test_a_shifted_clock_runs_ahead_by_what_it_was_advanced() -> None:
    clock = ShiftedClock()
    before = datetime.now(UTC)

    clock.advance(timedelta(days=7))

    assert clock.now() - before >= timedelta(days=7)
    assert clock.now() - datetime.now(UTC) < timedelta(days=7, minutes=1)


def test_processes_given_one_offset_file_share_one_clock(tmp_path: Path) -> None:
    # Given two clocks on one file, as the scheduler and a worker process would be
    path = tmp_path / "clock"
    scheduler, worker = ShiftedClock(path), ShiftedClock(path)

    # When one is advanced twice
    scheduler.advance(timedelta(hours=1))
    scheduler.advance(timedelta(hours=2))

    # Then the other reads the same offset
    assert worker.offset() == timedelta(hours=3)
    assert path.read_text(encoding="utf-8") == "10800.0"


def test_a_clock_never_moves_back() -> None:
    with pytest.raises(ValueError, match="only moves forward"):
        ShiftedClock().advance(timedelta(seconds=-1))


def test_without_an_offset_file_the_daemon_reads_the_system_clock(tmp_path: Path) -> None:
    assert isinstance(clock_from(None), SystemClock)
    assert isinstance(clock_from(tmp_path / "clock"), ShiftedClock)
