"""Round 64, part I: a plain "wouldn't be the right person", a subject-less holding note,
"hit up" someone, and a forward that leaves the user with the person it was sent to.

- "I honestly wouldn't be the right person to ask" is the sender's own judgement: a no
  (the hedge "not sure I'd be the right person" stays no cue).
- "between meetings, will look at the slots tonight and get back to you": a phone note drops
  the "I"; it is still a holding note (`other`, convention (i)).
- "hit up my old colleague Tomas Lindqvist": someone to write to, named with no address.
- A forward sent to someone else with the user copied, that ends "over to you both" or "I'll
  let you two take it from here", hands the user to the person it was sent to.
- A no said of the user's offered times ("pas disponible aux créneaux proposés") turns down
  those times, not the chat: the sender's own time (and link) beside it is an offer.
- Near misses: "let you both know", a hedged "not sure I'd be the right person", a hand-off
  phrase with no one else on the envelope.

Every reply is written on Tuesday 31 May 2033 under the user's two offers (Friday 3 June 11:00,
Tuesday 7 June 15:00, Zurich time). Sentences are our own.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, is_safe, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

ZURICH = ZoneInfo("Europe/Zurich")
DATE = "Tue, 31 May 2033 09:30:00 +0200"
QUOTE = (
    "\n\nOn Mon, May 30, 2033 at 8:15 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would either of these suit you (Zurich time)?\n"
    "> - Friday 3 June, 11:00\n"
    "> - Tuesday 7 June, 15:00\n"
)
FORWARDED = (
    "\n\n---------- Forwarded message ---------\n"
    "From: Ada Obi <ada@example.com>\nDate: Mon, May 30, 2033 at 8:15 AM\n"
    "Subject: chat\nTo: Kai Berg <kai@example.com>\n\n"
    "Would either of these suit you (Zurich time)?\n"
    "- Friday 3 June, 11:00\n- Tuesday 7 June, 15:00\n"
)
SIG = "\n\nBest,\nKai\n"
MIRA = "Mira Sato <mira.sato@example.ch>"
COPIED_USER = "Cc: Ada Obi <ada@example.com>\n"


def _read(body: str, **envelope: str) -> Verdict:
    return read_reply(body + SIG, tz=ZURICH, date=DATE, quote=QUOTE, **envelope)


def _forward(body: str, cc: str = COPIED_USER) -> Verdict:
    return read_reply(body + SIG + FORWARDED, tz=ZURICH, date=DATE, to=MIRA, headers=cc)


# body, intent, referrals (name, email): clear replies, read certain and right, no times.
CLEAR: list[tuple[str, Intent, list[tuple[str, str | None]]]] = [
    (
        "Hi Ada - I left design for sales engineering two years back, so I honestly wouldn't be"
        " the right person to ask about any of this. Best of luck!",
        Intent.DECLINE,
        [],
    ),
    (
        "Thanks for thinking of me. These days I run the finance systems team, so I wouldn't"
        " really be the best person for product questions. Good luck with the move.",
        Intent.DECLINE,
        [],
    ),
    (
        "Hey, saw this - in back-to-back interviews all day, will look at the slots tonight and"
        " get back to you.",
        Intent.OTHER,
        [],
    ),
    (
        "Not my field any longer (I do infrastructure now), but hit up my old colleague Tomas"
        " Lindqvist, he leads research at a bank in Oslo. No address to hand, he's on LinkedIn.",
        Intent.REFERRAL,
        [("Tomas Lindqvist", None)],
    ),
]


@pytest.mark.parametrize(("body", "intent", "referrals"), CLEAR)
def test_clear_reply_is_read_surely(
    body: str, intent: Intent, referrals: list[tuple[str, str | None]]
) -> None:
    verdict = _read(body)
    assert verdict.certain, (verdict.intent, doubt_codes(verdict))
    assert verdict.intent is intent
    assert not verdict.proposed_times
    assert verdict.return_date is None
    assert [(r.name, r.email) for r in verdict.referrals] == referrals


HAND_OFFS = [
    "Hi Mira,\n\nSending you a note from Ada, who is moving from finance into product. You made"
    " the same move - could you spare her half an hour?\n\nAda, Mira runs product for our"
    " payments team. Over to you both.",
    "Mira - passing this on from Ada, who wants to hear how people get into product. You're"
    " much better placed than I am.\n\nAda, meet Mira; I'll leave you two to find a time.",
]


@pytest.mark.parametrize("body", HAND_OFFS)
def test_forward_that_leaves_the_user_with_its_addressee_refers(body: str) -> None:
    verdict = _forward(body)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.REFERRAL
    assert not verdict.proposed_times
    assert [(r.name, r.email) for r in verdict.referrals] == [("Mira Sato", "mira.sato@example.ch")]


LINK = "https://calendly.com/kai-berg/30min"
# body, link: the user's times turned down, the sender's own offered (Wednesday 8 June 14:00).
OFFERS_AFTER_REFUSED_TIMES = [
    (
        "Bonjour Ada, je ne suis pas disponible aux créneaux proposés. Je peux mercredi 8 juin à"
        f" 14h ; sinon, prenez directement un rendez-vous ici : {LINK}",
        LINK,
    ),
    (
        "I'm not able to make your times - could do Wednesday 8 June at 2pm instead, or book"
        f" whatever suits you here: {LINK}",
        LINK,
    ),
]


@pytest.mark.parametrize(("body", "link"), OFFERS_AFTER_REFUSED_TIMES)
def test_no_to_the_offered_times_beside_an_offer_proposes(body: str, link: str) -> None:
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, ZURICH) == [datetime(2033, 6, 8, 14)]
    assert verdict.scheduling_link == link


# Near misses: each must stay in doubt, or be certain with nothing to book, and name no one.
FORWARD_NEAR_MISSES = [
    # Telling both something later is no hand-off.
    "Mira, Ada - I'll let you both know on Friday whether the workshop goes ahead.",
    # No one else on the envelope is named: the hand-off points to no one the reader can see.
    "Forwarding this on. I'll let you two take it from here.",
]


@pytest.mark.parametrize("body", FORWARD_NEAR_MISSES)
def test_forward_near_miss_names_no_one(body: str) -> None:
    verdict = _forward(body, cc="Cc: Ada Obi <ada@example.com>, Jo Lind <jo.lind@example.ch>\n")
    assert is_safe(verdict), (verdict.intent, doubt_codes(verdict))
    assert verdict.intent is not Intent.REFERRAL or not verdict.certain


NEAR_MISSES = [
    # A hedge, as often followed by a yes.
    "Not sure I'd be the right person for this, to be honest.",
    # A no to one part beside a yes to the rest.
    "I wouldn't be the right person for the technical side, but happy to chat about the rest.",
    # "Hit up" with no person after it.
    "Hit up the careers page first, then let's see.",
    # A no to the chat, the user's times named only as fine.
    "Your slots are fine but unfortunately I'm not able to help. Wednesday 8 June at 2pm is my"
    " only free hour anyway.",
    # Someone else will look, not the sender.
    "My assistant will look at the times tonight and get back to you.",
]


@pytest.mark.parametrize("body", NEAR_MISSES)
def test_near_miss_stays_safe(body: str) -> None:
    verdict = _read(body)
    assert is_safe(verdict), (verdict.intent, local_starts(verdict, ZURICH), doubt_codes(verdict))
    assert not verdict.referrals
