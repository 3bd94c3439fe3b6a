"""Precision hunt 37: declines, defers and absences in the six other languages.

French, Spanish, Portuguese, Italian, German and Dutch replies as professionals write them:
polite declines of every register (a corporate "nous ne pourrons pas donner suite", a friendly
"je vais devoir décliner", a curt "nein danke"), defers ("revenez vers moi en janvier", "ahora
mismo no, quizás en primavera"), absence notices (auto-replies and personal notes, with and
without a return date, with a stand-in colleague for urgent matters, who is no referral),
referrals ("je vous mets en copie de ...", "te paso el contacto de ..."), accepts, and near
misses: a decline of one time with a counter-offer, a defer that names a date, a "non" inside a
quote. Each reply is read right and certain, or left in doubt. Sentences of our own. The reply
is written on Monday 10 April 2028; the user (Paris) asked openly, offered Wednesday 12 April at
14:00 or Thursday 13 April at 10:00 (Paris), offered Wednesday at 14:00 alone, or has Wednesday
at 14:00 agreed.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

A, P, R = Intent.ACCEPT, Intent.PROPOSE_TIMES, Intent.RESCHEDULE
N, F, C = Intent.DECLINE, Intent.DEFER, Intent.CANCEL
AWAY, REF, OTH = Intent.OUT_OF_OFFICE, Intent.REFERRAL, Intent.OTHER
# The right reading is "in doubt": no certain reading of it would be safe.
D = None
# "Can't at the moment" with no word of later: a decline or a defer, both right (EVALUATION.md,
# round 31); neither books.
NF = (N, F)
# A bare yes to one offer: read with that time or with none, both right.
ONE = [(12, 14)]

_PARIS = ZoneInfo("Europe/Paris")
_ON = "\n\nOn Fri, Apr 7, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
_ASK = (
    _ON + "> Hi Kai, would you have 20 minutes for a quick chat in the next week or two? Let"
    " me know what suits you.\n>\n> Ada\n"
)
_TWO = (
    _ON + "> Hi Kai, could we talk for 20 minutes? Would Wednesday, April 12 at 14:00 or"
    " Thursday, April 13 at 10:00 (Paris time) work?\n>\n> Ada\n"
)
_ONE = (
    _ON + "> Hi Kai, could we talk for 20 minutes? Would Wednesday, April 12 at 14:00 (Paris"
    " time) work?\n>\n> Ada\n"
)
_AGREED = _ON + "> Perfect, Wednesday April 12 at 14:00 (Paris time) it is. Talk then!\n"
_QUOTES = {"ask": _ASK, "two": _TWO, "one": _ONE, "agreed": _AGREED}
_DATE = "Mon, 10 Apr 2028 09:00:00 +0200"

# (body, setting, intent, starts or the return date (month, day) of an absence; "until the
# 21st" returns on the 22nd, as the reader has always read it)
Row = tuple[
    str, str, Intent | tuple[Intent, ...] | None, list[tuple[int, ...]] | tuple[int, int] | None
]
ROWS: list[Row] = [
    # ---- French ----
    (
        "Bonjour Ada,\n\nJeudi 10h me convient parfaitement. À jeudi !\n\nClaire",
        "two",
        A,
        [(13, 10)],
    ),
    ("Avec plaisir ! Mercredi 14h, c'est noté.", "two", A, [(12, 14)]),
    ("Ça marche pour moi, à mercredi.", "one", A, ONE),
    ("Bonjour, volontiers pour un échange. Dites-moi ce qui vous arrange.", "ask", A, []),
    ("Bonjour Ada, je pourrais jeudi à 16h, est-ce que cela vous irait ?", "ask", P, [(13, 16)]),
    (
        "Bonjour,\n\nNous vous remercions de l'intérêt que vous portez à notre société."
        " Malheureusement, nous ne pourrons pas donner suite à votre demande.\n\nCordialement,\n"
        "Le service RH",
        "ask",
        N,
        [],
    ),
    (
        "Bonjour Ada,\n\nMerci pour votre message. Je reçois beaucoup de demandes de ce type et je"
        " ne vais malheureusement pas pouvoir y donner suite, mon agenda ne me le permet pas en ce"
        " moment. Bonne continuation !\n\nClaire",
        "ask",
        N,
        [],
    ),
    (
        "Merci beaucoup d'avoir pensé à moi, mais je vais devoir décliner : je ne fais plus ce"
        " genre d'échanges. Bonne chance dans vos recherches !",
        "ask",
        N,
        [],
    ),
    ("Non merci.", "ask", N, []),
    ("Je ne donnerai pas suite, bonne journée.", "ask", N, []),
    (
        "Bonjour,\n\nJe suis sous l'eau en ce moment, revenez vers moi en janvier ?\n\nBien à vous,"
        "\nThomas",
        "ask",
        F,
        [],
    ),
    ("Période très chargée, recontactez-moi dans deux ou trois semaines.", "ask", F, []),
    ("Pas maintenant, mais volontiers après l'été.", "ask", F, []),
    (
        "Bonjour,\n\nJe suis absente du 10 avril au 21 avril inclus, sans accès à mes e-mails. Je"
        " traiterai votre message à mon retour.\n\nPour toute urgence, vous pouvez contacter Marc"
        " Petit (marc.petit@example.com).\n\nSophie Marin",
        "ask",
        AWAY,
        (4, 22),
    ),
    (
        "Bonjour,\n\nJe suis actuellement en congé et serai de retour le lundi 24 avril. En cas"
        " d'urgence, merci de contacter ma collègue Julie Roux : julie.roux@example.com.\n\n"
        "Cordialement,\nPaul Girard",
        "ask",
        AWAY,
        (4, 24),
    ),
    (
        "Bonjour, je suis en congé maternité et ne consulte pas mes e-mails. Votre message ne"
        " sera pas transféré.",
        "ask",
        AWAY,
        None,
    ),
    (
        "Bonjour Ada, je suis en vacances jusqu'au 24 avril, on en reparle à mon retour ?",
        "ask",
        F,
        [],
    ),
    (
        "Bonjour Ada,\n\nCe n'est pas vraiment mon domaine, je vous mets en copie de Nadia Benali"
        " (nadia.benali@example.com) qui pourra mieux vous aider.\n\nBien cordialement,\nLuc",
        "ask",
        REF,
        [],
    ),
    (
        "Je pense que Hugo Lefèvre serait la bonne personne : hugo.lefevre@example.com. Dites-lui"
        " que vous venez de ma part.",
        "ask",
        REF,
        [],
    ),
    (
        "Un empêchement de dernière minute : pourrions-nous décaler à jeudi 11h ?",
        "agreed",
        R,
        [(13, 11)],
    ),
    ("Je suis désolée, je dois annuler notre échange de mercredi.", "agreed", C, []),
    # near misses
    ("Mercredi ce ne sera pas possible, mais jeudi 16h me conviendrait.", "two", P, [(13, 16)]),
    ("Revenez vers moi le 2 mai, j'y verrai plus clair.", "ask", F, []),
    ("Je ne sais pas encore, je reviens vers vous.", "two", OTH, []),
    (
        "Vous m'écrivez « non merci si vous êtes trop occupée » : pas du tout, avec plaisir !",
        "ask",
        A,
        [],
    ),
    # ---- Spanish ----
    ("¡Hola Ada! El jueves a las 10 me viene perfecto.", "two", A, [(13, 10)]),
    ("Perfecto, miércoles a las 14 entonces.", "two", A, [(12, 14)]),
    ("Me parece bien, hablamos el miércoles.", "one", A, ONE),
    ("¡Claro! Encantado de charlar. Dime qué día te viene bien.", "ask", A, []),
    ("¿Te vendría bien el jueves a las 16:00?", "ask", P, [(13, 16)]),
    (
        "Estimada Ada:\n\nLe agradecemos su interés. Lamentablemente, en este momento no podemos"
        " atender su solicitud.\n\nUn cordial saludo,\nDepartamento de Personas",
        "ask",
        N,
        [],
    ),
    (
        "Hola Ada, gracias por escribirme, pero no voy a poder ayudarte con esto. ¡Mucha suerte!",
        "ask",
        N,
        [],
    ),
    ("No, gracias.", "ask", N, []),
    ("Prefiero no participar en este tipo de charlas, lo siento.", "ask", N, []),
    ("Ahora mismo no, quizás en primavera.", "ask", F, []),
    ("Estoy a tope estas semanas, escríbeme de nuevo en mayo y lo vemos.", "ask", F, []),
    (
        "Hola Ada, ahora mismo imposible, pero vuelve a contactarme después del verano.",
        "ask",
        F,
        [],
    ),
    (
        "Gracias por su mensaje. Me encuentro fuera de la oficina hasta el 24 de abril, sin"
        " acceso al correo. Para asuntos urgentes, contacte con Laura Gómez"
        " (laura.gomez@example.com).",
        "ask",
        AWAY,
        (4, 25),
    ),
    (
        "Estoy de vacaciones y volveré a la oficina el lunes 24 de abril. Responderé a su correo a"
        " mi regreso.",
        "ask",
        AWAY,
        (4, 24),
    ),
    ("Me encuentro de baja y no tengo acceso al correo.", "ask", AWAY, None),
    (
        "Hola Ada, no soy la persona indicada, pero te paso el contacto de Javier Ruiz:"
        " javier.ruiz@example.com. Él lleva estos temas.",
        "ask",
        REF,
        [],
    ),
    (
        "Te pongo en copia a Marta Sánchez (marta.sanchez@example.com), que te podrá ayudar mejor.",
        "ask",
        REF,
        [],
    ),
    ("Me ha surgido un imprevisto, ¿lo pasamos al jueves a las 11?", "agreed", R, [(13, 11)]),
    ("Lo siento mucho, tengo que cancelar lo del miércoles.", "agreed", C, []),
    # near misses
    ("El miércoles no puedo, pero el jueves a las 16 sí.", "two", P, [(13, 16)]),
    ("Escríbeme el 2 de mayo y lo cuadramos.", "ask", F, []),
    ("No sé todavía, te digo algo.", "two", OTH, []),
    ("No, no me molesta en absoluto, ¡hablamos cuando quieras!", "ask", A, []),
    # ---- Portuguese ----
    ("Olá Ada, quinta às 10h está ótimo para mim.", "two", A, [(13, 10)]),
    ("Combinado, quarta às 14h.", "two", A, [(12, 14)]),
    ("Pode ser, até quarta!", "one", A, ONE),
    ("Claro, com todo o gosto. Diga-me o que lhe dá jeito.", "ask", A, []),
    ("Que tal quinta-feira às 16h?", "ask", P, [(13, 16)]),
    (
        "Prezada Ada,\n\nAgradecemos o seu contacto. Infelizmente, não poderemos dar seguimento ao"
        " seu pedido.\n\nAtenciosamente,\nEquipa de Recrutamento",
        "ask",
        N,
        [],
    ),
    ("Oi Ada, obrigado pela mensagem, mas não vou conseguir ajudar. Boa sorte!", "ask", N, []),
    ("Não, obrigado.", "ask", N, []),
    ("Agora não dá, quem sabe no segundo semestre.", "ask", F, []),
    ("Estou muito atarefado este mês, volte a falar comigo em maio.", "ask", F, []),
    (
        "Olá, estou fora do escritório até 21 de abril, com acesso limitado ao e-mail. Para"
        " assuntos urgentes, contacte a Ana Costa (ana.costa@example.com).",
        "ask",
        AWAY,
        (4, 22),
    ),
    (
        "Estou de férias e regresso no dia 24 de abril. Responderei ao seu e-mail quando voltar.",
        "ask",
        AWAY,
        (4, 24),
    ),
    ("Estou de licença e sem acesso ao e-mail.", "ask", AWAY, None),
    (
        "Olá Ada, não sou a pessoa certa, mas vou te passar o contato do Pedro Alves:"
        " pedro.alves@example.com.",
        "ask",
        REF,
        [],
    ),
    ("Coloco em cópia a Rita Moura (rita.moura@example.com), que cuida disso.", "ask", REF, []),
    ("Surgiu um imprevisto, podemos passar para quinta às 11h?", "agreed", R, [(13, 11)]),
    ("Desculpe, vou ter de cancelar a nossa conversa de quarta.", "agreed", C, []),
    # near misses
    ("Quarta não consigo, mas quinta às 16h dá.", "two", P, [(13, 16)]),
    ("Fale comigo no dia 2 de maio.", "ask", F, []),
    ("Ainda não sei, depois te digo.", "two", OTH, []),
    ("Não, não incomoda nada! Vamos falar sim.", "ask", A, []),
    ("Bom dia, infelizmente não posso ajudar neste momento.", "ask", NF, []),
    ("Obrigada pelo contacto. Não tenho disponibilidade.", "ask", N, []),
    ("Com prazer! Quarta às 14h é perfeito.", "two", A, [(12, 14)]),
    # ---- Italian ----
    ("Buongiorno Ada, giovedì alle 10 va benissimo.", "two", A, [(13, 10)]),
    ("Perfetto, mercoledì alle 14 allora.", "two", A, [(12, 14)]),
    ("Va bene, a mercoledì!", "one", A, ONE),
    ("Volentieri! Mi dica lei quando le è comodo.", "ask", A, []),
    ("Potrebbe andarle bene giovedì alle 16?", "ask", P, [(13, 16)]),
    (
        "Gentile Ada,\n\nla ringraziamo per l'interesse. Purtroppo non potremo dare seguito alla"
        " sua richiesta.\n\nCordiali saluti,\nUfficio Risorse Umane",
        "ask",
        N,
        [],
    ),
    ("Ciao Ada, grazie del pensiero ma devo declinare. In bocca al lupo!", "ask", N, []),
    ("No grazie.", "ask", N, []),
    ("Mi spiace, non faccio questo tipo di incontri.", "ask", N, []),
    ("Adesso non riesco, ricontattami a settembre.", "ask", F, []),
    ("Sono pieno fino a fine mese, risentiamoci a maggio.", "ask", F, []),
    (
        "Sono fuori ufficio fino al 21 aprile con accesso limitato alla posta. Per urgenze,"
        " contattare Giulia Bianchi (giulia.bianchi@example.com).",
        "ask",
        AWAY,
        (4, 22),
    ),
    (
        "Sono in ferie, rientro in ufficio lunedì 24 aprile. Risponderò al mio rientro.",
        "ask",
        AWAY,
        (4, 24),
    ),
    ("Sono in maternità e non leggo la posta.", "ask", AWAY, None),
    (
        "Ciao Ada, non sono la persona giusta: ti giro il contatto di Marco Rossi,"
        " marco.rossi@example.com.",
        "ask",
        REF,
        [],
    ),
    ("Metto in copia Elena Conti (elena.conti@example.com), che se ne occupa.", "ask", REF, []),
    ("Ho avuto un imprevisto, possiamo spostare a giovedì alle 11?", "agreed", R, [(13, 11)]),
    ("Mi dispiace, devo annullare la chiamata di mercoledì.", "agreed", C, []),
    # near misses
    ("Mercoledì non posso, giovedì alle 16 invece sì.", "two", P, [(13, 16)]),
    ("Scrivimi il 2 maggio e vediamo.", "ask", F, []),
    ("Non so ancora, ti faccio sapere.", "two", OTH, []),
    ("No, nessun disturbo! Sentiamoci volentieri.", "ask", A, []),
    ("Purtroppo in questo periodo non riesco.", "ask", NF, []),
    ("Con piacere, mercoledì alle 14 è perfetto.", "two", A, [(12, 14)]),
    ("Non potremo dare seguito, grazie.", "ask", N, []),
    # ---- German ----
    ("Hallo Ada, Donnerstag um 10 Uhr passt mir gut.", "two", A, [(13, 10)]),
    ("Gerne, Mittwoch 14 Uhr ist notiert.", "two", A, [(12, 14)]),
    ("Passt, bis Mittwoch!", "one", A, ONE),
    ("Sehr gerne! Sagen Sie mir einfach, wann es Ihnen passt.", "ask", A, []),
    ("Würde Ihnen Donnerstag um 16 Uhr passen?", "ask", P, [(13, 16)]),
    (
        "Sehr geehrte Frau Obi,\n\nvielen Dank für Ihr Interesse. Leider können wir Ihrer Anfrage"
        " nicht nachkommen.\n\nMit freundlichen Grüßen\nPersonalabteilung",
        "ask",
        N,
        [],
    ),
    (
        "Hallo Ada, danke für die Nachricht, aber ich muss leider absagen. Viel Erfolg bei der"
        " Suche!",
        "ask",
        N,
        [],
    ),
    ("Nein danke.", "ask", N, []),
    ("Kein Interesse, danke.", "ask", N, []),
    ("Gerade ist es sehr stressig, melden Sie sich gern im Januar noch mal.", "ask", F, []),
    ("Im Moment leider nicht, vielleicht im Frühjahr.", "ask", F, []),
    (
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 21. April nicht im Büro und"
        " habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an"
        " Jonas Weber (jonas.weber@example.com).",
        "ask",
        AWAY,
        (4, 22),
    ),
    ("Ich bin im Urlaub und ab Montag, 24. April, wieder im Büro.", "ask", AWAY, (4, 24)),
    ("Ich bin derzeit in Elternzeit. Ihre E-Mail wird nicht weitergeleitet.", "ask", AWAY, None),
    (
        "Hallo Ada, da bin ich nicht die Richtige. Ich setze meine Kollegin Anna Schmidt"
        " (anna.schmidt@example.com) in CC, sie kann Ihnen besser helfen.",
        "ask",
        REF,
        [],
    ),
    ("Wenden Sie sich am besten an Lukas Braun: lukas.braun@example.com.", "ask", REF, []),
    (
        "Mir ist etwas dazwischengekommen, können wir auf Donnerstag 11 Uhr verschieben?",
        "agreed",
        R,
        [(13, 11)],
    ),
    ("Tut mir leid, ich muss unseren Termin am Mittwoch absagen.", "agreed", C, []),
    # near misses
    ("Mittwoch geht leider nicht, aber Donnerstag um 16 Uhr ginge.", "two", P, [(13, 16)]),
    ("Melden Sie sich am 2. Mai wieder.", "ask", F, []),
    ("Weiß ich noch nicht, ich melde mich.", "two", OTH, []),
    ("Nein, Sie stören überhaupt nicht! Gerne.", "ask", A, []),
    ("Leider passt es gerade nicht.", "ask", NF, []),
    ("Mit Vergnügen, Mittwoch 14 Uhr passt perfekt.", "two", A, [(12, 14)]),
    # ---- Dutch ----
    ("Hoi Ada, donderdag om 10 uur komt mij goed uit.", "two", A, [(13, 10)]),
    ("Prima, woensdag om 14 uur dan.", "two", A, [(12, 14)]),
    ("Is goed, tot woensdag!", "one", A, ONE),
    ("Graag! Laat maar weten wanneer het jou uitkomt.", "ask", A, []),
    ("Zou donderdag om 16 uur voor jou werken?", "ask", P, [(13, 16)]),
    (
        "Beste Ada,\n\nHartelijk dank voor je interesse. Helaas kunnen wij niet ingaan op je"
        " verzoek.\n\nMet vriendelijke groet,\nAfdeling HR",
        "ask",
        N,
        [],
    ),
    ("Hoi Ada, leuk dat je aan me denkt, maar ik ga het niet doen. Succes!", "ask", N, []),
    ("Nee, dank je.", "ask", N, []),
    ("Ik doe niet aan dit soort gesprekken, sorry.", "ask", N, []),
    ("Nu even niet, misschien na de zomer.", "ask", F, []),
    ("Het is erg druk op dit moment, mail me in mei nog eens.", "ask", F, []),
    (
        "Bedankt voor je bericht. Ik ben tot en met 21 april afwezig en lees geen e-mail. Voor"
        " dringende zaken kun je contact opnemen met Sanne de Vries (sanne.devries@example.com).",
        "ask",
        AWAY,
        (4, 22),
    ),
    ("Ik ben met vakantie en vanaf maandag 24 april weer op kantoor.", "ask", AWAY, (4, 24)),
    ("Ik ben met zwangerschapsverlof en lees mijn e-mail niet.", "ask", AWAY, None),
    (
        "Hoi Ada, daar ben ik niet de juiste persoon voor. Ik zet Tom Jansen"
        " (tom.jansen@example.com) in de cc, hij kan je beter helpen.",
        "ask",
        REF,
        [],
    ),
    ("Je kunt het beste contact opnemen met Eva Bakker: eva.bakker@example.com.", "ask", REF, []),
    (
        "Er is iets tussengekomen, kunnen we naar donderdag 11 uur verschuiven?",
        "agreed",
        R,
        [(13, 11)],
    ),
    ("Sorry, ik moet ons gesprek van woensdag afzeggen.", "agreed", C, []),
    # near misses
    ("Woensdag lukt niet, maar donderdag om 16 uur wel.", "two", P, [(13, 16)]),
    ("Mail me op 2 mei nog eens.", "ask", F, []),
    ("Weet ik nog niet, ik laat het je weten.", "two", OTH, []),
    ("Nee hoor, je stoort helemaal niet! Graag.", "ask", A, []),
    ("Helaas lukt het op dit moment niet.", "ask", NF, []),
    ("Met plezier, woensdag om 14 uur is perfect.", "two", A, [(12, 14)]),
    # ---- more across the six ----
    ("Bonjour, je suis navré mais je ne suis pas disponible pour ce type d'échange.", "ask", N, []),
    ("Je suis en déplacement toute la semaine, relancez-moi la semaine prochaine.", "ask", F, []),
    (
        "Bonjour, je suis en congé jusqu'au 24 avril. Je reviendrai vers vous à mon retour.",
        "ask",
        F,
        [],
    ),
    ("Desde luego, el miércoles a las 14 me va genial.", "two", A, [(12, 14)]),
    ("Lo siento, pero no estoy disponible para este tipo de reuniones.", "ask", N, []),
    ("Neste momento não consigo, mas fale comigo depois da Páscoa.", "ask", F, []),
    ("Grazie per il messaggio, ma non sono disponibile. Buona fortuna!", "ask", N, []),
    ("Leider habe ich dafür keine Kapazitäten. Alles Gute!", "ask", N, []),
    ("Ich bin bis 24. April im Urlaub, melden Sie sich danach gern noch mal.", "ask", F, []),
    ("Dank voor je bericht, maar ik heb hier helaas geen tijd voor.", "ask", N, []),
    # ---- near misses of this hunt's rules, written with them ----
    (
        "Je ne vais pas pouvoir y donner suite pour l'instant, revenez vers moi en janvier.",
        "ask",
        F,
        [],
    ),
    ("Nous ne pourrons malheureusement pas donner suite à votre candidature.", "ask", N, []),
    ("Je vous remercie, je ne manquerai pas de donner suite.", "ask", D, []),
    ("Estoy de vacaciones hasta el 24 de abril. Hablamos a mi regreso.", "ask", F, []),
    ("Sono in ferie fino al 21 aprile, ne parliamo al rientro.", "ask", F, []),
    ("Estou de férias até 21 de abril. Falamos quando eu voltar?", "ask", F, []),
    (
        "Je suis absent du 17 au 21 avril. Je répondrai à votre message dès mon retour.",
        "ask",
        AWAY,
        (4, 22),
    ),
    ("Ich bin derzeit im Urlaub und ab dem 24. April wieder erreichbar.", "ask", AWAY, (4, 24)),
    ("Ich bin derzeit sehr eingespannt, melden Sie sich gern im Mai noch mal.", "ask", F, []),
    ("Derzeit leider nicht.", "ask", NF, []),
    ("Pas maintenant, peut-être à la rentrée.", "ask", F, []),
    ("Happy to chat! Maybe this summer we could grab coffee in person too.", "ask", A, []),
]


# Clear replies the reader still leaves in doubt (EVALUATION.md, hunt 37, "what is left"),
# pinned so that a fix shows here: a no with no stock cue ("não tenho disponibilidade"; hunt 44
# reads "no voy a poder ayudarte", "não vou conseguir ajudar", "ik ga het niet doen"),
# referrals by "ti giro il contatto", "coloco em cópia" (round 73 reads "wenden Sie sich an")
# (`referral_unread`, `no_intent_cue`) (round 46 reads the defer to a day of the month,
# "Melden Sie sich am 2. Mai wieder"), moves with a bare hour after the day
# (`time_without_day`), a stand-in in Italian (`away_or_referral`).
LEFT_IN_DOUBT = frozenset(
    {
        "Je pense que Hugo Lefèvre serait la bonne personne : hugo.lefevre@example.com. Dites-lui"
        " que vous venez de ma part.",
        "No sé todavía, te digo algo.",
        "No, no me molesta en absoluto, ¡hablamos cuando quieras!",
        "Pode ser, até quarta!",
        "Agora não dá, quem sabe no segundo semestre.",
        "Olá Ada, não sou a pessoa certa, mas vou te passar o contato do Pedro Alves:"
        " pedro.alves@example.com.",
        "Coloco em cópia a Rita Moura (rita.moura@example.com), que cuida disso.",
        "Surgiu um imprevisto, podemos passar para quinta às 11h?",
        "Fale comigo no dia 2 de maio.",
        "Obrigada pelo contacto. Não tenho disponibilidade.",
        "Sono fuori ufficio fino al 21 aprile con accesso limitato alla posta. Per urgenze,"
        " contattare Giulia Bianchi (giulia.bianchi@example.com).",
        "Ciao Ada, non sono la persona giusta: ti giro il contatto di Marco Rossi,"
        " marco.rossi@example.com.",
        "Metto in copia Elena Conti (elena.conti@example.com), che se ne occupa.",
        "Ho avuto un imprevisto, possiamo spostare a giovedì alle 11?",
        "Mir ist etwas dazwischengekommen, können wir auf Donnerstag 11 Uhr verschieben?",
        "Zou donderdag om 16 uur voor jou werken?",
        "Ik doe niet aan dit soort gesprekken, sorry.",
        "Er is iets tussengekomen, kunnen we naar donderdag 11 uur verschuiven?",
        "Grazie per il messaggio, ma non sono disponibile. Buona fortuna!",
    }
)


def _expected(starts: list[tuple[int, ...]]) -> list[datetime]:
    return [datetime(2028, 4, *t) for t in starts]


@pytest.mark.parametrize(("body", "setting", "intent", "expect"), ROWS)
def test_reply_in_six_languages_is_read_right_or_doubted(
    body: str,
    setting: str,
    intent: Intent | tuple[Intent, ...] | None,
    expect: list[tuple[int, ...]] | tuple[int, int] | None,
) -> None:
    verdict = read_reply(body, tz=_PARIS, date=_DATE, quote=_QUOTES[setting])
    if intent is None or body in LEFT_IN_DOUBT:
        assert not verdict.certain, (verdict.intent, local_starts(verdict, _PARIS))
        return
    assert verdict.certain, (verdict.intent, local_starts(verdict, _PARIS), doubt_codes(verdict))
    assert verdict.intent in (intent if isinstance(intent, tuple) else (intent,))
    if intent is AWAY:
        # A stand-in for urgent matters is no referral.
        assert verdict.referrals == ()
        assert verdict.return_date == (date(2028, *expect) if expect else None)
        return
    if intent is REF:
        assert verdict.referrals
        return
    got = local_starts(verdict, _PARIS)
    assert isinstance(expect, list)
    assert got == _expected(expect) or (expect is ONE and got == [])
