"""Which language a reply is written in, if the reader can tell.

The reader's cues cover English, French, Spanish, German, Italian,
Portuguese and Dutch (``KNOWN``). Some others (``OTHER``: Polish, Swedish,
Greek, Russian, …) it names, so that the few plain phrases it takes in them
(``otherlanguages``) can be tried; everything else it finds there stays unsure.
A reply in a script or language it cannot name (Chinese, Persian, Hindi, …)
is ``None``.
"""

from __future__ import annotations

import re

from workflows.understanding.vocab import URL

KNOWN = ("en", "fr", "es", "de", "it", "pt", "nl")
# Named by common words, as the seven are.
_OTHER_LATIN = (
    "ca", "pl", "cs", "sk", "sv", "da", "no", "fi", "ro", "hu", "tr", "id", "tl", "vi", "lv", "lt",
    "et",
)  # fmt: skip
# Named by their script alone.
_SCRIPTS = ("el", "he", "ru", "uk", "ar", "ur", "ja", "ko")
OTHER = _OTHER_LATIN + _SCRIPTS
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
    # Words the seven share ("de", "la", "en") are left out below, so a reply in one of the
    # seven is not taken for a neighbour.
    "ca": (
        "els amb gràcies moltes però em et ho tinc aquest aquesta mateix meva teva perquè ja "
        "molt doncs fer dir seran puc estic sóc ara pel missatge setmana vinent"
    ),
    "pl": (
        "i w z na do nie się że to jest mnie mi jak ale niestety dziękuję dzień dobry cześć "
        "pozdrawiam czy tak już od bo mam jestem możesz proszę bardzo tym tego który czasu "
        "wiadomość za"
    ),
    "cs": (
        "a v se na je že to do pro s z mi mě ale bohužel děkuji dobrý den jsem mám nemám by už "
        "jak za o k pane paní vám vás přeji pozdravem čas teď"
    ),
    "sk": (
        "a v sa na je že to do pre s z mi ma ale žiaľ ďakujem dobrý deň som mám nemám by už "
        "ako za o k vám vás prajem pozdravom čas teraz"
    ),
    "sv": (
        "och att det som en ett är jag du för med inte har på till av men tack hej vi kan om så "
        "vänliga hälsningar tyvärr just nu mitt min mig dig ditt"
    ),
    "da": (
        "og at det som en et er jeg du for med ikke har på til af men tak hej vi kan om så mvh "
        "venlig hilsen desværre lige nu min mig dig din fint"
    ),
    "no": (
        "og at det som en et er jeg du for med ikke har på til av men takk hei vi kan om så mvh "
        "vennlig hilsen dessverre akkurat nå min meg deg din"
    ),
    "fi": (
        "ja on ei se että en olen kiitos hei moi mutta niin kuin tämä ole sinun minun voin "
        "valitettavasti terveisin aikaa nyt kyllä myös vain meillä kiva"
    ),
    "ro": (
        "și în la cu pe că nu este sunt pentru o un mulțumesc bună ziua salut dar din păcate am "
        "vă te mă ce acum mai timp"
    ),
    "hu": (
        "és a az hogy nem van egy de köszönöm szia jó napot sajnos most nincs vagyok lenne is "
        "meg már csak kérem üdvözlettel"
    ),
    "tr": (
        "ve bir bu için ile ama çok teşekkür ederim merhaba maalesef şu an yok değil var ben "
        "sen size benim zaman hafta iyi günler saygılarımla şimdi"
    ),
    "id": (
        "dan yang di ke dari untuk dengan saya anda kami kita ini itu tidak bisa boleh terima "
        "kasih atas halo salam sudah akan ada pada hari maaf sekarang juga rekan silakan"
    ),
    "tl": (
        "ang ng sa mga na ko mo ako ka po salamat hindi pero at kasi yung ito siya natin tayo "
        "kayo pwede ba lang naman opo oo sige"
    ),
    "vi": (
        "và là của có không tôi em anh chị bạn được cho với này rất cảm ơn xin chào tiếc nhưng "
        "thời gian đã sẽ cuộc gọi ạ nhé thì mình"
    ),
    "lv": (
        "un ir man mums jums tev mēs jūs ar par uz ka bet vai paldies labdien sveiks sveika "
        "sveiki lūdzu diemžēl nav varu varam šo šis arī jau tikai būs esmu ļoti laika laiku"
    ),
    "lt": (
        "ir aš jūs man mums jums tau mes su už iš kad bet ar ačiū laba diena sveiki labai deja "
        "nėra galiu galime šį tai jau tik bus esu laiko pagarbiai"
    ),
    # Estonian shares "ja", "on", "ei" with Finnish; these are its own.
    "et": (
        "ja on ei see et ma mul sa teile kas aitäh tere kahjuks aga kui ka veel siis praegu saan "
        "meil minu sinu olen lugupidamisega"
    ),
}
_COMMON = {code: frozenset(words.split()) for code, words in _WORDS.items()}
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_]))*")
# Addresses and links are in no language.
_NOT_WORDS = re.compile(rf"\S+@\S+|{URL.pattern}", re.IGNORECASE)
# Letters past Latin Extended-B (U+024F) are another script, but for Latin Extended Additional,
# Vietnamese's letters ("ạ", "ế").
_LATIN_END = 0x24F
_LATIN_ADDITIONAL = range(0x1E00, 0x1F00)
_GREEK = range(0x370, 0x400)
_CYRILLIC = range(0x400, 0x530)
_HEBREW = range(0x590, 0x600)
_ARABIC = range(0x600, 0x700)
# Japanese writes kana among its kanji; Chinese, in kanji (hanzi) alone, is not named.
_KANA = range(0x3040, 0x3100)
_KANJI = range(0x4E00, 0xA000)
_HANGUL = range(0xAC00, 0xD7B0)
# Letters Urdu writes and Arabic does not (ے ں ٹ ڈ ڑ ہ); Persian, with neither these nor
# Arabic's alone, is not named.
_URDU = frozenset("\u06d2\u06ba\u0679\u0688\u0691\u06c1")
# Letters Persian and Urdu write and Arabic does not (پ چ ژ ک گ ی).
_NOT_ARABIC = frozenset("\u067e\u0686\u0698\u06a9\u06af\u06cc")
# Letters only Ukrainian writes among the Cyrillic languages the reader names.
_UKRAINIAN = frozenset("іїєґІЇЄҐ")
# Below this many words, a reply ("OK!", "Sí") says too little to tell.
_MIN_WORDS = 6


