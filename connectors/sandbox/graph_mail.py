"""Graph v1.0 mail over the shared mail store: messages, drafts, folder deltas, send.

A draft is named by its draft id, kept across edits as Outlook keeps a
message's id; sending it (from Outlook, through the admin API) moves it to
Sent Items under a new id. ``/send`` and ``/sendMail`` are recorded as
violations, and refused with 403 unless the token carries Mail.Send.
"""

from __future__ import annotations

import bisect
import email
import email.policy
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, make_msgid, parseaddr
from typing import Any

import html2text

from connectors.sandbox.graph_call import GraphCall, dump_token, gone, iso_ms, load_token
from connectors.sandbox.graph_odata import (
    GraphError,
    bad,
    compare,
    has_properties,
    page_size,
    prefers_text,
    shaped,
)
from connectors.sandbox.mailstore import MailStore, StoredMessage

#: Graph's well-known folder names the sandbox serves, by the labels that put mail there.
FOLDERS = ("inbox", "sentitems", "drafts")
MESSAGE_PROPERTIES = (
    "id",
    "createdDateTime",
    "lastModifiedDateTime",
    "changeKey",
    "categories",
    "receivedDateTime",
    "sentDateTime",
    "hasAttachments",
    "internetMessageId",
    "subject",
    "bodyPreview",
    "importance",
    "parentFolderId",
    "conversationId",
    "isRead",
    "isDraft",
    "webLink",
    "body",
    "sender",
    "from",
    "toRecipients",
    "ccRecipients",
    "bccRecipients",
    "replyTo",
    "internetMessageHeaders",
)
MESSAGE_FILTERS = ("conversationId", "internetMessageId", "isDraft", "receivedDateTime")
# Writable on a draft; isRead and categories on any message.
_WRITABLE = {
    "subject",
    "body",
    "toRecipients",
    "ccRecipients",
    "bccRecipients",
    "singleValueExtendedProperties",
    "isRead",
    "categories",
}
# Graph takes internet message headers only when a message is created.
_CREATE_ONLY = frozenset({"internetMessageHeaders"})
_DELTA_PAGE = 10  # Graph's default page for message delta
_LIST_PAGE = 10


def folder_of(labels: set[str] | list[str]) -> str | None:
    """The well-known folder a message with these Gmail-style labels sits in."""
    if "DRAFT" in labels:
        return "drafts"
    if "SENT" in labels:
        return "sentitems"
    if "INBOX" in labels:
        return "inbox"
    return None


def _recipients(value: str | None) -> list[dict[str, Any]]:
    return [
        {"emailAddress": {"name": name or address, "address": address}}
        for name, address in getaddresses([value or ""])
        if "@" in address
    ]


def as_text(html: str) -> str:
    """HTML as Exchange renders it for text clients: paragraphs kept, lines never wrapped."""
    converter = html2text.HTML2Text()
    converter.body_width = 0
    return str(converter.handle(html))


