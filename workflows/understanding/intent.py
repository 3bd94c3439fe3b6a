"""What the reply means: one :class:`~workflows.stages.Intent`, from cues in seven languages.

Rules run in a fixed order, the first that fits wins (see :func:`classify`).
The cue lists are English first, then French, Spanish, German, Italian,
Portuguese and Dutch. A cue is a whole phrase, and a positive one that a
negation governs ("not sure", "pas sûr", "nicht gerne") does not count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from workflows.stages import Intent
from workflows.understanding.autoreply import AUTO_AWAY, OOO_WORDING
from workflows.understanding.dates import LONG_WEEKDAYS, SHORT_WEEKDAYS, alternation, find_dates
from workflows.understanding.invite import Invite
from workflows.understanding.language import reads
from workflows.understanding.ordinals import ordinal_place, time_place
from workflows.understanding.roles import CONFLICT
from workflows.understanding.scope import hedged, moot
from workflows.understanding.sentences import sentence_spans
from workflows.understanding.verdict import Referral, TimeWindow
from workflows.understanding.vocab import (
    AT_THE_MOMENT,
    BAIL,
    BETTER_CONTACT,
    BETTER_PLACED_THAN_ME,
    DECIDED_AGAINST_REQUESTS,
    ENGLISH_DAYS,
    LOWER_CASE_ABBREVIATIONS,
    MONTHS,
    MOVE_THE_MEETING_PT,
    NEXT_WEEK_WORDS,
    NONE_OF_YOUR_TIMES,
    OR_WORDS,
    PARTS_OF_DAY,
    REACH_THEM_AT,
    REGION_CLOCKS,
    RELATIVE_DAYS,
    THIS_MOMENT,
    THIS_WEEK_WORDS,
    UNREAL_YES,
    WEEK_LATER,
    WEEKDAYS,
    WRITE_ON_MY_BEHALF,
    WRITE_ONCE_BACK,
    is_weekday,
    spelled_out,
)


def _cues(*alternatives: str) -> re.Pattern[str]:
    # Mail clients turn "don't" into "don’t": either apostrophe matches.
    body = "|".join(alternatives).replace("'", "['’]")
    return re.compile(r"(?<![\w'’])(?:" + body + r")(?![\w])", re.IGNORECASE)


CANCEL = _cues(
    r"cancel(?:led|ed|ling|ing)?",
    r"call(?:ing)? (?:it )?off",
    # "I can't make it work this week" finds no room for the chat; it cancels nothing agreed.
    # "I will not be able to make our call of Thursday": the same, said at more length.
    r"(?:won't|will not|can't|cannot|can no longer"
    r"|(?:won't|will not|(?:'m|am) not going to) be able to|(?:'m|am|be) unable to)"
    r" make (?:it|our (?:call|chat|meeting|coffee))(?! at| work)",
    r"annuler|annulé|annulée|annulation|cancelar|cancelo|cancelada|cancelado",
    r"(?<!Ihnen )(?<!dir )(?<!euch )absagen|absage|abgesagt|stornieren",
    r"annullare|annullato|annullata|disdire|desmarcar|afzeggen|annuleren|geannuleerd",
    # "have to bail on tomorrow", "back out of our call", "devo darti buca": the meeting is off.
    BAIL,
    # "Let's not reschedule yet, I'll ping you": off, and no new time wanted.
    r"let's not (?:reschedule|rebook|find (?:a new|another) time)",
)
# "won't be able to do Thursday", "no voy a poder el jueves": a day turned down, which under a
# meeting the thread settled, with nothing asked, is that meeting called off (under offers,
# only that offer).
_A_DAY = rf"(?:{alternation([*(w for w in WEEKDAYS if len(w) > 3), *RELATIVE_DAYS])})"
# "I won't manage", said of a day in each language: "não vou conseguir amanhã 10h" (written
# without accents on a phone), "no voy a poder mañana", "je ne vais pas pouvoir jeudi", "ich
# schaffe es am Donnerstag nicht", "ik ga het donderdag niet redden", "won't manage Thursday";
# "schaffe es am Donnerstag nicht pünktlich" is late to a meeting that stands.
_WONT_MANAGE = (
    rf"(?:(?:won't|can't|will not|cannot) manage (?:on )?{_A_DAY}"
    rf"|n[ãa]o (?:vou|vamos) (?:conseguir|poder)(?: ir| estar| participar)? (?:n[ao] )?{_A_DAY}"
    rf"|no (?:voy a poder|podré|llego|voy a llegar)(?: ir| estar)? (?:el )?{_A_DAY}"
    # "não chego amanhã": Portuguese "won't make it", as Rioplatense "no llego mañana".
    rf"|n[ãa]o (?:chego|vou chegar) (?:n[ao] )?{_A_DAY}"
    rf"|non (?:riesco|riuscirò|potrò|ce la faccio)(?: a (?:esserci|venire))? (?:per )?{_A_DAY}"
    rf"|je ne (?:vais pas pouvoir|pourrai pas|peux pas)(?: venir| être là)? {_A_DAY}"
    rf"|(?:schaffe|schaff) (?:es|das) (?:am )?{_A_DAY} (?:\w+ )?nicht"
    rf"|werde es (?:am )?{_A_DAY} nicht schaffen"
    rf"|(?:ga|zal) (?:ik )?het {_A_DAY} niet (?:redden|halen)|lukt (?:me|mij|het) {_A_DAY} niet)"
    r"(?! (?:pünktlich|rechtzeitig|on time|a tiempo|à l'heure|in tempo|a tempo|op tijd))"
)
CANT_ATTEND = _cues(
    r"(?:won't|will not|can't|cannot|can no longer|(?:won't|will not|(?:'m|am) not going to"
    r"|not gonna) be able to|(?:'m|am) unable to) (?:make|do|attend|join)"
    # "can't make tonight after all": the agreed evening, said as the day it falls on.
    r" (?:\w+day|tomorrow|today|tonight|this evening)(?:'s (?:call|chat|meeting))?",
    r"no (?:voy a poder|podré|puedo) (?:ir |llegar )?el (?:lunes|martes|miércoles|jueves|viernes)",
    _WONT_MANAGE,
)
# "could we push 30 minutes?", "bump it by an hour", "push a week to the 28th": the meeting,
# later by a length.
SHIFT_BY = (
    # "push tomorrow by an hour", "bump Friday's call 30 min", "push our Tuesday chat back by an
    # hour": the day names the meeting.
    r"(?:push|bump|shift|move)(?: it| things| (?:(?:our|the) )?(?:tomorrow|today|tonight|\w+day)"
    r"(?:'s)?(?: (?:call|chat|meeting|coffee))?| (?:our|the) (?:call|chat|meeting|coffee))?"
    r"(?: back| out)?(?: by)? (?:(?:\d+|half an|an) "
    r"(?:min|mins|minutes|hour|hours)|(?:\d+|a|one|two|a couple of) (?:days?|weeks?))"
    # "¿la podemos recorrer una hora?", "atrasar meia hora": the same in Spanish and Portuguese.
    r"|(?:recorrer|mover|atrasar|retrasar|adelantar|correr|adiar)(?:l[oa])?"
    r" (?:\d+|media|una|meia|uma) (?:min|minutos|hora|horas)\b"
)
SHIFTED = _cues(SHIFT_BY)
# "Something came up": a reason to move the meeting, or to call it off ("something came up,
# I have to cancel"); "let's find another time": a wish to meet again, or a move. Beside a
# cancel and no new time, neither moves anything: the meeting is off.
_CAME_UP = (
    r"something(?: has|'s)? come up|something came up|(?:me )?surgió algo|dazwischengekommen"
    r"|surgiu (?:um )?imprevisto|mi è capitato un imprevisto|er is iets tussengekomen"
)
_ANOTHER_TIME = (
    r"(?:find|pick|choose|need|move (?:it )?to) (?:another|a different) (?:day|time|slot)"
)
BESIDE_CANCEL = _cues(_CAME_UP, _ANOTHER_TIME)
RESCHEDULE = _cues(
    r"reschedul\w*",
    # "mind bumping it back?", "nudge it to 11?": the verb in any form.
    r"(?:mov(?:e|ing)|shift(?:ing)?|push(?:ing)?|bump(?:ing)?|nudg(?:e|ing))"
    r" (?:our|the|it|this|that)\b"
    # "Just bump this thread", "nudge the email": the user is asked to write again, no meeting
    # is moved. "we move the clocks this Friday": the hour of a whole country, not the meeting.
    r"(?! (?:thread|e-?mail|mail|message|note|conversation|chain|clocks?)\b)[^.?!\n]{0,30}",
    # "shift tomorrow's 1pm to 2:30", "move Friday's call": the day's meeting is the object.
    r"(?:move|shift|push|bump) (?:today|tomorrow|tonight|\w+day)'s(?= (?:\d|(?:call|chat"
    r"|meeting|coffee|slot|time)\b))"
    r"|(?:move|shift|push|bump) \d{1,2}(?:[:.]\d\d)? ?(?:[ap]\.?m\.?)? to(?= \d)",
    # "can we push to 11:30 instead of 11?": no object, the meeting is understood.
    # "mind pushing to 4?", "need to bump us to 5pm": the same, in other forms.
    # "Could we shift to Wednesday 31st, same time?": to another day.
    r"(?:push|bump|shift)(?:ed|ing)?(?: us)?(?: back| out)? to(?= (?:\d|next\b|later\b"
    rf"|tomorrow\b|after\b|{ENGLISH_DAYS}\b))",
    # "Can we prepone to 11?": Indian English for moving it earlier.
    r"postpone\w*|prepone\w*",
    SHIFT_BY,
    _ANOTHER_TIME,
    _CAME_UP,
    r"pasarl[oa] al|moverl[oa] al|cambiarl[oa] al"
    # "¿la podemos mover a las 5?", "¿podemos recorrerla?": "la"/"lo" is the meeting agreed.
    r"|(?:mover|recorrer|adelantar|atrasar|retrasar)l[oa]"
    r"|l[oa] (?:podemos|puedes|podrías|podríamos) (?:mover|recorrer|adelantar|atrasar"
    r"|retrasar|pasar|cambiar|correr)\b"
    # "a las 5 en vez de las 4", "às 17h em vez das 16h": a new hour for the agreed one.
    r"|en (?:vez|lugar) de las? \d|em vez d[ao]s? \d|no lugar d[ao]s? \d"
    # "4:30 instead of 4?", "à 16h30 au lieu de 16h", "um halb fünf statt um 4": the same; not
    # the hours between two clocks ("I'll be 2 hours behind you instead of 1").
    r"|(?<!behind you )(?<!ahead of you )(?<!behind )(?<!ahead )instead of (?:the |our )?\d"
    r"|au lieu de \d|(?:an)?statt (?:um )?\d"
    r"|invece (?:che |delle |di )?(?:alle )?\d|in plaats van (?:om )?\d"
    r"|passar (?:para|pra)|" + MOVE_THE_MEETING_PT,
    # Not the English noun ("was a newspaper reporter"): French "reporter notre appel".
    r"déplacer|décaler|reporter (?:notre|votre|le|la|les|l'|l’|à|au)|(?:le|la|l'|l’) reporter"
    # "on décale à mercredi", "décalons": the verb as said, not only its infinitive.
    r"|(?:on|nous) (?:décale|déplace)\b|décal(?:ons|ez)\b|déplaç(?:ons)\b|déplacez\b"
    r"|changer (?:notre|le|la|l') ?(?:rendez-vous|rdv|appel|créneau|heure)",
    # "¿Pasamos la llamada del miércoles al viernes?": the verb as said, the meeting its object.
    r"reprogramar|posponer|aplazar|(?:cambiar|mover) (?:la|el|nuestra|nuestro)"
    r" (?:hora|fecha|cita|llamada|reunión|charla|café|videollamada)"
    # Not "ya cambiamos la hora acá" (the clocks changed): the meeting itself is the object.
    r"|(?:pasar|(?:cambi|mov|pas)(?:amos|emos)) (?:la|el|nuestra|nuestro)"
    r" (?:cita|llamada|reunión|charla|café|videollamada)",
    r"verschieben|verlegen",
    # "spostarla a mercoledì", "adiarmos para quinta": the verb with its object or person.
    r"spostar(?:e|l[ao])|spostiamo|rimandar(?:e|l[ao])|posticipar(?:e|l[ao])|anticipar(?:e|l[ao])"
    r"|remarcar|adiar(?:mos)?|adiá-l[ao]|empurrar|adiantar|antecipar"
    # "¿Lo corremos para las 4?", "¿lo movemos media hora antes?": the meeting agreed, moved.
    r"|l[oa] (?:corremos|movemos|pasamos|cambiamos|adelantamos|atrasamos)\b"
    r"|mudar (?:a|o) (?:hora|data|reunião|conversa)|mudar (?:para|pra) outr[oa] (?:dia|hora"
    r"|horário)|verplaatsen|verzetten|uitstellen|vervroegen"
    r"|verschuiven",
)
_LONG_MONTHS = "|".join(name for name in MONTHS if len(name) > 3)
_SHORT_MONTHS = "|".join(name for name in MONTHS if len(name) <= 3)
# "Riscrivimi verso metà febbraio", "écrivez-moi de nouveau vers la mi-mars", "schrijf me
# gerust half februari nog eens": asked to write again, a later month or span a few words on.
# A month or "weeks" after the request is a time to come back, whatever "non riesco" says.
_WRITE_AGAIN = (
    r"(?:(?:write|email|e-mail|ping|message|contact|nudge) me|write to me"
    r"|(?:ré)?écri(?:vez|s)-moi|recontacte[zr]?-moi|relance[zr]?-moi|me (?:ré)?écrire"
    r"|(?:vuelve a )?escr[ií]b(?:eme|ame|irme)|cont[aá]cta(?:me|rme)|cont[aá]cteme"
    r"|schreib(?:en Sie)? mir|meld(?:en Sie sich|e dich|et euch)"
    r"|(?:ri)?scrivimi|mi (?:ri)?scriva|ricontattami|mi ricontatti|risentiamoci"
    r"|(?:escreva|escreve|escrever|contacte|contactar|procure)-me"
    r"|(?:volte|volta|voltem) a (?:falar|conversar) comigo|fal[ae] comigo"
    r"|me (?:escreva|escreve|escrever|contacte|contactar|procure)"
    r"|(?:schrijf|mail|stuur) me|neem (?:\w+ )?contact (?:met me )?op"
    r"|reach (?:back )?out(?: to me)? again"
    # "Can we try again mid-November?": the chat asked for at a later time.
    r"|(?:can|could|shall) we try again"
    # "give me a shout in May", "flick me a note in a fortnight", "hit me up in a couple weeks".
    r"|give me a (?:shout|bell|buzz|ring|yell|nudge)|flick me (?:a |an )?(?:note|line|message|email"
    r"|text)|hit me up"
    r"|réessaye[zr]?|réessaie[sz]?|retente[zr]?)"
)
# "mid-", "mi-", "metà", "meados de": the part of a month named before it.
_MONTH_PART = (
    r"(?:early |late |mid-?|mi-|(?:début|fin) |(?:inicio|fines|principios|mediados) de "
    r"|(?:meados|início|final) de |metà |inizio |fine |Anfang |Mitte |Ende )?"
)
_LATER_TIME = (
    # "early May": the short month only after a part of it.
    rf"(?:{_LONG_MONTHS}|(?:(?<=early )|(?<=mid-)|(?<=mid )|(?<=late ))may\b"
    # "on 2nd May", "am 3. Mai", "op 3 mei": after a day of the month, a short name is the month.
    r"|(?:(?<=\d )|(?<=\d\. )|(?<=\dst )|(?<=\dnd )|(?<=\drd )|(?<=\dth ))"
    rf"(?:{_SHORT_MONTHS})\b"
    r"|(?:fortnight|weeks|semaines|semanas|Wochen|settimane|weken|months|mois|meses"
    r"|Monaten|mesi|maanden)\b"
    # "Mi ricontatti dopo Pasqua", "volte a falar comigo depois da Páscoa": after a holiday.
    r"|(?:Easter|Christmas|Pasqua|Natale|Páscoa|Natal|Ostern|Weihnachten|Pâques|Noël|Pasen"
    r"|Kerst(?:mis)?|Semana Santa|Navidad)\b)"
)
# Only words of when may come between ("write me the dates in March" asks for something else).
_WHEN_WORDS = (
    r"again|back|then|around|about|in|after|from|toward|towards|early|mid|late|the|of|a|few"
    r"|couple|two|three|some|gerne?|nochmal|noch|einmal|mal|wieder|im|ab|nach|Anfang|Mitte|Ende"
    r"|ein|paar|einigen|de|nouveau|vers|la|le|en|à|dans|début|fin|quelques|otra|vez|hacia"
    r"|después|mediados|principios|finales|unas|dentro|pure|verso|tra|fra|dopo|metà|inizio|fine"
    r"|di|qualche|novo|novamente|no|na|em|depois|meados|início|final|daqui|algumas|umas|gerust"
    r"|da|do"
    r"|nog|eens|opnieuw|weer|rond|half|begin|eind|midden|over|een"
    # "reach out again the week of December 8", "écrivez-moi la semaine du 8 décembre".
    r"|week|semaine|semana|Woche|settimana|du|del|dell|vom|della|van|on"
    # "a partir de 12 de julho", "à partir du 3 mars": from a day of the month.
    r"|[aà][ \t]+partir[ \t]+d(?:e|u|el)|\d{1,2}(?:st|nd|rd|th|\.)?"
    # "Riscrivimi dal 2 maggio in poi", "escríbeme desde el 2 de mayo": from a day on.
    r"|dal|dall|desde|depuis|vanaf|il|el|am|op"
    # "Kun je me vanaf maandag 2 november nog eens mailen?": a day's name before its date.
    rf"|(?:{LONG_WEEKDAYS})(?=[ \t]+\d)"
)
_WRITE_AGAIN_LATER = (
    rf"{_WRITE_AGAIN}(?:[ \t]+(?:{_WHEN_WORDS})){{0,4}}[ \t]+(?:mid-|mi-)?{_LATER_TIME}"
    # "Kun je me vanaf 20 april nog eens mailen?": Dutch asks it with the verb last.
    rf"|(?:kun|kunt|wil|wilt|zou) (?:je|u) me(?:[ \t]+(?:{_WHEN_WORDS})){{0,4}}[ \t]+{_LATER_TIME}"
    r"(?:[ \t]+(?:nog eens|nog een keer|opnieuw|weer|even)){0,2}[ \t]+"
    r"(?:mailen|e-mailen|schrijven|benaderen|contacteren|een (?:mail|mailtje|bericht) sturen)\b"
)
# The sender promises to come back next week, in each language: "je reviens vers vous la
# semaine prochaine", "melde mich nächste Woche bei dir", "ti riscrivo la prossima", "te escrevo
# na semana que vem", "ik kom er volgende week op terug": not now, later (a human's words,
# however much the rest sounds like an absence notice).
_BACK_NEXT_WEEK = (
    # "Let me get back to you next week on timing", "I'll check my calendar and get back to you
    # early next month": the answer itself put off to a later time named.
    # Indian English "I will revert (back)" is the same promise.
    r"(?:i'll|i will|let me)(?: check(?: [^.?!\n]{0,30})? and)?"
    r" (?:get back to you|revert(?: back)?(?: to you)?)"
    r" (?:(?:on|about|re) (?:timing|times|a time|dates|scheduling) )?"
    r"(?:next (?:week|month)|(?:early|later|mid|late) next (?:week|month)|after the holidays"
    r"|in a (?:week|couple of weeks|few weeks))"
    r"|te (?:confirmo|aviso|digo algo) (?:la semana que viene|la próxima semana|el mes que viene)"
    r"|ti faccio sapere (?:la prossima settimana|la settimana prossima|il mese prossimo)"
    r"|(?:te|lhe) (?:retorno|aviso) (?:na )?(?:semana que vem|próxima semana|mês que vem)"
    r"|ik laat (?:het )?(?:je |u )?volgende week (?:\w+ )?weten"
    r"|(?:(?:je )?reviens vers (?:vous|toi)|je (?:vous|te) reviens)"
    r" (?:la semaine prochaine|en|début|fin|dans)"
    r"|(?:te|le) escribo (?:la semana que viene|la próxima semana)"
    r"|melde mich (?:\w+ ){0,2}(?:nächste|kommende) Woche"
    r"|(?:ti|la|vi) (?:ri)?scrivo (?:la prossima|la settimana prossima|la prossima settimana)"
    r"|(?:te|lhe) escrevo (?:na semana que vem|na próxima semana)"
    r"|kom (?:er )?(?:\w+ ){0,2}(?:volgende week|later) (?:\w+ )?op terug"
)
# "Me chama de novo depois do dia 20?", "llámame después del 20", "ruf mich nach dem 20. an",
# "bel me na de 20e": call or write again after a day of the month (an hour after it, "call me
# after 3pm", "depois das 15h", offers a time instead).
_CALL_ME = (
    r"(?:(?:call|ring|phone|text|email|e-mail|ping|message|write to|try|contact) me"
    r"|me (?:chama|liga|procura|escreve|chamas|ligas)|(?:chama|liga|procura|escreve)-me"
    r"|fal[ae] comigo|ll[aá]mame|escr[ií]beme|h[aá]blame|b[uú]scame|cont[aá]ctame"
    r"|me (?:llamas|escribes|buscas|hablas)|chiamami|scrivimi|cercami|(?:ri)?sentiamoci"
    r"|ricontattami|r?appel(?:ez|le)-moi|écri(?:vez|s)-moi|recontacte[z]?-moi|relance[z]?-moi"
    r"|ruf(?:en Sie)? mich|schreib(?:en Sie)? mir|melden Sie sich|meld(?:e)? dich"
    r"|(?:bel|mail|app|schrijf) me)"
    r"(?:[ \t]+(?:again|back|de novo|novamente|outra vez|de nuevo|otra vez|di nuovo|de nouveau"
    r"|gerne?|noch ?mal|wieder|gerust|nog eens|opnieuw|weer)){0,2}"
)
_AFTER_DAY_OF_MONTH = (
    r"[ \t]+(?:after (?:the )?\d{1,2}(?:st|nd|rd|th)?(?![:.\d]|[ \t]*(?:am|pm|h)\b)"
    r"|depois d[oa] (?:dia )?\d{1,2}(?![:h\d])|despu[eé]s del? (?:d[ií]a )?\d{1,2}(?![:h\d])"
    r"|dopo il \d{1,2}(?![:.\d])|après le \d{1,2}(?![:h\d])|nach dem \d{1,2}\.(?!\d)"
    r"|na de \d{1,2}(?:e|ste)?(?![:.\d]))"
)
# "Gerne nach der Elternzeit", "happy to chat after my sabbatical", "once the move is done":
# the chat after a stretch of the sender's own life that has no date (a yes to it is a later
# yes, not a pick now).
_AFTER_MY_LEAVE = (
    r"(?:after|once|when) (?:my|the|our) (?:(?:parental|maternity|paternity|sick|medical|family"
    r"|study|shared parental) leave|leave|sabbatical|move|relocation|house move)"
    r"(?! (?:on|at|from) \d)"
    r"|nach (?:der|meiner|dem|meinem) (?:Elternzeit|Mutterschutz|Babypause|Auszeit|Sabbatical"
    r"|Sabbatjahr|Karenz|Reha|Umzug)"
    r"|après (?:mon|ma|le|la) (?:congé (?:parental|maternité|paternité|sabbatique)|congé mat"
    r"|année sabbatique|sabbatique|déménagement)"
    r"|después de (?:mi|la|el) (?:baja(?: por (?:maternidad|paternidad))?|permiso (?:parental"
    r"|de (?:maternidad|paternidad))|año sabático|sabático|mudanza)"
    r"|dopo (?:il |la |il mio |la mia )?(?:congedo (?:parentale|di maternità|di paternità)"
    r"|maternità|paternità|anno sabbatico|sabbatico|trasloco)"
    r"|(?:depois|após) d[ao] (?:minha |meu )?(?:licença[- ](?:maternidade|paternidade|parental)"
    r"|licença|ano sabático|sabático|mudança)"
    r"|na (?:mijn|het|de) (?:ouderschapsverlof|zwangerschapsverlof|bevallingsverlof|verlof"
    r"|sabbatical|verhuizing)"
)
# "doch gern", "bitte einfach": German particles that soften a request between its verb and
# its time ("Melden Sie sich doch gern danach") and change nothing of what is asked.
_DE_SOFT = r"(?:(?:doch|bitte|gerne?|einfach|ruhig|dann) ){0,3}"
# "Escreva-me depois", "fale comigo depois disso": after the absence just named ("depois das
# 15h" is a time of the day, and is no defer).
_DEPOIS = r"depois(?: disso)?(?=[ \t]*(?:[.,!;]|$)| e )"
# "I'll come back to you tomorrow with something concrete", "… later today", "… on the timing":
# a holding note, the answer promised within the day or the next (convention (i)); the chat is
# not put off, so there is no later period for the engine to wait out (a defer would pause the
# contact past the answer just promised). "Come back to you next week" names one, and defers.
_SOON = (
    r"(?:just now|shortly|soon|on (?:the )?timing|(?:later )?(?:today|tonight)|tomorrow\b"
    r"(?! week)|first thing tomorrow|this (?:morning|afternoon|evening)"
    # "will revert before close of business tomorrow": the working day's end, said in full.
    r"|(?:by|before) (?:tomorrow|tonight|(?:the )?end of (?:the )?day|eod|cob"
    r"|(?:the )?close of (?:business|play))\b)"
)
_SOON_SAID = re.compile(rf"\b{_SOON}", re.IGNORECASE)
# "te contesto mañana", "ti rispondo stasera": today or tomorrow, in any of the seven languages
# ("tomorrow week" is a week on). This evening, or within the day, counts as today.
_TODAY_OR_TOMORROW = re.compile(
    r"(?<!\w)(?:"
    + "|".join(sorted((re.escape(w) for w, d in RELATIVE_DAYS.items() if d <= 1), key=len)[::-1])
    + r"|stasera|in giornata|esta (?:noche|tarde)|dans la journée|vanavond|vanmiddag"
    + r")(?!\w)(?! week)",
    re.IGNORECASE,
)
DEFER = _cues(
    _WRITE_AGAIN_LATER,
    _CALL_ME + _AFTER_DAY_OF_MONTH,
    _AFTER_MY_LEAVE,
    _BACK_NEXT_WEEK,
    r"(?:try|ping|reach out to|contact|email|write to|message) me (?:again )?"
    r"(?:in|after|next|around|later|once|when|at the|toward|early|mid|late|the week of)",
    r"reach (?:back )?out (?:again )?(?:then|after|in|once|when|later|next|from|the week of)",
    # "Booked until the 26th; get in touch after that", "bis 26. ausgebucht, melden Sie sich gern
    # danach": "after that" points back at the last busy day just named.
    r"get in touch (?:again )?(?:after that|afterwards)"
    # "Melden Sie sich doch gern danach noch einmal": "doch", "bitte" soften the request too.
    rf"|(?:melden Sie sich|meld(?:e)? dich|schreiben Sie mir|schreib(?:e)? mir) {_DE_SOFT}danach",
    r"ask me again (?:in|after|next|later|once|when|around|early|mid|late)",
    # "I'm back to a normal schedule on Monday 19 March - ask me again then": "again then"
    # points back at the day just named for the user to write on.
    r"(?:ask|try|ping|email|write to|message|contact) me again then\b",
    # "Escríbeme a partir del lunes 17", "write to me from Monday the 17th": from a day on.
    rf"(?:{_WRITE_AGAIN})(?: again)? (?:from|a partir del?|à partir du|ab|vanaf|desde"
    rf"|a partire da) (?:(?:the|el|le|dem) )?(?:{LONG_WEEKDAYS})\b",
    # "Could you get back to me from 25 January?", "let's try again a bit later?"
    r"(?:get|come) back to me (?:again )?(?:from|after|in|around|once|when|early|mid|late|next)",
    r"(?:try|talk|chat|speak|connect) (?:again )?(?:a (?:bit|little) )?later",
    # ("un poco más tarde, tipo 16", "uma hora mais tarde", "une heure plus tard": the clock
    # moved on the day, not the chat put off.)
    r"(?<!au )(?<!peu )(?<!heure )(?<!poco )(?<!pouco )(?<!po' )(?<!hora )(?<!horas )"
    r"(?<!rato )(?<!minutos )(?:plus tard|más tarde|mas tarde|più tardi|mais tarde)"
    r"|(?:wieder|erneut) melden",
    # "Können Sie sich im März nochmals melden?", "bitte im Juni noch mal melden": the user
    # asked to write again, the verb last; the sender's own "ich melde mich nochmal" is no defer.
    r"(?:Sie sich|du dich|ihr euch|bitte)\b[^.?!\n]{0,40}?(?:nochmals|noch ?(?:ein)?mal) melden",
    # "Then I'll come back with a time": an answer promised, not a later date.
    r"(?:circle|check|come) back(?! (?:to you )?with (?:a |some )?(?:time|slot|date|option)s?\b)"
    rf"(?! to you(?:[ \t]*(?:[.!,;]|$)| {_SOON}))",
    r"reconnect|touch base (?:in|after|next|later)",
    # "Could you follow up with me in a few weeks?", "let's look at this again from mid-January":
    # the same request to come back, with or without "with me" / "again".
    r"(?:follow up|check in|circle back)(?: with me)? (?:again )?(?:in|after|next|later|once|when"
    r"|from|early|mid|late|around|the week of)",
    r"(?:look at|pick up|revisit|discuss|take up) (?:this|it|things) (?:again|up again)",
    # "Let's look again in the week of 11 April", "Lass uns in der Woche ab dem 11. April
    # nochmals schauen", "laten we na de lancering nog eens kijken", "volvamos a mirarlo la
    # semana del 11": look at it again, from a later time named. Without "again" ("lass uns in
    # der Woche ab dem 11. telefonieren") the time may be an offer, and is left to the rest.
    r"let(?:'s| us) (?:look|check) (?:at (?:it|this) )?again (?:in|after|from|the week of|once"
    r"|when|early|mid|late|around)",
    # (The stop of a German date, "ab dem 11. April", ends no sentence.)
    r"(?:lass|lasst|lassen Sie) uns (?:in|ab|nach|Anfang|Mitte|Ende) (?:[^.!?\n]|(?<=\d)\.){0,40}?"
    r"(?:nochmals?|noch ?(?:ein)?mal|wieder|erneut) (?:schauen|sprechen|reden|telefonieren)",
    r"laten we (?:in|na|vanaf|over|begin|half|eind) [^.!?\n]{0,40}?(?:nog (?:eens|een keer)"
    r"|opnieuw|weer) (?:kijken|praten|spreken|bellen)",
    r"(?:volvamos|volvemos) a (?:mirarlo|verlo|hablarlo|mirar|hablar) (?:en|la semana|después"
    r"|a partir|a principios|a mediados|a finales)",
    # "Could we pick this up when I'm back?", "let's take it up again after the launch": the
    # particle after the object, and the time to come back named.
    r"(?:pick|take) (?:this|it|things|the conversation) (?:back )?up (?:again )?(?:when|once"
    r"|after|later|next|in|on my return|then)",
    r"(?:could|can|shall) we [^.?!\n]{0,40}(?:when|once|after) i(?:'m| am| get) back",
    # "Can we do this after Diwali?": the chat itself put after a time the sender names.
    r"(?:could|can|shall) we (?:do|have) (?:this|it|that|the (?:chat|call)) after\b",
    # "Would you drop me a line again mid-October?": "again" and the part of the month may
    # come between the request and the time, as with "try me again".
    r"drop me a (?:line|note|message) (?:again )?(?:then|after|once|when|in|from|next|around"
    r"|early|mid|late)",
    # "won't have a spare minute until the middle of October": no time before a later day.
    r"(?:won't|will not|don't|do not) have (?:a (?:spare )?(?:minute|moment)|any (?:spare )?time"
    r"|(?:the )?(?:time|bandwidth|capacity)) (?:for (?:this|it|a chat|a call) )?until",
    # "Sarò di nuovo in ufficio lunedì 22 marzo: scrivimi allora": write again once back.
    # "Stuur je me daarna nog even een berichtje?": the same, asked as a question.
    # "Write to me that week": the week of the day back just named.
    r"(?:write(?: to)?|email|message|ping|try) me (?:then|afterwards|after that|that week)"
    r"|(?:melden Sie sich|meld dich) (?:gerne? )?(?:dann|da)|me chama (?:então|nessa altura)"
    r"|(?:réessayez|recontactez-moi|réessaie|relancez-moi) (?:à ce moment-là|alors)"
    r"|(?:inténtalo|inténtelo|vuelve a intentarlo) entonces|versuch(?:en Sie)? es dann"
    r"|riprova(?:ci)? allora|tenta(?:-me)? (?:de novo )?(?:então|nessa altura)"
    r"|probeer (?:het )?(?:dan|daarna)"
    r"|écrivez-moi (?:à ce moment-là|alors)"
    r"|écris-moi (?:à ce moment-là|alors)|escríbeme entonces|escríbame entonces"
    # "Schreib mir gern dann nochmal": "gern" softens the request, it accepts nothing.
    # ("Schreib mir dann die Einwahldaten" asks for the details now.)
    r"|schreib(?:en Sie)? mir (?:gerne? )?(?:dann|da)(?=[ \t]*(?:[.,!?;]|$|noch|wieder|erneut))"
    r"|scrivimi allora|mi scriva allora"
    # "escreva-me outra vez nessa altura": again, then.
    r"|(?:escreva-me|me escreva|escreve-me) (?:(?:outra vez|de novo|novamente) )?"
    r"(?:então|nessa altura)"
    r"|(?:schrijf|mail|stuur) (?:je |jij )?me (?:dan|daarna)",
    # "Volto a 1 de dezembro — escreve-me nessa semana e marcamos": write again in the week of
    # the return just named.
    rf"(?:{_WRITE_AGAIN}) (?:again )?(?:that week|the week I'?m back|cette semaine-là|esa semana"
    r"|nessa semana|essa semana|in (?:dieser|der) Woche|quella settimana|die week)",
    # "now is not a good moment", "not the right time": timing, not the chat, is the no.
    r"not (?:right )?now|not (?:a|the) (?:good|great|right|ideal) (?:time|moment)|bad time",
    r"later this (?:month|year|spring|summer|fall|autumn|quarter)",
    r"revenez vers moi|recontactez[- ]moi|relancez[- ]moi|reprenez contact"
    # "Reviens vers moi en janvier": the familiar form, with the time to come back named.
    r"|(?:reviens vers moi|recontacte[- ]moi|relance[- ]moi) (?:en|à|après|début|mi-|fin|dans"
    r"|le mois|la semaine|l'année|plus tard)"
    r"|me (?:recontacter|relancer|réécrire|reécrire)",
    r"pas (?:le bon moment|maintenant|pour l'instant|en ce moment)",
    # "Es la cuarta vez que me escribes" counts the user's mails: a complaint, not "write later".
    r"escríbeme|escribeme|(?<!que )me escribes|me vuelves a escribir"
    r"|vuelve a (?:escribirme|contactarme)"
    # "Ahora no", "por ahora no, gracias": not now. "Por ahora no puedo atender …" is "for now I
    # can't …", the "no" the verb's: a defer only as far as the English "for now" is.
    r"|(?<!por )ahora no|por ahora no(?=[ \t]*(?:[,.;!)]|$))"
    r"|no es (?:un )?buen momento|más adelante|mas adelante",
    # "Melden Sie sich gern Anfang Mai noch einmal": the time to come back may lead.
    rf"(?:melden Sie sich|melde? dich) {_DE_SOFT}(?:im|in|nach|wieder|ab|Anfang|Mitte|Ende"
    r"|noch ?(?:ein)?mal)",
    # "Frag mich im April nochmal", "vraag het me na de lancering nog eens": ask again, later.
    r"frag(?:en Sie)? mich (?:im|in|nach|ab|Anfang|Mitte|Ende|nächste[nr]?|kommende[nr]?)"
    r" (?:\w+ ){0,2}?(?:noch ?(?:ein)?mal|wieder|erneut)"
    r"|vraag (?:het )?(?:me|mij) (?:na|in|over|volgende) (?:\w+ ){0,2}?(?:nog (?:eens|een keer)"
    r"|opnieuw)",
    # "Reparlons-en en septembre", "Retomémoslo en el tercer trimestre", "vamos retomar no
    # terceiro trimestre": take the talk up again, at a time after a word of when.
    r"(?:(?:re)?parlons-en|retom(?:emos|émoslo|emoslo)(?: esto)?|vamos retomar(?: isso| isto)?"
    r"|riprendiamo(?:ne|lo)?)(?= (?:en|à|après|dans|début|fin|después|a|dentro|no|na|em|depois"
    r"|in|dopo|tra|fra|verso|nel)\b)",
    # "Lass uns das im Q3 nochmal aufgreifen", "laten we hier in Q3 op terugkomen": the verb
    # last, a later time before it.
    r"(?:im|in|nach dem|nach der|na de|na het) [\w-]+ (?:\w+ ){0,2}?(?:aufgreifen"
    r"|zurückkommen|terugkomen)"
    # "Können wir das im November angehen?": a month named, then the verb.
    rf"|(?:im|Anfang|Mitte|Ende) (?:{_LONG_MONTHS}) (?:\w+ ){{0,2}}?(?:angehen|anpacken|nachholen"
    r"|machen)\b",
    # "Schreib mir nächsten Monat noch mal", "neem volgende maand nog eens contact op": write
    # again, at a later time named before "again".
    r"schreib(?:en Sie)? mir (?:im|in|nach|ab|Anfang|Mitte|Ende|nächste[nr]?|kommende[nr]?)"
    r" (?:\w+ ){0,2}?(?:noch ?(?:ein)?mal|wieder|erneut)"
    r"|neem (?:volgende (?:maand|week)|in \w+|na de \w+|over (?:een|\w+) \w+) (?:nog eens"
    r"|opnieuw|weer) contact",
    # "Ich bin derzeit in Elternzeit": "currently" before an absence is no "not now".
    r"(?:derzeit|zurzeit)(?! (?:leider )?(?:in \w*(?:urlaub|zeit)\b|im \w*urlaub\b|in elternzeit"
    r"|im mutterschutz|abwesend|außer haus|nicht im büro|krank))"
    r"|im Moment (?:leider )?nicht|gerade nicht|später",
    # "Ahora mismo no, quizás en primavera", "Im Moment leider nicht, vielleicht im Frühjahr": a
    # no, then a maybe for a later season ("Happy to! Maybe this summer in person too" is a yes).
    r"(?:no|not|n't|nicht|niet|non|não|pas)\b[^.!?\n]{0,30}?[ \t]+"
    r"(?:maybe|perhaps|peut-être|quizás?|tal vez|vielleicht|forse|talvez|quem sabe|misschien)"
    r" (?:\w+ ){0,2}(?:spring|summer|autumn|printemps|été|automne|rentrée|primavera|verano|otoño"
    r"|Frühjahr|Frühling|Sommer|Herbst|estate|autunno|verão|outono|voorjaar|zomer|najaar)"
    # "Not a fit right now - maybe after the summer?" asks, and stays in doubt.
    r"(?![^.!\n]*\?)",
    # "Ich melde mich Mitte August bei Ihnen", "I'll be in touch in September": the sender
    # promises to come back themselves, at a later time they name.
    # "Ich melde mich, sobald …": a comma may part the promise from its time.
    r"(?:ich )?melde mich(?: \w+){0,2}?,? (?:wieder|im|in|nach|ab|Anfang|Mitte|Ende|sobald)"
    r"|(?:i'll|i will) (?:be|get) (?:back )?in touch (?:again )?(?:in|after|once|when|early|mid"
    r"|late|around|next|from)"
    r"|je (?:vous|te) recontacterai|je reviendrai vers (?:vous|toi) (?:en|à|après|début|mi-|fin"
    r"|dans)|(?:me pondré en contacto|te escribiré|le escribiré) (?:en|a|después|dentro)"
    r"|mi (?:farò|rifarò|faccio) (?:vivo|viva|sentire) (?:a|tra|dopo|verso|in|ad)"
    r"|entrarei em contato (?:em|depois|daqui|no|na)|laat (?:ik )?(?:\w+ ){0,3}?van me horen",
    # "I'm offline until the 12th, ping me again then"
    r"(?:ping|email|write|try|message|nudge|remind) me again|offline until|heads-down until",
    # "Ping me then?", "I'm on parental leave until January 8, so please write again then" (the
    # leave alone is an absence: "on parental leave until January. For anything urgent, Dan").
    # "could you write to me again then and we'll find a time?": "to" may stand before "me".
    r"(?:ping|email|write(?: to)?|message|nudge|try|call|text) (?:me (?:again )?|again )then",
    # "Happy to, but not until after the holidays": yes, later.
    r"not (?:until|till|before)(?! \d| noon| lunch)|(?:have|has|need|needs) to wait (?:until|till)"
    r"|pas avant(?! \d)|no antes de(?! las)|hasta después de"
    r"|erst (?:im|in|nach|ab|Anfang|Mitte|Ende)|nicht vor(?! \d)"
    # "ab Mitte Mai habe ich wieder Luft": free again from a later month on.
    rf"|ab (?:Anfang |Mitte |Ende )?(?:{_LONG_MONTHS}|Mai) (?:hab(?:e)? ich|bin ich)"
    r" (?:(?:wieder|dann|mehr) )*(?:Zeit|Luft|Kapazität|frei)\b",
    r"non prima (?:di|d')(?! \d)|não antes d[eoa](?!s \d)|só depois d[eoa]"
    r"|pas (?:na|in|over|vanaf|begin|eind|half)\b|niet vóór(?! \d)"
    # "niet voor de zomer" is "not before the summer", but "niet voor werk", "niet voor mij"
    # are "not for work", "not for me": only a stretch of time after it makes it "before".
    rf"|niet voor (?=(?:(?:de|het) )?(?:{_LONG_MONTHS}|mei|begin|eind|half|midden|medio"
    r"|volgende|komende|na|Pasen|kerst|\w*vakantie|zomer|najaar|voorjaar|herfst|winter|lente"
    r"|einde)\b)",
    # "can we do it after the school holidays?", "could we leave this till after Easter?": the
    # chat asked for once a named stretch is over (never an hour or a day: "after 3pm",
    # "after Monday's meeting" offer a time).
    r"(?:can|could|shall) we (?:do|have|leave|push|hold|save) (?:it|this|that|the (?:call|chat))"
    r" (?:(?:un)?till? )?after (?!noon|lunch|work|(?:the )?\w+day\b)[^\W\d]\w*"
    r"|(?:on peut|pourrait-on|pourrions-nous) (?:le faire|faire ça|se parler)"
    r" après (?!midi)[^\W\d]\w*"
    r"|(?:podemos|podríamos) (?:hacerlo|dejarlo|hablar) (?:para )?después de(?! las? \d)"
    r"|(?:können|könnten) wir (?:das|es|uns) (?:auf )?nach (?:dem|den|der) [^\W\d]\w*",
    # "Let's aim for after the holidays", "plutôt après les vacances de Pâques", "mejor después de
    # Semana Santa", "me procura depois das férias", "sentiamoci dopo Pasqua", "na de meivakantie
    # komt beter uit": the chat put after a named stretch (never an hour or a day).
    r"(?:aim for|plan for|rather|better) after (?!noon|lunch|work|(?:the )?\w+day\b)[^\W\d]\w*"
    r"|(?:plutôt|mieux) après (?!midi)(?:les |la |le |l')?[^\W\d]\w*"
    r"|mejor (?:después de|tras) (?!las? \d)[^\W\d]\w*|me procura depois"
    r"|sentiamoci (?:dopo|tra|fra|più avanti)"
    r"|na (?:de|het) [^\W\d]\w* (?:\w+ )?(?:komt|past|is) (?:\w+ )?beter"
    # "Busy until the 21st, then I'm all yours": free once a day named is past.
    r"|(?:then|after that|afterwards) i'?m all yours",
    # "Let me get through that and I'll get back to you"
    r"let me get through|(?:once|when|after) [^.?!\n]{1,60}(?:i'll|i will) get back to you",
    # "Travelling for a while - will get back to you once I'm settled again", "I'll be in touch
    # when I'm home": the promise first, then the sender's own return as when (no date, so a
    # defer; "once I've checked my calendar" is a hold and stays one).
    r"(?:i'll |i will |will )?(?:get back to you|be in touch|reach out(?: again)?"
    r"|write (?:to )?you) (?:again )?(?:once|when|after|as soon as) i(?:'m| am| get| have|'ve)?"
    r" (?:back|home|settled|landed|returned|return)",
    # "Heads down on a launch, let me get back to you after it ships", "I'll be in touch once the
    # release is out": the answer put off past a work event of the sender's with no date (a
    # defer; "after I check my calendar" names no event, and stays a hold).
    r"(?:get back to you|be in touch|reach out(?: again)?|circle back|follow up)(?: again)?"
    r" (?:after|once|when) (?:(?:it|we)(?:'s| (?:has|is))? (?:ships?|shipped|launch(?:es|ed)?"
    r"|goes live|gone live|live|out)|the (?:launch|release|go-?live|deadline|crunch)"
    r"(?: (?:is|has) (?:out|live|done|over|shipped|passed|gone out))?)"
    r"(?![ \t]+(?:on|at|this|next|\d))",
    # "Could we talk after that?", "let's revisit once the dust settles, I'll drop you a line"
    r"(?:talk|chat|speak|meet|connect) (?:after (?:that|this|then)|afterwards|once i'?m back"
    r"|when i'?m back|after i(?:'m| am) back|after i return)",
    r"revisit (?:this|it|once|when|after|in|later|next)|(?:once|when|after) the dust settles"
    # "Let me get back to you once things settle": an answer put off until the sender's own
    # time is freer, with no date (a defer); "once I've checked my calendar" stays a hold.
    r"|(?:once|when|after) (?:things|work|life|it|the (?:reorg|dust|launch|move|chaos))"
    r" (?:have |has )?"
    r"(?:settles?|settled|calms? down|calmed down|quiets? down|quieted down|slows? down|eases? off"
    r"|is over|are over)"
    # "sobald es etwas ruhiger wird", "quand ça se calme un peu": a little calmer is enough.
    r"|(?:sobald|wenn) es (?:wieder )?(?:etwas |ein (?:bisschen|wenig) )?ruhiger (?:wird|ist)"
    r"|(?:quand|dès que|une fois que) (?:les choses|ça|cela) (?:se )?(?:calment|calme|calmeront"
    r"|tassent"
    r"|tasseront)|cuando (?:las cosas|todo) se (?:calme|calmen|tranquilice|tranquilicen)"
    r"|quando (?:le cose|tutto) si (?:calma|calmano|sarà calmato)"
    r"|quando (?:as coisas|tudo) (?:se )?acalmar(?:em)?|als het (?:weer )?rustiger (?:wordt|is)"
    r"|(?:i'll|i will) drop you a line",
    # "Ik ben tot de 20e weg, daarna graag", "bis zum 20. im Urlaub, danach gerne": a yes for
    # after the absence.
    r"(?:daarna|danach|anschließend|ensuite|après|después|luego|dopo|poi|depois|after that"
    r"|afterwards) (?:graag|gerne?|volontiers|avec plaisir|con gusto|encantad[oa]|volentieri"
    r"|con piacere|com prazer|de bom grado|happy to|gladly)",
    # "once my report is done on the 24th. How about the week after?": later, no day yet.
    r"(?:how about|what about|maybe|perhaps) (?:the )?(?:week|month) after(?: that| next)?"
    r"(?=[ \t]*(?:[?.!]|$))",
    r"(?:parler|échanger|discuter) (?:après|ensuite|à mon retour)|a mi (?:vuelta|regreso)"
    r"|(?:danach|nach meiner Rückkehr) (?:sprechen|austauschen|telefonieren)"
    r"|(?:sentirci|parlarne) dopo|al mio rientro|quando (?:eu )?voltar|na mijn terugkeer",
    # "Volentieri, ma non questa settimana. Ti ricontatto io", "ci sentiamo quando torno", "ne
    # riparliamo la settimana prossima": a yes-word, then the sender's own promise to come back.
    r"ti (?:ricontatto|ricontatterò|riscriverò|riscrivo)|ti scrivo io"
    r"|ci sentiamo quando (?:torno|rientro|sarò tornat[oa])"
    r"|ne riparliamo (?:la settimana prossima|il mese prossimo|più avanti|dopo|tra|fra|a|ad)",
    # "Gerne, aber lassen Sie uns nach Ostern einen Termin finden": the chat put after a holiday
    # by name ("Irgendwann nach Ostern, vormittags?" asks for a time and stays in doubt).
    r"(?:lass|lassen Sie|lasst) uns(?: \w+){0,3}? nach (?:Ostern|Pfingsten|Weihnachten|Neujahr"
    r"|den (?:Feiertagen|Ferien|Osterferien|Sommerferien|Herbstferien))",
    # "risentiamoci dalla settimana prossima": from next week or month on, as well as at it.
    r"(?:ricontattami|scrivimi|riscrivimi|risentiamoci) (?:più avanti|tra|dopo|a|ad"
    r"|(?:il |dal )mese prossimo|(?:la |dalla )(?:prossima settimana|settimana prossima))"
    r"|più avanti"
    r"|(?:me )?(?:escreva|contacte|procure|procura|escreve)(?:-me)? (?:mais tarde|de novo"
    rf"|novamente|daqui a|{_DEPOIS})"
    rf"|fal[ae] comigo (?:no mês que vem|no próximo mês|em|daqui a|depois d[aeo]s?|{_DEPOIS})"
    r"|mais para a frente|mais adiante|neem (?:later|over een|na) |later (?:opnieuw )?contact"
    r"|over een paar weken|na de zomer",
    # "Podemos conversar em fevereiro?", "could we talk in March?", "pouvons-nous en reparler à
    # la mi-octobre ?": the chat, a month (or a part of one) from now; "again" may come between.
    r"(?:talk|chat|speak|meet|connect|catch up|conversar|falar|hablar|charlar|(?:re)?parler"
    r"|(?:re)?discuter|échanger|sprechen|telefonieren|(?:ri)?parlar(?:e|ne)|sentirci|praten"
    r"|spreken|bellen)"
    r" (?:\w+ )?(?:de novo |de nuevo |otra vez |di nuovo )?"
    r"(?:in|em|en|im|a|à|ad|op|no|na|nel|from|after|ab|dès|desde|vanaf|da)(?: la)?"
    rf" {_MONTH_PART}(?:{_LONG_MONTHS})",
    # German and Dutch put the verb last: "können wir Anfang Februar sprechen?", "kunnen we
    # half oktober weer bellen?"
    rf"(?:im|Anfang|Mitte|Ende|in|begin|eind|half|midden|medio) (?:{_LONG_MONTHS})"
    r" (?:\w+ ){0,2}?(?:sprechen|telefonieren|reden|praten|spreken|bellen|plannen|inplannen"
    r"|afspreken)",
    # "Falamos no fim do mês", "Falamos em outubro", "Hablamos a finales de mes": the chat put
    # to a later month, said with "we talk" ("falamos", "hablamos").
    rf"(?:falamos|conversamos|hablamos|charlamos)(?: \w+){{0,3}}? (?:mês|mes|{_LONG_MONTHS})",
    # "¿Hablamos después de fiestas?", "¿Lo vemos a la vuelta de las vacaciones?", "Falamos
    # depois dos Santos Populares?": the chat put after a named stretch (not "después de las 3",
    # "depois das 15h": a time).
    r"(?:hablamos|conversamos|charlamos|platicamos|lo vemos|falamos|conversamos|vemos isso)"
    r"(?: \w+){0,2}? (?:después|despues|tras|a la vuelta|depois|após|a seguir)"
    r" d(?:e|el|e la|e los|e las|o|a|os|as) (?!\d)[^\W\d]\w*",
)
# "early next month", "début avril", "a principios del mes que viene", "Anfang nächsten Monats":
# a part of a later month, with no time in it, is when to come back ("next month" alone may be
# only when the sender is away).
_NEXT_MONTH = (
    r"next month|(?:du |le )?mois prochain|(?:del |el )?(?:mes que viene|próximo mes)"
    r"|nächsten Monats|(?:del |il )?mese prossimo|(?:do |o )?(?:mês que vem|próximo mês)"
    r"|volgende maand"
)
_PART_OF_A_MONTH = (
    r"(?:(?:the )?(?:first|second|last) (?:week|half|days) of|(?:la )?(?:première|dernière)"
    r" (?:semaine|quinzaine) d(?:e|u|')|(?:la )?(?:primera|última) semana de(?:l)?"
    r"|(?:die )?(?:erste|letzte) (?:Woche|Hälfte) (?:im|des)|(?:la )?(?:prima|ultima) settimana"
    r" (?:di|del)|(?:a )?(?:primeira|última) semana d[eo]|(?:de )?(?:eerste|laatste) week van"
    r"|early|late|mid-?|(?:the )?(?:start|beginning|end|middle) of|début|fin|mi-|courant"
    r"|(?:a )?(?:principios|inicios|finales|mediados) del?|Anfang|Ende|Mitte|(?:all')?inizio"
    r"|(?:alla )?fine|metà|(?:no )?(?:início|fim|final)|(?:em )?meados|begin|eind|half|midden)"
)
# "OOO until the 12th, happy to chat after", "En congés jusqu'au 14, on en reparle après ?",
# "Hablamos a la vuelta": talk once the absence is over. Only beside absence wording ("talk
# then!" under a picked time is a sign-off, not a later date).
RESUME_AFTER_ABSENCE = _cues(
    r"(?:talk|chat|speak|connect|catch up|find (?:a )?time)(?: again)?"
    r" (?:then|after(?:wards)?|the week after|when i'?m back|once i'?m back)",
    r"on (?:en )?(?:re)?parle|(?:se |en )?reparler|reprenons contact"
    r"|parlons-en (?:à ce moment-là|alors|à mon retour|après)"
    r"|(?:(?:je )?reviens vers (?:vous|toi)|je (?:vous|te) reviens) à mon retour",
    r"hablamos (?:después|despues|luego|entonces|a la vuelta)|lo retomamos|a la vuelta",
    r"ne parliamo (?:dopo|al rientro|allora)|ci sentiamo (?:dopo|allora)|al rientro",
    r"(?:conversamos|falamos|conversar|falar) (?:na volta|depois|então)|na volta",
    r"(?:lass uns|können wir|sollen wir) danach (?:sprechen|telefonieren|reden)",
    r"(?:zullen|laten) we (?:daarna|dan) (?:bellen|afspreken|praten|spreken)",
    WRITE_ONCE_BACK,
)
# "Responderé a su correo a mi regreso", "Risponderò al mio rientro", "je traiterai votre
# message à mon retour": a notice's promise to answer the mail once back, which asks the user
# for nothing later ("hablamos a mi regreso" does).
ANSWERS_ON_RETURN = _cues(
    r"(?:responderé|contestaré|atenderé|responderei|tratarei|atenderei|risponderò|gestirò"
    r"|répondrai|traiterai|beantworte|bearbeite|beantwoord|reageer|i'll reply|i will reply"
    r"|i'll respond|i will respond)\b[^.!?\n]{0,50}?"
    # "risponderò al rientro", "responderé a la vuelta": the possessive is often left out.
    r"(?:a mi (?:vuelta|regreso)|a la vuelta|al regreso|quando (?:eu )?voltar|no meu regresso"
    r"|na volta|al (?:mio )?rientro"
    r"|à mon retour|dès mon retour|nach meiner Rückkehr"
    r"|na mijn terugkeer|when i (?:return|get back|am back)|on my return)"
)
# "send me a couple options for early December" asks for times now, in that span.
DEFER_TO_MONTH = _cues(
    r"(?<!options for )(?<!times for )(?<!slots for )(?<!dates for )(?<!créneaux pour )"
    r"(?<!horarios para )(?<!Termine für )(?<!orari per )(?<!horários para )(?<!tijden voor )"
    # "parler de la mi-octobre": the month is what the talk is about.
    r"(?<!de la )(?<!about )"
    rf"{_PART_OF_A_MONTH}(?:[ \t]+|(?<=-)|(?<='))(?:{_NEXT_MONTH}|{_LONG_MONTHS})",
    # "Next month would be better", "April works better for me".
    rf"(?:{_NEXT_MONTH}|{_LONG_MONTHS}|(?:early|mid|late)[ -]may) (?:would be|will be|is|works"
    r"|suits) (?:much |far )?better",
)
# Being busy says "not now" and no more: with a no beside it and no word of when to come back
# ("Not able to, sorry - swamped through the foreseeable") it is a decline, alone a defer.
BUSY = _cues(
    r"(?:too|very|super|crazy|really|extremely) busy|swamped|slammed|underwater|débordée?",
    # "My plate is full through Q1", "I'm stretched thin": busy in other words.
    r"plate(?:'s| is) (?:full|overflowing)|full plate|stretched (?:too |very )?thin",
    # "Flat out at the moment", "chockers this month", "snowed under", "rushed off my feet".
    r"(?:bit |very |really |quite |super )?hectic|flat out|chockers|snowed under"
    r"|(?:rushed|run) off my feet",
    r"(?:mucho|muchísimo|muchisimo) trabajo|viel zu tun|überlastet|sommers[oa] di lavoro"
    r"|sobrecarregad[oa]|(?:te |heel |erg )?druk",
)
# "Best of luck with the move!": how a no usually ends.
GOOD_LUCK = re.compile(
    r"\b(?:good luck|best of luck"
    # "wishing you lots of luck with the switch": how much luck may come between.
    r"|wish(?:ing)? you (?:(?:the )?(?:very )?best|(?:all |every |lots of |loads of |plenty of"
    r" |a lot of )?(?:the )?(?:luck|success))"
    # "Je vous souhaite plein de réussite", "te deseo mucho éxito", "ti auguro ogni successo",
    # "desejo-lhe muito sucesso": the same wish in the other languages.
    r"|(?:vous|te) souhaite (?:(?:plein|beaucoup) de |bonne )?(?:réussite|succès)"
    r"|(?:te|le|les) deseo (?:mucho |todo el )?éxito|(?:ti|le|vi) auguro (?:ogni |tanto )?successo"
    r"|desejo(?:-lhe|-te| (?:lhe|te))? (?:muito )?sucesso"
    r"|hope you find (?:someone|somebody|the right|what you)"
    r"|bonne chance|bonne continuation|(?:mucha )?suerte|viel (?:Erfolg|Glück)|in bocca al lupo"
    r"|buona fortuna|boa sorte|(?:heel )?veel (?:succes|geluk))\b",
    re.IGNORECASE,
)
# A word that says the "not now" ends: a month, a season, "for now", "until", "later", …
WHEN_AGAIN = _cues(
    AT_THE_MOMENT,
    r"(?:this|next|the) (?:week|month|quarter|year)|until|till"
    r"|after|later|in (?:a few|a couple of|two|three) (?:weeks|months)|new year|holidays",
    r"jusqu'|après|hasta|después|bis|nach|fino a|dopo|até|depois|tot|na",
    *(name for name in MONTHS if len(name) > 3),
)
# The short no natives write in business mail when nothing else is said: "ça ne va pas être
# possible pour moi", "no me va a ser posible", "no me interesa", "ich habe kein Interesse",
# "non sono interessato", "não tenho interesse", "ik heb geen interesse", "no tengo
# disponibilidad", "vou ter de recusar", "ik ga passen". A day or time after "possible" or
# "disponibilidad" says which times are turned down, not the chat.
_NATIVE_NO = (
    r"(?:ça|cela|ce) ne (?:va|sera) pas (?:être )?possible(?! (?:le|à|ce|cette|\w+di\b|\d))"
    # "je vais devoir passer mon tour", "tendré que pasar esta vez", "stavolta passo".
    r"|passer mon tour|(?:tendré|tengo) que pasar(?= esta vez|[ \t]*(?:[.,!;]|$))"
    r"|(?:questa volta|stavolta|per questa volta) passo(?=[ \t]*(?:[.,!;]|$))"
    r"|no me (?:va a ser posible|será posible)\b|no voy a poder(?! (?:el|a|esta|\w+s\b|\d))"
    r"|(?:tendré|tengo) que declinar|no tengo disponibilidad(?! (?:el|a|esta|\w+s\b|\d))"
    r"|non (?:ho|abbiamo) disponibilità(?! (?:per|il|la|\w+dì\b|\d))"
    r"|(?:vou|vamos) ter de recusar|não me é possível"
    r"|no me es posible(?! (?:el|a|esta|\w+s\b|\d))|(?:ma|però) passo(?=[ \t]*(?:[.,!]|$))"
    r"|(?:vou|vamos) passar (?:essa|esta|dessa vez)|ik ga (?:\w+ ){0,2}passen\b"
    r"|ga ik (?:\w+ ){0,2}passen\b|sla (?:ik )?(?:\w+ )?over(?=[ \t]*(?:[.,!]|$))"
    # "Desta vez vou ter de passar --", "não vou conseguir.": the chat turned down, unless a day
    # or an hour says which time ("não vou conseguir na quinta", "vou ter de passar no banco").
    r"|(?:vou|vamos) ter (?:de|que) passar(?=[ \t]*(?:[.,!;]|--|—|$)|[ \t]+(?:desta|dessa) vez)"
    r"|não (?:vou|vamos) (?:poder|conseguir)(?=[ \t]*(?:[.,!;]|--|—|$))"
    # "Mejor lo dejamos aquí", "restons-en là", "lassen wir es dabei": the exchange ends here.
    r"|(?:mejor |prefiero que )?lo dejamos (?:aquí|ahí)|restons-en là|belassen wir es dabei"
    r"|lassen wir es (?:lieber )?dabei|(?:meglio )?lasciamo (?:perdere|stare)"
    r"|(?:melhor )?(?:ficamos|deixamos) por aqui|laten we het (?:hier ?bij|daarbij) laten"
    r"|let's leave it (?:there|at that)"
)
# "Ich habe derzeit kein Interesse", "no me interesa": no interest in the chat is a no whatever
# "derzeit" says of the moment, as "not interested at the moment" is in English.
_NO_INTEREST = (
    r"suis pas intéressée?\b|no me interesa\b"
    r"|(?:habe|hätte) (?:ich )?(?:derzeit |momentan |aktuell |zurzeit |leider ){0,2}kein Interesse"
    r"|non sono interessat[oa]|não (?:tenho|temos) interesse|(?:heb|hebben) (?:\w+ )?geen interesse"
    # "Kein Interesse, danke", "Geen interesse", "Non mi interessa": the same with no verb.
    r"|(?:(?<=^)|(?<=\n)|(?<=[.!?] ))(?:kein|geen) Interesse|non mi interessa\b"
)
# "I'd be the wrong person", "I'm really the wrong person": the sender speaks of themselves.
_SELF_WRONG_PERSON = (
    r"\b(?:i'd|i would|i'm|i am)(?: (?:probably|honestly|really|just|definitely|likely|be)){0,3}"
    r" the wrong person\b"
)
SELF_WRONG_PERSON = _cues(_SELF_WRONG_PERSON)
# "Thanks but no.", "Respectfully, no.", "Nope, sorry.", "Wish I could, but no", "c'est non",
# "pero no": a bare no that is the whole answer, its clause ending there ("No worries", "No,
# Friday is better" go on). "Not for me", "nichts für mich", "non fa per me": the chat is not
# for the sender. "Paso, gracias", "Ik pas": the pass opening its sentence.
_BARE_NO = (
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?] )|(?<=but )|(?<=but, )|(?<=respectfully, )"
    r"|(?<=respectfully )|(?<=sorry, )|(?<=pero )|(?<=mais )"
    r"|(?<=aber )|(?<=ma )|(?<=mas )|(?<=maar ))"
    r"(?:no|nope|nah|non|nein|não|nee)(?:,? (?:sorry|thanks|thank you|merci|gracias|danke"
    r"|grazie|obrigad[oa]|bedankt|dank je(?: wel)?|dank u(?: wel)?|dankjewel))?(?=[ \t]*(?:[.!]|$))"
    r"|no,? thank you(?=[ \t]*(?:[.,!]|$))|hard pass|i'm afraid not|afraid not"
    r"|(?:it's|that's|it is|that is) a (?:hard |firm |polite )?no (?:from|for) me"
    r"|(?:(?<=^)|(?<=\n)|(?<=[.!?] )|(?<=but )|(?<=but, ))not (?:really )?for me\b(?! to\b)"
    r"|(?:this|it)(?:'s| is)(?: just)? not (?:really )?for me(?! to\b)"
    r"|(?:this|it) (?:isn't|is not) (?:really )?for me(?! to\b)"
    r"|(?<=^)i (?:don't|do not) think so\b"
    r"|(?:(?<=^)|(?<=\n)|(?<=[.!?] ))(?:sorry,? )?(?:i )?(?:can't|cannot)(?:,? sorry)?"
    r"(?=[ \t]*(?:[.!]|$))"
    r"|(?:isn't|is not) (?:a (?:good |great )?|the right )fit\b"
    # "Ce n'est pas pour moi de décider", "não é para mim dizer": whose call it is, no no.
    r"|(?:c'est non\b(?! pour)|ce n'est pas (?:vraiment )?pour moi|no es (?:lo mío|para mí)"
    r"|(?:das ist )?nichts für mich|(?:geht|klappt) aber (?:leider )?nicht(?=[ \t]*(?:[.,!;]|$))"
    r"|ich verzichte\b|non fa per me|não é (?:para|pra) mim)"
    r"(?![ \t]+(?:de|d'|decidir|decir|dire|decidere|dizer|a|à|à|para|da)\b)"
    r"|mas não dá(?=[ \t]*(?:[.,!;]|$))|(?:niks|niets) voor mij"
    # "Pas pour moi, bon courage", "ce sera sans moi", "Imposible, lo siento", "não rola": the
    # chat turned down in a word that opens, or closes, its clause.
    r"|(?:(?<=^)|(?<=\n)|(?<=[.!?] ))pas pour moi\b(?![ \t]+(?:de|d'|à)\b)"
    r"|sans moi(?=[ \t]*(?:[.,!;]|$))|não rola(?=[ \t]*(?:[.,!;]|$))"
    r"|(?:(?<=^)|(?<=\n)|(?<=[.!?] ))(?:imposible|impossible|impossibile|impossível|unmöglich"
    r"|onmogelijk)(?=[ \t]*(?:[.,;!]|$))"
    r"|(?:(?<=^)|(?<=\n)|(?<=[.!?] ))(?:paso|passo|ik pas)(?=[ \t]*(?:[.,!;]|$))"
)
# "My company doesn't allow me to take these calls", "mon employeur ne m'autorise pas": a no
# by rule, unless the rule only bounds when ("… during work hours, but evenings are fine").
_BY_RULE = (
    r"(?:(?:my|our) (?:company|employer|firm|bank|agency|contract|legal|compliance|hr"
    r"|organi[sz]ation)(?: team| department)? (?:doesn't|does not|won't|will not)"
    r" (?:allow|let|permit) (?:me|us|employees|staff)"
    r"|(?:company|corporate|firm|our) policy[:,-]? no (?:[\w-]+ )?(?:chats|calls|meetings"
    r"|coffees|conversations)\b"
    r"|(?:mon|notre) (?:employeur|entreprise|société|boîte|cabinet) ne (?:m'|me |nous )"
    r"(?:autorise|permet)\w* pas"
    r"|(?:mi|nuestra|nuestro) (?:empresa|empleador|compañía|firma) no (?:me|nos) (?:permite|deja)"
    r"|(?:mein|unser)e? (?:Arbeitgeber|Firma|Unternehmen|Rechtsabteilung) (?:erlaubt|gestattet)"
    r" (?:\w+ ){0,3}nicht"
    r"|(?:la mia|la nostra|il mio|il nostro) (?:azienda|datore di lavoro|società) non (?:mi|ci)"
    r" (?:permette|consente)"
    r"|(?:minha|nossa|meu|nosso) (?:empresa|empregador|firma) não (?:me |nos )?(?:permite|deixa)"
    r"|(?:mijn|onze) (?:werkgever|bedrijf|firma|organisatie) staat (?:\w+ ){0,4}niet toe)"
    r"(?![^.?!\n]*\b(?:during|before|after|outside (?:of )?(?:work|office|business)|on weekdays"
    r"|at work|in the office|unless|except|pendant|durante|während|tijdens|in orario)\b)"
)
# "I'll pass on this" is a no; "I'll pass this along to Dana", "I'll pass this to Dana Reyes"
# hand the request on to someone. "I'll pass on these dates" turns down the times offered, not
# the chat (as "can't do those times" does).
_NOT_HANDED_ON = (
    r"(?![ \w]{0,20}\balong\b| (?:it|your|you)\b| (?:this|that)(?: one)?(?: on| over)? to\b"
    r"| on (?:these|those|the|your|all|both)(?: \w+)? (?:dates?|times?|slots?|days?|options?)\b)"
)
DECLINE = _cues(
    _BARE_NO,
    _BY_RULE,
    _NATIVE_NO,
    r"unfortunately|i'?m afraid|regret(?:fully)?",
    # "Count me in for the newsletter! A call won't fit, though.": the chat itself has no room.
    r"(?:a|the) (?:call|chat|meeting) (?:won't|will not|wouldn't|doesn't|does not) fit",
    r"(?:not |un)able to",
    # "I can't do those times" turns down the times, not the chat.
    # "not gonna be able to do this one": the phone spelling of "not going to".
    r"(?:can't|cannot|won't be able to|will not be able to|not (?:going to|gonna) be able to)"
    r" (?:help|take|do|meet|commit|make (?:the )?time)"
    # "can't make time these days" is no chat at all; "can't do these times" only turns down times.
    r"(?! (?:those|these(?! days)|that|then|either|any of|the (?:times|slots|days|dates)|\w+day\b"
    r"|\d))",
    # "Our company policy restricts me from …", "policy doesn't allow me to": a no by rule.
    # "Can't make this work, sorry", "won't be able to make it happen": the chat itself, unless
    # a day, a time or "this week" says which times it turns down.
    r"(?:can't|cannot|can not|couldn't|won't be able to|not (?:going to|gonna) be able to) (?:make"
    r" (?:this|it|that) (?:work|happen)|swing (?:this|it)|fit (?:this|it) in)"
    # "this season", "this year" is a stretch too long to name the times turned down: the chat.
    r"(?! (?:on|at|this(?! (?:season|year|semester|quarter)\b)|that|then|next|before|after|until"
    r"|till|either|those|these|for|in|tomorrow|\w+day\b|\d))",
    r"(?:policy|policies|rules?|contract|compliance) (?:restricts?|prevents?|prohibits?|forbids?"
    r"|bars?|(?:doesn't|does not|won't) (?:allow|let|permit)) (?:me|us)",
    r"(?:politique|règles?) [^.?!\n]{0,30}ne me permet(?:tent)? pas"
    r"|política [^.?!\n]{0,30}no me permite"
    r"|(?:Richtlinie|Regel)\w* [^.?!\n]{0,30}erlaub\w* (?:es )?mir nicht"
    r"|(?:policy|regole) [^.?!\n]{0,30}non mi (?:consent|permett)\w*"
    r"|política [^.?!\n]{0,30}não me permite|beleid [^.?!\n]{0,30}staat (?:het )?(?:mij )?niet toe",
    r"(?:don't|do not|can't|cannot|won't|will not) take"
    r" (?:these|this kind|such|any|calls|meetings)",
    # "paso esta vez", "não vou conseguir ajudar agora": a pass, or no help, in so many words.
    r"paso (?:esta vez|por ahora|en esta ocasión)"
    r"|não (?:vou )?(?:conseguir|consigo|poder|posso) ajudar",
    r"no (?:capacity|bandwidth|time)|(?:zero|no) free time",
    # "I'm not in a position to help", "I just don't have it in me", "I'd hate to half-help",
    # "sorry to disappoint", "not going to happen": the sender's own no in other words.
    r"not in a position to (?:help|take|do|commit|say yes|meet)|(?:don't|do not) have it in me"
    r"|(?:i'd|i would|would) hate to (?:half-help|half help|give you (?:a |an )?(?:rushed|half))"
    r"|sorry to disappoint|(?:isn't|is not|not|won't) going to happen"
    r"|not comfortable (?:taking|doing|having|with) (?:these|this|such|calls|chats|meetings)",
    r"(?:don't|do not|doesn't|does not) have (?:the |any )?(?:time|capacity|bandwidth)",
    # "I wouldn't be able to give you the time it deserves": the chat turned down for the care
    # it would need, in each language ("give Thursday the time" is no such wording).
    r"(?:wouldn't|would not|couldn't|could not|won't|will not|can't|cannot)(?: be able to)?"
    r" give (?:you |it |this |that )?the (?:time|attention) (?:it|you|this|that) deserves?"
    r"|(?:ne pourrais|ne pourrai|ne peux) pas (?:vous |te |y )?(?:consacrer|accorder) le temps"
    r" qu'(?:il|elle|ça|cela) mérite"
    r"|no (?:podría|podré|puedo) (?:dedicarle|dedicarte|darle|darte) el tiempo que (?:merece"
    r"|se merece)"
    r"|(?:könnte|kann) (?:Ihnen |dir |dem )?nicht die Zeit (?:widmen|geben), die (?:es|sie)"
    r" verdient"
    r"|non (?:potrei|posso) (?:dedicar(?:ti|le|ci)|dar(?:ti|le)) il tempo che merita"
    r"|não (?:poderia|posso) (?:dedicar|dar)(?:-lhe|-te)? o tempo que (?:merece|ela merece)"
    r"|(?:zou|kan) (?:je |u )?niet de (?:tijd|aandacht) (?:kunnen )?geven die (?:het|je|u)"
    r" verdient",
    # "Not sure I'm the right person" is as often followed by "but happy to talk": no cue.
    r"not the (?:right|best) person|not the person for this|(?:i'd|i would) rather not"
    # "I really wouldn't be the right person to talk to", "I really don't think I'm the right
    # person for this": the sender's judgement of their own fit, said outright ("not sure I'd
    # be the right person" hedges, and stays no cue).
    r"|(?:wouldn't|would not|won't|will not)(?: (?:really|honestly|probably|be)){1,3}"
    r" the (?:right|best) person"
    r"|(?:don't|do not) (?:really )?think (?:i'm|i am) (?:really )?the (?:right|best) person",
    # "Wish I could, but …", "wish I could help": the chat wished for and not given ("wish I
    # could do Thursday" names the time it turns down).
    r"wish i could(?: (?:help|say yes|make it work|do it))?(?=[ \t]*(?:[.,;!]|-|—|$))",
    r"(?:don't|do not) (?:give|offer) (?:career |job )?(?:advice|mentoring|mentorship|coaching)"
    r"(?! (?:on|about)\b)",
    # "I'd be the wrong person to ask", "je serais la mauvaise personne pour": the sender's
    # fit for the request, not a mistaken address ("you have the wrong person", WHO_IS_THIS).
    r"(?:the wrong person|la mauvaise personne|la persona equivocada|(?:der|die) falsche"
    r" (?:Person|Ansprechpartner(?:in)?)|la persona sbagliata|a pessoa errada|de verkeerde"
    r" persoon) (?:to|for|pour|para|für|per|voor|om)\b",
    # "Honestly I'd be the wrong person - I left the field years ago": the sender judges their
    # own fit (a no), not a mistaken address.
    _SELF_WRONG_PERSON,
    # "I don't think I can help much", in each language: a no however friendly the rest.
    # "I'm not going to be much help", "I wouldn't be of any use": the sender's own no.
    r"(?:not going to|won't|wouldn't|will not|would not) be (?:of )?(?:much|any|a lot of|great)"
    r" (?:help|use)\b|(?:i'd|i would) hate to (?:take|waste|use up) your time"
    # "so i'd be no help", "I'd be of little use to you": the same judgement, said with "no".
    r"|(?:i'd|i would|i'll|i will) (?:really |honestly |probably )?be (?:of )?(?:no|little)"
    r" (?:help|use)\b(?! (?:on|at(?! all)|then|before|after|until|this|next|\w+day)\b)",
    r"(?:don't|do not) think (?:i|we)(?:'d| would| could| can| will)? (?:be able to )?"
    r"(?:\w+ ){0,3}help|doubt (?:i|we) (?:can|could|would)",
    # "dont think i would be much use to you": the same judgement, in "use", the apostrophe
    # dropped on a phone.
    r"(?:don't|dont|do not) think (?:i|we)(?:'d| would) be (?:of )?(?:much|any|a lot of|great)"
    r" use\b",
    r"(?:je ne pense pas|je ne crois pas) (?:pouvoir|que je puisse)"
    r"|no creo que (?:te |le |les )?(?:pueda|podría)|(?:glaube|denke) (?:ich )?nicht, dass ich"
    # "non credo di poterle essere utile": Italian joins the pronoun onto the infinitive.
    r"|non credo di (?:poter|esser)(?:e|l[aei]|ti|vi|gli)?"
    r"|não (?:acho|creio) que (?:eu )?(?:possa|consiga)"
    r"|(?:denk|geloof) (?:ik )?niet dat ik|sla (?:het|dit|deze) [^.?!\n]{0,20}over",
    # "not really taking calls", "not currently taking new chats": an adverb between.
    r"not (?:really |currently |actually )?taking|have to pass"
    r"|(?:must|will|'ll|need to|going to|gonna|gotta)"
    rf" (?:pass{_NOT_HANDED_ON}|decline|say no)",
    r"not interested|no thanks|no, thanks|not (?:a good|the right) fit",
    # "Not keen, sorry", "I'll give it a miss": the regional no.
    r"not (?:too |that |really |very |super |overly )?keen|give (?:it|this(?: one)?|that) a miss",
    # "Not something I can help with", in each language: the request itself is turned down.
    # "Not something I can do, sorry": the request itself, not a time ("not something I can
    # do on Monday" names a day, and a time read beside it keeps the reply off this branch).
    r"(?:not|isn't|is not) (?:something|anything|a topic) (?:that )?(?:i|we)(?:'m| am)?"
    # "not something I can really help with": an adverb may come between.
    r" (?:can|could|able to) (?:(?:really|honestly|actually|truly) )?"
    r"(?:help(?: you)? with|do|take on|commit to)\b(?! (?:on|at|then)\b)"
    r"|(?:not|isn't|is not) (?:something|a thing) (?:that )?(?:i|we) (?:do|offer)\b"
    r"(?! (?:on|at|then|in|often|much|usually|every)\b)"
    r"|nothing (?:i|we) can help(?: you)? with"
    r"|pas (?:quelque chose|un sujet) (?:sur lequel|pour lequel|où) je (?:peux|pourrais)"
    r" (?:vous |t')?aider|no es algo en (?:lo )?que (?:te |le )?(?:pueda|puedo) ayudar"
    r"|nichts, (?:wobei|womit|bei dem) ich (?:Ihnen |dir )?helfen kann"
    r"|non è (?:qualcosa|una cosa) (?:in cui|su cui|per cui) (?:ti |la |vi )?(?:posso|possa)"
    r" aiutar\w*|não é algo (?:em que|com que|que) (?:eu )?(?:possa|posso) ajudar"
    r"|niet iets waar(?:mee)? ik (?:je |u )?(?:mee )?(?:kan|kun) helpen",
    r"malheureusement|je ne (?:peux|pourrai) pas|pas disponible|je dois décliner",
    # "Je préfère donc décliner", "prefiero declinar", "preferisco declinare": a no.
    r"(?:je |I'd |i would )?(?:préfère|prefer to|préférerais) (?:donc )?(?:décliner|decline)"
    r"|prefiero (?:declinar|no)|preferisco (?:declinare|rinunciare)|prefiro (?:recusar|declinar)"
    r"|(?:lehne|lehnen) (?:ich|wir) (?:lieber |dankend )?ab|sla ik (?:liever )?af"
    r"|pas la bonne personne|no (?:soy|sea) la persona (?:adecuada|indicada)"
    r"|nicht (?:der|die) Richtige"
    r"|non sono la persona giusta|não sou a pessoa certa|niet de juiste persoon",
    # "She has asked me to decline on her behalf": an assistant's no for the one written to.
    r"(?:decline|say no|pass) on (?:his|her|their) behalf|(?:asked|told) me to (?:decline|say no)"
    r"|décliner (?:en son nom|pour (?:lui|elle))|(?:declinar|rechazar) en su nombre"
    r"|in (?:seinem|ihrem) (?:Namen|Auftrag) ab(?:zu)?sagen|declinare a (?:suo|nome suo)"
    r"|recusar em nome d(?:ele|ela)|namens (?:hem|haar) (?:af te zeggen|afzeggen|af te slaan)",
    r"lamentablemente|desafortunadamente|no (?:puedo|podré|podre)|no tengo (?:tiempo|hueco|margen)",
    # "no me puedo comprometer a más llamadas", "kann mich nicht festlegen": no promise of a
    # chat, the pronoun between the "no" and the verb; never a day ("… al martes todavía").
    r"(?:no (?:me )?(?:puedo|podré) comprometer(?:me)?|ne (?:peux|pourrai) pas m'engager"
    r"|kann (?:ich )?mich (?:\w+ ){0,2}nicht (?:\w+ ){0,3}(?:verpflichten|festlegen)"
    r"|non (?:posso|riesco a) impegnarmi|não (?:posso|consigo) (?:me )?comprometer(?:-me)?"
    r"|kan (?:ik )?(?:me|mij) (?:\w+ )?niet (?:vastleggen|verplichten))"
    r"(?! (?:a|al|à|au|para|per|voor|auf|zu) (?:el |la |le |il |o |den )?"
    r"(?:lunes|martes|miércoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|\w+tag"
    r"|lunedì|martedì|mercoledì|giovedì|venerdì|segunda|terça|quarta|quinta|sexta|\w+dag|\d))",
    r"leider|keine Zeit|muss (?:ich )?absagen|nicht möglich|kann (?:ich )?nicht",
    # "mejor no", "lieber nicht", "meglio di no", "liever niet", "je préfère ne pas", "vou ter de
    # passar", "voy a pasar": a short no opening the reply, that ends its clause ("voy a pasar
    # por tu oficina" stops by, "Freitag lieber nicht" turns down a day).
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?,] )|(?<=but )|(?<=mais )|(?<=pero )|(?<=aber )|(?<=ma )"
    r"|(?<=mas )|(?<=maar ))(?:mejor no|lieber nicht|meglio di no|liever niet"
    r"|je (?:préfère|préférerais) ne pas|(?:vou|vamos) ter (?:de|que) passar|voy a pasar"
    r"|(?:devo|dovrò) rinunciare|não vou (?:poder|conseguir)(?: (?:te |lhe )?ajudar)?"
    r"|no voy a poder ayudar(?:te|le|os)?(?: con esto)?"
    r"|non merci)(?=[ \t]*(?:[.,;!]|$))",
    # "maar ik ga dit niet doen": the sender's own no to the request, as a whole clause.
    r"ik ga (?:dit|dat|het) niet doen(?=[ \t]*(?:[.,;!]|$))",
    r"purtroppo|non (?:posso|riesco|ho (?:proprio |davvero |molto )?tempo)|infelizmente"
    r"|não (?:posso|consigo|tenho tempo)"
    r"|helaas|(?:kan|lukt) (?:ik |het |me |mij )?niet|geen tijd|geen ruimte"
    # "Ik laat het aan me voorbijgaan", "aan mij voorbij gaan": letting the request pass by,
    # with either pronoun and the verb written as one word or two.
    r"|aan (?:me|mij|ons) voorbij(?: ?gaan)?",
    # "I'd be no use to you", "Ik doe dit soort gesprekken niet meer", "não estou a aceitar
    # conversas": the sender's own no in other words.
    r"(?:be|of) (?:no|little) use to you|ik doe (?:\w+ ){1,4}niet meer\b"
    r"|não estou (?:a aceitar|aceitando)|no estoy aceptando|not accepting (?:these|any|new|such)",
    # "I'm not available for these kinds of chats": the kind of chat, not a time, is refused.
    r"not available for (?:these|this kind|that kind|such|those kinds?)"
    r"|no estoy disponible para (?:este|esta|estos|estas|ese) (?:tipo|clase)"
    r"|fehlt mir (?:\w+ ){0,2}die Zeit|vou (?:ter (?:que|de) )?recusar"
    r"|moet (?:ik )?(?:helaas )?nee zeggen|kan (?:je |u )?(?:hier |daar )?(?:helaas )?niet"
    r" (?:mee |bij )?helpen",
)
# The adverb of regret a polite no puts between "must" and "decline".
_REGRET = (
    r"(?:(?:unfortunately|sadly|regretfully|respectfully|politely|malheureusement|hélas"
    r"|poliment|lamentablemente|desafortunadamente|purtroppo|infelizmente) )?"
)
# "I'm going to have to pass", "I must regretfully decline": the sender turns the request down
# in so many words.
_MUST_DECLINE = (
    r"(?:have to|must|will|i'll|going to)"
    rf" {_REGRET}(?:pass{_NOT_HANDED_ON}|decline|refuse(?! to\b))"
)
MUST_DECLINE = _cues(_MUST_DECLINE)
# An outright no; it outranks a "busy right now" cue unless the sender says "for now".
FIRM_DECLINE = _cues(
    _NO_INTEREST,
    DECIDED_AGAINST_REQUESTS,
    # "I am afraid I must refuse this time" (a refusal "to" do something is of that thing).
    # "Je dois malheureusement décliner", "I must regretfully decline": an adverb of regret
    # between the verbs softens the no, it does not put it off.
    _MUST_DECLINE,
    # "je vais devoir décliner", "no voy a poder aceptar", "ik ga er niet op in": the no said
    # as what the sender is going to do, its clause ending on the verb.
    rf"(?:je dois|je vais devoir) {_REGRET}(?:décliner|refuser)"
    r"|no (?:voy a poder|puedo) aceptar(?=[ \t]*(?:[.,;!]|$))"
    r"|ik ga er (?:dit keer |deze keer |liever )?niet op in(?=[ \t]*(?:[.,;!]|$))"
    rf"|tengo que {_REGRET}(?:declinar|rechazar)"
    rf"|devo {_REGRET}(?:declinare|rifiutare)|tenho (?:de|que) {_REGRET}(?:declinar|recusar)",
    # "Ich muss Ihnen daher leider absagen": turning a person down, with any adverbs between.
    r"(?:muss|müssen) (?:ich |wir )?(?:Ihnen |dir |euch )?(?:(?:daher|deshalb|leider|also|wohl"
    r"|diesmal|heute|auch) ){0,3}absagen",
    # "I've stopped doing informational interviews", "I no longer take these calls"
    r"(?:stopped|stop|quit|no longer|don't|do not|gave up|i'm not|i am not) (?:really )?"
    r"(?:doing |taking |accepting "
    r"|do )?"
    r"(?:informational|info|coffee|networking|intro|mentoring|mentorship|these|such)"
    r"(?: kinds? of| sorts? of)?"
    r"(?: interviews| chats| calls| meetings| requests)?",
    # "I've stepped back from these calls": the kind of call must be named ("stepped back from
    # these projects" turns nothing down).
    r"stepped (?:back|away) from (?:doing |taking )?(?:these|such|informational|coffee|networking"
    r"|intro)(?: kinds? of| sorts? of)? (?:interviews|chats|calls|meetings|requests|conversations)",
    # "I've had to stop taking one-off calls with people I don't know": a kind of call named
    # by its own words ("stop taking calls after 5" is a working day's end, no refusal).
    r"(?:stopped|stop|quit|no longer) (?:doing|taking|accepting|do|take|accept) (?:[\w-]+ ){0,2}"
    r"(?:calls|chats|meetings|interviews|requests|coffees)\b(?! (?:at|after|before|until|from)\b)",
    # "I get a lot of these requests and I've had to stop taking them": the requests named
    # just before, the pronoun standing for them.
    r"(?:requests|calls|chats|asks|invitations)\b[^.?!\n]{0,60}\b(?:stopped|stop|quit|no longer)"
    r" (?:doing|taking|accepting|saying yes to) them\b",
    # "I've made it a rule not to do these calls", "I'm declining all coffee chats this year",
    # "I'm not accepting these requests": a kind of chat refused as a rule.
    r"rule not to (?:do|take|accept)|declining (?:all|any|these|such) (?:[\w-]+ )?(?:requests|calls"
    r"|chats|meetings|interviews|coffees)\b|not accepting (?:these|such|any) (?:[\w-]+ )?"
    r"(?:requests|calls|chats|meetings|interviews)\b",
    # The same in the other languages: "je ne prends plus ce type d'échanges", "ya no acepto
    # este tipo de llamadas", "ich nehme keine solchen Gespräche mehr an".
    r"(?:(?:je )?ne (?:prends|fais|accepte) plus|ya no (?:hago|acepto|tomo|atiendo)"
    r"|non (?:faccio|accetto|prendo) più|(?:já não|não) (?:faço|aceito|atendo) mais"
    r"|já não (?:faço|aceito|atendo)) (?:[\w-]+ |[\w-]+'){0,3}(?:échanges|appels|entretiens"
    r"|cafés|demandes|rendez-vous|llamadas|charlas|entrevistas|reuniones|solicitudes|chiamate"
    r"|chiacchierate|colloqui|incontri|richieste|chamadas|conversas|reuniões|pedidos"
    r"|choses|cosas|cose|coisas|isso|esto|eso)\b"
    r"(?! (?:après|avant|à|le|después|antes|a las|dopo|prima|alle|depois|às|na|no)\b)"
    r"|(?:nehme|mache|führe|doe|neem|accepteer) (?:ich |ik )?(?:keine|geen) (?:[\w-]+ ){0,2}"
    r"(?:Gespräche|Anrufe|Calls|Termine|Anfragen|gesprekken|calls|afspraken|verzoeken)"
    r" (?:mehr|meer)"
    # "Mache ich nicht mehr", "ik doe dit soort dingen niet meer": the same, the verb first.
    r"|(?:mache|tue) (?:ich )?(?:so etwas |sowas |so was |das |solche \w+ )?nicht mehr"
    r"|(?:ik )?doe (?:dit|dat|zulke|dit soort|dat soort) (?:\w+ )?(?:dingen|gesprekken|calls)"
    r" niet meer",
    # "Je ne fais pas d'entretiens informatifs", "no hago entrevistas informativas", "ik doe
    # geen informatieve gesprekken": the kind of chat refused as a habit, with no "more".
    r"(?:je )?ne (?:fais|prends|accepte) pas (?:de |d'|ce (?:genre|type) d'|ce (?:genre|type) de )"
    r"(?:[\w-]+ ){0,1}(?:entretiens|échanges|appels|cafés|rendez-vous)\b"
    # "no estoy aceptando este tipo de charlas", "non sto accettando questi incontri": the
    # same habit said in the progressive.
    r"|no (?:hago|acepto|tomo|atiendo|estoy (?:haciendo|aceptando|tomando|atendiendo))"
    r" (?:este tipo de |esta clase de )?(?:entrevistas|llamadas"
    r"|charlas|reuniones)\b|non (?:faccio|accetto|prendo|sto (?:facendo|accettando|prendendo))"
    r" (?:questo tipo di |questi )?(?:colloqui|chiamate|chiacchierate|incontri)\b"
    r"|não (?:faço|aceito|atendo|estou (?:fazendo|aceitando|atendendo|a fazer|a aceitar"
    r"|a atender)) (?:esse|este|esta|essa) tipo de (?:conversas?|chamadas?"
    r"|reuniões|reunião|entrevistas?)\b|ik doe geen (?:[\w-]+ )?(?:gesprekken|calls|afspraken)\b"
    r"(?! (?:na|voor|op|om|in)\b)",
    r"devo (?:declinare|rifiutare)|tenho que (?:recusar|declinar)",
    r"(?:ich )?muss (?:ich )?(?:(?:leider|diesmal|hier|wohl) ){0,2}passen",
    r"moet (?:ik )?(?:je |u )?(?:(?:helaas|dus|daarom|deze keer|jammer genoeg) ){0,3}"
    r"(?:bedanken|afzeggen)",
    # "Ik zeg dus liever nu eerlijk nee", "I'd rather say no now": a preference for saying
    # no, adverbs between ("I can't say no to a fellow CPA" is no refusal: no preference).
    r"(?:rather|better(?: to)?) (?:just |simply |honestly )?say no"
    # "I'm going to have to say no to the chat": a no the sender is bound to.
    r"|(?:have to|must|need to|going to|gonna|will|'ll) (?:just |simply )?say no"
    r"(?! to (?:the |that )?(?:\w+day|time|slot))"
    r"|(?:préfère|préférerais|aime mieux) (?:\w+ ){0,2}(?:vous |te )?dire non"
    r"|prefiero (?:\w+ ){0,2}decir(?:te|le)? que no"
    r"|sage ich (?:\w+ ){0,2}lieber (?:\w+ ){0,2}nein|lieber (?:\w+ ){0,2}nein sagen"
    r"|preferisco (?:\w+ ){0,2}dir(?:ti|le|vi)? di no"
    r"|prefiro (?:\w+ ){0,2}dizer(?:-lhe|-te)? (?:que )?não"
    r"|zeg (?:ik )?(?:\w+ ){0,3}liever (?:\w+ ){0,3}nee"
    r"|liever (?:\w+ ){0,2}nee (?:zeggen|te zeggen)",
    # "Je préfère donc ne pas y donner suite", "I'd rather not take this further": the request
    # itself left without a follow-up, in each language.
    r"(?:rather|prefer to|have to|must|will|'ll) not (?:take|pursue) (?:this|it|that|your request)"
    r"(?: any)? further"
    # "je ne vais pas pouvoir y donner suite", "won't be able to take this further", "no voy a
    # poder darle seguimiento": the same no, "be able to" and an adverb between.
    r"|(?:won't|will not|can't|cannot|not (?:going to|gonna)) (?:be able to )?(?:take|pursue)"
    r" (?:this|it|that|your request)(?: any)? further"
    r"|(?:préfère|préférerais|dois|vais|voudrais) (?:donc |plutôt |malheureusement )?ne pas"
    r" (?:y )?donner suite"
    # "je ne vais malheureusement pas pouvoir y donner suite", "nous ne pourrons pas donner
    # suite à votre demande", "je ne donnerai pas suite": an adverb may come between.
    r"|(?:je |nous )?ne (?:vais|peux|pourrai|pourrons|pouvons|allons)(?: \w+)? pas"
    r" (?:pouvoir |être en mesure d')?(?:y )?donner suite"
    r"|ne (?:donnerai|donnerons|donnera) pas suite"
    r"|(?:je )?ne suis pas en mesure d'y donner suite"
    r"|(?:prefiero|debo|voy a) no (?:darle|dar) (?:seguimiento|curso)"
    r"|no (?:puedo|podré|voy a(?: poder)?) dar(?:le)? (?:seguimiento|curso)"
    r"|(?:möchte|werde|kann) (?:dem|der Anfrage|Ihrer Anfrage) (?:daher |leider )?nicht nachkommen"
    r"|preferisco (?:quindi )?non dar(?:e|vi|ci)? seguito"
    r"|non (?:posso|potrò|possiamo|potremo|riuscirò a) dar(?:e|vi|ci)? seguito"
    r"|(?:prefiro|vou|devo) (?:então )?não dar seguimento"
    r"|não (?:posso|vou(?: poder)?|poderei) dar seguimento"
    r"|(?:ga|kan|wil) (?:hier )?(?:liever )?niet op in(?:gaan)?\b"
    r"|(?:ga|zal) (?:hier )?(?:helaas )?niet op (?:kunnen )?ingaan\b",
    # "I'll have to sit this one out": staying out of it, in each language.
    # "so I'll skip this one": the sender stays out of the request ("can we skip this one and
    # do next week?" asks, and "skip this week's call" moves a meeting).
    r"(?:i'll|i will|i'm going to|i am going to|i'm gonna|i have to|i must) (?:just )?"
    r"(?:have to )?skip (?:this|that) one(?=[ \t]*(?:[.,;!]|-|—|$))"
    r"|sit (?:this|that|it)(?: one)? out"
    r"|je (?:vais |dois )?(?:passer|rester) (?:mon tour|en dehors)"
    r"|me (?:quedo|quedaré) fuera|(?:setze|muss) (?:ich )?(?:diesmal |hier )?aus(?:setzen)?\b"
    r"|mi (?:tiro|chiamo) fuori|(?:vou|tenho que) ficar de fora|laat (?:ik )?(?:deze|dit) (?:gaan"
    r"|schieten)",
)
FOR_NOW = _cues(r"for now|pour l'instant|por ahora|vorerst")
# "Ik laat het hierbij, ook voor later", "not later either": the sender shuts the door on a
# later chat too, so however busy they say they are, it is a no and not a defer.
NOT_LATER = _cues(
    r"not (?:later|in the future) either|(?:nor|or) later either|neither now nor later"
    r"|not now or later",
    r"ni plus tard|pas plus tard non plus",
    r"ni más adelante|ni más tarde|ni después|tampoco más adelante",
    r"auch später nicht|auch nicht später|weder jetzt noch später",
    r"né più avanti|né più tardi|(?:neanche|nemmeno|neppure) più avanti",
    r"nem mais tarde|nem mais adiante|nem depois",
    r"(?:hierbij|daarbij)[ \t,]+ook voor later|ook later niet|ook niet later",
)
# "Parlez plutôt à Sophie Lambert", "sprechen Sie lieber mit": talk to someone else instead,
# the adverb between verb and preposition (shared with referrals.py, which finds the name).
# "I've forwarded your message to Stefan Braun", "habe Ihre Nachricht an Stefan Braun
# weitergeleitet": the request handed on to someone, whom the user may then write to.
FORWARDED_TO = (
    r"(?:forward(?:ed|ing)?|pass(?:ed|ing)?|shared?)[ \t]+(?:your[ \t]+(?:message|e-?mail|note"
    r"|request|profile|CV|resume|details)|it|this)(?:[ \t]+(?:on|along))?[ \t]+(?:to|with)"
    r"|forwarding[ \t]+to"
    # The verb comes last, after the name and perhaps an address in brackets (its dots are no
    # sentence end).
    r"|(?:Nachricht|E-Mail|Mail|Anfrage)[ \t]+(?:\w+[ \t]+){0,2}?an"
    r"(?=[ \t](?:[^.\n]|\.(?=\w)){0,120}weitergeleitet)"
    r"|(?:transmis|transféré)[ \t]+(?:votre|ton|ta)[ \t]+(?:message|mail|e-mail|demande)[ \t]+à"
    r"|(?:bericht|mail|verzoek)[ \t]+(?:\w+[ \t]+)?doorgestuurd[ \t]+naar"
)
# "neem eens contact op met", "je zou contact op kunnen nemen met": Dutch splits the verb around
# "op"; asked of the user, never "ik neem contact op met" (the sender's own errand). "Neem
# eerder contact op met" is "rather", no time moved earlier.
CONTACT_OP_MET = (
    r"(?<!ik[ \t])neem[ \t]+(?:(?:eens|gerust|zeker|even|dan|ook|vooral|liever|beter|eerder)"
    r"[ \t]+){0,3}"
    r"contact"
    r"[ \t]+op[ \t]+met|contact[ \t]+op[ \t]+(?:kunnen|moeten)[ \t]+nemen[ \t]+met"
)
# "introducing you to Dana Lee", "je vous mets en relation avec Léa Roy", "te presento a Lucía
# Romero", "ti presento Marco Villa", "te apresento a Rita Sousa", "ik stel je graag voor aan
# Femke Bos": the user introduced to the person named next, no "Name," before it as in
# ``_INTRODUCING`` (shared with referrals.py).
INTRODUCE_YOU_TO = (
    r"introducing[ \t]+you[ \t]+to"
    r"|(?:je[ \t]+)?(?:vous|te)[ \t]+mets[ \t]+en[ \t]+relation[ \t]+avec"
    r"|(?:te|les|le|os)[ \t]+presento[ \t]+a|(?:ti|vi)[ \t]+presento"
    r"|(?:te|lhe|vos)[ \t]+apresento(?:[ \t]+[ao])?|apresento-(?:te|lhe|vos)(?:[ \t]+[ao])?"
    r"|(?:ik[ \t]+)?stel[ \t]+(?:je|u)[ \t]+(?:(?:graag|even|hierbij)[ \t]+)?voor[ \t]+aan"
)
# "write to Rita Sousa", "wenden Sie sich am besten an", "kontaktieren Sie bitte", "ponte en
# contacto con", "mettiti in contatto con", "entra em contacto com a", "schrijf liever naar": the
# user told to write to the person named next, a capital right after ("an Ihre Personalabteilung"
# is the user's own people; shared with referrals.py).
WRITE_TO_PERSON = (
    r"(?:write[ \t]+to|kontaktieren[ \t]+Sie(?:[ \t]+(?:bitte|gerne?|doch|am[ \t]+besten|direkt))*"
    r"|wenden[ \t]+Sie[ \t]+sich[ \t]+(?:(?:bitte|gerne?|doch|am[ \t]+besten|direkt|lieber)[ \t]+)"
    r"{1,2}an|p[oó]n(?:te|gase)[ \t]+en[ \t]+contacto[ \t]+con|escríbe(?:le|les)?[ \t]+a"
    r"|contatta(?:[ \t]+(?:pure|direttamente|piuttosto))+|mettiti[ \t]+in[ \t]+contatto[ \t]+con"
    r"|si[ \t]+metta[ \t]+in[ \t]+contatto[ \t]+con|entr[ae][ \t]+em[ \t]+conta(?:c)?to[ \t]+com"
    r"|escrev[ae](?:-lhe)?[ \t]+(?:à|ao)|mail[ \t]+(?:gerust|even|maar)"
    r"|schrijf[ \t]+(?:(?:liever|gerust|maar|even|dan)[ \t]+)?naar)"
    r"(?=[ \t]+(?:(?:a|o|la|il|el)[ \t]+)?(?!(?:Ihr|Ihnen|Sie|Unser|Euch)\w*\b)(?-i:[A-ZÀ-Ý]))"
)
# "ich stelle Ihnen gern Lena Voigt vor": German puts the name between the verb and its "vor"
# (shared with referrals.py, which reads the name).
INTRODUCE_VOR = (
    r"stelle[ \t]+(?:ich[ \t]+)?(?:Ihnen|dir|Sie|dich|euch)"
    r"(?:[ \t]+(?:gerne?|hiermit|kurz|heute))*"
)
# Verbs that put someone on the thread (shared with referrals.py, which reads the name after).
ADDING_TO_THREAD = (
    r"adding|(?:I've|I[ \t]+have|I'm|I[ \t]+am)[ \t]+added|j'ajoute|(?:je[ \t]+)?rajoute"
    r"|añado[ \t]+a|agrego[ \t]+a|incluyo[ \t]+a|aggiungo|adiciono|incluo|acrescento"
)
# "I'd point you to", "let me refer you to", "je vous oriente vers", "te remito a", "ti indirizzo
# a", "verweise Sie an", "verwijs je door naar": the user sent on to someone else (shared with
# referrals.py).
POINT_YOU_TO = (
    r"(?:point|refer|direct|steer|send)[ \t]+you[ \t]+(?:to(?:wards?)?|in[ \t]+the[ \t]+direction"
    r"[ \t]+of)"
    r"|(?:vous|te)[ \t]+(?:oriente(?:rais)?|renvoie(?:rais)?|redirige(?:rais)?)[ \t]+vers"
    r"|(?:te|le)[ \t]+(?:remito|remitiría|derivo|derivaría|recomendaría[ \t]+hablar)[ \t]+(?:a|con)"
    r"|(?:ti|la|vi)[ \t]+(?:indirizzo|indirizzerei|rimando|rimanderei)[ \t]+(?:a|da)"
    r"|(?:verweise|verweisen)[ \t]+(?:Sie|dich)[ \t]+(?:gerne[ \t]+|lieber[ \t]+)?an"
    r"|(?:te|o|a|vos)[ \t]+(?:encaminho|encaminharia|indico|indicaria)[ \t]+(?:a|para|à|ao)"
    r"|verwijs[ \t]+(?:je|u)[ \t]+(?:(?:graag|liever|door)[ \t]+){0,2}naar"
)
# "talk to", "chatting with", "have a word with": talking to someone (shared with referrals.py).
TALK_TO = (
    r"(?:talk(?:ing)?|speak(?:ing)?|chatting)[ \t]+(?:to|with)"
    # "you should have a chat with Ines Ward", "have a word with Fiona Kelly" (while "happy to
    # chat with Ada" is the sender's own yes to the user).
    r"|(?:have|grab|get)[ \t]+a[ \t]+(?:quick[ \t]+)?(?:chat|word|yarn|natter)[ \t]+(?:to|with)"
)
# "Freja, Priya leads research here. I'll let you two take it from here.", "over to you both":
# the sender steps out of a thread between the user and someone on it (shared with
# referrals.py, which names that person from the envelope).
LEAVES_YOU_TWO = (
    r"(?:let|leave)[ \t]+you[ \t]+(?:two|both)[ \t]+(?:to[ \t]+)?(?:it\b|take[ \t]+it[ \t]+from"
    r"[ \t]+here|connect|find[ \t]+a[ \t]+time|arrange"
    r"|set[ \t]+(?:it|something|a[ \t]+time)[ \t]+up)"
    r"|over[ \t]+to[ \t]+you[ \t]+(?:two|both)\b"
)
# "hit up my friend Dana", "flick a msg to my mate Tom": slang for writing to someone (shared
# with referrals.py). Only as advice to the user: "I'll flick a note to Tom" is the sender's own
# errand, and "drop me a line" asks the user to write to the sender.
HIT_UP = (
    r"(?:hit[ \t]+up|(?<!ll[ \t])(?<!will[ \t])(?<!\bI[ \t])(?<!to[ \t])(?<!gonna[ \t])"
    r"(?:flick|shoot|fire|drop)[ \t]+(?:a|an)[ \t]+(?:quick[ \t]+)?"
    r"(?:msg|message|note|line|e-?mail|text|dm)[ \t]+to)"
)
TALK_INSTEAD = (
    r"(?:talk|speak|write|parlez|parle|écrivez|écris|adressez-vous|habla|hable|escribe|escriba"
    r"|sprechen Sie|sprich|schreiben Sie|wenden Sie sich|parla|parli|scrivi|scriva|fale|fala"
    r"|escreva|praat|spreek|schrijf)[ \t]+(?:instead|rather|plutôt|plutot|mejor|más[ \t]+bien"
    r"|lieber|eher|besser|piuttosto|invece|antes|melhor|liever|eerder)[ \t]+(?:to|with|à|avec"
    r"|con|a|mit|an|com|met|naar)"
)
# "acho que falaria melhor com a Inês Carvalho", "hablarías mejor con Laura", "parleresti meglio
# con Giulia": the user would do better talking to someone else, in the conditional (shared with
# referrals.py, which reads the name after it). "Better" is required: "falaria com ela" alone
# may be the sender's own plan.
TALK_BETTER_WITH = (
    r"(?:falaria|falarias|conversaria|conversarias)[ \t]+melhor[ \t]+com"
    r"|(?:hablaría|hablarías|conversaría|conversarías)[ \t]+mejor[ \t]+con"
    r"|(?:parleresti|parlerebbe)[ \t]+meglio[ \t]+con"
)
# "Chiedi a Matteo Rossi", "Frag mal Jonas Weber", "vraag het aan Sanne de Vries", "voyez plutôt
# avec Claire Martin": the user told whom to ask, in the languages whose "ask" no cue had (shared
# with referrals.py, which reads the name after it).
ASK_PERSON = (
    r"chiedi[ \t]+a|frag(?:[ \t]+mal)?|vraag(?:[ \t]+het)?[ \t]+aan"
    r"|voyez(?:[ \t]+plutôt)?[ \t]+avec"
    # "Prova a sentire Luca Romano", "ti consiglio di sentire Giulia": Italian "sentire", to get
    # in touch with someone (no other verb of the list says it).
    r"|(?:prova[ \t]+a|ti[ \t]+consiglio[ \t]+di|potresti|dovresti)[ \t]+sentire|senti[ \t]+pure"
)
# "Two people worth a call", "someone worth talking to": others the user should see instead
# (shared with referrals.py, which reads the names listed after it).
WORTH_TALKING_TO = (
    r"(?:people|folks|someone|somebody|person|colleagues?)[ \t]+worth[ \t]+(?:a[ \t]+)?"
    r"(?:call|chat|conversation|talk|(?:talking|speaking)[ \t]+(?:to|with)"
    r"|reaching[ \t]+out[ \t]+to|contacting|meeting)"
)
# "You'd get more out of a chat with Priya Raman", "mehr aus einem Gespräch mit …": someone
# the user would learn more from than from the sender (shared with referrals.py).
MORE_FROM_TALKING = (
    r"(?:get|learn|gain|take)[ \t]+(?:(?:much|far|a[ \t]+lot|way)[ \t]+)?more[ \t]+(?:out[ \t]+of"
    r"|from)[ \t]+(?:(?:a|an)[ \t]+)?(?:chat|call|conversation|coffee|talk|talking|speaking"
    r"|meeting)[ \t]+(?:to|with)"
    r"|(?:tirer(?:ais|iez)?|retirer(?:ais|iez)?)[ \t]+plus[ \t]+d(?:'|’)(?:un[ \t]+)?(?:échange"
    r"|appel|café)[ \t]+avec"
    r"|(?:viel[ \t]+)?mehr[ \t]+(?:aus|von)[ \t]+einem[ \t]+(?:Gespräch|Telefonat|Austausch)"
    r"[ \t]+mit"
)
# "Duas pessoas que podem ajudar muito: o Pedro …", "two people who can help you:": a list of
# helpers after the colon, in each language (shared with referrals.py, which reads the names).
# "deux personnes de mon réseau à Québec pourraient t'aider :": where they are from may stand
# in place of "who".
_HELPERS = (
    r"(?:people|folks|colleagues|personnes|personas|Personen|Leute|persone|pessoas|mensen)"
    r"[ \t]*,?[ \t]+(?:(?:who|that|qui|que|die|che)[ \t]+|(?:[^\s:.!?,]+[ \t]+){0,5}?)"
)
_TO_YOU = r"(?:(?:you|te|vous|dir|Ihnen|ti|je|u|lhe)[ \t]+|t'|t’)?"
_HELP_MORE = (
    r"(?:[ \t]+(?:you|te|a[ \t]+lot|(?:far|much)[ \t]+more|muito|mucho|beaucoup|molto|veel))*"
)
HELPERS_LISTED = (
    _HELPERS
    + _TO_YOU
    + r"(?:can|could|peuvent|pourraient|pueden|podrían|possono|potrebbero|podem|poderiam|kunnen"
    r"|zouden)[ \t]+"
    + _TO_YOU
    + r"(?:help|aider|ayudar(?:te|le)?|aiutar(?:ti|la|e)|ajudar|helpen)"
    + _HELP_MORE
    # German puts the verb last: "zwei Leute, die dir sehr helfen können:".
    + r"|"
    + _HELPERS
    + _TO_YOU
    + r"(?:(?:sehr|viel|gut)[ \t]+)?helfen[ \t]+(?:können|könnten)"
)
# "Two people I'd talk to instead:", "personnes à qui je parlerais :": the sender's own pick of
# others, listed after the colon (shared with referrals.py, which reads the names).
PEOPLE_ID_TALK_TO = (
    r"(?:people|folks|colleagues|person|someone)[ \t]+(?:I'?d|I’d|I[ \t]+would|you[ \t]+(?:could"
    r"|should|might))[ \t]+(?:talk|speak|reach[ \t]+out)[ \t]+(?:to|with)(?:[ \t]+instead)?"
    # "two people I'd send you to:", "personnes vers qui je t'enverrais :": the same pick.
    r"|(?:people|folks|colleagues|person|someone)[ \t]+(?:I'?d|I’d|I[ \t]+would)[ \t]+"
    r"(?:send|point|refer|direct)[ \t]+you[ \t]+(?:to|toward|towards)"
    r"|personnes[ \t]+vers[ \t]+qui[ \t]+je[ \t]+(?:t'|vous[ \t]+)(?:enverrais|orienterais)"
    r"|personas[ \t]+a[ \t]+(?:las[ \t]+que|quienes)[ \t]+te[ \t]+(?:mandaría|enviaría)"
    r"|Leute,?[ \t]+an[ \t]+die[ \t]+ich[ \t]+(?:dich|Sie)[ \t]+verweisen[ \t]+würde"
    r"|persone[ \t]+a[ \t]+cui[ \t]+ti[ \t]+manderei"
    r"|pessoas[ \t]+para[ \t]+quem[ \t]+(?:eu[ \t]+)?te[ \t]+mandaria"
    r"|mensen[ \t]+naar[ \t]+wie[ \t]+ik[ \t]+je[ \t]+zou[ \t]+(?:sturen|doorverwijzen)"
    r"|personnes[ \t]+(?:à|avec)[ \t]+qui[ \t]+je[ \t]+(?:parlerais|m'adresserais)"
    r"|personas[ \t]+con[ \t]+(?:las[ \t]+que|quienes)[ \t]+(?:yo[ \t]+)?hablaría"
    r"|Leute,?[ \t]+mit[ \t]+denen[ \t]+ich[ \t]+(?:sprechen|reden)[ \t]+würde"
    r"|persone[ \t]+con[ \t]+cui[ \t]+parlerei|pessoas[ \t]+com[ \t]+quem[ \t]+(?:eu[ \t]+)?falaria"
    r"|mensen[ \t]+met[ \t]+wie[ \t]+ik[ \t]+zou[ \t]+(?:praten|spreken)"
)
# "beter met Sanne de Vries praten", "mit Anna Roth sprechen": the Dutch and German verb
# comes after the person (shared with referrals.py).
VERB_AFTER_PERSON = r"praten|spreken|bellen|sprechen|reden|telefonieren"
# "Sprechen Sie doch mit", "reden Sie am besten mit": the Sie form's advice, the person next
# (shared with referrals.py).
SIE_TALK_WITH = (
    r"(?:sprechen|reden|telefonieren)[ \t]+Sie[ \t]+(?:(?:doch|gerne?|einfach|am[ \t]+besten"
    r"|lieber|mal|ruhig|besser|bitte)[ \t]+){0,2}mit"
)
# "Ciarán Byrne in our supply chain practice is who you want", "es a quien buscas": the
# person named before it is the one to see (shared with referrals.py).
WHO_YOU_WANT = (
    r"is[ \t]+(?:who|the[ \t]+one|the[ \t]+person)[ \t]+you[ \t]+(?:want|need)"
    r"|(?:is|are|would[ \t]+be)[ \t]+your[ \t]+best[ \t]+bets?"
    r"|est[ \t]+(?:celui|celle)[ \t]+qu'il[ \t]+(?:vous|te)[ \t]+faut"
    r"|es[ \t]+(?:a[ \t]+)?quien[ \t]+(?:buscas|necesitas|busca|necesita)"
    # "Marta Lopez is your woman for this", "Claire est la bonne personne", "Lucía es tu persona".
    r"|is[ \t]+your[ \t]+(?:person|woman|man|guy|go-to)\b"
    r"|est[ \t]+la[ \t]+bonne[ \t]+personne|es[ \t]+tu[ \t]+persona\b"
)
# "The person you want is Kim Osei", "la persona que buscas es …": the same, the person named
# after it (shared with referrals.py, which reads the name).
YOU_WANT_IS = (
    r"(?:the|your)[ \t]+best[ \t]+bets?[ \t]+(?:is|are|would[ \t]+be)"
    r"|(?:the|your)[ \t]+(?:person|one|people|contact|(?:best|right)[ \t]+(?:person|contact))"
    r"[ \t]+(?:you[ \t]+(?:want|need|should[ \t]+(?:talk[ \t]+to|speak[ \t]+(?:to|with)"
    r"|contact|ask))|to[ \t]+(?:talk[ \t]+to|ask|contact))[ \t]+(?:is|are)"
    r"|la[ \t]+personne[ \t]+qu'il[ \t]+(?:vous|te)[ \t]+faut,?[ \t]+c'est"
    r"|la[ \t]+persona[ \t]+que[ \t]+(?:buscas|necesitas|busca|necesita)[ \t]+es"
)
# "quem pode te ajudar muito mais é a Lara Menezes", "El que hace toda la investigación es mi
# socio, Rodrigo Valdez", "no soy yo, es mi socio", "You want Ana Sousa": who the user should see
# is said first, the person named after "is" (shared with referrals.py, which reads the name,
# and keeps it only in full or with an address: "you want Thursday" names no one).
THE_ONE_IS = (
    r"you[ \t]+(?:really[ \t]+|probably[ \t]+)?(?:want|need)"
    r"|(?:it'?s|it[ \t]+is|that'?s)[ \t]+not[ \t]+me,?[ \t]+(?:it'?s|it[ \t]+is)"
    r"|who[ \t]+(?:can|could)[ \t]+(?:really[ \t]+)?help[ \t]+you(?:[ \t]+\w+){0,3}[ \t]+is"
    # "Quem te pode ajudar mesmo é a Inês": European Portuguese puts the "te" before the verb.
    r"|quem[ \t]+(?:te[ \t]+|lhe[ \t]+)?(?:pode|poderia|vai)[ \t]+(?:te[ \t]+|lhe[ \t]+)?ajudar"
    r"(?:[ \t]+\w+){0,3}[ \t]+(?:é|seria)"
    r"|não[ \t]+sou[ \t]+eu,?[ \t]+(?:é|quem)"
    r"|quien[ \t]+(?:te[ \t]+|le[ \t]+)?(?:puede|podría)[ \t]+ayudar(?:te|le)?(?:[ \t]+\w+){0,3}"
    r"[ \t]+es"
    r"|(?:el|la)[ \t]+que[ \t]+(?:hace|lleva|sabe|conoce)(?:[ \t]+\w+){1,4}[ \t]+es"
    r"|no[ \t]+soy[ \t]+yo,?[ \t]+(?:es|sino)"
    r"|chi[ \t]+(?:ti[ \t]+|la[ \t]+)?(?:può|potrebbe)[ \t]+aiutar(?:ti|la|e)(?:[ \t]+\w+){0,3}"
    r"[ \t]+è"
    r"|non[ \t]+sono[ \t]+io,?[ \t]+è"
    r"|(?:celui|celle)[ \t]+qui[ \t]+(?:peut|pourrait|pourra)[ \t]+(?:vous[ \t]+|t')aider"
    r"(?:[ \t]+\w+){0,3},?[ \t]+c'est"
    r"|ce[ \t]+n'est[ \t]+pas[ \t]+moi,?[ \t]+c'est"
    r"|(?:wer|die|der)[ \t]+(?:Ihnen|dir)[ \t]+(?:\w+[ \t]+){0,2}helfen[ \t]+kann,?[ \t]+ist"
    r"|nicht[ \t]+ich,?[ \t]+sondern"
    r"|wie[ \t]+(?:je|u)[ \t]+(?:\w+[ \t]+){0,2}(?:kan|kunnen)[ \t]+helpen,?[ \t]+is"
    r"|niet[ \t]+ik,?[ \t]+maar"
)
# "Te paso su correo:", "here's her email:", "je te passe son adresse :": the sender hands over
# someone's address for the user to write to (shared with referrals.py, which reads the address).
HANDS_ADDRESS = (
    r"(?:here(?:'s|[ \t]+is)|this[ \t]+is)[ \t]+(?:her|his|their)[ \t]+(?:e-?mail|address|contact)"
    r"|(?:her|his|their)[ \t]+(?:e-?mail|address)[ \t]+is"
    r"|(?:te|le|os|les)[ \t]+(?:paso|doy|dejo|mando|comparto)[ \t]+su[ \t]+(?:correo|e-?mail|mail"
    r"|dirección)"
    r"|(?:je[ \t]+)?(?:te|vous)[ \t]+(?:passe|donne|laisse|transmets)[ \t]+son[ \t]+(?:adresse"
    r"|e-?mail|mail|courriel)"
    r"|(?:hier[ \t]+ist|das[ \t]+ist)[ \t]+(?:ihre|seine)[ \t]+(?:E-?Mail-Adresse|Adresse|E-?Mail"
    r"|Mail)"
    r"|(?:ti[ \t]+(?:passo|do|lascio)|ecco)[ \t]+(?:la[ \t]+sua|il[ \t]+suo)[ \t]+(?:e-?mail|mail"
    r"|indirizzo)"
    r"|(?:te|lhe)[ \t]+(?:passo|dou|deixo|mando)[ \t]+o[ \t]+(?:e-?mail|endereço|contato|contacto)"
    r"[ \t]+(?:dela|dele)"
    r"|hier[ \t]+is[ \t]+(?:haar|zijn)[ \t]+(?:e-?mail(?:adres)?|adres|mailadres)"
    # "Schreiben Sie ihr gern direkt: katrin@…": the user sent to the person just named, their
    # address right after the colon.
    r"|(?:schreiben[ \t]+Sie|schreib)[ \t]+(?:ihr|ihm)"
    r"(?:[ \t]+(?:gerne?|doch|einfach|direkt|am[ \t]+besten|bitte|ruhig)){0,3}[ \t]*:"
    rf"|{REACH_THEM_AT}"
)
# "te paso a Javier Ruiz", "je te passe le contact de Léa Roy", "ti passo il contatto di Marco
# Villa": the user handed on to a person, who is named next (shared with referrals.py).
HANDS_PERSON = (
    r"(?:te|le|os)[ \t]+paso[ \t]+(?:a|con|el[ \t]+contacto[ \t]+de)"
    r"|(?:te|vous)[ \t]+passe[ \t]+(?:le[ \t]+contact|les[ \t]+coordonnées)[ \t]+de"
    r"|(?:ti|vi)[ \t]+passo[ \t]+il[ \t]+contatto[ \t]+di"
    r"|(?:passo-te|te[ \t]+passo|lhe[ \t]+passo)[ \t]+o[ \t]+conta(?:c)?to[ \t]+d[aoe]"
    # "ti metto in contatto con", "te pongo en contacto con", "te coloco em contato com": the
    # user put in touch with the person named next (the sender's own "me pondré en contacto"
    # has no "te").
    r"|(?:ti|vi)[ \t]+(?:metto|mettiamo)[ \t]+in[ \t]+contatto[ \t]+con"
    r"|(?:te|le|os|les)[ \t]+(?:pongo|ponemos)[ \t]+en[ \t]+contacto[ \t]+con"
    r"|(?:te|lhe|vos)[ \t]+(?:coloco|ponho|colocamos|pomos)[ \t]+em[ \t]+conta(?:c)?to[ \t]+com"
)
# "two people here made exactly your switch:", "dos personas de mi equipo:": a count of people
# before a colon, the people listed after it (shared with referrals.py, which reads the names).
COUNTED_PEOPLE = (
    r"(?:(?i:two|three|a[ \t]+few|a[ \t]+couple[ \t]+of|some|dois|duas|três|deux|trois|dos|tres"
    r"|zwei|drei|due|tre|twee|drie)[ \t]+(?i:people|folks|colleagues|persons|personnes"
    r"|personas|Personen|persone|pessoas|mensen)[^.:!?\n]{0,80}:)"
)
# "Tell Omar I sent you", "dile que vas de mi parte": the user sent on to someone by the sender.
# "my wife Carla Mendes", "mi hermana Lucía Ortega", "meinen Bruder Jan Roth": family are sent
# to as often as colleagues. The nouns, by language (referrals.py puts the possessives before).
FAMILY = {
    "en": r"wife|husband|partner|spouse|sister|brother|cousin|daughter|son|aunt|uncle|niece"
    r"|nephew|(?:sister|brother)-in-law|neighbou?r",
    "fr": r"femme|mari|épouse|époux|conjointe?|compagne|compagnon|s[œo]eur|frère|cousine?"
    r"|voisine?|belle-s[œo]eur|beau-frère",
    "es": r"esposa|esposo|mujer|marido|pareja|herman[oa]|prim[oa]|cuñad[oa]|vecin[oa]",
    "de": r"Frau|Mann|Schwester|Bruder|Cousine|Cousin|Partnerin|Partner|Schwägerin|Schwager",
    "it": r"moglie|marito|sorella|fratello|cugin[oa]|compagn[oa]|cognat[oa]",
    "pt": r"esposa|esposo|mulher|marido|irmã|irmão|prim[oa]|cunhad[oa]",
    "nl": r"vrouw|man|zus|zuster|broer|nicht|neef|schoonzus|zwager",
}
# "my mate Sam Whitfield", "mon pote Julien", "mi amigo Andrés": friends are sent to as often as
# colleagues. The nouns, by language (referrals.py puts the possessives before).
FRIENDS = {
    # "talk to my guy Ronald Mugisha": a friend, in the slang of a phone reply.
    "en": r"friend|mate|buddy|pal|guy",
    "fr": r"ami|amie|pote|copain|copine",
    "es": r"amig[oa]",
    "de": r"Freund|Freundin|Kumpel",
    "it": r"amic[oa]",
    "pt": r"amig[oa]",
    "nl": r"vriend|vriendin",
}
# Someone put on the thread: "cc'd", "en copie", and the copy verb itself in the other languages
# ("Copiei ela aqui", "a Mariana vai copiada", "la he copiado", "l'ho copiata", "je l'ai copiée",
# "ich habe sie kopiert", "ik heb haar gecc'd").
# The copy verb of the other languages, with the person it puts on the thread: a pronoun or a
# name beside it ("Copiei o link" copies a thing, "lo he copiado" and "l'ho copiato" may too).
_COPY_VERB = (
    r"copiei(?:-as?| (?:ela|ele|elas|eles)| (?:(?:a|o|as|os) )?(?=(?-i:[A-Z])))"
    r"|(?:ela|ele|elas|eles|(?-i:[A-Z])\w+) (?:(?:já|também) )?(?:vai|vão|está|estão|foi|foram"
    r"|fica|ficou) (?:aqui )?copiad[oa]s?"
    r"|(?:la|le|las|les) (?:he |hemos )?copi(?:ad[ao]s?|é|o)|copi(?:o|é) a(?= (?-i:[A-Z]))"
    r"|l'(?:ho|abbiamo) copiata|(?:ho|abbiamo) copiato(?= (?-i:[A-Z]))"
    r"|l'(?:ai|avons) copiée|(?:ai|avons) copiée?(?= (?-i:[A-Z]))|(?:te|vous) copie(?= (?-i:[A-Z]))"
    r"|(?:sie|ihn) (?:hier )?kopiert|ge-?cc'?d"
    # "fala com o Rui Campos, que copiei aqui", "Lucía Romero, a quien he copiado": the
    # person named right before the relative ("o link que copiei" copies a thing).
    r"|(?-i:[A-Z])[\w-]+,? (?:que (?:eu )?copiei|(?:a quien|que) (?:he |hemos )?copi(?:ado|é)"
    r"|che ho copiato|que j'ai copiée?)"
)
# "Francesca Greco, in copy, is the right person": the English "in cc" as it is often calqued
# from "in copia", "en copie"; only set off by commas or brackets ("I started in copy" is
# copywriting).
IN_COPY = r"(?<=[,(] )in copy(?=[,)])|(?<=\()in copy(?=\))"
COPIED_IN = (
    r"cc'?d|cc'?ing|copied|copying|looped in|looping in|(?:en|in|em) (?:copia|copie|cópia|cc"
    rf"|Kopie)|in de cc|{_COPY_VERB}|{IN_COPY}"
)
SENT_BY_ME = (
    r"(?:tell|let) (?:\w+ ){1,2}(?:that )?I sent you|say I sent you"
    # "Do mention my name", "feel free to drop my name": the user will write to someone, as
    # the sender's contact.
    r"|(?:mention|use|drop) my name|mentionne[zr]? mon nom|menciona(?:r)? mi nombre"
    # "Feel free to mention me" (not "mention me in your post", which tags the sender).
    r"|(?:(?:free|welcome) to|do|(?:you )?(?:can|may)) mention me\b(?! (?:in|on)\b)"
    r"|(?:nennen Sie|nenn|erwähnen Sie|erwähne) (?:gerne |ruhig )?meinen Namen"
    r"|(?:fai|faccia|fare) (?:pure )?il mio nome|(?:mencione|menciona|mencionar) o meu nome"
    r"|noem (?:gerust |maar )?mijn naam"
    # "zeg maar dat ik je stuur", "zeg haar gerust dat ik je gestuurd heb": sent in the
    # sender's name, in Dutch.
    r"|zeg (?:(?:haar|hem|ze|maar|gerust|even|dan) ){0,3}dat ik (?:je|u|jou) (?:stuur|heb"
    r" gestuurd|gestuurd heb|doorstuur)"
    r"|dites-(?:lui|leur) que (?:c'est moi qui )?(?:vous|t') ?(?:envoie|ai envoyé)"
    r"|dis-(?:lui|leur) que (?:c'est moi qui )?(?:t'|te )?(?:envoie|ai envoyé)"
    r"|(?:dile|dígale|diles) que (?:vas|va|te mando yo|le mando yo) (?:de mi parte)?"
    # "Escríbele de mi parte", "écris-lui de ma part", "scrivile da parte mia": write to them
    # in the sender's name.
    r"|(?:escríbele|escríbale|escríbeles|contáctal[ao]|llámal[ao]) de mi parte"
    r"|(?:écris-lui|écrivez-lui|contacte-la|contacte-le|contactez-la|contactez-le) de ma part"
    r"|(?:scrivile|scrivigli|le scriva|gli scriva) da parte mia"
    r"|(?:sag|sagen Sie) (?:ihm|ihr|ihnen),? dass (?:ich (?:dich|Sie) schicke|Sie von mir kommen"
    r"|du von mir kommst)"
    r"|(?:digli|dille|dica) (?:pure )?che (?:ti|la) mando io"
    # ("Pode dizer que fui eu que indiquei": "you may say", the pronoun left out.)
    r"|(?:diga|diz|fala|podes? (?:dizer|falar)) que fui eu que (?:(?:te|o|a|lhe) )?"
    r"(?:mandei|indiquei|recomendei)"
    # "I've told her to expect a note from you": the person is waiting for the user's mail.
    r"|(?:told|asked|warned) (?:her|him|them) to (?:expect|look out for) (?:a |an |your )?"
    r"(?:(?:quick|short) )?(?:note|e-?mail|message|mail|line)s? from you"
    # "a dizer que vens da minha parte", "diga que vem da minha parte": sent by the sender.
    r"|que (?:vens|vem) da minha parte"
    r"|zeg (?:maar )?dat ik (?:je|u) stuur"
    # "N'hésitez pas à leur écrire de ma part", "escríbeles de mi parte": written to in the
    # sender's name, in each language.
    rf"|{WRITE_ON_MY_BEHALF}"
)
# "For anything urgent contact Jenna", "who is covering for me": a stand-in for what cannot
# wait while the sender is away (convention (f)), in each language.
_URGENT_WORDS = (
    r"urgen[tc]|dringend|spoed|while I['’]?m away|cover(?:s|ing)? for me|vertretung|vertritt"
    r"|remplac|sustitu|sostitu|substitu|vervang"
)
_URGENT = re.compile(rf"(?i:{_URGENT_WORDS}|in my absence)")
# The same, or "in the meantime", "in my absence": words of standing in, which also follow
# someone else's leave ("Ravi's on leave, so talk to Lena in the meantime" is a referral).
STAND_IN = re.compile(
    rf"(?i:{_URGENT_WORDS}|meantime|absence|absent|abwesenheit|ausencia|assenza|ausência"
    r"|afwezigheid)"
)


_INTRODUCING = (
    r"(?:(?<=,)|(?<= [-–—])) (?:meet|(?:je )?(?:te|vous) présente|te presento(?: a)?|ti presento"
    r"|(?:te |lhe )?apresento(?: [ao])?"
    r"|darf ich (?:dir|Ihnen) vorstellen|mag ik je voorstellen aan)(?= (?-i:[A-Z]))"
)
INTRODUCES = _cues(_INTRODUCING)
INTRODUCED = "introduces the user to someone else"
REFERRAL_CUE = _cues(
    HANDS_ADDRESS,
    HANDS_PERSON + r"(?= (?-i:[A-Z]))",
    # "Aoife Kelly on our research team (aoife@…) would be perfect": where a person sits, or
    # their address, then the praise ("Thursday would be perfect" has neither).
    r"(?:\([^()\s]+@[^()\s]+\)|(?:on|in|from) (?:our|my|the) (?:[\w&-]+ ){0,3}(?:team|group"
    r"|department|unit)(?: \([^()\s]+@[^()\s]+\))?) would be (?:(?:a|the) )?(?:(?:much|far|way) )?"
    r"(?:perfect|ideal|great|better|best|right)\b",
    SENT_BY_ME,
    COUNTED_PEOPLE + r"(?= (?:(?:Dr|Prof|Mr|Mrs|Ms)\.? )?(?-i:[A-Z])\w+ (?-i:[A-Z]))",
    TALK_INSTEAD + r"(?= (?-i:[A-Z]))",
    # An article may come before the person ("com a Inês"): no capital right after the cue.
    TALK_BETTER_WITH,
    ASK_PERSON + r"(?= (?-i:[A-Z]))",
    MORE_FROM_TALKING + r"(?= (?-i:[A-Z]))",
    WORTH_TALKING_TO,
    WHO_YOU_WANT,
    YOU_WANT_IS + r"(?= (?-i:[A-Z]))",
    # A capital soon after: the person, perhaps after an article or "my partner,".
    # ("You need Ana Sousa's sign-off" names whose, not whom.)
    # (_cues reads "'" as either apostrophe.)
    r"(?:" + THE_ONE_IS + r")(?=[ \t,]+(?:[^\W\d]+[ \t,]+){0,3}(?-i:[A-Z])[\w-]*+"
    r"(?:[ \t]+(?-i:[A-Z])[\w-]*+)*+(?!'))",
    r"(?:" + HELPERS_LISTED + r")[ \t]*:",
    r"(?:" + PEOPLE_ID_TALK_TO + r")[ \t]*:",
    # A role or a full name (first and last) between "met"/"mit" and the verb: "mit Ihnen
    # sprechen" is the sender offering to talk.
    r"(?:met|mit)(?= (?:(?:mijn|onze|meiner|meinem|unserer|unserem) \w+ )?(?-i:[A-Z])[\w-]+"
    r" (?:(?:de|van|von|der) )?(?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+)?"
    rf" (?:{VERB_AFTER_PERSON})\b)",
    r"(?:better|right|best|more relevant|ideal|most useful) (?:person|contact|fit|placed|bet)",
    # "Two people who'd be far more useful: …": others more use to the user than the sender.
    r"(?:people|folks|someone|somebody|person|colleagues?) (?:who|that)(?:'d|’d| would) be"
    r" (?:(?:far|much|way|a lot) )?more (?:useful|helpful|relevant)",
    r"not the (?:right|best) person",
    r"(?:might|could|should|can) (?:also )?try(?= (?:my|our|(?-i:[A-Z])))|no longer (?:at|with)",
    # "hit up my friend Dana Whitcomb": slang for getting in touch with someone.
    HIT_UP + r"(?= (?:my|our|(?-i:[A-Z])))",
    LEAVES_YOU_TWO,
    # "Thank you for reaching out to Hélène Garnier", "thanks for talking to Dana Lee": what
    # the user did, no one new.
    rf"(?<!for )(?:{TALK_TO})|(?<!for )reach(?:ing)? out to|introduce you"
    r"|put you in touch"
    r"|look up(?= (?:(?:Dr|Prof|Mr|Mrs|Ms)\.? )?(?-i:[A-Z]))"
    # The infinitive too ("te conviene hablar con", "o melhor é falares com": Portuguese
    # inflects it for the person).
    r"|fal(?:ar|ares|ando|e|a) com|convers(?:ar|ares|ando|e) com|habla(?:r|ndo)? con"
    # "Mejor escribe a Dana", "contactez plutôt Dana Reyes", "je te conseille d'écrire à Dana":
    # the user told to write to someone named (the elided "d'" too).
    r"|escribe(?:le)? a(?= (?-i:[A-Z]))|contacta (?:a|con)(?= (?-i:[A-Z]))"
    r"|contacte[zr]?(?= (?:(?:plutôt|donc|directement) )?(?-i:[A-Z]))"
    r"|écri(?:s|vez) (?:plutôt )?à(?= (?-i:[A-Z]))|d'(?:écrire à|contacter)(?= (?-i:[A-Z]))"
    r"|scriv(?:i|a|ete)(?: (?:pure|direttamente|piuttosto))? a(?:l|lla)?(?= (?-i:[A-Z]))"
    r"|schreib(?:en Sie)?(?= (?:(?:lieber|besser|am besten|doch|einfach) ){1,2}(?:an )?"
    r"(?-i:[A-Z]))"
    r"|wende dich (?:besser|lieber) an"
    r"|parla(?:re|ndo) con"
    r"|(?:je )?(?:vous |te )?mets en copie|(?:contact )?opnemen met|scrivere a|écrire à"
    r"|mets en contact avec|mettre en contact avec"
    r"|en c\.c\.|en cc|in cc|in copia|em cópia|em cc"
    # "Francesca Greco, in copy, is the right person for you": the person copied, named as
    # the one to see ("Francesca, in copy, will send the slides" hands the user to no one).
    rf"|(?:{IN_COPY}) ?[,)] (?:is|would be|will be)(?: (?:really|probably|certainly|definitely))?"
    r" (?:the|a|your) (?:(?:right|best|better|ideal|perfect|great|good) (?:person|contact|one)"
    r"|person to (?:talk|speak|ask))\b"
    # "… the right person to sign off the budget": a task of theirs, not a talk for the user.
    r"(?! to (?!talk|speak|chat|ask|contact|reach))"
    r"|meiner (?:Kollegin|Kollege)|am besten mit"
    r"|connect you",
    r"(?:but|instead)[ ,]+(?:you (?:could|should|might|may) )?try(?= (?-i:[A-Z]))",
    # "Try emailing Jordan Blake", "connect with Alicia Moreno", "get in touch with Brian
    # O'Malley", "drop a note to Kelly Ward": the user sent to the person named next.
    r"(?:try(?: emailing| contacting| pinging| reaching out to)?|connect(?:ing)? with"
    r"|get in touch with|drop (?:a|an) (?:quick )?(?:note|line|message|e-?mail) to)"
    r"(?= (?-i:[A-Z]))",
    # "ask Priya", "ping Jonas", "demandez à Léa", "chiedi a Marco": a verb right before a name.
    r"(?:ask|ping|email|contact|write to|demandez à|demande à|parlez à|parle à|écrivez à"
    r"|contactez|pregunta a|pregúntale a|habla con|escribe a|fragen Sie|frag"
    r"|wenden Sie sich an|chiedi a|chieda a|parla con|senti|pergunte (?:a|à|ao)"
    r"|fala com|fale com|vraag het aan|vraag|spreek met|praat met|mail)(?= (?-i:[A-Z][a-zà-ÿ]))",
    r"(?:praat|spreek) (?:(?:vooral|eens|gerust|zeker|even|dan|ook) ){1,3}met(?= (?-i:[A-Z]))",
    # "Sprechen Sie doch meinen Kollegen Jan Roth an": the separable verb's "an" after the name.
    r"(?:(?:sprechen|rufen|schreiben) Sie|sprich|ruf|schreib)"
    r"(?: (?:doch|gerne?|einfach|am besten|lieber|mal|bitte|ruhig)){0,2}(?= (?:(?:meine[nmr]?"
    r"|unsere[nmr]?) \w+ )?(?:(?:Dr|Prof|Herr|Frau)\.? )?(?-i:[A-Z])[\w-]+"
    r"(?: (?:von |van |de )?(?-i:[A-Z])[\w-]+){1,2} an\b)",
    # "Sprechen Sie doch mit Jan Roth", "reden Sie am besten mit Frau Roth": the Sie form, the
    # person right after "mit" ("mit Ihrem Team" is the user's own people).
    SIE_TALK_WITH + r"(?= (?:(?:meine[mr]|unsere[mr]) \w+ )?(?:(?:Dr|Prof|Herrn?|Frau)\.? )?"
    r"(?-i:[A-Z])(?!hr)[\w-]+)",
    # "Sprich mal mit", "wende dich doch an": the du form, an adverb or two before the person.
    r"(?:sprich (?:(?:am besten|lieber|doch|mal|einfach|gerne?) ){0,2}mit|wende dich"
    r" (?:(?:am besten|doch|gerne?|einfach) ){0,2}an|melde dich (?:(?:am besten|doch|gerne?"
    r"|einfach) ){0,2}bei)(?= (?-i:[A-Z]))",
    BETTER_CONTACT,
    # "deux personnes bien mieux placées que moi : - Julien Mercier …": others set above the
    # sender (referrals.py still needs the people named).
    BETTER_PLACED_THAN_ME,
    r"mieux placée?|la bonne personne|la persona (?:adecuada|indicada)|besser geeignet"
    r"|richtige Ansprechpartner(?:in)?",
    r"(?:great|good|perfect) (?:person|contact) (?:to|for)|loop(?:ing)? (?:you )?in|looped in",
    r"(?:copied|cc'?d|cc'?ing|added|adding|copying) (?:her|him|them)\b",
    # "Tom Gagnon on my team - copied here -", "cc'd on this thread": the person named is put
    # on the thread for the user.
    r"(?:copied|cc'?d|looped in|added) (?:here|on (?:this|the) (?:thread|e-?mail|mail))\b",
    # "Marcus, meet Léa", "Marcus - te presento a Léa": an introduction (referrals.py keeps only
    # people on the thread).
    _INTRODUCING,
    # "I've copied Dana, who can help": the person put on the thread, named after the verb.
    r"(?:copied|copying)(?= (?-i:[A-Z]))",
    # "Adding Meera Pillai from our research group", "j'ajoute Léa Martin": someone put on the
    # thread, named right after the verb.
    rf"(?:{ADDING_TO_THREAD})(?= (?:(?:my|our) \w+ )?(?-i:[A-Z]))",
    # "I'd point you to two people who …", "je vous oriente vers": sent on to others.
    POINT_YOU_TO,
    r"la persona giusta|a pessoa certa|de juiste persoon|la (?:mejor|persona) persona",
    # "I'd suggest talking to Ana Ruiz", "te recomiendo hablar con …"
    r"(?:recommend|suggest) (?:you )?(?:talk|speak|reach|contact|email|writ)\w*"
    r"|(?:vous |te )?(?:recommande|conseille) (?:(?:plutôt|donc|vivement|plutot) )?(?:de )?"
    r"(?:contacter|parler|écrire)|advise (?:you to )?(?:talk|speak|reach|contact|email|writ)\w*"
    r"|(?:te |le )?aconsejo (?:que )?(?:hables|hable|contactes|contacte|escribas|escriba|hablar"
    r"|contactar|escribir)|(?:te |lhe )?aconselho (?:a )?(?:falar|contactar|conversar)"
    r"|rate (?:Ihnen|dir) (?:eher |lieber )?(?:zu|,)"
    r"|(?:te |le |les )?(?:recomiendo|sugiero) (?:hablar|contactar|escribir)(?:le|les)?"
    r"|empfehle (?:Ihnen |dir )?"
    r"|(?:ti |vi )?consiglio di (?:parlare|contattare|scrivere)"
    r"|(?:te |lhe )?recomendo (?:falar|contactar|conversar)|raad (?:je|u) aan",
    # "te recomiendo a Lucía Romero": a person recommended (referrals.py needs a full name).
    # "I'd suggest Tom Gagnon on my team instead", "je suggère Léa Roy": the same, suggested.
    r"(?:recommend|recomiendo|recommande|empfehle|consiglio|recomendo|suggest|suggère|sugiero"
    r"|suggerisco|sugiro)(?= (?:(?:you|vous|te"
    r"|Ihnen|dir|ti|lhe|a|o) )?(?-i:[A-Z]))",
    # "my colleague Dana Cruz (cc'd) …", "Dana, meet Sam!": someone named to talk to instead.
    # A former one too: "a minha antiga colega", "mi ex compañera", "meine ehemalige Kollegin".
    r"my (?:(?:former|old|ex-) ?)?(?:colleague|coworker|co-worker|teammate|friend)s?"
    r"|(?:mon|ma) (?:ancien(?:ne)? )?collègue|mi (?:(?:antigu[oa]|ex) )?(?:colega|compañer[oa])"
    r"|(?:mein|meine) (?:(?:ehemalige|frühere)[nmr]? )?(?:Kollegin|Kollege|Kollegen)"
    r"|(?:il mio|la mia) (?:(?:ex|vecchi[oa]) )?collega"
    r"|(?:meu|minha) (?:(?:antig[oa]|ex)[ -])?colega"
    r"|mijn (?:(?:oud|ex)-|(?:oude|voormalige) )?collega",
    # "Try my sister Ines Roy", "my mate Sam Whitfield": family or a friend, named right after
    # ("my wife and I" names no one).
    rf"(?:(?:my|our) (?:{FAMILY['en']}|{FRIENDS['en']})|(?:mon|ma) (?:{FAMILY['fr']}"
    rf"|{FRIENDS['fr']})|mi (?:{FAMILY['es']}|{FRIENDS['es']})"
    rf"|(?:meine?[nmr]?|unsere?[nmr]?) (?:{FAMILY['de']}|{FRIENDS['de']})|(?:il mio|la mia|mio"
    rf"|mia) (?:{FAMILY['it']}|{FRIENDS['it']})|(?:o meu|a minha|meu|minha) (?:{FAMILY['pt']}"
    rf"|{FRIENDS['pt']})|(?:mijn|onze) (?:{FAMILY['nl']}|{FRIENDS['nl']}))(?= (?-i:[A-Z]))",
    r"cc'?d|cc'?ing|in cc|en copie|en copia|in Kopie|in copia|em cópia|in de cc",
    # The copy verb of the other languages (English "copied" needs a person after it, above).
    _COPY_VERB,
    FORWARDED_TO + r"(?= (?-i:[A-Z]))",
    CONTACT_OP_MET,
    INTRODUCE_YOU_TO + r"(?= (?-i:[A-Z]))",
    WRITE_TO_PERSON,
    INTRODUCE_VOR
    + r"(?= (?:(?:Dr|Prof|Herrn?|Frau)\.? )?(?-i:[A-Z])(?:[^.!?\n]|\.(?=\w)){0,80} vor\b)",
    r"meet (?-i:[A-Z])\w+",
    r"(?:people|folks|someone|somebody|person|colleagues?) (?:who|that)(?:'d| would)?"
    r" (?:be )?(?:(?:far|much|way|a lot) )?(?:great|good|better|perfect|ideal|worth|happy|glad)",
)
# "Cc'ing my assistant Dana to find a time": the sender's own assistant books the chat with the
# sender; no one else is being pointed to.
OWN_ASSISTANT = _cues(
    r"my (?:executive |personal )?(?:assistant|EA|PA|scheduler|secretary)"
    r"|(?:who|she|he) (?:manages|runs|handles|keeps) my (?:calendar|diary|schedule)"
    r"|(?:mon|ma) (?:assistante?|secrétaire)|mi (?:asistente|secretari[oa])"
    r"|(?:meine|mein) (?:Assistentin|Assistent|Sekretärin|Sekretär)"
    r"|(?:la mia|il mio) (?:assistente|segretari[oa])|(?:minha|meu) (?:assistente|secretári[oa])"
    r"|mijn (?:assistente?|secretaresse|managementassistente?)",
)
# "I manage Tom's calendar", "she has asked me to decline on her behalf", "EA to Tom Rowland":
# the sender answers for the person the user wrote to.
ANSWERS_FOR = _cues(
    r"(?:i|we) (?:manage|run|handle|keep|look after|look) (?:after )?\w+(?:'s|’s) (?:calendar|diary"
    r"|schedule|agenda)|on (?:his|her|their) behalf|(?:assistant|EA|PA|secretary) to"
    r"|(?:answering|replying|responding|writing) (?:for|on behalf of) (?:her|him|them)",
    r"je (?:gère|tiens) (?:l'agenda|le calendrier) d(?:e|')|en (?:son|leur) nom"
    r"|(?:assistante?|secrétaire) d(?:e|')",
    r"(?:llevo|gestiono) la agenda de|en (?:su )?nombre(?: de| suyo)?"
    r"|(?:asistente|secretari[oa]) de",
    r"(?:verwalte|betreue|führe) (?:den Kalender|die Termine|den Terminkalender) von"
    r"|in (?:seinem|ihrem) (?:Namen|Auftrag)|(?:Assistentin|Assistent) von",
    r"gestisco (?:l'agenda|il calendario) di|a (?:suo|loro) nome|(?:assistente|segretari[oa]) di",
    r"(?:cuido|giro|faço a gestão) da agenda d[eoa]|em nome d(?:ele|ela)"
    r"|(?:assistente|secretári[oa]) d[eoa]",
    r"(?:beheer|regel) de agenda van|namens (?:hem|haar)|(?:assistent|secretaresse) van",
)
# "You might also want to talk to Ravi": someone besides the sender, not instead.
ALSO = _cues(r"also|as well|in addition|aussi|également|también|además|auch|außerdem")
# "¡Claro!" says yes; "prefiero decírtelo claro", "quero deixar claro", "está claro que" say
# "plainly" or "it is clear": after a verb, an object or a degree it is no yes.
_CLARO = (
    r"(?<!lo )(?<!la )(?<!le )(?<!muy )(?<!más )(?<!mais )(?<!bem )(?<!bien )(?<!ser )(?<!está )"
    r"(?<!es )(?<!é )(?<!fica )(?<!queda )(?<!quede )(?<!deixar )(?<!dejar )(?<!hablar )"
    r"(?<!falar )(?<!tengo )(?<!tenho )(?<!tão )(?<!tan )(?<!bastante )claro"
)
ACCEPT = _cues(
    # "I'm sure you'll land well", "make sure": no answer to the request; "Sure!" is.
    r"(?<!i'm )(?<!i am )(?<!make )(?<!be )(?<!pretty )(?<!quite )(?<!not )sure"
    r"(?! (?:that|you|he|she|they|it|we|there|the|your)\b)",
    # "had to stop saying yes to all of them" talks about yeses, it gives none.
    r"(?<!saying )(?<!say )(?<!said )yes|yeah|yep|yup|absolutely|of course|definitely|certainly",
    # Regional yeses: "Keen!", "heaps keen", "sweet as", "would be grand", "Thursday's grand",
    # "Sorted.", "is lekker", Singapore's "Can lah" / "Wed 2pm can." / "On!", "def down", "will
    # join": each only unnegated, or where it closes its clause after a word that makes it the
    # answer ("a grand total", "I'll do what I can", "down with the flu" say no yes).
    r"(?<!not )(?<!too )(?<!that )(?<!really )(?<!very )(?<!super )(?<!overly )keen"
    r"|sweet as(?=[ \t]*(?:[.!,;]|$))"
    r"|(?:(?<=^)|(?<=\n)|(?<=is )|(?<=be )|(?<=sounds ))grand(?=[ \t]*(?:[.!,;]|so\b|to\b|$))"
    r"|(?:(?<=^)|(?<=\n)|(?<=is )|(?<=all ))sorted(?=[ \t]*(?:[.!,;]|-|–|—|$))"
    r"|(?:(?<=is )|(?<=sounds ))lekker"
    r"|(?:(?<=^)|(?<=\n)|(?<=[.!] ))can(?:[ \t]+(?:can|lah|la|lor))*(?=[ \t]*(?:[.!,]|$))"
    r"|(?:(?<=day )|(?<=[ap]m )|(?<=also ))can(?:[ \t]+(?:lah|la|lor))?(?=[ \t]*(?:[.!,]|$))"
    r"|(?:(?<=^)|(?<=\n))on(?=[ \t]*!)"
    r"|(?:(?<=i'm )|(?<=def )|(?<=so )|(?<=totally ))down(?=[ \t]*(?:[.!,]|$))"
    r"|(?:i'll|i will|will) (?:join|attend)(?=[ \t]*(?:[.!,]|$)| at the (?:said|given|agreed)"
    r" time| then)",
    # "I'm in!", not "I'm in the office that afternoon".
    # "Happy to send you the deck", "happy to share details if you're open to it" (after a
    # pitch): a yes to something other than the chat.
    r"(?:happy|glad) to(?! (?:send|forward|share (?:the|my|a)\b|pass (?:it|this|that|on|along)"
    r"|share(?: you)? (?:more |some |further )?(?:details|info)))"
    r"|(?:would|i'd) love to|love to|delighted|i'm in(?![ \t]+\w)|count me in",
    # "Deal.", "It's a deal!", "You bet!": a whole clause of yes ("a big deal", "deal with").
    r"(?:(?<=^)|(?<=\n)|(?<=[.!] )|(?<=it's a )|(?<=that's a ))deal(?=[ \t]*(?:[.!]|$))"
    r"|(?<!did )(?<!would )you bet(?! (?:on|that)\b)",
    # "I'd prefer Friday", "Lieber Freitag.", "Meglio venerdì", "Prefiro sexta", "Let's say
    # Thursday": the sender's choice of one named day.
    r"(?:i'd prefer|i prefer|let's say|je préfère|plutôt|prefiero|mejor|lieber|meglio|preferisco"
    rf"|prefiro|liever) (?:(?:le|el|il|a|op|on) )?(?:{LONG_WEEKDAYS})",
    r"sounds (?:good|great|lovely|perfect)|works? for me|that works|let's do|let’s do",
    # "That time works - see you Tuesday!"
    r"(?:that|this|the|your) (?:time|slot|date|day|one) (?:works|is (?:fine|good|perfect|great))",
    # "Tuesday works", "Monday should be fine": a day of the user's said to suit.
    # Phones write the short forms in lower case too ("tues works"): those no other word spells.
    rf"(?:{ENGLISH_DAYS}|(?-i:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri)"
    r"|" + "|".join(sorted(LOWER_CASE_ABBREVIATIONS)) + r""
    r"|that day|the (?:first|second|\w+day) (?:one|option|slot)"
    # "Feb 8 works", "the 8th is perfect", "2/8 works": the day of one offer by its date.
    rf"|(?:{_LONG_MONTHS}|{_SHORT_MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}/\d{{1,2}}"
    r"|(?:the )?\d{1,2}(?:st|nd|rd|th)|tomorrow|today)"
    # "Fri 6 is good", "Thursday 16th works": a number after the day (its hour or its date);
    # "thurs 930 works": a phone's clock with the colon left out (picked_offer checks it).
    r"(?: (?:\d{1,2}(?:st|nd|rd|th)?|\d{1,2}[0-5]\d))?"
    # "tuesday's good!", "Thursday it is", "Friday's best for me".
    r"(?: (?:works|would work|should work|suits|fits)|(?: (?:should be|is|would be)|'s)"
    r" (?:fine|good|perfect|great|best|ideal|grand|brill|lekker)| it is\b)",
    # "Tuesday please", "I'll take Tuesday", "let's go with Thursday", "see you Thursday".
    rf"(?:{LONG_WEEKDAYS}) (?:please|pls|plz)\b|i'll take (?:the )?(?:{LONG_WEEKDAYS})"
    rf"|let's go with|see you (?:then|on (?:{LONG_WEEKDAYS})|(?:{LONG_WEEKDAYS}))"
    r"|talk (?:to you )?then",
    # "me quedo con el del martes", "fico com a de terça": "I'll take the Tuesday one".
    r"(?:me quedo con (?:el|la)|fico com (?:o|a)) (?:(?:opción|opção|hora|horário|horario) )?"
    rf"(?:(?:del?|da|do) )?(?:{LONG_WEEKDAYS})",
    # "either works - you choose", "Both work!": a yes to every offer, picking none.
    r"(?:either|both)(?: one| options?| of them| times)? (?:works?|is fine|are fine)"
    r"|you (?:choose|pick)(?! (?:a|one|from|which)\b)|whatever(?:'s| is)? (?:easiest|best) for you",
    r"(?:is|are|sounds|that's|that is) (?:fine|ok|okay)|fine (?:for|with|by) me",
    # "Vendredi me va bien", "el jueves me viene genial", "vrijdag komt goed uit", "sexta
    # funciona para mim": the other languages' "Friday works", said of the sender's own diary
    # ("te va bien" asks the user, and is an offer).
    r"me va (?:très |super |parfaitement )?bien|me viene (?:bien|genial|perfecto)"
    r"|c'est (?:bon pour moi|parfait)|per me va bene|está bien|me vont|vanno bene"
    r"|komt (?:mij |me |ons )?(?:goed|prima) uit|past (?:mij|me|ons) (?:goed|prima)"
    r"|funciona (?:para|pra) (?:mim|nós)",
    # "Mercredi, parfait.", "Mittwoch, perfekt!": a named day, said to be perfect.
    rf"(?:{LONG_WEEKDAYS})[ \t]*[,:–—-]?[ \t]*(?:parfait|perfekt|perfect|perfeito)"
    r"(?=[ \t]*(?:[.!]|$))",
    # "va pour jeudi", "OK pour vendredi", "ok per giovedì": a yes tied to one named day.
    rf"(?:ok|okay|va) (?:pour|per) (?:le |il )?(?:{LONG_WEEKDAYS})",
    # "à mercredi !", "nos vemos el miércoles", "tot woensdag!": see you on the day.
    rf"(?:(?<=^)|(?<=\n)|(?<=, )|(?<=[.!] ))(?:à |nos vemos (?:el )?|tot )(?:{LONG_WEEKDAYS})"
    r"(?=[ \t]*(?:[.!]|$))|ok pour moi",
    # A hedged yes is still a yes: "Thursday 10 should work I think", "probably fine".
    r"should (?:work|be fine|be ok(?:ay)?)|probably (?:fine|ok(?:ay)?|works)"
    r"|(?:i|we) can (?:likely|probably) (?:do|make)",
    r"(?:ça )?devrait (?:aller|marcher|être bon)|debería (?:funcionar|estar bien|irme bien)"
    r"|(?:sollte|müsste) (?:passen|klappen|gehen)"
    r"|dovrebbe (?:andare(?: bene)?|andar bene|funzionare)"
    r"|deve (?:dar certo|funcionar)|(?:zou|moet) (?:moeten )?lukken",
    r"any (?:of (?:those|these|them)|time|day) (?:works?|is fine|suits)|your (?:pick|call|choice)",
    r"send (?:me |over )?(?:some|a few|a couple(?: of)?|two or three|your)"
    r" (?:times|slots|options|availability)",
    r"(?:what|which) times|when (?:works|are you free|suits)|let me know (?:what|when) works",
    r"(?:book|grab|pick|choose) (?:a |any )?(?:time|slot)",
    r"avec plaisir|volontiers|bien sûr|ça marche|ça me va|d'accord|pas de souci|très bonne idée"
    r"|je suis partante?",
    rf"con (?:mucho )?gusto|{_CLARO}|por supuesto|encantad[oa]|me parece bien|perfecto"
    r"|cuenta conmigo",
    # "Gern geschehen", "graag gedaan": "you're welcome", after thanks, agrees to nothing.
    # "Schicken Sie mir gern ein paar Infos": after a request's verb, "gern" only softens it.
    r"(?<!Sie )(?<!Sie mir )(?<!Sie uns )(?<!Sie mich )(?<!Sie sich )"
    r"(?:gerne|gern|sehr gerne)(?! geschehen)|klar|einverstanden|natürlich|passt|machen wir",
    # "Ci sto pensando" is "I'm thinking about it"; "Ci sto." alone is "I'm in".
    r"volentieri|con piacere|certo|certamente|va bene|molto volentieri|ci sto(?! \w+ndo\b)"
    r"|perfetto",
    # "mardi me convient parfaitement", "martedì va benissimo", "terça está ótimo pra mim".
    r"me convient|me conviene|va benissimo|va benone|(?:está|tá|fica) (?:ótimo|perfeito|bom)",
    # "Fechado!" closes a deal; "fechado para balanço" is a shop shut for stocktaking.
    rf"com (?:todo o )?prazer|{_CLARO}|com certeza|está bem|combinado|sim|bora"
    r"|fechado(?=[ \t]*(?:[.,!]|$))",
    # "Leuk dat je …" is "nice that you …", said before a no as often as before a yes.
    # Dutch "prima" is "fine"; Italian "Prima però: …", "prima di …" is "first", "before".
    # "Ik weet zeker dat het gaat lukken" is "I'm sure it'll work out" (for you), like "I'm sure".
    r"graag(?! gedaan)|met plezier|prima(?![ \t,:]+(?:però|di|che|mi|ti|ci|devo|vorrei))"
    r"|(?<!weet )zeker(?! dat)|natuurlijk"
    r"|leuk(?! (?:dat|om te horen|te horen|je))|akkoord(?! (?:met|gaan)\b)|doen we",
)
PICK = _cues(
    r"works(?: for me| great| well| perfectly)?|that works",
    r"let's (?:do|go with|lock in|say)|let’s (?:do|go with|lock in|say)",
    # "a perfect match for your background" praises the user; it picks no time.
    # "Talk then!" confirms, as a clause of its own; "happy to talk then" (after "get back in
    # touch in July"), "let's talk then" (after "back on the 24th") put the chat off.
    r"see you (?:then|on|at|there)|(?<!\w )talk (?:to you )?then|i'll be there(?=[ \t]*(?:[.!]|$))"
    # "I'll take a look" reads something; it picks no time.
    r"|i'll take(?! (?:a|another) (?:look|peek|glance)\b)|is perfect"
    r"|booked|confirmed|(?:is|'s) best"
    # "Second option please", "the first one pls": a place in the user's list, asked for.
    r"|(?:one|option|slot|choice) (?:please|pls|plz)"
    r"|perfect(?! (?:match|fit|candidate|example|person|role|opportunity|background|profile))",
    r"ça me va|parfait|me convient|me va bien|me viene bien|perfecto|passt|klappt|geht (?:bei mir"
    r"|gut)",
    r"va benissimo|perfetto|perfeito|fica ótimo|past (?:mij|me) (?:goed|prima)|komt goed uit",
    # "donderdag om 10u30 lukt wel": "that does work", as "passt" says it in German.
    r"(?<!niet )lukt (?:(?:me|mij|het|ook) )?wel",
    # "The last one suits me", "la segunda me va perfecta", "o segundo é ótimo", "serve-me",
    # "het tweede komt mij het beste uit": the same yes in other words.
    r"suits me|me va perfect[ao]|é ótimo|serve-me|komt (?:mij|me) het best(?:e)? uit",
    # "Den andra tiden passar mig bra", "la segona em va perfecte": in Swedish, Norwegian,
    # Danish and Catalan, read only as far as ``otherlanguages.vouches`` bears them out.
    r"(?<!ikke )(?<!inte )(?<!no )(?:passer|passar) (?:fint|bra|godt|perfekt|meg|mig)"
    r"|(?<!no )em va (?:bé|be|perfecte|genial)",
)
# "Thursday would have been perfect": a yes to a time no longer to be had, no pick.
UNREAL_PICK = _cues(UNREAL_YES)
PROPOSE = _cues(
    # "Would Tuesday afternoon suit you?" asks as "would … work" does, in each wording.
    r"how about|what about|would [^.?!\n]{0,40}(?:work|suit)|could (?:we|you) do"
    r"|are you (?:free|available)",
    r"i'?m free|i am free|i could do|i can do|available|does [^.?!\n]{0,40}work|options|either",
    # "Could do Monday 28th, 2-3pm": the offer with its "I" dropped, a day or date right after.
    rf"(?:could|can) do(?= (?:{ENGLISH_DAYS}|next|tomorrow|\d))",
    r"or",
    r"que diriez|qu'en pensez|vous convien|ou bien|ou",
    # "Seriez-vous disponible vendredi ?", "Wären Sie Freitag frei?": "are you free", asked.
    r"(?:seriez|êtes)-vous (?:disponible|libre)|(?:serais|es)-tu (?:dispo\w*|libre)"
    r"|(?:wären|sind) Sie (?:\w+ ){0,3}?(?:frei|verfügbar)|(?:saresti|sareste) (?:liber|dispon)\w*"
    r"|(?:bent u|ben je|zou je|zou u) (?:\w+ ){0,3}?(?:vrij|beschikbaar)",
    r"te (?:va|viene)|le (?:va|viene)|qué tal|o",
    r"ginge|passt (?:es )?(?:Ihnen|dir)|hätten Sie|wie wäre|oder",
    # "Würde Ihnen Montag um 15 Uhr passen?", "Wäre dir Dienstag recht?": a time asked about in
    # the conditional, the verb last; a date's dot ("20. Februar") or a wrapped line inside.
    r"(?:würde|wäre) (?:[^.?!]|(?<=\d)\.){0,60}?(?:passen|recht)(?=[^.!\n]*\?)",
    # "Ti andrebbe giovedì?", "¿te vendría bien el jueves?", "ça te dirait jeudi ?": would it
    # suit you, asked in the conditional.
    r"che ne dici|andrebbe bene|(?:ti|le|vi) andrebbe|(?:te|le|os) vendría"
    r"|(?:ça|cela) (?:te|vous) dirait|(?:te|lhe) daria jeito|oppure|que tal|pode ser|ou então",
    r"zou .{0,30} (?:uitkomen|(?:je|jou|u) schikken)|of anders"
    # "Dinsdag kan wel, maar pas om half drie", "de hele ochtend ben ik vrij": a time the
    # sender can do, said outright.
    r"|(?<!niet )kan (?:ook |het )?wel\b|(?:ben ik|ik ben) (?:(?:ook|dan|wel|de hele \w+) ){0,2}"
    r"(?:vrij|beschikbaar)\b",
    # "Zou donderdag om 9:00 kunnen, of vrijdag?", "zou dinsdag lukken?": a time asked about.
    r"zou [^.?!\n]{0,50}?(?:kunnen|lukken|passen)(?=[^.!\n]*\?)",
)
AFTER_CHAT = _cues(
    # "Thanks for the invite - happy to chat", "thanks for your note - happy to chat": the
    # thanks is for the asking or the mail, the chat to come (no comma or dash between the
    # thanks and the chat); "thank you for today's call" is for a chat held.
    r"thank(?:s| you)[^.?!\n]{0,40}(?:for (?:the|our|your|taking|today's|yesterday's)"
    r"(?! (?:\w+ )?invit)(?:(?! [-–—] )[^.?!\n,;–—]){0,20}"
    r"(?:time|chat|call|conversation|meeting|coffee|advice)|for meeting)",
    # "Thanks for a great chat yesterday!": a chat praised is one held ("thanks for a great chat
    # invite" thanks for the asking).
    r"thank(?:s| you)(?: again| so much| very much)? for (?:a|such an?)(?: really| very| truly)?"
    r" (?:great|good|lovely|nice|wonderful|fantastic|helpful|insightful|inspiring|fun"
    r"|fascinating|useful|valuable|enjoyable) (?:chat|call|conversation|talk|coffee)"
    r"(?![ \t-]+(?:invite|invitation|request|idea|offer|proposal|suggestion))\b",
    # "Hope you find someone great to chat to": the person wished for, not a chat held.
    r"(?<!someone )(?<!somebody )(?<!anyone )(?<!people )(?<!person )"
    r"(?:great|good|nice|lovely) (?:chatting|talking|speaking|meeting|to meet|to chat)",
    # "¡Gracias a ti por la charla de hoy!", "merci à vous pour l'échange": the thanks
    # returned ("to you", "again") before the chat it is for.
    r"merci(?: à (?:toi|vous)| encore)? pour (?:l'échange|notre|cet échange|le café|votre temps"
    r"|ton temps)",
    r"gracias(?: a (?:ti|usted|ustedes)| de nuevo| otra vez)? por (?:la|tu|su|nuestra) (?:charla"
    r"|tiempo|conversación|plática|platica|llamada)",
    # "Danke für das nette Gespräch", "bedankt voor het fijne gesprek": a word of praise between.
    r"danke(?: dir| Ihnen| euch)?(?: auch| nochmals)? für (?:das|unser|Ihre|deine)"
    r"(?: (?:nette|gute|tolle|schöne|angenehme|interessante|hilfreiche)s?)? (?:Gespräch|Zeit"
    r"|Treffen)",
    r"grazie(?: a te| a lei| ancora)? per (?:la|il|la nostra) (?:chiacchierata|tempo|telefonata"
    r"|conversazione)",
    r"obrigad[oa](?: a você| você)?(?: também| de novo)? pel[oa] (?:conversa|papo|tempo|call)",
    # "Valeu pelo papo hoje!": the Brazilian thanks, said the same way.
    r"valeu(?: mesmo| demais)? pel[oa] (?:conversa|papo|tempo|call)",
    # "Thanks again for today, I really enjoyed it!", "Really enjoyed talking yesterday": thanks
    # for, or joy in, a day or a talk behind them ("thanks for today's invite" is no chat).
    r"thank(?:s| you)(?: again| so much)? for (?:today|yesterday|this morning|this afternoon)"
    r"(?!'s)\b"
    r"|(?<!have )(?<!'ve )enjoyed (?:talking|chatting|speaking)(?: (?:to|with) you)?"
    r" (?:today|yesterday|earlier|this morning|this afternoon)\b",
    r"(?:bedankt|dank je|dank u)(?: ook| nogmaals)? voor (?:het|ons|je|uw)"
    r"(?: (?:fijne|leuke|goede|prettige|mooie|nuttige))? (?:gesprek|tijd)",
    # "Really enjoyed our chat this afternoon": the chat is behind them, in each language.
    r"enjoyed (?:our|the|today's|yesterday's|this morning's) (?:chat|call|conversation|talk"
    r"|coffee)|(?:beaucoup )?apprécié (?:notre|cet|ce) (?:échange|appel|café)"
    r"|disfruté (?:mucho )?(?:de )?(?:nuestra|la) (?:charla|conversación|llamada)"
    r"|(?:schönes|tolles|gutes) Gespräch (?:heute|gestern)|piaciuta (?:la|la nostra) chiacchierata"
    r"|gostei (?:muito )?(?:da|de nossa|da nossa) conversa|leuk gesprek (?:vandaag|gisteren)",
    # "¡Un placer la charla de hoy!", "ravie de notre échange": the pleasure of a chat held.
    r"(?:(?:un|fue un|ha sido un) placer|encantad[oa] de) (?:la|nuestra) (?:charla|conversación"
    r"|llamada)|ravie? de (?:notre|cet|l') ?échange|(?:un|è stato un) piacere (?:la|la nostra)"
    r" (?:chiacchierata|conversazione)|(?:foi um |um )?prazer (?:a|a nossa) conversa"
    r"|(?:a )?pleasure (?:chatting|talking|speaking|(?:to )?meet)\w*(?: (?:today|yesterday))"
    r"|schön,? (?:dass wir (?:gesprochen|telefoniert) haben|Sie kennenzulernen)",
)
# A pleasantry that closes a chat already held, in the past tense or answering thanks; read
# only when no other cue spoke and no offer of the user's is quoted.
# "It was a pleasure to hear from you", "fue un gusto leer tu mensaje": the pleasure of the
# user's mail, not of a chat held.
_NOT_OF_MAIL = (
    r"(?![ \t]+(?:to |de |d'|di |em |om te )?(?:hear|hearing|read|reading|get|receive|leer"
    r"|recibir|lire|recevoir|lesen|leggere|ler|receber|lezen)\b)"
)
PLEASURE_AFTER = _cues(
    # "It was a real pleasure": the pleasure said with a word of weight before it.
    r"(?:it was|it's been|was) (?:a|my)(?: real| true| genuine| great| huge)?"
    rf" pleasure{_NOT_OF_MAIL}|my pleasure{_NOT_OF_MAIL}"
    # "Pleasure, Ada!", "Pleasure!": the bare word opening a reply answers the user's thanks.
    r"|(?:(?<=^)|(?<=\n))[ \t]*pleasure(?=[ \t]*(?:[,!]|\.(?:\s|$)))"
    r"|glad (?:i|we) could help|happy (?:i|we) could help|glad (?:it|that) (?:was|helped)",
    rf"c'était un (?:vrai )?plaisir{_NOT_OF_MAIL}|ravie? d'avoir pu|content(?:e)? d'avoir pu",
    rf"fue un (?:gusto|placer){_NOT_OF_MAIL}|un placer (?:hablar|charlar|conocerte)"
    r"|me alegro de haber|encantad[oa] de haber",
    r"hat mich (?:sehr )?gefreut|schön, dass es geklappt hat|gern(?:e)? geschehen"
    r"|war ein (?:nettes|schönes|tolles|gutes) Gespräch",
    rf"è stato un piacere{_NOT_OF_MAIL}|figurati"
    r"|felice di (?:esserti|averti) (?:stat[oa] )?(?:utile|aiutat[oa])",
    rf"foi um prazer{_NOT_OF_MAIL}|fico feliz em (?:ter )?ajudar|fico feliz que tenha ajudado",
    r"graag gedaan|was een (?:fijn|leuk|goed) gesprek|fijn dat ik (?:kon|heb kunnen) helpen",
)
WHO_IS_THIS = _cues(
    r"who (?:is this|are you)|do (?:i|we) know each other|how did you get (?:my|this)",
    # "Did we meet at the expo last year?", "Have we met before?": the sender cannot place the
    # user ("did we meet on Tuesday as planned" asks about a meeting, not about who).
    r"(?:have|had) we (?:ever |already )?met|did we (?:ever |already )?meet"
    r"(?= (?:at|before|in|through|during|last|some)\b| ?\?)"
    # "Remind me where we met?", "rappelez-moi où on s'est rencontrés": the same, asked of the user.
    r"|remind me (?:where|how|when) we (?:met|connected)"
    r"|rappelez-moi (?:où|comment) (?:nous nous sommes|on s'est) rencontrés"
    r"|kennen wir uns(?: (?:schon|bereits|eigentlich|von|aus)\b| ?\?)"
    r"|(?:est-ce qu')?on se (?:connaît|conna[iî]t)(?: déjà)?(?= ?\?)|nous connaissons-nous",
    # "I'd be the wrong person to ask" judges the sender's fit for the request: a no (DECLINE).
    r"remove me|unsubscribe|stop (?:emailing|contacting)|wrong person(?! (?:to|for)\b)"
    r"|wrong address",
    # "I think you have the wrong Sam Patel"
    r"(?:have|got|found|reached) the wrong (?:person|guy|one|(?-i:[A-Z])\w+)",
    r"qui êtes-vous|quién eres|quién es usted|wer sind Sie",
    # "You've mixed me up with another Ana Soares", in each language: the wrong namesake.
    r"(?:confused|mixed) me (?:up )?with|(?:confused|mistaken) me for"
    r"|me (?:confondez|confonds) avec"
    r"|me (?:confunde|confundes|confundió|confundiste|ha confundido|has confundido) con"
    r"|(?:verwechseln|verwechselst|verwechselt) (?:mich|Sie mich|du mich)"
    r"|mi (?:confonde|confondi|ha confus[oa]|hai confus[oa]) con"
    r"|me (?:confundiu|confundiste|confunde|confundes) com"
    r"|(?:verwart|verwar|verwisselt) (?:me|mij) met",
)
# In an auto-reply, saying when they are back marks an absence notice too.
BACK = _cues(
    r"(?:i'?ll|i will) (?:be )?(?:back|return|reply|respond)",
    r"back (?:on|in the office)|de retour|de vuelta|wieder (?:im Büro|erreichbar|da)",
    r"di ritorno|rientrerò|de volta|regresso|weer terug|terug op kantoor",
    # "Vanaf maandag 11 januari ben ik weer op kantoor", "ab Montag bin ich wieder im Büro".
    # "vanaf maandag zit ik weer op kantoor": sitting at the office is being there.
    r"(?:ben|is|zit) (?:ik |hij |zij )?weer (?:op kantoor|aanwezig|bereikbaar|aan het werk)"
    r"|bin ich wieder|sarò di nuovo|estaré de nuevo|estarei de novo|serai de nouveau"
    r"|back at my desk",
    # "I'll be returning to the office Monday, March 22", "I return to the office on the 9th".
    r"(?:i'?ll be|i will be|i am|i'm) returning to (?:the|my) (?:office|desk)",
)
# "Feel free to suggest something else if that doesn't work": the sender chose the time.
# Weekdays written out (not "sat", "sun", which are words), longest first.
# "Mi-octobre je pars en congé, on peut parler jeudi ?": a day named beside the later month
# is when to talk, the month only the sender's plans.
_WEEKDAY = re.compile(rf"\b(?:{LONG_WEEKDAYS})\b", re.IGNORECASE)
# "… so I've sent an invite for the afternoon instead": a part of the day put in place of the
# user's times says the invitation is the sender's own time, as a day does.
_DAY_PARTS = (
    r"morning|afternoon|evening|matin|après-midi|soir|mañana|tarde|Vormittag|Nachmittag|Abend"
    r"|mattina|pomeriggio|sera|manhã|ochtend|middag|avond"
)
COUNTER_OFFER = _cues(
    r"(?:suggest|propose) (?:another|something else|a (?:new|different)|an alternative|other)",
    # "Couldn't make either of your times work, so I sent an invite for Thursday instead."
    r"(?:couldn't|could not|can't|cannot) (?:make|do) (?:either|any|both) of your",
    # "Neither of those worked on my end so I threw something on Thursday."
    r"(?:neither|none) of (?:those|these|them|your|the)\b[^.?!\n]{0,30}"
    # "none of the KST slots lined up with my week so I put this in".
    r" (?:work|worked|works|suit|suits|fit|lined up|lines? up)",
    r"if (?:that|it|this|the time) (?:doesn't|does not|won't|don't) (?:work|suit)",
    # "Couldn't make the 16th or 17th work - this is the one gap I have": the user's days (a
    # date or a weekday) named as not working, and the invitation is the sender's own time.
    r"(?:couldn't|could not|can't|cannot) make (?:the |your )?(?:\d|(?:mon|tue|wed|thu|fri)\w*)"
    r"[^.?!\n]{0,30} work",
    r"(?:the )?(?:one|only) (?:gap|opening|slot|window|time) I (?:have|had|could find)",
    # "Your Wed/Thu times are taken by quarter-end, so I put us on Tuesday."
    r"your (?:[\w/]+ ){0,2}(?:times|slots|days|options|mornings|afternoons|evenings)"
    r" (?:are|were) (?:all )?(?:taken|booked|blocked|full|gone)",
    # "Your slots clash with our sprint review - I've sent an invite for Sunday instead."
    r"your (?:[\w/]+ ){0,2}(?:times|slots|days|options|mornings|afternoons|evenings)"
    r" (?:all )?(?:clash|clashed|conflict|conflicted|collide|collided) with",
    r"(?:vos|tes) créneaux (?:tombent|sont) (?:tous )?(?:pendant|en même temps que|sur)",
    # "Your times don't work on my end, so I've sent an invite for Monday": the user's times
    # turned down as a whole ("if your times don't work" is only a condition).
    r"(?<!if )(?<!in case )your (?:[\w/]+ ){0,2}(?:times|slots|days|dates|options|suggestions)"
    r" (?:don't|do not|didn't|did not|won't|will not) (?:really )?(?:work|suit|fit)",
    r"(?<!si )(?:vos|tes) (?:créneaux|horaires|propositions) ne (?:me )?"
    r"(?:conviennent|vont|marchent) pas",
    r"(?<!si )(?:tus|sus) (?:horarios|opciones|propuestas) no me (?:van|vienen|sirven|cuadran)",
    r"(?<!se )i (?:tuoi|suoi) orari non (?:mi )?(?:vanno|vanno bene|tornano)",
    r"(?<!se )(?:os )?(?:seus|teus) horários não (?:me )?(?:servem|dão|funcionam)",
    r"(?<!als )(?:je|jouw|uw) (?:tijden|tijdsloten|voorstellen) (?:passen|lukken|komen)"
    r" (?:mij |me )?niet",
    # "Ihre Termine passen bei mir leider alle nicht", "keiner Ihrer Vorschläge passt": the
    # user's times all turned down, so the invitation is the sender's own time.
    r"(?:Ihre|deine|eure) (?:Termine|Zeiten|Vorschläge|Terminvorschläge|Zeitvorschläge)"
    r" (?:passen|gehen|klappen)(?: [\w-]+){0,4}? nicht"
    r"|(?:keiner|keine) (?:Ihrer|deiner|eurer) (?:Termine|Zeiten|Vorschläge|Terminvorschläge)"
    r" (?:passt|geht|klappt)",
    # "Tuesday and Thursday are packed - this is the best I can do": the invitation itself
    # called a compromise, not one of the user's times ("Thursday 3pm is the best I can do"
    # names a time, which may be the user's, and is not taken).
    r"(?:this|that|it)(?: is|'s) (?:the best|the closest|as close as) I (?:can|could)"
    r" (?:do|manage|get|offer)",
    r"c'est (?:le mieux que je puisse (?:faire|proposer)|ce que je peux faire de mieux)"
    r"|(?:es|esto es) lo mejor que puedo|das Beste, was ich (?:anbieten|machen|tun) kann"
    r"|(?:è|questo è) il meglio che posso|(?:é|isto é) o melhor que (?:consigo|posso)"
    r"|het beste wat ik kan (?:doen|bieden)",
    # "… so I sent this for Wednesday morning instead", "jeudi matin plutôt ?": the invitation's
    # day is put in place of the user's ("instead of a call" replaces no time).
    rf"(?:{LONG_WEEKDAYS}|{_DAY_PARTS})"
    r"(?: [\w:-]+){0,2} (?:instead|plutôt|en su lugar|stattdessen|invece|em vez disso"
    r"|in plaats daarvan)(?! of)",
)
# "can't make either time", "neither slot works", "can't do Thursday", "aucun des deux
# créneaux", "beide Termine passen nicht": the user's offered times turned down, which says
# nothing yet of the chat itself.
TIMES_REFUSED = _cues(
    r"(?:can't|cannot|couldn't|could not|won't be able to) (?:make|do) (?:either|any|both|none)"
    r"(?: (?:time|slot|option|day|one)s?| of (?:those|these|them|your|the)\b)?",
    rf"(?:can't|cannot|couldn't|could not|won't be able to) (?:make|do) (?:{LONG_WEEKDAYS})",
    r"(?:neither|none) (?:(?:time|slot|option|day|date|one)s?|of (?:those|these|them|your|the)\b)"
    r"[^.?!\n]{0,30} (?:work|works|worked|suit|suits|fit|fits)",
    r"aucun(?:e)? des (?:deux )?(?:créneaux|horaires|dates|options|propositions)"
    r"|ni l'une? ni l'autre",
    r"ninguno de los dos|ninguna de las dos|no puedo en ninguno",
    r"(?:beide|keiner der|keine der) (?:beiden )?(?:Termine|Zeiten|Optionen|Vorschläge)"
    r"(?: passen| gehen| klappen)?",
    r"nessuno dei due|nessuno degli orari|nessuna delle due",
    r"nenhum dos dois|nenhum dos horários|nenhuma das duas",
    r"geen van beide|beide (?:tijden|opties|momenten|data) (?:lukken|passen|komen|gaan)",
)
# "None of your three work", "can't do any of those": every one of the user's times turned
# down, not one day of them ("can't do Thursday" leaves the others to pick).
ALL_REFUSED = _cues(
    r"(?:can't|cannot|couldn't|could not|won't be able to) (?:make|do) (?:either|any|none)"
    r"(?: (?:time|slot|option|day|one)s?| of (?:those|these|them|your|the)\b)?",
    r"(?:neither|none) (?:(?:time|slot|option|day|date|one)s?|of (?:those|these|them|your|the)\b)"
    r"[^.?!\n]{0,30} (?:work|works|worked|suit|suits|fit|fits)",
    NONE_OF_YOUR_TIMES,
)
# "Quick question before I answer: …", "please ignore my last email": nothing to act on yet,
# and the reader knows why.
ASKS_FIRST = _cues(
    # "Avant de fixer un moment, pourriez-vous …?", "send me your CV": the sender wants
    # something from the user before any time is set.
    r"before (?:we )?(?:fix|set|schedul|book|lock|pick|pin)\w*",
    # "Before I look at my calendar: Zoom or Meet, and could you send a few questions?": the
    # sender asks, and only then looks for a time (a question must follow).
    r"before i (?:look at|check|open|go through) (?:my|the) (?:calendar|diary|schedule|agenda)"
    r"[^?]{0,200}\?",
    r"avant de (?:regarder|consulter|vérifier|ouvrir) (?:mon |l')(?:agenda|calendrier)"
    r"[^?]{0,200}\?",
    r"antes de (?:mirar|revisar|consultar|ver) (?:mi|la) (?:agenda|calendario)[^?]{0,200}\?",
    r"bevor ich (?:in )?(?:meinen|den) Kalender (?:schaue|prüfe|anschaue|checke)[^?]{0,200}\?",
    r"avant de (?:fixer|caler|planifier|programmer|convenir|trouver)",
    # "Antes de marcarmos, você tem …?": Portuguese inflects the infinitive for "we".
    r"antes de (?:a gente )?(?:fijar|agendar|concretar|cuadrar|marcar|programar|combinar"
    r"|definir)(?:mos)?",
    r"bevor wir (?:\w+ ){0,3}(?:festlegen|ausmachen|vereinbaren|planen|fixieren)",
    r"prima di (?:fissare|programmare|concordare|organizzare)",
    r"voordat we (?:\w+ ){0,3}(?:vastleggen|plannen|inplannen|afspreken|prikken)",
    # "Send over your resume first", "Schick mir zuerst deinen Lebenslauf".
    r"send over your (?:cv|resume|résumé)(?: \w+)? first|schick (?:mir )?(?:zuerst|erst mal|vorher)"
    r" (?:deinen|Ihren) Lebenslauf",
    r"(?:send|forward) me (?:over )?your (?:latest |current |updated )?(?:cv|resume|résumé"
    r"|portfolio|day rate)",
    # "Are you a student? Happy to help if so." is `_yes_hangs_on_question`, beside this list.
    # "If so, just send over your resume": asked of the user ("I'll send over your resume to
    # the team" is the sender's errand).
    r"(?:just|please|pls|kindly|can you|could you|would you) send over your"
    r" (?:latest |current |updated )?(?:cv|resume|résumé|portfolio)",
    # "I like to know a bit about someone before I chat": something of the user's first.
    r"know (?:a (?:bit|little) )?(?:more )?about (?:you|someone|people|the person)"
    r" (?:first|before (?:i|we) (?:chat|talk|meet|commit|agree|say yes))",
    r"(?:envoyer|m'envoyer|envoyez-moi) (?:votre|ton) (?:cv|portfolio)"
    r"|(?:envíame|mándame|enviarme) (?:tu|su) (?:cv|currículum|portafolio|portfolio)"
    r"|(?:schicken Sie mir|schick mir) (?:Ihren|deinen|Ihr|dein) (?:Lebenslauf|CV|Portfolio)"
    r"|(?:mandami|inviami|mandarmi|inviarmi) (?:il tuo|il suo) (?:cv|curriculum|portfolio)"
    r"|(?:mande-me|envie-me|me manda|me envia) (?:o seu|o teu|seu|teu) (?:cv|currículo|portfólio"
    r"|portfolio)|(?:stuur|mail) me (?:je|uw) (?:cv|portfolio)",
    # "Happy to help, but two questions first: …": any count of questions asked before a yes.
    r"(?:quick |one |a |two |three |a few |a couple of |some )?questions? (?:first|before)"
    r"|before (?:anything else|i (?:can )?(?:answer|reply|respond|say yes|commit))"
    r"|(?:need|have) to check with [^.?!\n]{1,40} first|quick check",
    # "Happy to help if I can, but I'd like to know more first": a yes held until the user says.
    # ("I'd love to learn more before we meet" looks forward to the chat.)
    r"(?:know|hear|understand|learn) (?:a (?:bit|little) )?more (?:first|before (?:i|we)"
    r" (?:commit|decide|agree|say yes|set|schedule|pick|book))",
    # "Are those times Central?": which zone the user meant, asked before any yes.
    # "Could you resend it? I'd like to see your background first."
    r"(?:could|can) you (?:re-?send|send (?:it|that) again)|nothing (?:came through|was attached)"
    r"|(?:see|read|look at) your (?:background|resume|résumé|cv|linkedin) first",
    # "Could you send me your CV and a couple of sentences …? Then I'll see": the user sends
    # something before the sender decides.
    r"(?:could|can|would) you (?:first )?send (?:me |over )?(?:first )?(?:your|a|some|a few"
    r"|a couple of) (?:cv|resume|résumé|linkedin|background|bio|lines|sentences|questions|agenda"
    r"|summary|notes|details)"
    r"|(?:and )?then i'?ll (?:see|decide|think about it|know|let you know if)",
    # "Could you send me a link to your portfolio first?": anything asked for before the sender
    # answers, whatever it is.
    r"(?:could|can|would) you (?:please )?(?:send|share|forward)\b[^.?!\n]{1,100}\bfirst\?",
    r"(?:envoyez|envoie)-moi (?:d'abord )?(?:votre|ton) (?:cv|parcours|profil|portfolio)"
    # "¿Me mandas tu CV?", "¿me pasarías tu currículum?": the same, asked in the present or
    # the conditional; a portfolio or a profile asked for first is the same request.
    r"|(?:envíame|mándame|envíeme|me (?:mandas|envías|pasas|mandarías|enviarías|pasarías))"
    r" (?:primero )?(?:tu|su) (?:cv|currículum|perfil|portfolio|portafolio)"
    r"|(?:schicken|senden) Sie mir (?:vorab |zuerst )?(?:Ihren (?:Lebenslauf|CV)|Ihr Portfolio)"
    # "Könnten Sie mir vorab kurz Ihren Lebenslauf schicken?": the verb last, asked.
    r"|(?:könnten|können|würden) Sie mir (?:(?:vorab|zuerst|kurz|bitte|einmal|mal) ){0,3}Ihren"
    r" (?:Lebenslauf|CV)|(?:könntest|kannst) du mir (?:(?:vorab|zuerst|kurz|bitte|mal) ){0,3}"
    r"deinen (?:Lebenslauf|CV)"
    r"|(?:mandami|inviami|mi mandi) (?:prima )?il (?:tuo|suo) (?:cv|curriculum|portfolio|profilo)"
    r"|(?:envie-me|manda-me|me envie|me manda) (?:primeiro )?(?:o )?(?:seu|teu)"
    r" (?:cv|currículo|portfólio|portfolio|perfil)"
    r"|stuur (?:me|mij) (?:eerst )?(?:je|uw) (?:cv|profiel|portfolio)",
    r"(?:are|is|were) (?:the|those|these|that|this|they|it)(?: times?| slots?)?"
    r"(?: you (?:listed|sent|gave|offered|mentioned|proposed))?"
    # "Are those slots Lisbon time?": a place's clock, named before "time".
    rf" (?:in )?(?:{REGION_CLOCKS}|(?:my|your|local|(?-i:[A-Z][a-zà-ÿ]+)) time"
    r"|(?-i:[A-Z]{1,3}T|UTC))\??",
    # "Zijn die tijden UTC-5 of UTC+5?", "Sind die Zeiten MEZ?", "¿Esas horas son UTC-5?", "Ces
    # horaires sont en UTC ?": the same question, asked with a zone's letters.
    r"(?:(?:zijn|waren) (?:die|deze|de|uw|je)(?: tijden| tijdstippen| opties)?"
    r"|(?:sind|waren) (?:das|die|diese|Ihre|deine)(?: Zeiten| Uhrzeiten| Termine| Vorschläge)?"
    r"|(?:esas|estas|tus|sus|las) (?:horas|horarios|opciones) (?:son|están)"
    r"|(?:ces|les|vos|tes) (?:horaires|heures|créneaux) sont(?:-ils)?"
    r"|(?:esses|estes|os seus|os teus) (?:horários|horas) (?:são|estão))"
    r" (?:in |en |em )?(?-i:[A-Z]{1,3}T|UTC|GMT|MEZ|MESZ)(?=[^.!\n]*\?)",
    # "Let me check with my manager first": leave to ask for, not a yes yet.
    r"(?:let me|i'll|i will|i need to|i have to|i'd have to) (?:check|confirm|clear (?:it|this))"
    r" with (?:my|our|the) (?:manager|boss|team|lead|legal|comms|pr|hr|compliance|director)",
    r"which (?:time ?zone|zone|role|position|team)",
    # "When you say CST, do you mean Mexico City or US Central?": which of two things the user
    # meant, asked before any time is settled, in each language.
    r"(?:(?:do|did) you mean|te refieres a|se refiere a|quieres decir|tu veux dire|vous voulez"
    r" dire|meinst du|meinen Sie|intendi|intende|(?:você )?quer dizer|bedoel je|bedoelt u)"
    r" [^.?!\n]{1,40} (?:or|o|ou|oder|of) [^.?!\n]{1,40}\?",
    # "Before we set anything up - …?", "… before I put anything on the calendar":
    # something the user has to answer first.
    r"before (?:we|i) (?:set (?:anything|something|a time|it) up|put anything on|book anything"
    r"|schedule anything|(?:find|pick|choose|settle on) a (?:time|slot|date))",
    r"avant de (?:fixer|caler|planifier|prévoir) (?:quoi que ce soit|un créneau|un rendez-vous)"
    r"|antes de (?:agendar|fijar|programar|cuadrar) (?:nada|algo)|bevor wir (?:einen Termin"
    r"|etwas) (?:vereinbaren|ausmachen|festlegen)|prima di (?:fissare|organizzare)"
    r" (?:qualcosa|nulla)|antes de (?:marcar|agendar) (?:algo|qualquer coisa)"
    r"|voordat we (?:iets )?(?:inplannen|afspreken)",
    # "Avec plaisir, mais avant qu'on fixe quoi que ce soit : …?": the yes waits on an answer.
    # "before we lock anything": the particle may be left out.
    r"before we (?:fix|lock(?: in)?|nail down|set|book|schedule|confirm|plan) (?:anything|a time"
    r"|something)|avant (?:qu'on|que l'on|que nous) (?:fixe|fixions|cale|calions|planifie"
    r"|planifiions|prévoie)|antes de que (?:fijemos|agendemos|cuadremos|programemos)"
    r"|bevor wir (?:\w+ )?(?:festlegen|ausmachen|vereinbaren|planen)"
    r"|prima che (?:fissiamo|organizziamo)|antes que (?:marquemos|agendemos)"
    r"|voordat we (?:\w+ )?(?:vastleggen|inplannen|afspreken)",
    r"avant (?:tout|de (?:vous |te )?répondre)"
    r"|(?:une|deux|trois|quelques) (?:petites? )?questions? (?:d'abord|avant)"
    r"|antes de (?:nada|responder(?:te|le)?)|(?:una|dos|tres|unas) preguntas? (?:antes|primero)",
    r"bevor ich (?:antworte|zusage)|vorab (?:eine |zwei |drei |ein paar )?(?:kurze )?Fragen?"
    r"|(?:kurze|zwei|drei|ein paar) Fragen? vorab"
    r"|prima di (?:tutto|rispondere)|(?:una|due|tre|alcune) domand[ae] (?:prima|veloce)"
    r"|antes de (?:mais nada|tudo)|(?:uma|duas|três|algumas) perguntas? (?:antes|primeiro)"
    r"|voordat ik (?:antwoord|reageer|ja zeg)"
    r"|eerst (?:een|twee|drie|een paar) (?:korte )?vra(?:ag|gen)",
)
# "Who gave you this address? … happy to help if you're legit", "Is this a sales pitch?": the
# sender asks how the user came by them, or what the user is after, before any yes counts.
# ("Thursday works - btw who passed on my address?" picks a time, and is read as the pick.)
_CONTACT = (
    r"(?:e-?mail(?: address)?|address|details|contact(?: details| info)?|number|info"
    r"|mail(?: address)?)"
)
ASKS_WHERE_FROM = _cues(
    r"who (?:gave|passed|sent|shared|forwarded|handed|leaked) (?:you )?(?:on |out |along )?"
    rf"(?:my|this|that) {_CONTACT}"
    rf"|who (?:passed|gave|handed) (?:my|this) {_CONTACT} (?:on|out|along)",
    r"(?:how|where)(?: exactly)? (?:did |do )?you (?:get|got|find|found|obtain(?:ed)?"
    rf"|come across|came across|dig up|dug up) (?:hold of )?(?:my|this) {_CONTACT}"
    r"|(?:how|where) (?:did )?you (?:find|found|get|got) (?:hold of )?me\b(?! (?:a|an|the|some)\b)",
    r"(?:is|was) this (?:a |some (?:kind|sort) of )?(?:sales|marketing|recruit\w*|cold)"
    r"(?: pitch| email| e-mail| thing| outreach| call)?\b(?=[^.!?\n]*\?)"
    r"|are you (?:selling|pitching|trying to sell) (?:me )?(?:something|anything)",
    r"if (?:you'?re|youre|you are) (?:legit|genuine|for real|not (?:selling|pitching|a bot"
    r"|a recruiter|spam))",
    r"(?:wer hat (?:Ihnen|dir|euch)|woher (?:haben Sie|hast du|habt ihr)) meine"
    r" (?:E-?Mail(?:-?Adresse)?|Adresse|Nummer|Kontaktdaten)",
    r"qui vous a (?:donné|transmis|passé) (?:mon|mes) (?:adresse|e-?mail|mail|coordonnées|contact)"
    r"|(?:où|comment) avez-vous (?:eu|trouvé|obtenu) (?:mon|mes) (?:adresse|e-?mail|mail"
    r"|coordonnées|contact)",
    r"(?:quién|quien) (?:te|le) (?:dio|pasó|ha dado|ha pasado) mi (?:correo|email|e-mail"
    r"|dirección|contacto|número)|de dónde (?:sacaste|sacó|has sacado|ha sacado) mi"
    r" (?:correo|email|e-mail|dirección|contacto|número)",
    r"chi (?:ti|le) ha (?:dato|passato) (?:il mio|la mia) (?:indirizzo|email|e-mail|mail|contatto"
    r"|numero)|dove (?:hai|ha) (?:trovato|preso) (?:il mio|la mia) (?:indirizzo|email|e-mail"
    r"|mail|contatto|numero)",
    r"quem (?:te|lhe) (?:deu|passou) o (?:meu )?(?:email|e-mail|endereço|contacto|contato|número)"
    r"|onde (?:conseguiu|conseguiste|arranjou|arranjaste) o (?:meu )?(?:email|e-mail|endereço"
    r"|contacto|contato|número)",
    r"wie heeft (?:je|jou|u) mijn (?:e-?mail(?:adres)?|adres|mailadres|nummer|gegevens) gegeven"
    r"|hoe (?:kom|komt) (?:je|u) aan mijn (?:e-?mail(?:adres)?|adres|mailadres|nummer|gegevens)"
    # "Mag ik vragen hoe je aan dit adres komt?", "wie gaf je mijn adres?": the clause after
    # "vragen" puts the verb last, and "gaf" is the past of "heeft … gegeven".
    r"|hoe (?:je|u) aan (?:mijn|dit) (?:e-?mail(?:adres)?|adres|mailadres|nummer|gegevens)"
    r" (?:komt|kwam|gekomen (?:bent|is))"
    r"|wie (?:gaf|heeft) (?:je|jou|u) (?:mijn|dit) (?:e-?mail(?:adres)?|adres|mailadres|nummer"
    r"|gegevens)",
)
# "…, but tell me a bit more", "mais dites-m'en plus": after a no, the sender asks to hear more
# before deciding.
_NO_BUT_TELL_ME_MORE = re.compile(
    r"\b(?:but|mais|pero|aber|ma|mas|maar)[ \t\n]+(?:(?:do|please|feel free to|gern|gerne"
    r"|bitte|toch) )?(?:tell me (?:a (?:bit|little) )?more|dites-m'en (?:un peu )?plus"
    r"|racontez-m'en (?:un peu )?plus|cuéntame (?:un poco )?más|cuénteme (?:un poco )?más"
    r"|erzähl(?:en Sie)? mir (?:gern |gerne )?(?:etwas |ein bisschen )?mehr"
    r"|dimmi (?:qualcosa )?di più|mi dica (?:qualcosa )?di più|conta-me mais|me conta mais"
    r"|vertel (?:me )?(?:iets |wat )?meer)\b",
    re.IGNORECASE,
)
# "If genuine, …", "if not, happy to talk": what follows holds only under the user's answer.
_IF_THE_ANSWER = re.compile(
    r"\bif (?:genuine|legit|so|not|it is|it'?s (?:genuine|legit|not)|you(?:'re| are)|youre)\b",
    re.IGNORECASE,
)
# "Sure, possibly", "happy to help if I can", "en principe oui", "grundsätzlich gerne": a yes
# said as a maybe, which a question beside it holds open.
MAYBE_YES = _cues(
    r"possibly|potentially|maybe|perhaps|in principle|if i can|(?:could|might) be open"
    r"|(?:i'd|i would|happy to) consider|not opposed|depends|depending"
    r"|(?:i'm|i am|i'd be|i would be) open to (?:it|that|the idea|a chat|chatting)",
    r"peut-être|éventuellement|en principe|pourquoi pas|ça dépend|selon (?:le|la|les|ce)",
    r"quizás?|tal vez|puede ser|en principio|podría ser|depende|según",
    r"vielleicht|eventuell|grundsätzlich|prinzipiell|möglicherweise|kommt (?:darauf|drauf) an"
    r"|je nach",
    r"forse|magari|in linea di (?:principio|massima)|potrebbe|dipende|a seconda",
    r"talvez|em princípio|possivelmente",
    r"misschien|eventueel|in principe|wellicht|mogelijk|hangt (?:ervan|er) (?:van )?af"
    r"|afhankelijk",
)
RETRACTS = _cues(
    r"(?:please )?(?:ignore|disregard) (?:the|my|that|this)\b[^.?!\n]{0,40}(?:last|previous|earlier"
    r"|attachment|email|e-mail|message)",
    r"ne tenez pas compte|ignorez (?:mon|le|la)|ignora (?:mi|el|la|il)|ignore (?:mi|el|la|o|a)\b"
    r"|bitte ignorieren|ignorieren Sie|desconsider[ea] (?:o|a|meu|minha)|negeer (?:mijn|de|het)",
)
# The user's link, named as theirs before or after the word.
_YOUR_LINK = (
    r"(?:link|lien|enlace|Link|collegamento)[^.?!\n]{0,30}?\b(?:your|you sent|votre|ton|tu|su|Ihr"
    r"|dein|deinem|Ihrem|tuo|suo|seu|teu|je|jouw|uw)\b"
    r"|(?:your|votre|ton|tu|su|Ihr|dein|tuo|suo|seu|teu|je|jouw|uw)\b[^.?!\n]{0,30}?\b(?:link"
    r"|lien|enlace|Link|collegamento)"
)
# "Did you mean to attach your CV? Only the cover letter came through": the user answers first.
MISSING_FILE = _cues(
    r"(?:did you|you may have|you might have) (?:mean to |forget to |forgotten to )?attach"
    r"|(?:didn't|did not|never) come through|no attachment|attachment (?:is )?missing",
    r"pièce jointe (?:manquante|absente)|(?:oublié|oubliée) (?:de joindre|la pièce jointe)"
    r"|(?:olvidaste|olvidó) adjuntar|(?:no|sin) (?:venía|llegó) (?:el )?adjunto"
    r"|Anhang fehlt|(?:vergessen|vergaßen),? [\w ]{0,20}anzuhängen|kein Anhang"
    r"|(?:dimenticato|dimenticata) (?:di allegare|l'allegato)|(?:manca|mancava) l'allegato"
    r"|esqueceu de anexar|(?:sem|faltou o) anexo|bijlage ontbreekt|vergeten (?:bij te voegen"
    r"|toe te voegen)|geen bijlage",
    # "The LinkedIn link in your signature 404s for me": a link of the user's that does not open.
    rf"(?:{_YOUR_LINK})[^.?!\n]{{0,40}}?(?:404s?|is broken"
    r"|(?:doesn't|does not|won't|didn't) (?:work|open|load)|is dead|(?:isn't|is not) working"
    r"|gives (?:me )?an? (?:404|error)"
    r"|ne (?:marche|fonctionne|s'ouvre) pas|est cassé|no (?:funciona|abre|carga)|está roto"
    r"|funktioniert nicht|geht nicht|ist kaputt|non (?:funziona|si apre)|não (?:funciona|abre)"
    r"|está quebrado|werkt niet|is kapot)",
)
# "Your portfolio link gives a 404", "le lien dans votre mail ne marche pas": the user's link
# is broken and the user acts first. The sender's own link ("my Calendly link is down") is not.
BROKEN_LINK = _cues(
    r"(?:your|the|that|this) (?:[\w-]+ ){0,2}link\b(?! (?:i|we) (?:sent|shared|gave|posted))"
    r"[^.?!\n]{0,40}(?:\bbroken|(?:doesn't|does not"
    r"|won't|will not) (?:work|open|load)|(?:isn't|is not|not) working|\b404s?\b|login page"
    r"|\bis dead)",
    r"(?:le|votre|ton) lien\b[^.?!\n]{0,40}(?:ne (?:marche|fonctionne|s'ouvre) pas|est cassé)"
    r"|(?:el|tu|su) enlace\b[^.?!\n]{0,40}(?:no funciona|está roto|no (?:se )?abre)"
    r"|(?:der|Ihr|dein) Link\b[^.?!\n]{0,40}(?:funktioniert nicht|geht nicht|ist kaputt)"
    r"|(?:il|tuo|suo) link\b[^.?!\n]{0,40}(?:non funziona|è rotto|non si apre)"
    r"|(?:o|seu|teu) link\b[^.?!\n]{0,40}(?:não funciona|está quebrado|não abre)"
    r"|(?:de|je|uw|jouw) link\b[^.?!\n]{0,40}(?:werkt niet|is kapot|opent niet)",
)
# "We're hiring - apply for the Senior Designer role", "I lead recruiting at Brightwave",
# "nous recrutons", "wir stellen gerade ein": a pitch of the sender's own, no answer to the chat.
RECRUITS = _cues(
    r"we(?:'re| are) (?:actually |currently |also |now )?hiring"
    # "I'm an executive recruiter", "I'm a technical recruiter" (a former one pitches nothing).
    r"|i(?:'m| am) (?:a|an) (?!former |ex-)(?:[\w-]+ ){0,2}(?:recruiter|headhunter)"
    # "I'm working on a Head of Product search for a client": a recruiter's assignment.
    r"|(?:working on|running|leading|retained on) (?:a|an) [^.?!\n]{0,60}\b(?:manager|engineer"
    r"|director|designer|lead|head|vp|cto|cpo|role|position|executive)s? search\b"
    # "I'm actually recruiting for a Curriculum Developer contract role": a role to fill.
    r"|(?:i(?:'m| am)|we(?:'re| are)) (?:actually |currently |also |now )?recruiting for (?:a|an)"
    r" [^.?!\n]{0,60}\b(?:role|position|opening|contract)s?\b"
    r"|i (?:lead|run|head) (?:recruiting|talent)|(?:we have|there are) (?:\w+ ){0,2}open"
    r" (?:\w+ )?(?:roles|positions|jobs)",
    # "I actually have a Staff Backend Engineer opening", "a … role with one of our clients".
    r"(?:have|got) (?:a|an) (?:[\w-]+ ){0,4}(?:opening|vacancy)\b"
    r"(?! (?:on|at|in|this|next|tomorrow|today|later|around|after|before|early|late)\b)"
    r"|(?:role|position|opening)s? (?:with|at|for) (?:one of )?our clients?\b"
    r"|reach(?:ing)? out (?:to you )?about (?:a|an) [^.?!\n]{0,60}\b(?:role|position|opening)\b",
    r"nous recrutons|on recrute|estamos contratando|wir stellen (?:gerade |aktuell )?ein"
    r"|stiamo assumendo|we (?:zoeken|werven) (?:trouwens |nog |momenteel )?(?:een|nieuwe)",
)
# "Let me check my calendar and get back to you": an answer still to come, no yes yet.
# "Pode reenviar a mensagem para paulo@nova…?", "this is my old address, please resend to …":
# the same person asks to be written at another address; the user acts, no one is referred.
ANOTHER_ADDRESS = _cues(
    r"(?:re-?send|send (?:it|this|that|your (?:message|email|note)) again|forward (?:it|this|that"
    r"|your (?:message|email|note)))(?: \w+){0,3} to(?= (?:my |me at )?[\w.+-]+@)"
    r"|my (?:new|old|former|personal|private) (?:e-?mail(?: address)?|address|inbox)"
    # "Reach me at ben@gmail.com going forward": the sender's own new address, the only news
    # ("please use jo@acme.com from now on" may hand the user to someone else).
    r"|(?:reach|write to|email|contact) me at [\w.+-]+@[\w.-]*\w"
    r" (?:from now on|going forward|from here on|instead)",
    r"(?:renvoy|réexpédi|reenvoy)\w* [^.?!\n]{0,40}à(?= [\w.+-]+@)"
    r"|(?:ma nouvelle|mon ancienne|mon nouvel|mon ancien) (?:adresse|e-?mail|courriel)",
    r"reenvi\w* [^.?!\n]{0,40}a(?= [\w.+-]+@)|mi (?:nueva|antigua) dirección|mi (?:nuevo|antiguo)"
    r" (?:correo|e-?mail)|mi (?:correo|e-?mail|dirección) (?:personal|particular)",
    r"(?:erneut|nochmal|noch einmal) (?:an|schicken an|senden an)(?= [\w.+-]+@)"
    r"|meine (?:neue|alte) (?:E-?Mail-?)?Adresse",
    r"(?:rinvi|reinvi)\w* [^.?!\n]{0,40}a(?= [\w.+-]+@)"
    r"|il mio (?:nuovo|vecchio) (?:indirizzo|e-?mail)|(?:il mio|la mia) (?:indirizzo|e-?mail|mail)"
    r" (?:personale|privat[oa])"
    # "questo indirizzo non sarà più attivo … scrivimi su marco@…": leaving the firm, the
    # sender's own inbox elsewhere ("scrivi a giulia@…" hands the user to someone else).
    r"|(?:questo|quest'|il mio) (?:indirizzo|e-?mail|account)(?: \w+){0,2} non (?:sarà|è) più"
    r" (?:attiv|valid|lett|controllat)[oa]"
    r"|(?:scrivimi|mi scriva|scrivetemi)(?: pure)? (?:su|a|all'indirizzo)(?= [\w.+-]+@)",
    r"reenvi\w* [^.?!\n]{0,40}para(?= [\w.+-]+@)|(?:meu|minha) (?:e-?mail|endereço) (?:antigo|novo)"
    r"|(?:meu|minha) (?:novo|antigo) (?:e-?mail|endereço)"
    # "usa por favor o meu e-mail pessoal, tiago@…": leaving the firm, the private inbox.
    r"|(?:meu|minha) (?:e-?mail|endereço(?: de e-?mail)?|correio) (?:pessoal|particular)",
    r"(?:opnieuw|nogmaals) (?:sturen|versturen|mailen) (?:naar|aan)(?= [\w.+-]+@)"
    r"|mijn (?:nieuwe|oude) (?:e-?mail)?adres",
)
# "Claro. Pásame tu WhatsApp y lo cuadramos por ahí", "Sure - text me at 415…": a yes that moves
# the talk to another channel agrees to nothing the engine can book; the user answers there.
_CHANNEL = r"(?:whatsapp|whats|wa|zap|zapzap|telegram|signal|imessage|sms|linkedin|insta(?:gram)?)"
_PHONE = r"(?:number|phone(?: number)?|cell(?: number)?|mobile(?: number)?|" + _CHANNEL + ")"
OTHER_CHANNEL = _cues(
    rf"(?:send|give|text|shoot|drop|share) me your {_PHONE}|what(?:'s| is) your {_PHONE}"
    # A phone number, not a clock time: "ping me at 10" names when.
    rf"|(?:text|ping|message|dm|call) me (?:at|on) (?:\+?\d[\d ().-]{{6,}}\d|{_CHANNEL})"
    rf"|(?:move|take|continue) (?:this|it|the conversation) (?:over )?(?:to|on) {_CHANNEL}",
    r"(?:pásame|pasame|mándame|mandame|envíame|enviame|dame|compárteme|comparteme|regálame"
    r"|regalame) tu (?:whatsapp|wa|número|numero|cel|celular|teléfono|telefono|móvil|movil)"
    r"|(?:escríbeme|escribeme|háblame|hablame|mensajéame|lo vemos|lo cuadramos|lo coordinamos"
    rf"|lo hablamos|seguimos) (?:por|en|al) {_CHANNEL}",
    r"(?:me passa|me manda|me envia|passa|manda|me dá|me da) (?:o )?(?:seu|teu) (?:whatsapp|zap"
    r"|número|numero|telefone|celular)|(?:me chama|fala comigo|me manda (?:uma )?mensagem"
    rf"|falamos|combinamos) (?:no|pelo|por) {_CHANNEL}",
    r"(?:envoie|envoyez|donne|donnez|passe|passez)[- ]moi (?:ton|votre) (?:numéro|whatsapp"
    rf"|portable|téléphone|06)|(?:écris|écrivez)[- ]moi (?:sur|par) {_CHANNEL}",
    r"(?:schick|schicken sie|gib|geben sie) mir (?:deine|ihre|mal deine) (?:nummer|handynummer"
    rf"|telefonnummer|whatsapp)|(?:schreib|schreiben sie) mir (?:per|über|auf) {_CHANNEL}",
    r"(?:mandami|passami|dammi|inviami|mi mandi|mi passi|mi dia) (?:il )?(?:tuo|suo) (?:numero"
    rf"|whatsapp|cellulare)|(?:scrivimi|mi scriva|sentiamoci) (?:su|via|per) {_CHANNEL}",
    r"(?:stuur|geef) (?:me|mij) (?:even )?(?:je|jouw|uw) (?:nummer|whatsapp|telefoonnummer|06)"
    rf"|(?:app|bel) me (?:even )?(?:op|via) {_CHANNEL}",
)
# "Friday works. Call me at 303-555-0192 at the time.": beside a pick, the number is where the
# chat happens, not a channel the talk moves to.
_CALL_AT_NUMBER = re.compile(r"\bcall me (?:at|on) \+?\d[\d ().-]{6,}\d", re.IGNORECASE)
# "Let me look at it properly on Monday and I'll come back to you either way": the day is when
# the sender looks at the user's times, and the answer is theirs to give; nothing is put off to
# it, and the user waits ("write to me again after Monday" asks the user to come back).
_LOOK_THEN_ANSWER = (
    # "between workshops today, will look at the times tonight": a phone note drops the "I".
    r"(?:let me|i'll|i will|i need to|i have to|i'm going to|i want to"
    r"|(?:(?<=^)|(?<=\n)|(?<=[.,;!-] ))will) (?:look at|check"
    r"|go through|go over|review|have a (?:proper )?look at) (?:it|this|that|them|things"
    r"|your (?:times|slots|options|dates|note|email|message|request)|the (?:times|slots|options)"
    r"|my (?:calendar|schedule|diary|agenda|week))"
    r"(?:[ \t]+(?:properly|again|in detail|carefully|over the weekend|on the weekend|tomorrow"
    r"|tonight|later today|this weekend|first thing|on[ \t]+(?:\w+day|the weekend)|\w+day))*"
    r",? and (?:then )?(?:i'll |i will )?(?:come|get) back to you"
    # "… and get back to you next week": a later time named for the answer puts it off.
    r"(?![ \t]+(?:next|in|after|later|early|mid|late|once|when)\b)"
)
_LOOKS_THEN_ANSWERS = _cues(_LOOK_THEN_ANSWER)
HOLDING = _cues(
    _LOOK_THEN_ANSWER,
    r"let me (?:check|look at) (?:my|our|the) (?:calendar|schedule|diary|availability)"
    r"|(?:i'll|i will|let me)(?: check(?: [^.?!\n]{0,30})? and)? get back to you"
    # "Well received. Will get back to you.": the sender's own promise, its "I" left out (not
    # "Priya will get back to you", someone else's).
    r"|(?<!\w )(?<!\w)will get back to you"
    # "… next month", "… if anything changes": a later time puts the chat off, a condition
    # promises nothing.
    r"(?![ \t]+(?:next|in|after|later|early|mid|late|once|when|if|should|in case)\b)"
    # "I'll ask Kai and get back to you", "let me check with Kai … and revert": an assistant's
    # answer, to come once the person the user wrote to has said.
    r"|(?:i'll|i will|let me) (?:ask|check with) [^.?!\n]{0,40}? and (?:get back to you|revert"
    r"|come back to you)"
    # "I will revert.", "will come back to you just now" (South Africa's "soon"): the answer,
    # to come, with no time named to put the chat off to.
    # "… tonight and come back to you tomorrow": the promise joined to what is done first.
    r"|(?:i'll|i will|will|let me|and(?: then)?) (?:come back|revert(?: back)?)(?: to you)?"
    rf"(?=[ \t]*(?:[.!,;]|$)| {_SOON})"
    # "might work but I won't know until Monday - let me confirm then?": the answer waits on
    # something the sender learns later; nothing is picked yet.
    # "Thursday at 5 might work - let me check and confirm tomorrow": the yes still to be
    # confirmed.
    r"|let me (?:check|double[- ]check)(?: [^.?!\n]{0,30})? and (?:confirm|let you know)"
    r"|(?:won't|will not|don't|do not) (?:really |honestly )?know (?:for sure )?(?:until|till)\b"
    r"[^.?!\n]{0,40}?let me confirm",
    r"je (?:regarde|vérifie) mon (?:agenda|calendrier)|je reviens vers vous"
    # "je vous reviens demain avec une heure": Québec's "I'll get back to you".
    r"|je (?:vous|te) reviens\b"
    r"|(?:reviso|miro) mi (?:agenda|calendario)|te confirmo"
    # "Cualquier cosa te aviso", "qualquer coisa te aviso", "si pasa algo te aviso": word only
    # if something changes, no answer still to come.
    r"|(?<!cualquier cosa )(?<!qualquer coisa )(?<!algo )te aviso"
    r"|ich (?:schaue|prüfe) (?:in )?meinen Kalender|ich melde mich"
    # "Sie hören morgen von mir": the answer promised, its time said.
    r"|(?:Sie hören|du hörst|ihr hört) (?:morgen|heute|bald|gleich) (?:\w+ )?von mir"
    # "Ich sage Ihnen heute Abend Bescheid": the answer, to come.
    r"|ich (?:sage|gebe) (?:Ihnen|dir|euch) [^.?!\n]{0,30}?Bescheid",
    r"controllo (?:la mia |l')?agenda|ti faccio sapere"
    r"|vou (?:ver|verificar) (?:a |a minha |minha )?agenda"
    r"|te retorno|ik (?:kijk|check) (?:even )?(?:in )?mijn agenda"
    r"|ik laat (?:het )?(?:je|u) weten"
    r"|laat (?:het )?(?:je|u) (?:morgen|vanavond|straks|vandaag) weten",
    # "Confirm that for me, then I'll look at my diary and answer you": the answer comes after
    # the sender has looked, in each language.
    r"(?:check|look at) (?:my|the) (?:calendar|schedule|diary|agenda) and (?:then )?(?:get back"
    r"|reply|respond|answer)|(?:puis|et) je (?:te|vous) (?:réponds|redis)"
    r"|(?:y|luego|mañana) te (?:respondo|contesto|digo algo)"
    r"|(?:und|dann) (?:melde ich mich|antworte ich)"
    r"|(?:nach|an) und melde mich|(?:le|vi) faccio sapere"
    r"|(?:guardo|verifico) (?:la mia |l')?agenda|(?:poi|e) (?:ti|le|vi) (?:rispondo|confermo)"
    # "Martedì alle 10 dovrebbe andare, ma te lo confermo domani": the yes is still to come.
    r"|(?:te|ve) lo confermo (?:domani|stasera|più tardi|in giornata|entro)"
    r"|(?:e|depois) te (?:respondo|digo)|amanhã (?:respondo-lhe|respondo-te|lhe respondo"
    r"|te respondo)|(?:en|dan) (?:kom ik erop terug|antwoord ik)",
    # "I'll answer you tomorrow", "te contesto mañana": the answer promised within the day or
    # the next, in each language (a later day named, "next week", puts the chat off instead).
    r"(?:i'll|i will) (?:answer|reply|respond)(?: to)?(?: you)? (?:later )?(?:today|tonight"
    r"|tomorrow(?! week))|(?:te|le|os|les) (?:contesto|respondo) (?:mañana|hoy|esta (?:tarde"
    r"|noche))|je (?:te|vous) réponds (?:demain|ce soir|aujourd'hui|dans la journée)"
    r"|ich antworte (?:Ihnen|dir|euch) (?:morgen|heute)|(?:ti|le|vi) rispondo (?:domani|stasera"
    r"|oggi|in giornata)|(?:respondo-te|respondo-lhe|te respondo|lhe respondo) (?:amanhã|hoje)"
    r"|ik antwoord (?:je|jou|u) (?:morgen|vanavond|vandaag)"
    # "Respondo amanhã", "ik kom er morgen op terug": the same, the pronoun left out.
    r"|(?<![\w-])respondo (?:amanhã|hoje)|kom (?:er|hierop|daarop) (?:morgen|vanavond|vandaag"
    r"|straks) (?:\w+ )?(?:op )?terug",
)
# "quick check before I pick one: …?", "avant de choisir", "bevor ich mich entscheide": the
# sender says they have not picked yet; a time of the user's named beside it is asked about.
NOT_PICKED_YET = _cues(
    # Only choosing: "before we lock in Thursday at 1:30 - …?" has picked, and waits on the answer.
    r"before (?:i|we) (?:pick|choose|decide|lock (?:anything|it|this|one) in)"
    r"(?: (?:one|which|between them))?",
    r"(?:haven't|have not) (?:picked|chosen|decided)(?: yet)?",
    # "Keen, but not sure about Thursday yet": the day named is not settled.
    rf"not (?:yet )?sure about (?:the |{ENGLISH_DAYS})",
    r"avant de (?:choisir|me décider)",
    r"antes de (?:elegir|escoger|decidirme|escolher|decidir)",
    r"bevor ich (?:\w+ )?(?:auswähle|wähle|mich entscheide)",
    r"prima di (?:scegliere|decidere)",
    r"voordat ik (?:er )?(?:een )?(?:kies|beslis)",
)
NO_LONGER = _cues(r"no longer (?:with|at|work)|left (?:the company|acme)|ne fais plus partie")


# "not sure", "n'est pas sûr", "no estoy seguro", "nicht so gerne": the cue after it is denied.
_NEGATION = re.compile(
    r"(?:\b(?:not|never|hardly|no longer|ne|pas|no|nicht|kein|non|não|niet|geen)|n['’]t)"
    r"[ \t]+(?:(?:really|quite|so|that|too|très|muy|molto|muito|erg|estoy|sono|sou|ben)"
    r"[ \t]+)?"
    # "non mi va bene", "não me está bom", "ne me convient": a pronoun or "is" between.
    r"(?:(?:mi|ti|ci|vi|me|te|nos|lhe|está|esta|è|es)[ \t]+){0,2}$",
    re.IGNORECASE,
)


def unwrapped(text: str) -> str:
    """``text`` with hard line wraps joined: a cue broken over two lines still reads.

    "Can you ping me / again in January?" wrapped at "me" is a defer.

    Its apostrophes are restored too: "cant take this on" typed on a phone is "can't".
    """
    return spelled_out(_WRAP.sub(" ", text))


_WRAP = re.compile(r"[ \t]*\n(?![ \t]*(?:\n|[-*•]|\d+[.)]))[ \t]*")


def said(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of a positive cue that no negation right before it denies."""
    for match in pattern.finditer(text):
        if not _NEGATION.search(text[max(0, match.start() - 30) : match.start()]):
            return match
    return None


