"""Round 43 (moves): what replies_blind44 read in doubt about moving an agreed meeting.

A French or Portuguese sentence ending on a short accented word ("à ce moment-là.", "não
estarei lá.") ran on into the next one, so a cancel swallowed the new time asked for after it.
And a meeting named with its day number before its clock ("notre appel de jeudi 13 à 10h"),
beside a conflict said in the sender's language ("j'ai un conflit", "tengo un conflicto"), was
read as an offer of the old slot beside the new ones. A clock set against the old one ("10am
instead of 9") in the sentence after the one moving "Thursday's call" took that day's old role
and was lost. Sentences of our own (a Paris user,
November 2031), with near misses that keep their reading or stay in doubt.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.understanding import Intent, Verdict

_PARIS = ZoneInfo("Europe/Paris")
# Monday 10 November 2031, 18:00 in Paris; the call agreed for Thursday 13 at 10:00.
_DATE = "Mon, 10 Nov 2031 18:00:00 +0100"
_AGREED = (
    "\n\nLe lun. 3 nov. 2031 à 09:00, Ada Obi <ada@example.com> a écrit :\n"
    "> Parfait, c'est noté pour jeudi 13 novembre à 10h (heure de Paris).\n>\n> Ada\n"
)


def _read(body: str) -> Verdict:
    return read_reply(body, tz=_PARIS, date=_DATE, quote=_AGREED)


# --- a short word ending on an accent ends its sentence ----------------------------------


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "Désolé, je dois annuler notre appel de jeudi 10h, je suis coincé à ce moment-là."
            " Pourrait-on le décaler à vendredi 14 à 15h ?",
            datetime(2031, 11, 14, 15, 0),
        ),
        (
            "Je dois annuler jeudi 10h, je ne serai pas là. On peut le décaler à vendredi 14 à"
            " 10h ?",
            datetime(2031, 11, 14, 10, 0),
        ),
        (
            "Desculpe, tenho de cancelar a chamada de quinta às 10h, não estarei lá. Podemos"
            " mudar para sexta 14 às 11h?",
            datetime(2031, 11, 14, 11, 0),
        ),
        (
            "Tenho de cancelar quinta às 10h, já não estou cá. Podemos passar para sexta 14 às"
            " 10h?",
            datetime(2031, 11, 14, 10, 0),
        ),
    ],
)
def test_a_cancel_then_a_move_in_the_next_sentence_reads_the_new_time(
    body: str, start: datetime
) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.RESCHEDULE
    assert local_starts(verdict, _PARIS) == [start]
    assert verdict.certain, doubt_codes(verdict)


# --- the agreed meeting with its day number and clock, beside a conflict, is the old slot ---


@pytest.mark.parametrize(
    ("body", "starts"),
    [
        (
            "Pour notre appel de jeudi 13 à 10h, j'ai un conflit de dernière minute. Je peux à"
            " 11h30 le même jour, ou vendredi 14 à 9h.",
            [datetime(2031, 11, 13, 11, 30), datetime(2031, 11, 14, 9, 0)],
        ),
        (
            "Para nuestra llamada del jueves 13 a las 10, tengo un conflicto. ¿Podemos el"
            " viernes 14 a las 9?",
            [datetime(2031, 11, 14, 9, 0)],
        ),
        (
            "Per la nostra chiamata di giovedì 13 alle 10 ho un conflitto: possiamo venerdì 14"
            " alle 9?",
            [datetime(2031, 11, 14, 9, 0)],
        ),
        (
            "Para a nossa chamada de quinta 13 às 10h, tenho um conflito. Podemos sexta 14 às 9h?",
            [datetime(2031, 11, 14, 9, 0)],
        ),
    ],
)
def test_the_agreed_slot_beside_a_conflict_is_never_proposed(
    body: str, starts: list[datetime]
) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.RESCHEDULE
    assert local_starts(verdict, _PARIS) == starts
    assert verdict.certain, doubt_codes(verdict)


# --- a clock set against the old one takes the day of the meeting moved just before ------


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "Could we shift Thursday's call a bit? 11:30 instead of 10, same link.",
            datetime(2031, 11, 13, 11, 30),
        ),
        (
            "Need to push Thursday's chat back. Say 2pm rather than 10am?",
            datetime(2031, 11, 13, 14),
        ),
        (
            "Peut-on décaler notre appel de jeudi ? 11h au lieu de 10h, ce serait idéal.",
            datetime(2031, 11, 13, 11, 0),
        ),
        (
            "¿Podemos mover la llamada del jueves? A las 11 en vez de a las 10.",
            datetime(2031, 11, 13, 11, 0),
        ),
        (
            "Could we push Thursday's call by an hour? 11am instead of 10 - a board meeting"
            " landed on ours. Same day, same link.",
            datetime(2031, 11, 13, 11, 0),
        ),
    ],
)
def test_a_new_clock_instead_of_the_old_is_on_the_moved_meetings_day(
    body: str, start: datetime
) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.RESCHEDULE
    assert local_starts(verdict, _PARIS) == [start]
    assert verdict.certain, doubt_codes(verdict)


# --- near misses ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # The meeting named with no conflict, or a conflict denied: the slot is kept.
        "Pour notre rendez-vous de jeudi 13 à 10h, je vous envoie le lien Teams demain.",
        "Pas de conflit pour notre appel de jeudi 13 à 10h, à jeudi !",
        # An accented short word before a sentence that picks: still a yes.
        "Je suis là. Jeudi 13 à 10h, parfait.",
    ],
)
def test_the_agreed_slot_without_a_conflict_stays_a_yes(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _PARIS) == [datetime(2031, 11, 13, 10, 0)]


@pytest.mark.parametrize(
    "body",
    [
        # A conflict with no new time: the old slot is no offer, and the user is asked.
        "Pour notre appel de jeudi 13 à 10h, j'ai un conflit. Pouvez-vous me proposer d'autres"
        " créneaux ?",
        # Moved by a length only: the reader does not add it to the agreed slot.
        "Could we push Thursday's call by an hour?",
        "Could we push Thursday's call by an hour? Same day, same link.",
        # A clock after the moved meeting's sentence, set against no old clock; a day turned
        # down (not a meeting moved); a clock set against the old one on another day.
        "Need to move Thursday's call. 3pm works better.",
        "Can't do Thursday. 3pm instead of 2?",
        "I can't make Thursday's call. 3pm instead of 10 on Friday?",
    ],
)
def test_a_move_with_no_new_time_read_stays_in_doubt(body: str) -> None:
    assert not _read(body).certain
