"""Precision hunt 53: restated clocks, moves "at the same time", questions that are not defers.

First run at a70b8b4: 46 of 133 rows failed, 3 certain but wrong; see EVALUATION.md,
"Round 67, part H".

Replies of our own, about twenty each in German, French, Spanish, Italian, Portuguese and Dutch
and a dozen in English, written on Wednesday 24 March 2027: ten days after America's clocks go
forward and four days before Europe's (Sunday 28 March), so that a user in New York and a sender
in Rome are five hours apart on Thursday 25 March and six on Monday 29 March. They sit under the
user's outreach offering three slots on the user's clock (Thursday 25 March 11:00, Monday 29 March
15:00, Wednesday 31 March 09:30), or under the user's confirmation of Monday 29 March 15:00
("-ok"), where a move "at the same time" is a `reschedule` with the new window. The sender's
domain (or the clock she names) places her; "ny" settings put the user in New York, "mtl" the
sender in Montréal, "mx" in Mexico City, "sp" in São Paulo. The classes: a sender restating the
user's times on her own clock as the reason they do not suit before offering her own; moves of
an agreed meeting to another day at the same time; questions and complaints that are neither
defers nor declines (`other`); holding notes (`other`, convention (i)); out-of-office notes with
return dates; referrals with and without an address; declines in many polite forms; times in 24h
with "h", "u", "Uhr", "ore"; daylight-saving remarks; dates like "26/3", "26 de março", "den 26.".

Starts are (month, day, hour[, minute]) on the user's clock. A sure row must be read certain and
right; a near miss (a careful person might ask) must be doubted or certain and right.
"""

from __future__ import annotations

from tests.understanding.reply import Hunt, HuntRow, QuotedScene, hunt_row, hunt_tests
from workflows.stages import Intent

A, P, R = Intent.ACCEPT, Intent.PROPOSE_TIMES, Intent.RESCHEDULE
N, F = Intent.DECLINE, Intent.DEFER
OTH, AWAY, REF = Intent.OTHER, Intent.OUT_OF_OFFICE, Intent.REFERRAL

THU, MON, WED = [(3, 25, 11)], [(3, 29, 15)], [(3, 31, 9, 30)]
SURE, NEAR = True, False

# place -> (user zone, Date header's offset, sender, language of the thread, user's zone words)
_PLACES = {
    "en": ("Europe/London", "+0000", "kai@example.co.uk", "en", "UK time"),
    "enny": ("America/New_York", "+0000", "kai@example.co.uk", "en", "New York time"),
    "de": ("Europe/Berlin", "+0100", "kai@example.de", "de", "Berliner Zeit"),
    "deny": ("America/New_York", "+0100", "kai@example.de", "de", "New Yorker Zeit"),
    "fr": ("Europe/Paris", "+0100", "kai@example.fr", "fr", "heure de Paris"),
    "frmtl": ("Europe/Paris", "-0400", "kai@example.ca", "fr", "heure de Paris"),
    "es": ("Europe/Madrid", "+0100", "kai@example.es", "es", "hora de Madrid"),
    "esmx": ("Europe/Madrid", "-0600", "kai@example.mx", "es", "hora de Madrid"),
    "it": ("Europe/Rome", "+0100", "kai@example.it", "it", "ora di Roma"),
    "itny": ("America/New_York", "+0100", "kai@example.it", "it", "ora di New York"),
    "pt": ("Europe/Lisbon", "+0000", "kai@example.pt", "pt", "hora de Lisboa"),
    "ptsp": ("Europe/Lisbon", "-0300", "kai@example.com.br", "pt", "hora de Lisboa"),
    "nl": ("Europe/Amsterdam", "+0100", "kai@example.nl", "nl", "Nederlandse tijd"),
    "nlny": ("America/New_York", "+0100", "kai@example.nl", "nl", "New Yorkse tijd"),
}

