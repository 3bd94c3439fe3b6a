"""The engine the actors run: sync an account, execute a command, fire a timer.

Every entry point is idempotent. Provider I/O happens outside transactions;
each change to a contact happens in a transaction that locks the contact
first (``repo.lock_contact``), so two workers never advance one contact at
once. Outbox keys produced by a committed transaction are handed to
``enqueue``; if that is lost (a crash, a Redis restart) the scheduler's sweep
finds the rows again.
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any, cast

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from connectors.backoff import backoff
from connectors.base import (
    CalendarConnector,
    CalendarEvent,
    DraftState,
    MailChanges,
    MailConnector,
    MailMessage,
    names_draft,
    sent_copy,
)
from connectors.base import Draft as DraftRef
from connectors.base import DraftStatus as ProviderDraftStatus
from connectors.errors import CoffeechatError, NotFound, ReauthRequired, Transient
from daemon.accounts import find_account, open_both
from daemon.clock import Clock, SystemClock
from daemon.engine import ingest
from daemon.engine.claims import (
    Fence,
    FencedCalendar,
    FencedMail,
    LostClaim,
    claim_renewer,
    claimable,
)
from daemon.engine.commands import CommandKind, LookAtDraft, decode, encode
from daemon.engine.duplicates import remove_late_duplicates
from daemon.engine.execute import Job, Outcome, Performer
from daemon.engine.lease import SyncLease
from daemon.engine.setaside import (
    EVENT,
    MESSAGE,
    IngestFailed,
    Item,
    Quarantine,
    describe,
    event_from_record,
    event_record,
)
from daemon.engine.state import contact_state
from daemon.engine.transitions import apply_event, cadence_of, start_contact
from daemon.settings import Settings
from daemon.store import repo
from daemon.store.db import Store
from daemon.store.models import (
    Account,
    Contact,
    Direction,
    Draft,
    DraftStatus,
    Message,
    Outbox,
    OutboxStatus,
    Timer,
    TimerStatus,
)
from daemon.store.types import utcnow
from workflows.events import Event, EventKind, TimerKind
from workflows.stages import Stage

log = logging.getLogger(__name__)

#: A command waiting for the user to re-authorise is looked at again after this.
REAUTH_WAIT = timedelta(minutes=5)
#: Every waiting draft is looked at this often even when the history shows nothing.
DRAFT_SAFETY_SWEEP = timedelta(hours=1)


class Connectors:
    """Connectors per account address, opened once and shared by the worker threads."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._open: dict[str, tuple[MailConnector, CalendarConnector]] = {}

    def of(self, account: Account) -> tuple[MailConnector, CalendarConnector]:
        """The mail and calendar connectors of ``account``."""
        with self._lock:
            if account.address not in self._open:
                configured = find_account(self.settings, account.provider, account.address)
                self._open[account.address] = open_both(self.settings, configured)
            return self._open[account.address]

    def close(self) -> None:
        """Close every opened connector."""
        with self._lock:
            opened, self._open = self._open, {}
        for mail, calendar in opened.values():
            mail.close()
            calendar.close()


