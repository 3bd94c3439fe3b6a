"""The pipeline of one contact as a pure function (DESIGN.md, "The pipeline").

:func:`advance` takes a contact's :class:`ContactState`, one
:class:`~workflows.events.Event` and the user's :class:`Cadence`, and returns a
:class:`Transition`: the new state, the :mod:`~workflows.commands` the daemon
must carry out, whether the event applied, and a cause line for the event log.
It does no I/O and reads no clock: every timer is computed from ``event.at``.
An event that means nothing in the contact's stage is recorded and ignored
(``applied=False``, state and commands unchanged); it never raises.

What each event does, by stage ("waiting" = outreach_drafted or
awaiting_reply; a draft listed is skipped when its kind is in ``dismissed``):

=====================  ===================  ==========================================
event                  stage                new stage + commands
=====================  ===================  ==========================================
contact_added          identified (once)    identified + WriteDraft(outreach, or
                                            referral_outreach when ``referred``)
draft_created          identified           outreach_drafted
outreach
draft_sent outreach    identified,          awaiting_reply + SetTimer(nudge, at+nudge_after)
                       outreach_drafted     (no timer once nudged or nudge dismissed)
draft_sent thank_you   met                  following_up + SetTimer(follow_up,
                                            at+follow_up_after)
draft_dismissed K      any (K not yet       K joins ``dismissed``; besides: outreach in
                       dismissed)           identified/outreach_drafted -> closed;
                                            thank_you in met -> following_up as if sent
draft_edited           any                  ignored: the daemon never touches a draft
                                            again, so an edit needs nothing
reply accept,          waiting              scheduling + CancelTimers(nudge) +
propose_times                               WriteDraft(scheduling_reply)
reply propose_times,   scheduling           scheduling + DropHold + WriteDraft
reschedule                                  (scheduling_reply): they counter-proposed
reply propose_times,   confirmed            scheduling + DropBrief + CancelTimers(brief,
reschedule                                  meeting_end) + WriteDraft(scheduling_reply)
reply decline,         waiting, scheduling, closed + (what the stage held is undone) +
referral               confirmed            WriteDraft(close_out)
reply cancel           scheduling,          closed, as decline (a bare calendar
                       confirmed            cancellation goes to scheduling instead)
reply out_of_office    waiting, scheduling  paused + SetTimer(wake, return_date) when
                                            dated, else ignored (an auto-reply)
reply defer            waiting, scheduling, paused (+ SetTimer(wake) when dated; without
                       confirmed            a date the user resumes it)
reply other            waiting              awaiting_reply + CancelTimers(nudge): they
                                            answered, a nudge would be rude
reply not certain      waiting, scheduling, unchanged + ``needs_you`` (+ CancelTimers(nudge)
                       confirmed, paused    when waiting): nothing is drafted until the
                                            user settles it (elsewhere ignored)
reply (certain)        while ``needs_you``  as its row, and ``needs_you`` cleared (also
                                            when its intent changes nothing)
reply_settled          while ``needs_you``  the certain reply the user read it as (as
                                            its row), ``needs_you`` cleared; else ignored
reply (any) with       waiting, scheduling, + AddReferrals(people), also when the
referrals              confirmed, met,      intent itself changes nothing
                       following_up
reply, calendar_       paused               handled as in ``paused_from``; when that
changed -> confirmed                        applies and sets no new wake: + CancelTimers
                                            (wake)
time_agreed            scheduling           scheduling + PlaceHold(start, end); the meeting
                                            is proposed
acceptance_sent        scheduling           the meeting (see ``workflows.meeting``); when
                                            our hold becomes the meeting: as confirmed
hold_placed            any                  the meeting records the hold; confirmed as
                                            below once the acceptance was sent; a hold
                                            nobody wants any more gets a DropHold
calendar_changed       (the meeting decides what the change means:)
 -> confirmed          waiting, scheduling  confirmed + CancelTimers(nudge) or DropHold +
                                            WriteDraft(confirmation) + SetTimer(brief,
                                            max(start-brief_before, at)) +
                                            SetTimer(meeting_end, end)
 -> confirmed, moved   confirmed            new times (ignored when unchanged) + the two
                                            timers re-set + PutBrief when a brief was
                                            already due (moves the prep event)
 -> cancelled          confirmed            scheduling + DropBrief + CancelTimers(brief,
                                            meeting_end)
 -> nothing            any                  the meeting's details only (place, link, a
                                            superseded hold forgotten)
brief_put,             any                  the meeting records the prep event's id, or
brief_dropped                               forgets it
reply carrying the     any (the meeting is  ignored: an updated invitation is a calendar
meeting's own invite   confirmed or called  change, the calendar sync applies it
                       off)
timer nudge            awaiting_reply       WriteDraft(nudge), ``nudged`` (once ever)
timer brief            confirmed, once the  PutBrief(start-prep_slot, start)
                       brief is due
timer meeting_end      confirmed, once the  met + WriteDraft(thank_you) + SetTimer
                       meeting ended        (follow_up, at+thanks_within+follow_up_after)
timer follow_up        following_up, met    following_up + WriteDraft(follow_up) when the
                                            user recorded an update (``has_update``); from
                                            met the thank-you never went out, move on anyway
timer follow_up,       following_up, met    following_up, ``awaiting_update``: no draft;
no update                                   ``status`` asks the user for the update
timer wake             paused               ``paused_from`` again: awaiting_reply gets a
                                            fresh nudge timer, scheduling a fresh
                                            WriteDraft(scheduling_reply)
user_note              confirmed, once the  PutBrief (regenerated in place)
                       brief is due
user_note update       following_up while   WriteDraft(follow_up), ``awaiting_update``
                       ``awaiting_update``  cleared
user_stage T           any                  T, ``manual`` (see below)
anything else          -                    ignored
=====================  ===================  ==========================================

Decisions where DESIGN.md is silent:

- A reply before the daemon saw the outreach sent (stage outreach_drafted)
  counts as a reply to it. Nothing replies in identified or closed: closed is
  terminal, only the user reopens it.
- Pausing needs a conversation to wait on: an out-of-office in confirmed,
  met or following_up changes nothing (the calendar says whether the meeting
  holds), and a defer in confirmed resumes at scheduling, since the meeting is
  off.
- "Act only when sure" (promise 8): an uncertain reply only parks where a
  reply could move the contact; in met or following_up a certain reply
  would only add referrals, and the reader is not sure of those either.
  A parked contact keeps its stage and its timers, but the nudge: she did
  answer, and every reading of an answer but a bare auto-reply cancels it.
- A referral instead of a meeting closes the contact with a close-out draft
  (the close_out template thanks for the pointer) and adds the people.
- A dismissed outreach closes the contact without a close-out (nothing was
  sent); the user reopens it with a stage change.
- ``thanks_within`` is how long the thank-you may take: if it was never sent,
  the follow-up timer still fires ``thanks_within + follow_up_after`` after
  the meeting ended and moves the contact on, so no contact is stuck in met.
- A follow-up tells the user's news, so without an update note there is none:
  the due follow-up waits for the update rather than inventing progress. A
  dismissed follow-up never waits (the user said no to it).
- Timers already out of date are ignored: a brief timer before the brief is
  due, a meeting_end timer before the meeting's end (the meeting moved).

"The user's words win" (``manual``): a USER_STAGE event moves the contact to
the target stage by hand. It drafts nothing (the user may have done that step
themselves), cancels every pending timer, drops the hold unless the target is
scheduling and the prep event unless the meeting still stands (confirmed, met,
following_up). While ``manual`` is set:

1. the daemon never moves the contact on its own: every TIMER_FIRED is ignored;
2. anything that happened before the user's change (``event.at <
   manual_since``) is ignored: the user had already seen it;
3. anything newer (a reply, a calendar change, a draft the user sent or
   deleted) applies as usual, and once one applies ``manual`` is cleared: the
   contact is back on the daemon's rails from where the user put it.
   USER_NOTE and USER_STAGE never clear it; neither do HOLD_PLACED,
   BRIEF_PUT and BRIEF_DROPPED, which only record what the daemon's own
   commands did (and are applied even before ``manual_since``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import Enum, auto

from connectors.errors import InputError
from workflows import meeting as meetings
from workflows.commands import (
    AddReferrals,
    CancelTimers,
    Command,
    DropBrief,
    DropHold,
    PlaceHold,
    PutBrief,
    SetTimer,
    WriteDraft,
)
from workflows.events import Event, EventKind, TimerKind
from workflows.meeting import Means, MeetingState, Step
from workflows.stages import DraftKind, Intent, NoteKind, Stage


@dataclass(frozen=True)
class Cadence:
    """The user's timing settings (the daemon fills it from ``cadence.*``)."""

    nudge_after: timedelta = timedelta(days=7)
    thanks_within: timedelta = timedelta(hours=24)
    follow_up_after: timedelta = timedelta(days=30)
    brief_before: timedelta = timedelta(days=1)
    prep_slot: timedelta = timedelta(minutes=30)

    def __post_init__(self) -> None:
        """Refuse negative delays and an empty prep slot."""
        for name in ("nudge_after", "thanks_within", "follow_up_after", "brief_before"):
            if getattr(self, name) < timedelta(0):
                raise InputError(f"cadence {name} must not be negative")
        if self.prep_slot <= timedelta(0):
            raise InputError("cadence prep_slot must be longer than zero")


