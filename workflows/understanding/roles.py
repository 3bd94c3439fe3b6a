"""What a time mentioned in a sentence is doing there: offered, or only talked about.

A reply names times for many reasons: to offer them, to accept one, to say
when the sender cannot ("something came up on Wednesday afternoon", "busy
until 5pm today"), to name the slot being moved from ("move our Tuesday 3pm
call to …"), to cancel one, or to restate a time in another zone ("9am PT
(12pm for you)"). Only offered and accepted times are proposals.

A sentence is cut into clauses at contrast and cause words ("but",
"however", "since", "mais", "aber", …) and after an "if …," clause; a cue
speaks for the clause it is in. Inside a clause, a conflict cue covers what
comes before the first offer cue after it ("came up, could we move to
Thursday at 1:30?" offers Thursday); the words between a move verb and its
"to" name the old slot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from workflows.understanding.scope import moot, other_event
from workflows.understanding.vocab import (
    BAIL,
    ENGLISH_DAYS,
    INVITED_TO_EVENT,
    MOVE_THE_MEETING_PT,
    OR_WORDS,
    OTHER_EVENT,
    WEEKDAYS,
    is_weekday,
)


class Role(StrEnum):
    """The part a time plays in its sentence."""

    OFFERED = "offered"
    ACCEPTED = "accepted"
    CONFLICT = "conflict"
    OLD = "old"
    CANCELLED = "cancelled"
    RESTATED = "restated"


PROPOSED_ROLES = frozenset({Role.OFFERED, Role.ACCEPTED})


def _cues(*alternatives: str) -> re.Pattern[str]:
    body = "|".join(alternatives).replace("'", "['’]")
    return re.compile(r"(?<![\w'’])(?:" + body + r")(?![\w])", re.IGNORECASE)


# "Mardi à 13h, sauf imprévu", "salvo algún imprevisto": barring a mishap, a yes that holds; no
# mishap has come.
_BARRING = "".join(
    f"(?<!{words} )" for words in ("sauf", "salvo", "sauf un", "salvo algún", "salvo algum")
)


# "but" in the seven languages.
BUT_WORD = r"(?:but|mais|pero|aber|ma|mas|maar)"
_SPLIT = re.compile(
    # "Ou então terça …", "ou alors mardi …": after "or" the word is "else", no new clause.
    r"\b(?<!\bor )(?<!\bou )(?<!\bo )(?<!\bof )"
    r"(?:but|however|though|although|whereas|since|because|as i|so|mais|car|donc|alors|pero"
    r"|aunque|porque|así que|sin embargo|aber|jedoch|weil|da ich|deshalb|ma|però|perché|quindi"
    r"|mas|porém|contudo|então|maar|omdat|dus)\b"
    # " -- " is the dash typed on a keyboard without one.
    r"|;|:(?=\s)|[ \t](?:--|[–—-])[ \t]",
    re.IGNORECASE,
)
_IF_CLAUSE = re.compile(r"\b(?:if|unless|si|wenn|falls|se|als|indien)\b[^,]{1,80},", re.IGNORECASE)
# "I'm back on Monday 3/20 at 9am but buried", "Ich bin Montag um 9 Uhr zurück": the hour
# an absence ends is when the sender returns to a full desk, not a time on offer.
# "wide open once I'm back at my desk" is a condition of the offer, not an absence.
_RETURN_WORDS = (
    r"(?<!once )(?<!when )(?<!after )(?<!until )(?<!till )"
    r"(?:i'm|i am|i'll be|i will be|he's|he is|he'll be|she's|she is|she'll be) back(?! to)"
    r"|back in (?:the|my) office|i (?:return|get back)(?! to)|returning (?:on|at)"
    r"|je (?:rentre|reviens|serai de retour)|(?:vuelvo|regreso|estaré de vuelta)(?! a)"
    r"|bin (?:ich )?[^?!\n]{0,40}zurück|wieder im Büro"
    r"|rientro|torno (?:in ufficio|lunedì|martedì|mercoledì"
    r"|giovedì|venerdì)|(?:volto|retorno|estarei de volta)(?! a)|ben (?:ik )?[^?!\n]{0,40}terug"
)
# "Thursday at 3pm wouldn't be good for me", "ne serait pas bien", "non sarebbe comodo", "não
# é bom para mim": a word of fit denied marks the time as one the sender cannot make, where the
# bare "good" / "bien" / "bene" / "bom" would read as an offer.
_UNFIT = (
    r"(?:wouldn't|won't|isn't|would not|will not|is not) (?:be )?(?:very |really )?(?:good|great"
    r"|ideal|convenient|possible)"
    r"|ne (?:me )?(?:serait|sera|est|semble) pas (?:très )?(?:bien|bon|idéal|pratique|possible"
    r"|commode)"
    r"|no (?:me )?(?:sería|es|será) (?:muy )?(?:buen[oa]|ideal|posible|conveniente|cómodo)"
    r"|(?:wäre|ist) (?:mir )?(?:leider )?(?:nicht (?:so )?(?:gut|ideal|möglich)|schlecht|ungünstig)"
    r"|non (?:mi )?(?:sarebbe|è|andrebbe|va) (?:molto )?(?:comodo|bene|possibile|ideale)"
    r"|não (?:me )?(?:é|seria|fica|está|será) (?:muito )?(?:bom|boa|ideal|possível|conveniente)"
    r"|(?:is|zou|wordt) (?:\w+ )?(?:niet|geen) (?:zo )?(?:goed|handig|ideaal|mogelijk)"
)
_DAYS = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
# "I have a hard stop at 3:30", "if we can finish by 10:20": a limit on the slot, not another
# offer.
_LIMIT_CUE = (
    r"hard stop|(?:have|need|must) to (?:leave|be out|run) (?:by|at)"
    r"|(?:finish|wrap(?: it| things)? up|be done|be finished|end) by"
)
_LIMIT = _cues(_LIMIT_CUE)
CONFLICT = _cues(
    _UNFIT,
    # "I've declined the invitation for Friday 10am": the slot turned down, not picked.
    r"declined|rechazad[oa]|recus(?:ou|ei)",
    # "cant do thu", "wont be able to make Friday": the apostrophe left out, or "able to".
    r"(?:cant|wont|couldnt|(?:won't|wont|will not|not) be able to|not able to)"
    r" (?:do|make|meet|manage|join|attend|be there)",
    r"(?:came|come|comes|coming) up|(?:been )?double[- ]booked|booked|busy|occupied",
    # "board call got scheduled on Wed evening": another event put on the day, as "came up";
    # "our chat got scheduled for Wednesday" is ours.
    r"(?<!our chat )(?<!our call )(?<!meeting )(?<!\bit )(?<!\bwe )(?<!this )(?<!that )"
    r"(?:got|been|was|were) (?:scheduled|called|set up|put in)(?= (?:on|for|at|in)\b)",
    r"(?:can't|cannot|can not|won't|will not|couldn't|could not|am unable to|'m unable to)"
    r" (?:do|make|meet|manage|join|attend|be there)",
    # "Friday morning I can't, …", "Friday morning is no good": the verb left out after the time.
    r"i (?:can't|cannot|can not|couldn't|could not)(?=[ \t]*(?:[,.;:!?)–—]|[ \t]-|$))"
    r"|(?:is|'s|are) no good",
    # "can't at 3 - but 4pm works", "can't on Thursday": a phone's refusal, the verb left out.
    r"(?:can't|cant|cannot|can not|couldn't|could not)(?= (?:at|on) )",
    # "Thursday works, just not at 9:30", "el jueves sí, pero no a las 9:30": the day kept, the
    # hour named after the "not" refused ("why not at 10?" asks for it).
    r"(?<!why )(?<!if )(?<!whether )(?:not|pas|no|nicht|non|não|niet)"
    r" (?:at|à|a las|a la|um|alle|all'|às|om)(?= \d)"
    # "Thursday 16h works, not 16:30 though": the same with the "at" left out.
    # ("ce sera 17h pour vous et non 16h", "und nicht 16 Uhr": the clock corrected away.)
    r"|(?<!why )(?<!if )(?<!whether )(?:not|non|nicht|niet|não)"
    r"(?= \d{1,2}(?::\d\d|[ \t]*(?:am|pm|h\b|uhr\b|uur\b)))",
    # "Dienstag früh um 4 Uhr schaffe ich ehrlich gesagt nicht": the time named is refused.
    r"schaff(?:e)? ich(?: [\w-]+){0,3}? nicht",
    # "Mejor no el jueves", "Freitag lieber nicht": the day named beside it is the one refused.
    r"mejor no|lieber nicht|meglio di no|liever niet|(?:je )?préfère(?:rais)? (?:ne )?pas",
    r"(?:not|no longer|isn't|is not|aren't|are not|won't be|will not be) (?:available|free|around"
    r"|possible|in (?:the )?office|good|great|ideal)",
    # "om 10 uur ben ik niet vrij", "heb ik geen tijd", "habe ich keine Zeit", "non sono
    # libero", "je ne suis pas libre": the sender is not free at the time named.
    r"(?:niet|nicht|pas|no estoy|non sono|não estou) (?:vrij|frei|libre|liber[oa]|livre)\b"
    r"|(?:geen|keine) (?:tijd|Zeit)\b|(?:no tengo|non ho|não tenho) tempo\b|no tengo tiempo",
    # "Wednesday at 5 is impossible for me", "Mittwoch ist unmöglich".
    r"impossible|unmöglich|imposible|impossibile|impossível|onmogelijk",
    # "tomorrow at 2 is off", "today's 3pm is gone for me now": the time named is lost to the
    # sender.
    # ("the 10:00 slot's gone": the contraction after its noun; "gone ahead" is no loss.)
    r"(?:is|'s|are)(?: now)? (?:off|gone)|(?<=\w\Ws )gone(?! ahead| through| over| by)",
    r"unavailable|(?:doesn't|does not|don't|do not|won't|will not|no longer) work(?:s)?",
    # "Tuesday doesn't suit — …"; "if that doesn't suit, Wednesday" offers Wednesday.
    r"(?<!if that )(?<!if it )(?<!if this )(?:doesn't|does not|don't|do not|won't|will not) suit",
    # "none of those 3 work for me", "ninguno me viene bien": every offered time refused at once.
    # "Happy to adjust if none of those suit" is the outreach's own condition, no refusal.
    r"(?<!if )(?<!in case )(?<!si )(?<!wenn )(?<!falls )(?<!se )(?<!als )(?<!caso )"
    r"(?:none of (?:those|these|them|your|the)(?: [\w-]+){0,3}? (?:work|suit|fit)s?"
    r"|aucun(?:e)?(?: [\w-]+){0,3}? ne (?:me )?(?:va|convient|marche)"
    r"|ningun[oa](?: [\w-]+){0,3}? (?:me )?(?:va|viene|sirve|funciona)"
    r"|keine?r?(?: der| dieser| von den)(?: [\w-]+){0,2}? (?:passt|geht|klappt)"
    r"|nessun[oa](?: [\w-]+){0,3}? (?:mi )?(?:va|andrebbe|funziona)"
    r"|nenhum(?:a)?(?: [\w-]+){0,3}? (?:me )?(?:serve|dá|funciona)"
    r"|geen van (?:deze|die|de)(?: [\w-]+){0,2}? (?:past|werkt|lukt))",
    r"(?:have|got|there's) (?:a |an )?(?:conflict|clash|meeting|appointment|commitment)",
    # "I've a board meeting 1-3 on Tuesday", "we have an all-day offsite": the sender's own
    # event named by its kind ("can we have a quick meeting at 3?" asks for one).
    r"(?<!can )(?<!could )(?<!shall )(?<!should )(?<!to )"
    r"(?:i have|i've|i've got|i got|we have|we've got) (?:a|an) (?:[\w-]+ ){1,2}(?:meeting"
    r"|appointment|commitment|offsite|conference)\b",
    # "I have something at 4:30 that sometimes runs over", "tengo algo a las 10": the sender's
    # own event, left unnamed, at the clock after it.
    r"(?<!can )(?<!could )(?:i have|i've got|i've|i got|we have|we've got) (?:something|a thing)"
    r" (?:(?:else|on) )?(?:at|from|until|till|on)\b"
    r"|(?:tengo|j'ai|ho|tenho|heb ik) (?:algo|quelque chose|qualcosa|uma coisa|iets)"
    r" (?:a|à|às|alle|om)\b",
    # "9:30 CT is 8:30 for me and I have a recurring leadership meeting then": the sender's
    # own event sits on the time just named, however it is described.
    r"(?:i have|i've got|i got|there's|we have) (?:a|an|my|our)(?: [\w-]+){0,3}? (?:meeting|call"
    r"|sync|standup|stand-up|review|session|class|appointment|commitment)(?= (?:then|at that"
    r" (?:time|hour)|at the same time|that (?:morning|afternoon|evening|day|hour))\b)"
    r"|(?:da|dann|zu der Zeit|um die Zeit) (?:habe|hab) ich(?: [\w-]+){0,3}? [\w-]*(?:meeting"
    r"|termin|besprechung|call|telefonat)|(?:dan|op dat moment|op dat tijdstip) heb ik"
    r"(?: [\w-]+){0,3}? [\w-]*(?:vergadering|overleg|afspraak|meeting|call)",
    # "Thursday at 11 I have a board meeting": the event right after the clock it sits on
    # (not "at 11 I have a call slot open", which offers it).
    r"(?:(?<=\d )|(?<=\d, )|(?<=[ap]m )|(?<=[ap]m, )|(?<=\dh )|(?<=\dh, ))"
    r"(?:i have|i've got|i got|we have) (?:a|an|my|our)(?: [\w-]+){0,3}? (?:meeting|call|sync"
    r"|standup|stand-up|review|session|class|appointment|commitment)"
    r"(?! (?:slot|opening|window|free|open)\b)",
    # ("I've blocked Wednesday 3-3:30pm for you" holds the time for the user.)
    r"tied up|out of (?:the )?office|back-to-back"
    r"|blocked(?: off| out)?(?![^.;!?\n]{0,40}\bfor (?:you|us|our (?:chat|call))\b)"
    r"|slammed|swamped",
    # "I'm in our IC meeting all Thursday morning", "Friday at 1 is a standing call",
    # "that's out too": the sender's own calendar, not an offer.
    # ("I'm in the office Wednesday" says where the sender is, free to talk.)
    r"(?:i'm|i am|we're|we are) in (?:a|an|our|my|the|meetings)\b"
    r"(?! (?:office|town|city|area|building|studio|lab)\b)(?: [\w-]+){0,3}?"
    r"(?: meetings?| calls?| workshops?| sessions?| trainings?| reviews?)?",
    # "Thursday at 11 I'd be in a board meeting", "I'll be in our offsite then": the same,
    # said ahead; the meeting named, as "I'd be in a position to" offers.
    r"(?:i'll|i will|i'd|i would|we'll|we'd) be in (?:a|an|our|my|the)(?: [\w-]+){0,3}?"
    r" (?:meeting|call|workshop|session|training|review|offsite|class|lecture)s?\b",
    r"(?:is|are|'s) (?:a|an|our|my)(?: [\w-]+){0,3}? (?:meeting|call|review|standup|stand-up"
    r"|workshop|session|offsite|sync|all-hands|retro|huddle|check-in|one-on-one|1:1)",
    # "Your Friday slot at 14:30 is my lunch", "… is my noon, which is lunch", "ist meine
    # Mittagspause", "es mi hora de comer": the user's time named as the sender's own meal.
    r"(?:is|'s) (?:my|our) (?:team )?lunch(?:time| break| hour)?\b"
    r"|(?:which|that) (?:is|'s) (?:(?:my|our) )?lunch(?:time| break| hour)?\b"
    r"|(?:ist|wäre) (?:bei mir |meine |unsere )?Mittag(?:spause|essen)"
    r"|(?:c'est|est|tombe (?:sur|pendant)) (?:ma|notre) pause(?:[ -]déjeuner)?"
    r"|(?:es|sería|cae en) (?:mi|nuestra) (?:hora de (?:comer|almorzar|la comida|almuerzo)"
    r"|comida|almuerzo)"
    r"|(?:è|sarebbe) (?:la mia|la nostra|il mio) (?:pausa pranzo|pranzo)"
    r"|(?:é|seria|cai n)[oa]? (?:o meu|a minha|meu|minha) (?:almoço|hora de almoço)"
    r"|(?:is|valt in) (?:mijn|onze) (?:lunch|lunchpauze)",
    # "Thursday at 10 I have my team sync", "I've got our board meeting then".
    r"(?:have|got) (?:my|our)(?: [\w-]+){0,2}? (?:meeting|call|sync|standup|stand-up|review"
    r"|session|class|appointment|1:1|one-on-one|all-hands|retro|check-in)\b",
    # "I've been asked to chair an event on Friday evening", "I have to host a dinner then": a
    # duty of the sender's own on the time named.
    r"(?:have|has|need|needs|got|been asked|am asked|'m asked) to (?:chair|host|attend"
    r"|present at|speak at|moderate|give) (?:a|an|my)\b",
    r"(?:have|got|there's) (?:a|an|another|my) (?:call|interview|class|lecture|flight|doctor"
    r"|dentist|school run|pickup|pick-up)|at the (?:dentist|doctor)|teaching|in class|on a plane"
    r"|(?:ends|finishes|wraps up|runs) (?:at|until|till)"
    r"|standup|stand-up|i fly|my flight",
    # "I've got pickup at 4 on Tuesday", "I'm on kid duty at 7", "Wednesday has my 1:1 at 10":
    # a child fetched or minded, a standing meeting, with no article before it (hunt 47).
    r"(?:have|got) (?:school |the school |the kids'? )?(?:pickup|pick-up|school run)"
    r"|on (?:kid|kids'?|school|parent) duty"
    r"|has (?:my|our)(?: [\w-]+){0,2}? (?:1:1|one-on-one|standup|stand-up|sync|meeting|call)\b",
    # "I'm done at 2", "termino a las 2", "je finis à 14h": where the sender's day ends, no
    # time on offer.
    r"(?:i'm|i am) (?:done|finished) (?:at|by)|termino a las|salgo a las|termino às|saio às"
    r"|je (?:finis|termine) à|finisco alle|stacco alle",
    # "I have a 1:00 on Friday", "I've got an 11:30": a clock used as a noun is something booked.
    # ("I have a 1:00 slot open" offers it.)
    r"(?:i have|i've got|i got) (?:a|an|another)(?= \d{1,2}(?::\d\d)?(?: ?[ap]\.?m\.?)?"
    # "I've got a 30 min window" offers it too: the count is the length, no clock.
    r"(?![\w:/.-]| (?:slot|window|opening|gap|spot|free|open|that works|min|mins|minutes?"
    r"|hours?|hrs?)\b))",
    # "I have a standing 11-12 with my VP", "I've got a recurring 3pm": a booked clock or span,
    # the meeting it holds left unsaid ("a regular 2pm slot open" offers it).
    r"(?:i have|i've got|i got|we have) (?:a|an) (?:standing|recurring|regular|weekly|daily"
    r"|fixed)(?= \d{1,2}(?::\d\d)?(?: ?[ap]\.?m\.?)?(?: ?[-–] ?\d{1,2}(?::\d\d)?"
    r"(?: ?[ap]\.?m\.?)?)?(?![\w:/.-]| (?:slot|window|opening|gap|spot|free|open|min|mins"
    r"|minutes?|hours?|hrs?)\b))",
    # "Tuesday's out, sorry - board meeting all afternoon."
    rf"(?:{ENGLISH_DAYS}|tomorrow|today)'s (?:out|no good|full|packed)"
    r"|meetings? all (?:day|morning|afternoon|evening)"
    # "… is 7pm here and that's family time": the sender's evening is spoken for.
    r"|(?:family|dinner|bed|kids|school-run) ?time|family (?:dinner|meal)|dinnertime|bedtime"
    r"|heure du (?:dîner|coucher)"
    r"|hora de (?:cenar|la cena)|Familienzeit|Abendessen|ora di cena|hora do jantar|etenstijd",
    # "22nd would be 9am and im driving kids then", "I'm at the gym then": what the sender is
    # doing at the time just named. ("I'm free then", "I'm thinking 3 then" offer it.)
    r"(?:i'm|im|i am|i'll be|ill be|i will be) (?!(?:looking|hoping|planning|going|thinking"
    r"|wondering|proposing|suggesting|counting|aiming|trying|happy|glad|free|available|around"
    r"|good|fine|ok|okay|able|in|at (?:my|the|your) (?:desk|office|computer|laptop|disposal))\b)"
    r"(?:[^\W\d]+ing|at|on)(?: [^\W\d][\w-]*){0,4}? then(?=[ \t]*(?:[.,;:!?)]|$))",
    r"standing (?:call|meeting)|(?:that's|that is|that one's|that one is|is|are) out"
    r"(?: too| as well)?(?! of)|taken",
    r"en réunion|en rendez-vous|en reunión|en reuniones|in (?:einer )?Besprechung(?:en)?"
    # German capitalises the noun: "bis 15 Uhr in Meetings" (English "in meetings until 3, then
    # free" names the end of the busy spell in the same clause as the offer).
    r"|im Meeting|(?-i:in (?:Meetings|Calls|Sitzungen))|in Terminen|in riunione|em reunião"
    r"|em reuniões|in (?:een )?vergadering(?:en)?",
    # "after 3:30 lands right in the middle of my lunch meetings": the sender's own calendar.
    r"in the middle of (?:my|our)|(?:clash|clashes|collides?|overlaps?) with (?:my|our)"
    r"|en plein milieu de (?:mes|mon|ma|nos)|en medio de (?:mis|mi|nuestr)\w*"
    r"|mitten in (?:meine|unsere)\w*|kollidiert mit|nel (?:bel )?mezzo (?:delle|dei|del|della)"
    r" (?:mie|miei|mio|mia|nostr\w*)|no meio d[aeo]s? (?:minha|meu|nossa|nosso)s?"
    r"|midden in (?:mijn|onze)|valt samen met (?:mijn|onze)",
    # "an audit that landed on top of our 10am": something else now sits on that time.
    # "something's landed on Tuesday afternoon that I can't move": the sender's own event.
    r"(?:that|which) (?:i|we) (?:can't|cannot|can not|couldn't) (?:move|shift|skip|get out of)\b"
    r"|(?:landed|lands|landing|fell|falls|dropped|sits|sitting) (?:right |smack )?on top of"
    r"|(?:clash|clashes|clashed|collides?|collided|overlaps?|overlapped|conflicts?) with"
    r"|tombe (?:pile )?(?:sur|en même temps que)|coincide con|se solapa con|überschneidet sich mit"
    r"|fällt auf|si sovrappone (?:a|con)|coincide com|(?:overlapt|botst) met",
    # "Thursday I'm stuck in a vendor demo", "da sitze ich im Teammeeting", "tengo clase";
    # "I've been pulled into a release war-room", "called into board prep": the same, someone
    # else's doing.
    r"stuck (?:in|at|with|on)|(?:pulled|dragged|roped|called) into"
    # "el martes a las 9 me han convocado a una reunión": summoned to something else.
    r"|(?:called|summoned) (?:in)?to (?:a|an|the) |me (?:han|ha) (?:convocado|citado) a"
    r"|me convocaron a|on m'a convoqué(?:e)? à|mi hanno convocat[oa] a"
    r"|fui convocad[oa] para|me convocaram para|(?:ben|word) ik opgeroepen"
    r"|(?:im|in einem|in einer) [\w-]*(?:meeting|besprechung|termin|sitzung)"
    # "a las 9 tengo consulta", "j'ai un comité ce matin-là": a clinic's hours, a board's
    # sitting, the sender's own.
    r"|tengo (?:clase|una reunión|la reunión|reunión|junta|una junta|cita|una cita"
    r"|un compromiso|consulta|guardia|comité|un comité)"
    r"|j'ai (?:cours|une réunion|un rendez-vous|un engagement|consultation|un comité|un conseil)"
    r"|habe ich (?:Unterricht|einen Termin)"
    r"|ho (?:lezione|una riunione|un impegno|un appuntamento|il comitato|il consiglio|il collegio)"
    # "Talvez eu tenha uma reunião na sexta": a meeting the sender may have is theirs too.
    r"|(?:tenho|tenha|terei) (?:aula|uma reunião|um compromisso)"
    r"|heb ik (?:les|een afspraak|een vergadering)",
    # "segunda às 16h eu tô dando aula", "el lunes a las 4 estoy dando clase": the sender
    # teaches then, in the progressive each language says it with.
    r"(?:estou|tô|to|estarei|vou estar) (?:dando|a dar) aulas?|estoy dando clases?"
    r"|je donne (?:un )?cours|(?:ich unterrichte|unterrichte ich)|sto facendo lezione"
    # "11am here and I teach a class then": the class named, not "I teach UX" (a job).
    r"|i (?:teach|lecture|run) (?:a|an|my|our)(?: [\w-]+){0,2}? (?:class|course|seminar|lecture"
    r"|section|tutorial)\b"
    # "mon 7pm i teach and tue 15th im away": the verb alone, at its clause's end, is the class.
    r"|i (?:teach|lecture)(?=[ \t]*(?:[.,;:!?)]|$|and\b|then\b))"
    r"|(?:geef ik|ik geef) (?:les|college)",
    # "Donderdag om 11 uur zit ik in een workshop", "je suis en atelier": "I'm in a …" in the
    # other languages, the sender's own event on that time.
    r"(?:zit ik|ik zit|ben ik|ik ben) in (?:een|de|het|mijn|ons) [\w-]*(?:workshop|vergadering"
    r"|overleg|meeting|training|sessie|les)"
    r"|(?:bin ich|ich bin|sitze ich|ich sitze) in (?:einem|einer|meinem|meiner|unserem|unserer)"
    r" [\w-]*(?:workshop|seminar|schulung|training|sitzung|besprechung|meeting)"
    r"|je (?:suis|serai) en (?:atelier|formation|séminaire|workshop|cours)"
    r"|(?:estoy|estaré) en (?:un|una|el|la|mi) (?:taller|workshop|formación|seminario|curso)"
    r"|(?:sono|sarò) (?:in|a) (?:un|una|uno) (?:workshop|seminario|corso|formazione)"
    # "Na quinta estou numa reunião da equipa das 10h às 12h": a meeting of the sender's.
    r"|(?:estou|estarei|tô) (?:num|numa|em um|em uma|no|na) (?:workshop|formação|seminário"
    r"|curso|treinamento|reunião)",
    # "dinsdagochtend heb ik een demo", "I have a demo Tuesday": an event of the sender's own
    # fills that time, in any of the languages.
    r"(?:i have|i've got|heb ik|ik heb|habe ich|ich habe|j'ai|tengo|ho|tenho) (?:a|an|een|eine?n?"
    r"|une?|una?|uma?) (?:demo|product demo|presentation|presentatie|präsentation|présentation"
    r"|presentación|presentazione|apresentação|workshop|atelier|taller|training|schulung"
    r"|formation|formación|formazione|formação|interview|sollicitatiegesprek|keynote|pitch)\b",
    # "am Montagabend habe ich jetzt einen Elternabend", "I've now got a parents' evening": a
    # school meeting of the sender's child fills that time, in each language.
    r"(?:i have|i've got|i've now got|i now have|habe ich|ich habe|heb ik|ik heb|j'ai|tengo|ho"
    r"|tenho)(?: [\w-]+){0,3}? (?:a |an |einen |eine |een |une |una |uma )?"
    r"(?:parents' evening|parents' night|parent-teacher (?:meeting|conference)|Elternabend"
    r"|Elternsprechtag|ouderavond|réunion (?:de|des) parents|reunión de (?:padres|apoderados)"
    r"|riunione (?:dei|con i) genitori|reunião de pais)\b",
    # "Terça no fim da tarde já tenho compromisso", "I already have something": taken already.
    r"already (?:have|got|booked)|j'ai déjà|ya tengo|já tenho"
    r"|habe ich (?:leider )?(?:schon|bereits)"
    r"|ho già|heb ik al|(?:tengo|tenho) compromisso?",
    # "Tuesday morning I'm flying so that one's out", "I'm on a train most of Tuesday
    # afternoon", "mardi je suis dans le train": the sender is in transit, that time is gone.
    r"(?:so )?that(?: one)?'s out\b|(?:i'm|i am|i'll be) (?:flying|on (?:a|the) (?:plane|flight"
    r"|train|bus|ferry|coach))"
    r"|(?:bin ich|ich bin|sitze ich|ich sitze) im (?:Zug|Flugzeug|Flieger)"
    r"|(?:je suis|je serai) dans (?:le|un) (?:train|avion)|(?:estoy|estaré) en (?:el|un) (?:tren"
    r"|avión)|(?:sono|sarò) in (?:treno|aereo)|(?:estou|estarei) no (?:comboio|trem|avião)"
    r"|(?:zit ik|ik zit) in (?:de|een) (?:trein|vliegtuig)",
    # "am Mittwoch habe ich bis 18 Uhr Besprechungen", "I have meetings until 6".
    r"(?:have|got) (?:meetings|calls)|j'ai des (?:réunions|rendez-vous)|tengo reuniones"
    r"|(?:habe ich|ich habe)(?: [\w-]+){0,4}? (?:Besprechungen|Termine|Meetings|Sitzungen)"
    r"|ho (?:delle )?riunioni|tenho (?:reunião|reuniões)|heb ik(?: [\w-]+){0,4}? vergaderingen",
    # "4:30 is school pickup", "à 16h30 je récupère les enfants": a child fetched then.
    r"(?:school|daycare|day-care|nursery|kids'?|kid's) (?:pickup|pick-up|run|drop-?off)"
    r"|(?:récupérer|je récupère|chercher) (?:les|mes) enfants|sortie (?:de l'|d')école"
    r"|recoger a (?:los|mis) (?:niños|hijos)|(?:die )?Kinder (?:von der Schule |aus der Kita )?"
    r"abholen|(?:prendere|andare a prendere) i (?:bambini|figli)|buscar (?:as|os|meus|minhas)"
    r" (?:crianças|filhos|filhas)|(?:de )?kinderen (?:van school )?ophalen",
    # "I was going to suggest Tuesday at 9, but …": a time withdrawn as it is named.
    r"(?:i was going to|i was about to|i'd have) (?:suggest|propose|offer)\w*"
    r"|j'allais (?:proposer|suggérer)|iba a (?:proponer|sugerir)|wollte (?:ich )?(?:eigentlich )?"
    r"[\w ]{0,30}vorschlagen|(?:stavo per|volevo) proporre|(?:eu )?ia (?:propor|sugerir)"
    r"|wilde (?:ik )?(?:eigenlijk )?[\w ]{0,30}voorstellen",
    _LIMIT_CUE,
    # Not "now we're off daylight saving": the clock leaving summer time, said beside a time.
    r"(?:i'm|i am|i'll be|i will be|we're|we are) (?:out|off(?! (?:daylight|summer|DST))|away"
    r"|travell?ing|on (?:vacation|holiday|leave|a flight|the road|pto))",
    _RETURN_WORDS,
    # "He's out until Monday at 9", "heads-down until our launch on 3/24 at 5pm", "je suis pris
    # jusqu'à vendredi 17h", "bis Freitag um 17 Uhr bin ich voll eingespannt": a busy spell's end.
    r"(?:he's|he is|she's|she is|they're|they are) (?:out|off|away|travell?ing|on leave)"
    r"|(?:away|off|out|offline|heads[- ]down)(?: [\w/]+){0,3}? until|i land|(?:landing|flying) back"
    r"|suis (?:pris|prise|débordée?)"
    # "bis Donnerstag 12 Uhr unterwegs", "sono fuori fino a giovedì alle 12": away, in each
    # language.
    r"|unterwegs|verreist|im Urlaub|außer Haus|(?:sono|sarò) (?:fuori|via|in viaggio|in ferie)"
    r"|(?:je suis|je serai) (?:absente?|en congé|en vacances)|(?:estoy|estaré) (?:fuera"
    r"|de vacaciones|ausente)|(?:estou|estarei) (?:fora|de férias|ausente|viajando)"
    r"|(?:ben ik|ik ben) (?:weg|op reis|met vakantie|afwezig)|onderweg"
    r"|ben (?:ik )?[^?!\n,]{0,40}(?:weg|afwezig|op reis)"
    r"|(?:voll )?eingespannt|(?:estoy|ando) a tope|(?:sono|sarò) sommers[oa]|atolad[oa]",
    # "Giovedì alle 11:30 sono in reparto", "Thursday at 11:30 I'm on the ward", "je suis de
    # garde": on duty where the sender works (a ward, a shift, a clinic), no time to talk.
    # ("I'm on kid duty at 7", "on school-run duty": a home duty of the sender's, as much a
    # conflict as a shift.)
    r"(?:i'm|i am|i'll be|i will be) (?:on (?:the )?(?:ward|wards|shift|(?:[\w-]+ )?duty|rounds"
    r"|night shift)"
    r"|in (?:surgery|theatre|the OR))\b"
    r"|(?:sono|sarò) (?:in reparto|di turno|in turno|di guardia|in sala operatoria|in ambulatorio)"
    r"|(?:je suis|je serai) (?:de garde|de service|au bloc|en consultation)"
    r"|(?:estoy|estaré) (?:de guardia|de turno|en planta|en quirófano|en consulta)"
    r"|(?:bin ich|ich bin) (?:auf Station|im Dienst|im OP)|(?:habe ich|ich habe) (?:Dienst|Schicht)"
    r"|(?:estou|estarei) (?:de plantão|de serviço|de turno|no bloco)"
    r"|(?:ben ik|ik ben) (?:op de afdeling|aan het werk op)|(?:heb ik|ik heb) dienst",
    # "after our offsite on the 23rd at 3pm", "the quarter closes Friday at 5": an event's
    # time, when the sender is free again at the earliest.
    r"(?:after|until|till) (?:our|the|my) (?:[\w-]+ ){0,2}?(?:offsite|off-site|launch|release"
    r"|board meeting|conference|deadline|close|review|trip)"
    r"|(?:closes|launches|goes live|ships)(?= (?:on |at |by )?(?:\w+day|\d))",
    # "once my report is done on the 24th at 5", "we're closing the quarter on the 31st at noon".
    r"(?:once|when|after) (?:my|our|the) (?:[\w-]+ ){1,2}?(?:is|are) (?:done|over|finished|in)"
    r"(?= (?:on|at|by) )"
    r"|closing (?:the|our) (?:quarter|books|year|month)",
    # Round 63: what the sender is doing then, said in a plain statement beside an offer,
    # makes that time the sender's own, in each language: a standing meeting ("am Dienstag
    # um 17 Uhr habe ich unseren Jour fixe"), a client visit ("segunda à tarde estou em
    # visita a cliente"), guests at home ("Mittwoch abends habe ich Familie zu Besuch"), the
    # school run ("Tuesday at 8:30 I drop my kids at school"), a whole part of a day spoken
    # for ("I've got board prep all Thursday morning"), an event dropped on the time by
    # someone else ("our CEO just dropped a review session on Thursday at 11", "a client
    # workshop landed on Thursday morning"), a flat no ("Friday 6pm is a no for me"), and
    # the Spanish "lo tengo complicado" (hard for me). ("I have time all morning", "kommen
    # Sie gern zu Besuch" and "a no-brainer" offer or say nothing of the time.)
    r"(?:habe|hab|haben) (?:ich|wir) (?:unseren|unser|unsere|meinen|mein|meine|den|das|die)"
    r"(?: [\w-]+){0,2}? (?:Jour fixe|Jourfixe|[\w-]*(?:meeting|besprechung|termin|sitzung"
    r"|runde|weekly|standup|workshop|review))\b"
    r"|(?:have|got) (?:my|our)(?: [\w-]+){0,2}? jour fixe"
    r"|(?:habe|hab|haben) (?:ich|wir)(?: [\w-]+){0,3}? zu Besuch"
    r"|(?:have|got) (?:family|guests|visitors|people) (?:visiting|over|staying|in town)",
    r"visiting (?:a )?clients?|(?:a |at a )?client visit|(?:em|de|en) visita (?:a|ao|al|con|com)"
    r"(?: um| un| uma| una)? clientes?|visitando (?:a )?(?:um |un )?clientes?"
    r"|Kunden(?:termin|besuch)|(?:bin ich|ich bin) (?:beim|bei einem) Kunden"
    r"|(?:chez|en visite chez) (?:un |le )?client|klantbezoek|(?:ik ben|ben ik) bij een klant"
    r"|(?:sono|sarò) (?:da|presso) (?:un )?cliente"
    r"|(?:estoy|estaré)(?: [\w-]+){0,3}? en un taller con (?:un )?cliente"
    # Round 81: "Thursday morning I'm at a client", "I'll be with a client at 3": the sender
    # away at a client's, as much a visit as "client visit" says.
    r"|(?:i'm|i am|i'll be|i will be|we're|we are|we'll be) (?:at|with) (?:a|the|our|my)"
    r" (?:[\w-]+ )?clients?(?![\w-])",
    r"(?:bin ich|ich bin) auf (?:einer|der) (?:Messe|Konferenz|Tagung|Veranstaltung)",
    r"(?:drop|take) (?:off )?(?:my|the) (?:kids|children|son|daughter|boys|girls)(?: off)?"
    r" (?:at|to) (?:school|daycare|day-care|nursery)",
    r"(?:i have|i've got|i've|i got|i'll have) (?!(?:time|availability|space|room|openings?"
    r"|slots?|free|nothing|no|it|you|them)\b)[\w-]+(?: [\w-]+)? all (?:(?:day )?"
    rf"(?:{_DAYS}) )?(?:day|morning|afternoon|evening)",
    r"(?:meeting|session|call|workshop|review|offsite|demo|visit|event|prep|sync)s? (?:just |has "
    r"|have )?(?:landed|popped up|got added|was added)(?= (?:on|for|at|in)\b)"
    r"|(?:dropped|threw|sprang|sprung|put) (?:a|an)(?: [\w-]+){0,3}? (?:meeting|session|call"
    r"|workshop|review|offsite|demo)(?= (?:on|for|at|in)\b)",
    r"(?:is|'s) a (?:hard |firm |flat |definite |clear )?no(?![\w-])(?! (?:problem|worries))",
    r"lo (?:tengo|veo) (?:muy )?complicado|(?:estoy|ando) a full",
    # "Donderdag 2 uur 's nachts laat ik graag aan me voorbij gaan", "sla ik over": the time
    # named is let pass.
    r"(?:laat|laten) (?:ik|we) (?!niet\b)(?:\w+ )?(?:graag )?"
    r"(?:aan (?:me|mij|ons) voorbij ?gaan|schieten)"
    r"|(?:sla|slaan) (?:ik|we) (?!niet\b)(?:\w+ )?(?:graag )?over",
    # "I'm at a trade show in Chicago Wednesday": the sender is away at an event.
    r"(?:i'm|i am|i'll be|i will be|we're|we are) (?:away )?at (?:a|an|the|our|my) (?:[\w-]+ )?"
    r"(?:trade show|conference|summit|offsite|off-site|retreat|expo|fair|convention|congress)",
    # "I'm usually reachable 7:30-4 Central", "Office hours: Mon-Fri 8-5 CT", "Ich bin Mo-Fr
    # 8-17 Uhr erreichbar": the sender's standing hours, true of any day, offer no time.
    # ("I keep office hours Tuesdays 2-4 - grab a slot", "She holds office hours Tuesday 2-4"
    # hold them for callers: an offer.)
    r"(?<!keep )(?<!keeps )(?<!hold )(?<!holds )(?<!host )(?<!hosts )(?<!run )(?<!runs )"
    r"(?<!has )(?<!have )"
    r"(?:office|working|work|business|opening) hours|my hours"
    r"|hours are"
    # ("8:30 pm here, I'm usually online then" says the time named suits the sender.)
    r"|(?:usually|generally|typically|normally|always) (?:in|at|around|online|available)"
    r"(?! (?:then|by then|around then|at that (?:time|hour)))"
    r"|reachable|erreichbar|Sprechzeiten|Bürozeiten|Arbeitszeiten|Öffnungszeiten"
    r"|joignable|heures de bureau|horaires (?:de bureau|d'ouverture)|localizable"
    r"|horario (?:de oficina|laboral|de atención)|raggiungibile|orario (?:d'ufficio|di lavoro)"
    r"|contactável|horário (?:comercial|de trabalho|de expediente)|bereikbaar|kantooruren"
    r"|werktijden|openingstijden",
    # "Friday 10 ET is 7am for me, too early": said of a time, not asked ("too early for you?").
    # Dutch "te" only with its own words: "¿Te late el martes?" is Mexican "fancy Tuesday?".
    r"(?<!not )(?<!n't )(?:(?:too|trop|demasiado|zu|troppo|muito) (?:early|late|tôt|tard"
    r"|temprano|tarde|früh|spät|presto|tardi|cedo|vroeg|laat)|te (?:vroeg|laat)"
    # Portuguese puts it after: "é 6h da manhã aqui, cedo demais pra mim".
    r"|(?:cedo|tarde) demais)"
    r"(?![^.!?\n]{0,80}\?)",
    # "Ihre Vorschläge liegen bei mir alle am späten Nachmittag", "your slots all fall in my
    # evening": the part of the sender's day the user's times land in, said as the reason
    # they do not suit; no time of the sender's own.
    r"(?:slots|times|Vorschläge|Termine|Zeiten|créneaux|horarios|orari|horários|tijden)"
    r" (?:all )?(?:fall|land|lie|are|liegen|fallen|sind|tombent|caen|cadono|caem|vallen)"
    r"(?: [\w-]+){0,4}? (?:in|am|im|en|nel|nella|no|na|in de) (?:[\w-]+ )?(?:evening|night"
    r"|afternoon|morning|Nachmittag|Abend|Nacht|soirée|nuit|tarde|noche|sera|notte|noite|avond"
    r"|nacht|middag)\b",
    # "Monday's 8:30pm is a bit late for me with the kids": a time called a bit late (or
    # early) for the sender is turned down, as "too late" is ("I'm a bit late for my train"
    # calls no time so).
    r"(?:is|'s|are|would be|will be) (?:a bit|a little|rather|slightly|bit) (?:early|late)"
    r" for (?:me|us)\b(?![^.!?\n]{0,80}\?)",
    # "Thu 7 Apr: 11:30pm here, a bit late!": the same said after a comma, the verb left out,
    # ending its sentence ("8am, a bit early but fine" still takes it; a clause cut at "but"
    # no longer shows the "but fine" to the look-ahead, so the stop is asked for).
    r"(?<=, )(?:a bit|a little|rather|bit) (?:early|late)(?=[ \t]*[!.])"
    r"(?![^.!?\n]{0,60}(?:\?|\b(?:but|though|fine|ok|okay|works?)\b))",
    # "Vos créneaux tombent un peu tard chez moi (22h le mardi)": "a bit" says "too" when the
    # user's slots are what is late ("sorry I'm a bit late replying" says nothing of a time).
    r"(?:slots|times|créneaux|horaires|horarios|Zeiten|orari|horários|tijden)"
    r"(?: (?:\w+ ){0,2}(?:are|fall|land|come|tombent|sont|caen|son|sind|fallen|sono|cadono"
    r"|são|caem|zijn|vallen))"
    r" (?:a bit|a little|rather|un peu|assez|un poco|algo|etwas|ein bisschen|ein wenig"
    r"|un po'|un po’|um pouco|meio|wat|een beetje|vrij) (?:early|late|tôt|tard|temprano|tarde"
    r"|früh|spät|presto|tardi|cedo|vroeg|laat)\b",
    r"en (?:comité|formation|séminaire|conférence|visio)|en (?:comité|formación|seminario)",
    # "j'ai malheureusement un conflit", "tengo un conflicto", "ho un conflitto": the sender's
    # calendar clashes, as "I have a conflict" says it.
    r"(?:j'ai|j’ai|il y a|tengo|hay|ho|c'è|tenho|há|ik heb|er is)[ \t]+(?:\w+[ \t]+)?"
    r"(?:un|una|um|uno|een)[ \t]+(?:conflit|conflicto|conflitto|conflito|conflict)\b"
    r"|Terminkonflikt",
    rf"{_BARRING}(?:empêchement|imprévu)|pas disponible|indisponible|pas possible"
    r"|ne (?:peux|pourrai|pourrais) pas|occupée?|ne me (?:convient|va) (?:pas|plus)|en déplacement",
    # "no voy a poder mañana a las 4": the future said with "ir a", as "no podré".
    r"no (?:puedo|podré|podre|podría|podria|voy a poder|estoy disponible|me va|me viene)"
    r"|ocupad[oa]"
    rf"|(?:me )?surgió|surgio|{_BARRING}imprevisto|estaré fuera|de viaje",
    # The regional "doesn't suit me" ("no me queda", "no me late", "no me cierra", "no me
    # acomoda") and "así que ese no" after the sender's own plans at that time.
    r"no me (?:queda|sirve|acomoda|late|cuadra|cierra|calza)\b|(?:así que|entonces) (?:ese|esa)"
    r" no\b",
    # "no llego a las 16:30", "schaffe ich nicht", "vou estar num workshop": the sender cannot be
    # there at the time named (under an agreed meeting, the slot being moved from).
    # ("no llego tarde" is on time.)
    r"no (?:llego|llegaré|llegaria|llegaría|alcanzo|voy a llegar)(?= (?:a|al)\b|[ \t]*[,.;!?]|$)"
    r"|(?:vou estar|estarei|vou tar) (?:num|numa|em reunião|em viagem)",
    r"(?:schaffe|schaff) (?:ich )?(?:es )?(?:leider )?nicht|(?:ich )?schaffe es (?:leider )?nicht",
    r"kann (?:ich )?(?:leider )?nicht"
    r"|(?:geht|passt|klappt) (?:mir |bei mir )?(?:leider )?nicht|verhindert|belegt|ausgebucht"
    r"|dazwischengekommen|nicht verfügbar",
    r"non (?:posso|riesco|sono disponibile|va bene|mi va)|impegnat[oa]|occupat[oa]",
    r"não (?:posso|consigo|vou conseguir|estou disponível|dá|rola|me serve|me dá jeito)|surgiu",
    # "marcaram-me uma reunião na segunda", "tenho um compromisso": a meeting of the sender's
    # booked at that time, as "surgiu uma reunião" says it.
    r"marcaram-me|(?:me )?marcaram (?:uma|um)|tenho (?:uma|um) (?:reunião|compromisso)",
    # "dinsdag om 8 uur lukt toch niet": "toch" (after all) said of the slot agreed before.
    r"kan (?:ik )?(?:ook |toch )?(?:helaas )?niet|lukt (?:mij |me )?(?:ook |toch )?(?:helaas )?niet"
    r"|bezet"
    r"|niet beschikbaar"
    r"|verhinderd|tussengekomen|past (?:mij |me )?(?:helaas )?niet"
    # "om 11:00 zou (helaas) niet gaan": "would not work", the no beside "zou wel gaan".
    r"|zou (?:(?:helaas|toch|ook) )?niet (?:gaan|lukken|kunnen)",
)
OFFER = _cues(
    r"how about|what about|would [^.?!\n]{0,40}work|could (?:we|you) do|can (?:we|you) do",
    # "Only if we can start half an hour later, at 16:30": where the meeting would start.
    r"(?:could|can) we (?:do|move|meet|try|switch|shift|push|make it|start)|we (?:can|could) start"
    r"|instead|suits?",
    # "for deep work", "after work": the noun offers nothing.
    r"(?<!for )(?<!deep )(?<!at )(?<!after )(?<!from )(?<!my )(?<!of )(?<!the )(?<!our )works?",
    # ("either too early or I'm away" opens a pair of reasons against, no offer.)
    r"i'?m free|i am free|i could do|i can do|i'?m available|i am available|available"
    r"|either(?! (?:too|not|way too|far too|much too)\b)",
    # "tied up Thursday 2-4pm, free after 4:30": free again, the subject left out.
    r"(?:(?<=, )|(?<=and )|(?<=but ))free(?= (?:after|from|at|around|by)\b)|frees? up",
    # "cant do any of those, could do wed 1/13 at 10": the subject left out.
    r"(?:(?<=^)|(?<=[.;,:!?] )|(?<=[–—-] ))(?:could|can) do",
    r"que diriez|qu'en pensez|vous convien\w*|plutôt|à la place|qué tal|te (?:va|viene)"
    r"|le (?:va|viene)|en su lugar|ginge|wie wäre|stattdessen|passt|che ne dici|va bene"
    r"|invece|que tal|em vez disso|schikt|past|in plaats daarvan",
    # "Pode ser na sexta, às 16h": "it can be" Friday, the Portuguese "Friday works"; not
    # "pode ser tarde demais", which says a time is hard.
    r"pode ser(?= (?:na|no|às|as|dia|amanhã|hoje|segunda|terça|quarta|quinta|sexta|sábado"
    r"|domingo)\b)",
    # "ninguno me sirve … mejor el viernes a las 9", "melhor na sexta às 9h": the better time,
    # the one offered (not "mejor no", "lo mejor", "la mejor persona").
    r"(?<!\blo )(?<!\bla )(?<!\bel )mejor(?= (?:el|la|los|las|a las|a la|para el)\b)"
    r"|(?<!\bo )(?<!\ba )melhor(?= (?:na|no|às|a|para)\b)",
    # "Je vous propose mardi à 18h", "I'd suggest Monday at 9": an offer said as one.
    r"(?:i|i'd|we|we'd) (?:propose|suggest)|je (?:vous |te )?(?:propose|suggère)"
    r"|(?:te |le |les )?(?:propongo|sugiero)|schlage (?:ich )?(?:Ihnen |dir )?\w*\s?vor"
    r"|(?:ti |vi |le )?(?:propongo|suggerisco)|(?:te |lhe )?(?:proponho|sugiro)"
    r"|(?:ik )?stel (?:ik )?(?:je |u )?voor",
    # "Maandag de 14e om 17:00 zou wel gaan": "would work", the Dutch hedged offer (not "zou
    # niet gaan").
    r"zou (?:(?:wel|prima|ook|goed) )(?:gaan|lukken|kunnen)",
)
PICK = _cues(
    r"works(?: for me| great| well| perfectly)?|that works|let's (?:do|go with|lock in|say)",
    r"see you (?:then|on|at|there)|i'll take|is perfect|perfect|booked it|confirmed",
    r"ça me va|parfait|me convient|me va bien|me viene bien|perfecto|passt|klappt|va benissimo"
    r"|perfeito|prima|past mij",
    # "venerdì 30 alle 14:30 dovrebbe andare": the Italian hedged yes ("should work") of a time.
    r"dovrebbe (?:andare|andar bene|funzionare)",
)
CANCELLED = _cues(
    r"cancel(?:led|ed|ling|ing)?|call(?:ing)? (?:it )?off",
    r"annuler|annulé|annulée|cancelar|cancelo|absagen|abgesagt|annullare|annullato|afzeggen"
    r"|annuleren",
    BAIL,
)
_MOVE = _cues(
    # "push tomorrow's 2pm to Thursday", "move Tuesday's 3pm to …"; not "move to Thursday".
    r"(?:move|moving|shift|push|bump|switch|change|changing)[ \t]+"
    r"(?!(?:to|into|back|forward|over|on|of|up|ahead)\b)[\w\x27\u2019]+",
    r"reschedul\w*|postpon\w*|déplacer|décaler|reporter|cambiar|mover|pasar|verschieben"
    r"|verlegen|spostare|spostiamo|mudar|remarcar|verplaatsen|verzetten",
    MOVE_THE_MEETING_PT,
)
# "… and do Friday at 10 instead", "… y mejor el viernes en su lugar", "have to bail today, can
# we do thurs at 4pm instead": the rest of a clause that cancels one time names the time taken
# in its place.
_SWAP = re.compile(
    r"(?:\b(?:and|but|et|mais|y|pero|und|aber|e|ma|mas|en|maar)\b|,)(?=[^.;?!\n]*\b(?:instead"
    r"|à la place|en su lugar|stattdessen|invece|em vez disso|in plaats daarvan)\b)",
    re.IGNORECASE,
)
_TO = re.compile(
    r"\b(?:to|into|until|till|for|à|au|a|al|para|auf|zu|alle?|naar|tot|op)\b", re.IGNORECASE
)
# ("Thursday evening works better than 3pm": the clock a part of the day is preferred to is
# not offered.)
_INSTEAD_OF = re.compile(
    r"\b(?:instead of|rather than"
    r"|(?:(?<=morning works )|(?<=afternoon works )|(?<=evening works ))better than"
    r"|in place of|au lieu d[eu]|plutôt qu['’e]|en lugar de|en vez de|statt"
    r"|anstatt|invece (?:che|d[ie])|anziché|piuttosto che|em (?:vez|lugar) d[eao]s?"
    r"|ao invés d[eao]s?|in plaats van)\b[^,.?!]{0,40}",
    re.IGNORECASE,
)
# "unser Gespräch von Montag, 20 Uhr, auf Dienstag, 19 Uhr verschieben", "onze afspraak van
# maandag 10:00 naar dinsdag verzetten": where the move word comes last, the time after "von"
# / "van" up to the "auf" / "naar" is the slot moved from.
_FROM_BEFORE_TO = re.compile(
    r"\b(?:von|vom)\b[^.?!\n]{1,80}?(?=\bauf\b)|\bvan\b[^.?!\n]{1,80}?(?=\b(?:naar|op)\b)",
    re.IGNORECASE,
)
_ORIGINAL = re.compile(
    r"\b(?:originally|currently|previously|already) (?:scheduled|booked|set|planned)"
    r" (?:for|on)\b[^,.?!]{0,40}",
    re.IGNORECASE,
)


# "our Tuesday 1pm chat", "tomorrow's 10am": the meeting already agreed. In a
# sentence that moves it or cannot make it, that is the old slot.
_AGREED = re.compile(
    rf"\b(?:our|tomorrow['’]s|today['’]s|{ENGLISH_DAYS}['’]s)[ \t]+"
    r"(?:(?:[\w()]+[ \t]+){0,4}?(?:call|chat|meeting|coffee|catch-?up|conversation|appointment"
    r"|slot|session)\b|(?:[a-z]+[ \t]+)?\d{1,2}(?:[:.]\d\d)?(?:[ \t]?[ap]\.?m\b\.?)?(?![\w:]))",
    re.IGNORECASE,
)
# "we were scheduled for Wednesday evening, but could we do Thursday instead?", "we're booked
# for 6pm, can we move it": the meeting as it stands, in a sentence that moves it, is the slot
# given up. Alone ("All set, we were scheduled for Wednesday evening") it names the meeting.
_AS_IT_STANDS = re.compile(
    r"\bwe(?:['’]re| are| were)(?: (?:originally|all))? (?:scheduled|booked|set|down)"
    r" (?:for|on)\b[^,.?!;]{0,40}",
    re.IGNORECASE,
)
# Words that move the meeting or put another time in its place, with or without a "to" after.
_MOVED_OR_SWAPPED = re.compile(
    r"\b(?:move|moving|shift|push|bump|reschedul\w*|postpon\w*|instead|à la place|en su lugar"
    r"|stattdessen|invece|em vez disso|in plaats daarvan)\b",
    re.IGNORECASE,
)
# "onze afspraak van morgen 17:00 te verzetten", "notre rendez-vous de demain 10h", "unseren
# Termin morgen um 15 Uhr": the agreed meeting named with its time in the other languages.
_OUR_MEETING = (
    r"\b(?:notre|nuestr[ao]|unser(?:en|e|em)?|il nostro|la nostra|nosso|nossa|onze|ons)[ \t]+"
    r"(?:rendez-vous|rdv|réunion|échange|appel|café|reunión|cita|llamada|charla|Termin|Gespräch"
    r"|Telefonat|Call|appuntamento|incontro|chiamata|reunião|conversa|chamada|afspraak|gesprek"
    r"|call|koffie)\b(?:[ \t]+[^\W\d_]+){0,3}?"
)
_AGREED_ELSEWHERE = re.compile(
    _OUR_MEETING + r"[ \t]+\d{1,2}(?:[:.h]\d\d)?"
    r"(?:[ \t]*(?:uhr|uur|h)\b)?"
    # "notre rendez-vous de lundi 6 à 15h": the number was the day's, the clock follows it.
    r"(?:[ \t]+(?:à|a las|a la|um|alle|às|om)[ \t]+\d{1,2}(?:[:.h]\d\d)?"
    r"(?:[ \t]*(?:uhr|uur|h)\b)?)?"
    # "unseren Termin am Montag (30.10., 10:00 Uhr Kairo / 9:00 Uhr bei uns)": its day and
    # clocks set in a bracket right after it, on both sides' clocks.
    r"|" + _OUR_MEETING + r"[ \t]*\([^()\n]{0,80}\d[^()\n]{0,80}\)",
    re.IGNORECASE,
)


# "provided my 8:30 ends on time", "if my 3 o'clock runs over": a meeting of the sender's own,
# named by its hour; only that hour is taken, the rest of the clause may offer.
_OWN_MEETING = re.compile(
    r"\b(?:my|i have an?|i've got an?)[ \t]+\d{1,2}(?:[:.]\d\d)?(?:[ \t]?[ap]\.?m\b\.?)?"
    # "I have a 1:00 slot open" offers it.
    r"(?:[ \t]?o['’]clock)?(?![ \t]?(?:minutes?|mins?|hours?|%|[:./-]?\d|[ap]\.?m\b|slot|opening"
    r"|window|gap|spot|free|open|available))",
    re.IGNORECASE,
)

# "let me look at my diary this evening", "I'll go through my calendar tonight": the part of the
# day is when the sender looks, not a time offered; only that stretch is taken.
_WHEN_SENDER_LOOKS = re.compile(
    r"\b(?:look at|check|go through|go over|review|have a look at)[ \t]+(?:my|our|the)[ \t]+"
    r"(?:diary|calendar|schedule|agenda|availability)[ \t]+(?:(?:later[ \t]+)?(?:today|tonight)"
    r"|this[ \t]+(?:morning|afternoon|evening)|(?:tomorrow|tonight)(?:[ \t]+(?:morning"
    r"|afternoon|evening))?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Span:
    """A stretch of one sentence and the role of any time inside it."""

    start: int
    end: int
    role: Role


@dataclass(frozen=True)
class Roles:
    """Roles over one sentence, and whether its cues were tangled."""

    spans: tuple[Span, ...]
    tangled: bool
    # A clause with a conflict cue also has an offer cue: if every time in
    # the sentence came out as conflict, the reading is a guess.
    mixed: bool = False

    def at(self, position: int) -> Role:
        """The role of a time that starts at ``position``."""
        for span in self.spans:
            if span.start <= position < span.end:
                return span.role
        return Role.OFFERED


# Words that make a clause with a time in it read as an offer at all: offer and pick cues,
# and the loose ones people offer with ("also good", "otherwise", "libre").
_OFFER_LIKE = _cues(
    r"fine|good|great|ok|okay|possible|ideal|best|open|free|also|too|as well|alternatively"
    r"|otherwise|or|else|then|instead|suit\w*|prefer\w*|aussi|également|sinon|ou|libre|bien|mieux"
    r"|también|si no|o|bueno|mejor|auch|sonst|oder|frei|gut|lieber|anche|altrimenti|oppure|libero"
    r"|bene|meglio|também|senão|bom|melhor|ook|anders|of|vrij|goed|liever|disponible|disponibile"
    r"|disponível|beschikbaar|kan|könnte|kann|potrei|posso|puedo|podría|pourrais|peux|können"
    # "mas consigo na sexta-feira, às 14h": Portuguese "I can manage" it.
    r"|consigo|conseguimos"
    # "mas às 14h estou livre", "aber um 14 Uhr hätte ich Zeit": free, said so.
    r"|livre|(?:hätte|habe|hab) ich(?: \w+)? Zeit"
    # "Alternativ Freitag zwischen 10 und 11 Uhr": "alternatively" in the other languages.
    r"|alternativ|alternativement|alternativamente|alternatief",
    # "Möglich wäre Dienstag um 18 Uhr": "possible" in the other languages.
    r"möglich|posible|possibile|possível|mogelijk",
    # "Failing that Wednesday 16th, same time": the fallback offer.
    r"failing that|if not|à défaut|en su defecto|ansonsten|in alternativa|caso contrário"
    r"|bij gebrek daaraan",
)


def offer_worded(clause: str) -> bool:
    """Whether a clause with a time in it is worded as an offer, not as a plain statement."""
    return bool(OFFER.search(clause) or PICK.search(clause) or _OFFER_LIKE.search(clause))


_NEGATED = re.compile(
    r"\b(?:not|no|pas|nicht|kein\w*|non|não|niet|geen|nada)\b|n['’]t\b", re.IGNORECASE
)


_OR_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(OR_WORDS))})[ \t,]*$", re.IGNORECASE)


def after_fallback(sentence: str, start: int) -> bool:
    """Whether the clause at ``start`` follows an "if that is no good" clause.

    "…, or, if that doesn't suit, Friday morning", "… or if that's tight, Wednesday": what
    the sender names in case the first time fails (an "if" clause that says no, or follows
    "or") is the other offer ("If you're around, I'm in town Friday at 9" is not).
    """
    return any(
        m.end() == start
        and (_NEGATED.search(m.group(0)) or _OR_BEFORE.search(sentence, 0, m.start()))
        for m in _IF_CLAUSE.finditer(sentence)
    )


_ASIDE = re.compile(r"\([^()\n]{1,80}\)")


def clauses(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each clause: cut at contrast and cause words, and after an "if" clause."""
    cuts = {m.start() for m in _SPLIT.finditer(sentence)}
    cuts |= {m.end() for m in _IF_CLAUSE.finditer(sentence)}
    # "Donderdag om 11 uur (jouw tijd, dus 12 uur hier) zit ik in een workshop": a bracket's
    # aside is no clause of its own; the clock before it belongs with what follows it.
    asides = [m.span() for m in _ASIDE.finditer(sentence)]
    cuts = {c for c in cuts if not any(a < c < b for a, b in asides)}
    edges = [0, *sorted(c for c in cuts if 0 < c < len(sentence)), len(sentence)]
    return [(a, b) for a, b in zip(edges, edges[1:], strict=False) if a < b]


