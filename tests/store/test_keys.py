"""Insert-if-absent by idempotency key (outbox, timers, drafts) and the due-work queries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from daemon.store.db import Store
from daemon.store.models import (
    Account,
    Draft,
    DraftStatus,
    Outbox,
    OutboxStatus,
    Timer,
    TimerStatus,
)
from daemon.store.repo import (
    add_contact,
    due_timers,
    ensure_account,
    get_by_key,
    insert_if_absent,
    runnable_outbox,
)

NOW = datetime(2024, 6, 3, 9, 0, tzinfo=UTC)


@pytest.fixture
def contact_id(store: Store) -> int:
    with store.transaction() as session:
        return add_contact(session, name="Ann Lee", email="ann@example.org").contact.id


@pytest.mark.parametrize(
    ("model", "values"),
    [
        (Outbox, {"kind": "create_draft", "payload": {"draft": "outreach"}}),
        (Timer, {"kind": "nudge", "due_at": NOW}),
        (Draft, {"kind": "outreach", "thread_id": "t1"}),
    ],
    ids=["outbox", "timer", "draft"],
)
def test_second_insert_with_the_same_key_is_a_no_op(
    store: Store, contact_id: int, model: type[Outbox | Timer | Draft], values: dict[str, object]
) -> None:
    key = f"{contact_id}:outreach:1"
    with store.transaction() as session:
        assert insert_if_absent(session, model, key=key, contact_id=contact_id, **values)
    with store.transaction() as session:
        assert not insert_if_absent(session, model, key=key, contact_id=contact_id, **values)
        assert session.scalar(select(func.count()).select_from(model)) == 1
        row = get_by_key(session, model, key)
        assert row is not None
        assert row.contact_id == contact_id
        assert get_by_key(session, model, "other") is None


def test_inserted_rows_get_their_defaults(store: Store, contact_id: int) -> None:
    with store.transaction() as session:
        insert_if_absent(session, Outbox, key="k", kind="create_draft", payload={"a": [1, 2]})
        insert_if_absent(session, Timer, key="t", kind="nudge", contact_id=contact_id, due_at=NOW)
        insert_if_absent(session, Draft, key="d", kind="outreach", contact_id=contact_id)
    with store.transaction() as session:
        outbox = get_by_key(session, Outbox, "k")
        timer = get_by_key(session, Timer, "t")
        draft = get_by_key(session, Draft, "d")
        assert outbox is not None and timer is not None and draft is not None
        assert (outbox.status, outbox.attempts, outbox.payload) == (
            OutboxStatus.PENDING,
            0,
            {"a": [1, 2]},
        )
        assert outbox.created_at.tzinfo is UTC
        assert (timer.status, timer.due_at) == (TimerStatus.PENDING, NOW)
        assert draft.status is DraftStatus.PENDING


def test_due_timers_are_pending_ones_whose_time_has_come(store: Store, contact_id: int) -> None:
    with store.transaction() as session:
        for key, due, status in [
            ("late", NOW - timedelta(hours=1), TimerStatus.PENDING),
            ("now", NOW, TimerStatus.PENDING),
            ("future", NOW + timedelta(seconds=1), TimerStatus.PENDING),
            ("fired", NOW - timedelta(days=1), TimerStatus.FIRED),
            ("cancelled", NOW - timedelta(days=1), TimerStatus.CANCELLED),
        ]:
            insert_if_absent(
                session,
                Timer,
                key=key,
                kind="nudge",
                contact_id=contact_id,
                due_at=due,
                status=status,
            )
    with store.transaction() as session:
        assert [t.key for t in due_timers(session, NOW)] == ["late", "now"]


def test_runnable_outbox_skips_done_parked_and_backing_off(store: Store) -> None:
    with store.transaction() as session:
        for key, status, next_at in [
            ("new", OutboxStatus.PENDING, None),
            ("retry-due", OutboxStatus.PENDING, NOW - timedelta(seconds=1)),
            ("backing-off", OutboxStatus.PENDING, NOW + timedelta(minutes=5)),
            ("interrupted", OutboxStatus.RUNNING, None),
            ("done", OutboxStatus.DONE, None),
            ("parked", OutboxStatus.PARKED, None),
        ]:
            insert_if_absent(
                session,
                Outbox,
                key=key,
                kind="k",
                payload={},
                status=status,
                next_attempt_at=next_at,
            )
    with store.transaction() as session:
        assert [o.key for o in runnable_outbox(session, NOW)] == ["new", "retry-due", "interrupted"]


def test_ensure_account_creates_once(store: Store) -> None:
    with store.transaction() as session:
        first = ensure_account(session, "google", "Me@Example.org")
    with store.transaction() as session:
        second = ensure_account(session, "google", "me@example.org")
        assert second.id == first.id
        assert second.address == "me@example.org"
        assert session.scalar(select(func.count()).select_from(Account)) == 1
