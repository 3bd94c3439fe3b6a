"""lock_contact: two workers never advance one contact at once."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from connectors.errors import NotFound
from daemon.store.db import Store, open_store
from daemon.store.models import Contact
from daemon.store.repo import add_contact, lock_contact


@pytest.fixture
def contact_id(store: Store) -> int:
    with store.transaction() as session:
        return add_contact(session, name="Ann Lee", email="ann@example.org").contact.id


def test_second_locker_waits_and_then_sees_the_first_ones_change(
    store: Store, contact_id: int
) -> None:
    first_holds = threading.Event()
    second_got: list[str | None] = []

    def second_worker() -> None:
        first_holds.wait(10)
        with store.transaction() as session:
            second_got.append(lock_contact(session, contact_id).role)

    # Given a worker holding the lock on the contact
    thread = threading.Thread(target=second_worker)
    thread.start()
    with store.transaction() as session:
        contact = lock_contact(session, contact_id)
        first_holds.set()
        # When a second worker asks for the same contact meanwhile
        thread.join(timeout=1.0)
        # Then it is still waiting
        assert thread.is_alive()
        assert second_got == []
        contact.role = "engineer"
    # And once the first commits, it proceeds with the committed row
    thread.join(timeout=20)
    assert not thread.is_alive()
    assert second_got == ["engineer"]


def test_locking_reloads_a_stale_copy(store: Store, contact_id: int) -> None:
    with store.transaction() as session:
        stale = session.get(Contact, contact_id)
        assert stale is not None
    with store.transaction() as session:
        fresh = session.get(Contact, contact_id)
        assert fresh is not None
        fresh.role = "engineer"
    with store.transaction() as session:
        session.add(stale)
        assert lock_contact(session, contact_id).role == "engineer"


def test_locking_a_missing_contact_is_not_found(store: Store) -> None:
    with store.transaction() as session, pytest.raises(NotFound, match="no contact #999"):
        lock_contact(session, 999)


def test_on_sqlite_locking_in_a_read_transaction_is_refused(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'c.db'}")
    try:
        with (
            store.transaction(readonly=True) as session,
            pytest.raises(RuntimeError, match="needs a write transaction"),
        ):
            lock_contact(session, 1)
    finally:
        store.close()
