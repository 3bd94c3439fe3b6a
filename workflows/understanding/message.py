"""Raw RFC 5322 bytes to the few things understanding needs.

The standard library parser (``compat32`` policy, the most forgiving one)
reads the structure; this module picks the body text (plain text preferred,
else HTML converted), decodes odd or wrong charsets without failing, and
collects ``text/calendar`` parts. Forwarded messages (``message/rfc822``) and
attachments are not read: they are not the sender's words.
"""

from __future__ import annotations

import codecs
import email
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from connectors.errors import InputError
from workflows.understanding.htmltext import html_to_text

log = logging.getLogger(__name__)

# Bigger messages are cut before parsing: the reply text sits at the top and
# attachments are not read, so this only bounds the work on huge input.
MAX_MESSAGE_BYTES = 4_000_000
# Headers past this many are not read (the ones we need come first in real mail).
MAX_HEADERS = 500
# Deeper MIME trees are not walked (a hostile message can nest thousands).
MAX_MIME_DEPTH = 12

_HEADER_LINE = re.compile(rb"^(?:From [^\r\n]*|[\x21-\x39\x3b-\x7e]{1,76}[ \t]*:[^\r\n]*)\r?$")
_KNOWN_HEADERS = frozenset(
    {
        "from",
        "to",
        "cc",
        "subject",
        "date",
        "message-id",
        "in-reply-to",
        "references",
        "content-type",
        "mime-version",
        "received",
        "return-path",
        "sender",
        "reply-to",
    }
)
_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics", "text/x-vcalendar"})
#: Control characters a decoded display name may carry; none belongs in a name.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Address:
    """A display name and address, either possibly empty."""

    name: str
    email: str


@dataclass(frozen=True)
class ParsedMessage:
    """The parts of one message that understanding reads."""

    headers: dict[str, list[str]]
    subject: str
    sender: Address
    cc: tuple[Address, ...]
    to: tuple[Address, ...]
    date: datetime | None
    content_type: str
    text: str
    html_only: bool
    calendars: tuple[str, ...] = field(default=())

    def header(self, name: str) -> str:
        """The first value of header ``name`` (any case), or ``""``."""
        values = self.headers.get(name.lower())
        return values[0] if values else ""


def _decode_header(value: str) -> str:
    """RFC 2047 words decoded; a broken encoding leaves the raw text."""
    try:
        return str(make_header(decode_header(value)))
    except (HeaderParseError, UnicodeError, LookupError, ValueError) as exc:
        log.debug("undecodable header kept raw: %s", exc)
        return value


