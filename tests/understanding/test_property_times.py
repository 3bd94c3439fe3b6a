"""Property test: plausible time wording in seven languages gives a verdict, never an exception.

Random bytes rarely spell a date, a clock and a zone next to each other, so the time grammar's
crash paths stay out of their reach; these replies are built from real time fragments.
"""

from __future__ import annotations

from datetime import UTC, tzinfo
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.understanding.reply import read_reply
from workflows.understanding import Verdict

DATE = "Mon, 07 Dec 2026 09:00:00 -0500"
ZONES: list[tzinfo] = [UTC, ZoneInfo("America/Los_Angeles"), ZoneInfo("Asia/Kolkata")]
SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

WEEKDAYS = [
    "Monday", "Tuesday", "Thursday", "Fri", "Tue.", "Wed,", "Thu.,", "Sat", "sunday", "tues",
    "lundi", "mardi", "jeudi", "ven.", "mer.", "martes", "jueves", "vie.", "lun.", "miércoles",
    "Dienstag", "Do.", "Mi", "Freitag", "Mo.,", "martedì", "giovedì", "gio.", "ven", "lunedi",
    "terça-feira", "quinta", "qua.", "seg.,", "sexta-feira", "dinsdag", "donderdag", "di.", "vr",
    "wo.", "mardi prochain", "jeudi en huit", "jueves que viene", "quinta que vem",
    "giovedì prossimo", "next Thu", "this Friday", "nächsten Dienstag", "volgende dinsdag",
]  # fmt: skip
DATES = [
    "4/10", "10/4", "12/9", "9.12.", "10.4.", "2026-12-09", "12/09/2026", "9/12/26", "Dec 9",
    "December 9th", "Apr 10", "the 10th", "the 9th", "9th", "10 avril", "le 9 décembre", "9 déc.",
    "el 10 de diciembre", "10 dic", "dia 10", "dia 9 de dezembro", "den 10.", "am 9. Dezember",
    "9. Dez.", "il 10 dicembre", "10 dic.", "9 december", "op 10 dec", "Dec. 10", "10-12",
    "31/02", "0/0", "13/13", "29 février", "Feb 30",
]  # fmt: skip
CLOCKS = [
    "3", "3pm", "3 pm", "3:30", "3:30pm", "15h", "15h30", "15.30", "15:00", "9u30", "9 uur",
    "half past 3", "quarter to 4", "halb vier", "Viertel nach drei", "noon", "midnight", "midi",
    "mediodía", "mezzogiorno", "meio-dia", "middag", "9am", "11.30am", "7:30a", "0h", "24:00",
    "12am", "12pm", "25:00", "9h du matin", "3 de la tarde", "alle 15", "às 15h", "om 15 uur",
    "um 15 Uhr", "à 15h", "a las 3", "14 Uhr", "ore 14", "3 o'clock", "3ish", "after 2",
    "before 10am", "morning", "afternoon", "evening", "EOD",
]  # fmt: skip
RANGES = [
    "3-4", "3-4pm", "11pm-12:30am", "between 2 and 4", "de 14 à 16h", "from 2 to 4pm",
    "2–4 PM", "14-16h", "zwischen 14 und 16 Uhr", "tra le 14 e le 16", "entre las 2 y las 4",
    "entre 14h e 16h", "tussen 14 en 16 uur", "9:00 - 10:30", "14.00–15.30", "3 to 3:30",
    "noon-1", "10-", "-4pm", "9 till 5",
]  # fmt: skip
TIMEZONES = [
    "PT", "ET", "EST", "PST", "IST", "CET", "CEST", "UTC", "UTC+5:30", "GMT-3", "GMT+1",
    "UTC-03:00", "Mexico City time", "America/Bogota", "Europe/Paris", "your time",
    "my time", "heure de Paris", "hora de Madrid", "MEZ", "BST", "AEST", "(PT)", "[ET]",
    "Pacific", "Eastern time", "Brasília", "UTC+14", "GMT+99", "Foo/Bar",
    "America/Argentina", "America/Indiana", "America/Argentina/Buenos_Aires", "Asia/Calcutta",
]  # fmt: skip
RELATIVE = [
    "tomorrow", "today", "next week", "this week", "next Tuesday", "en huit", "demain",
    "mañana", "morgen", "domani", "amanhã", "overmorgen", "la semaine prochaine",
    "la próxima semana", "nächste Woche", "la prossima settimana", "semana que vem",
    "volgende week", "in two weeks", "the day after", "later this week", "after the holidays",
]  # fmt: skip
GLUE = [
    " ", "", ".", ",", " at ", " @ ", ", ", ". ", " or ", " and ", " / ", "\n", "\n\n", " - ",
    " – ", "; ",
    " à ", " a las ", " um ", " alle ", " às ", " om ", " ou ", " o ", " oder ", " of ", "?",
    "!", " (", ") ", ":", " works", " ok", " does ", " is fine", " 👍 ", "...",
]  # fmt: skip
PROSE = [
    "Sure,", "Thanks!", "Could we do", "How about", "I'm free", "Not", "Je peux", "Puedo",
    "Ich kann", "Posso", "Posso sim", "Ik kan", "Works for me:", "No,", "Can't do", "Sorry,",
    "Happy to chat", "Let's say", "Any of these:", "- ", "* ", "1)", "Option 2:",
]  # fmt: skip
FRAGMENTS = st.sampled_from(
    WEEKDAYS + DATES + CLOCKS + RANGES + TIMEZONES + RELATIVE + PROSE
) | st.integers(0, 40).map(str)
QUOTE_LINES = [
    "> - Thursday 11/16 at 7:30am PT", "> - Tue Dec 8 at 3pm ET", "> Wed 12/9, 10:00-10:30 CET",
    "> jeudi 10 décembre à 15h (heure de Paris)", "> 9. Dezember, 14 Uhr MEZ",
    "> Would you have 20 minutes next week?", "> Ada Obi", "> Lisbon (WET) | ada@example.com",
    "> Mexico City time", ">", ">> Fri 4/10 3-4pm",
]  # fmt: skip
SIGNATURES = [
    "", "--\nKai Berg\nSan Francisco (PT)", "Kai | Berlin, CET", "Sent from Bogota (UTC-5)",
    "--\nKai\nAmerica/Sao_Paulo", "Kai Berg, IST", "Kai\nMon-Fri 9-5 ET",
]  # fmt: skip


