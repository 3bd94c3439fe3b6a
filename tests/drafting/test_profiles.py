"""Issue 9's done-when: every draft kind for a table of contacts, checked mechanically.

Each profile is one conversation: the outreach starts the thread, every later
draft answers it (their reply, an out-of-office, or the user's own note is
the previous message). The checks are the ones a careful reader applies:
length, voice (the contact is "you", never "he"/"she"), privacy (no private
note leaks), threading, no medium that was not agreed, and no two contacts
receiving the same letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from workflows.drafting import (
    ContactFacts,
    DraftContext,
    MeetingFacts,
    Quoted,
    Sender,
    build_brief,
    link_in,
    medium_in,
    render_draft,
)
from workflows.stages import DraftKind

PT = ZoneInfo("America/Los_Angeles")
MEETING = datetime(2026, 3, 10, 10, 0, tzinfo=PT)
SENDER = Sender(
    name="Sam Rivera",
    email="sam.rivera@example.com",
    pitch=(
        "I taught high-school science for six years and ran usability studies for two non-profits"
    ),
    goals="I want to learn how research teams work day to day",
    exploring="a move from teaching into UX research",
    sectors=("health tech", "ed-tech"),
    preferred_medium="a video call",
    signature="Sam Rivera",
    timezone="America/Los_Angeles",
)
#: (lowest, highest) words of a body, signature and quote excluded.
WORDS = {
    DraftKind.OUTREACH: (75, 150),
    DraftKind.REFERRAL_OUTREACH: (75, 150),
    DraftKind.NUDGE: (25, 80),
    DraftKind.SCHEDULING_REPLY: (20, 120),
    DraftKind.CONFIRMATION: (25, 100),
    DraftKind.THANK_YOU: (45, 150),
    DraftKind.FOLLOW_UP: (35, 130),
    DraftKind.CLOSE_OUT: (30, 100),
}
THIRD_PERSON = re.compile(r"\b(he|she|him|her|his|hers|himself|herself)\b", re.IGNORECASE)
MEDIUM_WORDS = re.compile(
    r"\b(video|zoom|teams|phone|in person|coffee|google meet|link)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Profile:
    """One contact and how their conversation went."""

    contact: ContactFacts
    reply: str
    their_zone: str | None = None
    auto_reply: bool = False
    update: str | None = None
    referred: tuple[str, ...] = ()
    offer: bool = False


def person(name: str, org: str | None, **facts: object) -> ContactFacts:
    email = (
        name.lower().replace(" ", ".") + "@" + (org or "mail").lower().replace(" ", "") + ".example"
    )
    return ContactFacts(name=name, email=email, organization=org, **facts)  # type: ignore[arg-type]


PROFILES = [
    Profile(
        person(
            "Dana Whitfield",
            "Acme Health",
            role="UX Research Lead",
            sector="health tech",
            how_found="the Women in UX meetup in October",
            notes=[(date(2026, 3, 2), "She ran the redesign of Acme's patient portal")],
            takeaways=["she said to lead with my non-profit studies, not the teaching years"],
        ),
        reply="Happy to chat. A video call is easiest for me; Tuesday at 10 works.",
        update="I rewrote my portfolio around the non-profit studies, as you suggested",
    ),
    Profile(
        person(
            "Priya Raman",
            "Northwind Clinics",
            role="Senior UX Researcher",
            how_found="her talk on patient interviews at the ResearchOps Summit",
            interest="her point that patients are the real domain experts",
        ),
        reply="Sure, let's talk. Does Tuesday morning work?",
        their_zone="America/New_York",
    ),
    Profile(
        person(
            "Marcus Bell",
            "Brightpath Learning",
            role="Design Director",
            sector="ed-tech",
            how_found="his article on hiring researchers from the classroom",
            notes=[
                (date(2026, 3, 1), "Marcus hires two researchers a year, mostly career changers")
            ],
        ),
        reply="I'm swamped this term, sorry. Lena Ortiz on my team would be a great person.",
        referred=("Lena Ortiz",),
    ),
    Profile(
        person(
            "Lena Ortiz",
            "Brightpath Learning",
            role="UX Researcher",
            sector="ed-tech",
            referrer_name="Marcus Bell",
            takeaways=["she keeps a research diary", "Lena's team shares findings every Friday"],
        ),
        reply="Marcus mentioned you! Let's grab coffee at Blue Bottle on Mint St.",
    ),
    Profile(
        person(
            "Omar Haddad",
            "Lumen Care",
            role="Research Operations Manager",
            how_found="the Portland State alumni directory",
        ),
        reply="Out of the office until Monday.",
        auto_reply=True,
        offer=True,
    ),
    Profile(
        person(
            "Kenji Tanaka",
            "Helix Bio",
            role="Principal UX Researcher",
            referrer_name="Maya Brooks",
            notes=[
                (date(2026, 3, 1), "Leads a four-person research team in Berlin"),
                (
                    date(2026, 3, 9),
                    "Maya says he mentors career changers and likes concrete questions",
                ),
            ],
        ),
        reply="Yes, gladly. Zoom works: https://zoom.us/j/5551234 . 5 PM my time on Tuesday?",
        their_zone="Europe/Berlin",
        update="I signed up for the research methods course you recommended",
    ),
    # Two people at one organisation, with the same facts: only their names differ.
    Profile(
        person("Ana Silva", "Globex", role="UX Researcher"),
        reply="Sure. What times work for you?",
        offer=True,
    ),
    Profile(
        person("Tom Ruiz", "Globex", role="UX Researcher"),
        reply="Sure. What times work for you?",
        offer=True,
    ),
    Profile(
        person(
            "Grace Okafor",
            None,
            how_found="the Rice alumni directory",
            takeaways=["she offered to look at my resume"],
        ),
        reply="Happy to. Call me at 555-0100 on Tuesday.",
    ),
    Profile(
        person(
            "Ravi Menon",
            "Mediloop",
            role="Head of Research",
            sector="health tech",
            interest="Mediloop's open research repository",
            notes=[(date(2026, 3, 5), "His team published the open research repository in 2024")],
        ),
        reply="Let's meet in person, I'm near your office.",
        their_zone="Asia/Kolkata",
        update="I contributed two studies to an open research repository of my own",
    ),
    Profile(
        person("Jo Park", "Studio Nine", role="Product Designer", sector="fintech"),
        reply="Sure, Tuesday works.",
        referred=("Chris Wu", "Ines Duarte"),
    ),
    Profile(
        person(
            "Elif Demir",
            "Kite Learning",
            role="Learning Designer",
            sector="ed-tech",
            referrer_name="Dana Whitfield",
            how_found="Dana Whitfield's recommendation",
            takeaways=["her best hires kept a portfolio of small studies"],
        ),
        reply="Of course! I'd rather not do video; a phone call suits me better.",
        their_zone="Europe/Istanbul",
    ),
]


def _conversation(profile: Profile) -> dict[str, tuple[DraftKind | None, DraftContext]]:
    contact = profile.contact
    first_kind = DraftKind.REFERRAL_OUTREACH if contact.referrer_name else DraftKind.OUTREACH
    start = DraftContext(sender=SENDER, contact=contact)
    subject = render_draft(first_kind, start).subject
    zone = ZoneInfo(profile.their_zone) if profile.their_zone else None
    their_subject = ("Automatic reply: " if profile.auto_reply else "Re: ") + subject
    reply = Quoted(contact.name, MEETING - timedelta(days=5), profile.reply)
    agreed = replace(
        start,
        their_subject=their_subject,
        quoted=reply,
        their_zone=zone,
        agreed_medium=medium_in([profile.reply]),
        agreed_link=link_in([profile.reply]),
    )
    slot = (MEETING, MEETING + timedelta(minutes=20))
    met = replace(agreed, meeting=MeetingFacts(*slot))
    mine = Quoted(SENDER.name, MEETING - timedelta(days=9), "Hi,\n\nI'm writing to ask ...")
    drafts: dict[str, tuple[DraftKind | None, DraftContext]] = {
        "first": (first_kind, start),
        "nudge": (DraftKind.NUDGE, replace(start, their_subject=subject, quoted=mine)),
        "scheduling": (
            DraftKind.SCHEDULING_REPLY,
            replace(
                agreed,
                offered_slots=[slot, (slot[0] + timedelta(days=1), slot[1] + timedelta(days=1))],
            )
            if profile.offer
            else replace(agreed, accepted_window=slot),
        ),
        "confirmation": (DraftKind.CONFIRMATION, met),
        "thank_you": (DraftKind.THANK_YOU, met),
        "close_out": (DraftKind.CLOSE_OUT, replace(agreed, referred=profile.referred)),
        "brief": (None, met),
    }
    if profile.update:
        drafts["follow_up"] = (DraftKind.FOLLOW_UP, replace(met, progress_note=profile.update))
    return drafts


@dataclass(frozen=True)
class Rendered:
    kind: DraftKind
    subject: str
    body: str  # greeting to closing, signature and quote excluded
    text: str


def _body(text: str) -> str:
    own = text.split("\nOn ", 1)[0] if "wrote:\n> " in text else text
    return own.rsplit("\n\n", 1)[0]


RENDERED: dict[str, dict[str, Rendered]] = {}
BRIEFS: dict[str, str] = {}
for _profile in PROFILES:
    _mine: dict[str, Rendered] = {}
    for _step, (_kind, _ctx) in _conversation(_profile).items():
        if _kind is None:
            BRIEFS[_profile.contact.name] = build_brief(_ctx).text
            continue
        _draft = render_draft(_kind, _ctx)
        _mine[_step] = Rendered(_kind, _draft.subject, _body(_draft.text), _draft.text)
    RENDERED[_profile.contact.name] = _mine
NAMES = [profile.contact.name for profile in PROFILES]


def test_the_table_covers_twelve_profiles_and_every_draft_kind():
    assert len(PROFILES) >= 12
    kinds = {r.kind for drafts in RENDERED.values() for r in drafts.values()}
    assert kinds == set(DraftKind)
    assert {p.contact.organization for p in PROFILES if p.contact.organization}
    assert any(p.contact.referrer_name for p in PROFILES)
    assert any(p.contact.notes for p in PROFILES) and any(not p.contact.notes for p in PROFILES)
    assert any(medium_in([p.reply]) for p in PROFILES)
    assert any(not medium_in([p.reply]) for p in PROFILES)
    assert any(p.their_zone for p in PROFILES)


@pytest.mark.parametrize("name", NAMES)
def test_word_counts_fit_each_kind(name):
    for step, draft in RENDERED[name].items():
        low, high = WORDS[draft.kind]
        words = len(draft.body.split())
        assert low <= words <= high, f"{name} {step}: {words} words\n{draft.body}"


@pytest.mark.parametrize("name", NAMES)
def test_the_contact_is_always_you_never_he_or_she(name):
    for step, draft in RENDERED[name].items():
        found = THIRD_PERSON.findall(draft.body + draft.subject)
        assert not found, f"{name} {step}: {found}\n{draft.body}"


@pytest.mark.parametrize("profile", PROFILES, ids=NAMES)
def test_no_private_note_reaches_any_draft(profile):
    for _day, note in profile.contact.notes:
        words = re.findall(r"[\w']+", note.lower())
        runs = {" ".join(words[i : i + 4]) for i in range(max(1, len(words) - 3))}
        for step, draft in RENDERED[profile.contact.name].items():
            flat = " ".join(re.findall(r"[\w']+", draft.text.lower()))
            leaked = [run for run in runs if run in flat]
            assert not leaked, f"{profile.contact.name} {step} quotes a private note: {leaked}"
        assert note.strip() in BRIEFS[profile.contact.name]


@pytest.mark.parametrize("name", NAMES)
def test_every_draft_after_the_first_answers_the_thread(name):
    drafts = RENDERED[name]
    original = drafts["first"].subject
    assert not original.startswith("Re:")
    assert "wrote:\n> " not in drafts["first"].text
    for step, draft in drafts.items():
        if step == "first":
            continue
        assert draft.subject == f"Re: {original}", f"{name} {step}: {draft.subject}"
        assert re.search(r"\n\nOn [A-Z][a-z]+ \d+, \d{4}, .+ wrote:\n> ", draft.text), step


def _sentences(body: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!:])\s+", body.replace("\n", " ")) if s]


@pytest.mark.parametrize("profile", PROFILES, ids=NAMES)
def test_no_sentence_states_a_medium_that_was_not_agreed(profile):
    agreed = medium_in([profile.reply]) or link_in([profile.reply])
    for step, draft in RENDERED[profile.contact.name].items():
        for sentence in _sentences(draft.body):
            if not MEDIUM_WORDS.search(sentence) or agreed:
                continue
            # Unagreed, a medium may only be offered as a choice, and only in the scheduling reply.
            offered = sentence.endswith("?") or " or " in sentence
            assert step == "scheduling" and offered, f"{profile.contact.name} {step}: {sentence}"
    if not agreed:
        assert "How: not agreed yet" in BRIEFS[profile.contact.name]


def test_an_agreed_medium_and_link_are_stated_in_the_confirmation():
    assert ", over a video call." in RENDERED["Dana Whitfield"]["confirmation"].body
    kenji = RENDERED["Kenji Tanaka"]["confirmation"].body
    assert "over Zoom." in kenji and "https://zoom.us/j/5551234" in kenji
    assert ", at Blue Bottle." in RENDERED["Lena Ortiz"]["confirmation"].body
    assert ", by phone." in RENDERED["Elif Demir"]["confirmation"].body
    assert ", in person." in RENDERED["Ravi Menon"]["confirmation"].body


def test_the_confirmation_restates_the_time_in_their_zone():
    assert "(6:00 PM your time)" in RENDERED["Kenji Tanaka"]["confirmation"].body
    assert "1:00 PM your time" in RENDERED["Priya Raman"]["confirmation"].body
    assert "your time" not in RENDERED["Dana Whitfield"]["confirmation"].body
    assert "for them: Tuesday, March 10, 6:00–6:20 PM" in BRIEFS["Kenji Tanaka"]


def _anonymous(profile: Profile, text: str) -> str:
    for name in sorted({profile.contact.name, profile.contact.greeting_name or ""}, key=len)[::-1]:
        if name:
            text = text.replace(name, "NAME")
    return text


@pytest.mark.parametrize(
    "step", ["first", "nudge", "scheduling", "confirmation", "thank_you", "close_out"]
)
def test_no_two_contacts_receive_the_same_letter(step):
    bodies = [_anonymous(p, RENDERED[p.contact.name][step].body) for p in PROFILES]
    same = [
        (a, b)
        for i, a in enumerate(NAMES)
        for j, b in enumerate(NAMES)
        if i < j and bodies[i] == bodies[j]
    ]
    assert not same, same


def test_the_outreach_introduces_the_user_and_names_a_sector_only_where_it_fits():
    marcus = RENDERED["Marcus Bell"]["first"].body
    assert "ed-tech is the field" in marcus and "health tech" not in marcus
    assert "six years" in marcus
    # Jo works in fintech, which the user is not looking at: no sector is named.
    jo = RENDERED["Jo Park"]["first"].body
    assert "fintech" not in jo and "health tech" not in jo and "ed-tech" not in jo
    # "his article" was written about Marcus; the letter says "your article".
    assert "your article on hiring researchers from the classroom" in marcus
