"""Precision hunt 3: replies of our own read certain but wrong, each cause with a near miss.

A question about what the user meant ("did you mean Wednesday at 4?", "your time or mine?")
read as an accept or an offer; a numeric date after a day-first language's article ("le 5/11",
"el 5/11") read month-first because the sender's offset is American.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_NEW_YORK = ZoneInfo("America/New_York")
# The user, in New York, offers two times.
_OFFERS = (
    "\n\nOn Mon, Nov 1, 2027 at 9:00 AM Jordan Reyes <jordan@example.com> wrote:\n"
    "> Could we chat? Wednesday 11/3 at 4pm ET or Thursday 11/4 at 11am ET suit me.\n>\n"
    "> Jordan Reyes\n> Boston, MA (Eastern time)\n"
)


def _read(body: str, offset: str = "-0400") -> Verdict:
    return read_reply(
        body,
        tz=_NEW_YORK,
        date=f"Tue, 2 Nov 2027 09:00:00 {offset}",
        quote=_OFFERS,
        to="Jordan Reyes <jordan@example.com>",
    )


@pytest.mark.parametrize(
    "body",
    [
        "Sorry, did you mean Wednesday at 4 or Thursday at 4?",
        "Do you mean Thursday 11/4 at 11am?",
        "Happy to talk. Is Wednesday at 4 your time or mine?",
        "Wednesday at 4pm works - my time or yours?",
        "Was Wednesday a typo for Friday at 4?",
        "Meinst du Donnerstag um 11 Uhr?",
        "Vous vouliez dire jeudi à 11h ?",
        "¿Te refieres al jueves a las 11?",
        "Intendevi giovedì alle 11?",
        "Você quis dizer quinta às 11h?",
        "Bedoel je donderdag om 11 uur?",
    ],
)
def test_a_question_about_what_the_user_meant_is_no_answer(body: str) -> None:
    verdict = _read(body)
    assert "asks_what_was_meant" in doubt_codes(verdict)
    assert not verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "Thursday at 11 works, see you then.",
        "Wednesday at 4 is perfect - I meant to reply sooner, sorry!",
    ],
)
def test_a_plain_yes_is_not_a_question_about_meaning(body: str) -> None:
    # Near miss: "I meant to reply" asks nothing about the user's words.
    verdict = _read(body)
    assert verdict.intent is Intent.ACCEPT
    assert verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "Aucun des deux ne me convient. Et le 5/11 à 14h ?",
        "Ninguno me viene bien. ¿Qué tal el 5/11 a las 14h?",
        "Nessuno dei due va bene. Che ne dici del 5/11 alle 14?",
        "Nenhum dos dois dá. Que tal dia 5/11 às 14h?",
    ],
)
def test_a_day_first_article_before_a_date_read_month_first_is_doubted(body: str) -> None:
    # From -0400 the reader takes numeric dates month-first: 5/11 would be May 11.
    verdict = _read(body)
    assert "two_readings_of_time" in doubt_codes(verdict)
    assert not verdict.certain


def test_the_same_date_read_day_first_stays_certain() -> None:
    # Near miss: from +0100 the date is read day-first, the 5th of November, as written.
    verdict = _read("Aucun des deux ne me convient. Et le 5/11 à 14h ?", offset="+0100")
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert [(w.start.month, w.start.day) for w in verdict.proposed_times] == [(11, 5)]
    assert verdict.certain


def test_an_english_month_first_date_is_not_doubted() -> None:
    # Near miss: no day-first article, and an American sender writes month first.
    verdict = _read("Neither works for me. How about 11/5 at 2pm ET?")
    assert [(w.start.month, w.start.day) for w in verdict.proposed_times] == [(11, 5)]
    assert verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "Past geen van beide. En 5-11 om 14.00?",
    ],
)
def test_a_question_with_a_date_or_clock_the_grammar_missed_is_doubted(body: str) -> None:
    # A dashed date and a dotted hour the grammar does not read: no certain "other".
    verdict = _read(body, offset="+0100")
    assert "question_beside_time" in doubt_codes(verdict)
    assert not verdict.certain


def test_a_question_with_no_numbers_stays_certain() -> None:
    # Near miss: asking for other times names no date or clock.
    verdict = _read("Geen van beide, helaas. Kun je andere tijden sturen?", offset="+0100")
    assert "question_beside_time" not in doubt_codes(verdict)
