"""Gmail v1 as a :class:`~connectors.base.MailConnector`.

Costs, in API calls (see ``bench/google_cost.py``): link-up is one profile
read, a few combined searches (``{from:(a OR b …) to:(…) cc:(…)}``, batched)
and one headers read per thread found (batched), in pages the caller saves;
an idle poll is one ``history.list``, however many drafts wait; a new reply
is that call plus one ``messages.get``. The same history says which drafts left the
drafts folder, so a draft is looked at (``drafts.get``) only when its thread
shows a change, and not even then when it was sent with its key header.

The cursor is this module's own JSON: the mailbox ``historyId`` to continue
from and the time it was taken. When Gmail no longer knows the historyId
(404), the time bounds a re-scan by date, so nothing is lost.
"""

from __future__ import annotations

import base64
import logging
import time
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.header import decode_header, make_header
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
    body_fingerprint,
    names_draft,
    sent_copy,
)
from connectors.errors import NotFound
from connectors.google.client import ApiBound, BatchAnswers, Json
from connectors.google.cursor import LinkUpCursor, Search, SyncCursor
from connectors.google.errors import Gone

log = logging.getLogger(__name__)

#: Re-scan this far before the last good poll when the historyId expired.
RESCAN_MARGIN_SECONDS = 3600
#: Largest page Gmail serves for messages, history and drafts.
PAGE_SIZE = 500
#: New mail, and what became of drafts. ``labelRemoved`` too: were a draft
#: sent in place (DRAFT removed from its message, SENT added) rather than as a
#: new message, nothing else in the history would show it.
HISTORY_TYPES = ("messageAdded", "messageDeleted", "labelRemoved")
#: Searches per link-up page (one batch): a 429 costs at most a page again.
LINK_SEARCHES_PER_PAGE = 20
#: Longest link-up search. Google publishes no limit on ``q``; the client
#: library sends a GET longer than 2,048 characters as a POST with
#: ``X-HTTP-Method-Override`` (googleapiclient.http.MAX_URI_LENGTH), so
#: length costs no call, and this bound keeps one query like a long one typed
#: into Gmail's search box.
MAX_QUERY_CHARS = 1500
#: What the engine reads of a linked message: enough to match it to a
#: contact and thread, and the key of a draft sent before a crash.
LINK_HEADERS = (
    "From",
    "To",
    "Cc",
    "Subject",
    "Date",
    "Message-ID",
    "In-Reply-To",
    "References",
    DRAFT_KEY_HEADER,
)