@dataclass(frozen=True)
class Evidence:
    """What the other readers found in one reply."""

    text: str
    windows: tuple[TimeWindow, ...]
    offered: tuple[TimeWindow, ...]
    link: str | None
    referrals: tuple[Referral, ...]
    auto_reply: bool
    invite: Invite | None
    quoted: bool = False
    # A time named as the slot being moved from or cancelled ("move Tuesday's 3pm to …").
    moved_from: bool = False
    # The reply answers the lines of the user's list of offers, and calls none of them "ours":
    # nothing is agreed yet, so there is no meeting to move.
    answers_offers: bool = False
    # The time the reply moves from or turns down beside its own is one of the user's several
    # offers ("9:30 isn't ideal, could we push it to 10:30?"), none of them called "ours".
    moves_offer: bool = False
    # The quote holds one time and calls it settled ("confirmed for Thursday at 9", an
    # invitation line): a meeting to move, not an offer to answer.
    agreed: bool = False
    # That settled meeting, when the reader knows which of the user's offers it is.
    meeting: TimeWindow | None = None
    # The quote's newest message (the user's) thanks for a chat already held ("Thank you so much
    # for today's call!"): the reply answers those thanks, not the outreach's offers.
    thanked_for_chat: bool = False
    # The quote holds the sender's own yes, then the user's confirmation of that time ("> Thanks
    # Jose, confirmed for Thursday at 19:30" above "> > Thursday 19:30 works for me").
    agreed_twice: bool = False


