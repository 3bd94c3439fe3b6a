"""Round 45 on replies_blind45 (intent and referrals), as families of wordings.

- A friend named to talk to, with no address ("my mate Sam Whitfield … would be perfect",
  blind45 r05): a referral, in the seven languages.
- The copy verb of the other languages with the person it puts on the thread ("Copiei ela
  aqui", blind45 r03; "la he copiado", "l'ho copiata", "je l'ai copiée", "ich habe sie
  kopiert", "ik heb haar gecc'd"): a referral to the person on the Cc line.
- A no or an absence said of someone the sender works with ("My colleague can't do it, she's on
  leave until May", hunt 35): no sure reading, doubt ``no_for_someone_else``.
- A yes word answered at once by a bare no ("Sure, no.", hunt 35): doubt
  ``contradicting_intent_cues``.
- A defer read only from "not … now" beside a question to the user ("Ich führe im Moment nicht
  viele Gespräche. Worum geht es genau?"): doubt ``no_beside_question``.

Each table has near misses whose reading stays what it was before the change.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

_NY = ZoneInfo("America/New_York")
_DATE = "Mon, 10 Apr 2028 09:00:00 -0400"
_ASK = (
    "\n\nOn Fri, Apr 7, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai, would you have 20 minutes for a quick chat in the next week or two? Let"
    " me know what suits you.\n>\n> Ada\n"
)
_CC = "Cc: Mariana Lopes <mariana.lopes@example.com>\n"
_MARIANA = ("Mariana Lopes", "mariana.lopes@example.com")


def _read(body: str, headers: str = "") -> tuple[Intent, bool, list[str], list[tuple]]:
    verdict = read_reply(body, tz=_NY, date=_DATE, quote=_ASK, headers=headers)
    people = [(r.name, r.email) for r in verdict.referrals]
    assert local_starts(verdict, _NY) == []
    return verdict.intent, verdict.certain, doubt_codes(verdict), people


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "not really my area to be honest, i'm in claims. but my mate Sam Whitfield runs "
            "product at a telehealth startup and would be perfect for this.",
            "Sam Whitfield",
        ),
        (
            "Not my field, but my buddy Tom Reyes does product at a clinic and would be great "
            "for this.",
            "Tom Reyes",
        ),
        (
            "Pas vraiment mon domaine, mais mon pote Julien Marchand pourra vous aider.",
            "Julien Marchand",
        ),
        # Read as a certain decline before: "No es lo mío" and no referral cue for "mi amigo".
        ("No es lo mío, pero mi amigo Andrés Molina te puede ayudar.", "Andrés Molina"),
        ("Nicht mein Bereich, aber mein Kumpel Jan Roth kann dir sicher helfen.", "Jan Roth"),
        ("Non è il mio campo, ma il mio amico Marco Rossi ti può aiutare.", "Marco Rossi"),
        # Brazil puts the pronoun after the verb: "pode te ajudar".
        ("Não é a minha área, mas o meu amigo Rafael Dourado pode te ajudar.", "Rafael Dourado"),
        ("Niet mijn vak, maar mijn vriend Joris van Dijk kan je helpen.", "Joris van Dijk"),
    ],
)
def test_a_friend_named_without_address_is_a_referral(body: str, name: str) -> None:
    intent, certain, doubts, people = _read(body)
    assert (intent, certain, doubts) == (Intent.REFERRAL, True, [])
    assert people == [(name, None)]


@pytest.mark.parametrize(
    ("body", "intent", "certain"),
    [
        # Near misses: no one named after the friend word, or the praise is the sender's day.
        ("My friend Sam Whitfield would be perfect for this.", Intent.REFERRAL, True),
        ("Thursday would be perfect for me.", Intent.ACCEPT, False),
        ("My colleague Dana Cruz would be a great person to talk to.", Intent.REFERRAL, True),
        ("Sorry, my mates and I are all flat out this month. Good luck!", Intent.DECLINE, True),
    ],
)
def test_friend_words_near_misses_keep_their_reading(
    body: str, intent: Intent, certain: bool
) -> None:
    got, sure, _, _ = _read(body)
    assert (got, sure) == (intent, certain)


@pytest.mark.parametrize(
    "body",
    [
        # blind45 r03's wording.
        "Eu não sou a melhor pessoa pra isso, mas a Mariana Lopes fez essa transição. "
        "Copiei ela aqui, acho que vocês vão se dar super bem.",
        "Não sou a pessoa certa, mas a Mariana fez essa transição - ela já está copiada.",
        "No soy la persona indicada, pero Mariana hizo ese cambio. La he copiado.",
        "Te copio a Mariana, ella sabe mucho más de esto.",
        "Non sono la persona giusta, ma Mariana ha fatto questo passaggio. L'ho copiata qui.",
        "Je ne suis pas la bonne personne, mais Mariana a fait ce virage. Je l'ai copiée ici.",
        "Ich bin nicht die Richtige, aber Mariana hat genau das gemacht. Ich habe sie kopiert.",
        "Ik ben niet de juiste persoon, maar Mariana heeft die overstap gemaakt. Ik heb haar "
        "gecc'd.",
    ],
)
def test_copy_verb_of_other_languages_refers_to_the_copied_person(body: str) -> None:
    intent, certain, doubts, people = _read(body, headers=_CC)
    assert (intent, certain, doubts) == (Intent.REFERRAL, True, [])
    assert people == [_MARIANA]


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        # A thing copied, not a person: "Copiei o link", "lo he copiado" (a text as often).
        ("Copiei o link abaixo, Mariana.", _CC),
        ("Lo he copiado abajo, Mariana.", _CC),
        ("L'ho copiato qui sotto, Mariana.", _CC),
        # No one else on the thread: no one to send the user to.
        ("Eu não sou a melhor pessoa pra isso. Copiei ela aqui.", ""),
    ],
)
def test_copy_verb_near_misses_are_no_sure_referral(body: str, headers: str) -> None:
    intent, certain, _, people = _read(body, headers=headers)
    assert not (intent is Intent.REFERRAL and certain)
    assert people == []


def test_copied_person_who_joins_the_chat_is_no_referral() -> None:
    verdict = read_reply(
        "Copiei a Mariana aqui, ela vai participar também da nossa conversa. Quarta às 14h"
        " funciona.",
        tz=_NY,
        date=_DATE,
        quote=_ASK,
        headers=_CC,
    )
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert verdict.referrals == ()


@pytest.mark.parametrize(
    "body",
    [
        # Hunt 35's row, strict xfail until this round.
        "My colleague can't do it, she's on leave until May.",
        "My boss can't make it, he's travelling all month.",
        "Mon collègue ne peut pas, il est en congé jusqu'en mai.",
        "Mi compañera no puede, está de baja hasta mayo.",
        "Meine Kollegin kann leider nicht, sie ist bis Mai in Elternzeit.",
        "Il mio collega non può, è in ferie fino a maggio.",
        "A minha colega não pode, está de licença até maio.",
        "Mijn collega kan helaas niet, ze is met verlof tot mei.",
    ],
)
def test_a_no_of_someone_elses_is_doubted(body: str) -> None:
    _, certain, doubts, _ = _read(body)
    assert not certain
    assert "no_for_someone_else" in doubts


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # The sender's own no, a colleague only named beside it.
        ("Sorry, I can't do it.", Intent.DECLINE),
        ("Sorry, can't do it - my boss has me on a deadline.", Intent.DECLINE),
        ("Désolé, je ne peux pas, mon collègue non plus.", Intent.DECLINE),
        # blind26 d04, blind29 d02: the group the sender is in says no for them.
        ("Unfortunately our team isn't able to take informational calls.", Intent.DECLINE),
    ],
)
def test_the_senders_own_no_stays_sure(body: str, intent: Intent) -> None:
    got, certain, doubts, _ = _read(body)
    assert (got, certain, doubts) == (intent, True, [])


@pytest.mark.parametrize("body", ["Sure, no.", "OK, no.", "Oui, non.", "Claro, no.", "Ja, nein."])
def test_a_yes_word_then_a_bare_no_is_doubted(body: str) -> None:
    _, certain, doubts, _ = _read(body)
    assert not certain
    assert "contradicting_intent_cues" in doubts


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("Sure, no problem!", Intent.ACCEPT),
        ("Yes, no worries - happy to chat.", Intent.ACCEPT),
        ("No, sorry.", Intent.DECLINE),
    ],
)
def test_yes_no_near_misses_keep_their_reading(body: str, intent: Intent) -> None:
    got, certain, doubts, _ = _read(body)
    assert (got, certain, doubts) == (intent, True, [])


@pytest.mark.parametrize(
    "body",
    [
        "Ich führe im Moment nicht viele Gespräche. Worum geht es genau?",
        "Ich führe derzeit nicht viele Gespräche. Worum geht es?",
        "Im Moment leider nicht. Was genau möchten Sie wissen?",
        "Zurzeit nicht so viele Termine bei mir. Worum geht's denn?",
    ],
)
def test_not_now_defer_beside_a_question_is_doubted(body: str) -> None:
    intent, certain, doubts, _ = _read(body)
    assert intent is Intent.DEFER
    assert not certain
    assert "no_beside_question" in doubts


@pytest.mark.parametrize(
    "body",
    [
        # The question is the defer itself, or there is none.
        "Not doing many calls at the moment - ping me in June?",
        "Im Moment nicht. Schreiben Sie mir im Juni noch mal?",
        "Ich führe im Moment nicht viele Gespräche. Melden Sie sich gern im Juni wieder.",
        "Im Moment leider nicht, vielleicht im Frühjahr.",
    ],
)
def test_defers_without_another_question_stay_sure(body: str) -> None:
    intent, certain, doubts, _ = _read(body)
    assert (intent, certain, doubts) == (Intent.DEFER, True, [])
