"""Round 43, times and picks: what replies_blind44 read in doubt, and one certain misreading.

"6 pm, 3 pm your time" restates the first clock on the user's, as a bracket would; "here it'll
be 11am" restates the pick ahead; the end of a busy spell ("until noon") needs no offer words;
a sentence that only restates the offer on another clock keeps its date for the weekday after
it, however many weeks on; "vos plages" are the user's offers; "I'm usually online then" says
the time named suits the sender. Sentences of our own (a Berlin user in March 2035, before the
EU clock change), with near misses that stay in doubt.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply

BERLIN = ZoneInfo("Europe/Berlin")

# Tue Mar 13, Wed Mar 14, Fri Mar 16 2035, on the user's clock (+01:00).
_OUTREACH = (
    "\n\nOn Mon, Mar 5, 2035 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 20 minutes for a call? Any of these work for me (Berlin time, CET):\n"
    ">\n"
    "> - Tuesday March 13, 10:00\n"
    "> - Wednesday March 14, 15:00\n"
    "> - Friday March 16, 11:30\n"
)
# Clocks with no change in March 2035.
_DUBAI = "Mon, 5 Mar 2035 13:00:00 +0400"
_MUMBAI = "Mon, 5 Mar 2035 14:30:00 +0530"
_SINGAPORE = "Mon, 5 Mar 2035 17:00:00 +0800"
_SAO_PAULO = "Mon, 5 Mar 2035 06:00:00 -0300"
_DAKAR = "Mon, 5 Mar 2035 09:00:00 +0000"
_BERLIN = "Mon, 5 Mar 2035 10:00:00 +0100"


def _read(body: str, date: str) -> tuple[str, list[datetime], list[str]]:
    verdict = read_reply(body, tz=BERLIN, date=date, quote=_OUTREACH)
    return verdict.intent.value, local_starts(verdict, BERLIN), doubt_codes(verdict)


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2035, 3, day, hour, minute)


# "at 6 pm, 3 pm your time": a clock, a comma, and the user's reading of it. Read before as two
# clocks of which the first took the user's zone: 6 pm in Berlin, certain and wrong (round 42).
_COMMA_YOURS = [
    ("Those don't suit me. What about Thu Mar 22 at 6 pm, 3 pm your time?", _DUBAI),
    ("Those don't suit me. Could we do Thu Mar 22 at 7:30 pm, 3 pm your time?", _MUMBAI),
    ("None of those work. Thursday Mar 22 would: 22:00, 15:00 your time.", _SINGAPORE),
    ("Those are taken. How about Thu Mar 22 at 11am, 3pm your time?", _SAO_PAULO),
]


@pytest.mark.parametrize(("body", "date"), _COMMA_YOURS)
def test_a_clock_after_a_comma_on_your_time_restates_the_one_before(body: str, date: str) -> None:
    assert _read(body, date) == ("propose_times", [_at(22, 15)], [])


# Not one instant: a slip in one of them, or two offers listed ("at 10, 3 pm"); either way a guess.
_COMMA_NOT_ONE_INSTANT = [
    ("Those don't suit me. What about Thu Mar 22 at 6 pm, 2 pm your time?", _DUBAI),
    ("Those don't suit me. Could we do Thu Mar 22 at 10, 3 pm your time?", _DUBAI),
    ("Those don't suit me. Could we do Thu Mar 22 at 10, 3 pm your time?", _BERLIN),
]


@pytest.mark.parametrize(("body", "date"), _COMMA_NOT_ONE_INSTANT)
def test_a_comma_pair_that_is_not_one_instant_stays_in_doubt(body: str, date: str) -> None:
    assert "two_readings_of_time" in _read(body, date)[2]


# "aqui vão ser 11h", "here it'll be 11am", "aquí serán las 11:00": the pick on the sender's
# clock, ahead; read before as a second offer (a08).
_HERE_AHEAD = [
    "Pode ser quarta, dia 14, às 15h de Berlim – aqui vão ser 11h da manhã, ótimo pra mim.",
    "Wednesday the 14th at 15:00 Berlin time is good - here it'll be 11am, fine by me.",
    "El miércoles 14 a las 15:00 de Berlín me va bien; aquí serán las 11:00.",
]


@pytest.mark.parametrize("body", _HERE_AHEAD)
def test_the_pick_said_again_ahead_on_the_senders_clock_is_no_offer(body: str) -> None:
    assert _read(body, _SAO_PAULO) == ("accept", [_at(14, 15)], [])


def test_here_it_is_another_clock_before_a_day_still_offers() -> None:
    # "here" with no verb of being is where the sender is, and the day after it its own offer.
    body = "Wednesday the 14th doesn't work. Here I'm free Thursday the 22nd at 11am."
    assert _read(body, _SAO_PAULO) == ("propose_times", [_at(22, 15)], [])


# "I'm in back-to-backs until noon, but 1-3pm works": the busy spell's end is a conflict, so
# its clause is no plain statement beside the offer (p01).
_BUSY_UNTIL = [
    (
        "Thursday the 22nd I'm in back-to-backs until noon, but anytime 1-3pm works after that.",
        _at(22, 13),
    ),
    ("Wednesday the 21st I'm in workshops until noon, but anytime 2-4pm suits me.", _at(21, 14)),
    ("Friday the 23rd I have calls until 3pm, but 3:30-5pm is open after that.", _at(23, 15, 30)),
]


@pytest.mark.parametrize(("body", "start"), _BUSY_UNTIL)
def test_the_end_of_a_busy_spell_is_no_statement_beside_the_offer(
    body: str, start: datetime
) -> None:
    assert _read(body, _BERLIN) == ("propose_times", [start], [])


def test_the_end_of_a_free_spell_stays_in_doubt() -> None:
    # "works until noon": the offer runs to noon, or noon is offered; which is a guess.
    body = "Thursday the 22nd works until noon, or Friday the 23rd at 3pm."
    assert "two_readings_of_time" in _read(body, _BERLIN)[2]


@pytest.mark.parametrize(
    "body",
    [
        "Thursday the 22nd I have a board call at noon, but anytime 2-4pm works after that.",
        "Thursday the 22nd I'm in back-to-backs from noon, but anytime 9-11am works.",
    ],
)
def test_a_clock_of_the_senders_day_not_ending_a_spell_stays_in_doubt(body: str) -> None:
    assert "time_in_statement" in _read(body, _BERLIN)[2]


# A weekday after a dated offer is that date's week, however many weeks on, past a sentence that
# only says the offer again on another clock (p08).
_WEEKDAY_AFTER_DATE = [
    (
        "Those are tricky. Would Tuesday 20 March at 6pm work? That's 3pm for you. "
        "Or the same time on Thursday.",
        [_at(20, 15), _at(22, 15)],
    ),
    (
        "Those are tricky. Would Tuesday 20 March at 6pm work? Or Thursday, same time.",
        [_at(20, 15), _at(22, 15)],
    ),
    (
        "Those are tricky. Could we do Monday 19 March at 10am? That would be 7am for you. "
        "Failing that, Wednesday at 10am.",
        [_at(19, 7), _at(21, 7)],
    ),
]


@pytest.mark.parametrize(("body", "starts"), _WEEKDAY_AFTER_DATE)
def test_a_weekday_after_a_dated_offer_is_in_its_week(body: str, starts: list[datetime]) -> None:
    assert _read(body, _DUBAI) == ("propose_times", starts, [])


def test_a_weekday_after_a_sentence_of_other_words_stays_in_doubt() -> None:
    # "I'm flexible." says nothing of the date: the Thursday may be the coming one.
    body = "Those are tricky. Would Tuesday 20 March at 6pm work? I'm flexible. Or Thursday at 6pm."
    assert "two_readings_of_time" in _read(body, _DUBAI)[2]


# "vos plages (horaires)": the user's offers, read on the sender's clock, offer nothing (p12).
_YOUR_PLAGES = [
    "Merci ! Vos plages tombent tôt chez moi, 9h le 13 c'est dur. "
    "Jeudi 22 mars à 16h GMT, ça vous irait ?",
    "Merci ! Vos plages horaires tombent tôt pour moi (9h le 13). "
    "Que diriez-vous du jeudi 22 mars à 16h, heure de Dakar ?",
    "Merci ! Tes plages tombent pendant mon cours (9h le 13, pas possible). "
    "Que dirais-tu du jeudi 22 mars à 16h GMT ?",
]


@pytest.mark.parametrize("body", _YOUR_PLAGES)
def test_your_plages_read_on_the_senders_clock_offer_nothing(body: str) -> None:
    assert _read(body, _DAKAR) == ("propose_times", [_at(22, 17)], [])


def test_my_plages_are_the_senders_offer() -> None:
    body = "Merci ! Mes plages libres : jeudi 22 mars à 16h GMT."
    assert _read(body, _DAKAR) == ("propose_times", [_at(22, 17)], [])


# "I'm usually online then": the time just named suits the sender; no standing hours (a09).
_USUALLY_THEN = [
    "Sure, Wednesday 15:00 Berlin works (7:30 pm here, I'm usually available then).",
    "Sure, Wednesday 15:00 Berlin works (7:30 pm here, I'm usually online by then).",
    "Sure, Wednesday 15:00 Berlin works for me (7:30 pm my time, I'm typically around then).",
]


@pytest.mark.parametrize("body", _USUALLY_THEN)
def test_usually_online_then_says_the_time_suits(body: str) -> None:
    assert _read(body, _MUMBAI) == ("accept", [_at(14, 15)], [])


def test_standing_hours_beside_a_pick_stay_in_doubt() -> None:
    body = "Sure, Wednesday 15:00 Berlin works (7:30 pm here, I'm usually online 9-8 IST)."
    assert "time_in_conflict_sentence" in _read(body, _MUMBAI)[2]
