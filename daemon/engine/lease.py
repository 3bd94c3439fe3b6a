"""One sync per account across processes: a lease on the account's row.

A worker's in-process lock keeps its own threads from syncing an account
twice; this keeps other processes out too, so N workers cost the provider
what one does. The lease has an expiry, renewed while the sync runs, so a
worker killed mid-sync holds the account only until its lease lapses.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from types import TracebackType

from sqlalchemy import or_, update
from sqlalchemy.exc import SQLAlchemyError

from daemon.clock import Clock
from daemon.engine.renewal import Renewer
from daemon.store.db import Store
from daemon.store.models import Account

log = logging.getLogger(__name__)


class SyncLease:
    """The sync lease of one account for ``owner``; ``held`` says whether it was granted.

    Entered, it takes the lease if it is free, lapsed or already the owner's,
    and renews it every third of ``lease``; leaving gives it back. Expiries
    are read from ``clock``, the same for every worker.
    """

    def __init__(
        self, store: Store, account_id: int, owner: str, lease: timedelta, clock: Clock
    ) -> None:
        self.store = store
        self.account_id = account_id
        self.owner = owner
        self.lease = lease
        self.clock = clock
        self.held = False
        self._renewer = Renewer(self._renew, lease, f"sync lease of account {account_id}")

    def take(self) -> bool:
        """Take or extend the lease; whether this owner now holds it."""
        now = self.clock.now()
        with self.store.transaction() as session:
            taken = session.execute(
                update(Account)
                .where(
                    Account.id == self.account_id,
                    or_(
                        Account.sync_owner.is_(None),
                        Account.sync_owner == self.owner,
                        Account.sync_until.is_(None),
                        Account.sync_until < now,
                    ),
                )
                .values(sync_owner=self.owner, sync_until=now + self.lease)
                .execution_options(synchronize_session=False)
            )
        return bool(getattr(taken, "rowcount", 0))

    def __enter__(self) -> SyncLease:
        self.held = self.take()
        if self.held:
            self._renewer.start()
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _exc: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        if not self.held:
            return
        self._renewer.stop()
        try:
            with self.store.transaction() as session:
                session.execute(
                    update(Account)
                    .where(Account.id == self.account_id, Account.sync_owner == self.owner)
                    .values(sync_owner=None, sync_until=None)
                    .execution_options(synchronize_session=False)
                )
        except SQLAlchemyError as exc:
            # Not given back, it lapses on its own.
            log.debug("sync lease of account %s not released: %s", self.account_id, exc)

    def _renew(self) -> None:
        # A lapsed lease costs one duplicate sync: this one runs on, the warning says why.
        if not self.take():
            log.warning("sync lease of account %s taken over", self.account_id)
