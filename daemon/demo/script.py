"""The demo's scenario: six contacts, the other side of each conversation, and the user.

The cast is added to the store as the user would add them, each in the
mailbox the user writes to them from: five in Gmail, one in Outlook. Then
each contact's :class:`~daemon.demo.steps.Story` plays what happens around
the daemon: the user sends the drafts it writes (all but one, left waiting),
contacts reply through the sandbox (two times, an out-of-office, a decline
with a referral, times in another zone, silence, a time of their own) and one
sends an invitation for a meeting that starts a few seconds later, so it ends
within the demo.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from connectors.sandbox.world import World
from daemon.account_choice import contact_account
from daemon.demo.look import Person, Seen, draft_label, event_contact
from daemon.demo.steps import Act, Beat, Probe, Step, Story
from daemon.settings import Settings
from daemon.store import repo
from daemon.store.db import Store
from daemon.store.models import ContactSource, DraftStatus, NoteKind
from workflows.stages import DraftKind, Stage

#: How long after Dana's invitation the meeting starts, and how long it lasts.
MEETING_STARTS_IN = timedelta(seconds=3)
MEETING_LASTS = timedelta(seconds=3)
#: How much of a reply the demo's line quotes.
_GIST_CHARS = 110


@dataclass(frozen=True)
class Character:
    """A contact of the demo, with what the user knows of them."""

    name: str
    email: str
    organization: str
    role: str
    how_found: str | None = None
    referred_by: str | None = None
    notes: tuple[str, ...] = ()
    #: The provider of the user's mailbox they are written to from.
    provider: str = "google"

    @property
    def first(self) -> str:
        """The first name, as the demo's lines call them."""
        return self.name.split()[0]

    @property
    def sender(self) -> str:
        """The From header of their mail."""
        return f"{self.name} <{self.email}>"


DANA = Character(
    "Dana Whitfield",
    "dana@acmehealth.example",
    "Acme Health",
    "UX Research Lead",
    how_found="the Women in UX meetup in October",
)
PRIYA = Character(
    "Priya Raman",
    "priya@northwind.example",
    "Northwind Clinics",
    "Senior UX Researcher",
    how_found="her talk on patient interviews at the ResearchOps Summit",
)
MARCUS = Character(
    "Marcus Bell",
    "marcus@brightpath.example",
    "Brightpath Learning",
    "Design Director",
    how_found="his article on hiring researchers from the classroom",
)
OMAR = Character(
    "Omar Haddad",
    "omar@lumencare.example",
    "Lumen Care",
    "Research Operations Manager",
    how_found="the Portland State alumni directory",
)
KENJI = Character(
    "Kenji Tanaka",
    "kenji@helix-bio.example",
    "Helix Bio",
    "Principal UX Researcher",
    referred_by="Maya Brooks",
    notes=(
        "Leads a four-person research team in Berlin; ran the redesign of Helix's patient app.",
        "Maya says he mentors career changers and likes concrete questions.",
    ),
)
GRACE = Character(
    "Grace Okafor",
    "grace.okafor@cascadia-health.example",
    "Cascadia Health",
    "Director of UX Research",
    how_found="the patient-research panel at the Design for Health conference",
    provider="microsoft",
)
#: The person Marcus refers the user to; the daemon adds her, not the demo.
LENA = Character(
    "Lena Ortiz", "lena.ortiz@brightpath.example", "Brightpath Learning", "UX Researcher"
)
CAST = (DANA, PRIYA, MARCUS, OMAR, KENJI, GRACE)

#: What the user takes from the meeting with Dana (``notes add --takeaway``): written
#: about her, as notes are; the thank-you says them to her, in its own words.
DANA_TAKEAWAYS = (
    "she said to lead with the usability studies I ran for the non-profits, not the teaching years",
    "she pointed me to the ResearchOps community Slack, where Acme's researchers answer questions",
)
#: The user's progress since (``notes add --update``): the follow-up tells it, nothing else.
DANA_UPDATE = (
    "I rewrote my portfolio to open with the non-profit studies and joined the ResearchOps Slack",
)


