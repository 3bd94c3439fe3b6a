"""Round 67, part D: what the reader doubted on replies_blind68 where its reading was right.

Five classes narrowed, in sentences of our own, for a user in Brisbane (+10:00 all year) who
offered three times; Sydney is an hour ahead until early April, Europe and New York change
their clocks in March:

- A restatement listing two clocks and naming the user's side once, after the last ("(so
  5pm / 8am yours)"), says both again; "yours" hedged ("yours I think") is still the user's.
- A weekday with a day of the month already past this month, on its own weekday ("your Thu
  9th and Tue 14th are gone" on the 16th), names days gone by, no slip (`weekday_against_date`).
- An inline answer under a quoted line that writes a weekday with its own ordinal day
  ("Wednesday 15th at 6pm ET instead") keeps its day: the line's date is not put in twice.
- "las 7 de tu miércoles son la medianoche aquí": midnight on the sender's side, said again
  of the user's time after a plural verb and an article, is no unread time (`time_unread`).
- One yes between quoted lines whose clock is that line's instant on the sender's side
  ("Passt! (bei mir 8:15 Uhr)"), all other answers no: the pick, certain (`pick_under_quote`).

Near misses stay doubted: a restatement said "here", a past day with a clock after it or on
the wrong weekday, a second time amending one on the day of an inline answer, midnight asked
for or with no side named, a yes with a no beside its clock. A yes whose clock is a quarter
off the line's instant is read (as before this round) as a certain counter: pinned.
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

BRISBANE = ZoneInfo("Australia/Brisbane")


def _outreach(sent: str, slots: list[str]) -> str:
    """The user's outreach quoted below a reply, its slots on Brisbane's clock."""
    listed = "".join(f"> - {slot}\n" for slot in slots)
    return (
        f"\n\nOn {sent}, Ada Obi <ada@example.com> wrote:\n"
        "> Hi Kai,\n>\n> Could we talk for 20 minutes? All Brisbane time (AEST):\n>\n"
        f"{listed}>\n> Thanks,\n> Ada\n"
    )


# --- A list of clocks said again on the user's side -------------------------------------
SYDNEY_DATE = "Mon, 20 Mar 2034 07:12:00 +1100"
SYDNEY_QUOTE = _outreach(
    "Sun, 19 Mar 2034 at 21:15", ["Wednesday 22 March, 4:00pm", "Friday 24 March, 7:30am"]
)
RESTATED_LIST = [
    (
        "none of those suit sorry. could do wed 22nd 6pm sydney time or thu 9am? (so 5pm / "
        "8am yours)\n\nkai",
        [datetime(2034, 3, 22, 17, 0), datetime(2034, 3, 23, 8, 0)],
    ),
    (
        "Those clash with school runs. Thursday 23rd 7pm Sydney time or Friday 24th 10am?"
        " (that's 6pm / 9am yours I think)\n\nKai",
        [datetime(2034, 3, 23, 18, 0), datetime(2034, 3, 24, 9, 0)],
    ),
    (
        "Sorry, can't do those. How about thu 23rd 8am Sydney time? (7am yours i think)\n\nKai",
        [datetime(2034, 3, 23, 7, 0)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), RESTATED_LIST)
def test_a_list_said_again_on_the_users_side(body: str, expected: list[datetime]) -> None:
    verdict = read_reply(body, tz=BRISBANE, date=SYDNEY_DATE, quote=SYDNEY_QUOTE)
    assert_read_right(verdict, BRISBANE, Intent.PROPOSE_TIMES, expected)


RESTATED_NEAR = [
    # Said on the sender's side, an hour off the offers: which clock is meant is a guess.
    "none of those suit sorry. could do wed 22nd 6pm sydney time or thu 9am? (so 5pm / 8am "
    "here)\n\nkai",
]


@pytest.mark.parametrize("body", RESTATED_NEAR)
def test_a_list_said_again_near_misses(body: str) -> None:
    verdict = read_reply(body, tz=BRISBANE, date=SYDNEY_DATE, quote=SYDNEY_QUOTE)
    assert_near_miss_safe(verdict, BRISBANE, None)


# --- Days gone by, named on their own weekday -----------------------------------------
LATE_DATE = "Thu, 16 Mar 2034 22:00:00 +1100"
LATE_QUOTE = _outreach(
    "Mon, 6 Mar 2034 at 20:40",
    ["Thursday 9 March, 3:45pm", "Tuesday 14 March, 7:30am", "Wednesday 15 March, 4:00pm"],
)
DAYS_GONE = [
    (
        "Apologies, I'm late: your Thu 9th and Tue 14th have both passed. Could we try"
        " Tuesday 21st, 8-9am Sydney time?\n\nKai",
        [datetime(2034, 3, 21, 7, 0)],
    ),
    (
        "So sorry I missed Wed 15th! Would Monday 20th at 7am Sydney time suit you?\n\nKai",
        [datetime(2034, 3, 20, 6, 0)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), DAYS_GONE)
def test_days_gone_by_on_their_own_weekday(body: str, expected: list[datetime]) -> None:
    verdict = read_reply(body, tz=BRISBANE, date=LATE_DATE, quote=LATE_QUOTE)
    assert_read_right(verdict, BRISBANE, Intent.PROPOSE_TIMES, expected)


DAYS_GONE_NEAR = [
    # A clock after the past day: an offer on a day gone, or next month's 9th (a Sunday).
    "Thu 9th at 3pm works for me.\n\nKai",
    "Could we do Tue 14th at 8am Sydney time instead?\n\nKai",
    # The 14th was a Tuesday, not a Wednesday: a slip somewhere.
    "So sorry I missed Wed 14th. Could we do Tuesday 21st at 8am Sydney time?\n\nKai",
]


@pytest.mark.parametrize("body", DAYS_GONE_NEAR)
def test_days_gone_by_near_misses(body: str) -> None:
    verdict = read_reply(body, tz=BRISBANE, date=LATE_DATE, quote=LATE_QUOTE)
    assert_near_miss_safe(verdict, BRISBANE, None)


# --- Inline answers with a weekday and its own ordinal day ----------------------------
NEW_YORK_DATE = "Tue, 07 Mar 2034 08:30:00 -0500"


def _inline(first: str, second: str, last: str) -> str:
    """Answers between the lines of the user's quoted outreach (slots in Brisbane time)."""
    return (
        "Kai here - replies are below.\n\n"
        "On Mon, Mar 6, 2034 at 4:40 AM Ada Obi <ada@example.com> wrote:\n"
        "> Hi Kai,\n>\n> Could we talk for 20 minutes? All Brisbane time (AEST):\n>\n"
        f"> - Thursday 9 March, 3:45pm\n\n{first}\n\n"
        f"> - Tuesday 14 March, 7:30am\n\n{second}\n\n"
        f"> - Wednesday 15 March, 4:00pm\n\n{last}\n\n"
        ">\n> Thanks,\n> Ada\n"
    )


