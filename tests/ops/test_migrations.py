"""Every migration, one revision at a time, up from nothing and back down, on both backends.

The store migrates itself to head on open; this walks the path a store
created by the first release takes: each revision applied alone, the schema
at head equal to the models, and every downgrade a revision defines run back
to an empty database.
"""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from daemon.store.db import alembic_config, make_engine
from daemon.store.models import Base


def _current(db_url: str) -> str | None:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def _tables(db_url: str) -> set[str]:
    engine = make_engine(db_url)
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


def test_each_revision_upgrades_then_downgrades_in_turn(db_url: str) -> None:
    config = alembic_config(db_url)
    script = ScriptDirectory.from_config(config)
    # walk_revisions goes head first: reversed, it is the order a store lived them
    revisions = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert revisions, "no migrations found"

    # Given an empty database, when each revision is applied alone, it becomes current
    for revision in revisions:
        command.upgrade(config, revision)
        assert _current(db_url) == revision

    # Then at head the schema is exactly the models'
    assert revisions[-1] == script.get_current_head()
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()

    # When each revision is undone in turn, the one before it is current again
    for revision in reversed(revisions):
        before = script.get_revision(revision).down_revision
        command.downgrade(config, "-1")
        assert _current(db_url) == before
    # and nothing of the store is left
    assert _tables(db_url) == set()

    # and it comes back up to head in one go
    command.upgrade(config, "head")
    assert _current(db_url) == revisions[-1]
    assert set(Base.metadata.tables) <= _tables(db_url)
