"""Precision hunt 50: certain-but-wrong readings of talk that is not an offer, of two-way zone
abbreviations, and of defers, absences and referrals in other languages.

Replies of our own, in English, German, French, Spanish, Italian, Portuguese and Dutch, all
written on Tuesday 20 March 2029: after the United States moved its clocks (11 March), before
Europe does (Sunday 25 March) and around Israel's change (Friday 23 March). The classes:

- an extra time from talk that is no offer: the coming clock change ("we switch to summer time
  on Sunday, so 12:30 your time becomes 13:30"), the short day ("Fridays we close at noon"),
  another meeting that was moved, the same slot restated on the sender's clock ("8pm yours is
  3:30 mine");
- a zone abbreviation with two meanings (IST: Ireland, Israel or India; CST: China or US
  Central; BST: British Summer or Bangladesh; "CET" written for Berlin's summer clock): right
  where the sender's clock or the shared place settles it, in doubt (None) where it does not;
- a defer or an absence in Italian or German (or the other languages) that has a yes-word in
  it, and a German or Italian referral ("sprechen Sie mit Katrin Vogel") that is no absence.

Each reply answers the user's open ask ("ask"), the user's two offers on the user's clock
("two": Thursday 22 March 10:00 and Tuesday 27 March 15:00) or the user's confirmation of
Thursday 22 March 10:00 ("ok"). Starts are (month, day, hour[, minute]) on the user's clock.
A clear row passes when read right or doubted; a near miss when doubted or certain with no
window and no link (nothing gets booked).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from tests.understanding.reply import SENDER, Hunt, HuntRow, hunt_row, hunt_tests
from workflows.stages import Intent

A, P, R = Intent.ACCEPT, Intent.PROPOSE_TIMES, Intent.RESCHEDULE
N, F, C = Intent.DECLINE, Intent.DEFER, Intent.CANCEL
OTH, AWAY, REF = Intent.OTHER, Intent.OUT_OF_OFFICE, Intent.REFERRAL

THU, TUE = [(3, 22, 10)], [(3, 27, 15)]

_TWO = (
    "Hi Kai, thanks for getting back to me! Would Thursday 22 March at 10am or Tuesday 27 March"
    " at 3pm ({z}) suit you for a 20-minute chat?"
)
_ASK = (
    "Hi Kai, I'm moving into product management and would love 20 minutes of your time in the"
    " next couple of weeks, whenever suits you."
)
_OK = "Great, Thursday 22 March at 10am ({z}) it is. Talk then!"

# place -> (user zone, the sender's UTC offset on the Date header, zone words of the outreach);
# a two-part key names the user's city, then the sender's.
_PLACES = {
    "lon": ("Europe/London", "+0000", "London time"),
    "ber": ("Europe/Berlin", "+0100", "Berlin time"),
    "par": ("Europe/Paris", "+0100", "Paris time"),
    "mad": ("Europe/Madrid", "+0100", "Madrid time"),
    "rom": ("Europe/Rome", "+0100", "Rome time"),
    "ams": ("Europe/Amsterdam", "+0100", "Amsterdam time"),
    "lis": ("Europe/Lisbon", "+0000", "Lisbon time"),
    "dub": ("Europe/Dublin", "+0000", "Dublin time"),
    "sha": ("Asia/Shanghai", "+0800", "Shanghai time"),
    "chi": ("America/Chicago", "-0500", "Chicago time"),
    "nyclon": ("America/New_York", "+0000", "New York time"),
    "nycber": ("America/New_York", "+0100", "New York time"),
    "nycpar": ("America/New_York", "+0100", "New York time"),
    "nycmad": ("America/New_York", "+0100", "New York time"),
    "nycrom": ("America/New_York", "+0100", "New York time"),
    "nycams": ("America/New_York", "+0100", "New York time"),
    "nyctlv": ("America/New_York", "+0200", "New York time"),
    "saolis": ("America/Sao_Paulo", "+0000", "São Paulo time"),
    "madnyc": ("Europe/Madrid", "-0400", "Madrid time"),
    "amschi": ("Europe/Amsterdam", "-0500", "Amsterdam time"),
    "berchi": ("Europe/Berlin", "-0500", "Berlin time"),
    "lonnyc": ("Europe/London", "-0400", "London time"),
    "lonpar": ("Europe/London", "+0100", "London time"),
    "londha": ("Europe/London", "+0600", "UK time"),
    "dhalon": ("Asia/Dhaka", "+0000", "Dhaka time"),
    "dellon": ("Asia/Kolkata", "+0000", "India time"),
    "deldub": ("Asia/Kolkata", "+0000", "India time"),
    "delber": ("Asia/Kolkata", "+0100", "India time"),
    "delpar": ("Asia/Kolkata", "+0100", "India time"),
    "deltlv": ("Asia/Kolkata", "+0200", "India time"),
    "dubdel": ("Europe/Dublin", "+0530", "Irish time"),
    "dubtlv": ("Europe/Dublin", "+0200", "Irish time"),
    "tlvdel": ("Asia/Jerusalem", "+0530", "Israel time"),
    "chisha": ("America/Chicago", "+0800", "Chicago time"),
    "shachi": ("Asia/Shanghai", "-0500", "Shanghai time"),
}

# The moment every reply is sent, as a wall clock at each offset the table uses.
_SENT = {
    "+0000": "Tue, 20 Mar 2029 08:10:00 +0000",
    "+0100": "Tue, 20 Mar 2029 09:10:00 +0100",
    "+0200": "Tue, 20 Mar 2029 10:10:00 +0200",
    "+0530": "Tue, 20 Mar 2029 13:40:00 +0530",
    "+0600": "Tue, 20 Mar 2029 14:10:00 +0600",
    "+0800": "Tue, 20 Mar 2029 16:10:00 +0800",
    "-0400": "Tue, 20 Mar 2029 04:10:00 -0400",
    "-0500": "Tue, 20 Mar 2029 03:10:00 -0500",
}


def _setting(key: str) -> tuple[ZoneInfo, str, str, str]:
    """The user's zone, the Date header, the sender and the quoted thread (Gmail's shape) of
    ``place-kind``."""
    place, _, kind = key.partition("-")
    zone, offset, words = _PLACES[place]
    text = {"two": _TWO, "ask": _ASK, "ok": _OK}[kind].format(z=words)
    head = "On Mon, Mar 19, 2029 at 9:00 AM Ada Obi <ada@example.com> wrote:"
    return ZoneInfo(zone), _SENT[offset], SENDER, f"\n\n{head}\n> {text}\n>\n> Ada\n"


SURE, NEAR = True, False
row = hunt_row

ROWS: list[HuntRow] = [
    # ---- the coming clock change beside the answer ----
    row(
        "Thursday at 10 is good. Heads-up: the UK moves its clocks forward on Sunday, so from"
        " next week we're five hours apart rather than four.",
        "nyclon-two",
        A,
        THU,
    ),
    row(
        "Tuesday at 3pm your time works. Note we switch to summer time on Sunday, so 3pm yours"
        " will be 8pm for me rather than 7pm.",
        "nyclon-two",
        A,
        TUE,
    ),
    row(
        "Thursday 10am is fine by me. Our clocks go forward this weekend, so 10am yours is 2pm"
        " mine this week and would be 3pm from next week.",
        "nyclon-two",
        A,
        THU,
    ),
    row(
        "Donnerstag um 10 Uhr Ihrer Zeit passt mir. Ab Sonntag gilt bei uns die Sommerzeit,"
        " dann wäre Ihr 10 Uhr bei mir 16 statt 15 Uhr.",
        "nycber-two",
        A,
        THU,
    ),
    row(
        "Mardi 15h chez vous me va. Attention, on passe à l'heure d'été dimanche : 15h chez vous"
        " fera 21h chez moi au lieu de 20h.",
        "nycpar-two",
        A,
        TUE,
    ),
    row(
        "El jueves a las 10 me va bien. Ojo, el domingo cambiamos al horario de verano, así que"
        " después sus 10 pasan a ser las 16 para mí.",
        "nycmad-two",
        A,
        THU,
    ),
    row(
        "Dinsdag om 15.00 uur jouw tijd is prima. Zondag gaat bij ons de zomertijd in, dus dan"
        " is het voor mij 21.00 uur in plaats van 20.00 uur.",
        "nycams-two",
        A,
        TUE,
    ),
    row(
        "Giovedì alle 10 va benissimo. Domenica da noi scatta l'ora legale, quindi poi le tue 10"
        " diventeranno le 16 per me.",
        "nycrom-two",
        A,
        THU,
    ),
    row(
        "Terça às 15h no seu horário funciona. Em Lisboa mudamos para a hora de verão no"
        " domingo, então as 15h aí passam a ser 19h aqui em vez de 18h.",
        "saolis-two",
        A,
        TUE,
    ),
    row(
        "Thursday at 10 doesn't work, but Friday 23 March at 11am your time does. (We change"
        " clocks on Sunday, so after that 11 yours is 4pm mine.)",
        "nyclon-two",
        P,
        [(3, 23, 11)],
    ),
    row(
        "Confirmed for Thursday. FYI we switch to summer time on Sunday, so from then on your"
        " 10am is my 3pm, but that's after our call anyway.",
        "nyclon-ok",
        A,
        THU,
    ),
    row(
        "Just confirming: Thursday 10am your time = 2pm mine. See you then.",
        "nyclon-ok",
        A,
        THU,
    ),
    # ---- the short day beside the answer ----
    row(
        "Wednesday 21 March at 11 works for me. Fridays we close at noon, so avoid those.",
        "ber-ask",
        P,
        [(3, 21, 11)],
    ),
    row(
        "Thursday at 10 is perfect. Just so you know, on Fridays the office shuts at 1pm.",
        "ber-two",
        A,
        THU,
    ),
    row(
        "Freitags haben wir nur bis 12 Uhr geöffnet, deshalb lieber Donnerstag um 10.",
        "ber-two",
        A,
        THU,
    ),
    row("Le vendredi, on ferme à midi. Jeudi 10h me convient très bien.", "par-two", A, THU),
    row(
        "Los viernes salimos a las 14h por la jornada intensiva, pero el jueves a las 10 me"
        " viene perfecto.",
        "mad-two",
        A,
        THU,
    ),
    row("Il venerdì chiudiamo alle 13. Martedì alle 15 per me va bene.", "rom-two", A, TUE),
    row(
        "Op vrijdag zijn we om 12 uur dicht. Donderdag om 10 uur schikt mij prima.",
        "ams-two",
        A,
        THU,
    ),
    row("Às sextas saímos ao meio-dia. Quinta às 10h está ótimo.", "lis-two", A, THU),
    row(
        "Friday morning would be best, before we close at noon: say 10am on Friday 23 March?",
        "ber-ask",
        P,
        [(3, 23, 10)],
    ),
    row(
        "We're closed from 1pm on Fridays, but Friday 23 March at 9:30 is possible.",
        "ber-ask",
        P,
        [(3, 23, 9, 30)],
    ),
    row("I finish at 2 on Fridays. Thursday at 10 suits me.", "lon-two", A, THU),
    row(
        "Wir haben freitags um 13 Uhr Feierabend, aber Freitag, 23. März um 11 Uhr ginge.",
        "ber-ask",
        P,
        [(3, 23, 11)],
    ),
    row(
        "Perfetto, giovedì alle 10. Il venerdì chiudiamo a mezzogiorno, quindi meglio così.",
        "rom-ok",
        A,
        THU,
    ),
    # ---- another meeting that was moved ----
    row(
        "My team sync moved from Thursday 10 to Thursday 2pm, so Thursday at 10 is now free."
        " Let's do that.",
        "lon-two",
        A,
        THU,
    ),
    row(
        "Our board meeting was moved to Tuesday at 3pm, so Tuesday's out. Thursday at 10 works"
        " though.",
        "lon-two",
        A,
        THU,
    ),
    row(
        "I had a call at 10 on Thursday but it's been pushed to Friday 9am, so Thursday 10am"
        " now works.",
        "lon-two",
        A,
        THU,
    ),
    row(
        "Mein Jour fixe wurde von Donnerstag 10 Uhr auf Mittwoch 9 Uhr verschoben, Donnerstag"
        " um 10 passt also.",
        "ber-two",
        A,
        THU,
    ),
    row(
        "Ma réunion d'équipe a été déplacée à mardi 15h, donc mardi ne va plus. Jeudi 10h, en"
        " revanche, c'est bon.",
        "par-two",
        A,
        THU,
    ),
    row(
        "Me cambiaron la reunión de dirección al martes a las 15, así que el martes no puedo;"
        " el jueves a las 10 sí.",
        "mad-two",
        A,
        THU,
    ),
    row(
        "La riunione con il cliente è stata spostata a giovedì alle 10, quindi giovedì non"
        " riesco. Martedì alle 15 va bene.",
        "rom-two",
        A,
        TUE,
    ),
    row(
        "Mijn teamoverleg is verschoven naar donderdag 14.00 uur, dus donderdag om 10 uur kan"
        " ik gewoon.",
        "ams-two",
        A,
        THU,
    ),
    row(
        "A minha reunião de quinta foi adiada para as 16h, por isso quinta às 10h continua a dar.",
        "lis-two",
        A,
        THU,
    ),
    row(
        "My 1:1 got moved into Thursday at 10, sorry. Could we do Thursday at 11:30 instead?",
        "lon-two",
        P,
        [(3, 22, 11, 30)],
    ),
    row(
        "Passt, Donnerstag 10 Uhr. Mein anderer Termin wurde auf 11 Uhr verschoben, also kein"
        " Problem.",
        "ber-ok",
        A,
        THU,
    ),
    row(
        "All good for Thursday at 10. My 1:1 with Tom moved to Thursday 11, so no clash.",
        "lon-ok",
        A,
        THU,
    ),
    # ---- the same slot restated on the sender's clock ----
    row(
        "Thursday 22 March, 8pm yours is 2:30pm mine, that works great.",
        "dellon-ask",
        P,
        [(3, 22, 20)],
    ),
    row("Friday 23 March at 3:30pm my time, so 9pm yours?", "dellon-ask", P, [(3, 23, 21)]),
    row(
        "Thursday at 10am your time (4:30am for me, ha) works, I'm an early riser.",
        "dellon-two",
        A,
        THU,
    ),
    row("Tuesday 3pm yours is 10:30am mine, perfect.", "dellon-two", A, TUE),
    row(
        "Donnerstag, 22. März um 20 Uhr Ihrer Zeit, also 15:30 Uhr bei mir – das passt.",
        "delber-ask",
        P,
        [(3, 22, 20)],
    ),
    row(
        "Vendredi 23 mars à 16h chez moi, soit 20h30 chez vous ?",
        "delpar-ask",
        P,
        [(3, 23, 20, 30)],
    ),
    row(
        "¿El viernes 23 de marzo a las 9 de la mañana en Nueva York, que son las 14:00 en Madrid?",
        "madnyc-ask",
        P,
        [(3, 23, 14)],
    ),
    row(
        "Giovedì 22 marzo alle 15 ora italiana, cioè le 10 a New York?",
        "nycrom-ask",
        P,
        [(3, 22, 10)],
    ),
    row(
        "Woensdag 21 maart om 15.00 uur bij jou, dat is 9.00 uur hier in Chicago?",
        "amschi-ask",
        P,
        [(3, 21, 15)],
    ),
    row(
        "Quinta-feira, 22 de março, às 14h de Brasília (17h aqui em Lisboa)?",
        "saolis-ask",
        P,
        [(3, 22, 14)],
    ),
    row(
        "Wednesday 21 March, 8pm yours is 3:30 mine, so that works.",
        "delber-ask",
        P,
        [(3, 21, 20)],
    ),
    row(
        "Monday 26 March at 4pm Berlin time, which is 7:30pm for you in India.",
        "delber-ask",
        P,
        [(3, 26, 19, 30)],
    ),
    row(
        "How about Thursday at 9am Chicago time / 3pm Berlin?",
        "berchi-ask",
        P,
        [(3, 22, 15)],
    ),
    row(
        "Tuesday 27 March, 9am Chicago time (4pm for you, since your clocks will have changed"
        " by then)?",
        "berchi-ask",
        P,
        [(3, 27, 16)],
    ),
    # ---- IST ----
    row("Thursday 22 March at 3pm IST works for me.", "dubdel-ask", P, [(3, 22, 9, 30)]),
    row("Thursday 22 March at 3pm IST?", "dubtlv-ask", P, [(3, 22, 13)]),
    row("Friday 23 March, 2pm IST?", "tlvdel-ask", P, [(3, 23, 11, 30)]),
    row("Tuesday 27 March at 10am IST, here in Dublin as well.", "dub-ask", P, [(3, 27, 10)]),
    row("How about 3pm IST on Thursday 22 March?", "nyctlv-ask", P, [(3, 22, 9)]),
    row("Thursday at 4pm IST, evening for you, afternoon for me?", "dellon-ask", P, [(3, 22, 16)]),
    # An Irish sender after Ireland's change writing to a user in India, an Israeli sender after
    # Israel's writing to India, a London sender writing to New York: which IST?
    row("Tuesday 27 March at 10am IST?", "deldub-ask", None),
    row("Sunday 25 March at 11am IST?", "deltlv-ask", None),
    row("Thursday 22 March, 3pm IST.", "nyclon-ask", None),
    # ---- CST ----
    row("Thursday 22 March at 9am CST?", "chisha-ask", P, [(3, 21, 20)]),
    row("Thursday 22 March at 8pm CST, morning for you?", "shachi-ask", P, [(3, 23, 9)]),
    row("Friday 23 March at 2pm CST works for me.", "sha-ask", P, [(3, 23, 14)]),
    row("Thursday at 10 CST is great.", "chi-two", A, THU),
    row("Thursday 22 March at 10am CST?", "lonnyc-ask", None),
    # ---- BST ----
    row("Thursday 22 March at 4pm BST?", "londha-ask", P, [(3, 22, 10)]),
    row("Tuesday 27 March at 10am BST, once we're on summer time?", "dhalon-ask", P, [(3, 27, 15)]),
    row("Tuesday 27 March at 2pm BST?", "nyclon-ask", P, [(3, 27, 9)]),
    row("Tuesday at 3pm BST is fine.", "lon-two", A, TUE),
    row("Thursday 22 March at 10am BST?", "dhalon-ask", None),
    # ---- CET on a summer day ----
    row("Dienstag, 27. März um 15 Uhr CET?", "ber-ask", P, [(3, 27, 15)]),
    row("Tuesday at 3pm CET works.", "ber-two", A, TUE),
    row("Martedì 27 marzo alle 11 CET?", "rom-ask", P, [(3, 27, 11)]),
    row("Thursday 22 March at 3pm CET?", "nycber-ask", P, [(3, 22, 10)]),
    # Written as in doubt (None) before the reader was read; moved to the place's clock once
    # its convention was looked up (EVALUATION, precision hunt 33: a winter name in summer
    # "stays the place's clock, as 'EST' in July is Eastern").
    row("Tuesday 27 March at 3pm CET?", "nycber-ask", P, [(3, 27, 9)]),
    row("Mardi 27 mars à 10h CET ?", "lonpar-ask", P, [(3, 27, 9)]),
    row("Thursday 22 March at 3pm CEST?", "nycber-ask", None),
    # ---- Italian: defers and absences with a yes-word ----
    row(
        "Grazie del messaggio, molto volentieri! In questo periodo però sono sommerso di lavoro:"
        " ti scrivo io dopo Pasqua per fissare un orario.",
        "rom-ask",
        F,
    ),
    row(
        "Va bene, ma ne riparliamo la settimana prossima: adesso non riesco a guardare l'agenda.",
        "rom-two",
        F,
    ),
    row(
        "Certo, con piacere. Ti faccio sapere io quando ho un momento libero.",
        "rom-ask",
        F,
    ),
    row(
        "Ciao Ada, sono in viaggio fino a fine mese; volentieri ci sentiamo quando torno, ti"
        " scrivo io.",
        "rom-ask",
        F,
    ),
    row("Volentieri, ma non questa settimana. Ti ricontatto io.", "rom-two", F),
    row(
        "Sono fuori ufficio fino al 3 aprile compreso, con accesso limitato alla posta."
        " Risponderò al mio rientro.",
        "rom-two",
        AWAY,
    ),
    row(
        "Risposta automatica: sono in ferie e rientrerò in ufficio lunedì 2 aprile. Per urgenze"
        " scrivere a info@example.com.",
        "rom-ask",
        AWAY,
    ),
    row("Giovedì alle 10 va benissimo, a presto!", "rom-two", A, THU),
    # ---- German: defers and absences with a yes-word ----
    row(
        "Sehr gerne! Ich bin allerdings bis Ende März im Urlaub und melde mich danach bei Ihnen.",
        "ber-ask",
        F,
    ),
    row(
        "Klingt gut, aber diese Woche schaffe ich es nicht mehr. Ich melde mich nächste Woche"
        " mit ein paar Terminvorschlägen.",
        "ber-two",
        F,
    ),
    row(
        "Gerne, grundsätzlich ja. Lassen Sie uns aber nach Ostern einen Termin finden, vorher"
        " ist es bei mir zu voll.",
        "ber-ask",
        F,
    ),
    row(
        "Danke, gerade passt es mir gar nicht. Können wir das auf April verschieben? Ich"
        " schreibe Ihnen dann.",
        "ber-two",
        F,
    ),
    row(
        "Ich bin bis einschließlich 30. März nicht im Büro und habe keinen Zugriff auf meine"
        " E-Mails. Ihre Nachricht wird nicht weitergeleitet.",
        "ber-two",
        AWAY,
    ),
    row(
        "Vielen Dank für Ihre Nachricht. Ich bin bis zum 2. April abwesend und ab dem 3. April"
        " wieder erreichbar.",
        "ber-ask",
        AWAY,
    ),
    row(
        "Ich bin bis zum 4. April nicht im Haus. In dringenden Fällen wenden Sie sich bitte an"
        " Katrin Vogel (katrin.vogel@example.com).",
        "ber-ask",
        AWAY,
    ),
    row("Donnerstag um 10 Uhr passt mir gut. Bis dann!", "ber-two", A, THU),
    row(
        "Donnerstag um 10 passt. Sprechen Sie gern vorher auch mit Katrin Vogel aus meinem"
        " Team, sie hat den gleichen Wechsel gemacht.",
        "ber-two",
        A,
        THU,
    ),
    # ---- referrals, in German and Italian ----
    row(
        "Vielen Dank für Ihr Interesse. Für Fragen zum Einstieg ins Produktmanagement sprechen"
        " Sie bitte mit meiner Kollegin Katrin Vogel (katrin.vogel@example.com), sie kennt sich"
        " da viel besser aus.",
        "ber-ask",
        REF,
    ),
    row(
        "Ich bin dafür leider nicht die richtige Ansprechpartnerin. Wenden Sie sich am besten an"
        " Katrin Vogel aus unserem Recruiting-Team: katrin.vogel@example.com.",
        "ber-ask",
        REF,
    ),
    row(
        "Schreiben Sie doch Katrin Vogel an (katrin.vogel@example.com), sie leitet das Team und"
        " freut sich bestimmt über ein Gespräch.",
        "ber-ask",
        REF,
    ),
    row(
        "Non sono la persona giusta per questo, ma il mio collega Marco Rinaldi"
        " (marco.rinaldi@example.com) sarebbe perfetto. Scrivigli pure a nome mio.",
        "rom-ask",
        REF,
    ),
    # ---- the same defers and absences in French, Spanish, Portuguese, Dutch ----
    row(
        "Avec plaisir, mais je suis en déplacement jusqu'à fin mars. Je reviens vers vous début"
        " avril pour fixer un créneau.",
        "par-ask",
        F,
    ),
    row(
        "¡Claro que sí! Ahora mismo estoy de viaje; te escribo a la vuelta, a principios de abril.",
        "mad-ask",
        F,
    ),
    row(
        "Com todo o gosto! Esta semana é impossível, mas falamos na próxima, eu entro em contacto.",
        "lis-ask",
        F,
    ),
    row(
        "Leuk dat je contact opneemt! Ik zit tot eind maart vol, ik laat in april van me horen.",
        "ams-ask",
        F,
    ),
    row(
        "Je suis absente du bureau jusqu'au 3 avril inclus. Pour toute urgence, merci de"
        " contacter Claire Martin.",
        "par-ask",
        AWAY,
    ),
    row(
        "Estaré fuera de la oficina hasta el 2 de abril sin acceso al correo.",
        "mad-two",
        AWAY,
    ),
    row("Ik ben afwezig tot en met 30 maart en lees mijn e-mail niet.", "ams-two", AWAY),
    row(
        "Estou fora do escritório até 2 de abril, com acesso limitado ao e-mail.",
        "lis-two",
        AWAY,
    ),
]

# A certain reading of these is safe only with no window and no link.
NEAR_MISSES: list[HuntRow] = [
    # The clock change alone: no offer.
    row(
        "We switch to summer time on Sunday, so 12:30 your time becomes 5:30pm for me instead"
        " of 4:30.",
        "nyclon-ask",
        None,
        sure=NEAR,
    ),
    row(
        "Heads-up: from next week we're five hours apart, not four.", "nyclon-two", None, sure=NEAR
    ),
    row(
        "Am Sonntag stellen wir auf Sommerzeit um, dann ist Ihr 10 Uhr bei mir 16 Uhr.",
        "nycber-ask",
        None,
        sure=NEAR,
    ),
    row(
        "Dimanche on passe à l'heure d'été : vos 9h deviendront mes 15h.",
        "nycpar-ask",
        None,
        sure=NEAR,
    ),
    row(
        "Daylight saving kicks in here on the 25th, so double-check the time.",
        "nyclon-ok",
        None,
        sure=NEAR,
    ),
    row(
        "From Sunday we're on CEST, so 3pm CET becomes 3pm CEST for us.", "ber-ask", None, sure=NEAR
    ),
    # The short day alone.
    row("Fridays we close at noon.", "ber-ask", None, sure=NEAR),
    row("Freitags ist bei uns um 12 Schluss.", "ber-ask", None, sure=NEAR),
    row("Le vendredi, on ferme à midi.", "par-ask", None, sure=NEAR),
    row("Los viernes cerramos a las 14h.", "mad-ask", None, sure=NEAR),
    row("Il venerdì chiudiamo alle 13.", "rom-ask", None, sure=NEAR),
    row("Op vrijdag zijn we om 12 uur dicht.", "ams-ask", None, sure=NEAR),
    row("Às sextas fechamos ao meio-dia.", "lis-ask", None, sure=NEAR),
    row(
        "Our offices are closed on Friday 23 March for a public holiday.",
        "ber-ask",
        None,
        sure=NEAR,
    ),
    # Another meeting moved, and nothing offered.
    row("My weekly call moved from Tuesday 3pm to Thursday 10am.", "lon-two", None, sure=NEAR),
    row("Our standup moves to 10:30 from next week.", "lon-ask", None, sure=NEAR),
    row("Il mio incontro delle 10 è stato spostato alle 11.", "rom-ask", None, sure=NEAR),
    row("Mein Termin am Donnerstag wurde auf 14 Uhr verschoben.", "ber-ask", None, sure=NEAR),
    row("La réunion de jeudi a été déplacée à 14h.", "par-ask", None, sure=NEAR),
    row("Mi reunión del jueves se ha movido a las 12.", "mad-ask", None, sure=NEAR),
    # The other clock, restated wrong or with no day.
    row("Tuesday 3pm yours is 9:30 mine, perfect.", "dellon-two", None, sure=NEAR),
    row("8pm yours is 3:30 mine.", "delber-ask", None, sure=NEAR),
    row("Your 10am is my 4:30am, so mornings are hard for me.", "dellon-ask", None, sure=NEAR),
    row("Thursday at 10 your time, 10 mine as well?", "dellon-two", None, sure=NEAR),
    # Abbreviations explained, with no offer.
    row("We're on IST, five and a half hours ahead of London.", "dellon-ask", None, sure=NEAR),
    row("Note that CST here means China time, not Chicago.", "chisha-ask", None, sure=NEAR),
    row(
        "BST for me is Bangladesh time, just so we don't mix it up.", "londha-ask", None, sure=NEAR
    ),
    # Maybe, not yet.
    row(
        "Per me va bene in linea di principio, ma devo sentire il mio responsabile. Ti confermo"
        " entro venerdì.",
        "rom-two",
        None,
        sure=NEAR,
    ),
    row(
        "Vielleicht klappt Donnerstag, ich muss aber noch meinen Kalender prüfen.",
        "ber-two",
        None,
        sure=NEAR,
    ),
    row("Forse martedì, ti faccio sapere.", "rom-two", None, sure=NEAR),
    row("Jeudi peut-être, je vous redis ça demain.", "par-two", None, sure=NEAR),
    # Absence fragments and a stand-in with no absence said.
    row("Ich bin ab Montag im Urlaub.", "ber-two", None, sure=NEAR),
    row("In dringenden Fällen wenden Sie sich an Katrin Vogel.", "ber-ask", None, sure=NEAR),
    row("Katrin Vogel ist diese Woche leider auch nicht da.", "ber-ask", None, sure=NEAR),
    row("Sono in ferie la settimana prossima.", "rom-two", None, sure=NEAR),
    # A yes-word in a sentence that is no answer.
    row("Gerne geschehen! Viel Erfolg beim Wechsel.", "ber-ask", None, sure=NEAR),
    row("Volentieri ti giro il contatto di Marco, se vuoi.", "rom-ask", None, sure=NEAR),
]

# Rows found certain but wrong and left (strict xfails).
WRONG_LEFT: dict[str, str] = {
    "Tuesday 3pm yours is 9:30 mine, perfect.": "'9:30 mine' agrees with the user's 3pm on"
    " the Date header's +00:00, but on 27 March the zones on +00:00 part (London +01:00,"
    " Reykjavik +00:00), so which clock 'mine' is on is unknown (convention (g)); the"
    " restatement is checked on the header's offset and the pick is kept",
    "Thursday at 10 your time, 10 mine as well?": "a bare '10' before 'mine' is read as no"
    " clock, so the restatement that disagrees (10:00 in India is 04:30 in London) is not seen",
}


# Clear rows pass read right or doubted, near misses with nothing booked (`loose`).
HUNT = Hunt(_setting, 2029, ROWS + NEAR_MISSES, {}, WRONG_LEFT, loose=True)


test_reply_is_read_right_or_doubted, test_table_is_large_enough = hunt_tests(HUNT)
