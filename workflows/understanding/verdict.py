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
class Doubt:
    """Why the reader is not sure: a stable ``code`` for programs, ``why`` for people."""

    code: str
    why: str

    def to_json(self) -> dict[str, str]:
        """``{"code": …, "why": …}``."""
        return {"code": self.code, "why": self.why}


@dataclass(frozen=True)
class TimeNote:
    """One time written in the reply and the part it plays (offered, conflict, old, …)."""

    window: TimeWindow
    role: str

    def to_json(self) -> dict[str, str | None]:
        """The window's ISO strings and the role."""
        return {**self.window.to_json(), "role": self.role}


@dataclass(frozen=True)
class Verdict:
    """What one reply means (DESIGN.md, "Understanding replies").

    ``certain`` is whether the reader is sure enough to act on it: the
    daemon drafts from a certain verdict only; ``doubts`` say why not.
    """

    intent: Intent
    proposed_times: tuple[TimeWindow, ...] = ()
    scheduling_link: str | None = None
    return_date: date | None = None
    referrals: tuple[Referral, ...] = ()
    reply_text: str = ""
    notes: tuple[str, ...] = field(default=(), compare=False)
    doubts: tuple[Doubt, ...] = field(default=(), compare=False)
    # Every time the reply names, proposals or not, for the readable summary.
    time_notes: tuple[TimeNote, ...] = field(default=(), compare=False)
    #: The UID of the calendar invitation the reply carries: the daemon
    #: matches it to the meeting it tracks (an "Updated invitation" is a
    #: calendar change, not a request).
    invite_uid: str | None = field(default=None, compare=False)

    @property
    def certain(self) -> bool:
        """Sure enough to act on: no doubts."""
        return not self.doubts

    def to_json(self) -> dict[str, Any]:
        """The verdict as the JSON object ``coffeechat explain --json`` prints.

        The first six keys are the original contract; ``certain`` and
        ``doubts`` say whether to act, ``time_mentions`` every time named with
        its role. ``notes`` (why the reader decided as it did) is for the
        readable summary only.
        """
        return {
            "intent": self.intent.value,
            "proposed_times": [w.to_json() for w in self.proposed_times],
            "scheduling_link": self.scheduling_link,
            "return_date": self.return_date.isoformat() if self.return_date else None,
            "referrals": [r.to_json() for r in self.referrals],
            "reply_text": self.reply_text,
            "certain": self.certain,
            "doubts": [d.to_json() for d in self.doubts],
            "time_mentions": [t.to_json() for t in self.time_notes],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Verdict:
        """A verdict back from :meth:`to_json` (as the store keeps it), doubts and all.

        ``notes`` and ``time_mentions`` are for reading only and are not kept.
        """
        return cls(
            intent=Intent(data["intent"]),
            proposed_times=tuple(
                TimeWindow(
                    datetime.fromisoformat(w["start"]),
                    datetime.fromisoformat(w["end"]) if w.get("end") else None,
                )
                for w in data.get("proposed_times", ())
            ),
            scheduling_link=data.get("scheduling_link"),
            return_date=date.fromisoformat(back) if (back := data.get("return_date")) else None,
            referrals=tuple(Referral(r["name"], r.get("email")) for r in data.get("referrals", ())),
            reply_text=data.get("reply_text") or "",
            doubts=tuple(Doubt(d["code"], d["why"]) for d in data.get("doubts", ())),
        )

    def dumps(self) -> str:
        """One line of JSON, non-ASCII kept readable."""
        return json.dumps(self.to_json(), ensure_ascii=False)