class Engine:
    """The daemon's work, one idempotent call at a time (see ``workflows.actors.Engine``)."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        enqueue: Callable[[str], None],
        connectors: Connectors | None = None,
        clock: Clock | None = None,
        lease_clock: Clock | None = None,
    ) -> None:
        self.settings = settings
        # Calendar time (timers, events) runs on ``clock``. Leases, claims and
        # retry waits run on ``lease_clock``, real time unless a test moves it:
        # a calendar moved days ahead (the demo) must not lapse every lease.
        self.clock: Clock = clock or SystemClock()
        self.lease_clock: Clock = lease_clock or SystemClock()
        self.store = store
        self.enqueue = enqueue
        self.cadence = cadence_of(settings)
        self.connectors = connectors or Connectors(settings)
        self._sync_locks: dict[int, threading.Lock] = {}
        self._locks_lock = threading.Lock()
        self._last_full_check: dict[int, float] = {}
        self._next_repair: dict[int, float] = {}
        #: Names this engine in the claims it holds (host, process, instance).
        self.owner = f"{socket.gethostname()[:40]}:{os.getpid()}:{secrets.token_hex(3)}"

    def _enqueue(self, keys: list[str]) -> None:
        for key in keys:
            self.enqueue(key)

    # ------------------------------------------------------------ sync

    def sync_account(self, account_id: int) -> None:
        """Pull mail and calendar changes for one account and ingest them."""
        with self._locks_lock:
            lock = self._sync_locks.setdefault(account_id, threading.Lock())
        if not lock.acquire(blocking=False):
            return  # this process is already syncing it; the next poll comes soon
        try:
            with SyncLease(
                self.store,
                account_id,
                self.owner,
                self.settings.broker.claim_lease,
                self.lease_clock,
            ) as lease:
                if not lease.held:
                    return  # another worker is syncing it
                self._sync(account_id)
        except CoffeechatError as exc:
            with self.store.transaction() as session:
                account = session.get(Account, account_id)
                if account is not None:
                    account.last_error = str(exc)
            raise
        finally:
            lock.release()

    def _sync(self, account_id: int) -> None:
        with self.store.transaction(readonly=True) as session:
            account = session.get(Account, account_id)
            if account is None:
                return
            session.expunge(account)
        mail, calendar = self.connectors.of(account)
        self._enqueue(self.start_new_contacts(account.id))
        quarantine = Quarantine(self.store, self.settings.cadence.retry_limit)
        self._read_again(account, mail, quarantine)

        if account.mail_cursor is None:
            changes = mail.link_up(self._known_addresses())
        else:
            changes = mail.changes(account.mail_cursor)
        linked = account.mail_cursor is None
        skipped = quarantine.skipped(account.id, MESSAGE)
        failed = 0
        while True:
            for message in changes.messages:
                if message.id in skipped:
                    continue
                keys = self._ingest_message(quarantine, account.id, message)
                if keys is None:
                    failed += 1
                    continue
                self._enqueue(keys)
            self._check_drafts(account.id, mail, changes, linked=linked)
            if failed:
                break
            # Saved page by page: a daemon restarted mid-sync resumes after this page.
            self._save_cursor(account.id, mail=changes.cursor)
            if not changes.more:
                break
            changes = mail.changes(changes.cursor)
        self._repair(account.id, mail)

        events = calendar.changes(account.calendar_cursor)
        skipped = quarantine.skipped(account.id, EVENT)
        failed_events = 0
        for event in events.events:
            if event.id in skipped:
                continue
            keys = self._ingest_event(quarantine, account, event)
            if keys is None:
                failed_events += 1
                continue
            self._enqueue(keys)
        if not failed_events:
            self._save_cursor(account.id, calendar=events.cursor)
        if failed or failed_events:
            # The cursors stayed where they were: the next poll reads these again.
            raise IngestFailed(
                f"{failed + failed_events} item(s) could not be read; trying again, "
                "and setting them aside after cadence.retry_limit tries"
            )
        usage = mail.usage()
        with self.store.transaction() as session:
            row = session.get(Account, account.id)
            assert row is not None
            row.last_sync_at = utcnow()
            row.last_error = None
            # For ``coffeechat status``: the budget lives in this process.
            row.quota_used = usage.last_minute if usage else None
            row.quota_budget = usage.per_minute if usage else None

    def _ingest_message(
        self, quarantine: Quarantine, account_id: int, message: MailMessage
    ) -> list[str] | None:
        def contact() -> int | None:
            with self.store.transaction(readonly=True) as session:
                return ingest.match_message(session, account_id, message)

        return quarantine.run(
            Item(account_id, MESSAGE, message.id),
            lambda: ingest.ingest_message(
                self.store, self.settings, self.cadence, account_id, message, self.clock.now()
            ),
            contact,
        )

    def _ingest_event(
        self, quarantine: Quarantine, account: Account, event: CalendarEvent
    ) -> list[str] | None:
        return quarantine.run(
            Item(account.id, EVENT, event.id, event_record(event)),
            lambda: ingest.ingest_event(
                self.store, self.cadence, account.address, event, self.clock.now()
            ),
        )

    def _read_again(self, account: Account, mail: MailConnector, quarantine: Quarantine) -> None:
        """Ingest again what the user asked to retry (``coffeechat retry``)."""
        for item in quarantine.to_retry(account.id):
            if item.kind == EVENT and item.record is not None:
                keys = self._ingest_event(quarantine, account, event_from_record(item.record))
            else:
                try:
                    message = mail.fetch(item.provider_id)
                except NotFound:
                    quarantine.forget(item)
                    continue
                keys = self._ingest_message(quarantine, account.id, message)
            self._enqueue(keys or [])

    def _save_cursor(
        self, account_id: int, *, mail: str | None = None, calendar: str | None = None
    ) -> None:
        with self.store.transaction() as session:
            row = session.get(Account, account_id)
            assert row is not None
            if mail is not None:
                row.mail_cursor = mail
            if calendar is not None:
                row.calendar_cursor = calendar

    def _repair(self, account_id: int, mail: MailConnector) -> None:
        """Look for late duplicate drafts, once a sweep interval."""
        now = time.monotonic()
        if now < self._next_repair.get(account_id, float("-inf")):
            return
        self._next_repair[account_id] = now + self.settings.cadence.sweep_interval.total_seconds()
        remove_late_duplicates(self.store, account_id, mail, utcnow())

    def _known_addresses(self) -> list[str]:
        with self.store.transaction(readonly=True) as session:
            return [e for e in session.scalars(select(Contact.email)) if e]

    def _check_drafts(
        self, account_id: int, mail: MailConnector, changes: MailChanges, *, linked: bool
    ) -> None:
        """Settle the drafts the mailbox history shows a change to, and look at all of them rarely.

        The history names the threads whose draft left the drafts (sent,
        deleted, or replaced by an edit) and the sent mail carrying our keys,
        so an idle poll looks at no draft. Every draft is looked at when the
        history cannot be trusted to be whole (the first poll, an expired
        cursor) and once per ``DRAFT_SAFETY_SWEEP``: a deletion the history
        showed before the daemon had recorded the draft it deleted is
        otherwise never seen.

        A draft whose sent copy this page carries is settled here, from the
        store alone. Any other look is a provider read: it is recorded as a
        command and left to the workers, so the sync never waits on it (a
        full look at a thousand drafts would hold the account's sync, and
        every reply behind it, for a thousand calls).
        """
        now = time.monotonic()
        every = DRAFT_SAFETY_SWEEP.total_seconds()
        full = linked or changes.resynced
        full = full or now - self._last_full_check.get(account_id, float("-inf")) >= every
        if full:
            self._last_full_check[account_id] = now
        threads = {gone.thread_id for gone in changes.drafts_gone if gone.thread_id}
        unthreaded = {gone.id for gone in changes.drafts_gone if not gone.thread_id}
        keys = {m.draft_key for m in changes.messages if m.sent and m.draft_key}
        later: list[ingest.OpenDraft] = []
        for draft in ingest.open_drafts(self.store, None if full else threads, keys, unthreaded):
            copy = sent_copy(draft.ref, changes.messages)
            if copy is None or not names_draft(copy, draft.ref):
                later.append(draft)
                continue
            self._enqueue(self._check(account_id, draft, _as_sent(copy)))
        self._enqueue(self._record_looks(later, changes.cursor))

    def _record_looks(self, drafts: Sequence[ingest.OpenDraft], cursor: str) -> list[str]:
        """Outbox rows asking to look at ``drafts``; their keys.

        Keyed by the draft and the history page that asked, so a page read
        again after a crash asks once, and a later page asks again.
        """
        if not drafts:
            return []
        page = hashlib.sha256(cursor.encode("utf-8")).hexdigest()[:12]
        rows = {f"{d.row.key}/look/{page}": d for d in drafts}
        with self.store.transaction() as session:
            for key, draft in rows.items():
                kind, payload = encode(LookAtDraft(draft.row.key))
                repo.insert_if_absent(
                    session,
                    Outbox,
                    key=key,
                    contact_id=draft.row.contact_id,
                    kind=kind,
                    payload=payload,
                )
        return list(rows)

    def _check(
        self, account_id: int, draft: ingest.OpenDraft, look: Callable[[DraftRef], DraftState]
    ) -> list[str]:
        return ingest.check_draft(
            self.store, self.settings, self.cadence, account_id, draft, look, self.clock.now()
        )

    def _look_now(self, account_id: int, mail: MailConnector, draft_key: str) -> list[str]:
        """Ask the provider what became of the stored draft ``draft_key``, if it is still open."""
        keys: list[str] = []
        for draft in ingest.open_drafts(self.store, (), (draft_key,)):
            keys += self._check(account_id, draft, lambda ref: mail.draft_state(ref, ()))
        return keys

    def start_new_contacts(self, account_id: int) -> list[str]:
        """Start the pipeline of every identified contact with an address."""
        with self.store.transaction(readonly=True) as session:
            waiting = [
                c.id
                for c in session.scalars(
                    select(Contact).where(
                        Contact.stage == Stage.IDENTIFIED, Contact.email.is_not(None)
                    )
                )
                if not contact_state(c).added
            ]
        keys: list[str] = []
        for contact_id in waiting:
            with self.store.transaction() as session:
                contact = repo.lock_contact(session, contact_id)
                if contact_state(contact).added or contact.stage is not Stage.IDENTIFIED:
                    continue
                if contact.account_id is None:
                    contact.account_id = account_id
                keys += start_contact(session, contact, self.cadence, self.clock.now())
        return keys

    # ---------------------------------------------------------- outbox

    def execute(self, outbox_key: str) -> None:
        """Carry out one outbox command, exactly once."""
        job = self._claim(outbox_key)
        if job is None:
            return
        lease = self.settings.broker.claim_lease
        try:
            with self.store.transaction(readonly=True) as session:
                contact = session.get(Contact, job.contact_id)
                account = session.get(Account, contact.account_id) if contact else None
                if account is None:
                    account = session.scalars(select(Account).order_by(Account.id)).first()
                if account is None:
                    raise ReauthRequired("no account is configured; add one under [[accounts]]")
                session.expunge(account)
                # Mail the store records from here on was read while this command ran.
                recorded = session.scalar(select(func.max(Message.id))) or 0
            mail, calendar = self.connectors.of(account)
            fence = Fence(self.store, job.key, job.fence)
            renewer = claim_renewer(self.store, job.key, job.fence, lease, self.lease_clock)
            with renewer, self.store.sessions() as session:
                match job.command:
                    case LookAtDraft(draft_key=draft_key):
                        # A read: what it finds is recorded in its own transaction.
                        moved = self._look_now(account.id, mail, draft_key)
                        self._enqueue(moved)
                        outcome = Outcome({"commands": len(moved)})
                    case command:
                        performer = Performer(
                            self.settings,
                            session,
                            cast(MailConnector, FencedMail(mail, fence)),
                            cast(CalendarConnector, FencedCalendar(calendar, fence)),
                            self._save_payload,
                            self.clock.now(),
                            account.provider,
                        )
                        outcome = performer.perform(job, command)
        except LostClaim as exc:
            log.info("%s", exc)
            return
        except Transient as exc:
            wait = self._failed(job, exc, park=False)
            if wait is None:
                return  # parked on the outage: probed by the sweep
            raise Transient(str(exc), retry_after=wait.total_seconds()) from exc
        except ReauthRequired as exc:
            self._failed(job, exc, park=False, wait=REAUTH_WAIT)
            raise
        except CoffeechatError as exc:
            self._failed(job, exc, park=True)
            return
        except Exception as exc:  # noqa: BLE001 - a bug or bad data: counted, then parked
            log.warning("command %s failed", job.key, exc_info=True)
            self._failed(job, exc, park=False)
            return
        self._done(job, outcome)
        if "draft_id" in outcome.result and "sent_id" not in outcome.result:
            self._look_again_if_sent(account.id, mail, job.key, recorded)
        self._resume_after_outage(account.id)

    def _look_again_if_sent(
        self, account_id: int, mail: MailConnector, key: str, recorded: int
    ) -> None:
        """Look at a draft just recorded once more when a send in its thread was read meanwhile.

        The user may send a draft the moment it appears, before the store
        records it. A sync that read that send then found no draft to match,
        and the history moved on: without this look the send would wait for
        the hourly safety sweep. Such a sync recorded the sent message before
        it looked for drafts, so only a message sent in the draft's thread and
        recorded since this command began (past ``recorded``, the newest
        message id then) calls for a look; the provider is asked nothing
        otherwise, which a burst of drafts written while syncs run would pay
        once per draft.
        """
        with self.store.transaction(readonly=True) as session:
            thread = select(Draft.thread_id).where(Draft.key == key).scalar_subquery()
            sent = session.scalar(
                select(Message.id)
                .where(
                    Message.account_id == account_id,
                    Message.thread_id == thread,
                    Message.direction == Direction.OUT,
                    Message.id > recorded,
                )
                .limit(1)
            )
        if sent is not None:
            self._enqueue(self._look_now(account_id, mail, key))

    def _claim(self, key: str) -> Job | None:
        now = self.lease_clock.now()
        can_claim = claimable(now, self.settings.broker.claim_lease)
        # A read first: under a backlog the sweep re-enqueues rows whose message
        # is still queued, so most duplicates find their row done or running;
        # they must not each take SQLite's write lock just to learn that.
        with self.store.transaction(readonly=True) as session:
            if session.scalar(select(Outbox.id).where(Outbox.key == key, can_claim)) is None:
                return None
        with self.store.transaction() as session:
            claimed = session.execute(
                update(Outbox)
                .where(Outbox.key == key, can_claim)
                .values(
                    status=OutboxStatus.RUNNING,
                    attempts=Outbox.attempts + 1,
                    updated_at=now,
                    owner=self.owner,
                    fence=Outbox.fence + 1,
                )
            )
            if claimed.rowcount != 1:  # type: ignore[attr-defined]
                return None
            row = repo.get_by_key(session, Outbox, key)
            assert row is not None and row.contact_id is not None
            command = decode(row.kind, row.payload)
            return Job(row.key, row.contact_id, command, dict(row.payload), row.attempts, row.fence)

    def _save_payload(self, key: str, payload: dict[str, Any]) -> None:
        with self.store.transaction() as session:
            row = repo.get_by_key(session, Outbox, key)
            if row is not None:
                row.payload = payload

    def _failed(
        self, job: Job, exc: Exception, *, park: bool, wait: timedelta | None = None
    ) -> timedelta | None:
        """Count a failed attempt; the wait before the next one, ``None`` once parked.

        Any exception counts, ours or not, so a command never stays running
        forever. Waits grow exponentially with full jitter, never shorter than
        a provider's Retry-After. A command that used up its attempts on
        provider faults is parked on the outage: the sweep probes it at the
        longest wait, and the first that goes through resumes the others.
        """
        now = self.lease_clock.now()
        with self.store.transaction() as session:
            row = repo.get_by_key(session, Outbox, job.key)
            if row is None or row.fence != job.fence or row.status is not OutboxStatus.RUNNING:
                return None  # another worker holds it now
            row.last_error = str(exc)[:1000] if isinstance(exc, CoffeechatError) else describe(exc)
            cap = self.settings.cadence.retry_backoff_max
            retry_after = exc.retry_after if isinstance(exc, Transient) else None
            limit = self.settings.cadence.retry_limit
            if park or (row.attempts >= limit and not isinstance(exc, ReauthRequired)):
                row.status = OutboxStatus.PARKED
                row.outage = isinstance(exc, Transient)
                if row.outage:
                    row.next_attempt_at = now + backoff(
                        row.attempts, cap=cap, retry_after=retry_after
                    )
                log.warning("command %s parked after %d attempts: %s", job.key, row.attempts, exc)
                return None
            row.status = OutboxStatus.PENDING
            delay = wait or backoff(row.attempts, cap=cap, retry_after=retry_after)
            row.next_attempt_at = now + delay
            return delay

    def _resume_after_outage(self, account_id: int) -> None:
        """A command went through: the account's commands parked on an outage resume."""
        mine = select(Contact.id).where(Contact.account_id == account_id)
        parked = and_(
            Outbox.status == OutboxStatus.PARKED,
            Outbox.outage.is_(True),
            or_(Outbox.contact_id.in_(mine), Outbox.contact_id.is_(None)),
        )
        with self.store.transaction(readonly=True) as session:
            keys = list(session.scalars(select(Outbox.key).where(parked)))
        if not keys:
            return
        with self.store.transaction() as session:
            session.execute(
                update(Outbox)
                .where(parked, Outbox.key.in_(keys))
                .values(status=OutboxStatus.PENDING, attempts=0, outage=False, next_attempt_at=None)
            )
        log.info("the provider answers again: %d parked command(s) resume", len(keys))
        self._enqueue(keys)

    def _done(self, job: Job, outcome: Outcome) -> None:
        with self.store.transaction() as session:
            contact = repo.lock_contact(session, job.contact_id)
            row = repo.get_by_key(session, Outbox, job.key)
            if row is None or row.status is OutboxStatus.DONE:
                return
            row.status = OutboxStatus.DONE
            row.result = outcome.result
            row.last_error = None
            self._record_draft(session, contact, row, outcome.result)
            keys: list[str] = []
            for event, cause_id in outcome.events:
                keys += apply_event(
                    session, contact, event, cause_id=cause_id, cadence=self.cadence
                )
        self._enqueue(keys)

    def _record_draft(
        self, session: Session, contact: Contact, row: Outbox, result: dict[str, Any]
    ) -> None:
        """Keep in the store the draft the provider now holds (meetings follow their events)."""
        if row.kind != CommandKind.WRITE_DRAFT or "thread_id" not in result:
            return
        repo.insert_if_absent(
            session,
            Draft,
            key=row.key,
            contact_id=contact.id,
            kind=result["kind"],
            provider_draft_id=result.get("draft_id"),
            thread_id=result["thread_id"],
            fingerprint=result.get("fingerprint"),
            status=DraftStatus.SENT if "sent_id" in result else DraftStatus.PENDING,
            sent_text=result.get("sent_text"),
        )
        if contact.thread_id is None:
            contact.thread_id = result["thread_id"]

    # ---------------------------------------------------------- timers

    def fire_timer(self, timer_id: int) -> None:
        """Fire one due timer, once."""
        with self.store.transaction(readonly=True) as session:
            timer = session.get(Timer, timer_id)
            if timer is None or timer.status is not TimerStatus.PENDING:
                return
            if timer.due_at > self.clock.now():
                return
            contact_id = timer.contact_id
        with self.store.transaction() as session:
            contact = repo.lock_contact(session, contact_id)
            timer = session.get(Timer, timer_id, populate_existing=True)
            if timer is None or timer.status is not TimerStatus.PENDING:
                return
            timer.status = TimerStatus.FIRED
            event = Event(EventKind.TIMER_FIRED, at=self.clock.now(), timer=TimerKind(timer.kind))
            keys = apply_event(
                session, contact, event, cause_id=f"t{timer.id}", cadence=self.cadence
            )
        self._enqueue(keys)


def _as_sent(copy: MailMessage) -> Callable[[DraftRef], DraftState]:
    """A look that needs no provider: the draft went out as ``copy``."""
    return lambda _ref: DraftState(ProviderDraftStatus.SENT, copy)
