"""``coffeechat notes add X "..."``: the user's notes on a contact (they feed the prep brief)."""

from __future__ import annotations

from typing import Annotated

import typer

from daemon.cli.app import app
from daemon.cli.context import command_context
from daemon.engine.transitions import apply_user_event
from daemon.store import repo
from daemon.store.types import utcnow
from workflows.events import Event, EventKind

notes_app = typer.Typer(help="Your notes on a contact.", no_args_is_help=True)
app.add_typer(notes_app, name="notes")


@notes_app.command("add")
def add(
    contact: Annotated[str, typer.Argument(help="The contact: id, address or part of the name.")],
    text: Annotated[str, typer.Argument(help="The note (quote it).")],
) -> None:
    """Add a dated note to a contact."""
    with command_context() as ctx:
        person = repo.find_contact(ctx.session, contact)
        repo.add_note(ctx.session, person, text)
        # A note can change the prep brief: the pipeline rebuilds it when one is due.
        event = Event(EventKind.USER_NOTE, at=utcnow())
        apply_user_event(ctx.session, ctx.settings, person.id, event)
        typer.echo(f"note added to #{person.id} {person.name}.")
