"""Provider faults end with every change seen exactly once (Given/When/Then)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest

from connectors.base import DraftSpec, MailChanges
from connectors.errors import ConnectorError, ReauthRequired, Transient
from connectors.google import GmailConnector, GoogleCalendarConnector
from connectors.google.client import PART_ATTEMPTS, connection
from connectors.sandbox import SandboxAdmin
from connectors.sandbox.world import World
from tests.google.conftest import Account, Daemon

ALICE = "alice@contacts.example"


def _seen_ids(results: list[MailChanges]) -> list[str]:
    """Ids as the daemon records them: a resynced batch may repeat, so it de-duplicates."""
    seen: list[str] = []
    for result in results:
        seen.extend(m.id for m in result.messages if not (result.resynced and m.id in seen))
    return seen


def _three_replies(gmail: GmailConnector, world: World) -> tuple[str, list[str]]:
    """A linked mailbox's cursor, and the ids of three replies that came after it."""
    original = world.deliver(ALICE, "Coffee?", "Hi")
    cursor = gmail.link_up([ALICE]).cursor
    replies = [
        world.deliver(ALICE, f"Re: Coffee? {n}", "Yes", in_reply_to=original["messageId"])["id"]
        for n in range(3)
    ]
    return cursor, replies


def _poll(gmail: GmailConnector, daemon: Daemon, cursor: str, times: int) -> list[MailChanges]:
    results = []
    for _ in range(times):
        result = daemon.run(lambda c=cursor: gmail.changes(c))
        results.append(result)
        cursor = result.cursor
    return results


def test_429_with_retry_after_surfaces_the_delay_and_loses_nothing(
    gmail: GmailConnector, world: World, admin: SandboxAdmin, daemon: Daemon
) -> None:
    # Given a linked mailbox and a reply waiting
    original = world.deliver(ALICE, "Coffee?", "Hi")
    cursor = gmail.link_up([ALICE]).cursor
    reply = world.deliver(ALICE, "Re: Coffee?", "Yes", in_reply_to=original["messageId"])
    # When Gmail throttles the next two history calls
    admin.fault(method="gmail.users.history.list", status=429, times=2, retry_after=1.0)
    results = _poll(gmail, daemon, cursor, times=2)
    # Then the daemon waited as told and saw the reply exactly once
    assert daemon.waits == [1.0, 1.0]
    assert _seen_ids(results) == [reply["id"]]


def test_rate_limit_403_is_transient(
    gmail: GmailConnector, world: World, admin: SandboxAdmin
) -> None:
    cursor = gmail.link_up([ALICE]).cursor
    admin.fault(method="gmail.users.history.list", status=403, reason="rateLimitExceeded")

    with pytest.raises(Transient):
        gmail.changes(cursor)


def test_500s_while_fetching_a_batch_lose_nothing(
    gmail: GmailConnector, world: World, admin: SandboxAdmin, daemon: Daemon, account: Account
) -> None:
    cursor, replies = _three_replies(gmail, world)

    admin.fault(method="gmail.users.messages.get", status=500, times=2)
    results = _poll(gmail, daemon, cursor, times=2)

    # The failed parts were sent again within the call: the daemon never waited
    assert daemon.waits == []
    assert len(account.pauses) == 1
    assert _seen_ids(results) == replies


def test_messages_failing_past_their_retries_fail_the_poll_and_are_read_on_the_next(
    gmail: GmailConnector, world: World, admin: SandboxAdmin, account: Account
) -> None:
    # Given three replies since the last poll
    cursor, replies = _three_replies(gmail, world)
    # When Gmail fails every read of them, past their retries
    admin.fault(method="gmail.users.messages.get", status=503, times=None)
    # Then the poll fails with their error, after the parts' own retries
    with pytest.raises(Transient, match="503"):
        gmail.changes(cursor)
    assert len(account.pauses) == PART_ATTEMPTS - 1
    # and once Gmail recovers, the same cursor brings each reply once, in order
    admin.clear_faults()
    assert [m.id for m in gmail.changes(cursor).messages] == replies


def test_an_expired_access_token_is_refreshed_without_a_word(
    gmail: GmailConnector, world: World, admin: SandboxAdmin, daemon: Daemon
) -> None:
    cursor = gmail.link_up([ALICE]).cursor
    reply = world.deliver(ALICE, "Coffee?", "Hi")
    tokens_before = admin.calls().get("oauth.token", 0)

    admin.fault(expire_token=True)
    results = _poll(gmail, daemon, cursor, times=2)

    assert daemon.waits == []
    assert admin.calls()["oauth.token"] == tokens_before + 1
    assert _seen_ids(results) == [reply["id"]]


def test_a_revoked_refresh_token_asks_for_reauthorisation(
    gmail: GmailConnector, admin: SandboxAdmin, account: Account
) -> None:
    cursor = gmail.link_up([ALICE]).cursor

    admin.fault(revoke_refresh_token=True, address=account.address)
    admin.fault(expire_token=True)

    with pytest.raises(ReauthRequired) as caught:
        gmail.changes(cursor)
    assert str(caught.value) == (
        f"google account {account.address}: re-authorisation needed; "
        f"run: coffeechat auth google --account {account.address}"
    )


