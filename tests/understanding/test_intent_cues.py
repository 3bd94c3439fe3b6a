"""Whole-phrase intent cues and the people named, on short replies we wrote."""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest

from workflows.stages import Intent
from workflows.understanding import Verdict, understand

HEADERS = (
    "From: Dana Reyes <dana@example.com>\nTo: Jordan Lee <jordan@example.com>\n"
    "Cc: Lena Fischer <lena@brightline.example>\n"
    "Subject: Re: chat\nDate: Mon, 07 Dec 2026 09:00:00 -0500\n\n"
)
OUTREACH = (
    "\n\nOn Fri, Dec 4, 2026 at 10:00 AM Jordan Lee <jordan@example.com> wrote:\n"
    "> Would you have 20 minutes for a chat in the next few weeks?\n"
)


def read(body: str) -> Verdict:
    raw = (HEADERS + body + OUTREACH).encode()
    return understand(raw, tz=UTC, meeting_length=timedelta(minutes=30))


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        (
            "I think you have the wrong Sam Patel, I'm a landscape architect in Austin.",
            Intent.OTHER,
        ),
        (
            "We're in the middle of a reorg. Let me get through that and I'll get back to you.",
            Intent.DEFER,
        ),
        (
            "I'd love to, but I'm heads down on a launch until mid-January. Ping me then?",
            Intent.DEFER,
        ),
        ("I'm on parental leave until March 2. Happy to chat after that!", Intent.DEFER),
        (
            "I'm stretched thin this month, but my former teammate Lena\nFischer does exactly"
            " this work now. I've copied her here.",
            Intent.REFERRAL,
        ),
        (
            "Donderdagmiddag na drieën kan ik wel even bellen. Past dat niet, plan dan zelf iets"
            " in via https://cal.com/dana-reyes/kennismaking",
            Intent.PROPOSE_TIMES,
        ),
    ],
)
def test_the_reply_is_read_with_certainty(body: str, intent: Intent) -> None:
    verdict = read(body)
    assert (verdict.intent, verdict.certain) == (intent, True)


def test_another_slot_at_a_booking_link_is_not_a_reschedule() -> None:
    verdict = read(
        "Thursday Dec 10 at 10am ET works. Also feel free to grab another slot at"
        " https://calendly.com/dana/30min if that's easier."
    )
    assert verdict.intent is not Intent.RESCHEDULE


def test_a_dutch_day_and_part_in_one_word_with_after_three_is_that_afternoon() -> None:
    verdict = read("Donderdagmiddag na drieën kan ik wel even bellen.")
    assert [f"{w.start:%a %H:%M}-{w.end:%H:%M}" for w in verdict.proposed_times] == [
        "Thu 15:00-17:00"
    ]


def test_an_address_starting_near_the_name_is_read_whole() -> None:
    verdict = read(
        "I'm not the best contact for product. Please reach out to Tom Becker, who partners"
        " with our product org: tom.becker@nimbus-rx.com. I've let him know."
    )
    assert verdict.intent is Intent.REFERRAL
    assert [(r.name, r.email) for r in verdict.referrals] == [
        ("Tom Becker", "tom.becker@nimbus-rx.com")
    ]


def test_about_two_years_is_not_a_time() -> None:
    verdict = read(
        "Not sure how useful I'd be, I've been in product about two years. But happy"
        " to chat! Send over a few times that work for you."
    )
    assert (verdict.intent, verdict.certain, verdict.proposed_times) == (Intent.ACCEPT, True, ())
