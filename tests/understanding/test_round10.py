"""Round 10: an hour written with its unit ending a sentence, a cancel only imagined, a
hedged yes, "later" as a defer, meetings until an hour, proposing in so many words, a day read
in the user's zone, "same time" saying an offer again, the same time where the user is,
and a missing file. Sentences of our own.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.understanding.reply import pinned
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


@pytest.mark.parametrize(
    "text",
    [
        "On Monday I have meetings until 5pm. I could do Tuesday at 4pm.",
        "Lundi j'ai des réunions jusqu'à 17h. Mardi à 16h, je peux.",
        "El lunes tengo reuniones hasta las 17h. Puedo el martes a las 16h.",
        "Am Montag habe ich bis 17 Uhr Besprechungen. Ich könnte Dienstag um 16 Uhr.",
        "Lunedì ho riunioni fino alle 17. Potrei martedì alle 16.",
        "Segunda tenho reuniões até 17h. Posso terça às 16h.",
        "Maandag heb ik tot 17 uur vergaderingen. Ik kan dinsdag om 16 uur.",
    ],
)
def test_meetings_until_an_hour_are_the_senders_calendar(
    proposed_in_new_york: Callable[[str], list[str]], text: str
) -> None:
    assert [s[:9] for s in proposed_in_new_york(text)] == ["Tue 08 16"]


@pytest.mark.parametrize(
    "body",
    [
        "Monday is out for me. I'd suggest Tuesday 15 December at 6pm, or Wednesday 16 at 5pm.",
        "Lundi ne va pas. Je vous propose mardi 15 décembre à 18h, ou mercredi 16 à 17h.",
        "El lunes no puedo. Te propongo el martes 15 de diciembre a las 18h, o el miércoles 16"
        " a las 17h.",
        "Montag geht nicht. Ich schlage Dienstag, 15. Dezember um 18 Uhr vor, oder Mittwoch, 16."
        " Dezember um 17 Uhr.",
        "Lunedì non riesco. Propongo martedì 15 dicembre alle 18, oppure mercoledì 16 alle 17.",
        "Segunda não dá. Proponho terça, 15 de dezembro, às 18h, ou quarta, 16, às 17h.",
        "Maandag lukt niet. Ik stel dinsdag 15 december om 18 uur voor, of woensdag 16 om 17 uur.",
    ],
)
def test_proposing_in_so_many_words_is_an_offer(read_reply: Read, body: str) -> None:
    verdict = read_reply(body)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert len(verdict.proposed_times) == 2
    assert "time_in_statement" not in {d.code for d in verdict.doubts}


def test_a_day_read_in_the_users_zone_is_no_second_offer(read_reply: Read) -> None:
    verdict = read_reply(
        "Could you do Friday 18 Dec at 9:00 JST or Monday 21 Dec at 8:30 JST?\n"
        "(Friday would be Thursday afternoon in New York, I think.)",
        date="Mon, 14 Dec 2026 13:25:00 +0900",
    )
    assert len(verdict.proposed_times) == 2
    assert verdict.certain, verdict.doubts


@pytest.mark.parametrize(
    "body",
    [
        "Sorry, I have to cancel our 3pm tomorrow. Would Thursday at 3 work instead? Same time,"
        " Eastern.",
        "Je dois annuler notre rendez-vous de demain à 15h. Jeudi à 15h, ça irait ? Même heure.",
    ],
)
def test_same_time_saying_the_offer_again_needs_no_day(read_reply: Read, body: str) -> None:
    verdict = read_reply(body)
    assert verdict.intent is Intent.RESCHEDULE
    assert "time_without_day" not in {d.code for d in verdict.doubts}


def test_same_time_with_nothing_offered_before_it_is_still_in_doubt(read_reply: Read) -> None:
    # No time offered in the reply to say again: which time is meant is unknown.
    verdict = read_reply("I can't do Tuesday, sorry. Same time, Eastern?")
    assert not verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "Did you forget to attach the résumé? Only your note arrived. Send it and I'll forward it.",
        "Il me semble que vous avez oublié de joindre votre CV, pouvez-vous le renvoyer ?",
        "Creo que olvidaste adjuntar el CV. ¿Me lo reenvías?",
        "Der Anhang fehlt, schicken Sie den Lebenslauf bitte noch einmal.",
        "Mi sa che hai dimenticato di allegare il CV, me lo rimandi?",
        "Acho que você esqueceu de anexar o currículo. Pode reenviar?",
        "De bijlage ontbreekt, kun je je cv opnieuw sturen?",
    ],
)
def test_asking_for_a_missing_file_is_other_and_sure(read_reply: Read, body: str) -> None:
    verdict = read_reply(body)
    assert verdict.intent is Intent.OTHER
    assert "no_intent_cue" not in {d.code for d in verdict.doubts}


# Since round 69 C a clock said for the user is held to the offer, here read on the user's
# own clock (UTC): said without a hedge and hours off, it is doubted as a time with no day.
# The reply is doubted, so safe; not yet read as the restatement it is.
_HELD_TO_THE_OFFER = "a clock for the user hours off the offer, unhedged, is a time without a day"
_ELSEWHERE_LEFT = {
    "Mercredi 9 décembre à 14h, ça irait ? Il sera 11h là-bas.": _HELD_TO_THE_OFFER,
    "Geht Mittwoch, 9. Dezember um 14 Uhr? Das wäre 11 Uhr drüben.": _HELD_TO_THE_OFFER,
    "Kan woensdag 9 december om 14 uur? Dat is 11 uur daar.": _HELD_TO_THE_OFFER,
}


@pytest.mark.parametrize(
    "body",
    pinned(
        [
            ("Could we do Wednesday 9 December at 2pm? I believe that's 11am over there.",),
            ("Pode ser quarta, 9 de dezembro, às 14h? Acho que são 11h aí.",),
            ("¿Te va el miércoles 9 de diciembre a las 14h? Creo que son las 11 allí.",),
            ("Mercredi 9 décembre à 14h, ça irait ? Il sera 11h là-bas.",),
            ("Geht Mittwoch, 9. Dezember um 14 Uhr? Das wäre 11 Uhr drüben.",),
            ("Kan woensdag 9 december om 14 uur? Dat is 11 uur daar.",),
        ],
        _ELSEWHERE_LEFT,
    ),
)
def test_the_same_time_where_the_user_is_is_no_second_offer(read_reply: Read, body: str) -> None:
    verdict = read_reply(body, date="Mon, 07 Dec 2026 09:00:00 -0500")
    assert len(verdict.proposed_times) == 1
    assert "time_without_day" not in {d.code for d in verdict.doubts}
