"""The ops tests run the real CLI as tests/cli does, daemons as tests/daemon does, and
draft for the sender tests/drafting uses."""

from __future__ import annotations

import pytest

from tests.cli.conftest import cli, coffeechat_exe
from tests.drafting.conftest import sender

# The shared journeys assert inside a helper module: let pytest explain their failures.
pytest.register_assert_rewrite("tests.daemon.journeys")

__all__ = ["cli", "coffeechat_exe", "sender"]
