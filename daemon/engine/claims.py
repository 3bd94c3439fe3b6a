"""Who runs an outbox command: claims with an owner, a fencing token and a lease.

A worker claims a command by moving its row to running, naming itself as
owner and bumping ``fence``. While the command runs, :func:`claim_renewer` keeps
the lease fresh, so a slow provider call does not let another worker take
the command over. If the lease lapses anyway (the worker was stopped, the
store unreachable) and another worker claims it, the fencing token moved on:
the first worker's connectors check it before every side effect and stop
with :class:`LostClaim` instead of acting twice.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select, update

from connectors.base import (
    CalendarConnector,
    CalendarEvent,
    Draft,
    DraftSpec,
    MailConnector,
    PrivateEventSpec,
)
from connectors.errors import CoffeechatError
from daemon.clock import Clock
from daemon.engine.renewal import Renewer
from daemon.store.db import Store
from daemon.store.models import Outbox, OutboxStatus


class LostClaim(CoffeechatError):
    """Another worker took the command over; this one must not act on it."""


def claimable(now: datetime, lease: timedelta) -> ColumnElement[bool]:
    """Rows a worker may claim at ``now``.

    Pending ones whose wait is over, those parked on a provider outage whose
    next probe is due, and running ones whose lease lapsed.
    """
    due = or_(Outbox.next_attempt_at.is_(None), Outbox.next_attempt_at <= now)
    return or_(
        and_(Outbox.status == OutboxStatus.PENDING, due),
        and_(Outbox.status == OutboxStatus.PARKED, Outbox.outage.is_(True), due),
        and_(Outbox.status == OutboxStatus.RUNNING, Outbox.updated_at < now - lease),
    )


def claim_renewer(store: Store, key: str, fence: int, lease: timedelta, clock: Clock) -> Renewer:
    """Renews the lease of the claim ``(key, fence)`` every third of it, while entered.

    A claim already taken over is left alone: its fence moved on, and the
    connectors' fence check stops this worker before its next side effect.
    """

    def renew() -> None:
        with store.transaction() as session:
            session.execute(
                update(Outbox)
                .where(
                    Outbox.key == key,
                    Outbox.fence == fence,
                    Outbox.status == OutboxStatus.RUNNING,
                )
                .values(updated_at=clock.now())
            )

    return Renewer(renew, lease, f"claim lease of {key}")


class Fence:
    """Checks that the claim ``(key, fence)`` is still this worker's."""

    def __init__(self, store: Store, key: str, fence: int) -> None:
        self.store = store
        self.key = key
        self.fence = fence

    def check(self) -> None:
        """Raise :class:`LostClaim` unless the row is still running under this fence."""
        with self.store.transaction(readonly=True) as session:
            row = session.execute(
                select(Outbox.status, Outbox.fence).where(Outbox.key == self.key)
            ).first()
        if row is None or row.status is not OutboxStatus.RUNNING or row.fence != self.fence:
            raise LostClaim(f"command {self.key} was taken over by another worker")


class FencedMail:
    """A mail connector whose writes first check the fence; reads pass through."""

    def __init__(self, mail: MailConnector, fence: Fence) -> None:
        self._mail = mail
        self._fence = fence

    def __getattr__(self, name: str) -> Any:
        return getattr(self._mail, name)

    def create_draft(self, spec: DraftSpec) -> Draft:
        """Create the draft, if the claim is still ours."""
        self._fence.check()
        return self._mail.create_draft(spec)


class FencedCalendar:
    """A calendar connector whose writes first check the fence; reads pass through."""

    def __init__(self, calendar: CalendarConnector, fence: Fence) -> None:
        self._calendar = calendar
        self._fence = fence

    def __getattr__(self, name: str) -> Any:
        return getattr(self._calendar, name)

    def put_private_event(self, spec: PrivateEventSpec) -> CalendarEvent:
        """Create or move the event, if the claim is still ours."""
        self._fence.check()
        return self._calendar.put_private_event(spec)

    def delete_event(self, event_id: str) -> None:
        """Delete the event, if the claim is still ours."""
        self._fence.check()
        self._calendar.delete_event(event_id)
