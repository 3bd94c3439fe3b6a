"""Claiming an outbox command: a duplicate message must not need the store's write lock."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from daemon.engine.core import Engine
from daemon.settings import load_settings
from daemon.store import repo
from daemon.store.db import open_store
from daemon.store.models import Outbox, OutboxStatus
from tests.engine.support import add_outreach_command


def test_a_duplicate_message_for_a_done_command_skips_it_while_another_writer_holds_the_lock(
    tmp_path: Path,
) -> None:
    # Given a command already done, and a config whose store is a SQLite file
    database = tmp_path / "coffeechat.db"
    config = tmp_path / "config.toml"
    config.write_text(
        f'data_dir = "{tmp_path}"\n\n[store]\nurl = "sqlite:///{database}"\n', encoding="utf-8"
    )
    settings = load_settings(config)
    store = open_store(settings.store.url)
    key = add_outreach_command(store, OutboxStatus.DONE, attempts=1)
    engine = Engine(settings, store, enqueue=lambda key: None)
    # ... and another worker holding SQLite's write lock
    writer = sqlite3.connect(database, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        # When the sweep's duplicate message for it runs
        engine.execute(key)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    # Then it was skipped without a write (before, it waited for the lock and failed)
    with store.transaction(readonly=True) as session:
        row = repo.get_by_key(session, Outbox, key)
        assert row is not None
        assert (row.status, row.attempts) == (OutboxStatus.DONE, 1)
    engine.connectors.close()
    store.close()
