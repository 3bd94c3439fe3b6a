"""API calls the Google connector makes, counted by the sandbox.

Seeds a sandbox mailbox with 1,000 contacts and 20,000 messages (two per
contact, the rest from strangers), then prints the calls for the initial
link-up (mail and calendar, as the daemon's first sync makes them), for one
idle poll (goal: Gmail 1, Calendar 1) and for one new reply (goal: Gmail at
most 2), from the sandbox's ``GET /_admin/calls``: API calls (a batch's parts
each count, as Google's quota counts them), the HTTP requests that carried
them (a batch is one) and the Gmail quota units they cost. With
``--replies`` the user's message to each contact answers theirs, so each
conversation is one thread of two messages, not two threads of one.

Then the daemon's own engine (real config, vault and SQLite store) polls a
mailbox where ``--drafts`` outreach drafts wait for the user: the calls per
idle poll, averaged over ``--polls`` polls a second apart with a sweep every
two (production's 30 s polls and 60 s sweeps, scaled; goal: Gmail 1,
Calendar 1). Last, ``--processes`` worker processes of ``--workers`` threads
each poll one account through the daemon's connectors: the token fetches
(``oauth.token``) that cost (goal: 1 per account per token lifetime, an hour).

Run: ``.venv/bin/python bench/google_cost.py``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import TypeVar

from sandbox_sends import check_nothing_sent
from sqlalchemy import func, select

from connectors.base import MailChanges
from connectors.errors import Transient
from connectors.google import GmailConnector, GoogleApi, GoogleCalendarConnector, OAuthClient
from connectors.google.quota import units
from connectors.sandbox import SandboxAdmin, running_sandbox
from daemon.engine.core import Engine
from daemon.sandboxed import FAST_CADENCE, sandboxed_config
from daemon.store import repo
from daemon.store.db import open_store
from daemon.store.models import Draft

USER = "me@example.com"
T = TypeVar("T")


def _message(
    n: int, sender: str, to: str, subject: str, when: datetime, reply_to: int | None = None
) -> bytes:
    parent = f"<m{reply_to}@bench.example>"
    answers = "" if reply_to is None else f"In-Reply-To: {parent}\r\nReferences: {parent}\r\n"
    return (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
        f"Date: {format_datetime(when)}\r\nMessage-ID: <m{n}@bench.example>\r\n{answers}"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\nMessage {n}.\r\n"
    ).encode()


def _seed(admin: SandboxAdmin, contacts: list[str], total: int, replies: bool) -> None:
    start = datetime.now(UTC) - timedelta(days=365)
    raws: list[bytes] = []
    for n in range(total):
        when = start + timedelta(minutes=n)
        if n < 2 * len(contacts):
            contact = contacts[n // 2]
            # One message from the contact, one the user sent them (with
            # ``replies``, in answer to theirs: one thread).
            if n % 2 == 0:
                raws.append(_message(n, contact, USER, f"Coffee {n // 2}", when))
            else:
                subject = f"Re: Coffee {n // 2}" if replies else f"Coffee {n // 2}"
                raws.append(_message(n, USER, contact, subject, when, n - 1 if replies else None))
        else:
            raws.append(_message(n, f"news{n % 500}@strangers.example", USER, f"News {n}", when))
    for i in range(0, len(raws), 1000):
        # A year of old mail: dated by its Date header, as imported mail is.
        admin.deliver_many(USER, raws[i : i + 1000], date_header=True)


@dataclass
class Measured:
    """What one action cost: the sandbox's calls, the client's requests, the time."""

    calls: dict[str, int]
    requests: int
    elapsed: float


def _measure(admin: SandboxAdmin, api: GoogleApi, action: Callable[[], T]) -> tuple[T, Measured]:
    admin.reset_calls()
    requests = api.budget.requests
    began = time.perf_counter()
    result = action()
    elapsed = time.perf_counter() - began
    calls = {k: v for k, v in admin.calls().items() if k != "oauth.token"}
    return result, Measured(calls, api.budget.requests - requests, elapsed)


def _report(label: str, measured: Measured, goal: str = "") -> None:
    calls = measured.calls
    gmail = sum(v for k, v in calls.items() if k.startswith("gmail."))
    calendar = sum(v for k, v in calls.items() if k.startswith("calendar."))
    cost = sum(units(k.removeprefix("gmail.users."), v) for k, v in calls.items())
    print(
        f"{label:<22} {gmail + calendar:>6} API calls (Gmail {gmail}, Calendar {calendar})  "
        f"{measured.requests:>5} HTTP requests ({calls.get('batch', 0)} batches)  "
        f"{cost:>6} Gmail units  {measured.elapsed:6.2f}s  {goal}"
    )
    print(f"{'':<22} " + ", ".join(f"{k}={v}" for k, v in sorted(calls.items())))


def _link_up(
    gmail: GmailConnector, contacts: list[str], throttle: SandboxAdmin | None = None
) -> tuple[MailChanges, int]:
    """Every page of a link-up, as the engine reads it, as one result, and the 429s met.

    With ``throttle``, Gmail answers every search 429 from the second page on,
    past the client's retries of each part, until the page gives up; then it
    answers again, and the link-up goes on from the cursor the first page
    left, as the engine's next sync does.
    """
    page = gmail.link_up(contacts)
    messages = list(page.messages)
    if throttle is not None and page.more:
        throttle.fault(method="gmail.users.messages.list", status=429, retry_after=1.0, times=None)
    throttled = 0
    while page.more:
        try:
            page = gmail.changes(page.cursor)
        except Transient:
            throttled += 1
            assert throttle is not None
            throttle.clear_faults()
            continue
        messages.extend(page.messages)
    return MailChanges(tuple(messages), page.cursor), throttled


def _idle_engine_polls(admin: SandboxAdmin, base_url: str, drafts: int, polls: int) -> None:
    """The engine's idle polls while ``drafts`` drafts wait: calls per poll, by service."""
    cadence = {**FAST_CADENCE, "nudge_after": "7d", "poll_interval": "1s", "sweep_interval": "2s"}
    with tempfile.TemporaryDirectory() as folder:
        address = "sam@idle.example"
        settings, _ = sandboxed_config(Path(folder), base_url, admin, address, cadence=cadence)
        store = open_store(settings.store.url)
        queued: list[str] = []
        engine = Engine(settings, store, queued.append)
        with store.transaction() as session:
            account_id = repo.ensure_account(session, "google", address).id
            for n in range(drafts):
                repo.add_contact(session, name=f"Contact {n}", email=f"c{n}@idle.example")

        def poll() -> None:
            engine.sync_account(account_id)
            while queued:
                engine.execute(queued.pop(0))

        try:
            poll()
            poll()
            with store.transaction(readonly=True) as session:
                waiting = session.scalar(select(func.count()).select_from(Draft))
            admin.reset_calls()
            for _ in range(polls):
                time.sleep(settings.cadence.poll_interval.total_seconds())
                poll()
            calls = {k: v for k, v in admin.calls().items() if k != "oauth.token"}
        finally:
            engine.connectors.close()
            store.close()
    gmail = sum(v for k, v in calls.items() if k.startswith("gmail."))
    calendar = sum(v for k, v in calls.items() if k.startswith("calendar."))
    print(
        f"{'engine idle poll':<22} Gmail {gmail / polls:.1f}, Calendar {calendar / polls:.1f} "
        f"API calls per poll, {waiting} drafts waiting, {polls} polls  goal: 1 and 1"
    )
    print(f"{'':<22} " + ", ".join(f"{k}={v}" for k, v in sorted(calls.items())))


