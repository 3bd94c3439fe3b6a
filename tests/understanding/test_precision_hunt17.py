"""Precision hunt 17: long corporate Outlook threads.

Replies from a sender in Chicago under an Outlook "From: / Sent: / To: / Cc: / Subject:" block
holding the user's two offers (Thursday 16 March 3pm and Friday 17 March 10am, New York), with
a signature, a dial-in and a disclaimer. The sender's standing hours ("I'm usually reachable
7:30-4 Central", "Ich bin Mo-Fr 8-17 Uhr erreichbar"), "too early" said of a time restated on
the sender's clock, phone numbers in the words and a reply that points at times in its own
quoted message never became a certain wrong reading. Sentences of our own, with near misses.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_NY = ZoneInfo("America/New_York")
_THU = datetime(2028, 3, 16, 15, 0)
_FRI = datetime(2028, 3, 17, 10, 0)
_SIGNATURE = (
    "\n\nKai Berg | Director, Supply Chain Analytics\n"
    "Acme Logistics | 1200 17th St, Suite 400, Denver, CO 80202\n"
    "o: 303-555-0192 | m: +1 (612) 555 0101\n"
)
_OUTLOOK = (
    "\n________________________________\n"
    "From: Ada Obi <ada@example.com>\nSent: Monday, March 13, 2028 8:00 AM\n"
    "To: Kai Berg <kai@example.com>\nCc: Lee Park <lee.park@corp.example>\n"
    "Subject: RE: Coffee chat\n\n"
    "Hi Kai,\n\nWould either of these work for a 30-minute call?\n\n"
    "- Thursday, March 16 at 3:00 pm ET\n- Friday, March 17 at 10:00 am ET\n\nBest,\nAda\n"
)
# The sender's own earlier message, quoted under the user's: its times are not the user's.
_OWN = (
    "\n________________________________\n"
    "Von: Kai Berg <kai@example.com>\nGesendet: Freitag, 10. März 2028 16:12\n"
    "An: Ada Obi <ada@example.com>\nBetreff: RE: Coffee chat\n\n"
    "Ada - happy to help. I could do Wednesday at 2 or Thursday at 11 CT.\n\nKai\n"
)


def _read(body: str, quote: str = _OUTLOOK) -> Verdict:
    return read_reply(
        body + _SIGNATURE, tz=_NY, date="Tue, 14 Mar 2028 09:12:00 -0500", quote=quote
    )


def _never_certain_and_wrong(verdict: Verdict, intent: Intent, starts: list[datetime]) -> None:
    if verdict.certain:
        assert verdict.intent is intent
        assert local_starts(verdict, _NY) == starts


# Cause 1: the sender's standing hours read as offers on the day the reply picked.
@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Friday works. I'm usually reachable 7:30-4 Central.", _FRI),
        ("Thursday works. Reachable at my desk 8:30-4:30 CT if anything changes.", _THU),
        ("Friday works. I'm generally available 9-5 Central, Mon-Fri.", _FRI),
        ("Friday works - my hours are 7:30-4 MT.", _FRI),
        ("Donnerstag passt. Ich bin Mo-Fr 8-17 Uhr erreichbar.", _THU),
        ("Jeudi me convient. Je suis joignable de 9h à 18h.", _THU),
        (
            "Friday works for me.\n\nKai\nVP Operations\nAcme Logistics Inc.\n1200 17th St\n"
            "Denver, CO 80202\nPhone: (303) 555-0192 x 220\nConf Rm 4B\nWorking hours 9-6 CET",
            _FRI,
        ),
    ],
)
def test_standing_hours_offer_no_time(body: str, start: datetime) -> None:
    verdict = _read(body)
    assert set(local_starts(verdict, _NY)) <= {start}
    _never_certain_and_wrong(verdict, Intent.ACCEPT, [start])


# Cause 2: one of the user's times restated on the sender's clock and found too early.
@pytest.mark.parametrize(
    "body",
    [
        "Friday 10am ET is 8am here in Denver - too early with school drop-off. Thursday is fine.",
        "Friday 10 ET is 7am for me in Seattle, too early. Thursday works.",
        "Freitag 10 Uhr ET ist 7 Uhr bei mir, zu früh für einen Call. Donnerstag passt.",
        "Vendredi 10h ET, c'est 16h à Paris et je suis en comité. Jeudi me va.",
    ],
)
def test_a_time_found_too_early_is_not_picked(body: str) -> None:
    verdict = _read(body)
    assert _FRI not in local_starts(verdict, _NY)
    _never_certain_and_wrong(verdict, Intent.ACCEPT, [_THU])


# Cause 3: a phone number in the words, beside a pick.
@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Friday works. Call me at 303-555-0192 at the time.", _FRI),
        ("Friday works. Call me at 303-555-0192 ext. 4410 at the time.", _FRI),
        ("Thursday works - call me on +1 (612) 555 0101.", _THU),
        ("Jeudi me convient. Call me at 06 12 34 56 78.", _THU),
    ],
)
def test_a_phone_number_beside_a_pick_is_no_time_and_no_channel(body: str, start: datetime) -> None:
    verdict = _read(body)
    assert verdict.intent is not Intent.OTHER or not verdict.certain
    assert set(local_starts(verdict, _NY)) <= {start}
    _never_certain_and_wrong(verdict, Intent.ACCEPT, [start])


# Cause 4: the reply points at times in the sender's own quoted message.
@pytest.mark.parametrize(
    "body",
    [
        "See my note below - any of those times?",
        "My options from Friday still stand - let me know.",
        "Any of the times in my earlier note?",
        "Neither works, sorry. My earlier options still stand.",
        "Mes créneaux précédents tiennent toujours.",
    ],
)
def test_a_pointer_to_times_in_the_quoted_history_is_doubted(body: str) -> None:
    verdict = _read(body, _OUTLOOK + _OWN)
    assert not verdict.certain
    assert "times_in_history" in doubt_codes(verdict)


# Near misses: readings that stay.
@pytest.mark.parametrize(
    ("body", "intent", "starts"),
    [
        ("Thursday at 3 ET works for me.", Intent.ACCEPT, [_THU]),
        ("Thursday 3pm ET is 2pm for me - works great.", Intent.ACCEPT, [_THU]),
        (
            "Thursday 3pm ET is 2pm for me, not too early at all. See you then.",
            Intent.ACCEPT,
            [_THU],
        ),
        (
            "I'm available Monday 3/20 at 11am CT.",
            Intent.PROPOSE_TIMES,
            [datetime(2028, 3, 20, 12, 0)],
        ),
        (
            "As I said below, Wednesday at 2 CT works best - does that suit?",
            Intent.PROPOSE_TIMES,
            [datetime(2028, 3, 15, 15, 0)],
        ),
        ("Thursday 3pm ET works. My offer to help still stands either way.", Intent.ACCEPT, [_THU]),
        ("Sure - call me at 303-555-0192.", Intent.OTHER, []),
        ("Thursday works. Dial 303 555 0192 at 3.", Intent.ACCEPT, [_THU]),
    ],
)
def test_near_misses_keep_their_reading(body: str, intent: Intent, starts: list[datetime]) -> None:
    verdict = _read(body, _OUTLOOK + _OWN)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is intent
    assert local_starts(verdict, _NY) == starts


def test_office_hours_held_for_callers_are_no_certain_accept() -> None:
    # "I keep office hours … grab any slot then": the hours are offered, not the sender's habit.
    verdict = _read("I keep office hours Tuesdays 2-4 CT - grab any slot then next week.")
    assert not verdict.certain
