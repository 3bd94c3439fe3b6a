"""HTML-only mail to plain text, with html2text.

html2text keeps block quotes as ``> `` lines (so the quote stripper treats
them like plain-text quoting) and keeps link targets, which the scheduling
link finder needs. Emphasis markers and images are dropped because they are
noise for everything downstream.
"""

from __future__ import annotations

import re
from typing import Any

import html2text

# Enough for any human reply; the rest of a huge newsletter is not read.
MAX_HTML_CHARS = 300_000

# html2text writes links as Markdown: [label](target). Keep both words and URL.
_MD_LINK = re.compile(r"\[([^\[\]\n]{0,300})\]\(<?([^()\s<>]{1,2000})>?\)")
# html2text escapes a line-opening dash, plus or "14." as Markdown ("\-- ", "14\. März"): that
# hid the signature delimiter, and office hours under it were read as offers.
_MD_LINE_ESCAPE = re.compile(r"^([ \t]*\d*)\\([-+.])", re.MULTILINE)
_DEAD_SPACE = re.compile(r"[ \t\u00a0]+\n")
# With tables ignored html2text runs adjacent cells together ("Wed, Jan 6" + "8:00 am" became
# "Jan 68:00 am"): a space after each cell keeps a table's words apart.
_CELL_END = re.compile(r"(</t[dh]\s*>)", re.IGNORECASE)


# A table row marked with a cross ("Wed 11:00 | ✗") is a slot ruled out, like struck text.
_CROSS = re.compile(r"[✗✘❌✖]|&#(?:10006|10007|10008|10060|x2716|x2717|x2718|x274c);|&cross;", re.I)
_ROW_END = re.compile(r"(</tr\s*>)", re.IGNORECASE)


def _drop_crossed_rows(html: str) -> str:
    """``html`` without its crossed rows, in one pass: each row is sought back from its end."""
    pieces = _ROW_END.split(html)
    kept: list[str] = []
    for i in range(0, len(pieces) - 1, 2):
        piece, lowered = pieces[i], pieces[i].lower()
        start = lowered.rfind("<tr")
        while start >= 0 and lowered[start + 3 : start + 4].isalnum():
            start = lowered.rfind("<tr", 0, start)
        if start >= 0 and _CROSS.search(piece, start):
            kept.append(piece[:start])
        else:
            kept.extend((piece, pieces[i + 1]))
    kept.append(pieces[-1])
    return "".join(kept)


_STRUCK_TAGS = frozenset({"s", "strike", "del"})
_LINE_THROUGH = re.compile(r"text-decoration[\w-]*\s*:[^;]*line-through", re.IGNORECASE)


class _StruckOut:
    """Silences crossed-out text: the sender withdrew it ("how about ~~Wed 11am~~ Fri 3pm?").

    A tag callback for html2text: each open struck element (``<s>``, ``<del>``, ``<strike>`` or
    a line-through style) counts the same-named tags nested in it, so its own end tag is known.
    """

    def __init__(self) -> None:
        self._open: list[list[Any]] = []

    def __call__(
        self, parser: html2text.HTML2Text, tag: str, attrs: dict[str, str | None], start: bool
    ) -> bool:
        if self._open and self._open[-1][0] == tag:
            if start:
                self._open[-1][1] += 1
            elif self._open[-1][1]:
                self._open[-1][1] -= 1
            else:
                self._open.pop()
                parser.quiet -= 1
            return tag in _STRUCK_TAGS
        if start and (tag in _STRUCK_TAGS or _LINE_THROUGH.search(attrs.get("style") or "")):
            self._open.append([tag, 0])
            parser.quiet += 1
            return True
        return False


def _render_link(match: re.Match[str]) -> str:
    label, target = match.group(1).strip(), match.group(2)
    if not label or label == target or target.startswith("mailto:"):
        return label or target.removeprefix("mailto:")
    return f"{label} <{target}>"


def html_to_text(html: str) -> str:
    """Plain text of an HTML body: block quotes as ``>`` lines, links as ``label <url>``."""
    converter = html2text.HTML2Text()
    converter.body_width = 0
    converter.ignore_images = True
    converter.ignore_emphasis = True
    converter.ignore_tables = True
    converter.unicode_snob = True
    converter.single_line_break = False
    # html2text declares the attribute as None, though it calls whatever is set there.
    converter.tag_callback = _StruckOut()  # type: ignore[assignment]
    html = _drop_crossed_rows(html[:MAX_HTML_CHARS])
    text = converter.handle(_CELL_END.sub(r"\1 ", html))
    text = _MD_LINE_ESCAPE.sub(r"\1\2", _MD_LINK.sub(_render_link, text))
    return _DEAD_SPACE.sub("\n", text).strip()
