"""The migrations build exactly the schema the models describe, on both backends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.exc import StatementError
from sqlalchemy.orm.exc import StaleDataError

from connectors.errors import ConfigError
from daemon.store.db import Store, open_store, upgrade
from daemon.store.models import Base, Contact, Note
from daemon.store.repo import add_contact, add_note


def test_migrated_schema_matches_models(store: Store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_upgrade_twice_is_a_no_op(db_url: str) -> None:
    first = upgrade(db_url)
    second = upgrade(db_url)
    assert first == second == "0005"


def test_every_table_is_created(store: Store) -> None:
    tables = set(inspect(store.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_datetimes_come_back_aware_utc(store: Store) -> None:
    paris_summer = timezone(timedelta(hours=2))
    written = datetime(2024, 6, 3, 14, 30, tzinfo=paris_summer)
    with store.transaction() as session:
        contact = add_contact(session, name="Ann Lee", email="ann@example.org").contact
        note_id = add_note(session, contact, "met at the meetup", at=written).id
    with store.transaction() as session:
        note = session.get(Note, note_id)
        assert note is not None
        assert note.created_at.tzinfo is UTC
        assert note.created_at == written
        assert note.created_at.hour == 12


def test_naive_datetime_is_refused(store: Store) -> None:
    with pytest.raises(StatementError, match="naive datetime"), store.transaction() as session:
        contact = add_contact(session, name="Ann Lee").contact
        contact.updated_at = datetime(2024, 1, 1)  # noqa: DTZ001 - the point of the test
        session.flush()


def test_unopenable_sqlite_path_is_a_config_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(ConfigError, match="cannot create") as caught:
        open_store(f"sqlite:///{blocker}/sub/coffeechat.db")
    assert "\n" not in str(caught.value)


def test_unreachable_postgresql_is_a_config_error_without_password() -> None:
    # Port 1 on localhost: nothing listens, the connection is refused at once.
    with pytest.raises(ConfigError, match="cannot open the database") as caught:
        open_store("postgresql://u:hunter2@127.0.0.1:1/db?connect_timeout=2")
    assert "hunter2" not in str(caught.value)
    assert "\n" not in str(caught.value)


def test_stale_copy_of_a_contact_cannot_overwrite_a_newer_change(store: Store) -> None:
    # Given a contact read by a worker (its copy is at version 1)
    with store.transaction() as session:
        contact_id = add_contact(session, name="Ann Lee").contact.id
    with store.transaction() as session:
        stale = session.get(Contact, contact_id)
        assert stale is not None and stale.version == 1
    # When another worker changes it first
    with store.transaction() as session:
        fresh = session.get(Contact, contact_id)
        assert fresh is not None
        fresh.role = "engineer"
    # Then writing the stale copy fails instead of losing that change
    with pytest.raises(StaleDataError), store.transaction() as session:
        session.add(stale)
        stale.role = "manager"
        session.flush()
    with store.transaction() as session:
        final = session.get(Contact, contact_id)
        assert final is not None
        assert (final.role, final.version) == ("engineer", 2)