class GmailConnector(ApiBound):
    """One Gmail mailbox: reads mail and history, writes drafts, never sends."""

    # ------------------------------------------------------------ reading

    def link_up(self, addresses: Sequence[str]) -> MailChanges:
        """The first page of the messages to or from these addresses (see :meth:`_link_page`)."""
        # The historyId comes first: mail arriving during the search is then
        # seen by the next poll rather than lost between the two.
        start = SyncCursor(self._profile_history_id(), time.time())
        people = dict.fromkeys(a.strip().lower() for a in addresses if a.strip())
        return self._link_page(LinkUpCursor(start, tuple(map(Search, _searches(people)))))

    def changes(self, cursor: str) -> MailChanges:
        """New messages since ``cursor``, one page of history at a time.

        One ``history.list`` call when nothing changed. A long history comes
        in pages, each with a cursor after its last record (``more``), so a
        caller that saves it after each page never reads a page twice. A
        link-up cursor continues that link-up where its last page ended.
        """
        linking = LinkUpCursor.load(cursor)
        if linking is not None:
            return self._link_page(linking)
        state = SyncCursor.load(cursor, "Gmail")
        taken_at = time.time()
        try:
            records, latest, more = self._history(state.token)
        except Gone:
            return self._rescan(state)
        answers = self._read(_added(records), "raw")
        if answers.failed:
            # A message still failing after its retries: the page ends before
            # the first record naming it, the next call starts there, and the
            # messages read before it are not asked for again.
            records = _before(records, answers.failed)
            if not records:
                answers.complete()
            latest, more = records[-1].id, True
        messages = _mail(answers.results.get(mid) for mid in _added(records))
        gone = tuple(dict.fromkeys(ref for record in records for ref in record.gone))
        cursor = SyncCursor(latest, taken_at).dump()
        return MailChanges(messages, cursor, drafts_gone=gone, more=more)

    def _link_page(self, state: LinkUpCursor) -> MailChanges:
        """One batch of link-up searches and the headers of what they found.

        Combined searches (one per chunk of contacts) instead of one per
        contact, one message per thread, and headers only: Gmail charges the
        same 5 units for a ``metadata`` read as for a raw one, but a page of
        them is a fraction of the bytes.
        The cursor names the searches still to run, so a caller that saves it
        after each page resumes a link-up cut short (a 429, a restart) at the
        page that failed, not at the start. A search that failed after its
        retries, or found a message whose headers did, stays pending from the
        page it was on; the others move on.
        """
        now, rest = state.pending[:LINK_SEARCHES_PER_PAGE], state.pending[LINK_SEARCHES_PER_PAGE:]
        listing = self._users("messages")
        answers = self.api.execute_many(
            {
                f"s{i}": listing.list(
                    userId="me", q=search.query, maxResults=PAGE_SIZE, pageToken=search.page
                )
                for i, search in enumerate(now)
            },
            "messages.list",
        )
        newest: dict[str, str] = {}  # thread id -> the message of it to read
        finder: dict[str, str] = {}  # message id -> the search that listed it
        threads_read: dict[str, dict[str, None]] = {}
        for i, search in enumerate(now):
            rid = f"s{i}"
            threads = threads_read[rid] = dict.fromkeys(search.threads_read)
            # One read per thread, of its first entry: Gmail lists newest
            # first, as its search box does. The engine needs a thread's
            # newest message to reply in it (its References carry the older
            # ones) and any one to bind later mail to the contact; no
            # decision reads the older ones. The reference promises no order:
            # were it another, the thread would still be linked, by an older
            # message.
            for listed in (answers.results.get(rid) or {}).get("messages", []):
                thread = str(listed.get("threadId") or listed["id"])
                if thread in threads:
                    continue
                threads[thread] = None
                if thread not in newest:
                    newest[thread] = listed["id"]
                    finder[listed["id"]] = rid
        heads = self._read(newest.values(), "metadata")
        again = set(answers.failed) | {finder[mid] for mid in heads.failed}
        if again and len(again) == len(now):
            # Nothing on this page went through: the broker waits and calls again.
            answers.complete()
            heads.complete()
        redo: list[Search] = []
        after: list[Search] = []
        for i, search in enumerate(now):
            page = answers.results.get(f"s{i}") or {}
            if f"s{i}" in again:
                redo.append(search)
            elif page.get("nextPageToken"):
                token = str(page["nextPageToken"])
                after.append(Search(search.query, token, tuple(threads_read[f"s{i}"])))
        messages = _mail(heads.results.values(), heads=True)
        pending = tuple(redo + after) + rest
        if not pending:
            return MailChanges(messages, state.start.dump())
        return MailChanges(messages, LinkUpCursor(state.start, pending).dump(), more=True)

    def _read(self, ids: Iterable[str], form: str) -> BatchAnswers:
        """Messages by id, batched: ``raw``, or ``metadata`` with :data:`LINK_HEADERS`."""
        messages = self._users("messages")
        extra = {"metadataHeaders": list(LINK_HEADERS)} if form == "metadata" else {}
        return self.api.execute_many(
            {mid: messages.get(userId="me", id=mid, format=form, **extra) for mid in ids},
            "messages.get",
        )

    def fetch(self, message_id: str) -> MailMessage:
        """One message, raw, by its Gmail id."""
        request = self._users("messages").get(userId="me", id=message_id, format="raw")
        try:
            return _message(self.api.execute(request, "messages.get"))
        except Gone as exc:
            raise NotFound(f"no message {message_id} in {self.address}") from exc

    def _profile_history_id(self) -> str:
        profile = self.api.execute(self._users().getProfile(userId="me"), "getProfile")
        return str(profile["historyId"])

    def _history(self, start: str) -> tuple[list[_Record], str, bool]:
        """The first page of history after ``start``.

        Its records, the historyId to continue from, and whether more pages
        follow: records are listed after a startHistoryId, so a record's id
        resumes right after it.
        """
        request = self._users("history").list(
            userId="me",
            startHistoryId=start,
            historyTypes=list(HISTORY_TYPES),
            maxResults=PAGE_SIZE,
        )
        page = self.api.execute(request, "history.list")
        records = [_record(record) for record in page.get("history", [])]
        more = bool(page.get("nextPageToken")) and bool(records)
        latest = records[-1].id if more else str(page.get("historyId") or start)
        return records, latest, more

    def _rescan(self, state: SyncCursor) -> MailChanges:
        """The historyId expired: read everything since the last poll, by date."""
        log.warning("gmail %s: history %s expired, re-scanning by date", self.address, state.token)
        start = self._profile_history_id()
        taken_at = time.time()
        since = int(state.taken_at) - RESCAN_MARGIN_SECONDS
        ids = self._search({"rescan": f"after:{since}"})
        return MailChanges(self._fetch_many(ids), SyncCursor(start, taken_at).dump(), resynced=True)

    def _search(self, queries: dict[str, str]) -> list[str]:
        """Message ids matching any query, every page, searches batched."""
        messages = self._users("messages")
        found: list[str] = []
        pending: dict[str, tuple[str, str | None]] = {rid: (q, None) for rid, q in queries.items()}
        while pending:
            requests = {
                rid: messages.list(userId="me", q=q, maxResults=PAGE_SIZE, pageToken=token)
                for rid, (q, token) in pending.items()
            }
            answers = self.api.execute_many(requests, "messages.list").complete()
            next_pending: dict[str, tuple[str, str | None]] = {}
            for rid, page in answers.items():
                page = page or {}
                found.extend(m["id"] for m in page.get("messages", []))
                if page.get("nextPageToken"):
                    next_pending[rid] = (pending[rid][0], page["nextPageToken"])
            pending = next_pending
        return list(dict.fromkeys(found))

    def _fetch_many(self, ids: Iterable[str]) -> tuple[MailMessage, ...]:
        """Raw messages by id, oldest first; deleted ones and drafts left out."""
        return _mail(self._read(ids, "raw").complete().values())

    # ------------------------------------------------------------- drafts

    def create_draft(self, spec: DraftSpec) -> Draft:
        """A threaded draft; the one already carrying ``spec.key`` if there is one.

        The key is looked up (``drafts.list``, a headers read per candidate)
        only on a retry: on a first attempt no draft can carry it yet.
        """
        existing = (
            None if spec.first_attempt else self._find_draft(spec.key, spec.thread_id, spec.to)
        )
        if existing is not None:
            return existing
        message_id = mime.new_message_id(self.address)
        raw = mime.build_draft(spec, self.address, message_id)
        message: Json = {"raw": base64.urlsafe_b64encode(raw).decode("ascii")}
        if spec.thread_id:
            message["threadId"] = spec.thread_id
        # The JSON "raw" field, not a media upload; executed once: a retried
        # create could leave two drafts, and a caller's retry finds this one.
        request = self._users("drafts").create(userId="me", body={"message": message})
        created = self.api.execute(request, "drafts.create")
        log.info("gmail %s: draft %s created for key %s", self.address, created["id"], spec.key)
        return Draft(
            id=str(created["id"]),
            key=spec.key,
            thread_id=str(created.get("message", {}).get("threadId") or spec.thread_id or ""),
            message_id=message_id,
            fingerprint=body_fingerprint(spec.text),
            to=spec.to + spec.cc,
            created_at=mime.created_at(message_id),
        )

    def find_draft(self, key: str, thread_id: str | None = None) -> Draft | None:
        """The draft whose key header is ``key``, looked for in ``thread_id`` when given."""
        return self._find_draft(key, thread_id)

    def find_drafts(
        self, key: str, thread_id: str | None = None, to: Sequence[str] = ()
    ) -> list[Draft]:
        """Every draft whose key header is ``key`` (a create Google finished late adds one)."""
        return self._find_drafts(key, thread_id, to, first=False)

    def delete_draft(self, draft_id: str) -> None:
        """Delete a draft for good; one already gone is fine."""
        request = self._users("drafts").delete(userId="me", id=draft_id)
        try:
            self.api.execute(request, "drafts.delete")
        except Gone:
            return
        log.info("gmail %s: draft %s deleted", self.address, draft_id)

    def _find_draft(self, key: str, thread_id: str | None, to: Sequence[str] = ()) -> Draft | None:
        found = self._find_drafts(key, thread_id, to, first=True)
        return found[0] if found else None

    def _find_drafts(
        self, key: str, thread_id: str | None, to: Sequence[str], *, first: bool
    ) -> list[Draft]:
        drafts = self._users("drafts")
        narrow: dict[str, str] = {}
        if thread_id is None and to:
            # A draft that starts a thread could be any draft in the folder:
            # without this, one headers read per draft (quadratic over a batch
            # of outreach drafts); with it, only the drafts to these recipients.
            narrow["q"] = " ".join(f"to:{address}" for address in to)
        pages = self.api.pages(
            lambda token: drafts.list(userId="me", maxResults=PAGE_SIZE, pageToken=token, **narrow),
            "drafts.list",
        )
        candidates = [
            d["id"]
            for page in pages
            for d in page.get("drafts", [])
            if thread_id is None or d.get("message", {}).get("threadId") == thread_id
        ]
        if not candidates:
            return []
        # Headers only for the candidates, the body only for the matches.
        heads = self.api.execute_many(
            {d: drafts.get(userId="me", id=d, format="metadata") for d in candidates},
            "drafts.get",
        ).complete()
        found: list[Draft] = []
        for draft_id in candidates:
            head = heads.get(draft_id)
            if head and _headers(head["message"]).get(DRAFT_KEY_HEADER.lower()) == key:
                draft = self._draft(draft_id, key)
                if draft is not None:
                    found.append(draft)
                    if first:
                        break
        return found

    def _draft(self, draft_id: str, key: str) -> Draft | None:
        request = self._users("drafts").get(userId="me", id=draft_id, format="raw")
        try:
            found = self.api.execute(request, "drafts.get")
        except Gone:
            return None
        message = _message(found["message"])
        return Draft(
            id=draft_id,
            key=key,
            thread_id=message.thread_id,
            message_id=message.message_id,
            fingerprint=body_fingerprint(mime.body_text(message.raw)),
            to=message.to + message.cc,
            created_at=mime.created_at(message.message_id) or message.received_at,
        )

    def draft_state(self, draft: Draft, seen: Sequence[MailMessage] = ()) -> DraftState:
        """Pending or edited while it exists; once gone, sent if a copy shows it, else deleted."""
        copy = sent_copy(draft, seen)
        if copy is not None and names_draft(copy, draft):
            return DraftState(DraftStatus.SENT, copy)
        request = self._users("drafts").get(userId="me", id=draft.id, format="raw")
        try:
            found = self.api.execute(request, "drafts.get")
        except Gone:
            sent = copy or self._sent_copy(draft)
            if sent is None:
                return DraftState(DraftStatus.DELETED)
            return DraftState(DraftStatus.SENT, sent)
        text = mime.body_text(_raw(found["message"]))
        edited = body_fingerprint(text) != draft.fingerprint
        return DraftState(DraftStatus.EDITED if edited else DraftStatus.PENDING)

    def find_sent(
        self, key: str, thread_id: str | None = None, to: Sequence[str] = ()
    ) -> MailMessage | None:
        """The SENT message carrying ``key``: in ``thread_id``, else among mail sent to ``to``."""
        if thread_id:
            sent = self._sent_in_thread(thread_id)
        elif to:
            query = "in:sent newer_than:30d " + " ".join(f"to:{address}" for address in to)
            messages = self._users("messages")
            ids = self._search({"sent": query})
            heads = self.api.execute_many(
                {
                    mid: messages.get(
                        userId="me", id=mid, format="metadata", metadataHeaders=[DRAFT_KEY_HEADER]
                    )
                    for mid in ids
                },
                "messages.get",
            ).complete()
            sent = [head for head in heads.values() if head]
        else:
            return None
        match = next((m for m in sent if _headers(m).get(DRAFT_KEY_HEADER.lower()) == key), None)
        return None if match is None else self.fetch(match["id"])

    def _sent_in_thread(self, thread_id: str) -> list[Json]:
        """The thread's SENT messages with their key and Message-ID headers."""
        request = self._users("threads").get(
            userId="me",
            id=thread_id,
            format="metadata",
            metadataHeaders=[DRAFT_KEY_HEADER, "Message-ID"],
        )
        try:
            thread = self.api.execute(request, "threads.get")
        except Gone:
            return []
        return [
            m
            for m in thread.get("messages", [])
            if "SENT" in m.get("labelIds", []) and "DRAFT" not in m.get("labelIds", [])
        ]

    def _sent_copy(self, draft: Draft) -> MailMessage | None:
        """The draft's sent copy, looked for in its thread (see :func:`sent_copy`).

        Only the thread's messages sent since the draft was created are read.
        """
        since = draft.created_at.timestamp() * 1000 if draft.created_at else 0
        candidates = [
            m["id"]
            for m in self._sent_in_thread(draft.thread_id)
            if int(m.get("internalDate", 0)) >= since
        ]
        return sent_copy(draft, self._fetch_many(candidates))

    def _users(self, *path: str) -> Any:
        return self.api.resource("gmail", "users", *path)


