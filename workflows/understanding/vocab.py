"""Words for days, months, parts of the day and time zones.

English, French, Spanish, German, Italian, Portuguese and Dutch.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, time, timedelta, timezone, tzinfo
from enum import Flag, auto
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo

WEEKDAYS: dict[str, int] = {
    # English; abbreviations must be capitalised (see times.py) since "sat", "sun" are words.
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "weds": 2,
    "wed": 2, "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
    # French
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    # Spanish
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sábado": 5, "sabado": 5, "domingo": 6,
    # German
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
    # Italian
    "lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2,
    "giovedì": 3, "giovedi": 3, "venerdì": 4, "venerdi": 4, "sabato": 5, "domenica": 6,
    # Portuguese (the bare "segunda" is also "second": a day only beside a time or another day,
    # see BARE_ORDINAL_DAYS)
    "segunda-feira": 0, "segunda": 0, "terça-feira": 1, "terca-feira": 1, "terça": 1,
    "quarta-feira": 2, "quarta": 2, "quinta-feira": 3, "quinta": 3, "sexta-feira": 4, "sexta": 4,
    # Dutch
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5,
    "zondag": 6,
    # Swedish, Norwegian and Danish ("tisdag 10 mars kl 9", "tirsdag 3. mars kl 10"), and
    # Catalan ("dimecres 18 a les 9:30"): a pick or an offer in them is read (otherlanguages).
    "måndag": 0, "mandag": 0, "tisdag": 1, "tirsdag": 1, "onsdag": 2, "torsdag": 3,
    "fredag": 4, "lördag": 5, "lørdag": 5, "lordag": 5, "söndag": 6, "søndag": 6, "sondag": 6,
    "dilluns": 0, "dimarts": 1, "dimecres": 2, "dijous": 3, "divendres": 4, "dissabte": 5,
    "diumenge": 6,
    # Latvian ("ceturtdiena, 26. marts, plkst. 10:00", "otrdien 31. martā"), read as the Nordic
    # ones are.
    "pirmdiena": 0, "pirmdien": 0, "otrdiena": 1, "otrdien": 1, "trešdiena": 2, "trešdien": 2,
    "ceturtdiena": 3, "ceturtdien": 3, "piektdiena": 4, "piektdien": 4, "sestdiena": 5,
    "sestdien": 5, "svētdiena": 6, "svētdien": 6,
    # Czech, for the user's own outreach written in it ("úterý 28. října v 10:00"); a reply in
    # Czech is doubted as a language the reader does not know.
    "pondělí": 0, "úterý": 1, "středa": 2, "středu": 2, "čtvrtek": 3, "pátek": 4, "sobota": 5,
    "sobotu": 5, "neděle": 6, "neděli": 6,
}  # fmt: skip
# The English day names spelled out, for the English words patterns read around a day
# ("Tuesday's out", "the following Monday"): only they of the seven languages end in "day".
ENGLISH_DAYS = "(?:" + "|".join(sorted(d for d in WEEKDAYS if d.endswith("day"))) + ")"
# "Segunda às 13h" is Monday, "a segunda opção" the second option: a day only when a time
# follows or another day is listed beside it.
BARE_ORDINAL_DAYS = frozenset({"segunda"})
WEEKDAY_ABBREVIATIONS = frozenset(
    {"mon", "tues", "tue", "weds", "wed", "thurs", "thur", "thu", "fri", "sat", "sun"}
)
# Read in lower case too ("would thurs at 1 work?"): no word of the seven languages is spelled
# so ("mon", "sat", "sun", "wed" are).
LOWER_CASE_ABBREVIATIONS = frozenset({"tues", "weds", "thurs", "thur", "thu", "fri"})


# The abbreviations that are words of their own in lower case ("mon contact", "the sun").
_WORDS_TOO = frozenset({"mon", "sat", "sun", "wed"})


def is_weekday(word: str) -> bool:
    """Whether ``word`` as written names a day ("Mon" does, "mon contact" does not)."""
    lower = word.lower()
    return lower in WEEKDAYS and (lower not in _WORDS_TOO or word[0].isupper())


MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    # Swedish, Norwegian and Danish where they differ from the above ("12 maj", "3. marts").
    "maj": 5, "marts": 3, "augusti": 8, "desember": 12,
    # Catalan where it differs ("18 d'abril" is Spanish's "abril"); not "marc", a name.
    "gener": 1, "febrer": 2, "març": 3, "maig": 5, "juny": 6, "juliol": 7, "agost": 8,
    "setembre": 9, "desembre": 12,
    # Latvian where it differs ("marts" is above), as named and in the "in" form ("martā").
    "janvāris": 1, "janvārī": 1, "februāris": 2, "februārī": 2, "martā": 3, "aprīlis": 4,
    "aprīlī": 4, "maijs": 5, "maijā": 5, "jūnijs": 6, "jūnijā": 6, "jūlijs": 7, "jūlijā": 7,
    "augusts": 8, "augustā": 8, "septembris": 9, "septembrī": 9, "oktobris": 10,
    "oktobrī": 10, "novembris": 11, "novembrī": 11, "decembris": 12, "decembrī": 12,
    # Czech, in the genitive a date takes ("28. října").
    "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7,
    "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
}  # fmt: skip

# Days from the reference date.
RELATIVE_DAYS: dict[str, int] = {
    "today": 0, "tonight": 0, "tomorrow": 1, "day after tomorrow": 2,
    "aujourd'hui": 0, "aujourd’hui": 0, "ce soir": 0, "demain": 1, "après-demain": 2,
    "apres-demain": 2, "hoy": 0, "mañana": 1, "pasado mañana": 2, "heute": 0, "morgen": 1,
    "übermorgen": 2, "oggi": 0, "domani": 1, "dopodomani": 2, "hoje": 0, "amanhã": 1,
    "amanha": 1, "depois de amanhã": 2, "vandaag": 0, "overmorgen": 2,
    # Phone shorthand: "tmrw at 8?", "amnh às 9?".
    "tmrw": 1, "tmw": 1, "2morrow": 1, "amnh": 1,
}  # fmt: skip

# Parts of the day as windows a coffee chat fits in.
_MORNING = (time(9), time(12))
_LUNCH = (time(12), time(13))
_AFTERNOON = (time(13), time(17))
_EVENING = (time(17), time(19))
PARTS_OF_DAY: dict[str, tuple[time, time]] = {
    "morning": _MORNING, "afternoon": _AFTERNOON, "evening": _EVENING, "lunch": _LUNCH,
    "lunchtime": _LUNCH, "matin": _MORNING, "matinée": _MORNING, "après-midi": _AFTERNOON,
    "apres-midi": _AFTERNOON, "soir": _EVENING, "fin de journée": _EVENING,
    # Québec's "avant-midi" is the morning and "après midi" is often written unhyphenated:
    # whole, neither is noon ("midi").
    "avant-midi": _MORNING, "après midi": _AFTERNOON, "apres midi": _AFTERNOON,
    # "a mediodía" is not here: it is "al mediodía", noon, a clock time like "midi".
    "por la mañana": _MORNING, "por la tarde": _AFTERNOON,
    # Mexico and the Andes say "en la mañana", the River Plate "a la mañana": the same morning.
    "en la mañana": _MORNING, "en la tarde": _AFTERNOON, "a la mañana": _MORNING,
    "a la tarde": _AFTERNOON,
    "vormittag": _MORNING, "vormittags": _MORNING, "nachmittag": _AFTERNOON,
    "nachmittags": _AFTERNOON, "abend": _EVENING, "abends": _EVENING, "morgens": _MORNING,
    "mattina": _MORNING, "mattinata": _MORNING, "pomeriggio": _AFTERNOON,
    # Bare "sera" is also French and Spanish "will be" ("ne sera pas"): only with its article.
    "la sera": _EVENING, "di sera": _EVENING, "in serata": _EVENING,
    "de manhã": _MORNING, "pela manhã": _MORNING, "à tarde": _AFTERNOON, "de tarde": _AFTERNOON,
    "na parte da manhã": _MORNING, "na parte da tarde": _AFTERNOON, "pela tarde": _AFTERNOON,
    "ochtend": _MORNING, "'s ochtends": _MORNING, "middag": _AFTERNOON, "'s middags": _AFTERNOON,
    "avond": _EVENING, "late afternoon": (time(15), time(17)),
    "early afternoon": (time(13), time(15)), "late morning": (time(10), time(12)),
    "early morning": (time(7), time(9)), "early evening": (time(17), time(19)),
    # Written short on a phone: "Thurs aft", "Fri arvo", "jeudi aprèm", "Di nachm.".
    "aft": _AFTERNOON, "arvo": _AFTERNOON, "aprem": _AFTERNOON, "aprèm": _AFTERNOON,
    "nachm.": _AFTERNOON, "vorm.": _MORNING, "pom.": _AFTERNOON,
    # The edge of a part of the day in the other six languages, so that "en fin d'après-midi"
    # is not read as the whole afternoon (the longer phrase wins over "après-midi").
    **{phrase: edge for edge, phrases in (
        ((time(15), time(17)), (
            "fin d'après-midi", "fin d’après-midi", "final de la tarde", "spätnachmittags",
            "späten nachmittag", "tardo pomeriggio", "fim da tarde", "final da tarde",
            "eind van de middag", "laat in de middag")),
        ((time(13), time(15)), (
            "début d'après-midi", "début d’après-midi", "primera hora de la tarde",
            "frühen nachmittag", "primo pomeriggio", "início da tarde", "begin van de middag",
            "vroeg in de middag")),
        ((time(10), time(12)), (
            "fin de matinée", "fin d'avant-midi", "fin d’avant-midi", "fin de mañana",
            "späten vormittag", "tarda mattinata", "fim da manhã", "final da manhã",
            "eind van de ochtend", "laat in de ochtend")),
    ) for phrase in phrases},
}  # fmt: skip

# "except", "sauf", "außer", "excepto", "tranne", "exceto", "behalve": the words that rule a
# day out of a span of days offered ("any day next week, except Wednesday").
DAY_EXCEPT_WORDS = (
    "except", "except for", "but not", "other than", "apart from", "sauf", "excepté", "excepto",
    "salvo", "menos", "außer", "ausser", "tranne", "eccetto", "exceto", "behalve",
)  # fmt: skip

# Midnight in each language: a clock word, like noon's.
MIDNIGHT_WORDS = (
    "midnight", "minuit", "medianoche", "mitternacht", "mezzanotte", "meia-noite", "middernacht",
)  # fmt: skip

NOON_WORDS = ("noon", "midday", "midi", "mediodía", "mittag", "mezzogiorno", "meio-dia", "12 noon")

# "Next week" in each language, for "Tuesday next week" (typed without its accent too).
NEXT_WEEK_WORDS = (
    "next week", "la semaine prochaine", "semaine prochaine", "la próxima semana",
    "la semana que viene", "próxima semana", "proxima semana", "nächste woche", "nächsten woche",
    "nachste woche", "nachsten woche", "kommende woche", "kommenden woche", "settimana prossima",
    "prossima settimana", "semana que vem", "volgende week",
)  # fmt: skip
# "This week" in each language: the week a no may be of, before a move to the next.
THIS_WEEK_WORDS = (
    "this week", "cette semaine", "esta semana", "diese woche", "questa settimana", "essa semana",
    "deze week",
)  # fmt: skip

# Idioms for calling off a meeting already agreed, for the intent's cues and the time's role.
BAIL = (
    r"(?:have to|need to|got to|gotta|going to|must) bail(?: out)?(?: on)?"
    r"|bail(?:ing)? on"
    # "pull the pin on Wednesday", "knock Wednesday's chat on the head": the meeting is off.
    r"|pull(?:ing)? the pin on|knock(?:ing)? (?:it|this|that|\w+day(?:'s \w+)?) on the head"
    # "have to drop out of our chat", "gotta scrap Thursday", "take a rain check on Thursday".
    r"|(?:scrap(?:ping)?|drop(?:ping)? out of) (?:our|it|this|\w+day\b)"
    r"|(?:take|taking) a rain ?check on"
    r"|(?:back(?:ing)?|pull(?:ing)?|bow(?:ing)?) out of"
    r" (?:our|the|tomorrow's|today's|this|\w+day\b)"
    r"|dar(?:e|ti|le|vi) buca|me désister|furar (?:o|a|nosso|nossa|amanhã|hoje)"
    # "je ne pourrai finalement pas assurer notre appel de mercredi", "nous ne pourrons pas
    # honorer le rendez-vous": the meeting, not kept ("assurer un appel" is to be at it). An
    # adverb may come between; "ne pourrai pas assurer de rendez-vous avant mai" names none.
    r"|ne (?:pourrai|pourrons|peux|pouvons|vais|allons)(?: \w+)? pas (?:pouvoir )?"
    r"(?:assurer|honorer|maintenir|tenir) (?:notre|nos|le|la|l'|l’|ce|cet|cette) ?"
    r"(?:appel|call|rendez-vous|rdv|réunion|échange|visio|entretien|créneau|café)"
)
# "For now", "at the moment", "im Moment", "voorlopig": the words for the present a "not" is
# said of, in each language. The intent's WHEN_AGAIN reads them as where a "not now" ends and
# adds the ends ("until", "after", a month); certainty's not-now check adds the words that say
# only the present ("currently", "these days", "momentan"), which say no end.
AT_THE_MOMENT = (
    "right now|at the moment|for now|pour l'instant|en ce moment|por ahora|ahora mismo"
    "|im Moment|derzeit|per ora|al momento|por agora|no momento|op dit moment|voorlopig"
)
# "Not right now", "ahora no puedo", "kann gerade nicht", "pas maintenant", "ora non posso",
# "agora não posso", "kan nu niet": the present instant a "not" may be said of, as well as the
# words above; with the answer promised for later the same day or the next, the "not" is only
# that the sender cannot answer yet.
THIS_MOMENT = (
    rf"{AT_THE_MOMENT}|now|at this moment|maintenant|tout de suite|pour le moment|ahora"
    r"|ahorita|en este momento|gerade|grad|jetzt|momentan|ora|adesso|in questo momento|agora"
    r"|neste momento|de momento|nu|momenteel|op het moment"
)
# "Same time but the following week", "une semaine plus tard", "eine Woche später": the day a
# week on from one named, said to be so.
WEEK_LATER = re.compile(
    r"\b(?:the[ \t]+following[ \t]+week|the[ \t]+week[ \t]+after|(?:a|one)[ \t]+week[ \t]+later"
    r"|semaine[ \t]+(?:suivante|d['’]après)|une[ \t]+semaine[ \t]+plus[ \t]+tard"
    r"|semana[ \t]+(?:siguiente|seguinte)|una[ \t]+semana[ \t]+(?:después|más[ \t]+tarde)"
    r"|uma[ \t]+semana[ \t]+depois|eine[ \t]+Woche[ \t]+später|(?:die|der)[ \t]+Woche[ \t]+"
    r"(?:darauf|danach)|settimana[ \t]+(?:dopo|successiva)|een[ \t]+week[ \t]+later"
    r"|(?:de[ \t]+)?week[ \t]+(?:erna|daarna))\b",
    re.IGNORECASE,
)
# Talk of a clock change ("our clocks spring forward on Sunday", "avec le changement d'heure",
# "nach der Zeitumstellung"): the day it names is no offer, and the reply's clock is in doubt.
CLOCK_CHANGE_TALK = re.compile(
    r"\b(?:clocks?[ \t]+(?:\w+(?:n['’]t)?[ \t]+)?(?:spring|go|goes|went|change|changes|changed"
    r"|move|moves|moved|fall|falls|jump|jumps)(?:[ \t]+(?:forward|back|ahead))?"
    # "not sure we're still five hours apart that week": the gap between the clocks may move.
    r"|still[ \t]+(?:\w+[ \t]+)?hours?[ \t]+(?:apart|ahead|behind)"
    r"|spring(?:s|ing)?[ \t]+forward|fall(?:s|ing)?[ \t]+back|daylight[ \t]+sav\w*|DST"
    # "We go onto daylight time this Sunday", "standard time starts": the clock a whole place
    # is on changes (no meeting goes onto a time).
    r"|(?:go|goes|going|went|move|moves|moving|switch\w*|chang\w+)[ \t]+(?:on)?to[ \t]+"
    r"(?:daylight|summer|standard|winter)[ \t]+time"
    # "We go onto BST on Sunday": the place's clock by its summer (or winter) name.
    r"|(?:go|goes|going|went|move|moves|moving|switch\w*)[ \t]+onto[ \t]+"
    r"(?-i:BST|CEST|EEST|WEST|[ECMP]DT|AEDT|NZDT|GMT|CET|EET|WET|[ECMP]ST|AEST|NZST)\b"
    r"|(?:daylight|summer|standard|winter)[ \t]+time[ \t]+(?:starts|begins|ends|kicks[ \t]+in)"
    # Not "time change", "cambio de horario", "mudança de hora": also a meeting moved.
    r"|changement[ \t]+d['’]heure|passage[ \t]+à[ \t]+l['’]heure[ \t]+d['’]"
    # "on passe à l'heure d'été dimanche", "we change clocks on Sunday": the clocks' names and
    # the clocks as the thing changed (a meeting is changed, its clock is not). Not "l'heure
    # d'hiver": blind50 p03's "donc ce sera 17h pour vous" is read right only without it.
    # ("Saskatchewan doesn't change clocks" is a place that keeps its clock.)
    r"|heure[ \t]+d['’]été|(?<!n['’]t[ \t])(?<!not[ \t])(?<!never[ \t])"
    r"(?:change|changes|changing|switch|switches|put)[ \t]+"
    r"(?:the[ \t]+|our[ \t]+)?clocks"
    # "3pm CET becomes 3pm CEST": a winter name turning into its summer one.
    r"|(?-i:CET|GMT|EET|WET)[ \t]+becomes[ \t]+(?:\S+[ \t]+)?(?-i:CEST|BST|EEST|WEST)"
    # "on recule l'heure dimanche": the clocks set back on the Sunday of a change (a meeting's
    # hour is put back on no Sunday).
    r"|(?:recul|avanc|avanç)\w*[ \t]+(?:l['’]heure|les[ \t]+(?:montres|horloges))[ \t]+dimanche"
    r"|horario[ \t]+de[ \t]+(?:verano|invierno)|Zeitumstellung"
    r"|Uhrumstellung|Uhren[ \t]+(?:\w+[ \t]+)?(?:vor|zurück)gestellt"
    r"|cambio[ \t]+dell['’]ora|ora[ \t]+(?:legale|solare)|hor(?:ário|a)[ \t]+de[ \t]+verão"
    # "ab dem 30. März gilt Sommerzeit": the German names of the clocks, as the Dutch ones.
    r"|zomertijd|wintertijd|Sommerzeit|Winterzeit"
    # "com a mudança de hora no domingo": a change on the Sunday is the clocks' (no meeting is
    # moved on a Sunday), where "mudança de hora" alone may be a meeting's.
    r"|(?:time[ \t]+change|mudança[ \t]+de[ \t]+hora|cambio[ \t]+de[ \t]+hora(?:rio)?)[ \t]+"
    r"(?:(?:this|on|no|neste|este|el)[ \t]+)?(?:sunday|domingo)\b"
    r"|klok(?:ken)?[ \t]+(?:\w+[ \t]+){0,2}(?:vooruit|terug|verzet))",
    re.IGNORECASE,
)
# The sender on a trip, now or around the offered days ("I'm traveling until then", "Monday
# I'm travelling", "en déplacement cette semaine", "estoy de viaje"): the Date header's offset
# is where they write from, not surely their clock on the day. Mail wraps lines anywhere.
ON_A_TRIP = re.compile(
    r"\b(?:i['’]?m|i\s+am|we['’]re|we\s+are|i['’]ll\s+be|i\s+will\s+be)\s+"
    r"(?:(?:currently|still|away|out)\s+)?(?:travel+ing|on\s+(?:the\s+road|a\s+trip"
    r"|vacation|holiday|leave)|abroad|overseas)\b"
    r"|\ben\s+déplacement\b|\bde\s+viaje\b|\bde\s+viagem\b|\bin\s+viaggio\b"
    r"|\bauf\s+Reisen\b|\bunterwegs\b|\bop\s+reis\b"
    # "estou a viajar", "estoy viajando", "sto viaggiando": travelling now, said as it goes on.
    r"|\b(?:estou|estamos)\s+(?:a\s+viajar|viajando)\b|\b(?:estoy|estamos)\s+viajando\b"
    r"|\b(?:sto|stiamo)\s+viaggiando\b",
    re.IGNORECASE,
)
# The sender says they live where the user does ("since we're in the same city", "ya que
# estamos en la misma ciudad"): the sender's clock is the user's. Not when denied or supposed
# ("shame we're not in the same city", "if we were in the same town").
SAME_PLACE_AS_USER = re.compile(
    r"(?<!\bnot\s)(?<!n['’]t\s)(?<!\bno\s)(?<!\bnicht\s)(?<!\bniet\s)(?<!\bnão\s)"
    r"(?<!\bnon\s)\b(?:(?:we['’]re|we\s+are|we\s+both\s+live|we\s+live|both)\s+in\s+the\s+same"
    r"\s+(?:city|town)|estamos\s+en\s+la\s+misma\s+ciudad|vivimos\s+en\s+la\s+misma\s+ciudad"
    r"|estamos\s+na\s+mesma\s+cidade|on\s+est\s+dans\s+la\s+même\s+ville"
    r"|nous\s+sommes\s+dans\s+la\s+même\s+ville|siamo\s+nella\s+stessa\s+città"
    r"|wir\s+(?:sind|wohnen)\s+in\s+der\s+(?:gleichen|selben)\s+Stadt"
    r"|we\s+(?:zitten|wonen)\s+in\s+dezelfde\s+stad)\b",
    re.IGNORECASE,
)
# Whose clock the talk of a change is: the sender's own, said right before it ("our clocks go
# back", "we go onto daylight time", "bij ons gaat de wintertijd in") or right after it ("the
# clocks go forward here"). "London's clocks go back", "your clocks change" are another's.
OWN_CLOCK_BEFORE = re.compile(
    r"(?i:\b(?:our|we|we['’]re|we['’]ll|here|ours|unsere|wir|bei[ \t]+uns|chez[ \t]+nous|nos"
    r"|nous|nuestros|aquí|da[ \t]+noi|qui|nossos|cá|onze|wij|bij[ \t]+ons|hier))"
    # Lower-case words between: "Our London office's clocks" are another place's.
    r"(?:[,:]?[ \t]+[a-zà-ÿß'’]+){0,3}[,:]?[ \t]*$"
)
OWN_CLOCK_AFTER = re.compile(
    r"^[^.!?\n]{0,25}?\b(?:here|where I am|for us|bei uns|chez nous|aquí|da noi|cá|bij ons|hier)\b",
    re.IGNORECASE,
)
# Which way the talk says the clock goes: back to winter time, or on to summer time.
CLOCK_GOES_BACK = re.compile(
    r"\b(?:back|zurück\w*|terug|recul\w*|standard|winter\w*|invierno|solare|Winterzeit|hiver)\b",
    re.IGNORECASE,
)
# "We come off daylight saving on the 7th", "Ende der Sommerzeit": summer time ends, a move
# back that names the summer clock (whose words alone read forward).
CLOCK_LEAVES_SUMMER = re.compile(
    r"\b(?:come|comes|coming|came|go|goes|going|went)[ \t]+off[ \t]+(?:daylight|summer|DST)"
    r"|\b(?:daylight[ \t]+sav\w*|summer[ \t]+time|DST)(?:[ \t]+time)?[ \t]+(?:ends|ending)\b"
    r"|\bend[ \t]+of[ \t]+(?:daylight[ \t]+sav\w*|summer[ \t]+time|DST)"
    r"|\bfin[ \t]+(?:de[ \t]+l['’]heure[ \t]+d['’]été|del[ \t]+horario[ \t]+de[ \t]+verano)"
    r"|\bEnde[ \t]+der[ \t]+Sommerzeit|\bfine[ \t]+dell['’]ora[ \t]+legale"
    r"|\bfim[ \t]+do[ \t]+horário[ \t]+de[ \t]+verão|\beinde[ \t]+van[ \t]+de[ \t]+zomertijd",
    re.IGNORECASE,
)
CLOCK_GOES_FORWARD = re.compile(
    r"\b(?:forward|ahead|vorgestellt|vooruit|avan\w*|daylight|summer|zomertijd|verano|legale|verão"
    r"|Sommerzeit|été)\b",
    re.IGNORECASE,
)
# Abbreviations are read case-sensitively (ET, CT are also words in other places).
ZONE_ABBREVIATIONS: dict[str, str] = {
    "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
    "CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
    "GMT": "UTC", "UTC": "UTC", "BST": "Europe/London", "CET": "Europe/Paris",
    "CEST": "Europe/Paris", "MEZ": "Europe/Berlin", "MESZ": "Europe/Berlin",
    "IST": "Asia/Kolkata", "JST": "Asia/Tokyo", "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong", "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney",
    "AET": "Australia/Sydney", "HST": "Pacific/Honolulu", "AKST": "America/Anchorage",
    "AKDT": "America/Anchorage", "NST": "America/St_Johns", "NDT": "America/St_Johns",
    "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland", "NZT": "Pacific/Auckland",
    "KST": "Asia/Seoul",
    "AWST": "Australia/Perth", "ACST": "Australia/Adelaide", "ACDT": "Australia/Adelaide",
    "EET": "Europe/Athens", "EEST": "Europe/Athens", "WET": "Europe/Lisbon",
    "BRT": "America/Sao_Paulo", "TRT": "Europe/Istanbul",
    # Where job seekers write from: names no other clock the table knows wears.
    "ADT": "America/Halifax", "IDT": "Asia/Jerusalem", "ART": "America/Argentina/Buenos_Aires",
    "COT": "America/Bogota", "WEST": "Europe/Lisbon", "NPT": "Asia/Kathmandu",
    "PHT": "Asia/Manila", "GST": "Asia/Dubai", "PKT": "Asia/Karachi", "WIB": "Asia/Jakarta",
    "SAST": "Africa/Johannesburg", "EAT": "Africa/Nairobi", "WAT": "Africa/Lagos",
    "MYT": "Asia/Kuala_Lumpur",
    # Atlantic Standard Time (Halifax, Puerto Rico); the Gulf's "Arabia Standard Time" wears it
    # too (see ``NAMES_ZONEINFO_DROPPED``), so only the writer's own clock settles it.
    "AST": "America/Halifax",
}  # fmt: skip
# Clocks the reader knows by name whose printed abbreviation is not read as theirs: Cuba's
# "CST"/"CDT" are US Central's to anyone writing them (why Taipei and Beijing are no clocks).
NAMES_NOT_WORN: frozenset[str] = frozenset({"America/Havana"})
# Names people still give a clock that the zone database prints as a bare offset ("+03"): the
# other clocks an abbreviation may mean, when telling a name worn twice.
NAMES_ZONEINFO_DROPPED: dict[str, str] = {"Asia/Riyadh": "AST", "Asia/Qatar": "AST"}


# Letters with a stroke, which Unicode does not split into a letter and a mark: "København",
# "Łódź" would lose them, and a place its name.
_STROKED = str.maketrans("øØłŁđĐ", "oOlLdD")


# The same letters lower-cased, and the ligatures and Turkish's dotless i, for ``folded``.
_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i"})


def folded(text: str) -> str:
    """``text`` lower-cased, without accents, in its own script: "Bohužel" is "bohuzel".

    Matches a name to the address it is written in ("Łukasz Søndergaard" is
    "lukasz.sondergaard@…") and words in another language to their cues.
    """
    split = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    return "".join(c for c in split if not unicodedata.combining(c))


def unaccented(text: str) -> str:
    """``text`` without accents, its case kept: "Bogotá" is "Bogota", "København" "Kobenhavn"."""
    return (
        unicodedata.normalize("NFKD", text.translate(_STROKED)).encode("ascii", "ignore").decode()
    )


class _Said(Flag):
    """How a reply may use a name of a clock's place: as that clock, or as where it is sent."""

    # The name alone: "10am Paris", "hora de Bogotá", "(Tel Aviv)", "10 Atlantic".
    CLOCK = auto()
    # Only with the English word for time: "10am India time", as a place alone ("teams across
    # Spain") names no clock.
    TIME = auto()
    # Only with a word for time, in the languages read ("Texas time", "hora de Texas", "heure de
    # Miami", "Zeit in Atlanta"), as a place alone may be where someone travels.
    WORDS = auto()
    # Where a sender says they are, in a sign-off ("Phoenix, AZ", "Bogotá, Colombia") or in
    # words ("estoy en Cancún").
    PLACE = auto()


