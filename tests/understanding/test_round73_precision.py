"""Round 73, part P: three families read certain and wrong last round. Sentences of our own.

- "Gracias, ahora no puedo. Te contesto mañana": a "not now" with the answer promised within
  the day or the next is a holding note (convention (i)), as "can't right now, I'll get back
  to you tomorrow" is; not a decline, nor a defer. In the seven languages.
- "I'm reviewing the plan on Thursday evening", "we have our offsite Tuesday morning": a plain
  statement of the sender's own doing, with no word of an offer anywhere, is no offer of that
  time: in doubt.
- "7:00pm NZX", "3pm SL": capitals right after a clock that name no zone the reader knows
  leave the time on an unknown clock: in doubt.

Near misses that stay certain and right: a true decline, a defer to a later month, a true
offer of a part of the day ("Thursday evening works for me"), a known zone ("3pm SGT").
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import read_reply, reading
from workflows.stages import Intent

BERLIN = ZoneInfo("Europe/Berlin")
SENT = "Tue, 15 Sep 2037 09:00:00 +0200"
QUOTE = (
    "\n\nOn Mon, 14 Sep 2037 at 10:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work for a 30-minute chat? (Berlin time)\n"
    "> - Thursday 17 September, 4:00 pm\n> - Monday 21 September, 11:00 am\n"
)
THU = datetime(2037, 9, 17)
HOLDS = (Intent.OTHER, [])

# (body, the right reading's intent (None: only a doubt is right), its starts on the user's
# clock, whether it must be read certain)
ROWS: list[tuple[str, Intent | None, list[datetime], bool]] = [
    # A "not now" and the answer promised soon: a holding note, in each language.
    ("Gracias, ahora no puedo. Te contesto mañana.", *HOLDS, False),
    ("Perdona, no puedo ahora mismo; te respondo mañana sin falta.", *HOLDS, False),
    ("Ahora no puedo mirarlo, mañana te digo algo.", *HOLDS, False),
    ("Thanks - can't look right now, I'll get back to you tomorrow.", *HOLDS, False),
    ("Sorry, I can't at the moment. I'll answer you tomorrow.", *HOLDS, False),
    ("Can't right now, will reply tonight.", *HOLDS, False),
    ("Danke, ich kann gerade nicht. Ich melde mich morgen.", *HOLDS, False),
    ("Kann im Moment nicht, ich antworte dir morgen.", *HOLDS, False),
    ("Gerade geht es nicht, Sie hören morgen von mir.", *HOLDS, False),
    ("Merci, je ne peux pas maintenant. Je vous réponds demain.", *HOLDS, False),
    ("Je ne peux pas regarder tout de suite, je te réponds ce soir.", *HOLDS, False),
    ("Pas maintenant, je reviens vers vous demain.", *HOLDS, False),
    ("Grazie, ora non posso. Ti rispondo domani.", *HOLDS, False),
    ("Adesso non posso, ti faccio sapere stasera.", *HOLDS, False),
    ("In questo momento non riesco, le rispondo domani.", *HOLDS, False),
    ("Obrigado, agora não posso. Respondo amanhã.", *HOLDS, False),
    ("Agora não consigo, amanhã te respondo.", *HOLDS, False),
    ("Neste momento não posso, respondo-lhe amanhã.", *HOLDS, False),
    ("Bedankt, kan nu niet. Ik laat het je morgen weten.", *HOLDS, False),
    ("Ik kan nu even niet, ik antwoord je morgen.", *HOLDS, False),
    ("Op dit moment lukt het niet, ik kom er morgen op terug.", *HOLDS, False),
    # Near misses: a true no, and a chat put off to a later period.
    ("Gracias, pero no puedo. Mucha suerte.", Intent.DECLINE, [], True),
    ("Lo siento, no puedo ayudarte con esto.", Intent.DECLINE, [], True),
    ("Danke, aber ich kann leider nicht. Viel Erfolg!", Intent.DECLINE, [], True),
    ("Merci, mais je ne peux pas. Bonne continuation.", Intent.DECLINE, [], True),
    ("Grazie, ma non posso. In bocca al lupo.", Intent.DECLINE, [], True),
    ("Obrigado, mas não posso. Boa sorte.", Intent.DECLINE, [], True),
    ("Bedankt, maar ik kan helaas niet. Veel succes.", Intent.DECLINE, [], True),
    ("Thanks, but I can't help, sorry. Good luck!", Intent.DECLINE, [], True),
    ("No puedo ahora ni más adelante, lo siento.", Intent.DECLINE, [], True),
    ("Ahora no puedo, escríbeme el mes que viene.", Intent.DEFER, [], True),
    # The sender's own plans at a part of the day: no offer.
    ("I'm reviewing the plan on Thursday evening.", *HOLDS, False),
    ("We have our offsite Tuesday morning.", *HOLDS, False),
    ("I'm presenting to the board on Friday afternoon.", *HOLDS, False),
    ("Thursday evening I'm at my daughter's recital.", *HOLDS, False),
    ("I'm reading your deck on Wednesday afternoon.", *HOLDS, False),
    ("We're moving offices on Monday morning.", *HOLDS, False),
    ("Am Donnerstagnachmittag präsentiere ich vor dem Vorstand.", *HOLDS, False),
    ("Jeudi soir, je relis le dossier.", *HOLDS, False),
    ("El jueves por la tarde tengo la revisión del plan.", *HOLDS, False),
    ("Giovedì pomeriggio sono in riunione con il consiglio.", *HOLDS, False),
    ("Na quinta à tarde tenho a revisão do plano.", *HOLDS, False),
    ("Donderdagmiddag heb ik een offsite.", *HOLDS, False),
    # Near misses: a part of the day offered in so many words.
    ("Thursday evening works for me.", Intent.PROPOSE_TIMES, [THU.replace(hour=17)], True),
    ("I'm free Tuesday morning.", Intent.PROPOSE_TIMES, [datetime(2037, 9, 22, 9)], True),
    ("How about Friday afternoon?", Intent.PROPOSE_TIMES, [datetime(2037, 9, 18, 13)], True),
    ("Donnerstagnachmittag passt mir.", Intent.PROPOSE_TIMES, [THU.replace(hour=13)], True),
    ("Jeudi soir me convient.", Intent.PROPOSE_TIMES, [THU.replace(hour=17)], True),
    ("Donderdagmiddag komt mij goed uit.", Intent.PROPOSE_TIMES, [THU.replace(hour=13)], True),
    (
        "I'm around Thursday evening if that helps.",
        Intent.PROPOSE_TIMES, [THU.replace(hour=17)], True,
    ),
    # Capitals after a clock that name no zone the reader knows.
    ("How about Thursday 17 September at 7:00pm NZX?", None, [], False),
    ("How about Thursday 17 September at 3pm SL?", None, [], False),
    ("Could we do Friday 18 September, 10am QMX?", None, [], False),
    ("Could we do Friday 18 September at 14:00 JKX?", None, [], False),
    ("Friday 18 September at 9.30am KLW would suit me.", None, [], False),
    ("Monday 21 September works, 11 AM ZQ if possible.", None, [], False),
    ("Could we do Friday 18 September at 3pm HK?", None, [], False),
    # Near misses: a zone the reader knows, and capitals that name none.
    (
        "How about Thursday 17 September at 3pm SGT?",
        Intent.PROPOSE_TIMES, [THU.replace(hour=9)], True,
    ),
    (
        "How about Thursday 17 September at 3pm CEST?",
        Intent.PROPOSE_TIMES, [THU.replace(hour=15)], True,
    ),
    (
        "Thursday 17 September at 3pm SL time would suit me.",
        Intent.PROPOSE_TIMES, [THU.replace(hour=11, minute=30)], True,
    ),
    (
        "Could we do Friday 18 September, 10am PT?",
        Intent.PROPOSE_TIMES, [datetime(2037, 9, 18, 19)], True,
    ),
    (
        "Could we do Friday 18 September at 14:00 CET?",
        Intent.PROPOSE_TIMES, [datetime(2037, 9, 18, 14)], True,
    ),
    ("Thursday 17 September at 4pm OK for you?", Intent.ACCEPT, [THU.replace(hour=16)], True),
    ("THURSDAY 17 SEPTEMBER AT 4PM IS FINE", Intent.ACCEPT, [THU.replace(hour=16)], True),
    (
        "Could we do FRI 18 SEP at 3pm, for 30 MIN?",
        Intent.PROPOSE_TIMES, [datetime(2037, 9, 18, 15)], True,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("body", "intent", "starts", "sure"), ROWS)
def test_read_right_or_in_doubt(
    body: str, intent: Intent | None, starts: list[datetime], sure: bool
) -> None:
    verdict = read_reply(f"{body}\n", tz=BERLIN, date=SENT, quote=QUOTE)
    found = reading(verdict, BERLIN, intent, starts)
    assert found == "right" if sure else found != "WRONG", (found, verdict.intent, verdict.notes)