# "Great, confirmed for Thursday 10/7", "Invitation: Coffee chat @ Thu Oct 7", "c'est noté",
# "bestätigt", "confirmado", "confermato", "bevestigd": the quoted time was agreed.
# "amanhã às 16h já não consigo", "mardi je ne peux plus": a time the sender could make once,
# so one agreed; a new time beside it moves the meeting.
NO_LONGER_CAN = _cues(
    r"(?:can no longer|can't anymore|cannot anymore|no longer (?:make|do|work))",
    r"je ne (?:peux|pourrai) plus|ya no (?:puedo|podré|me (?:va|viene))",
    r"(?:kann|schaffe) (?:ich )?(?:\w+ ){0,2}(?:doch )?nicht mehr|non (?:posso|riesco) più"
    r"|già non (?:posso|riesco)",
    r"já não (?:consigo|posso|dá)|kan (?:ik )?(?:\w+ ){0,2}niet meer",
)
AGREED_QUOTE = _cues(
    r"confirmed|locked in|invitation:|invite (?:is )?(?:sent|on its way)|i've sent an invite"
    r"|confirmé|confirmée|bestätigt|confirmad[oa]|confermat[oa]|bevestigd",
    # "Combinado: quinta às 15h", "Quedamos el lunes 27 a las 9:30": the day settled, said by
    # the user (not "¿combinado?", which asks).
    r"combinad[oa](?![^.?!\n]*\?)"
    r"|quedamos (?:para )?el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|\d)",
    # "Confirming Friday 13 April at 14:30 GST.": the user's yes to the time, said outright (not
    # "Confirming Friday works for you?", which asks).
    # "Confirmando quinta-feira, 2 de dezembro, às 10h00 CT": the same, in Portuguese and Spanish.
    r"(?:confirming|confirmando|je (?:vous |te )?confirme|ich bestätige|(?:te |le )?confirmo"
    r"|(?:ti |le )?confermo|ik bevestig) (?:\w+day|our|the|for|\d|[^.?!\n]{0,30}\d)(?![^.?!\n]*\?)",
    # "Perfect, Thursday at 3pm ET it is. Talk then!": a time settled, and the talk to come;
    # also after the zone's name ("10am Central it is", "15:00 (Stockholm time) it is").
    rf"(?:\d|[ap]\.?m\.?|[ecmp][sd]?t|day|time|{REGION_CLOCKS})\)? it is\b"
    # "16:00 Helsinki time (15:00 Oslo) it is": a bracket that restates the clock elsewhere.
    r"|\(\d{1,2}[:.h]?\d{0,2}[^()\n]{0,30}\) it is\b"
    r"|(?:talk|speak) then"
    r"|(?:see|talk to|speak to|speak with) you (?:then|tomorrow|on \w+day|\w+day)",
    # "Top, dan spreken we donderdag om 10:00. Tot dan!": "talk then" in the other languages.
    r"tot dan|bis dann|até lá|hasta entonces|à tout à l'heure",
    # "Tot woensdag!", "À mercredi !", "¡Hasta el miércoles!": see you on the day, as a
    # sentence of its own ("Ich bin weg bis Mittwoch." is "until").
    r"(?:(?<=^)|(?<=\n)|(?<=[.!] )|(?<=¡))"
    rf"(?:tot|à|hasta el|a|até|bis) (?:{LONG_WEEKDAYS})(?=[ \t]*!)",
)
# "Ótimo, fica então segunda às 16h. Envio o link do Meet.": the user, in the newest message
# quoted, sends the call's link for the one time it names, so that time is settled.
SETTLED_BY_USER = _cues(
    r"i'll send (?:you |over )?(?:the|a) (?:calendar |meet |zoom |teams )?(?:invite|link)"
    r"|je (?:vous |t')envoie (?:le lien|l'invitation)"
    r"|(?:te|le) (?:mando|envío|envio) (?:el enlace|el link|la invitación|el meet|el zoom)"
    r"|ich (?:schicke|sende) (?:Ihnen |dir )?(?:den Link|die Einladung)"
    r"|ti (?:mando|invio) (?:il link|l'invito)"
    r"|(?:envio|envio-lhe|mando|te mando|lhe mando) o (?:link|convite)"
    r"|ik stuur (?:je |u )?(?:de link|de uitnodiging)"
    r"|fica (?:então )?(?:marcado|combinado)|fica então",
    # "Great, Thursday at 15:00 then.": the user's yes to the one time it names, said.
    r"(?:great|perfect|lovely|excellent|brilliant|wonderful),? [^.?!\n]{0,40}\bthen(?=[.!])",
)