_CLOCK, _TIME, _WORDS, _PLACE = _Said.CLOCK, _Said.TIME, _Said.WORDS, _Said.PLACE
_WORDS_FOR_TIME = (
    "{} time", "hora de {}", "hora del {}", "horário de {}", "heure de {}", "heure du {}",
    "ora di {}", "ora del {}", "zeit in {}", "tijd in {}",
)  # fmt: skip
# Every name the reader knows a clock by, each once: the clock's own names ("Pacific", "ora
# italiana", "Brüsseler Zeit"), and its cities, regions and countries in the seven languages
# (a time restated in "15:00 en Filadelfia" is the same instant, so an unplaced name turned it
# into a second offer, `replies_blind37` s04). A clock is read as written, so a name typed with
# and without its accents is listed both ways; a sender's place is read without them.
# Not as a clock: Taipei nor Beijing, whose clocks are also called "CST", which would make
# every Central "CST" a name two clocks wear (Cairo's "EET" is Athens's only on the days
# their summers differ, late October and April, when the doubt is right);
# "Colonia" (also a Mexican address's district), "Valencia" (also Venezuela's), "Porto" nor
# "Rio" alone (words too); no US state of two clocks (Florida, Tennessee, Kentucky, Indiana,
# the Dakotas), nor Washington (a state and a capital), Georgia nor Portland.
# Not as a sender's place: names of several places far apart (Portland, San José, La Paz,
# Panama City, Kingston), countries of several clocks, names that are mostly surnames
# (Chandler, Darwin).
_CLOCK_NAMES: dict[str, dict[_Said, str]] = {
    # "8am in Anchorage", "le 8 di mattina ad Anchorage": a restatement's place, read as a clock.
    "America/Anchorage": {
        _CLOCK: "alaska|anchorage",
    },
    "America/Havana": {
        _CLOCK | _PLACE: "havana|la habana|habana|cuba",
        _CLOCK: "havane|la havane|l'avana|havanna|hora cubana",
    },
    "America/Phoenix": {
        _CLOCK | _PLACE: "arizona",
        _TIME | _PLACE: "phoenix",
        _PLACE: "scottsdale|tempe|tucson",
    },
    "America/Los_Angeles": {
        _CLOCK | _WORDS | _PLACE: "san francisco|los angeles|seattle",
        _WORDS | _PLACE: "california|san diego|las vegas",
        _PLACE: "oakland|berkeley|palo alto|mountain view|sunnyvale|santa monica|sacramento",
        # In the other languages with their word for time: the ocean's name alone is no clock.
        _CLOCK: "pacific|hora del pacífico|hora do pacífico|heure du pacifique|ora del pacifico"
            "|pazifikzeit|pacifische tijd",
    },
    "America/Vancouver": {
        _CLOCK | _PLACE: "vancouver",
        _PLACE: "british columbia",
    },
    "America/Tijuana": {_PLACE: "tijuana|mexicali|ensenada"},
    "America/Hermosillo": {_PLACE: "hermosillo|sonora"},
    "America/Denver": {
        _CLOCK | _WORDS | _PLACE: "denver",
        _WORDS | _PLACE: "colorado|utah",
        _PLACE: "boulder|salt lake city|albuquerque|colorado springs|fort collins|new mexico",
        _CLOCK: "mountain",
    },
    "America/Boise": {_PLACE: "boise"},
    "America/Edmonton": {
        _CLOCK | _PLACE: "calgary|edmonton",
        _PLACE: "alberta",
    },
    "America/Chicago": {
        _CLOCK | _WORDS | _PLACE: "chicago",
        _WORDS | _PLACE: "houston|dallas|austin|illinois|minnesota|minneapolis|nashville"
            "|new orleans|louisiana",
        _PLACE: "san antonio|fort worth|milwaukee|kansas city|st. louis|st louis|memphis|omaha"
            "|oklahoma city|wisconsin|iowa",
        _CLOCK: "central|chicagoer zeit",
        # Texas's far-west corner keeps Mountain time, but "Texas time" is the state's Central.
        _WORDS: "texas",
    },
    "America/Winnipeg": {
        _CLOCK | _PLACE: "winnipeg",
        _PLACE: "manitoba",
    },
    "America/Regina": {_PLACE: "regina|saskatoon|saskatchewan"},
    "America/Mexico_City": {
        _CLOCK | _PLACE: "mexico city|ciudad de méxico|cdmx|ciudad de mexico",
        _PLACE: "guadalajara|puebla|queretaro|toluca",
        # "a las 10 (hora CDMX)": Mexico City's clock as its people write it, with no "de".
        _CLOCK: "hora cdmx|cidade do méxico|città del messico|mexico-stad|mexiko-stadt"
        # "a las 10:00 hora del centro de México": the zone's own name in Mexico.
        "|hora del centro de méxico|hora del centro de mexico|tiempo del centro de méxico"
        "|tiempo del centro de mexico|hora centro de méxico|hora centro de mexico"
        # "a las 9 hora de México": the country's clock, as Mexicans mean it, is the centre's.
        "|hora de méxico|hora de mexico",
    },
    "America/Monterrey": {_PLACE: "monterrey|saltillo"},
    "America/Merida": {_PLACE: "merida|yucatan"},
    "America/Cancun": {_PLACE: "cancun|playa del carmen|tulum|quintana roo"},
    "America/Guatemala": {_PLACE: "guatemala"},
    "America/Costa_Rica": {_PLACE: "costa rica"},
    "America/El_Salvador": {_PLACE: "san salvador|el salvador"},
    "America/Tegucigalpa": {_PLACE: "tegucigalpa|san pedro sula|honduras"},
    "America/Managua": {_PLACE: "managua|nicaragua"},
    "America/Panama": {_PLACE: "panama"},
    "America/Bogota": {
        _CLOCK | _PLACE: "bogotá|bogota",
        # One clock for the whole country: "a las 10 hora de Colombia" is Bogotá's.
        _WORDS | _PLACE: "colombia",
        _PLACE: "medellin|barranquilla",
    },
    "America/Lima": {
        _CLOCK | _PLACE: "lima",
        _TIME | _PLACE: "peru",
        _PLACE: "arequipa|cusco",
    },
    "America/Guayaquil": {
        # "14:00 Quito time": the capital's clock is the mainland's; the country's name is
        # not a clock (the Galápagos keep another).
        _WORDS | _PLACE: "quito|guayaquil",
        _PLACE: "ecuador",
    },
    "America/Jamaica": {_PLACE: "jamaica"},
    "America/New_York": {
        _CLOCK | _PLACE: "nyc",
        _CLOCK | _WORDS | _PLACE: "new york|boston|philadelphia",
        _WORDS | _PLACE: "miami|atlanta|new jersey|massachusetts|pennsylvania",
        _PLACE: "brooklyn|manhattan|charlotte|pittsburgh|baltimore|washington dc",
        # "heure de l'Est", "hora del este": the region's clock said with its article.
        _CLOCK: "heure de l'est|heure de l’est|hora del este"
            "|eastern|nueva york|nova iorque|nova york|filadelfia|filadélfia|philadelphie|ny"
            "|new yorkse tijd|new yorker zeit",
        _WORDS: "orlando|ohio|virginia",
    },
    "America/Detroit": {_WORDS | _PLACE: "detroit"},
    "America/Toronto": {
        _CLOCK | _PLACE: "toronto|montreal|montréal|ottawa",
        _PLACE: "quebec|ontario",
        _CLOCK: "torontoer zeit",
    },
    "America/Halifax": {
        _CLOCK | _PLACE: "halifax",
        _PLACE: "nova scotia",
        # The region's clock in French and Spanish, said with its article ("10 h, heure de
        # l'Atlantique"), which the "heure de {}" forms do not make.
        _CLOCK: "atlantic|heure de l'atlantique|heure de l’atlantique|hora del atlántico"
            "|hora del atlantico",
    },
    "America/St_Johns": {_CLOCK: "newfoundland"},
    "America/Puerto_Rico": {_PLACE: "puerto rico"},
    "America/Santo_Domingo": {_PLACE: "santo domingo|republica dominicana|dominican republic"},
    "America/Caracas": {_PLACE: "caracas|venezuela"},
    "America/Curacao": {
        _CLOCK | _PLACE: "curaçao|curacao",
        _PLACE: "willemstad",
    },
    "America/La_Paz": {_PLACE: "bolivia|santa cruz de la sierra"},
    "America/Manaus": {_PLACE: "manaus"},
    # Santiago and Lagos only with "time", as Spain and Portugal have towns of those names.
    "America/Santiago": {
        _WORDS | _PLACE: "santiago",
        _PLACE: "valparaiso|vina del mar|concepcion",
        # Mainland Chile's clock; not as a place, a country of several clocks.
        _WORDS: "chile",
        _CLOCK: "hora chilena",
    },
    # Chile's far south keeps one clock all year.
    "America/Punta_Arenas": {_PLACE: "punta arenas|magallanes"},
    # Paraguay has kept one clock since October 2024.
    "America/Asuncion": {
        _WORDS | _PLACE: "asunción|asuncion|paraguay",
        _CLOCK: "hora paraguaya",
    },
    "America/Argentina/Buenos_Aires": {
        _CLOCK | _PLACE: "buenos aires",
        _TIME | _PLACE: "argentina",
    },
    "America/Sao_Paulo": {
        _CLOCK | _PLACE: "brasília|brasilia|são paulo|sao paulo|rio de janeiro",
        _PLACE: "belo horizonte|curitiba|porto alegre|florianopolis",
        _CLOCK: "hora de brasília",
    },
    "America/Montevideo": {_PLACE: "montevideo|uruguay"},
    "Pacific/Honolulu": {_CLOCK | _PLACE: "hawaii|honolulu"},
    "Europe/London": {
        _CLOCK | _PLACE: "london",
        _PLACE: "manchester|edinburgh|glasgow|bristol|birmingham|leeds|liverpool|oxford|cambridge"
            "|united kingdom|england|scotland|wales",
        _CLOCK: "uk|londres|londra|londen|londense tijd|britse tijd|engelse tijd|londoner zeit"
            "|britischer zeit|britische zeit|heure anglaise|heure britannique|ora inglese"
            "|ora britannica|hora inglesa|hora británica|hora britânica",
    },
    "Europe/Dublin": {
        _CLOCK | _PLACE: "dublin",
        _TIME | _PLACE: "ireland",
        _PLACE: "cork|galway",
        _TIME: "irish",
    },
    "Europe/Lisbon": {
        _CLOCK | _PLACE: "lisbon|lisboa",
        # "hora de Portugal", "heure du Portugal": the country's one mainland clock.
        _WORDS | _PLACE: "portugal",
        _PLACE: "porto",
        _CLOCK: "lisbonne|lisbona|lissabon|hora portuguesa|heure portugaise|ora portoghese"
            "|portugese tijd|portugiesischer zeit|lissabonner zeit",
    },
    "Atlantic/Canary": {
        _CLOCK | _PLACE: "canarias|canárias",
        _PLACE: "las palmas|tenerife|canary islands",
    },
    "Europe/Madrid": {
        _CLOCK | _PLACE: "madrid|barcelona|sevilla|bilbao",
        _TIME | _PLACE: "spain",
        # "hora de España": the peninsula's clock; the Canaries' is "hora canaria".
        _WORDS | _PLACE: "espana",
        _WORDS: "españa",
        _PLACE: "valencia|seville|malaga",
        _CLOCK: "hora peninsular|hora española|barcelone|barcellona|madrider zeit",
    },
    "Europe/Paris": {
        _CLOCK | _PLACE: "paris|lyon|marseille|toulouse",
        _PLACE: "nantes|bordeaux|lille|strasbourg|montpellier|rennes|france",
        _CLOCK: "heure française|parigi|parijs|lione|pariser zeit",
    },
    "Europe/Brussels": {
        _CLOCK | _PLACE: "brussels|bruxelles|brüssel|brussel",
        _PLACE: "antwerpen|antwerp|anvers|gent|ghent|liege|belgium|belgique|belgie",
        _CLOCK: "belgische tijd|heure belge|bruselas|bruxelas|brusselse tijd|brüsseler zeit",
    },
    "Europe/Amsterdam": {
        _CLOCK | _PLACE: "amsterdam|den haag|the hague|rotterdam|nederland",
        _PLACE: "utrecht|eindhoven|groningen|netherlands",
        _CLOCK: "nederlandse tijd|nl-tijd|nl tijd|la haye|la haya|l'aia|haia|amsterdamse tijd"
            "|amsterdamer zeit",
    },
    "Europe/Berlin": {
        _CLOCK | _PLACE: "berlin|munich|münchen|múnich|cologne|köln|frankfurt|hamburg",
        _PLACE: "stuttgart|dusseldorf|leipzig|dresden|deutschland|germany",
        _CLOCK: "deutscher zeit|deutsche zeit|berlijn|berlino|munique|monaco di baviera|keulen"
            "|francfort|fráncfort|francoforte|hambourg|hamburgo|amburgo|münchner zeit|kölner zeit"
            "|frankfurter zeit|hamburger zeit|berliner zeit",
    },
    "Europe/Vienna": {
        _CLOCK | _PLACE: "vienna|wien",
        _PLACE: "graz|salzburg|osterreich|austria",
        _CLOCK: "viena|vienne|wenen|wiener zeit",
    },
    "Europe/Zurich": {
        _CLOCK | _PLACE: "zurich|zürich|zúrich|geneva|genève|geneve|genf",
        _PLACE: "bern|basel|lausanne|suisse|schweiz|switzerland",
        _CLOCK: "zurigo|ginevra|ginebra|genebra|zürcher zeit|genfer zeit|züricher zeit",
    },
    "Europe/Rome": {
        _CLOCK | _PLACE: "rome|roma|milano|milan|milán|torino|turin|turín|firenze|florence|napoli"
            "|naples",
        _PLACE: "bologna|venezia|venice|italia|italy",
        _CLOCK: "ora italiana|mailand|milão|turim|florencia|florenz",
    },
    "Europe/Copenhagen": {
        _CLOCK | _PLACE: "copenhagen",
        _PLACE: "kobenhavn",
        _CLOCK: "copenhague|kopenhagen|copenaghen",
    },
    "Europe/Stockholm": {
        _CLOCK | _PLACE: "stockholm",
        _CLOCK: "estocolmo|stoccolma",
    },
    # "15:00 Helsinki time (14:00 in Stockholm) it is": each capital one country's one clock;
    # read only as a place, the user's confirmation lost its clock for a user not in Helsinki.
    "Europe/Oslo": {_CLOCK | _PLACE: "oslo"},
    "Europe/Warsaw": {
        _CLOCK | _PLACE: "warsaw",
        _PLACE: "warszawa|krakow",
        _CLOCK: "varsovia|varsovie|warschau|varsavia|varsóvia",
        _TIME: "poland|polish",
    },
    "Europe/Prague": {
        _CLOCK | _PLACE: "prague",
        _PLACE: "praha",
        _CLOCK: "praga|prag|praag",
    },
    # "Helsinki time (EET/EEST)": the place says which EET (not Cairo's), in either season;
    # "las 18:00 en Helsinki" is a restatement's place, read as a clock.
    "Europe/Helsinki": {_CLOCK | _PLACE: "helsinki", _PLACE: "finland"},
    # "10:30 in Tallinn": the Baltic capitals, each its country's one clock.
    "Europe/Tallinn": {_CLOCK | _PLACE: "tallinn", _PLACE: "estonia|tartu"},
    "Europe/Riga": {_CLOCK | _PLACE: "riga", _PLACE: "latvia"},
    "Europe/Vilnius": {_CLOCK | _PLACE: "vilnius", _PLACE: "lithuania|kaunas"},
    "Europe/Athens": {
        _CLOCK | _PLACE: "athens",
        _PLACE: "athina",
        _CLOCK: "atenas|athènes|atene|athen",
    },
    "Europe/Bucharest": {
        _CLOCK | _PLACE: "bucharest|bucurești|bucuresti",
        _CLOCK: "bucarest|bukarest|boekarest|bucareste|bukarester zeit",
        _TIME | _PLACE: "romania",
    },
    "Europe/Istanbul": {
        _CLOCK | _PLACE: "istanbul",
        _TIME | _PLACE: "turkey",
        _PLACE: "ankara|turkiye",
        _CLOCK: "estambul|istambul",
        _TIME: "turkish",
    },
    # Egypt keeps summer time again since 2023, leaving it on the last Thursday of October,
    # days before the EU: a place's clock is read on the offset of the offered day.
    "Africa/Cairo": {
        _CLOCK | _PLACE: "cairo",
        _TIME | _PLACE: "egypt",
        _PLACE: "giza",
        _CLOCK: "le caire|el cairo|kairo|heure du caire|heure d'égypte|hora de egipto"
            "|hora do egito|ora egiziana|ägyptischer zeit|egyptische tijd|kairoer zeit",
        _TIME: "egyptian",
    },
    "Europe/Moscow": {
        _CLOCK | _PLACE: "moscow",
        _PLACE: "moskva",
        _CLOCK: "moscú|moscou|moskau|mosca|moscovo|moskou|moskauer zeit",
    },
    "Africa/Lagos": {
        _TIME | _PLACE: "lagos|nigeria",
        _PLACE: "abuja",
    },
    "Africa/Kinshasa": {_PLACE: "kinshasa"},
    "Africa/Luanda": {
        _CLOCK | _PLACE: "luanda",
        _PLACE: "angola",
    },
    "Africa/Algiers": {_PLACE: "alger|algiers|algerie|algeria"},
    "Africa/Tunis": {_PLACE: "tunis|tunisi|tunisie|tunisia"},
    "Africa/Douala": {_PLACE: "douala|yaounde|cameroun|cameroon"},
    "Africa/Accra": {_PLACE: "accra|ghana"},
    "Africa/Dakar": {
        _CLOCK | _PLACE: "dakar",
        _PLACE: "senegal",
    },
    "Africa/Abidjan": {_PLACE: "abidjan|cote d'ivoire|ivory coast"},
    "Atlantic/Reykjavik": {
        _CLOCK | _PLACE: "reykjavik|reykjavík",
        _TIME | _PLACE: "iceland",
        _CLOCK: "reiquiavique|reikiavik",
    },
    "Africa/Johannesburg": {
        _PLACE: "johannesburg|joburg|jozi|cape town|kapstadt|kaapstad|pretoria|durban",
        _WORDS | _PLACE: "south africa",
        _WORDS: "south african",
    },
    "Africa/Windhoek": {_PLACE: "windhoek|namibia"},
    "Africa/Maputo": {_PLACE: "maputo|mocambique|mozambique"},
    "Africa/Nairobi": {
        _CLOCK | _PLACE: "nairobi",
        _TIME | _PLACE: "kenya",
    },
    "Africa/Kigali": {
        _CLOCK | _PLACE: "kigali",
        _TIME | _PLACE: "rwanda",
    },
    "Africa/Kampala": {
        _CLOCK | _PLACE: "kampala",
        _TIME | _PLACE: "uganda",
    },
    # Not Dubai alone: outreach from India restates its offers in it ("5:30pm IST / 4pm
    # Dubai"), and the sender's own unread "hora de Dubái" must not then read as the user's
    # clock (round 27).
    "Asia/Dubai": {
        _TIME | _PLACE: "dubai",
        _PLACE: "abu dhabi",
        _CLOCK: "golfzeit",
        _TIME: "uae|gulf",
    },
    # Jordan has kept one clock, UTC+3, since 2022.
    "Asia/Amman": {
        _CLOCK | _PLACE: "amman",
        _TIME | _PLACE: "jordan",
    },
    "Asia/Jerusalem": {
        _CLOCK: "tel aviv",
        _TIME: "israel|jerusalem",
    },
    "Asia/Qatar": {
        _CLOCK: "doha",
        _TIME: "qatar",
    },
    "Asia/Riyadh": {
        _CLOCK | _PLACE: "riyadh",
        _CLOCK: "riad|riyad",
        _TIME: "saudi",
    },
    # "3pm PK time", "10.30am (also SL time)": a country's short name before "time", as "SG
    # time" and "HK time" are written.
    "Asia/Karachi": {
        _CLOCK: "karachi",
        _TIME: "pakistan|pk",
    },
    "Asia/Colombo": {
        _CLOCK: "colombo",
        _TIME: "sri lanka|sri lankan|sl",
    },
    "Asia/Kolkata": {
        _CLOCK | _PLACE: "mumbai",
        _TIME | _PLACE: "india|delhi|bangalore|bengaluru",
        _PLACE: "new delhi",
        _CLOCK: "kolkata",
    },
    "Asia/Tehran": {
        _CLOCK | _PLACE: "tehran|teheran",
        _TIME: "iran",
        _CLOCK: "téhéran|teherán|teerão|teherã|teheraner zeit",
    },
    "Asia/Kathmandu": {
        _CLOCK: "kathmandu|katmandu|katmandú|katmandou",
        _TIME: "nepal",
    },
    "Asia/Singapore": {
        _CLOCK | _PLACE: "singapore",
        _TIME: "sg",
    },
    "Asia/Manila": {
        _CLOCK: "manila",
        _TIME: "philippine|philippines",
    },
    "Asia/Jakarta": {
        _CLOCK: "jakarta|yakarta|giacarta|jacarta",
        _TIME: "indonesia",
    },
    "Asia/Kuala_Lumpur": {
        _CLOCK: "kuala lumpur",
        _TIME: "kl|malaysia",
    },
    "Asia/Bangkok": {
        _CLOCK: "bangkok",
        _TIME: "thailand",
    },
    # One clock for the whole country, so "hora de Vietnam", "heure du Vietnam" and the bare
    # "hora Vietnam" name it as surely as "Vietnam time" (replies_blind84 a07).
    "Asia/Ho_Chi_Minh": {
        _WORDS: "vietnam",
        _CLOCK: "hora vietnam|hora vietnamita|heure vietnamienne|ora vietnamita|vietnamesische zeit"
            "|vietnamese tijd|horário do vietnã|hora do vietnã|hanoi|hà nội|saigon|sài gòn",
    },
    "Asia/Hong_Kong": {
        _CLOCK | _PLACE: "hong kong",
        _CLOCK: "hongkong",
        _TIME: "hk",
    },
    "Asia/Shanghai": {_PLACE: "shanghai|beijing"},
    "Asia/Tokyo": {
        _CLOCK | _PLACE: "tokyo",
        _TIME | _PLACE: "japan",
        _CLOCK: "tokio|tóquio",
    },
    "Asia/Seoul": {
        _CLOCK: "seoul|séoul|seúl|seul",
        _TIME: "korea",
    },
    "Australia/Sydney": {
        _CLOCK | _PLACE: "sydney",
        # "(Australian Eastern Daylight Time)", as calendars write it: not New York's Eastern.
        _CLOCK: "australian eastern",
        _WORDS | _PLACE: "canberra",
        _PLACE: "new south wales",
    },
    # An island of New South Wales whose clock moves half an hour, not one.
    "Australia/Lord_Howe": {_WORDS | _PLACE: "lord howe island|lord howe"},
    "Australia/Darwin": {_WORDS: "darwin"},
    "Australia/Melbourne": {_CLOCK | _PLACE: "melbourne"},
    "Australia/Brisbane": {
        _CLOCK | _PLACE: "brisbane",
        _TIME | _PLACE: "queensland",
        _PLACE: "gold coast|cairns|townsville",
    },
    "Australia/Hobart": {_WORDS | _PLACE: "hobart|tasmania"},
    "Australia/Adelaide": {
        _CLOCK | _PLACE: "adelaide",
        _CLOCK: "adelaida|adélaïde|adelaïde|australian central",
    },
    "Australia/Perth": {_CLOCK | _PLACE: "perth", _CLOCK: "australian western"},
    "Pacific/Auckland": {
        _CLOCK | _PLACE: "new zealand|auckland|wellington",
        _PLACE: "christchurch|aotearoa",
        _CLOCK: "nz",
    },
    "Pacific/Fiji": {_PLACE: "suva|fiji"},
    "Pacific/Tongatapu": {_PLACE: "nuku'alofa|tonga"},
    "Pacific/Apia": {_PLACE: "apia|samoa"},
    "Pacific/Port_Moresby": {_PLACE: "port moresby|papua new guinea"},
    "Pacific/Noumea": {_PLACE: "noumea|nouvelle-caledonie|new caledonia"},
}  # fmt: skip


