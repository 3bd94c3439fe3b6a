"""``coffeechat log X``: a contact's event log, oldest first."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.table import Table

from daemon.cli.app import app
from daemon.cli.context import CommandContext, command_context, console, emit_json, iso
from daemon.store import repo
from daemon.store.models import Event


def event_record(event: Event) -> dict[str, Any]:
    """One event-log row in the stable ``--json`` shape."""
    return {
        "id": event.id,
        "at": iso(event.at),
        "actor": str(event.actor),
        "from_stage": str(event.from_stage) if event.from_stage else None,
        "to_stage": str(event.to_stage) if event.to_stage else None,
        "cause": event.cause,
        "detail": event.detail,
    }


def events_table(ctx: CommandContext, events: list[Event]) -> Table:
    """The events as a table: when (user's timezone), who, from -> to, why."""
    table = Table("when", "who", "stage", "cause", "detail")
    for event in events:
        move = f"{event.from_stage or '-'} -> {event.to_stage}" if event.to_stage else ""
        detail = ", ".join(f"{key}={value}" for key, value in (event.detail or {}).items())
        table.add_row(ctx.local(event.at), str(event.actor), move, event.cause, detail)
    return table


@app.command("log")
def show_log(
    contact: Annotated[str, typer.Argument(help="The contact: id, address or part of the name.")],
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Show who moved a contact, from which stage to which, why and when."""
    with command_context() as ctx:
        person = repo.find_contact(ctx.session, contact)
        events = repo.contact_log(ctx.session, person)
        if as_json:
            emit_json(
                {
                    "contact": {"id": person.id, "name": person.name},
                    "events": [event_record(e) for e in events],
                }
            )
            return
        out = console()
        out.print(f"#{person.id} {person.name} ({person.stage})")
        out.print(events_table(ctx, events))
