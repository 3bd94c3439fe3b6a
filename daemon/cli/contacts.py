"""``coffeechat contacts add|import|list|show|move``: the people to talk to.

Contacts come from the command line or from a CSV file (a generic sheet or
LinkedIn's ``Connections.csv``, parsed by :mod:`daemon.importing`). A contact
without an address is kept and shown as "needs email": the daemon drafts
nothing for it until it has one. ``move`` hands a contact to another of the
user's mailboxes while nothing was written to them from the first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from connectors.errors import InputError, NotFound
from daemon.account_choice import contact_account
from daemon.cli.app import app
from daemon.cli.context import CommandContext, command_context, console, emit_json, iso
from daemon.cli.log import event_record, events_table
from daemon.cli.stage import parse_stage
from daemon.importing import ContactRow, ParsedCsv, RowError, is_plausible_email, read_contacts_csv
from daemon.store import repo
from daemon.store.models import Account, Actor, Contact, ContactSource, Note
from workflows.mailbox import account_move

NEEDS_EMAIL = "needs email"
# A contact no mailbox has claimed yet: the first account to sync will.
UNCLAIMED = "first to sync"
# `contacts show` lists this many of the latest events; `coffeechat log` has them all.
_SHOWN_EVENTS = 10

contacts_app = typer.Typer(help="Add, import, list, show and move contacts.", no_args_is_help=True)
app.add_typer(contacts_app, name="contacts")

ContactArg = Annotated[
    str, typer.Argument(help="The contact: id, address or an unambiguous part of the name.")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]
AccountOpt = Annotated[
    str | None,
    typer.Option(
        "--account",
        help="The configured mailbox that writes to them (needed when there are several).",
    ),
]


def contact_record(contact: Contact) -> dict[str, Any]:
    """One contact in the stable ``--json`` shape."""
    return {
        "id": contact.id,
        "name": contact.name,
        "email": contact.email,
        "needs_email": contact.email is None,
        "organization": contact.organization,
        "role": contact.role,
        "stage": str(contact.stage),
        "paused_from": str(contact.paused_from) if contact.paused_from else None,
        "manual": contact.manual,
        "source": str(contact.source),
        "account": contact.account.address if contact.account else None,
        "how_found": contact.how_found,
        "referred_by_id": contact.referred_by_id,
        "referred_by_name": contact.referred_by_name,
        "linkedin_url": contact.linkedin_url,
        "created_at": iso(contact.created_at),
        "updated_at": iso(contact.updated_at),
    }


def account_label(contact: Contact) -> str:
    """The address of the contact's mailbox, as the human listings show it."""
    return contact.account.address if contact.account else UNCLAIMED


def note_record(note: Note) -> dict[str, Any]:
    """One note in the stable ``--json`` shape."""
    return {"id": note.id, "at": iso(note.created_at), "text": note.body}


def several_accounts(ctx: CommandContext) -> bool:
    """Whether contacts may belong to different mailboxes, so listings name theirs."""
    stored = ctx.session.scalars(select(Account.address))
    return len({*stored, *(a.address for a in ctx.settings.accounts)}) > 1


def find_referrer(session: Session, ref: str) -> Contact | None:
    """The existing contact ``ref`` names, or ``None`` when it names no one (a new name).

    An ambiguous ``ref`` raises :class:`InputError` listing the candidates.
    """
    try:
        return repo.find_contact(session, ref)
    except NotFound:
        return None


