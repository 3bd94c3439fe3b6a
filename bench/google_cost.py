"""API calls the Google connector makes, counted by the sandbox.

Seeds a sandbox mailbox with 1,000 contacts and 20,000 messages (two per
contact, the rest from strangers), then prints the calls for the initial
link-up, for one idle poll (goal: 1) and for one new reply (goal: at most 2),
from the sandbox's ``GET /_admin/calls``.

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
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from sqlalchemy import func, select

from connectors.base import MailChanges
from connectors.google import GmailConnector, GoogleApi, OAuthClient
from connectors.google.quota import units
from connectors.sandbox import SandboxAdmin, running_sandbox
from daemon.engine.core import Engine
from daemon.sandboxed import FAST_CADENCE, sandboxed_config
from daemon.store import repo
from daemon.store.db import open_store
from daemon.store.models import Draft

USER = "me@example.com"


def _message(n: int, sender: str, to: str, subject: str, when: datetime) -> bytes:
    return (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
        f"Date: {format_datetime(when)}\r\nMessage-ID: <m{n}@bench.example>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\nMessage {n}.\r\n"
    ).encode()


def _seed(admin: SandboxAdmin, contacts: list[str], total: int) -> None:
    start = datetime.now(UTC) - timedelta(days=365)
    raws: list[bytes] = []
    for n in range(total):
        when = start + timedelta(minutes=n)
        if n < 2 * len(contacts):
            contact = contacts[n // 2]
            # One message from the contact, one the user sent them.
            pair = (contact, USER) if n % 2 == 0 else (USER, contact)
            raws.append(_message(n, *pair, f"Coffee {n // 2}", when))
        else:
            raws.append(_message(n, f"news{n % 500}@strangers.example", USER, f"News {n}", when))
    for i in range(0, len(raws), 1000):
        # A year of old mail: dated by its Date header, as imported mail is.
        admin.deliver_many(USER, raws[i : i + 1000], date_header=True)


def _measure(
    admin: SandboxAdmin, action: Callable[[], MailChanges]
) -> tuple[MailChanges, dict[str, int], float]:
    admin.reset_calls()
    began = time.perf_counter()
    result = action()
    elapsed = time.perf_counter() - began
    calls = {k: v for k, v in admin.calls().items() if k != "oauth.token"}
    return result, calls, elapsed


def _report(label: str, calls: dict[str, int], elapsed: float, goal: str = "") -> None:
    api = sum(v for k, v in calls.items() if k != "batch")
    detail = ", ".join(f"{k}={v}" for k, v in sorted(calls.items()))
    batches = calls.get("batch", 0)
    cost = sum(units(k.removeprefix("gmail.users."), v) for k, v in calls.items())
    print(
        f"{label:<22} {api:>6} API calls  {cost:>6} Gmail units  ({batches} batch requests)  "
        f"{elapsed:6.2f}s  {goal}"
    )
    print(f"{'':<22} {detail}")


def _link_up(gmail: GmailConnector, contacts: list[str]) -> MailChanges:
    """Every page of a link-up, as the engine reads it, as one result."""
    page = gmail.link_up(contacts)
    messages = list(page.messages)
    while page.more:
        page = gmail.changes(page.cursor)
        messages.extend(page.messages)
    return MailChanges(tuple(messages), page.cursor)


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
    args = parser.parse_args()
    contacts = [f"contact{i:04d}@contacts.example" for i in range(args.contacts)]

    with running_sandbox() as sandbox, SandboxAdmin(sandbox.base_url) as admin:
        creds = admin.create_mailbox(USER)
        began = time.perf_counter()
        _seed(admin, contacts, args.messages)
        print(
            f"seeded {args.messages} messages, {args.contacts} contacts "
            f"in {time.perf_counter() - began:.1f}s"
        )
        client = OAuthClient(
            creds["client_id"], creds["client_secret"], f"{sandbox.base_url}/token"
        )
        api = GoogleApi(USER, client, creds["refresh_token"], api_base=sandbox.base_url)
        gmail = GmailConnector(api)
        try:
            linked, calls, elapsed = _measure(admin, lambda: _link_up(gmail, contacts))
            _report(
                "initial link-up",
                calls,
                elapsed,
                f"{len(linked.messages)} messages found, {api.budget.waited:.1f}s paced "
                "goal: <= 60 calls, <= 1,500 units",
            )
            idle, calls, elapsed = _measure(admin, lambda: gmail.changes(linked.cursor))
            _report("idle poll", calls, elapsed, "goal: 1")
            admin.deliver(
                USER,
                _message(-1, contacts[0], USER, "Re: Coffee 0", datetime.now(UTC)),
            )
            reply, calls, elapsed = _measure(admin, lambda: gmail.changes(idle.cursor))
            _report("one new reply", calls, elapsed, f"goal: <= 2 ({len(reply.messages)} seen)")
        finally:
            api.close()
        _idle_engine_polls(admin, sandbox.base_url, args.drafts, args.polls)
        _token_fetches(admin, sandbox.base_url, args.processes, args.workers)
        violations = admin.violations()
        print(f"send attempts recorded by the sandbox: {len(violations)}")
        if violations:
            raise SystemExit("a send endpoint was hit")


if __name__ == "__main__":
    main()