ORDINAL_INLINE = [
    (
        _inline(
            "Far too late for me, no.",
            "I'm driving the kids then.",
            "That's the small hours here.\n\nCould we do Wednesday 15th at 7pm ET instead?"
            " Or Thursday 16th at 6pm ET.",
        ),
        [datetime(2034, 3, 16, 9, 0), datetime(2034, 3, 17, 8, 0)],
    ),
    (
        _inline(
            "Too late for me.",
            "School pickup.",
            "No good either.\n\nWould Wed the 22nd at 7pm ET work instead?",
        ),
        [datetime(2034, 3, 23, 9, 0)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), ORDINAL_INLINE)
def test_inline_weekday_keeps_its_own_day(body: str, expected: list[datetime]) -> None:
    verdict = read_reply(body, tz=BRISBANE, date=NEW_YORK_DATE)
    assert_read_right(verdict, BRISBANE, Intent.PROPOSE_TIMES, expected)


ORDINAL_INLINE_NEAR = [
    # Two clocks on the one day, one amending the other.
    _inline(
        "Too late for me.",
        "School pickup.",
        "No good either.\n\nCould we do Wednesday 15th at 6pm ET, or make it 7pm instead?",
    ),
]


@pytest.mark.parametrize("body", ORDINAL_INLINE_NEAR)
def test_inline_weekday_near_misses(body: str) -> None:
    verdict = read_reply(body, tz=BRISBANE, date=NEW_YORK_DATE)
    assert_near_miss_safe(verdict, BRISBANE, None)


# --- Midnight said again on the sender's side ------------------------------------------
MADRID_DATE = "Wed, 29 Mar 2034 08:14:00 +0200"
MADRID_QUOTE = _outreach(
    "Mon, 27 Mar 2034 at 10:50",
    ["Thursday 30 March, 4:00pm", "Monday 3 April, 4:15pm", "Wednesday 5 April, 7:45am"],
)
MIDNIGHT_SAID = [
    (
        "Hola Ada:\n\nMal horario para mí (las 8 de tu miércoles son la medianoche aquí)."
        " ¿Qué tal el jueves 6 de abril a las 18:00 hora de Brisbane?\n\nKai",
        [datetime(2034, 4, 6, 18, 0)],
    ),
    (
        "Olá Ada,\n\nNão consigo nesses horários, as 8h da sua quinta são a meia-noite aqui."
        " Pode ser na sexta 7 de abril às 17h hora de Brisbane?\n\nKai",
        [datetime(2034, 4, 7, 17, 0)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), MIDNIGHT_SAID)
def test_midnight_said_again_is_read(body: str, expected: list[datetime]) -> None:
    verdict = read_reply(body, tz=BRISBANE, date=MADRID_DATE, quote=MADRID_QUOTE)
    assert_read_right(verdict, BRISBANE, Intent.PROPOSE_TIMES, expected)


MIDNIGHT_NEAR = [
    # Midnight offered, not said of the user's time.
    "Hola Ada:\n\n¿Te va el jueves 6 de abril a medianoche, o a las 18:00 hora de Brisbane?\n\nKai",
    # Midnight with no side named: whose clock it is stays open.
    "Hola Ada:\n\nLas 8 de tu miércoles son la medianoche. ¿El jueves 6 de abril a las 18:00"
    " hora de Brisbane?\n\nKai",
]


@pytest.mark.parametrize("body", MIDNIGHT_NEAR)
def test_midnight_near_misses(body: str) -> None:
    verdict = read_reply(body, tz=BRISBANE, date=MADRID_DATE, quote=MADRID_QUOTE)
    assert_near_miss_safe(verdict, BRISBANE, None)


# --- One yes under a quoted line, its instant said again -------------------------------
BERLIN_DATE = "Tue, 28 Mar 2034 07:30:00 +0200"


def _german_inline(first: str, second: str, last: str) -> str:
    return (
        "Hallo Ada,\n\nAntworten stehen unten.\n\nKai\n\n"
        "Am Mo., 27. März 2034 um 10:50 Uhr schrieb Ada Obi <ada@example.com>:\n"
        "> Hi Kai,\n>\n> Could we talk for 20 minutes? All Brisbane time (AEST):\n>\n"
        f"> - Thursday 30 March, 4:00pm\n\n{first}\n\n"
        f"> - Monday 3 April, 4:15pm\n\n{second}\n\n"
        f"> - Wednesday 5 April, 7:45am\n\n{last}\n\n"
        ">\n> Thanks,\n> Ada\n"
    )


YES_SAID_AGAIN = [
    _german_inline(
        "Geht leider nicht, Kundentermin.",
        "Passt gut! (für mich 8:15 Uhr)",
        "Nein, das wäre Dienstag 23:45 bei mir.",
    ),
    _german_inline("Geht nicht.", "Das passt. (bei mir 8:15 Uhr)", "Geht auch nicht."),
]


@pytest.mark.parametrize("body", YES_SAID_AGAIN)
def test_yes_under_line_said_again(body: str) -> None:
    verdict = read_reply(body, tz=BRISBANE, date=BERLIN_DATE)
    assert_read_right(verdict, BRISBANE, Intent.ACCEPT, [datetime(2034, 4, 3, 16, 15)])


# Another instant under the line: a counter at 8:30, or the sum gone wrong.
QUARTER_OFF = _german_inline("Geht nicht.", "Passt! (bei mir 8:30 Uhr)", "Geht auch nicht.")
YES_SAID_AGAIN_NEAR = [
    QUARTER_OFF,
    # A no beside the clock.
    _german_inline("Geht nicht.", "Passt leider nicht (bei mir 8:15 Uhr).", "Geht auch nicht."),
]
LEFT = {
    QUARTER_OFF: "read before this round as a certain counter at 8:30 Berlin; the yes with a clock"
    " a quarter off the line's instant is not yet doubted",
}


@pytest.mark.parametrize("body", pinned([(row,) for row in YES_SAID_AGAIN_NEAR], LEFT))
def test_yes_under_line_near_misses(body: str) -> None:
    verdict = read_reply(body, tz=BRISBANE, date=BERLIN_DATE)
    assert_near_miss_safe(verdict, BRISBANE, None)