@contacts_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="Full name, e.g. 'Ann Lee'.")],
    email: Annotated[str | None, typer.Option("--email", help="Their email address.")] = None,
    org: Annotated[str | None, typer.Option("--org", help="Organization.")] = None,
    role: Annotated[str | None, typer.Option("--role", help="Role or job title.")] = None,
    how_found: Annotated[
        str | None, typer.Option("--how-found", help="How you found them (drafts mention it).")
    ] = None,
    referred_by: Annotated[
        str | None,
        typer.Option("--referred-by", help="Who referred you: a name, or an existing contact."),
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help="A first note on them.")] = None,
    account: AccountOpt = None,
) -> None:
    """Add a contact at stage 'identified' (nothing changes if the address is known)."""
    if email is not None and not is_plausible_email(email.strip()):
        raise InputError(f"invalid email {email!r}")
    with command_context() as ctx:
        account_id = contact_account(ctx.session, ctx.settings, account)
        referrer = find_referrer(ctx.session, referred_by) if referred_by else None
        added = repo.add_contact(
            ctx.session,
            name=name,
            email=email,
            organization=org,
            role=role,
            how_found=how_found,
            referred_by=referrer,
            referred_by_name=referrer.name if referrer else referred_by,
            account_id=account_id,
        )
        person = added.contact
        if added.existed:
            typer.echo(f"already present: #{person.id} {person.name}; nothing changed.")
            return
        if note:
            repo.add_note(ctx.session, person, note)
        suffix = "" if person.email else f" ({NEEDS_EMAIL})"
        typer.echo(f"added #{person.id} {person.name}{suffix}.")


@dataclass
class ImportSummary:
    """What an import did; ``rejected`` holds the bad rows, by line."""

    imported: int = 0
    present: int = 0
    need_email: int = 0
    rejected: list[RowError] = field(default_factory=list)

    def __str__(self) -> str:
        return (
            f"imported {self.imported}, already present {self.present}, "
            f"need an email {self.need_email}, rejected {len(self.rejected)}"
        )


def import_contacts(session: Session, parsed: ParsedCsv, account_id: int | None) -> ImportSummary:
    """Add the good rows of ``parsed``; a row the store refuses joins the rejected ones.

    Duplicates are found by address, else LinkedIn URL (the store's rule),
    else, for a row that has neither, by the same full name: that is what
    makes a second import of the same file add nothing.
    """
    source = ContactSource(parsed.source)
    summary = ImportSummary(rejected=list(parsed.errors))
    for row in parsed.rows:
        if not row.email and not row.linkedin_url and _same_name(session, row.name):
            summary.present += 1
            continue
        try:
            added = _add_row(session, row, source, account_id)
        except InputError as exc:
            summary.rejected.append(RowError(row.line, str(exc)))
            continue
        if added.existed:
            summary.present += 1
            continue
        summary.imported += 1
        summary.need_email += added.contact.email is None
    summary.rejected.sort(key=lambda error: error.line)
    return summary


def _add_row(
    session: Session, row: ContactRow, source: ContactSource, account_id: int | None
) -> repo.Added:
    referrer = None
    if row.referred_by:
        try:
            referrer = find_referrer(session, row.referred_by)
        except InputError:
            referrer = None  # ambiguous: keep the name as written
    added = repo.add_contact(
        session,
        name=row.name,
        email=row.email,
        organization=row.organization,
        role=row.role,
        source=source,
        how_found=row.how_found,
        referred_by=referrer,
        referred_by_name=row.referred_by,
        linkedin_url=row.linkedin_url,
        account_id=account_id,
        actor=Actor.IMPORT,
    )
    if not added.existed:
        for text in (row.notes, row.connected_on and f"LinkedIn: connected on {row.connected_on}"):
            if text:
                repo.add_note(session, added.contact, text)
    return added


def _same_name(session: Session, name: str) -> bool:
    stmt = select(Contact.id).where(func.lower(Contact.name) == name.lower()).limit(1)
    return session.scalar(stmt) is not None


@contacts_app.command("import")
def import_file(
    file: Annotated[
        Path, typer.Argument(help="A CSV with a header row, or LinkedIn's Connections.csv.")
    ],
    account: AccountOpt = None,
) -> None:
    """Import contacts from a CSV; bad rows are reported by line, the good ones kept."""
    parsed = read_contacts_csv(file)
    with command_context() as ctx:
        summary = import_contacts(
            ctx.session, parsed, contact_account(ctx.session, ctx.settings, account)
        )
    for error in summary.rejected:
        typer.echo(str(error), err=True)
    typer.echo(str(summary))
    if summary.rejected:
        lines = ", ".join(str(error.line) for error in summary.rejected)
        count = len(summary.rejected)
        noun, line_word = ("row", "line") if count == 1 else ("rows", "lines")
        raise InputError(f"{count} {noun} rejected ({line_word} {lines})")


