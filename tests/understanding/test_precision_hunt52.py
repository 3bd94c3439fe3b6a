"""Precision hunt 52: the confident wrong readings fresh sets keep finding.

First run at ae50498: 60 of 159 rows failed, 11 certain but wrong: a counter-offer to one of
the user's offered times ("Wednesday at 9:30 isn't ideal. Could we push it to 10:30?", "lieber
um 10:30 statt um 9:30?") read as a reschedule of a meeting never agreed; a Portuguese
conflict ("estou numa reunião … das 10h às 12h") read as an offer; a hand-written "I'm
travelling today; I'll look at my diary tomorrow and get back to you" read as an absence
notice; "either of the first two" (English, Spanish, Italian) read as a certain accept with no
window; and five mislabels of ours ("next Friday" said on a Sunday is the coming Friday, as the
reader said, three rows, now near misses; "I'll come back to you by Friday" may be a defer as
well as a holding note, two rows, now near misses). 49 doubted where a person is sure.

Replies of our own in English, German, French, Spanish, Italian, Portuguese and Dutch, most
written on Wednesday 4 November 2026 (after both Europe's and America's clock changes), under
the user's outreach offering three slots on the user's clock (Thursday 5 November 11:00,
Monday 9 November 15:00, Wednesday 11 November 09:30), or the user's confirmation of Monday
9 November 15:00 ("ok"), or a slotless ask ("plain") written on another weekday ("@mon": Monday
2 November, "@fri": Friday 6 November, "@sun": Sunday 8 November), which is where "this Friday"
and "next Friday" are told apart. The sender's domain names the country, so a zoneless time is
on its clock (convention (g)); "us" is a sender in New York writing "11/10" month first. The
classes: times mentioned but not offered (someone else's meeting, a conflict, the old slot, "I
was going to say Monday but"); a time corrected in a later sentence; "your time" / "my time"
and two clocks in one sentence; day-month against month-day; ranges across noon and
midnight; 24-hour against 12-hour clocks; picks of one slot among three written loosely ("the
middle one", "the last", "either of the first two"); polite declines that open like accepts;
holding notes (`other`, convention (i)); referrals written as an aside and as the answer; hard
wraps; signatures with office hours and booking links that are not the answer; a forwarded
thread.

Starts are (month, day, hour[, minute]) on the user's clock. A sure row must be read certain
and right (`assert_read_right`, and its link); a near miss (a careful person might ask) must
be doubted or certain and right (`assert_near_miss_safe`); intent None: only a doubt is right.
"""

from __future__ import annotations

from tests.understanding.reply import Hunt, HuntRow, QuotedScene, hunt_row, hunt_tests
from workflows.stages import Intent

A, P, R = Intent.ACCEPT, Intent.PROPOSE_TIMES, Intent.RESCHEDULE
N, F, C = Intent.DECLINE, Intent.DEFER, Intent.CANCEL
OTH, AWAY, REF = Intent.OTHER, Intent.OUT_OF_OFFICE, Intent.REFERRAL

THU, MON, WED = [(11, 5, 11)], [(11, 9, 15)], [(11, 11, 9, 30)]
SURE, NEAR = True, False

# place -> (user zone, Date header's offset, sender, language of the thread, zone words)
_PLACES = {
    "en": ("Europe/London", "+0000", "kai@example.co.uk", "en", "UK time"),
    # Berlin user, London sender: one hour apart.
    "enber": ("Europe/Berlin", "+0000", "kai@example.co.uk", "en", "Berlin time"),
    # New York user, London sender: five hours apart.
    "enny": ("America/New_York", "+0000", "kai@example.co.uk", "en", "New York time"),
    # New York user and sender: dates written month first.
    "us": ("America/New_York", "-0500", "kai@example.com", "en", "ET"),
    "de": ("Europe/Berlin", "+0100", "kai@example.de", "de", "Berliner Zeit"),
    "fr": ("Europe/Paris", "+0100", "kai@example.fr", "fr", "heure de Paris"),
    "es": ("Europe/Madrid", "+0100", "kai@example.es", "es", "hora de Madrid"),
    "it": ("Europe/Rome", "+0100", "kai@example.it", "it", "ora di Roma"),
    "pt": ("Europe/Lisbon", "+0000", "kai@example.pt", "pt", "hora de Lisboa"),
    "nl": ("Europe/Amsterdam", "+0100", "kai@example.nl", "nl", "Nederlandse tijd"),
}

_HEAD = {
    "en": "On Mon, 2 Nov 2026 at 17:45, Ada Obi <ada@example.com> wrote:",
    "de": "Am Mo., 2. Nov. 2026 um 17:45 Uhr schrieb Ada Obi <ada@example.com>:",
    "fr": "Le lun. 2 nov. 2026 à 17:45, Ada Obi <ada@example.com> a écrit :",
    "es": "El lun, 2 nov 2026 a las 17:45, Ada Obi (<ada@example.com>) escribió:",
    "it": "Il giorno lun 2 nov 2026 alle ore 17:45 Ada Obi <ada@example.com> ha scritto:",
    "pt": "Em seg., 2 de nov. de 2026 às 17:45, Ada Obi <ada@example.com> escreveu:",
    "nl": "Op ma 2 nov 2026 om 17:45 schreef Ada Obi <ada@example.com>:",
}