@dataclass(frozen=True)
class ContactState:
    """Everything the pipeline needs to know about one contact.

    ``referred``: the contact came from a referral (outreach names the
    referrer). ``added``: CONTACT_ADDED was applied, so the outreach was asked
    for once. ``meeting``: the meeting, from the time agreed (or their
    invitation) on. ``manual_since``: when the user last set the stage by hand.
    ``has_update``: the user recorded an update note (the daemon reads it from
    the store). ``awaiting_update``: the follow-up is due and waits for one.
    ``needs_you``: a reply the reader was not sure of waits for the user to
    settle it (the reply itself, with its doubts, is in the store).
    """

    stage: Stage = Stage.IDENTIFIED
    paused_from: Stage | None = None
    manual: bool = False
    manual_since: datetime | None = None
    nudged: bool = False
    dismissed: frozenset[DraftKind] = field(default_factory=frozenset)
    meeting: MeetingState = MeetingState()
    referred: bool = False
    added: bool = False
    has_update: bool = False
    awaiting_update: bool = False
    needs_you: bool = False


@dataclass(frozen=True)
class Transition:
    """The outcome of one event: ``applied=False`` means recorded and ignored."""

    state: ContactState
    commands: tuple[Command, ...]
    applied: bool
    cause: str


_Outcome = tuple[ContactState, list[Command]] | None
_Handler = Callable[[ContactState, Event, Cadence], _Outcome]

