"""Round 79, part C: replies a careful reader is sure of, that the reader left in doubt.

Mended, each in several languages:

- a look again from a later week ("Lass uns in der Woche ab dem 11. April nochmals schauen",
  "let's look again in the week of 11 April", "laten we … nog eens kijken", "volvamos a mirarlo
  la semana del 11 de abril") is a defer, its return date that day;
- a slot's own length ("reserva un hueco de 30 minutos", "un créneau de 30 minutes", "una
  chiamata di mezz'ora") is no move of the meeting by that length;
- "zijn die tijden UTC-5 of UTC+5?" and its kin ask which zone the user meant, as the English
  "are those times UTC-5?" did: `other`, the user answers;
- "bei uns ist es dann schon 23 Uhr", "for us it's then already 11pm": the sender's side,
  "then", "already", restates the time just taken;
- inline under a quoted slot, "that day" is the slot's when the only day before it is the day
  clocks change ("once our clocks change on the 27th"), and "noon your time?" is an hour on
  the slot's day as "12:00" is.

Made doubted (a certain and wrong reading on main): "the Thursday morning one works" from Los
Angeles to the user's "Thursday 31 March, 7:30am HK time" was read as the coming Thursday's
morning in LA; the user's Thursday (the sender's Wednesday afternoon) may be the one meant.

Near misses stay doubted: the same words beside an offer of a time, a verb of moving before
the slot's length, a restated clock that does not match, a day of the sender's own before
"that day".
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import assert_read_right, doubt_codes, read_reply
from workflows.stages import Intent

UIO = ZoneInfo("America/Guayaquil")
HKG = ZoneInfo("Asia/Hong_Kong")
A, P, D, OTHER = Intent.ACCEPT, Intent.PROPOSE_TIMES, Intent.DEFER, Intent.OTHER
SENT = "Thu, 24 Mar 2039 08:00:00 +0100"

_SLOTS = (
    "> Would a 30-minute call be possible? Three options, my time (Quito):\n>\n"
    "> 1) Monday 28 March, 9:30am\n{0}> 2) Wednesday 30 March, {hour}\n{1}"
    "> 3) Tuesday 5 April, 10:00am\n{2}>\n> Ada\n> --\n> Ada Obi | Quito, Ecuador (UTC-5)\n"
)
_HEAD = "\n\nOn Wed, 23 Mar 2039 at 01:10, Ada Obi <ada@example.com> wrote:\n"
ASK = _HEAD + _SLOTS.format("", "", "", hour="4:00pm")


def inline(opening: str, answers: tuple[str, str, str], hour: str = "4:00pm") -> str:
    """``opening`` above the user's three slots, ``answers`` written under each."""
    return opening + _HEAD + _SLOTS.format(*(f"\n{a}\n\n" for a in answers), hour=hour)


_LINK = "https://calendly.com/kai-berg/30min"

