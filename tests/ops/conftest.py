"""The ops tests run the real CLI as tests/cli does: the same fixtures."""

from __future__ import annotations

from tests.cli.conftest import cli, coffeechat_exe

__all__ = ["cli", "coffeechat_exe"]
