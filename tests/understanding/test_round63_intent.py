"""Round 63, part I: holding notes against defers (convention (i)), and clear replies left in doubt.

- A holding note promises the answer shortly ("I'll come back to you tomorrow with something
  firm", "later today", "on the timing") and is `other` with no return date; a reply that
  puts the chat or the answer off to a later period ("next week", "once things calm down",
  "in July") is still a `defer`.
- Clear replies the reader doubted: a no said outright ("I really don't think I'm the right
  person", "I'm going to say no"), someone to write to in Italian ("Scrivi a …") and German
  ("Schreiben Sie ihr direkt: address"), a forwarded introduction that names the user's own
  times to the person introduced, a German request softened by "gern", the user's times
  restated on the sender's clock in a clause about them, a legal footer with an address, a
  maybe that waits ("won't know until Monday - let me confirm then?"), Dutch "kan wel" and
  "ben ik vrij".
- Near misses that must not turn certain: "ben ik niet vrij", "heb ik geen tijd" at a time,
  "talvez eu tenha uma reunião" at the user's time, a hedged "not the right person" beside a
  yes.

Every reply is written on Tuesday 31 May 2033 under the user's two offers (Friday 3 June 11:00,
Tuesday 7 June 15:00, Zurich time). Sentences are our own. Starts are (month, day, hour[,
minute]) on the user's clock.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, is_safe, local_starts, pinned, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

ZURICH = ZoneInfo("Europe/Zurich")
DATE = "Tue, 31 May 2033 09:30:00 +0200"
QUOTE = (
    "\n\nOn Mon, May 30, 2033 at 8:15 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would either of these suit you (Zurich time)?\n"
    "> - Friday 3 June, 11:00\n"
    "> - Tuesday 7 June, 15:00\n"
)
SIG = "\n\nBest,\nKai\n"


def _read(body: str, **envelope: str) -> Verdict:
    return read_reply(body + SIG, tz=ZURICH, date=DATE, quote=QUOTE, **envelope)


def _starts(*starts: tuple[int, ...]) -> list[datetime]:
    return sorted(datetime(2033, *s) for s in starts)


# Convention (i): the answer promised within the day or the next; nothing put off.
HOLDING_NOTES = [
    "got it - I'll run the week past my manager tonight and come back to you tomorrow with"
    " something firm.",
    "Thanks! Let me look at the team calendar and I'll come back to you later today.",
    "Need to square it with my boss first; I'll come back to you this afternoon.",
    "Let me check with our comms team whether I can do this, and I'll revert on the timing.",
    "Saw this - I'll come back to you first thing tomorrow.",
]


@pytest.mark.parametrize("body", HOLDING_NOTES)
def test_holding_note_is_other_with_no_return_date(body: str) -> None:
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.OTHER
    assert verdict.return_date is None
    assert not verdict.proposed_times


# The chat or the answer put off to a later period: still a defer (return date where named).
DEFERS = [
    ("Let me come back to you next week, once I've cleared my desk.", date(2033, 6, 6)),
    ("I'll come back to you in July, after our launch.", date(2033, 7, 1)),
    ("Crazy fortnight here - let me get back to you once things calm down.", None),
    (
        "I have to check whether I'm allowed to do these - I'll get back to you next week.",
        date(2033, 6, 6),
    ),
]


@pytest.mark.parametrize(("body", "back"), DEFERS)
def test_putting_off_to_a_later_period_still_defers(body: str, back: date | None) -> None:
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.DEFER
    assert verdict.return_date == back


# body, intent, starts, referrals (name, email): clear replies, read certain and right.
CLEAR: list[tuple[str, Intent, list[datetime], list[tuple[str, str | None]]]] = [
    (
        "Kind of you to write. I moved into teaching three years ago, so I really don't think"
        " I'm the right person for this any more. I'll stop there - all the best with it!",
        Intent.DECLINE,
        [],
        [],
    ),
    (
        "Both days are out, and so is the rest of the summer - two plant openings. Rather than"
        " keep you waiting I'm going to say no for now. Fingers crossed for you!",
        Intent.DECLINE,
        [],
        [],
    ),
    (
        "Grazie del messaggio! Io mi occupo di finanza, non è il mio campo. Scrivi a Paola"
        " Marchetti (paola.marchetti@example.it), che guida il prodotto, le ho già parlato di te.",
        Intent.REFERRAL,
        [],
        [("Paola Marchetti", "paola.marchetti@example.it")],
    ),
    (
        "Danke für Ihre Nachricht. Ehrlich gesagt ist Jana Roth bei uns die bessere"
        " Ansprechpartnerin, sie hat den Wechsel selbst gemacht. Schreiben Sie ihr gern direkt:\n"
        "jana.roth@example.de",
        Intent.REFERRAL,
        [],
        [("Jana Roth", "jana.roth@example.de")],
    ),
    (
        "Hallo, worum soll es denn genau gehen? Schicken Sie mir gern zwei, drei Sätze zu Ihren"
        " Fragen, dann melde ich mich mit Terminvorschlägen.",
        Intent.OTHER,
        [],
        [],
    ),
    (
        "Gracias por escribir. Tus horarios me caen justo en mi bloque de reuniones (las 11h y"
        " las 15h aquí), así que te propongo el jueves 9 de junio a las 10h o el viernes 10 a"
        " las 16:30, hora de Madrid.\n\nAVISO LEGAL: Este mensaje y sus archivos adjuntos son"
        " confidenciales. Puede ejercer sus derechos en privacidad@example.es.",
        Intent.PROPOSE_TIMES,
        _starts((6, 9, 10), (6, 10, 16, 30)),
        [],
    ),
    (
        "Maybe! Planning season here. Your Tuesday 15:00 could work, but I honestly won't know"
        " until Friday - let me confirm then?",
        Intent.OTHER,
        [],
        [],
    ),
    (
        "Hoi! Vrijdag zit ik in een audit. Donderdag 9 juni kan wel, om half drie.",
        Intent.PROPOSE_TIMES,
        _starts((6, 9, 14, 30)),
        [],
    ),
    (
        "Helaas, vrijdag niet. Woensdag 8 juni om 10 uur ben ik vrij.",
        Intent.PROPOSE_TIMES,
        _starts((6, 8, 10)),
        [],
    ),
]


@pytest.mark.parametrize(("body", "intent", "starts", "referrals"), CLEAR)
def test_clear_reply_is_read_surely(
    body: str,
    intent: Intent,
    starts: list[datetime],
    referrals: list[tuple[str, str | None]],
) -> None:
    verdict = _read(body)
    assert verdict.certain, (verdict.intent, doubt_codes(verdict))
    assert verdict.intent is intent
    assert sorted(local_starts(verdict, ZURICH)) == starts
    assert [(r.name, r.email) for r in verdict.referrals] == referrals


def test_forwarded_introduction_names_the_users_times_for_the_person_introduced() -> None:
    body = (
        "Hi Lena, meet Ada! She's moving into product and I thought of you straight away. Her"
        " times are below (Zurich is our clock too, so Friday 3 June at 11:00 is 11:00 here).\n\n"
        "Ada, Lena Vogel (lena.vogel@example.ch) runs our product team - she'll be a much better"
        " chat than me.\n\nKai\n\n"
        "---------- Forwarded message ---------\n"
        "From: Ada Obi <ada@example.com>\nDate: Mon, May 30, 2033 at 8:15 AM\n"
        "Subject: chat\nTo: Kai Berg <kai@example.com>\n\n"
        "Would either of these suit you (Zurich time)?\n"
        "- Friday 3 June, 11:00\n- Tuesday 7 June, 15:00\n"
    )
    verdict = read_reply(
        body,
        tz=ZURICH,
        date=DATE,
        to="Lena Vogel <lena.vogel@example.ch>",
        headers="Cc: Ada Obi <ada@example.com>\n",
    )
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.REFERRAL
    assert not verdict.proposed_times
    assert [(r.name, r.email) for r in verdict.referrals] == [
        ("Lena Vogel", "lena.vogel@example.ch")
    ]


# Near misses: each must stay in doubt, or be certain with nothing to book.
NEAR_MISSES = [
    # A time the sender is not free at is no offer.
    "Woensdag 8 juni om 10 uur ben ik niet vrij, sorry.",
    "Woensdag 8 juni om 10 uur heb ik geen tijd.",
    "Mittwoch, 8. Juni um 10 Uhr habe ich leider keine Zeit.",
    # "Maybe I have a meeting" at the user's time picks nothing.
    "Talvez eu tenha uma reunião na sexta às 11h.",
    "Pode ser que eu tenha uma reunião na sexta às 11h.",
    # A hedged "not the right person" beside a yes.
    "I don't think I'm the right person but I'm happy to talk. What's a good time?",
    "I'm not going to say no - but which week were you thinking of?",
    # Soon, but for the user to do: no promise of the sender's.
    "Can you come back to me tomorrow with a shorter list?",
    # "Schreiben Sie mir" is the sender's own address, not someone else's.
    "Schreiben Sie mir gern direkt: kai@example.com",
]


@pytest.mark.parametrize("body", NEAR_MISSES)
def test_near_miss_stays_safe(body: str) -> None:
    verdict = _read(body)
    assert is_safe(verdict), (verdict.intent, local_starts(verdict, ZURICH), doubt_codes(verdict))


# Clear to a careful reader, still in doubt: pinned until the reader reads them.
LEFT = {
    "Pode ser na sexta, dia 3, às 11h no seu horário - aqui serão 6h, tranquilo. Terça às 15h"
    " (sua hora) estou em reunião de diretoria, então sexta mesmo.": (
        "'Pode ser na sexta' now offers (round 66 C) and the pick is read, but 'aqui serão 6h'"
        " on the Date header's +02:00 is not 11h said again (two_readings_of_time)"
    ),
    "Diese Woche bin ich leider voll (auch am Freitag um 11 Uhr sitze ich im Ausschuss)."
    " Nächste Woche Mittwoch hätte ich ab 15\nUhr bis 17 Uhr Zeit, oder Donnerstag Vormittag"
    " zwischen 9 und 11 Uhr.": (
        "a refused offer beside two new windows, one hard-wrapped inside its range, is doubted"
        " (one_offer_refused)"
    ),
}
PINNED_ROWS = [
    (
        "Pode ser na sexta, dia 3, às 11h no seu horário - aqui serão 6h, tranquilo. Terça às 15h"
        " (sua hora) estou em reunião de diretoria, então sexta mesmo.",
        Intent.ACCEPT,
        _starts((6, 3, 11)),
    ),
    (
        "Diese Woche bin ich leider voll (auch am Freitag um 11 Uhr sitze ich im Ausschuss)."
        " Nächste Woche Mittwoch hätte ich ab 15\nUhr bis 17 Uhr Zeit, oder Donnerstag Vormittag"
        " zwischen 9 und 11 Uhr.",
        Intent.PROPOSE_TIMES,
        _starts((6, 8, 15), (6, 9, 9)),
    ),
]


@pytest.mark.parametrize(("body", "intent", "starts"), pinned(PINNED_ROWS, LEFT))
def test_clear_reply_still_doubted(body: str, intent: Intent, starts: list[datetime]) -> None:
    verdict = _read(body)
    assert verdict.certain, (verdict.intent, doubt_codes(verdict))
    assert verdict.intent is intent
    assert sorted(local_starts(verdict, ZURICH)) == starts
