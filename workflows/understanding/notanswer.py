"""Messages that are no answer to the user's request, or answer only part of it.

A fresh message (a recruiter's pitch, a newsletter, a calendar reminder), a calendar's own
response to an invitation, a reply to another thread, the user's mail forwarded to a colleague,
and words that keep a yes open: asked about the user's clock first, said for someone else, or
still waiting on something. The time such a message names is not the sender's answer, so the
reader doubts it rather than book it.
"""

from __future__ import annotations

import re

from workflows.understanding.message import Address, ParsedMessage
from workflows.understanding.quotes import FORWARD_MARK
from workflows.understanding.vocab import (
    BARRING_MISHAP,
    FAR_NICKNAMES,
    IN_PRINCIPLE,
    POSSESSIVE,
    REGION_CLOCKS,
    SOMEONE_AT_WORK,
    URL,
    WEEKDAYS,
)

# "On Mon, … Olivia Turner <…> wrote:", "From: Olivia Turner <…>", in the seven languages.
AUTHOR_LINE = re.compile(
    r"^[>\s*]*(?:from|von|de|da|van)\s*:\*?|\b(?:wrote|a écrit|schrieb|escribió|escreveu"
    r"|va escriure|ha scritto|schreef)\s*:",
    re.IGNORECASE,
)
# An author line's verb that opens its line: the line above holds who wrote.
_VERB_ALONE = re.compile(
    r"^[>\s]*(?:wrote|a écrit|schrieb|escribió|escreveu|va escriure|ha scritto|schreef)\s*:",
    re.IGNORECASE,
)
# "Fwd:", "Fw:", "TR :", "WG:", "RV:", "I:", "Enc:", "Doorst:": the subject of a forward.
_FORWARD_SUBJECT = re.compile(
    r"^\s*(?:re\s*:\s*)*(?:fwd?|tr|wg|rv|i|enc|doorst|wtr|fs)\s*:", re.IGNORECASE
)


def forwarded_elsewhere(msg: ParsedMessage) -> bool:
    """The message forwards mail to people none of whose words it quotes.

    "Sam, could you take this?" over the user's mail, sent to Sam with the user copied. A
    forward sent to the person who wrote the quoted mail (an assistant passing the user's note
    back with the times) answers them.
    """
    forward = _FORWARD_SUBJECT.match(msg.subject) or FORWARD_MARK.search(msg.text)
    return bool(forward) and not _authors_among(msg, msg.to)


def _names(address: Address) -> tuple[str, ...]:
    """The address and each word of the display name long enough to tell people apart."""
    words = tuple(w.lower() for w in re.findall(r"\w{3,}", address.name))
    return (address.email.lower(), *words) if address.email else words


def quotes_another_thread(msg: ParsedMessage) -> bool:
    """Every author line of the quoted thread names someone the message is not sent to.

    The quote is then the sender's own earlier mail, or someone else's: the yes under it
    answers that thread, not the user's request.
    """
    return not _authors_among(msg, (*msg.to, *msg.cc))


def _authors_among(msg: ParsedMessage, people: tuple[Address, ...]) -> bool:
    """An author line of the quoted mail names one of ``people``, or none can be told apart."""
    text = msg.text.lower().splitlines()
    # "On Mon, … Lena Hofbauer <lena@…>\nwrote:": a mail program's author line wrapped before
    # its verb names the author on the line above.
    lines = [
        f"{text[i - 1]} {line}" if i and _VERB_ALONE.match(line) else line
        for i, line in enumerate(text)
        if AUTHOR_LINE.search(line)
    ]
    names = [n for a in people for n in _names(a) if n]
    if not lines or not names:
        return True
    return any(re.search(rf"\b{re.escape(n)}\b", line) for line in lines for n in names)


# A calendar's own answer to an invitation: "Accepted: Coffee chat", "Zugesagt: …".
CALENDAR_RESPONSE = "calendar invitation (REPLY)"

