"""Round 51 on replies_blind50: the user's own slot, turned down in a later clause, is no offer.

"El martes 28 a las 10 de Seúl aquí son las 3 de la madrugada, así que me temo que no": the
user's time is named, then refused in a clause (or a sentence ending on "no.") of its own. The
user lives in Seoul and offered Tuesday 28 September 2027 at 10:00; the sender, in Europe,
refuses it and offers Wednesday 29 at 10:00 on their own clock (17:00 in Seoul). Near misses
keep the user's slot: a "no" that refuses nothing ("so no need to look further") is no refusal.
Sentences of our own.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import local_starts, read_reply

SEOUL = ZoneInfo("Asia/Seoul")
DATE = "Fri, 24 Sep 2027 13:48:00 +0200"
QUOTE = (
    "\n\nOn Wed, 22 Sep 2027 at 01:30, Min-ji Park <ada@example.com> wrote:\n"
    "> Would you be open to a 20-minute call? Times that suit me, in KST (Seoul, UTC+9):\n"
    ">\n> - Tue 28 Sep, 10:00\n> - Thu 30 Sep, 16:00\n"
)
USERS_SLOT = datetime(2027, 9, 28, 10, 0)
WED_17_SEOUL = datetime(2027, 9, 29, 17, 0)

REFUSED = [
    "El martes 28 a las 10 de Seúl aquí son las 3 de la madrugada, así que me temo que no."
    " ¿Te iría bien el miércoles 29 a las 10:00 hora de Madrid?",
    "El martes 28 a las 10 de Seúl aquí son las 3 de la madrugada, así que me\ntemo que no."
    " ¿Te iría bien el miércoles 29 a las 10:00 hora de Madrid?",
    "Tuesday 28th at 10am Seoul is 3am here in Madrid, so I'm afraid not. Could we do"
    " Wednesday 29th at 10:00 Madrid time instead?",
    "Tuesday 28th at 10am Seoul is 3am here in Madrid, so no. Could we do Wednesday 29th at"
    " 10:00 Madrid time instead?",
    "Mardi 28 à 10h heure de Séoul, il est 3h du matin à Paris, donc ça ne va pas. Je vous"
    " propose mercredi 29 à 10h heure de Paris.",
    "Dienstag, 28.9. um 10 Uhr Seoul ist bei mir 3 Uhr nachts, deshalb leider nicht. Ich könnte"
    " am Mittwoch, 29.9. um 10 Uhr (MESZ).",
    "Martedì 28 alle 10 di Seul qui sono le 3 di notte, quindi purtroppo no. Ti andrebbe"
    " mercoledì 29 alle 10 ora di Roma?",
    "Terça, dia 28, às 10h de Seul aqui são 3h da manhã, então infelizmente não. Pode ser"
    " quarta, dia 29, às 10h (hora de Bruxelas)?",
    "Dinsdag 28 om 10 uur Seoel is hier 3 uur 's nachts, dus helaas niet. Kan het woensdag 29"
    " om 10 uur Amsterdamse tijd?",
]


@pytest.mark.parametrize("body", REFUSED)
def test_users_slot_refused_later_is_no_offer(body: str) -> None:
    verdict = read_reply(body, tz=SEOUL, date=DATE, quote=QUOTE)
    starts = local_starts(verdict, SEOUL)
    assert USERS_SLOT not in starts
    assert WED_17_SEOUL in starts


KEPT = [
    # The "no" refuses nothing: the user's slot is taken.
    "Tuesday 28th at 10am Seoul works for me, so no need to look further.",
    "El martes 28 a las 10 de Seúl me va bien, así que no hace falta buscar otra hora.",
    # "no." ends no sentence before a number: "ref no. 5" is no refusal.
    "Tuesday 28th at 10am Seoul works, see booking no. 5 in the calendar.",
]


@pytest.mark.parametrize("body", KEPT)
def test_no_that_refuses_nothing_keeps_the_slot(body: str) -> None:
    verdict = read_reply(body, tz=SEOUL, date=DATE, quote=QUOTE)
    assert USERS_SLOT in local_starts(verdict, SEOUL) or verdict.doubts


# The user's Tuesday 28 at 10:00 (Seoul) restated on the sender's clock, then refused by a
# clause of its own: a little "too" left unsaid, the sender's own meeting then regretted.
REFUSED_BY_REASON = [
    "Tuesday 28th at 10am Seoul would be 3am here - a bit late for my brain. Could we do"
    " Wednesday 29th at 10:00 Madrid time instead?",
    "Tuesday 28th at 10am Seoul would be 3am here - rather early, I'm afraid. Could we do"
    " Wednesday 29th at 10:00 Madrid time instead?",
    "Dienstag, 28.9. um 10 Uhr KST wäre bei mir 3 Uhr - da habe ich leider unseren Jour fixe."
    " Ich könnte am Mittwoch, 29.9. um 10 Uhr (MESZ).",
    "Dienstag, 28.9. um 10 Uhr KST wäre bei mir 3 Uhr - dann bin ich leider noch im Bett."
    " Ich könnte am Mittwoch, 29.9. um 10 Uhr (MESZ).",
]


@pytest.mark.parametrize("body", REFUSED_BY_REASON)
def test_users_slot_refused_by_a_reason_is_no_offer(body: str) -> None:
    verdict = read_reply(body, tz=SEOUL, date=DATE, quote=QUOTE)
    starts = local_starts(verdict, SEOUL)
    assert USERS_SLOT not in starts
    assert WED_17_SEOUL in starts


# "ce sera 17h pour vous et non 16h": the clock after "non" is corrected away, not offered.
CORRECTED = [
    "Je vous propose mercredi 29 à 10h (heure de Paris), donc ce sera 17h pour vous et non 16h.",
    pytest.param(
        "Ich könnte am Mittwoch, 29.9. um 10 Uhr (MESZ), das wäre 17 Uhr bei Ihnen"
        " und nicht 16 Uhr.",
        marks=pytest.mark.xfail(
            strict=True, reason="'und nicht 16 Uhr' leaves the intent unread (no_intent_cue)"
        ),
    ),
    "Could we do Wednesday 29th at 10:00 Madrid time? That's 5pm for you, not 4pm.",
]


@pytest.mark.parametrize("body", CORRECTED)
def test_clock_corrected_away_is_no_offer(body: str) -> None:
    verdict = read_reply(body, tz=SEOUL, date=DATE, quote=QUOTE)
    starts = local_starts(verdict, SEOUL)
    assert WED_17_SEOUL in starts
    assert all(start.hour != 16 for start in starts)


# Near misses: "a bit later" asks for a later time, "da habe ich Zeit" offers it.
KEPT_BY_REASON = [
    "Tuesday 28th at 10am Seoul works, or a bit later if you prefer.",
    "Dienstag, 28.9. um 10 Uhr KST wäre bei mir 3 Uhr - da habe ich Zeit, ich bin Frühaufsteher.",
]


@pytest.mark.parametrize("body", KEPT_BY_REASON)
def test_no_refusal_keeps_the_slot(body: str) -> None:
    verdict = read_reply(body, tz=SEOUL, date=DATE, quote=QUOTE)
    assert USERS_SLOT in local_starts(verdict, SEOUL) or verdict.doubts
