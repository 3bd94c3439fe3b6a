"""Find calendar dates in text and resolve them against a reference day.

Shared by the time-window reader (``times.py``) and the return-date reader
(``returns.py``). Every pattern is bounded (no nested repetition), so the
scan is linear in the text length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from workflows.understanding.language import language_of
from workflows.understanding.vocab import (
    BARE_ORDINAL_DAYS,
    DAY_EXCEPT_WORDS,
    ENGLISH_DAYS,
    LOWER_CASE_ABBREVIATIONS,
    MONTHS,
    NEXT_WEEK_WORDS,
    PARTS_OF_DAY,
    RELATIVE_DAYS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)


def alternation(words: Iterable[str]) -> str:
    # Longest first, so "thursday" wins over "thu".
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Weekdays written out, in every language; not "sat", "sun", "mar", which are words too.
LONG_WEEKDAYS = alternation(w for w in WEEKDAYS if len(w) > 3)
_MONTH = rf"(?P<month>{alternation(MONTHS)})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.)?"
_YEAR = r"(?:,?[ \t]+(?:de[ \t]+)?(?P<year>20\d\d))?"
_WEEKDAY = (
    r"(?P<prefix>(?:next|this|coming|el[ \t]+próximo|el[ \t]+proximo|próximo|proximo"
    r"|próxima|proxima|prossimo|prossima|volgende|nächsten|nächster|kommenden|diesen)[ \t]+)?"
    rf"(?P<weekday>{alternation(WEEKDAYS)})\.?"
    r"(?P<suffix>[ \t]+(?:prochain|prochaine|que[ \t]+viene|que[ \t]+vem|próximo|proximo"
    r"|próxima|prossimo|prossima))?"
)
# "Quarta-feira, 16", "Wednesday, the 16th", "sexta, dia 11", "Mittwoch, den 16.": the
# day of the month may follow the weekday after a comma and an article, as natives write it.
_DOM_LEAD = (
    r"(?:,?[ \t]+|,)(?P<article>(?:dia|den|the|le|el|il)[ \t]+"
    # Dutch "dinsdag de 15e": "de" is the article only before an ordinal ("jeudi de 14 à 16h").
    r"|de[ \t]+(?=[0-3]?\d(?:ste|de|e)\b)"
    # German "Dienstag, der 27.", "am Dienstag, dem 27.": the article's other cases, only
    # before a day closed by its stop (German's ordinal), so no hour is taken for a day.
    r"|de[mr][ \t]+(?=[0-3]?\d\.(?!\d)(?![ \t]*(?:Termine?|Vorschlag|Option)\b)))?"
)
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>20\d\d)-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)\b")),
    # "mar 10/12" is a short weekday (martes, mardi, martedì) before a numeric date, not March.
    (
        "month_day",
        # "Oct 30: can't at 3": a colon after the day is the end of a heading, not a clock's.
        re.compile(rf"\b{_MONTH}[ \t]+{_DAY}(?!\d|[/.:]\d)\b{_YEAR}", re.IGNORECASE),
    ),
    (
        "day_month",
        re.compile(
            rf"\b{_DAY}[ \t]*(?:of[ \t]+|de[ \t]+)?{_MONTH}(?![a-zà-ÿ]){_YEAR}", re.IGNORECASE
        ),
    ),
    (
        "numeric",
        re.compile(
            r"(?<![\d/.:])(?P<a>[0-3]?\d)(?:/(?P<b>[0-3]?\d)(?:/(?P<y1>\d{2}|\d{4}))?"
            r"|\.(?P<c>[01]?\d)\.(?P<y2>\d{4})?)(?![\d/]|\.\d)"
        ),
    ),
    # "mercredi 11", "jueves 22", "Thursday 19": a day of the month after a weekday,
    # kept only when that day is that weekday (else "Friday 10" may be a time).
    (
        "weekday_day",
        re.compile(
            # "quinta-feira (22)", "Thursday (22nd)": the day in brackets as an aside.
            rf"\b{_WEEKDAY}(?:{_DOM_LEAD}|[ \t]*(?P<paren>\())(?P<dom>[0-3]?\d)"
            # "lunes 17." closing a sentence, the reply, or a line.
            r"(?P<ord>st|nd|rd|th|er|ste|de|e|º|\.(?=[ \t,\n]|$))?(?(paren)\))"
            r"(?![\d:.h/]|u(?:[0-5]\d)?\b"
            r"|[ \t]*(?:[ap]\.?m\b|uhr\b|uur\b|u\b|h\b|o'clock|[-–—]|to\b|till?\b|until\b|bis\b))",
            re.IGNORECASE,
        ),
    ),
    ("weekday", re.compile(rf"\b{_WEEKDAY}(?![a-zà-ÿ])", re.IGNORECASE)),
    (
        "ordinal",
        re.compile(
            # ("the 9:30 I mentioned" is a clock, not the 9th.)
            r"\b(?:the[ \t]+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?![:.]\d)"
            r"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)"
            # Italian "tra le 14 e le 15", "verso le 10" are hours, not the 14th.
            # "(le 21 qui a Torino, le 15 a New York)": an hour where it is, not the 21st; so is
            # "cioè le 15" ("that is, 3pm"), "per me sono le 6" ("for me it is 6"), and so is
            # "dopo le 15" ("after 3pm"; after the 15th is "dopo il 15").
            r"|(?<!tra )(?<!fra )(?<!verso )(?<! e )(?<!cioè )(?<!ossia )(?<!sono )(?<!dopo )"
            r"le[ \t]+(?P<d3>[0-3]?\d)(?:er)?(?![\d:h])"
            # "(le 8 di mattina ad Anchorage)": a part of the day after it makes it an hour; so
            # does a place ("le 16 di Brisbane", "le 9 a Roma"): the hour there, not the 16th,
            # and whose clock it is ("le 16 per me sono le 6": 4pm is 6am for me).
            r"(?![ \t]+(?:qui|lì|per[ \t]+(?:me|noi|te|voi|lei|loro)\b"
            r"|da[ \t]+(?:voi|noi|te|me|lei)|(?-i:(?:ad?|di)[ \t]+[A-Z])|ora\b"
            r"|(?:di|del|della)[ \t]+(?:mattin[ao]|mattino|pomeriggio|sera|notte)\b))"
            r"|el[ \t]+(?:día[ \t]+)?(?P<d4>[0-3]?\d)(?![\d:])"
            r"|am[ \t]+(?P<d5>[0-3]?\d)\.(?![\d])"
            # Dutch "de 14e", "de 1ste", "de 8ste": the suffix is required, as a bare "de 14"
            # is French, Spanish or Portuguese "from 14 (o'clock)".
            r"|de[ \t]+(?P<d6>[0-3]?\d)(?:ste|de|e)"
            # Portuguese "terça, dia 15", Spanish "martes, día 15", German "Dienstag, den 15.":
            # the day of the month after a weekday, written with its own article or noun.
            r"|d[ií]a[ \t]+(?P<d7>[0-3]?\d)(?![\d:h])"
            r"|den[ \t]+(?P<d8>[0-3]?\d)\.(?!\d))"
            # "the 2nd one works": a place in the user's list (see ordinals.py), not a date.
            r"(?!\w)(?![ \t]+(?:ones?|options?|slots?|choices?)\b)"
            # "any of the 30-min slots", "le 15 minutes": a length, not the 30th.
            r"(?![ \t]*-?[ \t]*(?:mins?|minutes?|minutos|minuti|minuten|hours?|hrs?|heures?"
            r"|horas|ore|stunden|uur)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "relative",
        re.compile(
            rf"(?<![\w-])(?P<rel>{alternation(RELATIVE_DAYS)})(?![\w-])",
            re.IGNORECASE,
        ),
    ),
]
_WEEKDAY_DAY = dict(_PATTERNS)["weekday_day"]
# "any day next week", "cualquier día de la próxima semana": each working day of it.
# "any morning next week except Wednesday": the morning stays a time; the day left out is no
# day of the week's.
_ANY_DAY_NEXT_WEEK = re.compile(
    r"\b(?:any|every|each)[ \t]+(?:(?:week)?day|(?P<part>morning|afternoon|evening))[ \t]+"
    r"(?:of[ \t]+|in[ \t]+)?(?:the[ \t]+)?"
    r"(?:next[ \t]+week|following[ \t]+week|week[ \t]+after)"
    rf"(?:,?[ \t]+(?:except|but not|other than|apart from)[ \t]+(?:on[ \t]+)?"
    rf"(?P<except>{alternation(WEEKDAYS)})\b)?"
    r"|\bn'importe[ \t]+quel[ \t]+jour[ \t]+(?:de[ \t]+)?la[ \t]+semaine[ \t]+prochaine"
    r"|\bcualquier[ \t]+día[ \t]+de[ \t]+la[ \t]+(?:próxima[ \t]+semana|semana[ \t]+que[ \t]+viene)"
    r"|\bjeden[ \t]+Tag[ \t]+(?:in[ \t]+der[ \t]+)?(?:nächsten|kommenden)[ \t]+Woche",
    re.IGNORECASE,
)
# "Any day next week between 2 and 4 pm is fine, except Wednesday when …": a day ruled out
# later in the sentence, after the hours. A day with a clock after it ("except Wednesday at 3")
# rules out only that hour, and is left as read.
_EXCEPT_LATER = re.compile(
    rf"[^.!?\n]*?,?[ \t]+(?:{alternation(DAY_EXCEPT_WORDS)})[ \t]+"
    r"(?:(?:on|the|le|el|la|am|il|a|o|op)[ \t]+)?"
    rf"(?P<days>(?:{alternation(WEEKDAYS)})(?:[ \t]*(?:,|and|or|et|ou|y|o|und|oder|e|en|of)[ \t]*"
    rf"(?:{alternation(WEEKDAYS)}))*)\b(?![ \t,]*(?:at|um|à|a[ \t]+las|alle|às|om)?[ \t]*\d)",
    re.IGNORECASE,
)
_NEXT_WEEK = re.compile(rf"\b(?:{alternation(NEXT_WEEK_WORDS)})\b", re.IGNORECASE)
# "jeudi de la semaine prochaine", "giovedì della prossima settimana", "quinta da próxima
# semana", "Donnerstag der nächsten Woche", "Thursday of next week": that weekday next week.
_OF_NEXT_WEEK = re.compile(
    rf"(?:of|in|de|del|della|da|der|in[ \t]+der|van)[ \t]+(?:{alternation(NEXT_WEEK_WORDS)})\b",
    re.IGNORECASE,
)
_NEXT_WORD = (
    r"next|nächsten|nächster|nächste|kommenden|kommendem|kommende|el[ \t]+próximo|próximo"
    r"|proximo|próxima|proxima|na[ \t]+próxima|prossimo|prossima|volgende"
)
_NEXT_AFTER = (
    r"prochain|prochaine|que[ \t]+viene|que[ \t]+vem|próximo|proximo|próxima|prossimo|prossima"
)
# "Next Thursday" / "jeudi prochain" / "giovedì prossimo" / "nächsten Donnerstag": a weekday
# marked "next".
_NEXT_WEEKDAY = re.compile(
    rf"\b(?:{_NEXT_WORD})[ \t]+(?P<before>{alternation(WEEKDAYS)})(?![a-zà-ÿ])"
    rf"|\b(?P<after>{alternation(WEEKDAYS)})(?:-feira)?[ \t]+(?:{_NEXT_AFTER})\b",
    re.IGNORECASE,
)
# A day of the month written beside the weekday settles which one is meant.
_DATE_BESIDE = re.compile(
    r"(?:-feira)?(?:[ \t]+(?:" + _NEXT_AFTER + r"))?,?[ \t]+(?:(?:the|le|el|il|dia|den|de)[ \t]+"
    r"|de[mr][ \t]+(?=[0-3]?\d\.))?"
    r"[0-3]?\d(?:st|nd|rd|th|er|ste|de|e|º|\.)?(?![\d:.hu/]|[ \t]*(?:[ap]\.?m\b|uhr\b|uur\b|u\b))",
    re.IGNORECASE,
)
# "mañana" after "la"/"por la" is "the morning", not "tomorrow"; German "Morgen" after
# "am"/"guten" likewise.
_NOT_TOMORROW = re.compile(r"(?:\bla|\bguten|\bam|\bden)[ \t]+$", re.IGNORECASE)


_RANK = {
    "relative": 0,
    "ordinal": 1,
    "weekday": 2,
    "weekday_day": 3,
    "numeric": 3,
    "day_month": 4,
    "month_day": 4,
    "iso": 5,
}


@dataclass(frozen=True)
class DateMention:
    """A date found in text, with its span, resolved against the reference day."""

    start: int
    end: int
    day: date
    kind: str


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _roll_forward(year: int | None, month: int, day: int, ref: date) -> date | None:
    """A day-month with no year: this year, or next year if it has passed."""
    if year is not None:
        return _safe_date(year, month, day)
    found = _safe_date(ref.year, month, day)
    if found is not None and found < ref:
        found = _safe_date(ref.year + 1, month, day)
    return found


def _year_of_weekday(day: date, named: int, ref: date) -> date:
    """``day``, rolled to next year, back in this one when only this year's has its weekday.

    "Tuesday 5 March" quoted in a reply of 8 March 2030 is that Tuesday, days past, not
    5 March 2031 (a Wednesday).
    """
    this_year = _safe_date(ref.year, day.month, day.day)
    if day.year == ref.year + 1 and day.weekday() != named and this_year is not None:
        return this_year if this_year.weekday() == named else day
    return day


def _day_of_month(day: int, ref: date) -> date | None:
    """A bare day of month ("the 14th"): this month, or the next month that has it."""
    year, month = ref.year, ref.month
    for _ in range(3):
        found = _safe_date(year, month, day)
        if found is not None and found >= ref:
            return found
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


# "jeudi 11 à 15h", "Thursday 11 at 3pm": with the clock after it, the number is the day.
_CLOCK_AFTER_DAY = re.compile(
    r",?[ \t]+(?:at|à|a[ \t]+las|alle|às|as|um|om|@)[ \t]+\d", re.IGNORECASE
)


def _day_gone_by(number: int, weekday: int, ref: date) -> bool:
    """Whether the last day ``number`` of a month before ``ref`` fell on ``weekday``.

    "The times you offered (Thu 9th, Tue 14th) have gone" written on the 16th names days
    of this month already past, each on its own weekday: no slip, though the 9th and 14th
    still to come fall on other weekdays.
    """
    year, month = ref.year, ref.month
    for _ in range(2):
        found = _safe_date(year, month, number)
        if found is not None and found < ref:
            return ref - found <= timedelta(days=31) and found.weekday() == weekday
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return False


def weekday_against_day(text: str, ref: date, booked: Iterable[date] = ()) -> bool:
    """A weekday written with a day of the month that falls on another weekday.

    "Quarta-feira 17" when the 17th is a Thursday: one of the two is a slip, and reading the
    weekday alone books the wrong day. Only a number that cannot be a clock hour (over 12), or
    one marked as a day ("dia 17", "the 17th", "17."), counts: "Thursday 3" may be 3 o'clock.
    A day gone by named on its own weekday is no slip, unless a clock follows it or the
    reading booked the day still to come (``booked``): "Thu 9th at 3pm" written on the 16th
    is a past day offered, or next month's 9th with its weekday wrong.
    """
    booked = set(booked)
    for match in _WEEKDAY_DAY.finditer(text):
        number = int(match["dom"])
        if (
            number <= 12
            and not match["ord"]
            and not match["article"]
            and not _CLOCK_AFTER_DAY.match(text, match.end())
        ):
            continue
        found = _day_of_month(number, ref)
        weekday = WEEKDAYS[match["weekday"].lower()]
        if found is not None and found.weekday() == weekday:
            continue
        if (
            found not in booked
            and not _CLOCK_AFTER_DAY.match(text, match.end())
            and _day_gone_by(number, weekday, ref)
        ):
            continue
        return True
    return False


# "the following Thursday (the 13th)": a weekday with its day of the month in a bracket after.
_WEEKDAY_BRACKETED_DAY = re.compile(
    rf"\b(?P<weekday>{alternation(WEEKDAYS)})\b[ \t]*\((?:the[ \t]+)?(?P<dom>[0-3]?\d)"
    r"(?:st|nd|rd|th)?\)",
    re.IGNORECASE,
)


def bracketed_day_missed(text: str, booked: Iterable[date]) -> bool:
    """A weekday booked on another day of the month than the one its bracket names.

    "Same time the following Thursday (the 20th)" a week after Thursday the 6th: the reader
    counts a week on (the 13th) and the bracket says two; one of the two is a slip.
    """
    booked = set(booked)
    for match in _WEEKDAY_BRACKETED_DAY.finditer(text):
        weekday = WEEKDAYS[match["weekday"].lower()]
        number = int(match["dom"])
        on_weekday = {d for d in booked if d.weekday() == weekday}
        if on_weekday and not any(d.day == number for d in on_weekday):
            return True
    return False


def next_weekday_split(text: str, ref: date) -> bool:
    """A weekday marked "next" that still comes later in the week the reply was written in.

    Written on a Tuesday, "next Thursday", "jeudi prochain", "nächsten Donnerstag", "giovedì
    prossimo", "próxima quinta", "volgende donderdag" mean this week's Thursday to some
    natives and next week's to others; a weekday already past this week ("next Monday")
    has one reading, and so does one written with its day of the month. Tomorrow marked
    "next" ("jeudi prochain" on a Wednesday) is next week's: tomorrow is "demain".
    """
    for match in _NEXT_WEEKDAY.finditer(text):
        weekday = WEEKDAYS[(match["before"] or match["after"]).lower()]
        dated = _DATE_BESIDE.match(text, match.end())
        if weekday > ref.weekday() + 1 and not dated:
            return True
    return False


# "Friday after next": a week past the coming Friday to some, two weeks past it to others (as
# "next Friday" is this week's or next week's).
_AFTER_NEXT = re.compile(rf"\b{ENGLISH_DAYS}[ \t]+after[ \t]+next\b", re.IGNORECASE)
# "Friday 17 March is booked. The Friday after 10 works.": the Friday a week on, at 10, or the
# Friday just named, from 10 o'clock on.
_THE_DAY_AFTER_CLOCK = re.compile(
    rf"\bthe[ \t]+(?P<weekday>{ENGLISH_DAYS})[ \t]+after[ \t]+\d", re.IGNORECASE
)


def week_on_unsettled(text: str, ref: date) -> bool:
    """A weekday whose week hangs on how its "after" is read.

    "The Friday after next" is one or two weeks past the coming Friday. "The Friday after 10",
    once a Friday was named before (by name or by date), is the Friday a week on at 10, or
    that Friday from 10 o'clock on; it is never the coming Friday. With no such day before it
    ("any time Friday after 10"), the number is a clock and the Friday the coming one.
    """
    if _AFTER_NEXT.search(text):
        return True
    for match in _THE_DAY_AFTER_CLOCK.finditer(text):
        named = WEEKDAYS[match["weekday"].lower()]
        if any(m.day.weekday() == named for m in find_dates(text[: match.start()], ref)):
            return True
    return False


def next_week_monday(ref: date) -> date:
    """Monday of the calendar week after ``ref``'s."""
    return ref + timedelta(days=7 - ref.weekday())


