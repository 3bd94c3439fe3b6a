"""Precision hunt 44: clear replies the reader left in doubt, and near misses that must stay so.

Ordinary replies a careful human reads at once, in all nine intents and the seven languages,
under the quote shapes mail clients write (Gmail's "On … wrote:" with ">" lines, Outlook's
"From: / Sent:" header block, iPhone's "On …, at …, … wrote:", answers written inline between
the quoted lines), with signatures (titles, phone numbers, addresses, disclaimers), from senders
in the user's zone and in others. Every reply is written on Monday 12 June 2028; the user asked
openly ("ask"), offered Wednesday 14 June at 10:00 or Thursday 15 June at 15:00 on the user's
clock ("two"), or confirmed Wednesday 14 June at 10:00 ("ok"). Near misses (expected None) are
replies a careful human would not be sure of: they must stay doubted. Sentences of our own.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, pinned, read_reply
from workflows.stages import Intent

A, P, R = Intent.ACCEPT, Intent.PROPOSE_TIMES, Intent.RESCHEDULE
N, F, C = Intent.DECLINE, Intent.DEFER, Intent.CANCEL
REF, OTH, AWAY = Intent.REFERRAL, Intent.OTHER, Intent.OUT_OF_OFFICE
# The right reading is "in doubt": no certain reading of it would be safe.
D = None

WED, THU = [(14, 10)], [(15, 15)]

# Signatures, appended to bodies as senders' clients do.
SIG_EN = "\n\nBest,\nKai Berg\nHead of Partnerships | Northwind Ltd\n+1 (212) 555-0142\n"
SIG_EN_LONG = (
    "\n\nThanks,\nKai\n\n--\nKai Berg | Director, Data Platform\nNorthwind Ltd, 12 Bank St,"
    " London EC2R 8AH\nM: +44 7700 900123\n\nThis email and any attachments are confidential"
    " and intended solely for the addressee.\n"
)
SIG_PHONE = "\n\nSent from my iPhone\n"
SIG_FR = "\n\nBien à vous,\nKai Berg\nResponsable partenariats – Northwind\n+33 1 84 88 00 00\n"
SIG_ES = "\n\nUn saludo,\nKai Berg\nDirector de Alianzas | Northwind\nTel. +34 910 00 00 00\n"
SIG_DE = "\n\nViele Grüße\nKai Berg\nLeiter Partnerschaften\nNorthwind GmbH · Tel. +49 30 1234567\n"
SIG_IT = "\n\nCordiali saluti,\nKai Berg\nResponsabile Partnership – Northwind S.r.l.\n"
SIG_PT = "\n\nAbraço,\nKai Berg\nGerente de Parcerias | Northwind\n+55 11 4000-0000\n"
SIG_NL = "\n\nMet vriendelijke groet,\nKai Berg\nPartnerships | Northwind B.V.\nT +31 20 123 4567\n"

_ASK_W = {
    "en": "Hi Kai, would you have 20 minutes for a chat about your move into data in the next"
    " week or two? Happy to fit around you.",
    "fr": "Bonjour Kai, auriez-vous 20 minutes pour un échange sur votre parcours dans les"
    " données dans les deux prochaines semaines ?",
    "es": "Hola Kai, ¿tendrías 20 minutos para una charla sobre tu paso al mundo de los datos"
    " en las próximas dos semanas?",
    "de": "Hallo Kai, hättest du in den nächsten zwei Wochen 20 Minuten für ein kurzes Gespräch"
    " über deinen Wechsel in den Datenbereich?",
    "it": "Ciao Kai, avresti 20 minuti per una chiacchierata sul tuo passaggio ai dati nelle"
    " prossime due settimane?",
    "pt": "Oi Kai, você teria 20 minutos para uma conversa sobre sua ida para a área de dados"
    " nas próximas duas semanas?",
    "nl": "Hoi Kai, zou je de komende twee weken 20 minuten hebben voor een gesprek over je"
    " overstap naar data?",
}
_TWO_W = {
    "en": "Hi Kai, could we talk for 20 minutes about your move into data? Would Wednesday 14"
    " June at {w} or Thursday 15 June at {t} ({z}) work for you?",
    "fr": "Bonjour Kai, pourrions-nous échanger 20 minutes ? Seriez-vous disponible mercredi 14"
    " juin à 10h ou jeudi 15 juin à 15h (heure de Paris) ?",
    "es": "Hola Kai, ¿podemos hablar 20 minutos? ¿Te vendría bien el miércoles 14 de junio a las"
    " 10:00 o el jueves 15 de junio a las 15:00 (hora de Madrid)?",
    "de": "Hallo Kai, können wir 20 Minuten sprechen? Ginge Mittwoch, 14. Juni um 10 Uhr oder"
    " Donnerstag, 15. Juni um 15 Uhr (Berliner Zeit)?",
    "it": "Ciao Kai, possiamo sentirci per 20 minuti? Ti andrebbe bene mercoledì 14 giugno alle"
    " 10:00 o giovedì 15 giugno alle 15:00 (ora di Roma)?",
    "pt": "Oi Kai, podemos conversar 20 minutos? Quarta, 14 de junho, às 10h ou quinta, 15 de"
    " junho, às 15h (horário de Brasília) funcionam para você?",
    "nl": "Hoi Kai, kunnen we 20 minuten bellen? Past woensdag 14 juni om 10:00 of donderdag 15"
    " juni om 15:00 (Nederlandse tijd)?",
}
_OK_W = {
    "en": "Great - Wednesday 14 June at {w} ({z}) it is. Talk then!",
    "fr": "Parfait, c'est noté pour mercredi 14 juin à 10h (heure de Paris). À mercredi !",
    "es": "Perfecto, quedamos el miércoles 14 de junio a las 10:00 (hora de Madrid). ¡Hasta el"
    " miércoles!",
    "de": "Super, dann Mittwoch, 14. Juni um 10 Uhr (Berliner Zeit). Bis dann!",
    "it": "Perfetto, allora mercoledì 14 giugno alle 10:00 (ora di Roma). A mercoledì!",
    "pt": "Ótimo, combinado quarta, 14 de junho, às 10h (horário de Brasília). Até quarta!",
    "nl": "Top, dan woensdag 14 juni om 10:00 (Nederlandse tijd). Tot woensdag!",
}


def _gmail(lang: str, text: str) -> str:
    head = {
        "en": "On Fri, Jun 9, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:",
        "de": "Am Fr., 9. Juni 2028 um 09:00 Uhr schrieb Ada Obi <ada@example.com>:",
        "it": "Il giorno ven 9 giu 2028 alle ore 09:00 Ada Obi <ada@example.com> ha scritto:",
    }[lang]
    return f"\n\n{head}\n> {text}\n>\n> Ada\n"


def _outlook(lang: str, text: str) -> str:
    head = {
        "en": "From: Ada Obi <ada@example.com>\nSent: Friday, June 9, 2028 9:00 AM\n"
        "To: Kai Berg <kai@example.com>\nSubject: Coffee chat?",
        "fr": "De : Ada Obi <ada@example.com>\nEnvoyé : vendredi 9 juin 2028 09:00\n"
        "À : Kai Berg <kai@example.com>\nObjet : Un café ?",
        "nl": "Van: Ada Obi <ada@example.com>\nVerzonden: vrijdag 9 juni 2028 09:00\n"
        "Aan: Kai Berg <kai@example.com>\nOnderwerp: Koffie?",
    }[lang]
    return f"\n\n________________________________\n{head}\n\n{text}\n\nAda\n"


def _iphone(lang: str, text: str) -> str:
    head = {
        "en": "On Jun 9, 2028, at 09:00, Ada Obi <ada@example.com> wrote:",
        "es": "El 9 jun 2028, a las 9:00, Ada Obi <ada@example.com> escribió:",
        "pt": "Em 9 de jun. de 2028, às 09:00, Ada Obi <ada@example.com> escreveu:",
    }[lang]
    return f"\n\n{head}\n\n> {text}\n>\n> Ada\n"


# language -> (user zone, Date header, quote shape, the offers' clock and its name)
_PLACES = {
    "en": ("America/New_York", "Mon, 12 Jun 2028 09:10:00 -0400", _gmail, ("10am", "3pm", "ET")),
    "uk": ("Europe/London", "Mon, 12 Jun 2028 09:10:00 +0100", _outlook, ("10:00", "15:00", "UK")),
    "sg": (
        "Asia/Singapore",
        "Mon, 12 Jun 2028 09:10:00 +0100",
        _iphone,
        ("10am", "3pm", "Singapore time"),
    ),
    "fr": ("Europe/Paris", "Mon, 12 Jun 2028 09:10:00 +0200", _outlook, ("", "", "")),
    "es": ("Europe/Madrid", "Mon, 12 Jun 2028 09:10:00 +0200", _iphone, ("", "", "")),
    "de": ("Europe/Berlin", "Mon, 12 Jun 2028 09:10:00 +0200", _gmail, ("", "", "")),
    "it": ("Europe/Rome", "Mon, 12 Jun 2028 09:10:00 +0200", _gmail, ("", "", "")),
    "pt": ("America/Sao_Paulo", "Mon, 12 Jun 2028 09:10:00 -0300", _iphone, ("", "", "")),
    "nl": ("Europe/Amsterdam", "Mon, 12 Jun 2028 09:10:00 +0200", _outlook, ("", "", "")),
}
_QUOTE_LANG = {"uk": "en", "sg": "en"}


def _setting(key: str) -> tuple[ZoneInfo, str, str, str]:
    """The user's zone, the Date header, the quoted thread and extra headers of a setting key.

    Keys are ``place-kind`` (kind: ask, two, ok, inline: no quote at all) with an optional
    ``+auto`` for an auto-reply's headers.
    """
    place, _, kind = key.partition("-")
    kind, _, auto = kind.partition("+")
    zone, date, shape, (w, t, z) = _PLACES[place]
    lang = _QUOTE_LANG.get(place, place)
    shape_lang = "en" if lang == "en" else lang
    text = {"ask": _ASK_W, "two": _TWO_W, "ok": _OK_W}.get(kind, {}).get(lang, "")
    quote = shape(shape_lang, text.format(w=w, t=t, z=z)) if text else ""
    headers = "Auto-Submitted: auto-replied\nX-Autoreply: yes\n" if auto else ""
    return ZoneInfo(zone), date, quote, headers


Row = tuple[str, str, Intent | None, list[tuple[int, ...]]]

_INLINE_EN = (
    "Hi Ada,\n\nAnswers below.\n\n"
    "On Fri, Jun 9, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai, could we talk for 20 minutes about your move into data? Would Wednesday 14 June"
    " at 10am or Thursday 15 June at 3pm (ET) work for you?\n\n"
)

ROWS: list[Row] = [
    # ---- English, New York, Gmail ----
    ("Wednesday at 10 works for me. Talk then!" + SIG_EN, "en-two", A, WED),
    ("Thursday 3pm is perfect." + SIG_EN, "en-two", A, THU),
    ("Hi Ada,\n\nThanks for reaching out. Thursday at 3 works well for me.", "en-two", A, THU),
    ("wed works!" + SIG_PHONE, "en-two", A, WED),
    ("Let's do Thursday.\n\nKai", "en-two", A, THU),
    ("Happy to chat. Wednesday at 10am ET is great - I'll send a Zoom link.", "en-two", A, WED),
    (
        "Hi Ada,\n\nNeither of those works, sadly. Could you do Friday 16 June at 11am instead?"
        + SIG_EN,
        "en-two",
        P,
        [(16, 11)],
    ),
    ("How about Tuesday 20 June at 2pm?" + SIG_EN, "en-ask", P, [(20, 14)]),
    (
        "Happy to! I'm free Tuesday 13 June between 1 and 2pm, or Wednesday 14 June after 4pm.",
        "en-ask",
        P,
        [(13, 13), (14, 16)],
    ),
    ("Could we do Monday 19 June at 9:30am?\n\nThanks,\nKai", "en-ask", P, [(19, 9, 30)]),
    (
        "Thanks for thinking of me, but I'm going to pass. I'm not taking on any of these chats"
        " right now." + SIG_EN,
        "en-ask",
        N,
        [],
    ),
    ("Sorry Ada, I'll have to say no this time. Good luck with the search!", "en-ask", N, []),
    ("I'm not the right person for this, sorry.", "en-ask", N, []),
    (
        "Would love to, but June is slammed. Can you ping me again in July?" + SIG_EN,
        "en-ask",
        F,
        [],
    ),
    ("Let's pick this up after the summer - reach out in September?", "en-ask", F, []),
    (
        "I'm out of the office until Monday 19 June with limited access to email. I'll reply"
        " when I'm back.",
        "en-ask+auto",
        AWAY,
        [],
    ),
    (
        "Thank you for your email. I am on annual leave and will return on 26 June. For urgent"
        " matters please contact office@example.com.",
        "en-two+auto",
        AWAY,
        [],
    ),
    (
        "Hi Ada, my colleague Dana Reyes runs our data team and is a much better fit. You can"
        " reach her at dana.reyes@example.com." + SIG_EN,
        "en-ask",
        REF,
        [],
    ),
    (
        "You should really talk to Priya Shah (priya@example.com) - she made the same move last"
        " year.",
        "en-ask",
        REF,
        [],
    ),
    (
        "Hi Ada, something's come up on Wednesday. Could we move to Thursday 15 June at 2pm?"
        + SIG_EN,
        "en-ok",
        R,
        [(15, 14)],
    ),
    (
        "So sorry - I need to push our chat. Would Friday 16 June at 10am work instead?",
        "en-ok",
        R,
        [(16, 10)],
    ),
    (
        "Hi Ada, I'm afraid I have to cancel Wednesday's call - I'm really sorry." + SIG_EN,
        "en-ok",
        C,
        [],
    ),
    ("Unfortunately I need to cancel our chat on Wednesday. Apologies!", "en-ok", C, []),
    ("Before we set this up - what's your background?" + SIG_EN, "en-ask", OTH, []),
    ("Can you send me your CV first?", "en-ask", OTH, []),
    ("Thanks Ada, see you Wednesday!", "en-ok", A, WED),
    # ---- English, London, Outlook ----
    ("Wednesday at 10:00 suits me fine." + SIG_EN_LONG, "uk-two", A, WED),
    ("Thursday at 15:00 works, speak then." + SIG_EN_LONG, "uk-two", A, THU),
    (
        "Hi Ada,\n\nI can't do either of those, I'm afraid. Would Tuesday 20 June at 11:00"
        " work?" + SIG_EN_LONG,
        "uk-two",
        P,
        [(20, 11)],
    ),
    ("Could you do Thursday 22 June at 16:30?" + SIG_EN_LONG, "uk-ask", P, [(22, 16, 30)]),
    (
        "Dear Ada,\n\nThank you for getting in touch. I'm afraid I don't have capacity for"
        " calls like this at the moment." + SIG_EN_LONG,
        "uk-ask",
        N,
        [],
    ),
    (
        "Thanks Ada - could you come back to me after the 10th of July? It's our busiest"
        " period." + SIG_EN_LONG,
        "uk-ask",
        F,
        [],
    ),
    (
        "I'm on holiday until Friday 23 June with no access to email. I'll reply on my return.",
        "uk-ask+auto",
        AWAY,
        [],
    ),
    (
        "Hi Ada, please speak to Tom Hale (tom.hale@example.com) who looks after graduate"
        " recruitment." + SIG_EN_LONG,
        "uk-ask",
        REF,
        [],
    ),
    (
        "Hi Ada, I've had a clash come up - can we move Wednesday to Thursday 15 June at 11:00?"
        + SIG_EN_LONG,
        "uk-ok",
        R,
        [(15, 11)],
    ),
    ("Hi Ada, I'll have to cancel Wednesday, sorry." + SIG_EN_LONG, "uk-ok", C, []),
    ("Happy to help. Is this about the analytics role?" + SIG_EN_LONG, "uk-ask", OTH, []),
    # ---- English, the user in Singapore, the sender in London, iPhone quote ----
    ("Wednesday 10am Singapore time works for me.", "sg-two", A, WED),
    ("Thursday works!" + SIG_PHONE, "sg-two", A, THU),
    ("Could we do Tuesday 13 June at 9am UK time?", "sg-ask", P, [(13, 16)]),
    (
        "I'm free Friday 16 June at 8am London time, if that's not too late for you.",
        "sg-ask",
        P,
        [(16, 15)],
    ),
    ("No thanks, not for me.", "sg-ask", N, []),
    ("Let's speak after I'm back from leave in mid-July.", "sg-ask", F, []),
    (
        "I need to cancel Wednesday, I'm so sorry - family emergency.",
        "sg-ok",
        C,
        [],
    ),
    # ---- English, answers written inline ----
    (_INLINE_EN + "Thursday 3pm works for me.\n\n> \n> Ada\n\nKai", "en-inline", A, THU),
    (
        _INLINE_EN + "Neither, sorry - how about Friday 16 June at 1pm?\n\n> \n> Ada\n",
        "en-inline",
        P,
        [(16, 13)],
    ),
    # ---- French, Paris, Outlook ----
    ("Mercredi 10h me convient très bien." + SIG_FR, "fr-two", A, WED),
    ("Bonjour Ada,\n\nJeudi 15h, c'est parfait pour moi." + SIG_FR, "fr-two", A, THU),
    ("Va pour jeudi !\n\nKai", "fr-two", A, THU),
    (
        "Bonjour Ada,\n\nAucun des deux ne me va, malheureusement. Seriez-vous disponible"
        " vendredi 16 juin à 11h ?" + SIG_FR,
        "fr-two",
        P,
        [(16, 11)],
    ),
    ("Je peux mardi 20 juin à 14h, ça vous irait ?" + SIG_FR, "fr-ask", P, [(20, 14)]),
    (
        "Bonjour Ada,\n\nMerci pour votre message, mais je ne vais pas pouvoir donner suite."
        + SIG_FR,
        "fr-ask",
        N,
        [],
    ),
    (
        "Avec plaisir, mais pas avant septembre : recontactez-moi à la rentrée." + SIG_FR,
        "fr-ask",
        F,
        [],
    ),
    (
        "Je suis absent du bureau jusqu'au 23 juin inclus. Je répondrai à votre message à mon"
        " retour.",
        "fr-ask+auto",
        AWAY,
        [],
    ),
    (
        "Bonjour Ada, je vous conseille plutôt d'écrire à Camille Petit"
        " (camille.petit@example.com), qui dirige l'équipe data." + SIG_FR,
        "fr-ask",
        REF,
        [],
    ),
    (
        "Bonjour Ada, un imprévu mercredi : pourrions-nous décaler à jeudi 15 juin à 16h ?"
        + SIG_FR,
        "fr-ok",
        R,
        [(15, 16)],
    ),
    (
        "Bonjour Ada, je suis désolé mais je dois annuler notre rendez-vous de mercredi." + SIG_FR,
        "fr-ok",
        C,
        [],
    ),
    ("Avant de fixer un créneau : quel est votre parcours ?" + SIG_FR, "fr-ask", OTH, []),
    ("Merci Ada, à mercredi !", "fr-ok", A, WED),
    # ---- Spanish, Madrid, iPhone ----
    ("El miércoles a las 10 me va perfecto." + SIG_PHONE, "es-two", A, WED),
    ("Hola Ada,\n\nEl jueves a las 15:00 me viene genial." + SIG_ES, "es-two", A, THU),
    ("Mejor el jueves.\n\nKai", "es-two", A, THU),
    (
        "Hola Ada,\n\nNinguno de los dos me va bien. ¿Qué tal el viernes 16 de junio a las"
        " 12:00?" + SIG_ES,
        "es-two",
        P,
        [(16, 12)],
    ),
    ("¿Podemos el martes 20 de junio a las 17:00?" + SIG_ES, "es-ask", P, [(20, 17)]),
    ("Hola Ada, gracias, pero no puedo ayudarte con esto. ¡Suerte!" + SIG_ES, "es-ask", N, []),
    ("Ahora mismo imposible. Escríbeme en septiembre y lo vemos." + SIG_ES, "es-ask", F, []),
    (
        "Estoy fuera de la oficina hasta el 26 de junio, con acceso limitado al correo."
        " Responderé a mi vuelta.",
        "es-ask+auto",
        AWAY,
        [],
    ),
    (
        "Hola Ada, mejor habla con Lucía Gómez (lucia.gomez@example.com), que lleva el equipo"
        " de datos." + SIG_ES,
        "es-ask",
        REF,
        [],
    ),
    (
        "Hola Ada, me ha surgido algo el miércoles. ¿Podemos pasarlo al jueves 15 de junio a"
        " las 11:00?" + SIG_ES,
        "es-ok",
        R,
        [(15, 11)],
    ),
    (
        "Hola Ada, lo siento mucho pero tengo que cancelar la llamada del miércoles." + SIG_ES,
        "es-ok",
        C,
        [],
    ),
    ("Antes de nada, ¿de qué empresa eres?" + SIG_ES, "es-ask", OTH, []),
    # ---- German, Berlin, Gmail ----
    ("Mittwoch um 10 Uhr passt mir gut." + SIG_DE, "de-two", A, WED),
    ("Hallo Ada,\n\nDonnerstag 15 Uhr passt perfekt." + SIG_DE, "de-two", A, THU),
    ("Gerne am Donnerstag!\n\nKai", "de-two", A, THU),
    (
        "Hallo Ada,\n\nbeide Termine gehen bei mir leider nicht. Wie wäre Freitag, 16. Juni um"
        " 11 Uhr?" + SIG_DE,
        "de-two",
        P,
        [(16, 11)],
    ),
    ("Ich könnte am Dienstag, 20. Juni um 14 Uhr." + SIG_DE, "de-ask", P, [(20, 14)]),
    (
        "Hallo Ada,\n\ndanke für die Nachricht, aber dafür habe ich leider keine Zeit." + SIG_DE,
        "de-ask",
        N,
        [],
    ),
    ("Gerne, aber erst nach den Sommerferien. Meld dich im September!" + SIG_DE, "de-ask", F, []),
    (
        "Ich bin bis einschließlich 23. Juni nicht im Büro und lese meine E-Mails nur"
        " eingeschränkt.",
        "de-ask+auto",
        AWAY,
        [],
    ),
    (
        "Hallo Ada, wende dich am besten an Jonas Weber (jonas.weber@example.com), er leitet"
        " unser Datenteam." + SIG_DE,
        "de-ask",
        REF,
        [],
    ),
    (
        "Hallo Ada, mir ist am Mittwoch etwas dazwischengekommen. Können wir auf Donnerstag,"
        " 15. Juni um 11 Uhr verschieben?" + SIG_DE,
        "de-ok",
        R,
        [(15, 11)],
    ),
    (
        "Hallo Ada, ich muss unser Gespräch am Mittwoch leider absagen. Tut mir leid!" + SIG_DE,
        "de-ok",
        C,
        [],
    ),
    ("Worum genau soll es denn gehen?" + SIG_DE, "de-ask", OTH, []),
    # ---- Italian, Rome, Gmail ----
    ("Mercoledì alle 10 per me va benissimo." + SIG_IT, "it-two", A, WED),
    ("Ciao Ada,\n\ngiovedì alle 15 va bene." + SIG_IT, "it-two", A, THU),
    (
        "Ciao Ada,\n\npurtroppo nessuno dei due mi va bene. Potresti venerdì 16 giugno alle"
        " 11?" + SIG_IT,
        "it-two",
        P,
        [(16, 11)],
    ),
    ("Possiamo fare martedì 20 giugno alle 14:30?" + SIG_IT, "it-ask", P, [(20, 14, 30)]),
    ("Ciao Ada, grazie ma non posso aiutarti. In bocca al lupo!" + SIG_IT, "it-ask", N, []),
    ("Volentieri, ma dopo l'estate. Riscrivimi a settembre!" + SIG_IT, "it-ask", F, []),
    (
        "Sono fuori ufficio fino al 23 giugno con accesso limitato alla posta. Risponderò al"
        " mio rientro.",
        "it-ask+auto",
        AWAY,
        [],
    ),
    (
        "Ciao Ada, ti conviene scrivere a Giulia Rossi (giulia.rossi@example.com), che guida il"
        " team dati." + SIG_IT,
        "it-ask",
        REF,
        [],
    ),
    (
        "Ciao Ada, mercoledì ho avuto un imprevisto. Possiamo spostare a giovedì 15 giugno alle"
        " 11?" + SIG_IT,
        "it-ok",
        R,
        [(15, 11)],
    ),
    (
        "Ciao Ada, mi dispiace ma devo annullare la chiamata di mercoledì." + SIG_IT,
        "it-ok",
        C,
        [],
    ),
    ("Prima di fissare: di cosa vorresti parlare esattamente?" + SIG_IT, "it-ask", OTH, []),
    # ---- Portuguese, São Paulo, iPhone ----
    ("Quarta às 10h está ótimo pra mim." + SIG_PHONE, "pt-two", A, WED),
    ("Oi Ada,\n\nQuinta às 15h funciona pra mim." + SIG_PT, "pt-two", A, THU),
    (
        "Oi Ada,\n\nInfelizmente nenhum dos dois horários funciona. Pode ser sexta, 16 de"
        " junho, às 11h?" + SIG_PT,
        "pt-two",
        P,
        [(16, 11)],
    ),
    ("Consigo terça, 20 de junho, às 14h. Serve?" + SIG_PT, "pt-ask", P, [(20, 14)]),
    ("Oi Ada, obrigado pelo contato, mas não vou poder ajudar." + SIG_PT, "pt-ask", N, []),
    ("Agora não dá. Me procura de novo em agosto?" + SIG_PT, "pt-ask", F, []),
    (
        "Estou fora do escritório até 23 de junho, com acesso limitado ao e-mail. Responderei"
        " assim que voltar.",
        "pt-ask+auto",
        AWAY,
        [],
    ),
    (
        "Oi Ada, fala com a Mariana Costa (mariana.costa@example.com), ela cuida do time de"
        " dados." + SIG_PT,
        "pt-ask",
        REF,
        [],
    ),
    (
        "Oi Ada, surgiu um imprevisto na quarta. Podemos passar para quinta, 15 de junho, às"
        " 11h?" + SIG_PT,
        "pt-ok",
        R,
        [(15, 11)],
    ),
    (
        "Oi Ada, sinto muito, mas vou precisar cancelar nossa conversa de quarta." + SIG_PT,
        "pt-ok",
        C,
        [],
    ),
    ("Antes de marcar: em que área você trabalha hoje?" + SIG_PT, "pt-ask", OTH, []),
    # ---- Dutch, Amsterdam, Outlook ----
    ("Woensdag om 10:00 komt mij goed uit." + SIG_NL, "nl-two", A, WED),
    ("Hoi Ada,\n\nDonderdag 15:00 is prima." + SIG_NL, "nl-two", A, THU),
    (
        "Hoi Ada,\n\nHelaas kan ik op beide momenten niet. Zou vrijdag 16 juni om 11:00"
        " kunnen?" + SIG_NL,
        "nl-two",
        P,
        [(16, 11)],
    ),
    ("Ik kan dinsdag 20 juni om 14:00, lukt dat?" + SIG_NL, "nl-ask", P, [(20, 14)]),
    ("Hoi Ada, bedankt voor je bericht, maar ik ga dit niet doen." + SIG_NL, "nl-ask", N, []),
    ("Graag, maar pas na de zomer. Mail me in september nog eens!" + SIG_NL, "nl-ask", F, []),
    (
        "Ik ben afwezig tot en met 23 juni en lees mijn e-mail beperkt. Ik reageer na mijn"
        " terugkomst.",
        "nl-ask+auto",
        AWAY,
        [],
    ),
    (
        "Hoi Ada, neem liever contact op met Sanne de Vries (sanne.devries@example.com), zij"
        " leidt ons datateam." + SIG_NL,
        "nl-ask",
        REF,
        [],
    ),
    (
        "Hoi Ada, er is woensdag iets tussengekomen. Kunnen we verzetten naar donderdag 15 juni"
        " om 11:00?" + SIG_NL,
        "nl-ok",
        R,
        [(15, 11)],
    ),
    (
        "Hoi Ada, helaas moet ik ons gesprek van woensdag afzeggen. Sorry!" + SIG_NL,
        "nl-ok",
        C,
        [],
    ),
    ("Waar wil je het precies over hebben?" + SIG_NL, "nl-ask", OTH, []),
    # ---- Harder shapes: no stock cue, moves in other words, conflicts beside offers ----
    ("Wed 10am ✅" + SIG_PHONE, "en-two", A, WED),
    ("Thursday is better for me - 3pm it is.", "en-two", A, THU),
    ("Yes, Wednesday. I'll call you on your mobile.", "en-two", A, WED),
    (
        "Hi Ada,\n\nThursday's fully booked, but Wednesday at 10 is fine.\n\nCheers,\nKai",
        "en-two",
        A,
        WED,
    ),
    (
        "I have back-to-backs all Wednesday, but I'm free Tuesday 13 June at 4pm if that helps.",
        "en-two",
        P,
        [(13, 16)],
    ),
    (
        "Morning Ada! I'm in workshops until 2 on Thursday, so could we do 4pm that day instead?",
        "en-two",
        P,
        [(15, 16)],
    ),
    (
        "Sure. My calendar's open Friday 16 June from 9 to 11am - pick any half hour.",
        "en-ask",
        P,
        [(16, 9)],
    ),
    (
        "Hi Ada,\n\nI'm flattered, but I'll decline - I keep these slots for my own team.\n\nKai",
        "en-ask",
        N,
        [],
    ),
    ("Not this month, sorry - try me again in July.", "en-ask", F, []),
    (
        "Ada - Marco on my team would be a better person for this. Copying him here:"
        " marco.bianchi@example.com",
        "en-ask",
        REF,
        [],
    ),
    ("Hi Ada, can we do Thursday 15 June at 10am instead of Wednesday?", "en-ok", R, [(15, 10)]),
    (
        "Ada, I'm so sorry - I can't make it on Wednesday after all. Let's call it off for now.",
        "en-ok",
        C,
        [],
    ),
    ("Hi Ada, what's the best number to reach you on?", "en-ok", OTH, []),
    ("Quick one: is this a phone call or video?", "en-ok", OTH, []),
    (
        "Bonjour Ada,\n\nJ'ai un comité jusqu'à midi mercredi, mais je suis libre à 14h ce"
        " jour-là." + SIG_FR,
        "fr-two",
        P,
        [(14, 14)],
    ),
    ("Plutôt jeudi, si ça vous va.", "fr-two", A, THU),
    ("Mercredi, parfait. Je vous appelle sur votre portable." + SIG_FR, "fr-two", A, WED),
    (
        "Bonjour Ada, pourrions-nous reporter à vendredi 16 juin, même heure ?" + SIG_FR,
        "fr-ok",
        R,
        [(16, 10)],
    ),
    ("Je ne suis pas intéressé, merci." + SIG_FR, "fr-ask", N, []),
    (
        "Hola Ada,\n\nEl miércoles tengo reuniones hasta las 12, pero a las 16:00 estoy libre."
        + SIG_ES,
        "es-two",
        P,
        [(14, 16)],
    ),
    (
        "Hola! Pasamos la llamada del miércoles al viernes 16 a las 10?" + SIG_ES,
        "es-ok",
        R,
        [(16, 10)],
    ),
    ("Gracias, pero no es buen momento para mí. Suerte con todo.", "es-ask", N, []),
    ("Habla con Lucía, ella sabe mucho más de esto: lucia@example.com", "es-ask", REF, []),
    (
        "Hallo Ada,\n\nMittwoch habe ich bis 12 Uhr Termine, um 14 Uhr wäre ich aber frei."
        + SIG_DE,
        "de-two",
        P,
        [(14, 14)],
    ),
    ("Lieber Donnerstag, wenn das geht." + SIG_DE, "de-two", A, THU),
    (
        "Hallo Ada, können wir unser Gespräch auf Freitag, 16. Juni, gleiche Uhrzeit verlegen?"
        + SIG_DE,
        "de-ok",
        R,
        [(16, 10)],
    ),
    ("Kein Interesse, danke." + SIG_DE, "de-ask", N, []),
    (
        "Ciao Ada,\n\nmercoledì ho riunioni fino alle 12, ma alle 16 sono libero." + SIG_IT,
        "it-two",
        P,
        [(14, 16)],
    ),
    ("Meglio giovedì, se per te va bene.", "it-two", A, THU),
    ("Ciao Ada, non fa per me, grazie comunque." + SIG_IT, "it-ask", N, []),
    ("Senti Marco Bianchi, è lui l'esperto: marco.bianchi@example.com", "it-ask", REF, []),
    (
        "Oi Ada,\n\nQuarta tenho reunião até meio-dia, mas às 16h estou livre." + SIG_PT,
        "pt-two",
        P,
        [(14, 16)],
    ),
    ("Prefiro quinta, pode ser?", "pt-two", A, THU),
    (
        "Oi Ada, podemos adiar nossa conversa para sexta, 16 de junho, às 10h?" + SIG_PT,
        "pt-ok",
        R,
        [(16, 10)],
    ),
    ("Valeu pelo convite, mas não tenho interesse." + SIG_PT, "pt-ask", N, []),
    ("Fala com a Lara, ela entende muito mais disso: lara@example.com", "pt-ask", REF, []),
    (
        "Hoi Ada,\n\nWoensdag zit ik tot 12 uur in overleg, maar om 16:00 ben ik vrij." + SIG_NL,
        "nl-two",
        P,
        [(14, 16)],
    ),
    ("Liever donderdag, als dat kan.", "nl-two", A, THU),
    (
        "Hoi Ada, kunnen we ons gesprek verschuiven naar vrijdag 16 juni, zelfde tijd?" + SIG_NL,
        "nl-ok",
        R,
        [(16, 10)],
    ),
    ("Geen interesse, bedankt." + SIG_NL, "nl-ask", N, []),
    ("Hoi Ada, ik kan je hier helaas niet mee helpen. Succes!" + SIG_NL, "nl-ask", N, []),
    ("Either works, your call.", "uk-two", A, []),
    ("Wednesday works but can we make it 10:30?", "uk-two", P, [(14, 10, 30)]),
    ("Can we push it back an hour?", "en-ok", R, [(14, 11)]),
    # The sender in London, who names the clock: 17:00 BST is midnight in Singapore.
    ("Friday at 5 my time?", "sg-ask", P, [(17, 0)]),
    ("Wednesday 10am works, that's 3pm for me here in London.", "en-two", A, WED),
]

# ---- Near misses: a careful human would not be sure; they must stay doubted. A hedge that
# waits ("Thursday maybe, I'll confirm tomorrow") may also read as a certain `other` (hunt 41's
# convention): the user waits; those rows say OTH. ----
NEAR_MISSES: list[Row] = [
    ("Wednesday or Thursday, whichever suits you.", "en-two", D, []),
    ("Thursday might work, let me check and come back to you.", "en-two", OTH, []),
    ("Wednesday works - oh wait, no, I have a board meeting. Thursday?", "en-two", D, []),
    ("Yes! Well, maybe. Depends on my week.", "en-two", D, []),
    ("Could do Wed at 3 or 4, not sure yet", "en-two", D, []),
    ("Works for me!", "en-two", D, []),
    ("Let's do 10 on Wednesday, or was it Thursday you said?", "en-two", D, []),
    ("My manager can do Thursday; I'm out that day.", "en-two", D, []),
    ("How about next Tuesday-ish?", "en-ask", D, []),
    ("I could maybe do some time next week, or the one after.", "en-ask", D, []),
    ("I might have to cancel Wednesday, will confirm tomorrow.", "en-ok", D, []),
    ("Wednesday 10am, your time or mine?", "en-two", D, []),
    ("Tentatively Thursday, TBC.", "uk-two", D, []),
    ("Could we do 6:30 on Friday?", "uk-ask", D, []),
    ("Thursday at 3 - is that your time or mine?", "sg-two", D, []),
    ("Mercredi ou jeudi, comme vous voulez.", "fr-two", D, []),
    ("Jeudi peut-être, je vous confirme demain.", "fr-two", OTH, []),
    ("Oui pour jeudi, si on peut décaler à 16h.", "fr-two", D, []),
    ("Je risque de devoir annuler mercredi, je vous redis.", "fr-ok", D, []),
    ("Mercredi 10h, c'est bien heure de Paris ?", "fr-two", D, []),
    ("Mon collègue peut jeudi, moi non.", "fr-two", D, []),
    ("El miércoles o el jueves, como prefieras.", "es-two", D, []),
    ("El jueves quizá, te confirmo mañana.", "es-two", OTH, []),
    ("Puede que tenga que cancelar el miércoles.", "es-ok", D, []),
    ("El jueves no puedo.", "es-two", D, []),
    ("¿A las 10 hora de Madrid o de Londres?", "es-two", D, []),
    ("Sí y no, depende del día.", "es-two", D, []),
    ("Mittwoch oder Donnerstag, wie du magst.", "de-two", D, []),
    ("Donnerstag vielleicht, ich melde mich morgen.", "de-two", OTH, []),
    ("Eventuell muss ich Mittwoch absagen.", "de-ok", D, []),
    ("Donnerstag unter Vorbehalt.", "de-two", D, []),
    ("Können wir eine Stunde später?", "de-ok", D, []),
    ("Mein Chef hätte Donnerstag Zeit.", "de-two", D, []),
    ("Mercoledì o giovedì, fai tu.", "it-two", D, []),
    ("Giovedì forse, ti confermo domani.", "it-two", OTH, []),
    ("Potrei dover annullare mercoledì.", "it-ok", D, []),
    ("Giovedì va bene per il mio collega, per me no.", "it-two", D, []),
    ("Ok per le 10, ma quale giorno?", "it-two", OTH, []),
    ("Quarta ou quinta, tanto faz.", "pt-two", D, []),
    ("Quinta talvez, te confirmo amanhã.", "pt-two", OTH, []),
    ("Talvez eu tenha que cancelar quarta.", "pt-ok", D, []),
    ("Qua não, qui sim!", "pt-two", D, []),
    ("Woensdag of donderdag, zeg het maar.", "nl-two", D, []),
    ("Donderdag misschien, ik laat het morgen weten.", "nl-two", OTH, []),
    ("Misschien moet ik woensdag afzeggen.", "nl-ok", D, []),
    ("Donderdag onder voorbehoud.", "nl-two", D, []),
    ("Kan het een uur later?", "nl-ok", D, []),
    ("Mijn collega kan donderdag, ik niet.", "nl-two", D, []),
    ("Thursday works for me. Actually, wait - Wednesday is better.", "en-two", D, []),
    ("Can we do the 16th?", "en-two", D, []),
    ("Quinta às 15h? Horário de Brasília ou de Lisboa?", "pt-two", D, []),
]

# Clear rows the reader still leaves in doubt at the end of this hunt (tested as doubted).
LEFT_IN_DOUBT: dict[str, str] = {
    "wed works!" + SIG_PHONE: "lower-case 'wed' is a word too (hunt 35's 'ya wed works')",
    "Bonjour Ada,\n\nJ'ai un comité jusqu'à midi mercredi, mais je suis libre à 14h ce"
    " jour-là." + SIG_FR: "the day written after the busy spell's end: 14h is read with no day",
    "Gracias, pero no es buen momento para mí. Suerte con todo.": "'not a good time' with a wish:"
    " a no or a not-now (`contradicting_intent_cues`); the label is a judgment call",
    "Hallo Ada,\n\nMittwoch habe ich bis 12 Uhr Termine, um 14 Uhr wäre ich aber frei."
    + SIG_DE: "the free word after the clock (German order) leaves 14 Uhr in the busy clause",
    "Senti Marco Bianchi, è lui l'esperto: marco.bianchi@example.com": "'senti' is also"
    " 'listen,' addressing someone: no referral cue (`referral_unread`)",
}

# Rows found certain but wrong and left (strict xfails).
WRONG_LEFT: dict[str, str] = {}


def _expected(starts: list[tuple[int, ...]]) -> list[datetime]:
    return sorted(datetime(2028, 6, *t) for t in starts)


def _read(body: str, setting: str) -> tuple[object, ZoneInfo]:
    zone, date, quote, headers = _setting(setting)
    return read_reply(body, tz=zone, date=date, quote=quote, headers=headers), zone


def classify(body: str, setting: str, intent: Intent | None, starts: list[tuple[int, ...]]) -> str:
    """'right', 'WRONG' or 'doubted': how the reader reads one row."""
    verdict, zone = _read(body, setting)
    if not verdict.certain:  # type: ignore[attr-defined]
        return "doubted"
    if intent is OTH and starts == [] and verdict.intent is OTH:  # type: ignore[attr-defined]
        return "right" if not verdict.proposed_times else "WRONG"  # type: ignore[attr-defined]
    if intent is None or verdict.intent is not intent:  # type: ignore[attr-defined]
        return "WRONG"
    got = sorted(local_starts(verdict, zone))  # type: ignore[arg-type]
    return "right" if got == _expected(starts) else "WRONG"


@pytest.mark.parametrize(("body", "setting", "intent", "starts"), pinned(ROWS, WRONG_LEFT))
def test_clear_reply_is_read_certain_and_right(
    body: str, setting: str, intent: Intent, starts: list[tuple[int, ...]]
) -> None:
    zone, date, quote, headers = _setting(setting)
    verdict = read_reply(body, tz=zone, date=date, quote=quote, headers=headers)
    if body in LEFT_IN_DOUBT:
        assert not verdict.certain, (verdict.intent, local_starts(verdict, zone))
        return
    assert verdict.certain, (verdict.intent, local_starts(verdict, zone), doubt_codes(verdict))
    assert verdict.intent is intent
    assert sorted(local_starts(verdict, zone)) == _expected(starts)


@pytest.mark.parametrize(("body", "setting", "intent", "starts"), pinned(NEAR_MISSES, WRONG_LEFT))
def test_near_miss_stays_in_doubt(
    body: str, setting: str, intent: Intent | None, starts: list[tuple[int, ...]]
) -> None:
    zone, date, quote, headers = _setting(setting)
    verdict = read_reply(body, tz=zone, date=date, quote=quote, headers=headers)
    if intent is OTH and verdict.certain:
        assert verdict.intent is OTH
        assert not verdict.proposed_times
        return
    assert not verdict.certain, (verdict.intent, local_starts(verdict, zone))


def test_table_is_large_enough() -> None:
    assert len(ROWS) >= 150
    assert len(NEAR_MISSES) >= 50
