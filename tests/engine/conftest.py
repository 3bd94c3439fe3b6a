"""An engine over a sandbox mailbox and a store (SQLite, or PostgreSQL when a test asks)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from connectors.sandbox import Sandbox, SandboxAdmin
from daemon.engine.core import Engine
from daemon.sandboxed import FAST_CADENCE, sandboxed_config
from daemon.settings import Settings
from daemon.store.db import Store, open_store
from tests.engine.support import RETRY_LIMIT


@pytest.fixture
def daemon_parts(
    request: pytest.FixtureRequest, tmp_path: Path, sandbox: Sandbox, admin: SandboxAdmin
) -> Iterator[tuple[Settings, Store, Engine]]:
    callspec = getattr(request.node, "callspec", None)
    backend = callspec.params.get("backend", "sqlite") if callspec else "sqlite"
    db_url = (
        f"sqlite:///{tmp_path / 'c.db'}"
        if backend == "sqlite"
        else str(request.getfixturevalue("pg_url"))
    )
    address = f"sam-{secrets.token_hex(4)}@example.com"
    settings, _ = sandboxed_config(
        tmp_path,
        sandbox.base_url,
        admin,
        address,
        store_url=db_url,
        cadence={**FAST_CADENCE, "retry_limit": str(RETRY_LIMIT)},
    )
    store = open_store(settings.store.url)
    engine = Engine(settings, store, enqueue=lambda key: None)
    yield settings, store, engine
    engine.connectors.close()
    store.close()
