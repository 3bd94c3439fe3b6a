"""Round 81, part B (blind84 a07): a country's clock in words, and a restatement with a place.

- "hora de Vietnam", "heure du Vietnam", "ora del Vietnam" and the bare "hora Vietnam" name
  Vietnam's one clock as "Vietnam time" did; "Hanoi", "Saigon" name it alone.
- "aquí en Ciudad de México serán las 7:30 de la mañana", "here in Chicago it'll be 7am": the
  sender's side with its place named, then the verb, says the offer again on the sender's
  clock. It offers nothing when it is the offer's instant there; an hour off stays doubted.
- Inline under a quoted slot ("> - Tuesday 6 March, 9:30 pm"): "Could we do this one an hour
  earlier, 8:30pm your time? Or Wednesday 7 March, same time (8:30pm yours)." The first
  sentence names no day, the next opens on "or" with a day and an hour of its own: the first
  hour is on the quoted line's day, an alternative to the second (blind84 p09). Without the
  "or", or with no hour for the other day ("At 8:30pm? Or would Wednesday suit better?"), it
  stays doubted.
- blind84 s04 (the user's time named back as "Wednesday evening here" beside new offers) is
  left doubted.

Sentences of our own; the quote is the user's, Ada Obi's, outreach from Ho Chi Minh City.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

SAIGON = ZoneInfo("Asia/Ho_Chi_Minh")
UTC = ZoneInfo("UTC")
# From Mexico City (-06:00 all year) and from Chicago (-05:00 after 11 March 2040).
FROM_MEXICO = "Tue, 06 Mar 2040 19:00:00 -0600"
FROM_CHICAGO = "Tue, 13 Mar 2040 09:00:00 -0500"
OUTREACH = (
    "\n\nOn Mon, 5 Mar 2040, Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 30 minutes for a call? These times work for me\n"
    "> (Vietnam time, ICT, UTC+7):\n"
    "> - Tuesday 20 March, 8:30 pm\n"
    "> - Thursday 22 March, 8:00 am\n"
)
TUESDAY_830PM = [datetime(2040, 3, 20, 20, 30)]

# 20:30 in Ho Chi Minh City is 7:30 in Mexico City and 8:30 in Chicago on 20 March 2040.
SAID_AGAIN_WITH_PLACE = [
    (
        "El martes 20 a las 20:30 hora de Vietnam me va bien; aquí en Ciudad de México serán las "
        "7:30 de la mañana.",
        FROM_MEXICO,
    ),
    (
        "Me funciona el martes 20 a las 20:30 hora Vietnam, aquí en Guadalajara son las 7:30.",
        FROM_MEXICO,
    ),
    (
        "Le mardi 20 à 20h30, heure du Vietnam, me convient ; ici à Mexico il sera 7h30.",
        FROM_MEXICO,
    ),
    (
        "Tuesday 20 March at 8:30pm Vietnam time works; here in Chicago it'll be 8:30am.",
        FROM_CHICAGO,
    ),
    ("Martedì 20 alle 20:30 ora del Vietnam va bene, qui a Chicago saranno le 8:30.", FROM_CHICAGO),
]


@pytest.mark.parametrize("zone", [SAIGON, UTC], ids=["saigon", "utc"])
@pytest.mark.parametrize(("body", "sent"), SAID_AGAIN_WITH_PLACE)
def test_a_restatement_with_its_place_offers_nothing(body: str, sent: str, zone: ZoneInfo) -> None:
    verdict = read_reply(body, tz=zone, date=sent, quote=OUTREACH)
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, SAIGON) == TUESDAY_830PM
    assert verdict.certain, doubt_codes(verdict)


NEAR_MISSES = [
    # An hour off the offer on the sender's clock: one of the two clocks is wrong.
    (
        "El martes 20 a las 20:30 hora de Vietnam me va bien; aquí en Ciudad de México serán las "
        "8:30 de la mañana.",
        FROM_MEXICO,
    ),
    (
        "Tuesday 20 March at 8:30pm Vietnam time works; here in Chicago it'll be 7:30am.",
        FROM_CHICAGO,
    ),
    # A clock that is no reading of the offer: a second time, with no day.
    (
        "El martes 20 a las 20:30 hora de Vietnam me va bien, o si no a las 9 de la noche.",
        FROM_MEXICO,
    ),
    # A clock name the reader does not know still leaves the zone unread.
    ("El martes 20 a las 20:30 hora de Narnia me va bien.", FROM_MEXICO),
]


@pytest.mark.parametrize(("body", "sent"), NEAR_MISSES)
def test_near_misses_stay_doubted(body: str, sent: str) -> None:
    verdict = read_reply(body, tz=SAIGON, date=sent, quote=OUTREACH)
    assert not verdict.certain, (verdict.intent, local_starts(verdict, SAIGON))


VIETNAM_CLOCK = [
    "Tuesday 20 March at 8:30pm Vietnam time works for me.",
    "El martes 20 de marzo a las 20:30 hora de Vietnam me funciona.",
    "El martes 20 de marzo a las 20:30 hora Vietnam me funciona.",
    "Le mardi 20 mars à 20h30 heure du Vietnam me convient.",
    "Martedì 20 marzo alle 20:30 ora del Vietnam mi va bene.",
    "Terça, 20 de março, às 20h30 hora do Vietnã funciona para mim.",
    "Tuesday 20 March at 8:30pm Hanoi time works for me.",
]


@pytest.mark.parametrize("body", VIETNAM_CLOCK)
def test_vietnam_clock_in_words(body: str) -> None:
    verdict = read_reply(body, tz=UTC, date=FROM_CHICAGO, quote=OUTREACH)
    assert local_starts(verdict, SAIGON) == TUESDAY_830PM
    assert verdict.certain, doubt_codes(verdict)


SENT_FROM_INDIA = "Tue, 28 Feb 2040 11:20:00 +0530"


def inline(answer: str) -> str:
    """``answer`` written under the second of two quoted slots of Ada's, the first refused."""
    return (
        "Hi Ada, answers inline below.\n\n"
        "On Mon, 27 Feb 2040 at 7:00 AM Ada Obi <ada@example.com> wrote:\n\n"
        "> Would you have 30 minutes? These times work for me (Vietnam time, ICT, UTC+7):\n>\n"
        "> - Thursday 1 March, 8:00 pm\n\nNo, sorry, I'm flying that day.\n\n"
        "> - Tuesday 6 March, 9:30 pm\n\n" + answer + "\n\n> Thanks,\n> Ada\n"
    )


