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


@dataclass(frozen=True)
class Search:
    """A link-up search still to run: its query, its next page, the threads its pages read."""

    query: str
    page: str | None = None
    #: A long thread spans pages of the listing; it is read on the first only.
    threads_read: tuple[str, ...] = ()


@dataclass(frozen=True)
class LinkUpCursor:
    """A link-up under way: the searches still to run, each with its next page.

    ``start`` is the mailbox historyId taken before the first search, so the
    poll after the link-up sees the mail that arrived during it.
    """

    start: SyncCursor
    pending: tuple[Search, ...]

    def dump(self) -> str:
        """The cursor as the string callers store."""
        start = {"token": self.start.token, "taken_at": self.start.taken_at}
        searches = [[s.query, s.page, list(s.threads_read)] for s in self.pending]
        return json.dumps({**start, "linkup": searches})

    @classmethod
    def load(cls, text: str) -> LinkUpCursor | None:
        """The link-up ``text`` stands for, or ``None`` for a plain sync cursor."""
        try:
            data = json.loads(text)
            pending = data["linkup"]
        except (ValueError, KeyError, TypeError):
            return None
        start = SyncCursor.load(text, "Gmail")
        try:
            # A cursor saved before threads were counted holds [query, page].
            searches = tuple(
                Search(
                    str(q), None if t is None else str(t), tuple(map(str, read[0] if read else ()))
                )
                for q, t, *read in pending
            )
        except (ValueError, TypeError) as exc:
            raise StaleCursor(f"not a Gmail link-up cursor: {text[:40]!r}; link up again") from exc
        return cls(start, searches)
