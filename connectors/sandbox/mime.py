"""RFC 5322 messages as Gmail shows them: headers, snippet, payload tree, addresses."""

from __future__ import annotations

import base64
import binascii
import email
import email.message
import email.policy
import html
import re
from dataclasses import dataclass
from email.message import Message as EmailMessage
from email.utils import getaddresses, make_msgid, parsedate_to_datetime
from typing import Any

from connectors.sandbox.apierror import bad_request

_MSGID = re.compile(r"<[^<>\s]+>")
_SPACES = re.compile(r"\s+")
_INVISIBLE = re.compile(r"<(style|script|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_ATTACHMENT_PREFIX = "ANGjdJ"  # Gmail's attachment ids are long opaque base64url strings


def b64url_decode(data: str, what: str = "raw") -> bytes:
    """Decode base64url with or without padding; a 400 on garbage."""
    try:
        return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))
    except (binascii.Error, ValueError) as exc:
        raise bad_request(f"Invalid value for ByteString: {what}", what) from exc


def b64url_encode(data: bytes) -> str:
    """Encode as Gmail does (base64url, padded)."""
    return base64.urlsafe_b64encode(data).decode("ascii")


def message_ids(value: str | None) -> list[str]:
    """The ``<...>`` ids in a Message-ID, In-Reply-To or References header."""
    return _MSGID.findall(value or "")


def _text_of(part: EmailMessage) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    return payload.decode(part.get_content_charset() or "utf-8", errors="replace")


@dataclass
class Parsed:
    """What the sandbox needs from a raw message, computed once at delivery."""

    headers: list[tuple[str, str]]
    message_id: str | None
    parent_ids: list[str]  # In-Reply-To then References, without duplicates
    subject: str
    addresses: dict[str, set[str]]  # "from"/"to"/"cc"/"bcc" -> lower-case addresses
    date_ms: int | None
    snippet: str
    text: str  # lower-cased subject + body, for free-text search

    def header(self, name: str) -> str | None:
        """The first header called ``name`` (case-insensitive)."""
        lowered = name.lower()
        return next((v for k, v in self.headers if k.lower() == lowered), None)


def parse(raw: bytes) -> Parsed:
    """Parse a raw message; malformed parts degrade like Gmail's, never raise."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    headers = [(k, _header_str(v)) for k, v in msg.items()]
    lookup = {k.lower(): v for k, v in reversed(headers)}
    addresses = {field: _addresses(lookup.get(field, "")) for field in ("from", "to", "cc", "bcc")}
    parents: list[str] = []
    for value in message_ids(lookup.get("in-reply-to")) + message_ids(lookup.get("references")):
        if value not in parents:
            parents.append(value)
    own = message_ids(lookup.get("message-id"))
    body = ""
    for part in msg.walk():
        if part.get_content_type() == "text/plain" and not part.is_multipart():
            body = _text_of(part)
            break
    else:
        html_part = next((p for p in msg.walk() if p.get_content_type() == "text/html"), None)
        body = _html_text(_text_of(html_part)) if html_part is not None else ""
    subject = lookup.get("subject", "")
    return Parsed(
        headers=headers,
        message_id=own[0] if own else None,
        parent_ids=parents,
        subject=subject,
        addresses=addresses,
        date_ms=_date_ms(lookup.get("date")),
        snippet=_snippet(body),
        text=f"{subject}\n{body}".lower(),
    )


def _html_text(markup: str) -> str:
    return html.unescape(_TAG.sub(" ", _INVISIBLE.sub(" ", markup)))


def _snippet(body: str) -> str:
    """The start of the body as Gmail's ``snippet``: HTML-escaped (``&#39;`` for ')."""
    text = _SPACES.sub(" ", body).strip()[:200]
    return html.escape(text, quote=True).replace("&#x27;", "&#39;")


def _addresses(value: str) -> set[str]:
    """Lower-case addresses in an address header."""
    if not value:
        return set()
    if "@" in value and not any(c in value for c in '<,"('):
        return {value.strip().lower()}  # a bare address: skip the (slow) full parser
    return {addr.lower() for _, addr in getaddresses([value]) if "@" in addr}


def _header_str(value: Any) -> str:
    # compat32 hands back str for plain headers and Header objects for odd encodings.
    return _SPACES.sub(" ", str(value)).strip()


def _date_ms(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return int(parsedate_to_datetime(value).timestamp() * 1000)
    except (TypeError, ValueError, IndexError):
        return None


def payload(raw: bytes, metadata_headers: list[str] | None = None) -> dict[str, Any]:
    """Gmail's ``payload`` tree (format=full), or headers only (format=metadata)."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    if metadata_headers is not None:
        wanted = {h.lower() for h in metadata_headers}
        return {
            "mimeType": msg.get_content_type(),
            "headers": [
                {"name": k, "value": _header_str(v)}
                for k, v in msg.items()
                if not wanted or k.lower() in wanted
            ],
        }
    return _part(msg, "")


