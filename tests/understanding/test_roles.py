"""Roles of times, sentence mending and language: tables with a clock we set."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from workflows.understanding.language import language_of
from workflows.understanding.roles import Role
from workflows.understanding.sentences import sentences
from workflows.understanding.times import read_times

NY = ZoneInfo("America/New_York")
# Monday 7 December 2026, 9:00 in New York.
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=NY)


def roles(text: str) -> list[tuple[str, str]]:
    reading = read_times(text, NOW, NY, timedelta(minutes=30))
    return [(f"{m.window.start:%a %H:%M}", m.role.value) for m in reading.mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Something came up on Wednesday afternoon. Could we move our chat to Thursday,"
            " December 10 at 1:30 PM ET instead?",
            [("Wed 13:00", Role.CONFLICT), ("Thu 13:30", Role.OFFERED)],
        ),
        (
            "Can we move our Tuesday 3pm call to Wednesday at 4pm?",
            [("Tue 15:00", Role.OLD), ("Wed 16:00", Role.OFFERED)],
        ),
        (
            "I have to cancel our Friday 10am chat. Would Monday at 11am work instead?",
            [("Fri 10:00", Role.CANCELLED), ("Mon 11:00", Role.OFFERED)],
        ),
        (
            "I'm busy until 5pm today, but tomorrow at 2pm works.",
            [("Mon 17:00", Role.CONFLICT), ("Tue 14:00", Role.ACCEPTED)],
        ),
        (
            "Tuesday at 12pm ET (9am for you) works on my end.",
            [("Tue 12:00", Role.ACCEPTED), ("Tue 09:00", Role.RESTATED)],
        ),
        (
            "If Tuesday at 3pm doesn't work, Wednesday at 3pm is fine.",
            [("Tue 15:00", Role.CONFLICT), ("Wed 15:00", Role.OFFERED)],
        ),
        (
            "Instead of Friday at 2pm, could we do Monday at 2pm?",
            [("Fri 14:00", Role.OLD), ("Mon 14:00", Role.OFFERED)],
        ),
        (
            "Sorry, can we push tomorrow's 2pm ET call to Thursday, 3pm ET?",
            [("Tue 14:00", Role.OLD), ("Thu 15:00", Role.OFFERED)],
        ),
        (
            "Quick one - can we move Tuesday's 3pm to Wednesday at 4?",
            [("Tue 15:00", Role.OLD), ("Wed 16:00", Role.OFFERED)],
        ),
        (
            "I have to drop out of tomorrow's 10am, a family thing came up. Could we do"
            " Thursday 9:30 instead?",
            [("Tue 10:00", Role.OLD), ("Thu 09:30", Role.OFFERED)],
        ),
        (
            "Our Thursday 11am call - I have to push it, the school play got moved to that"
            " morning. Could we do the same time on Friday instead?",
            [("Thu 11:00", Role.OLD), ("Fri 11:00", Role.OFFERED)],
        ),
        (
            "Something's come up for our Tuesday 1pm chat. Could we do Thursday instead, 8am"
            " Sydney time? That should be Wednesday 2pm for you.",
            [("Tue 13:00", Role.OLD), ("Thu 08:00", Role.OFFERED), ("Wed 14:00", Role.RESTATED)],
        ),
        ("Can we push it to Thursday at 3pm?", [("Thu 15:00", Role.OFFERED)]),
        ("Looking forward to our Thursday 10am chat!", [("Thu 10:00", Role.OFFERED)]),
    ],
)
def test_each_time_gets_the_role_its_sentence_gives_it(
    text: str, expected: list[tuple[str, Role]]
) -> None:
    assert roles(text) == [(when, role.value) for when, role in expected]


def test_a_conflict_then_so_offers_the_time_after_it() -> None:
    text = "Something came up at 2:30 on Tuesday, so Wednesday at 3pm works better."
    assert roles(text) == [("Tue 14:30", "conflict"), ("Wed 15:00", "accepted")]


def test_a_conflict_clause_with_an_offer_cue_and_no_offer_left_is_tangled() -> None:
    text = "Something came up at 2:30 on Tuesday and Wednesday at 3pm works better."
    assert read_times(text, NOW, NY, timedelta(minutes=30)).tangled


def test_an_offer_and_a_conflict_in_one_clause_is_tangled() -> None:
    reading = read_times(
        "Tuesday at 2pm works, Thursday at 2pm is booked.", NOW, NY, timedelta(minutes=30)
    )
    assert reading.tangled
    assert [f"{w.start:%a}" for w in reading.proposed] == ["Tue"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I could offer 15:00 CET\non Thursday, if convenient.",
            ["I could offer 15:00 CET on Thursday, if convenient."],
        ),
        ("How about Monday,\nMay 4 at 10am?", ["How about Monday, May 4 at 10am", ""]),
        ("Tuesday 3pm\nWednesday 4pm", ["Tuesday 3pm", "Wednesday 4pm"]),
        ("Options:\n- Tue 3pm\n- Wed 4pm", ["Options:", "- Tue 3pm", "- Wed 4pm"]),
    ],
)
def test_hard_wraps_inside_a_sentence_do_not_end_it(text: str, expected: list[str]) -> None:
    assert [s.strip() for s in sentences(text)] == [e.strip() for e in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thanks for reaching out, happy to chat next week.", "en"),
        ("Ciao Jordan, volentieri! Giovedì alle 15 va bene per me?", "it"),
        ("Olá Jordan, com prazer. Posso na quinta-feira às 15h, pode ser?", "pt"),
        ("Hoi Jordan, graag! Donderdag om 15:00 komt mij goed uit.", "nl"),
        ("Sure!", ""),
        # Named since round 78, which reads a plain polite no in each (the time here stays in
        # doubt); Chinese, in hanzi alone, is still not named.
        ("ご連絡ありがとうございます。来週の火曜日15時はいかがでしょうか。", "ja"),
        ("연락 주셔서 감사합니다. 다음 주 화요일 오후 3시 어떠세요?", "ko"),
        ("谢谢你的来信。下周二下午三点可以吗？", None),
        # Named since round 70, which reads a few plain phrases in it.
        ("Dziękuję za wiadomość, niestety nie mam czasu w przyszłym tygodniu.", "pl"),
    ],
)
def test_language_is_one_the_reader_knows_or_none(text: str, expected: str | None) -> None:
    assert language_of(text) == expected


@pytest.mark.parametrize(
    ("text", "two_readings"),
    [
        ("Could we do Tuesday at 7?", True),
        ("Could we do Tuesday at 7pm?", False),
        ("Could we do Tuesday at 3?", False),
        ("How about 03/04 at 10am?", False),
    ],
)
def test_a_bare_hour_at_either_end_of_the_day_reads_two_ways(text: str, two_readings: bool) -> None:
    assert read_times(text, NOW, NY, timedelta(minutes=30)).two_readings is two_readings


def test_an_ambiguous_numeric_date_reads_two_ways_when_the_convention_is_unknown() -> None:
    reading = read_times("How about 03/04 at 10am?", NOW, NY, timedelta(minutes=30), day_first=None)
    assert reading.two_readings


def test_a_zone_named_for_all_times_applies_to_each_of_them() -> None:
    text = (
        "I could do Tuesday the 8th at 3:30\npm or Wednesday the 9th at 10am, both Mountain since"
        " you're in\nDenver."
    )
    reading = read_times(text, NOW, NY, timedelta(minutes=30))
    assert [f"{w.start:%d %H:%M %z}" for w in reading.proposed] == [
        "08 15:30 -0700",
        "09 10:00 -0700",
    ]


def test_a_city_time_is_that_citys_zone() -> None:
    reading = read_times("Could we do Thursday, 8am Sydney time?", NOW, NY, timedelta(minutes=30))
    assert [f"{w.start:%a %H:%M %z}" for w in reading.proposed] == ["Thu 08:00 +1100"]
