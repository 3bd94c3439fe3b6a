"""Round 26: a part of the day in the words other regions use, and a weekday after a dated day.

Mexico and the Andes say "en la mañana" / "en la tarde", the River Plate "a la mañana",
Brazil "na parte da tarde": each is the same window as "por la mañana". A day of the month in
brackets ("quinta-feira (22)", "Thursday (22nd)") dates its weekday as "Thursday the 22nd"
does, and a bare weekday in the sentence right after a dated day ("Thursday the 22nd at 3?
If not, Friday at 10") comes after that day, as it would in the same sentence. Sentences of
our own, each rule with near misses.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_MEXICO = ZoneInfo("America/Mexico_City")


def _quote() -> str:
    """The user's outreach of Wednesday 14 March 2029, two times in Mexico City."""
    return (
        "\n\nOn Wed, Mar 14, 2029 at 11:05 AM Ada Obi <ada@example.com> wrote:\n"
        "> Could we talk for 20 minutes? Either of these would suit me:\n>\n"
        "> - Tuesday, March 20 at 9:30\n> - Wednesday, March 21 at 12:00\n>\n"
        "> (Mexico City time, CST)\n>\n> Ada\n"
    )


def _read(body: str, offset: str) -> Verdict:
    """``body`` written on Thursday 15 March 2029 at ``offset``."""
    return read_reply(body, tz=_MEXICO, date=f"Thu, 15 Mar 2029 16:20:00 {offset}", quote=_quote())


def _windows(verdict: Verdict, tz: tzinfo) -> list[tuple[datetime, datetime]]:
    return [
        (w.start.astimezone(tz).replace(tzinfo=None), w.end.astimezone(tz).replace(tzinfo=None))
        for w in verdict.proposed_times
    ]


@pytest.mark.parametrize(
    ("body", "offset", "zone", "window"),
    [
        ("¿Te sirve el miércoles 21 a las 2 de la tarde? Si no, el viernes 23 en la mañana "
         "estoy libre.", "-0500", "America/Bogota",
         (datetime(2029, 3, 23, 9), datetime(2029, 3, 23, 12))),
        ("Puedo el jueves 22 en la tarde, como te acomode.", "-0600", "America/Monterrey",
         (datetime(2029, 3, 22, 13), datetime(2029, 3, 22, 17))),
        ("Yo podría el lunes 26 a la mañana, avisame.", "-0300",
         "America/Argentina/Buenos_Aires", (datetime(2029, 3, 26, 9), datetime(2029, 3, 26, 12))),
        ("Consigo na sexta 23 na parte da tarde, pode ser?", "-0300", "America/Sao_Paulo",
         (datetime(2029, 3, 23, 13), datetime(2029, 3, 23, 17))),
    ],
)  # fmt: skip
def test_a_regional_part_of_the_day_is_its_window(
    body: str, offset: str, zone: str, window: tuple[datetime, datetime]
) -> None:
    verdict = _read(body, offset)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert window in _windows(verdict, ZoneInfo(zone))
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "offset", "zone", "starts"),
    [
        # "mañana" after "en la" is the morning, not tomorrow: the day stays the 22nd.
        ("El jueves 22 en la mañana a las 10 me queda bien.", "-0600", "America/Monterrey",
         [datetime(2029, 3, 22, 10)]),
        # "mañana" alone is still tomorrow.
        ("¿Mañana a las 10 te sirve?", "-0600", "America/Monterrey", [datetime(2029, 3, 16, 10)]),
        # A morning turned down is offered nowhere.
        ("El martes 20 en la tarde no puedo, pero el jueves 22 a las 10 sí.", "-0500",
         "America/Bogota", [datetime(2029, 3, 22, 10)]),
    ],
)  # fmt: skip
def test_near_misses_of_the_regional_part_of_the_day(
    body: str, offset: str, zone: str, starts: list[datetime]
) -> None:
    assert local_starts(_read(body, offset), ZoneInfo(zone)) == starts


