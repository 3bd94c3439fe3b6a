"""Round 71, part M: "my time" from a "+0000" Date header, across the UK's spring change.

Sentences of our own, for a user in Oslo. Each reply is written on Tuesday 17 March 2037 at
"+0000" (London's winter clock, Lisbon's, Dublin's, Reykjavik's all year); the UK, Ireland
and Portugal move to +01:00 on Sunday 29 March, so a meeting on Wednesday 1 April is an hour
on from the stamp there, and not in Reykjavik (or the Canaries, which move with Lisbon).

- "3pm my time", "my end", "here", "on my side", "as minhas", "de mi hora": the sender's own
  clock, which names no place. Once the reply names the sender's place it is that place's
  clock on the day, as a zoneless "3pm" is; the header's offset was only the clock at writing.
- "3pm GMT", "15:00 UTC", "15:00Z": a fixed clock written out, which no change moves. At
  "+0000" both it and the stamp are offset zero; the stamp's own clock is kept apart from it.
- "my time" with no place named: the offset alone does not say whether the clock moves by
  the 1st (London) or not (Reykjavik), so the reader asks, as it does for a zoneless time.
- In February no clock changes before the meeting: every reading is the header's offset.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import assert_read_right, doubt_codes, local_starts, read_reply
from workflows.stages import Intent

OSLO = ZoneInfo("Europe/Oslo")
MARCH = "Tue, 17 Mar 2037 12:30:00 +0000"
FEBRUARY = "Tue, 10 Feb 2037 12:30:00 +0000"
QUOTE = (
    "\n\nOn Mon, 16 Mar 2037 at 07:40, Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai,\n> Would 20 minutes on a call suit you in the next few weeks?\n> Ada\n"
)
BRISTOL = "Kai Berg | Harbour Road, Bristol BS1 4AB"
LISBON = "Kai Berg | Rua Augusta 10, Lisboa"
DUBLIN = "Kai Berg | Baggot Street, Dublin 2"
REYKJAVIK = "Kai Berg | Laugavegur 10, Reykjavik"
CANARIES = "Kai Berg | Calle Triana 5, Las Palmas de Gran Canaria"
P = Intent.PROPOSE_TIMES


def _read(body: str, signature: str = "", date: str = MARCH) -> list[datetime] | list[str]:
    """The offered starts on the user's clock, or the doubts if the reply is in doubt."""
    verdict = read_reply(f"{body}\n\nKai\n{signature}{QUOTE}", tz=OSLO, date=date)
    if not verdict.certain:
        return doubt_codes(verdict)
    assert verdict.intent is P, verdict.intent
    return sorted(local_starts(verdict, OSLO))


def _apr1(hour: int) -> list[datetime]:
    return [datetime(2037, 4, 1, hour)]


def _feb18(hour: int) -> list[datetime]:
    return [datetime(2037, 2, 18, hour)]


# The sender's own clock, the place named: that place's clock on 1 April (15:00 BST is 16:00
# in Oslo), as the zoneless time beside it.
OWN_CLOCK = [
    ("Could we do Wednesday 1 April at 3pm my time?", BRISTOL, 16),
    ("Could we do Wednesday 1 April at 3pm?", BRISTOL, 16),
    ("Could we do Wednesday 1 April at 3pm my end?", BRISTOL, 16),
    ("Could we do Wednesday 1 April at 3pm here?", BRISTOL, 16),
    ("Could we do Wednesday 1 April at 3pm on my side?", BRISTOL, 16),
    ("Could we do Wednesday 1 April at 3pm local time?", BRISTOL, 16),
    ("Could we do Wednesday 1 April at 3pm our time?", BRISTOL, 16),
    ("Wednesday the 1st of April, 3pm my time, if that suits?", BRISTOL, 16),
    ("Could we do Wednesday 1 April at 3pm my time?", LISBON, 16),
    ("Could we do Wednesday 1 April at 3pm my time?", DUBLIN, 16),
    ("Podemos falar na quarta-feira, 1 de abril, às 15h as minhas?", LISBON, 16),
    ("Podemos falar na quarta-feira, 1 de abril, às 15h cá?", LISBON, 16),
    ("¿Podemos hablar el miércoles 1 de abril a las 15:00 de mi hora?", CANARIES, 16),
    ("¿Podemos hablar el miércoles 1 de abril a las 15:00 aquí?", CANARIES, 16),
    # Reykjavik keeps +00:00 all year: 15:00 there is 17:00 in Oslo.
    ("Could we do Wednesday 1 April at 3pm my time?", REYKJAVIK, 17),
    ("Could we do Wednesday 1 April at 3pm here?", REYKJAVIK, 17),
    ("Could we do Wednesday 1 April at 3pm?", REYKJAVIK, 17),
]


