"""Round 23: the user's own zone named back the way the outreach names it.

An abbreviation that a zone named beside it goes by all year is that zone ("Arizona time,
MST" is Phoenix, not Denver's MST/MDT), and to a user whose zone only ever goes by it the
abbreviation means the user's clock. The place in the name of the zone the user lives in
("America/Boise") is a zone name. Besides: a Spanish question opening on "¿" after a clock
time starts a new sentence, and "por ahora no puedo …" is "for now I can't …", no "not now".
Sentences of our own, each rule with a near miss.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_PHOENIX = ZoneInfo("America/Phoenix")
_UTC = ZoneInfo("UTC")


def _quote(zone_words: str) -> str:
    """The user's outreach of Monday 13 March 2028, two times in the zone ``zone_words`` names."""
    return (
        "\n\nOn Mon, Mar 13, 2028 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
        "> Could we talk for 20 minutes? Either of these would suit me:\n>\n"
        "> - Wednesday, March 15 at 9:00 am\n> - Thursday, March 16 at 1:30 pm\n>\n"
        f"> ({zone_words})\n>\n> Ada\n"
    )


def _read(body: str, tz: tzinfo, zone_words: str, offset: str = "-0400") -> Verdict:
    return read_reply(
        body, tz=tz, date=f"Tue, 14 Mar 2028 10:00:00 {offset}", quote=_quote(zone_words)
    )


@pytest.mark.parametrize(
    ("body", "home", "zone_words", "offset", "start"),
    [
        # The evaluation's reader is given UTC: the outreach alone places the user.
        ("Sure - Wednesday at 9 is fine by me.", "UTC", "Arizona time, MST", "-0400",
         datetime(2028, 3, 15, 9, 0)),
        ("Thursday at 1:30 works for me, talk then.", "UTC", "all Brisbane time, AEST", "+0100",
         datetime(2028, 3, 16, 13, 30)),
        # Regina keeps CST all year while Chicago, the table's CST, is on CDT.
        ("Wednesday at 9 works.", "America/Regina", "Regina time, CST", "-0400",
         datetime(2028, 3, 15, 9, 0)),
        ("Thursday at 1:30 works for me.", "America/Boise", "Boise time", "-0400",
         datetime(2028, 3, 16, 13, 30)),
    ],
)  # fmt: skip
def test_a_pick_of_an_offer_is_read_in_the_zone_the_outreach_names(
    body: str, home: str, zone_words: str, offset: str, start: datetime
) -> None:
    zone_words_tz = {
        "Arizona time, MST": _PHOENIX,
        "all Brisbane time, AEST": ZoneInfo("Australia/Brisbane"),
    }.get(zone_words, ZoneInfo(home))
    verdict = _read(body, ZoneInfo(home), zone_words, offset)
    assert verdict.certain
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, zone_words_tz) == [start]


@pytest.mark.parametrize(
    ("body", "home", "zone_words", "start"),
    [
        # Phoenix only ever goes by MST: the contact's "MST" is the user's clock.
        ("How about Tuesday 3/21 at 11am MST instead?", "UTC", "Arizona time",
         datetime(2028, 3, 21, 11, 0)),
        ("How about Tuesday 3/21 at 11am MST instead?", "America/Phoenix", "either is fine",
         datetime(2028, 3, 21, 11, 0)),
        ("Could we do Friday 3/17 at 2pm Boise time instead?", "America/Boise", "Boise time",
         datetime(2028, 3, 17, 14, 0)),
        # Near miss: MDT is never Phoenix's name; it stays Denver's clock, an hour ahead.
        ("How about Tuesday 3/21 at 11am MDT instead?", "UTC", "Arizona time",
         datetime(2028, 3, 21, 10, 0)),
    ],
)  # fmt: skip
def test_an_offer_in_the_users_own_zone_name(
    body: str, home: str, zone_words: str, start: datetime
) -> None:
    tz = ZoneInfo(home)
    verdict = _read(body, tz, zone_words)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _PHOENIX if home == "UTC" else tz) == [start]


def test_an_abbreviation_the_users_zone_wears_half_the_year_keeps_its_own_reading() -> None:
    # Near miss: "IST" is Dublin's summer name, not its only one; here it is India's clock.
    dublin = ZoneInfo("Europe/Dublin")
    verdict = _read("Could we do Tuesday 3/21 at 3pm IST instead?", dublin, "Dublin time", "+0530")
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, dublin) == [datetime(2028, 3, 21, 9, 30)]


def test_a_place_that_is_not_the_users_zone_is_no_zone() -> None:
    # Near miss: "Boise time" names a zone only for a user who lives on Boise's clock.
    verdict = _read("Thursday at 1:30 works for me.", _UTC, "Boise time")
    assert local_starts(verdict, ZoneInfo("America/Boise")) != [datetime(2028, 3, 16, 13, 30)]


@pytest.mark.parametrize(
    ("body", "intent", "start"),
    [
        ("Perdona, tengo que cancelar lo del miércoles a las 9. ¿Te viene bien el viernes 17 a"
         " las 11 (hora de Arizona) en su lugar?", Intent.RESCHEDULE, datetime(2028, 3, 17, 11, 0)),
        # Near miss: the exclamation after it offers nothing; the cancel stands alone.
        ("Tengo que cancelar lo del miércoles a las 9. ¡Lo siento mucho!", Intent.CANCEL, None),
    ],
)  # fmt: skip
def test_a_spanish_question_after_a_clock_time_is_its_own_sentence(
    body: str, intent: Intent, start: datetime | None
) -> None:
    verdict = _read(body, _PHOENIX, "Arizona time", "-0600")
    assert verdict.intent is intent
    assert local_starts(verdict, _PHOENIX) == ([start] if start else [])


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("Por ahora no puedo aceptar este tipo de reuniones y prefiero no comprometerme."
         " ¡Mucha suerte!", Intent.DECLINE),
        # Near misses: "not now" said alone stays a defer.
        ("Por ahora no, gracias. Escríbeme en mayo.", Intent.DEFER),
        ("Ahora no es buen momento, lo siento.", Intent.DEFER),
        ("Por ahora no; quizá más adelante.", Intent.DEFER),
    ],
)  # fmt: skip
def test_for_now_i_cannot_is_no_defer(body: str, intent: Intent) -> None:
    assert _read(body, _PHOENIX, "Arizona time", "-0600").intent is intent
