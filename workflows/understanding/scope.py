"""Whether a word that calls a meeting off or moves it speaks of this meeting, now.

"I'd hate to cancel", "no need to reschedule", "I had to cancel my trip", "sorry for
cancelling last time": the word is there, and nothing of the meeting with the user is called
off or moved. The intent reader and the roles of times both ask this of each such word.
"""

from __future__ import annotations

import re

from workflows.understanding.vocab import WEEKDAYS

# "spostare a giovedì", "passar a sexta": the move's new day, not English "move a meeting".
_DAYS = "|".join(sorted((re.escape(w) for w in WEEKDAYS if len(w) > 3), key=len, reverse=True))

# The meeting with the user, in any of the seven languages: "my call" is still ours.
_OURS = (
    r"(?:call|chat|coffee|appel|rendez-vous|rdv|llamada|cita|charla|Gespräch|Telefonat"
    r"|chiamata|conversa|chamada|gesprek|afspraak|time|day|slot|bit|little)\b"
)
# "my meeting with you", "il mio appuntamento con te": the meeting with the user after all.
_WITH_YOU = (
    r"\b(?:with[ \t]+you|con[ \t]+(?:te|usted|voi)|contigo|avec[ \t]+(?:vous|toi)"
    r"|mit[ \t]+(?:Ihnen|dir)|met[ \t]+(?:je|u)|com[ \t]+(?:você|vocês|te))\b"
)
# Words before a cancel or move word that say it does not happen: only wished away ("I'd hate
# to back out, so Friday it is"), dropped ("I was going to cancel, but …", "rather than
# cancel, …"), not called for ("no need to reschedule", "you don't need to cancel"), the
# user's to decide ("did you want to cancel?"), taken back ("ignore my note about
# cancelling", "un-cancelling"), or one that already happened and is apologised for.
_MOOT_BEFORE = re.compile(
    r"(?:(?:['’]d|\bwould)[ \t]+hate[ \t]+to|\b(?:was|were)[ \t]+going[ \t]+to"
    r"|\b(?:almost|nearly)|\bthought[ \t]+(?:I|we)(?:['’]d|[ \t]+would)|\bno[ \t]+need[ \t]+to"
    r"|\bnothing[ \t]+to|\bno|\brefuse[ \t]+to|\brather[ \t]+than|\binstead[ \t]+of|\bwithout"
    r"|(?:\bnot|\bnever|n['’]t)[ \t]+(?:(?:want|like|mean|plan|going|need)[ \t]+to)?"
    r"|\bdid[ \t]+you[ \t]+want[ \t]+to|\b(?:sorry|apologies|apologi[sz]e)(?:[ \t]+again)?"
    r"[ \t]+(?:for|about)|\bafter[ \t]+(?:I|we)|\bun-"
    r"|\b(?:ignore|disregard|scratch|forget)\b[^.,;?!\n]{0,30}"
    # The same in the other six languages: "je ne veux pas annuler", "désolé d'avoir annulé",
    # "no hace falta cancelar", "perdón por cancelar", "ich will nicht absagen", "invece di
    # annullare", "scusa per aver annullato", "não precisa cancelar", "em vez de cancelar".
    r"|\bpas|(?:désolée?|pardon)[ \t]+d['’]avoir|\bplutôt[ \t]+que|\bau[ \t]+lieu"
    r"|\bno[ \t]+(?:quiero|hace[ \t]+falta|es[ \t]+necesario)|\ben[ \t]+(?:lugar|vez)[ \t]+de"
    r"|\b(?:perdón|perdona|disculpa|disculpe)[ \t]+por(?:[ \t]+haber)?|\bnicht|\b(?:an)?statt"
    r"|\bnon[ \t]+c['’]è[ \t]+bisogno[ \t]+di|\binvece[ \t]+di|\banziché"
    r"|\bscusa(?:mi|te)?[ \t]+per(?:[ \t]+aver)?|\bnão[ \t]+(?:precisa|é[ \t]+preciso)(?:[ \t]+de)?"
    r"|\bem[ \t]+(?:vez|lugar)[ \t]+de|\bdesculp[ae][ \t]+por(?:[ \t]+ter)?|\bniet"
    r"|\bin[ \t]+plaats[ \t]+van)"
    r"[ \t]*(?:(?:have|had|having|need|needed)[ \t]+to[ \t]+)?$",
    re.IGNORECASE,
)
# "If I have to cancel I'll tell you", "I might need to reschedule": a move that may come.
_HEDGED_BEFORE = re.compile(
    r"(?:\b(?:if|in[ \t]+case|unless)[ \t]+(?:I|we)[ \t]+(?:have|need)[ \t]+to"
    # "If I can't make it I'll let you know", "in case we cancel": the word is the condition
    # of a promise, not a move made; "si tengo que cancelar", "falls ich … absagen muss", "se
    # eu precisar cancelar", "se dovessi annullare", "als ik moet afzeggen" say the same.
    # "Mind if we bump it to 3?" asks leave to move: no condition.
    r"|\b(?:(?<!mind[ \t])if|in[ \t]+case|should)[ \t]+(?:I|we)(?:[ \t]+(?:ever|still|then|do))?"
    r"|\bsi[ \t]+(?:tengo|tenemos|tuviera|tuviéramos|je[ \t]+dois|on[ \t]+doit)(?:[ \t]+que)?"
    r"|\b(?:falls|wenn)[ \t]+(?:ich|wir)(?:[ \t]+\w+){0,2}?"
    r"|\bse[ \t]+(?:eu[ \t]+|nós[ \t]+)?(?:precisar|precisarmos|tiver[ \t]+(?:que|de)|dovessi|devo)"
    r"(?:[ \t]+di)?"
    r"|\bals[ \t]+(?:ik|we)[ \t]+(?:moet|moeten)"
    r"|\b(?:might|may|could)[ \t]+(?:have|need)[ \t]+to"
    # "I'll probably have to cancel", "possibly have to", "there's a chance I'll have to".
    r"|\b(?:probably|possibly|likely|perhaps|maybe|chance(?:[ \t]+that)?)"
    r"(?:[ \t]+(?:I|we)(?:['’]ll|[ \t]+will|[ \t]+might|[ \t]+may)?)?(?:[ \t]+going[ \t]+to)?"
    r"[ \t]+(?:have|need)[ \t]+to"
    # "je risque de devoir annuler", "puede que tenga que cancelar", "ich muss eventuell
    # Donnerstag absagen", "potrei dover annullare", "talvez eu tenha que cancelar".
    r"|\brisque[ \t]+de(?:[ \t]+devoir)?|\bpourrais[ \t]+devoir"
    # "il se peut que je doive annuler", "es posible que tenga que cancelar", "ich muss
    # möglicherweise absagen", "forse devo annullare", "pode ser que eu tenha que cancelar",
    # "mogelijk moet ik afzeggen".
    r"|\bse[ \t]+peut[ \t]+que[ \t]+(?:je|nous|on)[ \t]+(?:doive|doivions)"
    r"|\b(?:puede[ \t]+que|quizás|tal[ \t]+vez|es[ \t]+posible[ \t]+que)[ \t]+tenga[ \t]+que"
    r"|\b(?:eventuell|vielleicht|möglicherweise)\b[^.,;?!\n]{0,25}?|\bpotrei[ \t]+dover"
    r"|\bforse\b[^.,;?!\n]{0,25}?"
    r"|\b(?:talvez|pode[ \t]+ser[ \t]+que)[ \t]+(?:eu[ \t]+)?(?:tenha|precise)"
    r"(?:[ \t]+de|[ \t]+que)?"
    r"|\b(?:misschien|mogelijk|wellicht)\b[^.,;?!\n]{0,25}?)"
    r"[ \t]+$",
    re.IGNORECASE,
)
# Another event of the sender's, called off or moved: "my 3pm got cancelled", "the
# conference was cancelled", "I had to cancel my trip", "my client cancelled on me".
_OTHER_EVENT_BEFORE = re.compile(
    rf"(?:\bmy[ \t]+(?!{_OURS})[^.,;?!\n]{{1,30}}?"
    r"|\bthe[ \t]+(?:conference|trip|flight|event|offsite|off-site|workshop|training|class"
    r"|dinner|lunch)"
    # "ma réunion de 15h a été annulée", "mi reunión se canceló", "mein Termin um 10 wurde
    # abgesagt", "la mia riunione è stata annullata", "minha reunião foi cancelada", "mijn
    # overleg is geannuleerd".
    r"|\b(?:ma|mon|mi|mein\w*|(?:la[ \t]+)?mia|(?:il[ \t]+)?mio|minha|meu|mijn)[ \t]+"
    rf"(?!{_OURS})[^.,;?!\n]{{1,30}}?)"
    r"[ \t]+(?:got|was|were|is|has[ \t]+been|had[ \t]+been|a[ \t]+été|est|se|fue|ha[ \t]+sido"
    r"|wurde|ist|è(?:[ \t]+stat[ao])?|foi|werd)[ \t]+$"
    # "meine Reise absagen", "einen Termin absagen", "mijn reis annuleren": the object before
    # the verb.
    rf"|\b(?:meine?[nm]?|mijn|einen?|een)[ \t]+(?!{_OURS})\w+[ \t]+(?:zu[ \t]+)?$",
    re.IGNORECASE,
)
_OTHER_EVENT_AFTER = re.compile(
    # Spanish "moverla a las 5" is a move to a time, not English "move a meeting of mine".
    # Portuguese "cancelar a nossa conversa", "cancelar a reunião de terça" are ours.
    rf"^[ \t]+(?:(?:my|a(?![ \t]+(?:las?|los|\d|nossa|nosso|sua|tua|reunião|reuniao|chamada"
    rf"|conversa|videochamada|{_DAYS})\b)"
    r"|an|mon|ma|mes|mi|mis"
    # "Tive que cancelar uma reunião", "ich musste einen Termin absagen": one of the sender's.
    r"|(?:il[ \t]+)?mio|un|une|una|um|uma|een|einen?"
    r"|(?:la[ \t]+)?mia|(?:o[ \t]+)?meu"
    rf"|(?:a[ \t]+)?minha)[ \t]+(?!{_OURS})(?![^.,;?!\n]{{0,30}}{_WITH_YOU})"
    # "¿Lo podemos correr un rato?", "empurrar um pouquinho", "moverla una hora": by how much.
    r"(?!(?:rato|poco|poquito|pouco|pouquinho|hora|momento|tiempo|tempo|minuto|minutos"
    r"|bit|little|hour)\b)"
    # "I had to cancel another call": any event but a time ("cancel on you another time").
    r"|on[ \t]+me\b|another[ \t]+(?!(?:time|day|slot|one)\b))",
    re.IGNORECASE,
)
# "I'm sorry I cancelled Thursday", "sorry we had to move it": an apology for a move made.
_SORRY_BEFORE = re.compile(
    r"\bsorry[ \t]+(?:that[ \t]+)?(?:I|we)[ \t]+(?P<had>had[ \t]+to[ \t]+)?$", re.IGNORECASE
)
# "Sorry I had to reschedule last time": a move in the past, not this one.
_PAST_AFTER = re.compile(
    r"^[^.,;?!\n]{0,30}?\b(?:last[ \t]+(?:time|week|month)|previously|twice"
    r"|the[ \t]+other[ \t]+day|la[ \t]+dernière[ \t]+fois|la[ \t]+última[ \t]+vez"
    r"|l['’]ultima[ \t]+volta|da[ \t]+última[ \t]+vez|de[ \t]+vorige[ \t]+keer)\b",
    re.IGNORECASE,
)
# "Cancel Thursday at 3? No way, still on": the word asked back and refused at once.
_REFUSED_AFTER = re.compile(
    r"^[^.?!\n]{0,40}\?[\s\"'”’]*(?:no[ \t]+way|not[ \t]+at[ \t]+all|of[ \t]+course[ \t]+not"
    r"|absolutely[ \t]+not|definitely[ \t]+not|nope|no(?=[ \t]*[,.!—–-])|never"
    r"|pas[ \t]+question|hors[ \t]+de[ \t]+question|bien[ \t]+sûr[ \t]+que[ \t]+non|jamais"
    r"|ni[ \t]+hablar|para[ \t]+nada|de[ \t]+ninguna[ \t]+manera|claro[ \t]+que[ \t]+no"
    r"|auf[ \t]+keinen[ \t]+Fall|keineswegs|nein|niemals|assolutamente[ \t]+no|per[ \t]+niente"
    r"|neanche[ \t]+per[ \t]+sogno|macché|nem[ \t]+pensar|de[ \t]+jeito[ \t]+nenhum"
    r"|de[ \t]+forma[ \t]+alguma|claro[ \t]+que[ \t]+não|geen[ \t]+sprake[ \t]+van"
    r"|absoluut[ \t]+niet|echt[ \t]+niet|nee)\b",
    re.IGNORECASE,
)
# "dass ich letztes Mal abgesagt habe": the verb comes after the time it looks back to.
_PAST_BEFORE = re.compile(
    r"\b(?:letztes[ \t]+Mal|vorige[ \t]+keer)[^.,;?!\n]{0,15}$", re.IGNORECASE
)


