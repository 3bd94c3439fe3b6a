"""An accepted time is restated in the contact's own zone when their clock differs."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

from workflows.drafting import ContactFacts, DraftContext, Sender, render_draft
from workflows.stages import DraftKind

CET = timezone(timedelta(hours=1))


def _accept(sender: Sender, contact: ContactFacts, their_zone: timezone | None) -> str:
    # 16:00 UTC on a December Wednesday: 8:00 AM in Los Angeles, 5:00 PM in Paris.
    start = datetime(2026, 12, 2, 16, tzinfo=UTC)
    ctx = DraftContext(
        sender=sender,
        contact=contact,
        accepted_window=(start, start + timedelta(minutes=20)),
        their_zone=their_zone,
    )
    return render_draft(DraftKind.SCHEDULING_REPLY, ctx).text


def test_a_time_they_proposed_in_cet_is_restated_in_their_time(
    sender: Sender, full_contact: ContactFacts
) -> None:
    text = _accept(
        sender.__class__(**{**sender.__dict__, "timezone": "America/Los_Angeles"}),
        full_contact,
        CET,
    )

    assert "Wednesday, December 2, 8:00–8:20 AM PT (5:00 PM your time)" in text


def test_no_restatement_when_their_clock_shows_the_same_time(
    sender: Sender, full_contact: ContactFacts
) -> None:
    la = replace(sender, timezone="America/Los_Angeles")
    text = _accept(la, full_contact, timezone(timedelta(hours=-8)))

    assert "8:00–8:20 AM PT" in text
    assert "your time" not in text
