"""The prep brief gathers who, what the user knows, logistics, pitch, how to run it, questions."""

from __future__ import annotations

from dataclasses import replace

from workflows.drafting import DraftContext, build_brief
from workflows.drafting.questions import Category


def section(text: str, heading: str) -> str:
    """The text under ``heading`` up to the next capitalised heading."""
    after = text.split(f"\n{heading}\n", 1)[1]
    lines = []
    for line in after.splitlines():
        if line.isupper():
            break
        lines.append(line)
    return "\n".join(lines)


def question_lines(text: str) -> list[str]:
    return [line for line in section(text, "QUESTIONS").splitlines() if line.startswith("- ")]


def test_brief_has_8_to_12_questions_across_at_least_5_categories(samples):
    headings = {category.heading: category for category in Category}
    for name, sample in samples.items():
        if sample.kind != "brief":
            continue
        questions = question_lines(sample.text)
        assert 8 <= len(questions) <= 12, name
        found = {
            headings[line]
            for line in section(sample.text, "QUESTIONS").splitlines()
            if line in headings
        }
        assert len(found) >= 5 and Category.REFERRALS in found, name


def test_brief_question_count_can_be_chosen(sender, full_contact):
    brief = build_brief(DraftContext(sender, full_contact), question_count=12)
    assert len(question_lines(brief.text)) == 12


def test_brief_says_who_and_what_the_user_knows(samples):
    text = samples["brief-full-in-person"].text
    who = section(text, "WHO YOU'RE MEETING")
    assert "- Dana Lee, Senior UX Researcher at Acme Health" in who
    assert "- How you found them: the Rice alumni directory" in who
    assert "Maria Chen" in who
    known = section(text, "WHAT YOU KNOW SO FAR")
    assert "- February 20, 2026: Acme Health redesigned its patient portal last year." in known
    assert "- They wrote: Busy until March; happy to talk after the 9th." in known


def test_brief_research_checklist_puts_the_organization_first(samples):
    research = section(samples["brief-full-in-person"].text, "RESEARCH BEFORE YOU GO")
    first = research.strip().splitlines()[0]
    assert first.startswith("- Acme Health, above all")
    assert "education, specialty, past roles" in research


def test_brief_logistics_in_person(samples):
    logistics = section(samples["brief-full-in-person"].text, "LOGISTICS")
    assert "- When: Tuesday, March 10, 3:00–3:30 PM PT (30 minutes)" in logistics
    assert "- Where: Blue Bottle Coffee, 66 Mint St" in logistics
    assert "travel time" in logistics
    assert "arrive 10–15 minutes early" in logistics
    assert "Dress" in logistics
    assert "resume at hand, but offer it only if they ask" in logistics


def test_brief_logistics_on_video(samples):
    logistics = section(samples["brief-bare-video"].text, "LOGISTICS")
    assert "- When: Tuesday, March 10, 3:00–3:20 PM PT (20 minutes)" in logistics
    assert "- Link: https://meet.example.com/abc-defg-hij" in logistics
    assert "Join a few minutes early" in logistics
    assert "Where:" not in logistics


def test_brief_without_a_meeting_says_the_time_is_not_settled(samples):
    logistics = section(samples["brief-full-no-meeting"].text, "LOGISTICS")
    assert "not settled yet" in logistics
    assert "10–15 minutes early" in logistics


def test_brief_carries_the_pitch_goals_and_how_to_run_it(samples):
    text = samples["brief-full-in-person"].text
    pitch = section(text, "YOUR PITCH")
    assert "- Who you are: I taught high-school chemistry for eight years" in pitch
    assert "- What you're aiming for: I'm exploring a move" in pitch
    run = section(text, "HOW TO RUN IT")
    for step in (
        "thanking them",
        "Restate your purpose and that Maria Chen suggested",
        "not a job",
        "30 minutes",
        "Take notes",
        "their card",
        "anyone else",
        "stay in touch",
    ):
        assert step in run, step
    assert "Maria Chen" not in section(samples["brief-bare-video"].text, "HOW TO RUN IT")


def test_brief_title_names_the_contact_and_says_it_is_private(samples):
    brief = samples["brief-full-in-person"]
    assert brief.subject == "Prep: coffee chat with Dana Lee (Acme Health)"
    assert samples["brief-bare-video"].subject == "Prep: coffee chat with Alex Kim"
    assert "never shared with Dana" in brief.text


def test_brief_html_has_a_heading_per_section(samples):
    html = samples["brief-full-in-person"].html
    for heading in ("LOGISTICS", "YOUR PITCH", "QUESTIONS"):
        assert f"<h3>{heading}</h3>" in html
    assert "<li>- " not in html


def test_a_strangers_markup_and_script_links_never_reach_the_brief(sender, full_contact, in_person):
    # Given a reply and an invitation whose HTML carries a script and script links
    hostile = replace(
        full_contact,
        earlier_gist=[
            'Hi Sam, Happy to talk! <img src=x onerror="alert(1)"> My portfolio: '
            '<a href="javascript:alert(2)">here</a> or javascript:alert(3) or '
            "data:text/html;base64,PHNjcmlwdD4= and JaVaScRiPt&#58;alert(4). "
            "Details at https://dana.example/work."
        ],
    )
    meeting = replace(in_person, place="Blue Bottle<svg onload=alert(5)>", link="javascript:x()")
    # When the brief is built
    brief = build_brief(DraftContext(sender, hostile, meeting))
    # Then neither its text (the event description) nor its HTML holds markup or a script link
    for shown in (brief.text, brief.html):
        lowered = shown.lower()
        for bad in ("<img", "<svg", "onerror", "onload", "javascript", "data:text"):
            assert bad not in lowered
    known = section(brief.text, "WHAT YOU KNOW SO FAR")
    assert "- They wrote: " in known and "Happy to talk! My portfolio: here or" in known
    assert "https://dana.example/work" in known
    assert "- Where: Blue Bottle" in section(brief.text, "LOGISTICS")