_HEAD = {
    "en": "On Tue, 23 Mar 2027 at 17:45, Ada Obi <ada@example.com> wrote:",
    "de": "Am Di., 23. März 2027 um 17:45 Uhr schrieb Ada Obi <ada@example.com>:",
    "fr": "Le mar. 23 mars 2027 à 17:45, Ada Obi <ada@example.com> a écrit :",
    "es": "El mar, 23 mar 2027 a las 17:45, Ada Obi (<ada@example.com>) escribió:",
    "it": "Il giorno mar 23 mar 2027 alle ore 17:45 Ada Obi <ada@example.com> ha scritto:",
    "pt": "Em ter., 23 de mar. de 2027 às 17:45, Ada Obi <ada@example.com> escreveu:",
    "nl": "Op di 23 mrt 2027 om 17:45 schreef Ada Obi <ada@example.com>:",
}

# language -> (the ask, its three slots)
_THREE = {
    "en": (
        "Hi Kai, thanks for replying. Would any of these suit you for a half-hour call ({z})?",
        ["Thursday 25 March, 11:00", "Monday 29 March, 15:00", "Wednesday 31 March, 09:30"],
    ),
    "de": (
        "Hallo Kai, danke für Ihre Antwort. Passt Ihnen einer dieser Termine für ein"
        " halbstündiges Gespräch ({z})?",
        [
            "Donnerstag, 25. März, 11:00 Uhr",
            "Montag, 29. März, 15:00 Uhr",
            "Mittwoch, 31. März, 9:30 Uhr",
        ],
    ),
    "fr": (
        "Bonjour Kai, merci pour votre réponse. Un de ces créneaux vous conviendrait-il pour un"
        " échange d'une demi-heure ({z}) ?",
        ["jeudi 25 mars, 11h00", "lundi 29 mars, 15h00", "mercredi 31 mars, 9h30"],
    ),
    "es": (
        "Hola Kai, gracias por contestar. ¿Te encaja alguno de estos huecos para una llamada de"
        " media hora ({z})?",
        ["jueves 25 de marzo, 11:00", "lunes 29 de marzo, 15:00", "miércoles 31 de marzo, 9:30"],
    ),
    "it": (
        "Ciao Kai, grazie della risposta. Le andrebbe bene uno di questi orari per una"
        " chiamata di mezz'ora ({z})?",
        ["giovedì 25 marzo, 11:00", "lunedì 29 marzo, 15:00", "mercoledì 31 marzo, 9:30"],
    ),
    "pt": (
        "Olá Kai, obrigado pela resposta. Algum destes horários lhe serve para uma chamada de"
        " meia hora ({z})?",
        [
            "quinta-feira, 25 de março, 11h00",
            "segunda-feira, 29 de março, 15h00",
            "quarta-feira, 31 de março, 9h30",
        ],
    ),
    "nl": (
        "Hoi Kai, bedankt voor je reactie. Past een van deze tijden voor een gesprek van een"
        " half uur ({z})?",
        ["donderdag 25 maart, 11:00", "maandag 29 maart, 15:00", "woensdag 31 maart, 9:30"],
    ),
}

_OK = {
    "en": "Great, Monday 29 March at 15:00 ({z}) it is. Speak then!",
    "de": "Sehr gut, dann Montag, 29. März, um 15:00 Uhr ({z}). Bis dann!",
    "fr": "Parfait, lundi 29 mars à 15h00 ({z}) alors. À lundi !",
    "es": "Perfecto, el lunes 29 de marzo a las 15:00 ({z}). ¡Hablamos!",
    "it": "Perfetto, lunedì 29 marzo alle 15:00 ({z}). A lunedì!",
    "pt": "Ótimo, segunda-feira, 29 de março, às 15h00 ({z}). Até lá!",
    "nl": "Top, maandag 29 maart om 15:00 ({z}) dan. Tot maandag!",
}


SCENE = QuotedScene(_PLACES, _HEAD, _THREE, _OK, {"": "Wed, 24 Mar 2027 10:20:00"})


# body, setting, intent (None: only a doubt is right), starts, link, sure
Row = HuntRow
row = hunt_row


