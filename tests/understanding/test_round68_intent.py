"""Round 68, part I: blind69's intents.

- "I can't take on any more of these right now … wishing you lots of luck": "right now" hints
  at later, but the wish for the road says the sender is not coming back. The wish lacked "lots
  of luck", and the busy no was read as a defer, certain.
- "i'd be no help", "I'd be of little use": the sender's own no, said with "no" or "little".
- "weet mijn collega Sanne de Vries (…) hier veel meer van": the Dutch "knows more", its
  subject between the verb and the rest; "mail haar gerust", "zeg maar dat ik je stuur" send the
  user to them in the sender's name.
- "questo indirizzo non sarà più attivo … scrivimi su marco@…": the sender's own inbox
  elsewhere, for the user to write to (other, as in English and the other languages).
- "Great chatting earlier!": the talk need not be named after the verb for "earlier" to say
  when it was held; it moves nothing.

Every reply is written on Tuesday 21 March 2034 under the user's offers (Friday 24 March 10:00,
Tuesday 28 March 16:00, Helsinki time). Sentences are our own.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

HELSINKI = ZoneInfo("Europe/Helsinki")
DATE = "Tue, 21 Mar 2034 09:30:00 +0100"
QUOTE = (
    "\n\nOn Mon, Mar 20, 2034 at 8:15 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would 20 minutes suit you? Either of these, Helsinki time:\n"
    "> - Friday 24 March, 10:00\n"
    "> - Tuesday 28 March, 16:00\n"
)
SIG = "\n\nKai\n"


def _read(body: str) -> Verdict:
    return read_reply(body + SIG, tz=HELSINKI, date=DATE, quote=QUOTE)


# body, intent, referrals (name, email): read certain and right, with no times.
CLEAR: list[tuple[str, Intent, list[tuple[str, str | None]]]] = [
    (
        "Hey Ada, kind of you to ask. Truthfully I can't take on more of these at the moment,"
        " two kids and a data migration have me swamped. Wishing you loads of luck with it!",
        Intent.DECLINE,
        [],
    ),
    (
        "not my area anymore sorry - i left analytics for the finance team last year so i'd be"
        " no help at all. good luck!",
        Intent.DECLINE,
        [],
    ),
    (
        "Thanks for asking, but I moved out of engineering a while ago and I'd be of little"
        " use to you. Best of luck.",
        Intent.DECLINE,
        [],
    ),
    (
        "Hallo Ada,\n\nLeuk dat je schrijft. Volgens mij weet mijn collega Pieter van Dam"
        "\n(pieter.vandam@example.nl) er een stuk meer over dan ik; hij werkt al jaren met"
        " dbt. Mail hem gerust.",
        Intent.REFERRAL,
        [("Pieter van Dam", "pieter.vandam@example.nl")],
    ),
    (
        "Ciao Ada, a fine mese questo indirizzo non sarà più attivo, cambio lavoro. Scrivimi"
        " pure su kai.berg.personale@example.com e ne parliamo.",
        Intent.OTHER,
        [],
    ),
    (
        "Hi Ada, great talking earlier! Here are the two courses I mentioned. Keep me posted"
        " on how the pipeline project goes.",
        Intent.OTHER,
        [],
    ),
]


@pytest.mark.parametrize(("body", "intent", "referrals"), CLEAR)
def test_clear_reply_is_read_surely(
    body: str, intent: Intent, referrals: list[tuple[str, str | None]]
) -> None:
    verdict = _read(body)
    assert verdict.certain, (verdict.intent, doubt_codes(verdict))
    assert verdict.intent is intent
    assert not verdict.proposed_times
    assert verdict.return_date is None
    assert [(r.name, r.email) for r in verdict.referrals] == referrals


# body, the intent a certain reading must not take: near misses of the cues above.
NEAR_MISSES: list[tuple[str, Intent]] = [
    # Busy now, and a later time named: a defer may be meant, never a certain no.
    (
        "Swamped right now with the migration, but write to me again in May. Wishing you lots"
        " of luck meanwhile!",
        Intent.DECLINE,
    ),
    # "no help on Friday" turns down a day, not the chat.
    ("I'd be no help on Friday, but Tuesday at 16:00 works.", Intent.DECLINE),
    # The sender knows more themselves: no one to refer to.
    ("Ik weet hier zelf niet meer van dan mijn collega Pieter van Dam.", Intent.REFERRAL),
    # "Write to Giulia at …" hands the user on; it is no address of the sender's own.
    ("Scrivi a Giulia Neri, giulia.neri@example.it, lei segue questi temi.", Intent.OTHER),
    # A wish to meet earlier moves the meeting: never a certain "thanks after the chat".
    ("It'd be great chatting earlier in the day - could we do 8am instead?", Intent.OTHER),
    ("Good meeting earlier would suit me better, say 9?", Intent.OTHER),
]


@pytest.mark.parametrize(("body", "wrong"), NEAR_MISSES)
def test_near_miss_is_not_read_as_the_cue(body: str, wrong: Intent) -> None:
    verdict = _read(body)
    assert not (verdict.certain and verdict.intent is wrong), (
        verdict.intent,
        doubt_codes(verdict),
    )
