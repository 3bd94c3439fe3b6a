"""``coffeechat status``: the board — where every contact stands and what comes next.

The board is a header (counts per stage, how many contacts need an address)
followed by *sections*. Two are built in: drafts waiting on the user, and
timers due next. Other parts add theirs with :func:`register_section` when
their module is imported — meetings ahead with their brief's state, parked
outbox commands, each account's last sync — and they show up in both the
table view and ``--json`` (under the section's ``key``) with no change here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any

import typer
from rich.table import Table
from sqlalchemy import func, select

from daemon.cli.app import app
from daemon.cli.context import CommandContext, command_context, console, emit_json, iso
from daemon.store import repo
from daemon.store.models import Contact, Draft, DraftStatus, Outbox, Timer, TimerStatus

Row = dict[str, Any]
"""One line of a section: JSON-friendly values, or datetimes (shown in the user's zone)."""

# Sections list this many rows at most, on screen and in --json alike.
ROW_LIMIT = 20


@dataclass(frozen=True)
class BoardSection:
    """One block of the board.

    ``collect`` returns up to ``limit`` rows, most urgent first. ``columns``
    are the row keys shown on screen (all keys go to ``--json``).
    """

    key: str
    title: str
    columns: tuple[str, ...]
    collect: Callable[[CommandContext, int], list[Row]]
    empty: str = "nothing"


SECTIONS: list[BoardSection] = []


def register_section(section: BoardSection, before: str | None = None) -> None:
    """Add ``section`` to the board, last or just before section ``before``; keys are unique."""
    keys = [existing.key for existing in SECTIONS]
    if section.key in keys:
        raise ValueError(f"status section {section.key!r} is already registered")
    SECTIONS.insert(keys.index(before) if before in keys else len(keys), section)


def _waiting_drafts(ctx: CommandContext, limit: int) -> list[Row]:
    """Drafts written and not yet sent or deleted: the user's move."""
    stmt = (
        select(Draft, Contact.name, Outbox.result)
        .join(Contact, Contact.id == Draft.contact_id)
        .outerjoin(Outbox, Outbox.key == Draft.key)
        .where(Draft.status.in_([DraftStatus.PENDING, DraftStatus.EDITED]))
        .order_by(Draft.created_at, Draft.id)
        .limit(limit)
    )
    return [
        {
            "contact_id": draft.contact_id,
            "contact": name,
            "id": draft.provider_draft_id,
            "kind": draft.kind,
            # The subject the draft was written with (the user may have edited it since).
            "subject": (result or {}).get("subject", ""),
            "status": str(draft.status),
            "since": draft.created_at,
        }
        for draft, name, result in ctx.session.execute(stmt)
    ]


def _timers_ahead(ctx: CommandContext, limit: int) -> list[Row]:
    """Pending timers, earliest first (overdue ones included: the daemon is not running)."""
    stmt = (
        select(Timer, Contact.name)
        .join(Contact, Contact.id == Timer.contact_id)
        .where(Timer.status == TimerStatus.PENDING)
        .order_by(Timer.due_at, Timer.id)
        .limit(limit)
    )
    return [
        {"contact_id": timer.contact_id, "contact": name, "kind": timer.kind, "due": timer.due_at}
        for timer, name in ctx.session.execute(stmt)
    ]


register_section(
    BoardSection(
        key="waiting_on_you",
        title="Waiting on you (drafts to review and send from your mail client)",
        columns=("contact", "kind", "status", "since"),
        collect=_waiting_drafts,
        empty="no drafts waiting",
    )
)
register_section(
    BoardSection(
        key="due_next",
        title="Due next",
        columns=("due", "contact", "kind"),
        collect=_timers_ahead,
        empty="no timers set",
    )
)


def board(ctx: CommandContext) -> dict[str, Any]:
    """The whole board as data: counts, then every registered section's rows."""
    counts = repo.stage_counts(ctx.session)
    needs_email = ctx.session.scalar(
        select(func.count()).select_from(Contact).where(Contact.email.is_(None))
    )
    data: dict[str, Any] = {
        "counts": {str(stage): count for stage, count in counts.items()},
        "total": sum(counts.values()),
        "needs_email": needs_email or 0,
    }
    for section in SECTIONS:
        data[section.key] = section.collect(ctx, ROW_LIMIT)
    return data


def _json_value(value: Any) -> Any:
    return iso(value) if isinstance(value, datetime) else value


def _cell(ctx: CommandContext, value: Any) -> str:
    if isinstance(value, datetime):
        return ctx.local(value)
    return "" if value is None else str(value)


@app.command("status")
def status(
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Show the board: contacts per stage, drafts waiting on you, what is due next."""
    with command_context() as ctx:
        data = board(ctx)
        if as_json:
            emit_json(
                {
                    key: [{k: _json_value(v) for k, v in row.items()} for row in value]
                    if isinstance(value, list)
                    else value
                    for key, value in data.items()
                }
            )
            return
        out = console()
        stages = Table("stage", "contacts", title=f"{data['total']} contacts", title_justify="left")
        for stage, count in data["counts"].items():
            stages.add_row(stage, str(count))
        out.print(stages)
        if data["needs_email"]:
            out.print(f"{data['needs_email']} need an email address (coffeechat contacts list).")
        for section in SECTIONS:
            rows: list[Row] = data[section.key]
            out.print()
            out.print(section.title)
            if not rows:
                out.print(f"  {section.empty}")
                continue
            table = Table(*(column.replace("_", " ") for column in section.columns))
            for row in rows:
                table.add_row(*(_cell(ctx, row.get(column)) for column in section.columns))
            out.print(table)
