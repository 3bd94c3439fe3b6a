"""What every MailConnector must do, played against the sandbox."""

from __future__ import annotations

import base64
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.utils import format_datetime

import pytest

from connectors.base import DRAFT_KEY_HEADER, Draft, DraftSpec, DraftStatus, MailConnector
from connectors.errors import NotFound
from connectors.sandbox.world import World

ALICE = "alice@contacts.example"
BOB = "bob@contacts.example"
CAROL = "carol@strangers.example"


def _reply_spec(key: str, to: str, subject: str, thread_id: str, in_reply_to: str) -> DraftSpec:
    return DraftSpec(
        key=key,
        to=(to,),
        subject=f"Re: {subject}",
        text="Thank you!\nTuesday at 10 works for me.",
        html="<p>Thank you!<br>Tuesday at 10 works for me.</p>",
        thread_id=thread_id,
        in_reply_to=in_reply_to,
        references=(in_reply_to,),
    )


def _raw(entry: dict[str, str]) -> bytes:
    return base64.urlsafe_b64decode(entry["raw"] + "==")


def test_link_up_finds_only_messages_with_known_contacts_oldest_first(
    mail_connector: MailConnector, world: World
) -> None:
    first = world.deliver(ALICE, "Coffee?", "Hi there")
    world.deliver(CAROL, "Newsletter", "Unrelated")
    second = world.deliver(BOB, "Intro", "Hello", cc=[ALICE])

    linked = mail_connector.link_up([ALICE, BOB])

    assert [m.id for m in linked.messages] == [first["id"], second["id"]]
    alice = linked.messages[0]
    assert alice.sender == ALICE
    assert alice.to == (mail_connector.address,)
    assert alice.subject == "Coffee?"
    assert alice.message_id == first["messageId"]
    assert alice.thread_id == first["threadId"]
    assert alice.date is not None and alice.date.tzinfo is not None
    assert alice.sent is False
    # The body is not promised: Gmail's link-up reads headers only.
    assert linked.messages[1].cc == (ALICE,)
    assert linked.resynced is False


def test_an_idle_poll_returns_nothing_and_a_usable_cursor(
    mail_connector: MailConnector, world: World
) -> None:
    world.deliver(ALICE, "Coffee?", "Hi")
    linked = mail_connector.link_up([ALICE])

    idle = mail_connector.changes(linked.cursor)
    again = mail_connector.changes(idle.cursor)

    assert idle.messages == () and again.messages == ()


def test_changes_return_a_reply_once_threaded_with_its_headers(
    mail_connector: MailConnector, world: World
) -> None:
    original = world.deliver(ALICE, "Coffee?", "Hi")
    linked = mail_connector.link_up([ALICE])

    reply = world.deliver(ALICE, "Re: Coffee?", "Yes!", in_reply_to=original["messageId"])
    changed = mail_connector.changes(linked.cursor)
    after = mail_connector.changes(changed.cursor)

    assert [m.id for m in changed.messages] == [reply["id"]]
    got = changed.messages[0]
    assert got.thread_id == original["threadId"]
    assert got.in_reply_to == original["messageId"]
    assert got.references == (original["messageId"],)
    assert after.messages == ()


def test_fetch_returns_the_raw_message(mail_connector: MailConnector, world: World) -> None:
    delivered = world.deliver(ALICE, "Coffee?", "Hi there")

    got = mail_connector.fetch(delivered["id"])

    assert got.id == delivered["id"]
    assert message_from_bytes(got.raw)["Message-ID"] == delivered["messageId"]


def test_fetch_of_an_unknown_message_is_not_found(mail_connector: MailConnector) -> None:
    with pytest.raises(NotFound):
        mail_connector.fetch("0123456789abcdef")


def test_create_draft_writes_a_threaded_reply_carrying_its_key(
    mail_connector: MailConnector, world: World
) -> None:
    original = world.deliver(ALICE, "Coffee?", "Hi")
    spec = _reply_spec("k-reply", ALICE, "Coffee?", original["threadId"], original["messageId"])

    draft = mail_connector.create_draft(spec)

    (stored,) = world.drafts()
    assert stored["id"] == draft.id and stored["threadId"] == original["threadId"]
    mime = message_from_bytes(_raw(stored), policy=policy.default)
    assert mime[DRAFT_KEY_HEADER] == "k-reply"
    assert mime["In-Reply-To"] == original["messageId"]
    assert original["messageId"] in mime["References"]
    assert mime["From"] == mail_connector.address
    assert mime.get_content_type() == "multipart/alternative"
    assert draft.thread_id == original["threadId"] and draft.key == "k-reply"


def test_create_draft_twice_with_one_key_leaves_one_draft(
    mail_connector: MailConnector, world: World
) -> None:
    original = world.deliver(ALICE, "Coffee?", "Hi")
    spec = _reply_spec("k-once", ALICE, "Coffee?", original["threadId"], original["messageId"])

    first = mail_connector.create_draft(spec)
    second = mail_connector.create_draft(spec)

    assert second.id == first.id
    assert len(world.drafts()) == 1


