"""Precision hunt: replies of our own read certain but wrong, each cause with a near miss.

A picked time said again on the sender's clock by a bare possessive ("7pm mine", "16h mon
heure"); "not Wednesday - Monday" read as a run of six days; a time moved as soon as it is
named ("10 works, but can we push to 10:30?") or a yes beside a move when nothing was agreed;
"push to 11" with a bare hour left unread; "is impossible for me" read as a pick; and "2nd
works", which is a list place or the 2nd of the month alike.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_NEW_YORK = ZoneInfo("America/New_York")
_BERLIN = ZoneInfo("Europe/Berlin")
# The user, in New York, offers two mornings; the thread names the user's zone.
_QUOTE = (
    "\n\nOn Mon, Nov 1, 2027 at 9:00 AM Jordan Reyes <jordan@example.com> wrote:\n"
    "> Would a short call suit you? Wednesday 11/3 at 8am ET or Thursday 11/4 at 11am ET"
    " are open on my side.\n>\n> Jordan Reyes\n> Boston, MA (Eastern time)\n"
)
# The user, in Berlin, offers two afternoons as a list.
_LIST_QUOTE = (
    "\n\nAm Mo., 1. Nov. 2027 um 09:00 schrieb Ada Obi <ada@example.com>:\n"
    "> Hallo, passt einer dieser Termine?\n> - Mittwoch 3. Nov., 15:00 MEZ\n"
    "> - Donnerstag 4. Nov., 14:00 MEZ\n>\n> Ada Obi\n> Berlin (MEZ)\n"
)


def _read(body: str, offset: str = "+0100") -> Verdict:
    return read_reply(
        body,
        tz=_NEW_YORK,
        date=f"Tue, 2 Nov 2027 09:00:00 {offset}",
        quote=_QUOTE,
        to="Jordan Reyes <jordan@example.com>",
    )


def _starts(verdict: Verdict, tz: ZoneInfo = _NEW_YORK) -> list[datetime]:
    return local_starts(verdict, tz)


_THURSDAY_11 = datetime(2027, 11, 4, 11, 0)
_WEDNESDAY_8 = datetime(2027, 11, 3, 8, 0)


@pytest.mark.parametrize(
    "body",
    [
        "Second one is great! Thursday at 11 your time, 4pm mine.",
        "Thursday suits me: 11am ET, 16:00 mine.",
        "Jeudi me va, 11h votre heure, 16h mon heure.",
        "Jueves me viene bien, a las 11 su hora, las 16 mi hora.",
        "Quinta fica bom, às 11 no seu horário, 16h no meu.",
        "Donderdag past prima, 11 uur jouw tijd, 16 uur mijn tijd.",
        "Donderdag past prima, 11 uur jouw tijd, 16 uur bij mij.",
    ],
)
def test_a_pick_restated_by_a_possessive_of_the_sender_offers_nothing_new(body: str) -> None:
    verdict = _read(body)
    assert verdict.certain
    assert verdict.intent is Intent.ACCEPT
    assert _starts(verdict) == [_THURSDAY_11]


@pytest.mark.parametrize(
    "body",
    [
        "Neither suits me, sorry. Friday 6pm mine?",
        "Aucun des deux, désolé. Vendredi 18h mon heure ?",
        "Geen van beide, sorry. Vrijdag 18 uur mijn tijd?",
    ],
)
def test_a_possessive_clock_with_no_time_before_it_is_the_offer(body: str) -> None:
    # Near miss: nothing earlier to restate, so "mine" places the offer on the sender's clock.
    verdict = _read(body)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert _starts(verdict) == [datetime(2027, 11, 5, 13, 0)]


@pytest.mark.parametrize(
    "body",
    [
        "Neither suits me. Not Wednesday - Monday at 4pm?",
        "Beides geht nicht. Nicht Mittwoch - Montag um 16 Uhr?",
        "Aucun ne va. Pas mercredi - lundi à 16h ?",
    ],
)
def test_a_day_ruled_out_opens_no_run_of_days(body: str) -> None:
    verdict = _read(body, "-0400")
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert _starts(verdict) == [datetime(2027, 11, 8, 15, 0)]


def test_a_run_of_days_with_no_denial_is_still_every_day() -> None:
    # Near miss: "Monday - Wednesday" with nothing ruling Monday out is three days.
    verdict = _read("Neither suits me. Monday - Wednesday at 4pm?", "-0400")
    assert [s.day for s in _starts(verdict)] == [8, 9, 10]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Thursday at 11 works, but can we push to 11:30?", "time_in_conflict_sentence"),
        ("Thursday at 11 works, but could we move it to 11:45?", "time_in_conflict_sentence"),
        ("Thursday works, can we shift it to 12:30?", "contradicting_intent_cues"),
        ("Jeudi ça marche, on peut décaler à 12h ?", "contradicting_intent_cues"),
        ("Thursday is fine, could we bump to 12?", "time_unread"),
        ("Could we push to 12 on Thursday?", "time_unread"),
    ],
)
def test_a_time_moved_before_anything_was_agreed_is_not_read_with_certainty(
    body: str, code: str
) -> None:
    verdict = _read(body, "-0400")
    assert not verdict.certain
    assert code in doubt_codes(verdict)


def test_moving_an_agreed_meeting_stays_certain() -> None:
    # Near miss: one agreed time quoted, so a move with a "fine" beside it is a reschedule.
    quote = (
        "\n\nOn Mon, Nov 1, 2027 at 9:00 AM Jordan Reyes <jordan@example.com> wrote:\n"
        "> Great, see you Thursday 11/4 at 11am ET.\n"
    )
    verdict = read_reply(
        "Sorry, something came up. Could we push to Friday at 2pm ET? Same link is fine.",
        tz=_NEW_YORK,
        date="Tue, 2 Nov 2027 09:00:00 -0400",
        quote=quote,
    )
    assert verdict.certain
    assert verdict.intent is Intent.RESCHEDULE
    assert _starts(verdict) == [datetime(2027, 11, 5, 14, 0)]


@pytest.mark.parametrize(
    "body",
    [
        "Wednesday at 8 is impossible for me.",
        "Mercredi à 8h, c'est impossible pour moi.",
        "Mittwoch um 8 ist für mich unmöglich.",
    ],
)
def test_a_time_said_to_be_impossible_is_no_pick(body: str) -> None:
    verdict = _read(body, "-0400")
    assert not verdict.certain
    assert _WEDNESDAY_8 not in _starts(verdict)


def test_an_impossible_time_beside_a_pick_leaves_the_pick() -> None:
    # Near miss: the other offered time is still picked.
    verdict = _read("Wednesday at 8 is impossible for me, but Thursday at 11 works.", "-0400")
    assert verdict.certain
    assert verdict.intent is Intent.ACCEPT
    assert _starts(verdict) == [_THURSDAY_11]


def _read_list(body: str) -> Verdict:
    return read_reply(body, tz=_BERLIN, date="Tue, 2 Nov 2027 03:00:00 -0400", quote=_LIST_QUOTE)


def test_a_numbered_ordinal_before_a_yes_reads_two_ways() -> None:
    # "2nd works": the second option, or the 2nd of the month.
    verdict = _read_list("2nd works - 9am ET.")
    assert not verdict.certain
    assert "two_readings_of_time" in doubt_codes(verdict)


def test_an_ordinal_with_an_option_word_is_a_place() -> None:
    # Near miss: "2nd one" is a place in the list; "9am ET" is the same instant.
    verdict = _read_list("The 2nd one works, so 9am ET.")
    assert verdict.intent is Intent.ACCEPT
    assert "two_readings_of_time" not in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    ["Thursday morning works.", "Thursday morning is perfect for me.", "Jeudi matin me va."],
)
def test_a_part_of_the_day_holding_one_of_the_users_times_is_no_certain_window(body: str) -> None:
    # A pick of 11am, or the whole morning offered: the window to book is a guess.
    verdict = _read(body, "-0400")
    assert not verdict.certain
    assert "pick_without_time" in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "Thursday afternoon works.",
        "Neither suits me. Thursday morning or Friday 1:30?",
        "Next week is better for me: any time Thursday morning after 10am.",
    ],
)
def test_a_part_of_the_day_beside_nothing_of_the_users_stays_an_offer(body: str) -> None:
    # Near misses: no offer of the user's inside it, another offer beside it, or a clock of
    # the sender's bounding it.
    verdict = _read(body, "-0400")
    assert "pick_without_time" not in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    ["Neither suits me. Monday week at 4pm?", "Neither suits me. A week on Monday at 4pm?"],
)
def test_a_british_week_on_a_weekday_reads_two_ways(body: str) -> None:
    # "Monday week" is the Monday after next, read until now as the next one.
    verdict = _read(body, "-0400")
    assert not verdict.certain
    assert "two_readings_of_time" in doubt_codes(verdict)


def test_a_weekday_with_the_week_in_another_clause_is_the_next_one() -> None:
    # Near miss: "week" after the weekday but in another sentence.
    verdict = _read("Neither suits me. Monday at 4pm? Later in the week is packed.", "-0400")
    assert "two_readings_of_time" not in doubt_codes(verdict)
    # 4pm at -0400 is 3pm in New York once the clocks went back on 7 November.
    assert _starts(verdict) == [datetime(2027, 11, 8, 15, 0)]
