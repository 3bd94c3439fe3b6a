"""Moving an agreed meeting: the old slot named in words, or an updated invitation."""

from __future__ import annotations

from datetime import UTC, timedelta

from workflows.stages import Intent
from workflows.understanding import Verdict, understand

HEADERS = (
    "From: Laura Bechtel <laura@example.com>\r\nTo: Jordan Lee <jordan@example.com>\r\n"
    "Subject: Re: chat\r\nDate: Mon, 07 Dec 2026 09:00:00 -0500\r\n"
)


def read(raw: str) -> Verdict:
    return understand(raw.encode(), tz=UTC, meeting_length=timedelta(minutes=30))


def starts(verdict: Verdict) -> list[str]:
    return [f"{w.start.astimezone(UTC):%m-%dT%H:%M}" for w in verdict.proposed_times]


def test_moving_a_named_slot_is_a_reschedule_to_the_new_time_only() -> None:
    verdict = read(
        HEADERS + "\r\nQuick one - can we move Tuesday's 3pm to Wednesday at 4? I just got"
        " pulled into an offsite on Tuesday.\r\n"
    )
    assert (verdict.intent, starts(verdict)) == (Intent.RESCHEDULE, ["12-09T21:00"])


def test_dropping_out_of_tomorrows_slot_and_offering_others_is_a_reschedule() -> None:
    verdict = read(
        HEADERS + "\r\nI'm so sorry - I have to drop out of tomorrow's 10am, a family thing"
        " came up. Could we do Thursday 9:30 or Friday 4pm instead?\r\n"
    )
    assert (verdict.intent, starts(verdict)) == (
        Intent.RESCHEDULE,
        ["12-10T14:30", "12-11T21:00"],
    )


def test_an_updated_outlook_invitation_with_doubled_line_ends_is_read() -> None:
    # Outlook's CRLF calendar part inside a CRLF message decodes with "\r\r\n".
    ics = "\r\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "METHOD:REQUEST",
            "BEGIN:VTIMEZONE",
            "TZID:Eastern Standard Time",
            "BEGIN:STANDARD",
            "DTSTART:16010101T020000",
            "TZOFFSETFROM:-0400",
            "TZOFFSETTO:-0500",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            "UID:chat-7@example.com",
            "SEQUENCE:1",
            "DTSTART;TZID=Eastern Standard Time:20261211T100000",
            "DTEND;TZID=Eastern Standard Time:20261211T103000",
            "SUMMARY:Coffee chat",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
    )
    raw = (
        HEADERS + 'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "I had a conflict come up Thursday, so I've moved our chat to Friday, same time.\r\n"
        "--b\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n"
        f"Content-Transfer-Encoding: 8bit\r\n\r\n{ics}\r\n--b--\r\n"
    )
    verdict = read(raw)
    assert (verdict.intent, starts(verdict)) == (Intent.RESCHEDULE, ["12-11T15:00"])