# The same answer sent as a plain notice with no invitation part (Google Calendar's "Angenommen:
# Marina / Jonas @ Di. 18. Sept. …" over "Jonas Wertheim hat diese Einladung angenommen."): the
# subject's word and the body's sentence, in the seven languages, say which answer it is.
_NOTICE_SUBJECT = re.compile(
    r"^\s*(?P<word>(?:tentatively )?accepted|declined|tentative|angenommen|zugesagt|abgelehnt"
    r"|abgesagt|mit vorbehalt angenommen|vorläufig(?: angenommen)?"
    r"|accepté(?:e)?(?: provisoirement)?"
    r"|refusé(?:e)?|provisoire|aceptad[oa](?: provisionalmente)?|rechazad[oa]|provisional"
    r"|aceitou|aceito|recusou|recusado|provisório|accettato|rifiutato|provvisorio|geaccepteerd"
    r"|geweigerd|afgewezen|voorlopig(?: geaccepteerd)?)\s*:",
    re.IGNORECASE,
)
_NOTICE_BODY = re.compile(
    r"\b(?:has (?:tentatively )?(?:accepted|declined) (?:this|your) invitation"
    r"|hat (?:diese|Ihre|deine) Einladung (?:mit Vorbehalt )?(?:angenommen|abgelehnt)"
    r"|a (?:accepté|refusé|peut-être accepté) (?:cette|votre) invitation"
    r"|ha (?:aceptado|rechazado) (?:esta|tu|su) invitación"
    r"|(?:aceitou|recusou) (?:este|o seu|seu) convite"
    r"|ha (?:accettato|rifiutato) (?:questo|il tuo|il suo) invito"
    r"|heeft (?:deze|je|uw) uitnodiging (?:voorlopig )?(?:geaccepteerd|afgewezen|geweigerd))",
    re.IGNORECASE,
)
_NOTICE_YES = re.compile(
    r"^(?:accepted|angenommen|zugesagt|accepté|acceptée|aceptad[oa]|aceitou|aceito|accettato"
    r"|geaccepteerd)$",
    re.IGNORECASE,
)
# A notice's sentence that answers no or maybe: "has declined", "hat … mit Vorbehalt angenommen".
_NOTICE_NOT_YES = re.compile(
    r"tentatively|declined|Vorbehalt|abgelehnt|refusé|peut-être|rechazado|recusou|rifiutato"
    r"|afgewezen|geweigerd|voorlopig",
    re.IGNORECASE,
)
# A note the sender typed under the notice ("… with note: Could we make it 5pm?") is words of
# their own: the notice is read as a message then.
_NOTICE_NOTE = re.compile(
    r"\?|\b(?:note|Notiz|Nachricht|nota|mensagem|bericht|opmerking|commentaire|comentario"
    r"|commento|comentário|Kommentar)\b",
    re.IGNORECASE,
)


def calendar_notice(msg: ParsedMessage, reply: str) -> bool | None:
    """A calendar's plain notice that an invitation was answered.

    ``True`` for a yes, ``False`` for a no or a maybe, ``None`` when ``msg`` is no such notice
    (or carries a note of the sender's). Under another subject only the reply's own words
    (``reply``, the quote cut off) are the notice.
    """
    subject = _NOTICE_SUBJECT.match(msg.subject)
    # The calendar's own links ("…/calendar/event?action=RESPOND…") ask nothing.
    words = URL.sub(" ", msg.text if subject is not None else reply)
    body = _NOTICE_BODY.search(words)
    if _NOTICE_NOTE.search(words):
        return None
    if subject is None:
        # The notice's words under another subject ("Re: chat"), its sentence or its subject
        # line ("Declined: Chat @ Fri 10am"): a no or a maybe still turns the slot it repeats
        # down, so it is no pick of it; a yes is read as the words it is.
        head = _NOTICE_SUBJECT.match(words)
        no = (body is not None and _NOTICE_NOT_YES.search(body.group(0))) or (
            head is not None and not _NOTICE_YES.match(head["word"])
        )
        return False if no else None
    return None if body is None else _NOTICE_YES.match(subject["word"]) is not None


