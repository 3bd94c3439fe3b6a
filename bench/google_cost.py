"""API calls the Google connector makes, counted by the sandbox.

Seeds a sandbox mailbox with 1,000 contacts and 20,000 messages (two per
contact, the rest from strangers), then prints the calls for the initial
link-up, for one idle poll (goal: 1) and for one new reply (goal: at most 2),
from the sandbox's ``GET /_admin/calls``. Run: ``.venv/bin/python bench/google_cost.py``.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from connectors.base import MailChanges
from connectors.google import GmailConnector, GoogleApi, OAuthClient
from connectors.sandbox import SandboxAdmin, running_sandbox

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
        admin.deliver_many(USER, raws[i : i + 1000])


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
    print(f"{label:<22} {api:>6} API calls  ({batches} batch requests)  {elapsed:6.2f}s  {goal}")
    print(f"{'':<22} {detail}")


def main() -> None:
    """Seed, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=1000)
    parser.add_argument("--messages", type=int, default=20000)
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
            linked, calls, elapsed = _measure(admin, lambda: gmail.link_up(contacts))
            _report("initial link-up", calls, elapsed, f"{len(linked.messages)} messages found")
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
        violations = admin.violations()
        print(f"send attempts recorded by the sandbox: {len(violations)}")
        if violations:
            raise SystemExit("a send endpoint was hit")


if __name__ == "__main__":
    main()
