"""The few plain things the reader takes in a language beyond the seven it knows.

In Polish, Swedish, Greek and the other languages ``language_of`` names beyond the seven
(``language.OTHER``) the reader has no time grammar and only a short table of phrases each
(``vocab.OTHER_TONGUES``). So it takes a reply only when it says one thing plainly: an
unhedged no, the chat put off to a named month, a colleague named with their address, or a
question that asks for no time; a plain call-off of "our call"; or a holding note that promises
the answer within the day. A reply with any number, day, hour, hedge or second cue in it stays
in doubt: read certain and wrong, a reply costs the user far more than a doubt.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from workflows.people import Referral
from workflows.stages import Intent
from workflows.understanding.language import reads
from workflows.understanding.verdict import TimeWindow
from workflows.understanding.vocab import EMAIL, OTHER_TONGUES, URL, Tongue, folded

DECLINED = "a plain no, in a language beyond the seven"
PUT_OFF = "put off to a named month, in a language beyond the seven"
POINTED = "points to a colleague named with an address, in a language beyond the seven"
ASKED = "asks something, no time in it, in a language beyond the seven"
CALLED_OFF = "calls off the meeting booked, in a language beyond the seven"
HELD = "will answer once they have looked, in a language beyond the seven"
BACK_ON = "an absence notice naming the day back at work, in Japanese or Korean"
REASONS = frozenset({DECLINED, PUT_OFF, POINTED, ASKED, CALLED_OFF, HELD, BACK_ON})
# The languages beyond the seven whose day and month names the time grammar reads
# (``vocab.WEEKDAYS``, ``vocab.MONTHS``): a time in them stands only as a pick or an offer
# their plain words bear out (``vouches``).
TIMED = ("sv", "da", "no", "ca", "lv")

# "W dniu pt., 13.04.2035 o 01:10 Ignacio <ignacio@…> napisał:": the line over a quote, in a
# language whose wording of it the quote stripper does not know.
# Outlook's quote starts with a rule of underscores or with its own header lines ("Från: Lena
# Brandt <lena@…>").
_ATTRIBUTION = re.compile(
    r"^(?:[^\n]*(?:@|\d:\d\d)[^\n]*:[ \t]*|_{10,}[ \t]*|[^\W\d_]{2,12}:[ \t][^\n]*@[^\n]*)$",
    re.MULTILINE,
)
# "+420 731 555 210", "Tel.: +47 22 33 44 55": a signature's phone, which is no date or clock
# (those never open on "+").
_PHONE = re.compile(
    r"^[ \t]*(?:[^\W\d_]{1,9}\.?:?[ \t]*)?\+\d[\d \t()/.-]{6,}\d[ \t]*$", re.MULTILINE
)
# "Sveavägen 44, 111 34 Stockholm", "Karl Johans gate 5, 0154 Oslo": a signature's street (by
# its Nordic ending) and post code, the line no more than that; its numbers are no date or clock.
_POSTAL = re.compile(
    r"^[ \t]*(?:[A-ZÅÄÖÆØ][^\W\d_]*[ \t]+){0,2}[^\W\d_]*(?:gatan|gata|gate|gade|vägen|väg"
    r"|vegen|veien|vei|vej|allé|alle|plads|plass|torget|torg|gränd|stræde|stredet|backen|kajen)"
    r"[ \t]+\d{1,4}[a-zA-Z]?,[ \t]*"
    r"\d{3,5}(?:[ -]\d{2,3})?[ \t]+[A-ZÅÄÖÆØ][^\W\d_]+(?:[ \t][A-ZÅÄÖÆØ][^\W\d_]*)?[ \t]*$",
    re.MULTILINE,
)
# "10月12日（月）より出社いたします", "10月12日から業務に復帰します": back at work from the day
# named, as a Japanese absence notice says it (the weekday in brackets after the date).
_JA_BACK = re.compile(
    r"(\d{1,2})月(\d{1,2})日(?:[(][^)\n]{1,3}[)])?(?:より|から|以降)[^。\n\d]{0,6}?"
    r"(?:出社|出勤|帰社|復帰|戻)"
)
# "4월 11일(월)에 복귀하여 회신드리겠습니다", "4월 11일부터 출근합니다": the same in Korean
# ("4월 8일까지" is the last day away, no day back).
_KO_BACK = re.compile(
    r"(\d{1,2})월[ \t]?(\d{1,2})일[ \t]?(?:[(][^)\n]{1,3}[)])?[ \t]?(?:에|부터)[ \t]?[^.\n\d]{0,6}?"
    r"(?:복귀|출근|돌아)"
)
# Urdu ends a sentence with "۔", Arabic and Urdu ask with "؟".
_SENTENCE = re.compile(r"[^.!?;\n۔؟]+(?:\n(?!\n)[^.!?;\n۔؟]+)*")
# A name of two or three capitalised words, right before an address.
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)?")


@dataclass(frozen=True)
class OtherReading:
    """What a reply in a language beyond the seven plainly says."""

    intent: Intent
    reason: str
    return_date: date | None = None
    referral: Referral | None = None


@cache
def _cue(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)")


def _said(pattern: str, words: str) -> bool:
    return bool(pattern) and _cue(pattern).search(words) is not None


def own_words(text: str) -> str:
    """``text`` above a quote's attribution line the quote stripper left in."""
    cut = _ATTRIBUTION.search(text)
    return text[: cut.start()] if cut is not None and cut.start() > 0 else text