# language -> (the ask, its three slots)
_THREE = {
    "en": (
        "Hello Kai, many thanks for getting back to me. Could one of these work for a"
        " 30-minute call ({z})?",
        ["Thursday 5 November, 11:00", "Monday 9 November, 15:00", "Wednesday 11 November, 09:30"],
    ),
    "de": (
        "Hallo Kai, vielen Dank für Ihre Rückmeldung! Ginge einer dieser Termine für ein"
        " Gespräch von 30 Minuten ({z})?",
        [
            "Donnerstag, 5. November, 11:00 Uhr",
            "Montag, 9. November, 15:00 Uhr",
            "Mittwoch, 11. November, 9:30 Uhr",
        ],
    ),
    "fr": (
        "Bonjour Kai, merci de votre retour ! L'un de ces horaires vous irait-il pour un appel"
        " de 30 minutes ({z}) ?",
        ["jeudi 5 novembre, 11h00", "lundi 9 novembre, 15h00", "mercredi 11 novembre, 9h30"],
    ),
    "es": (
        "Hola Kai, ¡gracias por tu respuesta! ¿Te iría bien alguna de estas opciones para una"
        " llamada de 30 minutos ({z})?",
        [
            "jueves 5 de noviembre, 11:00",
            "lunes 9 de noviembre, 15:00",
            "miércoles 11 de noviembre, 9:30",
        ],
    ),
    "it": (
        "Ciao Kai, grazie del riscontro! Potrebbe andarle bene uno di questi orari per una"
        " chiamata di 30 minuti ({z})?",
        ["giovedì 5 novembre, 11:00", "lunedì 9 novembre, 15:00", "mercoledì 11 novembre, 9:30"],
    ),
    "pt": (
        "Olá Kai, obrigado pelo retorno! Algum destes horários lhe dá jeito para uma chamada"
        " de 30 minutos ({z})?",
        [
            "quinta-feira, 5 de novembro, 11h00",
            "segunda-feira, 9 de novembro, 15h00",
            "quarta-feira, 11 de novembro, 9h30",
        ],
    ),
    "nl": (
        "Hoi Kai, dank voor je antwoord! Komt een van deze momenten je uit voor een gesprek"
        " van 30 minuten ({z})?",
        ["donderdag 5 november, 11:00", "maandag 9 november, 15:00", "woensdag 11 november, 9:30"],
    ),
}

_OK = {
    "en": "Lovely, Monday 9 November at 15:00 ({z}) then. Looking forward to it!",
    "de": "Prima, dann Montag, 9. November, um 15:00 Uhr ({z}). Ich freue mich!",
    "fr": "Très bien, lundi 9 novembre à 15h00 ({z}) alors. Au plaisir !",
    "es": "Genial, el lunes 9 de noviembre a las 15:00 ({z}). ¡Hasta pronto!",
    "it": "Benissimo, lunedì 9 novembre alle 15:00 ({z}). A presto!",
    "pt": "Combinado, segunda-feira, 9 de novembro, às 15h00 ({z}). Até breve!",
    "nl": "Mooi, maandag 9 november om 15:00 ({z}) dan. Tot dan!",
}

_PLAIN = {
    "en": "Hello Kai, would you have 30 minutes for a call in the next couple of weeks?",
    "de": "Hallo Kai, hätten Sie in den nächsten zwei Wochen 30 Minuten für ein Gespräch?",
    "fr": "Bonjour Kai, auriez-vous 30 minutes pour un appel dans les deux semaines à venir ?",
    "es": "Hola Kai, ¿tendrías 30 minutos para una llamada en las próximas dos semanas?",
    "it": "Ciao Kai, avrebbe 30 minuti per una chiamata nelle prossime due settimane?",
    "pt": "Olá Kai, teria 30 minutos para uma chamada nas próximas duas semanas?",
    "nl": "Hoi Kai, heb je de komende twee weken 30 minuten voor een gesprek?",
}

# weekday key -> the Date header's day (the default is Wednesday 4 November)
_DAYS = {
    "": "Wed, 4 Nov 2026",
    "mon": "Mon, 2 Nov 2026",
    "fri": "Fri, 6 Nov 2026",
    "sun": "Sun, 8 Nov 2026",
}


SCENE = QuotedScene(
    _PLACES,
    _HEAD,
    _THREE,
    _OK,
    {key: f"{day} 10:20:00" for key, day in _DAYS.items()},
    _PLAIN,
)


# body, setting, intent (None: only a doubt is right), starts, link, sure
Row = HuntRow
row = hunt_row


