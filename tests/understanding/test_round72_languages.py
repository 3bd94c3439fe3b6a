"""Round 72, part O, on replies_blind75's doubted replies in languages other than English.
Sentences of our own, for a user in Karachi (PKT, no summer time), written in March 2037:

- "¡Claro que sí! Déjame mirar la agenda y te contesto mañana": a yes to the chat with the
  answer on the time still to come is a holding note (convention (i)), as "I'll send you some
  times shortly" already was; "I'll answer you tomorrow" is one in each of the seven languages.
- "> - Monday 16 March, 6:00 pm" then "Sì, va benissimo!", the other lines answered "No": the
  quoted line, read alone on the sender's clock, names the user's time by its wall clock.

Left in doubt: blind75 x06 itself (its HTML answer runs on into the signature's street number
and phone, so the yes writes digits of its own), d04 (Arabic) and f05 (Urdu): the reader names
neither language and has no phrases in them (``otherlanguages``).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import assert_read_right, miss_reading, pinned, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

KARACHI = ZoneInfo("Asia/Karachi")
A, OT = Intent.ACCEPT, Intent.OTHER

# The user's outreach of Monday 2 March 2037, quoted under a reply written a day later.
MARCH = (
    "\n\nOn Mon, 2 Mar 2037 at 10:15, Ada Obi <ada@example.com> wrote:\n"
    "> Would one of these suit you? All times are Karachi time (PKT, UTC+5):\n"
    "> - Tuesday 10 March, 5:00 pm\n> - Thursday 12 March, 2:00 pm\n"
    "> - Monday 16 March, 6:00 pm\n>\n> Ada\n"
)
EUROPE = "Tue, 3 Mar 2037 18:40:00 +0100"


def _read(body: str, quote: str = MARCH) -> Verdict:
    return read_reply(body, tz=KARACHI, date=EUROPE, quote=quote)


def _inline(*answers: str) -> str:
    """The outreach's three lines, each with the answer under it, below a greeting."""
    lines = ("Tuesday 10 March, 5:00 pm", "Thursday 12 March, 2:00 pm", "Monday 16 March, 6:00 pm")
    body = "".join(f"> - {line}\n{answer}\n" for line, answer in zip(lines, answers, strict=True))
    return (
        "Ciao Ada, ti rispondo qui sotto:\n\n"
        "> Would one of these suit you? All times are Karachi time (PKT, UTC+5):\n"
        f"{body}\nSaluti\nKai\n"
    )


# A yes to the chat, the answer on the time promised within the day or the next.
HOLDING = [
    "Hola Ada, ¡claro que sí! Déjame revisar la agenda con calma y te contesto mañana.\n\nKai\n",
    "Claro que sí, te respondo mañana con una hora.\n\nKai\n",
    "Hi Ada, sure! Let me check my calendar and get back to you tomorrow.\n\nKai\n",
    "Hi Ada, happy to. I'll answer you tomorrow with a time.\n\nKai\n",
    "Bonjour Ada, avec plaisir ! Je regarde mon agenda et je vous réponds demain.\n\nKai\n",
    "Hallo Ada, gerne! Ich antworte Ihnen morgen.\n\nKai\n",
    "Ciao Ada, volentieri! Ti rispondo domani.\n\nKai\n",
    "Olá Ada, claro! Respondo-te amanhã.\n\nKai\n",
    "Hoi Ada, graag! Ik antwoord je morgen.\n\nKai\n",
]


@pytest.mark.parametrize("body", HOLDING)
def test_yes_with_answer_to_come_holds(body: str) -> None:
    assert_read_right(_read(body), KARACHI, OT, [])


READ = [
    (_inline("No, sono a Berlino.", "No, ho un consiglio.", "Sì, va benissimo!"), A,
     [datetime(2037, 3, 16, 18)]),
    (_inline("No, travelling.", "Sadly no.", "Yes, that works great!"), A,
     [datetime(2037, 3, 16, 18)]),
    (_inline("No, ho un consiglio.", "Sì, va benissimo!", "No, sono via."), A,
     [datetime(2037, 3, 12, 14)]),
    (_inline("No.", "Sì, perfetto!", "No, purtroppo."), A, [datetime(2037, 3, 12, 14)]),
]  # fmt: skip
LEFT = {
    _inline("No.", "Sì, perfetto!", "No, purtroppo."): "the last line's 'No, purtroppo' reads as "
    "a no to the chat (so on main too)",
}


@pytest.mark.parametrize(("body", "intent", "starts"), pinned(READ, LEFT))
def test_inline_yes_under_a_line(body: str, intent: Intent, starts: list[datetime]) -> None:
    assert_read_right(_read(body), KARACHI, intent, starts)


# Near misses: doubted, or certain with nothing booked that should not be.
NEAR_MISSES = [
    # A day or a time named with the yes: the promise of an answer does not book it.
    "Claro que sí, el jueves me va bien y te confirmo mañana.\n\nKai\n",
    "Sure, Thursday could work - let me check and confirm tomorrow.\n\nKai\n",
    # The answer promised for a later day puts the chat off, or is left unread.
    "Sure! I'll answer you tomorrow week.\n\nKai\n",
    "Claro, te contesto la semana que viene.\n\nKai\n",
    # The answer promised when the sender is free waits on no day (a put-off, or a doubt).
    "Certo, volentieri! Ti faccio sapere appena ho un attimo libero.\n\nKai\n",
    "Sure, happy to - I'll get back to you when things are calmer.\n\nKai\n",
    # Two lines answered yes, one of them in words the reader may miss: no single pick.
    _inline("No, sono via.", "Sì, va bene!", "Anche questo va bene!"),
    _inline("Sadly no.", "Works for me!", "Maybe, if Thursday falls through."),
    # A yes under the line with a time of its own, or a question.
    _inline("No.", "No.", "Sì, ma alle 7?"),
    _inline("No.", "No.", "Sì, va bene - o forse un po' più tardi?"),
]  # fmt: skip


@pytest.mark.parametrize("body", NEAR_MISSES)
def test_near_misses_are_safe(body: str) -> None:
    # Certain only with nothing booked (``is_safe``).
    assert miss_reading(_read(body)) != "WRONG"
