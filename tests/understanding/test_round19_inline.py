"""Round 19, answers under quoted lines: a bare yes under one of the user's offer lines picks
that line's time; "push to …" under the user's list is a counter-offer, not a move; an answer
opening "That's 6am Wednesday here" says the user's own time again; "the earlier one" is a
place in time. Sentences of our own, each rule with a near miss.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_CHICAGO = ZoneInfo("America/Chicago")
_ATTRIBUTION = "On Sun, Nov 7, 2027 at 6:00 PM Ada Obi <ada@example.com> wrote:\n"
_INTRO = "> Would you have 20 minutes? Any of these (Central time, CT):\n>\n"
_TUESDAY = "> - Tuesday, November 9 at 11:00 AM CT\n"
_WEDNESDAY = "> - Wednesday, November 10 at 3:00 PM CT\n"
_THURSDAY = "> - Thursday, November 11 at 9:00 AM CT\n"
_CLOSING = ">\n> Thanks,\n> Ada Obi\n> Chicago, IL (Central time)\n"


def _inline(tuesday: str, wednesday: str, thursday: str = "", offset: str = "-0600") -> Verdict:
    """The user's three offers, each answered (or not) on the line under it."""
    answers = [(_TUESDAY, tuesday), (_WEDNESDAY, wednesday), (_THURSDAY, thursday)]
    body = "Hi Ada, see below.\n\n" + _ATTRIBUTION + _INTRO
    body += "".join(line + (f"\n{answer}\n\n" if answer else "") for line, answer in answers)
    return read_reply(
        body + _CLOSING,
        tz=_CHICAGO,
        date=f"Mon, 8 Nov 2027 09:00:00 {offset}",
        to="Ada Obi <ada@example.com>",
    )


def _starts(verdict: Verdict) -> list[datetime]:
    return local_starts(verdict, _CHICAGO)


_WEDNESDAY_3 = datetime(2027, 11, 10, 15, 0)


@pytest.mark.parametrize(
    "yes",
    [
        "This one works for me!",
        "Yes, that's perfect. I'll send a video link the day before.",
        "Celui-ci me convient.",
        "Der passt.",
    ],
)
def test_a_bare_yes_under_an_offer_line_picks_that_line(yes: str) -> None:
    verdict = _inline("no, sorry", yes, "no")
    assert verdict.intent is Intent.ACCEPT
    assert _starts(verdict) == [_WEDNESDAY_3]
    assert verdict.certain


@pytest.mark.parametrize(
    ("tuesday", "wednesday"),
    [
        # Two lines answered with a yes: which one is meant is for the user.
        ("This works.", "This one works too."),
        # A yes that still asks for another time.
        ("no", "This one works, but a bit later would suit me better."),
        ("no", "Works for me, or is an earlier time easier for you?"),
        ("no", "Works for me in the morning."),
        # The yes sits under Wednesday's line: Thursday named beside it is no pick of Thursday.
        ("no", "Works for me, or maybe Thursday?"),
    ],
)
def test_a_yes_that_singles_out_no_line_picks_nothing(tuesday: str, wednesday: str) -> None:
    verdict = _inline(tuesday, wednesday)
    assert not (verdict.certain and verdict.proposed_times)


def test_im_in_the_office_is_no_yes() -> None:
    # "I'm in!" agrees; "I'm in the office that afternoon" only says where the sender is.
    verdict = _inline("no", "I'm in the office that afternoon.")
    assert verdict.intent is not Intent.ACCEPT
    assert not verdict.certain


def test_a_yes_under_a_line_with_two_times_picks_nothing() -> None:
    body = (
        "Hi Ada.\n\n" + _ATTRIBUTION + _INTRO + "> - Wednesday, November 10 at 11 AM or 3 PM CT\n"
        "\nWorks for me!\n\n" + _THURSDAY + "\nno\n\n" + _CLOSING
    )
    verdict = read_reply(
        body, tz=_CHICAGO, date="Mon, 8 Nov 2027 09:00:00 -0600", to="Ada Obi <ada@example.com>"
    )
    assert not verdict.proposed_times
    assert "pick_without_time" in doubt_codes(verdict)


_WEDNESDAY_430 = datetime(2027, 11, 10, 16, 30)


@pytest.mark.parametrize(
    "counter",
    [
        "That clashes with our standup. Could we push to 4:30pm that same Wednesday?",
        "Could we bump it to 4:30pm instead?",
        "Pourrait-on décaler à 16h30 ?",
    ],
)
def test_a_move_under_the_users_list_is_a_counter_offer(counter: str) -> None:
    verdict = _inline("no, sorry", counter)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert _starts(verdict) == [_WEDNESDAY_430]