def _said(how: _Said) -> list[tuple[str, str]]:
    """(name, clock) for each name of ``_CLOCK_NAMES`` that may be said ``how``."""
    return [
        (name, tz)
        for tz, ways in _CLOCK_NAMES.items()
        for said, names in ways.items()
        if how in said
        for name in names.split("|")
    ]


ZONE_NAMES: dict[str, str] = {
    **dict(_said(_CLOCK)),
    **{f"{name} time": tz for name, tz in _said(_TIME)},
    **{form.format(name): tz for name, tz in _said(_WORDS) for form in _WORDS_FOR_TIME},
}
PLACE_ZONES: dict[str, str] = {unaccented(name): tz for name, tz in _said(_PLACE)}
# The North American clocks by their region alone: "2 pacific" after a bare hour, "10am Central
# it is", "2pm Eastern, right?".
REGION_CLOCKS = r"(?:pacific|mountain|central|eastern|atlantic|alaska)"
# "or" in the seven languages: a word that joins a list of times, not one that offers them.
OR_WORDS = frozenset({"or", "ou", "o", "oder", "oppure", "of"})
# A region's code after a city ("Phoenix, AZ", "Regina, SK", "Surry Hills NSW 2010"), by the
# clock the region keeps; ``None`` for a US state of two clocks ("Austin, TX", "Tampa, FL"),
# which still marks the line as a US address.
REGION_CODES: dict[str, str | None] = {
    **dict.fromkeys(("AZ",), "America/Phoenix"),
    **dict.fromkeys(("WA", "CA", "NV"), "America/Los_Angeles"),
    **dict.fromkeys(("CO", "UT", "NM", "WY", "MT"), "America/Denver"),
    **dict.fromkeys(("IL", "MN", "WI", "IA", "MO", "AR", "AL", "MS", "OK"), "America/Chicago"),
    **dict.fromkeys(
        ("NY", "NJ", "PA", "MA", "CT", "RI", "VT", "NH", "ME", "MD", "DE", "DC", "VA", "WV",
         "NC", "SC", "GA", "OH"),
        "America/New_York",
    ),
    "HI": "Pacific/Honolulu",
    **dict.fromkeys(("TX", "FL", "ID", "OR", "KS", "NE", "ND", "SD", "KY", "TN", "IN", "MI",
                     "AK"), None),
    "BC": "America/Vancouver", "AB": "America/Edmonton", "SK": "America/Regina",
    "MB": "America/Winnipeg", "ON": "America/Toronto", "QC": "America/Toronto",
    "NS": "America/Halifax", "NSW": "Australia/Sydney", "ACT": "Australia/Sydney",
    "VIC": "Australia/Melbourne", "QLD": "Australia/Brisbane", "TAS": "Australia/Hobart",
    "SA": "Australia/Adelaide", "NT": "Australia/Darwin",
}  # fmt: skip

