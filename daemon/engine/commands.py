"""Provider commands as outbox payloads (JSON) and back.

Only commands that reach a provider go through the outbox; timers and
referrals are store changes made inside the transition's own transaction.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from workflows.commands import Command, DropBrief, DropHold, PlaceHold, PutBrief, WriteDraft
from workflows.stages import DraftKind

ProviderCommand = WriteDraft | PlaceHold | DropHold | PutBrief | DropBrief
PROVIDER_COMMANDS = (WriteDraft, PlaceHold, DropHold, PutBrief, DropBrief)


def is_provider_command(command: Command) -> bool:
    """Whether ``command`` reaches a provider and so goes through the outbox."""
    return isinstance(command, PROVIDER_COMMANDS)


def encode(command: ProviderCommand) -> tuple[str, dict[str, Any]]:
    """``(kind, payload)`` for the outbox row."""
    match command:
        case WriteDraft(kind=kind):
            return "write_draft", {"draft": kind.value}
        case PlaceHold(start=start, end=end):
            return "place_hold", {"start": start.isoformat(), "end": end.isoformat()}
        case PutBrief(start=start, end=end):
            return "put_brief", {"start": start.isoformat(), "end": end.isoformat()}
        case DropHold():
            return "drop_hold", {}
        case DropBrief():
            return "drop_brief", {}


def decode(kind: str, payload: dict[str, Any]) -> ProviderCommand:
    """The command an outbox row holds."""
    if kind == "write_draft":
        return WriteDraft(DraftKind(payload["draft"]))
    if kind in ("place_hold", "put_brief"):
        start = datetime.fromisoformat(payload["start"])
        end = datetime.fromisoformat(payload["end"])
        return PlaceHold(start, end) if kind == "place_hold" else PutBrief(start, end)
    if kind == "drop_hold":
        return DropHold()
    if kind == "drop_brief":
        return DropBrief()
    raise ValueError(f"unknown outbox command kind {kind!r}")
