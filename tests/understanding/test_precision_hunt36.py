"""Precision hunt 36: times offered in statements and restated on the sender's clock.

Offers worded as statements ("I'm free Thursday from 2", "Friday 2pm is open on my side"),
picks said again on the sender's own clock ("Wednesday 2pm works - that's 8am for me in
Chicago"), clocks whose day is the sentence before's ("Thursday works. Shall we say 3pm?"),
greetings that name a part of the day ("Morning Ada,"), lengths and ends ("30 min", "till 5"),
conflicts before a free spell ("in meetings until 3, free after"), and senders in zones other
than the user's (the user lives in London, Chicago, Sydney or Singapore). English mostly, some
French, Spanish and German; sentences of our own. The reply is written on Monday 13 November
2028 at 10am on the sender's clock (no clock changes for weeks either side in any zone here);
the user asked openly, offered Wednesday 15 November at 2pm or Thursday 16 November at 10am
(the user's zone, named), offered the Wednesday alone, or has the Wednesday agreed.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

A, P, R = Intent.ACCEPT, Intent.PROPOSE_TIMES, Intent.RESCHEDULE
N, F, C = Intent.DECLINE, Intent.DEFER, Intent.CANCEL
OTH = Intent.OTHER
# The right reading is "in doubt": no certain reading of it would be safe.
D = None
# A bare yes to one offer: read with that time or with none, both right.
ONE = [("u", 15, 14)]

# The user's zone, and how the user names it in the quoted offers.
_USERS: dict[str, tuple[tzinfo, str]] = {
    "lon": (ZoneInfo("Europe/London"), "GMT"),
    "chi": (ZoneInfo("America/Chicago"), "CT"),
    "syd": (ZoneInfo("Australia/Sydney"), "AEDT"),
    "sgp": (ZoneInfo("Asia/Singapore"), "SGT"),
}
# The sender's Date header offset, in minutes east of UTC.
_SENDERS = {
    "van": -8 * 60,
    "chi": -6 * 60,
    "ny": -5 * 60,
    "lon": 0,
    "ber": 60,
    "ind": 5 * 60 + 30,
    "sgp": 8 * 60,
    "tok": 9 * 60,
    "syd": 11 * 60,
}
_ON = "\n\nOn Thu, Nov 9, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"


def _quote(kind: str, zone: str) -> str:
    if kind == "ask":
        return (
            _ON + "> Hi Kai, would you have 30 minutes for a quick chat in the next week or two?"
            " Happy to work around your time zone.\n>\n> Ada\n"
        )
    if kind == "two":
        return (
            _ON + "> Hi Kai, could we talk for 30 minutes? Would Wednesday 15 November at 2:00"
            f" pm {zone} or Thursday 16 November at 10:00 am {zone} work?\n>\n> Ada\n"
        )
    if kind == "one":
        return (
            _ON + "> Hi Kai, could we talk for 30 minutes? Would Wednesday 15 November at 2:00"
            f" pm {zone} work?\n>\n> Ada\n"
        )
    return _ON + f"> Great, Wednesday 15 November at 2:00 pm {zone} it is. Talk then!\n"


def _date(sender: str) -> str:
    minutes = _SENDERS[sender]
    sign = "+" if minutes >= 0 else "-"
    return f"Mon, 13 Nov 2028 10:00:00 {sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


# (body, "quote user<sender", intent, starts). A start is (day, hour[, minute]) in November
# on the sender's clock (the Date header's offset); ("u", ...) on the user's clock; or
# ("Zone/Name", ...) on a named zone's.
Start = tuple[int | str, ...]
Row = tuple[str, str, Intent | tuple[Intent, ...] | None, list[Start]]
ROWS: list[Row] = [
    # ---- offers worded as statements, sender on the user's clock ----
    ("I'm free Thursday from 2.", "ask lon<lon", P, [(16, 14)]),
    ("I'm free Thursday from 2pm if that helps.", "ask lon<lon", P, [(16, 14)]),
    ("Friday I'm free from 10 to 12.", "ask lon<lon", P, [(17, 10)]),
    ("I have time on Wednesday at 11.", "ask lon<lon", P, [(15, 11)]),
    ("My calendar is open Thursday 3-4pm.", "ask lon<lon", P, [(16, 15)]),
    ("Friday 17th, 2pm is open on my side.", "ask lon<lon", P, [(17, 14)]),
    ("I'm available Tuesday the 21st between 10 and 12.", "ask lon<lon", P, [(21, 10)]),
    ("Wednesday works for me - I'm free from 3pm until 5.", "ask lon<lon", P, [(15, 15)]),
    ("I'm around Thursday afternoon, say 3pm?", "ask lon<lon", P, [(16, 15)]),
    ("Thursday after 2 I'm free.", "ask lon<lon", P, [(16, 14)]),
    ("I've got a 30 min window Friday at 12:30.", "ask lon<lon", P, [(17, 12, 30)]),
    ("Free Thursday 4-5pm, 30 min works.", "ask lon<lon", P, [(16, 16)]),
    ("I'm free Friday 10am for 30 min.", "ask lon<lon", P, [(17, 10)]),
    ("I can do Thursday at 9am, I have a hard stop at 9:30.", "ask chi<chi", P, [(16, 9)]),
    ("Tuesday 21st I'm free all morning from 9.", "ask chi<chi", P, [(21, 9)]),
    ("Wednesday is packed, but Thursday from 1pm I'm all yours.", "ask chi<chi", P, [(16, 13)]),
    ("My Thursday is wide open after 2pm.", "ask chi<chi", P, [(16, 14)]),
    ("I should be free Friday at 11am.", "ask chi<chi", P, [(17, 11)]),
    ("Thursday 2pm is free on my end.", "ask syd<syd", P, [(16, 14)]),
    ("I'm free Wednesday 10-11am Sydney time.", "ask syd<syd", P, [(15, 10)]),
    ("Friday 17 Nov I have a gap at 3pm.", "ask sgp<sgp", P, [(17, 15)]),
    ("I am free on Thursday at 4pm.", "ask sgp<sgp", P, [(16, 16)]),
    ("Hi Ada,\n\nThursday 2pm I'm free.\n\nKai", "ask sgp<sgp", P, [(16, 14)]),
    # ---- conflicts before a free spell ----
    ("I'm in meetings until 3 on Thursday, free after.", "ask lon<lon", P, [(16, 15)]),
    ("I'm teaching Thursday until 3pm, but free after.", "ask lon<lon", P, [(16, 15)]),
    ("Thursday I'm tied up till 2 but free after that.", "ask lon<lon", P, [(16, 14)]),
    ("I have a call at 2 on Wednesday, but I'm free at 4.", "ask lon<lon", P, [(15, 16)]),
    ("Wednesday I have meetings until 4pm. Free at 4:30 though.", "ask chi<chi", P, [(15, 16, 30)]),
    ("Mornings are bad for me. Thursday at 2pm?", "ask chi<chi", P, [(16, 14)]),
    ("I'm on site Friday till noon; from 1pm I'm free.", "ask syd<syd", P, [(17, 13)]),
    ("Busy Thursday morning but I'm free from 2pm.", "ask sgp<sgp", P, [(16, 14)]),
    # ---- a clock whose day is the sentence before's ----
    ("Thursday works well for me. Shall we say 3pm?", "ask lon<lon", P, [(16, 15)]),
    ("I'm free on Friday. How about 11am?", "ask lon<lon", P, [(17, 11)]),
    ("Tuesday the 21st is clear. Anytime after 2pm works.", "ask lon<lon", P, [(21, 14)]),
    ("Let's do Wednesday. 10:30 suit you?", "ask lon<lon", P, [(15, 10, 30)]),
    ("Friday's good. Any time between 9 and 11.", "ask chi<chi", P, [(17, 9)]),
    ("Wednesday is out, sorry. Thursday I'm free. 11am?", "ask chi<chi", P, [(16, 11)]),
    ("Thursday is best for me. I could do 4pm.", "ask syd<syd", P, [(16, 16)]),
    ("Friday suits. I'm free from 10am.", "ask sgp<sgp", P, [(17, 10)]),
    ("Let's aim for Thursday.\n\n2pm?", "ask sgp<sgp", P, [(16, 14)]),
    # ---- greetings naming a part of the day ----
    ("Morning Ada,\n\nThursday at 3pm works for me.\n\nBest,\nKai", "ask lon<lon", P, [(16, 15)]),
    (
        "Good afternoon Ada,\n\nI'd be glad to chat. Would Friday at 10am suit?\n\nKind regards,"
        "\nKai Berg",
        "ask lon<lon",
        P,
        [(17, 10)],
    ),
    ("Good evening! Happy to help - how about Tuesday 21st at 6pm?", "ask lon<lon", P, [(21, 18)]),
    ("Morning! Wednesday 2pm works.", "two lon<lon", A, [("u", 15, 14)]),
    ("Afternoon Ada - Thursday 10 works for me.", "two lon<lon", A, [("u", 16, 10)]),
    (
        "Good morning,\n\nI'm free Thursday from 2pm. Let me know if that works.\n\nKai",
        "ask chi<chi",
        P,
        [(16, 14)],
    ),
    ("Good morning from Tokyo! I could do Friday at 9am.", "ask lon<tok", P, [(17, 9)]),
    ("Evening Ada, Thursday 10am is perfect. Speak then.", "two syd<syd", A, [("u", 16, 10)]),
    ("G'day Ada, morning here - Thursday 10am works.", "two syd<syd", A, [("u", 16, 10)]),
    ("Good afternoon! Wednesday 2pm SGT is fine.", "two sgp<sgp", A, [("u", 15, 14)]),
    ("Bonjour Ada, mercredi 14h me convient très bien.", "two lon<lon", A, [("u", 15, 14)]),
    ("Buenos días Ada, el jueves a las 10 me va perfecto.", "two chi<chi", A, [("u", 16, 10)]),
    ("Guten Morgen Ada, Donnerstag um 10 Uhr passt mir gut.", "two sgp<sgp", A, [("u", 16, 10)]),
    # ---- lengths and ends ----
    ("Sure, 30 min on Thursday at 2pm works.", "ask lon<lon", P, [(16, 14)]),
    ("Happy to give you 20 minutes Friday at 11.", "ask lon<lon", P, [(17, 11)]),
    ("I can do an hour on Wednesday from 3 till 4.", "ask lon<lon", P, [(15, 15)]),
    ("Thursday 2-2:30pm?", "ask chi<chi", P, [(16, 14)]),
    ("Tuesday 21st, 10 till 10:30?", "ask chi<chi", P, [(21, 10)]),
    ("Let's do 45 minutes on Friday starting 1pm.", "ask chi<chi", P, [(17, 13)]),
    ("I've got half an hour at 4 on Thursday.", "ask syd<syd", P, [(16, 16)]),
    ("Wednesday 2pm works, though I'll need to leave by 2:30.", "two lon<lon", A, [("u", 15, 14)]),
    ("Thursday 10am is fine, I have until 11.", "two chi<chi", A, [("u", 16, 10)]),
    ("Wednesday 2pm works. 30 minutes is plenty.", "two syd<syd", A, [("u", 15, 14)]),
    ("Thursday 10am works, I'm free till 12 if we run over.", "two sgp<sgp", A, [("u", 16, 10)]),
    ("Friday 9-9:30am works for a quick call.", "ask sgp<sgp", P, [(17, 9)]),
    # ---- picks said again on the sender's clock ----
    ("Wednesday 2pm works - that's 8am for me in Chicago.", "two lon<chi", A, [("u", 15, 14)]),
    (
        "Wednesday at 2pm GMT is great - 6am Vancouver time, but I'm an early riser.",
        "two lon<van",
        A,
        [("u", 15, 14)],
    ),
    (
        "Thursday at 10 your time works (that's 7pm for me in Tokyo).",
        "two lon<tok",
        A,
        [("u", 16, 10)],
    ),
    (
        "Wednesday works! 2pm GMT is 9am here in New York, perfect.",
        "two lon<ny",
        A,
        [("u", 15, 14)],
    ),
    ("Wednesday 2pm CT works - 8pm for me in London.", "two chi<lon", A, [("u", 15, 14)]),
    (
        "Wednesday 2pm your time works - that's Tuesday 7pm for me in Vancouver.",
        "two syd<van",
        A,
        [("u", 15, 14)],
    ),
    ("Wednesday 2pm SGT works, that's 7am for me in Berlin.", "two sgp<ber", A, [("u", 15, 14)]),
    (
        "Thursday 10am works - 7:30am for me in Bangalore, no problem.",
        "two sgp<ind",
        A,
        [("u", 16, 10)],
    ),
    ("Thursday 10am CT is good for me (5pm in Berlin).", "two chi<ber", A, [("u", 16, 10)]),
    (
        "Donnerstag 10 Uhr passt - das ist 17 Uhr bei mir in Berlin.",
        "two chi<ber",
        A,
        [("u", 16, 10)],
    ),
    (
        "Mercredi 14h me va très bien, soit 15h chez moi à Paris.",
        "two lon<ber",
        A,
        [("u", 15, 14)],
    ),
    (
        "El miércoles a las 2pm CT me viene bien, son las 21h aquí en Madrid.",
        "two chi<ber",
        A,
        [("u", 15, 14)],
    ),
    ("2pm GMT Wednesday works, 3pm here.", "one lon<ber", A, ONE),
    ("Works for me - that's 6am my time, but fine.", "one lon<van", A, ONE),
    ("Sounds good, 9am here in New York.", "one lon<ny", A, ONE),
    (
        "Yes, Wednesday 2pm AEDT works - Tuesday 10pm for me in Tokyo... wait, 12 noon Wednesday"
        " here.",
        "one syd<tok",
        D,
        [],
    ),
    # ---- offers on both clocks ----
    (
        "Could we do Thursday at 8am my time? That's 4pm for you.",
        "ask lon<van",
        P,
        [(16, 8)],
    ),
    (
        "How about Wednesday 9pm UK time, which is Thursday 8am for you in Sydney?",
        "ask syd<lon",
        P,
        [("u", 16, 8)],
    ),
    (
        "Could you do Tuesday 21st at 8pm Eastern? That'd be Wednesday 9am in Singapore.",
        "ask sgp<ny",
        P,
        [(21, 20)],
    ),
    (
        "I could do Friday 8am Tokyo time - Thursday 5pm your time.",
        "ask chi<tok",
        P,
        [(17, 8)],
    ),
    ("I could do 4pm your time on the 21st.", "ask lon<ny", P, [("u", 21, 16)]),
    ("I could do 4pm your time on Thursday (11am here).", "ask lon<ny", P, [("u", 16, 16)]),
    (
        "I'm free Thursday from 9am Pacific, so 5pm onwards for you.",
        "ask lon<van",
        P,
        [(16, 9)],
    ),
    (
        "Je suis libre jeudi à 15h heure de Paris, soit 14h pour vous.",
        "ask lon<ber",
        P,
        [(16, 15)],
    ),
    (
        "Estoy libre el viernes a las 17h (hora de Madrid), las 10 de la mañana para ti.",
        "ask chi<ber",
        P,
        [(17, 17)],
    ),
    (
        "Ich hätte Freitag um 9 Uhr Zeit, also 16 Uhr bei Ihnen in Singapur.",
        "ask sgp<ber",
        P,
        [(17, 9)],
    ),
    # ---- senders on another clock, no zone named ----
    ("How about Thursday at 11am?", "ask lon<ny", P, [(16, 11)]),
    ("I'm free Thursday from 2.", "ask lon<ny", P, [(16, 14)]),
    ("Free Friday 9-10am if that works.", "ask lon<van", P, [(17, 9)]),
    # A "+0000" stamp to a user off UTC hides where the sender is: London, or a server.
    ("Thursday works well for me. Shall we say 3pm?", "ask chi<lon", D, []),
    ("I'm in meetings until 3 on Thursday, free after.", "ask chi<ny", P, [(16, 15)]),
    ("Wednesday 4pm?", "ask syd<sgp", P, [(15, 16)]),
    ("I'm free Tuesday 21st from 10am.", "ask syd<tok", P, [(21, 10)]),
    ("Friday 17th at 1pm would suit me.", "ask sgp<ind", P, [(17, 13)]),
    ("I have a slot on Thursday at 5pm.", "ask sgp<syd", P, [(16, 17)]),
    ("Morning Ada! I'm free Friday from 8am.", "ask chi<van", P, [(17, 8)]),
    ("Jeudi à 11h, ça vous irait ?", "ask lon<ber", P, [(16, 11)]),
    ("¿Te viene bien el martes 21 a las 16h?", "ask chi<ber", P, [(21, 16)]),
    ("Ich bin Donnerstag ab 14 Uhr frei.", "ask sgp<ber", P, [(16, 14)]),
    ("Je suis disponible vendredi de 10h à 11h.", "ask syd<ber", P, [(17, 10)]),
    ("Tengo un hueco el jueves a las 9.", "ask lon<ber", P, [(16, 9)]),
    ("Am Mittwoch habe ich um 15 Uhr eine halbe Stunde Zeit.", "ask chi<ber", P, [(15, 15)]),
    # ---- picks from another clock (the user's offers, named zone) ----
    ("Wednesday 2pm works for me.", "two lon<ny", A, [("u", 15, 14)]),
    ("Thursday 10am GMT is perfect.", "two lon<ny", A, [("u", 16, 10)]),
    ("Thursday at 10 your time works.", "two lon<van", A, [("u", 16, 10)]),
    ("The Wednesday slot works for me.", "two chi<lon", A, [("u", 15, 14)]),
    ("Wednesday 2pm CT is good.", "two chi<tok", A, [("u", 15, 14)]),
    ("Let's go with Thursday 10am your time.", "two syd<lon", A, [("u", 16, 10)]),
    ("Thursday 10am SGT works.", "two sgp<ber", A, [("u", 16, 10)]),
    ("Jeudi 10h (heure de Londres) me va.", "two lon<ber", A, [("u", 16, 10)]),
    ("Miércoles a las 14h hora de Chicago, perfecto.", "two chi<ber", A, [("u", 15, 14)]),
    # ---- moves of the agreed Wednesday ----
    (
        "Something came up Wednesday - I'm free Thursday from 3 though. Could we move?",
        "agreed lon<lon",
        R,
        [(16, 15)],
    ),
    (
        "I'm now in meetings until 4 on Wednesday. Could we push to 4:30 that day?",
        "agreed chi<chi",
        R,
        [(15, 16, 30)],
    ),
    (
        "Sorry, Wednesday no longer works. I'm free Friday 17th from 10am.",
        "agreed lon<lon",
        R,
        [(17, 10)],
    ),
    (
        "Could we move to Thursday at 9am my time? That's 5pm for you.",
        "agreed lon<van",
        R,
        [(16, 9)],
    ),
    (
        "Need to shift our call - Thursday 2pm SGT instead? That's 7am for me in Berlin.",
        "agreed sgp<ber",
        R,
        [("u", 16, 14)],
    ),
    # ---- near misses: to stay in doubt ----
    ("My afternoons are open after 3 next week.", "ask lon<lon", D, []),
    ("I'm usually free after 3 most days.", "ask lon<lon", D, []),
    ("I have a meeting Thursday at 2pm, so that day is tricky.", "ask lon<lon", D, []),
    ("I'm free at 4.", "ask lon<lon", D, []),
    ("Thursday I'm in meetings until 3.", "ask lon<lon", D, []),
    ("Wednesday 2pm works - or is that 2pm my time?", "two lon<ny", D, []),
    ("Thursday 10 works - wait, is that your time or mine?", "two lon<tok", D, []),
    ("I'm in Vancouver so 2pm GMT is 6am for me - bit early.", "one lon<van", D, []),
    ("Good morning! Sorry, can't do Wednesday.", "two lon<lon", D, []),
    ("Free after 3 on Thursday? I'd have to check.", "ask chi<chi", D, []),
    ("I might be free Thursday from 2, will confirm.", "ask chi<chi", D, []),
    ("Thursday 10am works, that's 11am here in Madrid... hmm, no, 6pm.", "two sgp<ber", D, []),
    ("Wednesday works, but only until 2.", "two lon<lon", D, []),
    ("I'm usually around from 9am your time.", "ask syd<van", D, []),
    ("I'm in meetings all Thursday until 5.", "ask sgp<sgp", D, []),
    ("Je suis pris jeudi jusqu'à 15h.", "ask lon<ber", D, []),
    ("Estoy ocupado el jueves hasta las 3.", "ask chi<ber", D, []),
    ("Donnerstag habe ich bis 15 Uhr Termine.", "ask sgp<ber", D, []),
    ("Last Thursday at 2pm I met someone from your team, small world!", "ask lon<lon", D, []),
    ("2pm or 4pm, whichever you like.", "ask lon<lon", D, []),
    ("My office hours are Tuesdays 2-4pm.", "ask chi<chi", D, []),
    ("Thursday from 2pm - actually no, Friday from 2pm.", "ask lon<lon", D, []),
    ("Either works, but I'd need to leave by 10:30 on Thursday.", "two lon<lon", D, []),
    # ---- clear replies with no time ----
    ("Good morning Ada, happy to chat! Send me a time that suits.", "ask lon<ny", A, []),
    ("Morning! 30 minutes is fine - what works for you?", "ask syd<syd", A, []),
    ("Good afternoon - sorry, I'm not taking calls this month.", "ask lon<lon", N, []),
    # ---- more statements that are plainly offers, on other clocks ----
    ("Thursday I'm free from 2pm my time.", "ask lon<ny", P, [(16, 14)]),
    ("I'm available Friday 17 November at 9:30.", "ask chi<lon", D, []),
    ("My diary is clear Wednesday afternoon from 3.", "ask sgp<ind", P, [(15, 15)]),
    ("I'll be free Thursday at noon.", "ask syd<sgp", P, [(16, 12)]),
    ("Wednesday I'm in back-to-backs till 1, then free.", "ask lon<ber", P, [(15, 13)]),
    ("Thursday works. I'm free after 11.", "ask chi<ny", P, [(16, 11)]),
    ("Tuesday 21st: free 2-3pm.", "ask syd<tok", P, [(21, 14)]),
    ("Friday's fairly open - from 10am onwards.", "ask sgp<syd", P, [(17, 10)]),
    ("I'm free Thursday 16th at 8pm, if evenings work for you.", "ask lon<ind", P, [(16, 20)]),
    ("Free Wednesday at 4, 30 mins.", "ask chi<van", P, [(15, 16)]),
    ("Thursday 3pm is open for me.", "ask lon<ber", P, [(16, 15)]),
    ("I've blocked Friday 11:00-11:30 for you.", "ask chi<chi", P, [(17, 11)]),
    ("Thursday's free after my 1pm, so 2pm?", "ask syd<syd", P, [(16, 14)]),
    # ---- a busy spell's end, and a free time after it; and their near misses ----
    ("Tuesday I'm busy till 4, then free for the rest of the day.", "ask chi<chi", P, [(14, 16)]),
    ("Donnerstag habe ich bis 15 Uhr Termine, danach bin ich frei.", "ask sgp<ber", P, [(16, 15)]),
    ("Jeudi je suis pris jusqu'à 15h, après je suis libre.", "ask lon<ber", P, [(16, 15)]),
    ("I'm free Thursday until 5.", "ask lon<lon", D, []),
    ("Thursday I'm in meetings until 3, then travelling.", "ask lon<lon", D, []),
    ("I might be available Friday at 10, I'll let you know.", "ask lon<lon", D, []),
    # ---- a part of the day that is no greeting ----
    ("Good morning Ada!\n\nThursday 10am works.\n\nKai", "two lon<lon", A, [("u", 16, 10)]),
    ("Thursday works. Morning, ideally.", "two lon<lon", D, []),
    ("Morning.", "two lon<lon", D, []),
]

# Clear replies left in doubt (strict xfail: a fix makes them pass and fail the mark).
_HERE = 'a clock said again with "here" and no "is" before it reads as a new, dayless time'
_UNPLACED = "'your time' with no zone of the user's named in the thread (user_zone_unplaced)"
_LEFT: dict[str, str] = {
    "I have a call at 2 on Wednesday, but I'm free at 4.": (
        "the day is named after the busy hour, so the free hour's clause has no day"
    ),
    "Wednesday is out, sorry. Thursday I'm free. 11am?": (
        "the day refused before the free one holds the dayless clock"
    ),
    "Let's aim for Thursday.\n\n2pm?": "a blank line parts the clock from its day",
    "G'day Ada, morning here - Thursday 10am works.": (
        '"morning here" after a greeting reads as a time in a statement'
    ),
    "2pm GMT Wednesday works, 3pm here.": _HERE,
    "Sounds good, 9am here in New York.": _HERE,
    "I could do 4pm your time on the 21st.": _UNPLACED,
    "I could do 4pm your time on Thursday (11am here).": _UNPLACED,
    "I'm free Thursday from 9am Pacific, so 5pm onwards for you.": (
        '"so 5pm onwards for you" is read as a second offer'
    ),
    "I've blocked Friday 11:00-11:30 for you.": _UNPLACED + ' ("for you" read as the user\'s)',
}


def _start(start: Start, sender: str, user_tz: tzinfo) -> datetime:
    head, *rest = start
    if isinstance(head, str):
        tz: tzinfo = user_tz if head == "u" else ZoneInfo(head)
        day, hour, *minute = (int(x) for x in rest)
    else:
        tz = timezone(timedelta(minutes=_SENDERS[sender]))
        day, hour, *minute = (int(head), *(int(x) for x in rest))
    at = datetime(2028, 11, day, hour, minute[0] if minute else 0, tzinfo=tz)
    return at.astimezone(user_tz).replace(tzinfo=None)


def read(body: str, setting: str) -> tuple[Verdict, tzinfo, str]:
    kind, pair = setting.split()
    user, sender = pair.split("<")
    user_tz, zone = _USERS[user]
    verdict = read_reply(body, tz=user_tz, date=_date(sender), quote=_quote(kind, zone))
    return verdict, user_tz, sender


def _param(row: Row) -> object:
    left = _LEFT.get(row[0])
    marks = [pytest.mark.xfail(strict=True, reason=left)] if left else []
    return pytest.param(*row, marks=marks)


@pytest.mark.parametrize(("body", "setting", "intent", "starts"), [_param(r) for r in ROWS])
def test_time_in_statement_is_read_right_or_doubted(
    body: str,
    setting: str,
    intent: Intent | tuple[Intent, ...] | None,
    starts: list[Start],
) -> None:
    verdict, user_tz, sender = read(body, setting)
    if intent is None:
        assert not verdict.certain, (verdict.intent, local_starts(verdict, user_tz))
        return
    assert verdict.certain, (verdict.intent, local_starts(verdict, user_tz), doubt_codes(verdict))
    assert verdict.intent in (intent if isinstance(intent, tuple) else (intent,))
    got = local_starts(verdict, user_tz)
    assert got == [_start(s, sender, user_tz) for s in starts] or (starts is ONE and got == [])