# The clocks of a country by its mail domain's last label ("kai@firma.de", "ana@empresa.com.br"):
# a hint of where the sender sits, not their word for it. Chile's Magallanes (Punta Arenas, on
# -03:00 all year) is left out: "@x.cl" from -03:00 in March is read as Santiago's summer clock.
DOMAIN_ZONES: dict[str, tuple[str, ...]] = {
    "de": ("Europe/Berlin",), "fr": ("Europe/Paris",), "it": ("Europe/Rome",),
    "nl": ("Europe/Amsterdam",), "be": ("Europe/Brussels",), "at": ("Europe/Vienna",),
    "ch": ("Europe/Zurich",), "se": ("Europe/Stockholm",), "dk": ("Europe/Copenhagen",),
    "pl": ("Europe/Warsaw",), "cz": ("Europe/Prague",), "ie": ("Europe/Dublin",),
    "uk": ("Europe/London",), "es": ("Europe/Madrid", "Atlantic/Canary"),
    "pt": ("Europe/Lisbon", "Atlantic/Azores"), "ng": ("Africa/Lagos",), "ao": ("Africa/Luanda",),
    "cl": ("America/Santiago", "Pacific/Easter"), "ar": ("America/Argentina/Buenos_Aires",),
    "br": ("America/Sao_Paulo", "America/Bahia", "America/Fortaleza", "America/Recife",
           "America/Belem", "America/Manaus", "America/Cuiaba", "America/Campo_Grande",
           "America/Porto_Velho", "America/Rio_Branco", "America/Noronha"),
    "mx": ("America/Mexico_City", "America/Monterrey", "America/Merida", "America/Cancun",
           "America/Chihuahua", "America/Hermosillo", "America/Mazatlan", "America/Tijuana",
           "America/Ciudad_Juarez", "America/Matamoros", "America/Ojinaga"),
    "co": ("America/Bogota",), "pe": ("America/Lima",),
    "ec": ("America/Guayaquil", "Pacific/Galapagos"),
    "au": ("Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Adelaide",
           "Australia/Darwin", "Australia/Perth", "Australia/Hobart", "Australia/Lord_Howe"),
    "nz": ("Pacific/Auckland", "Pacific/Chatham"),
    "in": ("Asia/Kolkata",), "jp": ("Asia/Tokyo",), "ph": ("Asia/Manila",),
}  # fmt: skip

# Public holidays kept on a counted weekday of a month, a day that differs by country (and by
# state in Australia): (month, weekday, which one), by the clocks of the places keeping it so.
US_CLOCKS = frozenset(
    {"America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
     "America/Los_Angeles", "America/Anchorage", "America/Detroit", "America/Boise",
     "America/Indiana/Indianapolis", "Pacific/Honolulu"}
)  # fmt: skip
_CANADA_CLOCKS = frozenset(
    {"America/Toronto", "America/Vancouver", "America/Edmonton", "America/Winnipeg",
     "America/Regina", "America/Halifax", "America/St_Johns"}
)  # fmt: skip
COUNTED_HOLIDAYS: dict[str, tuple[tuple[frozenset[str], tuple[int, int, int]], ...]] = {
    "labour": (
        (frozenset({"Pacific/Auckland", "Pacific/Chatham"}), (10, 0, 4)),
        (US_CLOCKS | _CANADA_CLOCKS, (9, 0, 1)),
        (frozenset({"Australia/Sydney", "Australia/Adelaide"}), (10, 0, 1)),
        (frozenset({"Australia/Melbourne", "Australia/Hobart"}), (3, 0, 2)),
        (frozenset({"Australia/Brisbane"}), (5, 0, 1)),
        (frozenset({"Australia/Perth"}), (3, 0, 1)),
    ),
    "thanksgiving": ((US_CLOCKS, (11, 3, 4)), (_CANADA_CLOCKS, (10, 0, 2))),
}


def zone(name: str) -> tzinfo:
    """The zone for an IANA name, or UTC for the names we map to it."""
    return UTC if name == "UTC" else ZoneInfo(name)


def fixed_offset(sign: str, hours: int, minutes: int) -> tzinfo:
    """A fixed zone such as the one in "UTC+2" or "GMT-05:30"."""
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(-delta if sign in "-−" else delta)


# Words as thumbs type them on a phone, and the words every table of the reader knows: "tmrw
# 8am?", "nxt tues", "cant this wk", "thurs at 3 doesnt work". Not "dont" (French: "le projet
# dont je parle") nor "im" (German and Dutch "in the").
_SHORTHAND = {
    "tmrw": "tomorrow", "tmw": "tomorrow", "tmr": "tomorrow", "tmro": "tomorrow",
    "tmrow": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow", "2mrw": "tomorrow",
    "tomoro": "tomorrow", "tomorow": "tomorrow", "tommorow": "tomorrow", "tommorrow": "tomorrow",
    "2day": "today", "tonite": "tonight", "2nite": "tonight",
    "nxt": "next", "wk": "week", "wks": "weeks",
}  # fmt: skip
_SHORT_WORD = re.compile(rf"(?<![\w/@.-])({'|'.join(_SHORTHAND)})(?![\w/@-])", re.IGNORECASE)
_BARE_NOT = re.compile(
    r"\b(ca|does|did|is|are|was|were|could|would|should|have|has|had|wo|must|need)nt\b",
    re.IGNORECASE,
)


# "fri am", "tomorrow pm": a half of the day, not a clock ("fri am works" to the user's Friday
# 10am is a part of the day that holds the user's time, as "Friday morning works" is).
_DAY_HALF = re.compile(
    rf"\b({ENGLISH_DAYS}|{'|'.join(sorted(WEEKDAY_ABBREVIATIONS, key=len, reverse=True))}"
    r"|today|tomorrow)([ \t]+)([ap])m\b(?!\.)",
    re.IGNORECASE,
)
_HALVES = {"a": "morning", "p": "afternoon"}
# "tues 26 @ 10", "fri @ 3pm": "@" for "at" typed on a phone, after a day (alone, "2 units @ 10"
# is a price).
_DAY_AT_SIGN = re.compile(
    rf"\b((?:{ENGLISH_DAYS}|{'|'.join(sorted(WEEKDAY_ABBREVIATIONS, key=len, reverse=True))}"
    r"|today|tomorrow)\.?(?:[ \t]+(?:the[ \t]+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)?)"
    r"[ \t]*@[ \t]*(?=(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?(?![\d@.]))",
    re.IGNORECASE,
)