def _weekday(weekday: int, ref: date, next_week: bool) -> date:
    """The coming ``weekday``; with "next" (or "… next week"), the one in next week.

    "Next Tuesday" said on a Wednesday or a Monday both mean next week's
    Tuesday here; drafts restate the full date so a misreading is caught.
    """
    if next_week:
        return next_week_monday(ref) + timedelta(days=weekday)
    ahead = (weekday - ref.weekday()) % 7 or 7
    return ref + timedelta(days=ahead)


def _numeric(match: re.Match[str], ref: date, day_first: bool | None) -> date | None:
    a = int(match["a"])
    if match["c"] is not None:  # 10.03.2026 or 10.03.: always day first
        year = int(match["y2"]) if match["y2"] else None
        return _roll_forward(year, int(match["c"]), a, ref)
    b = int(match["b"])
    year_text = match["y1"]
    year = None if year_text is None else int(year_text) + (2000 if len(year_text) == 2 else 0)
    if a > 12 or b > 12:
        return _roll_forward(year, b, a, ref) if a > 12 else _roll_forward(year, a, b, ref)
    if day_first is None:
        # The writer's convention is unknown: the reading nearer the reference day.
        readings = [
            d for d in (_roll_forward(year, a, b, ref), _roll_forward(year, b, a, ref)) if d
        ]
        return min(readings, key=lambda d: abs((d - ref).days), default=None)
    return _roll_forward(year, b, a, ref) if day_first else _roll_forward(year, a, b, ref)