_WAITING = frozenset({Stage.OUTREACH_DRAFTED, Stage.AWAITING_REPLY})
_OUTREACH = frozenset({DraftKind.OUTREACH, DraftKind.REFERRAL_OUTREACH})
#: Stages in which the outreach has not been seen sent yet.
_NOT_SENT = frozenset({Stage.IDENTIFIED, Stage.OUTREACH_DRAFTED})
#: Events that neither obey nor clear the manual pin: the user's own hand, and
#: the records of what the daemon's own commands did.
_USER_EVENTS = frozenset(
    {
        EventKind.USER_STAGE,
        EventKind.USER_NOTE,
        EventKind.HOLD_PLACED,
        EventKind.BRIEF_PUT,
        EventKind.BRIEF_DROPPED,
    }
)
#: Stages in which the meeting still stands (or stood): it keeps its times and brief.
_MEETING_STANDS = frozenset({Stage.CONFIRMED, Stage.MET, Stage.FOLLOWING_UP})


def advance(state: ContactState, event: Event, cadence: Cadence) -> Transition:
    """Apply one event to one contact; see the module docstring for the table."""
    cause = event.cause
    ignored = Transition(state=state, commands=(), applied=False, cause=cause)
    if state.manual and event.kind not in _USER_EVENTS:
        if event.kind is EventKind.TIMER_FIRED:
            return ignored
        if state.manual_since is not None and event.at < state.manual_since:
            return ignored
    outcome = _HANDLERS[event.kind](state, event, cadence)
    if outcome is None:
        return ignored
    new, commands = outcome
    if new == state and not commands:
        return ignored
    if state.manual and event.kind not in _USER_EVENTS:
        new = replace(new, manual=False, manual_since=None)
    return Transition(state=new, commands=tuple(commands), applied=True, cause=cause)


