"""Round 70, part T, on replies_blind70 (Santiago, April 2035) and replies_blind71 (Adelaide,
October 2035): times and clocks the reader doubted where a careful person is sure. Sentences
of our own, one rule each, each with the near misses that must stay in doubt:

- "hora de España" names the peninsula's clock ("hora de Narnia" names none).
- A busy spell that ends on a day with no clock ("back Thursday afternoon"), and the offer on
  that day in a sentence of its own: an offer ("till Friday 6pm" keeps its doubt).
- Another event's clock written with its date ("Tue 24th I fly at noon") holds that date only.
- An offer's weekday with its number ("Tuesday the 17th, 9am Pacific") on a clock whose hour is
  not the user's: no slip of the user's date, though the hours meet once turned.
- A sign-off above a long disclaimer still places the sender ("Melbourne VIC 3000").
- "lunedì\\n23 tra le 14 e le 16": a weekday wrapped before its number and a range.
- "ya que estamos en la misma ciudad": the sender is on the user's clock.
- "¿el lunes 9 a las 10? ... de 10 a 11": a dayless range from the one offer's clock is its span.
- "me han convocado a una reunión": the old slot taken by something else, no offer.
- "às 11h suas": the user's clock, by the Portuguese possessive.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    MEETING,
    assert_near_miss_safe,
    assert_read_right,
    doubt_codes,
    read_reply,
)
from workflows.stages import Intent

P, R = Intent.PROPOSE_TIMES, Intent.RESCHEDULE
SANTIAGO = ZoneInfo("America/Santiago")
ADELAIDE = ZoneInfo("Australia/Adelaide")
ROME = ZoneInfo("Europe/Rome")

# A user in Adelaide asks on Sunday 19 October 2035 (ACDT, +10:30).
ADL_ASK = (
    "\n\nOn Sun, 19 Oct 2035 at 21:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would one of these suit? All Adelaide time (ACDT):\n"
    "> - Wednesday 24 October, 6:00pm\n> - Monday 29 October, 7:00pm\n"
)
# A user in Santiago asks late March 2035; Chile goes from -03:00 to -04:00 on 8 April.
SCL_ASK = (
    "\n\nEl lun, 26 mar 2035 a las 9:00, Ada Obi <ada@example.com> escribió:\n"
    "> ¿Te sirve alguno de estos? (hora de Santiago de Chile)\n"
    "> - miércoles 11 de abril, 10:00\n> - martes 24 de abril, 12:00\n"
)
# The same user, offering a Tuesday on the clock Chile keeps from 8 April.
SCL_ASK_TUE = (
    "\n\nEm seg., 26 de mar. de 2035 às 9:00, Ada Obi <ada@example.com> escreveu:\n"
    "> Algum destes serve? (hora de Santiago do Chile)\n"
    "> - terça 10 de abril, 11:00 (UTC-4)\n> - quarta 11 de abril, 10:00 (UTC-4)\n"
)
SCL_ASK_EN = (
    "\n\nOn Mon, Mar 26, 2035 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would one of these suit? (Santiago, Chile time)\n"
    "> - Wed 18 Apr, 09:30\n> - Tue 24 Apr, 12:00\n"
)
# A user in Adelaide asks in late September, before both Adelaide and Melbourne go onto
# summer time on 7 October 2035.
SPRING_ASK = (
    "\n\nFrom: Ada Obi <ada@example.com>\nSent: Monday, 1 October 2035 9:00 AM\n"
    "Subject: Quick chat?\n\nWould sometime in the next fortnight suit? I'm in Adelaide.\n"
)
DISCLAIMER = (
    "\n\nIMPORTANT: This email and any attachments are confidential and may be privileged. "
    "If you are not the intended recipient, please notify the sender and delete it.\n"
)
# The user's confirmation of Tuesday 30 October 2035 at 9:00 Madrid (17:30 in Adelaide).
AGREED = (
    "\n\nOn Mon, 22 Oct 2035 at 23:30, Ada Obi <ada@example.com> wrote:\n"
    "> Perfect, Tuesday 30 October at 9:00 Madrid time (6:30pm for me) it is. Talk then!\n"
)
ROME_ASK = (
    "\n\nIl giorno ven 13 apr 2035 alle ore 01:10 Ada Obi <ada@example.com> ha scritto:\n"
    "> Would any of these work? (Rome time)\n> - Wednesday 18 April, 15:30\n"
)

# body, user zone, Date header, quote, intent, starts as (month, day, hour[, minute]) on the
# user's clock, the first window's length.
Row = tuple[str, ZoneInfo, str, str, Intent, list[tuple[int, ...]], timedelta]
SURE: list[Row] = [
    (
        "Hola Ada:\n\n¿Te vendría bien el jueves 25 a las 10:00 hora de España, o el viernes "
        "26 a las 9:30?\n\nUn saludo,\nLucía\n",
        ADELAIDE,
        "Tue, 23 Oct 2035 11:05:00 +0200",
        ADL_ASK,
        P,
        [(10, 25, 18, 30), (10, 26, 18)],
        MEETING,
    ),
    (
        "Hola Ada:\n\nEl lunes tengo congreso y no vuelvo hasta el jueves por la tarde. "
        "¿Te sirve el jueves 25 a las 5 p.m. hora de España?\n\nSaludos,\nPablo\n",
        ADELAIDE,
        "Tue, 23 Oct 2035 11:05:00 +0200",
        ADL_ASK,
        P,
        [(10, 26, 1, 30)],
        MEETING,
    ),
    (
        "Hi Ada,\n\nI'm at a conference until Thursday afternoon, sorry. Would Thursday the "
        "25th at 4pm Spain time work?\n\nBest,\nPablo\n",
        ADELAIDE,
        "Tue, 23 Oct 2035 11:05:00 +0200",
        ADL_ASK,
        P,
        [(10, 26, 0, 30)],
        MEETING,
    ),
    (
        "Hey Ada,\n\nYour slots are tricky (Wed I do school drop-off, Tue 24th I fly to Denver "
        "at noon).\n\nI could do Tuesday the 17th, 9am Pacific.\n\nKevin\n",
        SANTIAGO,
        "Thu, 12 Apr 2035 20:05:00 -0700",
        SCL_ASK_EN,
        P,
        [(4, 17, 12)],
        MEETING,
    ),
    (
        "Hi Ada,\n\nHow about Wednesday 10 October anytime between 11am and 12pm my time?\n\n"
        "Regards\nMarcus\n\nMarcus Webb | Analytics Manager\nLevel 4, 120 Flinders Lane, "
        "Melbourne VIC 3000\nP +61 3 9000 4412" + DISCLAIMER,
        ADELAIDE,
        "Wed, 03 Oct 2035 12:20:00 +1000",
        SPRING_ASK,
        P,
        [(10, 10, 10, 30)],
        timedelta(hours=1),
    ),
    (
        "Hi Ada,\n\nHow about Wednesday 10 October anytime between 11am and 12pm my time?\n\n"
        "Regards\nMia\n\nMia Chen | Analytics Lead\n12 Creek Street, Brisbane QLD 4000"
        + DISCLAIMER,
        ADELAIDE,
        "Wed, 03 Oct 2035 12:20:00 +1000",
        SPRING_ASK,
        P,
        [(10, 10, 11, 30)],
        timedelta(hours=1),
    ),
    (
        "Ciao Ada,\n\nPotremmo fare giovedì 19 aprile alle 17:00, oppure lunedì\n23 tra le 14 "
        "e le 16?\n\nA presto,\nFrancesca\n",
        ROME,
        "Fri, 13 Apr 2035 10:15:00 +0200",
        ROME_ASK,
        P,
        [(4, 19, 17), (4, 23, 14)],
        MEETING,
    ),
    (
        "Hi Ada,\n\nThursday 19 April at 5pm works, or Monday\n23 from 2 to 4pm.\n\nBest,\n"
        "Francesca\n",
        ROME,
        "Fri, 13 Apr 2035 10:15:00 +0200",
        ROME_ASK,
        P,
        [(4, 19, 17), (4, 23, 14)],
        MEETING,
    ),
    (
        "Hola Ada:\n\nYa que estamos en la misma ciudad, ¿nos tomamos un café el lunes 9 a las "
        "10:00?\n\nSaludos,\nCata\n",
        SANTIAGO,
        "Thu, 05 Apr 2035 18:20:00 -0300",
        SCL_ASK,
        P,
        [(4, 9, 10)],
        MEETING,
    ),
    (
        "Hi Ada,\n\nSince we're in the same city, how about coffee on Monday the 9th at 10am?"
        "\n\nCheers,\nCata\n",
        SANTIAGO,
        "Thu, 05 Apr 2035 18:20:00 -0300",
        SCL_ASK_EN,
        P,
        [(4, 9, 10)],
        MEETING,
    ),
    (
        "Hola Ada:\n\nYa que estamos en la misma ciudad, ¿te parece el lunes 9 a las 10:00? "
        "Tengo reunión a las 11:30, así que una hora me viene perfecto, de 10 a 11.\n\n"
        "Saludos,\nCata\n",
        SANTIAGO,
        "Thu, 05 Apr 2035 18:20:00 -0300",
        SCL_ASK,
        P,
        [(4, 9, 10)],
        timedelta(hours=1),
    ),
    (
        "Hola Ada:\n\nLo siento, el martes 30 a las 9:00 me han convocado a una reunión con "
        "dirección. ¿Podríamos pasarlo al viernes 2 de noviembre, a la misma hora (9:00 hora "
        "de Madrid)?\n\nUn abrazo,\nCarmen\n",
        ADELAIDE,
        "Thu, 25 Oct 2035 12:10:00 +0200",
        AGREED,
        R,
        [(11, 2, 18, 30)],
        MEETING,
    ),
    (
        "Olá Ada,\n\nTerça, dia 10, às 11h suas seriam 16h aqui, mas tenho uma reunião até às "
        "16h30.\n\nPodemos fazer segunda-feira, 9 de abril, às 15h (hora de Lisboa)?\n\n"
        "Cumprimentos,\nInês\n",
        SANTIAGO,
        "Wed, 28 Mar 2035 12:00:00 +0100",
        SCL_ASK_TUE,
        P,
        [(4, 9, 10)],
        MEETING,
    ),
]


@pytest.mark.parametrize(("body", "zone", "when", "quote", "intent", "starts", "length"), SURE)
def test_sure_reading(
    body: str,
    zone: ZoneInfo,
    when: str,
    quote: str,
    intent: Intent,
    starts: list[tuple[int, ...]],
    length: timedelta,
) -> None:
    verdict = read_reply(body, tz=zone, date=when, quote=quote)
    assert_read_right(verdict, zone, intent, sorted(datetime(2035, *t) for t in starts))
    first = min(verdict.proposed_times, key=lambda w: w.start)
    assert first.end is not None
    assert first.end - first.start == length


# body, user zone, Date header, quote, the safe intent (None: must stay in doubt).
Miss = tuple[str, ZoneInfo, str, str, Intent | None]
NEAR_MISSES: list[Miss] = [
    # A clock named by a place no one keeps.
    (
        "Hola Ada:\n\n¿Te vendría bien el jueves 25 a las 10:00 hora de Narnia?\n\nLucía\n",
        ADELAIDE,
        "Tue, 23 Oct 2035 11:05:00 +0200",
        ADL_ASK,
        None,
    ),
    # The busy spell's end has its hour: perhaps that hour was read as the offer.
    (
        "Hallo Ada,\n\nich bin bis Donnerstag 18 Uhr auf der Messe. Donnerstag, 25. Oktober "
        "um 18 Uhr?\n\nGruß\nJonas\n",
        ADELAIDE,
        "Tue, 23 Oct 2035 11:05:00 +0200",
        ADL_ASK,
        None,
    ),
    # The offer sits in the spell's own sentence: where the spell ends, or an offer?
    (
        "Hi Ada,\n\nI'm at a conference until Thursday afternoon, maybe 4pm Spain time.\n\n"
        "Best,\nPablo\n",
        ADELAIDE,
        "Tue, 23 Oct 2035 11:05:00 +0200",
        ADL_ASK,
        None,
    ),
    # The flight's date is the offer's: the offer may be the flight's clock.
    (
        "Hey Ada,\n\nTue 17th I fly to Denver at noon, so only the morning.\n\n"
        "I could do Tuesday the 17th at noon Santiago time.\n\nKevin\n",
        SANTIAGO,
        "Thu, 12 Apr 2035 20:05:00 -0700",
        SCL_ASK_EN,
        None,
    ),
    # The user's hour on the user's clock, a week early: a slip of their date, or a new offer.
    (
        "Hey Ada,\n\nI could do Tuesday the 17th at 12:00 Santiago time.\n\nKevin\n",
        SANTIAGO,
        "Thu, 12 Apr 2035 20:05:00 -0700",
        SCL_ASK_EN,
        None,
    ),
    # A sign-off with no place, a disclaimer naming one: the clock after the change unknown.
    (
        "Hi Ada,\n\nHow about Wednesday 10 October anytime between 11am and 12pm my time?\n\n"
        "Regards\nMarcus\n\nMarcus Webb | Analytics Manager\nP +61 3 9000 4412\n\n"
        "IMPORTANT: This email is confidential. Our company is registered in Sydney, New South "
        "Wales, and does not accept liability for any loss caused by viruses.\n",
        ADELAIDE,
        "Wed, 03 Oct 2035 12:20:00 +1000",
        SPRING_ASK,
        None,
    ),
    # Not in the same city, said outright: the sender's clock after Chile's change unknown.
    (
        "Hola Ada:\n\nLástima que no estamos en la misma ciudad. ¿Te sirve el lunes 9 a las "
        "10:00?\n\nSaludos,\nCata\n",
        SANTIAGO,
        "Thu, 05 Apr 2035 18:20:00 -0300",
        SCL_ASK,
        None,
    ),
    (
        "Hi Ada,\n\nShame we're not in the same city. Would Monday the 9th at 10am work?\n\n"
        "Cheers,\nCata\n",
        SANTIAGO,
        "Thu, 05 Apr 2035 18:20:00 -0300",
        SCL_ASK_EN,
        None,
    ),
    # "Or from 10 to 11": another time, wanting a day.
    (
        "Hi Ada,\n\nHow about Monday the 9th at 10:00? Or from 10 to 11.\n\nBest,\nCata\n",
        SANTIAGO,
        "Thu, 05 Apr 2035 18:20:00 -0400",
        SCL_ASK_EN,
        None,
    ),
    # Two offers: whose span the range is, a guess.
    (
        "Hi Ada,\n\nHow about Monday the 9th at 10:00 or Tuesday the 10th at 10:00? An hour is "
        "perfect, from 10 to 11.\n\nBest,\nCata\n",
        SANTIAGO,
        "Thu, 05 Apr 2035 18:20:00 -0400",
        SCL_ASK_EN,
        None,
    ),
    # A range from another hour than the offer's.
    (
        "Hi Ada,\n\nHow about Monday the 9th at 9:00? An hour is perfect, from 10 to 11.\n\n"
        "Best,\nCata\n",
        SANTIAGO,
        "Thu, 05 Apr 2035 18:20:00 -0400",
        SCL_ASK_EN,
        None,
    ),
]


@pytest.mark.parametrize(("body", "zone", "when", "quote", "intent"), NEAR_MISSES)
def test_near_miss_stays_safe(
    body: str, zone: ZoneInfo, when: str, quote: str, intent: Intent | None
) -> None:
    verdict = read_reply(body, tz=zone, date=when, quote=quote)
    assert_near_miss_safe(verdict, zone, intent)


def test_range_span_keeps_the_offer_day() -> None:
    """The span said after the one offer lengthens it; no second window is made."""
    verdict = read_reply(
        "Hi Ada,\n\nHow about Monday the 9th at 10:00? An hour is perfect, from 10 to 11.\n\n"
        "Best,\nCata\n",
        tz=SANTIAGO,
        date="Thu, 05 Apr 2035 18:20:00 -0400",
        quote=SCL_ASK_EN,
    )
    assert not doubt_codes(verdict)
    (window,) = verdict.proposed_times
    assert window.end is not None
    assert window.end - window.start == timedelta(hours=1)