_FORWARD_EN = (
    "Passing this on to Priya Nair (priya@example.co.uk), who looks after these now; she'll"
    " pick it up from here.\n\n---------- Forwarded message ---------\nFrom: Ada Obi"
    " <ada@example.com>\nDate: Mon, 2 Nov 2026 at 17:45\nSubject: chat\nTo: Kai Berg"
    " <kai@example.co.uk>\n\nHello Kai, could Thursday 5 November at 11:00 or Monday 9 November"
    " at 15:00 work for a call?\n"
)
_FORWARD_EN_OK = (
    "Monday at 3 is fine, see below from my assistant.\n\n---------- Forwarded message"
    " ---------\nFrom: Lee Park <lee@example.co.uk>\nDate: Tue, 3 Nov 2026 at 09:10\nSubject:"
    " Kai's week\nTo: Kai Berg <kai@example.co.uk>\n\nKai, you're out Thursday 10-4 at the"
    " supplier visit; Monday afternoon is clear.\n"
)

ROWS: list[Row] = [
    # ---- English, user and sender in London ----
    row(
        "Thursday's a no, I'm sitting in on Sarah's team meeting 10 till 12. Monday at 3 is fine.",
        "en",
        A,
        MON,
    ),
    row(
        "I was going to say Monday, but I've just been pulled into an offsite. The Wednesday 9:30"
        " one works.",
        "en",
        A,
        WED,
    ),
    row(
        "Monday at 3 works. Actually no, scratch that, I've got a clash. Wednesday at 9:30 is"
        " better.",
        "en",
        A,
        WED,
    ),
    row("The middle one works best for me.", "en", A, MON),
    row("The last one suits me nicely.", "en", A, WED),
    row("Option 2 works.", "en", A, MON),
    row("The first one, please.", "en", A, THU),
    row("Either of the first two is fine by me.", "en", A, THU + MON, sure=NEAR),
    row("The latter works for me.", "en", A, WED, sure=NEAR),
    row("Not Thursday. The other two are both fine.", "en", A, MON + WED, sure=NEAR),
    row(
        "Thanks so much for thinking of me! I'd love to, but I'm going to have to pass this time"
        " round.",
        "en",
        N,
    ),
    row(
        "That's really kind, and Monday would have been perfect, but I'm stepping back from these"
        " chats for now.",
        "en",
        N,
    ),
    row(
        "I'd love to, honestly, but I've promised myself no new commitments before Christmas, so"
        " it's a no from me. Sorry!",
        "en",
        N,
    ),
    row(
        "Sounds great in principle! Let me check with my manager and I'll come back to you by"
        " Friday.",
        "en",
        F,
        sure=NEAR,
    ),
    row(
        "Got this, thanks. I'm travelling today; I'll look at my diary tomorrow and get back to"
        " you.",
        "en",
        OTH,
    ),
    row(
        "Happy to, though honestly my colleague Tom Reid (tom@example.co.uk) knows far more about"
        " pricing than I do. Anyway, Thursday at 11 works.",
        "en",
        A,
        THU,
    ),
    row(
        "Thanks Ada. Monday at 3 would have been great, but I've just handed in my notice, so"
        " I'm not the best person any more. Try Priya Nair (priya@example.co.uk) instead.",
        "en",
        REF,
    ),
    row(
        "Thursday at 11 is fine.\n\nKai Berg\nHead of Data\nOffice hours: Mon-Fri 9:00-17:30\n"
        "Book time with our team: https://calendly.com/northwind-uk/intro",
        "en",
        A,
        THU,
    ),
    row(
        "Wednesday 9:30am - great.\n\nKai\n--\nKai Berg | Partner\nIn the office Tue-Thu"
        " 09:00-18:00 GMT\nBook a demo: https://calendly.com/northwind-uk/demo",
        "en",
        A,
        WED,
    ),
    row("Thanks Ada, Monday at\n3pm works for me, speak\nthen.", "en", A, MON),
    row(
        "Hi Ada,\n\nI can't do Thursday (at a\nconference all day) but\nWednesday at 9:30"
        " is\nperfect.\n\nKai",
        "en",
        A,
        WED,
    ),
    row(_FORWARD_EN, "en", REF),
    row(_FORWARD_EN_OK, "en", A, MON),
    row(
        "None of those suit, sorry. Monday I'm free 11:30 to 1, does any of that work?",
        "en",
        P,
        [(11, 9, 11, 30)],
    ),
    row("Monday 11-1 is open if that's any use.", "en", P, [(11, 9, 11)], sure=NEAR),
    row(
        "I'm a night owl: anything between 10pm and midnight on Monday works.",
        "en",
        P,
        [(11, 9, 22)],
        sure=NEAR,
    ),
    row("Monday at 15.00 works.", "en", A, MON),
    row("Could we do 9.30 on Thursday rather than 11?", "en", P, [(11, 5, 9, 30)]),
    row("Monday, 3 o'clock, is fine.", "en", A, MON),
    row("Wednesday at 9:30 isn't ideal. Could we push it to 10:30?", "en", P, [(11, 11, 10, 30)]),
    row(
        "I've got a call at 2:30 on Monday that usually overruns, so 3 is cutting it fine."
        " Thursday at 11 instead.",
        "en",
        A,
        THU,
    ),
    row(
        "Monday's 3pm clashes with my 1:1 with Jo. Wednesday morning is free.",
        "en",
        A,
        WED,
        sure=NEAR,
    ),
    row(
        "Thursday is fine but only from 11:30; 11 is too tight after my stand-up.",
        "en",
        P,
        [(11, 5, 11, 30)],
    ),
    row(
        "Monday works, though I'll have to leave sharp at 3:30 for the school pick-up.",
        "en",
        A,
        MON,
    ),
    row("Monday's no good (team offsite 9-5). Wednesday it is.", "en", A, WED),
    row(
        "Great, 3pm on Monday. PS if it's ever useful, my office hours are Tue/Thu 2-4pm.",
        "en",
        A,
        MON,
    ),
    row("Can't make any of those, sorry, but I'm free this Friday at 2.", "en", P, [(11, 6, 14)]),
    row("How about next Friday at 2?", "en", None, sure=NEAR),
    row("Could we do 10/11 at 2pm instead?", "en", P, [(11, 10, 14)]),
    row(
        "Something's come up on Monday at 3. Could we move it to Tuesday 10 November at 3 instead?",
        "en-ok",
        R,
        [(11, 10, 15)],
    ),
    row(
        "I need to move our Monday chat, sorry. I'll send new times once I know my week.",
        "en-ok",
        R,
    ),
    row(
        "Really sorry, I have to cancel Monday, and I can't see a new date any time soon.",
        "en-ok",
        C,
    ),
    row("Would this Friday at 2 suit?", "en-plain@mon", P, [(11, 6, 14)]),
    row("Would this Friday at 2 suit you?", "en-plain@sun", P, [(11, 13, 14)]),
    row("Next Friday at 2, maybe?", "en-plain@sun", P, [(11, 13, 14)], sure=NEAR),
    row("How about next Friday at 10?", "en-plain@fri", P, [(11, 13, 10)], sure=NEAR),
    # ---- English across two clocks ----
    row(
        "Monday at 3pm your time is 8pm for me, too late. Could we do Monday at 1pm my time"
        " instead?",
        "enny",
        P,
        [(11, 9, 8)],
    ),
    row("Thursday 11am your time works, that's 4pm here.", "enny", A, THU),
    row("Wednesday at 9:30 New York time is 2:30 here, perfect.", "enny", A, WED),
    row("Could we do Tuesday 10 November at 2pm UK time?", "enny", P, [(11, 10, 9)]),
    row("Monday at 2pm UK time works, that's your 3pm.", "enber", A, MON),
    row("Thursday at 10 my time, so your 11, is fine.", "enber", A, THU),
    row("Could we do Tuesday 10 November at 4pm my time?", "enber", P, [(11, 10, 17)]),
    row(
        "I was going to suggest 2pm your time on Tuesday, but I'm in a workshop. Thursday at 11"
        " your time is fine.",
        "enber",
        A,
        THU,
    ),
    row("Would 11/10 at 2pm ET work instead?", "us", P, [(11, 10, 14)]),
    row("Let's do 11/9 at 3.", "us", A, MON),
    row("11/5 is out (I'm at a client 10-2). 11/9 at 3pm works.", "us", A, MON),
    # ---- German ----
    row("Donnerstag bin ich bis 12 in einem Workshop. Montag um 15 Uhr passt.", "de", A, MON),
    row(
        "Ich wollte erst Montag vorschlagen, aber da ist eine Dienstreise dazwischengekommen."
        " Mittwoch um halb zehn geht.",
        "de",
        A,
        WED,
    ),
    row(
        "Montag 15 Uhr klappt. Ach nein, Moment, da habe ich einen Arzttermin. Lieber Mittwoch um"
        " 9:30.",
        "de",
        A,
        WED,
    ),
    row("Der mittlere Termin passt mir am besten.", "de", A, MON),
    row("Der letzte Vorschlag passt.", "de", A, WED),
    row("Einer der ersten beiden wäre gut.", "de", A, THU + MON, sure=NEAR),
    row(
        "Vielen Dank für die nette Anfrage! Leider muss ich absagen, mir fehlt derzeit die Zeit.",
        "de",
        N,
    ),
    row(
        "Klingt gut! Ich kläre das noch mit meinem Team und melde mich bis Freitag.",
        "de",
        F,
        sure=NEAR,
    ),
    row(
        "Diesen Freitag um 14 Uhr hätte ich Zeit, die anderen Termine gehen leider nicht.",
        "de",
        P,
        [(11, 6, 14)],
    ),
    row("Ginge auch der 10.11. um 14 Uhr?", "de", P, [(11, 10, 14)]),
    row("Montag zwischen 11:30 und 13 Uhr bin ich frei.", "de", P, [(11, 9, 11, 30)]),
    row("Mittwoch lieber um 10:30 statt um 9:30?", "de", P, [(11, 11, 10, 30)]),
    row(
        "Gerne, Donnerstag 11 Uhr. Sprechen Sie übrigens auch mal mit Herrn Weber"
        " (weber@example.de), der kennt sich mit Förderung aus.",
        "de",
        A,
        THU,
    ),
    row(
        "Ich leite Ihre Anfrage an meine Kollegin Frau Lang (lang@example.de) weiter, sie ist"
        " dafür zuständig.",
        "de",
        REF,
    ),
    row("Hallo Ada,\nMontag um 15\nUhr passt mir gut.\nViele Grüße\nKai", "de", A, MON),
    row(
        "Mittwoch 9:30 passt.\n\nKai Berg\nSprechzeiten: Mo–Fr 8–16 Uhr\nTermin mit dem Team"
        " buchen: https://calendly.com/northwind-de/beratung",
        "de",
        A,
        WED,
    ),
    row(
        "Um 15 Uhr habe ich am Montag schon ein Telefonat mit einem Kunden, aber Donnerstag um 11"
        " geht.",
        "de",
        A,
        THU,
    ),
    row(
        "Donnerstag passt leider nicht. Montag und Mittwoch sind beide gut.",
        "de",
        A,
        MON + WED,
        sure=NEAR,
    ),
    row(
        "Leider muss ich unseren Termin am Montag verschieben. Ginge Dienstag, 10. November, um 15"
        " Uhr?",
        "de-ok",
        R,
        [(11, 10, 15)],
    ),
    row("Wie wäre es mit diesem Freitag um 10?", "de-plain@mon", P, [(11, 6, 10)]),
    row("Nächsten Freitag um 10 Uhr?", "de-plain@sun", P, [(11, 13, 10)], sure=NEAR),
    row(
        "Am Montag ab 22 Uhr bis Mitternacht hätte ich Ruhe für ein Gespräch.",
        "de",
        P,
        [(11, 9, 22)],
        sure=NEAR,
    ),
    row("Herzlichen Dank, ich freue mich über die Anfrage, muss aber leider passen.", "de", N),
    # ---- French ----
    row(
        "Jeudi je suis en réunion avec l'équipe de Paul de 10h à 12h. Lundi 15h me convient.",
        "fr",
        A,
        MON,
    ),
    row(
        "J'allais proposer lundi, mais j'ai finalement un déplacement. Mercredi 9h30, ça me va.",
        "fr",
        A,
        WED,
    ),
    row(
        "Lundi 15h c'est bon. Ah non, pardon, j'ai un rendez-vous. Plutôt mercredi à 9h30.",
        "fr",
        A,
        WED,
    ),
    row("Le deuxième créneau me convient.", "fr", A, MON),
    row("Le dernier créneau est parfait.", "fr", A, WED),
    row("L'un ou l'autre des deux premiers me va.", "fr", A, THU + MON, sure=NEAR),
    row(
        "Merci beaucoup pour votre message. Malheureusement, je ne vais pas pouvoir donner suite.",
        "fr",
        N,
    ),
    row("Avec plaisir ! Je vérifie mon agenda et je reviens vers vous demain.", "fr", OTH),
    row(
        "Ce vendredi à 14h, ça vous irait ? Les autres dates ne me conviennent pas.",
        "fr",
        P,
        [(11, 6, 14)],
    ),
    row("Est-ce que le 10/11 à 14h vous irait ?", "fr", P, [(11, 10, 14)]),
    row("Lundi, je suis libre de 11h30 à 13h.", "fr", P, [(11, 9, 11, 30)]),
    row("Jeudi, mais plutôt à 11h30 qu'à 11h si possible.", "fr", P, [(11, 5, 11, 30)]),
    row(
        "Volontiers, jeudi 11h. Au passage, ma collègue Léa Petit (lea@example.fr) serait aussi"
        " une bonne personne à contacter.",
        "fr",
        A,
        THU,
    ),
    row(
        "Je transmets votre demande à mon collègue Marc Dubois (marc@example.fr), c'est lui qui"
        " gère ces sujets.",
        "fr",
        REF,
    ),
    row(
        "Mercredi 9h30, parfait.\n\nKai Berg\nPermanence : mardi et jeudi, 14h-16h\nPrendre"
        " rendez-vous avec l'équipe : https://calendly.com/northwind-fr/rdv",
        "fr",
        A,
        WED,
    ),
    row("Bonjour Ada,\nlundi à 15h\nme convient très bien.\nBien à vous,\nKai", "fr", A, MON),
    row("Vendredi prochain à 10h ?", "fr-plain@fri", P, [(11, 13, 10)], sure=NEAR),
    row("Ce vendredi à 10h ?", "fr-plain@mon", P, [(11, 6, 10)]),
    row(
        "J'aurais adoré, vraiment, mais je dois malheureusement refuser : je n'ai plus le temps"
        " pour ce genre d'échange.",
        "fr",
        N,
    ),
    row(
        "Je dois malheureusement déplacer notre rendez-vous de lundi. Mardi 10 novembre à 15h,"
        " ce serait possible ?",
        "fr-ok",
        R,
        [(11, 10, 15)],
    ),
    # ---- Spanish ----
    row(
        "El jueves tengo la reunión del equipo de Marta de 10 a 12. El lunes a las 15:00 me va"
        " bien.",
        "es",
        A,
        MON,
    ),
    row(
        "Iba a proponer el lunes, pero me ha surgido un viaje. El miércoles a las 9:30 me va bien.",
        "es",
        A,
        WED,
    ),
    row(
        "El lunes a las 15:00 me viene bien. Bueno, no, perdona, tengo médico. Mejor el miércoles"
        " a las 9:30.",
        "es",
        A,
        WED,
    ),
    row("La segunda opción me va perfecta.", "es", A, MON),
    row("La última me viene bien.", "es", A, WED),
    row("Cualquiera de las dos primeras me va bien.", "es", A, THU + MON, sure=NEAR),
    row("Muchísimas gracias por pensar en mí, pero esta vez tendré que decir que no.", "es", N),
    row("¡Encantado! Déjame mirar la agenda y te digo algo mañana.", "es", OTH),
    row("¿Este viernes a las 14:00? Las otras fechas no me van.", "es", P, [(11, 6, 14)]),
    row("¿Te iría bien el 10/11 a las 14:00?", "es", P, [(11, 10, 14)]),
    row("El lunes estoy libre de 11:30 a 13:00.", "es", P, [(11, 9, 11, 30)]),
    row(
        "Con gusto, el jueves a las 11. Por cierto, te recomiendo hablar también con Pablo Ruiz"
        " (pablo@example.es), sabe mucho de esto.",
        "es",
        A,
        THU,
    ),
    row(
        "Te paso con mi compañera Elena Sanz (elena@example.es), que lleva estos temas.", "es", REF
    ),
    row(
        "El miércoles a las 9:30, perfecto.\n\nKai Berg\nHorario de atención: L-V de 9:00 a"
        " 14:00\nReserva una demo: https://calendly.com/northwind-es/demo",
        "es",
        A,
        WED,
    ),
    row(
        "Lo siento, tengo que cancelar la llamada del lunes y por ahora no puedo proponer otra"
        " fecha.",
        "es-ok",
        C,
    ),
    row("¿Qué tal el próximo viernes a las 10?", "es-plain@sun", P, [(11, 13, 10)], sure=NEAR),
    row(
        "El jueves a las 11 no llego, salgo de otra reunión a las 11:15. ¿Podría ser a las 11:30?",
        "es",
        P,
        [(11, 5, 11, 30)],
    ),
    # ---- Italian ----
    row(
        "Giovedì sono in riunione con il team di Luca dalle 10 alle 12. Lunedì alle 15 mi va bene.",
        "it",
        A,
        MON,
    ),
    row(
        "Stavo per proporre lunedì, ma mi è capitata una trasferta. Mercoledì alle 9:30 va bene.",
        "it",
        A,
        WED,
    ),
    row(
        "Lunedì alle 15 va bene. Anzi no, scusi, ho un impegno. Meglio mercoledì alle 9:30.",
        "it",
        A,
        WED,
    ),
    row("Il secondo orario va benissimo.", "it", A, MON),
    row("L'ultimo mi va bene.", "it", A, WED),
    row("Uno qualsiasi dei primi due va bene.", "it", A, THU + MON, sure=NEAR),
    row("La ringrazio molto, ma purtroppo devo declinare l'invito.", "it", N),
    row("Volentieri! Controllo l'agenda e le faccio sapere domani.", "it", OTH),
    row("Questo venerdì alle 14? Le altre date non mi vanno bene.", "it", P, [(11, 6, 14)]),
    row("Le andrebbe bene il 10/11 alle 14?", "it", P, [(11, 10, 14)]),
    row("Lunedì sono libero dalle 11:30 alle 13.", "it", P, [(11, 9, 11, 30)]),
    row(
        "Volentieri, giovedì alle 11. Tra l'altro le consiglio di sentire anche Marco Bianchi"
        " (marco@example.it).",
        "it",
        A,
        THU,
    ),
    row(
        "Giro la sua richiesta alla mia collega Sara Conti (sara@example.it), che si occupa di"
        " questo.",
        "it",
        REF,
    ),
    row(
        "Mercoledì alle 9:30, perfetto.\n\nKai Berg\nOrario di ricevimento: mar e gio 14-16\n"
        "Prenota una demo: https://calendly.com/northwind-it/demo",
        "it",
        A,
        WED,
    ),
    row("Venerdì prossimo alle 10?", "it-plain@fri", P, [(11, 13, 10)], sure=NEAR),
    # ---- Portuguese ----
    row(
        "Na quinta estou numa reunião da equipa do Rui das 10h às 12h. Segunda às 15h dá-me jeito.",
        "pt",
        A,
        MON,
    ),
    row("Ia sugerir segunda, mas surgiu-me uma viagem. Quarta às 9h30 serve.", "pt", A, WED),
    row(
        "Segunda às 15h serve. Aliás, não, desculpe, tenho uma consulta. Prefiro quarta às 9h30.",
        "pt",
        A,
        WED,
    ),
    row("O segundo horário é ótimo.", "pt", A, MON),
    row("O último serve-me bem.", "pt", A, WED),
    row("Muito obrigado pelo convite, mas infelizmente vou ter de recusar.", "pt", N),
    row("Com todo o gosto! Vou ver a agenda e amanhã digo-lhe algo.", "pt", OTH),
    row("Esta sexta às 14h? As outras datas não me dão jeito.", "pt", P, [(11, 6, 14)]),
    row("Pode ser a 10/11 às 14h?", "pt", P, [(11, 10, 14)]),
    row("Na segunda estou livre das 11h30 às 13h.", "pt", P, [(11, 9, 11, 30)]),
    row(
        "Com gosto, quinta às 11h. Já agora, fale também com o Pedro Alves (pedro@example.pt).",
        "pt",
        A,
        THU,
    ),
    row(
        "Vou encaminhar o seu pedido para a minha colega Inês Lopes (ines@example.pt), que trata"
        " destes assuntos.",
        "pt",
        REF,
    ),
    row(
        "Quarta às 9h30, perfeito.\n\nKai Berg\nHorário de atendimento: 2ª a 6ª, 9h-13h\nMarque"
        " uma demonstração: https://calendly.com/northwind-pt/demo",
        "pt",
        A,
        WED,
    ),
    # ---- Dutch ----
    row(
        "Donderdag zit ik van 10 tot 12 in het teamoverleg van Joost. Maandag om 15:00 past prima.",
        "nl",
        A,
        MON,
    ),
    row(
        "Ik wilde eerst maandag voorstellen, maar er is een reis tussengekomen. Woensdag om half"
        " tien past.",
        "nl",
        A,
        WED,
    ),
    row(
        "Maandag 15:00 is goed. O nee, sorry, dan heb ik de tandarts. Liever woensdag om 9:30.",
        "nl",
        A,
        WED,
    ),
    row("Het tweede moment komt mij het beste uit.", "nl", A, MON),
    row("Het laatste past me goed.", "nl", A, WED),
    row("Hartelijk dank voor de uitnodiging, maar ik moet helaas bedanken.", "nl", N),
    row("Leuk! Ik kijk even in mijn agenda en laat het je morgen weten.", "nl", OTH),
    row("Deze vrijdag om 14:00? De andere data lukken niet.", "nl", P, [(11, 6, 14)]),
    row("Kan het ook op 10/11 om 14:00?", "nl", P, [(11, 10, 14)]),
    row("Maandag ben ik vrij van 11:30 tot 13:00.", "nl", P, [(11, 9, 11, 30)]),
    row(
        "Graag, donderdag om 11 uur. Trouwens, praat ook eens met Pieter Smit (pieter@example.nl).",
        "nl",
        A,
        THU,
    ),
    row(
        "Ik stuur je verzoek door naar mijn collega Femke Bakker (femke@example.nl), zij gaat"
        " hierover.",
        "nl",
        REF,
    ),
    row(
        "Woensdag 9:30, prima.\n\nKai Berg\nSpreekuur: di en do 14-16 uur\nPlan een demo met"
        " ons team: https://calendly.com/northwind-nl/demo",
        "nl",
        A,
        WED,
    ),
    row("Volgende week vrijdag om 10 uur?", "nl-plain@mon", P, [(11, 13, 10)]),
]