# body (above ASK, or whole when it quotes inline), intent, starts on Quito's clock, return
# date, link.
CLEAR = [
    ("Hallo Ada\n\nGerne, aber die nächsten zwei Wochen bin ich komplett ausgebucht. Lass uns"
     " in der Woche ab dem 11. April nochmals schauen, dann habe ich wieder Luft.\n\nGruss\nKai\n",
     D, [], date(2039, 4, 11), None),
    ("Hi Ada,\n\nHappy to, but I'm fully booked for the next two weeks. Let's look again in the"
     " week of 11 April.\n\nKai\n", D, [], date(2039, 4, 11), None),
    ("Hoi Ada,\n\nGraag, maar de komende twee weken zit ik vol. Laten we in de week van 11 april"
     " nog eens kijken.\n\nKai\n", D, [], date(2039, 4, 11), None),
    ("Hola Ada:\n\nCon gusto, pero estas dos semanas estoy a tope. Volvamos a mirarlo la semana"
     " del 11 de abril.\n\nKai\n", D, [], date(2039, 4, 11), None),
    ("Hola Ada:\n\n¡Encantada! Tus horarios me caen fatal con la diferencia horaria, así que"
     f" mejor reserva directamente un hueco de 30 minutos que te venga bien aquí: {_LINK}\n\n"
     "Un saludo,\nKai\n", A, [], None, _LINK),
    ("Bonjour Ada,\n\nAvec plaisir ! Réservez directement un créneau de 30 minutes ici :"
     f" {_LINK}\n\nKai\n", A, [], None, _LINK),
    ("Hoi Ada, klein vraagje: zijn die tijden UTC-5 of UTC+5? Op mijn telefoon lees ik het"
     " slecht. Dan kijk ik welke past.\n\nKai\n", OTHER, [], None, None),
    ("Hola Ada, una duda: ¿esas horas son UTC-5 o UTC+5? Luego te digo cuál me va.\n\nKai\n",
     OTHER, [], None, None),
    ("Bonjour Ada, petite question : ces horaires sont en UTC-5 ou UTC+5 ? Je vous dis"
     " ensuite.\n\nKai\n", OTHER, [], None, None),
    ("Sehr geehrte Frau Obi,\n\nMittwoch, 30. März, um 16 Uhr Ihrer Zeit passt mir. Bei uns"
     " ist es dann schon 23 Uhr (wir stellen am Wochenende die Uhren um), aber das ist für mich"
     " in Ordnung.\n\nKai\n", A, [(3, 30, 16)], None, None),
    ("Dear Ada,\n\nWednesday 30 March at 4pm your time works for me. For us it's then already"
     " 11pm, but that's fine.\n\nKai\n", A, [(3, 30, 16)], None, None),
    ("Hola Ada:\n\nEl miércoles 30 de marzo a las 16:00 hora tuya me va bien. Aquí son"
     " entonces ya las 23:00, pero no pasa nada.\n\nKai\n", A, [(3, 30, 16)], None, None),
    ("Hoi Ada,\n\nWoensdag 30 maart om 16:00 jouw tijd past mij. Bij ons is het dan al 23:00,"
     " maar dat is prima.\n\nKai\n", A, [(3, 30, 16)], None, None),
    (inline("Hi Ada, answers inline.",
            ("Sorry, no.", "That would be 10pm here once our clocks change on the 27th. Could"
             " you do 16:00 UK time instead that day?", "No, sorry.")),
     P, [(3, 30, 10)], None, None),
    (inline("Hi Ada, inline.",
            ("No, teaching that morning.", "This one could work if we make it an hour later:"
             " noon your time?", "No, sorry."), hour="11:00am"),
     P, [(3, 30, 12)], None, None),
]  # fmt: skip

# body: the same words beside something that leaves the reading open.
NEAR_MISSES = [
    "Hallo Ada\n\nGerne! Lass uns in der Woche ab dem 11. April telefonieren, Dienstag um 10"
    " Uhr?\n\nKai\n",
    "Hi Ada\n\nLet's look again in the week of 11 April - Tuesday 12th at 10am your time"
    " works.\n\nKai\n",
    "Bonjour Ada,\n\nPeut-on décaler l'appel de 30 minutes ? Sinon réservez ici :"
    f" {_LINK}\n\nKai\n",
    "Hola Ada:\n\n¿Podemos retrasar la llamada de media hora? Si no, reserva aquí:"
    f" {_LINK}\n\nKai\n",
    "Hola Ada:\n\nEl martes me va, pero con un hueco de 30 minutos más tarde. Reserva aquí:"
    f" {_LINK}\n\nKai\n",
    "Sehr geehrte Frau Obi,\n\nMittwoch, 30. März, um 16 Uhr Ihrer Zeit passt mir. Bei uns ist"
    " es dann schon 20 Uhr, aber das ist für mich in Ordnung.\n\nKai\n",
    "Dear Ada,\n\nWednesday 30 March at 4pm your time works for me. Here it's already 11pm now,"
    " so I'll sign off.\n\nKai\n",
    "Dear Ada,\n\nWednesday 30 March works for me. For us it's then already 11pm.\n\nKai\n",
    inline("Hi Ada, answers inline.",
           ("Sorry, no.", "That would be 10pm here, and I'm away on the 31st. Could you do 16:00"
            " UK time instead that day?", "No, sorry.")),
    inline("Hi Ada, answers inline.",
           ("Sorry, no.", "Our clocks change on the 27th, so I'm free on the 28th instead. Could"
            " you do 16:00 UK time that day?", "No, sorry.")),
    inline("Hi Ada, inline.",
           ("No, teaching that morning.", "No, I have a team lunch at noon.", "No, sorry."),
           hour="11:00am"),
]  # fmt: skip

