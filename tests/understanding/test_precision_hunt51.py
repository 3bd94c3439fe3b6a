"""Precision hunt 51: certain-but-wrong readings where fresh sets have caught the reader before.

First run at main ece58c6: 46 of 143 rows failed. 7 certain but wrong: "my time" of a London
sender read on the Date header's +00:00 for a day after the clock change (09:00 New York read
10:00); a holding note's "heute Abend" read as an offered time; the refused slot after "plutôt
qu'à", "invece che", "em vez das" read as a second offer (French, Italian, Portuguese); inline
answers under quoted slots ("Non, en déplacement." under Friday) read as an absence; and one
mislabel of ours ("Tomorrow 9am UK time?" is the user's Friday 10:00 Berlin, an accept, as the
reader said). 39 doubted where a person is sure: English times of a ".co.uk" sender
(`time_without_zone_across_zones`), referral asides (`referral_unread`), holding notes and
short declines (`no_intent_cue`), restated or refused slots beside a pick
(`pick_beside_other_times`), inline picks (`pick_without_time`), ranges beside a conflict.

Replies of our own in English, German, French, Spanish, Italian, Portuguese and Dutch, all
written on Thursday 26 March 2026, three days before Europe moves its clocks (Sunday 29 March;
New York moved on 8 March), under the user's outreach offering three slots on the user's clock
(Friday 27 March 10:00, Monday 30 March 14:00, Tuesday 31 March 16:30), or the user's
confirmation of Monday 30 March 14:00 ("ok"), or with the answers written inline under the
quoted slots ("inline"). The sender's domain names the country, so a zoneless time is on its
clock (convention (g)). The classes: a slot refused or restated in another zone; a conflict
beside the answer ("on a train then", "school run at 3"); a holding note ("I'll come back to
you tomorrow on the timing", `other`, convention (i)) beside a real defer; "not sure I'm the
right person but happy to chat"; a referral as an aside; a reschedule's old slot; times across
the clock change; "tomorrow" and "next Wednesday" against the Date header; 24-hour clocks and
"half past" in each language ("halb fünf", "et demie", "y media", "e mezza", "e meia", "half
vijf"); ranges across noon; signatures with booking links that are not the answer.

Starts are (month, day, hour[, minute]) on the user's clock. A sure row must be read certain
and right (`assert_read_right`, and its link); a near miss (a careful person might hesitate)
must be doubted or certain and right (`assert_near_miss_safe`).
"""

from __future__ import annotations

from tests.understanding.reply import Hunt, HuntRow, QuotedScene, hunt_row, hunt_tests
from workflows.stages import Intent

A, P, R = Intent.ACCEPT, Intent.PROPOSE_TIMES, Intent.RESCHEDULE
N, F, C = Intent.DECLINE, Intent.DEFER, Intent.CANCEL
OTH, AWAY, REF = Intent.OTHER, Intent.OUT_OF_OFFICE, Intent.REFERRAL

FRI, MON, TUE = [(3, 27, 10)], [(3, 30, 14)], [(3, 31, 16, 30)]
SURE, NEAR = True, False

# place -> (user zone, Date header, sender, language of the thread, zone words of the outreach)
_PLACES = {
    "en": ("Europe/London", "+0000", "kai@example.co.uk", "en", "UK time"),
    # Berlin user, London sender: one hour apart on both sides of the change.
    "enber": ("Europe/Berlin", "+0000", "kai@example.co.uk", "en", "Berlin time"),
    # New York user, London sender: four hours apart until 29 March, five after.
    "enny": ("America/New_York", "+0000", "kai@example.co.uk", "en", "New York time"),
    "de": ("Europe/Berlin", "+0100", "kai@example.de", "de", "Berliner Zeit"),
    "fr": ("Europe/Paris", "+0100", "kai@example.fr", "fr", "heure de Paris"),
    "es": ("Europe/Madrid", "+0100", "kai@example.es", "es", "hora de Madrid"),
    "it": ("Europe/Rome", "+0100", "kai@example.it", "it", "ora di Roma"),
    "pt": ("Europe/Lisbon", "+0000", "kai@example.pt", "pt", "hora de Lisboa"),
    "nl": ("Europe/Amsterdam", "+0100", "kai@example.nl", "nl", "Nederlandse tijd"),
}

_HEAD = {
    "en": "On Tue, 24 Mar 2026 at 18:02, Ada Obi <ada@example.com> wrote:",
    "de": "Am Di., 24. März 2026 um 18:02 Uhr schrieb Ada Obi <ada@example.com>:",
    "fr": "Le mar. 24 mars 2026 à 18:02, Ada Obi <ada@example.com> a écrit :",
    "es": "El mar, 24 mar 2026 a las 18:02, Ada Obi (<ada@example.com>) escribió:",
    "it": "Il giorno mar 24 mar 2026 alle ore 18:02 Ada Obi <ada@example.com> ha scritto:",
    "pt": "Em ter., 24 de mar. de 2026 às 18:02, Ada Obi <ada@example.com> escreveu:",
    "nl": "Op di 24 mrt 2026 om 18:02 schreef Ada Obi <ada@example.com>:",
}