TUE_AND_WED_830PM = [datetime(2040, 3, 6, 20, 30), datetime(2040, 3, 7, 20, 30)]
INLINE_OR_ANOTHER_DAY = [
    "Could we do this one an hour earlier, 8:30pm your time? Or Wednesday 7 March, same time "
    "(8:30pm yours).",
    "Ginge das eine Stunde früher, 20:30 Ihre Zeit? Oder Mittwoch 7. März um 20:30 Ihre Zeit.",
    "¿Podríamos hacerlo una hora antes, a las 20:30 tu hora? O el miércoles 7 de marzo a las "
    "20:30 tu hora.",
    "8:30pm your time instead? Otherwise Wednesday 7 March at 8:30pm your time.",
]


@pytest.mark.parametrize("zone", [SAIGON, UTC], ids=["saigon", "utc"])
@pytest.mark.parametrize("answer", INLINE_OR_ANOTHER_DAY)
def test_an_inline_hour_then_or_another_day(answer: str, zone: ZoneInfo) -> None:
    verdict = read_reply(inline(answer), tz=zone, date=SENT_FROM_INDIA)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, SAIGON) == TUE_AND_WED_830PM
    assert verdict.certain, doubt_codes(verdict)


# The first sentence's hour is the sender's own doing on the quoted day, not an offer.
INLINE_OWN_DOING_THEN_OR = [
    "No, I teach at 8pm. Or Wednesday 7 March at 8:30pm your time?",
    "I have a call until 10pm. Or Wednesday 7 March at 8:30pm your time?",
    "Sorry, 9:30 is too late. Or Wednesday 7 March at 8:30pm your time?",
]


@pytest.mark.parametrize("answer", INLINE_OWN_DOING_THEN_OR)
def test_an_inline_own_doing_then_or_another_day(answer: str) -> None:
    verdict = read_reply(inline(answer), tz=SAIGON, date=SENT_FROM_INDIA)
    assert local_starts(verdict, SAIGON) == [datetime(2040, 3, 7, 20, 30)]
    assert verdict.certain, doubt_codes(verdict)


INLINE_NEAR_MISSES = [
    # No "or": the 3pm may be the Wednesday's.
    "How about 3pm? Wednesday 7 March would be best.",
    "Can we do 3pm? Wednesday 7 March is my only free day.",
    # The other day with no hour: asked at that hour, or at none.
    "At 8:30pm? Or would Wednesday 7 March suit better?",
]


@pytest.mark.parametrize("answer", INLINE_NEAR_MISSES)
def test_inline_near_misses_stay_doubted(answer: str) -> None:
    verdict = read_reply(inline(answer), tz=SAIGON, date=SENT_FROM_INDIA)
    assert not verdict.certain, (verdict.intent, local_starts(verdict, SAIGON))
