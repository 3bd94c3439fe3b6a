"""Round 56 on replies_blind56 (intent): a no that hangs on a question, the clocks, a hedged yes.

- "Is this about the analyst opening we listed? If so, please go through our jobs page - I
  can't take calls with applicants outside the process" (blind56 x05): the no holds only if the
  user answers yes; the sender asks first, `other`. A no that stands "either way", or one said
  before the question, stays a decline.
- "Careful, we move the clocks this Friday" beside two times of the sender's own (blind56 p09):
  the clocks of a country, not the meeting, are moved; the times are proposed, with no doubt.
- "venerdì 30 alle 14:30 dovrebbe andare, salvo imprevisti (siamo in pieno lancio)" (blind56
  a08): "dovrebbe andare" is the Italian "should work", a yes to that time, whatever launch the
  aside names.

Left in doubt: an invitation whose note sits below the calendar's own date line and names
"Monday" with no date (blind56 a05): the reader reads the bare weekday from the Date header.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import understand

_TZ = ZoneInfo("Europe/Athens")
_DATE = "Wed, 14 Mar 2029 11:30:00 +0200"
_OFFERS = (
    "\n\nOn Tue, 13 Mar 2029 at 08:45, Ada Obi <ada@example.com> wrote:\n"
    "> Hi,\n>\n> Would any of these work? All times are in Athens time:\n"
    "> - Monday 19 March, 16:00\n> - Wednesday 21 March, 11:00\n"
    "> - Friday 23 March, 14:30\n>\n> Thank you,\n> Ada\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada,\n\nAre you asking about the data analyst opening we listed? If so, please go"
        " through our jobs page (kestrel.io/jobs) - I can't take calls with applicants outside"
        " the process, sorry.\n\nJonas\n",
        "Hello,\n\nIs this regarding the growth role? If yes, kindly apply via the careers"
        " portal; I don't take calls with candidates directly.\n\nPriya\n",
        "Hi Ada - is this about our open PM position? If that's the case, the portal is the way"
        " in, I'm not able to do side chats with applicants.\n\nTom\n",
    ],
)
def test_a_no_hanging_on_the_senders_question_is_other(body: str) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_OFFERS)
    assert verdict.intent is Intent.OTHER
    assert verdict.proposed_times == ()


@pytest.mark.parametrize(
    "body",
    [
        # Said whatever the answer.
        "Hi Ada,\n\nIs this about the analyst opening? If so, please apply through the careers"
        " portal. Either way, I can't take calls with candidates, sorry.\n\nJonas\n",
        # The no comes first, the portal after it.
        "Hi Ada,\n\nUnfortunately I can't take calls with candidates - please apply through our"
        " careers portal.\n\nJonas\n",
        # A portal named with no question at all.
        "Thanks for reaching out. I don't take calls about open roles; please use the careers"
        " portal at kestrel.io/jobs.\n\nPriya\n",
    ],
)
def test_a_real_no_beside_a_portal_stays_a_decline(body: str) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_OFFERS)
    assert verdict.intent is Intent.DECLINE
    assert verdict.certain


def test_moving_the_clocks_moves_no_meeting() -> None:
    body = (
        "Hi Ada,\n\nHappy to help. Monday is a holiday here and Wednesday is full.\n\n"
        "How about Sunday March 18 at 11:00, or Tuesday the 20th at 16:00? Both Israel time."
        " Heads up, we move the clocks on Friday and you do a week later.\n\nDana\n"
    )
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_OFFERS)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, _TZ) == [datetime(2029, 3, 18, 11), datetime(2029, 3, 20, 16)]


def test_moving_the_meeting_is_still_a_reschedule() -> None:
    agreed = (
        "\n\nOn Thu, 15 Mar 2029 at 09:00, Ada Obi <ada@example.com> wrote:\n"
        "> Great, Monday 19 March at 16:00 Athens time it is.\n>\n> Ada\n" + _OFFERS
    )
    body = "Hi Ada,\n\nCould we move the call to Tuesday 20 March at 15:00 instead?\n\nDana\n"
    verdict = read_reply(body, tz=_TZ, date="Fri, 16 Mar 2029 10:00:00 +0200", quote=agreed)
    assert verdict.intent is Intent.RESCHEDULE


@pytest.mark.parametrize(
    ("body", "intent", "start"),
    [
        # One of the user's times, the Italian "should work", an aside about a launch.
        (
            "Ciao Ada,\n\nvenerdì 23 alle 14:30 ora vostra dovrebbe andare, salvo imprevisti"
            " dell'ultimo\nminuto (siamo in pieno lancio). Ti confermo il giorno prima.\n\n"
            "Marco\n\n--\nMarco | Torino\nPrenota: https://calendly.com/marco-x\n",
            Intent.ACCEPT,
            datetime(2029, 3, 23, 14, 30),
        ),
        (
            "Ciao Ada, mercoledì 21 alle 11:00 dovrebbe andar bene (salvo sorprese, abbiamo"
            " il lancio).\n\nGiulia\n",
            Intent.ACCEPT,
            datetime(2029, 3, 21, 11),
        ),
    ],
)
def test_italian_should_work_picks_the_time(body: str, intent: Intent, start: datetime) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_OFFERS)
    assert verdict.intent is intent
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, _TZ) == [start]


def test_should_work_beside_a_time_of_the_senders_own_is_no_pick() -> None:
    body = (
        "Ciao Ada,\n\ngiovedì 22 alle 10:00 dovrebbe andare, salvo imprevisti dell'ultimo"
        " minuto.\n\nMarco\n"
    )
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_OFFERS)
    assert verdict.intent is not Intent.ACCEPT or not verdict.certain


_INVITE = (
    "MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=b56\n\n--b56\n"
    "Content-Type: text/plain; charset=utf-8\n\n{note}\n--b56\n"
    'Content-Type: text/calendar; charset=utf-8; method="REQUEST"\n\n'
    "BEGIN:VCALENDAR\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
    "ORGANIZER;CN=Kai Berg:mailto:kai@example.com\n"
    "ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ada@example.com\n"
    "UID:r56-invite@example.com\nSUMMARY:Ada <> Kai: chat\n"
    "DTSTART:20290321T090000Z\nDTEND:20290321T093000Z\nSEQUENCE:0\n"
    "END:VEVENT\nEND:VCALENDAR\n--b56--\n"
)


def _invite(note: str) -> bytes:
    return (
        "From: Kai Berg <kai@example.com>\nTo: Ada Obi <ada@example.com>\n"
        "Subject: Invitation: Ada <> Kai: chat @ Wed 21 Mar 2029 9am - 9:30am (GMT)\n"
        "Date: Mon, 12 Mar 2029 10:12:00 +0000\n" + _INVITE.format(note=note)
    ).encode()


@pytest.mark.parametrize(
    ("note", "certain"),
    [
        # The note under the calendar's own date line names the event's weekday on the user's
        # clock (11:00 Athens is 09:00 UTC); from Monday the 12th a bare "Wednesday" reads as
        # the 14th, a week before the event.
        (
            "Kai Berg has invited you to an event.\n\nAda <> Kai: chat\n"
            "Wednesday 21 Mar 2029 9am - 9:30am (GMT)\n\n"
            "Wednesday at 11am your time is great - invite attached.\n",
            True,
        ),
        # The note offers another day beside the invitation: still in doubt.
        (
            "Kai Berg has invited you to an event.\n\nAda <> Kai: chat\n"
            "Wednesday 21 Mar 2029 9am - 9:30am (GMT)\n\n"
            "Sent this for Wednesday, but Friday at 3pm your time would suit me better.\n",
            False,
        ),
    ],
)
def test_note_below_the_calendar_date_line(note: str, certain: bool) -> None:
    verdict = understand(_invite(note), tz=_TZ, meeting_length=timedelta(minutes=30))
    assert verdict.certain is certain, doubt_codes(verdict)
    if certain:
        assert verdict.intent is Intent.ACCEPT
        assert local_starts(verdict, _TZ) == [datetime(2029, 3, 21, 11)]
