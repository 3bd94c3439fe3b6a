"""Precision hunt 4: the user's zone and the sender's, worldwide.

Replies of our own to an outreach that offers two times in the user's clock, named the ways
people name it. Causes of certain-but-wrong readings found, each with near misses that keep
their reading: an offset ("UTC-3") read as UTC, the user's own name of their clock ("MST"
from Phoenix, "IST" from Jerusalem) read as the table's, an IANA name unread, a clock named
in words the reader cannot place, and a name that two clocks wear that day ("IST", "MST" in
July, "AEST" in January) with no way to tell which.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_UTC = ZoneInfo("UTC")


def _quote(zone_words: str, month: int) -> str:
    """The user's outreach: Wednesday 9:00 and Thursday 13:30, in January or July 2028."""
    wed, thu = (19, 20) if month == 1 else (12, 13)
    name = "January" if month == 1 else "July"
    return (
        f"\n\nOn Mon, {name[:3]} {wed - 2}, 2028 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
        "> Would you have 20 minutes for a chat? Either of these suits me:\n>\n"
        f"> - Wednesday, {name} {wed} at 9:00 am\n> - Thursday, {name} {thu} at 1:30 pm\n>\n"
        f"> ({zone_words})\n>\n> Ada\n"
    )


def _read(body: str, home: str, zone_words: str, offset: str, month: int = 7) -> Verdict:
    day = "Tue, 18 Jan 2028" if month == 1 else "Tue, 11 Jul 2028"
    return read_reply(
        body,
        tz=ZoneInfo(home),
        date=f"{day} 10:00:00 {offset}",
        quote=_quote(zone_words, month),
    )


def _wed(month: int) -> datetime:
    return datetime(2028, month, 19 if month == 1 else 12, 9, 0)


def _thu(month: int) -> datetime:
    return datetime(2028, month, 20 if month == 1 else 13, 13, 30)


@pytest.mark.parametrize(
    ("body", "user_zone", "zone_words", "offset", "picks_thursday"),
    [
        # "UTC-3" was read as "UTC", and "5:30" of "UTC+5:30" as a time of its own.
        ("Wednesday at 9 works for me.", "America/Argentina/Buenos_Aires", "UTC-3", "-0400",
         False),
        ("Thursday at 1:30pm GMT+05:30 works great.", "Asia/Kolkata", "GMT+05:30", "-0400",
         True),
        ("Thursday 1:30pm (UTC+5:45) is good.", "Asia/Kathmandu", "UTC+5:45", "+0530", True),
        ("Wednesday at 9am works.", "Asia/Dubai", "all times UTC+4", "+0100", False),
        # Near miss: a zone named twice, by its name and its offset that day, is one clock.
        ("Thursday at 1:30 works.", "Europe/Paris", "CEST, UTC+2", "-0400", True),
    ],
)  # fmt: skip
def test_an_offset_is_its_own_clock(
    body: str, user_zone: str, zone_words: str, offset: str, picks_thursday: bool
) -> None:
    # The evaluation's reader is given UTC: the outreach alone places the user.
    verdict = _read(body, "UTC", zone_words, offset)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.ACCEPT
    start = _thu(7) if picks_thursday else _wed(7)
    assert local_starts(verdict, ZoneInfo(user_zone)) == [start]


@pytest.mark.parametrize(
    ("body", "home", "zone_words", "offset", "month"),
    [
        # Phoenix, Jerusalem, Mexico City and Brisbane name their clock by a name the table
        # gives another zone, whose clock differs that day.
        ("Wednesday at 9 works for me.", "America/Phoenix", "MST", "-0400", 7),
        ("Wednesday at 9 works for me.", "America/Phoenix", "Mountain time", "-0400", 7),
        ("Wednesday at 9am IST works for me.", "Asia/Jerusalem", "IST", "+0100", 1),
        ("Wednesday at 9 works for me.", "America/Mexico_City", "CST", "-0400", 7),
        ("Wednesday at 9 AEST works.", "Australia/Brisbane", "AEST", "+1100", 1),
        # Near misses: Denver's own "MST" in July is Denver's clock, as the table says.
        ("Wednesday at 9 works for me.", "America/Denver", "MST", "-0400", 7),
        ("Wednesday at 9 works for me.", "America/New_York", "EST", "+0100", 7),
    ],
)  # fmt: skip
def test_the_users_own_name_of_their_clock_is_their_clock(
    body: str, home: str, zone_words: str, offset: str, month: int
) -> None:
    verdict = _read(body, home, zone_words, offset, month)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, ZoneInfo(home)) == [_wed(month)]


def test_a_name_the_reply_echoes_from_the_users_words_is_the_users_clock() -> None:
    verdict = _read("Could we do Friday 14 July at 4pm IST instead?", "Asia/Jerusalem", "IST",
                    "+0100")  # fmt: skip
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, ZoneInfo("Asia/Jerusalem")) == [datetime(2028, 7, 14, 16, 0)]


@pytest.mark.parametrize(
    ("zone_words", "user_zone"),
    [
        ("America/Bogota", "America/Bogota"),
        ("times are Asia/Kolkata", "Asia/Kolkata"),
        ("Europe/Lisbon", "Europe/Lisbon"),
        ("all in America/St_Johns", "America/St_Johns"),
    ],
)
def test_an_iana_name_is_a_zone(zone_words: str, user_zone: str) -> None:
    verdict = _read("Thursday at 1:30pm works for me.", "UTC", zone_words, "-0400")
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, ZoneInfo(user_zone)) == [_thu(7)]