def test_find_draft_by_key_with_and_without_the_thread(
    mail_connector: MailConnector, world: World
) -> None:
    original = world.deliver(ALICE, "Coffee?", "Hi")
    other = world.deliver(BOB, "Intro", "Hello")
    spec = _reply_spec("k-find", ALICE, "Coffee?", original["threadId"], original["messageId"])
    draft = mail_connector.create_draft(spec)

    in_thread = mail_connector.find_draft("k-find", original["threadId"])
    anywhere = mail_connector.find_draft("k-find")
    elsewhere = mail_connector.find_draft("k-find", other["threadId"])
    missing = mail_connector.find_draft("k-absent")

    assert in_thread is not None and in_thread.id == draft.id
    assert in_thread.fingerprint == draft.fingerprint
    assert anywhere is not None and anywhere.id == draft.id
    assert elsewhere is None and missing is None


def test_an_untouched_draft_is_pending(mail_connector: MailConnector, world: World) -> None:
    original = world.deliver(ALICE, "Coffee?", "Hi")
    draft = mail_connector.create_draft(
        _reply_spec("k-p", ALICE, "Coffee?", original["threadId"], original["messageId"])
    )

    assert mail_connector.draft_state(draft).status is DraftStatus.PENDING


def test_a_draft_edited_by_the_user_is_edited(mail_connector: MailConnector, world: World) -> None:
    original = world.deliver(ALICE, "Coffee?", "Hi")
    draft = mail_connector.create_draft(
        _reply_spec("k-e", ALICE, "Coffee?", original["threadId"], original["messageId"])
    )
    (stored,) = world.drafts()
    edited = _raw(stored).replace(b"Tuesday at 10", b"Wednesday at 11")

    world.edit_draft(draft.id, edited)

    assert mail_connector.draft_state(draft).status is DraftStatus.EDITED


def test_a_sent_draft_is_sent_with_the_message_as_sent(
    mail_connector: MailConnector, world: World
) -> None:
    original = world.deliver(ALICE, "Coffee?", "Hi")
    draft = mail_connector.create_draft(
        _reply_spec("k-s", ALICE, "Coffee?", original["threadId"], original["messageId"])
    )

    sent_ids = world.send_draft(draft.id)
    state = mail_connector.draft_state(draft)

    assert state.status is DraftStatus.SENT
    assert state.sent is not None and state.sent.id == sent_ids["id"]
    assert state.sent.sent is True and state.sent.thread_id == original["threadId"]


def test_find_sent_finds_a_sent_draft_by_key_in_its_thread_or_by_recipient(
    mail_connector: MailConnector, world: World
) -> None:
    original = world.deliver(ALICE, "Coffee?", "Hi")
    reply = mail_connector.create_draft(
        _reply_spec("k-fs", ALICE, "Coffee?", original["threadId"], original["messageId"])
    )
    outreach = mail_connector.create_draft(
        DraftSpec(key="k-fs-new", to=(BOB,), subject="Hello", text="A first note")
    )
    assert mail_connector.find_sent("k-fs", original["threadId"]) is None

    sent_reply = world.send_draft(reply.id)
    sent_outreach = world.send_draft(outreach.id)

    in_thread = mail_connector.find_sent("k-fs", original["threadId"])
    by_recipient = mail_connector.find_sent("k-fs-new", None, (BOB,))
    assert in_thread is not None and in_thread.id == sent_reply["id"]
    assert by_recipient is not None and by_recipient.id == sent_outreach["id"]
    assert mail_connector.find_sent("k-other", None, (BOB,)) is None
    assert mail_connector.find_sent("k-fs-new") is None


def test_a_draft_sent_after_an_edit_that_dropped_the_key_is_still_sent(
    mail_connector: MailConnector, world: World
) -> None:
    original = world.deliver(ALICE, "Coffee?", "Hi")
    draft = mail_connector.create_draft(
        _reply_spec("k-s2", ALICE, "Coffee?", original["threadId"], original["messageId"])
    )
    (stored,) = world.drafts()
    mime = message_from_bytes(_raw(stored), policy=policy.default)
    del mime[DRAFT_KEY_HEADER]
    del mime["Message-ID"]
    mime["Message-ID"] = "<rewritten-by-the-mail-client@example.com>"

    sent_ids = world.send_draft(draft.id, mime.as_bytes())
    state = mail_connector.draft_state(draft)

    assert state.status is DraftStatus.SENT
    assert state.sent is not None and state.sent.id == sent_ids["id"]


def test_a_draft_deleted_unsent_is_deleted(mail_connector: MailConnector, world: World) -> None:
    original = world.deliver(ALICE, "Coffee?", "Hi")
    draft = mail_connector.create_draft(
        _reply_spec("k-d", ALICE, "Coffee?", original["threadId"], original["messageId"])
    )

    world.delete_draft(draft.id)

    assert mail_connector.draft_state(draft).status is DraftStatus.DELETED


