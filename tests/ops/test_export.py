"""``coffeechat export`` and ``coffeechat backup`` on SQLite and PostgreSQL, via the real CLI."""

from __future__ import annotations

import csv
import json
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from daemon.store.db import open_store
from daemon.store.models import Draft
from tests.cli.support import Cli

#: Text a spreadsheet would run as a formula, as a contact might write it.
FORMULA = '=HYPERLINK("http://evil.example","click")'


def _fill(cli: Cli, db_url: str) -> None:
    """Two contacts (one named like a formula), notes, a stage change and one draft row."""
    assert cli("contacts", "add", FORMULA, "--email", "eve@evil.example", "--org", "+Org").code == 0
    assert cli("contacts", "add", "Ann Lee", "--email", "ann@example.com").code == 0
    assert cli("notes", "add", "--", "Ann", "-2 pts: ask about @team growth").code == 0
    assert cli("stage", "Ann", "closed").code == 0
    store = open_store(db_url)
    try:
        with store.transaction() as session:
            session.add(Draft(contact_id=2, kind="outreach", key="c2/added/write_draft:outreach"))
    finally:
        store.close()


def test_export_json_holds_contacts_notes_timeline_and_drafts(cli: Cli, db_url: str) -> None:
    # Given contacts with a note, a stage change and a draft
    _fill(cli, db_url)

    # When the user exports as JSON
    result = cli("export", "--format", "json")

    # Then every table is there, with the drafts' kinds and dates but not their words
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert [c["name"] for c in data["contacts"]] == [FORMULA, "Ann Lee"]
    assert data["notes"][0]["contact_id"] == 2
    assert data["notes"][0]["text"] == "-2 pts: ask about @team growth"
    assert [(e["contact_id"], e["to_stage"]) for e in data["timeline"]][-1] == (2, "closed")
    [draft] = data["drafts"]
    assert (draft["contact_id"], draft["kind"], draft["status"]) == (2, "outreach", "pending")
    assert draft["created_at"] is not None
    assert set(draft) == {"id", "contact_id", "kind", "status", "created_at", "updated_at"}


def test_export_csv_neutralises_formulas_and_is_user_only(
    cli: Cli, db_url: str, tmp_path: Path
) -> None:
    _fill(cli, db_url)
    folder = tmp_path / "export"

    result = cli("export", "--format", "csv", "--output", str(folder))

    assert result.code == 0, result.err
    for name in ("contacts", "notes", "timeline", "drafts"):
        assert stat.S_IMODE((folder / f"{name}.csv").stat().st_mode) == 0o600
    contacts = list(csv.DictReader(_lines(folder / "contacts.csv")))
    notes = list(csv.DictReader(_lines(folder / "notes.csv")))
    # A cell that starts with =, +, - or @ is text with a leading quote, the rest unchanged
    assert contacts[0]["name"] == "'" + FORMULA
    assert contacts[0]["organization"] == "'+Org"
    assert contacts[1]["name"] == "Ann Lee"
    assert notes[0]["text"] == "'-2 pts: ask about @team growth"
    every_cell = [
        cell
        for name in ("contacts", "notes", "timeline", "drafts")
        for row in csv.reader(_lines(folder / f"{name}.csv"))
        for cell in row
    ]
    assert not [cell for cell in every_cell if cell[:1] in ("=", "+", "-", "@")]


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_export_csv_needs_a_folder(cli: Cli) -> None:
    result = cli("export", "--format", "csv")

    assert result.code == 2
    assert result.err_lines == [
        "coffeechat: error: --format csv writes one file per table: give a folder with --output"
    ]


def test_backup_copies_sqlite_or_prints_pg_dump(cli: Cli, db_url: str, tmp_path: Path) -> None:
    _fill(cli, db_url)
    target = tmp_path / "backup" / "coffeechat.backup"

    result = cli("backup", str(target))

    assert result.code == 0, result.err
    if make_url(db_url).get_backend_name() == "sqlite":
        # The copy is a database of its own, user-only, holding the contacts
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        with sqlite3.connect(target) as copy:
            names = [row[0] for row in copy.execute("SELECT name FROM contacts ORDER BY id")]
        assert names == [FORMULA, "Ann Lee"]
        # and an existing file is never overwritten
        again = cli("backup", str(target))
        assert again.code == 2
        assert again.err_lines == [f"coffeechat: error: {target} already exists; choose a new file"]
        return
    # PostgreSQL: the pg_dump line is printed, and it works as printed
    command = result.out.splitlines()[-1]
    assert command.startswith("pg_dump --format=custom")
    target.parent.mkdir()
    subprocess.run(command, shell=True, check=True, timeout=60)  # noqa: S602
    listing = subprocess.run(
        ["pg_restore", "--list", str(target)], check=True, capture_output=True, text=True
    ).stdout
    assert " contacts " in listing


def test_pg_dump_line_leaves_the_password_out(tmp_path: Path) -> None:
    from daemon.cli.backup import pg_dump_command

    line = pg_dump_command("postgresql+psycopg://cc:s3cret@db.example:5432/cc", tmp_path / "b")

    assert "s3cret" not in line
    assert "postgresql://cc@db.example:5432/cc" in line


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1"])
def test_formula_cells_become_text(value: str) -> None:
    from daemon.cli.export import neutralised

    assert neutralised(value) == "'" + value
