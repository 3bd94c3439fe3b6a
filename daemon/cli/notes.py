"""``coffeechat notes add X "..."``: the user's notes on a contact, of three kinds.

A plain note is private (research, what they said): only the prep brief
shows it. ``--takeaway`` records what the user took from the meeting, which
the thank-you may draw on (in its own words); ``--update`` is progress news
that the follow-up tells.
"""

from __future__ import annotations

from typing import Annotated

import typer

from daemon.cli.app import app
from daemon.cli.context import command_context
from daemon.engine.transitions import apply_user_event
from daemon.store import repo
from daemon.store.models import NoteKind
from daemon.store.types import utcnow
from workflows.events import Event, EventKind

notes_app = typer.Typer(help="Your notes on a contact.", no_args_is_help=True)
app.add_typer(notes_app, name="notes")

_ADDED = {
    NoteKind.NOTE: "private note (prep brief only)",
    NoteKind.TAKEAWAY: "takeaway (for the thank-you)",
    NoteKind.UPDATE: "update (for the follow-up)",
}


@notes_app.command("add")
def add(
    contact: Annotated[str, typer.Argument(help="The contact: id, address or part of the name.")],
    text: Annotated[str, typer.Argument(help="The note (quote it).")],
    takeaway: Annotated[
        bool,
        typer.Option("--takeaway", help="What you took from the meeting; the thank-you uses it."),
    ] = False,
    update: Annotated[
        bool,
        typer.Option("--update", help="Progress since you met; the follow-up tells it."),
    ] = False,
) -> None:
    """Add a dated note to a contact: private unless --takeaway or --update."""
    if takeaway and update:
        raise typer.BadParameter("a note is a --takeaway or an --update, not both")
    kind = NoteKind.TAKEAWAY if takeaway else NoteKind.UPDATE if update else NoteKind.NOTE
    with command_context() as ctx:
        person = repo.find_contact(ctx.session, contact)
        repo.add_note(ctx.session, person, text, kind=kind)
        # A note can change the prep brief, and an update lets a waiting follow-up be written.
        event = Event(EventKind.USER_NOTE, at=utcnow(), note=kind)
        apply_user_event(ctx.session, ctx.settings, person.id, event)
        typer.echo(f"{_ADDED[kind]} added to #{person.id} {person.name}.")
