"""Calendar invitations (``text/calendar`` parts), read with icalendar."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from icalendar import Calendar

from workflows.understanding.verdict import TimeWindow

log = logging.getLogger(__name__)

# A calendar part bigger than this is not an invitation for one chat.
MAX_CALENDAR_CHARS = 200_000
_CRS = re.compile(r"\r+\n")


@dataclass(frozen=True)
class Invite:
    """What an invitation says: its method (REQUEST, CANCEL, …), the meeting time, its UID."""

    method: str
    window: TimeWindow | None
    sequence: int
    partstat: str = ""
    uid: str | None = None


def _aware(value: object, fallback_tz: tzinfo) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=fallback_tz)
    if isinstance(value, date):
        # An all-day event: midnight in the sender's zone.
        return datetime(value.year, value.month, value.day, tzinfo=fallback_tz)
    return None


def read_invite(text: str, fallback_tz: tzinfo, meeting_length: timedelta) -> Invite | None:
    """The first event of a calendar part, or ``None`` if it cannot be read."""
    try:
        # A CRLF part decoded once more arrives with "\r\r\n"; the stray CR breaks values.
        calendar = Calendar.from_ical(_CRS.sub("\r\n", text[:MAX_CALENDAR_CHARS]))
    except (ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
        # icalendar reports malformed input with assorted built-in errors.
        log.debug("unreadable calendar part: %s", exc)
        return None
    method = str(calendar.get("METHOD", "")).upper()
    for event in calendar.walk("VEVENT"):
        try:
            start = _aware(event.decoded("DTSTART"), fallback_tz)
            end = _aware(event.decoded("DTEND"), fallback_tz) if "DTEND" in event else None
            sequence = int(event.get("SEQUENCE", 0))
        except (ValueError, KeyError, TypeError) as exc:
            log.debug("unreadable event times: %s", exc)
            return Invite(method, None, 0)
        if start is None:
            return Invite(method, None, sequence)
        if end is None or end <= start:
            # An all-day event without an end still takes its whole day, not a meeting's length.
            whole_day = not isinstance(event.decoded("DTSTART"), datetime)
            end = start + (timedelta(days=1) if whole_day else meeting_length)
        status = str(event.get("STATUS", "")).upper()
        attendee = event.get("ATTENDEE")
        partstat = ""
        if attendee is not None and not isinstance(attendee, list):
            partstat = str(attendee.params.get("PARTSTAT", "")).upper()
        uid = str(event["UID"]) if "UID" in event else None
        return Invite(
            "CANCEL" if status == "CANCELLED" else method,
            TimeWindow(start, end),
            sequence,
            partstat,
            uid,
        )
    return Invite(method, None, 0) if method else None
