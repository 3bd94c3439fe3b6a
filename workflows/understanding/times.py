"""Proposed time windows in a reply's new text.

Dates come from ``dates.py``; this module finds times of day ("3pm",
"15:00", "14h30", "15 Uhr", "a las 10", "2-4pm", "afternoon"), time zones
("PT", "15:00 CET", "Eastern time", "UTC+2") and pairs them within a
sentence:

- date first: "Tuesday 3pm or Wednesday 11am", "Monday or Wednesday
  afternoon" (a list of days shares the time after it), "Tue at 10 or 2pm";
- time first: "3pm PT on Friday" (a time binds to the next date).

A time with no date and a date with no time are not windows. The zone is
the one named next to the time, else one named elsewhere in the sentence,
else the only one named in the message, else the Date header's offset,
applied with that day's daylight-saving rules.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import cache, lru_cache
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from workflows.understanding.dates import (
    ANCHORS,
    LIST_GAP,
    SAME_DAY,
    THAT_DAY,
    DateMention,
    alternation,
    ambiguous_numeric,
    coming_weekdays_only,
    find_dates,
    iter_next_week,
    next_week_monday,
    said_as_following,
    says_next_week,
    settled_day_first,
)
from workflows.understanding.language import language_of
from workflows.understanding.links import points_at_link
from workflows.understanding.otherevents import about_something_else
from workflows.understanding.roles import (
    BUT_WORD,
    CONFLICT,
    PICK,
    PROPOSED_ROLES,
    Role,
    Roles,
    after_fallback,
    clauses,
    moved_to,
    moves_by_length,
    offer_worded,
    read_roles,
)
from workflows.understanding.sentences import sentence_spans
from workflows.understanding.verdict import TimeWindow
from workflows.understanding.vocab import (
    AFTER_WORDS,
    BEFORE_WORDS,
    CLOCK_CHANGE_TALK,
    CLOCK_GOES_BACK,
    CLOCK_GOES_FORWARD,
    CLOCK_LEAVES_SUMMER,
    DOMAIN_ZONES,
    ENGLISH_DAYS,
    HOUR_PARTS,
    MIDNIGHT_WORDS,
    MINUTE_WORDS,
    MONTHS,
    NAMES_NOT_WORN,
    NAMES_ZONEINFO_DROPPED,
    NOON_WORDS,
    OWN_CLOCK_AFTER,
    OWN_CLOCK_BEFORE,
    PARTS_OF_DAY,
    PLACE_ZONES,
    REGION_CLOCKS,
    REGION_CODES,
    SAME_TIME_SENDERS_SIDE,
    SAME_TIME_USERS_SIDE,
    SPELLED_MINUTES,
    US_CLOCKS,
    WEEKDAYS,
    ZONE_ABBREVIATIONS,
    ZONE_NAMES,
    bounding,
    fixed_offset,
    unaccented,
    zone,
)

_DASHES = frozenset("-–—")
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    # Dutch says the hour as "om drieën", "na vieren".
    "tweeën": 2, "drieën": 3, "vieren": 4, "vijven": 5, "zessen": 6, "zevenen": 7, "achten": 8,
    "negenen": 9, "tienen": 10, "elven": 11, "twaalven": 12,
}  # fmt: skip
# "donderdagmiddag", "Dienstagnachmittag": a day and its part written as one word.
_DAY_PART_COMPOUND = re.compile(
    r"\b((?:maan|dins|woens|donder|vrij|zater|zon)dag|(?:mon|diens|donners|frei|sams|sonn)tag"
    r"|mittwoch)(ochtend|middag|avond|vormittag|nachmittag|abend)\b",
    re.IGNORECASE,
)
# The space between a phrase's words, which a hard-wrapped line may turn into one line break
# ("à mesma\nhora").
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
# "same time Thursday", "à la même heure": the time of day given before.
SAME_TIME = re.compile(
    # "Estamos en la misma hora", "temos a mesma hora": the two share a clock, no time repeated.
    r"(?<!estamos en )(?<!estamos en la )(?<!tenemos )(?<!tenemos la )(?<!estamos na )"
    r"(?<!estamos com a )(?<!temos a )(?<!temos )(?<!estamos )"
    # "A partir del domingo vamos a estar en la misma hora": the clocks will agree from then.
    r"(?<!estar en la )(?<!estar en )(?<!estaremos en la )(?<!estaremos en )(?<!estar na )"
    r"(?<!estar no )(?<!estaremos na )(?<!estaremos no )(?<!estar )(?<!estaremos )"
    rf"\b(?:(?:the{_GAP})?same{_GAP}(?:time|slot|hour)|à{_GAP}la{_GAP}même{_GAP}heure"
    rf"|(?:le{_GAP})?même{_GAP}(?:créneau|heure)|a{_GAP}la{_GAP}misma{_GAP}hora|(?:la{_GAP})?misma"
    rf"{_GAP}hora|zur{_GAP}(?:gleichen|selben){_GAP}Zeit|(?:alla{_GAP})?stessa{_GAP}ora"
    rf"|(?:no{_GAP})?mesmo{_GAP}horário|(?:op{_GAP})?(?:het|de)?zelfde{_GAP}tijd(?:stip)?"
    rf"|(?:the{_GAP})?same{_GAP}window|(?:la{_GAP})?même{_GAP}plage|(?:la{_GAP})?misma{_GAP}franja"
    rf"|(?:zur{_GAP})?gleichen{_GAP}Zeit"
    # "Alternativ ginge die gleiche Zeit am Freitag": each language's other case and word.
    # "um dieselbe Zeit": the article and "selbe" written as one word.
    rf"|(?:die{_GAP})?(?:gleiche|selbe){_GAP}(?:Uhr)?[Zz]eit"
    rf"|(?:um{_GAP})?dieselbe{_GAP}(?:Uhr)?[Zz]eit"
    rf"|(?:zur{_GAP})?(?:gleichen|selben)"
    rf"{_GAP}Uhrzeit|(?:lo{_GAP})?stesso{_GAP}orario|(?:à{_GAP}|a{_GAP}|na{_GAP})?mesma{_GAP}hora"
    rf"|(?:el{_GAP})?mismo{_GAP}horario|(?:le{_GAP})?même{_GAP}horaire"
    # "0900 UTC on Monday 30 March, or the same on Tuesday 31st": the noun left out.
    rf"|(?<=\bor )the{_GAP}same(?={_GAP}on{_GAP}))\b"
    # "so same time zone as you": a clock shared, not a time repeated; so "misma hora que vos",
    # "mesma hora que você".
    r"(?![ \t-]*zones?\b)(?![ \t]+que[ \t]+(?:vos|tú|tu|usted|ustedes|você|vocês|ti|vous|toi)\b)",
    re.IGNORECASE,
)
# "ce sera la même heure chez vous", "it'll be the same time for you", "será la misma hora para
# ti": the clock the sender gave, the same on the user's side (or the sender's), is no time
# to repeat on another day.
_SAME_CLOCK_SAID = re.compile(
    r"\b(?:it['’]s|it[ \t]+is|it['’]ll[ \t]+be|it[ \t]+will[ \t]+be|that['’]s|that['’]ll[ \t]+be"
    r"|ce[ \t]+sera|c['’]est|ça[ \t]+fera|será|es|sarà|è|ist[ \t]+es|wird[ \t]+es|es[ \t]+ist"
    r"|is[ \t]+het|wordt[ \t]+het|é|vai[ \t]+ser)[ \t]+(?:(?:the|la|le|a|die|het|de|lo)[ \t]+)?$",
    re.IGNORECASE,
)
_SAME_CLOCK_SIDE = re.compile(
    rf"[ \t,]*(?:{SAME_TIME_USERS_SIDE}|{SAME_TIME_SENDERS_SIDE})\b", re.IGNORECASE
)


def same_clock_said(text: str, match: re.Match[str]) -> bool:
    """Whether a "same time" says the clock is the same on the other side (see above)."""
    return (
        _SAME_CLOCK_SAID.search(text, max(0, match.start() - 20), match.start()) is not None
        and _SAME_CLOCK_SIDE.match(text, match.end()) is not None
    )


# Hour words of the seven languages ("un", "une", "ein", "een", "uma" left out: articles too).
_HOUR_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|quatre|cinq|six|sept"
    "|huit|neuf|dix|onze|douze|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|zwei"
    "|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|due|tre|quattro|cinque|sei|sette|otto"
    "|nove|dieci|undici|dodici|duas|três|sete|oito|dez|doze|twee|drie|vijf|zes|zeven|negen|tien"
    "|twaalf"
)
# What a number before them counts: "about two years", "nove ore avanti" are no times of day.
_COUNTED = (
    r"years?|months?|weeks?|days?|hours?|minutes?|people|of|times|Jahren?|Monaten?|Wochen|Tagen?"
    r"|Stunden|Minuten|ans|années|mois|semaines|jours|heures|minutes|años|meses|semanas|días"
    r"|horas|minutos|anni|mesi|settimane|giorni|ore|minuti|anos|dias|jaar|maanden|weken|dagen"
    r"|uur|minuten|questions|things|options|ideas|points|reasons|names|folks|calls|meetings"
)
# "Fri first thing", "Thu EOD": a time of day in words the grammar has no clock for.
_VAGUE_TIME = (
    r"\bfirst[ \t]+thing\b|\b(?-i:EOD|COB)\b|\bend[ \t]+of[ \t]+(?:the[ \t]+)?day\b"
    r"|\bclose[ \t]+of[ \t]+business\b"
)
# Anything written like a time of day, in any language, whether or not the grammar above reads
# it. What the grammar leaves unread ("Viertel nach drei", "4ish", "um drei") may be an offer the
# reader missed, so the reply is not read with certainty (one rule, not one per wording).
_TIME_LIKE = re.compile(
    r"(?<![\w:./@$€£-])(?:[01]?\d|2[0-3])(?:[:.hu][0-5]\d)?[ \t]?(?:[ap]\.?m\b|hs?\b|uhr\b|uur\b"
    r"|(?<=\d)u\b"
    # "3p", "10:30a" written short on a phone.
    r"|(?<=\d)[ap]\b(?![.'’]\w)"
    r"|-?ish\b(?![ \t]+(?:min|hours?|people|years?|days?|weeks?)))"
    r"|(?<![\w:./@$€£-])(?:[01]?\d|2[0-3])[:h][0-5]\d(?!\d)"
    # "15.30 CET", "om 9.45": a dotted time, unless it is an amount or a version.
    r"|(?<![\w:./@$€£-])(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d%.,]|[ \t]*(?:%|[€$£]|eur|usd|k\b|m\b"
    r"|km|kg|mi\b|miles|x\b))"
    # "at 2 or 3", "10 or 11 am": a bare hour listed beside a time.
    rf"|\b(?:or|ou|oder|o)[ \t]+(?:1[0-2]|[1-9])\b(?![:.,/%]?\d|[ \t]*(?:{_COUNTED}|%))"
    r"|\b(?:1[0-2]|[1-9])(?=[ \t]+(?:or|ou|oder|of|and|to)[ \t]+(?:1[0-2]|[1-9])(?:[:.][0-5]\d)?"
    r"[ \t]*(?:[ap]\.?m\b|h\b|uhr\b|[A-Z]{2,4}\b))"
    # "thurs morning say 10", "fri morning 10 works", "Donnerstag Vormittag 10": a bare hour
    # right after a part of the day (or after "say") narrows it, which the grammar reads only
    # after "at" or "around".
    r"|(?:(?<=morning[ \t])|(?<=morning,[ \t])|(?<=afternoon[ \t])|(?<=afternoon,[ \t])"
    r"|(?<=evening[ \t])|(?<=\bam[ \t])|(?<=\bpm[ \t])|(?<=\bsay[ \t])|(?<=mittag[ \t])"
    r"|(?<=mittag,[ \t])|(?<=matin[ \t])|(?<=aprem[ \t])|(?<=disons[ \t])|(?<=wir[ \t])"
    rf"|(?<=mattina[ \t])|(?<=ochtend[ \t])|(?<=middag[ \t]))(?:1[0-2]|[1-9])\b"
    rf"(?![:.,/%]?\d|[ \t]*(?:{_COUNTED}|%))"
    # "can we bump to 330", "make it 1030", "à 1630": a clock typed with no colon after a cue.
    r"|(?:"
    + "|".join(
        # Lower case only: "OM 335" is a course, not Dutch "om".
        rf"(?-i:(?<=\b{cue}[ \t]))"
        for cue in ("to", "at", "it", "à", "las", "um", "om", "alle", "às")
    )
    # Not "call me at 312-555-0177": a phone number.
    + r")(?:1[0-2]|[1-9]|1[3-9]|2[0-3])[0-5]\d\b"
    rf"(?![:.,/%-]?\d|[ \t]*(?:{_COUNTED}|%))"
    # "could we push to 11?": a bare hour a moved meeting goes to.
    r"|\b(?:push|move|shift|bump)(?:[ \t]+(?:it|that))?(?:[ \t]+(?:back|out))?[ \t]+to[ \t]+"
    rf"(?:1[0-2]|[1-9])\b(?![:.,/%]?\d|[ \t]*(?:{_COUNTED}|%))"
    rf"|\b(?:one|{_HOUR_WORDS})(?:ish|[ \t]+o['’]clock)\b"
    rf"|\b(?:{_HOUR_WORDS})[ \t]+uhr\b"
    r"|\b(?:half|quarter|viertel|dreiviertel|halb|kwart)[ \t]+(?:(?:past|to|after|nach|vor|over"
    rf"|voor)[ \t]+)?(?:one|{_HOUR_WORDS}|1[0-2]|[1-9])\b"
    # Dutch "om onze afspraak" is "for our meeting": "onze" is eleven only in the south.
    # Portuguese "qualquer um dos dois" is "either of the two": German "um" takes no Spanish two.
    r"|\b(?!(?:om|rond)[ \t]+onze\b|um[ \t]+dos\b)(?:at|around|about|um|gegen|à|vers|a[ \t]+las"
    r"|sobre[ \t]+las|alle|verso[ \t]+le|às|om"
    rf"|rond)[ \t]+(?:{_HOUR_WORDS})\b(?![ \t]+(?:{_COUNTED}))"
    r"|\b(?:et[ \t]+(?:demie|quart)|moins[ \t]+le[ \t]+quart|y[ \t]+media|y[ \t]+cuarto"
    r"|menos[ \t]+cuarto|e[ \t]+mezza|e[ \t]+un[ \t]+quarto|e[ \t]+meia)\b"
    rf"|\b(?:{'|'.join(MIDNIGHT_WORDS + NOON_WORDS)})(?:-?ish)?\b"
    rf"|{SAME_TIME.pattern}"
    rf"|{_VAGUE_TIME}",
    re.IGNORECASE,
)
# The sender's own side of the clock, after a time: "4pm for me", "même heure pour moi".
# Right after a clock ("9 ", "9h ", "9 Uhr "): where a possessive names whose clock it is.
_RIGHT_AFTER_CLOCK = r"(?:(?<=\d[ \t])|(?<=\dh[ \t])|(?<=Uhr[ \t])|(?<=uur[ \t]))"
_MY_SIDE = r"for me|pour moi|chez moi|para mí|für mich|bei mir|per me|para mim|voor mij|bij mij"
# "bei uns ist es dann 15:30", "here it's 3pm", "aquí son las 15", "chez nous c'est 16h": the
# sender's place, which restates a time only with a verb after it ("bei uns" alone is also
# where a meeting happens).
_OUR_SIDE = r"here|bei uns|chez nous|aquí|acá|aqui|da noi|qui|bij ons|ici|hier"
# "16h hora de Perth, aqui 9h", "a las 10 (Perth), acá las 23 h": after a comma, the sender's
# side with no verb, as a short answer writes it, is the clock before said again.
_BARE_SIDE = (
    r",[ \t]*(?:aqui|aquí|acá|cá|ici|here|qui|hier|bei[ \t]+uns|chez[ \t]+nous|da[ \t]+noi"
    r"|bij[ \t]+ons)(?:[ \t]+(?:as|às|las|les|le|um))?"
)
# "3 pm para los dos", "10h pour nous deux": one clock said for both sides, the same instant.
_BOTH_SIDES = (
    r"for (?:both of us|us both|the two of us)|para (?:los dos|ambos|nosotros dos|nós dois|os dois)"
    r"|pour nous deux|pour tous les deux|für uns beide|per entrambi|per tutti e due"
    r"|voor ons (?:allebei|beiden)"
)
# A clock right after a vague time ("first thing, like 7:30", "EOD (5:30)") says which; "first
# thing, or Mon 3/8" leaves it unsaid. "same time for me (8am PT)", "misma hora (las 9)": the
# clock in brackets is the one the sender keeps, so nothing is left unread; so is the clock
# after a comma, with the word each language puts before a clock ("misma hora, las 16:00",
# "stessa ora, alle 16").
_VAGUE_SAID = re.compile(
    rf"(?:{_VAGUE_TIME}|{SAME_TIME.pattern})(?:[ \t]+(?:{_MY_SIDE}))?"
    r"[ \t,(~-]*(?:(?:like|say|so|at|around|about|ish|a[ \t]+las|las|à|às|as|alle|le|um|om)"
    r"[ \t,(~]*)?$",
    re.IGNORECASE,
)
_NOT_TIME_TEXT = re.compile(
    r"\b(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|me|co|example)/\S*"
    # The lookbehind starts an address only where a run of address characters starts: without
    # it a long run with no "@" is rescanned from every position (minutes on hostile input).
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+",
    re.IGNORECASE,
)
# German "halb fünf" and Dutch "half vijf" name the hour the half-hour leads to.
_GERMAN_HOURS = {
    2: "zwei", 3: "drei", 4: "vier", 5: "fünf", 6: "sechs", 7: "sieben", 8: "acht", 9: "neun",
    10: "zehn", 11: "elf", 12: "zwölf",
}  # fmt: skip
_DUTCH_HOURS = {
    2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht", 9: "negen",
    10: "tien", 11: "elf", 12: "twaalf",
}  # fmt: skip
_HOUR_BEFORE_HALF = {
    word: hour for table in (_GERMAN_HOURS, _DUTCH_HOURS) for hour, word in table.items()
} | {"fuenf": 5}
# The hours Spanish, Italian, Portuguese and French spell after "a las", "alle", "às", "à".
_ROMANCE_HOURS = {
    "una": 1, "une": 1, "uma": 1, "dos": 2, "due": 2, "duas": 2, "deux": 2, "tres": 3, "tre": 3,
    "três": 3, "trois": 3, "cuatro": 4, "quattro": 4, "quatro": 4, "quatre": 4, "cinco": 5,
    "cinque": 5, "cinq": 5, "seis": 6, "sei": 6, "six": 6, "siete": 7, "sette": 7, "sete": 7,
    "sept": 7, "ocho": 8, "otto": 8, "oito": 8, "huit": 8, "nueve": 9, "nove": 9, "neuf": 9,
    "diez": 10, "dieci": 10, "dez": 10, "dix": 10, "once": 11, "undici": 11, "onze": 11,
    "doce": 12, "dodici": 12, "doze": 12, "douze": 12,
}  # fmt: skip
_WORD_MINUTES = {"thirty": 30, "fifteen": 15, "forty-five": 45, "forty five": 45}
# Bare hours people use for both breakfast and after-work chats.
_EITHER_HALF = frozenset({"6", "7", "8", "six", "seven", "eight"})
# "late Thursday", "early Tuesday": the end or start of the working day.
_EDGES = {"late": (time(15), time(17)), "early": (time(9), time(11))}
# A time with "after" before it runs to the end of the working day.
_END_OF_DAY = time(17)

_AMPM = r"(?:[ \t]?(?P<{0}>[ap])\.?m\b\.?)"
_HM = r"(?P<{0}>[012]?\d)(?:[:.](?P<{1}>[0-5]\d))?"
# Flemish "15u", "9u30": the French "15h", "9h30" (not a "u" that starts a word).
_FLEMISH_U = r"u(?=[0-5]\d(?!\d)|\b)"
_RANGE_SEP = r"[ \t]*(?:-|–|—|to|till|until|and|et|à|a|y|bis|hasta)[ \t]*(?:las[ \t]+)?"
_RANGE_ARTICLE = r"(?:las|les|le|la|as|os)"
_PARTS = "|".join(sorted(map(re.escape, PARTS_OF_DAY), key=len, reverse=True))
# "mornings", "les matinées": a part of the day as a word, plural or not.
_NAMED_PART = re.compile(rf"(?<![\w-])(?:{_PARTS})s?(?![\w-])", re.IGNORECASE)
# What after a cued bare hour makes it no clock: an am/pm the full time reads, or a count of
# things ("at 3 sites", "after 2 hours").
_NOT_A_CLOCK_AFTER = (
    r"(?![ \t]*(?:[ap]\.?m\b|%|min|hour|hr|day|week|month|year|people|person|of"
    r"|or[ \t]+more|sites?\b|offices?\b|locations?\b|teams?\b|companies\b|clients?\b"
    r"|kids\b|children\b|projects?\b|reports?\b|PMs\b))"
)
# The words after which "tipo" is "around" a clock (see the "tipo" pattern below).
_AROUND_AFTER = (
    "tarde",
    "mañana",
    "noche",
    "manhã",
    "noite",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "segunda",
    "terça",
    "quarta",
    "quinta",
    "sexta",
    "feira",
)
# "until 3 on Thursday, free after", "till 1, then free", "jusqu'à 16h, après je suis libre":
# the sender is free from where the busy spell ends (and offers no other clock after).
_FREE_FROM_THEN = (
    r"\W*(?:[^\W\d]+\W+){0,3}?(?:(?:free|available|open|clear)\W+(?:after(?:wards)?|from then)"
    r"|(?:then|after(?:wards)?|after that)\W+(?:i'?m\W+|i am\W+)?(?:free|available|open|clear)"
    r"|après\W+(?:c'est bon|je suis (?:libre|disponible))|después\W+estoy libre"
    r"|danach\W+(?:bin ich )?frei)\b"
    # "until 3 on Friday, then free - say 3:30?": a clock after it is the offer.
    r"(?![^.?!\n]*\d)"
)
_TIME_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # 2-4pm, 10am-12, 11:30am to 1pm, between 2 and 4pm
    (
        "range12",
        re.compile(
            # "9ish-11am": a start said roughly is still the range's start.
            rf"(?<![\d:.])(?:(?:from|between)[ \t]+)?{_HM.format('h1', 'm1')}"
            rf"{_AMPM.format('a1')}?(?:-?ish)?{_RANGE_SEP}"
            rf"{_HM.format('h2', 'm2')}{_AMPM.format('a2')}",
            re.IGNORECASE,
        ),
    ),
    # 14:00-15:30, 14h-16h, 14h à 16h, 14 bis 16 Uhr, de 10 a 12, between 2 and 4, 9-12
    (
        "range24",
        re.compile(
            # "I'm usually free 8 to 10": being free says the numbers are hours.
            r"(?<![\d:.])(?:(?P<lead>from|between|de|entre|von|zwischen|dalle|das|van|tussen"
            r"|tra[ \t]+le"
            r"|free|available|libre|disponible|frei|libero|disponibile|livre|vrij)"
            # "entre as 15h e as 16h30", "entre les 15h et 16h": an article may follow either word.
            rf"[ \t]+(?:{_RANGE_ARTICLE}[ \t]+)?)?"
            # "tussen 15.30 en 16.30": a dotted time counts when its minutes follow the dot;
            # "tussen 9u en 10u": the Flemish "u" is the French "h".
            rf"(?P<h1>[012]?\d)(?:(?P<s1>[:h]|{_FLEMISH_U}|\.(?=[0-5]\d))(?P<m1>[0-5]\d)?"
            r"|[ \t]*h\b)?"
            r"(?:-?ish)?[ \t]*(?:uhr[ \t]*|uur[ \t]*)?"
            r"(?P<sep>-|–|—|to|till|until|and|et|à|a|y|e|bis|und|hasta|alle|às|tot|en)"
            rf"[ \t]*(?:{_RANGE_ARTICLE}[ \t]+)?"
            rf"(?P<h2>[012]?\d)(?:(?P<s2>[:h]|{_FLEMISH_U}|\.(?=[0-5]\d))(?P<m2>[0-5]\d)?"
            r"|[ \t]*(?P<uhr>uhr|uur)\b|[ \t]*h\b)?(?:-?ish\b)?"
            r"(?![\d/]|[ \t]*(?:%|min|hour|hr|day|week|month|year|people|person|times|x\b))",
            re.IGNORECASE,
        ),
    ),
    # 3pm, 3:30 p.m., 10.30am
    ("time12", re.compile(rf"(?<![\d:.]){_HM.format('h', 'm')}{_AMPM.format('a')}", re.IGNORECASE)),
    # "Thu 3p ET", "10:30a works": the mobile short form, with a zone or a pause after it.
    (
        "time12",
        re.compile(
            r"(?<![\w:.])(?P<h>1[0-2]|[1-9])(?::(?P<m>[0-5]\d))?(?P<a>[ap])"
            r"(?=[ \t]*(?:(?-i:[A-Z]{2,4})\b|[,!?)]|$)|[ \t]+(?:or|and|works|would|is|on)\b)",
            re.IGNORECASE | re.MULTILINE,
        ),
    ),
    # 15:00, 14h30, 14h, 15 Uhr, 9.30 Uhr
    (
        "time24",
        re.compile(
            # Flemish "15u", "9u30" is the French "15h", "9h30".
            rf"(?<![\d:.])(?P<h>[012]?\d)(?:(?P<s>[:h]|{_FLEMISH_U})(?P<m>[0-5]\d)?(?![\d])"
            r"|[.](?P<m2>[0-5]\d)[ \t]*(?:uhr|uur)|[ \t]*(?P<uhr>uhr|uur)\b"
            # "13 hs": the River Plate's "h".
            r"|[ \t]+(?P<sh>hs?)\b)",
            re.IGNORECASE,
        ),
    ),
    # "um 9.30", "om 16.00", "alle 11.30", "10.30 BST": a dotted clock, read only with a word
    # that makes it a time before it or a zone after it ("10.000" and "v2.30" are no times).
    (
        "dotted",
        re.compile(
            r"(?:\b(?P<cue>at|around|about|after|um|gegen|ab|om|rond|alle|dalle|verso[ \t]+le|à"
            # "na 15.00", "vanaf 15.00", "voor 11.00": Dutch bounds of a dotted clock.
            r"|na|vanaf|voor"
            r"|vers|às|a[ \t]+las|a[ \t]+la|desde[ \t]+las|dès"
            # "(jouw 7.30)", "(your 7.30)": the user's clock named back is a time too.
            r"|jouw|uw|your|votre|tuas?|suas?|le[ \t]+tue"
            # "our 4.15 tomorrow", "mijn 9.30": a meeting called by its clock.
            r"|our|my|onze|mijn"
            # "kl. 14.00": the Scandinavian mark of a clock, in English written from there too.
            r"|kl\.?)[ \t]+"
            # "cancel today's 5.30", "Thursday's 2.15", "tomorrow's 9.45": a day's meeting, by
            # its clock (the day is a date's span, so it stays outside the match).
            r"|(?P<owned>(?<=day['’]s[ \t])|(?<=row['’]s[ \t])|(?<=ght['’]s[ \t]))"
            r"|(?<![\w:./@$€£-]))"
            r"(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)(?![\d%]|[.,]\d)"
            r"(?(cue)(?![ \t]*(?:%|[€$£]|eur|usd|km|kg|mi\b|miles|x\b))"
            r"|(?(owned)(?![ \t]*(?:%|[€$£]|eur|usd|km|kg|mi\b|miles|x\b))|(?=[ \t]?(?:"
            + "|".join(sorted(ZONE_ABBREVIATIONS, key=len, reverse=True))
            # "Dat is 17.00 bij jou", "dus 17.30 in Seoul": a side or a place after it.
            + r")\b|[ \t]+(?:bij[ \t]+(?:jou|u|ons|mij)|bei[ \t]+(?:Ihnen|dir|uns|mir)"
            + r"|in[ \t]+(?-i:[A-Z])[a-zà-ÿ]))))",
            re.IGNORECASE,
        ),
    ),
    # at 10, à 10, a las 10, um 10, around 4, after 2
    (
        "cued",
        re.compile(
            r"\b(?P<cue>at|around|about|after|à|vers|après|a[ \t]+las|a[ \t]+la|sobre[ \t]+las"
            # "cioè le 14 da noi": the hour said again, with its article, after "that is".
            r"|(?<=cioè[ \t])le|(?<=ossia[ \t])le"
            # "(le 8 di mattina ad Anchorage)": the article, with the part of the day after.
            r"|le(?=[ \t]+[012]?\d[ \t]+(?:di|del|della)[ \t]+(?:mattin[ao]|pomeriggio|sera"
            r"|notte)\b)"
            # "que son las 16 para ti": the hour with its verb, on the user's side ("acá son las
            # 12" after "el miércoles 10 tuyo" is only the sender's reading of the user's 10).
            r"|(?:(?<=son[ \t])|(?<=serán[ \t])|(?<=serían[ \t]))las(?=[ \t]+\d{1,2}(?::\d\d)?"
            r"[ \t]+(?:para[ \t]+(?:ti|vos|usted)|allá|ahí)\b)"
            r"|después[ \t]+de[ \t]+las|a[ \t]+partir[ \t]+d(?:e[ \t]+las|as)|um|gegen|nach"
            # "a eso de las 13": "around".
            r"|a[ \t]+eso[ \t]+de[ \t]+las"
            # "dopo le 15", "depois das 15", "após as 15", "before 11", "antes de las 11",
            # "prima delle 11": the plural article before a bare number is the hour's ("dopo
            # il 15", "depois do dia 15" are dates).
            r"|dopo[ \t]+le|depois[ \t]+das|após[ \t]+as|before|antes[ \t]+d(?:e[ \t]+las|as)"
            r"|prima[ \t]+delle"
            r"|alle|dalle|verso[ \t]+le|às|om|rond|kl\.?)"
            r"[ \t]+(?P<h>[012]?\d)(?![\d:/h-]|\.\d|u(?:[0-5]\d)?\b|[ \t]+h\b)"
            # "at 8pm", "at 6 a.m.": the full time (time12) reads those.
            rf"{_NOT_A_CLOCK_AFTER}",
            re.IGNORECASE,
        ),
    ),
    # "I'm free Thursday from 2", "Friday from 10 on": a bare hour after "from" right after a
    # day or a part of one ("Wednesday afternoon from 3"; elsewhere "from 2" counts other
    # things: "apart from 2 calls", "from 3 sites").
    (
        "cued",
        re.compile(
            r"(?:(?<=day[ \t])|(?<=noon[ \t])|(?<=morning[ \t])|(?<=evening[ \t])"
            r"|(?<=noon,[ \t])|(?<=morning,[ \t])|(?<=evening,[ \t]))"
            r"(?P<cue>from)[ \t]+(?P<h>1[0-2]|[1-9])(?![\d:/h-]|\.\d|[ \t]+h\b)"
            rf"{_NOT_A_CLOCK_AFTER}",
            re.IGNORECASE,
        ),
    ),
    # "en la tarde tipo 3", "el lunes tipo 10", "de manhã tipo 9": Spanish and Portuguese
    # "tipo" is "around" right after a day or a part of one ("diabetes tipo 2" is a kind).
    (
        "cued",
        re.compile(
            "(?:"
            + "|".join(f"(?<={word}[ \t])" for word in _AROUND_AFTER)
            # "el jueves tipo 13": on the 24-hour clock too.
            + r")(?P<cue>tipo)[ \t]+(?P<h>1\d|2[0-3]|[1-9])(?![\d:/h-]|\.\d|[ \t]+h\b)"
            rf"{_NOT_A_CLOCK_AFTER}",
            re.IGNORECASE,
        ),
    ),
    # "tied up till 2 but free after", "in meetings until 3": where a busy (or free) spell
    # ends, its cue left before the match so the roles read it as an end.
    (
        "cued",
        re.compile(
            r"(?<=(?P<cue>until| till)[ \t])(?P<h>1[0-2]|[1-9])(?![\d:/h-]|\.\d|[ \t]+h\b)"
            rf"{_NOT_A_CLOCK_AFTER}(?={_FREE_FROM_THEN})",
            re.IGNORECASE,
        ),
    ),
    # "Thursday arvo, say 3?", "shall we say 4?": a bare hour put forward by "say", closing
    # its clause ("say 2 things" counts).
    (
        "cued",
        re.compile(
            r"(?:(?<=,[ \t])|(?<=we[ \t])|(?<=let's[ \t])|(?<=let’s[ \t]))(?P<cue>say)[ \t]+"
            r"(?P<h>1[0-2]|[1-9])(?=[ \t]*(?:[?.!,;]|$))",
            re.IGNORECASE | re.MULTILINE,
        ),
    ),
    # "Thursday is best. 2 or 4pm?", "9 or 10am?", "2 or 2:30?": a bare hour listed before a
    # clock, with no cue word before it, is a clock of the same list.
    (
        "cued",
        re.compile(
            r"(?<![\w:./@$€£,-])(?P<h>1[0-2]|[1-9])(?=[ \t]+(?:or|ou|oder|o|of)[ \t]+"
            r"(?:1[0-2]|[1-9])(?:[ \t]*(?:[ap]\.?m\b|h\b|uhr\b|uur\b)|[:.h][0-5]\d\b))"
        ),
    ),
    # 1400 GMT, 0930 CET, 1500hrs: four digits only with a zone or "hrs" after them.
    (
        "military",
        re.compile(
            r"(?<![\d:.,])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?=[ \t]?(?:hrs|h|"
            + "|".join(sorted(ZONE_ABBREVIATIONS, key=len, reverse=True))
            + r")\b)"
        ),
    ),
    # "Thursday 10 ET / 7 PT": a bare hour that a zone after it makes a time.
    (
        "zoned",
        re.compile(
            r"(?<![\d:.,/-])(?P<h>1[0-2]|[1-9])(?=[ \t]?(?:"
            + "|".join(sorted(ZONE_ABBREVIATIONS, key=len, reverse=True))
            + r")\b)"
        ),
    ),
    # "thu 2 pacific = 4 central": so is a region's clock by its name alone. Not a range's end
    # ("anytime 8 to 9 Central" is read as the range), nor a region's name in a place's ("4
    # Central Park", "2 Eastern Avenue").
    (
        "zoned",
        re.compile(
            r"(?<![\d:.,/-])(?<![-–][ \t])(?<!to[ \t])(?<!and[ \t])(?<!til[ \t])(?<!till[ \t])"
            r"(?<!until[ \t])"
            rf"(?P<h>1[0-2]|[1-9])(?=[ \t](?i:{REGION_CLOCKS})\b"
            r"(?![ \t]+(?:(?!(?i:time|standard|daylight)\b)[A-Z]|(?i:park|ocean|coast|avenue"
            r"|street|road|station|campus|office|region)\b)))"
        ),
    ),
    # "half past two", "at quarter to 3", "at two thirty", "around four o'clock"
    (
        "spoken",
        re.compile(
            r"\b(?:(?P<cue>at|around|about|after|om|na|rond)[ \t]+)?"
            r"(?:(?P<frac>half|quarter)[ \t]+(?P<dir>past|to|after)[ \t]+)?"
            # "at half past 11.": the full stop after a half or quarter ends the sentence.
            rf"(?P<w>{'|'.join(_NUMBER_WORDS)}|1[0-2]|[1-9])(?(frac)(?![\d:]|\.\d)|(?![\d:.]))"
            r"(?P<ish>-?ish\b)?"
            r"(?:[ \t]+(?P<wm>o'clock|o’clock|thirty|fifteen|forty[- ]five))?"
            r"(?:[ \t]*(?P<a>[ap])\.?m\b\.?)?"
            r"(?![ \t]+(?:of|point|time|more|another|people|person|or[ \t]+(?:two|three)"
            r"|years?|months?|weeks?|days?|hours?|minutes?|decades?)\b)",
            re.IGNORECASE,
        ),
    ),
    # "a las nueve y media", "alle 8 e mezza", "às 8 e meia", "à 9 heures et demie", "a las 10
    # y cuarto": the half or quarter past an hour said after the word that puts a clock.
    (
        "romance_frac",
        re.compile(
            r"\b(?:a[ \t]+las|a[ \t]+la|sobre[ \t]+las|alle|verso[ \t]+le|às|as|à|vers)[ \t]+"
            r"(?P<w>1[0-2]|[1-9]|"
            + "|".join(sorted(_ROMANCE_HOURS, key=len, reverse=True))
            + r")(?:[ \t]*h|[ \t]+heures?)?[ \t]+(?:y|e|et)[ \t]+"
            r"(?P<frac>media|mezza|mezzo|meia|demie|cuarto|un[ \t]+quarto|quarto|quart)\b",
            re.IGNORECASE,
        ),
    ),
    # "10-noon", "between 10 and noon", "noon to 2": a range with noon at one end.
    (
        "noon_range",
        re.compile(
            r"(?<![\d:.])(?:(?:from|between)[ \t]+)?(?:(?P<h1>1[0-2]|[1-9])(?::(?P<m1>[0-5]\d))?"
            r"(?:[ \t]?(?P<a1>a)\.?m\b\.?)?(?:-?ish)?[ \t]*(?:-|–|—|to|till|until|and)[ \t]*"
            r"(?:12[ \t]*)?"
            r"(?:noon|midday)\b|(?:noon|midday)[ \t]*(?:-|–|—|to|till|until|and)[ \t]*"
            r"(?P<h2>[1-9])(?::(?P<m2>[0-5]\d))?(?:[ \t]?p\.?m\b\.?)?(?![\d:])"
            # "de 10h à midi", "dalle 10 alle 12" is read as two clocks elsewhere; "10h-midi",
            # "entre midi et 14h": a range only with its lead word or an "h" ("jeudi 10 à midi"
            # is the 10th at noon).
            r"|(?:(?:de|entre|dalle|von|van)[ \t]+(?P<h3>1[01]|[1-9])(?:[:h](?P<m3>[0-5]\d)|h)?"
            r"|(?P<h4>1[01]|[1-9])(?:[:h](?P<m4>[0-5]\d)|h))[ \t]*(?:à|a|et|y|e|bis|tot|-|–)"
            r"[ \t]*(?:midi|mediodía|mezzogiorno|mittag)\b"
            r"|(?:(?:de|entre)[ \t]+)?(?:midi|mediodía)[ \t]*(?:-|–|à|a|et|y)[ \t]*"
            r"(?P<h5>1[3-9])(?:[:h](?P<m5>[0-5]\d)|h)?(?![\d:]))",
            re.IGNORECASE,
        ),
    ),
    # "9pm to midnight", "from 21:00 until midnight": an evening that runs to the day's end.
    (
        "midnight_range",
        re.compile(
            r"(?<![\d:.])(?:(?:from|between)[ \t]+)?(?:(?P<h1>1[01]|[1-9])(?::(?P<m1>[0-5]\d))?"
            r"[ \t]?p\.?m\b\.?|(?P<h24>1[3-9]|2[0-3])[:h](?P<m24>[0-5]\d))"
            r"[ \t]*(?:-|–|—|to|till|until|and)[ \t]*midnight\b",
            re.IGNORECASE,
        ),
    ),
    # "Thurs am", "Friday PM": the morning or afternoon of that day.
    (
        "day_ampm",
        re.compile(
            r"(?:(?<=day)|(?<=\bmon)|(?<=\btue)|(?<=\btues)|(?<=\bwed)|(?<=\bweds)|(?<=\bthu)"
            r"|(?<=\bthur)|(?<=\bthurs)|(?<=\bfri)|(?<=\bsat)|(?<=\bsun))"
            r"[ \t]+(?P<ap>[ap])\.?m\b\.?",
            re.IGNORECASE,
        ),
    ),
    # "by 12noon", "12 midday": the twelve glued to the word is the same noon.
    (
        "noon",
        re.compile(rf"\b(?:12[ \t]?)?(?:{'|'.join(NOON_WORDS)})(?:-?ish)?\b", re.IGNORECASE),
    ),
    # British "half two", "half six": half past the hour (Dutch "half twee" is before it).
    (
        "british_half",
        re.compile(
            r"\bhalf[ \t]+(?P<w>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
            r"(?![ \t]+(?:of|hours?|days?|weeks?|months?|years?|dozen|people)\b)",
            re.IGNORECASE,
        ),
    ),
    # "late Thursday", "early on Tuesday": a part of that day.
    (
        "edge",
        re.compile(
            r"\b(?P<edge>late|early)(?=[ \t]+(?:on[ \t]+)?(?:next[ \t]+)?"
            rf"(?:{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))}|tomorrow)\b)",
            re.IGNORECASE,
        ),
    ),
    # "…, or same time Thursday": the time of day given just before.
    ("same", SAME_TIME),
    # "um halb fünf", "om half vijf": half an hour before the named hour (16:30).
    (
        "halb",
        re.compile(
            r"\b(?:halb|half)[ \t]+(?P<w>"
            + "|".join(sorted(_HOUR_BEFORE_HALF, key=len, reverse=True))
            + r")\b(?![ \t]*(?:uhr|uur)?[ \t]*(?:%|min|stunde|uur|jahr|jaar))",
            re.IGNORECASE,
        ),
    ),
    # "um Viertel nach drei", "om kwart voor vier": a quarter after or before the hour.
    (
        "quarter",
        re.compile(
            r"\b(?:viertel|kwart)[ \t]+(?P<dir>nach|vor|over|voor)[ \t]+(?P<w>"
            + "|".join(sorted(_HOUR_BEFORE_HALF, key=len, reverse=True))
            + r"|1[0-2]|[1-9])\b(?![ \t]*(?:uhr|uur)?[ \t]*(?:%|min|stunde|uur|jahr|jaar))",
            re.IGNORECASE,
        ),
    ),
    (
        "part",
        re.compile(
            rf"(?<![\w-])(?:{_PARTS})"
            r"(?![\w-])",
            re.IGNORECASE,
        ),
    ),
    # "Tuesday and Wednesday mornings": the plural is each listed day's morning; see
    # _DAY_LIST_BEFORE for why it is read only after a list.
    (
        "part",
        re.compile(r"(?<![\w-])(?P<plural>morning|afternoon|evening)s(?![\w-])", re.IGNORECASE),
    ),
]
# Two or more days joined right before a plural part of the day. After one day ("Tuesday
# mornings") the plural is a habit (any Tuesday), not the coming one, so it is left unread.
_DAY_LIST_BEFORE = re.compile(
    rf"\b(?:{alternation(WEEKDAYS)})(?:[ \t]*,[ \t]*(?:{alternation(WEEKDAYS)}))*"
    rf"[ \t]*(?:,[ \t]*)?(?:and|or|&|/)[ \t]*(?:{alternation(WEEKDAYS)})[ \t]*$",
    re.IGNORECASE,
)
# "every evening is spoken for", "jeden Abend", "ogni mattina", "elke ochtend", "cada tarde":
# the part of the day as a habit, any day's (often a busy one), not an offer on a day named.
_EVERY_BEFORE = re.compile(r"\b(?:every|each|jeden|ogni|elke|iedere|cada)\s+$", re.IGNORECASE)
# "after 3", "nach 15 Uhr", "après 15h", "depois das 15h", "dopo le 15": the words of
# `AFTER_WORDS` that join a clock, with the article they take before one.
_AFTER = re.compile(
    rf"(?:\b(?:{bounding(AFTER_WORDS, clock=True)})|from|ab|à partir de|a partir de las)[ \t]+$",
    re.IGNORECASE,
)
_BEFORE = re.compile(rf"\b(?:{bounding(BEFORE_WORDS, clock=True)})[ \t]+$", re.IGNORECASE)
# "not before 10", "pas avant", "nicht vor", "no antes de", "non prima delle", "não antes das",
# "niet voor": the bound denied, which opens the window at that time instead of closing it.
_NOT_BEFORE = re.compile(r"\b(?:not|pas|nicht|no|non|não|niet)[ \t]+$", re.IGNORECASE)
_START_OF_DAY = time(9)
# "that is" before a clock that says again what was just written, in the seven languages.
_THAT_IS = (
    r"that[ \t]+is|i\.e\.|which[ \t]+is|soit|c['’]est-à-dire|es[ \t]+decir|o[ \t]+sea|also"
    r"|d\.h\.|das[ \t]+heißt|cioè|ossia|ou[ \t]+seja|isto[ \t]+é|dus|oftewel|dat[ \t]+is"
)
# What may stand between a day, a cue or a sentence's start and "14 h" read as its clock.
_DAY_THEN_HOUR = re.compile(r"[ \t]*,?[ \t]*")
_SPACED_HOUR_LEAD = re.compile(
    rf"(?:^|[.!?:;(\n]|\b(?:{_THAT_IS}|à|vers|dès|avant|après|jusqu['’]à|ou|et|or|and|a[ \t]+las"
    r"|las|hacia[ \t]+las|sobre[ \t]+las|y|o|alle|verso[ \t]+le|e|às)[ \t]+)[ \t]*$",
    re.IGNORECASE,
)
# "ça fait 8 h ici", "14 h chez vous": a side's clock, where "ça fait 8 h" alone may count
# hours gone by.
_SPACED_HOUR_SIDE = re.compile(
    r"[ \t]+(?:ici|chez[ \t]+(?:moi|nous|vous|toi)|pour[ \t]+(?:moi|nous|vous|toi))\b",
    re.IGNORECASE,
)
_AFTERNOON_AFTER = re.compile(
    # "om 7 uur 's avonds", "um 7 Uhr abends", "at 7 in the evening": the same half of the day
    # after the clock in Dutch, German and English, the cued hour ending before its "uur".
    r"(?:[ \t]+(?:uur|uhr)\b)?"
    r"[ \t]+(?:de[ \t]+l['’]apr[eè]s-?[ \t]?midi|de[ \t]+l['’]apr[eè]m|du[ \t]+soir"
    r"|de[ \t]+la[ \t]+(?:tarde|noche)|del[ \t]+pomeriggio|di[ \t]+sera|da[ \t]+(?:tarde|noite)"
    r"|in[ \t]+the[ \t]+(?:afternoon|evening)|['’]s[ \t]+(?:middags|avonds)|abends|nachmittags)\b",
    re.IGNORECASE,
)
# "4h du matin", "a las 6 de la mañana", "at 6 in the morning": the morning half said after
# a clock, which the working-day guess would read as the evening.
_MORNING_AFTER = re.compile(
    # "om 7 uur 's ochtends", "um 7 Uhr morgens": the cued hour ends before its "uur".
    r"(?:[ \t]+(?:uur|uhr)\b)?"
    r"[ \t]+(?:du[ \t]+matin|de[ \t]+la[ \t]+mañana|da[ \t]+manhã|del[ \t]+mattino"
    r"|di[ \t]+mattina|in[ \t]+the[ \t]+morning|['’]s[ \t]+(?:ochtends|morgens)"
    # "8 Uhr morgens", "7 Uhr früh": German puts the morning after the clock too.
    r"|morgens|früh)\b",
    re.IGNORECASE,
)
# "at 8 before my first meeting", "7:30 before work": a clock before the working day begins is
# the morning's.
_BEFORE_DAY_OPENS = re.compile(
    r"[ \t,]+(?:before|ahead[ \t]+of)[ \t]+(?:(?:my|our)[ \t]+first[ \t]+(?:meeting|call)"
    r"|work\b|(?:my|the|our)[ \t]+work(?:ing[ \t]+)?day[ \t]+(?:starts|begins))"
    r"|[ \t,]+(?:vor[ \t]+(?:der[ \t]+Arbeit|meinem[ \t]+ersten[ \t]+Termin)"
    r"|avant[ \t]+(?:le[ \t]+travail|ma[ \t]+première[ \t]+réunion))",
    re.IGNORECASE,
)
# The night among those: "12 de la noche", "minuit" aside, may be either twelve.
_NIGHT_SAID = re.compile(r"soir|noche|sera|noite|evening|avond|abend", re.IGNORECASE)
# What after a small count of hours makes it a length ("2 h de route", "1h max", "3 h of
# driving"); "1h du matin" and "3 h de l'après-midi" are clocks.
_SPACED_HOUR_LENGTH = re.compile(
    r"[ \t]+(?:de\b(?![ \t]+l['’]apr)|d['’]|of\b|max(?:imum)?\b|au[ \t]+plus\b|tops?\b)",
    re.IGNORECASE,
)
# The same in the six other languages: "jeudi en huit", "dans quinze jours", "übernächsten
# Donnerstag", "Donnerstag in einer Woche", "el jueves de la otra semana", "giovedì della
# settimana dopo", "quinta da outra semana", "donderdag over een week": a weekday a week or
# more past the next one, or past a day the reader may not take for the anchor.
_LATER_WEEK_ELSEWHERE = (
    r"\ben (?:huit|quinze)\b|\bdans (?:quinze jours|(?:deux|2) semaines)|\bsemaine (?:d'après"
    r"|suivante)|\büber ?nächst\w*|\bin (?:einer|zwei|2) Wochen?\b|\bin (?:acht|vierzehn) Tagen"
    r"|\bfolgenden Woche|\b(?:de la )?otra semana|\bsemana (?:siguiente|seguinte|a seguir)"
    r"|\b(?:dentro de|en) (?:dos|2|quince) (?:semanas|días)|\bsettimana (?:dopo|successiva)"
    r"|\b(?:tra|fra) (?:due|2) settimane|\bsuccessiv[oa]\b|\bda outra semana"
    r"|\b(?:daqui a|em) (?:duas|2) semanas|\bover (?:een|1|twee|2) (?:week|weken)\b"
    r"|\bover veertien dagen|\b(?:de )?week (?:erna|daarna)"
)
# "This week is tricky (we're in Rotterdam Thursday) so could we look at the week after?":
# the weekday said under "this week" is this week's, whatever week the sentence goes on to.
_THIS_WEEK = re.compile(
    r"\b(?:this week|diese Woche|cette semaine|esta semana|questa settimana|deze week)\b",
    re.IGNORECASE,
)


def _this_week_out(text: str) -> bool:
    """Whether a sentence rules out this week and offers nothing, so no day of it is meant.

    "This week is fully booked", "Diese Woche bin ich leider komplett ausgebucht".
    """
    for a, b in sentence_spans(text):
        sentence = text[a:b].replace("\n", " ")
        said = _THIS_WEEK.search(sentence)
        if said is None:
            continue
        # The conflict runs from "this week" to the sentence's end: "This week I'm out Monday
        # but Thursday at 10 is fine" offers a day of it.
        ends = [
            s.end
            for s in read_roles(sentence).spans
            if s.role is Role.CONFLICT and s.start <= said.start() < s.end
        ]
        if ends and not re.search(r"\w", sentence[max(ends) :]):
            return True
    return False


# "Tuesday (3/10)", "Tuesday, 10 March": only a comma, a dash or a bracket between the two.
_DATE_BESIDE = re.compile(r"[ \t]*(?:[,(]|[-–—])?[ \t]*")


def _dated_beside(sentence: str, dates: Sequence[DateMention]) -> set[int]:
    """Where a bare weekday has a full date on that weekday written right after it.

    "the week after I could do Tuesday (3/10)": the date says which Tuesday, so the week after
    is no guess. A date on another weekday places nothing.
    """
    return {
        d.start
        for d, beside in itertools.pairwise(dates)
        if d.kind == "weekday"
        and beside.kind in ANCHORS
        and beside.day.weekday() == d.day.weekday()
        and _DATE_BESIDE.fullmatch(sentence, d.end, beside.start) is not None
    }


def _in_this_week(sentence: str, at: int) -> bool:
    """Whether the weekday at ``at`` follows "this week" with no later week named between."""
    said = [m.end() for m in _THIS_WEEK.finditer(sentence, 0, at)]
    return bool(said) and not _LATER_WEEK.search(sentence, said[-1], at)


# "the play got moved to that morning": a part of a day already named, not another time.
_LATER_WEEK = re.compile(
    r"\b(?:the )?week after(?! (?:that|this))\b|\bfollowing week|\bin (?:two|2|three|3) weeks"
    # "next Thursday …, or the following Monday": the Monday after that one, or next week's.
    rf"|\bthe following {ENGLISH_DAYS}"
    r"|\bweek after next"
    # British "Monday week", "a week on Monday": the Monday after the next one.
    rf"|\b{ENGLISH_DAYS} week\b|\ba week (?:on|from|today|tomorrow)\b"
    rf"|{_LATER_WEEK_ELSEWHERE}",
    re.IGNORECASE,
)
_BACK_REFERENCE = re.compile(r"\b(?:that|the same)[ \t]+$", re.IGNORECASE)
# "Have a good evening!", "enjoy your afternoon": a wish for the part of the day, no offer.
_WISHED = re.compile(
    r"\b(?:have|enjoy)[ \t]+(?:a|an|your|the rest of (?:your|the))[ \t]+"
    r"(?:(?:good|great|nice|lovely|wonderful|pleasant|relaxing|fantastic)[ \t]+)?$",
    re.IGNORECASE,
)
# "14:30 is perfect - that's 13:30 here, so right after lunch": a part of the day the clock
# before it falls just after or before places that clock; it is no second window.
_RIGHT_BY = re.compile(
    r"\b(?:right|just|straight|directly|immediately|shortly)[ \t]+(?:after|before)"
    r"[ \t]+(?:(?:my|the|our|your)[ \t]+)?$",
    re.IGNORECASE,
)
# "14:30 works, I'll grab lunch after", "is my lunch", "a lunch chat", "back from lunch": the meal
# itself, beside a clock that says when; no second window.
_MEAL_LEAD = re.compile(
    r"\b(?:grab(?:bing)?|hav(?:e|ing)|eat(?:ing)?|get(?:ting)?|my|our|his|her|their|a|from)"
    r"[ \t]+$",
    re.IGNORECASE,
)
_MEAL = re.compile(r"lunch", re.IGNORECASE)
# "in the morning until 11", "nachmittags bis 16 Uhr", "le matin jusqu'à 11h": where a part of
# the day said just before ends.
_PART_UNTIL = re.compile(
    r"[ \t,]*(?:until|till|til|up[ \t]+to|bis|jusqu['’]à|hasta[ \t]+las|fino[ \t]+alle"
    r"|até[ \t]+às|tot)[ \t]+(?P<h>[012]?\d)(?:[:.h](?P<m>[0-5]\d))?"
    r"(?:[ \t]*(?P<ap>[ap])\.?m\b\.?)?(?:[ \t]*(?:uhr|uur|h)\b)?(?![\d:])",
    re.IGNORECASE,
)


def _closing_clock(until: re.Match[str], begin: time) -> time | None:
    """The clock ``until`` names, on the half of the day of a part opening at ``begin``."""
    hour, minute = int(until["h"]), int(until["m"] or 0)
    if until["ap"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if until["ap"].lower() == "p" else 0)
    elif hour < 12 <= begin.hour:
        hour += 12
    return time(hour, minute) if hour < 24 and minute < 60 else None


# "after lunch", "before the afternoon", "na de middag", "nach dem Mittag": a part of the day
# as the bound of a spell on the working day.
_PART_BOUNDED = re.compile(
    rf"\b(?:(?P<after>{bounding(AFTER_WORDS, clock=False)})|{bounding(BEFORE_WORDS, clock=False)})"
    r"[ \t]+(?:(?:the|my|our|de|la|le|dem|il)[ \t]+)?$",
    re.IGNORECASE,
)
# "Morning Ada,", "Good afternoon!", "Evening all -", "morning here": a greeting, or the part of
# the day where the sender is, at the head of a sentence; no offer.
_GREETING_BEFORE = re.compile(r"(?:^|[.!?\n])[ \t]*(?:good[ \t]+)?$", re.IGNORECASE)
_GREETING_AFTER = re.compile(
    r"[ \t]*!|,?[ \t]*$|[ \t]+(?-i:[A-Z])[\w'-]*[ \t]*(?:[,!:\-–—]|$)"
    r"|[ \t]+(?:here|all|everyone)\b",
    re.IGNORECASE,
)
# The cues that open a window at their clock: "after 3", "después de las 3", "a partir das 10".
_AFTER_CUE = re.compile(
    rf"{bounding(AFTER_WORDS, clock=True)}|a[ \t]+partir[ \t]+d(?:e[ \t]+las|as)", re.IGNORECASE
)
# The cues that close a window at their clock: "before 11", "antes de las 11", "voor 11.00".
_BEFORE_CUE = re.compile(bounding(BEFORE_WORDS, clock=True), re.IGNORECASE)


# A stated length sets the end: "I have 20 minutes at 4:15", "at 3 for 45 min", and as
# well spelled out ("vingt minutes", "eine halbe Stunde").
def _alternatives(words: Iterable[str]) -> str:
    """:func:`alternation` of the words, a space in one matching any run of blanks."""
    return alternation(words).replace(r"\ ", r"[ \t]+")


_SPELLED_COUNT = _alternatives(SPELLED_MINUTES)
# "for 20\nminutes": a hard wrap may fall between the count and its unit.
_WRAP = r"[ \t]*(?:\n[ \t]*)?"
_MINUTES = (
    rf"(?:(?P<n>\d{{1,3}}){_WRAP}{MINUTE_WORDS}"
    rf"|\b(?P<w>{_SPELLED_COUNT})(?:[ \t]+|[ \t]*\n[ \t]*){MINUTE_WORDS}"
    rf"|\b(?P<part>{_alternatives(HOUR_PARTS)}))\b"
)
_LENGTH_BEFORE = re.compile(
    _MINUTES + r"[ \t]+(?:at|around|on|à|a[ \t]+las|um)[ \t]+$", re.IGNORECASE
)
_ANY_LENGTH = re.compile(r"(?<![\d:.])" + _MINUTES, re.IGNORECASE)
_NOT_LENGTH_BEFORE = re.compile(
    r"(?:\b(?:in|within|after|every|than|first|last|late|early|about the|by)"
    # A range's low end: "15-30 minutes", "quinze à vingt minutes", "zwanzig bis dreißig".
    rf"|(?:\d|\b(?:{_SPELLED_COUNT}))[ \t]*(?:-|–|to|or|ou|à|a|o|oder|bis|of|tot)"
    r")[ \t]*$",
    re.IGNORECASE,
)
_NOT_LENGTH_AFTER = re.compile(
    r"[ \t]+(?:late|early|before|after|ago|earlier|later|away|drive|walk|behind|from)\b"
    # "2-3pm (pick any 20 mins in there), or Thursday at 9:30": a length to pick inside the
    # one window it is said of, not the meeting's for the other offers (a bare 9:30 keeps the
    # meeting's length).
    r"|\s+(?:in[ \t]+there|in[ \t]+that|within|inside|out[ \t]+of"
    r"|of[ \t]+(?:it|that|those|them))\b",
    re.IGNORECASE,
)
_LENGTH_AFTER = re.compile(r"^[ \t]+(?:for|pendant|durante|für)[ \t]+(?:about[ \t]+)?" + _MINUTES)
# The abbreviations that are no word in the languages read: "2pm et 4pm", "3pm cet après-midi",
# "3pm ist gut" are words, and stay unread (see ``_LOWER_ZONE_AFTER_CLOCK``) unless the clause
# ends on them.
_LOWER_WORDS = frozenset(
    {"et", "est", "ist", "cet", "cest", "art", "cot", "west", "wet", "eet", "eat", "wat"}
)
# "5.30pm ist or 6pm", "4pm est." : a word that is also a zone's abbreviation ends the clause
# after "am"/"pm", where as a word ("is", "and", "this") it would run on into the sentence.
_CLAUSE_ENDS = r"(?=[ \t]*(?:[.,;:!?)/\n]|$|(?i:or|and)\b))"
# "works", "suits me", "is fine": the verb a clock that is picked takes, right after it.
_FITS_AFTER = (
    r"(?=[ \t]+(?:works?|suits?|would|should|could|is[ \t]+(?:fine|good|great|perfect))\b)"
)
_LOWER_WORDS_ALTERNATION = "|".join(sorted(_LOWER_WORDS, key=len, reverse=True))
_LOWER_READ = sorted(
    (a.lower() for a in ZONE_ABBREVIATIONS if a.lower() not in _LOWER_WORDS), key=len, reverse=True
)
_IANA_AREAS = r"(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)"
_ZONE = re.compile(
    # The offset first: "UTC-3" is three hours behind, not the "UTC" it starts with.
    r"\b(?:UTC|GMT)[ \t]?(?P<sign>[+\-−])(?P<oh>1[0-4]|0?\d)(?::?(?P<om>[0-5]\d))?\b"
    # "15:00Z", "1500Z": UTC as pilots and logs write it, the letter right on the clock.
    r"|(?:(?<=\d:[0-5]\d)|(?<=\b[0-2]\d[0-5]\d))(?P<zulu>Z)\b"
    rf"|\b(?P<abbr>{'|'.join(sorted(ZONE_ABBREVIATIONS, key=len, reverse=True))}"
    # "6-6:30pm pt": typed in lower case on a phone, right after "am"/"pm", where the letters
    # can only name a clock.
    rf"|(?:(?<=[ap]m[ \t])|(?<=[AP]M[ \t])|(?<=[ap]\.m\.[ \t]))"
    rf"(?:{'|'.join(_LOWER_READ)}|(?:{_LOWER_WORDS_ALTERNATION})\b{_CLAUSE_ENDS}))\b"
    # "(America/Bogota)": a zone's own name, as calendars and settings pages write it.
    rf"|\b(?P<iana>{_IANA_AREAS}/[A-Za-z_]+(?:/[A-Za-z_]+)?)\b"
    # "Mountain Standard Time": the region's clock, in the season it names.
    rf"|(?i:\b(?P<name>{'|'.join(sorted(ZONE_NAMES, key=len, reverse=True))})"
    r"(?:[ \t]+(?:(?P<season>standard|daylight)[ \t]+)?(?:time|timezone))?\b)"
    # The user's own zone ("noon your time"), resolved by the caller.
    r"|(?i:\b(?P<yours>your[ \t]+(?:local[ \t]+)?(?:time|timezone|time[ \t]+zone)|votre[ \t]+heure"
    r"|heure[ \t]+de[ \t]+chez[ \t]+vous|tu[ \t]+hora|su[ \t]+hora|Ihrer[ \t]+Zeit"
    # Not "o seu horário de quinta": the user's Thursday slot, not the user's clock.
    r"|deiner[ \t]+Zeit|(?:do[ \t]+|no[ \t]+)?seu[ \t]+horário(?![ \t]+d[eoa]s?[ \t]+(?:\d|segunda"
    r"|terça|quarta|quinta|sexta|sábado|domingo))|(?:le|la)[ \t]+vostr[ea]"
    r"|(?:le|la)[ \t]+tu[ae]|(?:in[ \t]+)?(?:jouw|uw)[ \t]+tijd"
    # "a las 11 tuyas", "um 11 deine", "às 11h as tuas": the user's clock by its possessive
    # right after the clock, as "yours" is; "às 11h suas" in the Portuguese of "você".
    rf"|{_RIGHT_AFTER_CLOCK}(?:tuy[ao]s?|vuestr[ao]s?|deine|(?:as[ \t]+)?(?:tuas|suas)|le[ \t]+tue"
    r"|vostre)"
    # "por la mañana tuya": the user's morning.
    r"|(?:mañana|tarde|noche|hora)[ \t]+tuya)\b)"
    # "I'm in Sacramento, so same zone as you": the sender's clock is the user's.
    r"|(?i:\b(?P<same>same[ \t]+(?:time[ \t]*)?zone[ \t]+as[ \t]+you"
    r"|même[ \t]+fuseau(?:[ \t]+horaire)?[ \t]+que[ \t]+(?:vous|toi)"
    r"|misma[ \t]+zona(?:[ \t]+horaria)?[ \t]+que[ \t]+(?:tú|tu|usted)"
    r"|(?:gleichen|selben)[ \t]+Zeitzone[ \t]+wie[ \t]+(?:Sie|du)"
    r"|stesso[ \t]+fuso(?:[ \t]+orario)?[ \t]+(?:tuo|vostro|suo|di[ \t]+te)"
    r"|mesmo[ \t]+fuso(?:[ \t]+horário)?[ \t]+(?:que[ \t]+(?:você|tu)|seu|teu)"
    r"|zelfde[ \t]+tijdzone[ \t]+als[ \t]+(?:jij|u|jou))\b)"
    # Words that name the user's zone for the time they follow ("Friday morning for you",
    # "a las 9 de tu zona horaria"), not the whole message's; elsewhere they are plain words
    # ("does that work for you?", "Danke für Ihre Zeit").
    r"|(?i:\b(?P<near>(?:in[ \t]+)?your[ \t]+(?:zone|time[ \t]*zone)"
    r"|(?:de[ \t]+|en[ \t]+)?tu[ \t]+zona(?:[ \t]+horaria)?"
    r"|(?:de[ \t]+|en[ \t]+)?(?:tu|su)[ \t]+horario|de[ \t]+tu[ \t]+lado"
    r"|votre[ \t]+fuseau(?:[ \t]+horaire)?|de[ \t]+votre[ \t]+côté"
    r"|(?:del[ \t]+|nel[ \t]+|il[ \t]+)?(?:vostro|tuo|suo)[ \t]+(?:orario|fuso(?:[ \t]+orario)?)"
    r"|ora[ \t]+(?:tua|vostra|sua)|(?:do[ \t]+|no[ \t]+)?seu[ \t]+(?:lado|fuso(?:[ \t]+horário)?)"
    r"|hora[ \t]+sua|(?:jouw|uw)[ \t]+tijdzone"
    r"|(?:on|at)[ \t]+your[ \t]+end|your[ \t]+end|for[ \t]+you|para[ \t]+ti"
    r"|para[ \t]+usted|p(?:a)?ra[ \t]+você|pour[ \t]+vous|pour[ \t]+toi|chez[ \t]+vous"
    r"|Ihre[ \t]+Zeit|deine[ \t]+Zeit|bei[ \t]+(?:Ihnen|dir|euch)|da[ \t]+(?:voi|lei|te)"
    # "alle 22 per te": Italian's "for you", as "pour vous" and "para ti".
    r"|per[ \t]+(?:te|voi|lei)"
    r"|bij[ \t]+(?:jou|u|jullie)|voor[ \t]+(?:jou|u|jullie)"
    # "3:30 pm Newfoundland time (2 pm yours)": the user's clock for the clock it ends, as
    # "mine" is the sender's; so before the verb that takes it ("at 17:00 yours works").
    # "7:30am yours = 9:30am Sydney", "7:30 yours is 9:30 here": so before the same instant
    # on another clock.
    rf"|(?:(?<=\d[ \t])|(?<=[ap]m[ \t]))yours(?:{_CLAUSE_ENDS}|{_FITS_AFTER}"
    r"|(?=[ \t]*(?:=|is[ \t]+\d))"
    # "(that's 7am yours i think)": the sum hedged, still the user's clock.
    r"|(?=[ \t]+(?:i[ \t]+think|i[ \t]+believe|if[ \t]+i['’]?m[ \t]+right)\b)))\b)"
    # "1pm here in Austin", "1pm my time": the sender's own zone, for the time they follow.
    r"|(?i:\b(?P<mine>(?:over[ \t]+)?here(?:[ \t]+in[ \t]+[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)?)?"
    r"|(?:on[ \t]+)?my[ \t]+(?:end|time|side)|(?<=\d[ \t])mine|(?<=[ap]m[ \t])mine"
    # "a las 9 mías", "um 9 meine", "alle 9 le mie", "às 9h as minhas", "a las 9 de mi hora":
    # the sender's clock by its possessive right after the clock, as "mine" is.
    rf"|{_RIGHT_AFTER_CLOCK}(?:m[ií][ao]s|meine|le[ \t]+mie|nostre|(?:as[ \t]+)?minhas"
    r"|(?:de[ \t]+)?mi[ \t]+hora(?![ \t]+de))"
    # "17:00 (onze tijd, dus 11 uur bij jou)": "our time" is the sender's side's clock. Not
    # German "unserer Zeit", which names the sender's place's clock across its change
    # ("Donnerstag … 17 Uhr unserer Zeit" after Berlin's, `replies_blind33` p04).
    r"|our[ \t]+time|onze[ \t]+tijd|notre[ \t]+heure|nuestra[ \t]+hora"
    r"|nostra[ \t]+ora|nossa[ \t]+hora"
    # "11 Uhr bei uns", "16h chez nous", "las 10 aquí", "10h cá": the sender's side, right
    # after the clock (elsewhere "bei uns" is only where something happens).
    r"|(?:(?<=\d[ \t])|(?<=\dh[ \t])|(?<=Uhr[ \t])|(?<=uur[ \t]))(?:bei[ \t]+uns|bij[ \t]+ons"
    r"|chez[ \t]+nous|aquí|acá|aqui|cá|da[ \t]+noi))\b)"
)
_SENTENCE_BEFORE = re.compile(r"(?:^|[.?!])[ \t]*$", re.MULTILINE)
_SENTENCE_AFTER = re.compile(r"[ \t]*[.!]?[ \t]*$", re.MULTILINE)
# "I'm not in the same zone as you", "nicht in der gleichen Zeitzone": a negation two words back.
_NOT_SAME = re.compile(
    r"(?:\b(?:not|pas|no|nicht|non|não|niet)|n['’]t)(?:[ \t]+\w+){0,2}[ \t]+$", re.IGNORECASE
)
# "… it's noon for me, if you're still on CET": the sender's guess at the user's clock, put
# as a condition on a clock said on the sender's own. Written after the message's clocks, it
# names none of them ("5pm, if you're on CET?" may well mean 5pm CET).
_IF_YOU_ARE_ON = re.compile(
    r"(?:\b(?:if|assuming|provided|as long as)[ \t]+you(?:['’]re|[ \t]+are)(?:[ \t]+still)?"
    r"[ \t]+(?:on|in|using)"
    r"|\bsi[ \t]+(?:aún[ \t]+|todavía[ \t]+)?(?:estás|está|sigues|sigue)(?:[ \t]+con)?"
    r"(?:[ \t]+en)?"
    r"|\bsi[ \t]+(?:tu[ \t]+es|vous[ \t]+êtes)(?:[ \t]+toujours|[ \t]+encore)?"
    r"[ \t]+(?:en|à|sur|à[ \t]+l['’]heure)"
    r"|\b(?:wenn|falls)[ \t]+(?:du|Sie)(?:[ \t]+noch)?[ \t]+(?:auf|in|nach)"
    r"|\bse[ \t]+(?:sei|è|siete)(?:[ \t]+ancora)?[ \t]+(?:su|in|sull['’]ora)"
    r"|\bse[ \t]+(?:você[ \t]+)?(?:ainda[ \t]+)?(?:está|estás|estiver)[ \t]+(?:em|no|na|com)"
    r"|\bals[ \t]+(?:je|u)(?:[ \t]+nog)?[ \t]+(?:op|in)"
    r")(?:[ \t]+(?:the|la|el|le|der))?[ \t]+$",
    re.IGNORECASE,
)
# No clock after it, to the end of its sentence.
_NO_CLOCK_AFTER = re.compile(r"[^\d.?!\n]*(?:[.?!\n]|$)")
_ON_MY_SIDE = re.compile(rf"\b(?:{_MY_SIDE})\b[^\d.?!\n]{{0,24}}$", re.IGNORECASE)
# "both Mountain", "heure de Paris", "hora de Madrid", "ora di Roma": plainly the zone.
_ZONE_FOR_ALL = re.compile(
    r"(?:\b(?:both|all|each)[ \t]+(?:in[ \t]+)?"
    r"|\b(?:heure|hora|horário|ora|Zeit|tijd)[ \t]+(?:de[ \t]+|di[ \t]+|d['’]|van[ \t]+)?)$",
    re.IGNORECASE,
)
# "can we make it 10:30?": the time just said is being changed, not offered beside it.
# "can we push to 10:30?" moves it the same way.
_AMEND = re.compile(
    r"\b(?:make it|make that|instead|(?:push|move|shift|bump)(?: it| that)?(?: back| out)? to)\b",
    re.IGNORECASE,
)
_RESTATED_DAY = rf"(?:[ \t]+{ENGLISH_DAYS}(?:[ \t]+\d{{1,2}}(?:st|nd|rd|th)?)?,?)?"
# "bei Ihnen dann 10 Uhr", "(bei uns dann 20 Uhr)": a side and "then", the verb left out; the
# group "side" says whose clock it is (see ``_side_then``).
_SIDE_THEN = r"\bbei[ \t]+(?P<side>Ihnen|dir|euch|mir|uns)[ \t]+(?:dann|also)(?:[ \t]+um)?"
# "9am PT (12pm for you)", "10am PT / 1pm ET", "which is 3pm your time": the same instant again.
# "which should be your morning": the user's part of the day is the same window seen from there.
_RESTATE_BEFORE = re.compile(
    # "(las 8:30 vuestras)": an article may open the bracket.
    r"(?:[(/=](?:[ \t]*(?:las|la|les|le|die|de|as|às|alle|le ore))?|\bi\.e\.|\bwhich is"
    r"|\bthat['’]s|\bthat is|\bthat['’]d be|\bthat would be|\bwhich would be"
    # "Tuesday 2pm your time is noon in Tokyo": a clock's own zone, then "is", says it again.
    r"|\b(?:your|my)[ \t]+time[ \t]+is|\b(?:yours|mine)[ \t]+is"
    # "so that'll be 2pm Eastern for me", "ce sera 15h chez moi": the same instant, ahead.
    r"|\bthat['’]ll be|\bthat will be|\bwhich will be|\bce sera|\bça fera|\beso será(?:[ \t]+las?)?"
    # "à 14 h chez vous, ça fait 8 h ici": "that makes", the same instant on another clock.
    r"|\b(?:ça|cela|ce[ \t]+qui)[ \t]+(?:fait|donne)"
    # "That should be 4pm Berlin once you've switched", "ça devrait faire 16h chez vous": the
    # same instant, as the sender expects it to fall.
    r"|\b(?:that|which|this)[ \t]+(?:should|ought[ \t]+to|must)(?:[ \t]+(?:then|probably))?"
    r"[ \t]+be|\b(?:ça|cela|ce)[ \t]+devrait[ \t]+(?:faire|être)"
    r"|\beso[ \t]+debería(?:n)?[ \t]+ser(?:[ \t]+las?)?"
    r"|\bdovrebbe(?:ro)?[ \t]+essere(?:[ \t]+le)?|\bisso[ \t]+deve(?:ria)?[ \t]+ser(?:[ \t]+as?)?"
    r"|\bdas wird|\bsarà(?:[ \t]+le)?|\bisso (?:será|vai ser)(?:[ \t]+as?)?"
    # "das wäre 9 Uhr bei Ihnen", "eso serían las 8": "that would be" in the other languages.
    r"|\bdas wäre|\bdas sind|\bdas ist|\beso (?:sería|serían)(?:[ \t]+las?)?"
    # "según mis cuentas serían las 16:00", "pelas minhas contas seriam 16h": the sender's own
    # sum of the hours, "by my count", is the same instant worked out on the other clock.
    r"|\b(?:según|por)[ \t]+mis[ \t]+cuentas,?[ \t]+(?:serían|sería|son|es)(?:[ \t]+las?)?"
    r"|\bpelas[ \t]+minhas[ \t]+contas,?[ \t]+(?:seriam|seria|são|é)(?:[ \t]+as?)?"
    r"|\bselon[ \t]+mes[ \t]+calculs,?[ \t]+(?:ce[ \t]+serait|ça[ \t]+fait|c['’]est)"
    r"|\bse[ \t]+(?:i[ \t]+miei[ \t]+calcoli[ \t]+sono[ \t]+giusti|non[ \t]+sbaglio),?[ \t]+"
    r"(?:sarebbero|sarebbe|sono)(?:[ \t]+le)?"
    rf"|{_SIDE_THEN}"
    r"|\bsarebbero(?:[ \t]+le)?|\bsarebbe(?:[ \t]+le)?|\bseriam(?:[ \t]+as)?|\bseria(?:[ \t]+as?)?"
    r"|\bdat zou zijn|\bdat wordt|\bce serait"
    # "Dat is hier 10 uur", "das ist bei uns 10 Uhr": the verb, then the sender's side.
    r"|\b(?:dat[ \t]+is|das[ \t]+ist)[ \t]+(?:hier|bij[ \t]+(?:mij|ons)|bei[ \t]+(?:mir|uns)"
    r"|hier[ \t]+bei[ \t]+(?:mir|uns))(?:[ \t]+(?:dan|dann|om|um))?"
    # "wäre das bei Ihnen 9:30 Uhr", "para mim serão 22h", "for me it's 10pm", "bei mir wäre
    # es 18 Uhr": the verb before its subject, or the side before the verb, says it again.
    r"|\b(?:wäre|wären|ist|sind|wird)[ \t]+das(?:[ \t]+(?:bei[ \t]+(?:Ihnen|dir|mir|uns)"
    r"|für[ \t]+(?:Sie|dich|mich)))?(?:[ \t]+um)?"
    # The sender's side is `_MY_SIDE` ("chez moi c'est 10h"); the user's beside it.
    rf"|\b(?:{_MY_SIDE}|{_OUR_SIDE}|for[ \t]+you|para[ \t]+(?:ti|você|usted)|pour[ \t]+(?:vous|toi)"
    r"|for[ \t]+us|bei[ \t]+(?:Ihnen|dir)|für[ \t]+(?:Sie|dich)|per[ \t]+(?:te|voi|lei)"
    r"|voor[ \t]+(?:jou|u)"
    r"|bij[ \t]+(?:jou|u))[ \t,]+(?:it['’]s|it[ \t]+is"
    r"|it['’]d[ \t]+be|it[ \t]+would[ \t]+be|it['’]ll[ \t]+be|it[ \t]+will[ \t]+be"
    r"|that['’]s|that[ \t]+is|that[ \t]+would[ \t]+be|serão|seriam|será|seria|sería|serían"
    r"|serán|es|son|sono|sarebbero|sarebbe|sarà|saranno|c['’]est|ce[ \t]+sera(?:it)?"
    r"|ça[ \t]+fera|wäre[ \t]+(?:das|es)|ist[ \t]+(?:das|es)|sind[ \t]+das|wird[ \t]+es"
    r"|is[ \t]+(?:het|dat)|wordt[ \t]+(?:het|dat)|zou[ \t]+het|il[ \t]+est|são|é)"
    # "voor mij is het ook 15:00", "for me it's also 3pm": the same clock on both sides.
    r"(?:[ \t]+(?:then|alors|donc|dann|also|entonces|allora|então|dan|ook|auch|aussi"
    r"|también|também|anche)"
    # "bei uns ist es dann schon 23 Uhr", "here it's then already 11pm": "already" after
    # "then" says how late the same instant falls there ("here it's already 5pm", with no
    # "then", may be the hour the sender writes at).
    r"(?:[ \t]+(?:already|schon|bereits|déjà|ya|já|già|al))?)?"
    r"(?:[ \t]+(?:as|às|las|la|le|les|um))?"
    # "(it is 16:00 in Warsaw)", "(c'est 16h ici)": a bracket opening on "it is" says it again.
    r"|\((?:it|this)(?:['’]s| is| will be| would be)|\(c['’]est|\((?:son|es) las|\(das ist"
    r"|\((?:sono|è) le|\((?:são|é)(?: as)?|\(dat is"
    # "(hora de Madrid, serían las 10:00 en Chicago)": Spanish drops the "eso" inside a bracket
    # (outside one, "lo mejor serían las 18:00" may be a second offer).
    r"|\([^()]{0,24},[ \t]*(?:serían|sería)(?:[ \t]+las?)?[ \t]*$"
    # "¿El miércoles a las 17:00? Serían las 11:00 allí": opening its sentence, with no "a" (that
    # would place the meeting: "Sería a las 11"), the verb reads the clock again; so in Italian
    # and Portuguese.
    r"|^[ \t]*(?:serían[ \t]+las|sería[ \t]+la|sarebbero[ \t]+le|seriam(?:[ \t]+as)?)"
    # "(bei mir 15 Uhr)", "(here 3pm)", "(para mí las 15)": a bracket opening on the sender's
    # own side reads the same instant on their clock.
    r"|\([ \t]*(?:bei[ \t]+mir|bei[ \t]+uns|for[ \t]+us|chez[ \t]+nous|da[ \t]+noi|bij[ \t]+ons"
    r"|for[ \t]+me|here|my[ \t]+time:?|on[ \t]+my[ \t]+end|chez[ \t]+moi"
    r"|pour[ \t]+moi|ici|para[ \t]+mí|aquí|per[ \t]+me|qui|para[ \t]+mim|aqui|voor[ \t]+mij"
    r"|bij[ \t]+mij|hier)(?:[ \t]+(?:las?|les?|le[ \t]+ore|as|às|um))?"
    # "(Friday would be Thursday afternoon in Portland)": the same day read in another zone.
    rf"|\b{ENGLISH_DAYS} would be"
    r"|\bça ferait|\bcela ferait|\bsoit|\bcioè(?:[ \t]+(?:le|alle))?|\bossia|\bovvero"
    r"|\bdus|\boftewel|\bd\.h\.|\bo sea|\bou seja|\bc'est-à-dire"
    # "cá são 16h", "here it's 10pm": the sender's own reading of the same instant.
    # "aqui em São Paulo serão 12h", "en Moscú serán las 22:00": a place's reading of it, ahead.
    r"|(?:\b(?:aqui|aquí|acá|cá|here|ici|qui|hier)[ \t]+)?\b(?:em|en|in|à|a)[ \t]+"
    # Catalan too: "aquí a Barcelona seran les 15:30".
    r"(?-i:[A-Z])[\w'’.-]*(?:[ \t]+(?-i:[A-Z])[\w'’.-]*)?[ \t,]+(?:serão|serán|seran|serían|son|são"
    r"|sono|saranno|sarebbero|seront|sera|sind|ist es|wird es|zijn|is het|wordt het|it['’]s"
    r"|it is|it['’]ll be|it will be)(?:[ \t]+(?:as|las|les|le|um))?"
    r"|\bcá são(?:[ \t]+as)?|\baqui são(?:[ \t]+as)?|\baquí son(?:[ \t]+las)?|\bhere it['’]s"
    r"|\bhere it is|\bbei mir ist es|\bqui sono(?:[ \t]+le)?|\bhier is het|\bici il est"
    # "aqui vão ser 8h30", "here it'll be 8:30", "aquí serán las 8:30": the same, ahead.
    r"|\b(?:aqui|aquí|acá|cá|here|ici|qui|hier)[ \t]+(?:vão[ \t]+ser|vai[ \t]+ser|serão|será"
    r"|serán|seran|van[ \t]+a[ \t]+ser|it['’]ll[ \t]+be|it[ \t]+will[ \t]+be|it['’]d[ \t]+be"
    r"|it[ \t]+would[ \t]+be|ce[ \t]+sera|il[ \t]+sera|saranno|sarà|wird[ \t]+es"
    r"|wordt[ \t]+het)(?:[ \t]+(?:as|las|les|le|um))?"
    # "16h hora de Perth, aqui 9h da manhã", "a las 10 (Perth), acá las 23 h": after a comma, the
    # sender's side with no verb, as a short answer writes it, reads the clock again.
    rf"|{_BARE_SIDE}"
    # "que son tus 12:00": the plural possessive, as Spanish counts the hours.
    # "(ur 5pm)": a phone's "your".
    r"|\byour|\bur|\bvotre|\bvos|\bta|\btus?|\bsus?|\bIhre[mn]?|\b(?:as|às) (?:tuas|suas)|\ble tue"
    r"|\bdeine[mn]?|\btua|\bsua|\bseu|\bjouw|\buw)"
    # "that's Monday 3pm in Chicago": across the date line the restated day is another,
    # perhaps with its date ("That is Wednesday 17th, 3pm in Los Angeles").
    rf"{_RESTATED_DAY}[ \t]*$",
    re.I,
)
_YOURS = re.compile(
    r"\b(?:your|yours|votre|vos|tu|su|Ihre[mn]?|deine[mn]?|tua|sua|seu|jouw|uw)[ \t]*$",
    re.IGNORECASE,
)
# What stands between a day and its clock written as one: "Wed 8am", "lundi à 21h", "Montag um 9".
_DAY_CLOCK_GAP = re.compile(r"[ \t,]*(?:(?:at|à|a las|a la|um|om|alle|às|@)[ \t]+)?", re.IGNORECASE)
# "- Tuesday 3pm", "* Wed", "• jeudi", "2) Friday": an item of a list.
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•–]|\d[.)])[ \t]")
_HALF_DIGIT = re.compile(
    r"\b(?P<half>half|halb)[ \t]+(?P<h>1[0-2]|[1-9])\b(?![:.]\d)", re.IGNORECASE
)
# The English word of each hour: the first one the table gives it.
_ENGLISH_HOURS = {hour: word for word, hour in reversed(_NUMBER_WORDS.items())}
# The words of the hours in each language whose "half" with an hour is a clock. (Dutch "half
# 1" and German "halb 1" are 12:30, an hour the reader does not read; their digits stay.)
_HALF_HOUR_WORDS = {"en": _ENGLISH_HOURS, "nl": _DUTCH_HOURS, "de": _GERMAN_HOURS}
# "on a Saturday afternoon", "every Monday", "un samedi": a weekday as a kind of day.
_INDEFINITE = re.compile(
    r"\b(?:a|an|any|every|one|un|une|chaque|cada|ein|einem|einen|jeden|ogni|um|uma|num|numa|een"
    r"|elke|iedere?)[ \t]+$",
    re.IGNORECASE,
)
# "That's 10pm here, a bit late for me": a sentence opening on a time that points back to one
# in the quoted thread.
# "I usually block Friday afternoons for deep work": a part of the day in the plural makes the
# day before it a kind of day too.
_PARTS_PLURAL = re.compile(r"[ \t]+(?:mornings|afternoons|evenings|nights)\b", re.IGNORECASE)
# "Hi Ana - those are all 9:30pm-5:30am for me.": the user's times, every one of them.
_POINTS_BACK = re.compile(
    r"(?:^|[.!?\n,]|[ \t][-–—])[ \t]*(?:(?:so|donc|alors|así que|also|quindi|então|dus)[ \t]+)?"
    r"(?:that['’]s|those are|these are|they['’]re|they are|that['’]ll be|that will be"
    r"|ce sont|ce sera|são|eso será|das sind|die sind|das wird|dat zijn|die zijn|dat wordt|sono"
    r"|sarà|isso será)"
    r"(?:[ \t]+(?:all|both|toutes|tous|todas|todos|alle|allemaal|allebei|beide|tutte|tutti))?"
    r"[ \t]*$",
    re.IGNORECASE,
)
_RESTATE_AFTER = re.compile(
    # "9 Uhr morgens bei Ihnen", "8 in the morning for you": the part of the day may come first.
    # "4pm PT for you"; the zone is in capitals: "4pm work for me" is not "4pm for me".
    r"^[ \t]*(?:(?-i:[A-Z]{2,4})[ \t]*)?(?:(?:in the (?:morning|evening|afternoon)|morgens|abends"
    r"|nachmittags|vormittags|du (?:matin|soir)|de la (?:mañana|tarde|noche)|del (?:mattino"
    r"|pomeriggio)|di (?:mattina|sera)|da (?:manhã|tarde|noite)|'s (?:ochtends|middags|avonds))"
    r"[ \t]+)?"
    # "las 8:30 vuestras": the user's, as a possessive after the time.
    r"(?:vuestras?|vuestros?|tuyas?|suyas?|de ustedes|de vosotros|"
    # "2pm your side", as phones drop the "on".
    r"for you|yours|your time|in your time|(?:on |at )?your (?:end|side)|à votre heure"
    r"|chez vous|pour vous|pour toi|para ti|para usted|bei (?:Ihnen|dir)|für (?:Sie|dich)|per te"
    r"|per voi|per lei|para você|para vocês|pra você|pra vocês|pra ti|voor jou|voor u"
    # Catalan: "a les 9:30 (hora teva)".
    r"|hora teva|la teva hora"
    r"|da (?:lei|te|voi)|bij (?:jou|u|jullie)"
    # "3pm ET Tuesday is noon for me": the same instant in the sender's zone ("11 to 1 my
    # time" only names the zone).
    rf"|{_MY_SIDE}|{_BOTH_SIDES}"
    # "Thursday at 1 your time, 7pm mine", "16h mon heure": the sender's own clock by its
    # possessive.
    r"|mine|mon heure|mi hora|meine Zeit|ora mia|la mia ora|(?:no )?meu(?: horário)?|minha hora"
    r"|mijn tijd"
    # "Acho que são 9h aí": the same instant where the user is.
    r"|over there|aí|ahí|allí|allá|là-bas|drüben|daar"
    # "2pm your time, 1:30pm here in Adelaide": the sender's place, said as theirs.
    r"|here in (?-i:[A-Z])[\w'’.-]*)(?!\w)",
    re.I,
)


@dataclass(frozen=True)
class _TimeOfDay:
    start: int
    end: int
    begin: time
    finish: time | None
    zone: tzinfo | None = None
    # "same time Thursday": the time is for the date after it.
    binds_next: bool = False
    # A part of the day ("afternoon"), not a clock time.
    part: bool = False
    # A bare hour that reads as morning or evening alike ("at 7").
    guessed: bool = False
    # "late"/"early" before a day ("late Thursday"), waiting for a part of the day after it.
    edge: str = ""
    # "after 3" ("end"), "before 11" ("begin"): the side of the window that is only the
    # working day's edge, which a part of the day said with the clock narrows.
    bound: str = ""


@dataclass
class _Group:
    dates: list[DateMention] = field(default_factory=list)
    times: list[_TimeOfDay] = field(default_factory=list)


def _hour(h: int, ampm: str | None) -> int | None:
    if ampm:
        if not 1 <= h <= 12:
            return None
        return (h % 12) + (12 if ampm.lower() == "p" else 0)
    return h if 0 <= h <= 23 else None


def _business_hour(h: int) -> int:
    """A bare "at 4" in a chat about meeting means 4 pm, "at 9" means 9 am."""
    return h + 12 if 1 <= h <= 6 else h


def _mk(h: int | None, m: str | None) -> time | None:
    if h is None:
        return None
    return time(h, int(m) if m else 0)


def _range12(g: dict[str, str | None]) -> tuple[time, time | None] | None:
    h1, h2 = int(g["h1"] or 0), int(g["h2"] or 0)
    a2 = g["a2"]
    a1 = g["a1"]
    if a1 is None:
        # "2-4pm" shares pm; "11-1pm" starts in the morning.
        start_pm = _hour(h1, a2)
        end_pm = _hour(h2, a2)
        if start_pm is None or end_pm is None:
            return None
        a1 = a2 if (start_pm, int(g["m1"] or 0)) <= (end_pm, int(g["m2"] or 0)) else "a"
    begin, finish = _mk(_hour(h1, a1), g["m1"]), _mk(_hour(h2, a2), g["m2"])
    return (begin, finish) if begin and finish else None


def _range24(g: dict[str, str | None]) -> tuple[time, time | None] | None:
    h1, h2 = int(g["h1"] or 0), int(g["h2"] or 0)
    m1, m2 = int(g["m1"] or 0), int(g["m2"] or 0)
    explicit = (
        g["s1"]
        or g["s2"]
        or g["uhr"]
        or (g["lead"] or "").lower() in ("de", "entre", "von", "dalle", "das", "van", "tussen")
    )
    # A bare dash range of clock hours ("Tuesday 9-12", "2-4") reads like "between".
    bare = g["sep"] in _DASHES and 1 <= h1 <= 12 and 1 <= h2 <= 12
    if not explicit and not g["lead"] and not bare:
        return None
    # "3-3:30", "12:30-1:30", "11-1": hours a 12-hour clock writes, read as
    # working hours; "14h-16h", "09:00-10:00" and "15 bis 16 Uhr" are 24-hour.
    twelve_hour = (
        not g["uhr"]
        and not set("hu") & set(((g["s1"] or "") + (g["s2"] or "")).lower())
        and not (g["h1"] or "").startswith("0")
        and 1 <= h1 <= 12
        and 1 <= h2 <= 12
    )
    if twelve_hour:
        h1 = _business_hour(h1)
        if (h2, m2) <= (h1, m1) and h2 < 12:
            h2 += 12
    if h1 > 23 or h2 > 23 or (h2, m2) <= (h1, m1):
        return None
    return time(h1, m1), time(h2, m2)


def _zero_led(g: dict[str, str | None]) -> bool:
    return (g["h"] or "").startswith("0")


def _romance_hour(g: dict[str, str | None]) -> int:
    """The hour of a "romance_frac" match, spelled ("nueve") or in digits."""
    word = (g["w"] or "").lower()
    return _ROMANCE_HOURS.get(word) or int(word)


def _single(kind: str, g: dict[str, str | None], text: str) -> tuple[time, time | None] | None:
    if kind == "time12":
        begin = _mk(_hour(int(g["h"] or 0), g["a"]), g["m"])
    elif kind == "time24":
        h = int(g["h"] or 0)
        if not (g["m"] or g["m2"] or g["uhr"] or g["s"] in ("h", "u") or g["sh"]):
            return None
        # "06:00", "06.30": a leading zero writes the 24-hour clock, the morning's hour.
        if g["s"] == ":" and not g["uhr"] and not _zero_led(g):
            h = _business_hour(h)
        begin = _mk(h if h <= 23 else None, g["m"] or g["m2"])
    elif kind == "dotted":
        h = int(g["h"] or 0)
        begin = _mk(h if _zero_led(g) else _business_hour(h), g["m"])
    elif kind in ("cued", "zoned"):
        h = int(g["h"] or 0)
        begin = _mk(_business_hour(h) if 1 <= h <= 23 else None, None)
    elif kind == "military":
        begin = time(int(g["h"] or 0), int(g["m"] or 0))
    elif kind == "spoken":
        return _spoken(g)
    elif kind == "halb":
        begin = time(_business_hour(_HOUR_BEFORE_HALF[(g["w"] or "").lower()] - 1), 30)
    elif kind == "romance_frac":
        hour = _business_hour(_romance_hour(g))
        begin = time(hour, 30 if (g["frac"] or "").lower()[:2] in ("me", "de") else 15)
    elif kind == "noon_range":
        if g["h2"]:
            return time(12), _mk(int(g["h2"]) + 12, g["m2"])
        if g["h5"]:
            return time(12), _mk(int(g["h5"]), g["m5"])
        h = int(g["h1"] or g["h3"] or g["h4"] or 0)
        begin = _mk(h if g["a1"] else _business_hour(h), g["m1"] or g["m3"] or g["m4"])
        return (begin, time(12)) if begin and begin < time(12) else None
    elif kind == "midnight_range":
        begin = _mk(int(g["h1"]) + 12, g["m1"]) if g["h1"] else _mk(int(g["h24"] or 0), g["m24"])
        return (begin, time(0)) if begin else None
    elif kind == "day_ampm":
        return PARTS_OF_DAY["morning" if (g["ap"] or "").lower() == "a" else "afternoon"]
    elif kind == "british_half":
        begin = time(_business_hour(_NUMBER_WORDS[(g["w"] or "").lower()]), 30)
    elif kind == "quarter":
        word = (g["w"] or "").lower()
        hour = _business_hour(_HOUR_BEFORE_HALF.get(word) or int(word))
        after = (g["dir"] or "").lower() in ("nach", "over")
        begin = time(hour, 15) if after else time(hour - 1, 45)
    elif kind == "edge":
        return _EDGES[(g["edge"] or "").lower()]
    elif kind == "noon":
        return time(12), None
    else:
        return PARTS_OF_DAY[(g.get("plural") or text).lower()]
    return (begin, None) if begin else None


def _spoken(g: dict[str, str | None]) -> tuple[time, time | None] | None:
    word = (g["w"] or "").lower()
    # A bare number needs something that makes it a time ("at two thirty", "half past 2",
    # "4ish").
    if not (g["cue"] or g["frac"] or g["wm"] or g["a"] or g["ish"]) or (
        word.isdigit() and not (g["frac"] or g["ish"])
    ):
        return None
    h = _NUMBER_WORDS.get(word) or int(word)
    minutes = _WORD_MINUTES.get((g["wm"] or "").lower().replace("’", "'"), 0)
    if g["frac"]:
        minutes = 30 if g["frac"].lower() == "half" else 15
        if (g["dir"] or "").lower() == "to":
            h, minutes = (h - 1 or 12), 60 - minutes
    hour = _hour(h, g["a"]) if g["a"] else _business_hour(h)
    return (time(hour, minutes), None) if hour is not None else None


def _half_said(text: str, start: int, begin: time) -> bool:
    """Whether a vague time just before a bare hour says the half of the day it was read in.

    "Fri first thing, 8 ET" is the morning, "Thu EOD (6)" the evening; a vague time that says
    the other half than the guess ("first thing, 6" read as 18:00) leaves the guess open.
    """
    said = _VAGUE_SAID.search(text, 0, start)
    if said is None:
        return False
    return (begin < time(12)) == said.group(0).lower().startswith("first")


def _guessed(kind: str, g: dict[str, str | None]) -> bool:
    """Whether a bare hour ("at 7", "around eight") could be morning or evening alike."""
    if kind in ("cued", "zoned"):
        hour = g["h"] or ""
    elif kind == "time24" and g["s"] == ":" and not g["uhr"]:
        # "6:30 is early for me": a clock with its minutes that the working-day guess turns
        # into the evening is as open as "at 6" ("7:30", "8:30" stay mornings, as do "06:30"
        # and "18:30", written the 24-hour way).
        hour = g["h"] or ""
        return hour in _EITHER_HALF and _business_hour(int(hour)) > 12
    elif kind == "spoken" and not g["a"]:
        hour = g["w"] or ""
    elif kind == "romance_frac":
        return _romance_hour(g) in (6, 7, 8)
    elif kind == "range24" and not (g["uhr"] or g["s1"] or g["s2"]):
        # "Thursday 8-9?", "de 7 à 8": over before the working day if in the morning, so as
        # open as "at 8" ("8-10" runs into the working day, "8 and 9:30" has its minutes as
        # "8:30" does; "8h-9h", "8 bis 9 Uhr" are the 24-hour clock's).
        hour = g["h1"] or ""
        return hour in _EITHER_HALF and int(g["h2"] or 0) <= 9
    else:
        return False
    return hour.lower() in _EITHER_HALF


def _stated_length(text: str, start: int, end: int) -> timedelta | None:
    """Minutes written right before or after a time ("20 minutes at 4:15")."""
    found = _LENGTH_BEFORE.search(text[max(0, start - 30) : start]) or _LENGTH_AFTER.match(
        text[end : end + 30]
    )
    minutes = _length_minutes(found) if found else 0
    return timedelta(minutes=minutes) if 5 <= minutes <= 240 else None


def _length_minutes(found: re.Match[str]) -> int:
    """The minutes a `_MINUTES` match says, in figures or in words."""
    if found["n"]:
        return int(found["n"])
    if found["w"]:
        return SPELLED_MINUTES[re.sub(r"[ \t]+", " ", found["w"].lower())]
    return HOUR_PARTS[re.sub(r"[ \t]+", " ", found["part"].lower())]


def _length_said(text: str) -> timedelta | None:
    """The one meeting length the reply states ("20 minutes then?"), else ``None``.

    Lengths that are not the meeting's ("in 20 minutes", "10 minutes late",
    "15-30 minutes") do not count, nor two different ones, nor a link's
    ("calendly.com/name/20min" names an event type, not this meeting).
    """
    text = _blank_links(text)
    said = set()
    for found in _ANY_LENGTH.finditer(text):
        before = text[max(0, found.start() - 20) : found.start()]
        after = text[found.end() : found.end() + 12]
        if not (_NOT_LENGTH_BEFORE.search(before) or _NOT_LENGTH_AFTER.match(after)):
            said.add(_length_minutes(found))
    minutes = next(iter(said)) if len(said) == 1 else 0
    return timedelta(minutes=minutes) if 10 <= minutes <= 120 else None


def _plus(begin: time, length: timedelta) -> time | None:
    end = datetime.combine(date.min, begin) + length
    return end.time() if end.date() == date.min else None


def _overlaps_any(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether a span overlaps any of ``spans``, in log time (a long text has thousands of each)."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach = list(itertools.accumulate((b for _, b in ordered), max))

    def overlaps(start: int, end: int) -> bool:
        before = bisect.bisect_left(starts, end)
        return before > 0 and reach[before - 1] > start

    return overlaps


@lru_cache(maxsize=16)
def _offset_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` writes a zone as an offset: the "5:30" of "UTC+5:30" is no time of day."""
    # Asked of the same sentence for every time found in it: the zone scan is the costly part.
    return tuple(m.span() for m in _ZONE.finditer(text) if m["sign"])


# "Call me at 06 12 34 56 78", "+1 (612) 555 0101": digit groups run on past any clock or date.
_PHONE = re.compile(
    r"(?<![\w:/.,])\+?(?:\(\d{1,4}\)[ \t.-]?)?\d{1,4}(?:[ \t.-]\(?\d{1,5}\)?){2,}(?![\w:/])"
)
_PHONE_DIGITS = 8


def _phone_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a phone number, whose digit groups are no times of day."""
    return [
        m.span()
        for m in _PHONE.finditer(text)
        if sum(c.isdigit() for c in m.group()) >= _PHONE_DIGITS
    ]


def _with_same_day(
    text: str, dates: list[DateMention], last: date | None, last_alone: bool = False
) -> list[DateMention]:
    """``dates`` with each "same day" read as the day named last before it in the reply.

    "need to shift our thurs 1pm - can do 3pm same day or fri 10?": the 3pm is Thursday's,
    not the Friday it is written before. With no day named before, it names none. A "that
    day" is read only for a day named alone: in its own sentence before it, else (``last_alone``)
    in the sentence before.
    """
    found = sorted(dates, key=lambda d: d.start)
    said = [(m, False) for m in SAME_DAY.finditer(text)]
    said += [(m, True) for m in THAT_DAY.finditer(text)]
    for match, that in said:
        before = [d.day for d in found if d.end <= match.start()]
        day = before[-1] if before else last
        if that and (len(set(before)) > 1 or not before and not last_alone):
            continue
        if day is not None and not any(
            d.start < match.end() and match.start() < d.end for d in found
        ):
            found.append(DateMention(match.start(), match.end(), day, "same_day"))
            found.sort(key=lambda d: d.start)
    return found


# "Wed and Thu", "Tue, Wed or Thu", "Mon/Tue": days joined in one list, said of together.
_DAYS_JOINED = re.compile(
    r"^[ \t,/&+–—-]*(?:(?:and|or|und|oder|et|ou|y|o|e|en|of)\b[ \t,]*)?$", re.IGNORECASE
)


def _day_alone_with_clock(
    sentence: str, dates: Sequence[DateMention], times: Sequence[_TimeOfDay]
) -> bool:
    """Whether the sentence's last day is said of alone, with a clock after it.

    Then a "that day" in the next sentence is that day. "Tues is out, and Wed I'm in meetings
    until 3" ends on the Wednesday and the clock its busy part ends at; "Wed and Thu I'm in
    meetings until 3" names two days at once, and "Wed I'm away" no part of a day.
    """
    last = dates[-1]
    joined = any(
        d.day != last.day and _DAYS_JOINED.match(sentence[d.end : last.start]) for d in dates[:-1]
    )
    # "Wed I'm in workshops until 2 and Thu until 4": each day has a busy part of its own, and
    # "that day" may be either.
    timed = any(
        d.day != last.day
        and (
            _UNTIL_CLOCK.search(sentence, d.end, after.start) is not None
            or any(d.end <= t.start < after.start for t in times)
        )
        for d, after in zip(dates, dates[1:], strict=False)
    )
    # "until 3": a bare hour the clocks do not read still ends the busy part of the day.
    clocked = any(t.start > last.start for t in times) or bool(
        _UNTIL_CLOCK.search(sentence, last.end)
    )
    return not joined and not timed and clocked


# The words before a sentence's first clock: "That should be " in "That should be 9am in Paris."
_BEFORE_FIRST_CLOCK = re.compile(r"^[^\d]{0,40}(?=\d)")


def _opens_on_restatement(sentence: str) -> bool:
    """Whether the sentence opens on another clock's reading of a time ("That's 9am for me")."""
    lead = _BEFORE_FIRST_CLOCK.match(sentence.strip())
    return lead is not None and bool(_RESTATE_BEFORE.search(lead.group(0)))


def _last_anchor(dates: list[DateMention]) -> date | None:
    """The last full date a sentence names, which a bare weekday in the next one comes after.

    Only the sentence right before counts: a date paragraphs up is another thought.
    """
    return next((d.day for d in reversed(dates) if d.kind in ANCHORS), None)


# What opens the clock that spells out a "same time": a bracket or "that is" in each language.
# The bracket may follow the question it spells out: "Wednesday, same time? (16:00 here)".
_SAME_SPELLED = re.compile(
    rf"[ \t]*(?:\??[ \t]*\(|,?[ \t]*(?:{_THAT_IS})[ \t,:]+)[ \t]*", re.IGNORECASE
)


_SAME_THEN_COMMA = re.compile(r",[ \t]*")


def _spaced_hour_is_clock(text: str, taken: list[tuple[int, int]], match: re.Match[str]) -> bool:
    """Whether "14 h" is a time of day: after a day, a cue or a sentence's start.

    Written apart, "en 3 h" counts hours; "vendredi 14 h", "soit 15 h", "Demain 8 h" and
    "14 h, ça te va ?" name the clock. Right after a day, a small number is still a length
    ("Demain 1 h").
    """
    start = match.start()
    if (
        _SPACED_HOUR_LEAD.search(text, max(0, start - 20), start)
        or _SPACED_HOUR_SIDE.match(text, match.end())
        # "4 h du matin", "11 h du soir": the half of the day makes it a clock.
        or _MORNING_AFTER.match(text, match.end())
        or _AFTERNOON_AFTER.match(text, match.end())
    ):
        return True
    return int(match["h"]) >= _START_OF_DAY.hour - 2 and any(
        _DAY_THEN_HOUR.fullmatch(text, e, start) for _, e in taken if e <= start
    )


# "7h apart", "6h behind", "10 h d'écart": the gap between two clocks, at any number of hours.
_HOURS_BETWEEN_CLOCKS = re.compile(
    r"[ \t]+(?:apart|ahead|behind|difference|d['’]écart|de[ \t]+décalage|de[ \t]+diferencia"
    r"|Unterschied|Zeitunterschied|verschil)\b",
    re.IGNORECASE,
)


def _counted_hours(text: str, match: re.Match[str]) -> bool:
    """Whether "2h de route", "1 h max" count hours: a small number before "de" or "max".

    So does "7h apart", a gap between clocks, whatever the number.
    """
    if _HOURS_BETWEEN_CLOCKS.match(text, match.end()):
        return True
    return (
        int(match["h"]) < _START_OF_DAY.hour - 2
        and bool(_SPACED_HOUR_LENGTH.match(text, match.end()))
        # "las 5 h de la mañana" is a clock, its half of the day said.
        and not _MORNING_AFTER.match(text, match.end())
        and not _AFTERNOON_AFTER.match(text, match.end())
    )


# "after 3 your time till 4": the end of a spell opened by "after", a zone perhaps between.
_UNTIL_AFTER = re.compile(
    r"[^\d\n.!?;]{0,20}?\b(?:till|until|to|bis|jusqu['’]à|hasta(?:[ \t]+las)?|fino[ \t]+alle"
    r"|até(?:[ \t]+às)?|tot)[ \t]+(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?(?![\d:.])",
    re.IGNORECASE,
)


def _until_said(text: str, end: int, begin: time) -> time | None:
    """The bare clock after "till" that ends a spell from ``begin``, on the same half-day."""
    until = _UNTIL_AFTER.match(text, end)
    if until is None:
        return None
    hour, minute = int(until["h"]), int(until["m"] or 0)
    if hour < 12 <= begin.hour:
        hour += 12
    finish = time(hour % 24, minute)
    # "after 3 till 9" is no spell a meeting is fitted in: the clock may be another's.
    latest = _plus(begin, timedelta(hours=3)) or time.max
    return finish if begin < finish <= latest else None


def _find_times(
    text: str, taken: list[tuple[int, int]], earlier: _TimeOfDay | None = None
) -> list[_TimeOfDay]:
    """Times of day in ``text``, none inside the ``taken`` spans (the dates).

    ``earlier`` is the last time of the sentence before, for a "same time"
    that opens a sentence ("Tuesday at 3 works. Or same time Wednesday.").
    """
    found: list[_TimeOfDay] = []
    same: list[tuple[int, int]] = []
    in_taken = _overlaps_any([*taken, *_offset_spans(text), *_phone_spans(text)])
    for kind, pattern in _TIME_PATTERNS:
        for match in pattern.finditer(text):
            if in_taken(*match.span()):
                continue
            g = match.groupdict()
            if kind == "same":
                if not same_clock_said(text, match):
                    same.append(match.span())
                continue
            if g.get("sh") and not _spaced_hour_is_clock(text, taken, match):
                continue
            if (
                kind == "time24"
                and (g["sh"] or g["s"] == "h")
                and not g["m"]
                and _counted_hours(text, match)
            ):
                continue
            if kind == "range12":
                parsed = _range12(g)
            elif kind == "range24":
                parsed = _range24(g)
            else:
                parsed = _single(kind, g, match.group(0))
            back = kind == "part" and (
                _BACK_REFERENCE.search(text, 0, match.start())
                or _WISHED.search(text, max(0, match.start() - 40), match.start())
                or (
                    _RIGHT_BY.search(text, max(0, match.start() - 40), match.start()) is not None
                    and any(not t.part and t.start < match.start() for t in found)
                )
                or (
                    _GREETING_BEFORE.search(text, 0, match.start()) is not None
                    and _GREETING_AFTER.match(text, match.end()) is not None
                )
                or (
                    _MEAL.match(text, match.start()) is not None
                    and _MEAL_LEAD.search(text, max(0, match.start() - 12), match.start())
                    is not None
                    and any(not t.part for t in found)
                )
            )
            habit = (g.get("plural") and not _DAY_LIST_BEFORE.search(text, 0, match.start())) or (
                kind == "part"
                and _EVERY_BEFORE.search(text, max(0, match.start() - 12), match.start())
                is not None
            )
            if parsed is None or back or habit:
                continue
            begin, finish = parsed
            if kind == "part" and (side := _PART_BOUNDED.search(text, 0, match.start())):
                # "Thursday after lunch", "before lunch": the working day on one side of the
                # part, not the part itself. "right after lunch" is a moment near its end that
                # no clock says: left unread.
                if _RIGHT_BY.search(text, 0, match.start()):
                    continue
                if side["after"]:
                    if finish is None or finish >= _END_OF_DAY:
                        continue
                    begin, finish = finish, _END_OF_DAY
                else:
                    if begin <= _START_OF_DAY:
                        continue
                    begin, finish = _START_OF_DAY, begin
            stop = match.end()
            closed = _PART_UNTIL.match(text, stop) if kind == "part" and finish else None
            closes = _closing_clock(closed, begin) if closed else None
            if closed and finish and closes is not None and begin < closes <= finish:
                # "in the morning until 11", "am Nachmittag bis 16 Uhr": the part ends there.
                finish, stop = closes, closed.end()
            # ("a las 8 de la noche": the same after a cued hour.)
            # Round 81: "half past nine in the evening", "at nine in the evening": a spoken clock
            # takes the half of the day said after it as the cued one does; one with its own
            # "pm" or "am" has said it already.
            clocked = kind in ("time24", "cued", "romance_frac") or (
                kind == "spoken" and not g.get("a")
            )
            half = _AFTERNOON_AFTER.match(text, stop) if clocked else None
            if half:
                # "3h de l'après-midi", "8 h du soir": a clock of twelve hours, and the part of
                # the day that says so is no second time. "6:30 de la tarde", which the working
                # day already reads as 18:30, has its half of the day said: no guess is left.
                begin = begin.replace(hour=begin.hour + 12) if begin.hour < 12 else begin
                stop = half.end()
            morning = None
            if clocked and not half:
                morning = _MORNING_AFTER.match(text, stop)
            if morning and int(g.get("h") or 0) < 12:
                # "a las 6 de la mañana": the morning's 6, and the part of the day is no second
                # time ("16h du matin" says nothing sure and is left as it was read).
                begin = begin.replace(hour=begin.hour - 12) if begin.hour > 12 else begin
                stop = morning.end()
            else:
                morning = None
            opening = clocked and not half and not morning and _BEFORE_DAY_OPENS.match(text, stop)
            if opening and begin.hour > 12:
                begin = begin.replace(hour=begin.hour - 12)
            cue = " ".join((g.get("cue") or "").split())
            after_cue = _AFTER_CUE.fullmatch(cue) is not None
            # Which side of the window is the working day's edge, not a clock said.
            bound = ""
            if (
                finish is None
                and kind != "part"
                and (after_cue or _AFTER.search(text[max(0, match.start() - 20) : match.start()]))
            ):
                finish = _until_said(text, stop, begin)
                if finish is None and begin < _END_OF_DAY:
                    finish, bound = _END_OF_DAY, "end"
            closes_at = (
                match.start()
                if _BEFORE_CUE.fullmatch(cue) is not None
                else (
                    max(0, match.start() - 20) + said_bound.start()
                    if (
                        said_bound := _BEFORE.search(
                            text[max(0, match.start() - 20) : match.start()]
                        )
                    )
                    else None
                )
            )
            negated = closes_at is not None and bool(
                _NOT_BEFORE.search(text, max(0, closes_at - 12), closes_at)
            )
            if finish is None and kind != "part" and negated:
                # "not before 10", "pas avant 10h", "nicht vor 10 Uhr": from that time on.
                finish = _until_said(text, stop, begin)
                if finish is None and begin < _END_OF_DAY:
                    finish, bound = _END_OF_DAY, "end"
            if (
                finish is None
                and kind != "part"
                and closes_at is not None
                and begin > _START_OF_DAY
            ):
                # "Thursday before noon": the working day up to that time.
                begin, finish, bound = _START_OF_DAY, begin, "begin"
            length = _stated_length(text, match.start(), match.end()) if finish is None else None
            if length is not None:
                finish = _plus(begin, length)
            found.append(
                _TimeOfDay(
                    match.start(),
                    stop,
                    begin,
                    finish,
                    part=kind in ("part", "day_ampm"),
                    guessed=(
                        _guessed(kind, g)
                        and not (half and begin.hour != 12)
                        and not morning
                        and not opening
                        and not _half_said(text, match.start(), begin)
                    )
                    # "a las 12 de la noche" may be midnight as well as noon.
                    or bool(half and begin.hour == 12 and _NIGHT_SAID.search(half.group())),
                    edge=(g.get("edge") or "").lower() if kind == "edge" else "",
                    # "…, or early Friday": the edge is written before its day, never after
                    # the day before it.
                    binds_next=kind == "edge",
                    bound=bound,
                )
            )
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[_TimeOfDay] = []
    for tod in found:
        if kept and tod.start < kept[-1].end:
            continue
        kept.append(tod)
    for start, end in same:
        # "A lunch & learn that day. … Thursday at the same time?": a part of the day is no
        # time to repeat; the clock time meant is elsewhere (often in the quoted lines).
        # Nor is another zone's reading of a time ("that's Monday 3pm in Chicago").
        named = [t for t in kept if t.end <= start and not t.part]
        before = _repeatable(text, named) or ([earlier] if earlier and not earlier.part else [])
        spelled = _SAME_SPELLED.match(text, end)
        inside = [t for t in kept if spelled and t.start == spelled.end()]
        comma = _SAME_THEN_COMMA.match(text, end)
        if not inside and comma:
            # "Friday, same time, 1pm Central": a clock set off by a comma spells out the
            # "same time" only where it is the clock repeated (or none came before): "Friday
            # same time, 2pm Saturday" after a 1pm may be a second offer.
            inside = [
                t
                for t in kept
                if t.start == comma.end() and not t.part and all(b.begin == t.begin for b in before)
            ]
        if inside:
            # "same time (4pm GMT)", "même heure, soit 15 h": the time in brackets or after
            # "that is" says which; the two are one reading.
            kept[kept.index(inside[0])] = replace(inside[0], start=start)
        elif before:
            # "Monday at 9am or 2pm; otherwise same time the following Wednesday": with two
            # clocks before it, which one "same time" repeats is a guess.
            kept.append(
                _TimeOfDay(
                    start,
                    end,
                    before[-1].begin,
                    before[-1].finish,
                    before[-1].zone,
                    True,
                    guessed=before[-1].guessed or _clocks_differ(text, named),
                )
            )
    kept.sort(key=lambda t: t.start)
    return _edges_joined(text, kept)


def _repeatable(text: str, clocks: list[_TimeOfDay], first: bool = False) -> list[_TimeOfDay]:
    """The ``clocks`` a later "same time" may repeat: not another zone's reading of a time.

    "friday's 10am (ur 5pm) … same time monday": the bracket reads the 10am on the user's
    clock, and "same time" keeps the clock the time was named on, the sender's. ``first``: no
    clock to repeat was written before these in the reply, so a clock named on the user's,
    with none before it to read again, is the time itself for a "same time" in a later
    sentence ("Thursday at 7pm your time? Or Friday, same time"), its zone read by then. A
    bracket's clock ("segunda (11h aqui)") stays a reading of the day before it.
    """
    return [
        t
        for t in clocks
        if not _restates(text, t)
        or (
            first
            and not any(o.end <= t.start for o in clocks)
            and not _RESTATE_BEFORE.search(text[max(0, t.start - 32) : t.start])
            and _ON_USERS_CLOCK.match(text, t.end) is not None
        )
    ]


# "7pm your time", "7pm yours": a clock put on the user's side by the words right after it.
_ON_USERS_CLOCK = re.compile(
    r"[ \t]*(?:your[ \t]+time|yours|for[ \t]+you|(?:on[ \t]+|at[ \t]+)?your[ \t]+(?:end|side))\b",
    re.IGNORECASE,
)


def _clocks_differ(text: str, clocks: list[_TimeOfDay]) -> bool:
    """Whether the clocks a "same time" may repeat name more than one time.

    A clock written as a reading with no clock before it to read again ("our call (9am or
    10am?)") names a time all the same: beside another it leaves the repeat a guess.
    """
    named = [
        t for t in clocks if not _restates(text, t) or not any(o.end <= t.start for o in clocks)
    ]
    return len({t.begin for t in named}) > 1


def _edges_joined(text: str, times: list[_TimeOfDay]) -> list[_TimeOfDay]:
    """One part of the day from "early Friday morning", "late Thursday afternoon"."""
    out: list[_TimeOfDay] = []
    skip: set[int] = set()
    for i, tod in enumerate(times):
        if i in skip:
            continue
        after = times[i + 1] if i + 1 < len(times) else None
        if tod.edge and after is not None and after.part:
            between = text[tod.end : after.start]
            # Only the day's words between them ("Friday", "on next Tuesday").
            if len(between) <= 30 and not re.search(r"[,.;:!?\d]", between):
                word = " ".join(text[after.start : after.end].lower().split())
                begin, finish = PARTS_OF_DAY.get(f"{tod.edge} {word}", (after.begin, after.finish))
                out.append(replace(tod, begin=begin, finish=finish, part=True, edge=""))
                skip.add(i + 1)
                continue
        out.append(tod)
    return out


def _inside(clock: _TimeOfDay, part: _TimeOfDay) -> bool:
    """Whether a clock time starts in a part of the day, or a clock range overlaps it."""
    if part.finish is None:
        return False
    return part.begin <= clock.begin < part.finish or (
        clock.finish is not None and clock.begin < part.finish and part.begin < clock.finish
    )


# "por la tarde, a las 17h", "afternoon, say 5pm", "la mattina presto, tipo 8:30": only words
# that lead to a clock between (an edge word such as "presto", "early" may come first).
_NARROWING_GAP = re.compile(
    r"[ \t,]*(?:(?:early|late|presto|tardi|tôt|tard|temprano|früh|spät|cedo)[ \t,]+)?"
    r"(?:(?:at|say|like|around|à|vers|genre|a[ \t]+las|sobre[ \t]+las|tipo|um|gegen|so[ \t]+gegen"
    r"|etwa|alle|verso[ \t]+le|às|om|rond"
    # "in the afternoon after 5pm", "am Nachmittag ab 17 Uhr": the part from its end on.
    rf"|{bounding(AFTER_WORDS, clock=True)}|ab|from|vanaf)[ \t]+)?",
    re.IGNORECASE,
)
# How far outside the reader's bounds of a part of the day a clock written as its narrowing
# may fall: "Monday afternoon at 5pm" ends it, "mercoledì la mattina presto, tipo 8:30" opens
# it earlier than 9 does.
_NARROWING_SLACK = timedelta(hours=1)


def _narrowed_on_same_day(groups: list[_Group], roles: Roles) -> list[_Group]:
    """A part of a day dropped where the sentence offers a clock in it on the same day.

    "Tuesday evening works better for me: how about 7:30pm on Tue Nov 7?": the evening is the
    7:30 said loosely first, not a second offer. A clock the sender turns down ("Tuesday
    evening works, but I have a call at 7:30 on Tuesday") narrows nothing.
    """
    clocks = [
        (d.day, t)
        for g in groups
        for d in g.dates
        for t in g.times
        if not t.part and not t.edge and roles.at(t.start) in PROPOSED_ROLES
    ]

    def narrowed(g: _Group, part: _TimeOfDay) -> bool:
        return (
            part.part
            and part.finish is not None
            and bool(g.dates)
            and all(
                any(
                    # ("Monday evening …, 6:15pm on Mon 13 Nov": a bare weekday is the
                    # dated day of that weekday beside it.)
                    (day == d.day or (d.kind == "weekday" and day.weekday() == d.day.weekday()))
                    and t not in g.times
                    and (_inside(t, part) or _within_slack(t, part))
                    for day, t in clocks
                )
                for d in g.dates
            )
        )

    kept = []
    for g in groups:
        times = [t for t in g.times if not narrowed(g, t)]
        if times or not g.times:
            kept.append(_Group(g.dates, times) if times != g.times else g)
    return kept


def _within_slack(clock: _TimeOfDay, part: _TimeOfDay) -> bool:
    """Whether a clock starts within `_NARROWING_SLACK` of a part of the day's bounds."""
    if part.finish is None:
        return False
    day = date(2000, 1, 3)
    begin = datetime.combine(day, clock.begin)
    opens, closes = datetime.combine(day, part.begin), datetime.combine(day, part.finish)
    return opens - _NARROWING_SLACK <= begin <= closes + _NARROWING_SLACK


def _at_its_end(text: str, clock: _TimeOfDay, part: _TimeOfDay) -> bool:
    """A clock just at or outside an edge of a part of the day, written right after it.

    "El lunes por la tarde, a las 17h", "Monday afternoon at 5pm": 17:00 ends the afternoon
    the reader knows, but natives call 5pm the afternoon; "la mattina presto, tipo 8:30" is
    an early morning. "morning or 12" stays two offers.
    """
    if part.finish is None or _NARROWING_GAP.fullmatch(text[part.end : clock.start]) is None:
        return False
    day = date(2000, 1, 3)
    begin = datetime.combine(day, clock.begin)
    opens, closes = datetime.combine(day, part.begin), datetime.combine(day, part.finish)
    return opens - _NARROWING_SLACK <= begin <= closes


def _refined(times: list[_TimeOfDay], text: str) -> list[_TimeOfDay]:
    """A part of the day with a clock time inside it ("late morning, say 11:15") is that time.

    So is one a clock range overlaps ("Saturday morning, I'm usually free 8 to 10"), and a
    clock that a range from it, said next as "say", spells out ("after 6pm works, say 6-7:30").
    """
    # "early Friday (9:00)": an edge of the day is narrowed the same way.
    clocks = [t for t in times if not t.part and not t.edge]
    spelled = {
        id(c): narrowed
        for c in clocks
        for t in clocks
        if (narrowed := _spelled_out(text, c, t)) is not None
    }
    parts = [t for t in times if t.part or t.edge]
    return [
        _bounded_by_parts(spelled.get(id(t), t), parts)
        for t in times
        if not (
            (t.part or t.edge) and any(_inside(c, t) or _at_its_end(text, c, t) for c in clocks)
        )
        and not any(id(c) in spelled and spelled[id(c)].start == t.start for c in clocks)
    ]


def _bounded_by_parts(clock: _TimeOfDay, parts: list[_TimeOfDay]) -> _TimeOfDay:
    """``clock`` with its open side closed by a part of the day it falls in.

    "in the morning after 10", "am Vormittag ab 10 Uhr": the morning from 10, not the working
    day from 10; "in the afternoon before 4pm", "por la tarde antes de las 16": the afternoon
    up to 4, not the working day up to it. A side the sender said stays as said.
    """
    if not clock.bound or clock.finish is None:
        return clock
    part = next((p for p in parts if p.finish is not None and _inside(clock, p)), None)
    if part is None or part.finish is None:
        return clock
    if clock.bound == "end" and clock.begin < part.finish:
        return replace(clock, finish=min(clock.finish, part.finish), bound="")
    if clock.bound == "begin" and part.begin < clock.finish:
        return replace(clock, begin=max(clock.begin, part.begin), bound="")
    return clock


# "7-8:15am": a range that says which half of the day it is in.
_HALF_WRITTEN = re.compile(r"\d[ \t]*[ap]\.?m\b", re.IGNORECASE)
# "say", "ideally" right before a clock: the words that narrow what was just said.
_NARROWED_TO = re.compile(r"\b(?:say|ideally)[ \t,:]*$", re.IGNORECASE)


def _spelled_out(text: str, clock: _TimeOfDay, later: _TimeOfDay) -> _TimeOfDay | None:
    """``later``, a range from ``clock``'s time said right after to narrow it, if it is one.

    "after 6pm Dubai time works, say 6-7:30 either day": the evening from 6 is the one
    window 6 to 7:30, not a half hour at 6 beside it; "after 7pm …, say 7-8:15" is the same
    evening's, not a morning's. "at 6, or 6-7:30" stays two.
    """
    if (
        clock.finish is not None
        or clock.part
        or later.finish is None
        or clock.end > later.start
        or _NARROWED_TO.search(text, clock.end, later.start) is None
    ):
        return None
    if later.begin == clock.begin:
        return later
    if (
        later.begin.hour + 12 == clock.begin.hour
        and later.finish.hour < 12
        and not _HALF_WRITTEN.search(text, later.start, later.end)
    ):
        return replace(
            later,
            begin=later.begin.replace(hour=later.begin.hour + 12),
            finish=later.finish.replace(hour=later.finish.hour + 12),
            guessed=False,
        )
    return None


def _zone_of(
    match: re.Match[str],
    user_tz: tzinfo | None,
    own_tz: tzinfo | None,
    home: tzinfo | None,
    user_names: frozenset[str],
) -> tzinfo | None:
    if match["yours"] or match["near"] or match["same"]:
        return user_tz
    if match["mine"]:
        return own_tz
    if match["zulu"]:
        return UTC
    if match["abbr"]:
        abbr = match["abbr"].upper()
        if home is not None and abbr in user_names:
            return home
        return _user_abbreviation(abbr, user_tz) or zone(ZONE_ABBREVIATIONS[abbr])
    if match["sign"]:
        return fixed_offset(match["sign"], int(match["oh"]), int(match["om"] or 0))
    if match["iana"]:
        return _iana(match["iana"])
    if home is not None and match["name"].lower() in user_names:
        return home
    return zone(ZONE_NAMES[match["name"].lower()])


def _iana(name: str) -> tzinfo | None:
    """The zone a written IANA name is, if it is one ("Europe/Londn" is none).

    "America/Argentina" names a folder of zones, which the zone database refuses as a
    directory (an ``OSError``), not as an unknown key.
    """
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _user_abbreviation(abbr: str, user_tz: tzinfo | None) -> tzinfo | None:
    """``user_tz``, when it goes by ``abbr`` all year.

    "MST" is Denver's winter name but Phoenix's only one: to a user in Phoenix it means
    Phoenix. A zone that changes its name ("IST" is Dublin's summer) keeps the table's reading.
    """
    return user_tz if user_tz is not None and _names(user_tz) == {abbr} else None


@cache
def _home_place(home: tzinfo | None) -> re.Pattern[str] | None:
    """The place in the name of the user's zone ("America/Boise"), said as a zone.

    The zones the table knows keep its reading; a zone named by no place ("UTC",
    "Etc/GMT+7") has none.
    """
    key = getattr(home, "key", None)
    if not isinstance(key, str) or "/" not in key or key.startswith("Etc/"):
        return None
    place = key.rsplit("/", 1)[1].replace("_", " ")
    if place.lower() in ZONE_NAMES:
        return None
    return re.compile(rf"\b{re.escape(place)}(?:[ \t]+(?:time|timezone))?\b", re.IGNORECASE)


@cache
def _names(tz: tzinfo) -> frozenset[str | None]:
    return frozenset(at.astimezone(tz).tzname() for at in _CLOCK_SAMPLES)


# A region's clock by the abbreviation of its standard time: a zone that wears it is on it.
_REGION_STANDARD = {
    "pacific": "PST", "mountain": "MST", "central": "CST", "eastern": "EST",
    "atlantic": "AST", "alaska": "AKST", "hawaii": "HST",
    "australian eastern": "AEST", "australian central": "ACST", "australian western": "AWST",
}  # fmt: skip


def own_names(home: tzinfo) -> frozenset[str]:
    """Every name of the user's zone: in the user's own words each is their clock.

    A user in Jerusalem who writes "IST" means Israel's winter clock, not India's; one in
    Phoenix who writes "MST" or "Mountain time" means Phoenix, not Denver, whose summer
    clock is an hour ahead. Regions go lower-case, as the zone names are looked up.
    """
    worn = {name for name in _names(home) if name is not None}
    return frozenset(worn | {r for r, std in _REGION_STANDARD.items() if std in worn})


@lru_cache(maxsize=16)
def names_echoed(history: str, home: tzinfo) -> frozenset[str]:
    """The names of the user's zone that the user's quoted words use.

    The contact who answers "3pm IST" to an outreach in "IST" from Jerusalem echoes the
    user's clock; to a Dublin user whose outreach said "Dublin time", "IST" stays India's.
    """
    said = {(m["abbr"] or "").upper() or (m["name"] or "").lower() for m in _ZONE.finditer(history)}
    return own_names(home) & said


@dataclass(frozen=True)
class _ZoneMention:
    start: int
    end: int
    tz: tzinfo
    named: bool
    # "for you": the user's zone only for the time it follows, never the message's.
    near: bool = False


# "Ponte de Lima", "Castelnuovo di Garfagnana": a place's name ending in another's; "hora de
# Lima" is Lima's clock (a word for time before the "de").
_LONGER_PLACE = re.compile(
    r"(?P<first>(?-i:[A-Z])[\w'’-]+)[ \t]+(?:de|do|da|di|del|della|dos|das)[ \t]+$"
)


def _zone_matches(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """The zones ``text`` names, less a known name that ends an unknown place's.

    With ``pos`` and ``endpos``, only between them, the text before still read behind them
    ("2 pm yours" is the user's clock after a clock).
    """
    if pos == 0 and endpos is None:
        return iter(_every_zone(text))
    return _not_in_place_names(
        text, _ZONE.finditer(text, pos, len(text) if endpos is None else endpos)
    )


@lru_cache(maxsize=16)
def _every_zone(text: str) -> tuple[re.Match[str], ...]:
    # A message's zones are asked for many times over: a long one is scanned once.
    return tuple(_not_in_place_names(text, _ZONE.finditer(text)))


def _not_in_place_names(text: str, matches: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    for m in matches:
        longer = m["name"] and _LONGER_PLACE.search(text, max(0, m.start() - 32), m.start())
        if not longer or _folded(longer["first"]) in _CLOCK_WORDS:
            yield m


# "pm", "h", "Uhr" after a clock's digits.
_CLOCK_SUFFIX = r"(?:[ \t]*(?:[ap]\.?m\.?|h|Uhr|uur))?"
# "our 11am tomorrow (5pm ": a bracket that opens on a clock, after another clock in its sentence;
# "at 3:30 pm, 2 pm ": a clock right after another and a comma, restated as a bracket would.
_CLOCK_OPENS_BRACKET = re.compile(
    r"(?<!\d)(?P<before>\d{1,2})(?:[:.h]\d\d)?(?:[^\d.!?\n]{0,40}\(|"
    rf"{_CLOCK_SUFFIX}[ \t]*,)[ \t]*(?P<hour>\d{{1,2}})(?:[:.h]\d\d)?{_CLOCK_SUFFIX}[ \t]*$",
    re.IGNORECASE,
)


def _restates_another_clock(text: str, at: int) -> bool:
    """Whether the bracket the zone at ``at`` is in reads a clock before it as another hour.

    "our 11am tomorrow (5pm your time)" puts the 11am on the user's clock, so "your time" is
    that bracket's, as in "at 3:30 pm, 2 pm your time"; "tomorrow at 10 … (10 your time)" says
    the sender's clock is the user's.
    """
    bracket = _CLOCK_OPENS_BRACKET.search(text, max(0, at - 80), at)
    return bracket is not None and int(bracket["before"]) != int(bracket["hour"])


def _find_zones(
    text: str,
    user_tz: tzinfo | None = None,
    own_tz: tzinfo | None = None,
    home: tzinfo | None = None,
    user_names: frozenset[str] = frozenset(),
    beside: Sequence[tzinfo] = (),
) -> list[_ZoneMention]:
    """The zones ``text`` names; ``own_tz`` is the sender's ("here"), ``user_tz`` the user's.

    ``home`` is the zone the user lives in: its place ("Boise time") is a zone name too, and
    so is each abbreviation in ``user_names``. ``beside`` are zones the rest of the message
    names, which settle an abbreviation as those ``text`` names do.
    """
    found = []
    matches = [(m, _zone_of(m, user_tz, own_tz, home, user_names)) for m in _zone_matches(text)]
    place = _home_place(home)
    if place is not None and home is not None:
        matches += [
            (m, home)
            for m in place.finditer(text)
            if not any(o.start() < m.end() and m.start() < o.end() for o, _ in matches)
        ]
    for m, tz in sorted(matches, key=lambda pair: pair[0].start()):
        if (
            m.re is _ZONE
            and m["same"]
            and _NOT_SAME.search(text, max(0, m.start() - 24), m.start())
        ):
            # "not in the same zone as you" says the clocks differ, not which one is meant.
            continue
        if (
            (guess := _IF_YOU_ARE_ON.search(text, max(0, m.start() - 48), m.start()))
            and _ON_MY_SIDE.search(text, max(0, guess.start() - 40), guess.start())
            and _NO_CLOCK_AFTER.match(text, m.end())
        ):
            # "12pm for me, if you're still on CET": a guess at the user's clock for the time
            # before it, not the zone of the message's other times.
            continue
        if tz is not None:
            # "Eastern time", "both Mountain": plainly a zone, not the word "central".
            # "(UK)", "(Central)": a place name alone in brackets is said as a zone.
            bracketed = (
                text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")"
            )
            plain = (
                m.group(0).lower().endswith(("time", "timezone"))
                # "ora italiana", "Nederlandse tijd": the name says it is a time.
                or m.group(0).lower().startswith(("ora ", "hora ", "heure ", "horário "))
                or m.group(0).lower().endswith(("zeit", "tijd"))
                or bracketed
                # "… or Thursday Nov 6 at 10? Pacific.": a zone that is a sentence of its own.
                or (
                    _SENTENCE_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None
                    and _SENTENCE_AFTER.match(text, m.end()) is not None
                )
                # The cue sits right before the name: a short look back, not the whole text.
                or bool(_ZONE_FOR_ALL.search(text, max(0, m.start() - 48), m.start()))
            )
            near = m.re is _ZONE and bool(
                m["near"]
                or m["mine"]
                # "our 11am tomorrow (5pm your time)": a bracket that reads the clock before
                # it on the user's clock names the user's zone for that clock only.
                or (m["yours"] and _restates_another_clock(text, m.start()))
            )
            loose = (m.re is not _ZONE or bool(m["name"])) and not plain or near
            found.append(_ZoneMention(m.start(), m.end(), tz, loose, near))
    # "(Arizona time, MST)": an abbreviation that a zone named beside it always goes by is
    # that zone, not the table's.
    named = list(dict.fromkeys([*(z.tz for z in found), *beside]))
    return [
        next(
            (
                replace(z, tz=tz)
                for tz in named
                if _user_abbreviation(text[z.start : z.end], tz) is not None
            ),
            z,
        )
        for z in found
    ]


def _writers_places(
    text: str,
    zones: Sequence[_ZoneMention],
    ref: datetime,
    writer_tz: tzinfo,
    clock_talk: bool,
) -> tuple[tzinfo, ...]:
    """The zones a message names as the writer's own clock, which settle a name in any sentence.

    "Arizona doesn't do daylight saving. … Wednesday 16th at 7:30am MST": a place that keeps
    one standard time all year settles that name in every sentence, not just its own, so
    Denver's summer clock is not meant. Only a place said as a clock ("Phoenix time") or in
    talk of clock changes, on the writer's offset when writing: "my colleague in Arizona"
    says nothing of the writer's MST. A zone said for the user ("9am Arizona time for you")
    is the user's clock, not the writer's. An abbreviation is no place: the "MST" that
    Arizona settled in its own sentence does not settle another's.
    """
    offset = ref.astimezone(writer_tz).utcoffset()
    return tuple(
        dict.fromkeys(
            z.tz
            for z in zones
            if not z.near
            and text[z.start : z.end] not in ZONE_ABBREVIATIONS
            and (clock_talk or not z.named)
            and ref.astimezone(z.tz).utcoffset() == offset
        )
    )


# Every half month over two years: enough to tell two zones' daylight-saving rules apart.
_CLOCK_SAMPLES = tuple(
    datetime(2026 + m // 24, m // 2 % 12 + 1, 1 + 14 * (m % 2), 12, tzinfo=UTC) for m in range(48)
)


def _clock(tz: tzinfo) -> tuple[timedelta | None, ...]:
    """The zone's offsets at the sample instants: two names with equal clocks are one zone."""
    return tuple(at.astimezone(tz).utcoffset() for at in _CLOCK_SAMPLES)


def named_zone(
    text: str,
    home: tzinfo | None = None,
    user_names: frozenset[str] = frozenset(),
    *,
    writers: bool = False,
) -> tzinfo | None:
    """The one zone ``text`` names ("I'm in Chicago (Central time)"), else ``None``.

    "Toronto, ON (Eastern time)" names one clock twice: names that keep the same
    time all year are one zone (the first named stands for them).

    ``writers``: the zone the writer keeps, so not a place named as the reader's ("14:00 Quito
    time (12:00 for you in Seattle)" is not written on Seattle's clock).
    """
    zones = _find_zones(text, home=home, user_names=user_names)
    if writers:
        zones = [z for z in zones if not _READERS_PLACE.search(text, 0, z.start)]
    clocks = _distinct_clocks(z.tz for z in zones)
    return clocks[0] if len(clocks) == 1 else None


# A clock right before the reader's side and place: "12:00 for you in Seattle", "9am for you
# in Boston".
_READERS_CLOCK = re.compile(
    r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])(?:[:.h](?P<m>[0-5]\d))?(?:[ \t]*(?:h|uhr|uur)\b)?"
    r"[ \t]*(?P<half>[ap]\.?m\.?)?[ \t]+$",
    re.IGNORECASE,
)


def readers_clocks(text: str) -> list[tuple[time, tzinfo]]:
    """The clocks ``text`` restates on the reader's named place ("12:00 for you in Seattle").

    Whoever wrote the time first, the restatement says what the reader's wall clock reads at
    that instant: a reading that puts it elsewhere has the first clock's zone wrong.
    """
    found = []
    for z in _find_zones(text):
        side = _READERS_PLACE.search(text, 0, z.start)
        if side is None or (clock := _READERS_CLOCK.search(text, 0, side.start())) is None:
            continue
        hour, minute, half = int(clock["h"]), int(clock["m"] or 0), (clock["half"] or "")[:1]
        if half:
            if hour > 12 or hour == 0:
                continue
            hour = hour % 12 + (12 if half.lower() == "p" else 0)
        found.append((time(hour, minute), z.tz))
    return found


# "(12:00 for you in Seattle)", "11h pour vous à Montréal", "a las 12 para ti en Seattle": the
# place right after the words for the reader's side is the reader's, not the writer's.
_READERS_PLACE = re.compile(
    r"\b(?:for[ \t]+you|on[ \t]+your[ \t]+end|your[ \t]+time|where[ \t]+you[ \t]+are"
    r"|pour[ \t]+(?:vous|toi)|para[ \t]+(?:ti|usted|você|voce)|per[ \t]+(?:te|voi|lei)"
    r"|für[ \t]+(?:Sie|dich)|voor[ \t]+(?:jou|u))[ \t,]+(?:in|à|a|en|em|no|na|a)[ \t]+$",
    re.IGNORECASE,
)


def _distinct_clocks(zones: Iterable[tzinfo]) -> list[tzinfo]:
    """``zones`` less those that are another's clock, the first named standing for each.

    "(CEST, UTC+2)": an offset that a named zone keeps part of the year is that zone's.
    """
    clocks: dict[tuple[timedelta | None, ...], tzinfo] = {}
    for tz in zones:
        clocks.setdefault(_clock(tz), tz)
    return [
        tz
        for clock, tz in clocks.items()
        if len(set(clock)) > 1 or not any(clock[0] in other for other in clocks if other != clock)
    ]


def names_home_clock(text: str, home: tzinfo, user_names: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` names ``home``'s clock among the clocks it names.

    "5:30pm IST / 4pm Dubai" from a user in Pune names two clocks, so no one zone for the
    thread, but the user's own is one of them.
    """
    zones = [z.tz for z in _find_zones(text, home=home, user_names=user_names)]
    return bool(zones) and len(_distinct_clocks([*zones, home])) == len(_distinct_clocks(zones))


def _attach_zones(
    times: list[_TimeOfDay], zones: list[_ZoneMention], text: str, *, places: bool = True
) -> list[_TimeOfDay]:
    """Each time with the zone written right after it.

    ``places``: a place named after "in" ("16 Uhr in München") is that clock's zone too; it
    says nothing of the message's other times, so the message's zone is read without it.
    """
    out = []
    for tod in times:
        tz = next(
            (
                z.tz
                for z in zones
                if z.start >= tod.end
                and (
                    _ZONE_GAP.fullmatch(text, tod.end, z.start)
                    or (
                        places
                        and z.named
                        and not z.near
                        and _PLACE_GAP.fullmatch(text, tod.end, z.start)
                    )
                )
            ),
            None,
        )
        out.append(replace(tod, zone=tz or tod.zone or _bracket_zone(text, tod.end, zones, times)))
    return out


# "9 Uhr bei Ihnen", "9 uur bij jou": the word for o'clock may stand between time and zone.
# "9:30 ora di Boston", "9h30 heure de Montréal": the word for time leads the place's name.
_ZONE_GAP = re.compile(
    r"[ (]{0,3}|[ \t]+(?:Uhr|uur)[ \t(]{1,2}"
    # "à 10 h, heure de Montréal", "a las 10, hora de Madrid": the comma sets off the same.
    r"|,?[ \t]+(?:heure|hora|horário|ora)[ \t]+(?:de|di|d['’])[ \t]*"
    # "às 16h de Lisboa", "alle 17 di Roma": the place's own clock, the word for time left out.
    r"|[ \t]+(?:de|di|d['’])[ \t]*",
    re.IGNORECASE,
)


# "15:00 en Filadelfia", "21h à Paris", "16 Uhr in München", "12h em Nova Iorque", "le 16 a
# Roma": a clock "in" a place the reader names is that place's clock (a place's name alone;
# "in your time" and "here" are read by their own words).
_PLACE_GAP = re.compile(
    r"[ \t]+(?:Uhr[ \t]+|uur[ \t]+)?(?:in|en|à|a|em|na|no|op|au|ad)[ \t]+", re.IGNORECASE
)


def _bracket_zone(
    text: str, end: int, zones: list[_ZoneMention], times: Sequence[_TimeOfDay] = ()
) -> tzinfo | None:
    """The zone a bracket right after a part of the day names, with no clock of its own.

    "el jueves por la mañana (por la mañana tuya, hora de Boston)": the words
    in brackets say whose morning it is.
    """
    match = _BRACKET.match(text, end)
    # "8am (Tues noon my time)": a bracket with a clock of its own, in digits or words, says
    # that clock's zone and restates the time before it.
    if (
        match is None
        or re.search(r"\d", match.group(0))
        or any(match.start() < t.start < match.end() for t in times)
    ):
        return None
    inside = {z.tz for z in zones if match.start() < z.start and z.end <= match.end()}
    return next(iter(inside)) if len(inside) == 1 else None


_BRACKET = re.compile(r"[ \t]*\([^()\n]{1,60}\)")


def _listed(text: str, before: DateMention | _TimeOfDay | None, after: DateMention) -> bool:
    """Whether two dates are one list ("Monday or Wednesday"), not contrasted ("but")."""
    return isinstance(before, DateMention) and bool(
        LIST_GAP.fullmatch(text[before.end : after.start])
    )


# "3:30 Central on Tuesday", "um 15 Uhr am Dienstag", "a las 3 el martes": the clock is
# that day's, not the day said before it.
_ON_DAY = re.compile(r"[ \t,]+(?:on|am|el|le|op|na|no)[ \t]+", re.IGNORECASE)


def _said_before_its_day(
    text: str, tod: _TimeOfDay, following: DateMention | _TimeOfDay | None
) -> bool:
    if not isinstance(following, DateMention):
        return False
    gap = _ZONE.match(text, tod.end + 1) if text[tod.end : tod.end + 1] == " " else None
    after_zone = gap.end() if gap is not None else tod.end
    return bool(_ON_DAY.fullmatch(text, after_zone, following.start))


# "Thursday 10 Dec at 5pm or 4:30pm Friday": "or" right before a clock that a day follows
# with nothing but a space (and perhaps its zone) between them.
_OR_RIGHT_BEFORE = re.compile(r"(?<![\w-])(?:or|oder|ou|o|of|y)[ \t]+$", re.IGNORECASE)
_SPACE_ONLY = re.compile(r"[ \t]+")


def _or_clock_then_day(
    text: str, tokens: list[DateMention | _TimeOfDay], tod: _TimeOfDay, following: object
) -> bool:
    """Whether a clock after "or" is the next day's, written before it with no "on".

    "Thursday 10 Dec at 5pm or 4:30pm Friday SGT?": the second offer is written clock first,
    so the 4:30pm is Friday's, not a second clock of Thursday's. Only when the day has no
    clock of its own after it ("… or 4:30pm Friday at 9" is no such pair).
    """
    if not isinstance(following, DateMention):
        return False
    if not _OR_RIGHT_BEFORE.search(text, max(0, tod.start - 8), tod.start):
        return False
    gap = _ZONE.match(text, tod.end + 1) if text[tod.end : tod.end + 1] == " " else None
    after_zone = gap.end() if gap is not None else tod.end
    if not _SPACE_ONLY.fullmatch(text, after_zone, following.start):
        return False
    after = tokens[tokens.index(following) + 1 :]
    return not after or not isinstance(after[0], _TimeOfDay)


def _own_clock_follows(
    text: str, tokens: list[DateMention | _TimeOfDay], before: _Group, day: DateMention
) -> bool:
    """Whether ``day`` has times of its own after it, and the day before it a clock.

    "3pm Thursday or Friday morning around 10": Friday has its clock, so the 3pm is Thursday's
    alone. "3pm Thursday or Friday, 4pm Monday" lists Friday with Thursday; so do "Tuesday or
    Wednesday afternoon" (Tuesday has no time yet) and "any morning next week, between 10 and
    noon" (a part of the day, which the clock narrows for every day), and "3pm UK on Thursday
    or Monday - that's 10am your end" (a clock said again is no clock of Monday's own).
    """
    after = tokens[tokens.index(day) + 1 :]
    return (
        any(not t.part and not t.edge for t in before.times)
        and bool(after)
        and all(isinstance(t, _TimeOfDay) and not _restates(text, t) for t in after)
    )


def _said_again_before(
    text: str, tokens: list[DateMention | _TimeOfDay], pending: list[_TimeOfDay], day: DateMention
) -> bool:
    """Whether the clocks before ``day`` only say an earlier time again, and ``day`` has its own.

    "Could we do 10:00 UK time that Friday instead? (So 11:00 for you.) Or the following
    Monday, the 20th, same time.": the 11:00 is the Friday's on the user's clock; the Monday's
    clock is its "same time". With no clock after the day ("(So 11:00 for you.) Monday?"),
    the clock before it stays the day's.
    """
    after = tokens[tokens.index(day) + 1 :]
    return (
        all(_restates(text, t) for t in pending)
        and bool(after)
        and isinstance(after[0], _TimeOfDay)
        and not _restates(text, after[0])
    )


def _pair(text: str, tokens: list[DateMention | _TimeOfDay]) -> list[_Group]:
    """Group dates with their times in one sentence (see the module docstring)."""
    first_time = next((i for i, t in enumerate(tokens) if isinstance(t, _TimeOfDay)), None)
    first_date = next((i for i, t in enumerate(tokens) if isinstance(t, DateMention)), None)
    if first_time is None or first_date is None:
        return []
    groups: list[_Group] = []
    if first_time < first_date:
        # "3pm PT on Friday": a time binds to the next date; a date with no
        # time before it waits for one after it ("…, or Wednesday at 4").
        pending: list[_TimeOfDay] = []
        for tok in tokens:
            if isinstance(tok, _TimeOfDay):
                # "our 11am tomorrow (5pm yours) - thursday at noon?": a clock that reads the
                # one before it on another clock is that day's, not the next day's.
                if groups and (not groups[-1].times or (not pending and _restates(text, tok))):
                    groups[-1].times.append(tok)
                else:
                    pending.append(tok)
            elif pending and _said_again_before(text, tokens, pending, tok):
                groups.append(_Group([tok]))
                pending = []
            elif pending and (kept := [t for t in pending if not moved_to(text, t.end, tok.start)]):
                # "Can we push our 9am to Monday, same time?": the clock before a move's "to"
                # is the meeting's old slot, not the new day's time.
                groups.append(_Group([tok], kept))
                pending = []
            elif (
                groups
                and _listed(text, groups[-1].dates[-1], tok)
                and not _own_clock_follows(text, tokens, groups[-1], tok)
            ):
                groups[-1].dates.append(tok)
            else:
                groups.append(_Group([tok]))
        if (
            groups
            and pending
            and all(t.part and any(_inside(c, t) for c in pending) for t in groups[-1].times)
        ):
            # "Any morning next week, between 10 and noon": a clock inside the part of the
            # day before the date narrows it.
            groups[-1].times.extend(pending)
        return groups
    previous: DateMention | _TimeOfDay | None = None
    waiting: list[_TimeOfDay] = []
    for tok, following in itertools.zip_longest(tokens, tokens[1:]):
        if isinstance(tok, DateMention):
            if waiting:
                groups.append(_Group([tok], waiting))
                waiting = []
            elif groups and not groups[-1].times and _listed(text, previous, tok):
                groups[-1].dates.append(tok)
            else:
                groups.append(_Group([tok]))
        elif (
            tok.binds_next
            or _said_before_its_day(text, tok, following)
            or _or_clock_then_day(text, tokens, tok, following)
            # "shift our Thursday slot to 9am Friday": the day before a move's "to" is the old
            # slot's; a clock after it with a day of its own next is that day's.
            or (
                isinstance(previous, DateMention)
                and isinstance(following, DateMention)
                and moved_to(text, previous.end, tok.start)
            )
        ):
            waiting.append(tok)
        elif groups:
            groups[-1].times.append(tok)
        previous = tok
    if waiting and not groups[-1].times:
        # "Thursday, same time": nothing came after, so it is for the date before.
        groups[-1].times.extend(waiting)
    return groups


def _window(day: date, tod: _TimeOfDay, tz: tzinfo, length: timedelta) -> TimeWindow:
    start = datetime.combine(day, tod.begin, tzinfo=tz)
    # Aware + timedelta is wall-clock arithmetic in the zone, as a person means it.
    if tod.finish is None:
        return TimeWindow(start, start + length)
    # "11pm-12:30am" ends on the next day.
    end_day = day + timedelta(days=1) if tod.finish <= tod.begin else day
    return TimeWindow(start, datetime.combine(end_day, tod.finish, tzinfo=tz))


def _spans(found: Sequence[DateMention | _TimeOfDay]) -> list[tuple[int, int]]:
    return [(d.start, d.end) for d in found]


@dataclass(frozen=True)
class TimeMention:
    """One date-and-time written in the text, with the part it plays there."""

    window: TimeWindow
    role: Role
    # A zone was named (next to the time, in its sentence or the message).
    zone_named: bool


@dataclass(frozen=True)
class TimeReading:
    """Every time mention in a text, and what made the reading unsure."""

    mentions: tuple[TimeMention, ...] = ()
    # A sentence whose conflict and offer cues are tangled ("Tuesday works, Thursday is booked").
    tangled: bool = False
    # An offered time of day with no day to hang it on ("1400 GMT?").
    dayless: bool = False
    # A date written so it reads two ways (03/04 with no known convention).
    two_readings: bool = False
    # A day offered or accepted with no time the reader could pair with it.
    timeless_day: bool = False
    # The days offered or accepted with no time ("Thursday works"), for matching a pick.
    days: tuple[date, ...] = ()
    # The message names two or more zones and an offered time has none of its own.
    zones_mixed: bool = False
    # An offered time in a plain statement ("I have a call at 2 on Wednesday.") beside an
    # offer worded as one: perhaps the sender's own schedule, not an offer.
    stated: bool = False
    # Words written like a time that the reader did not read as one ("Viertel nach drei").
    unread: tuple[str, ...] = ()
    # The one time said before a correction ("scratch that") and taken back by it: a clash
    # named after the correction covers it, and the words after it offer the time that stands.
    taken_back: tuple[TimeWindow, ...] = ()
    # A correction that says in full what stands ("I said Thursday but I meant Friday the 18th
    # at 2pm"), every time offered written after it and none before: nothing is left to guess.
    corrected: bool = False

    @property
    def proposed(self) -> list[TimeWindow]:
        """The offered and accepted windows, in the order they are written."""
        found: list[TimeWindow] = []
        for mention in self.mentions:
            if mention.role in PROPOSED_ROLES and mention.window not in found:
                found.append(mention.window)
        return found


def _own_side(zones: set[tzinfo], user_tz: tzinfo | None, ref: datetime) -> set[tzinfo]:
    """``zones`` less the user's, when the other one named is where the sender writes from.

    "Friday at 7am HST (10 your time), or Saturday 8 to 10" from a -10:00 Date header:
    "your time" marks the one time it is next to; the rest is the sender's own zone.
    """
    others = zones - {user_tz}
    if user_tz not in zones or len(others) != 1:
        return zones
    (other,) = others
    return others if ref.astimezone(other).utcoffset() == ref.utcoffset() else zones


def _same_clause(sentence: str, one: int, other: int) -> bool:
    """Whether the positions ``one`` and ``other`` fall in one clause of ``sentence``."""
    return any(a <= one < b and a <= other < b for a, b in clauses(sentence))


def _role(roles: Roles, sentence: str, tod: _TimeOfDay, earlier: bool) -> Role:
    """The time's role; a time that only restates an earlier one is "restated".

    ``earlier``: a time was written before this one, in this sentence or one
    before it ("Thursday, 8am Sydney time? That should be Wednesday 2pm for you.").
    """
    role = roles.at(tod.start)
    if role in PROPOSED_ROLES and earlier and _restates(sentence, tod):
        return Role.RESTATED
    if (
        role in PROPOSED_ROLES
        and _OFFER_NAMED_AGAIN.match(sentence, tod.end)
        and _OFFER_NAMED.search(sentence, max(0, tod.start - 24), tod.start)
    ):
        return Role.RESTATED
    if role is Role.OFFERED and _yours_named(sentence, tod.start):
        return Role.RESTATED
    return role


# "… or Wed 14th at 2": the word that lists an alternative, right after the clock before.
# "Thu at 3pm your time (Helsinki) or Fri at 4pm your time": a bracket of words only (a zone's
# name) may come between; one with a clock in it ("3pm (4pm yours) or") restates one.
_OR_AFTER_CLOCK = re.compile(
    r"(?:[^\n(]|\([^\d()\n]{1,30}\)){0,24}?\b(?:or|oder|ou|o|of|oppure|ovvero)\b", re.IGNORECASE
)


def _alternative_day(
    sentence: str, times: Sequence[_TimeOfDay], tod: _TimeOfDay, dates: Sequence[DateMention]
) -> bool:
    """Whether ``tod`` follows the clock before it after "or", with a day between them."""
    before = [t for t in times if t.end <= tod.start]
    return bool(
        before
        and _OR_AFTER_CLOCK.match(sentence, before[-1].end)
        and any(before[-1].end <= d.start and d.end <= tod.start for d in dates)
    )


# How far a clause is looked for around a time: further than any sentence people write.
_CLAUSE_REACH = 240
# "You offered Wednesday at 2pm or Thursday at 10am; I'm free Friday at 11am instead": the
# user's own times, named back after a verb that says so.
_YOU_OFFERED = re.compile(
    r"\b(?:you(?:['’]d| had)? (?:offered|suggested|proposed|mentioned|listed|sent)"
    r"|(?:vous|tu) (?:m['’])?(?:avez|as) (?:proposé|suggéré|mentionné)"
    r"|(?:me )?(?:propusiste|propuso|sugeriste|sugirió|mencionaste)"
    r"|(?:mi )?(?:hai|ha) (?:proposto|suggerito|indicato)"
    r"|(?:você|voce) (?:me )?(?:propôs|sugeriu|mencionou)|(?:me )?(?:propuseste|sugeriste)"
    r"|(?:je|u) (?:stelde|noemde))\b",
    re.IGNORECASE,
)


def _yours_named(sentence: str, start: int) -> bool:
    """Whether the clause a time is in names it as the user's offer, and takes none of them."""
    # A clause's look back is short: a long line is not cut into clauses once per time on it.
    lead = max(0, start - _CLAUSE_REACH)
    if not _YOU_OFFERED.search(sentence, lead, start):
        return False
    part = sentence[lead : start + _CLAUSE_REACH]
    opens, ends = next((a, b) for a, b in clauses(part) if a <= start - lead < b)
    return bool(_YOU_OFFERED.search(part, opens, start - lead)) and not PICK.search(
        part, opens, ends
    )


# An hour of the afternoon or evening as the 24-hour clock writes it.
_AFTERNOON_HOUR = re.compile(r"(?<![\d:.])(?:1[3-9]|2[0-3])(?![\d])")
# The user's waking hours: an evening reading of a bare hour outside them is no call time.
_USER_AWAKE = range(7, 22)


def _morning_settled(
    start: datetime, said: list[datetime], user_tz: tzinfo | None, afternoon_in_24: bool
) -> bool:
    """Whether a bare hour read in the morning ("thursday at 8") is sure to be the morning.

    "how about wednesday at 9am mountain? thursday at 8 would work too" to a user in Vienna:
    the other offer says the morning in so many words, and 8pm in Denver is 3am for the user.
    So does another offer's afternoon on the 24-hour clock ("alle 8 e mezza, oppure tra le 13
    e le 14"): who writes 13 for one o'clock writes 20 for eight in the evening. Only both:
    beside "9am" an 8pm that lands in the user's afternoon (London to New York) may be meant,
    and alone "at 8" stays a guess.
    """
    if user_tz is None or start.hour >= 12:
        return False
    evening = (start + timedelta(hours=12)).astimezone(user_tz)
    return (afternoon_in_24 or any(s.hour < 12 for s in said)) and evening.hour not in _USER_AWAKE


def _half_quoted(window: TimeWindow, quoted: Sequence[TimeWindow]) -> TimeWindow | None:
    """``window`` or the same clock twelve hours earlier, whichever starts a quoted offer."""
    starts = {w.start for w in quoted}
    for shift in (timedelta(0), timedelta(hours=-12)):
        start = window.start + shift
        if start in starts:
            return TimeWindow(start, window.end + shift if window.end is not None else None)
    return None


def _clock_talk(sentence: str, question: bool) -> range:
    """Where a sentence talks of a clock change, or the brackets that hold the talk; else empty.

    A question ("your Monday 9:30 - is that after your clocks change?") is no such talk. Out of
    brackets the talk runs from a dash before it on: "Or Monday 1 November at 9:30 - note, our
    clocks go back on 31 October" still offers the Monday ("Cá em Lisboa serão 14h, porque já
    teremos mudado para a hora de verão" is talk throughout). Found once per sentence: a long
    line holds many times.
    """
    talk = CLOCK_CHANGE_TALK.search(sentence)
    if talk is None:
        return range(0)
    # "fyi our clocks jump that sunday so 10am here = 3pm for you. or thursday the 2nd?": a
    # sentence written without its capital after the talk's own full stop (the question mark
    # closes that one). The talk is said, not asked, and ends at that stop.
    said_stop = _LOWER_AFTER_STOP.search(sentence, talk.end())
    if question and said_stop is None and not _asked_in_aside(sentence, talk.end()):
        return range(0)
    opens, closes = _bracket_around(sentence, talk.start())
    if (opens, closes) == (0, len(sentence)):
        opens = max((m.end() for m in _DASH.finditer(sentence, 0, talk.start())), default=0)
        if aside_closed := _DASH_THEN_ALTERNATIVE.search(sentence, talk.end()):
            # "mercredi 31 à 10h – attention, on passe à l'heure d'été le 28 – ou jeudi 1er
            # avril entre 9h et 10h": a dash and "or" close the aside; the offer after them
            # is one of its own, not talk.
            return range(opens, aside_closed.start())
        if (alternative := _ALTERNATIVE_AFTER.search(sentence, talk.end())) and any(
            _DIGIT.search(sentence, lead.end(), talk.start())
            for lead in _RESTATING_LEAD.finditer(sentence, opens, talk.start())
        ):
            # "lundi 29 à 9h (heure de Paris), ce qui ferait 16h chez vous si je ne me trompe
            # pas avec le changement d'heure, ou bien mardi 30 entre 9h30 et 11h": the talk
            # hedges the clock said again before it, and the alternative after it is an offer
            # of its own. The clock said again stays, to be held to the offer.
            opens, closes = talk.start(), alternative.start()
    if said_stop is not None:
        closes = min(closes, said_stop.start() + 1)
    # "or thu 17th 9am ET.\nclocks jump here on the 13th": the same stop before the talk ends
    # the offer it follows, which is no talk.
    opens = max(
        [opens, *(m.start() + 1 for m in _LOWER_AFTER_STOP.finditer(sentence, opens, talk.end()))]
    )
    return range(opens, closes)


def _asked_in_aside(sentence: str, after: int) -> bool:
    """Whether the sentence's question mark closes a bracket opened after ``after``, unclosed.

    "our clocks spring forward this Sunday, so we'll be 6 hours behind you (I think?" asks
    only inside the aside; the talk before it is said, not asked.
    """
    opened = sentence.rfind("(", after)
    return opened >= 0 and ")" not in sentence[opened:]


# ", ce qui ferait", ", which would be", ", lo que serían": a clause that says a clock again.
_RESTATING_LEAD = re.compile(
    r",[ \t]+(?:ce[ \t]+qui|ça|cela|which|that|lo[ \t]+que|eso|das|was|il[ \t]+che|o[ \t]+que"
    r"|wat|dat)\b",
    re.IGNORECASE,
)
# ", ou bien", ", or", ", oder": an alternative of its own after a clause.
_ALTERNATIVE_AFTER = re.compile(
    r",[ \t]+(?:ou(?:[ \t]+bien)?|or|o|oder|of|oppure)\b", re.IGNORECASE
)
_DIGIT = re.compile(r"\d")
# ". or thursday", "! oder": a full stop, then a sentence written without its capital.
_LOWER_AFTER_STOP = re.compile(r"[.!]\s+(?=[^\W\d_])(?-i:[a-zà-ÿ])")


# " - ", " – ": a dash that sets what follows apart from the sentence before it.
_DASH = re.compile(r"[ \t][-–—][ \t]")
# " – ou jeudi", " - or Thursday": a dash that ends an aside, and an alternative after it.
_DASH_THEN_ALTERNATIVE = re.compile(
    r"[ \t][-–—][ \t]+(?:ou(?:[ \t]+bien)?|or|o|oder|of|oppure)\b", re.IGNORECASE
)


def _bracket_around(sentence: str, at: int) -> tuple[int, int]:
    """The bracket ``at`` is in (to the sentence's end if it closes later), else the sentence."""
    opened = sentence.rfind("(", 0, at)
    if opened < 0 or ")" in sentence[opened:at]:
        return 0, len(sentence)
    closed = sentence.find(")", at)
    return opened, len(sentence) if closed < 0 else closed


def _across_change(
    window: TimeWindow, quoted: Sequence[TimeWindow], written: datetime, text: str
) -> TimeWindow | None:
    """The quoted offer a zoneless time is, on the clock a change the reply speaks of brings.

    "Wednesday works. 6am is early (our clocks spring forward on Sunday)" from -08:00 to the
    user's "Wed 9:00pm" from Singapore: 6am at -07:00 is that offer to the minute.
    """
    start = window.start
    if not isinstance(start.tzinfo, timezone) or start.utcoffset() != written.utcoffset():
        return None
    clocks = {start.replace(tzinfo=timezone(o)) for o in sender_offsets(written, start, text)}
    return next((w for w in quoted if w.start in clocks and w.start != start), None)


# "Friday 15 June: 4:30am, ha." (an inline answer under "> - Friday 15 June, 10:30", its
# line's day lent in front of it): nothing before the clause but that day and its colon.
_LENT_DAY_GAP = re.compile(r"[ \t]*:[ \t]*")


def _under_its_line(sentence: str, opens: int, group: _Group) -> bool:
    """Whether the clause at ``opens`` is an answer led only by its day and a colon."""
    return any(
        not sentence[: d.start].strip()
        and (gap := _LENT_DAY_GAP.match(sentence, d.end)) is not None
        and d.end <= opens <= gap.end()
        for d in group.dates
    )


def _names_back_offer(
    sentence: str,
    tod: _TimeOfDay,
    group: _Group,
    question: bool,
    starts: Sequence[Sequence[datetime]],
    quoted: set[datetime],
) -> bool:
    """Whether ``tod`` names one of the user's own offers back, in a clause offering nothing.

    ``starts`` are each of the group's clocks on that day read on the clock it names, the sender's
    (the Date header's offset) and the user's. A clause that is no question and has no offer
    wording, holding a clock that is one of the user's quoted offers on one of those clocks
    ("Tuesday 7:30 your time is 4:30 here", "the Thursday morning slot is early for me
    (6am)"), speaks of that offer: its clocks and the part of the day it names are the offer
    said again, not new ones. A clause worded as an offer ("could we do Tuesday at 4:30
    instead?") still offers.
    """
    if not quoted:
        return False
    opens, ends = next((a, b) for a, b in clauses(sentence) if a <= tod.start < b)
    # "Friday 15 June: 4:30am? no way": under its line, the offer echoed as a question is
    # still that offer, not a new one.
    if question and not _under_its_line(sentence, opens, group):
        return False
    if offer_worded(sentence[opens:ends]):
        return False
    in_clause = [t for t in group.times if opens <= t.start < ends]
    # Called the user's ("yours", "Ihrer Zeit", "the Thursday slot"): "Thursday 30th at 10pm is
    # late for me", said of no one's offer, may be the sender's own evening.
    if not (
        _YOUR_OFFERS.search(sentence, opens, ends)
        or _SLOT.search(sentence, opens, ends)
        or _under_its_line(sentence, opens, group)
        or any(m["yours"] for m in _ZONE.finditer(sentence, opens, ends))
        or any(_RESTATE_AFTER.match(sentence[t.end : t.end + 20]) for t in in_clause)
    ):
        return False
    named = {
        id(t)
        for t, read in zip(group.times, starts, strict=True)
        if not t.part and any(start in quoted for start in read)
    }
    return any(id(t) in named for t in in_clause) and (id(tod) in named or tod.part)


_SLOT = re.compile(r"\b(?:slot|créneau|Termin|horario|tijdstip)\b", re.IGNORECASE)


def _day_and_clock_follow(rest: str, today: date, day_first: bool | None) -> bool:
    """Whether ``rest`` writes a day and a clock time (of its own, no part of the day)."""
    dates = find_dates(rest, today, day_first=day_first)
    return bool(dates) and any(not t.part for t in _find_times(rest, _spans(dates)))


def _own_day_clock(sentence: str, tod: _TimeOfDay, group: _Group) -> bool:
    """A bracket right after a day, holding that day's only clock: "first thing Friday (8:30)".

    Said after an offer on another day it restates nothing: a restatement is the same
    instant, and this day has no other time it could be the same as.
    """
    # "Friday morning (9:00)", "early Friday (9:00)": a part of the day is no time of its own.
    clocks = [t for t in group.times if not t.part and not t.edge]
    return clocks == [tod] and any(
        _DAY_THEN_BRACKET.fullmatch(sentence, d.end, tod.start) for d in group.dates
    )


def _new_day_on_your_clock(
    sentence: str,
    tod: _TimeOfDay,
    times: Sequence[_TimeOfDay],
    day: date,
    before: Sequence[TimeMention],
) -> bool:
    """A new sentence's first clock, on a day no earlier offer is on, given in the user's zone.

    "Thursday 20 April at 5:30pm UK time? Failing that, Friday 21 April at 9am your time":
    "your time" after the clock names whose clock it is. A restatement is the same instant,
    so on the same day; on another day, with nothing before it that says "that is", the
    clock is a second offer. The caller keeps the user's own quoted times out: those are
    named back, not offered.
    """
    zone = tod.zone
    if (
        zone is None
        or any(t.end <= tod.start for t in times)
        or _RESTATE_BEFORE.search(sentence[max(0, tod.start - 32) : tod.start])
    ):
        return False
    offered = [m.window.start for m in before if m.role in PROPOSED_ROLES]
    return all(day not in (start.date(), start.astimezone(zone).date()) for start in offered)


def _day_of(tod: _TimeOfDay, dates: Sequence[DateMention], default: date) -> date:
    """The day a clock is said for: the sentence's last day before it, else its first day.

    Offsets are the meeting day's: "Tuesday 4 April at 5pm Sydney time (8am London)", written
    a week before Sydney's clocks go back, is the same instant on the 4th, not on the day
    the reply was written.
    """
    before = [d.day for d in dates if d.start < tod.start]
    return before[-1] if before else dates[0].day if dates else default


def _zoned_by_restatement(
    times: list[_TimeOfDay],
    sentence: str,
    own_tz: tzinfo,
    user_tz: tzinfo | None,
    dates: Sequence[DateMention],
    written: datetime,
    text: str,
) -> tuple[list[_TimeOfDay], bool]:
    """A zoneless clock takes the zone in which a bracket after it says the same instant.

    "Friday at 10 works (16:00 Berlin)" to a New York user: 16:00 in Berlin is 10:00 in New
    York, and a restatement is the same instant, so the 10 is the user's clock; Berlin is
    only the bracket's. From a sender in Chicago, "(17:00 Berlin)" makes the 10 the sender's
    own clock. A bracket that is neither clock's instant contradicts the clock: the second
    value says whether one did.
    """
    out = list(times)
    contradicted = False
    for i, (one, other) in enumerate(itertools.pairwise(times)):
        zone = other.zone
        day = _day_of(one, dates, written.date())
        if _restated_elsewhere(one, other, sentence, day, dates):
            moved = _on_moved_clock(one, other, day, own_tz, user_tz, written, text)
            # "Wednesday at 5pm Madrid time (10am New York)": two clocks named, an hour apart,
            # where a bracket says one instant; which one the sender meant is a guess.
            contradicted = contradicted or moved is None
            out[i] = moved or one
            continue
        if (
            one.zone is not None
            # "your mornings (that's 6am here)": a part of the day holds many clocks, so a
            # bracket's one clock neither contradicts it nor says its zone.
            or one.part
            or zone is None
            or one.begin == other.begin
            or not (
                _BRACKET_OPEN.fullmatch(sentence, one.end, other.start)
                or _restated_after_comma(sentence, one, other)
            )
            or _span_around(one, other, sentence)
        ):
            continue
        said = datetime.combine(day, other.begin, zone)
        clock = next(
            (
                tz
                for tz in (user_tz, own_tz)
                # "Your Wed 8am (Tues noon my time)": across the date line the bracket's day
                # is another, so only the clocks are compared, to the whole day.
                if tz is not None
                and (datetime.combine(day, one.begin, tz) - said) % timedelta(days=1)
                == timedelta(0)
            ),
            None,
        )
        out[i] = replace(one, zone=clock) if clock is not None else one
        contradicted = contradicted or clock is None
    return out, contradicted


def _span_around(one: _TimeOfDay, other: _TimeOfDay, sentence: str) -> bool:
    """Whether the bracket's range holds the clock before it, with no words that say it again.

    "Today 2:30 is a no (I'm at office hours 2-4pm PT)": the span the clock falls in, the
    sender's own event; "(that's 2-4pm for you)" would say it again.
    """
    return (
        other.finish is not None
        and other.begin <= one.begin < other.finish
        and not _restates(sentence, other)
    )


def _without_sender_side(
    times: list[_TimeOfDay],
    sentence: str,
    user_tz: tzinfo | None,
    own_tz: tzinfo,
    dates: Sequence[DateMention],
    written: datetime,
) -> tuple[list[_TimeOfDay], bool]:
    """``times`` less the sender's clocks that say a clock of the user's again.

    "7am is early but I'm up anyway, so Monday the 6th at 16:00 your time works" from San
    Francisco: 7am there is 16:00 in Copenhagen, the one moment said first on the sender's
    side, before its day. "Friday works - 15:30 your time, so 2:30pm here" from London: said
    after it, on the side "here" names. Neither offers anything of its own. One with a day of
    its own between them ("16:00 your time, or Tuesday 7am here") stays. The second value:
    a clock before the day, read as offered, that is another instant than the user's clock
    after the day ("8am is early, so Monday at 16:00 your time"): which is meant is a guess.
    Only where no clock on the header's offset changes by the meeting, and a clock worded as
    a restatement ("das ist dann 14 Uhr bei uns") is left to that family's checks.
    """
    if user_tz is None or user_tz == own_tz or not dates:
        return times, False
    first_day = min(d.start for d in dates)
    yours = [
        (t, datetime.combine(_day_of(t, dates, dates[0].day), t.begin, user_tz))
        for t in times
        if t.zone == user_tz and not t.part
    ]
    after_day = [instant for t, instant in yours if t.start > first_day]

    def same(tod: _TimeOfDay, tz: tzinfo, instant: datetime) -> bool:
        if tz == own_tz and offset_moves(written, instant) != {written.utcoffset()}:
            return False
        # Across the date line the sender's side is another day: only the clocks compare.
        moved = datetime.combine(instant.date(), tod.begin, tz) - instant
        return moved % timedelta(days=1) == timedelta(0)

    def here_again(tod: _TimeOfDay) -> bool:
        tz = tod.zone or own_tz
        return (
            tz != user_tz
            and _HERE_AFTER.match(sentence[tod.end : tod.end + 40]) is not None
            and not _restates(sentence, tod)
            and any(
                same(tod, tz, instant)
                and mine.end <= tod.start
                and not any(mine.end <= d.start < tod.start for d in dates)
                for mine, instant in yours
            )
        )

    # "6pm on Tuesday" has its day in its own clause: only a clause with none is dayless.
    dayless = [(a, b) for a, b in clauses(sentence) if not any(a <= d.start < b for d in dates)]
    before_day = [
        t
        for t in times
        if t.zone is None
        and not t.part
        and t.end <= first_day
        and any(a <= t.start < b for a, b in dayless)
    ]
    ahead = [t for t in before_day if after_day and any(same(t, own_tz, i) for i in after_day)]
    roles = read_roles(sentence) if before_day and after_day else None
    off = roles is not None and any(
        t not in ahead and roles.at(t.start) in PROPOSED_ROLES for t in before_day
    )
    return [t for t in times if t not in ahead and (t.part or not here_again(t))], off


def _on_moved_clock(
    one: _TimeOfDay,
    other: _TimeOfDay,
    day: date,
    own_tz: tzinfo,
    user_tz: tzinfo | None,
    written: datetime,
    text: str,
) -> _TimeOfDay | None:
    """``one`` on the sender's clock of the meeting day, when that makes the pair one instant.

    "14:00 onze tijd, dus 16:00 bij jou (vanaf zondag is het hier zomertijd)": the Date
    header's offset is the sender's clock today, and the sender says it moves before the
    meeting; on the moved clock the two are one instant, as the sender worked them out. Only
    a pair of the sender's clock and the user's, in a reply that speaks of the change or that
    puts the user's clock first; None when they are still two instants.
    """
    zones = (one.zone, other.zone or own_tz)
    if user_tz is None or user_tz == own_tz or set(zones) != {own_tz, user_tz}:
        return None
    mine, yours = (one, other) if zones[0] == own_tz else (other, one)
    instant = datetime.combine(day, yours.begin, user_tz)
    # "venerdì alle 10:30 vostre (8:30 da noi)" a week before Bologna's clocks go back: an
    # offer on the user's clock stands on its own, and the sender's clock said after it for
    # the meeting day may be on the offset the header's moves to, talked of or not.
    offsets = (
        offset_moves(written, instant) if yours is one else sender_offsets(written, instant, text)
    )
    for offset in offsets:
        moved = timezone(offset)
        if datetime.combine(day, mine.begin, moved) == instant:
            return replace(one, zone=moved) if mine is one else one
    return None


# Between a clock and the next with only a comma: "at 3:30 pm, 2 pm your time".
# "às 15h de vocês, 11h aqui": the user's side may be named before the comma.
_COMMA_GAP = re.compile(r"(?:[ \t]+de[ \t]+(?:vocês|ustedes))?[ \t]*,[ \t]*", re.IGNORECASE)


def _restated_after_comma(sentence: str, one: _TimeOfDay, other: _TimeOfDay) -> bool:
    """Whether ``other`` follows ``one`` after a comma, on a side's clock ("2 pm your time").

    Without a bracket the comma may also list two offers ("at 10, 2 pm your time"), so the
    pair is read as a restatement only to be checked: clocks that are not one instant doubt.
    A clock and a span are not one instant said twice ("8:30pm, 2pm and 6:30pm here" lists).
    """
    return (
        bool(_COMMA_GAP.fullmatch(sentence, one.end, other.start))
        and (one.finish is None) == (other.finish is None)
        and _zone_named_after(sentence, other) == "side"
    )


def _restated_elsewhere(
    one: _TimeOfDay, other: _TimeOfDay, sentence: str, day: date, dates: Sequence[DateMention]
) -> bool:
    """A clock in a named zone, and a restatement after it reading another instant in another zone.

    The restatement is in brackets ("5pm Sydney time (7am London)") or joined by a dash, "=",
    "/", "i.e.", "that's" … ("9am Sydney time - Monday 6pm in New York"); unbracketed, two
    clocks in one zone are two offers ("9am PT / 2pm PT"). Across the date line the restated
    day is another ("8am Sydney (6pm New York)"), so only the clocks are compared, to the whole
    day, and the weekday when the restatement names one ("Monday 9am Sydney = Monday 4pm PT" is
    a day off); a weekday neither that day nor the next or last is another offer ("Mon 9am ET /
    Wed 2pm PT"). Each clock has a zone or side of its own written after it.
    """
    if one.zone is None or other.zone is None or one.part or other.part:
        return False
    gap = sentence[one.end : other.start]
    after_comma = (
        one.zone != other.zone
        and bool(_UNBRACKETED_GAP.fullmatch(gap))
        and bool(_COMMA_RESTATES.search(gap))
    )
    if not (
        after_comma
        or _BRACKET_OPEN.fullmatch(sentence, one.end, other.start)
        or (one.zone != other.zone and _joined_as_restatement(sentence[one.end : other.start]))
    ):
        return False
    named_by = {_zone_named_after(sentence, t) for t in (one, other)}
    if None in named_by:
        return False
    instant = datetime.combine(day, one.begin, one.zone).astimezone(other.zone)
    named = [d.day.weekday() for d in dates if one.end <= d.start < other.start]
    apart = (named[-1] - instant.weekday()) % 7 if named else 0
    if apart in (2, 3, 4, 5):
        return False
    off = abs(datetime.combine(day, other.begin) - instant.replace(tzinfo=None)) % timedelta(days=1)
    off = min(off, timedelta(days=1) - off)
    # A side is the zone the sender takes the user (or themselves) to be in: "12pm ET (9am for
    # you)" to a user in London places them in California, and leaves the named clock standing.
    # Off by no more than a clock change moves, it is that zone read on the wrong offset.
    if "side" in named_by and off > timedelta(hours=1):
        return False
    if after_comma:
        # "10am Eastern, 3pm in Reykjavik" the week New York's clocks moved: after a comma two
        # clocks in two named places may be two offers, but exactly an hour apart, the size of
        # a clock change, they are one instant worked out on the offset of before it. A side
        # ("10 Uhr bei uns, 11 Uhr bei Ihnen") is read on the header's offset, which the
        # sender's own clock change may have moved; a half hour off is another time ("until
        # 15:30 CET, so 16:00 your time won't work").
        return named_by == {"place"} and apart == 0 and off == timedelta(hours=1)
    return apart != 0 or off != timedelta(0)


# "10am Eastern, 3pm in Reykjavik", "14 Uhr Berliner Zeit, also 13 Uhr bei Ihnen", "16:00 hora
# de Madrid, que son las 11:00 en La Habana": a comma, perhaps with a word that says "so".
_COMMA_RESTATES = re.compile(
    r",[ \t]*(?:(?:so|also|dus|que son|qui fait|cioè|ou seja|o sea)[ \t]+)?"
    r"(?:(?:las?|les?|le|as|às|um|om|alle)[ \t]+)?$",
    re.IGNORECASE,
)
# Between a clock and its restatement, with no bracket: a dash, or the words `_RESTATE_BEFORE`
# reads ("= ", "/ ", "i.e.", "which is", "that's", "for you it's" …), perhaps with the day.
_UNBRACKETED_GAP = re.compile(r"[^()\d\n!?]{0,40}")
_DASH_JOIN = re.compile(rf"[ \t][-–—]{_RESTATED_DAY}[ \t]*$", re.IGNORECASE)
_COMMA_JOIN = re.compile(r",[ \t]*$")


def _said_again_after_dash(
    sentence: str,
    times: Sequence[_TimeOfDay],
    tod: _TimeOfDay,
    dates: Sequence[DateMention],
    default: date,
) -> bool:
    """Whether ``tod`` follows the clock before it after a dash, as that instant in another zone.

    "Wednesday at 2pm GMT is great - 6am Vancouver time": each clock names its place, and the
    two are one instant, so the second says the first again (two instants are two readings,
    `_restated_elsewhere`). So after a comma, when each clock names its place or side: "3pm
    yours, 2pm Riyadh" (two instants there may be two offers).
    """
    before = [t for t in times if t.end <= tod.start]
    if not before:
        return False
    one = before[-1]
    gap = sentence[one.end : tod.start]
    named = {_zone_named_after(sentence, one), _zone_named_after(sentence, tod)}
    if (
        one.zone is None
        or tod.zone is None
        or one.zone == tod.zone
        or one.part
        or tod.part
        or not _UNBRACKETED_GAP.fullmatch(gap)
        or not (
            (_DASH_JOIN.search(gap) and named == {"place"})
            or (_COMMA_JOIN.search(gap) and None not in named)
        )
    ):
        return False
    day = _day_of(one, dates, default)
    instant = datetime.combine(day, one.begin, one.zone).astimezone(tod.zone)
    return instant.time() == tod.begin


# The words after the last clock in a text, up to its end.
_AFTER_LAST_CLOCK = re.compile(r"\d(?:[ \t]*[ap]\.?m\.?)?(?P<gap>[^()\d!?]{0,40})$", re.IGNORECASE)


def _zoned_after_dash(before: str, tod: _TimeOfDay) -> bool:
    r"""Whether a clock with its zone named follows the clock before it after a dash.

    ``before`` is the text up to the clock, the sentences before it too: a dash at the end of
    a line ends a sentence. "So 12:30 your time instead of 11:30 -\n10:30pm my time rather
    than 9:30": the new time on the sender's clock, which `_bears_out` then holds to the
    offer's instant ("10:30pm my time" an hour off it is left a time with no day).
    """
    last = _AFTER_LAST_CLOCK.search(before[-48:].replace("\n", " "))
    return (
        tod.zone is not None
        and not tod.part
        and last is not None
        and _DASH_JOIN.search(last["gap"]) is not None
    )


def _joined_as_restatement(gap: str) -> bool:
    return bool(
        _UNBRACKETED_GAP.fullmatch(gap) and (_DASH_JOIN.search(gap) or _RESTATE_BEFORE.search(gap))
    )


def _zone_named_after(sentence: str, tod: _TimeOfDay) -> str | None:
    """What names the clock's zone right after it: "place", "side" or None.

    A place is a place, abbreviation or offset; a side is "for you", "your time", "my time".
    "here in Sydney" is neither: the place is the sender's clock on the day, which "here"
    reads as the Date header's offset, one a clock change may have moved.
    """
    m = next(_zone_matches(sentence, tod.end, tod.end + 40), None)
    if m is None or m.start() - tod.end > 12:
        return None
    if m["name"] or m["abbr"] or m["iana"] or m["sign"]:
        return "place"
    if m["yours"] or m["near"] or (m["mine"] and not _HERE_IN.search(m["mine"])):
        return "side"
    return None


_HERE_IN = re.compile(r"\bin\b", re.IGNORECASE)


def sender_side_said(text: str) -> bool:
    """Whether ``text`` puts a clock on the sender's side ("2pm my time", "11 Uhr bei uns").

    From a "+0000" stamp that clock reads as the stamp's zone object, the same one "GMT" gives,
    so only the words tell the sender's clock from the named one.
    """
    return any(m["mine"] for m in _zone_matches(text))


# Words and a bracket's opening between a clock and the clock that restates it: "at 10 works (".
_BRACKET_OPEN = re.compile(r"[^()\d\n.!?]{0,40}\([^()\d\n]{0,20}")


# The gap between a day and the clock in brackets after it ("Friday morning (at 9:00"): a part
# of the day may come between, with the word that places the time in it ("Monday at lunchtime
# (12-1)", "Dienstag am Nachmittag (14-15 Uhr)", "mardi dans l'après-midi (14h-15h)").
_DAY_THEN_BRACKET = re.compile(
    r"(?:[ \t,]+(?:(?:at|in the|over|around|am|gegen|à l['’]heure du|dans l['’]|en|el|la"
    r"|a|al|nel|di|in de|rond|tijdens de|na)[ \t]*)?"
    rf"(?:{_PARTS}))?[ \t,]*\([ \t]*(?:at[ \t]+|around[ \t]+|say[ \t]+)?",
    re.IGNORECASE,
)


def _spelled_half(words: Mapping[int, str]) -> Callable[[re.Match[str]], str]:
    def spell(match: re.Match[str]) -> str:
        word = words.get(int(match["h"]))
        return f"{match['half']} {word}" if word else match.group()

    return spell


def _spelled_halves(text: str) -> str:
    """``text`` with "half 3" spelled in the words of each sentence's language.

    In English "half 3" is half past three (15:30); in Dutch "half 3" and German "halb 3"
    are half before it (14:30). Spelled, each is read as its language's "half three", "half
    drie", "halb drei"; a sentence in no language the reader can tell keeps its digits.
    """
    out = []
    done = 0
    for start, end in sentence_spans(text):
        words = _HALF_HOUR_WORDS.get(language_of(text[start:end]) or "")
        if words:
            spelled = _HALF_DIGIT.sub(_spelled_half(words), text[start:end])
            out += [text[done:start], spelled]
            done = end
    out.append(text[done:])
    return "".join(out)


# "same time as your Tuesday slot but the following week": the user's offer called by its
# weekday, no day whose week is to be guessed.
_YOUR_BEFORE_DAY = re.compile(r"\byour[ \t]+$", re.IGNORECASE)
_SLOT_AFTER_DAY = re.compile(r"(?:['’]s)?[ \t]+(?:slot|one|time|option)\b", re.IGNORECASE)


def _names_your_day(sentence: str, mention: DateMention) -> bool:
    return bool(
        _YOUR_BEFORE_DAY.search(sentence, max(0, mention.start - 8), mention.start)
        and _SLOT_AFTER_DAY.match(sentence, mention.end)
    )


def _any_such_day(sentence: str, mention: DateMention) -> bool:
    """A weekday after "a", "every", "un", "jeden" …, or before "afternoons", in a plain clause.

    "… when it meets a shelf on a Saturday afternoon" tells a story about no one date;
    "I could do a Saturday morning" still offers the next one.
    """
    # The article sits right before the weekday: a short look back, not the whole sentence.
    lead = max(0, mention.start - 24)
    if mention.kind != "weekday" or not (
        _INDEFINITE.search(sentence, lead, mention.start)
        or _PARTS_PLURAL.match(sentence, mention.end)
    ):
        return False
    return not any(
        a <= mention.start < b and offer_worded(sentence[a:b]) for a, b in clauses(sentence)
    )


# "or", "if not", "otherwise": an alternative, which a range after it may be on its own day.
_ALTERNATIVE = re.compile(
    r"\b(?:or|if not|otherwise|o|si no|ou|sinon|oder|sonst|oppure|altrimenti|senão|of anders)\b",
    re.IGNORECASE,
)


def _spanned_offer(
    tod: _TimeOfDay,
    sentence: str,
    dates: Sequence[DateMention],
    before: Sequence[TimeMention],
    meeting_length: timedelta,
) -> int | None:
    """Which earlier mention a dayless range spans: the reply's one offer, from its own clock.

    "How about Monday the 9th at 10? I have a meeting at 11:30, so an hour works, 10 to 11":
    the range opens on the one time offered, in a sentence naming no day and no alternative,
    and says how long it runs. Two offers, an offer whose length was said, a range from
    another hour, or "or 10 to 11" leave the range wanting a day.
    """
    offers = [i for i, m in enumerate(before) if m.role in PROPOSED_ROLES]
    if (
        tod.finish is None
        or tod.zone is not None
        or tod.part
        or dates
        or len(offers) != 1
        or _ALTERNATIVE.search(sentence)
    ):
        return None
    (at,) = offers
    window = before[at].window
    start = window.start
    if (
        start.time() != tod.begin
        or window.end != start + meeting_length
        or not tod.begin < tod.finish
    ):
        return None
    return at


# "aquí en Ciudad de México serán las 7:30", "here in Chicago it'll be 7am": the sender's side
# with its place named, then the verb of a clock read again; the place may not fit the short
# lead `_RESTATE_BEFORE` looks at (replies_blind84 a07). The instant is still held to the offer
# by `_bears_out`.
_PLACED_SIDE_BEFORE = re.compile(
    r"\b(?:aquí|acá|aqui|cá|here|ici|qui|hier)[ \t]+(?:en|in|à|a|em|no|na)[ \t]+"
    r"(?P<place>[A-ZÀ-Ý][\w.]*(?:[ \t]+(?:(?:de|del|da|do|di)[ \t]+)?[A-ZÀ-Ý][\w.]*){0,3}),?[ \t]+"
    r"(?:serán|son|será|serão|são|saranno|sono|sarà|it['’]s|it[ \t]+is|it['’]ll[ \t]+be"
    r"|it[ \t]+will[ \t]+be|c['’]est|ce[ \t]+sera|il[ \t]+sera|il[ \t]+est)"
    r"(?:[ \t]+(?:las?|le|as?|les|um))?[ \t]*$"
)


def _placed_side_off(sentence: str, tod: _TimeOfDay, mentions: Sequence[TimeMention]) -> bool:
    """Whether "aquí en Ciudad de México serán las 8:30" is not the offer's instant there.

    The place, when the reader knows its clock, pins the clock said again to it: an hour off is
    no clock change in between but a sum gone wrong, and which clock the sender keeps is a
    guess. An unknown place leaves it to `_bears_out`.
    """
    said = _PLACED_SIDE_BEFORE.search(sentence, max(0, tod.start - 64), tod.start)
    if said is None:
        return False
    name = said["place"].lower()
    where = ZONE_NAMES.get(name) or PLACE_ZONES.get(unaccented(name))
    if where is None:
        return False
    tz = zone(where)
    offers = [m.window.start for m in mentions if m.role in PROPOSED_ROLES]
    return not any(
        datetime.combine(start.astimezone(tz).date(), tod.begin, tz) == start
        or (
            tod.guessed
            and datetime.combine(start.astimezone(tz).date(), tod.begin, tz) + timedelta(hours=12)
            == start
        )
        for start in offers
    )


def _restates(sentence: str, tod: _TimeOfDay) -> bool:
    """Written as another zone's reading of a time ("(9am for you)", "which is 3pm ET")."""
    lead = sentence[max(0, tod.start - 32) : tod.start]
    tail = sentence[tod.end : tod.end + 60]
    # "14:00 / 15:30 on your side": clocks listed before one "on your side" are all restated.
    while chained := _CHAINED_CLOCK.match(tail):
        tail = tail[chained.end() :]
    # "those are your Thursday 8:30am and Friday 8am": a clock listed after one that is read
    # again is read again too; the lead that counts is the first clock's. ("Your 3pm and
    # Wednesday 10am would also work" offers the second.)
    listed = _LISTED_AFTER_CLOCK.search(sentence, max(0, tod.start - 48), tod.start)
    return bool(
        _RESTATE_BEFORE.search(lead)
        or (
            listed is not None
            and _RESTATE_BEFORE.search(sentence[max(0, listed.start() - 32) : listed.start()])
            and not offer_worded(sentence[tod.end :])
        )
        or _RESTATE_AFTER.match(tail[:20])
        or (_IS_LEAD.search(lead) and _HERE_AFTER.match(tail[:20]))
        or _MINE_WITH_DAY.search(sentence, max(0, tod.start - 64), tod.start)
        or _PLACED_SIDE_BEFORE.search(sentence, max(0, tod.start - 64), tod.start)
    )


def _restated_off(
    sentence: str,
    tod: _TimeOfDay,
    mentions: Sequence[TimeMention],
    written: datetime,
    user_tz: tzinfo | None,
) -> bool:
    """Whether a clock said again on the sender's clock is another instant than the time before.

    ``mentions`` are the sentence's times before it, the last of them the one it says again.
    "Thursday 15:00 Helsinki time is good - here it's 9am" from New York (-04:00), where it is
    8am: one of the two clocks is wrong, and which one the sender will keep is a guess. "Here",
    "for me", "mine", "bei mir", "chez moi" … put the clock on the sender's: the Date header's
    offset, one a clock change may move it to by then, or a place named with it ("noon for me
    in SF" from a New York header). The user's side ("9am for you") is not held to it: where
    the user is, the reply may know better. This is the one check of the family: pairs of
    clocks in `_zoned_by_restatement` leave it here.
    """
    if not mentions or not _on_my_side(sentence, tod):
        return False
    offer = mentions[-1].window.start
    # The time before may yet prove to be on the user's clock ("Wednesday at 1 works - that's
    # 10am for me" from Seattle to Boston), or be the user's own offer named back on a clock
    # the message names elsewhere ("The Tue 8am one is 5pm Monday here ... 4:30pm PT").
    starts = [offer]
    if user_tz is not None:
        starts.append(offer.replace(tzinfo=user_tz))
    clocks = [s.astimezone(timezone(o)) for s in starts for o in offset_moves(written, s)]
    # "noon for me in SF", "11:30 for me in Berlin": the place the side words name.
    places = [
        tz
        for m in _zone_matches(sentence, tod.end, tod.end + 40)
        if m["name"] or m["abbr"] or m["iana"]
        if (tz := _zone_of(m, user_tz, None, None, frozenset())) is not None
    ]
    if inside := _IN_PLACE.search(sentence, tod.end, tod.end + 40):
        town = _place_after(sentence, inside.end())
        if town is None:
            # "noon for me in SF": a place the reader cannot name may be any clock.
            return False
        places.insert(0, zone(town))
    if places and written.astimezone(places[0]).utcoffset() == written.utcoffset():
        # "das ist dann 11:30 Uhr bei uns in München" from a header on Munich's clock: the
        # place's clock on the day, not another zone that shared its offset at writing.
        clocks = [s.astimezone(places[0]) for s in starts]
    else:
        for place in [tod.zone, *places[:1]]:
            if place is not None and place is not user_tz:
                clocks += [s.astimezone(place) for s in starts]
    said = {tod.begin, tod.begin.replace(hour=(tod.begin.hour + 12) % 24)}
    return all(c.time() not in (said if tod.guessed else {tod.begin}) for c in clocks)


_FOR_BOTH_SIDES = re.compile(rf"[ \t]*(?:[ap]\.?m\.?[ \t]*)?(?:{_BOTH_SIDES})\b", re.IGNORECASE)
_SIDE_THEN_CLOSING = re.compile(rf"{_SIDE_THEN}[ \t]*$", re.IGNORECASE)
_SENDERS_SIDE = frozenset({"mir", "uns"})


def _side_then(text: str, start: int, end: int) -> Literal["mine", "yours"] | None:
    """Whose clock a side and "then" closing ``text[start:end]`` names ("bei uns dann")."""
    said = _SIDE_THEN_CLOSING.search(text, start, end)
    if said is None:
        return None
    return "mine" if said["side"].casefold() in _SENDERS_SIDE else "yours"


def _terse_restatement_off(
    sentence: str,
    tod: _TimeOfDay,
    mentions: Sequence[TimeMention],
    written: datetime,
    user_tz: tzinfo | None,
) -> bool:
    """Whether a clock read as said again with no verb misses the time before.

    "El martes a las 3 me queda perfecto, así que 3 pm para los dos" says both clocks show 3;
    "16 Uhr (MEZ), bei Ihnen dann 10 Uhr" says the user's shows 10. Read as a restatement
    only by those few words, the clock is held to the time before: with another hour, or
    from a sender whose clock is not the user's, one of the two is wrong.
    """
    both = bool(_FOR_BOTH_SIDES.match(sentence, tod.end))
    yours = _side_then(sentence, max(0, tod.start - 32), tod.start) == "yours"
    if not mentions or not (both or yours):
        return False
    if user_tz is None:
        return True
    offer = mentions[-1].window.start
    clocks = [offer.astimezone(user_tz)]
    if both:
        clocks += [offer.astimezone(timezone(o)) for o in offset_moves(written, offer)]
    return any(c.time() != tod.begin for c in clocks)


def _yours_off(
    sentence: str,
    tod: _TimeOfDay,
    mentions: Sequence[TimeMention],
    user_tz: tzinfo | None,
    written: datetime,
    clock_talk: bool,
    thread_clock: bool,
) -> bool:
    """Whether a clock said for the user misses the time before, on the user's clock.

    "Tuesday Nov 6 at 2pm PT / 9:30am Wednesday your time" (8:30 there), or "14:00 onze tijd,
    dus 16:00 bij jou" from +01:00 before the change (17:00 after it): one of the two clocks
    is wrong, or worked out across a change, and which one the sender keeps is a guess. With
    the user's clock named in the thread (``thread_clock``), an hour or less off doubts; hours
    off, the sender takes the user to be elsewhere and the named clock stands ("5pm Sydney
    time - 3am for you" to London), and so does a sum the sender calls a guess ("which I think
    is 2:30 for you"). With the user's clock only assumed, where the user is the reply may
    know better: only where the reply talks of a change, or the clock said is the time before
    on an offset the header's moves to by then.
    """
    if not mentions or user_tz is None or tod.finish is not None:
        return False
    if not (tod.zone is user_tz or _yours_said(sentence, tod)):
        return False
    # "(2:30 PM here in Houston)" names the sender's clock, whatever "you" is near it.
    if tod.zone is not None and tod.zone is not user_tz:
        return False
    # "19:30 my time instead of 18:30, so 18:30 yours" says again the new time, not the one it
    # moves from; "ce serait 17h30 puis 18h30 chez vous" says the offers again in turn.
    offers = [m.window.start for m in mentions if m.role in PROPOSED_ROLES] or [
        m.window.start for m in mentions
    ]
    offer = offers[max(0, len(offers) - 1 - _listed_after(sentence, tod.end))]
    if _on_users_clock(tod, offer, user_tz, None):
        return False
    if not thread_clock:
        return clock_talk or (
            offer.utcoffset() == written.utcoffset()
            and _on_users_clock(tod, offer, user_tz, written)
        )
    if _SUM_GUESSED.search(sentence, max(0, tod.start - 40), tod.start):
        return False
    # An hour or less either way is a slip or a sum across a change; hours off, the sender
    # takes the user to be elsewhere.
    wall = offer.astimezone(user_tz).replace(tzinfo=None)
    off = abs(datetime.combine(wall.date(), tod.begin) - wall) % timedelta(days=1)
    return min(off, timedelta(days=1) - off) <= timedelta(hours=1)


_LISTED_CLOCK = re.compile(
    r"[ \t]*(?:,|/|&|and|und|et|puis|then|dann|poi|y|e|en)[ \t]+"
    r"(?:(?:le|las|les|as|às|um|om)[ \t]+)?\d{1,2}(?:[:.h]\d{2})?(?:h|[ \t]?[ap]\.?m\.?)?",
    re.IGNORECASE,
)


def _listed_after(sentence: str, end: int) -> int:
    """How many clocks follow one in a list ("17h30 puis 18h30", "5pm / 4:30pm")."""
    count = 0
    while m := _LISTED_CLOCK.match(sentence, end):
        count, end = count + 1, m.end()
    return count


def _yours_on_other_half(
    sentence: str,
    tod: _TimeOfDay,
    mentions: Sequence[TimeMention],
    user_tz: tzinfo | None,
) -> bool:
    """Whether a clock said for the user is the time before twelve hours on.

    "el jueves 25 a las 2 hora de Ciudad de México, que son las 16 para ti": the working day
    read the bare 2 as 14:00, which is 4am in Perth; the user's 16:00 is 2am there. The user's
    side is not held to the time before (see ``_restated_off``), but a miss by exactly the
    other half of the day says the time before was put on the wrong half.
    """
    if not mentions or user_tz is None or tod.finish is not None:
        return False
    if not (tod.zone is user_tz or _yours_said(sentence, tod)):
        return False
    offer = mentions[-1].window.start
    return offer.astimezone(user_tz).time() != tod.begin and any(
        (offer + timedelta(hours=h)).astimezone(user_tz).time() == tod.begin for h in (-12, 12)
    )


def _yours_said(sentence: str, tod: _TimeOfDay) -> bool:
    """Whether the words right around a clock put it on the user's side ("17:00 for you")."""
    return bool(
        _USER_SIDE_AFTER.match(sentence[tod.end : tod.end + 40])
        or _USER_SIDE.search(sentence, max(0, tod.start - 32), tod.start)
    )


def _named_clock_off(
    sentence: str,
    tod: _TimeOfDay,
    mentions: Sequence[TimeMention],
    user_tz: tzinfo | None,
) -> bool:
    """Whether a time said again on the user's clock, named, is another instant than the one before.

    "Friday 10:00 UK time, i.e. 11:00 in Helsinki?" to a user in Helsinki (12:00 there): both
    clocks are named, so one of the two numbers is wrong, and which one the sender keeps is a
    guess. The sender's own side ("11am here in Sydney") is ``_restated_off``'s. The time
    before may yet prove to be on the user's clock ("4pm yours on tuesday = 8am mine"). A clock
    placed only by the user's side ("9am for you", "your time") names no clock: where the user
    is, the reply may know better (see ``_restated_off``). Nor is a span ("which should land
    inside your 4-6pm CET window") one instant said again.
    """
    if (
        user_tz is None
        or tod.zone is not user_tz
        or tod.finish is not None
        or not mentions
        or _yours_said(sentence, tod)
    ):
        return False
    # The clock, not the date: the day said with it ("which is Monday 9pm in New York") is
    # read on its own and may land a week on.
    # Any time before in the sentence: "Wednesday at 4pm or Thursday at 5pm London time (11am
    # / noon in New York)" says both again, in order.
    befores = [m.window.start for m in mentions]
    starts = befores + [b.replace(tzinfo=user_tz) for b in befores]
    said = {tod.begin, tod.begin.replace(hour=(tod.begin.hour + 12) % 24)}
    said = said if tod.guessed else {tod.begin}
    return all(start.astimezone(tod.zone).time() not in said for start in starts)


def _names_their_offer_back(
    window: TimeWindow,
    mention: DateMention,
    tod: _TimeOfDay,
    before: Sequence[TimeMention],
    quoted_starts: set[datetime],
) -> bool:
    """Whether a clock with its own day goes on a list naming back the user's offers.

    "Your slots land Monday 6pm, Wednesday 6am and Thursday 4:30pm my time": each day and
    clock is its own offer of the user's, so it is held to that offer, not to the time before
    it on the list (Wednesday's). Only after a time that itself named back one of the user's
    offers on another day: "Tuesday 9am your time works - that's Wednesday 6am here" says
    Tuesday's time again, and misses it, whichever offer of the user's Wednesday 6am is.
    """
    if not before or mention.end > tod.start or window.start not in quoted_starts:
        return False
    last = before[-1]
    return (
        last.role is Role.RESTATED
        and last.window.start in quoted_starts
        and last.window.start.date() != mention.day
    )


def _said_again_off(
    sentence: str,
    tod: _TimeOfDay,
    mentions: Sequence[TimeMention],
    written: datetime,
    user_tz: tzinfo | None,
    clock_talk: bool,
    thread_clock: bool,
) -> bool:
    """Whether a clock read as the time before said again misses it, by any check of the family.

    "Thursday 4pm IST works - that's 11:30 for me in Berlin" (12:30 there): one of the two
    clocks is wrong, and which one the sender keeps is a guess.
    """
    return (
        _restated_off(sentence, tod, mentions, written, user_tz)
        or _yours_on_other_half(sentence, tod, mentions, user_tz)
        or _yours_off(sentence, tod, mentions, user_tz, written, clock_talk, thread_clock)
        or _named_clock_off(sentence, tod, mentions, user_tz)
        or _terse_restatement_off(sentence, tod, mentions, written, user_tz)
    )


# "in Berlin", "in SF": a place named after the side words (a capital after it).
_IN_PLACE = re.compile(r"\bin[ \t]+(?=[A-Z])")
# "here it's 9am", "for me it'll be 10", "bei mir ist es dann 13 Uhr", "ici il est 15h", "aquí
# son las 10", "aqui vão ser 10h", "qui sono le 15": the sender's side, then the verb that says
# the offer again, right before the clock ("here in Madrid, 15:00 there" names the clock before).
# Not Portugal's "cá": "15h (hora de Boston) … cá são 20h" under a +01:00 header is read as
# Lisbon's clock, one the header may not show (round 8).
_MINE_BEFORE = re.compile(
    rf"\b(?:{_OUR_SIDE}|{_MY_SIDE})[ \t,]+(?:it['’]s|it[ \t]+is"
    r"|it['’]ll[ \t]+be|it[ \t]+will[ \t]+be|that['’]s|c['’]est|il[ \t]+est|son|sono|ist[ \t]+es"
    # "aquí serán las 23 h": the same, ahead.
    r"|serán|será|serían|sería"
    r"|ist[ \t]+das|es|são|serão|vão[ \t]+ser|is[ \t]+het|wird[ \t]+es)"
    r"(?:[ \t]+(?:then|alors|donc|dann|also|entonces|allora|então|dan))?"
    r"(?:[ \t]+(?:las?|le|as|às))?[ \t]*$",
    re.IGNORECASE,
)
# "12:30 for me (in Berlin)", "13 Uhr bei mir", "15h chez moi": the sender's side right after it.
# "le 15 anche da noi", "3pm here too": the sender's side after a word for "too".
# ("4 h du matin ici": the clock's half of the day is in its span, so "ici" is right after.)
_MINE_AFTER = re.compile(
    rf"^[ \t]*(?:(?:also|too|aussi|auch|también|anche|pure)[ \t]+)?(?:{_MY_SIDE}|da noi|chez nous"
    r"|bei uns|aquí|acá|ici|here)\b",
    re.IGNORECASE,
)


_BARE_SIDE_BEFORE = re.compile(rf"{_BARE_SIDE}[ \t]*$", re.IGNORECASE)
# "Para mí será el martes 30 a las 22:00", "bei mir ist es dann Dienstag um 22 Uhr": the
# sender's side, its verb, and the day the instant falls on there, before the clock.
_MINE_WITH_DAY = re.compile(
    rf"\b(?:{_OUR_SIDE}|{_MY_SIDE})[ \t,]+(?:será|sería|serán|serían|es|son|sera|c['’]est|sarà"
    r"|sarebbe|è|sono|é|seria|serão|ist[ \t]+es|ist[ \t]+das|wird[ \t]+es|wäre[ \t]+es|is[ \t]+het"
    r"|wordt[ \t]+het|it['’]s|it[ \t]+is|it['’]ll[ \t]+be|it[ \t]+will[ \t]+be|that['’]s)"
    r"(?:[ \t]+(?:dann|dan|then|alors|entonces|allora|então))?"
    rf"[ \t]+(?:(?:el|le|il|am|op|o|on)[ \t]+)?(?:{alternation(WEEKDAYS)})\.?"
    r"(?:[ \t]+\d{1,2}(?:st|nd|rd|th|\.)?)?,?[ \t]+(?:a[ \t]+las|a[ \t]+la|à|alle|um|om|às|at)"
    r"[ \t]*$",
    re.IGNORECASE,
)


def _on_my_side(sentence: str, tod: _TimeOfDay) -> bool:
    """Whether the words right around a clock put it on the sender's own clock."""
    lead = max(0, tod.start - 40)
    if (
        _MINE_AFTER.match(sentence[tod.end : tod.end + 28])
        or _MINE_BEFORE.search(sentence, lead, tod.start)
        or _BARE_SIDE_BEFORE.search(sentence, lead, tod.start)
        or _side_then(sentence, lead, tod.start) == "mine"
        or _MINE_WITH_DAY.search(sentence, max(0, tod.start - 64), tod.start)
    ):
        return True
    m = next(_zone_matches(sentence, tod.end, tod.end + 40), None)
    return m is not None and m.start() - tod.end <= 12 and bool(m["mine"])


_CHAINED_CLOCK = re.compile(
    r"^[ \t]*(?:/|&|and|und|et|y|e|en)[ \t]+\d{1,2}(?:[:.h]\d\d)?"
    r"(?:[ \t]*[ap]\.?m\.?)?(?!\d)",
    re.IGNORECASE,
)
# "8:30am and Friday ", "9 y el viernes ": a clock, "and", perhaps a weekday, before the next.
# "21 Uhr bzw. 16–17 Uhr", "9pm or 4pm": "respectively" and "or" list the restated clocks too,
# and the clock may carry its "Uhr" / "h" / "uur".
_LISTED_AFTER_CLOCK = re.compile(
    r"\d{1,2}(?:[:.h]\d\d)?(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]*(?:Uhr|uur|heures?|h)\b)?[ \t]+"
    r"(?:and|und|et|y|e|en|&|or|oder|ou|o|of|bzw\.|beziehungsweise|resp\.)[ \t]+"
    # ("16:00 y las 15:30": the hour's own article.)
    rf"(?:(?:el|le|am|il|o|a|las|les|as|alle)[ \t]+)?(?:(?:{alternation(WEEKDAYS)})\.?[ \t]+)?$",
    re.IGNORECASE,
)
# "is", "=" between two clocks: the same instant read on another clock.
_EQUALS = re.compile(
    r"(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Za-zÀ-ÿ]+)?[ \t]*(?:[ \t](?:is|would be|will be|ist|wäre"
    r"|est|serait|es|sería|è|sarebbe|é|seria|is dan|zou zijn|son|sont|sind|sono|são|zijn"
    # "as 9h ficam 14h pra você": the hour "becomes" the other one across the zones.
    r"|ficam|fica)[ \t]|=)"
    r"[ \t]*",
    re.IGNORECASE,
)


_OR_LATER = re.compile(
    r"\b(?:or (?:later|after)|ou plus tard|o más tarde|oder später|o (?:più )?tardi"
    r"|ou mais tarde|of later)\b",
    re.IGNORECASE,
)
# "your times", "your Thursday 30th slot", "tus horarios", "Ihre Vorschläge": the user's offers.
_YOUR_OFFERS = re.compile(
    r"\b(?:your|tus?|sus?|vos|votre|tes|ton|ta|Ihre?[mn]?|deine?[mn]?|i[ \t]+tuoi|i[ \t]+suoi"
    r"|il[ \t]+tuo|il[ \t]+suo|la[ \t]+tua|la[ \t]+sua|le[ \t]+tue|le[ \t]+sue|os[ \t]+seus"
    r"|os[ \t]+teus|o[ \t]+seu|o[ \t]+teu|as[ \t]+suas|as[ \t]+tuas|a[ \t]+sua|a[ \t]+tua|jouw|uw)"
    r"(?:[ \t]+[\w-]+){0,3}?[ \t]+"
    r"(?:times|slots?|options?|suggestions?|proposals?|horarios?|opci(?:ón|ones)|propuestas?"
    r"|huecos?|créneaux|créneau|horaires?|plages?|propositions?|Vorschlag|Vorschläge|Zeiten|Termine?"
    r"|Terminvorschläge|orari|orario|propost[ae]|opzion[ei]|horários?|opç(?:ão|ões)"
    r"|sugest(?:ão|ões)|tijden|voorstel(?:len)?|tijdstip(?:pen)?|opties|optie)\b",
    re.IGNORECASE,
)


def _your_weekday_slot(
    mention: DateMention, tod: _TimeOfDay, quoted: set[datetime], user_tz: tzinfo | None
) -> bool:
    """Whether a bare weekday and its clock are one of the user's offers, on the user's clock.

    Which week a bare weekday is in is a guess; the user's offer on that weekday at that
    clock is the one named back.
    """
    if user_tz is None or mention.kind != "weekday" or tod.part:
        return False
    mine = [q.astimezone(user_tz) for q in quoted]
    return any(q.weekday() == mention.day.weekday() and q.time() == tod.begin for q in mine)


def _points_back_at_clock(
    sentence: str, times: Sequence[_TimeOfDay], tod: _TimeOfDay, dates: Sequence[DateMention]
) -> bool:
    """Whether "that's" opens ``tod`` right after a clock on the other side's clock.

    No day stands between them. "but not at 4pm your time - that's 5am here!": the clock
    turned down, read on the sender's side; "that's" points back at it, so it is said again,
    not offered. ("busy till 3pm, so that's 4pm at the earliest" names no side twice and is
    left to the roles.)
    """
    before = [t for t in times if t.end <= tod.start]
    if not before:
        return False
    last = before[-1]
    if tod.start - last.end > 40 or any(last.end <= d.start < tod.start for d in dates):
        return False
    if not _POINTS_BACK.search(sentence, last.end, tod.start):
        return False
    between, after = sentence[last.end : tod.start], sentence[tod.end :]
    return bool(
        (_USER_SIDE_AFTER.match(between) and _MINE_AFTER.match(after))
        or (_MINE_AFTER.match(between) and _USER_SIDE_AFTER.match(after))
    )


def _your_day_named(sentence: str, mention: DateMention, tod: _TimeOfDay, question: bool) -> bool:
    """Whether "your" marks the day and its clock in a clause with no offer words.

    "Your Wednesday 9pm will be 3pm here", "votre mardi 21h tombe pendant ma réunion": the
    user's own day and clock, read back to them; it offers nothing. A clause worded as an
    offer ("Your Wednesday 9pm works") or a question ("your Wednesday 9pm?") is left to the
    roles.
    """
    if question or tod.start < mention.end:
        return False
    if not _YOURS.search(sentence, max(0, mention.start - 12), mention.start):
        return False
    if not _DAY_CLOCK_GAP.fullmatch(sentence, mention.end, tod.start):
        return False
    # The whole sentence, not the clause: "Your Tuesday 11am is 3am here but that's fine" and
    # "Your Friday 10am is 3pm for me - perfect" take the slot in a clause after it.
    # Only beside a clash the sentence names ("I'm in a workshop until 4 that day").
    return (
        not offer_worded(sentence) and not PICK.search(sentence) and bool(CONFLICT.search(sentence))
    )


def _about_your_offers(sentence: str, start: int, question: bool) -> bool:
    """A clock in a plain clause about the user's offers: "tus horarios me caen a las 19:00".

    Such a clause reads the user's own times on the sender's clock; it offers nothing.
    """
    if question:
        return False
    opens, ends = next((a, b) for a, b in clauses(sentence) if a <= start < b)
    # "a las 19:00 o más tarde": "or later" runs the clock on; it lists no second offer.
    plain = _OR_LATER.sub("", sentence[opens:ends])
    return not offer_worded(plain) and bool(_YOUR_OFFERS.search(sentence, opens, start))


# "I think that's 8pm for me", "si no me equivoco son las 21h": a sum the sender is unsure of.
_SUM_GUESSED = re.compile(
    r"\b(?:i[ \t]+think|i[ \t]+believe|if[ \t]+i['’]m[ \t]+right|unless[ \t]+i['’]m[ \t]+wrong"
    r"|je[ \t]+crois|je[ \t]+pense|si[ \t]+je[ \t]+ne[ \t]+me[ \t]+trompe"
    r"|creo[ \t]+que|si[ \t]+no[ \t]+me[ \t]+equivoco|glaube[ \t]+ich|ich[ \t]+glaube"
    r"|wenn[ \t]+ich[ \t]+mich[ \t]+nicht[ \t]+irre|credo|se[ \t]+non[ \t]+sbaglio"
    r"|acho[ \t]+que|se[ \t]+não[ \t]+me[ \t]+engano|denk[ \t]+ik|volgens[ \t]+mij)\b",
    re.IGNORECASE,
)


# "4pm / 7am yours", "4pm, 7am your time": clocks joined in one list, the user's clock named once
# after the last of them.
_CLOCKS_JOINED = re.compile(
    # ("16:00 y las 15:30", "16h e as 15h30": the next hour's own article may follow.)
    r"^[ \t]*(?:/|,|&|\+|and|or|und|oder|et|ou|y|o|e|en|of)[ \t]*"
    r"(?:(?:las|les|as|le|alle)[ \t]+)?$",
    re.IGNORECASE,
)


def _listed_before_yours(
    text: str, times: Sequence[_TimeOfDay], tod: _TimeOfDay, user_tz: tzinfo | None
) -> bool:
    """Whether ``tod`` opens a list of clocks whose last is on the user's clock.

    "(that's 4pm / 7am yours)" says both clocks again on the user's side, as "4pm yours / 7am
    yours" would; only the clock right before the joint is taken, never one a word apart.
    """
    if user_tz is None:
        return False
    after = [u for u in times if u.start >= tod.end]
    for one, other in itertools.pairwise([tod, *after]):
        if not _CLOCKS_JOINED.match(text[one.end : other.start]):
            return False
        if other.zone is user_tz:
            return True
    return False


# "21 Uhr bzw. 16–17 Uhr", "9pm or 4pm": two clocks listed one after the other ("Uhr" / "h" /
# "uur" may close the first, "bzw." / "resp." say "respectively").
_LISTED_JOINT = re.compile(
    r"(?:[ \t]*(?:Uhr|uur|heures?|h)\b)?[ \t]*(?:,|/|&|and|or|und|oder|bzw\.|beziehungsweise"
    r"|resp\.|et|ou|y|o|e|en|of)[ \t]+(?:(?:el|le|am|um|om|il|las|les|as|às|alle)[ \t]+)?",
    re.IGNORECASE,
)


def _listed_after_yours(text: str, times: Sequence[_TimeOfDay], tod: _TimeOfDay) -> bool:
    """Whether ``tod`` closes a list of clocks whose first is said on the user's side.

    "Bei Ihnen wäre das 21 Uhr bzw. 16–17 Uhr", "for you that would be 9pm or 4pm": the user's
    side named before the first clock holds for the clocks listed right after it, as "for you"
    before each would. Only clocks joined by a bare "and" / "or" / "bzw." count, never one a word
    apart; the caller still holds each to an offer's instant on the user's clock.
    """
    before = [u for u in times if u.end <= tod.start]
    later = tod
    # A list of a few clocks at most: a long run of them ("9 or 9 or 9 …") is no restatement.
    for prev in reversed(before[-4:]):
        if not _LISTED_JOINT.fullmatch(text, prev.end, later.start):
            return False
        if _USER_SIDE.search(text, max(0, prev.start - 32), prev.start):
            return True
        later = prev
    return False


def _bears_out(
    tod: _TimeOfDay,
    mentions: Sequence[TimeMention],
    own_tz: tzinfo,
    user_tz: tzinfo | None,
    offered_on_user_clock: set[tuple[int, time]],
    yours: bool,
    written: datetime,
    unsure: bool,
) -> bool:
    """Whether a dayless clock said again is some offer's instant, on its day, on its clock.

    "¿El lunes 8 a la misma hora? Para mí serían las 19:00": the 19:00 says which clock the
    offer is on; if the offer as read is another instant, the reading is wrong somewhere. A
    clock an hour off an offer whose zone is named is that sender's clock having changed in
    between ("para mim serão 22h já com a hora de inverno").
    """
    # With no offer in the reply yet, it says again the user's own time ("10:00 your time is
    # 9pm here"), which the reply's reading does not rest on.
    offers = [(m.window.start, m.zone_named) for m in mentions if m.role in PROPOSED_ROLES]
    if yours:
        # The user's clock ("so that one should be 9:30am for you", "per lei dovrebbero essere
        # le 19:00"): the offer's instant there, under the offsets of the meeting's day, or the
        # sender read one of the two clocks wrong. A sum the sender calls a guess ("which I
        # think is 2:30 for you") leaves the clock the sender named standing.
        return (
            unsure
            or user_tz is None
            or not offered_on_user_clock
            or not offers
            or any(_on_users_clock(tod, start, user_tz, written) for start, _ in offers)
        )
    tz = tod.zone or own_tz
    for start, named in offers:
        said = datetime.combine(start.astimezone(tz).date(), tod.begin, tz)
        gap = abs(said - start)
        if tod.guessed:
            gap = min(gap, abs(said + timedelta(hours=12) - start))
        # "Could you do Friday at 11am your time? That's 1pm for me." from New York, where it is
        # 2pm, with no change of clocks before Friday: an hour off is no excuse, unless the
        # sender says the sum is a guess ("3pm ET works. I think that's 8pm for me").
        if gap == timedelta(0) or (
            named
            and gap == timedelta(hours=1)
            and (unsure or len(offset_moves(written, start)) > 1)
        ):
            return True
        # "Thursday 8am should be ok? That's 6am for me": the offer's weekday and clock as
        # written are one of the user's times on the user's clock, and the clock said again is
        # that instant on the sender's own.
        if user_tz is not None and not named:
            on_user = start.replace(tzinfo=user_tz)
            mine = datetime.combine(on_user.astimezone(tz).date(), tod.begin, tz)
            if (on_user.weekday(), on_user.time()) in offered_on_user_clock and mine == on_user:
                return True
    return not offers


def _on_users_clock(
    tod: _TimeOfDay, start: datetime, user_tz: tzinfo, written: datetime | None
) -> bool:
    """Whether the clock is the instant ``start`` read on the user's clock.

    Given when the reply was ``written``, an offer read on the Date header's offset may be on
    the offset the sender's clock moves to by then ("10:00 my time? we'll be on CET by then so
    that's 12:00 for you"), which `clock_said_to_change` settles later.
    """
    said = {tod.begin}
    if tod.guessed:
        said.add(tod.begin.replace(hour=(tod.begin.hour + 12) % 24))
    return any(
        (start + shift).astimezone(user_tz).time() in said
        for shift in (_header_shifts(start, written) if written is not None else {timedelta(0)})
    )


# "per lei dovrebbero essere le 19:00 e le 17:30", "so that one should be 9:30am for you": the
# user's side named before the first clock said again; a clock joined to it by "and" is said
# on that side too.
_USER_SIDE_BEFORE = re.compile(
    r"\b(?:for[ \t]+you|your|yours|pour[ \t]+vous|chez[ \t]+vous|para[ \t]+(?:ti|usted|você)"
    r"|bei[ \t]+(?:Ihnen|dir)|für[ \t]+(?:Sie|dich)|per[ \t]+(?:te|voi|lei)|voor[ \t]+(?:jou|u)"
    r"|bij[ \t]+(?:jou|u))\b[^\d.!?]{0,32}$",
    re.IGNORECASE,
)


_CLOCKS_LISTED = re.compile(
    r"[ \t]*(?:,|/|&|and|und|et|y|e|en)[ \t]+(?:(?:le|las|les|as|às|um|om)[ \t]+)?",
    re.IGNORECASE,
)


def _said_for_user(
    sentence: str, clocks: Sequence[_TimeOfDay], user_tz: tzinfo
) -> list[_TimeOfDay]:
    """The clocks of ``clocks`` said again on the user's side, in order.

    Talk of a change names no offer of its own, so a clock right after the user's side ("so
    for you those are 7:30pm and 8:30pm") says one again whatever the verb.
    """
    said: list[_TimeOfDay] = []
    for tod in clocks:
        chained = bool(said) and _CLOCKS_LISTED.fullmatch(sentence, said[-1].end, tod.start)
        # "2pm Eastern for me" names another clock; "9:30am for you, not 10:30 as it would be
        # this week" sets one aside.
        if (
            _on_my_side(sentence, tod)
            or (tod.zone is not None and tod.zone is not user_tz)
            or _SET_ASIDE.search(sentence, max(0, tod.start - 8), tod.start)
        ):
            continue
        if (
            chained
            or _USER_SIDE_BEFORE.search(sentence, max(0, tod.start - 48), tod.start)
            or (
                _restates(sentence, tod)
                and (
                    tod.zone is user_tz
                    or _USER_SIDE_AFTER.match(sentence[tod.end : tod.end + 40]) is not None
                )
            )
        ):
            said += _as_listed(sentence, tod)
    return said


_SET_ASIDE = re.compile(r"\b(?:not|nicht|pas|no|niet|non)[ \t]+$", re.IGNORECASE)


_AND_BETWEEN = re.compile(r"\s(?:and|und|et|y|e|en|&)\s", re.IGNORECASE)


def _as_listed(sentence: str, tod: _TimeOfDay) -> list[_TimeOfDay]:
    """A span joined by "and" ("those are 7:30pm and 8:30pm") as the two clocks it lists."""
    if tod.finish is None or not _AND_BETWEEN.search(sentence, tod.start, tod.end):
        return [tod]
    second = tod.finish
    if second.hour >= 12 and _LIST_MORNING.match(sentence, tod.end):
        # "midday and 9:30am": a span must end after it begins, a list need not.
        second = second.replace(hour=second.hour - 12)
    return [replace(tod, finish=None), replace(tod, begin=second, finish=None)]


_LIST_MORNING = re.compile(r"[ \t]*a\.?[ \t]?m\b\.?", re.IGNORECASE)


def _talk_restatement_off(
    said: Sequence[_TimeOfDay],
    mentions: Sequence[TimeMention],
    user_tz: tzinfo | None,
    written: datetime,
) -> bool:
    """Whether clocks said again for the user miss the offers they follow, one for one.

    Talk of a clock change drops the clocks in it as offers ("Tuesday at 1pm NZ time - we go
    onto daylight time on the 30th, so that one should be 9:30am for you"), yet they say what
    offers before them are on the user's clock: a run of them, in their order. Clocks that are
    no such run (another instant, two offers swapped, more clocks than offers) mean one of the
    two clocks is misread, by the sender or the reader. A range must end where its offer does.
    """
    offers = list(dict.fromkeys(m.window for m in mentions if m.role in PROPOSED_ROLES))
    # With no offer yet, the clocks say again the user's own slots ("your 15:00 and 13:00 are
    # 1am and 11pm for me now that we've come off daylight saving").
    if not said or user_tz is None or not offers:
        return False
    return not any(
        all(
            _on_users_clock(tod, offer.start, user_tz, written)
            and (
                (end := tod.finish) is None
                or (
                    offer.end is not None
                    and _on_users_clock(replace(tod, begin=end), offer.end, user_tz, written)
                )
            )
            for tod, offer in zip(said, offers[i : i + len(said)], strict=True)
        )
        for i in range(len(offers) - len(said) + 1)
    )


def _header_shifts(start: datetime, written: datetime) -> set[timedelta]:
    """How far an instant read on the Date header's offset moves with the sender's clock.

    None for one on a named zone's clock; for one on the header's offset, each change a zone
    on that offset makes by then.
    """
    if not isinstance(start.tzinfo, timezone) or start.utcoffset() != written.utcoffset():
        return {timedelta(0)}
    offset = written.utcoffset() or timedelta(0)
    return {offset - moved for moved in offset_moves(written, start)}


# "bei Ihnen wäre es", "for you it'll be": the user's side named before a clock.
_USER_SIDE = re.compile(
    r"\b(?:you|vous|toi|ti|usted|você|si|Ihnen|Sie|dir|dich|te|voi|lei|jou|u)\b[^\d]*$",
    re.IGNORECASE,
)


# "that's 11am over there", "são 11h aí", "14:00 / 15:00 on your side": the user's side named
# after the clock, or after the clocks chained to it.
_USER_SIDE_AFTER = re.compile(
    r"^[^.!?]{0,24}?\b(?:you|your|there|vous|là-bas|ti|allí|allá|ahí|aí|lá|você|vocês|Ihnen|Sie|dir"
    r"|drüben|dort|daar|jou|u|te|voi|lei|lì)\b",
    re.IGNORECASE,
)


# The other clock of an equation, which the grammar may leave bare: "noon is 9 your time".
_EQUATED_CLOCK = re.compile(
    r"(?:(?:las|les|le|as|às|um|om)[ \t]+)?(?P<h>\d{1,2})(?:[:.h](?P<m>[0-5]\d))?"
    r"(?:[ \t]?(?P<a>[ap])\.?m\b\.?)?(?:[ \t]*(?:uhr|uur)|h\b)?",
    re.IGNORECASE,
)


def _equated_to_yours(
    sentence: str, tod: _TimeOfDay, offered: Sequence[TimeMention], user_tz: tzinfo | None
) -> bool:
    """Whether an offered clock is set equal to its own instant on the user's clock.

    "Monday at noon ET? I know noon is 9 your time": the clock names the offer back. An
    equation the offer does not bear out ("18 Uhr ist 10 Uhr bei Ihnen" across a clock
    change) is left a time with no day, which keeps the reply in doubt.
    """
    equals = _EQUALS.match(sentence, tod.end)
    other = _EQUATED_CLOCK.match(sentence, equals.end()) if equals else None
    if (
        other is None
        or user_tz is None
        or not _RESTATE_AFTER.match(sentence[other.end() : other.end() + 20])
    ):
        return False
    hour = _hour(int(other["h"]), other["a"])
    clock = _mk(hour, other["m"]) if hour is not None else None
    if clock is None:
        return False
    # A bare hour is either half of the day: "9 your time" is 9 in the morning or the evening.
    readings = [clock] if other["a"] else [clock, _mk((clock.hour + 12) % 24, other["m"])]
    return any(
        m.window.start.time() == tod.begin
        and any(
            r is not None
            and datetime.combine(m.window.start.astimezone(user_tz).date(), r, user_tz)
            == m.window.start
            for r in readings
        )
        for m in offered
    )


# "7:30 your time is 7pm here": "is" before and "here" after say the same instant again;
# "or 3pm here" alone is an offer on the sender's clock.
# "13h aí são 8h aqui", "las 13 allá son las 8 aquí": hours take the plural in most languages.
_IS_LEAD = re.compile(
    # "It's 5am here": the offer on the sender's clock ("it" is the time, not the hour now,
    # which the clock said again must match the offer for).
    r"(?:\b(?:is|would be|will be|est|es|ist|è|é|são|son|sono|sind|zijn)|\bit['’]s)"
    # "das ist dann 11:30 Uhr bei uns", "that is then 3pm here": "then" may follow the verb.
    r"(?:\s+(?:then|dann|alors|entonces|allora|dan))?"
    r"(?:[ \t]+(?:as|las|le))?[ \t]*$",
    re.IGNORECASE,
)
_HERE_AFTER = re.compile(
    # "is 5pm Monday here": the sender's day may come between, across the date line.
    rf"^[ \t]*(?:(?:{alternation(WEEKDAYS)})\.?[ \t]+)?"
    # "11:30 Uhr bei uns": the word for o'clock may come first.
    r"(?:(?:Uhr|uur|h)[ \t]+)?"
    r"(?:here|my time|on my end|ici|aquí|aqui|hier|qui|bij mij|bei uns|bij ons|chez nous)(?!\w)",
    re.IGNORECASE,
)
# "The Tue 8am one is 5pm Monday here": the user's offer, named to say it again on the
# sender's clock; "the 8am one is fine" picks it.
_OFFER_NAMED_AGAIN = re.compile(
    r"[ \t]+(?:one|slot|option|time)[ \t]+(?:is|would be|will be|=)[ \t]+(?:at[ \t]+)?\d"
)
_OFFER_NAMED = re.compile(
    rf"\b(?:the|your)[ \t]+(?:(?:{alternation(WEEKDAYS)})\.?,?[ \t]+)?(?:at[ \t]+)?$",
    re.IGNORECASE,
)


# "until noon", "bis 12 Uhr", "tot 12 uur", "jusqu'à midi": a clock that ends a spell.
_UNTIL_BEFORE = re.compile(
    r"(?<![\w'’])(?:until|till|til|jusqu['’](?:à|a|au)|hasta(?:[ \t]+las?)?|bis(?:[ \t]+um)?"
    r"|tot|fino(?:[ \t]+al(?:le)?)?|até(?:[ \t]+(?:à|às|ao|as))?)[ \t]*$",
    re.IGNORECASE,
)
_FREE_THEN = re.compile(_FREE_FROM_THEN, re.IGNORECASE)
_FREE_AFTER = re.compile(
    r"\W*(?:[^\W\d]+\W+){0,2}?(?:after|afterwards|then|après|ensuite|danach|después|luego"
    r"|dopo|depois|daarna)\b",
    re.IGNORECASE,
)


def _spell_ends(sentence: str, tod: _TimeOfDay) -> bool:
    """Whether the time ends a spell ("until noon") the sender is not said to be free after."""
    return bool(
        _UNTIL_BEFORE.search(sentence, max(0, tod.start - 24), tod.start)
        and not _FREE_AFTER.match(sentence, tod.end)
    )


def _busy_until(sentence: str, tod: _TimeOfDay) -> bool:
    """Whether the time ends a spell in a clause with no offer words before it: a conflict."""
    if not _spell_ends(sentence, tod):
        return False
    opens = max(a for a, _ in clauses(sentence) if a <= tod.start)
    return not offer_worded(sentence[opens : tod.start])


@dataclass(frozen=True)
class _BlockedDay:
    """Days whose every time in a sentence the sender cannot make, and when that ends."""

    dates: list[DateMention]
    # The last conflict's start, or a conflicting range's end ("booked 1-3").
    clear_from: time


def _blocked_day(
    groups: list[_Group], found: Sequence[TimeMention], length: timedelta
) -> _BlockedDay | None:
    """The days of a sentence whose times are all conflicts ("I have a 1:00 on Friday")."""
    dates = [d for g in groups for d in g.dates if g.times]
    if not dates or not found or any(m.role is not Role.CONFLICT for m in found):
        return None
    if len({m.window.start.date() for m in found}) != 1:
        return None
    return _BlockedDay(dates, max(_taken_until(m.window, length) for m in found).time())


_BUT_OPENS = re.compile(rf"[ \t,]*(?:{BUT_WORD}\b|;)", re.IGNORECASE)
# "until 12", "jusqu'à midi", "hasta las 12", "bis 12 Uhr": where a busy spell ends, by its
# clock ("until Friday" ends no part of a day).
_UNTIL_CLOCK = re.compile(
    r"\b(?:until|till|jusqu['’](?:à|au)|hasta|bis|fino a(?:l|lle)?|até|tot)[ \t]+"
    r"(?:(?:las?|à|às?|a|um|om|alle|le)[ \t]+)?(?:\d|noon|midday|midi|mediod[ií]a|meio-dia"
    r"|mittag|mezzogiorno)",
    re.IGNORECASE,
)
# How far before the day its busy spell's end may be written ("jusqu'à midi mercredi").
_UNTIL_REACH = 30


def _frees_from(sentence: str, tod: _TimeOfDay) -> bool:
    """Whether a busy spell ends at ``tod``, the sender free from then ("till 2, free after")."""
    return (
        _UNTIL_BEFORE.search(sentence, max(0, tod.start - 24), tod.start) is not None
        and _FREE_THEN.match(sentence, tod.end) is not None
    )


def _free_later_that_day(
    sentence: str, day: DateMention, tod: _TimeOfDay, day_times: Sequence[_TimeOfDay]
) -> bool:
    """Whether an offered time is the free part of a day whose busy part is named before it.

    "Je suis pris jeudi matin, mais libre à 14h", "El jueves a las 10 tengo una reunión, pero
    a las 12 estoy libre", "tied up Thursday 2-4pm, free after 4:30": the busy time is named,
    so the later one is that day's. With no busy time ("I'm out Thursday, but free at 2") the
    day may be all gone.
    """
    busy = [t for t in day_times if t is not tod and t.start < tod.start]
    # "El miércoles tengo reuniones hasta las 12, pero a las 16:00 estoy libre": the busy
    # spell's end is named, so the busy part is too.
    until = _UNTIL_CLOCK.search(sentence, max(0, day.start - _UNTIL_REACH), tod.start)
    if (
        not (busy or until)
        or not 0 < tod.start - day.start < _CLAUSE_REACH
        or any(tod.begin <= t.begin for t in busy)
    ):
        return False
    part = sentence[day.start : tod.start + _CLAUSE_REACH]
    at = tod.start - day.start
    opens, ends = next((a, b) for a, b in clauses(part) if a <= at < b)
    if opens > 0 and _BUT_OPENS.match(part, opens):
        return offer_worded(part[opens:ends])
    return bool(busy) and offer_worded(sentence[busy[-1].end : tod.start])


def _taken_until(window: TimeWindow, length: timedelta) -> datetime:
    """A conflicting range's end ("booked 1-3"), else the conflict's start ("a call at 1")."""
    if window.end is None or window.end - window.start == length:
        return window.start
    return window.end


# "15 h 30", the French typographers' spacing: one clock, whose minutes the grammar would drop.
_SPACED_H = re.compile(r"(?<![\d:.])([012]?\d)[ \t\u00a0\u202f]+h[ \t\u00a0\u202f]*([0-5]\d)(?!\d)")


def _breaks_paragraph(text: str, start: int, end: int) -> bool:
    """Whether the span is words or a blank line, not the gap a sentence's line end leaves."""
    return bool(text[start:end].strip()) or "\n\n" in text[max(start - 1, 0) : start + 2]


def _offered_across_break(
    parted: _BlockedDay | None,
    dates: Sequence[DateMention],
    times: Sequence[_TimeOfDay],
    offered: bool,
) -> bool:
    """Whether a dayless clock offered after a blank line may be for the day refused before it."""
    return offered and bool(times) and not dates and parted is not None


def _offers_wall_clock(
    window: TimeWindow, quoted_starts: set[datetime], user_tz: tzinfo | None
) -> bool:
    """Whether ``window`` is another instant than the user's offers at one's day and hour.

    "I'm in a standup 10-10:30 IST every morning … Tue 2pm it is" to the user's "Tuesday
    14:00" (London): on the clock the message names elsewhere, 2pm is a new time; as
    written, the user's offer.
    """
    if user_tz is None or window.start in quoted_starts:
        return False
    walls = {start.astimezone(user_tz).replace(tzinfo=None) for start in quoted_starts}
    return window.start.replace(tzinfo=None) in walls


def read_times(
    text: str,
    ref: datetime,
    fallback_tz: tzinfo,
    meeting_length: timedelta,
    *,
    day_first: bool | None = False,
    user_tz: tzinfo | None = None,
    quoted: Sequence[TimeWindow] = (),
    home: tzinfo | None = None,
    user_names: frozenset[str] = frozenset(),
) -> TimeReading:
    """Every time mention in ``text`` with its role, resolved against ``ref``.

    ``fallback_tz`` is used when the sender names no zone (the caller passes
    the Date header's offset); ``user_tz`` is what "your time" means;
    ``quoted`` are the user's own offered windows from the quoted thread;
    ``home`` is the zone the user lives in, whose place names a zone, as do the
    abbreviations in ``user_names``. Mentions come in the order they are written.
    """
    quoted_clocks = (
        {w.start.astimezone(user_tz).time() for w in quoted} if user_tz is not None else set()
    )
    quoted_starts = {w.start for w in quoted}
    offered_on_user_clock = (
        {
            (w.start.astimezone(user_tz).weekday(), w.start.astimezone(user_tz).time())
            for w in quoted
        }
        if user_tz is not None
        else set()
    )
    meeting_length = _length_said(text) or meeting_length
    clock_talk = CLOCK_CHANGE_TALK.search(text) is not None
    text = _DAY_PART_COMPOUND.sub(r"\1 \2", text)
    text = _spelled_halves(text)
    text = _SPACED_H.sub(r"\1h\2", text)
    if day_first is None:
        day_first = settled_day_first(text, ref.date())
    zones = _find_zones(text, user_tz, fallback_tz, home, user_names)
    # A zone name written against a time ("1–3pm Central") is the message's
    # zone as surely as an abbreviation is; elsewhere "central" may be a word.
    attached = {
        tod.zone
        for tod in _attach_zones(
            _find_times(text, _spans(find_dates(text, ref.date(), day_first=day_first))),
            [z for z in zones if not z.near],
            text,
            places=False,
        )
        if tod.zone is not None
    }
    message_zones = _own_side({z.tz for z in zones if not z.named} | attached, user_tz, ref)
    kept_by_place = _writers_places(text, zones, ref, fallback_tz, clock_talk)
    # "(CEST, UTC+2)" under the times is one clock: the zoneless times are on it.
    one_clock = _distinct_clocks(message_zones)
    message_tz = one_clock[0] if len(one_clock) == 1 else None
    mentions: list[TimeMention] = []
    carried: _Group | None = None
    carried_roles = Roles((), tangled=False)
    carried_shift = False
    blocked: _BlockedDay | None = None
    # The refused day held when a blank line ended the paragraph that named it.
    parted: _BlockedDay | None = None
    # A day named with only a part of it ("Thursday afternoon is clear for me."): the day, its
    # roles, and where its mentions and its wording start, which a clock inside the part in the
    # next sentence narrows ("Could you do 2:30?").
    part_day: tuple[_Group, Roles, int, int] | None = None
    last_time: _TimeOfDay | None = None
    tangled = dayless = two_readings = timeless_day = zones_mixed = False
    # Offers at a bare hour that may be morning or evening ("thursday at 8"), and those whose
    # half of the day the words say ("9am", "9:00").
    open_halves: list[datetime] = []
    halves_said: list[datetime] = []
    # Whether an offer's afternoon is written on the 24-hour clock ("tra le 13 e le 14").
    afternoon_in_24 = False
    days: list[date] = []
    later_week = False
    next_week = False
    anchor: date | None = None
    # The day named last, which a "same day" in a later sentence is.
    last_day: date | None = None
    # Whether the last sentence naming days named that one alone, which a "that day" may be.
    last_alone = False
    # Where each offered day is written, the day, whether it is a bare weekday, and its start.
    offered_on: set[tuple[int, date, bool, datetime]] = set()
    worded: list[bool] = []
    plain: list[bool] = []
    # Of those, the plain sentences that tell what the sender does at a part of the day ("I'm
    # reviewing the plan Thursday evening"): the sender's own plans, no offer, when no sentence
    # is worded as one.
    own: list[bool] = []
    read: list[tuple[int, int]] = []
    # "je vous propose plutôt :" over "- mardi à 16h": the list's items are what it offers.
    listing = False
    this_week_out = _this_week_out(text)
    # Clocks said again for the user inside talk of a clock change, held to the offers once
    # their sentence is read.
    said_in_talk: list[_TimeOfDay] = []
    for seg_start, seg_end in sentence_spans(text):
        two_readings = two_readings or _talk_restatement_off(said_in_talk, mentions, user_tz, ref)
        said_in_talk = []
        seg_text = text[seg_start:seg_end].replace("\n", " ")
        # "(2am?!)": a question mark with an exclamation after it is dismay, not a question.
        question = text[seg_end : seg_end + 1] == "?" and text[seg_end + 1 : seg_end + 2] != "!"
        talk = _clock_talk(seg_text, question)
        item = bool(_LIST_ITEM.match(seg_text))
        offered_list = listing and item
        listing = (listing and item) or (
            seg_text.rstrip().endswith(":") and offer_worded(seg_text[clauses(seg_text)[-1][0] :])
        )
        dates = [
            d
            for d in find_dates(
                seg_text, ref.date(), day_first=day_first, next_week=next_week, anchor=anchor
            )
            if not _any_such_day(seg_text, d)
        ]
        dates = _with_same_day(seg_text, dates, last_day, last_alone)
        last_day = dates[-1].day if dates else last_day
        # "Friday the 3rd at 2pm? If not, same time the following Monday": a full date before
        # places the weekday (the first one after it), so its week is no guess.
        placed = {
            d.start
            for d in dates
            if said_as_following(seg_text, d)
            and (anchor is not None or any(a.kind in ANCHORS and a.end <= d.start for a in dates))
        } | _dated_beside(seg_text, dates)
        if dates or not _opens_on_restatement(seg_text):
            # "Tuesday 7 November at 4pm? That should be 9am in Paris. Or Thursday": a
            # sentence that only says the offer again on another clock keeps its date.
            anchor = _last_anchor(dates)
        # "Could we push to next week? Tuesday 2-3pm": the week carries to the next sentence.
        # "the week after", "in two weeks": which week a bare weekday falls in is a guess.
        later_week = later_week or bool(_LATER_WEEK.search(seg_text))
        # A day the sender cannot do ("Thursday is a write-off, and I'm on leave the week after
        # Easter") offers nothing, nor does the day clocks change on: their week is no question.
        two_readings = two_readings or (
            later_week
            and any(
                d.kind == "weekday"
                and d.start not in placed
                and not _names_your_day(seg_text, d)
                and not _in_this_week(seg_text, d.start)
                and d.start not in talk
                and read_roles(seg_text).at(d.start) is not Role.CONFLICT
                for d in dates
            )
        )
        # "Next week I'm mostly free, Tuesday or Thursday": a bare weekday after "next week"
        # that the lists did not move may be this week's or next week's. A day the sender is
        # away ("next week I'm out Wed-Fri") offers nothing, so its week is no question.
        monday = next_week_monday(ref.date())
        said = list(iter_next_week(seg_text))
        # Roles are read only where "next week" is written: on a long line they are slow.
        seg_roles = read_roles(seg_text) if said else None
        if said and seg_roles is not None and this_week_out:
            # "Diese Woche bin ich komplett ausgebucht. Nächste Woche Mittwoch ab 15 Uhr, oder
            # Donnerstag 9-11": with this week ruled out, a weekday after "next week" is next
            # week's, not a guess between the two.
            dates = [
                replace(d, day=d.day + timedelta(days=7))
                if d.kind == "weekday"
                and monday - timedelta(days=7) <= d.day < monday
                and any(m.end() <= d.start for m in said)
                and not _in_this_week(seg_text, d.start)
                and seg_roles.at(d.start) is not Role.CONFLICT
                else d
                for d in dates
            ]
        two_readings = two_readings or any(
            d.kind == "weekday"
            and d.day < monday
            and any(m.end() <= d.start for m in said)
            and seg_roles is not None
            and seg_roles.at(d.start) is not Role.CONFLICT
            for d in dates
        )
        # "Next week I'm away. Thursday at 4pm?": the week is the one the sender cannot do, so
        # it does not carry; whether the Thursday is this week's is a guess.
        away = [
            m for m in said if seg_roles is not None and seg_roles.at(m.start()) is Role.CONFLICT
        ]
        later_week = later_week or (not dates and bool(away))
        next_week = not dates and not away and says_next_week(seg_text)
        seg_zones = _find_zones(seg_text, user_tz, fallback_tz, home, user_names, kept_by_place)
        times = _attach_zones(_find_times(seg_text, _spans(dates), last_time), seg_zones, seg_text)
        times, contradicted = _zoned_by_restatement(
            times,
            seg_text,
            fallback_tz,
            user_tz,
            dates or (carried.dates if carried else []),
            ref,
            text,
        )
        two_readings = two_readings or contradicted
        if dates:
            last_alone = _day_alone_with_clock(seg_text, dates, times)
        read += [(seg_start + a, seg_start + b) for a, b in (*_spans(dates), *_spans(times))]
        read += [(seg_start + a, seg_start + b) for a, b in _vague_in_conflict(seg_text)]
        # "(Our clocks spring forward on Sunday so it's 6 not 5)": the day of the change and a
        # clock said across it offer nothing.
        dates = [d for d in dates if d.start not in talk]
        if user_tz is not None and quoted:
            # Only with the user's clock named in the thread: where the user is, the reply may
            # know better than a clock assumed.
            said_in_talk = _said_for_user(seg_text, [t for t in times if t.start in talk], user_tz)
        times = [t for t in times if t.start not in talk]
        times, said_off = _without_sender_side(times, seg_text, user_tz, fallback_tz, dates, ref)
        two_readings = two_readings or said_off
        if not times and not dates:
            if not _breaks_paragraph(text, seg_start, seg_end):
                # "… leider nicht.\nWie wäre es um 15:30?": a sentence that ends its line
                # leaves an empty span before the next; the day still carries to that line.
                continue
            parted = blocked or parted
            carried = blocked = None
            continue
        if _offered_across_break(parted, dates, times, question or offer_worded(seg_text)):
            # "Martes a las 14 no puedo.\n\n¿Qué tal a las 15:30?": the clock may be for the
            # day of the paragraph before or for any day; read it for that day, as a guess.
            blocked = parted
            two_readings = True
        parted = None
        roles = read_roles(seg_text)
        # "… at 3pm: I'll spend the afternoon on the phone. Friday, same time?": a part of the
        # day is no time to repeat, so the clock before it stays the one "same time" means.
        named_here = [t for t in times if not t.binds_next and not t.part]
        if clocks_here := _repeatable(seg_text, named_here, first=last_time is None):
            # "Monday at 9am or 2pm. Otherwise same time Wednesday": which clock it repeats
            # is a guess.
            last_time = clocks_here[-1]
            if _clocks_differ(seg_text, named_here):
                last_time = replace(last_time, guessed=True)
        if not times and not carried:
            carried = _Group(list(dates))
            carried_roles = roles
            carried_shift = moves_by_length(seg_text)
            suiting = [d.day for d in dates if roles.at(d.start) in PROPOSED_ROLES]
            timeless_day = timeless_day or bool(suiting)
            days += suiting
            continue
        # "I'm in meetings until 16h every day, but I propose Thursday at 17h30": a time the
        # sender cannot do, written before the first day, is not the one that day is for.
        first_day = min((d.start for d in dates), default=len(seg_text))
        day_clause = next(((a, b) for a, b in clauses(seg_text) if a <= first_day < b), (0, 0))
        pairable = [
            t
            for t in times
            if t.start > first_day or t.start >= day_clause[0] or roles.at(t.start) != Role.CONFLICT
        ]
        tokens: list[DateMention | _TimeOfDay] = sorted([*dates, *pairable], key=lambda t: t.start)
        groups = _pair(seg_text, tokens)
        date_roles = roles
        # "Could we push Thursday's call? 10am instead of 9.": the day of the meeting moved, in
        # the sentence before, with a clock here set against the old one, is the new clock's.
        swapped_on_old_day = False
        # "Can we push our Tuesday chat back by an hour? So 10pm my time": the clock is where the
        # move asked before lands, worded by that question.
        landing = False
        rebound: set[int] = set()
        if not dates and times and carried is not None:
            # "Tuesday works. How about 3pm?": the time belongs to the day before.
            groups = [_Group(carried.dates, times)]
            date_roles = carried_roles
            landing = carried_shift
            swapped_on_old_day = landing or any(span.role is Role.OLD for span in roles.spans)
        elif (
            not dates
            and part_day is not None
            and (question or offer_worded(seg_text))
            and all(
                not t.part
                and not t.edge
                and roles.at(t.start) in PROPOSED_ROLES
                and any(_inside(t, p) for p in part_day[0].times)
                for t in times
            )
        ):
            # "Thursday afternoon is clear for me. Could you do 2:30?": the clock narrows the
            # part of the day before it, as "Thursday afternoon, say 2:30" would.
            group, date_roles, first, wording = part_day
            del mentions[first:], worded[wording:], plain[wording:], own[wording:]
            bounded = [_bounded_by_parts(t, group.times) for t in times]
            # (a clock closed by the part is the clock said, paired with the part's day)
            rebound = {id(t) for t, b in zip(times, bounded, strict=True) if b is not t}
            groups = [_Group(group.dates, bounded)]
        elif (
            not dates
            and blocked is not None
            and (question or offer_worded(seg_text))
            and all(not t.part and t.begin > blocked.clear_from for t in times)
        ):
            # "I have a 1:00 on Friday that ends at 2:15. Could you do 2:30 instead?": a clock
            # after the day's last conflict, offered in the next sentence, is for that day (a
            # clock merely wrapped onto the next line, "10:00 your time /\n16:00 SGT), I have
            # to be at the depot", offers nothing).
            groups = [_Group(blocked.dates, times)]
        carried = blocked = part_day = None
        seg_own = _own_side({z.tz for z in seg_zones if not z.named}, user_tz, ref)
        seg_tz = next((z.tz for z in seg_zones if not z.named and z.tz in seg_own), None)
        found = len(mentions)
        groups = _narrowed_on_same_day(groups, roles)
        narrowed: set[int] = rebound
        # Where each clock's readings went in ``mentions``: "10pm your time on Wednesday 9 or
        # Thursday 10" reads one clock on two listed days, and its second reading is that
        # clock's own, not a restatement of its first.
        read_at: dict[int, set[int]] = {}
        for group in groups:
            refined = _refined(group.times, seg_text)
            if group.dates:
                # "after 6pm, say 6-7:30": a clock narrowed away was said for the group's days.
                narrowed |= {id(t) for t in group.times} - {id(t) for t in refined}
            group.times = refined
            for mention in group.dates:
                date_role = date_roles.at(mention.start)
                two_readings = two_readings or (
                    day_first is None
                    and ambiguous_numeric(seg_text[mention.start : mention.end], ref.date())
                )
                for tod in group.times:
                    tz = tod.zone or (
                        # "Your Wed 8am (Tues noon my time) works": a day and clock written as one
                        # and called the user's are on the user's clock, whatever the sentence
                        # names for the rest ("your Thursday lands at 10pm for me" is not one).
                        user_tz
                        if quoted
                        and _DAY_CLOCK_GAP.fullmatch(seg_text, mention.end, tod.start)
                        and _YOURS.search(seg_text, max(0, mention.start - 12), mention.start)
                        else seg_tz or message_tz
                    )
                    window = _window(mention.day, tod, tz or fallback_tz, meeting_length)
                    # "6:30 is early for me" to "Friday 9:30am ET" from Vancouver: one half of
                    # the day is the user's own offer to the minute, which proves that half.
                    quoted_half = _half_quoted(window, quoted) if tod.guessed else None
                    window = quoted_half or _across_change(window, quoted, ref, text) or window
                    # Only an offer can be said again: "fri afternoon I'm flying. I could do
                    # Fri first thing (8 MT)" restates no earlier time, so 8 is the offer.
                    # "That's 8am Friday here." under the user's "Thursday 4pm MT": a sentence
                    # opening on "that's" says again the user's own time, from the quote
                    # ("That's 8am Friday here, works for me" still picks it).
                    # "Tue 13th at 3 or Wed 14th at 2 your time": after "or" and a day of its
                    # own, a clock on a side's clock is another offer; a restatement is the
                    # same instant, so not joined as an alternative on another day.
                    same_clock = read_at.get(id(tod), set())
                    earlier = not _alternative_day(seg_text, times, tod, dates) and (
                        any(
                            m.role in PROPOSED_ROLES
                            for i, m in enumerate(mentions)
                            if i not in same_clock
                        )
                        # "Your Wed 9am is my noon, which is lunch - Thu 2pm yours works": a
                        # time turned down in a clause before is not what this one says again.
                        or any(
                            t.end <= tod.start
                            and (
                                roles.at(t.start) is not Role.CONFLICT
                                or _same_clause(seg_text, t.start, tod.start)
                            )
                            for t in times
                        )
                        or (
                            window.start in quoted_starts
                            and roles.at(tod.start) is not Role.ACCEPTED
                            and bool(_POINTS_BACK.search(seg_text, 0, tod.start))
                        )
                        or _points_back_at_clock(seg_text, times, tod, dates)
                    )
                    role = _role(roles, seg_text, tod, earlier)
                    if role in PROPOSED_ROLES and _said_again_after_dash(
                        seg_text, times, tod, dates, ref.date()
                    ):
                        role = Role.RESTATED
                    if (
                        role is Role.OFFERED
                        and (
                            window.start in quoted_starts
                            or _your_weekday_slot(mention, tod, quoted_starts, user_tz)
                        )
                        and (
                            _about_your_offers(seg_text, tod.start, question)
                            or _your_day_named(seg_text, mention, tod, question)
                        )
                    ):
                        # "Your Thursday 30th slot lands at 10pm for me": the user's own time,
                        # read on the sender's clock, offers nothing new. So is "tu hueco del
                        # viernes a las 14:30": the user's Friday offer, by its own clock.
                        role = Role.RESTATED
                    if (
                        role is Role.OFFERED
                        and _names_back_offer(
                            seg_text,
                            tod,
                            group,
                            question,
                            [
                                [
                                    _window(mention.day, t, zone, meeting_length).start
                                    for zone in (
                                        t.zone or seg_tz or message_tz,
                                        fallback_tz,
                                        user_tz,
                                    )
                                    if zone is not None
                                ]
                                for t in group.times
                            ],
                            quoted_starts,
                        )
                        and _day_and_clock_follow(text[seg_end:], ref.date(), day_first)
                    ):
                        # "Wednesday 9pm your time would be 10am for me, and I'm in a workshop
                        # then. Could we do Thursday the 14th at 9?": the user's own offer named
                        # back, on either clock, before the sender's own day and time; it offers
                        # nothing. With none after it ("Tuesday 7:30 your time suits me. That's
                        # 4:30 here") it is the user's time taken.
                        role = Role.RESTATED
                    if role in PROPOSED_ROLES and _spell_ends(seg_text, tod):
                        # "Thursday until noon, Friday at 10?": where a busy (or free) spell
                        # ends is no start, unless the sender is free from then ("jusqu'à 16h,
                        # après c'est bon"). Free or offer words before it make it a guess.
                        if _busy_until(seg_text, tod):
                            role = Role.CONFLICT
                        else:
                            two_readings = True
                    elif role is Role.CONFLICT and _frees_from(seg_text, tod):
                        # "I'm in meetings until 3 on Thursday, free after": the busy spell's
                        # end is where the sender's free time starts.
                        role = Role.OFFERED
                    if role is Role.RESTATED and (
                        _own_day_clock(seg_text, tod, group)
                        or (
                            mention in dates
                            and mention.end <= tod.start
                            and window.start not in quoted_starts
                            and _new_day_on_your_clock(seg_text, tod, times, mention.day, mentions)
                        )
                    ):
                        # "Wednesday 1-3 Central, or first thing Friday (8:30 my time)": the
                        # bracket is Friday's own clock, not the Wednesday range said again.
                        role = roles.at(tod.start)
                    if (
                        role in PROPOSED_ROLES
                        and date_role not in PROPOSED_ROLES
                        and not (
                            date_role is Role.OLD
                            and (swapped_on_old_day or moved_to(seg_text, mention.end, tod.start))
                        )
                        and not (
                            date_role is Role.CONFLICT
                            and (
                                _free_later_that_day(seg_text, mention, tod, group.times)
                                or _frees_from(seg_text, tod)
                            )
                        )
                    ):
                        role = date_role
                    two_readings = two_readings or (
                        role is Role.RESTATED
                        and not _names_their_offer_back(
                            window, mention, tod, mentions[found:], quoted_starts
                        )
                        and _said_again_off(
                            seg_text,
                            tod,
                            # "El miércoles a las 7:30 de tu hora me va bien. Para mí será el
                            # martes a las 22:00", "… à 9h30 (heure de Paris). Pour vous, ce
                            # sera 19h": opening its sentence with the day it falls on there,
                            # or on the user's side, the clock says again the offer before.
                            mentions[found:]
                            or (
                                [m for m in mentions if m.role in PROPOSED_ROLES][-1:]
                                if _MINE_WITH_DAY.search(seg_text, 0, tod.start)
                                or tod.zone is user_tz
                                or _yours_said(seg_text, tod)
                                else []
                            ),
                            ref,
                            user_tz,
                            clock_talk,
                            bool(quoted),
                        )
                    )
                    two_readings = two_readings or (
                        role in PROPOSED_ROLES
                        and tod.zone is None
                        and seg_tz is None
                        and message_tz is not None
                        and _offers_wall_clock(window, quoted_starts, user_tz)
                    )
                    read_at.setdefault(id(tod), set()).add(len(mentions))
                    mentions.append(TimeMention(window, role, tz is not None))
                    if role in PROPOSED_ROLES:
                        offered_on.add(
                            (
                                seg_start + mention.start,
                                mention.day,
                                mention.kind == "weekday",
                                window.start,
                            )
                        )
                    zones_mixed = zones_mixed or (
                        tz is None and len(one_clock) > 1 and role in PROPOSED_ROLES
                    )
                    if role in PROPOSED_ROLES and quoted_half is None:
                        (open_halves if tod.guessed else halves_said).append(window.start)
                        afternoon_in_24 = afternoon_in_24 or bool(
                            _AFTERNOON_HOUR.search(seg_text, tod.start, tod.end)
                        )
        blocked = _blocked_day(groups, mentions[found:], meeting_length) if dates else None
        if (
            len(groups) == 1
            and dates
            and groups[0].times
            and all(t.part for t in groups[0].times)
            and all(m.role in PROPOSED_ROLES for m in mentions[found:])
        ):
            part_day = (groups[0], date_roles, found, len(worded))
        offered_here = any(m.role in PROPOSED_ROLES for m in mentions[found:])
        if offered_here:
            offered_clauses = [
                ((a, b), worded_clause)
                for (a, b), worded_clause in _clauses_worded(seg_text)
                # "…, which I reckon is 8am for you": a restatement is worded as one. So is
                # "4pm works - same time as you said": a "same time" with no day after it
                # repeats the clock before it on that clock's day.
                if any(
                    a <= t.start < b
                    and roles.at(t.start) in PROPOSED_ROLES
                    # "I'm in back-to-backs until noon, but 12:30-2pm works": the end of a busy
                    # spell is read as a conflict, so its clause needs no offer words.
                    and not _busy_until(seg_text, t)
                    # "Tus horarios me caen en plena tarde de reuniones (las 17h y las 22h
                    # aquí)": the user's own times on the sender's clock, with no day that
                    # could be off theirs, need no offer words.
                    and not (
                        _about_your_offers(seg_text, t.start, question)
                        and not any(a <= d.start < b for d in dates)
                    )
                    and not (
                        t is not times[0]
                        and (
                            _restates(seg_text, t)
                            or _said_again_after_dash(seg_text, times, t, dates, ref.date())
                            or (
                                SAME_TIME.match(seg_text, t.start) is not None
                                and all(d.start < t.start for d in dates)
                            )
                        )
                    )
                    for t in times
                )
            ]
            offers = [worded_clause for _, worded_clause in offered_clauses]
            worded.append(question or offered_list or landing or any(offers))
            plain.append(not question and not offered_list and not landing and not all(offers))
            own.append(
                plain[-1]
                and not any(offers)
                and not _MAY_OFFER.search(seg_text)
                # Only a part of the day ("Thursday evening"): a clock beside the sender's own
                # doing is most often the offer the cues missed ("so Thursday at 3pm it is").
                and all(t.part for t in times if roles.at(t.start) in PROPOSED_ROLES)
                and all(_told_of_own_doing(seg_text, span) for span, _ in offered_clauses)
            )
        # "Tuesday 3pm is fine - though could we do 3:30 instead?": two times on one day,
        # one changing the other; which one stands is a guess.
        offered_days = [m.window.start.date() for m in mentions[found:] if m.role in PROPOSED_ROLES]
        amended = bool(_AMEND.search(seg_text)) and len(offered_days) > len(set(offered_days))
        tangled = (
            tangled
            or amended
            or (bool(mentions[found:]) and (roles.tangled or (roles.mixed and not offered_here)))
        )
        offered_clocks = {m.window.start.time() for m in mentions if m.role in PROPOSED_ROLES}
        # A time paired with a day is not dayless, even when it only restates one.
        paired = {id(t) for group in groups if group.dates for t in group.times} | narrowed
        # "7:30 your time is 7pm here, school pickup": the user's own quoted time named back
        # by its clock in the user's zone, and said again on the sender's clock.
        named_back = [
            t
            for t in times
            if t.zone is not None and t.zone is user_tz and t.begin in quoted_clocks
        ]
        # "Your 16:00 is 19:30 for me", "13h aí são 8h aqui": a clock called the user's, set
        # equal to another clock, names the user's time back on both; it offers nothing.
        named_back += [
            t
            for one, other in itertools.pairwise(times)
            # The anchored equation first: the unanchored search for "your" scans the whole
            # segment before each clock, quadratic on a long run of clocks.
            if _EQUALS.fullmatch(seg_text, one.end, other.start)
            and (
                # "13h aí": one of the user's own clocks, placed on the user's side after it.
                (
                    one.begin in quoted_clocks
                    and _USER_SIDE_AFTER.match(seg_text[one.end : other.start])
                )
                or _YOURS.search(seg_text, 0, one.start)
            )
            and _restates(seg_text, other)
            for t in (one, other)
        ]
        # "Thursday 9am-5pm PT or at 11": a time left over once the days were paired.
        dayless = (
            dayless
            or (
                (not offered_here or bool(groups))
                and any(
                    id(t) not in paired
                    and not t.part
                    and roles.at(t.start) in PROPOSED_ROLES
                    and not (
                        (
                            mentions
                            or named_back
                            or _POINTS_BACK.search(seg_text, 0, t.start)
                            # "your morning slots are rough (that's 6am here)": the part it says
                            # again.
                            or _NAMED_PART.search(seg_text, 0, t.start)
                        )
                        and (
                            _restates(seg_text, t)
                            or _zoned_after_dash(text[: seg_start + t.start], t)
                        )
                        and not _placed_side_off(seg_text, t, mentions)
                        and _bears_out(
                            t,
                            mentions,
                            fallback_tz,
                            user_tz,
                            offered_on_user_clock,
                            t.zone is user_tz
                            # "1pm my time on Thursday (your 3pm)": the clock called the user's.
                            or bool(_YOURS.search(seg_text, max(0, t.start - 32), t.start))
                            or bool(_USER_SIDE.search(seg_text, max(0, t.start - 32), t.start))
                            or bool(_USER_SIDE_AFTER.match(seg_text[t.end : t.end + 40]))
                            or _listed_before_yours(seg_text, times, t, user_tz)
                            or _listed_after_yours(seg_text, times, t),
                            ref,
                            bool(_SUM_GUESSED.search(seg_text, max(0, t.start - 40), t.start)),
                        )
                    )
                    # "Would Monday at 2 work instead? Same time, Eastern.": the offer said again.
                    and not (t.binds_next and t.begin in offered_clocks)
                    # "¿El lunes 9 a las 10? ... una hora me viene perfecto, de 10 a 11": the
                    # one offer's span, said after it.
                    and _spanned_offer(t, seg_text, dates, mentions[:found], meeting_length) is None
                    # "Monday at noon ET? I know noon is 9 your time": an offered clock set equal
                    # to the user's reading of it names the offer back.
                    and not _equated_to_yours(
                        seg_text, t, [m for m in mentions if m.role in PROPOSED_ROLES], user_tz
                    )
                    and not _about_your_offers(seg_text, t.start, question)
                    and t not in named_back
                    # "Sorry for the 6am email", "We met at 3pm at the mixer": the clock of
                    # something else, no offer wanting a day.
                    and not about_something_else(seg_text, t.start)
                    # "grab a time on my calendar - anything from 8am Sydney works": the edge of
                    # the booking page's slots, which the link offers; no time wanting a day.
                    and not (
                        (
                            _AFTER.search(seg_text, max(0, t.start - 20), t.start)
                            or _BEFORE.search(seg_text, max(0, t.start - 20), t.start)
                        )
                        and points_at_link(seg_text)
                    )
                    for t in times
                )
            )
        )
        for t in times:
            at = _spanned_offer(t, seg_text, dates, mentions[:found], meeting_length)
            if at is not None and t.finish is not None:
                spanned = mentions[at]
                start = spanned.window.start
                end = start.replace(hour=t.finish.hour, minute=t.finish.minute)
                mentions[at] = replace(spanned, window=TimeWindow(start, end))
    # "3:30 on Tuesday, or Thursday morning" written on a Wednesday to a user who asked for
    # times from next week on, or "Thursday 14 Oct at 10? Or Friday morning" in the sentence
    # after: the coming weekday falls before the day offered first and before anything the
    # user asked for, so it may as well be the one after that day.
    # "Your Wed 7:30am (Tue 8:30am my time)": one instant on two clocks is one day, said twice.
    asked_from = min((w.start.date() for w in quoted), default=date.min)
    two_readings = two_readings or any(
        bare and later < earlier and later < asked_from and one != other
        for (_, earlier, _, one), (_, later, bare, other) in itertools.combinations(
            sorted(offered_on), 2
        )
    )
    two_readings = two_readings or any(
        not _morning_settled(start, halves_said, user_tz, afternoon_in_24) for start in open_halves
    )
    two_readings = two_readings or _talk_restatement_off(said_in_talk, mentions, user_tz, ref)
    if mentions:
        # A day left without a time beside times that were read: "Tuesday at 3, or Thursday".
        timeless_day = False
    return TimeReading(
        _zone_from_restatement(mentions, user_tz),
        tangled,
        dayless,
        two_readings,
        timeless_day,
        tuple(days),
        zones_mixed,
        any(plain) and (any(worded) or any(own)),
        _unread(text, read),
    )


# "I'm reviewing the plan on Thursday evening", "we have our offsite Tuesday morning", "jeudi
# soir je relis le dossier": the sender, or the sender's side, doing something, in a sentence
# with no word of an offer: the sender's own plans, which a reader takes for an offer only by
# guessing. Not with a word that may make the sentence an offer the offer cues miss ("I can
# offer you Tuesday at 15:00", "devrait fonctionner", "so I can do it from home", "va pour").
_OWN_DOING = re.compile(
    r"\b(?:(?-i:I)|i['’](?:m|ve|ll|d)|we|we['’](?:re|ve|ll)|ich|wir|je|j['’]|nous|yo|tengo"
    r"|tenemos|estoy|estamos|voy|sono|siamo|ho|abbiamo|estou|tenho|temos|ik|heb|ben)\b",
    re.IGNORECASE,
)


def _told_of_own_doing(sentence: str, span: tuple[int, int]) -> bool:
    """Whether the clause at ``span`` tells what the sender does at its time.

    "Jeudi soir, je relis le dossier": a clause of the time alone goes on in the next one.
    "Je suis en réunion de 14h à 16h mercredi, alors jeudi 10h": the time after "alors" is
    told of no one.
    """
    a, b = span
    if _OWN_DOING.search(sentence, a, b):
        return True
    after = [c for c in clauses(sentence) if c[0] >= b]
    if len(sentence[a:b].split()) > _TIME_ALONE_WORDS or not after:
        return False
    # "Wednesday 2pm ET. (I'm in Lisbon this month …)": a bracket, or a full stop, ends it.
    told = sentence[b : after[0][1]]
    return "." not in told and "(" not in told and _OWN_DOING.search(told) is not None


# "Jeudi soir", "Thursday 17th, 3pm": as many words as a time alone takes.
_TIME_ALONE_WORDS = 4
_MAY_OFFER = re.compile(
    r"\b(?:can|could|would|should|might|may|shall|will|offer|suggest|propose|suits?|works?"
    r"|fine|ok|okay|good|free|around|available|open|happy|glad|convenient|let['’]s|how about"
    r"|what about|kann|könnte|sollte|würde|passt|geht|klappt|peux|pourrais|pourrait|devrait"
    r"|convient|marche|puedo|podría|podemos|debería|viene|posso|potrei|possiamo|dovrebbe"
    r"|bene|funziona|consigo|pode|poderia|deveria|dá|funciona|kan|kun|zou|lukt|past|uit"
    # "Va pour jeudi 25 à 16 h …, mais je suis matinal": a yes or a pick beside the clock.
    r"|va|vale|yes|sure|great|perfect\w*|parfait|prima|sounds|oui|sí|ja|sim|combinado"
    r"|d['’]accord|einverstanden|akkoord|see you"
    # "I have two slots: …", "I already sent an invite for Thursday 10am": the meeting's times.
    r"|slots?|times|options|invit\w*)\b"
    r"|['’](?:ll|d)\b",
    re.IGNORECASE,
)


# "I could do the 13th a bit earlier - 2pm Irish time - or Tuesday 18th": a clock set
# between dashes (the line may wrap before the second), or an alternative after one, goes on
# with the clause before the dash.
_DASH_GOES_ON = re.compile(
    r"[ \t]*[–—-][ \t]+(?:(?:or|ou|o|oder|of)\b|\d[^–—\n.!?]{0,30}?(?:[ \t][–—-][ \t]|[ \t]*$))",
    re.IGNORECASE,
)


def _clauses_worded(sentence: str) -> list[tuple[tuple[int, int], bool]]:
    """Each clause with whether it is worded as an offer, or goes on with one that is.

    A lone cut word ("though") between them breaks nothing.
    """
    out: list[tuple[tuple[int, int], bool]] = []
    before = False
    for a, b in clauses(sentence):
        worded = (
            offer_worded(sentence[a:b])
            or after_fallback(sentence, a)
            or (before and _DASH_GOES_ON.match(sentence, a) is not None)
            # "kan ik wel, maar pas 's middags: ergens tussen 14.00 en 15.30 uur": a clause
            # that narrows the offer before it, and a span after a colon that spells it out.
            or (before and _ONLY_THEN.match(sentence[a:b]) is not None)
            or (before and _SPAN_AFTER_COLON.match(sentence[a:b]) is not None)
            or (before and _CLOCK_SPELLS_OUT.match(sentence[a:b]) is not None)
        )
        out.append(((a, b), worded))
        if len(sentence[a:b].split()) > 1:
            before = worded
    return out


# "Dinsdag kan ik wel, maar pas 's middags: ergens tussen 14.00 en 15.30 uur": after a colon,
# a clause that is nothing but a span (perhaps "somewhere") spells out the offer before it.
# Not a clause with words of its own ("Tuesday works: I have a call at 2"), which may be the
# sender's schedule.
_SPAN_END = r"\d{1,2}(?:[:.h][0-5]\d)?(?:[ \t]*(?:uur|uhr|h|[ap]\.?m\.?))?"
_SPAN_AFTER_COLON = re.compile(
    r"^:\s*(?:(?:ergens|somewhere|anytime|any[ \t]+time|irgendwann|sometime)\s+)?"
    r"(?:tussen|between|zwischen|entre|tra|from|van|von|de|dalle|das)\s+"
    rf"{_SPAN_END}\s*(?:-|–|en|and|und|et|y|e|to|tot|bis|à|a|alle|às)\s*{_SPAN_END}"
    r"\s*(?:\([^()\d]*\))?\s*$",
    re.IGNORECASE,
)
# "Only if we can start half an hour later, at 16:30 your time (8pm IST)": after a comma, a
# clause that is nothing but a clock (its zone, a bracket saying it again) spells out the
# offer before it. Not a clause with words of its own ("Tuesday works, at 3 I have a call").
_CLOCK_SPELLS_OUT = re.compile(
    r"^[ \t,]*(?:at|um|à|a las|alle|às|om)[ \t]+\d{1,2}(?:[:.h]\d\d)?(?:[ \t]?[ap]\.?m\.?)?"
    r"(?:[ \t]*(?:uhr|uur|h))?(?:[ \t]+(?:your|my|(?-i:[A-Z][a-z]+|[A-Z]{2,4}))[ \t]+time"
    r"|[ \t]+(?-i:[A-Z]{2,4}))?(?:[ \t]*\([^()\n]{0,30}\))?[ \t]*$",
    re.IGNORECASE,
)
# "but only in the afternoon", "maar pas 's middags", "aber erst nachmittags": a clause that
# narrows the offer before it, no offer or refusal of its own.
_ONLY_THEN = re.compile(
    rf"^[ \t,]*{BUT_WORD}[ \t]+(?:only|pas|erst|seulement|solo|solamente|só|apenas)\b",
    re.IGNORECASE,
)


def _zone_from_restatement(
    mentions: list[TimeMention], user_tz: tzinfo | None
) -> tuple[TimeMention, ...]:
    """Zoneless offers that a restatement shows were written in the user's zone.

    "Wednesday at 1 works - that's 10am for me" from Seattle to Boston: 10am
    in Seattle is 1pm in Boston, so the 1 is the user's 1pm, not Seattle's.
    """
    restated = {m.window.start for m in mentions if m.role is Role.RESTATED}
    if user_tz is None or not restated:
        return tuple(mentions)
    return _moved_into(mentions, user_tz, restated)


def _moved_into(
    mentions: Sequence[TimeMention],
    tz: tzinfo,
    targets: set[datetime],
    *,
    unless_there: bool = False,
) -> tuple[TimeMention, ...]:
    """Zoneless offers whose clock, read in ``tz``, is one of ``targets``, moved into ``tz``.

    ``unless_there``: leave a mention that is already one of ``targets`` as read,
    since then both readings are proved and neither is the better.
    """
    out = []
    for m in mentions:
        start = m.window.start.replace(tzinfo=tz)
        end = m.window.end.replace(tzinfo=tz) if m.window.end is not None else None
        # The same instant in both zones ("11:00" from a +0000 header to a London offer in
        # winter) is proved as it stands: nothing moves, and no zone is left to guess.
        same = start == m.window.start
        moved = start in targets and (same or not (unless_there and m.window.start in targets))
        if m.role in PROPOSED_ROLES and not m.zone_named and moved:
            m = TimeMention(TimeWindow(start, end), m.role, zone_named=True)
        out.append(m)
    return tuple(out)


def read_as_offered(
    reading: TimeReading, user_tz: tzinfo | None, offered: Sequence[TimeWindow]
) -> TimeReading:
    """Zoneless times that are exactly one of the user's quoted offers, in the user's zone.

    "Thursday at 10 works great" to "Thursday 11/19, 10:00 am (all Central time)"
    from an Eastern Date header: the date and clock are the user's offer to the
    minute, so the zone is proved to be theirs, not guessed from the header.
    Only with the user's zone named in the thread, and not when the time read in
    the sender's zone is an offer too ("10" and "9" both offered an hour apart).
    """
    if user_tz is None or not offered:
        return reading
    starts = {w.start for w in offered}
    return replace(
        reading, mentions=_moved_into(reading.mentions, user_tz, starts, unless_there=True)
    )


# The user's offers are for the next few weeks; a bare weekday is this week's or one of these.
_OFFER_WEEKS = 3


def onto_offered_week(
    reading: TimeReading, text: str, ref: date, offered: Sequence[TimeWindow]
) -> TimeReading:
    """Bare-weekday times that are one of the user's offers a week or more later, on that offer.

    "wed at 2 works!" written on a Monday to "Wednesday, Feb 12 at 2:00pm": the reader took
    the coming Wednesday, but the writer named no week; the only offer with that weekday and
    clock, on the writer's clock, is the one meant. Not with a date, "next", "this" or "next
    week" in the reply, nor when two offers share the weekday and clock. Only a pick: when a
    time the reply names is none of the user's ("Tuesday at 4pm or Wednesday at 11am?" to the
    user's Tuesday at 4 next week), the sender offers new times, and the coming week may be meant.
    """
    if not offered or not coming_weekdays_only(text, ref):
        return reading

    def weeks_off(offer: date, day: date) -> bool:
        # "Thursday at 10:30 works" written on Thursday morning to that day's 10:30: the
        # grammar reads today's weekday as next week's.
        gap = (offer - day).days
        return gap in range(7, 7 * _OFFER_WEEKS + 1, 7) or (gap == -7 and offer == ref)

    out = []
    for m in reading.mentions:
        start = m.window.start
        same = [
            w
            for w in offered
            if w.start.weekday() == start.astimezone(w.start.tzinfo).weekday()
            and w.start.time() == start.astimezone(w.start.tzinfo).time()
        ] or [
            # "Thursday 8am works, that's 6am for me": no zone named, and the weekday and clock
            # as written are an offer's on the user's clock (as read_as_offered takes them on
            # the offer's own date), a week or more on.
            w
            for w in offered
            if not m.zone_named
            and (w.start.weekday(), w.start.time()) == (start.weekday(), start.time())
        ]
        if (
            m.role in PROPOSED_ROLES
            and len(same) == 1
            and (
                weeks_off(same[0].start.date(), start.astimezone(same[0].start.tzinfo).date())
                or weeks_off(same[0].start.date(), start.date())
            )
        ):
            target = same[0].start
            end = target + (m.window.end - start) if m.window.end is not None else None
            m = TimeMention(TimeWindow(target, end), m.role, zone_named=True)
        out.append(m)
    starts = {w.start for w in offered}
    if any(m.role in PROPOSED_ROLES and m.window.start not in starts for m in out):
        return reading
    # "Thursday works" to the user's only Thursday, next week's: the day picked is that one.
    days = []
    for day in reading.days:
        on_weekday = {w.start.date() for w in offered if w.start.weekday() == day.weekday()}
        days.append(
            next(iter(on_weekday))
            if len(on_weekday) == 1 and weeks_off(next(iter(on_weekday)), day)
            else day
        )
    return replace(reading, mentions=tuple(out), days=tuple(days))


# No place keeps this offset: a reading that changes when the user's zone is set to it
# depends on where the user is.
_NOWHERE = timezone(timedelta(hours=23, minutes=17))


def leans_on_user_zone(
    reading: TimeReading,
    text: str,
    ref: datetime,
    fallback_tz: tzinfo,
    meeting_length: timedelta,
    *,
    day_first: bool | None,
) -> bool:
    """Whether an offered time was placed by "your time" and nothing else.

    Called when the quoted thread names no zone for the user: then "9:00 your
    time" is read in the zone the caller assumes, and a wrong assumption is a
    confident wrong draft. Read again with the user nowhere: if an offer moves,
    it rested on that assumption.
    """
    if not any(m["yours"] or m["near"] for m in _ZONE.finditer(text)):
        # No words for the user's zone: nothing could have been placed by them.
        return False
    probe = read_times(
        text, ref, fallback_tz, meeting_length, day_first=day_first, user_tz=_NOWHERE
    )
    return [w.start for w in probe.proposed] != [w.start for w in reading.proposed]


def named_clocks(
    text: str, home: tzinfo | None = None, user_names: frozenset[str] = frozenset()
) -> list[tzinfo]:
    """The distinct clocks ``text`` names, the first named standing for each."""
    return _distinct_clocks(z.tz for z in _find_zones(text, home=home, user_names=user_names))


def yours_restating_placed(
    reading: TimeReading,
    text: str,
    ref: datetime,
    fallback_tz: tzinfo,
    meeting_length: timedelta,
    zones: Sequence[tzinfo],
    *,
    day_first: bool | None,
) -> TimeReading | None:
    """``reading`` with its "your time" clocks as restatements, when a named clock places them.

    "vendredi 11, à la même heure (9h chez vous, 8h à Paris)" under a thread naming Bucarest
    and Paris, the user's zone not known: read with the user nowhere, "8h à Paris" still places
    the moment; read on Bucarest's clock, "9h chez vous" is that same moment and nothing else.
    The "your time" clock then only restates it, whichever zone the reader assumed. ``None``
    when no zone the thread names makes every "your time" clock one the reply places otherwise.
    """
    probe = read_times(
        text, ref, fallback_tz, meeting_length, day_first=day_first, user_tz=_NOWHERE
    ).proposed
    # With the user nowhere, a "your time" clock lands on that far clock; the rest are placed.
    placed = {w.start for w in probe if w.start.tzinfo is not _NOWHERE}
    if len(placed) == len(probe) or not placed <= {w.start for w in reading.proposed}:
        return None
    # The user's clock is not the sender's, nor a placed one's ("10h chez vous, 10h à Paris"
    # would put the user in Paris, where the thread may have named another clock of theirs).
    sides = {ref.utcoffset(), *(w.start.utcoffset() for w in probe if w.start in placed)}
    for tz in zones:
        if any(start.astimezone(tz).utcoffset() in sides for start in placed):
            continue
        again = read_times(text, ref, fallback_tz, meeting_length, day_first=day_first, user_tz=tz)
        if {w.start for w in again.proposed} == placed:
            return replace(
                reading,
                mentions=tuple(
                    m
                    if m.role not in PROPOSED_ROLES or m.window.start in placed
                    else replace(m, role=Role.RESTATED)
                    for m in reading.mentions
                ),
            )
    return None


def yours_against_placed(
    reading: TimeReading,
    text: str,
    ref: datetime,
    fallback_tz: tzinfo,
    meeting_length: timedelta,
    *,
    day_first: bool | None,
) -> bool:
    """Whether a "your time" clock and a placed clock of the same day are not one moment.

    "vendredi 11 (10h chez vous, 8h à Paris)" to a user in Bucharest: 8h in Paris is 9h for
    the user, so the pair restates one moment with a slip in one of its clocks, and reading
    both as offers would draft a reply to a time nobody meant. Read with the user nowhere,
    the "your time" clock lands far off and the placed one stays; on the user's clock the
    pair should have been one start.
    """
    if not any(m["yours"] or m["near"] for m in _ZONE.finditer(text)):
        return False
    probe = read_times(
        text, ref, fallback_tz, meeting_length, day_first=day_first, user_tz=_NOWHERE
    ).proposed
    placed = {w.start for w in probe if w.start.tzinfo is not _NOWHERE}
    yours_days = {w.start.date() for w in probe if w.start.tzinfo is _NOWHERE}
    return any(p.date() in yours_days for p in placed) and any(
        w.start not in placed for w in reading.proposed
    )


def _season_name(match: re.Match[str]) -> str | None:
    """The abbreviation a zone mention says: "MST", or "MST" for "Mountain Standard Time"."""
    if match["abbr"]:
        return str(match["abbr"]).upper()
    if match["season"] and match["season"].lower() == "standard":
        return _REGION_STANDARD.get(match["name"].lower())
    return None


def ambiguous_name(
    text: str,
    starts: Sequence[datetime],
    *,
    home: tzinfo | None,
    user_tz: tzinfo | None,
    user_names: frozenset[str],
    writer_offset: timedelta | None = None,
    thread: str = "",
) -> bool:
    """Whether ``text`` names a clock by a name another clock wears that day at another offset.

    "IST" is India's, Israel's in winter and Ireland's in summer; "PST" is Pacific and the
    Philippines; "9am MST" on a July day is Phoenix's clock, while Denver, the table's MST, is
    on MDT. The user's own names ("IST" from Jerusalem), a zone named beside the name
    ("Arizona time, MST") and, with ``writer_offset``, the writer's own clock settle it, as
    does the ``thread`` when it pins the name to the clock read (:func:`_thread_settles`).
    """
    resolved = {
        z.start: z.tz for z in _find_zones(text, user_tz=user_tz, home=home, user_names=user_names)
    }
    for match in _ZONE.finditer(text):
        name = _season_name(match)
        tz = resolved.get(match.start())
        if name is None or tz is None or name in user_names:
            continue
        # Only a name said right after a clock offers its offset: "WET/WEST" in a signature
        # names the place's clock in both seasons.
        clocked = _CLOCK_AT_END.search(text, max(0, match.start() - 12), match.start())
        said_for = _starts_at_clock(text, match.start(), tz, starts)
        # A place named with the name settles whose clock wears it, not which season's offset
        # a clock said with it is on ("16:00 CEST" for a winter day stays a guess). "3pm GMT"
        # in summer may be the UK's clock by its winter name; "I'm still on GMT" says it is not.
        worn = (
            _worn_elsewhere(name, tz, said_for, writer_offset)
            or (clocked is not None and _winter_name_in_summer(name, tz, said_for))
        ) and not _place_goes_by(text, resolved, name, tz, said_for, on_the_day=clocked is not None)
        if (
            worn or (clocked is not None and _out_of_season(name, tz, said_for))
        ) and not _thread_settles(thread, name, tz, starts):
            return True
        said_at = clocked or _CLOCK_WORD_AT_END.search(
            text, max(0, match.start() - 12), match.start()
        )
        if said_at is not None and _read_off_the_place(name, tz, said_at, starts):
            return True
    return False


# "9h MST", "9 Uhr MST", "9.30 uur MST": a clock with its word for the hour, before a name.
_CLOCK_WORD_AT_END = re.compile(
    r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])(?:[:.h](?P<m>[0-5]\d))?[ \t]*(?:h|Uhr|uur)(?P<ap>)[ \t]*$",
    re.IGNORECASE,
)


def _read_off_the_place(
    name: str, tz: tzinfo, clocked: re.Match[str], starts: Sequence[datetime]
) -> bool:
    """Whether a place the message names settled ``name`` but its clock was read elsewhere.

    "Tout est à l'heure de l'Arizona. Mercredi 16 mars à 9h MST": the message's Arizona
    makes "MST" Phoenix's, yet the reader took the sentence's "MST" as the table's Denver
    (on -06:00 that day), the place being no clock the writer was seen to keep. Whose
    MST is meant, Phoenix's or loosely Denver's, is a guess. Only a name that a named
    place took from the table's zone, said right after a clock (``clocked``), and only the
    starts read at that clock: "Reykjavík time, UTC/GMT all year" over offers on other
    clocks says nothing of them.
    """
    table = ZONE_ABBREVIATIONS.get(name)
    if table is None or getattr(tz, "key", None) == table:
        return False
    hour, minute = int(clocked["h"]), int(clocked["m"] or 0)
    if clocked["ap"]:
        hours = {hour % 12 + (12 if clocked["ap"].lower() == "p" else 0)}
    else:
        # "alle 9 MST": either half of the day.
        hours = {hour, hour + 12} if hour < 12 else {hour}
    return any(
        s.hour in hours and s.minute == minute and s.utcoffset() != s.astimezone(tz).utcoffset()
        for s in starts
    )


def _place_goes_by(
    text: str,
    resolved: Mapping[int, tzinfo],
    name: str,
    tz: tzinfo,
    starts: Sequence[datetime],
    *,
    on_the_day: bool,
) -> bool:
    """Whether a place ``text`` names goes by ``name`` and keeps ``tz``'s clock at ``starts``.

    "All times Helsinki time (EET/EEST)": EET is also Cairo's, but the words name the place
    whose clock it is, so the name is Helsinki's in either season. Every named place that
    wears the name must keep the clock read: "Cairo ... 3pm EET" beside Helsinki stays a doubt.
    A name said after a clock (``on_the_day``) must be the place's name that day: "Friday 27
    October, 14:00 EET" while Helsinki is on EEST may be Cairo's 14:00.
    """
    wearers = [
        place
        for match in _ZONE.finditer(text)
        if (match["name"] or match["iana"])
        and _season_name(match) is None
        and (place := resolved.get(match.start())) is not None
        and name in _names(place)
    ]
    return bool(wearers) and all(
        s.astimezone(place).utcoffset() == s.astimezone(tz).utcoffset()
        and (not on_the_day or s.astimezone(place).tzname() == name)
        for place in wearers
        for s in starts
    )


def _starts_at_clock(
    text: str, end: int, tz: tzinfo, starts: Sequence[datetime]
) -> Sequence[datetime]:
    """The starts a name right after a clock is said for: those on that clock, else all.

    "Wednesday 15 March, 16:00 CET / Tuesday 28 March, 14:00 CEST": each name is for its own
    line's offer, and CEST is the 28th's clock, not a summer name for the 15th. A start is on
    the clock as read or on ``tz``'s clock that day, so a winter day read on the summer
    offset is still judged. A name with no clock before it is for every start.
    """
    minutes = _minutes_before(text, end)
    if minutes is None:
        return starts
    on_clock = [
        s for s in starts if minutes in {t.hour * 60 + t.minute for t in (s, s.astimezone(tz))}
    ]
    return on_clock or starts


def _out_of_season(name: str, tz: tzinfo, starts: Sequence[datetime]) -> bool:
    """Whether ``name`` is ``tz``'s summer name, said for a day ``tz`` is on its winter clock.

    "Tuesday 4 April 5pm AEDT", written in Sydney's summer for a day after its clocks go
    back: 5pm on the summer offset, or 5pm on Sydney's clock that day, an hour apart.
    """
    for start in starts:
        there = start.astimezone(tz)
        summer = (start + timedelta(days=182)).astimezone(tz)
        if there.tzname() != name and not there.dst() and summer.tzname() == name:
            return True
    return False


def _winter_name_in_summer(name: str, tz: tzinfo, starts: Sequence[datetime]) -> bool:
    """Whether ``name`` is a clock with no summer time and another clock's winter name.

    ``name`` reads as ``tz``, which keeps one offset all year; a clock that wears ``name`` in
    winter, on ``tz``'s offset then, is on summer time at a start.

    "Tuesday 31 March, 3pm GMT" two days after the UK's clocks go forward: GMT itself, or the
    UK's clock by the name it wears half the year (BST then), an hour apart. Names read as a
    place's clock in both seasons ("3pm CET" in July is Paris's CEST) keep no second reading.
    """
    for start in starts:
        here = start.astimezone(tz)
        year = [start.replace(month=m, day=15).astimezone(tz) for m in (1, 7)]
        if any(t.utcoffset() != here.utcoffset() for t in year):
            return False
        for other in _NAME_WEARERS:
            there = start.astimezone(other)
            winters = [
                t
                for t in (start.replace(month=m, day=15).astimezone(other) for m in (1, 7))
                if not t.dst()
            ]
            if (
                there.dst()
                and any(t.tzname() == name and t.utcoffset() == here.utcoffset() for t in winters)
                and there.utcoffset() != here.utcoffset()
            ):
                return True
    return False


def _worn_elsewhere(
    name: str, tz: tzinfo, starts: Sequence[datetime], writer_offset: timedelta | None
) -> bool:
    """Whether another clock the reader knows wears ``name`` then, at another offset than ``tz``.

    The writer's own offset (``writer_offset``) being ``tz``'s at a start settles that start.
    """
    for start in starts:
        offset = start.astimezone(tz).utcoffset()
        if offset != writer_offset and any(
            name in (start.astimezone(other).tzname(), NAMES_ZONEINFO_DROPPED.get(str(other)))
            and start.astimezone(other).utcoffset() != offset
            for other in _NAME_WEARERS
        ):
            return True
    return False


# A clock just before a zone on its line: "9:30pm IST", "12pm ET", "15:00 CEST".
_CLOCK_AT_END = re.compile(
    r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?"
    r"[ \t]*(?:(?P<ap>[ap])\.?m\.?)?[ \t]*$",
    re.IGNORECASE,
)


def _minutes_before(line: str, end: int) -> int | None:
    """The clock right before ``end``, in minutes after midnight, when it says which half-day."""
    # A clock is a few characters long: look no further back ("9:30 pm ").
    match = _CLOCK_AT_END.search(line, max(0, end - 12), end)
    if match is None:
        return None
    hour, minute = int(match["h"]), int(match["m"] or 0)
    if match["ap"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["ap"].lower() == "p" else 0)
    elif hour <= 12 and match["m"] is None:
        # "at 9 IST": without am/pm or a 24-hour clock, nothing to compare.
        return None
    return hour * 60 + minute


def _implied_offset(mine: int, theirs: int, their_offset: timedelta) -> timedelta:
    """The offset a clock must keep to read ``mine`` when another reads ``theirs``."""
    minutes = (mine - theirs + int(their_offset.total_seconds()) // 60) % 1440
    return timedelta(minutes=minutes - 1440 if minutes > 840 else minutes)


def _line_pins(line: str, name: str, starts: Sequence[datetime]) -> list[tuple[timedelta, ...]]:
    """The offsets (one per start) that ``line`` says ``name`` keeps.

    "Bengaluru (IST, UTC+5:30)": an offset written beside it. "9:30pm IST / 12pm ET": the same
    instant on a clock the reader knows, which only one of the name's clocks can match. A place
    or abbreviation beside it with no clocks to compare pins nothing: "2pm London or 6:30pm
    IST" offers two instants.
    """
    matches = list(_ZONE.finditer(line))
    pins = []
    for i, own in enumerate(matches):
        if _season_name(own) != name:
            continue
        mine = _minutes_before(line, own.start())
        # Only the zones on either side: "(IST, UTC+5:30)", "9:30pm IST / 12pm ET".
        for other in matches[max(0, i - 1) : i] + matches[i + 1 : i + 2]:
            if _season_name(other) == name:
                continue
            tz = _zone_of(other, None, None, None, frozenset())
            if tz is None:
                continue
            offsets = tuple(s.astimezone(tz).utcoffset() or timedelta(0) for s in starts)
            if other["sign"]:
                pins.append(offsets)
                continue
            theirs = _minutes_before(line, other.start())
            if mine is not None and theirs is not None:
                pins.append(tuple(_implied_offset(mine, theirs, o) for o in offsets))
    return pins


def _thread_settles(thread: str, name: str, tz: tzinfo, starts: Sequence[datetime]) -> bool:
    """Whether the thread pins ``name`` to ``tz``'s clock on every line that pins it at all.

    The user who signs "(IST, UTC+5:30)" or writes "9:30pm IST / 12pm ET" has said which IST
    they mean. A line that pins the name to another clock ("IST (UTC+1)") leaves the doubt.
    """
    read = tuple(s.astimezone(tz).utcoffset() for s in starts)
    pins = [pin for line in thread.splitlines() for pin in _line_pins(line, name, starts)]
    return bool(pins) and all(pin == read for pin in pins)


# Every zone the reader can name: the other clocks a name may mean.
_KNOWN_ZONES = tuple(
    zone(name) for name in sorted({*ZONE_NAMES.values(), *ZONE_ABBREVIATIONS.values()})
)
# The clocks whose printed names make another clock's name ambiguous: not Cuba's, which prints
# "CST"/"CDT" as US Central does (a "10am CST" is Central's; see `NAMES_NOT_WORN`).
_NAME_WEARERS = tuple(z for z in _KNOWN_ZONES if str(z) not in NAMES_NOT_WORN)


def sender_offsets(written: datetime, when: datetime, text: str) -> frozenset[timedelta]:
    """The offsets the sender's clock may be on at ``when``, written at ``written``'s offset.

    The Date header's offset; and when the reply speaks of a clock change ("our clocks spring
    forward on Sunday"), each offset a zone on that offset at writing has moved to by ``when``.
    """
    if CLOCK_CHANGE_TALK.search(text):
        return offset_moves(written, when)
    return frozenset(o for o in (written.utcoffset(),) if o is not None)


def offset_moves(written: datetime, when: datetime) -> frozenset[timedelta]:
    """The offsets each zone on ``written``'s offset at writing is on at ``when``.

    More than one when some of those zones change clocks in between (-06:00 early in
    November is Denver's summer clock and Regina's only one).
    """
    moved = _offsets_at(_on_offset(written, _KNOWN_ZONES), when).values()
    offsets = {written.utcoffset(), *moved}
    return frozenset(o for o in offsets if o is not None)


def domain_zones(address: str) -> tuple[tzinfo, ...]:
    """The clocks of the country of ``address``'s domain ("@firma.de", "@empresa.com.br")."""
    top = address.rpartition("@")[2].rpartition(".")[2].lower()
    return tuple(zone(name) for name in DOMAIN_ZONES.get(top, ()))


# Clocks the reader names nowhere that stand on a moving zone's offset part of the year: from
# +13:00 in April Samoa and Tonga keep it as Auckland leaves it, from +12:00 in September Fiji,
# the Marshall Islands, Kiribati and Kamchatka. Left out: Pitcairn's fifty people on -08:00
# and the Gambier Islands on -09:00.
_UNNAMED_NEIGHBOURS = tuple(
    zone(name)
    for name in (
        "Pacific/Apia",
        "Pacific/Tongatapu",
        "Pacific/Fiji",
        "Pacific/Majuro",
        "Pacific/Tarawa",
        "Asia/Kamchatka",
    )
)


def _on_offset(written: datetime, zones: Iterable[tzinfo]) -> list[tzinfo]:
    """The ``zones`` on ``written``'s offset at writing, in order."""
    offset = written.utcoffset()
    return [z for z in zones if written.astimezone(z).utcoffset() == offset]


def _offsets_at(
    zones: Iterable[tzinfo], when: datetime, *, wall: bool = False
) -> dict[tzinfo, timedelta | None]:
    """Each of ``zones`` with its offset at ``when``, in order.

    ``when`` is an instant; with ``wall``, a wall clock read on each zone's own clock ("Tuesday
    at 4pm" on the sender's clock, whichever of the zones that is).
    """
    return {z: (when.replace(tzinfo=z) if wall else when.astimezone(z)).utcoffset() for z in zones}


def _header_zones(
    written: datetime, zones: Sequence[tzinfo] = (), home: tzinfo | None = None
) -> list[tzinfo]:
    """The zones the sender may be in, on the Date header's offset at writing.

    A country's domain (``zones``) narrows them: "@x.com.br" from -03:00 is São Paulo's, "@x.de"
    from +01:00 Berlin's. A domain whose country has no clock on the offset says nothing, and
    then every zone the reader knows on it counts, with the user's own (``home``) if on it.
    """
    known = (*_KNOWN_ZONES, *_UNNAMED_NEIGHBOURS, *((home,) if home is not None else ()))
    return _on_offset(written, zones) or _on_offset(written, known)


def domain_clocks_at(written: datetime, zones: Sequence[tzinfo]) -> list[tzinfo]:
    """The clocks of the sender's domain (``zones``, its main one first) on a "+0000" stamp.

    A "+0000" stamp may be a server's, from anywhere: it is taken for the country's clock only
    where the country's main clock is on it at writing. "@x.co.uk" or "@x.pt" from "+0000" on
    26 March is London's or Lisbon's winter clock; "@x.de" is on no clock of Germany's, and
    "@x.es" only on the Canaries' (Madrid's is +01:00): each says nothing.
    """
    return _on_offset(written, zones) if _on_offset(written, zones[:1]) else []


def header_clock_moves(written: datetime, when: datetime, zones: Sequence[tzinfo] = ()) -> bool:
    """Whether the sender's clock at ``when`` may be off the Date header's offset.

    The zones on the header's offset at writing part by then: +01:00 in March is Berlin's
    winter clock and Lagos's only one; "@x.com.br" from -03:00 keeps -03:00 when Santiago's
    clock goes back, "@x.de" moves with Berlin.
    """
    offset = written.utcoffset()
    return any(o != offset for o in _offsets_at(_header_zones(written, zones), when).values())


def clock_kept_between(
    written: datetime,
    before: datetime,
    after: datetime,
    zones: Sequence[tzinfo] = (),
    home: tzinfo | None = None,
) -> bool:
    """Whether every zone the sender may be in keeps one offset from ``before`` to ``after``.

    "Ginge Donnerstag, 1. April, um dieselbe Zeit?" from +01:00 on 24 March, moving a meeting
    on Monday 29 March: Berlin is on +02:00 on both days and Lagos on +01:00, so whichever the
    sender is in, the meeting's wall clock is the same instant a whole number of days on.
    """
    there = _header_zones(written, zones, home)
    return bool(there) and _offsets_at(there, before) == _offsets_at(there, after)


def clocks_part(
    written: datetime | None,
    before: datetime,
    after: datetime,
    user: tzinfo | None = None,
    zones: Sequence[tzinfo] = (),
    place: tzinfo | None = None,
    *,
    surely: bool = False,
) -> bool:
    """Whether the sender's wall clock and the user's may move apart from ``before`` to ``after``.

    What "same time" keeps when a meeting moves whole days: "Could we move Tuesday to Monday 2
    November, same time?" from London, moving Tuesday 27 October at 14:00 New York time: New
    York goes back on 1 November and London does not, so the same time is 14:00 on the user's
    clock or 18:00 on the sender's. The user's clock is ``user``, else the zone the meeting
    (``before``) was set on; the sender's is ``place``'s when known, else any zone on the Date
    header's offset (see :func:`clock_kept_between`), none known when the reply's date is not.

    ``surely``: only where they part whichever of those zones the sender is in: the user's
    clock changes and none of the sender's does. "Push to next week same time?" from -04:00
    across New York's change, to a user in New York: the sender may be in New York too.
    """
    user = user if user is not None else before.tzinfo
    assert user is not None

    def change(zone: tzinfo) -> timedelta:
        return (after.astimezone(zone).utcoffset() or timedelta(0)) - (
            before.astimezone(zone).utcoffset() or timedelta(0)
        )

    if place is not None:
        return change(place) != change(user)
    kept = written is not None and clock_kept_between(written, before, after, zones, user)
    if surely:
        return kept and bool(change(user))
    return not kept or bool(change(user))


def header_clock_agreed(
    written: datetime,
    starts: Sequence[datetime],
    zones: Sequence[tzinfo] = (),
    home: tzinfo | None = None,
) -> tzinfo | None:
    """The one clock every zone on the Date header's offset is on at ``starts``, when it moved.

    -08:00 on 4 March 2026 is Los Angeles's and Vancouver's winter clock, and both are on
    -07:00 by the 10th: whichever the sender is in, "Tuesday at 4pm" is 16:00 at -07:00. None
    where the zones part by some start (+01:00 in March: Berlin moves, Lagos does not), where
    none moves, or from a "+0000" stamp, which says nothing of where the sender is. (Round 77 G
    read a ".co.uk"/".pt" domain on "+0000" here, and backed it out: picks of a weekday alone,
    "Tuesday at 3 works", "Friday 10am it is" after a return date, went certain and wrong.)
    """
    offset = written.utcoffset()
    there = _header_zones(written, zones, home)
    if not offset or not there or not starts:
        return None
    # Each start is a wall clock on the sender's clock that day (the header's offset for now).
    agreed = [set(_offsets_at(there, s, wall=True).values()) for s in starts]
    if any(len(day) > 1 for day in agreed) or all(day == {offset} for day in agreed):
        return None
    return there[0]


# Words that name a clock: "(Bogotá time)", "9am COT", "hora de Lima", "Nepal Time Zone".
_ZONE_LIKE = re.compile(
    r"\b(?:[A-Z][\w'’.-]*[ \t]+){1,3}(?:[Tt]ime(?:[ \t]*[Zz]one)?|[Tt]imezone)\b"
    r"|\b(?:hora|horário|heure|ora)[ \t]+(?:del?|di|d['’]|da|do|du)[ \t]*"
    r"(?:\w+[ \t]+){0,2}[A-Z][\w'’-]+"
    r"|\b[A-Z][\w-]+[ \t-]+(?:Zeit|tijd)\b|\b(?:Zeit|tijd)[ \t]+(?:in|van)[ \t]+[A-Z][\w'’-]+"
    # "(Ortszeit Bad Tölz)", "(heure locale de Villefranche)": the local clock of a place.
    r"|\b(?:Ortszeit|Lokalzeit|hora[ \t]+local|heure[ \t]+locale|ora[ \t]+locale|lokale[ \t]+tijd)"
    r"[ \t]+(?:(?:in|en|à|a|em|di|de|d['’]|van)[ \t]+)?[A-Z][\w'’-]+"
    r"|(?P<acronym>\b[A-Z]{1,4}T\b)"
)
# "(Same time next week?)", "Local time": capitalised words that name no one place's clock.
_NO_PLACE = re.compile(
    r"(?:Same|Any|Next|This|That|Some|Each|Every|Local|Meeting|Lunch|Call|Start|End|Free"
    r"|The|A|Your|My|Our|Their|Good|Best|First|Last|Great|Perfect|Fine|Book|Uhr|Minuten)\b"
)
# Where words name the clock of the times: alone in brackets, right after a clock, or after
# "all times" / "times are in".
_CLOCK_BEFORE = re.compile(
    r"(?:\d|\b[ap]\.?m\.?|\bUhr|\buur)[ \t]*$|\btimes?[ \t]+(?:are[ \t]+)?(?:in[ \t]+)?$",
    re.IGNORECASE,
)


def zone_unread(text: str, home: tzinfo | None) -> bool:
    """Whether ``text`` names the clock of its times in words the reader cannot place.

    "(Bogotá time)" or "(COT)" under the user's offers: the times would be read in the Date
    header's offset, which is the user's clock only by luck.
    """
    return bool(unread_zone_words(text, home))


def _known_zone_spans(text: str, home: tzinfo | None) -> list[tuple[int, int]]:
    """Where ``text`` names a clock the reader knows, the user's own place among them."""
    known = [(m.start(), m.end()) for m in _zone_matches(text)]
    place = _home_place(home)
    if place is not None:
        known += [(m.start(), m.end()) for m in place.finditer(text)]
    return known


def unread_zone_words(text: str, home: tzinfo | None) -> list[str]:
    """The words in ``text`` that name the clock of its times but that the reader cannot place."""
    found = []
    known = _known_zone_spans(text, home)
    for m in _ZONE_LIKE.finditer(text):
        if _NO_PLACE.match(m.group(0)) or any(a < m.end() and m.start() < b for a, b in known):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = len(text) if (end := text.find("\n", m.end())) < 0 else end
        if any(line_start <= a and b <= line_end for a, b in known):
            # "(Munich time, CEST)": a clock the reader knows is named beside it.
            continue
        before = text[line_start : m.start()]
        # "(LVT)" after a name is a title; an acronym names a clock after one, or on a line
        # of its own under the times ("> (COT)").
        opened = "(" in before and ")" not in before[before.rfind("(") :]
        alone = before.strip(" \t>") == "("
        bracketed = opened and (alone or not m["acronym"])
        if bracketed or _CLOCK_BEFORE.search(before):
            found.append(m.group(0))
    return found


def _folded(word: str) -> str:
    """``word`` in lower case without accents: "Pacífico" is "pacifico", "Dubaï" "dubai"."""
    return unaccented(word).lower()


# A place's name in another language keeps its first letters: "Pacific", "Pacífico", "Pacifique".
_STEM = 5
# Words for a clock itself, in every place's name for it: they say nothing of which place.
_CLOCK_WORDS = frozenset(
    {"time", "timezone", "zone", "standard", "daylight", "hora", "heure", "ora", "zeit", "tijd"}
)


def _place_stems(text: str) -> set[str]:
    """The first letters of the capitalised words of ``text`` that may be a place's name."""
    return {
        _folded(w)[:_STEM]
        for w in re.findall(r"[^\W\d_]{3,}", text)
        if w[0].isupper() and _folded(w) not in _CLOCK_WORDS
    }


def may_name_users_clock(words: str, history: str, home: tzinfo | None) -> bool:
    """Whether unplaced clock words may be the user's clock under another spelling.

    "hora do Pacífico" to an outreach signed "(Pacific time)", "hora de Atlanta" to one
    signed "Atlanta, GA (Eastern time)" name the user's clock in the sender's language;
    "heure de Dubaï" to one in "IST" names another, even if an offer restates "4pm Dubai".
    """
    said = " ".join(m["name"] or m["iana"] or "" for m in _ZONE.finditer(history))
    place = getattr(home, "key", "").replace("_", " ").replace("/", " ")
    users = _place_stems(" ".join((said.title(), place, *_where_lines(history))))
    return bool(_place_stems(words) & users)


def _where_lines(history: str) -> list[str]:
    """The lines that say where the user is: a zone named, no clock ("Pune (IST, UTC+5:30)")."""
    return [
        line
        for line in history.splitlines()
        if _ZONE.search(line) and not re.search(r"\d", _ZONE.sub(" ", line))
    ]


# "3pm GMT+24:00", "15:00 UTC+15", "UTC-13": past the furthest offsets clocks keep (UTC+14,
# UTC-12).
_OFFSET_BEYOND = re.compile(
    r"\b(?:UTC|GMT)[ \t]?(?:[+\-−][ \t]?(?:1[5-9]|[2-9]\d)|[\-−][ \t]?1[34])(?::?[0-5]\d)?\b"
)
_IANA_SHAPED = re.compile(rf"\b{_IANA_AREAS}/[A-Za-z_]+(?:/[A-Za-z_]+)?\b")


def reply_zone_unread(
    text: str, home: tzinfo | None, history: str = "", written: datetime | None = None
) -> bool:
    """Whether the reply names a clock for its times that the reader cannot place.

    "3pm America/Argentina" (a folder of zones), "3pm Europe/Londn", "3pm GMT+24:00", "3pm
    Narnia time", "15h (horário de Dubai)": read in the Date header's offset, the time is the
    sender's clock only by luck. Bracketed words the quoted ``history`` shows may be the user's
    clock under another spelling ("(hora del Pacífico)") are left to the offers' reading.
    """
    return (
        bool(_OFFSET_BEYOND.search(text))
        or any(_iana(m.group(0)) is None for m in _IANA_SHAPED.finditer(text))
        or _words_after_clock_unread(text, home, history)
        or _letters_after_clock_unread(text, home, written)
        or _clock_in_unread_place(text, home)
        or bool(_LOWER_ZONE_AFTER_CLOCK.search(text))
        or _mine_named_elsewhere(text, written)
    )


def _mine_named_elsewhere(text: str, written: datetime | None) -> bool:
    """Whether "my time (Pacific)" names a clock the Date header was not on when written.

    "tomorrow at 8:30 my time (Pacific)" from a Pacific header is read right on the header's
    clock; from a New York one, the named clock and the header disagree.
    """
    for m in _MINE_THEN_NAMED.finditer(text):
        named = m["named"]
        key = named.upper() if named.upper() in ZONE_ABBREVIATIONS else named.lower()
        place = zone(ZONE_ABBREVIATIONS[key] if key in ZONE_ABBREVIATIONS else ZONE_NAMES[key])
        if written is None or written.astimezone(place).utcoffset() != (written.utcoffset()):
            return True
    return False


# "wed 9am my time (pacific)", "10am my time, PT": the sender's side named, then a clock by its
# name; the time is read on the Date header's clock, which the named one may not be.
_MINE_THEN_NAMED = re.compile(
    r"\b(?:my|our)[ \t]+(?:time|side|end)[ \t]*(?:\(|,|-|–)[ \t]*(?P<named>"
    + "|".join(sorted((*ZONE_NAMES, *ZONE_ABBREVIATIONS), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


# "10am est", "3pm et": a zone's abbreviation in lower case that is also a word ("et" is French
# "and"), so the time is read in the Date header's clock; after "am"/"pm" the letters likely
# name one.
_LOWER_ZONE_AFTER_CLOCK = re.compile(
    r"\d[ \t]*(?i:[ap]\.?m\.?)[ \t]+(?:"
    + _LOWER_WORDS_ALTERNATION
    + r")\b(?!"
    + _CLAUSE_ENDS
    + r")"
)


# Where the sender says they are: "here in Doha", "I'm based in Riyadh", "je suis à Lima",
# "estoy en Lima", "ich bin in Seoul"; or names their clock: "3pm my time (Dubai)".
_SENDER_LEAD = (
    r"(?i:(?P<clock>\bmy[ \t]+(?:local[ \t]+)?time[ \t]*\()"
    r"|\b(?:here|based|currently|now|located)[ \t]+in|\bi['’]?m[ \t]+in|\bi[ \t]+am[ \t]+in"
    r"|\bje[ \t]+suis[ \t]+(?:à|a|en)|\b(?:estoy|vivo)[ \t]+en|\bich[ \t]+bin[ \t]+in"
    r"|\bsono[ \t]+a|\bestou[ \t]+em|\bik[ \t]+(?:ben|zit|woon)[ \t]+in"
    # "I'll be in NYC that week", "landing in London Tuesday", "back in London Friday": where
    # the sender will be, from a day on, whatever the Date header's clock.
    r"|(?P<arrive>\bi['’]?ll[ \t]+be[ \t]+in|\bi[ \t]+will[ \t]+be[ \t]+in"
    r"|\b(?:landing|arriving|flying)[ \t]+(?:in|into|to)|\bback[ \t]+in)"
    # "Sent from my phone in Tokyo": a phone's sign-off, written where the sender is.
    r"|\bsent[ \t]+from[ \t]+my[ \t]+\w+[ \t]+in)[ \t]*"
)
_SENDER_PLACE = re.compile(_SENDER_LEAD + r"(?P<place>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})")
# Where the user's outreach puts the contact: "I saw you're based in Santiago", "vous êtes à
# Lyon", "como estás en Bogotá", "da Sie in Berlin sind" is left out (the verb comes last).
_CONTACT_LEAD = re.compile(
    r"(?i:\byou(?:['’]re|[ \t]+are)[ \t]+(?:(?:based|located|now|currently)[ \t]+)?in"
    r"|\b(?:vous[ \t]+êtes|tu[ \t]+es)[ \t]+(?:basée?s?[ \t]+)?(?:à|a|en)"
    r"|\b(?:estás|usted[ \t]+está)[ \t]+en|\bvocê[ \t]+está[ \t]+em"
    r"|\b(?:Sie[ \t]+sind|du[ \t]+bist)[ \t]+in)[ \t]+(?:(?:la|el|the)[ \t]+)?"
)
# "we'll be on CET by then", "I'm on Eastern time": the sender names their own clock by its zone.
_ON_CLOCK = re.compile(
    r"\b(?:we|i)(?:['’](?:re|m|ll[ \t]+be)|[ \t]+(?:are|am|will[ \t]+be))"
    r"[ \t]+(?:(?:already|still|back|all)[ \t]+)?on[ \t]+",
    re.IGNORECASE,
)


# "I'm in Jakarta the whole of that week", "estoy en Lima esa semana": a stay bounded by the
# time of the user's offers, which the sender turns down (the line may wrap inside it).
_THEN_ONLY = re.compile(
    r"\s*(?:(?:the\s+whole\s+of|all\s+of|all|for|during|toute|toda|tutta|die\s+ganze"
    r"|in|an|en|em|a)\s+)?"
    r"(?:(?:that|those)\s+(?:week|days|dates)|cette\s+semaine-là|ces\s+jours-là"
    r"|esa\s+semana|esos\s+días|esas\s+fechas|(?:der|jener)\s+Woche|diesen\s+Tagen"
    r"|quella\s+settimana|quei\s+giorni|(?:nessa|naquela|essa)\s+semana|nesses\s+dias"
    r"|die\s+(?:week|dagen))\b",
    re.IGNORECASE,
)


_WEEKDAY_WORDS = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
# "quinta estou em Madrid", "Thursday I'm in Madrid", "I'm in Madrid on Thursday": there on one
# day of the week only.
_DAY_BEFORE_STAY = re.compile(
    rf"\b(?:on[ \t]+|na[ \t]+|no[ \t]+|el[ \t]+|le[ \t]+)?(?P<day>{_WEEKDAY_WORDS})[ \t,]*$",
    re.IGNORECASE,
)
_DAY_AFTER_STAY = re.compile(
    rf"[ \t]+(?:on[ \t]+|na[ \t]+|no[ \t]+|el[ \t]+|le[ \t]+)?(?P<day>{_WEEKDAY_WORDS})\b",
    re.IGNORECASE,
)


# "Mon-Fri I'm in Riyadh", "I'm in Riyadh Monday to Friday": a span of days, not one.
_RANGE_BEFORE = re.compile(
    r"(?:[-–/]|\b(?:to|through|till|until|a|al|até|à|au|bis|tot))[ \t]*$", re.IGNORECASE
)
_RANGE_AFTER = re.compile(
    r"[ \t]*(?:[-–/]|(?:to|through|till|until|a|al|até|à|au|bis|tot)\b)", re.IGNORECASE
)


def _there_on_other_day(text: str, m: re.Match[str], starts: Sequence[datetime]) -> bool:
    """Whether the sender is at the place on one weekday only, and no offer is on it."""
    day = _DAY_BEFORE_STAY.search(text, max(0, m.start() - 24), m.start()) or (
        _DAY_AFTER_STAY.match(text, m.end())
    )
    if (
        day is None
        or _RANGE_BEFORE.search(text, max(0, day.start() - 12), day.start())
        or _RANGE_AFTER.match(text, day.end())
    ):
        return False
    return all(s.weekday() != WEEKDAYS[day["day"].lower()] for s in starts)


def sender_elsewhere(
    text: str,
    home: tzinfo | None,
    starts: Sequence[datetime],
    offered: Sequence[TimeWindow] = (),
) -> bool:
    """Whether the reply places its sender where the clock of its zoneless offers is not.

    "Friday 3pm, I'm based in Riyadh" from a mailbox on New York's offset: the zoneless time
    is read in the Date header's offset, Riyadh's clock only if the two agree. A clock named
    by a place the reader cannot name ("3pm my time (Abuja)") may be any clock; a place alone
    ("I'm in Albany") leaves the Date header's clock the sender's.
    """
    if not starts:
        return False
    home_place = _home_place(home)
    for m in _SENDER_PLACE.finditer(text):
        place = m["place"]
        first = place.split()[0].lower()
        known = _ZONE.match(place)
        if first in WEEKDAYS or first in MONTHS or _NO_PLACE.match(place):
            continue
        weeks = {w.start.isocalendar()[:2] for w in offered}
        if (
            weeks
            and _THEN_ONLY.match(text, m.end())
            and not any(s.isocalendar()[:2] in weeks for s in starts)
        ):
            # There only in the weeks of the user's offers: the offers on other days are
            # made from the Date header's clock.
            continue
        if not m["arrive"] and _there_on_other_day(text, m, starts):
            # "quinta estou em Madrid" beside offers on Monday and Friday: a day's trip ("back
            # in London Friday" is there from Friday on).
            continue
        if known is not None and not known["name"]:
            # "5:30ish my time (ET)": an abbreviation, offset or IANA name the grammar reads.
            continue
        if home_place is not None and home_place.fullmatch(place):
            where: tzinfo | None = home
        else:
            name = next(
                (place[:i] for i in range(len(place), 0, -1) if place[:i].lower() in ZONE_NAMES),
                None,
            )
            where = zone(ZONE_NAMES[name.lower()]) if name else None
        if where is None:
            if m["clock"]:
                return True
        elif any(s.astimezone(where).utcoffset() != s.utcoffset() for s in starts):
            return True
    return False


# Greetings sent from the sender's place: "Saludos desde la Ciudad de México", "Grüße aus
# Kapstadt", "Greetings from Lima", "Groeten uit Utrecht".
_GREETED_FROM = re.compile(
    r"\b(?:greetings|regards|cheers|saludos|abrazos?|salutations|amitiés|grüße|grüsse|gruß"
    r"|groeten|saluti|cumprimentos|abraços?)[ \t]+(?:from|desde|de|aus|uit|da|dalla|dal)[ \t]+"
    r"(?:(?:la|el|the)[ \t]+)?",
    re.IGNORECASE,
)
# "We don't do daylight saving here", "Saskatchewan doesn't change clocks", "no clock change for
# me", "aquí no cambiamos la hora", "keine Zeitumstellung bei uns": the sender's clock stays
# where the Date header has it.
_NO_CLOCK_CHANGE = re.compile(
    r"\b(?:don['’]?t|doesn['’]?t|do[ \t]+not|does[ \t]+not|never)[ \t]+"
    r"(?:(?:do|have|observe|use|follow|change|move)[ \t]+)?(?:the[ \t]+|our[ \t]+)?"
    r"(?:daylight[ \t]+sav\w*|DST|clocks?)\b"
    r"|\bno[ \t]+(?:daylight[ \t]+sav\w*|DST|clock[ \t]+changes?)\b"
    r"|\bno[ \t]+cambiamos[ \t]+(?:la[ \t]+)?hora|\bsin[ \t]+horario[ \t]+de[ \t]+verano"
    r"|\bpas[ \t]+de[ \t]+changement[ \t]+d['’]heure|\bkeine[ \t]+(?:Zeitumstellung|Sommerzeit)"
    r"|\bniente[ \t]+ora[ \t]+legale|\bsem[ \t]+horário[ \t]+de[ \t]+verão|\bgeen[ \t]+zomertijd",
    re.IGNORECASE,
)
_PLACE_NAMES = re.compile(
    r"(?<![\w'])(?:"
    + "|".join(re.escape(n) for n in sorted(PLACE_ZONES, key=len, reverse=True))
    + r")(?![\w'])",
    re.IGNORECASE,
)
# "Phoenix, AZ", "Surry Hills NSW 2010": a region's code after a place, at the line's end or
# before its postcode.
_REGION_CODE = re.compile(
    r"(?:,[ \t]*|[ \t])(?P<code>" + "|".join(REGION_CODES) + r")(?=[ \t]*(?:\d|,|\||$))",
    re.MULTILINE,
)


# A capitalised word right after a place's name: the name goes on ("Phoenix Labs").
_NAME_GOES_ON = re.compile(r"[ \t]+(?P<word>[A-Z][a-z][\w'-]*)")


def _places_on(line: str) -> list[str]:
    """The zones of the places a sign-off line names ("Bogotá, Colombia", "Austin, TX").

    A capitalised name only ("Regina", not "regina"), and not the first word of a name
    ("Phoenix Labs", "Boston Consulting Group", "Santiago Pérez"); a name abroad on a line
    with a US state's code is a US town of that name ("Lima, OH", "Paris, TX").
    """
    line = unaccented(line)
    codes = [m["code"] for m in _REGION_CODE.finditer(line)]
    found: list[str | None] = []
    us_line = any(REGION_CODES[c] in (None, *US_CLOCKS) for c in codes if len(c) == 2)
    for m in _PLACE_NAMES.finditer(line):
        named = _NAME_GOES_ON.match(line, m.end())
        if not m.group(0)[0].isupper() or (
            named and not _PLACE_NAMES.match(line, named.end() - len(named["word"]))
        ):
            continue
        tz = PLACE_ZONES[m.group(0).lower()]
        if not (us_line and tz not in US_CLOCKS):
            found.append(tz)
    # The place is nearer than its region: "Lord Howe Island NSW 2898" keeps the island's
    # clock, half an hour off Sydney's for half the year.
    found = found or [REGION_CODES[c] for c in codes]
    return [tz for tz in found if tz is not None]


# What a place line may hold beside its places: a state's letters ("São Paulo - SP"), a
# country of several clocks ("Toronto, Canada").
_BESIDE_A_PLACE = re.compile(
    r"\b(?:[A-Z]{2,3}|Canada|USA|U\.S\.A?|Mexico|Brasil|Brazil|Australia|Russia|Chile)\b"
)


def _only_a_place(line: str) -> bool:
    """Whether ``line`` is a place and nothing else ("Bogotá, Colombia", "Lima - Perú")."""
    rest = _PLACE_NAMES.sub("", _REGION_CODE.sub("", unaccented(line)))
    return not re.sub(r"[\d\W_]+", "", _BESIDE_A_PLACE.sub("", rest))


def _place_after(text: str, at: int) -> str | None:
    """The zone of the place named right at ``at`` ("Cancún, …", "Ciudad de México")."""
    m = _PLACE_NAMES.match(unaccented(text[at : at + 40]))
    return PLACE_ZONES[m.group(0).lower()] if m and m.group(0)[0].isupper() else None


def _named_zone(match: re.Match[str]) -> str | None:
    """The zone's name a :data:`_ZONE` match of a name or an abbreviation says, else None."""
    if match["abbr"] and match["abbr"] in ZONE_ABBREVIATIONS:
        return ZONE_ABBREVIATIONS[match["abbr"]]
    return ZONE_NAMES[match["name"].lower()] if match["name"] else None


def sender_place(
    text: str,
    signature: str,
    written: datetime,
    sender: str = "",
    outreach: str = "",
    home: tzinfo | None = None,
) -> tzinfo | None:
    """The clock of the place the reply puts its sender in, when the Date header agrees.

    "I'm in Phoenix", "Saludos desde la Ciudad de México", a sign-off's "Regina, SK", a line
    that is nothing but a place ("Lima, Perú"), a clock the sender says they are on ("we'll
    be on CET by then") or where the user's ``outreach`` says they are ("you're based in
    Santiago", unless that is the user's own clock at ``home``); "we don't do daylight saving here"
    keeps the Date header's offset. Several places ("offices in London, New York and
    Singapore"), or a place whose clock is not the Date header's at writing (a trip, a
    company's head office), say nothing of where the sender is.
    """
    # The sender's own name is no place: "Regina Lopez", "Thanks,\nAustin".
    if names := [re.escape(w) for w in sender.split() if len(w) > 2]:
        unnamed = re.compile(rf"\b(?:{'|'.join(names)})\b", re.IGNORECASE)
        text, signature = unnamed.sub(" ", text), unnamed.sub(" ", signature)
    # "I'll be in Phoenix next week" is where the sender goes, not the clock they write on.
    starts = [m.start("place") for m in _SENDER_PLACE.finditer(text) if not m["arrive"]]
    starts += [m.end() for m in _GREETED_FROM.finditer(text)]
    found = [tz for at in starts if (tz := _place_after(text, at)) is not None]
    found += [
        tz
        for m in _ON_CLOCK.finditer(text)
        if (named := next(_zone_matches(text, m.end(), m.end() + 40), None)) is not None
        and named.start() == m.end()
        and (tz := _named_zone(named)) is not None
    ]
    found += [tz for line in signature.splitlines() for tz in _places_on(line)]
    found += [
        tz
        for m in _CONTACT_LEAD.finditer(outreach)
        if (tz := _place_after(outreach, m.end())) is not None
        and (home is None or _clock(zone(tz)) != _clock(home))
    ]
    found += [
        tz
        for line in text.splitlines()
        if (places := _places_on(line)) and _only_a_place(line)
        for tz in places
    ]
    zones = {_clock(z): z for z in map(zone, found)}
    offset = written.utcoffset()
    if len(zones) > 1:
        return None
    if zones:
        (place,) = zones.values()
        return place if written.astimezone(place).utcoffset() == offset else None
    if _NO_CLOCK_CHANGE.search(text) and offset is not None:
        return timezone(offset)
    return None


def on_header_clock(mention: TimeMention, written: datetime) -> bool:
    """Whether ``mention`` is read at the Date header's offset for want of another clock.

    A zoneless time, or one on "my time": the sender's clock, which says no place (the
    header's own zone object, not a "UTC-4" written out; not "GMT" beside a "+0000" stamp,
    which is the UTC object where the header's zero offset is one of its own).
    """
    start = mention.window.start
    return (
        isinstance(start.tzinfo, timezone)
        and start.utcoffset() == written.utcoffset()
        and (not mention.zone_named or start.tzinfo is written.tzinfo)
    )


def at_sender_place(reading: TimeReading, place: tzinfo, written: datetime) -> TimeReading:
    """``reading`` with its zoneless times on the clock of the sender's place.

    Read at the Date header's offset, "Tuesday at 10" from Boston before the clocks go back
    is an hour off by the meeting; on Boston's clock it is 10:00 that day, and from Phoenix
    the offset it was.
    """

    def on_place(at: datetime) -> datetime:
        return at.replace(tzinfo=place)

    return replace(
        reading,
        mentions=tuple(
            replace(
                m,
                window=TimeWindow(
                    on_place(m.window.start), m.window.end and on_place(m.window.end)
                ),
            )
            if on_header_clock(m, written)
            else m
            for m in reading.mentions
        ),
    )


def offers_at_sender_place(
    offered: Sequence[TimeWindow], place: tzinfo, written: datetime
) -> list[TimeWindow]:
    """The user's zoneless ``offered`` windows, read on the Date header's clock, on ``place``'s.

    The user's "Tuesday 3pm" with no zone is read on the sender's clock, as the reply's own
    "Tuesday at 3pm works" is: on the day, that is the clock of the sender's place, so the
    pick stays the offer. A clock the user wrote out ("3pm UTC-8") keeps its own zone.
    """
    return [
        TimeWindow(w.start.replace(tzinfo=place), w.end and w.end.replace(tzinfo=place))
        if w.start.tzinfo is written.tzinfo
        else w
        for w in offered
    ]


def clock_of_one_instant_twice(reading: TimeReading, written: datetime) -> tzinfo | None:
    """The sender's zone, from one instant the reply gives on both sides' clocks.

    "Unseren Termin am Mittwoch (10 Uhr bei uns, 11 Uhr bei Ihnen)" from +01:00 on
    23 March 2029 to a user in Athens: Wednesday 28 is after the EU change, so Athens is at
    +03:00 and "bei uns" at +02:00, not the header's +01:00. The sender's clock moved with
    the user's between writing and then, by just the user's change; the zones on the
    header's offset at writing that make that move (Berlin, Paris, Rome) place the reply's
    other zoneless clocks ("Donnerstag, 29., 16 Uhr unserer Zeit") on the offset of their
    own day. Only a pair of the old meeting, side by side on one day (two offers, "10 my time
    or 11 your time", are two instants; an offer restated so, "11h chez nous, soit 10h votre
    heure", stays doubted as ``clock_change_after_writing``); None when the pair says the
    header's offset, or the zones it leaves disagree on some day the reply names.
    """
    header = written.utcoffset()
    mentions = reading.mentions
    found: set[timedelta] = set()
    zones: list[tzinfo] = []
    for a, b in itertools.chain(
        zip(mentions, mentions[1:], strict=False), zip(mentions[1:], mentions, strict=False)
    ):
        ours, theirs = a.window.start, b.window.start
        if not (
            a.zone_named
            and ours.tzinfo is written.tzinfo
            and isinstance(theirs.tzinfo, ZoneInfo)
            and ours.date() == theirs.date()
            and a.role is b.role is Role.OLD
        ):
            continue
        said = ours.replace(tzinfo=None) - theirs.astimezone(UTC).replace(tzinfo=None)
        moved = (theirs.utcoffset() or timedelta(0)) - (
            written.astimezone(theirs.tzinfo).utcoffset() or timedelta(0)
        )
        if header is None or said == header or said - header != moved:
            continue
        found.add(said)
        zones = [
            z
            for z in _KNOWN_ZONES
            if written.astimezone(z).utcoffset() == header
            and theirs.astimezone(z).utcoffset() == said
        ]
    if len(found) != 1 or not zones:
        return None
    days = [m.window.start.replace(tzinfo=None) for m in mentions if on_header_clock(m, written)]
    if any(len({day.replace(tzinfo=z).utcoffset() for z in zones}) > 1 for day in days):
        return None
    return zones[0]


def clock_of_agreed_meeting(
    reading: TimeReading, agreed: datetime, written: datetime
) -> tzinfo | None:
    """The sender's zone, from the agreed meeting the reply names again on its own clock.

    "Ich muss unseren Termin am Dienstag, 2. April um 10 Uhr absagen. Ginge Donnerstag, 4.
    April um 13 Uhr?" from +01:00 on 29 March 2030, under the user's "Dienstag, 2. April um 10
    Uhr passt mir" in Vienna time: the meeting is 10:00 at +02:00, after the EU change. On the
    header's offset the old 10 Uhr misses it by just that change; the zones on +01:00 at
    writing that make the move (Vienna, Berlin, Paris) put it on the meeting to the minute, so
    the sender's clock is theirs, and the new offer is on the offset of its own day. Only an
    old, cancelled or clashing time ("something came up for our 10am") on the header's clock,
    on the meeting's day at its wall clock; None when the header's offset already gives the
    meeting (Lagos and Vienna alike), or the zones disagree on a day the reply names.
    """
    header = written.utcoffset()
    olds = {
        m.window.start.replace(tzinfo=None)
        for m in reading.mentions
        if m.role in (Role.OLD, Role.CANCELLED, Role.CONFLICT) and on_header_clock(m, written)
    }
    zones = [
        z
        for z in _KNOWN_ZONES
        if written.astimezone(z).utcoffset() == header
        and agreed.astimezone(z).utcoffset() != header
        and agreed.astimezone(z).replace(tzinfo=None) in olds
    ]
    if header is None or not zones:
        return None
    days = [
        m.window.start.replace(tzinfo=None) for m in reading.mentions if on_header_clock(m, written)
    ]
    if any(len({day.replace(tzinfo=z).utcoffset() for z in zones}) > 1 for day in days):
        return None
    return zones[0]


def clock_said_to_change(
    reading: TimeReading, text: str, written: datetime, user_tz: tzinfo | None
) -> tzinfo | None:
    """The sender's zone, from the reply's words that the sender's own clock changes.

    "Wednesday 3rd, 7pm my time? We go onto daylight time this Sunday" from +12:00 on
    28 September 2029: the zones on +12:00 that day that change before the Wednesday (only
    Auckland's, onto +13:00) are the sender's, since the sender says theirs does; those that
    keep +12:00 are not. Only talk of the sender's own clock ("our clocks go back", not
    "London's clocks go back", "your clocks change"), which way it goes agreeing with the
    zones' move, and those zones agreeing on every day the reply reads on the header's
    clock, and the reply saying the offer again on the user's clock as the changed offset
    makes it ("that still lands at 2pm for you"), not as the header's; else None, and the
    header's offset with its doubt stays ("Our clocks go forward this Sunday" alone may be
    said of the week after the meeting as well).
    """
    header = written.utcoffset()
    talk = _own_clock_talk(text)
    days = [m.window.start for m in reading.mentions if on_header_clock(m, written)]
    if talk is None or header is None or not days:
        return None
    moved = [
        z
        for z in _KNOWN_ZONES
        if written.astimezone(z).utcoffset() == header
        and any(day.replace(tzinfo=z).utcoffset() != header for day in days)
    ]
    # "5pm Sydney time … We come off daylight saving": a moving zone the reply names for a time
    # is the clock it speaks of (Lord Howe, on +11:00 too, goes back by half an hour).
    named = {m.window.start.tzinfo for m in reading.mentions if m.zone_named}
    moved = [z for z in moved if z in named] or moved
    if not moved:
        return None
    offsets = {
        day.replace(tzinfo=None): {day.replace(tzinfo=z).utcoffset() for z in moved} for day in days
    }
    if any(len(found) > 1 for found in offsets.values()):
        return None
    later = {o for found in offsets.values() for o in found if o is not None and o != header}
    # "We come off daylight saving": back, though it names the summer clock.
    leaves = CLOCK_LEAVES_SUMMER.search(talk)
    back = leaves or CLOCK_GOES_BACK.search(talk)
    forward = None if leaves else CLOCK_GOES_FORWARD.search(talk)
    if bool(back) == bool(forward) or any((o < header) != bool(back) for o in later):
        # "the clocks change on Sunday": which way is the zones' word alone; said the wrong
        # way round, the sender's clock is not the one the reader would pick.
        return None
    said = _clocks_for_user(text)
    if user_tz is None or not any(
        _minutes_of(day.replace(tzinfo=moved[0]).astimezone(user_tz)) in said
        and _minutes_of(day.astimezone(user_tz)) not in said
        for day in days
    ):
        return None
    return moved[0]


def _minutes_of(at: datetime) -> int:
    return at.hour * 60 + at.minute


# "2pm for you", "15 Uhr bei Ihnen", "15.00 uur bij jou", "15h chez vous": a clock the reply
# says on the user's side, which says a half of the day (am/pm or the 24-hour way).
_CLOCK_FOR_USER = re.compile(
    r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])(?:[:.h](?P<m>[0-5]\d))?[ \t]*"
    r"(?:(?P<ap>[ap])\.?m\.?|(?P<day24>h|Uhr|uur)\b)?[ \t]*"
    r"(?:for you|your time|yours|bei (?:Ihnen|dir)|bij (?:jou|u)|voor (?:jou|u)|chez vous"
    r"|pour (?:vous|toi)|para (?:ti|usted|você|si)|per (?:te|voi|lei)|da (?:te|voi|lei)"
    r"|à votre heure|votre heure|Ihrer Zeit|deiner Zeit|tu hora|hora teva|jouw tijd)\b",
    re.IGNORECASE,
)


def _clocks_for_user(text: str) -> set[int]:
    """The clocks, in minutes after midnight, the reply says on the user's side."""
    found = set()
    for m in _CLOCK_FOR_USER.finditer(text):
        hour, minute = int(m["h"]), int(m["m"] or 0)
        if m["ap"]:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if m["ap"].lower() == "p" else 0)
        elif hour <= 12 and m["m"] is None and not m["day24"]:
            # "at 2 for you": no half of the day said.
            continue
        found.add(hour * 60 + minute)
    return found


def _own_clock_talk(text: str) -> str | None:
    """The words of the reply's talk of a change of the sender's own clock, if any."""
    for talk in CLOCK_CHANGE_TALK.finditer(text):
        opens = max(0, talk.start() - 40)
        own = OWN_CLOCK_BEFORE.search(text[opens : talk.start()])
        if own or OWN_CLOCK_AFTER.match(text, talk.end()):
            # "passage à l'heure d'hiver": which way may be said just after the talk's words;
            # "we come off daylight saving": or in the words between "we" and the talk.
            return text[opens + own.start() if own else talk.start() : talk.end() + 25]
    return None


# "3pm Narnia time", "15h heure du Golfe": the clock written right before the words.
_CLOCK_JUST_BEFORE = re.compile(r"(?:\d|\dh|[ap]\.?m\.?|\bUhr|\buur)[ \t]*$", re.IGNORECASE)
# "Sexta às 15h (horário de Dubai)?", "15h, heure de Dakar": a bracket or a comma between the
# clock and words that say in so many words they are a clock ("hora de", "-Zeit", "time").
_CLOCK_THEN_BRACKET = re.compile(
    r"(?:\d|\dh|[ap]\.?m\.?|\bUhr|\buur)[ \t]*[(,][ \t]*$", re.IGNORECASE
)


# "(Schweizer Zeit)", "(Wiener Zeit)": German names a clock by its place's adjective, which in
# brackets is most often the sender's own, the Date header's (`replies_blind14` p07).
_PLACE_ADJECTIVE = re.compile(r"[A-Z]\w+er[ \t]+Zeit\b")


# "7:00pm NZX", "3pm SL", "15:00 MKZ": capitals right after a clock, where a zone's letters
# stand. Not the capitals that say something else ("3pm OK?", "4pm ASAP", "3 PM", "12 MAR"), nor a
# shouted line, whose next word is in capitals too ("3PM IS FINE").
_LETTERS_AFTER_CLOCK = re.compile(
    r"(?<![\w.,:/+-])\d{1,2}(?:[:.h]\d\d)?(?:[ \t]*(?i:[ap]\.?m\.?|uhr|uur))?[ \t]+"
    r"(?P<letters>(?!(?:AM|PM|OK|ASAP|FYI|TBC|TBD|BTW|PS|IRL|UHR|CU|NB|EOD|COB|ETA|WFH|OOO|MS"
    r"|GCAL|ICS|MIN|MINS|HR|HRS)\b)[A-Z]{2,5})\b(?![ \t]+[A-Z]{2,}\b)"
)


def _letters_after_clock_unread(
    text: str, home: tzinfo | None, written: datetime | None = None
) -> bool:
    """Whether a clock is followed by capitals the reader does not know as a zone ("7pm NZX").

    Read on the Date header's clock, the time is the one the letters name only by luck.
    """
    known = _known_zone_spans(text, home)
    return any(
        not any(a < m.end("letters") and m.start("letters") < b for a, b in known)
        # "Thursday 12 MAR", "the 14 SEP": a day of the month, then its month.
        and m["letters"].lower() not in MONTHS
        and m["letters"].lower() not in WEEKDAYS
        and not _code_of_header_clock(m["letters"], written)
        for m in _LETTERS_AFTER_CLOCK.finditer(text)
    )


def _code_of_header_clock(letters: str, written: datetime | None) -> bool:
    """Whether ``letters`` are a place's code for the clock the Date header was written on.

    "7.30am SG" from a Singapore phone, "3pm AZ" from Phoenix: a country's letters ("SG time")
    or a region's ("Phoenix, AZ") for a clock with one offset all year, the header's own, so
    the header's clock is the one they name.
    """
    name = REGION_CODES.get(letters.upper()) or ZONE_NAMES.get(f"{letters.lower()} time")
    if name is None or written is None:
        return False
    place = zone(name)
    offsets = {datetime(written.year, month, 1, tzinfo=place).utcoffset() for month in (1, 7)}
    return offsets == {written.utcoffset()}


# "3:30pm in St. John's", "4pm in Gander": a clock, then the place whose clock it is.
_CLOCK_IN_PLACE = re.compile(
    r"(?:\d|\d[ \t]*[ap]\.?m\.?)[ \t]+in[ \t]+"
    r"(?P<place>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})"
)


def _clock_in_unread_place(text: str, home: tzinfo | None) -> bool:
    """Whether a clock is said to be in a place the reader cannot place ("3:30pm in Gander").

    Read on the Date header's clock, the time is the place's only by luck; "7:30pm here in
    Adelaide", "2pm in London" name places the reader knows ("10:30 in Tallinn" does not).
    """
    known = _known_zone_spans(text, home)
    return any(
        not _NO_PLACE.match(m["place"])
        # "1am in SF": a city's letters, as the grammar's own "NYC" are.
        and not (m["place"].isupper() and len(m["place"]) <= 3)
        and _place_after(text, m.start("place")) is None
        and not any(a < m.end("place") and m.start("place") < b for a, b in known)
        and not _bracket_after_zone(text, m.start(), known)
        for m in _CLOCK_IN_PLACE.finditer(text)
    )


def _bracket_after_zone(text: str, at: int, known: list[tuple[int, int]]) -> bool:
    """Whether ``at`` is in a bracket opened right after a zone the reader knows.

    "Wednesday at noon ET (6pm in Castelnuovo di Garfagnana)": the offer is on ET; the
    bracket only says it again somewhere the reader cannot place.
    """
    opened = text.rfind("(", 0, at)
    if opened < 0 or ")" in text[opened:at]:
        return False
    return any(0 <= opened - b <= 2 for _, b in known)


def _words_after_clock_unread(text: str, home: tzinfo | None, history: str) -> bool:
    known = _known_zone_spans(text, home)
    return any(
        not _NO_PLACE.match(m.group(0))
        and not any(a < m.end() and m.start() < b for a, b in known)
        and (
            _CLOCK_JUST_BEFORE.search(text, max(0, m.start() - 12), m.start())
            or not m["acronym"]
            and not _PLACE_ADJECTIVE.match(m.group(0))
            and _CLOCK_THEN_BRACKET.search(text, max(0, m.start() - 14), m.start())
            # "(hora del Pacífico)" to an outreach in Pacific time: the user's clock.
            and not may_name_users_clock(m.group(0), history, home)
        )
        for m in _ZONE_LIKE.finditer(text)
    )


def _blank_links(text: str) -> str:
    """``text`` with links and addresses blanked out, offsets kept."""
    return _NOT_TIME_TEXT.sub(lambda m: " " * len(m.group(0)), text)


# "Monday 3pm is midnight here.", "Half past midnight for me - no": midnight on the sender's
# own clock, said again of a time or as a short answer, is the reason a time does not suit.
_OWN_MIDNIGHT = re.compile(
    r"(?:^[ \t]*|(?<=[.?!][ \t])|(?<=\bis[ \t])|(?<=that's[ \t])|(?<=that’s[ \t])"
    r"|(?<=it's[ \t])|(?<=it’s[ \t])"
    r"|(?<=\bes[ \t])|(?<=\bè[ \t])|(?<=\bé[ \t])|(?<=\bist[ \t])|(?<=c'est[ \t])|(?<==[ \t])"
    # "las 8 de tu jueves son la medianoche aquí": the plural verb of a clock said again,
    # and the article some languages put before midnight.
    r"|(?<=\bson[ \t])|(?<=\bsono[ \t])|(?<=\bsão[ \t])|(?<=\bsont[ \t])|(?<=\bsind[ \t])"
    r"|(?<==))(?:(?:la|a)[ \t]+)?(?:(?:half|quarter)[ \t]+past[ \t]+)?"
    rf"(?:{'|'.join(MIDNIGHT_WORDS)})[ \t]+"
    r"(?:here|for[ \t]+me|my[ \t]+time|ici|chez[ \t]+moi|pour[ \t]+moi|aquí|para[ \t]+mí"
    r"|da[ \t]+me|per[ \t]+me|aqui|para[ \t]+mim|bei[ \t]+mir|hier|bij[ \t]+mij|voor[ \t]+mij)"
    r"(?=[ \t]*(?:[-–—,.;:!)]|$))",
    re.IGNORECASE | re.MULTILINE,
)


_VAGUE = re.compile(_VAGUE_TIME, re.IGNORECASE)


def _vague_in_conflict(sentence: str) -> list[tuple[int, int]]:
    """The vague times of day ("first thing", "EOD") inside what the sentence turns down.

    "can't make tomorrow at 9:30, got called to a site first thing": like a clock there, the
    vague time is the sender's own engagement, no offer the grammar missed. "can't do
    tomorrow, but Friday first thing works" keeps its vague time, outside the refusal.
    """
    found = list(_VAGUE.finditer(sentence))
    if not found:
        # Roles are read only where a vague time is written: on a long line they are slow.
        return []
    roles = read_roles(sentence)
    return [m.span() for m in found if roles.at(m.start()) is Role.CONFLICT]


def _unread(text: str, read: list[tuple[int, int]]) -> tuple[str, ...]:
    """Every time-like word outside the spans the grammar read (links, addresses, offsets aside)."""
    text = _blank_links(text)
    read = [*read, *_offset_spans(text), *(m.span() for m in _OWN_MIDNIGHT.finditer(text))]
    return tuple(
        m.group(0)
        for m in _TIME_LIKE.finditer(text)
        if not any(a < m.end() and m.start() < b for a, b in read)
        and not any(a > m.start() and _VAGUE_SAID.match(text, m.start(), a) for a, _ in read)
        and not _same_time_spelled(text, m, read)
        and not (SAME_TIME.fullmatch(m[0]) and same_clock_said(text, m))
        # "it's 7h apart again": the gap between two clocks, no time of day left unread.
        and not (m.group(0)[-1:].lower() == "h" and _HOURS_BETWEEN_CLOCKS.match(text, m.end()))
    )


# "Same time as your Tuesday slot but the following week (Tue Jan 31, 10:00 ET)": words of
# the sentence, perhaps wrapped onto the next line, then a bracket.
_BRACKET_LATER = re.compile(r"(?:[^\d.!?\n()]|\n(?![ \t]*\n)){0,60}\((?P<inside>[^()\n]{1,40})\)")
_CLOCK_INSIDE = re.compile(r"(?<![\d:.])[012]?\d(?::[0-5]\d|[ \t]?[ap]\.?m\b)", re.IGNORECASE)


# "gleiche Uhrzeit wie geplant, also 10 Uhr", "same time as before, i.e. 10am", "même heure,
# donc 10h", "misma hora, o sea a las 10": later in the sentence, a word that says "that is",
# then (past at most two short words) the clock itself.
_SPELLED_AFTER = re.compile(
    r"[^\d.!?\n()]{0,40}?(?:,[ \t]*|[ \t]+[–—-][ \t]+|\b)(?:i\.e\.|that\s+is|that['’]s|so|also"
    r"|d\.h\.|das\s+heißt|nämlich|donc|soit|c['’]est-à-dire|cioè|quindi|ossia|o\s+sea|es\s+decir"
    r"|ou\s+seja|dus|oftewel|namelijk)[ \t,:]+(?:[^\W\d]{1,5}[ \t]+){0,2}(?=\d)",
    re.IGNORECASE,
)


def _same_time_spelled(text: str, match: re.Match[str], read: list[tuple[int, int]]) -> bool:
    """Whether a "same time" is spelled out by a clock the grammar read after it.

    In a bracket ("same time (10:00 ET)") or after a "that is" ("gleiche Uhrzeit, also 10 Uhr").
    """
    if not SAME_TIME.fullmatch(match[0]):
        return False
    spelled = _SPELLED_AFTER.match(text, match.end())
    if spelled is not None and any(a == spelled.end() for a, _ in read):
        return True
    bracket = _BRACKET_LATER.match(text, match.end())
    if bracket is None:
        return False
    clocks = _CLOCK_INSIDE.finditer(text, bracket.start("inside"), bracket.end("inside"))
    return any(any(a <= c.start() < b for a, b in read) for c in clocks)


def find_windows(
    text: str,
    ref: datetime,
    fallback_tz: tzinfo,
    meeting_length: timedelta,
    *,
    day_first: bool | None = False,
    user_tz: tzinfo | None = None,
    home: tzinfo | None = None,
    user_names: frozenset[str] = frozenset(),
) -> list[TimeWindow]:
    """The windows ``text`` offers or accepts (see :func:`read_times`)."""
    return read_times(
        text,
        ref,
        fallback_tz,
        meeting_length,
        day_first=day_first,
        user_tz=user_tz,
        home=home,
        user_names=user_names,
    ).proposed
