"""Focused behaviours of ``understand()`` that the issue names one by one."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from connectors.errors import InputError
from workflows.stages import Intent
from workflows.understanding import understand

MEETING = timedelta(minutes=45)


DATE = "Wed, 04 Mar 2026 09:12:00 -0800"
HEAD = "From: Bob Smith <bob@acme.com>\nTo: Ana <ana@example.com>\nSubject: Re: chat\n"


def mail(body: str, *, extra: str = "", date_header: str = DATE) -> bytes:
    head = f"{HEAD}Date: {date_header}\n"
    return (head + extra + "Content-Type: text/plain; charset=utf-8\n\n" + body).encode()


def test_times_in_the_quoted_history_are_ignored() -> None:
    body = "Sure, send me some times.\n\nOn Mon, Mar 2, 2026 at 10:00 AM Ana wrote:\n> Tuesday 3pm?"
    verdict = understand(mail(body), tz=UTC, meeting_length=MEETING)
    assert verdict.intent is Intent.ACCEPT
    assert verdict.proposed_times == ()
    assert verdict.reply_text == "Sure, send me some times."


def test_named_zone_applies_daylight_saving_of_that_day() -> None:
    # Written on 4 March (PST, -08:00); 10 March is after the US switch (PDT, -07:00).
    verdict = understand(mail("How about Tuesday at 3pm PT?"), tz=UTC, meeting_length=MEETING)
    start = verdict.proposed_times[0].start
    assert start.utcoffset() == timedelta(hours=-7)
    assert start.astimezone(ZoneInfo("America/Los_Angeles")).hour == 15


def test_unnamed_zone_is_the_date_headers_offset_and_end_is_meeting_length() -> None:
    verdict = understand(mail("Could we do Friday at 10am?"), tz=UTC, meeting_length=MEETING)
    window = verdict.proposed_times[0]
    assert window.start.isoformat() == "2026-03-06T10:00:00-08:00"
    assert window.end == window.start + MEETING


def test_now_replaces_the_date_header_as_reference() -> None:
    now = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
    verdict = understand(
        mail("Could we do the 14th at 10am?"), now=now, tz=UTC, meeting_length=MEETING
    )
    # The 14th has passed by 20 March: the next 14th is in April.
    assert verdict.proposed_times[0].start.date() == date(2026, 4, 14)


def test_auto_reply_is_known_by_headers_before_wording() -> None:
    raw = mail("Thanks, I'll reply on the 16th.", extra="Auto-Submitted: auto-replied\n")
    verdict = understand(raw, tz=UTC, meeting_length=MEETING)
    assert verdict.intent is Intent.OUT_OF_OFFICE
    assert verdict.return_date == date(2026, 3, 16)


def test_auto_submitted_no_is_a_person() -> None:
    verdict = understand(
        mail("Sure, happy to!", extra="Auto-Submitted: no\n"), tz=UTC, meeting_length=MEETING
    )
    assert verdict.intent is Intent.ACCEPT


def test_html_only_mail_is_read_as_text() -> None:
    raw = (
        b"From: a@b.c\nDate: Wed, 04 Mar 2026 09:12:00 -0800\nContent-Type: text/html\n\n"
        b"<p>Happy to chat! <a href='https://calendly.com/bob/20'>Book here</a></p>"
        b"<blockquote type='cite'>Tuesday 3pm?</blockquote>"
    )
    verdict = understand(raw, tz=UTC, meeting_length=MEETING)
    assert verdict.intent is Intent.ACCEPT
    assert verdict.scheduling_link == "https://calendly.com/bob/20"
    assert "Tuesday" not in verdict.reply_text


def test_missing_date_header_falls_back_to_the_users_zone() -> None:
    raw = b"From: a@b.c\nSubject: x\n\nHow about Friday at 10am?"
    now = datetime(2026, 3, 4, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))
    verdict = understand(raw, now=now, tz=ZoneInfo("Europe/Paris"), meeting_length=MEETING)
    assert verdict.proposed_times[0].start.isoformat() == "2026-03-06T10:00:00+01:00"


@pytest.mark.parametrize("raw", [b"", b"\n\n", b"just words\n", b"\x00\x01From: x"])
def test_not_an_email_raises_input_error(raw: bytes) -> None:
    with pytest.raises(InputError):
        understand(raw, tz=UTC, meeting_length=MEETING)
