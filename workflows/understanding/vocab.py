"""Words for days, months, parts of the day and time zones.

English, French, Spanish, German, Italian, Portuguese and Dutch.
"""

from __future__ import annotations

import re
from datetime import UTC, time, timedelta, timezone, tzinfo
from functools import lru_cache
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
}  # fmt: skip
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

NOON_WORDS = ("noon", "midday", "midi", "mediodía", "mittag", "mezzogiorno", "meio-dia", "12 noon")

# "Next week" in each language, for "Tuesday next week".
NEXT_WEEK_WORDS = (
    "next week", "la semaine prochaine", "semaine prochaine", "la próxima semana",
    "la semana que viene", "próxima semana", "nächste woche", "nächsten woche",
    "kommende woche", "kommenden woche", "settimana prossima", "prossima settimana",
    "próxima semana", "semana que vem", "volgende week",
)  # fmt: skip

# Idioms for calling off a meeting already agreed, for the intent's cues and the time's role.
BAIL = (
    r"(?:have to|need to|got to|gotta|going to|must) bail(?: out)?(?: on)?"
    r"|bail(?:ing)? on"
    r"|(?:back(?:ing)?|pull(?:ing)?|bow(?:ing)?) out of"
    r" (?:our|the|tomorrow's|today's|this)"
    r"|dar(?:e|ti|le|vi) buca|me désister|furar (?:o|a|nosso|nossa|amanhã|hoje)"
)
# Talk of a clock change ("our clocks spring forward on Sunday", "avec le changement d'heure",
# "nach der Zeitumstellung"): the day it names is no offer, and the reply's clock is in doubt.
CLOCK_CHANGE_TALK = re.compile(
    r"\b(?:clocks?[ \t]+(?:\w+[ \t]+)?(?:spring|go|goes|went|change|changes|move|moves"
    r"|fall|falls|jump|jumps)(?:[ \t]+(?:forward|back|ahead))?"
    r"|spring(?:s|ing)?[ \t]+forward|fall(?:s|ing)?[ \t]+back|daylight[ \t]+sav\w*|DST"
    # Not "time change", "cambio de horario", "mudança de hora": also a meeting moved.
    r"|changement[ \t]+d['’]heure|passage[ \t]+à[ \t]+l['’]heure[ \t]+d['’]"
    r"|horario[ \t]+de[ \t]+(?:verano|invierno)|Zeitumstellung"
    r"|Uhrumstellung|Uhren[ \t]+(?:\w+[ \t]+)?(?:vor|zurück)gestellt"
    r"|cambio[ \t]+dell['’]ora|ora[ \t]+(?:legale|solare)|hor(?:ário|a)[ \t]+de[ \t]+verão"
    r"|zomertijd|wintertijd"
    r"|klok(?:ken)?[ \t]+(?:\w+[ \t]+)?(?:vooruit|terug|verzet))",
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
    "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland", "KST": "Asia/Seoul",
    "AWST": "Australia/Perth", "ACST": "Australia/Adelaide", "ACDT": "Australia/Adelaide",
    "EET": "Europe/Athens", "EEST": "Europe/Athens", "WET": "Europe/Lisbon",
    "BRT": "America/Sao_Paulo",
    # Where job seekers write from: names no other clock the table knows wears.
    "ADT": "America/Halifax", "IDT": "Asia/Jerusalem", "ART": "America/Argentina/Buenos_Aires",
    "COT": "America/Bogota", "WEST": "Europe/Lisbon", "NPT": "Asia/Kathmandu",
    "PHT": "Asia/Manila", "GST": "Asia/Dubai", "PKT": "Asia/Karachi", "WIB": "Asia/Jakarta",
    "SAST": "Africa/Johannesburg", "EAT": "Africa/Nairobi", "WAT": "Africa/Lagos",
}  # fmt: skip
ZONE_NAMES: dict[str, str] = {
    "pacific": "America/Los_Angeles", "mountain": "America/Denver",
    "central": "America/Chicago", "eastern": "America/New_York", "london": "Europe/London",
    "uk": "Europe/London", "paris": "Europe/Paris", "berlin": "Europe/Berlin",
    "madrid": "Europe/Madrid", "new york": "America/New_York",
    "san francisco": "America/Los_Angeles", "sydney": "Australia/Sydney",
    "melbourne": "Australia/Melbourne", "brisbane": "Australia/Brisbane",
    "perth": "Australia/Perth", "tokyo": "Asia/Tokyo", "singapore": "Asia/Singapore",
    "amsterdam": "Europe/Amsterdam", "rome": "Europe/Rome", "lisbon": "Europe/Lisbon",
    "dublin": "Europe/Dublin", "toronto": "America/Toronto", "chicago": "America/Chicago",
    "denver": "America/Denver", "los angeles": "America/Los_Angeles", "boston": "America/New_York",
    "seattle": "America/Los_Angeles", "vancouver": "America/Vancouver",
    "hawaii": "Pacific/Honolulu", "alaska": "America/Anchorage", "arizona": "America/Phoenix",
    "newfoundland": "America/St_Johns", "brasília": "America/Sao_Paulo",
    "brasilia": "America/Sao_Paulo", "são paulo": "America/Sao_Paulo", "roma": "Europe/Rome",
    "lisboa": "Europe/Lisbon",
    # Canada's and New Zealand's own clocks ("10 Atlantic", "11h aqui em Calgary", "NZ time").
    "atlantic": "America/Halifax", "halifax": "America/Halifax", "calgary": "America/Edmonton",
    "edmonton": "America/Edmonton", "montreal": "America/Toronto", "montréal": "America/Toronto",
    "ottawa": "America/Toronto", "winnipeg": "America/Winnipeg", "nz": "Pacific/Auckland",
    "new zealand": "Pacific/Auckland", "auckland": "Pacific/Auckland",
    "wellington": "Pacific/Auckland",
    # The US Pacific clock in the other languages ("às 15h (hora do Pacífico)"); with its
    # word for time, as the ocean's name alone is no clock.
    "hora del pacífico": "America/Los_Angeles", "hora do pacífico": "America/Los_Angeles",
    "heure du pacifique": "America/Los_Angeles", "ora del pacifico": "America/Los_Angeles",
    "pazifikzeit": "America/Los_Angeles", "pacifische tijd": "America/Los_Angeles",
    # A country's own time, said in its language.
    "ora italiana": "Europe/Rome", "heure française": "Europe/Paris",
    "hora peninsular": "Europe/Madrid", "hora española": "Europe/Madrid",
    "deutscher zeit": "Europe/Berlin", "deutsche zeit": "Europe/Berlin",
    "nederlandse tijd": "Europe/Amsterdam", "belgische tijd": "Europe/Brussels",
    "heure belge": "Europe/Brussels", "hora de brasília": "America/Sao_Paulo",
    # Cities whose name alone is their clock ("hora de Bogotá", "(Tel Aviv)").
    "buenos aires": "America/Argentina/Buenos_Aires", "bogotá": "America/Bogota",
    "bogota": "America/Bogota", "mexico city": "America/Mexico_City",
    "ciudad de méxico": "America/Mexico_City", "tel aviv": "Asia/Jerusalem",
    "mumbai": "Asia/Kolkata", "kolkata": "Asia/Kolkata", "manila": "Asia/Manila",
    "kathmandu": "Asia/Kathmandu", "adelaide": "Australia/Adelaide", "warsaw": "Europe/Warsaw",
    "honolulu": "Pacific/Honolulu",
    # The Gulf, Asia, Africa and South America, with their names in the languages read
    # ("hora de Lima", "(Riyadh)", "ora di Seul"); Santiago and Lagos only with "time", as
    # Spain and Portugal have towns of those names. Not Taipei: its clock is also called "CST",
    # which would make every Central "CST" a name two clocks wear. Not Dubai alone: outreach
    # from India restates its offers in it ("5:30pm IST / 4pm Dubai"), and the sender's own
    # unread "hora de Dubái" must not then read as the user's clock (round 27).
    "riyadh": "Asia/Riyadh", "riad": "Asia/Riyadh", "riyad": "Asia/Riyadh",
    "doha": "Asia/Qatar", "karachi": "Asia/Karachi", "nairobi": "Africa/Nairobi",
    "jakarta": "Asia/Jakarta", "yakarta": "Asia/Jakarta", "giacarta": "Asia/Jakarta",
    "seoul": "Asia/Seoul", "séoul": "Asia/Seoul", "seúl": "Asia/Seoul", "seul": "Asia/Seoul",
    "hong kong": "Asia/Hong_Kong", "hongkong": "Asia/Hong_Kong",
    "lima": "America/Lima", "golfzeit": "Asia/Dubai", "kuala lumpur": "Asia/Kuala_Lumpur",
    "bangkok": "Asia/Bangkok",
    # Where job seekers write from, said as their clock ("10am India time", "(Bogotá time)");
    # only with "time", since a place alone ("teams across Spain") names no clock.
    **{
        f"{place} time": tz
        for place, tz in {
            "phoenix": "America/Phoenix", "anchorage": "America/Anchorage",
            "cdmx": "America/Mexico_City", "colombia": "America/Bogota",
            "argentina": "America/Argentina/Buenos_Aires", "irish": "Europe/Dublin",
            "ireland": "Europe/Dublin", "portugal": "Europe/Lisbon", "spain": "Europe/Madrid",
            "poland": "Europe/Warsaw", "polish": "Europe/Warsaw", "israel": "Asia/Jerusalem",
            "jerusalem": "Asia/Jerusalem", "dubai": "Asia/Dubai", "uae": "Asia/Dubai",
            "gulf": "Asia/Dubai", "india": "Asia/Kolkata", "delhi": "Asia/Kolkata",
            "bangalore": "Asia/Kolkata", "bengaluru": "Asia/Kolkata", "nepal": "Asia/Kathmandu",
            "philippine": "Asia/Manila", "philippines": "Asia/Manila",
            "queensland": "Australia/Brisbane", "saudi": "Asia/Riyadh",
            "qatar": "Asia/Qatar", "pakistan": "Asia/Karachi", "kenya": "Africa/Nairobi",
            "lagos": "Africa/Lagos", "nigeria": "Africa/Lagos", "indonesia": "Asia/Jakarta",
            "korea": "Asia/Seoul", "peru": "America/Lima",
            # Asia's clocks by the short names their people write ("11am HK time").
            "hk": "Asia/Hong_Kong", "sg": "Asia/Singapore", "japan": "Asia/Tokyo",
            "kl": "Asia/Kuala_Lumpur", "malaysia": "Asia/Kuala_Lumpur",
            "thailand": "Asia/Bangkok", "vietnam": "Asia/Ho_Chi_Minh",
            "santiago": "America/Santiago", "chile": "America/Santiago",
        }.items()
    },
    # Mexico City's clock as its people write it, with no "de" ("a las 10 (hora CDMX)").
    "hora cdmx": "America/Mexico_City",
    # The cities in the languages read ("heure de Londres", "ora di Londra", "Londense tijd").
    "londres": "Europe/London", "londra": "Europe/London", "londen": "Europe/London",
    "lisbonne": "Europe/Lisbon", "lisbona": "Europe/Lisbon", "lissabon": "Europe/Lisbon",
    "parigi": "Europe/Paris", "parijs": "Europe/Paris", "berlijn": "Europe/Berlin",
    "berlino": "Europe/Berlin", "nueva york": "America/New_York",
    "nova iorque": "America/New_York", "nova york": "America/New_York",
    "londense tijd": "Europe/London", "britse tijd": "Europe/London",
    "engelse tijd": "Europe/London", "londoner zeit": "Europe/London",
    "britischer zeit": "Europe/London", "britische zeit": "Europe/London",
    "heure anglaise": "Europe/London", "heure britannique": "Europe/London",
    "ora inglese": "Europe/London", "ora britannica": "Europe/London",
    "hora inglesa": "Europe/London", "hora británica": "Europe/London",
    "hora britânica": "Europe/London", "hora portuguesa": "Europe/Lisbon",
    "heure portugaise": "Europe/Lisbon", "ora portoghese": "Europe/Lisbon",
    "portugese tijd": "Europe/Lisbon", "portugiesischer zeit": "Europe/Lisbon",
    # Brussels in the seven languages ("heure de Bruxelles", "Brusselse tijd").
    "brussels": "Europe/Brussels", "bruxelles": "Europe/Brussels", "brüssel": "Europe/Brussels",
    "bruselas": "Europe/Brussels", "bruxelas": "Europe/Brussels", "brussel": "Europe/Brussels",
    "brusselse tijd": "Europe/Brussels",
    # The Netherlands' clock by its short name ("om 14:00 (NL-tijd)").
    "nl-tijd": "Europe/Amsterdam", "nl tijd": "Europe/Amsterdam",
    # US states and cities whose people keep one clock, named as a clock in the languages read
    # ("hora de Texas", "heure de Miami", "Zeit in Atlanta"); with the word for time only, as a
    # place alone may be where someone travels. Texas's far-west corner keeps Mountain time, but
    # "Texas time" is the state's Central clock. Not Florida, Tennessee, Kentucky, Indiana nor
    # the Dakotas (two clocks), Washington (a state and a capital), Georgia nor Portland.
    **{
        form.format(place): tz
        for place, tz in {
            "texas": "America/Chicago", "houston": "America/Chicago",
            "dallas": "America/Chicago", "austin": "America/Chicago",
            "illinois": "America/Chicago", "minnesota": "America/Chicago",
            "minneapolis": "America/Chicago", "nashville": "America/Chicago",
            "new orleans": "America/Chicago", "louisiana": "America/Chicago",
            "miami": "America/New_York", "orlando": "America/New_York",
            "atlanta": "America/New_York", "philadelphia": "America/New_York",
            "new jersey": "America/New_York", "massachusetts": "America/New_York",
            "pennsylvania": "America/New_York", "ohio": "America/New_York",
            "virginia": "America/New_York", "detroit": "America/Detroit",
            "new york": "America/New_York", "boston": "America/New_York",
            "chicago": "America/Chicago", "colorado": "America/Denver",
            "utah": "America/Denver", "denver": "America/Denver",
            "california": "America/Los_Angeles", "los angeles": "America/Los_Angeles",
            "san francisco": "America/Los_Angeles", "san diego": "America/Los_Angeles",
            "seattle": "America/Los_Angeles", "las vegas": "America/Los_Angeles",
        }.items()
        for form in (
            "{} time", "hora de {}", "hora del {}", "horário de {}", "heure de {}",
            "heure du {}", "ora di {}", "ora del {}", "zeit in {}", "tijd in {}",
        )
    },
    # Europe's, Asia's and the Americas' cities as the seven languages spell them ("15:00 en
    # Filadelfia", "16h à Genève", "21 Uhr in München", "le 16 a Monaco di Baviera"): a time
    # restated in one is the same instant, so an unplaced name turned it into a second offer
    # (`replies_blind37` s04). Not "Colonia" (also a Mexican address's district), "Valencia"
    # (also Venezuela's), "Porto" nor "Rio" alone (words too); not Beijing nor Cairo, whose
    # clocks are also called "CST" and "EET", which would make every Central "CST" and every
    # Athens "EET" a name two clocks wear (as Taipei's would).
    **{
        name: tz
        for tz, names in {
            "America/New_York": (
                "philadelphia", "filadelfia", "filadélfia", "philadelphie", "nyc", "ny",
                "new yorkse tijd",
            ),
            "Europe/Berlin": (
                "munich", "münchen", "múnich", "munique", "monaco di baviera", "cologne",
                "köln", "keulen", "frankfurt", "francfort", "fráncfort", "francoforte",
                "hamburg", "hambourg", "hamburgo", "amburgo", "münchner zeit", "kölner zeit",
                "frankfurter zeit", "hamburger zeit",
            ),
            "Europe/Zurich": (
                "zurich", "zürich", "zúrich", "zurigo", "geneva", "genève", "geneve", "genf",
                "ginevra", "ginebra", "genebra", "zürcher zeit", "genfer zeit",
            ),
            "Europe/Vienna": ("vienna", "wien", "viena", "vienne", "wenen"),
            "Europe/Warsaw": ("varsovia", "varsovie", "warschau", "varsavia", "varsóvia"),
            "Europe/Moscow": (
                "moscow", "moscú", "moscou", "moskau", "mosca", "moscovo", "moskou",
                "moskauer zeit",
            ),
            "Europe/Amsterdam": (
                "den haag", "the hague", "la haye", "la haya", "l'aia", "haia", "rotterdam",
                "amsterdamse tijd", "nederland",
            ),
            "America/Mexico_City": (
                "cdmx", "cidade do méxico", "città del messico", "mexico-stad",
                "mexiko-stadt", "ciudad de mexico",
            ),
            "America/Sao_Paulo": ("sao paulo", "rio de janeiro"),
            "Europe/Madrid": ("barcelona", "barcelone", "barcellona", "sevilla", "bilbao"),
            "Europe/Paris": ("lyon", "lione", "marseille", "toulouse"),
            "Europe/Rome": (
                "milano", "milan", "milán", "mailand", "milão", "torino", "turin", "turín",
                "turim", "firenze", "florence", "florencia", "florenz", "napoli", "naples",
            ),
            "Asia/Tokyo": ("tokio", "tóquio"),
            "Atlantic/Canary": ("canarias", "canárias"),
            "Africa/Dakar": ("dakar",),
            "Africa/Luanda": ("luanda",),
            "America/Curacao": ("curaçao", "curacao"),
            "Europe/Istanbul": ("istanbul", "estambul", "istambul"),
            "Europe/Athens": ("athens", "atenas", "athènes", "atene", "athen"),
            "Europe/Stockholm": ("stockholm", "estocolmo", "stoccolma"),
            "Europe/Copenhagen": ("copenhagen", "copenhague", "kopenhagen", "copenaghen"),
            "Europe/Prague": ("prague", "praga", "prag", "praag"),
        }.items()
        for name in names
    },
    # German names a city's clock with an adjective: "Brüsseler Zeit", "Wiener Zeit".
    **{
        f"{city}er zeit": tz
        for city, tz in {
            "brüssel": "Europe/Brussels", "paris": "Europe/Paris", "berlin": "Europe/Berlin",
            "madrid": "Europe/Madrid", "amsterdam": "Europe/Amsterdam", "wien": "Europe/Vienna",
            "zürich": "Europe/Zurich", "lissabonn": "Europe/Lisbon", "new york": "America/New_York",
            "toronto": "America/Toronto", "chicago": "America/Chicago",
        }.items()
    },
}  # fmt: skip
# Where a sender may say they are, in a sign-off ("Phoenix, AZ", "Bogotá, Colombia") or in
# words ("estoy en Cancún"), by the clock kept there: cities, and countries and regions of one
# clock, without accents and in lower case. Not names of several places far apart (Portland,
# San José, La Paz, Panama City, Kingston), nor countries of several clocks, nor names that are
# mostly surnames (Chandler, Darwin).
_PLACES_BY_CLOCK = {
    "America/Phoenix": "phoenix|scottsdale|tempe|tucson|arizona",
    "America/Los_Angeles": "los angeles|san francisco|san diego|seattle|oakland|berkeley"
    "|palo alto|mountain view|sunnyvale|santa monica|sacramento|las vegas|california",
    "America/Vancouver": "vancouver|british columbia",
    "America/Tijuana": "tijuana|mexicali|ensenada",
    "America/Hermosillo": "hermosillo|sonora",
    "America/Denver": "denver|boulder|salt lake city|albuquerque|colorado springs|fort collins"
    "|colorado|utah|new mexico",
    "America/Boise": "boise",
    "America/Edmonton": "calgary|edmonton|alberta",
    "America/Chicago": "chicago|austin|houston|dallas|san antonio|fort worth|minneapolis"
    "|milwaukee|kansas city|st. louis|st louis|new orleans|nashville|memphis|omaha"
    "|oklahoma city|illinois|minnesota|wisconsin|iowa|louisiana",
    "America/Winnipeg": "winnipeg|manitoba",
    "America/Regina": "regina|saskatoon|saskatchewan",
    "America/Mexico_City": "mexico city|ciudad de mexico|cdmx|guadalajara|puebla|queretaro|toluca",
    "America/Monterrey": "monterrey|saltillo",
    "America/Merida": "merida|yucatan",
    "America/Cancun": "cancun|playa del carmen|tulum|quintana roo",
    "America/Guatemala": "guatemala",
    "America/Costa_Rica": "costa rica",
    "America/El_Salvador": "san salvador|el salvador",
    "America/Tegucigalpa": "tegucigalpa|san pedro sula|honduras",
    "America/Managua": "managua|nicaragua",
    "America/Panama": "panama",
    "America/Bogota": "bogota|medellin|barranquilla|colombia",
    "America/Lima": "lima|arequipa|cusco|peru",
    "America/Guayaquil": "quito|guayaquil|ecuador",
    "America/Jamaica": "jamaica",
    "America/New_York": "new york|nyc|brooklyn|manhattan|boston|philadelphia|atlanta|miami"
    "|charlotte|pittsburgh|baltimore|washington dc|new jersey|massachusetts|pennsylvania",
    "America/Detroit": "detroit",
    "America/Toronto": "toronto|ottawa|montreal|quebec|ontario",
    "America/Halifax": "halifax|nova scotia",
    "America/Puerto_Rico": "puerto rico",
    "America/Santo_Domingo": "santo domingo|republica dominicana|dominican republic",
    "America/Caracas": "caracas|venezuela",
    "America/Curacao": "curacao|willemstad",
    "America/La_Paz": "bolivia|santa cruz de la sierra",
    "America/Manaus": "manaus",
    "America/Santiago": "santiago|valparaiso|vina del mar|concepcion|chile",
    "America/Argentina/Buenos_Aires": "buenos aires|argentina",
    "America/Sao_Paulo": "sao paulo|rio de janeiro|brasilia|belo horizonte|curitiba"
    "|porto alegre|florianopolis",
    "America/Montevideo": "montevideo|uruguay",
    "Pacific/Honolulu": "honolulu|hawaii",
    "Europe/London": "london|manchester|edinburgh|glasgow|bristol|birmingham|leeds|liverpool"
    "|oxford|cambridge|united kingdom|england|scotland|wales",
    "Europe/Dublin": "dublin|cork|galway|ireland",
    "Europe/Lisbon": "lisbon|lisboa|porto|portugal",
    "Atlantic/Canary": "las palmas|tenerife|canarias|canary islands",
    "Europe/Madrid": "madrid|barcelona|valencia|sevilla|seville|bilbao|malaga|spain|espana",
    "Europe/Paris": "paris|lyon|marseille|toulouse|nantes|bordeaux|lille|strasbourg"
    "|montpellier|rennes|france",
    "Europe/Brussels": "brussels|bruxelles|brussel|antwerpen|antwerp|anvers|gent|ghent|liege"
    "|belgium|belgique|belgie",
    "Europe/Amsterdam": "amsterdam|rotterdam|utrecht|den haag|the hague|eindhoven|groningen"
    "|nederland|netherlands",
    "Europe/Berlin": "berlin|munchen|munich|hamburg|koln|cologne|frankfurt|stuttgart"
    "|dusseldorf|leipzig|dresden|deutschland|germany",
    "Europe/Vienna": "wien|vienna|graz|salzburg|osterreich|austria",
    "Europe/Zurich": "zurich|geneve|geneva|genf|bern|basel|lausanne|suisse|schweiz|switzerland",
    "Europe/Rome": "roma|rome|milano|milan|torino|turin|napoli|naples|firenze|florence"
    "|bologna|venezia|venice|italia|italy",
    "Europe/Copenhagen": "copenhagen|kobenhavn",
    "Europe/Stockholm": "stockholm",
    "Europe/Oslo": "oslo",
    "Europe/Warsaw": "warsaw|warszawa|krakow",
    "Europe/Prague": "prague|praha",
    "Europe/Helsinki": "helsinki|finland",
    "Europe/Athens": "athens|athina",
    "Europe/Istanbul": "istanbul|ankara|turkiye|turkey",
    "Europe/Moscow": "moscow|moskva",
    "Africa/Lagos": "lagos|abuja|nigeria",
    "Africa/Kinshasa": "kinshasa",
    "Africa/Luanda": "luanda|angola",
    "Africa/Algiers": "alger|algiers|algerie|algeria",
    "Africa/Tunis": "tunis|tunisi|tunisie|tunisia",
    "Africa/Douala": "douala|yaounde|cameroun|cameroon",
    "Africa/Accra": "accra|ghana",
    "Africa/Dakar": "dakar|senegal",
    "Africa/Abidjan": "abidjan|cote d'ivoire|ivory coast",
    "Atlantic/Reykjavik": "reykjavik|iceland",
    "Africa/Johannesburg": "johannesburg|cape town|kapstadt|pretoria|durban|south africa",
    "Africa/Windhoek": "windhoek|namibia",
    "Africa/Maputo": "maputo|mocambique|mozambique",
    "Africa/Nairobi": "nairobi|kenya",
    "Asia/Dubai": "dubai|abu dhabi",
    "Asia/Riyadh": "riyadh",
    "Asia/Kolkata": "mumbai|delhi|new delhi|bangalore|bengaluru|india",
    "Asia/Singapore": "singapore",
    "Asia/Hong_Kong": "hong kong",
    "Asia/Shanghai": "shanghai|beijing",
    "Asia/Tokyo": "tokyo|japan",
    "Australia/Sydney": "sydney|canberra|new south wales",
    "Australia/Melbourne": "melbourne",
    "Australia/Brisbane": "brisbane|gold coast|queensland|cairns|townsville",
    "Australia/Hobart": "hobart|tasmania",
    "Australia/Adelaide": "adelaide",
    "Australia/Perth": "perth",
    "Pacific/Auckland": "auckland|wellington|christchurch|new zealand|aotearoa",
    "Pacific/Fiji": "suva|fiji",
    "Pacific/Tongatapu": "nuku'alofa|tonga",
    "Pacific/Apia": "apia|samoa",
    "Pacific/Port_Moresby": "port moresby|papua new guinea",
    "Pacific/Noumea": "noumea|nouvelle-caledonie|new caledonia",
}
PLACE_ZONES: dict[str, str] = {
    name: tz for tz, names in _PLACES_BY_CLOCK.items() for name in names.split("|")
}
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

