"""Round 57, part T, on replies_blind57's times: a user in Perth (AWST, +08:00, no clock change),
autumn 2029 (the EU goes back on 28 October, the US on 4 November). Sentences of our own:

- "14 Uhr Ihrer Zeit passt – bei uns ist das dann 8 Uhr morgens": both clocks, the user's
  first; German "morgens" (and "früh") after a clock is its half of the day, not a second time.
- "16 h (heure de Perth), ce qui fait\\n4 h du matin ici": a French hour written apart from its
  "h" runs on across a wrap, is a clock with "du matin" after it, and "ici" after it is the
  sender's side, held to the offer.
- "a las 10 hora de Perth (aquí serán las 23 h)": "las 23 h" is a clock, "serán" says it again
  on the sender's side.
- "lundi 29 à 9h (heure de Paris), ce qui ferait 16h chez vous si je ne me trompe pas avec le
  changement d'heure, ou bien mardi 30 entre 9h30 et 11h": talk of the clock change hedges the
  clock said again; the alternative after it is an offer of its own.

- "Quinta 25 às 16h hora de Perth, aqui 9h da manhã": a short answer's sender's side after a
  comma, with no verb, says the clock again (read before as a second offer, certain and wrong).
- "a las 2 hora de Ciudad de México, que son las 16 para ti": the user's 16 is the bare 2 on
  the other half of the day (read before as 14:00, certain and wrong); now in doubt.

Starts are on the user's clock. Near misses (clocks that do not agree, a clock with no day,
"ici" where the header's clock is not the place's, talk with no alternative after it) stay
doubted.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_near_miss_safe,
    assert_read_right,
    doubt_codes,
    read_reply,
)
from workflows.stages import Intent
from workflows.understanding.sentences import sentences

PERTH = ZoneInfo("Australia/Perth")
A, P = Intent.ACCEPT, Intent.PROPOSE_TIMES

# The user's three offers, all on Perth's clock.
OFFERS = (
    "> Would any of these suit? All Perth time (AWST):\n"
    "> - Thu 25 Oct, 4:00pm\n> - Tue 30 Oct, 3:00pm\n> - Thu 1 Nov, 9:30am\n"
)
QUOTE = "\n\nOn Mon, 15 Oct 2029 at 10:00, Ada Obi <ada@example.com> wrote:\n" + OFFERS
# A bottom-posted reply: the quote first, the answer under it.
ABOVE = "On Mon, 15 Oct 2029 at 10:00, Ada Obi <ada@example.com> wrote:\n" + OFFERS + "\n"

# Date headers: the sender's clock on Monday 22 October (the EU still on summer time).
BERLIN = "Mon, 22 Oct 2029 09:00:00 +0200"
LISBON = "Mon, 22 Oct 2029 08:00:00 +0100"
MONTREAL = "Mon, 22 Oct 2029 09:00:00 -0400"
SANTIAGO = "Mon, 22 Oct 2029 09:00:00 -0300"
MEXICO = "Mon, 22 Oct 2029 09:00:00 -0600"

THU_4PM = [datetime(2029, 10, 25, 16, 0)]
TUE_3PM = [datetime(2029, 10, 30, 15, 0)]

# (body, Date header, bottom-posted, intent, starts on Perth's clock)
RIGHT = [
    # Both clocks, the user's first.
    (
        "Hallo Ada,\n\ngern! Donnerstag, 25. Oktober, 16 Uhr Ihrer Zeit passt mir – bei uns ist "
        "das dann\n10 Uhr morgens. Teams ist gut.\n\nGruß\nJonas\n",
        BERLIN,
        False,
        A,
        THU_4PM,
    ),
    (
        "Hallo Ada,\n\nDienstag, 30. Oktober, 15 Uhr Ihrer Zeit geht – bei uns ist das dann 8 Uhr "
        "früh, da sind die Uhren schon umgestellt.\n\nGruß\nJonas\n",
        BERLIN,
        False,
        A,
        TUE_3PM,
    ),
    (
        "Bonjour Ada,\n\nJeudi 25 à 16 h (heure de Perth) me convient, ce qui fait\n10 h du matin "
        "ici. Teams, parfait.\n\nBien à vous,\nLéa\n",
        BERLIN,
        False,
        A,
        THU_4PM,
    ),
    (
        "Bonjour Ada,\n\nVa pour jeudi 25 à 16 h heure de Perth, ce qui fait 4 h du matin ici "
        "à Montréal, mais je suis matinal.\n\nÉtienne\n",
        MONTREAL,
        False,
        A,
        THU_4PM,
    ),
    (
        "Hola Ada:\n\nEl jueves 25 a las 16 hora de Perth me viene bien (aquí serán las 5 h de "
        "la mañana, no pasa nada).\n\nSaludos,\nFrancisca\n",
        SANTIAGO,
        False,
        A,
        THU_4PM,
    ),
    (
        "Ciao Ada,\n\ngiovedì 25 alle 10 ora di Roma, cioè le 16 da te, mi va bene.\n\nA presto,"
        "\nGiulia\n",
        BERLIN,
        False,
        A,
        THU_4PM,
    ),
    (
        "Olá Ada,\n\nquinta, 25, às 16h hora de Perth está ótimo - aqui serão 9h.\n\nAbraço,\n"
        "Rita\n",
        LISBON,
        False,
        A,
        THU_4PM,
    ),
    (
        "Hoi Ada,\n\ndonderdag 25 oktober om 16.00 uur jouw tijd is prima, dat is hier 10.00 uur."
        "\n\nGroet,\nDaan\n",
        BERLIN,
        False,
        A,
        THU_4PM,
    ),
    (
        "Hi Ada,\n\nThursday the 25th at 4pm Perth time works, that's 9am here in London.\n\n"
        "Cheers,\nTom\n",
        LISBON,
        False,
        A,
        THU_4PM,
    ),
    # Both clocks, the sender's first.
    (
        "Hallo Ada,\n\nDonnerstag, 25. Oktober um 10 Uhr bei uns, also 16 Uhr bei Ihnen, passt "
        "mir gut.\n\nGruß\nJonas\n",
        BERLIN,
        False,
        A,
        THU_4PM,
    ),
    (
        "Bonjour Ada,\n\njeudi 25 à 10h heure de Paris, soit 16h chez vous, ça me va très bien."
        "\n\nLéa\n",
        BERLIN,
        False,
        A,
        THU_4PM,
    ),
    (
        "Hola Ada:\n\nme va bien el jueves 25 a las 2 de la mañana hora de Ciudad de México, que "
        "son las 16 para ti.\n\nSaludos,\nLuis\n",
        MEXICO,
        False,
        A,
        THU_4PM,
    ),
    (
        "Hi Ada,\n\nThursday 25 Oct at 4am my time (4pm yours) is fine, I'm an early riser."
        "\n\nBest,\nMaya\n",
        MONTREAL,
        False,
        A,
        THU_4PM,
    ),
    # Bottom-posted short answers.
    (
        ABOVE + "Hola Ada, el jueves 25 a las 16 hora de Perth (aquí serán las 5 h), perfecto."
        "\n\nFrancisca\n",
        SANTIAGO,
        True,
        A,
        THU_4PM,
    ),
    (
        ABOVE + "Va pour jeudi 25 à 16 h heure de Perth (4 h du matin ici).\n\nÉtienne\n",
        MONTREAL,
        True,
        A,
        THU_4PM,
    ),
    (
        ABOVE + "Dienstag, 30. Oktober, 15 Uhr Ihrer Zeit passt mir gut, bei uns ist das dann "
        "8 Uhr.\n\nJonas\n",
        BERLIN,
        True,
        A,
        TUE_3PM,
    ),
    # Short answers: the sender's side after a comma, no verb.
    (
        ABOVE + "Quinta 25 às 16h hora de Perth, aqui 9h da manhã. Combinado!\n\nRita\n",
        LISBON,
        True,
        A,
        THU_4PM,
    ),
    (
        ABOVE + "Jueves 25 a las 16 hora de Perth, acá las 5 h. Perfecto.\n\nFrancisca\n",
        SANTIAGO,
        True,
        A,
        THU_4PM,
    ),
    (
        "Hallo Ada,\n\nDonnerstag, 25. Oktober, 16 Uhr Ihrer Zeit, bei uns 10 Uhr. Passt!\n\n"
        "Jonas\n",
        BERLIN,
        False,
        A,
        THU_4PM,
    ),
    (
        "Hoi Ada,\n\nDonderdag 25 oktober 16.00 uur jouw tijd, bij ons 10.00 uur. Prima!\n\nDaan\n",
        BERLIN,
        False,
        A,
        THU_4PM,
    ),
    (
        "Hi Ada,\n\nThursday 25th, 4pm Perth time, here 10am. Works for me.\n\nLena\n",
        BERLIN,
        False,
        A,
        THU_4PM,
    ),
    # Talk of the clock change hedging the clock said again, an alternative after it.
    (
        "Bonjour Ada,\n\njeudi je suis pris. Je vous propose lundi 5 novembre à 9h (heure de "
        "Paris), ce qui ferait 16h chez vous si je ne me trompe pas avec le changement d'heure, "
        "ou bien mardi 6 entre 10h et 11h.\n\nCamille\n",
        BERLIN,
        False,
        P,
        [datetime(2029, 11, 5, 16, 0), datetime(2029, 11, 6, 17, 0)],
    ),
    (
        "Hola Ada:\n\nel jueves no puedo. Te propongo el lunes 5 de noviembre a las 9 hora de "
        "Madrid, lo que serían las 16 para ti si no me equivoco con el cambio de hora, o el "
        "martes 6 a las 10.\n\nLucía\n",
        BERLIN,
        False,
        P,
        [datetime(2029, 11, 5, 16, 0), datetime(2029, 11, 6, 17, 0)],
    ),
]


@pytest.mark.parametrize(("body", "date", "bottom", "intent", "starts"), RIGHT)
def test_both_clocks_read_right(
    body: str, date: str, bottom: bool, intent: Intent, starts: list[datetime]
) -> None:
    verdict = read_reply(body, tz=PERTH, date=date, quote="" if bottom else QUOTE)
    assert_read_right(verdict, PERTH, intent, starts)


# (body, Date header, bottom-posted, the right reading if certain (None: in doubt))
NEAR = [
    # The two clocks do not agree (8 Uhr, 4 h, 23 h and 16h would).
    (
        "Hallo Ada,\n\ngern! Donnerstag, 25. Oktober, 16 Uhr Ihrer Zeit passt mir – bei uns ist "
        "das dann\n9 Uhr morgens.\n\nGruß\nJonas\n",
        BERLIN,
        False,
        None,
    ),
    (
        "Bonjour Ada,\n\nJeudi 25 à 16 h (heure de Perth) me convient, ce qui fait\n5 h du matin "
        "ici.\n\nÉtienne\n",
        MONTREAL,
        False,
        None,
    ),
    (
        ABOVE + "Hola Ada, el jueves 25 a las 16 hora de Perth (aquí serán las 6 h), perfecto."
        "\n\nFrancisca\n",
        SANTIAGO,
        True,
        None,
    ),
    (
        "Bonjour Ada,\n\nJe vous propose lundi 5 novembre à 9h (heure de Paris), ce qui ferait "
        "15h chez vous si je ne me trompe pas avec le changement d'heure, ou bien mardi 6 entre "
        "10h et 11h.\n\nCamille\n",
        BERLIN,
        False,
        None,
    ),
    # The sender's bare 2 read on the working day's half (14:00, 4am in Perth): the user's 16
    # said after it is that 2 in the morning, so the first reading was a guess.
    (
        "Hola Ada:\n\nme va bien el jueves 25 a las 2 hora de Ciudad de México, que son las 16 "
        "para ti.\n\nSaludos,\nLuis\n",
        MEXICO,
        False,
        None,
    ),
    # Short answers whose two clocks do not agree.
    (
        ABOVE + "Quinta 25 às 16h hora de Perth, aqui 10h da manhã. Combinado!\n\nRita\n",
        LISBON,
        True,
        None,
    ),
    (
        ABOVE + "Jueves 25 a las 16 hora de Perth, acá las 6 h. Perfecto.\n\nFrancisca\n",
        SANTIAGO,
        True,
        None,
    ),
    (
        "Hallo Ada,\n\nDonnerstag, 25. Oktober, 16 Uhr Ihrer Zeit, bei uns 11 Uhr. Passt!\n\n"
        "Jonas\n",
        BERLIN,
        False,
        None,
    ),
    (
        "Hoi Ada,\n\nDonderdag 25 oktober 16.00 uur jouw tijd, bij ons 11.00 uur. Prima!\n\nDaan\n",
        BERLIN,
        False,
        None,
    ),
    (
        "Hi Ada,\n\nThursday 25th, 4pm Perth time, here 11am. Works for me.\n\nLena\n",
        BERLIN,
        False,
        None,
    ),
    pytest.param(
        "Ciao Ada,\n\ngiovedì 25 alle 16 ora di Perth, qui le 11. Va benissimo.\n\nGiulia\n",
        BERLIN,
        False,
        None,
        marks=pytest.mark.xfail(
            strict=True, reason="'le 11' after 'qui' is read as a date, so the clock is unseen"
        ),
    ),
    # A clock with no day.
    (
        "Bonjour Ada,\n\n16 h heure de Perth me convient, ce qui fait 4 h du matin ici.\n\n"
        "Étienne\n",
        MONTREAL,
        False,
        None,
    ),
    (
        ABOVE + "Me quedo con las 16 hora de Perth (aquí serán las 5 h).\n\nFrancisca\n",
        SANTIAGO,
        True,
        None,
    ),
    # "Ici" from a header whose clock is not the place's: one of the two clocks is wrong.
    (
        "Bonjour Ada,\n\nJeudi 25 à 16 h (heure de Perth) me convient, ce qui fait 4 h du matin "
        "ici.\n\nÉtienne\n",
        BERLIN,
        False,
        None,
    ),
    # Talk of the clock change with no alternative after it: the whole sentence is talk.
    (
        "Bonjour Ada,\n\nJe vous propose lundi 5 novembre à 9h (heure de Paris), ce qui ferait "
        "16h chez vous si je ne me trompe pas avec le changement d'heure.\n\nCamille\n",
        BERLIN,
        False,
        None,
    ),
    # The only day and clock are the user's quoted offer line; the answer only restates.
    (
        "On Mon, 15 Oct 2029 at 10:00, Ada Obi <ada@example.com> wrote:\n> - Thu 25 Oct, 4:00pm"
        "\n\nAquí serán las 5 h, sin problema.\n\nFrancisca\n",
        SANTIAGO,
        True,
        None,
    ),
]


@pytest.mark.parametrize(("body", "date", "bottom", "intent"), NEAR)
def test_look_alikes_stay_doubted(
    body: str, date: str, bottom: bool, intent: Intent | None
) -> None:
    verdict = read_reply(body, tz=PERTH, date=date, quote="" if bottom else QUOTE)
    assert_near_miss_safe(verdict, PERTH, intent)


def test_a_length_in_hours_is_no_clock() -> None:
    # "las 2 h de viaje" counts hours; only the offer is read.
    body = (
        "Hola Ada:\n\nel jueves 25 a las 16 hora de Perth me viene bien, aunque son las 2 h de "
        "viaje hasta la oficina.\n\nSaludos,\nLuis\n"
    )
    verdict = read_reply(body, tz=PERTH, date=MEXICO, quote=QUOTE)
    assert "two_readings_of_time" not in doubt_codes(verdict)


@pytest.mark.parametrize(
    "text",
    [
        "Jeudi 25 à 16 h (heure de Perth) me convient, ce qui fait\n4 h du matin ici.",
        "Mercredi 10 h chez vous me convient (ce qui fait\n16 h pour moi à Paris).",
    ],
)
def test_a_line_that_opens_on_a_spaced_hour_runs_on(text: str) -> None:
    assert len([s for s in sentences(text) if s]) == 1
