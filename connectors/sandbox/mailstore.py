"""One Gmail mailbox in memory: messages, threads, drafts and the history log.

Not thread-safe on its own: callers hold :attr:`World.lock`.
"""

from __future__ import annotations

import dataclasses
import re
import secrets
import time
from collections import defaultdict
from dataclasses import dataclass
from email.utils import formatdate, make_msgid
from typing import Any

from connectors.sandbox.apierror import not_found
from connectors.sandbox.mime import Parsed, parse, with_headers

# Labels Gmail shows on every account; the sandbox has no user labels.
SYSTEM_LABELS = (
    "INBOX",
    "SENT",
    "DRAFT",
    "UNREAD",
    "STARRED",
    "IMPORTANT",
    "SPAM",
    "TRASH",
    "CHAT",
    "CATEGORY_PERSONAL",
    "CATEGORY_SOCIAL",
    "CATEGORY_PROMOTIONS",
    "CATEGORY_UPDATES",
    "CATEGORY_FORUMS",
)


@dataclass
class StoredMessage:
    """A message with Gmail's metadata."""

    id: str
    thread_id: str
    labels: set[str]
    raw: bytes
    parsed: Parsed
    internal_date: int
    history_id: int
    #: The draft holding this message: Graph names a draft's message by it, and
    #: keeps that id across edits as Outlook does.
    draft_id: str | None = None
    #: Graph's single-value extended properties (MAPI properties: an Outlook
    #: send carries them to the Sent Items copy).
    properties: dict[str, str] = dataclasses.field(default_factory=dict)
    #: When the message (for a draft: the draft) was created, in ms.
    created_ms: int = 0

    @property
    def graph_id(self) -> str:
        """The id Graph knows the message by."""
        return self.draft_id or self.id

    def ref(self) -> dict[str, Any]:
        """``{"id", "threadId"}`` as list calls answer."""
        return {"id": self.id, "threadId": self.thread_id}

    def labelled_ref(self) -> dict[str, Any]:
        """The reference with label ids, as history records carry."""
        return {**self.ref(), "labelIds": sorted(self.labels)}

    def minimal(self) -> dict[str, Any]:
        """The fields of ``format=minimal`` (every format includes them)."""
        return {
            **self.labelled_ref(),
            "snippet": self.parsed.snippet,
            "historyId": str(self.history_id),
            "internalDate": str(self.internal_date),
            "sizeEstimate": len(self.raw),
        }