STANDS = "asks whether the meeting still stands"
RUNS_LATE = "will be a few minutes late to the agreed meeting"
# "Running 5 min late, sorry!", "J'aurai 5 minutes de retard", "Ik ben 5 minuten later": the
# meeting stays where it is; the sender will join it late.
RUNNING_LATE = _cues(
    r"(?:running|be|am) (?:a (?:few|couple(?: of)?) |\d+ |(?:five|ten|fifteen) )?(?:min|mins"
    r"|minutes) (?:late|behind)",
    r"(?:minutes?|min) de retard|(?:llego|llegaré|voy a llegar) (?:unos )?\d+ minutos tarde"
    r"|vou me atrasar|verspäte mich(?: um \d+ Minuten)?|(?:minuti|min) di ritardo"
    r"|ben (?:\d+|een paar) minuten (?:later|te laat)",
)
# "Are we still on for Thursday at 3?", "Everything still fine for 3pm?", "¿Seguimos en pie?":
# a question whether the meeting stands.
STILL_ON = _cues(
    r"still (?:on|good|fine|ok|okay|happening|a go)\b|still (?:work|suit)s?\b",
    r"toujours (?:d'accord|bon|ok)|on se voit toujours|seguimos en pie|sigue en pie",
    r"bleibt es bei|steht (?:es|das) noch",
    # "Confermato per giovedì?", "Continua de pé?", "Staat donderdag nog?": asked, not said.
    r"ancora confermat[oa]|confermat[oa] per|(?:ainda )?está de pé|continua de pé"
    r"|staat (?:het|dat|\w+dag) nog",
)


