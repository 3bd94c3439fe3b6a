"""A loop step that keeps failing: one log line per outage, and growing pauses.

The daemon's loops must outlive the store or the broker going away for a
while. :class:`Outage` tells the loop how long to pause after each failure
(doubling from the normal pace up to a cap) and logs the first failure at
warning (its traceback at debug), the rest at debug, and the recovery once.
"""

from __future__ import annotations

import logging

from daemon.engine.setaside import describe

log = logging.getLogger(__name__)


class Outage:
    """The failures of one loop, from the first to the recovery."""

    def __init__(self, what: str, pace: float, cap: float) -> None:
        self.what = what
        self.pace = pace
        self.cap = cap
        self.failures = 0

    def failed(self, exc: BaseException) -> float:
        """Count a failure; the pause before the next try, in seconds."""
        self.failures += 1
        if self.failures == 1:
            log.warning("%s failing, retrying with backoff: %s", self.what, describe(exc))
            log.debug("%s failure", self.what, exc_info=exc)
        else:
            log.debug("%s still failing (%d tries): %s", self.what, self.failures, describe(exc))
        return min(self.cap, self.pace * 2 ** min(self.failures, 16))

    def over(self) -> None:
        """The step went through: log the end of an outage, if there was one."""
        if self.failures:
            log.warning("%s works again after %d failed tries", self.what, self.failures)
            self.failures = 0
