"""The typed verdict on one reply, and its JSON form (``coffeechat explain --json``)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from workflows.people import Referral
from workflows.stages import Intent


@dataclass(frozen=True)
class TimeWindow:
    """One window the sender offered: aware datetimes, ``end`` after ``start``."""

    start: datetime
    end: datetime | None

    def to_json(self) -> dict[str, str | None]:
        """ISO-8601 strings with their UTC offset."""
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat() if self.end is not None else None,
        }


@dataclass(frozen=True)
class Verdict:
    """What one reply means (DESIGN.md, "Understanding replies")."""

    intent: Intent
    proposed_times: tuple[TimeWindow, ...] = ()
    scheduling_link: str | None = None
    return_date: date | None = None
    referrals: tuple[Referral, ...] = ()
    reply_text: str = ""
    notes: tuple[str, ...] = field(default=(), compare=False)
    #: The UID of the calendar invitation the reply carries: the daemon
    #: matches it to the meeting it tracks (an "Updated invitation" is a
    #: calendar change, not a request).
    invite_uid: str | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, Any]:
        """The verdict as the JSON object ``coffeechat explain --json`` prints.

        Exactly the keys of the issue's contract; ``notes`` (why the reader
        decided as it did) is for the readable summary only.
        """
        return {
            "intent": self.intent.value,
            "proposed_times": [w.to_json() for w in self.proposed_times],
            "scheduling_link": self.scheduling_link,
            "return_date": self.return_date.isoformat() if self.return_date else None,
            "referrals": [r.to_json() for r in self.referrals],
            "reply_text": self.reply_text,
        }

    def dumps(self) -> str:
        """One line of JSON, non-ASCII kept readable."""
        return json.dumps(self.to_json(), ensure_ascii=False)
