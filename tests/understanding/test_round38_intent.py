"""Round 38, intent and referrals: what replies_blind39 read in doubt.

A phone "can't swing it this season" (a season is no set of times turned down); "reach back
out the week of …"; a busy stretch up to a day, then "get in touch after that" / "melden Sie
sich danach"; a name typed all in lower case whose address spells it. Sentences of our own,
with near misses that keep their reading.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict
from workflows.understanding.verdict import Referral

_TZ = ZoneInfo("America/Edmonton")
# Wednesday 2 March 2033, 10:00 in Edmonton.
_DATE = "Wed, 02 Mar 2033 10:00:00 -0700"
_OFFERS = (
    "\n\nOn Tue, 1 Mar 2033 at 18:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these suit? (Mountain time)\n"
    "> - Tue 8 Mar, 10:00am\n"
    "> - Thu 10 Mar, 3:00pm\n"
)


def _read(body: str) -> Verdict:
    return read_reply(body, tz=_TZ, date=_DATE, quote=_OFFERS)


@pytest.mark.parametrize(
    "body",
    [
        "sorry ada, cant swing it this season. too much on my plate with the move.",
        "Can't make it work this year, I'm afraid - two launches and a new hire.",
        "Hi Ada, couldn't fit it in this semester, honestly. Good luck with it all!",
    ],
)
def test_no_for_a_long_stretch_turns_down_the_chat(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DECLINE
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "sorry, cant swing it this week. maybe the one after?",
        "Can't make it work this Thursday, sadly.",
    ],
)
def test_no_for_this_week_or_a_day_is_not_a_no_to_the_chat(body: str) -> None:
    assert _read(body).intent is not Intent.DECLINE


@pytest.mark.parametrize(
    ("body", "back"),
    [
        (
            "Slammed with a pilot right now. Could you reach back out the week of March 21?",
            date(2033, 3, 21),
        ),
        (
            "Busy busy. Reach out again the week of April 4 and we'll set something up.",
            date(2033, 4, 4),
        ),
        ("Not a good stretch for me - can you reach out the week of March 28?", date(2033, 3, 28)),
    ],
)
def test_reach_out_the_week_of_a_day_is_a_later(body: str, back: date) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DEFER
    assert verdict.return_date == back
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "back"),
    [
        (
            "Unfortunately I'm fully booked through March 20. Feel free to get in touch after"
            " that and we'll find a slot.",
            date(2033, 3, 21),
        ),
        (
            "Bis einschließlich 18. März bin ich leider voll ausgelastet. Melden Sie sich gerne"
            " danach noch einmal.",
            date(2033, 3, 19),
        ),
        (
            "Leider bin ich bis zum 25. März ausgebucht. Schreib mir gern danach nochmal!",
            date(2033, 3, 26),
        ),
    ],
)
def test_busy_up_to_a_day_then_after_that_is_a_later(body: str, back: date) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DEFER
    assert verdict.return_date == back
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "Leider bin ich komplett ausgebucht und kann nicht helfen.",
        "Unfortunately I'm fully booked and can't take this on. Best of luck.",
    ],
)
def test_busy_without_after_that_stays_a_no(body: str) -> None:
    assert _read(body).intent is Intent.DECLINE


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "cant take calls this month sorry!! but u should def talk to mia santos, she made"
            " the same jump. mia.santos@example.org",
            Referral("Mia Santos", "mia.santos@example.org"),
        ),
        (
            "no bandwidth rn :( maybe try leo brandt tho - leo.brandt@example.com",
            Referral("Leo Brandt", "leo.brandt@example.com"),
        ),
        (
            "lo siento, este mes no puedo. habla con lucia marin, ella hizo el cambio:"
            " lucia.marin@example.es",
            Referral("Lucia Marin", "lucia.marin@example.es"),
        ),
    ],
)
def test_lower_case_name_spelled_by_its_address_is_a_referral(body: str, person: Referral) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert list(verdict.referrals) == [person]
    assert verdict.certain, doubt_codes(verdict)


def test_first_name_only_beside_an_address_stays_in_doubt() -> None:
    verdict = _read("no time this month, sorry. talk to mia, she's great. mia.santos@example.org")
    assert not verdict.certain
    assert "referral_unread" in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada - sorry, remind me where we met? Just so I know who to pull in.",
        "Sorry Ada, remind me how we met? Want to make sure I send you to the right team.",
        "Bonjour Ada, rappelez-moi où nous nous sommes rencontrés ? Pour savoir qui mettre"
        " en copie.",
    ],
)
def test_asking_where_we_met_cannot_place_the_user(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.OTHER
    assert verdict.certain, doubt_codes(verdict)


def test_asking_where_we_met_beside_a_time_keeps_the_time() -> None:
    verdict = _read("Remind me where we met? Happy to chat anyway - Tuesday 8 March at 10 works.")
    assert verdict.intent is not Intent.OTHER
