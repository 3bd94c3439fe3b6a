"""The stages a contact walks through (DESIGN.md, "The pipeline")."""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    """Where one contact stands."""

    IDENTIFIED = "identified"
    OUTREACH_DRAFTED = "outreach_drafted"
    AWAITING_REPLY = "awaiting_reply"
    SCHEDULING = "scheduling"
    CONFIRMED = "confirmed"
    MET = "met"
    FOLLOWING_UP = "following_up"
    PAUSED = "paused"
    CLOSED = "closed"


class DraftKind(StrEnum):
    """The kinds of email the daemon writes, one template each."""

    OUTREACH = "outreach"
    REFERRAL_OUTREACH = "referral_outreach"
    NUDGE = "nudge"
    SCHEDULING_REPLY = "scheduling_reply"
    CONFIRMATION = "confirmation"
    THANK_YOU = "thank_you"
    FOLLOW_UP = "follow_up"
    CLOSE_OUT = "close_out"


class Intent(StrEnum):
    """What a reply means, as the understanding layer reads it."""

    ACCEPT = "accept"
    PROPOSE_TIMES = "propose_times"
    DECLINE = "decline"
    DEFER = "defer"
    OUT_OF_OFFICE = "out_of_office"
    REFERRAL = "referral"
    RESCHEDULE = "reschedule"
    CANCEL = "cancel"
    OTHER = "other"


class NoteKind(StrEnum):
    """What a user's note is for, which decides who may read it.

    A plain note is private research or a record: only the prep brief shows
    it. A takeaway (written after the meeting) may shape the thank-you; an
    update (progress since the meeting) is what the follow-up tells.
    """

    NOTE = "note"
    TAKEAWAY = "takeaway"
    UPDATE = "update"
