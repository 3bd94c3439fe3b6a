"""Round 69, part M: a settled meeting moved "at the same time", and picks restated on two clocks.

Sentences of our own, in October and November 2034 (the EU clocks go back on 29 October, the US
ones on 5 November) and around 2 April 2034 (Melbourne goes back, Brisbane keeps its clock).

- A move "at the same time" keeps the clock the old time was named on: the sender's own when
  they name it on theirs ("push Friday's 10am (ur 5pm)"), the user's when they name the user's
  slot ("your 4pm"); across a clock change that label takes its clock's offset on the new day.
  Before, a phone's "(ur 5pm)" was not known as the user's clock, so "same time" repeated the
  5pm on the sender's clock (blind69 s04, doubted).
- A clock restated right after a pick ("bei uns ist das dann 9:30", "that's 8:30 for me", "o sea
  las 9:00 aquí") is no other offer: when it agrees with the slot, the pick is certain.

Near misses stay doubted (or certain with no time): "same time" with no time agreed, an old
time the sender is unsure of, a move across a change from a clock the reader cannot place, a
restated clock that is not the slot's, and a second clock offered after a pick.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_near_miss_safe,
    assert_read_right,
    pinned,
    read_reply,
    reading,
)
from workflows.stages import Intent

HEL, NY = ZoneInfo("Europe/Helsinki"), ZoneInfo("America/New_York")
BNE = ZoneInfo("Australia/Brisbane")
A, P, R = Intent.ACCEPT, Intent.PROPOSE_TIMES, Intent.RESCHEDULE


def _confirmed(day: str, user_clock: str, sender_clock: str = "") -> str:
    """The user's quoted confirmation of ``day`` at ``user_clock`` (and the sender's clock)."""
    also = f" ({sender_clock})" if sender_clock else ""
    return (
        "\n\nOn Mon, 23 Oct 2034 at 09:00, Ada Obi <ada@example.com> wrote:\n"
        f"> Hi Kai,\n>\n> Great - {day} at {user_clock}{also} it is. I'll send a link.\n>\n"
        "> Ada\n"
    )


# Helsinki user; each sender's confirmation and Date header.
AUSTIN = (
    _confirmed("Friday 3 November", "17:00 Helsinki time", "10:00 in Austin"),
    "Thu, 02 Nov 2034 21:15:00 -0500",
)
NEW_YORK = (
    _confirmed("Thursday 26 October", "16:00 Helsinki time", "9:00 in New York"),
    "Tue, 24 Oct 2034 10:00:00 -0400",
)
SAO_PAULO = (
    _confirmed("Thursday 26 October", "16:00 Helsinki time", "10:00 in São Paulo"),
    "Tue, 24 Oct 2034 09:00:00 -0300",
)
MEXICO = (
    _confirmed("Friday 27 October", "16:00 Helsinki time", "7:00 in Mexico City"),
    "Wed, 25 Oct 2034 09:00:00 -0600",
)
# New York user; senders in Europe, whose clocks go back a week before hers.
BERLIN = (
    _confirmed("Friday 27 October", "10:00 New York time", "16:00 in Berlin"),
    "Wed, 25 Oct 2034 09:00:00 +0200",
)
# Brisbane user; Melbourne goes back on Sunday 2 April.
MELBOURNE = (
    _confirmed("Friday 31 March", "2pm Brisbane time", "3pm Melbourne"),
    "Wed, 29 Mar 2034 20:00:00 +1100",
)
NO_CHANGE = (
    _confirmed("Monday 30 October", "15:00 Helsinki time", "9:00 in New York"),
    "Thu, 26 Oct 2034 10:00:00 -0400",
)

_UR = (
    "hey ada - something came up for friday's 10am (ur 5pm), kid's dentist. same time on monday"
    " the 6th? heads up we fall back sunday so 10am central monday is 6pm for you.\n\nSent from"
    " my iPhone\n"
)
_YOUR_CHICAGO = (
    "Hi Ada,\n\nI have to move Friday's 10am (your 5pm). Could we do the same time on Monday 6th"
    " instead?\n\nKai\nChicago, IL\n"
)
_OUR_9AM = (
    "Hi Ada,\n\nA client workshop landed on Thursday, so I need to move our 9am. Would Monday the"
    " 30th at the same time work?\n\nKai\nNew York, NY\n"
)
_YOUR_4PM = (
    "Hi Ada,\n\nA client workshop landed on Thursday, so I need to move your 4pm slot. Would"
    " Monday the 30th at the same time work?\n\nKai\nNew York, NY\n"
)
_PT = (
    "Olá Ada,\n\nSurgiu um imprevisto. Podemos passar a nossa conversa de quinta (10h aqui) para"
    " segunda, dia 30, à mesma hora?\n\nAbraço,\nKai\nSão Paulo\n"
)
# "à mesma / hora": the phrase split by a hard-wrapped line.
_PT_WRAPPED = (
    "Olá Ada,\n\nSurgiu um imprevisto. Podemos passar a nossa conversa de quinta (10h aqui)\npara"
    " segunda, dia 30, à mesma\nhora?\n\nAbraço,\nKai\nSão Paulo\n"
)
_ES = (
    "Hola Ada,\n\nMe surgió algo el viernes. ¿Podemos pasar nuestra llamada del viernes a las 7:00"
    " de aquí al lunes 30 a la misma hora?\n\nSaludos,\nKai\nCiudad de México\n"
)
_DE = (
    "Hallo Ada,\n\nich muss unseren Termin am Freitag um 16 Uhr leider verschieben. Ginge Montag,"
    " der 30. Oktober, zur gleichen Zeit?\n\nViele Grüße\nKai\nBerlin\n"
)
_IT = (
    "Ciao Ada,\n\ndevo spostare il nostro appuntamento di venerdì alle 16. Lunedì 30 alla stessa"
    " ora andrebbe bene?\n\nKai\nMilano\n"
)
_FR = (
    "Bonjour Ada,\n\nJe dois décaler notre appel de vendredi 16h. Lundi 30 octobre à la même"
    " heure, ça vous irait ?\n\nKai\nParis\n"
)
_NL = (
    "Hoi Ada,\n\nIk moet ons gesprek van vrijdag om 16:00 helaas verzetten. Kan maandag 30"
    " oktober op hetzelfde tijdstip?\n\nGroet,\nKai\nAmsterdam\n"
)
_MEL_OWN = (
    "hi ada - need to shift friday's 3pm, school run clash. same time monday the 3rd?\n\nKai\n"
    "Melbourne\n"
)
_MEL_YOURS = (
    "hi ada - need to shift your friday 2pm, school run clash. same time monday the 3rd?\n\nKai\n"
    "Melbourne\n"
)
_NO_CHANGE = (
    "Hi Ada,\n\nSorry, I need to move Monday's 9am. Same time on Thursday 2nd?\n\nKai\nNew York\n"
)


def _hel(month: int, day: int, hour: int) -> datetime:
    return datetime(2034, month, day, hour)


MOVES = [
    (_UR, AUSTIN, HEL, [_hel(11, 6, 18)]),
    (_YOUR_CHICAGO, AUSTIN, HEL, [_hel(11, 6, 18)]),
    (_OUR_9AM, NEW_YORK, HEL, [_hel(10, 30, 15)]),
    (_YOUR_4PM, NEW_YORK, HEL, [_hel(10, 30, 16)]),
    (_PT, SAO_PAULO, HEL, [_hel(10, 30, 15)]),
    (_PT_WRAPPED, SAO_PAULO, HEL, [_hel(10, 30, 15)]),
    (_ES, MEXICO, HEL, [_hel(10, 30, 15)]),
    (_DE, BERLIN, NY, [_hel(10, 30, 11)]),
    (_IT, BERLIN, NY, [_hel(10, 30, 11)]),
    (_FR, BERLIN, NY, [_hel(10, 30, 11)]),
    (_NL, BERLIN, NY, [_hel(10, 30, 11)]),
    (_MEL_OWN, MELBOURNE, BNE, [_hel(4, 3, 15)]),
    (_MEL_YOURS, MELBOURNE, BNE, [_hel(4, 3, 14)]),
    (_NO_CHANGE, NO_CHANGE, HEL, [_hel(11, 2, 15)]),
]


@pytest.mark.parametrize(("body", "thread", "tz", "expected"), pinned(MOVES, {}))
def test_same_time_keeps_the_clock_it_was_named_on(
    body: str, thread: tuple[str, str], tz: tzinfo, expected: list[datetime]
) -> None:
    quote, date = thread
    verdict = read_reply(body, tz=tz, date=date, quote=quote)
    assert_read_right(verdict, tz, R, expected)


# The user's outreach: three slots on the Helsinki clock, across the EU change.
OFFERS = (
    "\n\nOn Tue, 24 Oct 2034 at 09:15, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work? All times are Helsinki time (EET/EEST):\n"
    "> - Friday 27 October, 14:00\n> - Tuesday 31 October, 16:00\n"
    "> - Thursday 2 November, 10:30\n"
)
PICKS = [
    (
        "Hi Ada,\n\nThursday 2 November at 10:30 your time works for me - that's 4:30am for me,"
        " but I'm an early riser.\n\nKai\nNew York\n",
        "Tue, 24 Oct 2034 18:00:00 -0400",
        [_hel(11, 2, 10).replace(minute=30)],
    ),
    (
        "Hi Ada,\n\nThursday the 2nd at 10:30 your time is good - that's 8:30 for me.\n\nKai\n"
        "London\n",
        "Tue, 24 Oct 2034 18:00:00 +0100",
        [_hel(11, 2, 10).replace(minute=30)],
    ),
    (
        "Hola Ada,\n\nEl martes 31 a las 16:00 hora de Helsinki me va bien, o sea las 9:00 aquí."
        "\n\nKai\nBogotá\n",
        "Tue, 24 Oct 2034 18:00:00 -0500",
        [_hel(10, 31, 16)],
    ),
    (
        "Hallo Ada,\n\nDonnerstag, 2. November um 10:30 Ihrer Zeit passt mir gut – bei uns ist das"
        " dann 9:30.\n\nViele Grüße\nKai\nBerlin\n",
        "Wed, 25 Oct 2034 09:00:00 +0200",
        [_hel(11, 2, 10).replace(minute=30)],
    ),
    (
        "Hoi Ada,\n\nVrijdag gaat niet, maar dinsdag 31/10 om 16u jullie tijd lukt wel – bij ons"
        " is dat dan 15u.\n\nGroetjes,\nKai\nGent\n",
        "Wed, 25 Oct 2034 09:00:00 +0200",
        [_hel(10, 31, 16)],
    ),
    (
        "Hoi Ada,\n\nVrijdag 27/10 kan ik niet (dan ben ik de hele dag in Gent), maar donderdag"
        " 2/11 om 10u30 jullie tijd lukt wel – hier is dat 9u30.\n\nGroetjes,\nKai\nGent\n",
        "Wed, 25 Oct 2034 09:00:00 +0200",
        [_hel(11, 2, 10).replace(minute=30)],
    ),
    (
        "Bonjour Ada,\n\nMardi 31 octobre à 16h heure d'Helsinki me convient, soit 15h chez moi."
        "\n\nKai\nParis\n",
        "Wed, 25 Oct 2034 09:00:00 +0200",
        [_hel(10, 31, 16)],
    ),
    (
        "Ciao Ada,\n\ngiovedì 2 novembre alle 10:30 vostre va benissimo, per me sono le 9:30.\n\n"
        "Kai\nRoma\n",
        "Wed, 25 Oct 2034 09:00:00 +0200",
        [_hel(11, 2, 10).replace(minute=30)],
    ),
    (
        "Olá Ada,\n\nSexta, dia 27, às 14h de Helsínquia dá-me jeito – cá são 12h.\n\nKai\n"
        "Lisboa\n",
        "Wed, 25 Oct 2034 09:00:00 +0100",
        [_hel(10, 27, 14)],
    ),
]


@pytest.mark.parametrize(("body", "date", "expected"), pinned(PICKS, {}))
def test_pick_restated_on_own_clock_is_certain(
    body: str, date: str, expected: list[datetime]
) -> None:
    verdict = read_reply(body, tz=HEL, date=date, quote=OFFERS)
    assert_read_right(verdict, HEL, A, expected)


NEAR = [
    # No meeting was ever agreed: "same time" has no time to repeat.
    (
        "Hi Ada,\n\nNone of those suit, sorry. Could we do Monday 30th, same time?\n\nKai\n",
        OFFERS,
        "Tue, 24 Oct 2034 18:00:00 -0400",
        None,
        [],
    ),
    # The sender is unsure of the old time.
    (
        "Hi Ada,\n\nNeed to move our Thursday call (9am or 10am? my calendar is a mess). Same"
        " time Monday the 30th?\n\nKai\n",
        NEW_YORK[0],
        NEW_YORK[1],
        None,
        [],
    ),
    (
        "Hi Ada,\n\nNeed to move our Thursday call - not sure if it was 9 or 10 my time. Same"
        " time Monday the 30th?\n\nKai\n",
        NEW_YORK[0],
        NEW_YORK[1],
        None,
        [],
    ),
    # Across the US change from -05:00 with no place: Chicago falls back, Bogotá does not.
    (
        "Hi Ada, gotta push friday's 10am. Same time monday the 6th?\n\nKai\n",
        _confirmed("Friday 3 November", "17:00 Helsinki time"),
        AUSTIN[1],
        None,
        [],
    ),
    # The restated clock is not the slot's (10:30 Helsinki is 4:30 in New York).
    (
        "Hi Ada,\n\nThursday 2 November at 10:30 your time works - that's 3:30am for me!\n\nKai\n"
        "New York\n",
        OFFERS,
        "Tue, 24 Oct 2034 18:00:00 -0400",
        None,
        [],
    ),
    # A second clock after the pick is another offer, not the pick restated.
    (
        "Hi Ada,\n\nThursday 2 November at 10:30 your time works, or 9:30 my time if that's"
        " easier for you.\n\nKai\nLondon\n",
        OFFERS,
        "Tue, 24 Oct 2034 18:00:00 +0100",
        P,
        [_hel(11, 2, 10).replace(minute=30), _hel(11, 2, 11).replace(minute=30)],
    ),
]


# Read right, or in doubt; a row with no right reading (None) must stay in doubt.
@pytest.mark.parametrize(("body", "quote", "date", "intent", "expected"), NEAR)
def test_near_misses_never_certain_wrong(
    body: str, quote: str, date: str, intent: Intent | None, expected: list[datetime]
) -> None:
    verdict = read_reply(body, tz=HEL, date=date, quote=quote)
    if reading(verdict, HEL, intent, expected) != "right":
        assert_near_miss_safe(verdict, HEL, None)
