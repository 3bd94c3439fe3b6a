"""``coffeechat preview X KIND``: read a draft before the daemon writes it.

No daemon, no account: the draft is rendered from the store as it stands,
with any fact the conversation has not produced yet stood in for and named.
"""

from __future__ import annotations

from typing import Annotated

import typer

from daemon.cli.app import app
from daemon.cli.context import command_context
from daemon.store import repo
from daemon.store.types import utcnow


@app.command("preview")
def preview_command(
    contact: Annotated[str, typer.Argument(help="The contact: id, address or part of the name.")],
    kind: Annotated[
        str,
        typer.Argument(help="A draft kind (outreach, nudge, thank-you, ...) or brief."),
    ],
) -> None:
    """Show the draft of KIND (or the prep brief) the daemon would write for a contact."""
    # Imported here: the demo package loads the sandbox, which other commands don't need.
    from daemon.demo.preview import parse_kind, preview

    wanted = parse_kind(kind)
    with command_context() as ctx:
        person = repo.find_contact(ctx.session, contact)
        shown = preview(ctx.session, ctx.settings, person, wanted, utcnow())
    for note in shown.assumed:
        typer.echo(f"# preview: {note}", err=True)
    typer.echo(f"Subject: {shown.subject}\n\n{shown.text}", nl=False)
