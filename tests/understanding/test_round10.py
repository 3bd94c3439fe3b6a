"""Round 10: an hour written with its unit ending a sentence, and a cancel that is only
imagined. Sentences of our own.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from workflows.stages import Intent
from workflows.understanding import Verdict
from workflows.understanding.sentences import sentences

Read = Callable[..., Verdict]


@pytest.mark.parametrize(
    "text",
    [
        "Segunda tenho aula até 11h. Pode ser na quarta?",
        "Lundi je suis pris jusqu'à 11h. Mercredi vous irait ?",
        "El lunes tengo clase hasta las 11h. ¿Te va el miércoles?",
        "Montag bin ich bis 11 Uhr belegt. Ginge Mittwoch?",
        "Maandag zit ik vast tot 11 uur. Kan woensdag?",
        "Lunedì sono occupato fino alle 11. Va bene mercoledì?",
        "Monday I'm tied up until 11h. Would Wednesday do?",
    ],
)
def test_an_hour_with_its_unit_ends_the_sentence(text: str) -> None:
    # The busy hour and the day offered next are two sentences, so the busy one's role
    # does not spread to the offer.
    assert len([s for s in sentences(text) if s.strip()]) == 2


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for thinking of me. Work is heavy right now and I'd rather not agree to"
        " something I would end up cancelling. Good luck with the search!",
        "Merci pour le message. Je préfère ne pas m'engager, je finirais par annuler.",
        "Gracias. Prefiero no comprometerme, acabaría cancelando a última hora.",
    ],
)
def test_a_cancel_only_imagined_is_no_cancel(read_reply: Read, body: str) -> None:
    verdict = read_reply(body)
    assert verdict.intent is not Intent.CANCEL


def test_a_cancel_said_plainly_still_is_one(read_reply: Read) -> None:
    verdict = read_reply("So sorry, I have to cancel tomorrow's chat. Family emergency.")
    assert verdict.intent is Intent.CANCEL


@pytest.mark.parametrize(
    "body",
    [
        "Tuesday at 3 should work, I think. I'll confirm that morning.",
        "Probably fine on my side, go ahead and pick one.",
        "I can likely do the Tuesday slot if nothing changes.",
        "Mardi ça devrait aller pour moi.",
        "El martes debería funcionar, creo.",
        "Dienstag sollte passen, denke ich.",
        "Martedì dovrebbe andare bene.",
        "Terça deve dar certo, acho.",
        "Dinsdag zou moeten lukken.",
    ],
)
def test_a_hedged_yes_is_a_yes(read_reply: Read, body: str) -> None:
    assert read_reply(body).intent is Intent.ACCEPT


@pytest.mark.parametrize(
    "body",
    [
        "Loved your note, but my month is packed. Let's talk a bit later?",
        "Could you come back to me after the quarter closes? Glad to talk then.",
        "I'm moving house this month; reach out again from February.",
        "Bonne idée, mais on en reparle plus tard ?",
        "Me encantaría, pero hablemos más tarde.",
        "Gerne, aber bitte melden Sie sich später wieder.",
        "Volentieri, ma sentiamoci più tardi.",
        "Adoraria, mas podemos falar mais tarde?",
        "Leuk, maar neem later opnieuw contact op.",
    ],
)
def test_later_with_or_without_a_date_is_a_defer(read_reply: Read, body: str) -> None:
    verdict = read_reply(body)
    assert verdict.intent is Intent.DEFER
    assert verdict.certain, verdict.doubts


def test_at_the_latest_is_no_later(read_reply: Read) -> None:
    # "au plus tard" bounds a time offered; it puts nothing off.
    verdict = read_reply("Mardi 8 décembre à 15h, ou mercredi au plus tard ?")
    assert verdict.intent is not Intent.DEFER
