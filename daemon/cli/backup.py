"""``coffeechat backup FILE``: a consistent copy of the store, safe while the daemon runs.

SQLite: the online backup API copies the database page by page under its
locks, so a running daemon neither stops nor corrupts the copy. PostgreSQL is
the server's to back up: the command prints the ``pg_dump`` line to run (no
password in it; pg_dump reads ``PGPASSWORD`` or ``~/.pgpass``).

The store is not migrated first: a backup is what one takes before an upgrade.
"""

from __future__ import annotations

import os
import shlex
import sqlite3
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.engine import URL, make_url

from connectors.errors import ConfigError, InputError
from daemon.cli.app import GLOBALS, app
from daemon.settings import load_settings


def pg_dump_command(url: str, target: Path) -> str:
    """The ``pg_dump`` line that backs up the PostgreSQL database at ``url`` into ``target``."""
    parsed = make_url(url)
    # libpq wants its own scheme, and the password stays out of shell history.
    libpq = URL.create(
        "postgresql",
        username=parsed.username,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    )
    uri = libpq.render_as_string(hide_password=False)
    return f"pg_dump --format=custom --file={shlex.quote(str(target))} {shlex.quote(uri)}"


def sqlite_backup(source: Path, target: Path) -> None:
    """Copy the SQLite database ``source`` to ``target`` (0600) with the online backup API."""
    if not source.is_file():
        raise ConfigError(f"store {source}: no such database")
    if target.exists():
        raise InputError(f"{target} already exists; choose a new file")
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # The copy holds the same personal data as the store: user-only from the start.
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except (OSError, sqlite3.Error) as exc:
        raise ConfigError(f"backup to {target} failed: {exc}") from exc


@app.command("backup")
def backup(
    target: Annotated[Path, typer.Argument(help="The file to write the copy to (must not exist).")],
) -> None:
    """Copy the store to FILE (SQLite), or print the pg_dump command (PostgreSQL)."""
    url = load_settings(GLOBALS.config).store.url
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        typer.echo("The store is PostgreSQL: back it up with pg_dump, e.g.")
        typer.echo(pg_dump_command(url, target))
        return
    sqlite_backup(Path(parsed.database or ""), target)
    typer.echo(f"backed up the store to {target}")
