"""Round 43, intent: what replies_blind44 read wrong or doubted after its first score.

A no that keeps the request without follow-up in other words ("je ne vais pas pouvoir y donner
suite"), an absence by dates with the inbox unread ("absente du … au … inclus, sans accès à mes
e-mails"), a wish for the road in other words ("wishing you every success"), someone suggested
or copied "here", a first name that is also a month, and a "not now" beside a question. Sentences
of our own, with near misses that keep their old reading or stay in doubt.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent

_TZ = ZoneInfo("Europe/Paris")
_DATE = "Wed, 18 Oct 2034 09:20:00 +0200"
_ASK = (
    "\n\nOn Mon, 16 Oct 2034 at 09:12, Ada Obi <ada@example.com> wrote:\n"
    "> Could we have a 20-minute call? Tue 24 Oct at 10:00 or Thu 26 Oct at 14:00 (Paris time).\n"
)
_AUTO = "Auto-Submitted: auto-replied\n"

# (what, body, expected): expected holds the intent, whether certain, a doubt that must be there
# or not, the return date, the referral names.
ROWS: list[tuple[str, str, dict[str, Any]]] = [
    # d02: "ne pas donner suite" with "pouvoir" or an adverb between, in each language; "en ce
    # moment" beside it says why, not when to come back.
    (
        "je ne vais pas pouvoir y donner suite, en ce moment",
        "Merci pour votre mot. Je ne vais pas pouvoir y donner suite, mon planning est trop"
        " chargé en ce moment. Bonne continuation !",
        {"intent": Intent.DECLINE, "certain": True},
    ),
    (
        "je ne peux malheureusement pas donner suite",
        "Bonjour Ada, je ne peux malheureusement pas donner suite à votre demande.",
        {"intent": Intent.DECLINE, "certain": True},
    ),
    (
        "je ne suis pas en mesure d'y donner suite",
        "Merci Ada. Je ne suis pas en mesure d'y donner suite en ce moment, désolée.",
        {"intent": Intent.DECLINE, "certain": True},
    ),
    (
        "won't be able to take this any further",
        "Thanks Ada, I won't be able to take this any further at the moment, I'm afraid.",
        {"intent": Intent.DECLINE, "certain": True},
    ),
    (
        "no voy a poder darle seguimiento",
        "Gracias Ada. No voy a poder darle seguimiento en este momento, lo siento.",
        {"intent": Intent.DECLINE, "certain": True},
    ),
    (
        "não vou poder dar seguimento",
        "Obrigada Ada, não vou poder dar seguimento ao seu pedido neste momento.",
        {"intent": Intent.DECLINE, "certain": True},
    ),
    (
        "near miss: a follow-up promised later is no no",
        "Merci Ada ! Je vais y donner suite la semaine prochaine, promis.",
        {"not_intent": Intent.DECLINE},
    ),
    # d03: a kind of call stopped "for now" is still a no when the reply wishes the user well in
    # words no cue knew ("every success", "beaucoup de réussite").
    (
        "stopped these calls for now, wishing you every success",
        "Thanks for reaching out. I've stopped doing these calls for now. Wishing you every"
        " success with the move.",
        {"intent": Intent.DECLINE, "certain": True},
    ),
    (
        "no longer taking intro calls for now, every success",
        "I'm no longer taking intro calls for now, sorry. I wish you every success.",
        {"intent": Intent.DECLINE, "certain": True},
    ),
    (
        "ne prends plus ces appels pour l'instant, réussite",
        "Je ne prends plus ce type d'appels pour l'instant. Je vous souhaite beaucoup de"
        " réussite !",
        {"intent": Intent.DECLINE, "certain": True},
    ),
    (
        "wouldn't be able to give it the time it deserves",
        "My role keeps me fully booked and I wouldn't be able to give you the time it deserves."
        " Best of luck!",
        {"intent": Intent.DECLINE, "certain": True},
    ),
    (
        "near miss: stopped for now, and asks to be written again",
        "I've stopped doing these calls for now - try me again in January. Every success!",
        {"intent": Intent.DEFER},
    ),
    # Hunt 35: "not really taking calls" is the "not taking" no with an adverb between.
    (
        "question, then not really taking calls",
        "Which accelerator are you part of? Just wondering, not really taking calls right now.",
        {"intent": Intent.DECLINE, "certain": True},
    ),
    (
        "not currently taking calls, then a question",
        "Not currently taking calls, sorry. Who pointed you my way, out of interest?",
        {"intent": Intent.DECLINE, "certain": True},
    ),
    (
        "not actually taking chats, then a question",
        "Are you the Ada from the Lisbon meetup? I'm not actually taking chats these days.",
        {"intent": Intent.DECLINE, "certain": True},
    ),
    # A "not … now" that no cue reads, beside a question: doubted, no longer "asks the user".
    (
        "not doing many calls at the moment, beside a question",
        "Which studio are you with? Just curious, not doing many calls at the moment.",
        {"doubt": "no_beside_question", "certain": False},
    ),
    (
        "pas beaucoup d'appels en ce moment, beside a question",
        "Vous êtes chez quel studio ? Par curiosité, je ne fais pas beaucoup d'appels en ce"
        " moment.",
        {"doubt": "no_beside_question", "certain": False},
    ),
    (
        "near miss: a question alone still asks the user",
        "Which studio are you with? Just curious.",
        {"intent": Intent.OTHER, "no_doubt": "no_beside_question"},
    ),
    (
        "near miss: a 'not' with no 'now' beside a question",
        "Which studio are you with? Not sure I know it.",
        {"intent": Intent.OTHER, "no_doubt": "no_beside_question"},
    ),
    # r06: "Mei", a Dutch month, opens a first name as often.
    (
        "reach out to Mei Lin Tan, no address",
        "I'm not the right person, but you should reach out to Mei Lin Tan at Greenlab, she"
        " made the same move.",
        {"intent": Intent.REFERRAL, "certain": True, "names": ["Mei Lin Tan"]},
    ),
    (
        "talk to Mei Chen",
        "Not really my field. Talk to Mei Chen on our research team, she'd be a far better fit.",
        {"intent": Intent.REFERRAL, "names": ["Mei Chen"]},
    ),
    (
        "ask Mei Wong",
        "I'm not the best person for this - ask Mei Wong, she leads our design guild.",
        {"intent": Intent.REFERRAL, "names": ["Mei Wong"]},
    ),
]


@pytest.mark.parametrize(("what", "body", "expected"), ROWS, ids=[row[0] for row in ROWS])
def test_round43_reading(what: str, body: str, expected: dict[str, Any]) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_ASK)
    if "intent" in expected:
        assert verdict.intent is expected["intent"], what
    if "not_intent" in expected:
        assert verdict.intent is not expected["not_intent"], what
    if "certain" in expected:
        assert verdict.certain is expected["certain"], (what, doubt_codes(verdict))
    if "doubt" in expected:
        assert expected["doubt"] in doubt_codes(verdict), what
    if "no_doubt" in expected:
        assert expected["no_doubt"] not in doubt_codes(verdict), what
    if "names" in expected:
        assert [r.name for r in verdict.referrals] == expected["names"], what


# o02: an automatic absence notice by dates, the inbox unread, the stand-in for urgent matters
# no referral (convention (f)); the day after the last one "inclus" is the day back.
@pytest.mark.parametrize(
    ("body", "back"),
    [
        (
            "Bonjour,\n\nJe suis absente du 16 octobre au 27 octobre inclus, sans accès à mes"
            " e-mails. Pour toute urgence, contactez Paul Roy (paul.roy@example.fr).",
            date(2034, 10, 28),
        ),
        (
            "Hello,\n\nI'm absent from 16 October to 30 October, without access to my email."
            " For anything urgent please contact Paul Roy (paul.roy@example.com).",
            date(2034, 10, 31),
        ),
        (
            "Hola:\n\nEstaré ausente del 16 de octubre al 29 de octubre, sin acceso al correo."
            " Para urgencias, escriba a Paul Roy (paul.roy@example.es).",
            date(2034, 10, 30),
        ),
        (
            "Ciao,\n\nsono fuori dal 16 ottobre al 25 ottobre, senza accesso alla posta.",
            date(2034, 10, 26),
        ),
    ],
)
def test_an_absence_by_dates_is_out_of_office(body: str, back: date) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, headers=_AUTO)
    assert verdict.intent is Intent.OUT_OF_OFFICE
    assert verdict.return_date == back
    assert verdict.referrals == ()
    assert verdict.certain, doubt_codes(verdict)


# r05: someone suggested by name and put on the Cc line "here": the user is sent to them.
@pytest.mark.parametrize(
    ("body", "cc"),
    [
        (
            "I've moved to sales so I'm far from design. I'd suggest Lena Fischer on my team"
            " instead - copied here - she loves these chats.",
            "Lena Fischer <lena.fischer@example.com>",
        ),
        (
            "Not my area these days. I would suggest Omar Haddad, cc'd on this thread, he runs"
            " our design team.",
            "Omar Haddad <omar.haddad@example.com>",
        ),
        (
            "I'm on the finance side now. I'd suggest Lena Fischer, looped in here, she made"
            " the same switch.",
            "Lena Fischer <lena.fischer@example.com>",
        ),
    ],
)
def test_someone_suggested_and_copied_here_is_a_referral(body: str, cc: str) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_ASK, headers=f"Cc: {cc}\n")
    assert verdict.intent is Intent.REFERRAL
    assert [r.email for r in verdict.referrals] == [cc.split("<")[1].rstrip(">")]
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: a time suggested, or the sender's own yes with a colleague copied.
        "I'd suggest Thursday at 14:00 instead, if that works?",
        "Happy to chat! I've copied Lena Fischer here, she'll join us on Thursday.",
    ],
)
def test_a_suggestion_that_sends_no_one_is_no_referral(body: str) -> None:
    verdict = read_reply(
        body, tz=_TZ, date=_DATE, quote=_ASK, headers="Cc: Lena Fischer <lena@example.com>\n"
    )
    assert verdict.intent is not Intent.REFERRAL or not verdict.certain


def test_an_auto_reply_that_is_no_absence_stays_other() -> None:
    # Near miss: an automatic receipt names no absence, whatever address it gives.
    verdict = read_reply(
        "Thank you for your message. We have received it and will answer within two working days.",
        tz=_TZ,
        date=_DATE,
        headers=_AUTO,
    )
    assert verdict.intent is Intent.OTHER


def test_mon_as_my_names_no_offered_monday() -> None:
    # "mon agenda": the French possessive is no Monday, so a no with it refuses the chat, not
    # one offer; "lundi" still names the day.
    quote = (
        "\n\nLe lun. 16 oct. 2034 à 09:12, Ada Obi <ada@example.com> a écrit :\n"
        "> Seriez-vous disponible lundi 23 octobre à 10h ou mardi 24 octobre à 14h ?\n"
    )
    chat = read_reply(
        "Malheureusement mon agenda ne me permet pas de prendre ce genre d'appels.",
        tz=_TZ,
        date=_DATE,
        quote=quote,
    )
    assert "one_offer_refused" not in doubt_codes(chat)
    one = read_reply("Lundi, malheureusement je ne peux pas.", tz=_TZ, date=_DATE, quote=quote)
    assert one.intent is not Intent.DECLINE or "one_offer_refused" in doubt_codes(one)


# r03: an introduction between the user and someone else on the envelope ("Sam, meet Ada"):
# the user is sent to them. "Sam" must be on the To or Cc line to be read.
@pytest.mark.parametrize(
    "body",
    [
        "Sam, meet Ada, a designer moving into climate (her note below). Ada, Sam runs design at"
        " Windly and knows this world far better than I do. I'll let you two take it from here!",
        "Ada, meet Sam - he made the same move two years ago. Over to you both.",
        "Sam, je te présente Ada, qui se reconvertit dans le climat. Je vous laisse échanger !",
        "Sam, te presento a Ada, diseñadora que quiere pasar al clima. Os dejo hablar.",
    ],
)
def test_an_introduction_to_someone_on_the_thread_is_a_referral(body: str) -> None:
    verdict = read_reply(
        body,
        tz=_TZ,
        date=_DATE,
        quote=_ASK,
        to="Ada Obi <ada@example.com>, Sam Ortiz <sam.ortiz@example.com>",
    )
    assert verdict.intent is Intent.REFERRAL
    assert [(r.name, r.email) for r in verdict.referrals] == [
        ("Sam Ortiz", "sam.ortiz@example.com")
    ]
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "to"),
    [
        # Near misses: the person introduced is on no line of the envelope, or "meet" is the
        # sender's own meeting.
        (
            "Sam, meet Ada - I'll forward this to him.",
            "Ada Obi <ada@example.com>",
        ),
        (
            "Ada, meet me at the café on Thursday at 10:00?",
            "Ada Obi <ada@example.com>, Sam Ortiz <sam.ortiz@example.com>",
        ),
    ],
)
def test_an_introduction_to_no_one_on_the_thread_is_no_certain_referral(body: str, to: str) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_ASK, to=to)
    assert verdict.intent is not Intent.REFERRAL or not verdict.certain
