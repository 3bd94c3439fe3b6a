"""Messages and calendar events the sync cannot ingest are set aside, not retried forever.

One item that raises while being read or recorded (a date in year 9999, a
NUL that PostgreSQL refuses, a bug of ours) would otherwise stop its
account's sync at the same cursor on every poll. Each failure, whatever the
exception, is counted under the item's provider id. Below
``cadence.retry_limit`` the sync goes on with the other items but keeps its
cursor, so the next poll reads the item again; at the limit the item is set
aside (with the error, and its contact when known), the cursor moves past
it, and ``coffeechat status`` lists it until ``coffeechat retry`` asks for
another read.

An outage (the store unreachable or locked, a provider fault) is not the
item's fault: it is not counted, and stops the sync as it did.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, select
from sqlalchemy.exc import InterfaceError, OperationalError

from connectors.base import Attendee, AttendeeResponse, CalendarEvent, EventStatus
from connectors.errors import CoffeechatError, ReauthRequired, Transient
from daemon.store.db import Store
from daemon.store.models import SetAside, SetAsideStatus

log = logging.getLogger(__name__)

MESSAGE, EVENT = "message", "event"

#: Failures that say nothing about the item: they stop the sync uncounted.
OUTAGES: tuple[type[BaseException], ...] = (
    OperationalError,
    InterfaceError,
    Transient,
    ReauthRequired,
)


class IngestFailed(CoffeechatError):
    """Items failed below the set-aside limit; the sync kept its cursor to read them again."""


@dataclass(frozen=True)
class Item:
    """One thing seen at the provider, named the way the set-aside table names it."""

    account_id: int
    kind: str
    provider_id: str
    record: dict[str, Any] | None = None


def describe(exc: BaseException) -> str:
    """A one-line account of ``exc`` that any database accepts (no NUL)."""
    lines = str(exc).splitlines()
    text = f"{type(exc).__name__}: {lines[0]}" if lines and lines[0] else type(exc).__name__
    return text.replace("\x00", "\\x00")[:500]


class Quarantine:
    """Runs each ingest under the count of its item's failures."""

    def __init__(self, store: Store, limit: int) -> None:
        self.store = store
        self.limit = max(1, limit)

    def skipped(self, account_id: int, kind: str) -> set[str]:
        """Provider ids of ``kind`` that are set aside: the sync passes over them."""
        with self.store.transaction(readonly=True) as session:
            return set(
                session.scalars(
                    select(SetAside.provider_id).where(
                        SetAside.account_id == account_id,
                        SetAside.kind == kind,
                        SetAside.status == SetAsideStatus.SET_ASIDE,
                    )
                )
            )

    def to_retry(self, account_id: int) -> list[Item]:
        """Items the user asked to read again."""
        with self.store.transaction(readonly=True) as session:
            rows = session.scalars(
                select(SetAside).where(
                    SetAside.account_id == account_id, SetAside.status == SetAsideStatus.RETRY
                )
            )
            return [Item(r.account_id, r.kind, r.provider_id, r.record) for r in rows]

    def run(
        self,
        item: Item,
        ingest: Callable[[], list[str]],
        contact: Callable[[], int | None] = lambda: None,
    ) -> list[str] | None:
        """The outbox keys ``ingest()`` produced, or ``None`` if it failed and must be read again.

        An item that reached the limit is set aside and counts as done (``[]``).
        """
        try:
            keys = ingest()
        except OUTAGES:
            raise
        except Exception as exc:  # noqa: BLE001 - any failure of one item counts against it
            return self._failed(item, exc, contact)
        self._forget(item)
        return keys

    def forget(self, item: Item) -> None:
        """Drop ``item``'s record (it is gone at the provider)."""
        self._forget(item)

    def _forget(self, item: Item) -> None:
        # Nearly every item has no row: a read finds that without taking
        # SQLite's write lock, which a sync ingesting a burst of replies would
        # otherwise take once more per message, holding back the workers.
        with self.store.transaction(readonly=True) as session:
            if session.scalar(select(SetAside.id).where(_row_of(item))) is None:
                return
        with self.store.transaction() as session:
            session.execute(delete(SetAside).where(_row_of(item)))

    def _failed(
        self, item: Item, exc: Exception, contact: Callable[[], int | None]
    ) -> list[str] | None:
        error = describe(exc)
        try:
            contact_id = contact()
        except Exception:  # noqa: BLE001 - the contact is a courtesy; the item may not match at all
            contact_id = None
        with self.store.transaction() as session:
            row = session.scalar(select(SetAside).where(_row_of(item)))
            if row is None:
                row = SetAside(
                    account_id=item.account_id, kind=item.kind, provider_id=item.provider_id
                )
                session.add(row)
            row.attempts = (row.attempts or 0) + 1
            row.error = error
            row.contact_id = contact_id
            row.record = item.record
            if row.attempts < self.limit:
                row.status = SetAsideStatus.FAILING
                log.info(
                    "%s %s failed (%d of %d): %s",
                    item.kind,
                    item.provider_id,
                    row.attempts,
                    self.limit,
                    error,
                    exc_info=row.attempts == 1,
                )
                return None
            row.status = SetAsideStatus.SET_ASIDE
        log.warning(
            "%s %s set aside after %d failed reads: %s (coffeechat retry reads it again)",
            item.kind,
            item.provider_id,
            self.limit,
            error,
        )
        return []


def _row_of(item: Item) -> ColumnElement[bool]:
    """The set-aside table's row for ``item`` (at most one: the triple is unique)."""
    return and_(
        SetAside.account_id == item.account_id,
        SetAside.kind == item.kind,
        SetAside.provider_id == item.provider_id,
    )


def event_record(event: CalendarEvent) -> dict[str, Any]:
    """``event`` as JSON, to read it again on a retry."""
    return {
        "id": event.id,
        "status": str(event.status),
        "start": event.start.isoformat() if event.start else None,
        "end": event.end.isoformat() if event.end else None,
        "summary": event.summary,
        "description": event.description,
        "location": event.location,
        "conference_url": event.conference_url,
        "organizer": event.organizer,
        "attendees": [[a.email, a.response] for a in event.attendees],
        "private": dict(event.properties),
        "ical_uid": event.ical_uid,
        "updated": event.updated,
    }


def _response(value: str) -> AttendeeResponse:
    """A kept answer; records kept before the project had its own words hold Google's."""
    return AttendeeResponse.PENDING if value == "needsAction" else AttendeeResponse(value)


def event_from_record(record: dict[str, Any]) -> CalendarEvent:
    """The event :func:`event_record` kept."""

    def when(value: str | None) -> datetime | None:
        return datetime.fromisoformat(value) if value else None

    return CalendarEvent(
        id=record["id"],
        status=EventStatus(record["status"]),
        start=when(record["start"]),
        end=when(record["end"]),
        summary=record["summary"],
        description=record["description"],
        location=record["location"],
        conference_url=record["conference_url"],
        organizer=record["organizer"],
        attendees=tuple(
            Attendee(email, _response(response)) for email, response in record["attendees"]
        ),
        properties=record["private"],
        ical_uid=record["ical_uid"],
        updated=record["updated"],
    )