def _eight_bit(value: str) -> str:
    """A raw header value with its undeclared 8-bit bytes read as UTF-8 (else Latin-1).

    Mailers write "Cc: José Müller <…>" unencoded; the parser keeps those bytes as
    surrogates, which would turn the name into replacement characters.
    """
    raw = value.encode("ascii", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _display_name(encoded: str) -> str:
    """A display name decoded, up to its first line break, on one line.

    An encoded CR LF ("=?utf-8?q?Dana=0D=0AX=3A_y?=") would start a header of
    its own, and an encoded "<" an address: nothing after either is the name.
    """
    decoded = _decode_header(encoded)
    first = decoded.splitlines()[0].split("<")[0] if decoded.strip() else ""
    return " ".join(_CONTROL.sub(" ", first).split()).rstrip(",;")


def _addresses(values: list[str]) -> tuple[Address, ...]:
    """The addresses of raw (still encoded) header values.

    They are split before any encoded word is decoded: a name that decodes
    to "<x@y>, " or a line break must not add an address nobody wrote.
    """
    found = []
    for name, addr in getaddresses(values):
        if addr and "@" in addr:
            found.append(Address(_display_name(name), addr.strip().lower()))
    return tuple(found)


def _charset(part: Message) -> str:
    """The declared charset when Python knows it, else UTF-8."""
    declared = part.get_content_charset() or "utf-8"
    try:
        return codecs.lookup(declared).name
    except LookupError:
        return "utf-8"


def _decode_payload(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = _charset(part)
    try:
        return payload.decode(charset)
    except UnicodeDecodeError:
        # Mislabelled mail is common (cp1252 declared as utf-8 and back).
        for fallback in ("utf-8", "cp1252"):
            try:
                return payload.decode(fallback)
            except UnicodeDecodeError:
                continue
        return payload.decode("latin-1")


@dataclass
class _Bodies:
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    calendars: list[str] = field(default_factory=list)


def _walk(part: Message, bodies: _Bodies, depth: int) -> None:
    if depth > MAX_MIME_DEPTH:
        return
    ctype = part.get_content_type()
    if ctype.startswith("message/"):
        # compat32 parses message/rfc822 (a bounce's copy of the user's mail)
        # as a multipart: test the type first so it is never walked into.
        return
    if part.is_multipart():
        payload = part.get_payload()
        if isinstance(payload, list):
            for sub in payload:
                if isinstance(sub, Message):
                    _walk(sub, bodies, depth + 1)
        return
    if ctype in _CALENDAR_TYPES:
        bodies.calendars.append(_decode_payload(part))
        return
    disposition = str(part.get("Content-Disposition", "")).split(";")[0].strip().lower()
    if disposition == "attachment":
        return
    if ctype == "text/plain":
        bodies.plain.append(_decode_payload(part))
    elif ctype == "text/html":
        bodies.html.append(_decode_payload(part))


# Equal to UTC, but not the UTC object (see ``_date``).
_HEADER_ZERO = timezone(timedelta(0), "UTC")


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:
        # RFC 5322 "-0000": the time is UTC, the local zone unknown.
        parsed = parsed.replace(tzinfo=UTC)
    elif parsed.tzinfo is UTC:
        # "+0000": the sender's own clock, as any other offset is. Python hands back the UTC
        # object for it, the one a written "3pm GMT" is read on; an object of its own keeps
        # "3pm my time" (read on the header's clock, so moved to the sender's place once a
        # reply names it) apart from the fixed clock "GMT" names.
        parsed = parsed.replace(tzinfo=_HEADER_ZERO)
    return parsed


def _check_looks_like_email(raw: bytes) -> None:
    if not raw.strip():
        raise InputError("not an email: the input is empty")
    head = raw.lstrip(b"\r\n")[:65536]
    header_block = head.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    if b"\x00" in header_block:
        raise InputError("cannot decode the message: binary (NUL) bytes in its headers")
    first_line = head.split(b"\n", 1)[0]
    if not _HEADER_LINE.match(first_line):
        raise InputError("not an email: the first line is not an RFC 5322 header")


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse one message; :class:`InputError` if it is empty, binary or not mail."""
    _check_looks_like_email(raw)
    try:
        msg = email.message_from_bytes(
            raw.lstrip(b"\r\n")[:MAX_MESSAGE_BYTES], policy=policy.compat32
        )
    except (RecursionError, ValueError, TypeError, IndexError) as exc:
        raise InputError(f"cannot decode the message: {type(exc).__name__}") from exc
    raw_headers: dict[str, list[str]] = {}
    for name, value in list(msg.raw_items())[:MAX_HEADERS]:
        raw_headers.setdefault(name.lower(), []).append(_eight_bit(value))
    headers = {name: [_decode_header(v) for v in values] for name, values in raw_headers.items()}
    if not _KNOWN_HEADERS.intersection(headers):
        raise InputError("not an email: none of From, To, Subject, Date or Content-Type is present")

    bodies = _Bodies()
    try:
        _walk(msg, bodies, 0)
    except (RecursionError, ValueError, TypeError, AssertionError) as exc:
        raise InputError(f"cannot decode the message body: {type(exc).__name__}") from exc
    html_only = not any(t.strip() for t in bodies.plain) and bool(bodies.html)
    text = "\n".join(bodies.plain) if not html_only else html_to_text("\n".join(bodies.html))

    name, addr = parseaddr(raw_headers.get("from", [""])[0])
    return ParsedMessage(
        headers=headers,
        subject=headers.get("subject", [""])[0],
        sender=Address(_display_name(name), addr.strip().lower()),
        cc=_addresses(raw_headers.get("cc", [])),
        to=_addresses(raw_headers.get("to", [])),
        date=_date(headers.get("date", [""])[0]),
        content_type=msg.get_content_type(),
        text=text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", ""),
        html_only=html_only,
        calendars=tuple(bodies.calendars),
    )
