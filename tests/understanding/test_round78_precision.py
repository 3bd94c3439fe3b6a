"""Round 78, part A (blind81 a02, p15, x05): three certain and wrong readings, and their rules.

- One clock, two days (p15): "10pm your time on Wednesday March 9 or Thursday March 10" said
  one clock of the user's for two listed days. The second day's reading of that same clock was
  taken as a restatement of the first (the clock names the user's side, and a proposed time
  stood before it): only another clock written before can be said again, not the same one read
  on the next listed day. Italian "alle 22 per te" now names the user's side as "pour vous"
  and "para ti" do.
- The offer's clock on another day (a02): "Let's go with the Tuesday 15th one - by then we've
  sprung forward (March 13), so 10pm HKT is 10am ET" put the 10pm on the 13th, the date of the
  clock change ("sprung forward" is no clock-change talk; "spring forward" is). A reply that
  picks, writes the clock of one of the user's offers as the user wrote it and the offer's own
  day, yet had that clock read on another date, is doubted (``pick_on_another_date``): which day
  the clock is for the reader cannot tell. A weekday that disagrees with its day of the month
  stays doubted.
- Agreed twice (x05): "Perfect, see you then! Here's my Zoom" under the user's "confirmed for
  Thursday 7 April at 19:30", itself above the sender's own "Thursday 7 April 19:30 works for
  me", acknowledges a meeting both sides agreed: `other`, no new yes. With no yes of the
  sender's quoted under the confirmation (the user settling on a time first), a "see you then"
  is still the sender's yes (precision hunt 44).

Sentences of our own; quotes from the user, Ada Obi, in Hong Kong.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

HONG_KONG = ZoneInfo("Asia/Hong_Kong")

OUTREACH = (
    "\n\nOn Sun, 27 Feb 2039 at 20:15, Ada Obi <ada@example.com> wrote:\n"
    "> Dear Kai,\n"
    "> Could we talk for 30 minutes? Any of these suits me, all in Hong Kong time (HKT):\n"
    "> - Thu 3 Mar, 9:00pm HKT\n"
    "> - Tue 8 Mar, 8:00am HKT\n"
    "> - Tue 15 Mar, 10:00pm HKT\n"
    ">\n"
    "> Ada\n"
)
# From Chicago (CST) and New York (EST), before the US clocks change on Sunday 13 March.
FROM_CHICAGO = "Mon, 28 Feb 2039 20:10:00 -0600"
FROM_NEW_YORK = "Wed, 02 Mar 2039 09:12:00 -0500"


def _at(day: int, hour: int, month: int = 3) -> datetime:
    return datetime(2039, month, day, hour)


# --- One clock of the user's, said for two listed days: both are offers (p15) ---------------

SHARED_CLOCK = [
    ("Could we try 10pm your time on Wednesday March 9 or Thursday March 10?", 22),
    ("Would 9am for you on Wednesday 9 March or Thursday 10 March work?", 9),
    ("How about 22:00 your time on Wed 9 or Thu 10 March? Either is fine here.", 22),
    ("Would 10pm your time on Wednesday the 9th or Thursday the 10th be OK?", 22),
    ("Pourrions-nous faire 22h chez vous, mercredi 9 ou jeudi 10 mars ?", 22),
    ("¿Te iría bien a las 22:00 su hora, el miércoles 9 o el jueves 10 de marzo?", 22),
    ("Potremmo sentirci alle 22 per te, mercoledì 9 o giovedì 10 marzo?", 22),
    ("Podemos falar às 22h para você, quarta 9 ou quinta 10 de março?", 22),
    ("Kunnen we bellen om 22:00 voor jou, woensdag 9 of donderdag 10 maart?", 22),
]


@pytest.mark.parametrize(("body", "hour"), SHARED_CLOCK)
def test_one_clock_of_the_users_for_two_days_offers_both(body: str, hour: int) -> None:
    verdict = read_reply(body + "\n", tz=HONG_KONG, date=FROM_CHICAGO, quote=OUTREACH)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert sorted(local_starts(verdict, HONG_KONG)) == [_at(9, hour), _at(10, hour)]


# A clock of each day's own, or a second clock that is not the first said again: never one
# day's reading dropped while certain.
TWO_CLOCKS = [
    "Could we do 10pm your time on Wednesday March 9 or 11pm your time on Thursday March 10?",
    "Ginge 22 Uhr bei Ihnen am Mittwoch, 9. März, oder Donnerstag, 10. März?",
]


@pytest.mark.parametrize("body", TWO_CLOCKS)
def test_two_days_with_the_users_clock_are_read_whole_or_doubted(body: str) -> None:
    verdict = read_reply(body + "\n", tz=HONG_KONG, date=FROM_CHICAGO, quote=OUTREACH)
    if verdict.certain:
        assert len(verdict.proposed_times) == 2, local_starts(verdict, HONG_KONG)


# --- The user's offer picked by its day, another date beside it (a02) -----------------------

# Each picks the user's Tuesday 15th at 10pm HKT; the other date is a clock change's, a trip's
# or a flight's. Read right, or doubted: never a certain time on that other date.
OFFER_DAY = [
    "Happy to. Let's go with the Tuesday 15th one - by then we've sprung forward (March 13), so"
    " 10pm HKT is 10am ET for me, which is perfect.",
    "Tuesday the 15th please. We sprang forward on the 13th, so your 10pm is 10am for me.",
    "Let's do Tuesday 15th - we'll have sprung forward by then (Mar 13), so 10pm HKT = 10am ET.",
    "Tuesday 15th works. I'm in Boston until March 13, so 10pm HKT is 10am ET for me.",
    "Happy to. Let's go with the Tuesday 15th one (I fly home March 13), so 10pm HKT is 10am ET"
    " for me.",
    "Tuesday 15th suits me. Back from Denver on March 13, so 10pm HKT will be 10am ET here.",
    "Go with Tue 15th. Our clocks change on 13 March, so 10pm HKT is 10am Eastern for me.",
]


@pytest.mark.parametrize("body", OFFER_DAY)
def test_a_pick_by_its_day_is_never_read_on_another_date(body: str) -> None:
    verdict = read_reply(body + "\n", tz=HONG_KONG, date=FROM_NEW_YORK, quote=OUTREACH)
    if verdict.certain:
        assert verdict.intent is Intent.ACCEPT, (verdict.intent, doubt_codes(verdict))
        assert local_starts(verdict, HONG_KONG) == [_at(15, 22)]


@pytest.mark.parametrize(
    "body",
    [
        # 15 March 2039 is a Tuesday and 13 March a Sunday: each weekday is off its date.
        "Sunday 15th at 10am ET works for me.",
        "Let's go with Tuesday 13 March, 10pm HKT.",
        "Mardi 13 mars à 22h HKT, parfait.",
        "Martes 13 de marzo a las 22:00 HKT, perfecto.",
    ],
)
def test_a_weekday_off_its_date_is_never_certain(body: str) -> None:
    verdict = read_reply(body + "\n", tz=HONG_KONG, date=FROM_NEW_YORK, quote=OUTREACH)
    assert not verdict.certain, (verdict.intent, local_starts(verdict, HONG_KONG))


@pytest.mark.parametrize(
    "body",
    [
        # The user's Tuesday turned down, and a new time at its clock on a day of its own.
        "Thursday 3rd I'm travelling. Could we do Friday 4 March at 9pm HKT instead?",
        "Tuesday 15th doesn't work, sorry. Could you do Sunday 13 March at 10pm HKT instead?",
        "Would Wednesday 16 March at 10pm HKT work? That's 10am ET for me.",
    ],
)
def test_a_new_offer_at_an_offered_clock_stays_an_offer(body: str) -> None:
    verdict = read_reply(body + "\n", tz=HONG_KONG, date=FROM_NEW_YORK, quote=OUTREACH)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert len(verdict.proposed_times) == 1


# --- An answer to the user's confirmation of a time the sender already took (x05) -----------

_OFFERS = (
    "> > > Hi Kai,\n"
    "> > > Could we talk for 30 minutes? Any of these suits me (GMT+8):\n"
    "> > > - Tue 5 Apr 06:00\n"
    "> > > - Thu 7 Apr 19:30\n"
    "> > > - Tue 12 Apr 09:00\n"
    "> > >\n"
    "> > > Ada\n"
)


def _agreed_twice(users_word: str) -> str:
    """The user's ``users_word`` on Thursday 7 April at 19:30, above the sender's own yes."""
    return (
        "\n\nOn Thu, 31 Mar 2039 at 19:55, Ada Obi <ada@example.com> wrote:\n"
        f"> {users_word}\n"
        ">\n"
        "> Ada\n"
        ">\n"
        "> On Thu, 31 Mar 2039 at 09:00, Kai Berg <kai@example.com> wrote:\n"
        "> > Hi Ada, Thursday 7 April 19:30 works for me.\n"
        "> > Kai\n"
        "> >\n"
        "> > On Wed, 30 Mar 2039 at 20:10, Ada Obi <ada@example.com> wrote:\n" + _OFFERS
    )


CONFIRMED = _agreed_twice("Thanks Kai, confirmed for Thursday 7 April at 19:30 GMT+8.")
INVITED = _agreed_twice("Invitation: Chat with Kai @ Thu 7 Apr 2039 7:30pm - 8pm (HKT)")
LINK_COMING = _agreed_twice("Great, Thursday 7 April at 19:30 then. I'll send you the invite.")
# The user settles on a time first: no yes of the sender's is quoted under it.
SETTLED_FIRST = (
    "\n\nOn Thu, 31 Mar 2039 at 19:55, Ada Obi <ada@example.com> wrote:\n"
    "> Great - Thursday 7 April at 19:30 GMT+8 it is. Talk then!\n"
    ">\n"
    "> Ada\n"
)
IN_MANILA = "Thu, 31 Mar 2039 20:30:00 +0800"

ACKNOWLEDGED = [
    (
        "Perfect, see you then Ada! Here's my Zoom so you needn't send one: https://zoom.us/j/1",
        CONFIRMED,
    ),
    ("Great, see you then!", CONFIRMED),
    ("Noted, thanks - see you Thursday!", CONFIRMED),
    ("Confirmed on my side too, see you then!", CONFIRMED),
    ("Merci Ada, à jeudi ! Voici mon lien Zoom : https://zoom.us/j/2", CONFIRMED),
    ("¡Perfecto, nos vemos entonces! Te paso mi Zoom: https://zoom.us/j/3", CONFIRMED),
    ("Perfetto, a giovedì! Ecco il mio link Zoom: https://zoom.us/j/4", CONFIRMED),
    ("Top, tot donderdag! Hier is mijn Zoom-link: https://zoom.us/j/5", CONFIRMED),
    ("Accepted, see you then! My Zoom is https://zoom.us/j/6 if easier.", INVITED),
    ("Great, see you then!", INVITED),
    ("Sounds good, speak Thursday.", LINK_COMING),
]


@pytest.mark.parametrize(("body", "quote"), ACKNOWLEDGED)
def test_an_answer_to_a_confirmation_of_the_senders_yes_is_no_new_yes(
    body: str, quote: str
) -> None:
    verdict = read_reply(body + "\n", tz=HONG_KONG, date=IN_MANILA, quote=quote)
    assert verdict.intent is Intent.OTHER, (verdict.intent, doubt_codes(verdict))
    assert not verdict.proposed_times
    assert not verdict.doubts


@pytest.mark.parametrize(
    ("body", "intent", "starts"),
    [
        # A move or a cancel under the same quote is still one.
        (
            "Sorry Ada, something came up - could we do Friday 8 April at 19:30 instead?",
            Intent.RESCHEDULE,
            [_at(8, 19, 4).replace(minute=30)],
        ),
        ("Great! Actually, could we make it 20:00 instead?", Intent.RESCHEDULE, [_at(7, 20, 4)]),
        ("I'm so sorry, I have to cancel Thursday.", Intent.CANCEL, []),
    ],
)
def test_a_move_or_cancel_under_the_confirmation_stays_one(
    body: str, intent: Intent, starts: list[datetime]
) -> None:
    verdict = read_reply(body + "\n", tz=HONG_KONG, date=IN_MANILA, quote=CONFIRMED)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is intent
    assert local_starts(verdict, HONG_KONG) == starts


@pytest.mark.parametrize(
    "body",
    ["Thanks Ada, see you then!", "Perfect, see you Thursday! Here's my Zoom: https://zoom.us/j/7"],
)
def test_a_yes_to_the_users_own_settling_stays_a_yes(body: str) -> None:
    verdict = read_reply(body + "\n", tz=HONG_KONG, date=IN_MANILA, quote=SETTLED_FIRST)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, HONG_KONG) == [_at(7, 19, 4).replace(minute=30)]
