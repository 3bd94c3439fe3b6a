"""Round 56 on replies_blind56 (times): a user in Athens, spring 2029 (US change 11 March,
Israel 23 March, EU and Greece 25 March). Sentences of our own:

- "(9 Uhr bei uns, 10 Uhr bei Ihnen)" for the old meeting after the EU change, written
  before it: the pair says the sender's clock on that day, so "15 Uhr unserer Zeit" on the
  next day is on the sender's summer offset, not the Date header's.
- "2-3pm (pick any 20 mins in there), or Thursday at 9:30": the 20 minutes are a pick inside
  the one window; the bare 9:30 keeps the meeting's length.
- "mercoledì 21 dalle\\n10 alle 11": a hard wrap after Italian "dalle" ends no sentence.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import MEETING, doubt_codes, local_starts, read_reply
from workflows.stages import Intent

ATHENS = ZoneInfo("Europe/Athens")
QUOTE = (
    "\n\nOn Mon, 19 Mar 2029 at 09:00, Ada Obi <ada@example.com> wrote:\n"
    "> Great, Tuesday 27 March at 10:00 (Athens time) it is.\n"
)
BEFORE_EU = "Thu, 22 Mar 2029 09:30:00 +0100"

# The old meeting's clock on both sides, then a new day "on our clock": 15:00 at +02:00.
MOVED = [
    "Hallo Ada,\n\nunseren Termin am Dienstag (9 Uhr bei uns, 10 Uhr bei Ihnen) muss ich "
    "leider verschieben. Geht Mittwoch, 28. März, 15 Uhr unserer Zeit?\n\nGruß\nJonas\n",
    pytest.param(
        "Hallo Ada,\n\nden Termin am Dienstag (10 Uhr bei Ihnen, 9 Uhr bei uns) muss ich leider "
        "verschieben. Ginge stattdessen Mittwoch, 28. März, um 15 Uhr?\n\nGruß\nJonas\n",
        marks=pytest.mark.xfail(
            strict=True, reason="the user's clock first: the old Tuesday is read as an offer"
        ),
    ),
]


@pytest.mark.parametrize("body", MOVED)
def test_old_meeting_on_both_clocks_places_the_new_offer(body: str) -> None:
    verdict = read_reply(body, tz=ATHENS, date=BEFORE_EU, quote=QUOTE)
    assert verdict.intent is Intent.RESCHEDULE
    assert local_starts(verdict, ATHENS) == [datetime(2029, 3, 28, 16, 0)]


# Near miss: two clocks for the old call that do not differ by the user's clock change (8 at
# +00:00 is 10 in Athens before the change): nothing learned, the new offer is not moved.
def test_pair_on_the_header_offset_moves_nothing() -> None:
    body = (
        "Hi Ada,\n\nI need to move our Tuesday call (10 your time, 8 here). Could we do "
        "Wednesday 28 March at 15:00 instead?\n\nBest\nJonas\n"
    )
    verdict = read_reply(body, tz=ATHENS, date="Thu, 22 Mar 2029 09:30:00 +0000", quote=QUOTE)
    starts = local_starts(verdict, ATHENS)
    assert datetime(2029, 3, 28, 17, 0) not in starts or verdict.doubts


OFFERS_QUOTE = (
    "\n\nOn Mon, 19 Mar 2029 at 09:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work? All in Athens time:\n> - Monday 2 April, 15:00\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada,\n\nI could do Tuesday 3 April 1-2pm UK time (pick any 20 mins\nin there), "
        "or Thursday 5th at 10:30 UK.\n\nBest,\nTom\n",
        "Hi Ada,\n\nTuesday 3 April 1-2pm UK time works (any 20 minutes within that), or "
        "Thursday 5th at 10:30 UK.\n\nBest,\nTom\n",
    ],
)
def test_length_picked_inside_one_window_stays_there(body: str) -> None:
    verdict = read_reply(
        body, tz=ATHENS, date="Fri, 23 Mar 2029 10:00:00 +0000", quote=OFFERS_QUOTE
    )
    assert verdict.intent is Intent.PROPOSE_TIMES
    windows = sorted(verdict.proposed_times, key=lambda w: w.start)
    assert [w.end - w.start for w in windows] == [timedelta(hours=1), MEETING]


def test_length_said_for_the_meeting_still_counts() -> None:
    body = "Hi Ada,\n\n20 minutes works. Thursday 5 April at 10:30 UK time?\n\nBest,\nTom\n"
    verdict = read_reply(
        body, tz=ATHENS, date="Fri, 23 Mar 2029 10:00:00 +0000", quote=OFFERS_QUOTE
    )
    assert [w.end - w.start for w in verdict.proposed_times] == [timedelta(minutes=20)]


def test_italian_dalle_wrapped_before_its_hour() -> None:
    body = (
        "Ciao Ada,\n\npurtroppo lunedì non riesco. Possiamo fare giovedì 5 aprile alle 11, "
        "oppure venerdì 6 dalle\n10 alle 11? Fammi sapere.\n\nUn saluto,\nGiulia\n"
    )
    verdict = read_reply(
        body, tz=ATHENS, date="Mon, 26 Mar 2029 18:20:00 +0200", quote=OFFERS_QUOTE
    )
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, ATHENS) == [
        datetime(2029, 4, 5, 12, 0),
        datetime(2029, 4, 6, 11, 0),
    ]
    assert not verdict.doubts


NL_QUOTE = (
    "\n\nOp ma 26 feb 2029 om 08:20 schreef Ada Obi <ada@example.com>:\n"
    "> All times are in Athens time:\n> - Thursday 1 March, 16:00\n> - Tuesday 6 March, 11:00\n"
)
NL_DATE = "Wed, 28 Feb 2029 08:47:00 +0100"


# A day said to work, narrowed ("but only in the afternoon"), then spelled out after a colon as
# a bare span: the span is the offer, said as one.
@pytest.mark.parametrize(
    "body",
    [
        "Woensdag 7 maart kan ik wel, maar pas 's middags: ergens tussen 13.00 en\n14.30 uur "
        "(Nederlandse tijd). Anders vrijdag 9 maart om 10 uur.",
        "Woensdag 7 maart kan ik wel: tussen 13.00 en 14.30 uur. Anders vrijdag 9 maart om 10 uur.",
        "Wednesday 7 March works, but only in the afternoon: somewhere between 1 and 2:30pm. "
        "Otherwise Friday 9 March at 10.",
    ],
)
def test_span_after_colon_spells_out_the_offer(body: str) -> None:
    verdict = read_reply(body, tz=ATHENS, date=NL_DATE, quote=NL_QUOTE)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, ATHENS) == [
        datetime(2029, 3, 7, 14, 0),
        datetime(2029, 3, 9, 11, 0),
    ]
    assert not verdict.doubts


# Near misses: a colon after a day said to be busy, or a clause with words of its own after
# the colon, may be the sender's schedule.
@pytest.mark.parametrize(
    "body",
    [
        "Woensdag 7 maart zit ik vol: tussen 9 en 17 uur. Anders vrijdag 9 maart om 10 uur.",
        "Wednesday 7 March is packed, but only in the afternoon: between 1 and 2:30pm. "
        "Otherwise Friday 9 March at 10.",
        "Wednesday 7 March works: the team meets between 1 and 2pm. "
        "Otherwise Friday 9 March at 10.",
    ],
)
def test_span_after_colon_without_an_offer_stays_doubted(body: str) -> None:
    verdict = read_reply(body, tz=ATHENS, date=NL_DATE, quote=NL_QUOTE)
    assert "time_in_statement" in doubt_codes(verdict)
