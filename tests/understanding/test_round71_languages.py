"""Round 71, part N: picks and offers in Swedish, Norwegian, Danish and Catalan, and a mild
hedge on a Spanish yes. Sentences of our own:

- "Tirsdag 10. mars kl 10 passer fint for meg", "Den andra tiden passar mig bra", "la segona
  opció em va perfecte": a yes to one of the user's times, read once the day names are known
  and the language's plain words bear the pick out (``otherlanguages.vouches``).
- "Dina tider passar tyvärr inte, men jag kan onsdag 18 mars kl 9-10": a no to the user's
  times, then an offer of the sender's own after the "but".
- "Den 2037-03-02 kl. 09:15 skrev Ada <…>:": the quote's line in Swedish and Norwegian mail,
  none of the reply (its clock was read as an offer).
- "El dimecres 18 a les 9:30 (hora teva) em va perfecte; aquí a Barcelona seran les 15:30":
  the user's clock named in Catalan, and the sender's reading of it after.
- "En principio el jueves me viene bien. Salvo que se me complique algo; si cambia algo te
  aviso.": an "in principle" that bars only a mishap, in the sentence after it.

Near misses stay safe: a slot named but refused ("passer ikke", "no em va bé"), a question
("passar torsdag för dig?"), a maybe, "other times" ("andre tidspunkt"), and a Spanish
"in principle" that waits on someone.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_near_miss_safe,
    assert_read_right,
    local_starts,
    read_reply,
)
from workflows.stages import Intent

OSLO = ZoneInfo("Europe/Oslo")
NORDIC_WHEN = "Tue, 03 Mar 2037 08:00:00 +0100"
NORDIC_QUOTE = (
    "\n\nOn Mon, 2 Mar 2037 at 09:15, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these suit you (Oslo time)?\n"
    ">  - Tuesday 10 March, 10:00\n"
    ">  - Thursday 12 March, 15:00\n"
    ">  - Friday 13 March, 14:00\n"
)
# The line over the quote as Swedish and Norwegian mail programs word it.
SWEDISH_QUOTE = NORDIC_QUOTE.replace(
    "On Mon, 2 Mar 2037 at 09:15, Ada Obi <ada@example.com> wrote:",
    "Den 2037-03-02 kl. 09:15 skrev Ada Obi <ada@example.com>:",
)
NORWEGIAN_QUOTE = NORDIC_QUOTE.replace(
    "On Mon, 2 Mar 2037 at 09:15, Ada Obi <ada@example.com> wrote:",
    "02.03.2037 kl. 09:15 skrev Ada Obi <ada@example.com>:",
)

SANTIAGO = ZoneInfo("America/Santiago")
CATALAN_WHEN = "Fri, 13 Apr 2035 11:30:00 +0200"
CATALAN_QUOTE = (
    "\n\nEl dv., 13 d'abr. 2035 a les 1:10, Ada Obi (<ada@example.com>) va escriure:\n"
    "> Would any of these suit you (Chile time)?\n"
    ">  - Wednesday 18 April, 09:30\n"
    ">  - Friday 20 April, 17:00\n"
    ">  - Tuesday 24 April, 12:00\n"
)

JERUSALEM = ZoneInfo("Asia/Jerusalem")
SPANISH_WHEN = "Tue, 18 Mar 2036 19:12:00 +0100"
SPANISH_QUOTE = (
    "\n\nEl mar, 18 mar 2036 a las 7:45, Ada Obi (<ada@example.com>) escribió:\n"
    "> Would any of these suit you (Israel time)?\n"
    "> - Thursday 27 March, 11:00\n"
    "> - Monday 31 March, 16:00\n"
)

# "Kun je me vanaf 20 april nog eens mailen?": write again from a day on, the verb last.
DUTCH_QUOTE = NORDIC_QUOTE.replace("Mon, 2 Mar", "Wed, 1 Apr").replace(
    "Tuesday 10 March", "Tuesday 7 April"
)
DUTCH_WHEN = "Thu, 02 Apr 2037 08:05:00 +0200"
DUTCH_DEFER = [
    "Hoi Ada,\n\nDe komende weken zit ik vol met een aanbesteding. Kun je me vanaf 20 april nog "
    "eens mailen? Dan plannen we iets in.\n\nPieter\n",
    "Hoi Ada,\n\nDruk, druk. Wil je me na 20 april opnieuw een mail sturen?\n\nPieter\n",
]
# A call asked for at a time on the day: an offer, not a defer.
DUTCH_CALL = "Hoi Ada,\n\nKun je me op 20 april om 10 uur bellen?\n\nPieter\n"


# setting -> (the user's zone, the Date header, the quoted outreach)
SETTINGS: dict[str, tuple[ZoneInfo, str, str]] = {
    "nordic": (OSLO, NORDIC_WHEN, NORDIC_QUOTE),
    "swedish": (OSLO, NORDIC_WHEN, SWEDISH_QUOTE),
    "norwegian": (OSLO, NORDIC_WHEN, NORWEGIAN_QUOTE),
    "catalan": (SANTIAGO, CATALAN_WHEN, CATALAN_QUOTE),
    "spanish": (JERUSALEM, SPANISH_WHEN, SPANISH_QUOTE),
    "dutch": (OSLO, DUTCH_WHEN, DUTCH_QUOTE),
}

# body, setting, intent, starts on the user's clock: read certain and right.
READ: list[tuple[str, str, Intent, list[datetime]]] = [
    # Picks, by day and hour or by place in the list, in each of the three.
    (
        "Hei Ada!\n\nTirsdag 10. mars kl 10 passer fint for meg. Send gjerne en lenke.\n\nKari\n",
        "norwegian",
        Intent.ACCEPT,
        [datetime(2037, 3, 10, 10)],
    ),
    (
        "Hej Ada,\n\ntorsdag 12 mars kl 15 passar mig bra. Vi ses då!\n\nErik\n",
        "swedish",
        Intent.ACCEPT,
        [datetime(2037, 3, 12, 15)],
    ),
    (
        "Hej Ada,\n\nfredag den 13. marts kl. 14 passer mig fint. Jeg glæder mig.\n\nSøren\n",
        "nordic",
        Intent.ACCEPT,
        [datetime(2037, 3, 13, 14)],
    ),
    (
        "Hej Ada,\n\nTorsdag kl. 15 passer mig rigtig fint.\n\nMvh\nMette\n",
        "nordic",
        Intent.ACCEPT,
        [datetime(2037, 3, 12, 15)],
    ),
    (
        "Hej Ada!\n\nDen andra tiden passar mig bra.\n\nErik\n",
        "swedish",
        Intent.ACCEPT,
        [datetime(2037, 3, 12, 15)],
    ),
    (
        "Hei Ada!\n\nDet siste alternativet passer fint for meg.\n\nKari\n",
        "norwegian",
        Intent.ACCEPT,
        [datetime(2037, 3, 13, 14)],
    ),
    # Offers of the sender's own, after a no to the user's times or alone.
    (
        "Hej Ada,\n\ndina tider passar tyvärr inte, men jag kan onsdag 18 mars kl 9-10 eller "
        "torsdag 19 mars kl 13.\n\nErik\n",
        "swedish",
        Intent.PROPOSE_TIMES,
        [datetime(2037, 3, 18, 9), datetime(2037, 3, 19, 13)],
    ),
    (
        "Hei Ada!\n\nJeg kan tirsdag 17. mars kl 11 eller onsdag 18. mars kl 9.\n\nKari\n",
        "norwegian",
        Intent.PROPOSE_TIMES,
        [datetime(2037, 3, 17, 11), datetime(2037, 3, 18, 9)],
    ),
    # Catalan picks.
    (
        "Hola Ada,\n\nEl dimecres 18 a les 9:30 (hora teva) em va perfecte; aquí a Barcelona "
        "seran les 15:30. Ens veiem pel Meet.\n\nLaia\n",
        "catalan",
        Intent.ACCEPT,
        [datetime(2035, 4, 18, 9, 30)],
    ),
    (
        "Hola Ada,\n\nEl divendres 20 a les 17:00 em va bé. Fins aviat!\n\nLaia\n",
        "catalan",
        Intent.ACCEPT,
        [datetime(2035, 4, 20, 17)],
    ),
    (
        "Hola Ada!\n\nLa segona opció em va perfecte. Una abraçada,\n\nLaia\n",
        "catalan",
        Intent.ACCEPT,
        [datetime(2035, 4, 20, 17)],
    ),
    # A yes "in principle" that bars only a mishap: Thursday 27 March at 11 picked.
    *[
        (body, "spanish", Intent.ACCEPT, [datetime(2036, 3, 27, 11)])
        for body in (
            "Hola Ada,\n\nEn principio el jueves 27 a las 11 (hora de Israel) me viene bien. Salvo "
            "que se me complique algo con el cierre; si cambia algo te aviso.\n\nJavier\n",
            "Olá Ada,\n\nEm princípio quinta dia 27 às 11h (hora de Israel) dá-me jeito. Se mudar "
            "alguma coisa aviso.\n\nInês\n",
            "Hi Ada,\n\nIn principle Thursday 27 March at 11 works. If anything changes, I'll let "
            "you know.\n\nJon\n",
        )
    ],
]

# body, setting, the reading that is safe when certain (None: must stay in doubt)
NEAR_MISSES: list[tuple[str, str, Intent | None]] = [
    # A slot named and refused.
    ("Hei Ada!\n\nTirsdag 10. mars kl 10 passer dessverre ikke for meg.\n\nKari\n", "nordic", None),
    ("Hei Ada!\n\nDet andre tidspunktet passer ikke for meg.\n\nKari\n", "norwegian", None),
    ("Hej Ada!\n\nDen andra tiden passar inte, tyvärr.\n\nErik\n", "swedish", None),
    ("Hej Ada,\n\njag kan inte onsdag 18 mars kl 9.\n\nErik\n", "swedish", None),
    # A second day "otherwise", beside the one read.
    (
        "Hej Ada,\n\nFredag 13 mars kl. 10 funkar bra för mig, annars tisdag.\n\nLinn\n",
        "swedish",
        None,
    ),
    # A question, a maybe.
    ("Hej Ada,\n\npassar torsdag 12 mars kl 15 för dig?\n\nErik\n", "swedish", None),
    ("Hej Ada,\n\ntorsdag 12 mars kl 15 passar kanske, jag återkommer.\n\nErik\n", "swedish", None),
    # "Other times", not the second; "another time" in Danish.
    (
        "Hei Ada!\n\nVi kan finne andre tidspunkt som passer fint for meg.\n\nKari\n",
        "norwegian",
        None,
    ),
    ("Hej Ada!\n\nDet andet tidspunkt passer mig fint.\n\nSøren\n", "nordic", None),
    *[
        (body, "catalan", None)
        for body in (
            # Short enough to read as Spanish by its words: the Catalan day names its language.
            "Hola Ada, el divendres 20 a les 17:00 no em va bé.\n\nLaia\n",
            "Hola Ada,\n\nel dimecres 18 a les 9:30 no em va bé, ho sento. Moltes gràcies."
            "\n\nLaia\n",
            "Hola Ada,\n\nel dimecres 18 a les 9:30 em va bé? Moltes gràcies pel missatge."
            "\n\nLaia\n",
            "Hola Ada,\n\npotser el dimecres 18 a les 9:30 em va bé, ja et diré. Gràcies."
            "\n\nLaia\n",
            "Hola Ada!\n\nLa segona opció no em va bé. Una abraçada,\n\nLaia\n",
        )
    ],
    *[
        (body, "spanish", None)
        for body in (
            # The hedge waits on someone, or a "but" follows in the next sentence.
            "Hola Ada,\n\nEn principio el jueves 27 a las 11 me viene bien. Pero tengo que "
            "confirmarlo con mi jefe.\n\nJavier\n",
            "Hola Ada,\n\nEn principio el jueves 27 a las 11 me viene bien. Salvo que se me "
            "complique algo, pero te confirmo mañana.\n\nJavier\n",
            "Hola Ada,\n\nCreo que quizás el jueves 27 a las 11 me viene bien, ya te confirmo."
            "\n\nJavier\n",
            # A change that waits on someone, not a mishap the sender will only report.
            "Hi Ada,\n\nIn principle Thursday 27 March at 11 works. If anything changes in the "
            "team I have to ask them first.\n\nJon\n",
            "Olá Ada,\n\nEm princípio quinta dia 27 às 11h dá-me jeito. Se mudar alguma coisa na "
            "equipa tenho de ver com eles.\n\nInês\n",
        )
    ],
    *[
        (body, "dutch", Intent.OTHER)
        for body in (
            # Something else mailed from that day: no chat put off.
            "Hoi Ada,\n\nKun je me vanaf 20 april de stukken mailen? Dan lees ik ze.\n\nPieter\n",
            "Hoi Ada,\n\nKun je me vanaf 20 april het verslag van de workshop sturen?\n\nPieter\n",
        )
    ],
]


@pytest.mark.parametrize(("body", "setting", "intent", "starts"), READ)
def test_pick_or_offer_is_read(
    body: str, setting: str, intent: Intent, starts: list[datetime]
) -> None:
    zone, when, quote = SETTINGS[setting]
    assert_read_right(read_reply(body, tz=zone, date=when, quote=quote), zone, intent, starts)


@pytest.mark.parametrize(("body", "setting", "intent"), NEAR_MISSES)
def test_near_miss_stays_safe(body: str, setting: str, intent: Intent | None) -> None:
    zone, when, quote = SETTINGS[setting]
    assert_near_miss_safe(read_reply(body, tz=zone, date=when, quote=quote), zone, intent)


@pytest.mark.parametrize("body", DUTCH_DEFER)
def test_dutch_write_again_from_a_day_defers(body: str) -> None:
    verdict = read_reply(body, tz=OSLO, date=DUTCH_WHEN, quote=DUTCH_QUOTE)
    assert verdict.certain, [d.code for d in verdict.doubts]
    assert verdict.intent is Intent.DEFER
    assert verdict.return_date == date(2037, 4, 20)


def test_dutch_call_at_a_time_is_an_offer() -> None:
    verdict = read_reply(DUTCH_CALL, tz=OSLO, date=DUTCH_WHEN, quote=DUTCH_QUOTE)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, OSLO) == [datetime(2037, 4, 20, 10)]
