"""The labelling conventions (EVALUATION.md (a)-(e)) as the reader applies them."""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest

from workflows.stages import Intent
from workflows.understanding import Verdict, understand

HEADERS = (
    "From: Dana Reyes <dana@example.com>\nTo: Jordan Lee <jordan@example.com>\n"
    "Subject: Re: chat\nDate: Mon, 07 Dec 2026 09:00:00 -0500\n"
)
OUTREACH = (
    "\n\nOn Fri, Dec 4, 2026 at 10:00 AM Jordan Lee <jordan@example.com> wrote:\n"
    "> Would you have 20 minutes next week? I could do Tue Dec 8 at 3pm ET\n"
    "> or Thu Dec 10 at 10am ET.\n"
)
BOUNDARY = "b0und"


def read(raw: str) -> Verdict:
    return understand(raw.encode(), tz=UTC, meeting_length=timedelta(minutes=30))


def plain(body: str) -> Verdict:
    return read(HEADERS + "\n" + body)


def with_invite(body: str, ics: str) -> Verdict:
    return read(
        HEADERS + f'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="{BOUNDARY}"\n\n'
        f"--{BOUNDARY}\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
        f"--{BOUNDARY}\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n{ics}\n"
        f"--{BOUNDARY}--\n"
    )


def event(start: str, *, method: str = "REQUEST", sequence: int = 0, status: str = "") -> str:
    lines = [
        "BEGIN:VCALENDAR",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        "UID:chat-1@example.com",
        f"SEQUENCE:{sequence}",
        f"DTSTART:{start}",
        "DURATION:PT30M",
        "SUMMARY:Coffee chat",
    ]
    lines += [f"STATUS:{status}"] if status else []
    return "\n".join([*lines, "END:VEVENT", "END:VCALENDAR"])


def starts(verdict: Verdict) -> list[str]:
    return [f"{w.start.astimezone(UTC):%m-%dT%H:%M}" for w in verdict.proposed_times]


def test_a_pick_of_an_offered_time_lists_the_picked_window() -> None:
    verdict = plain("Thursday at 10 works for me. Talk then!" + OUTREACH)
    assert (verdict.intent, starts(verdict)) == (Intent.ACCEPT, ["12-10T15:00"])


def test_a_booking_link_in_the_signature_is_not_the_answer() -> None:
    body = (
        "Sure, happy to chat. Thursday at 10 works.\n\nBest,\nDana\n\nDana Reyes\n"
        "Director of Product | Example Health\nBook time with me: "
        "https://outlook.office.com/bookwithme/user/4f1c2b9e8d7a4c0b@example.com/meetingtype/Lq3x"
        "Rt7?anonymous&ep=mLinkFromTile"
    )
    verdict = plain(body + OUTREACH)
    assert (verdict.intent, verdict.scheduling_link) == (Intent.ACCEPT, None)


def test_below_a_closing_a_long_signature_offers_no_link_and_no_time() -> None:
    body = (
        "Sure, happy to chat - send over a few times.\n\nBest,\nDana\n\nDana Reyes\n"
        "Director of Product\nExample Health\n123 Main St, Suite 400\nBoston, MA 02110\n"
        "M: +1 617 555 0101\nOffice hours: Tuesday 2-4pm ET\nlinkedin.com/in/danareyes\n"
        "Book time with me: https://calendly.com/dana-reyes/30min"
    )
    verdict = plain(body + OUTREACH)
    assert (verdict.intent, verdict.scheduling_link, verdict.proposed_times) == (
        Intent.ACCEPT,
        None,
        (),
    )


def test_a_reply_that_says_to_book_takes_the_link_from_the_signature() -> None:
    body = (
        "Sure, grab any time that works on my calendar.\n\nBest,\nDana\n\nDana Reyes |"
        " Director of Product\nhttps://calendly.com/dana-reyes/30min"
    )
    verdict = plain(body + OUTREACH)
    assert (verdict.intent, verdict.scheduling_link) == (
        Intent.ACCEPT,
        "https://calendly.com/dana-reyes/30min",
    )


def test_a_booking_link_given_as_the_answer_is_an_accept_with_the_link() -> None:
    verdict = plain("Easiest is to grab any slot here: https://cal.com/dana-reyes/20min" + OUTREACH)
    assert verdict.intent is Intent.ACCEPT
    assert verdict.scheduling_link == "https://cal.com/dana-reyes/20min"
    assert verdict.proposed_times == ()


