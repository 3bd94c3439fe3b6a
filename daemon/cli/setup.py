"""``coffeechat init`` and ``coffeechat db upgrade``: first-time setup and migrations."""

from __future__ import annotations

import json
import os
import re
from importlib.resources import files
from pathlib import Path
from typing import Annotated

import typer

from connectors.errors import ConfigError, InputError
from daemon import paths
from daemon.cli.app import GLOBALS, app
from daemon.settings import load_settings
from daemon.store.db import safe_url, upgrade

db_app = typer.Typer(help="Look after the store's database.", no_args_is_help=True)
app.add_typer(db_app, name="db")


def example_config(data_dir: Path) -> str:
    """The packaged ``config.example.toml`` with ``data_dir`` set to ``data_dir``."""
    text = files("daemon").joinpath("config.example.toml").read_text(encoding="utf-8")
    # json.dumps writes a valid TOML basic string (quotes and backslashes escaped).
    line = f"data_dir = {json.dumps(str(data_dir))}"
    return re.sub(r"(?m)^data_dir = .*$", lambda _m: line, text, count=1)


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` readable by the user only (0600; folder 0700)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        # The file may have existed with a wider mode: narrow it before writing.
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write: {exc.strerror}") from exc


@app.command("init")
def init(
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite an existing config file.")
    ] = False,
) -> None:
    """Write a commented config file (0600) and create the store."""
    target = paths.config_path(GLOBALS.config)
    if target.exists() and not force:
        raise InputError(f"{target} already exists; edit it, or use --force to overwrite it")
    write_private(target, example_config(paths.data_dir()))
    settings = load_settings(target)
    revision = upgrade(settings.store.url)
    typer.echo(f"wrote {target}; edit it to describe yourself and your accounts.")
    typer.echo(f"store {safe_url(settings.store.url)} ready (schema {revision}).")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Bring the store's schema up to date (coffeechat also does this on start)."""
    settings = load_settings(GLOBALS.config)
    revision = upgrade(settings.store.url)
    typer.echo(f"store {safe_url(settings.store.url)} at schema {revision}.")
