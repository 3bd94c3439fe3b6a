"""The sender's clock on the meeting's day, where the Date header's offset may not be it.

"Tuesday at 10" from Boston, Phoenix or Brisbane is 10:00 on the clock of the sender's place
that day, which a clock change between writing and then may have moved off the header's
offset. ``sender_clock`` asks the reply, in turn, what that clock is; None keeps the offset.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from workflows.understanding.certainty import header_offset_said
from workflows.understanding.times import (
    TimeReading,
    clock_of_agreed_meeting,
    clock_of_one_instant_twice,
    clock_said_to_change,
    domain_zones,
    header_clock_agreed,
    on_header_clock,
    sender_place,
)
from workflows.understanding.verdict import TimeWindow
from workflows.understanding.vocab import CLOCK_CHANGE_TALK, ON_A_TRIP, SAME_PLACE_AS_USER


@dataclass(frozen=True)
class ClockClues:
    """What the reply and its thread say of the sender's clock."""

    reading: TimeReading  # the reply's times, zoneless ones on the header's offset
    text: str  # the reply
    answer: str  # the reply above its closing
    signature: str
    written: datetime | None  # the Date header
    sender_name: str
    sender_address: str
    outreach: str  # the user's quoted words
    offered: Sequence[TimeWindow]  # the user's times
    agreed: datetime | None  # the meeting the thread settled, if it did
    home: tzinfo  # the user's zone
    user_clock: tzinfo  # the clock the user named in the thread, else ``home``


def sender_clock(clues: ClockClues) -> tzinfo | None:
    """The clock the reply's zoneless times are on, else None for the Date header's offset.

    The questions go from what the sender says outright to what the reader infers, and the
    first answer stands: a place the reply names ("I'm in Phoenix"); one instant it gives on
    both sides' clocks ("10 Uhr bei uns, 11 Uhr bei Ihnen" across a change); a change it says
    its clock makes ("we go onto daylight time this Sunday"); the settled meeting said again
    on the sender's clock; last, with nothing said, the clock every zone on the header's offset
    has moved to by the day ("Tuesday at 4pm" from -08:00 on 4 March). A later question would
    overrule the sender's own word with a guess.
    """
    written = clues.written
    if written is None:
        return None
    reading = clues.reading
    signature = clues.signature or _sign_off(clues.text, clues.answer)
    return (
        sender_place(clues.text, signature, written, clues.sender_name, clues.outreach, clues.home)
        or _users_own_place(clues, written)
        or clock_of_one_instant_twice(reading, written)
        or clock_said_to_change(reading, clues.answer, written, clues.user_clock)
        or (
            clock_of_agreed_meeting(reading, clues.agreed, written)
            if clues.agreed is not None
            else None
        )
        or _clock_all_move_to(clues, written)
    )


def _users_own_place(clues: ClockClues, written: datetime) -> tzinfo | None:
    """The user's clock, where the reply says its sender lives in the user's city.

    "Ya que estamos en la misma ciudad, ¿un café el lunes 9 a las 10?" from Santiago at -03:00,
    Chile going to -04:00 before the Monday: the café's 10:00 is on the city's clock that day.
    Only where the Date header was on that clock at writing: a sender elsewhere says otherwise.
    """
    if not SAME_PLACE_AS_USER.search(clues.answer):
        return None
    clock = clues.user_clock
    return clock if written.astimezone(clock).utcoffset() == written.utcoffset() else None


# A sign-off is the few short lines after the closing: name, title, address, phone.
_SIGN_OFF_LINES = 6
_SIGN_OFF_LINE_CHARS = 72


def _sign_off(text: str, answer: str) -> str:
    """The short lines after the reply's closing, where no signature was cut off.

    "Regards / Marcus / Marcus Webb | ... | Melbourne VIC 3000" above a long disclaimer: the
    disclaimer kept the whole from being cut as a signature, yet the lines above it are one;
    the disclaimer's prose (a head office, a place of registration) is not where the sender is.
    """
    kept: list[str] = []
    for line in text[len(answer) :].splitlines():
        if len(line.strip()) > _SIGN_OFF_LINE_CHARS or len(kept) == _SIGN_OFF_LINES:
            break
        if line.strip():
            kept.append(line)
    return "\n".join(kept)


def _clock_all_move_to(clues: ClockClues, written: datetime) -> tzinfo | None:
    """The clock every zone on the Date header's offset moves to by the reply's zoneless times.

    None where the reply writes a clock only the header's offset gives ("that's 12:00 for
    you"): the sender says they mean the offset itself; and None from a sender on a trip ("I'm
    traveling until then"), whose offset at writing says nothing of their clock on the day;
    nor where the reply talks of the change ("our clocks spring forward on Sunday, so it's 6
    not 5"): what it says of the clocks is weighed by `clock_said_to_change` and the doubts.
    """
    text, reading = clues.text, clues.reading
    if ON_A_TRIP.search(text) or CLOCK_CHANGE_TALK.search(text):
        return None
    starts = [m.window.start for m in reading.mentions if on_header_clock(m, written)]
    clock = header_clock_agreed(
        written, starts, domain_zones(clues.sender_address), clues.user_clock
    )
    if clock is None:
        return None
    moved = [s for s in starts if s.replace(tzinfo=clock).utcoffset() != written.utcoffset()]
    said = header_offset_said(text, reading, clues.offered, written, clues.user_clock, moved)
    return None if said else clock
