"""Time constructions from messy replies: one sentence each, with a clock we set."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from workflows.understanding import understand
from workflows.understanding.sentences import sentences
from workflows.understanding.times import read_times

NY = ZoneInfo("America/New_York")
# Monday 7 December 2026, 9:00 in New York.
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=NY)


def proposed(text: str) -> list[str]:
    reading = read_times(text, NOW, NY, timedelta(minutes=30))
    return [f"{w.start:%a %d %H:%M}-{w.end:%H:%M %z}" for w in reading.proposed]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A length said in another sentence sets the end of every window.
        (
            "The only gap I have is Wednesday 9th at 5am PT. If that's not too brutal, 20"
            " minutes then?",
            ["Wed 09 05:00-05:20 -0800"],
        ),
        # "heure de Paris", "hora de Madrid" name the zone for the time before them.
        (
            "Je suis disponible jeudi à 15h (heure de Paris) ou vendredi matin.",
            ["Thu 10 15:00-15:30 +0100", "Fri 11 09:00-12:00 +0100"],
        ),
        ("¿Podemos hablar el jueves a las 17:00 (hora de Madrid)?", ["Thu 10 17:00-17:30 +0100"]),
        ("I'm free Thursday before noon.", ["Thu 10 09:00-12:00 -0500"]),
        # A zone after a bare hour makes it a time.
        ("How about Wednesday 2 ET?", ["Wed 09 14:00-14:30 -0500"]),
        # A delay is not the meeting's length.
        ("I could do Thursday at 3, I'll be 10 minutes late though.", ["Thu 10 15:00-15:30 -0500"]),
        ("Early Friday morning works best for me.", ["Fri 11 07:00-09:00 -0500"]),
        (
            "Late Thursday afternoon works best for me, or Friday\nmorning if that's easier.",
            ["Thu 10 15:00-17:00 -0500", "Fri 11 09:00-12:00 -0500"],
        ),
        # A part of the day with a clock time inside it is that time.
        ("Monday late morning works too, say 11:15.", ["Mon 14 11:15-11:45 -0500"]),
        (
            "Oppure giovedì 17 nel primo pomeriggio, tra le 14 e le 15.",
            ["Thu 17 14:00-15:00 -0500"],
        ),
        # "the same time" is the offered time, not its restatement for the reader.
        (
            "Would Thursday at 2pm GMT (9am for you) suit? Otherwise I'm free Monday,\nDecember"
            " 14 at the same time.",
            ["Thu 10 14:00-14:30 +0000", "Mon 14 14:00-14:30 +0000"],
        ),
        (
            "I'm on the road at a client this week (hence the odd hours). Next week, Mon or Wed"
            " at 9 CT?",
            ["Mon 14 09:00-09:30 -0600", "Wed 16 09:00-09:30 -0600"],
        ),
    ],
)
def test_constructions_read_as_the_sender_means_them(text: str, expected: list[str]) -> None:
    assert proposed(text) == expected


def test_a_full_stop_after_a_parenthesis_ends_the_sentence() -> None:
    assert sentences("I'm away (hence the odd hours). Next week works.") == [
        "I'm away (hence the odd hours)",
        " Next week works.",
    ]


def test_a_thunderbird_bottom_post_under_a_german_attribution_is_the_reply() -> None:
    raw = (
        "From: Jonas Weber <jonas@example.de>\nTo: Riley Chen <riley@example.org>\n"
        "Subject: Re: chat\nDate: Mon, 07 Dec 2026 14:40:00 +0100\n\n"
        "Am 07.12.26 um 14:22 schrieb Riley Chen:\n> Would you have 20 minutes?\n>\n> Riley\n\n"
        "Hi Riley,\n\nthis week is tight, but I could do a call at 15:00 CET\non Thursday.\n"
    )
    verdict = understand(raw.encode(), tz=UTC, meeting_length=timedelta(minutes=30))
    assert verdict.intent.value == "propose_times"
    assert [f"{w.start:%a %H:%M %z}" for w in verdict.proposed_times] == ["Thu 15:00 +0100"]


def test_a_weekday_in_the_week_after_next_is_doubted_not_guessed() -> None:
    text = "I'm traveling next week but the week after, Tuesday or Wednesday afternoon works."
    assert read_times(text, NOW, NY, timedelta(minutes=30)).two_readings


def test_a_restatement_without_its_day_is_not_a_dayless_offer() -> None:
    text = "How about Thursday at 10:00 ET? That's 7am for me but I'm an early riser."
    reading = read_times(text, NOW, NY, timedelta(minutes=30))
    assert (reading.dayless, [f"{w.start:%a %H:%M}" for w in reading.proposed]) == (
        False,
        ["Thu 10:00"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Thursday at 10 works, but can we make it 10:30? I have a call until then.",
        "Tuesday 3pm ET is fine - though could we do 3:30 instead? I have a meeting until 3.",
    ],
)
def test_a_time_changed_as_soon_as_it_is_named_is_doubted(text: str) -> None:
    assert read_times(text, NOW, NY, timedelta(minutes=30)).tangled


def test_instead_of_a_day_with_two_new_days_is_not_doubted() -> None:
    text = "Instead of Tuesday, could we do Wednesday at 3pm or Thursday at 4pm?"
    assert not read_times(text, NOW, NY, timedelta(minutes=30)).tangled
