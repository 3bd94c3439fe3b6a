"""Mend 57: one rule where there were two (booking links kept for others; "if so" after a question).

- Links: a booking page on a line that names whom it is for ("Partners: <link>", "for vendors
  <link>", "patients book here <link>", "Sales demos: <link>") or is kept for someone after it
  ("<link> (reserved for our partners)", "<link> for support") is not offered to the user. One
  audience list now serves both the words after the link and any word earlier on its line; the
  colon-only rule before the link is gone. "Partners and friends, grab a slot: <link>" is
  dropped too (decided: "Customers and friends, …" always was, and a dropped link only takes an
  accept away). A firm's name or a title on the link's line ("Hudson Climate Partners | <link>",
  "Kai Berg, Partner | <link>") is no audience: the link stays the answer.
- "If so" after the sender's question: one pattern reads both the opening "If so, apply through
  the portal - I can't take calls" (a no that hangs on the answer, unless "either way" holds it)
  and "Happy to help if so" (a yes that waits on it). The question and the clause may now be
  apart by a blank line or two spaces. "Are you a student? If so, happy to help." is still a
  certain accept (pinned).

London user, written on Monday 12 June 2028 under the user's open ask.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_read_right,
    doubt_codes,
    is_safe,
    local_starts,
    pinned,
    read_reply,
)
from workflows.stages import Intent
from workflows.understanding import Verdict
from workflows.understanding.links import find_scheduling_link

A, N, OTH = Intent.ACCEPT, Intent.DECLINE, Intent.OTHER

_ZONE = ZoneInfo("Europe/London")
_DATE = "Mon, 12 Jun 2028 09:10:00 +0100"
_QUOTE = (
    "\n\nOn Fri, Jun 9, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n> Hi Kai, I'd love 20"
    " minutes of your time in the next couple of weeks, whenever suits you.\n>\n> Ada\n"
)
_LINK = "https://calendly.com/kai-berg/30min"
# The body points at the signature's link, so the link is the answer unless it is kept for others.
_POINTS = "Happy to chat! Grab any time on my calendar (link below).\n\nKai Berg\n"


def _read(body: str) -> Verdict:
    return read_reply(body, tz=_ZONE, date=_DATE, quote=_QUOTE)


# ---- links kept for someone else: passed over ----
KEPT_FOR_OTHERS = [
    "Partners: " + _LINK,
    "for vendors " + _LINK,
    "patients book here " + _LINK,
    "Partners and friends, grab a slot: " + _LINK,
    "Partner: " + _LINK,
    "Vendors | " + _LINK,
    "Sales demos: " + _LINK,
    "Office hours for my students: " + _LINK,
    "Customers and friends, grab a slot: " + _LINK,
    _LINK + " (reserved for our partners)",
    _LINK + " - for existing clients",
    _LINK + " for support",
    _LINK + " (for patients)",
]


@pytest.mark.parametrize("line", KEPT_FOR_OTHERS)
def test_link_kept_for_others_is_passed_over(line: str) -> None:
    assert find_scheduling_link(f"Kai Berg\n{line}\n") is None
    verdict = _read(_POINTS + line)
    assert verdict.scheduling_link is None, (verdict.intent, doubt_codes(verdict))
    assert is_safe(verdict)


# ---- the sender's own page: the answer ----
MINE: list[str] = [
    _LINK,
    "Book me: " + _LINK,
    "Grab a slot: " + _LINK,
    # A title or a firm's name on the link's line is no audience.
    "Kai Berg, Partner | " + _LINK,
    "Hudson Climate Partners | " + _LINK,
    "Jo Lee | Hudson Climate Partners | " + _LINK,
]


@pytest.mark.parametrize("line", MINE)
def test_own_page_is_the_answer(line: str) -> None:
    verdict = _read(_POINTS + line)
    assert_read_right(verdict, _ZONE, A, [])
    assert verdict.scheduling_link == _LINK


# ---- "if so" after the sender's question ----
HANGS: list[tuple[str, Intent]] = [
    # A yes that waits on the answer.
    ("Are you a student? Happy to help if so.", OTH),
    ("Are you a student?\n\nHappy to help if so.", OTH),
    ("Are you a student?  Happy to help if so.", OTH),
    ("Are you a student? If so, happy to help if so.", OTH),
    ("Still at uni? Glad to chat for a bit if so.", OTH),
    # A no that waits on it.
    (
        "Is this about the role we posted? If so, please apply through the portal - I can't"
        " take calls outside the process.",
        OTH,
    ),
    ("Is this about the role? If so, I can't take calls if so.", OTH),
    # A no said outright, then a yes of another kind that waits on the question.
    ("Sorry, I can't do calls. Are you a student? Happy to help by email if so.", OTH),
    # "Either way": the no stands whatever the answer.
    (
        "Is this about the role we posted? If so, please apply through the portal. Either way,"
        " I can't take calls.",
        N,
    ),
    # An opening "If so," with a yes in it: pinned below.
    ("Are you a student? If so, happy to help.", OTH),
]
HANGS_LEFT = {
    "Are you a student? If so, happy to help.": "a yes inside an opening 'If so,' is read as a"
    " certain accept: only a no there is weighed (`_no_hangs_on_question`), and the decline"
    " branch must not take an 'If so, …' whose no stands 'either way' for a request",
}


@pytest.mark.parametrize(("body", "intent"), pinned(HANGS, HANGS_LEFT))
def test_answer_hanging_on_the_question(body: str, intent: Intent) -> None:
    verdict = _read(body)
    assert verdict.certain, (verdict.intent, doubt_codes(verdict))
    assert verdict.intent is intent, (verdict.intent, local_starts(verdict, _ZONE))
    assert not verdict.proposed_times
