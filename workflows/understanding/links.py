"""Booking links (Calendly, cal.com, Microsoft Bookings, HubSpot, Google, …)."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from workflows.understanding.quotes import before_closing

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]]{1,2000}", re.IGNORECASE)
_BARE_HOSTS = re.compile(
    r"(?<![\w@./])(?:calendly\.com|cal\.com|savvycal\.com|tidycal\.com"
    r"|zcal\.co)/[^\s<>\"'()\[\]]{1,500}",
    re.IGNORECASE,
)
# (host suffix, path prefix or "" for any path); matched on the lower-cased URL.
_BOOKING_SITES: tuple[tuple[str, str], ...] = (
    ("calendly.com", "/"),
    ("cal.com", "/"),
    ("savvycal.com", "/"),
    ("tidycal.com", "/"),
    ("zcal.co", "/"),
    ("youcanbook.me", ""),
    ("acuityscheduling.com", ""),
    ("as.me", ""),
    ("chilipiper.com", ""),
    ("meetings.hubspot.com", "/"),
    ("meetings-eu1.hubspot.com", "/"),
    ("calendar.app.google", "/"),
    ("calendar.google.com", "/calendar/appointments"),
    ("calendar.google.com", "/calendar/u/0/appointments"),
    ("outlook.office365.com", "/owa/calendar/"),
    ("outlook.office.com", "/bookwithme"),
    ("outlook.office.com", "/book/"),
    ("outlook.office365.com", "/book/"),
    ("bookings.microsoft.com", ""),
    ("book.ms", ""),
    ("doodle.com", "/bp/"),
    ("doodle.com", "/mm/"),
    ("koalendar.com", "/e/"),
    ("scheduler.zoom.us", "/"),
)
_TRAILING = ".,;:!?)»”’'"
# Microsoft Defender rewrites every link in mail as a redirect through this host.
_SAFELINKS_HOST = "safelinks.protection.outlook.com"


def _unwrapped(url: str) -> str:
    """The target of a link-protection wrapper (Outlook SafeLinks), else ``url``."""
    parts = urlsplit(url)
    if (parts.hostname or "").lower().endswith(_SAFELINKS_HOST):
        target = parse_qs(parts.query).get("url", [""])[0]
        if target.lower().startswith(("http://", "https://")):
            return target
    return url


def _is_booking(url: str) -> bool:
    parts = urlsplit(url if "://" in url else f"https://{url}")
    host = (parts.hostname or "").lower()
    path = parts.path.lower()
    if host.endswith(".calendly.com"):
        return True
    return any(
        (host == site or host.endswith(f".{site}")) and path.startswith(prefix) and len(path) > 1
        for site, prefix in _BOOKING_SITES
    )


# "Book a product demo: <link>", "Customers: book time with me at <link>", "Office hours for my
# students: <link>", "Our sales team's calendar is <link>": the words before a link on its own
# line say whom it is for, and it is not the user, or whose it is, and it is not the sender's
# (hunt 47). Such a link is never the answer.
_FOR_OTHERS = re.compile(
    r"\b(?:demos?|sales|customers?|clients?|students?|support|onboarding|discovery[ \t]+calls?"
    r"|walkthroughs?)\b"
    # "You should talk to Omar instead; his calendar is <link>": someone else's page.
    r"|\b(?:his|her|their|colleague['’]?s)[ \t]+(?:calendar|calendly|booking|link)",
    re.IGNORECASE,
)


def _for_others(text: str, at: int) -> bool:
    """Whether the words before ``at`` on its line say the link there is for someone else."""
    return bool(_FOR_OTHERS.search(text, text.rfind("\n", 0, at) + 1, at))


def find_scheduling_link(*texts: str) -> str | None:
    """The first booking URL in the texts, searched in order; ``None`` if none."""
    for text in texts:
        for pattern in (_URL, _BARE_HOSTS):
            for match in pattern.finditer(text):
                if _for_others(text, match.start()):
                    continue
                url = match.group(0).rstrip(_TRAILING)
                try:
                    url = _unwrapped(url)
                    booking = _is_booking(url)
                except ValueError:  # a malformed port or IPv6 host
                    continue
                if booking:
                    return url if url.lower().startswith("http") else f"https://{url}"
    return None


# "Grab any time on my calendar (link below)": the body points at the link in the signature.
# "Before we pick a time - could you send your resume?" holds the booking back.
_POINTS_AT_LINK = re.compile(
    r"(?<!\bbefore[ \t]we[ \t])(?<!\bbefore[ \t]i[ \t])"
    r"\b(?:book|grab|pick|choose|schedule|find)[ \t]+(?:a[ \t]+|any[ \t]+|some[ \t]+)?"
    r"(?:time|slot)\b|\b(?:calendar|booking|scheduling)[ \t]+link\b|\bmy[ \t]+calendly\b",
    re.IGNORECASE,
)
_LINK_BELOW = re.compile(r"\blink[ \t]+below\b|\bbelow[ \t]+link\b", re.IGNORECASE)
# "I'll call you on Zoom, link below": the link below is the call's, not a booking page.
_CALL_WORDS = re.compile(
    r"\b(?:zoom|google[ \t]+meet|teams|webex|whereby|hangouts?|video|dial-?in)\b", re.IGNORECASE
)


def _points_at_link(body: str) -> bool:
    if _POINTS_AT_LINK.search(body):
        return True
    for below in _LINK_BELOW.finditer(body):
        start = max(body.rfind(end, 0, below.start()) for end in ".!?\n") + 1
        if not _CALL_WORDS.search(body, start, below.start()):
            return True
    return False


def answer_link(reply: str, signature: str) -> str | None:
    """The booking link that answers: in the reply, or in the signature if the reply points at it.

    A link only in a signature is not the answer ("Book time with me" under
    every mail the sender writes), unless the reply itself says to book.
    """
    body = before_closing(reply)
    link = find_scheduling_link(body)
    if link is None and _points_at_link(body):
        link = find_scheduling_link(reply, signature)
    return link
