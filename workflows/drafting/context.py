"""The facts a draft or a prep brief is written from.

The daemon fills these plain records from the store; drafting reads nothing
else. Free-text fields follow small conventions so the templates can place
them in a sentence without leaving visible seams:

* ``Sender.pitch``, ``Sender.goals``, ``DraftContext.progress_note`` and note
  texts are the user's own first-person sentences ("I taught science for
  eight years.").
* ``ContactFacts.how_found`` completes "I learned about your work through …"
  (e.g. "the Rice alumni directory", "your talk at UXDC").

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
    referrer_name: str | None = None
    #: The user's dated notes, any order.
    notes: Sequence[tuple[date, str]] = ()
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

    def latest_notes(self) -> list[str]:
        """The texts of the notes written on the most recent day, in given order."""
        dated = [(_day(when), text.strip()) for when, text in self.notes if text.strip()]
        if not dated:
            return []
        last = max(day for day, _ in dated)
        return [text for day, text in dated if day == last]


def _day(value: date) -> date:
    # A datetime is a date too, but the two do not compare; notes may carry either.
    return value.date() if isinstance(value, datetime) else value


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

    def __post_init__(self) -> None:
        for start, end in self.offered_slots:
            check_window(start, end, "offered slot")
        if self.accepted_window is not None:
            check_window(*self.accepted_window, "accepted window")
