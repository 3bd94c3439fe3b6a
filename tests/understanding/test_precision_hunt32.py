"""Precision hunt 32: time offers written as statements about the sender's week.

"I'm free Thursday from 2", "my Thursday is open after 3", "j'ai un créneau jeudi à 15h",
"Donnerstag hätte ich um 14 Uhr Luft", and times whose day sits in the sentence before or after
("Thursday? I could do 1pm my time"), against statements that offer nothing: busy times, the
sender's routine, a conflict, a past meeting, the user's own offer restated. Each reply is read
right and certain, or left in doubt with the code the table names. Sentences of our own. The
reply is written on Monday 10 April 2028; the user asked in the sender's language, or offered
Wednesday 12 April at 2pm or Thursday 13 April at 10am (Eastern).
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

P, A, R = Intent.PROPOSE_TIMES, Intent.ACCEPT, Intent.RESCHEDULE
# The right reading is "in doubt": no certain reading of it would be safe.
D = None

_NY = ZoneInfo("America/New_York")
_EN_ON = "\n\nOn Fri, Apr 7, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
_EN_ASK = (
    _EN_ON + "> Hi Kai, would you have 20 minutes for a quick chat in the next week or two? Let"
    " me know what suits you.\n>\n> Ada\n"
)
_EN_OFFER = (
    _EN_ON + "> Hi Kai, could we talk for 20 minutes? Would Wednesday, April 12 at 2:00 pm ET or"
    " Thursday, April 13 at 10:00 am ET work?\n>\n> Ada\n"
)
_EN_AGREED = _EN_ON + "> Perfect, Wednesday April 12 at 2:00 pm ET it is. Talk then!\n"
# Setting: the user's zone, the reply's Date header, the quoted outreach.
_SETTINGS: dict[str, tuple[tzinfo, str, str]] = {
    "en": (_NY, "Mon, 10 Apr 2028 09:00:00 -0400", _EN_ASK),
    # The sender writes from the Pacific coast ("my time"); the user lives in New York.
    "en_pt": (_NY, "Mon, 10 Apr 2028 06:00:00 -0700", _EN_ASK),
    "en_offer": (_NY, "Mon, 10 Apr 2028 09:00:00 -0400", _EN_OFFER),
    "en_agreed": (_NY, "Mon, 10 Apr 2028 09:00:00 -0400", _EN_AGREED),
    "fr": (
        ZoneInfo("Europe/Paris"),
        "Mon, 10 Apr 2028 09:00:00 +0200",
        "\n\nLe ven. 7 avr. 2028 à 09:00, Ada Obi <ada@example.com> a écrit :\n> Bonjour Kai,"
        " auriez-vous 20 minutes pour un échange dans les deux semaines à venir ? Dites-moi ce"
        " qui vous convient.\n",
    ),
    "es": (
        ZoneInfo("Europe/Madrid"),
        "Mon, 10 Apr 2028 09:00:00 +0200",
        "\n\nEl vie, 7 abr 2028 a las 9:00, Ada Obi (<ada@example.com>) escribió:\n> Hola Kai,"
        " ¿tendrías 20 minutos para una breve charla en las próximas dos semanas? Dime qué te"
        " viene bien.\n",
    ),
    "de": (
        ZoneInfo("Europe/Berlin"),
        "Mon, 10 Apr 2028 09:00:00 +0200",
        "\n\nAm Fr., 7. Apr. 2028 um 09:00 Uhr schrieb Ada Obi <ada@example.com>:\n> Hallo Kai,"
        " hätten Sie in den nächsten zwei Wochen 20 Minuten für ein kurzes Gespräch? Sagen Sie"
        " mir gern, was Ihnen passt.\n",
    ),
    "it": (
        ZoneInfo("Europe/Rome"),
        "Mon, 10 Apr 2028 09:00:00 +0200",
        "\n\nIl giorno ven 7 apr 2028 alle ore 09:00 Ada Obi <ada@example.com> ha scritto:\n>"
        " Ciao Kai, avresti 20 minuti per una breve chiacchierata nelle prossime due settimane?"
        " Fammi sapere cosa ti va bene.\n",
    ),
    "pt": (
        ZoneInfo("Europe/Lisbon"),
        "Mon, 10 Apr 2028 09:00:00 +0100",
        "\n\nEm sex., 7 de abr. de 2028 às 09:00, Ada Obi <ada@example.com> escreveu:\n> Olá"
        " Kai, teria 20 minutos para uma conversa rápida nas próximas duas semanas? Diga-me o"
        " que lhe convém.\n",
    ),
    "nl": (
        ZoneInfo("Europe/Amsterdam"),
        "Mon, 10 Apr 2028 09:00:00 +0200",
        "\n\nOp vr 7 apr 2028 om 09:00 schreef Ada Obi <ada@example.com>:\n> Hoi Kai, zou je de"
        " komende twee weken 20 minuten hebben voor een kort gesprek? Laat maar weten wat je"
        " uitkomt.\n",
    ),
}

ROWS = [
    # ---- A. English statements of the sender's free time (under an open ask) ----
    ("Happy to chat! I'm free Thursday from 2pm onwards.", "en", P, [(13, 14)], None),
    ("Sounds great. My Thursday is open after 3pm.", "en", P, [(13, 15)], None),
    ("Sure thing. Tuesday I have 10-11am open.", "en", P, [(11, 10)], None),
    ("I'll be at my desk 4-5pm on the 12th if you want to call.", "en", P, [(12, 16)], None),
    ("Glad to. I have a free slot Wednesday at 11am.", "en", P, [(12, 11)], None),
    ("I've got time on Friday at 1:30pm.", "en", P, [(14, 13, 30)], None),
    ("Thursday I'm around from 10am to noon.", "en", P, [(13, 10)], None),
    ("My calendar is open Wednesday 2-3pm.", "en", P, [(12, 14)], None),
    ("I'm free on Tuesday 4/18 at 3pm.", "en", P, [(18, 15)], None),
    ("I have an opening Friday, April 14 at 10am.", "en", P, [(14, 10)], None),
    ("Should be free Thursday at 4pm.", "en", P, [(13, 16)], None),
    ("Wednesday 3pm is free for me.", "en", P, [(12, 15)], None),
    ("I'm free Thursday from 2 and Friday at 11am.", "en", P, [(13, 14), (14, 11)], None),
    ("I could do Tuesday at 10 or Wednesday at 4pm.", "en", P, [(11, 10), (12, 16)], None),
    ("Let's aim for Tuesday. I'm free at 11.", "en", P, [(11, 11)], None),
    ("My Friday is clear after 11am.", "en", P, [(14, 11)], None),
    ("Nothing on my calendar Thursday between 10 and 12.", "en", P, [(13, 10)], None),
    ("I've blocked Wednesday 3-3:30pm for you.", "en", P, [(12, 15)], "user_zone_unplaced"),
    ("I'll be free Thursday 4/13 from 2:30pm.", "en", P, [(13, 14, 30)], None),
    ("I'm around on the 18th at 10am ET.", "en", P, [(18, 10)], None),
    ("I'm free for a call Wednesday at noon.", "en", P, [(12, 12)], None),
    ("Thursday works for me - anytime after 2pm.", "en", P, [(13, 14)], None),
    ("I'd have time Friday around 3pm.", "en", P, [(14, 15)], None),
    (
        "Hi Ada, good to hear from you. I have some time Wednesday at 9:30am if that suits.",
        "en",
        P,
        [(12, 9, 30)],
        None,
    ),
    ("Thanks for reaching out! Tuesday at 4pm I'm free.", "en", P, [(11, 16)], None),
    ("Wednesday afternoon is open for me, from 1pm.", "en", P, [(12, 13)], None),
    ("I'm available Tuesday the 18th from 9am ET.", "en", P, [(18, 9)], None),
    ("Free Thursday at 3pm.", "en", P, [(13, 15)], None),
    ("Happy to! I have 30 minutes at 2pm on Friday.", "en", P, [(14, 14)], None),
    ("My schedule is open Thursday 4/13, 11am-1pm.", "en", P, [(13, 11)], None),
    ("I'm in the office Wednesday and free at 10am.", "en", P, [(12, 10)], None),
    ("Count me in. I'm free Wednesday the 12th at 5pm.", "en", P, [(12, 17)], None),
    ("I have availability on Thursday, April 13, between 1 and 2pm.", "en", P, [(13, 13)], None),
    ("There's a gap in my calendar on Friday at 9am.", "en", P, [(14, 9)], None),
    ("I'm free Tuesday at 10am and Thursday at 3pm.", "en", P, [(11, 10), (13, 15)], None),
    # ---- B. the day in the sentence before or after ----
    ("Thursday? I could do 1pm.", "en", P, [(13, 13)], None),
    ("Thursday? I could do 1pm my time.", "en_pt", P, [(13, 16)], None),
    ("1pm my time thursday works", "en_pt", P, [(13, 16)], None),
    ("How about next week. Tue 10am or 2pm", "en", P, [(18, 10), (18, 14)], None),
    (
        "Next Wednesday works best for me. Anytime between 1 and 3pm.",
        "en",
        P,
        [(19, 13)],
        "next_weekday_two_weeks",
    ),
    ("Friday is pretty open for me. 10am?", "en", P, [(14, 10)], None),
    ("Thursday is good. Say 2pm?", "en", P, [(13, 14)], None),
    ("Tuesday works. 3pm ET?", "en", P, [(11, 15)], None),
    ("Monday the 17th. I'm free from 9 to 10am.", "en", P, [(17, 9)], None),
    ("Wednesday. I can do 9:30am.", "en", P, [(12, 9, 30)], None),
    ("What about Friday. 10 or 11am would be good.", "en", P, [(14, 10), (14, 11)], None),
    ("Tuesday is my best day. I'm free 9-11am.", "en", P, [(11, 9)], None),
    (
        "I'm slammed this week, but Monday the 17th looks good. Free at 10am.",
        "en",
        P,
        [(17, 10)],
        None,
    ),
    ("10am works on Thursday.", "en", P, [(13, 10)], None),
    ("2pm on Friday?", "en", P, [(14, 14)], None),
    ("Monday I'm out. Tuesday or Wednesday at 10am?", "en", P, [(11, 10), (12, 10)], None),
    ("Thursday could work. Would 11 be ok?", "en", P, [(13, 11)], "question_beside_time"),
    ("I'm free Thursday at 1pm PT.", "en_pt", P, [(13, 16)], None),
    ("Wednesday? 4pm Pacific would suit me.", "en_pt", P, [(12, 19)], None),
    ("Thursday 1pm my time?", "en_pt", P, [(13, 16)], None),
    # ---- C. English near misses: busy times, routine, conflict, past meeting, old slot ----
    ("I'm busy Thursday from 2 to 4pm, but Friday at 10am works.", "en", P, [(14, 10)], None),
    # Read as English since round 39 ("at"): the routine's hours stay in doubt as dayless.
    ("I teach every Tuesday 2-4pm. Wednesday at 3pm?", "en", P, [(12, 15)], "time_without_day"),
    ("I have a conflict Thursday at 2pm. Could we do Friday at 2pm?", "en", P, [(14, 14)], None),
    (
        "We met last Thursday at 3pm at the conference - great to hear from you!"
        " Wednesday at 11am?",
        "en",
        P,
        [(12, 11)],
        "time_in_statement",
    ),
    (
        "My office hours are Tuesdays 1-3pm, but those are for students. For us, Thursday at 9am?",
        "en",
        P,
        [(13, 9)],
        None,
    ),
    (
        "I'm on a flight Wednesday at 10am, back online Thursday. Thursday at 1pm?",
        "en",
        P,
        [(13, 13)],
        None,
    ),
    ("I have back-to-backs Thursday until 3, but I'm free at 3:30.", "en", P, [(13, 15, 30)], None),
    ("I'm tied up Thursday 2-4pm, free after 4:30 though.", "en", P, [(13, 16, 30)], None),
    (
        "Busy Wednesday morning; my afternoon frees up around 2pm.",
        "en",
        P,
        [(12, 14)],
        "no_intent_cue",
    ),
    ("I'm out Tuesday but back Wednesday, free from 1pm.", "en", P, [(12, 13)], None),
    (
        "Last time we spoke was Tuesday at 3pm, ages ago! I'm free Thursday at 4pm this week.",
        "en",
        P,
        [(13, 16)],
        "time_in_statement",
    ),
    ("I'm busy Thursday from 2 to 4pm.", "en", D, [], "no_intent_cue"),
    ("I have a standing meeting every Thursday at 10am.", "en", D, [], "no_intent_cue"),
    ("My standup is at 9:30 every morning, just so you know.", "en", D, [], "no_intent_cue"),
    ("I have office hours Tuesdays 1-3pm if you want to drop by.", "en", D, [], "no_intent_cue"),
    (
        "I'm in back-to-back meetings Wednesday 9am-5pm, let me look at next week.",
        "en",
        D,
        [],
        "no_intent_cue",
    ),
    ("I normally work 9 to 5 Pacific.", "en_pt", D, [], "no_intent_cue"),
    ("We last met on Thursday, March 30 at 2pm.", "en", D, [], "date_just_past"),
    (
        "I had a call with your colleague Tuesday at 11am, small world!",
        "en",
        D,
        [],
        "time_in_statement",
    ),
    ("I'm free at 2pm.", "en", D, [], "no_intent_cue"),
    ("Busy Tuesday. Free at 4pm.", "en", D, [], "no_intent_cue"),
    ("I usually block Friday afternoons after 3pm for deep work.", "en", D, [], "no_intent_cue"),
    ("I'll be traveling Thursday at 10am, landing around 2pm.", "en", D, [], "no_intent_cue"),
    ("I'm flying out Wednesday at 6pm.", "en", D, [], "no_intent_cue"),
    ("I'm mostly free in the afternoons.", "en", D, [], "no_intent_cue"),
    # under the user's own offer (Wed 12 at 2pm, Thu 13 at 10am ET)
    ("Thursday at 10am works for me.", "en_offer", A, [(13, 10)], None),
    ("I'm free Wednesday at 2pm, see you then!", "en_offer", A, [(12, 14)], None),
    ("Wednesday at 2pm I'm busy, but Thursday at 10 works.", "en_offer", A, [(13, 10)], None),
    ("I have a conflict Thursday at 10am. Wednesday at 2 works.", "en_offer", A, [(12, 14)], None),
    (
        "Wednesday at 2pm is taken unfortunately. I'm free Wednesday at 4pm though.",
        "en_offer",
        P,
        [(12, 16)],
        None,
    ),
    (
        "Neither works - I'm in workshops all week. I'm free Tuesday the 18th from 3pm.",
        "en_offer",
        P,
        [(18, 15)],
        None,
    ),
    (
        "So Wednesday at 2pm or Thursday at 10am - let me check and get back to you.",
        "en_offer",
        D,
        [],
        "pick_without_time",
    ),
    (
        "You offered Wednesday at 2pm or Thursday at 10am; I'm free Friday at 11am instead.",
        "en_offer",
        P,
        [(14, 11)],
        None,
    ),
    (
        "Thursday at 10 I have my team sync. I'm free Thursday at 11 though.",
        "en_offer",
        P,
        [(13, 11)],
        None,
    ),
    ("I'm busy Wednesday at 2pm.", "en_offer", D, [], "no_intent_cue"),
    # under a settled meeting (Wed 12 at 2pm ET)
    (
        "Something came up - I'm now free Wednesday at 4pm instead.",
        "en_agreed",
        R,
        [(12, 16)],
        None,
    ),
    ("I can't make 2pm anymore. I'm free Thursday at 11am.", "en_agreed", R, [(13, 11)], None),
    ("See you Wednesday at 2pm!", "en_agreed", A, [(12, 14)], None),
    # ---- D. French ----
    ("Avec plaisir ! J'ai un créneau jeudi à 15h.", "fr", P, [(13, 15)], None),
    ("Je suis libre mardi à partir de 14h.", "fr", P, [(11, 14)], None),
    ("Je suis disponible mercredi 12 avril à 10h30.", "fr", P, [(12, 10, 30)], None),
    ("Mon jeudi est libre après 16h.", "fr", P, [(13, 16)], None),
    ("Jeudi ? Je pourrais à 11h.", "fr", P, [(13, 11)], None),
    ("Vendredi je suis dispo de 9h à 10h.", "fr", P, [(14, 9)], None),
    ("Je suis pris jeudi matin, mais libre à 14h.", "fr", P, [(13, 14)], None),
    ("La semaine prochaine, mardi 10h ou 15h.", "fr", P, [(18, 10), (18, 15)], None),
    ("J'ai du temps mercredi à 11h, si cela vous convient.", "fr", P, [(12, 11)], None),
    ("Jeudi 13 avril, je serai à mon bureau de 16h à 17h.", "fr", P, [(13, 16)], None),
    (
        "J'ai cours tous les mardis à 10h, mais mercredi à 10h ça m'irait.",
        "fr",
        P,
        [(12, 10)],
        None,
    ),
    ("Je suis pris jeudi de 14h à 16h.", "fr", D, [], "no_intent_cue"),
    ("Nous nous étions vus mardi dernier à 15h.", "fr", D, [], "time_in_statement"),
    ("Je suis libre à 15h.", "fr", D, [], "no_intent_cue"),
    # ---- E. Spanish ----
    ("¡Claro! El martes tengo hueco a las 10.", "es", P, [(11, 10)], None),
    ("Estoy libre el jueves a partir de las 16h.", "es", P, [(13, 16)], None),
    ("El miércoles 12 tengo disponibilidad a las 11:00.", "es", P, [(12, 11)], None),
    ("Tengo un hueco el viernes de 9 a 10.", "es", P, [(14, 9)], None),
    ("¿El jueves? Podría a las 17h.", "es", P, [(13, 17)], None),
    (
        "El jueves por la mañana estoy ocupado, pero a las 15h estoy libre.",
        "es",
        P,
        [(13, 15)],
        None,
    ),
    ("Estoy disponible el martes 18 a las 10:30.", "es", P, [(18, 10, 30)], None),
    ("El jueves a las 10 tengo una reunión, pero a las 12 estoy libre.", "es", P, [(13, 12)], None),
    ("El jueves a las 10 tengo una reunión.", "es", D, [], "no_intent_cue"),
    ("Todos los lunes a las 9 tengo reunión de equipo.", "es", D, [], "no_intent_cue"),
    ("Estoy libre a las 16h.", "es", D, [], "no_intent_cue"),
    # ---- F. German ----
    ("Gerne! Donnerstag hätte ich um 14 Uhr Luft.", "de", P, [(13, 14)], None),
    ("Ich bin am Dienstag ab 10 Uhr frei.", "de", P, [(11, 10)], None),
    ("Mittwoch habe ich von 15 bis 16 Uhr Zeit.", "de", P, [(12, 15)], None),
    ("Am Freitag, 14. April, hätte ich um 9:30 Uhr einen Slot frei.", "de", P, [(14, 9, 30)], None),
    ("Donnerstag? Ich könnte um 11 Uhr.", "de", P, [(13, 11)], None),
    (
        "Dienstag bin ich den ganzen Vormittag belegt, aber um 14 Uhr hätte ich Zeit.",
        "de",
        P,
        [(11, 14)],
        None,
    ),
    ("Nächste Woche: Dienstag 10 Uhr oder 15 Uhr.", "de", P, [(18, 10), (18, 15)], None),
    ("Mein Donnerstag ist ab 13 Uhr frei.", "de", P, [(13, 13)], None),
    (
        "Donnerstag um 14 Uhr habe ich schon einen Termin. Freitag um 14 Uhr ginge.",
        "de",
        P,
        [(14, 14)],
        None,
    ),
    ("Donnerstag um 14 Uhr habe ich schon einen Termin.", "de", D, [], "no_intent_cue"),
    ("Meine Sprechstunde ist dienstags von 14 bis 16 Uhr.", "de", D, [], "no_intent_cue"),
    ("Ich habe um 15 Uhr Zeit.", "de", D, [], "no_intent_cue"),
    # ---- G. Italian ----
    ("Volentieri! Giovedì sono libera dalle 15.", "it", P, [(13, 15)], None),
    ("Martedì ho un buco alle 10.", "it", P, [(11, 10)], None),
    ("Mercoledì 12 sono disponibile alle 11:30.", "it", P, [(12, 11, 30)], None),
    ("Venerdì ho tempo dalle 9 alle 10.", "it", P, [(14, 9)], None),
    ("Giovedì? Potrei alle 16.", "it", P, [(13, 16)], None),
    (
        "Giovedì alle 15 ho già un impegno, ma venerdì alle 15 sono libero.",
        "it",
        P,
        [(14, 15)],
        None,
    ),
    ("Giovedì alle 15 ho già un impegno.", "it", D, [], "no_intent_cue"),
    ("Sono libera alle 15.", "it", D, [], "no_intent_cue"),
    # ---- H. Portuguese ----
    ("Claro! Quinta tenho uma janela às 10.", "pt", P, [(13, 10)], None),
    ("Estou livre na terça a partir das 14h.", "pt", P, [(11, 14)], None),
    ("Na quarta-feira, dia 12, tenho disponibilidade às 11h.", "pt", P, [(12, 11)], None),
    ("Sexta estou livre das 9h às 10h.", "pt", P, [(14, 9)], None),
    ("Quinta? Poderia às 15h.", "pt", P, [(13, 15)], None),
    ("Na quinta às 10h tenho reunião, mas às 14h estou livre.", "pt", P, [(13, 14)], None),
    ("Na quinta às 10h tenho reunião.", "pt", D, [], "no_intent_cue"),
    ("Estou livre às 14h.", "pt", D, [], "no_intent_cue"),
    # ---- I. Dutch ----
    ("Leuk! Donderdag heb ik om 3 uur tijd.", "nl", P, [(13, 15)], None),
    ("Ik ben dinsdag vanaf 10 uur vrij.", "nl", P, [(11, 10)], None),
    ("Woensdag 12 april ben ik beschikbaar om 14:00.", "nl", P, [(12, 14)], None),
    ("Vrijdag heb ik tussen 9 en 10 uur ruimte.", "nl", P, [(14, 9)], None),
    ("Donderdag? Ik zou om 11 uur kunnen.", "nl", P, [(13, 11)], None),
    (
        "Donderdag om 10 uur heb ik al een afspraak, maar om 14 uur ben ik vrij.",
        "nl",
        P,
        [(13, 14)],
        None,
    ),
    ("Donderdag om 10 uur heb ik al een afspraak.", "nl", D, [], "no_intent_cue"),
    ("Ik ben om 14 uur vrij.", "nl", D, [], "no_intent_cue"),
    # ---- J. near misses of the rules above ----
    ("Mon the 17th at 10am works for me.", "en", P, [(17, 10)], None),
    ("Mein Montag ist frei ab 10 Uhr.", "de", P, [(17, 10)], None),
    ("I'm in a workshop Thursday 9-12, but free at 2pm.", "en", P, [(13, 14)], None),
    ("Tuesday I'm blocked 9-12, but free at 1pm.", "en", P, [(11, 13)], None),
    ("I'm out all day Thursday, but free at 2pm.", "en", D, [], "no_intent_cue"),
    ("My Thursday is blocked until 3pm.", "en", D, [], "no_intent_cue"),
    ("You suggested Wednesday at 2pm, which works great for me.", "en_offer", A, [(12, 14)], None),
    ("Apart from 2 calls, Thursday at 3pm is open.", "en", P, [(13, 15)], None),
    ("We met last Thursday. I'm free this Thursday at 4pm.", "en", P, [(13, 16)], None),
    (
        "On s'est vus mardi dernier, je suis libre jeudi à 15h.",
        "fr",
        P,
        [(13, 15)],
        "time_in_statement",
    ),
    ("I'm usually free Friday afternoons after 3pm.", "en", P, [(14, 15)], None),
    ("Thursday at 2pm would work for me.", "en", P, [(13, 14)], None),
    ("Happy to - Thursday after work works, say 6pm?", "en", P, [(13, 18)], None),
    ("I have a conflict Thursday at 10am. Wednesday at 2 works.", "en_offer", A, [(12, 14)], None),
]


def _read(body: str, setting: str) -> Verdict:
    tz, date, quote = _SETTINGS[setting]
    return read_reply(body, tz=tz, date=date, quote=quote)


def _outcome(
    body: str, setting: str, intent: Intent | None, starts: list[tuple[int, ...]]
) -> tuple[str, Verdict]:
    """ "right", "WRONG" (certain but not the right reading) or "doubt", with the verdict."""
    verdict = _read(body, setting)
    if not verdict.certain:
        return "doubt", verdict
    want = [datetime(2028, 4, *start) for start in starts]
    tz = _SETTINGS[setting][0]
    right = intent is not None and (verdict.intent, local_starts(verdict, tz)) == (intent, want)
    return ("right" if right else "WRONG"), verdict


@pytest.mark.parametrize(("body", "setting", "intent", "starts", "doubt"), ROWS)
def test_read_right_or_in_doubt(
    body: str,
    setting: str,
    intent: Intent | None,
    starts: list[tuple[int, ...]],
    doubt: str | None,
) -> None:
    outcome, verdict = _outcome(body, setting, intent, starts)
    if doubt is None:
        assert outcome == "right", (outcome, verdict.intent, doubt_codes(verdict))
    else:
        assert outcome == "doubt", (outcome, verdict.intent, local_starts(verdict, _NY))
        assert doubt in doubt_codes(verdict)
