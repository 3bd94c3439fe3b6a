"""What a scheduling reply says: the daemon's decision, and its JSON form.

The executor of ``WriteDraft(scheduling_reply)`` decides once (accept one of
their times, use their booking link, or offer free slots) and stores the
decision on the outbox row before the draft exists, so a retry writes the
same reply; the sent reply's decision later tells whether it accepted a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from connectors.errors import InputError


@dataclass(frozen=True)
class AcceptTime:
    """Take their window; ``their_offset`` is the UTC offset they wrote it in."""

    start: datetime
    end: datetime
    their_offset: timedelta | None = None

    def to_json(self) -> dict[str, Any]:
        """The stored form."""
        minutes = None
        if self.their_offset is not None:
            minutes = int(self.their_offset.total_seconds() // 60)
        return {
            "mode": "accept",
            "window": [self.start.isoformat(), self.end.isoformat()],
            "their_offset_minutes": minutes,
        }


@dataclass(frozen=True)
class UseBooking:
    """Book through the scheduling page their reply linked to."""

    booking_link: str

    def to_json(self) -> dict[str, Any]:
        """The stored form."""
        return {"mode": "booking", "booking_link": self.booking_link}


@dataclass(frozen=True)
class OfferSlots:
    """Offer these free slots of the user's."""

    slots: tuple[tuple[datetime, datetime], ...]

    def to_json(self) -> dict[str, Any]:
        """The stored form."""
        return {
            "mode": "offer",
            "slots": [[start.isoformat(), end.isoformat()] for start, end in self.slots],
        }


Decision = AcceptTime | UseBooking | OfferSlots


def _pair(value: list[str]) -> tuple[datetime, datetime]:
    return datetime.fromisoformat(value[0]), datetime.fromisoformat(value[1])


def decision_from_json(data: dict[str, Any]) -> Decision:
    """The decision a stored payload holds (rows written before ``booking`` say ``link``)."""
    mode = data.get("mode")
    if mode == "accept":
        minutes = data.get("their_offset_minutes")
        offset = timedelta(minutes=minutes) if minutes is not None else None
        return AcceptTime(*_pair(data["window"]), their_offset=offset)
    if mode == "booking":
        return UseBooking(data["booking_link"])
    if mode == "link":
        return UseBooking(data["link"])
    if mode == "offer":
        return OfferSlots(tuple(_pair(pair) for pair in data["slots"]))
    raise InputError(f"unknown scheduling decision {mode!r}")
