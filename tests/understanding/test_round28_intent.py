"""Round 28: referrals written the way Outlook and a hurried sender write them.

Outlook puts a colleague on the Cc line as "Last, First" while the sentence says "First
Last": the address on the Cc line is that person's. "The person you want is Kim Osei":
the one to see named after the cue, not before it ("Kim Osei is who you want"). Sentences
of our own, each rule with a near miss.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import read_reply
from workflows.stages import Intent

_QUOTE = (
    "\n\nOn Mon, Mar 13, 2028 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Could we talk for 20 minutes? Wednesday, March 15 at 9:00 am would suit me.\n>\n> Ada\n"
)
_DATE = "Tue, 14 Mar 2028 10:00:00 -0400"
_NEW_YORK = ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    ("body", "cc", "name", "email"),
    [
        ("Looping in Marta Quist from our planning team - she's much closer to this.\n\nLi\n",
         '"Quist, Marta" <marta.quist@example.org>', "Marta Quist", "marta.quist@example.org"),
        ("I've cc'd Tobias Wren, who runs the graduate scheme. Tobias, over to you.\n\nLi\n",
         "Wren, Tobias <t.wren@example.org>", "Tobias Wren", "t.wren@example.org"),
        ("Je mets en copie Hélène Garnier, elle saura mieux vous répondre.\n\nLi\n",
         # A mail client writes an accented display name as an encoded word.
         "=?utf-8?q?Garnier=2C_H=C3=A9l=C3=A8ne?= <helene.garnier@example.fr>", "Hélène Garnier",
         "helene.garnier@example.fr"),
    ],
)  # fmt: skip
def test_a_cc_written_last_comma_first_gives_the_named_person_an_address(
    body: str, cc: str, name: str, email: str
) -> None:
    verdict = read_reply(body, tz=_NEW_YORK, date=_DATE, quote=_QUOTE, headers=f"Cc: {cc}\n")
    assert verdict.intent is Intent.REFERRAL
    assert [(r.name, r.email) for r in verdict.referrals] == [(name, email)]


def test_near_miss_a_cc_of_someone_else_gives_the_named_person_no_address() -> None:
    body = "Looping in Marta Quist from our planning team - she's much closer to this.\n\nLi\n"
    cc = 'Cc: "Berg, Olaf" <olaf.berg@example.org>\n'
    verdict = read_reply(body, tz=_NEW_YORK, date=_DATE, quote=_QUOTE, headers=cc)
    assert ("Marta Quist", "marta.quist@example.org") not in [
        (r.name, r.email) for r in verdict.referrals
    ]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("I'd be no use to you, I'm in finance now. The person you want is Kim Adeyemi on our "
         "recruiting team.\n\nLi\n", "Kim Adeyemi"),
        ("Honestly the one you should talk to is Ravi Menon - he hires every analyst we take on."
         "\n\nLi\n", "Ravi Menon"),
        ("No soy la indicada para esto. La persona que buscas es Carmen Vidal, de selección."
         "\n\nLi\n", "Carmen Vidal"),
    ],
)  # fmt: skip
def test_the_person_you_want_named_after_the_cue_is_a_referral(body: str, name: str) -> None:
    verdict = read_reply(body, tz=_NEW_YORK, date=_DATE, quote=_QUOTE)
    assert verdict.intent is Intent.REFERRAL
    assert [r.name for r in verdict.referrals] == [name]
    assert verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "The one you want is Wednesday at 9 - see you then.\n\nLi\n",
        "The person you want is busy this week, sorry.\n\nLi\n",
    ],
)
def test_near_miss_the_one_you_want_without_a_person_is_no_referral(body: str) -> None:
    verdict = read_reply(body, tz=_NEW_YORK, date=_DATE, quote=_QUOTE)
    assert verdict.intent is not Intent.REFERRAL
    assert verdict.referrals == ()


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for writing. Truthfully I won't be much help - I left the analytics side a decade "
        "ago. Best of luck!\n\nLi\n",
        "Kind of you to ask, but I wouldn't be of any use here; I only staffed the booth that "
        "day. I'd hate to waste your time.\n\nLi\n",
        "Honestly I'm not going to be much use to you - I'm in IT these days. Good luck with "
        "the search!\n\nLi\n",
    ],
)
def test_not_much_help_is_a_decline(body: str) -> None:
    verdict = read_reply(body, tz=_NEW_YORK, date=_DATE, quote=_QUOTE)
    assert verdict.intent is Intent.DECLINE


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("Wednesday at 9 works for me. I won't be much help on pricing, but happy to talk "
         "about the rest.\n\nLi\n", Intent.ACCEPT),
        ("I'm not going to be much help myself - talk to Ravi Menon (ravi@example.org), he "
         "runs the team.\n\nLi\n", Intent.REFERRAL),
    ],
)  # fmt: skip
def test_near_miss_not_much_help_beside_a_yes_or_a_person_keeps_its_reading(
    body: str, intent: Intent
) -> None:
    verdict = read_reply(body, tz=_NEW_YORK, date=_DATE, quote=_QUOTE)
    assert verdict.intent is intent
