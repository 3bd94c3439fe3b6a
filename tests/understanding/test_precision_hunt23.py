"""Precision hunt 23: referrals of several people, and partial addresses.

Someone else's absence ("she's on vacation until March 27", "Ravi's on leave until April")
was read as the sender's out-of-office; "I'll pass this to Grace Liu" as a no; one person's
address went to the next name ("Try Sarah Lee or Mike Johnson - sarah.lee@…"); "try emailing",
"connect with", "get in touch with", "your best bet is", "my colleagues X and Y" found no one;
"María de la Cruz" lost her surname and "Marco" was a month; "McKinsey Alumni Network folks" was
a person; the sender's own assistant was listed as a referral. Sentences of our own, with near
misses.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_TZ = ZoneInfo("America/New_York")
_QUOTE = (
    "\n\nOn Mon, Mar 13, 2028 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai, I'm exploring a move into product and would love 20 minutes of your time.\n"
    ">\n> Ada\n"
)


def _read(body: str, cc: str = "") -> Verdict:
    return read_reply(
        body,
        tz=_TZ,
        date="Tue, 14 Mar 2028 10:00:00 -0400",
        quote=_QUOTE,
        headers=f"Cc: {cc}\n" if cc else "",
    )


def _people(verdict: Verdict) -> list[tuple[str, str | None]]:
    return sorted((r.name, r.email) for r in verdict.referrals)


# Certain referrals, with every person and address as written.
REFERRALS = [
    # Someone else's absence beside the referral is not the sender's.
    (
        "You should talk to Dana Reyes (dana@acme.io) - though heads up, she's on vacation "
        "until March 27, so expect a slow reply.",
        [("Dana Reyes", "dana@acme.io")],
    ),
    (
        "My colleague Omar Haddad (omar@acme.io) would be a great person to talk to - he's back "
        "from paternity leave on March 21.",
        [("Omar Haddad", "omar@acme.io")],
    ),
    (
        "Ravi's on leave until April, so talk to Lena Fischer (lena@acme.io) in the meantime.",
        [("Lena Fischer", "lena@acme.io")],
    ),
    (
        "Thanks for reaching out to Hélène. She's left the company - please contact Marc "
        "Lefèvre (marc@acme.fr) instead.",
        [("Marc Lefèvre", "marc@acme.fr")],
    ),
    # Handing the request on is no "pass".
    (
        "Sounds good, I'll pass this to Dana Reyes who runs our intern program. She'll reach out.",
        [("Dana Reyes", None)],
    ),
    (
        "I'll pass this to Grace Liu, who runs hiring - expect a note from her.",
        [("Grace Liu", None)],
    ),
    # Cues that found no one.
    (
        "Not me, sorry! Try emailing Jordan Blake (jblake@acme.io) or Casey Nguyen "
        "(cnguyen@acme.io).",
        [("Casey Nguyen", "cnguyen@acme.io"), ("Jordan Blake", "jblake@acme.io")],
    ),
    (
        "I'm not taking chats at the moment. Maybe connect with Alicia Moreno and Kevin Tran "
        "instead; they're both ex-consultants.",
        [("Alicia Moreno", None), ("Kevin Tran", None)],
    ),
    (
        "Nice to hear from you! Unfortunately I'm not involved in hiring. Please get in touch "
        "with Brian O'Malley at brian.omalley@acme.io.",
        [("Brian O'Malley", "brian.omalley@acme.io")],
    ),
    (
        "I don't have much insight into that org. Drop a note to Kelly Ward "
        "(kelly.ward@acme.io) - she's lovely.",
        [("Kelly Ward", "kelly.ward@acme.io")],
    ),
    (
        "Really not my area. Your best bets are Yusuf Demir (yusuf@acme.io) and Ingrid Holm "
        "(ingrid@acme.io).",
        [("Ingrid Holm", "ingrid@acme.io"), ("Yusuf Demir", "yusuf@acme.io")],
    ),
    (
        "Ellen Stone (ellen@acme.io) is your best bet here - she ran our early-career program.",
        [("Ellen Stone", "ellen@acme.io")],
    ),
    (
        "Thanks for reaching out! Two people who'd be much better: Lena Fischer (lena@acme.io) "
        "and Tom Baker (tom@acme.io).",
        [("Lena Fischer", "lena@acme.io"), ("Tom Baker", "tom@acme.io")],
    ),
    (
        "Unfortunately I have no bandwidth. My colleagues Ravi Menon (ravi@acme.io) and Lena "
        "Fischer (lena@acme.io) would be happy to chat though.",
        [("Lena Fischer", "lena@acme.io"), ("Ravi Menon", "ravi@acme.io")],
    ),
    (
        "I don't do informational interviews, sorry. But my colleague Priya Raman "
        "(priya@acme.io) often does - reach out to her.",
        [("Priya Raman", "priya@acme.io")],
    ),
    (
        "Ich bin leider nicht die richtige Ansprechpartnerin. Wenden Sie sich am besten an Anna "
        "Roth (anna.roth@acme.de) oder an Jan Becker (jan.becker@acme.de).",
        [("Anna Roth", "anna.roth@acme.de"), ("Jan Becker", "jan.becker@acme.de")],
    ),
    (
        "Non sono la persona giusta, ma ti consiglio di contattare Giulia Ferri "
        "(giulia@acme.it) e Marco Conti (marco@acme.it).",
        [("Giulia Ferri", "giulia@acme.it"), ("Marco Conti", "marco@acme.it")],
    ),
    (
        "Leider habe ich gerade keine Zeit. Meine Kollegin Sophie Wagner (sophie@acme.de) hilft "
        "Ihnen aber gern weiter.",
        [("Sophie Wagner", "sophie@acme.de")],
    ),
    # Each address to its own person.
    (
        "I don't really work on hiring anymore. Try Sarah Lee or Mike Johnson in recruiting - "
        "sarah.lee@acme.com / mike.johnson@acme.com.",
        [("Mike Johnson", "mike.johnson@acme.com"), ("Sarah Lee", "sarah.lee@acme.com")],
    ),
    (
        "You'd learn a lot more from talking to Nadia Karim and Felix Braun. Nadia: "
        "nadia.karim@acme.io, Felix: felix.braun@acme.io.",
        [("Felix Braun", "felix.braun@acme.io"), ("Nadia Karim", "nadia.karim@acme.io")],
    ),
    (
        "Reach out to Olivia Brown - she's on LinkedIn - or email Noah Davis at "
        "noah.davis@acme.io.",
        [("Noah Davis", "noah.davis@acme.io"), ("Olivia Brown", None)],
    ),
    # Whole names, and every name of a list.
    (
        "Please reach out to María de la Cruz, our head of people: maria.delacruz@acme.es",
        [("María de la Cruz", "maria.delacruz@acme.es")],
    ),
    (
        "Mejor habla con mi compañera Carmen de la Fuente, que lleva el equipo de producto: "
        "carmen@acme.es",
        [("Carmen de la Fuente", "carmen@acme.es")],
    ),
    (
        "People I'd talk to:\n- Eva Lindqvist (eva@acme.io), staff engineer\n- Marco Rossi "
        "(marco@acme.io), EM on payments\n\nGood luck!",
        [("Eva Lindqvist", "eva@acme.io"), ("Marco Rossi", "marco@acme.io")],
    ),
    (
        "You should talk to Ana Ruiz (ana.ruiz@globex.com), Ben Cole (ben.cole@globex.com) and "
        "Chloe Martin (chloe.martin@globex.com) - all three made the switch from finance.",
        [
            ("Ana Ruiz", "ana.ruiz@globex.com"),
            ("Ben Cole", "ben.cole@globex.com"),
            ("Chloe Martin", "chloe.martin@globex.com"),
        ],
    ),
]


@pytest.mark.parametrize(("body", "people"), REFERRALS)
def test_referral_read_with_its_people(body: str, people: list[tuple[str, str | None]]) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert verdict.certain, doubt_codes(verdict)
    assert _people(verdict) == people
    assert verdict.return_date is None


def test_a_two_person_referral_with_one_away_is_no_defer() -> None:
    """blind33 r02: Lisa's leave until the new year is not the sender's."""
    body = (
        "I'm the wrong person for this. But two people here made exactly your switch: Omar "
        "Haddad (omar.haddad@harbor-ads.example), who runs our ads platform PM team, and Lisa "
        "Tran on the growth team (she's on parental leave until the new year, but find her on "
        "LinkedIn). Tell Omar I sent you."
    )
    verdict = _read(body)
    assert not (verdict.certain and verdict.intent is not Intent.REFERRAL)


# Near misses: the sender's own absence, a no, a company, the sender's assistant.
NOT_REFERRALS = [
    (
        "Thanks for your email. I'm out of the office until Monday, March 20 with limited access "
        "to email. For anything urgent please contact Jenna Park (jenna@acme.io).",
        Intent.OUT_OF_OFFICE,
    ),
    ("I'm going to pass this time, sorry. Good luck!", Intent.DECLINE),
    ("Try Monday at 10am ET?", Intent.PROPOSE_TIMES),
    (
        "Happy to chat! My colleagues and I are slammed till Friday though - Monday at 2pm ET?",
        Intent.PROPOSE_TIMES,
    ),
    (
        "Happy to chat! I used to work with Maya Chen at Stripe, so I know the space well. Does "
        "Thursday at 2pm ET work?",
        Intent.PROPOSE_TIMES,
    ),
]


@pytest.mark.parametrize(("body", "intent"), NOT_REFERRALS)
def test_near_miss_is_no_referral(body: str, intent: Intent) -> None:
    verdict = _read(body)
    assert verdict.intent is intent
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.referrals == ()


@pytest.mark.parametrize(
    "body",
    [
        "You should talk to McKinsey Alumni Network folks - they do a lot of this.",
        "Talk to Stanford Alumni Association folks, they have a mentorship program.",
        "Get in touch with Acme Labs directly, they run the program.",
    ],
)
def test_a_body_of_people_is_no_certain_referral(body: str) -> None:
    verdict = _read(body)
    assert not (verdict.certain and verdict.intent is Intent.REFERRAL)
    assert verdict.referrals == ()


@pytest.mark.parametrize(
    ("body", "cc"),
    [
        (
            "Happy to chat! I've cc'd my assistant Dana Reyes, who manages my calendar - she'll "
            "find us a time.",
            "Dana Reyes <dana@acme.io>",
        ),
        (
            "I'd love to. Cc'ing my scheduler Jo, who'll send you a few times.",
            "Jo Kim <jo@acme.io>",
        ),
        (
            "Sure thing. Looping in my EA Marcus Lee to set up 30 minutes.",
            "Marcus Lee <marcus@acme.io>",
        ),
    ],
)
def test_own_assistant_is_no_referral(body: str, cc: str) -> None:
    verdict = _read(body, cc)
    assert verdict.intent is not Intent.REFERRAL
    assert verdict.referrals == ()


@pytest.mark.parametrize(
    "body",
    [
        "Ik zit tot 3 april met ouderschapsverlof, maar neem gerust contact op met Bram Visser "
        "(bram@acme.nl).",
        "Je suis en congé jusqu'au 3 avril. Mais écrivez plutôt à Camille Petit "
        "(camille@acme.fr), elle pourra vous aider.",
        "I'm on leave till April 3, sorry. Talk to Bram Visser (bram@acme.nl), he can help much "
        "better than me.",
    ],
)
def test_own_absence_beside_someone_to_talk_to_is_doubted(body: str) -> None:
    """Written by hand with no word of standing in: a stand-in, or someone to meet instead."""
    verdict = _read(body)
    assert "away_or_referral" in doubt_codes(verdict)
