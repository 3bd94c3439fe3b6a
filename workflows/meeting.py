"""The life of one contact's meeting as pure functions (DESIGN.md, "The pipeline").

A :class:`MeetingState` is what the daemon knows of the meeting: its status,
its times, the calendar events around it (our tentative hold, the meeting's
own event with its iCalUID, the private prep-brief event), its place and
link, and the provider ``updated`` stamp of the last calendar change applied.
:func:`workflows.pipeline.advance` keeps it inside ``ContactState.meeting``
and calls the functions here on calendar and mail facts; each returns a
:class:`Step` (the new meeting, what it means for the contact, and commands)
or ``None`` when the fact changes nothing. Like the pipeline, nothing here
does I/O or reads a clock; the store's ``Meeting`` row is a projection of
this state, written in the same transaction as the contact's transition.

=========================  ===============================  ===================================
fact                       meeting before                   meeting after (+ commands) -> means
=========================  ===============================  ===================================
time agreed (our reply     none, proposed, held, cancelled  proposed at that time -> PlaceHold
accepts their time)                                         (the pipeline asks for it)
reply accepting the time   proposed at that time            proposed, ``accepted_sent``
sent                       held at that time                confirmed on our hold -> confirmed
                           anything else                    unchanged
hold placed (PlaceHold     proposed / held                  held (confirmed when the accepting
result)                                                     reply was sent already -> confirmed)
                           none, confirmed, cancelled, met  hold id kept + DropHold: nobody
                                                            wants that hold any more
invitation: their event    none, proposed, held, cancelled  confirmed on their event (+ DropHold
not tracked yet, live      (another event), confirmed       when our hold exists) -> confirmed
the meeting's event moved  confirmed                        confirmed at the new time -> moved
                                                            (same time: place/link/stamp only)
the meeting's event        cancelled                        confirmed (theirs only: they put it
live again (restored or                                     back, or moved it after asking for
moved after a reschedule)                                   another time) -> confirmed
the meeting's event        confirmed                        cancelled -> cancelled
cancelled
our superseded hold        anything but "confirmed on that  unchanged (hold id forgotten): the
cancelled                  hold"                            daemon dropped it, nothing is off
a change older than the    any                              unchanged (``updated`` stamps)
stamp already applied
a daemon event that is     any                              unchanged
not the meeting's
reply carrying an invite   confirmed, cancelled on that     unchanged, and the reply is ignored:
the meeting already has    event                            the calendar sync does the move
brief put (PutBrief        any                              brief id kept
result)
brief dropped              any                              brief id cleared
contact leaves confirmed   confirmed                        cancelled (ids kept, so their event
(reply, user)                                               coming back is recognised)
contact leaves scheduling  proposed / held                  none (or cancelled, when an earlier
                                                            meeting event is known) + DropHold
meeting ended              confirmed                        met
=========================  ===============================  ===================================
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from workflows.commands import Command, DropHold
from workflows.events import CalendarFact


class MeetingStatus(StrEnum):
    """Where the meeting stands."""

    NONE = "none"
    PROPOSED = "proposed"  # we accepted their time in a draft; the hold is on its way
    HELD = "held"  # our tentative hold is on the calendar
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"
    MET = "met"


class Means(StrEnum):
    """What a meeting change means for the contact's stage."""

    NOTHING = "nothing"
    CONFIRMED = "confirmed"
    MOVED = "moved"
    CANCELLED = "cancelled"


#: A hold exists or is being placed.
_HOLDING = frozenset({MeetingStatus.PROPOSED, MeetingStatus.HELD})


@dataclass(frozen=True)
class MeetingState:
    """The contact's meeting; ``event_id`` is the meeting's own event (their invite or our hold)."""

    status: MeetingStatus = MeetingStatus.NONE
    start: datetime | None = None
    end: datetime | None = None
    hold_id: str | None = None
    event_id: str | None = None
    ical_uid: str | None = None
    brief_id: str | None = None
    place: str | None = None
    link: str | None = None
    updated: str | None = None
    accepted_sent: bool = False

    @property
    def holding(self) -> bool:
        """Whether our tentative hold is placed or on its way."""
        return self.status in _HOLDING

    @property
    def stands(self) -> bool:
        """Whether the meeting is on."""
        return self.status is MeetingStatus.CONFIRMED

    def tracks(self, uid: str) -> bool:
        """Whether an invitation with iCalendar ``uid`` is this meeting's event."""
        if self.status not in (MeetingStatus.CONFIRMED, MeetingStatus.CANCELLED):
            return False
        if self.ical_uid is not None and uid == self.ical_uid:
            return True
        # Google's iCalUID is the event id plus "@google.com".
        return self.event_id is not None and uid.partition("@")[0] == self.event_id


@dataclass(frozen=True)
class Step:
    """A meeting change: the new meeting, what it means for the contact, and commands."""

    meeting: MeetingState
    means: Means = Means.NOTHING
    commands: tuple[Command, ...] = ()


