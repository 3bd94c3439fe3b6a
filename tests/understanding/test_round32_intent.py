"""Round 32, intent and referrals: what replies_blind32 read wrong or left in doubt.

A German separable verb around the person ("Sprechen Sie X an"); an absent sender who says no
and names someone instead; Gmail's name-first Portuguese quote header; a Portuguese and Spanish
no; a mistaken namesake; a request of the sender's before any time; the pleasure of a chat
already held; "two people: A and B"; "em cc"; a time the sender can "no longer" make. Sentences
of our own, with near misses that keep their reading.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict
from workflows.understanding.verdict import Referral

_TZ = ZoneInfo("Europe/Lisbon")
_DATE = "Mon, 13 Mar 2028 10:00:00 +0000"


def _read(body: str, **envelope: str) -> Verdict:
    return read_reply(body, tz=_TZ, date=_DATE, **envelope)


_SPLIT_VERB = [
    (
        "Hallo,\n\nda bin ich nicht der Richtige. Sprechen Sie doch meine Kollegin Jana Vogel an,"
        " sie leitet die Beratung.\n\nGrüße\nKai",
        "Jana Vogel",
    ),
    (
        "Hi,\n\nich mache das nicht mehr. Ruf einfach Lea Sommer an, die weiß mehr.\n\nKai",
        "Lea Sommer",
    ),
    (
        "Guten Tag,\n\nleider keine Zeit. Schreiben Sie am besten Dr. Tom Weber an.\n\nKai",
        "Tom Weber",
    ),
]


@pytest.mark.parametrize(("body", "name"), _SPLIT_VERB)
def test_a_german_separable_verb_around_a_full_name_refers(body: str, name: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert verdict.referrals == (Referral(name, None),)


@pytest.mark.parametrize(
    "body",
    [
        "Hallo,\n\nsprechen Sie mich gerne Montag an.\n\nKai",
        "Hallo,\n\nrufen Sie mich einfach an, wenn es passt.\n\nKai",
        "Hallo,\n\nschreiben Sie Anfang April wieder an, dann sehen wir.\n\nKai",
    ],
)
def test_the_separable_verb_without_a_full_name_refers_no_one(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is not Intent.REFERRAL
    assert verdict.referrals == ()


_AWAY_AND_REFERS = [
    (
        "Oi!\n\nEstou de licença-maternidade até junho, então não vou conseguir. Fala com o"
        " Bruno Lima, ele é sócio aqui: bruno.lima@acme.com.br\n\nJu",
        "Bruno Lima",
    ),
    (
        "Hola,\n\nestoy de baja por maternidad hasta junio, así que no puedo. Habla con Lucía"
        " Romero (lucia.romero@acme.es).\n\nAna",
        "Lucía Romero",
    ),
    (
        "Hi,\n\nI'm on parental leave until June, so unfortunately I can't help. Talk to Sam"
        " Ortiz instead (sam.ortiz@acme.com).\n\nKai",
        "Sam Ortiz",
    ),
]


@pytest.mark.parametrize(("body", "name"), _AWAY_AND_REFERS)
def test_an_absent_sender_who_says_no_and_names_someone_refers(body: str, name: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert [r.name for r in verdict.referrals] == [name]
    assert verdict.return_date is None


def test_a_stand_in_for_urgent_matters_keeps_the_absence() -> None:
    verdict = _read(
        "Hi,\n\nI'm out of the office until June 2. For urgent matters please contact Sam Ortiz"
        " (sam.ortiz@acme.com).\n\nKai"
    )
    assert verdict.intent is Intent.OUT_OF_OFFICE


_PT_HEADER = (
    "\n\nAda Obi <ada@example.com> escreveu (segunda, 06/03/2028 à(s) 09:40):\n"
    "> Olá Kai,\n>\n> Algum destes horários lhe dá jeito?\n>\n"
    "> - quinta-feira, 16 de março, às 15h00\n"
    "> - sexta-feira, 17 de março, às 10h00\n>\n> Obrigada,\n> Ada\n"
)


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("Olá Ada,\n\nDesta vez vou ter de passar, desculpe.\n\nKai", Intent.DECLINE),
        ("Olá Ada,\n\nquinta às 15h está ótimo!\n\nKai", Intent.ACCEPT),
        ("Olá Ada,\n\nAcho que me confundiu com outra pessoa.\n\nKai", Intent.OTHER),
    ],
)
def test_a_name_first_portuguese_quote_header_is_no_offer_and_names_no_one(
    body: str, intent: Intent
) -> None:
    verdict = _read(body, quote=_PT_HEADER)
    assert verdict.intent is intent
    assert "referral_unread" not in doubt_codes(verdict)
    assert all(w.start.hour != 9 for w in verdict.proposed_times)


_NO = [
    "Olá,\n\nagradeço, mas desta vez vou ter de passar -- estamos em recrutamento.\n\nKai",
    "Olá,\n\nobrigado pelo contacto, mas não vou conseguir.\n\nKai",
    "Hola,\n\nno creo que yo sea la persona adecuada. Mejor lo dejamos aquí.\n\nKai",
    "Ciao,\n\ngrazie, ma meglio lasciamo perdere.\n\nKai",
    "Hallo,\n\ndanke, aber lassen wir es lieber dabei.\n\nKai",
]


@pytest.mark.parametrize("body", _NO)
def test_a_no_in_portuguese_spanish_and_more_declines(body: str) -> None:
    assert _read(body).intent is Intent.DECLINE


@pytest.mark.parametrize(
    "body",
    [
        "Olá,\n\nna quinta não vou conseguir na parte da manhã.\n\nKai",
        "Olá,\n\nvou ter de passar no banco antes, mas estou livre depois.\n\nKai",
    ],
)
def test_a_no_to_one_time_or_an_errand_is_no_decline(body: str) -> None:
    assert _read(body).intent is not Intent.DECLINE


_NAMESAKE = [
    "Hi Ada,\n\nI think you've confused me with another Kai Berg -- I'm a maths teacher.\n\nKai",
    "Bonjour,\n\nvous me confondez avec un homonyme, je suis boulanger.\n\nKai",
    "Hola,\n\ncreo que me confundes con otra persona, soy profesor.\n\nKai",
    "Hallo,\n\nSie verwechseln mich wohl mit einem Namensvetter.\n\nKai",
    "Ciao,\n\nmi confondi con un omonimo, faccio il cuoco.\n\nKai",
    "Olá,\n\nacho que me confundiu com outra pessoa, sou professor.\n\nKai",
    "Hoi,\n\nje verwart me met iemand anders, ik ben leraar.\n\nKai",
]


@pytest.mark.parametrize("body", _NAMESAKE)
def test_a_mistaken_namesake_is_other(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.OTHER
    assert "no_intent_cue" not in doubt_codes(verdict)


_ASKS_FIRST = [
    "Ciao Ada,\n\nvolentieri! Prima di fissare: preferisci l'inglese? Skype o Meet?\n\nKai",
    "Bonjour,\n\nvolontiers. Avant de fixer un créneau, pourriez-vous m'envoyer votre CV ?\n\nKai",
    "Hola,\n\nclaro. Antes de agendar, ¿me cuentas un poco más de tu proyecto?\n\nKai",
    "Hi Ada,\n\nI can't help with advice, but I have a role that fits you. Send me your CV?\n\nKai",
]


@pytest.mark.parametrize("body", _ASKS_FIRST)
def test_a_request_before_any_time_is_other(body: str) -> None:
    assert _read(body).intent is Intent.OTHER


def test_a_plain_no_without_a_request_still_declines() -> None:
    assert _read("Hi Ada,\n\nUnfortunately I can't help.\n\nKai").intent is Intent.DECLINE


_AFTER_CHAT = [
    "Hola Ada,\n\n¡Un placer la charla de hoy! Te paso los enlaces.\n\nKai",
    "Bonjour Ada,\n\nravie de notre échange, voici les liens promis.\n\nKai",
    "Ciao Ada,\n\nè stato un piacere la chiacchierata, ecco i link.\n\nKai",
    "Olá Ada,\n\nfoi um prazer a conversa, seguem os links.\n\nKai",
]


@pytest.mark.parametrize("body", _AFTER_CHAT)
def test_the_pleasure_of_a_chat_held_is_other(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.OTHER
    assert "no_intent_cue" not in doubt_codes(verdict)


_TWO_PEOPLE = [
    "Hola,\n\nte recomiendo hablar con dos personas: Rosa Vidal, que dirige el área"
    " (rosa.vidal@acme.es), y Pablo Gil, de la universidad.\n\nKai",
    "Olá,\n\nsugiro falar com duas pessoas: Rosa Vidal, que lidera a área"
    " (rosa.vidal@acme.es), e Pablo Gil, da universidade.\n\nKai",
    "Hi,\n\nyou should talk to two people: Rosa Vidal, who runs the team"
    " (rosa.vidal@acme.es), and Pablo Gil at the university.\n\nKai",
]


@pytest.mark.parametrize("body", _TWO_PEOPLE)
def test_two_people_after_a_count_and_a_colon_are_both_referred(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert verdict.referrals == (
        Referral("Rosa Vidal", "rosa.vidal@acme.es"),
        Referral("Pablo Gil", None),
    )


def test_a_person_put_em_cc_is_referred_with_the_cc_address() -> None:
    verdict = _read(
        "Olá Ada,\n\nquem a pode ajudar é a Rita Pires. Pus a Rita em cc, combinem.\n\nKai",
        headers="Cc: Rita Pires <rita.pires@acme.pt>\n",
    )
    assert verdict.intent is Intent.REFERRAL
    assert verdict.referrals == (Referral("Rita Pires", "rita.pires@acme.pt"),)


_AGREED = (
    "\n\nOn Fri, 10 Mar 2028 at 12:00, Ada Obi <ada@example.com> wrote:\n"
    "> Great, Tuesday 14 March at 16:00 then. Talk soon!\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "Ada, sorry, I can no longer make tomorrow at 4. Could we do Thursday at 4?\n\nKai",
        "Ada, desculpe, amanhã às 16h já não consigo. Pode ser quinta à mesma hora?\n\nKai",
        "Ada, perdona, mañana a las 16 ya no puedo. ¿Te va el jueves a las 16?\n\nKai",
        "Ada, désolé, demain à 16h je ne peux plus. Jeudi à 16h ?\n\nKai",
    ],
)
def test_a_time_the_sender_can_no_longer_make_then_a_new_one_reschedules(body: str) -> None:
    verdict = _read(body, quote=_AGREED)
    assert verdict.intent is Intent.RESCHEDULE
