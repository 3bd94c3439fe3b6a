"""Precision hunt 13: messages that are no answer to the user's request, or only part of one.

A fresh message (a recruiter's pitch, a newsletter, a calendar reminder), a calendar's own
"Accepted:" response, a reply under the sender's own or someone else's mail, the user's mail
forwarded to a colleague, a yes for someone else, a yes that still waits on something, and a
question about the user's clock before any answer: each names a time that is not the sender's
answer, so none is read certain. Near misses keep their reading. Sentences of our own.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import MEETING, doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict, understand

NY = ZoneInfo("America/New_York")
DATE = "Mon, 7 Dec 2026 11:00:00 -0500"
THU = datetime(2026, 12, 10, 14, 0)
QUOTE = (
    "\n\nOn Mon, Dec 7, 2026 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai, would you have 30 minutes for a coffee chat? I'm free Thursday Dec 10 at 2pm\n"
    "> or Friday Dec 11 at 10am (New York time).\n"
)


def _reply(body: str, quote: str = QUOTE, **envelope: str) -> Verdict:
    return read_reply(body, tz=NY, date=DATE, quote=quote, **envelope)


def _message(body: str, subject: str, headers: str = "", calendar: str = "") -> Verdict:
    """A message whose subject and headers are as given (not the helper's "Re: chat")."""
    head = (
        f"From: Kai Berg <kai@example.com>\nTo: Ada Obi <ada@example.com>\nSubject: {subject}\n"
        f"Date: {DATE}\n{headers}MIME-Version: 1.0\n"
    )
    if not calendar:
        raw = f"{head}Content-Type: text/plain; charset=utf-8\n\n{body}"
    else:
        raw = (
            f'{head}Content-Type: multipart/alternative; boundary="B"\n\n--B\n'
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n--B\n"
            f"Content-Type: text/calendar; method=REPLY\n\n{calendar}\n--B--\n"
        )
    return understand(raw.encode(), tz=NY, meeting_length=MEETING)


def _calendar_reply(partstat: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:c1@example.com\r\n"
        "DTSTART:20261210T190000Z\r\nDTEND:20261210T193000Z\r\nSUMMARY:Coffee chat\r\n"
        f"ATTENDEE;PARTSTAT={partstat}:mailto:kai@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR"
    )


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Opportunity at Acme", "Hi Ada, we're hiring. Are you free Thursday at 2pm for a call?"),
        ("Stelle bei Acme", "Hallo Ada, hätten Sie am Donnerstag um 14 Uhr Zeit für ein Gespräch?"),
        ("Vacature bij Acme", "Hoi Ada, heb je donderdag om 14:00 tijd voor een kort gesprek?"),
        ("The Weekly Digest", "Join our live webinar Thursday Dec 10 at 2pm ET! Register now."),
        ("Reminder: Coffee chat", "Your meeting starts soon: Coffee chat, Thursday at 2pm."),
        (
            "New message from Kai Berg",
            'Kai Berg: "Thursday at 2pm works for me!"\nReply on LinkedIn',
        ),
        ("coffee", "Sounds good, Thursday at 2pm works for me."),
    ],
)
def test_a_fresh_message_is_no_certain_answer(subject: str, body: str) -> None:
    verdict = _message(body, subject)
    assert not verdict.certain
    assert "not_a_reply" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("subject", "partstat"),
    [
        ("Accepted: Coffee chat", "ACCEPTED"),
        ("Zugesagt: Coffee chat", "ACCEPTED"),
        ("Accepté : Coffee chat", "ACCEPTED"),
        ("Geaccepteerd: Coffee chat", "ACCEPTED"),
    ],
)
def test_a_calendars_accepted_response_is_no_certain_accept(subject: str, partstat: str) -> None:
    verdict = _message(
        "Kai Berg has accepted this invitation.", subject, "", _calendar_reply(partstat)
    )
    assert "calendar_response" in doubt_codes(verdict)


def test_a_calendars_declined_response_stays_a_certain_decline() -> None:
    verdict = _message(
        "Kai Berg has declined.", "Declined: Coffee chat", "", _calendar_reply("DECLINED")
    )
    assert verdict.intent is Intent.DECLINE
    assert verdict.certain


