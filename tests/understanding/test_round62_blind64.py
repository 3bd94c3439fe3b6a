"""Round 62 on replies_blind64: a user in Bogotá, the two replies read certain and wrong.

- "I'll pass on these dates" under the user's offers turns down those times, not the chat
  (as "can't do those times" does): beside an absence with a day back and "write to me that
  week" it is a defer with that day; alone it names no intent and stays in doubt.
- "Escolhe um horário na minha agenda pelo link aqui embaixo": the reply points at the
  booking link in the signature, in Portuguese (and Spanish, French, Italian, German), so
  the link is the answer (convention (b)). A signature link with no such pointer stays unread.

Every reply is written on Tuesday 25 January 2033 under the user's two offers (Thursday 27
January 11:00, Friday 28 January 16:00, Bogotá time). Sentences are our own.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import is_safe, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

BOGOTA = ZoneInfo("America/Bogota")
DATE = "Tue, 25 Jan 2033 19:45:00 -0500"
QUOTE = (
    "\n\nOn Mon, Jan 24, 2033 at 9:10 AM Ada Obi <ada@example.com> wrote:\n"
    "> Could either of these work (Bogotá time)?\n"
    "> - Thursday, January 27, 11:00 am\n"
    "> - Friday, January 28, 4:00 pm\n"
)
SENDER = "Rita Lemos <rita@example.com.br>"
LINK = "https://meetings.hubspot.com/rita-lemos/chat"
SIG = (
    "\n\nAbraço,\nRita\n\nRita Lemos\nHead of Growth | Lemos & Filhos\n"
    f"Marque uma conversa: {LINK}\n"
)
PHONE = "\n\nRita\n\nEnviado desde mi Galaxy\n"


def _read(body: str, sig: str) -> Verdict:
    return read_reply(body + sig, tz=BOGOTA, date=DATE, quote=QUOTE, sender=SENDER)


# body, the return date: a defer, certain.
AWAY_THEN_BACK: list[tuple[str, date]] = [
    (
        "Hi Ada - I'm on parental leave at the moment, so I'll pass on these dates. Back in the"
        " office on Monday, February 14; write to me that week and we'll set something up.",
        date(2033, 2, 14),
    ),
    (
        "Hey! New baby at home, so I have to pass on those times. I'm back at work on Monday,"
        " February 14 - email me then and we'll find a slot.",
        date(2033, 2, 14),
    ),
    (
        "Thanks Ada. I'm off on leave right now and will pass on the times you sent. I'm back at"
        " the office on Tuesday, February 15 - try me that week.",
        date(2033, 2, 15),
    ),
]


@pytest.mark.parametrize(("body", "back"), AWAY_THEN_BACK)
def test_pass_on_the_dates_beside_a_day_back_defers(body: str, back: date) -> None:
    verdict = _read(body, PHONE)
    assert verdict.certain
    assert verdict.intent is Intent.DEFER
    assert verdict.return_date == back
    assert not verdict.proposed_times


# Near misses: a pass on the chat itself is still a no; a pass on the times alone says
# nothing sure about the chat.
def test_pass_on_the_chat_still_declines() -> None:
    for body in (
        "Thanks for thinking of me, but I'll pass on this one. Good luck!",
        "I'm going to have to pass, sorry - my plate is full.",
    ):
        verdict = _read(body, PHONE)
        assert verdict.certain and verdict.intent is Intent.DECLINE, body


def test_pass_on_the_times_alone_is_no_decline() -> None:
    verdict = _read("I'll pass on those dates, sorry.", PHONE)
    assert verdict.intent is not Intent.DECLINE or not verdict.certain
    assert is_safe(verdict)


# body: the signature's link is the answer (accept, with the link).
POINTED: list[str] = [
    "Oi Ada! Essa semana não dá, mas adoraria conversar. Escolhe um horário na minha agenda"
    " pelo link aqui embaixo e a gente se fala.",
    "Olá Ada, esta semana estou sem tempo. Escolha um horário que te sirva pelo link abaixo.",
    "Hola Ada, esta semana imposible, pero elige un horario en mi agenda con el enlace de abajo.",
    "Bonjour Ada, cette semaine est chargée : choisissez un créneau via le lien ci-dessous.",
    "Ciao Ada, questa settimana no, ma scegli un orario dal link qui sotto.",
    "Hallo Ada, diese Woche klappt es nicht. Wählen Sie einen Termin über den Link unten.",
]


@pytest.mark.parametrize("body", POINTED)
def test_reply_pointing_at_the_signature_link_accepts(body: str) -> None:
    verdict = _read(body, SIG)
    assert verdict.certain
    assert verdict.intent is Intent.ACCEPT
    assert verdict.scheduling_link == LINK
    assert not verdict.proposed_times


# Near misses: the link sits in the signature and the reply does not send the user to it.
NOT_POINTED: list[str] = [
    "Oi Ada! Essa semana não dá, mas adoraria conversar. Te escrevo semana que vem.",
    "Oi Ada, vou escolher um horário e te aviso.",
    "Hola Ada, esta semana imposible. Te escribo la próxima.",
    "Bonjour Ada, je choisirai un créneau et je reviens vers vous.",
]


@pytest.mark.parametrize("body", NOT_POINTED)
def test_signature_link_without_a_pointer_is_not_the_answer(body: str) -> None:
    verdict = _read(body, SIG)
    assert verdict.scheduling_link is None
    assert is_safe(verdict)
