"""How a meeting was agreed to happen, read from the contact's own words.

Only what the contact (or their invite) said counts: "a video call is
easiest", "call me at …", "let's grab coffee at Blue Bottle". When they said
nothing, the drafts assume nothing (the user's preference is offered once,
in the scheduling reply).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_NEGATED = re.compile(r"\b(?:not|no|n't|rather not|instead of)\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
_VIDEO_LINK = re.compile(
    r"https://(?:[\w-]+\.)*(?:zoom\.us|meet\.google\.com|teams\.microsoft\.com|whereby\.com"
    r"|webex\.com|meet\.example\.com)/\S+[^\s.,;)]",
    re.IGNORECASE,
)
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Zoom", re.compile(r"\bzoom\b", re.IGNORECASE)),
    ("Google Meet", re.compile(r"\bgoogle meet\b", re.IGNORECASE)),
    ("Teams", re.compile(r"\b(?:ms |microsoft )?teams\b(?! of)", re.IGNORECASE)),
    ("a video call", re.compile(r"\bvideo(?:[- ]?(?:call|chat))?\b", re.IGNORECASE)),
    ("the phone", re.compile(r"\b(?:phone|call me at|give me a call|ring me)\b", re.IGNORECASE)),
)
_PLACE = re.compile(
    r"\b(?:meet|coffee|lunch|see you|stop by|come by)\b[^.?!\n]{0,30}?\b(?:at|in) "
    r"(?P<place>(?:the )?[A-Z][\w'&.-]*(?:,? [A-Z0-9][\w'&.-]*){0,5})"
)
_IN_PERSON = re.compile(r"\bin person\b", re.IGNORECASE)


def _affirmed(text: str, start: int) -> bool:
    return _NEGATED.search(text[max(0, start - 30) : start]) is None


def medium_in(texts: Iterable[str]) -> str | None:
    """How to meet, as the newest of ``texts`` that says so puts it; None when none does."""
    for text in texts:
        found: list[tuple[int, str]] = []
        for name, pattern in _KINDS:
            found += [
                (m.start(), name) for m in pattern.finditer(text) if _affirmed(text, m.start())
            ]
        for match in _PLACE.finditer(text):
            if _affirmed(text, match.start()):
                found.append((match.start("place"), match.group("place").rstrip(".,")))
        found += [
            (m.start(), "in person")
            for m in _IN_PERSON.finditer(text)
            if _affirmed(text, m.start())
        ]
        if found:
            return min(found)[1]
    return None


def link_in(texts: Iterable[str]) -> str | None:
    """The first video-meeting link in the newest of ``texts`` that has one."""
    for text in texts:
        match = _VIDEO_LINK.search(text)
        if match is not None:
            return match.group(0)
    return None
