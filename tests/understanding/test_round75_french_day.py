"""Round 75, part B: a second offer after "or" and a day, lost, never leaves a reading certain.

"Mercredi 31 à 10h – attention, on change d'heure le 28 – ou jeudi 1er avril entre 9h et 10h":
an aside in dashes naming a date of its own lost the Thursday offer, and the reply was read
certain with the Wednesday alone. Whatever loses such an offer, an "or" + day with no offer read
on that day now doubts. Near misses: both offers read, or the "or" day is one already read.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply

TAIPEI = ZoneInfo("Asia/Taipei")
PARIS = ZoneInfo("Europe/Paris")
SENT = "Mon, 22 Mar 2038 09:15:00 +0100"

APRIL_1 = {date(2038, 3, 31), date(2038, 4, 1)}

# (body, the days a certain reading must hold): an aside in dashes talks of the clock change,
# then "or" and a second offer, a range on a day written as an ordinal.
DROPPED_OR_READ = [
    (
        "Plutôt mercredi 31 mars à 11h (heure de Paris) – petite précision, on passe à "
        "l'heure d'été le 28, donc pour vous ce sera 17h – ou bien jeudi 1er avril entre 14h "
        "et 15h.\n",
        APRIL_1,
    ),
    (
        "Plutôt mercredi 31 mars à 11h (heure de Paris) – on passe à l'heure d'été le 28 – ou "
        "jeudi 1er avril\nentre 14h et 15h.\n",
        APRIL_1,
    ),
    (
        "How about Wednesday 31 March at 11am (Paris time) - heads up, summer time starts on "
        "the 28th, so that is 5pm for you - or Thursday 1st April between 2 and 3pm?\n",
        APRIL_1,
    ),
    (
        "Wie wäre Mittwoch, 31. März um 11 Uhr (Pariser Zeit) – Achtung, am 28. beginnt die "
        "Sommerzeit – oder Donnerstag, 1. April zwischen 14 und 15 Uhr?\n",
        APRIL_1,
    ),
    (
        "¿Qué tal el miércoles 31 de marzo a las 11h (hora de París) – ojo, el 28 empieza el "
        "horario de verano – o el jueves 1º de abril entre las 14h y las 15h?\n",
        APRIL_1,
    ),
    (
        "Que tal quarta-feira, 31 de março, às 11h (hora de Paris) – atenção, no dia 28 começa "
        "o horário de verão – ou quinta-feira, 1º de abril, entre 14h e 15h?\n",
        APRIL_1,
    ),
    (
        "Che ne dice di mercoledì 31 marzo alle 11 (ora di Parigi) – attenzione, il 28 scatta "
        "l'ora legale – oppure giovedì 1° aprile tra le 14 e le 15?\n",
        APRIL_1,
    ),
    (
        "Kan woensdag 31 maart om 11 uur (Parijse tijd) – let op, op de 28e gaat de zomertijd "
        "in – of donderdag 1 april tussen 14 en 15 uur?\n",
        APRIL_1,
    ),
    # Near misses: the day after "or" is no offer, or the talk's own clock is no offer; a
    # certain reading holds the Wednesday alone.
    (
        "Mercredi 31 mars à 11h (heure de Paris) – on passe à l'heure d'été le 28 – donc 17h "
        "chez vous.\n",
        {date(2038, 3, 31)},
    ),
    (
        "Mercredi 31 mars à 11h (heure de Paris) – on passe à l'heure d'été le 28, ou dimanche "
        "selon les années.\n",
        {date(2038, 3, 31)},
    ),
    ("Wednesday 31 March at 11am is best; Monday or Tuesday are full.\n", {date(2038, 3, 31)}),
]

# Near misses of the doubt: each offer after "or" is read, so nothing is left for it to flag.
BOTH_READ = [
    "Je peux mercredi 31 mars à 11h ou jeudi 1er avril à 14h.\n",
    "Wednesday 31 March at 11am or Thursday 1 April at 2pm works for me.\n",
    "Mittwoch, 31. März um 11 Uhr oder Donnerstag, 1. April um 14 Uhr?\n",
]


@pytest.mark.parametrize(("body", "days"), DROPPED_OR_READ)
def test_or_day_never_dropped_certain(body: str, days: set[date]) -> None:
    verdict = read_reply(body, tz=TAIPEI, date=SENT)
    read = {w.start.astimezone(PARIS).date() for w in verdict.proposed_times}
    assert verdict.doubts or read == days, (doubt_codes(verdict), read)


@pytest.mark.parametrize("body", BOTH_READ)
def test_or_day_read_is_not_doubted(body: str) -> None:
    verdict = read_reply(body, tz=TAIPEI, date=SENT)
    assert "or_day_unread" not in doubt_codes(verdict)
    assert {w.start.astimezone(PARIS).date() for w in verdict.proposed_times} == {
        date(2038, 3, 31),
        date(2038, 4, 1),
    }
