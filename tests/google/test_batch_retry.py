"""A batch's failed parts are sent again, alone; the parts that went through are kept.

Gmail runs a batch's parts at once and answers 429 to those past the user's
concurrent calls (the sandbox's ``concurrency`` control plays it); the
sandbox's call counts show how many parts were sent, and in how many batches.
The waits between tries are recorded, not slept (``Account.pauses``).
"""

from __future__ import annotations

import pytest
from googleapiclient.http import HttpRequest

from connectors.base import MessageRef
from connectors.errors import Transient
from connectors.google import GmailConnector, GoogleApi
from connectors.google.client import PART_ATTEMPTS, PART_WAIT_CAP
from connectors.google.cursor import LinkUpCursor
from connectors.google.gmail import _before, _Record
from connectors.google.quota import units
from connectors.sandbox import SandboxAdmin
from connectors.sandbox.world import World
from tests.google.conftest import Account

ALICE = "alice@contacts.example"
#: Messages in one poll, and the user's concurrent calls Gmail allows.
MESSAGES = 12
LIMIT = 4


def _delivered(world: World, count: int) -> list[str]:
    return [world.deliver(ALICE, f"Note {n}", "Hi")["id"] for n in range(count)]


def _gets(api: GoogleApi, ids: list[str]) -> dict[str, HttpRequest]:
    # The token is fetched before the batch: googleapiclient refreshes a
    # batch's token over a connection it never closes.
    api.execute(api.resource("gmail", "users").getProfile(userId="me"), "getProfile")
    messages = api.resource("gmail", "users", "messages")
    return {mid: messages.get(userId="me", id=mid, format="minimal") for mid in ids}


def test_a_throttled_batch_ends_with_every_part_and_sends_again_only_the_throttled(
    gmail: GmailConnector, world: World, admin: SandboxAdmin, api: GoogleApi, account: Account
) -> None:
    # Given a linked mailbox, a dozen messages since, and Gmail allowing 4 concurrent calls
    cursor = gmail.link_up([ALICE]).cursor
    delivered = _delivered(world, MESSAGES)
    admin.fault(concurrency=LIMIT, address=account.address)
    admin.reset_calls()
    spent = api.budget.spent

    # When the daemon polls
    changes = gmail.changes(cursor)

    # Then every message comes in that one call, in order
    assert [m.id for m in changes.messages] == delivered
    assert not changes.more
    # and only the 8 throttled parts were sent again, once each, in batches of
    # 4 (what went through at once), after one wait
    calls = admin.calls()
    assert calls["gmail.users.messages.get"] == MESSAGES + (MESSAGES - LIMIT)
    assert calls["batch"] == 1 + (MESSAGES - LIMIT) // LIMIT
    assert len(account.pauses) == 1
    assert 0 <= account.pauses[0] <= PART_WAIT_CAP.total_seconds()
    # and every part sent was charged to the quota budget, the ones sent again too
    assert api.budget.spent - spent == units("history.list") + units(
        "messages.get", MESSAGES + (MESSAGES - LIMIT)
    )


def test_parts_sent_again_wait_at_least_what_retry_after_asks(
    api: GoogleApi, world: World, admin: SandboxAdmin, account: Account
) -> None:
    ids = _delivered(world, 3)
    admin.fault(method="gmail.users.messages.get", status=429, retry_after=3, times=1)

    answers = api.execute_many(_gets(api, ids), "messages.get")

    assert set(answers.complete()) == set(ids)
    assert len(account.pauses) == 1
    assert account.pauses[0] >= 3


def test_a_part_that_keeps_failing_surfaces_its_own_error_and_keeps_the_others(
    api: GoogleApi, world: World, admin: SandboxAdmin, account: Account
) -> None:
    # Given two messages to read, and a thread read in the same batch that Gmail
    # fails every time (faults name a method: the part that fails is a thread's)
    first, second = _delivered(world, 2)
    requests = _gets(api, [first, second])
    threads = api.resource("gmail", "users", "threads")
    requests["thread"] = threads.get(userId="me", id=second, format="minimal")
    admin.fault(method="gmail.users.threads.get", status=503, times=None)
    admin.reset_calls()

    # When they are read in one batch
    answers = api.execute_many(requests, "messages.get")

    # Then the messages are kept, each read once
    assert {mid: (a or {}).get("id") for mid, a in answers.results.items()} == {
        first: first,
        second: second,
    }
    calls = admin.calls()
    assert calls["gmail.users.messages.get"] == 2
    # and the failing part alone was sent again, up to its attempts, after growing waits
    assert calls["gmail.users.threads.get"] == PART_ATTEMPTS
    assert len(account.pauses) == PART_ATTEMPTS - 1
    # and it surfaces as one error, its own, that the daemon retries
    assert list(answers.failed) == ["thread"]
    with pytest.raises(Transient, match="503") as raised:
        answers.complete()
    assert raised.value is answers.failed["thread"]


def test_retry_after_longer_than_the_cap_fails_the_part_without_waiting(
    api: GoogleApi, world: World, admin: SandboxAdmin, account: Account
) -> None:
    first, *others = _delivered(world, 3)
    wait = PART_WAIT_CAP.total_seconds() * 4
    admin.fault(method="gmail.users.messages.get", status=429, retry_after=wait, times=1)

    answers = api.execute_many(_gets(api, [first, *others]), "messages.get")

    assert account.pauses == []
    assert set(answers.results) == set(others)
    error = answers.failed[first]
    assert isinstance(error, Transient) and error.retry_after == pytest.approx(wait)


def test_a_link_up_page_moves_on_with_the_searches_that_went_through(
    gmail: GmailConnector, world: World, admin: SandboxAdmin
) -> None:
    # Given mail from Alice, and more contacts than her search covers, with none
    alice = world.deliver(ALICE, "Coffee?", "Hi")
    contacts = [ALICE] + [f"c{i:04d}@contacts.example" for i in range(40)]
    # When her message's headers cannot be read, past their retries
    admin.fault(method="gmail.users.messages.get", status=503, times=None)
    page = gmail.link_up(contacts)
    admin.clear_faults()

    # Then the page ends with only the search that found it still pending
    assert page.messages == ()
    left = LinkUpCursor.load(page.cursor)
    assert page.more and left is not None
    (search,) = left.pending
    assert ALICE in search.query and search.page is None
    # and the next call runs that search alone and brings her message
    admin.reset_calls()
    rest = gmail.changes(page.cursor)
    assert [m.id for m in rest.messages] == [alice["id"]]
    assert admin.calls()["gmail.users.messages.list"] == 1
    assert not rest.more


def _record(rid: str, *added: str) -> _Record:
    return _Record(rid, added, (MessageRef(f"d{rid}", "t"),))


@pytest.mark.parametrize(
    ("failed", "kept"),
    [
        ({"m2"}, ["1"]),  # the page ends before the record that added it
        ({"m1", "m3"}, []),  # nothing before the first: the call fails
        ({"m4"}, ["1", "2"]),  # one failed message of several ends the page too
        (set(), ["1", "2", "3"]),
    ],
)
def test_a_history_page_ends_before_the_first_record_with_a_failed_message(
    failed: set[str], kept: list[str]
) -> None:
    records = [_record("1", "m1"), _record("2", "m2"), _record("3", "m3", "m4", "m2")]

    assert [r.id for r in _before(records, failed)] == kept
