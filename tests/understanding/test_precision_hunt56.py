"""Precision hunt 56: the southern spring, its season names, picks by place, half hours.

First run at 3c53495a: see EVALUATION.md, "Round 73, part H".

Replies of our own, written on Thursday 1 October 2037 (and a few on Monday 5 October, "@mon"),
three days before clocks in Sydney, Melbourne, Hobart and Adelaide go forward (Sunday 4
October), four days after New Zealand's (Sunday 27 September), with Chile already on summer
time since early September. They sit under the user's outreach offering three slots on the
user's clock (Friday 2 October 10:00, before Australia's change; Tuesday 6 October 14:00 and
Thursday 8 October 16:30, after it), in English or, in Santiago, in Spanish, or under the user's
confirmation of Tuesday 6 October 14:00 ("-ok"). The user lives in Sydney, Auckland ("akl…") or
Santiago ("scl…", "ba", "sp"); senders write from Sydney, Perth, Brisbane (no summer time),
Hobart, Adelaide, Wellington, Auckland, Santiago, Buenos Aires, São Paulo, Los Angeles and
Tokyo. The classes: "AEST", "AEDT", "ACST", "NZST" said for the wrong season; "Sydney time" and
"NZ time" across the change; picks by place ("the middle one", "the last slot") and by weekday
only; half hours ("half 3", "3.30", "15h30"); replies and absences with return dates in Spanish
and Portuguese; a yes with a condition; forwarded mail under the answer; calendar invitation
replies.

Starts are (month, day, hour[, minute]) on the user's clock, or (zone, month, day, hour[, minute])
on a named clock. A sure row must be read certain and right; a near miss (a careful person might
ask) must be doubted or certain and right; intent None: only a doubt is right.
"""

from __future__ import annotations

import pytest

from tests.understanding.reply import (
    Hunt,
    HuntRow,
    QuotedScene,
    Start,
    hunt_row,
    pinned,
)
from workflows.stages import Intent

A, P, R = Intent.ACCEPT, Intent.PROPOSE_TIMES, Intent.RESCHEDULE
N, F, C = Intent.DECLINE, Intent.DEFER, Intent.CANCEL
OTH, AWAY, REF = Intent.OTHER, Intent.OUT_OF_OFFICE, Intent.REFERRAL

FRI, TUE, THU = [(10, 2, 10)], [(10, 6, 14)], [(10, 8, 16, 30)]
SURE, NEAR = True, False

_SYD, _AKL, _SCL = "Australia/Sydney", "Pacific/Auckland", "America/Santiago"
_AU, _NZ, _CL, _CLE = "Sydney time", "NZ time", "hora de Santiago", "Santiago time"

# place -> (user zone, Date header's offset, sender, language of the thread, user's zone words)
_PLACES = {
    "syd": (_SYD, "+1000", "kai@example.com.au", "en", _AU),
    "syds": (_SYD, "+1100", "kai@example.com.au", "en", _AU),
    "per": (_SYD, "+0800", "kai@example.com.au", "en", _AU),
    "bne": (_SYD, "+1000", "kai@example.com.au", "en", _AU),
    "hba": (_SYD, "+1000", "kai@example.com.au", "en", _AU),
    "adl": (_SYD, "+0930", "kai@example.com.au", "en", _AU),
    "wlg": (_SYD, "+1300", "kai@example.co.nz", "en", _AU),
    "la": (_SYD, "-0700", "kai@example.com", "en", _AU),
    "tyo": (_SYD, "+0900", "kai@example.jp", "en", _AU),
    "akl": (_AKL, "+1300", "kai@example.co.nz", "en", _NZ),
    "aklsyd": (_AKL, "+1000", "kai@example.com.au", "en", _NZ),
    "aklper": (_AKL, "+0800", "kai@example.com.au", "en", _NZ),
    "aklla": (_AKL, "-0700", "kai@example.com", "en", _NZ),
    "akltyo": (_AKL, "+0900", "kai@example.jp", "en", _NZ),
    "scl": (_SCL, "-0300", "kai@example.cl", "es", _CL),
    "ba": (_SCL, "-0300", "kai@example.com.ar", "es", _CL),
    "sp": (_SCL, "-0300", "kai@example.com.br", "es", _CL),
    "sclen": (_SCL, "-0300", "kai@example.cl", "en", _CLE),
    "spen": (_SCL, "-0300", "kai@example.com.br", "en", _CLE),
    "sclla": (_SCL, "-0700", "kai@example.com", "en", _CLE),
}

