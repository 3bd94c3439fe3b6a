"""The values templates are written with, derived once from a :class:`DraftContext`.

Templates stay simple because the judgement lives here: which phrasing fits
the facts at hand, which facts are missing and must not be mentioned, and how
the user's free text becomes whole sentences addressed to the contact.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import tzinfo
from typing import Any

from workflows.drafting.context import DraftContext
from workflows.drafting.thread import quote
from workflows.drafting.untrusted import web_link
from workflows.drafting.voice import chooser, to_you
from workflows.drafting.when import format_when, in_their_time

#: Offer at most this many of the user's free slots (playbook: two or three).
MAX_OFFERED = 3
#: The thank-you draws on at most this many takeaways.
MAX_TAKEAWAYS = 2
# A "place" that names a medium, not a venue: "a video call", "Zoom", "the phone".
_REMOTE = re.compile(
    r"\b(call|video|zoom|teams|meet|phone|online|skype|webex|hangouts?)\b", re.IGNORECASE
)
_PHONE = re.compile(r"\bphone\b", re.IGNORECASE)
_RESUME = re.compile(r"\b(r[eé]sum[eé]|cv)\b", re.IGNORECASE)
_CLOSING = re.compile(r"^(best|thanks|thank you|regards|cheers|warmly|sincerely)\b", re.IGNORECASE)


def sentence(text: str | None) -> str:
    """``text`` as one tidy sentence (or several): capitalised, ending in punctuation."""
    if text is None:
        return ""
    tidy = " ".join(text.split())
    if not tidy:
        return ""
    tidy = tidy[0].upper() + tidy[1:]
    return tidy if tidy[-1] in ".!?…\"'”)" else tidy + "."


def clause(text: str) -> str:
    """``text`` to follow a colon mid-sentence: no final stop, first letter lower unless "I"."""
    tidy = " ".join(text.split()).rstrip(".")
    if tidy[:2] in ("I ", "I'") or tidy[:1].isupper() and tidy[1:2].isupper():
        return tidy
    return tidy[:1].lower() + tidy[1:]


def and_list(items: Sequence[str]) -> str:
    """Names joined as people write them: "A", "A and B", "A, B and C"."""
    names = [item.strip() for item in items if item.strip()]
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _clean(text: str | None) -> str | None:
    """Stripped text, or None when there is nothing to say."""
    if text is None:
        return None
    tidy = " ".join(text.split())
    return tidy or None


def their_work(role: str | None, org: str | None) -> str:
    """How the drafts refer to what the contact does, using only known facts."""
    if role and org:
        return f"your role as {role} at {org}"
    if role:
        return f"your role as {role}"
    if org:
        return f"your work at {org}"
    return "your work"


def _sign(signature: str, name: str) -> Callable[[str], str]:
    """The closing line plus signature, unless the signature brings its own closing."""
    block = signature.strip() or name

    def sign(closing: str) -> str:
        if _CLOSING.match(block):
            return block
        return f"{closing},\n{block}"

    return sign


def _minutes(ctx: DraftContext) -> int:
    """The length to name: the meeting's, else the slot's being agreed, else the ask."""
    if ctx.meeting is not None:
        return ctx.meeting.minutes
    slot = ctx.accepted_window or (ctx.offered_slots[0] if ctx.offered_slots else None)
    if slot is not None:
        return int((slot[1] - slot[0]).total_seconds() // 60)
    return ctx.sender.meeting_minutes


def _scheduling_variant(ctx: DraftContext) -> str | None:
    """Which scheduling reply fits: accept their window, use their page, or offer slots."""
    if ctx.accepted_window is not None:
        return "accept"
    if _clean(ctx.booking_link):
        return "booking"
    if ctx.offered_slots:
        return "offer"
    return None


def _accepted_when(ctx: DraftContext, zone: tzinfo) -> str | None:
    """The accepted slot in the user's zone, and in the contact's when their clock differs."""
    if ctx.accepted_window is None:
        return None
    when = format_when(*ctx.accepted_window, zone)
    theirs = in_their_time(ctx.accepted_window[0], zone, ctx.their_zone) if ctx.their_zone else None
    return f"{when} ({theirs})" if theirs else when


def _where(ctx: DraftContext) -> tuple[str | None, str | None]:
    """The agreed venue and the agreed remote medium: the invite's first, else their words."""
    agreed = _clean(ctx.meeting.place) if ctx.meeting else None
    agreed = agreed or _clean(ctx.agreed_medium)
    if agreed is None:
        return None, None
    return (None, agreed) if _REMOTE.search(agreed) else (agreed, None)