ROWS: list[Row] = [
    # ---- German ----
    row("Donnerstag um 11 Uhr passt mir gut.", "de", A, THU),
    row(
        (
            "Montag, 29.3., 15 Uhr – gerne. Ab Sonntag gilt zwar die Sommerzeit, aber die betrifft "
            "uns beide."
        ),
        "de",
        A,
        MON,
    ),
    row(
        (
            "Ihr Donnerstag 11 Uhr ist bei mir 16 Uhr, da sitze ich in einer Vorlesung. Montag 21 "
            "Uhr ist mir zu spät. Ginge Freitag, den 26., um 15 Uhr meiner Zeit?"
        ),
        "deny",
        P,
        [(3, 26, 10)],
    ),
    row(
        (
            "Wegen der Sommerzeit wäre Ihr Mittwoch 9:30 bei mir 15:30 Uhr, da habe ich Training. "
            "Dienstag, 30. März, 16 Uhr deutscher Zeit ginge."
        ),
        "deny",
        P,
        [(3, 30, 10)],
    ),
    row(
        (
            "Können wir unseren Montag (bei mir 21 Uhr) auf Dienstag, den 30., zur gleichen "
            "Uhrzeit verschieben?"
        ),
        "deny-ok",
        R,
        [(3, 30, 15)],
    ),
    row(
        (
            "Leider muss ich unseren Termin am Montag absagen. Ginge stattdessen Donnerstag, 1. "
            "April, um dieselbe Zeit?"
        ),
        "de-ok",
        R,
        [(4, 1, 15)],
    ),
    row("Woher haben Sie eigentlich meine Adresse?", "de", OTH),
    row(
        (
            "Worum soll es in dem Gespräch genau gehen? Dann kann ich besser einschätzen, ob ich "
            "helfen kann."
        ),
        "de",
        OTH,
    ),
    row(
        (
            "Ich bin gerade unterwegs und schaue heute Abend in den Kalender. Sie hören morgen von "
            "mir."
        ),
        "de",
        OTH,
    ),
    row(
        (
            "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 6. April im Urlaub und "
            "lese meine E-Mails erst danach."
        ),
        "de",
        AWAY,
    ),
    row(
        (
            "Dafür ist meine Kollegin Jana Vogt zuständig, bitte schreiben Sie ihr direkt: "
            "jana.vogt@example.de."
        ),
        "de",
        REF,
    ),
    row(
        "Da sprechen Sie besser mit unserem Einkauf, Herrn Lenz – der entscheidet das.",
        "de",
        REF,
        sure=NEAR,
    ),
    row(
        (
            "Herzlichen Dank für die Einladung, aber ich muss leider absagen – mir fehlt schlicht "
            "die Zeit."
        ),
        "de",
        N,
    ),
    row("Das ist nett gemeint, aber an solchen Gesprächen habe ich kein Interesse.", "de", N),
    row(
        "Mittwoch 9:30 geht nicht, aber um 14 Uhr am selben Tag hätte ich Zeit.",
        "de",
        P,
        [(3, 31, 14)],
    ),
    row(
        "Um 15 Uhr am Montag habe ich schon einen Zahnarzttermin; Donnerstag um 11 ist gut.",
        "de",
        A,
        THU,
    ),
    row(
        "Jetzt gerade ist Quartalsabschluss. Melden Sie sich doch nach Ostern noch einmal.", "de", F
    ),
    row("Ich hätte am Freitag, 26.3., zwischen 10 und 12 Uhr Zeit.", "de", P, [(3, 26, 10)]),
    row(
        (
            "Sie haben mir jetzt zum dritten Mal geschrieben. Bitte nehmen Sie mich aus Ihrem "
            "Verteiler."
        ),
        "de",
        N,
    ),
    row(
        "Passt Montag um 15 Uhr auch, wenn ich zehn Minuten später dazukomme?",
        "de",
        A,
        MON,
        sure=NEAR,
    ),
    # ---- French ----
    row("Jeudi 11h, c'est parfait pour moi.", "fr", A, THU),
    row(
        (
            "Votre jeudi 11h, c'est 6h du matin chez moi à Montréal, un peu tôt ! Vendredi 26 mars "
            "à 10h, heure de Montréal, vous irait ?"
        ),
        "frmtl",
        P,
        [(3, 26, 15)],
    ),
    row(
        (
            "Avec votre passage à l'heure d'été dimanche, lundi 15h devient 9h pour moi : ça me va "
            "très bien."
        ),
        "frmtl",
        A,
        MON,
    ),
    row(
        "Pourrait-on décaler notre lundi (9h ici) au mardi 30 mars, même heure ?",
        "frmtl-ok",
        R,
        [(3, 30, 15)],
    ),
    row(
        "Je dois annuler lundi, désolée. On peut refaire ça le mardi 6 avril à la même heure ?",
        "fr-ok",
        R,
        [(4, 6, 15)],
    ),
    row("Qui vous a donné mon adresse ?", "fr", OTH),
    row("De quoi souhaitez-vous parler exactement ? Je reçois beaucoup de demandes.", "fr", OTH),
    row("Je regarde mon agenda ce soir et je vous redis demain matin.", "fr", OTH),
    row(
        (
            "Bonjour, je suis absente du bureau jusqu'au 2 avril inclus, avec un accès limité à "
            "mes e-mails."
        ),
        "fr",
        AWAY,
    ),
    row(
        "Le mieux serait de contacter mon collègue Hugo Marchand : hugo.marchand@example.fr.",
        "fr",
        REF,
    ),
    row("C'est plutôt Mme Roux, au service achats, qu'il faudrait voir.", "fr", REF, sure=NEAR),
    row("Merci beaucoup d'avoir pensé à moi, mais je vais devoir décliner.", "fr", N),
    row("C'est très aimable, hélas je ne participe pas à ce genre d'échange.", "fr", N),
    row(
        "Mercredi 9h30 ne m'arrange pas, mais le même jour à 14h ce serait possible.",
        "fr",
        P,
        [(3, 31, 14)],
    ),
    row("Lundi 15h je suis en réunion jusqu'à 16h. Jeudi 11h me va.", "fr", A, THU),
    row("Je serais libre le 26/3 de 14h à 15h.", "fr", P, [(3, 26, 14)]),
    row("Revenez vers moi après Pâques, la période est très chargée.", "fr", F),
    row(
        "Pardon, mais c'est la troisième relance que je reçois. Je ne suis pas intéressé.", "fr", N
    ),
    row(
        (
            "Jeudi à 11h00 ça marche. Petite précision : je serai à Lyon ce jour-là, même fuseau "
            "bien sûr."
        ),
        "fr",
        A,
        THU,
    ),
    row("Le lundi 29 à 15h me convient, à condition que ce soit en visio.", "fr", A, MON),
    # ---- Spanish ----
    row("El jueves a las 11 me va genial.", "es", A, THU),
    row(
        (
            "Tus 11 del jueves son las 4 de la madrugada aquí en Ciudad de México. ¿Qué tal el "
            "viernes 26 a las 10, hora de Ciudad de México?"
        ),
        "esmx",
        P,
        [(3, 26, 17)],
    ),
    row(
        (
            "Ojo, que ahí cambiáis al horario de verano el domingo: el lunes a las 15 serían las 7 "
            "para mí, demasiado temprano. Propongo el martes 30 de marzo a las 9, hora de Ciudad "
            "de México."
        ),
        "esmx",
        P,
        [(3, 30, 17)],
    ),
    row(
        (
            "¿Podemos pasar nuestro lunes (las 7 aquí en Ciudad de México) al martes 30 a la misma "
            "hora?"
        ),
        "esmx-ok",
        R,
        [(3, 30, 15)],
    ),
    row(
        "Me ha surgido un imprevisto el lunes. ¿Lo movemos al martes 6 de abril, misma hora?",
        "es-ok",
        R,
        [(4, 6, 15)],
    ),
    row("¿Quién te ha pasado mi correo?", "es", OTH),
    row("Antes de nada, ¿de qué empresa eres y qué buscas exactamente?", "es", OTH),
    row("Déjame consultarlo con mi socia esta tarde y mañana te contesto.", "es", OTH),
    row(
        "Estaré fuera de la oficina hasta el 5 de abril. Responderé a tu mensaje a mi vuelta.",
        "es",
        AWAY,
    ),
    row(
        "Quien lleva estos temas es Lucía Gómez (lucia.gomez@example.es); escríbele a ella.",
        "es",
        REF,
    ),
    row(
        "Para eso tendrías que hablar con el departamento de compras, pregunta por Andrés.",
        "es",
        REF,
        sure=NEAR,
    ),
    row("Te agradezco mucho el interés, pero prefiero no participar.", "es", N),
    row("Lo siento de veras, pero no voy a poder aceptar. Gracias por entenderlo.", "es", N),
    row("El miércoles a las 9:30 no puedo; ese mismo día a las 13 h sí.", "es", P, [(3, 31, 13)]),
    row(
        "El lunes a las 15 h tengo clase hasta las 17 h, así que mejor el jueves a las 11.",
        "es",
        A,
        THU,
    ),
    row("Podría el 26 de marzo de 16 a 17 h.", "es", P, [(3, 26, 16)]),
    row("Escríbeme después de Semana Santa y lo vemos con calma.", "es", F),
    row("Es la cuarta vez que me escribes. Por favor, no insistas más.", "es", N),
    row("Vale, el lunes 29 a las 15:00. ¿Me mandas el enlace?", "es", A, MON),
    row(
        "¿Te iría bien el sábado 27/3 a las 10 h? Entre semana lo tengo imposible.",
        "es",
        P,
        [(3, 27, 10)],
    ),
    # ---- Italian ----
    row("Giovedì alle 11 va benissimo.", "it", A, THU),
    row(
        (
            "Il suo giovedì alle 11 per me sono le 16, e a quell'ora ho lezione. Lunedì alle 21 è "
            "troppo tardi. Potrei venerdì 26 marzo alle 15 ora italiana."
        ),
        "itny",
        P,
        [(3, 26, 10)],
    ),
    row(
        (
            "Con l'ora legale da domenica, il suo mercoledì alle 9:30 da me sarebbe alle 15:30: "
            "purtroppo non posso. Martedì 30 alle ore 16 (ora di Roma)?"
        ),
        "itny",
        P,
        [(3, 30, 10)],
    ),
    row(
        "Possiamo spostare il nostro lunedì (le 21 qui) a martedì 30 marzo alla stessa ora?",
        "itny-ok",
        R,
        [(3, 30, 15)],
    ),
    row(
        "Purtroppo lunedì mi è saltato tutto. Possiamo fare martedì 6 aprile alla stessa ora?",
        "it-ok",
        R,
        [(4, 6, 15)],
    ),
    row("Chi le ha dato il mio indirizzo?", "it", OTH),
    row("Mi scusi, ma di cosa si tratta esattamente? Non ricordo di averla conosciuta.", "it", OTH),
    row("Controllo l'agenda stasera e le rispondo domani.", "it", OTH),
    row("Sono fuori ufficio fino al 2 aprile compreso e risponderò al rientro.", "it", AWAY),
    row(
        "Se ne occupa la mia collega Giulia Ferri, giulia.ferri@example.it: le scriva pure.",
        "it",
        REF,
    ),
    row("Per queste cose deve sentire l'ufficio acquisti, chieda di Paolo.", "it", REF, sure=NEAR),
    row("La ringrazio molto, ma devo declinare l'invito.", "it", N),
    row("Gentilissima, purtroppo non partecipo a questo tipo di incontri.", "it", N),
    row(
        "Mercoledì alle 9:30 non riesco, ma lo stesso giorno alle ore 14 sì.",
        "it",
        P,
        [(3, 31, 14)],
    ),
    row(
        "Lunedì alle 15 ho una riunione fino alle 16; giovedì alle 11 invece va bene.", "it", A, THU
    ),
    row("Sarei libero il 26/3 dalle 10 alle 11.", "it", P, [(3, 26, 10)]),
    row("Mi ricontatti dopo Pasqua, adesso è un periodo pieno.", "it", F),
    row("È la terza mail che mi manda, non sono interessato.", "it", N),
    row("Perfetto lunedì 29 alle 15:00. Mi manda lei il link?", "it", A, MON),
    row(
        "Il suo lunedì alle 15 per me sono le 21: va bene lo stesso, ci sono abituato.",
        "itny",
        A,
        MON,
    ),
    # ---- Portuguese ----
    row("Quinta às 11h está ótimo para mim.", "pt", A, THU),
    row(
        (
            "As suas 11h de quinta são 8h aqui em São Paulo, cedo demais. Pode ser sexta, 26 de "
            "março, às 14h no horário de Brasília?"
        ),
        "ptsp",
        P,
        [(3, 26, 17)],
    ),
    row(
        (
            "Com o horário de verão aí em Portugal, a sua segunda às 15h fica às 11h para mim: "
            "perfeito."
        ),
        "ptsp",
        A,
        MON,
    ),
    row(
        (
            "Podemos passar a nossa segunda (11h aqui em São Paulo) para terça, 30 de março, à "
            "mesma hora?"
        ),
        "ptsp-ok",
        R,
        [(3, 30, 15)],
    ),
    row(
        (
            "Surgiu-me um imprevisto na segunda. Dá para mudarmos para terça, 6 de abril, à mesma "
            "hora?"
        ),
        "pt-ok",
        R,
        [(4, 6, 15)],
    ),
    row("Quem lhe deu o meu endereço?", "pt", OTH),
    row("Desculpe, mas sobre o que seria a conversa, exatamente?", "pt", OTH),
    row("Vou ver a agenda logo à noite e amanhã respondo-lhe.", "pt", OTH),
    row(
        "Estou ausente do escritório até 5 de abril, inclusive. Responderei quando regressar.",
        "pt",
        AWAY,
    ),
    row(
        "Quem trata disso é a minha colega Rita Sousa (rita.sousa@example.pt). Fale com ela.",
        "pt",
        REF,
    ),
    row("Isso é com o departamento de compras; pergunte pelo Sr. Tavares.", "pt", REF, sure=NEAR),
    row("Agradeço imenso o convite, mas vou ter de recusar.", "pt", N),
    row("Muito obrigado, mas não tenho interesse.", "pt", N),
    row("Quarta às 9h30 não consigo, mas no mesmo dia às 14h sim.", "pt", P, [(3, 31, 14)]),
    row("Segunda às 15h tenho reunião até às 16h; quinta às 11h pode ser.", "pt", A, THU),
    row("Estaria livre no dia 26/3, das 10h às 11h.", "pt", P, [(3, 26, 10)]),
    row("Volte a falar comigo depois da Páscoa, agora está tudo muito corrido.", "pt", F),
    row("Já é o terceiro e-mail que me manda. Não tenho interesse, obrigado.", "pt", N),
    row("Combinado, segunda, 29, às 15h. Envia-me o link?", "pt", A, MON),
    row("Sexta, 26 de março, às 16h30 daria?", "pt", P, [(3, 26, 16, 30)]),
    # ---- Dutch ----
    row("Donderdag om 11 uur komt mij prima uit.", "nl", A, THU),
    row(
        (
            "Uw donderdag 11:00 is bij mij 16:00, dan zit ik in een overleg. Maandag 21:00 is me "
            "te laat. Kan vrijdag 26 maart om 15u Nederlandse tijd?"
        ),
        "nlny",
        P,
        [(3, 26, 10)],
    ),
    row(
        (
            "Door de zomertijd is uw woensdag 9:30 bij mij 15:30, dan lukt het niet. Dinsdag 30 "
            "maart om 16 uur (onze tijd)?"
        ),
        "nlny",
        P,
        [(3, 30, 10)],
    ),
    row(
        "Kunnen we onze maandag (21:00 hier) verzetten naar dinsdag 30 maart, zelfde tijd?",
        "nlny-ok",
        R,
        [(3, 30, 15)],
    ),
    row(
        (
            "Maandag lukt toch niet. Kunnen we het verplaatsen naar dinsdag 6 april op hetzelfde "
            "tijdstip?"
        ),
        "nl-ok",
        R,
        [(4, 6, 15)],
    ),
    row("Wie heeft u mijn adres gegeven?", "nl", OTH),
    row("Waar wilt u het precies over hebben? Ik ken uw bedrijf niet.", "nl", OTH),
    row("Ik kijk vanavond in mijn agenda en laat het je morgen weten.", "nl", OTH),
    row("Ik ben tot en met 2 april afwezig en lees mijn mail daarna.", "nl", AWAY),
    row(
        "Daarvoor kunt u beter bij mijn collega Sanne de Vries zijn: sanne.devries@example.nl.",
        "nl",
        REF,
    ),
    row("Dat moet u bij onze inkoopafdeling neerleggen, vraag naar Joost.", "nl", REF, sure=NEAR),
    row("Bedankt voor de uitnodiging, maar ik ga er niet op in.", "nl", N),
    row("Heel vriendelijk, maar ik moet helaas bedanken.", "nl", N),
    row("Woensdag om 9:30 lukt niet, maar dezelfde dag om 14u wel.", "nl", P, [(3, 31, 14)]),
    row(
        "Maandag om 15 uur heb ik een afspraak tot 16 uur; donderdag om 11 uur kan wel.",
        "nl",
        A,
        THU,
    ),
    row("Ik zou op 26/3 van 10 tot 11 uur kunnen.", "nl", P, [(3, 26, 10)]),
    row("Neem na Pasen nog eens contact op, het is nu erg druk.", "nl", F),
    row("Dit is al de derde mail. Ik heb geen interesse.", "nl", N),
    row("Prima, maandag 29 maart om 15:00. Stuur je een uitnodiging?", "nl", A, MON),
    row(
        "Uw maandag 15:00 is bij mij 21:00, maar dat is geen probleem, dan doen we dat.",
        "nlny",
        A,
        MON,
    ),
    # ---- English ----
    row(
        (
            "Your 11am Thursday is 3pm for me in London, and I've got a standing meeting then. "
            "Monday at 8pm my time is too late too. Could you do Friday 26 March at 2pm UK time?"
        ),
        "enny",
        P,
        [(3, 26, 10)],
    ),
    row(
        "Can we move our Monday (8pm here) to Tuesday 6 April at the same time?",
        "enny-ok",
        R,
        [(4, 6, 15)],
    ),
    row("Who gave you my email address?", "en", OTH),
    row(
        (
            "Out of the office until Tuesday 6 April, with no access to email. I'll reply when I'm "
            "back."
        ),
        "en",
        AWAY,
    ),
    row("Thanks, but I'll have to bow out of this one.", "en", N),
    row(
        (
            "Heads up: the clocks go forward here on Sunday, so your Monday 3pm is 8pm for me "
            "rather than 7pm. Still fine, let's do it."
        ),
        "enny",
        A,
        MON,
    ),
    row(
        "Let me check with my manager this afternoon and I'll come back to you tomorrow.", "en", OTH
    ),
    row("Is this about the conference panel, or something else?", "en", OTH),
    row(
        "Best to speak to my colleague Tom Hale, tom.hale@example.co.uk, he runs procurement.",
        "en",
        REF,
    ),
    row("Wednesday at 9:30 won't work, but the same day at 2pm would.", "en", P, [(3, 31, 14)]),
    row(
        "Thursday at 11 is fine; I'm in Manchester that day but it's the same clock.", "en", A, THU
    ),
    row(
        "Could we shift our Monday call to the same time on Wednesday 31 March?",
        "en-ok",
        R,
        [(3, 31, 15)],
    ),
]

