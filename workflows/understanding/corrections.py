"""A reply that takes back the one time it named first ("Thursday at 11 works! Scratch that")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from workflows.understanding.roles import PROPOSED_ROLES, Role
from workflows.understanding.times import TimeReading
from workflows.understanding.vocab import (
    CLASH_POINTED_BACK,
    CORRECTION,
    IN_PLACE_OF,
    OPEN_POINTED_BACK,
    RESTATED,
)

# "Scratch that, Friday at 1pm works as well": the later time joins the earlier, takes nothing
# back.
_ADDS = re.compile(r"\b(?:also|too|as well|either|still)\b", re.IGNORECASE)
# The first sentence after the correction ("oh wait, I just checked and I have a board dinner
# that night."): where a clash pointing back at the earlier time must be.
_FIRST_SENTENCE = re.compile(r"[^.!?]*")


def _clash_pointed_back(after: str) -> bool:
    """Whether a clash points back at the time before the correction, the later time in its place.

    "oh wait, I have a board dinner that night. Could we do Friday at 5 instead?": the sentence
    right after the correction names the clash by "that night", and "instead" puts the later
    time in place of the earlier. "I'm free that evening too" opens no clash; without
    "instead" the later time may join the earlier one.
    """
    first = _FIRST_SENTENCE.match(after)
    sentence = first.group() if first else ""
    return (
        bool(CLASH_POINTED_BACK.search(sentence))
        and not OPEN_POINTED_BACK.search(sentence)
        and bool(IN_PLACE_OF.search(after, len(sentence)))
    )


def taken_back(
    answer: str, reading: TimeReading, read: Callable[[str], TimeReading]
) -> TimeReading:
    """``reading`` with the time a correction withdraws no longer proposed.

    "Thursday at 11 works! ...actually, scratch that, I'm flying on Thursday morning. Could we
    do Friday 24th at 1pm instead?": one correction, one time before it, and after it a clash
    that covers that time and a time of its own: only the later time stands. Two times before
    the correction (which one goes?), no clash over the earlier time (the correction may be of
    something else), or a later time said beside it ("also", "too") leave the reading as it is.
    """
    cues = list(CORRECTION.finditer(answer))
    if len(cues) != 1:
        return reading
    before = read(answer[: cues[0].start()]).proposed
    after = read(answer[cues[0].end() :])
    if len(before) != 1 or not after.proposed or _ADDS.search(answer, cues[0].end()):
        return reading
    (earlier,) = before
    later = {w.start for w in after.proposed}
    if earlier.start in later or {w.start for w in reading.proposed} != later | {earlier.start}:
        return reading
    if not any(
        m.role is Role.CONFLICT
        and m.window.end is not None
        and m.window.start <= earlier.start < m.window.end
        for m in after.mentions
    ) and not _clash_pointed_back(answer[cues[0].end() :]):
        return reading
    # Dropped, not marked cancelled: nothing was agreed, so nothing is being moved from it.
    return replace(
        reading,
        mentions=tuple(
            m
            for m in reading.mentions
            if not (m.role in PROPOSED_ROLES and m.window.start == earlier.start)
        ),
        taken_back=(earlier,),
    )


def restated_in_full(
    answer: str, reading: TimeReading, read: Callable[[str], TimeReading]
) -> TimeReading:
    """``reading`` marked ``corrected`` where a correction says in full the time that stands.

    "Sorry, I said Thursday but I meant Friday the 18th at 2pm CT": one correction, of the kind
    that restates ("I meant", "make that", not "scratch that"), no time offered before it (what
    it corrects is a day alone, or an earlier message), and the words after it offer every time
    the reply offers, with nothing added ("also", "too"). A time before the correction (which
    one stands?) leaves the reading as it is, for ``taken_back`` or the doubt.
    """
    cues = list(CORRECTION.finditer(answer))
    if len(cues) != 1 or not RESTATED.match(answer, cues[0].start()):
        return reading
    (cue,) = cues
    before = read(answer[: cue.start()])
    if any(m.role in PROPOSED_ROLES for m in before.mentions) or _ADDS.search(answer, cue.end()):
        return reading
    after = {w.start for w in read(answer[cue.end() :]).proposed}
    if not after or after != {w.start for w in reading.proposed}:
        return reading
    return replace(reading, corrected=True)
