"""Round 64, part T, on replies_blind66 (times): a user in Vienna offers Tuesday 7 February 11:00
and Thursday 9 February 15:00 (Vienna time); the replies, of our own, come on Wednesday 1
February 2034.

- Dutch "half 3" and German "halb 10" in digits are the half hour before the hour (14:30, 9:30),
  as "half drie" and "halb zehn" are; in English "half 3" stays half past.
- "kl. 13.30", "kl. 15": the Scandinavian mark of a clock, in English from Oslo too, also where
  the line wraps after it. Danish and Swedish replies stay in doubt (no language the reader reads).
- "(5am?!)" after "your slots ... from here": the user's offer on the sender's clock, said with
  dismay; a question mark with an exclamation after it asks nothing.
- "sauf empêchement", "salvo algún imprevisto": barring a mishap, the yes holds; no conflict.
- "me quedo con la opción del jueves", "fico com a de terça": the user's time picked by its day.
- A bank's legal footer under the quoted thread ("Registered office: ... London") names no
  clock: the user's own message still names the thread's zone.

Starts are (day of February, hour[, minute]) on the user's clock.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_near_miss_safe,
    assert_read_right,
    pinned,
    read_reply,
)
from workflows.stages import Intent

A, P, OTH = Intent.ACCEPT, Intent.PROPOSE_TIMES, Intent.OTHER

VIENNA = ZoneInfo("Europe/Vienna")
QUOTE = (
    "\n\nOn Mon, 30 Jan 2034 at 08:15, Ada Obi <ada@example.com> wrote:\n"
    "> Could either of these work? Both Vienna time (CET):\n"
    "> - Tuesday 7 February, 11:00\n"
    "> - Thursday 9 February, 15:00\n"
)
HERE = "Wed, 01 Feb 2034 10:20:00 +0100"
TORONTO = "Wed, 01 Feb 2034 07:20:00 -0500"
UK = "Wed, 01 Feb 2034 09:20:00 +0000"


def _starts(*points: tuple[int, ...]) -> list[datetime]:
    return [datetime(2034, 2, *point) for point in points]


# (body, Date header, intent, starts on the user's clock)
RIGHT = [
    # Dutch "half 3" in digits: 14:30; the range beside it keeps its hours.
    (
        "Hoi Ada,\n\nDinsdag lukt me niet. Kan jij vrijdag 10 februari om half 3, of maandag 13 "
        "februari van 9 tot 10?\n\nGroeten,\nSanne\n",
        HERE,
        P,
        _starts((10, 14, 30), (13, 9)),
    ),
    # German "halb 10" in digits: 9:30.
    (
        "Hallo Ada,\n\nDienstag klappt bei mir leider nicht. Wie wäre es mit Freitag, 10. Februar, "
        "um halb 10?\n\nViele Grüße\nLukas\n",
        HERE,
        P,
        _starts((10, 9, 30)),
    ),
    # English "half 3" stays half past three.
    (
        "Hi Ada,\n\nNeither of those suits me, sorry. Could we do Friday 10 February at half 3?"
        "\n\nBest\nTom\n",
        HERE,
        P,
        _starts((10, 15, 30)),
    ),
    # "kl." before dotted clocks, the second wrapped onto the next line.
    (
        "Hi Ada,\n\nI'm travelling both days, unfortunately. What about Friday 10 February kl. "
        "13.30\nor Monday 13 February kl.\n09.00? Oslo time, the same clock as yours.\n\nBest,\n"
        "Kari\n",
        HERE,
        P,
        _starts((10, 13, 30), (13, 9)),
    ),
    # "kl." before a bare hour.
    (
        "Hi Ada,\n\nTuesday is full for me. How about Friday 10 February kl. 15?\n\nBest,\nKari\n",
        HERE,
        P,
        _starts((10, 15)),
    ),
    # The user's Tuesday 11:00 is 5am in Toronto: a remark of dismay, then the real offer.
    (
        "Hi Ada,\n\nYour slots are a bit savage from here (5am?!). Could we do Friday 10 "
        "February, 10-11am Eastern instead?\n\nCheers,\nJess\n",
        TORONTO,
        P,
        _starts((10, 16)),
    ),
    # "Barring a last-minute hitch": the yes to Thursday holds.
    (
        "Bonjour Ada,\n\nJeudi 9 à 15h me convient, sauf empêchement de dernière minute. Je vous "
        "redis la veille.\n\nBien à vous,\nClaire\n",
        HERE,
        A,
        _starts((9, 15)),
    ),
    (
        "Hola Ada,\n\nEl jueves a las 15 me viene bien, salvo algún imprevisto.\n\nUn saludo,\n"
        "Lucía\n",
        HERE,
        A,
        _starts((9, 15)),
    ),
    # The user's Thursday picked by its day, beside a question on how to meet.
    (
        "Hola Ada,\n\nme quedo con la opción del jueves. ¿Te paso un enlace de Zoom?\n\nUn "
        "saludo,\nJordi\n",
        HERE,
        A,
        _starts((9, 15)),
    ),
    (
        "Olá Ada,\n\nfico com a de terça. Fazemos pelo Teams?\n\nAbraço,\nRui\n",
        HERE,
        A,
        _starts((7, 11)),
    ),
    (
        "Olá Ada,\n\nfico com a de terça. Pode ser pelo Teams?\n\nAbraço,\nRui\n",
        HERE,
        A,
        _starts((7, 11)),
    ),
    # Both clocks, and they agree with the user's zone: half past two in London is 15:30 here.
    (
        "Hi Ada,\n\nNeither slot works, sorry. Could we do Monday 13th at half past two UK time "
        "(that would be 15:30 for you), or Tuesday 14th anytime between 10 and 11?\n\nBest,\n"
        "Olivia\n",
        UK,
        P,
        _starts((13, 15, 30), (14, 11)),
    ),
]


LEFT = {
    RIGHT[10][0]: "'pode ser' asks how to meet here, but is read as an offer beside the pick",
}


@pytest.mark.parametrize(("body", "date", "intent", "starts"), pinned(RIGHT, LEFT))
def test_read_surely_and_rightly(
    body: str, date: str, intent: Intent, starts: list[datetime]
) -> None:
    verdict = read_reply(body, tz=VIENNA, date=date, quote=QUOTE)
    assert_read_right(verdict, VIENNA, intent, starts)


# (body, Date header, the reading that is safe when certain, or None)
NEAR_MISSES = [
    # Dutch "half 1" is 12:30, an hour left unread: in doubt, not a guess.
    (
        "Hoi Ada,\n\nDinsdag lukt niet, maar vrijdag 10 februari om half 1 kan ik wel.\n\n"
        "Groeten,\nSanne\n",
        HERE,
        None,
    ),
    # Swedish with "kl.", and a second day "otherwise" beside the one read. (Danish "Torsdag kl.
    # 15 passer mig rigtig fint" is read as a pick since round 71: test_round71_languages.)
    (
        "Hej Ada,\n\nFredag kl. 10 funkar bra för mig, annars tisdag.\n\nHälsningar\nLinn\n",
        HERE,
        None,
    ),
    # "?!" after a clock offered on no day: still a time wanting its day.
    (
        "Hi Ada,\n\nYour slots don't suit me at all. Maybe 4pm one day next week?!\n\nJess\n",
        TORONTO,
        None,
    ),
    # A mishap that has come ("j'ai un imprévu"): no yes to Thursday.
    (
        "Bonjour Ada,\n\nDésolée, j'ai un imprévu jeudi à 15h, je reviens vers vous.\n\nClaire\n",
        HERE,
        OTH,
    ),
    # "me quedo con la duda": left wondering, no pick of the Tuesday named later.
    (
        "Hola Ada,\n\nme quedo con la duda de si podré. Te digo algo el martes.\n\nJordi\n",
        HERE,
        OTH,
    ),
]


@pytest.mark.parametrize(("body", "date", "intent"), NEAR_MISSES)
def test_near_miss_stays_safe(body: str, date: str, intent: Intent | None) -> None:
    verdict = read_reply(body, tz=VIENNA, date=date, quote=QUOTE)
    assert_near_miss_safe(verdict, VIENNA, intent)


# The user's zone unknown (UTC): the thread's one clock is the user's own message's, Vienna;
# the bank's legal footer under the quoted thread, with its London office, names no clock.
FOOTER_QUOTE = (
    "\n\nFrom: Ada Obi <ada@example.com>\nSent: 30 January 2034 08:15\nTo: Olivia\n"
    "Subject: chat\n\nCould either of these work? Both Vienna time (CET):\n"
    "- Tuesday 7 February, 11:00\n- Thursday 9 February, 15:00\n\nAda\n\n"
    "________________________________\n"
    "Example Bank plc is authorised and regulated by the Financial Conduct Authority. "
    "Registered office:\n2 Example Street, London EC1A 1AA.\n"
)


def test_legal_footer_names_no_clock_of_the_thread() -> None:
    body = (
        "Hi Ada,\n\nNeither slot works, sorry. Could we do Monday 13th at half past two UK "
        "time (that would be 15:30 for you)?\n\nBest,\nOlivia\n"
    )
    utc = ZoneInfo("UTC")
    verdict = read_reply(body, tz=utc, date=UK, quote=FOOTER_QUOTE)
    assert_read_right(verdict, utc, P, _starts((13, 14, 30)))