@dataclass(frozen=True)
class _Record:
    """One history record: the messages it added (drafts left out), the drafts it took away."""

    id: str
    added: tuple[str, ...]
    gone: tuple[MessageRef, ...]


def _record(record: Json) -> _Record:
    """What one history record added and took away.

    Sending a draft removes it and adds the sent message under a new id;
    editing one replaces its message; deleting it deletes its message
    (https://developers.google.com/gmail/api/reference/rest/v1/users.history/list).
    A deletion record may carry no labels, so any deleted message counts as a
    possible draft: at worst one needless look at a draft.
    """
    added: list[str] = []
    gone: list[MessageRef] = []
    for entry in record.get("messagesAdded", []):
        if "DRAFT" not in entry["message"].get("labelIds", []):
            added.append(entry["message"]["id"])
    for entry in record.get("messagesDeleted", []):
        if "DRAFT" in entry["message"].get("labelIds", ["DRAFT"]):
            gone.append(_ref(entry["message"]))
    for entry in record.get("labelsRemoved", []):
        if "DRAFT" in entry.get("labelIds", []):
            gone.append(_ref(entry["message"]))
            if "SENT" in entry["message"].get("labelIds", []):
                added.append(entry["message"]["id"])
    return _Record(str(record["id"]), tuple(added), tuple(gone))


