"""Certainty: which replies the reader is sure of, and the doubt codes it gives for the rest."""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest

from workflows.understanding import understand

HEADERS = (
    "From: Bob Stone <bob@example.com>\nTo: Jordan Lee <jordan@example.com>\n"
    "Subject: Re: chat\nDate: {date}\n\n"
)
QUOTE = (
    "\n\nOn Fri, Dec 4, 2026 at 10:00 AM Jordan Lee <jordan@example.com> wrote:\n"
    "> Would you have 20 minutes next week? I could do Tue Dec 8 at 3pm ET\n"
    "> or Thu Dec 10 at 10am ET.\n"
)
NEW_YORK_MONDAY = "Mon, 07 Dec 2026 09:00:00 -0500"


def read(body: str, date: str = NEW_YORK_MONDAY) -> tuple[bool, list[str], list[str]]:
    raw = (HEADERS.format(date=date) + body + QUOTE).encode()
    verdict = understand(raw, tz=UTC, meeting_length=timedelta(minutes=30))
    return (
        verdict.certain,
        [d.code for d in verdict.doubts],
        [f"{w.start:%m-%dT%H:%M}" for w in verdict.proposed_times],
    )


@pytest.mark.parametrize(
    ("body", "times"),
    [
        ("Works for me! See you Thursday at 10.", ["12-10T10:00"]),
        ("I can't do 3pm, but 4pm on Thursday is fine.", ["12-10T16:00"]),
        (
            "Any chance we could push to next week? Tuesday 2-3pm or Wednesday morning.",
            ["12-15T14:00", "12-16T09:00"],
        ),
        ("Neither of those work for me unfortunately. How about Friday at 1pm?", ["12-11T13:00"]),
    ],
)
def test_plain_replies_are_certain(body: str, times: list[str]) -> None:
    assert read(body) == (True, [], times)


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Let's do 10 on Thursday.", "day_without_time"),
        (
            # (With "after that" it is a defer: see test_round5.py.)
            "I'm out of office Dec 21 - Jan 4. Happy to chat!",
            "contradicting_intent_cues",
        ),
        ("Could we do Tuesday at 7?", "two_readings_of_time"),
        ("Sure, how about 1400 GMT?", "time_without_day"),
        ("Hm, I'm not sure how useful I'd be.", "no_intent_cue"),
        ("Works for me!", "pick_without_time"),
        ("来週の火曜日15時はいかがでしょうか。よろしくお願いいたします。", "unknown_language"),
    ],
)
def test_doubtful_replies_say_why(body: str, code: str) -> None:
    certain, codes, _ = read(body)
    assert not certain
    assert code in codes


def test_zoneless_times_under_a_utc_date_header_are_a_guess() -> None:
    # Exchange stamps every message +0000: the sender's own zone is unknown.
    certain, codes, _ = read("Wednesday at 2pm works.", date="Mon, 07 Dec 2026 14:00:00 +0000")
    assert not certain
    assert codes == ["time_without_zone_across_zones"]


def test_a_time_before_the_reply_was_written_is_doubted() -> None:
    certain, codes, _ = read("How about December 1 at 2pm?")
    # "December 1" six days after it is a slip or next year's: rolled silently, it would book
    # a meeting a year out (precision hunt 9).
    assert not certain
    assert codes == ["date_just_past"]
    certain, codes, _ = read("How about December 1, 2026 at 2pm?")
    assert not certain
    assert "time_in_the_past" in codes


@pytest.mark.parametrize(
    ("body", "intent", "times", "return_date"),
    [
        (
            "Hola Jordan, me surgió algo el jueves. ¿Podemos pasarlo al viernes 11 a las 10?",
            "reschedule",
            ["12-11T10:00"],
            None,
        ),
        (
            "Olá Jordan, infelizmente não consigo ajudar agora. Escreva-me de novo em janeiro.",
            "defer",
            [],
            "2027-01-01",
        ),
        (
            "Ciao Jordan, purtroppo non ho tempo in questo periodo. Mi dispiace!",
            "decline",
            [],
            None,
        ),
        (
            "Dank je Jordan! Ik ben niet de juiste persoon, maar mijn collega Pieter Jansen"
            " (pieter@example.nl) is de juiste persoon.",
            "referral",
            [],
            None,
        ),
    ],
)
def test_the_seven_languages_are_read_with_certainty(
    body: str, intent: str, times: list[str], return_date: str | None
) -> None:
    raw = (HEADERS.format(date=NEW_YORK_MONDAY) + body + QUOTE).encode()
    verdict = understand(raw, tz=UTC, meeting_length=timedelta(minutes=30)).to_json()
    assert verdict["certain"], verdict["doubts"]
    assert verdict["intent"] == intent
    assert [w["start"][5:16] for w in verdict["proposed_times"]] == times
    assert verdict["return_date"] == return_date