@pytest.mark.parametrize(
    ("body", "offset", "zone", "starts"),
    [
        ("Pode ser quinta (22) às 15h? Se não der, sexta às 10h também dá.", "-0300",
         "America/Sao_Paulo", [datetime(2029, 3, 22, 15), datetime(2029, 3, 23, 10)]),
        ("Could we do Thursday the 22nd at 3pm? If not, Friday at 10 works too.", "-0500",
         "America/Chicago", [datetime(2029, 3, 22, 15), datetime(2029, 3, 23, 10)]),
        ("¿Puedes el jueves (22) a las 4? Si no, el viernes a las 11.", "-0500",
         "America/Bogota", [datetime(2029, 3, 22, 16), datetime(2029, 3, 23, 11)]),
        ("Ginge es Donnerstag, den 22., um 15 Uhr? Sonst Freitag um 10.", "+0100",
         "Europe/Berlin", [datetime(2029, 3, 22, 15), datetime(2029, 3, 23, 10)]),
    ],
)  # fmt: skip
def test_a_weekday_right_after_a_dated_day_comes_after_it(
    body: str, offset: str, zone: str, starts: list[datetime]
) -> None:
    verdict = _read(body, offset)
    assert local_starts(verdict, ZoneInfo(zone)) == starts
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "offset", "zone", "starts"),
    [
        # "tomorrow" is a day of its own, not a weekday to move.
        ("Thursday the 22nd at 3pm? Otherwise tomorrow at 10.", "-0500", "America/Chicago",
         [datetime(2029, 3, 22, 15), datetime(2029, 3, 16, 10)]),
        # A sentence between: the dated day no longer governs the weekday.
        ("Thursday the 22nd is out for me. Anyway, hope you're well. Friday at 10?", "-0500",
         "America/Chicago", [datetime(2029, 3, 16, 10)]),
        # The day before the dated one, in the next sentence, is the same time on another
        # clock, not a day a week later.
        ("Could we try Friday the 23rd at 9am Tokyo time? That is Thursday 6pm for you, "
         "I think.", "+0900", "America/Mexico_City", [datetime(2029, 3, 22, 18)]),
        # A weekday before the dated day is read as before.
        ("Friday at 10? Or else Thursday the 22nd at 3pm.", "-0500", "America/Chicago",
         [datetime(2029, 3, 16, 10), datetime(2029, 3, 22, 15)]),
    ],
)  # fmt: skip
def test_near_misses_of_the_weekday_after_a_dated_day(
    body: str, offset: str, zone: str, starts: list[datetime]
) -> None:
    assert local_starts(_read(body, offset), ZoneInfo(zone)) == starts


@pytest.mark.parametrize(
    ("body", "offset", "zone", "starts"),
    [
        # "¿" opens a question after a comma too: the refusal before it is not the offer's.
        ("El viernes en la mañana no puedo, ¿el jueves 22 a las 10?", "-0500", "America/Bogota",
         [datetime(2029, 3, 22, 10)]),
        ("No puedo el viernes, ¿te sirve el lunes 26 a las 9?", "-0600", "America/Monterrey",
         [datetime(2029, 3, 26, 9)]),
        # A time turned down with the verb left out is no offer.
        ("Friday morning I can't, Thursday the 22nd at 10?", "-0500", "America/Chicago",
         [datetime(2029, 3, 22, 10)]),
        ("Friday at 2 I cannot - Monday the 26th at 11?", "-0700", "America/Los_Angeles",
         [datetime(2029, 3, 26, 11)]),
        ("Friday morning is no good, but Thursday the 22nd at 10?", "+0100", "Europe/Paris",
         [datetime(2029, 3, 22, 10)]),
    ],
)  # fmt: skip
def test_a_time_turned_down_beside_a_counter_offer_is_not_offered(
    body: str, offset: str, zone: str, starts: list[datetime]
) -> None:
    verdict = _read(body, offset)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, ZoneInfo(zone)) == starts


@pytest.mark.parametrize(
    ("body", "offset", "zone", "starts"),
    [
        # A comma before a question that is no "¿" splits nothing.
        ("El jueves 22 a las 10 me va bien, ¿te parece?", "-0600", "America/Monterrey",
         [datetime(2029, 3, 22, 10)]),
        # "I can't wait" and "I couldn't reply" turn nothing down.
        ("Thursday the 22nd at 10 is good, I can't wait.", "-0500", "America/Chicago",
         [datetime(2029, 3, 22, 10)]),
        ("Thursday the 22nd at 10 works, sorry I couldn't reply sooner.", "-0500",
         "America/Chicago", [datetime(2029, 3, 22, 10)]),
    ],
)  # fmt: skip
def test_near_misses_of_a_time_turned_down(
    body: str, offset: str, zone: str, starts: list[datetime]
) -> None:
    assert local_starts(_read(body, offset), ZoneInfo(zone)) == starts


def _confirmed() -> str:
    """The user's confirmation of Wednesday 21 March 2029 at 12:00, Mexico City."""
    return (
        "\n\nEl jue, 15 mar 2029 a las 10:02, Ada Obi (<ada@example.com>) escribió:\n"
        "> ¡Perfecto! Quedamos el miércoles 21 a las 12:00 (hora de la Ciudad de México)."
        " Te mando el link.\n>\n> Ada\n"
    )


def _move(body: str, offset: str = "-0600") -> Verdict:
    """``body`` written on Tuesday 20 March 2029, the day before the agreed chat."""
    return read_reply(
        body, tz=_MEXICO, date=f"Tue, 20 Mar 2029 21:10:00 {offset}", quote=_confirmed()
    )


