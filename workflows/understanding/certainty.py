"""Whether the reader is sure enough to act on a verdict, and if not, why.

Precision first: a wrong confident draft costs the user more than no draft,
so each doubt below is cheap to raise. Codes are stable (programs and tests
match on them); the phrase is for ``status`` and ``explain``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import cached_property
from zoneinfo import ZoneInfo

from workflows.stages import Intent
from workflows.understanding.autoreply import OOO_WORDING
from workflows.understanding.dates import (
    JUST_PAST,
    LONG_WEEKDAYS,
    SHORT_WEEKDAYS,
    DateMention,
    alternation,
    bracketed_day_missed,
    date_against_itself,
    find_dates,
    next_weekday_split,
    said_as_following,
    week_on_unsettled,
    weekday_against_day,
)
from workflows.understanding.intent import (
    ACCEPT,
    AFTER_THE_CHAT,
    ALL_REFUSED,
    ASKS_FIRST_REASON,
    ASKS_USER,
    CANCEL,
    DECLINE,
    DEFER,
    EXCEPT,
    FIRM_DECLINE,
    FOR_NOW,
    GOOD_LUCK,
    HOLDING,
    MAYBE_YES,
    NAMES_OUR_MEETING,
    NO_CUE,
    OFFERS_UNSEEN,
    OUR,
    PART_OF_DAY,
    PICK,
    REFERRAL_CUE,
    RUNNING_LATE,
    SHIFTED,
    STAND_IN,
    TIMES_FOR_SOMEONE_ELSE,
    TIMES_REFUSED,
    UNREAL_PICK,
    WHEN_AGAIN,
    YES_AFTER_THE_CHAT,
    asks_beside_when,
    asks_when_again,
    busy_alone,
    hedged_move,
    last_question,
    of_sender,
    said,
    slot,
    turns_to_no,
    unwrapped,
    weeks_on,
)
from workflows.understanding.language import reads
from workflows.understanding.notanswer import (
    CALENDAR_RESPONSE,
    asks_which_clock,
    for_someone_else,
    no_of_someone_else,
    still_pending,
)
from workflows.understanding.ordinals import (
    day_or_place,
    middle_place,
    names_some_places,
    ordinal_place,
    points_at_one,
    time_place,
)
from workflows.understanding.otherevents import PAST_WORDS, is_other_event_clock, other_event_clocks
from workflows.understanding.otherlanguages import REASONS as OTHER_READINGS
from workflows.understanding.roles import BUT_WORD, PROPOSED_ROLES, UNTIL, Role, moved_to
from workflows.understanding.sentences import SENTENCE_END, sentence_spans
from workflows.understanding.times import (
    SAME_TIME,
    TimeReading,
    clock_kept_between,
    clocks_part,
    domain_clocks_at,
    header_clock_moves,
    named_zone,
    offset_moves,
    on_header_clock,
    same_clock_said,
    sender_offsets,
    sender_side_said,
)
from workflows.understanding.verdict import Doubt, TimeWindow
from workflows.understanding.vocab import (
    AT_THE_MOMENT,
    CORRECTION,
    MONTHS,
    OR_WORDS,
    RELATIVE_DAYS,
    SAME_TIME_SENDERS_SIDE,
    SAME_TIME_USERS_SIDE,
    WEEK_LATER,
    WEEKDAYS,
    is_weekday,
)

CALENDAR_ANSWERED = Doubt(
    "calendar_response",
    "a calendar's automatic answer to an invitation ('Accepted: …', 'Tentative: …')",
)
NOT_A_REPLY = Doubt(
    "not_a_reply",
    "a new message, not a reply (no quote, no In-Reply-To or References, no 'Re:')",
)
OTHER_THREAD = Doubt(
    "quotes_another_thread",
    "the quoted thread is the sender's own mail or someone else's, not the user's",
)
FORWARDED = Doubt("forwarded_mail", "forwards mail, perhaps the user's to a colleague")
SOMEONE_ELSES_YES = Doubt(
    "yes_for_someone_else",
    "the time suits someone else ('works for my colleague', 'my manager can do Thursday')",
)
SOMEONE_ELSES_NO = Doubt(
    "no_for_someone_else",
    "the no or the absence is said of someone else ('My colleague can't do it, she's on leave')",
)
YES_PENDING = Doubt(
    "yes_still_pending",
    "a yes that still waits on something ('pending my travel', 'will confirm', 'TBC')",
)
UNKNOWN_LANGUAGE = Doubt("unknown_language", "written in a language the reader does not know")
NO_INTENT_CUE = Doubt("no_intent_cue", "no wording that says what the sender wants")
EMPTY_REPLY = Doubt("empty_reply", "no new words in the reply")
_HOURS = re.compile(r"\b(?:min|mins|minutes|hours?)$", re.IGNORECASE)


# How far from the agreed meeting a move by hours or minutes can land.
_SHIFT_REACH = timedelta(hours=12)


_LENGTH_SAID = re.compile(
    r"\b(?P<n>\d+|an?|one|two|half an) (?P<unit>min|mins|minutes|hours?)$", re.IGNORECASE
)


def _length_of(found: str) -> timedelta | None:
    """The length a move by hours or minutes says ("by an hour", "30 minutes"), else ``None``."""
    m = _LENGTH_SAID.search(found)
    if m is None:
        return None
    n = m["n"].lower()
    if n == "half an":
        return timedelta(minutes=30)
    count = {"a": 1, "an": 1, "one": 1, "two": 2}.get(n) or int(n)
    hours = m["unit"].lower().startswith("hour")
    return timedelta(hours=count) if hours else timedelta(minutes=count)


def _shift_unadded(reading: Reading) -> bool:
    """A move by a length whose new time the reading may lack.

    With no window read, any length. Beside windows, a move by hours or minutes ("push Tuesday
    back an hour, or Wednesday same time") none of which lands near the agreed meeting: the
    windows are only the rest of the offer ("push Thursday's call by an hour? 11am instead of
    10" reads the move itself). A move by days or weeks names its new date ("push out a week,
    to Tuesday 20th").
    """
    found = [m.group() for m in SHIFTED.finditer(reading.words)]
    windows = reading.times.proposed
    if not found or not windows:
        return bool(found)
    agreed = reading.agreed
    if agreed is None:
        # No settled meeting read from the thread: the day the move names ("push Thursday's
        # call by an hour") is the meeting's, one of the user's offers on it if any.
        named = (d for f in found for d in re.findall(r"\w+day", f.lower()))
        days = {WEEKDAYS[d] for d in named if d in WEEKDAYS}
        moved = [o for o in reading.offered if o.start.weekday() in days]
        near = any(w.start.weekday() in days for w in windows)
    else:
        moved = [agreed]
        near = any(abs(w.start - agreed.start) <= _SHIFT_REACH for w in windows)
    if moved and (lengths := {_length_of(f) for f in found} - {None}):
        # "Push our Tuesday chat back by an hour? So 10pm my time": the clock said must be the
        # meeting moved by that length, else the sender's sum and the reader's differ.
        near = any(abs(w.start - m.start) in lengths for m in moved for w in windows)
    return any(_HOURS.search(f) for f in found) and not near


# The reason given when the reader moved the agreed meeting by the length itself.
SHIFT_ADDED_UP = "moves the agreed meeting by a length"

WRITTEN_TO_ANOTHER = Doubt(
    "written_to_someone_else",
    "opens on a name on neither the To nor the Cc line, and names a time or a yes of its own",
)
SHIFT_BY_LENGTH = Doubt(
    "shift_by_length", "the meeting is moved by a length ('push 30 minutes'), not to a time"
)
REPLACEMENT_UNREAD = Doubt(
    "replacement_unread",
    "a cancel that asks for another day or time in its place, with no new time read",
)
# "have to bail today, can we do thursday instead", "need to cancel, another day?", "on peut
# faire jeudi à la place ?": the cancel asks for a replacement (a reschedule), and the reader
# read no new time. Asked, or after "can we": "I'll be in touch instead", "maybe another
# time!" are no request.
_REPLACEMENT = re.compile(
    r"(?:\binstead\b(?![ \t]+of)|\b(?:another|other|different|a later)[ \t]+(?:day|time|date|week)"
    r"|à la place|un autre (?:jour|moment)|en su lugar|otro (?:día|momento)|stattdessen"
    r"|an(?:dere[nm]?|einem anderen) (?:Tag|Termin)|invece(?! d)|un altro (?:giorno|momento)"
    r"|em vez disso|outro (?:dia|horário)|in plaats daarvan|een andere (?:dag|keer|tijd))"
    r"[^.!?\n]{0,25}\?"
    r"|\b(?:can|could|shall) we\b[^.?!\n]{0,30}\binstead\b(?![ \t]+of)",
    re.IGNORECASE,
)


def _replacement_unread(reading: Reading) -> bool:
    # A cancel notice is read CANCEL only when no time in its words was taken as an offer.
    return (
        reading.intent is Intent.CANCEL
        and (reading.structured or not reading.times.proposed)
        and _REPLACEMENT.search(reading.words) is not None
    )


HEDGED_MOVE = Doubt(
    "hedged_move", "the meeting may yet be called off or moved ('I might have to cancel')"
)
YES_AFTER_CHAT = Doubt(
    "yes_after_the_chat",
    "thanks for a chat already held, then a yes that may be to more or to something else",
)
CONTRADICTING_CUES = Doubt(
    "contradicting_intent_cues", "says yes and no (an accepting and a declining phrase)"
)
TWO_READINGS = Doubt(
    "two_readings_of_time",
    "a time that reads two ways (03/04 day or month first, 'at 7' morning or evening)",
)
DAY_WITHOUT_TIME = Doubt(
    "day_without_time", "a day named as the one that suits, with no time read beside it"
)
WHICH_PICK = Doubt(
    "pick_without_time", "agrees to one of several offered times without saying which"
)
# "Any of those work", "your pick", "send me times": no single time is being picked.
_ANY = re.compile(
    r"\b(?:any|either|whichever|all of|your (?:pick|call|choice)|send|let me know|what times"
    r"|n'importe|cualquiera?|egal|qualsiasi|qualquer|maakt niet uit"
    # "Beides passt", "Cualquiera de los dos", "Entrambi vanno bene": every offer, none picked.
    r"|both|beides|les deux|ambos|ambas|entrambi|tutti e due|os dois|allebei)\b",
    re.IGNORECASE,
)
OTHER_DATE = Doubt(
    "pick_on_another_date",
    "names one of the user's times by weekday and hour, but on another date",
)
# "None of your three work, sorry. Could do Thursday at 10 though": the user's own Thursday
# at 10 turned down and then taken, or the same weekday and hour a week on; a person asks.
TAKEN_AFTER_ALL_REFUSED = Doubt(
    "pick_after_all_refused",
    "turns every one of the user's times down, yet takes one of them (perhaps a later week)",
)
PAST = Doubt("time_in_the_past", "a proposed time before the reply was written")
NEXT_WEEKDAY_SPLIT = Doubt(
    "next_weekday_two_weeks",
    "a weekday marked 'next' that still comes this week ('next Thursday' on a Tuesday): this"
    " week's or next week's; so 'the Friday after next', and 'the Friday after 10' once a Friday"
    " was named (a week on at 10, or that Friday from 10)",
)
TIME_AFTER_CONFLICT = Doubt(
    "clock_in_defer",
    "a 'later' reply that writes a clock time after a busy spell ('in meetings until 3, after"
    " that happy to do 3:30'): perhaps an offer the reader took for the busy time",
)
WEEKDAY_AGAINST_DAY = Doubt(
    "weekday_against_date",
    "a weekday written with a day of the month that falls on another weekday ('Wednesday 17')",
)
REPLY_ZONE_UNREAD = Doubt(
    "reply_zone_unread",
    "the reply names its times' clock in words the reader cannot place ('3pm America/Argentina',"
    " '3pm GMT+24:00', '3pm Narnia time')",
)
SENDER_ELSEWHERE = Doubt(
    "sender_elsewhere",
    "the reply places the sender ('3pm my time (Dubai)', 'I'm based in Riyadh') where the clock"
    " its zoneless times were read in is not, or in a place the reader cannot name",
)
IMPOSSIBLE_DATE = Doubt(
    "impossible_date", "a date with no such day ('31 April', '29 February' in no leap year ahead)"
)
JUST_PAST_DATE = Doubt(
    "date_just_past",
    "a date with no year that passed weeks before the reply ('December 3' written on the 8th):"
    " a slip, or next year's",
)
_DATE_DOUBTS = {
    "weekday": WEEKDAY_AGAINST_DAY,
    "impossible": IMPOSSIBLE_DATE,
    "just_past": JUST_PAST_DATE,
}
LEFT_OUT = Doubt(
    "time_left_out",
    "a day or hour ruled out beside the offer ('any day but Friday', 'anytime 8-10 except 9'):"
    " the reader may have read it as one more offered time",
)
# "any day but fri, 8am works", "quarta das 9h às 11h, menos 10h": a day or an hour after the
# word that rules it out. "Happy to chat! Just not Tuesday.": a day after a bare "not" too (an
# hour after it may be a count, "not 2 people"); "why not Thursday at 2?" picks it.
_LEFT_OUT = re.compile(
    rf"(?:{EXCEPT.pattern}|(?P<negated>(?<!why )(?<!pourquoi )(?<!warum )(?<!waarom )(?<!que )"
    # "Neither Wednesday at 10 nor Thursday at 3 works": both days turned down.
    r"\b(?:not|pas|nicht|niet|não|neither|nor|ni|weder|nem|né)))[ \t]+"
    r"(?:(?:on|for|the|el|la|le|am|um|a|à|às|a las)[ \t]+)?"
    # "Neither your Friday 9 or any other morning suits me": the user's slot, turned down.
    r"(?:(?:your|votre|vos|ton|tes|tu|tus|su|sus|dein\w*|ihr\w*|jouw|uw|je|il[ \t]+tuo"
    r"|la[ \t]+tua|o[ \t]+seu|a[ \t]+sua|o[ \t]+teu|a[ \t]+tua)[ \t]+)?"
    # ("Apart from 2 calls, Thursday at 3pm is open": a count, no hour.)
    r"(?:(?P<clock>\d{1,2}(?:[:.]\d\d)?(?!\d)"
    r"(?![ \t]+(?!(?:am|pm|a\.m|p\.m|h|uhr|o'clock|to|till|until|and|or)\b)[a-z]))"
    rf"|(?P<day>{alternation(WEEKDAYS)})\b)",
    re.IGNORECASE,
)

# "Tue, Wed or Thu at 10 - scratch Wed", "Correction: Friday is out", "Mittwoch doch nicht",
# "al final el miércoles no", "quarta não dá mais", "mercoledì alla fine no", "woensdag toch
# niet": a day of the list taken back after it was offered.
_WITHDRAWN = re.compile(
    r"\b(?:scratch|strike|cross(?:ing)? off|drop)[ \t]+(?:the[ \t]+)?"
    rf"(?P<day>{alternation(WEEKDAYS)})\b"
    rf"|\b(?P<out>{alternation(WEEKDAYS)})(?:['’]s|[ \t]+is)[ \t]+(?:out|gone|off)\b"
    rf"|\b(?P<taken>{alternation(WEEKDAYS)})[ \t]+"
    r"(?:(?:al final|alla fine|afinal|doch|toch)[ \t]+)?"
    r"(?:no|não|nicht|niet)\b(?![ \t]+(?:problem|worries)\b)",
    re.IGNORECASE,
)
_ANY_DAY = re.compile(rf"\b(?:{alternation(WEEKDAYS)})\b", re.IGNORECASE)


def _left_out_offered(reading: Reading) -> bool:
    """Whether an hour is ruled out beside the offers, or a day ruled out is read as offered.

    "Any morning next week except Wednesday" read without the Wednesday is read right.
    """
    if reading.written is None:
        return False
    offered = {w.start.astimezone(reading.written.tzinfo).weekday() for w in reading.times.proposed}
    # Taken back only once offered: "Friday's gone, sorry. Could we bump it to Friday Nov 3"
    # turns down the agreed Friday, and "Pode ser sexta no mesmo horário?" is "on the same".
    withdrawn = {
        day
        for m in _WITHDRAWN.finditer(reading.text)
        if (day := WEEKDAYS[(m["day"] or m["out"] or m["taken"]).lower()])
        in {WEEKDAYS[w.lower()] for w in _ANY_DAY.findall(reading.text, 0, m.start())}
    }
    return bool(withdrawn & offered) or any(
        (m["clock"] and not m["negated"]) or (m["day"] and WEEKDAYS[m["day"].lower()] in offered)
        for m in _LEFT_OUT.finditer(reading.text)
    )


# "Tuesday at 10 or 11, or maybe Thursday.", "Mardi 10h ou 11h, ou peut-être jeudi.": a day
# offered last, after an "or", with no time of its own before the sentence ends.
# (The Dutch "of" is also the English "of": "in a board most of Thursday.")
_OR_LAST_DAY = re.compile(
    r"\b(?:(?:or|ou|o|oder|oppure)[ \t]+"
    # "or rather Thursday?", "ou bien jeudi ?", "oder doch lieber Donnerstag?": a word of
    # preference between the "or" and the day.
    r"(?:(?:rather|else|even|bien|alors|plutôt|mejor|doch|lieber|eher|piuttosto|magari"
    r"|então|antes)[ \t]+){0,2}"
    r"(?:(?:maybe|perhaps|possibly|peut-être|quizás?|tal vez"
    r"|vielleicht|forse|talvez)[ \t]+)?(?:(?:on|the|el|le|am|il|a)[ \t]+)?"
    rf"(?P<day>{alternation(WEEKDAYS)})"
    r"|of[ \t]+(?:(?:liever|toch)[ \t]+){0,2}(?:misschien[ \t]+)?"
    r"(?P<dag>maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))\b"
    # "or thursday the 2nd?", "or else Thursday 2 April?": its date, and still no time; "or
    # wed same time": the time of an offer before it.
    # (A bare number after the day may be its hour, "thu 4?": only an ordinal, "the", or a
    # month makes it a date.)
    r"(?:[ \t,]+(?:the[ \t]+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th|er)"
    rf"|\d{{1,2}}(?:st|nd|rd|th|er)?\.?[ \t]+(?:de[ \t]+)?(?:{alternation(MONTHS)})\b\.?))?"
    # (A full stop straight after a number is an ordinal's, "oder Mittwoch, 16. Dezember".)
    rf"(?:[ \t,]+(?:{SAME_TIME.pattern}))?[ \t]*(?:(?<!\d)\.|[!?\n]|$)",
    re.IGNORECASE,
)


def _last_day_timeless(reading: Reading) -> bool:
    """Whether the offers (or the pick) end on a day with no time read on it: one is missing."""
    if reading.written is None:
        return False
    offered = {w.start.astimezone(reading.written.tzinfo).weekday() for w in reading.times.proposed}
    return any(
        # "or wed same time": a word that is also a verb ("wed") is the day before "same time".
        (is_weekday(day) or SAME_TIME.search(m.group(0)) is not None)
        and WEEKDAYS[day.lower()] not in offered
        for m in _OR_LAST_DAY.finditer(reading.text)
        for day in (m["day"] or m["dag"],)
    )


BUSY_UNTIL = Doubt(
    "offer_on_day_busy_until",
    "a time offered on the day the sender is away or busy until ('in Abuja till Wednesday"
    " evening', 'bis Freitag 18 Uhr auf Messe'): perhaps where the busy spell ends, no offer",
)
_UNTIL_DAY = re.compile(
    rf"(?:{UNTIL.pattern})[ \t]+(?:(?:next|this|le|el|la|am|a|o)[ \t]+)?"
    rf"(?P<day>{alternation(WEEKDAYS)})\b",
    re.IGNORECASE,
)


_CLAUSE_OPENS = re.compile(r"(?:^|[,.;:!?\n])[ \t]*$")
_DAY_BEFORE = re.compile(rf"\b(?:{alternation(WEEKDAYS)})\.?[ \t,]*$", re.IGNORECASE)
# The rest of a busy spell's clause: up to its sentence's end or a comma, a comma before a
# clock kept ("till Friday, 6pm"), a hard wrap no end ("bis Freitag\n18 Uhr").
_UNTIL_CLAUSE_REST = re.compile(r"(?:[^.;?!\n,]|\n(?![ \t]*\n)|,(?=[ \t]*\d))*")


def _spell_end_asked_apart(text: str, until: re.Match[str]) -> bool:
    """Whether a busy spell ends on a day with no clock, and a later sentence names the day again.

    "no vuelvo hasta el jueves en la tarde, ... ¿Te sirve el jueves 5 a las 3 p.m.?": the
    spell's end has no hour the reader could take for an offer, and the offer is written apart
    with its own day; "bis Freitag 18 Uhr auf Messe" keeps its hour in the spell and its doubt.
    """
    rest = _UNTIL_CLAUSE_REST.match(text, until.end())
    if rest is None or re.search(r"\d", rest.group(0)):
        return False
    later = SENTENCE_END.search(text, rest.end())
    day = WEEKDAYS[until["day"].lower()]
    return later is not None and any(
        WEEKDAYS[m.group(0).lower()] == day for m in _ANY_DAY.finditer(text, later.end())
    )


def _offer_on_day_busy_until(reading: Reading) -> bool:
    """Whether a time is offered on the weekday the sender says they are busy until."""
    if reading.written is None:
        return False
    # "Monday through Wednesday 9-11" is a range of days offered, no busy spell.
    ends = {
        WEEKDAYS[m["day"].lower()]
        for m in _UNTIL_DAY.finditer(reading.text)
        if is_weekday(m["day"])
        and not _DAY_BEFORE.search(reading.text, 0, m.start())
        # "Passt, bis Mittwoch!", "Is goed, tot woensdag!": a farewell opening its clause.
        and not _CLAUSE_OPENS.search(reading.text, 0, m.start())
        and not _spell_end_asked_apart(reading.text, m)
    }
    return any(
        w.start.astimezone(reading.written.tzinfo).weekday() in ends for w in reading.times.proposed
    )


HOURS_AS_OFFERS = Doubt(
    "working_hours_as_offers",
    "times on three or more days read beside words of working hours ('I work 7am-3pm Mon-Fri',"
    " 'Sprechzeiten Mo–Fr 9–17 Uhr'): the sender's hours, perhaps no offer",
)
_WORKING_HOURS = re.compile(
    r"\b(?:(?:office|working|work|business|opening|clinic|surgery|shift|school)[ \t]+(?:hours|hrs)"
    r"|i[ \t]+work[ \t]+(?:from[ \t]+)?\d|sprechzeiten|bürozeiten|arbeitszeiten|öffnungszeiten"
    r"|erreichbar|horario[ \t]+(?:de[ \t]+atención|de[ \t]+oficina|laboral|de[ \t]+trabajo)"
    r"|horário[ \t]+(?:comercial|de[ \t]+atendimento|de[ \t]+trabalho)|atendimento"
    r"|heures[ \t]+de[ \t]+bureau|permanence|orario[ \t]+(?:d'ufficio|di[ \t]+lavoro)"
    r"|kantooruren|werktijden)\b",
    re.IGNORECASE,
)


def _hours_as_offers(reading: Reading) -> bool:
    """Whether the sender's working hours may have been read as offers, a window a day."""
    days = {w.start.date() for w in reading.times.proposed}
    return len(days) >= 3 and bool(_WORKING_HOURS.search(reading.text))


TANGLED = Doubt(
    "time_in_conflict_sentence",
    "a sentence both offers a time and says the sender cannot make one",
)
DAYLESS = Doubt("time_without_day", "a time offered with no day the reader can tie it to")
ZONELESS = Doubt(
    "time_without_zone_across_zones",
    "times with no zone named, and the sender's zone is unknown or differs from the thread's",
)
CLOCK_CHANGES = Doubt(
    "clock_change_after_writing",
    "a time with no zone named, read at the Date header's offset, falls after a clock change a"
    " zone on that offset goes through (the sender may mean the new offset)",
)
SAME_UNREAD = Doubt(
    "same_time_unresolved",
    "'same time' with no time before it in the reply (the reader does not know which time)",
)
SAME_DAY_UNREAD = Doubt(
    "same_time_day_unread",
    "'same time' on another day the reply names, and no offer on that day was read",
)
OR_DAY_DROPPED = Doubt(
    "or_day_dropped",
    "'or' and another day with a date or a clock, and no offer on that weekday was read",
)
AWAY_OR_REFERRAL = Doubt(
    "away_or_referral",
    "away, and names someone: a stand-in while away, or someone to talk to instead",
)
UNREAD_REFERRAL = Doubt(
    "referral_unread",
    "points to someone else, but the reader found no one to name",
)
COPIED_NAMED = Doubt(
    "copied_person_unread",
    "someone on the Cc line is named in the reply, and the reader found no one it points to",
)
# An address written as one, not inside a link's path.
ANCHORED_PICK = Doubt(
    "pick_under_quote",
    "an answer under a quoted offer took that line's day and reads as picking the user's"
    " time (perhaps a counter the reader misread)",
)
PICK_BESIDE_TIMES = Doubt(
    "pick_beside_other_times",
    "an accept read as picking the user's time, while the reply names other times",
)
# "16u", "9u30": the Dutch clock written short on a phone, as "16h" is.
_CLOCK = re.compile(
    r"\b\d{1,2}(?:[:.hu]\d\d)?[ \t]?(?:[ap]\.?m\b|h\b|uhr\b|uur\b|(?<=\d)u\b)"
    r"|\b\d{1,2}[:hu]\d\d\b",
    re.IGNORECASE,
)
# "Yes, if Thursday could be 2 instead", "could we make it 10?": a bare hour the day's pick
# would be moved to, which the grammar leaves unread without a day beside it.
_NOT_AN_HOUR = r"(?![ \t]*(?:[:./-]\d|%|minutes?|mins?|hours?|people|of|weeks?|days?))"
_BARE_HOUR = re.compile(
    r"\b(?:make it|be|start at|move it to|push it to|shift it to|if|à|a las|um|alle|às|om)[ \t]+"
    rf"(?:1[0-2]|[1-9])\b{_NOT_AN_HOUR}",
    re.IGNORECASE,
)
# "Wednesday works, but only until 2": a bare hour that bounds the sender's time.
_HOUR_BOUND = re.compile(
    rf"\b(?:until|till|til|before)[ \t]+(?P<h>1[0-2]|[1-9])\b{_NOT_AN_HOUR}", re.IGNORECASE
)
# A bare hour below this is an afternoon one ("until 2" is 2pm), as the time grammar reads it.
_FIRST_MORNING_HOUR = 8


def _bound_cuts_pick(reading: Reading) -> bool:
    """A bare hour the sender is free until, before the picked slot ends.

    "Wednesday works, but only until 2" to the user's 2pm leaves no time for the meeting;
    "Thursday works until 3" to the 2pm leaves it whole. Read on the sender's clock and the
    user's, either of which the hour may be on.
    """
    clocks = [z for z in (reading.sender_tz, reading.thread_tz or reading.home) if z is not None]
    for bound in _HOUR_BOUND.finditer(reading.text):
        hour = int(bound["h"])
        hour += 12 if hour < _FIRST_MORNING_HOUR else 0
        for window in reading.times.proposed:
            end = window.end or window.start
            if any(hour * 60 < (at := end.astimezone(z)).hour * 60 + at.minute for z in clocks):
                return True
    return False


# "Thursday, if 2 works better than 1:30": an hour the grammar reads only beside a day or a
# preposition of time; the English verbs of changing a time leave it bare.
_BARE_HOUR_UNREAD = re.compile(
    r"\b(?:make it|could be|can be|start at|move it to|push it to|shift it to|if"
    r"|(?:unless|if) (?:you|we) (?:can|could) do"
    # "mind pushing to 4?", "could we do 4 instead of 3?": the agreed meeting's new hour.
    r"|(?:(?:push|bump|shift)(?:ed|ing)?|nudg(?:e|ed|ing))(?: it| us)?(?: back| out)? to)[ \t]+"
    rf"(?:1[0-2]|[1-9])\b{_NOT_AN_HOUR}"
    rf"|\bdo[ \t]+(?:1[0-2]|[1-9])[ \t]+instead\b",
    re.IGNORECASE,
)
# "4-11 om 15.00?": a date or a clock the grammar did not take (dashes, dotted hours).
# A question, from the start of its sentence or line to its question mark.
_QUESTION = re.compile(r"[^.!?\n]*\?")
_ASKED_HOUR = re.compile(
    rf"{_CLOCK.pattern}|{_BARE_HOUR.pattern}|\b(?:about|around|at|say)[ \t]+(?:1[0-2]|[1-9])\b"
    # "Could we start at quarter past?": the agreed hour's, unnamed.
    rf"{_NOT_AN_HOUR}|\b(?:quarter|half)[ \t]+past\b"
    # "¿Tipo 16 te sirve?", "lá pelas 4?", "¿Lo corremos para las 4 de la tarde?": an hour,
    # rough or not, on either clock face.
    r"|\b(?:tipo|a eso de las|como a las|por volta das|lá pelas|lá pras|a las|para las|para as"
    r"|pras|às)[ \t]+(?:1\d|2[0-3]|[1-9])\b"
    r"(?![:.,/]\d|[ \t]*(?:%|min|minutos|personas|pessoas|días|dias))",
    re.IGNORECASE,
)
_NUMBERS_LIKE_A_TIME = re.compile(r"\b\d{1,2}[/.:-]\d{1,2}\b")
IN_WRITING = Doubt(
    "answer_in_writing",
    "agrees to help, but perhaps in writing rather than in a call",
)
# "Send me a few questions instead of a call", "I'd rather do this over email".
_IN_WRITING = re.compile(
    r"\b(?:(?:answer|reply|do (?:this|it)|help|chat)[^.?!\n]{0,20}(?:over|by|via) (?:e-?mail|text"
    r"|slack|linkedin|message)|in writing|instead of (?:a|the) (?:call|chat|meeting)"
    r"|questions (?:in advance|by email|over email)|par (?:e-?mail|écrit)|por (?:correo|escrito)"
    r"|schriftlich|per iscritto|por escrito|schriftelijk)\b",
    re.IGNORECASE,
)
SELF_CORRECTED = Doubt(
    "reply_corrects_itself",
    "the reply takes back something it said ('actually, wait', 'scratch that')",
)


def _time_of_another_event(reading: Reading) -> bool:
    """An offered or picked time whose clock a clause naming another event writes.

    "I land Thursday 6am and this week is full", "Mein Chef hat Donnerstag um 10 den Teamcall,
    daher lieber Mittwoch": the landing's, or the boss's, clock read as the sender's offer. Read
    on the sender's clock and the user's, either of which the other event's clock may be on.
    """
    clocks = other_event_clocks(reading.words)
    return bool(clocks) and any(
        is_other_event_clock(window.start.astimezone(zone), clocks)
        for window in reading.times.proposed
        for zone in _event_clock_zones(reading, window.start)
    )


def _event_clock_zones(reading: Reading, start: datetime) -> list[tzinfo]:
    """The sender's clock and the user's, on which another event's clock may be written.

    "That's 8am for me and I'm on the school run. Could you do 9am Central?": from -06:00, a
    Central 9am after the US change is 8am on the header's offset, yet the sender, who names
    Central and wrote on its offset, keeps its wall clock.
    """
    sender = reading.sender_tz
    written = reading.written
    own = start.tzinfo
    if (
        isinstance(sender, timezone)
        and written is not None
        and own is not None
        and not isinstance(own, timezone)
        and written.astimezone(own).utcoffset() == written.utcoffset()
    ):
        sender = own
    return [z for z in (sender, reading.thread_tz or reading.home) if z is not None]


def _hour_asked(words: str) -> bool:
    """Whether a question ("Puedo a las 10, ¿qué día te va?") writes a clock or a cued hour."""
    return any(
        chunk.endswith("?") and _ASKED_HOUR.search(chunk) for chunk in SENTENCE_END.split(words)
    )


def _names_the_meeting(reading: Reading) -> bool:
    """Whether every time the reply puts forward is the settled meeting's own.

    "All set, we were scheduled for Wednesday evening", "wir hatten Mittwochabend ausgemacht":
    a statement that names the meeting as it stands, not the sender's own plans.
    """
    agreed = reading.agreed
    proposed = reading.times.proposed
    return agreed is not None and bool(proposed) and all(w.start == agreed.start for w in proposed)


def _in_history(words: str) -> bool:
    """Whether a sentence that writes a clock also places it in the past.

    "Last week got away from me and Thursday has passed" writes no clock: the past is the
    reason for the offer that follows, not a time in it.
    """
    # "… a couple of weeks ago so we're 11 hrs ahead)\n\ncould we try thu 7:30am?": a line
    # written all in lower case runs on into the next paragraph as one sentence; the blank
    # line between them (a line break in the words read) still parts the past from the clock.
    return any(
        PAST_WORDS.search(part) and (_CLOCK.search(part) or _ASKED_HOUR.search(part))
        for sentence in (words[a:b] for a, b in sentence_spans(words))
        for part in sentence.split("\n")
    )


STATED = Doubt(
    "time_in_statement",
    "a time in a plain statement beside an offer (perhaps the sender's own schedule)",
)
OTHER_EVENT_TIME = Doubt(
    "time_of_another_event",
    "an offered time is the clock of something else the reply names (a flight, a deadline, a"
    " webinar, someone else's meeting)",
)
UNREAD_TIME = Doubt(
    "time_unread",
    "something written like a time that the reader did not read as one (perhaps a missed offer)",
)
PLACE_AGAINST_TIME = Doubt(
    "place_against_time",
    "picks a place in the user's list ('the first slot') and writes a time that is not that"
    " place's",
)
RESTATED_AS_OFFER = Doubt(
    "offer_restates_another",
    "one offered time is another's clock reading in the user's zone (a restatement, perhaps)",
)
USER_ZONE_UNPLACED = Doubt(
    "user_zone_unplaced",
    "a time given in the user's zone ('9:00 your time') with no zone of the user's in the thread",
)
ZONE_UNREAD = Doubt(
    "zone_unread",
    "the user's quoted offers name a clock the reader does not know ('Bogotá time', 'COT')",
)
ZONE_NAME_AMBIGUOUS = Doubt(
    "zone_name_ambiguous",
    "a zone named by a name two clocks wear that day ('IST': India or Israel? 'MST' in July)",
)
INVITE_UNCHECKED = Doubt(
    "invite_offers_unseen",
    "an invitation the reader cannot check against the times the user offered (no thread quoted)",
)
INVITE_AGAINST_WORDS = Doubt(
    "invite_beside_other_words",
    "an invitation at one of the user's times while the words offer another time or say no",
)
INVITE_ALL_DAY = Doubt(
    "invite_all_day",
    "an invitation to an all-day event (a hold on the day): no time of day to book",
)
MOVED_ONTO_ITSELF = Doubt(
    "move_to_agreed_time",
    "a move whose new time is the agreed meeting's own: the old slot read as the new one",
)
NOTHING_TO_MOVE = Doubt(
    "move_without_agreed_time",
    "asks to move the meeting, with no new time, while the thread holds only the user's offers",
)
MOVE_UNMATCHED = Doubt(
    "move_of_unfound_meeting",
    "moves a meeting named by its time ('shift tomorrow's 1pm to 2:30') that the reader did not"
    " find agreed in the thread: read as new times, it may be a reschedule",
)
SEE_YOU_ANOTHER_TIME = Doubt(
    "see_you_at_another_time",
    "a 'see you' with a time that is not the agreed meeting's: a slip in restating it, or a"
    " new time",
)
# "See you Tuesday at 3pm", "à mardi 15h", "nos vemos el martes a las 15": a goodbye that
# names the meeting's time, in the sentence with the clock.
_SEE_DAY = rf"(?:{LONG_WEEKDAYS}|tomorrow|mañana|demain|morgen|domani|amanhã)\b"
_SEE_YOU = re.compile(
    r"\b(?:(?:see you|(?:talk|speak) (?:to|with) you|catch you|nos vemos|ci vediamo|ci sentiamo"
    r"|on se voit|wir sehen uns|vemo-nos|spreek je)(?:[ \t]+(?:on|then|next|(?:el|am|op|na)))?"
    r"[ \t,–—-]+"
    # "à mardi", "tot dinsdag", "bis Dienstag", "até terça": the short goodbye, right on the day,
    # opening its clause ("décaler à jeudi" moves the meeting there).
    r"|(?:(?<=^)|(?<=\n)|(?<=, )|(?<=[.!-] ))(?:à|tot|bis|até|hasta el|hasta)[ \t]+)"
    rf"{_SEE_DAY}",
    re.IGNORECASE,
)


def _sees_you_at_another_time(reading: Reading) -> bool:
    """A "see you" sentence, under an agreed meeting, with a clock read off that meeting."""
    agreed = reading.agreed
    if agreed is None or not reading.times.proposed:
        return False
    text = reading.words
    return any(
        _SEE_YOU.search(text, a, b) and _CLOCK.search(text, a, b) for a, b in sentence_spans(text)
    ) and any(w.start != agreed.start for w in reading.times.proposed)


BUSY_NOT_PUT_OFF = Doubt(
    "busy_without_later",
    "says the sender is busy, but nothing puts the chat off: perhaps a remark, not a defer",
)
ASKS_BEFORE_BOOKING = Doubt(
    "asks_before_booking",
    "names a time but asks the user something before it is booked ('before we lock in …')",
)
# "Before we lock in Thursday at 1:30 - what's the context?": the time waits on the answer.
_BEFORE_BOOKING = re.compile(
    r"\bbefore (?:we|i) (?:lock (?:it |this |that )?in|book|confirm|set (?:it|this|that|anything)"
    r" up|pin (?:it|this|that) down|commit|firm (?:it|this|that) up|schedule)",
    re.IGNORECASE,
)
MOVE_AS_CONDITION = Doubt(
    "move_as_condition",
    "a yes on condition the time moves ('if we can push to 2pm') to a list of the user's times",
)
# "Oui pour jeudi, si on peut décaler à 14h": a move asked for only as the condition of a yes.
_IF_MOVED = re.compile(
    r"\b(?:if|si|wenn|falls|se|als|caso)\b(?:[^.?!\n]|\.(?=\d)){0,40}?\b(?:move|push|shift|bump|décaler"
    r"|déplacer|reporter|pasar(?:lo|la)?|mover(?:lo|la)?|cambiar(?:lo|la)?|verschieben|verlegen"
    r"|spostare|remarcar|mudar|passar|verzetten|verplaatsen)",
    re.IGNORECASE,
)
OFFER_IN_ABSENCE = Doubt(
    "offer_in_absence_notice",
    "read as an absence notice, yet a line offers or takes a time (perhaps written on top of an"
    " auto-reply)",
)
TIMES_REFUSED_ONLY = Doubt(
    "times_refused",
    "turns the user's times down beside an absence, a question or a yes to the chat, without"
    " saying what instead",
)
ONE_OFFER_REFUSED = Doubt(
    "one_offer_refused",
    "a no that names some of the user's offered days and says nothing of the others",
)
QUESTION_BESIDE_TIME = Doubt(
    "question_beside_time",
    "asks the user something, and names a day or a time (perhaps an answer the reader missed)",
)
NO_BESIDE_QUESTION = Doubt(
    "no_beside_question",
    "asks the user something, and says 'not … right now' beside it (perhaps a no or a not-yet"
    " the reader missed)",
)
SHIFT_UNREAD = Doubt(
    "shift_unread",
    "a move by a length of time or 'earlier' / 'later' the reader did not turn into a new time",
)
TIMES_IN_HISTORY = Doubt(
    "times_in_history",
    "points at times written in the quoted thread ('my earlier options still stand')",
)
# "See my note below - any of those times?", "My options from Friday still stand": the offers
# sit in a quoted message of the sender's own, which the reader never takes times from.
_POINTS_AT_HISTORY = re.compile(
    r"\b(?:(?:see|per|as in|in) my (?:note|e-?mail|message|reply|mail) below"
    r"|(?:my|the) (?:earlier|previous|original|prior|last|other) (?:times|options|slots|dates"
    r"|availability|suggestions|proposals|windows)"
    r"|(?:times|options|slots|dates|windows) (?:in|from) my (?:earlier|previous|last|original"
    r"|first) (?:note|e-?mail|message|mail)"
    # ("your times below are Pacific?" asks about the user's own.)
    r"|my (?:times|options|slots|dates|availability) (?:below|from (?:\w+day|earlier|before))"
    r"|(?:times|options|slots|dates|availability|windows)\b[^.?!\n]{0,40}still (?:stands?|holds?"
    r"|apply|applies|work)"
    r"|mes (?:créneaux|disponibilités|propositions) (?:précédent\w*|ci-dessous|plus bas)"
    r"|mis (?:horarios|opciones|propuestas) (?:anteriores|de abajo)"
    r"|meine (?:früheren|vorherigen|obigen|unteren|untenstehenden) (?:Termine|Vorschläge|Zeiten"
    r"|Optionen)"
    r"|le mie (?:proposte|opzioni|disponibilità) (?:precedenti|qui sotto)"
    r"|(?:minhas|as minhas) (?:opções|propostas|sugestões) (?:anteriores|abaixo)"
    r"|mijn (?:eerdere|vorige) (?:opties|voorstellen|tijden))\b",
    re.IGNORECASE,
)
MOCKING = Doubt(
    "mocking_yes",
    "a yes said with an eye-roll or 'as if I had time': it may mean the opposite",
)
# "Oh sure, count me in 🙄", "Claro que sí... como si tuviera tiempo": an eye-roll, or the
# sender picturing themselves with time they lack, turns a yes to its opposite.
_MOCKING = re.compile(
    r"[\U0001F644\U0001F612\U0001F643]|\byeah,? right\b|\bas if i\b|\bcomo si (?:tuviera|tuviese)\b"
    r"|\bcomme si j['’]avais\b|\bals ob ich\b|\bcome se avessi\b|\bcomo se eu tivesse\b"
    r"|\balsof ik\b",
    re.IGNORECASE,
)
ASKS_WHAT_WAS_MEANT = Doubt(
    "asks_what_was_meant",
    "asks which time the user meant ('did you mean Thursday at 3?', 'your time or mine?')",
)
# A question about the user's own words or zone, not an answer to them.
_WHAT_WAS_MEANT = re.compile(
    r"\b(?:did you (?:mean|say|write)|do you mean|you meant|(?:a |just a )?typo"
    r"|(?:your|yours) (?:time )?or mine|(?:mine|my time) or (?:yours|your time)"
    # "no sé si es tu hora o la mía", "seja no seu fuso ou no meu", "votre heure ou la mienne".
    r"|(?:tu|su|vuestra) (?:hora|horario) o (?:la|el) (?:mía|mio|mío)"
    r"|(?:seu|teu) (?:fuso|horário)(?: horário)? ou (?:no |o )?meu"
    r"|(?:ton|votre) heure ou la mienne|deine(?:r)? Zeit oder (?:nach )?meine(?:r)?"
    r"|(?:ora )?tua o (?:la )?mia|jouw tijd of de mijne"
    r"|meinten Sie|meinst du|hast du [\w ]{0,20}gemeint|haben Sie [\w ]{0,20}gemeint"
    r"|vous vouliez dire|tu voulais dire|vouliez-vous dire|te refieres|se refiere|quisiste decir"
    r"|quiso decir|intendevi|intendeva|(?:você )?quis dizer|bedoel(?:de)? je|bedoelt u"
    r"|bedoelde u)\b",
    re.IGNORECASE,
)
# "le 4/11", "el 4/11", "il 4/11", "dia 4/11", "op 4/11": a day-first language's article or
# preposition before a numeric date, whatever the sender's offset says of their convention.
_DAY_FIRST_DATE = re.compile(
    r"\b(?:le|du|au|el|del|al|il|dal|dia|vom|zum|op|van|tot)[ \t]+"
    r"(?P<first>\d{1,2})[/-](?P<second>\d{1,2})\b(?![/-]\d)",
    re.IGNORECASE,
)
_DURATION = (
    r"(?:(?:an?|one|two|half[ \t]+an?|a[ \t]+half|\d+|une?|demi|eine|halbe|una|uma|media|mezz'?"
    r"|meia|een|half)"
    r"[ \t-]+(?:hours?|hrs?|minutes?|mins?|heures?|demi-heure|Stunden?|horas?|ora|ore"
    r"|mezz'?ora|uur|minut\w*)|un['’](?:ora|heure)|mezz['’]?ora)"
)
_LATER = (
    r"(?:earlier|later|plus[ \t]+t(?:ôt|ard)|früher|später|más[ \t]+(?:temprano|tarde)|antes"
    r"|después|più[ \t]+(?:presto|tardi)|prima|dopo|mais[ \t]+(?:cedo|tarde)|depois|eerder"
    r"|vervroegen|verlaten)"
)
# How far to move a meeting, not where to: "push back an hour", "30 minutes earlier", "eine
# Stunde später", "décaler de 30 minutes", "een uur eerder". A length alone ("your 20
# minutes") is no move.
_SHIFT = re.compile(
    # "décaler d'une heure": after an elided "de"; "move it up an hour" ("show up an hour off"
    # moves nothing).
    rf"\b{_DURATION}[ \t]+{_LATER}\b"
    rf"|\b(?:(?:back|out|forward|by|um|de|di|met)[ \t]+|d['’]){_DURATION}\b"
    # "dá pra empurrar uma hora?", "¿lo podemos correr media hora?": the verb, then how far.
    rf"|\b(?:empurr|adiant|atras|corr|recorr|retras|adelant)\w*[ \t]+{_DURATION}\b"
    r"|\b(?:move|moving|bring|bringing|bump|bumping)(?:[ \t]+(?:it|us|things))?[ \t]+up[ \t]+"
    rf"(?:by[ \t]+)?{_DURATION}\b"
    r"|\b(?:earlier|plus[ \t]+tôt|früher|más[ \t]+temprano|più[ \t]+presto|mais[ \t]+cedo|eerder)"
    r"\b|\b(?:a[ \t]+(?:bit|little)|slightly)[ \t]+later\b",
    re.IGNORECASE,
)
# "Thanks for the chat earlier today", "as I said earlier this week": "earlier" placing something
# already past, told by a past verb or thanks for a talk before it in the sentence and a day
# after it ("could we go earlier today?" still moves the meeting).
_LOOKS_BACK = re.compile(
    r"\b(?:thanks?|thank you|enjoyed|spoke|talked|chatted|met|mentioned|said|discussed|sent"
    r"|(?:great|good|nice|lovely) (?:talking|chatting|speaking|meeting)"
    r"|merci|gracias|danke|grazie|obrigad[oa]|bedankt)\b[^.!?\n]{0,60}?"
    r"\b(?P<back>(?:earlier|plus[ \t]+tôt|más[ \t]+temprano|mais[ \t]+cedo|eerder)[ \t]+"
    r"(?:today|this[ \t]+(?:morning|afternoon|week)"
    r"|in[ \t]+the[ \t]+(?:day|week)|aujourd'hui|ce[ \t]+matin|cette[ \t]+semaine|hoy|hoje"
    r"|esta[ \t]+(?:mañana|manhã|semana)|vandaag|deze[ \t]+week))\b"
    # "Really enjoyed our chat earlier (…)", "thanks for the call earlier!", "bedankt voor ons
    # gesprek van eerder": "earlier" right after the talk thanked for says when it was held.
    # "Great chatting earlier!": the talk need not be named after the verb ("it'd be great
    # chatting earlier in the day" wishes, and "good meeting earlier" may be a time to meet).
    r"|\b(?:thanks?[ \t]+(?:you[ \t]+)?for|enjoyed|loved|(?<!be )(?<!['’]d )(?:great|good|nice"
    r"|lovely)[ \t]+(?:talking|chatting|speaking|meeting)(?:[ \t]+(?:with|to)[ \t]+you)?"
    r"|bedankt[ \t]+voor)"
    r"(?:[ \t]+(?:our|the|that|ons|het)[ \t]+(?:[\w-]+[ \t]+)?(?:chat|call|talk|conversation"
    r"|meeting|catch-up|coffee|gesprek))?(?<!great meeting)(?<!good meeting)(?<!nice meeting)"
    r"(?<!lovely meeting)[ \t]+(?:van[ \t]+)?(?P<held>earlier|eerder)\b",
    re.IGNORECASE,
)


# "Reserva un hueco de 30 minutos", "un créneau de 30 minutes", "una chiamata di mezz'ora": how
# long the meeting is, after the slot or call it measures, not how far a meeting moves. A verb
# of moving before it in the sentence ("décaler l'appel de 30 minutes", "retrasar la llamada de
# media hora") or "later" after it ("un hueco de 30 minutos más tarde") still moves.
_SLOT_LENGTH = re.compile(
    rf"\b(?:hueco|espacio|reuni[oó]n|llamada|videollamada|charla|cita|cr[ée]neau|appel|rendez-vous"
    rf"|[ée]change|visio|r[ée]union|chamada|reuni[aã]o|conversa|chiamata|riunione|slot|call)"
    rf"[ \t]+(?:de|di|d['’])[ \t]*{_DURATION}\b(?![ \t]+{_LATER})",
    re.IGNORECASE,
)
_MOVE_VERB = re.compile(
    r"\b(?:d[ée]cal|repouss|avanc|retard|recul|d[ée]plac|mov|retras|adelant|atras|corr|pospon"
    r"|empurr|adiant|spost|posticip|anticip)\w*",
    re.IGNORECASE,
)


def _slot_length_out(text: str) -> str:
    """``text`` without the lengths of a slot (:data:`_SLOT_LENGTH`) no verb of moving leads."""

    def out(m: re.Match[str]) -> str:
        opening = max(text.rfind(stop, 0, m.start()) for stop in ".!?\n")
        return m.group() if _MOVE_VERB.search(text, opening + 1, m.start()) else " "

    return _SLOT_LENGTH.sub(out, text)


def _moves_by(text: str) -> re.Match[str] | None:
    """A move by a length of time or "earlier" / "later", not an earlier talk looked back on."""
    kept = _LOOKS_BACK.sub(
        lambda m: m.group(0)[: m.start("back" if m["back"] else "held") - m.start()],
        _slot_length_out(text),
    )
    # "Ik ben 5 minuten later": the sender late to the meeting, which stays.
    return _SHIFT.search(RUNNING_LATE.sub(" ", kept))


def _pick_moved_by_length(reading: Reading) -> bool:
    """A pick beside a move by a length: "Thursday works but can we start 15 min later?".

    The pick is read, the new start it asks for is not. A bare "earlier" ("the earlier slot
    please") places a pick in time and moves nothing.
    """
    if reading.intent is not Intent.ACCEPT or not reading.times.proposed:
        return False
    return _moved_by_length(reading.text)


def _moved_by_length(text: str) -> bool:
    """A move by hours or minutes ("15 min later"), not a bare "earlier"."""
    move = _moves_by(text)
    return move is not None and re.search(_DURATION, move.group(), re.IGNORECASE) is not None


def _defer_by_length(reading: Reading) -> bool:
    """A defer that moves by hours or minutes: "Können wir eine Stunde später?".

    "später" reads as "later on", but an hour later moves the meeting, to a time not read.
    """
    return reading.intent is Intent.DEFER and _moved_by_length(reading.text)


_ADDRESS = re.compile(r"(?<![\w/.@%+=-])[\w.+-]+@[\w-]+\.[\w.-]+")
_TIME_INTENTS = frozenset({Intent.PROPOSE_TIMES, Intent.ACCEPT, Intent.RESCHEDULE})


@dataclass(frozen=True)
class Reading:
    """What ``understand`` found, as far as certainty needs it."""

    intent: Intent
    reason: str
    text: str
    times: TimeReading
    # True when a calendar invitation or auto-reply headers decided the intent.
    structured: bool
    # The sender's zone from a Date header that carries one (not "+0000"), else None.
    sender_tz: tzinfo | None
    # The zone the user named in the quoted thread, if one.
    thread_tz: tzinfo | None
    # The windows the user offered in the quoted thread.
    offered: tuple[TimeWindow, ...] = ()
    # When the reply was written (its Date header), if known.
    written: datetime | None = None
    # The reply says where its sender is, on the Date header's clock at writing.
    sender_placed: bool = False
    # The clock of the sender's place, where the reply or the thread says it ("here in NYC").
    sender_place: tzinfo | None = None
    # The clocks of the country of the sender's mail domain ("@firma.de"), if it has one.
    domain_zones: tuple[tzinfo, ...] = ()
    # A booking link was offered: the sender lets the user pick.
    link: bool = False
    # Someone else the reply points to was named.
    referrals: bool = False
    # The accepted time is the user's, picked by a bare "works" or a day, not written out.
    picked: bool = False
    # An offer placed by "your time" while the thread names no zone of the user's.
    user_zone_unplaced: bool = False
    # A "your time" clock and a placed clock of one day that are not one moment.
    yours_against_placed: bool = False
    # An answer under a quoted line took that line's day.
    anchored: bool = False
    # The reply is written between the quoted lines it answers.
    inline: bool = False
    # The window of the calendar invitation the reply carries, unless it cancels.
    invite: TimeWindow | None = None
    # The quoted thread names the user's clock in words the reader cannot place.
    zone_unread: bool = False
    # The reply names its times' clock in words the reader cannot place.
    reply_zone_unread: bool = False
    # The reply places its sender where the offered times' clock is not.
    sender_elsewhere: bool = False
    # A zone named by a name that another clock wears that day at another offset.
    ambiguous_name: bool = False
    # The zone the user lives in, as the daemon knows it.
    home: tzinfo | None = None
    # Someone copied on the message (not the user) is named in the reply.
    copied_named: bool = False
    # A new message, not a reply: no quote, no In-Reply-To or References, no "Re:".
    fresh: bool = False
    # The quoted thread is written by no one the message is sent to.
    other_thread: bool = False
    # The message forwards mail (a forward's subject or marker line).
    forwarded: bool = False
    # A weekday and a numeric date that fall together in both orders, the offset's order the
    # later, and no date in the thread written in that order ("fri 11/12" from New York).
    order_unsettled: bool = False
    # The one meeting the quoted thread shows settled ("> Perfect, Thursday at 3pm it is").
    agreed: TimeWindow | None = None
    # In a language beyond the seven (``otherlanguages.TIMED``) with a time read: whether its
    # plain words bear the reading out. None in the seven, or with no time.
    other_times: bool | None = None

    @cached_property
    def words(self) -> str:
        """The reply's text with hard wraps joined and shorthand spelled out, as cues read it."""
        return unwrapped(self.text)


_OWN_CLOCK_AGAIN = re.compile(
    r"(?:\b(?:that['’]s|that is|which is|that['’]d be|that would be)|[ \t][–—-]|,)[ \t]+"
    # "… works – that's your 16:30": the user's clock by its possessive, as sure a sum.
    r"(?:(?P<yours>your)[ \t]+)?(?:\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?)?|noon|midday)"
    r"(?(yours)|[ \t]*(?:for me|my time|here|(?:on )?my (?:end|side)|where i am|local time)\b)",
    re.IGNORECASE,
)
# "Jeudi me va, 14h chez moi", "serían las 13h para mí", "das ist bei mir 14 Uhr", "per me
# sono le 14", "para mim são 14h": a clock put on the sender's side, after it or before it
# with only a linking verb between (not "works for me at 3pm", which names the time taken).
# A bare number is a clock here only after its article ("le 14", "las 13"): "option 2 for me"
# names no clock.
_SURE_CLOCK = r"\d{1,2}(?:[:.h]\d\d|[ \t]*(?:[ap]\.?m\.?|h\b|uhr\b|uur\b))"


def _side_clock(name: str) -> str:
    """A clock for :data:`_ON_MY_SIDE`, caught in the group ``name`` (or ``name_bare``)."""
    return (
        rf"(?:(?:le|la|las|les)[ \t]+)?(?P<{name}>{_SURE_CLOCK})"
        rf"|(?:le|la|las|les)[ \t]+(?P<{name}_bare>\d{{1,2}})\b(?![:.]\d)"
    )


_SIDE_LINK = (
    r"it|that|is|it's|will|would|be|ist|wäre|wird|es|das|dann|c'est|ce|sera|serait|ça|fait"
    r"|soit|son|serían|sería|será|serán|sono|sarebbero|saranno|são|seria|serão|dat|zijn|wordt"
    r"|het|then|alors|entonces|allora|então|dan"
)
_ON_MY_SIDE = re.compile(
    rf"(?<![\w:.])(?:{_side_clock('after')})[ \t]*(?:{SAME_TIME_SENDERS_SIDE}"
    r"|where i am|local time)\b"
    rf"|\b(?:{SAME_TIME_SENDERS_SIDE})(?:[ \t]+(?:{_SIDE_LINK}))*[ \t]+"
    rf"(?:{_side_clock('before')})",
    re.IGNORECASE,
)


# "Is the Friday one 9am for you?", "Would that be 4pm your time?", "¿Eso serían las 9 para
# ti?", "Das wäre 16 Uhr bei Ihnen, oder?", "Ça fait bien 9h chez vous ?": a question that
# checks an offer's reading on the user's clock, not a new time.
_CLOCK_CHECKED = re.compile(
    r"(?:\b(?:is|would|will|isn't|wouldn't)[ \t]+(?:that|this|it|the[ \t]+\w+[ \t]+one)\b"
    r"[^.?!\n]{0,40}\b(?:for[ \t]+you|your[ \t]+time|your[ \t]+end|on[ \t]+your[ \t]+side)"
    r"|¿?\b(?:eso|esa|esto|ese)[ \t]+(?:ser[ií]an?|es|son|queda)\b[^.?!\n]{0,40}"
    r"\b(?:para[ \t]+(?:ti|usted|vos)|tu[ \t]+hora|su[ \t]+hora)"
    r"|\b(?:das|wäre[ \t]+das)\b[^.?!\n]{0,40}\b(?:bei[ \t]+(?:Ihnen|dir|euch)|Ihrer[ \t]+Zeit)"
    r"|\b(?:ça|cela|c'est)\b[^.?!\n]{0,40}\b(?:chez[ \t]+vous|pour[ \t]+vous|chez[ \t]+toi)"
    r")[^.?!\n]{0,30}\?",
    re.IGNORECASE,
)


# "can't do 3, but 4 works (your time)", "pero a las 4 sí", "aber 4 geht", "mais 4 me va":
# a bare hour said to suit, which the grammar leaves unread beside the times it did read.
_BARE_HOUR_SUITS = re.compile(
    r"(?<![\d:./-])\b(?:a[ \t]+las[ \t]+|à[ \t]+|um[ \t]+)?(?P<hour>\d{1,2})[ \t]+(?:"
    r"works|would[ \t]+work|is[ \t]+(?:fine|ok|okay|good|better)|suits|"
    r"s[ií]|me[ \t]+(?:va|viene)|est[aá][ \t]+bien|"
    r"geht|passt|ginge|"
    r"ça[ \t]+marche|ça[ \t]+(?:me[ \t]+)?va|c'est[ \t]+bon)\b",
    re.IGNORECASE,
)


# "Feb 8 works", "el martes 12 me va bien", "#3 works": the number is a date or a place;
# "16 h 15 me va": the minutes of a clock.
_DATE_OR_PLACE_BEFORE = re.compile(
    rf"(?:#|\b(?:{alternation(MONTHS)}|{alternation(WEEKDAYS)}|{alternation(SHORT_WEEKDAYS)})"
    r"\.?,?[ \t]+|\d[ \t]?h[ \t]?)$",
    re.IGNORECASE,
)


def _bare_hour_unread(reading: Reading) -> bool:
    """Whether a bare hour said to suit is no hour of any time the reply offers.

    "Between 10 and 12 works": the 12 is the window's end.
    """
    # A time the reply took back ("11 works! Scratch that, …") was read, not missed.
    windows = [*reading.times.proposed, *reading.times.taken_back]
    hours = {t.hour % 12 for w in windows for t in (w.start, w.end) if t}
    return any(
        int(m["hour"]) % 12 not in hours
        and not _DATE_OR_PLACE_BEFORE.search(reading.words[max(0, m.start() - 16) : m.start()])
        for m in _BARE_HOUR_SUITS.finditer(reading.words)
    )


def _after_taking_back(reading: Reading) -> str:
    """The reply's text, from its correction on when it took a time back.

    "Thursday works, that's 10pm my time... oh wait, I have a dinner that night. Could we do
    Friday at 5pm instead?": the yes and its clock were withdrawn, and say nothing of the offer.
    """
    cue = CORRECTION.search(reading.text) if reading.times.taken_back else None
    return reading.text[cue.end() :] if cue else reading.text


def picks_on_own_clock(text: str) -> bool:
    """A yes, then a clock for it again in the same sentence, the sender's or the user's.

    "That's 1pm for me", "See you Tuesday – noon here", "works – that's your 16:30", "Tue 12th
    works, 11am my end".
    """
    return bool(_clocks_after_yes(text, _OWN_CLOCK_AGAIN) or _said_again_on_my_side(text))


# What may stand between a yes's comma or dash and its clock said again: "…, das ist bei mir
# 14 Uhr", "…, serían las 14h". A day or an "at" there ("Sure - Tuesday at 10am my time?")
# makes the clock an offer of its own, and an "until" the end of a spell ("a meeting until
# 9:30 my time").
_AGAIN_LEAD = re.compile(rf"(?:,|[ \t][–—-])[ \t]*(?:(?:{_SIDE_LINK})[ \t]+)*$", re.IGNORECASE)


def _said_again_on_my_side(text: str) -> list[re.Match[str]]:
    """The clocks a yes says again on the sender's side, in a clause of their own."""
    return [
        m for m in _clocks_after_yes(text, _ON_MY_SIDE) if _AGAIN_LEAD.search(text, 0, m.start())
    ]


def _clocks_after_yes(text: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """The matches of ``pattern`` that follow a yes or a pick in their own sentence."""
    out = []
    for m in pattern.finditer(text):
        before = text[_sentence_opens(text, m.start()) : m.start()]
        if said(PICK, before) or said(ACCEPT, before):
            out.append(m)
    return out


def _sentence_opens(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins: after the last stop or line break before it."""
    return max(text.rfind(mark, 0, at) for mark in ".!?\n") + 1


def _pick_restated_off(reading: Reading) -> bool:
    """A yes to one time that says it again on the sender's side at another clock.

    "Giovedì va bene, per me sono le 16" to the user's Thursday at 21:00 in Hong Kong, from
    +01:00, where that is 14:00: the day and the sender's clock disagree on which instant
    is taken, and the reader cannot tell which the sender means.
    """
    if reading.written is None or len(reading.times.proposed) != 1:
        return False
    start = reading.times.proposed[0].start
    # Any clock a zone on the Date header's offset is on by then: a clock change in between
    # need not be said ("Tuesday at 8am your time is perfect - 5pm for me" from Sydney).
    offsets = offset_moves(reading.written, start)
    clocks = {(start.astimezone(UTC) + o).time() for o in offsets}
    if reading.sender_place is not None:
        # "that would be 9am here in NYC": on the clock of that place on the day.
        clocks.add(start.astimezone(reading.sender_place).time())
    return any(
        not _clocks_written(next(clock for clock in m.groups() if clock)) & clocks
        and not _pick_zoned(reading.text, m.start())
        for m in _said_again_on_my_side(reading.text)
    )


def _clocks_written(written: str) -> set[time]:
    """The clocks ``written`` may say: a bare "3:30" that names no half of the day, both.

    "The Monday one please - 3:30 my time is ideal": the user's 11:30 AST is 15:30 in
    London. "3:30am", "15:30", "9h30", "9 Uhr" say one clock.
    """
    clock = _clock_of(written)
    one = _HALF_NAMED.search(written) or clock.hour >= 12
    return {clock} if one else {clock, clock.replace(hour=clock.hour + 12)}


# What makes a written clock one clock: "am"/"pm", or a 24-hour "h", "Uhr", "uur".
_HALF_NAMED = re.compile(r"[ap]\.?m|h|uhr|uur", re.IGNORECASE)


def _pick_zoned(text: str, at: int) -> bool:
    """Whether the sentence before ``at`` names the zone of the time it picks.

    "Terça, dia 8, às 15h (hora de Boston) serve-me - cá são 20h": the named zone pins the
    instant; the sender's clock said again only fails to match the Date header's offset.
    """
    return named_zone(text[_sentence_opens(text, at) : at]) is not None


# "…, but 11 would be better", "but I'd prefer a bit later", "though earlier is easier".
_PREFERS_ANOTHER = re.compile(
    r"\b(?:but|though|tho|although)\b[^.?!\n]{0,40}(?:\d|\b(?:earlier|later|morning|afternoon"
    r"|evening))[^.?!\n]{0,30}\b(?:better|prefer(?:red|able)?|rather|ideal(?:ly)?|easier)\b"
    r"|\b(?:but|though|tho|although)\b[^.?!\n]{0,30}\b(?:prefer(?:red|able)?|rather|ideally)\b"
    r"[^.?!\n]{0,30}(?:\d|\b(?:earlier|later|morning|afternoon|evening))",
    re.IGNORECASE,
)


# "Yes and no - happy to chat, just not about that": a yes and a no in one answer; so is a yes
# word answered at once by a bare no ("Sure, no.", "Oui, non.", "Claro, no."): which one stands
# is the user's to ask ("Sure, no problem" goes on).
_YES_AND_NO = re.compile(
    r"\b(?:yes and no|oui et non|sí y no|ja und nein|sì e no|sim e não|ja en nee)\b"
    r"|\b(?:sure|yes|yeah|yep|ok|okay|oui|claro|sí|si|ja|sì|sim|certo|klar)[ \t]*(?:[,;]|[–—-])"
    r"[ \t]*(?:no|nope|nah|non|nein|não|nee)(?=[ \t]*(?:[.!]|$))",
    re.IGNORECASE,
)


def _contradicts(reading: Reading) -> bool:
    text = reading.words
    if _YES_AND_NO.search(text):
        return True
    if (
        reading.intent is Intent.ACCEPT
        and not reading.times.proposed
        and not reading.link
        and (OOO_WORDING.search(text) or GOOD_LUCK.search(text))
    ):
        # "Out of office Dec 21 - Jan 4. Happy to chat after that!": yes, but not now.
        # "Lovely to hear from you. I'll sit this one out, best of luck!": a no.
        return True
    if reading.intent is Intent.OUT_OF_OFFICE and (
        DECLINE.search(text) or FIRM_DECLINE.search(text)
    ):
        # "I'm out on leave and not taking any meetings, sorry", "out of office that week and
        # can't make either time": written by hand, a no beside the absence may turn the chat
        # down (or only the times), not just say when the sender is back.
        return True
    if reading.intent is Intent.ACCEPT and _PREFERS_ANOTHER.search(text):
        # "Thursday is good, but 11 would be better than 10:30": the yes leans to a time of
        # the sender's own the reader did not read.
        return True
    if reading.intent in (Intent.ACCEPT, Intent.PROPOSE_TIMES) and HOLDING.search(text):
        # "Thursday should work, but let me check and get back to you": the yes is still to
        # be confirmed; read alone it would book the time. "Ich sage Ihnen heute Abend
        # Bescheid": the time may be when the answer comes, no offer.
        return True
    if reading.intent in (Intent.ACCEPT, Intent.PROPOSE_TIMES):
        return (
            bool(FIRM_DECLINE.search(text))
            and not FOR_NOW.search(text)
            or turns_to_no(text, DECLINE)
        )
    if (
        reading.intent is Intent.DEFER
        # "Thursday would have been perfect, but I'm away until the 2nd": no pick.
        and said(PICK, UNREAL_PICK.sub(" ", text)) is not None
        and any(w in WEEKDAYS for w in re.findall(r"[\w-]+", text.lower()))
    ):
        # "Thursday works, I'll get back to you next week on the agenda": a pick beside the
        # promise to come back, which may be about something else than the time.
        return True
    if reading.intent is Intent.DEFER and GOOD_LUCK.search(text) and not WHEN_AGAIN.search(text):
        # "Not the right time for me, and not my area either. Best of luck.": a "not now" that
        # never says when, and a wish for the road, may be a no.
        return True
    if reading.intent is Intent.RESCHEDULE and len(reading.offered) > 1 and reading.agreed is None:
        # "Friday works, can we push to 11?" to the user's list of offers: nothing was agreed
        # to move (an agreed meeting is one time), so the yes and the move together may be a
        # pick or a counter-offer.
        return said(ACCEPT, _about_the_time(text)) is not None
    if reading.intent is Intent.DECLINE:
        # "Unfortunately I can't. Happy to chat though!": a yes after the last no.
        noes = [m.end() for m in (*DECLINE.finditer(text), *FIRM_DECLINE.finditer(text))]
        # A sentence wishing the user well ("Good luck, I'm sure it'll work out") speaks of
        # their future, not of the chat: no yes in it counts.
        tail = text[max(noes, default=0) :]
        tail = " ".join(
            tail[a:b] for a, b in sentence_spans(tail) if not GOOD_LUCK.search(tail[a:b])
        )
        # "I'll have to pass. The Slack has lots of people there happy to chat.": a yes of
        # others the reply points to is none of the sender's.
        yes = said(ACCEPT, tail) is not None and of_sender(ACCEPT, tail)
        return yes or said(PICK, tail) is not None
    return False


# Where and how the meeting is held, in the seven languages: a yes to it is no yes to a time.
_CHANNEL = re.compile(
    r"\b(?:link|links|invite|invitation|zoom|teams|meet|dial-in|call details|number"
    r"|lien|enlace|einladung|convite|invito|uitnodiging|liga)\b",
    re.IGNORECASE,
)


def _about_the_time(text: str) -> str:
    """``text`` less the sentences about the meeting's channel alone.

    "Could we do Monday at 3 instead? Same link is fine.": the yes keeps the link, and says
    nothing of the times (a sentence that names a day or a clock as well stays).
    """
    return " ".join(
        text[a:b]
        for a, b in sentence_spans(text)
        if not (_CHANNEL.search(text, a, b) and not _names_a_day(text[a:b]))
    )


# "Jonas Weber", "Dr. Ana Ruiz": two capitalised words, as a person is named in any of the
# seven languages (a lone first name may be anyone's, so it is left out).
_FULL_NAME = re.compile(r"\b(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]+[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’-]+)\b")


# "Thursday at 10:00 UTC works for me", "je peux jeudi à 10h": the sender's own time, in the
# first person of the seven languages.
_FIRST_PERSON = re.compile(
    r"\b(?:I|I['’]m|I['’]d|I['’]ll|me|my|je|j['’]|moi|yo|puedo|ich|mir|mich|io|posso|eu|ik|mij"
    r"|mijn)\b",
    re.IGNORECASE,
)
# Someone else's, or the one just named: "she's free Thursday at 2", "er kann am Montag".
_THIRD_PERSON = re.compile(
    r"\b(?:she|he|they|her|him|his|their|them|elle|ils|elles|lui|ella|él|ellos|sie|er|ihr|ihm"
    r"|lei|loro|ela|ele|eles|zij|ze|hij|haar|hem)\b",
    re.IGNORECASE,
)
# "You should also talk to Priya Nair (…)", "parla anche con …": one more person, beside the
# sender's own answer.
# "Separately, you should meet Leila Haddad (…)": a person set apart from the answer, as well.
_ALSO = re.compile(
    r"\b(?:also|too|as well|aussi|también|auch|anche|também|ook|separately|in addition"
    r"|additionally|besides|on a separate note)\b",
    re.IGNORECASE,
)
# "Marcus Lee (…) is the better person. That said, I'm happy to do 20 min myself: Tuesday at
# 10": the sender's own offer set against the person just named.
_OWN_OFFER_TOO = re.compile(
    r"\b(?:myself|that said|having said that|either way|all the same|in any case|regardless"
    r"|moi-même|yo mismo|yo misma|io stesso|io stessa|eu mesmo|eu mesma|zelf)\b",
    re.IGNORECASE,
)


def _own_time_beside_referral(reading: Reading) -> bool:
    """The times are the sender's own, and the person with an address is one more to talk to.

    "Thursday 19 March at 10:00 UTC works for me. You should also talk to Priya Nair
    (priya@…) - she leads our product team": each clock sits in a sentence of the sender's own
    and of no one else's, each address in one with no clock, and an "also" by the address or a
    "myself" by the clock. "Dana Lee (dana@…) handles this. She's free Thursday at 2" has the
    time in hers, and stays in doubt.
    """
    text = reading.words
    addressed = clocked = False
    apart = True
    for a, b in sentence_spans(text):
        address, clock = _ADDRESS.search(text, a, b), _CLOCK.search(text, a, b)
        # A day alone ("Friday at 2 suits her") may carry a time too.
        timed = bool(clock) or _names_a_day(text[a:b])
        if address and timed:
            return False
        if timed and (not _FIRST_PERSON.search(text, a, b) or _THIRD_PERSON.search(text, a, b)):
            return False
        if address and not _ALSO.search(text, a, b):
            apart = False
        addressed, clocked = addressed or bool(address), clocked or bool(clock)
    own_too = any(
        _OWN_OFFER_TOO.search(text, a, b) and _CLOCK.search(text, a, b)
        for a, b in sentence_spans(text)
    )
    return addressed and clocked and (apart or own_too)


def _names_after_cue(text: str) -> bool:
    """A full name after a referral cue in its sentence, where no one was read as a referral.

    Every round found another wording that points to someone ("Two people who'd be far more
    useful: Rosalind Achebe, …"); a reply that names a person after such a cue and yields no
    referral is a construction the reader missed, so it is doubted rather than read past.
    """
    for a, b in sentence_spans(text):
        cue = REFERRAL_CUE.search(text, a, b)
        if cue is None:
            continue
        for name in _FULL_NAME.finditer(text, cue.end(), b):
            if not _names_a_day(name.group(0)):
                return True
    return False


# "gio 10 alle 15?", "vie a las 11?", "Fr von 10 bis 11?": the short weekdays of the other
# languages, which the grammar does not read alone, right before a number or a clock's lead
# word ("do", "mar", "qui" alone are words).
_SHORT_DAYS = (
    r"lun|mar|mer|mié|mie|jeu|jue|gio|ven|vie|sab|sáb|dom|dim|seg|ter|qua|qui|sex"
    r"|mo|di|mi|wo|do|fr|vr"
)
_SHORT_DAY_BEFORE_TIME = re.compile(
    rf"\b(?:{_SHORT_DAYS})\.?,?[ \t]+(?:(?:à|a|alle|as|às|um|om|de|da|das|dalle|von|van"
    r"|entre|tra|zwischen|tussen)[ \t]+(?:(?:les?|las?|el)[ \t]+)?)?\d",
    re.IGNORECASE,
)
# "Qua não, qui sim!", "Wo niet, do wel!": short weekdays answered one by one; also one short
# weekday with a yes typed after it ("do prima", "jue ok", "qui blz").
_SHORT_DAY_ANSWERED = re.compile(
    # Italian "ho deciso di non …" is no Dutch "di(nsdag) non".
    rf"\b(?!di[ \t]+non\b)(?P<day>{_SHORT_DAYS})\.?,?[ \t]+"
    r"(?:(?P<yes>sim|sí|si|sì|oui|ja|wel|yes|ok|okay|prima|top|passt|geht|blz|beleza|fechado"
    r"|va|vale|perfecto|perfetto|parfait|goed|bien|bene|good"
    r"|fine)|sim|não|nao|no|non|nein|niet|nicht|tampoco|neanche|nemmeno|pas)\b",
    re.IGNORECASE,
)
# "wed 3", "Thursday 2", "jeu 15": a weekday and a bare hour, no "at" between.
_DAY_THEN_HOUR = re.compile(
    rf"\b(?:{alternation(WEEKDAYS)}|{_SHORT_DAYS})\.?,?[ \t]+(?:1[0-2]|[1-9]|1[3-9]|2[0-3])\b"
    r"(?![:./-]?\d|[ \t]*(?:st|nd|rd|th|er|e|º|ª)\b)",
    re.IGNORECASE,
)
# "How about Mar 10?", "le 14 décembre ?": a date written with its month's name.
_MONTH_DATE = re.compile(
    rf"\b(?:{alternation(MONTHS)})\.?[ \t]+[0-3]?\d\b(?![:.]?\d)"
    rf"|\b[0-3]?\d(?:st|nd|rd|th|er|\.)?[ \t]+(?:(?:of|de)[ \t]+)?(?:{alternation(MONTHS)})\b",
    re.IGNORECASE,
)


_DAY_THEN_NUMBER = re.compile(r"([^\W\d_]+)\.?,?[ \t]+(?:at[ \t]+|@[ \t]*)?\d")


def _other_offer_named(reading: Reading) -> bool:
    """A lone time read with no word of yes, beside another offered day the reply gives a time.

    "Thursday 9:30 or Friday 2", "Thurs 9:30, Fri 2" to those two offers: the grammar read one
    of them, and the words say neither which nor that both suit.
    """
    proposed = reading.times.proposed
    if reading.intent is not Intent.ACCEPT or len(proposed) != 1:
        return False
    if said(ACCEPT, reading.text) or said(PICK, reading.text):
        return False
    # The other day with a number of its own ("Friday 2"), not only named ("Quinta de manhã
    # não consigo" turns it down).
    named = {
        WEEKDAYS[m[1].lower()]
        for m in _DAY_THEN_NUMBER.finditer(reading.text)
        if m[1].lower() in WEEKDAYS
    }
    offered = {w.start.weekday() for w in reading.offered}
    return bool((named & offered) - {proposed[0].start.weekday()})


def _names_a_day(text: str) -> bool:
    # "next Tuesday-ish?": a day, loosely.
    words = [w.removesuffix("-ish") for w in re.findall(r"[\w-]+", text.lower())]
    return (
        any(w in WEEKDAYS or w in RELATIVE_DAYS for w in words)
        or bool(_CLOCK.search(text))
        or bool(_SHORT_DAY_BEFORE_TIME.search(text))
        or bool(_MONTH_DATE.search(text))
    )


# "the 10th?", "3/24?", "next week?": a day of the month, a numeric date or a week, asked about;
# also the week in the other languages, as phones write it ("la sem pro ?", "la q viene?",
# "nächste Wo?", "sett prox?", "semana q vem?").
_DAY_OR_WEEK_ASKED = re.compile(
    r"(?:\bthe[ \t]+[0-3]?\d(?:st|nd|rd|th)|\b[01]?\d/[0-3]?\d(?:/\d{2,4})?"
    r"|\b(?:next|this|following)[ \t]+week"
    r"|\b(?:semaine|sem)[ \t]+(?:pro|prochaine|suivante|d'après)|\bla[ \t]+(?:q|que)[ \t]+viene"
    r"|\bsemana[ \t]+(?:que[ \t]+viene|siguiente|(?:que|q)[ \t]+vem)|\bpr[oó]xima[ \t]+semana"
    r"|\b(?:nächste|nächsten|kommende|kommenden)(?:[ \t]+(?:Woche|Wo))?(?=[ \t]*\?)"
    r"|\b(?:nächste|nächsten|kommende|kommenden)[ \t]+(?:Woche|Wo)"
    r"|\b(?:sett|settimana)[ \t]+(?:prox|prossima)|\bprossima[ \t]+settimana"
    r"|\bvolgende[ \t]+(?:week|wk))\b[^.!?\n]{0,20}\?",
    re.IGNORECASE,
)


# "Can't help, but Dana might", "mais Dana pourrait", "maar Dana wel": a no that names
# someone else who can, with no words the reader knows for pointing to them.
_SOMEONE_ELSE_CAN = re.compile(
    rf"\b{BUT_WORD}[ \t]+(?:(?:a|o|la|el|il)[ \t]+)?"
    r"(?P<name>(?-i:[A-Z][a-zà-ÿ]+))[ \t]+(?:(?-i:[A-Z][a-zà-ÿ]+)[ \t]+)?"
    r"(?:sí[ \t]+|sicher[ \t]+|probably[ \t]+|surely[ \t]+)?"
    r"(?:might|may|can|could|would|will|probably|pourrait|peut|puede|podría|kann|könnte"
    r"|potrebbe|può|pode|poderia|kan|zou|wel)\b",
    re.IGNORECASE,
)
_NOT_A_NAME = frozenset(
    {"i", "we", "you", "they", "he", "she", "it", "this", "that", "je", "yo", "ich", "io", "eu",
     "ik", "wir", "nous", "il", "ella", "er", "sie"}
)  # fmt: skip


def _someone_else_can(text: str) -> bool:
    return any(
        m["name"].lower() not in _NOT_A_NAME and m["name"].lower() not in WEEKDAYS
        for m in _SOMEONE_ELSE_CAN.finditer(text)
    )


# "Let's do it again", "on remet ça", "machen wir weiter": words that put a next chat forward.
_NEXT_CHAT = re.compile(
    r"\b(?:let's|let us|how about|what about|shall we|can we|could we|again|continue"
    r"|follow[- ]up|on remet|on se|encore|seguimos|otra vez|de nuevo|machen wir|nochmal|weiter"
    r"|continuiamo|ancora|di nuovo|de novo|continuamos|vamos|nog eens|verder)\b",
    re.IGNORECASE,
)


def _later_day(reading: Reading) -> bool:
    """A sentence that asks for a next chat, or names a day to come and asks or puts one forward.

    A weekday in a plain statement ("meetups on the first Tuesday of the month") offers nothing.
    """
    text = reading.text
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        words = re.findall(r"[\w-]+", sentence.lower())
        later = any(WEEKDAYS.get(w) is not None or RELATIVE_DAYS.get(w, 0) > 0 for w in words)
        asks = text[end : end + 1] == "?"
        forward = _NEXT_CHAT.search(sentence) is not None
        # "great talking. tmrw again?": a next chat asked for, on a day the reader cannot read.
        if ((later or _CLOCK.search(sentence)) and (asks or forward)) or (asks and forward):
            return True
    return False


def _zones_differ(reading: Reading) -> bool:
    """Zoneless proposals whose zone is a guess.

    Either the Date header gives no usable offset, or the thread names
    another zone and the time, read in that zone, is one the user offered:
    then "Tuesday at 10" may pick the user's 10am rather than the sender's.
    """
    zoneless = [
        m.window for m in reading.times.mentions if m.role in PROPOSED_ROLES and not m.zone_named
    ]
    if not zoneless:
        return False
    if reading.sender_tz is None:
        return not _thread_on_utc(reading, zoneless) and not _domain_keeps_thread_clock(
            reading, zoneless
        )
    if reading.thread_tz is None:
        return False
    offered = {w.start for w in reading.offered}
    for window in zoneless:
        in_thread = window.start.replace(tzinfo=reading.thread_tz)
        if in_thread != window.start and in_thread in offered:
            return True
    return False


def _thread_on_utc(reading: Reading, windows: list[TimeWindow]) -> bool:
    """Whether a "+0000" Date header is the thread's own clock, at writing and at every window.

    A server's UTC stamp hides where the sender is, but to a thread in UK time in winter
    (Edinburgh, Dublin, Cork) a "+0000" sender answering "tmrw 2pm" keeps that clock either
    way; after a clock change the thread's clock leaves UTC and the doubt stays. A thread that
    names no clock (an open ask) is on the user's own: "I'm free Thursday from 2" to a London
    user in winter is read on that clock as on a named one.
    """
    written, thread = reading.written, reading.thread_tz or reading.home
    if written is None or written.utcoffset() != timedelta(0) or thread is None:
        return False
    return all(
        at.astimezone(thread).utcoffset() == timedelta(0)
        for at in (written, *(w.start for w in windows))
    )


def _domain_keeps_thread_clock(reading: Reading, windows: list[TimeWindow]) -> bool:
    """Whether a "+0000" sender's domain puts them on the thread's clock at every window.

    "Same time on Tuesday?" from "@x.co.uk" at "+0000" on 26 March, under a meeting in UK
    time: the stamp alone hides the sender, but the domain's one clock on that offset is
    London's, the thread's, and the Tuesday's 14:00 was read on it: the meeting's wall clock
    on the thread's clock, carried to another day. Each of the domain's clocks on the offset
    must be the thread's at every window; a time read on the "+0000" itself is not.
    """
    written, thread = reading.written, reading.thread_tz or reading.home
    if written is None or thread is None or written.utcoffset() != timedelta(0):
        return False
    clocks = domain_clocks_at(written, reading.domain_zones)
    if not clocks or not SAME_TIME.search(reading.text):
        return False
    held = {
        m.window.start.astimezone(thread).time()
        for m in reading.times.mentions
        if m.role is Role.OLD
    }
    return all(
        w.start.astimezone(thread).time() in held
        and all(
            w.start.astimezone(z).utcoffset() == w.start.astimezone(thread).utcoffset()
            for z in clocks
        )
        for w in windows
    )


def _clock_of(written: str) -> time:
    """The clock a :data:`_CLOCK` match says: "6am" is 6:00, "5.30pm" 17:30, "18h" 18:00."""
    m = re.match(r"(\d{1,2})(?:[:.h](\d\d))?[ \t]?([ap])?", written, re.IGNORECASE)
    assert m is not None
    hour, half = int(m[1]) % 24, (m[3] or "").lower()
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    return time(hour, int(m[2] or 0))


def _clocks_are_the_pick(reading: Reading) -> bool:
    """Whether every clock the reply writes is its one pick's, on the sender's clock.

    "Wednesday works. 6am is early" to the user's "Wed 9:00pm" from Singapore: the sender
    says the offer again in their own clock, on the Date header's offset or, when the reply
    speaks of a clock change, on the one that change brings.
    """
    if reading.written is None or len(reading.times.mentions) != 1:
        return False
    start = reading.times.mentions[0].window.start
    offsets = sender_offsets(reading.written, start, reading.text)
    clocks = {(start.astimezone(UTC) + o).time() for o in offsets}
    return all(_clock_of(m.group(0)) in clocks for m in _CLOCK.finditer(reading.text))


def _meeting_clock_kept(reading: Reading, start: datetime) -> bool:
    """A "same time" move to ``start`` with no clock change since the agreed meeting.

    ``start`` is whole days from the meeting, and every clock the sender may be on keeps one
    offset in between.

    "Ginge Donnerstag, 1. April, um dieselbe Zeit?" from +01:00 on 24 March, moving Monday 29
    March at 15:00 Berlin: the time is the meeting's, not one read on the header's offset, and
    whether the sender is in Berlin or Lagos it is the same instant three days on.
    """
    agreed, written = reading.agreed, reading.written
    if agreed is None or written is None or SAME_TIME.search(reading.text) is None:
        return False
    if (start - agreed.start) % timedelta(days=1):
        return False
    home = reading.thread_tz or reading.home
    return clock_kept_between(written, agreed.start, start, reading.domain_zones, home)


def _old_slot_off_the_meeting(reading: Reading) -> bool:
    """Whether the slot a move names, on the agreed meeting's day, is not the meeting's instant.

    "Can we shift tomorrow's 4pm to Thursday, same time?" from Sydney under "4pm Brisbane
    (5pm Sydney) it is": the 4pm is the meeting on the user's clock, read on the sender's an
    hour off, and "same time" repeats whichever clock the sender meant.
    """
    agreed = reading.agreed
    if agreed is None:
        return False
    # "push Thursday's 10am (ur 5pm) to Monday, same time": one of the slot's clocks is the
    # meeting's, the other its restatement.
    slot = [
        m.window.start
        for m in reading.times.mentions
        if m.role is Role.OLD
        and m.window.start.date() == agreed.start.astimezone(m.window.start.tzinfo).date()
    ]
    return bool(slot) and agreed.start not in slot


def _same_time_across_users_change(reading: Reading, start: datetime) -> bool:
    """A "same time" move across a change of the user's clock that the sender's surely keeps.

    "Could we move Tuesday to Monday 2 November, same time?" from London to New York
    (:func:`clocks_part`, surely). Where the sender's clock may change too, the rules on the
    header's offset below decide.
    """
    agreed, written, home = reading.agreed, reading.written, reading.thread_tz or reading.home
    if agreed is None or written is None or home is None or not SAME_TIME.search(reading.text):
        return False
    if (start - agreed.start) % timedelta(days=1):
        return False
    return clocks_part(written, agreed.start, start, home, reading.domain_zones, surely=True)


def _clock_changes_after_writing(reading: Reading) -> bool:
    """A zoneless offer read at the Date's offset, which the user's zone leaves by then.

    Written at -07:00 on 2 November to a user on Pacific time, "Wednesday the 8th at 11:15"
    is 11:15 at -08:00 from Seattle (after the US change) and at -07:00 from Phoenix: the
    header's offset is the sender's clock when writing, not when meeting. Only when the
    sender shares the user's clock (named in the thread, else where the user lives) at
    writing; from elsewhere, the labels read the offset.
    """
    written, home = reading.written, reading.thread_tz or reading.home
    if written is None or reading.sender_placed:
        # From a place the reply names, its times are on that place's clock that day.
        return False
    offset = written.utcoffset()
    starts = [m.window.start for m in reading.times.mentions if m.role in PROPOSED_ROLES]
    if any(_same_time_across_users_change(reading, start) for start in starts):
        return True
    if any(
        len(sender_offsets(written, start, reading.text)) > 1
        for start in starts
        if isinstance(start.tzinfo, timezone) and start.utcoffset() == offset
    ):
        # "(Our clocks spring forward on Sunday)": the sender's clock at the meeting may not be
        # the Date header's, wherever the user lives; a "+0000" stamp too, as the sender's own
        # words say their clock changes.
        return True
    if (
        not offset
        and sender_side_said(reading.text)
        and any(
            s.tzinfo is written.tzinfo and header_clock_moves(written, s, reading.domain_zones)
            for s in starts
        )
    ):
        # "Tuesday 31 March at 2pm my time" from "+0000" on 26 March: London's winter clock
        # then, and Reykjavik's only one; by the 31st London is an hour on, and "my time" says
        # which clock no more than the stamp does.
        return True
    if reading.sender_tz is None:
        return False
    restated = starts + [m.window.start for m in reading.times.mentions if m.role is Role.RESTATED]
    # "11 Uhr bei uns, also 10 Uhr Ihrer Zeit" from +01:00 just before Berlin springs
    # forward: the other clock's zone changes between writing and meeting, and the offset's
    # reading is off by just that change, so the sender's own clock will have changed too.
    if any(
        isinstance(a.tzinfo, timezone)
        and a.utcoffset() == offset
        and not isinstance(b.tzinfo, timezone)
        and a.date() == b.date()
        and abs(a - b) == abs(_change(b, written)) > timedelta(0)
        for a in starts
        for b in restated
    ):
        return True
    if SAME_TIME.search(reading.text) and any(
        len(offset_moves(written, start)) > 1 and not _meeting_clock_kept(reading, start)
        for start in starts
        if isinstance(start.tzinfo, timezone) and start.utcoffset() == offset
    ):
        # "Same time, just Monday instead" from -06:00 before the November change: the
        # meeting keeps its wall clock, and the offset alone does not tell whether that clock
        # moves by Monday (Denver) or not (Regina), wherever the user lives.
        return True
    on_header = [
        m.window.start
        for m in reading.times.mentions
        if m.role in PROPOSED_ROLES
        and on_header_clock(m, written)
        and not _meeting_clock_kept(reading, m.window.start)
    ]
    if home is None or written.astimezone(home).utcoffset() != offset:
        # From another offset than the user's and no place named: the zones on the header's
        # offset at writing (Berlin and Lagos at +01:00 in March) part by the offered day, and
        # only the sender's place would say which clock "Tuesday at 4pm" is on. A country's
        # domain that moves ("@x.fr") is no word of the sender's: the labels read the header.
        moving = [s for s in on_header if header_clock_moves(written, s, reading.domain_zones)]
        return bool(moving) and not header_offset_said(
            reading.text, reading.times, reading.offered, written, home, moving
        )
    return any(start.astimezone(home).utcoffset() != offset for start in on_header)


# A clock the reply writes: with minutes, a half of the day, "Uhr"/"h", or a word that leads to
# an hour ("las 9", "um 19", "at 10"); a bare number may be a day.
_ANY_CLOCK = re.compile(
    r"(?P<lead>\b(?:at|las|les|le|um|às|as|à|om|alle|ore)[ \t]+)?"
    r"\b(?P<h>[01]?\d|2[0-3])(?:[:.h](?P<m>[0-5]\d))?"
    r"(?:[ \t]?(?P<a>[ap])\.?m\b|[ \t]*(?P<u>uhr|uur|h)\b)?"
    rf"(?![\w:]){_NOT_AN_HOUR}",
    re.IGNORECASE,
)


def header_offset_said(
    text: str,
    times: TimeReading,
    offered: Sequence[TimeWindow],
    written: datetime | None,
    home: tzinfo | None,
    starts: list[datetime],
) -> bool:
    """Whether the reply ``text`` writes a clock that only the Date header's offset gives.

    "¿El martes 28 a las 17:00? Las 17:00 son las 9 para ti" (9 in Los Angeles at +01:00, 10
    on London's winter clock), "tus horarios me caen a las 19:00" (the user's 11:00 Pacific,
    one of their ``offered`` windows, on the header's offset): the sender's clock on the day
    is the header's, whatever zone they are in. Not the offers' own clocks, which every offset
    writes alike.
    """
    if written is None or home is None:
        return False
    # An offer's own clock, in either half of the day ("tomorrow at 10" is no other clock); not
    # a restatement's ("so 3pm for you" is the very clock that pins the offset).
    own = {
        time((m.window.start.hour + h) % 24, m.window.start.minute)
        for m in times.mentions
        if m.role in PROPOSED_ROLES
        for h in (0, 12)
    }
    # The user's times on a clock of their own (not read on the header's, as zoneless ones are).
    zoned = [w.start for w in offered if not isinstance(w.start.tzinfo, timezone)]
    said: set[time] = set()
    for m in _ANY_CLOCK.finditer(text):
        if not (m["lead"] or m["m"] or m["a"] or m["u"]):
            continue
        hour, minute = int(m["h"]), int(m["m"] or 0)
        if m["a"]:
            hour = hour % 12 + (12 if m["a"].lower() == "p" else 0)
        halves = {hour} if m["a"] or hour > 12 else {hour, (hour + 12) % 24}
        said |= {time(h, minute) for h in halves} - own

    def clocks(offset: timedelta) -> set[time]:
        seen = {at.astimezone(timezone(offset)).time() for at in zoned}
        return seen | {s.replace(tzinfo=timezone(offset)).astimezone(home).time() for s in starts}

    header = written.utcoffset() or timedelta(0)
    others = {o for s in starts for o in offset_moves(written, s)} - {header}
    return bool(said & clocks(header)) and not any(said & clocks(o) for o in others)


def _change(when: datetime, written: datetime) -> timedelta:
    """How far ``when``'s zone moves its clocks between ``written`` and ``when`` (often 0)."""
    return (when.utcoffset() or timedelta(0)) - (
        written.astimezone(when.tzinfo).utcoffset() or timedelta(0)
    )


def _one_instant_twice(reading: Reading) -> bool:
    """An offered time whose clock, read in the user's zone, is another offered time.

    "Friday at 14:30, which would make it 7:30 over there" with the restating
    words unknown to the reader: 7:30 read in the sender's zone is a second
    offer, but 7:30 in the user's zone is the 14:30 again.
    """
    if reading.thread_tz is None:
        return False
    starts = [m.window.start for m in reading.times.mentions if m.role in PROPOSED_ROLES]
    return any(
        a.replace(tzinfo=reading.thread_tz) == b and a.replace(tzinfo=reading.thread_tz) != a
        for a in starts
        for b in starts
        if a is not b
    )


# A morning or an afternoon as the grammar reads it; a meeting is shorter.
_PART_LENGTH = timedelta(hours=3)


def _holds_one_of_theirs(reading: Reading) -> bool:
    """A window of the sender's that holds one of the user's times but is not that time.

    "Friday morning works" to the user's "Friday at 10am": a pick of 10am, or the whole
    morning offered; the reader cannot say which window the engine should book. So is
    "Thursday works - anything after 9 is fine" to the user's "Thursday at 10am": a yes to
    the user's day before the window.
    """
    proposed = reading.times.proposed
    # Beside other offers ("Thursday morning or Friday 1:30") the part is one offer of a list;
    # "any time Tuesday after 1pm" bounds the window by a clock of the sender's own.
    part_only = PART_OF_DAY.search(reading.text) and not _CLOCK.search(reading.text)
    if len(proposed) != 1 or not (part_only or _yes_to_an_offered_day_said(reading)):
        return False
    return any(
        w.end is not None
        and w.end - w.start >= _PART_LENGTH
        and w.start <= o.start < w.end
        and (w.start, w.end) != (o.start, o.end)
        for w in proposed
        for o in reading.offered
    )


def _part_beside_their_time(reading: Reading) -> bool:
    """The one offer a part of the day on the day of one of the user's times, which it misses.

    "Wednesday evening your time is grand" to the user's "Wednesday 8:00 pm": a yes to the
    user's Wednesday (the evening the reader's table puts before 8pm is the sender's word for
    it), or a window of the sender's own that day; the reader cannot say which. Only on the
    user's clock: "Thursday evening works better than 3pm" is the sender's evening, instead.
    """
    proposed = reading.times.proposed
    if (
        reading.intent is not Intent.PROPOSE_TIMES
        or len(proposed) != 1
        or not PART_OF_DAY.search(reading.text)
        or not _YOUR_CLOCK.search(reading.words)
    ):
        return False
    w = proposed[0]
    return (
        w.end is not None
        and w.end - w.start >= _PART_MIN
        and any(
            w.start.astimezone(o.start.tzinfo).date() == o.start.date()
            and not w.start <= o.start < w.end
            for o in reading.offered
        )
    )


# "your time", "yours", "for you": the user's clock named.
_YOUR_CLOCK = re.compile(r"\byour[ \t]+(?:time|side|end)\b|\byours\b|\bfor[ \t]+you\b", re.I)
# The shortest window the grammar reads for a part of the day ("evening" is 17:00-19:00).
_PART_MIN = timedelta(hours=2)
# "but", "aber": a contrast that may take back what was said before it.
_BUT_ONLY = re.compile(rf"\b{BUT_WORD}\b", re.IGNORECASE)


def _theirs_then_but(reading: Reading) -> bool:
    """One of the user's own times among new offers, its weekday named before a "but".

    "Thursday 6:30pm yours is fine time-wise but I'll be driving. Could do Thursday at 2pm
    or Monday 8-9?": the user's Thursday named back and taken back, or kept beside the new
    ones; the reader cannot tell which. A "but" before the day hedges no time of the user's:
    "Vos créneaux tombent la nuit pour moi, mais je vous propose jeudi ou vendredi 14 à 9h"
    opens the offers with it. Another day may stand between ("Le mercredi 27 à 10 h 30 je
    suis en CA, et le mardi non plus, mais ..." takes back both).
    """
    proposed = reading.times.proposed
    offered = {w.start for w in reading.offered}
    theirs = [w for w in proposed if w.start in offered]
    if reading.intent is not Intent.PROPOSE_TIMES or not theirs or len(theirs) == len(proposed):
        return False
    clock = reading.thread_tz or reading.home
    days = {w.start.astimezone(clock).weekday() if clock else w.start.weekday() for w in theirs}
    return any(
        _named_days(sentence[: but.start()]) & days
        for sentence in (reading.words[a:b] for a, b in sentence_spans(reading.words))
        for but in _BUT_ONLY.finditer(sentence)
    )


def _several_of_theirs(reading: Reading) -> bool:
    """Two or more of the user's own times named back, none singled out.

    "Tuesday at 3 works great, and I can also do Thursday at 10" to a user
    who offered both: an accept of one, or a list to choose from.
    """
    proposed = reading.times.proposed
    offered = {w.start for w in reading.offered}
    return (
        reading.intent is Intent.PROPOSE_TIMES
        and len(proposed) > 1
        and all(w.start in offered for w in proposed)
    )


# A date or a week written beside the weekday: "Wednesday the 8th", "this Wednesday", "3/8".
_WEEK_SAID = re.compile(
    r"\b(?:this|next|coming|tomorrow|today|ce|cette|este|esta|diese[nrm]?|questo|questa|deze)\b"
    r"|\b\d{1,2}(?:st|nd|rd|th|er|º|ª)\b|\b\d{1,2}[/.-]\d{1,2}\b|\b(?:the|le|el|il|dia|den)"
    rf"[ \t]+\d{{1,2}}\b|\b(?:{alternation(MONTHS)})\b"
    # "el jueves 14": a number no clock reads after a weekday is its day of the month.
    rf"|\b(?:{alternation(WEEKDAYS)})\.?,?\s+(?:1[3-9]|2\d|3[01])\b(?![:.h]\d)"
    # "el martes 8 a las 11", "Monday 3 at 2pm": a lower number too, once a clock follows it.
    rf"|\b(?:{alternation(WEEKDAYS)})\.?,?\s+(?:[1-9]|1[0-2])"
    r"(?=\s+(?:at|a las|à|um|alle|às|om)[ \t]+\d)",
    re.IGNORECASE,
)
# "Thursday 9 or 10 am" in a week where Thursday is the 9th: the 9th at 10, or 9 or 10 that day.
_DAY_OR_HOUR = re.compile(
    rf"\b(?:{alternation(WEEKDAYS)})\.?,?[ \t]+(?P<n>1[0-2]|[1-9])[ \t]+(?:or|ou|oder|o|of)[ \t]+"
    r"(?:1[0-2]|[1-9])(?:[ \t]*(?:[ap]\.?m\b|h\b|uhr\b|uur\b)|[:.h][0-5]\d\b)",
    re.IGNORECASE,
)

# "Wednesday 18:30 or Thursday 13", "o el jueves 13", "oder Donnerstag 13": a bare number after
# a weekday listed beside another offer, which is the day of the month or the hour; no ordinal,
# clock mark or month says which ("El jueves 23 no puedo" names a day, listed with nothing).
_OR = r"(?:or|o|ó|ou|oder|of|od\.)"
_DAY_OR_HOUR_LISTED = re.compile(
    rf"(?P<lead>\b{_OR}[ \t]+(?:(?:on|el|the|am|le|il|op)[ \t]+)?)?"
    rf"\b(?P<weekday>{alternation(WEEKDAYS)})\.?,?[ \t]+(?P<n>1\d|2[0-3]|[1-9])"
    r"(?![\d:./h-]|[ \t]*(?:[ap]\.?m\b|st\b|nd\b|rd\b|th\b|º|°|uhr\b|uur\b|u\b|o['’]clock"
    rf"|de[ \t]|of[ \t]|(?:{alternation(MONTHS)})\b))"
    rf"(?P<trail>,?[ \t]+{_OR}\b)?",
    re.IGNORECASE,
)


def _day_or_hour_dropped(reading: Reading) -> bool:
    """Whether a listed weekday with a bare number ("… or jueves 13") gave no offered time on it.

    Read neither as that weekday's date nor as its hour, the day is left out of an offer the
    reader is otherwise sure of; whether 13 is the day or one o'clock only the sender can say.
    The user's own offers named back ("You said Wed 10 or Thu 3 - neither works") are no offer.
    """
    # The offered days on the clock each window was written in, and on the sender's.
    sender = reading.sender_tz
    offered = {w.start.weekday() for w in reading.times.proposed} | {
        w.start.astimezone(sender).weekday() for w in reading.times.proposed if sender
    }
    users = [w.start for w in reading.offered]
    return bool(offered) and any(
        (m["lead"] or m["trail"])
        and (weekday := WEEKDAYS[m["weekday"].lower()]) not in offered
        and not any(
            u.weekday() == weekday and int(m["n"]) in (u.day, u.hour, u.hour % 12 or 12)
            for u in users
        )
        for m in _DAY_OR_HOUR_LISTED.finditer(reading.words)
    )


def _offer_on_the_wrong_clock(reading: Reading) -> bool:
    """An offer at the day and clock of one of the user's offers, but on another clock.

    "Thursday 15:00 my time works" from Berlin to the user's "Thursday 15:00 (Helsinki
    time)": 15:00 in Berlin is 16:00 in Helsinki, a new time if the sender means their own
    clock, the user's offer if "my time" is a slip; which one, the reader cannot tell.
    """
    user, written = reading.thread_tz or reading.home, reading.written
    if user is None or written is None or not reading.offered:
        return False
    starts = {w.start for w in reading.offered}
    walls = {start.astimezone(user).replace(tzinfo=None) for start in starts}
    # Only the sender's clock by default or by "my time": "2-3:30pm ET Thursday" names its
    # clock, whatever the user's Thursday holds.
    return any(
        m.role in PROPOSED_ROLES
        and on_header_clock(m, written)
        and m.window.start not in starts
        and m.window.start.replace(tzinfo=None) in walls
        for m in reading.times.mentions
    )


def _day_or_hour(reading: Reading) -> bool:
    """Whether a listed hour after a weekday was read as that weekday's day of the month."""
    days = {m.window.start.day for m in reading.times.mentions if m.role in PROPOSED_ROLES}
    return any(int(m["n"]) in days for m in _DAY_OR_HOUR.finditer(reading.words))


# "1pm instead of 11", "3pm rather than 2pm": a new hour said in place of the user's.
_INSTEAD = re.compile(
    r"\b(?:instead|rather than|plutôt|en (?:lugar|vez)|stattdessen|lieber|invece|em vez"
    r"|in plaats)\b",
    re.IGNORECASE,
)


def _place_against_time(reading: Reading) -> bool:
    """Whether the reply picks a place in the user's list and offers a time that is not it.

    "The first slot – Friday 11am – works" under a Friday 10:00 offer: the place or the time
    is a slip, and which one the sender meant only the sender can say.
    """
    offered = reading.offered
    if len(offered) < 2 or not reading.times.proposed:
        return False
    place = ordinal_place(reading.text)
    if place is not None:
        named = offered[place] if -len(offered) <= place < len(offered) else None
    elif (in_time := time_place(reading.text, len(offered))) is not None:
        named = sorted(offered, key=lambda w: w.start)[in_time]
    elif (middle := middle_place(reading.text, len(offered))) is not None:
        named = offered[middle]
    else:
        return False
    # "Your second slot but an hour later?": the place is where the move starts from.
    return not _moves_by(reading.text) and (
        named is None or any(w.start != named.start for w in reading.times.proposed)
    )


def _another_date(reading: Reading) -> bool:
    """An accepted or offered time on the weekday and hour of a user's time, but not its date.

    "How about Tuesday Dec 15 at 3pm?" to "Tue Dec 8 at 3pm": a new offer or
    a slip of the date; the reader cannot tell which. "Tuesday at 4 or Wednesday at 11"
    when the user's Tuesday at 4 is next week's: the week of a bare weekday is a guess, and
    a date written in words the reader missed ("terça, dia 15") may have settled it.
    A slip copies the clock as written: "dinsdag 19 november om 15u30 (Belgische tijd)" to the
    user's "Tuesday, November 12 at 9:30 am" (Eastern) is the same instant of the week on
    another clock, so a new offer.
    """
    if reading.intent not in (Intent.ACCEPT, Intent.PROPOSE_TIMES):
        return False
    offered = {w.start for w in reading.offered}
    written = {(slot(w), w.start.time()) for w in reading.offered}
    # "Same time as your Tuesday slot but the following week (Tue Jan 31, 10:00 ET)": a week
    # on, said to be, is no slip of the date.
    week_later = WEEK_LATER.search(reading.words) is not None
    # "None of your three work. Could do Thursday the 20th, 10-11": the user's times turned
    # down, then a date written out: a new offer, not the user's Thursday named back.
    refused = said(TIMES_REFUSED, reading.text) is not None
    if any(
        w.start not in offered
        and (slot(w), w.start.time()) in written
        and not (week_later and any(weeks_on(w.start, o) for o in offered))
        and not (refused and _day_written(reading.words, w.start.date()))
        for w in reading.times.proposed
    ):
        return True
    if _offer_clock_off_its_day(reading):
        return True
    # "Wednesday's good. Could we do 1pm instead of 11?" to the user's Wednesday of next
    # week: a bare weekday the grammar put in the coming week, a new hour on the user's day.
    # On the user's clock: "Tuesday at 3pm my time (Pacific)" is the Sydney user's Wednesday.
    said_to_suit = said(ACCEPT, reading.text) or said(PICK, reading.text)
    if (
        (said_to_suit or _INSTEAD.search(reading.words) is not None)
        and not _WEEK_SAID.search(reading.words)
        and any(
            _week_before(w.start, o.start, reading.offered)
            for w in reading.times.proposed
            for o in reading.offered
        )
    ):
        return True
    if said_to_suit and not _WEEK_SAID.search(reading.words) and _weekday_on_users_clock(reading):
        return True
    # "Friday at 11:30 our time is too close to prayers" to the user's Friday 11 April at
    # 13:00 (Mumbai), written on 2 April: the user's own instant of the week, on their clock,
    # put on the coming Friday. The user's offer named back (and perhaps refused), or a week
    # earlier on purpose; dates written elsewhere in the reply do not settle which.
    # A date written with its month for that day ("lundi 8 novembre à 17 h") says it is meant;
    # so does its number after the weekday ("Tuesday the 17th, 9am Pacific") on a clock that
    # writes another hour than the user's: the hours meet only once turned, no copy of theirs.
    return any(
        _week_before(w.start, o.start, reading.offered)
        and w.start.astimezone(o.start.tzinfo).time() == o.start.time()
        and not _date_written(reading.words, w.start.date())
        and not (w.start.time() != o.start.time() and _day_written(reading.words, w.start.date()))
        for w in reading.times.proposed
        for o in reading.offered
    )


def _taken_after_all_refused(reading: Reading) -> bool:
    """Whether the words turn all the user's times down, yet a time read is one of them."""
    offered = {w.start for w in reading.offered}
    return said(ALL_REFUSED, reading.text) is not None and any(
        w.start in offered for w in reading.times.proposed
    )


def _offer_clock_off_its_day(reading: Reading) -> bool:
    """A time read at the clock of a user's offer whose own day the reply writes, on another day.

    "Let's go with the Tuesday 15th one - I'm in Boston until March 13, so 10pm HKT is 10am ET
    for me" to the user's "Tue 15 Mar, 10:00pm HKT": the clock is that offer's, yet it was read
    on the other date the sentence names. Which day the clock is for, the reader cannot tell.
    Only when the reply picks, writes the offer's clock as the user wrote it, and reads nothing
    on the offer's day: "Thursday 25th I'm in the field. Wednesday 31st at 11am EAT?" is a new
    offer that lands on the user's Thursday clock only once turned; "Jeudi 25 je suis en
    atelier … mercredi 31 mars à 10h, donc ce sera 16h chez vous" turns the Thursday down and
    says its own offer again on the user's clock; "Thursday's out too, but I could do Friday
    the 14th at 4pm PT instead if that works?" offers its own day in the offer's place.
    """
    if not said(PICK, reading.text) or _INSTEAD.search(reading.words):
        return False
    offered = {w.start for w in reading.offered}
    clocks = {_clock_of(m.group(0)) for m in _CLOCK.finditer(reading.text)}
    days = {w.start.date() for w in reading.times.proposed}
    return any(
        w.start not in offered
        and o.start.time() in clocks
        and o.start.date() not in days
        and (there := w.start.astimezone(o.start.tzinfo)).time() == o.start.time()
        and there.date() != o.start.date()
        and _day_written(reading.words, o.start.date())
        for w in reading.times.proposed
        for o in reading.offered
    )


def _day_written(words: str, day: date) -> bool:
    """Whether the reply writes ``day``, with its month or its number after its weekday.

    "8 novembre", "Thursday the 20th", "jeudi 20", "Donnerstag, den 20.".
    """
    if _date_written(words, day):
        return True
    names = alternation([name for name, n in WEEKDAYS.items() if n == day.weekday()])
    return (
        re.search(
            rf"\b(?:{names})\.?,?[ \t]+(?:(?:the|le|el|il|dia|den)[ \t]+)?0?{day.day}"
            r"(?:st|nd|rd|th|er|º|\.)?(?![\d:.h])",
            words,
            re.IGNORECASE,
        )
        is not None
    )


def _date_written(words: str, day: date) -> bool:
    """Whether the reply writes ``day`` with its month ("8 novembre", "Nov 8th", "8. November")."""
    names = "|".join(
        sorted((re.escape(n) for n, m in MONTHS.items() if m == day.month), key=len, reverse=True)
    )
    number = rf"0?{day.day}(?:st|nd|rd|th|er|º|\.)?"
    return (
        re.search(
            rf"\b{number}[ \t]+(?:de[ \t]+|of[ \t]+)?(?:{names})\b"
            rf"|\b(?:{names})\.?[ \t]+{number}(?!\d)",
            words,
            re.IGNORECASE,
        )
        is not None
    )


def _weekday_on_users_clock(reading: Reading) -> bool:
    """A time taken on the weekday that one of the user's times falls on, on the user's clock.

    "The Thursday morning one works", from Los Angeles on a Wednesday night, to the user's
    "Thursday 31 March, 7:30am HK time" (the sender's Wednesday afternoon): the grammar reads
    the coming Thursday's morning on the sender's clock, a day none of the user's times falls
    on there; the user's Thursday, a week or more on, may be the one meant.
    """
    return any(
        w.start not in {o.start for o in reading.offered}
        and not _date_written(reading.words, w.start.date())
        and o.start.weekday() == w.start.weekday()
        and o.start.astimezone(w.start.tzinfo).weekday() != w.start.weekday()
        and 0 < (o.start.date() - w.start.date()).days <= _OFFER_DAYS
        for w in reading.times.proposed
        for o in reading.offered
    )


# The user's times are for the next few weeks.
_OFFER_DAYS = 21


def _week_before(start: datetime, offer: datetime, offered: tuple[TimeWindow, ...]) -> bool:
    """Whether ``start`` falls weeks before ``offer``, on its weekday, on a day none is offered."""
    day = start.astimezone(offer.tzinfo).date()
    return (
        day < offer.date()
        and day.weekday() == offer.weekday()
        and all(o.start.astimezone(offer.tzinfo).date() != day for o in offered)
    )


def _rolled_a_year(reading: Reading) -> bool:
    """An offer read a year ahead because its day had just passed ("03/04" on 6 March).

    ``date_against_itself`` sees only dates one order reads; "03/04" read month first from an
    American offset is 4 March, rolled to next year, though the writer may mean 3 April.
    """
    if reading.written is None:
        return False
    today = reading.written.date()
    # "fri 11/12" written on 7 December 2026: 12 November 2027 is a Friday, the year is meant.
    weekdays = {WEEKDAYS[w] for w in re.findall(r"[\w-]+", reading.words.lower()) if w in WEEKDAYS}
    return any(
        timedelta(0) < today - m.window.start.date().replace(year=today.year) <= JUST_PAST
        and m.window.start.weekday() not in weekdays
        for m in reading.times.mentions
        if m.role in PROPOSED_ROLES
        and m.window.start.year == today.year + 1
        and (m.window.start.month, m.window.start.day) != (2, 29)
    )


def _month_first_in_day_first_words(reading: Reading) -> bool:
    """A date written "le 4/11" (the 4th of November) that the reader read as April 11."""
    read = {
        (m.window.start.month, m.window.start.day)
        for m in reading.times.mentions
        if m.role in PROPOSED_ROLES
    }
    return any(
        (first, second) in read and first != second
        for first, second in (
            (int(d["first"]), int(d["second"])) for d in _DAY_FIRST_DATE.finditer(reading.text)
        )
    )


# The sender's own event named as such ("here's the invite to our webinar"): not the chat.
# Only an event that is theirs or that the user is asked to: "I'm at a conference" is the
# reason the sender's own time suits them, and their invitation is still the chat.
_EVENT = (
    r"(?:webinar|webinaire|webinars|seminar|séminaire|seminario|conference|conférence"
    r"|conferencia|konferenz|conferenza|conferência|workshop|atelier|taller|summit|meetup"
    r"|livestream|product launch)\b"
)
_OTHER_EVENT = re.compile(
    r"\b(?:(?:our|my|notre|nos|mon|ma|nuestr[oa]s?|mis?|unser\w*|mein\w*|nostr[oa]|mio|mia"
    r"|noss[oa]s?|meu|minha|onze|ons|mijn)[ \t]+(?:[\w-]+[ \t]+){0,2}"
    r"|(?:invit\w*|join|register|rsvp|einlad\w*|uitnodig\w*|convit\w*|invito)\b[^.!?\n]{0,40}?\b)"
    + _EVENT,
    re.IGNORECASE,
)
# A calendar's automatic answer is read "calendar invitation (REPLY)"; a tentative one is OTHER.
_CALENDAR_REPLY = "calendar invitation (REPLY)"
# An all-day event (a hold on the day, a holiday) books no time of day.
_WHOLE_DAY = timedelta(hours=23)


def _bare_weekdays_only(text: str, written: date) -> bool:
    """Every day ``text`` names is a weekday alone ("Thursday", "Thu."), and it names one."""
    days = find_dates(text, written)
    return bool(days) and all(
        m.kind == "weekday" and text[m.start : m.end].lower().rstrip(".") in WEEKDAYS for m in days
    )


def _restates_event(
    window: TimeWindow, start: datetime, since: date | None, header: tzinfo | None
) -> bool:
    """The words' time is the event's clock in the zone they name, perhaps weeks before it.

    "Friday works - invite attached (08:30 Zurich time)" with the event at 08:30 Zurich two
    Fridays on: with ``since`` (the words name bare weekdays only, read from that day), which
    week it is the invitation says. A time read on the Date ``header``'s offset names no zone
    of its own, and that offset is the sender's clock only near the writing.
    """
    zone = window.start.tzinfo
    if zone is None or (zone == header and not isinstance(zone, ZoneInfo)):
        return False
    said = window.start.replace(tzinfo=None)
    event = start.astimezone(zone).replace(tzinfo=None)
    if since is None:
        return said == event
    return (
        said.time() == event.time()
        and said.weekday() == event.weekday()
        and since <= said.date() <= event.date()
    )


def _writes_clock(text: str, clock: time) -> bool:
    """Whether ``text`` writes ``clock`` as a time of day ("17:30", "09.30", "5:30 pm")."""
    minutes = rf"[:.h]{clock.minute:02d}" if clock.minute else r"(?:[:.]00|h)"
    twelve = rf"{(clock.hour - 1) % 12 + 1}(?:[:.]{clock.minute:02d})"
    if not clock.minute:
        twelve += "?"
    return bool(
        re.search(
            rf"(?<![\d:.])(?:0?{clock.hour}{minutes}(?![\d:])|{twelve}[ \t]?[ap]\.?m\b)",
            text,
            re.IGNORECASE,
        )
    )


def _unplaced_beside_event_clock(reading: Reading, window: TimeWindow, start: datetime) -> bool:
    """A "your time" clock beside the sender's own clock of the event, the user's zone unknown.

    "Thursday 16:30 your time works (17:30 in Vilnius)" with the event at 17:30 on the sender's
    clock: the sender's clock places the moment and the invitation agrees with it; the "your
    time" reading only rests on a zone of the user's that the thread never named.
    """
    if not reading.user_zone_unplaced or reading.sender_tz is None:
        return False
    if window.start.tzinfo != reading.home:
        return False
    event = start.astimezone(reading.sender_tz)
    return window.start.weekday() == event.weekday() and _writes_clock(reading.words, event.time())


# "Oliver Kershaw has invited you to an event." and the event's date below it: the calendar's
# own text under the sender's words.
_CALENDAR_TEXT = re.compile(
    r"^.*\b(?:has invited you to|you have been invited to|invitation from google calendar"
    r"|ha invitado a|vous a invité|hat Sie zu|lädt Sie zu|ti ha invitato|convidou você)",
    re.IGNORECASE | re.MULTILINE,
)


def _above_calendar_text(words: str, written: date) -> str:
    """The sender's own words, beside the calendar's text about the event (which dates it).

    Most notes stand above "… has invited you to …"; one that opens the message has the
    event's title and date line under it, and the sender's note below that ("Monday at 6pm
    your time is perfect - invite attached"), which is the sender's own.
    """
    match = _CALENDAR_TEXT.search(words)
    if match is None:
        return words
    above = words[: match.start()]
    if above.strip():
        return above
    lines = words[match.end() :].split("\n")
    dated = next(
        (
            i
            for i, line in enumerate(lines)
            if any(m.kind != "weekday" for m in find_dates(line, written))
        ),
        None,
    )
    return "" if dated is None else "\n".join(lines[dated + 1 :])


# "your Friday 8am", "10:30 your time", "9am for you": a clock the words put on the user's side.
_ON_USER_CLOCK = re.compile(
    r"\byour (?:[\w-]+ ){0,2}\d|\d(?:[:.]\d\d)?(?:[ \t]*[ap]\.?m\.?)?[ \t]+(?:your time"
    r"|for you|(?:on |at )?your (?:end|side))\b",
    re.IGNORECASE,
)


def _holds_event(window: TimeWindow, event: TimeWindow, since: date | None) -> bool:
    """Whether the words' time is a part of the day that holds the whole event.

    "Friday morning suits - invite attached" with the event at Friday 09:30: the morning the
    words name is the event's own, not another time ("Friday afternoon suits" beside a morning
    event is still another). With ``since`` (the words name bare weekdays only, read from that
    day) the words' weekday may be the event's a week or more on, as in :func:`_restates_event`.
    """
    if window.end is None or event.end is None or window.start > event.start:
        return False
    shift = timedelta(0)
    if since is not None and since <= window.start.date():
        shift = timedelta(weeks=(event.start - window.start).days // 7)
    return window.start + shift <= event.start and event.end <= window.end + shift


def _words_against_invite(reading: Reading) -> bool:
    """An invitation that books the user's time, while its words offer another or say no.

    "Sent an invite - but could we do Friday at 2pm instead?", "I'll have to decline, sorry -
    my calendar sent the invite by mistake": the event may be a placeholder or a slip.
    """
    if reading.invite is None:
        return False
    if reading.intent is Intent.PROPOSE_TIMES:
        # "I'll pass on the call, but here's an invite to our webinar": an outright no beside
        # the sender's own event.
        text = reading.words
        # "Your times don't suit, and I have to call it off - the invite went out by mistake":
        # a cancel beside the counter-offer says the event may be a slip.
        return bool(FIRM_DECLINE.search(text) or _OTHER_EVENT.search(text) or said(CANCEL, text))
    if reading.intent is not Intent.ACCEPT:
        return False
    # The event's own time restated in words may be placed in a misread zone ("Central
    # European Summer Time" as Chicago's): the event's wall clock again is no other time.
    event = reading.invite
    start = event.start
    zones = (z for z in (reading.sender_tz, reading.thread_tz) if z is not None)
    clocks = {start.astimezone(z).replace(tzinfo=None) for z in zones}
    # "invite attached (it'll show 11:30 for me in Austin)": the event's wall clock in its own
    # zone, which the Date header's offset misses across a clock change (an event written in
    # UTC names no one's wall clock).
    if start.tzname() != "UTC":
        clocks.add(start.replace(tzinfo=None))
    # "your Friday 8am works - invite attached" with the event at 08:00 where the user lives:
    # the words say whose clock it is, which the sender's zone would misread.
    user = reading.thread_tz or reading.home
    if user is not None and _ON_USER_CLOCK.search(reading.words):
        clocks.add(start.astimezone(user).replace(tzinfo=None))
    # "Thursday 1pm works - invite attached" with the event a week from this Thursday at 1pm:
    # a bare weekday names the event's day and clock, and which week it is the invitation says
    # ("this Thursday", "tomorrow", "Thursday the 21st" name a day of their own).
    bare = reading.written is not None and _bare_weekdays_only(
        _above_calendar_text(reading.words, reading.written.date()), reading.written.date()
    )
    if bare:
        clocks |= {clock - timedelta(weeks=1) for clock in clocks}
    since = reading.written.date() if bare and reading.written is not None else None
    # The user's other time named beside it ("Thursday would have been tricky anyway") only
    # explains the choice.
    theirs = {w.start for w in reading.offered}
    text = reading.words
    # "Tuesday works - invite attached", "Sent an invite for the first slot" with the event at
    # the user's Thursday: the words name only other days of the user's, or another place in
    # the user's list, than the one the event books.
    place = ordinal_place(text)
    offered = reading.offered
    named = offered[place] if place is not None and -len(offered) <= place < len(offered) else None
    days = {WEEKDAYS[w] for w in re.findall(r"[\w-]+", text.lower()) if w in WEEKDAYS}
    booked = {w.start.weekday() for w in offered if w.start == start}
    elsewhere = (
        bool(booked) and not booked & days and any(w.start.weekday() in days for w in offered)
    )
    return (
        bool(booked and elsewhere)
        or any(
            w.start != start
            and not _holds_event(w, event, since)
            and w.start not in theirs
            and w.start.replace(tzinfo=None) not in clocks
            and not _restates_event(w, start, since, reading.sender_tz)
            and not _unplaced_beside_event_clock(reading, w, start)
            for w in reading.times.proposed
        )
        or (named is not None and named.start != start)
        or bool(DECLINE.search(text) or FIRM_DECLINE.search(text))
    )


# "…, after that happy to do 3:30", "danach gerne um 15:30", "ensuite volontiers à 15h30": a
# clock a few words after "after that" ends a busy spell with an offer.
_CLOCK_AFTER_THAT = re.compile(
    r"\b(?:after that|afterwards|danach|anschließend|ensuite|après ça|después|luego|dopo|poi"
    r"|depois|daarna|erna)\b[^.?!\n]{0,30}?\b\d{1,2}(?:[:.h]\d\d|[ \t]?(?:[ap]\.?m|h|uhr|uur)\b)",
    re.IGNORECASE,
)


def _clock_in_defer(reading: Reading) -> bool:
    """A defer with a clock right after "after that": "danach gerne um 15:30" is an offer.

    The reader took the clock for the end of the busy spell before it; a return with a clock
    ("back Monday at 9am but buried - let's talk in April") names nothing after "after that".
    """
    return (
        reading.intent is Intent.DEFER
        and _names_a_day(reading.text)
        and _CLOCK_AFTER_THAT.search(reading.text) is not None
    )


def _not_an_answer(reading: Reading, doubts: list[Doubt]) -> None:
    """Doubts for a time read from a message that does not answer the user's request."""
    if reading.fresh:
        # A recruiter's "Are you free Thursday at 2pm?", a webinar, a reminder: their own.
        doubts.append(NOT_A_REPLY)
    if reading.other_thread and reading.intent is not Intent.RESCHEDULE:
        # A move of "our Wed 11am" under the sender's own earlier mail still moves ours.
        doubts.append(OTHER_THREAD)
    if reading.forwarded:
        # "Sam, could you take this? Thursday at 2 works for you": to a colleague.
        doubts.append(FORWARDED)
    text = reading.words
    if for_someone_else(text):
        doubts.append(SOMEONE_ELSES_YES)
    if still_pending(text):
        doubts.append(YES_PENDING)


# "…, pero el viernes sí", "Not keen on Wednesday, Thursday might work": a contrast, or a
# comma before a day that may suit ("Je ne peux pas jeudi, vendredi aussi c'est compliqué"
# turns both down).
_BUT = re.compile(
    rf"\b{BUT_WORD}\b|,(?=[ \t]*[\w-]+[ \t]+(?:might|may|could)[ \t]+(?:work|suit|do|be)\b)",
    re.IGNORECASE,
)


# A negation, and "now" in one of its words, in each language.
_NOT = re.compile(r"(?i:\b(?:not|no|never|pas|plus|nicht|kein\w*|non|não|niet|geen)\b|n['’]t\b)")
# Narrower than the intent's WHEN_AGAIN, which shares `AT_THE_MOMENT`: "not … until May" or
# "not … after 5" says when, not that the sender is busy now.
_NOW = re.compile(
    r"(?i:\b(?:"
    + AT_THE_MOMENT.replace("'", "['’]")
    + r"|currently|these days|this (?:month|quarter|year)|actuellement|en este momento"
    r"|de momento|momentan|zurzeit|in questo periodo|neste momento|momenteel)\b)"
)


def _not_now_beside_question(words: str) -> bool:
    """A sentence that is no question and says "not … now", in a reply that asks something."""
    text = words.strip()
    return any(
        text[b : b + 1] != "?" and _NOT.search(text, a, b) and _NOW.search(text, a, b)
        for a, b in sentence_spans(text)
    )


def _not_now_defer_beside_question(words: str) -> bool:
    """A defer read only from "not … now" sentences, in a reply that asks something else.

    "Ich führe im Moment nicht viele Gespräche. Worum geht es genau?" says "not many calls",
    no "not now", and asks first, as "Not doing many calls at the moment. What's it about?"
    does; "ping me in June?" asks the defer itself.
    """
    text = words.strip()
    question = last_question(text)
    if question is None or DEFER.search(question) or not _not_now_beside_question(text):
        return False
    not_now = [
        (a, b)
        for a, b in sentence_spans(text)
        if _NOT.search(text, a, b) and _NOW.search(text, a, b)
    ]
    return all(any(a <= m.start() < b for a, b in not_now) for m in DEFER.finditer(text))


def _offered_days(reading: Reading) -> set[int]:
    """The weekdays of the user's offers, on the thread's clock."""
    clock = reading.thread_tz or reading.home
    return {w.start.astimezone(clock).weekday() for w in reading.offered}


def _named_days(text: str) -> set[int]:
    """The weekdays ``text`` names."""
    # "mon agenda ne me le permet pas": a word that only looks like a day's short name is none.
    return {WEEKDAYS[w.lower()] for w in re.findall(r"[\w-]+", text) if is_weekday(w)}


# A question, from its opening mark if it has one ("¿es por videollamada?").
_ASKED = re.compile(r"[^.!?¿\n]*\?")


def _yes_to_an_offered_day(reading: Reading) -> bool:
    """A yes outside the reply's questions that names a weekday of one of the user's offers.

    "Do you mean Wednesday the 3rd or Thursday the 4th?" names the days only to ask about them.
    """
    said_outside = _ASKED.sub(" ", reading.words)
    return bool(
        said(ACCEPT, said_outside) is not None
        and _named_days(said_outside) & _offered_days(reading)
    )


def _yes_to_an_offered_day_said(reading: Reading) -> bool:
    """A sentence, no question, that says yes and names a weekday of one of the user's offers.

    "Thursday works - anything after 9 is fine" does; "Yes, but next week is better for me.
    Any time Tuesday after 1pm." says yes to no day.
    """
    offered = _offered_days(reading)
    said_outside = _ASKED.sub(" ", reading.words)
    return any(
        said(ACCEPT, sentence) is not None and bool(_named_days(sentence) & offered)
        for sentence in (said_outside[a:b] for a, b in sentence_spans(said_outside))
    )


# "questo mese non prendo impegni, martedì e venerdì compresi", "no puedo nada este mes,
# incluidos el martes y el jueves": days marked as included are examples of a wider no. Only
# days right beside the word: "Thursday is out, including the evening" still names one day.
# "fino a giovedì compreso", "bis einschließlich Donnerstag" ends a busy spell instead, and
# the days after it stay open.
_INCLUDED_AFTER_DAYS = re.compile(
    r"[\w-]+(?:[ \t]+[\w-]+){0,2}[ \t]+(?:compres[io]|inclus[io]|incluid[oa]s|incluíd[oa]s"
    r"|included|inclus(?:es)?|inbegrepen)\b",
    re.IGNORECASE,
)
_INCLUDING_DAYS = re.compile(
    r"\b(?:including|incluyendo|incluidos|incluidas|incluindo|inclusi|inclusief|inklusive)"
    r"(?:[ \t]+[\w-]+){1,3}",
    re.IGNORECASE,
)
_UNTIL_INCLUDED = re.compile(
    r"\b(?:until|till|through|thru|hasta|fino|bis|jusqu\w*|até|tot en met|t/m)\b", re.IGNORECASE
)


def _days_as_examples(text: str) -> bool:
    """Whether the no marks the days it names as included in a wider one."""
    beside = [*_INCLUDED_AFTER_DAYS.findall(text), *_INCLUDING_DAYS.findall(text)]
    return any(_named_days(b) for b in beside) and not _UNTIL_INCLUDED.search(text)


def _refuses_some_offers(reading: Reading) -> bool:
    """Whether a decline names only some of the offered days, leaving another one open.

    "El jueves no puedo." under Thursday and Friday refuses one offer, not the chat: Friday
    still stands. "Je ne peux pas jeudi, vendredi aussi c'est compliqué" names both.
    """
    # "Cannot make it Wednesday." under two offers and no meeting agreed calls nothing off: it
    # is the same no to one offer, in a cancel's words ("cancel our call on Wednesday" says a
    # meeting was booked, out of the thread's view).
    cancels_unagreed = (
        reading.intent is Intent.CANCEL and reading.agreed is None and not OUR.search(reading.words)
    )
    if not (reading.intent is Intent.DECLINE or cancels_unagreed) or len(reading.offered) < 2:
        return False
    offered = _offered_days(reading)
    # Only the sentences that say no: "Monday 10:00 would be free. However, …" names the day
    # as open, and the no is the chat's.
    noes = (DECLINE, FIRM_DECLINE, CANCEL) if cancels_unagreed else (DECLINE, FIRM_DECLINE)
    sentences = [reading.words[a:b] for a, b in sentence_spans(reading.words)]
    text = " ".join(s for s in sentences if any(no.search(s) for no in noes))
    # "mie no puedo, jue si": short weekdays, answered one by one.
    named = _named_days(text) | {
        SHORT_WEEKDAYS[m["day"].lower()] for m in _SHORT_DAY_ANSWERED.finditer(text)
    }
    if not named & offered:
        return False
    if _days_as_examples(text):
        return False
    # "El jueves no puedo, pero el viernes sí": the day after the contrast may be the yes.
    after_but = {
        WEEKDAYS[w]
        for m in _BUT.finditer(text)
        for w in re.findall(r"[\w-]+", text[m.end() :].lower())[:3]
        if w in WEEKDAYS
    }
    # "mie no puedo, jue si": a short weekday named with a yes keeps that offer open.
    said_yes = {
        SHORT_WEEKDAYS[m["day"].lower()]
        for m in _SHORT_DAY_ANSWERED.finditer(reading.words)
        if m["yes"]
    }
    # "Je ne peux pas jeudi, vendredi aussi c'est compliqué" to Wednesday and Thursday: days
    # beyond the offers turned down speak of the sender's week, not of one offer (hunt 10).
    return named <= offered and (not offered <= named or bool((after_but | said_yes) & offered))


def _offer_in_absence(reading: Reading) -> bool:
    """An absence notice that still offers or takes a time to come, which it lists none of.

    "Sorry, auto-reply below, but Tue Mar 25 at 2pm works!" on top of an autoresponder's text,
    or "On vacation the week of the 17th. Before that, Thursday at 10 works": the reader kept
    the absence and dropped the time.
    """
    return reading.intent is Intent.OUT_OF_OFFICE and any(
        reading.written is None or w.start > reading.written for w in reading.times.proposed
    )


RETRACTED_MAIL_TIMES = Doubt(
    "times_of_retracted_mail",
    "takes back an earlier mail named by what it was about ('disregard the email about Thursday"
    " at 10'): the time may be that mail's, not an offer",
)
# "Disregard the email I sent you an hour ago about "Thursday at 10"; it was for a colleague":
# the mail taken back, named by its subject, which may be the only time in the reply.
_RETRACTED_ABOUT = re.compile(
    r"\b(?:ignore|disregard)\b[^.;!?\n]{0,20}?\b(?:e-?mail|mail|message|note|reply)\b"
    r"[^.;!?\n]{0,40}?\b(?:about|regarding|re|on)\b"
    # The subject a time, within its clause: "ignore my earlier email about cancelling -
    # Thursday at 3 is still on" takes back a cancel, and the time after the dash stands.
    r"[^.;!?\n,\-–—]{0,30}?(?:\d|\b(?:mon|tue|wed|thu|fri|sat|sun)\w*|\btomorrow\b)",
    re.IGNORECASE,
)


def _times_of_retracted_mail(reading: Reading) -> bool:
    """Times read beside an earlier mail taken back by naming what it was about."""
    return bool(reading.times.proposed) and _RETRACTED_ABOUT.search(reading.words) is not None


ABSENCE_BESIDE_ANSWER = Doubt(
    "absence_beside_answer",
    "absence wording in a hand-written answer to the user's times, inline under one of them or"
    " beside another sentence naming an offered day: perhaps only that time is missed",
)


def _absence_beside_answer(reading: Reading) -> bool:
    """A hand-written absence that may only miss one of the user's times.

    "Non, en déplacement." under the user's Friday and "Oui, parfait." under Tuesday, or
    "Vendredi je suis en déplacement. Mardi me va.": travelling that day, the yes to another
    of the times read as no word at all; read as an absence, the chat would wait for a return.
    """
    if reading.intent is not Intent.OUT_OF_OFFICE or reading.structured or not reading.offered:
        return False
    if reading.inline:
        return True
    days = {w.start.weekday() for w in reading.offered}
    text = reading.text
    return any(
        not OOO_WORDING.search(text[a:b])
        and any(WEEKDAYS.get(w) in days for w in re.findall(r"[\w-]+", text[a:b].lower()))
        for a, b in sentence_spans(text)
    )


def weigh(reading: Reading) -> tuple[Doubt, ...]:
    """Every doubt about ``reading``; empty means the reader is sure."""
    doubts: list[Doubt] = []
    if reading.other_times is False or (
        reading.text
        and not reads(reading.text)
        and reading.reason not in OTHER_READINGS
        and not reading.other_times
    ):
        # In a language beyond the seven only a plain reading of its own is sure.
        doubts.append(UNKNOWN_LANGUAGE)
    if _offer_in_absence(reading):
        doubts.append(OFFER_IN_ABSENCE)
    if _absence_beside_answer(reading):
        doubts.append(ABSENCE_BESIDE_ANSWER)
    if _times_of_retracted_mail(reading):
        doubts.append(RETRACTED_MAIL_TIMES)
    if reading.reason == TIMES_FOR_SOMEONE_ELSE:
        doubts.append(WRITTEN_TO_ANOTHER)
    if reading.structured:
        if (
            reading.reason == CALENDAR_RESPONSE
            and reading.intent is Intent.ACCEPT
            or (reading.reason == _CALENDAR_REPLY and reading.intent is Intent.OTHER)
        ):
            # "Accepted: Coffee chat": the calendar's note that an invitation was answered,
            # not the sender's words on the user's request; tentative ones keep it open.
            doubts.append(CALENDAR_ANSWERED)
        if reading.reason == OFFERS_UNSEEN:
            doubts.append(INVITE_UNCHECKED)
        if _words_against_invite(reading):
            doubts.append(INVITE_AGAINST_WORDS)
        if _replacement_unread(reading):
            # A cancel notice ("Je dois annuler jeudi - vendredi 11h à la place ?") whose words
            # ask for a new time the reader did not read as an offer.
            doubts.append(REPLACEMENT_UNREAD)
        event = reading.invite
        if event is not None and event.end is not None and event.end - event.start >= _WHOLE_DAY:
            doubts.append(INVITE_ALL_DAY)
        return tuple(doubts)
    if not reading.text.strip():
        return (*doubts, EMPTY_REPLY)
    if reading.intent is Intent.OTHER and reading.reason == NO_CUE:
        doubts.append(NO_INTENT_CUE)
    if (
        reading.intent is Intent.OTHER
        and reading.reason == ASKS_USER
        and (
            reading.times.mentions
            or reading.times.unread
            or _names_a_day(reading.text)
            or _NUMBERS_LIKE_A_TIME.search(reading.text)
            or _DAY_OR_WEEK_ASKED.search(reading.text)
            # "Not a fit right now - maybe after the summer?": a later time asked about may
            # put the chat off, not ask the user something.
            or any(asks_when_again(q) for q in _QUESTION.findall(reading.words))
        )
    ):
        # "tues works. i'll call you, whats a good number?": a closing question mark is no
        # positive cue when the reply also names a day or a time the reader could not place.
        doubts.append(QUESTION_BESIDE_TIME)
    if (
        reading.intent is Intent.OTHER
        and reading.reason == ASKS_FIRST_REASON
        and _yes_to_an_offered_day(reading)
    ):
        # "Tuesday is fine. Is it okay to have my colleague join?", "El jueves está bien, ¿es
        # por videollamada?": a yes that ends on a question, naming one of the user's days;
        # perhaps a pick beside a question about the chat, which the reader held as no answer.
        doubts.append(QUESTION_BESIDE_TIME)
    if (
        reading.intent is Intent.OTHER
        and reading.reason == ASKS_USER
        and _not_now_beside_question(reading.words)
    ):
        # "Which fund are you with? Just curious, not doing many calls at the moment.": the
        # question is an aside, and the "not now" may be the answer, in words no cue knew.
        doubts.append(NO_BESIDE_QUESTION)
    if reading.intent is Intent.DEFER and _not_now_defer_beside_question(reading.words):
        doubts.append(NO_BESIDE_QUESTION)
    if not reading.times.proposed and _POINTS_AT_HISTORY.search(reading.words):
        doubts.append(TIMES_IN_HISTORY)
    moves_to_unread = reading.intent is Intent.RESCHEDULE and not reading.times.proposed
    if (reading.intent in (Intent.DECLINE, Intent.OUT_OF_OFFICE) or moves_to_unread) and any(
        _names_a_day(q) or "noon" in q.lower() for q in _QUESTION.findall(reading.text)
    ):
        # "can't do thu, fri at noon?", "cant do thu. fri?": a no that ends by asking about a
        # day or a time may be a counter-offer whose wording the reader did not know; so may
        # a hand-written absence ("I'm out until the 14th. Monday the 17th, 10am?"); so may a
        # move with no new time read ("Something came up. Can we do Thursday 11 instead?").
        doubts.append(QUESTION_BESIDE_TIME)
    if _refuses_some_offers(reading):
        doubts.append(ONE_OFFER_REFUSED)
    if reading.intent in (Intent.DECLINE, Intent.CANCEL) and for_someone_else(reading.words):
        # "Thursday is fine for my boss; I can't make it": the no is the sender's, the yes a
        # colleague's, who may be the one to meet.
        doubts.append(SOMEONE_ELSES_YES)
    if reading.intent in (
        Intent.DECLINE,
        Intent.CANCEL,
        Intent.OUT_OF_OFFICE,
        Intent.DEFER,
    ) and no_of_someone_else(reading.words):
        # "My colleague can't do it, she's on leave until May": perhaps the sender's no too,
        # perhaps only the colleague's, the sender still open to talk.
        doubts.append(SOMEONE_ELSES_NO)
    if (
        reading.intent in (Intent.OUT_OF_OFFICE, Intent.OTHER)
        and TIMES_REFUSED.search(reading.words)
    ) or (
        # "None of these work - happy to do an email exchange instead": the yes is to the chat
        # or to something else, never to the user's times (a booking link says what instead).
        reading.intent is Intent.ACCEPT
        and not reading.times.proposed
        and not reading.link
        and said(ALL_REFUSED, reading.text) is not None
    ):
        # "Just back from leave, can't make either time - next week?", "out of office that
        # week and can't make either time": the times are off; whether the chat is, or moves
        # to when, is the user's to read.
        doubts.append(TIMES_REFUSED_ONLY)
    if (
        reading.intent is Intent.OTHER
        and reading.reason in (AFTER_THE_CHAT, YES_AFTER_THE_CHAT)
        and _later_day(reading)
    ):
        # "Great talking today - how about Thursday?": thanks that name a day to come may
        # offer the next chat, at a time the reader cannot give.
        doubts.append(DAY_WITHOUT_TIME)
    if reading.intent is Intent.OTHER and reading.reason == YES_AFTER_THE_CHAT:
        # "My pleasure! … Happy to chat again whenever.": a yes to more, or to something else.
        doubts.append(YES_AFTER_CHAT)
    if _contradicts(reading):
        doubts.append(CONTRADICTING_CUES)
    if _replacement_unread(reading):
        doubts.append(REPLACEMENT_UNREAD)
    if reading.intent is Intent.ACCEPT and _MOCKING.search(reading.words):
        doubts.append(MOCKING)
    if _sees_you_at_another_time(reading):
        doubts.append(SEE_YOU_ANOTHER_TIME)
    if reading.intent is Intent.DEFER and busy_alone(reading.words):
        doubts.append(BUSY_NOT_PUT_OFF)
    if hedged_move(reading.words):
        # "I might have to cancel Thursday at 3 - I'll confirm tomorrow": neither kept nor off.
        doubts.append(HEDGED_MOVE)
    if (
        reading.intent is Intent.RESCHEDULE
        and reading.reason != SHIFT_ADDED_UP
        and _shift_unadded(reading)
    ):
        # The new time is the agreed one plus the length, which the reader did not add up.
        doubts.append(SHIFT_BY_LENGTH)
    if (
        reading.intent in _TIME_INTENTS
        and CORRECTION.search(reading.text)
        and not reading.times.taken_back
        and not reading.times.corrected
    ):
        doubts.append(SELF_CORRECTED)
    if reading.intent is Intent.ACCEPT and not reading.link and _IN_WRITING.search(reading.text):
        doubts.append(IN_WRITING)
    if (
        reading.intent is Intent.OUT_OF_OFFICE
        and reading.referrals
        and not reading.structured
        and not STAND_IN.search(reading.words)
    ):
        # "Je suis en congé jusqu'au 3 avril. Mais écrivez plutôt à Camille Petit, elle pourra
        # vous aider": written by hand, no word of standing in; it may send the user on.
        doubts.append(AWAY_OR_REFERRAL)
    if (
        reading.intent is not Intent.REFERRAL
        and not reading.referrals
        and REFERRAL_CUE.search(reading.words)
        and (_ADDRESS.search(reading.text) or _names_after_cue(reading.words))
    ):
        # "Two people on our committee would be great to talk to:" and addresses the reader
        # could not tie to a name.
        doubts.append(UNREAD_REFERRAL)
    elif (
        reading.intent in (Intent.DECLINE, Intent.DEFER)
        and not reading.referrals
        and (
            reading.intent is Intent.DECLINE
            and _someone_else_can(reading.words)
            # "I'm the wrong person, but Omar Haddad (omar@…) made your switch": an address in
            # a no or a later is most often the person to write to instead, tied to no one.
            or _ADDRESS.search(reading.text)
        )
    ):
        doubts.append(UNREAD_REFERRAL)
    elif (
        reading.intent in _TIME_INTENTS
        and (reading.times.proposed or not reading.referrals)
        and _ADDRESS.search(reading.text)
        and not (reading.referrals and _own_time_beside_referral(reading))
    ):
        # "Dana Lee (dana@…) handles this. She's free Thursday at 2": someone else's address
        # beside a time may make the time theirs, not an offer; and an address the reader
        # tied to no one may be the person to write to.
        doubts.append(UNREAD_REFERRAL)
    if (
        reading.copied_named
        and reading.intent is not Intent.REFERRAL
        and not reading.referrals
        and not reading.times.proposed
    ):
        # "I'm the wrong person for this. Adding Meera from our research group.": a person put
        # on the thread and named is most often the one the user should talk to, in whatever
        # words the reader does not know; read as a no, the user would lose the introduction.
        # With times ("Anna is free Tuesday at 8", from her assistant) they are whom the
        # meeting is with.
        doubts.append(COPIED_NAMED)
    if reading.anchored and reading.intent is Intent.ACCEPT:
        # "> Tue 10am PT" then "Can't do that one. How about 11 Mountain the same day?": a
        # counter at the user's own instant. A yes under the line is left to the user too.
        doubts.append(ANCHORED_PICK)
    if (
        (
            reading.intent in (Intent.RESCHEDULE, Intent.OTHER, Intent.ACCEPT)
            and not reading.times.proposed
            and _moves_by(reading.text)
        )
        or _pick_moved_by_length(reading)
        or _defer_by_length(reading)
    ):
        # "Could we push it back an hour?": a reschedule with no window reads as "send new
        # times", but this one says where the meeting goes, relative to a slot the reader
        # does not move. "Updated the invite - we're now 30 min later. Hope that's ok!" is
        # no mere yes either.
        doubts.append(SHIFT_UNREAD)
    if (
        reading.intent is Intent.OTHER
        and reading.written is not None
        and date_against_itself(reading.text, reading.written.date()) == "impossible"
    ):
        # "Possiamo il 31 novembre alle 15?": with no such day the offer was lost with it.
        doubts.append(IMPOSSIBLE_DATE)
    if SAME_TIME.search(reading.text) and (
        not reading.times.proposed or _old_slot_off_the_meeting(reading)
    ):
        # "Same time Thursday?" with the time only in the quoted thread (or nowhere).
        doubts.append(SAME_UNREAD)
    elif _same_time_day_dropped(reading):
        doubts.append(SAME_DAY_UNREAD)
    if _or_day_dropped(reading):
        doubts.append(OR_DAY_DROPPED)
    if reading.times.unread or (
        reading.intent in _TIME_INTENTS and _BARE_HOUR_UNREAD.search(reading.text)
    ):
        # Every time-like word must be accounted for: one the grammar could not read may be
        # the offer itself, whatever the wording ("Viertel nach drei", "monday 4ish").
        doubts.append(UNREAD_TIME)
    if _clock_in_defer(reading):
        doubts.append(TIME_AFTER_CONFLICT)
    if (
        reading.intent in (Intent.OTHER, Intent.RESCHEDULE)
        and not reading.times.proposed
        and _hour_asked(reading.words)
    ):
        # "How about 3 that day?", "Puedo a las 10, ¿qué día te va?": an hour put as a
        # question with no day the reader found; read as no offer at all, it would be lost.
        # So in a move ("¿Lo corremos para las 4 de la tarde, mismo día?"): no new time read.
        doubts.append(DAYLESS)
    if reading.intent in _TIME_INTENTS:
        if (
            reading.times.two_readings
            or reading.order_unsettled
            or day_or_place(reading.text)
            or _day_or_hour(reading)
            or _day_or_hour_dropped(reading)
            or _offer_on_the_wrong_clock(reading)
            or _month_first_in_day_first_words(reading)
        ):
            doubts.append(TWO_READINGS)
        if reading.times.tangled:
            doubts.append(TANGLED)
        if reading.times.proposed and _left_out_offered(reading):
            doubts.append(LEFT_OUT)
        if _offer_on_day_busy_until(reading):
            doubts.append(BUSY_UNTIL)
        if _hours_as_offers(reading):
            doubts.append(HOURS_AS_OFFERS)
        days = {w.start.date() for w in reading.times.proposed}
        if (
            reading.written is not None
            and weekday_against_day(reading.text, reading.written.date(), days)
            or bracketed_day_missed(reading.text, days)
        ):
            doubts.append(WEEKDAY_AGAINST_DAY)
        elif reading.written is not None and (
            slip := date_against_itself(reading.text, reading.written.date())
        ):
            doubts.append(_DATE_DOUBTS[slip])
        elif _rolled_a_year(reading):
            doubts.append(JUST_PAST_DATE)
        if reading.written is not None and (
            next_weekday_split(reading.text, reading.written.date())
            or week_on_unsettled(reading.text, reading.written.date())
        ):
            doubts.append(NEXT_WEEKDAY_SPLIT)
        if reading.picked and (
            len(reading.times.mentions) > 1
            or (_CLOCK.search(reading.text) and not _clocks_are_the_pick(reading))
            or _BARE_HOUR.search(reading.text)
            or _bound_cuts_pick(reading)
        ):
            # "My last meeting ends at 4pm Thursday, so any time after that works": a time
            # written in the reply that was not read as the pick.
            doubts.append(PICK_BESIDE_TIMES)
        elif _other_offer_named(reading):
            doubts.append(PICK_BESIDE_TIMES)
        if (reading.times.stated and not _names_the_meeting(reading)) or (
            reading.times.proposed and _in_history(reading.words)
        ):
            doubts.append(STATED)
        if _time_of_another_event(reading):
            doubts.append(OTHER_EVENT_TIME)
        if reading.times.dayless or (
            reading.intent in (Intent.ACCEPT, Intent.RESCHEDULE)
            and not reading.times.proposed
            and not reading.link
            and (_CLOCK.search(reading.text) or _BARE_HOUR.search(reading.text))
        ):
            # A yes, or a move ("Podemos remarcar às 17h?"), that writes a clock time the
            # reader could not place: read without it, the move would only ask for new times.
            doubts.append(DAYLESS)
        if (
            reading.intent is Intent.RESCHEDULE
            and not reading.times.proposed
            and _DAY_THEN_HOUR.search(reading.text)
        ):
            # "sorry something came up, can we do wed 3 instead": a move to a weekday and a
            # bare hour the grammar leaves unread; read without it, it only asks for times.
            doubts.append(UNREAD_TIME)
        if reading.times.proposed and _bare_hour_unread(reading):
            # "Tuesday: can't do 3, but 4 works (your time). Or Wed the 10th at 9 Mountain.":
            # only Wednesday was read; the hour on Tuesday is missing from the offers.
            doubts.append(UNREAD_TIME)
        if reading.times.timeless_day and reading.intent is not Intent.RESCHEDULE:
            doubts.append(DAY_WITHOUT_TIME)
        elif reading.intent is not Intent.RESCHEDULE and _last_day_timeless(reading):
            # "Thursday at 3 works. Or Wednesday.": a second pick, or a day with no time.
            doubts.append(DAY_WITHOUT_TIME)
        if (
            reading.intent is Intent.ACCEPT
            and not reading.times.proposed
            and len(reading.offered) > 1
            and not reading.link
            and (
                said(PICK, reading.text)
                or points_at_one(reading.text)
                # "Wednesday no; Thursday yes!": a day said with no pick the reader took.
                or _names_a_day(reading.text)
                or _SHORT_DAY_ANSWERED.search(reading.text)
            )
            and not _ANY.search(reading.text)
        ):
            doubts.append(WHICH_PICK)
        if (
            reading.intent is Intent.ACCEPT
            and not reading.times.proposed
            and len(reading.offered) > 1
            and not reading.link
            and _ANY.search(reading.text)
            and (
                _names_a_day(reading.text)
                or PART_OF_DAY.search(reading.text)
                or names_some_places(reading.text)
            )
        ):
            # "Either of the afternoon ones is fine, you pick", "either of the first two": some
            # of the user's times, not all of them; which ones the reader would have to work
            # out from the qualifier.
            doubts.append(WHICH_PICK)
        if (
            reading.yours_against_placed
            or _one_instant_twice(reading)
            or (
                reading.intent is Intent.PROPOSE_TIMES
                and (
                    picks_on_own_clock(_after_taking_back(reading))
                    # Two or more offers read: the checked clock may be one of them, misplaced.
                    or (len(reading.times.proposed) > 1 and _CLOCK_CHECKED.search(reading.text))
                )
            )
        ):
            # "Tuesday works - that's 1pm for me in SF": the sender's clock for the day picked,
            # read on the Date header's clock as a new time.
            doubts.append(RESTATED_AS_OFFER)
        elif reading.intent is Intent.ACCEPT and _pick_restated_off(reading):
            doubts.append(RESTATED_AS_OFFER)
        if (
            _several_of_theirs(reading)
            or _holds_one_of_theirs(reading)
            or _part_beside_their_time(reading)
            or _theirs_then_but(reading)
        ):
            doubts.append(WHICH_PICK)
        if _another_date(reading):
            doubts.append(OTHER_DATE)
        if _place_against_time(reading):
            doubts.append(PLACE_AGAINST_TIME)
        if _taken_after_all_refused(reading):
            doubts.append(TAKEN_AFTER_ALL_REFUSED)
        if reading.user_zone_unplaced:
            doubts.append(USER_ZONE_UNPLACED)
        if reading.zone_unread and (reading.times.proposed or reading.picked):
            doubts.append(ZONE_UNREAD)
        if reading.reply_zone_unread and (reading.times.proposed or reading.picked):
            doubts.append(REPLY_ZONE_UNREAD)
        if reading.sender_elsewhere:
            doubts.append(SENDER_ELSEWHERE)
        if reading.ambiguous_name and (reading.times.proposed or reading.picked):
            doubts.append(ZONE_NAME_AMBIGUOUS)
        if _zones_differ(reading) or reading.times.zones_mixed:
            doubts.append(ZONELESS)
        if (
            reading.intent is Intent.RESCHEDULE
            and len(reading.offered) > 1
            and not reading.times.proposed
            and reading.agreed is None
            and not NAMES_OUR_MEETING.search(reading.text)
        ):
            # "Could we push this to the week of the 27th?" to the user's list of times: no
            # meeting was agreed, so "push" puts the chat off (a defer) or asks for other times.
            doubts.append(NOTHING_TO_MOVE)
        if (
            reading.intent is Intent.RESCHEDULE
            and reading.agreed is not None
            and any(w.start == reading.agreed.start for w in reading.times.proposed)
        ):
            # "I can no longer make Thursday at 3pm. Could we find another slot?": the slot
            # given up, read as where the meeting goes.
            doubts.append(MOVED_ONTO_ITSELF)
        if (
            reading.intent is Intent.PROPOSE_TIMES
            and any(m.role is Role.OLD for m in reading.times.mentions)
            and moved_to(reading.text, 0, len(reading.text))
        ):
            doubts.append(MOVE_UNMATCHED)
        if (_BEFORE_BOOKING.search(reading.text) and "?" in reading.text) or (
            # "Sure, possibly. What are you hoping to learn? If it's L&D, Thursday at 3 works.":
            # a yes said as a maybe, beside a question of its own, holds the time open.
            reading.intent is Intent.ACCEPT
            and "?" in reading.words
            and MAYBE_YES.search(reading.words)
            and asks_beside_when(reading.words)
        ):
            doubts.append(ASKS_BEFORE_BOOKING)
        if (
            reading.intent is Intent.RESCHEDULE
            and len(reading.offered) > 1
            and reading.agreed is None
            and _IF_MOVED.search(reading.text)
        ):
            # To the user's list of times nothing was agreed to move: the condition is a
            # counter-offer, or a pick the sender would like nudged.
            doubts.append(MOVE_AS_CONDITION)
        if _clock_changes_after_writing(reading):
            doubts.append(CLOCK_CHANGES)
        _not_an_answer(reading, doubts)
        if _WHAT_WAS_MEANT.search(reading.text) or asks_which_clock(reading.text):
            # "Did you mean Thursday at 3?", "Is Monday at 9 your time or mine?": the sender
            # asks about the user's words; the time they name is no answer yet.
            doubts.append(ASKS_WHAT_WAS_MEANT)
        if reading.written is not None and any(
            m.window.start < reading.written
            for m in reading.times.mentions
            if m.role in PROPOSED_ROLES
        ):
            doubts.append(PAST)
    return tuple(doubts)


# "Same time the following Thursday", "same time on the 20th", "same time the week after":
# the words that name the other day a "same time" moves the clock to.
_SAME_TIME_DAY = re.compile(
    rf"\b(?:{LONG_WEEKDAYS})\b"
    r"|\b[0-3]?\d(?:st|nd|rd|th)\b|\bweek[ \t]+after\b|\bfollowing[ \t]+week\b",
    re.IGNORECASE,
)


# "same time for you on Wednesday", "misma hora para ti el miércoles": the user's clock named
# right after "same time", the day after it.
_USERS_SIDE_AFTER = re.compile(rf"[ \t,]*(?:{SAME_TIME_USERS_SIDE})\b", re.IGNORECASE)


def _same_time_day_dropped(reading: Reading) -> bool:
    """Whether a "same time" names another day after it, and no offer on that day was read.

    "Could you do 9am that day instead? Same time the following Thursday also works": the
    second offer is the first one's clock on another day. Read with only the first, the
    reply would look certain with an offer dropped, so it stays in doubt.
    """
    windows = reading.times.proposed
    written = reading.written
    if reading.agreed is not None or not windows or written is None:
        return False
    booked = {w.start.date() for w in windows}
    home = reading.thread_tz or reading.home
    for a, b in sentence_spans(reading.text):
        for match in SAME_TIME.finditer(reading.text, a, b):
            # "… ce sera la même heure chez vous": a clock shared, no time repeated.
            after = reading.text[match.end() : b]
            if same_clock_said(reading.text, match) or not _SAME_TIME_DAY.search(after):
                continue
            if home is not None and _USERS_SIDE_AFTER.match(after):
                # "Thursday 9am NZ? Same time for you on Wednesday then": the user's clock
                # kept, on the day the offer falls on that clock; the day is the offer's own
                # there, no second offer.
                theirs = {w.start.astimezone(home).date() for w in windows}
                days = find_dates(after, written.date(), day_first=None, anchor=min(theirs))
                if days and all(_placed(after, d, theirs) for d in days):
                    continue
            # A bare weekday is placed after the first offer's date, as the reader places it.
            days = find_dates(after, written.date(), day_first=None, anchor=min(booked))
            if not any(_placed(after, d, booked) for d in days):
                return True
    return False


# "or thursday the 18th", "ou jeudi 1er avril", "oder Donnerstag, 1. April", "or Thursday at
# 10am": a second offer joined by "or" in the seven languages, its weekday spelled out and a
# day of the month or a clock right after it (one word between at most). A bare "or Thursday"
# ("I can't do Wednesday or Thursday this week") is no such offer.
_OR_DAY_DATED = re.compile(
    rf"\b(?:{'|'.join(sorted(OR_WORDS))})[ \t\n]+(?:(?:on|the|le|el|am|il|o|a|op)[ \t\n]+)?"
    rf"(?P<day>{LONG_WEEKDAYS})\b(?=,?[ \t\n]+(?:[^\W\d]+[ \t\n]+)?\d)",
    re.IGNORECASE,
)
# The sentence around the "or" refuses or says again the user's offers: "I can't do Monday or
# Tuesday 20th", "Monday or Tuesday 20th are full", "You offered Wednesday at 2pm or Thursday
# at 10am".
_OR_DAY_NOT_OFFERED = re.compile(
    r"\b(?:not|no|pas|nicht|kein\w*|non|não|niet|geen|nada|full|busy|offered|suggested"
    r"|proposed|mentioned)\b|n['’]t\b",
    re.IGNORECASE,
)


_CLAUSE_REACH = 200
_CLAUSE_STOP = re.compile(r"(?<!\d)[.!?;]")


def _or_day_dropped(reading: Reading) -> bool:
    """Whether the reply offers another weekday, dated, after "or", and no offer on it was read.

    "… so 9am here = 9pm for you. or thursday the 18th, same time": however such an offer is
    lost (talk of a clock change around it, an aside, an ordinal), read with the first offer
    alone the reply would look certain with the second dropped. Narrow on purpose: the weekday
    must have no read offer and no offer of the user's in the quoted thread on it, and the
    sentence around the "or" must neither refuse nor say the user's offers again. Weekdays only,
    no dates parsed: one look-up per match keeps a long line of times cheap.
    """
    windows = reading.times.proposed
    if reading.agreed is not None or not windows:
        return False
    weekdays = {w.start.weekday() for w in windows} | {w.start.weekday() for w in reading.offered}
    for match in _OR_DAY_DATED.finditer(reading.text):
        if WEEKDAYS.get(match["day"].lower()) in weekdays:
            continue
        # The clause before it, looked for no further back than a sentence's length.
        start = max(0, match.start() - _CLAUSE_REACH)
        opens = max(
            reading.text.rfind(stop, start, match.start()) for stop in (".", "!", "?", ";", "\n\n")
        )
        # "Monday or Thursday 11 March are full", "oder Donnerstag, 11. März geht es nicht":
        # the refusal may come after the days, within the sentence.
        # ("11." is a German date, no stop).
        ends = match.end() + _CLAUSE_REACH // 4
        if stop := _CLAUSE_STOP.search(reading.text, match.end(), ends):
            ends = stop.start()
        if not _OR_DAY_NOT_OFFERED.search(
            reading.text, max(opens + 1, start), match.start()
        ) and not _OR_DAY_NOT_OFFERED.search(reading.text, match.end(), ends):
            return True
    return False


def _placed(text: str, mention: DateMention, booked: set[date]) -> bool:
    """Whether the day a "same time" names is among the ``booked`` days.

    "the following Tuesday" is placed by the offer before it, not the day the reply was
    written: any booked day on that weekday up to a week after another booked day.
    """
    if not said_as_following(text, mention):
        return mention.day in booked
    return any(
        day.weekday() == mention.day.weekday()
        and any(0 < (day - other).days <= 7 for other in booked)
        for day in booked
    )
