"""Round 72 on replies_blind76's one certain and wrong reading (a Riga user, spring 2037):
a Portuguese auto-reply, "Estou em férias e retorno em 4 de maio … não terei acesso ao
e-mail", was read as a certain `other`; "em férias" (beside "de férias") and "não terei acesso
ao e-mail" are absences. Sentences of our own.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import read_reply
from workflows.stages import Intent

RIGA = ZoneInfo("Europe/Riga")
WRITTEN = "Mon, 20 Apr 2037 13:21:00 -0300"
AUTO = "Auto-Submitted: auto-replied\n"


@pytest.mark.parametrize(
    ("body", "back"),
    [
        (
            "Olá,\n\nEstou em férias e retorno em 11 de maio. Durante esse período não terei"
            " acesso ao e-mail.\n\nRafael\n",
            date(2037, 5, 11),
        ),
        ("Olá! Encontro-me em férias e retorno em 11 de maio.\n", date(2037, 5, 11)),
        # "Until" the 11th: back the day after, as the labels' convention reads "away until".
        (
            "Obrigado pela mensagem. Não terei acesso ao e-mail até 11 de maio (segunda-feira).\n",
            date(2037, 5, 12),
        ),
    ],
)
def test_portuguese_holiday_auto_reply_is_an_absence(body: str, back: date) -> None:
    verdict = read_reply(body, tz=RIGA, date=WRITTEN, headers=AUTO)
    assert verdict.intent is Intent.OUT_OF_OFFICE and verdict.certain
    assert verdict.return_date == back


# Near miss: a holiday in the past beside an answer is no absence now.
def test_a_holiday_that_is_over_is_no_absence() -> None:
    body = "Olá! Estive em férias na semana passada, por isso a demora. Pode ser quinta às 10h?\n"
    verdict = read_reply(body, tz=RIGA, date=WRITTEN)
    assert verdict.intent is not Intent.OUT_OF_OFFICE
