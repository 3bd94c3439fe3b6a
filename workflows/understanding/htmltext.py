"""HTML-only mail to plain text, with html2text.

html2text keeps block quotes as ``> `` lines (so the quote stripper treats
them like plain-text quoting) and keeps link targets, which the scheduling
link finder needs. Emphasis markers and images are dropped because they are
noise for everything downstream.
"""

from __future__ import annotations

import re

import html2text

# Enough for any human reply; the rest of a huge newsletter is not read.
MAX_HTML_CHARS = 300_000

# html2text writes links as Markdown: [label](target). Keep both words and URL.
_MD_LINK = re.compile(r"\[([^\[\]\n]{0,300})\]\(<?([^()\s<>]{1,2000})>?\)")
_DEAD_SPACE = re.compile(r"[ \t\u00a0]+\n")
# With tables ignored html2text runs adjacent cells together ("Wed, Jan 6" + "8:00 am" became
# "Jan 68:00 am"): a space after each cell keeps a table's words apart.
_CELL_END = re.compile(r"(</t[dh]\s*>)", re.IGNORECASE)


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
    text = converter.handle(_CELL_END.sub(r"\1 ", html[:MAX_HTML_CHARS]))
    text = _MD_LINK.sub(_render_link, text)
    return _DEAD_SPACE.sub("\n", text).strip()
