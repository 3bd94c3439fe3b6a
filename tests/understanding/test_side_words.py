"""The sender's side words before a clock that says the pick again: "chez moi", "für mich".

`_MY_SIDE` is the one list of the sender's side words; the restating lead and the check that a
restatement on the sender's clock is the same instant both take it. "chez moi c'est 11h" was
read as a second offer, certain; "für mich ist es dann 10 Uhr" already doubted. Sentences of
our own (a Berlin user in March 2035, a São Paulo sender on -03:00, no clock change), with the
near misses whose reading stays as it was.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply

BERLIN = ZoneInfo("Europe/Berlin")

_OUTREACH = (
    "\n\nOn Mon, Mar 5, 2035 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 20 minutes for a call? Any of these work for me (Berlin time, CET):\n"
    ">\n"
    "> - Tuesday March 13, 10:00\n"
    "> - Wednesday March 14, 15:00\n"
    "> - Friday March 16, 11:30\n"
)
_ASK = (
    "\n\nOn Mon, Mar 5, 2035 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai, would you have 20 minutes for a call in the next week or two?\n>\n> Ada\n"
)
_SAO_PAULO = "Mon, 5 Mar 2035 06:00:00 -0300"
_BERLIN = "Mon, 5 Mar 2035 10:00:00 +0100"
# The user's Wednesday 15:00, 11:00 in São Paulo.
_PICK = datetime(2035, 3, 14, 15)


def _read(body: str, date: str, quote: str = _OUTREACH) -> tuple[str, list[datetime], list[str]]:
    verdict = read_reply(body, tz=BERLIN, date=date, quote=quote)
    assert verdict.certain == (not verdict.doubts)
    return verdict.intent.value, local_starts(verdict, BERLIN), doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "Mercredi 14 à 15h heure de Berlin me va - chez moi c'est 11h.",
        "Mercredi 14 à 15h me va, chez moi c'est 11h.",
        "Mittwoch 14. um 15 Uhr Berliner Zeit passt, für mich ist es dann 11 Uhr.",
        "Mittwoch 14. um 15 Uhr passt, für mich ist das 11 Uhr.",
    ],
)
def test_the_pick_said_again_on_my_side_as_the_same_instant_is_one_pick(body: str) -> None:
    assert _read(body, _SAO_PAULO) == ("accept", [_PICK], [])


@pytest.mark.parametrize(
    "body",
    [
        # Read before as a certain offer of both clocks, 15:00 and 10:00.
        "Mercredi 14 à 15h heure de Berlin me va - chez moi c'est 10h.",
        "Mittwoch 14. um 15 Uhr Berliner Zeit passt, für mich ist das 10 Uhr.",
        "Mittwoch um 15 Uhr passt, für mich ist es dann 10 Uhr.",
    ],
)
def test_the_pick_said_again_on_my_side_as_another_instant_is_doubted(body: str) -> None:
    assert "two_readings_of_time" in _read(body, _SAO_PAULO)[2]


@pytest.mark.parametrize(
    "body",
    [
        # "chez moi" as a place, no clock before it: the clock is the offer.
        "Jeudi 22 mars je serai chez moi, c'est 15h qui m'irait le mieux.",
        "Jeudi 22 mars, chez moi c'est 15h qui va le mieux.",
        "Am Donnerstag, 22. März, für mich ist es um 15 Uhr am besten.",
    ],
)
def test_side_words_before_the_only_clock_leave_it_an_offer(body: str) -> None:
    intent, starts, _ = _read(body, _BERLIN, _ASK)
    assert (intent, starts) == ("propose_times", [datetime(2035, 3, 22, 15)])