# Rows a person is sure of that the reader leaves in doubt at the end of this hunt, with its
# doubts: tested as near misses (doubted, or certain and right).
LEFT_IN_DOUBT: dict[str, str] = {
    (
        "Monday at 3 works. Actually no, scratch that, I've got a clash. Wednesday at 9:30 is"
        " better."
    ): "`reply_corrects_itself`, `time_in_statement`, `pick_without_time`",
    "The middle one works best for me.": "`no_intent_cue`",
    "Option 2 works.": "`time_unread`",
    "The first one, please.": "`no_intent_cue`",
    (
        "That's really kind, and Monday would have been perfect, but I'm stepping back from"
        " these chats for now."
    ): "`no_intent_cue`",
    (
        "Happy to, though honestly my colleague Tom Reid (tom@example.co.uk) knows far more"
        " about pricing than I do. Anyway, Thursday at 11 works."
    ): "`referral_unread`",
    (
        "Thanks Ada. Monday at 3 would have been great, but I've just handed in my notice, so"
        " I'm not the best person any more. Try Priya Nair (priya@example.co.uk) instead."
    ): "`referral_unread`, `time_in_statement`",
    "Could we do 9.30 on Thursday rather than 11?": "`question_beside_time`, `time_unread`",
    (
        "Monday works, though I'll have to leave sharp at 3:30 for the school pick-up."
    ): "`time_without_day`, `pick_without_time`",
    "Monday's no good (team offsite 9-5). Wednesday it is.": "`pick_beside_other_times`",
    (
        "Great, 3pm on Monday. PS if it's ever useful, my office hours are Tue/Thu 2-4pm."
    ): "`pick_beside_other_times`",
    "Could we do 10/11 at 2pm instead?": "`two_readings_of_time`",
    (
        "I need to move our Monday chat, sorry. I'll send new times once I know my week."
    ): "`yes_still_pending`",
    (
        "Montag 15 Uhr klappt. Ach nein, Moment, da habe ich einen Arzttermin. Lieber Mittwoch"
        " um 9:30."
    ): "`reply_corrects_itself`, `pick_without_time`",
    "Der mittlere Termin passt mir am besten.": "`pick_without_time`",
    (
        "Gerne, Donnerstag 11 Uhr. Sprechen Sie übrigens auch mal mit Herrn Weber"
        " (weber@example.de), der kennt sich mit Förderung aus."
    ): "`referral_unread`",
    (
        "Ich leite Ihre Anfrage an meine Kollegin Frau Lang (lang@example.de) weiter, sie ist"
        " dafür zuständig."
    ): "`no_intent_cue`, `referral_unread`",
    (
        "Um 15 Uhr habe ich am Montag schon ein Telefonat mit einem Kunden, aber Donnerstag um"
        " 11 geht."
    ): "`pick_without_time`",
    (
        "Lundi 15h c'est bon. Ah non, pardon, j'ai un rendez-vous. Plutôt mercredi à 9h30."
    ): "`time_in_statement`, `pick_without_time`",
    (
        "Avec plaisir ! Je vérifie mon agenda et je reviens vers vous demain."
    ): "`contradicting_intent_cues`, `pick_without_time`",
    "Jeudi, mais plutôt à 11h30 qu'à 11h si possible.": "`pick_without_time`",
    (
        "Volontiers, jeudi 11h. Au passage, ma collègue Léa Petit (lea@example.fr) serait aussi"
        " une bonne personne à contacter."
    ): "`referral_unread`",
    (
        "Je transmets votre demande à mon collègue Marc Dubois (marc@example.fr), c'est lui qui"
        " gère ces sujets."
    ): "`no_intent_cue`, `referral_unread`",
    (
        "El lunes a las 15:00 me viene bien. Bueno, no, perdona, tengo médico. Mejor el"
        " miércoles a las 9:30."
    ): "`pick_without_time`",
    (
        "Muchísimas gracias por pensar en mí, pero esta vez tendré que decir que no."
    ): "`no_intent_cue`",
    "¡Encantado! Déjame mirar la agenda y te digo algo mañana.": "`contradicting_intent_cues`",
    (
        "Con gusto, el jueves a las 11. Por cierto, te recomiendo hablar también con Pablo Ruiz"
        " (pablo@example.es), sabe mucho de esto."
    ): "`referral_unread`",
    (
        "Lunedì alle 15 va bene. Anzi no, scusi, ho un impegno. Meglio mercoledì alle 9:30."
    ): "`reply_corrects_itself`, `pick_without_time`",
    "L'ultimo mi va bene.": "`pick_without_time`",
    "Volentieri! Controllo l'agenda e le faccio sapere domani.": "`contradicting_intent_cues`",
    (
        "Volentieri, giovedì alle 11. Tra l'altro le consiglio di sentire anche Marco Bianchi"
        " (marco@example.it)."
    ): "`referral_unread`",
    (
        "Giro la sua richiesta alla mia collega Sara Conti (sara@example.it), che si occupa di"
        " questo."
    ): "`no_intent_cue`",
    (
        "Segunda às 15h serve. Aliás, não, desculpe, tenho uma consulta. Prefiro quarta às 9h30."
    ): "`pick_without_time`",
    "Com todo o gosto! Vou ver a agenda e amanhã digo-lhe algo.": "`no_intent_cue`",
    "Pode ser a 10/11 às 14h?": "`two_readings_of_time`",
    "Na segunda estou livre das 11h30 às 13h.": "`no_intent_cue`",
    (
        "Com gosto, quinta às 11h. Já agora, fale também com o Pedro Alves (pedro@example.pt)."
    ): "`referral_unread`",
    (
        "Vou encaminhar o seu pedido para a minha colega Inês Lopes (ines@example.pt), que"
        " trata destes assuntos."
    ): "`no_intent_cue`, `referral_unread`",
    (
        "Maandag 15:00 is goed. O nee, sorry, dan heb ik de tandarts. Liever woensdag om 9:30."
    ): "`pick_without_time`",
    "Het tweede moment komt mij het beste uit.": "`no_intent_cue`",
    "Leuk! Ik kijk even in mijn agenda en laat het je morgen weten.": "`contradicting_intent_cues`",
    (
        "Graag, donderdag om 11 uur. Trouwens, praat ook eens met Pieter Smit (pieter@example.nl)."
    ): "`referral_unread`",
    (
        "Ik stuur je verzoek door naar mijn collega Femke Bakker (femke@example.nl), zij gaat"
        " hierover."
    ): "`no_intent_cue`, `referral_unread`",
}

# Rows read certain but wrong that are left (strict xfails).
WRONG_LEFT: dict[str, str] = {}


HUNT = Hunt(SCENE, 2026, ROWS, LEFT_IN_DOUBT, WRONG_LEFT)


test_reply_is_read_right_or_doubted, test_table_is_large_enough = hunt_tests(HUNT)
