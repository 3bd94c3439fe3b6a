"""Keeping a lease alive while its work runs: one thread renews it every third of it.

The account's sync lease (:mod:`daemon.engine.lease`) and an outbox command's
claim (:mod:`daemon.engine.claims`) both lapse unless renewed, so a worker
killed mid-work holds nothing for long. What renewing means is theirs; when
and how often, and what a failed renewal costs, is this module's.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import timedelta
from types import TracebackType

from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger(__name__)


class Renewer:
    """Calls ``renew`` every third of ``lease`` from a thread of its own, until stopped.

    Used as a context manager, or by :meth:`start` and :meth:`stop` where
    the lease may not have been granted. ``name`` names the thread and the
    log lines (``"sync lease of account 3"``).
    """

    def __init__(self, renew: Callable[[], None], lease: timedelta, name: str) -> None:
        self._renew = renew
        self.every = lease.total_seconds() / 3
        self.name = name
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> None:
        """Start renewing; the first renewal comes a third of the lease from now."""
        self._thread.start()

    def stop(self) -> None:
        """Stop renewing, and wait for a renewal under way to end."""
        self._stop.set()
        self._thread.join()

    def __enter__(self) -> Renewer:
        self.start()
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _exc: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            try:
                self._renew()
            except SQLAlchemyError as exc:
                # The next renewal tries again; a lease that lapses meanwhile is
                # what the holder is built for (a duplicate sync, a fenced claim).
                log.debug("%s not renewed: %s", self.name, type(exc).__name__)
