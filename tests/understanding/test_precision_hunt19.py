"""Precision hunt 19: replies that carry a calendar part (EVALUATION.md conventions (c), (d))."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

NY = ZoneInfo("America/New_York")
DATE = "Mon, 07 Dec 2026 09:00:00 -0500"
OFFERS = (
    "\n\nOn Fri, Dec 4, 2026 at 10:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 30 minutes next week? I could do Tue Dec 8 at 3pm ET\n"
    "> or Thu Dec 10 at 10am ET.\n"
)
AGREED = (
    "\n\nOn Mon, Dec 7, 2026 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Great, Thursday Dec 10 at 10am ET it is. Talk then!\n"
)
BOUNDARY = "b0und"
THU_10 = datetime(2026, 12, 10, 10, 0)
WED_2 = datetime(2026, 12, 9, 14, 0)
FRI_11 = datetime(2026, 12, 11, 11, 0)


def calendar(start: str, *, method: str = "REQUEST", extra: str = "", summary: str = "") -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"DTSTART{start}",
        "UID:abc123@google.com",
        f"SUMMARY:{summary or 'Coffee chat'}",
        *([extra] if extra else []),
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\n".join(lines)


def read(body: str, ics: str, *, quote: str = OFFERS, method: str = "REQUEST"):
    multipart = (
        f"--{BOUNDARY}\nContent-Type: text/plain; charset=utf-8\n\n{body}{quote}\n"
        f"--{BOUNDARY}\nContent-Type: text/calendar; charset=utf-8; method={method}\n\n{ics}\n"
        f"--{BOUNDARY}--\n"
    )
    return read_reply(
        multipart, tz=NY, date=DATE, content_type=f'multipart/mixed; boundary="{BOUNDARY}"'
    )


ALL_DAY_THU = ";VALUE=DATE:20261210"
ALL_DAY_WED = ";VALUE=DATE:20261209"
WEBINAR = ":20261216T170000Z"
CANCEL_THU = ":20261210T150000Z"


# An all-day event holds a day, not a time of day to book.
@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Thursday works, invite attached.", ALL_DAY_THU),
        ("Blocked Thursday for us!", ALL_DAY_THU),
        ("", ALL_DAY_THU),
        ("Neither works, sent a hold for Wednesday.", ALL_DAY_WED),
        (
            "Jeudi me va, je vous envoie une invitation.",
            ALL_DAY_THU + "\nDTEND;VALUE=DATE:20261211",
        ),
    ],
)
def test_an_all_day_event_is_doubted(body: str, start: str) -> None:
    verdict = read(body, calendar(start))
    assert not verdict.certain
    assert "invite_all_day" in doubt_codes(verdict)


# An invitation to the sender's own event, named as such, is no offer for the chat.
@pytest.mark.parametrize(
    "body",
    [
        "Not for me, but you might like our webinar - invite attached.",
        "FYI, here's the invite to our product webinar next week.",
        "I'm not able to meet, but please join our webinar instead.",
        "Je vous invite à notre webinaire de mercredi.",
        "Te envío la invitación a nuestra conferencia.",
    ],
)
def test_an_invitation_to_another_event_is_doubted(body: str) -> None:
    verdict = read(body, calendar(WEBINAR, summary="Product Webinar"))
    assert not verdict.certain
    assert "invite_beside_other_words" in doubt_codes(verdict)


# The sender being at an event is why the invitation's time suits them: it is still the chat.
@pytest.mark.parametrize(
    "body",
    [
        "Neither day works, I'm at a conference. Sent an invite for Friday instead.",
        "Je suis en séminaire mardi, je t'ai envoyé une invitation pour vendredi.",
        "Estoy en un taller toda la semana; te mandé una invitación para el viernes.",
    ],
)
def test_an_invitation_beside_the_senders_whereabouts_stays_an_offer(body: str) -> None:
    verdict = read(body, calendar(WEBINAR))
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.PROPOSE_TIMES


# A tentative calendar answer keeps the time open.
@pytest.mark.parametrize("body", ["", "Tentative: Coffee chat", "Vorläufig: Coffee chat"])
def test_a_tentative_calendar_answer_is_doubted(body: str) -> None:
    attendee = "ATTENDEE;PARTSTAT=TENTATIVE:mailto:kai@example.com"
    verdict = read(body, calendar(CANCEL_THU, method="REPLY", extra=attendee), method="REPLY")
    assert not verdict.certain
    assert "calendar_response" in doubt_codes(verdict)


# A cancel notice whose words ask for another time in its place, in any language.
@pytest.mark.parametrize(
    "body",
    [
        "Je dois annuler jeudi - vendredi 11h à la place ?",
        "Tengo que cancelar el jueves, ¿otro día?",
        "Muss Donnerstag absagen - ein anderer Termin stattdessen?",
    ],
)
def test_a_cancel_notice_asking_for_a_replacement_is_doubted(body: str) -> None:
    ics = calendar(CANCEL_THU, method="CANCEL", extra="SEQUENCE:1\nSTATUS:CANCELLED")
    verdict = read(body, ics, quote=AGREED, method="CANCEL")
    assert not verdict.certain
    assert "replacement_unread" in doubt_codes(verdict)


W_EUROPE = (
    "BEGIN:VTIMEZONE\nTZID:W. Europe Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T030000\n"
    "TZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\n"
    "END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\n"
    "TZOFFSETTO:+0200\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
)


def _windows_zone(start: str) -> str:
    return calendar(f";TZID=W. Europe Standard Time:{start}").replace(
        "BEGIN:VEVENT", W_EUROPE + "BEGIN:VEVENT"
    )


# Near misses: invitations that keep their reading.
@pytest.mark.parametrize(
    ("body", "ics", "quote", "method", "intent", "starts"),
    [
        (
            "Thursday at 10 works great, invite attached.",
            calendar(":20261210T150000Z"),
            OFFERS,
            "REQUEST",
            Intent.ACCEPT,
            [THU_10],
        ),
        (
            "Donnerstag um 10 passt, Einladung anbei.",
            _windows_zone("20261210T160000"),
            OFFERS,
            "REQUEST",
            Intent.ACCEPT,
            [THU_10],
        ),
        (
            "Neither of those works, but I sent an invite for Wednesday at 2pm instead.",
            calendar(";TZID=America/New_York:20261209T140000"),
            OFFERS,
            "REQUEST",
            Intent.PROPOSE_TIMES,
            [WED_2],
        ),
        ("", _windows_zone("20261209T200000"), OFFERS, "REQUEST", Intent.PROPOSE_TIMES, [WED_2]),
        (
            "Updated invite: Friday 11am instead.",
            calendar(":20261211T160000Z", extra="SEQUENCE:1"),
            AGREED,
            "REQUEST",
            Intent.RESCHEDULE,
            [FRI_11],
        ),
        (
            "Sorry, I have to cancel our chat.",
            calendar(CANCEL_THU, method="CANCEL", extra="SEQUENCE:1\nSTATUS:CANCELLED"),
            AGREED,
            "CANCEL",
            Intent.CANCEL,
            [],
        ),
        (
            "Cancelling Thursday; could we do Friday at 11am instead?",
            calendar(CANCEL_THU, method="CANCEL", extra="SEQUENCE:1\nSTATUS:CANCELLED"),
            AGREED,
            "CANCEL",
            Intent.RESCHEDULE,
            [FRI_11],
        ),
        (
            "Thursday works!",
            calendar(":20261210T150000Z", extra="RRULE:FREQ=WEEKLY;COUNT=10"),
            OFFERS,
            "REQUEST",
            Intent.ACCEPT,
            [THU_10],
        ),
    ],
)
def test_invitations_that_keep_their_reading(
    body: str, ics: str, quote: str, method: str, intent: Intent, starts: list[datetime]
) -> None:
    verdict = read(body, ics, quote=quote, method=method)
    assert verdict.certain, doubt_codes(verdict)
    assert (verdict.intent, local_starts(verdict, NY)) == (intent, starts)