def _weekdays(clause: str) -> set[int]:
    """The weekdays a clause names, as numbers."""
    return {WEEKDAYS[w.group().lower()] for w in _LETTERS.finditer(clause) if is_weekday(w.group())}


_BUT_OPENS = re.compile(rf"\W*{BUT_WORD}\b", re.IGNORECASE)


def _refused_again(
    sentence: str, refused: tuple[int, int], then: tuple[int, int], roles: Roles
) -> bool:
    """Whether clause ``then`` names again a day clause ``refused`` turned down, offering nothing.

    "Thursday doesn't work - in Israel Thursday evening is the start of my weekend": the day
    said again is the reason it is out. A word of offer makes it a part of the day still open
    ("Thursday morning is out - Thursday afternoon is free"), and so do a "but" and a clock of
    its own ("…, mas quinta às 15h30 está ótimo"); an "or" alone is no such word ("the start of
    my weekend" holds the Dutch one).
    """
    a, b = refused
    c, d = then
    days = {
        WEEKDAYS[w.group().lower()]
        for w in _LETTERS.finditer(sentence, a, b)
        if is_weekday(w.group()) and roles.at(w.start()) is Role.CONFLICT
    }
    clause = sentence[c:d]
    worded = (
        OFFER.search(clause)
        or PICK.search(clause)
        or any(m.group().lower() not in OR_WORDS for m in _OFFER_LIKE.finditer(clause))
    )
    contrasted = _BUT_OPENS.match(clause) is not None or _DIGIT.search(clause) is not None
    return bool(days & _weekdays(clause)) and not worded and not contrasted


