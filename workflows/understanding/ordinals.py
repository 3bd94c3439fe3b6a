"""Which of the user's offered times a reply picks by its place in the list.

"2nd one works!", "the first option is fine", "option B", "le deuxième me
va", "der zweite Termin passt": the sender points at the user's list rather
than repeating a time. Only an ordinal followed by a word for an option (or
straight by the yes) counts: "the first week of March works" picks no slot.
"""

from __future__ import annotations

import re

from workflows.understanding.dates import alternation
from workflows.understanding.vocab import MONTHS

# Position in the user's list: 0 the first, -1 the last.
_PLACES: dict[str, int] = {
    "first": 0, "1st": 0, "former": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2,
    "last": -1, "latter": -1,
    "premier": 0, "première": 0, "deuxième": 1, "seconde": 1, "troisième": 2,
    "dernier": -1, "dernière": -1,
    "primero": 0, "primera": 0, "primer": 0, "segundo": 1, "segunda": 1, "tercero": 2,
    "tercera": 2, "último": -1, "última": -1,
    "erste": 0, "ersten": 0, "erster": 0, "zweite": 1, "zweiten": 1, "zweiter": 1,
    "dritte": 2, "dritten": 2, "letzte": -1, "letzten": -1,
    "primo": 0, "prima": 0, "secondo": 1, "seconda": 1, "terzo": 2, "terza": 2, "ultimo": -1,
    "ultima": -1,
    "primeiro": 0, "primeira": 0, "terceiro": 2, "terceira": 2,
    "eerste": 0, "tweede": 1, "derde": 2, "laatste": -1,
    # Swedish, Norwegian and Danish ("andra", "andre" are "other" too: only before a word for
    # an option, in its definite form), and Catalan.
    "första": 0, "forsta": 0, "første": 0, "forste": 0, "andra": 1, "andre": 1, "anden": 1,
    "tredje": 2, "sista": -1, "siste": -1, "sidste": -1,
    "segon": 1, "segona": 1, "tercer": 2, "últim": -1, "darrer": -1, "darrera": -1,
}  # fmt: skip
_OPTION_WORDS = (
    # Not "time": "my first time doing one of these" points at no option.
    r"one|option|slot|choice|créneau|horaire|opción|horario|hueco|Termin|Vorschlag"
    r"|Zeitpunkt|orario|opzione|proposta|horário|opção|optie|tijdstip|voorstel"
    # Definite only: "andre tidspunkt" may be "other times", "det andre tidspunktet" is the
    # second.
    r"|tiden|tidspunktet|alternativet|forslaget|opció|proposta"
)
# A yes right after the ordinal, when no option word follows: "der zweite passt", "2nd works".
_YES_AFTER = (
    r"works|would work|is (?:fine|good|great|perfect|best)|suits|me va|me convient|me viene bien"
    r"|passt|klappt|va bene|funziona|serve|está bem|fica bom|past|lukt|is prima"
)
_WORDS = "|".join(re.escape(w) for w in sorted(_PLACES, key=len, reverse=True))
_PLACE = rf"(?<![\w-])(?P<place>{_WORDS})"
_ORDINAL = re.compile(
    _PLACE + rf"[ \t]+(?:(?:{_OPTION_WORDS})\b|(?=(?:{_YES_AFTER})\b))",
    re.IGNORECASE,
)
# "2nd works": the second option, or the 2nd of the month (the date grammar reads it so).
_DAY_OR_PLACE = re.compile(rf"(?<![\w-])(?:1st|2nd|3rd)[ \t]+(?=(?:{_YES_AFTER})\b)", re.I)
# "11am Eastern on the 3rd works": "on" before the ordinal makes it a day of the month (a
# place in the list is "the 3rd works", "the third one"), which the date grammar reads.
_ON_BEFORE = re.compile(r"(?<![\w-])on[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)


def _on_a_day(text: str, m: re.Match[str]) -> bool:
    """Whether an ordinal matched straight before a yes is written as a day ("on the 3rd")."""
    return bool(_ON_BEFORE.search(text, max(0, m.start() - 12), m.start())) and not re.search(
        rf"(?:{_OPTION_WORDS})\b", m.group(0), re.IGNORECASE
    )


# "the first or the second one": a bare ordinal listed before another names a place too.
_LISTED = re.compile(
    # Only before another ordinal: "first and foremost", "first of all" list nothing.
    _PLACE + r"[ \t]*,?[ \t]+(?:or|and|ou|et|o|y|oder|und|e|of|en)[ \t]+"
    rf"(?:(?:the|le|la|el|der|die|den|il|o|a|de|het)[ \t]+)?(?:{_WORDS})(?![\w-])"
    # "off on 2nd and 3rd December": days of a month, not places in the list.
    rf"(?![ \t]+(?:of[ \t]+)?(?:{alternation(MONTHS)})\b)",
    re.IGNORECASE,
)
# "Option B", "la opción 2": a lettered or numbered option (capital: "an option a lot of …").
# "#3 works": a number marked as a place in the list.
_LETTERED = re.compile(
    r"(?:\b(?:option|opción|opção|opzione|optie|Option)[ \t]+|(?<![\w#])#)(?P<mark>[A-C1-3])\b"
    r"(?![\w:.])"
)


# "Option B is out for me, A works", "the second one doesn't work": a place turned down in its
# own clause, which no list position read from the reply can be trusted beside.
_TURNED_DOWN = re.compile(
    r"[^.,;:!?\n]{0,25}?\b(?:is out|out for me|not|no good|doesn't|does not|won't|will not"
    r"|isn't|can't|cannot|geht nicht|passt nicht|ne me convient pas|no me va|no puedo|non va"
    r"|não dá|não posso|lukt niet|past niet|ikke|inte|no em va)\b",
    re.IGNORECASE,
)


def ordinal_place(text: str) -> int | None:
    """The list position the reply picks (0 first, -1 last), or ``None`` if none or several."""
    found = [
        *(m for m in _ORDINAL.finditer(text) if not _on_a_day(text, m)),
        *_LISTED.finditer(text),
        *_LETTERED.finditer(text),
    ]
    if any(_TURNED_DOWN.match(text, m.end()) for m in found):
        return None
    places = {_PLACES[m["place"].lower()] for m in found if m.re is not _LETTERED}
    for m in _LETTERED.finditer(text):
        mark = m["mark"].upper()
        places.add(ord(mark) - ord("A") if mark.isalpha() else int(mark) - 1)
    return next(iter(places)) if len(places) == 1 else None


# "let's do the earlier one": a place in time, not in the list. "An earlier one?" asks for
# another time, and "earlier" between more than two times points at none.
_IN_TIME = re.compile(
    r"(?<![\w-])the[ \t]+(?P<which>earlier|earliest|later|latest)[ \t]+"
    r"(?:one|option|slot|time|choice)\b",
    re.IGNORECASE,
)


def time_place(text: str, count: int) -> int | None:
    """The place in time the reply picks among ``count`` offers (0 earliest, -1 latest)."""
    places = {
        0 if m["which"].lower().startswith("earl") else -1
        for m in _IN_TIME.finditer(text)
        if count == 2 or m["which"].lower().endswith("est")
    }
    return next(iter(places)) if len(places) == 1 else None


# "the middle one", "la del medio", "a do meio": the place between the first and the last.
_MIDDLE = re.compile(
    r"(?<![\w-])(?:middle[ \t]+(?:one|option|slot|choice)|(?:la|el|a|o)[ \t]+d(?:el|o)[ \t]+"
    r"(?:medio|meio)|(?:celui|celle)[ \t]+du[ \t]+milieu|(?:der|die|den)[ \t]+mittleren?)\b",
    re.IGNORECASE,
)


def middle_place(text: str, count: int) -> int | None:
    """The middle of ``count`` offers, if the reply picks it and there is one (an odd count)."""
    return count // 2 if count % 2 and _MIDDLE.search(text) else None


def day_or_place(text: str) -> bool:
    """A numbered ordinal right before a yes ("2nd works"): a list place or a day alike."""
    return any(not _on_a_day(text, m) for m in _DAY_OR_PLACE.finditer(text))


# A word that points at one of the user's times: a place in the list after an article ("la
# seconda", not Dutch "is prima"), a word for an option, a day of the month ("il giorno 8",
# "the 8th"). Not "one" ("one quick question") nor a bare number ("a team of 12 at 2 sites").
_POINTER = re.compile(
    r"(?<![\w-])(?:(?:the|le|la|el|der|die|den|das|il|lo|o|a|de|het)[ \t]+"
    rf"(?:{_WORDS})|(?!one\b)(?:{_OPTION_WORDS})"
    r"|(?:giorno|dia|día|jour|tag|dag|the|le|el|il|am|de|op)[ \t]+\d{1,2}"
    r"|\d{1,2}(?:st|nd|rd|th|e|º|ª))(?![\w-])",
    re.IGNORECASE,
)


def points_at_one(text: str) -> bool:
    """Whether ``text`` has a word that may single out one of several offered times.

    "La seconda va bene", "O primeiro está ótimo", "Il giorno 8 va bene": a pick in words
    :func:`ordinal_place` and the date grammar did not read, so no time was taken from it.
    """
    return bool(_POINTER.search(text))


# "The first two", "die ersten beiden", "les deux premiers", "las dos primeras", "i primi due":
# several places of the list at once, in either order of count and place.
_PLURAL_PLACES = (
    rf"{_WORDS}|primi|ultimi|primeras|primeros|últimas|últimos|premiers|premières|derniers"
    r"|dernières|primeiros|primeiras|beiden"
)
_COUNTS = r"two|2|zwei|beiden|deux|dos|due|dois|duas|twee"
_SOME_PLACES = re.compile(
    rf"(?<![\w-])(?:(?:{_PLURAL_PLACES})[ \t]+(?:{_COUNTS})"
    rf"|(?:{_COUNTS})[ \t]+(?:{_PLURAL_PLACES}))(?![\w-])",
    re.IGNORECASE,
)


def names_some_places(text: str) -> bool:
    """Whether ``text`` points at several places of the user's list ("either of the first two").

    A yes to "any" of them is then to some of the user's times, and which ones the reader would
    have to work out from the places.
    """
    return bool(_SOME_PLACES.search(text))