def add_cast(store: Store, settings: Settings, cast: Sequence[Character], now: datetime) -> None:
    """Add the cast as the user would; research notes are dated a few days back.

    Each is written to from the user's mailbox of their ``provider``, named
    as ``contacts add --account`` names it.
    """
    accounts: dict[str, str] = {a.provider: a.address for a in settings.accounts}
    with store.transaction() as session:
        for who in cast:
            account_id = contact_account(session, settings, accounts[who.provider])
            contact = repo.add_contact(
                session,
                name=who.name,
                email=who.email,
                organization=who.organization,
                role=who.role,
                source=ContactSource.DEMO,
                how_found=who.how_found,
                referred_by_name=who.referred_by,
                account_id=account_id,
            ).contact
            for note in who.notes:
                repo.add_note(session, contact, note, at=now - timedelta(days=3))


def _day(when: date) -> str:
    return f"{when:%A} {when.day} {when:%B}"


class Scenario:
    """The other side of every conversation, and the user at the keyboard."""

    def __init__(self, worlds: Mapping[str, World], store: Store, user_zone: tzinfo) -> None:
        self.worlds = worlds
        self.store = store
        self.zone = user_zone

    def world(self, who: Character) -> World:
        """The user's mailbox that ``who``'s conversation is in."""
        return self.worlds[who.provider]

    # ------------------------------------------------------------ probes

    @staticmethod
    def draft(who: Character, kind: DraftKind) -> Probe:
        """The unsent draft of ``kind`` the daemon wrote for ``who``."""
        return lambda seen: seen.waiting_draft(who.email, kind)

    @staticmethod
    def stage(who: Character, stage: Stage) -> Probe:
        """``who`` once they are at ``stage``."""

        def probe(seen: Seen) -> Person | None:
            person = seen.person(who.email)
            return person if person is not None and person.stage is stage else None

        return probe

    @staticmethod
    def awaiting(who: Character) -> Probe:
        """The user's last message to ``who``, once the daemon waits for their reply."""

        def probe(seen: Seen) -> dict[str, Any] | None:
            person = seen.person(who.email)
            if person is None or person.stage is not Stage.AWAITING_REPLY:
                return None
            return seen.last_sent_to(who.email)

        return probe

    @staticmethod
    def brief(who: Character) -> Probe:
        """The private prep-brief event of ``who``'s meeting."""

        def probe(seen: Seen) -> object:
            person = seen.person(who.email)
            for event in seen.private_events("brief"):
                if person is not None and event_contact(event) == person.id:
                    return event
            return None

        return probe

    @staticmethod
    def meeting_started(who: Character) -> Probe:
        """``who``'s meeting, once it has started."""

        def probe(seen: Seen) -> object:
            meeting = seen.meeting(who.email)
            return meeting if meeting is not None and meeting.start <= seen.now else None

        return probe

    # -------------------------------------------------------------- acts

    def send(self, who: Character, kind: DraftKind) -> Act:
        """The user sends the draft as the daemon wrote it."""

        def act(seen: Seen, draft: dict[str, str]) -> Beat:
            self.world(who).send_draft(draft["id"])
            return Beat("you", f"send the {draft_label(kind)} to {who.first}, unedited")

        return act

    def reply(self, who: Character, text: str, *, subject_prefix: str = "Re: ") -> Act:
        """``who`` answers the user's last message to them (what :meth:`awaiting` found)."""

        def act(seen: Seen, last: dict[str, str]) -> Beat:
            self.world(who).deliver(
                who.sender,
                subject_prefix + last["subject"],
                text,
                in_reply_to=last["rfc822MessageId"],
            )
            gist = " ".join(text.split("\n\n")[1].split())
            if len(gist) > _GIST_CHARS:
                gist = gist[: _GIST_CHARS - 1].rsplit(" ", 1)[0] + "…"
            return Beat(who.first, f"replies: “{gist}”")

        return act

    def leave_waiting(self, who: Character, kind: DraftKind) -> Act:
        """The user leaves a draft in Drafts, to read it later."""

        def act(seen: Seen, _draft: object) -> Beat:
            return Beat("you", f"leave the {draft_label(kind)} to {who.first} in Drafts for later")

        return act

    def invite_soon(self, who: Character) -> Act:
        """``who`` sends an invitation for a meeting a few seconds from now."""

        def act(seen: Seen, _found: object) -> Beat:
            start = datetime.now(UTC) + MEETING_STARTS_IN
            end = start + MEETING_LASTS
            self.world(who).invite(who.email, f"Coffee chat: {who.first} / Sam", start, end)
            seconds = MEETING_STARTS_IN.total_seconds()
            return Beat(
                who.first,
                f"sends a calendar invitation that moves the chat up to {seconds:.0f}s from now "
                f"(demo time: it lasts {MEETING_LASTS.total_seconds():.0f}s)",
            )

        return act

    def take_notes(self, who: Character, notes: Sequence[str], kind: NoteKind, doing: str) -> Act:
        """The user records notes of ``kind`` (as ``coffeechat notes add --takeaway`` does)."""

        def act(seen: Seen, _found: object) -> Beat:
            with self.store.transaction() as session:
                contact = repo.find_contact(session, who.email)
                for note in notes:
                    repo.add_note(session, contact, note, kind=kind)
            return Beat("you", doing)

        return act

    # ----------------------------------------------------------- stories

    def stories(self, now: datetime) -> list[Story]:
        """Every contact's path, with replies worded for dates around ``now``."""
        return [
            self._dana(),
            self._priya(now),
            self._marcus(),
            self._omar(),
            self._kenji(now),
            self._grace(),
        ]

    @staticmethod
    def settled() -> Story:
        """The daemon has seen every draft the user sent, so the store agrees with the mailbox."""

        def probe(seen: Seen) -> bool:
            waiting = {d["id"] for d in seen.mailbox["drafts"]}
            return all(
                row.status is DraftStatus.SENT
                for row in seen.drafts
                if row.provider_id not in waiting
            )

        return Story("coffeechat", [Step("the daemon to see every draft you sent", probe)])

    def _answer(self, who: Character, text: str, subject_prefix: str = "Re: ") -> Step:
        return Step(
            f"{who.first} at awaiting_reply",
            self.awaiting(who),
            self.reply(who, text, subject_prefix=subject_prefix),
        )

    def _sent(self, who: Character, kind: DraftKind) -> Step:
        return Step(
            f"the {draft_label(kind)} draft to {who.first}",
            self.draft(who, kind),
            self.send(who, kind),
        )

    def _dana(self) -> Story:
        times = (
            "Hi Sam,\n\nThanks for reaching out, and nice to hear from someone from the meetup! "
            "I'd be glad to talk. How about tomorrow at 10am or 2pm PT? Either works for me."
            "\n\nBest,\nDana\n"
        )
        return Story(
            DANA.name,
            [
                self._sent(DANA, DraftKind.OUTREACH),
                self._answer(DANA, times),
                self._sent(DANA, DraftKind.SCHEDULING_REPLY),
                Step("Dana at confirmed", self.stage(DANA, Stage.CONFIRMED)),
                self._sent(DANA, DraftKind.CONFIRMATION),
                Step("Dana's prep brief", self.brief(DANA), self.invite_soon(DANA)),
                Step(
                    "Dana's meeting to start",
                    self.meeting_started(DANA),
                    self.take_notes(
                        DANA,
                        DANA_TAKEAWAYS,
                        NoteKind.TAKEAWAY,
                        f"talk with Dana and note {len(DANA_TAKEAWAYS)} takeaways",
                    ),
                ),
                self._sent(DANA, DraftKind.THANK_YOU),
                Step(
                    "Dana at following_up",
                    self.stage(DANA, Stage.FOLLOWING_UP),
                    self.take_notes(
                        DANA,
                        DANA_UPDATE,
                        NoteKind.UPDATE,
                        "act on Dana's advice and note an update",
                    ),
                ),
                self._sent(DANA, DraftKind.FOLLOW_UP),
            ],
        )

    def _priya(self, now: datetime) -> Story:
        back = (now.astimezone(self.zone) + timedelta(days=3)).date()
        away = (
            "Thank you for your message.\n\nI'm out of the office at a conference with limited "
            f"access to email, and I'll be back on {back:%A}, {back:%B} {back.day}. "
            "I'll reply when I return.\n\nPriya Raman\nNorthwind Clinics\n"
        )
        return Story(
            PRIYA.name,
            [
                self._sent(PRIYA, DraftKind.OUTREACH),
                self._answer(PRIYA, away, subject_prefix="Automatic reply: "),
                Step("Priya at paused", self.stage(PRIYA, Stage.PAUSED)),
            ],
        )

    def _marcus(self) -> Story:
        declines = (
            "Hi Sam,\n\nThanks for the kind note. I'm afraid I can't take on any calls this "
            f"quarter: things are hectic here. But you should talk to {LENA.name} "
            f"({LENA.email}) on our research team. She moved into UX from teaching too, "
            "and she's generous with her time.\n\nGood luck,\nMarcus\n"
        )
        lena_outreach = DraftKind.REFERRAL_OUTREACH
        return Story(
            MARCUS.name,
            [
                self._sent(MARCUS, DraftKind.OUTREACH),
                self._answer(MARCUS, declines),
                self._sent(MARCUS, DraftKind.CLOSE_OUT),
                Step(
                    "the referral outreach to Lena",
                    self.draft(LENA, lena_outreach),
                    self.leave_waiting(LENA, lena_outreach),
                ),
            ],
        )

    def _omar(self) -> Story:
        return Story(
            OMAR.name, [self._sent(OMAR, DraftKind.OUTREACH), self._sent(OMAR, DraftKind.NUDGE)]
        )

    def _kenji(self, now: datetime) -> Story:
        berlin = ZoneInfo("Europe/Berlin")
        first = (now.astimezone(berlin) + timedelta(days=2)).date()
        second = first + timedelta(days=1)
        zone = datetime(first.year, first.month, first.day, 17, tzinfo=berlin).tzname()
        times = (
            "Hello Sam,\n\nMaya mentioned you might write, and I'm happy to help. Would "
            f"{_day(first)} at 5pm {zone} or {_day(second)} at 9am {zone} suit you? "
            "A video call is easiest for me.\n\nKenji\n"
        )
        return Story(
            KENJI.name,
            [
                self._sent(KENJI, DraftKind.REFERRAL_OUTREACH),
                self._answer(KENJI, times),
                self._sent(KENJI, DraftKind.SCHEDULING_REPLY),
                Step("Kenji at confirmed", self.stage(KENJI, Stage.CONFIRMED)),
                self._sent(KENJI, DraftKind.CONFIRMATION),
                Step("Kenji's prep brief", self.brief(KENJI)),
            ],
        )

    def _grace(self) -> Story:
        # Written to from Outlook: the same steps as Gmail, over Microsoft Graph.
        time = (
            "Hi Sam,\n\nThanks for writing, I remember your question at the panel. I could do "
            "tomorrow at 4pm PT, if that works for you.\n\nGrace\n"
        )
        return Story(
            GRACE.name,
            [
                self._sent(GRACE, DraftKind.OUTREACH),
                self._answer(GRACE, time),
                self._sent(GRACE, DraftKind.SCHEDULING_REPLY),
                Step("Grace at confirmed", self.stage(GRACE, Stage.CONFIRMED)),
                self._sent(GRACE, DraftKind.CONFIRMATION),
                Step("Grace's prep brief", self.brief(GRACE)),
            ],
        )
