"""Round 78, part B: offers beside the reasons the user's own times do not suit.

A reply that turns the user's times down often says why, on the sender's clock, before it
offers others: "mon 7pm i teach", "a las 9 tengo consulta", "11:30pm here, a bit late!". Those
reasons were read as offers in a plain statement (`time_in_statement`), so the offers beside
them stayed doubted. Mended: a clause's second day, cut off at its comma, gets its own
conflict ("thu is 8am here = school run, mon 7pm i teach"); "I teach" at a clause's end, a
clinic's or a committee's hours ("tengo consulta", "j'ai un comité"), and ", a bit late" are
the sender's conflict; a German weekday wrapped before its date ("Oder Montag,\\n16. März") is
no numbered list; talk of a clock change after a stop in lower case ("… 10am ET.\\nclocks
jump here …") leaves the offer before the stop alone.

Near misses stay doubted: the sender's routine (office hours, "usually in meetings until 10"),
a job ("I teach UX"), travel plans, a time "a bit early but fine".

Starts are (zone, month, day, hour[, minute]) on the clock the sender means.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import assert_read_right, read_reply
from workflows.stages import Intent

P = Intent.PROPOSE_TIMES
HKG = ZoneInfo("Asia/Hong_Kong")
NYC, BER, MAD, PAR, AKL, LON = (
    "America/New_York", "Europe/Berlin", "Europe/Madrid", "Europe/Paris", "Pacific/Auckland",
    "Europe/London",
)  # fmt: skip

_ASK = (
    "\n\nOn Sun, 1 Mar 2026 at 10:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these suit, in Hong Kong time?\n"
    "> - Tuesday 10 March, 9pm HKT\n"
    "> - Wednesday 11 March, 4pm HKT\n"
    "> - Thursday 12 March, 7:30am HKT\n"
)

# body, Date header, intent, starts.
CLEAR = [
    ("hi ada - none of those are easy. tue is 9am here = too early,\nthu 7:30pm i"
     " teach. could we do mon 16 mar at 8am ET? or tue 17th 9am"
     " ET.\nclocks jump here on sunday so check the HK side\n\nsam\n",
     "Mon, 9 Mar 2026 08:00:00 -0400", P, [(NYC, 3, 16, 8), (NYC, 3, 17, 9)]),
    ("Hallo Ada,\n\nam Dienstag bin ich unterwegs. Ginge Freitag, 13. März, um 10:30 Uhr? Oder"
     " Montag,\n16. März, zwischen 14 und 15 Uhr.\n\nGrüße\nJonas\n",
     "Mon, 9 Mar 2026 09:00:00 +0100", P, [(BER, 3, 13, 10, 30), (BER, 3, 16, 14)]),
    ("Hola Ada:\n\nTus horas me caen mal (a las 10 de la mañana del martes tengo consulta).\n\n"
     "¿Te va bien el viernes 13 a las 9:30 hora de Madrid?\n\nLucía\n",
     "Mon, 9 Mar 2026 09:00:00 +0100", P, [(MAD, 3, 13, 9, 30)]),
    ("Kia ora Ada,\n\nThu 12 Mar: 12:30pm here, a bit late!\n\nCould we do Monday 16 March at"
     " 1pm NZ time?\n\nAroha\n",
     "Mon, 9 Mar 2026 09:00:00 +1300", P, [(AKL, 3, 16, 13)]),
    ("Bonjour Ada,\n\nVos créneaux ne me vont pas : le mercredi à 9h j'ai un comité.\n\nJe vous"
     " propose le vendredi 13 mars à 10h heure de Paris.\n\nJulien\n",
     "Mon, 9 Mar 2026 09:00:00 +0100", P, [(PAR, 3, 13, 10)]),
    ("Hi Ada,\n\nTuesday is 1pm here and I lecture, sorry. How about Friday 13 March at 11am"
     " UK time?\n\nTom\n",
     "Mon, 9 Mar 2026 09:00:00 +0000", P, [(LON, 3, 13, 11)]),
]  # fmt: skip

# body, Date header: a statement of the sender's own beside the offer, which may be one.
NEAR_MISSES = [
    ("Hi Ada,\n\nI fly to Lisbon on Friday at 7am. Thursday 12 March at 4pm, or the week"
     " after.\n",
     "Mon, 9 Mar 2026 09:00:00 +0000"),
    ("Hi Ada,\n\nI teach UX on Monday evenings at 7pm. Wednesday 11 March at 8am UK time.\n",
     "Mon, 9 Mar 2026 09:00:00 +0000"),
    ("Hi Ada,\n\nWed 11 Mar: 8am here, a bit early but fine. Or Friday?\n",
     "Mon, 9 Mar 2026 09:00:00 +0000"),
    ("Hi Ada,\n\nTuesday is 1pm here. I teach. Then Friday 13 March at 11am?\n",
     "Mon, 9 Mar 2026 09:00:00 +0000"),
    pytest.param(
        "Hola Ada:\n\nLos martes a las 10 paso consulta. El viernes 13 a las 9:30 estoy en"
        " casa.\n",
        "Mon, 9 Mar 2026 09:00:00 +0100",
        # Read certain as two offers on main before this round too: a weekly routine ("los
        # martes … paso consulta") taken for an offer. Left for a later round.
        marks=pytest.mark.xfail(strict=True, reason="routine read as an offer (pre-existing)"),
    ),
]  # fmt: skip


def _expected(starts: list[tuple[str | int, ...]]) -> list[datetime]:
    return sorted(
        datetime(2026, *s[1:], tzinfo=ZoneInfo(str(s[0])))  # type: ignore[arg-type]
        .astimezone(HKG)
        .replace(tzinfo=None)
        for s in starts
    )


@pytest.mark.parametrize(("body", "written", "intent", "starts"), CLEAR)
def test_offer_beside_reasons_is_read(
    body: str, written: str, intent: Intent, starts: list[tuple[str | int, ...]]
) -> None:
    verdict = read_reply(body, tz=HKG, date=written, quote=_ASK)
    assert_read_right(verdict, HKG, intent, _expected(starts))


@pytest.mark.parametrize(("body", "written"), NEAR_MISSES)
def test_statement_beside_offer_stays_doubted(body: str, written: str) -> None:
    verdict = read_reply(body, tz=HKG, date=written, quote=_ASK)
    assert not verdict.certain, verdict


def test_table_is_large_enough() -> None:
    assert 10 <= len(CLEAR) + len(NEAR_MISSES) <= 25
