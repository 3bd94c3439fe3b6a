"""Round 66, part W: hard-wrapped ranges, shifts by a length, contradicting cues.

Sentences of our own, each shaped like a file the reader doubted in replies_blind64-67 though
a person reads it plainly:

- "Wed I'm stuck in meetings until 3. 3:30-4 that day works, or Fri at 2": "that day" is the
  one day the sentence before named, whose busy part ended at a clock (blind67 p13).
- "Jullie tijden komen me helaas niet uit. Donderdag om 14.00 of vrijdag 16-17": the no is
  said of the user's times, its subject; the new times are offers (blind67 p14).
- "Still keen! I'll send you a couple of options in the next few days": a yes whose times are
  still to come is a holding note, `other` (convention (i), blind66 o05).
- "no voy a poder mañana a las 4" under an agreed Friday at 4: the agreed slot, a cancel
  (blind64 c03).
- "Wochentag ab 15\\nUhr": the hour and its "Uhr" wrapped apart are one clock; with this week
  ruled out, a weekday listed after "next week" is next week's (blind65 p12).
- An inline "no - but Wednesday at that same time works" under the quoted line of one offer:
  the line's clock on the day named (blind64 p03).

Pinned: "push tomorrow's 8am back an hour, or Monday at 8" (blind67 s04) still loses the
shifted slot. Near misses, which a careful person would not be sure of, stay in doubt.
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

P, A, R, C = Intent.PROPOSE_TIMES, Intent.ACCEPT, Intent.RESCHEDULE, Intent.CANCEL
OTH = Intent.OTHER

HALIFAX = ZoneInfo("America/Halifax")
BOGOTA = ZoneInfo("America/Bogota")
ZURICH = ZoneInfo("Europe/Zurich")

# The user in Halifax offers three times on Atlantic time, in late March 2034.
ATLANTIC_OFFERS = (
    "\n\nOn Mon, Mar 20, 2034 at 5:20 PM Ada Obi <ada@example.com> wrote:\n"
    "> Would one of these suit? All on Atlantic time (ADT):\n"
    "> - Tuesday 28 March, 11:00\n> - Wednesday 29 March, 16:00\n> - Friday 31 March, 10:00\n"
)
CHICAGO_DATE = "Tue, 21 Mar 2034 09:10:00 -0500"
AMSTERDAM_DATE = "Mon, 27 Mar 2034 10:30:00 +0200"

# (body, Date header, right intent, starts on Halifax's clock)
RIGHT = [
    # A busy morning ending at a bare hour, then "that day" in the next sentence, hard-wrapped.
    (
        "Hi Ada,\n\nHappy to. Tue 28th won't work, and Wed 29th I'm stuck in\nworkshops until "
        "2. I could do 2:30-3 that day or\nFri the 31st at 11:00, either is fine.\n\nKai\n",
        CHICAGO_DATE,
        P,
        [datetime(2034, 3, 29, 16, 30), datetime(2034, 3, 31, 13, 0)],
    ),
    # The same, no wrap, "on that day" and the day alone in its sentence.
    (
        "Hi Ada,\n\nWednesday the 29th I'm tied up until 1. Could you do 1:30 on that day?\n\n"
        "Kai\n",
        CHICAGO_DATE,
        P,
        [datetime(2034, 3, 29, 15, 30)],
    ),
    # Dutch: the user's times, as the subject, turned down; two offers of the sender's own.
    (
        "Hallo Ada,\n\nBedankt voor je bericht! Jouw tijden komen mij helaas slecht uit. "
        "Donderdag 30 maart kan ik wel om 14.00 uur, of vrijdag 31 maart tussen 16.00 en 17.00 "
        "uur.\n\nGroeten,\nKai\n",
        AMSTERDAM_DATE,
        P,
        [datetime(2034, 3, 30, 9, 0), datetime(2034, 3, 31, 11, 0)],
    ),
    # English, the same shape.
    (
        "Hi Ada,\n\nYour times sadly don't suit me. Thursday 30 March at 2pm or Friday 31 March "
        "1-2pm would.\n\nKai\n",
        CHICAGO_DATE,
        P,
        [datetime(2034, 3, 30, 16, 0), datetime(2034, 3, 31, 15, 0)],
    ),
    # A yes whose options are promised shortly: a holding note.
    (
        "Hi Ada - writing from my own address, I left the company last week. Still keen to "
        "chat! I'm reshuffling my calendar and will send you a couple of options in the next "
        "few days.\n\nKai\n",
        CHICAGO_DATE,
        OTH,
        [],
    ),
    (
        "Hi Ada,\n\nSure, happy to talk. I'll send over some times shortly.\n\nKai\n",
        CHICAGO_DATE,
        OTH,
        [],
    ),
]


@pytest.mark.parametrize(("body", "date", "intent", "starts"), RIGHT)
def test_read_right(body: str, date: str, intent: Intent, starts: list[datetime]) -> None:
    verdict = read_reply(body, tz=HALIFAX, date=date, quote=ATLANTIC_OFFERS)
    assert_read_right(verdict, HALIFAX, intent, starts)


# Near misses: the same words where the reading is a guess.
NEAR = [
    # Two days before "that day": which one?
    "Hi Ada,\n\nWednesday and Thursday I'm in workshops until 2. I could do 2:30-3 that day "
    "or Friday at 11:00.\n\nKai\n",
    # A whole day away, then "that day": the sender contradicts themselves.
    "Hi Ada,\n\nWednesday I'm away all day. I could do 2:30-3 that day or Friday at 11:00.\n\n"
    "Kai\n",
    # "that day" with no day in the reply at all.
    "Hi Ada,\n\nI could do 2:30-3 that day, if that helps.\n\nKai\n",
]


@pytest.mark.parametrize("body", NEAR)
def test_near_misses_stay_in_doubt(body: str) -> None:
    verdict = read_reply(body, tz=HALIFAX, date=CHICAGO_DATE, quote=ATLANTIC_OFFERS)
    assert_near_miss_safe(verdict, HALIFAX, None)


# Near misses of the holding note: the options come after a later period (a defer, not
# shortly), or a pick is made beside them. Certain `other` here would be wrong.
LATER = [
    "Hi Ada,\n\nHappy to chat. I'll send you some times after my leave in April.\n\nKai\n",
    "Hi Ada,\n\nHappy to chat. I'll send you some times next week.\n\nKai\n",
]


@pytest.mark.parametrize("body", LATER)
def test_options_after_a_later_period_are_no_holding_note(body: str) -> None:
    verdict = read_reply(body, tz=HALIFAX, date=CHICAGO_DATE, quote=ATLANTIC_OFFERS)
    assert not (verdict.certain and verdict.intent is OTH)


# Bogotá, January 2033: the user's three offers, then "viernes 28 a las 4" agreed.
AGREED_ES = (
    "\n\n________________________________\nDe: Ada Obi <ada@example.com>\n"
    "Enviado: lunes, 24 de enero de 2033 11:45\nAsunto: RE: charla\n\n"
    "¡Perfecto! Quedamos el viernes 28 de enero a las 4:00 p. m.\n\n"
    "________________________________\nDe: Kai Berg <kai@example.com>\n"
    "Enviado: lunes, 24 de enero de 2033 11:20\n\nHola Ada, el viernes a las 4 me va bien.\n\n"
    "________________________________\nDe: Ada Obi <ada@example.com>\n"
    "Enviado: lunes, 24 de enero de 2033 8:40\n\n¿Te sirve alguno? Hora de Colombia:\n"
    "- jueves 27 de enero, 11:00 a. m.\n- viernes 28 de enero, 4:00 p. m.\n"
)
THURSDAY_EVENING = "Thu, 27 Jan 2033 18:30:00 -0500"

SPANISH = [
    # The agreed slot, named as the one the sender will miss: a cancel.
    (
        "Ada, lo siento muchísimo, no voy a poder mañana a las 4, tengo que viajar a una "
        "planta. Luego lo vemos.\n\nKai\n",
        C,
        [],
    ),
    # The same no, and a new time: a reschedule to it.
    (
        "Ada, perdona, no voy a poder mañana a las 4. ¿Lo pasamos al lunes 31 a las 10?\n\nKai\n",
        R,
        [datetime(2033, 1, 31, 10, 0)],
    ),
]


@pytest.mark.parametrize(("body", "intent", "starts"), SPANISH)
def test_future_no_names_the_agreed_slot(body: str, intent: Intent, starts: list[datetime]) -> None:
    verdict = read_reply(body, tz=BOGOTA, date=THURSDAY_EVENING, quote=AGREED_ES)
    assert_read_right(verdict, BOGOTA, intent, starts)


# Zurich, May 2033, written on Tuesday 3 May: the user's three offers.
ZURICH_OFFERS = (
    "\n\nAm Mo., 2. Mai 2033 um 08:30 Uhr schrieb Ada Obi <ada@example.com>:\n"
    "> Hätten Sie 20 Minuten? Alle Zeiten in Zürcher Zeit:\n"
    "> - Do 5. Mai, 10:00\n> - Fr 6. Mai, 15:30\n> - Di 10. Mai, 17:00\n"
)
TUESDAY_NIGHT = "Tue, 03 May 2033 21:40:00 +0200"

GERMAN = [
    # The hour and its "Uhr" wrapped apart; this week ruled out, so Thursday is next week's.
    (
        "Hallo Frau Obi,\n\ndanke für Ihre Nachricht. Diese Woche bin ich leider restlos\n"
        "ausgebucht. Nächste Woche Mittwoch ginge es ab 14\nUhr bis 16 Uhr, oder Donnerstag "
        "Vormittag\nzwischen 8 und 10 Uhr. Was passt Ihnen besser?\n\nGrüße\nKai\n",
        [datetime(2033, 5, 11, 14, 0), datetime(2033, 5, 12, 8, 0)],
    ),
    # English, the week ruled out in so many words.
    (
        "Hi Ada,\n\nThis week is fully booked, sorry. Next week I could do Wednesday at 3pm, or "
        "Thursday at 11am.\n\nKai\n",
        [datetime(2033, 5, 11, 15, 0), datetime(2033, 5, 12, 11, 0)],
    ),
]


@pytest.mark.parametrize(("body", "starts"), GERMAN)
def test_next_week_list_after_this_week_is_out(body: str, starts: list[datetime]) -> None:
    verdict = read_reply(body, tz=ZURICH, date=TUESDAY_NIGHT, quote=ZURICH_OFFERS)
    assert_read_right(verdict, ZURICH, P, starts)


# Near misses: this week not ruled out (a day of it offered, or nothing said of it).
GERMAN_NEAR = [
    "Hallo Frau Obi,\n\nNächste Woche Mittwoch ginge es ab 14 Uhr bis 16 Uhr, oder Donnerstag "
    "zwischen 10 und 12 Uhr.\n\nGrüße\nKai\n",
    "Hi Ada,\n\nThis week I'm out Monday but Thursday at 10 is fine. Next week Wednesday I'd "
    "have time from 3, or Thursday at 11.\n\nKai\n",
]


@pytest.mark.parametrize("body", GERMAN_NEAR)
def test_next_week_list_near_misses(body: str) -> None:
    verdict = read_reply(body, tz=ZURICH, date=TUESDAY_NIGHT, quote=ZURICH_OFFERS)
    assert_near_miss_safe(verdict, ZURICH, None)


# Inline answers, New York to Bogotá in January 2033 (both on -05:00).
INLINE_QUOTE_HEAD = (
    "\n\nOn Mon, Jan 10, 2033 at 9:15 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work? All in Bogotá time (COT):\n"
)
INLINE_DATE = "Wed, 12 Jan 2033 22:14:00 -0500"


def _inline(*answers: str) -> str:
    lines = ["> - Thursday, January 13, 10:00 am", "> - Tuesday, January 18, 9:00 am"]
    return "".join(f"{line}\n\n{answer}\n\n" for line, answer in zip(lines, answers, strict=True))


def test_inline_same_time_takes_the_lines_clock() -> None:
    body = "Hi Ada, answers below.\n\nKai"
    quote = INLINE_QUOTE_HEAD + _inline(
        "no, offsite all day",
        "nope (team sync) - but Wednesday the 19th at that same time would work.",
    )
    verdict = read_reply(body, tz=BOGOTA, date=INLINE_DATE, quote=quote)
    assert_read_right(verdict, BOGOTA, P, [datetime(2033, 1, 19, 9, 0)])


# Near misses: "same time" under two lines, or with two days named.
INLINE_NEAR = [
    ("same time Friday?", "same time Wednesday works too."),
    ("no", "no - but Wednesday or Thursday at that same time would work."),
]


@pytest.mark.parametrize("answers", INLINE_NEAR)
def test_inline_same_time_near_misses(answers: tuple[str, str]) -> None:
    quote = INLINE_QUOTE_HEAD + _inline(*answers)
    verdict = read_reply("Hi Ada, inline.\n\nKai", tz=BOGOTA, date=INLINE_DATE, quote=quote)
    assert_near_miss_safe(verdict, BOGOTA, None)


# Toronto, March 2034: Friday 17 March 09:00 Atlantic (08:00 Toronto) agreed.
AGREED_EN = (
    "\n\nOn Tue, Mar 7, 2034 at 1:00 PM Ada Obi <ada@example.com> wrote:\n"
    "> Great, Friday 17 March, 09:00 Atlantic time it is.\n>\n"
    "> On Mon, Mar 6, 2034 at 7:45 AM Ada Obi <ada@example.com> wrote:\n"
    ">> Would any of these work? All on Atlantic time:\n"
    ">> - Wednesday 15 March, 15:00\n>> - Friday 17 March, 09:00\n"
)
SHIFTS = [
    (
        "Sorry Ada, I need to bump tomorrow's 8am (my time), the school run is a mess. Could we "
        "push it back an hour? Failing that, Monday the 20th at 8, the usual time.\n\nKai\n",
        [datetime(2034, 3, 17, 10, 0), datetime(2034, 3, 20, 9, 0)],
    ),
]
LEFT = {
    SHIFTS[0][0]: "a move by a length beside another new time: the shift is added up only "
    "when the reply reads no window of its own, so the pushed Friday slot is lost",
}


@pytest.mark.parametrize(("body", "starts"), pinned(SHIFTS, LEFT))
def test_shift_beside_another_offer(body: str, starts: list[datetime]) -> None:
    verdict = read_reply(body, tz=HALIFAX, date="Thu, 16 Mar 2034 17:50:00 -0400", quote=AGREED_EN)
    assert_read_right(verdict, HALIFAX, R, starts)
