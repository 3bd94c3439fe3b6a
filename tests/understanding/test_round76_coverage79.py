"""Round 76, part B, on replies_blind79's doubted readings: a user in Taipei, early 2038.

Sentences of our own, quoted from "Ada Obi <ada@example.com>", whose offers are on Taipei's
clock (Thursday 25 February 21:00, Wednesday 3 March 09:00):

- Read surely now: two offers named back on the user's clock as a list after one "for you"
  ("Bei Ihnen wäre das 21 Uhr bzw. 16 Uhr", "for you that would be 9pm or 4pm", "pour vous
  ce serait 21h ou 16h"): the second clock is the user's too, and both bear out the offers.
- Read surely now: a yes with its clock, then a correction whose clash points back at that
  day ("oh wait, I have a dinner that night", "an dem Abend habe ich Chorprobe", "esa noche
  tengo una cena") and a later time put "instead": only the later time stands.
- Near misses that stay doubted: a restated clock that is no offer's instant on the user's
  clock, a clock after "or" that is a new offer, a correction with no "instead" or with "also",
  a day pointed back at that is free ("I'm free that night").
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

TAIPEI = ZoneInfo("Asia/Taipei")
QUOTE = (
    "\n\nOn Mon, 22 Feb 2038 at 09:15, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work? (Taipei time, GMT+8)\n"
    "> - Thursday 25 February, 21:00\n> - Wednesday 3 March, 09:00\n"
)
# Tuesday 23 February 2038, from Berlin (CET, +01:00) and from Seoul (KST, +09:00).
BERLIN = "Tue, 23 Feb 2038 08:12:00 +0100"
SEOUL = "Tue, 23 Feb 2038 08:55:00 +0900"
# Thursday 4 March 14:00 CET and Friday 5 March 09:00 CET, on Taipei's clock.
THU_4 = datetime(2038, 3, 4, 21, 0)
FRI_5 = datetime(2038, 3, 5, 16, 0)
# Friday 26 February 17:00 KST, on Taipei's clock.
FRI_26 = datetime(2038, 2, 26, 16, 0)


def _read(line: str, date: str) -> Verdict:
    return read_reply(f"Hi Ada,\n\n{line}\n\nKai\n", tz=TAIPEI, date=date, quote=QUOTE)


@pytest.mark.parametrize(
    "line",
    [
        "Passt es Donnerstag, 4. März, um 14 Uhr MEZ oder Freitag, 5. März, um 9 Uhr? "
        "Bei Ihnen wäre das 21 Uhr bzw. 16 Uhr.",
        "Passt es Donnerstag, 4. März, um 14 Uhr MEZ oder Freitag, 5. März, zwischen 9 und "
        "10 Uhr? Bei Ihnen wäre das 21 Uhr bzw. 16–17 Uhr.",
        "Passt es Donnerstag, 4. März, um 14 Uhr MEZ oder Freitag, 5. März, um 9 Uhr? "
        "Bei Ihnen wäre das 21 Uhr und 16 Uhr.",
        "Could you do Thursday 4 March at 2pm CET or Friday 5 March at 9am CET? "
        "For you that would be 9pm or 4pm.",
        "Vous conviendrait-il jeudi 4 mars à 14h ou vendredi 5 mars à 9h ? "
        "Pour vous ce serait 21h ou 16h.",
        "¿Te va el jueves 4 de marzo a las 14:00 o el viernes 5 de marzo a las 9:00? "
        "Para ti serían las 21 h o las 16 h.",
    ],
)
def test_two_offers_restated_as_a_list_for_the_user_are_read(line: str) -> None:
    verdict = _read(line, BERLIN)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert sorted(local_starts(verdict, TAIPEI)) == [THU_4, FRI_5]


@pytest.mark.parametrize(
    "line",
    [
        # 15 Uhr in Taipei is 8 Uhr in Berlin: one of the two clocks is wrong.
        "Passt es Donnerstag, 4. März, um 14 Uhr MEZ oder Freitag, 5. März, um 9 Uhr? "
        "Bei Ihnen wäre das 21 Uhr bzw. 15 Uhr.",
        "Could you do Thursday 4 March at 2pm CET or Friday 5 March at 9am CET? "
        "For you that would be 9pm or 5pm.",
        # A clock after "or" that is worded as an offer of its own.
        "Could you do Thursday 4 March at 2pm CET or Friday 5 March at 9am CET? "
        "For you that would be 9pm, or 4pm works too.",
        # One offer, two clocks for the user: which one is it?
        "Could you do Thursday 4 March at 2pm CET? For you that would be 9pm or 10pm.",
    ],
)
def test_restated_list_that_does_not_bear_out_stays_doubted(line: str) -> None:
    verdict = _read(line, BERLIN)
    assert not verdict.certain, local_starts(verdict, TAIPEI)


@pytest.mark.parametrize(
    "line",
    [
        "Thursday the 25th is good, 10pm my time... oh wait, I just looked and I have a team "
        "dinner that night. Could we do Friday the 26th at 5pm KST instead?",
        "Thursday the 25th at 10pm KST works. Oh wait, I'm at a workshop that evening. "
        "Could you do Friday 26 February at 5pm KST instead?",
        "Donnerstag, der 25., um 22 Uhr KST passt. Ach nein, an dem Abend habe ich Chorprobe. "
        "Ginge stattdessen Freitag, der 26. Februar, um 17 Uhr KST?",
        "El jueves 25 a las 22 h KST me va bien. Pensándolo mejor, esa noche tengo una cena. "
        "¿Podemos el viernes 26 de febrero a las 17 h KST en su lugar?",
    ],
)
def test_yes_taken_back_by_a_clash_that_points_back_is_read(line: str) -> None:
    verdict = _read(line, SEOUL)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, TAIPEI) == [FRI_26]


@pytest.mark.parametrize(
    "line",
    [
        # Free that evening, and "also": the later time joins the earlier one.
        "Thursday 25th works, that's 10pm my time... oh wait, I'm free that evening too. "
        "Could we also do Friday the 26th at 5pm KST?",
        # No "instead": the later time may be beside the earlier, or in its place.
        "Thursday 25th works, that's 10pm my time... oh wait, I have a dinner that night. "
        "Could we do Friday the 26th at 5pm KST?",
        "Thursday 25th works, that's 10pm my time... oh wait, I have a dinner that night. "
        "Friday the 26th at 5pm KST also works.",
        # The day pointed back at is free: no clash takes the yes back.
        "Thursday 25th works, that's 10pm my time... oh wait, I'm free that night. "
        "Could we do Friday the 26th at 5pm KST instead?",
    ],
)
def test_correction_without_a_clash_in_place_stays_doubted(line: str) -> None:
    verdict = _read(line, SEOUL)
    assert not verdict.certain, local_starts(verdict, TAIPEI)
    assert "reply_corrects_itself" in doubt_codes(verdict)


@pytest.mark.xfail(
    strict=True,
    reason="'ce soir-là j'ai un dîner' is read as a time in a plain statement beside the offer "
    "(time_in_statement), as before the correction was read",
)
def test_french_yes_taken_back_by_a_clash_that_points_back() -> None:
    verdict = _read(
        "Le jeudi 25 à 22h KST me va. En fait, non, ce soir-là j'ai un dîner. "
        "Plutôt le vendredi 26 février à 17h KST ?",
        SEOUL,
    )
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, TAIPEI) == [FRI_26]