def _outside(match: re.Match[str], taken: list[re.Match[str]]) -> bool:
    return not any(t.start() < match.end() and match.start() < t.end() for t in taken)


# "jue no puedo, vie 11/12 a las 9?", "do kan niet, vr 11/12 om 15u?": the short weekdays
# people type, which the grammar does not read alone, before a numeric date.
_SHORT_DAYS = (
    r"lun|mar|mer|mié|mie|jeu|jue|gio|ven|vie|sab|sáb|dom|dim|seg|ter|qua|qui|sex"
    r"|mo|di|wo|do|fr|vr"
)
_DAY_WORD = re.compile(rf"\b(?:{_DAYS}|{_SHORT_DAYS})\b", re.IGNORECASE)
_NEXT_DAY = re.compile(
    rf",[ \t]*(?:(?:on|le|el|am|il|o|a|op)[ \t]+)?(?=(?:{_DAYS})\b"
    rf"|(?:(?:{_SHORT_DAYS})\.?[ \t]+)?[0-3]?\d[/.][01]?\d\b)",
    re.IGNORECASE,
)
_RETURN = _cues(_RETURN_WORDS)
_COMMA = re.compile(r",")
# "…, on peut se parler mercredi ?", "…, can we talk Wednesday?": the sender asks to meet.
_LETS_MEET = _cues(
    r"(?:can|could|shall) we|let's|on (?:peut|pourrait)|pouvons-nous|podemos|podríamos"
    r"|können wir|könnten wir|possiamo|potremmo|kunnen we|zullen we"
)
# Terse refusals of one day: "can't thu, fri 3pm?", "not thurs. how about fri 9?" (at a
# sentence's or clause's start: "why not Thursday" and "if not Thursday" offer it), "thu no
# good", "Wed is a no", "wed - no;", "Mercredi non,". Only the day is turned down: a day after
# it is another clause.
_DAY_TURNED_DOWN = _cues(
    rf"(?:can't|cant|cannot) (?:on )?(?:{_DAYS})",
    # "not sure I can make Tue, thu 4:30 ok", "I doubt I can do Friday": a day hedged away is
    # no day the time after it is offered on.
    r"(?:not sure|unsure|doubt|unlikely)(?: (?:that )?(?:i|we)(?:'ll| will)?"
    r" (?:can|could|be able to|make it|manage))?(?: (?:make|do|manage))?"
    rf" (?:about |on )?(?:{_DAYS})",
    rf"(?:(?<=^)|(?<=[.;,:!?] )|(?<=[–—-] ))(?:not|no) (?:on )?(?:{_DAYS})",
    rf"(?:{_DAYS})(?:[ \t]+(?:is|'s)(?: a)?|[ \t]*[=:–—-]|'s)?[ \t]+"
    r"(?:no good|no-go|no|non|nein|não|nee|nope)(?=[ \t]*(?:[,.;:!?]|$))",
    # "am Mittwoch leider nicht (Termin 16–18 Uhr)": the day refused, and the hours in brackets
    # after it are what fills it.
    rf"(?:{_DAYS})[ \t]+(?:leider[ \t]+|helaas[ \t]+)?(?:nicht|niet)"
    r"(?:[ \t]*\([^()\n]{0,40}\)|(?=[ \t]*(?:[,.;:!?]|$)))",
)
UNTIL = _cues(r"until|till|til|through|jusqu'(?:à|au)|hasta|bis|fino a(?:l)?|até|tot")
_TOO = _cues(
    "too|either|as well|neither|also|aussi|non plus|tampoco|también|auch|ebenfalls|anche|neanche"
    "|nemmeno|também|tampouco|ook|evenmin"
)