# ------------------------------------------------------------------ helpers


def _draft(state: ContactState, kind: DraftKind) -> list[Command]:
    """A WriteDraft, unless the user dismissed that kind once already."""
    return [] if kind in state.dismissed else [WriteDraft(kind)]


def _nudge_timer(state: ContactState, at: datetime, cadence: Cadence) -> list[Command]:
    if state.nudged or DraftKind.NUDGE in state.dismissed:
        return []
    return [SetTimer(TimerKind.NUDGE, at + cadence.nudge_after)]


def _follow_up_timer(state: ContactState, due_at: datetime) -> list[Command]:
    if DraftKind.FOLLOW_UP in state.dismissed:
        return []
    return [SetTimer(TimerKind.FOLLOW_UP, due_at)]


def _brief_due(state: ContactState, at: datetime, cadence: Cadence) -> bool:
    """Whether the brief for the current meeting is due at ``at``."""
    start = state.meeting.start
    return start is not None and at >= start - cadence.brief_before


def _put_brief(state: ContactState, cadence: Cadence) -> list[Command]:
    start = state.meeting.start
    if start is None:
        return []
    return [PutBrief(start - cadence.prep_slot, start)]


def _meeting_timers(state: ContactState, at: datetime, cadence: Cadence) -> list[Command]:
    """The brief (now, if its time has passed) and meeting-end timers of the meeting."""
    start, end = state.meeting.start, state.meeting.end
    if start is None or end is None:
        return []
    return [
        SetTimer(TimerKind.BRIEF, max(start - cadence.brief_before, at)),
        SetTimer(TimerKind.MEETING_END, end),
    ]


#: What a confirmed contact cancels when its meeting is off.
_MEETING_TIMERS = CancelTimers(frozenset({TimerKind.BRIEF, TimerKind.MEETING_END}))


def _leave(state: ContactState) -> tuple[ContactState, list[Command]]:
    """Undo what the current stage holds, before the contact goes elsewhere."""
    if state.stage in _WAITING:
        return state, [CancelTimers(frozenset({TimerKind.NUDGE}))]
    if state.stage is Stage.SCHEDULING:
        meeting, commands = meetings.called_off(state.meeting)
        return replace(state, meeting=meeting), commands
    if state.stage is Stage.CONFIRMED:
        meeting, commands = meetings.called_off(state.meeting)
        return replace(state, meeting=meeting), [*commands, DropBrief(), _MEETING_TIMERS]
    return state, []


def _cancel_also(commands: list[Command], kind: TimerKind) -> list[Command]:
    """Fold ``kind`` into the transition's one CancelTimers (names stay unique)."""
    for index, command in enumerate(commands):
        if isinstance(command, CancelTimers):
            merged = CancelTimers(command.kinds | {kind})
            return [*commands[:index], merged, *commands[index + 1 :]]
    return [CancelTimers(frozenset({kind})), *commands]


def _while_paused(handler: _Handler) -> _Handler:
    """Let a paused contact handle an event as in the stage it was paused from."""

    def wrapped(state: ContactState, event: Event, cadence: Cadence) -> _Outcome:
        if state.stage is not Stage.PAUSED:
            return handler(state, event, cadence)
        if state.paused_from is None:
            return None
        outcome = handler(replace(state, stage=state.paused_from, paused_from=None), event, cadence)
        if outcome is None:
            return None
        new, commands = outcome
        sets_wake = any(isinstance(c, SetTimer) and c.kind is TimerKind.WAKE for c in commands)
        return new, commands if sets_wake else _cancel_also(commands, TimerKind.WAKE)

    return wrapped


