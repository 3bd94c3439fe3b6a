"""Round 8: the families that came back (invitations, cancellations, referrals with a soft
no, a question before any yes) fixed as families, and the zone a bracket names. Sentences of
our own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from workflows.stages import Intent
from workflows.understanding import Verdict, understand
from workflows.understanding.times import read_times

Read = Callable[..., Verdict]

# The user offered Tue Dec 8 at 3pm ET (20:00 UTC) and Thu Dec 10 at 10am ET (15:00 UTC).
_THREAD = (
    "\n\nOn Fri, Dec 4, 2026 at 10:00 AM Jordan Lee <jordan@example.com> wrote:\n"
    "> Could we talk next week? Tue Dec 8 at 3pm ET or Thu Dec 10 at 10am ET.\n"
)


def _calendar(method: str, start: str) -> str:
    return (
        f"BEGIN:VCALENDAR\r\nMETHOD:{method}\r\nBEGIN:VEVENT\r\nUID:r8@example.com\r\n"
        f"DTSTART:{start}\r\nDURATION:PT30M\r\nSEQUENCE:0\r\nSUMMARY:Chat\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def _with_calendar(body: str, method: str, start: str, *, thread: bool) -> Verdict:
    raw = (
        "From: Ines Duarte <ines@example.com>\nTo: Jordan Lee <jordan@example.com>\n"
        "Subject: Invitation: Chat\nDate: Mon, 07 Dec 2026 09:00:00 -0600\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\n'
        + body
        + (_THREAD if thread else "")
        + f'\n--b\nContent-Type: text/calendar; method={method}; charset="utf-8"\n\n'
        + _calendar(method, start)
        + "--b--\n"
    )
    return understand(raw.encode(), tz=UTC, meeting_length=timedelta(minutes=30))


@pytest.mark.parametrize(
    ("body", "start", "thread", "intent", "certain"),
    [
        # The thread is in view: the event's start is held against the user's two times.
        ("Sent you an invite, talk soon.", "20261208T200000Z", True, Intent.ACCEPT, True),
        ("Sent you an invite, talk soon.", "20261209T170000Z", True, Intent.PROPOSE_TIMES, True),
        # No thread: the words say the time is the sender's own, or one of the user's.
        ("None of those suit me, so I put Wednesday noon in.", "20261209T180000Z", False,
         Intent.PROPOSE_TIMES, True),
        ("Neither of them really worked on my side; here's Friday.", "20261211T180000Z", False,
         Intent.PROPOSE_TIMES, True),
        ("Thursday works - invite on its way.", "20261210T150000Z", False, Intent.ACCEPT, True),
        # No thread and nothing said: the reader cannot tell a booking from a new time.
        ("Shout if this is a problem.", "20261210T160000Z", False, Intent.ACCEPT, False),
    ],
)  # fmt: skip
def test_an_invitation_is_held_against_the_times_the_user_offered(
    body: str, start: str, thread: bool, intent: Intent, certain: bool
) -> None:
    verdict = _with_calendar(body, "REQUEST", start, thread=thread)
    assert verdict.intent is intent
    assert verdict.certain is certain, verdict.doubts
    if not certain:
        assert [d.code for d in verdict.doubts] == ["invite_offers_unseen"]


@pytest.mark.parametrize(
    "body",
    [
        # Outlook's notice repeats the event in its own words, with an offset that reads apart.
        "Sorry, have to cancel tomorrow.\n\nWhen: Tuesday, December 8, 2026 2:00 PM-2:30 PM"
        " (UTC-06:00) Central Time (US & Canada).",
        "Something urgent landed, I need to call off our chat on Tuesday at 2pm. Apologies!",
    ],
)
def test_a_cancelled_event_offers_nothing_unless_the_words_do(body: str) -> None:
    verdict = _with_calendar(body, "CANCEL", "20261208T200000Z", thread=False)
    assert verdict.intent is Intent.CANCEL
    assert verdict.proposed_times == ()
    assert verdict.certain, verdict.doubts


def test_a_cancel_that_offers_a_new_time_in_words_is_a_reschedule_to_it() -> None:
    verdict = _with_calendar(
        "Have to cancel Tuesday, sorry. Would Friday at 11am work?",
        "CANCEL",
        "20261208T200000Z",
        thread=False,
    )
    assert verdict.intent is Intent.RESCHEDULE
    assert [f"{w.start.astimezone(UTC):%a %H:%M}" for w in verdict.proposed_times] == ["Fri 17:00"]


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # A soft no and a person to talk to: nothing is being moved, so no reschedule, however
        # the rest reads ("reporter" is a job here, not French for "postpone").
        ("I can't take calls this month, but talk to Jonas Weber (jonas@kiez.example); he was"
         " a reporter before moving into design.", Intent.REFERRAL),
        ("Not this quarter, sorry - ask Priya Shah (priya.shah@orbit.example) instead, she"
         " can help.", Intent.REFERRAL),
        # Moving an agreed call is still a reschedule, in French too.
        ("Je dois reporter notre appel de mardi. Mercredi à 15h ?", Intent.RESCHEDULE),
        # A question to the user before any time is set, the last thing the reply asks.
        ("Happy to help! But are you leaning more toward research or writing? Let me know.",
         Intent.OTHER),
        ("Glad to. Is this for a job search or a class project?\n\nThanks!", Intent.OTHER),
    ],
)  # fmt: skip
def test_the_family_is_read_not_the_wording(read_reply: Read, body: str, intent: Intent) -> None:
    verdict = read_reply(body)
    assert verdict.intent is intent
    assert verdict.certain, verdict.doubts


def test_a_referral_whose_person_is_not_found_is_in_doubt_not_a_reschedule(
    read_reply: Read,
) -> None:
    verdict = read_reply(
        "Pas ce mois-ci, mais parlez à Claire Dubois (claire@atelier.example), ancienne reporter."
    )
    assert verdict.intent is not Intent.RESCHEDULE
    assert not verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        # A question about when is part of making the plan: still a yes.
        "Happy to chat! Which day suits you best?",
        "Sure, how about Tuesday?",
    ],
)
def test_a_question_about_when_is_no_question_before_committing(
    read_reply: Read, body: str
) -> None:
    assert read_reply(body).intent is not Intent.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "El jueves por la mañana (por la mañana tuya, hora de Boston) me viene bien.",
        "Thursday morning (Boston time) is open.",
    ],
)
def test_a_bracket_after_a_part_of_the_day_names_its_zone(text: str) -> None:
    madrid = ZoneInfo("Europe/Madrid")
    reading = read_times(
        text,
        datetime(2027, 1, 11, 10, 0, tzinfo=madrid),
        madrid,
        timedelta(minutes=30),
        user_tz=ZoneInfo("America/New_York"),
    )
    assert [f"{w.start:%a %H:%M %z}" for w in reading.proposed] == ["Thu 09:00 -0500"]


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # The same instant said again in the user's zone or the sender's: one pick, no doubt.
        ("Va bene martedì 8 alle 21:00 ora italiana, cioè le 15 da lei.", Intent.ACCEPT),
        ("Dinsdag 8 om 21:00 (onze tijd, dus 15 uur bij jou) is prima.", Intent.ACCEPT),
        ("Olá, com todo o gosto. Terça, dia 8, às 15h (hora de Boston) serve-me perfeitamente - cá"
         " são 20h.", Intent.ACCEPT),
        ("Tuesday Dec 8 at 3pm ET works. I think that’s 8pm for me.", Intent.ACCEPT),
        # Copied in with the French short form, brought "en contact avec" the user.
        ("Je vous mets en contact avec ma collègue Aline Roy (en c.c.), qui connaît bien le"
         " sujet.", Intent.REFERRAL),
        # The user's own time quoted back in a no: a decline, nothing offered.
        ("Got your email about Tuesday at 3 - I'll have to pass, sorry. Too much on.",
         Intent.DECLINE),
        # A question for the user, no cue besides it: the user has to answer first.
        ("I moved teams last spring, so I may not be much use on that. Still keen, knowing"
         " that?", Intent.OTHER),
    ],
)  # fmt: skip
def test_a_careful_reader_would_not_hesitate(read_reply: Read, body: str, intent: Intent) -> None:
    verdict = read_reply(body, "Mon, 07 Dec 2026 09:00:00 +0100")
    assert verdict.intent is intent
    assert verdict.certain, verdict.doubts


def test_a_sentence_pointing_back_at_a_quoted_time_needs_no_day(read_reply: Read) -> None:
    verdict = read_reply(
        "That's 9pm here, too late for me. Could you do Wednesday 9 Dec at 4pm ET instead?",
        "Mon, 07 Dec 2026 09:00:00 +0100",
    )
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert verdict.certain, verdict.doubts


def test_a_restatement_in_the_senders_zone_says_the_time_was_the_users() -> None:
    # From Seattle to a user in New York who offered Wed Dec 9 at 1pm ET.
    raw = (
        "From: Ines Duarte <ines@example.com>\nTo: Jordan Lee <jordan@example.com>\n"
        "Subject: Re: chat\nDate: Mon, 07 Dec 2026 09:00:00 -0800\n\n"
        "Wednesday at 1 is good - that's 10am my side. See you then.\n\n"
        "On Fri, Dec 4, 2026 at 10:00 AM Jordan Lee <jordan@example.com> wrote:\n"
        "> Could we talk Wed Dec 9 at 1pm ET?\n"
    )
    verdict = understand(raw.encode(), tz=UTC, meeting_length=timedelta(minutes=30))
    assert verdict.intent is Intent.ACCEPT
    assert [f"{w.start.astimezone(UTC):%a %H:%M}" for w in verdict.proposed_times] == ["Wed 18:00"]
    assert verdict.certain, verdict.doubts