_BY_LENGTH = re.compile(
    r"\b(?:back |out |forward )?by (?:\d+|half an|an|one|two) (?:min|mins|minutes|hours?)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=32)
def _live_move(text: str) -> re.Match[str] | None:
    """The first move word that moves this meeting ("no need to reschedule" moves nothing).

    Asked once per time in a sentence: a long line of many times is scanned once.
    """
    return next((m for m in _MOVE.finditer(text) if not moot(text, m.start(), m.end())), None)


def moved_to(sentence: str, start: int, end: int) -> bool:
    """Whether a move's "to" stands between ``start`` and ``end``.

    "Shift tomorrow's 1pm to 2:30 same day": the day named with the old slot is the new
    time's day too, and the time after "to" is the new one.
    """
    move = _live_move(sentence)
    return move is not None and (
        _TO.search(sentence, max(start, move.end()), end) is not None
        or moves_by_length(sentence, start, end)
    )


def moves_by_length(sentence: str, start: int = 0, end: int | None = None) -> bool:
    """Whether a move by a length stands between ``start`` and ``end``.

    "Push our Tuesday chat back by an hour? So 10pm my time": the clock after the length is
    where the shift lands, on the meeting's day, not the slot moved from.
    """
    move = _live_move(sentence)
    stop = len(sentence) if end is None else end
    return (
        move is not None and _BY_LENGTH.search(sentence, max(start, move.end()), stop) is not None
    )


def _offer_after_return(clause: str, after: int) -> int:
    """Where an offer or a wish to meet starts after a return, at a comma: else the clause's end.

    "Je rentre de Londres mardi, on peut se parler mercredi 22 à 17h ?": the return ends at
    the comma ("Volto segunda, dia 20, às 9h" lists the return's own date and clock).
    """
    for comma in _COMMA.finditer(clause, after):
        rest = clause[comma.end() :]
        if offer_worded(rest) or _LETS_MEET.search(rest):
            return comma.start()
    return len(clause)


def _one_day_then_offer(clause: str, cue: re.Match[str], other_day: re.Match[str]) -> bool:
    """Whether one day is turned down and the next offered ("can't do Thu, Fri 10 instead?").

    Only with offer words after the second day: "I can't do Thursday, Friday at noon" may
    turn both down.
    """
    return (
        len(_DAY_WORD.findall(clause, cue.end(), other_day.start())) == 1
        and offer_worded(clause[other_day.end() :])
        and not _DAY_WORD.search(clause, 0, cue.start())
    )


def _clause_spans(sentence: str, start: int, end: int) -> tuple[list[Span], bool, bool]:
    clause = sentence[start:end]
    cancels = [m for m in CANCELLED.finditer(clause) if not moot(clause, m.start(), m.end())]
    if cancels:
        swap = _SWAP.search(clause, cancels[-1].end())
        if swap is None:
            return [Span(start, end, Role.CANCELLED)], False, False
        # "Let's cancel Thursday and do Friday at 10 instead": what follows is the new time.
        return [Span(start, start + swap.start(), Role.CANCELLED)], False, False
    if any(other_event(clause, m.start(), m.end()) for m in CANCELLED.finditer(clause)):
        # "I'll cancel my 2:30 to make it": the time is the sender's own calendar.
        return [Span(start, end, Role.CONFLICT)], False, False
    spans: list[Span] = []
    for pattern in (_INSTEAD_OF, _ORIGINAL):
        spans += [
            Span(start + m.start(), start + m.end(), Role.OLD) for m in pattern.finditer(clause)
        ]
    move = _live_move(clause)
    if move is not None:
        to = _TO.search(clause, move.end())
        spans.append(
            Span(start + move.start(), start + (to.start() if to else len(clause)), Role.OLD)
        )
        spans += [
            Span(start + m.start(), start + m.end(), Role.OLD)
            for m in _FROM_BEFORE_TO.finditer(clause, 0, move.start())
        ]
    conflicts = _conflicts(sentence, start, end)
    offers = [m for m in OFFER.finditer(clause) if _outside(m, conflicts)]
    tangled = False
    if conflicts:
        first = conflicts[0]
        later = [m for m in offers if m.start() >= first.end()]
        stop = later[0].start() if later else len(clause)
        if move is not None and move.start() > first.end():
            # "Something came up, I need to move our call to Friday at 10": what the move
            # names is its own; the conflict ends where the move begins.
            stop = min(stop, move.start())
        # "Martedì non riesco, giovedì alle 15?": the day turned down comes first, and another
        # day after a comma starts another clause ("I'm busy Tuesday, Wednesday" lists, and
        # "…, Wednesday too" turns that one down as well).
        other_day = _NEXT_DAY.search(clause, first.end())
        day_cut = (
            other_day is not None
            and (
                _DAY_WORD.search(clause, 0, first.start())
                and not _DAY_WORD.search(clause, first.end(), other_day.start())
                # "Je suis absent jusqu'à jeudi 12h, vendredi 10h me va": the absence ends on
                # the first day, the next one is free.
                or UNTIL.search(clause, 0, other_day.start())
                or _one_day_then_offer(clause, first, other_day)
            )
            and not _TOO.search(clause, other_day.end())
        )
        if day_cut and other_day is not None:
            stop = min(stop, other_day.start())
        if _RETURN.match(clause, first.start()):
            stop = min(stop, _offer_after_return(clause, first.end()))
        # "Tuesday works, Thursday is booked": an offer before the conflict and
        # no contrast word between them; the reading is a guess.
        earlier = [m for m in offers if m.end() <= first.start()]
        # "I can do Thursday at 9am, I have a hard stop at 9:30": a limit after an offer bounds
        # that slot and turns nothing before it down.
        limit = bool(earlier) and _LIMIT.fullmatch(first.group(0)) is not None
        tangled = (
            bool(earlier) and not limit and not _another_day_out(clause, earlier[-1].end(), stop)
        )
        begin = first.start() if limit else earlier[-1].end() if earlier else 0
        spans.append(Span(start + begin, start + stop, Role.CONFLICT))
        # "thu is 8am here = school run, mon 7pm i teach": the next day, cut off at its comma,
        # has a conflict of its own, which covers it as the first one covered the first day.
        if (
            day_cut
            and other_day is not None
            and other_day.start() == stop
            and _conflicts(sentence, start + stop, end)
        ):
            rest, knotted, both = _clause_spans(sentence, start + stop, end)
            return spans + rest, tangled or knotted, both or bool(offers)
    picks = [m for m in PICK.finditer(clause) if _outside(m, conflicts)]
    if picks and not conflicts:
        spans.append(Span(start, end, Role.ACCEPTED))
    return spans, tangled, bool(conflicts and offers)


_WEEKDAY = re.compile(rf"\b(?:{_DAYS})\b", re.IGNORECASE)


def _another_day_out(clause: str, offer_end: int, stop: int) -> bool:
    """Whether the conflict after an offer turns down only a day of its own, with no clock.

    "Freitag 15:30 passt mir gut, am Donnerstag bin ich leider unterwegs": the offer's day and
    the day the sender is away are two, and the conflict names no time the offer could lose.
    """
    said = {WEEKDAYS[m.group(0).lower()] for m in _WEEKDAY.finditer(clause, 0, offer_end)}
    out = {WEEKDAYS[m.group(0).lower()] for m in _WEEKDAY.finditer(clause, offer_end, stop)}
    return bool(said and out) and not said & out and not _DIGIT.search(clause, offer_end, stop)


# A clause that only turns down what came before it: "…, so maybe not", "…, so that's out".
_TURNS_DOWN = re.compile(
    r"^\W*(?:so|then|donc|alors|así que|entonces|also|deshalb|quindi|allora|então|dus)?[ \t,]*"
    r"(?:(?:maybe|probably|perhaps) not"
    # "Wednesday 9am SGT is 2am here, so not that one!": the time just named, refused.
    r"|not (?:that|this) one"
    r"|that(?:'s| is|’s) (?:out|no good|not ideal|too early|too late)"
    r"|(?:that )?(?:won't|will not|doesn't|does not) work|no good|not ideal|too (?:early|late)"
    r"|peut-être pas|trop tôt|trop tard|quizás no|demasiado (?:temprano|tarde)|eher nicht"
    r"|zu früh|zu spät|forse no|troppo (?:presto|tardi)|talvez não|muito cedo|muito tarde"
    r"|misschien niet|te vroeg|te laat"
    # "… is 8am here in Denver - too early with school drop-off": the reason may follow.
    r"|(?:(?:that|it)['’]?s |way |much |a bit |far )?(?:too|trop|demasiado|zu|troppo|muito|te)"
    r" (?:early|late|tôt|tard|temprano|tarde|früh|spät|presto|tardi|cedo|vroeg|laat)\b[^?\n]*"
    # "… would be 11pm here - a bit late for my brain": "a bit" says "too" without the word.
    r"|(?:(?:that|it)['’]?s )?(?:a bit|a little|rather|bit) (?:early|late)\b[^?\n]*"
    # "… wäre bei mir 9 Uhr - da habe ich leider unseren Jour fixe": the sender's own calendar
    # on the time just named, regretted.
    r"|(?:da|dann|zu der Zeit|um die Zeit) (?:habe|hab|bin) ich leider\b[^?\n]*"
    # "saw your note about Tuesday at 2 - I'm going to have to pass": the user's time, declined.
    r"|(?:i['’]m |i am |i['’]ll |i will )?(?:going to |gonna )?(?:have to |need to |must )?pass"
    r"(?: on (?:it|this|that))?(?:,? sorry)?|je (?:vais devoir )?passer? mon tour"
    r"|(?:tengo que )?paso|ich muss passen|(?:devo )?passare|vou ter de passar"
    r"|ik (?:moet )?pas(?:sen)?"
    # "…, así que me temo que no", "…, so I'm afraid not", "3am here, so no", "ça ne va pas":
    # the user's time just named, turned down (with regret) in a clause of its own.
    r"|(?:i['’]m |i am )?afraid not|(?:sorry,? )?no|(?:ça|cela) ne (?:va|marche|me va) pas"
    r"|(?:me temo que|lo siento,? pero|lamentablemente) no|(?:das geht |dann )?leider nicht"
    r"|purtroppo no|(?:infelizmente )?não dá|infelizmente não|helaas niet"
    # "… fine in principle but I'm on the school run till half 9", "mais j'ai un rendez-vous
    # jusqu'à 10h": the sender busy until a clock, said against the time just named.
    r"|but (?:i['’]m|i am|i['’]ll be|i will be) (?:on|at|in|with|stuck|tied up|busy)\b"
    r"[^?\n]{0,40}?\b(?:till|until|til)\b[^?\n]*"
    r"|mais (?:je suis|je serai|j['’]ai)\b[^?\n]{0,40}?\bjusqu['’]à\b[^?\n]*"
    r"|pero (?:estoy|estaré|tengo)\b[^?\n]{0,40}?\bhasta\b[^?\n]*"
    r"|aber ich (?:bin|habe|hab)\b[^?\n]{0,40}?\bbis\b[^?\n]*"
    r"|ma (?:sono|sarò|ho)\b[^?\n]{0,40}?\bfino\b[^?\n]*"
    r"|mas (?:estou|estarei|tenho)\b[^?\n]{0,40}?\baté\b[^?\n]*"
    r"|maar ik (?:ben|heb|zit)\b[^?\n]{0,40}?\btot\b[^?\n]*)"
    r"\W*$",
    re.IGNORECASE,
)
# "I was thinking Monday at 8, but that's the middle of your night, so forget it": everything
# the sentence said before is dropped.
_DROPS_ALL = re.compile(
    r"^\W*(?:so|then|donc|alors|así que|entonces|also|deshalb|quindi|allora|então|dus)?[ \t,]*"
    r"(?:(?:let's )?forget (?:it|that|about it)|never mind|oublions|oublie(?:z)? ça|olvídalo"
    r"|olvidémoslo|mejor no|vergessen wir das|lassen wir das|lasciamo perdere|esquece|esqueça"
    r"|deixa pra lá|laat maar|vergeet (?:het|dat))\W*$",
    re.IGNORECASE,
)


_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"\s+")


