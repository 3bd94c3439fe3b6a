"""Round 78, part C: referrals on replies_blind81's shapes, in several languages.

Sentences of our own, quoted from "Ada Obi <ada@example.com>", who offered two times on Hong
Kong's clock; the replies come on Tuesday 15 March 2039.

- A title before a referral's name is no part of it: "Dr Marco Tan", "Prof. Ana Ruiz", "Frau
  Dr. Lena Voigt", "la Sra. Lucía Romero", "la Dott.ssa Giulia Neri", "Mag. Katrin Huber",
  "l'Ing. Paolo Greco", in the sentence or on the Cc line.
- "Acho que falaria melhor com a Inês Carvalho (…) ou com o Rui Matos": the user would do
  better talking to someone else, in the conditional (Portuguese, Spanish, Italian); a person
  named in full with no address is still a referral, with no email.
- "my mate josh kerr at the children's hospital made the jump - look him up, tell him i sent
  you": typed all in lower case, a friend named and the user sent on to them later in the
  sentence.
- Near misses kept out: "falaria com o Rui" with no "better" (the sender's own plan), "falaria
  melhor com você" (no one else), a lower-case friend mentioned in passing, a talk the sender
  had with someone ("I was chatting with Dr Marco Tan about this"), a colleague cc'd as the
  sender's assistant.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

HONG_KONG = ZoneInfo("Asia/Hong_Kong")
SENT = "Tue, 15 Mar 2039 10:00:00 +0800"
QUOTE = (
    "\n\nOn Mon, 14 Mar 2039 at 09:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would either of these suit you for a 30-minute call? (Hong Kong time)\n"
    "> - Thursday 17 March, 4pm\n> - Tuesday 22 March, 9am\n"
)


def _read(body: str, cc: str = "") -> Verdict:
    headers = f"Cc: {cc}\n" if cc else ""
    return read_reply(f"{body}\n", tz=HONG_KONG, date=SENT, quote=QUOTE, headers=headers)


# (body, the Cc line, the people read: name and address)
REFERRALS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # Titles, in the sentence or on the envelope.
    (
        "Thanks for writing. Prof. Ana Ruiz (ana.ruiz@example.org) would be a far better person"
        " to talk to about this.",
        "", [("Ana Ruiz", "ana.ruiz@example.org")],
    ),
    (
        "Thanks for your note. I think Dr Marco Tan would be a much better person to speak with"
        " - I've copied him here.",
        "Dr Marco Tan <marco.tan@example.org>", [("Marco Tan", "marco.tan@example.org")],
    ),
    (
        "Danke für Ihre Nachricht. Wenden Sie sich am besten an Frau Dr. Lena Voigt"
        " (lena.voigt@example.de), sie kennt sich da viel besser aus.",
        "", [("Lena Voigt", "lena.voigt@example.de")],
    ),
    (
        "Danke! Sprechen Sie doch mit Herrn Jonas Weber (jonas.weber@example.de), er hat genau"
        " diesen Wechsel gemacht.",
        "", [("Jonas Weber", "jonas.weber@example.de")],
    ),
    (
        "Gracias por escribir. Te recomiendo hablar con la Sra. Lucía Romero"
        " (lucia.romero@example.es), que dirige el equipo de datos.",
        "", [("Lucía Romero", "lucia.romero@example.es")],
    ),
    (
        "Grazie del messaggio. Scriva pure alla Dott.ssa Giulia Neri (giulia.neri@example.it),"
        " è la persona giusta.",
        "", [("Giulia Neri", "giulia.neri@example.it")],
    ),
    (
        "Grazie del messaggio. Ho messo in copia la Dott.ssa Giulia Neri, che si occupa proprio"
        " di questo.",
        "Dott.ssa Giulia Neri <giulia.neri@example.it>",
        [("Giulia Neri", "giulia.neri@example.it")],
    ),
    (
        "Vielen Dank. Kontakt mit Mag. Katrin Huber (katrin.huber@example.at) wäre sinnvoll, sie"
        " ist die richtige Ansprechpartnerin.",
        "", [("Katrin Huber", "katrin.huber@example.at")],
    ),
    (
        "Grazie! Parli con l'Ing. Paolo Greco (paolo.greco@example.it), è la persona giusta per"
        " questo.",
        "", [("Paolo Greco", "paolo.greco@example.it")],
    ),
    # "Would talk better with": one with an address, one without.
    (
        "Obrigado pelo contacto. Acho que falaria melhor com a Inês Carvalho"
        " (ines.carvalho@example.pt) ou com o Rui Matos, que fez essa mudança.",
        "", [("Inês Carvalho", "ines.carvalho@example.pt"), ("Rui Matos", None)],
    ),
    (
        "Obrigado pelo contacto. Acho que falaria melhor com o Rui Matos, que fez exatamente"
        " essa mudança.",
        "", [("Rui Matos", None)],
    ),
    (
        "Gracias por escribir. Creo que hablarías mejor con Laura Restrepo, que hizo justo ese"
        " cambio.",
        "", [("Laura Restrepo", None)],
    ),
    (
        "Grazie per il messaggio. Credo che parleresti meglio con Marco Ferri, che ha fatto"
        " proprio questo passaggio.",
        "", [("Marco Ferri", None)],
    ),
    # Typed in lower case, the user sent on to a friend later in the sentence.
    (
        "hey, not my thing anymore sorry. my mate josh kerr at the children's hospital made the"
        " same jump - look him up on linkedin, tell him i sent you",
        "", [("Josh Kerr", None)],
    ),
    (
        "hi! my friend dana whitcomb did exactly this a few yrs ago, just mention my name if u"
        " message her",
        "", [("Dana Whitcomb", None)],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("body", "cc", "people"), REFERRALS)
def test_a_person_pointed_to_is_a_referral_without_a_title(
    body: str, cc: str, people: list[tuple[str, str | None]]
) -> None:
    verdict = _read(body, cc)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.REFERRAL
    assert [(r.name, r.email) for r in verdict.referrals] == people


# (body, the Cc line): no one pointed to, so no certain referral.
NEAR_MISSES: list[tuple[str, str]] = [
    # The sender's own plan, no "better".
    ("Obrigado pelo contacto. Falaria com o Rui Matos sobre isso amanhã, mas agora estou sem"
     " tempo.", ""),
    # Better with the user, later.
    ("Obrigado! Acho que falaria melhor com você na próxima semana, quando tiver mais tempo.", ""),
    # A friend in passing, typed in lower case.
    ("hey, my mate josh kerr said the same thing about the data jump lol. good luck", ""),
    ("hey, my mate josh kerr is coming over tonight so i'm flat out. sorry!", ""),
    # A talk the sender had, not one the user should have.
    ("Thanks for writing. I was chatting with Dr Marco Tan about this just yesterday - I'm"
     " afraid I can't take calls this month.", ""),
    ("Thanks. We were talking with Dr Marco Tan about your field last week; I'm sorry, but"
     " I can't take on calls right now.", ""),
]  # fmt: skip


@pytest.mark.parametrize(("body", "cc"), NEAR_MISSES)
def test_a_person_mentioned_in_passing_is_no_certain_referral(body: str, cc: str) -> None:
    verdict = _read(body, cc)
    assert not (verdict.certain and verdict.intent is Intent.REFERRAL)
    assert not verdict.referrals


def test_an_assistant_cc_d_under_a_yes_is_no_referral() -> None:
    verdict = _read(
        "Thanks! Thursday 17 March at 4pm works for me. I've cc'd Dr Marco Tan, my assistant,"
        " who keeps my diary.",
        "Dr Marco Tan <marco.tan@example.org>",
    )
    assert verdict.intent is Intent.ACCEPT
    assert not verdict.referrals
