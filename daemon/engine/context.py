"""What the store knows about a contact, as the drafting layer's records."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from daemon.settings import Settings
from daemon.store import repo
from daemon.store.models import Contact, Direction, Meeting, MeetingStatus, Message
from workflows.drafting import ContactFacts, DraftContext, MeetingFacts, Sender

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


def thread_subject(session: Session, contact: Contact) -> str | None:
    """The subject of the thread a reply goes into: its newest message's, whoever wrote it.

    Gmail keeps a draft in the thread it names only if the subject matches
    too ("Managing threads"), so a reply written before the contact ever
    wrote (a confirmation of their invitation) must still carry it.
    """
    stmt = select(Message.subject).where(
        Message.contact_id == contact.id, Message.subject.is_not(None)
    )
    if contact.thread_id:
        stmt = stmt.where(Message.thread_id == contact.thread_id)
    return session.scalars(
        stmt.order_by(Message.sent_at.desc(), Message.id.desc()).limit(1)
    ).first()


def thread_references(session: Session, contact_id: int) -> tuple[str, ...]:
    """The Message-IDs of the conversation, oldest first, for a reply's References."""
    stmt = (
        select(Message.rfc_message_id)
        .where(Message.contact_id == contact_id, Message.rfc_message_id.is_not(None))
        .order_by(Message.sent_at, Message.id)
    )
    return tuple(mid for mid in session.scalars(stmt) if mid)


def draft_context(session: Session, settings: Settings, contact: Contact) -> DraftContext:
    """Everything a template may use about ``contact``, from the store."""
    notes = [(note.created_at.date(), note.body) for note in repo.notes_of(session, contact)]
    gists = session.scalars(
        select(Message.gist)
        .where(Message.contact_id == contact.id, Message.gist.is_not(None))
        .order_by(Message.sent_at.desc(), Message.id.desc())
        .limit(_GIST_COUNT)
    )
    facts = ContactFacts(
        name=contact.name,
        email=contact.email or "",
        organization=contact.organization,
        role=contact.role,
        how_found=contact.how_found,
        referrer_name=contact.referred_by_name,
        notes=notes,
        earlier_gist=[gist for gist in gists if gist],
    )
    meeting = current_meeting(session, contact.id)
    facts_meeting = None
    if meeting is not None:
        facts_meeting = MeetingFacts(
            start=meeting.start,
            end=meeting.end,
            place=meeting.place or settings.user.meeting_place,
            link=meeting.link,
        )
    return DraftContext(
        sender=sender_of(settings),
        contact=facts,
        meeting=facts_meeting,
        their_subject=thread_subject(session, contact),
    )
