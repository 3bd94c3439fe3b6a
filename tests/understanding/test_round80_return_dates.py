"""Round 80, part A (blind83 f05, o03, f04): the day back, and "write to me again then".

"herfstvakantie tot en met zondag\\n6 november": the weekday stood at the end of one line and
its date on the next, so the reader took "zondag" alone (the Sunday after writing) as the last
day away. A weekday wrapped from a day with its month is now read with it, in every language.
"bis einschließlich Freitag, 11. November, … und ab\\nMontag, 14. November, wieder für Sie
erreichbar": the from word ended its line, so the day it opens was never seen as the day back
and the "until" day won. The words before a day are now read across a hard wrap (a blank line
still parts them), "wieder für Sie erreichbar" says back as "wieder erreichbar" does, and a back
word right before the from word ("de retour à partir du") keeps the day the first one back.
Italian "fino a domenica" (no article) is an "until" too. "I'm back in the office on Monday 24
October - could you write to me again then?": "write to me again then" asks the user to write
once back, as "write me again then" did.

Left (blind83 d02): "Niestety w najbliższych tygodniach nie dam rady": in a language beyond
the seven a no beside a time word ("in the coming weeks") stays in doubt; bounded to weeks, it
is close to a "not now", so the rule stays.

Sentences of our own; quotes from the user, Ada Obi, in Bucharest.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding.returns import find_return_date

BUCHAREST = ZoneInfo("Europe/Bucharest")
WRITTEN = date(2039, 10, 28)  # a Friday
SENT = "Fri, 28 Oct 2039 15:03:00 +0200"
OUTREACH = (
    "\n\nOn Mon, 24 Oct 2039 at 07:45, Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai,\n"
    "> Could you spare 30 minutes for a video call in the next weeks?\n"
    ">\n"
    "> Ada\n"
)

# --- The last day away, inclusive, its weekday wrapped from its date: back the day after -----

THROUGH_WRAPPED = [
    "Ik heb herfstvakantie tot en met zondag\n6 november en ben dan offline.",
    "I'm away through Sunday\n6 November with no laptop.",
    "Ich bin bis einschließlich Sonntag,\n6. November im Urlaub.",
    "Je suis en congé jusqu'au dimanche\n6 novembre inclus.",
    "Estoy de vacaciones hasta el domingo\n6 de noviembre incluido.",
    "Sono in ferie fino a domenica\n6 novembre compreso.",
    "Sono in ferie fino al 6 novembre incluso.",
    "Estou de férias até domingo,\n6 de novembro inclusive.",
]


@pytest.mark.parametrize("text", THROUGH_WRAPPED)
def test_inclusive_last_day_gives_the_day_after(text: str) -> None:
    assert find_return_date(text, WRITTEN, day_first=True) == date(2039, 11, 7)


# --- "from <day> back" beats the "until" day before it, the line wrapped after "from" --------

BACK_FROM = [
    "Ich bin bis einschließlich Freitag, 11. November, nicht im Büro und ab\n"
    "Montag, 14. November, wieder für Sie erreichbar.",
    "Ik ben tot en met vrijdag 11 november afwezig en vanaf\nmaandag 14 november weer voor u"
    " bereikbaar.",
    "Je suis absente jusqu'au vendredi 11 novembre inclus et de retour à partir du\n"
    "lundi 14 novembre.",
    "Estoy fuera hasta el viernes 11 de noviembre incluido y a partir del\nlunes 14 de noviembre"
    " estoy de vuelta.",
    "Out through Friday 11 November, back from\nMonday 14 November.",
    "Sono fuori fino all'11 novembre compreso e di nuovo in ufficio da\nlunedì 14 novembre.",
]


@pytest.mark.parametrize("text", BACK_FROM)
def test_day_back_beats_the_until_day(text: str) -> None:
    assert find_return_date(text, WRITTEN, day_first=True) == date(2039, 11, 14)


# --- Near misses: the day after "from" starts the absence; a count is no date ----------------

NEAR = [
    # The absence starts on the 14th; it ends on the 18th inclusive.
    ("Ich bin ab\nMontag, 14. November, im Urlaub, bis einschließlich 18. November.", 19),
    ("Je serai en congé à partir du\nlundi 14 novembre, jusqu'au 18 novembre inclus.", 19),
    # "3 colleagues" after a wrapped weekday is no date: back the day after Friday 4th.
    ("I'm out until Friday\n3 colleagues cover my inbox.", 5),
    ("Ich bin bis Freitag\n3 Kollegen vertreten mich.", 5),
]


@pytest.mark.parametrize(("text", "day"), NEAR)
def test_near_misses_keep_their_day(text: str, day: int) -> None:
    assert find_return_date(text, WRITTEN, day_first=True) == date(2039, 11, day)


# --- "write to me again then": the chat put off to the day back ------------------------------

WRITE_AGAIN_THEN = [
    "I'm at a conference until Friday and then travelling. I'm back in the office on\n"
    "Monday 7 November - could you write to me again then and we'll find a time?\n",
    "Busy fortnight here. Back on Monday 7 November; write to me again then.\n",
]


@pytest.mark.parametrize("body", WRITE_AGAIN_THEN)
def test_write_to_me_again_then_defers(body: str) -> None:
    verdict = read_reply(body, tz=BUCHAREST, date=SENT, quote=OUTREACH)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.DEFER
    assert verdict.return_date == date(2039, 11, 7)


NOT_A_DEFER = [
    # Asked to write now, with times: no putting off; the day stays beside a question.
    "I'm back in the office on Monday 7 November - could you write to me with a few times?\n",
    # A no, bounded to the coming weeks, in a language beyond the seven: stays in doubt.
    "Dzień dobry,\n\nNiestety w najbliższych tygodniach nie dam rady znaleźć czasu na rozmowę."
    "\nPozdrawiam\n",
]


@pytest.mark.parametrize("body", NOT_A_DEFER)
def test_near_misses_stay_in_doubt(body: str) -> None:
    verdict = read_reply(body, tz=BUCHAREST, date=SENT, quote=OUTREACH)
    assert not verdict.certain, verdict.intent