def _added(records: Iterable[_Record]) -> list[str]:
    """The messages the records added, each once, in order."""
    return list(dict.fromkeys(mid for record in records for mid in record.added))


def _before(records: Sequence[_Record], failed: Container[str]) -> list[_Record]:
    """The records before the first one that added a message in ``failed``."""
    kept: list[_Record] = []
    for record in records:
        if any(mid in failed for mid in record.added):
            break
        kept.append(record)
    return kept


def _mail(answers: Iterable[Json | None], *, heads: bool = False) -> tuple[MailMessage, ...]:
    """Messages read (raw, or headers only), oldest first; gone ones and drafts left out."""
    found = [a for a in answers if a and "DRAFT" not in a.get("labelIds", [])]
    found.sort(key=lambda a: (int(a.get("internalDate", 0)), a["id"]))
    return tuple(_message(a, _head_bytes(a) if heads else None) for a in found)


def _raw(message: Json) -> bytes:
    return base64.urlsafe_b64decode(str(message.get("raw", "")).encode("ascii") + b"==")


def _searches(addresses: Iterable[str]) -> list[str]:
    """One search per chunk of addresses, each no longer than MAX_QUERY_CHARS.

    ``{from:(a OR b …) to:(…) cc:(…)}``: braces are Gmail's "any of these
    terms" (https://support.google.com/mail/answer/7190). One search covers
    all three fields, so its listing, newest first, gives each thread's newest
    message with these people first, whichever field named them.
    """
    chunks: list[list[str]] = [[]]
    for address in addresses:
        if chunks[-1] and len(_any_of([*chunks[-1], address])) > MAX_QUERY_CHARS:
            chunks.append([])
        chunks[-1].append(address)
    return [_any_of(chunk) for chunk in chunks if chunk]


