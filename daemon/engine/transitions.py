"""Apply one pipeline event to a locked contact, inside the caller's transaction.

The transition, its event-log row, its timers and its outbox rows are written
in the same transaction, so a crash leaves either all of them or none. Outbox
keys are ``c<contact>/<cause id>/<command name>``: the same event seen twice
(a retried message, a repeated sync) yields the same keys, and the unique
constraint makes the second insert a no-op.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from daemon.engine.commands import encode, is_provider_command
from daemon.engine.projection import project_meeting
from daemon.engine.state import contact_state, store_state
from daemon.settings import Settings
from daemon.store import repo
from daemon.store.models import (
    Actor,
    Contact,
    ContactSource,
    NoteKind,
    Outbox,
    Timer,
    TimerStatus,
)
from workflows.commands import AddReferrals, CancelTimers, Command, SetTimer
from workflows.events import Event, EventKind, Referral, TimerKind
from workflows.pipeline import Cadence, advance

log = logging.getLogger(__name__)

#: The event log's cause column is short; causes are one-liners anyway.
_CAUSE_MAX = 64


#: Longer cause ids (provider ids can be long, and draft causes nest keys) are hashed.
_CAUSE_ID_MAX = 64


def command_key(contact_id: int, cause_id: str, name: str) -> str:
    """The idempotency key of one command of one transition (at most ~110 characters)."""
    if len(cause_id) > _CAUSE_ID_MAX:
        cause_id = "h" + hashlib.sha256(cause_id.encode("utf-8")).hexdigest()[:32]
    return f"c{contact_id}/{cause_id}/{name}"


def apply_event(
    session: Session,
    contact: Contact,
    event: Event,
    *,
    cause_id: str,
    cadence: Cadence,
    actor: Actor = Actor.DAEMON,
    note: dict[str, Any] | None = None,
) -> list[str]:
    """Advance ``contact`` by ``event``; returns the outbox keys to enqueue after commit.

    ``contact`` must be locked (``repo.lock_contact``) by the caller's transaction.
    ``note`` is extra detail for the event-log row.
    """
    before = contact_state(contact, has_update=repo.has_note(session, contact, NoteKind.UPDATE))
    transition = advance(before, event, cadence)
    cause = transition.cause[:_CAUSE_MAX]
    detail = {"cause_id": cause_id, **(note or {})}
    if not transition.applied:
        repo.log_event(
            session,
            contact,
            actor=actor,
            cause=f"{cause} (ignored)"[:_CAUSE_MAX],
            from_stage=contact.stage,
            to_stage=contact.stage,
            detail=detail,
        )
        return []
    if transition.state.stage != before.stage:
        repo.change_stage(
            session, contact, transition.state.stage, actor=actor, cause=cause, detail=detail
        )
    else:
        repo.log_event(
            session,
            contact,
            actor=actor,
            cause=cause,
            from_stage=contact.stage,
            to_stage=contact.stage,
            detail=detail,
        )
    store_state(contact, transition.state)
    if transition.state.meeting != before.meeting:
        project_meeting(session, contact.id, transition.state.meeting)
    keys: list[str] = []
    for command in transition.commands:
        keys.extend(_store_command(session, contact, command, cause_id, cadence, event.at))
    return keys


def _store_command(
    session: Session,
    contact: Contact,
    command: Command,
    cause_id: str,
    cadence: Cadence,
    at: datetime,
) -> list[str]:
    key = command_key(contact.id, cause_id, command.name)
    if is_provider_command(command):
        outbox_kind, payload = encode(command)  # type: ignore[arg-type]
        if repo.insert_if_absent(
            session, Outbox, key=key, contact_id=contact.id, kind=outbox_kind, payload=payload
        ):
            return [key]
        return []
    match command:
        case SetTimer(kind=kind, due_at=due_at):
            cancel_timers(session, contact.id, (kind,))
            repo.insert_if_absent(
                session, Timer, key=key, contact_id=contact.id, kind=kind.value, due_at=due_at
            )
        case CancelTimers(kinds=kinds):
            cancel_timers(session, contact.id, kinds)
        case AddReferrals(people=people):
            return add_referrals(session, contact, people, cadence, at)
    return []


def cancel_timers(session: Session, contact_id: int, kinds: Iterable[TimerKind]) -> None:
    """Cancel the contact's pending timers of these kinds."""
    session.execute(
        update(Timer)
        .where(
            Timer.contact_id == contact_id,
            Timer.status == TimerStatus.PENDING,
            Timer.kind.in_([kind.value for kind in kinds]),
        )
        .values(status=TimerStatus.CANCELLED)
    )


def add_referrals(
    session: Session,
    referrer: Contact,
    people: Iterable[Referral],
    cadence: Cadence,
    now: datetime,
) -> list[str]:
    """Add each referred person as a contact and start their pipeline."""
    keys: list[str] = []
    for person in people:
        added = repo.add_contact(
            session,
            name=person.name,
            email=person.email,
            organization=referrer.organization,
            source=ContactSource.REFERRAL,
            how_found=f"a suggestion from {referrer.name}",
            referred_by=referrer,
            referred_by_name=referrer.name,
            account_id=referrer.account_id,
        )
        if added.existed or added.contact.email is None:
            continue
        keys.extend(start_contact(session, added.contact, cadence, now))
    return keys


def cadence_of(settings: Settings) -> Cadence:
    """The pipeline's cadence from ``[cadence]``."""
    c = settings.cadence
    return Cadence(
        nudge_after=c.nudge_after,
        thanks_within=c.thanks_within,
        follow_up_after=c.follow_up_after,
        brief_before=c.brief_before,
        prep_slot=c.prep_slot,
    )


def apply_user_event(
    session: Session,
    settings: Settings,
    contact_id: int,
    event: Event,
    note: dict[str, Any] | None = None,
) -> list[str]:
    """The user did something to a contact (set its stage, added a note): apply it now.

    The commands it yields wait in the outbox; the running daemon's sweep
    carries them out.
    """
    contact = repo.lock_contact(session, contact_id)
    cause_id = f"u{uuid.uuid4().hex[:16]}"
    return apply_event(
        session,
        contact,
        event,
        cause_id=cause_id,
        cadence=cadence_of(settings),
        actor=Actor.USER,
        note=note,
    )


def start_contact(session: Session, contact: Contact, cadence: Cadence, now: datetime) -> list[str]:
    """Apply CONTACT_ADDED: the outreach draft gets written."""
    event = Event(EventKind.CONTACT_ADDED, at=now)
    return apply_event(session, contact, event, cause_id="added", cadence=cadence)