# Sure rows the reader leaves in doubt, with their doubts.
LEFT_IN_DOUBT: dict[str, str] = {
    (
        "Ihr Donnerstag 11 Uhr ist bei mir 16 Uhr, da sitze ich in einer Vorlesung. Montag 21 Uhr "
        "ist mir zu spät. Ginge Freitag, den 26., um 15 Uhr meiner Zeit?"
    ): "`time_in_statement`",
    (
        "Können wir unseren Montag (bei mir 21 Uhr) auf Dienstag, den 30., zur gleichen Uhrzeit "
        "verschieben?"
    ): "`time_unread`, `move_to_agreed_time`",
    (
        "Sie haben mir jetzt zum dritten Mal geschrieben. Bitte nehmen Sie mich aus Ihrem "
        "Verteiler."
    ): "`no_intent_cue`",
    (
        "Avec votre passage à l'heure d'été dimanche, lundi 15h devient 9h pour moi : ça me va "
        "très bien."
    ): "`time_without_day`, `pick_without_time`",
    "Pourrait-on décaler notre lundi (9h ici) au mardi 30 mars, même heure ?": "`unknown_language`",
    (
        "Je regarde mon agenda ce soir et je vous redis demain matin."
    ): "`contradicting_intent_cues`, `pick_without_time`",
    "C'est très aimable, hélas je ne participe pas à ce genre d'échange.": "`no_intent_cue`",
    (
        "Mercredi 9h30 ne m'arrange pas, mais le même jour à 14h ce serait possible."
    ): "`time_in_statement`, `pick_without_time`",
    "Lundi 15h je suis en réunion jusqu'à 16h. Jeudi 11h me va.": "`pick_beside_other_times`",
    (
        "Le lundi 29 à 15h me convient, à condition que ce soit en visio."
    ): "`time_without_day`, `pick_without_time`",
    (
        "¿Podemos pasar nuestro lunes (las 7 aquí en Ciudad de México) al martes 30 a la misma "
        "hora?"
    ): "`question_beside_time`, `same_time_unresolved`, `time_unread`",
    (
        "Me ha surgido un imprevisto el lunes. ¿Lo movemos al martes 6 de abril, misma hora?"
    ): "`clock_change_after_writing`",
    (
        "Quien lleva estos temas es Lucía Gómez (lucia.gomez@example.es); escríbele a ella."
    ): "`no_intent_cue`",
    "Es la cuarta vez que me escribes. Por favor, no insistas más.": "`no_intent_cue`",
    (
        "Con l'ora legale da domenica, il suo mercoledì alle 9:30 da me sarebbe alle 15:30: "
        "purtroppo non posso. Martedì 30 alle ore 16 (ora di Roma)?"
    ): "`question_beside_time`",
    (
        "Purtroppo lunedì mi è saltato tutto. Possiamo fare martedì 6 aprile alla stessa ora?"
    ): "`question_beside_time`, `same_time_unresolved`, `time_unread`",
    (
        "Se ne occupa la mia collega Giulia Ferri, giulia.ferri@example.it: le scriva pure."
    ): "`no_intent_cue`, `referral_unread`",
    "Mercoledì alle 9:30 non riesco, ma lo stesso giorno alle ore 14 sì.": "`one_offer_refused`",
    (
        "Com o horário de verão aí em Portugal, a sua segunda às 15h fica às 11h para mim: "
        "perfeito."
    ): "`no_intent_cue`",
    (
        "Podemos passar a nossa segunda (11h aqui em São Paulo) para terça, 30 de março, à mesma "
        "hora?"
    ): "`time_unread`",
    (
        "Surgiu-me um imprevisto na segunda. Dá para mudarmos para terça, 6 de abril, à mesma hora?"
    ): "`time_without_zone_across_zones`",
    "Vou ver a agenda logo à noite e amanhã respondo-lhe.": "`unknown_language`",
    "Quarta às 9h30 não consigo, mas no mesmo dia às 14h sim.": "`time_without_zone_across_zones`",
    (
        "Door de zomertijd is uw woensdag 9:30 bij mij 15:30, dan lukt het niet. Dinsdag 30 maart "
        "om 16 uur (onze tijd)?"
    ): "`clock_change_after_writing`",
    (
        "Kunnen we onze maandag (21:00 hier) verzetten naar dinsdag 30 maart, zelfde tijd?"
    ): "`time_unread`, `move_to_agreed_time`",
    (
        "Daarvoor kunt u beter bij mijn collega Sanne de Vries zijn: sanne.devries@example.nl."
    ): "`no_intent_cue`, `referral_unread`",
    (
        "Can we move our Monday (8pm here) to Tuesday 6 April at the same time?"
    ): "`time_without_zone_across_zones`, `clock_change_after_writing`",
    (
        "Heads up: the clocks go forward here on Sunday, so your Monday 3pm is 8pm for me rather "
        "than 7pm. Still fine, let's do it."
    ): "`time_without_day`, `pick_without_time`",
    (
        "Let me check with my manager this afternoon and I'll come back to you tomorrow."
    ): "`contradicting_intent_cues`, `yes_still_pending`",
    (
        "Wednesday at 9:30 won't work, but the same day at 2pm would."
    ): "`time_without_zone_across_zones`",
    (
        "Could we shift our Monday call to the same time on Wednesday 31 March?"
    ): "`time_without_zone_across_zones`",
}

# Rows read certain but wrong that are left (strict xfails).
WRONG_LEFT: dict[str, str] = {}


HUNT = Hunt(SCENE, 2027, ROWS, LEFT_IN_DOUBT, WRONG_LEFT)


test_reply_is_read_right_or_doubted, test_table_is_large_enough = hunt_tests(HUNT)
