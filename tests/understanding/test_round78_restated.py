"""Round 78, part D: a pick said again on the sender's clock, and a clash after "but" that
points back.

"Tuesday works - that's 1pm for me" from London to the user's "Tuesday 10 March, 9pm HKT" is
that offer taken: the day picks it and the clock, on the sender's own, is its instant. The
reader read the clock as a time wanting a day (`time_without_day`); now the yes takes the offer
when the clock said again is its instant, and a clock on the sender's side that is not ("per me
sono le 16") leaves the pick in doubt (`offer_restates_another`), in each language. "…, now
we're off daylight saving" beside a time is the clock changing, not the sender away.

"… is 9am here, but I have a board meeting that morning" turns the time before it down as
"and I have a board meeting then" did: a clash after "but", "mais", "pero" or "aber" with a
word that points back ("then", "ce matin-là", "a esa hora", "zu der Zeit") covers the clause
before it. Near misses stay doubted: a clock said again that is not the offer's. A clash about
another day leaves the time before it as the statement alone reads it.

Starts are (zone, month, day, hour[, minute]) on the clock the sender means.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.understanding.reply import assert_read_right, doubt_codes, read_reply
from tests.understanding.test_round78_coverage import _ASK, HKG, _expected
from workflows.stages import Intent

A, P = Intent.ACCEPT, Intent.PROPOSE_TIMES
HK, LON, PAR, MAD, BER = (
    "Asia/Hong_Kong", "Europe/London", "Europe/Paris", "Europe/Madrid", "Europe/Berlin"
)  # fmt: skip

GMT, CET, NZ, BRT = (
    "Mon, 9 Mar 2026 09:00:00 +0000", "Mon, 9 Mar 2026 09:00:00 +0100",
    "Mon, 9 Mar 2026 09:00:00 +1100", "Mon, 9 Mar 2026 09:00:00 -0300",
)  # fmt: skip
TUESDAY = [(HK, 3, 10, 21)]

# body, Date header, intent, starts.
CLEAR = [
    ("Hi Ada,\n\nTuesday suits me - that's 1pm for me. Send the link whenever.\n\nTom\n",
     GMT, A, TUESDAY),
    ("Hi Ada,\n\nTuesday's fine, 1pm my end.\n\nTom\n", GMT, A, TUESDAY),
    ("Bonjour Ada,\n\nMardi me va très bien, ça fait 14h pour moi.\n\nJulien\n", CET, A, TUESDAY),
    ("Hola Ada:\n\nEl martes me viene bien, serían las 14h para mí.\n\nLucía\n", CET, A, TUESDAY),
    ("Hallo Ada,\n\nDienstag passt, das ist bei mir 14 Uhr.\n\nJonas\n", CET, A, TUESDAY),
    ("Ciao Ada,\n\nMartedì va bene, per me sono le 14.\n\nGiulia\n", CET, A, TUESDAY),
    ("Olá Ada,\n\nTerça está ótimo, para mim são 10h.\n\nRui\n", BRT, A, TUESDAY),
    # A bare clock names no half of the day: "1:00" may be the 13:00 the offer is in London.
    ("Hi Ada,\n\nThe Tuesday one please - 1:00 my time is ideal.\n\nTom\n", GMT, A, TUESDAY),
    ("Hi Ada,\n\nWed 11th at 4 your time (7pm here, we're off daylight saving in April) should"
     " work - if the ward gets busy I'll shout.\n\nChloe\n", NZ, A, [(HK, 3, 11, 16)]),
    ("Bonjour Ada,\n\nLe mercredi 11 à 16h (heure de Hong Kong) tombe à 9h heure de Paris, mais"
     " j'ai un comité ce matin-là.\n\nJe vous propose plutôt le vendredi 13 mars à 10h heure de"
     " Paris.\n\nJulien\n", CET, P, [(PAR, 3, 13, 10)]),
    ("Hi Ada,\n\nWednesday 11th at 4pm your time is 8am for me, but I have a board meeting that"
     " morning. Could we do Friday 13 March at 10am UK time instead?\n\nTom\n",
     GMT, P, [(LON, 3, 13, 10)]),
    ("Hola Ada:\n\nEl miércoles 11 a las 16h de Hong Kong son las 9h para mí, pero a esa hora"
     " tengo consulta. ¿Te va el viernes 13 a las 10h hora de Madrid?\n\nLucía\n",
     CET, P, [(MAD, 3, 13, 10)]),
    ("Hallo Ada,\n\nMittwoch, 16 Uhr Ihrer Zeit, ist bei mir 9 Uhr, aber zu der Zeit habe ich"
     " Besprechungen. Ginge Freitag, 13. März, um 10 Uhr deutscher Zeit?\n\nJonas\n",
     CET, P, [(BER, 3, 13, 10)]),
]  # fmt: skip

# body, Date header: which time is meant is unsure, so nothing is booked.
NEAR_MISSES = [
    # The clock said again is not the offer's instant on the sender's clock (1pm in London).
    ("Hi Ada,\n\nTuesday suits me - that's 2pm for me.\n\nTom\n", GMT),
    ("Hi Ada,\n\nTuesday's fine, 3pm my end.\n\nTom\n", GMT),
    ("Bonjour Ada,\n\nMardi me va très bien, 15h chez moi.\n\nJulien\n", CET),
    ("Hallo Ada,\n\nDienstag passt, das ist bei mir 16 Uhr.\n\nJonas\n", CET),
    ("Ciao Ada,\n\nMartedì va bene, per me sono le 16.\n\nGiulia\n", CET),
    ("Olá Ada,\n\nTerça está ótimo, para mim são 11h.\n\nRui\n", BRT),
    # A clock that names its half says one clock, and 1am is not the offer's 13:00.
    ("Hi Ada,\n\nThe Tuesday one please - 1:00am my time is ideal.\n\nTom\n", GMT),
]  # fmt: skip

# body, Date header: the clash is about another day, so it does not turn down the user's
# Wednesday named before it, which is read as that statement alone is (taken).
ANOTHER_DAY = [
    ("Hi Ada,\n\nWednesday 11th at 4pm your time is 8am for me, but on Friday I have a board"
     " meeting that morning.\n\nTom\n", GMT),
    ("Bonjour Ada,\n\nLe mercredi 11 à 16h (heure de Hong Kong) tombe à 9h heure de Paris, mais"
     " vendredi j'ai un comité ce matin-là.\n\nJulien\n", CET),
]  # fmt: skip


@pytest.mark.parametrize(("body", "date", "intent", "starts"), CLEAR)
def test_restated_picks_and_pointed_clashes_read_certain(
    body: str, date: str, intent: Intent, starts: list[tuple[str, int, int, int]]
) -> None:
    verdict = read_reply(body, tz=HKG, date=date, quote=_ASK)
    assert_read_right(verdict, HKG, intent, _expected(starts))


@pytest.mark.parametrize(("body", "date"), ANOTHER_DAY)
def test_a_clash_about_another_day_leaves_the_time_before_it(body: str, date: str) -> None:
    verdict = read_reply(body, tz=HKG, date=date, quote=_ASK)
    assert_read_right(verdict, HKG, A, [datetime(2026, 3, 11, 16)])


@pytest.mark.parametrize(("body", "date"), NEAR_MISSES)
def test_a_clock_off_the_offer_or_a_clash_elsewhere_stays_doubted(body: str, date: str) -> None:
    verdict = read_reply(body, tz=HKG, date=date, quote=_ASK)
    assert not verdict.certain, (verdict.intent, verdict.proposed_times, doubt_codes(verdict))
