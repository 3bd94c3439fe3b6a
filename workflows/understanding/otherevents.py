"""Clock times a reply gives for something other than the meeting asked for.

"I land Thursday 6am", "the launch is Friday at 5pm", "our webinar is Thursday at noon", "my
boss has the team sync at 10 on Thursday", "sorry for the 6am email": the clock belongs to a
flight, a deadline, an event or someone else's meeting. The grammar reads such a clock with its
day as a time like any other; where that reading is one the reply offers or picks, the offer
may be nothing but the other event's time.
"""

from __future__ import annotations

import re
from datetime import datetime, time
from typing import NamedTuple

from workflows.understanding.dates import alternation
from workflows.understanding.roles import clauses, offer_worded
from workflows.understanding.sentences import SENTENCE_END
from workflows.understanding.vocab import (
    AFTER_WORDS,
    BEFORE_WORDS,
    ENGLISH_DAYS,
    OTHER_EVENT,
    WEEKDAYS,
    bounding,
    is_weekday,
)

# "Last Thursday at 2pm I met someone from your school", "we spoke on Thursday at 2pm last
# year": a time in the sender's past, which the grammar reads as the coming one.
PAST_WORDS = re.compile(
    rf"\b(?:last (?:year|month|week|{ENGLISH_DAYS})"
    r"|\w+ (?:days|weeks|months|years) ago|we (?:spoke|met|talked|chatted)"
    r"|l['’](?:année|an) derni(?:er|ère)|la semaine dernière|el (?:año|mes) pasado|la semana pasada"
    r"|letzte[ns]? (?:Jahr|Woche|Monat)|l'anno scorso|la settimana scorsa|(?:o )?ano passado"
    r"|semana passada|vorig(?:e)? (?:jaar|week|maand)"
    # "mardi dernier à 15h", "el martes pasado", "letzten Dienstag", "martedì scorso", "terça
    # passada", "afgelopen dinsdag": the last one gone, in the other languages.
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi) derni(?:er|ère)"
    r"|(?:lunes|martes|miércoles|jueves|viernes) pasado|letzten (?:Montag|Dienstag|Mittwoch"
    r"|Donnerstag|Freitag)|(?:lunedì|martedì|mercoledì|giovedì|venerdì) scorso"
    r"|(?:segunda|terça|quarta|quinta|sexta)(?:-feira)? passada"
    r"|(?:afgelopen|vorige) (?:maandag|dinsdag|woensdag|donderdag|vrijdag)"
    # "I had a call with your colleague Tuesday at 11am", "nous nous étions vus mardi à 15h":
    # a meeting that has taken place.
    r"|(?:i|we) had (?:a|an|our|my|the) (?:[\w-]+ )?(?:call|meeting|chat|coffee|catch-up|talk)"
    r"|i (?:spoke|met|talked|chatted) (?:with|to)"
    # "Thursday 10 AM IST would have been better": what might have been, no time to come.
    r"|(?:would|could|might)(?: have|['’]ve) (?:been|worked|suited)"
    r"|nous nous (?:sommes|étions) (?:vus|parlé|rencontrés)|on s['’]est (?:vus|parlé|croisés)"
    r"|nos (?:vimos|conocimos)|(?:haben|hatten) wir uns(?: [\w-]+){0,4}? (?:getroffen"
    r"|gesprochen|gesehen)|ci siamo (?:visti|sentiti|parlati|conosciuti)"
    r"|nos conhecemos|(?:hebben|hadden) we (?:elkaar )?(?:gesproken|gezien"
    r"|ontmoet))\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"\b(?P<h>\d{1,2})(?:[:.h](?P<m>\d\d))?[ \t]?(?:(?P<half>[ap])\.?m\b|h\b|uhr\b|uur\b)"
    r"|\b(?P<h2>\d{1,2})[:h](?P<m2>\d\d)\b"
    # A bare hour after a preposition of time ("um 10", "alle 11", "às 6", "a las 10", "at 9").
    r"|\b(?:at|um|alle|delle|às|as|a las|de las|à|om)[ \t]+(?P<h3>2[0-3]|1\d|[1-9])\b(?![:./-]\d)"
    r"|\b(?P<noon>noon|midday|midi|mediodía|Mittag|mezzogiorno|meio-dia)\b",
    re.IGNORECASE,
)
_HALF_DAY = 12


def _clock(m: re.Match[str]) -> tuple[time, bool]:
    """The clock a match says, and whether its half of the day is unsaid (a bare "10")."""
    if m["noon"]:
        return time(12), False
    if m["h3"]:
        return time(int(m["h3"])), int(m["h3"]) <= _HALF_DAY
    hour, minute = int(m["h"] or m["h2"]), int(m["m"] or m["m2"] or 0)
    if m["half"]:
        hour = hour % _HALF_DAY + (_HALF_DAY if m["half"].lower() == "p" else 0)
    return time(hour % 24, minute), False


class EventClock(NamedTuple):
    """A clock written beside another event."""

    at: time
    # A bare "10": either half of the day.
    bare: bool
    # The weekdays the clause names (Monday is 0); none named, any day.
    days: frozenset[int]
    # The day of the month written with the clock's own day ("Tue 24th ... at noon"), if one.
    date: int | None = None


