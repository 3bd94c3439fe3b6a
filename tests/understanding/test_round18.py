"""Round 18: a picked time restated in a bracket that opens on the sender's own side ("(bei
mir 15 Uhr)", "(here 3pm)"), and a defer asked as "drop me a line again mid-October" or said
as "won't have a spare minute until …", which a "happy to chat then" must not turn into a
yes. Sentences of our own, each cause with a near miss.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_NEW_YORK = ZoneInfo("America/New_York")
# The user, in New York, offers two mornings; the thread names the user's zone.
_QUOTE = (
    "\n\nOn Mon, Oct 4, 2027 at 9:00 AM Jordan Reyes <jordan@example.com> wrote:\n"
    "> Could we talk for 20 minutes? Thursday 10/7 at 9am ET or Friday 10/8 at 10am ET"
    " would work for me.\n>\n> Jordan Reyes\n> Atlanta, GA (Eastern time)\n"
)


def _read(body: str, offset: str = "+0200") -> Verdict:
    return read_reply(
        body,
        tz=_NEW_YORK,
        date=f"Tue, 5 Oct 2027 09:00:00 {offset}",
        quote=_QUOTE,
        to="Jordan Reyes <jordan@example.com>",
    )


def _starts(verdict: Verdict) -> list[datetime]:
    return local_starts(verdict, _NEW_YORK)


_THURSDAY_9 = datetime(2027, 10, 7, 9, 0)


@pytest.mark.parametrize(
    "body",
    [
        "Gern! Donnerstag 9 Uhr Ihrer Zeit (bei mir 15 Uhr) passt mir.",
        "Thursday at 9 your time (here 3pm) works for me.",
        "Jeudi 9h pour vous (chez moi 15h), ça me va.",
        "El jueves a las 9 de su hora (para mí las 15) me viene bien.",
        "Donderdag 9 uur jouw tijd (voor mij 15:00) past prima.",
    ],
)
def test_a_pick_restated_on_the_senders_side_offers_nothing_new(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.ACCEPT
    assert _starts(verdict) == [_THURSDAY_9]


@pytest.mark.parametrize(
    "body",
    [
        "Thursday won't work. Friday (here 5pm) maybe?",
        "Donnerstag geht leider nicht. Freitag (bei mir 17 Uhr)?",
    ],
)
def test_a_bracketed_clock_with_no_time_before_it_is_an_offer(body: str) -> None:
    # Near miss: with no earlier clock to restate, the sender's own reading is the offer.
    verdict = _read(body)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert _starts(verdict) == [datetime(2027, 10, 8, 11, 0)]


@pytest.mark.parametrize(
    ("body", "back"),
    [
        (
            "Thanks! I'm in the middle of a launch. Would you drop me a line again mid-November?"
            " Happy to chat then.",
            date(2027, 11, 15),
        ),
        (
            "Great to hear from you. I won't have a spare minute until after the audit."
            " Drop me a note again in November and we'll find a slot. Happy to chat then!",
            date(2027, 11, 1),
        ),
        ("Lovely idea, but I won't have any time until November. Happy to talk then.", None),
    ],
)
def test_a_request_to_write_again_later_is_a_defer(body: str, back: date | None) -> None:
    verdict = _read(body, "+0100")
    assert verdict.intent is Intent.DEFER
    if back is not None:
        assert verdict.return_date == back


def test_a_yes_with_no_time_blocked_stays_a_yes() -> None:
    # Near miss: "happy to chat" with nothing that puts it off is still an accept.
    verdict = _read("Happy to chat! Drop me a line with a link and I'll book.", "+0100")
    assert verdict.intent is not Intent.DEFER