class MailStore:
    """Messages, threads, drafts and history of one address."""

    def __init__(self, address: str) -> None:
        self.address = address
        self.history_id = 1000 + secrets.randbelow(1000)
        self.history_floor = self.history_id  # oldest startHistoryId still answered
        self.messages: dict[str, StoredMessage] = {}
        self.threads: dict[str, list[str]] = {}
        self.drafts: dict[str, str] = {}  # draft id -> message id
        # Message id -> the draft it was (kept after the message goes): Graph's
        # delta names a removed draft by the draft's id.
        self.draft_of: dict[str, str] = {}
        self.user_labels: dict[str, str] = {}  # label id -> name
        self.history: list[dict[str, Any]] = []
        self._by_msgid: dict[str, set[str]] = defaultdict(set)
        self._by_address: dict[str, dict[str, set[str]]] = {
            f: defaultdict(set) for f in ("from", "to", "cc", "bcc")
        }
        self._next_id = int(time.time() * 1000) << 12

    # -- ids and lookups -------------------------------------------------

    def new_id(self) -> str:
        """A fresh Gmail-looking hex id, increasing with time."""
        self._next_id += 1
        return format(self._next_id, "x")

    def get(self, message_id: str) -> StoredMessage:
        """The message, or Google's 404."""
        found = self.messages.get(message_id)
        if found is None:
            raise not_found()
        return found

    def draft_message(self, draft_id: str) -> StoredMessage:
        """The message behind a draft, or 404."""
        message_id = self.drafts.get(draft_id)
        if message_id is None:
            raise not_found()
        return self.messages[message_id]

    def draft_id_of(self, message_id: str) -> str | None:
        """The draft holding ``message_id``, if it is a draft."""
        return next((d for d, m in self.drafts.items() if m == message_id), None)

    def by_msgid(self, rfc822_id: str) -> set[str]:
        """Message ids carrying the Message-ID header ``rfc822_id`` (with brackets)."""
        return set(self._by_msgid.get(rfc822_id, ()))

    def by_address(self, field: str, address: str) -> set[str]:
        """Message ids with ``address`` (lower-case, exact) in header ``field``."""
        return set(self._by_address[field].get(address, ()))

    # -- changes ---------------------------------------------------------

    def add(
        self,
        raw: bytes,
        labels: set[str],
        *,
        thread_id: str | None = None,
        internal_date: int | None = None,
        use_date_header: bool = False,
    ) -> StoredMessage:
        """Store a message, thread it as Gmail does, and log ``messagesAdded``.

        ``internalDate`` is now, the time Gmail took the message in, unless
        ``use_date_header`` (mail imported with ``internalDateSource=dateHeader``).
        """
        parsed = parse(raw)
        message_id = self.new_id()
        # A thread id given by the caller is kept even when the thread is empty now
        # (a draft that was the whole thread, sent or edited, keeps its thread in Gmail).
        thread = thread_id if thread_id is not None else self._thread_for(parsed)
        if internal_date is None:
            header_ms = parsed.date_ms if use_date_header else None
            internal_date = header_ms if header_ms is not None else int(time.time() * 1000)
        msg = StoredMessage(
            id=message_id,
            thread_id=thread or message_id,
            labels=set(labels),
            raw=raw,
            parsed=parsed,
            internal_date=internal_date,
            history_id=0,
        )
        msg.created_ms = int(time.time() * 1000)
        self.messages[message_id] = msg
        self.threads.setdefault(msg.thread_id, []).append(message_id)
        if parsed.message_id:
            self._by_msgid[parsed.message_id].add(message_id)
        for field, addresses in parsed.addresses.items():
            for address in addresses:
                self._by_address[field][address].add(message_id)
        self._record(msg, "messagesAdded")
        return msg

    def remove(self, message_id: str) -> StoredMessage:
        """Delete a message for good and log ``messagesDeleted``."""
        msg = self.get(message_id)
        del self.messages[message_id]
        thread = self.threads[msg.thread_id]
        thread.remove(message_id)
        if not thread:
            del self.threads[msg.thread_id]
        if msg.parsed.message_id:
            self._by_msgid[msg.parsed.message_id].discard(message_id)
        for field, addresses in msg.parsed.addresses.items():
            for address in addresses:
                self._by_address[field][address].discard(message_id)
        self._record(msg, "messagesDeleted")
        return msg

    def relabel(self, message_id: str, add: set[str], remove: set[str]) -> StoredMessage:
        """Change labels, logging ``labelsAdded``/``labelsRemoved``."""
        msg = self.get(message_id)
        added, removed = add - msg.labels, remove & msg.labels
        msg.labels = (msg.labels | added) - removed
        if added:
            self._record(msg, "labelsAdded", added)
        if removed:
            self._record(msg, "labelsRemoved", removed)
        return msg

    def create_draft(
        self, raw: bytes, thread_id: str | None, properties: dict[str, str] | None = None
    ) -> tuple[str, StoredMessage]:
        """A new draft (Gmail logs it as an added DRAFT message)."""
        thread = self._requested_thread(raw, thread_id)
        draft_id = f"r{self.new_id_decimal()}"
        msg = self.add(raw, {"DRAFT"}, thread_id=thread)
        msg.draft_id = draft_id
        msg.properties = dict(properties or {})
        self.draft_of[msg.id] = draft_id
        self.drafts[draft_id] = msg.id
        return draft_id, msg

    def replace_draft(self, draft_id: str, raw: bytes, thread_id: str | None) -> StoredMessage:
        """Swap a draft's message for a new one, keeping the draft id (as Gmail does)."""
        old = self.draft_message(draft_id)
        thread = self._requested_thread(raw, thread_id) if thread_id else old.thread_id
        self.remove(old.id)
        msg = self.add(raw, {"DRAFT"}, thread_id=thread)
        msg.draft_id, msg.properties, msg.created_ms = draft_id, old.properties, old.created_ms
        self.draft_of[msg.id] = draft_id
        self.drafts[draft_id] = msg.id
        return msg

    def delete_draft(self, draft_id: str) -> StoredMessage:
        """Drop a draft and its message."""
        msg = self.draft_message(draft_id)
        del self.drafts[draft_id]
        return self.remove(msg.id)

    def send(self, raw: bytes, thread_id: str | None) -> StoredMessage:
        """Store a message the user sent, in the thread it names if it fits there."""
        return self._sent(raw, self._requested_thread(raw, thread_id))

    def _sent(self, raw: bytes, thread_id: str | None) -> StoredMessage:
        """Store a sent message, stamping the headers Gmail adds on sending."""
        parsed = parse(raw)
        missing = []
        if parsed.message_id is None:
            missing.append(("Message-ID", make_msgid(domain="mail.sandbox.invalid")))
        if parsed.header("Date") is None:
            missing.append(("Date", formatdate(localtime=False)))
        if parsed.header("From") is None:
            missing.append(("From", self.address))
        return self.add(with_headers(raw, missing), {"SENT"}, thread_id=thread_id)

    def send_draft(
        self, draft_id: str, raw: bytes | None = None, *, keep_properties: bool = True
    ) -> StoredMessage:
        """The user sends a draft (possibly edited): it leaves DRAFT and lands in SENT."""
        draft = self.delete_draft(draft_id)
        sent = self._sent(raw if raw is not None else draft.raw, draft.thread_id)
        if keep_properties:
            sent.properties = dict(draft.properties)
        return sent

    def new_id_decimal(self) -> int:
        """A fresh numeric id (draft ids are ``r`` + digits)."""
        self._next_id += 1
        return self._next_id

    def truncate_history(self) -> None:
        """Forget every history record: older startHistoryIds now answer 404."""
        self.history.clear()
        self.history_id += 1
        self.history_floor = self.history_id

    def _requested_thread(self, raw: bytes, thread_id: str | None) -> str | None:
        """The named thread if the message fits it, ``""`` (a new thread) if not.

        Gmail's "Managing threads" guide: a message joins the ``threadId`` it
        names only if its References/In-Reply-To follow RFC 2822 into that
        thread *and* the Subject matches.
        """
        if thread_id is None:
            return None
        return self._thread_for(parse(raw), thread_id) or ""

    def _thread_for(self, parsed: Parsed, within: str | None = None) -> str | None:
        subject = normalised_subject(parsed.subject)
        for parent in parsed.parent_ids:
            for candidate in self._by_msgid.get(parent, ()):
                found = self.messages[candidate]
                if within not in (None, found.thread_id):
                    continue
                if normalised_subject(found.parsed.subject) == subject:
                    return found.thread_id
        return None

    def _record(self, msg: StoredMessage, kind: str, labels: set[str] | None = None) -> None:
        # history.list reference: ids are "not contiguous, with random gaps".
        self.history_id += 1 + secrets.randbelow(3)
        msg.history_id = self.history_id
        entry: dict[str, Any] = {"message": msg.labelled_ref()}
        if labels is not None:
            entry["labelIds"] = sorted(labels)
        self.history.append({"id": str(self.history_id), "messages": [msg.ref()], kind: [entry]})


_REPLY_PREFIX = re.compile(r"^\s*((re|fwd?|aw|wg|sv|antw)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)


def normalised_subject(subject: str) -> str:
    """A subject without reply/forward prefixes, spacing or case: how threads match."""
    return " ".join(_REPLY_PREFIX.sub("", subject).split()).lower()
