"""The ops tests run the real CLI as tests/cli does, and daemons as tests/daemon does."""

from __future__ import annotations

import pytest

from tests.cli.conftest import cli, coffeechat_exe

# The shared journeys assert inside a helper module: let pytest explain their failures.
pytest.register_assert_rewrite("tests.daemon.journeys")

__all__ = ["cli", "coffeechat_exe"]
