"""The draft review kit: any draft kind (or the brief) for any contact, without a daemon.

A preview is written from the same store facts as the real draft
(:func:`~daemon.engine.context.draft_context`). Facts that only exist later
in a conversation are stood in for, and each stand-in is named so the user
knows which words are real: a scheduling reply offers the user's next free
working slots (their calendar is not read), a confirmation or brief without
an agreed meeting shows the first of those slots, a referral outreach
without a referrer names a placeholder.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from connectors.errors import InputError
from daemon.engine.context import draft_context
from daemon.settings import Settings
from daemon.store.models import Contact
from workflows import slots
from workflows.drafting import DraftContext, MeetingFacts, build_brief, render_draft
from workflows.stages import DraftKind

#: The kind name that previews the prep brief.
BRIEF = "brief"
#: Every name ``preview`` accepts, in the order a conversation meets them.
KINDS = (*(kind.value for kind in DraftKind), BRIEF)
_REFERRER = "(your referrer)"


@dataclass(frozen=True)
class Preview:
    """A rendered draft or brief, and the stand-ins it was written with."""

    subject: str
    text: str
    assumed: tuple[str, ...]


def parse_kind(name: str) -> str:
    """The kind ``name`` means ("thank-you" or "thank_you"), or a one-line InputError."""
    value = name.strip().lower().replace("-", "_")
    if value not in KINDS:
        choices = ", ".join(kind.replace("_", "-") for kind in KINDS)
        raise InputError(f"unknown draft kind {name!r}; choose one of {choices}")
    return value


def _free_slots(settings: Settings, now: datetime) -> list[tuple[datetime, datetime]]:
    user = settings.user
    hours = (user.working_hours.start, user.working_hours.end)
    return slots.offer_slots([], user.zone, hours, user.working_days, user.meeting_length, now)


def _stand_ins(
    kind: str, ctx: DraftContext, settings: Settings, now: datetime
) -> tuple[DraftContext, list[str]]:
    """``ctx`` with what ``kind`` needs and the store does not have yet, and what was assumed."""
    assumed: list[str] = []
    free = _free_slots(settings, now)
    needs_meeting = kind in (DraftKind.CONFIRMATION.value, BRIEF)
    if needs_meeting and ctx.meeting is None and free:
        ctx = dataclasses.replace(ctx, meeting=MeetingFacts(*free[0]))
        assumed.append("no meeting is agreed yet: shown with your next free slot")
    if kind == DraftKind.SCHEDULING_REPLY.value:
        ctx = dataclasses.replace(ctx, offered_slots=free)
        assumed.append("offers your next free working slots (your calendar was not read)")
    if kind == DraftKind.REFERRAL_OUTREACH.value and not ctx.contact.referrer_name:
        ctx = dataclasses.replace(
            ctx, contact=dataclasses.replace(ctx.contact, referrer_name=_REFERRER)
        )
        assumed.append(f"nobody referred them: the referrer is shown as {_REFERRER}")
    return ctx, assumed


def preview(
    session: Session,
    settings: Settings,
    contact: Contact,
    kind: str,
    now: datetime,
    templates_dir: Path | None = None,
) -> Preview:
    """Render ``kind`` (a draft kind's value or "brief") for ``contact`` as it would be now.

    A follow-up without an ``--update`` note raises
    :class:`~workflows.drafting.NothingToSay`, as the daemon would write none.
    """
    if not contact.email:
        raise InputError(f"contact #{contact.id} {contact.name} has no email address")
    ctx = draft_context(session, settings, contact)
    ctx, assumed = _stand_ins(kind, ctx, settings, now)
    templates = templates_dir or settings.drafting.templates_dir
    if kind == BRIEF:
        brief = build_brief(ctx, templates)
        return Preview(brief.title, brief.text, tuple(assumed))
    draft = render_draft(DraftKind(kind), ctx, templates)
    return Preview(draft.subject, draft.text, tuple(assumed))


def preview_all(
    session: Session, settings: Settings, contacts: list[Contact], out: Path, now: datetime
) -> list[Path]:
    """Every kind for every contact as ``<contact>-<kind>.txt`` in ``out``.

    Kinds with nothing to say for a contact (a follow-up without an update)
    are left out, as the daemon would leave them, and so is the outreach the
    contact would not get (the referral one without a referrer, or the reverse).
    """
    written: list[Path] = []
    for contact in contacts:
        slug = "-".join(contact.name.lower().split()) or f"contact-{contact.id}"
        first = DraftKind.REFERRAL_OUTREACH if contact.referred_by_name else DraftKind.OUTREACH
        skipped = {DraftKind.OUTREACH.value, DraftKind.REFERRAL_OUTREACH.value} - {first.value}
        for kind in KINDS:
            if kind in skipped:
                continue
            try:
                shown = preview(session, settings, contact, kind, now)
            except InputError:
                continue
            path = out / f"{slug}-{kind.replace('_', '-')}.txt"
            path.write_text(f"Subject: {shown.subject}\n\n{shown.text}", encoding="utf-8")
            written.append(path)
    return written
