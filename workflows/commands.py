"""What the pipeline asks the daemon to do: the output of :func:`workflows.pipeline.advance`.

Commands say WHAT, never how: the daemon renders templates, reads free/busy
and calls the providers. Each command has a ``name`` that is unique within one
transition; the daemon builds the outbox idempotency key from the id of the
event that caused the transition and this name, so re-running a transition
never repeats a side effect.

Timers are one per (contact, kind): :class:`SetTimer` replaces a pending timer
of the same kind, :class:`CancelTimers` removes pending ones. Within one
transition a :class:`CancelTimers` never names a kind that a :class:`SetTimer`
of the same transition sets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from workflows.events import TimerKind
from workflows.people import Referral
from workflows.stages import DraftKind


@dataclass(frozen=True)
class WriteDraft:
    """Write one draft of ``kind``, threaded as a reply in the contact's conversation."""

    kind: DraftKind

    @property
    def name(self) -> str:
        """Unique within a transition."""
        return f"write_draft:{self.kind}"


@dataclass(frozen=True)
class PlaceHold:
    """Put the contact's one tentative hold at ``start``-``end`` (moving it if it exists)."""

    start: datetime
    end: datetime

    @property
    def name(self) -> str:
        """Unique within a transition."""
        return "place_hold"


@dataclass(frozen=True)
class DropHold:
    """Remove the contact's tentative hold, unless it has itself become the meeting."""

    @property
    def name(self) -> str:
        """Unique within a transition."""
        return "drop_hold"


@dataclass(frozen=True)
class PutBrief:
    """Build the prep brief and put it on the private prep event at ``start``-``end``.

    Creates the prep event or updates it in place (the brief is regenerated
    from the current notes each time).
    """

    start: datetime
    end: datetime

    @property
    def name(self) -> str:
        """Unique within a transition."""
        return "put_brief"


@dataclass(frozen=True)
class DropBrief:
    """Delete the private prep event: the meeting it prepares is off."""

    @property
    def name(self) -> str:
        """Unique within a transition."""
        return "drop_brief"


@dataclass(frozen=True)
class SetTimer:
    """Fire a TIMER_FIRED event of ``kind`` at ``due_at`` (replacing a pending one)."""

    kind: TimerKind
    due_at: datetime

    @property
    def name(self) -> str:
        """Unique within a transition."""
        return f"set_timer:{self.kind}"


@dataclass(frozen=True)
class CancelTimers:
    """Remove the pending timers of these kinds; a kind with none pending is fine."""

    kinds: frozenset[TimerKind]

    @property
    def name(self) -> str:
        """Unique within a transition."""
        return "cancel_timers"


@dataclass(frozen=True)
class AddReferrals:
    """Add these people as new contacts (stage identified, referred by this contact)."""

    people: tuple[Referral, ...]

    @property
    def name(self) -> str:
        """Unique within a transition."""
        return "add_referrals"


Command = (
    WriteDraft
    | PlaceHold
    | DropHold
    | PutBrief
    | DropBrief
    | SetTimer
    | CancelTimers
    | AddReferrals
)