def _bodies(raw: bytes) -> tuple[str, str | None]:
    """The plain-text and HTML bodies of a MIME message."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    text, html = None, None
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        if part.get_content_type() == "text/plain" and text is None:
            text = str(part.get_content())
        elif part.get_content_type() == "text/html" and html is None:
            html = str(part.get_content())
    if text is None and html is not None:
        text = as_text(html)
    return text or "", html


def render(box: MailStore, msg: StoredMessage, prefer: str | None) -> dict[str, Any]:
    """A message resource as Graph answers it (``_properties`` for :func:`shaped`)."""
    parsed = msg.parsed
    text, html = _bodies(msg.raw)
    as_text = html is None or prefers_text(prefer)
    sender = _recipients(parsed.header("From"))
    date = parsed.date_ms if parsed.date_ms is not None else msg.internal_date
    return {
        "@odata.etag": f'W/"{msg.history_id}"',
        "id": msg.graph_id,
        "createdDateTime": iso_ms(msg.created_ms or msg.internal_date),
        "lastModifiedDateTime": iso_ms(msg.internal_date),
        "changeKey": str(msg.history_id),
        "categories": [],
        "receivedDateTime": iso_ms(msg.internal_date),
        "sentDateTime": iso_ms(date),
        "hasAttachments": False,
        "internetMessageId": parsed.message_id,
        "subject": parsed.subject,
        "bodyPreview": parsed.snippet[:255],
        "importance": "normal",
        "parentFolderId": folder_of(msg.labels) or "archive",
        "conversationId": msg.thread_id,
        "isRead": "UNREAD" not in msg.labels,
        "isDraft": "DRAFT" in msg.labels,
        "webLink": f"https://outlook.sandbox.invalid/owa/?ItemID={msg.graph_id}",
        "body": {
            "contentType": "text" if as_text else "html",
            "content": text if as_text else html,
        },
        "sender": sender[0] if sender else None,
        "from": sender[0] if sender else None,
        "toRecipients": _recipients(parsed.header("To")),
        "ccRecipients": _recipients(parsed.header("Cc")),
        "bccRecipients": _recipients(parsed.header("Bcc")),
        "replyTo": [],
        "internetMessageHeaders": [{"name": k, "value": v} for k, v in parsed.headers],
        "_properties": dict(msg.properties),
    }


def _answer(call: GraphCall, msg: StoredMessage) -> dict[str, Any]:
    resource = render(call.mailbox.mail, msg, call.prefer)
    if call.query.select is None:
        resource.pop("internetMessageHeaders")  # only when asked for by $select, as Graph
    return shaped(resource, call.query)


def lookup(mail: MailStore, graph_id: str) -> StoredMessage:
    """A message by its Graph id (a draft's is the draft id), or Graph's 404."""
    message_id = mail.drafts.get(graph_id, graph_id)
    found = mail.messages.get(message_id)
    if found is None:
        raise GraphError(404)
    return found


# ------------------------------------------------------------------ reading


def get_message(call: GraphCall) -> Any:
    """GET /me/messages/{id}."""
    return _answer(call, lookup(call.mailbox.mail, call.params["id"]))


def get_value(call: GraphCall) -> Any:
    """GET /me/messages/{id}/$value: the MIME as stored."""
    return lookup(call.mailbox.mail, call.params["id"]).raw


def _matches(call: GraphCall, resource: dict[str, Any]) -> bool:
    return has_properties(resource["_properties"], call.query) and all(
        compare(resource.get(name), op, value) for name, op, value in call.query.filters
    )


def _candidates(call: GraphCall) -> list[StoredMessage]:
    """The messages an equality filter on an indexed field allows (all otherwise).

    Only a shortcut: :func:`_matches` still checks every clause on the result.
    """
    mail = call.mailbox.mail
    ids: set[str] | None = None
    for name, op, value in call.query.filters:
        if op != "eq":
            continue
        if name == "internetMessageId":
            ids = mail.by_msgid(value) if ids is None else ids & mail.by_msgid(value)
        elif name == "conversationId":
            thread = set(mail.threads.get(value, ()))
            ids = thread if ids is None else ids & thread
    if ids is None:
        return list(mail.messages.values())
    return [mail.messages[i] for i in ids if i in mail.messages]


def list_messages(call: GraphCall) -> Any:
    """GET /me/messages or /me/mailFolders/{folder}/messages, newest first, filtered."""
    mail = call.mailbox.mail
    folder = call.params.get("folder")
    rendered = [
        render(mail, m, call.prefer)
        for m in _candidates(call)
        if (folder is None or folder_of(m.labels) == folder)
        and has_properties(m.properties, call.query)
    ]
    found = [r for r in rendered if _matches(call, r)]
    found.sort(key=lambda r: (r["receivedDateTime"], r["id"]), reverse=True)
    start = (
        int(load_token(call.query.raw["$skiptoken"]).get("o", 0))
        if "$skiptoken" in call.query.raw
        else 0
    )
    size = call.query.top or page_size(call.prefer, _LIST_PAGE, 1000)
    chunk = found[start : start + size]
    for resource in chunk:
        if call.query.select is None:
            resource.pop("internetMessageHeaders")
    out: dict[str, Any] = {"value": [shaped(r, call.query) for r in chunk]}
    if start + size < len(found):
        options = {k: v for k, v in call.query.raw.items() if k != "$skiptoken"}
        options["$skiptoken"] = dump_token({"o": start + size})
        out["@odata.nextLink"] = call.link(call.request.path.removeprefix("/v1.0"), **options)
    return out


def _changes(mail: MailStore, folder: str, since: int, until: int) -> list[tuple[str, str]]:
    """(graph id, "created"|"updated"|"deleted") for the folder's changes in (since, until]."""
    first: dict[str, str] = {}  # graph id -> kind of its first record in the window
    was_in: set[str] = set()
    # History ids increase: start at the first record after ``since``.
    start = bisect.bisect_right(mail.history, since, key=lambda r: int(r["id"]))
    for record in mail.history[start:]:
        if int(record["id"]) > until:
            break
        for kind in ("messagesAdded", "messagesDeleted", "labelsAdded", "labelsRemoved"):
            for entry in record.get(kind, []):
                message = entry["message"]
                gid = mail.draft_of.get(message["id"], message["id"])
                first.setdefault(gid, kind)
                # Deleted records carry the labels the message had; label
                # records the labels that changed: either places it in a folder.
                places = (message.get("labelIds", []), entry.get("labelIds", []))
                if folder in {folder_of(labels) for labels in places}:
                    was_in.add(gid)
    out = []
    for gid, kind in first.items():
        message_id = mail.drafts.get(gid, gid)
        current = mail.messages.get(message_id)
        if current is not None and folder_of(current.labels) == folder:
            out.append((gid, "created" if kind == "messagesAdded" else "updated"))
        elif gid in was_in:
            out.append((gid, "deleted"))
    return out


def message_delta(call: GraphCall) -> Any:
    """GET /me/mailFolders/{folder}/messages/delta: a round of pages ending in a deltaLink."""
    mail = call.mailbox.mail
    folder = call.params["folder"]
    if folder not in FOLDERS:
        raise GraphError(404, f"The folder {folder!r} is not served by the sandbox.")
    raw = call.query.raw
    if "$deltatoken" in raw or "$skiptoken" in raw:
        state = load_token(raw.get("$deltatoken") or raw["$skiptoken"])
        if "$deltatoken" in raw:
            state = {**state, "u": mail.history_id, "o": 0}
    else:
        state = {
            "s": raw.get("$select"),
            "c": raw.get("changeType"),
            "r": _received_since(call),
            "b": None,
            "u": mail.history_id,
            "o": 0,
        }
    if state.get("b") is not None and int(state["b"]) < mail.history_floor:
        raise gone()
    if state["b"] is None:
        items = [
            (m.graph_id, "created")
            for m in sorted(mail.messages.values(), key=lambda m: (m.internal_date, m.id))
            if folder_of(m.labels) == folder and m.internal_date >= int(state.get("r") or 0)
        ]
    else:
        items = _changes(mail, folder, int(state["b"]), int(state["u"]))
    if state.get("c"):
        items = [i for i in items if i[1] == state["c"]]
    size = page_size(call.prefer, _DELTA_PAGE, 1000)
    offset = int(state["o"])
    chunk = items[offset : offset + size]
    value = []
    for gid, kind in chunk:
        if kind == "deleted":
            value.append(
                {
                    "@odata.type": "#microsoft.graph.message",
                    "id": gid,
                    "@removed": {"reason": "deleted"},
                }
            )
            continue
        value.append(
            {"@odata.type": "#microsoft.graph.message", **_answer(call, lookup(mail, gid))}
        )
    path = f"/me/mailFolders('{folder}')/messages/delta"
    out: dict[str, Any] = {"value": value}
    if offset + size < len(items):
        out["@odata.nextLink"] = call.link(
            path, **{"$skiptoken": dump_token({**state, "o": offset + size})}
        )
    else:
        done = {**state, "b": state["u"], "o": 0}
        out["@odata.deltaLink"] = call.link(path, **{"$deltatoken": dump_token(done)})
    return out


def _received_since(call: GraphCall) -> int | None:
    """The ``receivedDateTime ge`` of an initial delta request, in ms (the only filter it takes)."""
    since = None
    for name, op, value in call.query.filters:
        if name != "receivedDateTime" or op not in ("ge", "gt"):
            raise bad("Only receivedDateTime ge|gt is supported in a message delta $filter.")
        try:
            since = int(datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp() * 1000)
        except ValueError as exc:
            raise bad(f"Invalid receivedDateTime {value!r}.") from exc
    if call.query.properties:
        raise bad("Extended property filters are not supported in a message delta.")
    return since


# ------------------------------------------------------------------- drafts


def _check_fields(body: dict[str, Any], extra: frozenset[str] = frozenset()) -> None:
    for name in body:
        if name not in _WRITABLE | extra:
            raise bad(
                f"The property '{name}' does not exist on type 'microsoft.graph.message' "
                "or is read-only."
            )


def _addresses(value: Any, field: str) -> list[str]:
    if not isinstance(value, list):
        raise bad(f"'{field}' must be an array of recipients.")
    out = []
    for item in value:
        address = (
            (item or {}).get("emailAddress", {}).get("address") if isinstance(item, dict) else None
        )
        if not isinstance(address, str) or "@" not in address:
            raise bad(f"A recipient in '{field}' has no valid emailAddress.address.")
        out.append(address)
    return out


def _properties(body: dict[str, Any]) -> dict[str, str]:
    found = body.get("singleValueExtendedProperties", [])
    if not isinstance(found, list) or not all(
        isinstance(p, dict) and isinstance(p.get("id"), str) and isinstance(p.get("value"), str)
        for p in found
    ):
        raise bad("singleValueExtendedProperties must be a list of {id, value} strings.")
    return {p["id"]: p["value"] for p in found}


def _headers(body: dict[str, Any]) -> list[tuple[str, str]]:
    found = body.get("internetMessageHeaders", [])
    if not isinstance(found, list):
        raise bad("internetMessageHeaders must be a list.")
    out = []
    for header in found:
        name, value = (header or {}).get("name"), (header or {}).get("value")
        if not isinstance(name, str) or not isinstance(value, str):
            raise bad("An internet message header needs a name and a value.")
        if not name.lower().startswith("x-"):
            raise bad(f"The internet message header name '{name}' should start with 'x-' or 'X-'.")
        out.append((name, value))
    return out


def _build(
    owner: str,
    body: dict[str, Any],
    *,
    base: StoredMessage | None = None,
    extra_headers: Sequence[tuple[str, str]] = (),
    parent: StoredMessage | None = None,
) -> bytes:
    """The MIME of a draft: ``body``'s fields over ``base``'s (an edit) or a reply to ``parent``."""
    old = email.message_from_bytes(base.raw, policy=email.policy.default) if base else None
    msg = EmailMessage()
    msg["From"] = owner
    for field, header in (("toRecipients", "To"), ("ccRecipients", "Cc"), ("bccRecipients", "Bcc")):
        if field in body:
            addresses = _addresses(body[field], field)
            if addresses:
                msg[header] = ", ".join(addresses)
        elif old is not None and old[header]:
            msg[header] = str(old[header])
        elif parent is not None and header == "To":
            msg[header] = parseaddr(parent.parsed.header("From") or "")[1]
    if "subject" in body:
        msg["Subject"] = str(body["subject"])
    elif old is not None:
        msg["Subject"] = str(old["Subject"] or "")
    elif parent is not None:
        msg["Subject"] = f"RE: {parent.parsed.subject}"
    msg["Date"] = (
        str(old["Date"]) if old is not None and old["Date"] else format_datetime(datetime.now(UTC))
    )
    msg["Message-ID"] = (
        str(old["Message-ID"]) if old is not None else make_msgid(domain="outlook.sandbox.invalid")
    )
    if parent is not None and parent.parsed.message_id:
        refs = [*(parent.parsed.header("References") or "").split(), parent.parsed.message_id]
        msg["In-Reply-To"] = parent.parsed.message_id
        msg["References"] = " ".join(dict.fromkeys(refs))
    elif old is not None:
        for name in ("In-Reply-To", "References"):
            if old[name]:
                msg[name] = str(old[name])
    kept = (
        [(k, str(v)) for k, v in old.items() if k.lower().startswith("x-")]
        if old is not None
        else []
    )
    for name, value in [*kept, *extra_headers]:
        msg[name] = value
    content = body.get("body")
    if content is not None:
        if not isinstance(content, dict) or not isinstance(content.get("content"), str):
            raise bad("'body' must be {contentType, content}.")
        kind = str(content.get("contentType", "text")).lower()
        if kind not in ("text", "html"):
            raise bad(f"Invalid contentType {kind!r}.")
        text, html = (
            (as_text(content["content"]), content["content"])
            if kind == "html"
            else (content["content"], None)
        )
    elif base is not None:
        text, html = _bodies(base.raw)
    else:
        text, html = "", None
    msg.set_content(text)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def create_message(call: GraphCall) -> Any:
    """POST /me/messages: a new draft in Drafts."""
    _check_fields(call.body, _CREATE_ONLY)
    mail = call.mailbox.mail
    raw = _build(mail.address, call.body, extra_headers=_headers(call.body))
    _, msg = mail.create_draft(raw, None, _properties(call.body))
    return 201, _answer(call, msg)


def create_reply(call: GraphCall) -> Any:
    """POST /me/messages/{id}/createReply: a threaded reply draft (``message`` sets its fields)."""
    mail = call.mailbox.mail
    parent = lookup(mail, call.params["id"])
    for name in call.body:
        if name not in ("message", "comment"):
            raise bad(f"Unknown parameter '{name}' for createReply.")
    fields = call.body.get("message") or {}
    if not isinstance(fields, dict):
        raise bad("'message' must be an object.")
    _check_fields(fields, _CREATE_ONLY)
    if "body" not in fields and call.body.get("comment"):
        fields = {**fields, "body": {"contentType": "text", "content": str(call.body["comment"])}}
    raw = _build(mail.address, fields, extra_headers=_headers(fields), parent=parent)
    _, msg = mail.create_draft(raw, parent.thread_id, _properties(fields))
    return 201, _answer(call, msg)


def update_message(call: GraphCall) -> Any:
    """PATCH /me/messages/{id}: a draft's fields; isRead on any message."""
    mail = call.mailbox.mail
    msg = lookup(mail, call.params["id"])
    _check_fields(call.body)
    if "isRead" in call.body:
        read = call.body["isRead"]
        msg = mail.relabel(msg.id, set() if read else {"UNREAD"}, {"UNREAD"} if read else set())
    content = {
        k: v
        for k, v in call.body.items()
        if k not in ("isRead", "categories", "singleValueExtendedProperties")
    }
    if content:
        if msg.draft_id is None:
            raise GraphError(403, "Only a draft's content can be changed.", "ErrorInvalidRequest")
        msg = mail.replace_draft(msg.draft_id, _build(mail.address, content, base=msg), None)
    if "singleValueExtendedProperties" in call.body:
        msg.properties.update(_properties(call.body))
    return _answer(call, msg)


def delete_message(call: GraphCall) -> Any:
    """DELETE /me/messages/{id}: a draft is discarded, other mail removed."""
    mail = call.mailbox.mail
    msg = lookup(mail, call.params["id"])
    if msg.draft_id is not None:
        mail.delete_draft(msg.draft_id)
    else:
        mail.remove(msg.id)
    return None


# --------------------------------------------------------------------- send


def _refuse_or_send(call: GraphCall, detail: str, send: Callable[[], object]) -> Any:
    call.world.violate("send", call.method_id, call.mailbox.address, detail)
    if "Mail.Send" not in call.scopes:
        raise GraphError(
            403, "Access is denied. Check credentials and try again.", "ErrorAccessDenied"
        )
    send()
    return 202, None


def send_message(call: GraphCall) -> Any:
    """POST /me/messages/{id}/send."""
    mail = call.mailbox.mail
    msg = lookup(mail, call.params["id"])
    if msg.draft_id is None:
        raise bad("Only a draft can be sent.")
    draft_id = msg.draft_id
    return _refuse_or_send(call, f"draft {draft_id}", lambda: mail.send_draft(draft_id))


def send_mail(call: GraphCall) -> Any:
    """POST /me/sendMail."""
    mail = call.mailbox.mail
    fields = call.body.get("message")
    if not isinstance(fields, dict):
        raise bad("sendMail needs a 'message'.")
    raw = _build(mail.address, fields, extra_headers=_headers(fields))
    return _refuse_or_send(call, "sendMail", lambda: mail.send(raw, None))


HANDLERS: dict[str, Callable[[GraphCall], Any]] = {
    "graph.messages.get": get_message,
    "graph.messages.value": get_value,
    "graph.messages.list": list_messages,
    "graph.messages.delta": message_delta,
    "graph.messages.create": create_message,
    "graph.messages.createReply": create_reply,
    "graph.messages.update": update_message,
    "graph.messages.delete": delete_message,
    "graph.messages.send": send_message,
    "graph.sendMail": send_mail,
}
