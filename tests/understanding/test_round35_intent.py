"""Round 35, intent and referrals: what replies_blind35 and replies_blind36 read wrong or in doubt.

A question put before any time is picked, with a booking link only in the signature; an
invitation whose "if it doesn't work we'll find another slot" is a way out, not a move; people
recommended in Spanish, Italian and Portuguese wordings the reader did not know; a no that
turns from "rescheduling" rather than asking for it; a CV asked for with the German verb last.
Sentences of our own, with near misses that keep their reading.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, raw_reply, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict, understand
from workflows.understanding.verdict import Referral

_TZ = ZoneInfo("America/Denver")
# Monday 4 April 2033, 09:10 in Denver (daylight time).
_DATE = "Mon, 04 Apr 2033 09:10:00 -0600"
_OFFERS = (
    "\n\nOn Sun, 3 Apr 2033 at 18:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these suit? (Mountain time)\n"
    "> - Wed 6 Apr, 10:00am\n"
    "> - Thu 7 Apr, 3:00pm\n"
)
_SIGNATURE = "\n\nKai Berg | Director\nBook time: https://calendly.com/kai-berg/30min\n"


def _read(body: str, quote: str = _OFFERS) -> Verdict:
    return read_reply(body, tz=_TZ, date=_DATE, quote=quote)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada,\n\nGlad to help. Before we pick a time - are you set on Denver or open to moving?"
        " And could you send over your CV?",
        "Hi Ada,\n\nHappy to chat. Before I book a slot, which team are you aiming for? Could you"
        " send me your resume too?",
        "Ada - sure. Before we choose a time: are you after analyst roles or engineering ones?"
        " Could you send over your resume so I know where you are?",
    ],
)
def test_question_before_picking_with_link_only_in_signature(body: str) -> None:
    verdict = _read(body + _SIGNATURE)
    assert verdict.intent is Intent.OTHER
    assert verdict.scheduling_link is None
    assert verdict.certain, doubt_codes(verdict)


def test_body_pointing_at_signature_link_still_offers_it() -> None:
    verdict = _read("Hi Ada,\n\nHappy to help - grab a time on my calendar below." + _SIGNATURE)
    assert verdict.intent is Intent.ACCEPT
    assert verdict.scheduling_link == "https://calendly.com/kai-berg/30min"


def _with_invite(body: str) -> Verdict:
    ics = (
        "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:r35@example.com\nSEQUENCE:0\n"
        "DTSTART;TZID=America/Denver:20330408T140000\nDURATION:PT30M\nSUMMARY:Chat\nEND:VEVENT\n"
        "END:VCALENDAR"
    )
    parts = (
        f"--b35\nContent-Type: text/plain; charset=utf-8\n\n{body}{_OFFERS}\n"
        f"--b35\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n{ics}\n--b35--\n"
    )
    raw = raw_reply(parts, date=_DATE, content_type='multipart/mixed; boundary="b35"')
    return understand(raw, tz=_TZ, meeting_length=timedelta(minutes=30))


@pytest.mark.parametrize(
    "body",
    [
        "Ada, sent an invite for Friday 2pm - if it doesn't work we'll find another time.\n\nKai",
        "Invite's on its way for Friday at 2. Happy to pick another day if that doesn't suit."
        "\n\nKai",
        "Popped an invite in for Friday 2pm; if that does not work, let's find a different slot."
        "\n\nKai",
    ],
)
def test_invite_with_a_way_out_offers_its_time(body: str) -> None:
    verdict = _with_invite(body)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _TZ) == [datetime(2033, 4, 8, 14, 0)]


def test_invite_that_says_reschedule_still_moves() -> None:
    verdict = _with_invite(
        "Ada, I need to reschedule - invite for Friday 2pm attached. If it doesn't work we'll"
        " find another slot.\n\nKai"
    )
    assert verdict.intent is Intent.RESCHEDULE


_RECOMMENDED = [
    (
        "Hola Ada,\n\nya no trabajo en datos, pero te sugiero escribirle a Marta Gil"
        " (marta@gil.example); ella lleva el equipo.\n\nKai",
        Referral("Marta Gil", "marta@gil.example"),
    ),
    (
        "Ciao Ada,\n\nnon seguo più il prodotto: ti consiglio di scrivere alla mia collega Giulia"
        " Neri (giulia@neri.example), che guida il team.\n\nKai",
        Referral("Giulia Neri", "giulia@neri.example"),
    ),
    (
        "Oi Ada,\n\nnão é bem a minha área, acho que a Paula Reis (paula@reis.example) seria a"
        " pessoa certa - ela lidera a equipe.\n\nKai",
        Referral("Paula Reis", "paula@reis.example"),
    ),
    (
        "Ciao Ada,\n\nnon è il mio campo. Luca Bassi (luca@bassi.example) sarebbe la persona"
        " giusta, digli che ti mando io.\n\nKai",
        Referral("Luca Bassi", "luca@bassi.example"),
    ),
]


@pytest.mark.parametrize(("body", "person"), _RECOMMENDED)
def test_person_recommended_in_new_wording(body: str, person: Referral) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert verdict.referrals == (person,)
    assert verdict.certain, doubt_codes(verdict)


def test_writing_to_a_team_names_no_one() -> None:
    verdict = _read(
        "Ciao Ada,\n\nti consiglio di scrivere al team prodotto, sanno tutto loro.\n\nKai"
    )
    assert verdict.referrals == ()


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada,\n\nI'm stretched thin until summer and I'd rather say no now than keep"
        " rescheduling on you. Wishing you the very best.\n\nKai",
        "Ada - swamped with a launch, and I'd rather be honest than end up rescheduling twice."
        " Wishing you the very best with the search.\n\nKai",
        "Hi Ada, my plate is full this spring. I would rather be straight with you than"
        " reschedule at the last minute. Best of luck!\n\nKai",
    ],
)
def test_no_that_turns_from_rescheduling_declines(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DECLINE
    assert verdict.certain, doubt_codes(verdict)


def test_rather_reschedule_than_rush_still_moves() -> None:
    verdict = _read(
        "Hi Ada, about our Thursday call: I'd rather reschedule than rush it. Could we move it to"
        " next week?\n\nKai",
        quote="\n\nOn Sun, 3 Apr 2033 at 18:00, Ada Obi <ada@example.com> wrote:\n"
        "> Great, Thursday 7 April at 3pm it is!\n",
    )
    assert verdict.intent is Intent.RESCHEDULE


@pytest.mark.parametrize(
    "body",
    [
        "Hallo Ada,\n\nkönnten Sie mir zuerst Ihren Lebenslauf schicken? Dann sehe ich, wie ich"
        " helfen kann.\n\nKai",
        "Hallo Ada,\n\nkönnen Sie mir bitte kurz Ihren CV senden? Danach melde ich mich.\n\nKai",
        "Hi Ada,\n\nkannst du mir vorab deinen Lebenslauf schicken? Dann weiß ich mehr.\n\nKai",
    ],
)
def test_cv_asked_for_with_the_verb_last(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.OTHER
    assert verdict.certain, doubt_codes(verdict)


def test_cv_read_and_a_time_picked_is_no_request() -> None:
    verdict = _read(
        "Hallo Ada,\n\nich habe Ihren Lebenslauf gelesen - Donnerstag um 15 Uhr passt mir gut."
        "\n\nKai"
    )
    assert verdict.intent is Intent.ACCEPT
