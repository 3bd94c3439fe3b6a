"""Round 61 on replies_blind63 (a user in Manila named "Jo"): a first name of two letters.

The envelope's names were matched by words of three letters or more, so "Dear Jo," to Jo
Villanueva opened on a name found on neither the To nor the Cc line, and 31 of blind63's 60
replies were doubted as written to someone else. Names of two letters ("Jo", "Ed", "Li", "Bo")
are on the envelope too; a note that opens on a third person's two-letter name still doubts.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent

MANILA = ZoneInfo("Asia/Manila")
DATE = "Tue, 15 Jun 2032 09:00:00 +0900"
QUOTE = (
    "\n\nOn Mon, 14 Jun 2032 at 10:00, {name} <user@example.com> wrote:\n"
    "> Would any of these work? All in Manila time (PHT):\n"
    "> - Thursday 17 June, 10:00\n> - Friday 18 June, 15:00\n"
)


@pytest.mark.parametrize(
    ("user", "body"),
    [
        ("Jo Villanueva", "Dear Jo,\n\nThursday 17 June at 10:00 your time works for me.\n\nKen"),
        ("Ed Soriano", "Ed - Friday the 18th at 15:00 Manila time is good.\n\nKen"),
        ("Li Wei Tan", "Hi Li,\n\nThursday 17 June at 10:00 your time works for me.\n\nKen"),
        ("Bo Reyes", "Bo, Thursday 17 June at 10:00 your time works for me.\n\nKen"),
    ],
)
def test_a_two_letter_name_on_the_envelope_is_the_user(user: str, body: str) -> None:
    verdict = read_reply(
        body, tz=MANILA, date=DATE, quote=QUOTE.format(name=user), to=f"{user} <user@example.com>"
    )
    assert "written_to_someone_else" not in doubt_codes(verdict)
    assert verdict.intent is Intent.ACCEPT
    assert verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "Jo - attached are the freight numbers. Can you check them before Thursday at 10?\n\nKen",
        "Ed, can you book the room for Friday at 15:00? Thanks.\n\nKen",
    ],
)
def test_a_third_persons_two_letter_name_still_doubts(body: str) -> None:
    verdict = read_reply(
        body,
        tz=MANILA,
        date=DATE,
        quote=QUOTE.format(name="Ada Obi"),
        to="Ada Obi <user@example.com>",
    )
    assert not verdict.certain
    assert "written_to_someone_else" in doubt_codes(verdict)
