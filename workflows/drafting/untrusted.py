"""Words from a stranger's mail or invitation, made safe to show.

The prep brief lands in a calendar event's description, which calendars
render as HTML and link up: a reply's ``<img src=x onerror=…>`` or a
``javascript:`` address must arrive there as harmless text. :func:`plain`
keeps the words of a message and drops its markup and any address that is
not a web one; :func:`web_link` keeps a link only when it is http(s).
"""

from __future__ import annotations

import html
import re

# A tag, or what is left of one cut off at the end of a line; a tag never eats
# a line break, so a stray "<" in the user's notes costs nothing but itself.
_TAG = re.compile(r"<[a-z/!?][^<>\n]*(?:>|$)", re.IGNORECASE | re.MULTILINE)
# An address whose scheme is not http(s): "javascript:…", "data:…", "ftp://…".
# "mailto:" is kept (an address is what it names); a bare word and a colon
# ("Note: …", "10:30") is not an address unless its scheme is a script one.
_NOT_WEB = re.compile(
    r"\b(?:(?!https?:|mailto:)[a-z][a-z0-9+.-]*:(?://|\\\\)\S*"
    r"|(?:javascript|vbscript|livescript|data|file|blob|about|filesystem)\s*:\S*)",
    re.IGNORECASE,
)
_WEB = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)


def plain(text: str) -> str:
    """``text`` without markup, character references or addresses that are not web ones."""
    decoded = html.unescape(text)
    untagged = _TAG.sub(" ", decoded).replace("<", " ").replace(">", " ")
    return _NOT_WEB.sub("[link removed]", untagged)


def web_link(text: str | None) -> str | None:
    """``text`` when it is a single http(s) address, else None."""
    if text is None:
        return None
    match = _WEB.fullmatch(text.strip())
    return match.group(0) if match else None
