"""Round 41, intent cues: what replies_blind42 read in doubt.

A no written "thanks …, but not for me right now" (the sender's moment, nobody else's yes), and
an Italian, Spanish or Portuguese "I put you in touch with …" read as pointing to someone.
Sentences of our own, with near misses that keep their reading.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent

TOKYO = ZoneInfo("Asia/Tokyo")

# The user's outreach from Tokyo, offering three times in May 2034.
_OFFERS = (
    "\n\nOn Mon, 8 May 2034 at 10:00, Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai, could I have 20 minutes for a video call? Any of these, Tokyo time:\n"
    "> - Tuesday 16 May, 09:00-09:30\n> - Wednesday 17 May, 18:00-18:30\n"
    "> - Thursday 18 May, 20:00-20:30\n"
)
_ENVELOPE = {"date": "Wed, 10 May 2034 08:15:00 +0200", "quote": _OFFERS, "tz": TOKYO}

# (what, body, expected): expected holds the intent, whether certain, or a doubt that must (or
# must not) be there.
ROWS: list[tuple[str, str, dict[str, Any]]] = [
    # "but not for me" after thanks, with the sender's "right now": a no, nobody else's yes.
    (
        "thanks but not for me right now",
        "thanks ada but not for me right now, all the best with the move",
        {"intent": Intent.DECLINE, "certain": True},
    ),
    (
        "appreciate it, but not for me at the moment",
        "Appreciate you asking, but not for me at the moment. Good luck!",
        {"intent": Intent.DECLINE, "not_doubt": "yes_for_someone_else"},
    ),
    (
        "kind of you but, not for me for now",
        "kind of you to write but, not for me for now. cheers",
        {"intent": Intent.DECLINE},
    ),
    (
        "near miss: a day that suits a colleague, but not me",
        "Thursday works for my manager, but not for me. Sorry!",
        {"not_intent": Intent.ACCEPT, "certain": False},
    ),
    (
        "near miss: not for me to decide",
        "Thanks, but not for me to decide, I'll ask around.",
        {"not_intent": Intent.DECLINE},
    ),
    # "ti metto in contatto con", "te pongo en contacto con", "te coloco em contato com": the
    # user put in touch with the person named next.
    (
        "Italian, metto in contatto",
        "Ciao Ada, non seguo più quel progetto, ti metto in contatto con Chiara Russo -"
        " chiara.russo@esempio.it - che lo guida adesso. Paolo",
        {"intent": Intent.REFERRAL, "referrals": ["Chiara Russo"]},
    ),
    (
        "Spanish, pongo en contacto",
        "Hola Ada, ya no llevo ese tema; te pongo en contacto con Lucía Ferrer"
        " (lucia.ferrer@ejemplo.es), que sabe mucho más. Pablo",
        {"intent": Intent.REFERRAL, "referrals": ["Lucía Ferrer"]},
    ),
    (
        "Portuguese, coloco em contato",
        "Olá Ada, já não cuido disso, mas te coloco em contato com Beatriz Lopes"
        " (beatriz.lopes@exemplo.pt). Rui",
        {"intent": Intent.REFERRAL, "referrals": ["Beatriz Lopes"]},
    ),
    (
        "near miss: the sender will be in touch",
        "Hola Ada, me pondré en contacto contigo la semana que viene. Pablo",
        {"not_intent": Intent.REFERRAL},
    ),
]


@pytest.mark.parametrize(("what", "body", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_round41_cues(what: str, body: str, expected: dict[str, Any]) -> None:
    verdict = read_reply(body, **_ENVELOPE)
    codes = doubt_codes(verdict)
    if "intent" in expected:
        assert verdict.intent is expected["intent"], (what, verdict.intent, codes)
    if "not_intent" in expected:
        assert verdict.intent is not expected["not_intent"], (what, codes)
    if "certain" in expected:
        assert verdict.certain is expected["certain"], (what, codes)
    if "not_doubt" in expected:
        assert expected["not_doubt"] not in codes, (what, codes)
    if "referrals" in expected:
        assert [r.name for r in verdict.referrals] == expected["referrals"], (what, codes)
