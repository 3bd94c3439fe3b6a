"""The sync saves its mail cursor after each page of history.

Before, it was saved only at the end of a whole sync: a daemon killed (or
failing) before the last page read everything again from the old cursor on
every restart, and one restarting faster than a sync never advanced.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from connectors.errors import Transient
from connectors.google.gmail import PAGE_SIZE
from connectors.sandbox import SandboxAdmin
from daemon.engine.core import Engine
from daemon.settings import Settings
from daemon.store import repo
from daemon.store.db import Store
from daemon.store.models import Account, Message
from workflows.stages import Stage

DECLINE = "Thanks for reaching out, but I'm afraid I don't have time for this right now."


def _message(n: int, sender: str, to: str, text: str) -> bytes:
    return (
        f"From: {sender}\r\nTo: {to}\r\nSubject: Re: coffee {n}\r\n"
        f"Date: Mon, 02 Nov 2026 10:00:00 +0000\r\nMessage-ID: <m{n}@example.org>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
    ).encode()


def _cursor(store: Store, account_id: int) -> str | None:
    with store.transaction(readonly=True) as session:
        account = session.get(Account, account_id)
        assert account is not None
        return account.mail_cursor


def test_a_sync_that_dies_after_its_first_page_keeps_that_page(
    daemon_parts: tuple[Settings, Store, Engine], admin: SandboxAdmin
) -> None:
    settings, store, _ = daemon_parts
    address = settings.accounts[0].address
    died: list[str] = []

    def enqueue(key: str) -> None:
        # The first page made work: from now on Google fails, as a kill would stop the sync.
        if not died:
            died.append(key)
            admin.fault(method="gmail.users.history.list", status=500, times=None)

    engine = Engine(settings, store, enqueue=enqueue)
    try:
        with store.transaction() as session:
            account_id = repo.ensure_account(session, "google", address).id
            dana = repo.add_contact(session, name="Dana Whitfield", email="dana@acme.example")
            dana.contact.stage, dana.contact.account_id = Stage.AWAITING_REPLY, account_id
        engine.sync_account(account_id)
        linked = _cursor(store, account_id)

        # Given more than a page of new mail, Dana's decline first
        raws = [_message(0, "dana@acme.example", address, DECLINE)]
        raws += [
            _message(n, f"list{n}@news.example", address, "News.") for n in range(1, PAGE_SIZE + 5)
        ]
        admin.deliver_many(address, raws)

        # When the sync fails after its first page
        with pytest.raises(Transient):
            engine.sync_account(account_id)

        # Then the first page is kept: Dana's reply was read and the cursor moved past it
        assert died
        assert _cursor(store, account_id) != linked
        with store.transaction(readonly=True) as session:
            assert repo.find_contact(session, "dana@acme.example").stage is Stage.CLOSED
        # and once Google answers, the next sync reads only the rest
        admin.clear_faults()
        before = admin.calls().get("gmail.users.messages.get", 0)
        engine.sync_account(account_id)
        assert admin.calls().get("gmail.users.messages.get", 0) - before < PAGE_SIZE
    finally:
        admin.clear_faults()
        engine.connectors.close()


def test_a_link_up_throttled_mid_way_resumes_at_the_page_that_failed(
    daemon_parts: tuple[Settings, Store, Engine], admin: SandboxAdmin
) -> None:
    settings, store, engine = daemon_parts
    address = settings.accounts[0].address
    # Given more contacts than one page of link-up searches covers, and one
    # old message that only a search on the second page finds (the last
    # contact's)
    people = [f"person{n:04d}@contacts.example" for n in range(400)]
    with store.transaction() as session:
        account_id = repo.ensure_account(session, "google", address).id
        for n, email in enumerate(people):
            repo.add_contact(session, name=f"Person {n}", email=email)
    admin.deliver(
        address,
        (
            f"From: {people[-1]}\r\nTo: {address}\r\n"
            "Subject: Coffee\r\nDate: Mon, 02 Nov 2026 10:00:00 +0000\r\n"
            "Message-ID: <old@contacts.example>\r\n\r\nHello.\r\n"
        ).encode(),
    )
    # When Gmail throttles every headers read, which only the second page makes,
    # asking for a longer wait than a batch part's retry takes
    admin.fault(method="gmail.users.messages.get", status=429, retry_after=30, times=None)
    with pytest.raises(Transient):
        engine.sync_account(account_id)
    admin.clear_faults()
    admin.reset_calls()
    engine.sync_account(account_id)

    # Then the second sync ran only the search whose message was not read, took
    # no new starting point, and recorded the message for the last contact
    calls = admin.calls()
    assert calls.get("gmail.users.getProfile", 0) == 0
    assert calls["gmail.users.messages.list"] == 1
    with store.transaction(readonly=True) as session:
        contact_id = repo.find_contact(session, people[-1]).id
        recorded = session.scalars(select(Message).where(Message.contact_id == contact_id))
        assert [m.rfc_message_id for m in recorded] == ["<old@contacts.example>"]