_HEAD = {
    "en": "On Wed, 30 Sep 2037 at 17:05, Ada Obi <ada@example.com> wrote:",
    "es": "El mié, 30 sept 2037 a las 17:05, Ada Obi <ada@example.com> escribió:",
}

_THREE = {
    "en": (
        "Hi Kai, lovely to hear from you. Would any of these work for a 30-minute call ({z})?",
        ["Friday 2 October, 10:00", "Tuesday 6 October, 14:00", "Thursday 8 October, 16:30"],
    ),
    "es": (
        "Hola Kai, gracias por escribir. ¿Te sirve alguno de estos horarios para una llamada de"
        " 30 minutos ({z})?",
        ["viernes 2 de octubre, 10:00", "martes 6 de octubre, 14:00", "jueves 8 de octubre, 16:30"],
    ),
}

_OK = {
    "en": "Great – Tuesday 6 October at 14:00 ({z}) it is. Speak then!",
    "es": "Perfecto: martes 6 de octubre a las 14:00 ({z}). ¡Hablamos!",
}

SCENE = QuotedScene(
    _PLACES,
    _HEAD,
    _THREE,
    _OK,
    {"": "Thu, 01 Oct 2037 09:40:00", "mon": "Mon, 05 Oct 2037 08:15:00"},
)

_FWD = "\n\n---------- Forwarded message ---------\nFrom: Lena Park <lena@example.com.au>\n"
_APPLE = "\n\nBegin forwarded message:\n\nFrom: Lena Park <lena@example.com.au>\n"
_REENV = "\n\n---------- Mensaje reenviado ---------\nDe: Lucía Gómez <lucia@example.cl>\n"
_ENCAM = "\n\n---------- Mensagem encaminhada ---------\nDe: Ana Lima <ana@example.com.br>\n"

row = hunt_row


