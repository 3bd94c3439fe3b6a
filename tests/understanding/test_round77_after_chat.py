"""Round 77, part E (blind80 x02): a thank-you after the chat is no yes.

blind80 x02 answers the user's "Thank you so much for today's call!" with "Pleasure, Adaeze! As
promised, the two things I mentioned: <links> … Happy to talk again in the new year." The
reader read the "happy to" as a certain yes to the outreach's times, quoted further down.

- Read: the quote's newest message (the user's) that only thanks for a chat already held (no
  time in it, no question, not mere thanks for "your time") makes a "happy to" with no time of
  its own no accept: the chat is behind them (``other``).
- Doubted: with no such quote, a pleasure after the chat ("My pleasure!", "Pleasure, Ada!",
  "Gern geschehen!") followed by a "happy to" / "sounds good" may be a yes to more or to
  something else (``yes_after_the_chat``).
- Read: thanks for a chat held with an adjective between ("Danke für das nette Gespräch",
  "bedankt voor het fijne gesprek") is thanks after the chat, as "thank you for today's call".
- Near misses that stay: a real yes that thanks for the reply or the invitation ("Thanks for
  reaching out — Thursday works", "Merci pour l'invitation, avec plaisir ! Jeudi à 13h");
  "Thanks for the invite - happy to chat" and "thanks for your note - happy to chat" no
  longer read as thanks for a chat held (no comma or dash between the thanks and the chat).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

LAGOS = ZoneInfo("Africa/Lagos")
# Friday 19 November 2038 from Cape Town, the day after the chat.
SENT = "Fri, 19 Nov 2038 09:00:00 +0200"

OUTREACH = (
    "\n\nOn Mon, 8 Nov 2038 at 19:00, Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai,\n"
    "> Could we find 30 minutes? These times are free on my side (GMT+1):\n"
    "> - Tuesday 16 November at 09:30\n"
    "> - Thursday 18 November at 13:00\n"
    "> - Monday 22 November at 16:30\n"
    ">\n"
    "> Best,\n"
    "> Ada\n"
)
# The user's thanks after the chat, above the outreach.
THANKS = (
    "\n\nOn Thu, 18 Nov 2038 at 17:05, Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai,\n"
    "> Thank you so much for today's call! Your tip on owning one number end to end\n"
    "> was exactly what I needed.\n"
    "> Best,\n"
    "> Ada\n"
    ">\n" + OUTREACH.strip("\n").replace("\n", "\n> ").replace("On Mon", "> On Mon", 1) + "\n"
)


def _no_certain_yes(verdict: Verdict) -> bool:
    return bool(verdict.doubts) or verdict.intent is Intent.OTHER


# --- The user's thanks quoted: the answer to them is no yes (x02's shape) -----------------------

ANSWERS_THANKS = [
    "Pleasure, Ada! As promised, the two things I mentioned:\nhttps://example.org/pm-essays\n"
    "https://example.org/reading-list\nKeep me posted. Happy to talk again in the new year.\n",
    "Gern geschehen! Wie versprochen die zwei Links: https://example.org/a. Gerne sprechen wir "
    "im neuen Jahr wieder.\n",
    "Avec plaisir ! Comme promis, les deux liens : https://example.org/a. Volontiers pour en "
    "reparler l'an prochain.\n",
    "¡De nada! Como te prometí, los dos enlaces: https://example.org/a. Con gusto hablamos de "
    "nuevo el año que viene.\n",
    "Figurati! Come promesso, i due link: https://example.org/a. Volentieri ci risentiamo "
    "l'anno prossimo.\n",
    "Foi um prazer! Como prometido, os dois links: https://example.org/a. Com certeza, falamos "
    "de novo no ano que vem.\n",
    "Graag gedaan! Zoals beloofd de twee links: https://example.org/a. Graag spreken we "
    "volgend jaar weer af.\n",
    "Sounds good! Here are the slides from Thursday: https://example.org/deck. Happy to help "
    "any time.\n",
]


@pytest.mark.parametrize("body", ANSWERS_THANKS)
def test_an_answer_to_thanks_for_a_chat_held_is_no_yes(body: str) -> None:
    verdict = read_reply(body, tz=LAGOS, date=SENT, quote=THANKS)
    assert verdict.intent is Intent.OTHER, (verdict.intent, doubt_codes(verdict))
    assert not verdict.proposed_times


# --- The sender's own thanks for a chat held, with links and a "happy to" ----------------------

OWN_THANKS = [
    "Thanks for the chat on Thursday! The deck I mentioned: https://example.org/deck. Happy to "
    "look at your CV too if you send it.\n",
    "Great talking to you yesterday. Sounds good re the portfolio idea - here's the template: "
    "https://example.org/t\n",
    "Danke für das nette Gespräch am Donnerstag! Hier der Link: https://example.org/a. Gerne "
    "schaue ich mir auch deinen Lebenslauf an.\n",
    "Merci pour l'échange de ce matin ! Le lien promis : https://example.org/a. Avec plaisir "
    "pour relire ton CV.\n",
    "¡Gracias por la charla del jueves! El enlace: https://example.org/a. Con gusto reviso tu "
    "CV, suena bien.\n",
    "Grazie per la chiacchierata di giovedì! Il link: https://example.org/a. Volentieri, mi "
    "sembra un'ottima idea.\n",
    "Obrigado pela conversa de quinta! O link: https://example.org/a. Com prazer, parece ótimo.\n",
    "Bedankt voor het fijne gesprek van donderdag! De link: https://example.org/a. Klinkt goed, "
    "graag gedaan.\n",
]


@pytest.mark.parametrize("body", OWN_THANKS)
def test_thanks_for_a_chat_held_with_links_is_no_yes(body: str) -> None:
    verdict = read_reply(body, tz=LAGOS, date=SENT, quote=OUTREACH)
    assert _no_certain_yes(verdict), (verdict.intent, doubt_codes(verdict))
    assert not verdict.proposed_times


@pytest.mark.parametrize(
    "body",
    [
        "My pleasure - glad it was useful! The reading list: https://example.org/list. Happy to "
        "chat again whenever.\n",
        "Pleasure, Ada! The two links: https://example.org/a. Happy to talk again in spring.\n",
        "Glad it helped! Links below. Sounds good, let's stay in touch.\nhttps://example.org/a\n",
    ],
)
def test_a_pleasure_then_a_happy_to_is_doubted(body: str) -> None:
    verdict = read_reply(body, tz=LAGOS, date=SENT, quote=OUTREACH)
    assert "yes_after_the_chat" in doubt_codes(verdict), (verdict.intent, doubt_codes(verdict))


# --- Near misses: a real yes that thanks for the reply or the invitation ----------------------

YES_WITH_THANKS = [
    "Thanks for the invitation, happy to chat! Any of those times is fine, you pick.\n",
    "Thanks for your note - happy to chat! Any of those slots works.\n",
    "Thanks for reaching out, happy to chat! Sounds good.\n",
]


@pytest.mark.parametrize("body", YES_WITH_THANKS)
def test_a_yes_that_thanks_for_the_invitation_stays_a_yes(body: str) -> None:
    verdict = read_reply(body, tz=LAGOS, date=SENT, quote=OUTREACH)
    assert verdict.intent is Intent.ACCEPT, (verdict.intent, doubt_codes(verdict))
    assert not verdict.doubts


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for reaching out! Happy to chat, Thursday at 13:00 works for me.\n",
        "Danke für die Einladung, gerne! Donnerstag um 13 Uhr passt mir.\n",
        "Merci pour l'invitation, avec plaisir ! Jeudi à 13h me convient.\n",
        "Gracias por la invitación, ¡con gusto! El jueves a las 13:00 me va bien.\n",
        "Grazie per l'invito, volentieri! Giovedì alle 13 va benissimo.\n",
        "Obrigado pelo convite, com prazer! Quinta às 13h funciona.\n",
        "Bedankt voor de uitnodiging, graag! Donderdag om 13:00 past goed.\n",
    ],
)
def test_a_time_taken_with_thanks_for_the_invitation_keeps_its_time(body: str) -> None:
    verdict = read_reply(body, tz=LAGOS, date=SENT, quote=OUTREACH)
    assert verdict.intent in (Intent.ACCEPT, Intent.PROPOSE_TIMES), verdict.intent
    starts = [w.start.astimezone(LAGOS).replace(tzinfo=None) for w in verdict.proposed_times]
    # Sent on the Friday after the outreach's Thursday: the next Thursday, 13:00 in Cape Town.
    assert [(s.day, s.hour) for s in starts] == [(25, 12)], starts


def test_thanks_for_reaching_out_then_a_day_stays_a_yes_in_doubt() -> None:
    verdict = read_reply(
        "Thanks for reaching out — Thursday works.\n", tz=LAGOS, date=SENT, quote=OUTREACH
    )
    assert verdict.intent is Intent.ACCEPT
    assert "pick_without_time" in doubt_codes(verdict)


def test_a_yes_under_a_thanks_that_asks_stays_a_yes() -> None:
    # The user's newest message thanks for the time and asks: a nudge, not thanks after a chat.
    nudge = (
        "\n\nOn Thu, 18 Nov 2038 at 17:05, Ada Obi <ada@example.com> wrote:\n"
        "> Hi Kai, thanks for your time - would any of the times below suit?\n>\n"
        + OUTREACH.strip("\n").replace("\n", "\n> ").replace("On Mon", "> On Mon", 1)
        + "\n"
    )
    verdict = read_reply("Sounds good, happy to chat!\n", tz=LAGOS, date=SENT, quote=nudge)
    assert verdict.intent is Intent.ACCEPT, (verdict.intent, doubt_codes(verdict))
