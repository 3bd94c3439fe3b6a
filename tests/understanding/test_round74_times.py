"""Round 74 on replies_blind77 (times): a user in Montevideo, spring 2037 (no clock change).

A bare number after a weekday ("jueves 13", "Donnerstag 13", "Thursday 13") is the day of
the month or the hour. Sentences of our own:

- Read right where the words make it an hour: "tipo 13" after a day (the 24-hour clock too),
  "13 hs" (the River Plate's "h"), "a eso de las 13".
- Doubted where they do not: a weekday with a bare number listed beside another offer ("… or
  Tuesday 13?") that gave no offered time on that weekday.
- Near misses that stay as they were: the user's offers named back ("jueves 9 o el viernes
  10, pero no me sirven"); "dura tipo 2 hs" counts hours; "El jueves 1 no puedo"
  names a refused day, listed with nothing; "martes 13 a las 10" is a date and its clock.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

MONTEVIDEO = ZoneInfo("America/Montevideo")
QUOTE = (
    "\n\nOn Thu, 24 Sep 2037 at 18:20, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work? Montevideo time:\n> - Thursday 1 October, 09:00\n"
)
# Monday 28 September 2037: Wednesday is the 30th, Thursday 1 October, Tuesday 13 October.
WRITTEN = "Mon, 28 Sep 2037 08:50:00 -0300"
WED = datetime(2037, 9, 30, 18, 30)
THU = datetime(2037, 10, 1, 13, 0)


def _read(line: str) -> Verdict:
    body = f"Hola Ada,\n\n{line}\n\nSaludos,\nNico\n"
    return read_reply(body, tz=MONTEVIDEO, date=WRITTEN, quote=QUOTE)


@pytest.mark.parametrize(
    ("line", "starts"),
    [
        # "tipo" after a day, on the 24-hour clock, with or without "hs".
        (
            "¿Te va bien el miércoles a las 18:30 o el jueves tipo 13 hs, en el almuerzo?",
            [WED, THU],
        ),
        ("¿Podés el miércoles a las 18:30 o el jueves tipo 13?", [WED, THU]),
        ("¿El miércoles tipo 18:30 o el jueves tipo 13?", [WED, THU]),
        ("¿Te queda bien el jueves tipo 13 hs?", [THU]),
        # A small hour after "tipo" is still the working day's.
        ("¿El miércoles a las 18:30 o el jueves tipo 1 hs?", [WED, THU]),
        ("¿El miércoles a las 18:30 o el jueves a eso de las 13?", [WED, THU]),
        ("¿El miércoles a las 18:30 o el jueves a las 13 hs?", [WED, THU]),
    ],
)
def test_rough_or_marked_hour_after_a_day_is_read(line: str, starts: list[datetime]) -> None:
    verdict = _read(line)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert sorted(local_starts(verdict, MONTEVIDEO)) == starts
    assert not verdict.doubts


@pytest.mark.parametrize(
    "line",
    [
        # Tuesday is the 13th: the 13th at an unsaid time, or Tuesday at one.
        "Could we do Monday 18:30 or Tuesday 13?",
        "Could we do Monday 12 at 18:30 or Tuesday 13?",
        "¿Te sirve el lunes a las 18:30 o el martes 13?",
        "Ginge Montag 18:30 oder Dienstag 13?",
        # Thursday is not the 13th: a slip in the date, or one o'clock.
        "Could we do Wednesday 18:30 or Thursday 13?",
    ],
)
def test_listed_weekday_with_bare_number_is_doubted(line: str) -> None:
    verdict = _read(line)
    assert verdict.doubts, local_starts(verdict, MONTEVIDEO)


@pytest.mark.parametrize(
    ("line", "starts"),
    [
        # A refused day named with its date, listed with nothing.
        (
            "El jueves 1 no puedo. ¿Te sirve el viernes 2 a las 12:00 o el lunes 5 a las 10?",
            [datetime(2037, 10, 2, 12, 0), datetime(2037, 10, 5, 10, 0)],
        ),
        # The user's own offers named back, refused: no offer of the sender's left out.
        (
            "Me propusiste jueves 9 o el viernes 10, pero no me sirven. ¿El viernes 2 a las 10?",
            [datetime(2037, 10, 2, 10, 0)],
        ),
        # The date, then its clock.
        ("¿Te sirve el martes 13 a las 10?", [datetime(2037, 10, 13, 10, 0)]),
        ("Could we do Thursday 1 October at 10?", [datetime(2037, 10, 1, 10, 0)]),
    ],
)
def test_weekday_with_its_date_stays_read(line: str, starts: list[datetime]) -> None:
    verdict = _read(line)
    assert sorted(local_starts(verdict, MONTEVIDEO)) == starts
    assert not verdict.doubts


# "2 hs" after "dura tipo" counts hours: not read as a clock, and not left silently either.
def test_hours_counted_with_hs_are_no_clock() -> None:
    verdict = _read("La charla dura tipo 2 hs, ¿te sirve el jueves a las 10?")
    assert local_starts(verdict, MONTEVIDEO) == [datetime(2037, 10, 1, 10, 0)]
    assert "time_unread" in doubt_codes(verdict)


# A legal footer's "subject to legal privilege" holds no yes back; "subject to legal sign-off"
# in the reply still does.
NZ_WRITTEN = "Fri, 25 Sep 2037 10:47:00 +1200"
FOOTER = (
    "\n\nNOTICE: this e-mail may be confidential and subject to legal privilege. If it reached "
    "you by mistake, please tell us and delete it."
)


@pytest.mark.parametrize(
    ("line", "pending"),
    [
        ("Would Tuesday 29 September at 8:30am NZ time suit?\n\nCheers,\nMere" + FOOTER, False),
        ("Tuesday 29 September at 8:30am NZ time works, subject to legal sign-off.", True),
        ("Tuesday 29 September at 8:30am NZ time works, subject to my manager's okay.", True),
    ],
)
def test_disclaimer_privilege_is_no_pending_yes(line: str, pending: bool) -> None:
    verdict = read_reply(f"Hi Ada,\n\n{line}\n", tz=MONTEVIDEO, date=NZ_WRITTEN, quote=QUOTE)
    # 8:30 in Auckland on its summer clock (from 27 September) is 16:30 the day before here.
    assert local_starts(verdict, MONTEVIDEO) == [datetime(2037, 9, 28, 16, 30)]
    assert ("yes_still_pending" in doubt_codes(verdict)) is pending