# ----------------------------------------------------------------- replies


class _Act(Enum):
    """What a reply's intent makes of the stage it arrives in."""

    SCHEDULE = auto()
    CLOSE = auto()
    PAUSE = auto()
    PAUSE_IF_DATED = auto()
    KEEP_WAITING = auto()


_WAITING_ACTS = {
    Intent.ACCEPT: _Act.SCHEDULE,
    Intent.PROPOSE_TIMES: _Act.SCHEDULE,
    Intent.DECLINE: _Act.CLOSE,
    Intent.REFERRAL: _Act.CLOSE,
    Intent.OUT_OF_OFFICE: _Act.PAUSE_IF_DATED,
    Intent.DEFER: _Act.PAUSE,
    Intent.OTHER: _Act.KEEP_WAITING,
}
_REPLY_ACTS: dict[Stage, dict[Intent, _Act]] = {
    Stage.OUTREACH_DRAFTED: _WAITING_ACTS,
    Stage.AWAITING_REPLY: _WAITING_ACTS,
    Stage.SCHEDULING: {
        Intent.PROPOSE_TIMES: _Act.SCHEDULE,
        Intent.RESCHEDULE: _Act.SCHEDULE,
        Intent.DECLINE: _Act.CLOSE,
        Intent.CANCEL: _Act.CLOSE,
        Intent.REFERRAL: _Act.CLOSE,
        Intent.OUT_OF_OFFICE: _Act.PAUSE_IF_DATED,
        Intent.DEFER: _Act.PAUSE,
    },
    Stage.CONFIRMED: {
        Intent.PROPOSE_TIMES: _Act.SCHEDULE,
        Intent.RESCHEDULE: _Act.SCHEDULE,
        Intent.DECLINE: _Act.CLOSE,
        Intent.CANCEL: _Act.CLOSE,
        Intent.REFERRAL: _Act.CLOSE,
        Intent.DEFER: _Act.PAUSE,
    },
}
#: Where a contact paused by a reply in this stage resumes.
_RESUME_AT = {
    Stage.OUTREACH_DRAFTED: Stage.AWAITING_REPLY,
    Stage.AWAITING_REPLY: Stage.AWAITING_REPLY,
    Stage.SCHEDULING: Stage.SCHEDULING,
    Stage.CONFIRMED: Stage.SCHEDULING,
}
#: Stages in which a reply's referrals are taken even when its intent changes nothing.
_TAKES_REFERRALS = frozenset(_REPLY_ACTS) | {Stage.MET, Stage.FOLLOWING_UP}


#: Stages in which a reply may move the contact: an unsure one waits there for the user.
_PARKS = frozenset(_REPLY_ACTS) | {Stage.PAUSED}
_NO_NUDGE = CancelTimers(frozenset({TimerKind.NUDGE}))


def _on_reply(state: ContactState, event: Event, cadence: Cadence) -> _Outcome:
    if event.invite_uid is not None and state.meeting.tracks(event.invite_uid):
        return None  # an updated invitation: the calendar sync applies the change
    if not event.certain:
        if state.stage not in _PARKS:
            return None
        # She answered, whatever she meant: a nudge would be rude.
        waiting = state.stage in _WAITING and not state.needs_you
        return replace(state, needs_you=True), [_NO_NUDGE] if waiting else []
    outcome = _on_certain_reply(replace(state, needs_you=False), event, cadence)
    if outcome is None and state.needs_you:
        return replace(state, needs_you=False), []  # they wrote again, clearly
    return outcome


def _on_reply_settled(state: ContactState, event: Event, cadence: Cadence) -> _Outcome:
    return _on_reply(state, event, cadence) if state.needs_you else None


