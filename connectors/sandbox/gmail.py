"""Gmail v1 handlers, keyed by discovery method id."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from connectors.sandbox.apierror import ApiError, bad_request
from connectors.sandbox.call import Call, page
from connectors.sandbox.mailstore import MailStore, StoredMessage
from connectors.sandbox.mime import b64url_decode, b64url_encode, payload
from connectors.sandbox.query import compile_query, search

_MAX_PAGE = 500
_HISTORY_KINDS = {
    "messageAdded": "messagesAdded",
    "messageDeleted": "messagesDeleted",
    "labelAdded": "labelsAdded",
    "labelRemoved": "labelsRemoved",
}


def _store(call: Call) -> MailStore:
    call.check_user(call.path("userId"), ("me",))
    return call.mailbox.mail


def render(
    msg: StoredMessage, fmt: str, metadata_headers: list[str] | None = None
) -> dict[str, Any]:
    """A message in one of Gmail's formats (``full``, ``metadata``, ``minimal``, ``raw``)."""
    out = msg.minimal()
    if fmt == "raw":
        out["raw"] = b64url_encode(msg.raw)
    elif fmt == "metadata":
        out["payload"] = payload(msg.raw, metadata_headers or [])
    elif fmt == "full":
        out["payload"] = payload(msg.raw)
    return out


def _page_size(call: Call, default: int) -> int:
    return min(int(call.params.get("maxResults", default)), _MAX_PAGE)


def _listed(call: Call, store: MailStore, ids: list[str] | None = None) -> list[StoredMessage]:
    """Messages matching ``q`` and ``labelIds``, newest first, spam/trash excluded."""
    found = search(store, compile_query(call.params.get("q", "")), ids)
    wanted = set(call.params.get("labelIds", []))
    hidden = set() if call.params.get("includeSpamTrash") else {"SPAM", "TRASH"}
    return [m for m in found if wanted <= m.labels and not (hidden & m.labels)]


def get_profile(call: Call) -> Any:
    """users.getProfile."""
    store = _store(call)
    return {
        "emailAddress": store.address,
        "messagesTotal": len(store.messages),
        "threadsTotal": len(store.threads),
        "historyId": str(store.history_id),
    }


def messages_list(call: Call) -> Any:
    """users.messages.list with ``q``, ``labelIds`` and paging."""
    store = _store(call)
    found = _listed(call, store)
    chunk, next_token = page(found, call.params.get("pageToken"), _page_size(call, 100))
    out: dict[str, Any] = {"resultSizeEstimate": len(found)}
    if chunk:
        out["messages"] = [m.ref() for m in chunk]
    if next_token:
        out["nextPageToken"] = next_token
    return out


def messages_get(call: Call) -> Any:
    """users.messages.get in any format."""
    msg = _store(call).get(call.path("id"))
    return render(msg, call.params.get("format", "full"), call.params.get("metadataHeaders"))


def threads_get(call: Call) -> Any:
    """users.threads.get: the thread's messages, oldest first."""
    store = _store(call)
    ids = store.threads.get(call.path("id"))
    if not ids:
        raise ApiError(404)
    fmt = call.params.get("format", "full")
    messages = sorted((store.messages[i] for i in ids), key=lambda m: (m.internal_date, m.id))
    return {
        "id": call.path("id"),
        "historyId": str(max(m.history_id for m in messages)),
        "messages": [render(m, fmt, call.params.get("metadataHeaders")) for m in messages],
    }


def threads_list(call: Call) -> Any:
    """users.threads.list: threads of the matching messages, newest first."""
    store = _store(call)
    seen: dict[str, StoredMessage] = {}
    for msg in _listed(call, store):
        seen.setdefault(msg.thread_id, msg)
    threads = list(seen.values())
    chunk, next_token = page(threads, call.params.get("pageToken"), _page_size(call, 100))
    out: dict[str, Any] = {"resultSizeEstimate": len(threads)}
    if chunk:
        out["threads"] = [
            {"id": m.thread_id, "snippet": m.parsed.snippet, "historyId": str(m.history_id)}
            for m in chunk
        ]
    if next_token:
        out["nextPageToken"] = next_token
    return out


def history_list(call: Call) -> Any:
    """users.history.list: records after ``startHistoryId``; 404 once it is too old."""
    store = _store(call)
    raw_start = call.params.get("startHistoryId")
    if raw_start is None or not str(raw_start).isdigit():
        raise bad_request("Invalid startHistoryId", "startHistoryId")
    start = int(raw_start)
    if start < store.history_floor:
        raise ApiError(404)
    kinds = {_HISTORY_KINDS[k] for k in call.params.get("historyTypes", [])} or set(
        _HISTORY_KINDS.values()
    )
    label = call.params.get("labelId")
    records = [
        r
        for r in store.history
        if int(r["id"]) > start
        and kinds & r.keys()
        and (label is None or _record_has_label(r, label))
    ]
    chunk, next_token = page(records, call.params.get("pageToken"), _page_size(call, 100))
    out: dict[str, Any] = {"historyId": str(store.history_id)}
    if chunk:
        out["history"] = list(chunk)
    if next_token:
        out["nextPageToken"] = next_token
    return out


