"""Round 33 (times and picks): restatements the reader took for offers, zones said in passing,
and the day a moved time keeps.

A clock said again on the other side ("wäre das bei Ihnen 9:30 Uhr", "para você serão 9h",
"noon is 9 your time") or in a clause about the user's own times ("tus horarios me caen a las
19:00") offers nothing; a zone that is a sentence of its own ("… at 10? Pacific.") or "same
zone as you" is the clock of the times; "today's 5.30" is a clock; "No dia …, escreveu:" heads
a quote; "Oct 30:" heads an answer; "can't at 3" turns 3 down; "shift tomorrow's 1pm to 2:30"
keeps tomorrow for 2:30; "hora do Pacífico" is the Pacific clock. A clock said again on the
sender's side that is no instant of the offer as read keeps the reply in doubt. Sentences of
our own, each with near misses that must not change.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

_LA = ZoneInfo("America/Los_Angeles")
_OFFERS = (
    "\n\nOn Mon, Oct 20, 2031 at 7:50 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work? All Pacific time:\n"
    "> - Wednesday, Oct 29, 11:00-11:30am\n"
    "> - Thursday, Oct 30, 3:00-3:30pm\n"
    "> - Monday, Nov 3, 9:30-10:00am\n"
)
_AGREED = (
    "\n\nOn Mon, Nov 3, 2031 at 2:15 PM Ada Obi <ada@example.com> wrote:\n"
    "> Great, Wednesday 11/12 at 1pm PT - invite sent!\n"
)


def _offers_reply(body: str, date: str, quote: str = _OFFERS):  # type: ignore[no-untyped-def]
    return read_reply(body, tz=_LA, date=date, quote=quote)


# The user's reading of an offer, with the verb or the user's side before the clock.
_SAID_AGAIN_FIRST = [
    (
        "Wie wäre es mit Dienstag, 28. Oktober, um 17:30 Uhr (MEZ)? Wegen der Zeitumstellung wäre"
        " das bei Ihnen 9:30 Uhr.",
        "Tue, 21 Oct 2031 10:15:00 +0200",
        datetime(2031, 10, 28, 9, 30),
    ),
    (
        "Passt Ihnen Dienstag, 28. Oktober, um 17:30 Uhr (MEZ)? Bei Ihnen wäre es 9:30 Uhr.",
        "Tue, 21 Oct 2031 10:02:00 +0200",
        datetime(2031, 10, 28, 9, 30),
    ),
    (
        "Podemos falar na terça-feira, 28 de outubro, às 16h (hora de Lisboa)? Para você serão 9h.",
        "Tue, 21 Oct 2031 10:02:00 +0100",
        datetime(2031, 10, 28, 9, 0),
    ),
    (
        "Could we do Tuesday 28 October at 4pm UK time? For you it'll be 9am, I know.",
        "Tue, 21 Oct 2031 10:02:00 +0100",
        datetime(2031, 10, 28, 9, 0),
    ),
    (
        "Pourriez-vous mardi 28 octobre à 17h30 (heure de Paris) ? Pour vous ce sera 9h30, j'espère"
        " que ça va.",
        "Tue, 21 Oct 2031 10:02:00 +0200",
        datetime(2031, 10, 28, 9, 30),
    ),
    (
        "Potremmo fare martedì 28 ottobre alle 17:30 (ora di Roma)? Per te sarebbero le 9:30.",
        "Tue, 21 Oct 2031 10:02:00 +0200",
        datetime(2031, 10, 28, 9, 30),
    ),
    (
        "Kunnen we dinsdag 28 oktober om 17:30 (Nederlandse tijd)? Voor jou is het dan 9:30.",
        "Tue, 21 Oct 2031 10:02:00 +0200",
        datetime(2031, 10, 28, 9, 30),
    ),
    (
        "¿Te va bien el martes 28 de octubre a las 17:30 (hora de Madrid)? Para ti serían las"
        " 9:30.",
        "Tue, 21 Oct 2031 10:02:00 +0200",
        datetime(2031, 10, 28, 9, 30),
    ),
]


@pytest.mark.parametrize(("body", "date", "start"), _SAID_AGAIN_FIRST)
def test_a_clock_said_again_with_the_verb_or_side_first_is_no_dayless_offer(
    body: str, date: str, start: datetime
) -> None:
    verdict = _offers_reply(body, date)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _LA) == [start]
    assert verdict.certain, doubt_codes(verdict)


# A second clock with no day, offered: still a time the reader cannot place.
_DAYLESS_STILL = [
    (
        "Passt Ihnen Dienstag, 28. Oktober, um 17:30 Uhr (MEZ)? Sonst ginge auch 19 Uhr.",
        "Tue, 21 Oct 2031 10:02:00 +0200",
    ),
    (
        "Could we do Tuesday 28 October at 4pm UK time? Also free at 6pm.",
        "Tue, 21 Oct 2031 10:02:00 +0100",
    ),
    (
        "None of those work. How about Tuesday 10/28 at 1pm ET? I know 3pm is 12 your time.",
        "Wed, 22 Oct 2031 09:02:00 -0400",
    ),
    (
        "Your times don't work, but 3pm would. Could we do Tuesday 10/28 at 1pm ET?",
        "Wed, 22 Oct 2031 09:02:00 -0400",
    ),
]


@pytest.mark.parametrize(("body", "date"), _DAYLESS_STILL)
def test_a_dayless_clock_that_says_nothing_again_stays_in_doubt(body: str, date: str) -> None:
    verdict = _offers_reply(body, date)
    assert not verdict.certain
    assert "time_without_day" in doubt_codes(verdict)


# An offered clock set equal to its reading on the user's clock.
_EQUATED = [
    (
        "None of those work. How about Tuesday 10/28 at 1pm ET? I know 1pm is 10 your time.",
        "Wed, 22 Oct 2031 09:02:00 -0400",
        datetime(2031, 10, 28, 10, 0),
    ),
    (
        "None of those work. How about Tuesday 10/28 at noon ET? Noon is 9am for you, I think.",
        "Wed, 22 Oct 2031 09:02:00 -0400",
        datetime(2031, 10, 28, 9, 0),
    ),
    (
        "Ninguno me va. ¿Qué tal el martes 28 de octubre a las 17:00? Las 17:00 son las 9 para ti.",
        "Wed, 22 Oct 2031 15:02:00 +0100",
        datetime(2031, 10, 28, 9, 0),
    ),
    (
        "Keiner passt mir. Ginge Dienstag, 28. Oktober, um 18 Uhr MEZ? 18 Uhr ist 10 Uhr bei"
        " Ihnen.",
        "Wed, 22 Oct 2031 15:02:00 +0200",
        datetime(2031, 10, 28, 10, 0),
    ),
]


@pytest.mark.parametrize(("body", "date", "start"), _EQUATED)
def test_an_offer_equated_to_the_users_clock_is_said_again(
    body: str, date: str, start: datetime
) -> None:
    verdict = _offers_reply(body, date)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _LA) == [start]
    assert verdict.certain, doubt_codes(verdict)


_EQUATED_WRONG = [
    # 1pm Eastern is 10 in Los Angeles, not 11.
    (
        "None of those work. How about Tuesday 10/28 at 1pm ET? I know 1pm is 11 your time.",
        "Wed, 22 Oct 2031 09:02:00 -0400",
    ),
    # Read at +02:00 the 18 Uhr is 9 in Los Angeles; the sender says 10 (Berlin has changed).
    (
        "Keiner passt mir. Ginge Dienstag, 28. Oktober, um 18 Uhr? 18 Uhr ist 10 Uhr bei Ihnen.",
        "Wed, 22 Oct 2031 15:02:00 +0200",
    ),
]


@pytest.mark.parametrize(("body", "date"), _EQUATED_WRONG)
def test_an_equation_the_offer_does_not_bear_out_stays_in_doubt(body: str, date: str) -> None:
    verdict = _offers_reply(body, date)
    assert not verdict.certain
    assert "time_without_day" in doubt_codes(verdict)


# The user's times read on the sender's clock, before a counter-offer.
_ABOUT_YOUR_TIMES = [
    (
        "Your times land at 6pm or later for me. Could we do Tuesday 10/28 at 1pm ET?",
        "Wed, 22 Oct 2031 09:02:00 -0400",
        datetime(2031, 10, 28, 10, 0),
    ),
    (
        "Tus horarios me caen a las 19:00 o más tarde. ¿Te va el martes 28 de octubre a las 18:00?",
        "Wed, 22 Oct 2031 15:02:00 +0100",
        datetime(2031, 10, 28, 10, 0),
    ),
    (
        "Vos créneaux tombent à 19h ou plus tard chez moi. Mardi 28 octobre à 18h, ça vous irait ?",
        "Wed, 22 Oct 2031 15:02:00 +0100",
        datetime(2031, 10, 28, 10, 0),
    ),
    (
        "Ihre Vorschläge liegen bei mir um 19 Uhr oder später. Ginge Dienstag, 28. Oktober, um"
        " 18 Uhr?",
        "Wed, 22 Oct 2031 15:02:00 +0100",
        datetime(2031, 10, 28, 10, 0),
    ),
]


@pytest.mark.parametrize(("body", "date", "start"), _ABOUT_YOUR_TIMES)
def test_a_clock_about_the_users_times_offers_nothing(
    body: str, date: str, start: datetime
) -> None:
    verdict = _offers_reply(body, date)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _LA) == [start]
    assert verdict.certain, doubt_codes(verdict)


# The user's Thursday 30th, 3pm Pacific, read on the sender's clock (after Europe's change).
_YOUR_SLOT_ON_MY_CLOCK = [
    (
        "Your Thursday 30th slot lands at 10pm for me. Could we do Friday 31 October at 4.30pm UK"
        " time?",
        "Mon, 27 Oct 2031 09:20:00 +0000",
        datetime(2031, 10, 31, 9, 30),
    ),
    (
        "Ihr Termin am Donnerstag, 30. Oktober, liegt bei mir um 23 Uhr. Ginge Freitag,"
        " 31. Oktober, um 17:30 Uhr?",
        "Mon, 27 Oct 2031 09:20:00 +0100",
        datetime(2031, 10, 31, 9, 30),
    ),
    (
        "Tu horario del jueves 30 me cae a las 23:00. ¿Podría ser el viernes 31 de octubre a las"
        " 17:30?",
        "Mon, 27 Oct 2031 09:20:00 +0100",
        datetime(2031, 10, 31, 9, 30),
    ),
    (
        "Votre créneau du jeudi 30 tombe à 23h chez moi. Vendredi 31 octobre à 17h30, ça irait ?",
        "Mon, 27 Oct 2031 09:20:00 +0100",
        datetime(2031, 10, 31, 9, 30),
    ),
    (
        "Il tuo orario di giovedì 30 per me cade alle 23. Potremmo fare venerdì 31 ottobre alle"
        " 17:30?",
        "Mon, 27 Oct 2031 09:20:00 +0100",
        datetime(2031, 10, 31, 9, 30),
    ),
    (
        "Jouw tijdstip op donderdag 30 oktober is bij mij 23:00. Kan vrijdag 31 oktober om 17:30?",
        "Mon, 27 Oct 2031 09:20:00 +0100",
        datetime(2031, 10, 31, 9, 30),
    ),
]


@pytest.mark.parametrize(("body", "date", "start"), _YOUR_SLOT_ON_MY_CLOCK)
def test_the_users_slot_read_on_the_senders_clock_is_no_offer(
    body: str, date: str, start: datetime
) -> None:
    verdict = _offers_reply(body, date)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _LA) == [start]
    assert verdict.certain, doubt_codes(verdict)


def test_a_dated_time_not_called_the_users_stays_a_statement() -> None:
    body = "Thursday 30th at 10pm is late for me. Could we do Friday 31 October at 4.30pm UK time?"
    verdict = _offers_reply(body, "Mon, 27 Oct 2031 09:20:00 +0000")
    assert not verdict.certain
    assert "time_in_statement" in doubt_codes(verdict)


# "Same zone as you": the sender's clock is the user's, on both sides of the US change.
_SAME_ZONE = [
    (
        "I'm in Sacramento, so same time zone as you. Could we do Monday Nov 3 at 10:30?",
        "Tue, 21 Oct 2031 07:12:00 -0700",
    ),
    (
        "I'm in Sacramento, same zone as you. Could we do Monday Nov 3 at 10:30?",
        "Tue, 21 Oct 2031 07:12:00 -0700",
    ),
    (
        "Je suis à Vancouver en ce moment, donc dans le même fuseau horaire que vous. Lundi"
        " 3 novembre à 10h30, ça irait ?",
        "Tue, 21 Oct 2031 16:12:00 +0200",
    ),
    (
        "Ich bin gerade in Seattle, also in der gleichen Zeitzone wie Sie. Ginge Montag,"
        " 3. November, um 10:30 Uhr?",
        "Tue, 21 Oct 2031 16:12:00 +0200",
    ),
    (
        "Estoy en Seattle esta semana, en la misma zona horaria que tú. ¿Te va el lunes 3 de"
        " noviembre a las 10:30?",
        "Tue, 21 Oct 2031 16:12:00 +0200",
    ),
]


@pytest.mark.parametrize(("body", "date"), _SAME_ZONE)
def test_same_zone_as_you_puts_the_times_on_the_users_clock(body: str, date: str) -> None:
    verdict = _offers_reply(body, date)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _LA) == [datetime(2031, 11, 3, 10, 30)]
    assert verdict.certain, doubt_codes(verdict)


def test_not_the_same_zone_names_no_clock() -> None:
    body = "Monday Nov 3 at 10:30 works? I'm not in the same time zone as you, by the way."
    verdict = _offers_reply(body, "Tue, 21 Oct 2031 07:12:00 -0700")
    assert not verdict.certain


# A zone that is a sentence of its own is the clock of the times before it.
_ZONE_ALONE = [
    ("Could we try Tues Nov 4 at 1:30 or Thursday Nov 6 at 10? Pacific.", [13, 10]),
    ("Could we try Tues Nov 4 at 1:30 or Thursday Nov 6 at 10?\nEastern.", [10, 7]),
    ("Could we try Tues Nov 4 at 1:30 or Thursday Nov 6 at 10? Central time.", [11, 8]),
]


@pytest.mark.parametrize(("body", "hours"), _ZONE_ALONE)
def test_a_zone_alone_in_its_sentence_is_the_times_clock(body: str, hours: list[int]) -> None:
    # Written at -07:00 before the US change; the 4th and 6th are after it.
    verdict = _offers_reply(body, "Sat, 25 Oct 2031 13:07:00 -0700")
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert [t.hour for t in local_starts(verdict, _LA)] == hours
    assert verdict.certain, doubt_codes(verdict)


def test_a_region_word_in_a_sentence_is_no_zone() -> None:
    body = "Could we try Tues Nov 4 at 1:30 or Thursday Nov 6 at 10? I'm on the Pacific coast."
    verdict = _offers_reply(body, "Sat, 25 Oct 2031 13:07:00 -0700")
    assert "clock_change_after_writing" in doubt_codes(verdict)


# A dotted clock after a day's possessive is the meeting's time.
_DAYS_CLOCK = [
    "I'm sorry, I need to cancel today's 9.00 - something urgent came up. Could we do Friday"
    " 14 November at 5pm GMT instead?",
    "Apologies, Wednesday's 9.00 won't work for me after all. Could we do Friday 14 November at"
    " 5pm GMT instead?",
    "Sorry, I have to cancel tomorrow's 9.30, a customer escalation. Could we do Friday"
    " 14 November at 5pm GMT instead?",
]


@pytest.mark.parametrize("body", _DAYS_CLOCK)
def test_a_days_dotted_clock_is_read(body: str) -> None:
    date = "Wed, 12 Nov 2031 08:10:00 +0000"
    if "tomorrow" in body:
        date = "Tue, 11 Nov 2031 08:10:00 +0000"
    verdict = _offers_reply(body, date, quote=_AGREED)
    assert verdict.intent is Intent.RESCHEDULE
    assert local_starts(verdict, _LA) == [datetime(2031, 11, 14, 9, 0)]
    assert "time_unread" not in doubt_codes(verdict)
    assert verdict.certain, doubt_codes(verdict)


def test_a_possessive_before_an_amount_is_no_clock() -> None:
    body = "Could we do Friday 14 November at 5pm GMT instead? The room's 4.50 an hour, by the way."
    verdict = _offers_reply(body, "Wed, 12 Nov 2031 08:10:00 +0000", quote=_AGREED)
    assert "time_unread" in doubt_codes(verdict)


# European Portuguese quote headers: their date and clock are no offer.
_PT_HEADERS = [
    "No dia 20/10/2031, às 15:50, Ada Obi <ada@example.com> escreveu:\n",
    "No dia 20 de outubro de 2031, às 15:50, Ada Obi <ada@example.com> escreveu:\n",
    "Em seg., 20 de out. de 2031 às 15:50, Ada Obi <ada@example.com> escreveu:\n",
]
_PT_QUOTE = (
    "> Would any of these work? All Pacific time:\n"
    "> - Wednesday, Oct 29, 11:00-11:30am\n> - Thursday, Oct 30, 3:00-3:30pm\n"
)


@pytest.mark.parametrize("header", _PT_HEADERS)
def test_a_portuguese_quote_header_offers_nothing(header: str) -> None:
    body = "Fico com a quinta-feira, 30 de outubro, às 15h (hora do Pacífico).\n\nMarta\n\n"
    verdict = read_reply(
        body, tz=_LA, date="Tue, 21 Oct 2031 10:02:00 +0100", quote=header + _PT_QUOTE
    )
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _LA) == [datetime(2031, 10, 30, 15, 0)]
    assert verdict.certain, doubt_codes(verdict)


def test_no_dia_in_a_sentence_stays_the_reply() -> None:
    body = (
        "Fico com a quinta-feira, 30 de outubro, às 15h (hora do Pacífico).\n\n"
        "No dia seguinte, às 16h, também posso.\n"
    )
    verdict = read_reply(body, tz=_LA, date="Tue, 21 Oct 2031 10:02:00 +0100")
    assert "No dia seguinte" in verdict.reply_text
    assert not verdict.certain


# A line that stops on a word runs on into a dated weekday on the next line.
_WRAPPED_DAY = [
    (
        "Wie wäre es mit Dienstag, 28. Oktober, um 17:30 Uhr (MEZ)? Alternativ ginge\n"
        "Donnerstag, 30. Oktober, zwischen 17 und 18 Uhr (MEZ).",
        datetime(2031, 10, 30, 9, 0),
    ),
    (
        "Wie wäre es mit Dienstag, 28. Oktober, um 17:30 Uhr (MEZ)? Sonst passt mir auch\n"
        "Freitag, 31. Oktober, um 17 Uhr (MEZ).",
        datetime(2031, 10, 31, 9, 0),
    ),
    (
        "Could we do Tuesday 28 October at 4:30pm UK time? Otherwise I could do\n"
        "Thursday 30 October at 5pm UK time.",
        datetime(2031, 10, 30, 10, 0),
    ),
]


@pytest.mark.parametrize(("body", "second"), _WRAPPED_DAY)
def test_an_offer_wrapped_before_its_weekday_is_one_sentence(body: str, second: datetime) -> None:
    verdict = _offers_reply(body, "Tue, 21 Oct 2031 10:15:00 +0200")
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _LA)[1:] == [second]
    assert "time_in_statement" not in doubt_codes(verdict)
    assert verdict.certain, doubt_codes(verdict)


def test_a_sentence_ended_before_a_weekday_line_stays_apart() -> None:
    body = (
        "Wie wäre es mit Dienstag, 28. Oktober, um 17:30 Uhr (MEZ)?\n"
        "Donnerstag, 30. Oktober, bin ich leider den ganzen Tag unterwegs."
    )
    verdict = _offers_reply(body, "Tue, 21 Oct 2031 10:15:00 +0200")
    assert local_starts(verdict, _LA) == [datetime(2031, 10, 28, 9, 30)]


# Answers written between the user's quoted lines, under a heading day "Oct 30:".
_INLINE = (
    "Hi Ada, answers inline below.\n\n"
    "On Mon, Oct 20, 2031 at 7:50 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work? All Pacific time:\n"
    "> - Wednesday, Oct 29, 11:00-11:30am\n\n{first}\n\n"
    "> - Thursday, Oct 30, 3:00-3:30pm\n\n{second}\n\n"
    "> - Monday, Nov 3, 9:30-10:00am\n\n{third}\n\n"
    ">\n> Thanks,\n> Ada\n"
)
_INLINE_ANSWERS = [
    (
        "I'm in Sacramento, so same zone as you. No, board prep all day.",
        "can't at 3 - but 4pm same day works",
        "that one's taken too. 10:30 instead?",
    ),
    (
        "Same time zone as you, I'm in Fresno. Wednesday is out.",
        "cannot at 3, but 4pm works",
        "taken. 10:30 instead?",
    ),
    (
        "I'm remote, same zone as you. Busy all Wednesday.",
        "couldn't at 3 - 4pm would work",
        "booked already. Could we do 10:30 instead?",
    ),
]


@pytest.mark.parametrize(("first", "second", "third"), _INLINE_ANSWERS)
def test_inline_answers_under_dated_lines_take_their_days(
    first: str, second: str, third: str
) -> None:
    body = _INLINE.format(first=first, second=second, third=third)
    verdict = read_reply(body, tz=_LA, date="Tue, 21 Oct 2031 07:12:00 -0700")
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _LA) == [
        datetime(2031, 10, 30, 16, 0),
        datetime(2031, 11, 3, 10, 30),
    ]
    assert verdict.certain, doubt_codes(verdict)


def test_a_day_heading_with_a_colon_is_a_date() -> None:
    body = "Thursday, Oct 30: 4pm works for me, Pacific time."
    verdict = _offers_reply(body, "Tue, 21 Oct 2031 07:12:00 -0700")
    assert [s.date() for s in local_starts(verdict, _LA)] == [datetime(2031, 10, 30).date()]


# A move of an agreed slot to a time with no day of its own keeps the slot's day.
_MOVED_SAME_DAY = [
    ("any chance we can shift tomorrow's 1pm to 2:30 same day?", datetime(2031, 11, 12, 14, 30)),
    ("Could we move tomorrow's 1pm to 3:30?", datetime(2031, 11, 12, 15, 30)),
    ("Could we move tomorrow's 1pm to Friday at 2:30?", datetime(2031, 11, 14, 14, 30)),
]


@pytest.mark.parametrize(("body", "start"), _MOVED_SAME_DAY)
def test_a_moved_slot_keeps_its_day_for_the_new_time(body: str, start: datetime) -> None:
    verdict = _offers_reply(body, "Tue, 11 Nov 2031 16:48:00 -0800", quote=_AGREED)
    assert verdict.intent is Intent.RESCHEDULE
    assert local_starts(verdict, _LA) == [start]
    assert verdict.certain, doubt_codes(verdict)


def test_a_slot_kept_beside_another_time_is_no_move() -> None:
    body = "Tomorrow's 1pm works, and I could also do 3pm."
    verdict = _offers_reply(body, "Tue, 11 Nov 2031 16:48:00 -0800", quote=_AGREED)
    assert datetime(2031, 11, 12, 13, 0) in local_starts(verdict, _LA)


def test_a_move_of_a_slot_is_never_certain_new_times() -> None:
    # The thread holds only the user's offers: moving "Thursday's 3pm" is a reschedule of a
    # meeting agreed elsewhere, or, read as new times, in doubt.
    body = "Any chance we can shift Thursday's 3pm to 4:30 same day?"
    verdict = _offers_reply(body, "Tue, 28 Oct 2031 16:48:00 -0700")
    assert local_starts(verdict, _LA) == [datetime(2031, 10, 30, 16, 30)]
    assert verdict.intent is Intent.RESCHEDULE or "move_of_unfound_meeting" in doubt_codes(verdict)


# The US Pacific clock named in the other languages, on a counter-offer.
_PACIFIC_NAMED = [
    ("Pode ser terça-feira, 28 de outubro, às 10h (hora do Pacífico)?", "+0100"),
    ("Pourriez-vous mardi 28 octobre à 10h (heure du Pacifique) ?", "+0200"),
    ("Potremmo fare martedì 28 ottobre alle 10 (ora del Pacifico)?", "+0200"),
    ("¿Te va el martes 28 de octubre a las 10:00 (hora del Pacífico)?", "+0200"),
]


@pytest.mark.parametrize(("body", "offset"), _PACIFIC_NAMED)
def test_the_pacific_clock_named_in_another_language_is_read(body: str, offset: str) -> None:
    verdict = _offers_reply(body, f"Tue, 21 Oct 2031 10:02:00 {offset}")
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _LA) == [datetime(2031, 10, 28, 10, 0)]
    assert verdict.certain, doubt_codes(verdict)


# A clock said again that is no instant of the offer as read: the offer's clock is in question.
_NOT_BORNE_OUT = [
    "¿Te va el martes 28 de octubre a las 10:00? Para mí serían las 19:00.",
    "Could we do Tuesday 28 October at 10:00? For me that would be 7pm.",
    "Wie wäre Dienstag, 28. Oktober, um 10 Uhr? Bei mir wäre es dann 19 Uhr.",
]


@pytest.mark.parametrize("body", _NOT_BORNE_OUT)
def test_a_restatement_the_offer_does_not_bear_out_stays_in_doubt(body: str) -> None:
    verdict = _offers_reply(body, "Tue, 21 Oct 2031 10:02:00 +0200")
    assert not verdict.certain
    assert "time_without_day" in doubt_codes(verdict)


def test_the_same_restatement_beside_a_named_clock_is_said_again() -> None:
    body = (
        "Perfecto, ¿te va el martes 28 de octubre a las 10:00 (hora del Pacífico)? Para mí"
        " serían las 19:00."
    )
    verdict = _offers_reply(body, "Tue, 21 Oct 2031 10:02:00 +0200")
    assert local_starts(verdict, _LA) == [datetime(2031, 10, 28, 10, 0)]
    assert verdict.certain, doubt_codes(verdict)
