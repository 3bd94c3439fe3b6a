"""Precision hunt 35: clear replies with no stock intent cue, in all seven languages.

Declines said plainly ("can't swing it", "not for me", "no sorry", "no puedo", "non posso",
"lukt me niet"), referrals with no stock phrase ("talk to Femi, he built that team", "Marta is
your woman for this"), defers by a date or a season ("week of the 24th is better", "after the
long weekend"), plain questions to the user ("which Ada are you?", "send me your CV first"), a
recruiter's pitch, and an answer written inside the quoted list of the user's offers; phone
notes, short and long ones, with greetings and signatures. Near misses stay in doubt: mixed
signals, hedges, sarcasm, a reply about someone else. Sentences of our own. The reply is written
on Monday 10 April 2028; the user (New York) asked openly, offered Wednesday 12 April at 2pm or
Thursday 13 April at 10am (Eastern), offered Wednesday at 2pm alone, or has Wednesday at 2pm
agreed.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, pinned, read_reply
from workflows.stages import Intent

A, P, R = Intent.ACCEPT, Intent.PROPOSE_TIMES, Intent.RESCHEDULE
N, F, C = Intent.DECLINE, Intent.DEFER, Intent.CANCEL
REF, OTH = Intent.REFERRAL, Intent.OTHER
# The right reading is "in doubt": no certain reading of it would be safe.
D = None
# A hedge or a question back: "other" (the user answers, or waits), or in doubt.
OD = (OTH, None)
# A bare yes to one offer: read with that time or with none, both right.
ONE = [(12, 14)]
# An answer between the quoted offers, read with the offer it is written under or with none.
THU_OR_NONE = [(13, 10)]

_NY = ZoneInfo("America/New_York")
_ON = "\n\nOn Fri, Apr 7, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
_ASK = (
    _ON + "> Hi Kai, would you have 20 minutes for a quick chat in the next week or two? Let"
    " me know what suits you.\n>\n> Ada\n"
)
_TWO = (
    _ON + "> Hi Kai, could we talk for 20 minutes? Would Wednesday, April 12 at 2:00 pm ET or"
    " Thursday, April 13 at 10:00 am ET work?\n>\n> Ada\n"
)
_ONE = (
    _ON + "> Hi Kai, could we talk for 20 minutes? Would Wednesday, April 12 at 2:00 pm ET"
    " work?\n>\n> Ada\n"
)
_AGREED = _ON + "> Perfect, Wednesday April 12 at 2:00 pm ET it is. Talk then!\n"
_DATE_NY = "Mon, 10 Apr 2028 09:00:00 -0400"
_DATE_EU = "Mon, 10 Apr 2028 15:00:00 +0200"
# Setting: the reply's Date header (where the sender writes from) and the quoted thread.
_SETTINGS: dict[str, tuple[str, str]] = {
    "ask": (_DATE_NY, _ASK),
    "two": (_DATE_NY, _TWO),
    "one": (_DATE_NY, _ONE),
    "agreed": (_DATE_NY, _AGREED),
    "ask_eu": (_DATE_EU, _ASK),
    "two_eu": (_DATE_EU, _TWO),
    "one_eu": (_DATE_EU, _ONE),
    # The sender answers inside the quoted offers; the body carries the quote itself.
    "inline": (_DATE_NY, ""),
}
# The user's offers as the sender's mailer quotes them, for answers written between the lines.
_Q_HEAD = "\n\nOn Fri, Apr 7, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n> Hi Kai,\n>\n"
_Q_ASK = "> could we talk for 20 minutes? Any of these work for me:\n>\n"
_Q_WED = "> - Wednesday, April 12 at 2:00 pm ET\n"
_Q_THU = "> - Thursday, April 13 at 10:00 am ET\n"
_Q_END = ">\n> Thanks,\n> Ada\n"

Label = Intent | tuple[Intent, ...] | tuple[Intent, None] | None
Row = tuple[str, str, Label, list[tuple[int, ...]]]
ROWS: list[Row] = [
    # ---- English: declines with no stock phrase ----
    ("Can't swing it, sorry Ada.", "ask", N, []),
    ("no sorry", "ask", N, []),
    ("No, sorry.", "ask", N, []),
    ("not for me, sorry", "ask", N, []),
    ("Not something I can take on right now or for a while, sorry. Good luck!", "ask", N, []),
    ("Thanks, but it's a no from me.", "ask", N, []),
    ("I don't do these anymore. Best of luck with the search though.", "ask", N, []),
    ("Gonna have to say no on this one, sorry!", "ask", N, []),
    ("Honestly not across that space anymore so I'd be no use to you. Sorry!", "ask", N, []),
    ("I won't be able to help, I'm afraid.", "ask", N, []),
    ("Appreciate you thinking of me but I'll decline.", "ask", N, []),
    (
        "Hi Ada,\n\nThanks for the kind note. I've had to stop doing informational chats - there"
        " are just too many of them and I can't give them the time they deserve. I hope you"
        " understand, and good luck.\n\nKai",
        "ask",
        N,
        [],
    ),
    ("nope, can't do it. sorry!", "ask", N, []),
    ("cant swing it sry", "ask", N, []),
    # ---- English: defers ----
    ("Week of the 24th is better for me - ping me then?", "ask", F, []),
    ("After the long weekend works better. Write me then.", "ask", F, []),
    ("Try me again in June.", "ask", F, []),
    ("Can we revisit this in a few weeks? Slammed right now.", "ask", F, []),
    ("Mid-May would be better for me.", "ask", F, []),
    ("Let's aim for after the holidays.", "ask", F, []),
    ("circle back end of month? swamped", "ask", F, []),
    ("Busy until the 21st, then I'm all yours.", "ask", F, []),
    ("Not this week or next. Give me a nudge early May?", "ask", F, []),
    # ---- English: referrals with no stock phrase ----
    (
        "Talk to Femi Adeyemi (femi.adeyemi@example.com) - he built that team from scratch.",
        "ask",
        REF,
        [],
    ),
    ("Marta Lopez is your woman for this: marta.lopez@example.com", "ask", REF, []),
    ("You want Tom Reyes, not me. tom.reyes@example.com", "ask", REF, []),
    (
        "Honestly Hana Sato knows way more about this than I do - hana.sato@example.com.",
        "ask",
        REF,
        [],
    ),
    (
        "Drop a line to Luis Ortega (luis.ortega@example.com), he hires for that team.",
        "ask",
        REF,
        [],
    ),
    ("Reach out to Priya Shah instead: priya.shah@example.com", "ask", REF, []),
    (
        "Hi Ada - wrong Kai I think! The Kai you want is Kai Lindqvist, kai.lindqvist@example.com.",
        "ask",
        REF,
        [],
    ),
    # ---- English: questions to the user ----
    ("Which Ada are you? I have two in my contacts.", "ask", OTH, []),
    ("Did we meet at the Berlin meetup?", "ask", OTH, []),
    ("Can you send me your CV first?", "ask", OTH, []),
    ("Send over your resume first and I'll take a look.", "ask", OTH, []),
    ("What kind of role are you going for?", "ask", OTH, []),
    ("How did you get my email?", "ask", OTH, []),
    ("Remind me how we know each other?", "ask", OTH, []),
    ("Which team are you interviewing with? I might know the hiring manager.", "ask", OTH, []),
    ("Hi Ada, are you still at Northwind? Kai", "ask", OTH, []),
    ("who's this?", "ask", OTH, []),
    # ---- English: a recruiter's pitch ----
    (
        "Hi Ada! Funny timing - we have an opening for a senior analyst on my team. Would you be"
        " open to interviewing for it? I can send the job description.",
        "ask",
        OTH,
        [],
    ),
    (
        "Thanks for reaching out. I'm actually a recruiter at Fabrikam and we're hiring product"
        " designers right now - interested in hearing more about the role?",
        "ask",
        OTH,
        [],
    ),
    # ---- English: accepts, plain and phone ----
    ("I'm in. Wednesday at 2 then.", "two", A, [(12, 14)]),
    ("Count me in for Thursday.", "two", A, [(13, 10)]),
    ("Let's do it!", "one", A, ONE),
    ("k", "one", D, []),
    ("sure thing", "one", A, ONE),
    ("ya wed works", "two", A, [(12, 14)]),
    ("Deal. Talk Wednesday.", "one", A, ONE),
    ("Sure, why not. Send me some times.", "ask", A, []),
    # ---- English: answers inside the quoted offers ----
    (
        "Hi Ada,\n" + _Q_HEAD + _Q_ASK + _Q_WED + "\nThis one works for me.\n\n" + _Q_THU + _Q_END,
        "inline",
        A,
        [(12, 14)],
    ),
    (
        "See below!\n"
        + _Q_HEAD
        + _Q_ASK
        + _Q_WED
        + "\nI'm travelling that day.\n\n"
        + _Q_THU
        + "\nYes, perfect.\n\n"
        + _Q_END,
        "inline",
        A,
        [(13, 10)],
    ),
    (
        "Answers inline\n" + _Q_HEAD + _Q_ASK + _Q_WED + "\nno\n\n" + _Q_THU + "\nyes\n\n" + _Q_END,
        "inline",
        A,
        THU_OR_NONE,
    ),
    # ---- English: moves and cancels with no stock phrase ----
    ("Wednesday got away from me - Thursday at 3 instead?", "agreed", R, [(13, 15)]),
    ("Can't make Wednesday anymore, sorry. Let's call it off for now.", "agreed", C, []),
    # ---- English: near misses that stay in doubt ----
    ("Maybe? Depends how the week goes.", "ask", OD, []),
    ("Yeah right, like I have time for that.", "ask", D, []),
    ("My colleague can't do it, she's on leave until May.", "ask", D, []),
    ("Sam isn't taking calls, but I might be able to.", "ask", D, []),
    ("No. Wait, actually, Wednesday's fine. Or not, let me check.", "two", D, []),
    ("Sure, no.", "ask", D, []),
    ("Yes and no - happy to chat, just not about that.", "ask", D, []),
    ("I can't, but maybe Thursday?", "two", D, []),
    ("Can't swing Wednesday.", "two", D, []),
    ("Not for me, but my husband might be keen - he's in that field.", "ask", D, []),
    ("Hmm, not sure this is something I can help with.", "ask", OD, []),
    ("Depends - what's it about?", "ask", OD, []),
    # ---- French ----
    ("Non merci, ce n'est pas pour moi.", "ask_eu", N, []),
    ("Je ne pourrai pas, désolé.", "ask_eu", N, []),
    ("Désolée, je ne fais plus ce genre d'échanges.", "ask_eu", N, []),
    ("Pas pour moi, bon courage !", "ask_eu", N, []),
    ("Ce sera sans moi, navré.", "ask_eu", N, []),
    (
        "Bonjour Ada,\n\nMerci pour votre message. Malheureusement je n'accepte plus ce type de"
        " rendez-vous, faute de temps. Je vous souhaite une belle réussite.\n\nCordialement,\n"
        "Claire",
        "ask_eu",
        N,
        [],
    ),
    ("Plutôt après les vacances de Pâques, si ça vous va.", "ask_eu", F, []),
    ("Recontactez-moi en mai, c'est la folie en ce moment.", "ask_eu", F, []),
    ("Revenez vers moi fin avril ?", "ask_eu", F, []),
    (
        "Voyez plutôt avec Claire Martin (claire.martin@example.com), c'est elle qui gère ça.",
        "ask_eu",
        REF,
        [],
    ),
    ("Claire Dubois est la bonne personne : claire.dubois@example.com", "ask_eu", REF, []),
    ("On s'est croisés au salon VivaTech ?", "ask_eu", OTH, []),
    ("Vous pouvez m'envoyer votre CV d'abord ?", "ask_eu", OTH, []),
    ("Envoyez-moi d'abord votre CV, je regarde et je reviens vers vous.", "ask_eu", OTH, []),
    ("Avec plaisir ! Jeudi 10h me va.", "two", A, [(13, 10)]),
    ("Ok pour moi, à mercredi !", "one_eu", A, ONE),
    ("Ça marche, à mercredi.", "one_eu", A, ONE),
    ("Peut-être, je vous redis.", "ask_eu", OD, []),
    ("Mercredi, je ne sais pas encore.", "two_eu", D, []),
    ("Non, enfin si, je ne sais pas.", "ask_eu", D, []),
    # ---- Spanish ----
    ("No puedo, lo siento.", "ask_eu", N, []),
    ("no puedo, perdona", "ask_eu", N, []),
    ("Imposible, lo siento mucho.", "ask_eu", N, []),
    ("Paso, gracias igualmente.", "ask_eu", N, []),
    (
        "Hola Ada,\n\nTe agradezco el mensaje, pero ahora mismo no tengo hueco para este tipo de"
        " charlas y no creo que lo tenga en un tiempo. Mucha suerte.\n\nUn saludo,\nLucía",
        "ask_eu",
        N,
        [],
    ),
    ("Uf, ahora imposible. Escríbeme en junio.", "ask_eu", F, []),
    ("Mejor después de Semana Santa.", "ask_eu", F, []),
    ("Vuelve a escribirme a finales de mes.", "ask_eu", F, []),
    (
        "Habla con Lucía Gómez (lucia.gomez@example.com), ella llevó ese equipo.",
        "ask_eu",
        REF,
        [],
    ),
    ("Lucía Gómez es tu persona para esto: lucia.gomez@example.com", "ask_eu", REF, []),
    ("¿Nos conocimos en el congreso de Madrid?", "ask_eu", OTH, []),
    ("Mándame tu CV primero y lo vemos.", "ask_eu", OTH, []),
    ("¿Qué Ada eres? Tengo dos en LinkedIn.", "ask_eu", OTH, []),
    ("¡Claro! El jueves me viene perfecto.", "two", A, [(13, 10)]),
    ("Dale, nos vemos el miércoles.", "one_eu", A, ONE),
    ("Va, perfecto.", "one_eu", A, ONE),
    ("No sé si podré, te confirmo.", "ask_eu", OD, []),
    ("Sí, bueno, no sé.", "ask_eu", D, []),
    # ---- Portuguese ----
    ("Não posso, desculpa.", "ask_eu", N, []),
    ("Infelizmente não vai dar.", "ask_eu", N, []),
    ("Não rola, foi mal.", "ask_eu", N, []),
    (
        "Olá Ada,\n\nObrigado pela mensagem. Neste momento não estou a aceitar conversas deste"
        " género, a agenda está impossível. Boa sorte!\n\nAbraço,\nRafael",
        "ask_eu",
        N,
        [],
    ),
    ("Agora não dá, me procura depois das férias.", "ask_eu", F, []),
    ("Fala comigo em maio.", "ask_eu", F, []),
    (
        "Fala com o Rafael Souza (rafael.souza@example.com), ele cuidava disso.",
        "ask_eu",
        REF,
        [],
    ),
    ("Qual Ada é você? Tenho duas no LinkedIn.", "ask_eu", OTH, []),
    ("Me manda teu currículo antes?", "ask_eu", OTH, []),
    ("Bora! Quinta às 10h fechado.", "two", A, [(13, 10)]),
    ("Fechado, até quarta.", "one_eu", A, ONE),
    ("Combinado!", "one_eu", A, ONE),
    ("Talvez, vejo e te aviso.", "ask_eu", OD, []),
    ("Não sei, talvez.", "ask_eu", D, []),
    # ---- Italian ----
    ("Non posso, mi dispiace.", "ask_eu", N, []),
    ("non posso purtroppo", "ask_eu", N, []),
    ("Purtroppo non riesco, in bocca al lupo!", "ask_eu", N, []),
    (
        "Gentile Ada,\nla ringrazio, ma in questo periodo non faccio chiamate conoscitive. Le"
        " auguro il meglio.\nMatteo",
        "ask_eu",
        N,
        [],
    ),
    ("Sentiamoci dopo Pasqua, ora sono sommersa.", "ask_eu", F, []),
    ("Scrivimi a maggio.", "ask_eu", F, []),
    (
        "Chiedi a Matteo Rossi (matteo.rossi@example.com), ha guidato lui quel team.",
        "ask_eu",
        REF,
        [],
    ),
    ("Ci siamo conosciuti a Milano?", "ask_eu", OTH, []),
    ("Mi mandi prima il tuo CV?", "ask_eu", OTH, []),
    ("Volentieri! Giovedì alle 10 va benissimo.", "two", A, [(13, 10)]),
    ("Perfetto, a mercoledì.", "one_eu", A, ONE),
    ("Forse, ti faccio sapere.", "ask_eu", OD, []),
    ("Sì no, boh.", "ask_eu", D, []),
    # ---- German ----
    ("Nein, danke.", "ask_eu", N, []),
    ("Leider nein.", "ask_eu", N, []),
    ("Kann ich nicht, sorry.", "ask_eu", N, []),
    (
        "Hallo Ada,\n\ndanke für die Nachricht. Solche Gespräche mache ich inzwischen nicht mehr,"
        " dafür fehlt mir schlicht die Zeit. Viel Erfolg!\n\nBeste Grüße\nJonas",
        "ask_eu",
        N,
        [],
    ),
    ("Melde dich nach Ostern nochmal.", "ask_eu", F, []),
    ("Ende des Monats passt besser, schreib mir dann.", "ask_eu", F, []),
    (
        "Frag mal Jonas Weber (jonas.weber@example.com), der hat das Team aufgebaut.",
        "ask_eu",
        REF,
        [],
    ),
    ("Welche Ada bist du? Ich kenne zwei.", "ask_eu", OTH, []),
    ("Schick mir zuerst deinen Lebenslauf.", "ask_eu", OTH, []),
    ("Gerne, Donnerstag 10 Uhr passt.", "two", A, [(13, 10)]),
    ("Geht klar, bis Mittwoch!", "one_eu", A, ONE),
    ("Vielleicht, ich schau mal.", "ask_eu", OD, []),
    ("Ja nee, eher nicht. Oder doch?", "ask_eu", OD, []),
    # ---- Dutch ----
    ("Nee, sorry.", "ask_eu", N, []),
    ("Helaas, gaat niet lukken.", "ask_eu", N, []),
    ("Lukt me niet, sorry!", "ask_eu", N, []),
    (
        "Hoi Ada,\n\nBedankt voor je bericht. Ik doe dit soort kennismakingsgesprekken niet meer,"
        " mijn agenda zit propvol. Veel succes!\n\nGroet,\nSanne",
        "ask_eu",
        N,
        [],
    ),
    ("Na de meivakantie komt beter uit.", "ask_eu", F, []),
    ("Mail me eind april nog eens.", "ask_eu", F, []),
    (
        "Vraag het aan Sanne de Vries (sanne.devries@example.com), zij leidde dat team.",
        "ask_eu",
        REF,
        [],
    ),
    ("Kennen wij elkaar van het congres?", "ask_eu", OTH, []),
    ("Stuur eerst even je cv door?", "ask_eu", OTH, []),
    ("Prima, donderdag 10 uur is goed.", "two", A, [(13, 10)]),
    ("Top, tot woensdag!", "one_eu", A, ONE),
    ("Misschien, ik laat het weten.", "ask_eu", OD, []),
    ("Ja, nee, weet ik niet.", "ask_eu", D, []),
    # ---- Short replies in a known language, with few of its commonest words ----
    (
        "Purtroppo in questo periodo non riesco ad accettare richieste simili. Auguri!",
        "ask_eu",
        N,
        [],
    ),
    ("Lamentablemente estos meses tengo agenda completa. Suerte con todo.", "ask_eu", N, []),
    ("Leider keine Kapazitäten momentan, tut mir leid.", "ask_eu", N, []),
    ("Helaas geen ruimte hiervoor momenteel, succes ermee.", "ask_eu", N, []),
    ("Infelizmente agenda cheia esses meses, desculpe. Sucesso!", "ask_eu", N, []),
    ("Malheureusement agenda complet ces semaines-ci, désolé. Courage !", "ask_eu", N, []),
    ("Unfortunately calendar full these months, apologies. Best wishes!", "ask", N, []),
]


# Rows the reader still gets wrong or leaves in doubt (EVALUATION.md, hunt 35, "what is left").
_LEFT = {
    "Honestly Hana Sato knows way more about this than I do - hana.sato@example.com.": (
        "referral cue not read: 'X knows more than I do'"
    ),
    "Hi Ada - wrong Kai I think! The Kai you want is Kai Lindqvist, kai.lindqvist@example.com.": (
        "referral cue not read: 'the <name> you want is X'"
    ),
    "ya wed works": "lower-case 'wed' is a word too; left in doubt since hunt 34",
}


def _expected(starts: list[tuple[int, ...]]) -> list[datetime]:
    return [datetime(2028, 4, *t) for t in starts]


@pytest.mark.parametrize(("body", "setting", "intent", "starts"), pinned(ROWS, _LEFT))
def test_reply_without_stock_cue_is_read_right_or_doubted(
    body: str,
    setting: str,
    intent: Label,
    starts: list[tuple[int, ...]],
) -> None:
    date, quote = _SETTINGS[setting]
    verdict = read_reply(body, tz=_NY, date=date, quote=quote)
    if intent is None:
        assert not verdict.certain, (verdict.intent, local_starts(verdict, _NY))
        return
    if intent is OD:
        assert not verdict.certain or verdict.intent is OTH, verdict.intent
        return
    assert verdict.certain, (verdict.intent, local_starts(verdict, _NY), doubt_codes(verdict))
    assert verdict.intent in (intent if isinstance(intent, tuple) else (intent,))
    got = local_starts(verdict, _NY)
    assert got == _expected(starts) or ((starts is ONE or starts is THU_OR_NONE) and got == [])