# "tues or wed", "mon-wed": a lower-case "wed" or "mon" listed with another day is a day too.
# "segunda às 13h", "segunda de manhã", "segunda, dia 22", "segunda (22/3)": a time or date next.
_AT_A_TIME = re.compile(
    r"[ \t,]*(?:(?:à|a)s?[ \t]+\d|\d|\(\d|dia[ \t]+\d|de[ \t]+(?:manhã|tarde|noite)"
    r"|(?:à|a|pela|na)[ \t]+(?:tarde|noite|manhã)|(?:ao|no)[ \t]+(?:meio-dia|almoço|fim)"
    r"|(?:ou|e)[ \t]+(?:terça|terca|quarta|quinta|sexta))",
    re.IGNORECASE,
)
# "or mon after 3", "sat at 10?": typed on a phone, a lower-case "mon" or "sat" before a
# clock is the day; "I sat at 4 tables", "the sun after 6" are no days.
# "mon at 11", "fri 3pm or mon 11am?": an English clock after the short form (French "mon 11h"
# is "my"); "or sat morning 11ish": an English part of the day ("I sat morning after morning"
# has its "I").
_BEFORE_A_CLOCK = re.compile(
    # "wed anytime after 2": the open window's "anytime" may come between.
    r"[ \t]+(?:(?:any[ \t]?time[ \t]+)?(?:at|after|before|around|from|@)[ \t]*\d"
    r"|(?:morning|afternoon|evening|lunchtime)\b"
    # "tue 9am", and "tue 8 or 9am", where the first hour borrows the second's "am".
    r"|(?:\d{1,2}(?::\d\d)?[ \t]*(?:or|-|–|/)[ \t]*)?\d{1,2}(?::\d\d)?[ \t]?[ap]\.?m\b)",
    re.IGNORECASE,
)
_NOT_A_DAY_BEFORE = re.compile(
    r"\b(?:i|we|you|they|he|she|it|the|a|this|that|who)[ \t]+$", re.IGNORECASE
)


