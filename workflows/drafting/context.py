"""The facts a draft or a prep brief is written from.

The daemon fills these plain records from the store; drafting reads nothing
else. Free-text fields follow small conventions so the templates can place
them in a sentence without leaving visible seams:

* ``Sender.pitch``, ``Sender.goals``, ``DraftContext.progress_note`` and note
  texts are the user's own first-person sentences ("I taught science for
  eight years."). Notes and takeaways are written *about* the contact ("she
  said…"); drafts speak *to* them, so what they take from them is turned to
  the second person (:mod:`workflows.drafting.voice`).
* ``Sender.exploring`` completes "I'm exploring …" ("a move from teaching into
  UX research"); ``Sender.preferred_medium`` is how the user likes to meet ("a
  video call"), offered once when nothing is agreed.
* ``ContactFacts.how_found`` completes "I learned about your work through …"
  (e.g. "the Rice alumni directory", "your talk at UXDC"); ``interest``
  completes "What caught my interest was …" ("your article on hiring career
  changers").

Privacy is structural: ``ContactFacts.notes`` (written before or outside the
meeting) feed only the prep brief; the thank-you reads ``takeaways`` and the
follow-up ``DraftContext.progress_note``.

Validation happens here, at construction, so a bad fact is a one-line
:class:`~connectors.errors.InputError` instead of a broken draft.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from connectors.errors import InputError

#: The length of the conversation the outreach asks for, in minutes (playbook: 15–30).
DEFAULT_MEETING_MINUTES = 20
_MIN_MINUTES, _MAX_MINUTES = 15, 30


def load_zone(name: str) -> ZoneInfo:
    """Return the IANA zone ``name``, or raise :class:`InputError`."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(
            f"unknown time zone {name!r} (use an IANA name like 'America/Los_Angeles')"
        ) from exc


def check_window(start: datetime, end: datetime, what: str) -> None:
    """Raise :class:`InputError` unless ``start < end`` and both carry a zone."""
    if start.tzinfo is None or end.tzinfo is None:
        raise InputError(f"{what}: times must be timezone-aware")
    if end <= start:
        raise InputError(f"{what}: end {end.isoformat()} is not after start {start.isoformat()}")


def _check_email(address: str, what: str) -> None:
    if "@" not in address or address.strip() != address or not address:
        raise InputError(f"{what}: {address!r} is not an email address")


@dataclass(frozen=True)
class Sender:
    """The user: who signs the drafts and whose pitch goes into the brief."""

    name: str
    email: str
    pitch: str
    goals: str
    signature: str
    timezone: str
    #: How long a conversation the outreach asks for.
    meeting_minutes: int = DEFAULT_MEETING_MINUTES
    #: What the user is exploring, completing "I'm exploring …".
    exploring: str = ""
    #: The sectors the user is looking at ("health tech", "ed-tech").
    sectors: Sequence[str] = ()
    #: How the user likes to meet, offered once when nothing is agreed.
    preferred_medium: str = ""

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise InputError("sender: the name is empty")
        _check_email(self.email, "sender")
        load_zone(self.timezone)
        if not _MIN_MINUTES <= self.meeting_minutes <= _MAX_MINUTES:
            raise InputError(
                f"sender: meeting_minutes {self.meeting_minutes} is outside "
                f"{_MIN_MINUTES}–{_MAX_MINUTES}: keep the ask short"
            )

    @property
    def zone(self) -> ZoneInfo:
        """The user's time zone, used for every date shown."""
        return load_zone(self.timezone)


@dataclass(frozen=True)
class ContactFacts:
    """What the store knows about the person the user is talking to."""

    name: str
    email: str
    first_name: str | None = None
    organization: str | None = None
    role: str | None = None
    how_found: str | None = None
    #: What caught the user's interest in them ("your article on …").
    interest: str | None = None
    #: Their sector, when known; the outreach names it only if the user looks at it too.
    sector: str | None = None
    referrer_name: str | None = None
    #: The user's private dated notes, any order: the prep brief only, never a draft.
    notes: Sequence[tuple[date, str]] = ()
    #: What the user took from the meeting (for the thank-you), oldest first.
    takeaways: Sequence[str] = ()
    #: One short line per earlier email ("Said March is busy; April is easier").
    earlier_gist: Sequence[str] = ()

    def __post_init__(self) -> None:
        _check_email(self.email, f"contact {self.name!r}")

    @property
    def greeting_name(self) -> str | None:
        """The name to greet them by: ``first_name``, else the first word of ``name``."""
        if self.first_name and self.first_name.strip():
            return self.first_name.strip()
        words = self.name.split()
        return words[0] if words else None


@dataclass(frozen=True)
class MeetingFacts:
    """An agreed meeting: when, where (a place, a call/video link, or both), how long."""

    start: datetime
    end: datetime
    place: str | None = None
    link: str | None = None
    #: Minutes; when omitted, the span from ``start`` to ``end``.
    length: int | None = None

    def __post_init__(self) -> None:
        check_window(self.start, self.end, "meeting")
        if self.length is not None and self.length <= 0:
            raise InputError(f"meeting: length {self.length} must be a positive number of minutes")

    @property
    def minutes(self) -> int:
        """The meeting's length in minutes."""
        if self.length is not None:
            return self.length
        return int((self.end - self.start).total_seconds() // 60)


@dataclass(frozen=True)
class Quoted:
    """The message a reply answers: who wrote it, when, and its text."""

    author: str
    at: datetime
    text: str


@dataclass(frozen=True)
class DraftContext:
    """Everything one draft (or the prep brief) is written from."""

    sender: Sender
    contact: ContactFacts
    meeting: MeetingFacts | None = None
    #: The user's free slots to offer in a scheduling reply (2–3 are shown).
    offered_slots: Sequence[tuple[datetime, datetime]] = ()
    #: The slot chosen inside one of the contact's proposed windows.
    accepted_window: tuple[datetime, datetime] | None = None
    #: The zone the contact wrote their times in; an accepted time is restated in it.
    their_zone: tzinfo | None = None
    #: The contact's scheduling page (Calendly, cal.com, Bookings…).
    booking_link: str | None = None
    #: The subject of the thread a reply goes into.
    their_subject: str | None = None
    #: What the user did with the contact's advice, for the follow-up.
    progress_note: str | None = None
    #: People or resources the contact pointed to instead of meeting (close-out).
    referred: Sequence[str] = ()
    #: How the meeting was agreed to happen, in the contact's words or the invite's
    #: ("a video call", "the phone", "Blue Bottle Coffee"); None when not agreed.
    agreed_medium: str | None = None
    #: The video link the contact sent, before any invite carries one.
    agreed_link: str | None = None
    #: The previous message of the thread, quoted briefly under a reply.
    quoted: Quoted | None = None

    def __post_init__(self) -> None:
        for start, end in self.offered_slots:
            check_window(start, end, "offered slot")
        if self.accepted_window is not None:
            check_window(*self.accepted_window, "accepted window")