# language -> (the ask, its three slots)
_THREE = {
    "en": (
        "Hi Kai, thanks for replying! Would one of these suit you for a 30-minute chat ({z})?",
        ["Friday 27 March, 10:00", "Monday 30 March, 14:00", "Tuesday 31 March, 16:30"],
    ),
    "de": (
        "Hallo Kai, danke für die Antwort! Passt Ihnen einer dieser Termine für ein"
        " 30-minütiges Gespräch ({z})?",
        [
            "Freitag, 27. März, 10:00 Uhr",
            "Montag, 30. März, 14:00 Uhr",
            "Dienstag, 31. März, 16:30 Uhr",
        ],
    ),
    "fr": (
        "Bonjour Kai, merci pour votre réponse ! L'un de ces créneaux vous conviendrait-il"
        " pour un échange de 30 minutes ({z}) ?",
        ["vendredi 27 mars, 10h00", "lundi 30 mars, 14h00", "mardi 31 mars, 16h30"],
    ),
    "es": (
        "Hola Kai, ¡gracias por responder! ¿Te vendría bien alguno de estos horarios para una"
        " charla de 30 minutos ({z})?",
        ["viernes 27 de marzo, 10:00", "lunes 30 de marzo, 14:00", "martes 31 de marzo, 16:30"],
    ),
    "it": (
        "Ciao Kai, grazie della risposta! Le andrebbe bene uno di questi orari per una"
        " chiacchierata di 30 minuti ({z})?",
        ["venerdì 27 marzo, 10:00", "lunedì 30 marzo, 14:00", "martedì 31 marzo, 16:30"],
    ),
    "pt": (
        "Olá Kai, obrigado pela resposta! Algum destes horários lhe serve para uma conversa"
        " de 30 minutos ({z})?",
        [
            "sexta-feira, 27 de março, 10h00",
            "segunda-feira, 30 de março, 14h00",
            "terça-feira, 31 de março, 16h30",
        ],
    ),
    "nl": (
        "Hoi Kai, bedankt voor je reactie! Past een van deze momenten voor een gesprek van 30"
        " minuten ({z})?",
        ["vrijdag 27 maart, 10:00", "maandag 30 maart, 14:00", "dinsdag 31 maart, 16:30"],
    ),
}

_OK = {
    "en": "Great, Monday 30 March at 14:00 ({z}) it is. Talk then!",
    "de": "Super, dann Montag, 30. März, um 14:00 Uhr ({z}). Bis dann!",
    "fr": "Parfait, lundi 30 mars à 14h00 ({z}) alors. À bientôt !",
    "es": "Perfecto, el lunes 30 de marzo a las 14:00 ({z}). ¡Hasta entonces!",
    "it": "Perfetto, lunedì 30 marzo alle 14:00 ({z}). A presto!",
    "pt": "Ótimo, segunda-feira, 30 de março, às 14h00 ({z}). Até lá!",
    "nl": "Top, maandag 30 maart om 14:00 ({z}) dan. Tot dan!",
}


SCENE = QuotedScene(_PLACES, _HEAD, _THREE, _OK, {"": "Thu, 26 Mar 2026 09:12:00"})


# body, setting, intent (None: only a doubt is right), starts, link, sure
Row = HuntRow
row = hunt_row


_MINE = "https://calendly.com/kai-berg/30min"
INLINE_EN_MON = "Answers inline below.\n\n" + SCENE.quoted("en", {1: "This one works for me."})
INLINE_EN_TUE = "See below.\n\n" + SCENE.quoted(
    "en", {0: "No, travelling.", 1: "No, board meeting.", 2: "Yes, perfect."}
)
INLINE_DE_FRI = "Siehe unten.\n\n" + SCENE.quoted("de", {0: "Der passt!"})
INLINE_FR_TUE = "Réponses dans le texte.\n\n" + SCENE.quoted(
    "fr", {0: "Non, en déplacement.", 2: "Oui, parfait."}
)