@contacts_app.command("list")
def list_contacts(
    stage: Annotated[
        str | None, typer.Option("--stage", help="Only contacts at this stage.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """List contacts, oldest first: stage, address (or 'needs email'), organization, role."""
    wanted = parse_stage(stage) if stage else None
    with command_context() as ctx:
        contacts = repo.list_contacts(ctx.session, wanted)
        if as_json:
            emit_json([contact_record(c) for c in contacts])
            return
        with_account = several_accounts(ctx)
        table = Table("#", "name", "stage", "email", "organization", "role")
        if with_account:
            table.add_column("account")
        for c in contacts:
            row = [str(c.id), c.name, str(c.stage), c.email or NEEDS_EMAIL, c.organization, c.role]
            if with_account:
                row.append(account_label(c))
            table.add_row(*row)
        out = console()
        out.print(table)
        out.print(f"{len(contacts)} contact{'' if len(contacts) == 1 else 's'}")


@contacts_app.command("show")
def show(contact: ContactArg, as_json: JsonOpt = False) -> None:
    """Show one contact: details, notes and the latest events."""
    with command_context() as ctx:
        person = repo.find_contact(ctx.session, contact)
        notes = repo.notes_of(ctx.session, person)
        events = repo.contact_log(ctx.session, person)[-_SHOWN_EVENTS:]
        if as_json:
            emit_json(
                {
                    "contact": contact_record(person),
                    "notes": [note_record(n) for n in notes],
                    "events": [event_record(e) for e in events],
                }
            )
            return
        referrer = person.referred_by_name
        if referrer and person.referred_by_id:
            referrer = f"{referrer} (#{person.referred_by_id})"
        stage = str(person.stage)
        if person.paused_from:
            stage += f" (from {person.paused_from})"
        if person.manual:
            stage += ", set by hand"
        fields = {
            "email": person.email or NEEDS_EMAIL,
            "organization": person.organization,
            "role": person.role,
            "stage": stage,
            "how found": person.how_found,
            "referred by": referrer,
            "linkedin": person.linkedin_url,
            "source": str(person.source),
            "account": account_label(person) if several_accounts(ctx) else None,
            "added": ctx.local(person.created_at),
        }
        out = console()
        out.print(f"#{person.id} {person.name}")
        for label, value in fields.items():
            if value:
                out.print(f"  {label + ':':<14}{value}")
        out.print(f"notes ({len(notes)}):")
        for n in notes:
            out.print(f"  {ctx.local(n.created_at)}  {n.body}")
        out.print("events (latest last):")
        out.print(events_table(ctx, events))


@contacts_app.command("move")
def move(
    contact: ContactArg,
    account: Annotated[
        str, typer.Option("--account", help="The configured mailbox to write to them from.")
    ],
) -> None:
    """Write to a contact from another of your mailboxes (only before anything was drafted)."""
    with command_context() as ctx:
        person = repo.lock_contact(ctx.session, repo.find_contact(ctx.session, contact).id)
        target_id = contact_account(ctx.session, ctx.settings, account)
        target = ctx.session.get(Account, target_id)
        assert target is not None  # --account named a configured mailbox
        current = person.account.address if person.account else None
        decided = account_move(current, target.address, repo.footprint(ctx.session, person))
        who = f"#{person.id} {person.name}"
        if decided.refused:
            raise InputError(f"cannot move {who} to {target.address}: {decided.refused}")
        if not decided.needed:
            typer.echo(f"{who} is already on {target.address}; nothing changed.")
            return
        person.account_id = target.id
        repo.log_event(
            ctx.session,
            person,
            actor=Actor.USER,
            cause="account_moved",
            detail={"from": current, "to": target.address},
        )
        typer.echo(f"{who}: {current or UNCLAIMED} -> {target.address}")
