"""Outlook mail over Graph v1.0 as a :class:`~connectors.base.MailConnector`.

Graph tracks changes per folder, so the cursor is this module's JSON: the
``@odata.deltaLink`` of Inbox, Sent Items and Drafts, the drafts seen (id ->
conversation and changeKey: a removed draft comes back as a bare id), and
when it was taken. Costs, in Graph calls: an idle poll is three delta reads;
a new message is one more (its MIME, ``/$value``). Inbox and Sent Items are
read with ``changeType=created`` (a message read or flagged is no news);
Drafts in full, since a removed draft (sent or discarded) and an edited one
are what :attr:`MailChanges.drafts_gone` reports.

Drafts are written by ``createReply`` on the message replied to (threaded in
its conversation) in one call that also sets the key, both as an
``X-Coffeechat-Key`` header and as a single-value extended property, which
Outlook carries to the Sent Items copy and ``$filter`` finds. A delta link
Graph no longer knows (410) falls back to a re-scan by date: nothing is lost.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from connectors import mime
from connectors.base import (
    DRAFT_KEY_HEADER,
    Draft,
    DraftSpec,
    DraftState,
    DraftStatus,
    MailChanges,
    MailMessage,
    MessageRef,
    QuotaUsage,
    body_fingerprint,
    names_draft,
    sent_copy,
)
from connectors.errors import Gone, InputError, NotFound
from connectors.microsoft import properties
from connectors.microsoft.client import GraphClient, Json

log = logging.getLogger(__name__)

FOLDERS = ("inbox", "sentitems", "drafts")
#: Re-scan this far before the last good poll when a delta link expired.
RESCAN_MARGIN = timedelta(hours=1)
#: What a delta reports of a message; the MIME is read only for new ones.
DELTA_SELECT = "id,conversationId,receivedDateTime,from,toRecipients,ccRecipients"
DRAFT_SELECT = "id,conversationId,createdDateTime,lastModifiedDateTime,changeKey"
DRAFT_FIELDS = "id,conversationId,internetMessageId,createdDateTime,toRecipients,ccRecipients,body"
PAGE = "200"


@dataclass
class _Cursor:
    links: dict[str, str]
    drafts: dict[str, list[str]] = field(default_factory=dict)  # id -> [conversation, changeKey]
    taken_at: float = 0.0

    def dump(self) -> str:
        return json.dumps({"links": self.links, "drafts": self.drafts, "taken_at": self.taken_at})

    @classmethod
    def load(cls, text: str) -> _Cursor:
        try:
            data = json.loads(text)
            links = {str(k): str(v) for k, v in data["links"].items()}
            drafts = {str(k): [str(x) for x in v] for k, v in data.get("drafts", {}).items()}
            return cls(links, drafts, float(data["taken_at"]))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(
                "not an Outlook mail cursor (was it written by another provider?)"
            ) from exc


class OutlookMailConnector:
    """One Outlook mailbox: reads mail and deltas, writes drafts, never sends."""

    def __init__(self, client: GraphClient) -> None:
        self.client = client
        self.address = client.address

    def __repr__(self) -> str:
        return f"OutlookMailConnector({self.address!r})"

    def close(self) -> None:
        """Close the HTTP connections (shared with the account's calendar)."""
        self.client.close()

    def usage(self) -> QuotaUsage | None:
        """Nothing paces Graph requests yet (Graph throttles with 429 and Retry-After)."""
        return None

    # ------------------------------------------------------------ reading

    def link_up(self, addresses: Sequence[str]) -> MailChanges:
        """Every message to or from these addresses, and a cursor to continue from."""
        wanted = {a.strip().lower() for a in addresses if a.strip()}
        cursor, found = self._start(since=None)
        matching = [(item, folder) for item, folder in found if _people(item) & wanted]
        return MailChanges(self._fetch_many(matching), cursor.dump())

    def changes(self, cursor: str) -> MailChanges:
        """New messages and gone drafts since ``cursor``: three delta reads when idle."""
        state = _Cursor.load(cursor)
        taken_at = time.time()
        try:
            rounds = {f: self.client.round(state.links[f], f"{f} delta") for f in FOLDERS}
        except Gone:
            return self._rescan(state)
        new = [(i, f) for f in ("inbox", "sentitems") for i in rounds[f][0] if "@removed" not in i]
        drafts = dict(state.drafts)
        gone: list[MessageRef] = []
        for item in rounds["drafts"][0]:
            seen = drafts.get(item["id"])
            if "@removed" in item:
                drafts.pop(item["id"], None)
                gone.append(MessageRef(str(item["id"]), seen[0] if seen else ""))
                continue
            conversation, change = (
                str(item.get("conversationId", "")),
                str(item.get("changeKey", "")),
            )
            edited = (seen is not None and seen[1] != change) or (
                seen is None and item.get("lastModifiedDateTime") != item.get("createdDateTime")
            )
            if edited:
                gone.append(MessageRef(str(item["id"]), conversation))
            drafts[str(item["id"])] = [conversation, change]
        links = {f: rounds[f][1] for f in FOLDERS}
        after = _Cursor(links, drafts, taken_at)
        return MailChanges(
            self._fetch_many(new), after.dump(), drafts_gone=tuple(dict.fromkeys(gone))
        )

    def fetch(self, message_id: str) -> MailMessage:
        """One message, with its MIME, by its Graph id."""
        try:
            item = self.client.call(
                "GET",
                f"/me/messages/{message_id}",
                "messages.get",
                params={"$select": DELTA_SELECT},
            )
        except Gone as exc:
            raise NotFound(f"no message {message_id} in {self.address}") from exc
        found = self._fetch_many([(item, None)])
        if not found:
            raise NotFound(f"no message {message_id} in {self.address}")
        return found[0]

    def _start(self, since: datetime | None) -> tuple[_Cursor, list[tuple[Json, str]]]:
        """Initial delta rounds of the three folders (mail since ``since``, if given)."""
        taken_at = time.time()
        links: dict[str, str] = {}
        found: list[tuple[Json, str]] = []
        drafts: dict[str, list[str]] = {}
        for folder in FOLDERS:
            params = {"$select": DRAFT_SELECT if folder == "drafts" else DELTA_SELECT}
            if folder != "drafts":
                params["changeType"] = "created"
                if since is not None:
                    params["$filter"] = f"receivedDateTime ge {_graph_time(since)}"
            items, links[folder] = self.client.round(
                f"/me/mailFolders('{folder}')/messages/delta", f"{folder} delta", params
            )
            if folder == "drafts":
                drafts = {
                    str(i["id"]): [str(i.get("conversationId", "")), str(i.get("changeKey", ""))]
                    for i in items
                    if "@removed" not in i
                }
            else:
                found += [(i, folder) for i in items if "@removed" not in i]
        return _Cursor(links, drafts, taken_at), found

    def _rescan(self, state: _Cursor) -> MailChanges:
        """A delta link expired: read everything since the last poll, by date."""
        log.warning("outlook %s: a delta link expired, re-scanning by date", self.address)
        since = datetime.fromtimestamp(state.taken_at, UTC) - RESCAN_MARGIN
        cursor, found = self._start(since)
        return MailChanges(self._fetch_many(found), cursor.dump(), resynced=True)

    def _fetch_many(self, items: Iterable[tuple[Json, str | None]]) -> tuple[MailMessage, ...]:
        """The MIME of each message (batched), oldest first; ones gone meanwhile left out."""
        chosen = {str(item["id"]): (item, folder) for item, folder in items}
        if not chosen:
            return ()
        raws = self.client.batch({i: f"/me/messages/{i}/$value" for i in chosen}, "messages.$value")
        out = []
        for message_id, (item, folder) in chosen.items():
            raw = raws.get(message_id)
            if raw is None:
                continue
            sender = str(((item.get("from") or {}).get("emailAddress") or {}).get("address", ""))
            sent = folder == "sentitems" or (folder is None and sender.lower() == self.address)
            out.append(
                mime.parse_message(
                    raw if isinstance(raw, bytes) else str(raw).encode(),
                    id=message_id,
                    thread_id=str(item.get("conversationId", "")),
                    labels=["SENT"] if sent else [],
                    received_at=_parse_time(item.get("receivedDateTime")),
                )
            )
        out.sort(key=lambda m: (m.received_at or datetime.min.replace(tzinfo=UTC), m.id))
        return tuple(out)

    # ------------------------------------------------------------- drafts

    def create_draft(self, spec: DraftSpec) -> Draft:
        """A reply draft threaded by ``createReply``; the one already carrying the key if any."""
        existing = self.find_draft(spec.key, spec.thread_id)
        if existing is not None:
            return existing
        if not spec.to:
            raise InputError(f"draft {spec.key!r} has no recipient")
        fields: Json = {
            "subject": spec.subject,
            "body": {"contentType": "html", "content": spec.html}
            if spec.html is not None
            else {"contentType": "text", "content": spec.text},
            "toRecipients": _recipients(spec.to),
            "ccRecipients": _recipients(spec.cc),
            "internetMessageHeaders": [{"name": DRAFT_KEY_HEADER, "value": spec.key}],
            "singleValueExtendedProperties": properties.written(spec.key),
        }
        parent = self._parent(spec.in_reply_to) if spec.in_reply_to else None
        created_at = datetime.now(UTC)
        # Executed once: a retried create could leave two drafts, and the
        # caller's retry finds this one by its key.
        if parent is not None:
            item = self.client.call(
                "POST",
                f"/me/messages/{parent}/createReply",
                "messages.createReply",
                body={"message": fields},
            )
        else:
            item = self.client.call("POST", "/me/messages", "messages.create", body=fields)
        log.info("outlook %s: draft %s created for key %s", self.address, item["id"], spec.key)
        return _draft(item, spec.key, created_at)

    def _parent(self, rfc822_id: str) -> str | None:
        """The Graph id of the message with this Message-ID, if the mailbox has it."""
        found = self.client.call(
            "GET",
            "/me/messages",
            "messages.list",
            params={
                "$filter": f"internetMessageId eq '{rfc822_id.replace(chr(39), chr(39) * 2)}'",
                "$select": "id",
                "$top": "1",
            },
        )
        items = found.get("value", [])
        return str(items[0]["id"]) if items else None

    def find_draft(self, key: str, thread_id: str | None = None) -> Draft | None:
        """The draft carrying ``key``, in ``thread_id`` when given."""
        found = self.find_drafts(key, thread_id)
        return found[0] if found else None

    def find_drafts(
        self, key: str, thread_id: str | None = None, to: Sequence[str] = ()
    ) -> list[Draft]:
        """Every draft carrying ``key`` (more than one when a create landed late)."""
        items = self.client.listing(
            "/me/mailFolders('drafts')/messages",
            "drafts.list",
            {"$filter": properties.key_filter(key), "$select": DRAFT_FIELDS, "$top": PAGE},
        )
        return [
            _draft(item, key, _parse_time(item.get("createdDateTime")))
            for item in items
            if thread_id is None or item.get("conversationId") == thread_id
        ]

    def delete_draft(self, draft_id: str) -> None:
        """Delete one of the daemon's drafts for good; one already gone is fine."""
        try:
            self.client.call("DELETE", f"/me/messages/{draft_id}", "messages.delete")
        except Gone:
            return
        log.info("outlook %s: draft %s deleted", self.address, draft_id)

    def draft_state(self, draft: Draft, seen: Sequence[MailMessage] = ()) -> DraftState:
        """Pending or edited while it exists; once gone, sent if a copy shows it, else deleted."""
        copy = sent_copy(draft, seen)
        if copy is not None and names_draft(copy, draft):
            return DraftState(DraftStatus.SENT, copy)
        try:
            item = self.client.call(
                "GET",
                f"/me/messages/{draft.id}",
                "messages.get",
                params={"$select": "body,isDraft"},
            )
        except Gone:
            sent = copy or self._sent_copy(draft)
            return (
                DraftState(DraftStatus.DELETED)
                if sent is None
                else DraftState(DraftStatus.SENT, sent)
            )
        if not item.get("isDraft", True):
            return DraftState(DraftStatus.SENT, self.fetch(draft.id))
        edited = body_fingerprint(_text(item)) != draft.fingerprint
        return DraftState(DraftStatus.EDITED if edited else DraftStatus.PENDING)

    def find_sent(
        self, key: str, thread_id: str | None = None, to: Sequence[str] = ()
    ) -> MailMessage | None:
        """The Sent Items message carrying ``key``: in ``thread_id``, else sent to ``to``."""
        if thread_id is None and not to:
            return None
        items = self.client.listing(
            "/me/mailFolders('sentitems')/messages",
            "sent.list",
            {"$filter": properties.key_filter(key), "$select": DELTA_SELECT, "$top": PAGE},
        )
        people = {a.lower() for a in to}
        for item in items:
            if thread_id is not None and item.get("conversationId") != thread_id:
                continue
            if thread_id is None and not (_people(item) & people):
                continue
            found = self._fetch_many([(item, "sentitems")])
            return found[0] if found else None
        return None

    def _sent_copy(self, draft: Draft) -> MailMessage | None:
        """The draft's sent copy: by its key, else in its conversation since it was created."""
        by_key = self.find_sent(draft.key, draft.thread_id or None, draft.to)
        if by_key is not None or not draft.thread_id:
            return by_key
        clauses = [f"conversationId eq '{draft.thread_id}'"]
        if draft.created_at is not None:
            # Graph's times have whole seconds: compare from the second of creation.
            clauses.append(f"receivedDateTime ge {_graph_time(draft.created_at)}")
        items = self.client.listing(
            "/me/mailFolders('sentitems')/messages",
            "sent.list",
            {"$filter": " and ".join(clauses), "$select": DELTA_SELECT, "$top": PAGE},
        )
        return sent_copy(draft, self._fetch_many((i, "sentitems") for i in items))


def _recipients(addresses: Iterable[str]) -> list[Json]:
    return [{"emailAddress": {"address": a}} for a in addresses]


def _people(item: Json) -> set[str]:
    entries = [item.get("from") or {}, *item.get("toRecipients", []), *item.get("ccRecipients", [])]
    return {str((e.get("emailAddress") or {}).get("address", "")).lower() for e in entries} - {""}


def _text(item: Json) -> str:
    """The body as text (``Prefer: outlook.body-content-type="text"`` is always sent)."""
    return str((item.get("body") or {}).get("content", ""))


def _draft(item: Json, key: str, created_at: datetime | None) -> Draft:
    return Draft(
        id=str(item["id"]),
        key=key,
        thread_id=str(item.get("conversationId", "")),
        message_id=item.get("internetMessageId"),
        fingerprint=body_fingerprint(_text(item)),
        to=tuple(sorted(_people({k: item.get(k, []) for k in ("toRecipients", "ccRecipients")}))),
        created_at=created_at,
    )


def _graph_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_time(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
