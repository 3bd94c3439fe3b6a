"""What a CLI command needs to touch the store, in one place.

:func:`command_context` loads the settings named by ``--config`` (else
``$COFFEECHAT_CONFIG``, else the default file), opens and migrates the store,
and yields a :class:`CommandContext` whose session is one transaction:
committed when the command returns, rolled back if it raises. The output
helpers keep ``--json`` and the human tables consistent across commands.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import typer
from rich.console import Console
from sqlalchemy.orm import Session

from daemon.cli.app import GLOBALS
from daemon.settings import Settings, load_settings
from daemon.store.db import open_store

# Columns for tables when stdout is a pipe or a file (no terminal to fit).
_PIPED_WIDTH = 200


@dataclass(frozen=True)
class CommandContext:
    """The settings in force and a session inside the command's transaction."""

    settings: Settings
    session: Session

    def local(self, when: datetime | None) -> str:
        """``when`` in the user's timezone as ``YYYY-MM-DD HH:MM``, or ``-``."""
        if when is None:
            return "-"
        return f"{when.astimezone(self.settings.user.zone):%Y-%m-%d %H:%M}"


@contextmanager
def command_context() -> Iterator[CommandContext]:
    """Load the settings, open the store and run the body in one transaction."""
    settings = load_settings(GLOBALS.config)
    store = open_store(settings.store.url)
    try:
        with store.transaction() as session:
            yield CommandContext(settings=settings, session=session)
    finally:
        store.close()


def iso(when: datetime | None) -> str | None:
    """A timestamp for ``--json`` output: ISO 8601 in UTC, or ``None``."""
    return when.isoformat() if when is not None else None


def emit_json(data: Any) -> None:
    """Print ``data`` as indented JSON on stdout (the ``--json`` form of every command)."""
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


def console() -> Console:
    """A console on stdout for tables.

    Markup and emoji codes are off: names and notes are the user's text and
    print as written (``[draft]`` stays ``[draft]``). Off a terminal the width
    is generous, so piped output is not wrapped mid-cell.
    """
    return Console(
        markup=False,
        emoji=False,
        highlight=False,
        width=None if sys.stdout.isatty() else _PIPED_WIDTH,
    )
