"""Round 60, "but": the user's own time named back in a clause a "but" hedges, or not.

`_theirs_then_but` doubts a list of new offers holding one of the user's times when that
time's weekday is named before a "but" in the same sentence ("Thursday 10am is fine but I'll
be in the car. Friday at 2pm?"): the user's time taken back, or kept beside the new ones. A
"but" that opens the offers ("Your slots clash with the school run, but I can do Thursday at
10 or Friday at 2") hedges no time of the user's, and the list is read. Sentences of our own,
in English, French, Spanish and German. The user, in London, offered Tuesday 9 March 2027 at
15:00 and Thursday 11 March at 10:00; every reply is written on Friday 5 March, from London.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_read_right,
    doubt_codes,
    local_starts,
    pinned,
    read_reply,
)
from workflows.stages import Intent

LONDON = ZoneInfo("Europe/London")
DATE = "Fri, 5 Mar 2027 09:00:00 +0000"
QUOTE = (
    "\n\nOn Tue, 2 Mar 2027 at 10:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would Tuesday 9 March at 15:00 or Thursday 11 March at 10:00 (London time) suit you\n"
    "> for a 20-minute call?\n"
)
WHICH_PICK = "pick_without_time"

THU_10 = datetime(2027, 3, 11, 10, 0)
FRI_14 = datetime(2027, 3, 12, 14, 0)

# The user's Thursday named, then hedged or taken back by a "but" in its clause.
HEDGED = [
    "Thursday 10am is fine time-wise but I'll be in the car then. Could do Friday at 2pm or "
    "Monday at 9am?",
    "Thursday at 10 would normally suit, but I've got the dentist. Friday at 2pm or Monday "
    "15 March at 9am?",
    "Thursday 10am works but only just, so Friday at 2pm would be easier.",
    "Thu 11 March 10:00 is a little early for me, but 11:00 the same day works.",
    "Tuesday at 3pm clashes with a board call and Thursday at 10am is tight too, but Friday "
    "at 2pm is open.",
    "Jeudi 11 à 10h, c'est possible, mais je serai en voiture. Sinon vendredi 12 à 14h ?",
    "Jeudi 11 mars à 10h me convient en principe, mais vendredi 12 à 14h serait mieux.",
    "El jueves 11 a las 10:00 me pilla en una reunión, pero podría a las 12:00 o el viernes "
    "12 a las 14:00.",
    "El jueves a las 10 podría, pero muy justo; mejor el viernes 12 a las 14:00.",
    "Donnerstag um 10 Uhr ginge zwar, aber da sitze ich im Zug. Freitag um 14 Uhr?",
    "Donnerstag, 11. März um 10 Uhr passt eigentlich, aber lieber Freitag um 14 Uhr.",
]

HEDGED_LEFT = {
    HEDGED[9]: "'ginge zwar, aber da sitze ich im Zug' is doubted since round 69 part P, but as "
    "the train on the offer's own time (time_in_conflict_sentence), not as this rule's pick",
}


@pytest.mark.parametrize("body", pinned([(b,) for b in HEDGED], HEDGED_LEFT))
def test_their_time_hedged_by_but_stays_in_doubt(body: str) -> None:
    verdict = read_reply(body + "\n\nKai\n", tz=LONDON, date=DATE, quote=QUOTE)
    starts = local_starts(verdict, LONDON)
    # Certain only without the user's Thursday ("... is tight too, but Friday at 2pm is open");
    # with it, this rule's doubt.
    assert THU_10 not in starts if verdict.certain else WHICH_PICK in doubt_codes(verdict)


# Near misses: the "but" opens the offers, or hedges another day, or sits in another
# sentence; the user's Thursday is one offer of the list, read with the new one.
OPENING = [
    "Your slots mostly clash with my school run, but I can do Thursday at 10am or Friday at 2pm.",
    "Sorry for the slow reply, but Thursday 10am or Friday 2pm both suit me.",
    "It's a busy fortnight but Thursday at 10am or Friday at 2pm could work.",
    "Tuesday won't work, sorry, but Thursday at 10am or Friday at 2pm would.",
    "Tuesday is out but Thursday 10am works, or Friday at 2pm.",
    "Friday at 2pm is my best, but Thursday at 10am would work as well.",
    "Thursday at 10am works. Friday at 2pm would too, but only for half an hour.",
    "Vos créneaux tombent mal pour moi, mais je peux jeudi 11 à 10h ou vendredi 12 à 14h.",
    "Mardi je suis pris, mais jeudi 11 à 10h ou vendredi 12 à 14h, c'est possible.",
    "Esta semana es imposible, pero la próxima el jueves 11 a las 10:00 o el viernes 12 a "
    "las 14:00 me van bien.",
    "Perdona la demora, pero podría el jueves 11 a las 10:00 o el viernes 12 a las 14:00.",
    "Dienstag geht leider nicht, aber Donnerstag um 10 Uhr oder Freitag um 14 Uhr passt.",
    "Ich bin viel unterwegs, aber Donnerstag, 11. März um 10 Uhr oder Freitag, 12. März um "
    "14 Uhr ginge.",
    "Sadly my mornings are full, but Thursday at 10am is the exception; Friday at 2pm also works.",
]

OPENING_LEFT = {
    OPENING[13]: "'my mornings are full' is a statement holding a time of day "
    "(time_in_statement), though Thursday at 10am is named as the exception",
}


@pytest.mark.parametrize("body", pinned([(b,) for b in OPENING], OPENING_LEFT))
def test_but_before_their_day_reads_the_list(body: str) -> None:
    verdict = read_reply(body + "\n\nKai\n", tz=LONDON, date=DATE, quote=QUOTE)
    assert WHICH_PICK not in doubt_codes(verdict)
    assert_read_right(verdict, LONDON, Intent.PROPOSE_TIMES, [THU_10, FRI_14])
