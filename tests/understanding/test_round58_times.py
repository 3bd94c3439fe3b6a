"""Round 58, part T, on replies_blind58 (times): a user in Vienna, spring 2030 (EU change
31 March, New Zealand and Chile 7 April). Sentences of our own:

- "as 9h ficam 14h pra você": an offered hour that "becomes" the user's own across the
  zones, in the spoken "pra você", names the offer back; an hour off, or an hour not offered,
  is left a time with no day.
- "12:30 your time instead of 11:30 - 10:30pm my time": a dash (at the end of a line too)
  before a clock on the sender's side names the new time again on that clock; an hour off it
  is left a time with no day.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import assert_near_miss_safe, assert_read_right, read_reply
from workflows.stages import Intent

VIENNA = ZoneInfo("Europe/Vienna")

OFFERS_QUOTE = (
    "\n\nOn Mon, 25 Mar 2030 at 05:15, Ada Obi <ada@example.com> wrote:\n"
    "> A few times that work for me, all Vienna time (CET/CEST):\n"
    "> - Thursday 28 March, 15:30 (CET)\n> - Tuesday 2 April, 10:00 (CEST)\n"
    "> - Wednesday 3 April, 17:30 (CEST)\n"
)
SAO_PAULO_DATE = "Wed, 27 Mar 2030 11:48:00 -0300"
PT_OFFERS = (
    "Oi Ada,\n\nQuinta não dá. Pode ser terça, 2 de abril, às 9h (horário de Brasília)? Ou "
    "quarta, dia 3, às 14h. Com a mudança de horário aí na Europa, acho que {tail}\n\n"
    "Abraço,\nRafael\n"
)
PT_STARTS = [datetime(2030, 4, 2, 14, 0), datetime(2030, 4, 3, 19, 0)]


# The offer's hour, then the user's clock for it (9h at -03:00 is 14h in Vienna after the change).
@pytest.mark.parametrize(
    "tail",
    [
        "as 9h ficam 14h pra você.",
        "as 9h ficam 14h para você.",
        "as 9h ficam 14h pra vocês.",
        "as 9h são 14h pra você.",
    ],
)
def test_portuguese_offer_named_back_on_the_users_clock(tail: str) -> None:
    verdict = read_reply(
        PT_OFFERS.format(tail=tail), tz=VIENNA, date=SAO_PAULO_DATE, quote=OFFERS_QUOTE
    )
    assert_read_right(verdict, VIENNA, Intent.PROPOSE_TIMES, PT_STARTS)


# Near misses: the sum an hour off (which clock is wrong?), or an hour that is no offer.
@pytest.mark.parametrize(
    "tail",
    [
        "as 9h ficam 13h pra você.",
        "as 10h ficam 15h pra você.",
        "as 9h ficam 15h pra você.",
        "às 11h fica melhor pra você.",
    ],
)
def test_portuguese_equation_that_does_not_hold_stays_doubted(tail: str) -> None:
    verdict = read_reply(
        PT_OFFERS.format(tail=tail), tz=VIENNA, date=SAO_PAULO_DATE, quote=OFFERS_QUOTE
    )
    assert_near_miss_safe(verdict, VIENNA, Intent.PROPOSE_TIMES)


AGREED_QUOTE = (
    "\n\nOn Fri, Apr 5, 2030 at 8:10 PM Ada Obi <ada@example.com> wrote:\n"
    "> Monday 15 April at 11:30 Vienna time works perfectly, I'll send an invite.\n"
)
# After New Zealand left summer time (7 April): +12:00, so 12:30 in Vienna is 22:30 there.
AUCKLAND_DATE = "Thu, 11 Apr 2030 18:40:00 +1200"
MOVED_TO = [datetime(2030, 4, 15, 12, 30)]

# The move on the user's clock, then after a dash on the sender's own.
MOVED = [
    "Hi Ada,\n\nCould we push Monday back by an hour? So 12:30 your time instead of 11:30 -\n"
    "10:30pm my time rather than 9:30. Sorry!\n\nTom\n",
    "Hi Ada,\n\nCould we push Monday back by an hour? So 12:30 your time instead of 11:30 - "
    "10:30pm my time rather than 9:30.\n\nTom\n",
    "Hi Ada,\n\nCan we move Monday to 12:30 your time instead of 11:30 – 10:30pm my time?\n\nTom\n",
    "Hallo Ada,\n\nkönnen wir Montag um eine Stunde verschieben? Also 12:30 Uhr Ihre Zeit statt "
    "11:30 - 22:30 Uhr meine Zeit.\n\nTom\n",
    "Bonjour Ada,\n\npeut-on décaler lundi d'une heure ? Donc 12h30 à votre heure au lieu de "
    "11h30 - 22h30 mon heure.\n\nTom\n",
    "Hola Ada,\n\n¿podemos mover el lunes una hora? O sea 12:30 tu hora en vez de 11:30 - "
    "22:30 mi hora.\n\nTom\n",
    pytest.param(
        "Ciao Ada,\n\npossiamo spostare lunedì di un'ora? Quindi 12:30 ora vostra invece delle "
        "11:30 - 22:30 ora mia.\n\nTom\n",
        marks=pytest.mark.xfail(strict=True, reason="'spostare ... di un'ora' read as a shift"),
    ),
    pytest.param(
        "Oi Ada,\n\npodemos mudar segunda para uma hora depois? Então 12h30 no seu horário em "
        "vez de 11h30 - 22h30 no meu horário.\n\nTom\n",
        marks=pytest.mark.xfail(strict=True, reason="'mudar' is no move word: no intent read"),
    ),
    "Hoi Ada,\n\nkunnen we maandag een uur verzetten? Dus 12:30 jouw tijd in plaats van 11:30 - "
    "22:30 mijn tijd.\n\nTom\n",
]


@pytest.mark.parametrize("body", MOVED)
def test_move_said_again_after_a_dash_on_the_senders_clock(body: str) -> None:
    verdict = read_reply(body, tz=VIENNA, date=AUCKLAND_DATE, quote=AGREED_QUOTE)
    assert_read_right(verdict, VIENNA, Intent.RESCHEDULE, MOVED_TO)


OFF_BY_AN_HOUR = (
    "on one line (no sentence break at the dash) the clock an hour off is not held to the move"
)


# Near misses: the sender's clock an hour off the move (the summer-time sum), or a clock
# after the dash with no zone named, which may be another time.
@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada,\n\nCould we push Monday back by an hour? So 12:30 your time instead of 11:30 -\n"
        "11:30pm my time rather than 10:30. Sorry!\n\nTom\n",
        pytest.param(
            "Hallo Ada,\n\nkönnen wir Montag verschieben? Also 12:30 Uhr Ihre Zeit statt 11:30 - "
            "23:30 Uhr meine Zeit.\n\nTom\n",
            marks=pytest.mark.xfail(strict=True, reason=OFF_BY_AN_HOUR),
        ),
        pytest.param(
            "Hola Ada,\n\n¿podemos mover el lunes? O sea 12:30 tu hora en vez de 11:30 - 23:30 "
            "mi hora.\n\nTom\n",
            marks=pytest.mark.xfail(strict=True, reason=OFF_BY_AN_HOUR),
        ),
        "Hi Ada,\n\nCould we push Monday back by an hour? So 12:30 your time instead of 11:30 - "
        "or 2pm.\n\nTom\n",
    ],
)
def test_dash_clock_off_the_move_stays_doubted(body: str) -> None:
    verdict = read_reply(body, tz=VIENNA, date=AUCKLAND_DATE, quote=AGREED_QUOTE)
    assert_near_miss_safe(verdict, VIENNA, Intent.RESCHEDULE)