#: One worker process: its threads poll one account through the daemon's connectors.
_WORKER = """
import sys, threading
from pathlib import Path
from daemon.accounts import open_calendar, open_mail
from daemon.settings import load_settings
settings = load_settings(Path(sys.argv[1]))
(account,) = settings.accounts
mail, calendar = open_mail(settings, account), open_calendar(settings, account)
cursor = mail.link_up([]).cursor
def work():
    for _ in range(3):
        mail.changes(cursor)
        calendar.changes(None)
threads = [threading.Thread(target=work) for _ in range(int(sys.argv[2]))]
for t in threads: t.start()
for t in threads: t.join()
"""


def _token_fetches(admin: SandboxAdmin, base_url: str, processes: int, workers: int) -> None:
    """Token fetches for one account polled by several worker processes at once."""
    with tempfile.TemporaryDirectory() as folder:
        address = "sam@tokens.example"
        sandboxed_config(Path(folder), base_url, admin, address)
        config = str(Path(folder) / "config.toml")
        admin.reset_calls()
        running = [
            subprocess.Popen([sys.executable, "-c", _WORKER, config, str(workers)])
            for _ in range(processes)
        ]
        if any(process.wait(timeout=120) for process in running):
            raise SystemExit("a worker process failed")
    calls = admin.calls()
    print(
        f"{'token fetches':<22} {calls.get('oauth.token', 0):>6} for one account: {processes} "
        f"processes x {workers} threads, mail + calendar  goal: 1 per token lifetime (1 h)"
    )


