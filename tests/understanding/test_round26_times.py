"""Round 26: a part of the day in the words other regions use, and a weekday after a dated day.

Mexico and the Andes say "en la mañana" / "en la tarde", the River Plate "a la mañana",
Brazil "na parte da tarde": each is the same window as "por la mañana". A day of the month in
brackets ("quinta-feira (22)", "Thursday (22nd)") dates its weekday as "Thursday the 22nd"
does, and a bare weekday in the sentence right after a dated day ("Thursday the 22nd at 3?
If not, Friday at 10") comes after that day, as it would in the same sentence. Sentences of
our own, each rule with near misses.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_MEXICO = ZoneInfo("America/Mexico_City")


def _quote() -> str:
    """The user's outreach of Wednesday 14 March 2029, two times in Mexico City."""
    return (
        "\n\nOn Wed, Mar 14, 2029 at 11:05 AM Ada Obi <ada@example.com> wrote:\n"
        "> Could we talk for 20 minutes? Either of these would suit me:\n>\n"
        "> - Tuesday, March 20 at 9:30\n> - Wednesday, March 21 at 12:00\n>\n"
        "> (Mexico City time, CST)\n>\n> Ada\n"
    )


def _read(body: str, offset: str) -> Verdict:
    """``body`` written on Thursday 15 March 2029 at ``offset``."""
    return read_reply(body, tz=_MEXICO, date=f"Thu, 15 Mar 2029 16:20:00 {offset}", quote=_quote())


def _windows(verdict: Verdict, tz: tzinfo) -> list[tuple[datetime, datetime]]:
    return [
        (w.start.astimezone(tz).replace(tzinfo=None), w.end.astimezone(tz).replace(tzinfo=None))
        for w in verdict.proposed_times
    ]


@pytest.mark.parametrize(
    ("body", "offset", "zone", "window"),
    [
        ("¿Te sirve el miércoles 21 a las 2 de la tarde? Si no, el viernes 23 en la mañana "
         "estoy libre.", "-0500", "America/Bogota",
         (datetime(2029, 3, 23, 9), datetime(2029, 3, 23, 12))),
        ("Puedo el jueves 22 en la tarde, como te acomode.", "-0600", "America/Monterrey",
         (datetime(2029, 3, 22, 13), datetime(2029, 3, 22, 17))),
        ("Yo podría el lunes 26 a la mañana, avisame.", "-0300",
         "America/Argentina/Buenos_Aires", (datetime(2029, 3, 26, 9), datetime(2029, 3, 26, 12))),
        ("Consigo na sexta 23 na parte da tarde, pode ser?", "-0300", "America/Sao_Paulo",
         (datetime(2029, 3, 23, 13), datetime(2029, 3, 23, 17))),
    ],
)  # fmt: skip
def test_a_regional_part_of_the_day_is_its_window(
    body: str, offset: str, zone: str, window: tuple[datetime, datetime]
) -> None:
    verdict = _read(body, offset)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert window in _windows(verdict, ZoneInfo(zone))
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "offset", "zone", "starts"),
    [
        # "mañana" after "en la" is the morning, not tomorrow: the day stays the 22nd.
        ("El jueves 22 en la mañana a las 10 me queda bien.", "-0600", "America/Monterrey",
         [datetime(2029, 3, 22, 10)]),
        # "mañana" alone is still tomorrow.
        ("¿Mañana a las 10 te sirve?", "-0600", "America/Monterrey", [datetime(2029, 3, 16, 10)]),
        # A morning turned down is offered nowhere.
        ("El martes 20 en la tarde no puedo, pero el jueves 22 a las 10 sí.", "-0500",
         "America/Bogota", [datetime(2029, 3, 22, 10)]),
    ],
)  # fmt: skip
def test_near_misses_of_the_regional_part_of_the_day(
    body: str, offset: str, zone: str, starts: list[datetime]
) -> None:
    assert local_starts(_read(body, offset), ZoneInfo(zone)) == starts


@pytest.mark.parametrize(
    ("body", "offset", "zone", "starts"),
    [
        ("Pode ser quinta (22) às 15h? Se não der, sexta às 10h também dá.", "-0300",
         "America/Sao_Paulo", [datetime(2029, 3, 22, 15), datetime(2029, 3, 23, 10)]),
        ("Could we do Thursday the 22nd at 3pm? If not, Friday at 10 works too.", "-0500",
         "America/Chicago", [datetime(2029, 3, 22, 15), datetime(2029, 3, 23, 10)]),
        ("¿Puedes el jueves (22) a las 4? Si no, el viernes a las 11.", "-0500",
         "America/Bogota", [datetime(2029, 3, 22, 16), datetime(2029, 3, 23, 11)]),
        ("Ginge es Donnerstag, den 22., um 15 Uhr? Sonst Freitag um 10.", "+0100",
         "Europe/Berlin", [datetime(2029, 3, 22, 15), datetime(2029, 3, 23, 10)]),
    ],
)  # fmt: skip
def test_a_weekday_right_after_a_dated_day_comes_after_it(
    body: str, offset: str, zone: str, starts: list[datetime]
) -> None:
    verdict = _read(body, offset)
    assert local_starts(verdict, ZoneInfo(zone)) == starts
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "offset", "zone", "starts"),
    [
        # "tomorrow" is a day of its own, not a weekday to move.
        ("Thursday the 22nd at 3pm? Otherwise tomorrow at 10.", "-0500", "America/Chicago",
         [datetime(2029, 3, 22, 15), datetime(2029, 3, 16, 10)]),
        # A sentence between: the dated day no longer governs the weekday.
        ("Thursday the 22nd is out for me. Anyway, hope you're well. Friday at 10?", "-0500",
         "America/Chicago", [datetime(2029, 3, 16, 10)]),
        # The day before the dated one, in the next sentence, is the same time on another
        # clock, not a day a week later.
        ("Could we try Friday the 23rd at 9am Tokyo time? That is Thursday 6pm for you, "
         "I think.", "+0900", "America/Mexico_City", [datetime(2029, 3, 22, 18)]),
        # A weekday before the dated day is read as before.
        ("Friday at 10? Or else Thursday the 22nd at 3pm.", "-0500", "America/Chicago",
         [datetime(2029, 3, 16, 10), datetime(2029, 3, 22, 15)]),
    ],
)  # fmt: skip
def test_near_misses_of_the_weekday_after_a_dated_day(
    body: str, offset: str, zone: str, starts: list[datetime]
) -> None:
    assert local_starts(_read(body, offset), ZoneInfo(zone)) == starts
