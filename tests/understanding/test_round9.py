"""Round 9: words naming the user's zone beside a time, a pick said again in the sender's
zone, and a bare weekday under a quoted date. Sentences of our own.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from workflows.understanding.quotes import strip_reply
from workflows.understanding.referrals import Referral, find_referrals
from workflows.understanding.times import read_times

_MADRID = ZoneInfo("Europe/Madrid")
_NEW_YORK = ZoneInfo("America/New_York")


def _starts(text: str) -> list[str]:
    reading = read_times(
        text,
        datetime(2027, 1, 11, 10, 0, tzinfo=_MADRID),
        _MADRID,
        timedelta(minutes=30),
        user_tz=_NEW_YORK,
    )
    return [f"{w.start:%a %H:%M %z}" for w in reading.proposed]


@pytest.mark.parametrize(
    "text",
    [
        "Thursday at 9am in your zone suits me.",
        "Thursday at 9am on your end would be fine.",
        "Thursday at 9am for you?",
        "¿Te va el jueves a las 9 de tu zona horaria?",
        "El jueves a las 9 en tu horario me viene bien.",
        "El jueves a las 9 de tu lado, si te parece.",
        "El jueves a las 9 para ti me iría bien.",
        "Jeudi à 9h de votre côté, ça vous irait ?",
        "Jeudi à 9h pour vous, ça me va.",
        "Jeudi à 9h chez vous, ça me convient.",
        "Donnerstag um 9 Uhr bei Ihnen passt mir.",
        "Donnerstag um 9 Uhr bei dir wäre gut.",
        "Giovedì alle 9 vostro orario va bene.",
        "Giovedì alle 9 da voi mi va bene.",
        "Quinta às 9h do seu lado fica ótimo.",
        "Quinta às 9h pra você fica ótimo.",
        "Donderdag om 9 uur bij jou past mij.",
    ],
)
def test_words_naming_the_users_zone_give_the_time_that_zone(text: str) -> None:
    assert _starts(text) == ["Thu 09:00 -0500"]


@pytest.mark.parametrize(
    "text",
    [
        # Away from a time these are plain words, not the zone of the whole message.
        "Does Thursday at 9 work for you?",
        "Gracias por tu tiempo. ¿Qué tal el jueves a las 9? Dime si va bien para ti.",
        "Danke für Ihre Zeit. Donnerstag um 9 Uhr passt mir.",
    ],
)
def test_the_same_words_away_from_a_time_leave_the_senders_zone(text: str) -> None:
    assert _starts(text) == ["Thu 09:00 +0100"]


def test_a_part_of_the_day_in_the_users_zone() -> None:
    text = "Si no, el viernes por la mañana de tu zona horaria también me va bien."
    reading = read_times(
        text,
        datetime(2026, 11, 30, 11, 0, tzinfo=_MADRID),
        _MADRID,
        timedelta(minutes=30),
        user_tz=_NEW_YORK,
    )
    assert [(f"{w.start:%a %H:%M %z}", f"{w.end:%H:%M}") for w in reading.proposed] == [
        ("Fri 09:00 -0500", "12:00")
    ]


def test_the_users_reading_of_an_offer_is_that_offer_once() -> None:
    # From Paris to a user on Eastern time: 3pm there is 9am in New York, one offer.
    text = "Je peux vendredi 15 janvier à 15h, soit vers 9h de votre côté."
    assert _starts(text) == ["Fri 15:00 +0100"]


@pytest.mark.parametrize(
    "text",
    [
        # The sender says the picked time again as their own clock reads it.
        "Thursday 3pm ET is great, 9pm here in Madrid.",
        "Thursday 3pm ET is great -- 9pm here.",
        "Thursday at 3pm ET suits me, so 9pm my time.",
    ],
)
def test_a_pick_said_again_on_the_senders_clock_is_one_time(text: str) -> None:
    assert _starts(text) == ["Thu 15:00 -0500"]


def test_here_away_from_a_time_names_no_zone() -> None:
    assert _starts("Thursday at 3pm ET works; I'll be here all week.") == ["Thu 15:00 -0500"]


_ASKED = (
    "On Mon, Jan 11, 2027 at 9:00 AM Jordan Lee <jordan@example.com> wrote:\n"
    "> Would any of these suit you?\n"
    "> - Tue Jan 19, 1:00 PM\n"
    "{first}\n"
    "> - Thu Jan 21, 4:00 PM\n"
    "{second}\n"
    "> Thanks, Jordan\n"
)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # A weekday answered right under the quoted line that dates it takes that date.
        ("Sorry, no.", "Could Thursday at 9am PT work instead?", "Thursday Jan 21 at 9am"),
        ("Tuesday at noon would suit me better.", "No.", "Tuesday Jan 19 at noon"),
        # Another weekday, or one that already has its date, is left as written.
        ("Sorry, no.", "Could Friday at 9am work instead?", "Friday at 9am"),
        ("Sorry, no.", "Could Thursday 28 at 9am work?", "Thursday 28 at 9am"),
    ],
)
def test_an_inline_weekday_takes_the_date_of_the_line_it_answers(
    first: str, second: str, expected: str
) -> None:
    reply = strip_reply("Answers below.\n\n" + _ASKED.format(first=first, second=second)).reply
    assert expected in reply


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Not really my area, but my colleague Zoë Ångström\n(zoe@fjord.example) ran audits"
            " for years. Talk to her, she will know.",
            [Referral("Zoë Ångström", "zoe@fjord.example")],
        ),
        (
            "Não é comigo, mas a minha colega Inês Carvalho (ines@tejo.example) conhece bem a"
            " área. Fale com ela.",
            [Referral("Inês Carvalho", "ines@tejo.example")],
        ),
        # A colleague only mentioned, with no one sent to them, is no referral.
        ("My colleague Zoë Ångström ran audits for years. We both left in March.", []),
    ],
)
def test_a_named_colleague_the_next_sentence_sends_the_user_to(
    text: str, expected: list[Referral]
) -> None:
    assert find_referrals(text, ()) == expected