def test_a_move_of_our_call_under_the_list_stays_a_move() -> None:
    verdict = _inline("no", "Could we push our call to 4:30pm that same Wednesday?")
    assert verdict.intent is Intent.RESCHEDULE


def test_a_move_under_a_confirmation_above_the_old_list_stays_a_move() -> None:
    body = (
        "Hi Ada.\n\n" + _ATTRIBUTION + "> Great, Wednesday, November 10 at 3:00 PM CT it is!\n"
        "\nSomething came up: could we push to 4:30pm that same Wednesday?\n\n"
        ">\n> > Any of these (Central time, CT):\n> >\n"
        + "".join("> " + line for line in (_TUESDAY, _WEDNESDAY, _THURSDAY))
        + _CLOSING
    )
    verdict = read_reply(
        body, tz=_CHICAGO, date="Mon, 8 Nov 2027 09:00:00 -0600", to="Ada Obi <ada@example.com>"
    )
    assert verdict.intent is Intent.RESCHEDULE


def test_a_move_under_the_one_agreed_time_stays_a_move() -> None:
    body = (
        "Hi Ada.\n\n" + _ATTRIBUTION + "> Great, see you Wednesday, November 10 at 3:00 PM CT.\n"
        "\nSomething came up: could we push to 4:30pm that same Wednesday?\n\n" + _CLOSING
    )
    verdict = read_reply(
        body, tz=_CHICAGO, date="Mon, 8 Nov 2027 09:00:00 -0600", to="Ada Obi <ada@example.com>"
    )
    assert verdict.intent is Intent.RESCHEDULE


_THURSDAY_TOKYO_10 = datetime(2027, 11, 10, 19, 0)


@pytest.mark.parametrize(
    "restated",
    [
        "That's 6am Thursday here, too early for me.",
        "That's 6am on Thursday for me, sadly I commute then.",
    ],
)
def test_an_answer_opening_on_thats_says_the_users_time_again(restated: str) -> None:
    # Wednesday 3pm CT is Thursday 6am in Tokyo; the offer is the closing line's.
    verdict = _inline(
        "That's 2am Wednesday here.",
        restated + "\n\nCould we try Thursday 11 Nov at 10am JST instead?",
        offset="+0900",
    )
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert _starts(verdict) == [_THURSDAY_TOKYO_10]


@pytest.mark.parametrize(
    "pick",
    [
        # Near misses: no "that's", or "that's" in a sentence that says yes to it.
        "Thursday 6am my time works for me.",
        "That's 6am Thursday here, works for me.",
    ],
)
def test_the_users_time_said_to_suit_is_still_a_pick(pick: str) -> None:
    verdict = _inline("no", pick, offset="+0900")
    assert verdict.intent is Intent.ACCEPT
    assert _starts(verdict) == [_WEDNESDAY_3]


def _two(body: str, offers: str) -> Verdict:
    quote = (
        "\n\n" + _ATTRIBUTION + f"> Would you have 20 minutes? {offers}\n>\n> Ada Obi\n"
        "> Chicago, IL (Central time)\n"
    )
    return read_reply(
        body,
        tz=_CHICAGO,
        date="Mon, 8 Nov 2027 09:00:00 -0600",
        quote=quote,
        to="Ada Obi <ada@example.com>",
    )


_TWO = "Thursday, November 11 at 9:00 AM CT or Tuesday, November 9 at 11:00 AM CT."
_THREE = (
    "Thursday, November 11 at 9:00 AM CT, Wednesday, November 10 at 3:00 PM CT or"
    " Tuesday, November 9 at 11:00 AM CT."
)


@pytest.mark.parametrize(
    ("body", "offers", "start"),
    [
        ("Both are fine, let's do the earlier one.", _TWO, datetime(2027, 11, 9, 11, 0)),
        ("The later one works for me.", _TWO, datetime(2027, 11, 11, 9, 0)),
        ("Let's do the earliest slot.", _THREE, datetime(2027, 11, 9, 11, 0)),
    ],
)
def test_the_earlier_one_is_a_place_in_time(body: str, offers: str, start: datetime) -> None:
    verdict = _two(body, offers)
    assert verdict.intent is Intent.ACCEPT
    assert _starts(verdict) == [start]
    assert verdict.certain


@pytest.mark.parametrize(
    ("body", "offers"),
    [
        # Among three times "the earlier one" points at none.
        ("Let's do the earlier one.", _THREE),
        # Asking for another time is no pick.
        ("Would an earlier one be possible? Works for me otherwise.", _TWO),
    ],
)
def test_earlier_that_points_at_no_offer_picks_nothing(body: str, offers: str) -> None:
    verdict = _two(body, offers)
    assert not (verdict.certain and verdict.proposed_times)
