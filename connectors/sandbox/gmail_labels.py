"""Gmail labels and what the user does with them: user labels, modify, trash, attachments.

Labels follow the ``users.labels`` reference: system labels have ids equal
to their names, user labels ``Label_<n>``; ``messages.modify`` refuses ids
that do not exist and the labels ``DRAFT`` and ``SENT``, which only Gmail
sets (https://developers.google.com/gmail/api/guides/labels).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from connectors.sandbox.apierror import ApiError, bad_request, not_found
from connectors.sandbox.call import Call
from connectors.sandbox.mailstore import SYSTEM_LABELS, MailStore
from connectors.sandbox.mime import attachment, b64url_encode

_NOT_SETTABLE = ("DRAFT", "SENT")


def _store(call: Call) -> MailStore:
    call.check_user(call.path("userId"), ("me",))
    return call.mailbox.mail


def _label(store: MailStore, label_id: str) -> dict[str, Any]:
    if label_id in SYSTEM_LABELS:
        return {"id": label_id, "name": label_id, "type": "system"}
    name = store.user_labels.get(label_id)
    if name is None:
        raise not_found()
    return {
        "id": label_id,
        "name": name,
        "type": "user",
        "messageListVisibility": "show",
        "labelListVisibility": "labelShow",
    }


def labels_list(call: Call) -> Any:
    """users.labels.list: system labels, then the user's."""
    store = _store(call)
    ids = [*SYSTEM_LABELS, *store.user_labels]
    return {"labels": [_label(store, i) for i in ids]}


def labels_get(call: Call) -> Any:
    """users.labels.get with totals."""
    store = _store(call)
    found = _label(store, call.path("id"))
    labelled = [m for m in store.messages.values() if found["id"] in m.labels]
    unread = [m for m in labelled if "UNREAD" in m.labels]
    return {
        **found,
        "messagesTotal": len(labelled),
        "messagesUnread": len(unread),
        "threadsTotal": len({m.thread_id for m in labelled}),
        "threadsUnread": len({m.thread_id for m in unread}),
    }


def labels_create(call: Call) -> Any:
    """users.labels.create: a user label; a name in use is 409."""
    store = _store(call)
    name = str(call.body.get("name") or "").strip()
    if not name:
        raise bad_request("Invalid label name", "name")
    taken = {n.lower() for n in store.user_labels.values()} | {n.lower() for n in SYSTEM_LABELS}
    if name.lower() in taken:
        raise ApiError(409, "Label name exists or conflicts", "duplicate")
    label_id = f"Label_{store.new_id_decimal()}"
    store.user_labels[label_id] = name
    return _label(store, label_id)


def labels_delete(call: Call) -> Any:
    """users.labels.delete: a user label, taken off every message."""
    store = _store(call)
    label_id = call.path("id")
    if label_id in SYSTEM_LABELS:
        raise bad_request("Invalid delete request", "id")
    _label(store, label_id)
    for message in list(store.messages.values()):
        if label_id in message.labels:
            store.relabel(message.id, set(), {label_id})
    del store.user_labels[label_id]
    return None


def _label_ids(store: MailStore, values: Any) -> set[str]:
    ids = set(values or [])
    for label_id in ids:
        if label_id in _NOT_SETTABLE:
            raise bad_request(f"Invalid label: {label_id}", "labelIds")
        if label_id not in SYSTEM_LABELS and label_id not in store.user_labels:
            raise bad_request(f"Invalid label: {label_id}", "labelIds")
    return ids


def messages_modify(call: Call) -> Any:
    """users.messages.modify: add and remove labels (reading, archiving, starring)."""
    store = _store(call)
    store.get(call.path("id"))
    add = _label_ids(store, call.body.get("addLabelIds"))
    remove = _label_ids(store, call.body.get("removeLabelIds"))
    return store.relabel(call.path("id"), add, remove).labelled_ref()


def messages_trash(call: Call) -> Any:
    """users.messages.trash: into TRASH, out of INBOX."""
    store = _store(call)
    return store.relabel(call.path("id"), {"TRASH"}, {"INBOX"}).labelled_ref()


def messages_untrash(call: Call) -> Any:
    """users.messages.untrash: out of TRASH (Gmail does not put it back in INBOX)."""
    store = _store(call)
    return store.relabel(call.path("id"), set(), {"TRASH"}).labelled_ref()


def attachments_get(call: Call) -> Any:
    """users.messages.attachments.get: the bytes of one attachment, base64url."""
    message = _store(call).get(call.path("messageId"))
    data = attachment(message.raw, call.path("id"))
    if data is None:
        raise bad_request("Invalid attachment token", "id")
    return {"attachmentId": call.path("id"), "size": len(data), "data": b64url_encode(data)}


HANDLERS: dict[str, Callable[[Call], Any]] = {
    "gmail.users.labels.list": labels_list,
    "gmail.users.labels.get": labels_get,
    "gmail.users.labels.create": labels_create,
    "gmail.users.labels.delete": labels_delete,
    "gmail.users.messages.modify": messages_modify,
    "gmail.users.messages.trash": messages_trash,
    "gmail.users.messages.untrash": messages_untrash,
    "gmail.users.messages.attachments.get": attachments_get,
}