def _how(place: str | None, medium: str | None) -> str | None:
    """The agreed way to meet as a phrase ending a sentence: "at …", "by phone", "over Zoom"."""
    if place:
        return place if place == "in person" else f"at {place}"
    if medium:
        return "by phone" if _PHONE.search(medium) else f"over {medium}"
    return None


def draft_view(ctx: DraftContext) -> dict[str, Any]:
    """The template variables for any draft kind (and the brief) of ``ctx``.

    Besides the records themselves (``ctx``, ``sender``, ``contact``,
    ``meeting``), user templates can rely on: ``greeting`` ("Hi Dana,"),
    ``pick(slot, *options)`` (one phrasing per contact), ``org``, ``role``,
    ``their_work``, ``how_found``, ``interest``, ``referrer`` (None when
    unknown), ``goals``, ``pitch``, ``exploring``, ``sector`` (theirs, when the
    user looks at it too), ``progress`` (whole sentences or ""), ``minutes``,
    ``meeting_when``, ``their_time`` ("5:00 PM your time" or None), ``place``
    (an agreed venue), ``medium`` (an agreed call: "a video call", "Zoom"),
    ``how`` (the agreed way as a phrase: "at Blue Bottle", "by phone"),
    ``link``, ``preference`` (the user's, offered once when nothing is
    agreed), ``variant`` ("accept" | "booking" | "offer" | None),
    ``accepted_when``, ``offered`` (up to three spans), ``booking_link``,
    ``takeaways`` (second person), ``resume_offered``, ``referred`` ("A and
    B"), ``earlier_note``, ``quoted`` (the previous message, quoted) and
    ``sign(closing)``.
    """
    sender, contact, meeting = ctx.sender, ctx.contact, ctx.meeting
    zone = sender.zone
    org, role = _clean(contact.organization), _clean(contact.role)
    names = [contact.name, contact.greeting_name or ""]
    takeaways = [text for text in contact.takeaways if text.strip()]
    place, medium = _where(ctx)
    sector = _clean(contact.sector)
    interest, how_found = _clean(contact.interest), _clean(contact.how_found)
    greeting_name = contact.greeting_name
    return {
        "ctx": ctx,
        "sender": sender,
        "contact": contact,
        "meeting": meeting,
        "pick": chooser(contact.email),
        "greeting": f"Hi {greeting_name}," if greeting_name else "Hello,",
        "org": org,
        "role": role,
        "their_work": their_work(role, org),
        # The user wrote it about them ("his article on …"); the draft speaks to them.
        "how_found": to_you(how_found, names) if how_found else None,
        "interest": clause(to_you(interest, names)) if interest else None,
        "referrer": _clean(contact.referrer_name),
        "goals": sentence(sender.goals),
        "pitch": sentence(sender.pitch),
        "exploring": clause(sender.exploring) if _clean(sender.exploring) else None,
        "sector": sector
        if sector and any(s.strip().lower() == sector.lower() for s in sender.sectors)
        else None,
        "minutes": _minutes(ctx),
        "meeting_when": format_when(meeting.start, meeting.end, zone) if meeting else None,
        "their_time": in_their_time(meeting.start, zone, ctx.their_zone)
        if meeting and ctx.their_zone
        else None,
        "place": place,
        "medium": medium,
        "how": _how(place, medium),
        "link": (web_link(meeting.link) if meeting else None) or web_link(ctx.agreed_link),
        "preference": _clean(sender.preferred_medium),
        "variant": _scheduling_variant(ctx),
        "accepted_when": _accepted_when(ctx, zone),
        "offered": [
            format_when(start, end, zone) for start, end in ctx.offered_slots[:MAX_OFFERED]
        ],
        "booking_link": _clean(ctx.booking_link),
        # A takeaway about the resume becomes its own line in the thank-you.
        "takeaways": [
            clause(to_you(text, names)) for text in takeaways if not _RESUME.search(text)
        ][:MAX_TAKEAWAYS],
        "resume_offered": any(_RESUME.search(text) for text in takeaways),
        "progress": sentence(to_you(ctx.progress_note, names)) if ctx.progress_note else "",
        "referred": and_list(ctx.referred),
        "earlier_note": "my note below" if ctx.quoted else "my earlier note",
        "quoted": quote(ctx.quoted) if ctx.quoted else None,
        "sign": _sign(sender.signature, sender.name),
    }