# "Does 3pm mean ET?", "2pm Eastern, right?", "is that your time?", "c'est bien heure de New
# York ?": a question that asks which clock the user's time is in, not an answer to it.
_CLOCK_WORD = (
    rf"(?:time|zone|[ECMP][SD]?T|GMT|UTC|CET|CEST|BST|MES?Z|{REGION_CLOCKS}"
    r"|heure|hora|horário|Zeit|ora|tijd|yours|mine)"
)
# Each stretch to the question mark is bounded: a long line with no "?" is read in linear time.
_TO_QUESTION = r"[^.!?\n]{0,80}[?]"
_ASKS_CLOCK = re.compile(
    rf"\b{_CLOCK_WORD}\b[^.!?\n]{{0,40}}?(?:\b(?:right|correct|no|yes|yeah)\b"
    # The tags that check a statement back in the other six languages: "…, verdad?", "oder?",
    # "giusto?", "certo?", "toch?", "c'est bien ça ?".
    r"|\bc'est (?:bien )?ça|\bc'est bien|\bn'est-ce pas|\b(?:verdad|correcto|oder|stimmt's"
    r"|giusto|vero|certo|correto|né|toch|klopt dat|ja)\b"
    rf"|\bnon)\s*[?]"
    # "10am Eastern or Pacific?": which of two clocks.
    rf"|\b{_CLOCK_WORD}\s+(?:or|ou|o|oder|of)\s+{_CLOCK_WORD}\s*[?]"
    # "just to confirm - 3pm Pacific?": the clock checked back before the yes holds.
    r"|\b(?:just to confirm|to confirm|confirming|pour confirmer|para confirmar|zur Bestätigung"
    rf"|per conferma|só para confirmar|ter bevestiging)\b[^.!?\n]{{0,40}}\b{_CLOCK_WORD}\b"
    rf"{_TO_QUESTION}"
    rf"|\b(?:(?:is|was) (?:that|it|this)|ist das|wäre das|is dat|c'est(?: bien)?|é(?: o)?"
    rf"|è(?: l')?|es la|means?)\s+(?:[^\s.!?]+\s+){{0,3}}?{_CLOCK_WORD}\b{_TO_QUESTION}"
    rf"|\bbe(?: in)? {_CLOCK_WORD}\b{_TO_QUESTION}"
    rf"|\b{_CLOCK_WORD} (?:de|di|of) [\w ]{{1,20}}? (?:or|o|ou|oder) (?:de|di|of|in)\b"
    rf"{_TO_QUESTION}"
    rf"|\b(?:you mean|vous voulez dire|tu veux dire)\b{_TO_QUESTION}"
    # "Tuesday 2pm or Thursday 2pm - wait, which time zone are you in?": the sender's times
    # wait on the user's clock, in whichever of the two they meant.
    r"|\b(?:(?:which|what) time ?zone|quel fuseau(?: horaire)?|(?:en )?qué zona horaria"
    r"|(?:in )?welcher zeitzone|(?:in )?che fuso(?: orario)?|(?:em )?qual fuso(?: horário)?"
    rf"|(?:in )?welke tijdzone)\b{_TO_QUESTION}",
    re.IGNORECASE,
)


def asks_which_clock(text: str) -> bool:
    """The reply asks which clock, or which day, the user's time is in before answering."""
    return _ASKS_CLOCK.search(text) is not None


