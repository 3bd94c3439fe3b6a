"""Carry out one provider command from the outbox.

:func:`perform` does the provider I/O and returns an :class:`Outcome`; the
engine then records it (and the events it leads to) in one transaction. Every
provider call here is idempotent by key: a draft carries the outbox key in a
header and is found again instead of duplicated, and a daemon-owned calendar
event carries its key in a private extended property.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from connectors.base import (
    EVENT_KEY_PROPERTY,
    CalendarConnector,
    DraftSpec,
    Interval,
    MailConnector,
    PrivateEventSpec,
)
from connectors.errors import InputError, Transient
from daemon.engine.commands import CommandKind, OutboxCommand, ProviderCommand
from daemon.engine.context import current_meeting, draft_context, last_incoming, thread_references
from daemon.engine.ingest import body_text
from daemon.settings import Settings
from daemon.store.models import Contact, Message, Outbox
from workflows import slots
from workflows.commands import DropBrief, DropHold, PlaceHold, PutBrief, WriteDraft
from workflows.decision import (
    AcceptTime,
    Decision,
    OfferSlots,
    UseBooking,
    decision_from_json,
)
from workflows.drafting import DraftContext, build_brief, render_draft
from workflows.events import Event, EventKind
from workflows.stages import DraftKind

#: Outbox kinds that set the one prep event of a contact.
BRIEF_KINDS = (CommandKind.PUT_BRIEF, CommandKind.DROP_BRIEF)

#: Payload field of a draft command whose create may have landed unseen.
UNCERTAIN = "uncertain_at"

#: How far ahead the daemon looks for free slots to offer.
OFFER_HORIZON = timedelta(days=14)


@dataclass
class Outcome:
    """What a command did: its result (stored on the outbox row) and the events it causes."""

    result: dict[str, Any]
    events: list[tuple[Event, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Job:
    """One claimed outbox row, detached from its session."""

    key: str
    contact_id: int
    command: OutboxCommand
    payload: dict[str, Any]
    attempts: int = 1
    #: The fencing token of the claim (see :mod:`daemon.engine.claims`).
    fence: int = 0


def hold_key(contact_id: int) -> str:
    """The key of a contact's tentative hold (one at a time, moved in place)."""
    return f"hold/c{contact_id}"


def brief_key(contact_id: int) -> str:
    """The key of a contact's private prep event."""
    return f"brief/c{contact_id}"


