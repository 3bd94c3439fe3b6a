"""``coffeechat check``: is the daemon healthy? Exit 0 if every fact holds, else 1."""

from __future__ import annotations

from typing import Annotated

import typer

from daemon.cli.app import GLOBALS, app
from daemon.cli.context import emit_json
from daemon.clock import SystemClock
from daemon.settings import load_settings


@app.command("check")
def check(
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Check the store, the broker, each account's sync and grant, and parked commands."""
    # Imported here: the checks load the Redis client and Alembic's script reader, which
    # only this command (and the daemon's /healthz) needs.
    from daemon.checks import healthy, run_checks

    settings = load_settings(GLOBALS.config)
    # Sync and park times are stamped on the wall clock, never the demo's shifted one.
    facts = run_checks(settings, SystemClock().now())
    if as_json:
        emit_json({"healthy": healthy(facts), "facts": [fact.record() for fact in facts]})
    else:
        for fact in facts:
            typer.echo(fact.line())
    raise typer.Exit(0 if healthy(facts) else 1)
