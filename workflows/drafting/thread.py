"""A reply's place in its conversation: the subject, the quoted message, its gist.

Every draft after the outreach answers the thread the outreach started: its
subject is "Re: " and the thread's own subject, never an out-of-office's
("Automatic reply: …"), and the previous message is quoted briefly below the
signature, as mail clients do.
"""

from __future__ import annotations

import re

from workflows.drafting.context import Quoted
from workflows.drafting.untrusted import plain
from workflows.drafting.when import format_date

#: How many lines of the previous message a reply quotes.
QUOTED_LINES = 4
_QUOTED_WIDTH = 100
# Reply and forward markers, and the subjects auto-replies put before the original.
_PREFIX = re.compile(
    r"^\s*(?:re|aw|sv|antw|r|fw|fwd|wg|tr"
    r"|automatic reply|auto(?:matic)?[- ]?reply|auto|autoreply|out of (?:the )?office(?: reply)?"
    r"|ooo|abwesend|abwesenheitsnotiz|automatische antwort|réponse automatique"
    r"|respuesta automática|fuera de la oficina|risposta automatica|afwezig"
    r"|automatisch antwoord)\s*(?:\[[^\]]*\])?\s*:\s*",
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hallo|bonjour|hola)\b"
    r"[^\n]{0,40}$",
    re.IGNORECASE,
)
_PLEASANTRY = re.compile(
    r"^(?:thanks?|thank you|great to hear from you|nice to hear from you|good to hear from you)"
    r"[^.!?]*(?:reaching out|your (?:note|email|message)|getting in touch|writing)[^.!?]*[.!?]\s*",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")


def thread_subject(subject: str) -> str:
    """The conversation's own subject: reply, forward and auto-reply markers removed."""
    core = " ".join(subject.split())
    while (match := _PREFIX.match(core)) is not None and match.end() < len(core):
        core = core[match.end() :]
    return core


def reply_subject(their_subject: str) -> str:
    """The subject of a reply in the thread: one "Re: " before the thread's subject."""
    return f"Re: {thread_subject(their_subject)}"


def quote(previous: Quoted) -> str:
    """The previous message, briefly, as mail clients quote it."""
    lines = [line.strip() for line in previous.text.strip().splitlines()]
    lines = [line for line in lines if line and not line.startswith(">")]
    shown = [
        line if len(line) <= _QUOTED_WIDTH else line[: _QUOTED_WIDTH - 1].rstrip() + "…"
        for line in lines[:QUOTED_LINES]
    ]
    if len(lines) > QUOTED_LINES:
        shown.append("…")
    header = f"On {format_date(previous.at.date())}, {previous.author} wrote:"
    return "\n".join([header, *(f"> {line}" for line in shown)])


def gist(reply: str, sentences: int = 2) -> str:
    """What a reply says, in its first sentences: not its greeting, thanks or markup."""
    lines = [line.strip() for line in plain(reply).strip().splitlines() if line.strip()]
    while lines and _GREETING.match(lines[0]):
        lines.pop(0)
    body = " ".join(lines)
    body = _PLEASANTRY.sub("", body, count=1).strip()
    return " ".join(_SENTENCE.split(body)[:sentences])
