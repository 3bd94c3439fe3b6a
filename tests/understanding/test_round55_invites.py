"""Round 55 on calendar invitations sent with no thread quoted (``invite_offers_unseen``).

With the user's offers out of view, the reader took every invitation for a likely accept it
could not check. The words beside it often say which it is:

- "je vous ai envoyé une invitation pour mercredi, votre créneau de 19h30" (blind54 a04): the
  words call the time sent the user's own slot: an accept.
- "Tuesday and Thursday are packed for me - this is the best I can do" (blind54 p10), "your
  slots clash with our sprint review. I've sent an invite for Sunday …" (blind55 p11): the
  user's times turned down, the invitation the sender's own: propose_times with its window.
- "Tuesday at 1 it is - sending this over" (heldout h070): a clock settled on, as "… is fine"
  already was, at the invitation's own time.
- "Friday morning suits - invite attached" (blind36 a05), the event at the user's Friday 09:30
  a week on: the part of the day named holds the event, so it is no other time.
- "your Friday 8am works - invite attached" (blind50 a05), no thread quoted: "your" puts the
  clock on the user's side, where the event is at 08:00; the calendar's own text below the
  words ("Thursday 11 Nov 2027 - 11pm") no longer hides that the words name a bare weekday.

Near misses stay doubted: an invitation with no words about the user's times (blind55 a05, a
calendar's own text), a time called "the best I can do" (it may be one of the user's), a slot
of the user's turned down, words naming the user's slot at another clock than the event's.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, raw_reply
from workflows.stages import Intent
from workflows.understanding import Verdict, understand

# The user lives in Singapore (+08:00 all year).
_TZ = ZoneInfo("Asia/Singapore")
_OFFERS = (
    "\n\nOn Mon, Nov 6, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 30 minutes for a call? Any of these, Singapore time:\n>\n"
    "> - Tue 14 Nov, 16:30\n> - Thu 16 Nov, 16:00\n>\n> Ada\n"
)


def _with_invite(
    body: str,
    start: str,
    *,
    end: str | None = None,
    date: str = "Tue, 07 Nov 2028 10:00:00 +0100",
    method: str = "REQUEST",
    extra: str = "",
    quote: str = "",
) -> Verdict:
    """``body`` above an invitation starting ``start`` (an iCalendar DTSTART value, with
    its parameters), 30 minutes long unless ``end`` says; no thread unless ``quote``."""
    end_line = f"DTEND{end}\n" if end else ""
    ics = (
        f"BEGIN:VCALENDAR\nMETHOD:{method}\nBEGIN:VEVENT\nUID:r55v@example.com\n"
        f"DTSTART{start}\n{end_line}{extra}SUMMARY:Chat\nEND:VEVENT\nEND:VCALENDAR"
    )
    parts = (
        f"--b55\nContent-Type: text/plain; charset=utf-8\n\n{body}{quote}\n"
        f"--b55\nContent-Type: text/calendar; charset=utf-8; method={method}\n\n{ics}\n--b55--\n"
    )
    raw = raw_reply(parts, date=date, content_type='multipart/mixed; boundary="b55"')
    return understand(raw, tz=_TZ, meeting_length=timedelta(minutes=30))


# Words that call the invitation's time the user's own: (body, DTSTART, Date, local start).
_AT_THEIR_SLOT = [
    (
        "Bonjour Ada,\n\nAvec plaisir. Je vous ai envoyé une invitation pour le mardi 14 novembre,"
        " votre créneau de 16h30 (9h30 à Paris). À bientôt !\n\nLouise",
        ";TZID=Europe/Paris:20281114T093000",
        "Tue, 07 Nov 2028 10:00:00 +0100",
        datetime(2028, 11, 14, 16, 30),
    ),
    (
        "Hi Ada - I've put us in one of your slots, the invite should be with you now.\n\nTom",
        ":20281116T080000Z",
        "Tue, 07 Nov 2028 09:00:00 +0000",
        datetime(2028, 11, 16, 16, 0),
    ),
    (
        "Hola Ada, te mandé la invitación para tu hueco del jueves. ¡Hasta pronto!\n\nMarta",
        ";TZID=Europe/Madrid:20281116T090000",
        "Tue, 07 Nov 2028 11:00:00 +0100",
        datetime(2028, 11, 16, 16, 0),
    ),
    (
        "Hallo Ada, die Einladung für Ihr Zeitfenster am Dienstag ist unterwegs.\n\nJonas",
        ";TZID=Europe/Berlin:20281114T093000",
        "Tue, 07 Nov 2028 12:00:00 +0100",
        datetime(2028, 11, 14, 16, 30),
    ),
    (
        "Tuesday at 4:30 it is - sending this over so it's in both our calendars.",
        ";TZID=Asia/Singapore:20281114T163000",
        "Tue, 07 Nov 2028 12:00:00 +0800",
        datetime(2028, 11, 14, 16, 30),
    ),
]


@pytest.mark.parametrize(("body", "start", "date", "local"), _AT_THEIR_SLOT)
def test_an_invite_the_words_call_the_user_slot_accepts_it(
    body: str, start: str, date: str, local: datetime
) -> None:
    verdict = _with_invite(body, start, date=date)
    assert verdict.intent is Intent.ACCEPT
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, _TZ) == [local]


# Words that turn the user's times down and send the sender's own: (body, DTSTART, Date, local).
_OWN_TIME = [
    (
        "Wednesday and Friday are swamped for me - this is the best I can do. Speak soon!",
        ";TZID=Asia/Kolkata:20281113T110000",
        "Tue, 07 Nov 2028 14:00:00 +0530",
        datetime(2028, 11, 13, 13, 30),
    ),
    (
        "Ada - your slots clash with our quarterly planning. I've sent an invite for Sunday the"
        " 12th at 1pm Riyadh time. Teams, if that's alright.\n\nFaisal",
        ";TZID=Asia/Riyadh:20281112T130000",
        "Tue, 07 Nov 2028 10:00:00 +0300",
        datetime(2028, 11, 12, 18, 0),
    ),
    (
        "Your times all conflict with my travel, so an invite for next Monday is on its way.",
        ":20281113T020000Z",
        "Tue, 07 Nov 2028 09:00:00 +0000",
        datetime(2028, 11, 13, 10, 0),
    ),
    (
        "Bonjour Ada, c'est le mieux que je puisse faire cette semaine - invitation envoyée.",
        ";TZID=Europe/Paris:20281110T080000",
        "Tue, 07 Nov 2028 10:00:00 +0100",
        datetime(2028, 11, 10, 15, 0),
    ),
    (
        "That's the closest I could get, sorry - invite attached.",
        ":20281115T060000Z",
        "Tue, 07 Nov 2028 09:00:00 +0000",
        datetime(2028, 11, 15, 14, 0),
    ),
]


@pytest.mark.parametrize(("body", "start", "date", "local"), _OWN_TIME)
def test_an_invite_beside_the_user_times_turned_down_offers_its_own(
    body: str, start: str, date: str, local: datetime
) -> None:
    verdict = _with_invite(body, start, date=date)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, _TZ) == [local]


# Near misses: (body, DTSTART, Date, the doubt kept).
_STILL_DOUBTED = [
    # A calendar's own text says nothing of the user's times.
    (
        "Noor Aziz has invited you to an event.\n\nChat: Ada / Noor\n"
        "Tuesday 14 Nov 2028 08:30 - 09:00 (Greenwich Mean Time)",
        ":20281114T083000Z",
        "Tue, 07 Nov 2028 09:00:00 +0000",
        "invite_offers_unseen",
    ),
    # A time called the best the sender can do may be one of the user's.
    (
        "Thursday 4pm is the best I can do - invite attached.",
        ";TZID=Asia/Singapore:20281116T160000",
        "Tue, 07 Nov 2028 12:00:00 +0800",
        "invite_offers_unseen",
    ),
    # The user's slot turned down: which time was sent, the words do not say.
    (
        "Your Tuesday slot didn't work for me, so I sent an invite.",
        ":20281115T060000Z",
        "Tue, 07 Nov 2028 09:00:00 +0000",
        "invite_offers_unseen",
    ),
    (
        "Sorry Ada, your slot is gone now - here's an invite.",
        ":20281115T060000Z",
        "Tue, 07 Nov 2028 09:00:00 +0000",
        "invite_offers_unseen",
    ),
    # "it is" that settles nothing.
    (
        "At 4:30 it is still school pickup for me, invite attached.",
        ";TZID=Asia/Singapore:20281114T163000",
        "Tue, 07 Nov 2028 12:00:00 +0800",
        "invite_offers_unseen",
    ),
    # The words' clock is not the event's.
    (
        "Tuesday at 4:30 it is - sending this over.",
        ";TZID=Asia/Singapore:20281115T163000",
        "Tue, 07 Nov 2028 12:00:00 +0800",
        "invite_beside_other_words",
    ),
    (
        "Sent you an invite for your Thursday 10am slot.",
        ";TZID=Asia/Singapore:20281116T140000",
        "Tue, 07 Nov 2028 12:00:00 +0800",
        "invite_beside_other_words",
    ),
]


@pytest.mark.parametrize(("body", "start", "date", "code"), _STILL_DOUBTED)
def test_an_invite_the_words_do_not_place_stays_doubted(
    body: str, start: str, date: str, code: str
) -> None:
    verdict = _with_invite(body, start, date=date)
    assert code in doubt_codes(verdict)


def test_the_quoted_offers_decide_over_a_compromise_word() -> None:
    # "this is the best I can do" above the user's own list, the event at its Thursday.
    verdict = _with_invite(
        "This is the best I can do - invite attached.",
        ":20281116T080000Z",
        date="Tue, 07 Nov 2028 09:00:00 +0000",
        quote=_OFFERS,
    )
    assert verdict.intent is Intent.ACCEPT
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, _TZ) == [datetime(2028, 11, 16, 16, 0)]


# The user's offers quoted, the words naming a part of the day: (body, DTSTART, local start).
_PART_OF_DAY = [
    ("Hi Ada, Thursday afternoon suits me - invite attached. Mei", ":20281116T080000Z", True),
    ("Tuesday evening is good for me, invite on its way.", ":20281114T083000Z", False),
    ("Thursday morning suits - invite attached. Mei", ":20281116T080000Z", False),
]


@pytest.mark.parametrize(("body", "start", "holds"), _PART_OF_DAY)
def test_a_part_of_the_day_that_holds_the_event_is_no_other_time(
    body: str, start: str, holds: bool
) -> None:
    verdict = _with_invite(body, start, date="Tue, 07 Nov 2028 12:00:00 +0800", quote=_OFFERS)
    assert verdict.intent is Intent.ACCEPT
    if holds:
        assert verdict.certain, doubt_codes(verdict)
    else:
        assert "invite_beside_other_words" in doubt_codes(verdict)
    assert local_starts(verdict, _TZ) == [
        datetime(2028, 11, 16, 16, 0) if "Thu" in body else datetime(2028, 11, 14, 16, 30)
    ]


# Sent from London (+00:00), no thread quoted: (body, the doubt kept or None).
_ON_USER_CLOCK = [
    ("Your Thursday 4pm works for me - invite attached.", None),
    ("Hi Ada, your Thursday 4pm is perfect, invite attached.", None),
    # The calendar's own text below the words dates the event; the words still name a bare
    # weekday, which the invitation puts a week on.
    (
        "Hi Ada - your Thursday 4pm works (early for me, but fine).\nInvite attached.\n\n"
        "Kai Berg has invited you to an event.\nAda Obi <> Kai Berg\n"
        "Thursday 16 Nov 2028 - 8am - 8:30am (Greenwich Mean Time)",
        None,
    ),
    # The sender's 4pm, which is not the event's.
    ("Thursday 4pm works for me - invite attached.", "invite_beside_other_words"),
    ("Your Thursday 5pm works for me - invite attached.", "invite_beside_other_words"),
]


@pytest.mark.parametrize(("body", "code"), _ON_USER_CLOCK)
def test_a_clock_the_words_call_the_user_is_read_on_the_user_side(
    body: str, code: str | None
) -> None:
    verdict = _with_invite(body, ":20281116T080000Z", date="Tue, 07 Nov 2028 09:00:00 +0000")
    assert verdict.intent is Intent.ACCEPT
    if code is None:
        assert verdict.certain, doubt_codes(verdict)
    else:
        assert code in doubt_codes(verdict)
    assert local_starts(verdict, _TZ) == [datetime(2028, 11, 16, 16, 0)]
