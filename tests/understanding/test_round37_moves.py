"""Round 37 (moves and invitations): what replies_blind38 read in doubt about moving a meeting.

A move whose old slot is written time first and read again on the user's clock in brackets
("our 10am tomorrow (4pm yours) - Thursday at the same time?") lost its new day to the bracket:
the restated clock waited for the next day named. And "your time" inside such a bracket
("(16:00 your time)") was taken as the clock of the whole message, so the new time after it
was read on the user's clock. Sentences of our own, with near misses that keep their reading;
a yes hedged with a move that may come stays in doubt.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.understanding import Intent, Verdict

_MADRID = ZoneInfo("Europe/Madrid")
# Tuesday 12 October 2032, 19:00 in Toronto (EDT, six hours behind Madrid's CEST).
_TORONTO = "Tue, 12 Oct 2032 19:00:00 -0400"
_AGREED = (
    "\n\nOn Fri, Oct 8, 2032 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Perfect - booked for Wed 13 Oct, 16:00 my time / 10:00 yours.\n>\n> Ada\n"
    "> Madrid (CET/CEST)\n"
)
_OFFERS = (
    "\n\nOn Fri, Oct 8, 2032 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would one of these suit you? All Madrid time:\n> - Thu 14 Oct, 16:00\n"
    "> - Fri 15 Oct, 17:00\n>\n> Ada\n> Madrid (CET/CEST)\n"
)


def _read(body: str, quote: str = _AGREED) -> Verdict:
    return read_reply(body, tz=_MADRID, date=_TORONTO, quote=quote)


def _assert_reads(verdict: Verdict, intent: Intent, starts: list[datetime]) -> None:
    assert verdict.intent is intent
    assert local_starts(verdict, _MADRID) == starts
    assert verdict.certain, doubt_codes(verdict)


# --- the old slot's restatement belongs to the old slot's day --------------------------------


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "So sorry, have to cancel our 10am tomorrow (4pm yours) - could we do Thursday at"
            " the same time instead?",
            datetime(2032, 10, 14, 16, 0),
        ),
        (
            "Have to call off our 10am tomorrow (16:00 for you) - would Friday at 9am work"
            " instead?",
            datetime(2032, 10, 15, 15, 0),
        ),
        (
            "Je dois annuler notre 10h demain (16h chez vous) - on peut faire jeudi à 10h à la"
            " place ?",
            datetime(2032, 10, 14, 16, 0),
        ),
        (
            "Tengo que cancelar la llamada de las 10 mañana (las 16 para ti) - ¿podemos el"
            " viernes a las 10 en su lugar?",
            datetime(2032, 10, 15, 16, 0),
        ),
    ],
)
def test_a_cancel_with_its_slot_restated_reads_the_new_time(body: str, start: datetime) -> None:
    _assert_reads(_read(body), Intent.RESCHEDULE, [start])


# --- "your time" in a bracket after a clock is that clock's zone only ------------------------


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "Need to move our 10am tomorrow (16:00 your time) - does Friday at 11am work instead?",
            datetime(2032, 10, 15, 17, 0),
        ),
        (
            "Need to move tomorrow at 10am (4pm your time). How about Thursday at 9am instead?",
            datetime(2032, 10, 14, 15, 0),
        ),
        (
            "Have to cancel our 10am tomorrow (4pm your time) - could we do Thursday, same time,"
            " instead?",
            datetime(2032, 10, 14, 16, 0),
        ),
    ],
)
def test_your_time_restating_one_clock_leaves_the_rest_on_the_senders(
    body: str, start: datetime
) -> None:
    _assert_reads(_read(body), Intent.RESCHEDULE, [start])


# --- near misses ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "starts"),
    [
        # "your time" for the whole list, or in a bracket holding no clock: the user's clock.
        (
            "Could we do Thursday 16:00 or Friday 17:00, your time?",
            [datetime(2032, 10, 14, 16, 0), datetime(2032, 10, 15, 17, 0)],
        ),
        ("Could we do Thursday at 16:00 (your time)?", [datetime(2032, 10, 14, 16, 0)]),
        # A bracket that says the same clock is on the user's clock: so is the sender's.
        ("Thursday at 16:00 (16:00 your time) works for me.", [datetime(2032, 10, 14, 16, 0)]),
        (
            "Can't do 10am Thursday. Could we do Friday at 17:00 instead (17:00 your time)?",
            [datetime(2032, 10, 15, 17, 0)],
        ),
        # A time written before its day still binds to the day after it.
        (
            "Could we do 3pm on Thursday, or 10am on Friday?",
            [datetime(2032, 10, 14, 21, 0), datetime(2032, 10, 15, 16, 0)],
        ),
        # Each clock restated right after it: two offers, on the sender's clock.
        (
            "I can do 10am Thursday (4pm yours) or 9am Friday (3pm yours).",
            [datetime(2032, 10, 14, 16, 0), datetime(2032, 10, 15, 15, 0)],
        ),
    ],
)
def test_offers_keep_their_clocks(body: str, starts: list[datetime]) -> None:
    verdict = _read(body, _OFFERS)
    assert verdict.intent in (Intent.PROPOSE_TIMES, Intent.ACCEPT)
    assert local_starts(verdict, _MADRID) == starts


@pytest.mark.parametrize(
    "body",
    [
        "Thursday should be fine I think. Might have to move it if the audit runs over, but"
        " let's pencil it in.",
        "Thursday 4pm works - may need to reschedule if my flight changes, but book it for now.",
        "Donnerstag passt mir, glaube ich. Eventuell muss ich verschieben, aber tragen wir es"
        " mal ein.",
        "El jueves me va bien, creo. Puede que tenga que cancelar si se complica el cierre, pero"
        " apúntalo.",
    ],
)
def test_a_yes_with_a_move_that_may_come_stays_in_doubt(body: str) -> None:
    # The move may yet come: whether to book it firmly is the user's to weigh.
    verdict = _read(body, _OFFERS)
    assert verdict.intent is Intent.ACCEPT
    assert "hedged_move" in doubt_codes(verdict)