@pytest.mark.parametrize(("body", "signature", "hour"), OWN_CLOCK)
def test_own_clock_is_the_place_on_the_day(body: str, signature: str, hour: int) -> None:
    assert _read(body, signature) == _apr1(hour)


# A fixed clock written out stays fixed, wherever the sender is: 15:00 GMT is 17:00 in Oslo.
FIXED = [
    ("Could we do Wednesday 1 April at 3pm GMT?", BRISTOL, 17),
    ("Could we do Wednesday 1 April at 15:00 UTC?", BRISTOL, 17),
    ("Could we do Wednesday 1 April at 3pm GMT?", DUBLIN, 17),
    ("Could we do Wednesday 1 April at 15:00 UTC?", LISBON, 17),
    ("Could we do Wednesday 1 April at 3pm GMT?", "", 17),
    ("Could we do Wednesday 1 April at 15:00 UTC?", "", 17),
    # "15:00Z": UTC, the letter on the clock, from anywhere.
    ("Could we do Wednesday 1 April at 15:00Z?", BRISTOL, 17),
    ("Could we do Wednesday 1 April at 15:00Z?", "", 17),
    # The same instant on both clocks: 3pm BST is 2pm GMT, 4pm BST is 15:00Z.
    ("Could we do Wednesday 1 April at 3pm my time, 2pm GMT?", BRISTOL, 16),
    ("Could we do Wednesday 1 April at 15:00Z (4pm my time)?", BRISTOL, 17),
]


@pytest.mark.parametrize(("body", "signature", "hour"), FIXED)
def test_written_gmt_stays_fixed(body: str, signature: str, hour: int) -> None:
    assert _read(body, signature) == _apr1(hour)


# No place named: London's clock moves by the 1st, Reykjavik's does not. The reader asks, as
# it does for the zoneless "3pm" from the same stamp.
NO_PLACE = [
    "Could we do Wednesday 1 April at 3pm my time?",
    "Could we do Wednesday 1 April at 3pm here?",
    "Could we do Wednesday 1 April at 3pm my end?",
    "Could we do Wednesday 1 April at 3pm?",
]


@pytest.mark.parametrize("body", NO_PLACE)
def test_own_clock_with_no_place_is_doubted(body: str) -> None:
    verdict = read_reply(f"{body}\n\nKai\n{QUOTE}", tz=OSLO, date=MARCH)
    assert not verdict.certain, local_starts(verdict, OSLO)


# February: no change before the meeting, so every clock reads the stamp's offset (15:00 is
# 16:00 in Oslo), the place named or not.
WINTER = [
    ("Could we do Wednesday 18 February at 3pm my time?", BRISTOL),
    ("Could we do Wednesday 18 February at 3pm GMT?", BRISTOL),
    ("Could we do Wednesday 18 February at 3pm here?", DUBLIN),
    ("Could we do Wednesday 18 February at 3pm my time?", REYKJAVIK),
    ("Could we do Wednesday 18 February at 3pm my time?", ""),
    ("Could we do Wednesday 18 February at 15:00 UTC?", ""),
]


@pytest.mark.parametrize(("body", "signature"), WINTER)
def test_winter_reads_the_header_either_way(body: str, signature: str) -> None:
    verdict = read_reply(f"{body}\n\nKai\n{signature}{QUOTE}", tz=OSLO, date=FEBRUARY)
    assert_read_right(verdict, OSLO, P, _feb18(16))
