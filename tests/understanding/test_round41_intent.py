"""Round 41, intent: what replies_blind42 read wrong after its first score.

A name written to the one person the mail is addressed to is that person, not someone the user
is sent to ("ignore my last email Ada, wrong thread"). Sentences of our own, with near misses
that keep their referral: another person named, several addressees, a name with an address.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import read_reply
from workflows.stages import Intent

_TZ = ZoneInfo("Asia/Tokyo")
_DATE = "Thu, 15 Sep 2033 09:20:00 +1200"
_ASK = (
    "\n\nOn Wed, 14 Sep 2033 at 10:12, Ada Obi <ada@example.com> wrote:\n"
    "> Could we have a 20-minute call? Tue 20 Sep at 8:00 or Wed 21 Sep at 17:00 (JST).\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "Ignore my last email Ada, wrong thread - that was meant for someone else. Will reply"
        " to yours properly soon.",
        "Sorry, please disregard my previous email Ada, it went to the wrong person. Proper"
        " answer soon.",
        "Please ignore the mail I just sent you Ada - wrong thread! I'll get back to you on the"
        " call this week.",
    ],
)
def test_a_name_of_the_one_addressee_is_no_referral(body: str) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_ASK)
    assert verdict.intent is not Intent.REFERRAL
    assert [r.name for r in verdict.referrals] == []


@pytest.mark.parametrize(
    ("body", "to", "name"),
    [
        # Someone else named: still a referral.
        (
            "I'm not the right person, but you should email Maya Chen"
            " (maya.chen@example.org), she leads that team.",
            "Ada Obi <ada@example.com>",
            "Maya Chen",
        ),
        # Two addressees: the second may well be the person the user is sent to.
        (
            "Ada, you should really talk to Maya about this - she runs our climate work.",
            "Ada Obi <ada@example.com>, Maya Chen <maya.chen@example.org>",
            "Maya Chen",
        ),
    ],
)
def test_someone_else_named_is_still_a_referral(body: str, to: str, name: str) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_ASK, to=to)
    assert verdict.intent is Intent.REFERRAL
    assert name in [r.name for r in verdict.referrals]