class Performer:
    """Runs commands for one contact's account, reading the store as needed."""

    def __init__(
        self,
        settings: Settings,
        session: Session,
        mail: MailConnector,
        calendar: CalendarConnector,
        save_payload: Any,
        now: datetime,
        provider: str,
    ) -> None:
        self.now = now
        self.settings = settings
        #: How long a call to the account's provider may take before the client gives up.
        self.http_timeout = (
            settings.microsoft if provider == "microsoft" else settings.google
        ).http_timeout
        self.session = session
        self.mail = mail
        self.calendar = calendar
        self._save_payload = save_payload

    def perform(self, job: Job, command: ProviderCommand) -> Outcome:
        """Do ``command`` (``job``'s) at the provider."""
        contact = self.session.get(Contact, job.contact_id)
        if contact is None:
            return Outcome({"skipped": "contact deleted"})
        match command:
            case WriteDraft(kind=kind):
                return self._write_draft(job, contact, kind)
            case PlaceHold(start=start, end=end):
                return self._place_hold(job, contact, start, end)
            case DropHold():
                return self._drop_hold(contact)
            case PutBrief() | DropBrief() if self._superseded(job, BRIEF_KINDS):
                return Outcome({"skipped": "a newer brief command follows"})
            case PutBrief(start=start, end=end):
                return self._put_brief(job, contact, start, end)
            case DropBrief():
                return self._drop_brief(job, contact)

    def _first_put(self, job: Job, kind: CommandKind) -> bool:
        """Whether no event can carry the key ``job`` puts yet, so none need be looked up.

        Its first claim ever (no earlier attempt of it can have created one),
        and the only command of its kind the contact ever had (the key is the
        contact's, moved in place by each of them, whatever order they run in).
        """
        if job.fence > 1:
            return False
        others = select(Outbox.id).where(
            Outbox.contact_id == job.contact_id, Outbox.kind == kind, Outbox.key != job.key
        )
        return self.session.scalars(others.limit(1)).first() is None

    def _superseded(self, job: Job, kinds: tuple[CommandKind, ...]) -> bool:
        # Commands of one contact run on any worker in any order; a stale put
        # or drop that ran after a newer one would leave the brief wrong.
        mine = select(Outbox.id).where(Outbox.key == job.key).scalar_subquery()
        newer = select(Outbox.id).where(
            Outbox.contact_id == job.contact_id, Outbox.kind.in_(kinds), Outbox.id > mine
        )
        return self.session.scalars(newer.limit(1)).first() is not None

    # ------------------------------------------------------------ drafts

    def _write_draft(self, job: Job, contact: Contact, kind: DraftKind) -> Outcome:
        if not contact.email:
            raise InputError(f"contact #{contact.id} {contact.name} has no email address")
        ctx = draft_context(self.session, self.settings, contact)
        if kind is DraftKind.CONFIRMATION and ctx.meeting is None:
            # Called off (a reschedule, a cancellation) before this ran: there
            # is nothing left to confirm.
            return Outcome({"skipped": "the meeting it confirms is off"})
        decision: Decision | None = None
        if kind is DraftKind.SCHEDULING_REPLY:
            stored = job.payload.get("decision")
            decision = decision_from_json(stored) if stored else self._decide(contact)
            # Stored before the draft exists, so a retry writes the same reply.
            self._save_payload(job.key, {**job.payload, "decision": decision.to_json()})
            ctx = _with_decision(ctx, decision)
        rendered = render_draft(kind, ctx, self.settings.drafting.templates_dir)
        references = thread_references(self.session, contact.id)
        spec = DraftSpec(
            key=job.key,
            to=(contact.email,),
            subject=rendered.subject,
            text=rendered.text,
            html=rendered.html,
            thread_id=contact.thread_id,
            in_reply_to=references[-1] if references else None,
            references=references,
            # The command's first claim ever (the fence counts them all, unlike
            # attempts, which a retry resets): no earlier create can have run.
            first_attempt=job.fence <= 1 and UNCERTAIN not in job.payload,
        )
        now = self.now
        events = [(Event(EventKind.DRAFT_CREATED, at=now, draft=kind), f"d{job.key}/created")]
        accepted = decision if isinstance(decision, AcceptTime) else None
        if accepted is not None:
            agreed = Event(EventKind.TIME_AGREED, at=now, start=accepted.start, end=accepted.end)
            events.append((agreed, f"d{job.key}/agreed"))
        result: dict[str, Any] = {"kind": kind.value, "subject": rendered.subject}
        # A retry may follow a create that reached the provider but was never
        # recorded (a timeout, a killed worker), and the user may have sent
        # that draft since: then it is done, and writing it again would
        # duplicate the step.
        sent = (
            self.mail.find_sent(job.key, contact.thread_id, spec.to) if job.attempts > 1 else None
        )
        if sent is not None:
            result |= {
                "sent_id": sent.id,
                "thread_id": sent.thread_id,
                "sent_text": body_text(sent.raw),
            }
            at = sent.date or now
            events.append((Event(EventKind.DRAFT_SENT, at=at, draft=kind), f"d{job.key}/sent"))
            if accepted is not None:
                went = Event(
                    EventKind.ACCEPTANCE_SENT, at=at, start=accepted.start, end=accepted.end
                )
                events.append((went, f"d{job.key}/confirmed"))
            return Outcome(result, events)
        try:
            draft = self.mail.create_draft(spec)
        except Transient as exc:
            if not exc.uncertain:
                raise
            # The create may have reached the provider and still land (a timeout, a
            # 5xx after sending): look the key up again only once it had time
            # to, and mark the step so a late second draft is found and removed.
            payload = {**job.payload, **({"decision": decision} if decision else {})}
            self._save_payload(job.key, {**payload, UNCERTAIN: now.isoformat()})
            settle = self.http_timeout.total_seconds()
            raise Transient(str(exc), retry_after=max(exc.retry_after or 0, settle)) from exc
        result |= {
            "draft_id": draft.id,
            "thread_id": draft.thread_id,
            "fingerprint": draft.fingerprint,
        }
        return Outcome(result, events)

    def _decide(self, contact: Contact) -> Decision:
        """Accept one of their windows, use their booking link, or offer free slots."""
        user = self.settings.user
        incoming: Message | None = last_incoming(self.session, contact.id)
        verdict = (incoming.verdict if incoming is not None else None) or {}
        length = user.meeting_length
        now = self.now
        windows = [
            Interval(
                datetime.fromisoformat(w["start"]),
                datetime.fromisoformat(w["end"])
                if w.get("end")
                else datetime.fromisoformat(w["start"]) + length,
            )
            for w in verdict.get("proposed_times", [])
        ]
        hours = (user.working_hours.start, user.working_hours.end)
        if windows:
            busy = self.calendar.free_busy(
                min(w.start for w in windows), max(w.end for w in windows)
            )
            picked = slots.pick_window(
                windows, busy, user.zone, hours, user.working_days, length, now
            )
            if picked is not None:
                # The offset they wrote their times in: the reply restates the slot in it.
                offset = windows[0].start.utcoffset() or timedelta(0)
                return AcceptTime(*picked, their_offset=offset)
        if verdict.get("scheduling_link"):
            return UseBooking(verdict["scheduling_link"])
        busy = self.calendar.free_busy(now, now + OFFER_HORIZON)
        offered = slots.offer_slots(busy, user.zone, hours, user.working_days, length, now)
        return OfferSlots(tuple(offered))

    # ---------------------------------------------------- calendar events

    def _place_hold(self, job: Job, contact: Contact, start: datetime, end: datetime) -> Outcome:
        event = self.calendar.put_private_event(
            PrivateEventSpec(
                key=hold_key(contact.id),
                summary=f"Hold: coffee chat with {contact.name}",
                start=start,
                end=end,
                description=(
                    "A tentative hold coffeechat placed for the time you agreed by email. "
                    "It goes away when their invitation arrives."
                ),
                tentative=True,
                properties={"coffeechat_contact": str(contact.id), "coffeechat_kind": "hold"},
                first=self._first_put(job, CommandKind.PLACE_HOLD),
            )
        )
        placed = Event(EventKind.HOLD_PLACED, at=self.now, start=start, end=end, event_id=event.id)
        result = {"event_id": event.id, "start": start.isoformat(), "end": end.isoformat()}
        return Outcome(result, [(placed, f"r{job.key}")])

    def _drop_hold(self, contact: Contact) -> Outcome:
        meeting = current_meeting(self.session, contact.id)
        if meeting is not None and meeting.hold_event_id == meeting.provider_event_id:
            return Outcome({"kept": "the hold is the meeting"})
        held = self.calendar.find_private_event(hold_key(contact.id))
        if held is not None:
            self.calendar.delete_event(held.id)
        return Outcome({"deleted": held.id if held is not None else None})

    def _put_brief(self, job: Job, contact: Contact, start: datetime, end: datetime) -> Outcome:
        ctx = draft_context(self.session, self.settings, contact)
        brief = build_brief(ctx, self.settings.drafting.templates_dir)
        meeting = current_meeting(self.session, contact.id)
        event = self.calendar.put_private_event(
            PrivateEventSpec(
                key=brief_key(contact.id),
                summary=brief.title,
                start=start,
                end=end,
                description=brief.text,
                properties={
                    "coffeechat_contact": str(contact.id),
                    "coffeechat_kind": "brief",
                    "coffeechat_meeting": (meeting.provider_event_id or "") if meeting else "",
                },
                attachment=("prep-brief.txt", brief.text.encode("utf-8")),
                first=self._first_put(job, CommandKind.PUT_BRIEF),
            )
        )
        put = Event(EventKind.BRIEF_PUT, at=self.now, event_id=event.id)
        return Outcome({"event_id": event.id}, [(put, f"r{job.key}")])

    def _drop_brief(self, job: Job, contact: Contact) -> Outcome:
        found = self.calendar.find_private_event(brief_key(contact.id))
        if found is not None and found.properties.get(EVENT_KEY_PROPERTY) == brief_key(contact.id):
            self.calendar.delete_event(found.id)
        dropped = Event(EventKind.BRIEF_DROPPED, at=self.now)
        result = {"deleted": found.id if found is not None else None}
        return Outcome(result, [(dropped, f"r{job.key}")])


def _with_decision(ctx: DraftContext, decision: Decision) -> DraftContext:
    match decision:
        case AcceptTime(start=start, end=end, their_offset=offset):
            zone = timezone(offset) if offset is not None else None
            return dataclasses.replace(ctx, accepted_window=(start, end), their_zone=zone)
        case UseBooking(booking_link=booking_link):
            return dataclasses.replace(ctx, booking_link=booking_link)
        case OfferSlots(slots=offered):
            return dataclasses.replace(ctx, offered_slots=list(offered))
