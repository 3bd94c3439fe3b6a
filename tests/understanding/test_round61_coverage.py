"""Round 61 part C on replies_blind63 (coverage): a user in Manila, June 2032, senders across
the date line. Sentences of our own:

- "Your options fall on Monday 6pm, Wednesday 6am and Thursday 4:30pm my time": a list that
  names each of the user's offers back on the sender's clock, each with its own day. Each
  item is held to the user's offer it names, not to the item before it on the list, so the
  last one is no "time said again that misses" (`two_readings_of_time`).
- Near misses: an item that is none of the user's offers (a wrong hour or day), or a clock
  that says the time before again on another day ("Tuesday 9am your time works - that's
  Wednesday 6am here"), stay in doubt.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_near_miss_safe,
    assert_read_right,
    pinned,
    read_reply,
)
from workflows.stages import Intent

MANILA = ZoneInfo("Asia/Manila")
QUOTE = (
    "\n\nOn Thu, Jun 3, 2032 at 5:30 PM Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work? In Manila time (PHT, UTC+8):\n> - Tuesday 8 June, 9:00 am\n"
    "> - Wednesday 9 June, 9:00 pm\n> - Friday 11 June, 7:30 am\n"
)
LOS_ANGELES = "Thu, 3 Jun 2032 08:00:00 -0700"
PARIS = "Thu, 3 Jun 2032 10:00:00 +0200"

# The user's offers are Monday 6pm, Wednesday 6am, Thursday 4:30pm in Los Angeles, and
# Tuesday 3:00, Wednesday 15:00, Friday 1:30 in Paris, Amsterdam, Berlin and Madrid.
LISTED_BACK = [
    (
        "Hi Ada,\n\nYour options fall on Monday 6pm, Wednesday 6am and Thursday 4:30pm my "
        "time, which is tough this week. Would Tuesday 6pm PT suit instead? Thursday 6pm PT "
        "works too.\n\nSam\n",
        LOS_ANGELES,
        [datetime(2032, 6, 9, 9, 0), datetime(2032, 6, 11, 9, 0)],
    ),
    (
        "Hi Ada,\n\nthose times are monday 6pm, wednesday 6am and thursday 4:30pm for me and "
        "I can't make any of them. could we do tuesday 6pm PT?\n\nSam\n",
        LOS_ANGELES,
        [datetime(2032, 6, 9, 9, 0)],
    ),
    (
        "Bonjour Ada,\n\nvos créneaux tombent mardi 3h, mercredi 15h et vendredi 11 à 1h30 "
        "chez moi, ça ne va pas. Jeudi 10 à 11h heure de Paris ?\n\nJulie\n",
        PARIS,
        [datetime(2032, 6, 10, 17, 0)],
    ),
    (
        "Hoi Ada,\n\njouw tijden zijn bij mij dinsdag 3:00, woensdag 15:00 en vrijdag 11 juni "
        "1:30 mijn tijd, dat lukt niet. Kan donderdag 10 juni om 11:00 Amsterdamse tijd?"
        "\n\nGroet,\nSanne\n",
        PARIS,
        [datetime(2032, 6, 10, 17, 0)],
    ),
    (
        "Hallo Ada,\n\nIhre Vorschläge wären Dienstag 3 Uhr, Mittwoch 15 Uhr und Freitag, "
        "11. Juni, 1:30 Uhr meiner Zeit, das geht leider alles nicht. Ginge Donnerstag, 10. "
        "Juni, um 11 Uhr unserer Zeit?\n\nGruß\nJonas\n",
        PARIS,
        [datetime(2032, 6, 10, 17, 0)],
    ),
    (
        "Hola Ada:\n\nTus horarios serían martes 3:00, miércoles 15:00 y viernes 11 a la 1:30 "
        "hora mía, y no me van. ¿Qué tal el jueves 10 a las 11:00 hora de Madrid?"
        "\n\nUn saludo,\nLucía\n",
        PARIS,
        [datetime(2032, 6, 10, 17, 0)],
    ),
    (
        "Hi Ada,\n\nThanks for writing. Your three options come out as Monday 6pm, Wednesday "
        "6am and Thursday 4:30pm on my clock, and none of those is easy. Could we try Tuesday "
        "6pm PT? Thursday 6pm PT would also work.\n\nSam\n",
        LOS_ANGELES,
        [datetime(2032, 6, 9, 9, 0), datetime(2032, 6, 11, 9, 0)],
    ),
]
LISTED_BACK_LEFT = {
    LISTED_BACK[4][0]: "'Freitag, 11. Juni, 1:30 Uhr' is read as half past one in the "
    "afternoon, an offer (`time_in_statement`)",
    LISTED_BACK[5][0]: "'viernes 11 a la 1:30' is read as half past one in the afternoon, "
    "an offer (`time_in_statement`)",
    LISTED_BACK[6][0]: "WRONG on main too: 'come out as … on my clock' is not read as naming "
    "the user's offers back, so all three are taken as offers beside the new ones",
}


@pytest.mark.parametrize(("body", "date", "expected"), pinned(LISTED_BACK, LISTED_BACK_LEFT))
def test_list_naming_the_users_offers_back_is_one_reading(
    body: str, date: str, expected: list[datetime]
) -> None:
    verdict = read_reply(body, tz=MANILA, date=date, quote=QUOTE)
    assert_read_right(verdict, MANILA, Intent.PROPOSE_TIMES, expected)


NEAR_MISSES = [
    # The last item is none of the user's offers (4:30pm is Friday 7:30am PHT).
    (
        "Hi Ada,\n\nYour options fall on Monday 6pm, Wednesday 6am and Thursday 5:30pm my "
        "time, which is tough this week. Would Tuesday 6pm PT suit instead?\n\nSam\n",
        LOS_ANGELES,
        Intent.PROPOSE_TIMES,
    ),
    # A wrong hour in the middle, then a right one after it.
    (
        "Hi Ada,\n\nYour options fall on Monday 6pm, Wednesday 7am and Thursday 4:30pm my "
        "time, which is tough this week. Would Tuesday 6pm PT suit instead?\n\nSam\n",
        LOS_ANGELES,
        Intent.PROPOSE_TIMES,
    ),
    # A wrong day in the middle.
    (
        "Hi Ada,\n\nYour options fall on Monday 6pm, Tuesday 6am and Thursday 4:30pm my "
        "time, which is tough this week. Would Tuesday 6pm PT suit instead?\n\nSam\n",
        LOS_ANGELES,
        Intent.PROPOSE_TIMES,
    ),
    # One time said again on another day: Wednesday 6am is the user's other offer, not Tuesday's.
    (
        "Hi Ada,\n\nTuesday 9am your time works - that's Wednesday 6am here.\n\nSam\n",
        LOS_ANGELES,
        Intent.ACCEPT,
    ),
    (
        "Bonjour Ada,\n\nvos créneaux tombent mardi 3h, mercredi 16h et vendredi 11 à 1h30 "
        "chez moi, ça ne va pas. Jeudi 10 à 11h heure de Paris ?\n\nJulie\n",
        PARIS,
        Intent.PROPOSE_TIMES,
    ),
    # The second pair is off by a day, and "Tuesday" after it is the user's or the sender's.
    (
        "Hi Ada,\n\nYour Tuesday 9am is Monday 6pm for me, and your Wednesday 9pm is Tuesday "
        "6am for me. Tuesday works!\n\nSam\n",
        LOS_ANGELES,
        Intent.ACCEPT,
    ),
]
NEAR_MISSES_LEFT = {
    NEAR_MISSES[5][0]: "certain on main too: 'Tuesday works' is read as the user's Tuesday 9am "
    "though the sender's own (mistaken) Tuesday 6am was named last",
}


@pytest.mark.parametrize(("body", "date", "intent"), pinned(NEAR_MISSES, NEAR_MISSES_LEFT))
def test_list_item_off_its_offer_stays_in_doubt(body: str, date: str, intent: Intent) -> None:
    verdict = read_reply(body, tz=MANILA, date=date, quote=QUOTE)
    assert_near_miss_safe(verdict, MANILA, intent)
