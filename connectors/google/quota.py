"""Gmail quota units, and a per-account budget that paces calls before Gmail throttles.

Gmail charges each method a number of quota units and allows 15,000 units
per user per minute, a moving average that allows short bursts
(https://developers.google.com/gmail/api/reference/quota). Past it Gmail
answers 429 ``userRateLimitExceeded``; a budget a little under the limit
waits instead, so a long link-up never earns one.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Mapping

#: Units per call, from Google's published table (link above); methods the
#: Gmail connector does not call are left out. Calendar's quota is counted
#: in requests, not units, so its methods cost nothing here.
GMAIL_UNITS: Mapping[str, int] = {
    "drafts.create": 10,
    "drafts.delete": 10,
    "drafts.get": 5,
    "drafts.list": 5,
    "getProfile": 1,
    "history.list": 2,
    "messages.get": 5,
    "messages.list": 5,
    "threads.get": 10,
}
#: Gmail's per-user limit (units per minute).
GMAIL_USER_UNITS_PER_MINUTE = 15_000
#: What the daemon allows itself: a fifth under the limit leaves room for the
#: user's own mail client on the same account.
DEFAULT_UNITS_PER_MINUTE = 12_000
#: A burst may spend this many seconds of budget at once (Gmail's moving
#: average allows short bursts; a whole minute at once would not be short).
BURST_SECONDS = 10.0
#: The window of :meth:`QuotaBudget.last_minute`, Gmail's own.
MINUTE = 60.0


def units(action: str, calls: int = 1) -> int:
    """The Gmail units ``calls`` calls of ``action`` cost (``batch`` prefix ignored)."""
    return GMAIL_UNITS.get(action.removeprefix("batch "), 0) * calls


class QuotaBudget:
    """A token bucket of Gmail units for one account, shared by its threads.

    :meth:`charge` takes units and waits while the bucket is empty, so calls
    run at most at ``units_per_minute`` after an initial burst. Every HTTP
    request to Google is charged, a Calendar one (no units) or a batch (the
    units of all its parts) too, so ``requests`` counts them.
    """

    def __init__(
        self,
        units_per_minute: int = DEFAULT_UNITS_PER_MINUTE,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if units_per_minute <= 0:
            raise ValueError(f"a quota budget needs units per minute > 0, not {units_per_minute}")
        self.per_minute = units_per_minute
        self.rate = units_per_minute / MINUTE
        self.capacity = self.rate * BURST_SECONDS
        self._clock = clock
        self._sleep = sleep
        self._level = self.capacity
        self._at = clock()
        self._lock = threading.Lock()
        #: Units charged so far, requests made, and seconds spent waiting for budget.
        self.spent = 0
        self.requests = 0
        self.waited = 0.0
        #: (when, units) of the charges of the last minute, oldest first.
        self._recent: deque[tuple[float, int]] = deque()

    def charge(self, cost: int) -> None:
        """Count a request, and take its ``cost`` units once the bucket holds them.

        The units are reserved under the lock and waited for outside it: a
        request that costs nothing (Calendar's) never waits behind a Gmail
        request sleeping for its units, and each waiter sleeps only for its
        own debt, so the pace is the same as if they queued one by one.
        """
        with self._lock:
            self.requests += 1
            if cost <= 0:
                return
            now = self._clock()
            self._level = min(self.capacity, self._level + (now - self._at) * self.rate)
            self._at = now
            # Below zero, the level is the units reserved ahead of their time:
            # a charge larger than the bucket (one big batch) waits for all of it.
            self._level -= cost
            self.spent += cost
            wait = max(0.0, -self._level / self.rate)
            self.waited += wait
            self._recent.append((now + wait, cost))
            self._forget(now)
        if wait > 0:
            self._sleep(wait)

    def last_minute(self) -> int:
        """The units charged in the last minute, to set beside :attr:`per_minute`."""
        with self._lock:
            self._forget(self._clock())
            return sum(cost for _, cost in self._recent)

    def _forget(self, now: float) -> None:
        while self._recent and self._recent[0][0] <= now - MINUTE:
            self._recent.popleft()
