"""What the store knows about a contact, as the drafting layer's records.

Which notes go where is decided here, by kind: plain notes (research, what
they said) reach only the brief's ``ContactFacts.notes``; takeaways the
thank-you, the newest update the follow-up.
"""

from __future__ import annotations

from datetime import datetime, timezone, tzinfo
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from daemon.settings import Settings
from daemon.store import repo
from daemon.store.models import (
    Contact,
    Direction,
    Draft,
    DraftStatus,
    Meeting,
    MeetingStatus,
    Message,
    NoteKind,
)
from workflows.drafting import (
    ContactFacts,
    DraftContext,
    MeetingFacts,
    Quoted,
    Sender,
    link_in,
    medium_in,
)

#: How many earlier emails' gists the prep brief recalls.
_GIST_COUNT = 5


def sender_of(settings: Settings) -> Sender:
    """The user, as drafts sign and briefs describe them."""
    user = settings.user
    minutes = int(user.meeting_length.total_seconds() // 60)
    return Sender(
        name=user.name,
        email=user.email,
        pitch=user.pitch,
        goals=user.goals,
        signature=user.signature,
        timezone=user.timezone,
        meeting_minutes=min(max(minutes, 15), 30),
        exploring=user.exploring,
        sectors=tuple(user.sectors),
        preferred_medium=user.meeting_place,
    )


def current_meeting(session: Session, contact_id: int) -> Meeting | None:
    """The contact's newest meeting that is not cancelled."""
    stmt = (
        select(Meeting)
        .where(Meeting.contact_id == contact_id, Meeting.status != MeetingStatus.CANCELLED)
        .order_by(Meeting.id.desc())
        .limit(1)
    )
    return session.scalars(stmt).first()


def last_incoming(session: Session, contact_id: int) -> Message | None:
    """The newest message the contact wrote."""
    stmt = (
        select(Message)
        .where(Message.contact_id == contact_id, Message.direction == Direction.IN)
        .order_by(Message.sent_at.desc(), Message.id.desc())
        .limit(1)
    )
    return session.scalars(stmt).first()


def thread_references(session: Session, contact_id: int) -> tuple[str, ...]:
    """The Message-IDs of the conversation, oldest first, for a reply's References."""
    stmt = (
        select(Message.rfc_message_id)
        .where(Message.contact_id == contact_id, Message.rfc_message_id.is_not(None))
        .order_by(Message.sent_at, Message.id)
    )
    return tuple(mid for mid in session.scalars(stmt) if mid)


def _replies(session: Session, contact_id: int) -> list[Message]:
    """The contact's messages, newest first."""
    stmt = (
        select(Message)
        .where(Message.contact_id == contact_id, Message.direction == Direction.IN)
        .order_by(Message.sent_at.desc(), Message.id.desc())
    )
    return list(session.scalars(stmt))


def _reply_text(message: Message) -> str:
    """What the contact wrote in ``message`` (their new text, quotes removed)."""
    verdict: dict[str, Any] = message.verdict or {}
    return str(verdict.get("reply_text") or message.gist or "")


def _their_zone(replies: list[Message]) -> tzinfo | None:
    """The UTC offset the contact wrote their times in, from their newest reply that had one."""
    for message in replies:
        for window in (message.verdict or {}).get("proposed_times", []):
            offset = datetime.fromisoformat(window["start"]).utcoffset()
            if offset is not None:
                return timezone(offset)
    return None


def _thread_subject(session: Session, contact_id: int) -> str | None:
    """The subject the conversation started with (drafting strips any reply markers)."""
    stmt = (
        select(Message.subject)
        .where(Message.contact_id == contact_id, Message.subject.is_not(None))
        .order_by(Message.sent_at, Message.id)
        .limit(1)
    )
    return session.scalars(stmt).first()


def _previous(session: Session, settings: Settings, contact: Contact) -> Quoted | None:
    """The newest message of the conversation, to quote under a reply."""
    stmt = (
        select(Message)
        .where(Message.contact_id == contact.id)
        .order_by(Message.sent_at.desc(), Message.id.desc())
        .limit(1)
    )
    newest = session.scalars(stmt).first()
    if newest is None or newest.sent_at is None:
        return None
    if newest.direction is Direction.IN:
        return Quoted(author=contact.name, at=newest.sent_at, text=_reply_text(newest))
    sent = session.scalars(
        select(Draft.sent_text)
        .where(Draft.contact_id == contact.id, Draft.status == DraftStatus.SENT)
        .order_by(Draft.updated_at.desc(), Draft.id.desc())
        .limit(1)
    ).first()
    if not sent:
        return None
    return Quoted(author=settings.user.name, at=newest.sent_at, text=sent)


def _referred(session: Session, contact: Contact) -> list[str]:
    """The people this contact referred the user to, in the order they were added."""
    stmt = select(Contact.name).where(Contact.referred_by_id == contact.id).order_by(Contact.id)
    return list(session.scalars(stmt))


def draft_context(session: Session, settings: Settings, contact: Contact) -> DraftContext:
    """Everything a template may use about ``contact``, from the store."""
    notes = repo.notes_of(session, contact)
    replies = _replies(session, contact.id)
    said = [_reply_text(message) for message in replies]
    facts = ContactFacts(
        name=contact.name,
        email=contact.email or "",
        organization=contact.organization,
        role=contact.role,
        how_found=contact.how_found,
        referrer_name=contact.referred_by_name,
        notes=[(n.created_at.date(), n.body) for n in notes if n.kind is NoteKind.NOTE],
        takeaways=[n.body for n in notes if n.kind is NoteKind.TAKEAWAY],
        earlier_gist=[text for text in said[:_GIST_COUNT] if text],
    )
    meeting = current_meeting(session, contact.id)
    facts_meeting = None
    if meeting is not None:
        # The row's place comes only from the calendar (their invitation's
        # location), never from the user's preference: it was agreed.
        facts_meeting = MeetingFacts(
            start=meeting.start, end=meeting.end, place=meeting.place, link=meeting.link
        )
    updates = [n.body for n in notes if n.kind is NoteKind.UPDATE]
    return DraftContext(
        sender=sender_of(settings),
        contact=facts,
        meeting=facts_meeting,
        their_zone=_their_zone(replies),
        their_subject=_thread_subject(session, contact.id),
        progress_note=updates[-1] if updates else None,
        referred=_referred(session, contact),
        agreed_medium=medium_in(said),
        agreed_link=link_in(said),
        quoted=_previous(session, settings, contact),
    )