# "works for my colleague", "convient à ma collègue", "le va bien a mi jefe", "passt meinem
# Kollegen", "va bene al mio collega", "funciona para minha colega", "past mijn collega";
# "my manager can do", "mon associé est dispo", "mi jefe puede", "mein Chef hätte Zeit", "il mio
# capo può", "mijn baas kan"; and "…, not for me", "pas à moi", "a mí no", "mir nicht".
_FOR_SOMEONE_ELSE = re.compile(
    rf"\b(?:for|suits?|suit|à|a|para|passt|al|alla|past|per)\s+{POSSESSIVE}\s+{SOMEONE_AT_WORK}\b"
    rf"|\b{POSSESSIVE}\s+{SOMEONE_AT_WORK}\s+(?:(?:can|could) (?:do|make|join|meet)"
    r"|is (?:free|available|open)|says|est (?:dispo\w*|libre)|peut|puede|está (?:libre|disponible)"
    r"|(?:hätte|hat) (?:\S+ ){0,4}?Zeit|kann|può|è (?:liber[oa]|disponibile)|pode"
    r"|está (?:livre|disponível)"
    r"|kan|heeft (?:\S+ ){0,4}?tijd|is (?:vrij|beschikbaar))\b"
    # "…, but not for me right now": the sender's moment, no one else's yes beside it.
    # "No thanks, not for me": the no said twice, no one else's yes before it.
    r"|(?:\bbut|(?<!thanks)(?<!thank you)(?<!sorry)(?<!\bno),) not (?:for )?me\b"
    r"(?! (?:right now|now|at the moment|for now|at this time)\b)"
    r"|\bpas à moi\b|\ba m[ií] no\b|\ba me no\b|\bnão para mim\b"
    r"|\bmij niet\b|\bper me no\b"
    # "I can do Thursday instead of him", "je peux vous parler à sa place", "ich springe für Kai
    # ein": a stand-in's own free time, for a meeting with someone other than the one asked.
    # Not "en su lugar", "al suo posto", which are as often "instead" of a day.
    r"|\binstead of (?:him|her)\b|\bin (?:his|her) (?:place|stead)\b|\bstand(?:ing)? in for\b"
    r"|\b(?:je|moi)\b[^.?!\n]{0,40}\bà sa place\b|\ban (?:seiner|ihrer) Stelle\b"
    r"|\bspring\w* (?:\S+ ){0,3}?ein\b"
    # "Maria asked me to find a time for her too: she can do Thursday": from the contact's
    # side, a time for a third person besides the contact.
    r"|\b(?:time|slot)s? for (?:her|him|them) (?:too|as well)\b",
    re.IGNORECASE,
)


def for_someone_else(text: str) -> bool:
    """The yes or the free time is someone else's, not the sender's."""
    return _FOR_SOMEONE_ELSE.search(text) is not None


# "My colleague can't do it, she's on leave", "mon collègue ne peut pas", "mi compañera no
# puede", "meine Kollegin kann leider nicht", "il mio collega non può", "a minha colega não pode",
# "mijn collega kan niet": the no, or the absence, is someone else's. "Our team isn't able to take
# informational calls" is the sender's own no, said for the group they are in.
_SOMEONE_ELSES_NO = re.compile(
    rf"\b{POSSESSIVE}\s+(?!team\b){SOMEONE_AT_WORK}\s+(?:(?:unfortunately|sadly|leider|malheureusement"
    r"|lamentablemente|purtroppo|infelizmente|helaas)\s+)?"
    r"(?:can['’]?t|cannot|can not|couldn['’]t|won['’]t|isn['’]t|is not"
    r"|(?:is|['’]s|will be) (?:away|out|off|on leave|travel+ing)"
    r"|ne (?:peut|pourra|sera)|n['’](?:est|a) pas|est (?:en congé|absente?|en vacances)"
    r"|no (?:puede|podrá|está)|está de (?:baja|vacaciones|viaje)"
    r"|kann (?:\S+ ){0,2}?nicht|ist (?:\S+ ){0,2}?(?:nicht|im Urlaub|in Elternzeit|krank)"
    r"|non (?:può|potrà|è)|è in (?:ferie|maternità|malattia)"
    r"|não (?:pode|poderá|está)|está de (?:férias|licença)"
    r"|kan (?:\S+ ){0,2}?niet|is (?:met verlof|op vakantie|er niet|ziek))",
    re.IGNORECASE,
)


def no_of_someone_else(text: str) -> bool:
    """The no or the absence is said of someone the sender works with, not of the sender."""
    return _SOMEONE_ELSES_NO.search(text) is not None


