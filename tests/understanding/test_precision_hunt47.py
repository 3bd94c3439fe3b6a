"""Precision hunt 47: booking links, auto-replies, conflicts beside offers, Gulf weeks, windows.

Replies of our own to users in Doha, Riyadh, Tel Aviv, Casablanca, Lagos and Karachi, from
senders there and around the world (London, New York, Berlin, Paris, San Francisco, Singapore):
booking links in signatures that are not for the user ("for customers", "sales demos", "office
hours for my students") beside a defer, a decline or a real offer, and links that are the
answer; auto-replies with no return date ("at a client site", "travelling with limited
access"), with one in words, with a stand-in to contact (no referral); conflicts said beside
the offer ("on kid duty at 7", "school run at 3", "on call until 6", "a standing 1:1 at 10");
weeks that start on Sunday or Saturday, "after Friday prayers", "after iftar"; windows such as
"after 6pm Doha time, say 6-7:30 either day". Every reply is written on Monday 12 June 2028,
under the user's open ask ("ask"), the user's two offers on the user's clock ("two": Wednesday
14 June 10:00, Thursday 15 June 15:00) or the user's confirmation of Wednesday 14 June 10:00
("ok"). Starts are (month, day, hour[, minute]) on the user's clock. Near misses are replies a
careful human would not be sure of: they are safe doubted, or certain with no window and no
link (nothing gets booked).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_near_miss_safe,
    doubt_codes,
    is_safe,
    local_starts,
    miss_reading,
    pinned,
    read_reply,
    reading,
)
from workflows.stages import Intent
from workflows.understanding import Verdict

A, P, R = Intent.ACCEPT, Intent.PROPOSE_TIMES, Intent.RESCHEDULE
N, F, C = Intent.DECLINE, Intent.DEFER, Intent.CANCEL
OTH, AWAY = Intent.OTHER, Intent.OUT_OF_OFFICE

WED, THU = [(6, 14, 10)], [(6, 15, 15)]

SIG = "\n\nBest,\nKai Berg\n"
SIG_PHONE = "\n\nSent from my iPhone\n"
SIG_FR = "\n\nCordialement,\nKai Berg\n"

_TWO = (
    "Hi Kai, thanks for getting back to me! Would Wednesday 14 June at 10am or Thursday 15 June"
    " at 3pm ({z}) suit you for a 20-minute chat?"
)
_ASK = (
    "Hi Kai, I'm moving into product analytics and would love 20 minutes of your time in the"
    " next couple of weeks, whenever suits you."
)
_OK = "Great, Wednesday 14 June at 10am ({z}) it is. Talk then!"

# place -> (user zone, Date header (the sender's clock), zone words of the user's outreach)
_PLACES = {
    "doh": ("Asia/Qatar", "Mon, 12 Jun 2028 09:10:00 +0300", "Doha time"),
    "ruh": ("Asia/Riyadh", "Mon, 12 Jun 2028 09:10:00 +0300", "Riyadh time"),
    "tlv": ("Asia/Jerusalem", "Mon, 12 Jun 2028 09:10:00 +0300", "Israel time"),
    "cas": ("Africa/Casablanca", "Mon, 12 Jun 2028 09:10:00 +0100", "Casablanca time"),
    "los": ("Africa/Lagos", "Mon, 12 Jun 2028 09:10:00 +0100", "Lagos time"),
    "khi": ("Asia/Karachi", "Mon, 12 Jun 2028 09:10:00 +0500", "Karachi time"),
    # Doha user, sender in London (two hours behind).
    "dohlon": ("Asia/Qatar", "Mon, 12 Jun 2028 07:10:00 +0100", "Doha time"),
    # Riyadh user, sender in New York (seven hours behind).
    "ruhny": ("Asia/Riyadh", "Mon, 12 Jun 2028 02:10:00 -0400", "Riyadh time"),
    # Tel Aviv user, sender in Berlin (one hour behind).
    "tlvber": ("Asia/Jerusalem", "Mon, 12 Jun 2028 08:10:00 +0200", "Israel time"),
    # Casablanca user, sender in Paris (one hour ahead).
    "caspar": ("Africa/Casablanca", "Mon, 12 Jun 2028 10:10:00 +0200", "Casablanca time"),
    # Lagos user, sender in San Francisco (eight hours behind).
    "losla": ("Africa/Lagos", "Mon, 12 Jun 2028 01:10:00 -0700", "Lagos time"),
    # Karachi user, sender in Singapore (three hours ahead).
    "khisg": ("Asia/Karachi", "Mon, 12 Jun 2028 12:10:00 +0800", "Karachi time"),
}


def _setting(key: str) -> tuple[ZoneInfo, str, str]:
    """The user's zone, the Date header and the quoted thread (Gmail's shape) of ``place-kind``."""
    place, _, kind = key.partition("-")
    zone, when, words = _PLACES[place]
    text = {"two": _TWO, "ask": _ASK, "ok": _OK}[kind].format(z=words)
    head = "On Fri, Jun 9, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:"
    return ZoneInfo(zone), when, f"\n\n{head}\n> {text}\n>\n> Ada\n"


# body, setting, intent, starts, the scheduling link, the return date (month, day)
Row = tuple[str, str, Intent, list[tuple[int, ...]], str | None, tuple[int, int] | None]


def row(
    body: str,
    setting: str,
    intent: Intent,
    starts: list[tuple[int, ...]] | None = None,
    link: str | None = None,
    back: tuple[int, int] | None = None,
) -> Row:
    return (body, setting, intent, starts or [], link, back)


_DEMO = "https://calendly.com/kai-northwind/demo"
_MINE = "https://calendly.com/kai-berg/30min"

ROWS: list[Row] = [
    # ---- booking links that are not for the user, beside the real answer ----
    row(
        "Thanks for reaching out, Ada. I'm not taking on informational chats at the moment,"
        " sorry.\n\nKai Berg\nAccount Executive, Northwind\nBook a product demo for your team: "
        + _DEMO,
        "doh-ask",
        N,
    ),
    row(
        "Completely swamped until the end of the month. Could you ping me again in July?\n\n"
        "Kai Berg | Account Executive\nCustomers: book time with me at"
        " https://meetings.hubspot.com/kai-berg",
        "ruh-ask",
        F,
    ),
    row(
        "Happy to chat. How about Tuesday 20 June at 11am Riyadh time?\n\n--\nDr Kai Berg\n"
        "Office hours for my students: https://calendly.com/prof-berg/office-hours",
        "ruh-ask",
        P,
        [(6, 20, 11)],
    ),
    row(
        "Thursday at 3 works for me. See you then!\n\nKai Berg\nSales demos: " + _DEMO,
        "tlv-two",
        A,
        THU,
    ),
    row(
        "I appreciate you asking, but I'll have to pass; my calendar is full through the"
        " summer.\n\nBest,\nKai\nExisting customers can book support calls here:"
        " https://calendly.com/northwind-support",
        "cas-ask",
        N,
    ),
    row(
        "Neither of those works, I'm afraid. Could you do Monday 19 June at 2pm or Tuesday 20"
        " June at 4pm Lagos time?\n\nKai Berg\nSchedule a sales demo: https://cal.com/kai-berg/demo",
        "los-two",
        P,
        [(6, 19, 14), (6, 20, 16)],
    ),
    row(
        "Wednesday 10am works nicely.\n\nKai\nStudents: my office hours are bookable at"
        " https://calendly.com/dr-berg/students",
        "khi-two",
        A,
        WED,
    ),
    row(
        "Sorry Ada, this quarter is mad. Let's reconnect after the summer.\n\nKai Berg\n"
        "Sales Director, MENA\nBook a demo with our team: " + _DEMO,
        "doh-two",
        F,
    ),
    row(
        "Thursday 3pm is perfect, talk then.\n\n--\nKai Berg | Solutions Engineer\n"
        "Want to see the platform? Book a demo: https://calendly.com/northwind/platform-demo",
        "ruh-two",
        A,
        THU,
    ),
    row(
        "I can't do either of those, but Sunday 18 June at 1pm Israel time would work.\n\n"
        "Kai\nOffice hours (students only): https://calendly.com/kai-berg-tau/office",
        "tlv-two",
        P,
        [(6, 18, 13)],
    ),
    row(
        "Thank you for thinking of me, but I don't do these calls any more. Best of luck with"
        " the move.\n\nKai Berg\nPartner Success\nClients can schedule a check-in at"
        " https://calendly.com/kai-partners/checkin",
        "los-ask",
        N,
    ),
    row(
        "Not this month, I'm afraid; I'm travelling a lot. Drop me a line in mid-July?\n\n"
        "Kai Berg\nAccount Manager\nBook a sales call: https://meetings.hubspot.com/kberg",
        "khi-ask",
        F,
    ),
    # ---- booking links that are the answer ----
    row("Sure! Grab any 30 minutes that suits you here: " + _MINE, "doh-ask", A, link=_MINE),
    row(
        "Happy to. My calendar is here, pick whatever works: https://cal.com/kaiberg/chat",
        "ruh-ask",
        A,
        link="https://cal.com/kaiberg/chat",
    ),
    row(
        "Neither slot works, but feel free to book a time on my calendar:"
        " https://calendly.com/kberg/coffee",
        "tlv-two",
        A,
        link="https://calendly.com/kberg/coffee",
    ),
    row(
        "Would love to. Tuesday 20 June at 3pm Israel time works for me, or book anything here:"
        " https://calendly.com/kberg/20min",
        "tlv-ask",
        P,
        [(6, 20, 15)],
        link="https://calendly.com/kberg/20min",
    ),
    row(
        "Please use my booking page to find a slot: https://zcal.co/kberg/30",
        "khisg-ask",
        A,
        link="https://zcal.co/kberg/30",
    ),
    row(
        "Book here: https://calendly.com/kai-b/15min - anything on there is fair game.",
        "cas-ask",
        A,
        link="https://calendly.com/kai-b/15min",
    ),
    row(
        "Of course. The easiest is to pick a time on my Calendly: " + _MINE + SIG,
        "losla-ask",
        A,
        link=_MINE,
    ),
    row(
        "Avec plaisir ! Réservez directement un créneau ici : https://calendly.com/kai-berg/cafe"
        + SIG_FR,
        "cas-ask",
        A,
        link="https://calendly.com/kai-berg/cafe",
    ),
    # ---- auto-replies ----
    row(
        "Thank you for your email. I am currently at a client site with limited access to email"
        " and will respond as soon as I can.",
        "doh-ask",
        AWAY,
    ),
    row(
        "I'm travelling with limited access to email and will reply as soon as I can.",
        "ruh-ask",
        AWAY,
    ),
    row(
        "Automatic reply: I am out of the office until Sunday 18 June and will reply on my return.",
        "tlv-ask",
        AWAY,
        back=(6, 19),
    ),
    row(
        "I'm on annual leave and will be back on Tuesday 20 June. For anything urgent, please"
        " contact Leila Haddad (leila@example.com).",
        "ruh-ask",
        AWAY,
        back=(6, 20),
    ),
    row(
        "I am out of the office and back in on Thursday 22 June. For urgent matters my colleague"
        " Yusuf Okafor (yusuf@example.com) can help.",
        "los-ask",
        AWAY,
        back=(6, 22),
    ),
    row(
        "Je suis absent du bureau et de retour le mardi 20 juin. En cas d'urgence, merci de"
        " contacter Samira Alaoui (samira@example.com).",
        "cas-ask",
        AWAY,
        back=(6, 20),
    ),
    row(
        "I am out of the office with no access to email. I will respond when I'm back.",
        "khi-ask",
        AWAY,
    ),
    row(
        "Thanks for your message. I'm on leave and will be back in the office on Sunday, June"
        " 18th. In my absence please contact Noa Levi at noa@example.com.",
        "tlv-ask",
        AWAY,
        back=(6, 18),
    ),
    row(
        "Out of office: I'm at a client site all this week with patchy email. I'll get back to"
        " you when I can.",
        "dohlon-ask",
        AWAY,
    ),
    row(
        "Auto-reply: I'm away on business travel with limited connectivity. Responses may be"
        " delayed.",
        "khisg-ask",
        AWAY,
    ),
    row(
        "I'm out of office until Monday 26 June. While I'm away, Amina Bello"
        " (amina@example.com) is handling my inbox.",
        "los-two",
        AWAY,
        back=(6, 27),
    ),
    row(
        "Automatic reply: Thank you for your message. I am on leave and will return on"
        " Wednesday 21 June. For urgent requests please contact my assistant, Fatima Khan"
        " (fatima@example.com).",
        "khi-two",
        AWAY,
        back=(6, 21),
    ),
    # ---- conflicts said beside the real offer ----
    row(
        "I'm on kid duty at 7, but Tuesday 20 June at 5pm Doha time works." + SIG,
        "doh-ask",
        P,
        [(6, 20, 17)],
    ),
    row(
        "School run at 3 on Thursday, so that one's out. Wednesday at 10 is great though.",
        "ruh-two",
        A,
        WED,
    ),
    row("I'm on call until 6 on Wednesday. Thursday at 3pm suits me.", "tlv-two", A, THU),
    row(
        "I have a standing 1:1 at 10 on Wednesdays, so Thursday at 3pm it is." + SIG,
        "cas-two",
        A,
        THU,
    ),
    row(
        "Evening works better for me. Could we do Monday 19 June at 7pm Lagos time?",
        "los-ask",
        P,
        [(6, 19, 19)],
    ),
    row(
        "Mornings are hard with the school run, but Tuesday 20 June at 1pm Karachi time would"
        " work.",
        "khi-ask",
        P,
        [(6, 20, 13)],
    ),
    row(
        "I'm in back-to-back meetings until 2 on Thursday, but 3pm is fine." + SIG_PHONE,
        "doh-two",
        A,
        THU,
    ),
    row(
        "On call all day Wednesday, sadly. Thursday at 3 works.",
        "los-two",
        A,
        THU,
    ),
    row(
        "I've got pickup at 4 on Tuesday, so how about Tuesday 20 June at 2pm Riyadh time?",
        "ruh-ask",
        P,
        [(6, 20, 14)],
    ),
    row(
        "I'm on kid duty until 8 most nights, so evening works better: Wednesday 14 June at"
        " 9pm Karachi time?",
        "khi-ask",
        P,
        [(6, 14, 21)],
    ),
    row(
        "Wednesday at 10 clashes with my standing 1:1. Could we do Wednesday at 11 instead?",
        "dohlon-two",
        P,
        [(6, 14, 11)],
    ),
    row(
        "Thursday at 3 works. I have a hard stop at 3:30 for the school run, so 30 minutes max.",
        "cas-two",
        A,
        THU,
    ),
    row(
        "I'm on call until 6pm on Tuesday, so let's do Tuesday 20 June at 6:30pm Israel time.",
        "tlv-ask",
        P,
        [(6, 20, 18, 30)],
    ),
    # ---- weeks that start on Sunday or Saturday; prayer and meal times with a clock ----
    row("Sunday 18 June at 10am works for me.", "doh-ask", P, [(6, 18, 10)]),
    row(
        "How about Sunday the 18th at 1pm? Our week starts on Sunday here.",
        "ruh-ask",
        P,
        [(6, 18, 13)],
    ),
    row("Let's do Saturday 17 June at 11am Casablanca time.", "cas-ask", P, [(6, 17, 11)]),
    row(
        "After Friday prayers is easiest for me, say 2:30pm on Friday 16 June?",
        "ruh-ask",
        P,
        [(6, 16, 14, 30)],
    ),
    row(
        "After iftar suits me best: 9pm on Tuesday 20 June, Doha time?",
        "doh-ask",
        P,
        [(6, 20, 21)],
    ),
    row(
        "Sunday is the first day of our week and my quietest. Sunday 18 June at 11am Israel time?",
        "tlv-ask",
        P,
        [(6, 18, 11)],
    ),
    row(
        "Neither, sorry. I'm off Friday and Saturday, but Sunday 18 June at 10am Riyadh time"
        " works.",
        "ruh-two",
        P,
        [(6, 18, 10)],
    ),
    row("Saturday 17 June at 10am Lagos time?", "los-ask", P, [(6, 17, 10)]),
    row(
        "After Jumu'ah works well for me: Friday 16 June at 3pm Karachi time?",
        "khi-ask",
        P,
        [(6, 16, 15)],
    ),
    # ---- windows ----
    row(
        "After 6pm Doha time works best, say 6-7:30 either day.",
        "doh-two",
        P,
        [(6, 14, 18), (6, 15, 18)],
    ),
    row(
        "Any time after 4 your time on Tuesday 20 June works for me.",
        "khi-ask",
        P,
        [(6, 20, 16)],
    ),
    row(
        "I'm free on Monday 19 June between 2 and 4pm Riyadh time, whenever suits you in that"
        " window.",
        "ruh-ask",
        P,
        [(6, 19, 14)],
    ),
    row(
        "Tuesday 20 June from 5 to 6:30pm Israel time works for me.",
        "tlv-ask",
        P,
        [(6, 20, 17)],
    ),
    # ---- senders on other clocks ----
    row("Wednesday 10am your time (8am for me in London) is fine.", "dohlon-two", A, WED),
    row(
        "Thursday at 3pm Riyadh time works; that's 8am for me in New York.",
        "ruhny-two",
        A,
        THU,
    ),
    row("Could we do Monday 19 June at 9am Berlin time instead?", "tlvber-two", P, [(6, 19, 10)]),
    row(
        "Aucun des deux ne me convient. Mardi 20 juin à 15h, heure de Paris ?",
        "caspar-two",
        P,
        [(6, 20, 14)],
    ),
    row("How about Tuesday 20 June at 8am Pacific?", "losla-ask", P, [(6, 20, 16)]),
    row("Friday 16 June at 6pm Singapore time?", "khisg-ask", P, [(6, 16, 15)]),
    row(
        "Thursday 3pm Karachi works, which is 6pm for me in Singapore.",
        "khisg-two",
        A,
        THU,
    ),
    row(
        "Wednesday at 10 your time is 8am here in London. Early, but fine!",
        "dohlon-two",
        A,
        WED,
    ),
    row(
        "Neither works on my side. Monday 19 June at 9am Pacific (5pm for you)?",
        "losla-two",
        P,
        [(6, 19, 17)],
    ),
    # ---- plain answers ----
    row("Wednesday at 10 is perfect, speak then.", "doh-two", A, WED),
    row("Thursday 3pm works for me.", "khi-two", A, THU),
    row("Jeudi 15h, parfait pour moi.", "cas-two", A, THU),
    row(
        "Sorry Ada, I don't do informational calls any more. Good luck with the search!",
        "los-ask",
        N,
    ),
    row(
        "Thanks Ada. June is a write-off for me; can you ping me again after the summer?",
        "tlv-ask",
        F,
    ),
    row("I need to cancel Wednesday, something came up. Sorry!", "ruh-ok", C),
    row(
        "Can we move Wednesday to Thursday 15 June at 11am instead?",
        "doh-ok",
        R,
        [(6, 15, 11)],
    ),
    row(
        "Something's come up on Wednesday. Could we do Sunday 18 June at 10am instead?",
        "tlv-ok",
        R,
        [(6, 18, 10)],
    ),
    row(
        "I'm afraid I have to cancel our chat on Wednesday. I'll be in touch when things calm"
        " down.",
        "khi-ok",
        C,
    ),
    row(
        "Désolé, je dois annuler notre échange de mercredi. Pourrions-nous le faire jeudi 15"
        " juin à 16h ?",
        "cas-ok",
        R,
        [(6, 15, 16)],
    ),
    # ---- more of each theme ----
    row(
        "Sorry, I can't take this on right now.\n\nKai Berg\nHead of Sales, Gulf\nBook a discovery"
        " call with my team: https://calendly.com/northwind-gulf/discovery",
        "dohlon-ask",
        N,
    ),
    row(
        "Wednesday 10am is great.\n\nKai Berg\nCustomers: book onboarding sessions at"
        " https://calendly.com/northwind/onboarding",
        "ruhny-two",
        A,
        WED,
    ),
    row(
        "Let's talk next month instead, June is packed.\n\nProf. Kai Berg\nStudent office"
        " hours: https://calendly.com/kberg-uni/office-hours",
        "tlvber-ask",
        F,
    ),
    row(
        "Thursday doesn't work, but Wednesday at 10 is good.\n\nKai\nSales demos:"
        " https://cal.com/northwind/demo",
        "los-two",
        A,
        WED,
    ),
    row(
        "Yes, let's talk. Here's my booking link, pick any slot: https://calendly.com/kai-b/chat",
        "khi-ask",
        A,
        link="https://calendly.com/kai-b/chat",
    ),
    row(
        "Monday 19 June at 4pm Doha time? If that's no good, grab another slot at " + _MINE,
        "doh-ask",
        P,
        [(6, 19, 16)],
        link=_MINE,
    ),
    row(
        "I'm at a client site until Thursday 15 June with limited access to email. I'll reply"
        " when I'm back.",
        "cas-ask",
        AWAY,
        back=(6, 16),
    ),
    row(
        "Automatic reply: I'm travelling and will be back at my desk on Sunday 18 June.",
        "doh-ask",
        AWAY,
        back=(6, 18),
    ),
    row(
        "Out of the office. I'll be back on the nineteenth of June.",
        "losla-ask",
        AWAY,
        back=(6, 19),
    ),
    row(
        "I'm off sick and not checking email. Please contact my colleague Sarah Cohen"
        " (sarah@example.com) for anything urgent.",
        "tlv-two",
        AWAY,
    ),
    row(
        "Standing 1:1 at 10 on Wednesday, kid duty on Thursday afternoon. Could we do Monday"
        " 19 June at 12pm Lagos time?",
        "los-two",
        P,
        [(6, 19, 12)],
    ),
    row(
        "On call until 6 this week, so evenings only: Tuesday 20 June at 7pm Riyadh time?",
        "ruh-ask",
        P,
        [(6, 20, 19)],
    ),
    row(
        "School run at 3 on Thursday. Wednesday 10am is fine.",
        "khisg-two",
        A,
        WED,
    ),
    row(
        "Evening works better than morning for me, so Thursday 3pm suits me more than"
        " Wednesday 10am. Thursday it is.",
        "cas-two",
        A,
        THU,
    ),
    row(
        "Our weekend is Friday and Saturday. Sunday 18 June at 2pm Doha time?",
        "doh-two",
        P,
        [(6, 18, 14)],
    ),
    row(
        "After Friday prayers I'm free; Friday 16 June at 2pm Riyadh time works.",
        "ruhny-ask",
        P,
        [(6, 16, 14)],
    ),
    row(
        "After 6pm Riyadh time, say 6 to 7:30 on Tuesday 20 June?",
        "ruh-ask",
        P,
        [(6, 20, 18)],
    ),
    row(
        "Any time after 4pm your time on Monday 19 June works, I'm flexible then.",
        "losla-ask",
        P,
        [(6, 19, 16)],
    ),
    row(
        "Thursday at 3pm Israel time is 2pm in Berlin; that works for me.",
        "tlvber-two",
        A,
        THU,
    ),
    row(
        "Mercredi 10h heure de Casablanca, donc 11h pour moi à Paris : parfait.",
        "caspar-two",
        A,
        WED,
    ),
    row("Wednesday at 10am Karachi time, confirmed.", "khisg-two", A, WED),
    row(
        "Really sorry, I have to cancel Wednesday's call; a client emergency came up.",
        "los-ok",
        C,
    ),
    row(
        "Could we push Wednesday to Sunday 18 June, same time?",
        "doh-ok",
        R,
        [(6, 18, 10)],
    ),
    # A part of the day is a window on the reader's bounds (evening from 17:00, morning from
    # 9:00); first written as near misses, moved here once that convention was looked up.
    row("Evening works better, Wednesday maybe?", "khi-two", P, [(6, 14, 17)]),
    row("Thursday evening works better than 3pm.", "ruh-two", P, [(6, 15, 17)]),
    row("Saturday or Sunday morning?", "cas-ask", P, [(6, 17, 9), (6, 18, 9)]),
]

# body, setting: a certain reading of these is safe only with no window and no link
Miss = tuple[str, str]

NEAR_MISSES: list[Miss] = [
    # A signature's link that is not for the user, beside a yes with no time.
    ("Happy to chat!\n\nKai\nBook a demo: " + _DEMO, "doh-ask"),
    (
        "Sure, let's find a time.\n\nKai Berg\nOffice hours for my students:"
        " https://calendly.com/prof-berg/office-hours",
        "ruh-ask",
    ),
    (
        "Customers book me through https://calendly.com/kai-sales/demo, but for you let me"
        " look at my diary and come back.",
        "tlv-ask",
    ),
    (
        "My student office hours are Tuesdays 2-4 (https://calendly.com/prof-berg/office); you"
        " could drop in?",
        "khi-ask",
    ),
    (
        "Interested! Our sales team's calendar is https://calendly.com/northwind/sales if you"
        " want a product walkthrough.",
        "los-ask",
    ),
    # A conflict alone, with no offer.
    ("I'm on kid duty at 7 most evenings.", "doh-ask"),
    ("School run at 3, so afternoons are tricky for me.", "ruh-ask"),
    ("On call until 6 on Thursday.", "tlv-two"),
    ("I have a standing 1:1 at 10.", "cas-two"),
    ("Thursday I'm on call until 6, and Wednesday has my 1:1 at 10.", "los-two"),
    # Evenings and meal or prayer times with no clock.
    ("Evening works better for me.", "doh-ask"),
    ("After Friday prayers works for me.", "ruh-ask"),
    ("Any day after iftar is good.", "doh-ask"),
    ("Sometime after Maghrib on Tuesday?", "khi-ask"),
    ("After the school run on Sunday?", "tlv-ask"),
    # Weeks whose first day differs: which day is meant?
    ("Early next week, in the afternoon?", "doh-ask"),
    ("Let's do the first day of next week at 10.", "ruh-ask"),
    ("This weekend at 11?", "doh-ask"),
    ("Sunday?", "tlv-ask"),
    ("Any day at the start of the week, around 10.", "ruh-ask"),
    # Windows with no day.
    ("Any time after 4 your time.", "khi-ask"),
    ("After 6pm Doha time, say 6-7:30, any evening.", "doh-ask"),
    ("Between 2 and 4 my time works.", "losla-ask"),
    ("Later in the day suits me, after 5ish.", "cas-two"),
    # Restatements on another clock that do not agree.
    ("Wednesday 10am your time, 9am for me in London.", "dohlon-two"),
    ("Thursday 3pm your time / 3pm mine?", "ruhny-two"),
    ("Tuesday 20 June at 10am, yours or mine, whichever.", "tlvber-ask"),
    ("Mardi 20 juin à 15h, heure de Paris ou de Casablanca, comme tu préfères.", "caspar-ask"),
    # Auto-replies that are not quite: a person saying they are away and will reply.
    ("Travelling with limited access this week; will reply properly soon.", "ruh-two"),
    ("At a client site today, will look at dates tonight.", "doh-two"),
    # Someone else's diary or office hours.
    ("My colleague holds office hours on Tuesdays at 4; you could join.", "los-ask"),
    ("My assistant can do Wednesday at 10, I can't.", "khi-two"),
    # Maybe, not yet.
    ("Wednesday might work, let me check and confirm tomorrow.", "tlv-two"),
    ("Sunday could be possible, I'll let you know.", "ruh-ask"),
    ("Thursday at 3 probably works, but I'll confirm on Wednesday morning.", "cas-two"),
    # Which one: both kept.
    ("Either works for me, your pick.", "los-two"),
    ("Wednesday or Thursday, whichever you prefer.", "khi-two"),
    # A move with no new time: doubted, or a certain reschedule asking for times.
    ("Can we push Wednesday a little?", "doh-ok"),
    ("Could we move it to another day this week?", "tlv-ok"),
    ("Any chance we could do it after iftar instead?", "ruh-ok"),
    ("Can we shift to the evening? Kid duty in the morning.", "khi-ok"),
    # A conflict at the user's own offer, nothing else picked.
    ("Thursday at 3 is the school run, sorry.", "doh-two"),
    ("Wednesday at 10 is my standing 1:1.", "tlv-two"),
    ("On call until 6 both days, so neither, sorry.", "khi-two"),
    # A link that is the user's? No: a colleague's.
    (
        "You should talk to my colleague Omar instead; his calendar is"
        " https://calendly.com/omar-n/chat",
        "doh-ask",
    ),
    ("Any time after 4 your time either day.", "khisg-ask"),
    ("Wednesday works, but make it after the school run.", "cas-two"),
]

# Clear rows the reader leaves in doubt at the end of this hunt (tested as doubted).
LEFT_IN_DOUBT: dict[str, str] = {
    "I'm on kid duty until 8 most nights, so evening works better: Wednesday 14 June at"
    " 9pm Karachi time?": "'evening' read beside the clock (`time_without_day`)",
    "After 6pm Doha time works best, say 6-7:30 either day.": "'either day' names the user's"
    " two days without naming them (`no_intent_cue`)",
    "Any time after 4 your time on Tuesday 20 June works for me.": "`user_zone_unplaced`",
    "Any time after 4pm your time on Monday 19 June works, I'm flexible then.": (
        "`user_zone_unplaced`"
    ),
    "Let's talk next month instead, June is packed.\n\nProf. Kai Berg\nStudent office"
    " hours: https://calendly.com/kberg-uni/office-hours": "'let's talk next month' is no"
    " defer cue (`no_intent_cue`); the students' link is no longer taken as the answer",
    "I'm off sick and not checking email. Please contact my colleague Sarah Cohen"
    " (sarah@example.com) for anything urgent.": "'off sick' is no absence wording"
    " (`no_intent_cue`)",
    "Evening works better than morning for me, so Thursday 3pm suits me more than"
    " Wednesday 10am. Thursday it is.": "`two_readings_of_time`",
}

# Rows found certain but wrong and left (strict xfails).
WRONG_LEFT: dict[str, str] = {
    "Wednesday at 10 clashes with my standing 1:1. Could we do Wednesday at 11 instead?": (
        "'Wednesday at 11 instead' of the user's 10 is read on the London sender's clock"
        " (13:00 in Doha), not as the hour after the user's offer"
    ),
    "Out of the office. I'll be back on the nineteenth of June.": "a day of the month in words"
    " ('the nineteenth of June') is not read as the return date",
    "Mardi 20 juin à 15h, heure de Paris ou de Casablanca, comme tu préfères.": "two zones"
    " offered with 'ou': the first (Paris) is taken",
    "Wednesday works, but make it after the school run.": "'but make it after …' moves the"
    " picked time; the pick of Wednesday 10:00 is kept",
}


def _expected(starts: list[tuple[int, ...]]) -> list[datetime]:
    return sorted(datetime(2028, *t) for t in starts)


def _read(body: str, setting: str) -> tuple[Verdict, ZoneInfo]:
    zone, when, quote = _setting(setting)
    return read_reply(body, tz=zone, date=when, quote=quote), zone


def _right(verdict: Verdict, zone: ZoneInfo, want: Row) -> bool:
    """Read as the row says: its intent and starts (:func:`reading`), its link, its day back."""
    _, _, intent, starts, link, back = want
    if reading(verdict, zone, intent, _expected(starts)) != "right":
        return False
    if verdict.scheduling_link != link:
        return False
    if intent is AWAY:
        return verdict.return_date == (date(2028, *back) if back else None)
    return True


def classify(want: Row) -> str:
    """'right', 'WRONG' or 'doubted': how the reader reads one clear row."""
    verdict, zone = _read(want[0], want[1])
    if not verdict.certain:
        return "doubted"
    return "right" if _right(verdict, zone, want) else "WRONG"


def classify_miss(miss: Miss) -> str:
    """'doubted', 'safe' (certain, harmless) or 'WRONG' for one near miss."""
    verdict, _ = _read(miss[0], miss[1])
    return miss_reading(verdict)


@pytest.mark.parametrize(
    ("body", "setting", "intent", "starts", "link", "back"), pinned(ROWS, WRONG_LEFT)
)
def test_clear_reply_is_read_right(
    body: str,
    setting: str,
    intent: Intent,
    starts: list[tuple[int, ...]],
    link: str | None,
    back: tuple[int, int] | None,
) -> None:
    want = (body, setting, intent, starts, link, back)
    verdict, zone = _read(body, setting)
    seen = (verdict.intent, local_starts(verdict, zone), verdict.scheduling_link)
    if want[0] in LEFT_IN_DOUBT:
        assert not verdict.certain, seen
        return
    assert verdict.certain, (*seen, doubt_codes(verdict))
    assert _right(verdict, zone, want), (*seen, verdict.return_date)
    if want[2] is AWAY:
        # A stand-in named for the absence is not someone to meet (convention (f)).
        assert not verdict.referrals


@pytest.mark.parametrize(("body", "setting"), pinned(NEAR_MISSES, WRONG_LEFT))
def test_near_miss_stays_safe(body: str, setting: str) -> None:
    verdict, zone = _read(body, setting)
    if verdict.certain and is_safe(verdict):
        # Certain with no window and no link: nothing gets booked (the brief's rule, wider
        # than mend 55's, which allows only a certain reschedule or `other`).
        return
    assert_near_miss_safe(verdict, zone, None)
    assert verdict.scheduling_link is None


def test_table_is_large_enough() -> None:
    assert len(ROWS) + len(NEAR_MISSES) >= 150
    assert not set(LEFT_IN_DOUBT) - {r[0] for r in ROWS}
    assert not set(WRONG_LEFT) - {r[0] for r in ROWS} - {m[0] for m in NEAR_MISSES}