EMAIL = re.compile(r"[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
# "Dr Siti Rahman", "Dott.ssa Giulia Neri", "Herr Jan Roth": a title before a person's name is no
# part of the name a referral keeps (the dot optional: "Dr" and "Dr." alike).
PERSON_TITLE = (
    r"(?:Dr|Dra|Prof|Professor|Mr|Mrs|Ms|Mme|Mlle|Herr|Herrn|Frau|Sr|Sra|Srta|Sig|Sig\.ra|Dott"
    r"|Dott\.ssa|Ing|Mag)\.?"
)
# How a link starts: a scheme, or a bare "www." typed without one.
URL_START = r"(?:https?://|www\.)"
# A link, to take out of the words around it: what it spells is no word, no question mark and
# no number of the sender's, and it counts for no length. The "<" a mailer writes around a link
# ("<https://…>") goes with it. ``links`` finds a link to open with its own stricter pattern.
URL = re.compile(rf"<?{URL_START}\S+", re.IGNORECASE)


def _names_spelled_by_addresses(text: str) -> str:
    """``text`` with a lower-case name capitalised where a later address spells that name.

    Typed on a phone, "talk to kim lavoie … kim.lavoie@…" names a person as surely as
    "Kim Lavoie": the address "first.last@" says the two words are a first and a last name.
    """
    for found in EMAIL.finditer(text):
        parts = found.group(0).split("@")[0].split(".")
        if len(parts) != 2 or not all(part.isalpha() and len(part) > 1 for part in parts):
            continue
        name = re.compile(rf"\b{re.escape(parts[0])}[ \t]+{re.escape(parts[1])}\b")
        before = name.sub(lambda m: m.group(0).title(), text[: found.start()])
        text = before + text[found.start() :]
    return text


# Pet names that share no three letters in a row with the name they stand for ("Peggy" for
# Margaret, "Jack" for John, "Lola" for Dolores): a greeting on one of them may still be to the
# user, whose envelope shows the full name. Those that keep a piece of it ("Toni", "Nacho",
# "Liz") are tied to it by those letters already; some common ones are listed anyway.
FAR_NICKNAMES = frozenset(
    {"peggy", "meg", "maggie", "daisy", "polly", "molly", "mamie", "patsy", "jack", "jock",
     "jim", "jimmy", "hank", "hal", "harry", "ned", "sasha", "shura", "pepe", "chema", "paco",
     "pancho", "nacho", "lupe", "concha", "chus", "chucho", "quique", "kike", "juanjo", "xavi",
     "beppe", "pino", "toto", "gigi", "bice", "zeca", "chico", "guga", "hans", "jan", "sepp",
     "ilse", "liesel", "lies", "kurt", "bob", "bobby", "bill", "billy", "dick", "rick", "ted",
     "teddy", "ed", "sally", "sukey", "gus", "kit", "chuck", "bert", "wim", "jaap", "kees",
     "joop", "liz", "beth", "betty", "bess", "kate", "kitty", "kay", "jenny", "jen", "dolly",
     "nan", "nancy", "nell", "peg", "biddy", "fanny", "trixie", "tess", "tessa", "lola",
     "charo", "memo"}
)  # fmt: skip


# "u shd talk to my cousin hamza malik hes at k-electric": typed all in lower case on a phone, the
# person sent to has no capitals. Only advice to the user ("you should talk to", "talk to"
# opening the sentence), to someone of the sender's own circle, and two words after it that are
# no common word ("talk to my manager and get back to you", "my cousin about it" name no one).
_NOT_A_NAME = (
    "a|about|after|again|also|am|an|and|any|are|as|asap|at|back|bc|because|before|but|by|can"
    "|cause|cos|coz|could|did|directly|do|does|first|for|from|get|go|got|had|has|have|he|her"
    "|here|hes|him|his|how|i|id|if|ill|im|in|instead|into|is|it|its|ive|just|know|knows|later"
    "|like|lol|maybe|me|more|my|next|not|now|of|ok|on|or|our|over|pls|plz|re|runs|she|shes"
    "|since|so|some|sometime|soon|that|the|their|them|then|there|they|this|tho|though|to"
    "|today|tomorrow|tonight|too|u|ur|via|was|we|week|well|what|when|where|which|who|whos|why"
    "|will|with|works|would|yet|you|your|first|asap|abt|btw|directly|right|instead|pretty"
    "|colleague|coworker|friend|cousin|brother|sister|manager|boss|mate|partner|wife|husband"
)
_LOWER_NAME_WORD = rf"(?!(?:{_NOT_A_NAME})\b)[a-z]{{2,}}"
_CIRCLE_NAME = (
    r"(?:my|our) (?:cousin|brother|sister|friend|mate|buddy|colleague|coworker|co-worker|teammate"
    r"|boss|manager|partner|wife|husband|uncle|aunt|neighbou?r|(?:sister|brother)-in-law) "
    rf"(?P<name>{_LOWER_NAME_WORD} {_LOWER_NAME_WORD})\b"
)
_ADVISED_TO_CIRCLE = re.compile(
    r"(?:\b(?:you|u|ya) (?:should|shd|shud|shld|could|cud|might|can|need to|gotta|must|wanna"
    r"|want to) (?:(?:def|defo|definitely|really|prob|probably|just|totally) )?"
    r"|(?:^|(?<=[.!?] )|(?<=\n))(?:(?:pls|please|just|def|defo|honestly|maybe|hi \w+) )*)"
    rf"(?:talk|speak|chat) (?:to|with) {_CIRCLE_NAME}"
)
# "my mate josh kerr at the children's hospital made the jump - look him up, tell him i sent
# you": the same person of the sender's circle, no advice to talk before the name but the user
# sent on to them later in the sentence ("my mate josh kerr said so too" sends no one).
_CIRCLE_SENT_ON = re.compile(
    rf"{_CIRCLE_NAME}(?=.*\b(?:(?:tell|let) (?:him|her|them) (?:that )?i sent you|say i sent you"
    r"|(?:mention|drop|use) my name|look (?:him|her|them) up)\b)"
)
_SENTENCE = re.compile(r"[^.!?\n]+")


def _names_after_advice(text: str, advice: re.Pattern[str]) -> str:
    """``text`` with a lower-case name capitalised where ``advice`` names it.

    The advice sends the user to the sender's own cousin, friend or colleague, in a sentence
    that has no capital at all.
    """
    for sentence in _SENTENCE.finditer(text):
        words = sentence.group(0)
        if any(c.isupper() for c in words):
            continue
        for found in advice.finditer(words):
            at = sentence.start() + found.start("name")
            text = text[:at] + found["name"].title() + text[at + len(found["name"]) :]
    return text


# The certainty checks spell out the same reply text again and again.
@lru_cache(maxsize=8)
def spelled_out(text: str) -> str:
    """``text`` with phone shorthand spelled out, dropped apostrophes and capitals restored."""
    if "@" in text:
        text = _DAY_AT_SIGN.sub(r"\1 at ", _names_spelled_by_addresses(text))
    # Each pattern runs only where its letters occur: replies can be megabytes of anything.
    lower = text.lower()
    if "talk" in lower or "speak" in lower or "chat" in lower:
        text = _names_after_advice(text, _ADVISED_TO_CIRCLE)
    if "sent you" in lower or "my name" in lower or "look " in lower:
        text = _names_after_advice(text, _CIRCLE_SENT_ON)
    if any(short in lower for short in _SHORTHAND):
        text = _SHORT_WORD.sub(lambda m: _SHORTHAND[m[1].lower()], text)
    if "am" in lower or "pm" in lower:
        text = _DAY_HALF.sub(lambda m: m[1] + m[2] + _HALVES[m[3].lower()], text)
    return _BARE_NOT.sub(r"\1n't", text) if "nt" in lower else text


# Someone the sender works with: the yes or the free time may be theirs.
SOMEONE_AT_WORK = (
    r"(?:colleague|co-?worker|manager|boss|co-?founder|cofounder|founder|partner|team ?lead"
    r"|team|lead|assistant|ceo|cto|director|associate|supervisor|husband|wife"
    r"|coll[eè]gue|associée?|chef(?:fe)?|responsable|directeur|directrice|assistante?"
    r"|compañer[oa]|jef[ea]|soci[oa]|colega|director[a]?|asistente"
    r"|kolleg(?:e|in|en)|chef(?:in)?|vorgesetzte[rn]?|partner(?:in)?|assistent(?:in)?"
    r"|collega|capo|responsabile|socio|assistente"
    r"|chefe|sócio|sócia|gerente"
    r"|baas|leidinggevende|collega's|assistent)"
)
POSSESSIVE = (
    r"(?:my|our|ma|mon|mes|notre|nos|mi|mis|nuestr[oa]|mein(?:e[mnr]?)?|unser(?:e[mnr]?)?"
    r"|il mio|la mia|al mio|alla mia|del mio|della mia|mio|mia"
    r"|(?:o |a |para (?:o |a )?)?(?:meu|minha)"
    r"|mijn|onze)"
)
# Words that name what a clock in their clause is about when it is not the meeting: travel,
# deadlines and launches, events with their own time, other people's meetings, leave, and the
# mail itself. Only words that do not name a call or a meeting between two people.
OTHER_EVENT = re.compile(
    # Travel: "I land", "my flight", "the 6:10am Acela", "red-eye", "arriving".
    # "land" alone is also "fall within" ("should land inside your window"): a plane's or a
    # person's landing only ("ik land" in Dutch).
    r"\b(?:(?:I|we|ik|I['’]ll|we['’]ll|plane|flight)[ \t]+lands?|landing|landed"
    r"|flights?|fly(?:ing)?|flies|red-?eye|trains?|Acela|Eurostar"
    r"|arriv(?:e|es|ing|al)|depart(?:s|ing|ure)?|boarding"
    r"|atterri\w*|mon vol|le vol|train de|décoll\w*"
    r"|aterri[zc]\w*|vuelo|tren|llego|salgo"
    r"|land(?:e|et|en|ung)|Flug|fliege\w*|Zug|Abflug|Ankunft"
    r"|atterr\w*|volo|treno|parto|arrivo"
    r"|aterr\w*|chego|voo|comboio|trem"
    r"|vlucht|vlieg\w*|trein|vertrek\w*|aankomst"
    # Deadlines, launches, closes, maintenance.
    r"|deadline|launch(?:es|ing)?|go-?live|quarter closes|maintenance"
    r"|date limite|rendu|lancement|clôture"
    r"|plazo|entrega|lanzamiento|cierre"
    r"|Abgabe|Frist|Launch|Stichtag|Wartung"
    r"|scadenza|consegna|lancio|chiusura"
    r"|prazo|lançamento|fecho|encerramento"
    r"|lancering|oplevering|sluiting"
    # Events with their own time: a webinar, a keynote, a panel, a mixer.
    r"|webinar\w*|webinaire|keynote|panel|summit|all-?hands|stand-?up|team ?sync|board meets"
    r"|school run|happy hour|mixer|team lunch|offsite|conference(?! call)|conférence|comité"
    # A team's fixed ceremonies ("I have sprint review at 8").
    r"|sprint[ \t-]+(?:review|planning|demo)|retrospective"
    r"|point d['’]équipe"
    r"|reunión de equipo|Teamcall|Teammeeting|riunione di team|reunião de equipa|teamoverleg"
    # A board meeting as Chileans and Brazilians name it ("el jueves a las 15 tengo directorio").
    r"|directorio|reunião de diretoria"
    # The sender's own appointments given as the reason a time is out: "fri 10 at 3pm ET I
    # have the dentist", "I've a standing 1:1 then".
    r"|dentist|doctor['’]s|dentista|dentiste|tandarts|huisarts"
    # ("a standing call 4-5pm" bounds offers "just after my call": a call is left out.)
    r"|standing[ \t]+(?:1:1|one-on-one)"
    # Leave starting at a clock ("je pars en congé vendredi à 18h").
    r"|congé|vacaciones|Urlaub|ferie|férias|vakantie"
    # The mail itself, sent at a clock ("sorry for the 6am email", "Je vous écris à 6h", "la
    # mail alle 5 del mattino"), not a mail still to send ("I'll email you the invite").
    r"|(?:e-?mail|mail|correo|courriel)[ \t]+(?:at|à|a las|um|alle|às|om)"
    r"|sent (?:this )?at|je vous écris à|stuur dit om)\b"
    r"|\d(?:[ap]\.?m)?[ \t]+(?:e-?mail|mail)\b"
    # Someone else's meeting: "my boss has …", "mi jefe tiene …", "mijn manager heeft …".
    rf"|\b{POSSESSIVE}\s+{SOMEONE_AT_WORK}\s+(?:has|hat|tiene|ha|tem|heeft|a)\b"
    # The sender's short day ("Fridays we close at noon", "le vendredi on ferme à midi", "il
    # venerdì chiudiamo alle 13"): the hour the office shuts, no time offered.
    r"|\b(?:we|office)[ \t]+(?:close|closes|shuts?)\b|\bon[ \t]+ferme|\bnous[ \t]+fermons"
    r"|\b(?:cerramos|chiudiamo|fechamos)\b|\bzijn[ \t]+we[ \t]+(?:\w+[ \t]+){0,3}dicht"
    r"|\bsluiten[ \t]+we|\bFeierabend|\bnur[ \t]+bis[ \t]+\d{1,2}[ \t]+Uhr[ \t]+geöffnet"
    # Another meeting that was moved ("my 1:1 was moved to 2pm", "mein Termin wurde auf 14 Uhr
    # verschoben", "la réunion a été déplacée à 14h"): its new clock is no offer. Our own
    # meeting is moved in the active voice ("can we move it to …").
    r"|\b(?:was|got|has[ \t]+been|'s[ \t]+been|had[ \t]+been)[ \t]+(?:moved|pushed|shifted"
    r"|rescheduled|bumped)|\bwurde[ \t]+(?:[^\W\d]+[ \t]+|\d{1,2}[ \t]+Uhr[ \t]+){0,4}verschoben"
    r"|\ba[ \t]+été[ \t]+(?:déplacée?s?|décalée?s?|avancée?s?|repoussée?s?)"
    r"|\b(?:se[ \t]+ha[ \t]+movido|se[ \t]+movió|me[ \t]+(?:cambiaron|movieron)|ha[ \t]+sido"
    r"[ \t]+(?:movid|cambiad|aplazad)[oa])|\b(?:è|sono)[ \t]+stat[aoie][ \t]+(?:spostat|anticipat"
    r"|posticipat)[aoie]|\bfoi[ \t]+(?:adiad|mudad|remarcad|antecipad)[oa]"
    r"|\b(?:is|werd)[ \t]+(?:\w+[ \t]+){0,3}?(?:verschoven|verplaatst)\b",
    re.IGNORECASE,
)
# "Join our live webinar Thursday at 2pm! Register now.": the reader asked to come at that time,
# which other rules weigh (a newsletter, an invitation beside other words), not a schedule.
INVITED_TO_EVENT = re.compile(
    r"\b(?:join|register|sign up|rejoignez|inscrivez|únete|únase|regístrate|melden Sie sich an"
    r"|iscriviti|unisciti|inscreva-se|junte-se|meld je aan|schrijf je in)\b",
    re.IGNORECASE,
)


class Joins(NamedTuple):
    """What joins a "before" or "after" word to what it bounds, as a pattern."""

    # An event noun: "avant mon comité", "después de la reunión", "prima della call"; None where
    # no event is read so.
    event: str | None
    # A clock: "après 14h", "después de las 3", "antes das 10"; None where no clock is read so.
    clock: str | None


_BARE = Joins("", "")
# "Before" and "after" in the seven languages. The Spanish, Portuguese and Italian words take a
# "de"/"di" and an article, which before a clock is the hour's ("de las", "das", "delle", "le").
# "após" bounds only a clock here ("após as 15h"): "após a reunião" is not read as an event.
BEFORE_WORDS: dict[str, Joins] = {
    "before": _BARE, "ahead of": Joins("", None), "avant": _BARE,
    "antes": Joins(r"(?:[ \t]+de)?", r"[ \t]+(?:del?|das?|do)(?:[ \t]+las)?"),
    "vor": _BARE, "prima": Joins(r"[ \t]+d\w*", r"[ \t]+(?:di|delle)"), "voor": _BARE,
}  # fmt: skip
AFTER_WORDS: dict[str, Joins] = {
    "after": _BARE, "après": _BARE, "después": Joins(r"[ \t]+de", r"[ \t]+de[ \t]+las"),
    "nach": _BARE, "dopo": Joins("", r"[ \t]+le"), "depois": Joins(r"[ \t]+d[aeo]s?", r"[ \t]+das"),
    "após": Joins(None, r"[ \t]+as"), "na": _BARE,
}  # fmt: skip


def bounding(words: dict[str, Joins], *, clock: bool) -> str:
    """The words, each with what joins it to a clock (``clock``) or to an event noun."""
    joined = ((w, j.clock if clock else j.event) for w, j in words.items())
    return "|".join(w.replace(" ", r"[ \t]+") + tail for w, tail in joined if tail is not None)


# A meeting's length spelled out, as "20 min" writes it in figures: "vingt minutes", "zwanzig
# Minuten", "a quarter of an hour", "une demi-heure". The counts before a word for minutes:
SPELLED_MINUTES: dict[str, int] = {
    "ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25, "twenty five": 25, "thirty": 30,
    "forty": 40, "forty-five": 45, "forty five": 45, "sixty": 60, "ninety": 90,
    "dix": 10, "quinze": 15, "vingt": 20, "vingt-cinq": 25, "vingt cinq": 25, "trente": 30,
    "quarante": 40, "quarante-cinq": 45, "quarante cinq": 45, "soixante": 60,
    "zehn": 10, "fünfzehn": 15, "zwanzig": 20, "fünfundzwanzig": 25, "dreißig": 30,
    "dreissig": 30, "vierzig": 40, "fünfundvierzig": 45, "sechzig": 60, "neunzig": 90,
    "diez": 10, "quince": 15, "veinte": 20, "veinticinco": 25, "treinta": 30, "cuarenta": 40,
    "cuarenta y cinco": 45, "sesenta": 60, "noventa": 90,
    "dieci": 10, "quindici": 15, "venti": 20, "venticinque": 25, "trenta": 30, "quaranta": 40,
    "quarantacinque": 45, "sessanta": 60, "novanta": 90,
    "dez": 10, "vinte": 20, "vinte e cinco": 25, "trinta": 30, "quarenta": 40,
    "quarenta e cinco": 45, "sessenta": 60,
    "tien": 10, "vijftien": 15, "twintig": 20, "vijfentwintig": 25, "dertig": 30,
    "veertig": 40, "vijfenveertig": 45, "zestig": 60, "negentig": 90,
}  # fmt: skip
# The words for minutes those counts take (French and English share "minutes").
MINUTE_WORDS = r"(?:minutes|minute|mins|min|minutos|minuto|Minuten|minuti|minuut)"
# An hour's half or quarter as the length: no count of minutes is written.
HOUR_PARTS: dict[str, int] = {
    "half an hour": 30, "half-hour": 30, "a quarter of an hour": 15, "quarter of an hour": 15,
    "une demi-heure": 30, "une demi heure": 30, "un quart d'heure": 15, "un quart d’heure": 15,
    "eine halbe stunde": 30, "eine viertelstunde": 15, "einer halben stunde": 30,
    "media hora": 30, "un cuarto de hora": 15, "mezz'ora": 30, "mezz’ora": 30, "mezzora": 30,
    "un quarto d'ora": 15, "un quarto d’ora": 15, "meia hora": 30, "um quarto de hora": 15,
    "een half uur": 30, "een halfuur": 30, "een kwartier": 15, "half uur": 30,
}  # fmt: skip

# "passar a nossa conversa de segunda para terça": Portuguese moves the meeting with "passar"
# when the meeting is its object; alone "passar" is also to pass up a chat ("vou ter de passar").
MOVE_THE_MEETING_PT = (
    r"(?<!ter de )(?<!ter que )pass(?:ar|amos)\s+(?:[ao]\s+)?"
    r"(?:(?:nossa|nosso|essa|esse|esta|este)\s+)?(?:conversa|reunião|chamada|call|encontro|papo|café)\b"
)


# Round 69 I: the words of four kinds of answer, in the seven languages (regex sources; the
# reader's cue builder makes them case-blind and reads either apostrophe).

# "I've decided not to take these requests for now", "heb besloten daar voorlopig niet op in te
# gaan", "habe beschlossen, solche Anfragen vorerst nicht anzunehmen": a decision against the
# kind of request, its object a kind of request or "it" (never a day: "decided not to take the
# Thursday slot" turns one time down). Only adverbs of the moment may come between.
_FOR_THE_MOMENT = (
    r"(?:(?:vorerst|vorläufig|derzeit|momentan|aktuell|zunächst|erst einmal|bis auf Weiteres"
    r"|daher|deshalb|voorlopig|momenteel|even|dus|daarom) )"
)
DECIDED_AGAINST_REQUESTS = (
    r"decided (?:not to|to stop|to no longer) (?:take|taking|accept|accepting|do|doing)(?: on)?"
    r" (?:(?:these|such)(?=[ \t]*(?:[.,;!]|for now|$))|(?:any more|any new|new|more|this kind of"
    r"|these kinds of|that kind of|these|such) (?:[\w-]+ )?(?:requests|calls|chats|meetings"
    r"|interviews)\b)"
    r"|(?:beschlossen|entschieden),? (?:(?:darauf|solche[n]? (?:Anfragen|Gespräche|Termine)"
    rf"|diese[n]? (?:Anfragen|Gespräche)) )?{_FOR_THE_MOMENT}{{0,2}}(?:nicht mehr|nicht|keine"
    r"(?: solchen)? (?:Anfragen|Gespräche|Termine)(?: mehr)?) (?:darauf |mehr )?(?:einzugehen"
    r"|anzunehmen|zu (?:führen|machen|übernehmen))"
    rf"|besloten (?:om )?(?:(?:daar|hier|er) )?{_FOR_THE_MOMENT}{{0,2}}(?:niet (?:meer )?op in te"
    r" gaan|geen (?:(?:zulke|dit soort|dat soort|nieuwe) )?(?:verzoeken|gesprekken|afspraken)"
    r"(?: meer)? (?:aan te nemen|te doen|in te plannen))"
    r"|décidé de ne (?:plus|pas) (?:y )?(?:donner suite|accepter (?:ce (?:genre|type) de"
    r"|de nouvelles|les|ces)|prendre (?:ce (?:genre|type) d|de nouveaux|ces))"
    r"|decidido (?:no|dejar de) (?:aceptar|atender|tomar|dar curso a) (?:más |este tipo de |estas"
    r" |nuevas |ese tipo de )(?:[\w-]+ )?(?:solicitudes|peticiones|llamadas|charlas|reuniones"
    r"|entrevistas)"
    r"|deciso di non (?:accettare|prendere|fare) (?:più |questo tipo di |queste |nuove )"
    r"(?:[\w-]+ )?(?:richieste|chiamate|chiacchierate|colloqui|incontri)"
    r"|decidi(?:do)? (?:não|deixar de) (?:aceitar|atender|fazer) (?:mais |este tipo de |esse tipo"
    r" de |estes |esses |novos |novas )(?:[\w-]+ )?(?:pedidos|solicitações|chamadas|conversas"
    r"|reuniões|entrevistas)"
)
# "Jonas Keller is the better person to ask", "ist mein Kollege … der bessere Ansprechpartner",
# "est un meilleur interlocuteur": someone else is the one to ask, the sender says so.
BETTER_CONTACT = (
    r"(?:the |a )?(?:better|best) (?:person|one) to (?:ask|talk to|speak to|speak with)"
    r"|(?:der |die )?(?:bessere|beste)r? Ansprechpartner(?:in)?"
    r"|(?:un |le |une |la )?meilleure? interlocut(?:eur|rice)"
    r"|(?:el |la )?mejor interlocutora?|(?:l')?interlocut(?:ore|rice) (?:migliore|più adatt[oa])"
    r"|(?:o |a )?melhor interlocutora?|(?:het )?(?:betere|beste) aanspreekpunt"
)
# "two people far better placed than me", "deux personnes bien mieux placées que moi": others
# set above the sender for what the user asked, in each language. Only "than me" with it: "better
# suited to remote work" compares nothing with the sender.
BETTER_PLACED_THAN_ME = (
    r"better (?:placed|suited|positioned|qualified) (?:than (?:me|I am|I|myself))"
    r"|mieux placée?s? que moi"
    r"|besser geeignet(?: (?:sind|ist|wären|wäre))? als ich"
    r"|mejor (?:situad|posicionad)[oa]s? que yo"
    r"|più (?:adatt|indicat)[oaie] di me"
    r"|mais (?:indicad|bem posicionad)[oa]s? (?:do )?que eu"
    r"|(?:beter geschikt|geschikter)(?: (?:zijn|is))? dan ik"
)
# "Write to them on my behalf", "N'hésitez pas à leur écrire de ma part", "Schreiben Sie ihnen
# gern in meinem Namen": the user told to write to the people just named, as the sender's
# contact. A verb of writing to them must come with it: "merci de ma part", "grüßen Sie sie in
# meinem Namen" hand nothing on.
WRITE_ON_MY_BEHALF = (
    r"(?:write to|e-?mail|contact|message|reach out to) (?:her|him|them)(?: both)? on my behalf"
    r"|(?:(?:leur|lui) écrire|écri(?:vez|s)-(?:leur|lui)|(?:les|la|le) contacter"
    r"|contacte[zr]?-(?:les|la|le))(?: (?:directement|simplement|donc))? de ma part"
    r"|(?:schreiben Sie|schreib|kontaktieren Sie) (?:ihnen|ihr|ihm|sie)"
    r"(?: (?:gerne?|ruhig|einfach|direkt))* in meinem Namen"
    r"|(?:ihnen|ihr|ihm|sie)(?: (?:gerne?|ruhig|einfach|direkt))* in meinem Namen (?:zu )?"
    r"(?:schreiben|kontaktieren|anschreiben|mailen)"
    r"|(?:escríbe(?:les|le)|escríba(?:les|le)|escribir(?:les|le)|contáctal[oa]s?|contáctel[oa]s?"
    r"|contactarl[oa]s?)(?: (?:directamente|tranquilamente))? de mi parte"
    r"|(?:scriv(?:ergli|erle|igli|ile)|scriv(?:ete|i|a|ere) loro|contattarl[oie]|contattal[oie]"
    r"|l[ie] contatti)(?: (?:pure|direttamente|tranquillamente))? da parte mia"
    r"|(?:escrev(?:er|a|e)-lhes?|escrev(?:er|a|e) (?:para|a) (?:el[ea]s?)|contactá-l[oa]s?"
    r"|contatá-l[oa]s?|contacte-[oa]s?|contate-[oa]s?)(?: (?:diretamente|à vontade))?"
    r" da minha parte"
    r"|(?:mail|schrijf|contacteer|benader) (?:ze|hen|haar|hem)(?: (?:gerust|maar|even|gewoon))*"
    r"(?: een (?:mailtje|berichtje|bericht))? namens mij"
    r"|(?:ze|hen|haar|hem)(?: (?:gerust|maar|even|gewoon))* namens mij (?:mailen|schrijven"
    r"|benaderen|contacteren)"
)
# "You can reach him at jonas@…", "Sie erreichen ihn unter …", "je kunt haar bereiken op …":
# the address of the person just named, handed over for the user to write to (a pronoun for
# them, never "me": "you can reach me at" is the sender's own address).
REACH_THEM_AT = (
    r"(?:you can|you could|feel free to|best to) (?:reach|contact|e-?mail) (?:her|him|them)"
    r"(?: directly)? (?:at|on|via)"
    r"|(?:Sie erreichen|du erreichst|erreichen Sie|erreichst du) (?:ihn|sie)(?: direkt| am besten)?"
    r" (?:unter|über)"
    r"|(?:vous pouvez|tu peux) (?:le|la|les) (?:joindre|contacter)(?: directement)?"
    r" (?:à|au|sur|via)"
    r"|(?:puedes|puede|podéis) (?:contactarl[oae]s?|escribirle|localizarl[oa])(?: directamente)?"
    r" (?:en|a)"
    r"|(?:puoi|può) (?:contattarl[oa]|scrivergli|scriverle|raggiungerl[oa])(?: direttamente)?"
    r" (?:a|al|su)(?: (?:l'|all')?indirizzo)?"
    r"|(?:podes|pode|você pode) (?:contactá-l[oa]|contatá-l[oa]|escrever-lhe)(?: diretamente)?"
    r" (?:em|no|pelo|para)"
    r"|(?:je kunt|u kunt|kun je|kunt u) (?:hem|haar) (?:bereiken|mailen)(?: direct)? (?:op|via)"
)
# "Thursday would have been perfect, but …", "jeudi aurait été parfait", "donderdag was perfect
# geweest": a yes in the unreal past, said of a time that is no longer to be had; it picks
# nothing.
UNREAL_YES = (
    r"(?:would|could)(?: have|'ve) been (?:(?:really|just|absolutely|so) )?(?:perfect|ideal"
    r"|great|good|fine|best)"
    r"|aurait été (?:\w+ )?(?:parfait|idéal)e?"
    r"|(?:habría|hubiera|hubiese) sido (?:\w+ )?(?:perfect|ideal)[oa]?"
    r"|sarebbe stat[oa] (?:\w+ )?(?:perfett[oa]|ideale)"
    r"|(?:teria|tinha) sido (?:\w+ )?(?:perfeit[oa]|ideal)"
    r"|wäre (?:\w+ )?(?:perfekt|ideal) gewesen|hätte (?:\w+ )?(?:perfekt |gut )?gepasst"
    r"|(?:was|zou) (?:\w+ )?(?:perfect|ideaal) (?:geweest|zijn geweest)"
)
# "None of this week worked", "aucun de vos créneaux ne me convient": every time the user
# offered turned down, in the languages where the reader's other cues do not say so.
NONE_OF_YOUR_TIMES = (
    r"none of (?:this|that|next) week(?:'s)?(?: (?:times|slots|options))?[^.?!\n]{0,20}"
    r" (?:work|works|worked|suit|suits|suited)"
    r"|aucun de (?:vos|tes) (?:créneaux|horaires) ne (?:me )?(?:convient|va)"
    r"|ninguno de (?:tus|sus) horarios me (?:va|viene)"
    r"|keiner (?:Ihrer|deiner) (?:Termine|Terminvorschläge|Zeitfenster) (?:passt|geht|klappt)"
    r"|nessuno dei (?:tuoi|suoi) orari (?:mi )?va"
    r"|nenhum dos (?:seus|teus) horários (?:me )?(?:serve|dá|funciona)"
    r"|geen van (?:je|jouw|uw) (?:tijden|tijdsloten|voorstellen) (?:past|lukt|komt)"
)
# "Drop me a note once I'm back", "écrivez-moi à mon retour", "melden Sie sich nach meiner
# Rückkehr": the user asked to write again when the absence is over.
WRITE_ONCE_BACK = (
    r"(?:write(?: to me)?|drop me a (?:note|line)|e-?mail me|ping me|get in touch|reach out)"
    r"(?: again)? (?:once|when|after) i'?m back"
    r"|(?:écrivez|écris|recontactez|relancez)-moi (?:à mon retour|quand je (?:serai|suis)"
    r" (?:de retour|rentrée?))"
    r"|(?:escríbeme|escríbame|contáctame|contácteme)(?: de nuevo)? (?:a mi (?:vuelta|regreso)"
    r"|cuando (?:vuelva|regrese))"
    r"|(?:melden Sie sich|schreiben Sie mir|melde dich|schreib mir)(?: gerne?| einfach)?"
    r"(?: wieder| nochmal| erneut)? (?:nach meiner Rückkehr|wenn ich (?:wieder )?zurück bin)"
    r"|(?:scrivimi|mi scriva|ricontattami|mi ricontatti)(?: pure)? (?:al (?:mio )?rientro"
    r"|quando (?:sarò tornat[oa]|torno|rientro))"
    r"|(?:escreva-me|escreve-me|me escreva|contacte-me)(?: de novo| novamente)? (?:quando (?:eu )?"
    r"voltar|no meu regresso|na volta)"
    r"|(?:mail|schrijf|stuur) me (?:gerust )?(?:opnieuw |weer |nog eens )?(?:als|wanneer|zodra) ik"
    r" (?:weer )?terug ben"
)
# "I'm in the office from Monday 13 June", "estoy en la oficina desde el lunes", "vanaf maandag
# weer op kantoor": the office named right before the day the sender is back from.
IN_THE_OFFICE_FROM = (
    r"(?:in the office|au bureau|en la oficina|im Büro|in ufficio|no escritório|op kantoor)[ \t,]+"
    r"(?:from|à partir du|dès le|desde|ab|da|dal|a partir d[eo]|vanaf)[ \t]+"
)
# "same time my end", "même heure pour vous": the side whose wall clock "same time" keeps, said
# right after it (a clock change between two days parts the two sides' clocks).
SAME_TIME_SENDERS_SIDE = (
    r"for me|(?:on )?my (?:time|end|side|clock)|here|pour moi|chez moi|chez nous|para mí|aquí"
    r"|acá|für mich|bei mir|bei uns|per me|da noi|para mim|aqui|cá|voor mij|bij mij|bij ons"
)
SAME_TIME_USERS_SIDE = (
    r"for you|(?:on )?your (?:time|end|side|clock)|pour vous|pour toi|chez vous|para ti"
    r"|para usted|für dich|für Sie|bei dir|bei Ihnen|Ihrer Zeit|per te|per voi|para você"
    r"|voor jou|voor u|bij jou|bij u|jullie tijd"
)
# "in principle", "en principe", "em princípio": a hedge on a yes, in each language.
IN_PRINCIPLE = (
    r"in principle|en principe|en principio|im Prinzip|grundsätzlich|in linea di massima"
    r"|in linea di principio|em princípio|em principio|in principe"
)
# "if anything changes", "si cambia algo", "se mudar alguma coisa": a change the sender will
# say, read as a mishap only with the word of it promised ("te aviso") or ending its clause ("if
# anything changes in the team I must ask them" waits on the team).
_IF_IT_CHANGES = (
    r"if (?:anything|something) changes|si (?:cambia algo|algo cambia)|si quelque chose change"
    r"|se (?:mudar|muda) (?:alguma coisa|algo)|se (?:cambia qualcosa|qualcosa cambia)"
    r"|falls sich (?:etwas|was) ändert|als er (?:iets|wat) verandert"
)
_WORD_OF_IT = (
    r"i['’]ll let you know|te (?:aviso|lo digo)|je (?:vous|te) (?:préviens|le dis)"
    r"|(?:te |lhe )?(?:aviso|digo)|ti (?:avviso|faccio sapere)|melde ich mich|sage ich Bescheid"
    r"|laat ik (?:het )?(?:je |u )?weten"
)
# "barring anything unforeseen", "sauf imprévu", "salvo algum imprevisto de última hora", "wenn
# nichts dazwischenkommt": a yes that holds unless a mishap comes, which waits on nothing.
BARRING_MISHAP = (
    r"barring (?:any(?:thing)? )?(?:unforeseen|surprises?|last[- ]minute (?:surprises?|changes?"
    r"|emergenc(?:y|ies)))|unless something (?:unexpected |urgent )?comes up"
    r"|sauf (?:un )?imprévus?|sauf empêchement"
    r"|salvo (?:algún |algum |cualquier |qualquer |qualche )?imprevist(?:os?|i)"
    r"|(?:wenn|falls|sofern) nichts dazwischen ?kommt"
    r"|tenzij er iets tussenkomt|behoudens onvoorziene omstandigheden"
    # "salvo que se me complique algo": a mishap named.
    r"|(?:salvo|a menos) que (?:se me complique|surja|pase) algo"
    # "si cambia algo te aviso", "se mudar alguma coisa aviso": word promised should one come.
    rf"|(?:{_IF_IT_CHANGES})(?:,?[ \t]+(?:{_WORD_OF_IT})\b|(?=[ \t]*(?:[.;!]|$)))"
)


class Tongue(NamedTuple):
    """The plain phrases read in one language beyond the seven, written without accents.

    Each is a regex alternation matched on whole words of the reply, lower-cased and folded
    (see ``folded``). Only cues that need no time grammar: a time offered in
    these languages stays in doubt.
    """

    # An unhedged no: "unfortunately I can't", "no capacity", "not interested".
    no: str
    # A maybe, a later, a "for now", an "again": a no or a question that may not be final.
    unsure: str
    # A yes, a gladly, a "see you": the reply may accept.
    yes: str
    # "Contact my colleague", "ask …": someone else named to talk to.
    refer: str
    # "Let's come back to it", "write to me again": the chat put off.
    back: str
    # Weekdays, today, tomorrow, week, hour, "when": a time may be offered or asked.
    time: str
    # The twelve months, January first, each an alternation of its forms.
    months: tuple[str, ...]
    # "At the start of" a month: the month's first day. Other parts ("mid", "end") leave it open.
    start: str
    late: str
    # A plain "not" ("passer ikke", "no em va bé"): a time named beside it may be refused.
    negation: str = ""
    # The day names, which say the language where its short words are too few to tell.
    days: str = ""
    # "I can", "suits me": the sender offering a time of their own. Said only where the
    # reader knows the language's day names (vocab.WEEKDAYS), so that a pick or an offer in it
    # may be read.
    can: str = ""
    # "but": "your times don't suit, but I can Tuesday" turns from a no to an offer.
    but: str = ""
    # "I'm afraid I must cancel our call tomorrow": the meeting called off, its being booked said
    # by "our" or by its day ("tomorrow's call") beside the noun.
    cancel: str = ""
    # "I'll look at my calendar tomorrow morning and get back to you": the answer still to come,
    # within the day or the next (convention (i)), its soon word with it.
    hold: str = ""
    # "Glad to help": a yes to the chat that picks no time, said beside a holding note.
    glad: str = ""
    # "If I'm not travelling", "unless": a reading that waits on something, none stands.
    condition: str = ""


_NORDIC_DAYS = r"mandag\w*|tisdag\w*|tirsdag\w*|onsdag\w*|torsdag\w*|fredag\w*|lordag\w*|sondag\w*"
_CATALAN_DAYS = r"dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge"
_LATVIAN_DAYS = (
    r"pirmdien\w*|otrdien\w*|tresdien\w*|ceturtdien\w*|piektdien\w*|sestdien\w*|svetdien\w*"
)


def _in_script(tongue: Tongue) -> Tongue:
    """``tongue`` with its cues, written as typed, folded as the reply's words are."""
    return Tongue._make(
        tuple(map(folded, cue)) if isinstance(cue, tuple) else folded(cue) for cue in tongue
    )


_NORDIC = Tongue(
    no=r"tyvarr\W+(?:har jag inte|kan jag inte|inte|nej|maste jag tacka nej|hinner jag inte)"
    r"|(?:har|hinner|kan) (?:jag )?inte (?:tid|mojlighet|kapacitet|utrymme)"
    r"|(?:jeg )?(?:har|kan) (?:desvaerre |dessverre )?ikke (?:tid|mulighed|mulighet|kapacitet)"
    r"|(?:desvaerre|dessverre)\W+(?:kan jeg ikke|har jeg ikke|ikke|nej|nei)"
    r"|(?:maste|ma) (?:jag |jeg )?(?:tacka nej|takke nej|melde fra)"
    r"|inte intresserad|ikke interesseret|ikke interessert"
    r"|(?:ma|maste) (?:\w+ )?(?:sige|si|saga|tacka|takke) (?:nej|nei)",
    unsure=r"kanske|kanskje|maske|senare|senere|nasta|naeste|neste|efter|etter|igen|igjen"
    r"|hor av dig|hor av er|hor fra dig|om (?:nagra|noen|nogle|en) (?:veckor|uker|uger|manad|maned)"
    r"|for tillfallet|for oyeblikket|inte saker|ikke sikker|vet inte|ved ikke|vet ikke"
    r"|troligen|sannsynligvis|sandsynligvis|nagon annan gang|en ann?en gang|en anden gang"
    # "Fredag kl. 10 funkar, annars tisdag": another time beside the one read.
    r"|annars|ellers|alternativt",
    yes=r"passer|passar|gar bra|gerne|gjerne|garna|absolut|ser fram|glaeder mig|gleder meg"
    r"|ser frem|vi ses|lyder godt|later bra|okej|ok|selvfolgelig|sjalvklart|selvsagt",
    refer=r"kontakta|kontakte|ta kontakt med|skriv till?|prata med|snak med|snakk med|tala med"
    r"|sporg|fraga|kollega|kollegor|kolleger",
    back=r"hor av dig|hor av er|hor fra dig|kontakta mig|kontakt mig|kontakt meg|ta kontakt"
    r"|skriv (?:igen|igjen|till mig|til mig|til meg)|vi hors|vi snakkes|vender tilbage"
    r"|kommer tilbake|aterkommer|vi tar det",
    time=_NORDIC_DAYS + r"|i ?morgon|i ?morgen|i ?dag|veckan?|ugen?|uken?|klockan|klokken|kl|nar",
    months=(
        r"januari?",
        r"februari?",
        r"mars|marts",
        r"april",
        r"maj|mai",
        r"juni",
        r"juli",
        r"augusti?",
        r"september",
        r"oktober",
        r"november",
        r"december|desember",
    ),
    start=r"borjan|starten|begyndelsen|begynnelsen",
    late=r"mitten|midten|slutet|slutningen|slutten",
    negation=r"inte|ikke|ej|icke|aldrig|aldri|ingen|inget|intet",
    days=_NORDIC_DAYS,
    can=r"(?:jag|jeg) kan|kan (?:jag|jeg)|(?:jag|jeg) har tid|har (?:jag|jeg) tid"
    r"|passer (?:fint|bra|godt|meg|mig|perfekt)|passar (?:fint|bra|mig|perfekt)"
    r"|gar (?:fint|bra)|fungerer|funkar|fungerar",
    but=r"men",
    # "Jeg må desværre aflyse vores møde", "jag måste tyvärr ställa in vårt samtal".
    cancel=r"(?:ma|maste)(?: \w+){0,2}? (?:aflyse|avlyse|stalla in|avboka)"
    r" (?:(?:vores|vart|var|morgendagens|dagens) (?:\w+ )?(?:mode|mote|samtale|samtal|opkald)"
    r"|modet|motet|samtalen|samtalet|opkaldet)",
)
_WEST_SLAVIC = Tongue(
    # Polish, Czech and Slovak.
    no=r"niestety,?(?: \w+){0,3} nie|nie dam rady|nie mam (?:czasu|mozliwosci|przestrzeni)"
    r"|nie znajde czasu"
    r"|nie jestem zainteresowan\w*|nie moge|nie bede w stanie|musze odmowic"
    r"|bohuzel,? (?:ted )?ne\w*|nemam (?:kapacitu|cas|moznost|prostor|zajem|zaujem)"
    r"|nemuzu|nemohu|nemozem|nestiham|nestihnem|zial,? (?:teraz )?ne\w*",
    unsure=r"moze|mozna|mozno|chyba|asi|snad|pozniej|pozdeji|neskor|w przyszlym|pristi\w*"
    r"|buduci\w*|za (?:kilka|pare|paru|miesiac|tydzien|par|nekolik|mesic|tyden)"
    r"|po (?:wakacjach|swietach|urlopie|prazdninach|dovolene|lete)|odezw\w*|ozv\w*"
    r"|ponownie|jeszcze raz|znovu|jeste jednou|na razie|narazie|na ten moment|zatim|zatial"
    r"|nie wiem|nevim|neviem|raczej|prawdopodobnie|pravdepodobne|kiedy indziej|innym razem"
    r"|kiedys|jindy|inokedy|nekdy|niekedy",
    yes=r"chetnie|z przyjemnoscia|pasuje|odpowiada mi|zgoda|jasne|oczywiscie|swietnie|super"
    r"|nie moge sie doczekac|do zobaczenia|porozmawiajmy|rad|rada|radi|s radosti|s radostou"
    r"|hodi|vyhovuje|skvele|vyborne|ano|urcite|nemuzu se dockat|tesim se|tesi ma|uvidime se",
    refer=r"(?:skontaktuj|odezwij|zwroc|napisz|obratte|obrat|kontaktujte|napiste|zeptejte)\w*"
    r"|zapytaj|koleg\w*|kolezank\w*|doporucuji|odporucam|polecam",
    back=r"wrocmy do \w+|wrocimy do \w+|odezwe sie|odezwij sie|ozvu se|ozvete se|ozvi se"
    r"|ozvem sa|ozvite sa|vratme se|vratime se|spojme se",
    time=r"poniedzialek|poniedzialku|wtorek|wtorku|sroda|srode|srody|srodzie|czwartek|czwartku"
    r"|piatek|piatku|sobota|sobote|soboty|niedziela|niedziele|niedzieli|jutro|dzisiaj|dzis"
    r"|pojutrze|tydzien|tygodni\w*|kiedy|pondel\w*|uter\w*|utor\w*|streda|stredu"
    r"|ctvrt(?:ek|ku)|stvrt(?:ok|ku)|pat(?:ek|ku)|piat(?:ok|ku)|sobot\w*|nedel\w*|zitra"
    r"|zajtra|dnes|tyden|tydnu|tydne|tyzd\w*|hodin\w*|kdy|kedy",
    months=(
        r"stycz\w*|led(?:en|na|nu)|januar\w*",
        r"lut(?:y|ego|ym)|unor\w*|februar\w*",
        r"marzec|marca|marcu|brez(?:en|na|nu)|marec",
        r"kwie\w*|dub(?:en|na|nu)|april\w*",
        r"maj|maju|kvet(?:en|na|nu)|maja",
        r"czerw(?:iec|ca|cu)|cerv(?:en|na|nu)|jun\w*",
        r"lip(?:iec|ca|cu)|cerven(?:ec|ce|ci)|jul\w*",
        r"sierp\w*|srp(?:en|na|nu)|august\w*",
        r"wrzes\w*|zari|septemb\w*",
        r"pazdziern\w*|rij(?:en|na|nu)|oktob\w*",
        r"listopad\w*|novemb\w*",
        r"grud\w*|prosin(?:ec|ce|ci)|decemb\w*",
    ),
    start=r"poczatk\w*|zacat\w*|zacatk\w*|zaciatk\w*|pocatk\w*",
    late=r"polow\w*|kon(?:iec|cu|ca)|srodk\w*|polovin\w*|konc\w*|koniec",
    # "Musím bohužel zrušit náš zítřejší hovor", "muszę odwołać nasze spotkanie": a must, then the
    # verb ("nemusím zrušit" is no must).
    cancel=r"(?:musim|musime|musel\w*|budu muset|budem musiet|musze|musimy|musial\w*"
    r"|bede musial\w*)(?: \w+){0,2}? (?:zrusit|odwolac|anulowac)"
    r" (?:nas|nasu|nasi|nase|nasz\w*|zitrejsi|zajtrajs\w*|jutrzejsz\w*|dnesn\w*|dzisiejsz\w*)"
    r"(?: \w+)? (?:hovor\w*|schuzk\w*|setkani|stretnut\w*|spotkani\w*|rozmow\w*|call\w*)",
    # "Zajtra ráno si pozriem kalendár a ozvem sa", "sprawdzę kalendarz i dam znać".
    hold=r"(?:(?:zajtra|zitra|jutro|dnes|dzis|dzisiaj|vecer|wieczorem)"
    r"(?: (?:rano|vecer|wieczorem|poobede|odpoledne))? )?(?:(?:si|se|sie) )?"
    r"(?:pozriem|podivam|mrknu|zkontroluju|zkontroluji|skontrolujem|sprawdze|zajrze|przejrze)"
    r"(?: (?:si|se|sa|sie|do|na|v|w|moj\w*|svoj\w*|sveho|muj|swoj\w*))* (?:kalendar\w*)"
    r" (?:a|i)(?: (?:sa|se|sie|ti|vam|ci|wam|pani|panu))*"
    r" (?:ozvem|ozvu|odezwe|dam (?:ti |vam |ci |wam |pani |panu )?(?:vediet|vedet|znac))"
    r"(?: (?:sa|se|sie|ti|vam|ci|wam|pani|panu))*",
    glad=r"(?:rad|rada|rado|radi|s radostou|s radosti|chetnie)"
    r" (?:(?:vam|ti|ci|wam|pani|panu) )?(?:pomozem|pomohu|pomuzu|pomoge)",
)
OTHER_TONGUES: dict[str, Tongue] = {
    "ca": Tongue(
        no=r"no (?:em |et )?puc|no podre|malauradament,? no"
        r"|no tinc (?:temps|capacitat|disponibilitat)|no m'interessa"
        r"|no estic interessad[ao]|he de dir que no",
        unsure=r"potser|segurament|mes endavant|mes tard|despres|que ve|l'any que ve|tornem"
        r"|tornar a|escriu\w*|de moment|ara per ara|encara|no ho se|no se|crec que|pot ser"
        r"|ja veurem|quan|si no|sino|altrament",
        yes=r"em va|va be|perfecte|d'acord|encantad[ao]|amb (?:molt )?de gust|amb gust"
        r"|cap problema|em sembla be|som-hi|ens veiem",
        refer=r"(?:parla|contacta|escriu|pregunta)(?:-li| amb)|company|companya|col.lega|colega",
        back=r"parlem|tornem-hi|tornarem a parlar|escriu-me|torna'm a escriure|contacta'm",
        time=_CATALAN_DAYS + r"|dema|avui|setmana|hores?|a les|quan",
        months=(
            r"gener",
            r"febrer",
            r"marc",
            r"abril",
            r"maig",
            r"juny",
            r"juliol",
            r"agost",
            r"setembre",
            r"octubre",
            r"novembre",
            r"desembre",
        ),
        start=r"principis|comencament|inici",
        late=r"mitjans|finals|final",
        negation=r"no|cap|mai|tampoc",
        days=_CATALAN_DAYS,
        can=r"puc|podria|podem|em va (?:be|perfecte|genial)|em (?:sembla|va) be"
        r"|tinc (?:temps|lloc)",
        but=r"pero|sino",
    ),
    "pl": _WEST_SLAVIC,
    "cs": _WEST_SLAVIC,
    "sk": _WEST_SLAVIC,
    "sv": _NORDIC,
    "da": _NORDIC,
    "no": _NORDIC,
    "fi": Tongue(
        no=r"valitettavasti\W+(?:en|ei|minulla ei)|en (?:valitettavasti )?(?:pysty|ehdi|voi)"
        r"|minulla ei ole (?:aikaa|mahdollisuutta)|ei (?:ole )?aikaa|ei kiinnosta"
        r"|joudun kieltaytymaan",
        unsure=r"ehka|kenties|myohemmin|ensi|jalkeen|uudestaan|uudelleen|palataan|otetaan yhteytta"
        r"|ota yhteytta|toistaiseksi|en tieda|luultavasti|todennakoisesti|joskus",
        yes=r"mielellani|sopii|kay hyvin|kay mainiosti|kay minulle|ilman muuta|totta kai|nahdaan"
        r"|odotan innolla|selva",
        refer=r"ota yhteytta|kysy|kannattaa kysya|kollegani|kollegaani|tyokaverini|suosittelen",
        back=r"palataan (?:asiaan|tahan)|palaan asiaan|otetaan yhteytta|ota uudelleen yhteytta"
        r"|kirjoita (?:uudelleen|uudestaan)|jutellaan",
        time=r"maanantai\w*|tiistai\w*|keskiviikko\w*|torstai\w*|perjantai\w*|lauantai\w*"
        r"|sunnuntai\w*|huomenna|tanaan|viikolla|viikko\w*|kello|klo|milloin",
        months=(
            r"tammikuu\w*",
            r"helmikuu\w*",
            r"maaliskuu\w*",
            r"huhtikuu\w*",
            r"toukokuu\w*",
            r"kesakuu\w*",
            r"heinakuu\w*",
            r"elokuu\w*",
            r"syyskuu\w*",
            r"lokakuu\w*",
            r"marraskuu\w*",
            r"joulukuu\w*",
        ),
        start=r"alussa|alkupuolella|alku\w*",
        # "kesäkuun jälkeen", "toukokuuhun asti": after or up to the month, not in it.
        late=r"puolivali\w*|lopussa|loppu\w*|puolessa|jalkeen|asti|saakka|ennen",
        condition=r"jos|mikali|ellei|jollei",
    ),
    "ro": Tongue(
        no=r"din pacate,? nu|nu (?:pot|voi putea|am timp|am disponibilitate|sunt interesat\w*)"
        r"|nu ma intereseaza|trebuie sa refuz",
        unsure=r"poate|probabil|mai tarziu|viitoare|viitor|dupa|din nou|revin\w*|scrie-mi"
        r"|scrieti-mi|deocamdata|momentan|nu stiu|alta data|candva",
        yes=r"cu placere|bucuros|bucuroasa|imi convine|merge|perfect|sigur|de acord|ne vedem"
        r"|abia astept",
        refer=r"contacteaza|contactati|scrie|scrieti|vorbeste|vorbiti|intreaba|intrebati"
        r"|colegul meu|colega mea|va recomand",
        back=r"revin|reveniti|sa vorbim|sa reluam|scrie-mi|scrieti-mi|ne auzim",
        time=r"luni|marti|miercuri|joi|vineri|sambata|duminica|maine|azi|astazi|saptamana"
        r"|ora|orele|cand",
        months=(
            r"ianuarie",
            r"februarie",
            r"martie",
            r"aprilie",
            r"(?<=in )mai",
            r"iunie",
            r"iulie",
            r"august",
            r"septembrie",
            r"octombrie",
            r"noiembrie",
            r"decembrie",
        ),
        start=r"inceputul",
        late=r"mijlocul|sfarsitul|finalul",
    ),
    "hu": Tongue(
        no=r"sajnos,? nem|sajnos nincs|nincs (?:idom|ra idom|kapacitasom|lehetosegem)"
        r"|nem (?:tudok|erek ra|fog menni|vagyok erdekelt)|nem erdekel",
        unsure=r"talan|esetleg|kesobb|jovo|kovetkezo|utan|ujra|ismet|keress|irj|egyelore"
        r"|most meg|nem tudom|valoszinuleg|majd",
        yes=r"szivesen|orommel|megfelel|jo nekem|rendben|remek|szuper|persze|termeszetesen"
        r"|talalkozunk|alig varom",
        refer=r"keresd|keresse|ird|irj|kerdezd|kollegam\w*|ajanlom",
        back=r"keress|jelentkezem|jelentkezz|irj|beszeljunk|terjunk vissza|visszaterunk",
        time=r"hetfo\w*|kedd\w*|szerda\w*|csutortok\w*|pentek\w*|szombat\w*|vasarnap\w*|holnap"
        r"|ma|het|heten|ora\w*|mikor",
        months=(
            r"januar\w*",
            r"februar\w*",
            r"marcius\w*",
            r"aprilis\w*",
            r"majus\w*",
            r"junius\w*",
            r"julius\w*",
            r"augusztus\w*",
            r"szeptember\w*",
            r"oktober\w*",
            r"november\w*",
            r"december\w*",
        ),
        start=r"elejen|eleje",
        late=r"kozepen|vegen|vege",
    ),
    "tr": Tongue(
        no=r"maalesef\W+(?:\w+\W+)?(?:yok|olmayacak|edemeyecegim|yapamayacagim|katilamayacagim"
        r"|veremem|musait degilim)|vaktim yok|zamanim yok|musait degilim|ilgilenmiyorum"
        r"|mumkun degil|uygun degilim",
        unsure=r"belki|sanirim|muhtemelen|daha sonra|sonra|gelecek|haftaya|tekrar|yeniden"
        r"|simdilik|bilmiyorum|baska zaman|ileride",
        yes=r"memnuniyetle|seve seve|uygun(?! degil)|olur|tamam|harika|super|kesinlikle"
        r"|gorusmek uzere|sabirsizlaniyorum",
        refer=r"iletisime gec\w*|ulas\w*|yaz\w*|sor\w*|meslektas\w*|arkadas\w*|tavsiye ederim",
        back=r"tekrar (?:yazin|yaz|ulasin|gorusuruz|konusalim)|sonra (?:konusalim|gorusuruz)"
        r"|donus yapacagim|size donecegim",
        time=r"pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar|yarin|bugun|hafta\w*|saat"
        r"|ne zaman",
        months=(
            r"ocak\w*",
            r"subat\w*",
            r"mart\w*",
            r"nisan\w*",
            r"mayis\w*",
            r"haziran\w*",
            r"temmuz\w*",
            r"agustos\w*",
            r"eylul\w*",
            r"ekim\w*",
            r"kasim\w*",
            r"aralik\w*",
        ),
        start=r"basinda|basi|baslarinda",
        late=r"ortasinda|ortasi|sonunda|sonu|sonlarinda",
    ),
    "id": Tongue(
        # Indonesian and Malay.
        no=r"(?:mohon )?maaf,? (?:saya )?(?:tidak|tak) (?:bisa|dapat|sempat)"
        r"|sayangnya,? (?:saya )?(?:tidak|tak)"
        r"|(?:tidak|tak) (?:ada|punya|mempunyai) (?:waktu|masa)|tidak tertarik|tak berminat"
        r"|tidak berminat|terpaksa menolak|harus menolak",
        unsure=r"mungkin|barangkali|nanti|lain kali|depan|setelah|selepas|lagi|kembali|sementara"
        r"|belum tahu|tidak tahu|kurang tahu|sepertinya|kayaknya|rasanya",
        yes=r"dengan senang hati|boleh saja|bisa saja|saya bisa|saya boleh|cocok|setuju"
        r"|sampai jumpa|jumpa nanti|tak sabar|tidak sabar|oke|ok|sip",
        # "Hubungi saya lagi" (write to me again) puts off; "hubungi rekan saya" refers.
        refer=r"(?:silakan|sila|boleh|bisa) (?:hubungi|menghubungi|kontak|tanya|bertanya)"
        r"|hubungi (?:rekan|kolega|teman|rakan)|rekan saya|kolega saya|teman saya|rakan saya",
        back=r"(?:hubungi|kontak) saya lagi|kita bicarakan lagi"
        r"|kita (?:atur|jadwalkan) (?:lagi|nanti)"
        r"|saya (?:kabari|kabarkan|hubungi) (?:lagi|nanti)|kita sambung",
        time=r"senin|isnin|selasa|rabu|kamis|khamis|jumat|jumaat|sabtu|minggu|ahad|besok|esok"
        r"|hari ini|pukul|jam|kapan|bila",
        months=(
            r"januari",
            r"februari",
            r"maret|mac",
            r"april",
            r"mei",
            r"juni?",
            r"juli|julai",
            r"agustus|ogos",
            r"september",
            r"oktober",
            r"november",
            r"desember|disember",
        ),
        start=r"awal",
        late=r"pertengahan|akhir",
    ),
    "tl": Tongue(
        no=r"hindi (?:ako )?(?:pwede|puwede|makaka\w+|available)|wala (?:akong|ako ng) oras"
        r"|hindi ako interesado",
        unsure=r"siguro|baka|mamaya|susunod|pagkatapos|ulit|muli|sa ngayon|hindi ko alam"
        r"|hindi sigurado|balang araw",
        yes=r"sige|(?<!hindi )(?<!ako )(?:pwede|puwede)|okay|ok|game|tara|gusto ko|masaya akong"
        r"|kita tayo|magkita",
        refer=r"kausapin|kontakin|i-email|mag-email|tanungin|katrabaho ko|kasamahan ko|kolega ko",
        back=r"balikan kita|babalikan kita|usap tayo ulit|mag-usap tayo|kontakin mo (?:ako )?ulit",
        time=r"lunes|martes|miyerkules|huwebes|biyernes|sabado|linggo|bukas|ngayong araw|alas"
        r"|oras|kailan|umaga|hapon|gabi",
        months=(
            r"enero",
            r"pebrero|febrero",
            r"marso",
            r"abril",
            r"mayo",
            r"hunyo",
            r"hulyo",
            r"agosto",
            r"setyembre|septiyembre",
            r"oktubre",
            r"nobyembre",
            r"disyembre",
        ),
        start=r"simula|umpisa",
        late=r"kalagitnaan|katapusan|huling",
    ),
    "vi": Tongue(
        no=r"rat tiec|(?:em|toi|minh|anh|chi) (?:khong|chua) (?:the|sap xep duoc|co thoi gian)"
        r"|khong sap xep duoc|khong co thoi gian|khong quan tam|xin phep tu choi|phai tu choi",
        unsure=r"co le|chac|sau nay|de sau|thang sau|tuan sau|nam sau|sau khi|lai|dip khac"
        r"|luc khac|tam thoi|khong chac|chua biet",
        yes=r"duoc a|duoc nhe|em duoc|toi duoc|ok|oke|vang|rat vui|rat san long|san sang"
        r"|hen gap|gap nhe|nhat tri|dong y",
        refer=r"(?:hay|vui long|xin) lien (?:he|lac)|lien (?:he|lac) (?:voi )?(?:chi|anh|ban)"
        r"|dong nghiep",
        back=r"lien lac lai|lien he lai|noi chuyen sau|hen dip khac|se bao lai",
        time=r"thu (?:hai|ba|tu|nam|sau|bay)|chu nhat|ngay mai|hom nay|tuan|gio|luc|khi nao"
        r"|bao gio|buoi sang|sang mai|chieu|toi nay",
        # Months are numbered ("thang 11"), and numbers keep a reply in doubt.
        months=(),
        start=r"dau",
        late=r"giua|cuoi",
    ),
    "ru": Tongue(
        no=r"к сожалению,? (?:я )?(?:не (?:смогу|могу|получится)|нет)|не смогу|нет времени"
        r"|не получится|не интересно|вынужден\w* отказаться|нет возможности",
        unsure=r"может быть|возможно|наверное|позже|попозже|в следующ\w*|через|после|снова"
        r"|еще раз|пока|не знаю|не уверен\w*|как-нибудь|в другои раз",
        yes=r"с удовольствием|буду рад\w*|подходит|устраивает|даваите|договорились|отлично"
        r"|конечно|до встречи|не могу дождаться",
        refer=r"обратитесь|напишите|свяжитесь|спросите|коллег\w*",
        back=r"вернемся к|свяжусь|свяжитесь со мнои|напишите (?:мне )?(?:снова|еще раз)"
        r"|созвонимся|спишемся",
        time=r"понедельник\w*|вторник\w*|сред[аыуе]|четверг\w*|пятниц\w*|суббот\w*"
        r"|воскресень\w*|завтра|сегодня|недел\w*|час\w*|когда",
        months=(
            r"январ\w*",
            r"феврал\w*",
            r"март\w*",
            r"апрел\w*",
            r"ма[ияе]|мае",
            r"июн\w*",
            r"июл\w*",
            r"август\w*",
            r"сентябр\w*",
            r"октябр\w*",
            r"ноябр\w*",
            r"декабр\w*",
        ),
        start=r"начал\w*",
        late=r"середин\w*|конц\w*|конец",
        # "Мне придется отменить нашу завтрашнюю встречу".
        cancel=r"(?:придется|вынужден\w*|должен\w*|должна|нужно|надо)(?: \w+){0,2}? отменить"
        r" (?:наш\w*|завтрашн\w*|сегодняшн\w*)(?: \w+)? (?:встреч\w*|звонок|созвон|разговор)",
    ),
    "uk": Tongue(
        no=r"на жаль,? (?:я )?(?:не (?:зможу|можу|вииде)|ні)|не зможу|не маю часу|немає часу"
        r"|не вииде|не цікаво|змушен\w* відмовитися|немає можливості",
        unsure=r"можливо|мабуть|пізніше|наступн\w*|через|після|знову|ще раз|поки що|не знаю"
        r"|не впевнен\w*|іншим разом",
        yes=r"із задоволенням|з радістю|радо|підходить|влаштовує|даваите|домовились|чудово"
        r"|звичаино|до зустрічі",
        refer=r"зверніться|напишіть|зв'яжіться|запитаите|колег\w*",
        back=r"повернемося до|зв'яжуся|напишіть (?:мені )?(?:знову|ще раз)",
        time=r"понеділ\w*|вівтор\w*|серед\w*|четвер\w*|п'ятниц\w*|субот\w*|неділ\w*|завтра"
        r"|сьогодні|тиждень|тижня|годин\w*|коли",
        months=(
            r"січ\w*",
            r"лют\w*",
            r"берез\w*",
            r"квіт\w*",
            r"трав\w*",
            r"черв\w*",
            r"лип\w*",
            r"серп\w*",
            r"верес\w*",
            r"жовт\w*",
            r"листопад\w*",
            r"груд\w*",
        ),
        start=r"початк\w*",
        late=r"середин\w*|кінц\w*|кінець",
        # "Мені доведеться скасувати нашу завтрашню зустріч".
        cancel=r"(?:доведеться|змушен\w*|мушу|маю|треба|потрібно)(?: \w+){0,2}? скасувати"
        r" (?:наш\w*|завтрашн\w*|сьогоднішн\w*)(?: \w+)? (?:зустріч\w*|дзвінок|розмов\w*)",
    ),
    "el": Tongue(
        no=r"δυστυχως,? (?:δεν|οχι)|δεν (?:μπορω|θα μπορεσω|εχω (?:χρονο|δυνατοτητα))"
        r"|δεν με ενδιαφερει",
        unsure=r"ισως|μαλλον|πιθανον|αργοτερα|επομεν\w*|μετα|ξανα|προς το παρον|δεν ξερω"
        r"|καποια αλλη φορα",
        yes=r"ευχαριστως|με χαρα|μου ταιριαζει|βολευει|ταιριαζει|τελεια|εντα?ξει|φυσικα"
        r"|τα λεμε|ανυπομονω",
        refer=r"επικοινωνησ\w*|ρωτησ\w*|γραψ\w*|συναδελφ\w*",
        back=r"επικοινωνω ξανα|ξαναμιλαμε|τα ξαναλεμε|να τα πουμε",
        time=r"δευτερ\w*|τριτη|τεταρτη|πεμπτη|παρασκευ\w*|σαββατ\w*|κυριακ\w*|αυριο|σημερα"
        r"|εβδομαδ\w*|ωρα|ωρες|ποτε",
        months=(
            r"ιανουαρ\w*",
            r"φεβρουαρ\w*",
            r"μαρτ\w*",
            r"απριλ\w*",
            r"μαι\w*",
            r"ιουν\w*",
            r"ιουλ\w*",
            r"αυγουστ\w*",
            r"σεπτεμβρ\w*",
            r"οκτωβρ\w*",
            r"νοεμβρ\w*",
            r"δεκεμβρ\w*",
        ),
        start=r"αρχ\w*",
        late=r"μεσ\w*|τελ\w*",
    ),
    "he": Tongue(
        no=r"לצערי,? (?:לא|אין)|לא אוכל|אין לי (?:זמן|פנאי|אפשרות)|לא מעוניינ\w*",
        unsure=r"אולי|כנראה|מאוחר יותר|בהמשך|הבא|אחרי|שוב|בינתיים|לא יודע\w*|לא בטוח\w*"
        r"|בפעם אחרת",
        yes=r"בשמחה|(?<!לא )מתאים|נשמע טוב|בסדר|מעולה|בטח|נתראה|מחכה",
        refer=r"פנה|פני|תפנה|תפני|כתוב|כתבי|דבר עם|דברי עם|עמית\w*|קולג\w*",
        back=r"נדבר שוב|אחזור אליך|אחזור אלייך|תחזור אלי|תחזרי אלי",
        time=r"יום (?:ראשון|שני|שלישי|רביעי|חמישי|שישי)|שבת|מחר|היום|שבוע|שעה|בשעה|מתי",
        months=(
            r"ב?ינואר",
            r"ב?פברואר",
            r"ב?מרץ",
            r"ב?אפריל",
            r"ב?מאי",
            r"ב?יוני",
            r"ב?יולי",
            r"ב?אוגוסט",
            r"ב?ספטמבר",
            r"ב?אוקטובר",
            r"ב?נובמבר",
            r"ב?דצמבר",
        ),
        start=r"בתחילת|תחילת",
        late=r"באמצע|אמצע|בסוף|סוף",
    ),
    "lv": Tongue(
        no=r"diemzel,?(?: \w+){0,3} (?:nevaru|nevaresu|nav|ne)|nevaru|nevaresu"
        r"|(?:man )?nav (?:laika|iespejas)|neinteres\w*|nav intereses|jaatsaka|nakas atteikt",
        unsure=r"varbut|iespejams|laikam|velak|nakam\w*|pec|velreiz|atkal|pagaidam"
        r"|nezinu|neesmu pars\w*|kadreiz|citreiz|cita reize|citadi|vai",
        yes=r"der|piekritu|labpratigi|ar prieku|prieks|lieliski|protams|sarunats|tiekamies"
        r"|uz tiksanos|ok|labi|noteikti",
        refer=r"sazin\w* ar(?! mani)|jautaj\w*|koleg\w*|iesaku",
        back=r"(?:uz)?raksti(?:et)? man|sazin\w* ar mani|atgriezisimies|parunasim|runasim"
        r"|sazinasimies|sazinasos",
        time=_LATVIAN_DAYS + r"|rit|sodien|nedel\w*|plkst|stund\w*|kad",
        months=(
            r"janvar(?:is|i|a)",
            r"februar(?:is|i|a)",
            r"marts|marta",
            r"aprilis|aprili|aprila",
            r"maijs|maija",
            r"junijs|junija",
            r"julijs|julija",
            r"augusts|augusta",
            r"septembris|septembri|septembra",
            r"oktobris|oktobri|oktobra",
            r"novembris|novembri|novembra",
            r"decembris|decembri|decembra",
        ),
        start=r"sakum\w*",
        late=r"vidu|vidus|beig\w*|pec|lidz|pirms",
        negation=r"ne|nav|neder\w*|nevar\w*|nebus|nesanak\w*|nespeju|nespesu|neesmu",
        days=_LATVIAN_DAYS,
        can=r"varu|varam|man der|man ir laiks",
        but=r"bet|tacu",
        # "ja" is "if" ("ja būšu Rīgā"), but not in "ja gribi", "if you like", a courtesy; the
        # folded "jā" (yes) is taken as the "if" too: a doubt, never a wrong reading.
        condition=r"ja(?! (?:gribi|gribat|velies|velaties)\b)|ja vien|iznemot ja",
    ),
    "lt": Tongue(
        no=r"deja,?(?: \w+){0,3} (?:negaliu|negalesiu|neturiu|ne)|negaliu|negalesiu"
        r"|neturiu laiko|nera laiko|nesidomiu|neidomu|(?:turiu|tenka) atsisakyti",
        unsure=r"galbut|gal|turbut|veliau|kit\w*|po|dar karta|vel|kol kas|nezinau"
        r"|nesu tikr\w*|kada nors|arba|kitaip",
        yes=r"tinka|mielai|su malonumu|puiku|zinoma|sutarta|iki susitikimo|susitinkam\w*|gerai"
        r"|ok",
        refer=r"susisiekite su(?! manimi)|kreipkites|paklauskite|koleg\w*|rekomenduoju",
        back=r"parasyk(?:ite)?(?: man)?|susisiekite su manimi|susisiekim|pasikalbesime"
        r"|grizkime|grisime|susisieksiu|parasysiu",
        time=r"pirmadien\w*|antradien\w*|treciadien\w*|ketvirtadien\w*|penktadien\w*"
        r"|sestadien\w*|sekmadien\w*|rytoj|siandien|savait\w*|valand\w*|kada",
        # "vasara" (summer) is not "vasaris" (February); "kova" and "liepa" are also a fight
        # and a linden, read only beside a putting off.
        months=(
            r"sausi\w*",
            r"vasari\w*",
            r"kovas|kovo|kova",
            r"balandis|balandzio|balandi",
            r"geguze|geguzes",
            r"birzel\w*",
            r"liepa|liepos",
            r"rugpjut\w*|rugpjuc\w*",
            r"rugsej\w*",
            r"spal\w*",
            r"lapkri\w*",
            r"gruod\w*",
        ),
        start=r"pradzi\w*",
        late=r"vidur\w*|pabaig\w*|po|iki|pries|antroj\w*",
        condition=r"jei|jeigu|nebent",
    ),
    "et": Tongue(
        no=r"kahjuks(?: \w+){0,3} (?:ei|mitte|pole)|ma ei saa|mul (?:pole|ei ole) aega"
        r"|pole aega|ei ole huvitatud|pean keelduma",
        unsure=r"voib-olla|voibolla|ehk|ilmselt|hiljem|jargmi\w*|parast|uuesti|jalle|esialgu"
        r"|ei tea|pole kindel|kunagi|voi|muidu",
        yes=r"sobib|sobivad|meeleldi|hea meelega|roomuga|suureparane|muidugi|kokku lepitud"
        r"|kohtumiseni|naeme|ok|selge|tore",
        refer=r"kolleeg\w*|poordu\w*|kusi\w*|soovitan",
        back=r"kirjuta\w* mulle|vot\w* minuga(?: \w+)? uhendust|raagime|votan(?: \w+)? uhendust"
        r"|tuleme(?: \w+)? tagasi",
        time=r"esmaspaev\w*|teisipaev\w*|kolmapaev\w*|neljapaev\w*|reede\w*|laupaev\w*"
        r"|puhapaev\w*|homme|tana|nadal\w*|kell|tund\w*|millal",
        months=(
            r"jaanuar\w*",
            r"veebruar\w*",
            r"marts\w*",
            r"aprill\w*",
            r"mai|mais|maini|maikuu\w*",
            r"juuni\w*",
            r"juuli\w*",
            r"august\w*",
            r"septemb\w*",
            r"oktoob\w*",
            r"novemb\w*",
            r"detsemb\w*",
        ),
        start=r"alguses|algul|algus\w*",
        late=r"keskel|keskpaik\w*|lopus|lopul|lopp\w*|parast|kuni|enne",
        # "kui" is also "when" and "than": a doubt more than needed, never a wrong reading.
        condition=r"kui|juhul|vaid siis",
    ),
    # Arabic and Urdu are written here as they are typed; ``_in_script`` folds them as the
    # reply is (hamza and tanween dropped: "أستطيع" is read "استطيع").
    "ar": _in_script(
        Tongue(
            no=r"(?:[وف]?لا|لن) (?:أستطيع|أتمكن|يمكنني|أقدر)|للأسف،? (?:لا|لن|ليس)"
            r"|ليس لدي (?:وقت|الوقت)|لا وقت لدي|غير مهتم\w*|مضطر\w* (?:للاعتذار|إلى الاعتذار)"
            r"|أعتذر عن (?:عدم|المشاركة|قبول)",
            # "Currently" ("حالياً") beside a can't is a no, as the seven languages read it; a
            # "later", "next" or "again" beside it is not.
            unsure=r"ربما|قد|ممكن|يمكن|لاحقا|فيما بعد|القادم|القادمة|المقبل|المقبلة|بعد|مرة أخرى"
            r"|مجددا|لا أعرف|لا أدري|لست متأكد\w*|إن شاء الله"
            r"|إنشاء الله|أو",
            yes=r"يسعدني|بكل سرور|(?<!غير )مناسب|يناسبني|موافق\w*|أكيد|حسنا|ممتاز|أراك|نلتقي|تمام",
            refer=r"(?:تواصل|راسل|اسأل)(?:ي|وا)?(?! معي)|زميل\w*|زملائي|أنصحك",
            back=r"(?:تواصل|تواصلي|تواصلوا) معي|راسلني|راسليني|اكتب(?:ي)? لي|نتحدث|نتكلم|لنتحدث"
            r"|نعود|سأعود إليك|سأتواصل",
            time=r"[وفب]?(?:يوم|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|غدا|اليوم"
            r"|الأسبوع|أسبوع|الساعة|ساعة|متى|صباحا|مساء)",
            months=(
                r"[وفب]?(?:يناير|كانون الثاني)",
                r"[وفب]?(?:فبراير|شباط)",
                r"[وفب]?(?:مارس|آذار)",
                r"[وفب]?(?:أبريل|إبريل|نيسان)",
                r"[وفب]?(?:مايو|أيار)",
                r"[وفب]?(?:يونيو|حزيران)",
                r"[وفب]?(?:يوليو|تموز)",
                r"[وفب]?(?:أغسطس)",
                r"[وفب]?(?:سبتمبر|أيلول)",
                r"[وفب]?(?:أكتوبر|تشرين الأول)",
                r"[وفب]?(?:نوفمبر|تشرين الثاني)",
                r"[وفب]?(?:ديسمبر|كانون الأول)",
            ),
            start=r"بداية|أوائل|مطلع",
            late=r"منتصف|نهاية|أواخر|أواسط|بعد|قبل|حتى",
            condition=r"[وف]?(?:إذا|لو|إلا|ما لم|في حال)",
        )
    ),
    "ur": _in_script(
        Tongue(
            no=r"(?:معذرت|افسوس)(?:،)?(?: \w+){0,4} نہیں|نہیں کر سک(?:تا|تی|وں گا|وں گی)"
            r"|ممکن نہیں|وقت نہیں|دلچسپی نہیں",
            unsure=r"شاید|بعد میں|بعد|اگلے|اگلی|ابھی|فی الحال|پھر|دوبارہ|پتا نہیں|معلوم نہیں"
            r"|ان شاء اللہ|انشاءاللہ|یا",
            yes=r"ٹھیک|منظور|خوشی|ضرور|بالکل|(?<!غیر )مناسب|چلے گا|ملتے ہیں|جی ہاں",
            refer=r"سے رابطہ|ساتھی|کولیگ|پوچھ\w*",
            back=r"بات کرتے ہیں|بات کریں گے|رابطہ کروں گا|رابطہ کروں گی|مجھ سے رابطہ|دوبارہ لکھیں"
            r"|مجھے لکھیں",
            time=r"پیر|منگل|بدھ|جمعرات|جمعہ|ہفتہ|ہفتے|اتوار|کل|آج|بجے|کب|صبح|شام|دوپہر",
            months=(
                r"جنوری",
                r"فروری",
                r"مارچ",
                r"اپریل",
                r"مئی",
                r"جون",
                r"جولائی",
                r"اگست",
                r"ستمبر",
                r"اکتوبر",
                r"نومبر",
                r"دسمبر",
            ),
            start=r"شروع|اوائل",
            late=r"بعد|وسط|آخر|آخری|پہلے|تک",
            condition=r"اگر|جب تک|بشرطیکہ",
        )
    ),
    # Japanese writes no spaces: each cue is a run of letters between marks ("、", "。") that
    # holds the phrase, hence the "\w*" around it. A digit anywhere already keeps a reply in
    # doubt (a date, a clock), so the months are only the written-out ones.
    "ja": _in_script(
        Tongue(
            # "今回はご遠慮させていただきます", "お断りさせていただきます",
            # "辞退させていただきます", "見送らせていただきます", "お受けいたしかねます": the
            # polite, final no.
            no=r"\w*(?:ご?遠慮させていただ|お断りさせていただ|お断り申し上げ|辞退させていただ"
            r"|見送らせていただ|お受けいたしかね|お受けできかね|お引き受けいたしかね"
            r"|お引き受けできかね|(?:お|ご)?時間を(?:取|と)ることができません)\w*",
            # "また改めて", "落ち着いたら", "来月", "今のところ": the no may not be final.
            unsure=r"\w*(?:また|改めて|あらためて|後日|今度|いずれ|落ち着|来週|来月|再来週|今後"
            r"|将来|かもしれ|たぶん|多分|おそらく|恐らく|検討|しばらく|当面|今のところ|現時点"
            r"|または|あるいは)\w*",
            yes=r"\w*(?:ぜひ|是非|喜んで|よろこんで|大丈夫です|問題ありません|(?<!不)可能です"
            r"|空いて|都合がよ|都合が良|お話しできれば|承知しました|かしこまりました|了解)\w*",
            refer=r"\w*(?:同僚|担当者|担当の|紹介|連絡してみて|ご連絡ください|お問い合わせ|部下|上司"
            r"|の方が詳しい)\w*",
            # ("お声がけいただき" thanks the user for asking: no cue.)
            back=r"\w*(?:改めてご連絡|改めて連絡|またご連絡|また連絡|ご連絡いたします|連絡します"
            r"|声をかけて)\w*",
            time=r"\w*(?:月曜|火曜|水曜|木曜|金曜|土曜|日曜|曜日|明日|明後日|今日|本日|今週|来週"
            r"|午前|午後|時間帯|何時|いつ|朝|夕方|夜)\w*",
            months=(
                r"\w*(?<!十)一月\w*",
                r"\w*(?<!十)二月\w*",
                r"\w*三月\w*",
                r"\w*四月\w*",
                r"\w*五月\w*",
                r"\w*六月\w*",
                r"\w*七月\w*",
                r"\w*八月\w*",
                r"\w*九月\w*",
                r"\w*十月\w*",
                r"\w*十一月\w*",
                r"\w*十二月\w*",
            ),
            start=r"\w*(?:初め|はじめ|上旬|初旬)\w*",
            late=r"\w*(?:中旬|下旬|末|半ば)\w*",
            condition=r"\w*(?:もし|でしたら|であれば|ならば|場合)\w*",
        )
    ),
    # Korean spaces its words but joins its endings to them: each cue is a word that holds
    # the phrase. ``folded`` splits each syllable into its letters, cue and reply alike.
    "ko": _in_script(
        Tongue(
            # "참여하기 어렵습니다", "정중히 거절하겠습니다", "사양하겠습니다": the polite,
            # final no.
            no=r"\w*(?:어렵습니다|어렵겠습니다|힘들겠습니다|거절|사양하겠|사양합니다|불가능합니다"
            r"|불가합니다)\w*",
            unsure=r"\w*(?:나중에|다음에|추후|언젠가|아마|혹시|다시|당분간|지금은|현재로서는|내년"
            r"|여유가|또는)\w*",
            yes=r"\w*(?:좋습니다|괜찮습니다|(?<!불)가능합니다|기꺼이|물론|좋아요|뵙겠습니다"
            r"|만나요)\w*",
            refer=r"\w*(?:동료|담당자|소개|연락해 보세요|문의)\w*",
            back=r"\w*(?:다시 연락|연락드리겠|연락 주세요|연락주세요)\w*",
            time=r"\w*(?:요일|내일|모레|오늘|이번 주|다음 주|오전|오후|언제|몇 시)\w*",
            months=(
                r"\w*(?<!십)일월\w*",
                r"\w*(?<!십)이월\w*",
                r"\w*삼월\w*",
                r"\w*사월\w*",
                r"\w*오월\w*",
                r"\w*유월\w*",
                r"\w*칠월\w*",
                r"\w*팔월\w*",
                r"\w*구월\w*",
                r"\w*시월\w*",
                r"\w*십일월\w*",
                r"\w*십이월\w*",
            ),
            start=r"\w*(?:초순|초에)\w*",
            late=r"\w*(?:중순|하순|말에|말쯤)\w*",
            condition=r"\w*(?:만약|만일|경우|다면)\w*",
        )
    ),
}


# "oh wait, I have a board dinner that night", "ach nein, an dem Abend habe ich Chorprobe": after
# a correction, a clash placed by pointing back at the day or hour just named, not by a clock.
CLASH_POINTED_BACK = re.compile(
    r"\b(?:that (?:same )?(?:night|evening|day|afternoon|morning)|at that time"
    r"|an (?:dem|diesem) (?:Abend|Tag|Morgen|Nachmittag)|zu der Zeit"
    r"|ce (?:soir|jour|matin)-là|cet après-midi-là|à (?:ce moment|cette heure)-là"
    r"|es[ae] (?:noche|día|tarde|mañana)|a esa hora"
    r"|n(?:ess|aquel)[ae] (?:noite|dia|tarde|manhã|horário)"
    r"|quel(?:la)? (?:sera|giorno|mattina|pomeriggio)|a quell['’]ora"
    r"|die (?:avond|dag|middag|ochtend)|op dat moment)(?![\w-])",
    re.IGNORECASE,
)
# "I'm free that evening", "tengo tiempo esa tarde": the day pointed back at is open, no clash.
OPEN_POINTED_BACK = re.compile(
    r"\b(?:free|available|open|time|frei|Zeit|libre|dispo(?:nible)?|tiempo|livre|tempo|liber[oa]"
    r"|vrij|tijd)\b",
    re.IGNORECASE,
)
# "Could we do Friday at 5 instead?": the later time put in place of the earlier.
IN_PLACE_OF = re.compile(
    r"\b(?:instead|à la place|plutôt|en (?:su )?(?:lugar|vez)|stattdessen|lieber|invece"
    r"|em vez(?: disso)?|in plaats daarvan)\b",
    re.IGNORECASE,
)


# "Ok, Tuesday 3pm then. Actually wait, I have the dentist then.": the earlier line no longer holds.
# The corrections that restate what was meant ("I meant Friday at 2pm", "make that 3pm",
# "je voulais dire vendredi à 14h"), not only take something back ("scratch that", "never mind").
RESTATED = re.compile(
    r"\b(?:i meant(?! to\b)|(?<!\bi )make that|correction:|korrektur:?|correctie:?"
    r"|je voulais dire|quise decir|quería decir|ich meinte|intendevo|eu quis dizer|ik bedoelde)\b",
    re.IGNORECASE,
)
CORRECTION = re.compile(
    # "Yes to Wednesday 16:00 - hmm, no wait, I have a board call then": "no wait" too.
    r"\b(?:actually,? wait|wait,? (?:no|actually)|(?:oh|no),? wait|scratch that|on second thought"
    r"|correction:|never ?mind|ignore (?:that|what i said)|en fait,? non|pensándolo mejor"
    r"|olvida lo (?:anterior|que dije)|ach nein|korrektur|anzi|pensando bem|esquece"
    # "Laat maar weten welke je voorkeur heeft" is "just let me know": no "forget it".
    r"|laat maar(?! (?:even |eens )?(?:weten|horen|zien|komen))|correctie"
    # "Thursday works! Sorry, I meant Friday.", "Friday works. Actually Thursday is better.":
    # the first day said is taken back ("I meant to reply sooner" takes nothing back).
    # ("so I make that 2pm yours" works the clock out: British "I reckon it is".)
    r"|i meant(?! to\b)|(?<!\bi )make that"
    # "Tuesday works... actually no, I have a conflict" ("Actually, no problem" takes nothing back).
    r"|actually[,.…]*[ \t]+no(?:pe)?\b(?![ \t]+(?:problem|worries|need|rush|pressure|idea))"
    r"|je voulais dire|quise decir|quería decir|ich meinte|intendevo"
    r"|eu quis dizer|ik bedoelde|actually,? [^.?!\n]{0,25}\bbetter"
    # "Friday is good, 4:30am here, hm, no. Wednesday works": a hesitation, then no.
    r"|(?:hm+|um+|uh+)[,.…]*[ \t]+no(?=[.!,…])"
    # "8am on Tuesday or Wednesday... 8:30 on Wednesday actually": the last time replaces one.
    r"|\d[^.?!\n]{0,25}\bactually(?=[ \t]*(?:[.!?…\n]|$)))\b",
    re.IGNORECASE,
)