@_while_paused
def _on_certain_reply(state: ContactState, event: Event, cadence: Cadence) -> _Outcome:
    if state.stage not in _TAKES_REFERRALS or event.intent is None:
        return None
    act = _REPLY_ACTS.get(state.stage, {}).get(event.intent)
    outcome = _reply_act(act, state, event) if act is not None else None
    if not event.referrals:
        return outcome
    new, commands = outcome if outcome is not None else (state, [])
    return new, [*commands, AddReferrals(event.referrals)]


def _reply_act(act: _Act, state: ContactState, event: Event) -> _Outcome:
    if act is _Act.PAUSE_IF_DATED and event.return_date is None:
        return None
    left, commands = _leave(state)
    if act is _Act.SCHEDULE:
        return replace(left, stage=Stage.SCHEDULING), commands + _draft(
            left, DraftKind.SCHEDULING_REPLY
        )
    if act is _Act.CLOSE:
        return replace(left, stage=Stage.CLOSED), commands + _draft(left, DraftKind.CLOSE_OUT)
    if act is _Act.KEEP_WAITING:
        return replace(left, stage=Stage.AWAITING_REPLY), commands
    paused = replace(left, stage=Stage.PAUSED, paused_from=_RESUME_AT[state.stage])
    if event.return_date is not None:
        commands.append(SetTimer(TimerKind.WAKE, event.return_date))
    return paused, commands


# ------------------------------------------------------------------ drafts


def _on_contact_added(state: ContactState, event: Event, cadence: Cadence) -> _Outcome:
    if state.stage is not Stage.IDENTIFIED or state.added:
        return None
    kind = DraftKind.REFERRAL_OUTREACH if state.referred else DraftKind.OUTREACH
    return replace(state, added=True), _draft(state, kind)


def _on_draft_created(state: ContactState, event: Event, cadence: Cadence) -> _Outcome:
    if state.stage is Stage.IDENTIFIED and event.draft in _OUTREACH:
        return replace(state, stage=Stage.OUTREACH_DRAFTED), []
    return None


def _on_draft_sent(state: ContactState, event: Event, cadence: Cadence) -> _Outcome:
    if event.draft in _OUTREACH and state.stage in _NOT_SENT:
        return replace(state, stage=Stage.AWAITING_REPLY), _nudge_timer(state, event.at, cadence)
    if event.draft is DraftKind.THANK_YOU and state.stage is Stage.MET:
        return _thanked(state, event.at, cadence)
    return None


def _thanked(state: ContactState, at: datetime, cadence: Cadence) -> _Outcome:
    """The thank-you step is done (sent, or dismissed): on to following_up."""
    return (
        replace(state, stage=Stage.FOLLOWING_UP),
        _follow_up_timer(state, at + cadence.follow_up_after),
    )


def _on_draft_dismissed(state: ContactState, event: Event, cadence: Cadence) -> _Outcome:
    kind = event.draft
    if kind is None or kind in state.dismissed:
        return None
    new = replace(state, dismissed=state.dismissed | {kind})
    if kind in _OUTREACH and state.stage in _NOT_SENT:
        return replace(new, stage=Stage.CLOSED), []
    if kind is DraftKind.THANK_YOU and state.stage is Stage.MET:
        return _thanked(new, event.at, cadence)
    return new, []


def _on_draft_edited(state: ContactState, event: Event, cadence: Cadence) -> _Outcome:
    # The daemon never rewrites a draft, so the user's edit is only logged.
    return None


# ---------------------------------------------------------------- calendar


def _on_time_agreed(state: ContactState, event: Event, cadence: Cadence) -> _Outcome:
    if state.stage is not Stage.SCHEDULING or event.start is None or event.end is None:
        return None
    meeting = meetings.agreed(state.meeting, event.start, event.end)
    if meeting is None:
        return None
    return replace(state, meeting=meeting), [PlaceHold(event.start, event.end)]


def _on_acceptance_sent(state: ContactState, event: Event, cadence: Cadence) -> _Outcome:
    if state.stage is not Stage.SCHEDULING or event.start is None or event.end is None:
        return None
    step = meetings.accepted_sent(state.meeting, event.start, event.end)
    return None if step is None else _meeting_step(state, step, event.at, cadence)


