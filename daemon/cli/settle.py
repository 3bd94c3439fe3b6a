"""``coffeechat settle X``: say what a reply means when the reader was not sure.

A reply the reader is not sure of drafts nothing: the contact waits under
"Needs you" on the board (``status``) with the reply's gist and the reader's
doubts. ``settle`` gives the reply its meaning, and the daemon drafts from
there as if the reader had been sure (DESIGN.md, promise 8).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import typer
from sqlalchemy import select

from connectors.errors import InputError
from daemon.cli.app import app
from daemon.cli.context import CommandContext, command_context
from daemon.cli.status import BoardSection, Row, register_section
from daemon.engine.parked import parked_reply
from daemon.store import repo
from daemon.store.models import Contact
from daemon.store.types import utcnow
from workflows.stages import Intent, Stage

#: Intents that agree on or offer a time: their settle command shows ``--time``.
_TIMED = frozenset({Intent.ACCEPT, Intent.PROPOSE_TIMES, Intent.RESCHEDULE})


def settle_hint(contact_id: int, verdict: dict[str, Any]) -> str:
    """The command that settles the reply, with the reader's guess as its intent."""
    intent = verdict.get("intent") or Intent.OTHER.value
    hint = f"coffeechat settle {contact_id} --intent {intent}"
    return f'{hint} --time "Thu 10 Dec 1:30pm"' if intent in _TIMED else hint


def _needs_you(ctx: CommandContext, limit: int) -> list[Row]:
    """Contacts whose last reply waits for the user's reading, oldest reply first."""
    contacts = ctx.session.scalars(
        select(Contact).where(Contact.stage != Stage.CLOSED).order_by(Contact.id)
    )
    rows: list[Row] = []
    for contact in contacts:
        message = parked_reply(ctx.session, contact)
        if message is None:
            continue
        verdict = message.verdict or {}
        doubts = verdict.get("doubts", [])
        rows.append(
            {
                "contact_id": contact.id,
                "contact": contact.name,
                "stage": str(contact.stage),
                "since": message.sent_at,
                "gist": " ".join((message.gist or "").split()),
                "read_as": verdict.get("intent"),
                "proposed_times": verdict.get("proposed_times", []),
                "doubts": doubts,
                "why": "; ".join(f"{d['code']}: {d['why']}" for d in doubts),
                "settle": settle_hint(contact.id, verdict),
            }
        )
    rows.sort(key=lambda row: (row["since"] is None, row["since"] or 0))
    return rows[:limit]


register_section(
    BoardSection(
        key="needs_you",
        title="Needs you (replies the reader was not sure of: nothing drafted until you settle)",
        columns=("contact", "gist", "why", "settle"),
        collect=_needs_you,
        empty="no replies waiting on your reading",
    ),
    before="due_next",  # next to the drafts: both are the user's move
)


@app.command("settle")
def settle(
    contact: Annotated[str, typer.Argument(help="The contact: id, address or part of the name.")],
    intent: Annotated[
        str,
        typer.Option("--intent", help="What the reply means: accept, propose_times, decline, ..."),
    ],
    times: Annotated[
        list[str] | None,
        typer.Option(
            "--time",
            help='A time they offered, in your zone unless named: "Thu 10 Dec 1:30pm ET".'
            " Repeat for several.",
        ),
    ] = None,
    link: Annotated[str | None, typer.Option("--link", help="Their booking link.")] = None,
    return_date: Annotated[
        str | None, typer.Option("--return-date", help="When they are back: YYYY-MM-DD.")
    ] = None,
) -> None:
    """Settle a reply the reader was not sure of; the daemon drafts from your reading."""
    # Imported here: settling needs the reply reader (verdicts, the time grammar), over a
    # second to import; the board's section above and every other command skip it.
    from daemon.engine.settle import parse_intent, parse_time, settle_reply, settled_verdict

    reading = parse_intent(intent)
    back = _parse_date(return_date) if return_date else None
    now = utcnow()
    with command_context() as ctx:
        person = repo.lock_contact(ctx.session, repo.find_contact(ctx.session, contact).id)
        message = parked_reply(ctx.session, person)
        if message is None:
            raise InputError(f"#{person.id} {person.name} has no reply waiting to be settled")
        windows = [w for text in times or () for w in parse_time(text, ctx.settings, now)]
        verdict = settled_verdict(message.verdict or {}, reading, windows, link, back)
        settle_reply(ctx.session, ctx.settings, person, message, verdict, now)
        shown = ", ".join(ctx.local(w.start) for w in verdict.proposed_times)
        typer.echo(
            f"#{person.id} {person.name}: reply settled as {reading}"
            + (f" ({shown})" if shown else "")
            + f"; now {person.stage}. The daemon drafts from here."
        )


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"--return-date must be YYYY-MM-DD, got {text!r}") from None