# "Mon jeudi est libre après 16h", "Mon agenda est vide mardi": a capital "Mon" before a word
# in French text is "my"; before another day's name ("Mon mardi") it is "my" in any text.
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")


def _french_my(text: str, match: re.Match[str]) -> bool:
    after = _WORD_AFTER.match(text, match.end("weekday"))
    return (
        match.group(0) == "Mon"
        and after is not None
        and (
            after.group(1).lower() in WEEKDAYS
            # The words around it, not the whole text: one look per "Mon" stays short.
            or language_of(text[max(0, match.start() - 200) : match.end() + 200]) == "fr"
        )
    )


def _clocked_abbreviation(text: str, match: re.Match[str]) -> bool:
    return bool(
        _BEFORE_A_CLOCK.match(text, match.end())
        and not _NOT_A_DAY_BEFORE.search(text[max(0, match.start() - 8) : match.start()])
    )


_LISTED_WEEKDAY = re.compile(
    rf"\b(?:{alternation(WEEKDAYS)})[ \t]*(?:or|and|&|,|-|–|/|to|thru|through)[ \t]*$",
    re.IGNORECASE,
)
_WEEKDAY_LISTED = re.compile(
    rf"^[ \t]*(?:or|and|&|,|-|–|/|to|thru|through)[ \t]*(?:{alternation(WEEKDAYS)})\b",
    re.IGNORECASE,
)


def _resolve(
    kind: str, match: re.Match[str], ref: date, day_first: bool | None, text: str
) -> date | None:
    groups = match.groupdict()
    if kind in ("iso", "month_day", "day_month"):
        month_text = groups["month"]
        month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]
        year = int(groups["year"]) if groups.get("year") else None
        return _roll_forward(year, month, int(groups["day"]), ref)
    if kind == "numeric":
        return _numeric(match, ref, day_first)
    if kind == "weekday_day":
        found = _day_of_month(int(groups["dom"]), ref)
        named = WEEKDAYS[groups["weekday"].lower()]
        return found if found is not None and found.weekday() == named else None
    if kind == "weekday":
        word = groups["weekday"]
        lower = word.lower()
        if _french_my(text, match):
            return None
        if (
            lower in WEEKDAY_ABBREVIATIONS
            and lower not in LOWER_CASE_ABBREVIATIONS
            and not word[0].isupper()
            and not _LISTED_WEEKDAY.search(text[max(0, match.start() - 16) : match.start()])
            and not _WEEKDAY_LISTED.match(text[match.end() : match.end() + 16])
            and not _clocked_abbreviation(text, match)
        ):
            return None
        after = text[match.end() : match.end() + 20]
        if (
            lower in BARE_ORDINAL_DAYS
            and not _AT_A_TIME.match(after)
            and not _LISTED_WEEKDAY.search(text[max(0, match.start() - 16) : match.start()])
            and not _WEEKDAY_LISTED.match(after)
        ):
            return None
        this = bool(groups["prefix"]) and groups["prefix"].lower().startswith(("this", "diesen"))
        next_week = bool(
            (groups["prefix"] and not this)
            or groups["suffix"]
            or _NEXT_WEEK.match(after.lstrip(" ,"))
            or _OF_NEXT_WEEK.match(text[match.end() : match.end() + 40].lstrip(" ,"))
        )
        # "This Friday at 3pm?" written on a Friday: "this" keeps it in today's week, so today.
        if this and WEEKDAYS[lower] == ref.weekday():
            return ref
        return _weekday(WEEKDAYS[lower], ref, next_week)
    if kind == "ordinal":
        day = next(
            int(groups[k]) for k in ("d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8") if groups[k]
        )
        return _day_of_month(day, ref)
    rel = groups["rel"].lower()
    if rel in ("mañana", "morgen") and _NOT_TOMORROW.search(
        text[max(0, match.start() - 8) : match.start()]
    ):
        return None
    return ref + timedelta(days=RELATIVE_DAYS[rel])


# "3pm same day", "le même jour à 15h", "am selben Tag um 15 Uhr": the day named last before.
SAME_DAY = re.compile(
    r"\b(?:(?:the[ \t]+)?same[ \t]+day|(?:le[ \t]+)?même[ \t]+jour|(?:el[ \t]+)?mismo[ \t]+día"
    r"|(?:am[ \t]+)?(?:selben|gleichen)[ \t]+Tag|(?:lo[ \t]+|nello[ \t]+)?stesso[ \t]+giorno"
    r"|(?:no[ \t]+)?mesmo[ \t]+dia|(?:op[ \t]+)?dezelfde[ \t]+dag)\b",
    re.IGNORECASE,
)
# "Wed I'm in meetings until 3. I could do 3:30-4 that day": the day named just before, read
# only when that sentence named one day (after "Wed or Thu", which one is a guess).
THAT_DAY = re.compile(r"\b(?:on[ \t]+)?that[ \t]+(?:same[ \t]+)?day\b(?!['’])", re.IGNORECASE)


