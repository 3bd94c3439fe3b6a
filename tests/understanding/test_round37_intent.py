"""Round 37, intent and referrals: what replies_blind38 read wrong or in doubt.

A promise to write again once the sender is back or settled, after travel with no date; the
German "Sprechen Sie mit" naming someone; a second person sent to with the cue's "to" said
again; a recruiter's own pitch; a sender asking whether they met the user. Sentences of our
own, with near misses that keep their reading.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict
from workflows.understanding.verdict import Referral

_TZ = ZoneInfo("Europe/Berlin")
# Tuesday 15 March 2033, 10:20 in Berlin (winter time).
_DATE = "Tue, 15 Mar 2033 10:20:00 +0100"
_OFFERS = (
    "\n\nOn Mon, 14 Mar 2033 at 09:00, Ada Obi <ada@example.com> wrote:\n"
    "> Could you spare 20 minutes at one of these times (Berlin time)?\n"
    "> - Tue 22 March, 10:00\n"
    "> - Thu 24 March, 15:30\n"
)


def _read(body: str) -> Verdict:
    return read_reply(body, tz=_TZ, date=_DATE, quote=_OFFERS)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada,\n\nI'm on the road for most of the month, spotty wifi - will get back to you"
        " once I'm home again.\n\nKai",
        "Ada - travelling through Asia for a few weeks. I'll be in touch when I'm back.\n\nKai",
        "Hi Ada, I'm travelling at the moment and can't plan anything; I'll reach out again"
        " as soon as I'm settled.\n\nBest, Kai",
        "Hallo Ada, ich bin gerade auf Dienstreise und melde mich, sobald ich zurück bin.\n\nKai",
        "Bonjour Ada, je suis en déplacement ces jours-ci, je reviens vers vous à mon retour."
        "\n\nKai",
    ],
)
def test_travelling_with_a_promise_to_write_once_back_is_a_defer(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DEFER
    assert verdict.return_date is None
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # An absence with no promise stays an absence.
        (
            "Hi Ada, I'm travelling for the next two weeks with little access to email.\n\nKai",
            Intent.OUT_OF_OFFICE,
        ),
        # A check still to make is a hold, not a later date.
        (
            "Hi Ada, thanks - I'll get back to you once I've checked my calendar.\n\nKai",
            Intent.OTHER,
        ),
    ],
)
def test_near_misses_keep_their_reading(body: str, intent: Intent) -> None:
    assert _read(body).intent is intent


@pytest.mark.parametrize(
    "body",
    [
        "Hallo Ada,\n\nich bin dafür nicht die Richtige. Sprechen Sie doch mit Jonas Keller"
        " (jonas.keller@example.org), er kennt das Thema gut.\n\nGrüße\nKai",
        "Hallo Ada,\n\nleider habe ich gerade nicht viel Zeit. Reden Sie am besten mit Marie"
        " Lenz (marie.lenz@example.org) aus unserem Produktteam.\n\nKai",
        "Grüß Gott Ada,\n\ndas ist nicht mein Gebiet. Telefonieren Sie lieber mit Herrn Jonas"
        " Keller (jonas.keller@example.org), der hat genau diesen Wechsel gemacht.\n\nKai",
    ],
)
def test_german_sie_form_sends_the_user_to_someone(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert verdict.referrals
    assert verdict.certain, doubt_codes(verdict)


def test_german_mit_ihrem_team_names_no_one() -> None:
    verdict = _read(
        "Hallo Ada,\n\nsprechen Sie doch zuerst mit Ihrem Team und melden Sie sich im April"
        " noch einmal.\n\nKai"
    )
    assert verdict.intent is Intent.DEFER
    assert verdict.referrals == ()


@pytest.mark.parametrize(
    ("body", "second"),
    [
        (
            "Hi Ada, can't do a call this month. Talk to Mia Stone (mia.stone@example.org), she"
            " runs our product team, and to Leo Grant - leo.grant@example.net - who moved from"
            " design to PM.\n\nKai",
            Referral("Leo Grant", "leo.grant@example.net"),
        ),
        (
            "Ada, I'm not the right person. Reach out to Mia Stone <mia.stone@example.org>, who"
            " leads hardware, and to Leo Grant (leo.grant@example.net).\n\nKai",
            Referral("Leo Grant", "leo.grant@example.net"),
        ),
        (
            "Sorry Ada, too busy. You should speak to Mia Stone (mia.stone@example.org) and to"
            " Zoe Park, zoe.park@example.com.\n\nKai",
            Referral("Zoe Park", "zoe.park@example.com"),
        ),
    ],
)
def test_second_person_after_the_cues_to_said_again(body: str, second: Referral) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert verdict.referrals[0] == Referral("Mia Stone", "mia.stone@example.org")
    assert second in verdict.referrals


def test_and_to_a_place_is_no_person() -> None:
    verdict = _read(
        "Hi Ada, talk to Mia Stone (mia.stone@example.org), she moved to Berlin and to"
        " hardware last year.\n\nKai"
    )
    assert [r.name for r in verdict.referrals] == ["Mia Stone"]


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada, full disclosure: I'm an executive recruiter, not a PM. I have a client in"
        " Munich you might suit - would you send a CV?\n\nKai",
        "Hello Ada, I'm a technical recruiter rather than a product person, but your background"
        " looks interesting for a client of mine.\n\nKai",
        "Hi Ada, thanks! I'm currently working on a Senior Product Manager search for a"
        " battery start-up and you'd be a great fit. Open to a screening call?\n\nKai",
    ],
)
def test_recruiter_pitch_is_other(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.OTHER
    assert verdict.certain, doubt_codes(verdict)


def test_former_recruiter_pitches_nothing() -> None:
    verdict = _read(
        "Hi Ada, I'm a former recruiter turned PM - happy to chat, Thursday works.\n\nKai"
    )
    assert verdict.intent is Intent.ACCEPT


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada - sorry, have we met before? I can't place your name.\n\nKai",
        "Ada, did we meet at the trade fair in Hanover? I'm not sure what this is about.\n\nKai",
        "Hallo Ada, kennen wir uns von der Messe? Mir ist nicht ganz klar, worum es geht.\n\nKai",
        "Bonjour Ada, on se connaît ? Je ne vois pas bien de quoi il s'agit.\n\nKai",
    ],
)
def test_asking_whether_they_met_is_other(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.OTHER
    assert verdict.certain, doubt_codes(verdict)


def test_did_we_meet_with_a_time_keeps_the_time() -> None:
    verdict = _read("Hi Ada, happy to chat - Thursday 24 March at 15:30 works for me.\n\nKai")
    assert verdict.intent is Intent.ACCEPT
