"""Round 70, part X: a no that hands the user on to people "better placed than me".

blind73 r06 said no, then named two people "bien mieux placées que moi" with their addresses
and told the user to write to them "de ma part"; the reader had neither phrase (only the
singular "mieux placé(e)"), so the no won. Rows of our own, in the seven languages: a no, people
set above the sender or written to in the sender's name, each with an address (a referral);
and near misses, a no that names someone without handing the user on (it stays a no).
Every reply is dated Tuesday 4 March 2031, to a user in Tel Aviv.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent

TZ = ZoneInfo("Asia/Jerusalem")
DATE = "Tue, 4 Mar 2031 11:20:00 +0100"

# A no, then people set above the sender ("better placed than me").
BETTER_PLACED = [
    "Sorry, I'm stretched too thin to take this on, but two people are far better placed than"
    " me:\n- Omar Castell (omar.castell@lumen.io), who leads field marketing\n- Priya Dane"
    " (priya.dane@lumen.io), who moved from QA into product last year.\n\nBest,\nKai",
    "Désolé, je n'ai pas le temps en ce moment, mais Margaux Briand (margaux.briand@velia.fr)"
    " et Hugo Pelletier (hugo.pelletier@velia.fr) sont bien mieux placés que moi.\n\nKai",
    "Ich schaffe das leider nicht, aber Lena Voigt (lena.voigt@ortwin.de) ist viel besser"
    " geeignet als ich, sie hat genau diesen Wechsel gemacht.\n\nGruß\nKai",
    "Lo siento, no voy a poder, pero hay dos personas mucho mejor situadas que yo: Marta Lozano"
    " (marta.lozano@brisa.es) y Iker Ugarte (iker.ugarte@brisa.es).\n\nUn saludo,\nKai",
    "Purtroppo non riesco, ma ci sono due colleghi molto più adatti di me: Chiara Fontana"
    " (chiara.fontana@volta.it) e Paolo Greco (paolo.greco@volta.it).\n\nCiao,\nKai",
    "Infelizmente não vou conseguir, mas há duas pessoas bem mais indicadas do que eu: Inês"
    " Matos (ines.matos@ria.pt) e Rui Tavares (rui.tavares@ria.pt).\n\nAbraço,\nKai",
    "Helaas lukt het me niet, maar Femke Bos (femke.bos@polder.nl) is veel beter geschikt dan"
    " ik, zij heeft precies die overstap gemaakt.\n\nGroet,\nKai",
]

# A no, then people to write to in the sender's name.
ON_MY_BEHALF = [
    "I won't be able to help myself, sorry. Omar Castell (omar.castell@lumen.io) runs that"
    " team now - do write to him on my behalf.\n\nKai",
    "Je ne pourrai pas, désolé. Margaux Briand (margaux.briand@velia.fr) connaît ce sujet par"
    " cœur : vous pouvez lui écrire de ma part.\n\nKai",
    "Leider kann ich nicht. Lena Voigt (lena.voigt@ortwin.de) kennt das Thema besser, schreiben"
    " Sie ihr gerne in meinem Namen.\n\nGruß\nKai",
    "No voy a poder, lo siento. Marta Lozano (marta.lozano@brisa.es) lleva ese tema:"
    " escríbele de mi parte.\n\nKai",
    "Purtroppo non posso. Chiara Fontana (chiara.fontana@volta.it) segue proprio questo:"
    " scrivile pure da parte mia.\n\nKai",
    "Infelizmente não posso. A Inês Matos (ines.matos@ria.pt) trata disso: pode escrever-lhe"
    " da minha parte.\n\nKai",
    "Helaas kan ik niet. Femke Bos (femke.bos@polder.nl) weet er alles van, mail haar gerust"
    " namens mij.\n\nKai",
]


@pytest.mark.parametrize("body", BETTER_PLACED + ON_MY_BEHALF)
def test_a_no_that_hands_on_is_a_referral(body: str) -> None:
    verdict = read_reply(body, tz=TZ, date=DATE)
    assert verdict.certain, (verdict.intent, doubt_codes(verdict))
    assert verdict.intent is Intent.REFERRAL
    assert verdict.referrals


# A no that names someone without handing the user on: who they heard from, who is greeted,
# who is better placed at something else. None is a referral.
NEAR_MISSES = [
    "Sorry, I can't take this on. Omar Castell asked me the same last week and I had to say no"
    " to him too.\n\nKai",
    "Je ne pourrai pas, désolé. Transmettez mon bonjour à Margaux Briand de ma part si vous la"
    " croisez.\n\nKai",
    "Leider kann ich nicht. Grüßen Sie Lena Voigt in meinem Namen, falls Sie sie sehen.\n\nKai",
    "No voy a poder, lo siento. Saluda a Marta Lozano de mi parte cuando la veas.\n\nKai",
    "Purtroppo non posso. Salutami Chiara Fontana da parte mia, se la vedi.\n\nKai",
    "Infelizmente não posso. Manda um abraço ao Rui Tavares da minha parte.\n\nKai",
    "Helaas kan ik niet. Doe Femke Bos de groeten namens mij.\n\nKai",
    "I'm afraid I can't. I'm better placed than most to say it's a hard switch, but I have no"
    " time this month.\n\nKai",
]


@pytest.mark.parametrize("body", NEAR_MISSES)
def test_a_no_with_a_name_and_no_hand_on_stays_a_no(body: str) -> None:
    verdict = read_reply(body, tz=TZ, date=DATE)
    assert verdict.intent is not Intent.REFERRAL, doubt_codes(verdict)
    assert not verdict.certain or verdict.intent is Intent.DECLINE, verdict.intent
