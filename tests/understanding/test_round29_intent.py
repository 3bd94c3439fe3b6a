"""Round 29 (intent): two certain-but-wrong readings of blind29, by cause.

"I'd be the wrong person" is the sender judging their own fit for the request, a no; only "you
have the wrong person" or a bare "wrong person" says the mail reached someone it was not meant
for. "Could you send me … first? Then I'll come back with a time" asks for something before
answering: a reply promised, not a later date to come back. Sentences of our own, each rule
with near misses that keep their reading.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_UTC = ZoneInfo("UTC")
_QUOTE = (
    "\n\nOn Mon, Oct 22, 2029 at 8:15 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 20 minutes for a call? Any of these would suit me (Sydney time):\n>\n"
    "> - Wednesday 24 October, 7:00am\n> - Thursday 25 October, 4:00pm\n>\n> Ada\n"
)


def _read(body: str) -> Verdict:
    return read_reply(body, tz=_UTC, date="Mon, 22 Oct 2029 19:03:00 +1100", quote=_QUOTE)


@pytest.mark.parametrize(
    "body",
    [
        "Honestly I'd be the wrong person - I moved into sales years ago. All the best with it.",
        "I'm really the wrong person here, I haven't worked in UX since 2020. Good luck!",
        "Thanks for thinking of me, but I am probably the wrong person; my work is all finance "
        "now.\n\nBest, Kai",
        "I would be the wrong person, sadly - I left teaching a decade ago. Wishing you well.",
    ],
)
def test_the_sender_judging_their_own_fit_declines(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DECLINE
    assert doubt_codes(verdict) == []


@pytest.mark.parametrize(
    "body",
    [
        # A mistaken address stays a note that the sender does not know the user.
        "I think you have the wrong person - I've never worked at Wattle.",
        "Wrong person, sorry! Not sure how you got this address.",
        "You've got the wrong Kai, I'm afraid.",
    ],
)
def test_a_mistaken_address_is_still_other(body: str) -> None:
    assert _read(body).intent is Intent.OTHER


def test_the_wrong_person_who_names_a_colleague_still_refers() -> None:
    verdict = read_reply(
        "I'm the wrong person for this - I've cc'd my colleague Priya Nair "
        "(priya.nair@example.com) who runs our design team.",
        tz=_UTC,
        date="Mon, 22 Oct 2029 19:03:00 +1100",
        quote=_QUOTE,
    )
    assert verdict.intent is Intent.REFERRAL


@pytest.mark.parametrize(
    "body",
    [
        "Could you send me a link to your portfolio first? Then I'll come back with a time.",
        "Happy to. Can you share a sample of your writing first? I'll come back to you with some "
        "times after that.",
        "Would you forward me the deck you mentioned first? Then I'll circle back with a slot.",
        "Could you please send over a couple of examples of your lesson designs first? Cheers.",
    ],
)
def test_a_request_for_material_first_is_other_with_no_return_date(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.OTHER
    assert verdict.return_date is None


@pytest.mark.parametrize(
    "body",
    [
        # A later time to come back named is still a defer.
        "I'm flat out this month - could you come back to me in December?",
        "Not a good time right now, let's circle back in the new year.",
        "Busy until the launch; check back after the 20th of November?",
    ],
)
def test_coming_back_later_is_still_a_defer(body: str) -> None:
    assert _read(body).intent is Intent.DEFER