def test_changes_report_the_users_sent_message_but_never_drafts(
    mail_connector: MailConnector, world: World
) -> None:
    original = world.deliver(ALICE, "Coffee?", "Hi")
    linked = mail_connector.link_up([ALICE])
    draft = mail_connector.create_draft(
        _reply_spec("k-c", ALICE, "Coffee?", original["threadId"], original["messageId"])
    )

    while_drafted = mail_connector.changes(linked.cursor)
    sent_ids = world.send_draft(draft.id)
    after_send = mail_connector.changes(while_drafted.cursor)

    assert while_drafted.messages == ()
    assert [m.id for m in after_send.messages] == [sent_ids["id"]]
    assert after_send.messages[0].sent is True
    assert after_send.messages[0].draft_key == "k-c"


def _as_the_daemon_knows_it(draft: Draft, to: str) -> Draft:
    """The draft as the daemon's store describes it: no Message-ID, its recipient and age."""
    return replace(
        draft,
        message_id=None,
        to=(to,),
        created_at=datetime.now(UTC) - timedelta(seconds=5),
    )


def test_changes_tell_which_drafts_were_sent_deleted_or_edited(
    mail_connector: MailConnector, world: World
) -> None:
    threads = {who: world.deliver(who, "Coffee?", "Hi") for who in (ALICE, BOB, CAROL)}
    linked = mail_connector.link_up([ALICE, BOB, CAROL])
    drafts = {
        who: mail_connector.create_draft(
            _reply_spec(f"k-h-{who}", who, "Coffee?", t["threadId"], t["messageId"])
        )
        for who, t in threads.items()
    }
    drafted = mail_connector.changes(linked.cursor)

    world.send_draft(drafts[ALICE].id)
    world.delete_draft(drafts[BOB].id)
    (carol,) = [d for d in world.drafts() if d["id"] == drafts[CAROL].id]
    world.edit_draft(drafts[CAROL].id, _raw(carol).replace(b"Tuesday", b"Friday"))
    after = mail_connector.changes(drafted.cursor)
    idle = mail_connector.changes(after.cursor)

    assert drafted.drafts_gone == ()
    assert {gone.thread_id for gone in after.drafts_gone} == {
        t["threadId"] for t in threads.values()
    }
    assert idle.drafts_gone == ()


def test_a_draft_sent_from_gmails_composer_is_sent_to_a_caller_knowing_only_its_store(
    mail_connector: MailConnector, world: World
) -> None:
    original = world.deliver(ALICE, "Coffee?", "Hi")
    linked = mail_connector.link_up([ALICE])
    earlier = world.send_draft(
        mail_connector.create_draft(
            _reply_spec("k-earlier", ALICE, "Coffee?", original["threadId"], original["messageId"])
        ).id
    )
    draft = mail_connector.create_draft(
        _reply_spec("k-comp", ALICE, "Coffee?", original["threadId"], original["messageId"])
    )
    known = _as_the_daemon_knows_it(draft, ALICE)
    polled = mail_connector.changes(linked.cursor)

    sent = world.send_draft(draft.id, composer=True, text="Friday at 9 suits me better.")
    changed = mail_connector.changes(polled.cursor)

    (copy,) = [m for m in changed.messages if m.id == sent["id"]]
    assert copy.draft_key is None and copy.sent
    from_the_poll = mail_connector.draft_state(known, changed.messages)
    looked_up = mail_connector.draft_state(known)
    assert from_the_poll.status is DraftStatus.SENT and looked_up.status is DraftStatus.SENT
    assert from_the_poll.sent is not None and from_the_poll.sent.id == sent["id"]
    assert looked_up.sent is not None and looked_up.sent.id == sent["id"] != earlier["id"]


def test_a_deleted_draft_is_not_taken_for_mail_sent_before_it_was_written(
    mail_connector: MailConnector, world: World
) -> None:
    original = world.deliver(ALICE, "Coffee?", "Hi")
    world.send_draft(
        mail_connector.create_draft(
            _reply_spec("k-before", ALICE, "Coffee?", original["threadId"], original["messageId"])
        ).id
    )
    draft = mail_connector.create_draft(
        _reply_spec("k-del", ALICE, "Coffee?", original["threadId"], original["messageId"])
    )
    known = replace(_as_the_daemon_knows_it(draft, ALICE), created_at=draft.created_at)

    world.delete_draft(draft.id)

    assert mail_connector.draft_state(known).status is DraftStatus.DELETED


def test_a_sent_message_is_timed_from_when_the_provider_took_it_in(
    mail_connector: MailConnector, world: World
) -> None:
    original = world.deliver(ALICE, "Coffee?", "Hi")
    linked = mail_connector.link_up([ALICE])
    draft = mail_connector.create_draft(
        _reply_spec("k-old", ALICE, "Coffee?", original["threadId"], original["messageId"])
    )
    written = datetime.now(UTC).replace(microsecond=0) - timedelta(days=7)

    before = datetime.now(UTC)
    world.send_draft(draft.id, date=format_datetime(written))
    (sent,) = mail_connector.changes(linked.cursor).messages

    assert sent.date == written
    assert sent.received_at is not None
    assert before - timedelta(seconds=2) <= sent.received_at <= datetime.now(UTC)
