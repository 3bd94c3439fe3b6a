"""The drafts as the daemon writes them: facts read from a real store, by ``draft_context``.

What may reach an outgoing draft is decided when the store is read: a plain
note is private (the brief only), a takeaway feeds the thank-you, an update
the follow-up; referrals, the thread's subject, the previous message and the
agreed medium come from what was stored, never from a default.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from daemon.engine.context import draft_context
from daemon.settings import Settings
from daemon.store import repo
from daemon.store.db import Store
from daemon.store.models import (
    Account,
    Contact,
    Direction,
    Draft,
    DraftStatus,
    Meeting,
    MeetingStatus,
    Message,
    NoteKind,
)
from workflows.drafting import DraftContext, build_brief, render_draft
from workflows.stages import DraftKind

MET_AT = datetime(2026, 3, 10, 17, 0, tzinfo=UTC)
PRIVATE = "Maya says he mentors career changers and hates small talk"
SUBJECT = "A question about your work at Acme Health"


@pytest.fixture
def settings() -> Settings:
    return Settings.model_validate(
        {
            "user": {
                "name": "Sam Rivera",
                "email": "sam@example.com",
                "timezone": "America/Los_Angeles",
                "pitch": "I taught chemistry for eight years",
                "exploring": "a move into UX research",
                "meeting_place": "a video call",
            }
        }
    )


@pytest.fixture
def session(store: Store) -> Iterator[Session]:
    with store.transaction() as session:
        yield session


@pytest.fixture
def dana(session: Session) -> Contact:
    contact = repo.add_contact(
        session, name="Dana Lee", email="dana@acme.example", organization="Acme Health"
    ).contact
    session.add(
        Meeting(
            contact_id=contact.id,
            start=MET_AT,
            end=MET_AT + timedelta(minutes=30),
            status=MeetingStatus.DONE,
        )
    )
    session.flush()
    return contact


def every_draft(ctx: DraftContext) -> dict[DraftKind, str]:
    """Every kind rendered from ``ctx`` (the scheduling reply offering a slot)."""
    slot = (MET_AT + timedelta(days=1), MET_AT + timedelta(days=1, minutes=30))
    extras = {
        DraftKind.REFERRAL_OUTREACH: {"contact": replace(ctx.contact, referrer_name="Maria")},
        DraftKind.SCHEDULING_REPLY: {"offered_slots": [slot]},
        DraftKind.FOLLOW_UP: {"progress_note": ctx.progress_note or "I took a course"},
    }
    return {
        kind: render_draft(kind, replace(ctx, **extras.get(kind, {}))).text for kind in DraftKind
    }


def _message(session: Session, contact: Contact, **fields: object) -> Message:
    account = session.query(Account).first()
    if account is None:
        account = Account(provider="google", address="sam@example.com")
        session.add(account)
        session.flush()
    number = session.query(Message).count()
    message = Message(
        account_id=account.id,
        provider_id=f"m{number}",
        contact_id=contact.id,
        thread_id="t1",
        rfc_message_id=f"<m{number}@example.com>",
        **fields,
    )
    session.add(message)
    session.flush()
    return message


def test_a_note_written_on_the_day_of_the_meeting_never_reaches_a_draft(session, settings, dana):
    repo.add_note(session, dana, PRIVATE, at=MET_AT - timedelta(hours=2))
    ctx = draft_context(session, settings, dana)
    for kind, text in every_draft(ctx).items():
        assert "career changers" not in text, kind
        assert "small talk" not in text, kind
    # The brief, which stays on the user's calendar, is where it belongs.
    assert PRIVATE in build_brief(ctx).text


def test_a_takeaway_reaches_the_thank_you_turned_to_the_contact(session, settings, dana):
    repo.add_note(
        session, dana, "she said portfolios matter more than certificates", kind=NoteKind.TAKEAWAY
    )
    text = render_draft(DraftKind.THANK_YOU, draft_context(session, settings, dana)).text
    assert "you said portfolios matter more than certificates." in text
    assert "she said" not in text


def test_the_follow_up_tells_the_newest_update(session, settings, dana):
    repo.add_note(session, dana, "I applied to the UXPA mentorship", kind=NoteKind.UPDATE)
    repo.add_note(session, dana, "I finished my first usability study", kind=NoteKind.UPDATE)
    ctx = draft_context(session, settings, dana)
    assert ctx.progress_note == "I finished my first usability study"
    assert "I finished my first usability study." in render_draft(DraftKind.FOLLOW_UP, ctx).text


def test_the_close_out_thanks_for_the_people_the_contact_referred(session, settings, dana):
    for name, email in (("Tomás Ruiz", "tomas@acme.example"), ("Ana Silva", "ana@acme.example")):
        repo.add_contact(session, name=name, email=email, referred_by=dana)
    ctx = draft_context(session, settings, dana)
    assert list(ctx.referred) == ["Tomás Ruiz", "Ana Silva"]
    assert "Tomás Ruiz and Ana Silva" in render_draft(DraftKind.CLOSE_OUT, ctx).text


def test_replies_thread_on_the_original_subject_and_quote_the_last_message(session, settings, dana):
    _message(session, dana, direction=Direction.OUT, subject=SUBJECT, sent_at=MET_AT)
    session.add(
        Draft(
            contact_id=dana.id,
            kind="outreach",
            key="k1",
            status=DraftStatus.SENT,
            sent_text="Hi Dana,\n\nI found your role through the alumni directory.\n",
        )
    )
    ctx = draft_context(session, settings, dana)
    nudge = render_draft(DraftKind.NUDGE, ctx)
    assert nudge.subject == f"Re: {SUBJECT}"
    assert "On March 10, 2026, Sam Rivera wrote:\n> Hi Dana,\n> I found your role" in nudge.text

    _message(
        session,
        dana,
        direction=Direction.IN,
        subject=f"Automatic reply: {SUBJECT}",
        sent_at=MET_AT + timedelta(hours=1),
        verdict={"reply_text": "I am out of the office until Monday."},
    )
    ctx = draft_context(session, settings, dana)
    nudge = render_draft(DraftKind.NUDGE, ctx)
    assert nudge.subject == f"Re: {SUBJECT}"
    assert "Dana Lee wrote:\n> I am out of the office until Monday." in nudge.text


def test_the_medium_is_what_they_said_never_the_users_default(session, settings, dana):
    ctx = draft_context(session, settings, dana)
    confirmation = render_draft(DraftKind.CONFIRMATION, ctx).text
    assert "video" not in confirmation
    _message(
        session,
        dana,
        direction=Direction.IN,
        subject=f"Re: {SUBJECT}",
        sent_at=MET_AT - timedelta(days=2),
        verdict={"reply_text": "Sure! A phone call is easiest for me, Tuesday works."},
    )
    confirmation = render_draft(DraftKind.CONFIRMATION, draft_context(session, settings, dana))
    assert ", by phone." in confirmation.text


def test_the_place_their_invitation_names_is_stated_even_when_it_is_the_users_choice(
    session, settings, dana
):
    # Given the user likes to meet at a café, and her invitation names that very café
    cafe = "the Blue Bottle on Mint Plaza"
    settings = settings.model_copy(
        update={"user": settings.user.model_copy(update={"meeting_place": cafe})}
    )
    meeting = session.scalars(select(Meeting).where(Meeting.contact_id == dana.id)).one()
    meeting.place = cafe
    session.flush()
    # Then the confirmation and the brief state it: it was agreed, not merely wished
    ctx = draft_context(session, settings, dana)
    assert cafe in render_draft(DraftKind.CONFIRMATION, ctx).text
    assert f"- Where: {cafe}" in build_brief(ctx).text