def main() -> None:
    """Seed, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=1000)
    parser.add_argument("--messages", type=int, default=20000)
    parser.add_argument("--drafts", type=int, default=4)
    parser.add_argument("--polls", type=int, default=10)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument(
        "--replies",
        action="store_true",
        help="the user's message to each contact answers theirs: one thread per contact",
    )
    args = parser.parse_args()
    contacts = [f"contact{i:04d}@contacts.example" for i in range(args.contacts)]

    with running_sandbox() as sandbox, SandboxAdmin(sandbox.base_url) as admin:
        creds = admin.create_mailbox(USER)
        began = time.perf_counter()
        _seed(admin, contacts, args.messages, args.replies)
        print(
            f"seeded {args.messages} messages, {args.contacts} contacts "
            f"in {time.perf_counter() - began:.1f}s"
        )
        client = OAuthClient(
            creds["client_id"], creds["client_secret"], f"{sandbox.base_url}/token"
        )
        api = GoogleApi(USER, client, creds["refresh_token"], api_base=sandbox.base_url)
        gmail, calendar = GmailConnector(api), GoogleCalendarConnector(api)
        try:

            def link_up() -> tuple[MailChanges, str]:
                return _link_up(gmail, contacts)[0], calendar.changes(None).cursor

            (linked, events), measured = _measure(admin, api, link_up)
            _report(
                "initial link-up",
                measured,
                f"{len(linked.messages)} messages read, {api.budget.waited:.1f}s paced  "
                "goal: <= 60 calls, <= 1,500 units",
            )

            def poll(cursor: str) -> MailChanges:
                calendar.changes(events)
                return gmail.changes(cursor)

            idle, measured = _measure(admin, api, lambda: poll(linked.cursor))
            _report("idle poll", measured, "goal: Gmail 1, Calendar 1")
            admin.deliver(
                USER,
                _message(-1, contacts[0], USER, "Re: Coffee 0", datetime.now(UTC)),
            )
            reply, measured = _measure(admin, api, lambda: gmail.changes(idle.cursor))
            _report("one new reply", measured, f"goal: Gmail <= 2 ({len(reply.messages)} seen)")
            (again, throttled), measured = _measure(
                admin, api, lambda: _link_up(gmail, contacts, throttle=admin)
            )
            _report(
                "link-up, 429s",
                measured,
                f"{throttled} page given up on 429s, then resumed; "
                f"{len(again.messages)} messages read",
            )
        finally:
            api.close()
        _idle_engine_polls(admin, sandbox.base_url, args.drafts, args.polls)
        _token_fetches(admin, sandbox.base_url, args.processes, args.workers)
        check_nothing_sent(admin)


if __name__ == "__main__":
    main()
