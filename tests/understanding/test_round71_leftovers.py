"""Round 71, part L: call-offs and holding notes beyond the seven languages; thanks for a chat.

In the Slavic and Nordic languages the reader names beyond the seven, a plain call-off of the
meeting ("I must cancel our call tomorrow"), with nothing else asked, offered or hedged, is a
cancel; in Polish, Czech and Slovak a holding note ("I'll look at my calendar tomorrow morning
and get back to you", with a "glad to help") is `other`. In English, "thanks for a great chat"
is thanks after the chat held. A call-off that asks to move, names a new day or promises to
come back stays in doubt; so does a holding note with a yes, a day, a month or a question in it,
or one under a meeting already agreed.

Every reply is written on Monday 12 June 2028 to a user in Prague, under the user's two offers
(Wednesday 14 June 10:00 and Thursday 15 June 15:00) or the user's confirmation of Wednesday,
in English or in Czech. Rows are ours, in our own words.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, is_safe, read_reply, reading
from workflows.stages import Intent
from workflows.understanding.otherlanguages import HELD

C, OTH, A, P = Intent.CANCEL, Intent.OTHER, Intent.ACCEPT, Intent.PROPOSE_TIMES

ZONE = ZoneInfo("Europe/Prague")
WHEN = "Mon, 12 Jun 2028 09:10:00 +0200"
OFFERS = (
    "\n\nOn Sun, Jun 11, 2028 at 8:00 PM Tereza Nova <tereza@example.com> wrote:\n"
    "> Hi, would Wednesday 14 June at 10am or Thursday 15 June at 3pm (Prague time)\n"
    "> suit you for a 20-minute chat?\n"
)
AGREED = (
    "\n\nOn Sun, Jun 11, 2028 at 8:00 PM Tereza Nova <tereza@example.com> wrote:\n"
    "> Great, Wednesday 14 June at 10am (Prague time) it is. Talk then!\n"
)
# The user's yes in Czech, over the quote line a Czech mail program writes.
AGREED_CS = (
    "\n\npo 11. 6. 2028 v 20:00 odesílatel Tereza Nová <tereza@example.com> napsal:\n"
    "> Výborně, děkuji! Tak ve středu 14. června v 10:00, pošlu pozvánku.\n"
)

CALL_OFFS = [
    "Dobrý den,\n\nomlouvám se, ale musím bohužel zrušit naši zítřejší schůzku, v práci hoří"
    " termín.\n\nPetr Novák\nProduktový manažer | Brno\n+420 602 111 222",
    "Ahoj,\n\nmusím žiaľ zrušiť naše stretnutie, ochorel mi syn a zostávam s ním doma."
    " Prepáč!\n\nMartin",
    "Dzień dobry,\n\nmuszę niestety odwołać nasze spotkanie, wypadł mi wyjazd służbowy."
    " Przepraszam.\n\nAgnieszka\nTel.: +48 601 234 567",
    "Hej,\n\njeg må desværre aflyse vores møde, jeg er blevet syg. Undskyld!\n\nMette",
    "Hej,\n\njag måste tyvärr ställa in vårt samtal, något har kommit emellan. Förlåt!\n\nAnna",
    "Здравствуйте,\n\nмне придется отменить нашу встречу, я заболел. Извините!\n\nИван",
    "Добрий день,\n\nмені доведеться скасувати нашу зустріч, захворіла дитина. Вибачте!\n\nОлена",
]


@pytest.mark.parametrize("quote", [AGREED, AGREED_CS])
@pytest.mark.parametrize("body", CALL_OFFS)
def test_call_off_is_a_cancel(body: str, quote: str) -> None:
    verdict = read_reply(body, tz=ZONE, date=WHEN, quote=quote)
    assert verdict.certain, (verdict.intent, doubt_codes(verdict))
    assert verdict.intent is C
    assert not verdict.proposed_times


CALL_OFF_MISSES = [
    # A move asked for, a new day, a promise to come back with a time.
    "Musím zrušit náš hovor, můžeme ho přesunout na jindy?\n\nPetr",
    "Musím bohužel zrušit náš zítřejší hovor, ozvu se příští týden s novým termínem.\n\nPetr",
    "Muszę odwołać nasze spotkanie o 10:00, czy 14:00 pasuje?\n\nAga",
    "Muszę odwołać nasze spotkanie, może w przyszłym tygodniu?\n\nAga",
    "Vi måste tyvärr ställa in vårt möte på onsdag, men torsdag går bra.\n\nAnna",
    "Придется отменить нашу встречу, давайте перенесем на пятницу.\n\nИван",
    # "We need not cancel our call, I'll only be a little late."
    "Nemusíme rušit náš hovor, jen se o chvíli zpozdím.\n\nPetr",
    # "I can't cancel our meeting": no must, and the meeting stands.
    "Nemohu zrušit naši schůzku, jen ji chci zkrátit.\n\nPetr",
]


@pytest.mark.parametrize("body", CALL_OFF_MISSES)
def test_call_off_near_miss_stays_in_doubt(body: str) -> None:
    verdict = read_reply(body, tz=ZONE, date=WHEN, quote=AGREED)
    assert not verdict.certain, (verdict.intent, verdict.proposed_times)


HOLDS = [
    "Dobrý deň,\n\nvďaka za mail, rád pomôžem. Som práve na cestách, dnes večer si pozriem"
    " kalendár a ozvem sa.\n\nPeter",
    "Dobrý den,\n\ndíky za zprávu, rád pomohu. Zítra se podívám do kalendáře a ozvu se vám.\n\nJan",
    "Cześć,\n\ndzięki, chętnie pomogę! Jutro sprawdzę kalendarz i dam znać.\n\nKasia",
]


@pytest.mark.parametrize("body", HOLDS)
def test_holding_note_is_other(body: str) -> None:
    verdict = read_reply(body, tz=ZONE, date=WHEN, quote=OFFERS)
    assert verdict.certain, (verdict.intent, doubt_codes(verdict))
    assert verdict.intent is OTH
    assert not verdict.proposed_times


HOLD_MISSES = [
    # A yes to a time beside the note: it may accept.
    "Zajtra ráno mi to vyhovuje, ale ešte si pozriem kalendár a ozvem sa.\n\nPeter",
    # The answer put off to next week or to a month, a day asked about, a clock.
    "Podívám se do kalendáře a ozvu se příští týden.\n\nJan",
    "Bohužel teď nemám čas, podívám se do kalendáře a ozvu se v listopadu.\n\nJan",
    "Sprawdzę kalendarz i dam znać, czy czwartek mi pasuje.\n\nKasia",
    "Pozriem kalendár a ozvem sa, hodí sa vám streda?\n\nPeter",
    "Sprawdzę kalendarz i dam znać o 18:00.\n\nKasia",
]


@pytest.mark.parametrize("body", HOLD_MISSES)
def test_holding_near_miss_is_no_holding_note(body: str) -> None:
    # Doubted, or read some other way that books nothing ("… in November" puts the chat off,
    # "does Wednesday suit you?" asks the user).
    verdict = read_reply(body, tz=ZONE, date=WHEN, quote=OFFERS)
    assert is_safe(verdict), (verdict.intent, verdict.proposed_times)
    assert HELD not in verdict.notes


def test_holding_note_under_an_agreed_meeting_stays_in_doubt() -> None:
    # It may be about moving the meeting agreed.
    body = "Zítra se podívám do kalendáře a ozvu se.\n\nJan"
    verdict = read_reply(body, tz=ZONE, date=WHEN, quote=AGREED)
    assert not verdict.certain, (verdict.intent, doubt_codes(verdict))


THANKS = [
    "Hi Tereza,\n\nThanks for a great chat yesterday! Here is the reading list I mentioned:"
    " https://example.org/reading-list\n\nGood luck with the applications!\n\nNaledi",
    "Hi,\n\nThank you so much for a really helpful conversation. Keep me posted on how it goes."
    "\n\nSam",
    "Thanks again for such a lovely coffee - say hi to the team.\n\nJo",
]


@pytest.mark.parametrize("body", THANKS)
def test_thanks_for_a_chat_held_is_other(body: str) -> None:
    verdict = read_reply(body, tz=ZONE, date=WHEN, quote=AGREED)
    assert verdict.certain, (verdict.intent, doubt_codes(verdict))
    assert verdict.intent is OTH
    assert not verdict.proposed_times


WED = [datetime(2028, 6, 14, 10, tzinfo=ZONE)]
# body, right reading, its starts: each read right or doubted.
THANKS_MISSES = [
    ("Thanks for a great chat invite! Wednesday at 10 works for me.\n\nSam", A, WED),
    (
        "Thanks for a great chat idea - could we do Thursday 15 June at 4pm instead?\n\nSam",
        P,
        [datetime(2028, 6, 15, 16, tzinfo=ZONE)],
    ),
    ("Thanks for a lovely call offer. Wednesday 10am is perfect.\n\nSam", A, WED),
]


@pytest.mark.parametrize(("body", "intent", "starts"), THANKS_MISSES)
def test_thanks_near_miss_is_safe(body: str, intent: Intent, starts: list[datetime]) -> None:
    verdict = read_reply(body, tz=ZONE, date=WHEN, quote=OFFERS)
    assert reading(verdict, ZONE, intent, starts) != "WRONG", (
        verdict.intent,
        verdict.proposed_times,
    )
