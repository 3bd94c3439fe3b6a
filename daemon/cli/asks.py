"""The ``status`` section that asks the user for the notes a draft needs.

A follow-up tells the user's news, so when one is due without an update
note the daemon writes none and asks here; a thank-you waiting to be sent
reads better with a takeaway, so one is suggested while it waits.
"""

from __future__ import annotations

from sqlalchemy import exists, select

from daemon.cli.context import CommandContext
from daemon.cli.status import BoardSection, Row, register_section
from daemon.engine.state import contact_state
from daemon.store.models import Contact, Draft, DraftStatus, Note, NoteKind
from workflows.stages import DraftKind, Stage


def _command(contact: Contact, kind: NoteKind, example: str) -> str:
    return f'coffeechat notes add {contact.email or contact.id} --{kind} "{example}"'


def _update_asks(ctx: CommandContext, limit: int) -> list[Row]:
    stmt = (
        select(Contact)
        .where(Contact.stage == Stage.FOLLOWING_UP)
        .order_by(Contact.updated_at, Contact.id)
    )
    waiting = [c for c in ctx.session.scalars(stmt) if contact_state(c).awaiting_update]
    return [
        {
            "contact_id": contact.id,
            "contact": contact.name,
            "ask": "the follow-up is due: what has happened since you met?",
            "command": _command(contact, NoteKind.UPDATE, "what you did since"),
        }
        for contact in waiting[:limit]
    ]


def _takeaway_asks(ctx: CommandContext, limit: int) -> list[Row]:
    has_takeaway = exists().where(Note.contact_id == Contact.id, Note.kind == NoteKind.TAKEAWAY)
    stmt = (
        select(Contact)
        .join(Draft, Draft.contact_id == Contact.id)
        .where(
            Draft.kind == DraftKind.THANK_YOU,
            Draft.status.in_([DraftStatus.PENDING, DraftStatus.EDITED]),
            ~has_takeaway,
        )
        .order_by(Draft.created_at, Contact.id)
        .limit(limit)
    )
    return [
        {
            "contact_id": contact.id,
            "contact": contact.name,
            "ask": "a thank-you waits: add what you took from the meeting before you send it",
            "command": _command(contact, NoteKind.TAKEAWAY, "what you took from it"),
        }
        for contact in ctx.session.scalars(stmt)
    ]


def _asks(ctx: CommandContext, limit: int) -> list[Row]:
    """Updates for due follow-ups first (no draft until then), then takeaways."""
    return (_update_asks(ctx, limit) + _takeaway_asks(ctx, limit))[:limit]


register_section(
    BoardSection(
        key="notes_wanted",
        title="Notes wanted (a draft needs your words)",
        columns=("contact", "ask", "command"),
        collect=_asks,
        empty="none",
    )
)