def _part(part: EmailMessage, part_id: str) -> dict[str, Any]:
    node: dict[str, Any] = {
        "partId": part_id,
        "mimeType": part.get_content_type(),
        "filename": part.get_filename() or "",
        "headers": [{"name": k, "value": _header_str(v)} for k, v in part.items()],
    }
    if part.is_multipart():
        children = part.get_payload()
        assert isinstance(children, list)
        node["body"] = {"size": 0}
        prefix = f"{part_id}." if part_id else ""
        node["parts"] = [_part(child, f"{prefix}{i}") for i, child in enumerate(children)]
    else:
        data = part.get_payload(decode=True)
        data = data if isinstance(data, bytes) else b""
        if node["filename"]:
            # Gmail sends an attachment's bytes only through messages.attachments.get.
            node["body"] = {"size": len(data), "attachmentId": attachment_id(part_id)}
        else:
            node["body"] = {"size": len(data), "data": b64url_encode(data)} if data else {"size": 0}
    return node


def attachment_id(part_id: str) -> str:
    """The ``attachmentId`` of the part ``part_id`` (stable: the message id is in the path)."""
    return _ATTACHMENT_PREFIX + b64url_encode(f"part:{part_id}".encode()).rstrip("=")


def attachment(raw: bytes, wanted: str) -> bytes | None:
    """The decoded bytes of the attachment ``wanted`` in ``raw``, if it has one."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    parts: list[tuple[str, EmailMessage]] = [("", msg)]
    while parts:
        part_id, part = parts.pop()
        if part.is_multipart():
            children = part.get_payload()
            assert isinstance(children, list)
            prefix = f"{part_id}." if part_id else ""
            parts += [(f"{prefix}{i}", child) for i, child in enumerate(children)]
        elif part.get_filename() and attachment_id(part_id) == wanted:
            data = part.get_payload(decode=True)
            return data if isinstance(data, bytes) else b""
    return None


def with_headers(raw: bytes, extra: list[tuple[str, str]]) -> bytes:
    """``raw`` with headers prepended (used to stamp Message-ID/Date on a sent draft)."""
    prefix = "".join(f"{name}: {value}\r\n" for name, value in extra).encode()
    return prefix + raw


def rewritten(
    raw: bytes, *, composer: bool = False, text: str | None = None, date: str | None = None
) -> bytes:
    """``raw`` as the user's mail client sends it.

    With ``composer``, as Gmail's composer does once the user has edited the
    draft: it writes the message anew, so custom ``X-`` headers are gone and
    the Message-ID is new. ``text`` is a new plain-text body; ``date``
    replaces the Date header (a draft written long before it is sent).
    """
    msg = email.message_from_bytes(raw, _class=email.message.EmailMessage, policy=email.policy.SMTP)
    if composer:
        for name in {k for k in msg if k.lower().startswith("x-")}:
            del msg[name]
        del msg["Message-ID"]
        msg["Message-ID"] = make_msgid(domain="mail.gmail.com")
    if date is not None:
        del msg["Date"]
        msg["Date"] = date
    if text is not None:
        msg.clear_content()
        msg.set_content(text)
    return msg.as_bytes()
