"""The day to try again: an out-of-office's return, a "try me in April"."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from workflows.understanding.autoreply import OOO_WORDING
from workflows.understanding.dates import DateMention, find_dates, next_week_monday
from workflows.understanding.vocab import COUNTED_HOLIDAYS, IN_THE_OFFICE_FROM, MONTHS, WEEKDAYS

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_ONLY = re.compile(
    r"\b(?:(?:in|by|until|after|en|à partir d'|dès|a partir de|hasta|im|ab|bis|em|a|entro|dopo"
    # "after our launch in\nJune": a hard wrap may fall after the preposition.
    r"|ad|até|vanaf|tot|na)(?:[ \t]+|[ \t]*\n[ \t]*)(?:early[ \t]+"
    r"|mid-?[ \t]*|mi-|late[ \t]+|début[ \t]+|fin[ \t]+|principios[ \t]+de[ \t]+"
    r"|mediados[ \t]+de[ \t]+|Anfang[ \t]+|Mitte[ \t]+|metà[ \t]+|meados[ \t]+de[ \t]+"
    r"|midden[ \t]+|half[ \t]+)?"
    # "…, early January", "me recontacter début avril": the part of the month alone says it.
    r"|(?:early|mid-?|mi-|late|début|fin|principios[ \t]+de|mediados[ \t]+de|Anfang|Mitte|Ende"
    r"|metà|meados[ \t]+de|midden|half)"
    # "Mitte\nAugust": a hard wrap may fall between the part and the month.
    r"\s*)"
    rf"(?P<month>{_MONTH_NAMES})\b(?![ \t]+\d)",
    re.IGNORECASE,
)
# "Ende April", "fin avril", "late April": the end of the month named.
_MONTH_END = re.compile(
    r"(?:(?P<until>until|till|bis|jusqu'?à|hasta|fino a|até|tot)[ \t]+)?"
    r"(?:late|end of|Ende|fin|finales de|fine|final de|eind)\b",
    re.IGNORECASE,
)
# "mid-May", "mi-mars", "Mitte Mai": the middle of the month, not its first day.
_MID = re.compile(r"\b(?:mid|mi-|mitte|mediados|metà|meados|midden|half)", re.IGNORECASE)
# Only a count says a day: "in a few weeks", "dans quelques semaines", "in ein paar Wochen"
# name none (a guessed three weeks would be a date the sender never gave).
_NUMBER_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "a couple of": 2,
    "couple of": 2, "un": 1, "une": 1, "deux": 2, "trois": 3,
    "dos": 2, "tres": 3, "einem": 1, "einer": 1, "zwei": 2, "drei": 3,
}  # fmt: skip
_SPAN = re.compile(
    r"\b(?:in|dans|en|dentro[ \t]+de|in[ \t]+ca\.?)[ \t]+"
    rf"(?P<n>\d{{1,2}}"
    rf"|{'|'.join(sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True))})[ \t]+"
    r"(?P<unit>weeks?|months?|semaines?|mois|semanas?|meses|mes|wochen?|monaten?)\b",
    re.IGNORECASE,
)
_NEXT_PERIOD = re.compile(
    r"\b(?P<what>next[ \t]+week|next[ \t]+month|next[ \t]+quarter|(?:the[ \t]+)?new[ \t]+year"
    r"|la[ \t]+semaine[ \t]+prochaine|le[ \t]+mois[ \t]+prochain|el[ \t]+mes[ \t]+que[ \t]+viene"
    r"|el[ \t]+próximo[ \t]+mes|la[ \t]+semana[ \t]+que[ \t]+viene|nächste[nr]?[ \t]+woche"
    r"|nächste[nr]?[ \t]+monat)\b",
    re.IGNORECASE,
)
_FROM_DAY = r"\b(?:ab|à partir du|a partir del)[ \t]+(?:dem[ \t]+)?$"
# "Escríbeme a\npartir del lunes 17", "write to me from Monday the 17th", "schreib mir ab\nMontag":
# the sender asks to be written to from that day on, so it is the day to try again (a hard wrap
# may fall anywhere in the words; "Estoy de vacaciones a partir del lunes" asks for nothing).
_WRITE_ME_FROM = (
    r"\b(?:(?:write|e-?mail|ping|contact|message)\s+(?:to\s+)?me|reach\s+out|get\s+in\s+touch"
    r"|escr[íi]beme|escr[íi]bame|[ée]cris-moi|[ée]crivez-moi|contacte[zr]?-moi|schreib\s+mir"
    r"|schreiben\s+Sie\s+mir|scrivimi|mi\s+scriva|escreve-me|escreva-me|schrijf\s+me|mail\s+me)"
    r"(?:\s+(?:again|de\s+nuevo|otra\s+vez|à\s+nouveau|wieder|di\s+nuovo|novamente|opnieuw))?\s+"
    r"(?:from|a\s+partir\s+del?|à\s+partir\s+du|à\s+partir\s+de|dès\s+le|ab|vanaf"
    r"|a\s+partire\s+da(?:l|lle)?|desde)\s+"
    rf"(?:(?:the|dem|le|el|il|o)\s+)?(?:(?:{'|'.join(WEEKDAYS)})[ \t,]*\s*)?$"
)
# A return cue before a date makes it the return date.
_BACK_CUE = re.compile(
    r"(?:back|return(?:ing)?|returns|in the office|reachable|available again|de retour|reviendrai"
    r"|retour le|(?:dès|à) mon retour|de retour au bureau|reprendrai|reprends|de vuelta|regreso"
    # "Regresso no dia 22 de novembro": Portuguese spells the return with a double s.
    r"|regresaré|regresso|regressarei|vuelvo|volveré|wieder"
    r"|zurück|after|après|después|nach|rientro|rientrerò|di ritorno|volto|retorno|de volta"
    r"|terug|weer op kantoor"
    # "Kindly write to me again on 2nd April", "riscrivimi il 2 maggio": the day asked for.
    r"|(?:write|e-?mail|ping|contact|try) (?:to )?me again|riscrivimi|réécrivez-moi|réécris-moi"
    r"|vuelve a escribirme|escríbeme de nuevo|schreiben Sie mir (?:noch ?mal|wieder)"
    r"|schrijf me opnieuw|escreva-me novamente)"
    r"[^.\n]{0,25}$"
    # "Ab dem 12. Januar bin ich wieder erreichbar": from that day on.
    rf"|{_FROM_DAY}|{_WRITE_ME_FROM}"
    rf"|{IN_THE_OFFICE_FROM}(?:(?:the|dem|le|el|il|o)[ \t]+)?(?:(?:{'|'.join(WEEKDAYS)})[ \t,]+)?$",
    re.IGNORECASE,
)
# "ab morgen drei Wochen im Urlaub", "from Monday on holiday": "from" before the absence itself
# is the day it starts, not the day back.
# "bis einschließlich 13. April im Urlaub": the dot of a German day ends no sentence.
_SENTENCE_END = re.compile(r"(?<!\d)\.|\n")
# "ab morgen bis einschließlich 19. Oktober auf\nDienstreise": a line broken by the mail
# program ends no sentence (a blank line does).
_HARD_WRAP = re.compile(r"(?<!\n)[ \t]*\n(?![ \t]*\n)[ \t]*")
_FROM_CUE = re.compile(_FROM_DAY, re.IGNORECASE)
_UNTIL_CUE = re.compile(
    # "fino a domenica 6 novembre compreso": Italian "until" may take no article.
    r"(?:until|till|through|jusqu'?au|jusqu’au|hasta|bis|fino a|até|tot en met|tot)[^.\n]{0,12}$",
    re.IGNORECASE,
)
# "out through Jan 2", "bis einschließlich 9. Januar": the last day away, inclusive.
# Dutch "tot en met" (written "t/m") and Swiss "bis und mit" say the same ("tot en met vrijdag
# 11 februari": the weekday may stand between). Swiss German writes no ß: "einschliesslich".
_THROUGH_CUE = re.compile(
    r"(?:through|thru|(?:up[ \t]+)?(?:to|until)[ \t]+and[ \t]+including"
    r"|bis[ \t]+einschlie(?:ß|ss)lich"
    r"|bis[ \t]+inklusive|tot[ \t]+en[ \t]+met|t/m|bis[ \t]+und[ \t]+mit)[ \t]+"
    rf"(?:the[ \t]+|dem[ \t]+)?(?:(?:{'|'.join(WEEKDAYS)})[ \t,]+)?$",
    re.IGNORECASE,
)
# "Vanaf maandag 24 april ben ik weer bereikbaar", "From Monday 24 April I'm back": a day
# that opens the sentence's return ("from May 2 to May 9" names no return: the words after
# the day must say the sender is back).
# "ab Dienstag, dem\n9. Juni, wieder im Büro": the weekday may come first, its article
# after it, the line wrapped before the day.
_FROM_ANY_DAY = re.compile(
    r"\b(?:from|vanaf|ab|à partir du|dès le|a partir del?|desde|da|dal)[ \t]+"
    rf"(?:(?:the|dem|le|el|il)[ \t]+)?(?:(?:{'|'.join(WEEKDAYS)})[ \t,]+"
    r"(?:(?:the|dem|den|le|el|il)\s+)?)?$",
    re.IGNORECASE,
)
# "… ben ik\nweer bereikbaar": a hard wrap ends no sentence here.
_WRAPPED_SENTENCE_END = re.compile(r"[.!?]|\n[ \t]*\n")
_BACK_AFTER = re.compile(
    r"\b(?:back|reachable|available again|de retour|joignable|de vuelta|localizable"
    r"|wieder (?:erreichbar|im Büro|da)|zurück|di nuovo (?:raggiungibile|in ufficio)"
    # "wieder für Sie erreichbar", "weer voor u bereikbaar": a few words may stand between.
    r"|wieder(?:[ \t]+\w+){1,3}?[ \t]+erreichbar|weer(?:[ \t]+\w+){1,3}?[ \t]+bereikbaar"
    r"|raggiungibile|de volta|weer (?:bereikbaar|op kantoor|aanwezig)|terug)\b",
    re.IGNORECASE,
)
# "de retour à partir du lundi 14", "wieder da ab dem 14.": a back word right before the from
# word makes the day the first one back, whatever absence the sentence named before it.
_BACK_FROM = re.compile(rf"(?:{_BACK_AFTER.pattern})[ \t]+{_FROM_DAY}", re.IGNORECASE)
# "depois do dia 20", "dopo il 20", "na de 20e": the same "after", the day past.
_AFTER_CUE = re.compile(
    r"(?:after|après|después del?|nach|depois d[oa]|após o|dopo il|na de)[ \t]+"
    r"(?:the[ \t]+|le[ \t]+|el[ \t]+|dem[ \t]+|dia[ \t]+)?$",
    re.IGNORECASE,
)


_EVENT_DAY = re.compile(
    r"(?<!after )(?<!once )(?<!when )(?<!after we )(?<!once we )(?<!when we )(?<!post-)"
    r"(?<!après )(?<!après le )(?<!después del )(?<!nach dem )"
    r"(?<!dopo il )(?<!depois do )(?<!na de )"
    r"\b(?:launch\w*|ship(?:s|ping)?|releas\w*|go(?:es|ing)? live|deadline|due|lan[cçz]\w*"
    r"|Release|Deadline|Abgabe|entrega|consegna|scadenza)\b[^.\n]{0,20}$",
    re.IGNORECASE,
)


# "11月25日": a month and day written with the CJK counters, whatever the language around them.
_CJK_DAY = re.compile(r"(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日")


def _cjk_days(text: str, ref: date) -> list[DateMention]:
    found = []
    for m in _CJK_DAY.finditer(text):
        month, day = int(m["month"]), int(m["day"])
        if 1 <= month <= 12 and 1 <= day <= monthrange(ref.year, month)[1]:
            found.append(DateMention(m.start(), m.end(), _in_month(month, ref, day), "day"))
    return found


# "jusqu'au 12", "fino al 14.", "bis zum 12.", "Rientro il 24", "ab dem 24.", "a partir del 17":
# a day of the month with no month, after the until / back / from word and its article (the
# month is the next such day).
_BARE_DAY = re.compile(
    r"(?:jusqu['’]au|fino al|bis zum|ab dem|a partir del|à partir du"
    r"|(?:rientro|torno|rientrerò|sarò di ritorno) il)"
    rf"[ \t]+(?P<day>[0-3]?\d)(?:er|\.)?(?![\d:h/]|\.\d|[ \t]*(?:{_MONTH_NAMES}|uhr|ore|alle)\b)",
    re.IGNORECASE,
)


# "after Labour Weekend", "until after Thanksgiving", "after Labor Day": a holiday on a counted
# weekday, named by the word that keys COUNTED_HOLIDAYS.
_HOLIDAY = re.compile(
    r"\b(?:(?P<labour>labou?r)(?=[ \t]+(?:day|weekend))|(?P<thanks>thanksgiving))"
    r"(?:[ \t]+day)?(?P<weekend>[ \t]+(?:long[ \t]+)?weekend)?\b",
    re.IGNORECASE,
)


def _counted_day(year: int, month: int, weekday: int, nth: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _holidays(text: str, ref: date, home: str | None) -> list[DateMention]:
    """The next day of each counted holiday named, as kept on the clock ``home`` names.

    A long weekend ends on the holiday when it is a Monday, else on the Sunday after it.
    """
    found = []
    for m in _HOLIDAY.finditer(text):
        rules = COUNTED_HOLIDAYS["labour" if m["labour"] else "thanksgiving"]
        rule = next((rule for clocks, rule in rules if home in clocks), None)
        if rule is None:
            continue
        month, weekday, nth = rule
        day = _counted_day(ref.year, month, weekday, nth)
        if day < ref:
            day = _counted_day(ref.year + 1, month, weekday, nth)
        if m["weekend"] and weekday != 0:
            day += timedelta(days=6 - weekday)
        found.append(DateMention(m.start(), m.end(), day, "day"))
    return found


# "Away March 12-14": the range's last day, written without its month.
_RANGE_END_DAY = re.compile(
    rf"\b(?P<month>{_MONTH_NAMES})\.?[ \t]+[0-3]?\d(?:st|nd|rd|th)?[ \t]*[-–—][ \t]*"
    r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?![:.]\d|[ \t]*(?:[ap]\.?m|h)\b)",
    re.IGNORECASE,
)
# "from March 12 to March 21", "du 12 au 21 mars", "dal 12 al 21", "12-14": the day after the
# connector is the last day away, as "through" says it; the first day may carry its month
# ("du 23 octobre au 1er novembre", "del 10 de abril al 21 de abril").
_RANGE_TO = re.compile(
    rf"\d(?:st|nd|rd|th|er|\.)?[ \t]*(?:(?:de[ \t]+)?(?:{_MONTH_NAMES})\.?[ \t]*)?"
    r"(?:[-–—][ \t]*|(?:to|au|al|a|à|bis|tot|até)[ \t]+)"
    rf"(?:the[ \t]+)?(?:(?:{_MONTH_NAMES})\.?[ \t]+)?$",
    re.IGNORECASE,
)


def _bare_days(text: str, ref: date) -> list[DateMention]:
    found = []
    for m in _RANGE_END_DAY.finditer(text):
        month, n = MONTHS[m["month"].lower()], int(m["day"])
        if 1 <= n <= monthrange(ref.year, month)[1]:
            found.append(DateMention(m.start("day"), m.end(), _in_month(month, ref, n), "day"))
    for m in _BARE_DAY.finditer(text):
        n = int(m["day"])
        # A day already past this month is next month's.
        month_start = ref.replace(day=1) if n >= ref.day else _add_months(ref, 1)
        if 1 <= n <= monthrange(month_start.year, month_start.month)[1]:
            found.append(DateMention(m.start("day"), m.end(), month_start.replace(day=n), "day"))
    return found


def _in_month(month: int, ref: date, day: int = 1) -> date:
    found = date(ref.year, month, day)
    return found if month >= ref.month else date(ref.year + 1, month, day)


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, 1)


def _period_mentions(text: str, ref: date) -> list[DateMention]:
    found = [
        DateMention(
            m.start(),
            m.end(),
            _in_month(MONTHS[m["month"].lower()], ref, 15 if _MID.search(m.group(0)) else 1),
            "month",
        )
        for m in _MONTH_ONLY.finditer(text)
    ]
    for m in _SPAN.finditer(text):
        n_text = m["n"].lower()
        n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS[n_text]
        weeks = m["unit"].lower().startswith(("week", "sema", "woch"))
        day = ref + timedelta(weeks=n) if weeks else _add_months(ref, n)
        found.append(DateMention(m.start(), m.end(), day, "span"))
    for m in _NEXT_PERIOD.finditer(text):
        what = m["what"].lower()
        if "new" in what:
            day = date(ref.year + 1, 1, 1)
        elif "quarter" in what:
            day = _add_months(ref, 3 - (ref.month - 1) % 3)
        elif any(w in what for w in ("month", "mois", "mes", "monat")):
            day = _add_months(ref, 1)
        else:
            day = next_week_monday(ref)
        found.append(DateMention(m.start(), m.end(), day, "period"))
    return found


# "jusqu'au 22\nnovembre inclus", "back on Nov\n22": a hard wrap between a day and its month.
_WRAPPED_DAY = re.compile(
    # "back on the 3\nMay I ask …" opens a question on the next line.
    rf"(\d\.?[ \t]*)\n(?=[ \t]*(?:{_MONTH_NAMES})\b(?![ \t]+(?:I|we|you)\b))"
    rf"|(\b(?:{_MONTH_NAMES})\.?[ \t]*)\n(?=[ \t]*\d{{1,2}}\b)"
    # "tot en met zondag\n6 november": a weekday wrapped from its date (only a day with its
    # month after the wrap, so "until Friday\n3 of us …" stays apart).
    rf"|(\b(?:{'|'.join(WEEKDAYS)})\b,?[ \t]*)\n(?=[ \t]*[0-3]?\d(?:st|nd|rd|th|er|e|\.)?"
    rf"[ \t]+(?:de[ \t]+)?(?:{_MONTH_NAMES})\b)",
    re.IGNORECASE,
)


def _absence_from(text: str, start: int, end: int) -> bool:
    """Whether the sentence of a day after "ab" / "a partir del" calls it the day away begins.

    "Ab dem 12. bin ich im Urlaub" says so after the day; "Estoy de vacaciones a partir del
    lunes 17" before it. (A day back said after the day, "… a partir del lunes 17 estoy de
    vuelta", was taken before this is asked.)
    """
    after = _HARD_WRAP.sub(" ", text[end : end + 60])
    if OOO_WORDING.search(_SENTENCE_END.split(after)[0]):
        return True
    before = _HARD_WRAP.sub(" ", text[max(0, start - 80) : start])
    return bool(OOO_WORDING.search(_SENTENCE_END.split(before)[-1]))


def _unwrapped(before: str) -> str:
    """``before`` with each hard wrap (a lone line break) read as a space."""
    return re.sub(r"(?<!\n)\n(?![ \t]*\n)", " ", before)


def find_return_date(
    text: str, ref: date, *, day_first: bool | None = False, home: str | None = None
) -> date | None:
    """When the sender says they are back, or to try again; ``None`` if they do not say.

    ``home``: the IANA name of the clock the sender writes on, when known; a holiday kept on
    different days by country ("Labour Day") is dated only on it.

    A date after a return cue ("back on", "de retour le", "wieder am") wins;
    then the end of an absence: "until X", "through X" (the last day away),
    "until X inclusive" and "after X" mean the day after X.
    Otherwise the latest future date mentioned.
    """
    text = _WRAPPED_DAY.sub(lambda m: (m[1] or m[2] or m[3] or "") + " ", text)
    mentions = [
        m
        for m in [
            *find_dates(text, ref, day_first=day_first),
            *_period_mentions(text, ref),
            *_cjk_days(text, ref),
            *_bare_days(text, ref),
            *_holidays(text, ref, home),
        ]
        if m.day >= ref
    ]
    mentions.sort(key=lambda m: m.start)
    # "und ab\nMontag, 14. November, wieder …", "di nuovo in ufficio da\nlunedì 14": a line
    # broken by the mail program ends no sentence, so the words before a day are read across it
    # (a blank line still parts them).
    befores = [_unwrapped(text[max(0, m.start - 40) : m.start]) for m in mentions]
    exact = [m.kind not in ("period", "span", "month") for m in mentions]
    for mention, before, is_day in zip(mentions, befores, exact, strict=True):
        if _AFTER_CUE.search(before) and is_day:
            return mention.day + timedelta(days=1)
        after = _WRAPPED_SENTENCE_END.split(text[mention.end : mention.end + 80])[0]
        # "from Wednesday 21 March and back on Tuesday 27 March": the back word leads to the
        # next day named, which is the day back.
        upto = next((m.start for m in mentions if m.start >= mention.end), len(text))
        after_next = after[: upto - mention.end] if upto - mention.end < len(after) else None
        # "Ab Mittwoch bin ich in Elternzeit, … wieder …": the absence starts that day.
        if (
            _FROM_ANY_DAY.search(before)
            and _BACK_AFTER.search(after)
            and not (after_next is not None and _BACK_CUE.search(after_next))
            and not OOO_WORDING.search(after)
        ):
            return mention.day
        if _BACK_CUE.search(before) and not (
            _FROM_CUE.search(before)
            and not _BACK_FROM.search(before)
            and _absence_from(text, mention.start, mention.end)
        ):
            return mention.day
    for mention, before, is_day in zip(mentions, befores, exact, strict=True):
        # "Out until March 13" may mean back on the 13th or away on it too: the day after is
        # the first day the sender is back under either reading, so a follow-up then never
        # lands in the absence ("through X", "jusqu'au X inclus" say it outright).
        if (
            _THROUGH_CUE.search(before) or _UNTIL_CUE.search(before) or _RANGE_TO.search(before)
        ) and is_day:
            return mention.day + timedelta(days=1)
        end = _MONTH_END.match(text, mention.start) if mention.kind == "month" else None
        if end is not None and (end["until"] or _UNTIL_CUE.search(before)):
            # "bis Ende April", "until late April": busy to the month's end, back after it.
            return _add_months(mention.day, 1)
        if _UNTIL_CUE.search(before):
            return mention.day
    # "we're launching in two weeks and i'm underwater": the day of the sender's own event is
    # why they are busy, not when to come back ("after the launch on the 6th" is).
    kept = (
        m.day for m, before in zip(mentions, befores, strict=True) if not _EVENT_DAY.search(before)
    )
    return max(kept, default=None)
