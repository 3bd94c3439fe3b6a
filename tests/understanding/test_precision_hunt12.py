"""Precision hunt 12: picks among the times the user offered in the quoted outreach.

Each cause was a certain but wrong reading of a reply picking (or seeming to pick) one of the
user's times; each is now read right or doubted. Sentences of our own, with near misses that
keep their certain reading. The user lives in New York and offered Tuesday 6 February 2029 at
2pm, Thursday 8 February at 10:30am and Friday 9 February at 4pm (Eastern).
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
    _ON + "> Hi Kai, would any of these work?\n>\n> - Tuesday, Feb 6 at 2 PM ET\n"
    "> - Thursday, Feb 8 at 10:30 AM ET\n> - Friday, Feb 9 at 4 PM ET\n>\n> Ada\n"
)
TWO = _ON + "> Would Tuesday, Feb 6 at 2 PM ET or Thursday, Feb 8 at 10:30 AM ET work?\n"
TUESDAY, THURSDAY, FRIDAY = (
    datetime(2029, 2, 6, 14),
    datetime(2029, 2, 8, 10, 30),
    datetime(2029, 2, 9, 16),
)


def _read(body: str, quote: str = THREE, **envelope: str) -> Verdict:
    return read_reply(body, tz=NY, date=DATE, quote=quote, **envelope)


# An ordinal or a day of the month the reader does not place, beside a yes: the accept was
# read with no time, certain, while the sender had picked one of the user's times.
@pytest.mark.parametrize(
    "body",
    [
        "O primeiro está ótimo.",
        "O terceiro está ótimo.",
        "Il giorno 8 va bene.",
        "Il giorno 9 va bene, grazie!",
    ],
)
def test_a_pick_in_words_not_placed_is_doubted(body: str) -> None:
    verdict = _read(body)
    assert not verdict.certain
    assert "pick_without_time" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("La seconda opzione va bene.", THURSDAY),
        ("La seconda va bene.", THURSDAY),
        ("A segunda opção é perfeita, perfeito.", THURSDAY),
    ],
)
def test_italian_and_portuguese_feminine_ordinals_pick_their_place(
    body: str, start: datetime
) -> None:
    verdict = _read(body)
    assert verdict.certain
    assert (verdict.intent, local_starts(verdict, NY)) == (Intent.ACCEPT, [start])


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: numbers that point at nothing, and Dutch "prima" (fine), not Italian.
        "Happy to chat. We're a team of 12 with 3 PMs at 2 sites, so lots to cover.",
        "Beide zijn prima.",
        "Sounds good!",
    ],
)
def test_a_yes_with_no_pointer_stays_a_certain_accept_without_a_window(body: str) -> None:
    verdict = _read(body, TWO)
    assert verdict.certain
    assert (verdict.intent, verdict.proposed_times) == (Intent.ACCEPT, ())


# "Anything but Friday works": the day named is the one ruled out, and was read as the pick.
@pytest.mark.parametrize(
    "body",
    [
        "Anything but Friday works.",
        "Any day except Tuesday works.",
        "Tout sauf vendredi, ça me va.",
        "Alles außer Freitag passt.",
    ],
)
def test_a_day_ruled_out_is_no_pick(body: str) -> None:
    verdict = _read(body)
    assert not verdict.certain
    assert verdict.proposed_times == ()


# A yes the sender still has to check was booked.
@pytest.mark.parametrize(
    "body",
    [
        "Thursday should work, but let me check and get back to you.",
        "Thursday works I think - I'll check with my team and get back to you tomorrow.",
        "Thursday works! Let me get back to you on the agenda.",
    ],
)
def test_a_yes_still_to_be_confirmed_is_doubted(body: str) -> None:
    verdict = _read(body)
    assert not verdict.certain
    assert "contradicting_intent_cues" in doubt_codes(verdict)


def test_a_promise_to_check_alone_stays_a_certain_other() -> None:
    # Near miss: no yes beside it; the reader knew this one already.
    verdict = _read("Let me check and get back to you.")
    assert verdict.certain
    assert verdict.intent is Intent.OTHER


def test_a_plain_yes_to_a_day_keeps_its_pick() -> None:
    verdict = _read("Thursday works, see you then.")
    assert verdict.certain
    assert local_starts(verdict, NY) == [THURSDAY]


# The sender's own older message, quoted under the user's offers: its times were read as the
# user's, so "Wednesday works" to the sender's own Wednesday was a certain pick.
_NESTED = (
    _ON + "> Hi Kai, would Tuesday, Feb 6 at 2 PM ET or Thursday, Feb 8 at 10:30 AM ET work?\n"
    ">\n> Ada\n>\n> On Sun, Feb 4, 2029 at 8:00 PM Kai Berg <kai@example.com> wrote:\n"
    ">> Happy to chat! I'm free Wednesday at 9am or Friday at 1pm ET.\n"
)
_OUTLOOK = (
    "\n\nFrom: Ada Obi <ada@example.com>\nSent: Monday, February 5, 2029 9:05 AM\n"
    "To: Kai Berg <kai@example.com>\nSubject: chat\n\nHi Kai,\nWould Tuesday (2/6) at 2:00 PM "
    "EST or Thursday (2/8) at 10:30 AM EST work?\n\nFrom: Kai Berg <kai@example.com>\n"
    "Sent: Sunday, February 4, 2029 8:00 PM\nTo: Ada Obi <ada@example.com>\nSubject: chat\n\n"
    "Sure, I'm free Wednesday at 9am or Friday at 1pm ET.\n"
)


@pytest.mark.parametrize("quote", [_NESTED, _OUTLOOK])
@pytest.mark.parametrize("body", ["Wednesday works.", "Friday works.", "Mercredi me va."])
def test_the_senders_own_quoted_times_are_not_the_users_offers(body: str, quote: str) -> None:
    verdict = _read(body, quote)
    assert not (verdict.certain and verdict.intent is Intent.ACCEPT and verdict.proposed_times)


@pytest.mark.parametrize("quote", [_NESTED, _OUTLOOK])
@pytest.mark.parametrize(
    ("body", "start"),
    [("Thursday works.", THURSDAY), ("The first one works.", TUESDAY)],
)
def test_a_pick_under_the_senders_quoted_message_takes_the_users_time(
    body: str, quote: str, start: datetime
) -> None:
    verdict = _read(body, quote)
    assert verdict.certain
    assert (verdict.intent, local_starts(verdict, NY)) == (Intent.ACCEPT, [start])


# The same weekday offered in two weeks: a bare weekday was read as the nearer one.
_TWO_THURSDAYS = (
    _ON + "> Would Thursday, Feb 8 at 10:30 AM ET or Thursday, Feb 15 at 2 PM ET work?\n"
)


@pytest.mark.parametrize(
    "body", ["Thursday works.", "Jeudi me convient.", "Donnerstag passt.", "Thursday is great!"]
)
def test_a_weekday_the_user_offered_in_two_weeks_is_no_pick(body: str) -> None:
    verdict = _read(body, _TWO_THURSDAYS)
    assert not verdict.certain
    assert verdict.proposed_times == ()


def test_a_weekday_offered_once_is_still_picked() -> None:
    # Near miss: one Thursday among the user's times.
    verdict = _read("Donnerstag passt.")
    assert verdict.certain
    assert local_starts(verdict, NY) == [THURSDAY]


# An invitation at one of the user's times while the words pick another of them.
_BOUNDARY = "b0und"


def _invited(text: str, start: str) -> Verdict:
    ics = "\n".join(
        [
            "BEGIN:VCALENDAR", "METHOD:REQUEST", "BEGIN:VEVENT", "UID:chat-1@example.com",
            "SEQUENCE:0", f"DTSTART:{start}", "DURATION:PT30M", "SUMMARY:Coffee chat",
            "END:VEVENT", "END:VCALENDAR",
        ]
    )  # fmt: skip
    body = (
        f"--{_BOUNDARY}\nContent-Type: text/plain; charset=utf-8\n\n{text}{THREE}\n"
        f"--{_BOUNDARY}\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n{ics}\n"
        f"--{_BOUNDARY}--\n"
    )
    return _read(body, "", content_type=f'multipart/mixed; boundary="{_BOUNDARY}"')


_AT_THURSDAY, _AT_TUESDAY = "20290208T153000Z", "20290206T190000Z"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Tuesday works - invite attached.", _AT_THURSDAY),
        ("Sent you an invite for the first slot.", _AT_THURSDAY),
        ("Jeudi me va, invitation envoyée.", _AT_TUESDAY),
        ("Donnerstag passt, Einladung ist raus.", _AT_TUESDAY),
    ],
)
def test_an_invitation_at_another_of_the_users_times_than_the_words_pick_is_doubted(
    text: str, start: str
) -> None:
    verdict = _invited(text, start)
    assert not verdict.certain
    assert "invite_beside_other_words" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("text", "start", "picked"),
    [
        ("Thursday works, invite attached.", _AT_THURSDAY, THURSDAY),
        ("Sent you an invite for the first slot.", _AT_TUESDAY, TUESDAY),
        ("Invite sent!", _AT_THURSDAY, THURSDAY),
        # The user's other day named only to explain the choice.
        (
            "Tuesday would have been tricky anyway, so I sent an invite for Thursday.",
            _AT_THURSDAY,
            THURSDAY,
        ),
    ],
)
def test_an_invitation_agreeing_with_the_words_stays_certain(
    text: str, start: str, picked: datetime
) -> None:
    verdict = _invited(text, start)
    assert verdict.certain
    assert (verdict.intent, local_starts(verdict, NY)) == (Intent.ACCEPT, [picked])


# A pick taken back in the next words.
@pytest.mark.parametrize(
    "body",
    [
        "Thursday works! Sorry, I meant Friday.",
        "Friday works. Actually Thursday is better.",
        "Thursday works - make that Friday.",
        "Donnerstag passt, ich meinte Freitag.",
    ],
)
def test_a_pick_taken_back_is_doubted(body: str) -> None:
    verdict = _read(body)
    assert not verdict.certain
    assert "reply_corrects_itself" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "start"),
    [("Actually, Thursday works great.", THURSDAY), ("Friday works better for me.", FRIDAY)],
)
def test_actually_alone_takes_nothing_back(body: str, start: datetime) -> None:
    verdict = _read(body)
    assert verdict.certain
    assert local_starts(verdict, NY) == [start]
