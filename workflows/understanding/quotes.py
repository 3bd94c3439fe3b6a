"""Keep only the sender's new words: quoted history and signature removed.

Two passes. Our own line rules cut at the first quote marker (``>`` lines,
"On … wrote:" in English, French, Spanish and German, Outlook's header block
and separators, forwarded-message banners); then mail-parser-reply, which
knows many more clients' header styles, runs on what is left. Last, the
signature goes: "-- ", mobile footers ("Sent from my iPhone" and its
translations), and a closing ("Best,", "Cordialement", "Viele Grüße", …)
followed only by a few short lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from mailparser_reply import EmailReplyParser

from workflows.understanding.dates import (
    SAME_DAY,
    THAT_DAY,
    DateMention,
    alternation,
    find_dates,
)
from workflows.understanding.vocab import (
    CLOCK_CHANGE_TALK,
    MONTHS,
    URL,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)

# The analysed text is capped so that every later pass stays fast.
MAX_INPUT_CHARS = 100_000
MAX_REPLY_CHARS = 20_000
# A signature is at most this many short lines after the closing.
_MAX_SIGNATURE_LINES = 6
_MAX_SIGNATURE_LINE_CHARS = 72

_QUOTED = re.compile(r"^[ \t]*>")
# iOS writes the date first with no "On": "Jan 12, 2027, at 5:40 PM, Name wrote:".
# Portuguese (Portugal) opens with "A" or "No dia": "A 15/05/2028, às 16:15, Name escreveu:";
# iOS in Portuguese with the weekday: "terça, 23/03/2027, 06:00, Name <x@y> escreveu:".
_ATTRIBUTION_START = re.compile(
    # Swedish and Danish open with "Den": "Den 2037-02-24 kl. 09:15 skrev Name <x@y>:";
    # Norwegian with the date itself: "24.02.2037 kl. 09:15 skrev Name <x@y>:"; Latvian and
    # Lithuanian with the year: "2037. gada 17. marts … rakstīja:", "2037-04-20, pr, … rašė:".
    r"^[ \t]*(?:On|Le|El|Am|Em|Il|Op|A|No[ \t]+dia|Den|\d{1,2}\.\d{1,2}\.\d{4}"
    r"|\d{4}\.|\d{4}-\d\d-\d\d,"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2},"
    rf"|(?:{alternation(WEEKDAYS)})\.?,(?=[ \t]+\d{{1,2}}/\d{{1,2}}/\d{{2,4}},))(?=[ \t])",
    re.IGNORECASE,
)
_ATTRIBUTION_END = re.compile(
    # Thunderbird in German and Dutch puts the name last: "Am … schrieb Riley Chen:".
    # Apple Mail in Dutch: "Op 3 okt. 2028 om 19:00 heeft Name <address> het volgende geschreven:".
    # Gmail in Catalan: "El dc., 12 de març 2030 a les 9:15, Name (<x@y>) va escriure:".
    r"(?:wrote|writes|a écrit|escribió|escribio|escreveu|va escriure|ha scritto|rakstīja|rašė"
    r"|het volgende geschreven|(?:schrieb|schreef|skrev)(?:[ \t]+[^:\n]{1,80})?)\s*:\s*$",
    re.IGNORECASE,
)
# Gmail in Portuguese, German, Dutch and Spanish puts the writer first and the date after the
# verb: "Name <x@y> escreveu (segunda, 17/03/2031 à(s) 09:40):", "Name <x@y> schrieb am Mo.,
# 17. März 2031, 09:40:", "Name <x@y> schreef op ma 17 mrt 2031 om 09:40:". The address keeps a
# sentence that ends in "wrote:" out; the date tail may hold a clock's colon but no other.
_NAMED_ATTRIBUTION = re.compile(
    r"^[ \t]*[^\n<>:]{1,80}?[ \t(]*<[^<>\s@]{1,64}@[^<>\s]{1,200}>\)?[ \t]*"
    r"(?:wrote|a écrit|escribió|escribio|escreveu|va escriure|ha scritto|schrieb|schreef"
    r"|heeft het volgende geschreven)"
    r"(?:[ \t]+(?:[^:\n]|\d:\d){1,80}?)?[ \t]*:[ \t]*$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(
    r"^[ \t]*(?:"
    r"-{2,}[ \t]*(?:Original Message|Forwarded message|Message d'origine|Message transféré"
    r"|Mensaje original|Mensaje reenviado|Ursprüngliche Nachricht|Weitergeleitete Nachricht)"
    r"[ \t]*-*"
    r"|_{10,}|-{10,}|\* \* \*"
    r")[ \t]*$",
    re.IGNORECASE,
)
# The line a mail program puts above a forwarded message, in the seven languages.
FORWARD_MARK = re.compile(
    r"^[-\s]*(?:forwarded message|begin forwarded message"
    r"|message transféré|mensaje reenviado|weitergeleitete nachricht|messaggio inoltrato"
    r"|mensagem encaminhada|doorgestuurd bericht)\b",
    re.IGNORECASE | re.MULTILINE,
)
_FROM_HEADER = re.compile(
    r"^[ \t]*\*{0,2}(?:From|De|Von|Da|Van)[ \t]*\*{0,2}[ \t]*:", re.IGNORECASE
)
_NEXT_HEADER = re.compile(
    r"^[ \t]*\*{0,2}(?:Sent|Date|To|Subject|Cc|Envoyé|À|Objet|Enviado|Fecha|Para|Asunto"
    r"|Gesendet|Datum|An|Betreff|Inviato|Data|A|Oggetto|Enviada|Assunto|Verzonden|Aan"
    r"|Onderwerp)[ \t]*\*{0,2}[ \t]*:",
    re.IGNORECASE,
)
_SIGNATURE_START = re.compile(
    r"^[ \t]*(?:--[ \t]*|__[ \t]*"
    r"|Sent from my\b.{0,40}|Sent from (?:Outlook|Mail|Yahoo|Gmail)\b.{0,40}"
    r"|Get Outlook for\b.{0,40}"
    r"|Sent via\b.{0,40}|Envoyé de mon\b.{0,40}|Envoyé depuis\b.{0,40}|Enviado desde\b.{0,40}"
    r"|Von meinem\b.{0,40}gesendet|Gesendet (?:von|vom|mit)\b.{0,40}"
    # Google Calendar's notification footer.
    r"|Reply for \S{1,200}@\S{1,200}|Invitation from Google Calendar"
    # A legal footer: long lines, but never the sender's words.
    r"|(?:confidentiality notice|disclaimer|this (?:e-?mail|message|communication)"
    r"(?: and any attachments?)? (?:is|are|may (?:be|contain)|contains) (?:strictly )?"
    r"(?:confidential|privileged|intended)"
    r"|the information (?:contained )?in this (?:e-?mail|message)"
    # "Acme Ltd is registered in Scotland, SC512334.", "Registered office: …": a company's
    # registration, which no sender writes in a reply.
    r"|[^\n]{0,60}?\b(?:ltd|limited|plc|llp|gmbh|b\.?v|n\.?v|s\.?a\.?s?|s\.?r\.?l|s\.?p\.?a)\.?,?"
    r" (?:is )?registered (?:in|at|with)"
    r"|registered (?:office|in (?:england|scotland|wales|ireland))"
    # "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos …": a footer's heading,
    # or the message and its attachments named as its subject.
    r"|(?:aviso legal|avis légal|avviso legale|rechtlicher hinweis|legal notice)(?=[ \t]*:)"
    r"|este (?:mensaje|correo)(?: electrónico)? y (?:sus|los) (?:archivos )?adjuntos"
    r"|ce (?:message|courriel) et (?:toutes )?les pièces jointes"
    r"|este (?:mensaje|correo)(?: electrónico)? (?:es|contiene|puede contener) (?:información )?"
    r"confidencial|diese (?:e-?mail|nachricht) (?:enthält|ist) vertraulich(?:e|en)?"
    # "Diese E-Mail kann vertrauliche Informationen enthalten" ("… nicht der richtige
    # Adressat …" in it is no refusal), and the same footer in the other languages.
    r"|diese (?:e-?mail|nachricht) (?:kann|könnte) vertrauliche"
    r"|ce (?:message|courriel) (?:peut contenir|contient) des informations confidentielles"
    r"|(?:questa e-?mail|questo messaggio) (?:può contenere|contiene) informazioni"
    r" (?:riservate|confidenziali)|esta mensagem (?:pode conter|contém) informaç(?:ões|ão)"
    r" confidencia(?:is|l)|dit (?:e-?mail(?:bericht)?|bericht) (?:kan|bevat) vertrouwelijke)"
    r"\b.{0,2000})$",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^[ \t]*(?:best|best regards|best wishes|all the best|all best|regards|kind regards"
    r"|with (?:[a-z]{1,12} ){1,4}(?:regards|wishes)|thanks (?:&|and) regards|xo|xoxo|hugs"
    r"|greetings|good luck|best of luck|yours sincerely|yours faithfully|sincerely yours"
    r"|warm regards|warmest regards|warmly|many thanks|thanks|thanks again|thanks so much"
    r"|thank you|thank you again|thx|cheers|sincerely|yours|yours truly|talk soon|take care"
    r"|cordialement|bien cordialement|bien à vous|merci|merci beaucoup|à bientôt|amitiés"
    r"|belle journée|bonne journée|bonne soirée|bon week-end|bonne fin de journée"
    r"|saludos|un saludo|saludos cordiales|atentamente|gracias|un abrazo|abrazo|abrazos"
    r"|viele grüße|beste grüße|liebe grüße|mit freundlichen grüßen"
    r"|freundliche grüße|herzliche grüße|schöne grüße|lg|vg|gruß|grüße|danke"
    # The sign-offs of the other three languages read, and New Zealand's te reo Māori ones,
    # which New Zealanders write in English mail ("Ngā mihi,"): the place under them is
    # the sender's.
    r"|cordiali saluti|un saluto|saluti|a presto|grazie|atenciosamente|abraços|abraço"
    r"|cumprimentos|obrigad[oa]|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?"
    r"|hartelijke groet(?:en)?|groeten|groetjes|groet|bedankt"
    r"|ng[āa] mihi(?: nui| maioha)?|n[āa]ku noa,? n[āa]|m[āa] te w[āa]|noho ora mai)"
    r"[ \t]*[,.!]*[ \t]*$",
    re.IGNORECASE,
)
# Titles before a From name ("Dr. Nadia Karimi") and letters after a signed one
# ("Marisol Ortega, FCAS", "Rhonda Velasquez, RN, MSN").
_HONORIFIC = re.compile(r"^(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame)\.?$", re.IGNORECASE)
_CREDENTIALS = re.compile(r"(?:,[ \t]*(?:[A-Z][A-Za-z.]{0,6}[A-Z.]|PhD|MBA|Esq\.?))+$")
# A last line that is one capitalised word or initials ("Patty", "Dev", "V", "AW"):
# a nickname or initials under a finished paragraph, which no From name predicts.
_LONE_SIGNOFF = re.compile(r"^[ \t]*(?:[A-Z][a-zà-ÿ]{1,11}|[A-Z]{1,3})[ \t]*$")
_NOT_A_NAME = frozenset(WEEKDAYS) | frozenset(MONTHS) | {
    "yes", "no", "sure", "ok", "okay", "thanks", "thx", "perfect", "great", "done", "confirmed",
    "agreed", "absolutely", "definitely", "cheers", "noted", "today", "tomorrow",
}  # fmt: skip
_BLANK_RUNS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
# A booking or profile URL makes a signature line long; its length is not the sender's words.


@dataclass(frozen=True)
class Stripped:
    """The sender's new text, the signature cut from below it, and the quoted history.

    ``history`` leaves out the lines that only say who wrote when ("On Mon,
    Mar 2 at 10:00 AM … wrote:", Outlook's "Sent: …"): their dates are not
    times anyone offered.
    """

    reply: str
    signature: str
    history: str
    # An answer written under a quoted line took that line's day (see ``_day_from_anchor``).
    anchored: bool = False
    # Each answer written between quoted lines, as written, with the quoted line above it.
    answered: tuple[tuple[str, str], ...] = ()
    # The newest message quoted, its own words only (see ``_newest_quoted``).
    newest: str = ""
    # ``history`` less the sender's own quoted messages (``strip_reply``'s ``sender_marks``).
    users: str = ""
    # The sender's own quoted messages only, their words without the quote marks.
    senders: str = ""


def _is_attribution(lines: list[str], i: int) -> int:
    """How many lines an "On <date>, <who> wrote:" line spans at ``i`` (0 if none)."""
    dated_first = bool(_ATTRIBUTION_START.match(lines[i]))
    joined = ""
    for span in range(1, 4):
        if i + span > len(lines):
            break
        line = lines[i + span - 1].strip()
        if not line:
            # "On Tuesday I can do 3pm.\n\nOn Fri, … wrote:": a wrapped attribution has no
            # blank line inside; the line above one is the reply's.
            break
        joined = f"{joined} {line}"
        if len(joined) > 400:
            break
        if _ATTRIBUTION_END.search(joined) if dated_first else _NAMED_ATTRIBUTION.match(joined):
            return span
    return 0


def _is_header_block(lines: list[str], i: int) -> bool:
    """An Outlook-style "From: … / Sent: …" block starts at ``i``."""
    if not _FROM_HEADER.match(lines[i]):
        return False
    return any(_NEXT_HEADER.match(line) for line in lines[i + 1 : i + 5])


def _cut_history(text: str) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if (
            _QUOTED.match(line)
            or _SEPARATOR.match(line)
            or _is_attribution(lines, i)
            or _is_header_block(lines, i)
        ):
            return "\n".join(lines[:i])
    return text


# "Hi Nadia," alone over the quote: a salutation, in any of the languages read, with at most a
# name after it. The words to the user then sit under the quote.
_SALUTATION_ONLY = re.compile(
    r"^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|bonjour|bonsoir|salut|chère"
    r"|cher|hola|buenos días|buenas tardes|estimad[oa]|hallo|guten tag|liebe[rs]?|sehr geehrte[rs]?"
    r"|ciao|buongiorno|buonasera|gentile|car[oa]|olá|oi|bom dia|boa tarde|prezad[oa]|beste|hoi"
    r"|goedemorgen|goedemiddag)\b(?:[ \t]+[\w.'’-]+){0,3}[ \t]*[,!:;-]?\s*$",
    re.IGNORECASE,
)


def _below_quote(text: str) -> tuple[str, str] | None:
    """Bottom-posting: (new text, history) when the reply sits under a ``>`` quote."""
    lines = text.split("\n")
    last = max((i for i, line in enumerate(lines) if _QUOTED.match(line)), default=None)
    if last is None:
        return None
    below = "\n".join(lines[last + 1 :])
    return (below, "\n".join(lines[: last + 1])) if below.strip() else None


def _inline_answers(
    history: str, names: tuple[str, ...] = ()
) -> tuple[str, bool, tuple[tuple[str, str], ...]] | None:
    """Answers written between quoted lines, joined, and whether one took its line's day.

    Also each answer as written, with the quoted line it sits under (its ``>`` cut off).

    ``None`` if the reply is not inline.

    A reply is inline when some unquoted text sits under a ``>`` line and
    above another one. The older thread (a separator, an Outlook header
    block) ends the search; "On … wrote:" lines are not answers.
    """
    lines = history.split("\n")
    blocks: list[list[str]] = []
    # The quoted line each block answers, for its date ("> - Thu Jan 21, 4:00 PM").
    anchors: list[str] = []
    last_quoted = ""
    between = False
    quoted_above = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if _SEPARATOR.match(line) or _is_header_block(lines, i):
            break
        span = _is_attribution(lines, i)
        if span:
            i += span
            continue
        if _QUOTED.match(line):
            if blocks and blocks[-1]:
                between = True
                blocks.append([])
                anchors.append("")
            quoted_above = True
            last_quoted = line
        elif quoted_above and line.strip():
            if not blocks:
                blocks.append([])
                anchors.append("")
            if not blocks[-1]:
                anchors[-1] = last_quoted
            blocks[-1].append(line)
        i += 1
    if not between:
        return None
    signature = ""
    if blocks[-1]:
        # The last answer runs on into the sign-off, no quoted line under it ("Sì, va
        # benissimo!" over "Cordiali saluti", a street number and a phone): the signature's
        # numbers are no time in that answer, nor a cue to take its quoted line's day. It
        # stays below the answers, where the reply's own signature is cut.
        kept, signature = _cut_signature("\n".join(blocks[-1]), names)
        blocks[-1] = kept.strip().split("\n") if kept.strip() else []
    written = [
        ("\n".join(block), anchor) for block, anchor in zip(blocks, anchors, strict=True) if block
    ]
    answers = [
        _day_from_anchor(_date_from_anchor(text, anchor), anchor) for text, anchor in written
    ]
    return (
        "\n\n".join([*(text for text, _ in answers), *([signature] if signature.strip() else [])]),
        any(took for _, took in answers),
        tuple((text, _QUOTE_PREFIX.sub("", anchor)) for text, anchor in written),
    )


_DATED_WEEKDAY = re.compile(
    rf"\b(?P<weekday>{alternation(WEEKDAYS)})\.?,?[ \t]+"
    rf"(?P<date>(?:{alternation(MONTHS)})\.?[ \t]+[0-3]?\d\b"
    rf"|[0-3]?\d(?:st|nd|rd|th|er|\.)?[ \t]+(?:de[ \t]+)?(?:{alternation(MONTHS)})\b)",
    re.IGNORECASE,
)
# A weekday with its own day of the month ("Wednesday 15th", "Wed the 15th") is not bare.
_BARE_WEEKDAY = re.compile(
    rf"\b(?P<weekday>{alternation(WEEKDAYS)})\b"
    rf"(?!\.?,?[ \t]+(?:(?:the[ \t]+)?[0-3]?\d(?:st|nd|rd|th|er|\.)?\b"
    rf"|(?:{alternation(MONTHS)})\b))",
    re.IGNORECASE,
)

# "the following Thursday": the one after the quoted line's, not that one; "next Thursday" is
# that one to some and the one after to others, which the dates' own reading doubts.
_WEEK_ON_BEFORE = re.compile(r"\b(?:following|next)[ \t]+$", re.IGNORECASE)


def _date_from_anchor(answer: str, anchor: str) -> str:
    """``answer`` with a bare weekday given the date the quoted line above names for it.

    "> - Thu Jan 21, 4:00 PM" then "could we do Thursday at 9am instead?": that Thursday is
    the 21st, not the first Thursday after the reply was sent.
    """
    dated = _DATED_WEEKDAY.search(anchor)
    if dated is None:
        return answer
    day = WEEKDAYS[dated["weekday"].lower()]

    def dated_too(match: re.Match[str]) -> str:
        word = match["weekday"]
        # "sat", "sun", "mon" in lower case are words, not days.
        if word.lower() in WEEKDAY_ABBREVIATIONS and not word[0].isupper():
            return word
        if _WEEK_ON_BEFORE.search(answer, 0, match.start()):
            # "Same time the following Thursday" under "> - Thursday 6 March": a week on.
            return word
        return f"{word} {dated['date']}" if WEEKDAYS[word.lower()] == day else word

    return _BARE_WEEKDAY.sub(dated_too, answer)


# Only whether and where a day is named matters here, not which date it is.
_ANY_YEAR = date(2001, 1, 1)
# "That's 10pm here, our standup.": a first sentence that restates the quoted line's own time
# in the sender's zone; a clock in it is no time of its own on that day.
_POINTS_AT_QUOTE = re.compile(
    r"^[^.!?\n]{0,40}?\b(?:that['’]s|that is|that would be|that'd be|c['’]est|ce serait"
    r"|das (?:ist|wäre)|eso (?:es|son|sería)|sarebbe|isso (?:é|seria)|dat is)\b"
    r"[^.!?]*[.!?]+(?:\s+|$)",
    re.IGNORECASE,
)


# ", but", ", maar", ", mais" … in the opening sentence, before an hour of the sender's own.
_TURNS_TO_OWN = re.compile(
    r"(?<=,)[ \t]+(?:but|maar|mais|aber|pero|ma|mas)\b[ \t]*(?=[^.!?]*\d)", re.IGNORECASE
)
# A sentence's end ("?", "!", "." before a space): the first one before the answer's own day.
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
# "Or", "Otherwise", "Oder", "O", "Sinon" … opening the sentence after it: an alternative.
_OR_OPENS = re.compile(
    r"\s*(?:or|otherwise|alternatively|else|oder|sonst|alternativ|o|si no|ou|sinon|ou alors"
    r"|oppure|altrimenti|of|anders|senão)\b",
    re.IGNORECASE,
)
# An hour written in figures, or noon ("noon your time?", "midi chez vous ?").
_HOUR = re.compile(r"\d|\b(?:noon|midday|midi|mediodía|Mittag|mezzogiorno|meio-dia)\b", re.I)
# "… once our clocks change on the 27th", "nach der Zeitumstellung am 27.": the day a clock
# change falls on, right after the talk of it, in the same sentence.
_CHANGE_TO_DAY = re.compile(r"^[ \t]*(?:on|am|le|el|il|op|em|no|this|next)?[ \t]*(?:the[ \t]+)?$")


def _change_days(answer: str, days: list[DateMention]) -> set[int]:
    """The starts of the ``days`` of ``answer`` that name when clocks change, not a meeting."""
    changes = list(CLOCK_CHANGE_TALK.finditer(answer))
    return {
        d.start
        for d in days
        if any(
            c.end() <= d.start and _CHANGE_TO_DAY.match(answer[c.end() : d.start]) for c in changes
        )
    }


def _day_from_anchor(answer: str, anchor: str) -> tuple[str, bool]:
    """``answer`` led by the one day its quoted line names, when it names no day itself.

    "> - Wednesday 5/12 at 4pm ET" then "Could do 4:30 ET instead": the 4:30 is on that
    Wednesday. Only a line naming exactly one day lends it, only to an answer that writes an
    hour and names no day of its own before a "same day", and not to an opening sentence that
    restates the quoted time ("That's 10pm here."): the day goes after it.
    """
    line = _QUOTE_PREFIX.sub("", anchor)
    days = find_dates(line, _ANY_YEAR, day_first=None)
    own = find_dates(answer, _ANY_YEAR, day_first=None)
    # ("That would be 10pm here once our clocks change on the 27th. Could you do 16:00 UK time
    # instead that day?": the 27th is the clocks', and the day is still the quoted line's.)
    changing = _change_days(answer, own)
    own = [d for d in own if d.start not in changing]
    # "could do 1pm central same day? or wed 5 sep 1pm", "1:30pm ET that day, or wed 11th": a
    # "same day" or "that day" written before the answer's own day is the quoted line's day,
    # not the day named before the answer.
    flat = answer.replace("\n", " ")
    same_day = SAME_DAY.search(flat) or THAT_DAY.search(flat)
    if len(days) != 1:
        return answer, False
    if own and (same_day is None or same_day.start() > own[0].start):
        # "Could we do this one an hour earlier, 8:30pm your time? Or Wednesday 7 March, same
        # time": an hour in a sentence of its own, ended before the answer's first day, and
        # the next sentence opening on "or" with that day and an hour, is an offer on the
        # quoted line's day and an alternative to it. ("How about 3pm? Wednesday 7 March would
        # be best." may put the 3pm on the Wednesday: left as it was.)
        ended = _SENTENCE_END.search(answer, 0, own[0].start)
        if (
            ended is None
            or not _HOUR.search(answer, 0, ended.start())
            or not _OR_OPENS.match(answer, ended.end())
            or _SENTENCE_END.search(answer, ended.end(), own[0].start)
            # "At 8:30pm? Or would Wednesday 7 March suit better?": the other day with no hour
            # of its own may be asked at that hour, or at none; left as it was.
            or not _HOUR.search(answer, own[0].end)
        ):
            return answer, False
    restated = _POINTS_AT_QUOTE.match(answer)
    opening, rest = (
        (answer[: restated.end()], answer[restated.end() :]) if restated else ("", answer)
    )
    # "Dat is te vroeg na mijn overleg, maar om 11:00 jouw tijd kan ik wel", "That's too early,
    # but 11:00 your time works": after "but" the opening turns from the quoted time to one of
    # the sender's own, which the quoted line's day leads.
    turn = _TURNS_TO_OWN.search(opening)
    if turn is not None:
        opening, rest = answer[: turn.end()], answer[turn.end() :]
    if not _HOUR.search(rest):
        # "I'm in clinic all afternoon": a part of the day with no hour is the sender's own
        # day described, not a time on the quoted one.
        return answer, False
    return f"{opening}{line[days[0].start : days[0].end]}: {rest}", True


def _is_signed_name(line: str, sender_names: tuple[str, ...]) -> bool:
    """A line that is only the sender's name: "Bob", "-- Bob", "Dan" for Daniel, "RH"."""
    # "Nora Lindqvist | Talent Partner": the name before the title.
    signed = line.split(" | ")[0]
    signed = _CREDENTIALS.sub("", signed.strip().lstrip("-–— ")).rstrip(".")
    if not signed:
        return False
    for name in sender_names:
        words = [w for w in name.split() if not _HONORIFIC.match(w)]
        if not words:
            continue
        first = words[0].lower()
        # The whole name, or its first words ("Beth Ann" for Beth Ann Kowalczyk).
        if signed.lower().split() == [w.lower() for w in words[: len(signed.split())]]:
            return True
        # A short form of the first name ("Dan", "Pat", "Chris").
        if signed.isalpha() and len(signed) >= 3 and first.startswith(signed.lower()):
            return True
        # Initials ("RH" for Robert Hughes).
        if len(words) > 1 and signed == "".join(w[0] for w in words).upper():
            return True
    return False


def _ends_sentence(line: str) -> bool:
    """A blank line or a finished sentence: what comes before a signed name.

    ("Organizer" above "Daniel Cho" in a calendar notice is a label, not a sentence.)
    """
    stripped = line.rstrip()
    return not stripped or stripped[-1] in ".!?:)…"


def _is_lone_signoff(line: str) -> bool:
    """The last line is a bare nickname or initials, not a weekday or month."""
    word = line.strip().lower()
    return bool(_LONE_SIGNOFF.match(line)) and word not in _NOT_A_NAME


def before_closing(text: str) -> str:
    """``text`` up to its first closing line ("Best,", "Thanks,") below the opening line.

    What follows a closing is signature however long it runs, so a booking
    link there is not part of the answer.
    """
    lines = text.split("\n")
    content = [i for i, line in enumerate(lines) if line.strip()]
    for i in content[1:]:
        if _CLOSING.match(lines[i]):
            return "\n".join(lines[:i])
    return text


def _cut_signature(text: str, sender_names: tuple[str, ...]) -> tuple[str, str]:
    everything = text.rstrip().split("\n")
    marker = next(
        (i for i, line in enumerate(everything) if i and _SIGNATURE_START.match(line)),
        len(everything),
    )
    # Above a "-- " or "Sent from my iPhone" there is often a closing too.
    lines, marked = everything[:marker], everything[marker:]
    content = [i for i, line in enumerate(lines) if line.strip()]
    # A closing ("Best,") or the bare name ("Bob") starts the signature when
    # only a few short lines (full name, title, phone) follow it.
    for i in content[-(_MAX_SIGNATURE_LINES + 1) :]:
        tail = [lines[j] for j in content if j > i]
        if (
            i != content[0]
            and (
                _CLOSING.match(lines[i])
                or (_ends_sentence(lines[i - 1]) and _is_signed_name(lines[i], sender_names))
                or (i == content[-1] and not lines[i - 1].strip() and _is_lone_signoff(lines[i]))
            )
            and len(tail) <= _MAX_SIGNATURE_LINES
            and all(len(URL.sub("", t).strip()) <= _MAX_SIGNATURE_LINE_CHARS for t in tail)
        ):
            return "\n".join(lines[:i]), "\n".join(lines[i:] + marked)
    return "\n".join(lines), "\n".join(marked)


_QUOTE_PREFIX = re.compile(r"^(?:[ \t]*>)+[ \t]?")


def _without_attributions(history: str) -> str:
    lines = [_QUOTE_PREFIX.sub("", line) for line in history.split("\n")]
    kept: list[str] = []
    i = 0
    while i < len(lines):
        span = _is_attribution(lines, i)
        if span:
            i += span
            continue
        if not (_FROM_HEADER.match(lines[i]) or _NEXT_HEADER.match(lines[i])):
            kept.append(lines[i])
        i += 1
    return "\n".join(kept)


def _without_authored(
    history: str, marks: tuple[str, ...], others_but: tuple[str, ...] | None = None
) -> str:
    """``history`` less every quoted message whose author line names one of ``marks``.

    "From: Kai Berg / Sent: …" under the user's offers, or "On …, Kai Berg wrote:" at the
    next quote level: the sender's own older message, whose times are no offer of the user's.
    With ``others_but`` (the user's marks, for a forward), so is every message whose author
    line names none of them: a colleague's note forwarded above the user's mail ("you're free
    Wednesday 11:00-12:00") offers nothing of the user's.
    """
    lines = history.split("\n")
    bare = [_QUOTE_PREFIX.sub("", line) for line in lines]
    kept: list[str] = []
    authored = False
    i = 0
    while i < len(lines):
        attribution = _is_attribution(bare, i)
        span = attribution or int(_is_header_block(bare, i))
        if span:
            # An "On …, <who> wrote:" line ends where its message opens: "Hi Chen Hao," under
            # it greets the sender by name, it does not sign the message with it.
            head = " ".join(bare[i : i + span + (0 if attribution else 1)]).lower()
            authored = any(mark in head for mark in marks) or (
                others_but is not None and not any(mark in head for mark in others_but)
            )
        else:
            span = 1
        if not authored:
            kept.extend(lines[i : i + span])
        i += span
    return "\n".join(kept)


_ONE_QUOTE_LEVEL = re.compile(r"^[ \t]*>[ \t]?")


def _newest_quoted(history: str) -> str:
    """The words of the newest message in ``history``, without the older ones quoted under it.

    "> Perfect - Thursday at 1pm it is." above "> > I could do Tuesday at 10 or Thursday at
    1": the thread's last word is the top message, and what it names is what stands.
    """
    lines = [_ONE_QUOTE_LEVEL.sub("", line) for line in history.split("\n")]
    i = 0
    while i < len(lines):
        span = _is_attribution(lines, i)
        if span:
            i += span
        elif (
            not lines[i].strip()
            or _SEPARATOR.match(lines[i])
            or _FROM_HEADER.match(lines[i])
            or _NEXT_HEADER.match(lines[i])
        ):
            i += 1
        else:
            break
    return _cut_history("\n".join(lines[i:])).strip()


# "____\nFernleaf Bank plc is authorised by … Registered office: 1 Fernleaf Place, London": the
# company's legal footer under the whole quoted thread, after a rule of underscores. Nobody
# wrote it in the thread: the office it names is no one's clock.
_LEGAL_FOOTER = re.compile(
    r"^_{10,}[ \t]*\n(?=[^\n]*\b(?:registered (?:office|in)|authori[sz]ed (?:and regulated )?by"
    r"|regulated by|confidential)\b)",
    re.IGNORECASE | re.MULTILINE,
)


def _without_legal_footer(history: str) -> str:
    footer = _LEGAL_FOOTER.search(history)
    return history[: footer.start()] if footer else history


def strip_reply(
    text: str,
    sender_name: str = "",
    sender_marks: tuple[str, ...] = (),
    user_marks: tuple[str, ...] = (),
) -> Stripped:
    """The new text of a reply body, and its signature.

    ``sender_name`` (the From display name) lets a bare first-name sign-off
    be recognised as signature; ``sender_marks`` (lower-case address or full name) find the
    sender's own messages in the history, and ``user_marks`` the user's in a forward.
    """
    text = text[:MAX_INPUT_CHARS].replace("\r\n", "\n").replace("\u00a0", " ")
    above = _cut_history(text)
    history = text[len(above) :]
    names = (sender_name,) if sender_name else ()
    inline = _inline_answers(history, names)
    anchored = False
    answered: tuple[tuple[str, str], ...] = ()
    top_signature = ""
    if inline is not None:
        answers, anchored, answered = inline
        # "Answers inline below.\n\nRavi" over the answers: that sign-off closes the top only,
        # and cut from the whole it would take every answer under it into the signature.
        above, top_signature = _cut_signature(above, names) if above.strip() else ("", "")
        above = f"{above.rstrip()}\n\n{answers}" if above.strip() else answers
        history = "\n".join(line for line in history.split("\n") if _QUOTED.match(line))
    else:
        greeted = bool(_SALUTATION_ONLY.match(above))
        bottom = None if above.strip() and not greeted else _below_quote(text)
        if bottom is not None:
            below, history = bottom
            above = f"{above.strip()}\n\n{below}" if greeted else below
    history = _without_legal_footer(history)
    new = above[:MAX_REPLY_CHARS]
    if new.strip():
        # mail-parser-reply returns None for an empty body; keep ours then.
        new = EmailReplyParser(languages=["en", "fr", "es", "de"]).parse_reply(text=new) or new
    reply, signature = _cut_signature(new, names)
    signature = f"{top_signature}\n{signature}" if top_signature else signature
    reply = _BLANK_RUNS.sub("\n\n", reply).strip()[:MAX_REPLY_CHARS]
    return Stripped(
        reply=reply,
        signature=signature.strip()[:MAX_REPLY_CHARS],
        history=_without_attributions(history[:MAX_REPLY_CHARS]),
        anchored=anchored,
        answered=answered,
        newest=_newest_quoted(history[:MAX_REPLY_CHARS]),
        users=_without_attributions(
            _without_authored(
                history[:MAX_REPLY_CHARS],
                sender_marks,
                user_marks if user_marks and FORWARD_MARK.search(text) else None,
            )
        ),
        senders=_without_attributions(
            _without_authored(history[:MAX_REPLY_CHARS], (), sender_marks)
        )
        if sender_marks
        else "",
    )
