"""Round 17: a dotted clock ("um 14.30", "om 11.15", "10.30 BST") with a word that makes it a
time, clocks restated in a chain ("14:00 / 15:00 on your side") or as an equation ("your
16:00 is 19:30 for me"), a demo or a talk of the sender's own as a busy time, and an absence
that starts "ab morgen" with a promise to come back ("ich melde mich Mitte August") read as
a defer. Sentences of our own, each cause with a near miss.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_MUNICH = ZoneInfo("Europe/Berlin")
_LONDON = ZoneInfo("Europe/London")
_NEW_YORK = ZoneInfo("America/New_York")
_KOLKATA = ZoneInfo("Asia/Kolkata")
# The user, in Munich, offers two afternoons; the thread names the user's zone.
_QUOTE = (
    "\n\nOn Fri, Jul 9, 2027 at 9:00 AM Lena Brandt <lena@example.com> wrote:\n"
    "> Could we talk for 20 minutes? Thursday 15 July at 16:00 or Friday 16 July at 16:00"
    " (CEST).\n>\n> Lena Brandt\n> Munich (CEST, UTC+2)\n"
)


def _read(body: str, offset: str = "+0200") -> Verdict:
    return read_reply(
        body,
        tz=_MUNICH,
        date=f"Mon, 12 Jul 2027 09:00:00 {offset}",
        quote=_QUOTE,
        to="Lena Brandt <lena@example.com>",
    )


def _starts(verdict: Verdict) -> list[datetime]:
    return [w.start for w in verdict.proposed_times]


@pytest.mark.parametrize(
    ("body", "offset", "expected"),
    [
        ("Dienstag, 13. Juli um 14.30 passt mir gut.", "+0200", datetime(2027, 7, 13, 14, 30)),
        ("Kan het woensdag 14 juli om 11.15?", "+0200", datetime(2027, 7, 14, 11, 15)),
        ("Possiamo fare mercoledì 14 luglio alle 15.45?", "+0200", datetime(2027, 7, 14, 15, 45)),
        ("Could we do Wednesday 14 July at 9.45 BST?", "+0100", datetime(2027, 7, 14, 9, 45)),
    ],
)
def test_a_dotted_clock_with_a_cue_or_zone_is_read(
    body: str, offset: str, expected: datetime
) -> None:
    verdict = _read(body, offset)
    zone = _LONDON if "BST" in body else _MUNICH
    assert verdict.certain, doubt_codes(verdict)
    assert _starts(verdict) == [expected.replace(tzinfo=zone)]


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: an amount and a version number are no clocks.
        "Das Budget liegt bei 10.000 Euro. Dienstag, 13. Juli um 14 Uhr?",
        "We just moved to v2.30 of the firmware. Could we do Tuesday 13 July at 2pm?",
    ],
)
def test_amounts_and_versions_stay_out(body: str) -> None:
    assert _starts(_read(body)) == [datetime(2027, 7, 13, 14, 0, tzinfo=_MUNICH)]


@pytest.mark.parametrize(
    "body",
    [
        "Could you do Tuesday 13 July at 8am ET or Wednesday 14 July at 9am ET? Should be"
        " 14:00 / 15:00 on your side.",
        "Could you do Tuesday 13 July at 8am ET or Wednesday 14 July at 9am ET? If I did the"
        " math right, 14:00 and 15:00 for you.",
        "Tuesday 13 July at 8am ET or Wednesday 14 July at 9am ET would suit me"
        " (14:00 / 15:00 your time).",
    ],
)
def test_clocks_restated_in_a_chain_offer_nothing_new(body: str) -> None:
    verdict = _read(body, "-0400")
    assert verdict.certain, doubt_codes(verdict)
    assert _starts(verdict) == [
        datetime(2027, 7, 13, 8, 0, tzinfo=_NEW_YORK),
        datetime(2027, 7, 14, 9, 0, tzinfo=_NEW_YORK),
    ]


def test_a_dayless_offer_on_the_users_clock_stays_in_doubt() -> None:
    # Near miss: "or" lists two offers; only the last is said to be the user's, and no day
    # is named for either.
    verdict = _read("Could we do 14:00 or 15:00 on your side?", "-0400")
    assert not verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "Your 16:00 is 19:30 for me, a bit late. Can we do Tue 13 July at 12:30 IST?",
        "Your 16:00 = 19:30 for me, too late. Tuesday 13 July at 12:30 IST?",
        "Your 16:00 would be 19:30 for me, I'm commuting then. Tuesday 13 July, 12:30 IST?",
    ],
)
def test_the_users_clock_set_equal_to_the_senders_is_named_back(body: str) -> None:
    verdict = _read(body, "+0530")
    assert verdict.certain, doubt_codes(verdict)
    assert _starts(verdict) == [datetime(2027, 7, 13, 12, 30, tzinfo=_KOLKATA)]


def test_a_clock_equation_without_the_users_clock_stays_in_doubt() -> None:
    # Near miss: nothing says 10:00 is the user's; it may be a dayless offer of its own.
    verdict = _read("10:00 is 13:30 for me. Can we do Tue 13 July at 12:30 IST?", "+0530")
    assert not verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "Maandag ben ik vrij en dinsdagochtend heb ik een demo. Kan woensdag 14 juli om 10:00?",
        "Tuesday morning I have a demo. Would Wednesday 14 July at 10:00 work?",
        "Dienstagvormittag habe ich eine Präsentation. Ginge Mittwoch, 14. Juli um 10 Uhr?",
        "Mardi matin j'ai une formation. Mercredi 14 juillet à 10h ?",
    ],
)
def test_a_demo_of_the_senders_own_is_busy(body: str) -> None:
    verdict = _read(body)
    assert _starts(verdict) == [datetime(2027, 7, 14, 10, 0, tzinfo=_MUNICH)]


def test_a_demo_offered_to_the_user_is_an_offer() -> None:
    # Near miss: the demo is what the sender offers, not what fills their morning.
    verdict = _read("Happy to give you a demo! Tuesday 13 July at 10:00?")
    assert _starts(verdict) == [datetime(2027, 7, 13, 10, 0, tzinfo=_MUNICH)]


@pytest.mark.parametrize(
    ("body", "back"),
    [
        (
            "Ich bin ab morgen drei Wochen im Urlaub. Ich melde mich Mitte\nAugust bei Ihnen.",
            date(2027, 8, 15),
        ),
        (
            "Ab Mittwoch bin ich in Elternzeit, ich melde mich wieder Anfang August.",
            date(2027, 8, 1),
        ),
        (
            "I'm on holiday from tomorrow for three weeks. I'll be in touch in mid-August.",
            date(2027, 8, 15),
        ),
    ],
)
def test_an_absence_from_tomorrow_with_a_promise_to_return_is_a_defer(
    body: str, back: date
) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DEFER
    assert verdict.return_date == back


def test_from_a_day_back_in_the_office_is_the_return() -> None:
    # Near miss: "ab" before being back again is the return, not the absence's start.
    verdict = _read("Ich bin im Urlaub. Ab dem 16. August bin ich wieder im Büro.")
    assert verdict.return_date == date(2027, 8, 16)