ROWS: list[Row] = [
    # ---- English, user and sender in London ----
    row("Friday at 10 works for me. Speak then!", "en", A, FRI),
    row(
        "Monday 2pm is good. I'm on a train at 4:30 on Tuesday anyway, so Monday it is.",
        "en",
        A,
        MON,
    ),
    row("I can't do Friday, I'm on a train then. Monday at 2 suits.", "en", A, MON),
    row(
        "None of those work, I've got the school run at 3 most days. Could we do Wednesday"
        " 1 April at 11:00 instead?",
        "en",
        P,
        [(4, 1, 11)],
    ),
    row(
        "Not sure I'm the right person for this, but happy to chat. Tuesday at 4:30 works.",
        "en",
        A,
        TUE,
    ),
    row("Let me check my diary and come back to you tomorrow on the timing.", "en", OTH),
    row("I'll confirm tonight which of those works best.", "en", OTH),
    row("Bear with me, I'll get back to you on the timing tomorrow.", "en", OTH),
    row("Things are hectic until after the launch; can we pick this up in mid-April?", "en", F),
    row("I'll come back to you next week once I know my travel plans.", "en", F),
    row(
        "Happy to help. Monday works. By the way, you should also speak to my colleague Priya"
        " Shah (priya@example.co.uk), she ran the team before me.",
        "en",
        A,
        MON,
    ),
    row("Half past four on Tuesday is fine.", "en", A, TUE),
    row("Could we do tomorrow at 11 instead? The others are tricky.", "en", P, [(3, 27, 11)]),
    row(
        "I'm around next Wednesday between 9 and 10:30 if that helps.",
        "en",
        P,
        [(4, 1, 9)],
        sure=NEAR,
    ),
    row(
        "Friday's out, sorry. 11:30am to 12:30pm on Monday would work though, any time in there.",
        "en",
        P,
        [(3, 30, 11, 30)],
    ),
    row("Friday's no good. Monday anywhere from 11am to 1pm works.", "en", P, [(3, 30, 11)]),
    row(
        "Tuesday 16:30 is fine by me.\n\nKai\nBook a demo with our team:"
        " https://calendly.com/northwind-uk/demo",
        "en",
        A,
        TUE,
    ),
    row("Sure, just grab a slot on my calendar: " + _MINE, "en", A, link=_MINE),
    row("I'm afraid I'll have to decline, I'm not doing these chats this year.", "en", N),
    row(
        "Friday at 10 is 11 in Berlin, where I'll be that week, but that's fine: Friday works.",
        "en",
        A,
        FRI,
    ),
    row("Could we do Monday 30 March at 9am instead?", "en", P, [(3, 30, 9)]),
    row(
        "I have a dentist appointment at 9 on Friday but should be back by 10, so Friday works.",
        "en",
        A,
        FRI,
        sure=NEAR,
    ),
    row("Monday's fine. FYI I'm on call until 6 on Tuesday.", "en", A, MON),
    row(
        "I'm not the best person for this; my colleague Tom Reid (tom@example.co.uk) runs"
        " analytics and would be happy to talk.",
        "en",
        REF,
    ),
    row("I'm out of the office until Wednesday 1 April with no access to email.", "en", AWAY),
    # ---- English, Berlin user, London sender ----
    row("Friday 10am your time works, that's 9am here.", "enber", A, FRI),
    row("Monday at 2pm Berlin time is 1pm for me, perfect.", "enber", A, MON),
    row("How about Thursday 2 April at 3pm UK time?", "enber", P, [(4, 2, 16)]),
    row("Monday 30 March at 9am London time works better for me.", "enber", P, [(3, 30, 10)]),
    # The user's own Friday 10:00 Berlin, on the sender's clock: a pick.
    row("Tomorrow 9am UK time?", "enber", A, FRI),
    row(
        "Tuesday's 4:30pm Berlin time is 3:30pm here and I'm on the school run then, sorry."
        " Friday works.",
        "enber",
        A,
        FRI,
    ),
    row(
        "I can't do 2pm Berlin time on Monday (1pm UK), I've got a board call. Tuesday is fine.",
        "enber",
        A,
        TUE,
    ),
    # ---- English, New York user, London sender ----
    row("Friday at 10 ET works, that's 2pm for me.", "enny", A, FRI),
    row(
        "Monday at 2pm New York time is 7pm here, which is a bit late. Could we do Monday 30"
        " March at 5pm UK time instead?",
        "enny",
        P,
        [(3, 30, 12)],
    ),
    row("Tomorrow at 3pm London time would work.", "enny", P, [(3, 27, 11)]),
    row(
        "Tuesday 4:30pm ET is 9:30pm here, too late for me, sorry. Friday is fine.",
        "enny",
        A,
        FRI,
    ),
    row("How about Tuesday 31 March at 2pm my time?", "enny", P, [(3, 31, 9)]),
    row("Friday 27 March at 2pm UK time, which I think is 10am for you, works.", "enny", A, FRI),
    row("Monday at 7pm UK time is your 2pm, yes? That works.", "enny", A, MON),
    # ---- English, a reschedule of the agreed Monday 14:00 ----
    row(
        "Something has come up on Monday afternoon. Could we move to Wednesday 1 April at 10am"
        " instead?",
        "en-ok",
        R,
        [(4, 1, 10)],
    ),
    row(
        "Sorry, I need to move our 2pm on Monday. Would Thursday 2 April at 2pm work?",
        "en-ok",
        R,
        [(4, 2, 14)],
    ),
    row(
        "I have to cancel Monday, sorry, my team has a release. Let's find another time after"
        " Easter.",
        "en-ok",
        C,
        sure=NEAR,
    ),
    # ---- English, inline ----
    row(
        INLINE_EN_MON,
        "en-inline",
        A,
        MON,
    ),
    row(
        INLINE_EN_TUE,
        "en-inline",
        A,
        TUE,
    ),
    # ---- German ----
    row("Freitag um 10 Uhr passt mir gut. Bis dann!", "de", A, FRI),
    row(
        "Montag um 14 Uhr geht leider nicht, da sitze ich im Zug. Dienstag um halb fünf passt"
        " aber.",
        "de",
        A,
        TUE,
    ),
    row("Dienstag halb fünf passt.", "de", A, TUE),
    row(
        "Keiner der Termine klappt bei mir. Wie wäre es mit Mittwoch, 1. April, um halb drei?",
        "de",
        P,
        [(4, 1, 14, 30)],
    ),
    row("Ginge auch morgen um 11 statt um 10?", "de", P, [(3, 27, 11)]),
    row(
        "Ich bin mir nicht sicher, ob ich die richtige Ansprechpartnerin bin, aber ich spreche"
        " gern mit Ihnen. Montag um 14 Uhr passt.",
        "de",
        A,
        MON,
    ),
    row("Ich melde mich morgen wegen der Uhrzeit bei Ihnen.", "de", OTH),
    row("Ich sage Ihnen heute Abend Bescheid, welcher Termin klappt.", "de", OTH),
    row(
        "Diese und nächste Woche ist bei mir Land unter. Können wir nach Ostern sprechen?",
        "de",
        F,
    ),
    row("Ich melde mich nächste Woche, wenn ich meine Reisepläne kenne.", "de", F),
    row(
        "Gerne! Freitag 10 Uhr passt. Sprechen Sie übrigens auch mit meiner Kollegin Jana Roth"
        " (jana@example.de), sie hat das Team aufgebaut.",
        "de",
        A,
        FRI,
    ),
    row(
        "Um 15 Uhr muss ich die Kinder von der Schule abholen, daher lieber Montag zwischen"
        " 11:30 und 12:30 Uhr, irgendwann in dem Fenster.",
        "de",
        P,
        [(3, 30, 11, 30)],
    ),
    row("Freitag geht nicht, aber Montag zwischen 11 und 13 Uhr.", "de", P, [(3, 30, 11)]),
    row(
        "Nächsten Mittwoch zwischen 9 und 10 Uhr hätte ich Zeit.",
        "de",
        P,
        [(4, 1, 9)],
        sure=NEAR,
    ),
    row(
        "Dienstag, 16:30 Uhr, passt.\n\nViele Grüße\nKai Berg\nDemo buchen:"
        " https://calendly.com/northwind-de/demo",
        "de",
        A,
        TUE,
    ),
    row(
        "Danke für die Anfrage, aber ich muss leider absagen. Ich mache solche Gespräche"
        " derzeit nicht.",
        "de",
        N,
    ),
    row(
        "Montag 14 Uhr Berliner Zeit, also 13 Uhr in London, wo ich dann bin: passt.",
        "de",
        A,
        MON,
    ),
    row("Am Freitag sitze ich ab 9 im Flieger, Montag um 14 Uhr ist besser.", "de", A, MON),
    row(
        "Passt Donnerstag um 17 Uhr? Die anderen Termine sind schon belegt.",
        "de",
        P,
        [(4, 2, 17)],
        sure=NEAR,
    ),
    row("Mo., 30.03., 14:00 – passt.", "de", A, MON),
    row(
        "Gern, buchen Sie sich einfach einen Termin: " + _MINE,
        "de",
        A,
        link=_MINE,
    ),
    row(
        "Leider muss ich unseren Termin am Montag um 14 Uhr verschieben. Ginge Donnerstag,"
        " 2. April, um 10 Uhr?",
        "de-ok",
        R,
        [(4, 2, 10)],
    ),
    row(
        INLINE_DE_FRI,
        "de-inline",
        A,
        FRI,
    ),
    # ---- French ----
    row("Vendredi à 10h me convient parfaitement.", "fr", A, FRI),
    row(
        "Lundi à 14h je serai dans le train, désolé. Mardi à 16h30 en revanche, c'est parfait.",
        "fr",
        A,
        TUE,
    ),
    row("Mardi à quatre heures et demie, c'est bon pour moi.", "fr", A, TUE),
    row(
        "Aucun de ces créneaux ne me va. Que diriez-vous de mercredi 1er avril à 11h ?",
        "fr",
        P,
        [(4, 1, 11)],
    ),
    row(
        "Je ne suis pas sûr d'être la bonne personne, mais avec plaisir pour un échange. Lundi"
        " 14h me va.",
        "fr",
        A,
        MON,
    ),
    row("Je reviens vers vous demain pour l'horaire.", "fr", OTH),
    row("Je vous confirme ce soir.", "fr", OTH),
    row(
        "C'est la course en ce moment ; pouvons-nous en reparler après le lancement, mi-avril ?",
        "fr",
        F,
    ),
    row("Je reviens vers vous en avril, une fois le projet livré.", "fr", F),
    row(
        "Avec plaisir ! Vendredi 10h me va. Vous devriez aussi parler à ma collègue Claire"
        " Martin (claire@example.fr), elle connaît bien le sujet.",
        "fr",
        A,
        FRI,
    ),
    row(
        "Je récupère les enfants à l'école à 16h30, donc mardi c'est non. Lundi de 11h30 à 12h30 ?",
        "fr",
        P,
        [(3, 30, 11, 30)],
    ),
    row("Demain à 11h plutôt qu'à 10h, ça vous irait ?", "fr", P, [(3, 27, 11)]),
    row(
        "Mardi 16h30.\n\nCordialement,\nKai Berg\nPrenez rendez-vous pour une démo :"
        " https://calendly.com/northwind-fr/demo",
        "fr",
        A,
        TUE,
    ),
    row("Merci, mais je vais devoir décliner : je ne fais plus ce genre d'entretien.", "fr", N),
    row("Lundi 14h heure de Paris, soit 13h à Londres où je serai : ça me va.", "fr", A, MON),
    row("Mercredi prochain à 9h30 ?", "fr", P, [(4, 1, 9, 30)], sure=NEAR),
    row("Vendredi, je suis en réunion de 9h à 11h. Lundi à 14h, c'est parfait.", "fr", A, MON),
    row("Le 31/03 à 16h30, c'est noté.", "fr", A, TUE),
    row(
        "Je dois malheureusement déplacer notre rendez-vous de lundi 14h. Jeudi 2 avril à 15h,"
        " ça irait ?",
        "fr-ok",
        R,
        [(4, 2, 15)],
    ),
    row(
        INLINE_FR_TUE,
        "fr-inline",
        A,
        TUE,
    ),
    # ---- Spanish ----
    row("El viernes a las 10 me va bien.", "es", A, FRI),
    row(
        "El lunes a las 14:00 estoy en un tren, lo siento. El martes a las cuatro y media,"
        " perfecto.",
        "es",
        A,
        TUE,
    ),
    row(
        "Ninguna de esas me va. ¿Qué tal el miércoles 1 de abril a las 11?",
        "es",
        P,
        [(4, 1, 11)],
    ),
    row(
        "No estoy seguro de ser la persona adecuada, pero encantado de charlar. El lunes a las"
        " 14:00 me va bien.",
        "es",
        A,
        MON,
    ),
    row("Te digo algo mañana sobre la hora.", "es", OTH),
    row("Te confirmo esta noche.", "es", OTH),
    row("Estoy a tope hasta después del lanzamiento. ¿Lo vemos en mayo?", "es", F),
    row(
        "¡Claro! El viernes a las 10. Por cierto, habla también con mi compañera Lucía Gómez"
        " (lucia@example.es), lleva el equipo de datos.",
        "es",
        A,
        FRI,
    ),
    row(
        "A las 3 tengo que recoger a los niños del colegio, así que mejor el lunes de 11:30 a"
        " 12:30.",
        "es",
        P,
        [(3, 30, 11, 30)],
    ),
    row("¿Podría ser mañana a las 11 en vez de a las 10?", "es", P, [(3, 27, 11)]),
    row(
        "Martes a las 16:30, perfecto.\n\nUn saludo,\nKai\nReserva una demo:"
        " https://calendly.com/northwind-es/demo",
        "es",
        A,
        TUE,
    ),
    row("Gracias, pero tengo que declinar; ahora mismo no hago este tipo de charlas.", "es", N),
    row(
        "El jueves 2 de abril a las cinco y media de la tarde me vendría mejor.",
        "es",
        P,
        [(4, 2, 17, 30)],
    ),
    row(
        "El lunes a las 14:00 hora de Madrid, es decir las 13:00 en Canarias donde estaré, me"
        " va bien.",
        "es",
        A,
        MON,
    ),
    row("¿El miércoles que viene a las 9?", "es", P, [(4, 1, 9)], sure=NEAR),
    row(
        "Tengo que cambiar nuestra cita del lunes a las 14:00. ¿Te iría bien el jueves 2 de"
        " abril a las 10?",
        "es-ok",
        R,
        [(4, 2, 10)],
    ),
    # ---- Italian ----
    row("Venerdì alle 10 va benissimo.", "it", A, FRI),
    row(
        "Lunedì alle 14 sono in treno, purtroppo. Martedì alle quattro e mezza invece va bene.",
        "it",
        A,
        TUE,
    ),
    row(
        "Nessuno di questi orari mi va bene. Che ne dice di mercoledì 1 aprile alle 11?",
        "it",
        P,
        [(4, 1, 11)],
    ),
    row(
        "Non so se sono la persona giusta, ma volentieri facciamo due chiacchiere. Lunedì alle"
        " 14 va bene.",
        "it",
        A,
        MON,
    ),
    row("Le faccio sapere domani per l'orario.", "it", OTH),
    row("Le confermo stasera.", "it", OTH),
    row("Sono sommerso fino a dopo il lancio. Risentiamoci a maggio?", "it", F),
    row(
        "Volentieri! Venerdì alle 10. Le consiglio anche di sentire la mia collega Giulia Rossi"
        " (giulia@example.it).",
        "it",
        A,
        FRI,
    ),
    row(
        "Alle 16:30 vado a prendere i bambini a scuola, quindi meglio lunedì dalle 11:30 alle"
        " 12:30.",
        "it",
        P,
        [(3, 30, 11, 30)],
    ),
    row("Domani alle 11 invece che alle 10?", "it", P, [(3, 27, 11)]),
    row(
        "Martedì alle 16:30 va bene.\n\nCordiali saluti,\nKai\nPrenota una demo:"
        " https://calendly.com/northwind-it/demo",
        "it",
        A,
        TUE,
    ),
    row("Grazie, ma devo declinare: al momento non faccio questo tipo di incontri.", "it", N),
    row("Giovedì 2 aprile alle tre e mezza del pomeriggio?", "it", P, [(4, 2, 15, 30)]),
    row(
        "Devo spostare il nostro appuntamento di lunedì alle 14. Andrebbe bene giovedì 2 aprile"
        " alle 10?",
        "it-ok",
        R,
        [(4, 2, 10)],
    ),
    # ---- Portuguese ----
    row("Sexta às 10h está ótimo para mim.", "pt", A, FRI),
    row(
        "Segunda às 14h estou num comboio, desculpe. Terça às quatro e meia está bem.",
        "pt",
        A,
        TUE,
    ),
    row(
        "Nenhum desses horários me serve. Que tal quarta-feira, 1 de abril, às 11h?",
        "pt",
        P,
        [(4, 1, 11)],
    ),
    row(
        "Não sei se sou a pessoa certa, mas fico feliz em conversar. Segunda às 14h funciona.",
        "pt",
        A,
        MON,
    ),
    row("Amanhã digo-lhe qualquer coisa sobre o horário.", "pt", OTH),
    row("Estou cheio de trabalho até depois do lançamento. Podemos falar em maio?", "pt", F),
    row(
        "Com prazer! Sexta às 10h. Fale também com a minha colega Ana Costa (ana@example.pt),"
        " ela conhece bem a área.",
        "pt",
        A,
        FRI,
    ),
    row(
        "Às 15h tenho de ir buscar os miúdos à escola, por isso prefiro segunda das 11h30 às"
        " 12h30.",
        "pt",
        P,
        [(3, 30, 11, 30)],
    ),
    row("Pode ser amanhã às 11h em vez das 10h?", "pt", P, [(3, 27, 11)]),
    row(
        "Terça às 16h30, combinado.\n\nCumprimentos,\nKai\nMarque uma demo:"
        " https://calendly.com/northwind-pt/demo",
        "pt",
        A,
        TUE,
    ),
    row(
        "Obrigado, mas tenho de recusar; neste momento não faço este tipo de conversas.",
        "pt",
        N,
    ),
    row(
        "Segunda às 14h de Lisboa, ou seja 15h em Madrid onde vou estar, está bem.",
        "pt",
        A,
        MON,
    ),
    row(
        "Preciso de remarcar a nossa reunião de segunda às 14h. Quinta, 2 de abril, às 10h"
        " seria possível?",
        "pt-ok",
        R,
        [(4, 2, 10)],
    ),
    # ---- Dutch ----
    row("Vrijdag om 10 uur komt mij goed uit.", "nl", A, FRI),
    row(
        "Maandag om 14 uur zit ik in de trein, helaas. Dinsdag om half vijf is prima.",
        "nl",
        A,
        TUE,
    ),
    row(
        "Geen van deze tijden lukt. Wat dacht je van woensdag 1 april om half drie?",
        "nl",
        P,
        [(4, 1, 14, 30)],
    ),
    row(
        "Ik weet niet zeker of ik de juiste persoon ben, maar ik praat graag. Maandag om 14 uur"
        " past.",
        "nl",
        A,
        MON,
    ),
    row("Ik laat je morgen weten hoe laat het wordt.", "nl", OTH),
    row("Ik bevestig vanavond.", "nl", OTH),
    row("Het is hier heel druk tot na de lancering. Kunnen we in mei verder praten?", "nl", F),
    row(
        "Graag! Vrijdag om 10 uur. Spreek trouwens ook eens met mijn collega Sanne de Vries"
        " (sanne@example.nl).",
        "nl",
        A,
        FRI,
    ),
    row(
        "Om 15 uur moet ik de kinderen van school halen, dus liever maandag van 11:30 tot 12:30.",
        "nl",
        P,
        [(3, 30, 11, 30)],
    ),
    row("Kan het morgen om 11 uur in plaats van 10 uur?", "nl", P, [(3, 27, 11)]),
    row(
        "Dinsdag 16:30 is goed.\n\nMet vriendelijke groet,\nKai\nPlan een demo:"
        " https://calendly.com/northwind-nl/demo",
        "nl",
        A,
        TUE,
    ),
    row(
        "Bedankt, maar ik moet helaas afzeggen; ik doe dit soort gesprekken momenteel niet.",
        "nl",
        N,
    ),
    row(
        "Ik moet onze afspraak van maandag 14 uur helaas verzetten. Zou donderdag 2 april om"
        " 10 uur kunnen?",
        "nl-ok",
        R,
        [(4, 2, 10)],
    ),
    # ---- after the first run: the fixes' neighbours ----
    row("Lundi à 15h plutôt que 14h ?", "fr", P, [(3, 30, 15)]),
    row("Martedì alle 17 anziché alle 16:30?", "it", P, [(3, 31, 17)]),
    row("Terça às 17h em vez das 16h30?", "pt", P, [(3, 31, 17)]),
    row("Vendredi je suis en déplacement. Mardi me va.", "fr", A, TUE, sure=NEAR),
    row("Friday no, I'm travelling. Tuesday yes, perfect.", "en", A, TUE, sure=NEAR),
    row("Ich sage Ihnen heute Abend Bescheid.", "de", OTH, sure=NEAR),
    row("Ich melde mich heute Abend, welcher Termin klappt.", "de", OTH, sure=NEAR),
    row("Could we do Wednesday 1 April at 3pm my time?", "enny", P, [(4, 1, 10)], sure=NEAR),
]

