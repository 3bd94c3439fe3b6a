"""Asking for another try: parked commands and set-aside messages or events.

Used by ``coffeechat retry`` (by hand) and by the engine when a provider that
was failing answers again (parked on its faults). A parked command goes back
to pending with a fresh count of attempts; a set-aside item is marked to be
read again at the next sync, with one try left before it is set aside again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import update
from sqlalchemy.orm import Session

from daemon.store.models import Outbox, OutboxStatus, SetAside, SetAsideStatus


@dataclass(frozen=True)
class Retried:
    """How many of each were sent back to work."""

    commands: int
    items: int


def retry(
    session: Session,
    *,
    retry_limit: int,
    contact_id: int | None = None,
    key: str | None = None,
) -> Retried:
    """Send parked commands (one ``key``, one contact's, or all) and set-aside items back."""
    commands = update(Outbox).where(Outbox.status == OutboxStatus.PARKED)
    if key is not None:
        commands = commands.where(Outbox.key == key)
    if contact_id is not None:
        commands = commands.where(Outbox.contact_id == contact_id)
    moved = session.execute(
        commands.values(status=OutboxStatus.PENDING, attempts=0, next_attempt_at=None)
    )
    items = 0
    if key is None:
        aside = update(SetAside).where(SetAside.status == SetAsideStatus.SET_ASIDE)
        if contact_id is not None:
            aside = aside.where(SetAside.contact_id == contact_id)
        items = session.execute(
            aside.values(status=SetAsideStatus.RETRY, attempts=max(0, retry_limit - 1))
        ).rowcount  # type: ignore[attr-defined]
    return Retried(moved.rowcount, items)  # type: ignore[attr-defined]