@pytest.mark.parametrize(
    ("zone_words", "user_zone"),
    [
        ("India time", "Asia/Kolkata"),
        ("Tel Aviv time", "Asia/Jerusalem"),
        ("Bogotá time", "America/Bogota"),
        ("hora de Bogotá", "America/Bogota"),
        ("Nepal time", "Asia/Kathmandu"),
    ],
)
def test_where_job_seekers_live_names_their_clock(zone_words: str, user_zone: str) -> None:
    verdict = _read("Wednesday at 9 works for me.", "UTC", zone_words, "+0100")
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, ZoneInfo(user_zone)) == [_wed(7)]


@pytest.mark.parametrize(
    "zone_words",
    ["VET", "St. John's time", "AKT", "hora de Caracas", "Gulf Standard Time"],
)
def test_a_clock_the_reader_cannot_name_is_a_doubt(zone_words: str) -> None:
    verdict = _read("Wednesday at 9 works for me.", "UTC", zone_words, "+0100")
    assert not verdict.certain
    assert "zone_unread" in doubt_codes(verdict)


@pytest.mark.parametrize(
    "zone_words",
    [
        # Near misses: a clock the reader knows beside the unknown words, no place at all,
        # and a title after a name.
        "Lyon time, CEST",
        "Any time works, really",
        "Ola Ray, DPT",
    ],
)
def test_words_beside_a_known_clock_or_no_place_are_no_doubt(zone_words: str) -> None:
    verdict = _read("Wednesday at 9 works for me.", "Europe/Paris", zone_words, "+0200")
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, ZoneInfo("Europe/Paris")) == [_wed(7)]


@pytest.mark.parametrize(
    ("body", "zone_words", "offset", "month"),
    [
        # Read with no zone for the user: India, Israel or Ireland; Denver or Phoenix in
        # July; Sydney or Brisbane in January; Pacific or the Philippines.
        ("Wednesday at 9 works for me.", "IST", "+0100", 7),
        ("Wednesday at 9 works for me.", "MST", "-0400", 7),
        ("Thursday at 1:30 works for me.", "Mountain Standard Time", "-0400", 7),
        ("Wednesday at 9 works for me.", "AEST", "+0800", 1),
        ("Wednesday at 9 works for me.", "PST", "+0100", 1),
        ("Could we do Friday 14 July at 3pm IST instead?", "UK time", "-0400", 7),
    ],
)  # fmt: skip
def test_a_name_two_clocks_wear_that_day_is_a_doubt(
    body: str, zone_words: str, offset: str, month: int
) -> None:
    verdict = _read(body, "UTC", zone_words, offset, month)
    assert not verdict.certain
    assert "zone_name_ambiguous" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "zone_words", "offset", "month", "zone"),
    [
        # Near misses: Denver and Phoenix keep one clock in winter; no other clock the reader
        # knows wears CET in summer; a zone named beside it settles MST; the writer's own
        # offset settles IST.
        ("Wednesday at 9 works for me.", "MST", "-0500", 1, "America/Denver"),
        ("Wednesday at 9 works for me.", "CET", "-0400", 7, "Europe/Paris"),
        ("Wednesday at 9 works for me.", "Arizona time, MST", "-0400", 7, "America/Phoenix"),
        ("Could we do Friday 14 July at 3pm IST instead?", "UK time", "+0530", 7,
         "Asia/Kolkata"),
    ],
)  # fmt: skip
def test_a_name_one_clock_wears_that_day_keeps_its_reading(
    body: str, zone_words: str, offset: str, month: int, zone: str
) -> None:
    verdict = _read(body, "UTC", zone_words, offset, month)
    assert verdict.certain, doubt_codes(verdict)
    friday = datetime(2028, 7, 14, 15, 0)
    assert local_starts(verdict, ZoneInfo(zone)) == [friday if "Friday" in body else _wed(month)]


@pytest.mark.parametrize(
    ("body", "zone", "start"),
    [
        # Names the table did not know were read in the sender's Date offset.
        ("Could we do Friday 14 July at 8am ADT?", "America/Halifax", datetime(2028, 7, 14, 8)),
        ("Could we do Friday 14 July at 6pm IDT?", "Asia/Jerusalem", datetime(2028, 7, 14, 18)),
        ("Could we do Friday 14 July at 10am COT?", "America/Bogota", datetime(2028, 7, 14, 10)),
        ("¿Podemos el viernes 14 de julio a las 10 ART?", "America/Argentina/Buenos_Aires",
         datetime(2028, 7, 14, 10)),
        ("Pode ser sexta, 14 de julho, às 10h WEST?", "Europe/Lisbon",
         datetime(2028, 7, 14, 10)),
    ],
)  # fmt: skip
def test_a_counter_in_a_name_of_a_job_seekers_clock(body: str, zone: str, start: datetime) -> None:
    verdict = _read(body, "UTC", "UK time", "-0400")
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, ZoneInfo(zone)) == [start]


@pytest.mark.parametrize(
    "zone_words",
    ["Dubai-Zeit", "ora di Città del Capo", "Singaporese tijd"],
)
def test_a_clock_named_in_unknown_words_of_another_language_is_a_doubt(zone_words: str) -> None:
    verdict = _read("Mittwoch um 9 Uhr passt mir gut.", "UTC", zone_words, "+0200")
    assert not verdict.certain
    assert "zone_unread" in doubt_codes(verdict)
