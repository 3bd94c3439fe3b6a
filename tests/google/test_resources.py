"""Google client objects: services shared by every account and thread, connections per thread."""

from __future__ import annotations

import threading

from connectors.google import GoogleApi
from connectors.google.client import connection
from tests.google.conftest import Account


def test_every_account_and_thread_uses_one_resource_per_endpoint(account: Account) -> None:
    first, second = account.api(), account.api()
    try:
        theirs: list[object] = []
        thread = threading.Thread(
            target=lambda: theirs.append(first.resource("gmail", "users", "messages"))
        )
        thread.start()
        thread.join()

        assert second.resource("gmail", "users", "messages") is theirs[0]
        assert first.resource("calendar", "events") is second.resource("calendar", "events")
        other = GoogleApi(account.address, account.client, "t", api_base="http://127.0.0.1:9")
        assert other.resource("gmail", "users", "messages") is not theirs[0]
    finally:
        first.close()


def test_each_thread_has_its_own_connections_shared_by_its_accounts() -> None:
    theirs: list[object] = []
    thread = threading.Thread(target=lambda: theirs.append(connection()))
    thread.start()
    thread.join()

    assert connection() is connection()
    assert theirs[0] is not connection()
