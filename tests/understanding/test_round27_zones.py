"""Round 27: zones and times in the user's own words and the sender's.

A name two clocks wear that day ("IST": India, Israel or Ireland; "PST": Pacific or Manila)
is settled when the thread itself says which: an offset written beside it, or the same
instant restated on a clock the reader knows ("9:30pm IST / 12pm ET"). A clock the sender
names in words the reader cannot place ("17h30 (heure de Dubaï)") is not the user's, even
when its date and clock equal one of the user's offers. Spanish "a mediodía" is noon, a
clock time, as "al mediodía" and "midi" are, not an hour-long lunch window.
Sentences of our own, each rule with near misses.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_UTC = ZoneInfo("UTC")
_KOLKATA = ZoneInfo("Asia/Kolkata")


def _quote(offers: str, sign_off: str = "Ada") -> str:
    """The user's outreach of Monday 17 September 2029: ``offers`` lines, then ``sign_off``."""
    lines = "".join(f"> - {offer}\n" for offer in offers.split("|"))
    return (
        "\n\nOn Mon, Sep 17, 2029 at 10:15 AM Ada Obi <ada@example.com> wrote:\n"
        f"> Would you have 20 minutes for a call? A few options:\n>\n{lines}>\n"
        f"> Thanks,\n> {sign_off}\n"
    )


def _read(body: str, offers: str, sign_off: str, offset: str, tz: ZoneInfo = _UTC) -> Verdict:
    return read_reply(
        body,
        tz=tz,
        date=f"Mon, 17 Sep 2029 18:00:00 {offset}",
        quote=_quote(offers, sign_off),
    )


@pytest.mark.parametrize(
    ("body", "offers", "sign_off", "offset", "zone", "start"),
    [
        # The same instant on a clock the reader knows: only India's IST matches.
        ("Wednesday works for me.", "Wed 19 Sep, 9:30pm IST / 12pm ET|Thu 20 Sep, 7:30pm IST",
         "Ada", "-0400", "Asia/Kolkata", datetime(2029, 9, 19, 21, 30)),
        ("Thursday at 15:00 IST suits me.", "Wed 19 Sep, 14:00 IST (09:30 BST)|"
         "Thu 20 Sep, 15:00 IST (10:30 BST)", "Ada", "+0100", "Asia/Kolkata",
         datetime(2029, 9, 20, 15, 0)),
        # An offset beside the name in the signature.
        ("Thursday at 4 works.", "Wed 19 Sep at 11am IST|Thu 20 Sep at 4pm IST",
         "Ada, Pune (IST, UTC+5:30)", "+0800", "Asia/Kolkata", datetime(2029, 9, 20, 16, 0)),
        ("Le mercredi à 11h me convient.", "Wed 19 Sep at 11am IST|Thu 20 Sep at 4pm IST",
         "Ada (IST = GMT+05:30)", "+0200", "Asia/Kolkata", datetime(2029, 9, 19, 11, 0)),
        # Another name: Pacific's PST, not Manila's, by its Eastern restatement.
        ("Thursday is good for me.", "Wed 19 Sep, 9am PDT|Thu 20 Sep, 9am PST / 12pm EDT",
         "Ada", "-0400", "America/Los_Angeles", datetime(2029, 9, 20, 9, 0)),
    ],
)  # fmt: skip
def test_a_name_the_thread_settles_is_no_doubt(
    body: str, offers: str, sign_off: str, offset: str, zone: str, start: datetime
) -> None:
    verdict = _read(body, offers, sign_off, offset)
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, ZoneInfo(zone)) == [start]


@pytest.mark.parametrize(
    ("body", "offers", "sign_off", "offset"),
    [
        # Near misses: nothing says which IST.
        ("Wednesday works for me.", "Wed 19 Sep, 9:30pm IST|Thu 20 Sep, 7:30pm IST", "Ada",
         "-0400"),
        # Two instants, not one restated: "2pm IST or 4pm UK" pins nothing.
        ("Thursday works for me.", "Wed 19 Sep, 2pm IST or 4pm UK time|Thu 20 Sep, 3pm IST",
         "Ada", "+0100"),
        # Pinned to another clock than the one read: Ireland's summer IST.
        ("Wednesday works for me.", "Wed 19 Sep, 9:30am IST|Thu 20 Sep, 2pm IST",
         "Ada, Dublin (IST, UTC+1)", "+0100"),
        # Clocks with no am/pm compare nothing.
        ("Wednesday works for me.", "Wed 19 Sep, 9 IST / 11 CEST|Thu 20 Sep, 2pm IST", "Ada",
         "+0200"),
        # Two lines pin the name to two clocks.
        ("Wednesday works for me.", "Wed 19 Sep, 9:30pm IST / 12pm ET|Thu 20 Sep, 2pm IST",
         "Ada (IST, UTC+1)", "-0400"),
    ],
)  # fmt: skip
def test_a_name_nothing_settles_stays_a_doubt(
    body: str, offers: str, sign_off: str, offset: str
) -> None:
    verdict = _read(body, offers, sign_off, offset)
    assert not verdict.certain
    assert "zone_name_ambiguous" in doubt_codes(verdict)


