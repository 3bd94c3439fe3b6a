"""``coffeechat retry``: try parked commands and set-aside mail or events again.

A running daemon picks them up at its next sweep and sync; nothing needs a
restart.
"""

from __future__ import annotations

from typing import Annotated

import typer

from daemon.cli.app import app
from daemon.cli.context import command_context
from daemon.store import repo
from daemon.store.retries import retry


@app.command("retry")
def retry_command(
    contact: Annotated[
        str | None,
        typer.Argument(help="Only this contact (id, address or part of the name); else all."),
    ] = None,
    command: Annotated[
        str | None,
        typer.Option("--command", help="Only the parked command with this key (see status)."),
    ] = None,
) -> None:
    """Retry parked commands and set-aside messages and events."""
    with command_context() as ctx:
        contact_id = repo.find_contact(ctx.session, contact).id if contact else None
        done = retry(
            ctx.session,
            retry_limit=ctx.settings.cadence.retry_limit,
            contact_id=contact_id,
            key=command,
        )
    typer.echo(
        f"{done.commands} parked command(s) and {done.items} set-aside item(s) "
        "will be tried again by the running daemon."
    )
