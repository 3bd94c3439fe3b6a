"""A verdict stored as JSON reads back as it was (``coffeechat settle`` relies on it)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from workflows.people import Referral
from workflows.stages import Intent
from workflows.understanding import Doubt, TimeWindow, Verdict

PT = timezone(timedelta(hours=-8))


def test_a_verdict_reads_back_from_its_json_with_its_doubts() -> None:
    start = datetime(2026, 12, 10, 13, 30, tzinfo=PT)
    verdict = Verdict(
        intent=Intent.PROPOSE_TIMES,
        proposed_times=(TimeWindow(start, start + timedelta(hours=1)), TimeWindow(start, None)),
        scheduling_link="https://calendly.com/dana/30min",
        return_date=date(2026, 12, 14),
        referrals=(Referral("Priya Natarajan", "priya@acme.example"), Referral("Lee")),
        reply_text="How about Thursday at 6?",
        doubts=(Doubt("time_without_day", "a time offered with no day"),),
    )

    back = Verdict.from_json(verdict.to_json())

    assert back == verdict
    assert back.doubts == verdict.doubts and not back.certain
    assert back.proposed_times[0].start.utcoffset() == timedelta(hours=-8)