ROWS: list[HuntRow] = [
    # ---- Season names said for the wrong season ----
    # "AEST" for a day Sydney is on AEDT: Brisbane's clock, or Sydney's said loosely.
    row("Tuesday at 3pm AEST works better for me.", "syd", None, sure=NEAR),
    row("Could we do Monday 5th at 9am AEST?", "syd", None, sure=NEAR),
    row("Could we do Tuesday 6th at 3pm AEST?", "hba", None, sure=NEAR),
    row("Thursday 4:30pm AEST works.", "syd", A, THU, sure=NEAR),
    # "AEDT" for the Friday before the change.
    row("Friday 11am AEDT?", "syd", None, sure=NEAR),
    row("Could we do Friday at 9am AEDT instead?", "per", None, sure=NEAR),
    row("Friday 11am AEST?", "syd", P, [(10, 2, 11)]),
    row("Tuesday 2pm AEDT is perfect.", "syd", A, TUE),
    row("Friday 10am AEST is fine.", "syd", A, FRI),
    row("Monday 5th, 9am AEDT?", "syd", P, [(10, 5, 9)]),
    row("Tuesday at 3pm AEST (Brisbane – we don't do daylight saving)?", "bne", P, [(10, 6, 16)]),
    # "ACST" for a day Adelaide is on ACDT: Darwin's clock, or Adelaide's said loosely.
    row("Could we do Wednesday 7th at 10am ACST?", "adl", None, sure=NEAR),
    row("Wednesday 7th at 10am ACDT?", "adl", P, [(10, 7, 10, 30)]),
    row("Friday at 9:30am ACST, i.e. your 10am, works.", "adl", A, FRI),
    # "NZST" for a day New Zealand is on NZDT: New Zealand's clock by its winter name, as
    # round 71 H reads "3pm CET" in July (no other clock wears NZST), or a doubt.
    row("Could we do Tuesday at 2pm NZST?", "akl", A, TUE, sure=NEAR),
    row("Friday 10am NZST?", "akl", A, FRI, sure=NEAR),
    row("Tuesday 2pm NZDT works.", "akl", A, TUE),
    row("Could we do Wednesday 7th at 10am NZT?", "akl", P, [(10, 7, 10)]),
    # ---- "Sydney time" and "NZ time" across the change ----
    row("Could we do Tuesday at 3pm Sydney time?", "per", P, [(10, 6, 15)]),
    row("Friday 9am my time?", "per", P, [(10, 2, 11)]),
    row("Tuesday 11am my time, which is your 2pm – works.", "per", A, TUE),
    row("Friday 10am your time is 8am here – fine.", "per", A, FRI),
    row("Tuesday 2pm your time is noon here – fine.", "per", A, TUE, sure=NEAR),
    row("Tuesday 2pm your time is 1pm here in Brisbane – good.", "bne", A, TUE),
    row("Tuesday 2pm Sydney time, so 2pm here too – fine.", "bne", A, TUE, sure=NEAR),
    row("Could we do Wednesday at 3pm Brisbane time?", "bne", P, [(10, 7, 16)]),
    row("Wednesday 7th at 3pm my time?", "bne", None, sure=NEAR),
    row("Thursday 4:30pm Hobart time works.", "hba", A, THU),
    row("Could we do Tuesday 6th at 4pm Sydney time?", "la", P, [(10, 6, 16)]),
    row("Monday 5th at 8pm my time (your Tuesday 2pm) works.", "la", A, TUE),
    row("Could we do Wednesday 7th at 4pm my time?", "la", P, [(10, 8, 10)]),
    row("Friday 9am Tokyo time = 10am yours, perfect.", "tyo", A, FRI),
    row("Could we do Tuesday at 1pm Tokyo time?", "tyo", P, [(10, 6, 15)]),
    row("Tuesday 2pm your time is noon in Tokyo – works.", "tyo", A, TUE),
    row("Tuesday 2pm your time is 1pm in Tokyo – works.", "tyo", A, TUE, sure=NEAR),
    row("Friday 10am Sydney time works – that's 1pm here.", "wlg", A, FRI),
    row("Tuesday 2pm Sydney is 4pm Wellington – fine.", "wlg", A, TUE),
    row("Could we do Wednesday at 11am NZ time?", "wlg", P, [(10, 7, 9)]),
    row("Friday 10am your time is 2pm here – fine.", "wlg", A, FRI, sure=NEAR),
    row("Tuesday 2pm works.", "akl", A, TUE),
    row("Tuesday 2pm NZ time is fine.", "akltyo", A, TUE),
    row("Thursday 16:30 NZ time works.", "akltyo", A, THU),
    row("Could we do Tuesday at 11am Sydney time?", "aklsyd", P, [(10, 6, 13)]),
    row("Friday 8am Sydney time?", "aklsyd", P, [(10, 2, 11)]),
    row("Friday 10am NZ time is 7am for me – early, but fine.", "aklsyd", A, FRI),
    row("Tuesday 2pm NZ time = noon Sydney, works.", "aklsyd", A, TUE),
    row("Tuesday 2pm NZ time = 11am Sydney, works.", "aklsyd", A, TUE, sure=NEAR),
    row("Could we do Wednesday at 10am my time?", "aklsyd", None, sure=NEAR),
    row("Could we do Tuesday 10am Perth time?", "aklper", P, [(10, 6, 15)]),
    row("Thursday 8pm my time?", "aklla", P, [(10, 9, 16)]),
    row("Monday 5th, 6pm LA time – your Tuesday 2pm – works.", "aklla", A, TUE),
    row("Could we do Wednesday 7th at 10am my time?", "syds@mon", P, [(10, 7, 10)]),
    row("Wednesday 7th, 10am Sydney time?", "aklsyd@mon", P, [(10, 7, 12)]),
    # ---- Picks by place, by weekday only ----
    row("The middle one works best.", "syd", A, TUE),
    row("The last slot, please.", "syd", A, THU),
    row("Middle option is good for me.", "aklsyd", A, TUE),
    row("The first one's gone for me; the last slot works.", "syd", A, THU),
    row("The last one, thanks.", "akl", A, THU),
    row("The middle one – Thursday 4:30 – suits.", "syd", None, sure=NEAR),
    row("The last slot (Tuesday 2pm) works.", "syd", None, sure=NEAR),
    row("The middle or the last, whichever suits you.", "syd", None, sure=NEAR),
    row("Thursday works.", "syd", A, THU),
    row("Tuesday's good for me.", "per", A, TUE),
    row("Friday suits.", "akl", A, FRI),
    row("Not Friday – Tuesday.", "syd", A, TUE),
    row("Tuesday works.", "aklsyd", A, TUE),
    row("Wednesday would be better.", "syd", None, sure=NEAR),
    row("Monday works for me.", "syd", None, sure=NEAR),
    row("Tuesday or Thursday, both fine.", "syd", A, sure=NEAR),
    row("Thursday works, the later one.", "syd", A, THU),
    # ---- Half hours ----
    row("Could we do Tuesday at half 3?", "syd", P, [(10, 6, 15, 30)]),
    row("Thursday half four works.", "syd", A, THU),
    row("Tuesday 3.30pm instead?", "syd", P, [(10, 6, 15, 30)]),
    row("Wednesday 7th at 10.30am?", "syd", P, [(10, 7, 10, 30)]),
    row("Tuesday at 14h30?", "syd", P, [(10, 6, 14, 30)]),
    row("Half past two on Tuesday?", "syd", P, [(10, 6, 14, 30)]),
    row("Could we do Thursday at half 5?", "akl", P, [(10, 8, 17, 30)]),
    row("Tuesday 3:30pm Adelaide time?", "adl", P, [(10, 6, 16)]),
    row("Friday 9:30 my time works – your 10.", "adl", A, FRI),
    row("Tuesday 1:30pm Adelaide time is your 2pm – great.", "adl", A, TUE),
    row("Tuesday 2pm your time, 1pm here in Adelaide – works.", "adl", A, TUE, sure=NEAR),
    row("Tuesday at 15h30 instead?", "spen", P, [(10, 6, 15, 30)]),
    row("Thursday 16h30 is fine.", "spen", A, THU),
    # ---- A yes with a condition ----
    row("Tuesday 2pm works, as long as we keep it to 20 minutes.", "syd", A, TUE),
    row("Thursday 4:30 is fine provided it's on Zoom.", "syd", A, THU),
    row("Happy to do Thursday 4:30, on condition that we keep it informal.", "akl", A, THU),
    row("Friday 10am works if my flight lands on time.", "syd", A, FRI, sure=NEAR),
    row(
        "Yes to Tuesday, unless the board meeting gets moved – I'll confirm.",
        "syd",
        A,
        TUE,
        sure=NEAR,
    ),
    row("Friday 10 works only if we can finish by 10:20.", "syd", A, FRI, sure=NEAR),
    row(
        "Should my 1pm run late, Tuesday 2pm might slip – otherwise yes.", "syd", A, TUE, sure=NEAR
    ),
    row("Tuesday 2pm, if that's still free on your side.", "per", A, TUE),
    # ---- Forwarded mail under the answer ----
    row(
        f"Tuesday 2pm works for me.{_FWD}Subject: Standup\n\nStandup moves to Thursday 9am from "
        "next week.\n",
        "syd",
        A,
        TUE,
    ),
    row(
        f"Adding Lena, who'd like to join – she'll reply.{_FWD}Subject: chat\n\nKai, I can do "
        "Wednesday 7th at 3pm.\n",
        "syd",
        None,
        sure=NEAR,
    ),
    row(
        f"See below – Lena can only do Thursday, so Thursday 4:30 it is.{_FWD}Subject: chat\n\n"
        "Thursday 4:30pm is the only slot I can make next week.\n",
        "syd",
        A,
        THU,
    ),
    row(
        f"Could you do Wednesday 7th at 11am instead? Lena's note below.{_APPLE}Subject: diary\n\n"
        "Kai, you're free Wednesday 7 October 11:00–12:00.\n",
        "syd",
        P,
        [(10, 7, 11)],
    ),
    row(
        f"FYI, see below.{_APPLE}Subject: diary\n\nKai, Tuesday 2pm is clear in your diary.\n",
        "syd",
        None,
        sure=NEAR,
    ),
    row(
        f"El martes a las 14:00 me va bien. Te reenvío la nota de Lucía.{_REENV}Asunto: comité\n\n"
        "Kai, el viernes a las 10 tenemos comité.\n",
        "scl",
        A,
        TUE,
    ),
    row(
        f"Veja abaixo.{_ENCAM}Assunto: agenda\n\nKai, na quinta às 16h30 você está livre.\n",
        "sp",
        None,
        sure=NEAR,
    ),
    # ---- Calendar invitation replies, as the calendar writes them ----
    row(
        "Kai Berg has accepted this invitation.\n\nChat with Ada\nTuesday 6 Oct 2037 ⋅ 2pm – "
        "2:30pm (Australian Eastern Daylight Time)\n",
        "syd",
        A,
        TUE,
    ),
    row("Accepted: Chat with Ada @ Thu 8 Oct 2037 4:30pm - 5pm (AEDT)", "syd", A, THU),
    row(
        "Kai Berg has declined this invitation.\n\nChat with Ada\nFriday 2 Oct 2037 ⋅ 10am – "
        "10:30am (Australian Eastern Standard Time)\n",
        "syd",
        N,
    ),
    row("Tentative: Chat with Ada @ Tue 6 Oct 2037 2pm - 2:30pm (AEDT)", "syd", None, sure=NEAR),
    row(
        "Kai Berg has proposed a new time: Wednesday 7 Oct 2037 ⋅ 11am – 11:30am (Australian "
        "Eastern Daylight Time)",
        "syd",
        P,
        [(10, 7, 11)],
    ),
    row("Accepted: Chat with Ada @ Tue 6 Oct 2037 2pm - 2:30pm (AEDT)", "syd-ok", A, TUE),
    row(
        "Kai Berg ha aceptado esta invitación.\n\nCharla con Ada\nmartes, 6 de octubre de 2037 ⋅ "
        "14:00 – 14:30 (hora de verano de Chile)\n",
        "scl",
        A,
        TUE,
    ),
    row(
        "Kai Berg aceitou este convite.\n\nConversa com Ada\nquinta-feira, 8 de outubro de 2037 ⋅ "
        "16:30 – 17:00 (Horário de Verão do Chile)\n",
        "sp",
        A,
        THU,
    ),
    row("Kai Berg ha rechazado esta invitación.\n\nCharla con Ada\n", "scl", N),
    # ---- Spanish ----
    row("El martes a las 14:00 me viene perfecto.", "scl", A, TUE),
    row("El viernes no puedo, pero el jueves a las 16:30 sí.", "scl", A, THU),
    row("¿Podríamos el miércoles 7 a las 11:00?", "scl", P, [(10, 7, 11)]),
    row("Prefiero la del medio.", "scl", A, TUE),
    row("La última opción me viene mejor.", "scl", A, THU),
    row("El jueves me va bien.", "scl", A, THU),
    row("¿El martes a las dos y media de la tarde?", "scl", P, [(10, 6, 14, 30)]),
    row("¿Mejor el martes a las 15h30?", "scl", P, [(10, 6, 15, 30)]),
    row("Sí, el martes a las 14:00, siempre que sea por videollamada.", "scl", A, TUE),
    row(
        "El jueves a las 16:30 me sirve, salvo que se alargue mi reunión anterior.",
        "scl",
        A,
        THU,
        sure=NEAR,
    ),
    row(
        "El martes a las 14 (hora de Buenos Aires, la misma que en Santiago) me va bien.",
        "ba",
        A,
        TUE,
    ),
    row("¿Puede ser el miércoles a las 10, hora argentina?", "ba", P, [(10, 7, 10)]),
    row("La primera no me sirve; la última sí.", "ba", A, THU),
    row("El martes a las 3 de la tarde, ¿puede ser?", "ba", P, [(10, 6, 15)]),
    # ---- Portuguese ----
    row("Terça às 14h está ótimo para mim.", "sp", A, TUE),
    row("Quinta às 16h30 funciona.", "sp", A, THU),
    row(
        "Sexta não consigo. Pode ser quarta, dia 7, às 15h (horário de Brasília)?",
        "sp",
        P,
        [(10, 7, 15)],
    ),
    row("Fico com a do meio.", "sp", A, TUE),
    row("A última opção é a melhor para mim.", "sp", A, THU),
    row("Terça às 14h pode ser, desde que seja por vídeo.", "sp", A, TUE),
    row("Quinta às 16h30, se o meu voo não atrasar.", "sp", A, THU, sure=NEAR),
    row("Pode ser terça às 15h30?", "sp", P, [(10, 6, 15, 30)]),
    # ---- Absences with return dates, in Spanish and Portuguese ----
    row(
        "Estoy de viaje y vuelvo a la oficina el martes 13 de octubre. Responderé a tu correo "
        "a mi regreso.",
        "scl",
        AWAY,
    ),
    row(
        "Gracias por tu mensaje. Estaré de vacaciones hasta el 16 de octubre inclusive, sin "
        "acceso al correo.",
        "ba",
        AWAY,
    ),
    row(
        "Estoy fuera de la oficina. Para temas urgentes, escribe a Lucía Gómez "
        "(lucia@example.com.ar).",
        "ba",
        AWAY,
    ),
    row("Estou de férias e retorno no dia 19 de outubro. Obrigado!", "sp", AWAY),
    row(
        "Estarei fora do escritório até 14 de outubro, inclusive, com acesso limitado ao e-mail.",
        "sp",
        AWAY,
    ),
    row(
        "Vuelvo el 13 de octubre, así que el jueves 8 no llego. ¿Te escribo a la vuelta?",
        "scl",
        None,
        sure=NEAR,
    ),
    row(
        "Estoy de vacaciones hasta el 12, pero el martes a las 14:00 me conecto.",
        "scl",
        A,
        TUE,
        sure=NEAR,
    ),
    row("Volto dia 9. O jueves... quer dizer, quinta às 16h30 está bom.", "sp", A, THU, sure=NEAR),
    # ---- Other events' times beside the answer ----
    row("My flight lands 9:30am AEST Friday, so Tuesday 2pm is better.", "syd", A, TUE),
    row("I've a 3.30 standup Tuesday, but 2pm is fine.", "syd", A, TUE),
    # ---- Under the confirmation of Tuesday 14:00 ----
    row("Could we push it to 3pm AEST?", "syd-ok", None, sure=NEAR),
    row("Could we move it to half 3, same day?", "syd-ok", R, [(10, 6, 15, 30)]),
    row("See you Tuesday – 2pm NZ time.", "akl-ok", A, TUE),
    row("See you then – noon my time, 2pm yours.", "aklsyd-ok", A, TUE),
    row("See you Tuesday – 11am here in Perth.", "per-ok", A, TUE),
    row("See you Tuesday – noon here in Perth.", "per-ok", A, TUE, sure=NEAR),
    row("¿Podemos pasarla al jueves a la misma hora?", "scl-ok", R, [(10, 8, 14)]),
    row("Perdão, terei de cancelar a conversa de terça.", "sp-ok", C),
    row("Lo siento, tengo que cancelar la llamada del martes.", "scl-ok", C),
    row("See you Tuesday – 10am my time, 2pm for you.", "sclla-ok", A, TUE),
    # ---- Santiago from elsewhere ----
    row("Tuesday 10am my time, that's 2pm for you – works.", "sclla", A, TUE),
    row("Could we do Wednesday at 9am Pacific?", "sclla", P, [(10, 7, 13)]),
    row("Thursday 11:30 my time works – that's your 16:30.", "sclla", A, THU, sure=NEAR),
    row("Friday 10am Chile time is great.", "sclen", A, FRI),
    row("Could we do Wednesday 7th at 11am my time?", "spen", P, [(10, 7, 11)]),
    # ---- Near misses of this round's mends, which must stay right or safe ----
    # Australia's clocks by their long names, as calendars write them; America's Eastern kept.
    row("Could we do Friday at 1pm Australian Western Standard Time?", "syd", P, [(10, 2, 15)]),
    row("Wednesday 7 Oct, 11am Australian Central Daylight Time?", "syd", P, [(10, 7, 11, 30)]),
    row("Tuesday 6 Oct, 3pm Australian Eastern Standard Time?", "syd", None, sure=NEAR),
    row(
        "Could we do Tuesday 6 Oct at 3pm Eastern Daylight Time?",
        "la",
        P,
        [("America/New_York", 10, 6, 15)],
    ),
    # A calendar's no under another subject; a no in the sender's own words beside a yes.
    row("Declined: Chat with Ada @ Fri 2 Oct 2037 10am - 10:30am (AEST)", "syd", None, sure=NEAR),
    row("I declined Friday's invite, but Tuesday 2pm works.", "syd", A, TUE),
    # An end the slot must keep to, beside the pick it bounds.
    row("Friday 10am works only if we can finish by 10:20.", "syd", A, FRI, sure=NEAR),
    row("Tuesday 2pm works, but I'll need to wrap up by 2:25.", "syd", A, TUE, sure=NEAR),
    # "The middle one" with its own time.
    row("The middle one – Tuesday 2pm – suits.", "syd", A, TUE),
    row("La del medio, el martes a las 14:00.", "scl", A, TUE),
    # A forward of the user's own mail keeps its times as the user's.
    row(
        "Tuesday works for me – Lena, Ada's times are below.\n\n---------- Forwarded message "
        "---------\nFrom: Ada Obi <ada@example.com>\nSubject: chat\n\nWould Friday 2 October "
        "10:00, Tuesday 6 October 14:00 or Thursday 8 October 16:30 (Sydney time) work?\n",
        "syd",
        A,
        TUE,
    ),
    # A clock said again, right.
    row("Tuesday 2pm your time, 1:30pm here in Adelaide – works.", "adl", A, TUE),
    row("Tuesday works – that's your 2pm.", "sclla", A, TUE),
    row("Thursday 12:30 my time works – that's your 16:30.", "sclla", A, THU),
    row("Tuesday at 2pm my time is better.", "tyo", P, [(10, 6, 16)], sure=NEAR),
]

