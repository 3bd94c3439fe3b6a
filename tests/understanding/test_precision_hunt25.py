"""Precision hunt 25: certain-but-wrong readings earlier hunts found and left.

A no to one of two offered days, the offered times turned down beside an absence or a question,
an answer put off to next week, hand-written words above a pasted absence notice, a clock named
by a place the reader cannot place, a clock checked back as a question, a range whose start is
said roughly, and a yes that is a colleague's beside the sender's no. Sentences of our own, with
near misses, under an outreach offering Thursday 16 March 3pm and Friday 17 March 10am (New
York).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_NY = ZoneInfo("America/New_York")
_ASK = (
    "\n\nOn Mon, Mar 13, 2028 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai, I'm exploring a move into product design and would love a 20-minute chat.\n"
    "> Would you be open to that some time in the next few weeks?\n>\n> Ada\n"
)
_OFFERS = (
    "\n\nOn Mon, Mar 13, 2028 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Could we talk for 30 minutes? Either of these would suit me:\n>\n"
    "> - Thursday, March 16 at 3:00 pm\n> - Friday, March 17 at 10:00 am\n>\n> Ada\n"
)
_NOTICE = (
    "\n\n-----\nI am currently out of the office with limited access to email and will return"
    " on Friday, March 24. For urgent matters please contact Jo Park (jo@example.com).\n"
)


def _read(body: str, quote: str = _OFFERS) -> Verdict:
    return read_reply(body, tz=_NY, date="Tue, 14 Mar 2028 10:00:00 -0400", quote=quote)


_UNSURE = {
    # Cause 1: a no that names one of the offered days leaves the other open.
    "one offer refused": [
        "El jueves no puedo.",
        "El jueves no puedo, lo siento.",
        "Jeudi je ne peux pas.",
        "Donnerstag kann ich nicht.",
        "Giovedì non posso.",
        "Quinta não posso.",
        "Donderdag kan ik niet.",
        "Unfortunately Thursday is no good.",
        "El jueves no puedo, pero el viernes sí.",
    ],
    # Cause 2: the offered times turned down beside an absence or a question about later.
    "times refused": [
        "Just back from leave, can't make either time - next week?",
        "Out of office that week and can't make either time.",
        "I'm travelling that week so can't make either time, sorry.",
        "I'm on leave until the 20th, so neither slot works. Next week maybe?",
        "Je rentre de congé, aucun des deux créneaux ne me convient. La semaine prochaine ?",
        "Bin gerade aus dem Urlaub zurück, beide Termine passen nicht. Nächste Woche?",
        "Appena rientrato dalle ferie, nessuno dei due orari va bene. La prossima settimana?",
        "Net terug van verlof, beide tijden lukken niet. Volgende week?",
    ],
    # Cause 5: a clock named by a place the reader cannot place, in brackets or after a comma.
    "unplaced clock": [
        "Sexta às 15h (horário de Dubai)?",
        "Sexta-feira às 15h, horário de Dubai, pode ser?",
        "Viernes a las 15:00 (hora de Dubái)?",
        "Vendredi à 15h (heure de Dubaï) ?",
        "Freitag um 15 Uhr (Dubai-Zeit)?",
        "Venerdì alle 15 (ora di Dubai)?",
        "Vrijdag om 15:00 (tijd in Dubai)?",
        "Sexta às 15h (horário de Maputo)?",
        "Jueves a las 9 (hora de Caracas)?",
    ],
    # Cause 6: a yes with its clock checked back as a question, in the seven languages.
    "clock checked back": [
        "Friday works! 10am Eastern or Pacific?",
        "Thursday works but just to confirm - 3pm Pacific?",
        "Jeudi me va, 15h heure de Paris c'est bien ça ?",
        "El jueves me va, ¿las 15h hora de Madrid, verdad?",
        "Donnerstag passt, 15 Uhr MEZ, oder?",
        "Giovedì va bene, le 15 ora italiana, giusto?",
        "Quinta serve, 15h horário de Brasília, certo?",
        "Donderdag is prima, 15:00 CET toch?",
    ],
    # Cause 8: a colleague's yes beside the sender's own no.
    "someone else's yes": [
        "Thursday is fine for my boss; I can't make it.",
        "Giovedì va bene per il mio collega, per me no.",
        "Donnerstag passt meinem Kollegen, mir leider nicht.",
        "Thursday works for everyone except me, unfortunately.",
    ],
    # Cause 3 (near the defer): a pick beside a promise to come back on something else.
    "pick beside a later answer": [
        "Thursday works, I'll get back to you next week on the agenda.",
    ],
}


_UNSURE_ROWS = [
    pytest.param(b, id=f"{cause}: {b}") for cause, bodies in _UNSURE.items() for b in bodies
]


@pytest.mark.parametrize("body", _UNSURE_ROWS)
def test_left_to_the_user(body: str) -> None:
    assert not _read(body).certain


_OVER_NOTICE = [
    "Back on the 24th – let's talk then.",
    "Back on the 24th, happy to chat after that.",
    "Happy to chat once I'm back - let's talk then.",
    "De retour le 24 – parlons-en à ce moment-là.",
    "Vuelvo el 24, hablamos entonces.",
    "Torno il 24, ne parliamo allora.",
    "Volto dia 24, falamos então.",
    "Ben de 24e terug, laten we dan praten.",
]


# Cause 4: hand-written words above a pasted notice; the notice's stand-in is no one to meet.
@pytest.mark.parametrize("body", _OVER_NOTICE)
def test_words_over_a_notice_defer(body: str) -> None:
    verdict = _read(body + _NOTICE, _ASK)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.DEFER


_LATER = [
    "Let me get back to you next week on timing.",
    "Let me get back to you next week on timing",
    "Let me check my calendar and get back to you next week.",
    "Happy to - let me get back to you next week on timing.",
    "I'll get back to you about timing early next month.",
    "Te confirmo la semana que viene el horario.",
    "Ti faccio sapere la prossima settimana per l'orario.",
    "Te retorno semana que vem sobre o horário.",
    "Ik laat volgende week weten wanneer het uitkomt.",
]


# Cause 3: an answer put off to a later time named is a defer, not a hold.
@pytest.mark.parametrize("body", _LATER)
def test_answer_put_off_is_a_defer(body: str) -> None:
    verdict = _read(body, _ASK)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.DEFER


def _at(day: int, hour: int) -> datetime:
    return datetime(2028, 3, day, hour, 0)


_SURE: list[tuple[str, str, Intent, list[datetime]]] = [
    # Cause 7: a start said roughly is still the range's start (one window, not two).
    ("Thursday 10ish-noon?", _OFFERS, Intent.PROPOSE_TIMES, [_at(16, 10)]),
    ("Thursday 10ish to noon?", _OFFERS, Intent.PROPOSE_TIMES, [_at(16, 10)]),
    ("Friday 9ish-11am works", _OFFERS, Intent.PROPOSE_TIMES, [_at(17, 9)]),
    ("Friday 9ish - 11ish works for me", _OFFERS, Intent.PROPOSE_TIMES, [_at(17, 9)]),
    ("Thursday 1ish-3pm?", _OFFERS, Intent.PROPOSE_TIMES, [_at(16, 13)]),
    (
        "Thursday 10ish-noon or Friday 2ish-4?",
        _OFFERS,
        Intent.PROPOSE_TIMES,
        [_at(16, 10), _at(17, 14)],
    ),
    # Near misses: ranges and rough times read as before.
    ("Thursday 10-noon?", _OFFERS, Intent.PROPOSE_TIMES, [_at(16, 10)]),
    ("Thursday 2-4pm?", _OFFERS, Intent.PROPOSE_TIMES, [_at(16, 14)]),
    ("Thursday 10ish?", _OFFERS, Intent.PROPOSE_TIMES, [_at(16, 10)]),
    # Near misses of cause 5: places the reader knows, and the user's own clock.
    ("Friday at 3pm (Dubai time)?", _OFFERS, Intent.PROPOSE_TIMES, [_at(17, 7)]),
    ("Donnerstag 9 Uhr (Zeit in Riad)?", _OFFERS, Intent.PROPOSE_TIMES, [_at(16, 2)]),
    ("Viernes 15h hora de Bogotá?", _OFFERS, Intent.PROPOSE_TIMES, [_at(17, 16)]),
    ("Friday at 3pm (New York time)?", _OFFERS, Intent.PROPOSE_TIMES, [_at(17, 15)]),
    ("Sexta às 15h (horário de Nova York)?", _OFFERS, Intent.PROPOSE_TIMES, [_at(17, 15)]),
    ("Friday 3pm (Paris time)?", _OFFERS, Intent.ACCEPT, [_at(17, 10)]),
    # Near misses of cause 6: a yes with no question, or a clock said in passing.
    ("Thursday at 3pm works. See you then!", _OFFERS, Intent.ACCEPT, [_at(16, 15)]),
    ("Thursday 3pm works (that's noon for me in SF).", _OFFERS, Intent.ACCEPT, [_at(16, 15)]),
    # Near misses of causes 1 and 2: both days refused, a pick of the rest, a counter.
    ("Je ne peux pas jeudi, vendredi aussi c'est compliqué.", _OFFERS, Intent.DECLINE, []),
    ("Thanks for reaching out, but I'm not taking these calls.", _OFFERS, Intent.DECLINE, []),
    ("Can't do Thursday, but Friday works.", _OFFERS, Intent.ACCEPT, [_at(17, 10)]),
    ("Thursday is out, Friday at 10 works.", _OFFERS, Intent.ACCEPT, [_at(17, 10)]),
    (
        "Can't make either time - how about Monday at 11am?",
        _OFFERS,
        Intent.PROPOSE_TIMES,
        [_at(20, 11)],
    ),
    ("Out of office until the 24th.", _ASK, Intent.OUT_OF_OFFICE, []),
    # Near misses of cause 8: the sender's own yes, a colleague along.
    ("Thursday works for me and my colleague.", _OFFERS, Intent.ACCEPT, [_at(16, 15)]),
    ("Thursday works for me - not Friday though.", _OFFERS, Intent.ACCEPT, [_at(16, 15)]),
    # Near misses of cause 3: a later time with no pick, and a hold with no time.
    (
        "Im Moment passt es leider nicht. Melden Sie sich gerne im Mai wieder.",
        _ASK,
        Intent.DEFER,
        [],
    ),
    ("Let me get back to you.", _ASK, Intent.OTHER, []),
]


@pytest.mark.parametrize(
    ("body", "quote", "intent", "starts"), [pytest.param(*row, id=row[0]) for row in _SURE]
)
def test_still_read(body: str, quote: str, intent: Intent, starts: list[datetime]) -> None:
    verdict = _read(body, quote)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is intent
    assert local_starts(verdict, _NY) == starts
