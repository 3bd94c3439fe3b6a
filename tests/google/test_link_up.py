"""Link-up: a few combined searches, headers only, in pages that resume after a 429."""

from __future__ import annotations

import pytest

from connectors.base import MailChanges
from connectors.errors import Transient
from connectors.google import GmailConnector
from connectors.google.cursor import LinkUpCursor, Search
from connectors.google.gmail import LINK_SEARCHES_PER_PAGE, PAGE_SIZE
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


def test_a_thread_is_read_once_by_its_newest_message(
    gmail: GmailConnector, world: World, admin: SandboxAdmin
) -> None:
    # Given a conversation of three messages with Alice, in one thread
    first = world.deliver(ALICE, "Coffee?", "Hi")
    second = world.deliver(ALICE, "Re: Coffee?", "Still keen", in_reply_to=first["messageId"])
    third = world.deliver(
        ALICE,
        "Re: Coffee?",
        "Any news?",
        in_reply_to=second["messageId"],
        references=[first["messageId"]],
    )
    assert first["threadId"] == second["threadId"] == third["threadId"]

    admin.reset_calls()
    linked = gmail.link_up([ALICE])

    # Then only the newest is read, and its References name the older two
    (message,) = linked.messages
    assert message.id == third["id"]
    assert message.references == (first["messageId"], second["messageId"])
    assert _calls(admin)["gmail.users.messages.get"] == 1


def test_one_search_finds_a_contact_in_any_of_from_to_and_cc(
    gmail: GmailConnector, world: World, admin: SandboxAdmin
) -> None:
    sent = world.deliver(ALICE, "Coffee?", "Hi")
    copied = world.deliver(STRANGER, "Intro", "Meet Alice", cc=[ALICE])
    world.deliver(STRANGER, "News", "Not a contact's")

    admin.reset_calls()
    linked = gmail.link_up([ALICE])

    assert [m.id for m in linked.messages] == [sent["id"], copied["id"]]
    assert _calls(admin)["gmail.users.messages.list"] == 1


def test_a_thread_longer_than_a_page_of_its_search_is_read_once(
    gmail: GmailConnector, world: World, admin: SandboxAdmin
) -> None:
    # Given a thread with Alice of more messages than Gmail lists in a page
    first = world.deliver(ALICE, "Coffee?", "Hi")
    replies = [
        (
            f"From: {ALICE}\r\nTo: {world.address}\r\nSubject: Re: Coffee?\r\n"
            f"Message-ID: <r{n}@contacts.example>\r\nIn-Reply-To: {first['messageId']}\r\n"
            f"References: {first['messageId']}\r\n\r\nAgain.\r\n"
        ).encode()
        for n in range(PAGE_SIZE)
    ]
    admin.deliver_many(world.address, replies)

    # When the link-up pages through its search, saving the cursor after each page
    admin.reset_calls()
    page = gmail.link_up([ALICE])
    pages = [page]
    while pages[-1].more:
        pages.append(gmail.changes(pages[-1].cursor))

    # Then the second page lists only that thread again and reads nothing
    assert _calls(admin)["gmail.users.messages.list"] == 2
    assert _calls(admin)["gmail.users.messages.get"] == 1
    assert [len(p.messages) for p in pages] == [1, 0]


def test_a_link_up_cursor_saved_before_threads_were_counted_still_resumes() -> None:
    saved = '{"token": "41", "taken_at": 1.0, "linkup": [["from:(a@x.example)", "p2"]]}'

    loaded = LinkUpCursor.load(saved)

    assert loaded is not None
    assert loaded.pending == (Search("from:(a@x.example)", "p2"),)
