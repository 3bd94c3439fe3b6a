"""Round 37 (times and zones): what the sender is doing "then", "that should be" as a
restatement, a named clock wherever the sender is, and "push a week …, same time (9am PT)".

"Tuesday would be 8am here and I'm dropping the kids off then" refuses the user's Tuesday on the
sender's clock; "That should be 5pm Berlin" says the offer again; "às 9h (hora de Lisboa)" is
Lisbon's clock even from a sender in Madrid that day; "can we push a week to Friday the 20th,
same time for me (9am PT)?" moves the agreed meeting to a time it names. Sentences of our own,
with near misses.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.understanding import Intent, Verdict

_BERLIN = ZoneInfo("Europe/Berlin")
_OFFER = (
    "\n\nOn Mon, Oct 2, 2034 at 9:10 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would one of these suit you? (all Berlin time)\n> - Tue 10 October, 17:00\n"
    "> - Wed 11 October, 10:00\n> - Thu 12 October, 15:00\n>\n> Ada\n"
)
_PACIFIC = "Tue, 03 Oct 2034 07:15:00 -0700"
_EASTERN = "Tue, 03 Oct 2034 10:15:00 -0400"
_LISBON = "Tue, 03 Oct 2034 15:15:00 +0100"


def _read(body: str, date: str, quote: str = _OFFER) -> Verdict:
    return read_reply(body, tz=_BERLIN, date=date, quote=quote)


# --- what the sender is doing "then" ------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "hi ada - the 10th would be 8am here and im dropping the kids at school then. could we"
        " do fri the 13th 9am PT instead?\n",
        "Hi Ada, your Thursday slot is 6am Pacific and I'm at the gym then. Would Friday the 13th"
        " at 9am PT work?\n",
        "Ada - Tuesday the 10th is 8am for me, I'll be commuting then. How about Friday the 13th,"
        " 9am PT?\n",
    ],
)
def test_what_the_sender_is_doing_then_refuses_the_time(body: str) -> None:
    verdict = _read(body, _PACIFIC)
    assert local_starts(verdict, _BERLIN) == [datetime(2034, 10, 13, 18, 0)]
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "Friday the 13th at 9am PT works, I'm at my desk then.\n",
        "Would Friday the 13th at 9am PT work? I'm free then.\n",
        "Friday the 13th at 9am PT? I'm happy to chat then.\n",
    ],
)
def test_being_free_then_keeps_the_offer(body: str) -> None:
    verdict = _read(body, _PACIFIC)
    assert local_starts(verdict, _BERLIN) == [datetime(2034, 10, 13, 18, 0)]


# --- "that should be" says the offer again ------------------------------------------------


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("Could we do Friday the 13th at 11am ET instead? That should be 5pm Berlin.\n", _EASTERN),
        ("Friday the 13th at 11am ET would suit me, which should be 5pm for you.\n", _EASTERN),
        ("Friday the 13th at 8am PT? That ought to be 5pm on your side.\n", _PACIFIC),
        (
            "Bonjour Ada, vendredi 13 à 11h (heure de New York) vous irait ? Ça devrait faire"
            " 17h chez vous.\n",
            _EASTERN,
        ),
        (
            "Hola Ada, ¿te va el viernes 13 a las 11:00, hora de Nueva York? Eso deberían ser las"
            " 17:00 para ti.\n",
            _EASTERN,
        ),
    ],
)
def test_a_clock_the_sender_expects_is_a_restatement(body: str, date: str) -> None:
    verdict = _read(body, date)
    assert local_starts(verdict, _BERLIN) == [datetime(2034, 10, 13, 17, 0)]
    assert verdict.certain, doubt_codes(verdict)


def test_a_second_clock_offered_alone_stays_without_a_day() -> None:
    # "should be fine" after the clock restates nothing: 10am is another offer with no day.
    verdict = _read("Friday the 13th at 8am PT? Otherwise 10am should be fine too.\n", _PACIFIC)
    assert "time_without_day" in doubt_codes(verdict)


# --- a named clock stands wherever the sender is -----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Olá Ada, na terça não consigo, estou em Madrid. Pode ser quarta, 11 de outubro, às 9h"
        " (hora de Lisboa)?\n",
        "Hi Ada, Tuesday's out, I'm in Madrid. Could we do Wednesday the 11th at 9am Lisbon"
        " time?\n",
        "Hola Ada, el martes no puedo, estoy en Roma. ¿Te va el miércoles 11 a las 9:00, hora de"
        " Lisboa?\n",
    ],
)
def test_a_named_clock_is_read_wherever_the_sender_is(body: str) -> None:
    verdict = _read(body, _LISBON)
    assert local_starts(verdict, _BERLIN) == [datetime(2034, 10, 11, 10, 0)]
    assert verdict.certain, doubt_codes(verdict)


def test_a_zoneless_time_from_elsewhere_stays_in_doubt() -> None:
    verdict = _read(
        "Hi Ada, Tuesday's out. I'm based in Madrid now, so Wednesday the 11th at 9am?\n", _LISBON
    )
    assert "sender_elsewhere" in doubt_codes(verdict)


# --- "push a week …, same time (9am PT)" -------------------------------------------------

_AGREED = (
    "\n\nOn Wed, Oct 4, 2034 at 6:40 PM Ada Obi <ada@example.com> wrote:\n"
    "> Friday 13 October at 18:00 (9am PT) is perfect, thank you! I'll send a link.\n>\n> Ada\n"
)
_LATER = "Wed, 11 Oct 2034 17:20:00 -0700"


@pytest.mark.parametrize(
    ("body", "new"),
    [
        (
            "so sorry ada, friday got swallowed by an offsite. can we push a week to friday the"
            " 20th, same time for me (9am PT)?\n",
            datetime(2034, 10, 20, 18, 0),
        ),
        (
            "Hi Ada, could we push it back a week to Friday the 20th? Same time (9am PT).\n",
            datetime(2034, 10, 20, 18, 0),
        ),
        # Berlin changes its clocks on the 29th, Seattle a week later: 9am PT is 17:00 there.
        (
            "Ada - Friday's gone, sorry. Could we bump it three weeks to Friday Nov 3, same time"
            " for me (9am PT)?\n",
            datetime(2034, 11, 3, 17, 0),
        ),
    ],
)
def test_a_move_by_weeks_to_the_same_named_clock(body: str, new: datetime) -> None:
    verdict = _read(body, _LATER, _AGREED)
    assert verdict.intent is Intent.RESCHEDULE
    assert local_starts(verdict, _BERLIN) == [new]
    assert verdict.certain, doubt_codes(verdict)


def test_a_move_by_a_week_with_no_time_asks_for_one() -> None:
    verdict = _read("Sorry Ada, could we push a week?\n", _LATER, _AGREED)
    assert verdict.intent is Intent.RESCHEDULE
    assert not verdict.proposed_times
    assert not verdict.certain


@pytest.mark.parametrize(
    "body",
    ["Could we do Friday the 20th instead, same time?\n", "Friday the 20th, same time for me?\n"],
)
def test_the_same_time_with_no_clock_beside_it_stays_unread(body: str) -> None:
    assert "time_unread" in doubt_codes(_read(body, _LATER, _AGREED))
