"""Invitations from contacts: an iCalendar REQUEST or CANCEL lands on a calendar."""

from __future__ import annotations

from datetime import date, datetime, timedelta
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


def _when(value: date | datetime) -> dict[str, str]:
    if isinstance(value, datetime):
        out = {"dateTime": value.isoformat()}
        zone = getattr(value.tzinfo, "key", None)
        if zone:
            out["timeZone"] = str(zone)
        return out
    return {"date": value.isoformat()}


def _address(value: Any) -> str:
    return str(value).removeprefix("mailto:").removeprefix("MAILTO:").strip().lower()


def _fields(owner: str, vevent: Any) -> dict[str, Any]:
    """Calendar fields of a VEVENT, the owner added as a guest if the invite omits them."""
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
        "start": _when(start),
        "end": _when(end),
        "organizer": {"email": organizer},
        "creator": {"email": organizer},
        "attendees": guests,
        "sequence": int(vevent.get("SEQUENCE", 0)),
    }
    for prop, key in (("DESCRIPTION", "description"), ("LOCATION", "location")):
        if prop in vevent:
            fields[key] = str(vevent[prop])
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
    fields = _fields(calendar.owner, vevent)
    if existing is None:
        return calendar.put(new_event(calendar.owner, {**fields, "iCalUID": uid}))
    mine = next(
        (a for a in existing.get("attendees", []) if a.get("email") == calendar.owner), None
    )
    if mine is not None:
        # The organiser's update keeps the user's own answer.
        for guest in fields["attendees"]:
            if guest["email"] == calendar.owner:
                guest["responseStatus"] = mine.get("responseStatus", "needsAction")
    return apply_patch(calendar, existing["id"], {**fields, "status": "confirmed"})
