"""Round 73, part F: introductions, "write to <name>", and an inline answer over its signature.

blind76 r04 forwarded the user's mail to a colleague with the user copied (a Cc line encoded
whole, so no address was parsed from it) and handed over her address; r06 said "neem eerder
contact op met" ("rather get in touch with"), whose "eerder" read as "earlier"; x01 gave its own
time "for me" and, in a paragraph of its own, one more person to talk to "also", with her address.
blind75 x06 answered under each quoted slot in HTML, and its last answer ran on into a signature
with a street number and a phone. Rows of our own: introductions and "write to" in the seven
languages (a referral with the address), the sender's own time beside one more person (a certain
proposal), inline answers over a signature (a certain accept); near misses that stay what they
are or in doubt: a name in a signature, a Cc with no hand-over, the sender's own errand ("I'll
ask Dana"), a time that may be the other person's. Every reply is dated Tuesday 9 September 2031,
to a user in Lisbon whose outreach offered Thursday 11 September at 15:00.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, is_safe, local_starts, read_reply
from workflows.stages import Intent

TZ = ZoneInfo("Europe/Lisbon")
DATE = "Tue, 9 Sep 2031 10:05:00 +0100"
QUOTE = (
    "\n\nOn Mon, 8 Sep 2031 at 09:00, Ada Obi <ada@example.com> wrote:\n> Hi Kai,\n> Could you"
    " spare 20 minutes to talk about moving into product? Thursday 11 Sep at 15:00 (Lisbon)"
    " would suit me.\n>\n> Ada\n"
)
MAYA = ("Maya Lindqvist", "maya.lindqvist@orbe.io")
# Sent to the colleague, the user copied: a forwarded introduction.
FORWARDED = {
    "to": "Maya Lindqvist <maya.lindqvist@orbe.io>",
    "headers": "Cc: Ada Obi <ada@example.com>\n",
}
# The same, the Cc line one encoded word over name and address, as some mailers write it.
ENCODED_CC = {
    "to": "Maya Lindqvist <maya.lindqvist@orbe.io>",
    "headers": "Cc: =?utf-8?b?QWRhIE9iaSA8YWRhQGV4YW1wbGUuY29tPg==?=\n",
}
PLAIN: dict[str, str] = {}

# A reply that introduces the user to Maya, or tells the user to write to her, with her address.
INTRODUCED = [
    (
        "Hi Ada,\n\nIntroducing you to Maya Lindqvist (maya.lindqvist@orbe.io) - she moved from"
        " support into product two years ago and loves talking about it.\n\nKai\n",
        PLAIN,
    ),
    (
        "Hi Maya,\n\nLooping in Ada (copied), who wants to move into product. Ada, Maya"
        " Lindqvist runs our roadmap; her email is maya.lindqvist@orbe.io.\n\nKai\n",
        FORWARDED,
    ),
    (
        "Bonjour Ada,\n\nJe vous mets en relation avec Maya Lindqvist (maya.lindqvist@orbe.io),"
        " qui a fait exactement ce parcours l'an dernier.\n\nBien à vous,\nKai\n",
        PLAIN,
    ),
    (
        "Bonjour Maya,\n\nJe vous mets en relation avec Ada (en copie), qui souhaite passer au"
        " produit. Ada, Maya Lindqvist dirige notre équipe produit : maya.lindqvist@orbe.io.\n\n"
        "Bien à vous,\nKai\n",
        FORWARDED,
    ),
    (
        "Liebe Ada,\n\nich stelle Sie gern Maya Lindqvist (maya.lindqvist@orbe.io) vor, sie hat"
        " genau diesen Wechsel vor zwei Jahren gemacht.\n\nViele Grüße\nKai\n",
        PLAIN,
    ),
    (
        "Hallo Maya,\n\nich stelle Ihnen Ada vor (in Kopie), die in den Produktbereich wechseln"
        " möchte. Ada, Maya Lindqvist leitet unser Produktteam: maya.lindqvist@orbe.io.\n\n"
        "Viele Grüße\nKai\n",
        FORWARDED,
    ),
    (
        "Hola Ada,\n\nte presento a Maya Lindqvist (maya.lindqvist@orbe.io), que pasó de soporte"
        " a producto hace dos años y le encanta contarlo.\n\nUn saludo,\nKai\n",
        PLAIN,
    ),
    (
        "Ciao Ada,\n\nti presento Maya Lindqvist (maya.lindqvist@orbe.io), che è passata dal"
        " supporto al prodotto due anni fa.\n\nA presto,\nKai\n",
        PLAIN,
    ),
    (
        "Ciao Maya,\n\nti presento Ada (in copia), che vorrebbe passare al prodotto. Ada, Maya"
        " Lindqvist guida il nostro team prodotto: maya.lindqvist@orbe.io.\n\nA presto,\nKai\n",
        FORWARDED,
    ),
    (
        "Olá Ada,\n\nte apresento a Maya Lindqvist (maya.lindqvist@orbe.io), que passou do suporte"
        " para produto há dois anos.\n\nAbraço,\nKai\n",
        PLAIN,
    ),
    (
        "Olá Maya,\n\nReencaminho-te o e-mail da Ada (em cópia), que quer mudar para produto."
        " Podes falar com ela?\n\nAda, a Maya Lindqvist lidera a nossa equipa de produto - fica"
        " com o contacto dela: maya.lindqvist@orbe.io.\n\nAbraço,\nKai\n",
        ENCODED_CC,
    ),
    (
        "Hoi Ada,\n\nik stel je graag voor aan Maya Lindqvist (maya.lindqvist@orbe.io), zij is"
        " twee jaar geleden van support naar product overgestapt.\n\nGroet,\nKai\n",
        PLAIN,
    ),
    (
        "Hoi Maya,\n\nik stel je voor aan Ada (in de cc), die de overstap naar product wil maken."
        " Ada, Maya Lindqvist leidt ons productteam: maya.lindqvist@orbe.io.\n\nGroet,\nKai\n",
        FORWARDED,
    ),
]

WRITE_TO = [
    "Hi Ada,\n\nI'm on the engineering side, so best to write to Maya Lindqvist at"
    " maya.lindqvist@orbe.io - she made that exact move.\n\nKai\n",
    "Hallo Ada,\n\nich bin eher in der Technik. Wenden Sie sich am besten an Maya Lindqvist"
    " (maya.lindqvist@orbe.io), sie leitet unser Produktteam.\n\nGruß\nKai\n",
    "Hallo Ada,\n\nich bin eher in der Technik. Kontaktieren Sie bitte Maya Lindqvist"
    " (maya.lindqvist@orbe.io), sie kennt diesen Wechsel gut.\n\nGruß\nKai\n",
    "Bonjour Ada,\n\nje suis plutôt côté technique. Contactez plutôt Maya Lindqvist"
    " (maya.lindqvist@orbe.io), elle dirige l'équipe produit.\n\nKai\n",
    "Hola Ada,\n\nyo estoy más en la parte técnica. Ponte en contacto con Maya Lindqvist"
    " (maya.lindqvist@orbe.io), ella lleva el equipo de producto.\n\nKai\n",
    "Ciao Ada,\n\nio mi occupo della parte tecnica. Mettiti in contatto con Maya Lindqvist"
    " (maya.lindqvist@orbe.io), guida il team prodotto.\n\nKai\n",
    "Ciao Ada,\n\nio mi occupo della parte tecnica. Contatta pure Maya Lindqvist"
    " (maya.lindqvist@orbe.io), guida il team prodotto.\n\nKai\n",
    "Olá Ada,\n\neu estou mais do lado técnico. Entra em contacto com a Maya Lindqvist"
    " (maya.lindqvist@orbe.io), ela lidera o produto.\n\nKai\n",
    "Olá Ada,\n\neu estou mais do lado técnico. Escreve à Maya Lindqvist"
    " (maya.lindqvist@orbe.io), ela fez essa mudança.\n\nKai\n",
    "Hoi Ada,\n\nik zit zelf meer aan de technische kant. Neem eerder contact op met Maya"
    " Lindqvist (maya.lindqvist@orbe.io), zij leidt ons productteam.\n\nGroet,\nKai\n",
    "Hoi Ada,\n\nik zit zelf meer aan de technische kant. Mail gerust Maya Lindqvist"
    " (maya.lindqvist@orbe.io), zij leidt ons productteam.\n\nGroet,\nKai\n",
]


@pytest.mark.parametrize(("body", "envelope"), INTRODUCED + [(b, PLAIN) for b in WRITE_TO])
def test_an_introduction_or_write_to_is_a_referral(body: str, envelope: dict[str, str]) -> None:
    verdict = read_reply(body, tz=TZ, date=DATE, quote=QUOTE, **envelope)
    assert verdict.certain, (verdict.intent, doubt_codes(verdict))
    assert verdict.intent is Intent.REFERRAL
    assert [(r.name, r.email) for r in verdict.referrals] == [MAYA]


# The sender's own time ("for me"), and in a sentence of its own one more person "also".
OWN_TIME_AND_ONE_MORE = [
    "Hi Ada,\n\nThursday 11 September at 10:00 UTC works for me if that suits.\n\nYou should"
    " also talk to Maya Lindqvist (maya.lindqvist@orbe.io) - she leads our product team.\n\nKai\n",
    "Hi Ada,\n\nI can do Thursday 11 September at 10:00 UTC. It's also worth talking to Maya"
    " Lindqvist (maya.lindqvist@orbe.io) - she made the same move.\n\nKai\n",
]


@pytest.mark.parametrize("body", OWN_TIME_AND_ONE_MORE)
def test_own_time_beside_one_more_person_is_a_sure_proposal(body: str) -> None:
    verdict = read_reply(body, tz=TZ, date=DATE, quote=QUOTE)
    assert verdict.certain, (verdict.intent, doubt_codes(verdict))
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, TZ) == [datetime(2031, 9, 11, 11, 0)]
    assert [(r.name, r.email) for r in verdict.referrals] == [MAYA]


# Answers typed under each quoted slot, the last running on into a signature with numbers.
INLINE_QUOTE = (
    "> Would any of these work? All times Lisbon time:\n> - Monday 15 September, 4:00 pm\n\n{0}\n\n"
    "> - Wednesday 17 September, 2:00 pm\n\n{1}\n\n> - Thursday 18 September, 6:00 pm\n\n{2}\n\n"
    "{3}"
)
SIGNATURES = [
    "Cordiali saluti\nKai Berg\nOrbe SA · Via Nassa 12, 6900 Lugano · +41 91 555 07 70",
    "Best regards,\nKai Berg\nOrbe Ltd · 14 Harbour Street, EH6 6QW Edinburgh · +44 131 555 0182",
]
INLINE = [
    (("No, sono a Londra.", "No, ho il consiglio.", "Sì, va benissimo!"), SIGNATURES[0]),
    (("No, I'm travelling.", "No, board meeting.", "Yes, that one works!"), SIGNATURES[1]),
]


@pytest.mark.parametrize(("answers", "signature"), INLINE)
def test_last_inline_answer_over_a_signature_is_read(
    answers: tuple[str, str, str], signature: str
) -> None:
    body = f"Hi Ada, answers below:\n\n{INLINE_QUOTE.format(*answers, signature)}\n"
    verdict = read_reply(body, tz=TZ, date=DATE, sender="Kai Berg <kai@orbe.io>")
    assert verdict.certain, (verdict.intent, doubt_codes(verdict))
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, TZ) == [datetime(2031, 9, 18, 18, 0)]


# Near misses: (body, envelope, the one certain intent that is right, or None for in doubt).
COPIED_MAYA = {"headers": "Cc: Maya Lindqvist <maya.lindqvist@orbe.io>\n"}
NEAR_MISSES = [
    # A name and an address in the signature: the answer is a yes to the user's time.
    (
        "Hi Ada,\n\nThursday at 3pm works for me.\n\nBest,\nKai\n--\nKai Berg | Head of Ops\n"
        "Assistant: Maya Lindqvist (maya.lindqvist@orbe.io)\n",
        PLAIN,
        Intent.ACCEPT,
    ),
    # Copied, and not handed over: a yes, and a no.
    ("Hi Ada,\n\nThursday at 3pm works for me.\n\nKai\n", COPIED_MAYA, Intent.ACCEPT),
    ("Hi Ada,\n\nSorry, I can't take this on right now.\n\nKai\n", COPIED_MAYA, Intent.DECLINE),
    # The sender's own errand: no one to write to yet.
    (
        "Hi Ada,\n\nI'll ask Dana Ferreira whether she has time and get back to you.\n\nKai\n",
        PLAIN,
        None,
    ),
    (
        "Hi Ada,\n\nI'll contact Maya Lindqvist on my side and let you know.\n\nKai\n",
        PLAIN,
        None,
    ),
    (
        "Bonjour Ada,\n\nJe vais contacter Maya Lindqvist de mon côté et je reviens vers vous."
        "\n\nKai\n",
        PLAIN,
        None,
    ),
    # "Ich stelle Ihnen … vor" with no one named: presenting something.
    (
        "Hallo Ada,\n\nich stelle Ihnen gern unser Team vor, am Donnerstag um 15 Uhr passt es"
        " mir.\n\nGruß\nKai\n",
        PLAIN,
        Intent.ACCEPT,
    ),
    (
        "Ciao Ada,\n\nti presento le mie scuse, questo mese non riesco proprio.\n\nKai\n",
        PLAIN,
        Intent.DECLINE,
    ),
    # The time may be the other person's: it stays in doubt.
    (
        "Hi Ada,\n\nYou should also talk to Maya Lindqvist (maya.lindqvist@orbe.io). She's free"
        " Thursday 11 September at 10:00 UTC.\n\nKai\n",
        PLAIN,
        None,
    ),
    (
        "Hi Ada,\n\nThursday 11 September at 10:00 UTC works for me. You should also talk to Maya"
        " Lindqvist (maya.lindqvist@orbe.io), who can do Friday at 14:00 UTC.\n\nKai\n",
        PLAIN,
        None,
    ),
    # No "also": the person may be whom the meeting is with.
    (
        "Hi Ada,\n\nThursday 11 September at 10:00 UTC works for me.\n\nMaya Lindqvist"
        " (maya.lindqvist@orbe.io) handles these chats now.\n\nKai\n",
        PLAIN,
        None,
    ),
]


@pytest.mark.parametrize(("body", "envelope", "intent"), NEAR_MISSES)
def test_near_misses_stay_what_they_are(
    body: str, envelope: dict[str, str], intent: Intent | None
) -> None:
    verdict = read_reply(body, tz=TZ, date=DATE, quote=QUOTE, **envelope)
    assert verdict.intent is not Intent.REFERRAL or not verdict.certain
    if intent is None:
        assert is_safe(verdict, ()), (verdict.intent, doubt_codes(verdict))
    elif verdict.certain:
        assert verdict.intent is intent
        assert not verdict.referrals