def _plain_words(own: str) -> str:
    """``own`` folded, its addresses and links blanked: their letters are no one's words."""
    return folded(URL.sub(" ", EMAIL.sub(" ", own)))


def _month_return(tongue: Tongue, words: str, written: date) -> date | None:
    """The first of the one month named, when no other part of it is ("mid", "end")."""
    # "October is busy for us. Let's come back to it early in November": the month said with
    # the putting off.
    said = [s for s in _SENTENCE.findall(words) if _said(tongue.back, s)]
    named = {i + 1 for s in said for i, month in enumerate(tongue.months) if _said(month, s)}
    if len(named) != 1 or any(_said(tongue.late, s) for s in said):
        return None
    (month,) = named
    # The month this one is in may be meant as now or as next year: unsure either way.
    if month == written.month:
        return None
    return date(written.year + (month < written.month), month, 1)


def _cues_in(tongue: Tongue, words: str) -> bool:
    """Whether ``words`` hold any cue of ``tongue`` but a no: a yes, a maybe, a time, a month."""
    names = ("unsure", "yes", "refer", "back", "time", "cancel", "hold")
    return any(_said(getattr(tongue, n), words) for n in names) or any(
        _said(month, words) for month in tongue.months
    )


def _holds(tongue: Tongue, words: str) -> bool:
    """Whether ``words`` are a holding note and no more: the answer to come, a "glad to help"."""
    if not _said(tongue.hold, words):
        return False
    rest = _cue(tongue.hold).sub(" ", words)
    if tongue.glad:
        rest = _cue(tongue.glad).sub(" ", rest)
    return not (_said(tongue.no, rest) or _cues_in(tongue, rest))


def _pointed_to(text: str) -> Referral | None:
    """The one person named with an address, the address being theirs by its name."""
    addresses = list(EMAIL.finditer(text))
    if len(addresses) != 1:
        return None
    (address,) = addresses
    before = text[max(0, address.start() - 80) : address.start()].rstrip(" \t\n(<[:,–-")
    names: list[str] = []
    for word in reversed(before.split()):
        if not (_NAME_WORD.fullmatch(word) and word[0].isupper()) or len(names) == 3:
            break
        names.insert(0, word)
    if len(names) < 2:
        return None
    local = set(re.split(r"[._+-]", folded(address.group().split("@")[0])))
    if not local & {folded(n) for n in names}:
        return None
    return Referral(" ".join(names), address.group())


def timed_language(text: str, code: str | None) -> str | None:
    """The language of ``TIMED`` whose plain words must bear out the times read in ``text``.

    The one ``text`` is in (``code``) when the seven languages' cues do not hold on it, or the
    one whose day names it says ("el dimecres 18", short Catalan that reads as Spanish); not
    English that merely shares short words with Danish ("at 10am ET").
    """
    if code in TIMED and not reads(text):
        return code
    words = folded(own_words(text))
    return next((c for c in TIMED if _said(OTHER_TONGUES[c].days, words)), None)


