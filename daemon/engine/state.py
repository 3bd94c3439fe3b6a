"""Between a stored contact row and the pipeline's ContactState."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from daemon.store.models import Contact
from workflows.pipeline import ContactState
from workflows.stages import DraftKind


def _when(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def contact_state(contact: Contact) -> ContactState:
    """The pipeline's view of ``contact``."""
    extra = contact.pipeline or {}
    return ContactState(
        stage=contact.stage,
        paused_from=contact.paused_from,
        manual=contact.manual,
        manual_since=_when(extra.get("manual_since")),
        nudged=bool(extra.get("nudged", False)),
        dismissed=frozenset(DraftKind(kind) for kind in extra.get("dismissed", ())),
        meeting_start=_when(extra.get("meeting_start")),
        meeting_end=_when(extra.get("meeting_end")),
        has_hold=bool(extra.get("has_hold", False)),
        referred=contact.referred_by_id is not None or bool(contact.referred_by_name),
        added=bool(extra.get("added", False)),
    )


def store_state(contact: Contact, state: ContactState) -> None:
    """Write ``state`` back onto ``contact`` (the stage itself is moved by the caller)."""
    contact.paused_from = state.paused_from
    contact.manual = state.manual
    contact.pipeline = {
        "manual_since": _iso(state.manual_since),
        "nudged": state.nudged,
        "dismissed": sorted(state.dismissed),
        "meeting_start": _iso(state.meeting_start),
        "meeting_end": _iso(state.meeting_end),
        "has_hold": state.has_hold,
        "added": state.added,
    }
