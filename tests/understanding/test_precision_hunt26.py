"""Precision hunt 26: accepts and picks in plain Gmail.

Each cause left a clear pick uncertain, or read a pick certain but wrong; each is now read
right or doubted. Sentences of our own, with near misses. The user lives in New York and
offered Tuesday 6 February 2029 at 2pm, Thursday 8 February at 10:30am and Friday 9 February
at 4pm (Eastern), in a Gmail reply quoted under the sender's answer.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

NY = ZoneInfo("America/New_York")
DATE = "Mon, 5 Feb 2029 10:00:00 -0500"
_ON = "\n\nOn Mon, Feb 5, 2029 at 9:05 AM Ada Obi <ada@example.com> wrote:\n"
THREE = (
    _ON + "> Hi Kai, would any of these work for a quick 30-min chat?\n>\n"
    "> - Tuesday, Feb 6 at 2 PM ET\n> - Thursday, Feb 8 at 10:30 AM ET\n"
    "> - Friday, Feb 9 at 4 PM ET\n>\n> Thanks,\n> Ada\n"
)
TWO = _ON + "> Would Tuesday, Feb 6 at 2 PM ET or Thursday, Feb 8 at 10:30 AM ET work?\n"
NEXT_WEEK = _ON + "> Would Thursday, Feb 15 at 10:30 AM ET or Friday, Feb 16 at 4 PM ET work?\n"
PACIFIC = _ON + "> Would Tuesday, Feb 6 at 1pm PT / 4pm ET or Thursday, Feb 8 at 10am PT work?\n"
# The clocks go forward on Sunday 11 March 2029.
SPRING = (
    "\n\nOn Thu, Mar 8, 2029 at 9:05 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would Friday, Mar 9 at 3 PM ET or Tuesday, Mar 13 at 11 AM ET work?\n"
)
SPRING_DATE = "Thu, 8 Mar 2029 10:00:00 -0500"
TUESDAY, THURSDAY, FRIDAY = (
    datetime(2029, 2, 6, 14),
    datetime(2029, 2, 8, 10, 30),
    datetime(2029, 2, 9, 16),
)


def _read(body: str, quote: str = THREE, date: str = DATE) -> Verdict:
    return read_reply(body, tz=NY, date=date, quote=quote)


def _picks(verdict: Verdict, start: datetime) -> None:
    assert verdict.certain, doubt_codes(verdict)
    assert (verdict.intent, local_starts(verdict, NY)) == (Intent.ACCEPT, [start])


# The day said to suit in the words people write: "tuesday's good!", "Tuesday it is", "Tuesday
# please", "I'll take Tuesday", "let's go with Tuesday", "see you Thursday" had no yes cue.
@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("tuesday's good!", TUESDAY),
        ("Tuesday it is!", TUESDAY),
        ("Tuesday please", TUESDAY),
        ("I'll take Tuesday.", TUESDAY),
        ("Let's go with Tuesday.", TUESDAY),
        ("Tuesday's best for me.", TUESDAY),
        ("friday's fine", FRIDAY),
        ("See you Thursday!", THURSDAY),
    ],
)
def test_a_day_said_to_suit_picks_it(body: str, start: datetime) -> None:
    _picks(_read(body), start)


# The day picked by its date: the number after the month or the slash was taken for a loose
# hour ("8 works"), and "Tue 3/13" for Tuesday at 3.
@pytest.mark.parametrize(
    ("body", "quote", "date", "start"),
    [
        ("Feb 8 works", THREE, DATE, THURSDAY),
        ("2/8 works", THREE, DATE, THURSDAY),
        ("8th is good", THREE, DATE, THURSDAY),
        ("Tue 3/13 works.", SPRING, SPRING_DATE, datetime(2029, 3, 13, 11)),
        ("The 13th works for me", SPRING, SPRING_DATE, datetime(2029, 3, 13, 11)),
    ],
)
def test_a_date_said_to_suit_picks_its_offer(
    body: str, quote: str, date: str, start: datetime
) -> None:
    _picks(_read(body, quote, date), start)


@pytest.mark.parametrize("body", ["Feb 15 works", "The 10th works.", "Monday works"])
def test_a_day_the_user_did_not_offer_is_no_pick(body: str) -> None:
    verdict = _read(body)
    assert not verdict.certain
    assert verdict.proposed_times == ()


# A place in the list with a yes the reader did not know.
@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Second option please", THURSDAY),
        ("The last one is best.", FRIDAY),
        ("#3 works", FRIDAY),
    ],
)
def test_a_place_in_the_list_picks_it(body: str, start: datetime) -> None:
    _picks(_read(body), start)


# A yes to every offer, leaving the choice to the user: an accept with no window.
@pytest.mark.parametrize(
    "body",
    [
        "either works - you choose",
        "Both work!",
        "Whatever's easiest for you.",
        "Cualquiera de los dos me va bien.",
        "Beides passt, du entscheidest.",
        "Les deux me vont, à vous de choisir.",
        "Entrambi vanno bene.",
    ],
)
def test_a_yes_to_every_offer_picks_none(body: str) -> None:
    verdict = _read(body, TWO)
    assert verdict.certain, doubt_codes(verdict)
    assert (verdict.intent, verdict.proposed_times) == (Intent.ACCEPT, ())


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Jeudi me va très bien.", THURSDAY),
        ("Mardi, c'est parfait.", TUESDAY),
        ("Vrijdag past mij goed.", FRIDAY),
    ],
)
def test_other_languages_day_said_to_suit(body: str, start: datetime) -> None:
    _picks(_read(body), start)


# The user's only Thursday is next week's, or today's: the grammar took the coming Thursday,
# and the pick was left uncertain (`pick_on_another_date`, `pick_without_time`).
@pytest.mark.parametrize(
    ("body", "quote", "date", "start"),
    [
        ("Thursday works", NEXT_WEEK, DATE, datetime(2029, 2, 15, 10, 30)),
        ("thurs is good for me!", NEXT_WEEK, DATE, datetime(2029, 2, 15, 10, 30)),
        ("Thursday works", THREE, "Thu, 8 Feb 2029 07:00:00 -0500", THURSDAY),
        ("Thursday at 10:30 works, talk soon", THREE, "Thu, 8 Feb 2029 07:00:00 -0500", THURSDAY),
        ("Tomorrow works!", THREE, "Thu, 8 Feb 2029 17:00:00 -0500", FRIDAY),
    ],
)
def test_a_bare_weekday_picks_the_users_only_one(
    body: str, quote: str, date: str, start: datetime
) -> None:
    _picks(_read(body, quote, date), start)


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        # Near misses: "next" fixes a week, and a date names another day than the offer's.
        ("Next Thursday at 10:30 works", THREE),
        ("Friday the 9th works", NEXT_WEEK),
    ],
)
def test_a_week_or_date_the_sender_fixed_stays_doubted(body: str, quote: str) -> None:
    assert not _read(body, quote).certain


# A pick taken back with "actually no" was booked.
@pytest.mark.parametrize(
    "body",
    [
        "Tuesday works... actually no, I have a conflict. Thursday?",
        "Thursday works. Actually, no - I'm out that day.",
        "Friday at 4 is great. Actually nope, my flight is then.",
    ],
)
def test_a_pick_taken_back_is_doubted(body: str) -> None:
    verdict = _read(body)
    assert not verdict.certain
    assert "reply_corrects_itself" in doubt_codes(verdict)


def test_actually_no_problem_takes_nothing_back() -> None:
    _picks(_read("Actually, no problem - Thursday works."), THURSDAY)


# A yes that leans to a time of the sender's own was booked at the user's time.
@pytest.mark.parametrize(
    "body",
    [
        "Thursday is good, but 11 would be better than 10:30.",
        "Thursday works, though I'd prefer a bit later if you can.",
        "Friday works, but earlier would be better for me.",
    ],
)
def test_a_yes_leaning_to_another_time_is_doubted(body: str) -> None:
    verdict = _read(body)
    assert not verdict.certain
    assert "contradicting_intent_cues" in doubt_codes(verdict)


def test_a_preference_about_something_else_keeps_the_pick() -> None:
    _picks(_read("Thursday works, but a phone call would be better than Zoom."), THURSDAY)


def test_a_preferred_time_read_on_its_day_is_a_new_offer() -> None:
    verdict = _read("Tuesday is fine but 3pm would be easier for me.")
    assert verdict.certain
    assert (verdict.intent, local_starts(verdict, NY)) == (
        Intent.PROPOSE_TIMES,
        [datetime(2029, 2, 6, 15)],
    )


# "Tuesday works - that's 1pm for me": the sender's own clock for the day picked. When the
# Date header's clock is not the one the sender means, it was a certain new time at 1pm.
@pytest.mark.parametrize(
    "body",
    [
        "Tuesday works - that's 1pm for me in SF.",
        "Tuesday works, which is 1 pm here.",
        "Tuesday is great, that is 1pm my time.",
    ],
)
def test_a_pick_restated_on_another_clock_is_doubted(body: str) -> None:
    verdict = _read(body, PACIFIC)
    assert not verdict.certain
    assert "offer_restates_another" in doubt_codes(verdict)


def test_a_pick_restated_on_the_headers_clock_stays_a_pick() -> None:
    verdict = _read("Tuesday works - that's 1pm for me.", PACIFIC, "Mon, 5 Feb 2029 07:00:00 -0800")
    _picks(verdict, datetime(2029, 2, 6, 16))