def find_dates(
    text: str,
    ref: date,
    *,
    day_first: bool | None = False,
    next_week: bool = False,
    anchor: date | None = None,
) -> list[DateMention]:
    """Every date mentioned in ``text``, in order, overlapping mentions merged.

    ``next_week``: the sentence before said "next week" and named no day
    ("Could we push to next week? Tuesday 2-3pm"), so bare weekdays are
    next week's.

    A weekday right before a full date ("Tuesday, March 10") is one mention
    whose day is the full date's.

    ``anchor``: the full date the sentence before offered ("Thursday the 22nd at 3? If not,
    Friday at 10"), which the bare weekdays here come after, as they would in one sentence.
    """
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            day = _resolve(kind, match, ref, day_first, text)
            if day is not None:
                found.append(DateMention(match.start(), match.end(), day, kind))
    # Earlier and longer first; drop mentions inside one already kept.
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[DateMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            # "le 2 avril", "am 12. März": the fuller reading wins, spans merge.
            if _RANK[mention.kind] > _RANK[kept[-1].kind]:
                end = max(kept[-1].end, mention.end)
                kept[-1] = DateMention(kept[-1].start, end, mention.day, mention.kind)
            continue
        if (
            kept
            and kept[-1].kind == "weekday"
            and mention.kind in ("month_day", "day_month", "numeric", "iso", "ordinal")
            and _adjacent(text, kept[-1].end, mention.start)
        ):
            # The weekday mention's day falls on the day it names, whatever words surround the
            # weekday ("Tue. Apr 10", "mardi prochain 10 décembre", "jueves que viene 10/12").
            named = kept[-1].day.weekday()
            day = mention.day
            # "Wednesday 2/3" from a US writer read under a day-first guess is 2 March, a
            # Tuesday: the weekday the writer named settles the order whatever was guessed.
            if mention.kind == "numeric" and (day_first is None or day.weekday() != named):
                day = weekday_reading(text[mention.start : mention.end], named, ref) or day
            day = _year_of_weekday(day, named, ref)
            kept[-1] = DateMention(kept[-1].start, mention.end, day, mention.kind)
            continue
        kept.append(mention)
    _after_carried_anchor(kept, anchor, text)
    _after_anchor(kept, text)
    _next_week_lists(text, kept, ref, everywhere=next_week)
    kept = _weekday_ranges(text, kept)
    for week in _ANY_DAY_NEXT_WEEK.finditer(text):
        monday = next_week_monday(ref)
        start = week.end("part") if week["part"] else week.start()
        left_out = {WEEKDAYS[week["except"].lower()]} if week["except"] else set()
        later = None if week["except"] else _EXCEPT_LATER.match(text, week.end())
        if later is not None:
            left_out |= {
                WEEKDAYS[day.lower()]
                for day in re.findall(rf"\b(?:{alternation(WEEKDAYS)})\b", later["days"], re.I)
            }
        kept = [
            m
            for m in kept
            if (m.end <= start or m.start >= week.end())
            and (later is None or not later.start("days") <= m.start < later.end("days"))
        ]
        kept += [
            DateMention(start, week.end(), monday + timedelta(days=n), "week")
            for n in range(5)
            if n not in left_out
        ]
    kept.sort(key=lambda m: m.start)
    return kept


# "Monday through Wednesday", "Mon-Wed", "lundi au mercredi", "Montag bis Mittwoch"
_THROUGH = re.compile(
    r"[ \t]*(?:through|thru|to|till|until|-|–|—|au|à|a|hasta|bis|al|fino a|até|tot)[ \t]*",
    re.IGNORECASE,
)
# "Move Tuesday to Thursday" is two days, not a run of three.
_MOVING = re.compile(r"(?:move|shift|push|bump|reschedul\w*|change|switch)\b[^.?!\n]{0,30}$", re.I)
# "Not Wednesday - Monday at 2?": a day ruled out opens no run up to the next one.
_DENIED_DAY = re.compile(
    r"\b(?:not|nicht|pas|no|non|não|niet)[ \t]+(?:(?:on|am|le|el|il|de|a|o|op)[ \t]+)?$",
    re.IGNORECASE,
)
# "Next week, Tue or Thu", "next week on Tuesday or Thursday": one qualifier for the list.
_LIST_LEAD = re.compile(
    r"[ \t,:;–—-]*(?:(?:maybe|perhaps|say|either|on|I'm free|I am free|I can do|I could do"
    r"|I'm (?:flexible|around|available|open)|I am (?:flexible|around|available|open)"
    r"|how about|what about|ideally|preferably"
    r"|works?|would work|could work|le|el|am"
    # "nächste Woche passt mir Dienstag …", "volgende week kan ik dinsdag …": the same
    # "I can do" in each language the reader knows.
    r"|passt(?: es)?(?: mir| bei mir)?(?: gut)?|(?:ich )?kann(?: ich)?|geht(?: es)?(?: bei mir)?"
    r"|bin ich (?:frei|verfügbar)|je (?:peux|pourrais|suis (?:libre|disponible))|ça me va"
    r"|(?:yo )?puedo|podría|me (?:va|viene) bien|estoy (?:libre|disponible)|posso|potrei"
    r"|(?:mi )?va bene|sono (?:libero|libera|disponibile)|il|poderia|estou (?:livre|disponível)"
    r"|(?:ik )?kan(?: ik)?|past (?:mij|me)(?: goed)?|ben ik (?:vrij|beschikbaar)|op)"
    r"[ \t,:;–—-]*)*$",
    re.IGNORECASE,
)
# Between two days of one list: "Tuesday or Wednesday", "dinsdag of woensdag".
LIST_GAP = re.compile(
    r"[ \t]*(?:,|/|&|\+|or|and|ou|et|o|y|e|oder|und|of|en)?[ \t]*(?:(?:on|le|el|am|op)[ \t]+)?",
    re.IGNORECASE,
)
_CLOCK = r"\d{1,2}(?:[:.h]\d{2})?[ \t]*(?:h|uhr|uur|am|pm|a\.m\.|p\.m\.)?"
# "next week Tuesday at 5 or Thursday between 4:30 and 5:30": each day of the list keeps
# its own clock, and the week still covers them all.
_TIMED_GAP = re.compile(
    r"[ \t,]*(?:(?:at|um|à|às|a las|alle|om|from|von|dalle|between|zwischen|entre|tra|tussen)"
    rf"[ \t]+)?{_CLOCK}(?:[ \t]*(?:-|–|to|and|und|et|y|e|en|bis|à|a|tot|alle)[ \t]*{_CLOCK})?"
    r"(?:[ \t]*\([^()\n]{1,30}\))?"
    rf"{LIST_GAP.pattern}",
    re.IGNORECASE,
)

# "next week Tuesday and Wednesday mornings, or Friday": a part of the day between two days
# of the list leaves the week over them all. A bare comma before the "or" does not: "Tuesday,
# or Friday after 2pm" leaves open whether the 2pm is Tuesday's too.
_PARTED_GAP = re.compile(
    rf"[ \t]+(?:{alternation(PARTS_OF_DAY)})s?[ \t]*,?{LIST_GAP.pattern}", re.IGNORECASE
)


def _is_bare_weekday(text: str, mention: DateMention) -> bool:
    words = text[mention.start : mention.end].lower()
    return mention.kind == "weekday" and not words.startswith(("this", "diesen", "ce "))


def _next_week_lists(
    text: str, kept: list[DateMention], ref: date, *, everywhere: bool = False
) -> None:
    """Weekdays listed right after "next week", or before one that has it, are next week's."""
    monday = next_week_monday(ref)

    def moved(mention: DateMention) -> DateMention:
        day = monday + timedelta(days=mention.day.weekday())
        return DateMention(mention.start, mention.end, day, mention.kind)

    if everywhere:
        for i, mention in enumerate(kept):
            if _is_bare_weekday(text, mention):
                kept[i] = moved(mention)
        return

    for phrase in _NEXT_WEEK.finditer(text):
        edge = phrase.end()
        for i, mention in enumerate(kept):
            if mention.start < edge:
                continue
            if not _is_bare_weekday(text, mention):
                break
            gap = text[edge : mention.start]
            if not (
                _LIST_LEAD.fullmatch(gap)
                or LIST_GAP.fullmatch(gap)
                or _TIMED_GAP.fullmatch(gap)
                or _PARTED_GAP.fullmatch(gap)
            ):
                break
            kept[i] = moved(mention)
            edge = mention.end
    for i in range(len(kept) - 2, -1, -1):
        mention, after = kept[i], kept[i + 1]
        if (
            _is_bare_weekday(text, mention)
            and after.kind == "weekday"
            and after.day >= monday
            and LIST_GAP.fullmatch(text[mention.end : after.start])
            and _NEXT_WEEK.match(text[after.end : after.end + 20].lstrip(" ,"))
        ):
            kept[i] = moved(mention)
    # "next Tuesday or Wednesday": the "next" is for the whole list.
    for i in range(len(kept) - 1):
        mention, after = kept[i], kept[i + 1]
        if (
            mention.kind == "weekday"
            and mention.day >= monday
            and _is_bare_weekday(text, after)
            and after.day < monday
            and LIST_GAP.fullmatch(text[mention.end : after.start])
        ):
            kept[i + 1] = moved(after)


def _weekday_ranges(text: str, kept: list[DateMention]) -> list[DateMention]:
    """Every day of a run such as "Monday through Wednesday", as one list."""
    out: list[DateMention] = []
    i = 0
    while i < len(kept):
        mention = kept[i]
        after = kept[i + 1] if i + 1 < len(kept) else None
        if (
            after is not None
            and mention.kind == "weekday"
            and after.kind == "weekday"
            and _THROUGH.fullmatch(text[mention.end : after.start])
            and text[mention.end : after.start].strip()
            and not _MOVING.search(text[max(0, mention.start - 40) : mention.start])
            and not _DENIED_DAY.search(text, 0, mention.start)
        ):
            length = (after.day.weekday() - mention.day.weekday()) % 7
            out.append(mention)
            out += [
                DateMention(mention.end, after.start, mention.day + timedelta(days=n), "weekday")
                for n in range(1, length)
            ]
            out.append(
                DateMention(after.start, after.end, mention.day + timedelta(days=length), "weekday")
            )
            i += 2
            continue
        out.append(mention)
        i += 1
    return out


ANCHORS = frozenset({"ordinal", "month_day", "day_month", "numeric", "iso", "weekday_day"})


# "that Friday", "the same Friday": the weekday of a date named before, pointed back at;
# "the following Friday", "the Friday after": the one a week on.
_POINTS_BACK = re.compile(r"\b(?:that|the same)[ \t]+$", re.IGNORECASE)
_WEEK_ON_BEFORE = re.compile(r"\bthe following[ \t]+$", re.IGNORECASE)
# After a Friday just named, "the Friday after 10" is most likely the one a week on, at 10; it
# is doubted all the same (see :func:`week_on_unsettled`), as a clock may follow "after".
_WEEK_ON_AFTER = re.compile(r"[ \t]+after\b(?![ \t]+(?:noon|lunch|work))", re.IGNORECASE)


def said_as_following(text: str, mention: DateMention) -> bool:
    """Whether a weekday is written "the following Monday", which a full date before places."""
    return mention.kind == "weekday" and bool(_WEEK_ON_BEFORE.search(text, 0, mention.start))


def _pointed_at(text: str, mention: DateMention, anchor: date) -> date | None:
    """The day "that Friday" or "the Friday after" means after the Friday ``anchor``."""
    if mention.kind != "weekday":
        return None
    if _WEEK_ON_BEFORE.search(text, 0, mention.start):
        # "Friday the 3rd at 2pm? If not, same time the following Monday": the first Monday
        # after that Friday (a week on when it is the Friday itself), never the Monday before.
        return anchor + timedelta(days=(mention.day.weekday() - anchor.weekday() - 1) % 7 + 1)
    if mention.day.weekday() != anchor.weekday():
        return None
    if _POINTS_BACK.search(text, 0, mention.start):
        return anchor
    if text[: mention.start].rstrip().lower().endswith("the") and _WEEK_ON_AFTER.match(
        text, mention.end
    ):
        return anchor + timedelta(weeks=1)
    return None


def _after_carried_anchor(kept: list[DateMention], anchor: date | None, text: str) -> None:
    """A bare weekday after the full date of the sentence before, later in that date's week.

    "Thursday the 22nd at 3? If not, Friday at 10" is the 23rd. A weekday earlier in that
    week stays where it was: "Friday 4 Feb at 9:30 JST? That is Thursday 5:30pm for you" says
    the same time on another clock, and "Wednesday the 21st? Or else Monday" is no clearer.
    """
    if anchor is None:
        return
    for i, mention in enumerate(kept):
        if mention.kind in ANCHORS:
            return
        if _marked_next(text, mention):
            # "I'm out on the 6th. Could we do next Wednesday?": "next" counts from the day
            # the reply was written, whatever day the sentence before named.
            continue
        if pointed := _pointed_at(text, mention, anchor):
            # "Friday 17 March clashes. Could we do 10:00 that Friday instead?": the 17th.
            kept[i] = DateMention(mention.start, mention.end, pointed, mention.kind)
            continue
        # "Would Tuesday 7 November work? Or Thursday": weeks ahead, the anchor's week still.
        weeks = max(1, (anchor - mention.day).days // 7 + 1)
        moved = mention.day + timedelta(weeks=weeks)
        if mention.kind == "weekday" and anchor < moved <= _end_of_week(anchor):
            kept[i] = DateMention(mention.start, mention.end, moved, mention.kind)


def _marked_next(text: str, mention: DateMention) -> bool:
    """Whether the weekday is written "next Wednesday", "jeudi prochain" and the like."""
    return any(
        match.start() <= mention.start < match.end() or mention.start <= match.start() < mention.end
        for match in _NEXT_WEEKDAY.finditer(text)
    )


def _end_of_week(day: date) -> date:
    return day + timedelta(days=6 - day.weekday())


# What sets a second clock against the first as the same instant: "(Monday 8pm ET)",
# "= Monday 3pm Pacific", "/ Monday 8pm EDT", "- Monday 4pm in New York".
_SAID_AGAIN = re.compile(r"[(=/–—]|[ \t]-[ \t]")


def _after_anchor(kept: list[DateMention], text: str) -> None:
    """A bare weekday after a full date is that date's week or later.

    "Wednesday the 28th, or Thursday" means the 29th, not the coming Thursday. The day before,
    set against the date's clock ("Tuesday 14 March at 9am JST (Monday 8pm ET)"), is the same
    instant across the date line, and stays.
    """
    anchor: date | None = None
    for i, mention in enumerate(kept):
        if mention.kind in ANCHORS:
            anchor = mention.day
            anchored_at = mention.end
        elif anchor is not None and (pointed := _pointed_at(text, mention, anchor)):
            kept[i] = DateMention(mention.start, mention.end, pointed, mention.kind)
        elif (
            mention.kind == "weekday"
            and anchor is not None
            and mention.day == anchor - timedelta(days=1)
            and _SAID_AGAIN.search(text, anchored_at, mention.start)
        ):
            continue
        elif (
            mention.kind == "weekday"
            and anchor is not None
            and mention.day <= anchor
            and not _marked_next(text, mention)
        ):
            weeks = (anchor - mention.day).days // 7 + 1
            kept[i] = DateMention(
                mention.start, mention.end, mention.day + timedelta(weeks=weeks), mention.kind
            )


def _adjacent(text: str, end: int, start: int) -> bool:
    return 0 <= start - end <= 3 and not text[end:start].strip(" ,")


_NUMERIC_PAIR = re.compile(r"(?<![\d/])(?P<a>[01]?\d)/(?P<b>[01]?\d)(?:/\d{2,4})?$")


def ambiguous_numeric(mention_text: str, ref: date) -> bool:
    """Whether a date such as "03/04" reads as two different days (both parts 1-12).

    A weekday written before it that only one reading falls on settles it ("Thursday 3/12").
    """
    found = _NUMERIC_PAIR.search(mention_text)
    if found is None:
        return False
    a, b = int(found["a"]), int(found["b"])
    if not (a != b and 1 <= a <= 12 and 1 <= b <= 12):
        return False
    words = mention_text[: found.start()].strip(" ,").split()
    named = WEEKDAYS.get(words[-1].lower()) if words else None
    return named is None or weekday_reading(found.group(0), named, ref) is None


_WEEKDAY_NUMERIC = re.compile(
    rf"\b(?P<weekday>{alternation(WEEKDAYS)})\.?,?[ \t]+(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)\b(?!/)",
    re.IGNORECASE,
)


def settled_day_first(text: str, ref: date) -> bool | None:
    """Day first (True) or month first (False) as the writer's own weekdays show, else ``None``.

    "Thursday 3/12" falls on a Thursday only as 3 December: the "7/12" that follows is the
    7th of December too.
    """
    seen = set()
    for m in _WEEKDAY_NUMERIC.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if a == b or not (1 <= a <= 12 and 1 <= b <= 12):
            continue
        fits = weekday_reading(f"{a}/{b}", WEEKDAYS[m["weekday"].lower()], ref)
        if fits is not None:
            seen.add(fits.day == a)
    return next(iter(seen)) if len(seen) == 1 else None


def weekday_reading(numeric: str, weekday: int, ref: date) -> date | None:
    """The one reading of "3/12" (month or day first) that falls on ``weekday``, else ``None``."""
    found = _NUMERIC_PAIR.search(numeric)
    if found is None:
        return None
    a, b = int(found["a"]), int(found["b"])
    readings = {d for d in (_roll_forward(None, a, b, ref), _roll_forward(None, b, a, ref)) if d}
    fitting = [d for d in readings if d.weekday() == weekday]
    return fitting[0] if len(fitting) == 1 else None


def says_next_week(text: str) -> bool:
    """Whether ``text`` says "next week" in one of the reader's languages."""
    return _NEXT_WEEK.search(text) is not None


def coming_weekdays_only(text: str, ref: date) -> bool:
    """Whether every day ``text`` names is a bare weekday, read as the coming one.

    "wed at 2 works", "Donnerstag um 16:30 passt": no date, no "next", no "this" and no
    "next week" fixes the week, so the week is the reader's guess, not the writer's word.
    """
    found = find_dates(text, ref)
    return (
        bool(found)
        and not says_next_week(text)
        and all(
            m.kind == "weekday"
            and (word := _WEEKDAY_ALONE.fullmatch(text[m.start : m.end])) is not None
            and not word["prefix"]
            and not word["suffix"]
            and m.day == _weekday(m.day.weekday(), ref, next_week=False)
            for m in found
        )
    )


def iter_next_week(text: str) -> Iterator[re.Match[str]]:
    """The places where "next week" (in any of our languages) is said."""
    return _NEXT_WEEK.finditer(text)


_FULL_DATES = ("iso", "month_day", "day_month", "numeric")
_WEEKDAY_ALONE = dict(_PATTERNS)["weekday"]
# "mardi 10 décembre", "Dienstag, den 10. Dezember", "Tue, 12/10": a weekday just before.
_GAP_BEFORE_DATE = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:the|le|el|il|dia|den|de|dem|der|am)[ \t]+)?$", re.IGNORECASE
)
# "December 10 (Tuesday)", "Dec 11, Thursday, at 3": a weekday just after, with no date of
# its own after it ("12/10, Friday 12/11" is a list).
_WEEKDAY_AFTER_DATE = re.compile(
    rf"[ \t]*(?:,[ \t]*|\([ \t]*)(?P<weekday>{alternation(WEEKDAYS)})\.?(?![a-zà-ÿ])"
    rf"(?![ \t,]*(?:(?:the|le|el|den|dia)[ \t]+)?(?:\d|(?:{alternation(MONTHS)})\b))",
    re.IGNORECASE,
)
# "Di., 10.12.", "jeu. 10/12", "qui, 10/12": a short weekday no other reading takes, written
# with a stop or comma right before a date (a bare "do 12/10" is English "do").
SHORT_WEEKDAYS = {
    "mo": 0, "ma": 0, "lun": 0, "seg": 0,
    "di": 1, "mar": 1, "ter": 1,
    "mi": 2, "wo": 2, "mer": 2, "mié": 2, "mie": 2, "qua": 2,
    "do": 3, "jeu": 3, "jue": 3, "gio": 3, "qui": 3,
    "fr": 4, "vr": 4, "ven": 4, "vie": 4, "sex": 4,
    "sa": 5, "za": 5, "sam": 5, "sáb": 5, "sab": 5,
    "so": 6, "zo": 6, "dim": 6, "dom": 6,
}  # fmt: skip
_SHORT_WEEKDAY_BEFORE = re.compile(
    rf"\b(?P<short>{alternation(SHORT_WEEKDAYS)})(?:\.,?|,)[ \t]*$", re.IGNORECASE
)
# "mar 10/12", "vie 11/12": the three-letter forms that are no English word, written with no stop.
_SHORT_WEEKDAY_BARE = re.compile(
    r"\b(?P<short>lun|mar|mer|mié|mie|jeu|jue|gio|ven|vie|sáb|sab|dom|dim|seg|ter|qua)[ \t]+$",
    re.IGNORECASE,
)
_WEEKDAY_THEN_NUMERIC = re.compile(
    rf"\b(?P<weekday>{alternation(WEEKDAYS)}|{alternation(SHORT_WEEKDAYS)})\.?,?[ \t]+"
    r"(?P<a>[01]?\d)/(?P<b>[01]?\d)\b(?!/)",
    re.IGNORECASE,
)
_ANY_NUMERIC_PAIR = re.compile(r"(?<![\d/.])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)\b")


