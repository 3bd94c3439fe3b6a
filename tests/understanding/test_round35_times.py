"""Round 35 (times and zones): US places and "NL-tijd" as clocks, a UTC Date header on a UK
thread in winter, "alternativ" as an offer, a bracket wrapped across lines, and a one-day trip.

"16 Uhr (Zeit in Dallas)" is Central time; "om 14:00 (NL-tijd)" is Amsterdam's. A "+0000"
sender answering a thread in UK time in November writes on the thread's clock. "Alternativ
Freitag um 10 Uhr" offers. "(hora\\nCDMX), o sea 9:30 tuya" is one sentence. "Thursday I'm in
Madrid" places the sender there on Thursday only. Sentences of our own, with near misses.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.understanding.sentences import sentences

_CHICAGO = ZoneInfo("America/Chicago")
_LONDON = ZoneInfo("Europe/London")
_CENTRAL_OFFER = (
    "\n\n> Would any of these suit? (Central time)\n> - Tue, Apr 6 at 9:00 AM\n"
    "> - Wed, Apr 7 at 1:00 PM\n>\n> Ada\n"
)
_UK_OFFER = (
    "\n\nOn Tue, 9 Nov 2032 at 08:40, Ada Obi <ada@example.com> wrote:\n"
    "> Could any of these work? (all UK time)\n> - Monday 15 November at 11:00\n"
    "> - Tuesday 16 November at 15:00\n>\n> Ada\n"
)
_UK_NOVEMBER_UTC = "Wed, 10 Nov 2032 13:05:00 +0000"


@pytest.mark.parametrize(
    "body",
    [
        "Hola Ada, ¿te va bien el jueves 8 de abril a las 4 pm (hora de Texas)?\n",
        "Bonjour Ada, ces dates ne vont pas. Jeudi 8 avril à 16h (heure de Houston) ?\n",
        "Hallo Ada, leider nicht. Passt Donnerstag, 8. April um 16 Uhr (Zeit in Dallas)?\n",
    ],
)
def test_a_us_place_named_as_a_clock_is_its_zone(body: str) -> None:
    # Written from Europe: the place's clock, not the Date header's, is the time's.
    verdict = read_reply(
        body, tz=_CHICAGO, date="Mon, 05 Apr 2032 10:00:00 +0200", quote=_CENTRAL_OFFER
    )
    assert local_starts(verdict, _CHICAGO) == [datetime(2032, 4, 8, 16, 0)]
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # Florida keeps two clocks; Georgia is also a country.
        "Oi Ada, pode ser quinta, 8 de abril, às 16h (horário da Flórida)?\n",
        "Ciao Ada, giovedì 8 aprile alle 16 (ora della Georgia) va bene?\n",
    ],
)
def test_a_place_of_two_clocks_stays_unread(body: str) -> None:
    verdict = read_reply(
        body, tz=_CHICAGO, date="Mon, 05 Apr 2032 10:00:00 +0200", quote=_CENTRAL_OFFER
    )
    assert not verdict.certain


def test_nl_tijd_is_the_dutch_clock() -> None:
    verdict = read_reply(
        "Hoi Ada, vrijdag 19 november om 14:00 (NL-tijd) zou kunnen.\n",
        tz=_LONDON,
        date="Wed, 10 Nov 2032 07:05:00 -0500",
        quote=_UK_OFFER,
    )
    assert local_starts(verdict, _LONDON) == [datetime(2032, 11, 19, 13, 0)]
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "cant do those sorry. tomorrow 2pm or thurs 18th 4pm?\n\nc\n",
        "Hi Ada, neither suits, I'm afraid. Could you do Thursday 18 November at 16:00?\n",
        "Ada - how about Wednesday 17th at 10:00? Monday and Tuesday are clinic days for"
        " me.\n\nG\n",
    ],
)
def test_a_utc_date_header_on_a_uk_thread_in_winter_is_the_threads_clock(body: str) -> None:
    verdict = read_reply(body, tz=_LONDON, date=_UK_NOVEMBER_UTC, quote=_UK_OFFER)
    assert verdict.proposed_times
    assert all(w.start.utcoffset() == timedelta(0) for w in verdict.proposed_times)
    assert verdict.certain, doubt_codes(verdict)


def test_a_utc_date_header_before_the_uk_clock_change_keeps_the_doubt() -> None:
    # The offer falls after the clocks go forward (28 March 2032): UTC is no longer UK time.
    verdict = read_reply(
        "Neither suits, sorry. Could you do Tuesday 30 March at 16:00?\n",
        tz=_LONDON,
        date="Wed, 24 Mar 2032 13:05:00 +0000",
        quote=_UK_OFFER.replace("Tue, 9 Nov 2032", "Mon, 22 Mar 2032"),
    )
    assert not verdict.certain


def test_a_utc_date_header_on_a_central_thread_keeps_the_doubt() -> None:
    verdict = read_reply(
        "Neither suits, sorry. Could you do Thursday 8 April at 4pm?\n",
        tz=_CHICAGO,
        date="Mon, 05 Apr 2032 13:05:00 +0000",
        quote=_CENTRAL_OFFER,
    )
    assert "time_without_zone_across_zones" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "Montag geht leider nicht. Ginge Mittwoch, 17.11., um 10 Uhr? Alternativ Freitag,"
            " 19.11., um 14 Uhr.\n",
            "Wed, 10 Nov 2032 09:00:00 +0100",
        ),
        (
            "El lunes no puedo. ¿El miércoles 17 a las 10:00? Alternativamente el viernes 19"
            " a las 14:00.\n",
            "Wed, 10 Nov 2032 09:00:00 +0100",
        ),
        (
            "Maandag lukt niet. Woensdag 17 november om 10:00? Alternatief vrijdag 19 november"
            " om 14:00.\n",
            "Wed, 10 Nov 2032 09:00:00 +0100",
        ),
    ],
)
def test_alternatively_in_the_other_languages_offers(body: str, date: str) -> None:
    verdict = read_reply(body, tz=_LONDON, date=date, quote=_UK_OFFER)
    assert local_starts(verdict, _LONDON) == [
        datetime(2032, 11, 17, 9, 0),
        datetime(2032, 11, 19, 13, 0),
    ]
    assert verdict.certain, doubt_codes(verdict)


def test_a_plain_statement_beside_an_offer_keeps_its_doubt() -> None:
    verdict = read_reply(
        "Montag geht leider nicht. Ginge Mittwoch, 17.11., um 10 Uhr? Freitag, 19.11., um"
        " 14 Uhr bin ich beim Zahnarzt.\n",
        tz=_LONDON,
        date="Wed, 10 Nov 2032 09:00:00 +0100",
        quote=_UK_OFFER,
    )
    assert not verdict.certain


@pytest.mark.parametrize(
    "text",
    [
        "¿Podemos moverlo al viernes 2 de abril a las 8:30 (hora\nCDMX), o sea 9:30 tuya?",
        "Could we do Friday 2 April at 8:30 (Mexico\nCity time), so 9:30 for you?",
        "On peut faire vendredi 2 avril à 8h30 (heure\nCDMX), soit 9h30 chez vous ?",
    ],
)
def test_a_bracket_wrapped_across_lines_is_one_sentence(text: str) -> None:
    assert len([s for s in sentences(text) if s]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Friday at 3 (my time)\nCDMX office closed",
        # A clock inside the bracket's rest is left to the wrap rules of its own. (Round 57: a
        # line that opens on "16 h" now runs on from a word, as "16h" did; "16 heures" does not.)
        "Mercredi 10 h chez vous me convient (ce qui fait\n16 heures pour moi à Paris).",
    ],
)
def test_a_bracket_closed_on_the_line_or_holding_a_clock_keeps_the_break(text: str) -> None:
    assert len([s for s in sentences(text) if s]) == 2


def test_a_moved_time_wrapped_inside_its_bracket_is_certain() -> None:
    verdict = read_reply(
        "¿Podemos moverlo al viernes 2 de abril a las 8:30 (hora\nCDMX), o sea 9:30 tuya?\n",
        tz=_CHICAGO,
        date="Wed, 31 Mar 2032 19:10:00 -0600",
        quote=_CENTRAL_OFFER,
    )
    assert local_starts(verdict, _CHICAGO) == [datetime(2032, 4, 2, 9, 30)]
    assert verdict.certain, doubt_codes(verdict)


_UK_DECEMBER_OFFER = (
    "\n\nOn Tue, 30 Nov 2032 at 19:05, Ada Obi <ada@example.com> wrote:\n"
    "> Two options, UK time:\n>  - Tuesday 7 December, 10:00\n>  - Thursday 9 December, 16:00\n"
)
_LISBON_DECEMBER = "Thu, 02 Dec 2032 14:30:00 +0000"


@pytest.mark.parametrize(
    "body",
    [
        "Na terça não consigo e quinta estou em Madrid. Que tal segunda, 6 de dezembro, às 11h?\n",
        "Tuesday's out and Thursday I'm in Madrid. How about Monday 6 December at 11:00?\n",
        "Tuesday is full and I'm in Madrid on Thursday. Would Monday 6 December at 11:00 work?\n",
    ],
)
def test_a_trip_on_another_day_leaves_the_offers_clock(body: str) -> None:
    verdict = read_reply(body, tz=_LONDON, date=_LISBON_DECEMBER, quote=_UK_DECEMBER_OFFER)
    assert local_starts(verdict, _LONDON) == [datetime(2032, 12, 6, 11, 0)]
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # There on the day offered, or for a span of days.
        "Tuesday's out. I'm in Madrid on Monday, so Monday 6 December at 11:00?\n",
        "Tuesday's out. Mon-Fri I'm in Madrid, so Monday 6 December at 11:00?\n",
        "Tuesday's out. I'm in Madrid Monday to Friday, so Monday 6 December at 11:00?\n",
    ],
)
def test_a_stay_on_the_offers_day_keeps_the_doubt(body: str) -> None:
    verdict = read_reply(body, tz=_LONDON, date=_LISBON_DECEMBER, quote=_UK_DECEMBER_OFFER)
    assert "sender_elsewhere" in doubt_codes(verdict)
