"""Precision hunt 38: moves and cancels of an agreed meeting.

Replies to the user's confirmation of an agreed meeting (the confirmation quoted, the outreach
nested under it): cancels with and without a new time ("will not be able to make our call",
"have to pull out of Thursday", "let's reconnect when I'm back"), moves by a length ("push back
an hour", "bump it 30 min later", "move up by half an hour", "slide to 3:30"), moves to another
day ("same time Friday instead"), moves that name the slot given up, updated invitations told in
words, confirmations that move nothing ("still on for Thursday?", "running 5 min late"), and
defers that sound like cancels. English of several regions, French, Spanish, Portuguese, German,
Italian and Dutch; sentences of our own. Two users: one in Stockholm, the meeting Thursday 23
March 2028 at 15:00 (Stockholm), the reply written on Tuesday 21 March (Europe changes its clocks
on Sunday 26 March); one in Houston, the meeting Thursday 9 March 2028 at 10:00 (Central), the
reply written on Monday 6 March (the US changes its clocks on Sunday 12 March). Senders write
from London, New York, Berlin, Madrid, Lisbon, São Paulo, Amsterdam, Milan, Sydney and Mumbai.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

A, R, C, F, OTH = (
    Intent.ACCEPT,
    Intent.RESCHEDULE,
    Intent.CANCEL,
    Intent.DEFER,
    Intent.OTHER,
)
# The right reading is "in doubt": no certain reading of it would be safe.
D = None
# A confirmation that moves nothing: a yes (with the agreed time or none) or a note.
AO = (A, OTH)
# The meeting is off and nothing new is set: a cancel, or a defer to a later spell.
CF = (C, F)
# The meeting is off and the sender asks to set another one, with no time: a cancel, or a move
# that asks for new times.
CR = (C, R)
# Expected starts, (month, day, hour[, minute]) on the user's clock; ("days", (m, d), (m, d)): a
# move whose new starts, if any, fall on those days; NONE: no times at all.
NONE: list[tuple[int, ...]] = []
STO_AGREED = [(3, 23, 15)]
HOU_AGREED = [(3, 9, 10)]

_STO = ZoneInfo("Europe/Stockholm")
_HOU = ZoneInfo("America/Chicago")
_STO_CONFIRM = (
    "\n\nOn Mon, Mar 20, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Perfect, Thursday 23 March at 15:00 (Stockholm time) it is. I'll send an invite.\n>\n"
    "> Ada\n>\n"
    "> On Fri, Mar 17, 2028 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
    ">> Hi Kai, would you have 30 minutes for a chat next week? I'm in Stockholm; happy to work"
    " around your time zone.\n>>\n>> Ada\n"
)
_STO_PICK = (
    "\n\nOn Mon, Mar 20, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Great, Thursday at 15:00 then. Talk soon!\n>\n"
    "> On Sun, Mar 19, 2028 at 6:00 PM Kai Berg <kai@example.com> wrote:\n"
    ">> Thursday works for me.\n>>\n"
    ">> On Fri, Mar 17, 2028 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
    ">>> Hi Kai, could we talk for 30 minutes? Would Thursday 23 March at 15:00 or Friday 24"
    " March at 10:00 (Stockholm time) suit you?\n"
)
_STO_OFFER = (
    "\n\nOn Mon, Mar 20, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai, would Thursday 23 March at 15:00 (Stockholm time) work for a 30-minute chat?\n"
)
_HOU_CONFIRM = (
    "\n\nOn Fri, Mar 3, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Great, Thursday March 9 at 10am Central it is - calendar invite to follow.\n>\n"
    "> On Wed, Mar 1, 2028 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
    ">> Hi Kai, I'm based in Houston - would you have 30 minutes for a call next week?\n"
)
_HOU_PICK = (
    "\n\nOn Fri, Mar 3, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Sounds good, see you Thursday at 10!\n>\n"
    "> On Thu, Mar 2, 2028 at 4:00 PM Kai Berg <kai@example.com> wrote:\n"
    ">> Thursday at 10 your time is fine.\n>>\n"
    ">> On Wed, Mar 1, 2028 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
    ">>> Hi Kai, could we talk for 30 minutes? Thursday March 9 at 10am or Friday March 10 at"
    " 2pm (Central) would suit me.\n"
)
_SETTINGS = {
    "sto": (_STO, _STO_CONFIRM, "Tue, 21 Mar 2028 10:00:00 +0100"),
    "sto2": (_STO, _STO_PICK, "Tue, 21 Mar 2028 09:00:00 +0000"),
    "sto_off": (_STO, _STO_OFFER, "Tue, 21 Mar 2028 10:00:00 +0100"),
    "hou": (_HOU, _HOU_CONFIRM, "Mon, 6 Mar 2028 09:00:00 -0600"),
    "hou2": (_HOU, _HOU_PICK, "Mon, 6 Mar 2028 15:00:00 +0000"),
}

Expect = list[tuple[int, ...]] | tuple[str, tuple[int, int], tuple[int, int]]
Row = tuple[str, str, Intent | tuple[Intent, ...] | None, Expect]
ROWS: list[Row] = [
    # ---- cancels, English, Stockholm ----
    ("Hi Ada, I will not be able to make our call on Thursday, so sorry.", "sto", C, NONE),
    ("Hi Ada - I have to pull out of Thursday, apologies. Something came up.", "sto", C, NONE),
    ("Need to cancel, sorry, something came up. Let's find another time.", "sto", C, NONE),
    (
        "Ada, I'm off to Lisbon tomorrow for a family thing and won't be able to do Thursday."
        " Let's reconnect when I'm back.",
        "sto",
        C,
        NONE,
    ),
    ("Gonna have to bail on thurs, really sorry. lets find another time", "sto", C, NONE),
    (
        "Hiya, afraid I'll have to cancel our chat on Thursday - I've been pulled onto a client"
        " visit. Can we rearrange?",
        "sto",
        CR,
        NONE,
    ),
    ("So sorry Ada, I'm going to have to take a rain check on Thursday.", "sto", C, NONE),
    (
        "Apologies, I can no longer make Thursday at 15:00. I'll come back to you with some new"
        " times.",
        "sto2",
        CR,
        NONE,
    ),
    ("Unfortunately I need to cancel our meeting. Sorry for the short notice!", "sto2", C, NONE),
    (
        "Hey Ada, sorry to do this but I have to cancel Thursday. Kid's off sick. Ping me next"
        " week?",
        "sto",
        CF,
        NONE,
    ),
    (
        "Hi Ada, I'm unable to attend Thursday's call due to an urgent deadline. Please accept my"
        " apologies. I'll be in touch to reschedule.",
        "sto",
        CR,
        NONE,
    ),
    ("cant make it thurs sorry!! will msg u to rebook", "sto", C, NONE),
    ("I'm so sorry, I have to cancel. Let's reconnect when I'm back from leave.", "sto", C, NONE),
    (
        "Ada - I'm going to have to pull the plug on Thursday, the reorg has eaten my week. Can we"
        " pick this up in April?",
        "sto",
        CF,
        NONE,
    ),
    # ---- cancels with a new time: a move ----
    (
        "Need to cancel Thursday, sorry - could we do Friday at 10 instead?",
        "sto",
        R,
        [(3, 24, 10)],
    ),
    (
        "I can no longer make Thursday at 15:00. Would Monday 27th at 14:00 suit you instead?",
        "sto",
        R,
        [(3, 27, 14)],
    ),
    (
        "Sorry Ada, have to cancel Thursday. Same time next Tuesday?",
        "sto",
        R,
        [(3, 28, 15)],
    ),
    (
        "I won't be able to make our call Thursday. Could we do Friday 24th, 10am New York time?",
        "sto",
        R,
        [(3, 24, 15)],
    ),
    (
        "Hi Ada, something's come up Thursday. Would Monday 27 March at 2pm UK time work?",
        "sto",
        R,
        [(3, 27, 15)],
    ),
    (
        "Have to cancel Thursday I'm afraid. Free Friday at 4pm London time if that's any good?",
        "sto",
        R,
        [(3, 24, 17)],
    ),
    # ---- moves by a length ----
    ("Could we push back an hour on Thursday?", "sto", R, [(3, 23, 16)]),
    ("Any chance we could bump it 30 min later?", "sto", R, [(3, 23, 15, 30)]),
    ("Can we move up by half an hour? I have to leave early.", "sto", R, [(3, 23, 14, 30)]),
    ("Mind if we slide to 3:30?", "sto", R, [(3, 23, 15, 30)]),
    (
        "Could we push it back 15 minutes? Back-to-backs all afternoon.",
        "sto2",
        R,
        [(3, 23, 15, 15)],
    ),
    ("Would you mind if we started an hour earlier on Thursday?", "sto", R, [(3, 23, 14)]),
    ("Could we kick off at 15:30 instead of 15:00?", "sto", R, [(3, 23, 15, 30)]),
    ("Can we shift it to 16:00, same day?", "sto", R, [(3, 23, 16)]),
    ("Small ask - could we bring it forward to 14:00?", "sto", R, [(3, 23, 14)]),
    ("can we do 30 mins later? running behind today", "sto", R, [(3, 23, 15, 30)]),
    ("Hey, could we push our call by an hour? Dentist ran over.", "hou", R, [(3, 9, 11)]),
    ("Could we move it up 30 minutes?", "hou", R, [(3, 9, 9, 30)]),
    ("Would 10:30 work instead of 10?", "hou", R, [(3, 9, 10, 30)]),
    ("Can we slide to 11am? Same day.", "hou2", R, [(3, 9, 11)]),
    ("Mind bumping it back a half hour?", "hou", R, [(3, 9, 10, 30)]),
    # ---- moves to another day ----
    ("Could we do same time Friday instead?", "sto", R, [(3, 24, 15)]),
    ("Can we do Friday rather than Thursday, same time?", "sto", R, [(3, 24, 15)]),
    ("Can we do Wednesday rather than Thursday?", "sto", R, ("days", (3, 22), (3, 22))),
    ("Something came up Thursday - same time next week?", "sto", R, [(3, 30, 15)]),
    ("Would next Tuesday at the same time work instead?", "sto", R, [(3, 28, 15)]),
    (
        "Could we move to same time next Thursday? That's 10am for me in New York.",
        "sto",
        R,
        [(3, 30, 16)],
    ),
    ("Can we move to Monday 27th at 10:00 instead?", "sto2", R, [(3, 27, 10)]),
    ("Could we move it to Friday morning, say 9?", "sto", R, [(3, 24, 9)]),
    ("Can we do Friday same time instead? Thursday's gone sideways.", "hou", R, [(3, 10, 10)]),
    ("Could we do same time next week instead?", "hou", R, [(3, 16, 10)]),
    (
        "Can we push to next Thursday, same time? 4pm for me in London.",
        "hou",
        R,
        [(3, 16, 11)],
    ),
    ("Could we do Tuesday 14th at 11am ET instead?", "hou", R, [(3, 14, 10)]),
    ("Can we move it to Friday at 11am Eastern?", "hou", R, [(3, 10, 10)]),
    ("Would Wednesday 8th at 9am Pacific work instead?", "hou", R, [(3, 8, 11)]),
    ("Swap to Friday 10th, 5pm Berlin time?", "hou2", R, [(3, 10, 10)]),
    ("Could we do Monday the 13th instead, same time?", "hou", R, [(3, 13, 10)]),
    # ---- moves that name the old slot ----
    (
        "Instead of Thursday at 3pm, could we do Friday at 3pm?",
        "sto",
        R,
        [(3, 24, 15)],
    ),
    (
        "Rather than Thu 15:00, could we go for Fri 11:00?",
        "sto",
        R,
        [(3, 24, 11)],
    ),
    (
        "Can we move Thursday 10am to Friday 2pm?",
        "hou",
        R,
        [(3, 10, 14)],
    ),
    (
        "Thursday 10am no longer works on my side - could we do Friday at 9 instead?",
        "hou",
        R,
        [(3, 10, 9)],
    ),
    # ---- updated invitations told in words ----
    ("I've sent an updated invite for Friday 24th at 10:00 your time.", "sto", R, [(3, 24, 10)]),
    ("Just moved the calendar invite to 16:00, same day.", "sto", R, [(3, 23, 16)]),
    ("Updated the invite - we're now 30 min later. Hope that's ok!", "sto", R, [(3, 23, 15, 30)]),
    ("Sent you a new invite for next Tuesday, same time.", "sto", R, [(3, 28, 15)]),
    ("My assistant will send over an updated invite shortly.", "sto", D, NONE),
    ("I've accepted the invite, see you Thursday!", "sto", AO, STO_AGREED),
    (
        "Just pushed the invite back an hour, let me know if that's a problem.",
        "hou",
        R,
        [(3, 9, 11)],
    ),
    ("Moved the invite to Friday same time - shout if that doesn't work.", "hou", R, [(3, 10, 10)]),
    # ---- confirmations that move nothing ----
    ("Still on for Thursday?", "sto", OTH, NONE),
    ("See you Thursday at 3!", "sto", AO, STO_AGREED),
    ("Running 5 min late, sorry!", "sto", OTH, NONE),
    ("Looking forward to our chat on Thursday.", "sto", AO, STO_AGREED),
    ("Are we still good for 3pm Thursday?", "sto2", OTH, NONE),
    ("Confirmed - see you at 15:00 on Thursday.", "sto", AO, STO_AGREED),
    ("Just checking we're still on for tomorrow?", "hou", OTH, NONE),
    ("All good for Thursday at 10, speak then.", "hou", AO, HOU_AGREED),
    ("Gonna be a couple mins late, start without me lol", "hou", OTH, NONE),
    ("Thursday at 10 still works for me - talk then!", "hou2", AO, HOU_AGREED),
    (
        "Quick one - will you send a Teams link or shall I? Still on for Thursday at 10.",
        "hou",
        AO,
        HOU_AGREED,
    ),
    # ---- near misses: another event moved or cancelled, a length that is no move ----
    (
        "I had to push back another meeting to make this work, but see you Thursday!",
        "sto",
        AO,
        STO_AGREED,
    ),
    ("My 2pm got cancelled so no rush on my side. See you at 3!", "sto", AO, STO_AGREED),
    ("I may be 10 minutes late, my train gets in at 14:50.", "sto", OTH, NONE),
    ("Could we push it back 30 minutes, or maybe an hour?", "sto", D, NONE),
    ("I'll be 15 minutes late, apologies in advance.", "hou", OTH, NONE),
    (
        "My flight was moved an hour earlier but it doesn't affect our call. Speak Thursday.",
        "hou",
        AO,
        HOU_AGREED,
    ),
    ("Could we push back an hour?", "sto_off", D, NONE),
    ("Same time Friday instead?", "sto_off", D, NONE),
    ("Need to cancel, sorry.", "sto_off", (C, Intent.DECLINE), NONE),
    # ---- defers that sound like cancels, cancels that sound like defers ----
    (
        "Can we put Thursday on hold for now? I'll ping you when things calm down.",
        "sto",
        CF,
        NONE,
    ),
    ("Let's park Thursday - I'll circle back in a couple of weeks.", "sto", CF, NONE),
    (
        "Things have gone a bit mad here, could we postpone until after Easter?",
        "sto",
        (R, F),
        NONE,
    ),
    ("I need to postpone our call, sorry. Will be in touch.", "sto", (C, F, R), NONE),
    ("Can we postpone? Something came up.", "sto", R, NONE),
    (
        "Can we push this to next week? Any time Tuesday afternoon works.",
        "sto",
        R,
        ("days", (3, 28), (3, 28)),
    ),
    (
        "Let's hold off on Thursday until our budgets are approved, probably May.",
        "hou",
        CF,
        NONE,
    ),
    ("Gotta scrap Thursday, sorry mate. Let's catch up when I'm back from Sydney.", "hou", C, NONE),
    ("I'll have to bow out of Thursday's call. Let's try again another time.", "hou", C, NONE),
    ("Something urgent came up. We'll have to do this another time.", "hou", C, NONE),
    ("Sorry, need to reschedule - will send some new times tomorrow.", "hou", R, NONE),
    ("Can we move Thursday? Something came up.", "hou", R, NONE),
    ("Can't do Thursday any more. Friday or Monday?", "hou", D, NONE),
    # ---- English, Houston cancels ----
    ("Hi Ada, I won't be able to make our call Thursday after all. Apologies.", "hou", C, NONE),
    ("Y'all, I've got to cancel Thursday - got called into jury duty.", "hou", C, NONE),
    ("Really sorry but I have to drop out of our chat this week.", "hou", C, NONE),
    ("Need to cancel our call, something came up. Can we find another time?", "hou2", CR, NONE),
    ("Thursday's not going to happen, sorry. I'll reach out to rebook.", "hou", C, NONE),
    (
        "Hi Ada - I'm going to have to cancel, I'm on a plane to Mumbai Thursday. I'll reach out"
        " once I'm back on the 20th.",
        "hou",
        C,
        NONE,
    ),
    # ---- French ----
    (
        "Bonjour Ada, je ne pourrai malheureusement pas assurer notre rendez-vous de jeudi, un"
        " imprévu. Je reviens vers vous pour trouver un autre créneau.",
        "sto",
        C,
        NONE,
    ),
    ("Je dois annuler notre appel de jeudi, désolé.", "sto", C, NONE),
    ("Pourrions-nous décaler d'une heure ?", "sto", R, [(3, 23, 16)]),
    ("Est-ce qu'on peut avancer à 14h30 ?", "sto", R, [(3, 23, 14, 30)]),
    ("Même heure vendredi plutôt ?", "sto", R, [(3, 24, 15)]),
    ("On se voit toujours jeudi à 15h ?", "sto", OTH, NONE),
    ("J'aurai 5 minutes de retard, désolée.", "sto", OTH, NONE),
    (
        "Je dois annuler jeudi, mais je peux vous proposer mardi prochain à la même heure.",
        "sto",
        R,
        [(3, 28, 15)],
    ),
    ("Pouvons-nous reporter à lundi 27 mars à 10h ?", "sto", R, [(3, 27, 10)]),
    ("Parfait, à jeudi 15h !", "sto", AO, STO_AGREED),
    ("Je suis désolé, je vais devoir me désister pour jeudi.", "sto", C, NONE),
    ("Serait-il possible de repousser d'une demi-heure ?", "hou", R, [(3, 9, 10, 30)]),
    # ---- Spanish ----
    (
        "Hola Ada, al final no voy a poder llegar a la llamada del jueves, lo siento mucho."
        " ¿Lo dejamos para otro momento?",
        "sto",
        CR,
        NONE,
    ),
    ("¿Podemos retrasarla media hora?", "sto", R, [(3, 23, 15, 30)]),
    ("¿Te va bien el viernes a la misma hora?", "sto", R, [(3, 24, 15)]),
    ("Tengo que cancelar la reunión del jueves, perdona.", "sto", C, NONE),
    ("¿Sigue en pie lo del jueves a las 15?", "sto", OTH, NONE),
    ("Llego 5 minutos tarde, ¡perdón!", "sto", OTH, NONE),
    ("¿Podríamos adelantarla una hora?", "hou", R, [(3, 9, 9)]),
    ("¿Lo pasamos al viernes 10 a las 11?", "hou", R, [(3, 10, 11)]),
    ("Perfecto, nos vemos el jueves a las 10.", "hou", AO, HOU_AGREED),
    ("Me surgió algo, no voy a poder el jueves. Te escribo cuando vuelva.", "hou", C, NONE),
    # ---- Portuguese ----
    (
        "Olá Ada, infelizmente não vou conseguir participar da nossa conversa de quinta."
        " Podemos remarcar?",
        "sto",
        CR,
        NONE,
    ),
    ("Podemos adiar uma hora?", "sto", R, [(3, 23, 16)]),
    ("Pode ser sexta no mesmo horário?", "sto", R, [(3, 24, 15)]),
    ("Vou ter que cancelar a nossa reunião, desculpa.", "sto", C, NONE),
    ("Continua de pé quinta às 15h?", "sto", OTH, NONE),
    ("Vou me atrasar uns 5 minutos.", "hou", OTH, NONE),
    ("Podemos passar para sexta, dia 10, às 10h?", "hou", R, [(3, 10, 10)]),
    ("Tive um imprevisto e preciso cancelar. Falamos quando eu voltar.", "hou", C, NONE),
    # ---- German ----
    ("Ich muss unseren Termin am Donnerstag leider absagen.", "sto", C, NONE),
    ("Können wir um eine Stunde nach hinten schieben?", "sto", R, [(3, 23, 16)]),
    ("Können wir den Termin auf Freitag, gleiche Uhrzeit, verlegen?", "sto", R, [(3, 24, 15)]),
    ("Bleibt es bei Donnerstag 15 Uhr?", "sto", OTH, NONE),
    ("Ich verspäte mich um 5 Minuten.", "sto", OTH, NONE),
    ("Können wir auf 15:30 Uhr verschieben?", "sto", R, [(3, 23, 15, 30)]),
    ("Können wir eine halbe Stunde früher anfangen?", "sto", R, [(3, 23, 14, 30)]),
    ("Mir ist leider etwas dazwischengekommen, ich muss den Termin absagen.", "hou", C, NONE),
    ("Passt es auch am Freitag um die gleiche Zeit?", "hou", R, [(3, 10, 10)]),
    ("Super, bis Donnerstag um 10!", "hou", AO, HOU_AGREED),
    # ---- Italian ----
    ("Purtroppo devo annullare la call di giovedì, mi è capitato un imprevisto.", "sto", C, NONE),
    ("Possiamo posticipare di mezz'ora?", "sto", R, [(3, 23, 15, 30)]),
    ("Possiamo fare venerdì alla stessa ora?", "sto", R, [(3, 24, 15)]),
    ("Confermato per giovedì alle 15?", "sto", OTH, NONE),
    ("Arrivo con 5 minuti di ritardo.", "sto", OTH, NONE),
    ("Possiamo anticipare alle 14?", "sto", R, [(3, 23, 14)]),
    ("Non riesco più a esserci giovedì, ci risentiamo quando rientro.", "hou", C, NONE),
    ("Possiamo spostare a venerdì 10 alle 10?", "hou", R, [(3, 10, 10)]),
    # ---- Dutch ----
    ("Ik moet onze afspraak van donderdag helaas afzeggen.", "sto", C, NONE),
    ("Kunnen we een uurtje later beginnen?", "sto", R, [(3, 23, 16)]),
    ("Kan het ook vrijdag op hetzelfde tijdstip?", "sto", R, [(3, 24, 15)]),
    ("Staat donderdag nog?", "sto", OTH, NONE),
    ("Ik ben 5 minuten later, sorry!", "sto", OTH, NONE),
    ("Kunnen we het een half uur vervroegen?", "hou", R, [(3, 9, 9, 30)]),
    (
        "Er is iets tussengekomen, ik moet donderdag afzeggen. We spreken elkaar als ik terug ben.",
        "hou",
        C,
        NONE,
    ),
    ("Prima, tot donderdag om 10 uur!", "hou", AO, HOU_AGREED),
    # ---- more English, several regions ----
    (
        "Cheers Ada, sorry to mess you about but could we push to 4pm your time?",
        "sto",
        R,
        [(3, 23, 16)],
    ),
    (
        "Howzit Ada, can we make it 3:30 rather? Got a meeting that'll run over.",
        "sto",
        R,
        [(3, 23, 15, 30)],
    ),
    ("Arre, sorry yaar - can we prepone by 30 mins?", "sto", R, [(3, 23, 14, 30)]),
    ("Can we prepone the call to 2 pm your time?", "sto", R, [(3, 23, 14)]),
    ("No dramas if not, but could we shift to Friday arvo, same time?", "sto", R, [(3, 24, 15)]),
    ("I'm afraid Thursday's a write-off now. So sorry! I'll be in touch.", "sto", C, NONE),
    ("Apologies - I'll have to give Thursday a miss. Could we try for next week?", "sto", CF, NONE),
    ("Sorry Ada, can't do 3 any more - 4 any good?", "sto", R, [(3, 23, 16)]),
    ("Thu no longer works - Fri 10:00 CET?", "sto", R, [(3, 24, 10)]),
    ("Could we shift our Thursday slot to 9am Sydney time Friday?", "sto", R, [(3, 23, 23)]),
    ("Just a heads-up, I've a hard stop at 15:20 on Thursday.", "sto", OTH, NONE),
    ("Might have to move it, will confirm tomorrow.", "sto", D, NONE),
    ("Is there any flexibility to do it a bit later on Thursday?", "sto", D, NONE),
    ("Would 10.30 suit instead?", "hou", R, [(3, 9, 10, 30)]),
    ("Could we start at quarter past?", "hou", R, [(3, 9, 10, 15)]),
    ("Reckon we could nudge it to 11?", "hou", R, [(3, 9, 11)]),
    ("Could we do the same slot a week later?", "hou", R, [(3, 16, 10)]),
    ("I'm fine with Thursday but could we make it a 15-minute call?", "hou", D, NONE),
    (
        "Thursday won't work after all. I'm free Friday from 1 to 3pm Central.",
        "hou",
        R,
        [(3, 10, 13)],
    ),
    ("Family emergency, I have to cancel. Very sorry.", "hou2", C, NONE),
    (
        "I need to cancel Thursday but would love to rebook for next Tues at 10.",
        "hou",
        R,
        [(3, 14, 10)],
    ),
    ("Cancel Thursday? No, all fine, see you at 10.", "hou", AO, HOU_AGREED),
    (
        "I had to cancel my 9am so I'm free a bit earlier if you'd like - no pressure.",
        "hou",
        D,
        NONE,
    ),
    # ---- near misses of this hunt's rules, written with them ----
    ("Can't do Friday, but Thursday is still on. See you then.", "sto", AO, STO_AGREED),
    (
        "Unfortunately I'm travelling Friday, but Thursday is fine, see you then!",
        "sto",
        AO,
        STO_AGREED,
    ),
    ("Gotta scrap the slides, I'll just talk. See you Thursday!", "sto", AO, STO_AGREED),
    ("Thursday's a write-off for me, could we do Friday at 10 instead?", "sto", R, [(3, 24, 10)]),
    ("I won't be able to make Thursday", "sto_off", D, NONE),
    ("Running 5 min late, sorry!", "sto_off", D, NONE),
    ("Could we shift our Thursday slot to 9am Friday?", "sto", R, [(3, 24, 9)]),
    ("Mind bumping it back a half hour?", "sto_off", D, NONE),
]


# Clear replies the reader still leaves in doubt (EVALUATION.md, hunt 38, "what is left"),
# pinned so that a fix shows here: moves by a length in the other languages ("décaler d'une
# heure", "retrasarla media hora", "um eine Stunde nach hinten") and a bare or dayless new hour
# ("slide to 3:30", "nudge it to 11", "quarter past") (`shift_unread`, `shift_by_length`,
# `time_without_day`, `time_unread`); "same time" moves the reader cannot place
# (`same_time_unresolved`); moves across the clock change (`clock_change_after_writing`, by
# design); moves, cancels and confirmations with no cue ("just moved the calendar invite to
# 16:00", "we'll have to do this another time", "looking forward to our chat on Thursday")
# (`no_intent_cue`); a cancel that asks for another time (`replacement_unread`); the agreed
# slot named as the one given up (`move_to_agreed_time`); a yes beside "unfortunately"
# (`contradicting_intent_cues`).
LEFT_IN_DOUBT = frozenset(
    {
        "Apologies, I can no longer make Thursday at 15:00. I'll come back to you with some new"
        " times.",
        "I can no longer make Thursday at 15:00. Would Monday 27th at 14:00 suit you instead?",
        "Sorry Ada, have to cancel Thursday. Same time next Tuesday?",
        "Mind if we slide to 3:30?",
        "Would you mind if we started an hour earlier on Thursday?",
        "Small ask - could we bring it forward to 14:00?",
        "can we do 30 mins later? running behind today",
        "Can we slide to 11am? Same day.",
        "Can we do Friday rather than Thursday, same time?",
        "Can we do Wednesday rather than Thursday?",
        "Would next Tuesday at the same time work instead?",
        "Could we move to same time next Thursday? That's 10am for me in New York.",
        "Can we move to Monday 27th at 10:00 instead?",
        "Can we push to next Thursday, same time? 4pm for me in London.",
        "Could we do Monday the 13th instead, same time?",
        "Just moved the calendar invite to 16:00, same day.",
        "Updated the invite - we're now 30 min later. Hope that's ok!",
        "Sent you a new invite for next Tuesday, same time.",
        "Just pushed the invite back an hour, let me know if that's a problem.",
        "Looking forward to our chat on Thursday.",
        "My 2pm got cancelled so no rush on my side. See you at 3!",
        "My flight was moved an hour earlier but it doesn't affect our call. Speak Thursday.",
        "Can we push this to next week? Any time Tuesday afternoon works.",
        "Let's hold off on Thursday until our budgets are approved, probably May.",
        "Something urgent came up. We'll have to do this another time.",
        "Can we move Thursday? Something came up.",
        "Need to cancel our call, something came up. Can we find another time?",
        "Pourrions-nous décaler d'une heure ?",
        "Est-ce qu'on peut avancer à 14h30 ?",
        "Je dois annuler jeudi, mais je peux vous proposer mardi prochain à la même heure.",
        "Pouvons-nous reporter à lundi 27 mars à 10h ?",
        "Serait-il possible de repousser d'une demi-heure ?",
        "Hola Ada, al final no voy a poder llegar a la llamada del jueves, lo siento mucho."
        " ¿Lo dejamos para otro momento?",
        "¿Podemos retrasarla media hora?",
        "¿Podríamos adelantarla una hora?",
        "Podemos adiar uma hora?",
        "Können wir um eine Stunde nach hinten schieben?",
        "Können wir eine halbe Stunde früher anfangen?",
        "Passt es auch am Freitag um die gleiche Zeit?",
        "Possiamo posticipare di mezz'ora?",
        "Possiamo fare venerdì alla stessa ora?",
        "Kunnen we een uurtje later beginnen?",
        "Kunnen we het een half uur vervroegen?",
        "Howzit Ada, can we make it 3:30 rather? Got a meeting that'll run over.",
        "Arre, sorry yaar - can we prepone by 30 mins?",
        "No dramas if not, but could we shift to Friday arvo, same time?",
        "Apologies - I'll have to give Thursday a miss. Could we try for next week?",
        "Sorry Ada, can't do 3 any more - 4 any good?",
        "Just a heads-up, I've a hard stop at 15:20 on Thursday.",
        "Would 10.30 suit instead?",
        "Could we start at quarter past?",
        "Reckon we could nudge it to 11?",
        "Could we do the same slot a week later?",
        "I need to cancel Thursday but would love to rebook for next Tues at 10.",
        "Cancel Thursday? No, all fine, see you at 10.",
        "Unfortunately I'm travelling Friday, but Thursday is fine, see you then!",
    }
)


def _expected_ok(expect: Expect, got: list[datetime], intent: Intent | tuple[Intent, ...]) -> bool:
    if isinstance(expect, tuple):
        _, (m1, d1), (m2, d2) = expect
        return all(datetime(2028, m1, d1) <= t < datetime(2028, m2, d2 + 1) for t in got)
    want = [datetime(2028, *t) for t in expect]
    # A yes that restates the agreed time may carry it or none.
    return got == want or (intent is AO and got == [])


@pytest.mark.parametrize(("body", "setting", "intent", "expect"), ROWS)
def test_move_or_cancel_of_an_agreed_meeting_is_read_right_or_doubted(
    body: str, setting: str, intent: Intent | tuple[Intent, ...] | None, expect: Expect
) -> None:
    tz, quote, date = _SETTINGS[setting]
    verdict = read_reply(body, tz=tz, date=date, quote=quote)
    got = local_starts(verdict, tz)
    if intent is None or body in LEFT_IN_DOUBT:
        assert not verdict.certain, (verdict.intent, got)
        return
    assert verdict.certain, (verdict.intent, got, doubt_codes(verdict))
    assert verdict.intent in (intent if isinstance(intent, tuple) else (intent,)), got
    assert _expected_ok(expect, got, intent), got