def _one_event(clause: str) -> bool:
    """Whether a clause holds one event's day and clock, not an offer's day and clock beside it.

    "fri 10 at 3pm ET I have the dentist lol)" and "thu 16 around 5pm ET?" on the next line:
    a phone's line break, joined, runs the event's clause into the next offer's day and clock;
    which clock is whose is then left to the doubt on an event's clock. "ik vlieg woensdag om
    7:00 en kom zondag terug" has two days but one clock: one trip.
    """
    # "Mon chef a le point d'équipe jeudi": a weekday only where it can be nothing else.
    words = (w.group().lower() for w in _LETTERS.finditer(clause))
    days = {WEEKDAYS[w] for w in words if is_weekday(w)}
    return len(days) <= 1 or len(_CLOCKS.findall(clause)) <= 1


_LETTERS = re.compile(r"[^\W\d_]+(?:-feira)?")
_CLOCKS = re.compile(r"\d(?:[:.h]\d\d|[ \t]?(?:[ap]\.?m|h|uhr|uur)\b)", re.IGNORECASE)


# "your mornings are the middle of my night", "your 11am Tuesday is 3am Wednesday here", "son
# las 3 de la madrugada aquí": the user's time falls in the sender's night, the reason it cannot be.
_NIGHT = _cues(
    r"(?:the )?middle of (?:my|the|our) night|dead of night|en pleine nuit|(?:en )?plena noche"
    r"|mitten in der Nacht|(?:nel )?(?:cuore|pieno) della notte|(?:n)?o meio da (?:minha )?noite"
    r"|(?:midden in|hartje) de nacht",
    rf"(?:is|'s|would be|will be|lands at|falls at) (?:at )?(?:12|0?[1-5])(?::[0-5]\d)?"
    rf"[ \t]?a\.?m\.?(?:,?[ \t]+(?:on[ \t]+)?(?:the[ \t]+)?{ENGLISH_DAYS}"
    r"(?:[ \t]+\d{1,2}(?:st|nd|rd|th)?)?)?"
    r"[ \t]+(?:here|for me|my time|on my (?:end|side)|where I am)\b",
    # ("ce qui fait 4 h du matin ici" restates; "c'est 4 h du matin ici" says the problem.)
    r"(?:son las|es la|c'est|ce serait|ist (?:das )?(?:bei (?:mir|uns) |hier )?|wäre (?:das )?"
    r"(?:bei (?:mir|uns) )?|sono le|è l'|sarebbero le|são|é|seriam|is het (?:hier |bij mij )?)"
    r"[ \t]*(?:0?[0-5]|12)(?:[:.h][0-5]\d)?[ \t]*(?:h[ \t]+|Uhr[ \t]+|uur[ \t]+)?"
    r"(?:de la madrugada|da madrugada|du matin|nachts|in der Nacht|di notte|'s nachts)",
)
# "… is 3am here, but fine", "… mais je suis matinal": the night hour taken anyway, the rest of
# the sentence naming no other time.
_NIGHT_TAKEN = _cues(
    r"works|fine|suits|no problem|happy|doable|but|though|although|anyway|mais|pero|igual|aber"
    r"|trotzdem|però|ma|comunque|mas|mesmo assim|maar|toch"
)