def _keeps_agreed(ev: Evidence) -> bool:
    # "Could we do Friday at 2pm instead?" under "confirmed for Thursday at 10" names another of
    # the user's first offers: no longer the meeting, so a move.
    agreed = {slot(w) for w in ((ev.meeting,) if ev.meeting else ev.offered)}
    return any(slot(w) in agreed for w in ev.windows)


def slot(window: TimeWindow) -> tuple[int, time]:
    # Quoted times were written days earlier, so "Tuesday 3pm" may resolve to
    # another week: compare weekday and time of day only. In UTC, because the
    # quote may name a zone ("10am PT") the reply leaves to the Date header.
    start = window.start.astimezone(UTC)
    return start.weekday(), start.time()


def _within(window: TimeWindow, offered: TimeWindow) -> bool:
    """``window`` falls inside a longer time the user offered ("Fri anytime 12-4", "1:30 then").

    The instants are compared, not weekday and clock as in :func:`slot`: a range is picked
    only on the very day it was offered, and the whole meeting must fit inside it.
    """
    if (
        offered.end is None
        or window.end is None
        or offered.end - offered.start <= window.end - window.start
    ):
        return False
    return offered.start <= window.start and window.end <= offered.end


def _picks(window: TimeWindow, offered: TimeWindow, week_later: bool) -> bool:
    """Whether ``window`` is the user's ``offered`` time, perhaps with its date slipped.

    On another date, only a copy of the offer's clock as written may be a slip ("Wed Feb 1 at
    2pm ET" to "Wed Jan 25, 2 PM ET", left in doubt); the same instant of the week on another
    clock ("Wed Feb 1 at 3:30 pm Newfoundland time" to it) was worked out for a day of the
    sender's own, a new offer. So is a copy whole weeks on when the reply says it is a week
    later (``week_later``: "same time, but the following week").
    """
    if window.start == offered.start or _within(window, offered):
        return True
    return (
        slot(window) == slot(offered)
        and window.start.time() == offered.start.time()
        and not (week_later and weeks_on(window.start, offered.start))
    )


