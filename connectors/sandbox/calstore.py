"""One primary calendar in memory, with the change log behind sync tokens.

Not thread-safe on its own: callers hold :attr:`World.lock`.
"""

from __future__ import annotations

import base64
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from connectors.sandbox.apierror import ApiError, not_found

# Calendar event ids use base32hex characters.
_ID_ALPHABET = "abcdefghijklmnopqrstuv0123456789"


def now_rfc3339() -> str:
    """The current time as Calendar writes ``updated`` (UTC, milliseconds)."""
    return _rfc3339(datetime.now(UTC))


def _rfc3339(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def new_event_id() -> str:
    """A fresh event id in Calendar's alphabet."""
    return "".join(secrets.choice(_ID_ALPHABET) for _ in range(26))


class CalendarStore:
    """Events of one owner; deleted events stay as ``cancelled`` tombstones for sync."""

    def __init__(self, owner: str, time_zone: str = "UTC") -> None:
        self.owner = owner
        self.time_zone = time_zone  # all-day events and recurrences are read in it
        self.events: dict[str, dict[str, Any]] = {}
        self._changed_at: dict[str, int] = {}  # event id -> change sequence number
        self._seq = 0
        self._epoch = secrets.token_hex(4)  # a new epoch makes every old sync token stale
        self._last_update = datetime.min.replace(tzinfo=UTC)

    @property
    def zone(self) -> ZoneInfo:
        """The calendar's time zone."""
        return ZoneInfo(self.time_zone)

    def get(self, event_id: str) -> dict[str, Any]:
        """The event (cancelled ones too, as Google answers), or 404."""
        event = self.events.get(event_id)
        if event is None:
            raise not_found()
        return event

    def by_ical_uid(self, uid: str) -> dict[str, Any] | None:
        """The event with this iCalUID, if any."""
        return next((e for e in self.events.values() if e.get("iCalUID") == uid), None)

    def put(self, event: dict[str, Any]) -> dict[str, Any]:
        """Store a new or changed event, stamping ``updated``/``etag`` and the change log."""
        self._seq += 1
        event["updated"] = self._next_update()
        event["etag"] = f'"{self._seq}{secrets.randbelow(10**6)}"'
        self.events[event["id"]] = event
        self._changed_at[event["id"]] = self._seq
        return event

    def _next_update(self) -> str:
        # Two changes within one millisecond must still differ: the daemon
        # tells an event's changes apart by this stamp, as Google's always do.
        now = datetime.now(UTC)
        now = now.replace(microsecond=now.microsecond // 1000 * 1000)
        self._last_update = max(now, self._last_update + timedelta(milliseconds=1))
        return _rfc3339(self._last_update)

    def cancel(self, event_id: str) -> dict[str, Any]:
        """Mark an event cancelled (Google's delete); 410 if it already was."""
        event = self.get(event_id)
        if event.get("status") == "cancelled":
            raise ApiError(410, "Resource has been deleted", "deleted")
        event["status"] = "cancelled"
        return self.put(event)

    def sync_token(self) -> str:
        """A token naming the current point of the change log."""
        return base64.urlsafe_b64encode(f"{self._epoch}:{self._seq}".encode()).decode()

    def changed_since(self, token: str) -> list[dict[str, Any]]:
        """Events changed after ``token``; 410 ``fullSyncRequired`` if it is stale."""
        try:
            epoch, _, seq = base64.urlsafe_b64decode(token.encode()).decode().partition(":")
            since = int(seq)
        except ValueError as exc:
            raise ApiError(400, "Invalid sync token value.", "invalid") from exc
        if epoch != self._epoch:
            raise ApiError(
                410, "Sync token is no longer valid, a full sync is required.", "fullSyncRequired"
            )
        changed = sorted((at, i) for i, at in self._changed_at.items() if at > since)
        return [self.events[i] for _, i in changed]

    def invalidate_sync_tokens(self) -> None:
        """Make every sync token handed out so far answer 410."""
        self._epoch = secrets.token_hex(4)