# Rows a person is sure of that the reader leaves in doubt at the end of this hunt, with its
# doubts: tested as near misses (doubted, or certain and right).
LEFT_IN_DOUBT: dict[str, str] = {
    "Terça às 17h em vez das 16h30?": "`time_without_zone_across_zones`",
    (
        "None of those work, I've got the school run at 3 most days. Could we do"
        " Wednesday 1 April at 11:00 instead?"
    ): "`time_without_zone_across_zones`",
    "I'll confirm tonight which of those works best.": "`no_intent_cue`",
    (
        "Happy to help. Monday works. By the way, you should also speak to my colleague"
        " Priya Shah (priya@example.co.uk), she ran the team before me."
    ): "`referral_unread`",
    (
        "Friday's out, sorry. 11:30am to 12:30pm on Monday would work though, any time in there."
    ): "`time_without_zone_across_zones`",
    "Friday's no good. Monday anywhere from 11am to 1pm works.": "`time_without_zone_across_zones`",
    "Could we do Monday 30 March at 9am instead?": "`time_without_zone_across_zones`",
    "Monday's fine. FYI I'm on call until 6 on Tuesday.": "`day_without_time`, `pick_without_time`",
    (
        "Tuesday's 4:30pm Berlin time is 3:30pm here and I'm on the school run then,"
        " sorry. Friday works."
    ): "`pick_beside_other_times`",
    (
        "I can't do 2pm Berlin time on Monday (1pm UK), I've got a board call. Tuesday is fine."
    ): "`pick_beside_other_times`",
    (
        "Monday at 2pm New York time is 7pm here, which is a bit late. Could we do"
        " Monday 30 March at 5pm UK time instead?"
    ): "`time_in_statement`",
    "Tuesday 4:30pm ET is 9:30pm here, too late for me, sorry. Friday is fine.": (
        "`pick_beside_other_times`"
    ),
    "How about Tuesday 31 March at 2pm my time?": "`clock_change_after_writing`",
    "Monday at 7pm UK time is your 2pm, yes? That works.": "`asks_what_was_meant`",
    (
        "Something has come up on Monday afternoon. Could we move to Wednesday 1 April"
        " at 10am instead?"
    ): "`time_without_zone_across_zones`",
    INLINE_EN_MON: "`pick_without_time`",
    INLINE_EN_TUE: "`pick_without_time`",
    (
        "Montag um 14 Uhr geht leider nicht, da sitze ich im Zug. Dienstag um halb fünf passt aber."
    ): "`one_offer_refused`, `contradicting_intent_cues`",
    "Ich sage Ihnen heute Abend Bescheid, welcher Termin klappt.": "`contradicting_intent_cues`",
    "Diese und nächste Woche ist bei mir Land unter. Können wir nach Ostern sprechen?": (
        "`question_beside_time`"
    ),
    (
        "Gerne! Freitag 10 Uhr passt. Sprechen Sie übrigens auch mit meiner Kollegin"
        " Jana Roth (jana@example.de), sie hat das Team aufgebaut."
    ): "`referral_unread`",
    (
        "Um 15 Uhr muss ich die Kinder von der Schule abholen, daher lieber Montag"
        " zwischen 11:30 und 12:30 Uhr, irgendwann in dem Fenster."
    ): "`time_without_day`, `pick_without_time`",
    "Freitag geht nicht, aber Montag zwischen 11 und 13 Uhr.": "`clock_change_after_writing`",
    "Am Freitag sitze ich ab 9 im Flieger, Montag um 14 Uhr ist besser.": "`no_intent_cue`",
    "Je vous confirme ce soir.": "`no_intent_cue`",
    (
        "Avec plaisir ! Vendredi 10h me va. Vous devriez aussi parler à ma collègue"
        " Claire Martin (claire@example.fr), elle connaît bien le sujet."
    ): "`referral_unread`, `yes_for_someone_else`",
    "Merci, mais je vais devoir décliner : je ne fais plus ce genre d'entretien.": (
        "`no_intent_cue`"
    ),
    INLINE_FR_TUE: "`absence_beside_answer`",
    "Te digo algo mañana sobre la hora.": "`no_intent_cue`",
    "Estoy a tope hasta después del lanzamiento. ¿Lo vemos en mayo?": "`question_beside_time`",
    (
        "¡Claro! El viernes a las 10. Por cierto, habla también con mi compañera Lucía"
        " Gómez (lucia@example.es), lleva el equipo de datos."
    ): "`referral_unread`",
    (
        "A las 3 tengo que recoger a los niños del colegio, así que mejor el lunes de"
        " 11:30 a 12:30."
    ): "`clock_change_after_writing`",
    (
        "Tengo que cambiar nuestra cita del lunes a las 14:00. ¿Te iría bien el jueves"
        " 2 de abril a las 10?"
    ): "`time_in_statement`, `move_to_agreed_time`",
    "Le confermo stasera.": "`no_intent_cue`",
    (
        "Volentieri! Venerdì alle 10. Le consiglio anche di sentire la mia collega"
        " Giulia Rossi (giulia@example.it)."
    ): "`referral_unread`",
    "Nenhum desses horários me serve. Que tal quarta-feira, 1 de abril, às 11h?": (
        "`time_without_zone_across_zones`"
    ),
    "Amanhã digo-lhe qualquer coisa sobre o horário.": "`no_intent_cue`",
    (
        "Com prazer! Sexta às 10h. Fale também com a minha colega Ana Costa"
        " (ana@example.pt), ela conhece bem a área."
    ): "`referral_unread`, `yes_for_someone_else`",
    (
        "Às 15h tenho de ir buscar os miúdos à escola, por isso prefiro segunda das 11h30 às 12h30."
    ): "`time_without_day`, `pick_without_time`",
    "Ik laat je morgen weten hoe laat het wordt.": "`no_intent_cue`",
    "Ik bevestig vanavond.": "`no_intent_cue`",
    (
        "Graag! Vrijdag om 10 uur. Spreek trouwens ook eens met mijn collega Sanne de"
        " Vries (sanne@example.nl)."
    ): "`referral_unread`",
    (
        "Om 15 uur moet ik de kinderen van school halen, dus liever maandag van 11:30 tot 12:30."
    ): "`time_in_statement`, `time_without_day`",
}

# Rows read certain but wrong that are left (strict xfails).
WRONG_LEFT: dict[str, str] = {}


HUNT = Hunt(SCENE, 2026, ROWS, LEFT_IN_DOUBT, WRONG_LEFT)


test_reply_is_read_right_or_doubted, test_table_is_large_enough = hunt_tests(HUNT)