def agreed(meeting: MeetingState, start: datetime, end: datetime) -> MeetingState | None:
    """Our reply accepts their time: a hold is wanted there."""
    if meeting.holding and (meeting.start, meeting.end) == (start, end):
        return None
    return replace(
        meeting, status=MeetingStatus.PROPOSED, start=start, end=end, accepted_sent=False
    )


def accepted_sent(meeting: MeetingState, start: datetime, end: datetime) -> Step | None:
    """The reply accepting ``start``-``end`` went out: our hold becomes the meeting."""
    if not meeting.holding or (meeting.start, meeting.end) != (start, end):
        return None
    if meeting.status is MeetingStatus.PROPOSED:
        return None if meeting.accepted_sent else Step(replace(meeting, accepted_sent=True))
    return _on_hold(meeting)


def hold_placed(meeting: MeetingState, event_id: str, start: datetime, end: datetime) -> Step:
    """Our hold is on the calendar (placed or moved in place)."""
    if not meeting.holding:
        # The contact moved on before the hold landed: take it away again.
        return Step(replace(meeting, hold_id=event_id), commands=(DropHold(),))
    held = replace(meeting, status=MeetingStatus.HELD, hold_id=event_id, start=start, end=end)
    return _on_hold(held) if meeting.accepted_sent else Step(held)


def _on_hold(meeting: MeetingState) -> Step:
    confirmed = replace(
        meeting,
        status=MeetingStatus.CONFIRMED,
        event_id=meeting.hold_id,
        ical_uid=None,
        accepted_sent=False,
    )
    return Step(confirmed, Means.CONFIRMED)


def calendar_changed(
    meeting: MeetingState, fact: CalendarFact, start: datetime | None, end: datetime | None
) -> Step | None:
    """A calendar event with the contact changed (see the module table)."""
    mine = fact.event_id == meeting.event_id
    if mine and _stale(meeting, fact):
        return None
    if fact.cancelled:
        if mine and meeting.status is MeetingStatus.CONFIRMED:
            cancelled = replace(meeting, status=MeetingStatus.CANCELLED, updated=fact.updated)
            return Step(cancelled, Means.CANCELLED)
        if fact.event_id == meeting.hold_id and meeting.status is not MeetingStatus.HELD:
            return Step(replace(meeting, hold_id=None))
        return None
    if start is None or end is None:
        return None
    details = replace(
        meeting,
        start=start,
        end=end,
        place=fact.place or meeting.place,
        link=fact.link or meeting.link,
        updated=fact.updated or meeting.updated,
    )
    if mine and meeting.status is MeetingStatus.CONFIRMED:
        moved = (meeting.start, meeting.end) != (start, end)
        return Step(details, Means.MOVED if moved else Means.NOTHING)
    if fact.ours:
        return None  # our hold moving while it is only a hold is our own doing
    if mine and meeting.status is MeetingStatus.MET:
        return None
    # Their invitation, new or back again: it is the meeting, and replaces our hold.
    commands: tuple[Command, ...] = (DropHold(),) if meeting.hold_id or meeting.holding else ()
    adopted = replace(
        details,
        status=MeetingStatus.CONFIRMED,
        event_id=fact.event_id,
        ical_uid=fact.ical_uid,
        hold_id=None,
        accepted_sent=False,
    )
    return Step(adopted, Means.CONFIRMED, commands)


def _stale(meeting: MeetingState, fact: CalendarFact) -> bool:
    # RFC 3339 stamps of one provider compare as text.
    return (
        fact.updated is not None
        and meeting.updated is not None
        and (fact.updated < meeting.updated)
    )


def brief_put(meeting: MeetingState, event_id: str) -> MeetingState:
    """The prep event is on the calendar."""
    return replace(meeting, brief_id=event_id)


def brief_dropped(meeting: MeetingState) -> MeetingState:
    """The prep event is gone."""
    return replace(meeting, brief_id=None)


def called_off(meeting: MeetingState) -> tuple[MeetingState, list[Command]]:
    """The contact leaves the stage the meeting belonged to (a reply, the user)."""
    commands: list[Command] = [DropHold()] if meeting.holding else []
    if meeting.event_id is None or meeting.status is MeetingStatus.MET:
        return MeetingState(brief_id=meeting.brief_id), commands
    kept = MeetingState(
        status=MeetingStatus.CANCELLED,
        start=meeting.start,
        end=meeting.end,
        event_id=meeting.event_id,
        ical_uid=meeting.ical_uid,
        hold_id=None if commands else meeting.hold_id,
        brief_id=meeting.brief_id,
        updated=meeting.updated,
    )
    return kept, commands


def ended(meeting: MeetingState) -> MeetingState:
    """The meeting took place."""
    return replace(meeting, status=MeetingStatus.MET)
