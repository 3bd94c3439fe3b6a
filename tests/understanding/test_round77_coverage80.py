"""Round 77, part F, on replies_blind80's doubted readings: a user in Lagos, late 2038.

Sentences of our own, quoted from "Ada Obi <ada@example.com>", who offered Thursday 4 November
at 15:00 on Lagos's clock; the replies come on Monday 1 November.

- Read surely now: a Dutch no that lets the request pass by with "mij" as well as "me"
  ("Ik laat het aan mij voorbijgaan").
- Read surely now: a no of "this week" in each language, the sender moving on to next week
  ("Deze week lukt het niet meer. Kan het volgende week dinsdag om 16:00?").
- Read surely now: a friend or colleague named, then sent to in the next sentence after an
  abbreviation's stop that the plain splitter runs on ("… ops to PM. find him on linkedin and
  say i sent you").
- Near misses that stay as they were: a decline of one day with another day offered, a yes
  then a no of this week with no other week, a no with no week named, "this week and next week
  neither", a sentence after the stop that sends the user to the sender, not to the one named.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

LAGOS = ZoneInfo("Africa/Lagos")
QUOTE = (
    "\n\nOn Mon, 1 Nov 2038 at 10:00, Ada Obi <ada@example.com> wrote:\n"
    "> Could we have a 30-minute chat? Thursday 4 November at 15:00 (Lagos) works for me.\n"
)
MONDAY = "Mon, 01 Nov 2038 12:00:00 +0100"
# Tuesday 9 November 16:00 on Lagos's clock (the replies name it on the same clock).
TUE_9 = datetime(2038, 11, 9, 16, 0)
THU_4 = datetime(2038, 11, 4, 15, 0)
FRI_5 = datetime(2038, 11, 5, 10, 0)


def _read(line: str) -> Verdict:
    return read_reply(f"Hi Ada,\n\n{line}\n\nKai\n", tz=LAGOS, date=MONDAY, quote=QUOTE)


@pytest.mark.parametrize(
    "line",
    [
        "Mijn agenda zit tot het eind van het jaar vol, en ik wil je niet aan het lijntje "
        "houden. Ik laat het dus aan mij voorbijgaan. Succes!",
        "Bedankt voor je bericht, maar ik laat dit aan mij voorbij gaan, sorry.",
        "Ik laat het gesprek aan me voorbijgaan. Veel succes met je overstap.",
    ],
)
def test_a_dutch_no_that_lets_the_request_pass_is_a_decline(line: str) -> None:
    verdict = _read(line)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.DECLINE
    assert not verdict.proposed_times


def test_one_day_let_pass_with_another_offered_stays_an_offer() -> None:
    verdict = _read(
        "Donderdag om 15:00 laat ik aan mij voorbij gaan, maar vrijdag om 10:00 kan ik wel."
    )
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, LAGOS) == [FRI_5]


@pytest.mark.parametrize(
    "line",
    [
        "Deze week lukt het niet meer. Kan het volgende week dinsdag 9 november om 16:00?",
        "Deze week kan ik niet. Kan het volgende week dinsdag om 16:00?",
        "Cette semaine malheureusement je ne peux pas. La semaine prochaine, mardi 9 à 16h ?",
        "Diese Woche geht es leider nicht. Nächste Woche Dienstag um 16 Uhr?",
        "Esta semana no puedo. ¿Te va el martes 9 de noviembre a las 16:00?",
        # Round 78: the weeks from the shared vocabulary, with forms typed without accents.
        "Esta semana no puedo. ¿La semana que viene, el martes 9 a las 16:00?",
        "Diese Woche geht es leider nicht. Kommende Woche Dienstag um 16 Uhr?",
        "Diese Woche klappt es nicht mehr. Nachste Woche Dienstag um 16 Uhr?",
        "Esta semana no puedo. Proxima semana, martes 9 a las 16:00?",
        "Esta semana não consigo. Pode ser na semana que vem, terça dia 9 às 16h?",
        "Questa settimana non riesco. La settimana prossima, martedì 9 alle 16?",
        "This week is out for me, sorry. Next week, Tuesday 9th at 4pm?",
    ],
)
def test_a_no_of_this_week_before_a_next_week_offer_is_the_offer(line: str) -> None:
    verdict = _read(line)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, LAGOS) == [TUE_9]


@pytest.mark.parametrize(
    "line",
    [
        # A yes, then a no of the week that holds it, and no other week: which stands?
        "Donderdag 15:00 is prima. Maar deze week lukt het niet.",
        # A no with no week named before the offer.
        "Helaas lukt het niet. Kan het volgende week dinsdag om 16:00?",
    ],
)
def test_a_no_not_scoped_to_a_week_left_behind_stays_doubted(line: str) -> None:
    verdict = _read(line)
    assert not verdict.certain
    assert "contradicting_intent_cues" in doubt_codes(verdict)


def test_this_week_and_next_week_neither_stays_a_decline() -> None:
    verdict = _read("Deze week lukt het niet, en volgende week ook niet. Succes!")
    assert verdict.intent is Intent.DECLINE
    assert not verdict.proposed_times


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "im not really in product but my buddy Marcus Lee does exactly this at Tradewind, "
            "ops to PM. find him on linkedin and say i sent you",
            "Marcus Lee",
        ),
        (
            "not my area but my colleague Nora Quist moved from ops to PM. tell her I sent you",
            "Nora Quist",
        ),
    ],
)
def test_a_name_sent_to_after_an_abbreviations_stop_is_a_referral(line: str, name: str) -> None:
    verdict = _read(line)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.REFERRAL
    assert [r.name for r in verdict.referrals] == [name]
    assert all(r.email is None for r in verdict.referrals)


@pytest.mark.parametrize(
    "line",
    [
        # The next sentence sends the user to the sender, not to the one named.
        "my colleague Marcus Lee does exactly this at Tradewind, ops to PM. find me on linkedin",
        # The one named is only mentioned; the time is the sender's yes.
        "I am not in product, my colleague Marcus Lee is out till 9 am. Thursday at 3pm works.",
    ],
)
def test_a_name_not_sent_to_is_no_sure_referral(line: str) -> None:
    verdict = _read(line)
    assert not (verdict.certain and verdict.intent is Intent.REFERRAL)
    assert not verdict.certain or not verdict.referrals


def test_the_thursday_offer_is_read_on_lagos_clock() -> None:
    # The quoted offer itself, picked: the table's clock is Lagos's.
    verdict = _read("Thursday 4 November at 15:00 works for me.")
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, LAGOS) == [THU_4]