def other_event(text: str, at: int, end: int) -> bool:
    """Whether the cancel or move word at ``at``…``end`` is about another event of the sender's."""
    return bool(
        _OTHER_EVENT_BEFORE.search(text[max(0, at - 50) : at])
        or _OTHER_EVENT_AFTER.search(text[end : end + 40])
    )


def hedged(text: str, at: int) -> bool:
    """Whether the cancel or move word at ``at`` is one that may yet come ("I might cancel")."""
    return bool(_HEDGED_BEFORE.search(text[max(0, at - 50) : at]))


def moot(text: str, at: int, end: int) -> bool:
    """Whether the cancel or move word at ``at``…``end`` calls nothing of this meeting off."""
    return bool(
        _MOOT_BEFORE.search(text[max(0, at - 50) : at])
        or hedged(text, at)
        or other_event(text, at, end)
        or _PAST_AFTER.search(text[end : end + 40])
        or _REFUSED_AFTER.search(text[end : end + 70])
        or _PAST_BEFORE.search(text[max(0, at - 40) : at])
        or _apologised(text, at, end)
    )


def _apologised(text: str, at: int, end: int) -> bool:
    # "I'm sorry I have to cancel" cancels now; "sorry I cancelled" looks back.
    sorry = _SORRY_BEFORE.search(text[max(0, at - 50) : at])
    return sorry is not None and (sorry.group("had") is not None or text[at:end].endswith("ed"))