# "vendredi 10 à 8h45 (avant mon comité)", "Thursday 9am, before my stand-up": the event bounds
# the offer; the clock is the offer's, not the event's.
_BOUNDS = re.compile(
    rf"\b(?:{bounding(BEFORE_WORDS, clock=False)}|{bounding(AFTER_WORDS, clock=False)})\b"
    r"[^,;.()]{0,15}$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:-feira)?")
# How far after a bounding event its own clock may start ("before we close at noon").
_OWN = 8


def other_event_clocks(text: str) -> list[EventClock]:
    """The clocks written in clauses that name another event.

    "I land Thursday 6am, so let's do Wednesday 2pm": 6am is the landing's, 2pm is no one
    else's (the cause word cuts the clause).
    """
    found: list[EventClock] = []
    for sentence in SENTENCE_END.split(text):
        for c, d in clauses(sentence):
            clause = sentence[c:d]
            for event in OTHER_EVENT.finditer(clause):
                if _BOUNDS.search(clause, 0, event.start()):
                    # "Friday morning, before we close at noon: say 10am": a clock right after
                    # the bounding event is still the event's own.
                    found.extend(
                        EventClock(*_clock(m), frozenset())
                        for m in _CLOCK.finditer(clause, event.end())
                        if m.start() - event.end() <= _OWN
                    )
                    continue
                # "(and fri 10 at 3pm ET I have the dentist lol) thu 16 around 5pm ET?": an
                # event in brackets holds only the bracket's day and clock.
                part = _bracket_holding(clause, event.start())
                # "Vendredi je suis en déplacement (mon train part à 14h)": a bracket that names
                # no day of its own is about the day of the clause around it.
                days = _weekdays(part) or _weekdays(clause)
                found.extend(
                    EventClock(*_clock(m), days, _own_date(part, m.start()))
                    for m in _CLOCK.finditer(part)
                )
                break
    return found


def _weekdays(words: str) -> frozenset[int]:
    """The weekdays ``words`` name (Monday is 0)."""
    return frozenset(
        WEEKDAYS[w.group().lower()] for w in _WORD.finditer(words) if is_weekday(w.group())
    )


# A day named before a clock: a weekday, or a date written as one ("24th", "the 24th", "Tue
# 24th"); the weekday then its date are one day.
_DAY_NAMED = re.compile(
    rf"\b(?:(?:{alternation(WEEKDAYS)})\.?,?[ \t]+)?"
    r"(?:the[ \t]+)?(?P<date>[12]?\d|3[01])(?:st|nd|rd|th)\b"
    r"|[^\W\d_]+",
    re.IGNORECASE,
)


def _own_date(part: str, at: int) -> int | None:
    """The day of the month of the last day ``part`` names before ``at``, if written as a date.

    "(Wed/Fri I do drop-off, Tue 24th I'm flying to Denver at noon)": noon is the 24th's, so
    an offer on Tuesday the 17th at noon is not the flight's; "(Tue I'm flying at noon)" names
    no date and holds every Tuesday.
    """
    last: int | None = None
    for m in _DAY_NAMED.finditer(part, 0, at):
        if m["date"]:
            last = int(m["date"])
        elif is_weekday(m.group(0)):
            last = None
    return last


def _bracket_holding(clause: str, at: int) -> str:
    """The bracketed aside of ``clause`` that ``at`` is in, else the whole clause."""
    opens = clause.rfind("(", 0, at)
    closes = clause.find(")", at)
    if opens < 0 or closes < 0 or ")" in clause[opens:at]:
        return clause
    return clause[opens : closes + 1]


def about_something_else(text: str, at: int) -> bool:
    """Whether the clock at ``at`` sits in a clause naming another event, or a past sentence.

    "Sorry for the 6am email. Thursday 10am is great", "We met at 3pm at the mixer": a clock
    with no day that is the mail's or the past's is no offer left without a day.
    """
    opens = 0
    for cut in SENTENCE_END.finditer(text):
        if cut.start() >= at:
            sentence = text[opens : cut.start()]
            break
        opens = cut.end()
    else:
        sentence = text[opens:]
    # "We spoke last week - could we do 3pm?": a clause worded as an offer still offers.
    return any(
        c <= at - opens < d
        and not offer_worded(sentence[c:d])
        and bool(PAST_WORDS.search(sentence) or _near_event(sentence, at - opens, c, d))
        for c, d in clauses(sentence)
    )


# How far from a dayless clock the other event's word may be: "the 6am email", "la mail alle 5";
# "in planning until 4 both days and Friday is our release" holds a conflict's end, not the
# release's clock.
_NEAR = 20


def _near_event(sentence: str, at: int, opens: int, ends: int) -> bool:
    return any(
        abs(m.start() - at) <= _NEAR or abs(m.end() - at) <= _NEAR
        for m in OTHER_EVENT.finditer(sentence, opens, ends)
    )


def is_other_event_clock(at: datetime, clocks: list[EventClock]) -> bool:
    """Whether ``at`` is one of ``clocks``, a bare hour on either half of the day.

    "Dienstag um 9 Uhr ... ist bei mir 17 Uhr, da sitze ich im Teammeeting. Ich könnte aber
    Donnerstag 17:00": the meeting's clock is Tuesday's, the offer Thursday's.
    """
    return any(
        (not c.days or at.weekday() in c.days)
        and (c.date is None or at.day == c.date)
        and (
            (at.hour % _HALF_DAY, at.minute) == (c.at.hour % _HALF_DAY, c.at.minute)
            if c.bare
            else (at.hour, at.minute) == (c.at.hour, c.at.minute)
        )
        for c in clocks
    )