def _record_has_label(record: dict[str, Any], label: str) -> bool:
    entries = [e for kind in _HISTORY_KINDS.values() for e in record.get(kind, [])]
    return any(label in e["message"]["labelIds"] for e in entries)


def _draft_input(call: Call) -> tuple[bytes, str | None]:
    message = call.body.get("message")
    if not isinstance(message, dict) or not isinstance(message.get("raw"), str):
        raise bad_request("Missing draft message", "message")
    thread_id = message.get("threadId")
    if thread_id is not None and thread_id not in call.mailbox.mail.threads:
        raise ApiError(404)
    return b64url_decode(message["raw"], "message.raw"), thread_id


def _draft_out(draft_id: str, msg: StoredMessage) -> dict[str, Any]:
    return {"id": draft_id, "message": msg.labelled_ref()}


def drafts_create(call: Call) -> Any:
    """users.drafts.create from ``{"message": {"raw", "threadId"}}``."""
    store = _store(call)
    raw, thread_id = _draft_input(call)
    draft_id, msg = store.create_draft(raw, thread_id)
    return _draft_out(draft_id, msg)


def drafts_update(call: Call) -> Any:
    """users.drafts.update: the draft keeps its id, its message is replaced."""
    store = _store(call)
    store.draft_message(call.path("id"))
    raw, thread_id = _draft_input(call)
    return _draft_out(call.path("id"), store.replace_draft(call.path("id"), raw, thread_id))


def drafts_get(call: Call) -> Any:
    """users.drafts.get in any format."""
    msg = _store(call).draft_message(call.path("id"))
    fmt = call.params.get("format", "full")
    return {"id": call.path("id"), "message": render(msg, fmt, call.params.get("metadataHeaders"))}


def drafts_list(call: Call) -> Any:
    """users.drafts.list (``q`` narrows the drafts' messages)."""
    store = _store(call)
    ids = list(store.drafts.values())
    found = {m.id for m in search(store, compile_query(call.params.get("q", "")), ids)}
    drafts = [(d, store.messages[m]) for d, m in reversed(store.drafts.items()) if m in found]
    chunk, next_token = page(drafts, call.params.get("pageToken"), _page_size(call, 100))
    out: dict[str, Any] = {"resultSizeEstimate": len(drafts)}
    if chunk:
        out["drafts"] = [{"id": d, "message": m.ref()} for d, m in chunk]
    if next_token:
        out["nextPageToken"] = next_token
    return out


def drafts_delete(call: Call) -> Any:
    """users.drafts.delete: gone for good (no trash), as Gmail does."""
    _store(call).delete_draft(call.path("id"))
    return None


def drafts_send(call: Call) -> Any:
    """users.drafts.send: recorded as a violation, then done as Google would."""
    store = _store(call)
    draft_id = call.body.get("id")
    call.world.violate("send", "gmail.users.drafts.send", store.address, f"draft {draft_id}")
    if not isinstance(draft_id, str):
        raise bad_request("Missing draft id", "id")
    raw = call.body.get("message", {}).get("raw")
    return store.send_draft(draft_id, b64url_decode(raw) if raw else None).labelled_ref()


def messages_send(call: Call) -> Any:
    """users.messages.send: recorded as a violation, then done as Google would."""
    store = _store(call)
    call.world.violate("send", "gmail.users.messages.send", store.address, "message")
    raw = call.body.get("raw")
    if not isinstance(raw, str):
        raise bad_request("Missing raw message", "raw")
    thread_id = call.body.get("threadId")
    if thread_id is not None and thread_id not in store.threads:
        raise ApiError(404)
    return store.send(b64url_decode(raw), thread_id).labelled_ref()


HANDLERS: dict[str, Callable[[Call], Any]] = {
    "gmail.users.getProfile": get_profile,
    "gmail.users.messages.list": messages_list,
    "gmail.users.messages.get": messages_get,
    "gmail.users.messages.send": messages_send,
    "gmail.users.threads.get": threads_get,
    "gmail.users.threads.list": threads_list,
    "gmail.users.history.list": history_list,
    "gmail.users.drafts.create": drafts_create,
    "gmail.users.drafts.update": drafts_update,
    "gmail.users.drafts.get": drafts_get,
    "gmail.users.drafts.list": drafts_list,
    "gmail.users.drafts.delete": drafts_delete,
    "gmail.users.drafts.send": drafts_send,
}
