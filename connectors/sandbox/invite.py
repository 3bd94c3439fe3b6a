"""Invitations from contacts: an iCalendar REQUEST or CANCEL lands on a calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

import icalendar

from connectors.sandbox.apierror import bad_request
from connectors.sandbox.calendar import apply_patch, new_event
from connectors.sandbox.calstore import CalendarStore

_PARTSTAT = {
    "NEEDS-ACTION": "needsAction",
    "ACCEPTED": "accepted",
    "DECLINED": "declined",
    "TENTATIVE": "tentative",
}


def _when(value: date | datetime, calendar_zone: tzinfo) -> dict[str, str]:
    if isinstance(value, datetime):
        # A floating time (no TZID, no Z) is read in the calendar's zone.
        value = value if value.tzinfo else value.replace(tzinfo=calendar_zone)
        out = {"dateTime": value.isoformat()}
        zone = getattr(value.tzinfo, "key", None)
        if zone:
            out["timeZone"] = str(zone)
        return out
    return {"date": value.isoformat()}


def _address(value: Any) -> str:
    return str(value).removeprefix("mailto:").removeprefix("MAILTO:").strip().lower()


def _recurrence(vevent: Any) -> list[str]:
    """The VEVENT's RRULE, RDATE and EXDATE lines as Calendar's ``recurrence`` strings."""
    lines = []
    for prop in ("RRULE", "RDATE", "EXDATE"):
        values = vevent.get(prop, [])
        for value in values if isinstance(values, list) else [values]:
            if prop == "RRULE":
                lines.append(f"RRULE:{value.to_ical().decode()}")
                continue
            for moment in (d.dt for d in value.dts):
                if isinstance(moment, datetime):
                    stamp = moment.astimezone(UTC) if moment.tzinfo else moment
                    lines.append(f"{prop}:{stamp:%Y%m%dT%H%M%S}{'Z' if moment.tzinfo else ''}")
                else:
                    lines.append(f"{prop};VALUE=DATE:{moment:%Y%m%d}")
    return lines


def _fields(calendar: CalendarStore, vevent: Any) -> dict[str, Any]:
    """Calendar fields of a VEVENT, the owner added as a guest if the invite omits them."""
    owner = calendar.owner
    try:
        start = vevent.decoded("DTSTART")
        end = vevent.decoded("DTEND") if "DTEND" in vevent else start + vevent.decoded("DURATION")
    except (KeyError, ValueError, TypeError) as exc:
        raise bad_request("The invitation has no usable DTSTART/DTEND.") from exc
    if isinstance(end, timedelta):
        end = start + end
    attendees = vevent.get("ATTENDEE", [])
    attendees = attendees if isinstance(attendees, list) else [attendees]
    guests = []
    for attendee in attendees:
        status = _PARTSTAT.get(str(attendee.params.get("PARTSTAT", "NEEDS-ACTION")).upper())
        guest = {"email": _address(attendee), "responseStatus": status or "needsAction"}
        if "CN" in attendee.params:
            guest["displayName"] = str(attendee.params["CN"])
        guests.append(guest)
    if owner not in {g["email"] for g in guests}:
        guests.append({"email": owner, "responseStatus": "needsAction"})
    organizer = _address(vevent.get("ORGANIZER", owner))
    fields: dict[str, Any] = {
        "summary": str(vevent.get("SUMMARY", "")),
        "start": _when(start, calendar.zone),
        "end": _when(end, calendar.zone),
        "organizer": {"email": organizer},
        "creator": {"email": organizer},
        "attendees": guests,
        "sequence": int(vevent.get("SEQUENCE", 0)),
    }
    for prop, key in (("DESCRIPTION", "description"), ("LOCATION", "location")):
        if prop in vevent:
            fields[key] = str(vevent[prop])
    recurrence = _recurrence(vevent)
    if recurrence:
        fields["recurrence"] = recurrence
        if "dateTime" in fields["start"]:
            # Calendar expands a series in start.timeZone, which it requires.
            for key in ("start", "end"):
                fields[key].setdefault("timeZone", calendar.time_zone)
    return fields


def receive_invite(calendar: CalendarStore, ics: str) -> dict[str, Any]:
    """Create, update or cancel the event an iCalendar message describes."""
    try:
        parsed = icalendar.Calendar.from_ical(ics)
    except ValueError as exc:
        raise bad_request(f"Unreadable iCalendar text: {exc}") from exc
    vevent = next(iter(parsed.walk("VEVENT")), None)
    if vevent is None or "UID" not in vevent:
        raise bad_request("The invitation has no VEVENT with a UID.")
    uid = str(vevent["UID"])
    method = str(parsed.get("METHOD", "REQUEST")).upper()
    existing = calendar.by_ical_uid(uid)
    if method == "CANCEL":
        if existing is None:
            raise bad_request(f"No event with UID {uid} to cancel.")
        return calendar.cancel(existing["id"])
    fields = _fields(calendar, vevent)
    if existing is None:
        return calendar.put(new_event(calendar, {**fields, "iCalUID": uid}))
    mine = next(
        (a for a in existing.get("attendees", []) if a.get("email") == calendar.owner), None
    )
    if mine is not None:
        # The organiser's update keeps the user's own answer.
        for guest in fields["attendees"]:
            if guest["email"] == calendar.owner:
                guest["responseStatus"] = mine.get("responseStatus", "needsAction")
    return apply_patch(calendar, existing["id"], {**fields, "status": "confirmed"})
