"""Round 79, part B (blind82 x03): "same time" on another day, under a confirmation that says
the meeting on two clocks.

"Could we shift to Wednesday the 16th, same time?" from Seattle, under the user's "confirmed:
Tuesday 15 March at 14:00 Quito time (12:00 for you in Seattle, once your clocks have changed)",
was read certain at 13:00 Seattle time: the reader knew no Quito clock, so the thread's one
named place was Seattle, the 14:00 was read on Seattle's clock, and "same time" carried the
wrong instant. Three mends:

- Quito's and Guayaquil's clock is named with a word for time ("14:00 Quito time", "hora de
  Quito"); the country's name stays only a place (the Galápagos keep another clock).
- A place named as the reader's ("12:00 for you in Seattle", "pour vous à Seattle") is not
  the clock the thread is written on.
- A confirmation whose restatement for the reader ("12:00 for you in Seattle") does not read
  as the agreed instant there holds no meeting the reader is sure of: "same time" stays
  doubted rather than move a guess.

"Same time" keeps the agreed instant's clock on the new day; where a clock change falls
between the two days for one side only, whose clock stays is unclear: doubted, as before.

Sentences of our own; quotes from the user, Ada Obi, in Quito (or unknown: UTC).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

QUITO = ZoneInfo("America/Guayaquil")
UTC = ZoneInfo("UTC")
SEATTLE = "Noah Reyes <noah@orchards.example.com>"
# Saturday 12 March 2039, the day before the US clocks change.
BEFORE_CHANGE = "Sat, 12 Mar 2039 10:20:00 -0800"
# Tuesday 8 March 2039, the week before.
WEEK_BEFORE = "Tue, 08 Mar 2039 09:05:00 -0800"


def _quote(line: str) -> str:
    return f"\n\nOn Wed, 9 Mar 2039, Ada Obi <ada@example.com> wrote:\n> {line}\n>\n> Ada\n"


# The user's confirmation of Tuesday 15 March at 14:00 in Quito (12:00 in Seattle, on daylight
# time by then), in the thread's language.
CONFIRMED = {
    "en": "Great, confirmed: Tuesday 15 March at 14:00 Quito time (12:00 for you in Seattle,"
    " once your clocks have changed).",
    "fr": "Parfait, c'est confirmé : mardi 15 mars à 14h00 heure de Quito (12h00 pour vous à"
    " Seattle).",
    "es": "Perfecto, confirmado: martes 15 de marzo a las 14:00 hora de Quito (12:00 para ti en"
    " Seattle).",
    "it": "Perfetto, confermato: martedì 15 marzo alle 14:00 ora di Quito.",
    "pt": "Ótimo, confirmado: terça-feira, 15 de março, às 14h00 hora de Quito.",
    "de": "Super, bestätigt: Dienstag, 15. März um 14:00 Uhr (Zeit in Quito).",
}

# The reply moving it to Wednesday the 16th, "same time", in the same language.
MOVES = [
    ("en", "Something came up on Tuesday, sorry. Could we shift to Wednesday the 16th, same time?"),
    ("en", "Really sorry, Tuesday is gone for me. Wednesday 16 March at the same time instead?"),
    ("fr", "Désolé, un imprévu mardi. Pourrait-on passer à mercredi 16, même heure ?"),
    ("es", "Lo siento, me surgió algo el martes. ¿Podríamos pasarlo al miércoles 16, misma hora?"),
    ("it", "Mi spiace, martedì non riesco più. Possiamo spostarla a mercoledì 16, stessa ora?"),
    ("pt", "Desculpe, surgiu algo na terça. Podemos passar para quarta, dia 16, mesmo horário?"),
    (
        "de",
        "Leider ist mir Dienstag etwas dazwischengekommen. Ginge Mittwoch, der 16., gleiche"
        " Uhrzeit?",
    ),
]


@pytest.mark.parametrize("zone", [QUITO, UTC], ids=["quito", "utc"])
@pytest.mark.parametrize(("lang", "body"), MOVES)
def test_same_time_carries_the_agreed_instant_to_the_new_day(
    lang: str, body: str, zone: ZoneInfo
) -> None:
    verdict = read_reply(
        body + "\n", tz=zone, date=BEFORE_CHANGE, quote=_quote(CONFIRMED[lang]), sender=SEATTLE
    )
    if not verdict.certain:
        # Doubted is safe; only a certain reading must be the agreed clock on the 16th.
        return
    assert verdict.intent is Intent.RESCHEDULE, doubt_codes(verdict)
    assert local_starts(verdict, QUITO) == [datetime(2039, 3, 16, 14)]


@pytest.mark.parametrize("zone", [QUITO, UTC], ids=["quito", "utc"])
# German's "Mittwoch, der 16., gleiche Uhrzeit" is left in doubt (the day read apart from
# "gleiche Uhrzeit"): safe, not yet covered.
@pytest.mark.parametrize("lang", ["en", "fr", "es", "it", "pt"])
def test_the_blind_rows_shape_is_read_certain(lang: str, zone: ZoneInfo) -> None:
    body = dict(MOVES)[lang]
    verdict = read_reply(
        body + "\n", tz=zone, date=BEFORE_CHANGE, quote=_quote(CONFIRMED[lang]), sender=SEATTLE
    )
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.RESCHEDULE
    assert local_starts(verdict, QUITO) == [datetime(2039, 3, 16, 14)]


# The 14:00 on a clock the reader does not know, or on no clock, beside the reader's own: the
# reader's restatement shows the 14:00 is not Seattle's, so the agreed instant is a guess.
UNSURE_MEETING = [
    "Great, confirmed: Tuesday 15 March at 14:00 Cuenca time (12:00 for you in Seattle).",
    "Great, confirmed: Tuesday 15 March at 14:00 (12:00 for you in Seattle).",
    "Great, confirmed: Tuesday 15 March at 14:00 my time (12:00 for you in Seattle).",
    "Parfait, confirmé : mardi 15 mars à 14h (12h pour vous à Seattle).",
    "Perfecto, confirmado: martes 15 de marzo a las 14:00 (12:00 para ti en Seattle).",
]


@pytest.mark.parametrize("zone", [QUITO, UTC], ids=["quito", "utc"])
@pytest.mark.parametrize("line", UNSURE_MEETING)
def test_a_meeting_misread_against_the_readers_clock_is_not_moved(
    line: str, zone: ZoneInfo
) -> None:
    body = "Something came up on Tuesday, sorry. Could we shift to Wednesday the 16th, same time?"
    verdict = read_reply(
        body + "\n", tz=zone, date=BEFORE_CHANGE, quote=_quote(line), sender=SEATTLE
    )
    assert not verdict.certain, (verdict.intent, local_starts(verdict, QUITO))


# Across Seattle's change (Sunday 13 March) and not Quito's (none): Friday 11 March at 14:00
# Quito is 11:00 in Seattle; Monday 14 at "the same time" is 14:00 Quito or 11:00 Seattle, an
# hour apart. Whose clock stays is unsaid: doubted.
ACROSS_THE_CHANGE = [
    ("en", "Something came up on Friday. Could we do Monday the 14th, same time?"),
    ("en", "Friday fell through, sorry - Monday 14 March, same time?"),
    ("fr", "Vendredi ne va plus, désolé. Lundi 14, même heure ?"),
    ("es", "El viernes ya no puedo. ¿El lunes 14, misma hora?"),
    ("it", "Venerdì non riesco più. Lunedì 14, stessa ora?"),
    ("pt", "Sexta não dá mais. Segunda, dia 14, mesmo horário?"),
    ("de", "Freitag klappt leider nicht. Montag, der 14., gleiche Uhrzeit?"),
]
FRIDAY = {
    "en": "Great, confirmed: Friday 11 March at 14:00 Quito time (11:00 for you in Seattle).",
    "fr": "Parfait, c'est confirmé : vendredi 11 mars à 14h00 heure de Quito.",
    "es": "Perfecto, confirmado: viernes 11 de marzo a las 14:00 hora de Quito.",
    "it": "Perfetto, confermato: venerdì 11 marzo alle 14:00 ora di Quito.",
    "pt": "Ótimo, confirmado: sexta-feira, 11 de março, às 14h00 hora de Quito.",
    "de": "Super, bestätigt: Freitag, 11. März um 14:00 Uhr (Zeit in Quito).",
}


@pytest.mark.parametrize("zone", [QUITO, UTC], ids=["quito", "utc"])
@pytest.mark.parametrize(("lang", "body"), ACROSS_THE_CHANGE)
def test_same_time_across_one_sides_clock_change_is_doubted(
    lang: str, body: str, zone: ZoneInfo
) -> None:
    verdict = read_reply(
        body + "\n", tz=zone, date=WEEK_BEFORE, quote=_quote(FRIDAY[lang]), sender=SEATTLE
    )
    assert not verdict.certain, (verdict.intent, local_starts(verdict, QUITO))


def test_quito_time_is_a_clock_and_ecuador_alone_is_not() -> None:
    from workflows.understanding.times import named_zone

    assert named_zone("at 14:00 Quito time") == QUITO
    assert named_zone("a las 14:00 hora de Guayaquil") == QUITO
    assert named_zone("We have teams across Ecuador and Peru.") is None
    # The reader's place is not the writer's clock.
    assert named_zone("14:00 (12:00 for you in Seattle)", writers=True) is None
    assert named_zone("14:00 (12:00 for you in Seattle)") is not None


def test_the_readers_clocks_are_read_in_each_language() -> None:
    from datetime import time

    from workflows.understanding.times import readers_clocks

    seattle = ZoneInfo("America/Los_Angeles")
    assert readers_clocks("14:00 Quito time (12:00 for you in Seattle)") == [(time(12), seattle)]
    assert readers_clocks("14h (12h pour vous à Seattle)") == [(time(12), seattle)]
    assert readers_clocks("a las 14 (las 12 para ti en Seattle)") == [(time(12), seattle)]
    assert readers_clocks("2pm Quito, 11am for you in Seattle") == [(time(11), seattle)]
    # A place said as the writer's own is no restatement for the reader.
    assert readers_clocks("14:00 here in Quito, see you in Seattle") == []