_INDIA_AND_GULF = "Wed 19 Sep, 12:30pm IST / 11am Dubai|Thu 20 Sep, 5:30pm IST / 4pm Dubai"


@pytest.mark.parametrize(
    "body",
    [
        "Je vous propose plutôt jeudi 20 septembre à 17h30 (heure de Dubaï).",
        "¿Qué tal el jueves 20 de septiembre a las 17:30 (hora de Dubái)?",
        "Could we do Thursday 20 Sep at 5:30pm (Abu Dhabi time) instead?",
        "Ginge auch Donnerstag, 20.9., um 17:30 Uhr (Dubaier Zeit)?",
    ],
)
@pytest.mark.parametrize("home", [_UTC, _KOLKATA])
def test_a_clock_the_sender_names_in_unknown_words_is_not_the_users(
    body: str, home: ZoneInfo
) -> None:
    verdict = _read(body, _INDIA_AND_GULF, "Ada (IST, UTC+5:30)", "+0400", home)
    # Read in the sender's clock, or left unsure: never the user's 5:30pm IST offer.
    assert local_starts(verdict, _KOLKATA) != [datetime(2029, 9, 20, 17, 30)] or not (
        verdict.certain
    )
    if verdict.certain:
        assert local_starts(verdict, ZoneInfo("Asia/Dubai")) == [datetime(2029, 9, 20, 17, 30)]


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: a bare clock equal to the user's offer is that offer.
        "Thursday at 5:30pm works for me.",
        "Jeudi à 17h30, parfait.",
        "El jueves a las 17:30 me va bien.",
    ],
)
def test_a_bare_clock_equal_to_an_offer_is_still_the_offer(body: str) -> None:
    verdict = _read(body, _INDIA_AND_GULF, "Ada (IST, UTC+5:30)", "+0400", _KOLKATA)
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, _KOLKATA) == [datetime(2029, 9, 20, 17, 30)]


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Si no, el viernes 21 a mediodía.", datetime(2029, 9, 21, 12, 0)),
        ("¿Te viene bien el jueves a mediodía?", datetime(2029, 9, 20, 12, 0)),
        ("Podría el miércoles 19 a mediodía, hora de Nueva York.", datetime(2029, 9, 19, 12, 0)),
        # Near misses: "al mediodía" and "midi" were noon already.
        ("¿Y el jueves al mediodía?", datetime(2029, 9, 20, 12, 0)),
        ("Et jeudi à midi ?", datetime(2029, 9, 20, 12, 0)),
    ],
)
def test_a_mediodia_is_noon_for_a_meetings_length(body: str, start: datetime) -> None:
    verdict = read_reply(body, tz=_UTC, date="Mon, 17 Sep 2029 18:00:00 -0400")
    assert verdict.intent is Intent.PROPOSE_TIMES
    [window] = verdict.proposed_times
    new_york = ZoneInfo("America/New_York")
    assert window.start.astimezone(new_york).replace(tzinfo=None) == start
    assert window.end is not None and (window.end - window.start).total_seconds() == 30 * 60


@pytest.mark.parametrize(
    ("body", "hours"),
    [
        # Near misses: lunch is still the hour a lunch takes, "por la tarde" the afternoon.
        ("Could we do Thursday at lunchtime?", 1),
        ("¿El jueves por la tarde?", 4),
    ],
)
def test_parts_of_the_day_keep_their_windows(body: str, hours: int) -> None:
    verdict = read_reply(body, tz=_UTC, date="Mon, 17 Sep 2029 18:00:00 -0400")
    [window] = verdict.proposed_times
    assert window.end is not None and (window.end - window.start).total_seconds() == hours * 3600


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: unknown words that spell the place the user signs from, or their clock.
        "Jeudi 20 septembre à 17h30 (heure de Pune), parfait.",
        "El jueves 20 a las 17:30 (hora de Pune) me va bien.",
        "Donnerstag, 20.9., 17:30 Uhr (Pune-Zeit) passt mir.",
    ],
)
def test_unknown_words_for_the_users_own_place_keep_the_offer(body: str) -> None:
    verdict = _read(body, _INDIA_AND_GULF, "Ada, Pune (IST, UTC+5:30)", "+0400", _UTC)
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, _KOLKATA) == [datetime(2029, 9, 20, 17, 30)]
