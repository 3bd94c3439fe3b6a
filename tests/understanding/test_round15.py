"""Round 15: a range "between X and Y" with articles or dotted times is one window, a bracketed
clock after a conflict is the offer (only an offer can be said again), a vague time of day
("first thing", "EOD") with no clock beside it is doubted, "not later either" shuts the door
(a no, not a defer), and a time inside a range the user offered picks it. Sentences of our own.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict
from workflows.understanding.times import read_times

_CHICAGO = ZoneInfo("America/Chicago")
_REF = datetime(2027, 3, 1, 9, 0, tzinfo=_CHICAGO)
# The user offers one afternoon range and one morning range.
_QUOTE = (
    "\n\nOn Mon, Mar 1, 2027 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 20 minutes? Times on my end (all Central):\n"
    "> - Thu 3/4 anytime 1-5pm CT\n> - Fri 3/5 9:00-10:00 CT\n>\n> Ada Obi\n"
)
_DATE = "Mon, 01 Mar 2027 12:00:00 -0600"


def _read(body: str, quote: str = _QUOTE) -> Verdict:
    return read_reply(body, tz=_CHICAGO, date=_DATE, quote=quote)


def _windows(text: str) -> list[tuple[datetime, datetime | None]]:
    reading = read_times(text, _REF, _CHICAGO, timedelta(minutes=30), user_tz=_CHICAGO)
    return [(w.start, w.end) for w in reading.proposed]


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2027, 3, day, hour, minute, tzinfo=_CHICAGO)


@pytest.mark.parametrize(
    "text",
    [
        "Pode ser quinta-feira, 4 de março, entre as 14h e as 15h30?",
        "Donderdag 4 maart kan ik tussen 14.00 en 15.30.",
        "¿Te va bien el jueves 4 de marzo entre las 14 y las 15.30?",
        "Am Donnerstag, 4. März, ginge es zwischen 14.00 und 15.30 Uhr.",
        "Giovedì 4 marzo va bene tra le 14 e le 15.30.",
    ],
)
def test_a_range_with_articles_or_dotted_times_is_one_window(text: str) -> None:
    assert _windows(text) == [(_at(4, 14), _at(4, 15, 30))]


def test_a_dotted_amount_is_no_range() -> None:
    # Near miss: "tussen 10.000 en 12.000" is money, not two dotted times.
    assert _windows("Donderdag 4 maart, het budget ligt tussen 10.000 en 12.000 euro.") == []


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "Thu is out and Fri afternoon I'm flying. Mon 3/8 before rounds (7:30 CT) could "
            "work, or Tue 3/9 at 2pm CT.",
            _at(8, 7, 30),
        ),
        (
            "Thursday I'm teaching all day. Monday 3/8 first thing (7:30 CT) would work.",
            _at(8, 7, 30),
        ),
        ("Friday I'm out all afternoon. How about Monday 3/8 early, say (7:30 CT)?", _at(8, 7, 30)),
    ],
)
def test_a_bracketed_clock_after_a_conflict_is_the_offer(body: str, start: datetime) -> None:
    verdict = _read(body)
    assert start in [w.start for w in verdict.proposed_times]


def test_a_bracketed_clock_after_an_offer_restates_it() -> None:
    # Near miss: "(2pm CT)" says the 3pm Eastern offer again, it is no second time.
    verdict = _read("Could you do Monday 3/8 at 3pm ET (2pm CT)?")
    assert [w.start for w in verdict.proposed_times] == [_at(8, 14)]


@pytest.mark.parametrize(
    "body",
    [
        "Thu is packed. Could do Fri 3/5 first thing, or Mon 3/8 at 2pm CT.",
        "I can do Mon 3/8 EOD or Tue 3/9 at 10am CT.",
        "Maybe Tue 3/9 end of day? Or Wed 3/10 at 11am CT.",
    ],
)
def test_a_vague_time_with_no_clock_is_doubted(body: str) -> None:
    assert "time_unread" in {d.code for d in _read(body).doubts}


@pytest.mark.parametrize(
    "body",
    [
        "Could do Fri 3/12 first thing, like 8am CT, or Mon 3/15 at 2pm CT.",
        "Mon 3/15 EOD (4:30pm CT) works, or Tue 3/16 at 10am CT.",
    ],
)
def test_a_vague_time_with_its_clock_beside_it_is_read(body: str) -> None:
    assert "time_unread" not in {d.code for d in _read(body).doubts}


@pytest.mark.parametrize(
    "body",
    [
        "Mijn agenda zit tot ver in het najaar vol. Ik laat het dus hierbij, ook voor later. "
        "Succes!",
        "I'm swamped through the autumn, and honestly not later either - sorry. Good luck!",
        "Ich bin bis Herbst völlig ausgelastet und melde mich auch später nicht. Viel Erfolg!",
        "Estoy a tope hasta otoño, y ni más adelante, la verdad. ¡Suerte!",
        "Je suis débordée jusqu'à l'automne, ni maintenant ni plus tard, désolée.",
    ],
)
def test_not_later_either_is_a_decline(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DECLINE
    assert verdict.return_date is None


def test_busy_now_with_a_later_time_is_still_a_defer() -> None:
    # Near miss: the door stays open ("try me again in June").
    verdict = _read("I'm swamped until the summer - try me again in June?")
    assert verdict.intent is Intent.DEFER


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Thursday at 2:30 CT then - talk soon!", _at(4, 14, 30)),
        ("Great, let's say Thu 3/4 at 1pm CT.", _at(4, 13)),
        ("Friday 9:15 CT works.", _at(5, 9, 15)),
    ],
)
def test_a_time_inside_an_offered_range_is_an_accept(body: str, start: datetime) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.ACCEPT
    assert [w.start for w in verdict.proposed_times] == [start]


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: outside the range, or running past its end.
        "Thursday at 6pm CT would suit me better.",
        "Friday at 9:45 CT?",
    ],
)
def test_a_time_outside_an_offered_range_is_a_proposal(body: str) -> None:
    assert _read(body).intent is Intent.PROPOSE_TIMES


@pytest.mark.parametrize(
    ("body", "back"),
    [
        (
            "Wir sind bis Ende April im Rollout. Melden Sie sich gern Anfang Mai noch einmal.",
            date(2027, 5, 1),
        ),
        (
            "Bis Mitte Juni geht leider nichts. Melden Sie sich gerne ab Juli wieder bei mir.",
            date(2027, 7, 1),
        ),
        (
            "Gerade ist es zu viel. Melden Sie sich gern Mitte Mai nochmal, dann passt es.",
            date(2027, 5, 15),
        ),
    ],
)
def test_come_back_at_a_part_of_a_month_is_a_defer(body: str, back: date) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DEFER
    assert verdict.return_date == back


@pytest.mark.parametrize(
    ("body", "back"),
    [
        ("I'm heads-down until late April, ping me again then.", date(2027, 5, 1)),
        # Near miss: the middle of the month is no month's end.
        ("I'm heads-down until mid-April, ping me again then.", date(2027, 4, 15)),
    ],
)
def test_busy_until_a_months_end_is_back_the_month_after(body: str, back: date) -> None:
    assert _read(body).return_date == back