@pytest.mark.parametrize(
    ("body", "start"),
    [
        # An emoji ends a sentence before lower case: the time before it is the one given up.
        ("perdón!! me surgió algo mañana a las 12 😩 lo movemos al jueves a la misma hora?",
         datetime(2029, 3, 22, 12)),
        ("sorry!! something came up tomorrow at 12 🙈 can we do friday same time?",
         datetime(2029, 3, 23, 12)),
        ("desculpa!! surgiu um imprevisto amanhã às 12 😩 podemos passar pra quinta no mesmo "
         "horário?", datetime(2029, 3, 22, 12)),
        # "la"/"lo" is the meeting: "mover(la) a las 5" moves it to 5 on its own day.
        ("¿Podemos moverla a las 5 de la tarde?", datetime(2029, 3, 21, 17)),
        ("¿La podemos mover a las 5 en vez de las 12?", datetime(2029, 3, 21, 17)),
        # A greeting before the move keeps the meeting's day off nothing.
        ("Hola Ana! ¿La podemos mover? A las 5 en vez de las 12.", datetime(2029, 3, 21, 17)),
        ("Hi! Can we move it? At 5 instead of 12.", datetime(2029, 3, 21, 17)),
    ],
)  # fmt: skip
def test_a_move_of_the_agreed_chat_is_read_to_its_new_time(body: str, start: datetime) -> None:
    verdict = _move(body)
    assert verdict.intent is Intent.RESCHEDULE
    assert local_starts(verdict, _MEXICO) == [start]
    assert verdict.certain, doubt_codes(verdict)


def test_a_move_to_a_meeting_of_the_senders_own_is_still_not_this_one() -> None:
    verdict = _move("I need to move a meeting, so Thursday the 22nd at 3 works.")
    # "Quedamos el miércoles 21 a las 12:00" settled Wednesday (hunt 46), so Thursday at 3
    # moves it; the move word, about a meeting of the sender's own, is not what says so.
    assert verdict.notes == ("moves an agreed time to another",)
    assert local_starts(verdict, _MEXICO) == [datetime(2029, 3, 22, 15)]


def test_a_move_by_a_length_alone_stays_doubted() -> None:
    verdict = _move("¿Podemos atrasarla media hora?")
    assert verdict.intent is Intent.RESCHEDULE
    assert "shift_by_length" in doubt_codes(verdict)


def _outreach_april() -> str:
    """The user's outreach of Monday 2 April 2029, two times in Mexico City."""
    return (
        "\n\nOn Mon, Apr 2, 2029 at 10:15 AM Ada Obi <ada@example.com> wrote:\n"
        "> Would you have 20 minutes? Any of these would work on my side:\n>\n"
        "> - Thursday, April 5 at 09:00\n> - Monday, April 9 at 13:00\n>\n"
        "> (all Mexico City time, CST)\n"
    )


@pytest.mark.parametrize(
    ("body", "offset", "zone", "windows"),
    [
        ("cant do thu. fri 4/6 at noon? or mon after 3", "-0500", "America/Chicago",
         [(datetime(2029, 4, 6, 12), datetime(2029, 4, 6, 12, 30)),
          (datetime(2029, 4, 9, 15), datetime(2029, 4, 9, 17))]),
        ("thu is out, sorry! sat at 10 works for me", "-0700", "America/Los_Angeles",
         [(datetime(2029, 4, 7, 10), datetime(2029, 4, 7, 10, 30))]),
        ("neither works sorry, wed at 11?", "-0400", "America/New_York",
         [(datetime(2029, 4, 4, 11), datetime(2029, 4, 4, 11, 30))]),
    ],
)  # fmt: skip
def test_a_lower_case_abbreviated_day_before_a_clock_is_a_day(
    body: str, offset: str, zone: str, windows: list[tuple[datetime, datetime]]
) -> None:
    verdict = read_reply(
        body, tz=_MEXICO, date=f"Tue, 03 Apr 2029 21:41:00 {offset}", quote=_outreach_april()
    )
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert _windows(verdict, ZoneInfo(zone)) == windows
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # After a pronoun or an article the word is the verb or the noun.
        "I sat at 4 desks today, anyway Monday the 9th at 1 works",
        "the sun after 6 is brutal here, Monday the 9th at 1 works",
    ],
)
def test_near_misses_of_the_lower_case_abbreviated_day(body: str) -> None:
    verdict = read_reply(
        body, tz=_MEXICO, date="Tue, 03 Apr 2029 21:41:00 -0500", quote=_outreach_april()
    )
    # No Saturday or Sunday is offered; whatever the stray clock is read as, it is doubted.
    assert all(w.start.weekday() < 5 for w in verdict.proposed_times)
    assert not verdict.certain or local_starts(verdict, _MEXICO) == [datetime(2029, 4, 9, 13)]


@pytest.mark.parametrize(
    ("body", "starts"),
    [
        # A day turned down on a phone, a stop before the next day.
        ("can't do thu. fri 4/6 at noon?", [datetime(2029, 4, 6, 12)]),
        ("cant do wed. thurs 4/5 at 10?", [datetime(2029, 4, 5, 10)]),
        ("Can't do mon. tues 4/10 at 9am?", [datetime(2029, 4, 10, 9)]),
        # The weekday's stop before its date is one date, and reads without failing.
        ("Tue. Apr 10 at 3 works", [datetime(2029, 4, 10, 15)]),
    ],
)  # fmt: skip
def test_a_day_turned_down_on_a_phone_is_not_offered(body: str, starts: list[datetime]) -> None:
    verdict = read_reply(
        body, tz=_MEXICO, date="Tue, 03 Apr 2029 21:41:00 -0500", quote=_outreach_april()
    )
    assert local_starts(verdict, ZoneInfo("America/Chicago")) == starts