def test_an_invitation_at_a_time_the_user_never_offered_is_an_offer() -> None:
    verdict = with_invite(
        "Happy to! I've put Wednesday 1pm on the calendar, invite attached." + OUTREACH,
        event("20261209T180000Z"),
    )
    assert (verdict.intent, starts(verdict)) == (Intent.PROPOSE_TIMES, ["12-09T18:00"])


def test_an_invitation_at_an_offered_time_is_an_accept_with_its_window() -> None:
    verdict = with_invite(
        "Thursday works, sending the invite." + OUTREACH, event("20261210T150000Z")
    )
    assert (verdict.intent, starts(verdict)) == (Intent.ACCEPT, ["12-10T15:00"])


def test_an_invitation_inviting_a_counter_offer_without_history_is_an_offer() -> None:
    verdict = with_invite(
        "Here's a slot that works on my end - if it doesn't suit, propose another.",
        event("20261209T180000Z"),
    )
    assert (verdict.intent, starts(verdict)) == (Intent.PROPOSE_TIMES, ["12-09T18:00"])


def test_an_updated_invitation_is_a_reschedule_to_its_new_window() -> None:
    verdict = with_invite("Moved us to Friday, same time.", event("20261211T150000Z", sequence=1))
    assert (verdict.intent, starts(verdict)) == (Intent.RESCHEDULE, ["12-11T15:00"])


def test_a_cancelled_invitation_lists_no_window() -> None:
    # Google's notice repeats the cancelled event's time in its text.
    verdict = with_invite(
        "This event has been canceled.\n\nCoffee chat\nThursday Dec 10, 2026 ⋅ 10am – 10:30am"
        "\nEastern Time - New York",
        event("20261210T150000Z", method="CANCEL", status="CANCELLED"),
    )
    assert (verdict.intent, starts(verdict)) == (Intent.CANCEL, [])


def test_a_referral_with_a_booking_link_only_in_the_signature_is_a_referral() -> None:
    verdict = plain(
        "I mainly recruit for engineering, so please reach out to Tom Becker"
        " (tom.becker@example.com) instead.\n\nBest,\nDana\n\nDana Reyes | Recruiter\n"
        "Grab time with me: https://calendly.com/dana-reyes/15min" + OUTREACH
    )
    assert (verdict.intent, verdict.scheduling_link) == (Intent.REFERRAL, None)


def test_a_cancelled_invitation_offering_a_new_time_is_a_reschedule_to_it() -> None:
    verdict = with_invite(
        "Sorry, I have to cancel Thursday. Could we do Friday at 2pm instead?",
        event("20261210T150000Z", method="CANCEL", status="CANCELLED"),
    )
    assert (verdict.intent, starts(verdict)) == (Intent.RESCHEDULE, ["12-11T19:00"])


@pytest.mark.parametrize(
    "body",
    ["Thursday works for me!", "Can't do Tuesday, but Thursday is fine.", "Let's do Thursday."],
)
def test_a_day_that_picks_one_offered_time_lists_that_time(body: str) -> None:
    verdict = plain(body + OUTREACH)
    assert (verdict.intent, verdict.certain, starts(verdict)) == (
        Intent.ACCEPT,
        True,
        ["12-10T15:00"],
    )


def test_a_yes_to_the_only_offered_time_lists_it() -> None:
    only = OUTREACH.replace("\n> or Thu Dec 10 at 10am ET.", ".")
    verdict = plain("Works for me, see you then!" + only)
    assert (verdict.intent, verdict.certain, starts(verdict)) == (
        Intent.ACCEPT,
        True,
        ["12-08T20:00"],
    )


@pytest.mark.parametrize(
    "body",
    ["Sure, how about Thursday?", "Works for me!", "I'm free from March 2. Happy to chat then!"],
)
def test_a_day_asked_about_or_a_bare_yes_to_two_times_picks_nothing(body: str) -> None:
    verdict = plain(body + OUTREACH)
    assert (verdict.certain, verdict.proposed_times) == (False, ())


def test_the_weekday_and_hour_of_an_offered_time_on_another_date_is_doubted() -> None:
    verdict = plain(
        "Sorry I missed this! Both of those have passed - how about Tuesday Dec 15 at 3pm ET?"
        + OUTREACH
    )
    assert [d.code for d in verdict.doubts] == ["pick_on_another_date"]


def test_two_of_the_users_own_times_named_back_pick_nothing_for_sure() -> None:
    verdict = plain(
        "Yes! Tuesday at 3 ET works great, and if anything changes I can also do Thursday at"
        " 10 ET." + OUTREACH
    )
    assert [d.code for d in verdict.doubts] == ["pick_without_time"]