def _night_clauses(sentence: str, cut: list[tuple[int, int]]) -> list[Span]:
    """Conflict over each clause putting a time in the sender's night.

    The clauses before it that only name that time ("Your Tuesday 11am - that's 3am here")
    are turned down with it.
    """
    spans = []
    for i, (a, b) in enumerate(cut):
        if not _NIGHT.search(sentence, a, b) or (
            _NIGHT_TAKEN.search(sentence, a) and not _DIGIT.search(sentence, b)
        ):
            continue
        first = i
        while first > 0 and not offer_worded(sentence[slice(*cut[first - 1])]):
            first -= 1
        spans.append(Span(cut[first][0], b, Role.CONFLICT))
    return spans


# "…, aber da sitze ich im Zug", "…, but then I'm on a train", "…, but that day I'm away": the
# time just offered, pointed back at.
_THEN_BACK = re.compile(
    rf"\W*{BUT_WORD}\W+(?:then|that day|on that day|da|dann|an dem Tag|ce jour-là|alors|ese día"
    r"|ese dia|quel giorno|nesse dia|naquele dia|dan|die dag|op die dag)\b",
    re.IGNORECASE,
)
# "… but I have a committee that morning", "mais j'ai un comité ce matin-là", "pero a esa hora
# tengo consulta": words anywhere in a clash that point back at the time just named.
# (A whole day pointed back at, "ce jour-là", is `_offer_day_out`'s.)
_AT_IT_BACK = re.compile(
    r"\b(?:then|at that time|at that hour|that (?:morning|afternoon|evening)"
    r"|à ce moment-là|à cette heure-là|ce (?:matin|soir)-là|cet après-midi-là"
    r"|a esa hora|esa (?:mañana|tarde|noche)|en ese momento"
    r"|zu der Zeit|um diese Zeit|zu dieser Zeit|an dem (?:Morgen|Vormittag|Nachmittag|Abend)"
    r"|a quell['’]ora|quella (?:mattina|sera)|quel pomeriggio|in quel momento"
    r"|(?:a|n)essa hora|naquela hora|nessa (?:manhã|tarde|noite)|nesse momento"
    r"|op dat moment|om die tijd|die (?:ochtend|middag|avond))(?![\w-])",
    re.IGNORECASE,
)
# "Jeudi 11 à 10h me va, mais ce matin-là …": a yes before the clash, which contradicts it.
_YES_BEFORE = _cues(
    r"works?|suits?|good|fine|great|perfect|ideal|me va|me vont|me convient|me viene|me sirve"
    r"|está bien|passt|geht|klappt|va bene|mi va|serve|dá|fica bem|past|lukt|gaat"
)


