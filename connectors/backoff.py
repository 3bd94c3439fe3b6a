"""How long to wait before trying a failed call again.

Exponential with full jitter (a uniform wait below a doubling ceiling), as
Google's and Microsoft's API guides ask, so retries from many commands do not
arrive together when a provider comes back; never sooner than the provider's
own ``Retry-After``. Here, below both of its users: the daemon's failed
commands (``daemon.engine.core``) and a batch's throttled parts
(``connectors.google.client``).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta

#: The ceiling of the first retry's wait.
BASE = timedelta(seconds=1)


def backoff(
    attempts: int,
    *,
    cap: timedelta,
    retry_after: float | None = None,
    draw: Callable[[], float] = random.random,
) -> timedelta:
    """The wait after the ``attempts``-th failed attempt (1 for the first)."""
    ceiling = min(cap, BASE * 2 ** max(0, min(attempts, 32) - 1))
    wait = ceiling * draw()
    if retry_after is not None:
        wait = max(wait, timedelta(seconds=retry_after))
    return wait