def _any_of(addresses: Sequence[str]) -> str:
    anyone = " OR ".join(addresses)
    return "{" + " ".join(f"{field}:({anyone})" for field in ("from", "to", "cc")) + "}"


def _head_bytes(message: Json) -> bytes:
    """A ``format=metadata`` message's headers as an RFC 5322 header block, no body."""
    lines = [
        f"{h.get('name', '')}: {h.get('value', '')}\r\n"
        for h in message.get("payload", {}).get("headers", [])
    ]
    return ("".join(lines) + "\r\n").encode("utf-8")


def _message(message: Json, raw: bytes | None = None) -> MailMessage:
    received = message.get("internalDate")
    return mime.parse_message(
        _raw(message) if raw is None else raw,
        id=str(message["id"]),
        thread_id=str(message.get("threadId", "")),
        labels=message.get("labelIds", []),
        # When Gmail took the message in, unlike the Date header a client wrote
        # (https://developers.google.com/gmail/api/reference/rest/v1/users.messages).
        received_at=_received_at(received),
    )


def _received_at(internal_date: Any) -> datetime | None:
    """Gmail's ``internalDate`` (ms since the epoch) as a time; ``None`` if absent or absurd.

    It may come from the message's own Date header (a year-9999 date has been
    seen): one strange message must not stop the sync.
    """
    try:
        return datetime.fromtimestamp(int(internal_date) / 1000, UTC) if internal_date else None
    except (ValueError, OverflowError, OSError):
        return None


def _ref(message: Json) -> MessageRef:
    return MessageRef(str(message["id"]), str(message.get("threadId", "")))


def _headers(message: Json) -> dict[str, str]:
    """Header names (lower-cased) to values, from a ``format=metadata`` message.

    Values come as written, so a long one (our key header past 78 columns) may
    be RFC 2047 encoded words; they are decoded, or a long key never matches.
    """
    return {
        str(h.get("name", "")).lower(): str(make_header(decode_header(str(h.get("value", "")))))
        for h in message.get("payload", {}).get("headers", [])
    }
