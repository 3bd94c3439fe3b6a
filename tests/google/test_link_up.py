"""Link-up: a few combined searches, headers only, in pages that resume after a 429."""

from __future__ import annotations

import pytest

from connectors.base import MailChanges
from connectors.errors import Transient
from connectors.google import GmailConnector
from connectors.google.cursor import LinkUpCursor
from connectors.google.gmail import LINK_SEARCHES_PER_PAGE
from connectors.sandbox import SandboxAdmin
from connectors.sandbox.world import World

ALICE = "alice@contacts.example"
STRANGER = "news@strangers.example"
#: Enough addresses for more searches than one page holds.
CONTACTS = [ALICE] + [f"contact{i:04d}@contacts.example" for i in range(400)]


def _calls(admin: SandboxAdmin) -> dict[str, int]:
    return {k: v for k, v in admin.calls().items() if k != "oauth.token"}


def test_linked_messages_come_with_their_headers_and_no_body(
    gmail: GmailConnector, world: World
) -> None:
    sent = world.deliver(ALICE, "Coffee?", "A body the link-up never reads")
    world.deliver(STRANGER, "News", "Not a contact's")

    linked = gmail.link_up([ALICE])

    (message,) = linked.messages
    assert (message.id, message.thread_id) == (sent["id"], sent["threadId"])
    assert (message.sender, message.subject, message.message_id) == (
        ALICE,
        "Coffee?",
        sent["messageId"],
    )
    assert b"never reads" not in message.raw
    assert not linked.more


def test_a_link_up_cut_short_by_a_429_resumes_at_the_page_that_failed(
    gmail: GmailConnector, world: World, admin: SandboxAdmin
) -> None:
    # Given mail from the first contact and a stranger's mail copied to the last
    first = world.deliver(ALICE, "Coffee?", "Hi")
    last = world.deliver(STRANGER, "Intro", "Meet", cc=[CONTACTS[-1]])
    # When the link-up's first page is read, then Gmail throttles the next
    page = gmail.link_up(CONTACTS)
    remaining = LinkUpCursor.load(page.cursor)
    assert page.more and remaining is not None
    # (every search of the page, past the retries of its parts)
    admin.fault(method="gmail.users.messages.list", status=429, times=None)
    with pytest.raises(Transient):
        gmail.changes(page.cursor)
    admin.clear_faults()
    # Then calling again with the saved cursor runs only the searches left
    admin.reset_calls()
    pages: list[MailChanges] = [gmail.changes(page.cursor)]
    while pages[-1].more:
        pages.append(gmail.changes(pages[-1].cursor))
    assert _calls(admin)["gmail.users.messages.list"] == len(remaining.pending)
    assert [m.id for m in page.messages] == [first["id"]]
    assert [m.id for p in pages for m in p.messages] == [last["id"]]
    # And the link-up ends in a plain cursor: the next poll is one history call
    admin.reset_calls()
    gmail.changes(pages[-1].cursor)
    assert _calls(admin) == {"gmail.users.history.list": 1}


def test_a_page_holds_at_most_one_batch_of_searches(
    gmail: GmailConnector, admin: SandboxAdmin
) -> None:
    admin.reset_calls()
    page = gmail.link_up(CONTACTS)

    assert _calls(admin)["gmail.users.messages.list"] == LINK_SEARCHES_PER_PAGE
    assert page.more