def pinned_day_first(text: str, ref: date) -> set[date]:
    """The numeric dates whose weekday fits only their day-first reading.

    "quinta 10/12" on 2 December 2037: 10 December is a Thursday, 12 October is not, so the
    weekday says the writer puts the day first, whatever the Date header's offset guesses.
    """
    pinned: set[date] = set()
    for m in _WEEKDAY_THEN_NUMERIC.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        word = m["weekday"].lower()
        weekday = WEEKDAYS[word] if word in WEEKDAYS else SHORT_WEEKDAYS[word]
        day_first = _roll_forward(None, b, a, ref)
        month_first = _roll_forward(None, a, b, ref)
        if (
            day_first is not None
            and day_first.weekday() == weekday
            and (month_first is None or month_first.weekday() != weekday)
        ):
            pinned.add(day_first)
    return pinned


def far_order_on_weekday(text: str, ref: date, day_first: bool) -> bool:
    """Whether a weekday and a numeric date agree in both orders, the guessed one the later.

    ``day_first`` is the order the Date header's offset guesses.

    "fri 11/12" from New York on 7 December 2026 is 12 November 2027 by the offset and 11
    December by the other order, both Fridays: the weekday cannot tell which was meant, and
    a chat eleven months out is the less likely.
    """
    for m in _WEEKDAY_THEN_NUMERIC.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if a == b or not (1 <= a <= 12 and 1 <= b <= 12):
            continue
        word = m["weekday"].lower()
        weekday = WEEKDAYS[word] if word in WEEKDAYS else SHORT_WEEKDAYS[word]
        guessed = _roll_forward(None, b, a, ref) if day_first else _roll_forward(None, a, b, ref)
        other = _roll_forward(None, a, b, ref) if day_first else _roll_forward(None, b, a, ref)
        if (
            guessed is not None
            and other is not None
            and guessed.weekday() == other.weekday() == weekday
            and other < guessed
        ):
            return True
    return False


