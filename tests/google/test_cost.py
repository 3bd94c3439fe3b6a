"""Call counts that the design promises (the figures for big mailboxes are in bench/)."""

from __future__ import annotations

from connectors.base import DraftSpec, DraftStatus
from connectors.google import GmailConnector
from connectors.sandbox import SandboxAdmin
from connectors.sandbox.world import World

ALICE = "alice@contacts.example"


def _calls(admin: SandboxAdmin) -> dict[str, int]:
    return {k: v for k, v in admin.calls().items() if k != "oauth.token"}


def test_an_idle_poll_is_one_call_and_a_new_reply_two(
    gmail: GmailConnector, world: World, admin: SandboxAdmin
) -> None:
    original = world.deliver(ALICE, "Coffee?", "Hi")
    linked = gmail.link_up([ALICE, "bob@contacts.example"])

    admin.reset_calls()
    idle = gmail.changes(linked.cursor)
    idle_calls = _calls(admin)

    world.deliver(ALICE, "Re: Coffee?", "Yes", in_reply_to=original["messageId"])
    admin.reset_calls()
    gmail.changes(idle.cursor)
    reply_calls = _calls(admin)

    assert idle_calls == {"gmail.users.history.list": 1}
    assert reply_calls == {"gmail.users.history.list": 1, "gmail.users.messages.get": 1}


def test_link_up_combines_its_searches_in_one_batch(
    gmail: GmailConnector, admin: SandboxAdmin
) -> None:
    contacts = [f"c{i}@contacts.example" for i in range(120)]

    admin.reset_calls()
    gmail.link_up(contacts)

    calls = _calls(admin)
    # 120 addresses, each named for from, to and cc, fit six searches under 1,500 characters.
    assert calls["gmail.users.messages.list"] == 6
    assert calls["batch"] == 1


def test_a_draft_sent_with_its_key_is_settled_by_the_poll_alone(
    gmail: GmailConnector, world: World, admin: SandboxAdmin
) -> None:
    original = world.deliver(ALICE, "Coffee?", "Hi")
    linked = gmail.link_up([ALICE])
    draft = gmail.create_draft(
        DraftSpec(
            key="k-cost",
            to=(ALICE,),
            subject="Re: Coffee?",
            text="Tuesday works.",
            thread_id=original["threadId"],
            in_reply_to=original["messageId"],
        )
    )
    world.send_draft(draft.id)

    admin.reset_calls()
    changes = gmail.changes(linked.cursor)
    state = gmail.draft_state(draft, changes.messages)

    assert state.status is DraftStatus.SENT
    assert _calls(admin) == {"gmail.users.history.list": 1, "gmail.users.messages.get": 1}