# "pending my travel", "tentatively", "TBC", "subject to", "in principle", "once I know", "need
# to check", "sous réserve", "en principio", "unter Vorbehalt", "in linea di massima", "em
# princípio", "onder voorbehoud": a yes that still waits on something. A yes the sender will
# only confirm later ("should work, I'll confirm Monday") is an accept, as the labelled sets
# read it; a maybe before it ("I might be free Thursday from 2, will confirm") is not yet one.
# A pick said as a maybe ("might work", "peut-être", "könnte klappen", "forse", "talvez dê",
# "zou misschien kunnen"), and the answer the sender still owes after it.
_MAYBE_PICK = (
    r"(?:might|may|could) (?:well )?(?:work|be (?:ok|okay|fine|possible))|maybe|perhaps"
    r"|peut-être|pourrait (?:aller|convenir|marcher)|quizás?|tal vez|a lo mejor"
    r"|vielleicht|könnte (?:\w+ )?(?:klappen|passen|gehen)|forse|potrebbe (?:andare|funzionare)"
    r"|talvez|(?:pode|poderia) (?:dar|funcionar)|misschien|wellicht"
)
_WORD_TO_COME = (
    r"(?:will|i'll|i’ll|let me) (?:confirm|let you know)|get back to you"
    r"|(?:vous|te) (?:confirme|redis|dirai)\b|(?:sage|gebe) (?:Ihnen|dir) (?:\w+ )?Bescheid"
    r"|melde mich|te (?:confirmo|aviso)\b|ti (?:faccio sapere|confermo)"
    r"|devo (?:prima )?(?:vedere|controllare)|preciso (?:ainda )?confirmar"
    r"|ainda (?:preciso|tenho que) confirmar|laat (?:het )?(?:je |u )?(?:nog )?weten"
)
# "in principle", "en principe", "em princípio": a yes that waits, unless a "but" and the
# sender's own busy spell follow at once ("fine in principle but I'm on the school run till
# half 9", "en principe oui, mais j'ai un rendez-vous"): then it is a no, politely.
_PENDING_IN_PRINCIPLE = (
    r"(?:in principle|a priori|en principe|en principio|in linea di massima|em princípio"
    r"|in principe)(?![ \t,;]*(?:(?:oui|yes|sí|si|sì|sim|ja)[ \t,;]*)?"
    r"(?:but|mais|pero|ma|mas|maar|aber)[ \t]+(?:i['’]m|i am|i have"
    r"|i['’]ve got|i['’]ll be|je suis|je serai|j['’]ai|estoy|estaré|tengo|sono|ho|sarò|estou"
    r"|estarei|tenho|ik ben|ik heb|ich bin|ich habe)\b)"
)
_PENDING = re.compile(
    r"\b(?:(?:might|may) be (?:free|available|around)\b[^.?!\n]{0,60}"
    r"\b(?:will|i'll|i’ll) (?:confirm|let you know|check)"
    # "Mercredi 15h, peut-être. Je vous confirme demain", "Dienstag um 10 könnte klappen, ich
    # sage Ihnen Bescheid", "talvez dê, mas ainda preciso confirmar": a maybe, then the word
    # still to come, in each language (a sure pick then "I'll confirm" stays an accept).
    rf"|(?:{_MAYBE_PICK})\b[^\n]{{0,60}}?\b(?:{_WORD_TO_COME})"
    rf"|pending|tentative(?:ly)?|provisional(?:ly)?|tbc|tbd|{_PENDING_IN_PRINCIPLE}"
    # "subject to legal privilege", "subject to copyright": a disclaimer's, no yes waiting.
    # ("subject to legal sign-off" still waits).
    r"|subject to(?! (?:(?:legal|professional) )?(?:privilege|copyright|confidentiality)\b)"
    r"|waiting (?:on|for)|once (?:i (?:know|hear|have)|my)|(?:need|have) to check"
    # "Ich muss heute Abend die Termine prüfen", "je dois vérifier ce soir": the same check
    # still to make, in each language (the German verb comes last).
    r"|\bmuss (?:[^\W\d]+ ){0,8}?(?:prüfen|checken|klären|abklären|nachsehen|nachschauen)"
    r"|je dois (?:d'abord |encore )?(?:vérifier|confirmer|checker|voir avec)"
    r"|tengo que (?:revisar|comprobar|confirmar|consultar)|devo (?:prima |ancora )?(?:controllare"
    r"|verificare)|(?:preciso|tenho (?:de|que)) (?:verificar|confirmar|ver com)"
    r"|ik moet (?:nog |eerst |even ){0,3}(?:checken|nakijken|navragen)"
    # "I'll run Wed 9 past Kai and confirm": an assistant's yes that waits on the contact's.
    r"|run (?:\S+ ){0,4}?(?:past|by) (?!you\b)\w+|check(?:ing)? with (?!you\b)\w+"
    r"|sous réserve|à confirmer|provisoirement"
    r"|pendiente|por confirmar"
    r"|unter vorbehalt|vorbehaltlich|vorläufig"
    r"|da confermare|provvisoriamente"
    r"|a confirmar|provisoriamente"
    r"|onder voorbehoud|voorlopig"
    # "Yes! Well, maybe. Depends on my week.": the yes hangs on something unsaid ("depends on
    # you" is the user's call, no wait).
    r"|(?:it )?depend(?:s|ing) on (?:my|how|whether|if|what|the)\b|it depends"
    r"|ça dépend(?! de (?:vous|toi))|depende de (?:mi|cómo|si|cuándo)\b"
    r"|kommt (?:da)?rauf an|hängt davon ab|dipende (?:da(?:l|lla)? (?:mi[ao]|come|se)\b)"
    r"|depende d[ao]s? (?:minha|meu|como|se)\b|hangt (?:er ?van )?af)\b",
    re.IGNORECASE,
)