# Public holidays kept on a counted weekday of a month, a day that differs by country (and by
# state in Australia): (month, weekday, which one), by the clocks of the places keeping it so.
_US_CLOCKS = frozenset(
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
        (_US_CLOCKS | _CANADA_CLOCKS, (9, 0, 1)),
        (frozenset({"Australia/Sydney", "Australia/Adelaide"}), (10, 0, 1)),
        (frozenset({"Australia/Melbourne", "Australia/Hobart"}), (3, 0, 2)),
        (frozenset({"Australia/Brisbane"}), (5, 0, 1)),
        (frozenset({"Australia/Perth"}), (3, 0, 1)),
    ),
    "thanksgiving": ((_US_CLOCKS, (11, 3, 4)), (_CANADA_CLOCKS, (10, 0, 2))),
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
    r"\b((?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|wednesday|thursday|saturday"
    r"|tuesday|today|tomorrow)([ \t]+)([ap])m\b(?!\.)",
    re.IGNORECASE,
)
_HALVES = {"a": "morning", "p": "afternoon"}


EMAIL = re.compile(r"[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")


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


# The certainty checks spell out the same reply text again and again.
@lru_cache(maxsize=8)
def spelled_out(text: str) -> str:
    """``text`` with phone shorthand spelled out, dropped apostrophes and capitals restored."""
    if "@" in text:
        text = _names_spelled_by_addresses(text)
    # Each pattern runs only where its letters occur: replies can be megabytes of anything.
    lower = text.lower()
    if any(short in lower for short in _SHORTHAND):
        text = _SHORT_WORD.sub(lambda m: _SHORTHAND[m[1].lower()], text)
    if "am" in lower or "pm" in lower:
        text = _DAY_HALF.sub(lambda m: m[1] + m[2] + _HALVES[m[3].lower()], text)
    return _BARE_NOT.sub(r"\1n't", text) if "nt" in lower else text
