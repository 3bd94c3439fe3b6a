"""``coffeechat export``: the user's data out of the store, as JSON or CSV.

Four tables: contacts, notes, the timeline (the event log) and the drafts
(their kind, status and dates; a draft's words live in the user's mailbox).
CSV cells are meant to be opened in a spreadsheet, where a cell starting with
``=``, ``+``, ``-`` or ``@`` is a formula: a contact's name or a note written
by someone else must not run there, so such cells get a leading ``'``.
"""

from __future__ import annotations

import csv
import io
import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from sqlalchemy import select
from sqlalchemy.orm import Session

from connectors.errors import InputError
from daemon.cli.app import app
from daemon.cli.contacts import contact_record, note_record
from daemon.cli.context import command_context, emit_json, iso
from daemon.cli.log import event_record
from daemon.cli.setup import write_private
from daemon.store.models import Contact, Draft, Event, Note

#: What starts a formula in a spreadsheet (tab and CR too: some strip them first).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class Format(StrEnum):
    """The shapes an export can take."""

    JSON = "json"
    CSV = "csv"


def _draft(row: Draft) -> dict[str, Any]:
    return {
        "id": row.id,
        "contact_id": row.contact_id,
        "kind": row.kind,
        "status": str(row.status),
        "created_at": iso(row.created_at),
        "updated_at": iso(row.updated_at),
    }


def _timeline_row(row: Event) -> dict[str, Any]:
    return {"contact_id": row.contact_id, **event_record(row)}


def gather(session: Session) -> dict[str, list[dict[str, Any]]]:
    """Every table of the export, each a list of flat records, oldest first."""
    return {
        "contacts": [
            contact_record(r) for r in session.scalars(select(Contact).order_by(Contact.id))
        ],
        "notes": [
            {"contact_id": r.contact_id, **note_record(r)}
            for r in session.scalars(select(Note).order_by(Note.id))
        ],
        "timeline": [_timeline_row(r) for r in session.scalars(select(Event).order_by(Event.id))],
        "drafts": [_draft(r) for r in session.scalars(select(Draft).order_by(Draft.id))],
    }


def neutralised(value: Any) -> str:
    """``value`` as a CSV cell that a spreadsheet shows as text, never runs as a formula."""
    if value is None:
        return ""
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(records: list[dict[str, Any]]) -> str:
    """``records`` (of one shape) as CSV text with a header row, every cell neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if records:
        writer.writerow(records[0])
    for record in records:
        writer.writerow([neutralised(value) for value in record.values()])
    return buffer.getvalue()


@app.command("export")
def export(
    fmt: Annotated[Format, typer.Option("--format", "-f", help="json or csv.")] = Format.JSON,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="JSON: a file (else stdout). CSV: a folder for contacts.csv, notes.csv, "
            "timeline.csv and drafts.csv.",
        ),
    ] = None,
) -> None:
    """Export your contacts, notes, timeline and drafts' kinds and dates."""
    if fmt is Format.CSV and output is None:
        raise InputError("--format csv writes one file per table: give a folder with --output")
    with command_context() as ctx:
        tables = gather(ctx.session)
    if output is None:
        emit_json(tables)
    elif fmt is Format.JSON:
        write_private(output, json.dumps(tables, indent=2, ensure_ascii=False) + "\n")
        typer.echo(f"wrote {output}")
    else:
        _write_csv(output, tables)


def _write_csv(folder: Path, tables: dict[str, list[dict[str, Any]]]) -> None:
    for name, records in tables.items():
        write_private(folder / f"{name}.csv", to_csv(records))
    typer.echo(f"wrote {', '.join(f'{name}.csv' for name in tables)} in {folder}")
