"""Sample facts for the drafting tests, and every kind rendered for them.

The ``samples`` fixture renders each draft kind (and the brief) for contacts
with and without organization, role, referrer, notes and meeting, and writes
each one to a folder under pytest's tmp directory so a reviewer can read them
(``pytest tests/drafting -s -k print`` prints them too).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from workflows.drafting import (
    ContactFacts,
    DraftContext,
    MeetingFacts,
    Sender,
    build_brief,
    render_draft,
)
from workflows.stages import DraftKind

PT = ZoneInfo("America/Los_Angeles")
MEETING_START = datetime(2026, 3, 10, 15, 0, tzinfo=PT)


@dataclass(frozen=True)
class Sample:
    """One rendered output: a draft (subject) or a brief (title)."""

    name: str
    #: The DraftKind value, or "brief".
    kind: str
    subject: str
    text: str
    html: str


@pytest.fixture(scope="session")
def sender() -> Sender:
    return Sender(
        name="Sam Rivera",
        email="sam.rivera@example.com",
        pitch=(
            "i taught high-school chemistry for eight years, and I built the lab-notebook "
            "app our whole district now uses"
        ),
        goals="I'm exploring a move from classroom teaching into UX research",
        exploring="a move from classroom teaching into UX research",
        preferred_medium="a video call",
        signature="Sam Rivera\nsam.rivera@example.com",
        timezone="America/Los_Angeles",
    )


@pytest.fixture(scope="session")
def full_contact() -> ContactFacts:
    return ContactFacts(
        name="Dana Lee",
        email="dana.lee@acme.example",
        organization="Acme Health",
        role="Senior UX Researcher",
        how_found="the Rice alumni directory",
        referrer_name="Maria Chen",
        notes=[
            (date(2026, 2, 20), "Acme Health redesigned its patient portal last year"),
            (date(2026, 3, 10), "Maya says she mentors career changers"),
        ],
        takeaways=[
            "she suggested I join the local UXPA chapter and volunteer at a study night",
            "she offered to look at my resume",
        ],
        earlier_gist=["Busy until March; happy to talk after the 9th"],
    )


@pytest.fixture(scope="session")
def plain_contact() -> ContactFacts:
    return ContactFacts(
        name="Priya Natarajan",
        email="priya@northwind.example",
        organization="Northwind",
        how_found="your talk at the Bay Area UX meetup",
    )


@pytest.fixture(scope="session")
def bare_contact() -> ContactFacts:
    return ContactFacts(name="Alex Kim", email="alex.kim@mail.example")


@pytest.fixture(scope="session")
def in_person() -> MeetingFacts:
    return MeetingFacts(
        start=MEETING_START,
        end=MEETING_START + timedelta(minutes=30),
        place="Blue Bottle Coffee, 66 Mint St",
    )


@pytest.fixture(scope="session")
def on_video() -> MeetingFacts:
    return MeetingFacts(
        start=MEETING_START,
        end=MEETING_START + timedelta(minutes=20),
        link="https://meet.example.com/abc-defg-hij",
    )


def slots(count: int) -> list[tuple[datetime, datetime]]:
    """``count`` weekday afternoon slots of 30 minutes from March 11, 2026."""
    first = datetime(2026, 3, 11, 14, 0, tzinfo=PT)
    return [
        (first + timedelta(days=day), first + timedelta(days=day, minutes=30))
        for day in range(count)
    ]


def sample_contexts(
    sender: Sender,
    full: ContactFacts,
    plain: ContactFacts,
    bare: ContactFacts,
    in_person: MeetingFacts,
    on_video: MeetingFacts,
) -> dict[str, tuple[DraftKind | None, DraftContext]]:
    """Named (kind, context) pairs; kind None means the prep brief."""
    accepted = (MEETING_START, MEETING_START + timedelta(minutes=30))
    contexts: dict[str, tuple[DraftKind | None, DraftContext]] = {}
    for label, contact in (("full", full), ("plain", plain), ("bare", bare)):
        base = DraftContext(sender=sender, contact=contact)
        # Replies go into the thread the outreach started.
        subject = render_draft(DraftKind.OUTREACH, base).subject
        contexts[f"outreach-{label}"] = (DraftKind.OUTREACH, base)
        contexts[f"nudge-{label}"] = (DraftKind.NUDGE, replace(base, their_subject=subject))
        contexts[f"scheduling-offer-{label}"] = (
            DraftKind.SCHEDULING_REPLY,
            replace(base, offered_slots=slots(4), their_subject="Re: " + subject),
        )
        contexts[f"thank-you-{label}"] = (
            DraftKind.THANK_YOU,
            replace(base, meeting=in_person, their_subject=subject),
        )
        contexts[f"follow-up-{label}"] = (
            DraftKind.FOLLOW_UP,
            replace(
                base, progress_note="I signed up for a UX research course", their_subject=subject
            ),
        )
        contexts[f"close-out-{label}"] = (DraftKind.CLOSE_OUT, base)
        contexts[f"brief-{label}-in-person"] = (None, replace(base, meeting=in_person))
    subject = "A question about your work at Acme Health"
    contexts["referral-outreach-full"] = (
        DraftKind.REFERRAL_OUTREACH,
        DraftContext(sender=sender, contact=full),
    )
    contexts["referral-outreach-bare"] = (
        DraftKind.REFERRAL_OUTREACH,
        DraftContext(sender=sender, contact=replace(bare, referrer_name="Jordan Blake")),
    )
    contexts["scheduling-accept-no-place"] = (
        DraftKind.SCHEDULING_REPLY,
        DraftContext(sender=sender, contact=full, accepted_window=accepted, their_subject=subject),
    )
    contexts["scheduling-accept-with-place"] = (
        DraftKind.SCHEDULING_REPLY,
        DraftContext(
            sender=sender,
            contact=full,
            meeting=in_person,
            accepted_window=accepted,
            their_subject=subject,
        ),
    )
    contexts["scheduling-booking-link"] = (
        DraftKind.SCHEDULING_REPLY,
        DraftContext(
            sender=sender,
            contact=plain,
            booking_link="https://calendly.com/priya-n/30min",
            their_subject=subject,
        ),
    )
    contexts["confirmation-in-person"] = (
        DraftKind.CONFIRMATION,
        DraftContext(sender=sender, contact=full, meeting=in_person, their_subject=subject),
    )
    contexts["confirmation-video"] = (
        DraftKind.CONFIRMATION,
        DraftContext(sender=sender, contact=bare, meeting=on_video),
    )
    contexts["confirmation-both"] = (
        DraftKind.CONFIRMATION,
        DraftContext(
            sender=sender,
            contact=plain,
            meeting=replace(in_person, link="https://meet.example.com/xyz"),
        ),
    )
    contexts["follow-up-with-progress"] = (
        DraftKind.FOLLOW_UP,
        DraftContext(
            sender=sender,
            contact=full,
            progress_note=(
                "I joined the UXPA chapter and I'm now volunteering on their usability study night"
            ),
        ),
    )
    contexts["close-out-with-referral"] = (
        DraftKind.CLOSE_OUT,
        DraftContext(sender=sender, contact=plain, referred=["Tomás Ruiz", "Ana Silva"]),
    )
    contexts["brief-bare-video"] = (
        None,
        DraftContext(sender=sender, contact=bare, meeting=on_video),
    )
    contexts["brief-full-no-meeting"] = (None, DraftContext(sender=sender, contact=full))
    return contexts


@pytest.fixture(scope="session")
def samples_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the rendered samples are written for a reviewer to read."""
    return tmp_path_factory.mktemp("drafting-samples")


@pytest.fixture(scope="session")
def samples(
    sender: Sender,
    full_contact: ContactFacts,
    plain_contact: ContactFacts,
    bare_contact: ContactFacts,
    in_person: MeetingFacts,
    on_video: MeetingFacts,
    samples_folder: Path,
) -> dict[str, Sample]:
    """Every sample rendered, and written to ``samples_folder/<name>.txt`` and ``.html``."""
    rendered: dict[str, Sample] = {}
    contexts = sample_contexts(
        sender, full_contact, plain_contact, bare_contact, in_person, on_video
    )
    for name, (kind, ctx) in contexts.items():
        if kind is None:
            brief = build_brief(ctx)
            sample = Sample(name, "brief", brief.title, brief.text, brief.html)
        else:
            draft = render_draft(kind, ctx)
            sample = Sample(name, kind.value, draft.subject, draft.text, draft.html)
        rendered[name] = sample
        (samples_folder / f"{name}.txt").write_text(
            f"Subject: {sample.subject}\n\n{sample.text}", encoding="utf-8"
        )
        (samples_folder / f"{name}.html").write_text(sample.html, encoding="utf-8")
    return rendered