def weeks_on(start: datetime, offered: datetime) -> bool:
    """Whether ``start`` is one or two weeks after ``offered``, to the minute."""
    return start - offered in (timedelta(weeks=1), timedelta(weeks=2))


def _windows_intent(ev: Evidence) -> Intent:
    """Picking one of the user's times is accepting; offering their own is proposing.

    The user's times are read from the quoted history when it is there (a
    history that offers none means the time is the sender's own); without
    it, one time and a "works for me" counts as picking.
    """
    if len(ev.windows) != 1:
        return Intent.PROPOSE_TIMES
    if ev.quoted:
        window = ev.windows[0]
        week_later = WEEK_LATER.search(ev.text) is not None
        picked = any(_picks(window, w, week_later) for w in ev.offered)
        return Intent.ACCEPT if picked else Intent.PROPOSE_TIMES
    if said(PICK, ev.text) and not PROPOSE.search(ev.text):
        return Intent.ACCEPT
    return Intent.PROPOSE_TIMES


# "This one works, but a bit later would be easier": a yes that still asks for something else.
_HEDGED = re.compile(
    r"\b(?:but|though|tho|however|unless|except|earlier|later|mais|sauf|plutôt|pero|salvo|aber"
    r"|außer|lieber|però|tranne|mas|exceto|maar|behalve|liever)\b|\?",
    re.IGNORECASE,
)


