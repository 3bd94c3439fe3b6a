"""Provider commands as outbox payloads (JSON) and back.

Only commands that reach a provider go through the outbox; timers and
referrals are store changes made inside the transition's own transaction.
Besides the pipeline's commands, the sync records one of its own there: a
look at a draft, a provider read it queues rather than wait on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from workflows.commands import Command, DropBrief, DropHold, PlaceHold, PutBrief, WriteDraft
from workflows.stages import DraftKind

ProviderCommand = WriteDraft | PlaceHold | DropHold | PutBrief | DropBrief
PROVIDER_COMMANDS = (WriteDraft, PlaceHold, DropHold, PutBrief, DropBrief)


@dataclass(frozen=True)
class LookAtDraft:
    """Ask the provider what became of the stored draft ``draft_key`` (sent, edited, deleted)."""

    draft_key: str


OutboxCommand = ProviderCommand | LookAtDraft


class CommandKind(StrEnum):
    """An outbox row's ``kind`` (the stored values; existing rows keep decoding)."""

    WRITE_DRAFT = "write_draft"
    PLACE_HOLD = "place_hold"
    DROP_HOLD = "drop_hold"
    PUT_BRIEF = "put_brief"
    DROP_BRIEF = "drop_brief"
    LOOK_AT_DRAFT = "look_at_draft"


def is_provider_command(command: Command) -> bool:
    """Whether ``command`` reaches a provider and so goes through the outbox."""
    return isinstance(command, PROVIDER_COMMANDS)


def _times(start: datetime, end: datetime) -> dict[str, Any]:
    return {"start": start.isoformat(), "end": end.isoformat()}


def encode(command: OutboxCommand) -> tuple[CommandKind, dict[str, Any]]:
    """``(kind, payload)`` for the outbox row."""
    match command:
        case WriteDraft(kind=kind):
            return CommandKind.WRITE_DRAFT, {"draft": kind.value}
        case PlaceHold(start=start, end=end):
            return CommandKind.PLACE_HOLD, _times(start, end)
        case PutBrief(start=start, end=end):
            return CommandKind.PUT_BRIEF, _times(start, end)
        case DropHold():
            return CommandKind.DROP_HOLD, {}
        case DropBrief():
            return CommandKind.DROP_BRIEF, {}
        case LookAtDraft(draft_key=key):
            return CommandKind.LOOK_AT_DRAFT, {"draft_key": key}


def decode(kind: str, payload: dict[str, Any]) -> OutboxCommand:
    """The command an outbox row holds."""
    try:
        known = CommandKind(kind)
    except ValueError:
        raise ValueError(f"unknown outbox command kind {kind!r}") from None
    match known:
        case CommandKind.WRITE_DRAFT:
            return WriteDraft(DraftKind(payload["draft"]))
        case CommandKind.PLACE_HOLD:
            return PlaceHold(*_pair(payload))
        case CommandKind.PUT_BRIEF:
            return PutBrief(*_pair(payload))
        case CommandKind.DROP_HOLD:
            return DropHold()
        case CommandKind.DROP_BRIEF:
            return DropBrief()
        case CommandKind.LOOK_AT_DRAFT:
            return LookAtDraft(payload["draft_key"])


def _pair(payload: dict[str, Any]) -> tuple[datetime, datetime]:
    return datetime.fromisoformat(payload["start"]), datetime.fromisoformat(payload["end"])
