"""The daemon's sections of ``coffeechat status``: meetings, parked commands, accounts."""

from __future__ import annotations

from sqlalchemy import select

from daemon.cli.context import CommandContext
from daemon.cli.status import BoardSection, Row, register_section
from daemon.store.models import (
    Account,
    Contact,
    Meeting,
    MeetingStatus,
    Outbox,
    OutboxStatus,
    SetAside,
    SetAsideStatus,
)
from daemon.store.types import utcnow


def _brief_state(meeting: Meeting) -> str:
    if meeting.brief_event_id:
        return "on your calendar"
    return "not built yet"


def _meetings_ahead(ctx: CommandContext, limit: int) -> list[Row]:
    """Meetings not yet over, soonest first, with where their prep brief stands."""
    stmt = (
        select(Meeting, Contact.name)
        .join(Contact, Contact.id == Meeting.contact_id)
        .where(
            Meeting.status.in_([MeetingStatus.HELD, MeetingStatus.CONFIRMED]),
            Meeting.end > utcnow(),
        )
        .order_by(Meeting.start, Meeting.id)
        .limit(limit)
    )
    return [
        {
            "contact_id": meeting.contact_id,
            "contact": name,
            "start": meeting.start,
            "status": "tentative hold" if meeting.status is MeetingStatus.HELD else "confirmed",
            "where": meeting.link or meeting.place or "",
            "brief": _brief_state(meeting),
        }
        for meeting, name in ctx.session.execute(stmt)
    ]


def _parked(ctx: CommandContext, limit: int) -> list[Row]:
    """Commands the daemon gave up on, with the error that stopped them."""
    stmt = (
        select(Outbox, Contact.name)
        .outerjoin(Contact, Contact.id == Outbox.contact_id)
        .where(Outbox.status == OutboxStatus.PARKED)
        .order_by(Outbox.updated_at.desc(), Outbox.id.desc())
        .limit(limit)
    )
    return [
        {
            "contact_id": row.contact_id,
            "contact": name or "",
            "command": row.kind,
            "attempts": row.attempts,
            "error": row.last_error or "",
            "key": row.key,
        }
        for row, name in ctx.session.execute(stmt)
    ]


def _set_aside(ctx: CommandContext, limit: int) -> list[Row]:
    """Messages and events the sync could not read and moved past."""
    stmt = (
        select(SetAside, Contact.name)
        .outerjoin(Contact, Contact.id == SetAside.contact_id)
        .where(SetAside.status != SetAsideStatus.FAILING)
        .order_by(SetAside.updated_at.desc(), SetAside.id.desc())
        .limit(limit)
    )
    return [
        {
            "contact_id": row.contact_id,
            "contact": name or "",
            "kind": row.kind,
            "provider_id": row.provider_id,
            "status": str(row.status),
            "error": row.error,
        }
        for row, name in ctx.session.execute(stmt)
    ]


def _accounts(ctx: CommandContext, limit: int) -> list[Row]:
    """Each watched account, how its last sync went, and the quota it was spending."""
    stmt = select(Account).order_by(Account.id).limit(limit)
    return [
        {
            "account": account.address,
            "provider": account.provider,
            "last_sync": account.last_sync_at,
            "quota": _quota(account.quota_used, account.quota_budget),
            "quota_used_last_minute": account.quota_used,
            "quota_per_minute": account.quota_budget,
            "error": account.last_error or "",
        }
        for account in ctx.session.scalars(stmt)
    ]


def _quota(used: int | None, budget: int | None) -> str:
    if used is None or budget is None:
        return ""
    return f"{used:,} of {budget:,} units a minute"


register_section(
    BoardSection(
        key="meetings_ahead",
        title="Meetings ahead",
        columns=("start", "contact", "status", "where", "brief"),
        collect=_meetings_ahead,
        empty="no meetings ahead",
    )
)
register_section(
    BoardSection(
        key="parked",
        title="Parked commands (the daemon stopped retrying these; see the error)",
        columns=("contact", "command", "attempts", "error"),
        collect=_parked,
        empty="none",
    )
)
register_section(
    BoardSection(
        key="set_aside",
        title="Set aside (mail and events it could not read; coffeechat retry reads them again)",
        columns=("contact", "kind", "provider_id", "status", "error"),
        collect=_set_aside,
        empty="none",
    )
)
register_section(
    BoardSection(
        key="accounts",
        title="Accounts",
        columns=("account", "provider", "last_sync", "quota", "error"),
        collect=_accounts,
        empty="no account synced yet (coffeechat run)",
    )
)