# "sadly no", "leider", "nicht": a no said beside a yes, which no conflict wording need carry.
_NO_WORD = re.compile(
    r"\b(?:no|not|never|sadly|unfortunately|nein|nicht|leider|non|pas|não|nee|niet|helaas"
    r"|purtroppo|lamentablemente|desafortunadamente|malheureusement)\b",
    re.IGNORECASE,
)


def _offered_on_wall(offered: tuple[TimeWindow, ...], line: TimeWindow) -> list[TimeWindow]:
    """The user's times on the wall clock and day of the time a quoted line offers.

    The line is read alone, without the outreach's "all Brisbane time": its wall clock and
    day are the user's offer, its zone perhaps not.
    """
    wall = line.start.replace(tzinfo=None)
    return [w for w in offered if w.start.replace(tzinfo=None) == wall]


def yes_under_line_said_again(
    answered: tuple[tuple[str, tuple[TimeWindow, ...]], ...],
    windows: tuple[TimeWindow, ...],
    offered: tuple[TimeWindow, ...],
) -> bool:
    """Whether the one yes under a quoted line names that line's own instant, and nothing else.

    "> - Monday 3 April, 4:15pm" then "That suits! (8:15 here)": the clock in the answer says
    the user's time again on the sender's side, and the reading is that very instant. A
    counter at another instant, a question, a hedge or a no in the answer ("Works, sadly no",
    "How about 11 Mountain the same day?") leaves the reading in doubt.
    """
    yeses = [(answer, on_line) for answer, on_line in answered if said(PICK, unwrapped(answer))]
    if len(yeses) != 1 or len(yeses[0][1]) != 1 or len(windows) != 1:
        return False
    answer, (line,) = yeses[0]
    mine = _offered_on_wall(offered, line)
    return (
        len(mine) == 1
        and windows[0].start == mine[0].start
        and not _HEDGED.search(answer)
        and not offers_in_words(answer)
        and not CONFLICT.search(answer)
        and not _NO_WORD.search(answer)
    )


def picked_under_line(
    answered: tuple[tuple[str, tuple[TimeWindow, ...]], ...],
    offered: tuple[TimeWindow, ...],
    picked: TimeWindow | None,
) -> TimeWindow | None:
    """The pick, read from or held against the one quoted line an inline yes sits under.

    ``answered`` pairs each answer written between quoted lines with the times the line above
    it offers; ``picked`` is what the rest of the reply picks. When exactly one answer says
    yes, under a line offering one time: "This one works!" picks that time, if the answer
    names no day and writes no digit of its own, asks or hedges nothing and the time is one
    of the user's; a pick read elsewhere ("Works for me, or maybe Thursday?" under Wednesday's
    line) stands only if it is that time.
    """
    # Only a word of picking: "I'm in the lab all afternoon" says "I'm in", no yes to the line.
    yeses = [(answer, on_line) for answer, on_line in answered if said(PICK, unwrapped(answer))]
    if len(yeses) != 1 or len(yeses[0][1]) != 1:
        return picked
    answer, (line,) = yeses[0]
    if picked is not None:
        return picked if slot(picked) == slot(line) else None
    if (
        _DIGIT.search(answer)
        or find_dates(answer, _ANY_DAY, day_first=None)
        or _HEDGED.search(answer)
        or PART_OF_DAY.search(answer)
        or offers_in_words(answer)
    ):
        return None
    mine = [w for w in offered if slot(w) == slot(line)]
    if not mine and all(
        _NO_WORD.search(other) for other, on_line in answered if on_line and other is not answer
    ):
        # "27 no, 29 no, 4 sì" under the lines of an outreach "all Karachi time": the line read
        # alone is on the sender's clock, so its wall clock names the user's time. Only where
        # every other line is answered no: a yes the reader misses there would be a second pick.
        mine = _offered_on_wall(offered, line)
    return mine[0] if len(mine) == 1 else None


_DIGIT = re.compile(r"\d")
# "the afternoon ones", "mornings are out", "works for me in the morning": a part of the day.
PART_OF_DAY = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(p) for p in sorted(PARTS_OF_DAY, key=len, reverse=True))
    + r")s?(?![\w-])",
    re.IGNORECASE,
)
# Only whether a day is named matters, not which date it is.
_ANY_DAY = date(2001, 1, 1)


# "Let's do 10 on Thursday": an hour the reader could not pin down; the day alone is no pick.
# "Feb 8 works", "2/8 works": the number is the day of a date (after a month or a slash).
_LOOSE_HOUR = re.compile(
    r"\b(?:at|do|around|say|by)[ \t]+\d{1,2}\b"
    r"|(?<![/.\d])\b(?P<hour>\d{1,2})(?::\d\d)?[ \t]+(?:on|works)\b",
    re.IGNORECASE,
)
_MONTH_BEFORE = re.compile(rf"\b(?:{_LONG_MONTHS}|{_SHORT_MONTHS})\.?[ \t]+$", re.IGNORECASE)


def _loose_hour(text: str) -> bool:
    # "Thursday 10 works", "thurs 10 works": the number right after the day is checked against
    # the offer (_number_fits), not loose.
    after_day = {m.start("number") for m in _DAY_NUMBER.finditer(text) if m["number"]}
    return any(
        m["hour"] is None
        or not (_MONTH_BEFORE.search(text[: m.start()]) or m.start("hour") in after_day)
        for m in _LOOSE_HOUR.finditer(text)
    )


# "I'll have my assistant send you some times": the times are still to come.
_WILL_SEND = _cues(
    r"(?:i'll|i will|we'll|will)[^.?!\n]{0,30} send (?:you |over )?"
    r"(?:some|a few|a couple(?: of)?|my|our)? ?"
    r"(?:times|options|slots|availability|an invite|a calendar invite)",
    r"vous enverrai|te (?:mando|envío|envio|mandarei|enviarei)|le (?:mando|envío)"
    r"|(?:schicke|sende) (?:Ihnen|dir)|ti mando|vi mando|(?:stuur|stuurt) (?:je|u)",
)


def _times_to_come(text: str) -> bool:
    """Whether the sender promises times of their own shortly (no invitation for a pick).

    "I'll send you some times in the next few days" holds; "… after my leave in March", "…
    next week" put the answer off to a later period (a defer), and are left as they were.
    """
    sends = _WILL_SEND.search(text)
    if sends is None or sends.group(0).lower().endswith("invite"):
        return False
    stop = min(
        (i for i in (text.find(end, sends.end()) for end in ".?!\n") if i >= 0),
        default=len(text),
    )
    return WHEN_AGAIN.search(text, sends.end(), stop) is None


# "I'd rather not commit to something I'd end up cancelling on you": a cancel only imagined,
# of a meeting not yet agreed, is a reason to say no, not a meeting called off.
_IMAGINED = re.compile(
    r"\b(?:end(?:ing)? up|finir(?:ais|ait) par|acabar(?:ía|ia)|finirei per|am Ende"
    r"|uiteindelijk"
    # "rather not commit to something I'd then have to cancel", "algo que luego tendría que
    # cancelar": a cancel the sender would be driven to, were they to say yes.
    r"|(?:would|i'd|i['’]d)(?:[ \t]+(?:then|later|just|only))?[ \t]+(?:have|need)[ \t]+to"
    r"|tendr(?:ía|ia|íamos|iamos)[ \t]+que|faudrait|devr(?:ais|ait)[ \t]+(?:ensuite|alors|après)"
    r"|dovrei(?:[ \t]+poi)?|teria[ \t]+(?:que|de)|zou(?:den)?[ \t]+(?:\w+[ \t]+)?moeten)"
    r"[ \t]+(?:\w+[ \t]+)?$",
    re.IGNORECASE,
)
# German puts the modal after the verb: "einen Termin, den ich dann absagen müsste".
_IMAGINED_AFTER = re.compile(r"^[ \t]+(?:müsste|müssten|würde|würden)\b", re.IGNORECASE)


# The answer hangs on the sender's own question, which the user answers first: "Is this about
# the role we posted? If so, please apply through the portal - I can't take calls outside the
# process" (a clause opening on "if so", "if yes", "if that's the case" …, running to the end of
# its sentence: "boreal.io" ends none), or "Are you a student? Happy to help if so." (up to six
# words, then "if so": "My office is 412 Harlan Hall if you are" is no such clause).
_IF_SO = re.compile(
    r"\?[ \t\n]+(?:(?P<lead>(?:\w+[ \t,]+){1,6})if so"
    r"|if so|if yes|if that'?s (?:the case|so|it)|if it is|if you are)\b"
    r"(?P<rest>[^!?]*?(?:[.!](?=\s|$)|\n[ \t]*\n|$))?",
    re.IGNORECASE,
)
# "Either way, I don't take these calls", "in any case, no": the no stands whatever the answer.
_WHATEVER_THE_ANSWER = re.compile(
    r"\b(?:either way|regardless|in any case|in either case|anyway|whatever the answer)\b",
    re.IGNORECASE,
)


def _no_hangs_on_question(text: str) -> bool:
    """Whether every no in ``text`` sits inside an "If so, …" answering the sender's question."""
    spans = [m.span() for m in _IF_SO.finditer(text) if m["rest"] is not None and not m["lead"]]
    if not spans or _WHATEVER_THE_ANSWER.search(text):
        return False
    noes = [m.start() for m in (*DECLINE.finditer(text), *FIRM_DECLINE.finditer(text))]
    return bool(noes) and all(any(a <= at < b for a, b in spans) for at in noes)


def _yes_hangs_on_question(text: str) -> bool:
    """Whether words after the sender's question wait on it: "Happy to help if so".

    A bare "If so, apply through the portal" opening is weighed by `_no_hangs_on_question`
    alone ("… Either way, I can't take calls" stays a no).
    """
    return any(m["lead"] for m in _IF_SO.finditer(text))


def _asks_first(text: str) -> bool:
    """Whether the sender asks something of the user before answering."""
    return bool(ASKS_FIRST.search(text)) or _yes_hangs_on_question(text)


def _imagined(text: str, at: int, end: int) -> bool:
    return bool(
        _IMAGINED.search(text[max(0, at - 40) : at]) or _IMAGINED_AFTER.match(text[end : end + 12])
    )


def hedged_move(text: str) -> bool:
    """Whether a cancel or move word in ``text`` is one that may yet come ("I might cancel")."""
    return any(
        hedged(text, m.start()) for pattern in (CANCEL, RESCHEDULE) for m in pattern.finditer(text)
    )


# "Anything but Friday works", "tout sauf vendredi": the day named is the one ruled out.
# ("Cualquier día menos el viernes"; not "las 10 menos cuarto" nor "más o menos".)
EXCEPT = re.compile(
    r"\b(?:(?:any(?:thing| day| time)?|all|every(?:thing| day)?|whatever)[ \t]+but"
    r"|except|other than|apart from|sauf|excepté|excepto|salvo|außer|ausser|tranne|eccetto"
    r"|exceto|behalve|(?<!\d )(?<!o )menos)\b",
    re.IGNORECASE,
)


_DIGIT = re.compile(r"\d")


# "Meglio giovedì, se per te va bene", "Prefiro quinta, pode ser?": the pick, with a check
# that it suits the user, which asks about no other time.
_CHECK_BACK = _cues(
    r"se (?:per )?te va bene|si (?:ça |cela )?(?:vous|te) va(?: bien)?|si te va bien",
    r"(?<=, )pode ser(?=[ \t]*\?[ \t]*$)",
)


def _checks_back(text: str, ask: re.Match[str]) -> bool:
    return any(c.start() <= ask.start() < c.end() for c in _CHECK_BACK.finditer(text))


def picked_offer(
    text: str, days: tuple[date, ...], offered: tuple[TimeWindow, ...]
) -> TimeWindow | None:
    """The one offered time an accept with no time of its own picks, else ``None``.

    "Thursday works" picks the user's only Thursday time; "Works for me, see
    you then" picks the user's only time. Two candidates are no pick.
    """
    sends = _WILL_SEND.search(text)
    # "Friday works - I'll send an invite": an invite for the day picked confirms the pick;
    # with no day picked it may be for any time.
    if sends and not (days and sends.group(0).lower().endswith("invite")):
        return None
    place = ordinal_place(text)
    in_time = time_place(text, len(offered))
    if place is not None and len(offered) > 1 and not days:
        # "2nd one works!": the user's list, in the order the user wrote it.
        if in_time is not None:
            return None
        return offered[place] if -len(offered) <= place < len(offered) else None
    if in_time is not None and len(offered) > 1 and not days:
        # "Both are fine, let's do the earlier one": the user's times, in time order.
        return sorted(offered, key=lambda w: w.start)[in_time]
    if days:
        # "Sure, how about Tuesday?" asks; "the Wednesday option is fine" picks. A bare "or"
        # offers only between days ("Tuesday or Thursday"), not in "a call or video?".
        asks = [
            m
            for m in PROPOSE.finditer(text)
            if (len(set(days)) > 1 or m.group(0).lower() not in OR_WORDS)
            and not _checks_back(text, m)
        ]
        if (
            not (said(PICK, text) or said(ACCEPT, text))
            or asks
            or _loose_hour(text)
            or EXCEPT.search(text)
        ):
            return None
        matching = [w for w in offered if w.start.date() in days and _number_fits(text, w)]
        weekdays = {d.weekday() for d in days}
        if not _DIGIT.search(text) and any(
            w.start.weekday() in weekdays and w not in matching for w in offered
        ):
            # "Thursday works" to a Thursday this week and one next week: the grammar takes
            # the nearest, but the user offered both.
            return None
        return matching[0] if len(matching) == 1 else None
    if len(offered) == 1 and said(PICK, text):
        return offered[0]
    return None


# A reply that is only a day and a clock ("thurs 930", "the 4th @ 11 👍", "Fr 14 Uhr",
# "Friday!"): its words, a clock ("9:30", "9h30"), a number ("930", "14h", "4th", "2pm"), or
# anything else (emoji and stops are no words).
_TERSE_WORD = re.compile(r"\d{1,2}[:.h]\d{2}\b|\w+")
_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th", "er", "e")
_TERSE_NUMBER = re.compile(r"(?P<digits>\d{1,4})(?P<suffix>st|nd|rd|th|er|e|h|u|am|pm)?")
# Words such a pick may carry besides its day and clock: "at", "um … Uhr", "please", "then".
_TERSE_FILLER = frozenset(
    {"the", "at", "on", "um", "uhr", "à", "a", "las", "alle", "às", "om", "u", "h", "am", "pm",
     "please", "pls", "plz", "then", "alors", "dann", "entonces", "allora", "então", "dan",
     "le", "el", "il", "de", "den", "der", "op"}
)  # fmt: skip


def _fits(number: re.Match[str], offer: TimeWindow) -> bool:
    """Whether a number written beside a day is ``offer``'s date, or its clock in any short form."""
    digits, suffix = number["digits"], (number["suffix"] or "").lower()
    start = offer.start
    if suffix in _ORDINAL_SUFFIXES:
        return int(digits) == start.day
    hour12 = (start.hour - 1) % 12 + 1
    if suffix in ("am", "pm"):
        clocks = {f"{hour12}{start.minute:02d}"} | ({str(hour12)} if not start.minute else set())
        return digits in clocks and (suffix == "pm") == (start.hour >= 12)
    clocks = {f"{h}{start.minute:02d}" for h in (start.hour, hour12)} | {
        f"{start.hour:02d}{start.minute:02d}"
    }
    if not start.minute:
        clocks |= {str(start.hour), str(hour12)}
    return digits in clocks or (not suffix and int(digits) == start.day)


def terse_pick(
    text: str, offered: tuple[TimeWindow, ...], ignored: frozenset[str] = frozenset()
) -> TimeWindow | None:
    """The one offered time a reply of only a day and a clock names, else ``None``.

    "thurs 930" to Thursday 9:30 and Friday 2pm picks Thursday: written to the user's list,
    the whole reply says which. Anything more (a question, "not", "or", a word the reader
    does not place) leaves it unread, as does a day or a number that fits two offers or none.
    ``ignored`` holds the sender's names, signed under it.
    """
    if "?" in text or not offered:
        return None
    weekdays: set[int] = set()
    numbers: list[re.Match[str]] = []
    for word in _TERSE_WORD.findall(text.lower()):
        day = WEEKDAYS.get(word, SHORT_WEEKDAYS.get(word))
        if day is not None:
            weekdays.add(day)
        elif (number := _TERSE_NUMBER.fullmatch(word.replace(":", "").replace(".", ""))) or (
            number := _TERSE_NUMBER.fullmatch(word.replace("h", "", 1))
        ):
            numbers.append(number)
        elif word not in _TERSE_FILLER and word not in ignored:
            return None
    # A day must be named: by its name, or by its date ("the 4th").
    if not weekdays and not any(n["suffix"] in _ORDINAL_SUFFIXES for n in numbers):
        return None
    fitting = [
        w
        for w in offered
        if (not weekdays or weekdays == {w.start.weekday()}) and all(_fits(n, w) for n in numbers)
    ]
    return fitting[0] if len(fitting) == 1 else None


# What a yes to an hour alone may say besides it: "2pm works", "10 suits me", "3pm is fine".
_HOUR_YES = frozenset(
    {"works", "work", "suits", "suit", "is", "good", "fine", "great", "perfect", "ok", "okay",
     "for", "me", "best", "sounds"}
)  # fmt: skip


def hour_pick(
    text: str,
    offered: tuple[TimeWindow, ...],
    written: datetime | None,
    ignored: frozenset[str] = frozenset(),
) -> TimeWindow | None:
    """The one offered time a reply of only an hour (and a yes) names, else ``None``.

    "2pm works" to Tuesday 10:00 and Thursday 14:00 picks Thursday, when the sender writes on
    the user's clock (the Date header's offset is the offer's). Not a number that may be an
    option's place ("2 works" to two offers) or an offered date ("10 works" beside Wednesday
    10 May), nor an hour two offers share, nor anything else in the reply.
    """
    if "?" in text or not offered or written is None:
        return None
    numbers: list[re.Match[str]] = []
    for word in _TERSE_WORD.findall(text.lower()):
        number = _TERSE_NUMBER.fullmatch(word.replace(":", "").replace(".", ""))
        if number is not None and number["suffix"] not in _ORDINAL_SUFFIXES:
            numbers.append(number)
        elif word not in _TERSE_FILLER and word not in _HOUR_YES and word not in ignored:
            return None
    if len(numbers) != 1:
        return None
    (number,) = numbers
    if not number["suffix"] and len(number["digits"]) <= 2:
        bare = int(number["digits"])
        if bare <= len(offered) or any(bare == w.start.day for w in offered):
            return None
    # A bare number that is an offered date was left out above, so what fits is a clock.
    fitting = [w for w in offered if _fits(number, w)]
    if len(fitting) != 1 or fitting[0].start.utcoffset() != written.utcoffset():
        return None
    return fitting[0]


# "Fri 6 is good": a bare number right after a weekday, the hour or the date of the day's offer;
# "thurs 930 works", "Tue 1130": three or four digits there are a clock with its colon left out.
_DAY_NUMBER = re.compile(
    rf"\b(?:{alternation(WEEKDAYS)})\.?,?[ \t]+(?:(?P<number>\d{{1,2}})(?:st|nd|rd|th)?"
    r"|(?P<hour>\d{1,2})(?P<minute>[0-5]\d))\b(?![:./]\d)",
    re.IGNORECASE,
)


def _number_fits(text: str, offer: TimeWindow) -> bool:
    """Whether every number written right after a weekday is ``offer``'s whole hour or date.

    "Fri 6 is good" to a Friday 6pm offer picks it; "Fri 4 is good" names another hour, and
    reading the weekday alone would book the user's time over the sender's.
    """
    start = offer.start
    # "Thu 1" to a 1:30 offer may be 1 o'clock: only a whole hour is written as its number.
    hours = (start.hour, start.hour - 12) if start.minute == 0 else ()
    return all(
        int(m["number"]) in (start.day, *hours)
        if m["number"]
        else _clock_fits(m["hour"], start) and int(m["minute"]) == start.minute
        for m in _DAY_NUMBER.finditer(text)
    )


def _clock_fits(hour: str, start: datetime) -> bool:
    """Whether a clock's hour, written with no colon, is ``start``'s.

    "930" may be morning or evening; "0100" and "1300" are read on the 24-hour clock.
    """
    if hour.startswith("0") or int(hour) > 12:
        return int(hour) == start.hour
    return int(hour) in (start.hour, start.hour - 12)


# "Either of the afternoon ones is fine, you pick": the user's times narrowed by a part of day.
_EITHER_OF_PART = re.compile(
    r"\b(?:either|any|both)(?: one)? of (?:the|your|those|these) (?P<part>morning|afternoon"
    r"|evening)s? (?:ones|slots|times|options)\b",
    re.IGNORECASE,
)


# Which part of the day an offer falls in, as the user wrote it; 12:00-13:00 is in none
# (whether "the afternoon ones" counts a 12:30 offer is a guess).
_HALVES = {
    "morning": (time(0), time(12)),
    "afternoon": (time(13), time(17)),
    "evening": (time(17), time.max),
}


def offers_narrowed(text: str, offered: tuple[TimeWindow, ...]) -> tuple[TimeWindow, ...]:
    """The user's offers that "either of the afternoon ones" picks out, else ``()``.

    Every offer must fall in one part of the day, or the subset is not certain.
    """
    match = _EITHER_OF_PART.search(unwrapped(text))
    if match is None:
        return ()
    hours = [w.start.time() for w in offered]
    if not all(any(a <= h < b for a, b in _HALVES.values()) for h in hours):
        return ()
    start, end = _HALVES[match["part"].lower()]
    return tuple(w for w, h in zip(offered, hours, strict=True) if start <= h < end)


def offers_in_words(text: str) -> bool:
    """Whether the words offer a time ("could we do Friday at 2 instead?").

    A cancellation notice repeats the cancelled event's time ("When: Tuesday
    12:00 PM-12:30 PM (UTC-06:00)"); only a time offered in words is new.
    """
    text = unwrapped(text)
    return bool(
        PROPOSE.search(text) or RESCHEDULE.search(text) or said(COUNTER_OFFER, text)
    ) or bool(_INSTEAD.search(text))


_INSTEAD = re.compile(r"\binstead\b", re.IGNORECASE)
# An answer still to come: no time named in the reply is picked or offered yet.
HOLDS_ANSWER = "will answer once they have looked"
NO_CUE = "no known cue"
ASIDE = "asks about another matter, its times not for the chat"
# The fallback for a reply whose only cue is a closing question mark.
ASKS_USER = "asks the user something"
# A yes (or a maybe) that waits on a question it asks the user.
ASKS_FIRST_REASON = "asks something before answering"
# A note that opens on someone else's name, sent to the user by mistake.
FOR_SOMEONE_ELSE = "written to someone else"
# The same note, carrying a time or a yes of its own ("Hi Mark, can you look before Thursday's
# meeting at 2pm?"): none of it is the user's, though the reader cannot be sure of that.
TIMES_FOR_SOMEONE_ELSE = "written to someone else, with a meeting of theirs"
# The same, greeting a name the user plainly does not go by (``notanswer.plainly_anothers``):
# nothing to doubt.
TIMES_FOR_NAMED_OTHER = "written to someone else by name, with a meeting of theirs"
# Thanks or a pleasantry after the chat: nothing left to book.
AFTER_THE_CHAT = "thanks after the chat"
ACKNOWLEDGES = "acknowledges the meeting both sides already agreed"
# "My pleasure! Links below. Happy to chat again whenever.": the pleasure of a chat held, then a
# "happy to" that may be a yes to more or to something else; the user reads which.
YES_AFTER_THE_CHAT = "pleasure after the chat, then a yes to something"
# An invitation the reader cannot hold against the user's offered times.
OFFERS_UNSEEN = "calendar invitation, the user's offered times not in view"


_MOVE_IT = (
    r"(?:move|shift|bump|push|change|reschedule) (?:it|this|the (?:invite|invitation|event|time"
    r"|slot))(?: around)?"
)
_IF_BAD = (
    r"if (?:it['’]s|it is|that['’]s|that is|this is|the time['’]s|the time is) (?:bad|awkward"
    r"|no good|not (?:good|great|ideal)|a problem|too (?:early|late))"
    r"|if (?:it|that|this|the time) (?:doesn['’]t|does not|won['’]t) (?:work|suit)"
    r"|if (?:needed|necessary|you need to)"
)
_YOURS_TO_MOVE = (
    rf"\b(?:(?:feel free|free|you['’]re welcome|go ahead and) to |you can |just ){_MOVE_IT}\b"
    # "None of your slots worked so I sent this one - happy to move it": the sender offers to
    # move the invitation just sent, should it not suit; nothing agreed is moved.
    # ("I can move it to Friday" names where the sender moves it.)
    r"|\b(?:(?:i['’]m |i am |i['’]d be |i would be )?(?:happy|glad|willing) to"
    rf"|(?:i )?can(?: always)?) {_MOVE_IT}\b(?![ \t]+(?:to|from|forward|back|up|out)\b)"
    r"|\b(?:je peux|je serais ravie? de|volontiers pour) (?:le|la) (?:d[ée]placer|d[ée]caler)"
    r"|\b(?:puedo|encantad[oa] de|con gusto lo) (?:moverl[oa]|cambiarl[oa]|muevo|cambio)"
    r"|\b(?:ich kann (?:ihn|es|den Termin) (?:gerne? )?|gerne? )verschieben"
    r"|\b(?:posso|felice di|volentieri lo) (?:spostarl[oa]|cambiarl[oa]|sposto)"
    r"|\b(?:posso|fico feliz em) (?:remarc[áa]-l[oa]|mud[áa]-l[oa]|mov[êe]-l[oa])"
    r"|\bik kan (?:het|hem) (?:gerust |ook )?(?:verplaatsen|verzetten|verschuiven)"
    rf"|\b{_MOVE_IT} (?:{_IF_BAD})\b|\b(?:{_IF_BAD})[,!]? (?:just |please )?{_MOVE_IT}\b"
    r"|n['’]h[ée]sitez pas [àa] (?:le|la) (?:d[ée]placer|d[ée]caler|modifier)"
    r"|\b(?:d[ée]placez|d[ée]calez)-(?:le|la) si\b"
    r"|\b(?:si[ée]ntete|si[ée]ntase) libre de (?:moverl[oa]|cambiarl[oa])"
    r"|\bsi no te (?:va|viene bien),? (?:puedes )?(?:moverl[oa]|cambiarl[oa])"
    r"|\b(?:kannst du|können Sie|könnt ihr) (?:ihn|es|den Termin|die Einladung) (?:gerne?|ruhig"
    r"|einfach) verschieben|\bfalls (?:es|das|der Termin) (?:nicht passt|ungünstig ist),?"
    r" (?:einfach |gerne? )?verschieben"
    r"|\bsentiti libero di (?:spostarl[oa]|cambiarl[oa])"
    r"|\bfique [àa] vontade para (?:remarcar|mudar|mover)"
    r"|\bvoel je vrij om (?:het|hem) te (?:verplaatsen|verzetten|verschuiven)"
)
# "Sent an invite for Thursday - shout if it doesn't work and we'll find another slot": a way
# out of the new invitation, not a meeting moved.
_FALLBACK = re.compile(
    r"\bif (?:that|it|this|the time) (?:doesn't|does not|won't|don't|can't) (?:work|suit|fit)\b"
    r"[^.?!\n]{0,40}?\b(?:find|pick|choose) (?:another|a different) (?:day|time|slot)\b"
    r"|\b(?:find|pick|choose) (?:another|a different) (?:day|time|slot) if (?:that|it|this"
    r"|the time) (?:doesn't|does not|won't|don't|can't) (?:work|suit|fit)\b"
    # "Move it if it's bad!", "feel free to shift it", "n'hésitez pas à le décaler", "können Sie
    # gerne verschieben": the user may move the invitation just sent. The sender moves nothing.
    rf"|{_YOURS_TO_MOVE}",
    re.IGNORECASE,
)


# "Thursday 29th 10:30 your time is fine, invite attached": a clock called fine, a few words
# (its zone, "Uhr") between ("Your times are fine - sent this for Tuesday" names no clock).
_FINE = re.compile(
    r"\d(?:[:.h]\d\d)?(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[^\W\d]+){0,3}?[ \t]+"
    r"(?:(?:is|'s) (?:fine|good|ok|okay|great)|está bien|va bene|está bom|is goed|ist gut"
    r"|c['’]est bon)\b"
    # "Tuesday at 1 it is - sending this over": the clock settled on, as its own clause.
    r"|\d(?:[:.h]\d\d)?(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[^\W\d]+){0,3}?[ \t]+it is"
    r"(?:[ \t]+then)?(?=[ \t]*(?:[-–—.,;:!)]|$))",
    re.IGNORECASE | re.MULTILINE,
)


def _fine_at_invite(ev: Evidence, invite: Invite, text: str) -> bool:
    """Whether the words call a clock fine, and the invitation is at a time the words name.

    The time named and the time sent are one, so the words take it as "works" would (a
    clock that is not the invitation's is doubted as words beside it).
    """
    return (
        invite.window is not None
        and any(w.start == invite.window.start for w in ev.windows)
        and said(_FINE, text) is not None
    )


# "Je vous ai envoyé une invitation pour mercredi, votre créneau de 19h30", "sent an invite
# for your Thursday 3pm slot": the words call the invitation's time one the user offered.
_THEIR_SLOT = _cues(
    r"your (?:[\w:.]+ ){0,2}slot|one of your (?:[\w:.]+ )?(?:slots|times|options)",
    r"(?:votre|ton) créneau|(?:l'un|un) de (?:vos|tes) créneaux",
    r"(?:tu|su) (?:hueco|franja)|(?:uno|una) de (?:tus|sus) (?:huecos|franjas|opciones)",
    r"(?:Ihr|Ihren|dein|deinen) (?:Zeitfenster|Slot|Zeitslot|Terminvorschlag)",
    r"(?:il )?tuo (?:slot|orario proposto)|uno dei tuoi (?:slot|orari)",
    # "seu horário" alone is also "your schedule" ("espero que encaixe no seu horário").
    r"um dos seus horários",
    r"(?:jouw|uw) (?:tijdslot|slot)|een van (?:jouw|uw) (?:tijdsloten|slots|tijden)",
)
# A sentence naming the user's slot that also turns something down ("your slot doesn't work
# for me", "votre créneau tombe mal, malheureusement") says nothing of which time was sent.
_SLOT_TURNED_DOWN = re.compile(
    r"\b(?:not|no|none|neither|never|pas|ne|nicht|kein\w*|non|não|niet|geen|nunca|ni|clash\w*"
    r"|conflict\w*|taken|full|packed|gone|unfortunately|sorry|instead|malheureusement|désolée?"
    r"|plutôt|lamentablemente|perdón|leider|stattdessen|purtroppo|invece|infelizmente|helaas"
    r"|tombe mal|other|another|autre|otro|otra|andere\w*|altro|altra|outro|outra|ander\w*)\b"
    r"|n['’]t\b",
    re.IGNORECASE,
)


def _at_their_slot(text: str) -> bool:
    """Whether a sentence calls the time sent the user's own slot, and turns nothing down."""
    return any(
        _THEIR_SLOT.search(sentence) and not _SLOT_TURNED_DOWN.search(sentence)
        for sentence in (text[a:b] for a, b in sentence_spans(text))
    )


# "If Friday is a weekend day for you, tell me and I will find another day": another day should
# the one sent not suit, whatever the condition is.
_OTHER_DAY_IF = re.compile(
    r"\bif\b[^.?!\n]{0,80}?\b(?:find|pick|choose) (?:another|a different) (?:day|time|slot)\b",
    re.IGNORECASE,
)


def _invite_moves(ev: Evidence, invite: Invite, text: str) -> bool:
    """Whether the invitation moves a meeting rather than sending a first time.

    A later SEQUENCE updates one already sent. Words of moving count unless they are the way
    out of this invitation; and while the quote shows only the user's offers, agreed nothing,
    and the words name no meeting of "ours", another day found on a condition is that way
    out too: there is no meeting to move.
    """
    if invite.sequence > 0:
        return True
    left = _FALLBACK.sub(" ", text)
    if ev.offered and not ev.agreed and not NAMES_OUR_MEETING.search(text):
        left = _OTHER_DAY_IF.sub(" ", left)
    return RESCHEDULE.search(left) is not None


def _invite_intent(ev: Evidence, invite: Invite) -> tuple[Intent, str]:
    reason = f"calendar invitation ({invite.method or 'no method'})"
    if invite.method == "CANCEL":
        # "Cancelling Thursday; could we do Friday at 2 instead?"
        return (Intent.RESCHEDULE if ev.windows else Intent.CANCEL), reason
    if invite.method == "REPLY":
        partstat = {"ACCEPTED": Intent.ACCEPT, "DECLINED": Intent.DECLINE}
        return partstat.get(invite.partstat, Intent.OTHER), reason
    text = unwrapped(ev.text)
    if _invite_moves(ev, invite, text):
        return Intent.RESCHEDULE, reason
    # Convention (c): an invitation at one of the user's times books it; at
    # any other time it is an offer the user still has to take.
    if invite.window is not None and ev.offered:
        picked = slot(invite.window) in {slot(w) for w in ev.offered}
        return (Intent.ACCEPT if picked else Intent.PROPOSE_TIMES), reason
    if said(COUNTER_OFFER, text) or said(ALL_REFUSED, text):
        # "None of this week worked, so I've sent an invite for Monday": every time of the
        # user's turned down, the one sent is the sender's own.
        return Intent.PROPOSE_TIMES, reason
    if said(PICK, text) or _fine_at_invite(ev, invite, text) or _at_their_slot(text):
        # "Thursday works, sending the invite", "votre créneau de 19h30": the words say it is
        # the user's time.
        return Intent.ACCEPT, reason
    # Most likely a booking of the user's time, but the reader cannot check which.
    return Intent.ACCEPT, OFFERS_UNSEEN


# Closing words after a question ("Let me know!", "Thanks!") leave it the last thing said.
_AFTERWORD = re.compile(
    r"^[\W_]*(?:let me know|lmk|thanks?(?: so much| again| a lot)?|thank you|cheers|talk soon"
    r"|best|hope (?:that|this) helps|dimmi|fammi sapere|dis-moi|dites-moi|dime|avísame|avisa"
    r"|sag Bescheid|laat (?:het )?(?:me )?weten|me avisa|merci|danke|gracias|grazie|obrigad[oa]"
    r"|bedankt)[\W_]*$|^[\W_]*\S+[\W_]*$",
    re.IGNORECASE,
)
# A question about when or how to meet is part of making the plan, not one asked before it.
_ABOUT_MEETING = re.compile(
    r"\d|\b(?:when|what time|how about|what about|times?|day|days|date|slot|works?|free|available"
    r"|schedule|calendar"
    r"|zoom|teams|meet|phone|call|chat|coffee|quand|heure|jour|cuándo|cuando|hora|día|wann|Uhr"
    r"|Tag|Termin|quando|ora|giorno|dia|wanneer|tijd|dag|uur)\b",
    re.IGNORECASE,
)


def last_question(text: str) -> str | None:
    """The reply's last substantive sentence if it is a question, else ``None``."""
    body = text.strip()
    spans = [(a, b) for a, b in sentence_spans(body) if body[a:b].strip()]
    while spans and _AFTERWORD.match(body[spans[-1][0] : spans[-1][1]]):
        spans.pop()
    if not spans or body[spans[-1][1] : spans[-1][1] + 1] != "?":
        return None
    return body[spans[-1][0] : spans[-1][1]]


def _beside_when(question: str) -> bool:
    """Whether a question asks the user something other than when or how to meet."""
    about_a_day = any(is_weekday(word) for word in re.findall(r"[\w-]+", question))
    return not (_ABOUT_MEETING.search(question) or about_a_day)


def ends_on_question(text: str) -> bool:
    """Whether the reply's last substantive sentence asks the user something besides when.

    "Happy to help, but are you more interested in research or content
    design? Let me know!": the answer decides whether there is a call at all.
    """
    question = last_question(text)
    return question is not None and _beside_when(question)


# "Are you after video or a phone call?", "what are they after?": "after" as what someone wants,
# British and Australian, is no later time asked about ("are you free after 3?" still is).
_AFTER_AS_WANT = re.compile(
    r"\b(?:are|is|were|was|you['’]re|they['’]re|we['’]re) (?:(?:you|they|we|u|just|mostly|really"
    r"|more) ){0,2}after\b(?! (?:the |this |that |next |lunch|work|\d|\w+day))",
    re.IGNORECASE,
)


def asks_when_again(question: str) -> bool:
    """Whether a question asks about a later time ("maybe after the summer?")."""
    return WHEN_AGAIN.search(_AFTER_AS_WANT.sub(" ", question)) is not None


def asks_beside_when(text: str) -> bool:
    """Whether any sentence of the reply asks the user something besides when, or later."""
    body = text.strip()
    return any(
        body[b : b + 1] == "?" and _beside_when(body[a:b]) and not asks_when_again(body[a:b])
        for a, b in sentence_spans(body)
    )