# A contrast or a wait after the hedge: "em princípio sim, mas tenho de ver com a equipa".
_HEDGE_QUALIFIED = re.compile(
    r"\b(?:but|mais|pero|aber|ma|mas|maar|if|si|se|wenn|falls|als)\b", re.I
)
_IN_PRINCIPLE = re.compile(rf"\b(?:{IN_PRINCIPLE})\b", re.IGNORECASE)
_BARRING_MISHAP = re.compile(rf"\b(?:{BARRING_MISHAP})", re.IGNORECASE)


def still_pending(text: str) -> bool:
    """The yes waits on something the sender has yet to settle.

    "In principle Friday at 3 works, barring anything unforeseen": the hedge is only the
    mishap named after it, and the yes waits on nothing.
    """
    found = list(_PENDING.finditer(text))
    return bool(found) and not all(_hedge_only_a_mishap(text, m) for m in found)


def _hedge_only_a_mishap(text: str, hedge: re.Match[str]) -> bool:
    """An "in principle" barring only a mishap, in its sentence or the next one.

    "En principio el jueves me viene bien. Salvo que se me complique algo; si cambia algo te
    aviso.": no contrast or condition besides the mishap.
    """
    if not _IN_PRINCIPLE.fullmatch(hedge.group()):
        return False
    ends = list(re.finditer(r"[.!?\n]+", text[hedge.end() :]))
    end = ends[1].start() if len(ends) > 1 else len(text) - hedge.end()
    sentences = text[hedge.end() : hedge.end() + end]
    return _BARRING_MISHAP.search(sentences) is not None and not _HEDGE_QUALIFIED.search(
        _BARRING_MISHAP.sub(" ", sentences)
    )


