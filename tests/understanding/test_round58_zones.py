"""Round 58, part Z, on replies_blind58 (a user in Vienna, March-April 2030): clock changes
between writing and meeting, and bare hours. Replies of our own, spring 2031 (US change
9 March, EU 30 March, Chile, Australia and New Zealand 6 April), in the seven languages:

- The agreed meeting said again on the sender's own clock ("unser Gespräch am Dienstag um
  10 Uhr absagen") from the user's offset before a change: only the zones that moved since
  put that clock on the meeting, so the sender's new offer is on their clock that day.
- "We come off daylight saving on the 6th, so that'd be 9am for you": summer time ending is a
  move back, though its words name the summer clock; the zone the reply names for a time is
  the one that moves.
- "On Mon, … Ada Obi <ada@example.com>\\nwrote:": an author line wrapped before its verb.
- "Wednesday at 9am Mountain? Thursday at 8 works too" to a user for whom 8pm there is the
  middle of the night: the morning, as the other offer says.
- A quoted "Tuesday 4 March" days past is that Tuesday, not 4 March next year.

Starts are (month, day, hour[, minute]) on the user's clock.
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

P, R = Intent.PROPOSE_TIMES, Intent.RESCHEDULE

Z = {
    "vie": ZoneInfo("Europe/Vienna"),
    "ber": ZoneInfo("Europe/Berlin"),
    "par": ZoneInfo("Europe/Paris"),
    "rom": ZoneInfo("Europe/Rome"),
    "ams": ZoneInfo("Europe/Amsterdam"),
    "lis": ZoneInfo("Europe/Lisbon"),
    "lon": ZoneInfo("Europe/London"),
    "mad": ZoneInfo("Europe/Madrid"),
    "nyc": ZoneInfo("America/New_York"),
    "scl": ZoneInfo("America/Santiago"),
    "syd": ZoneInfo("Australia/Sydney"),
    "akl": ZoneInfo("Pacific/Auckland"),
}


def confirmed(zone_words: str, yes: str) -> str:
    """The user's yes to one time, the outreach in the user's clock nested under it."""
    return (
        "\n\nOn Mon, 24 Mar 2031 at 18:00, Ada Obi <ada@example.com> wrote:\n"
        f"> {yes}\n>\n> Ada\n>\n"
        "> On Fri, 21 Mar 2031 at 09:00, Ada Obi <ada@example.com> wrote:\n"
        f"> > Would 20 minutes suit you? A few times, all {zone_words}:\n"
        "> > - Tuesday 1 April, 10:00\n> > - Tuesday 8 April, 10:00\n"
        "> > - Thursday 10 April, 15:00\n"
    )


# (body, user zone, Date header, the user's yes in the quote, zone words, new start)
MOVED_OLD_ON_OWN_CLOCK = [
    (
        "Hallo Ada,\n\nleider muss ich unser Gespräch am Dienstag, 1. April um 10 Uhr absagen, "
        "mir ist ein Workshop dazwischengekommen. Ginge stattdessen Mittwoch, 2. April um 15 "
        "Uhr?\n\nViele Grüße\nKai\n",
        "vie",
        "Thu, 27 Mar 2031 11:20:00 +0100",
        "Tuesday 1 April at 10:00 works for me, see you then.",
        "Vienna time (CET/CEST)",
        (4, 2, 15),
    ),
    (
        "Hi Ada,\n\nsomething came up for our Tuesday 11 March call at 10am, sorry about this. "
        "Could we do Thursday 13 March at 2pm instead?\n\nBest,\nKai\n",
        "nyc",
        "Thu, 06 Mar 2031 16:05:00 -0500",
        "Tuesday 11 March at 10am is perfect, talk then.",
        "Eastern time",
        (3, 13, 14),
    ),
    (
        "Bonjour Ada,\n\nje dois malheureusement annuler notre rendez-vous du mardi 1er avril à "
        "10h. Serait-il possible de le faire le jeudi 3 avril à 14h ?\n\nBien à vous,\nKai\n",
        "par",
        "Fri, 28 Mar 2031 09:40:00 +0100",
        "Tuesday 1 April at 10:00 works for me, see you then.",
        "Paris time",
        (4, 3, 14),
    ),
    (
        "Ciao Ada,\n\npurtroppo devo annullare il nostro incontro di martedì 1 aprile alle 10. "
        "Potremmo fare giovedì 3 aprile alle 16?\n\nUn saluto,\nKai\n",
        "rom",
        "Fri, 28 Mar 2031 12:10:00 +0100",
        "Tuesday 1 April at 10:00 works for me, see you then.",
        "Rome time",
        (4, 3, 16),
    ),
    (
        "Hoi Ada,\n\nik moet onze afspraak van dinsdag 1 april om 10 uur helaas afzeggen. Kan "
        "het in plaats daarvan woensdag 2 april om 14 uur?\n\nGroet,\nKai\n",
        "ams",
        "Fri, 28 Mar 2031 08:15:00 +0100",
        "Tuesday 1 April at 10:00 works for me, see you then.",
        "Amsterdam time",
        (4, 2, 14),
    ),
    (
        "Olá Ada,\n\ntenho de cancelar a nossa reunião de terça, 1 de abril às 10h, surgiu uma "
        "reunião com um cliente. Podemos na quinta, 3 de abril às 11h?\n\nAbraço,\nKai\n",
        "lis",
        "Fri, 28 Mar 2031 10:30:00 +0000",
        "Tuesday 1 April at 10:00 works for me, see you then.",
        "Lisbon time",
        (4, 3, 11),
    ),
    (
        "Hola Ada:\n\ntengo que cancelar nuestra reunión del martes 8 de abril a las 10, me "
        "surgió un viaje. ¿Podríamos el miércoles 9 de abril a las 15?\n\nSaludos,\nKai\n",
        "scl",
        "Thu, 03 Apr 2031 17:45:00 -0300",
        "Tuesday 8 April at 10:00 works for me, see you then.",
        "Santiago time",
        (4, 9, 15),
    ),
    (
        "Hi Ada,\n\nI have to cancel our Tuesday 8 April catch-up at 10am, apologies. Would "
        "Wednesday 9 April at 11am work instead?\n\nCheers,\nKai\n",
        "syd",
        "Thu, 03 Apr 2031 09:00:00 +1100",
        "Tuesday 8 April at 10:00 works for me, see you then.",
        "Sydney time",
        (4, 9, 11),
    ),
    (
        "Kia ora Ada,\n\nsorry, I need to cancel our call on Tuesday 8 April at 10am. Could we "
        "do Thursday 10 April at 9am instead?\n\nCheers,\nKai\n",
        "akl",
        "Thu, 03 Apr 2031 14:30:00 +1300",
        "Tuesday 8 April at 10:00 works for me, see you then.",
        "New Zealand time (NZT)",
        (4, 10, 9),
    ),
]


@pytest.mark.parametrize(("body", "user", "date", "yes", "words", "start"), MOVED_OLD_ON_OWN_CLOCK)
def test_old_meeting_on_the_senders_clock_places_the_new_offer(
    body: str, user: str, date: str, yes: str, words: str, start: tuple[int, ...]
) -> None:
    tz = Z[user]
    verdict = read_reply(body, tz=tz, date=date, quote=confirmed(words, yes))
    assert not doubt_codes(verdict)
    assert_read_right(verdict, tz, R, [datetime(2031, *start)])


# Near misses: the old meeting on the header's offset (Lagos keeps +01:00), on neither clock,
# or before the change (nothing learned); the new offer after the change stays doubted.
MOVED_NEAR_MISSES = [
    (
        "Hallo Ada,\n\nunser Gespräch am Dienstag, 1. April um 9 Uhr muss ich leider absagen. "
        "Ginge Mittwoch, 2. April um 15 Uhr?\n\nViele Grüße\nKai\n",
        "vie",
        "Thu, 27 Mar 2031 11:20:00 +0100",
        "Tuesday 1 April at 10:00 works for me, see you then.",
        "Vienna time (CET/CEST)",
    ),
    (
        "Hi Ada,\n\nI need to cancel our Tuesday 1 April call at 11am, sorry. Could we do "
        "Wednesday 2 April at 3pm instead?\n\nBest,\nKai\n",
        "vie",
        "Thu, 27 Mar 2031 11:20:00 +0100",
        "Tuesday 1 April at 10:00 works for me, see you then.",
        "Vienna time (CET/CEST)",
    ),
    (
        "Hallo Ada,\n\nunser Gespräch am Freitag, 28. März um 10 Uhr muss ich leider absagen. "
        "Ginge Dienstag, 1. April um 15 Uhr?\n\nViele Grüße\nKai\n",
        "vie",
        "Wed, 26 Mar 2031 11:20:00 +0100",
        "Friday 28 March at 10:00 works for me, see you then.",
        "Vienna time (CET/CEST)",
    ),
    (
        "Hi Ada,\n\nsomething came up for our Tuesday 11 March call at 9am, sorry. Could we do "
        "Thursday 13 March at 2pm instead?\n\nBest,\nKai\n",
        "nyc",
        "Thu, 06 Mar 2031 16:05:00 -0500",
        "Tuesday 11 March at 10am is perfect, talk then.",
        "Eastern time",
    ),
]


@pytest.mark.parametrize(("body", "user", "date", "yes", "words"), MOVED_NEAR_MISSES)
def test_old_meeting_that_proves_no_clock_stays_doubted(
    body: str, user: str, date: str, yes: str, words: str
) -> None:
    tz = Z[user]
    verdict = read_reply(body, tz=tz, date=date, quote=confirmed(words, yes))
    assert_near_miss_safe(verdict, tz, R)


OPEN_ASK = (
    "\n\nOn Mon, 24 Mar 2031 at 09:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 20 minutes in the next few weeks? I'm in {where}, happy to fit around"
    " you.\n"
)

# (body, user zone, where the outreach says the user is, Date header, starts)
SUMMER_ENDS = [
    (
        "Hi Ada,\n\nhow about Tuesday 8 April at 6pm Sydney time? Our daylight saving ends on "
        "the 6th, so that'd be 9am for you. Or Wednesday the 9th, same time (6pm here).\n\n"
        "Cheers,\nKai\n",
        "lon",
        "London (UK time)",
        "Thu, 27 Mar 2031 08:40:00 +1100",
        [(4, 8, 9), (4, 9, 9)],
    ),
    (
        "Hi Ada,\n\nThursday 10 April at 8pm my time? We come off daylight saving on the 6th, "
        "so that's 9am for you.\n\nCheers,\nKai\n",
        "lon",
        "London (UK time)",
        "Mon, 31 Mar 2031 10:00:00 +1300",
        [(4, 10, 9)],
    ),
]


@pytest.mark.parametrize(("body", "user", "where", "date", "starts"), SUMMER_ENDS)
def test_summer_time_ending_is_the_senders_clock_going_back(
    body: str, user: str, where: str, date: str, starts: list[tuple[int, ...]]
) -> None:
    tz = Z[user]
    verdict = read_reply(body, tz=tz, date=date, quote=OPEN_ASK.format(where=where))
    assert_read_right(verdict, tz, P, [datetime(2031, *s) for s in starts])


# Near misses: the change said the wrong way round for April in Sydney, or no clock said on
# the user's side to check it by: the offset's reading stays doubted.
SUMMER_NEAR_MISSES = [
    (
        "Hi Ada,\n\nThursday 10 April at 6pm my time? We go onto daylight saving on the 6th, "
        "so that's 9am for you.\n\nCheers,\nKai\n",
        "lon",
        "London (UK time)",
        "Thu, 27 Mar 2031 08:40:00 +1100",
    ),
    (
        "Hi Ada,\n\nThursday 10 April at 6pm my time? Our daylight saving ends on the 6th, "
        "by the way.\n\nCheers,\nKai\n",
        "lon",
        "London (UK time)",
        "Thu, 27 Mar 2031 08:40:00 +1100",
    ),
]


@pytest.mark.parametrize(("body", "user", "where", "date"), SUMMER_NEAR_MISSES)
def test_summer_talk_that_proves_nothing_stays_doubted(
    body: str, user: str, where: str, date: str
) -> None:
    tz = Z[user]
    verdict = read_reply(body, tz=tz, date=date, quote=OPEN_ASK.format(where=where))
    assert_near_miss_safe(verdict, tz, P)


WRAPPED = (
    "\n\nOn Mon, 24 Mar 2031 at 09:00 {who}\nwrote:\n"
    "> Would 20 minutes suit you? All Vienna time (CET/CEST):\n"
    "> - Wednesday 26 March, 15:00\n> - Thursday 27 March, 11:00\n"
)


def test_author_line_wrapped_before_its_verb_is_the_users() -> None:
    verdict = read_reply(
        "Hi Ada,\n\nhappy to! Could we do Friday 28 March at 14:00 instead?\n\nBest,\nKai\n",
        tz=Z["vie"],
        date="Tue, 25 Mar 2031 09:00:00 +0100",
        quote=WRAPPED.format(who="Ada Obi <ada@example.com>"),
    )
    assert_read_right(verdict, Z["vie"], P, [datetime(2031, 3, 28, 14)])


# Near miss: wrapped the same way, the line names someone the reply is not sent to.
def test_wrapped_author_line_of_someone_else_stays_doubted() -> None:
    verdict = read_reply(
        "Hi Ada,\n\nhappy to! Could we do Friday 28 March at 14:00 instead?\n\nBest,\nKai\n",
        tz=Z["vie"],
        date="Tue, 25 Mar 2031 09:00:00 +0100",
        quote=WRAPPED.format(who="Tom Reed <tom@example.org>"),
    )
    assert "quotes_another_thread" in doubt_codes(verdict)


BARE_ASK = (
    "\n\nOn Mon, 10 Mar 2031 at 09:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 20 minutes next week? I'm in {where}; tell me what suits you.\n"
)

# (body, user zone, where, Date header, starts): a bare 8 (or 7-8) beside an offer the words
# put in the morning, whose evening reading is the user's night.
MORNING_BY_ITS_NEIGHBOUR = [
    (
        "Hi Ada,\n\nhow about Wednesday 19 March at 9am Mountain? Thursday the 20th at 8 would "
        "work too.\n\nMegan\n",
        "vie",
        "Vienna (CET)",
        "Tue, 11 Mar 2031 16:30:00 -0600",
        [(3, 19, 16), (3, 20, 15)],
    ),
    (
        "Hola Ada:\n\n¿Te parece el martes 18 a las 9:00, o el jueves 20 entre 8 y 9? Hora de "
        "la Ciudad de México.\n\nSaludos,\nKai\n",
        "mad",
        "Madrid (CET)",
        "Tue, 11 Mar 2031 18:25:00 -0600",
        [(3, 18, 16), (3, 20, 15)],
    ),
    (
        "Bonjour Ada,\n\nmardi 18 mars à 9h30 ou jeudi 20 mars de 7 à 8, heure de Montréal ?"
        "\n\nKai\n",
        "par",
        "Paris (CET)",
        "Tue, 11 Mar 2031 10:00:00 -0400",
        [(3, 18, 14, 30), (3, 20, 12)],
    ),
    (
        "Olá Ada,\n\nterça, 18 de março às 9h ou quinta, 20 de março às 8, horário de São "
        "Paulo?\n\nAbraço,\nKai\n",
        "lis",
        "Lisbon (WET)",
        "Tue, 11 Mar 2031 10:00:00 -0300",
        [(3, 18, 12), (3, 20, 11)],
    ),
    (
        "Ciao Ada,\n\nmartedì 18 marzo alle 9:30 oppure giovedì 20 marzo alle 8, ora di New "
        "York?\n\nKai\n",
        "rom",
        "Rome (CET)",
        "Tue, 11 Mar 2031 10:00:00 -0400",
        [(3, 18, 14, 30), (3, 20, 13)],
    ),
    (
        "Hoi Ada,\n\ndinsdag 18 maart om 9.30 uur of donderdag 20 maart om 8 (mijn tijd)?"
        "\n\nGroet,\nKai\n",
        "ams",
        "Amsterdam (CET)",
        "Tue, 11 Mar 2031 10:00:00 -0400",
        [(3, 18, 14, 30), (3, 20, 13)],
    ),
]


@pytest.mark.parametrize(("body", "user", "where", "date", "starts"), MORNING_BY_ITS_NEIGHBOUR)
def test_bare_hour_beside_a_morning_offer_is_the_morning(
    body: str, user: str, where: str, date: str, starts: list[tuple[int, ...]]
) -> None:
    tz = Z[user]
    verdict = read_reply(body, tz=tz, date=date, quote=BARE_ASK.format(where=where))
    assert_read_right(verdict, tz, P, [datetime(2031, *s) for s in starts])


# Near misses: no neighbour saying the half, an afternoon neighbour, an evening that is the
# user's afternoon (London to New York), a bare 6 (read as the evening).
BARE_NEAR_MISSES = [
    (
        "Hi Ada,\n\nThursday 20 March at 8 would work for me, Mountain time.\n\nMegan\n",
        "vie",
        "Vienna (CET)",
        "Tue, 11 Mar 2031 16:30:00 -0600",
    ),
    (
        "Hi Ada,\n\nhow about Wednesday 19 March at 2pm Mountain? Thursday the 20th at 8 would "
        "work too.\n\nMegan\n",
        "vie",
        "Vienna (CET)",
        "Tue, 11 Mar 2031 16:30:00 -0600",
    ),
    (
        "Hi Ada,\n\nhow about Wednesday 19 March at 9am UK time? Thursday the 20th at 8 would "
        "work too.\n\nKai\n",
        "nyc",
        "New York (Eastern time)",
        "Tue, 11 Mar 2031 10:00:00 +0000",
    ),
    (
        "Hi Ada,\n\nhow about Wednesday 19 March at 9am Mountain? Thursday the 20th at 6 would "
        "work too.\n\nMegan\n",
        "vie",
        "Vienna (CET)",
        "Tue, 11 Mar 2031 16:30:00 -0600",
    ),
]


@pytest.mark.parametrize(("body", "user", "where", "date"), BARE_NEAR_MISSES)
def test_bare_hour_without_a_sure_half_stays_doubted(
    body: str, user: str, where: str, date: str
) -> None:
    tz = Z[user]
    verdict = read_reply(body, tz=tz, date=date, quote=BARE_ASK.format(where=where))
    assert_near_miss_safe(verdict, tz, P)


PAST_OFFERS = (
    "\n\nOn Thu, 27 Feb 2031 at 17:45, Ada Obi <ada@example.com> wrote:\n"
    "> Would 20 minutes suit you? A few times, all Vienna time (CET/CEST):\n"
    "> - Tuesday 4 March, 16:00\n> - Thursday 6 March, 10:30\n> - Tuesday 11 March, 15:00\n"
)


# "Tuesday 4 March" quoted days after it is that Tuesday; read as 4 March 2032 (a Thursday), it
# looked like the reply's Thursday at the same instant of the week, on another date.
def test_quoted_weekday_and_date_days_past_keep_their_year() -> None:
    verdict = read_reply(
        "hi ada, sorry for the slow reply, those are gone. could you do thursday at 9am "
        "mountain instead?\n\nmegan\n",
        tz=Z["vie"],
        date="Fri, 07 Mar 2031 16:30:00 -0700",
        quote=PAST_OFFERS,
    )
    assert_read_right(verdict, Z["vie"], P, [datetime(2031, 3, 13, 16)])


# Near miss: the reply itself names that past Tuesday: a time before the reply, doubted.
def test_past_weekday_and_date_in_the_reply_stays_doubted() -> None:
    verdict = read_reply(
        "hi ada, could we do Tuesday 4 March at 4pm your time?\n\nmegan\n",
        tz=Z["vie"],
        date="Fri, 07 Mar 2031 16:30:00 -0700",
        quote=PAST_OFFERS,
    )
    assert_near_miss_safe(verdict, Z["vie"], P)