# "pas disponible aux créneaux proposés", "not available at the times you suggested": the
# user's own offers, named as a whole; a no said of them turns down those times, not the chat.
_THE_OFFERED_TIMES = _cues(
    r"(?:your|those|these|the (?:proposed|suggested|offered)) (?:times|slots|dates|options)\b"
    r"|the (?:times|slots|dates|options) (?:you (?:proposed|suggested|offered|sent)|proposed"
    r"|suggested|offered)",
    r"(?:aux|les|vos|tes|ces) (?:créneaux|horaires|dates) (?:proposés|suggérés|indiqués)"
    r"|(?:vos|tes) (?:créneaux|horaires)",
    r"(?:los|tus|sus) (?:horarios|huecos) (?:propuestos|sugeridos)|(?:tus|sus) horarios",
    r"(?:die vorgeschlagenen|Ihre|deine) (?:Termine|Zeiten|Terminvorschläge)",
    r"(?:gli|i) orari (?:propost|suggerit)i|(?:i tuoi|i suoi) orari",
    r"(?:os|seus|teus) horários (?:propostos|sugeridos)|(?:seus|teus) horários",
    r"(?:de voorgestelde|je|jouw|uw) (?:tijden|tijdstippen|momenten)",
)


def _names_a_slot(text: str, at: int) -> bool:
    """Whether the sentence around ``at`` names a day or a number.

    "Quinta de manhã não consigo" turns down a time, not the chat.
    """
    a, b = next(((a, b) for a, b in sentence_spans(text) if a <= at <= b), (0, len(text)))
    words = re.findall(r"[\w-]+", text[a:b].lower())
    if any(w in WEEKDAYS or w.isdigit() or w[:1].isdigit() for w in words):
        return True
    # "Deze week lukt het niet meer … Kan het volgende week dinsdag?", "this week I can't, next
    # week?": the no is of the week it names, when the sender moves on to the next week after
    # it ("Thursday is fine. This week doesn't work though" stays a yes and a no).
    return _THIS_WEEK.search(text, a, b) is not None and _NEXT_WEEK.search(text, at) is not None


# The week a no may be of, and the week after it, in each language.
_THIS_WEEK = _cues(alternation(THIS_WEEK_WORDS))
_NEXT_WEEK = _cues(alternation(NEXT_WEEK_WORDS))


# "Jouw tijden komen mij helaas niet goed uit", "your times sadly don't suit": the offered times
# as the subject, a verb and a pronoun at most before the no, no mark or "but" between.
_OFFERS_THEN_NO = re.compile(
    r"^[ \t]+(?:[\w’']+[ \t]+){0,2}$",
    re.IGNORECASE,
)
_BUT_BETWEEN = _cues(r"but|maar|aber|mais|pero|ma|mas")


def _of_the_offers(text: str, start: int, end: int) -> bool:
    """Whether the no from ``start`` to ``end`` is said of the user's offered times.

    Right after it, or as its subject just before it: "not available at the proposed slots"
    turns those down; "not able to help. Your slots were fine" turns down the chat; "your
    times are fine but sadly" is a no of something else.
    """
    found = _THE_OFFERED_TIMES.search(text, end, end + 60)
    if found is not None and found.start() - end <= 8:
        return True
    before = [m for m in _THE_OFFERED_TIMES.finditer(text, max(0, start - 40), start)]
    return any(
        _OFFERS_THEN_NO.match(text[m.end() : start])
        and not _BUT_BETWEEN.search(text[m.end() : start])
        for m in before
    )


def turns_to_no(text: str, noes: re.Pattern[str]) -> bool:
    """Whether a no (a match of ``noes``) comes after the last yes or offer.

    "On paper I'm free. However, … so I'll have to sit this one out." The last
    word is what the sender decided; a time named before it may be the one
    they turn down. A no in a sentence naming a day or a number turns down
    that time only, and does not count.
    """
    starts = [
        m.start()
        for m in noes.finditer(text)
        if said(noes, text[max(0, m.start() - 30) : m.end()]) is not None
        and not _names_a_slot(text, m.start())
        and not _of_the_offers(text, m.start(), m.end())
    ]
    if not starts:
        return False
    yeses = [m.start() for p in (ACCEPT, PICK, PROPOSE) for m in p.finditer(text)]
    return max(starts) > max(yeses, default=-1)


def _refusal_sentences(text: str) -> list[tuple[int, int]]:
    """The spans of the sentences that hold an outright no."""
    spans = []
    for m in FIRM_DECLINE.finditer(text):
        start = max(text.rfind(end, 0, m.start()) for end in ".?!\n") + 1
        stop = min(
            (i for i in (text.find(end, m.end()) for end in ".?!\n") if i >= 0), default=len(text)
        )
        spans.append((start, stop))
    return spans


# "after all", "finalement", "al final", "alla fine", "afinal", "doch nicht", "toch niet": the
# sender goes back on a yes.
_AFTER_ALL = _cues(r"after all|finalement|al final|alla fine|afinal|doch|toch")
# "No worries if you need to move it", "feel free to reschedule": leave given to the user to
# move the chat later, not a move the sender asks for.
_LEFT_TO_USER = re.compile(
    r"(?:if you (?:ever )?(?:need|want|have|'d like|would like) to|feel free to|(?:don't|do not)"
    r" hesitate to|(?:it's |that's )?(?:fine|ok|okay) to)[ \t]+$",
    re.IGNORECASE,
)
_DENIED = re.compile(
    r"(?:\b(?:not|no need to|no point in|never)|n['’]t(?:[ \t]+need[ \t]+to)?)[ \t]+$",
    re.IGNORECASE,
)


# "I'd rather be upfront than keep rescheduling on you": the move is what the sender turns from.
_RATHER_THAN = re.compile(
    # "better to be honest than to keep moving it around": the same preference.
    r"\b(?:rather|better)\b[^.?!\n]{0,60}\bthan[ \t]+(?:to[ \t]+)?(?:(?:keep|keeping|end up"
    r"|ending up|constantly|always)[ \t]+)?$",
    re.IGNORECASE,
)


def _moving_denied(text: str, at: int) -> bool:
    """Whether the reschedule word at ``at`` is denied in a statement: nothing is moved.

    "Let's not reschedule yet, I'll ping you", "no need to reschedule": the sender will not
    move the meeting. Asked, the denial proposes it ("Why don't we reschedule?").
    """
    denied = _DENIED.search(text[max(0, at - 30) : at])
    if not (denied or _RATHER_THAN.search(text[max(0, at - 80) : at])):
        return False
    end = min((i for i in (text.find(c, at) for c in ".?!\n") if i >= 0), default=len(text))
    return text[end : end + 1] != "?"


# "If not, pick another time here: https://…", "or choose a different slot on my Calendly
# (link)": the user is handed a booking page to choose from, on the line the words are on.
_PICK_ON_PAGE = re.compile(
    r"(?:pick|choose|find)[ \t]+(?:another|a[ \t]+different)[ \t]+(?:day|time|slot)"
    r"(?=[^\n]{0,40}(?:https?://|www\.|calendly|hubspot|my[ \t]+(?:calendar|booking)))",
    re.IGNORECASE,
)


def _asks_to_move(text: str, refusing: list[tuple[int, int]], cancels: bool, agreed: bool) -> bool:
    """A reschedule word outside a refusal, a denial, leave given to the user and a moot move.

    Beside a cancel (``cancels``), "something came up" is the reason for it and "let's find
    another time" a wish to meet again (``BESIDE_CANCEL``), not a move.
    Before any meeting is ``agreed``, another time picked on a booking page moves nothing.
    """
    return any(
        not any(a <= m.start() < b for a, b in refusing)
        and not (cancels and BESIDE_CANCEL.fullmatch(m.group(0)))
        and not _moving_denied(text, m.start())
        and not _LEFT_TO_USER.search(text, max(0, m.start() - 40), m.start())
        and not moot(text, m.start(), m.end())
        and (agreed or not _PICK_ON_PAGE.match(text, m.start()))
        for m in RESCHEDULE.finditer(text)
    )


# "Totally unrelated question: could you help at our event Thursday 5:30?": the sender turns to
# another matter, and the times that follow are for it, not for the chat.
_ASIDE = _cues(
    r"(?:(?:totally|completely|entirely|slightly) )?unrelated(?: question| note)?"
    r"|on (?:a|an|another) (?:different|separate|unrelated|other) note|(?:separate|side) question"
    r"|off[- ]topic|(?:changing|to change) the subject"
    r"|(?:question |petite question )?sans rapport|rien à voir|autre sujet|changement de sujet"
    r"|otro tema|cambiando de tema|no tiene nada que ver|nada que ver"
    r"|(?:ganz )?anderes Thema|themenwechsel|hat nichts damit zu tun"
    r"|(?:domanda )?a parte|cambiando argomento|non c'entra|altro argomento"
    r"|outro assunto|mudando de assunto|nada a ver"
    r"|los daarvan|ander onderwerp|iets (?:heel )?anders"
)


def _times_only_aside(text: str) -> bool:
    """Whether every day and clock the reply names comes after it turns to another matter."""
    aside = _ASIDE.search(text)
    if aside is None:
        return False
    before = text[: aside.start()]
    return not (_DIGIT.search(before) or _NAMES_A_DAY.search(before) or PART_OF_DAY.search(before))


# "I need to move our call": a meeting agreed outside the quoted thread (shared with
# certainty.py).
NAMES_OUR_MEETING = re.compile(
    r"\b(?:our|notre|nuestr[ao]|unser\w*|il nostro|la nostra|nosso|nossa|onze)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,3}?"
    r"(?:call|chat|meeting|coffee|appointment|catch-up|slot|appel|rendez-vous|réunion|llamada"
    r"|reunión|cita|Termin|Gespräch|Call|chiamata|appuntamento|chamada|reunião|conversa"
    r"|afspraak|gesprek)\b",
    re.IGNORECASE,
)
OUR = _cues(r"our|notre|nuestr[ao]s?|unser(?:e[mnrs]?)?|nostr[aoie]|noss[ao]s?|onze")
# "I'm going to bow out of this one": backing out, which before any agreement turns down.
_BACKS_OUT = _cues(BAIL)
_RELATIVE_DAY = re.compile(rf"(?<![\w-])(?:{alternation(RELATIVE_DAYS)})(?![\w-])", re.IGNORECASE)
# "Why don't we reschedule?", "could we move it to Friday?", "¿podemos pasarlo al viernes?": the
# word, or the meeting as its object, says something was scheduled.
_RESCHEDULED = _cues(
    r"reschedul\w*|(?:move|moving|shift|push|pushing|bump|postpone|prepone)\w*"
    r" (?:it|this|that|them|the [\w-]+)|\w+rl[oa]"
)


def _offers_moved_off(ev: Evidence, text: str) -> bool:
    """Whether a move under the user's list of offers puts the chat on days of the sender's own.

    "Could we push to next week? Tuesday at 9 works for me" to three offered times: nothing was
    agreed, so what moves is the user's proposal, and the new days answer it. A new time on
    an offered day ("Friday works, can we push to 11?"), or one of the user's days named and
    left ("something came up Thursday", "have to bail on tomorrow at 2"), may move a pick;
    "our call", "reschedule" and "move it" name a meeting agreed out of the thread's view: all
    stay a move.
    """
    if (
        len(ev.offered) < 2
        or ev.agreed
        or ev.moved_from
        or not ev.windows
        or OUR.search(text)
        or _RESCHEDULED.search(text)
        or _RELATIVE_DAY.search(text)
    ):
        return False
    tz = ev.windows[0].start.tzinfo
    offered = {o.start.astimezone(tz).date() for o in ev.offered}
    new = {w.start.date() for w in ev.windows}
    named = {WEEKDAYS[m.group(0).lower()] for m in _WEEKDAY.finditer(text)}
    left = {day.weekday() for day in offered} - {day.weekday() for day in new}
    return not (offered & new or named & left)


# A day named beside a cancel word is the meeting called off ("have to bail on tomorrow").
_NAMES_A_DAY = re.compile(rf"(?:\b(?:{LONG_WEEKDAYS})\b|{_RELATIVE_DAY.pattern})", re.IGNORECASE)
# "Depois combinamos outra vez, ok?", "on en reparle plus tard, d'accord ?": a tag that asks
# only for a nod, closing a sentence that puts the talk off to some later time.
_TAG_QUESTION = re.compile(
    r"[^.!?\n¿]*,[ \t]*¿?(?:ok|okay|alright|tudo bem|tá|né|combinado|vale|dale|de acuerdo|d'accord"
    r"|va bene|oké)[ \t]*\?",
    re.IGNORECASE,
)
_LATER_TALK = re.compile(
    r"\b(?:later|again|another time|some other time|depois|outra vez|de novo|mais tarde"
    r"|plus tard|une autre fois|más adelante|más tarde|otra vez|otro día|più avanti|più tardi"
    r"|un'altra volta|später|nochmal|noch einmal|ein andermal|opnieuw|een andere keer"
    # "Te escrevo quando melhorar, tá?", "I'll write when I'm better, ok?": once the sender is
    # well again, a later with no time.
    r"|(?:when|once) i(?:'m| am) (?:feeling )?better|quando (?:eu )?(?:melhorar|estiver melhor)"
    r"|cuando (?:me )?(?:mejore|esté mejor)|quand (?:j'irai|j’irai|je serai) mieux"
    r"|wenn es mir (?:wieder )?besser geht|quando (?:starò|sto) meglio|als ik (?:weer )?beter ben)"
    r"\b",
    re.IGNORECASE,
)
# A day, a clock, a week or a part of the day in the tagged sentence: "Friday instead, ok?",
# "again next week, ok?" ask about a time.
_TAG_ON_A_TIME = re.compile(
    rf"\d|{_NAMES_A_DAY.pattern}|\b(?:week|semana|semaine|woche|settimana)\b", re.IGNORECASE
)


def _untagged(text: str) -> str:
    """``text`` less the nods it asks of a later talk at no time named ("ok?", "d'accord ?").

    The tag's word is no yes either: "On en reparle plus tard, d'accord ?" keeps nothing.
    """
    return _TAG_QUESTION.sub(
        lambda m: (
            "."
            if _LATER_TALK.search(m.group(0))
            and not (_TAG_ON_A_TIME.search(m.group(0)) or PART_OF_DAY.search(m.group(0)))
            else m.group(0)
        ),
        text,
    )


def _only_for_now(text: str) -> bool:
    """Whether an outright no is said to hold only for now.

    "Not taking these calls for now. Good luck with the move!": a wish for the road says the
    sender is not coming back, whatever "for now" hints, unless they ask to be written again.
    """
    return bool(FOR_NOW.search(text)) and not (GOOD_LUCK.search(text) and not DEFER.search(text))


# "Ahora no puedo", "kann gerade nicht", "je ne peux pas maintenant", "kan nu niet": a "not"
# said of this moment, the two in one clause either way round.
_NOT = r"(?:\b(?:not|no|pas|nicht|non|não|niet)\b|n['’]t\b)"
_NOT_THIS_MOMENT = re.compile(
    rf"{_NOT}[^.!?;:\n]{{0,25}}?\b(?:{THIS_MOMENT})\b"
    rf"|\b(?:{THIS_MOMENT})\b[^.!?;:\n]{{0,25}}?{_NOT}",
    re.IGNORECASE,
)


def _answer_owed_soon(text: str) -> bool:
    """Whether a "not now" comes with the answer promised within the day or the next.

    "Gracias, ahora no puedo. Te contesto mañana", "kann gerade nicht, ich melde mich morgen":
    the sender cannot answer yet and says when they will, a holding note (convention (i)), as
    "can't right now, I'll get back to you tomorrow" is; not a no to the chat, nor the chat put
    off to a later period. An outright no, a "not later either" or a wish for the road says
    the sender is not coming back.
    """
    return (
        _NOT_THIS_MOMENT.search(text) is not None
        and HOLDING.search(text) is not None
        and (_SOON_SAID.search(text) or _TODAY_OR_TOMORROW.search(text)) is not None
        and not FIRM_DECLINE.search(text)
        and not NOT_LATER.search(text)
        and not GOOD_LUCK.search(text)
    )


# "She's on parental leave until April 10", "Lena is traveling until the 24th", "his paternity
# leave", "Hélène has left the company": the absence, or the wait, is someone else's, by the
# clause before it.
_THEIR = re.compile(
    r"(?i:\b(?:she|he|they|her|his|their|elle|ella|él|ele|ela|lei|lui|zij|hij)\b)"
    # "lots of people there happy to chat": others, in a community the reply points to.
    r"|(?i:\b(?:people|folks|others|members)\b)"
    # A name, not a word that opens sentences: "Let's talk later", "It's quiet here".
    r"|\b(?!(?:Let|It|That|This|There|Here|What|Who|Where|How|When|Today|Tomorrow|Everyone"
    r"|Everybody|Nobody|Someone|Everything|Nothing|Life|Work)\b)"
    # "Priya would be glad to": a yes of hers.
    r"[A-ZÀ-Ý][a-zà-ÿ]+(?:['’]s|[ \t]+(?:is|was|has|will[ \t]+be|would))\b"
)
_MINE = re.compile(r"(?i:\b(?:i|i['’]m|i['’]ll|my|me|je|j['’]|ich|ik|yo|io|eu|mon|ma|mes)\b)")
_CLAUSE_START = re.compile(r".*(?:[.!?;,(\n]|\s[–—-]\s)", re.DOTALL)


def of_sender(pattern: re.Pattern[str], text: str) -> bool:
    """Wording of ``pattern`` about the sender, not only about someone the reply names.

    An assistant answering for the one written to speaks of them as "she", and means them.
    """
    if ANSWERS_FOR.search(text):
        return pattern.search(text) is not None
    for found in pattern.finditer(text):
        before = text[max(0, found.start() - 40) : found.start()]
        cut = _CLAUSE_START.match(before)
        clause = before[cut.end() :] if cut else before
        if not _THEIR.search(clause) or _MINE.search(clause):
            return True
    return False


def _resumes_after_absence(text: str) -> bool:
    """An absence, or a day back, beside an ask to talk once it is over."""
    return bool(
        RESUME_AFTER_ABSENCE.search(text) and (OOO_WORDING.search(text) or BACK.search(text))
    )


# "Wir haben gerade viel zu tun", "estoy con mucho trabajo ahora": a "now" that the busy spell
# ends, in the words `WHEN_AGAIN` leaves to other readings.
_BUSY_NOW = _cues(
    r"now|at the minute|gerade|momentan|derzeit|zurzeit|ahora|adesso|agora|nu",
    # "give me a shout in May": the one month ``WHEN_AGAIN`` leaves out for its modal verb.
    r"(?:in|from|after|until|till|by|early|mid|late) (?-i:May)",
)


def busy_alone(text: str) -> bool:
    """Being busy is the reply's only word of a "not now": nothing puts the chat off.

    "We're moving offices Monday morning, so it's a bit hectic here" says how the week is, and
    perhaps no more; "swamped until November, try me then" puts the chat off.
    """
    return bool(
        BUSY.search(text)
        and not DEFER.search(text)
        and not DEFER_TO_MONTH.search(text)
        and not WHEN_AGAIN.search(text)
        and not _BUSY_NOW.search(text)
        and not _resumes_after_absence(text)
    )


def _points_on(text: str) -> bool:
    """A referral cue in a sentence that is not a stand-in's while the sender is away.

    "Back on the 24th, happy to chat after that." above a pasted notice's "For urgent matters
    please contact Jo Park": the stand-in is no one to meet instead (convention (f)).
    """
    return any(
        REFERRAL_CUE.search(text, a, b) and not _URGENT.search(text, a, b)
        for a, b in sentence_spans(text)
    )


# "Estoy de baja, pero te paso a Javier Ortega. Le pongo en copia.": "but" sets the person
# against the absence, and copying them onto the thread hands the request over.
_BUT = re.compile(r"(?i:\b(?:but|pero|mais|aber|ma|mas|maar)\b)")
_COPIED_IN = _cues(COPIED_IN)


def _away_but_refers(text: str) -> bool:
    """An absence, then "but" and someone to talk to in its sentence, who is copied in.

    Written by hand. "Ik zit tot 3 april met verlof, maar neem contact op met Bram Visser"
    with no one copied may name a stand-in while away (convention (f)): still doubted.
    """
    if not _COPIED_IN.search(text):
        return False
    for a, b in sentence_spans(text):
        away = OOO_WORDING.search(text, a, b)
        contrast = away and _BUT.search(text, away.end(), b)
        if contrast and REFERRAL_CUE.search(text, contrast.end(), b):
            return True
    return False


def _also_points(text: str) -> bool:
    """Whether "also" stands in a sentence that points to someone: besides the sender.

    "- Camille Laurent, who runs ops - she's also a former planner" tells about the person;
    "you might also want to talk to Ravi" names someone as well as the sender.
    """
    return any(
        ALSO.search(text, a, b) and REFERRAL_CUE.search(text, a, b) for a, b in sentence_spans(text)
    )


# A day, a week, a month or a number: when "later" is.
_DATED = re.compile(
    rf"\d|{_NAMES_A_DAY.pattern}"
    rf"|\b(?:{_LONG_MONTHS}|{_NEXT_MONTH}|{alternation(NEXT_WEEK_WORDS)})\b",
    re.IGNORECASE,
)


def _later_left_open(text: str) -> bool:
    """Whether the text puts the talk off ("on se recontacte plus tard") to no day it names."""
    later = [m.start() for m in DEFER.finditer(text)]
    return bool(later) and not any(
        _DATED.search(text, a, b)
        for a, b in sentence_spans(text)
        if any(a <= at <= b for at in later)
    )


def classify(ev: Evidence) -> tuple[Intent, str]:
    """The intent, and a short reason for the readable summary."""
    intent, reason = _classify(ev)
    if (
        intent is Intent.DECLINE
        and ev.agreed
        and "?" not in ev.text
        and not _keeps_meeting(ev.text)
    ):
        # "Thursday's not going to happen, sorry", "je ne pourrai pas assurer notre rendez-vous",
        # "non riesco più a esserci giovedì" under a meeting the thread settled: a no to it
        # calls it off. Not beside a yes ("Unfortunately I'm away Friday, but see you
        # Thursday!") nor a question.
        return Intent.CANCEL, f"{reason}, under an agreed meeting"
    return intent, reason


def _put_off_before_agreed(ev: Evidence, text: str) -> bool:
    """A move of the chat itself to a later time, asked before any time was agreed.

    "Pourrions-nous reporter notre échange au mois de mai ? Recontactez-moi début mai": under
    the user's offers only, "postpone" has no meeting to move; with the user asked to write
    again later, it puts the chat off (a defer). Not with a new time of the sender's, nor
    under a meeting the thread agreed, nor a booked call named ("push our call to May"), which
    may have been agreed out of view.
    """
    return (
        not ev.windows
        and not ev.link
        and not ev.agreed
        and not ev.moved_from
        and NAMES_OUR_MEETING.search(text) is None
        and of_sender(DEFER, _LOOKS_THEN_ANSWERS.sub(" ", text))
    )


def _only_offered(ev: Evidence) -> bool:
    """Whether every time the reply names is one the user offered."""
    offered = {w.start for w in ev.offered}
    return bool(offered) and all(w.start in offered for w in ev.windows)


def _keeps_meeting(text: str) -> bool:
    """Whether the reply says yes to the meeting, or that it stands ("see you then")."""
    return bool(said(ACCEPT, text) or AGREED_QUOTE.search(text) or STILL_ON.search(text))


def _classify(ev: Evidence) -> tuple[Intent, str]:
    text = unwrapped(ev.text)
    if (
        ev.invite is not None
        and ev.invite.window is not None
        or (ev.invite is not None and ev.invite.method == "CANCEL")
    ):
        return _invite_intent(ev, ev.invite)
    if ev.auto_reply:
        if NO_LONGER.search(text) and ev.referrals:
            return Intent.REFERRAL, "auto-reply: left, points to someone else"
        if OOO_WORDING.search(text) or BACK.search(text) or not text:
            return Intent.OUT_OF_OFFICE, "auto-reply headers and absence wording"
        if AUTO_AWAY.search(text):
            return Intent.OUT_OF_OFFICE, "auto-reply headers, away at a site or poorly connected"
        if not reads(text):
            # An automatic answer the reader cannot read is most often an absence notice; the
            # unknown language keeps the reading in doubt.
            return Intent.OUT_OF_OFFICE, "auto-reply headers, in a language the reader cannot read"
        return Intent.OTHER, "auto-reply headers, not an absence notice"
    # "2nd one works!" agrees by pointing at the user's list ("the first slot is out" does not).
    # "Priya would be glad to - she's on cc": a yes for someone else is none of the sender's.
    accepting = (said(ACCEPT, text) is not None and of_sender(ACCEPT, text)) or (
        ordinal_place(text) is not None and said(PICK, text) is not None
    )
    # "I'm not taking calls this month, but talk to Jonas": someone named to talk to instead.
    instead = not (accepting and _also_points(text))
    refers = (
        bool(ev.referrals and _points_on(text))
        and not ev.link
        and instead
        and not OWN_ASSISTANT.search(text)
    )
    # "Ik zeg liever nu nee dan dat ik het steeds blijf uitstellen": a reschedule word in the
    # sentence that says no names what the sender will not do.
    refusing = _refusal_sentences(text)
    # "Ich muss Ihnen leider absagen" turns the user down: a cancel word inside an outright no
    # cancels nothing.
    # Under a meeting the thread settled, "ich muss leider absagen" calls that meeting off.
    refusals = [] if ev.agreed else [m.span() for m in FIRM_DECLINE.finditer(text)]
    cancels = any(
        not _imagined(text, m.start(), m.end())
        and not any(a <= m.start() < b for a, b in refusals)
        and not moot(text, m.start(), m.end())
        for m in CANCEL.finditer(text)
    ) or (
        # "Can't do Thursday any more. Friday or Monday?": asked for another day, it may move;
        # "can't do Friday, but see you Thursday": the meeting stands.
        ev.agreed
        and CANT_ATTEND.search(text) is not None
        and "?" not in (untagged := _untagged(text))
        and not _keeps_meeting(untagged)
    )
    # "Me surgió algo, no voy a poder el jueves": under an agreed meeting a no calls it off
    # as a cancel word does.
    off = cancels or (ev.agreed and DECLINE.search(text) is not None and not _keeps_meeting(text))
    if _asks_to_move(text, refusing, off and not ev.windows, ev.agreed):
        if refers and not ev.windows and not ev.moved_from:
            # Nothing is being moved: no new time and no agreed one named.
            return Intent.REFERRAL, "points to someone else"
        if _put_off_before_agreed(ev, text):
            return Intent.DEFER, "puts the chat off to a later time, nothing agreed yet"
        if ev.answers_offers and ev.windows and not ev.moved_from:
            # "> - Wed 2:30 PM MT" then "Could we push to 4ish my time?": a counter-offer.
            return _windows_intent(ev), "answers the user's offers with a time of its own"
        if (
            ev.moves_offer
            and len(ev.windows) == 1
            and not (ev.moved_from or ev.agreed or OUR.search(text))
        ):
            # "Wednesday at 9:30 isn't ideal. Could we push it to 10:30?", "lieber um 10:30
            # statt um 9:30?" under a list of offers: the time moved from is one of the user's
            # offers, turned down, so the new one answers the list (nothing was agreed). One
            # new time only: beside a second ("push it an hour? … the Wednesday one is 10pm
            # Tuesday for me") the second may be an offer restated, which the move's doubts
            # catch. "Need to move our tues 8am slot" names a meeting agreed out of view.
            return _windows_intent(ev), "moves one of the user's offers to a time of its own"
        if _offers_moved_off(ev, text):
            return _windows_intent(ev), "moves the user's offers to days of its own"
        return Intent.RESCHEDULE, "reschedule wording"
    if cancels:
        if ev.windows:
            # "I have to cancel Friday 10am. Would Monday at 11 work instead?"
            return Intent.RESCHEDULE, "cancels one time and offers another"
        if (
            # One offer or none is no booking either: only "can't make it" may turn down that
            # time and not the chat.
            (len(ev.offered) > 1 or _BACKS_OUT.search(text))
            and not ev.agreed
            and not ev.moved_from
            and not _NAMES_A_DAY.search(text)
            and not OUR.search(text)
            and not _AFTER_ALL.search(text)
        ):
            # "I'm going to bow out of this one" under the user's list of times: nothing was
            # booked yet, so backing out turns the request down ("can't make our meeting after
            # all" says one was booked, out of the thread's view).
            return Intent.DECLINE, "backs out before any time was agreed"
        return Intent.CANCEL, "cancel wording"
    if ev.windows and (
        ev.moved_from
        or (ev.quoted and NO_LONGER_CAN.search(text) and not ev.answers_offers)
        or (ev.agreed and not ev.answers_offers and not accepting and not _keeps_agreed(ev))
    ):
        return Intent.RESCHEDULE, "moves an agreed time to another"
    if (
        ev.quoted
        and (asked := last_question(ev.text)) is not None
        and STILL_ON.search(asked)
        # "Does Thursday still work for you?" under the user's offers and no agreed one asks
        # whether that offer still stands, which is no question about a meeting.
        and (ev.agreed or not ev.offered)
    ):
        # "Are we still on for Thursday at 3?": the user answers; the time is no pick.
        return Intent.OTHER, STANDS
    if ev.agreed and not ev.windows and "?" not in text and RUNNING_LATE.search(text):
        return Intent.OTHER, RUNS_LATE
    if (
        of_sender(OOO_WORDING, text)
        and not ev.windows
        and not accepting
        and not DEFER.search(ANSWERS_ON_RETURN.sub(" ", text))
    ):
        if refers and not ev.auto_reply and (DECLINE.search(text) or _away_but_refers(text)):
            # "I'm on leave until June so I can't, but talk to Rafael": the sender's own no, and
            # someone to meet instead (a notice's stand-in for urgent matters says no "no").
            return Intent.REFERRAL, "away, and points to someone else"
        # "risponderò al rientro" promises an answer to the mail, not a talk once back.
        if RESUME_AFTER_ABSENCE.search(ANSWERS_ON_RETURN.sub(" ", text)):
            return Intent.DEFER, "away, and asks to talk once back"
        if not ev.auto_reply and MUST_DECLINE.search(text) and not FOR_NOW.search(text):
            # "I'm going to have to pass - I've just started parental leave": written by hand,
            # an outright no turns the chat down, and the leave is only its reason.
            return Intent.DECLINE, "an outright no, the absence its reason"
        if not ev.auto_reply and HOLDING.search(text) and _SOON_SAID.search(text):
            # "I'm travelling today; I'll look at my diary tomorrow and get back to you": a
            # short absence written by hand that promises the answer soon is a holding note
            # (convention (i)), not a notice to wait out ("I'll get back to you when I can"
            # from a client site all week is).
            return Intent.OTHER, HOLDS_ANSWER
        return Intent.OUT_OF_OFFICE, "absence wording"
    # "I'm the wrong person - I've cc'd my colleague Priya": someone named to talk to instead.
    if (
        WHO_IS_THIS.search(text)
        and not SELF_WRONG_PERSON.search(text)
        and not ev.windows
        and not (ev.referrals and REFERRAL_CUE.search(text))
    ):
        return Intent.OTHER, "does not know the sender"
    if AFTER_CHAT.search(text) and not ev.windows:
        return Intent.OTHER, AFTER_THE_CHAT
    if refers and not ev.windows:
        return Intent.REFERRAL, "points to someone else"
    if refers and INTRODUCES.search(text) and _only_offered(ev):
        # "Camilo, meet Valeria! … (Tuesday at 11:00 is 11:00 here)": an introduction hands
        # the user's own times on to the person introduced; the sender offers none.
        return Intent.REFERRAL, INTRODUCED
    if ev.windows and not FOR_NOW.search(text) and turns_to_no(text, FIRM_DECLINE):
        # "Monday 10:00 would be free. However, … I'll have to sit this one out": the no wins.
        return Intent.DECLINE, "names a time, then turns it down outright"
    if not ev.windows and not ev.link and _no_hangs_on_question(text):
        # "Is this about the role? If so, apply through our portal - I can't take calls
        # outside the process": a question of the sender's, and a no only if the answer is yes.
        return Intent.OTHER, ASKS_FIRST_REASON
    if not ev.windows and not ev.link and not ev.agreed and _answer_owed_soon(text):
        return Intent.OTHER, HOLDS_ANSWER
    if FIRM_DECLINE.search(text) and not _only_for_now(text) and not ev.windows:
        if _NO_BUT_TELL_ME_MORE.search(text):
            # "Not really doing mentoring at the moment, but tell me a bit more": the no waits
            # on what the user says next.
            return Intent.OTHER, ASKS_FIRST_REASON
        return Intent.DECLINE, "declines outright"
    # "Slammed and not taking these right now. Good luck w the switch!": a wish for the road
    # says the sender is not coming back, whatever "right now" hints.
    # "my plate's full, sorry. good luck!": the wish alone says as much, with no "no" beside it.
    busy_no = (
        BUSY.search(text)
        and not DEFER.search(text)
        and (GOOD_LUCK.search(text) or (DECLINE.search(text) and not WHEN_AGAIN.search(text)))
    )
    defers = (
        of_sender(DEFER, _LOOKS_THEN_ANSWERS.sub(" ", text))
        or (DEFER_TO_MONTH.search(text) and not _WEEKDAY.search(text))
        or (BUSY.search(text) and not busy_no)
    )
    if NOT_LATER.search(text) and not ev.windows and not ev.link:
        return Intent.DECLINE, "not now and not later either"
    if not ev.windows and not ev.link and (defers or _resumes_after_absence(text)):
        if off and _later_left_open(text):
            # "je ne pourrai pas assurer notre appel de demain … On se recontacte plus tard":
            # the agreed meeting is off, and "later" names no day to come back on.
            return Intent.CANCEL, "calls the agreed meeting off, later left open"
        return Intent.DEFER, "not now, later"
    if (DECLINE.search(text) or busy_no) and not ev.windows and not ev.link:
        if _asks_first(text) and "?" in text:
            # "I can't help with advice, but send me your CV?": a no to the chat, and a request
            # of the sender's own that the user has to answer first.
            return Intent.OTHER, "turns the chat down, asks for something else"
        if ev.agreed and _AFTER_ALL.search(text):
            # "Désolée, je ne pourrai pas venir jeudi finalement" under "confirmed for Thursday".
            return Intent.CANCEL, "no longer makes the agreed meeting"
        return Intent.DECLINE, "declines"
    if ev.windows and _times_only_aside(text):
        return Intent.OTHER, ASIDE
    if ev.windows and ASKS_WHERE_FROM.search(text) and _IF_THE_ANSWER.search(text):
        # "Is this a sales pitch? If genuine, Tuesday at 11 works": the time waits on the
        # user's answer ("Tuesday at 11 works. Who gave you my number, btw?" does not).
        return Intent.OTHER, ASKS_FIRST_REASON
    if ev.windows:
        intent = _windows_intent(ev)
        if (
            intent is Intent.ACCEPT
            and not said(PICK, text)
            and (not accepting and HOLDING.search(text) or NOT_PICKED_YET.search(text))
        ):
            # "So Tuesday 9:30 would be 15:30 here? Confirm and I'll check my diary": one of
            # the user's times named while the answer is still to come picks nothing.
            return Intent.OTHER, HOLDS_ANSWER
        return intent, f"{len(ev.windows)} time window(s)"
    if ev.link:
        return Intent.ACCEPT, "offers a booking link"
    channel = _CALL_AT_NUMBER.sub(" ", text) if said(PICK, text) else text
    if OTHER_CHANNEL.search(channel):
        return Intent.OTHER, "moves the talk to another channel"
    # "Sure, possibly - which of my posts brought you here? Just curious.": a yes said as a
    # maybe waits on any question it asks, wherever the question stands.
    # "I could potentially make time, but what are you looking for? I get a lot of these.":
    # with no yes word at all, the maybe and its question say as much.
    asks_back = "?" in ev.text and (
        (accepting and ends_on_question(ev.text))
        or (MAYBE_YES.search(text) is not None and asks_beside_when(ev.text))
    )
    if (_asks_first(text) or asks_back or ASKS_WHERE_FROM.search(text)) and not said(PICK, text):
        # "Happy to help. Are the times you listed Central? … before I commit": a yes that
        # waits on the user's answer picks nothing yet.
        return Intent.OTHER, ASKS_FIRST_REASON
    if accepting and NOT_PICKED_YET.search(text) and not said(PICK, text):
        # "Keen, but not sure about Thursday yet": a yes whose time is still to be chosen.
        return Intent.OTHER, HOLDS_ANSWER
    if accepting and _times_to_come(text) and not said(PICK, text):
        # "Still happy to talk! I'll send you a couple of options in the next few days": a yes
        # to the chat whose times the sender still owes, a holding note (convention (i)).
        return Intent.OTHER, HOLDS_ANSWER
    if (
        accepting
        and HOLDING.search(text)
        and (_SOON_SAID.search(text) or _TODAY_OR_TOMORROW.search(text))
        and not said(PICK, text)
    ):
        # "¡Claro que sí! Déjame mirar la agenda y te contesto mañana": a yes to the chat whose
        # answer on the time is to come within the day or the next, a holding note (convention
        # (i)); "ti faccio sapere quando ho un momento libero" waits on no day.
        return Intent.OTHER, HOLDS_ANSWER
    if accepting and not ev.windows and not ev.link:
        if ev.agreed_twice:
            # "Perfect, see you then! Here's my Zoom" under the user's confirmation of the time
            # the sender already took: it acknowledges the meeting that stands, no new yes.
            return Intent.OTHER, ACKNOWLEDGES
        if ev.thanked_for_chat:
            # "Pleasure, Adaeze! As promised, the two links … Happy to talk again in the new
            # year." under the user's thanks for today's call: the chat is behind them, and the
            # "happy to" is to more some day, not a yes to the outreach's times.
            return Intent.OTHER, AFTER_THE_CHAT
        if PLEASURE_AFTER.search(text):
            # "My pleasure! Here's the article. Happy to chat again whenever.": the yes may be to
            # more, or to something else; doubted in ``certainty``.
            return Intent.OTHER, YES_AFTER_THE_CHAT
    if accepting:
        return Intent.ACCEPT, "agrees, no times of their own"
    if RETRACTS.search(text):
        return Intent.OTHER, "takes back an earlier message"
    if MISSING_FILE.search(text):
        return Intent.OTHER, "asks the user for a missing file"
    if BROKEN_LINK.search(text):
        return Intent.OTHER, "says the user's link is broken"
    if RECRUITS.search(text):
        return Intent.OTHER, "pitches a role of the sender's own"
    if ANOTHER_ADDRESS.search(text):
        return Intent.OTHER, "asks to be written at another address"
    if HOLDING.search(text):
        return Intent.OTHER, HOLDS_ANSWER
    if PLEASURE_AFTER.search(text) and not ev.offered:
        # "Fue un gusto, ¡mucha suerte!", "Hat mich gefreut": the chat is behind them, and
        # nothing else in the reply asks or offers.
        return Intent.OTHER, AFTER_THE_CHAT
    if last_question(ev.text) is not None or asks_beside_when(ev.text):
        # "I've left that company since. Still want to chat knowing that?": the user answers.
        # "Which Ada are you? I have two in my contacts.": so they do when the question opens.
        return Intent.OTHER, ASKS_USER
    return Intent.OTHER, NO_CUE
