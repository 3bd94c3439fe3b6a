"""Which of the languages the reader knows a reply is written in, if any.

The reader's cues cover English, French, Spanish, German, Italian,
Portuguese and Dutch. A reply mostly in another script (Japanese, Russian,
Arabic, …) or in Latin letters with none of these languages' common words
(Polish, Turkish, …) is one it cannot read, so nothing it finds there is sure.
"""

from __future__ import annotations

import re

KNOWN = ("en", "fr", "es", "de", "it", "pt", "nl")
# Each language's most common short words, space-separated, and the words a short no leans on
# ("unfortunately", "sorry": "Helaas geen ruimte hiervoor momenteel, succes ermee.").
_WORDS: dict[str, str] = {
    "en": (
        "the and you for with this that would could thanks thank happy sure will have is are "
        "my your can not but if it be i'm i'd me we our let know time week to of in on a hi "
        "hello free chat call works next best please yes let's do does work or and so just "
        "great sounds good up"
        # Short notes typed on a phone ("gotta cancel tmrw, sick kid at home. sorry!!") keep
        # few of the words above; these are as common in them.
        " at from all sorry hey got gotta"
        " unfortunately these those"
    ),
    "fr": (
        "le la les des et je vous pour avec merci est une pas mais nous bonjour serai suis votre "
        "ce sera avec plaisir semaine disponible au du en sur mon ma vos prochaine bien oui très "
        "à ou ça c'est de un ces malheureusement désolé désolée"
        " dans ta moi toi ne cette"
    ),
    "es": (
        "el la los las y que para con gracias una pero estoy hola puedo usted tu por muy semana "
        "me nos es del en lo mi su al si próxima bien sí está claro de un tengo estos este "
        "lamentablemente"
        " ahora mismo nuevo siento esta estas también"
    ),
    "de": (
        "der die das und ich sie für mit nicht ist eine aber gerne danke hallo bin wir ihnen "
        "es gibt woche den dem zu im auf ein gut mir uns am um ja sehr oder leider keine tut "
        "momentan"
        " mich sich derzeit auch noch"
    ),
    "it": (
        "il lo gli e che per con sono grazie una ma non ciao posso volentieri della del "
        "settimana mi ti ci è alle al nel bene va te si prossima sì molto di in questo le la "
        "un ad da ho ha purtroppo"
        " questa questi buona anche più io ed spiace dispiace adesso"
    ),
    "pt": (
        "o os as e que para com obrigado obrigada uma mas não olá estou posso você do da "
        "semana em é na no às pode ser ao se bem meu próxima está oi pra mim até lá sim tudo ou "
        "de um esses esta este infelizmente desculpe"
        " agora neste nesta muito também"
    ),
    "nl": (
        "de het een en ik je u voor met niet is maar bedankt dank graag hallo ben wij we "
        "volgende week zou kan om mij goed uit komt hoi groet dag van op te dat ja prima tot of "
        "geen helaas hier er"
        " deze dit daar mijn nog lukt momenteel"
    ),
}
_COMMON = {code: frozenset(words.split()) for code, words in _WORDS.items()}
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_]))*")
# Addresses and links are in no language.
_NOT_WORDS = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+", re.IGNORECASE)
# Letters past Latin Extended-B (U+024F) are another script.
_LATIN_END = 0x24F
# Below this many words, a reply ("OK!", "Sí") says too little to tell.
_MIN_WORDS = 6


def language_of(text: str) -> str | None:
    """The code of the known language ``text`` is in, ``""`` if too short to tell, else ``None``."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return ""
    foreign = sum(1 for c in letters if ord(c) > _LATIN_END)
    if foreign * 3 > len(letters):
        return None
    words = [w.lower() for w in _WORD.findall(_NOT_WORDS.sub(" ", text))]
    if len(words) < _MIN_WORDS:
        return ""
    hits = {code: sum(w in _COMMON[code] for w in words) for code in KNOWN}
    best = max(KNOWN, key=lambda code: hits[code])
    # A known language uses its common words often: at least one word in ten.
    return best if hits[best] * 10 >= len(words) else None
