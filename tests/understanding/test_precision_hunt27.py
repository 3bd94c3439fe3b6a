"""Precision hunt 27: reschedules and cancels of a meeting the quoted thread settled.

Under "> Perfect, Thursday March 16 at 3:00 pm ET it is" (or a nested yes), a new time is a move
of that meeting, whatever the wording: "Would Monday at 2pm work instead?", "Can we do 2pm
instead?", "same time next week?", "push it back 30 minutes"; "ich muss leider absagen" calls it
off; "are we still on for Thursday at 3?" asks and picks nothing. A bare hour after a move and a
move onto the meeting's own time are doubted. Sentences of our own, with near misses under a
thread that only offers the time.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_NY = ZoneInfo("America/New_York")
# The reply is written on Wednesday 15 March 2028; the meeting is Thursday the 16th at 3pm.
_AGREED = (
    "\n\nOn Tue, Mar 14, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Perfect, Thursday March 16 at 3:00 pm ET it is. Talk then!\n>\n> Ada\n"
)
_NESTED = (
    "\n\nOn Tue, Mar 14, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Great, see you Thursday at 3pm then!\n>\n"
    "> On Mon, Mar 13, 2028 at 5:00 PM Kai Berg <kai@example.com> wrote:\n"
    ">> Thursday at 3 works for me.\n>>\n"
    ">> On Mon, Mar 13, 2028 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
    ">>> Could we talk for 30 minutes? Either of these would suit me:\n"
    ">>> - Thursday, March 16 at 3:00 pm\n>>> - Friday, March 17 at 10:00 am\n"
)
# Nothing settled: the user's one offer.
_OFFER = (
    "\n\nOn Tue, Mar 14, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai, would Thursday, March 16 at 3:00 pm ET work for a 20-minute chat? Happy to"
    " adapt.\n>\n> Ada\n"
)


def _read(body: str, quote: str) -> Verdict:
    return read_reply(body, tz=_NY, date="Wed, 15 Mar 2028 10:00:00 -0400", quote=quote)


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2028, 3, day, hour, minute)


# Cause 1: a new time under a settled meeting moves it (was a certain counter-offer).
# Cause 2: a dayless time or "same time" with no move word, read on the meeting's day or clock.
# Cause 3: a move by a length with its direction written, added to the settled meeting.
_MOVES = [
    (
        "Hey - a conflict popped up for tomorrow. Would Monday at 2pm work instead?",
        _AGREED,
        _at(20, 14),
    ),
    ("Change of plans on my end. Are you free Friday at 10 instead?", _AGREED, _at(17, 10)),
    (
        "I've moved the invite to Friday at 10am, hope that still works for you.",
        _AGREED,
        _at(17, 10),
    ),
    ("Need to bump us to 5pm tomorrow, hope that's ok", _AGREED, _at(16, 17)),
    ("Flight got changed - could we do Friday 3/17 at 2pm?", _NESTED, _at(17, 14)),
    ("Can we do 2pm instead?", _AGREED, _at(16, 14)),
    ("Would 3:30 work instead? I have a meeting running over.", _AGREED, _at(16, 15, 30)),
    (
        "Can we start at 3:15 instead? Need a few minutes after my prior meeting.",
        _AGREED,
        _at(16, 15, 15),
    ),
    ("Ugh, sorry - can we do same time next week?", _AGREED, _at(23, 15)),
    ("Need to move - could we do Friday same time?", _NESTED, _at(17, 15)),
    ("Could we push it back 30 minutes?", _AGREED, _at(16, 15, 30)),
    ("Could we start an hour later tomorrow?", _AGREED, _at(16, 16)),
    ("Could we move it up an hour?", _AGREED, _at(16, 14)),
    ("Could we do it half an hour earlier?", _AGREED, _at(16, 14, 30)),
    ("Can we push our call back an hour?", _NESTED, _at(16, 16)),
]


@pytest.mark.parametrize(("body", "quote", "start"), _MOVES)
def test_a_new_time_moves_the_settled_meeting(body: str, quote: str, start: datetime) -> None:
    verdict = _read(body, quote)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.RESCHEDULE
    assert local_starts(verdict, _NY) == [start]


# Near misses: the same words under the user's offer alone move nothing that was agreed.
@pytest.mark.parametrize(
    ("body", "intent", "start"),
    [
        (
            "Hey - a conflict popped up for tomorrow. Would Monday at 2pm work instead?",
            Intent.PROPOSE_TIMES,
            _at(20, 14),
        ),
        (
            "Change of plans on my end. Are you free Friday at 10 instead?",
            Intent.PROPOSE_TIMES,
            _at(17, 10),
        ),
        ("Thursday at 3 works!", Intent.ACCEPT, _at(16, 15)),
    ],
)
def test_under_an_offer_a_time_answers_it(body: str, intent: Intent, start: datetime) -> None:
    verdict = _read(body, _OFFER)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is intent
    assert local_starts(verdict, _NY) == [start]


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        ("Can we do 2pm instead?", _OFFER),
        ("Same time next week instead?", _OFFER),
        ("Could we push it back 30 minutes?", _OFFER),
        ("Could we start an hour later?", _OFFER),
        # Two lengths, or a length that is another event's, add up to no one new time.
        ("Could we push it back 30 minutes, or maybe an hour?", _AGREED),
        ("My 2pm got pushed back 30 minutes so I may be a bit late.", _AGREED),
        ("I'll be there 10 minutes later than planned, sorry.", _AGREED),
        # "Still on … the same time?" names the meeting's own time: nothing moves.
        ("Still on for tomorrow at the same time?", _AGREED),
    ],
)
def test_no_settled_meeting_or_no_one_time_stays_in_doubt(body: str, quote: str) -> None:
    verdict = _read(body, quote)
    assert not verdict.certain
    assert local_starts(verdict, _NY) == []


# Cause 4: a bare hour after a move, or a length after "up" / "d'", left unread: doubted (a
# certain reschedule with no window asks only for new times).
@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Mind pushing to 4?", "time_unread"),
        ("Any way we can do 4 instead of 3?", "time_unread"),
        ("Pouvons-nous décaler d'une heure ?", "shift_unread"),
    ],
)
def test_an_unread_new_hour_is_doubted(body: str, code: str) -> None:
    verdict = _read(body, _AGREED)
    assert verdict.intent is Intent.RESCHEDULE
    assert code in doubt_codes(verdict)


def test_an_unread_length_after_up_is_doubted_without_a_settled_meeting() -> None:
    verdict = _read("Could we move it up an hour?", _OFFER)
    assert "shift_unread" in doubt_codes(verdict)


def test_showing_up_an_hour_off_moves_nothing() -> None:
    # blind26 x03: "up" before a length, with no move verb, is no shift.
    body = "Happy to chat! Mexico City time or US Central? I don't want to show up an hour off."
    assert "shift_unread" not in doubt_codes(_read(body, _OFFER))


# Cause 5: a cancel under a settled meeting calls it off, also when the words would turn a
# request down, and under a nested yes to one of several offers (was a certain decline).
@pytest.mark.parametrize(
    ("body", "quote"),
    [
        ("Need to cancel, sorry.", _NESTED),
        ("Ich muss leider absagen. Finden wir einen neuen Termin?", _AGREED),
        ("Ik moet helaas afzeggen. Zullen we een ander moment zoeken?", _AGREED),
    ],
)
def test_a_cancel_calls_the_settled_meeting_off(body: str, quote: str) -> None:
    verdict = _read(body, quote)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.CANCEL
    assert verdict.proposed_times == ()


def test_turning_down_an_offer_is_still_a_no() -> None:
    verdict = _read("Ich muss Ihnen leider absagen.", _OFFER)
    assert verdict.intent is Intent.DECLINE


# Cause 6: asked whether the meeting stands, the reply picks nothing (was a certain accept).
@pytest.mark.parametrize(
    ("body", "quote"),
    [
        ("Are we still on for Thursday at 3?", _AGREED),
        ("Everything still fine for 3pm tomorrow on your end?", _AGREED),
        ("Bleibt es bei morgen um 15 Uhr?", _NESTED),
    ],
)
def test_still_on_asked_is_other(body: str, quote: str) -> None:
    verdict = _read(body, quote)
    assert verdict.intent is Intent.OTHER
    assert verdict.proposed_times == ()


@pytest.mark.parametrize(
    "body",
    [
        "Still good for tomorrow at 3pm, see you then.",
        "Thursday at 3 still works for me, see you then!",
    ],
)
def test_still_on_said_is_a_yes(body: str) -> None:
    verdict = _read(body, _AGREED)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.ACCEPT


# Cause 7: a move whose new time is the settled meeting's own (the slot given up).
@pytest.mark.parametrize(
    "body",
    [
        "I can no longer make Thursday at 3pm. Could we find another slot?",
        "I can no longer make Thursday at 3pm. Could we do Friday at 10 instead?",
    ],
)
def test_a_move_onto_the_meeting_itself_is_doubted(body: str) -> None:
    verdict = _read(body, _AGREED)
    assert "move_to_agreed_time" in doubt_codes(verdict)


# Cause 8: "cancel another meeting" is the sender's other event, not this meeting.
@pytest.mark.parametrize(
    "body",
    [
        "We're still on! I had to cancel another meeting but yours stays.",
        "I had to cancel another call to make this work, see you tomorrow at 3.",
    ],
)
def test_another_event_cancelled_is_no_cancel(body: str) -> None:
    assert _read(body, _AGREED).intent is not Intent.CANCEL


def test_a_cancel_of_this_meeting_still_cancels() -> None:
    verdict = _read("So sorry, I have to cancel - family emergency.", _AGREED)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.CANCEL