# "Tom - attached are the numbers", "Hi Tom,", "Tom," alone on the first line: the first name a
# reply opens on, the person it is written to. Not "Sorry - …", "Thanks, …": words that open a
# reply to anyone. "@Priya can you take this?", "Jonas, kannst du Donnerstag übernehmen?",
# "Marcos, te paso la planilla": a mention, or a name and a comma before a request or a thing
# handed over, is the person it is written to too. (A name and a comma before anything else is
# left: "Unfortunately, …" opens the same way.)
_GREETED = re.compile(
    r"\A\s*(?:(?i:hi|hey|hello|dear|hola|buenas|buen día|buenos días|ciao|hallo|olá|oi|bonjour"
    r"|salut)[ \t]+(?P<hailed>[A-Z][a-z]{1,15})[ \t]*[,!:]"
    r"|(?P<named>[A-Z][a-z]{1,15})(?:[ \t]+[-–—][ \t]|[ \t]*,[ \t]*\n)"
    r"|@(?P<at>[A-Za-z][a-z]{1,15})\b"
    r"|(?P<asked>[A-Z][a-z]{1,15}),[ \t]+(?i:can|could|would|pls|please|kannst|könntest"
    r"|peux|pourrais|puedes|podrías|puoi|potresti)\b"
    # "Marcos, te paso la planilla", "Tom, here are the numbers": a name, and something handed
    # or told to that person. Not "Unfortunately, …", "Lamentablemente, …", adverbs that open
    # the same way.
    r"|(?P<told>(?![A-Za-z]*(?:ly|mente|ment)\b)[A-Z][a-z]{1,15}),[ \t]+"
    r"(?i:te (?:paso|mando|env[ií]o|adjunto|comparto)|acordate|acuérdate|here (?:is|are)"
    r"|attached|i['’]ve attached))"
)
# "Sorry, ignore — meant for my PA", "fwd to Dan:", "wrong thread": the reply says it was written
# for someone else, whatever it opens on.
_MISDIRECTED = re.compile(
    r"\b(?:meant for (?!you\b)|wrong (?:thread|recipient)|(?:pls|please) ignore"
    # "Ignore my last email - I misread my diary": a slip of the sender's own, owned in the
    # next words, corrects the mail the user had; not one written to someone else.
    r"|ignore (?:this|that|my last(?! (?:e-?mail|mail|message|note|reply)\b[^\n]{0,40}"
    r"\bI(?:['’]d| had)? (?:misread|misremembered|mixed (?:up )?|got (?:\S+ ){0,3}?wrong)))"
    r"|sent (?:this |that )?(?:to you )?by mistake)\b"
    r"|\A\s*(?:fwd|fw|forwarding) to \w+",
    re.IGNORECASE,
)
_OPENING_WORDS = frozenset(
    {"sorry", "thanks", "thank", "apologies", "update", "note", "quick", "also", "well", "hmm",
     "yes", "no", "sure", "ok", "okay", "great", "perfect", "all", "there", "team", "everyone",
     "folks", "again", "honestly", "actually", "btw", "fyi", "ps", "re", "confirmed", "done",
     "noted", "agreed", "brilliant", "lovely", "excellent",
     # "Grand, would Tuesday at 3 suit?": a word of assent or surprise, not a name.
     "grand", "cool", "fine", "right", "alright", "righto", "super", "awesome", "wonderful",
     "fantastic", "absolutely", "certainly", "definitely", "keen", "sweet", "nice", "good",
     "splendid", "understood", "gotcha", "yep", "yeah", "yup", "nope", "indeed", "ah", "oh",
     "ja", "oui", "si", "claro", "genial", "perfecto", "vale", "bueno", "parfait", "prima",
     "klar", "gerne", "perfetto", "certo", "perfeito", "top", "prachtig",
     # "Hey - a conflict popped up": a greeting, not a name.
     "hey", "hi", "hiya", "hello", "morning", "afternoon", "evening", "greetings", "cheers",
     "hola", "hallo", "ciao", "salut", "bonjour", "oi", "heads",
     # "Dale, te mando el link": Rioplatense words of assent, not names.
     "dale", "listo", "igual", "joya", "buenas", "che"}
)  # fmt: skip


