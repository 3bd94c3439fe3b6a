"""Round 26 (intent and referrals): a leave without a return date, a move to another channel,
and two short noes.

A leave named by its kind ("de licencia de maternidad", "im Mutterschutz") or an inbox the
sender says will go unread is an absence, headers or not. A yes that asks for the user's phone
or moves the talk to a messenger agrees to nothing the engine can book: it is other. "No me es
posible" is a no, and "I get a lot of these requests … had to stop taking them" turns the
request down through its pronoun. Sentences of our own, each rule with a near miss.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_LIMA = ZoneInfo("America/Lima")
_AUTO = "Auto-Submitted: auto-replied\n"
_QUOTE = (
    "\n\nOn Mon, Mar 13, 2028 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Could we talk for 20 minutes? Either of these would suit me:\n>\n"
    "> - Wednesday, March 15 at 9:00 am\n> - Thursday, March 16 at 1:30 pm\n>\n"
    "> (Lima time)\n>\n> Ada\n"
)


def _read(body: str, headers: str = "") -> Verdict:
    return read_reply(
        body, tz=_LIMA, date="Tue, 14 Mar 2028 10:00:00 -0500", quote=_QUOTE, headers=headers
    )


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        ("Gracias por tu mensaje. Me encuentro de licencia de maternidad y no estaré revisando "
         "mi correo con regularidad.\n\nLucía", _AUTO),
        ("Estoy de incapacidad por unas semanas. Para temas urgentes escribe a "
         "equipo@ejemplo.com.\n\nMarta", ""),
        ("Obrigada pelo contato. Estou em licença-maternidade e respondo assim que possível.\n\n"
         "Beatriz", _AUTO),
        ("Vielen Dank für Ihre Nachricht. Ich bin im Mutterschutz und lese meine E-Mails nur "
         "sporadisch.\n\nJana", _AUTO),
        ("Thanks for your note. I won't be checking email for the next few weeks.\n\nSam", _AUTO),
        ("Hi, I'm on parental leave. Anything urgent can go to ops@example.org.\n\nRory", _AUTO),
    ],
)  # fmt: skip
def test_a_leave_without_a_return_date_is_an_absence(body: str, headers: str) -> None:
    verdict = _read(body, headers)
    assert verdict.intent is Intent.OUT_OF_OFFICE
    assert verdict.return_date is None


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # A habit of not reading mail is no absence.
        ("¡Claro! El miércoles a las 9 me va bien, aunque casi no reviso el correo.\n\nLeo",
         Intent.ACCEPT),
        # A software licence is no leave.
        ("Lo siento, no tengo tiempo: estamos con la renovación de licencia del sistema.\n\nIvo",
         Intent.DECLINE),
    ],
)  # fmt: skip
def test_near_misses_of_a_leave_keep_their_reading(body: str, intent: Intent) -> None:
    assert _read(body).intent is intent


@pytest.mark.parametrize(
    "body",
    [
        "¡Claro que sí! Pásame tu número y lo vemos por WhatsApp, el correo lo tengo abandonado.",
        "Sure thing! Text me at +1 415 555 0199 and we'll sort it out.",
        "Of course. What's your WhatsApp? Much easier for me than email.",
        "Claro! Me passa seu WhatsApp que a gente combina por lá.",
        "Avec plaisir ! Envoie-moi ton numéro, on s'organise par message.",
        "Gerne! Schick mir deine Handynummer, dann klären wir das.",
        "Volentieri! Mandami il tuo numero e ci organizziamo.",
        "Leuk! Stuur me je nummer, dan regelen we het.",
    ],
)
def test_a_yes_that_moves_to_another_channel_is_no_accept(body: str) -> None:
    assert _read(body).intent is Intent.OTHER


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # A time named beside the phone number is still a pick of the user's offer.
        ("Wednesday at 9 works. Text me at +1 415 555 0199 if anything changes.",
         Intent.ACCEPT),
        ("¡Claro que sí! El jueves a la 1:30 me va perfecto.", Intent.ACCEPT),
        # Teams or Zoom is where the call happens, not a move away from mail.
        ("Sure, happy to chat - Wednesday at 9 on Teams works.", Intent.ACCEPT),
    ],
)  # fmt: skip
def test_near_misses_of_another_channel_keep_their_reading(body: str, intent: Intent) -> None:
    assert _read(body).intent is intent


@pytest.mark.parametrize(
    "body",
    [
        "Hola Ada, gracias. La verdad en este momento no me es posible. ¡Mucho éxito!\n\nRaúl",
        "Thanks for reaching out. I get so many of these requests that I've had to stop taking "
        "them. I hope you understand.\n\nJo",
        "I receive a lot of coffee chat requests and stopped accepting them last year, "
        "sorry.\n\nMo",
    ],
)
def test_a_short_no_is_a_decline(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DECLINE
    assert verdict.certain


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # "Not possible on Wednesday" turns down a day, and the other is taken.
        ("No me es posible el miércoles, pero el jueves a la 1:30 sí.", Intent.ACCEPT),
        # Not taking medication is none of the chat's business: no request named before.
        ("Happy to chat! Wednesday at 9 works.", Intent.ACCEPT),
    ],
)  # fmt: skip
def test_near_misses_of_a_short_no_keep_their_reading(body: str, intent: Intent) -> None:
    assert _read(body).intent is intent


@pytest.mark.parametrize(
    "body",
    [
        "¡Gracias a ti por la charla de hoy! Te dejo el enlace al curso que te comenté.\n\nPaco",
        "Merci à vous pour l'échange de ce matin, voici les liens promis.\n\nClaire",
        "Danke dir auch für das Gespräch! Hier die Links, wie versprochen.\n\nTim",
        "Grazie a te per la chiacchierata, ecco le risorse.\n\nLuca",
        "Obrigada a você também pela conversa! Seguem os links.\n\nRita",
        "Bedankt ook voor het gesprek, hierbij de links.\n\nEva",
    ],
)
def test_thanks_returned_after_the_chat_is_other(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.OTHER
    assert verdict.certain


def test_thanks_for_the_invitation_is_no_thanks_after_a_chat() -> None:
    # Thanks for the user's note, then a yes: an accept as before.
    verdict = _read("Gracias a ti por escribir. ¡Claro! El miércoles a las 9 me va bien.")
    assert verdict.intent is Intent.ACCEPT


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("Oi Ada! Acho que não sou a melhor pessoa. Duas pessoas que podem ajudar muito: o Caio "
         "Ramos, nosso gerente de dados (caio.ramos@ex.example), e a Bianca Lopes, que lidera "
         "pesquisa.\n\nBia", ["Caio Ramos", "Bianca Lopes"]),
        ("I'm not close to that work anymore. Two people who can help you far more: Omar Haddad "
         "(omar@ex.example) and Lena Vogt.\n\nKim", ["Omar Haddad", "Lena Vogt"]),
        ("No soy la indicada. Dos personas que te pueden ayudar mucho: la Carmen Ibáñez "
         "(carmen@ex.example) y el Diego Salas.\n\nTere", ["Carmen Ibáñez", "Diego Salas"]),
        ("Da bin ich nicht die Richtige. Zwei Leute, die dir sehr helfen können: Jonas Brandt "
         "(jonas@ex.example) und Mia Kraus.\n\nSara", ["Jonas Brandt", "Mia Kraus"]),
    ],
)  # fmt: skip
def test_a_list_of_helpers_after_a_colon_is_a_referral(body: str, names: list[str]) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert [r.name for r in verdict.referrals] == names


def test_people_who_can_help_with_no_list_refer_no_one() -> None:
    # No colon and no names: a remark about the team, not a referral.
    verdict = _read("Happy to chat - Wednesday at 9 works. We have people who can help too.")
    assert verdict.intent is Intent.ACCEPT
    assert verdict.referrals == ()


@pytest.mark.parametrize(
    "body",
    [
        "Happy to chat! Quick one: by CST do you mean Mexico City or US Central? They differ "
        "right now and I'd hate to be an hour late.",
        "¡Con gusto! Oye, ¿te refieres a la hora de Lima o a la de Bogotá? No quiero llegar tarde.",
        "Volontiers ! Tu veux dire l'heure de Paris ou celle de Montréal ? Je préfère vérifier.",
        "Gerne! Meinst du Berliner Zeit oder UTC? Ich will nicht zu spät kommen.",
    ],
)
def test_which_of_two_the_user_meant_is_asked_before_a_yes(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.OTHER
    assert verdict.proposed_times == ()


def test_an_either_or_question_beside_a_pick_keeps_the_pick() -> None:
    # A time taken from the user's list answers already; the question is a detail.
    verdict = _read("Wednesday at 9 works. Do you mean video or phone?")
    assert verdict.intent is Intent.ACCEPT


def test_ping_me_at_a_clock_time_is_no_phone_number() -> None:
    verdict = _read("Sure, happy to! Ping me at 10 on Wednesday and we'll talk.")
    assert verdict.intent is not Intent.OTHER
