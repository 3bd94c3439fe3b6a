"""Settling a reply the reader was not sure of (DESIGN.md, promise 8).

The user says what the reply means; their reading replaces the reader's
verdict on the stored message (the reader's own stays beside it, under
``reader``, for the log) and goes through the pipeline as a REPLY_SETTLED
event, so the daemon drafts as if the reader had been sure. The scheduling
decision reads the newest incoming message's verdict: that is the settled one.

Finding the reply that waits is :mod:`daemon.engine.parked`, which does not
load the reader that this module needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from connectors.errors import InputError
from daemon.engine.ingest import reply_event
from daemon.engine.transitions import apply_user_event
from daemon.settings import Settings
from daemon.store.models import Contact, Message
from workflows.events import EventKind
from workflows.stages import Intent
from workflows.understanding import TimeWindow, Verdict
from workflows.understanding.times import find_windows

#: Where the stored verdict keeps the reader's own reading once the user settled it.
READER_KEY = "reader"


def parse_intent(text: str) -> Intent:
    """``text`` as an :class:`Intent` (case and ``-``/``_`` ignored), else a one-line error."""
    try:
        return Intent(text.strip().lower().replace("-", "_"))
    except ValueError:
        valid = ", ".join(intent.value for intent in Intent)
        raise InputError(f"unknown intent {text!r} (valid: {valid})") from None


def parse_time(text: str, settings: Settings, now: datetime) -> tuple[TimeWindow, ...]:
    """The windows one ``--time`` phrase names, read in the user's zone; else a one-line error."""
    zone = settings.user.zone
    windows = find_windows(
        text, now.astimezone(zone), zone, settings.user.meeting_length, user_tz=zone
    )
    if not windows:
        raise InputError(f'could not read a day and time in {text!r} (try "Thu 10 Dec 1:30pm ET")')
    return tuple(windows)


def settled_verdict(
    stored: dict[str, Any],
    intent: Intent,
    times: Sequence[TimeWindow],
    link: str | None,
    return_date: date | None,
) -> Verdict:
    """The reader's verdict with the user's reading in place of its guesses, and no doubts.

    What the user leaves out keeps the reader's value: times, link, return date.
    """
    read = Verdict.from_json({k: v for k, v in stored.items() if k != READER_KEY})
    return replace(
        read,
        intent=intent,
        proposed_times=tuple(times) or read.proposed_times,
        scheduling_link=link or read.scheduling_link,
        return_date=return_date or read.return_date,
        doubts=(),
    )


def settle_reply(
    session: Session,
    settings: Settings,
    contact: Contact,
    message: Message,
    verdict: Verdict,
    now: datetime,
) -> list[str]:
    """Store the user's reading on ``message`` and apply it; returns the outbox keys."""
    original = message.verdict or {}
    message.verdict = {**verdict.to_json(), READER_KEY: original.get(READER_KEY, original)}
    event = replace(reply_event(verdict, now, settings), kind=EventKind.REPLY_SETTLED)
    return apply_user_event(
        session, settings, contact.id, event, note={"message": message.provider_id}
    )