def _turkish_caps(text: str) -> str:
    """Caps typed on a Turkish keyboard: "i" goes up to the dotted "İ"."""
    return text.replace("i", "İ").upper()


CASINGS = [str, str, str, str.upper, str.lower, _turkish_caps]


@st.composite
def time_phrases(draw: st.DrawFn) -> str:
    """Fragments joined by plausible glue, e.g. 'Tue. Apr 10 at 3pm PT or'."""
    parts = draw(st.lists(FRAGMENTS, min_size=1, max_size=10))
    out = parts[0]
    for part in parts[1:]:
        out += draw(st.sampled_from(GLUE)) + part
    return out


@st.composite
def reply_bodies(draw: st.DrawFn) -> tuple[str, str]:
    """A body (phrases, then a signature) and the quoted outreach under it."""
    body = "\n".join(draw(st.lists(time_phrases(), min_size=1, max_size=4)))
    body = draw(st.sampled_from(CASINGS))(body)
    body += "\n\n" + draw(st.sampled_from(SIGNATURES))
    quote = draw(st.lists(st.sampled_from(QUOTE_LINES), max_size=4))
    if not quote:
        return body, ""
    return body, "\n\nOn Fri, Dec 4, 2026 at 10:00 AM Ada Obi <ada@example.com> wrote:\n" + (
        "\n".join(quote)
    )


@SETTINGS
@given(reply=reply_bodies(), tz=st.sampled_from(ZONES))
def test_plausible_time_wording_gives_a_verdict(reply: tuple[str, str], tz: tzinfo) -> None:
    body, quote = reply
    verdict = read_reply(body, tz=tz, date=DATE, quote=quote)
    assert isinstance(verdict, Verdict)
    assert verdict.certain == (not verdict.doubts)


# Replies the generator once found raising inside the reader, reduced to their smallest form.
CRASHES = [
    # The weekday's mention ended on "prochain" / "que viene", looked up as a weekday.
    "mardi prochain 10 décembre à 15h",
    "jueves que viene 10/12 a las 3",
    # A zone database folder, not a zone: ZoneInfo raised IsADirectoryError.
    "Tuesday 3pm America/Argentina",
    # A case-blind pattern matched a letter whose lower case no table holds ("fri̇day").
    "FRİDAY at 3pm",
    "Friday 3pm EVENİNG",
    "Tueſday 3pm",
]


@pytest.mark.parametrize("body", CRASHES)
@pytest.mark.parametrize("tz", ZONES[:2], ids=["utc", "los_angeles"])
def test_reduced_crash_gives_a_verdict(body: str, tz: tzinfo) -> None:
    assert isinstance(read_reply(body, tz=tz, date=DATE), Verdict)
