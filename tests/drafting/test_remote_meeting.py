"""A "place" that names a call (the default "a video call") is a medium, not a venue."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from workflows.drafting import (
    ContactFacts,
    DraftContext,
    MeetingFacts,
    Sender,
    build_brief,
    render_draft,
)
from workflows.stages import DraftKind


def test_video_call_reads_as_a_medium_in_drafts_and_brief(
    sender: Sender, full_contact: ContactFacts
) -> None:
    start = datetime(2026, 12, 1, 18, tzinfo=UTC)
    meeting = MeetingFacts(start=start, end=start + timedelta(minutes=20), place="a video call")
    ctx = DraftContext(sender=sender, contact=full_contact, meeting=meeting)

    confirmation = render_draft(DraftKind.CONFIRMATION, ctx).text
    brief = build_brief(ctx).text

    assert "over a video call" in confirmation
    assert "at a video call" not in confirmation
    assert "How: a video call" in brief
    assert "Plan your route" not in brief
    assert "Join a few minutes early" in brief


def test_a_real_venue_keeps_the_in_person_logistics(
    sender: Sender, full_contact: ContactFacts
) -> None:
    start = datetime(2026, 12, 1, 18, tzinfo=UTC)
    meeting = MeetingFacts(
        start=start, end=start + timedelta(minutes=20), place="Blue Bottle Coffee, 66 Mint St"
    )
    ctx = DraftContext(sender=sender, contact=full_contact, meeting=meeting)

    assert "at Blue Bottle Coffee" in render_draft(DraftKind.CONFIRMATION, ctx).text
    assert "Plan your route" in build_brief(ctx).text
