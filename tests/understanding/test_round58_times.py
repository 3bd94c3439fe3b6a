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


BANGALORE_DATE = "Thu, 04 Apr 2030 13:12:00 +0530"
LIST_QUOTE = (
    "\n\nOn Wed, Apr 3, 2030 at 12:00 PM Ada Obi <ada@example.com> wrote:\n"
    "> A few times that work for me, all Vienna time (CET/CEST):\n"
    "> - Tuesday 9 April, 09:00\n> - Thursday 11 April, 16:00\n> - Monday 15 April, 11:30\n"
)


# A yes on condition of a later start, the start spelled out after a comma (16:30 in Vienna is
# 8pm in Bangalore): an offer, said as one.
@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada,\n\nTuesday is out. Thursday 11 April only if we can start half an hour later, "
        "at 16:30 your time (8pm IST).\n\nBest\nAnanya\n",
        "Hi Ada,\n\nTuesday is out. Thursday 11 April, if we could start a little later, at 16:30 "
        "your time.\n\nBest\nAnanya\n",
        "Hi Ada,\n\nTuesday is out. Thursday 11 April works if we can start later, at 16:30 "
        "(8pm IST).\n\nBest\nAnanya\n",
    ],
)
def test_later_start_spelled_out_after_a_comma(body: str) -> None:
    verdict = read_reply(body, tz=VIENNA, date=BANGALORE_DATE, quote=LIST_QUOTE)
    assert_read_right(verdict, VIENNA, Intent.PROPOSE_TIMES, [datetime(2030, 4, 11, 16, 30)])


SCHEDULE_READ_AS_OFFER = (
    "as on main: a lone clause with a day and a clock, no offer words, is read as an offer"
)


# Near misses: the clause after the comma says something of its own (the sender's schedule),
# or the first clause offers nothing.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi Ada,\n\nTuesday is out. Thursday 11 April, at 16:30 your time I have a team "
            "call.\n\nBest\nAnanya\n",
            marks=pytest.mark.xfail(strict=True, reason=SCHEDULE_READ_AS_OFFER),
        ),
        pytest.param(
            "Hi Ada,\n\nTuesday is out. On Thursday 11 April we start late, at 16:30 your time."
            "\n\nBest\nAnanya\n",
            marks=pytest.mark.xfail(strict=True, reason=SCHEDULE_READ_AS_OFFER),
        ),
        "Hi Ada,\n\nTuesday is out. Thursday 11 April I'm in a workshop, at 16:30 your time."
        "\n\nBest\nAnanya\n",
    ],
)
def test_clock_clause_without_an_offer_stays_doubted(body: str) -> None:
    verdict = read_reply(body, tz=VIENNA, date=BANGALORE_DATE, quote=LIST_QUOTE)
    assert_near_miss_safe(verdict, VIENNA, Intent.PROPOSE_TIMES)


LONDON_DATE = "Tue, 26 Mar 2030 10:05:00 +0000"
# The author line wrapped before "wrote:", as some mail programs do.
WRAPPED_QUOTE = (
    "\n\nOn Mon, Mar 25, 2030 at 8:15 AM Ada Obi <ada@example.com>\nwrote:\n"
    "> A few times that work for me, all Vienna time (CET/CEST):\n"
    "> - Thursday 28 March, 15:30 (CET)\n> - Tuesday 2 April, 10:00 (CEST)\n"
)
UK_OFFERS = [datetime(2030, 4, 2, 12, 0), datetime(2030, 4, 3, 17, 0)]


# Offers on the UK clock before BST, then talk of the change naming its Sunday and the first
# offer's clock on both sides: no offer on the Sunday.
@pytest.mark.parametrize(
    "talk",
    [
        "We go onto BST on Sunday, same as you, so 11am here will be noon in Vienna.",
        "We move onto BST this Sunday, so 11am here is noon for you.",
        "We go onto BST on Sunday like you do.",
    ],
)
def test_talk_of_going_onto_bst_offers_nothing(talk: str) -> None:
    body = (
        "Hi Ada,\n\nThursday is taken. Could we try Tuesday 2 April at 11am UK time, or "
        f"Wednesday 3rd at 4pm? {talk}\n\nBest wishes,\nOliver\n"
    )
    verdict = read_reply(body, tz=VIENNA, date=LONDON_DATE, quote=WRAPPED_QUOTE)
    assert_read_right(verdict, VIENNA, Intent.PROPOSE_TIMES, UK_OFFERS)


# Near misses: "move to BST" (a meeting may move to a zone's times: no talk of a change read,
# so the Sunday and its clocks keep the reply in doubt), and a wrapped author line that names
# someone else.
@pytest.mark.parametrize(
    ("body", "quote"),
    [
        (
            "Hi Ada,\n\nCould we try Tuesday 2 April at 11am UK time, or Wednesday 3rd at 4pm? "
            "We move to BST on Sunday, so 11am here will be noon in Vienna.\n\nOliver\n",
            WRAPPED_QUOTE,
        ),
        (
            "Hi Ada,\n\nCould we try Tuesday 2 April at 11am UK time, or Wednesday 3rd at 4pm?"
            "\n\nOliver\n",
            WRAPPED_QUOTE.replace("Ada Obi <ada@example.com>", "Sam Reed <sam@example.com>"),
        ),
    ],
)
def test_sunday_offer_or_another_thread_stays_doubted(body: str, quote: str) -> None:
    verdict = read_reply(body, tz=VIENNA, date=LONDON_DATE, quote=quote)
    assert_near_miss_safe(verdict, VIENNA, Intent.PROPOSE_TIMES)


SANTIAGO_DATE = "Thu, 04 Apr 2030 10:22:00 -0300"


# Two offers on the user's clock, then both on the sender's after Chile's change (-04:00 from
# 7 April): "9 and 10 in the morning here" names them back.
@pytest.mark.xfail(
    strict=True,
    reason="two bare hours joined by 'and' in a bracket are not read as two restatements: the "
    "first is left unread and 'in the morning here' is read as a morning offer",
)
def test_two_offers_named_back_in_one_bracket() -> None:
    body = (
        "Hi Ada,\n\nOur clocks go back this weekend, so here are Vienna times: Tuesday 9 April "
        "at 15:00 your time, or Wednesday 10 April at 16:00 your time (that should be 9 and 10 "
        "in the morning here).\n\nValentina\n"
    )
    verdict = read_reply(body, tz=VIENNA, date=SANTIAGO_DATE, quote=LIST_QUOTE)
    assert_read_right(
        verdict,
        VIENNA,
        Intent.PROPOSE_TIMES,
        [datetime(2030, 4, 9, 15, 0), datetime(2030, 4, 10, 16, 0)],
    )
