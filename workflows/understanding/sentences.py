r"""Sentences of a reply, with hard wraps inside a sentence mended.

Mail clients and people wrap lines at about 72 characters, so a line break
is a sentence end only when the line before reads as finished. A break is
kept inside the sentence when the line before ends with a comma, a slash or a
word that needs a continuation ("on", "at", "or"), or when the next line starts
in lower case ("15:00 CET\non Thursday", "Monday,\nMay 4"). A next line that
starts a list item ("- ", "* ", "• ") is always a new sentence, unless the line
before waits for a number ("at\n11.", "between 1 and\n3.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workflows.understanding.vocab import MONTHS, WEEKDAYS, ZONE_ABBREVIATIONS, ZONE_NAMES

# Weekdays written out in full (no abbreviation such as "wed" or "sat", which are words too).
_FULL_DAYS = "|".join(sorted((day for day in WEEKDAYS if len(day) >= 5), key=len, reverse=True))

# ! ? ; a line break, or a full stop after a word of four letters or more
# (so "p.m.", "Tue.", "Mar. 10" and German "10. März" do not end one) or
# after a closing parenthesis ("(hence the odd hours). Next week …"), or after a
# capitalised abbreviation such as a zone before a capital ("… on ET. Would Thursday …").
# Where a sentence ends for a plain split: after its stop and a space, or at a line's end, in
# one pass (a search for a question from every position would be quadratic on a long line).
# "on the 21st. Could we meet Friday at 10?" is two sentences here, whatever an ordinal before
# the stop means to :func:`sentence_spans`.
# "… that's 12:00 for you. or fri 5 nov 9:30 CET", "… when i do 1:1s. how about monday …": typed
# in lower case, an alternative's day and its number, or "how about", open a sentence.
_LOWER_OPENER = (
    r"(?:(?:or|oder|ou|o|of)[ \t]+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?[ \t]+\d"
    # "… missed this last week, happy to. next tuesday at 9?": a day the next week holds.
    rf"|(?:how|what)[ \t]+about\b|next[ \t]+(?:{_FULL_DAYS})\b"
    # "… kid's thing came up. same time monday the 6th?": the move's new day, asked anew.
    r"|same[ \t]+time\b"
    # "… middle of the night for me lol. could we do mon march 9 8am?": a question opened anew.
    r"|(?:could|can|would|shall)[ \t]+(?:we|you|i)\b)"
)
SENTENCE_END = re.compile(r"(?<=[.!?])[ \t]+|[ \t]*\n[ \t]*")
_END = re.compile(
    r"[!?;\n]|(?<=[^\W\d_]{4})\.(?=\s)|(?<=\))\.(?=\s)|(?<=\b[A-Z]{2})\.(?=[ \t]+[A-Z])"
    r"|(?<=\b[A-Z]{3})\.(?=[ \t]+[A-Z])"
    # "…, so maybe not. How about …": a short lower-case word that is no abbreviation, before a
    # capital or, on a phone, a clock time ("so your 1pm is out. 2:30 MT thursday?") or a
    # weekday typed in lower case ("those slots clash tho. wednesday 9 may at 2pm works").
    # A French or Spanish word may end on an accent ("… pile à ce moment-là. Pourrait-on …").
    r"|(?<=\b[a-zà-ÿ]{3})(?<!\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|oct"
    # German's "bzw." (or rather), "usw.", "ggf.", "vgl." run on into a capitalised noun
    # ("am späten Nachmittag bzw. Abend").
    r"|nov|dec|etc|min|hrs|sec|bzw|usw|ggf|vgl))"
    # Spanish opens a question on "¿" ("… todo el día. ¿Te parece …").
    r"\.(?=[ \t]+(?:[¿¡]?[A-Z]|\d{1,2}(?::\d\d|[ \t]?[ap]\.?m\b)"
    rf"|(?:{_FULL_DAYS})\b))"
    r"|(?<=\b[a-zà-ÿ]{2})(?<!\b(?:vs|ca|eg|ie|pm|am|st|nd|rd|th|nr|dr|mr|ms|no))\.(?=[ \t]+"
    rf"(?:[¿¡]?[A-Z]|\d{{1,2}}(?::\d\d|[ \t]?[ap]\.?m\b)|(?:{_FULL_DAYS})\b))"
    # "…, así que me temo que no. ¿Te iría bien …", "…, so no. Could we …": a refusal's "no"
    # ends one before a word in capitals ("no. 5" is a number's abbreviation).
    r"|(?<=\bno)\.(?=[ \t]+[¿¡]?[A-Z][a-zà-ÿ])"
    rf"|(?<=[^\W\d_])(?<!\b[aApP]\.[mM])(?<!\be\.g)(?<!\bi\.e)\.(?=[ \t]+{_LOWER_OPENER})"
    # "… on Thursday at 4. Could we …": a number ends a sentence, unless it is the day of a
    # German date ("am 12. März").
    # Spanish opens a question or an exclamation on "¿" or "¡" ("… a las 9. ¿Te parece …").
    r"|(?<=\b\d)\.(?=[ \t]+[¿¡]?[A-Z])(?![ \t]+(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez))"
    r"|(?<=\b\d\d)\.(?=[ \t]+[¿¡]?[A-Z])(?![ \t]+(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov"
    r"|Dez))"
    # "… reunião até 12h. Pode ser …", "bis 12 Uhr. Ginge …": an hour with its unit ends one.
    r"|(?<=\d[hH])\.(?=[ \t]+[¿¡]?[A-Z])|(?<=\d [hH])\.(?=[ \t]+[¿¡]?[A-Z])"
    # "… mais pas à 11h30. Vendredi à 13h ?": so does a French clock with its minutes.
    r"|(?<=\d[hH]\d\d)\.(?=[ \t]+[¿¡]?[A-Z])"
    # "… or the same on Tuesday 31st. Your 16:00 …": so does a day of the month as an ordinal.
    r"|(?:(?<=\b\d(?:st|nd|rd|th))|(?<=\b\d\d(?:st|nd|rd|th)))\.(?=[ \t]+[¿¡]?[A-Z])"
    r"|(?<=\d Uhr)\.(?=[ \t]+[A-Z])"
    # "I have a conflict Thursday at 10am. Wednesday at 2 works.": so does a clock's am or pm.
    r"|(?<=\d[aApP][mM])\.(?=[ \t]+[¿¡]?[A-Z])|(?<=\d [aApP][mM])\.(?=[ \t]+[¿¡]?[A-Z])"
    # "… school pickup chaos :) Can we do Thursday …": a smiley or an emoji ends one too; an
    # emoji even before lower case, as phones are typed ("… mañana a las 12 😩 lo movemos …").
    r"|(?<=[:;])-?[()DP](?=[ \t]+[¿¡]?[A-Z])"
    r"|[\U0001F300-\U0001FAFF\u2600-\u27BF](?=[ \t]+[¿¡]?[^\W\d_])"
    # "El viernes no puedo, ¿el jueves a las 10?": after a comma too, "¿" opens a question.
    r"|,(?=[ \t]*[¿¡])"
    # "can't do thu. fri 4/6 at noon?": a day that ends a sentence, then a day with its date or
    # time ("Tue. Mar 10" is one date, the month not a day).
    r"|(?i:(?<=\b(?:mon|tue|wed|thu|fri|sat|sun))|(?<=\b(?:tues|weds|thur))|(?<=\bthurs))\."
    r"(?=[ \t]+(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?[ \t]+\d)"
    # "I'm out Wed-Fri. I could do …": before a capital that starts no month ("Tue. Mar 10").
    r"|(?i:(?<=\b(?:mon|tue|wed|thu|fri|sat|sun))|(?<=\b(?:tues|weds|thur))|(?<=\bthurs))\."
    rf"(?=[ \t]+[A-Z])(?![ \t]+(?i:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b)"
)
_OPEN_LINE = re.compile(
    # "6:30am Pacific /\n9:30am Eastern": a slash or an ampersand joins what follows.
    r"(?:[,/&]|\b(?:on|at|or|and|from|to|the|between|until|by|around|le|el|la|am|um|à|de|et|ou|y|o"
    r"|und|oder|alle|às|om|van|en|e|zwischen|entre|tussen|tra|von|vers|gegen|bis"
    # Articles and prepositions: German wraps before a capitalised noun ("im\nTeammeeting").
    r"|a|an|my|our|your|in|with|for|of|du|des|les|au|aux|avec|pour|un|une|mon|ma|mes|del|los"
    r"|las|con|para|una|mi|mis|im|mit|zu|zum|zur|für|der|die|das|den|dem|ein|eine|einen|einem"
    r"|einer|mein|meine|meinem|meiner|beim|vom|il|lo|gli|della|per|mio|mia|do|dos|das|com|um"
    r"|uma|meu|minha|het|een|met|voor|mijn|naar"
    # "martedì 20 dalle\n14 alle 15": Italian's "from the", which waits for its hour.
    r"|dalle|dalla|dal"
    # "Or next\nMonday at 8:30", "Would\nTuesday work?": no sentence ends on these.
    r"|next|this|coming|following|would|could|can|should|does|is|are|how|what|about|prochain"
    r"|prochaine|próximo|próxima|nächsten|nächste|prossimo|prossima|volgende"
    # "Thursday kl.\n08.30": the Scandinavian mark of a clock waits for its clock.
    r"|kl\."
    # "I have a standing\n11-12 with my VP": an article's adjective waits for its noun or clock.
    r"|(?<=\ba[ \t])(?:standing|recurring|regular|weekly|daily|fixed)))[ \t]*$",
    re.IGNORECASE,
)
_CONTINUES = re.compile(r"^[ \t]*[a-zà-ÿ(]")
_ENDS_ON_WORD = re.compile(r"[^\W\d_]{2}[ \t]*$")
# ("ce qui fait\n4 h du matin ici": a French hour, its "h" apart or not, is a time too.)
_STARTS_WITH_TIME = re.compile(
    # "9-10am ET": a range's first hour takes the clock of its second.
    r"^[ \t]*(?:\d{1,2}(?:[:.]\d\d)?[ \t]*[-–][ \t]*)?"
    r"\d{1,2}(?:[:.h]\d\d|[ \t]?[ap]\.?m\b|[ \t]*(?:uhr|uur)\b|[ \t]?h\b)",
    re.I,
)
# "Monday 18\nJanuary at 6:30 pm": a weekday and its day number wrapped before the month.
_DAY_NUMBER_AT_END = re.compile(
    rf"\b(?:{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\.?,?[ \t]+\d{{1,2}}[ \t]*$",
    re.IGNORECASE,
)
# "Sinon, mardi\n9 novembre de 16 h à 17 h": a weekday wrapped before its day number and month.
# ("Oder Montag,\n28. März": the comma after the weekday too.)
_WEEKDAY_AT_END = re.compile(
    rf"\b(?:{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))}),?[ \t]*$", re.IGNORECASE
)
# "or wed may 11\n8:30-9:30am ET": a month and its day number wrapped before the day's clock.
_MONTH_DAY_AT_END = re.compile(
    rf"\b(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?[ \t]+\d{{1,2}}"
    r"(?:st|nd|rd|th)?,?[ \t]*$",
    re.IGNORECASE,
)
_STARTS_WITH_DAY_OF_MONTH = re.compile(
    r"^[ \t]*\d{1,2}(?:er|\.|st|nd|rd|th)?[ \t]+"
    rf"(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b",
    re.IGNORECASE,
)
# "Alternativ ginge\nDonnerstag, 30. Oktober, …": German writes the weekday in capitals, so a
# line that stops on a word runs on into a weekday with its date or time.
_STARTS_WITH_DATED_WEEKDAY = re.compile(
    rf"^[ \t]*(?:{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\.?,?[ \t]+\d",
    re.IGNORECASE,
)
# "oppure mercoledì\n31 alle 8:00", "Tuesday\n9 at 10am": a weekday wrapped before its day
# number and the clock that day is offered at; "oppure lunedì\n23 tra le 14 e le 16",
# "lunes\n9 de 10 a 11": or the hours it is offered between.
_STARTS_WITH_DAY_AT_CLOCK = re.compile(
    r"^[ \t]*\d{1,2}(?:st|nd|rd|th|\.)?,?[ \t]+(?:at|um|om|à|alle|às|a las|a la"
    r"|from|between|tra le|fra le|dalle|de|des|entre|entre las|von|zwischen|van|tussen|das)"
    r"[ \t]+\d",
    re.IGNORECASE,
)
# The line's last sentence so far holds words and no number: no item of a list of times.
_WORDS_ONLY_TAIL = re.compile(r"(?:^|[.?!;:])[^.?!;:\d]*[^\W\d_][ \t]*$")
_STARTS_WITH_MONTH = re.compile(
    rf"^[ \t]*(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b", re.IGNORECASE
)
# "Thurs 3/13 at 2 or Fri 3/14 at 10:30 work, both\nCentral.": a zone alone on the head of a
# line, ending there or its sentence, is the clock of the times before it.
_ZONE_ALONE = re.compile(
    rf"^[ \t]*(?:(?i:{'|'.join(sorted(ZONE_NAMES, key=len, reverse=True))})"
    rf"|{'|'.join(sorted(ZONE_ABBREVIATIONS, key=len, reverse=True))})"
    r"(?:[ \t]+(?i:time|standard time|daylight time))?[ \t]*(?:[.,;!?)]|$)"
)
# "(10am\nET is 7am here)": a line that ends on a clock runs on into the zone abbreviation that
# opens the next, whatever follows it (a place's name there may start a sentence of its own).
_ENDS_ON_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?(?:[ \t]?[ap]\.?m\.?)?[ \t]*$", re.IGNORECASE)
# "8:30am\nCDMX / 9:30am Lima": a place's clock in capitals is written as an abbreviation is;
# a name in any case, with its clock restated after a slash or a bracket, runs on too.
_NAMES_IN_CAPITALS = sorted(
    {re.escape(n.upper()) for n in ZONE_NAMES if " " not in n}, key=len, reverse=True
)
_STARTS_WITH_ZONE = re.compile(
    rf"^[ \t]*(?:{'|'.join(sorted(ZONE_ABBREVIATIONS, key=len, reverse=True))})\b"
    rf"|^[ \t]*(?:{'|'.join(_NAMES_IN_CAPITALS)})\b"
    rf"|^[ \t]*(?i:{'|'.join(sorted(ZONE_NAMES, key=len, reverse=True))})[ \t]*[/(=][ \t]*\d"
)
# "Wednesday 8 November at 1pm\nYOUR time (2pm Istanbul)": so does a clock into the words
# that call it the user's, however they are capitalised.
_STARTS_WITH_YOURS = re.compile(r"^[ \t]*your[ \t]+(?:local[ \t]+)?time\b", re.IGNORECASE)
_WAITS_FOR_CLOCK = re.compile(
    r"\b(?:at|around|by|from|until|till|um|gegen|bis|à|vers|jusqu'à|a las|sobre las|hasta las"
    r"|alle|verso le|fino alle|às|até às|om|rond|tot|kl\.?)[ \t]*$",
    re.IGNORECASE,
)
# "anytime between 1 and\n3. all eastern", "de 14h à\n16h": a line that ends on the first end of a
# range and its joining word waits for the other end, which is no numbered item.
_RANGE_OPEN = re.compile(
    r"\b\d{1,2}(?:[:.h]\d\d)?(?:[ \t]?[ap]\.?m\.?|[ \t]?h|[ \t]*(?:uhr|uur))?[ \t]*"
    r"(?:and|to|till|until|through|thru|-|–|à|a|y|e|und|bis|tot|en)[ \t]*$",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t]")
_BRACKET_CLOSES = re.compile(r"[ \t]*[^\W\d_][^()\d\n]{0,24}\)")


# "none of those work this week im on site\ncould do tue 13th at 3": a phone's line that opens
# on an offer with its subject left out starts a sentence, though in lower case; "maybe we\ncould
# do Tuesday" wraps.
_OPENS_OFFER = re.compile(
    r"^[ \t]*(?:(?:could|can)[ \t]+do|how[ \t]+about|what[ \t]+about"
    # "... I have the dentist lol)\nthu 16 around 5pm ET?": a short weekday and its day number.
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?)\b"
)
_SUBJECT_AT_END = re.compile(
    r"\b(?:i|we|you|they|he|she|it|who|that|which|and|but|or|so)[ \t]*$", re.IGNORECASE
)


def _opens_offer(before: str, after: str) -> bool:
    return bool(_OPENS_OFFER.match(after) and not _SUBJECT_AT_END.search(before))


# "hätte ich ab 15\nUhr bis 17 Uhr Zeit": a line ending on a number, the next opening on the
# word that makes it a clock; the hour and its unit are one time.
_ENDS_ON_NUMBER = re.compile(r"(?<![\d.:/-])\d{1,2}(?:[:.]\d\d)?[ \t]*$")
_STARTS_WITH_CLOCK_UNIT = re.compile(
    r"^[ \t]*(?:Uhr|uur|heures?|horas?|hrs?|o['’]clock|[ap]\.?m\.?)(?![\w])", re.IGNORECASE
)


# "Wednesday 15th, same time? (16:00 here / 17:00 yours)": a bracket that opens on a clock
# after a question spells out the question's time, so it is of the same sentence.
_CLOCK_BRACKET = re.compile(r"[ \t]*\([ \t]*\d{1,2}(?:[:.h]\d\d|[ \t]?[ap]\.?m\b)", re.I)


def _is_wrap(text: str, newline: int) -> bool:
    line_start = text.rfind("\n", 0, newline) + 1
    before = text[line_start:newline]
    next_end = text.find("\n", newline + 1)
    after = text[newline + 1 : next_end if next_end >= 0 else len(text)]
    if not before.strip() or not after.strip():
        return False
    # "or Friday the 14th at\n11. Either is fine": the hour a line ends waiting for, not an item;
    # "Oder Montag,\n28. März": the weekday's date, "28." no number of a list.
    if _LIST_ITEM.match(after) and not (
        after.lstrip()[:1].isdigit()
        and (
            _WAITS_FOR_CLOCK.search(before)
            or _RANGE_OPEN.search(before)
            or (_WEEKDAY_AT_END.search(before) and _STARTS_WITH_DAY_OF_MONTH.match(after))
        )
    ):
        return False
    # "onze afspraak van morgen\n17:00 te verzetten": a line that stops on a word, no stop
    # written, runs on into a time.
    runs_on = bool(
        _ENDS_ON_WORD.search(before)
        and (
            _STARTS_WITH_TIME.match(after)
            # "Tuesday 3pm\nWednesday 4pm" lists; "Alternativ ginge\nDonnerstag, 30." runs on.
            or (_STARTS_WITH_DATED_WEEKDAY.match(after) and _WORDS_ONLY_TAIL.search(before))
        )
    )
    dated = bool(
        (_DAY_NUMBER_AT_END.search(before) and _STARTS_WITH_MONTH.match(after))
        or (
            _WEEKDAY_AT_END.search(before)
            and (_STARTS_WITH_DAY_OF_MONTH.match(after) or _STARTS_WITH_DAY_AT_CLOCK.match(after))
        )
        or (_MONTH_DAY_AT_END.search(before) and _STARTS_WITH_TIME.match(after))
    )
    # "a las 8:30 (hora\nCDMX), o sea 9:30 tuya": a bracket the line opens and the next closes
    # on a few words with no number, such as a zone's name.
    bracketed = before.rfind("(") > before.rfind(")") and bool(_BRACKET_CLOSES.match(after))
    return bool(
        bracketed
        or _OPEN_LINE.search(before)
        or (_CONTINUES.match(after) and not _opens_offer(before, after))
        or runs_on
        or dated
        or _ZONE_ALONE.match(after)
        or (_ENDS_ON_NUMBER.search(before) and _STARTS_WITH_CLOCK_UNIT.match(after))
        or (
            _ENDS_ON_CLOCK.search(before)
            and (_STARTS_WITH_ZONE.match(after) or _STARTS_WITH_YOURS.match(after))
        )
    )


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, in order; the ends are left out."""
    start = 0
    for match in _END.finditer(text):
        if match.group(0) == "\n" and _is_wrap(text, match.start()):
            continue
        if match.group(0) == "?" and _CLOCK_BRACKET.match(text, match.end()):
            continue
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def sentences(text: str) -> list[str]:
    """The sentences of ``text``; a mended wrap becomes a space."""
    return [text[a:b].replace("\n", " ") for a, b in sentence_spans(text)]
