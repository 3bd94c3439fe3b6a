"""Round 47 on replies_blind47 (certain but wrong), as families of wordings.

- Answers written between the user's quoted slots (blind47 p11): a "same day" written before
  the answer's own day is the quoted line's day, and "I'm done at 2" ends the sender's day
  (no time on offer).
- "En la tarde tipo 3" (blind47 s04): Spanish and Portuguese "tipo" is "around" after a day
  or a part of one, so that clock is read, not lost.
- "Prima però: mi mandi il tuo portfolio?" (blind47 x06): a portfolio or profile asked for
  first is a request, and Italian "prima" ("first") is not Dutch "prima" ("fine").

Each table has near misses whose reading stays what it was before the change.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

_TZ = ZoneInfo("America/Sao_Paulo")

_INLINE_DATE = "Tue, 21 Aug 2035 10:02:00 -0500"
_INLINE = (
    "Answers inline.\n\nOn Mon, Aug 20, 2035 at 7:14 AM Ada Obi <ada@example.com> wrote:\n"
    "> Any of these would suit me (BRT):\n>\n> - Thursday 30 Aug, 10:00\n\nno, driving\n\n"
    "> - Tuesday 4 Sep, 16:30\n\n{}\n>\n> Thanks,\n> Ada\n"
)


@pytest.mark.parametrize(
    ("answer", "starts"),
    [
        # blind47 p11's wording.
        (
            "this one's close but I'm done at 2. could do 1pm central same day? or wed 5 sep"
            " 1pm central",
            [datetime(2035, 9, 4, 15), datetime(2035, 9, 5, 15)],
        ),
        (
            "could do 1pm central same day? or wed 5 sep 1pm central",
            [datetime(2035, 9, 4, 15), datetime(2035, 9, 5, 15)],
        ),
        (
            "can't, but 11am central the same day works, or thu 6 sep 11am central",
            [datetime(2035, 9, 4, 13), datetime(2035, 9, 6, 13)],
        ),
        ("I'm done at 2 that day. 1pm central same day?", [datetime(2035, 9, 4, 15)]),
        # Near misses: "same day" after the answer's own day, or no "same day" at all.
        ("wed 5 sep 1pm central instead? same day works too if easier", [datetime(2035, 9, 5, 15)]),
        ("how about 1pm central on wed 5 sep", [datetime(2035, 9, 5, 15)]),
    ],
)
def test_inline_same_day_is_the_quoted_lines_day(answer: str, starts: list[datetime]) -> None:
    verdict = read_reply(_INLINE.format(answer), tz=_TZ, date=_INLINE_DATE)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _TZ) == starts


_LIMA_DATE = "Thu, 04 Oct 2035 07:40:00 -0500"
_CONFIRMED = (
    "\n\nEl lun, 1 oct 2035 a las 16:00, Ada Obi <ada@example.com> escribió:\n"
    "> Great, confirmed for Thursday 4 Oct at 10:30 BRT.\n"
)


@pytest.mark.parametrize(
    ("body", "doubted"),
    [
        # blind47 s04's wording: the afternoon "tipo 3" is a second time, on no day of its own.
        (
            "disculpa se me cruzo algo hoy, podemos hacerlo el lunes 8 a las 9 hora lima? o en"
            " la tarde tipo 3 lima tambien puedo",
            True,
        ),
        ("disculpa, podemos el lunes 8 a las 9? o en la tarde tipo 3 tambien puedo", True),
        ("desculpa, podemos na segunda 8 às 9? ou de tarde tipo 3 também posso", True),
        # Near misses: "tipo" after no day or part of one is a kind, not a clock.
        ("mi hijo tiene diabetes tipo 2, el lunes 8 a las 9 puedo", False),
        ("disculpa, podemos hacerlo el lunes 8 a las 9?", False),
    ],
)
def test_tipo_after_a_part_of_day_is_a_clock(body: str, doubted: bool) -> None:
    verdict = read_reply(body, tz=_TZ, date=_LIMA_DATE, quote=_CONFIRMED)
    assert local_starts(verdict, _TZ)[0] == datetime(2035, 10, 8, 11)
    assert ("time_without_day" in doubt_codes(verdict)) is doubted


_PAOLO_DATE = "Mon, 10 Sep 2035 20:30:00 +0200"
_SLOTS = (
    "\n\nOn Mon, 10 Sep 2035 at 13:52 Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 25 minutes? Any of these would suit me (BRT):\n"
    "> - Wednesday 12 Sep, 11:00\n> - Thursday 13 Sep, 15:00\n"
)


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # blind47 x06's wording.
        (
            "Ciao, sono in viaggio. Prima però: mi mandi il tuo portfolio o il profilo LinkedIn?"
            " Così capisco meglio il tuo percorso.",
            Intent.OTHER,
        ),
        ("Ciao! Prima però, mi mandi il tuo profilo?", Intent.OTHER),
        ("Olá, antes: me manda o seu portfólio?", Intent.OTHER),
        ("Hola, ¿me mandas primero tu portfolio?", Intent.OTHER),
        ("Bonjour, envoyez-moi d'abord votre portfolio ?", Intent.OTHER),
        ("Schicken Sie mir zuerst Ihr Portfolio?", Intent.OTHER),
        ("Stuur me eerst je portfolio?", Intent.OTHER),
        # Near misses: Dutch "prima" is still a yes; the CV ask reads as before.
        ("Prima! Woensdag past.", Intent.ACCEPT),
        ("Ciao, prima però: mi mandi il tuo cv?", Intent.OTHER),
    ],
)
def test_portfolio_asked_first_is_no_yes(body: str, intent: Intent) -> None:
    verdict = read_reply(body, tz=_TZ, date=_PAOLO_DATE, quote=_SLOTS)
    assert verdict.intent is intent
