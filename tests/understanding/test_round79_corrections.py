"""Round 79, part B (blind82 x02): a reply that corrects itself in full is read on the
corrected time.

"Sorry, correction to my note from a few minutes ago - I said Thursday but I meant Friday the
18th at 2pm CT" was doubted (``reply_corrects_itself``), though nothing is left to guess: the
wrong time is in the sender's earlier message (or a day alone, "I said Thursday"), and the
words after "I meant" say the whole time that stands. Such a correction is now read certain on
the time after it, when:

- it is the reply's one correction, and of the kind that restates ("I meant", "make that",
  "je voulais dire", "quise decir", "ich meinte", "intendevo", "ik bedoelde"), not one that
  only takes back ("scratch that", "never mind": what was scratched is not said);
- no time is offered before it (one that is: which stands? left to ``taken_back`` or doubt);
- every time the reply offers is written after it, with nothing added ("also", "too").

Sentences of our own; the quote is the user's, Ada Obi's, outreach from Chicago.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

CHICAGO = ZoneInfo("America/Chicago")
UTC = ZoneInfo("UTC")
# Wednesday 16 March 2039, after the US clocks changed (CDT).
SENT = "Wed, 16 Mar 2039 09:47:00 -0500"
OUTREACH = (
    "\n\nOn Mon, 14 Mar 2039, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these suit you for a 30-minute call (Chicago time)?\n"
    "> - Thu 17 March at 10:00\n"
    "> - Mon 21 March at 15:00\n"
    ">\n"
    "> Ada\n"
)
FRIDAY_2PM = datetime(2039, 3, 18, 14)

CORRECTED = [
    "Sorry, I said Thursday but I meant Friday the 18th at 2pm. Thursday I'm out all day.",
    "Correction to my last note: I meant Friday the 18th at 2pm, not Thursday.",
    "Oops, I meant Friday 18 March at 14:00!",
    "Pardon, je voulais dire vendredi 18 mars à 14h, pas jeudi.",
    "Perdón, quise decir el viernes 18 de marzo a las 14:00, no el jueves.",
    "Entschuldigung, ich meinte Freitag, den 18. März um 14 Uhr, nicht Donnerstag.",
    "Scusa, intendevo venerdì 18 marzo alle 14, non giovedì.",
]


@pytest.mark.parametrize("zone", [CHICAGO, UTC], ids=["chicago", "utc"])
@pytest.mark.parametrize("body", CORRECTED)
def test_a_correction_in_full_is_read_on_the_corrected_time(body: str, zone: ZoneInfo) -> None:
    verdict = read_reply(body + "\n", tz=zone, date=SENT, quote=OUTREACH)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, CHICAGO) == [FRIDAY_2PM]


# Near misses: a time before the correction, a time added beside it, a correction that only
# takes back, a corrected time that is itself unsure, a second correction.
STAY_DOUBTED = [
    "Thursday at 2pm works - sorry, I meant Friday at 2pm.",
    "Sorry, I meant Friday the 18th at 2pm. Or Thursday at 3pm also works.",
    "I meant Friday the 18th at 2pm too.",
    "Scratch that, Friday the 18th at 2pm.",
    "Never mind, Friday the 18th at 2pm then.",
    "Sorry, I meant Friday the 18th at 2pm - or was it 3pm? Let me check my calendar.",
    "I meant Friday the 18th at 2pm, actually wait, no, Thursday is better.",
    "Sorry, I meant Friday the 18th at 2pm maybe, I'll confirm tomorrow.",
    "Pardon, vendredi 18 à 14h. Oh wait, je voulais dire samedi 19 à 14h.",
]


@pytest.mark.parametrize("zone", [CHICAGO, UTC], ids=["chicago", "utc"])
@pytest.mark.parametrize("body", STAY_DOUBTED)
def test_a_correction_that_leaves_a_guess_stays_doubted(body: str, zone: ZoneInfo) -> None:
    verdict = read_reply(body + "\n", tz=zone, date=SENT, quote=OUTREACH)
    assert not verdict.certain, (verdict.intent, local_starts(verdict, CHICAGO))
