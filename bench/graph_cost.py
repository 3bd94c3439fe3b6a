"""Graph calls the Outlook connector makes, counted by the sandbox (over HTTPS, real msal).

Seeds a Microsoft sandbox mailbox with ``--contacts`` contacts and
``--messages`` messages (two per contact, the rest from strangers) and
``--drafts`` waiting reply drafts, then prints the Graph calls for the
initial link-up, one idle poll of mail and of the calendar (goal: 3 and 1:
one delta per watched folder) and one new reply (goal: one more, its MIME),
from the sandbox's ``GET /_admin/calls``. ``graph.batch`` is the HTTP
request that carries batched calls; the calls inside count under their own
names.

Then the daemon's own engine (real config, msal cache in the vault, SQLite
store) watches an Outlook account where ``--drafts`` outreach drafts wait:
the Graph calls per idle poll, averaged over ``--polls`` polls a second apart
with a sweep every two (production's 30 s polls and 60 s sweeps, scaled),
then the calls of the poll that reads one new reply, and of the commands
that reply starts (the scheduling-reply draft).

Run: ``.venv/bin/python bench/graph_cost.py``.
"""

from __future__ import annotations

import argparse
import ssl
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from sandbox_sends import check_nothing_sent

from connectors.base import DraftSpec
from connectors.sandbox import SandboxAdmin, running_sandbox
from connectors.sandbox.tls import throwaway_tls
from connectors.sandbox.world import World, draft_key
from daemon.accounts import open_both
from daemon.engine.core import Engine
from daemon.sandboxed import FAST_CADENCE, sandboxed_config
from daemon.settings import Settings
from daemon.store import repo
from daemon.store.db import open_store

USER = "me@outlook.example"
T = TypeVar("T")


def _message(n: int, sender: str, to: str, subject: str, when: datetime) -> bytes:
    return (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
        f"Date: {when:%a, %d %b %Y %H:%M:%S +0000}\r\nMessage-ID: <m{n}@bench.example>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\nMessage {n}.\r\n"
    ).encode()


