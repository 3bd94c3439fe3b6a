"""Read contacts from a CSV file: a generic sheet or LinkedIn's Connections.csv.

Pure parsing, no database: :func:`parse_contacts_csv` returns the good rows and
one :class:`RowError` per malformed row, each carrying the file's line number,
so the caller can import the good rows and report the bad ones (DESIGN.md,
promise 4).

Two shapes are understood:

* a generic CSV whose first non-blank row is a header with columns such as
  ``name`` (or ``first name`` + ``last name``), ``email``, ``company``,
  ``title``, ``how found``, ``referred by``, ``notes``, ``linkedin url``;
  header matching ignores case, spaces and punctuation;
* LinkedIn's own export, exactly as downloaded: a few lines of ``Notes:``
  text come before the real header row ``First Name,Last Name,URL,Email
  Address,Company,Position,Connected On``, and many rows have no email.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from connectors.errors import InputError

#: ``ParsedCsv.source`` for LinkedIn's export, else :data:`SOURCE_CSV`.
SOURCE_LINKEDIN = "linkedin"
SOURCE_CSV = "csv"
#: ``how_found`` given to LinkedIn rows that do not say otherwise.
LINKEDIN_HOW_FOUND = "LinkedIn connection"

# How far down the file the header row may sit: LinkedIn's preamble is 3 lines.
_HEADER_SEARCH_ROWS = 20

# Header spellings, normalised by _header_key, mapped to ContactRow fields.
_COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("name", "fullname", "contact", "contactname"),
    "first_name": ("firstname", "givenname", "first"),
    "last_name": ("lastname", "surname", "familyname", "last"),
    "email": ("email", "emailaddress", "mail", "emails"),
    "organization": ("organization", "organisation", "org", "company", "employer"),
    "role": ("role", "title", "jobtitle", "position"),
    "how_found": ("howfound", "howifoundthem", "howwemet", "foundvia", "foundthrough"),
    "referred_by": ("referredby", "referrer", "referral", "introducedby"),
    "notes": ("notes", "note", "comments", "comment"),
    "linkedin_url": ("linkedinurl", "linkedin", "linkedinprofile", "profileurl", "url"),
    "connected_on": ("connectedon",),
}
_ALIAS_TO_FIELD = {alias: name for name, aliases in _COLUMN_ALIASES.items() for alias in aliases}
# Only LinkedIn's export has "Connected On" next to split name columns.
_LINKEDIN_SIGNATURE = frozenset({"first_name", "last_name", "connected_on"})

# Deliberately loose: one "@", a dot in the domain, no spaces. The mail
# provider is the real judge; this only catches typos such as "bob@".
_EMAIL_RE = re.compile(r"^[^@\s,;<>\"]+@[^@\s,;<>\"]+\.[^@\s,;<>\".]+$")


@dataclass(frozen=True)
class ContactRow:
    """One good row: a person to add. ``email`` is ``None`` when the row had none."""

    line: int
    name: str
    email: str | None = None
    organization: str | None = None
    role: str | None = None
    how_found: str | None = None
    referred_by: str | None = None
    notes: str | None = None
    linkedin_url: str | None = None
    connected_on: str | None = None


@dataclass(frozen=True)
class RowError:
    """A malformed row, reported by the line of the file where it starts."""

    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass(frozen=True)
class ParsedCsv:
    """What a file held: its format (``source``), good rows and bad rows, in file order."""

    source: str
    rows: tuple[ContactRow, ...]
    errors: tuple[RowError, ...]


def is_plausible_email(text: str) -> bool:
    """True for text shaped like one email address (``bob@`` and ``a b@c.d`` are not)."""
    return bool(_EMAIL_RE.match(text))


def read_contacts_csv(path: Path) -> ParsedCsv:
    """Read and parse ``path``; raise :class:`InputError` if it cannot be read as CSV at all."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return parse_contacts_csv(decode_csv_bytes(data, str(path)))


