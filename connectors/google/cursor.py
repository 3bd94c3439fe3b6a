"""The opaque cursor both Google connectors hand out: a sync token and when it was taken."""

from __future__ import annotations

import json
from dataclasses import dataclass

from connectors.errors import StaleCursor


@dataclass(frozen=True)
class SyncCursor:
    """Gmail's historyId or Calendar's syncToken, and the time it was taken.

    The time bounds the re-scan when Google says the token expired.
    """

    token: str
    taken_at: float

    def dump(self) -> str:
        """The cursor as the string callers store."""
        return json.dumps({"token": self.token, "taken_at": self.taken_at})

    @classmethod
    def load(cls, text: str, what: str) -> SyncCursor:
        """Read a stored cursor; one that is not ours is stale (link up again)."""
        try:
            data = json.loads(text)
            return cls(str(data["token"]), float(data["taken_at"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise StaleCursor(f"not a {what} cursor: {text[:40]!r}; link up again") from exc