def _script(letters: list[str]) -> str | None:
    """The language named by the script most of ``letters`` are in, if one the reader names."""
    counts = {
        "el": sum(ord(c) in _GREEK for c in letters),
        "ru": sum(ord(c) in _CYRILLIC for c in letters),
        "he": sum(ord(c) in _HEBREW for c in letters),
        "ar": sum(ord(c) in _ARABIC for c in letters),
        "ja": sum(ord(c) in _KANA or ord(c) in _KANJI for c in letters),
        "ko": sum(ord(c) in _HANGUL for c in letters),
    }
    code = max(counts, key=lambda c: counts[c])
    if counts[code] * 2 <= len(letters):
        return None
    if code == "ja" and not any(ord(c) in _KANA for c in letters):
        return None
    if code == "ar" and any(c in _URDU for c in letters):
        return "ur"
    if code == "ar" and any(c in _NOT_ARABIC for c in letters):
        return None
    return "uk" if code == "ru" and any(c in _UKRAINIAN for c in letters) else code


def _common_words(text: str) -> tuple[int, dict[str, int]] | None:
    """How many words ``text`` has, and how many are common in each Latin-written language.

    ``None`` if it is mostly in another script.
    """
    letters = [c for c in text if c.isalpha()]
    foreign = sum(1 for c in letters if ord(c) > _LATIN_END and ord(c) not in _LATIN_ADDITIONAL)
    if foreign * 3 > len(letters):
        return None
    words = [w.lower() for w in _WORD.findall(_NOT_WORDS.sub(" ", text))]
    return len(words), {code: sum(w in _COMMON[code] for w in words) for code in _COMMON}


def language_of(text: str) -> str | None:
    """The code of the language ``text`` is in, ``""`` if too short to tell, else ``None``.

    One of ``KNOWN`` or of ``OTHER``; ``reads`` says whether the reader's cues hold there.
    """
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return ""
    counted = _common_words(text)
    if counted is None:
        return _script(letters)
    total, hits = counted
    if total < _MIN_WORDS:
        return ""
    best = max(KNOWN, key=lambda code: hits[code])
    other = max(_OTHER_LATIN, key=lambda code: hits[code])
    # Another language is named only when it beats every known one outright.
    if hits[other] > hits[best]:
        best = other
    # A language uses its common words often: at least one word in ten.
    return best if hits[best] * 10 >= total else None


def reads(text: str) -> bool:
    """Whether the seven languages' cues hold on ``text``.

    So they do when it is too short to tell, or one word in ten is common in one of the seven,
    whatever it is named: Catalan has many of Spanish's, and the cues have long read it so.
    """
    if not any(c.isalpha() for c in text):
        return True
    counted = _common_words(text)
    if counted is None:
        return False
    total, hits = counted
    known = max(hits[code] for code in KNOWN)
    if known == 1 and _own_words(text) > 1:
        # "Tere! Kas saaksime mais rääkida?": one word the seven share ("mais") among more of
        # another language's own is a chance likeness, not the language, however short.
        return False
    return total < _MIN_WORDS or known * 10 >= total


def _own_words(text: str) -> int:
    """How many of ``text``'s words one language beyond the seven has in common, at most.

    Only words common in none of the seven count ("tere", "kas"; not "mais").
    """
    words = [w.lower() for w in _WORD.findall(_NOT_WORDS.sub(" ", text))]
    words = [w for w in words if not any(w in _COMMON[code] for code in KNOWN)]
    return max(sum(w in _COMMON[code] for w in words) for code in _OTHER_LATIN)
