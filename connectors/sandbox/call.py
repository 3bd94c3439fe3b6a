"""The context one API handler receives, and the paging helper the list calls share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from connectors.sandbox.apierror import ApiError, bad_request
from connectors.sandbox.discovery import Resolved
from connectors.sandbox.state import Mailbox, World

T = TypeVar("T")


@dataclass
class Call:
    """An authenticated, validated API call."""

    world: World
    mailbox: Mailbox
    resolved: Resolved
    body: dict[str, Any]

    @property
    def params(self) -> dict[str, Any]:
        """Query parameters, converted to their discovery types."""
        return self.resolved.params

    def path(self, name: str) -> str:
        """A path parameter."""
        return self.resolved.path_params[name]

    def check_user(self, value: str, own_aliases: tuple[str, ...]) -> None:
        """Refuse a userId/calendarId that names someone else's data, as Google does."""
        if value not in own_aliases and value.lower() != self.mailbox.address:
            raise ApiError(403, f"Delegation denied for {self.mailbox.address}", "forbidden")


def page(items: Sequence[T], token: str | None, size: int) -> tuple[Sequence[T], str | None]:
    """One page of ``items`` and the token for the next (offsets, opaque to clients)."""
    try:
        start = int(token) if token else 0
    except ValueError as exc:
        raise bad_request("Invalid pageToken", "pageToken") from exc
    size = max(1, size)
    end = start + size
    return items[start:end], (str(end) if end < len(items) else None)
