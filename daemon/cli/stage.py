"""``coffeechat stage X STAGE``: set a contact's stage by hand.

The change goes through the pipeline as the user's USER_STAGE event: it is
logged as the user's, flags the contact ``manual`` so the daemon never
overrides the decision (DESIGN.md, promise 6), and cancels the timers and
drops the hold or prep event that no longer fit.
"""

from __future__ import annotations

from typing import Annotated

import typer

from connectors.errors import InputError
from daemon.cli.app import app
from daemon.cli.context import command_context
from daemon.engine.transitions import apply_user_event
from daemon.store import repo
from daemon.store.types import utcnow
from workflows.events import Event, EventKind
from workflows.stages import Stage


def parse_stage(text: str) -> Stage:
    """``text`` as a :class:`Stage` (case and ``-``/``_`` ignored), else a one-line error."""
    try:
        return Stage(text.strip().lower().replace("-", "_"))
    except ValueError:
        valid = ", ".join(stage.value for stage in Stage)
        raise InputError(f"unknown stage {text!r} (valid: {valid})") from None


@app.command("stage")
def set_stage(
    contact: Annotated[str, typer.Argument(help="The contact: id, address or part of the name.")],
    stage: Annotated[str, typer.Argument(help="The new stage, e.g. awaiting_reply or closed.")],
    reason: Annotated[
        str | None, typer.Option("--reason", help="Why, kept in the event log.")
    ] = None,
) -> None:
    """Set a contact's stage by hand; the daemon will not override it."""
    target = parse_stage(stage)
    with command_context() as ctx:
        person = repo.find_contact(ctx.session, contact)
        if person.stage == target:
            typer.echo(f"#{person.id} {person.name} is already at {target}; nothing changed.")
            return
        previous = person.stage
        event = Event(EventKind.USER_STAGE, at=utcnow(), stage=target)
        note = {"reason": reason} if reason else None
        apply_user_event(ctx.session, ctx.settings, person.id, event, note)
        typer.echo(f"#{person.id} {person.name}: {previous} -> {target}")