def _clash_points_back(sentence: str, cut: list[tuple[int, int]]) -> list[Span]:
    """The clause a clash after "but" points back at, turned down with it.

    "Tuesday 5pm your time is 11am here, but I have a committee then": "and I have a committee
    then" covers the clock in one clause; after "but" ("mais", "pero", "aber") the clash is a
    clause of its own, and its "then" is still that clock. A clash with a day or clock of its
    own ("but on Friday I teach") is about that one; a yes or an offer before it ("Thursday 10
    works, but then I'm on a train") contradicts it, which `_offer_day_out` leaves in doubt.
    """
    spans = []
    for (a, b), (c, d) in zip(cut, cut[1:], strict=False):
        stop = _STOP.search(sentence, c, d)
        clause = sentence[c : stop.start() if stop else d]
        earlier = sentence[a:b]
        if (
            _BUT_OPENS.match(clause)
            and _conflicts(sentence, c, c + len(clause))
            and _AT_IT_BACK.search(clause)
            and not _DIGIT.search(clause)
            and not _weekdays(clause)
            and _DIGIT.search(earlier)
            and not offer_worded(earlier)
            and not PICK.search(earlier)
            and not _YES_BEFORE.search(earlier)
        ):
            spans.append(Span(a, b, Role.CONFLICT))
    return spans