def _one_letter_off(a: str, b: str) -> bool:
    """Whether one letter changed, added or dropped turns ``a`` into ``b``.

    "Hola Ana!" to Ada: a slip of the user's own name, not a third person's.
    """
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def greets_another(msg: ParsedMessage, reply: str) -> bool:
    """The reply opens on the first name of someone on neither the To nor the Cc line.

    "Tom - attached are the Q4 numbers. Can you double-check them?" sent to the user, who is
    not Tom, with no Tom copied: a note meant for a colleague, its question not the user's to
    answer. A name opening as one on the envelope does ("Alex", "Adie" to Ada) may be the
    user's own; a reply that names anyone on the envelope is written to them. A reply that
    says it went astray ("ignore - meant for my PA") is someone else's whatever it opens on.
    """
    if _MISDIRECTED.search(reply):
        return True
    match = _GREETED.match(reply)
    # "Jo", "Ed", "Li": a first name of two letters is a name on the envelope too.
    envelope = {w for a in (*msg.to, *msg.cc) for w in re.findall(r"\w{2,}", a.name.lower())}
    if match is None or not envelope:
        return False
    name = (
        match["hailed"] or match["named"] or match["at"] or match["asked"] or match["told"]
    ).lower()
    said = {w.lower() for w in re.findall(r"\w{3,}", reply)}
    return (
        name not in _OPENING_WORDS
        # "Thursday,\n3pm works": a day heading the reply, no one's name.
        and name not in WEEKDAYS
        and not any(w[:2] == name[:2] or _one_letter_off(w, name) for w in envelope)
        and not envelope & said
    )


def _runs(word: str) -> set[str]:
    """The three-letter runs in ``word``: "Liz" and "Elizabeth" share "liz"."""
    return {word[i : i + 3] for i in range(len(word) - 2)}


# "Jonas, kannst du Donnerstag um 10 übernehmen?", "@Priya can you take this?", "Mark - block
# Thu 2pm for this one": the colleague is handed the thread's own business, perhaps the user's
# chat, so the note may concern the user after all.
_HANDED_OVER = re.compile(
    r"\b(?:take (?:this|it|over)|cover (?:this|it|for me)|handle (?:this|it)|this one"
    r"|(?:reply|answer|write) (?:to )?(?:her|him|them)|übernehm\w*|kümmer\w* dich"
    r"|reprend\w*|(?:t|vous) en occuper|encárga\w*|encarga\w*|ocúpate|occupatene|te ocupas"
    r"|assum[ei]\w*|overnemen|neem jij)\b",
    re.IGNORECASE,
)


def plainly_anothers(msg: ParsedMessage, reply: str, history: str) -> bool:
    """The reply opens on a name that cannot be the user's, though it is written to the user.

    ``greets_another`` leaves a doubt: a nickname the envelope does not show ("Liz" to Elizabeth)
    may still be the user. Not when the thread quoted below names the user by a name on the To
    line (the sender has seen the name the user goes by), and the name greeted shares no three
    letters in a row with any name on the envelope ("Toni" to Antonio, "Nacho" to Ignacio), is
    no pet name far from its full name ("Peggy" for Margaret), and is named nowhere in the
    thread ("Tom suggested I write" makes "Tom -" the user's concern again), nor handed the
    thread's business ("can you take this over?"). No thread quoted (a new mail): the doubt
    stays.
    """
    match = _GREETED.match(reply)
    if match is None or not greets_another(msg, reply):
        return False
    name = (
        match["hailed"] or match["named"] or match["at"] or match["asked"] or match["told"]
    ).lower()
    envelope = {w for a in (*msg.to, *msg.cc) for w in re.findall(r"\w{2,}", a.name.lower())}
    own = {w for a in msg.to for w in re.findall(r"\w{3,}", a.name.lower())}
    quoted = {w.lower() for w in re.findall(r"\w{2,}", history)}
    return (
        bool(own & quoted)
        and not _HANDED_OVER.search(reply)
        and name not in quoted
        and name not in FAR_NICKNAMES
        and not any(_runs(name) & _runs(w) for w in envelope)
    )