def decode_csv_bytes(data: bytes, label: str) -> str:
    """Decode a CSV file: UTF-8 (with or without BOM), or UTF-16 when it has a BOM."""
    encoding = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else None
    try:
        return data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as exc:
        # Excel's "CSV" (not "CSV UTF-8") is the usual culprit; guessing a
        # legacy code page would import garbled names silently.
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"{label}: line {line} is not UTF-8 text; save the file as 'CSV UTF-8' and retry"
        ) from exc


def parse_contacts_csv(text: str) -> ParsedCsv:
    """Parse the text of a contacts CSV into good rows and per-line errors.

    Raises :class:`InputError` when no header row can be found, since then no
    row can be read at all.
    """
    records = _records(text)
    header = _find_header(records)
    columns = [_ALIAS_TO_FIELD.get(_header_key(cell)) for cell in header]
    present = {column for column in columns if column}
    source = SOURCE_LINKEDIN if present >= _LINKEDIN_SIGNATURE else SOURCE_CSV
    rows: list[ContactRow] = []
    errors: list[RowError] = []
    for line, cells in records:
        if not any(cell.strip() for cell in cells):
            continue  # blank lines and rows of empty cells carry nothing
        if len(cells) != len(header):
            errors.append(
                RowError(
                    line, f"expected {len(header)} fields as in the header, found {len(cells)}"
                )
            )
            continue
        result = _row(line, columns, cells, source)
        if isinstance(result, RowError):
            errors.append(result)
        else:
            rows.append(result)
    return ParsedCsv(source=source, rows=tuple(rows), errors=tuple(errors))


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(line where the record starts, cells)``; quoted newlines span lines."""
    reader = csv.reader(text.splitlines(keepends=True), strict=False)
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(f"line {start}: unreadable CSV ({exc})") from exc
        yield start, cells
        start = reader.line_num + 1


def _find_header(records: Iterator[tuple[int, list[str]]]) -> list[str]:
    """Consume rows up to and including the header row, and return it."""
    for _, (_line, cells) in zip(range(_HEADER_SEARCH_ROWS), records, strict=False):
        fields = {_ALIAS_TO_FIELD.get(_header_key(cell)) for cell in cells}
        if "name" in fields or "first_name" in fields:
            return cells
    raise InputError(
        "no header row found: expected a column 'name' (or 'first name' and 'last name'), "
        "and optionally 'email', 'company', 'title', 'notes', 'linkedin url'"
    )


def _header_key(cell: str) -> str:
    """``" E-mail Address "`` -> ``"emailaddress"``: case, spacing and punctuation ignored."""
    return re.sub(r"[^0-9a-z]", "", cell.lower())


def _row(
    line: int, columns: Sequence[str | None], cells: Sequence[str], source: str
) -> ContactRow | RowError:
    """Turn one record into a :class:`ContactRow`, or say why it cannot be one."""
    if any("\x00" in cell for cell in cells):
        # No database keeps one in text (PostgreSQL refuses it outright).
        return RowError(line, "contains a NUL character")
    values: dict[str, str] = {}
    for column, cell in zip(columns, cells, strict=True):
        # Notes keep their line breaks; every other field is one line of text.
        text = cell.strip() if column == "notes" else " ".join(cell.split())
        if column and text and column not in values:
            values[column] = text
    name = values.pop("name", None) or " ".join(
        part for part in (values.pop("first_name", ""), values.pop("last_name", "")) if part
    )
    values.pop("first_name", None)
    values.pop("last_name", None)
    if not name:
        return RowError(line, "no name")
    email = values.pop("email", None)
    if email is not None and not is_plausible_email(email):
        return RowError(line, f"invalid email {email!r}")
    if source == SOURCE_LINKEDIN:
        values.setdefault("how_found", LINKEDIN_HOW_FOUND)
    return ContactRow(line=line, name=name, email=email, **values)
