"""contacts import: LinkedIn's export and generic CSVs through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from daemon.store.db import open_store
from daemon.store.models import Event
from tests.cli.support import DATA, Cli


def test_linkedin_export_imports_every_row(cli: Cli) -> None:
    result = cli("contacts", "import", str(DATA / "Connections.csv"))

    assert result.code == 0, result.err
    assert result.out.strip() == "imported 40, already present 0, need an email 20, rejected 0"
    assert result.err == ""
    contacts = json.loads(cli("contacts", "list", "--json").out)
    assert len(contacts) == 40
    assert contacts[0]["name"] == "Amara Okafor"  # the BOM is not glued to the first name
    assert {c["source"] for c in contacts} == {"linkedin"}
    assert {c["how_found"] for c in contacts} == {"LinkedIn connection"}
    assert sum(c["needs_email"] for c in contacts) == 20
    george = next(c for c in contacts if c["name"] == "George Miller")
    assert (george["organization"], george["role"]) == ("Acme, Inc.", "VP, Engineering")
    assert george["linkedin_url"] == "https://www.linkedin.com/in/george-miller"
    listed = cli("contacts", "list").out
    assert "needs email" in next(line for line in listed.splitlines() if "Ben Carter" in line)


def test_second_import_of_the_same_file_adds_nothing(cli: Cli) -> None:
    cli("contacts", "import", str(DATA / "Connections.csv"))
    cli("contacts", "import", str(DATA / "contacts_generic.csv"))

    linkedin = cli("contacts", "import", str(DATA / "Connections.csv"))
    generic = cli("contacts", "import", str(DATA / "contacts_generic.csv"))

    assert linkedin.out.strip() == "imported 0, already present 40, need an email 0, rejected 0"
    assert generic.out.strip() == "imported 0, already present 4, need an email 0, rejected 0"
    assert len(json.loads(cli("contacts", "list", "--json").out)) == 44


def test_each_imported_contact_gets_an_import_event(cli: Cli, db_url: str) -> None:
    cli("contacts", "import", str(DATA / "Connections.csv"))

    store = open_store(db_url)
    try:
        with store.transaction() as session:
            events = list(session.scalars(select(Event)))
    finally:
        store.close()

    assert len(events) == 40
    assert {(str(e.actor), e.cause, str(e.to_stage)) for e in events} == {
        ("import", "added", "identified")
    }
    assert len({e.contact_id for e in events}) == 40


def test_bad_rows_are_reported_by_line_and_good_rows_kept(cli: Cli) -> None:
    result = cli("contacts", "import", str(DATA / "connections_broken.csv"))

    assert result.code == 2
    assert result.err_lines == [
        "line 7: invalid email 'bob@'",
        "line 9: expected 7 fields as in the header, found 8",
        "line 11: no name",
        "coffeechat: error: 3 rows rejected (lines 7, 9, 11)",
    ]
    # Priya Raman appears twice in the file: the second is "already present".
    assert result.out.strip() == "imported 5, already present 1, need an email 3, rejected 3"
    names = [c["name"] for c in json.loads(cli("contacts", "list", "--json").out)]
    assert names == ["Priya Raman", "Tomás Herrera", "Ada Quist", "Dana Fox", "Erin Moss"]


def test_one_bad_row_says_row_and_line(cli: Cli, tmp_path: Path) -> None:
    sheet = tmp_path / "people.csv"
    sheet.write_text("Name,Email\nAnn Lee,ann@example.com\nBob,bob@\n", encoding="utf-8")

    result = cli("contacts", "import", str(sheet))

    assert result.code == 2
    assert result.err_lines[-1] == "coffeechat: error: 1 row rejected (line 3)"
    assert result.out.strip() == "imported 1, already present 0, need an email 0, rejected 1"


def test_a_row_with_a_nul_is_one_line_and_the_good_rows_are_imported(
    cli: Cli, tmp_path: Path
) -> None:
    sheet = tmp_path / "people.csv"
    sheet.write_bytes(
        b"Name,Email,Company\nAnn Lee,ann@example.com,Acme\n"
        b"Bob Ray,bob@example.com,Ac\x00me\nCy Ng,cy@example.com,Bolt\n"
    )

    result = cli("contacts", "import", str(sheet))

    assert result.code == 2
    assert result.err_lines[-1] == "coffeechat: error: 1 row rejected (line 3)"
    assert "line 3: contains a NUL character" in result.err
    assert "Traceback" not in result.err
    assert result.out.strip() == "imported 2, already present 0, need an email 0, rejected 1"


def test_generic_csv_imports_fields_notes_and_referrals(cli: Cli) -> None:
    result = cli("contacts", "import", str(DATA / "contacts_generic.csv"))

    assert result.code == 0, result.err
    assert result.out.strip() == "imported 4, already present 0, need an email 1, rejected 0"
    grace = json.loads(cli("contacts", "show", "Grace", "--json").out)
    assert grace["contact"]["source"] == "csv"
    assert grace["contact"]["how_found"] == "Alumni directory"
    assert grace["contact"]["role"] == "Rear Admiral"
    assert [n["text"] for n in grace["notes"]] == [
        "Ask about COBOL history, and\nhow she picked her first team"
    ]
    # Alan's referrer is an earlier row of the same file: linked, not just named.
    alan = json.loads(cli("contacts", "show", "Turing", "--json").out)["contact"]
    assert (alan["referred_by_id"], alan["referred_by_name"]) == (
        grace["contact"]["id"],
        "Grace Hopper",
    )


def test_linkedin_rows_keep_the_connection_date_as_a_note(cli: Cli) -> None:
    cli("contacts", "import", str(DATA / "Connections.csv"))

    notes = json.loads(cli("contacts", "show", "amara", "--json").out)["notes"]

    assert [n["text"] for n in notes] == ["LinkedIn: connected on 14 Mar 2024"]


def test_import_finds_existing_contacts_by_linkedin_url(cli: Cli, tmp_path: Path) -> None:
    cli("contacts", "import", str(DATA / "Connections.csv"))
    sheet = tmp_path / "later.csv"
    # Ben Carter (no email in the export) now with an address, and the URL spelled differently.
    sheet.write_text(
        "name,email,linkedin\nBen Carter,ben@example.com,http://linkedin.com/in/Ben-Carter/?trk=x\n",
        encoding="utf-8",
    )

    result = cli("contacts", "import", str(sheet))

    assert result.out.strip() == "imported 0, already present 1, need an email 0, rejected 0"


def test_unreadable_file_is_one_line_error(cli: Cli, tmp_path: Path) -> None:
    missing = cli("contacts", "import", str(tmp_path / "nope.csv"))
    headerless = tmp_path / "headerless.csv"
    headerless.write_text("Ann Lee,ann@example.com\n", encoding="utf-8")
    no_header = cli("contacts", "import", str(headerless))

    assert missing.code == no_header.code == 2
    assert len(missing.err_lines) == 1 and "cannot read" in missing.err
    assert len(no_header.err_lines) == 1 and "no header row found" in no_header.err
