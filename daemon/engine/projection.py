"""The store's ``Meeting`` rows: a projection of the pipeline's meeting state.

Written by :func:`daemon.engine.transitions.apply_event` in the transition's
own transaction, so the row never disagrees with ``ContactState.meeting``.
A contact keeps one row per meeting: the newest row is updated while it is
live or names the same calendar event (a hold moved in place, a cancelled
meeting restored); a new meeting gets a new row, and earlier ones stay as
history.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from daemon.store.models import Meeting
from daemon.store.models import MeetingStatus as RowStatus
from workflows.meeting import MeetingState, MeetingStatus

_ROW_STATUS = {
    MeetingStatus.HELD: RowStatus.HELD,
    MeetingStatus.CONFIRMED: RowStatus.CONFIRMED,
    MeetingStatus.CANCELLED: RowStatus.CANCELLED,
    MeetingStatus.MET: RowStatus.DONE,
}
_LIVE = (RowStatus.HELD, RowStatus.CONFIRMED)


def project_meeting(session: Session, contact_id: int, meeting: MeetingState) -> None:
    """Make the contact's newest ``Meeting`` row say what ``meeting`` says."""
    row = session.scalars(
        select(Meeting).where(Meeting.contact_id == contact_id).order_by(Meeting.id.desc()).limit(1)
    ).first()
    status = _ROW_STATUS.get(meeting.status)
    if status is None or meeting.start is None or meeting.end is None:
        # No meeting (or only a time our draft proposes): whatever stood is off.
        if row is not None and row.status in _LIVE:
            row.status = RowStatus.CANCELLED
            row.brief_event_id = meeting.brief_id
        return
    ids = {meeting.event_id, meeting.hold_id} - {None}
    same = row is not None and (
        row.status in _LIVE or bool({row.provider_event_id, row.hold_event_id} & ids)
    )
    if row is None or not same:
        row = Meeting(contact_id=contact_id)
        session.add(row)
    row.status = status
    row.start, row.end = meeting.start, meeting.end
    row.place, row.link = meeting.place, meeting.link
    row.provider_event_id = meeting.event_id
    row.hold_event_id = meeting.hold_id
    row.brief_event_id = meeting.brief_id
    session.flush()