_UNREAD = "`no_intent_cue`"
_MOVES = "`clock_change_after_writing`"

# Sure rows the reader still doubts, with their doubts.
LEFT_IN_DOUBT: dict[str, str] = {
    # A bare clock from a "+1000" sender for a day after Sydney's change: Sydney's clock or
    # Brisbane's, which keeps "+1000" (the domain is .com.au for both).
    "Could we do Tuesday at half 3?": _MOVES,
    "Tuesday 3.30pm instead?": _MOVES,
    "Wednesday 7th at 10.30am?": _MOVES,
    "Tuesday at 14h30?": _MOVES,
    "Half past two on Tuesday?": _MOVES,
    "Could we move it to half 3, same day?": _MOVES,
    (
        f"Could you do Wednesday 7th at 11am instead? Lena's note below.{_APPLE}Subject: diary\n\n"
        "Kai, you're free Wednesday 7 October 11:00–12:00.\n"
    ): _MOVES,
    # A place in the list with no word of yes the reader knows.
    "The middle one works best.": _UNREAD,
    "The last slot, please.": _UNREAD,
    "Middle option is good for me.": _UNREAD,
    "The first one's gone for me; the last slot works.": _UNREAD,
    "The last one, thanks.": _UNREAD,
    "Not Friday – Tuesday.": _UNREAD,
    "Prefiero la del medio.": _UNREAD,
    "La última opción me viene mejor.": _UNREAD,
    "La primera no me sirve; la última sí.": _UNREAD,
    "Fico com a do meio.": _UNREAD,
    "A última opção é a melhor para mim.": _UNREAD,
    # A calendar's no, read as one only under its own subject; Chile's summer clock by name.
    (
        "Kai Berg has declined this invitation.\n\nChat with Ada\nFriday 2 Oct 2037 ⋅ 10am – "
        "10:30am (Australian Eastern Standard Time)\n"
    ): "`calendar_response`",
    "Kai Berg ha rechazado esta invitación.\n\nCharla con Ada\n": "`calendar_response`",
    (
        "Kai Berg ha aceptado esta invitación.\n\nCharla con Ada\nmartes, 6 de octubre de 2037 ⋅ "
        "14:00 – 14:30 (hora de verano de Chile)\n"
    ): "`reply_zone_unread`",
    "Monday 5th, 6pm LA time – your Tuesday 2pm – works.": "`reply_zone_unread`",
    # Another event's clock beside the answer.
    "My flight lands 9:30am AEST Friday, so Tuesday 2pm is better.": "`zone_name_ambiguous`",
    (
        "I've a 3.30 standup Tuesday, but 2pm is fine."
    ): "`time_unread`, `time_without_day`, `pick_without_time`",
    ("See you then – noon my time, 2pm yours."): "`pick_beside_other_times`, `time_without_day`",
}

