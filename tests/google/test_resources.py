"""Google resource objects: built once per thread, never shared between threads (httplib2)."""

from __future__ import annotations

import threading
from typing import Any

from tests.google.conftest import Account


def test_a_thread_reuses_its_resources_and_another_thread_gets_its_own(account: Account) -> None:
    api = account.api()
    try:
        mine = api.resource("gmail", "users", "messages")
        theirs: list[Any] = []
        thread = threading.Thread(
            target=lambda: theirs.append(api.resource("gmail", "users", "messages"))
        )
        thread.start()
        thread.join()

        assert api.resource("gmail", "users", "messages") is mine
        assert theirs[0] is not mine
        assert api.resource("calendar", "events") is api.resource("calendar", "events")
    finally:
        api.close()


def test_closing_builds_them_again(account: Account) -> None:
    api = account.api()
    before = api.resource("gmail", "users", "drafts")
    api.close()

    assert api.resource("gmail", "users", "drafts") is not before
    api.close()
