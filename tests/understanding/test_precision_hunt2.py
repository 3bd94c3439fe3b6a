"""Precision hunt 2: replies of our own read certain but wrong, each cause with a near miss.

An agreed meeting moved by a length of time ("push it back an hour") read as a certain
reschedule with no window; "same time on Friday" from a sender whose calendar puts the agreed
meeting on another day; Dutch "dezelfde tijd"; and someone else's address beside a time that
may be theirs ("Dana (dana@…) has office hours Wednesday 10-12").
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_NEW_YORK = ZoneInfo("America/New_York")
# The user, in New York, confirmed one meeting: Wednesday 3 November 2027 at 10am.
_AGREED = (
    "\n\nOn Mon, Nov 1, 2027 at 9:00 AM Jordan Reyes <jordan@example.com> wrote:\n"
    "> Perfect, locked in for Wednesday 11/3 at 10am ET. Invite is on its way.\n>\n"
    "> Jordan Reyes\n> Boston, MA (Eastern time)\n"
)
# The user offers two times.
_OFFERS = (
    "\n\nOn Mon, Nov 1, 2027 at 9:00 AM Jordan Reyes <jordan@example.com> wrote:\n"
    "> Could we chat? Wednesday 11/3 at 8am ET or Thursday 11/4 at 11am ET suit me.\n>\n"
    "> Jordan Reyes\n> Boston, MA (Eastern time)\n"
)


def _read(body: str, quote: str = _AGREED, offset: str = "-0400") -> Verdict:
    return read_reply(
        body,
        tz=_NEW_YORK,
        date=f"Tue, 2 Nov 2027 09:00:00 {offset}",
        quote=quote,
        to="Jordan Reyes <jordan@example.com>",
    )


def _starts(verdict: Verdict) -> list[datetime]:
    return local_starts(verdict, _NEW_YORK)


@pytest.mark.parametrize(
    "body",
    [
        # "forward" says no direction; the other languages' shifts are not added up.
        "Could we bring it forward 30 minutes?",
        "Könnten wir den Termin um eine Stunde verschieben?",
        "On peut le décaler de 30 minutes ?",
        "Kunnen we het een uur eerder doen?",
        "Possiamo farla un'ora dopo? Scusa.",
    ],
)
def test_a_move_by_a_length_of_time_is_doubted(body: str) -> None:
    verdict = _read(body)
    assert not verdict.certain
    assert "shift_unread" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "start"),
    [
        # Precision hunt 27: one length, its direction written, from the settled meeting.
        ("A clash just appeared - can we push it back by an hour?", datetime(2027, 11, 3, 11, 0)),
        ("Mind starting it half an hour later?", datetime(2027, 11, 3, 10, 30)),
    ],
)
def test_a_move_by_a_length_of_the_settled_meeting_is_added(body: str, start: datetime) -> None:
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.RESCHEDULE
    assert _starts(verdict) == [start]


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: a reschedule asking for new times, and a length that moves nothing.
        "I need to reschedule, sorry. Could you send me a few new times?",
        "Happy to give you 20 minutes. Two questions first: which team, and which city?",
    ],
)
def test_a_length_that_moves_nothing_is_no_shift(body: str) -> None:
    assert "shift_unread" not in doubt_codes(_read(body))


def test_a_move_to_a_written_time_is_still_read() -> None:
    verdict = _read("Could we push it back an hour, to 11am ET on Wednesday?")
    assert verdict.certain
    assert verdict.intent is Intent.RESCHEDULE
    assert _starts(verdict) == [datetime(2027, 11, 3, 11, 0)]


@pytest.mark.parametrize(
    "body",
    ["Could we move it to the same time on Thursday?", "Let's move it to 11am ET, same day."],
)
def test_the_agreed_day_differs_on_the_senders_calendar(body: str) -> None:
    # Wednesday 10am in New York is Thursday 3am in Auckland (+1300): which Thursday, and
    # which "same day", depends on whose calendar the sender means.
    assert not _read(body, offset="+1300").certain


def test_the_same_move_from_a_sender_on_the_same_day_is_read() -> None:
    verdict = _read("Could we move it to the same time on Thursday?", offset="+0100")
    assert verdict.certain
    assert verdict.intent is Intent.RESCHEDULE
    assert _starts(verdict) == [datetime(2027, 11, 4, 10, 0)]


def test_dutch_dezelfde_tijd_is_the_same_time() -> None:
    verdict = _read("Kunnen we het verzetten naar dezelfde tijd op donderdag?", offset="+0100")
    assert verdict.certain
    assert _starts(verdict) == [datetime(2027, 11, 4, 10, 0)]


@pytest.mark.parametrize(
    "body",
    [
        "Priya Shah (priya@example.org) runs that team. She holds office hours Tuesday 2-4.",
        "Frag lieber Priya Shah (priya@example.org), sie hat Donnerstag um 15 Uhr Zeit.",
        "Ce n'est pas mon domaine, parlez plutôt avec Priya Shah (priya@example.org) ; elle est"
        " libre jeudi à 15h.",
    ],
)
def test_someone_elses_address_beside_a_time_is_doubted(body: str) -> None:
    verdict = _read(body, quote=_OFFERS)
    assert not verdict.certain
    assert "referral_unread" in doubt_codes(verdict)


def test_a_time_with_no_address_stays_an_offer() -> None:
    # Near miss: the same shape with no one else's address is the sender's own offer.
    verdict = _read("Neither suits me. I hold office hours Tuesday 11/9 2-4pm ET?", quote=_OFFERS)
    assert "referral_unread" not in doubt_codes(verdict)


def test_an_accept_naming_someone_else_and_no_time_stays_certain() -> None:
    # Near miss: the address is tied to a name and no time could be theirs.
    verdict = _read(
        "Sure, happy to talk - send me a few times. You might also ask my former manager,"
        " Priya Shah (priya@example.org).",
        quote=_OFFERS,
    )
    assert verdict.certain
    assert verdict.intent is Intent.ACCEPT


# The user offers one time, and nothing says it is settled.
_ONE_OFFER = (
    "\n\nOn Mon, Nov 1, 2027 at 9:00 AM Jordan Reyes <jordan@example.com> wrote:\n"
    "> Would Wednesday 11/3 at 10am ET suit you for a short call?\n>\n"
    "> Jordan Reyes\n> Boston, MA (Eastern time)\n"
)
_AGREED_FR = (
    "\n\nLe lun. 1 nov. 2027 à 09:00, Jordan Reyes <jordan@example.com> a écrit :\n"
    "> Parfait, c'est confirmé pour mercredi 3 novembre à 10h ET.\n>\n"
    "> Jordan Reyes\n> Boston (heure de l'Est)\n"
)


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        ("Could we do Thursday 11/4 at 10 ET instead?", _AGREED),
        (
            "Sorry, I won't be able to make Wednesday after all. Would Thursday 11/4 at 10am ET"
            " work for you instead?",
            _AGREED,
        ),
        ("Désolé, pourrait-on faire jeudi 4 novembre à 10h ET plutôt ?", _AGREED_FR),
    ],
)
def test_a_new_time_for_a_confirmed_meeting_is_a_reschedule(body: str, quote: str) -> None:
    verdict = _read(body, quote=quote)
    assert verdict.certain
    assert verdict.intent is Intent.RESCHEDULE
    assert _starts(verdict) == [datetime(2027, 11, 4, 10, 0)]


def test_a_new_time_for_a_single_offer_is_a_counter_offer() -> None:
    # Near miss: one time quoted, but only offered: the other time answers it.
    verdict = _read("Could we do Thursday 11/4 at 10 ET instead?", quote=_ONE_OFFER)
    assert verdict.intent is Intent.PROPOSE_TIMES


def test_confirming_the_confirmed_time_stays_an_accept() -> None:
    # Near miss: the reply names the agreed time itself.
    verdict = _read("Confirming Wednesday 10am ET - see you then!")
    assert verdict.intent is Intent.ACCEPT
