"""daemon.importing: CSV parsing alone, no database."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from connectors.errors import InputError
from daemon.importing import (
    LINKEDIN_HOW_FOUND,
    SOURCE_CSV,
    SOURCE_LINKEDIN,
    decode_csv_bytes,
    parse_contacts_csv,
    read_contacts_csv,
)
from tests.cli.support import DATA

LINKEDIN_PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email '
    "addresses are missing. You will only see email addresses for connections who have allowed "
    'their connections to see or download their email address using this setting."\n'
    "\n"
)
LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def test_linkedin_export_with_preamble_and_bom_is_recognised() -> None:
    parsed = read_contacts_csv(DATA / "Connections.csv")

    assert (DATA / "Connections.csv").read_bytes().startswith(codecs.BOM_UTF8)
    assert parsed.source == SOURCE_LINKEDIN
    assert parsed.errors == ()
    assert len(parsed.rows) == 40
    assert sum(row.email is None for row in parsed.rows) == 20
    first = parsed.rows[0]
    assert first.line == 5  # after the 3 preamble lines and the header
    assert first.name == "Amara Okafor"
    assert first.email == "amara.okafor@example.com"
    assert first.linkedin_url == "https://www.linkedin.com/in/amara-okafor"
    assert first.how_found == LINKEDIN_HOW_FOUND
    assert first.connected_on == "14 Mar 2024"


def test_quoted_commas_stay_inside_their_field() -> None:
    parsed = read_contacts_csv(DATA / "Connections.csv")

    george = next(row for row in parsed.rows if row.name == "George Miller")
    assert george.organization == "Acme, Inc."
    assert george.role == "VP, Engineering"


def test_bad_rows_are_reported_by_line_and_good_rows_kept() -> None:
    parsed = read_contacts_csv(DATA / "connections_broken.csv")

    assert [str(error) for error in parsed.errors] == [
        "line 7: invalid email 'bob@'",
        "line 9: expected 7 fields as in the header, found 8",
        "line 11: no name",
    ]
    assert [row.line for row in parsed.rows] == [5, 6, 8, 10, 12, 13]


def test_generic_header_matching_ignores_case_spacing_and_punctuation() -> None:
    text = " FULL name ,E-Mail, company ,Job_Title,how found,Referred by,NOTES,LinkedIn URL\n"
    text += (
        "Ann Lee,ann@example.com,Globex,CTO,Meetup,Bo Chen,likes tea,https://linkedin.com/in/ann\n"
    )

    parsed = parse_contacts_csv(text)

    assert parsed.source == SOURCE_CSV
    (row,) = parsed.rows
    assert (row.name, row.email, row.organization, row.role) == (
        "Ann Lee",
        "ann@example.com",
        "Globex",
        "CTO",
    )
    assert (row.how_found, row.referred_by, row.notes, row.linkedin_url) == (
        "Meetup",
        "Bo Chen",
        "likes tea",
        "https://linkedin.com/in/ann",
    )


def test_first_and_last_name_columns_are_joined() -> None:
    parsed = parse_contacts_csv("first name,last name,email\nAnn,Lee,\n,Chen,bo@example.com\n")

    assert [(row.name, row.email) for row in parsed.rows] == [
        ("Ann Lee", None),
        ("Chen", "bo@example.com"),
    ]
    assert parsed.rows[0].how_found is None  # only LinkedIn rows get a default


def test_multiline_quoted_field_keeps_the_line_where_the_row_starts() -> None:
    text = 'name,notes,email\nAnn,"two\nlines",ann@example.com\nBo,,bo@\n'

    parsed = parse_contacts_csv(text)

    assert parsed.rows[0].notes == "two\nlines"
    assert [str(error) for error in parsed.errors] == ["line 4: invalid email 'bo@'"]


def test_blank_lines_are_skipped_but_counted() -> None:
    parsed = parse_contacts_csv("name,email\n\nAnn,ann@example.com\n,\n\nBo,bo@example\n")

    assert [row.name for row in parsed.rows] == ["Ann"]
    assert [str(error) for error in parsed.errors] == ["line 6: invalid email 'bo@example'"]


def test_linkedin_header_found_after_preamble_without_bom() -> None:
    text = (
        LINKEDIN_PREAMBLE
        + LINKEDIN_HEADER
        + "Ann,Lee,https://www.linkedin.com/in/ann,,Globex,CTO,1 Jan 2024\n"
    )

    parsed = parse_contacts_csv(text)

    assert parsed.source == SOURCE_LINKEDIN
    assert parsed.rows[0].line == 5
    assert parsed.rows[0].email is None


def test_file_without_header_is_one_clear_error() -> None:
    with pytest.raises(InputError, match="no header row found"):
        parse_contacts_csv("Ann Lee,ann@example.com\nBo Chen,bo@example.com\n")


def test_non_utf8_file_is_one_clear_error_naming_the_line() -> None:
    data = "name,email\nAnn,ann@example.com\nJosé,jose@example.com\n".encode("cp1252")

    with pytest.raises(InputError, match=r"people\.csv: line 3 is not UTF-8"):
        decode_csv_bytes(data, "people.csv")


def test_utf16_with_bom_is_decoded() -> None:
    data = "name,email\nJosé,jose@example.com\n".encode("utf-16")

    parsed = parse_contacts_csv(decode_csv_bytes(data, "people.csv"))

    assert parsed.rows[0].name == "José"


def test_missing_file_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_contacts_csv(tmp_path / "nope.csv")