def thread_order(text: str, ref: date) -> bool | None:
    """Day first (True) or month first (False) as the thread's own dates show, else ``None``."""
    settled = settled_day_first(text, ref)
    if settled is not None:
        return settled
    orders = {
        int(m["a"]) > 12
        for m in _ANY_NUMERIC_PAIR.finditer(text)
        if (int(m["a"]) > 12) != (int(m["b"]) > 12) and max(int(m["a"]), int(m["b"])) <= 31
    }
    return next(iter(orders)) if len(orders) == 1 else None


# A date this many days before the reply, written with no year, is more likely a slip
# than next year's: "December 3" written on 8 December.
JUST_PAST = timedelta(days=45)


def _numeric_parts(match: re.Match[str]) -> tuple[int | None, int, int] | None:
    """(year, month, day) of an unambiguous numeric date, else ``None``."""
    a = int(match["a"])
    if match["c"] is not None:
        return (int(match["y2"]) if match["y2"] else None), int(match["c"]), a
    b = int(match["b"])
    if (a > 12) == (b > 12):
        return None
    year_text = match["y1"]
    year = None if year_text is None else int(year_text) + (2000 if len(year_text) == 2 else 0)
    return (year, b, a) if a > 12 else (year, a, b)


def _written_parts(kind: str, match: re.Match[str]) -> tuple[int | None, int, int] | None:
    """(year, month, day) as written, when the words leave one reading."""
    if kind == "numeric":
        return _numeric_parts(match)
    month_text = match["month"]
    month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]
    year = int(match["year"]) if match["year"] else None
    return year, month, int(match["day"])


