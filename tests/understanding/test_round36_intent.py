"""Round 36, intent and referrals: what replies_blind37 read wrong or left in doubt.

A terse pick whose clock is written with the colon left out ("thurs 930 works"); people
recommended who are family, or named with their address and no cue before them ("… both made
the switch. Do mention my name."); a recruiter's pitch of a role to fill; a Portuguese question
put "antes de marcarmos". Sentences of our own, with near misses that keep their reading.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict
from workflows.understanding.verdict import Referral

_TZ = ZoneInfo("America/Los_Angeles")
# Monday 2 May 2033, 08:40 in Los Angeles (daylight time).
_DATE = "Mon, 02 May 2033 08:40:00 -0700"
_OFFERS = (
    "\n\nOn Sun, 1 May 2033 at 19:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these suit? (all Pacific time)\n"
    "> - Tuesday, May 3, 10:30 AM PT\n"
    "> - Wednesday, May 4, 1:00 PM PT\n"
    "> - Thursday, May 5, 4:30 PM PT\n"
)


def _read(body: str) -> Verdict:
    return read_reply(body, tz=_TZ, date=_DATE, quote=_OFFERS)


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("tues 1030 works\n\nSent from my phone", datetime(2033, 5, 3, 10, 30)),
        ("Thursday 430 is good!", datetime(2033, 5, 5, 16, 30)),
        ("Wed 100 works - talk then", datetime(2033, 5, 4, 13, 0)),
        # A four-digit clock is the 24-hour one.
        ("thu 1630 works", datetime(2033, 5, 5, 16, 30)),
    ],
)
def test_terse_pick_with_clock_without_colon(body: str, start: datetime) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _TZ) == [start]
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # Another hour than the day's offer: reading the weekday alone would book the wrong time.
        "tues 1100 works",
        "Thursday 530 works for me",
        # 04:30 on the 24-hour clock is not the 4:30 PM offer.
        "thurs 0430 works",
    ],
)
def test_terse_pick_of_another_clock_is_not_a_certain_pick(body: str) -> None:
    verdict = _read(body)
    assert not (verdict.certain and verdict.intent is Intent.ACCEPT), local_starts(verdict, _TZ)


def test_pick_with_colon_keeps_its_reading() -> None:
    verdict = _read("Tuesday 10:30 works")
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _TZ) == [datetime(2033, 5, 3, 10, 30)]
    assert verdict.certain, doubt_codes(verdict)


_FAMILY = [
    (
        "Honestly, reach out to my husband Theo Grant - he left teaching for L&D in 2029."
        " theo.grant@mail.example\n\nKai",
        Referral("Theo Grant", "theo.grant@mail.example"),
    ),
    (
        "Hi Ada, try my sister Ines Roy, she runs onboarding at a bank: ines.roy@bank.example"
        "\n\nKai",
        Referral("Ines Roy", "ines.roy@bank.example"),
    ),
    (
        "Bonjour Ada,\n\nparle plutôt à mon mari Paul Girard (paul.girard@free.example), il a fait"
        " exactement cette reconversion.\n\nKai",
        Referral("Paul Girard", "paul.girard@free.example"),
    ),
    (
        "Hola Ada,\n\nte recomiendo hablar con mi hermana Lucía Ortega (lucia.o@correo.example),"
        " hizo el mismo cambio hace dos años.\n\nKai",
        Referral("Lucía Ortega", "lucia.o@correo.example"),
    ),
    (
        "Oi Ada,\n\nfale com a minha irmã Ana Lima (ana.lima@correio.example), ela fez a mesma"
        " transição no ano passado.\n\nKai",
        Referral("Ana Lima", "ana.lima@correio.example"),
    ),
]


_FORMER = [
    (
        "Sorry, no bandwidth this term. Talk to my ex colleague Nora Quinn, she made the same"
        " switch.\n\nKai",
        Referral("Nora Quinn", None),
    ),
    (
        "Can't do calls till the fall - reach out to my old teammate Ravi Kapoor"
        " (ravi.kapoor@mail.example) instead.\n\nKai",
        Referral("Ravi Kapoor", "ravi.kapoor@mail.example"),
    ),
    (
        "Not for me, sorry, but talk to my former colleague Jo Marsh (jo.marsh@mail.example),"
        " she moved into L&D last year.\n\nKai",
        Referral("Jo Marsh", "jo.marsh@mail.example"),
    ),
]


@pytest.mark.parametrize(("body", "person"), [*_FAMILY, *_FORMER])
def test_family_member_recommended(body: str, person: Referral) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert verdict.referrals == (person,)
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "Sorry Ada, my wife and I just had a baby, so I can't take calls right now.",
        "My husband Theo Grant and I are moving to Lisbon this month, so I have to pass."
        " Good luck!",
    ],
)
def test_family_named_without_a_recommendation_is_no_referral(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is not Intent.REFERRAL
    assert verdict.referrals == ()


@pytest.mark.parametrize(
    "body",
    [
        "I'll ask my wife Carla Reyes and get back to you.",
        "Let me ask my colleague Dana Moss first and I'll come back to you.",
    ],
)
def test_person_the_sender_will_ask_is_no_referral(body: str) -> None:
    verdict = _read(body)
    assert not (verdict.certain and verdict.intent is Intent.REFERRAL), verdict.referrals


_ADDRESSED = [
    (
        "Hi Ada,\n\nI can't fit calls in before the summer, sorry. Mia Torres"
        " (mia.torres@north.example) and Raj Patel (raj@patel-learning.example) both went from"
        " nursing into training and are very kind. Do mention my name.\n\nKai",
        (
            Referral("Mia Torres", "mia.torres@north.example"),
            Referral("Raj Patel", "raj@patel-learning.example"),
        ),
    ),
    (
        "Not something I can help with these days, but Leo Brandt <leo.brandt@acme.example>"
        " made the very same move - feel free to drop my name.\n\nKai",
        (Referral("Leo Brandt", "leo.brandt@acme.example"),),
    ),
    (
        "Bonjour Ada,\n\nje ne peux pas ce mois-ci. Claire Dubois (claire.dubois@orange.example)"
        " a fait le même parcours. Mentionnez mon nom !\n\nKai",
        (Referral("Claire Dubois", "claire.dubois@orange.example"),),
    ),
    (
        "Hola Ada,\n\nahora mismo no puedo. Marta Vidal (marta.vidal@correo.example) hizo el mismo"
        " cambio; menciona mi nombre.\n\nKai",
        (Referral("Marta Vidal", "marta.vidal@correo.example"),),
    ),
]


@pytest.mark.parametrize(("body", "people"), _ADDRESSED)
def test_people_named_with_address_and_the_senders_name(
    body: str, people: tuple[Referral, ...]
) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert verdict.referrals == people
    assert verdict.certain, doubt_codes(verdict)


def test_assistant_with_address_beside_a_pick_is_no_referral() -> None:
    verdict = _read(
        "Tuesday 10:30 works. My assistant Priya Shah (priya.shah@acme.example) will send the"
        " invite."
    )
    assert verdict.intent is Intent.ACCEPT
    assert verdict.referrals == ()


def test_stand_in_with_address_is_no_referral() -> None:
    verdict = _read(
        "I'm out of the office until May 9. For anything urgent, Priya Shah"
        " (priya.shah@acme.example) can help."
    )
    assert verdict.intent is Intent.OUT_OF_OFFICE
    assert verdict.referrals == ()


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada! Good timing - I'm actually recruiting for a Learning Designer contract role"
        " (remote, 9 months). Interested? Send me your resume and your rate.\n\nKai | Talent",
        "Ada, we're currently recruiting for an instructional design position with a client."
        " Would you want to be put forward?\n\nKai",
        "Thanks for writing. I am recruiting for a corporate trainer role right now - happy to"
        " share details if you're open to it.\n\nKai",
    ],
)
def test_recruiter_pitching_a_role_is_other(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.OTHER
    assert verdict.certain, doubt_codes(verdict)


def test_recruiting_as_a_reason_to_wait_keeps_its_reading() -> None:
    verdict = _read("I'm recruiting for my team this month so I'm slammed - ask me again in June.")
    assert verdict.intent is Intent.DEFER


@pytest.mark.parametrize(
    "body",
    [
        "Oi Ada! Antes de agendarmos, você pode me mandar seu currículo? Quero entender melhor"
        " o seu perfil.\n\nKai",
        "Olá Ada, antes de combinarmos um horário: você já tem algum portfólio? Manda o link."
        "\n\nAbraço,\nKai",
        "Oi Ada, tudo bem? Antes de a gente marcar, qual área te interessa mais?\n\nKai",
    ],
)
def test_portuguese_question_before_scheduling_is_other(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.OTHER
    assert verdict.certain, doubt_codes(verdict)


def test_portuguese_pick_keeps_its_reading() -> None:
    verdict = _read("Oi Ada! Terça às 10h30 está ótimo pra mim.\n\nKai")
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _TZ) == [datetime(2033, 5, 3, 10, 30)]


@pytest.mark.parametrize(
    "body",
    ["Happy to share what I learned! Tuesday 10:30 works.", "Happy to help, Ada - any of those."],
)
def test_happy_to_still_agrees(body: str) -> None:
    assert _read(body).intent is Intent.ACCEPT