# Rows read certain but wrong that are left (strict xfails).
WRONG_LEFT: dict[str, str] = {}

# The return date (month, day) of each sure auto-reply that names one; the others name none.
RETURNS = {
    (
        "Estoy de viaje y vuelvo a la oficina el martes 13 de octubre. Responderé a tu correo a "
        "mi regreso."
    ): (10, 13),
    (
        "Gracias por tu mensaje. Estaré de vacaciones hasta el 16 de octubre inclusive, sin "
        "acceso al correo."
    ): (10, 17),
    "Estou de férias e retorno no dia 19 de outubro. Obrigado!": (10, 19),
    ("Estarei fora do escritório até 14 de outubro, inclusive, com acesso limitado ao e-mail."): (
        10,
        15,
    ),
}


HUNT = Hunt(SCENE, 2037, ROWS, LEFT_IN_DOUBT, WRONG_LEFT, returns=RETURNS, least=130)


@pytest.mark.parametrize(
    ("body", "setting", "intent", "starts", "link", "sure"), pinned(ROWS, WRONG_LEFT)
)
def test_reply_is_read_right_or_doubted(
    body: str,
    setting: str,
    intent: Intent | None,
    starts: list[Start],
    link: str | None,
    sure: bool,
) -> None:
    HUNT.check(body, setting, intent, starts, link, sure)


def test_table_is_large_enough() -> None:
    HUNT.check_table()
