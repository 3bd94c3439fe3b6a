"""Round 55 on replies_blind55 and replies_blind54 (intent): links, auto-replies, referrals.

- "Drop me a line then and I'll find time" above a signature's "https://calendly.com/…
  (for customers)" (blind55 f04): a booking page kept for someone else (customers, clients,
  sales demos) is not offered to the user, and "I'll find time" is the writer's own doing, so
  it sends the user to no link. A defer.
- "at a client site with very patchy connectivity and will reply as soon as I can" (blind55
  o05), auto-reply headers, no return date: an absence notice named by the place or the poor
  connection. Only with auto-reply headers; a person who says it still answers.
- A person named in full with their own address, where the sender sends the user on ("Escreve-lhe
  para … e diz que fui eu que te indiquei", "Digli pure che ti mando io", "I've told her to expect
  a note from you", blind55 r02/r04/r06), or hands over an address that opens on the first
  initial and last name ("Her email is dwhitaker@…", blind54 r06): a referral.
- "can't make tonight after all … let's leave it for now" under an agreed meeting (blind54 c03):
  tonight is the agreed day, a cancel.
- "usa por favor o meu e-mail pessoal, …" (blind55 x02): the same person at another address,
  `other`.

Near misses keep their readings: a booking link the reply points to, an auto-reply that names
no absence, a person at a client site who answers, a name with no address that fits it, a
"can't make tonight's meetup" under offers only, a new address beside an answer.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import read_reply
from workflows.stages import Intent

_TZ = ZoneInfo("Europe/Lisbon")
_DATE = "Thu, 09 Nov 2028 16:12:00 -0800"
_OFFERS = (
    "\n\nOn Wed, Nov 8, 2028 at 9:20 AM Ada Obi <ada@example.com> wrote:\n"
    "> Hi,\n>\n> Would one of these suit you? (all Lisbon time)\n"
    "> - Tuesday 14 November, 10:00\n> - Wednesday 15 November, 15:00\n"
    "> - Friday 17 November, 12:30\n>\n> Thank you,\n> Ada\n"
)
_AGREED = (
    "\n\nOn Sun, Nov 12, 2028 at 8:05 PM Ada Obi <ada@example.com> wrote:\n"
    "> Great, Tuesday 14 November at 10:00 Lisbon time it is. I'll send a Meet link.\n>\n> Ada\n"
    + _OFFERS
)
_AUTO = "Auto-Submitted: auto-replied\n"


@pytest.mark.parametrize(
    "body",
    [
        "Love the background! I'm buried until our release ships - can we pick this up after"
        " that? Probably early December. Just drop me a line then and I'll find time.\n\nMaya\n"
        "Loomly | Berlin\nhttps://calendly.com/maya-loomly (for customers)",
        "Heads down on the fundraise until January - can you circle back then? I'll find a"
        " time.\n\nOmar\nGridline\nBook a demo: https://cal.com/gridline/demo",
        "Not a good month for me, sorry - could you ping me again in the new year?\n\nInès\n"
        "Sales demos: https://meetings.hubspot.com/ines-sales",
        "Swamped with the audit right now. Let's reconnect after the 20th and I'll find a slot."
        "\n\nRuth\nhttps://calendly.com/ruth-acme/onboarding - for new clients",
    ],
)
def test_a_link_kept_for_others_offers_nothing(body: str) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_OFFERS)
    assert verdict.intent is Intent.DEFER
    assert verdict.scheduling_link is None
    assert verdict.certain


@pytest.mark.parametrize(
    ("body", "link"),
    [
        (
            "Happy to chat! Grab any slot on my calendar (link below).\n\nMaya\n"
            "https://calendly.com/maya-k/20min",
            "https://calendly.com/maya-k/20min",
        ),
        (
            "Sure - just book a time that suits you.\n\nLeo\nhttps://calendly.com/leo-v",
            "https://calendly.com/leo-v",
        ),
        (
            "Sure, easiest is to pick a time here: https://cal.com/dana-r/coffee\n\nDana",
            "https://cal.com/dana-r/coffee",
        ),
    ],
)
def test_a_link_offered_to_the_user_is_the_answer(body: str, link: str) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_OFFERS)
    assert verdict.intent is Intent.ACCEPT
    assert verdict.scheduling_link == link


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\n\nI'm currently at a client site with very patchy connectivity and will reply as"
        " soon as I can. Thanks for your patience.\n\nThabo",
        "Hello, I am on a construction site this week with poor signal. I will answer when I"
        " can.\n\nLerato",
        "Thanks for your note. I'm attending a conference and have limited connectivity;"
        " replies may be slow.\n\nPieter",
        "I'm offshore at the moment with intermittent internet access. I'll get back to you as"
        " soon as possible.\n\nSipho",
    ],
)
def test_an_auto_reply_from_a_site_is_an_absence(body: str) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_OFFERS, headers=_AUTO)
    assert verdict.intent is Intent.OUT_OF_OFFICE
    assert verdict.return_date is None
    assert verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for your email. We have received your message and a member of our team will"
        " respond within two business days.",
        "Your request has been logged as ticket #4411. Our support team will be in touch.",
    ],
)
def test_an_auto_reply_naming_no_absence_stays_other(body: str) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_OFFERS, headers=_AUTO)
    assert verdict.intent is Intent.OTHER


def test_a_person_at_a_client_site_still_answers() -> None:
    verdict = read_reply(
        "I'm at a client site today with patchy connectivity, but Wednesday 15 November at"
        " 15:00 works for me.\n\nThabo",
        tz=_TZ,
        date=_DATE,
        quote=_OFFERS,
    )
    assert verdict.intent is Intent.ACCEPT


@pytest.mark.parametrize(
    ("body", "people"),
    [
        (
            "Olá Ada,\n\nObrigada pela mensagem. Já não trabalho em produto, mas o Bruno Teixeira"
            " gere a equipa de produto cá e gosta destas conversas. Escreve-lhe para"
            " bruno.teixeira@obraviva.pt e diz que fui eu que te indiquei.\n\nMarta",
            [("Bruno Teixeira", "bruno.teixeira@obraviva.pt")],
        ),
        (
            "Ciao Ada,\n\npurtroppo parto domani per un mese. Ti consiglio però di sentire due"
            " colleghi: Giulia Ferri (giulia.ferri@cantierelab.it), che segue il prodotto, e"
            " Marco Conti (marco.conti@cantierelab.it), ex direttore di cantiere. Digli pure che"
            " ti mando io.\n\nElena",
            [
                ("Giulia Ferri", "giulia.ferri@cantierelab.it"),
                ("Marco Conti", "marco.conti@cantierelab.it"),
            ],
        ),
        (
            "Hi Ada,\n\nThanks! I'm on the firmware side so I'd be little use on product careers."
            " Priya Nair, our head of product, made the same move - priya.nair@boltworks.io."
            " I've told her to expect a note from you.\n\nGreg",
            [("Priya Nair", "priya.nair@boltworks.io")],
        ),
        (
            "Hi Ada,\n\nI'm not the right person for the ops question. Our Director of"
            " Operations, Tomás Rivera, is - he'd be great to talk to. His email is"
            " trivera@harbourline.com.\n\nGood luck!\nJen",
            [("Tomás Rivera", "trivera@harbourline.com")],
        ),
    ],
)
def test_sent_on_to_someone_with_their_address_is_a_referral(
    body: str, people: list[tuple[str, str]]
) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_OFFERS)
    assert verdict.intent is Intent.REFERRAL
    assert verdict.certain
    assert [(r.name, r.email) for r in verdict.referrals] == people


@pytest.mark.parametrize(
    "body",
    [
        # Talk to the sender, not to someone else.
        "Talk to you soon - Wednesday 15 November at 15:00 works.\n\nGreg",
        # An address that fits no one named is nobody's referral here.
        "Priya Nair looks after that. I've told the team to expect a note from you:"
        " product-team@boltworks.io. Wednesday 15 November at 15:00 works for me too.\n\nGreg",
    ],
)
def test_talk_to_with_no_one_sent_on_keeps_its_reading(body: str) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_OFFERS)
    assert verdict.intent is not Intent.REFERRAL
    assert verdict.referrals == ()


@pytest.mark.parametrize(
    "body",
    [
        "hey ada so sorry, can't make tonight after all - family stuff came up. let's leave it"
        " for now, i won't have bandwidth for a while. good luck!!\n\nash",
        "Really sorry, I can't do tonight any more - my son is ill. Let's drop it for now.\n\nAsh",
    ],
)
def test_cant_make_tonight_under_an_agreed_meeting_is_a_cancel(body: str) -> None:
    verdict = read_reply(body, tz=_TZ, date="Mon, 13 Nov 2028 17:10:00 -0600", quote=_AGREED)
    assert verdict.intent is Intent.CANCEL
    assert verdict.certain
    assert verdict.proposed_times == ()


def test_cant_make_tonights_meetup_under_offers_is_no_cancel() -> None:
    verdict = read_reply(
        "I can't make tonight's meetup, but Wednesday 15 November at 15:00 works for our chat."
        "\n\nAsh",
        tz=_TZ,
        date=_DATE,
        quote=_OFFERS,
    )
    assert verdict.intent is Intent.ACCEPT


@pytest.mark.parametrize(
    "body",
    [
        "Olá Ada,\n\nSó uma nota rápida: saio da empresa amanhã, por isso usa por favor o meu"
        " e-mail pessoal, rita.lopes.pt@gmail.com, para o que precisares. Falamos em breve."
        "\n\nRita",
        "Hola Ada, te escribo rápido: dejo la empresa el viernes, así que usa mi correo"
        " personal, pablo.gil.m@gmail.com. Hablamos pronto.\n\nPablo",
        "Ciao Ada, da lunedì usa per favore la mia email personale, sara.bianchi.mi@gmail.com."
        " A presto!\n\nSara",
        # English already read so: the user writes there, and the look at the times is to come.
        "Quick one - I'm leaving Harbourline at the end of the month, so please use my personal"
        " address (sam.okoro.nz@gmail.com) for anything from here on. I'll have a proper look at"
        " your times this weekend and come back to you.\n\nSam",
    ],
)
def test_a_personal_address_is_the_same_person_elsewhere(body: str) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_OFFERS)
    assert verdict.intent is Intent.OTHER
    assert verdict.certain
    assert verdict.referrals == ()


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        (
            "Hola Ada, el miércoles 15 a las 15:00 me va bien. Mi correo personal es"
            " pablo.gil.m@gmail.com por si acaso.\n\nPablo",
            Intent.ACCEPT,
        ),
        (
            "Olá Ada, quarta 15 às 15:00 funciona. O meu e-mail pessoal é"
            " rita.lopes.pt@gmail.com.\n\nRita",
            Intent.ACCEPT,
        ),
    ],
)
def test_a_personal_address_beside_an_answer_keeps_the_answer(body: str, intent: Intent) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_OFFERS)
    assert verdict.intent is intent
