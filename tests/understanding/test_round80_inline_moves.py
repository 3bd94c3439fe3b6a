"""Round 80, part B: times in inline and moved replies (blind83 p08, x06, x02).

Mended, each in several languages where the words are not English-only:

- inline under a quoted slot, an opening "that is too early, but 11:00 your time works" ("dat
  is te vroeg, maar om 11:00 jouw tijd kan ik wel", "c'est trop tôt, mais 18h chez vous me
  va") is no restatement of the quoted time: after "but" the hour is the sender's own, on the
  quoted line's day;
- "Dinsdag om 11:00 zou wel gaan" ("would work") offers that time; "zou niet gaan" is a no
  (on main the latter was read as a certain offer);
- "ignore my last email - I misread my diary" is the sender correcting a mail the user had,
  not a note written to someone else;
- "(9h chez vous, 8h à Paris)" under a thread naming the user's Bucharest and Paris, the
  user's zone unknown to the reader: the Paris clock places the moment and "chez vous" only
  restates it on Bucharest's clock.

Near misses stay doubted (or are read without a time): a clock after "but" that is another
event, a restatement "That's 10pm here, but …", misdirection said in words ("wrong thread",
"I was writing to Tom", "sent by mistake", a plain "ignore my last email", a greeting to
someone else), and "your time" clocks that do not restate the placed one or stand alone.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import assert_read_right, local_starts, read_reply
from tests.understanding.test_round79_coverage import ASK, SENT, UIO, inline
from workflows.stages import Intent

A, P, R = Intent.ACCEPT, Intent.PROPOSE_TIMES, Intent.RESCHEDULE
UTC = ZoneInfo("UTC")
BUH = ZoneInfo("Europe/Bucharest")

# Inline under the second of the user's three Quito slots (Wednesday 30 March, 4:00pm).
INLINE = [
    ("Hi Ada, answers below!", "That is too early for me, but 6:00pm your time works."),
    ("Hoi Ada, antwoorden hieronder!",
     "Dat is te vroeg voor mij, maar om 18:00 jouw tijd kan ik wel."),
    ("Hallo Ada, Antworten unten!", "Das ist mir zu früh, aber um 18 Uhr deiner Zeit geht es."),
    ("Bonjour Ada, réponses ci-dessous !", "C'est trop tôt pour moi, mais 18h chez vous me va."),
    ("Hola Ada, respuestas abajo!",
     "Eso es muy temprano para mí, pero a las 18:00 tu hora me va bien."),
]  # fmt: skip

INLINE_NEAR = [
    # Another event's hour after "but": no time taken.
    ("Hi Ada, answers below!", "That is too early, but I have a call at 6pm anyway."),
    ("Hoi Ada, antwoorden hieronder!",
     "Dat is te vroeg, maar ik heb om 18:00 toch al een afspraak."),
    # The opening restates the quoted time on the sender's clock: still in doubt.
    ("Hi Ada, answers below!", "That's 10pm here, but 6pm your time works."),
]  # fmt: skip


# Under each of the three slots, as blind83 p08 answers: "zou wel gaan" ("would work") offers
# the time it follows; "zou niet gaan" says no to it.
DUTCH = "Hoi Ada, antwoorden hieronder!"
NO_THEN = "Nee, dan geef ik les."
TOO_EARLY = "Dat is te vroeg na mijn overleg, maar om 18:00 jouw tijd kan ik wel."


def test_dutch_answers_under_each_slot() -> None:
    answers = (NO_THEN, TOO_EARLY, "Dat is me te laat. Dinsdag de 5e om 11:00 zou wel gaan.")
    verdict = read_reply(inline(DUTCH, answers), tz=UIO, date=SENT)
    assert_read_right(verdict, UIO, P, [datetime(2039, 3, 30, 18, 0), datetime(2039, 4, 5, 11, 0)])


def test_dutch_would_not_work_is_no_offer() -> None:
    answers = ("Nee.", "Nee.", "Dat is me te laat. Dinsdag de 5e om 11:00 zou niet gaan.")
    verdict = read_reply(inline(DUTCH, answers), tz=UIO, date=SENT)
    assert not (verdict.certain and verdict.proposed_times)


@pytest.mark.parametrize(("opening", "answer"), INLINE)
def test_but_hour_under_quoted_slot_takes_its_day(opening: str, answer: str) -> None:
    verdict = read_reply(inline(opening, ("", answer, "")), tz=UIO, date=SENT)
    assert_read_right(verdict, UIO, P, [datetime(2039, 3, 30, 18, 0)])


@pytest.mark.parametrize(("opening", "answer"), INLINE_NEAR)
def test_but_near_misses_take_no_time_for_sure(opening: str, answer: str) -> None:
    verdict = read_reply(inline(opening, ("", answer, "")), tz=UIO, date=SENT)
    assert not (verdict.certain and verdict.proposed_times)


# Above the user's three Quito slots.
SLIP = [
    "Sorry Ada, ignore my last email - I misread my diary. Monday is out, but Wednesday 30 March"
    " at 4:00pm works.\n\nKai\n",
    "Ada, ignore my last email, I got the dates wrong. Wednesday 30 March at 4:00pm works for"
    " me.\n\nKai\n",
    "Ignore my last email - I misread my calendar. Wednesday at 4pm works.\n\nKai\n",
]

MISDIRECTED = [
    "Ignore my last email - I was writing to Tom. Wednesday at 4pm works for him.\n\nKai\n",
    "Ignore my last email Ada, wrong thread - that was meant for someone else. Wednesday at 4pm"
    " works.\n\nKai\n",
    "Ignore my last email, sent by mistake. Wednesday 30 March at 4:00pm works.\n\nKai\n",
    "Ignore my last email. Wednesday 30 March at 4:00pm works.\n\nKai\n",
    "Tom - ignore my last email, I misread my diary. Wednesday 30 March at 4:00pm works.\n\nKai\n",
    "Ignore my last email, I misread it - meant for my PA. Wednesday at 4pm works.\n\nKai\n",
]


@pytest.mark.parametrize("body", SLIP)
def test_own_slip_corrected_is_to_the_user(body: str) -> None:
    verdict = read_reply(body + ASK, tz=UIO, date=SENT)
    assert_read_right(verdict, UIO, A, [datetime(2039, 3, 30, 16, 0)])


@pytest.mark.parametrize("body", MISDIRECTED)
def test_misdirected_stays_someone_elses(body: str) -> None:
    verdict = read_reply(body + ASK, tz=UIO, date=SENT)
    assert verdict.intent is Intent.OTHER
    assert not verdict.certain


MOVE_SENT = "Tue, 08 Nov 2039 19:30:00 +0100"
HUGO = "Hugo Bernard <hugo@example.fr>"
BOOKED = {
    "fr": "\n\nLe dim. 6 nov. 2039 à 10:02, Ada Obi <ada@example.com> a écrit :\n> Parfait, merci !"
    " C'est noté pour jeudi 10 novembre à 9h (heure de\n> Bucarest), soit 8h à Paris.\n>\n> Ada\n",
    "en": "\n\nOn Sun, 6 Nov 2039 at 10:02, Ada Obi <ada@example.com> wrote:\n> Perfect, thanks!"
    " Booked for Thursday 10 November at 9:00 (Bucharest\n> time), which is 8:00 in Paris.\n>\n"
    "> Ada\n",
    "es": "\n\nEl dom, 6 nov 2039 a las 10:02, Ada Obi <ada@example.com> escribió:\n> ¡Perfecto,"
    " gracias! Queda el jueves 10 de noviembre a las 9:00 (hora de\n> Bucarest), o sea las 8:00"
    " en París.\n>\n> Ada\n",
}

MOVES = [
    ("fr", "Bonjour Ada,\n\nDésolé, un imprévu : je ne pourrai pas être là jeudi 10 à 9h.\n"
     "Est-ce qu'on pourrait décaler au vendredi 11 novembre, à la même heure\n(9h chez vous, 8h à"
     " Paris) ?\n\nHugo\n"),
    ("fr", "Bonjour Ada,\n\nOn pourrait décaler au vendredi 11 novembre (9h chez vous, 8h à"
     " Paris) ?\n\nHugo\n"),
    ("es", "Hola Ada:\n\nSurgió algo el jueves. ¿Podemos pasarlo al viernes 11 de noviembre,"
     " misma hora (9:00 hora tuya, 8:00 en París)?\n\nHugo\n"),
]  # fmt: skip

MOVES_NEAR = [
    # "your time" that is not the Paris clock on Bucharest's: which one is meant?
    ("fr", "Bonjour Ada,\n\nOn pourrait décaler au vendredi 11 novembre (10h chez vous, 8h à"
     " Paris) ?\n\nHugo\n"),
    ("fr", "Bonjour Ada,\n\nOn pourrait décaler au vendredi 11 novembre (9h chez vous, 9h à"
     " Paris) ?\n\nHugo\n"),
    ("en", "Hi Ada,\n\nCould we move to Friday 11 November, 10:00 your time (8:00 Paris"
     " time)?\n\nHugo\n"),
    # "your time" alone: nothing places it.
    ("fr", "Bonjour Ada,\n\nOn pourrait décaler au vendredi 11 novembre, 9h chez vous ?\n\n"
     "Hugo\n"),
]  # fmt: skip


@pytest.mark.parametrize("tz", [UTC, BUH], ids=["utc", "bucharest"])
@pytest.mark.parametrize(("lang", "body"), MOVES)
def test_your_time_restating_a_placed_clock(lang: str, body: str, tz: ZoneInfo) -> None:
    verdict = read_reply(body + BOOKED[lang], tz=tz, date=MOVE_SENT, sender=HUGO)
    assert_read_right(verdict, BUH, R, [datetime(2039, 11, 11, 9, 0)])


@pytest.mark.parametrize(("lang", "body"), MOVES_NEAR)
def test_your_time_not_restating_stays_doubted(lang: str, body: str) -> None:
    verdict = read_reply(body + BOOKED[lang], tz=UTC, date=MOVE_SENT, sender=HUGO)
    assert not verdict.certain, local_starts(verdict, BUH)


# The user's zone known: the "your time" clock is read on it, and still disagrees with the
# placed clock of the same day (8h in Paris is 9h in Bucharest). Before, both clocks were read
# as two certain offers for the one move.
DISAGREEING = [
    *MOVES_NEAR[:3],
    ("es", "Hola Ada:\n\n¿Podemos pasarlo al viernes 11 de noviembre (10:00 hora tuya, 8:00 en"
     " París)?\n\nHugo\n"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "body"), DISAGREEING)
def test_your_time_against_a_placed_clock_stays_doubted(lang: str, body: str) -> None:
    verdict = read_reply(body + BOOKED[lang], tz=BUH, date=MOVE_SENT, sender=HUGO)
    assert not verdict.certain, local_starts(verdict, BUH)