def _weekday_beside(text: str, match: re.Match[str]) -> tuple[int, str] | None:
    """The weekday written beside a date, and the short form the reader skips ("" if none)."""
    after = _WEEKDAY_AFTER_DATE.match(text, match.end())
    if after:
        return WEEKDAYS[after["weekday"].lower()], ""
    window = text[max(0, match.start() - 40) : match.start()]
    short = _SHORT_WEEKDAY_BEFORE.search(window)
    if short:
        return SHORT_WEEKDAYS[short["short"].lower()], "stop"
    bare = _SHORT_WEEKDAY_BARE.search(window)
    if bare:
        return SHORT_WEEKDAYS[bare["short"].lower()], "bare"
    for weekday in _WEEKDAY_ALONE.finditer(window):
        if _GAP_BEFORE_DATE.match(window, weekday.end()):
            return WEEKDAYS[weekday["weekday"].lower()], ""
    return None


def _against_weekday(kind: str, match: re.Match[str], beside: tuple[int, str], ref: date) -> bool:
    """Whether the date cannot be read on the weekday written beside it.

    "ven. 12/01": a weekday the reader does not read cannot settle which of the two orders of
    "12/01" is meant, so one reading of the two that falls on it is no comfort. With no stop
    ("mar 10/12") the short form may be a word: only a reading off its weekday is doubted.
    """
    weekday, short = beside
    if kind == "numeric" and _numeric_parts(match) is None:
        readings = {_numeric(match, ref, True), _numeric(match, ref, False)}
        fitting = [d for d in readings if d is not None and d.weekday() == weekday]
        if short == "bare":
            return any(d is not None and d.weekday() != weekday for d in readings)
        return not fitting or (short == "stop" and len(readings) > 1)
    found = _resolve(kind, match, ref, False, "")
    return found is not None and found.weekday() != weekday


def _impossible(kind: str, match: re.Match[str], ref: date) -> bool:
    parts = _written_parts(kind, match)
    if parts is None:
        return False
    year, month, day = parts
    return 1 <= month <= 12 and 1 <= day <= 31 and _roll_forward(year, month, day, ref) is None


# "we werken sinds 4 maart vanuit huis", "seit dem 4. März im neuen Team": a day a state has
# held from, past by its own word. English "since" stays out: "since Dec 3 works for both of
# us" is a because, and its day may be the one booked.
_SINCE_BEFORE = re.compile(
    r"\b(?:sinds|seit|depuis|ever[ \t]+since)[ \t]+(?:(?:dem|de|le|the)[ \t]+)?$", re.IGNORECASE
)


def _just_past(kind: str, match: re.Match[str], ref: date) -> bool:
    parts = _written_parts(kind, match)
    if parts is None or parts[0] is not None:
        return False
    if _SINCE_BEFORE.search(match.string, 0, match.start()):
        return False
    this_year = _safe_date(ref.year, parts[1], parts[2])
    return this_year is not None and timedelta(0) < ref - this_year <= JUST_PAST


def date_against_itself(text: str, ref: date) -> str | None:
    """Why a full date in ``text`` cannot be what it says, or ``None``.

    "weekday": a weekday written beside it falls on another day ("mardi 10 décembre" when the
    10th is a Thursday). "impossible": no such day ("31 April", "29 February" in no leap year
    ahead). "just_past": a day with no year that passed a few weeks ago ("December 3" written
    on the 8th), which rolling to next year would book without a word.
    """
    found = [
        (kind, match)
        for kind, pattern in _PATTERNS
        if kind in _FULL_DATES
        for match in pattern.finditer(text)
    ]
    # "Thursday 22 June 3-4pm": the month ends one date and opens no other ("June 3").
    spans = [match.span() for _, match in found]
    for kind, match in found:
        if any(a < match.start() < b for a, b in spans):
            continue
        if _impossible(kind, match, ref):
            return "impossible"
        if _just_past(kind, match, ref):
            return "just_past"
        beside = _weekday_beside(text, match)
        if beside is not None and _against_weekday(kind, match, beside, ref):
            return "weekday"
    return None
