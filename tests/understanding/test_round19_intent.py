"""Round 19, intent and referrals: "write me again" with a later time in the seven languages
weighed against a "can't", the end of an absence ("until", "tot en met"), a vague "in a few
weeks", people listed one per item under a cue, a recommendation made in the next sentence
("She can help you far better"), and a request to be written at another address. Sentences
of our own, each rule with a near miss.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict
from workflows.understanding.returns import find_return_date
from workflows.understanding.verdict import Referral

_DENVER = ZoneInfo("America/Denver")
# The user, in Denver, offers two mornings; the thread names the user's zone.
_QUOTE = (
    "\n\nOn Wed, Jan 19, 2028 at 9:00 AM Noor Haddad <noor@example.com> wrote:\n"
    "> Would you have 20 minutes for a chat? Monday, January 24 at 9:00 AM MT or"
    " Tuesday, January 25 at 10:00 AM MT would work for me.\n>\n> Noor Haddad\n"
    "> Denver, CO (Mountain time)\n"
)


def _read(body: str) -> Verdict:
    return read_reply(
        body,
        tz=_DENVER,
        date="Thu, 20 Jan 2028 09:00:00 -0700",
        quote=_QUOTE,
        to="Noor Haddad <noor@example.com>",
    )


def _starts(verdict: Verdict) -> list[datetime]:
    return local_starts(verdict, _DENVER)


@pytest.mark.parametrize(
    ("body", "back"),
    [
        ("Sorry, I can't right now. Write me again in March and we'll find a time.", None),
        ("Malheureusement je ne peux pas ce mois-ci. Écrivez-moi de nouveau vers la mi-mars.", 15),
        ("Ahora mismo no puedo, lo siento. Escríbeme a mediados de marzo.", 15),
        ("Leider geht es gerade nicht. Schreiben Sie mir Anfang März noch einmal.", 1),
        (
            "Ciao, purtroppo in queste settimane sono in chiusura di un progetto e non riesco."
            " Riscrivimi verso metà marzo e troviamo un momento.",
            15,
        ),
        ("Infelizmente agora não consigo. Me escreva de novo em março.", 1),
        ("Helaas lukt het nu niet. Stuur me half maart nog eens een mailtje.", 15),
    ],
)
def test_write_me_again_at_a_later_time_is_a_defer_despite_a_cant(
    body: str, back: int | None
) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DEFER
    assert verdict.certain, doubt_codes(verdict)
    if back is not None:
        assert verdict.return_date == date(2028, 3, back)


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: "write me" asks for something, no time to come back is named.
        "Unfortunately I can't take this on. Write me the name of your March workshop, though.",
        "Purtroppo non riesco ad aiutarti. Scrivimi pure la tua domanda per email.",
    ],
)
def test_write_me_without_a_later_time_is_no_defer(body: str) -> None:
    assert _read(body).intent is not Intent.DEFER


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("I'm heads down on a deadline until March 3, try me after that.", date(2028, 3, 4)),
        ("Ik ben afwezig tot en met woensdag 1 maart.", date(2028, 3, 2)),
        ("Riscrivimi a metà marzo.", date(2028, 3, 15)),
        ("Could we pick this up in two weeks?", date(2028, 2, 3)),
        # Near misses: a return day named as such; a delay with no count names no day.
        ("I'm back in the office on March 3.", date(2028, 3, 3)),
        ("Could we revisit in a few weeks once term settles?", None),
        ("Melde dich in ein paar Wochen wieder.", None),
    ],
)
def test_the_day_to_try_again(text: str, back: date | None) -> None:
    assert find_return_date(text, date(2028, 1, 20)) == back


@pytest.mark.parametrize(
    ("body", "people"),
    [
        (
            "I've moved to sales, so two people who would be much more helpful to talk to:\n\n"
            "- Rosa Lind, our curriculum lead: rosa.lind@acme.example\n"
            "- Omar Said, a freelance designer. Find him on LinkedIn.\n\nGood luck!",
            [Referral("Rosa Lind", "rosa.lind@acme.example"), Referral("Omar Said", None)],
        ),
        (
            "Not my area, sorry. You could talk to:\n"
            "1. Dr. Lena Tan (lena.tan@uni.example)\n2. Luca Bruni at the museum\n",
            [Referral("Lena Tan", "lena.tan@uni.example"), Referral("Luca Bruni", None)],
        ),
        (
            "I mostly do the technical side. My colleague Nina Park (nina.park@acme.example)"
            " runs our design team. She can probably help you far better than I can.",
            [Referral("Nina Park", "nina.park@acme.example")],
        ),
        (
            "Je ne suis pas la bonne personne. Ma collègue Claire Dubois"
            " (claire.dubois@acme.example) dirige l'équipe pédagogique."
            " Elle pourra bien mieux vous aider.",
            [Referral("Claire Dubois", "claire.dubois@acme.example")],
        ),
        (
            "Ik ben niet de juiste persoon. Mijn collega Joris van Dijk (joris@acme.example) was"
            " zelf docent. Hij kan je veel beter helpen.",
            [Referral("Joris van Dijk", "joris@acme.example")],
        ),
    ],
)
def test_people_listed_or_recommended_in_the_next_sentence_are_referrals(
    body: str, people: list[Referral]
) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert list(verdict.referrals) == people
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: the items under "talk to" are times, not people; the colleague in the
        # next sentence is not recommended.
        "Happy to talk to you:\n- Monday at 9 MT\n- Tuesday at 10 MT\n",
        "My colleague Nina Park ran that workshop. She can no longer help with it, sadly.",
    ],
)
def test_times_in_a_list_or_a_colleague_not_recommended_are_no_referrals(body: str) -> None:
    assert _read(body).referrals == ()


@pytest.mark.parametrize(
    "body",
    [
        "Obrigado! Este é meu e-mail antigo; pode reenviar para ana.souza@nova.example?",
        "Thanks! Could you resend this to my new address, kai.berg@newco.example? I'll reply"
        " from there.",
        "Merci ! Pourriez-vous renvoyer votre message à kai@nouveau.example ? C'est ma nouvelle"
        " adresse.",
    ],
)
def test_a_request_to_write_to_another_address_is_other_and_refers_no_one(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.OTHER
    assert verdict.referrals == ()
    assert verdict.certain, doubt_codes(verdict)


def test_a_yes_with_a_new_address_stays_a_yes() -> None:
    # Near miss: the new address is an aside to a pick.
    verdict = _read("Monday at 9 MT works. My new address is kai@newco.example, by the way.")
    assert verdict.intent is Intent.ACCEPT
    assert _starts(verdict) == [datetime(2028, 1, 24, 9, 0)]


def test_forward_to_a_colleague_is_a_referral() -> None:
    # Near miss: another person's address is someone to talk to, not the sender's new one.
    verdict = _read(
        "Please talk to my colleague Ana Souza (ana.souza@acme.example) instead, she runs"
        " the program."
    )
    assert verdict.intent is Intent.REFERRAL