def _seed(admin: SandboxAdmin, contacts: list[str], total: int) -> None:
    start = datetime.now(UTC) - timedelta(days=365)
    raws = []
    for n in range(total):
        when = start + timedelta(minutes=n)
        if n < 2 * len(contacts):
            contact = contacts[n // 2]
            pair = (contact, USER) if n % 2 == 0 else (USER, contact)
            raws.append(_message(n, *pair, f"Coffee {n // 2}", when))
        else:
            raws.append(_message(n, f"news{n % 500}@strangers.example", USER, f"News {n}", when))
    for i in range(0, len(raws), 1000):
        # A year of old mail: dated by its Date header, as imported mail is.
        admin.deliver_many(USER, raws[i : i + 1000], date_header=True)


def _measure(admin: SandboxAdmin, label: str, action: Callable[[], T], goal: str = "") -> T:
    admin.reset_calls()
    began = time.perf_counter()
    result = action()
    elapsed = time.perf_counter() - began
    calls = {k: v for k, v in admin.calls().items() if k != "oauth.token"}
    graph = sum(v for k, v in calls.items() if k != "graph.batch")
    detail = ", ".join(f"{k}={v}" for k, v in sorted(calls.items()))
    print(f"{label:<22} {graph:>6} Graph calls  {elapsed:6.2f}s  {goal}")
    print(f"{'':<22} {detail}")
    return result


def _graph_calls(admin: SandboxAdmin) -> tuple[int, int, dict[str, int]]:
    """Mail and calendar Graph calls since the last reset, and all calls by method."""
    calls = {k: v for k, v in admin.calls().items() if k != "oauth.token"}
    calendar = sum(v for k, v in calls.items() if k.startswith(("graph.events", "graph.calendar")))
    mail = sum(v for k, v in calls.items() if k != "graph.batch") - calendar
    return mail, calendar, calls


def _engine(settings: Settings, world: World, drafts: int, polls: int) -> None:
    """The engine's idle polls while drafts wait (one of ``drafts`` sent), then one reply."""
    admin = world.admin
    store = open_store(settings.store.url)
    queued: list[str] = []
    engine = Engine(settings, store, queued.append)
    with store.transaction() as session:
        account_id = repo.ensure_account(session, "microsoft", world.address).id
        for n in range(drafts):
            repo.add_contact(session, name=f"Contact {n}", email=f"c{n}@idle.example")

    def sync() -> None:
        engine.sync_account(account_id)

    def commands() -> None:
        while queued:
            engine.execute(queued.pop(0))

    try:
        for _ in range(2):
            sync()
            commands()
        # The user sends the first outreach; the daemon sees it go.
        outreach = next(d for d in world.drafts() if draft_key(d))
        world.send_draft(outreach["id"])
        sync()
        commands()
        waiting = sum(1 for d in world.drafts() if draft_key(d))
        admin.reset_calls()
        for _ in range(polls):
            time.sleep(settings.cadence.poll_interval.total_seconds())
            sync()
            commands()
        mail, calendar, calls = _graph_calls(admin)
        print(
            f"{'engine idle poll':<22} mail {mail / polls:.1f}, calendar {calendar / polls:.1f} "
            f"Graph calls per poll, {waiting} drafts waiting, {polls} polls  goal: 3 and 1"
        )
        print(f"{'':<22} " + ", ".join(f"{k}={v}" for k, v in sorted(calls.items())))
        sent = world.state()["sent"][-1]
        world.deliver(
            "c0@idle.example",
            f"Re: {sent['subject']}",
            "Happy to chat! Send me a few times that work for you.",
            in_reply_to=sent["rfc822MessageId"],
        )
        admin.reset_calls()
        sync()
        mail, calendar, calls = _graph_calls(admin)
        print(
            f"{'engine new reply':<22} mail {mail}, calendar {calendar} Graph calls for the "
            "poll that reads it  goal: one more than idle (its MIME)"
        )
        print(f"{'':<22} " + ", ".join(f"{k}={v}" for k, v in sorted(calls.items())))
        admin.reset_calls()
        started = len(queued)
        commands()
        mail, calendar, calls = _graph_calls(admin)
        print(
            f"{'':<22} then {started} command(s) it started: mail {mail}, calendar {calendar} "
            "(" + ", ".join(f"{k}={v}" for k, v in sorted(calls.items())) + ")"
        )
    finally:
        engine.connectors.close()
        store.close()


def main() -> None:
    """Seed, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=200)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--drafts", type=int, default=4)
    parser.add_argument("--polls", type=int, default=10)
    args = parser.parse_args()
    contacts = [f"contact{i:04d}@contacts.example" for i in range(args.contacts)]

    with tempfile.TemporaryDirectory() as folder:
        tls = throwaway_tls(Path(folder))
        with (
            running_sandbox(ssl_context=tls.context) as sandbox,
            SandboxAdmin(
                sandbox.base_url, verify=ssl.create_default_context(cafile=tls.ca_file)
            ) as admin,
        ):
            # The daemon's own wiring: config, vault, msal cache, connectors.
            settings, _ = sandboxed_config(
                Path(folder) / "daemon",
                sandbox.base_url,
                admin,
                USER,
                provider="microsoft",
                ca_file=tls.ca_file,
            )
            (account,) = settings.accounts
            mail, calendar = open_both(settings, account)
            began = time.perf_counter()
            _seed(admin, contacts, args.messages)
            print(f"seeded {args.messages} messages in {time.perf_counter() - began:.1f}s")
            try:
                linked = _measure(admin, "initial link-up", lambda: mail.link_up(contacts))
                print(f"{'':<22} {len(linked.messages)} messages found")
                for n in range(args.drafts):
                    mail.create_draft(
                        DraftSpec(key=f"k{n}", to=(contacts[n],), subject="Hi", text="Hello")
                    )
                cursor = mail.changes(linked.cursor).cursor
                events = calendar.changes(None).cursor
                idle = _measure(admin, "idle poll, mail", lambda: mail.changes(cursor), "goal: 3")
                _measure(admin, "idle poll, calendar", lambda: calendar.changes(events), "goal: 1")
                admin.deliver(
                    USER, _message(-1, contacts[0], USER, "Re: Coffee 0", datetime.now(UTC))
                )
                reply = _measure(
                    admin, "one new reply", lambda: mail.changes(idle.cursor), "goal: 4"
                )
                print(f"{'':<22} {len(reply.messages)} seen, {args.drafts} drafts waiting")
            finally:
                mail.close()
                calendar.close()
            cadence = {**FAST_CADENCE, "nudge_after": "7d", "poll_interval": "1s"}
            settings, world = sandboxed_config(
                Path(folder) / "engine",
                sandbox.base_url,
                admin,
                "sam@idle.example",
                provider="microsoft",
                ca_file=tls.ca_file,
                cadence={**cadence, "sweep_interval": "2s"},
            )
            _engine(settings, world, args.drafts, args.polls)
            check_nothing_sent(admin)


if __name__ == "__main__":
    main()
