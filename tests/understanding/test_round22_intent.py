"""Round 22, intent: a chat asked for at a later month or part of one ("en reparler à la
mi-octobre", "half oktober weer bellen"), whose return day is the 15th for "mid"; and "write me
afterwards" after an absence that names its last day. Sentences of our own, each with a near
miss.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_AMSTERDAM = ZoneInfo("Europe/Amsterdam")
_QUOTE = (
    "\n\nOn Mon, 11 Sep 2028 at 10:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 20 minutes for a call? Monday 18 September at 10:00 or Tuesday"
    " 19 September at 15:00 (CEST).\n"
)


def _read(body: str) -> Verdict:
    return read_reply(body, tz=_AMSTERDAM, date="Tue, 12 Sep 2028 09:00:00 +0200", quote=_QUOTE)


@pytest.mark.parametrize(
    "body",
    [
        "Je suis en plein déménagement. Pouvons-nous en reparler à la mi-octobre ?",
        "Kunnen we half oktober weer bellen? Nu gaat het echt niet.",
        "Podemos falar de novo em meados de outubro?",
        "¿Podemos hablar a mediados de octubre? Ahora estoy de mudanza.",
        "Possiamo riparlarne a metà ottobre?",
        "Could we talk again in mid-October?",
        "Können wir Mitte Oktober nochmal telefonieren?",
    ],
)
def test_a_chat_asked_for_mid_month_is_a_defer_to_the_15th(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DEFER
    assert verdict.return_date == date(2028, 10, 15)
    assert verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        # The month is the subject of the talk, not its time.
        "Pouvons-nous parler de la mi-octobre ?",
        # The later month belongs to the sender's own leave; the chat is this week.
        "Mi-octobre je pars en congé, on peut parler jeudi ?",
    ],
)
def test_a_month_beside_talk_but_not_its_time_is_no_defer(body: str) -> None:
    assert _read(body).intent is not Intent.DEFER


@pytest.mark.parametrize(
    "body",
    [
        "Ik zit tot en met 22 september op een congres in Wenen. Stuur je me daarna een berichtje?",
        "I'm at a conference through 22 September. Email me afterwards?",
    ],
)
def test_write_me_afterwards_after_a_last_day_away_is_a_defer(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DEFER
    assert verdict.return_date == date(2028, 9, 23)


def test_send_me_something_else_is_no_defer() -> None:
    # "Stuur je me" asks for a thing, not for a message after the absence.
    verdict = _read("Ik zit tot en met 22 september op een congres. Stuur je me de agenda?")
    assert verdict.intent is not Intent.DEFER


@pytest.mark.parametrize(
    ("body", "name", "email"),
    [
        (
            "Ich bin nicht mehr in der Branche, habe Ihre Nachricht aber an Karl Meier"
            " (karl.meier@example.de) weitergeleitet.",
            "Karl Meier",
            "karl.meier@example.de",
        ),
        (
            "I've forwarded your message to Dana Cruz (dana@example.org), she made this move.",
            "Dana Cruz",
            "dana@example.org",
        ),
        (
            "J'ai transmis votre message à Léa Martin (lea@example.fr).",
            "Léa Martin",
            "lea@example.fr",
        ),
        (
            "Ik heb je bericht doorgestuurd naar Pim Vos (pim@example.nl).",
            "Pim Vos",
            "pim@example.nl",
        ),
    ],
)
def test_a_message_forwarded_to_someone_named_is_a_referral(
    body: str, name: str, email: str
) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert [(r.name, r.email) for r in verdict.referrals] == [(name, email)]


@pytest.mark.parametrize(
    "body",
    [
        # Forwarded to a role, not a person: the assistant will write, nobody to contact.
        "Ich habe Ihre Nachricht an meine Assistentin weitergeleitet, sie meldet sich.",
        "I've forwarded your message to my assistant, she'll find a slot.",
        # Not forwarded: "geschickt?" and no "weitergeleitet" after the name.
        "Ich habe Ihre Nachricht an Karl Meier geschickt? Nein, ich schreibe ihm morgen.",
    ],
)
def test_a_forward_to_no_one_named_is_no_referral(body: str) -> None:
    assert _read(body).intent is not Intent.REFERRAL


@pytest.mark.parametrize(
    ("body", "people"),
    [
        (
            "Ik ben niet de juiste persoon. Je zou contact op kunnen nemen met mijn collega Pim"
            " de Wit (pim@example.nl), die maakt de roosters. En misschien ook met Sara Aydin"
            " van het analyseteam; haar adres heb ik niet.",
            [("Pim de Wit", "pim@example.nl"), ("Sara Aydin", None)],
        ),
        (
            "Daar weet ik weinig van. Neem gerust contact op met Pim de Wit (pim@example.nl).",
            [("Pim de Wit", "pim@example.nl")],
        ),
    ],
)
def test_dutch_split_contact_op_met_and_a_second_person_are_referrals(
    body: str, people: list[tuple[str, str | None]]
) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert [(r.name, r.email) for r in verdict.referrals] == people


@pytest.mark.parametrize(
    "body",
    [
        # The sender's own errand: no one for the user to write to.
        "Ik neem contact op met mijn collega Pim de Wit en kom erop terug.",
        # Mid-sentence "and also with" names where someone worked.
        "Sorry, I can't. I was with Deloitte Consulting for years, and also with Acme Labs.",
    ],
)
def test_contact_by_the_sender_or_a_past_employer_is_no_referral(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is not Intent.REFERRAL
    assert verdict.referrals == ()
