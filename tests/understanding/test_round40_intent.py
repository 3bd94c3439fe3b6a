"""Round 40, intent and referrals: what replies_blind41 read in doubt.

A phone "not gonna be able to", a habit refused in the progressive ("no estoy aceptando este
tipo de charlas"), a person handed on ("te paso a …", "je te passe le contact de …"), a full
name praised with "would be perfect", an absence set against a person named after "but", an
offer with its "I" dropped ("Could do Monday …") and an Italian "ti andrebbe …?". Sentences of
our own, with near misses that keep their reading.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent

MADRID = ZoneInfo("Europe/Madrid")

# The user's outreach from Madrid, offering three times in March 2033.
_OFFERS = (
    "\n\nOn Mon, 14 Mar 2033 at 09:00, Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai, could I have 20 minutes for a video call? Any of these, Madrid time:\n"
    "> - Tuesday 22 March, 15:00-16:00\n> - Wednesday 23 March, 10:00-11:00\n"
    "> - Thursday 24 March, 17:00-18:00\n"
)
_LONDON = {"date": "Wed, 16 Mar 2033 11:20:00 +0000", "quote": _OFFERS, "tz": MADRID}
_ROME = {"date": "Wed, 16 Mar 2033 12:20:00 +0100", "quote": _OFFERS, "tz": MADRID}

# (what, body, envelope, expected): expected holds the intent, whether certain, and optionally
# the referrals' names or a doubt that must (or must not) be there.
ROWS: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = [
    # "not gonna be able to": the phone spelling of "not going to be able to", a no.
    (
        "gonna, do this",
        "hi ada, really not gonna be able to do this, work is nuts. best of luck",
        _LONDON,
        {"intent": Intent.DECLINE, "certain": True},
    ),
    (
        "gonna, help",
        "Sorry Ada, I'm not gonna be able to help here - swamped. Good luck!",
        _LONDON,
        {"intent": Intent.DECLINE, "certain": True},
    ),
    (
        "gonna, make it work",
        "ugh sorry, not gonna be able to make this work. all the best",
        _LONDON,
        {"intent": Intent.DECLINE},
    ),
    (
        "near miss: gonna, a day named",
        "not gonna be able to do tuesday, but thursday at 5pm works?",
        _LONDON,
        {"not_intent": Intent.DECLINE},
    ),
    # The habit of taking such chats refused in the progressive.
    (
        "es, no estoy aceptando",
        "Hola Ada, gracias por escribir, pero de momento no estoy aceptando este tipo de"
        " llamadas. ¡Suerte!",
        _ROME,
        {"intent": Intent.DECLINE, "certain": True},
    ),
    (
        "it, non sto accettando",
        "Ciao Ada, grazie, ma in questo periodo non sto accettando questo tipo di chiacchierate."
        " In bocca al lupo!",
        _ROME,
        {"intent": Intent.DECLINE, "certain": True},
    ),
    (
        "pt, não estou aceitando",
        "Olá Ada, obrigado, mas agora não estou aceitando esse tipo de conversa. Boa sorte!",
        _ROME,
        {"intent": Intent.DECLINE, "certain": True},
    ),
    (
        "near miss: no estoy aceptando, then write me in May",
        "Por ahora no estoy aceptando este tipo de charlas, pero escríbeme en mayo.",
        _ROME,
        {"intent": Intent.DEFER},
    ),
    # A person handed on: "te paso a", "je te passe le contact de", "ti passo il contatto di".
    (
        "es, te paso a",
        "Hola Ada, te paso a Marta Gil (marta.gil@example.es), que dirige investigación.",
        _ROME,
        {"intent": Intent.REFERRAL, "certain": True, "referrals": ["Marta Gil"]},
    ),
    (
        "fr, je te passe le contact de",
        "Salut Ada, je te passe le contact de Léa Roy (lea.roy@example.fr), elle connaît bien"
        " le sujet.",
        _ROME,
        {"intent": Intent.REFERRAL, "certain": True, "referrals": ["Léa Roy"]},
    ),
    (
        "it, ti passo il contatto di",
        "Ciao Ada, ti passo il contatto di Marco Villa (marco.villa@example.it), è bravissimo.",
        _ROME,
        {"intent": Intent.REFERRAL, "certain": True, "referrals": ["Marco Villa"]},
    ),
    (
        "near miss: te paso el enlace",
        "Hola Ada, te paso el enlace de la charla del martes. Un abrazo.",
        _ROME,
        {"not_intent": Intent.REFERRAL, "referrals": []},
    ),
    # A full name, where they sit or their address, then "would be perfect / ideal".
    (
        "name, team, address, would be perfect",
        "I've moved to sales so I'm no use, but Tom Reyes on our design team"
        " (tom.reyes@example.com) would be perfect.",
        _LONDON,
        {"intent": Intent.REFERRAL, "certain": True, "referrals": ["Tom Reyes"]},
    ),
    (
        "name, address, would be ideal",
        "Not really my area. Priya Nair (priya.nair@example.com) would be ideal though.",
        _LONDON,
        {"intent": Intent.REFERRAL, "certain": True, "referrals": ["Priya Nair"]},
    ),
    (
        "name, group, would be great",
        "Not for me. Jonas Weber in our research group would be great for this.",
        _LONDON,
        {"intent": Intent.REFERRAL, "referrals": ["Jonas Weber"]},
    ),
    (
        "near miss: a day would be perfect",
        "Thursday 24 March at 5pm would be perfect, thanks!",
        _LONDON,
        {"intent": Intent.ACCEPT, "referrals": []},
    ),
    (
        "near miss: someone on the team, no name",
        "Someone on our research team would be perfect for this, I'll ask around.",
        _LONDON,
        {"not_intent": Intent.REFERRAL, "referrals": []},
    ),
    # An absence, then "but" and someone to talk to in its sentence, who is copied in.
    (
        "es, de baja pero te paso a, en copia",
        "Hola Ada, estoy de baja este mes, pero te paso a Luis Mora (luis.mora@example.es),"
        " que lleva el equipo. Le pongo en copia.",
        _ROME,
        {"intent": Intent.REFERRAL, "certain": True, "referrals": ["Luis Mora"]},
    ),
    (
        "en, on leave but talk to, cc'd",
        "I'm on leave this month, but talk to Dana Lee (dana.lee@example.com) - I've cc'd her.",
        _LONDON,
        {"intent": Intent.REFERRAL, "certain": True, "referrals": ["Dana Lee"]},
    ),
    (
        "fr, en congé mais je te passe le contact de, en copie",
        "Je suis en congé ce mois-ci, mais je te passe le contact de Léa Roy"
        " (lea.roy@example.fr), que je mets en copie.",
        _ROME,
        {"intent": Intent.REFERRAL, "certain": True, "referrals": ["Léa Roy"]},
    ),
    (
        "near miss: away but someone, no one copied",
        "Estoy de baja hasta el 4 de abril, pero te paso a Luis Mora (luis.mora@example.es).",
        _ROME,
        {"certain": False, "doubt": "away_or_referral"},
    ),
    (
        "near miss: a stand-in in a sentence of its own",
        "I'm out of the office until Monday. Dana Lee (dana.lee@example.com) is covering for me.",
        _LONDON,
        {"intent": Intent.OUT_OF_OFFICE},
    ),
    # An offer with its "I" dropped, after a polite no to the user's times.
    (
        "could do Monday, after I'm afraid",
        "Glad to help. None of those suit, I'm afraid. Could do Monday 28 March, 3-4pm UK time.",
        _LONDON,
        {"intent": Intent.PROPOSE_TIMES, "not_doubt": "contradicting_intent_cues"},
    ),
    (
        "can do Friday, after sadly",
        "Happy to. Sadly I'm away those days, I'm afraid. Can do Friday 25 March at 4pm UK time.",
        _LONDON,
        {"intent": Intent.PROPOSE_TIMES, "not_doubt": "contradicting_intent_cues"},
    ),
    (
        "could do next Monday",
        "Sure thing. Those are tricky, I'm afraid - could do next Monday at 10am UK time?",
        _LONDON,
        {"intent": Intent.PROPOSE_TIMES, "not_doubt": "contradicting_intent_cues"},
    ),
    (
        "near miss: can't do a day",
        "Sorry, I can't do Tuesday, I'm afraid.",
        _LONDON,
        {"not_intent": Intent.PROPOSE_TIMES},
    ),
    # "Would it suit you …?" in the conditional, in the other languages.
    (
        "it, ti andrebbe",
        "Ciao Ada, volentieri! Purtroppo quei giorni non ci sono. Ti andrebbe lunedì 28 marzo"
        " alle 16?",
        _ROME,
        {"intent": Intent.PROPOSE_TIMES, "not_doubt": "contradicting_intent_cues"},
    ),
    (
        "es, te vendría",
        "¡Hola Ada! Con gusto. Esos días no puedo. ¿Te vendría bien el lunes 28 de marzo a las"
        " 16:00?",
        _ROME,
        {"intent": Intent.PROPOSE_TIMES},
    ),
    (
        "fr, ça te dirait",
        "Salut Ada, avec plaisir ! Ces jours-là je suis pris. Ça te dirait lundi 28 mars à 16h ?",
        _ROME,
        {"intent": Intent.PROPOSE_TIMES},
    ),
    # Something of the user's asked for first: Spanish in the present, a place's clock.
    (
        "es, me mandas tu CV",
        "Hola Ada, ¿me mandas tu CV y dos líneas de lo que buscas? Así lo preparo.",
        _ROME,
        {"intent": Intent.OTHER, "certain": True},
    ),
    (
        "es, me pasarías tu currículum",
        "Hola Ada, claro. ¿Me pasarías tu currículum antes?",
        _ROME,
        {"intent": Intent.OTHER, "certain": True},
    ),
    (
        "en, Lisbon time",
        "Hi Ada! Before I check my diary: are those slots Lisbon time or Madrid time?",
        _LONDON,
        {"intent": Intent.OTHER, "certain": True},
    ),
    (
        "en, London time",
        "Quick one - are those times London time? I'm never sure.",
        _LONDON,
        {"intent": Intent.OTHER, "certain": True},
    ),
    (
        "near miss: I'll send you my CV",
        "Hola Ada, te mando mi CV por si te sirve. ¿El martes 22 a las 15:00 te va bien?",
        _ROME,
        {"not_intent": Intent.OTHER},
    ),
]


@pytest.mark.parametrize(("what", "body", "envelope", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_round40_intent(
    what: str, body: str, envelope: dict[str, Any], expected: dict[str, Any]
) -> None:
    verdict = read_reply(body, **envelope)
    codes = doubt_codes(verdict)
    if "intent" in expected:
        assert verdict.intent is expected["intent"], (what, verdict.intent, codes)
    if "not_intent" in expected:
        assert verdict.intent is not expected["not_intent"], (what, codes)
    if "certain" in expected:
        assert verdict.certain is expected["certain"], (what, codes)
    if "doubt" in expected:
        assert expected["doubt"] in codes, (what, codes)
    if "not_doubt" in expected:
        assert expected["not_doubt"] not in codes, (what, codes)
    if "referrals" in expected:
        assert [r.name for r in verdict.referrals] == expected["referrals"], what
