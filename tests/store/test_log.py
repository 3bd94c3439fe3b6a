"""Notes, the append-only event log, stage changes (by hand and by the daemon)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from connectors.errors import InputError
from daemon.store.db import Store
from daemon.store.models import Actor, AppendOnlyError, Contact, Event
from daemon.store.repo import (
    add_contact,
    add_note,
    change_stage,
    contact_log,
    log_event,
    notes_of,
    set_stage_manually,
)
from workflows.stages import Stage


@pytest.fixture
def ann(store: Store) -> int:
    with store.transaction() as session:
        return add_contact(session, name="Ann Lee", email="ann@example.org").contact.id


def _get(session: object, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)  # type: ignore[attr-defined]
    assert contact is not None
    return contact


def test_notes_are_dated_and_listed_oldest_first(store: Store, ann: int) -> None:
    yesterday = datetime.now(UTC) - timedelta(days=1)
    with store.transaction() as session:
        contact = _get(session, ann)
        add_note(session, contact, "  asked about the data team  ")
        add_note(session, contact, "works in Lyon", at=yesterday)
    with store.transaction() as session:
        notes = notes_of(session, _get(session, ann))
        assert [n.body for n in notes] == ["works in Lyon", "asked about the data team"]
        assert notes[0].created_at == yesterday
        assert notes[1].created_at > yesterday


def test_empty_note_is_refused(store: Store, ann: int) -> None:
    with store.transaction() as session, pytest.raises(InputError, match="empty"):
        add_note(session, _get(session, ann), " \n ")


def test_manual_stage_is_logged_as_user_and_flagged(store: Store, ann: int) -> None:
    with store.transaction() as session:
        set_stage_manually(
            session, _get(session, ann), Stage.AWAITING_REPLY, reason="sent by phone"
        )
    with store.transaction() as session:
        contact = _get(session, ann)
        assert contact.stage is Stage.AWAITING_REPLY
        assert contact.manual
        last = contact_log(session, contact)[-1]
        assert (last.actor, last.cause, last.from_stage, last.to_stage) == (
            Actor.USER,
            "manual",
            Stage.IDENTIFIED,
            Stage.AWAITING_REPLY,
        )
        assert last.detail == {"reason": "sent by phone"}


def test_pause_remembers_the_stage_to_resume(store: Store, ann: int) -> None:
    with store.transaction() as session:
        contact = _get(session, ann)
        change_stage(session, contact, Stage.AWAITING_REPLY, actor=Actor.DAEMON, cause="draft_sent")
        change_stage(session, contact, Stage.PAUSED, actor=Actor.DAEMON, cause="out_of_office")
    with store.transaction() as session:
        contact = _get(session, ann)
        assert (contact.stage, contact.paused_from) == (Stage.PAUSED, Stage.AWAITING_REPLY)
        assert not contact.manual
        change_stage(session, contact, Stage.AWAITING_REPLY, actor=Actor.DAEMON, cause="wake_up")
    with store.transaction() as session:
        contact = _get(session, ann)
        assert (contact.stage, contact.paused_from) == (Stage.AWAITING_REPLY, None)
        causes = [e.cause for e in contact_log(session, contact)]
        assert causes == ["added", "draft_sent", "out_of_office", "wake_up"]


def test_log_rows_keep_their_detail_and_order(store: Store, ann: int) -> None:
    with store.transaction() as session:
        contact = _get(session, ann)
        for n in range(3):
            log_event(session, contact, actor=Actor.DAEMON, cause="note", detail={"n": n})
    with store.transaction() as session:
        log = contact_log(session, _get(session, ann))
        assert [e.detail for e in log] == [{"source": "cli"}, {"n": 0}, {"n": 1}, {"n": 2}]
        assert all(e.at.tzinfo is UTC for e in log)


def test_log_rows_cannot_be_changed(store: Store, ann: int) -> None:
    with store.transaction() as session, pytest.raises(AppendOnlyError):
        event = session.scalars(select(Event)).one()
        event.cause = "rewritten"
        session.flush()
    with store.transaction() as session, pytest.raises(AppendOnlyError):
        session.delete(session.scalars(select(Event)).one())
        session.flush()
    with store.transaction() as session:
        assert [e.cause for e in session.scalars(select(Event))] == ["added"]
