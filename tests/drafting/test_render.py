"""Each draft kind carries the playbook's facts, degrading gracefully when one is missing."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from connectors.errors import InputError
from workflows.drafting import (
    ContactFacts,
    DraftContext,
    MeetingFacts,
    NothingToSay,
    has_something_to_say,
    render_draft,
)
from workflows.drafting.thread import reply_subject
from workflows.stages import DraftKind


def first_sentence(text: str) -> str:
    body = text.split("\n\n", 1)[1]
    return re.split(r"(?<=[.?])\s", body, maxsplit=1)[0]


def test_outreach_asks_for_the_meeting_length_within_15_to_30_minutes(sender, full_contact):
    text = render_draft(DraftKind.OUTREACH, DraftContext(sender, full_contact)).text
    # One length, never a range that wavers ("anything from 15 to 30").
    assert re.findall(r"\b(\d+)[ -]minute", text) == ["20"]

    longer = replace(sender, meeting_minutes=30)
    text = render_draft(DraftKind.OUTREACH, DraftContext(longer, full_contact)).text
    assert re.findall(r"\b(\d+)[ -]minute", text) == ["30"]


def test_outreach_says_plainly_it_is_not_asking_for_a_job(samples):
    for name in ("outreach-full", "outreach-bare", "referral-outreach-full"):
        assert "a job or an internship" in samples[name].text
        assert re.search(
            r"not (asking|looking) for a job|isn't a request for a job", samples[name].text
        )
        assert "advice" in samples[name].text


def test_outreach_names_how_the_user_found_them_and_their_work(samples):
    full = samples["outreach-full"].text
    assert "through the Rice alumni directory" in full
    assert "Senior UX Researcher at Acme Health" in full
    assert "through your talk at the Bay Area UX meetup" in samples["outreach-plain"].text


def test_outreach_states_the_users_goals_and_flexibility(samples):
    text = samples["outreach-full"].text
    assert "exploring a move from classroom teaching into UX research." in text
    assert re.search(r"fit around your schedule|time that suits you|around your calendar", text)
    # How to meet is settled later, from their answer: the outreach assumes none.
    assert not re.search(r"\b(video|phone|in person)\b", text)


def test_outreach_without_org_or_how_found_mentions_neither(samples):
    draft = samples["outreach-bare"]
    assert draft.subject == "A question about your work"
    assert " at " not in draft.text.split("\n\n")[1]
    assert "through " not in draft.text


def test_referral_outreach_names_the_referrer_in_the_first_sentence(samples):
    assert first_sentence(samples["referral-outreach-full"].text).startswith(
        "Maria Chen suggested I contact you about your work at Acme Health, "
    )
    assert first_sentence(samples["referral-outreach-bare"].text).startswith(
        "Jordan Blake suggested I contact you"
    )
    assert samples["referral-outreach-full"].subject == "Maria Chen suggested I get in touch"


def test_referral_outreach_without_a_referrer_is_refused(sender, bare_contact):
    with pytest.raises(InputError, match="referrer"):
        render_draft(DraftKind.REFERRAL_OUTREACH, DraftContext(sender, bare_contact))


def test_nudge_is_one_short_polite_note_with_an_easy_out(samples):
    text = samples["nudge-full"].text
    assert re.search(r"in case it (got buried|slipped past|got lost)|may have been buried", text)
    assert re.search(r"no need to reply|no reply is needed|don.t feel you have to answer", text)
    assert len(text.split()) < 80
    assert samples["nudge-full"].subject == "Re: A question about your work at Acme Health"


def test_scheduling_reply_accepting_their_window_restates_it_concretely(samples):
    text = samples["scheduling-accept-with-place"].text
    assert "Tuesday, March 10, 3:00–3:30 PM PT works well for me" in text
    assert "at Blue Bottle Coffee, 66 Mint St" in text
    assert "30 minutes" in text


def test_scheduling_reply_accepting_without_a_place_asks_how_to_meet(samples):
    text = samples["scheduling-accept-no-place"].text
    assert "Tuesday, March 10, 3:00–3:30 PM PT" in text
    # Nothing agreed: the user's preference is offered, once, as a choice.
    assert text.count("a video call") == 1
    assert re.search(r"a video call(, or| work for you, or)", text)


def test_scheduling_reply_offers_at_most_three_concrete_slots(samples):
    text = samples["scheduling-offer-full"].text
    offered = [line for line in text.splitlines() if line.startswith("- ")]
    assert offered == [
        "- Wednesday, March 11, 2:00–2:30 PM PT",
        "- Thursday, March 12, 2:00–2:30 PM PT",
        "- Friday, March 13, 2:00–2:30 PM PT",
    ]
    assert "If none of these suits you" in text
    assert text.count("a video call") == 1
    assert "about 30 minutes" in text


def test_scheduling_reply_with_their_booking_link_says_the_user_will_book(samples):
    text = samples["scheduling-booking-link"].text
    assert "Thank you for sending your scheduling page" in text
    assert "I'll book a time through it" in text


def test_scheduling_reply_prefers_their_window_over_offering_slots(sender, full_contact):
    start = datetime(2026, 3, 12, 9, 0, tzinfo=ZoneInfo("America/New_York"))
    ctx = DraftContext(
        sender,
        full_contact,
        accepted_window=(start, start + timedelta(minutes=20)),
        offered_slots=[(start + timedelta(days=1), start + timedelta(days=1, minutes=20))],
    )
    text = render_draft(DraftKind.SCHEDULING_REPLY, ctx).text
    # Restated in the user's zone: 9 AM ET is 6 AM PT.
    assert "Thursday, March 12, 6:00–6:20 AM PT works well for me" in text
    assert "Friday" not in text


def test_scheduling_reply_without_anything_to_say_is_refused(sender, full_contact):
    with pytest.raises(InputError, match="scheduling reply"):
        render_draft(DraftKind.SCHEDULING_REPLY, DraftContext(sender, full_contact))


def test_confirmation_gives_date_time_zone_place_and_length(samples):
    text = samples["confirmation-in-person"].text
    assert "Tuesday, March 10, 3:00–3:30 PM PT, at Blue Bottle Coffee, 66 Mint St." in text
    assert "30 minutes" in text
    assert re.search(r"look(ing)? forward", text)
    video = samples["confirmation-video"].text
    assert "Tuesday, March 10, 3:00–3:20 PM PT" in video
    assert "Here is the link we'll use: https://meet.example.com/abc-defg-hij\n" in video
    assert "20 minutes" in video


def test_confirmation_without_a_meeting_is_refused(sender, full_contact):
    with pytest.raises(InputError, match="confirmation"):
        render_draft(DraftKind.CONFIRMATION, DraftContext(sender, full_contact))


def test_thank_you_says_what_stayed_with_the_user_in_the_second_person(samples):
    text = samples["thank-you-full"].text
    assert "you suggested I join the local UXPA chapter and volunteer at a study night." in text
    # Takeaways are rephrased to speak to them, never pasted about them.
    assert "she suggested" not in text
    # Private notes are not what the user took from the meeting.
    assert "patient portal" not in text
    assert "mentors career changers" not in text


def test_thank_you_asks_to_stay_in_touch_and_will_follow_the_advice(samples):
    for name in ("thank-you-full", "thank-you-bare"):
        text = samples[name].text
        assert "stay in touch" in text
        assert "advice" in text


def test_thank_you_mentions_the_resume_only_when_a_takeaway_does(samples):
    assert "look over my resume" in samples["thank-you-full"].text
    assert "resume" not in samples["thank-you-plain"].text
    assert "resume" not in samples["thank-you-bare"].text


def test_thank_you_never_draws_on_private_notes(sender, full_contact, in_person):
    contact = replace(
        full_contact, takeaways=(), notes=[(date(2026, 3, 10), "Offered to review my CV")]
    )
    text = render_draft(DraftKind.THANK_YOU, DraftContext(sender, contact, in_person)).text
    assert "CV" not in text and "resume" not in text
    assert "stay in touch" in text


def test_follow_up_reports_progress_thanks_again_and_offers_help(samples):
    text = samples["follow-up-with-progress"].text
    assert (
        "I joined the UXPA chapter and I'm now volunteering on their usability study night." in text
    )
    assert "anything I can do for you" in text


def test_follow_up_without_an_update_has_nothing_to_say(sender, full_contact):
    ctx = DraftContext(sender, full_contact)
    assert not has_something_to_say(DraftKind.FOLLOW_UP, ctx)
    with pytest.raises(NothingToSay, match="--update"):
        render_draft(DraftKind.FOLLOW_UP, ctx)


def test_close_out_is_gracious_and_thanks_for_pointers(samples):
    text = samples["close-out-with-referral"].text
    assert "Tomás Ruiz and Ana Silva" in text
    assert "another time" in text
    assert "Tomás" not in samples["close-out-bare"].text


def test_replies_use_the_thread_subject_once(sender, full_contact):
    ctx = DraftContext(sender, full_contact, their_subject="RE:  Coffee next week?")
    assert render_draft(DraftKind.NUDGE, ctx).subject == "Re: Coffee next week?"
    assert reply_subject("Coffee next week?") == "Re: Coffee next week?"
    assert reply_subject("Aw: Kaffee?") == "Re: Kaffee?"


@pytest.mark.parametrize(
    "subject",
    [
        "Automatic reply: Coffee next week?",
        "Out of Office: Coffee next week?",
        "Abwesend: Coffee next week?",
        "Re: Automatic reply: Coffee next week?",
        "AW: Abwesenheitsnotiz: Coffee next week?",
        "Réponse automatique : Coffee next week?",
    ],
)
def test_auto_reply_subjects_never_leak_into_ours(subject):
    assert reply_subject(subject) == "Re: Coffee next week?"


def test_new_threads_get_a_short_natural_subject_per_kind(sender, full_contact, in_person):
    ctx = DraftContext(sender, full_contact, in_person, progress_note="I signed up for a course")
    subjects = {
        kind: render_draft(kind, ctx).subject
        for kind in DraftKind
        if kind.value != "scheduling_reply"
    }
    assert subjects[DraftKind.OUTREACH] == "A question about your work at Acme Health"
    assert len(set(subjects.values())) == len(subjects)
    assert all(len(subject) < 60 for subject in subjects.values())


def test_a_signature_with_its_own_closing_is_not_given_another(sender, full_contact):
    signed = replace(sender, signature="Thanks so much,\nSam")
    text = render_draft(DraftKind.OUTREACH, DraftContext(signed, full_contact)).text
    assert text.endswith(".\n\nThanks so much,\nSam\n")
    assert text.count("Thanks so much") == 1


def test_an_empty_signature_signs_with_the_users_name(sender, full_contact):
    unsigned = replace(sender, signature="  ")
    text = render_draft(DraftKind.NUDGE, DraftContext(unsigned, full_contact)).text
    assert text.endswith(",\nSam Rivera\n")


def test_html_alternative_is_escaped_paragraphs_with_links(sender, full_contact, on_video):
    meeting = replace(on_video, place="R&D <Labs> lobby")
    draft = render_draft(DraftKind.CONFIRMATION, DraftContext(sender, full_contact, meeting))
    assert "at R&D <Labs> lobby." in draft.text
    assert "at R&amp;D &lt;Labs&gt; lobby." in draft.html
    link = "https://meet.example.com/abc-defg-hij"
    assert f'<a href="{link}">{link}</a>' in draft.html
    assert draft.html.count("<p>") == draft.text.strip().count("\n\n") + 1


def test_meeting_length_given_explicitly_wins_over_the_span(sender, full_contact, in_person):
    meeting = MeetingFacts(in_person.start, in_person.end, place=in_person.place, length=25)
    text = render_draft(DraftKind.CONFIRMATION, DraftContext(sender, full_contact, meeting)).text
    assert "I'll keep it to 25 minutes." in text


def test_a_contact_without_a_name_is_greeted_plainly(sender):
    contact = ContactFacts(name="", email="info@studio.example")
    text = render_draft(DraftKind.OUTREACH, DraftContext(sender, contact)).text
    assert text.startswith("Hello,\n\n")