_OWN = (
    "\n\nOn Fri, Dec 4, 2026 at 4:00 PM Kai Berg <kai@example.com> wrote:\n"
    "> Hi Priya, are you free Thursday Dec 10 at 2pm to go over the budget?\n"
)
_OTHERS = (
    "\n\nOn Fri, Dec 4, 2026 at 4:00 PM Priya Shah <priya@example.org> wrote:\n"
    "> Hi Kai, could we meet Thursday Dec 10 at 2pm about the budget?\n"
)


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        ("Thursday at 2 works!", _OWN),
        ("Jeudi 14h, parfait.", _OWN),
        ("Thursday at 2 works for me.", _OTHERS),
        ("Donnerstag 14 Uhr passt.", _OTHERS),
    ],
)
def test_a_yes_under_another_thread_is_no_certain_answer(body: str, quote: str) -> None:
    verdict = _reply(body, quote)
    assert not verdict.certain
    assert "quotes_another_thread" in doubt_codes(verdict)


_FORWARD = (
    "\n\n---------- Forwarded message ---------\nFrom: Ada Obi <ada@example.com>\n"
    "Subject: Coffee chat\n\nHi Kai, I'm free Thursday Dec 10 at 2pm (New York time).\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "Sam, could you take this one? Thursday at 2 might work for you.",
        "Sam, ¿puedes encargarte tú? El jueves a las 14h te va bien.",
        "Sam, kun jij dit oppakken? Donderdag 14:00 past jou wel.",
    ],
)
def test_the_users_mail_forwarded_to_a_colleague_is_no_certain_answer(body: str) -> None:
    verdict = _reply(
        body, _FORWARD, to="Sam Lee <sam@example.com>", headers="Cc: Ada Obi <ada@example.com>\n"
    )
    assert not verdict.certain
    assert "forwarded_mail" in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "My manager can do Thursday at 2pm - I'll loop her in.",
        "Thursday 2pm works for Ana but not me, sorry.",
        "Jeudi 14h convient à ma collègue, pas à moi.",
        "Mi jefe puede el viernes a las 10.",
        "Mein Chef hätte Freitag um 10 Zeit.",
        "Quinta às 14h funciona para minha colega, não para mim.",
    ],
)
def test_a_yes_for_someone_else_is_no_certain_answer(body: str) -> None:
    verdict = _reply(body)
    assert not verdict.certain
    assert "yes_for_someone_else" in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "Thursday should work pending my travel, will confirm.",
        "Friday 10am tentatively works, pending my manager's OK.",
        "Thursday works in principle - waiting on a client meeting to settle.",
        "Jeudi 14h a priori ok, sous réserve de mon déplacement.",
        "Freitag 10 Uhr unter Vorbehalt.",
        "thurs 2pm should be ok, will confirm once i know my travel",
    ],
)
def test_a_yes_that_still_waits_is_no_certain_answer(body: str) -> None:
    verdict = _reply(body)
    assert not verdict.certain
    assert "yes_still_pending" in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "Thursday works, 2pm Eastern right?",
        "Friday at 10 - is that Pacific? Then yes.",
        "Is it Thursday 2pm your time? If so, works.",
        "Would Thursday at 2pm be Eastern? I'm on Central.",
        "Jueves a las 14h, ¿hora de Nueva York o de Madrid?",
        "Donnerstag 14 Uhr - ist das New Yorker Zeit?",
        "Quinta às 14h é horário de Nova York? Se for, fechado.",
        "Thursday is good. Just to confirm, you mean Dec 10 not Dec 11?",
    ],
)
def test_a_question_about_the_users_clock_is_no_certain_answer(body: str) -> None:
    verdict = _reply(body)
    assert not verdict.certain
    assert "asks_what_was_meant" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "envelope"),
    [
        ("Thursday at 2pm works for me!", {}),
        ("Thursday at 2pm works. My colleague Sam will join too.", {}),
        ("Thursday at 2pm works for me. Is that a Zoom or a call?", {}),
        ("Thursday at 2 works, I'll confirm the room tomorrow.", {}),
        ("Thursday at 2 likely works - will confirm by Wednesday.", {}),
        ("Jeudi 14h devrait aller, je confirme demain.", {}),
        ("Sure! Thursday at 2pm ET works.", {}),
        ("Thursday at 2pm works for me.", {"headers": "In-Reply-To: <a@example.com>\n"}),
    ],
)
def test_near_misses_keep_a_certain_accept(body: str, envelope: dict[str, str]) -> None:
    quote = "" if envelope else QUOTE
    verdict = _reply(body, quote, **envelope)
    assert verdict.intent is Intent.ACCEPT
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, NY) == [THU]


def test_a_counter_offer_keeps_its_reading() -> None:
    verdict = _reply("Neither works, how about Monday Dec 14 at 11am?")
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert verdict.certain
    assert local_starts(verdict, NY) == [datetime(2026, 12, 14, 11, 0)]
    assert verdict.proposed_times[0].end == verdict.proposed_times[0].start + timedelta(minutes=30)