def test_a_stale_history_id_falls_back_to_a_rescan_that_loses_nothing(
    gmail: GmailConnector, world: World, admin: SandboxAdmin, daemon: Daemon, account: Account
) -> None:
    # Given a linked mailbox, one reply seen, another arriving after history is reset
    original = world.deliver(ALICE, "Coffee?", "Hi")
    linked = gmail.link_up([ALICE])
    first = world.deliver(ALICE, "Re: Coffee?", "One", in_reply_to=original["messageId"])
    seen_first = daemon.run(lambda: gmail.changes(linked.cursor))
    admin.fault(history_reset=True, address=account.address)
    second = world.deliver(ALICE, "Re: Coffee?", "Two", in_reply_to=original["messageId"])
    # When the daemon polls on
    results = [linked, seen_first, *_poll(gmail, daemon, seen_first.cursor, times=2)]
    # Then the re-scan is flagged, and after de-duplication each message counts once
    assert results[2].resynced is True
    assert _seen_ids(results) == [original["id"], first["id"], second["id"]]
    assert results[3].messages == ()


def test_a_stale_sync_token_falls_back_to_a_full_listing(
    calendar: GoogleCalendarConnector, world: World, admin: SandboxAdmin, account: Account
) -> None:
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    uid = world.invite(ALICE, "Coffee chat", start, start + timedelta(minutes=30))
    first = calendar.changes(None)
    (event,) = [e for e in first.events if e.ical_uid == uid]

    admin.fault(stale_sync_token=True, address=account.address)
    world.move_event(event.id, start + timedelta(hours=1), start + timedelta(hours=2))
    resynced = calendar.changes(first.cursor)
    after = calendar.changes(resynced.cursor)

    assert resynced.resynced is True
    assert [(e.id, e.start) for e in resynced.events] == [(event.id, start + timedelta(hours=1))]
    assert after.events == ()


def test_a_failed_draft_create_retried_leaves_one_draft(
    gmail: GmailConnector, world: World, admin: SandboxAdmin, daemon: Daemon
) -> None:
    original = world.deliver(ALICE, "Coffee?", "Hi")
    spec = DraftSpec(
        key="k-retry",
        to=(ALICE,),
        subject="Re: Coffee?",
        text="Thanks",
        thread_id=original["threadId"],
        in_reply_to=original["messageId"],
    )

    admin.fault(method="gmail.users.drafts.create", status=503, times=1)
    draft = daemon.run(lambda: gmail.create_draft(spec))
    again = daemon.run(lambda: gmail.create_draft(spec))

    assert len(daemon.waits) == 1
    assert again.id == draft.id and len(world.drafts()) == 1


def test_a_slow_answer_is_a_timeout_and_transient(
    account: Account, world: World, admin: SandboxAdmin
) -> None:
    api = account.api(timeout=0.5)
    gmail = GmailConnector(api)
    try:
        cursor = gmail.link_up([ALICE]).cursor
        admin.fault(method="gmail.users.history.list", latency_ms=1500, times=1)
        with pytest.raises(Transient):
            gmail.changes(cursor)
        assert gmail.changes(cursor).messages == ()
    finally:
        api.close()


def test_a_bad_request_is_a_plain_connector_error(
    gmail: GmailConnector, admin: SandboxAdmin
) -> None:
    cursor = gmail.link_up([ALICE]).cursor
    admin.fault(method="gmail.users.history.list", status=400, times=1)

    with pytest.raises(ConnectorError) as caught:
        gmail.changes(cursor)
    assert not isinstance(caught.value, Transient | ReauthRequired)


def test_worker_threads_call_at_once_each_on_its_own_connections(
    gmail: GmailConnector, world: World
) -> None:
    original = world.deliver(ALICE, "Coffee?", "Hi")
    cursor = gmail.link_up([ALICE]).cursor
    start = threading.Barrier(4)

    def work() -> object:
        start.wait()
        for _ in range(5):
            assert gmail.changes(cursor).messages == ()
            assert gmail.fetch(original["id"]).id == original["id"]
        return connection()

    with ThreadPoolExecutor(max_workers=4) as pool:
        connections = [f.result() for f in [pool.submit(work) for _ in range(4)]]

    assert len({id(c) for c in connections}) == 4


@pytest.mark.parametrize(("status", "uncertain"), [(429, False), (500, True), (503, True)], ids=str)
def test_a_failed_create_says_whether_it_may_have_landed(
    gmail: GmailConnector, admin: SandboxAdmin, status: int, uncertain: bool
) -> None:
    # Throttling refuses the request; a 5xx may come after Google carried it out.
    admin.fault(method="gmail.users.drafts.create", status=status)
    spec = DraftSpec(key="c1/k/write_draft:outreach", to=(ALICE,), subject="Hi", text="Hello")

    with pytest.raises(Transient) as caught:
        gmail.create_draft(spec)

    assert caught.value.uncertain is uncertain
