"""Precision hunt 29: replies that ask before agreeing, and replies that agree and then ask.

A hedged yes ("sure, possibly", "maybe", "could be open to it", "happy to, but first",
"depends what you're after", "in principle yes") followed by questions to the user takes no
time: it is `other` (blind37 x01 was read as a certain accept). A yes that takes one of the
user's offered times and then asks about logistics ("Thursday 3pm works! Zoom or phone?") is
still an accept of that time. "Does Thursday still work for you?" asks about an agreed meeting
(other) but, under an offer only, takes that day (an accept, or doubted).

Sentences of our own in the seven languages, each with its right reading; every reply is read
either right with certainty or left uncertain with the doubt code listed in ``_DOUBTED``.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

# Every outreach offers Thursday 16 March 2028 at 15:00 and Friday 17 March at 10:00, in the
# user's zone; every reply is written on Wednesday the 15th in the morning.
THU, FRI = datetime(2028, 3, 16, 15), datetime(2028, 3, 17, 10)

_ZONES = {
    "en": ("America/New_York", "Wed, 15 Mar 2028 10:00:00 -0400"),
    "fr": ("Europe/Paris", "Wed, 15 Mar 2028 10:00:00 +0100"),
    "es": ("Europe/Madrid", "Wed, 15 Mar 2028 10:00:00 +0100"),
    "de": ("Europe/Berlin", "Wed, 15 Mar 2028 10:00:00 +0100"),
    "it": ("Europe/Rome", "Wed, 15 Mar 2028 10:00:00 +0100"),
    "pt": ("Europe/Lisbon", "Wed, 15 Mar 2028 10:00:00 +0000"),
    "nl": ("Europe/Amsterdam", "Wed, 15 Mar 2028 10:00:00 +0100"),
}

_QUOTES = {
    "en": (
        "\n\nOn Tue, Mar 14, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
        "> Hi Kai, I'm moving into learning design and would love 30 minutes of your time.\n"
        "> Would Thursday, March 16 at 3:00 pm ET or Friday, March 17 at 10:00 am ET work?\n"
        ">\n> Thanks,\n> Ada\n"
    ),
    "fr": (
        "\n\nLe mar. 14 mars 2028 à 09:00, Ada Obi <ada@example.com> a écrit :\n"
        "> Bonjour Kai, auriez-vous 30 minutes pour un échange ?\n"
        "> Jeudi 16 mars à 15h ou vendredi 17 mars à 10h vous conviendrait-il ?\n"
        ">\n> Bien à vous,\n> Ada\n"
    ),
    "es": (
        "\n\nEl mar, 14 mar 2028 a las 9:00, Ada Obi (<ada@example.com>) escribió:\n"
        "> Hola Kai, ¿tendrías 30 minutos para una charla?\n"
        "> ¿Te vendría bien el jueves 16 de marzo a las 15:00 o el viernes 17 de marzo a las"
        " 10:00?\n>\n> Un saludo,\n> Ada\n"
    ),
    "de": (
        "\n\nAm Di., 14. März 2028 um 09:00 Uhr schrieb Ada Obi <ada@example.com>:\n"
        "> Hallo Kai, hätten Sie 30 Minuten für ein kurzes Gespräch?\n"
        "> Passt Ihnen Donnerstag, 16. März um 15 Uhr oder Freitag, 17. März um 10 Uhr?\n"
        ">\n> Viele Grüße\n> Ada\n"
    ),
    "it": (
        "\n\nIl giorno mar 14 mar 2028 alle ore 09:00 Ada Obi <ada@example.com> ha scritto:\n"
        "> Ciao Kai, avresti 30 minuti per una chiacchierata?\n"
        "> Ti andrebbe bene giovedì 16 marzo alle 15 o venerdì 17 marzo alle 10?\n"
        ">\n> Grazie,\n> Ada\n"
    ),
    "pt": (
        "\n\nA ter., 14/03/2028 às 09:00, Ada Obi <ada@example.com> escreveu:\n"
        "> Olá Kai, terias 30 minutos para uma conversa?\n"
        "> Dava-te jeito quinta-feira, 16 de março, às 15h ou sexta-feira, 17 de março, às"
        " 10h?\n>\n> Obrigada,\n> Ada\n"
    ),
    "nl": (
        "\n\nOp di 14 mrt 2028 om 09:00 schreef Ada Obi <ada@example.com>:\n"
        "> Hoi Kai, zou je 30 minuten hebben voor een kort gesprek?\n"
        "> Past donderdag 16 maart om 15.00 uur of vrijdag 17 maart om 10.00 uur?\n"
        ">\n> Groet,\n> Ada\n"
    ),
    # English, one time offered.
    "en1": (
        "\n\nOn Tue, Mar 14, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
        "> Hi Kai, would Thursday, March 16 at 3:00 pm ET work for a 30-minute chat?\n"
        ">\n> Ada\n"
    ),
    # English, Thursday at 3 already agreed.
    "en_agreed": (
        "\n\nOn Tue, Mar 14, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
        "> Perfect, Thursday March 16 at 3:00 pm ET it is. Talk then!\n>\n> Ada\n"
    ),
}

_OTHER = (Intent.OTHER, None)
# None as the intent: the reply is honestly ambiguous, and only doubt is right.
_AMBIGUOUS = (None, None)


def _yes(start: datetime) -> tuple[Intent, datetime]:
    return (Intent.ACCEPT, start)


# (id, quote, body, (intent, picked start or None))
_REPLIES: list[tuple[str, str, str, tuple[Intent | None, datetime | None]]] = [
    # --- English: a hedge, then questions; no time taken.
    (
        "en-h01",
        "en",
        "Sure, possibly - what specifically are you hoping to learn? And are you looking at"
        " corporate L&D or ed-tech?",
        _OTHER,
    ),
    ("en-h02", "en", "Maybe! What did you want to cover?", _OTHER),
    ("en-h03", "en", "Could be open to it. What's this in regard to exactly?", _OTHER),
    (
        "en-h04",
        "en",
        "Happy to, but first - can you tell me a bit more about what you're after?",
        _OTHER,
    ),
    (
        "en-h05",
        "en",
        "Depends what you're after. Are you looking for a job lead or general advice?",
        _OTHER,
    ),
    (
        "en-h06",
        "en",
        "In principle yes. Can you send me a couple of questions beforehand so I can see if I'm"
        " the right person?",
        _OTHER,
    ),
    ("en-h07", "en", "Possibly, yes. Before I commit, what's your background?", _OTHER),
    ("en-h08", "en", "I might be able to help. What role are you targeting?", _OTHER),
    ("en-h09", "en", "Sounds interesting, potentially. Who gave you my name?", _OTHER),
    ("en-h10", "en", "Sure, possibly. Is this about the data team or the design side?", _OTHER),
    (
        "en-h11",
        "en",
        "Perhaps - how did you find me? And what stage are you at in your search?",
        _OTHER,
    ),
    ("en-h12", "en", "I'd consider it. What would you want to get out of 30 minutes?", _OTHER),
    (
        "en-h13",
        "en",
        "Open to it in principle, but can you say more about what you'd like to discuss first?",
        _OTHER,
    ),
    ("en-h14", "en", "Could work. Are you hoping for a referral, or just advice?", _OTHER),
    (
        "en-h15",
        "en",
        "Happy to help if I can - what exactly do you want to know? Might be easier over email.",
        _OTHER,
    ),
    ("en-h16", "en", "Maybe, depending on the topic. What did you have in mind?", _OTHER),
    ("en-h17", "en", "Possibly! Quick question first: are you still at Acme?", _OTHER),
    ("en-h18", "en", "Not opposed. What's the goal of the chat?", _OTHER),
    (
        "en-h19",
        "en",
        "Sure, potentially - but are you looking at product roles or engineering?",
        _OTHER,
    ),
    ("en-h20", "en", "I think so, but let me ask: which team are you interested in?", _OTHER),
    (
        "en-h21",
        "en",
        "Yes in principle, though I'd want to know what you're hoping to get from it. Can you"
        " share a bit more?",
        _OTHER,
    ),
    (
        "en-h22",
        "en",
        "Happy to consider it. Thursday or Friday might work, but what's the topic?",
        _OTHER,
    ),
    ("en-h23", "en", "Thursday could possibly work - what would you like to talk about?", _OTHER),
    (
        "en-h24",
        "en",
        "Hi Ada,\n\nThanks for reaching out. I could potentially make time, but can you tell me a"
        " bit more about what you're looking for? I get a lot of these requests.\n\nBest,\nKai",
        _OTHER,
    ),
    ("en-h25", "en", "Hey! Maybe - are you in Boston? I'd rather meet in person if so.", _OTHER),
    ("en-h26", "en", "Possibly. Are you open to a quick email exchange first instead?", _OTHER),
    (
        "en-h27",
        "en",
        "I'm open to it, but what's the main thing you want to ask? I may be able to answer by"
        " email.",
        _OTHER,
    ),
    (
        "en-h28",
        "en",
        "Sure, possibly - which of my posts brought you here? Just curious what you want to dig"
        " into.\n\nSent from my iPhone",
        _OTHER,
    ),
    ("en-h29", "en1", "Sure, possibly - what did you want to cover?", _OTHER),
    (
        "en-h30",
        "en1",
        "Maybe. Happy to, but first: is this about a job at our company?",
        _OTHER,
    ),
    (
        "en-h31",
        "en",
        "Sure, possibly. What are you hoping to learn? If it's about L&D, Thursday at 3 works.",
        _AMBIGUOUS,
    ),
    # --- English: a yes that takes an offered time, then a logistics question.
    ("en-a01", "en", "Thursday 3pm works! Should I call you or Zoom?", _yes(THU)),
    ("en-a02", "en", "Yes - Friday at 10 is great, what number should I call?", _yes(FRI)),
    ("en-a03", "en", "Thursday at 3 works for me. Will you send an invite, or shall I?", _yes(THU)),
    ("en-a04", "en", "Friday 10am is perfect. Is Google Meet ok?", _yes(FRI)),
    (
        "en-a05",
        "en",
        "Sure, Thursday at 3pm works. Do you want to send me a few questions ahead of time?",
        _yes(THU),
    ),
    (
        "en-a06",
        "en",
        "Happy to! Let's do Friday at 10. What's the best number to reach you?",
        _yes(FRI),
    ),
    ("en-a07", "en", "Thursday 3 pm it is. Phone or video?", _yes(THU)),
    (
        "en-a08",
        "en",
        "Sounds good - Friday 10am. Any particular topics you want to cover?",
        _yes(FRI),
    ),
    ("en-a09", "en", "Yes, Thursday at 3 is fine. Just to check, that's 3pm Eastern?", _yes(THU)),
    (
        "en-a10",
        "en",
        "Let's go with Friday at 10am. Should I use the Zoom link in your signature?",
        _yes(FRI),
    ),
    ("en-a11", "en", "Thu 3pm works 👍 zoom or phone?", _yes(THU)),
    ("en-a12", "en", "yes - 3pm thursday is great, what number?", _yes(THU)),
    ("en-a13", "en", "Count me in for Thursday at 3pm. Do you have an agenda?", _yes(THU)),
    ("en-a14", "en", "Friday at 10 suits me. Could you send a calendar invite?", _yes(FRI)),
    (
        "en-a15",
        "en",
        "Thursday at 3 works great. What would you like to focus on?",
        _yes(THU),
    ),
    (
        "en-a16",
        "en",
        "I can do Friday at 10am. Should I dial in or will you call me?",
        _yes(FRI),
    ),
    (
        "en-a17",
        "en",
        "Happy to chat — Thursday at 3pm is good. Is this about the analytics team?",
        _yes(THU),
    ),
    ("en-a18", "en", "Friday 10 AM works on my end! Teams or Zoom?", _yes(FRI)),
    (
        "en-a19",
        "en",
        "Sure thing, Thursday at 3. Should we do video, or is a phone call easier?",
        _yes(THU),
    ),
    (
        "en-a20",
        "en",
        "Hi Ada,\n\nThursday at 3pm works for me. Would you mind sending a calendar invite with a"
        " dial-in?\n\nThanks,\nKai",
        _yes(THU),
    ),
    (
        "en-a21",
        "en",
        "Great - Thursday at 3 then. Anything you'd like me to read beforehand?",
        _yes(THU),
    ),
    (
        "en-a22",
        "en",
        "Sure, Friday 10:00 works. What's your cell in case Zoom acts up?",
        _yes(FRI),
    ),
    (
        "en-a23",
        "en",
        "Sure - what specifically are you hoping to learn? Thursday at 3 works either way.",
        _yes(THU),
    ),
    (
        "en-a24",
        "en",
        "Happy to! Friday at 10 is best for me. Are you looking at corporate L&D or ed-tech?",
        _yes(FRI),
    ),
    ("en-a25", "en1", "Sure, that works! Zoom or phone?", _yes(THU)),
    ("en-a26", "en1", "Yes, Thursday at 3 is great. What number should I call?", _yes(THU)),
    # --- English: "does Thursday still work?"
    ("en-s01", "en_agreed", "Does Thursday still work for you?", _OTHER),
    ("en-s02", "en_agreed", "Does Thursday at 3 still work for you?", _OTHER),
    ("en-s03", "en_agreed", "Hi Ada, is Thursday still good on your end?", _OTHER),
    ("en-s04", "en", "Does Thursday still work for you?", _yes(THU)),
    (
        "en-s05",
        "en",
        "Does Thursday at 3 still work for you? I'd like to take that one.",
        _yes(THU),
    ),
    ("en-s06", "en1", "Does Thursday at 3 still work for you?", _yes(THU)),
    ("en-s07", "en1", "Are we still on for Thursday?", _AMBIGUOUS),
    ("en-s08", "en", "Is Friday still good for you? Zoom or phone?", _yes(FRI)),
    # --- English near misses: a firm yes beside a question keeps its pick; a maybe beside a
    # time and a question is doubted.
    (
        "en-n01",
        "en",
        "Happy to chat! What are you hoping to learn? Thursday at 3 works.",
        _yes(THU),
    ),
    ("en-n02", "en", "Sure! Where are you based? Maybe coffee is easier than a call.", _OTHER),
    ("en-n03", "en", "Maybe Thursday at 3? What's it about?", _AMBIGUOUS),
    (
        "en-n04",
        "en",
        "Thursday at 3 could work, depending on what you want to discuss. What's the topic?",
        _AMBIGUOUS,
    ),
    (
        "en-n05",
        "en",
        "Thursday at 3 works! Maybe we could also touch on hiring? What's your timeline?",
        _yes(THU),
    ),
    # --- French.
    (
        "fr-h01",
        "fr",
        "Oui, peut-être - qu'est-ce que vous souhaitez savoir exactement ?",
        _OTHER,
    ),
    (
        "fr-h02",
        "fr",
        "Pourquoi pas, mais pouvez-vous m'en dire un peu plus sur votre projet d'abord ?",
        _OTHER,
    ),
    (
        "fr-h03",
        "fr",
        "Ça dépend de ce que vous cherchez. C'est pour un poste ou pour des conseils ?",
        _OTHER,
    ),
    ("fr-h04", "fr", "En principe oui. Vous pouvez m'envoyer vos questions avant ?", _OTHER),
    ("fr-h05", "fr", "Éventuellement. Qui vous a donné mon contact ?", _OTHER),
    ("fr-h06", "fr", "Je serais ouvert à l'idée. Sur quel sujet exactement ?", _OTHER),
    (
        "fr-h07",
        "fr",
        "Avec plaisir, mais d'abord : vous visez plutôt le conseil ou l'industrie ?",
        _OTHER,
    ),
    ("fr-h08", "fr", "Possible, oui. Vous êtes toujours chez Capgemini ?", _OTHER),
    ("fr-h09", "fr", "Peut-être, selon le sujet. Vous pensiez à quoi ?", _OTHER),
    (
        "fr-h10",
        "fr",
        "Bonjour Ada,\n\nPourquoi pas. Avant de fixer un créneau, pourriez-vous me préciser ce"
        " que vous attendez de cet échange ?\n\nCordialement,\nKai",
        _OTHER,
    ),
    ("fr-a01", "fr", "Jeudi à 15h me va ! On s'appelle ou on fait un Zoom ?", _yes(THU)),
    (
        "fr-a02",
        "fr",
        "Oui, vendredi 10h c'est parfait. Quel numéro dois-je appeler ?",
        _yes(FRI),
    ),
    ("fr-a03", "fr", "Va pour jeudi 15h. Vous m'envoyez une invitation ?", _yes(THU)),
    ("fr-a04", "fr", "Vendredi à 10h, c'est noté. Teams ou Google Meet ?", _yes(FRI)),
    (
        "fr-a05",
        "fr",
        "Avec plaisir, jeudi à 15h me convient. Vous avez des questions précises ?",
        _yes(THU),
    ),
    ("fr-a06", "fr", "Parfait pour vendredi à 10h. Je vous appelle sur quel numéro ?", _yes(FRI)),
    ("fr-a07", "fr", "Jeudi 15h, ça marche ! Visio ou téléphone ?", _yes(THU)),
    (
        "fr-a08",
        "fr",
        "D'accord pour jeudi à 15 h. Souhaitez-vous que j'envoie le lien ?",
        _yes(THU),
    ),
    (
        "fr-a09",
        "fr",
        "Bonjour Ada,\n\nVendredi à 10h me convient très bien. Préférez-vous Teams ou un appel"
        " ?\n\nBien cordialement,\nKai",
        _yes(FRI),
    ),
    ("fr-n01", "fr", "Pourquoi pas ! Jeudi à 15h me va. Vous êtes dans quelle équipe ?", _yes(THU)),
    # --- Spanish.
    ("es-h01", "es", "Sí, puede ser. ¿Qué es lo que te gustaría saber exactamente?", _OTHER),
    ("es-h02", "es", "Quizás. ¿Sobre qué tema sería?", _OTHER),
    (
        "es-h03",
        "es",
        "Depende de lo que busques. ¿Es para un puesto o más bien consejo general?",
        _OTHER,
    ),
    ("es-h04", "es", "En principio sí. ¿Me puedes contar un poco más antes?", _OTHER),
    ("es-h05", "es", "Podría ser, pero primero: ¿quién te pasó mi contacto?", _OTHER),
    ("es-h06", "es", "Tal vez, según el tema. ¿Qué tenías en mente?", _OTHER),
    (
        "es-h07",
        "es",
        "Con gusto, pero antes dime: ¿te interesa más producto o ingeniería?",
        _OTHER,
    ),
    ("es-h08", "es", "No lo descarto. ¿Qué esperas sacar de la llamada?", _OTHER),
    (
        "es-h09",
        "es",
        "Hola Ada,\n\nEn principio me parece bien, pero ¿podrías contarme antes qué buscas"
        " exactamente?\n\nSaludos,\nKai",
        _OTHER,
    ),
    ("es-a01", "es", "¡El jueves a las 15:00 me va bien! ¿Llamada o Zoom?", _yes(THU)),
    ("es-a02", "es", "Sí, el viernes a las 10 perfecto. ¿A qué número te llamo?", _yes(FRI)),
    ("es-a03", "es", "Me apunto al jueves a las 15h. ¿Me mandas la invitación?", _yes(THU)),
    ("es-a04", "es", "El viernes a las 10:00 genial. ¿Usamos Meet o Teams?", _yes(FRI)),
    ("es-a05", "es", "Claro, el jueves a las 15:00. ¿Quieres que prepare algo?", _yes(THU)),
    ("es-a06", "es", "Perfecto, el viernes a las 10. ¿Me pasas el enlace?", _yes(FRI)),
    (
        "es-a07",
        "es",
        "Vale, quedamos el jueves a las 15:00. ¿Por teléfono o videollamada?",
        _yes(THU),
    ),
    # --- German.
    ("de-h01", "de", "Ja, vielleicht – worum genau geht es Ihnen denn?", _OTHER),
    (
        "de-h02",
        "de",
        "Grundsätzlich ja. Können Sie mir vorab ein paar Fragen schicken?",
        _OTHER,
    ),
    (
        "de-h03",
        "de",
        "Kommt darauf an, was Sie suchen. Geht es um eine Stelle oder um allgemeinen Rat?",
        _OTHER,
    ),
    ("de-h04", "de", "Eventuell. Wer hat Ihnen meinen Kontakt gegeben?", _OTHER),
    (
        "de-h05",
        "de",
        "Gerne, aber vorher: Interessieren Sie sich eher für Produkt oder Technik?",
        _OTHER,
    ),
    ("de-h06", "de", "Möglicherweise. Was genau möchten Sie besprechen?", _OTHER),
    ("de-h07", "de", "Ich wäre offen dafür. Was erhoffen Sie sich von dem Gespräch?", _OTHER),
    ("de-h08", "de", "Vielleicht, je nach Thema. Woran hatten Sie gedacht?", _OTHER),
    (
        "de-h09",
        "de",
        "Hallo Ada,\n\nprinzipiell gerne – bevor wir einen Termin festlegen: Was genau möchten"
        " Sie von mir wissen?\n\nBeste Grüße\nKai",
        _OTHER,
    ),
    ("de-a01", "de", "Donnerstag um 15 Uhr passt! Telefon oder Zoom?", _yes(THU)),
    (
        "de-a02",
        "de",
        "Ja, Freitag um 10 Uhr ist super. Unter welcher Nummer erreiche ich Sie?",
        _yes(FRI),
    ),
    (
        "de-a03",
        "de",
        "Donnerstag, 15 Uhr passt mir gut. Schicken Sie eine Einladung?",
        _yes(THU),
    ),
    ("de-a04", "de", "Freitag 10 Uhr klappt. Teams oder Google Meet?", _yes(FRI)),
    ("de-a05", "de", "Gerne, Donnerstag um 15 Uhr. Haben Sie konkrete Fragen?", _yes(THU)),
    (
        "de-a06",
        "de",
        "Dann nehmen wir Freitag um 10 Uhr. Rufen Sie mich an oder ich Sie?",
        _yes(FRI),
    ),
    ("de-a07", "de", "Donnerstag 15 Uhr geht bei mir. Per Video oder telefonisch?", _yes(THU)),
    # --- Italian.
    ("it-h01", "it", "Sì, forse. Cosa vorresti sapere esattamente?", _OTHER),
    ("it-h02", "it", "Forse! Ma di cosa vorresti parlare?", _OTHER),
    ("it-h03", "it", "Dipende da cosa cerchi. È per una posizione o per un consiglio?", _OTHER),
    ("it-h04", "it", "In linea di principio sì. Puoi mandarmi qualche domanda prima?", _OTHER),
    ("it-h05", "it", "Potrebbe essere, ma prima: chi ti ha dato il mio contatto?", _OTHER),
    (
        "it-h06",
        "it",
        "Volentieri, ma prima dimmi: ti interessa più il prodotto o l'ingegneria?",
        _OTHER,
    ),
    ("it-h07", "it", "Forse, a seconda dell'argomento. Cosa avevi in mente?", _OTHER),
    (
        "it-h08",
        "it",
        "Ciao Ada,\n\nin linea di massima sì, ma prima di fissare un orario puoi dirmi cosa"
        " cerchi di preciso?\n\nUn saluto,\nKai",
        _OTHER,
    ),
    ("it-a01", "it", "Giovedì alle 15 va benissimo! Telefono o Zoom?", _yes(THU)),
    ("it-a02", "it", "Sì, venerdì alle 10 perfetto. A che numero ti chiamo?", _yes(FRI)),
    ("it-a03", "it", "Giovedì alle 15 mi va bene. Mi mandi tu l'invito?", _yes(THU)),
    ("it-a04", "it", "Venerdì alle 10 va bene. Teams o Meet?", _yes(FRI)),
    ("it-a05", "it", "Volentieri, giovedì alle 15. Hai domande specifiche?", _yes(THU)),
    ("it-a06", "it", "Perfetto, ci sentiamo venerdì alle 10. Mi giri il link?", _yes(FRI)),
    # --- Portuguese.
    ("pt-h01", "pt", "Sim, talvez. O que gostarias de saber exatamente?", _OTHER),
    ("pt-h02", "pt", "Talvez. Sobre que tema seria?", _OTHER),
    ("pt-h03", "pt", "Depende do que procuras. É para uma vaga ou para conselhos?", _OTHER),
    ("pt-h04", "pt", "Em princípio sim. Podes enviar-me algumas perguntas antes?", _OTHER),
    ("pt-h05", "pt", "Talvez, mas primeiro: quem te deu o meu contacto?", _OTHER),
    (
        "pt-h06",
        "pt",
        "Com todo o gosto, mas antes diz-me: estás mais interessada em produto ou engenharia?",
        _OTHER,
    ),
    ("pt-h07", "pt", "Possivelmente. O que tens em mente?", _OTHER),
    ("pt-a01", "pt", "Quinta-feira às 15h dá-me jeito! Chamada ou Zoom?", _yes(THU)),
    ("pt-a02", "pt", "Sim, sexta às 10h perfeito. Para que número ligo?", _yes(FRI)),
    ("pt-a03", "pt", "Quinta às 15h está ótimo. Envias tu o convite?", _yes(THU)),
    ("pt-a04", "pt", "Sexta-feira às 10h funciona. Teams ou Meet?", _yes(FRI)),
    ("pt-a05", "pt", "Combinado, quinta às 15h. Tens perguntas específicas?", _yes(THU)),
    ("pt-a06", "pt", "Pode ser sexta às 10h. Mandas-me o link?", _yes(FRI)),
    # --- Dutch.
    ("nl-h01", "nl", "Ja, misschien. Wat wil je precies weten?", _OTHER),
    ("nl-h02", "nl", "Mogelijk. Waar gaat het precies over?", _OTHER),
    (
        "nl-h03",
        "nl",
        "Hangt ervan af wat je zoekt. Gaat het om een vacature of om advies?",
        _OTHER,
    ),
    ("nl-h04", "nl", "In principe wel. Kun je me vooraf een paar vragen sturen?", _OTHER),
    ("nl-h05", "nl", "Eventueel, maar eerst: wie heeft je mijn gegevens gegeven?", _OTHER),
    (
        "nl-h06",
        "nl",
        "Graag, maar vertel eerst: ben je meer geïnteresseerd in product of engineering?",
        _OTHER,
    ),
    ("nl-h07", "nl", "Wellicht, afhankelijk van het onderwerp. Waar dacht je aan?", _OTHER),
    ("nl-a01", "nl", "Donderdag om 15.00 uur past! Bellen of Zoom?", _yes(THU)),
    (
        "nl-a02",
        "nl",
        "Ja, vrijdag om 10 uur is prima. Op welk nummer kan ik je bereiken?",
        _yes(FRI),
    ),
    (
        "nl-a03",
        "nl",
        "Donderdag 15.00 uur komt mij goed uit. Stuur jij een uitnodiging?",
        _yes(THU),
    ),
    ("nl-a04", "nl", "Vrijdag 10.00 uur lukt. Teams of Meet?", _yes(FRI)),
    ("nl-a05", "nl", "Graag, donderdag om 15 uur. Heb je specifieke vragen?", _yes(THU)),
    ("nl-a06", "nl", "Prima, dan spreken we vrijdag om 10 uur. Stuur je de link?", _yes(FRI)),
]

# The replies left uncertain, with the doubt that says why.
_DOUBTED: dict[str, str] = {
    # A maybe that names the user's days, or a day with no clock, beside its question.
    "en-h22": "day_without_time",
    "en-h23": "question_beside_time",
    # No yes word and the question is about making time: nothing says what the sender wants.
    "en-h24": "no_intent_cue",
    # A pick beside a maybe and a question of its own (or "if it's about …"): held open. A yes
    # with "maybe" elsewhere in it (en-n05, "pourquoi pas") pays for that in coverage.
    "en-h31": "asks_before_booking",
    "en-n03": "asks_before_booking",
    "en-n04": "asks_before_booking",
    "en-n05": "asks_before_booking",
    "fr-n01": "asks_before_booking",
    # "Does Thursday still work?" with no clock, or "still on" with no meeting agreed: asked.
    "en-s04": "question_beside_time",
    "en-s07": "question_beside_time",
    "en-s08": "question_beside_time",
    # The Portuguese accepts under a "+0000" Date header to a Lisbon user in March, the thread
    # naming no zone, are read on the user's clock (hunt 36: on +00:00 then, as the stamp is).
}


def read(key: str, body: str) -> tuple[Verdict, ZoneInfo]:
    lang = key.removesuffix("1").removesuffix("_agreed")
    zone, date = _ZONES[lang]
    tz = ZoneInfo(zone)
    return read_reply(body, tz=tz, date=date, quote=_QUOTES[key]), tz


def outcome(key: str, body: str, right: tuple[Intent | None, datetime | None]) -> str:
    """'right', 'WRONG' (certain but not the right reading) or 'uncertain'."""
    verdict, tz = read(key, body)
    if not verdict.certain:
        return "uncertain"
    intent, start = right
    starts = [] if start is None else [start]
    return "right" if (verdict.intent, local_starts(verdict, tz)) == (intent, starts) else "WRONG"


@pytest.mark.parametrize(("rid", "key", "body", "right"), _REPLIES, ids=[r[0] for r in _REPLIES])
def test_each_reply_is_read_right_or_doubted(
    rid: str, key: str, body: str, right: tuple[Intent | None, datetime | None]
) -> None:
    verdict, tz = read(key, body)
    if rid in _DOUBTED:
        assert not verdict.certain, (verdict.intent, local_starts(verdict, tz))
        assert _DOUBTED[rid] in doubt_codes(verdict)
        return
    intent, start = right
    assert intent is not None, "an ambiguous reply must be doubted"
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is intent
    assert local_starts(verdict, tz) == ([] if start is None else [start])
