"""The HTML alternative of a plain-text draft or brief, derived, never written twice.

Blank lines separate paragraphs; lines starting with "- " form a list; a
paragraph's line in capitals (the brief's section names) becomes a heading;
web addresses and email addresses become links. Everything else is escaped.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

_LINK = re.compile(
    r"(?P<url>https?://[^\s<>\"]+[^\s<>\".,;:!?)\]'])"
    r"|(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
)
_BULLET = "- "


def _inline(text: str) -> Markup:
    """Escape ``text``, turning web and email addresses into links."""
    out = Markup()
    position = 0
    for match in _LINK.finditer(text):
        out += escape(text[position : match.start()])
        if match.group("url"):
            out += Markup('<a href="{0}">{0}</a>').format(match.group("url"))
        else:
            out += Markup('<a href="mailto:{0}">{0}</a>').format(match.group("email"))
        position = match.end()
    return out + escape(text[position:])


def _is_heading(line: str) -> bool:
    letters = [char for char in line if char.isalpha()]
    return len(letters) >= 3 and all(char.isupper() for char in letters)


def _block(lines: list[str]) -> list[Markup]:
    """One paragraph's lines as HTML: headings, runs of list items, runs of text."""
    parts: list[Markup] = []
    text: list[Markup] = []
    items: list[Markup] = []

    def flush() -> None:
        if text:
            parts.append(Markup("<p>{}</p>").format(Markup("<br>\n").join(text)))
            text.clear()
        if items:
            joined = Markup("\n").join(Markup("<li>{}</li>").format(item) for item in items)
            parts.append(Markup("<ul>\n{}\n</ul>").format(joined))
            items.clear()

    for index, line in enumerate(lines):
        if line.startswith(_BULLET):
            if text:
                flush()
            items.append(_inline(line[len(_BULLET) :]))
        elif index == 0 and _is_heading(line):
            parts.append(Markup("<h3>{}</h3>").format(_inline(line)))
        else:
            if items:
                flush()
            text.append(_inline(line))
    flush()
    return parts


def text_to_html(text: str) -> str:
    """The HTML alternative of the plain ``text``: a fragment of escaped paragraphs."""
    blocks = [block.splitlines() for block in re.split(r"\n\s*\n", text.strip())]
    return "\n".join(part for lines in blocks if lines for part in _block(lines)) + "\n"
