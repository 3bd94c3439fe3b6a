"""MIME for every provider: build a draft from a ``DraftSpec``, read a message into a record.

Parsing never raises on bad mail: malformed headers, odd charsets and broken
dates degrade to empty fields, because one strange message must not stop a
mailbox from syncing. Building refuses bad input with an ``InputError``.
"""

from __future__ import annotations

import re
import secrets
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.errors import HeaderParseError, MessageError
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from email.utils import format_datetime, getaddresses, parseaddr, parsedate_to_datetime

import html2text

from connectors.base import DRAFT_KEY_HEADER, DraftSpec, MailMessage
from connectors.errors import InputError

_MESSAGE_ID = re.compile(r"^<(\d{13})\.[0-9a-f]+\.coffeechat@")


def new_message_id(address: str) -> str:
    """A fresh Message-ID for a draft, carrying its creation time in milliseconds.

    The time lets ``draft_state`` recognise the user's sent copy when Gmail
    dropped our key header: a SENT message in the thread after the draft's
    creation.
    """
    domain = address.rpartition("@")[2] or "localhost"
    return f"<{int(time.time() * 1000)}.{secrets.token_hex(6)}.coffeechat@{domain}>"


def created_at(message_id: str | None) -> datetime | None:
    """The creation time stored by :func:`new_message_id`, else ``None``."""
    match = _MESSAGE_ID.match(message_id or "")
    if match is None:
        return None
    return datetime.fromtimestamp(int(match.group(1)) / 1000, tz=UTC)


def build_draft(spec: DraftSpec, sender: str, message_id: str) -> bytes:
    """The RFC 5322 bytes of a draft: text/plain, with an HTML alternative when given."""
    msg = EmailMessage(policy=policy.SMTP)
    try:
        msg["From"] = sender
        msg["To"] = ", ".join(spec.to)
        if spec.cc:
            msg["Cc"] = ", ".join(spec.cc)
        msg["Subject"] = spec.subject
        msg["Date"] = format_datetime(datetime.now(UTC))
        msg["Message-ID"] = message_id
        if spec.in_reply_to:
            msg["In-Reply-To"] = spec.in_reply_to
        references = list(spec.references)
        if spec.in_reply_to and spec.in_reply_to not in references:
            references.append(spec.in_reply_to)
        if references:
            msg["References"] = " ".join(references)
        msg[DRAFT_KEY_HEADER] = spec.key
        msg.set_content(spec.text)
        if spec.html is not None:
            msg.add_alternative(spec.html, subtype="html")
    except (ValueError, TypeError, HeaderParseError) as exc:
        raise InputError(f"draft {spec.key!r} cannot be written as email: {exc}") from exc
    if not spec.to:
        raise InputError(f"draft {spec.key!r} has no recipient")
    return msg.as_bytes()


def parse_message(
    raw: bytes,
    *,
    id: str,
    thread_id: str,
    labels: Iterable[str],
    received_at: datetime | None = None,
) -> MailMessage:
    """The neutral record of a message from its raw bytes, labels (``SENT``) and arrival time."""
    msg = message_from_bytes(raw)
    return MailMessage(
        id=id,
        thread_id=thread_id,
        message_id=_header(msg, "Message-ID") or None,
        in_reply_to=_header(msg, "In-Reply-To") or None,
        references=tuple(_header(msg, "References").split()),
        sender=parseaddr(_header(msg, "From"))[1],
        to=_addresses(msg, "To"),
        cc=_addresses(msg, "Cc"),
        subject=_header(msg, "Subject"),
        date=_date(_header(msg, "Date")),
        sent="SENT" in labels,
        raw=raw,
        draft_key=_header(msg, DRAFT_KEY_HEADER) or None,
        received_at=received_at,
    )


def body_text(raw: bytes) -> str:
    """The plain-text body of a message (its HTML turned to text when there is none)."""
    msg = message_from_bytes(raw, policy=policy.default)
    html = None
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        kind = part.get_content_type()
        if kind == "text/plain":
            return _decoded(part)
        if kind == "text/html" and html is None:
            html = _decoded(part)
    if html is None:
        return ""
    converter = html2text.HTML2Text()
    converter.body_width = 0
    return str(converter.handle(html))


def _decoded(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("utf-8", errors="replace")


def _header(msg: Message, name: str) -> str:
    value = msg.get(name)
    if value is None:
        return ""
    try:
        return str(make_header(decode_header(str(value)))).strip()
    except (HeaderParseError, MessageError, LookupError, UnicodeError, ValueError):
        return str(value).strip()


def _addresses(msg: Message, name: str) -> tuple[str, ...]:
    values = [str(v) for v in msg.get_all(name, [])]
    return tuple(addr for _, addr in getaddresses(values) if addr)


def _date(value: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