def _on_hold_placed(state: ContactState, event: Event, cadence: Cadence) -> _Outcome:
    if event.event_id is None or event.start is None or event.end is None:
        return None
    step = meetings.hold_placed(state.meeting, event.event_id, event.start, event.end)
    if step.means is Means.CONFIRMED and state.stage is not Stage.SCHEDULING:
        step = Step(step.meeting, Means.NOTHING, step.commands)
    return _meeting_step(state, step, event.at, cadence)


def _on_calendar_changed(state: ContactState, event: Event, cadence: Cadence) -> _Outcome:
    step = _calendar_step(state, event)
    if step is None:
        return None
    if state.stage is Stage.PAUSED and step.means is not Means.CONFIRMED:
        # Only the meeting's details change: the contact stays paused.
        return replace(state, meeting=step.meeting), list(step.commands)
    return _confirm_while_paused(state, event, cadence)


def _calendar_step(state: ContactState, event: Event) -> Step | None:
    if event.calendar is None:
        return None
    return meetings.calendar_changed(state.meeting, event.calendar, event.start, event.end)


@_while_paused
def _confirm_while_paused(state: ContactState, event: Event, cadence: Cadence) -> _Outcome:
    step = _calendar_step(state, event)
    return None if step is None else _meeting_step(state, step, event.at, cadence)


def _meeting_step(state: ContactState, step: Step, at: datetime, cadence: Cadence) -> _Outcome:
    """The contact's side of a meeting change; a change its stage has no use for is ignored."""
    commands = list(step.commands)
    new = replace(state, meeting=step.meeting)
    if step.means is Means.NOTHING:
        return new, commands
    if state.stage is Stage.CONFIRMED and step.means in (Means.CONFIRMED, Means.MOVED):
        if (new.meeting.start, new.meeting.end) == (state.meeting.start, state.meeting.end):
            return new, commands
        commands += _meeting_timers(new, at, cadence)
        if _brief_due(state, at, cadence):
            commands += _put_brief(new, cadence)
        return new, commands
    if step.means is Means.CONFIRMED and state.stage in _WAITING | {Stage.SCHEDULING}:
        if state.stage in _WAITING:
            commands.append(CancelTimers(frozenset({TimerKind.NUDGE})))
        new = replace(new, stage=Stage.CONFIRMED)
        return new, [
            *commands,
            *_draft(new, DraftKind.CONFIRMATION),
            *_meeting_timers(new, at, cadence),
        ]
    if step.means is Means.CANCELLED and state.stage is Stage.CONFIRMED:
        return replace(new, stage=Stage.SCHEDULING), [*commands, DropBrief(), _MEETING_TIMERS]
    return None


def _on_brief_put(state: ContactState, event: Event, cadence: Cadence) -> _Outcome:
    if event.event_id is None:
        return None
    return replace(state, meeting=meetings.brief_put(state.meeting, event.event_id)), []


def _on_brief_dropped(state: ContactState, event: Event, cadence: Cadence) -> _Outcome:
    return replace(state, meeting=meetings.brief_dropped(state.meeting)), []


# ------------------------------------------------------------------ timers


def _on_timer(state: ContactState, event: Event, cadence: Cadence) -> _Outcome:
    timer, stage = event.timer, state.stage
    if timer is TimerKind.NUDGE and stage is Stage.AWAITING_REPLY:
        if state.nudged or DraftKind.NUDGE in state.dismissed:
            return None
        return replace(state, nudged=True), [WriteDraft(DraftKind.NUDGE)]
    if timer is TimerKind.BRIEF and stage is Stage.CONFIRMED:
        return (state, _put_brief(state, cadence)) if _brief_due(state, event.at, cadence) else None
    if timer is TimerKind.MEETING_END and stage is Stage.CONFIRMED:
        return _meeting_ended(state, event.at, cadence)
    if timer is TimerKind.FOLLOW_UP and stage in {Stage.MET, Stage.FOLLOWING_UP}:
        return _follow_up_due(state)
    if timer is TimerKind.WAKE and stage is Stage.PAUSED:
        return _resume(state, event.at, cadence)
    return None


