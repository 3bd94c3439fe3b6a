"""Round 55 on replies_blind54: times a Jakarta user's contacts wrote around the autumn changes.

The user lives in Jakarta (+07:00, no clock change) and offered, in WIB, Tuesday 7 November
2028 at 08:00, Wednesday 8 at 19:30 and Friday 10 at 13:00. Sentences of our own:

- "I'm on kid duty at 6pm our time", "I have school pickup at 3": the sender's own home duty on
  that clock is a conflict, never an offer.
- "Wednesday evening suits me better: could we do 7pm on Wed Nov 8?": a part of a day said
  loosely before an exact clock inside it (or just past its edge) on the same day is that
  clock, no second window. A clock the sender turns down narrows nothing.
- "Thursday the 9th at 10? If not, same time the following Tuesday": "the following" weekday
  after a full date is the first one after that date, never the one before it, so its week is
  no guess.
- "a las 7:30 de la tarde", "a las 9 de la noche", "às 6:30 da tarde": the half of the day is
  said, so the bare hour is no guess ("a las 12 de la noche" may be midnight and stays one).
- "a las 7 de la mañana", "4h du matin": the morning said after a clock is its half of the
  day, no second time (nor a guess).
- "Dienstag früh um 5 Uhr schaffe ich leider nicht", "cedo demais pra mim": the time named is
  refused.
- "Dat is hier 10 uur", "das ist bei uns 10 Uhr": the user's slot said again on the sender's
  clock, no dayless offer.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, pinned, read_reply
from workflows.stages import Intent

P, A = Intent.PROPOSE_TIMES, Intent.ACCEPT
JAKARTA = ZoneInfo("Asia/Jakarta")
QUOTE = (
    "\n\nOn Sun, Oct 29, 2028 at 9:10 PM Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work? All times are Jakarta time (WIB, UTC+7):\n"
    "> - Tuesday 7 November, 08:00\n> - Wednesday 8 November, 19:30\n"
    "> - Friday 10 November, 13:00\n"
)
# Written on Thursday 2 November 2028, from each sender's own clock.
DATES = {
    "America/Denver": "Thu, 02 Nov 2028 15:05:00 -0600",
    "America/New_York": "Thu, 02 Nov 2028 17:05:00 -0400",
    "America/Chicago": "Thu, 02 Nov 2028 16:05:00 -0500",
    "America/Bogota": "Thu, 02 Nov 2028 16:05:00 -0500",
    "America/Lima": "Thu, 02 Nov 2028 16:05:00 -0500",
    "America/Mexico_City": "Thu, 02 Nov 2028 15:05:00 -0600",
    "Europe/Lisbon": "Thu, 02 Nov 2028 09:05:00 +0000",
    "Europe/Vienna": "Thu, 02 Nov 2028 10:05:00 +0100",
    "Asia/Manila": "Thu, 02 Nov 2028 17:05:00 +0800",
    "Australia/Perth": "Thu, 02 Nov 2028 17:05:00 +0800",
    "Europe/London": "Thu, 02 Nov 2028 09:05:00 +0000",
    "Europe/Amsterdam": "Thu, 02 Nov 2028 10:05:00 +0100",
    "Europe/Paris": "Thu, 02 Nov 2028 10:05:00 +0100",
}

# (body, sender's zone, intent, starts on the sender's clock as (month, day, hour, minute))
CLEAR = [
    # A home duty on a clock is a conflict; the loose evening is the exact clock after it.
    (
        "Those are hard from Denver (I'm on kid duty at 6pm our time), but Wednesday evening"
        " suits me better: could we do 7pm Mountain on Wed Nov 8?",
        "America/Denver",
        P,
        [(11, 8, 19, 0)],
    ),
    (
        "I have school pickup at 3 so afternoons are tricky. Thursday morning is easier for me:"
        " how about 9:30am Eastern on Thursday Nov 9?",
        "America/New_York",
        P,
        [(11, 9, 9, 30)],
    ),
    (
        "Monday evening is better on my end, would 6:15pm Central on Mon 13 Nov work?",
        "America/Chicago",
        P,
        [(11, 13, 18, 15)],
    ),
    # "the following <weekday>" after a full date: the first one after it.
    (
        "Could we do Thursday the 9th at 10am Manila time? Failing that, same time the"
        " following Tuesday works too.",
        "Asia/Manila",
        P,
        [(11, 9, 10, 0), (11, 14, 10, 0)],
    ),
    (
        "How about Friday 10 November at 4pm Perth time? If not, the following Monday at 4pm.",
        "Australia/Perth",
        P,
        [(11, 10, 16, 0), (11, 13, 16, 0)],
    ),
    # The half of the day said after a bare hour.
    (
        "¿Te sirve el jueves 9 de noviembre a las 7:30 de la tarde, hora de Bogotá?",
        "America/Bogota",
        P,
        [(11, 9, 19, 30)],
    ),
    (
        "Te propongo el miércoles 15 de noviembre a las 9 de la noche, hora de Lima.",
        "America/Lima",
        P,
        [(11, 15, 21, 0)],
    ),
    (
        "¿Qué tal el lunes 13 a las 6:30 de la tarde, hora de Ciudad de México? Si no, el"
        " martes 14 a la misma hora.",
        "America/Mexico_City",
        P,
        [(11, 13, 18, 30), (11, 14, 18, 30)],
    ),
    # A German refusal with words between the verb and "nicht".
    (
        "Dienstag früh um 5 Uhr schaffe ich leider nicht. Ginge stattdessen Montag, der 13."
        " November, um 9 Uhr unserer Zeit?",
        "Europe/Vienna",
        P,
        [(11, 13, 9, 0)],
    ),
    # "4h du matin chez moi" says the user's slot again, its morning no second time.
    (
        "Mardi 7 à 8h, ça fait 2h du matin chez moi, donc non. En revanche je peux vous"
        " proposer vendredi 10 novembre à 14h (heure de Paris).",
        "Europe/Paris",
        P,
        [(11, 10, 14, 0)],
    ),
    (
        "¿Te viene bien el jueves 16 de noviembre a las 7 de la mañana, hora de Lima?",
        "America/Lima",
        P,
        [(11, 16, 7, 0)],
    ),
    # Portuguese "cedo demais" after the time it judges; "Jacarta" is Jakarta.
    (
        "Terça, 7, às 8h de vocês é 1h da manhã aqui, cedo demais pra mim. Pode ser na sexta,"
        " 17 de novembro, às 10h (horário de Lisboa)? Pelas minhas contas seriam 17h em"
        " Jacarta.",
        "Europe/Lisbon",
        P,
        [(11, 17, 10, 0)],
    ),
    # "Dat is hier …", "das ist bei uns …": the user's slot said again on the sender's clock.
    (
        "Woensdag de 8e om 19:30 (jouw tijd) past mij. Dat is hier 13:30, prima.",
        "Europe/Amsterdam",
        A,
        [(11, 8, 13, 30)],
    ),
    (
        "Woensdag de 8e om 19:30 jouw tijd past mij, dat is hier 13:30 's middags.",
        "Europe/Amsterdam",
        A,
        [(11, 8, 13, 30)],
    ),
    (
        "Mittwoch, den 8., um 19:30 Uhr Ihrer Zeit passt mir. Das ist bei uns 13:30 Uhr.",
        "Europe/Vienna",
        A,
        [(11, 8, 13, 30)],
    ),
]


@pytest.mark.parametrize(("body", "zone", "intent", "starts"), CLEAR)
def test_clear_times_are_certain(
    body: str, zone: str, intent: Intent, starts: list[tuple[int, int, int, int]]
) -> None:
    tz = ZoneInfo(zone)
    verdict = read_reply(body, tz=JAKARTA, date=DATES[zone], quote=QUOTE)
    assert verdict.intent is intent
    assert local_starts(verdict, tz) == [datetime(2028, *s) for s in starts]
    assert not verdict.doubts, doubt_codes(verdict)


# Near misses a careful human would not be sure of: (body, sender's zone, a doubt expected).
NEAR = [
    # "Same time" after two clocks: which one it repeats is a guess.
    (
        "Monday the 13th at 9am or 2pm London time works; otherwise same time the following"
        " Wednesday.",
        "Europe/London",
        "two_readings_of_time",
    ),
    (
        "Lunes 13 a las 10 o a las 16, hora de Lisboa. Si no, el miércoles a la misma hora.",
        "Europe/Lisbon",
        "two_readings_of_time",
    ),
    # A restatement that does not match the user's slot: which clock the sender keeps is a guess.
    (
        "Wednesday the 8th at 7:30pm your time works - that's 9:30am here in Chicago.",
        "America/Chicago",
        "two_readings_of_time",
    ),
    # "12 de la noche" may be midnight.
    (
        "¿Te va el jueves 9 de noviembre a las 12 de la noche, hora de Lima?",
        "America/Lima",
        "two_readings_of_time",
    ),
    # The same words an hour off the user's slot.
    (
        "Woensdag de 8e om 19:30 (jouw tijd) past mij. Dat is hier 14:30, prima.",
        "Europe/Amsterdam",
        "time_without_day",
    ),
]
LEFT: dict[str, str] = {}


@pytest.mark.parametrize(("body", "zone", "code"), pinned(NEAR, LEFT))
def test_near_misses_stay_doubted(body: str, zone: str, code: str) -> None:
    verdict = read_reply(body, tz=JAKARTA, date=DATES[zone], quote=QUOTE)
    assert code in doubt_codes(verdict)


# A conflict's clock narrows nothing: the loose evening stays an offer of its own, and a clock
# outside the part of the day is a second offer.
def test_conflict_clock_leaves_the_part_of_the_day() -> None:
    tz = ZoneInfo("America/Chicago")
    verdict = read_reply(
        "Tuesday evening works for me, but I have a call at 6:30pm on Tuesday.",
        tz=JAKARTA,
        date=DATES["America/Chicago"],
        quote=QUOTE,
    )
    assert datetime(2028, 11, 7, 18, 30) not in local_starts(verdict, tz)


def test_clock_outside_the_part_is_another_offer() -> None:
    tz = ZoneInfo("America/Chicago")
    verdict = read_reply(
        "Tuesday evening works better for me, or else 11am Central on Tue Nov 7.",
        tz=JAKARTA,
        date=DATES["America/Chicago"],
        quote=QUOTE,
    )
    assert len(local_starts(verdict, tz)) == 2 or verdict.doubts
