"""Round 63, part S: times in plain statements beside an offer (replies_blind61, 63-65).

A plain statement ("am Dienstag um 17 Uhr habe ich unseren Jour fixe") beside a worded offer
was doubted as ``time_in_statement``: the reader did not know the sender's own doing then. One
rule, said in each language: what the sender does at a time named in a plain clause (a standing
meeting, a client visit, guests at home, the school run, a part of a day spoken for, an event
someone else dropped on it, a flat no, a time let pass) makes that time a conflict, so it is
neither offered nor left in doubt. Sentences of our own; a user in Berlin, a week in March 2033.

A clock listed after one read again on the user's clock ("those are your Thursday 8:30am
and Friday 8am") is read again too, unless offer words follow it ("Your 3pm and Wednesday
10am would also work" offers the second).

Near misses keep the doubt: a plain clause that holds the time open ("I have time all
Wednesday morning") or praises it ("a no-brainer").
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_near_miss_safe,
    assert_read_right,
    local_starts,
    read_reply,
)
from workflows.stages import Intent

BERLIN = ZoneInfo("Europe/Berlin")
DATE = "Mon, 7 Mar 2033 09:00:00 +0100"
QUOTE = (
    "\n\nOn Fri, 4 Mar 2033 at 10:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 30 minutes for a chat next week?\n"
)
AGREED = (
    "\n\nOn Fri, 4 Mar 2033 at 10:00, Ada Obi <ada@example.com> wrote:\n"
    "> Great, confirmed for Tuesday 8 March at 15:00.\n"
)
TUE, WED, THU, FRI = 8, 9, 10, 11


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2033, 3, day, hour, minute)


# The sender's own doing at the time in the plain clause, then the offer: only the offer.
# (A visit offered to the user is no guest of the sender's: both times stand.)
RIGHT = [
    (
        "Hi Ada,\n\nOn Tuesday at 8 I take my son to school. Could we do Wednesday at 10 or "
        "Thursday at 2pm?\n\nBest,\nKai\n",
        [_at(WED, 10), _at(THU, 14)],
    ),
    (
        "Hallo Ada,\n\nam Mittwoch um 10 Uhr habe ich meine Teamrunde. Wie wäre es mit "
        "Donnerstag um 14 Uhr oder Freitag um 9 Uhr?\n\nGruß\nKai\n",
        [_at(THU, 14), _at(FRI, 9)],
    ),
    (
        "Olá Ada,\n\nna terça à tarde estou visitando um cliente. Que tal quarta às 11h ou "
        "quinta às 15h?\n\nAbraço,\nKai\n",
        [_at(WED, 11), _at(THU, 15)],
    ),
    (
        "Hi Ada,\n\nI've got budget reviews all Wednesday morning. How about Thursday at 3pm "
        "or Friday at 11am?\n\nKai\n",
        [_at(THU, 15), _at(FRI, 11)],
    ),
    (
        "Hi Ada,\n\nTuesday at 7pm is a hard no for me. Would Thursday at 10 work?\n\nKai\n",
        [_at(THU, 10)],
    ),
    (
        "Hola Ada,\n\nel miércoles por la mañana lo tengo complicado. ¿Te va el jueves a las 16 "
        "o el viernes a las 10?\n\nSaludos,\nKai\n",
        [_at(THU, 16), _at(FRI, 10)],
    ),
    (
        "Hallo Ada,\n\nDonnerstag abends habe ich meine Eltern zu Besuch. Passt Ihnen Mittwoch "
        "um 15 Uhr?\n\nGruß\nKai\n",
        [_at(WED, 15)],
    ),
    (
        "Hoi Ada,\n\nDinsdag om 7 uur 's ochtends sla ik graag over. Kan woensdag om 14 uur "
        "ook?\n\nGroet,\nKai\n",
        [_at(WED, 14)],
    ),
    # "niet schieten": the time is not let pass, it is taken.
    (
        "Hoi Ada,\n\nDinsdag om 15 uur laat ik niet schieten, en woensdag om 14 uur kan ook."
        "\n\nGroet,\nKai\n",
        [_at(TUE, 15), _at(WED, 14)],
    ),
    (
        "Hallo Ada,\n\nSie können am Mittwoch um 10 Uhr gern zu Besuch kommen. Oder passt "
        "Ihnen Donnerstag um 14 Uhr?\n\nGruß\nKai\n",
        [_at(WED, 10), _at(THU, 14)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), RIGHT)
def test_sender_doing_then_is_no_offer(body: str, expected: list[datetime]) -> None:
    verdict = read_reply(body, tz=BERLIN, date=DATE, quote=QUOTE)
    assert_read_right(verdict, BERLIN, Intent.PROPOSE_TIMES, expected)


def test_event_dropped_on_the_agreed_slot_moves_it() -> None:
    body = (
        "Hi Ada,\n\nsorry - my boss just dropped a planning session on Tuesday at 3. Could we "
        "move to Wednesday at 3 instead?\n\nKai\n"
    )
    verdict = read_reply(body, tz=BERLIN, date=DATE, quote=AGREED)
    assert_read_right(verdict, BERLIN, Intent.RESCHEDULE, [_at(WED, 15)])


# A plain clause that holds the time open, or praises it, stays in doubt beside the offer.
NEAR_MISSES = [
    "Hi Ada,\n\nI have time all Wednesday morning. Could we also do Thursday at 2pm?\n\nKai\n",
    "Hi Ada,\n\nWednesday at 10 is a no-brainer for me. Could we also do Thursday at 2pm?\n\nKai\n",
]


@pytest.mark.parametrize("body", NEAR_MISSES)
def test_open_time_in_statement_stays_doubted(body: str) -> None:
    verdict = read_reply(body, tz=BERLIN, date=DATE, quote=QUOTE)
    assert_near_miss_safe(verdict, BERLIN, Intent.PROPOSE_TIMES)


NEW_YORK = "Mon, 7 Mar 2033 09:00:00 -0500"


def test_second_clock_of_a_restated_list_is_restated() -> None:
    body = (
        "Hi Ada,\n\nCould we do Tuesday 8 March at 9am or Wednesday at 10am? If my sums are "
        "right those are your Tuesday 3pm and Wednesday 4pm.\n\nKai\n"
    )
    verdict = read_reply(body, tz=BERLIN, date=NEW_YORK, quote=QUOTE)
    assert_read_right(verdict, BERLIN, Intent.PROPOSE_TIMES, [_at(TUE, 15), _at(WED, 16)])


def test_listed_clock_with_offer_words_after_it_is_offered() -> None:
    body = "Hi Ada,\n\nCould we do Tuesday at 9am? Your 3pm and Wednesday 10am would also work.\n"
    verdict = read_reply(body, tz=BERLIN, date=NEW_YORK, quote=QUOTE)
    assert _at(WED, 16) in sorted(local_starts(verdict, BERLIN)) or not verdict.certain
