"""Round 39, picks and moves: what replies_blind40 read in doubt.

A pick said on the user's clock and restated on the sender's own ("Thursday 4pm should suit.
That's 11am for me", "Your Wed 7:30am (Tue 8:30am my time)"), across the date line a week
before the offer; a move that names the old slot before its "to" ("push our 4pm to Friday
18th, same time"); a new time "the same day" as the one moved. Sentences of our own, with near
misses that keep their reading.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

_TZ = ZoneInfo("Pacific/Auckland")
_OFFERS = (
    "\n\nOn Mon, 7 Mar 2033 at 9:00 AM, Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 20 minutes for a video call? Any of these suit me (all Auckland time):\n"
    "> - Wednesday 16 March, 7:30am\n"
    "> - Thursday 17 March, 4:00pm\n"
    "> - Monday 21 March, 9:00pm\n"
)
# The user's Thursday at 4pm, settled, under the list it was picked from.
_AGREED = (
    "\n\nOn Wed, 9 Mar 2033 at 10:00 AM, Ada Obi <ada@example.com> wrote:\n"
    "> Great, Thursday 17 March 4pm it is. I'll send an invite.\n"
    ">\n"
    "> On Tue, 8 Mar 2033 at 4:00 PM, Kai Berg <kai@example.com> wrote:\n"
    "> > Thursday 4pm works for me.\n"
    "> >\n" + "".join(f"> {line}\n" for line in _OFFERS.strip().splitlines())
)
_PERTH = "Tue, 08 Mar 2033 14:00:00 +0800"
_HONOLULU = "Mon, 07 Mar 2033 14:00:00 -1000"
_MADRID = "Tue, 08 Mar 2033 10:00:00 +0100"
_AUCKLAND = "Mon, 14 Mar 2033 09:00:00 +1300"

WED = datetime(2033, 3, 16, 7, 30)
THU = datetime(2033, 3, 17, 16, 0)
MON = datetime(2033, 3, 21, 21, 0)

# (body, Date header, quote, intent, Auckland starts, certain)
ROWS = [
    # A pick on the user's clock, said again on the sender's: one of the user's times, though
    # the grammar put the bare weekday in the coming week on the sender's clock.
    ("Thursday 4pm should suit, I reckon. That's 11am for me.", _PERTH, _OFFERS,
     Intent.ACCEPT, [THU], True),
    ("Your Wed 7:30am (Tue 8:30am my time) is perfect.", _HONOLULU, _OFFERS,
     Intent.ACCEPT, [WED], True),
    ("Wed 7:30am works (Tue 8:30am my time).", _HONOLULU, _OFFERS, Intent.ACCEPT, [WED], True),
    ("Tu lunes a las 21:00 (lunes 9:00 para mí) me va perfecto.", _MADRID, _OFFERS,
     Intent.ACCEPT, [MON], True),
    ("Votre lundi 21h (lundi 9h chez moi) me convient très bien.", _MADRID, _OFFERS,
     Intent.ACCEPT, [MON], True),
    ("Ihren Montag um 21 Uhr (bei mir Montag 9 Uhr) nehme ich gern.", _MADRID, _OFFERS,
     Intent.ACCEPT, [MON], True),
    # With no zone named, the weekday and clock of one of the user's times are that time.
    ("Thursday 4pm works for me.", _PERTH, _OFFERS, Intent.ACCEPT, [THU], True),
    # Near misses: a clock said again that is not the offer's instant keeps the doubt; a
    # restatement an hour off the user's time contradicts it; the sender's own clock named
    # is no time of the user's.
    ("Thursday at 4pm my time works for me.", _PERTH, _OFFERS, Intent.PROPOSE_TIMES,
     [datetime(2033, 3, 10, 21, 0)], False),
    ("Thursday 4pm should suit. That's 10am for me.", _PERTH, _OFFERS,
     Intent.ACCEPT, [THU], False),
    ("Wed 7:30am works (Tue 9:30am my time).", _HONOLULU, _OFFERS,
     Intent.PROPOSE_TIMES, None, False),
    # A move whose old slot stands before "to": the new day takes "same time", not the old clock.
    ("Something came up - can we push our 4pm to Friday 18th, same time?", _AUCKLAND, _AGREED,
     Intent.RESCHEDULE, [datetime(2033, 3, 18, 16, 0)], True),
    ("Could we move our 4pm to Monday 21st at the same time?", _AUCKLAND, _AGREED,
     Intent.RESCHEDULE, [datetime(2033, 3, 21, 16, 0)], True),
    ("Bonjour Ada, un imprévu de dernière minute : est-ce qu'on pourrait décaler notre 16h au"
     " vendredi 18, même heure ? Désolé pour le changement.", _AUCKLAND, _AGREED,
     Intent.RESCHEDULE, [datetime(2033, 3, 18, 16, 0)], True),
    ("¿Podemos mover nuestra llamada de las 16:00 al viernes 18, a la misma hora?", _AUCKLAND,
     _AGREED, Intent.RESCHEDULE, [datetime(2033, 3, 18, 16, 0)], True),
    # Near misses: the new clock after "to" is the new day's; the old clock alone stays unsure.
    ("Can we push the 4pm call to 11am Friday 18th?", _AUCKLAND, _AGREED,
     Intent.RESCHEDULE, [datetime(2033, 3, 18, 11, 0)], True),
    ("Can we push our 4pm to Friday 18th?", _AUCKLAND, _AGREED, Intent.RESCHEDULE, [], False),
    # "The same day": the day named last before it, not the one written after it.
    ("need to move our thu 4pm, sorry. could do 6pm same day or fri 10ish?", _AUCKLAND, _AGREED,
     Intent.RESCHEDULE, [datetime(2033, 3, 17, 18, 0), datetime(2033, 3, 18, 10, 0)], True),
    ("Need to move our Thursday 4pm, sorry - a site visit came up. Could do 6pm same day, or"
     " Friday at 10?", _AUCKLAND, _AGREED,
     Intent.RESCHEDULE, [datetime(2033, 3, 17, 18, 0), datetime(2033, 3, 18, 10, 0)], True),
    ("Je dois déplacer notre jeudi 16h. Le même jour à 18h, ou vendredi à 10h ?", _AUCKLAND,
     _AGREED, Intent.RESCHEDULE,
     [datetime(2033, 3, 17, 18, 0), datetime(2033, 3, 18, 10, 0)], True),
    ("Ich muss unseren Termin am Donnerstag verschieben. Ginge es am selben Tag um 18 Uhr oder"
     " am Freitag um 10 Uhr?", _AUCKLAND, _AGREED, Intent.RESCHEDULE,
     [datetime(2033, 3, 17, 18, 0), datetime(2033, 3, 18, 10, 0)], True),
    # Near misses: a clock said again after the second of two listed days is no clock of its
    # own; a part of the day after two listed days is both days'; a clock after a part
    # of the day narrows it for every day listed; a clock before two listed days, neither with
    # a clock of its own, is both days'.
    ("I could do 3pm my time on Friday 18th or Tuesday 22nd - that's 5pm your end, I think?",
     "Tue, 08 Mar 2033 09:00:00 +1100", _OFFERS, Intent.PROPOSE_TIMES,
     [datetime(2033, 3, 18, 17, 0), datetime(2033, 3, 22, 17, 0)], True),
    # "Suits me" is a yes since round 66 (hunt 52), and the user's Monday is the 21st: the
    # sender may mean that Monday at another hour, so the coming Monday is read but doubted.
    ("Late Monday morning suits me best, or Tuesday or Wednesday afternoon.",
     "Tue, 08 Mar 2033 09:00:00 +1300", _OFFERS, Intent.PROPOSE_TIMES,
     [datetime(2033, 3, 14, 10, 0), datetime(2033, 3, 15, 13, 0), datetime(2033, 3, 16, 13, 0)],
     False),
    ("Any morning next week except Wednesday, between 10 and noon.",
     "Tue, 08 Mar 2033 09:00:00 +1300", _OFFERS, Intent.PROPOSE_TIMES,
     [datetime(2033, 3, d, 10, 0) for d in (14, 15, 17, 18)], True),
    ("Could we do 3pm Thursday or Friday instead?", _AUCKLAND, _AGREED, Intent.PROPOSE_TIMES,
     [datetime(2033, 3, 17, 15, 0), datetime(2033, 3, 18, 15, 0)], True),
]  # fmt: skip


@pytest.mark.parametrize(("body", "date", "quote", "intent", "starts", "certain"), ROWS)
def test_picks_and_moves_are_read_on_the_right_day_and_clock(
    body: str,
    date: str,
    quote: str,
    intent: Intent,
    starts: list[datetime] | None,
    certain: bool,
) -> None:
    verdict = read_reply(body + "\n", tz=_TZ, date=date, quote=quote)
    assert verdict.intent is intent, verdict.notes
    if starts is not None:
        assert local_starts(verdict, _TZ) == starts
    assert verdict.certain is certain, doubt_codes(verdict)
