"""Round 48: readings that were certain and wrong on main, by family, with their near misses.

- The user's slot named as the sender's own meal ("Your Friday slot at 14:30 is my lunch"): a
  conflict, not an offer, and "lunch" beside a clock ("I'll grab lunch after") is the meal, no
  noon of its own.
- The agreed meeting said again as it stands ("All set, we were scheduled for Wednesday
  evening"): a span of its day that holds it is the meeting, no move to 17:00; in a sentence
  that moves it, it is the slot given up.
- A clock said again on the user's side across a clock change ("Tuesday 14:00 our time, so
  17:00 for you - our clocks go forward on Sunday"): one of the two clocks was worked out
  across the change, so the reading is in doubt; with no change, only a sum the sender calls a
  guess ("I think that's 11:00 for me") is excused an hour.

Each row is read right and certain, or left in doubt (``D``); ``LEFT_IN_DOUBT`` lists clear
replies the reader still doubts. Sentences of our own.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

A, P, R, OTH = Intent.ACCEPT, Intent.PROPOSE_TIMES, Intent.RESCHEDULE, Intent.OTHER
# A confirmation of the agreed meeting: an accept of it, or nothing new.
AO = (A, OTH)
# The right reading is "in doubt": no certain reading of it would be safe.
D = None

_MAD = ZoneInfo("Europe/Madrid")
_ON = "\n\nOn Mon, Mar 6, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
_TWO = (
    _ON + "> Hi Kai, could we talk for 20 minutes? Would Thursday 9 March at 10:00 or Friday 10"
    " March at 14:30 (Madrid time) work?\n>\n> Ada\n"
)


def _agreed(clock: str) -> str:
    return (
        f"{_ON}> Great, Wednesday 8 March at {clock} (Madrid time) it is. I'll send an invite."
        "\n>\n> On Wed, Mar 1, 2028 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
        ">> Hi Kai, would you have 30 minutes for a chat next week? I'm in Madrid.\n"
    )


_ASK = (
    "\n\nOn Tue, Mar 21, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n> Hi Kai, would you"
    " have 20 minutes for a call next week? I'm in {}, happy to work around your hours.\n"
)
# Each setting: the user's zone, the Date header, the quoted thread.
_SETTINGS: dict[str, tuple[ZoneInfo, str, str]] = {
    # The user offered Thursday 10:00 and Friday 14:30; the reply is written on Tuesday.
    "two": (_MAD, "Tue, 7 Mar 2028 09:00:00 +0100", _TWO),
    # The user settled Wednesday 8 March at 18:00 (or 16:00).
    "at18": (_MAD, "Mon, 6 Mar 2028 11:00:00 +0100", _agreed("18:00")),
    "at16": (_MAD, "Mon, 6 Mar 2028 11:00:00 +0100", _agreed("16:00")),
    # Written on Thursday 23 March, three days before Europe springs forward, to a user who
    # asked openly: in Nairobi (+03:00) or Dubai (+04:00), no change of their own.
    "nbo_lon": (
        ZoneInfo("Africa/Nairobi"),
        "Thu, 23 Mar 2028 09:00:00 +0000",
        _ASK.format("Nairobi"),
    ),
    "dxb_lon": (ZoneInfo("Asia/Dubai"), "Thu, 23 Mar 2028 09:00:00 +0000", _ASK.format("Dubai")),
    "dxb_ber": (ZoneInfo("Asia/Dubai"), "Thu, 23 Mar 2028 09:00:00 +0100", _ASK.format("Dubai")),
    # Written on Thursday 9 March from New York (-05:00), three days before the US change.
    "lon_nyc": (
        ZoneInfo("Europe/London"),
        "Thu, 9 Mar 2028 09:00:00 -0500",
        _ASK.replace("Mar 21", "Mar 7").format("London"),
    ),
}

# (body, setting, intent, starts as (month, day, hour[, minute]) on the user's clock)
Row = tuple[str, str, Intent | tuple[Intent, ...] | None, list[tuple[int, ...]]]
THU10, FRI1430, AGREED18, AGREED16 = (3, 9, 10), (3, 10, 14, 30), (3, 8, 18), (3, 8, 16)

LUNCH: list[Row] = [
    # The user's slot named as the sender's meal: a conflict, and no accept of it.
    ("Your Friday slot at 14:30 is my lunch, but Thursday at 10 works.", "two", A, [THU10]),
    ("Your Friday slot at 14:30 is my lunch, sorry.", "two", D, []),
    ("Friday 14:30 is my lunch unfortunately. Thursday 10:00 is fine though.", "two", A, [THU10]),
    ("Your Friday 14:30 is my lunch hour - how about Friday 16:00?", "two", P, [(3, 10, 16)]),
    ("Friday at 14:30 is my lunch with the team, so Thursday 10:00 it is.", "two", A, [THU10]),
    ("Ihr Freitag 14:30 ist meine Mittagspause, aber Donnerstag 10 Uhr passt.", "two", A, [THU10]),
    ("Vendredi 14h30 tombe sur ma pause déjeuner, mais jeudi 10h me va.", "two", A, [THU10]),
    (
        "El viernes a las 14:30 es mi hora de comer; el jueves a las 10 me va bien.",
        "two",
        A,
        [THU10],
    ),
    ("Venerdì alle 14:30 è la mia pausa pranzo, giovedì alle 10 va bene.", "two", A, [THU10]),
    ("Sexta às 14h30 é o meu almoço, mas quinta às 10h funciona.", "two", A, [THU10]),
    # "lunch" beside a clock is the meal, no second time.
    ("Friday 14:30 works, I'll grab lunch after.", "two", A, [FRI1430]),
    ("Friday 14:30 works - let's make it a lunch chat.", "two", A, [FRI1430]),
    # Near misses: a pick of the slot, lunch as the time offered.
    ("Your Friday slot at 14:30 is perfect.", "two", A, [FRI1430]),
    ("Friday 14:30 is right after my lunch, works for me.", "two", A, [FRI1430]),
    ("Happy to grab lunch on Friday at 12:30 instead.", "two", P, [(3, 10, 12, 30)]),
    ("Thursday during my lunch break?", "two", P, [(3, 9, 12)]),
]

AS_IT_STANDS: list[Row] = [
    ("All set, we were scheduled for Wednesday evening - see you then!", "at18", AO, [AGREED18]),
    ("All set, we were scheduled for Wednesday evening.", "at18", AO, [AGREED18]),
    ("All set - we're down for Wednesday evening. See you then.", "at18", AO, [AGREED18]),
    ("See you Wednesday evening!", "at18", AO, [AGREED18]),
    ("Alles klar, wir hatten Mittwochabend ausgemacht. Bis dann!", "at18", AO, [AGREED18]),
    ("C'est noté, on avait dit mercredi soir. À mercredi !", "at18", AO, [AGREED18]),
    ("Todo listo, quedamos el miércoles por la tarde. ¡Hasta entonces!", "at16", AO, [AGREED16]),
    ("Tudo certo, tínhamos marcado quarta à tarde. Até lá!", "at16", AO, [AGREED16]),
    (
        "Perfetto, eravamo d'accordo per mercoledì pomeriggio. A presto!",
        "at16",
        AO,
        [AGREED16],
    ),
    # In a sentence that moves it, the meeting as it stands is the slot given up.
    (
        "All set, we were scheduled for Wednesday evening but can we do Thursday evening instead?",
        "at18",
        R,
        [(3, 9, 17)],
    ),
    (
        "We were scheduled for Wednesday evening - can we push to Thursday at 10?",
        "at18",
        R,
        [(3, 9, 10)],
    ),
    (
        "We're booked for Wednesday at 18:00, could we move it to Thursday at 10?",
        "at18",
        R,
        [(3, 9, 10)],
    ),
    # Near misses: a clock of its own, or a part of the day that does not hold the meeting,
    # still moves it.
    ("Could we do Wednesday morning instead?", "at18", R, [(3, 8, 9)]),
    ("How about Wednesday evening at 19:00 instead?", "at18", R, [(3, 8, 19)]),
    ("Could we do Wednesday afternoon instead, say 15:00?", "at18", R, [(3, 8, 15)]),
    ("All set, we were scheduled for Wednesday at 6pm - see you then!", "at18", AO, [AGREED18]),
]

ACROSS_THE_CHANGE: list[Row] = [
    # The sender's clock on the header's +00:00 moves to +01:00 by Tuesday: 14:00 is 16:00 or
    # 17:00 in Nairobi, and the clock said for the user does not settle which.
    (
        "Our clocks go forward on Sunday, so: Tuesday 14:00 our time, so 17:00 for you?",
        "nbo_lon",
        D,
        [],
    ),
    (
        "Heads up, UK clocks change this weekend. Tuesday 14:00 our time, so 16:00 for you?",
        "nbo_lon",
        D,
        [],
    ),
    (
        "Tuesday 14:00 London time, so 17:00 for you? (our clocks change on Sunday)",
        "nbo_lon",
        D,
        [],
    ),
    (
        "Tuesday 14:00 UK time, so 18:00 for you (our clocks go forward on Sunday).",
        "dxb_lon",
        D,
        [],
    ),
    ("Tuesday 14:00 our time, so 16:00 for you.", "dxb_ber", D, []),
    ("Dienstag 14 Uhr bei uns, also 16 Uhr bei Ihnen?", "dxb_ber", D, []),
    ("Mardi 14h chez nous, donc 16h pour vous ?", "dxb_ber", D, []),
    (
        "Dienstag 14 Uhr bei uns, also 17 Uhr bei Ihnen? Achtung, am Sonntag ist Zeitumstellung.",
        "dxb_ber",
        D,
        [],
    ),
    (
        "¿El martes a las 14:00 nuestra hora, o sea las 17:00 para ti? Ojo, el domingo pasamos"
        " al horario de verano.",
        "dxb_ber",
        D,
        [],
    ),
    (
        "Martedì alle 14 ora nostra, cioè le 17 per te? Attenzione, domenica c'è il cambio"
        " dell'ora.",
        "dxb_ber",
        D,
        [],
    ),
    (
        "Tuesday 10am our time, so 3pm for you? Our clocks spring forward on Sunday.",
        "lon_nyc",
        D,
        [],
    ),
    # Near misses: the clock said for the user is the offer's, after the change; no change.
    (
        "Tuesday 14:00 UK time, so 17:00 for you (our clocks go forward on Sunday).",
        "dxb_lon",
        P,
        [(3, 28, 17)],
    ),
    ("Tuesday 14:00 UK time, so 17:00 for you.", "dxb_lon", P, [(3, 28, 17)]),
    # A "+0000" stamp before the UK change: London (+01:00 on the Tuesday) and Accra (+00:00)
    # part, so "our time" is doubted (convention (g), settled after this round).
    ("Tuesday 14:00 our time?", "nbo_lon", D, []),
    ("Tuesday 10am our time, so 3pm for you?", "lon_nyc", P, [(3, 14, 15)]),
]

# The offer's zone named, the clock said for the sender an hour off with no change of clocks:
# a sum the sender calls a guess ("I think that's 11:00 for me") leaves the named offer standing;
# said as fact, or further off, one of the two clocks is wrong and the reading is in doubt.
GUESSED: list[Row] = [
    (
        "Thursday 9 March at 10:00 Madrid time works. I think that's 11:00 for me.",
        "two",
        A,
        [(3, 9, 10)],
    ),
    (
        "Jueves 9 a las 10:00 hora de Madrid me va bien. Creo que son las 11:00 para mí.",
        "two",
        A,
        [(3, 9, 10)],
    ),
    (
        "Jeudi 9 mars à 10h heure de Madrid, parfait. Je crois que ça fait 11h pour moi.",
        "two",
        A,
        [(3, 9, 10)],
    ),
    (
        "Quinta 9 às 10:00 hora de Madrid está ótimo. Acho que são 11:00 para mim.",
        "two",
        A,
        [(3, 9, 10)],
    ),
    (
        "Donnerstag, 9. März um 10:00 Madrider Zeit passt. Das wäre 11 Uhr bei mir, glaube ich.",
        "two",
        A,
        [(3, 9, 10)],
    ),
    (
        "Giovedì 9 alle 10:00 ora di Madrid va bene. Credo che per me siano le 11:00.",
        "two",
        A,
        [(3, 9, 10)],
    ),
    # Near misses: the sum said as fact, or three hours off though guessed.
    ("Thursday 9 March at 10:00 Madrid time works. That's 11:00 for me.", "two", D, []),
    ("Thursday 9 March at 10:00 Madrid time works. I think that's 13:00 for me.", "two", D, []),
]

ROWS = LUNCH + AS_IT_STANDS + ACROSS_THE_CHANGE + GUESSED

# Clear replies the reader leaves in doubt (safe, not yet right).
LEFT_IN_DOUBT = {
    # "so Thursday 10:00 it is" beside the clock of the slot named as lunch.
    "Friday at 14:30 is my lunch with the team, so Thursday 10:00 it is.",
    # "tombe sur" marks a conflict, but the pick reads beside the other clock.
    "Vendredi 14h30 tombe sur ma pause déjeuner, mais jeudi 10h me va.",
    # The guess written after the sum ("glaube ich"), or the sum not read as one ("siano").
    "Donnerstag, 9. März um 10:00 Madrider Zeit passt. Das wäre 11 Uhr bei mir, glaube ich.",
    "Giovedì 9 alle 10:00 ora di Madrid va bene. Credo che per me siano le 11:00.",
}


def classify(row: Row) -> str:
    """'right', 'WRONG' or 'doubted': how the reader reads one row."""
    body, setting, intent, starts = row
    tz, date, quote = _SETTINGS[setting]
    verdict = read_reply(body, tz=tz, date=date, quote=quote)
    if not verdict.certain:
        return "doubted"
    intents = intent if isinstance(intent, tuple) else (intent,)
    got = local_starts(verdict, tz)
    if intent is None or verdict.intent not in intents:
        return "WRONG"
    want = [datetime(2028, *s) for s in starts]  # type: ignore[misc]
    # A confirmation read as nothing new lists no time.
    nothing_new = intent == AO and verdict.intent is OTH and got == []
    return "right" if got == want or nothing_new else "WRONG"


@pytest.mark.parametrize("row", ROWS, ids=[f"{i:02d}" for i in range(len(ROWS))])
def test_certain_wrong_leftover_is_read_right_or_doubted(row: Row) -> None:
    body, setting, intent, _ = row
    tz, date, quote = _SETTINGS[setting]
    verdict = read_reply(body, tz=tz, date=date, quote=quote)
    if intent is None or body in LEFT_IN_DOUBT:
        assert not verdict.certain, (verdict.intent, local_starts(verdict, tz))
        return
    assert classify(row) == "right", (
        verdict.intent,
        local_starts(verdict, tz),
        doubt_codes(verdict),
    )
