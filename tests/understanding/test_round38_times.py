"""Round 38, times and zones: what replies_blind39 read wrong or in doubt.

A booked meeting moved to "the same time" on a day past a clock change, from a sender known
only by the Date header's offset: the meeting keeps its wall clock, and the offset does not
say whether that clock changes in between (Denver in November) or not (Regina). Sentences of
our own, with near misses that keep their reading.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

# Thursday 4 November 2032, 07:40 at -06:00: Denver's summer clock and Regina's only one; the
# US and Canada fall back on Sunday 7 November.
_BEFORE_CHANGE = "Thu, 04 Nov 2032 07:40:00 -0600"
_BOOKED = (
    "\n\nOn Mon, Nov 1, 2032 at 8:05 AM Ada Obi <ada@example.com> wrote:\n"
    "> Great, Thursday Nov 4 at 2:00pm it is! I'll send a video link.\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "Ada, apologies - something came up and I can't make our 2pm today. Could we do"
        " Tuesday the 9th instead, same time?",
        "So sorry Ada, I need to drop today's 2pm. Would Tuesday 9 Nov at the same time work?",
        "Ada, désolé, je dois annuler notre appel de 14h aujourd'hui. Mardi 9 novembre à la même"
        " heure, ça vous irait ?",
        "Hallo Ada, leider muss ich unser Gespräch heute um 14 Uhr absagen. Ginge Dienstag, der"
        " 9. November, zur gleichen Zeit?",
    ],
)
def test_same_time_past_a_change_from_an_offset_alone_is_doubted(body: str) -> None:
    for home in (UTC, ZoneInfo("America/Edmonton")):
        verdict = read_reply(body, tz=home, date=_BEFORE_CHANGE, quote=_BOOKED)
        assert not verdict.certain, (home, verdict.proposed_times)
        assert "clock_change_after_writing" in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # Before the change: the offset holds on Friday for every clock on it.
        "Ada, apologies - I can't make our 2pm today. Could we do Friday the 5th instead, same"
        " time?",
        "So sorry Ada, today got away from me. Could we move our call to Friday, same time?",
    ],
)
def test_same_time_before_the_change_keeps_its_reading(body: str) -> None:
    verdict = read_reply(body, tz=UTC, date=_BEFORE_CHANGE, quote=_BOOKED)
    assert verdict.intent is Intent.RESCHEDULE
    assert "clock_change_after_writing" not in doubt_codes(verdict)
    assert local_starts(verdict, ZoneInfo("America/Regina")) == [datetime(2032, 11, 5, 14, 0)]


def test_same_time_from_an_offset_no_clock_leaves_keeps_its_reading() -> None:
    # +05:30 is India's all year: no zone on it changes clocks by Tuesday.
    quote = _BOOKED.replace("2:00pm", "6:00pm")
    verdict = read_reply(
        "Ada, apologies - I can't make our 6pm today. Could we do Tuesday the 9th instead,"
        " same time?",
        tz=UTC,
        date="Thu, 04 Nov 2032 09:40:00 +0530",
        quote=quote,
    )
    assert verdict.intent is Intent.RESCHEDULE
    assert "clock_change_after_writing" not in doubt_codes(verdict)
    assert local_starts(verdict, ZoneInfo("Asia/Kolkata")) == [datetime(2032, 11, 9, 18, 0)]


def test_new_clock_past_the_change_is_no_same_time() -> None:
    # A time written out, not kept; but -06:00 is Denver's clock or Regina's, which part by
    # Tuesday, and the reply names no place (round 57F: doubted, wherever the user lives).
    body = "Ada, apologies - I can't make our 2pm today. Could we do Tuesday the 9th at 3pm?"
    verdict = read_reply(body, tz=ZoneInfo("Europe/London"), date=_BEFORE_CHANGE, quote=_BOOKED)
    assert verdict.intent is Intent.RESCHEDULE
    assert "clock_change_after_writing" in doubt_codes(verdict)
    # From Regina by its signature, the offset holds: no doubt of the clock.
    verdict = read_reply(
        body + "\n\nBest,\nKai\nRegina, SK\n",
        tz=ZoneInfo("Europe/London"),
        date=_BEFORE_CHANGE,
        quote=_BOOKED,
    )
    assert verdict.intent is Intent.RESCHEDULE
    assert "clock_change_after_writing" not in doubt_codes(verdict)
    assert local_starts(verdict, ZoneInfo("America/Regina")) == [datetime(2032, 11, 9, 15, 0)]


# Wednesday 27 October 2032 at -06:00, before the change: Regina's clock, Denver's summer one.
_BEFORE_WEEK = "Wed, 27 Oct 2032 11:20:00 -0600"
_OFFERS = (
    "\n\nOn Tue, Oct 26, 2032 at 7:02 PM Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work? (Mountain time)\n"
    "> - Thu Nov 4, 9:00am\n"
    "> - Tue Nov 9, 11:00am\n"
)
_REGINA = ZoneInfo("America/Regina")


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada, happy to. I'm in Regina, so CST all year round. Neither of yours works - how"
        " about Tuesday Nov 9 at 10am or Thursday Nov 11 at 3pm CST?",
        "Ada - sure. Those two are booked, but Monday Nov 8 at 10am or Wednesday Nov 10 at 3pm"
        " (CST, we don't change clocks here) would suit.\n\nKai Berg\nSaskatoon, SK",
        "Bonjour Ada, je suis à Regina (heure CST toute l'année). Vos créneaux sont pris ; le"
        " lundi 8 novembre à 10h ou le mercredi 10 novembre à 15h, ça irait ?",
    ],
)
def test_zone_name_the_senders_own_place_wears_is_settled(body: str) -> None:
    for home in (UTC, ZoneInfo("America/Edmonton")):
        verdict = read_reply(body, tz=home, date=_BEFORE_WEEK, quote=_OFFERS)
        assert verdict.certain, (home, doubt_codes(verdict))
        assert verdict.intent is Intent.PROPOSE_TIMES
        assert all(
            w.start.utcoffset() == _REGINA.utcoffset(w.start) for w in verdict.proposed_times
        )


@pytest.mark.parametrize(
    "body",
    [
        # No place of the sender's: "CST" is still Chicago's or Regina's.
        "Hi Ada, neither works - how about Thursday Nov 4 at 10am CST?",
        # A place named, but a time before the change: Regina wears CST, and Chicago is on CDT,
        # so "CST" read as Chicago's is no longer the place's clock that day.
        "Hi Ada, I'm in Chicago. Neither works - how about Thursday Nov 4 at 10am CST?",
    ],
)
def test_zone_name_without_the_senders_place_stays_doubted(body: str) -> None:
    verdict = read_reply(body, tz=UTC, date=_BEFORE_WEEK, quote=_OFFERS)
    assert "zone_name_ambiguous" in doubt_codes(verdict)
