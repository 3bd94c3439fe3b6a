"""Round 31 (intent): what the reply's words do to the chat, beside the times they name.

A cancel the sender would be driven to ("something I'd then have to cancel") cancels nothing;
backing out under the user's list of times, before anything was booked, turns the request
down; "back on the 24th, try me then" puts the chat off; a hand-written "out for spring
break through Friday" is an absence; "4:30 instead of 4?" moves the agreed hour; a question
on another matter carries times that are not for the chat; and "tmrw at 8?" is tomorrow.
Sentences of our own, with near misses that keep their reading.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_TZ = ZoneInfo("America/Chicago")
_DATE = "Tue, 14 Mar 2028 10:00:00 -0500"
_OFFERS = (
    "\n\nOn Mon, Mar 13, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 20 minutes? I could do:\n"
    "> * Thursday, March 16 at 1:00pm CT\n"
    "> * Friday, March 17 at 10:00am CT\n"
    "> * Monday, March 20 at 3:30pm CT\n"
)
_AGREED = (
    "\n\nOn Mon, Mar 13, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Great, see you Thursday at 4 at the cafe!\n"
)


def _read(body: str, quote: str = _OFFERS, **envelope: str) -> Verdict:
    return read_reply(body, tz=_TZ, date=_DATE, quote=quote, **envelope)


_DECLINES = [
    # a cancel the sender would be driven to
    "I'd rather not commit to something I would then have to cancel. So it's a no from me.",
    "Prefiero no comprometerme a algo que luego tendría que cancelar, así que te digo que no.",
    "Ich möchte nichts zusagen, das ich dann absagen müsste. Ich muss leider ablehnen.",
    # backing out under the user's list, nothing booked yet
    "I'm going to bow out of this one, I'm no longer in research. Rooting for you!",
    "I'll have to back out of this, I moved to sales last year. Good luck!",
    "Thanks, but I need to pull out of the whole thing, I'm leaving the field.",
    # a slangy pass
    "gonna pass on this one, sorry. good luck!",
    "gotta pass, too much on my plate",
]


@pytest.mark.parametrize("body", _DECLINES)
def test_a_no_with_a_cancel_word_before_anything_was_booked_is_a_decline(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DECLINE
    assert verdict.proposed_times == ()


_CANCELS = [
    # a day named: the meeting is the thing called off
    "I'm going to bow out of tomorrow's call, something came up at home.",
    "I have to cancel Thursday, so sorry. I'll be in touch.",
    "Sorry, I need to back out of our Friday chat.",
    # "our" meeting, or "after all": one was booked, out of the thread's view
    "Sorry, I'll have to cancel our chat, work blew up.",
    "Apologies, I won't be able to make it after all and will have to cancel.",
]


@pytest.mark.parametrize("body", _CANCELS)
def test_a_cancel_that_names_the_day_stays_a_cancel(body: str) -> None:
    assert _read(body).intent is Intent.CANCEL


_DEFERS = [
    ("Happy to chat, but I'm offline for two weeks. I'm back Monday, March 27 - try me then.", 27),
    # "until" a day: back the day after, as the reader reads any "until"
    ("Glad to help! Travelling until Friday the 24th, call me then and we'll set it up.", 25),
    ("Sure, but I'm heads-down on a launch. Back on March 29, text me then?", 29),
]


@pytest.mark.parametrize(("body", "day"), _DEFERS)
def test_back_on_a_day_then_try_me_is_a_defer_with_that_day(body: str, day: int) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DEFER
    assert verdict.return_date == date(2028, 3, day)


_ABSENCES = [
    ("I'm out for spring break through Friday, March 17, and not reading mail.", 18),
    ("Hi! I'm out until Monday, March 20. I'm not checking email.", 21),
    ("I'll be out on vacation through March 22. Back soon.", 23),
]


@pytest.mark.parametrize(("body", "day"), _ABSENCES)
def test_a_hand_written_absence_notice_is_out_of_office(body: str, day: int) -> None:
    verdict = _read(body, quote="", headers="Auto-Submitted: auto-replied\n")
    assert verdict.intent is Intent.OUT_OF_OFFICE
    assert verdict.return_date == date(2028, 3, day)


def test_an_absence_wording_near_miss_keeps_other() -> None:
    # not an absence: the sender is out of a product, not of the office
    verdict = _read("We're out of stock until March 20, sorry.", quote="")
    assert verdict.intent is not Intent.OUT_OF_OFFICE


_MOVES = [
    "running late today, can we do 4:30 instead of 4? same place",
    "Could we say 4:45 instead of 4? Parking is a mess.",
    "ugh, traffic. 4:15 instead of 4?",
]


@pytest.mark.parametrize("body", _MOVES)
def test_a_new_hour_instead_of_the_agreed_one_is_a_reschedule(body: str) -> None:
    verdict = _read(body, quote=_AGREED)
    assert verdict.intent is Intent.RESCHEDULE
    assert verdict.proposed_times


_ASIDES = [
    "Got your note, I'll answer soon. Totally unrelated question: could you help at our "
    "meetup check-in on Thursday, March 23 from 5:30-6:30?",
    "Will reply properly later. On a different note, are you free to judge our hackathon "
    "Saturday March 25 at 10am?",
    "Thanks! Unrelated, but would you speak at our student night on Wednesday March 22 at 6pm?",
]


@pytest.mark.parametrize("body", _ASIDES)
def test_times_only_in_a_question_on_another_matter_are_not_offered(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.OTHER
    assert verdict.proposed_times == ()


def test_a_time_before_the_aside_still_counts() -> None:
    verdict = _read(
        "Thursday at 1 works for me! Unrelated question: are you going to the meetup on Friday?"
    )
    assert verdict.intent is Intent.ACCEPT


_OWN_CLOCK = [
    "Thursday's 1pm came and went for me, sorry. Any chance you're free next Tuesday "
    "or Wednesday afternoon instead? I'm in Denver, so Mountain time.",
]


@pytest.mark.parametrize("body", _OWN_CLOCK)
def test_an_offer_named_on_the_users_clock_from_another_zone_moves_nothing(body: str) -> None:
    verdict = read_reply(body, tz=_TZ, date="Fri, 17 Mar 2028 16:00:00 -0600", quote=_OFFERS)
    assert verdict.intent is Intent.PROPOSE_TIMES


_TOMORROW = ["tmrw at 8am? call my cell", "tmw 8am works?", "2morrow at 8am?"]


@pytest.mark.parametrize("body", _TOMORROW)
def test_phone_shorthand_for_tomorrow_names_the_day(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _TZ) == [datetime(2028, 3, 15, 8, 0)]
    assert "time_without_day" not in doubt_codes(verdict)


_REFERRALS = [
    (
        "Swamped this month, but two people I'd send you to: Lena Ortiz (lena@example.org) "
        "leads research at a bank, and Omar Haddad, who moved over from retail.",
        ["Lena Ortiz", "Omar Haddad"],
    ),
    (
        "honestly you should talk to my buddy Theo Brandt at the co-op instead of me, "
        "find him on linkedin",
        ["Theo Brandt"],
    ),
    (
        "Not my area. Folks I'd point you to: Rosa Kim (rosa.kim@example.org).",
        ["Rosa Kim"],
    ),
]


@pytest.mark.parametrize(("body", "names"), _REFERRALS)
def test_people_picked_for_the_user_are_referrals_with_or_without_an_address(
    body: str, names: list[str]
) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert [r.name for r in verdict.referrals] == names


def test_sending_you_a_link_is_no_referral() -> None:
    verdict = _read("I'd send you to our careers page, honestly. Good luck!")
    assert verdict.intent is not Intent.REFERRAL
