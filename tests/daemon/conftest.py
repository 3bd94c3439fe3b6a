"""Fixtures for end-to-end daemon tests: a sandbox, a mailbox, a daemon wired to it."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from connectors.sandbox import Sandbox, SandboxAdmin
from connectors.sandbox.world import World
from daemon.sandboxed import sandboxed_config
from daemon.settings import Settings

# The shared journeys assert inside a helper module: let pytest explain their failures.
pytest.register_assert_rewrite("tests.daemon.journeys")


@pytest.fixture
def configured(
    tmp_path: Path, sandbox: Sandbox, admin: SandboxAdmin
) -> Iterator[tuple[Settings, World]]:
    address = f"sam-{secrets.token_hex(4)}@example.com"
    settings, world = sandboxed_config(tmp_path, sandbox.base_url, admin, address)
    yield settings, world
    assert admin.violations() == [], "the daemon hit a send endpoint or notified guests"
