"""Between a stored contact row and the pipeline's ContactState."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from daemon.store.models import Contact
from workflows.meeting import MeetingState, MeetingStatus
from workflows.pipeline import ContactState
from workflows.stages import DraftKind, Stage


def _when(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


_MEETING_TIMES = ("start", "end")
_MEETING_TEXTS = ("hold_id", "event_id", "ical_uid", "brief_id", "place", "link", "updated")


def _meeting(extra: dict[str, Any], stage: Stage) -> MeetingState:
    stored = extra.get("meeting")
    if not isinstance(stored, dict):
        return _meeting_before_it_was_kept(extra, stage)
    text: dict[str, Any] = {name: stored.get(name) for name in _MEETING_TEXTS}
    return MeetingState(
        status=MeetingStatus(stored.get("status", MeetingStatus.NONE)),
        start=_when(stored.get("start")),
        end=_when(stored.get("end")),
        accepted_sent=bool(stored.get("accepted_sent", False)),
        **text,
    )


def _meeting_before_it_was_kept(extra: dict[str, Any], stage: Stage) -> MeetingState:
    """A contact stored before the meeting was part of its state: its times, no event ids."""
    start, end = _when(extra.get("meeting_start")), _when(extra.get("meeting_end"))
    if start is None or end is None:
        return MeetingState()
    if extra.get("has_hold"):
        return MeetingState(MeetingStatus.HELD, start, end)
    status = MeetingStatus.CONFIRMED if stage is Stage.CONFIRMED else MeetingStatus.MET
    return MeetingState(status, start, end)


def _meeting_json(meeting: MeetingState) -> dict[str, Any]:
    return {
        "status": meeting.status.value,
        "accepted_sent": meeting.accepted_sent,
        **{name: _iso(getattr(meeting, name)) for name in _MEETING_TIMES},
        **{name: getattr(meeting, name) for name in _MEETING_TEXTS},
    }


def contact_state(contact: Contact, *, has_update: bool = False) -> ContactState:
    """The pipeline's view of ``contact``; ``has_update``: the store holds an update note."""
    extra = contact.pipeline or {}
    return ContactState(
        stage=contact.stage,
        paused_from=contact.paused_from,
        manual=contact.manual,
        manual_since=_when(extra.get("manual_since")),
        nudged=bool(extra.get("nudged", False)),
        dismissed=frozenset(DraftKind(kind) for kind in extra.get("dismissed", ())),
        meeting=_meeting(extra, contact.stage),
        referred=contact.referred_by_id is not None or bool(contact.referred_by_name),
        added=bool(extra.get("added", False)),
        has_update=has_update,
        awaiting_update=bool(extra.get("awaiting_update", False)),
        needs_you=bool(extra.get("needs_you", False)),
    )


def store_state(contact: Contact, state: ContactState) -> None:
    """Write ``state`` back onto ``contact`` (the stage itself is moved by the caller)."""
    contact.paused_from = state.paused_from
    contact.manual = state.manual
    contact.pipeline = {
        "manual_since": _iso(state.manual_since),
        "nudged": state.nudged,
        "dismissed": sorted(state.dismissed),
        "meeting": _meeting_json(state.meeting),
        "added": state.added,
        "awaiting_update": state.awaiting_update,
        "needs_you": state.needs_you,
    }
