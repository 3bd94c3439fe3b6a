"""Round 80, part C (blind83 r05, s04): people and links outside the body text.

- A booking link in the signature is the answer when the reply points at it by where it is:
  "réservez un créneau via le lien dans ma signature", "the link in my signature", "den Link
  in meiner Signatur". A signature link the reply does not point at stays unread (it sits
  under every mail), and "the Zoom link in my signature" is the call's, not a booking page.
- "Francesca Greco, in copy, is the right person for you": the English "in copy" (calqued from
  "in copia", "en copie") set off by commas or brackets puts the person on the thread, as
  "in cc" does; said of someone who "is the right person" (to talk to), it is a referral to
  them. "Francesca, in copy, will send you the slides" hands the user to no one: still doubted.
  German "Francesca Greco, in Kopie, ist die richtige Ansprechpartnerin" named "Kopie" as the
  person; the word is no name now.

Sentences of our own; the quote is the user's, Ada Obi's, outreach from Bucharest.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent

BUCHAREST = ZoneInfo("Europe/Bucharest")
UTC = ZoneInfo("UTC")
SENT = "Mon, 07 Nov 2039 12:00:00 +0100"
OUTREACH = (
    "\n\nOn Fri, 4 Nov 2039, Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 30 minutes for a call? I could do:\n"
    "> - Tuesday 8 November at 16:30\n"
    "> - Thursday 10 November at 09:00\n"
    "> (Bucharest time)\n"
)
LINK = "https://zcal.co/kai-berg/30min"
SIGNATURE = f"\n\n--\nKai Berg\nLearning designer, Brussels\nBook a call: {LINK}\n"

POINTS_AT_SIGNATURE = [
    "Avec plaisir. Réservez directement un créneau de 30 minutes via le lien dans ma signature.",
    "Avec plaisir ! Le plus simple : passez par le lien de ma signature.",
    "Happy to. Just book 30 minutes through the link in my signature.",
    "Sure - easiest is the link in my email signature, pick whatever suits.",
    "Gerne. Buchen Sie einfach über den Link in meiner Signatur einen Termin.",
    "Con gusto. Reserva directamente con el enlace en mi firma.",
    "Volentieri, prenota pure dal link nella mia firma.",
    "Com prazer. Marque direto pelo link na minha assinatura.",
    "Graag. Plan gerust een moment via de link in mijn handtekening.",
]


@pytest.mark.parametrize("zone", [BUCHAREST, UTC], ids=["bucharest", "utc"])
@pytest.mark.parametrize("body", POINTS_AT_SIGNATURE)
def test_the_signature_link_pointed_at_is_the_answer(body: str, zone: ZoneInfo) -> None:
    verdict = read_reply(body + SIGNATURE, tz=zone, date=SENT, quote=OUTREACH)
    assert verdict.scheduling_link == LINK
    assert verdict.intent is Intent.ACCEPT
    assert verdict.certain, doubt_codes(verdict)


NOT_POINTED = [
    # The signature's link, not pointed at: the pick is the reply's, and unsaid.
    "Avec plaisir, un de vos créneaux me convient très bien.",
    # The call's link, not a booking page.
    "Tuesday works - join with the Zoom link in my signature.",
]


@pytest.mark.parametrize("body", NOT_POINTED)
def test_a_signature_link_not_pointed_at_is_not_read(body: str) -> None:
    verdict = read_reply(body + SIGNATURE, tz=BUCHAREST, date=SENT, quote=OUTREACH)
    assert verdict.scheduling_link is None


CC = 'Cc: "Francesca Greco" <f.greco@example.it>\n'
FRANCESCA = ("Francesca Greco", "f.greco@example.it")

IN_COPY_REFERRALS = [
    "I think Francesca Greco, in copy, is the right person for you: she runs our training.",
    "Francesca Greco (in copy) would be the best person to talk to about this.",
    "Francesca, in copy, is the person to talk to - she made the same move.",
    "I'm on the research side now. Francesca Greco, in copy, is really the right person.",
    # German capitalises the copy: "Kopie" was read as the person's name.
    "Francesca Greco, in Kopie, ist die richtige Ansprechpartnerin für Sie.",
    "Je pense que Francesca Greco, en copie, est la bonne personne pour vous.",
]


@pytest.mark.parametrize("zone", [BUCHAREST, UTC], ids=["bucharest", "utc"])
@pytest.mark.parametrize("body", IN_COPY_REFERRALS)
def test_the_person_in_copy_named_as_the_one_to_see_is_a_referral(
    body: str, zone: ZoneInfo
) -> None:
    verdict = read_reply(
        "Dear Ada,\n\n" + body + "\n\nBest,\nKai\n", tz=zone, date=SENT, quote=OUTREACH, headers=CC
    )
    assert verdict.intent is Intent.REFERRAL
    assert [(r.name, r.email) for r in verdict.referrals] == [FRANCESCA]
    assert verdict.certain, doubt_codes(verdict)


IN_COPY_NO_REFERRAL = [
    # Copied for a task of theirs; no one to talk to instead.
    "Francesca Greco, in copy, will send you the slides from the workshop.",
    "Francesca (in copy) organised the event, so she knows the dates.",
]


@pytest.mark.parametrize("body", IN_COPY_NO_REFERRAL)
def test_the_person_in_copy_not_recommended_stays_doubted(body: str) -> None:
    verdict = read_reply(
        "Dear Ada,\n\n" + body + "\n\nBest,\nKai\n",
        tz=BUCHAREST,
        date=SENT,
        quote=OUTREACH,
        headers=CC,
    )
    assert not verdict.certain


def test_in_copy_without_commas_is_no_copy() -> None:
    # "I started in copy" is copywriting: no one is put on the thread by it.
    verdict = read_reply(
        "Dear Ada,\n\nI started in copy before design, happy to tell you more. "
        "Tuesday at 16:30 works.\n\nKai\n",
        tz=BUCHAREST,
        date=SENT,
        quote=OUTREACH,
        headers=CC,
    )
    assert verdict.intent is Intent.ACCEPT
    assert verdict.referrals == ()
