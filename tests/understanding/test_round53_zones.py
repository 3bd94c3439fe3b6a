"""Round 53 on replies_blind52: clocks named for the user's region, and a clock change ahead.

The user lives in Istanbul (+03:00 all year) and offered, "in Istanbul time (TRT, UTC+3)",
Tuesday 26 October 2027 at 11:00, Tuesday 2 November and Friday 5 November at 11:00. Replies
are written on Thursday 21 October, before Europe's clocks go back on 31 October. Sentences of
our own:

- "11:00 TRT", "Turkey time", "10:00 Bucharest time", "hora de Bucarest", "(hora de Portugal)":
  clocks the reader did not know (`reply_zone_unread`), now placed.
- "11:00 your time - that's 9:00 here", "alle 11:00 vostre (9:00 da noi)": the user's clock,
  said again on the sender's for a meeting after the sender's clocks go back; it matches on the
  offset the Date header's moves to, so the offer on the user's clock stands
  (`two_readings_of_time` before). Said the other way round (the sender's clock first), or
  off on every offset, or for a day before the change, it stays doubted.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, pinned, read_reply

IST = ZoneInfo("Europe/Istanbul")
SEOUL = ZoneInfo("Asia/Seoul")
QUOTE = (
    "\n\nOn Tue, 19 Oct 2027 at 10:05, Elif Yildirim <ada@example.com> wrote:\n"
    "> Any of these would work for me, in Istanbul time (TRT, UTC+3):\n"
    "> - Tuesday 26 October, 11:00\n> - Tuesday 2 November, 11:00\n"
    "> - Friday 5 November, 11:00\n"
)
# Central Europe, Athens and Bucharest, Lisbon: each on its summer clock when writing.
CET_SUMMER = "Thu, 21 Oct 2027 10:17:00 +0200"
EET_SUMMER = "Thu, 21 Oct 2027 11:17:00 +0300"
WET_SUMMER = "Thu, 21 Oct 2027 09:17:00 +0100"
INDIA = "Thu, 21 Oct 2027 13:47:00 +0530"
TUE_2_11 = datetime(2027, 11, 2, 11, 0)
THU_4_11 = datetime(2027, 11, 4, 11, 0)
THU_4_12 = datetime(2027, 11, 4, 12, 0)
FRI_5_11 = datetime(2027, 11, 5, 11, 0)

# A clock named for Turkey, Bucharest or Portugal, read on that place's clock of the day.
PLACED = [
    ("Tuesday 2 Nov at 11:00 TRT works for me.", CET_SUMMER, [TUE_2_11]),
    ("Tuesday 2 Nov at 11:00 Turkey time works for me.", CET_SUMMER, [TUE_2_11]),
    ("Tuesday 2 Nov at 11:00 Turkish time works for me.", CET_SUMMER, [TUE_2_11]),
    ("Could we do Thursday 4 Nov at 10:00 Bucharest time instead?", EET_SUMMER, [THU_4_11]),
    ("¿Podemos el jueves 4 de noviembre a las 10:00, hora de Bucarest?", EET_SUMMER, [THU_4_11]),
    ("Pouvons-nous faire jeudi 4 novembre à 10h, heure de Bucarest ?", EET_SUMMER, [THU_4_11]),
    ("Können wir Donnerstag, 4.11., um 10 Uhr Bukarester Zeit machen?", EET_SUMMER, [THU_4_11]),
    ("Pode ser quinta-feira, 4 de novembro, às 9h (hora de Portugal)?", WET_SUMMER, [THU_4_12]),
    ("Pourrait-on faire jeudi 4 novembre à 9h, heure du Portugal ?", WET_SUMMER, [THU_4_12]),
    ("Could we do Thursday 4 Nov at 9am Portugal time?", WET_SUMMER, [THU_4_12]),
]


@pytest.mark.parametrize(("body", "date", "starts"), PLACED)
def test_clock_named_for_the_place_is_read(body: str, date: str, starts: list[datetime]) -> None:
    verdict = read_reply(body, tz=IST, date=date, quote=QUOTE)
    assert local_starts(verdict, IST) == starts
    assert verdict.certain, doubt_codes(verdict)


# Names still unplaced: "Sofia" is also a given name, Narnia no place.
UNPLACED = [
    "Tuesday 2 Nov at 11:00 Narnia time works for me.",
    "Could we do Thursday 4 Nov at 10:00 Sofia time instead?",
]


@pytest.mark.parametrize("body", UNPLACED)
def test_unplaced_clock_stays_doubted(body: str) -> None:
    verdict = read_reply(body, tz=IST, date=EET_SUMMER, quote=QUOTE)
    assert "reply_zone_unread" in doubt_codes(verdict)


# The user's clock first, the sender's after it for a day after the sender's clocks go back.
ACROSS_CHANGE = [
    ("Tuesday 2 Nov at 11:00 TRT works for me - that's 9:00 here.", CET_SUMMER, [TUE_2_11]),
    ("Tuesday 2 Nov at 11:00 your time works for me (9:00 here).", CET_SUMMER, [TUE_2_11]),
    ("Va bene martedì 2 alle 11:00 vostre (9:00 da noi).", CET_SUMMER, [TUE_2_11]),
    ("Dienstag, 2.11., um 11 Uhr Ihrer Zeit passt mir (bei uns ist es dann 9 Uhr).", CET_SUMMER,
     [TUE_2_11]),
    ("El martes 2 de noviembre a las 11:00 de tu hora me viene bien (aquí son las 9:00).",
     CET_SUMMER, [TUE_2_11]),
    ("Friday 5 Nov, 11:00 your time (which will be 10:00 here)?", EET_SUMMER, [FRI_5_11]),
    # Near miss: "vostre" away from a clock names none ("your proposals").
    ("Martedì 2 alle 11:00 va bene, grazie delle vostre proposte.", CET_SUMMER, [TUE_2_11]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "date", "starts"), ACROSS_CHANGE)
def test_users_clock_said_again_across_the_change(
    body: str, date: str, starts: list[datetime]
) -> None:
    verdict = read_reply(body, tz=IST, date=date, quote=QUOTE)
    assert local_starts(verdict, IST) == starts
    assert not verdict.doubts, doubt_codes(verdict)


# Near misses: the sender's clock first (read on the header's offset, which the meeting day is
# not on), off on every offset, a day before the change (the header's offset holds), or an
# hour off from a header whose clocks never change (India).
STILL_DOUBTED = [
    ("Tuesday 2 Nov at 9:00 my time works for me (11:00 for you).", CET_SUMMER),
    ("Tuesday 2 Nov at 11:00 your time works for me - that's 8:00 here.", CET_SUMMER),
    ("Va bene martedì 2 alle 11:00 vostre (8:00 da noi).", CET_SUMMER),
    ("Va bene martedì 2 alle 9:00 nostre (11:00 vostre).", CET_SUMMER),
    ("Tuesday 26 Oct at 11:00 your time works for me - that's 9:00 here.", CET_SUMMER),
    ("Tuesday 2 Nov at 11:00 your time works for me (2:30pm here).", INDIA),
]


@pytest.mark.parametrize(("body", "date"), STILL_DOUBTED)
def test_clock_not_one_instant_stays_doubted(body: str, date: str) -> None:
    verdict = read_reply(body, tz=IST, date=date, quote=QUOTE)
    assert not verdict.certain


# `replies_blind50` p08's shape (user in Seoul): "hora de Portugal" now places the offer, but
# "é meia-noite aqui", the user's Wednesday said again as midnight, is no clock the grammar
# reads (`time_unread`); the same sentence with "é 1h aqui" is certain.
SEOUL_QUOTE = (
    "\n\nEm seg., 1 de nov. de 2027, 22:45, Min-ji Park <ada@example.com> escreveu:\n"
    "> A few times that suit me, in KST (Seoul, UTC+9):\n> - Wed 10 Nov, 09:00\n"
)
MIDNIGHT = [
    "Quarta dia 10 às 9h de Seul é 1h aqui em Lisboa, não dá. Pode ser quinta-feira, 11 de"
    " novembro, às 8h30 (hora de Portugal)?",
    "Quarta dia 10 às 9h de Seul é meia-noite aqui em Lisboa, não dá. Pode ser quinta-feira, 11"
    " de novembro, às 8h30 (hora de Portugal)?",
]
LEFT_MIDNIGHT = {MIDNIGHT[1]: '"meia-noite" saying a time again is not read as a clock'}


@pytest.mark.parametrize("body", pinned([(b,) for b in MIDNIGHT], LEFT_MIDNIGHT))
def test_portugal_clock_for_a_seoul_user(body: str) -> None:
    verdict = read_reply(body, tz=SEOUL, date="Wed, 03 Nov 2027 10:22:00 +0000", quote=SEOUL_QUOTE)
    assert local_starts(verdict, SEOUL) == [datetime(2027, 11, 11, 17, 30)]
    assert verdict.certain, doubt_codes(verdict)
