"""Round 21, moves and intent: a clash with a meeting the reply calls ours, or with the time
a quoted yes settled on, is a move of it; "next week, same time" is the agreed meeting's
weekday a week on (the agreed meeting being the one time the newest quoted message says yes
to), at its own clock across a clock change; an intro sent to the user and the new contact
together names a referral with the contact's address, never the user. Sentences of our own,
each rule with a near miss.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict
from workflows.understanding.verdict import Referral

_NEW_YORK = ZoneInfo("America/New_York")
# The user offered two times; nothing is agreed yet.
_OFFERS = (
    "\n\nOn Mon, Mar 6, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Could we talk Thursday 3/9 at 2pm ET or Friday 3/10 at 10am ET?\n>\n> Ada\n"
    "> New York (Eastern time)\n"
)
# The user's confirmation of one of them above the list: Thursday at 2pm is agreed.
_AGREED = (
    "\n\nOn Tue, Mar 7, 2028 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Perfect - Thursday 3/9 at 2pm ET works.\n>\n"
    + _OFFERS.strip("\n").replace("\n", "\n> ").replace("On Mon", "> On Mon", 1)
    + "\n"
)
# The user naming one of the offers again, with no yes: still nothing agreed.
_FOLLOW_UP = _AGREED.replace(
    "Perfect - Thursday 3/9 at 2pm ET works.",
    "Just checking in - would Thursday 3/9 at 2pm ET work?",
)
_BOTH = "Ada Obi <ada@example.com>, Priya Nair <priya.nair@example.org>"


def _read(body: str, quote: str, **envelope: str) -> Verdict:
    # Wednesday 8 March: "tomorrow" is the agreed Thursday; the US clocks change on the 12th.
    return read_reply(
        body, tz=_NEW_YORK, date="Wed, 8 Mar 2028 10:00:00 -0500", quote=quote, **envelope
    )


def _starts(verdict: Verdict) -> list[str]:
    return [w.start.isoformat() for w in verdict.proposed_times]


@pytest.mark.parametrize("quote", [_AGREED, _OFFERS])
def test_a_clash_with_a_slot_called_ours_moves_it(quote: str) -> None:
    verdict = _read(
        "Sorry, I've been double-booked for our Thursday 2pm slot. Could we do Friday 3/10 at"
        " 4pm instead?",
        quote,
    )
    assert (verdict.intent, doubt_codes(verdict), _starts(verdict)) == (
        Intent.RESCHEDULE,
        [],
        ["2028-03-10T16:00:00-05:00"],
    )


def test_a_clash_with_the_time_a_quoted_yes_settled_on_moves_it() -> None:
    verdict = _read(
        "Sorry, I'm double-booked Thursday at 2pm. Could we do Friday 3/10 at 4pm instead?", _AGREED
    )
    assert (verdict.intent, doubt_codes(verdict), _starts(verdict)) == (
        Intent.RESCHEDULE,
        [],
        ["2028-03-10T16:00:00-05:00"],
    )


@pytest.mark.parametrize("quote", [_OFFERS, _FOLLOW_UP])
def test_a_clash_with_an_offer_nobody_settled_on_is_a_counter_offer(quote: str) -> None:
    verdict = _read(
        "Sorry, I'm double-booked Thursday at 2pm. Could we do Friday 3/10 at 4pm instead?", quote
    )
    assert verdict.intent is Intent.PROPOSE_TIMES


@pytest.mark.parametrize(
    "body",
    [
        "Something came up for tomorrow - can we push to next week, same time?",
        "Un imprévu pour demain : on peut décaler à la semaine prochaine, même heure ?",
        "Me surgió algo para mañana, ¿podemos pasarlo a la próxima semana a la misma hora?",
        "Mir ist für morgen etwas dazwischengekommen. Können wir auf nächste Woche"
        " verschieben, gleiche Zeit?",
        "Mi è capitato un imprevisto per domani, possiamo spostare alla prossima settimana,"
        " stessa ora?",
        "Surgiu um imprevisto para amanhã, podemos passar para a próxima semana, mesmo horário?",
        "Er is iets tussengekomen voor morgen, kunnen we het verplaatsen naar volgende week,"
        " zelfde tijd?",
    ],
)
def test_next_week_same_time_is_the_agreed_meeting_a_week_on(body: str) -> None:
    verdict = _read(body, _AGREED)
    # 2pm Eastern still, after the clocks went forward on the 12th.
    assert (verdict.intent, doubt_codes(verdict), _starts(verdict)) == (
        Intent.RESCHEDULE,
        [],
        ["2028-03-16T14:00:00-04:00"],
    )


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        # Nothing agreed: two offers and no confirmation above them.
        ("Something came up for tomorrow - can we push to next week, same time?", _OFFERS),
        ("Something came up for tomorrow - can we push to next week, same time?", _FOLLOW_UP),
        # A day other than the meeting's named: not the meeting's weekday a week on.
        ("Something came up for Monday - can we push to next week, same time?", _AGREED),
        ("Something came up - can we push to Friday next week, same time?", _AGREED),
    ],
)
def test_next_week_same_time_without_one_agreed_day_stays_unsure(body: str, quote: str) -> None:
    verdict = _read(body, quote)
    assert "same_time_unresolved" in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "Ada - looping in Priya Nair (priya.nair@example.org), who made the same move last"
        " year. She's far better placed than me.\n\nPriya - Ada is a nurse looking at product"
        " roles. Her note is below.",
        "Ada, je te mets en contact avec Priya Nair, qui a fait le même chemin.",
        "Ada, te presento a Priya Nair, que hizo el mismo cambio. Deberías hablar con Priya Nair.",
        "Ada, ti metto in contatto con Priya Nair, che ha fatto lo stesso percorso. Potresti"
        " parlare con Priya Nair.",
        "Ada, o melhor é falares com a Priya Nair, que fez a mesma mudança.",
        "Ada, je kunt het beste contact opnemen met Priya Nair, zij heeft dezelfde stap gemaakt.",
    ],
)
def test_an_intro_to_both_refers_to_the_one_not_quoted_below(body: str) -> None:
    verdict = _read(body, _OFFERS, to=_BOTH)
    assert (verdict.intent, doubt_codes(verdict), verdict.referrals) == (
        Intent.REFERRAL,
        [],
        (Referral("Priya Nair", "priya.nair@example.org"),),
    )


def test_the_user_looped_in_is_never_a_referral() -> None:
    verdict = _read(
        "Thursday at 2pm works. Looping in Ada Obi (ada@example.com) for the invite.",
        _OFFERS,
        to=_BOTH,
    )
    assert verdict.referrals == ()
    assert doubt_codes(verdict) != []


def test_a_second_addressee_joining_is_no_referral() -> None:
    verdict = _read(
        "Thursday at 2pm works for both of us - Priya will join too.", _OFFERS, to=_BOTH
    )
    assert (verdict.intent, verdict.referrals) == (Intent.ACCEPT, ())
