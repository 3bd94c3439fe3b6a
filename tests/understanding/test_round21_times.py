"""Round 21, times: a zone named per offer with the word for time before the place ("9:30 ora
di Boston"), a clock said before its own day ("3:30 Central on Tuesday") after a conflict on
that day, and a bare weekday list that wraps to before the week the user asked about.
Sentences of our own, each cause with a near miss.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_BOSTON = ZoneInfo("America/New_York")
_QUOTE_WROTE = "\n\nOn Tue, Oct 24, 2028 at 6:30 PM Ada Obi <ada@example.com> wrote:\n> "
_SIGNED = "\n>\n> Ada Obi\n> Boston, MA (Eastern time)\n"
# The user asked for times in the week after the reply (the reply is sent Wednesday 25 Oct).
_NEXT_WEEK_QUOTE = (
    _QUOTE_WROTE
    + "Next week I could do Monday 10/30 at 2pm ET or Wednesday 11/1 at 10am ET."
    + _SIGNED
)
# The user's own offers start this week.
_THIS_WEEK_QUOTE = (
    _QUOTE_WROTE + "I could do Thursday 10/26 at 2pm ET or Monday 10/30 at 10am ET." + _SIGNED
)


def _read(body: str, offset: str = "-0500", quote: str = _NEXT_WEEK_QUOTE) -> Verdict:
    return read_reply(
        body,
        tz=_BOSTON,
        date=f"Wed, 25 Oct 2028 16:40:00 {offset}",
        quote=quote,
        to="Ada Obi <ada@example.com>",
    )


def _starts(verdict: Verdict) -> list[tuple[datetime, str]]:
    return [
        (w.start.astimezone(_BOSTON).replace(tzinfo=None), str(w.start.tzinfo))
        for w in verdict.proposed_times
    ]


@pytest.mark.parametrize(
    ("body", "first_zone"),
    [
        (
            "Ti propongo giovedì 2 novembre alle 15:00 ora italiana, oppure venerdì 3 alle 9:30"
            " ora di Boston.",
            "Europe/Rome",
        ),
        (
            "Te propongo el jueves 2 de noviembre a las 15:00 hora de Madrid, o el viernes 3 a"
            " las 9:30 hora de Boston.",
            "Europe/Madrid",
        ),
        (
            "Je vous propose jeudi 2 novembre à 15h00 heure de Paris, ou vendredi 3 à 9h30"
            " heure de Boston.",
            "Europe/Paris",
        ),
        (
            "Proponho quinta-feira, 2 de novembro, às 15h00 horário de Lisboa, ou sexta-feira,"
            " 3, às 9h30 horário de Boston.",
            "Europe/Lisbon",
        ),
    ],
)
def test_a_zone_named_for_one_offer_is_that_offers_only(body: str, first_zone: str) -> None:
    verdict = _read(body, offset="+0100")
    assert verdict.certain
    assert [zone for _, zone in _starts(verdict)] == [first_zone, "America/New_York"]
    assert _starts(verdict)[1][0] == datetime(2028, 11, 3, 9, 30)


def test_an_offer_without_its_own_zone_keeps_the_one_named_before() -> None:
    # Near miss: with nothing named after the second clock, the first offer's zone stands.
    verdict = _read(
        "Ti propongo giovedì 2 novembre alle 15:00 ora italiana, oppure venerdì 3 alle 9:30.",
        offset="+0100",
    )
    assert [zone for _, zone in _starts(verdict)] == ["Europe/Rome", "Europe/Rome"]


@pytest.mark.parametrize(
    "body",
    [
        "Tuesday I'm booked until 3, but I could do 3:30 Central on Tuesday.",
        "El martes estoy ocupado hasta las 15, pero a las 15:30 el martes puedo.",
    ],
)
def test_a_clock_said_before_its_day_is_that_days_offer(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert [start for start, _ in _starts(verdict)] == [datetime(2028, 10, 31, 16, 30)]


def test_a_clock_before_and_then_another_day_stays_with_its_own_day() -> None:
    # Near miss: "and on Friday" opens a new clause; the 10 is Tuesday's, not Friday's.
    verdict = _read("Tuesday at 10 works, and on Friday I'm away.")
    assert [start for start, _ in _starts(verdict)] == [datetime(2028, 10, 31, 11, 0)]


def test_a_weekday_list_that_wraps_before_the_asked_week_has_two_readings() -> None:
    verdict = _read("I could do 3:30 Central on Tuesday, or anytime Thursday morning (Central).")
    assert not verdict.certain
    assert "two_readings_of_time" in doubt_codes(verdict)


def test_a_weekday_list_that_wraps_inside_the_asked_weeks_is_read_as_written() -> None:
    # Near miss: the user's own offers start this week, so the coming Thursday is plain.
    verdict = _read(
        "I could do 3:30 Central on Tuesday, or anytime Thursday morning (Central).",
        quote=_THIS_WEEK_QUOTE,
    )
    assert verdict.certain
    assert [start for start, _ in _starts(verdict)] == [
        datetime(2028, 10, 31, 16, 30),
        datetime(2028, 10, 26, 10, 0),
    ]


@pytest.mark.parametrize(
    ("bracket", "start", "zone"),
    [
        # 17:00 in Berlin is 10:00 on the sender's clock (the Date header's -05:00).
        ("17:00 Berlin", datetime(2028, 10, 27, 11, 0), "UTC-05:00"),
        # 16:00 in Berlin is 10:00 on the user's clock.
        ("16:00 Berlin", datetime(2028, 10, 27, 10, 0), "America/New_York"),
    ],
)
def test_a_bracket_restating_the_clock_names_whose_clock_it_is(
    bracket: str, start: datetime, zone: str
) -> None:
    verdict = _read(f"Friday at 10 works ({bracket}).", quote=_THIS_WEEK_QUOTE)
    assert verdict.certain
    assert _starts(verdict) == [(start, zone)]


def test_a_bracket_that_is_neither_clock_has_two_readings() -> None:
    # Near miss: 18:00 in Berlin is 10:00 neither for the sender nor for the user.
    verdict = _read("Friday at 10 works (18:00 Berlin).", quote=_THIS_WEEK_QUOTE)
    assert not verdict.certain
    assert "two_readings_of_time" in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "Next week I'm away. Thursday at 4pm?",
        "La semana que viene estoy de viaje. ¿El jueves a las 16:00?",
    ],
)
def test_a_week_the_sender_is_away_does_not_carry_to_the_next_day(body: str) -> None:
    verdict = _read(body, quote=_THIS_WEEK_QUOTE)
    assert not verdict.certain
    assert "two_readings_of_time" in doubt_codes(verdict)


def test_a_week_asked_for_carries_to_the_next_day() -> None:
    # Near miss: "push to next week" is the week the Thursday is in.
    verdict = _read("Could we push to next week? Thursday at 4pm?", quote=_THIS_WEEK_QUOTE)
    assert verdict.certain
    assert [start for start, _ in _starts(verdict)] == [datetime(2028, 11, 2, 17, 0)]


@pytest.mark.parametrize(
    ("body", "starts"),
    [
        (
            "Next week Tuesday at 5pm or Thursday at 4pm work for me.",
            [datetime(2028, 10, 31, 18, 0), datetime(2028, 11, 2, 17, 0)],
        ),
        # Near miss: a zone in capitals before "for me" restates the clock; it offers nothing.
        ("Thursday at 4pm ET (3pm CT for me) works.", [datetime(2028, 10, 26, 16, 0)]),
    ],
)
def test_a_word_before_for_me_is_not_a_zone(body: str, starts: list[datetime]) -> None:
    verdict = _read(body, quote=_THIS_WEEK_QUOTE)
    assert verdict.certain
    assert [start for start, _ in _starts(verdict)] == starts
