"""Round 69 part C on replies_blind71: offers said again on the other clock.

A user in Adelaide (a half-hour zone) in spring 2035: New Zealand's clocks go forward on 30
September, Adelaide's and Sydney's on 7 October, Europe's back on 28 October, America's on 4
November. A sender offers (or picks) a time on one clock and says it again on the other: in
brackets ("(8:30am yours)"), after a slash, in the next sentence ("Para mí será el martes 30 a
las 22:00"), or inside talk of the clock change ("we go onto daylight time on the 30th, so
that one should be 9:30am for you", "per lei dovrebbero essere le 19:00 e le 17:30, visto che
torniamo all'ora solare"). Said again right, under the offsets of the meeting's day, the
restatement only confirms the offer; said again wrong (another instant, two offers said again
in swapped order, a clock for an offer never made) one of the two clocks is misread, and the
reply stays in doubt. Conflicts beside the offers ("is family dinner", "habe ich leider schon
…", "ho il comitato") are the sender's own time, no offer. Starts are on the user's clock.
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

ADELAIDE = ZoneInfo("Australia/Adelaide")
A, P = Intent.ACCEPT, Intent.PROPOSE_TIMES

# The user's outreach, on the user's clock, in three waves.
_SEPTEMBER = (
    "\n\nOn Mon, 17 Sept 2035 at 08:40, Ada Obi <ada@example.com> wrote:\n"
    "> Might you have 20 minutes for a chat? Times are Adelaide time (ACST, UTC+9:30):\n"
    "> - Thursday 20 September, 4:30pm\n> - Tuesday 25 September, 12:00pm\n"
    "> - Friday 28 September, 8:00am\n"
)
_OCTOBER = (
    "\n\nOn Mon, 22 Oct 2035 at 07:50, Ada Obi <ada@example.com> wrote:\n"
    "> Might you have 20 minutes for a chat? Times are Adelaide time (ACDT, UTC+10:30):\n"
    "> - Thursday 25 October, 5:00pm\n> - Tuesday 30 October, 6:30pm\n"
    "> - Wednesday 31 October, 7:30am\n"
)
_NOVEMBER = (
    "\n\nOn Tue, 30 Oct 2035 at 21:05, Ada Obi <ada@example.com> wrote:\n"
    "> Might you have 20 minutes for a chat? Times are Adelaide time (ACDT, UTC+10:30):\n"
    "> - Friday 2 November, 8:00am\n> - Tuesday 6 November, 7:30am\n"
    "> - Thursday 8 November, 9:00am\n"
)
_EARLY_OCTOBER = (
    "\n\nOn Tue, 2 Oct 2035 at 19:15, Ada Obi <ada@example.com> wrote:\n"
    "> Might you have 20 minutes for a chat? Times are Adelaide time:\n"
    "> - Friday 5 October, 3:00pm (ACST)\n> - Tuesday 9 October, 10:00am (ACDT)\n"
    "> - Thursday 11 October, 5:30pm (ACDT)\n"
)
# Each setting: the Date header and the quoted outreach.
SETTINGS = {
    "auckland": ("Tue, 18 Sep 2035 13:40:00 +1200", _SEPTEMBER),
    "rome": ("Wed, 24 Oct 2035 08:50:00 +0200", _OCTOBER),
    "madrid": ("Mon, 22 Oct 2035 19:30:00 +0200", _OCTOBER),
    "berlin": ("Tue, 23 Oct 2035 09:14:00 +0200", _OCTOBER),
    "paris": ("Tue, 23 Oct 2035 10:05:00 +0200", _OCTOBER),
    "amsterdam": ("Tue, 23 Oct 2035 11:20:00 +0200", _OCTOBER),
    "lisbon": ("Tue, 23 Oct 2035 09:40:00 +0100", _OCTOBER),
    "london": ("Wed, 24 Oct 2035 09:00:00 +0100", _OCTOBER),
    "sanfrancisco": ("Thu, 01 Nov 2035 09:30:00 -0700", _NOVEMBER),
    "brisbane": ("Thu, 04 Oct 2035 09:00:00 +1000", _EARLY_OCTOBER),
}

_NZ_TWO = (
    "Kia ora Ada,\n\nWould Wednesday 26 September at 11am NZ time suit (8:30am yours)? Or "
    "Tuesday 2 October at 1pm NZ time - our clocks go forward on the 30th, so that one should "
    "be {second} your time.\n\nNgā mihi,\nHemi\n"
)
_IT_TWO = (
    "Buongiorno Ada,\n\nle propongo martedì 30 ottobre alle 9:30 (ora italiana) oppure "
    "mercoledì{wrap}31 alle 8:00 – per lei dovrebbero essere {said}, visto che da domenica "
    "torniamo all'ora solare.\n\nCordiali saluti,\nGiulia\n"
)
_ES_PICK = (
    "Hola Ada:\n\nEl miércoles 31 a las 7:30 de tu hora me va perfecto. Para mí será {said} "
    "(ya con la hora de invierno), así que sin problema.\n\n¡Hasta pronto!\nLucía\n"
)
_SF_TWO = (
    "Hi Ada - sure thing. Today 2:30 is out (I'm teaching 2-4pm PT). How about Tuesday Nov 6 at "
    "2pm PT / {said} your time? Or Wednesday the 7th at 1:30pm PT.\n\nPriya\n"
)
_LONDON_TWO = (
    "Hi Ada,\n\nCould we do Monday 29 October at 9am or Tuesday 30 October at 10am, London "
    "time? Our clocks go back on Sunday, so for you those are {said}.\n\nBest,\nTom\n"
)

_DE_OWN_CLOCK = (
    "Hallo Ada,\n\nginge Montag, 29. Oktober, um 9:30 Uhr unserer Zeit? Bei Ihnen dann "
    "19:00 Uhr, weil wir am Sonntag die Uhren zurückstellen.\n\nViele Grüße\nJonas\n"
)
_NL_OWN_CLOCK = (
    "Hoi Ada,\n\nkan dinsdag 30 oktober om 9:30 onze tijd? Voor jou is dat dan 19:00, want "
    "wij schakelen zondag over op wintertijd.\n\nGroet,\nSanne\n"
)
_OWN_CLOCK_LEFT = (
    "'our time' is read on the Date header's summer offset; the user's clock said again in"
    " the next sentence, which places the sender on winter time, does not move it (doubted)"
)
# Body, setting, intent (None: a near miss, to stay in doubt), starts on the user's clock.
ROWS: list[tuple[str, str, Intent | None, list[tuple[int, ...]]]] = [
    # Said again inside talk of the change, right under the offsets of the day.
    (_NZ_TWO.format(second="9:30am"), "auckland", P, [(9, 26, 8, 30), (10, 2, 9, 30)]),
    (
        _IT_TWO.format(wrap=" ", said="le 19:00 e le 17:30"),
        "rome",
        P,
        [(10, 30, 19, 0), (10, 31, 17, 30)],
    ),
    # A hard wrap between the weekday and its day number and clock.
    (
        _IT_TWO.format(wrap="\n", said="le 19:00 e le 17:30"),
        "rome",
        P,
        [(10, 30, 19, 0), (10, 31, 17, 30)],
    ),
    (
        _LONDON_TWO.format(said="7:30pm and 8:30pm"),
        "london",
        P,
        [(10, 29, 19, 30), (10, 30, 20, 30)],
    ),
    # A pick on the user's clock, said again on the sender's with its own day.
    (_ES_PICK.format(said="el martes 30 a las 22:00"), "madrid", A, [(10, 31, 7, 30)]),
    # After a slash, across the date line and the US change.
    (_SF_TWO.format(said="8:30am Wednesday"), "sanfrancisco", P, [(11, 7, 8, 30), (11, 8, 8, 0)]),
    # Conflicts beside the offers: the sender's own time.
    (
        "Kia ora Ada,\n\nThursday 6pm my time is family dinner, sorry. Would Wednesday 26 "
        "September at 10am NZ time work (7:30am yours)?\n\nHemi\n",
        "auckland",
        P,
        [(9, 26, 7, 30)],
    ),
    (
        "Hallo Ada,\n\nDonnerstag früh um 8:30 Uhr habe ich leider schon eine Teamrunde. Ich "
        "könnte Ihnen Montag, den 29. Oktober, um 8:30 Uhr anbieten (unsere Zeit, dann "
        "schon MEZ).\n\nViele Grüße\nJonas\n",
        "berlin",
        P,
        [(10, 29, 18, 0)],
    ),
    (
        "Buongiorno Ada,\n\ngiovedì mattina ho il comitato di reparto. Le andrebbe martedì 30 "
        "ottobre alle 10:00, ora italiana?\n\nCordiali saluti,\nGiulia\n",
        "rome",
        P,
        [(10, 30, 19, 30)],
    ),
    # Said again in its own sentence, on the user's side, the day after the change.
    (
        _DE_OWN_CLOCK,
        "berlin",
        P,
        [(10, 29, 19, 0)],
    ),
    (
        "Bonjour Ada,\n\nje vous propose mardi 30 octobre à 9h30 (heure de Paris). Pour vous, "
        "ce sera 19h, puisque nous passons à l'heure d'hiver dimanche.\n\nBien à vous,\n"
        "Claire\n",
        "paris",
        P,
        [(10, 30, 19, 0)],
    ),
    (
        _NL_OWN_CLOCK,
        "amsterdam",
        P,
        [(10, 30, 19, 0)],
    ),
    # A half-hour zone that keeps its clock while the user's moves.
    (
        "Hi Ada,\n\nTuesday 9 October at 10am Brisbane time works for me - that's 10:30am for "
        "you.\n\nCheers,\nMia\n",
        "brisbane",
        P,
        [(10, 9, 10, 30)],
    ),
    # Near misses: said again as another instant.
    (_NZ_TWO.format(second="10:30am"), "auckland", None, []),
    (_IT_TWO.format(wrap="\n", said="le 20:00 e le 17:30"), "rome", None, []),
    # Two offers said again in swapped order.
    (_IT_TWO.format(wrap="\n", said="le 17:30 e le 19:00"), "rome", None, []),
    (_LONDON_TWO.format(said="8:30pm and 7:30pm"), "london", None, []),
    # A clock said again for an offer never made.
    (
        "Kia ora Ada,\n\nWould Tuesday 2 October at 1pm NZ time work? We go onto daylight time "
        "on the 30th, so for you that is 9:30am and 11am.\n\nHemi\n",
        "auckland",
        None,
        [],
    ),
    (_SF_TWO.format(said="9:30am Wednesday"), "sanfrancisco", None, []),
    (_ES_PICK.format(said="el martes 30 a las 21:00"), "madrid", None, []),
    (_ES_PICK.format(said="el martes 30 a las 23:00"), "madrid", None, []),
    (_ES_PICK.format(said="el lunes 29 a las 22:00"), "madrid", None, []),
    (
        "Hallo Ada,\n\nginge Montag, 29. Oktober, um 9:30 Uhr unserer Zeit? Bei Ihnen dann "
        "20:00 Uhr, weil wir am Sonntag die Uhren zurückstellen.\n\nViele Grüße\nJonas\n",
        "berlin",
        None,
        [],
    ),
    (
        "Bonjour Ada,\n\nje vous propose mardi 30 octobre à 9h30 (heure de Paris). Pour vous, "
        "ce sera 20h, puisque nous passons à l'heure d'hiver dimanche.\n\nBien à vous,\n"
        "Claire\n",
        "paris",
        None,
        [],
    ),
    (
        "Hoi Ada,\n\nkan dinsdag 30 oktober om 9:30 onze tijd? Voor jou is dat dan 20:00, want "
        "wij schakelen zondag over op wintertijd.\n\nGroet,\nSanne\n",
        "amsterdam",
        None,
        [],
    ),
    (
        "Hi Ada,\n\nTuesday 9 October at 10am Brisbane time works for me - that's 11:30am for "
        "you.\n\nCheers,\nMia\n",
        "brisbane",
        None,
        [],
    ),
    (
        "Olá Ada,\n\npode ser terça, 30 de outubro, às 8h30 (hora de Lisboa)? Para si serão "
        "20h, já com a mudança da hora.\n\nCumprimentos,\nRita\n",
        "lisbon",
        None,
        [],
    ),
]

LEFT = {
    _DE_OWN_CLOCK: _OWN_CLOCK_LEFT,
    _NL_OWN_CLOCK: _OWN_CLOCK_LEFT,
    _ES_PICK.format(said="el martes 30 a las 23:00"): (
        "a clock said on the sender's side an hour off the offer is read as the sender's clock"
        " before their change, though the reply says it reckons with the change"
    ),
    _ES_PICK.format(said="el lunes 29 a las 22:00"): (
        "the day named with a clock said again on the sender's side is not held to the offer's"
    ),
}


def test_table_is_whole() -> None:
    assert len(ROWS) >= 25
    assert len({row[0] for row in ROWS}) == len(ROWS)
    assert set(LEFT) <= {row[0] for row in ROWS}


@pytest.mark.parametrize(("body", "setting", "intent", "starts"), pinned(ROWS, LEFT))
def test_offer_said_again_on_the_other_clock(
    body: str, setting: str, intent: Intent | None, starts: list[tuple[int, ...]]
) -> None:
    date, quote = SETTINGS[setting]
    verdict = read_reply(body, tz=ADELAIDE, date=date, quote=quote)
    if intent is None:
        assert_near_miss_safe(verdict, ADELAIDE, intent)
        return
    assert_read_right(verdict, ADELAIDE, intent, sorted(datetime(2035, *t) for t in starts))
