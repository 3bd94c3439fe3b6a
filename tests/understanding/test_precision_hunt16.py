"""Precision hunt 16: terse phone English (lowercase, shorthand, no apostrophes).

Phone shorthand is spelled out before any table reads it ("tmrw", "nxt wk", "doesnt", "fri
am"); a zone's abbreviation typed in lower case after "am"/"pm" ("10am pt") is doubted, as is a
question about "the 10th", "3/24" or "next week", and a cancel that asks for another day in its
place. Sentences of our own, with near misses.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_NY = ZoneInfo("America/New_York")
_HEADER = "\n\nOn Mar 16, 2031, at 6:40 PM, Ada Obi <ada@example.com> wrote:\n\n"
_ASK = _HEADER + "> Hi Kai, would you be open to a 20 min chat in the next few weeks?\n>\n> Ada\n"
_OFFERS = (
    _HEADER + "> Could we talk for 30 minutes? Either of these works for me:\n>\n"
    "> - Thursday, March 20 at 3:00 PM\n> - Friday, March 21 at 10:00 AM\n>\n> Ada\n"
)
_AGREED = _HEADER + "> Great, see you Monday 3/17 at 4pm ET!\n>\n> Ada\n"
_THU_3PM = datetime(2031, 3, 20, 15, 0)


def _read(body: str, quote: str) -> Verdict:
    """A reply written on Monday 17 March 2031 from New York."""
    return read_reply(body, tz=_NY, date="Mon, 17 Mar 2031 10:00:00 -0400", quote=quote)


# Cause 1: shorthand the tables did not know ("nxt" was no "next", "doesnt" no "doesn't").
@pytest.mark.parametrize(
    ("body", "quote", "intent", "starts"),
    [
        ("cant this wk. nxt tues 10am?", _ASK, Intent.PROPOSE_TIMES, [datetime(2031, 3, 25, 10)]),
        ("nxt wk tues at 11am works", _ASK, Intent.PROPOSE_TIMES, [datetime(2031, 3, 25, 11)]),
        ("2moro at 9am?", _ASK, Intent.PROPOSE_TIMES, [datetime(2031, 3, 18, 9)]),
        ("can we push to tmrw same time", _AGREED, Intent.RESCHEDULE, [datetime(2031, 3, 18, 16)]),
        # near misses: written out, they read as before
        ("next week tues at 11am works", _ASK, Intent.PROPOSE_TIMES, [datetime(2031, 3, 25, 11)]),
        ("tomorrow at 9am?", _ASK, Intent.PROPOSE_TIMES, [datetime(2031, 3, 18, 9)]),
        ("thurs works 👍", _OFFERS, Intent.ACCEPT, [_THU_3PM]),
    ],
)
def test_phone_shorthand_reads_as_the_words_it_stands_for(
    body: str, quote: str, intent: Intent, starts: list[datetime]
) -> None:
    verdict = _read(body, quote)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is intent
    assert local_starts(verdict, _NY) == starts


@pytest.mark.parametrize(
    "body",
    [
        # "doesnt" was no refusal: the user's 3pm was read as accepted
        "thurs at 3 doesnt work, 4?",
        "fri 3 doesnt work, 4?",
        "thurs isnt great, fri?",
        # "nxt wk" named no week to ask about
        "cant this wk, nxt wk?",
        # "fri am" was 9am offered, not a part of the day holding the user's 10am
        "ok fri am works",
        "fri am works!",
        "thurs pm works",
    ],
)
def test_shorthand_that_hid_a_refusal_or_a_part_of_the_day_is_doubted(body: str) -> None:
    assert not _read(body, _OFFERS).certain


# Cause 2: a zone's abbreviation in lower case after am/pm was not read, the time taken as the
# sender's clock. Since round 34 it is read after am/pm ("pt" is Pacific), as in capitals, with
# the doubts capitals bring ("pst", "cst" are also the Philippines' and China's); one that is
# also a word ("est", "et") stays unread and doubted unless the clause ends on it (round 41:
# "3pm est." reads as in capitals).
@pytest.mark.parametrize(
    ("body", "doubt"),
    [
        ("wed 3/26 at 9am pst", "zone_name_ambiguous"),
        ("3pm cst on fri?", "zone_name_ambiguous"),
        ("thurs 3/20 at 3pm est ok for u", "reply_zone_unread"),
    ],
)
def test_a_lowercase_zone_after_am_pm_is_doubted(body: str, doubt: str) -> None:
    verdict = _read(body, _ASK)
    assert not verdict.certain
    assert doubt in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("tues 3/25 at 10am PT", datetime(2031, 3, 25, 13)),
        ("tues 3/25 at 10am pt", datetime(2031, 3, 25, 13)),
        ("fri 3/21 at 10am pt?", datetime(2031, 3, 21, 13)),
        ("thurs 11am ET", datetime(2031, 3, 20, 11)),
        ("tues 3/25 at 10am pacific", datetime(2031, 3, 25, 13)),
    ],
)
def test_a_zone_in_capitals_or_in_words_is_read(body: str, start: datetime) -> None:
    verdict = _read(body, _ASK)
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, _NY) == [start]


# Near misses: a bare "sounds good" to several offers stays a certain accept with no window (as
# in precision hunt 12), and one that picks a day picks its time.
@pytest.mark.parametrize(
    ("body", "starts"),
    [
        ("sounds good 👍", []),
        ("sounds good, see u thurs", [_THU_3PM]),
        ("sounds good! either", []),
        ("either works for me", []),
    ],
)
def test_sounds_good_keeps_its_reading(body: str, starts: list[datetime]) -> None:
    verdict = _read(body, _OFFERS)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _NY) == starts


# Cause 3: a question about a day of the month, a numeric date or a week was a certain `other`.
@pytest.mark.parametrize(
    "body", ["the 10th?", "the 24th?", "how about the 2nd?", "this wk?", "Next week?"]
)
def test_a_question_about_a_date_or_a_week_is_doubted(body: str) -> None:
    verdict = _read(body, _ASK)
    assert not verdict.certain
    assert "question_beside_time" in doubt_codes(verdict)


def test_a_question_with_no_day_stays_certain() -> None:
    verdict = _read("what's it about?", _ASK)
    assert verdict.certain
    assert verdict.intent is Intent.OTHER


# Cause 4: a cancel that asks for another day in its place was a certain cancel; with a time
# after a comma the new time was read as cancelled too.
@pytest.mark.parametrize(
    "body",
    [
        "have to bail today, can we do thurs 4 instead",
        "gotta cancel today, thurs instead?",
        "so sorry, need to cancel today. another day?",
        "je dois annuler aujourd'hui, on peut faire jeudi à la place ?",
        "tengo que cancelar hoy, ¿lo hacemos otro día?",
        "moet vandaag afzeggen, kan het een andere dag?",
    ],
)
def test_a_cancel_that_asks_for_a_replacement_is_doubted(body: str) -> None:
    verdict = _read(body, _AGREED)
    assert not verdict.certain
    assert "replacement_unread" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("have to bail today, can we do thurs at 4pm instead", datetime(2031, 3, 20, 16)),
        ("have to cancel today, can we do wed at 2pm instead", datetime(2031, 3, 19, 14)),
        ("have to bail today, thurs 4pm instead?", datetime(2031, 3, 20, 16)),
    ],
)
def test_a_cancel_with_a_new_time_after_a_comma_is_a_reschedule(body: str, start: datetime) -> None:
    verdict = _read(body, _AGREED)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.RESCHEDULE
    assert local_starts(verdict, _NY) == [start]


@pytest.mark.parametrize(
    "body",
    [
        "need to cancel today sorry 🙏",
        "gotta cancel, sick. sry",
        "have to cancel today, sorry - I'll cancel the invite instead of moving it",
        "have to cancel today, sorry. I'll be in touch instead.",
        "so sorry, need to cancel today. maybe another time!",
    ],
)
def test_a_plain_cancel_stays_certain(body: str) -> None:
    verdict = _read(body, _AGREED)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.CANCEL