_STOP = re.compile(r"[.!?\n]")


def _offer_day_out(sentence: str, cut: list[tuple[int, int]]) -> bool:
    """Whether a conflict after "but" turns down the day of the time named just before it.

    "Freitag 16:00 passt mir, am Freitag bin ich aber unterwegs", "Thursday 10 works, but
    then I'm on a train": the yes and the no fall on one day. A clock of the conflict's own
    ("but Friday until 2 I'm out") or another day ("but Thursday I'm away") bounds it instead.
    """
    for (a, b), (c, d) in zip(cut, cut[1:], strict=False):
        # A reply's sentences may run on ("… im Zug. Freitag um 14 Uhr?"): the conflict's
        # clause ends at its stop.
        # (Positions in the clause: its first cue ends at ``c + conflict.end()``.)
        conflict = next(iter(_conflicts(sentence, c, d)), None)
        stop = _STOP.search(sentence, c + conflict.end(), d) if conflict else None
        clause = sentence[c : stop.start() if stop else d]
        clocks = list(_DIGIT.finditer(sentence, a, b))
        if conflict is None or not _BUT_OPENS.match(clause) or _DIGIT.search(clause) or not clocks:
            continue
        offered = _weekdays(sentence[a : clocks[-1].start()])
        back = _weekdays(sentence[clocks[-1].end() : c + len(clause)])
        if offered & back or (offered and not back and _THEN_BACK.match(clause)):
            return True
    return False


# "8am here, which is perfect before standup", "Thursday 10am works, right before my stand-up":
# the team's routine meeting named as the edge of a time said to suit sits beside that time,
# not on it. "… is right before standup, which is too tight", "right before standup?" or one
# with a clock of its own ("right after my stand-up at 8:30") stays the sender's event.
_AS_BOUND = re.compile(
    r"\b(?:before|after)(?: (?:my|our|the))?(?: daily| weekly| morning)?[ \t]*$", re.IGNORECASE
)
_ROUTINE = re.compile(r"stand-?up|team ?sync", re.IGNORECASE)
_FITS = _cues(r"works?|perfect|ideal|good|fine|great|suits?")
_CAVEAT = _cues(
    r"tight|too|but|though|however|rather|sadly|unfortunately|except|unless|can't|cannot|not"
    r"|no|later|earlier|instead"
)


def _routine_as_bound(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` is a routine meeting named as a suiting time's edge."""
    return bool(
        _ROUTINE.fullmatch(sentence, start, end)
        and _AS_BOUND.search(sentence, 0, start)
        and _FITS.search(sentence, 0, start)
        and not _DIGIT.search(sentence, end)
        and not _CAVEAT.search(sentence)
        and "?" not in sentence
    )


def _conflicts(sentence: str, start: int, end: int) -> list[re.Match[str]]:
    """The conflict cues of ``sentence[start:end]``, at positions in that stretch.

    A routine meeting named as the edge of a time that suits is none.
    """
    clause = sentence[start:end]
    return [
        m
        for m in CONFLICT.finditer(clause)
        if not _routine_as_bound(sentence, start + m.start(), start + m.end())
    ]


def _bounds_only(sentence: str, start: int, end: int) -> bool:
    """Whether every event the clause names is a routine meeting as a time's edge.

    "right before my flight" names no routine: the flight's clock is its own.
    """
    return all(
        _routine_as_bound(sentence, m.start(), m.end())
        for m in OTHER_EVENT.finditer(sentence, start, end)
    )


def read_roles(sentence: str) -> Roles:
    """The roles over one sentence; earlier spans (old, then conflict) win where they overlap."""
    spans: list[Span] = []
    if (_conflicts(sentence, 0, len(sentence)) or _live_move(sentence)) and not CANCELLED.search(
        sentence
    ):
        spans += [
            Span(m.start(), m.end(), Role.OLD)
            for pattern in (_AGREED, _AGREED_ELSEWHERE)
            for m in pattern.finditer(sentence)
        ]
    spans += [
        Span(m.start(), m.end(), Role.CONFLICT)
        for pattern in (_OWN_MEETING, _WHEN_SENDER_LOOKS)
        for m in pattern.finditer(sentence)
    ]
    spans += [Span(m.start(), m.end(), Role.CONFLICT) for m in _DAY_TURNED_DOWN.finditer(sentence)]
    cut = clauses(sentence)
    spans += _night_clauses(sentence, cut)
    if _live_move(sentence) or _MOVED_OR_SWAPPED.search(sentence):
        spans += [
            Span(m.start(), min(m.end(), next(b for a, b in cut if a <= m.start() < b)), Role.OLD)
            for m in _AS_IT_STANDS.finditer(sentence)
        ]
    spans += [
        Span(a, b, Role.CONFLICT)
        for (a, b), (c, d) in zip(cut, cut[1:], strict=False)
        # A reply's line breaks fall anywhere: "así que me\ntemo que no" is one phrase.
        if _TURNS_DOWN.match(_SPACES.sub(" ", sentence[c:d]))
    ]
    spans += [Span(0, c, Role.CONFLICT) for c, d in cut[1:] if _DROPS_ALL.match(sentence[c:d])]
    # "I land Thursday 6am", "Der Launch ist Freitag um 17 Uhr", "mi jefe tiene la reunión el
    # jueves a las 10": a clause naming another event, with no offer wording, is the sender's
    # (or someone's) schedule, not an offer.
    spans += [
        Span(a, b, Role.CONFLICT)
        for a, b in cut
        if OTHER_EVENT.search(sentence, a, b)
        and not _bounds_only(sentence, a, b)
        # A clock of its own: "Friday morning is our release go/no-go" names a part of a day,
        # which may yet be what the sender turns down or offers around.
        and _DIGIT.search(sentence, a, b)
        and not offer_worded(sentence[a:b])
        and not INVITED_TO_EVENT.search(sentence, a, b)
        and _one_event(sentence[a:b])
    ]
    tangled, mixed = _offer_day_out(sentence, cut), False
    for start, end in cut:
        found, knotted, both = _clause_spans(sentence, start, end)
        spans += found
        tangled = tangled or knotted
        mixed = mixed or both
    said = Roles(tuple(spans), tangled, mixed)
    spans += [
        Span(*then, Role.CONFLICT)
        for refused, then in zip(cut, cut[1:], strict=False)
        if _refused_again(sentence, refused, then, said)
    ]
    spans += _clash_points_back(sentence, cut)
    return Roles(tuple(spans), tangled, mixed)
