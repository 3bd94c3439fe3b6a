"""Precision hunt 40: whose words and whose clock.

Replies where the words or the times are not simply the sender's own offer to the user: a note
meant for a colleague sent into the user's thread, an assistant writing for the contact ("Maria
asked me to find a time: she can do ..." is an offer; "I'll ask Maria and get back to you" is
not), a forwarded message with someone else's times, a colleague copied in who answers instead,
the user's own slots quoted back ("you said Wed 10 or Thu 3 - Thu 3 please" takes Thu 3), a
restatement on the sender's clock that is right or names a different moment ("15:00 Helsinki
is good - that's 9am here" when it is 8am there), a sender's place named only in a signature,
"my time" / "your time" / "our time", a sender travelling ("I'll be in NYC that week so 2pm
Eastern"). English of several regions, French, German, Spanish and Italian. Sentences of our
own. Each reply is read right and certain, or left in doubt.

The reply is written on Monday 10 April 2028 at 09:00 on the sender's clock (the Date header
carries the sender's real offset). The user lives in Mumbai, Helsinki or Vancouver and asked
openly ("ask") or offered two times on their own clock ("two"): Mumbai Wednesday 12 April
11:00 or Thursday 13 April 16:00 (IST), Helsinki Wednesday 10:00 or Thursday 15:00, Vancouver
Wednesday 9:00 or Thursday 14:00 (Pacific).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

A, P, N, OTH = Intent.ACCEPT, Intent.PROPOSE_TIMES, Intent.DECLINE, Intent.OTHER
# The right reading is "in doubt": no certain reading of it would be safe.
D = None

_USERS = {
    "mum": (
        ZoneInfo("Asia/Kolkata"),
        "Mumbai",
        "Wednesday, April 12 at 11:00 or Thursday, April 13 at 16:00 (IST)",
    ),
    "hel": (
        ZoneInfo("Europe/Helsinki"),
        "Helsinki",
        "Wednesday, April 12 at 10:00 or Thursday, April 13 at 15:00 (Helsinki time)",
    ),
    "van": (
        ZoneInfo("America/Vancouver"),
        "Vancouver",
        "Wednesday, April 12 at 9:00 or Thursday, April 13 at 14:00 (Pacific time)",
    ),
}
_ON = "\n\nOn Fri, Apr 7, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"


def _quote(user: str, setting: str) -> str:
    _, city, offers = _USERS[user]
    if setting == "ask":
        return (
            _ON + "> Hi Kai, would you have 20 minutes for a chat in the next two weeks? Happy to"
            f" work around your hours.\n>\n> Ada\n> {city}\n"
        )
    return _ON + f"> Hi Kai, could we talk for 20 minutes? Would {offers} work?\n>\n> Ada\n"


# The sender's offsets on 10 April 2028.
BER, LON, NYC, CHI, LAX, UTC = "+0200", "+0100", "-0400", "-0500", "-0700", "+0000"
TYO, SGP, SYD, DXB, IST, HEL = "+0900", "+0800", "+1000", "+0400", "+0530", "+0300"
# Zones an expected start may be written in (otherwise the user's).
Z = {
    "ber": "Europe/Berlin",
    "lon": "Europe/London",
    "nyc": "America/New_York",
    "chi": "America/Chicago",
    "tyo": "Asia/Tokyo",
    "sgp": "Asia/Singapore",
    "syd": "Australia/Sydney",
    "dxb": "Asia/Dubai",
}
# The user's own offers, on the user's clock.
WED = {"mum": (12, 11), "hel": (12, 10), "van": (12, 9)}
THU = {"mum": (13, 16), "hel": (13, 15), "van": (13, 14)}

# (user, setting, sender's offset, body, intent, starts: (day, hour[, minute]) on the user's
# clock or (zone, day, hour[, minute]) on a named clock; envelope changes)
Start = tuple[int, ...] | tuple[str, int, int] | tuple[str, int, int, int]
Row = tuple[str, str, str, str, Intent | None, list[Start], dict[str, str]]
_NO: dict[str, str] = {}
_LENA = {"sender": "Lena Vogt <lena.vogt@example.com>"}
_CC = {"sender": "Lena Vogt <lena.vogt@example.com>", "headers": "Cc: Kai Berg <kai@example.com>\n"}

ROWS: list[Row] = [
    # ---- a note for a colleague sent into the user's thread ----
    (
        "hel",
        "two",
        BER,
        "Hi Mark, can you put Thursday 14:00 in my calendar for the call with Ada? Thx",
        A,
        [THU["hel"]],
        _NO,
    ),
    (
        "hel",
        "two",
        BER,
        "Mark - pls block Thu 2pm for this one, and move my 1:1 with Jo.",
        D,
        [],
        _NO,
    ),
    (
        "mum",
        "two",
        LON,
        "@Priya can you take this? I'm slammed Thursday. She suggested Thu 4pm"
        " IST, that's 11:30 our time.",
        D,
        [],
        _NO,
    ),
    (
        "van",
        "two",
        NYC,
        "Team - who's free Wed 12 noon ET to take this intro call? I can't make it.",
        D,
        [],
        _NO,
    ),
    (
        "mum",
        "ask",
        BER,
        "Jonas, kannst du Donnerstag um 10 übernehmen? Ich bin da im Flieger.",
        D,
        [],
        _NO,
    ),
    (
        "hel",
        "ask",
        LON,
        "Sorry, ignore — meant for my PA. Sarah: Friday 10am, add to diary pls.",
        D,
        [],
        _NO,
    ),
    ("van", "ask", CHI, "fwd to Dan: dan can you grab 30 min with her tues 3pm? thx", D, [], _NO),
    (
        "mum",
        "two",
        IST,
        "Hi Rohit, pls schedule Wednesday 11 AM with Ada ma'am and send invite. Regards",
        A,
        [WED["mum"]],
        _NO,
    ),
    (
        "hel",
        "two",
        BER,
        "Hi Ada, Thursday 15:00 your time works for me. Talk then!",
        A,
        [THU["hel"]],
        _NO,
    ),
    ("van", "two", NYC, "Hi Ada - Wed 9am Pacific is perfect, see you then.", A, [WED["van"]], _NO),
    (
        "mum",
        "two",
        IST,
        "Dear Ada, Thursday 4 PM IST is fine with me. Regards, Kai",
        A,
        [THU["mum"]],
        _NO,
    ),
    # ---- an assistant writing for the contact ----
    (
        "hel",
        "ask",
        BER,
        "Hi Ada,\n\nI'm Kai's assistant. He asked me to find a time for your"
        " call: he can do Thursday 13 April at 11:00 or Friday 14 April at 9:00 (Berlin time).\n\n"
        "Best,\nLena",
        P,
        [("ber", 13, 11), ("ber", 14, 9)],
        _LENA,
    ),
    (
        "mum",
        "ask",
        LON,
        "Dear Ada,\n\nWriting on behalf of Kai, who is travelling. He could"
        " speak on Wednesday at 10am UK time or Thursday at 2pm UK time.\n\nKind regards,\nLena",
        P,
        [("lon", 12, 10), ("lon", 13, 14)],
        _LENA,
    ),
    (
        "van",
        "ask",
        NYC,
        "Hi Ada - Lena here, I manage Kai's calendar. He has Wed 4/12 at 3pm"
        " Eastern open, would that work?",
        P,
        [("nyc", 12, 15)],
        _LENA,
    ),
    (
        "hel",
        "two",
        BER,
        "Hi Ada,\n\nOn behalf of Kai: Thursday 15:00 Helsinki time works for"
        " him. I've put it in his diary.\n\nLena",
        A,
        [THU["hel"]],
        _LENA,
    ),
    (
        "mum",
        "two",
        IST,
        "Dear Madam,\n\nI am writing on behalf of Mr. Berg. Sir has confirmed"
        " Wednesday 11:00 AM IST. Kindly send the invite.\n\nThanks & Regards,\nLena",
        A,
        [WED["mum"]],
        _LENA,
    ),
    (
        "van",
        "two",
        CHI,
        "Hi Ada, Kai asked me to confirm Thursday at 2 PM Pacific. I'll send a"
        " calendar invite.\n\nLena (EA to Kai Berg)",
        A,
        [THU["van"]],
        _LENA,
    ),
    (
        "hel",
        "ask",
        BER,
        "Hi Ada, I'll ask Kai and get back to you with a few times.\n\nLena",
        OTH,
        [],
        _LENA,
    ),
    (
        "mum",
        "ask",
        LON,
        "Hi Ada, let me check with Kai when he's back on Wednesday and revert.",
        OTH,
        [],
        _LENA,
    ),
    (
        "van",
        "two",
        NYC,
        "Hi Ada, I'll run Wed 9 PT past Kai and confirm by tomorrow.",
        OTH,
        [],
        _LENA,
    ),
    (
        "hel",
        "two",
        BER,
        "Hallo Ada,\n\nich bin die Assistentin von Herrn Berg. Er hat mich"
        " gebeten, einen Termin zu finden: Donnerstag, 13. April um 11 Uhr (Berliner Zeit) wäre"
        " möglich.\n\nViele Grüße\nLena Vogt",
        P,
        [("ber", 13, 11)],
        _LENA,
    ),
    (
        "hel",
        "ask",
        BER,
        "Hallo Ada, ich frage bei Herrn Berg nach und melde mich dann bei Ihnen.\n\nLena Vogt",
        OTH,
        [],
        _LENA,
    ),
    (
        "mum",
        "ask",
        BER,
        "Bonjour Ada,\n\nJe vous écris de la part de Kai Berg : il serait"
        " disponible jeudi 13 avril à 10h (heure de Paris).\n\nCordialement,\nLena",
        P,
        [("ber", 13, 10)],
        _LENA,
    ),
    (
        "mum",
        "ask",
        BER,
        "Bonjour Ada, je transmets à Kai et je reviens vers vous dès que possible.\n\nLena",
        OTH,
        [],
        _LENA,
    ),
    (
        "van",
        "ask",
        BER,
        "Hola Ada:\n\nTe escribo de parte de Kai. Él puede el jueves 13 a las"
        " 18:00 (hora de Madrid).\n\nUn saludo,\nLena",
        P,
        [("ber", 13, 18)],
        _LENA,
    ),
    ("van", "ask", BER, "Hola Ada, se lo consulto a Kai y te digo algo.\n\nLena", OTH, [], _LENA),
    (
        "hel",
        "ask",
        BER,
        "Gentile Ada,\n\nle scrivo per conto del dott. Berg: sarebbe"
        " disponibile giovedì 13 aprile alle 15, ora italiana.\n\nCordiali saluti,\nLena",
        P,
        [("ber", 13, 15)],
        _LENA,
    ),
    (
        "hel",
        "ask",
        BER,
        "Gentile Ada, chiedo al dott. Berg e le faccio sapere.\n\nLena",
        OTH,
        [],
        _LENA,
    ),
    (
        "mum",
        "two",
        IST,
        "Hi Ada, Mr. Berg's PA here. He is unable to do Wednesday; Thursday 4 PM"
        " IST is confirmed from his side.",
        A,
        [THU["mum"]],
        _LENA,
    ),
    (
        "van",
        "ask",
        NYC,
        "Hi Ada, Kai's EA here. Maria from our team asked me to find a time for"
        " her too: she can do Thursday 1pm ET.",
        D,
        [],
        _LENA,
    ),
    # ---- a forwarded message with someone else's times ----
    (
        "hel",
        "ask",
        BER,
        "Ada, see below from my colleague Jonas.\n\n---------- Forwarded message"
        " ---------\nFrom: Jonas Weber <jonas@example.com>\nDate: Sun, 9 Apr 2028\n"
        "Subject: call\n\n"
        "I could do Thursday 14:00 or Friday 10:00.\n",
        D,
        [],
        _NO,
    ),
    (
        "mum",
        "ask",
        LON,
        "FYI below.\n\n-----Original Message-----\nFrom: Sam Hill\nSent: 09 April"
        " 2028 18:02\nTo: Kai Berg\nSubject: availability\n\nKai, I'm free Wed 2pm or Thu 11am if"
        " you want to loop in Ada.\n",
        D,
        [],
        _NO,
    ),
    (
        "van",
        "ask",
        NYC,
        "Forwarding Dana's slots - she's the one you should talk to.\n\nBegin"
        " forwarded message:\n\nFrom: Dana Lee <dana@example.com>\nDate: April 9, 2028\n\nTue 11am"
        " or Wed 4pm ET works for me.\n",
        D,
        [],
        _NO,
    ),
    (
        "hel",
        "two",
        BER,
        "Thursday 15:00 your time works for me. Jonas would like to join too -"
        " his note below.\n\n---------- Forwarded message ---------\nFrom: Jonas Weber\n\n"
        "I can only do Friday 10:00, sorry.\n",
        A,
        [THU["hel"]],
        _NO,
    ),
    (
        "mum",
        "ask",
        BER,
        "Weitergeleitet: Jonas schlägt Donnerstag 10 Uhr vor.\n\n---------- Weitergeleitete"
        " Nachricht ----------\nVon: Jonas Weber\n\nDonnerstag 10 Uhr ginge bei mir.\n",
        D,
        [],
        _NO,
    ),
    (
        "van",
        "ask",
        BER,
        "Je vous transfère le message de Claire, c'est elle qui gère.\n\n"
        "-------- Message transféré --------\nDe : Claire Dubois\n\nJe peux jeudi à 16h.\n",
        D,
        [],
        _NO,
    ),
    (
        "hel",
        "ask",
        LON,
        "Thu 10am UK works for me. (Ignore the chain below, that was for the"
        " board meeting.)\n\n---------- Forwarded message ---------\nFrom: Board Office\n\nThe"
        " board meets Friday 2pm.\n",
        P,
        [("lon", 13, 10)],
        _NO,
    ),
    # ---- a colleague copied in who answers ----
    (
        "hel",
        "two",
        BER,
        "Hi Ada, Kai's out sick this week. I can do Thursday instead of him if"
        " that helps — 15:00 your time?",
        D,
        [],
        _CC,
    ),
    (
        "mum",
        "two",
        LON,
        "Hi Ada, jumping in for Kai (cc'd) — he's asked me to confirm Thursday"
        " 4pm IST works for him.",
        A,
        [THU["mum"]],
        _CC,
    ),
    (
        "van",
        "two",
        NYC,
        "Hi Ada, I'm Kai's colleague - he's off until the 20th. I could talk"
        " Wed 9am PT in his place, if useful.",
        D,
        [],
        _CC,
    ),
    (
        "hel",
        "ask",
        BER,
        "Hallo Ada, ich springe für Kai ein, er ist im Urlaub. Ich hätte Freitag um 10 Uhr Zeit.",
        D,
        [],
        _CC,
    ),
    (
        "mum",
        "ask",
        BER,
        "Bonjour Ada, Kai est en congé, mais je peux vous parler à sa place"
        " jeudi à 11h si vous voulez.",
        D,
        [],
        _CC,
    ),
    (
        "van",
        "two",
        BER,
        "Hola Ada, Kai me pidió que te confirmara: el jueves a las 14:00 hora"
        " del Pacífico le va bien.",
        A,
        [THU["van"]],
        _CC,
    ),
    # ---- the user's own slots quoted back ----
    ("hel", "two", BER, "You said Wed 10 or Thu 3 - Thu 3 please.", A, [THU["hel"]], _NO),
    (
        "hel",
        "two",
        BER,
        "you mentioned wed 10 or thu 15 - wed 10 pls (your time ofc)",
        A,
        [WED["hel"]],
        _NO,
    ),
    (
        "mum",
        "two",
        LON,
        "Of your two options (Wed 11am / Thu 4pm IST), Thursday suits me best.",
        A,
        [THU["mum"]],
        _NO,
    ),
    (
        "mum",
        "two",
        IST,
        "Between Wednesday 11 and Thursday 4 PM, I will prefer Thursday.",
        A,
        [THU["mum"]],
        _NO,
    ),
    (
        "van",
        "two",
        NYC,
        "You offered Wed 9 or Thu 2 Pacific — Wednesday it is!",
        A,
        [WED["van"]],
        _NO,
    ),
    ("van", "two", CHI, "> Thursday, April 13 at 14:00\nThis one works.", A, [THU["van"]], _NO),
    (
        "hel",
        "two",
        BER,
        "You said Wed 10 or Thu 3 - neither works, sorry. Could we do Friday 10:00 Berlin time?",
        P,
        [("ber", 14, 10)],
        _NO,
    ),
    (
        "mum",
        "two",
        LON,
        "You suggested Wed 11am or Thu 4pm. Wed's out; Thu 4pm your time is fine.",
        A,
        [THU["mum"]],
        _NO,
    ),
    (
        "van",
        "two",
        NYC,
        "Your Wed 9am is my noon, which is lunch - Thu 2pm yours works though.",
        A,
        [THU["van"]],
        _NO,
    ),
    (
        "hel",
        "two",
        BER,
        "Your Wednesday 10:00 is 9:00 for me, a bit early but fine.",
        A,
        [WED["hel"]],
        _NO,
    ),
    (
        "hel",
        "two",
        BER,
        "You said Wednesday or Thursday — I'd go Thursday but can we make it"
        " 16:00 instead of 15:00 (your time)?",
        P,
        [(13, 16)],
        _NO,
    ),
    ("mum", "two", IST, "As per your mail, Thursday 4 PM works. Will join.", A, [THU["mum"]], _NO),
    ("van", "two", NYC, "Re your times - the Thursday one please.", A, [THU["van"]], _NO),
    (
        "hel",
        "two",
        BER,
        "Du hattest Mi 10 oder Do 15 Uhr vorgeschlagen – Do 15 Uhr (deine Zeit) passt mir.",
        A,
        [THU["hel"]],
        _NO,
    ),
    (
        "mum",
        "two",
        BER,
        "Vous proposiez mercredi 11h ou jeudi 16h (heure de Mumbai) : jeudi me convient.",
        A,
        [THU["mum"]],
        _NO,
    ),
    (
        "van",
        "two",
        BER,
        "Me propones miércoles a las 9 o jueves a las 14 (hora del Pacífico):"
        " prefiero el miércoles.",
        A,
        [WED["van"]],
        _NO,
    ),
    (
        "hel",
        "two",
        BER,
        "Tra mercoledì alle 10 e giovedì alle 15 (ora di Helsinki) scelgo giovedì.",
        A,
        [THU["hel"]],
        _NO,
    ),
    (
        "hel",
        "two",
        BER,
        "You said Wed 10 or Thu 3 — I read that as my time at first, oops."
        " Thursday 15:00 Helsinki is fine.",
        A,
        [THU["hel"]],
        _NO,
    ),
    # ---- restatements on the sender's clock: right ----
    (
        "hel",
        "two",
        NYC,
        "Thursday 15:00 Helsinki time is good - that's 8am here.",
        A,
        [THU["hel"]],
        _NO,
    ),
    (
        "mum",
        "two",
        BER,
        "Thursday 4pm IST works — that's 12:30 for me in Berlin.",
        A,
        [THU["mum"]],
        _NO,
    ),
    (
        "van",
        "two",
        NYC,
        "Wed 9am Pacific is fine, that's noon for me in NYC.",
        A,
        [WED["van"]],
        _NO,
    ),
    ("van", "two", NYC, "Let's do Thursday 2pm your time (5pm mine).", A, [THU["van"]], _NO),
    (
        "mum",
        "two",
        LON,
        "Wednesday 11am IST = 6:30am here in London, early but doable!",
        A,
        [WED["mum"]],
        _NO,
    ),
    (
        "hel",
        "two",
        BER,
        "Donnerstag 15 Uhr Ihrer Zeit passt, also 14 Uhr bei mir.",
        A,
        [THU["hel"]],
        _NO,
    ),
    (
        "hel",
        "two",
        BER,
        "Jeudi 15h heure d'Helsinki, donc 14h chez moi : parfait.",
        A,
        [THU["hel"]],
        _NO,
    ),
    (
        "mum",
        "two",
        BER,
        "El jueves a las 16:00 (hora de la India), 12:30 aquí en Madrid, me va bien.",
        A,
        [THU["mum"]],
        _NO,
    ),
    (
        "hel",
        "two",
        BER,
        "Giovedì alle 15 ora vostra, cioè le 14 da noi: va benissimo.",
        A,
        [THU["hel"]],
        _NO,
    ),
    (
        "van",
        "two",
        TYO,
        "Thursday 2pm Pacific = Friday 6am Tokyo for me. I'm an early riser, so OK!",
        A,
        [THU["van"]],
        _NO,
    ),
    (
        "mum",
        "two",
        SYD,
        "Thu 4pm IST is 8:30pm here in Sydney, all good mate.",
        A,
        [THU["mum"]],
        _NO,
    ),
    (
        "hel",
        "two",
        IST,
        "Thursday 3 PM Helsinki time i.e. 5:30 PM IST is fine for me.",
        A,
        [THU["hel"]],
        _NO,
    ),
    (
        "mum",
        "ask",
        BER,
        "How about Thursday 2pm my time (5:30pm for you)?",
        P,
        [("ber", 13, 14)],
        _NO,
    ),
    (
        "van",
        "ask",
        NYC,
        "Could you do Friday at 11am your time? That's 2pm for me.",
        P,
        [(14, 11)],
        _NO,
    ),
    # ---- restatements naming a different moment ----
    ("hel", "two", NYC, "Thursday 15:00 Helsinki time is good - here it's 9am.", D, [], _NO),
    ("mum", "two", BER, "Thursday 4pm IST works — that's 11:30 for me in Berlin.", D, [], _NO),
    ("van", "two", NYC, "Wed 9am Pacific is fine, that's 1pm for me in NYC.", D, [], _NO),
    ("van", "two", NYC, "Let's do Thursday 2pm your time (6pm mine).", D, [], _NO),
    ("hel", "two", BER, "Donnerstag 15 Uhr Ihrer Zeit passt, also 13 Uhr bei mir.", D, [], _NO),
    (
        "hel",
        "two",
        BER,
        "Jeudi 15h heure d'Helsinki, donc 15h chez moi aussi : parfait.",
        D,
        [],
        _NO,
    ),
    ("mum", "two", LON, "Wednesday 11am IST = 5:30am here, ouch, but fine.", D, [], _NO),
    ("mum", "ask", BER, "How about Thursday 2pm my time (6pm for you)?", D, [], _NO),
    ("van", "ask", NYC, "Could you do Friday at 11am your time? That's 1pm for me.", D, [], _NO),
    ("hel", "ask", LON, "Friday 10:00 UK time, i.e. 11:00 in Helsinki?", D, [], _NO),
    ("mum", "two", SYD, "Thu 4pm IST is 9:30pm here in Sydney, all good mate.", D, [], _NO),
    ("van", "two", TYO, "木曜 14:00 Pacific, so Friday 7am Tokyo for me. OK!", D, [], _NO),
    (
        "hel",
        "two",
        BER,
        "Giovedì alle 15 ora vostra, cioè le 15 anche da noi: va benissimo.",
        D,
        [],
        _NO,
    ),
    # ---- a place named only in the signature ----
    (
        "hel",
        "ask",
        TYO,
        "Could do Friday 9am?\n\nSent from my phone in Tokyo",
        P,
        [("tyo", 14, 9)],
        _NO,
    ),
    (
        "mum",
        "ask",
        UTC,
        "Could do Friday 9am?\n\nKenji Sato\nSales Director | Tokyo office",
        D,
        [],
        _NO,
    ),
    ("van", "ask", BER, "Could do Friday 9am?\n\nSent from my phone in Tokyo", D, [], _NO),
    (
        "hel",
        "ask",
        LON,
        "Thursday 2pm works for me.\n\n--\nPriya Nair\nHead of Ops, Mumbai\n+91 22 5555 0101",
        D,
        [],
        _NO,
    ),
    (
        "mum",
        "ask",
        IST,
        "Thursday 2pm works for me.\n\n--\nPriya Nair\nHead of Ops, Mumbai\n+91 22 5555 0101",
        P,
        [(13, 14)],
        _NO,
    ),
    (
        "van",
        "ask",
        UTC,
        "Wednesday 10am would suit.\n\nTom Reid\nReid & Co, Sydney NSW",
        D,
        [],
        _NO,
    ),
    (
        "van",
        "ask",
        SYD,
        "Wednesday 10am would suit.\n\nTom Reid\nReid & Co, Sydney NSW",
        P,
        [("syd", 12, 10)],
        _NO,
    ),
    (
        "hel",
        "ask",
        UTC,
        "Mittwoch 10 Uhr ginge.\n\nMit freundlichen Grüßen\nJonas Weber\nWeber GmbH · München",
        D,
        [],
        _NO,
    ),
    ("mum", "ask", UTC, "Jeudi 11h ?\n\nClaire Dubois\nParis", P, [("ber", 13, 11)], _NO),
    ("van", "ask", UTC, "¿Jueves a las 10?\n\nEnviado desde mi móvil en Madrid", D, [], _NO),
    ("hel", "ask", UTC, "Giovedì alle 10?\n\nInviato dal mio telefono a Roma", D, [], _NO),
    (
        "hel",
        "two",
        UTC,
        "Thursday 15:00 works.\n\nSent from my phone in Tokyo",
        A,
        [THU["hel"]],
        _NO,
    ),
    (
        "van",
        "ask",
        NYC,
        "Fri 10am ET works.\n\nSent from my iPhone in London",
        P,
        [("nyc", 14, 10)],
        _NO,
    ),
    # ---- my time, your time, our time ----
    ("hel", "ask", BER, "Thursday 3pm my time?", P, [("ber", 13, 15)], _NO),
    ("hel", "ask", BER, "Thursday 3pm your time?", P, [(13, 15)], _NO),
    (
        "mum",
        "ask",
        LON,
        "Could we do Thursday 11am your time? Early for me but fine.",
        P,
        [(13, 11)],
        _NO,
    ),
    ("mum", "ask", LON, "Could we do Thursday 11am our time?", P, [("lon", 13, 11)], _NO),
    (
        "van",
        "ask",
        NYC,
        "Fri 1pm our time works - that's when the whole team's free.",
        P,
        [("nyc", 14, 13)],
        _NO,
    ),
    ("hel", "two", BER, "Thursday 15:00 my time works.", D, [], _NO),
    ("hel", "two", BER, "Thursday 15:00 (your time, not mine!) works.", A, [THU["hel"]], _NO),
    ("van", "two", NYC, "Thursday at 2 — your time or mine? If mine, even better.", D, [], _NO),
    ("mum", "two", IST, "Thursday 4 PM our time is fine.", A, [THU["mum"]], _NO),
    ("hel", "two", HEL, "Thursday 15:00 our time, great.", A, [THU["hel"]], _NO),
    (
        "van",
        "two",
        LAX,
        "Thu 2pm works - we're both on Pacific so no confusion!",
        A,
        [THU["van"]],
        _NO,
    ),
    ("hel", "ask", BER, "Donnerstag 15 Uhr meiner Zeit?", P, [("ber", 13, 15)], _NO),
    ("hel", "ask", BER, "Donnerstag 15 Uhr Ihrer Zeit?", P, [(13, 15)], _NO),
    ("mum", "ask", BER, "Jeudi 11h de mon côté, ça vous irait ?", P, [("ber", 13, 11)], _NO),
    ("mum", "ask", BER, "Jeudi 11h pour vous, ça irait ?", P, [(13, 11)], _NO),
    ("van", "ask", BER, "¿El jueves a las 18:00 mi hora?", P, [("ber", 13, 18)], _NO),
    ("van", "ask", BER, "¿El jueves a las 10:00 tu hora?", P, [(13, 10)], _NO),
    ("hel", "ask", BER, "Giovedì alle 11 ora mia?", P, [("ber", 13, 11)], _NO),
    ("hel", "ask", BER, "Giovedì alle 11 ora tua?", P, [(13, 11)], _NO),
    ("mum", "two", LON, "Thursday 4pm my time works.", D, [], _NO),
    ("van", "two", NYC, "Wednesday at 9 my time is good.", D, [], _NO),
    (
        "hel",
        "two",
        BER,
        "Wednesday 10:00 your time — or did you mean mine? Either way I'm free then.",
        D,
        [],
        _NO,
    ),
    # ---- a sender travelling ----
    (
        "van",
        "ask",
        LON,
        "I'll be in NYC that week so 2pm Eastern on Thursday?",
        P,
        [("nyc", 13, 14)],
        _NO,
    ),
    ("van", "ask", LON, "I'll be in NYC that week, so let's say Thursday 2pm?", D, [], _NO),
    (
        "mum",
        "ask",
        BER,
        "I'm in Singapore next week — Thursday 9am my time?",
        P,
        [("sgp", 20, 9)],
        _NO,
    ),
    (
        "mum",
        "ask",
        BER,
        "I'm in Singapore next week — Thursday 9am Singapore time?",
        P,
        [("sgp", 20, 9)],
        _NO,
    ),
    (
        "hel",
        "ask",
        NYC,
        "Landing in London Tuesday. Wed 10am London time?",
        P,
        [("lon", 12, 10)],
        _NO,
    ),
    ("hel", "ask", NYC, "Landing in London Tuesday. Wed 10am?", D, [], _NO),
    (
        "hel",
        "ask",
        NYC,
        "I'm in Berlin from Wednesday, so Thursday 14:00 local?",
        P,
        [("ber", 13, 14)],
        _NO,
    ),
    (
        "van",
        "ask",
        CHI,
        "I'm travelling to Tokyo on the 11th, so Thu 8am JST would be best.",
        P,
        [("tyo", 13, 8)],
        _NO,
    ),
    (
        "mum",
        "ask",
        DXB,
        "Currently in Dubai for work, back in London Friday. Thursday 3pm Dubai time?",
        P,
        [("dxb", 13, 15)],
        _NO,
    ),
    (
        "mum",
        "ask",
        DXB,
        "Currently in Dubai for work, back in London Friday. Monday 3pm?",
        D,
        [],
        _NO,
    ),
    (
        "hel",
        "ask",
        BER,
        "Ich bin nächste Woche in New York – Donnerstag 9 Uhr Ostküstenzeit?",
        P,
        [("nyc", 20, 9)],
        _NO,
    ),
    (
        "van",
        "ask",
        BER,
        "Je serai à Montréal la semaine prochaine, donc jeudi 10h heure de Montréal ?",
        P,
        [("nyc", 20, 10)],
        _NO,
    ),
    (
        "hel",
        "ask",
        BER,
        "La semana que viene estoy en Londres: ¿jueves a las 10 hora de Londres?",
        P,
        [("lon", 20, 10)],
        _NO,
    ),
    (
        "mum",
        "ask",
        BER,
        "La prossima settimana sono a Londra: giovedì alle 10, ora di Londra?",
        P,
        [("lon", 20, 10)],
        _NO,
    ),
    (
        "van",
        "two",
        LON,
        "I'm in Vancouver myself next week! So Thu 2pm is literally local for both of us. Done.",
        A,
        [THU["van"]],
        _NO,
    ),
    (
        "hel",
        "two",
        NYC,
        "Travelling, but Thursday 15:00 Helsinki works wherever I am.",
        A,
        [THU["hel"]],
        _NO,
    ),
    (
        "mum",
        "ask",
        SGP,
        "On the road this week (Singapore). Back in Berlin Monday 17th — could"
        " do Tuesday 18th at 10 Berlin time.",
        P,
        [("ber", 18, 10)],
        _NO,
    ),
    # ---- regional Englishes and registers across the families ----
    (
        "mum",
        "two",
        IST,
        "Hi Ada, I will be available on Thursday 4 PM IST. Kindly share the invite. Regards",
        A,
        [THU["mum"]],
        _NO,
    ),
    (
        "mum",
        "two",
        IST,
        "Thursday 4 PM is fine. Please do the needful and block my calendar.",
        A,
        [THU["mum"]],
        _NO,
    ),
    ("mum", "ask", IST, "Hi, I can do Friday 3 PM. Let me know. Regards", P, [(14, 15)], _NO),
    ("hel", "ask", LON, "Half three Thursday, UK time? Cheers", P, [("lon", 13, 15, 30)], _NO),
    ("hel", "ask", LON, "Could do Thursday, say half three my end?", P, [("lon", 13, 15, 30)], _NO),
    (
        "van",
        "ask",
        SYD,
        "G'day Ada, Fri arvo works - 2ish my time (Sydney)?",
        P,
        [("syd", 14, 14)],
        _NO,
    ),
    ("van", "ask", SYD, "G'day Ada, Friday 2pm Sydney time suits me.", P, [("syd", 14, 14)], _NO),
    ("van", "ask", NYC, "Sure! How's Thursday at 11 Eastern?", P, [("nyc", 13, 11)], _NO),
    ("hel", "ask", SGP, "Can lah, Thursday 4pm SG time ok?", P, [("sgp", 13, 16)], _NO),
    ("mum", "two", SGP, "Thurs 4pm your side ok for me, 6:30pm here in SG.", A, [THU["mum"]], _NO),
    ("van", "two", CHI, "thu 2 pacific = 4 central, works for me", A, [THU["van"]], _NO),
    ("van", "two", CHI, "thu 2 pacific = 3 central, works for me", D, [], _NO),
    ("hel", "two", LON, "Cheers Ada, Thurs 3pm yours (1pm mine) is grand.", A, [THU["hel"]], _NO),
    ("hel", "two", LON, "Cheers Ada, Thurs 3pm yours (2pm mine) is grand.", D, [], _NO),
    # ---- near misses: the sender's own words about others ----
    (
        "hel",
        "two",
        BER,
        "Thursday 15:00 works. My colleague Jonas had suggested Friday 10:00 but"
        " he won't join anyway.",
        A,
        [THU["hel"]],
        _NO,
    ),
    (
        "mum",
        "ask",
        LON,
        "My boss wants me to meet you! She suggested I offer Thursday 2pm UK time.",
        P,
        [("lon", 13, 14)],
        _NO,
    ),
    ("van", "ask", NYC, "My assistant will be in touch to set something up.", OTH, [], _NO),
    ("hel", "ask", BER, "Meine Assistentin meldet sich mit Terminvorschlägen.", OTH, [], _NO),
    ("mum", "ask", BER, "Mon assistante vous proposera des créneaux.", OTH, [], _NO),
    ("van", "ask", BER, "Mi asistente te escribirá para cuadrar una hora.", OTH, [], _NO),
    ("hel", "ask", BER, "La mia assistente le scriverà per fissare un orario.", OTH, [], _NO),
    (
        "hel",
        "two",
        BER,
        "Thursday's fine — Jonas said 15:00 suits him too, so he'll join.",
        A,
        [THU["hel"]],
        _NO,
    ),
    (
        "mum",
        "two",
        LON,
        "Sarah (cc) can't do Wednesday, so Thursday 4pm IST it is for both of us.",
        A,
        [THU["mum"]],
        _NO,
    ),
    (
        "van",
        "ask",
        NYC,
        "My team lead says Wed 3pm ET is best for her; I'm flexible. Should I bring her?",
        D,
        [],
        _NO,
    ),
    (
        "hel",
        "ask",
        BER,
        "Sorry for the delay — my assistant Lena will send you a few slots next week.",
        OTH,
        [],
        _NO,
    ),
]


# Left as the reader has them, by row (strict xfail: a fix makes them pass and fail the mark).
# Certain and wrong: 091 (051, 083 and 084 fixed in round 48; 029, 087 and 151 doubted in round
# 50); the rest are clear replies left in doubt.
_LEFT: dict[int, str] = {
    15: (
        "'Sir has confirmed' from an assistant opening 'Dear Madam': read as written to "
        "someone else (no name of the user's in the greeting); doubt is safe"
    ),
    19: (
        "an assistant's yes that waits on the contact ('run Wed 9 past Kai and confirm'): now"
        " yes_still_pending; a certain OTHER needs a cue for 'confirm by tomorrow'"
    ),
    43: (
        "the user's two slots named back ('You said Wed 10 or Thu 3 - Thu 3 please'): no "
        "intent cue for 'please' after a pick of two named offers"
    ),
    44: ("the user's two slots named back, 'wed 10 pls': no intent cue"),
    45: ("a weekday picked beside the user's slots named back in brackets: pick_without_time"),
    46: (
        "'Between Wednesday 11 and Thursday 4 PM, I will prefer Thursday': the named-back "
        "slots are read as times beside the pick"
    ),
    47: ("'You offered Wed 9 or Thu 2 Pacific - Wednesday it is!': pick_without_time"),
    55: ("'the Thursday one please': no intent cue"),
    56: (
        "German slots named back ('Du hattest Mi 10 oder Do 15 Uhr vorgeschlagen'): "
        "time_without_day"
    ),
    57: ("French slots named back, 'jeudi me convient': pick_without_time"),
    58: ("Spanish slots named back, 'prefiero el miércoles': pick_without_time"),
    59: ("Italian slots named back, 'scelgo giovedì': pick_without_time"),
    68: ("'hora de la India' is a clock name the reader does not know (reply_zone_unread)"),
    91: (
        "a sign-off place (Mumbai) and its country's phone (+91) whose clock is not the Date "
        "header's (London): hunt 45 reads the same shape (Leeds, +44, from New York) as the "
        "header's clock, so the two tables disagree on which is right"
    ),
    125: (
        "'I'm in Singapore next week - Thursday 9am my time': sender_elsewhere; 'my time' is "
        "not yet read as the named place's clock"
    ),
    129: (
        "'I'm in Berlin from Wednesday, so Thursday 14:00 local': sender_elsewhere; 'local' "
        "is not read as Berlin"
    ),
    133: (
        "a stay next week and a weekday: the week of the bare weekday is a guess "
        "(two_readings_of_time), though the stay says which"
    ),
    134: ("a stay next week and a weekday: two_readings_of_time"),
    135: ("a stay next week and a weekday: two_readings_of_time"),
    136: ("a stay next week and a weekday: two_readings_of_time"),
    137: (
        "'I'm in Vancouver myself next week! So Thu 2pm is literally local for both of us': "
        "sender_elsewhere"
    ),
    154: (
        "a colleague's earlier suggestion beside the accept reads as a time in a statement: "
        "doubt is safe"
    ),
    156: ("'my assistant will be in touch': an accept or nothing yet; no cue, doubt is safe"),
    157: ("'meine Assistentin meldet sich': no cue, doubt is safe"),
    158: ("'mon assistante vous proposera des créneaux': no cue, doubt is safe"),
    159: ("'mi asistente te escribirá': no cue, doubt is safe"),
    160: ("'la mia assistente le scriverà': no cue, doubt is safe"),
    164: ("'my assistant Lena will send you a few slots': no cue, doubt is safe"),
}


def _expected(user: str, starts: list[Start]) -> list[datetime]:
    tz = _USERS[user][0]
    out = []
    for start in starts:
        if isinstance(start[0], str):
            zone, *clock = start
            at = datetime(2028, 4, *clock, tzinfo=ZoneInfo(Z[zone]))  # type: ignore[misc]
            out.append(at.astimezone(tz).replace(tzinfo=None))
        else:
            out.append(datetime(2028, 4, *start))  # type: ignore[misc]
    return out


def _read(row: Row) -> Verdict:
    user, setting, offset, body, _, _, envelope = row
    tz = _USERS[user][0]
    date = f"Mon, 10 Apr 2028 09:00:00 {offset}"
    return read_reply(body, tz=tz, date=date, quote=_quote(user, setting), **envelope)


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(
            row,
            marks=[pytest.mark.xfail(strict=True, reason=_LEFT[i])] if i in _LEFT else [],
            id=f"{i:03d}",
        )
        for i, row in enumerate(ROWS)
    ],
)
def test_whose_words_and_clock_are_read_right_or_doubted(row: Row) -> None:
    user, _, _, body, intent, starts, _ = row
    tz = _USERS[user][0]
    verdict = _read(row)
    if intent is None:
        assert not verdict.certain, (verdict.intent, local_starts(verdict, tz))
        return
    assert verdict.certain, (verdict.intent, local_starts(verdict, tz), doubt_codes(verdict))
    assert verdict.intent is intent
    assert local_starts(verdict, tz) == _expected(user, starts)
