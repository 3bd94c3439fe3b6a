"""Plays the world around one sandbox mailbox through the admin client.

Contacts write to the user, the user sends, edits or deletes drafts, contacts
send invitations, the user moves or cancels events: all through
``SandboxAdmin``, never through the connector under test.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from connectors.base import DRAFT_KEY_HEADER
from connectors.sandbox import SandboxAdmin


def header(message: Mapping[str, Any], name: str) -> str | None:
    """One header of a draft or message in the sandbox's state, as written, decoded.

    A value past 78 columns (a long draft key) is folded into RFC 2047 encoded
    words, so it is decoded, and the fold's leading space dropped.
    """
    for key, value in message.get("headers", []):
        if key.lower() == name.lower():
            return str(make_header(decode_header(str(value)))).strip()
    return None


def draft_key(message: Mapping[str, Any]) -> str | None:
    """The outbox key a draft or sent message in the sandbox's state carries, if any."""
    return header(message, DRAFT_KEY_HEADER)


@dataclass
class World:
    """The sandbox seen from one mailbox ``address``."""

    admin: SandboxAdmin
    address: str

    def written(
        self,
        sender: str,
        subject: str,
        text: str,
        *,
        in_reply_to: str | None = None,
        references: Sequence[str] = (),
        cc: Sequence[str] = (),
    ) -> tuple[bytes, str]:
        """A contact's message to the user, as RFC 5322 bytes, and its Message-ID."""
        message_id = f"<{secrets.token_hex(8)}@{sender.partition('@')[2]}>"
        msg = EmailMessage()
        msg["From"] = sender
        msg["To"] = self.address
        if cc:
            msg["Cc"] = ", ".join(cc)
        msg["Subject"] = subject
        msg["Date"] = format_datetime(datetime.now(UTC))
        msg["Message-ID"] = message_id
        if in_reply_to:
            msg["In-Reply-To"] = in_reply_to
            msg["References"] = " ".join([*references, in_reply_to])
        msg.set_content(text)
        return msg.as_bytes(), message_id

    def deliver(
        self,
        sender: str,
        subject: str,
        text: str,
        *,
        in_reply_to: str | None = None,
        references: Sequence[str] = (),
        cc: Sequence[str] = (),
        among: Sequence[bytes] = (),
    ) -> dict[str, str]:
        """A contact's message arrives; ``{"id", "threadId", "messageId"}``.

        ``among``: other mail that arrives in the same instant, before it (one
        history page, so the next poll reads them all in one batch).
        """
        raw, message_id = self.written(
            sender, subject, text, in_reply_to=in_reply_to, references=references, cc=cc
        )
        delivered = self.admin.deliver_many(self.address, [*among, raw])[-1]
        return {**delivered, "messageId": message_id}

    def state(self) -> dict[str, Any]:
        """Messages, drafts, sent mail and events of the mailbox."""
        return self.admin.state(self.address)

    def drafts(self) -> list[dict[str, Any]]:
        """The drafts in the mailbox, with their raw MIME."""
        drafts: list[dict[str, Any]] = self.state()["drafts"]
        return drafts

    def send_draft(
        self,
        draft_id: str,
        raw: bytes | None = None,
        *,
        composer: bool = False,
        text: str | None = None,
        date: str | None = None,
    ) -> dict[str, str]:
        """The user sends a draft (see :meth:`SandboxAdmin.send_draft`)."""
        return self.admin.send_draft(
            self.address, draft_id, raw, composer=composer, text=text, date=date
        )

    def edit_draft(self, draft_id: str, raw: bytes) -> None:
        """The user edits a draft and leaves it unsent."""
        self.admin.edit_draft(self.address, draft_id, raw)

    def delete_draft(self, draft_id: str) -> None:
        """The user discards a draft."""
        self.admin.delete_draft(self.address, draft_id)

    def invite(
        self,
        organizer: str,
        summary: str,
        start: datetime | date,
        end: datetime | date,
        *,
        rrule: str | None = None,
    ) -> str:
        """A contact invites the user (to a series with ``rrule``); the invitation's UID."""
        uid = f"{secrets.token_hex(8)}@{organizer.partition('@')[2]}"
        ics = invite_ics(
            organizer, self.address, uid, start=start, end=end, summary=summary, rrule=rrule
        )
        self.admin.invite(self.address, ics)
        return uid

    def move_event(self, event_id: str, start: datetime, end: datetime) -> None:
        """The user moves an event."""
        self.admin.move_event(
            self.address,
            event_id,
            {"start": {"dateTime": start.isoformat()}, "end": {"dateTime": end.isoformat()}},
        )

    def set_time_zone(self, time_zone: str) -> None:
        """The user sets their calendar's time zone."""
        self.admin.set_time_zone(self.address, time_zone)

    def cancel_event(self, event_id: str) -> None:
        """The user cancels an event."""
        self.admin.cancel_event(self.address, event_id)

    def events(self) -> list[dict[str, Any]]:
        """The events on the user's calendar, as the sandbox holds them."""
        events: list[dict[str, Any]] = self.state()["events"]
        return events


def invite_ics(
    organizer: str,
    guest: str,
    uid: str,
    *,
    start: datetime | date,
    end: datetime | date,
    summary: str = "Coffee chat",
    description: str | None = None,
    method: str = "REQUEST",
    rrule: str | None = None,
) -> str:
    """A contact's iCalendar invitation to ``guest`` (``method="CANCEL"`` calls it off)."""
    stamp = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//coffeechat sandbox//EN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{datetime.now(UTC):{stamp}}",
        _ics_time("DTSTART", start),
        _ics_time("DTEND", end),
        f"SUMMARY:{summary}",
        f"ORGANIZER:mailto:{organizer}",
        f"ATTENDEE;PARTSTAT=ACCEPTED:mailto:{organizer}",
        f"ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{guest}",
    ]
    if description is not None:
        lines.append(f"DESCRIPTION:{description}")
    if rrule is not None:
        lines.append(f"RRULE:{rrule}")
    if method == "CANCEL":
        lines.append("STATUS:CANCELLED")
    return "\r\n".join([*lines, "END:VEVENT", "END:VCALENDAR", ""])


def _ics_time(name: str, value: datetime | date) -> str:
    if isinstance(value, datetime):
        return f"{name}:{value.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    return f"{name};VALUE=DATE:{value:%Y%m%d}"