def _follow_up_due(state: ContactState) -> _Outcome:
    following = replace(state, stage=Stage.FOLLOWING_UP)
    if state.has_update or DraftKind.FOLLOW_UP in state.dismissed:
        return following, _draft(state, DraftKind.FOLLOW_UP)
    return replace(following, awaiting_update=True), []


def _meeting_ended(state: ContactState, at: datetime, cadence: Cadence) -> _Outcome:
    end = state.meeting.end
    if end is None or at < end:
        return None  # a stale timer: the meeting moved later
    due = at + cadence.thanks_within + cadence.follow_up_after
    met = replace(state, stage=Stage.MET, meeting=meetings.ended(state.meeting))
    return met, [
        *_draft(state, DraftKind.THANK_YOU),
        *_follow_up_timer(state, due),
    ]


def _resume(state: ContactState, at: datetime, cadence: Cadence) -> _Outcome:
    stage = state.paused_from
    if stage is None:
        return None
    new = replace(state, stage=stage, paused_from=None)
    if stage is Stage.AWAITING_REPLY:
        return new, _nudge_timer(new, at, cadence)
    if stage is Stage.SCHEDULING:
        return new, _draft(new, DraftKind.SCHEDULING_REPLY)
    return new, []


# -------------------------------------------------------------------- user


def _on_user_stage(state: ContactState, event: Event, cadence: Cadence) -> _Outcome:
    target = event.stage
    if target is None:
        return None
    commands: list[Command] = [CancelTimers(frozenset(TimerKind))]
    holding = state.meeting.holding
    keeps_hold = holding and target is Stage.SCHEDULING
    if holding and not keeps_hold:
        commands.append(DropHold())
    keeps_meeting = target in _MEETING_STANDS or keeps_hold
    if state.stage is Stage.CONFIRMED and target not in _MEETING_STANDS:
        commands.append(DropBrief())
    paused_from = None
    if target is Stage.PAUSED:
        paused_from = state.paused_from if state.stage is Stage.PAUSED else state.stage
    new = replace(
        state,
        stage=target,
        paused_from=paused_from,
        manual=True,
        manual_since=event.at,
        meeting=state.meeting if keeps_meeting else meetings.called_off(state.meeting)[0],
    )
    return new, commands


def _on_user_note(state: ContactState, event: Event, cadence: Cadence) -> _Outcome:
    waiting = state.awaiting_update and state.stage is Stage.FOLLOWING_UP
    if event.note is NoteKind.UPDATE and waiting:
        new = replace(state, has_update=True, awaiting_update=False)
        return new, _draft(state, DraftKind.FOLLOW_UP)
    if state.stage is Stage.CONFIRMED and _brief_due(state, event.at, cadence):
        return state, _put_brief(state, cadence)
    return None


_HANDLERS: dict[EventKind, _Handler] = {
    EventKind.CONTACT_ADDED: _on_contact_added,
    EventKind.DRAFT_CREATED: _on_draft_created,
    EventKind.DRAFT_SENT: _on_draft_sent,
    EventKind.DRAFT_DISMISSED: _on_draft_dismissed,
    EventKind.DRAFT_EDITED: _on_draft_edited,
    EventKind.REPLY: _on_reply,
    EventKind.TIME_AGREED: _on_time_agreed,
    EventKind.ACCEPTANCE_SENT: _on_acceptance_sent,
    EventKind.HOLD_PLACED: _on_hold_placed,
    EventKind.CALENDAR_CHANGED: _on_calendar_changed,
    EventKind.BRIEF_PUT: _on_brief_put,
    EventKind.BRIEF_DROPPED: _on_brief_dropped,
    EventKind.TIMER_FIRED: _on_timer,
    EventKind.USER_STAGE: _on_user_stage,
    EventKind.USER_NOTE: _on_user_note,
    EventKind.REPLY_SETTLED: _on_reply_settled,
}
