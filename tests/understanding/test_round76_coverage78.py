"""Round 76 part C on replies_blind78 (coverage): doubted readings that can be read surely.

The user lives on UTC all year (Reykjavík). Sentences of our own:

- German "Dienstag, der 27.", "am Donnerstag, dem 29.": the article's other cases before a day
  closed by its stop are a date, as "den 27." was; the clock said again on the sender's clock
  is then held to the right day, not to the coming Tuesday.
- "Segunda 7/12 não dá … quinta 10/12 às 15h?" from São Paulo: a new numeric date whose weekday
  fits only the day-first reading vouches for the order, as a pick of the user's day does.
- "11am Eastern on the 3rd works": "on" before the ordinal makes it a day of the month, not
  the third place in the user's list.
- "Thursday 10 Dec at 5pm or 4:30pm Friday?": a clock after "or" with a day right after it
  is that day's, not a second clock of Thursday's (read certain and wrong before).
- A past word ("ago") in one paragraph and the offer's clock in the next, run together by a
  reply written all in lower case, is no time placed in the past.

Near misses stay as they were: "der 3. Termin" is a place in the list, a new numeric date with
no weekday from the Americas stays doubted, "the 3rd works" stays a day or a place, "5pm or
6pm" with no day after stays Thursday's, and a past word beside the clock in its own
paragraph stays doubted.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

UTC = ZoneInfo("UTC")
REYKJAVIK = ZoneInfo("Atlantic/Reykjavik")

# Written Monday 19 October 2037; Vienna leaves summer time on Sunday the 25th.
OCTOBER_QUOTE = (
    "\n\nOn Thu, 15 Oct 2037 at 12:05, Ada Obi <ada@example.com> wrote:\n"
    "> Could we talk for half an hour? Reykjavik time, which is UTC all year:\n"
    ">   - Wednesday 21 October, 14:00\n"
    ">   - Tuesday 27 October, 10:00\n"
    ">   - Tuesday 3 November, 16:00\n"
)
FROM_VIENNA = "Mon, 19 Oct 2037 09:10:00 +0200"


@pytest.mark.parametrize("tz", [UTC, REYKJAVIK])
@pytest.mark.parametrize(
    ("body", "intent", "starts"),
    [
        # The user's Tuesday taken, said again on Vienna's clock after the change.
        (
            "Gerne! Dienstag, der 27., um 10 Uhr Ihrer Zeit geht bei mir - hier ist das dann "
            "11 Uhr, wir stellen am Sonntag die Uhren zurück.",
            Intent.ACCEPT,
            [datetime(2037, 10, 27, 10, 0)],
        ),
        (
            "Am Dienstag, dem 27., um 10 Uhr Ihrer Zeit klappt es bei mir.",
            Intent.ACCEPT,
            [datetime(2037, 10, 27, 10, 0)],
        ),
        # A new day of the sender's, written the same way.
        (
            "Die Termine passen mir leider nicht. Ginge Donnerstag, der 29., um 14 Uhr Ihrer Zeit?",
            Intent.PROPOSE_TIMES,
            [datetime(2037, 10, 29, 14, 0)],
        ),
    ],
)
def test_german_day_after_der_or_dem_is_a_date(
    body: str, intent: Intent, starts: list[datetime], tz: ZoneInfo
) -> None:
    verdict = read_reply(
        f"Liebe Ada,\n\n{body}\n\nViele Grüße\nLena\n", tz=tz, date=FROM_VIENNA, quote=OCTOBER_QUOTE
    )
    assert verdict.intent is intent
    assert local_starts(verdict, UTC) == starts
    assert doubt_codes(verdict) == []


def test_german_third_slot_is_no_day() -> None:
    # "der 3. Termin": the third of the user's times, not the 3rd of a month.
    verdict = read_reply(
        "Liebe Ada,\n\nDienstag, der 3. Termin, passt mir gut.\n\nLena\n",
        tz=UTC,
        date=FROM_VIENNA,
        quote=OCTOBER_QUOTE,
    )
    assert local_starts(verdict, UTC) in ([datetime(2037, 11, 3, 16, 0)], [])


# Written Wednesday 2 December 2037 from São Paulo (-03:00); the user offered Monday the 7th.
DECEMBER_QUOTE = (
    "\n\nOn Tue, 1 Dec 2037 at 05:45, Ada Obi <ada@example.com> wrote:\n"
    "> Would one of these suit you? Reykjavik time (UTC):\n"
    ">   - Monday 7 December, 17:00\n"
    ">   - Wednesday 9 December, 09:30\n"
)
FROM_SAO_PAULO = "Wed, 02 Dec 2037 09:30:00 -0300"
FROM_MONTREAL = "Wed, 02 Dec 2037 07:30:00 -0500"


@pytest.mark.parametrize(
    ("body", "written", "starts"),
    [
        # 10 December 2037 is a Thursday; 12 October is not.
        (
            "Segunda 7/12 não consigo. Pode ser quinta 10/12 às 15h (horário de Brasília)?",
            FROM_SAO_PAULO,
            [datetime(2037, 12, 10, 18, 0)],
        ),
        (
            "Segunda 7/12 fica difícil, e quarta estou fora. Que tal terça 8/12 às 11h?",
            FROM_SAO_PAULO,
            [datetime(2037, 12, 8, 14, 0)],
        ),
        (
            "Lundi 7/12, je ne peux pas. Est-ce que jeudi 10/12 à 15h vous irait ?",
            FROM_MONTREAL,
            [datetime(2037, 12, 10, 20, 0)],
        ),
    ],
)
def test_weekday_that_fits_only_day_first_settles_the_order(
    body: str, written: str, starts: list[datetime]
) -> None:
    verdict = read_reply(f"Olá Ada,\n\n{body}\n\nBia\n", tz=UTC, date=written, quote=DECEMBER_QUOTE)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, UTC) == starts
    assert doubt_codes(verdict) == []


@pytest.mark.parametrize(
    "body",
    [
        # "5/11" has no weekday: 5 November or 11 May is the offset's guess.
        "Segunda 7/12 não consigo. Pode ser 5/11 às 15h?",
        # 11 December 2037 and 12 November 2038 are both Fridays: the weekday settles nothing.
        "Segunda 7/12 fica difícil. Que tal sexta 11/12 às 11h?",
    ],
)
def test_new_numeric_date_the_weekday_cannot_place_stays_in_doubt(body: str) -> None:
    verdict = read_reply(
        f"Olá Ada,\n\n{body}\n\nBia\n", tz=UTC, date=FROM_SAO_PAULO, quote=DECEMBER_QUOTE
    )
    assert verdict.doubts


# Written Monday 19 October 2037 from Toronto (-04:00); Toronto leaves summer time on 1 November.
FROM_TORONTO = "Mon, 19 Oct 2037 10:20:00 -0400"


def test_on_the_third_is_a_day_not_a_place() -> None:
    body = (
        "Hi Ada,\n\nThe 21st and the 27th are both out for me, sorry. But 11am Eastern on the "
        "3rd works.\n\nMarc\n"
    )
    verdict = read_reply(body, tz=UTC, date=FROM_TORONTO, quote=OCTOBER_QUOTE)
    assert verdict.intent in (Intent.PROPOSE_TIMES, Intent.ACCEPT)
    assert local_starts(verdict, UTC) == [datetime(2037, 11, 3, 16, 0)]
    assert doubt_codes(verdict) == []


def test_the_third_works_stays_a_day_or_a_place() -> None:
    # "the 3rd works": the third slot, or the 3rd of November; with a clock that is neither's
    # own, still a guess.
    verdict = read_reply(
        "Hi Ada,\n\nThe 3rd works, at 10am Eastern.\n\nMarc\n",
        tz=UTC,
        date=FROM_TORONTO,
        quote=OCTOBER_QUOTE,
    )
    assert verdict.doubts


# Written Tuesday 1 December 2037 from Singapore (+08:00).
FROM_SINGAPORE = "Tue, 01 Dec 2037 20:15:00 +0800"
SINGAPORE = ZoneInfo("Asia/Singapore")


@pytest.mark.parametrize(
    "line",
    [
        "Could we do Thursday 10 Dec at 5pm or 4:30pm Friday?",
        "thurs 10 dec 5pm SGT or 4:30pm fri SGT?",
        "Thursday 10 Dec at 5pm, or 4:30pm Friday 11 Dec?",
        "Ginge Donnerstag, 10.12. um 17 Uhr oder 16:30 Freitag?",
        "Jeudi 10 décembre à 17h ou 16h30 vendredi ?",
    ],
)
def test_clock_after_or_is_the_next_days(line: str) -> None:
    verdict = read_reply(
        f"Hi Ada,\n\n{line}\n\nWei\n", tz=UTC, date=FROM_SINGAPORE, quote=DECEMBER_QUOTE
    )
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, SINGAPORE) == [
        datetime(2037, 12, 10, 17, 0),
        datetime(2037, 12, 11, 16, 30),
    ]
    assert doubt_codes(verdict) == []


def test_second_clock_with_no_day_after_stays_the_days() -> None:
    verdict = read_reply(
        "Hi Ada,\n\nCould we do Thursday 10 Dec at 5pm or 6pm?\n\nWei\n",
        tz=UTC,
        date=FROM_SINGAPORE,
        quote=DECEMBER_QUOTE,
    )
    assert local_starts(verdict, SINGAPORE) == [
        datetime(2037, 12, 10, 17, 0),
        datetime(2037, 12, 10, 18, 0),
    ]


# Written Saturday 17 October 2037 from Sydney (+11:00, summer time since 4 October).
FROM_SYDNEY = "Sat, 17 Oct 2037 08:40:00 +1100"
SYDNEY = ZoneInfo("Australia/Sydney")


def test_past_word_in_the_paragraph_before_is_no_past_clock() -> None:
    body = (
        "hey Ada, glad to. your times are all the middle of the night here (our clocks went "
        "forward two weeks ago so we're 11 hrs ahead now)\n\nwould thu 22 oct 8am sydney time "
        "work? or fri 23 oct 7:30am sydney\n\nTom\n"
    )
    verdict = read_reply(body, tz=UTC, date=FROM_SYDNEY, quote=OCTOBER_QUOTE)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, SYDNEY) == [
        datetime(2037, 10, 22, 8, 0),
        datetime(2037, 10, 23, 7, 30),
    ]
    assert doubt_codes(verdict) == []


def test_past_clock_in_the_offers_paragraph_stays_in_doubt() -> None:
    # "at 7am two weeks ago": a clock placed in the past, beside the offer.
    body = (
        "hey Ada, glad to. we had a call at 7am two weeks ago that ran long, would thu 22 oct "
        "8am sydney time work?\n\nTom\n"
    )
    verdict = read_reply(body, tz=UTC, date=FROM_SYDNEY, quote=OCTOBER_QUOTE)
    assert "time_in_statement" in doubt_codes(verdict)