_HK_ASK = (
    "\n\nOn Sun, 13 Mar 2039 at 17:30, Ada Obi <ada@example.com> wrote:\n> Dear Kai,\n>\n"
    "> Any of these would suit me, all in HK time:\n> - Wednesday 23 March, 4pm HK time\n"
    "> - Tuesday 29 March, 5pm HK time\n> - Thursday 31 March, 7:30am HK time\n>\n> Ada Obi\n"
)
_LA_SENT = "Wed, 16 Mar 2039 21:30:00 -0700"
# From Los Angeles on a Wednesday night: the user's Thursday morning is the sender's
# Wednesday afternoon. Certain and wrong on main (the coming Thursday's morning in LA).
THURSDAY_ON_USERS_CLOCK = [
    "Hi Ada - the Thursday morning one works.\n\nKai\n",
    "Hi Ada - Thursday morning works.\n\nKai\n",
    "Hi Ada - the Thursday morning option works for me.\n\nKai\n",
    # blind81 a09: the bracket names the sender's Wednesday afternoon; the reader takes it for
    # the coming Wednesday, not the one before the user's Thursday. Left in doubt.
    "Hi Ada - the Thursday morning one works (your Thursday, my Wednesday afternoon, 4:30pm"
    " Pacific).\n\nKai\n",
]


def _body(body: str) -> tuple[str, str]:
    return (body, "") if "wrote:\n>" in body else (body, ASK)


@pytest.mark.parametrize(("body", "intent", "starts", "back", "link"), CLEAR)
def test_sure_reply_is_read(
    body: str,
    intent: Intent,
    starts: list[tuple[int, ...]],
    back: date | None,
    link: str | None,
) -> None:
    text, quote = _body(body)
    verdict = read_reply(text, tz=UIO, date=SENT, quote=quote)
    assert_read_right(verdict, UIO, intent, sorted(datetime(2039, *s) for s in starts))  # type: ignore[misc]
    assert verdict.return_date == back
    assert verdict.scheduling_link == link


@pytest.mark.parametrize("body", NEAR_MISSES)
def test_near_miss_stays_doubted(body: str) -> None:
    text, quote = _body(body)
    verdict = read_reply(text, tz=UIO, date=SENT, quote=quote)
    assert not verdict.certain, (verdict.intent, verdict.proposed_times)


@pytest.mark.parametrize("body", THURSDAY_ON_USERS_CLOCK)
def test_weekday_of_users_time_is_doubted(body: str) -> None:
    verdict = read_reply(body, tz=HKG, date=_LA_SENT, quote=_HK_ASK)
    assert not verdict.certain
    assert "pick_on_another_date" in doubt_codes(verdict)


def test_the_thursday_one_is_still_the_users() -> None:
    verdict = read_reply("Hi Ada - the Thursday one works.\n\nKai\n", tz=HKG, date=_LA_SENT,
                         quote=_HK_ASK)  # fmt: skip
    assert_read_right(verdict, HKG, A, [datetime(2039, 3, 31, 7, 30)])