def vouches(
    text: str,
    code: str,
    intent: Intent,
    windows: Sequence[TimeWindow],
    offered: Sequence[TimeWindow],
) -> bool:
    """Whether the plain words of ``text``, in ``code`` (one of ``TIMED``), bear out its times.

    The seven languages' reading stands as a yes to the user's times, or an offer of the
    sender's own.

    "Tirsdag 3. mars kl 10 passer fint for meg" picks; "passer ikke", "em va bé?" do not, nor
    a time beside a maybe, a later, a colleague or a question.
    """
    tongue = OTHER_TONGUES[code]
    words = _plain_words(own_words(text))
    hedges = (tongue.unsure, tongue.back, tongue.refer, tongue.condition)
    if "?" in words or any(_said(cue, words) for cue in hedges):
        return False
    starts = {w.start for w in offered}
    if intent is Intent.ACCEPT and all(w.start in starts for w in windows):
        said = words
        vouched = _said(tongue.yes, said)
    elif intent is Intent.PROPOSE_TIMES and not any(w.start in starts for w in windows):
        # "Dina tider passar tyvärr inte, men jag kan tisdag 10 mars": the no is to the user's
        # times, and the offer follows the "but".
        turn = _cue(tongue.but).search(words) if tongue.but else None
        after = words[turn.end() :] if turn is not None else ""
        said = after if _said(tongue.can, after) else words
        vouched = _said(tongue.can, said)
    else:
        return False
    return vouched and not (_said(tongue.no, said) or _said(tongue.negation, said))


def read_other(
    text: str, code: str, written: date, *, settled: bool = False
) -> OtherReading | None:
    """The plain reading of ``text``, written in language ``code`` on ``written``, if any.

    Under a meeting the thread ``settled`` only a call-off is read: a no may be to the meeting
    or to a new time, and a holding note may be about either.
    """
    tongue = OTHER_TONGUES.get(code)
    if tongue is None:
        return None
    own = own_words(text)
    words = _plain_words(_POSTAL.sub(" ", _PHONE.sub(" ", own)))
    # A number may be a date, a clock or a count of weeks: nothing here reads one.
    if any(c.isdigit() for c in words):
        return None
    # "If I'm back by then, write to me in May": what waits on a condition is not said.
    if _said(tongue.condition, words):
        return None
    # Greek asks with ";", Arabic and Urdu with "؟".
    asks = "?" in words or "؟" in words or (code == "el" and ";" in words)
    if _said(tongue.cancel, words):
        # "… and let's find another time", "could we move it?": a move, not a call-off. A no
        # beside it ("unfortunately I can't, I must cancel our call") is the same call-off.
        called_off = not (asks or _cues_in(tongue, _cue(tongue.cancel).sub(" ", words)))
        return OtherReading(Intent.CANCEL, CALLED_OFF) if called_off else None
    if settled:
        return None
    if not asks and _holds(tongue, words):
        return OtherReading(Intent.OTHER, HELD)
    if _said(tongue.time, words):
        return None
    cues = {
        name: _said(getattr(tongue, name), words)
        for name in ("no", "unsure", "yes", "refer", "back")
    }
    months = any(_said(month, words) for month in tongue.months)
    if cues["back"] and months and not (cues["yes"] or cues["refer"] or asks):
        back = _month_return(tongue, words, written)
        return None if back is None else OtherReading(Intent.DEFER, PUT_OFF, return_date=back)
    if months or cues["back"]:
        return None
    if cues["refer"]:
        person = _pointed_to(own)
        if person is None or cues["yes"] or asks:
            return None
        return OtherReading(Intent.REFERRAL, POINTED, referral=person)
    if cues["no"] and not (cues["unsure"] or cues["yes"] or asks):
        return OtherReading(Intent.DECLINE, DECLINED)
    if asks and not any(cues.values()):
        return OtherReading(Intent.OTHER, ASKED)
    return None


def east_asian_return(text: str, written: date) -> date | None:
    """The one day back at work a Japanese or Korean absence notice names.

    Two days named as the return, or one not after ``written`` (the notice's own day), say
    none for sure.
    """
    # Full-width digits and brackets ("１０月１２日（月）") read as their plain forms.
    plain = unicodedata.normalize("NFKC", text)
    named = {(int(m[1]), int(m[2])) for m in (*_JA_BACK.finditer(plain), *_KO_BACK.finditer(plain))}
    if len(named) != 1:
        return None
    ((month, day),) = named
    try:
        back = date(written.year + (month < written.month), month, day)
    except ValueError:
        return None
    return back if back > written else None
