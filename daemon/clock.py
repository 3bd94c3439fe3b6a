"""The one clock the daemon reads calendar time from: engine, scheduler and timers.

Production runs on :class:`SystemClock`. Tests and the demo run on a
:class:`ShiftedClock`: the system time plus an offset they move forward, so a
nudge due in seven days, a brief due a day before a meeting or a meeting's
end come without waiting for them. The offset can live in a file that every
process of one run reads (``clock.offset_file``: the scheduler and
``coffeechat worker`` processes on Redis are separate processes). Poll and
sweep cadences stay on real (monotonic) time: they pace provider calls, not
the contacts' calendar.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol


def clock_from(offset_file: Path | None) -> Clock:
    """The system clock, or one shifted by the offset in ``offset_file`` (``[clock]``)."""
    return SystemClock() if offset_file is None else ShiftedClock(offset_file)


class Clock(Protocol):
    """Where the daemon reads the time of day."""

    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""
        ...


class SystemClock:
    """The machine's clock."""

    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""
        return datetime.now(UTC)


class ShiftedClock:
    """The machine's clock moved forward by an offset that only grows.

    With ``path`` the offset is kept in that file (seconds, as text), so
    every process given the same file shares one clock; without it the offset
    lives in this object.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._offset = timedelta(0)
        self._seen: tuple[int, int] | None = None
        self._lock = threading.Lock()

    def now(self) -> datetime:
        """The system time plus the offset."""
        return datetime.now(UTC) + self.offset()

    def offset(self) -> timedelta:
        """How far ahead of the system time this clock runs."""
        with self._lock:
            if self.path is not None:
                self._reload()
            return self._offset

    def advance(self, delta: timedelta) -> datetime:
        """Move the clock ``delta`` forward; returns the new time."""
        if delta < timedelta(0):
            raise ValueError("a clock only moves forward")
        with self._lock:
            if self.path is not None:
                self._reload()
            self._offset += delta
            if self.path is not None:
                tmp = self.path.with_suffix(".tmp")
                tmp.write_text(str(self._offset.total_seconds()), encoding="utf-8")
                tmp.replace(self.path)
        return self.now()

    def _reload(self) -> None:
        assert self.path is not None
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return
        stamp = (stat.st_mtime_ns, stat.st_size)
        if stamp == self._seen:
            return
        text = self.path.read_text(encoding="utf-8").strip()
        self._offset = timedelta(seconds=float(text or 0))
        self._seen = stamp
