"""Precision hunt 34: clear replies in regional Englishes.

Australian and New Zealand ("keen", "reckon", "not across it", "sweet as", "no worries", "arvo",
"heaps"), British and Irish ("cheers", "grand", "I'll pass", "shall we say", "ta", "brill",
"sorted", "half ten"), Indian ("do the needful", "revert", "prepone", "kindly", "PFB"), South
African ("just now", "now now", "lekker"), Singaporean ("can lah", "cannot make it", "on!") and
American phone English, for every intent, with their near misses: a yes word to two offers, a
"pass" that passes something on, "just now" that is later, a hedge. Each reply is read right and
certain, or left in doubt. Sentences of our own. The reply is written on Monday 10 April 2028;
the user (New York) asked openly, offered Wednesday 12 April at 2pm or Thursday 13 April at 10am
(Eastern), offered Wednesday at 2pm alone, or has Wednesday at 2pm agreed.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

A, P, R = Intent.ACCEPT, Intent.PROPOSE_TIMES, Intent.RESCHEDULE
N, F, C = Intent.DECLINE, Intent.DEFER, Intent.CANCEL
REF, OTH = Intent.REFERRAL, Intent.OTHER
# The right reading is "in doubt": no certain reading of it would be safe.
D = None
# A yes that asks the user to choose between two offers: a yes with no time, or a question
# back; either is right, and neither books.
AO = (A, OTH)
# A bare yes to one offer: read with that time or with none, both right.
ONE = [(12, 14)]

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
# Setting: the reply's Date header (where the sender writes from) and the quoted thread.
_SETTINGS: dict[str, tuple[str, str]] = {
    "ask": (_DATE_NY, _ASK),
    "two": (_DATE_NY, _TWO),
    "one": (_DATE_NY, _ONE),
    "agreed": (_DATE_NY, _AGREED),
    "ask_syd": ("Mon, 10 Apr 2028 23:00:00 +1000", _ASK),
    "ask_akl": ("Tue, 11 Apr 2028 01:00:00 +1200", _ASK),
    "ask_ind": ("Mon, 10 Apr 2028 18:30:00 +0530", _ASK),
    "ask_lon": ("Mon, 10 Apr 2028 14:00:00 +0100", _ASK),
    "ask_jnb": ("Mon, 10 Apr 2028 15:00:00 +0200", _ASK),
    "ask_sgp": ("Mon, 10 Apr 2028 21:00:00 +0800", _ASK),
    "two_ind": ("Mon, 10 Apr 2028 18:30:00 +0530", _TWO),
    "agreed_ind": ("Mon, 10 Apr 2028 18:30:00 +0530", _AGREED),
}

Row = tuple[str, str, Intent | tuple[Intent, ...] | None, list[tuple[int, ...]]]
ROWS: list[Row] = [
    # ---- Australia and New Zealand ----
    ("Keen! Thursday 10am suits me.", "two", A, [(13, 10)]),
    ("Sweet as, Wednesday at 2 works.", "two", A, [(12, 14)]),
    ("No worries, Thursday it is.", "two", A, [(13, 10)]),
    ("Reckon Wednesday's best for me.", "two", A, [(12, 14)]),
    ("Wednesday arvo works a treat.", "two", A, [(12, 14)]),
    ("Heaps keen for Thursday morning, see you then.", "two", A, [(13, 10)]),
    ("Keen as!", "one", A, ONE),
    ("Sweet as, see you Wednesday.", "one", A, ONE),
    ("No worries at all, talk then.", "one", A, ONE),
    ("Yeah nah, Wednesday's no good. Thursday works though.", "two", A, [(13, 10)]),
    ("Keen for a chat! Flick me a time that suits.", "ask", A, []),
    ("Heaps keen, whenever suits you.", "ask", A, []),
    ("No worries, happy to have a yarn.", "ask", A, []),
    ("Keen! How's Thursday arvo?", "ask", P, [(13, 13)]),
    ("Reckon Wednesday 3pm would work best my end.", "ask", P, [(12, 15)]),
    ("I'm free Friday arvo, say 2pm?", "ask", P, [(14, 14)]),
    ("How about Tuesday at 11? No worries if not.", "ask", P, [(11, 11)]),
    ("Keen for a coffee Thursday arvo, 3ish?", "ask", P, [(13, 15)]),
    ("Heaps of time Friday after 2pm if that suits.", "ask", P, [(14, 14)]),
    ("Wed 10:30 suit yous?", "ask", P, [(12, 10, 30)]),
    ("Keen! Does Thursday 9am AEST suit you?", "ask_syd", P, [(12, 19)]),
    ("Keen as, how about Friday 8am NZ time?", "ask_akl", P, [(13, 16)]),
    ("Thanks heaps, but I'll pass this time.", "ask", N, []),
    ("Not keen, sorry mate.", "ask", N, []),
    ("Thanks but no thanks, mate.", "ask", N, []),
    ("Sorry mate, can't help you there.", "ask", N, []),
    ("Flat out at the moment - flick me a note in a fortnight?", "ask", F, []),
    ("Chockers this month, ask me again after Easter.", "ask", F, []),
    (
        "Not really across that side of things - Priya Nair (priya.nair@example.com) would be"
        " your best bet.",
        "ask",
        REF,
        [],
    ),
    ("You'd be better off chatting to Sam Tait - sam.tait@example.com. Cheers.", "ask", REF, []),
    ("Something's come up - could we shift to Thursday arvo, say 3?", "agreed", R, [(13, 15)]),
    ("Mind if we bump it to tomorrow at 3?", "agreed", R, [(11, 15)]),
    ("Sorry, gotta pull the pin on Wednesday. Something's come up.", "agreed", C, []),
    ("Really sorry, have to cancel Wednesday - crook as a dog.", "agreed", C, []),
    # near misses
    ("Keen, but not sure about Thursday yet.", "two", OTH, []),
    ("Not keen on Wednesday, Thursday might work.", "two", D, []),
    ("Reckon I might be free Thursday, will confirm.", "ask", D, []),
    ("Sweet as. Which day suits you better?", "two", AO, []),
    ("Not across my diary yet, will let you know.", "ask", D, []),
    ("No worries if it's easier to do Thursday instead?", "agreed", D, []),
    ("Heaps on this week. Thursday's out.", "two", D, []),
    # ---- Britain and Ireland ----
    ("Thursday's grand, cheers.", "two", A, [(13, 10)]),
    ("Wednesday at 2 is brill, ta.", "two", A, [(12, 14)]),
    ("Cheers Ada, Thursday suits.", "two", A, [(13, 10)]),
    ("Lovely, Wednesday at 2 it is then.", "two", A, [(12, 14)]),
    ("Thursday 10am is sorted on my side.", "two", A, [(13, 10)]),
    ("Grand so, talk then.", "one", A, ONE),
    ("Cheers, that works.", "one", A, ONE),
    ("Brill, see you Wednesday.", "one", A, ONE),
    ("Ta, works for me.", "one", A, ONE),
    ("Sorted - speak then.", "one", A, ONE),
    ("Would be grand to chat.", "ask", A, []),
    ("Happy to help, cheers.", "ask", A, []),
    ("Shall we say Thursday at 4?", "ask", P, [(13, 16)]),
    ("I could do Wednesday at half ten.", "ask", P, [(12, 10, 30)]),
    ("Would Thursday at half two suit?", "ask", P, [(13, 14, 30)]),
    ("Let's pencil in Friday, 11 o'clock.", "ask", P, [(14, 11)]),
    ("Grand, would Tuesday at 3 suit?", "ask", P, [(11, 15)]),
    ("Shall we say Tuesday 3pm BST?", "ask_lon", P, [(11, 10)]),
    ("Cheers for thinking of me, but I'll have to pass.", "ask", N, []),
    ("Ta for the note but I'm going to give it a miss.", "ask", N, []),
    ("I'll pass, thanks - not something I do.", "ask", N, []),
    ("Afraid I'll have to say no to this one.", "ask", N, []),
    ("Snowed under at the minute, give me a shout in May.", "ask", F, []),
    ("Rushed off my feet till the end of the month - try me after that?", "ask", F, []),
    ("Best to have a word with Fiona Kelly, fiona.kelly@example.com. Cheers.", "ask", REF, []),
    ("Shall we say Friday at 2 instead?", "agreed", R, [(14, 14)]),
    (
        "Could we move it to Thursday at half three? Sorry for the faff.",
        "agreed",
        R,
        [(13, 15, 30)],
    ),
    ("Sorry, something's cropped up - we'll have to knock Wednesday on the head.", "agreed", C, []),
    ("Apologies, I'll have to cancel Wednesday's chat. Ta.", "agreed", C, []),
    # near misses
    ("Cheers.", "two", D, []),
    ("Ta.", "two", D, []),
    ("I'll pass this on to our recruiter.", "ask", D, []),
    ("I'll pass your note to the team.", "ask", D, []),
    ("Shall we say next month? Bit hectic now.", "ask", F, []),
    ("Grand. Which one suits you better?", "two", AO, []),
    ("Brill - though let me check with the boss first.", "one", OTH, []),
    ("Cheers for the offer of Wednesday - I'll see how the week shapes up.", "one", D, []),
    # ---- India ----
    ("Thursday works for me, I'll do the needful and block my calendar.", "two", A, [(13, 10)]),
    ("Kindly note Wednesday 2pm is fine with me.", "two", A, [(12, 14)]),
    ("Wednesday 2 pm is convenient. Kindly send the invite.", "two", A, [(12, 14)]),
    ("PFB my confirmation: Thursday 10 AM works.", "two", A, [(13, 10)]),
    ("Noted with thanks. I will join at the said time.", "one", A, ONE),
    ("Yes, confirmed from my end.", "one", A, ONE),
    ("Ok noted, will join.", "one", A, ONE),
    ("Sure, kindly share a convenient slot.", "ask", A, []),
    ("Sure, kindly revert with a few slots.", "ask", A, []),
    ("Kindly let me know if Wednesday 4 PM works for you.", "ask", P, [(12, 16)]),
    ("I am available on 12th April at 11 AM. Kindly confirm.", "ask", P, [(12, 11)]),
    ("PFB my availability: Thursday 13th April, 3-5 PM.", "ask", P, [(13, 15)]),
    ("Can we connect tomorrow at 5 PM?", "ask", P, [(11, 17)]),
    ("I am available on Thursday at 7:30 PM IST.", "ask_ind", P, [(13, 10)]),
    ("Kindly confirm if Wednesday 8 PM IST is convenient.", "ask_ind", P, [(12, 10, 30)]),
    ("Kindly excuse me, I will not be able to take this up.", "ask", N, []),
    ("I regret to inform you that I won't be able to connect.", "ask", N, []),
    ("I will revert next week once my travel plans are finalised.", "ask", F, []),
    ("Can we do this after Diwali? Things are hectic now.", "ask", F, []),
    ("I am on leave till the 24th, kindly ping me after that.", "ask", F, []),
    (
        "Kindly connect with my colleague Rahul Mehta, rahul.mehta@example.com, who handles this.",
        "ask",
        REF,
        [],
    ),
    ("PFB contact of the right person: Anita Rao <anita.rao@example.com>.", "ask", REF, []),
    ("Can we prepone to Wednesday 11 AM?", "agreed", R, [(12, 11)]),
    ("Need to prepone our call to Tuesday 4 PM if possible.", "agreed", R, [(11, 16)]),
    ("Kindly postpone our meeting to Friday 3 PM.", "agreed", R, [(14, 15)]),
    ("Can we prepone to Wednesday 7:30 PM IST?", "agreed_ind", R, [(12, 10)]),
    ("Apologies, need to cancel our call. Kindly excuse.", "agreed", C, []),
    ("Due to an urgent work, I have to cancel Wednesday's meeting.", "agreed", C, []),
    # near misses
    ("Do the needful.", "two", D, []),
    ("I will revert.", "two", OTH, []),
    ("Will revert on the timing.", "two", OTH, []),
    ("Kindly revert with your CV first.", "ask", D, []),
    ("Prepone if possible?", "agreed", R, []),
    ("Kindly confirm which slot is convenient for you.", "two", D, []),
    ("Thursday 10 AM IST would have been better.", "two_ind", D, []),
    # ---- South Africa ----
    ("Lekker, Thursday at 10 it is!", "two", A, [(13, 10)]),
    ("Lekker, see you then.", "one", A, ONE),
    ("Sharp, Wednesday works.", "two", A, [(12, 14)]),
    ("Howzit Ada, Thursday 10 is lekker for me.", "two", A, [(13, 10)]),
    ("Wednesday 4pm SAST works for me, let me know.", "ask_jnb", P, [(12, 10)]),
    ("Lekker! Would Tuesday at 3 work?", "ask", P, [(11, 15)]),
    ("Eish, not for me, sorry - I'm not doing coffee chats.", "ask", N, []),
    ("Try Thabo Nkosi (thabo.nkosi@example.com), he's your guy.", "ask", REF, []),
    ("Eish, something came up. Can we do Thursday 11 instead?", "agreed", R, [(13, 11)]),
    ("Sorry, have to cancel Wednesday, load shedding chaos here.", "agreed", C, []),
    # near misses: "just now" and "now now" are later, not now
    ("I'll send you times just now.", "ask", D, []),
    ("Let me check my diary, will come back to you just now.", "two", OTH, []),
    ("Can I call you now now?", "ask", OTH, []),
    ("I'm in a meeting now now, will reply properly later.", "two", D, []),
    ("Lekker idea, but let me see how the week looks.", "ask", D, []),
    # ---- Singapore ----
    ("Thursday 10am can lah.", "two", A, [(13, 10)]),
    ("Wed 2pm can. See you!", "two", A, [(12, 14)]),
    ("Wednesday cannot, Thursday can.", "two", A, [(13, 10)]),
    ("Can can!", "one", A, ONE),
    ("Can lah, see you.", "one", A, ONE),
    ("On!", "one", A, ONE),
    ("Tomorrow 4pm can?", "ask", P, [(11, 16)]),
    ("Thursday 3pm can or not?", "ask", P, [(13, 15)]),
    ("Thursday 9pm SGT can?", "ask_sgp", P, [(13, 9)]),
    ("Sorry ah, cannot lah. Not taking any coffee chats now.", "ask", N, []),
    ("Very busy now, can catch up next month?", "ask", F, []),
    ("Wrong person lah, ask Mei Ling Tan at meiling.tan@example.com.", "ask", REF, []),
    ("Wednesday cannot make it already, Thursday 2pm can?", "agreed", R, [(13, 14)]),
    ("Sorry lah, cannot make it on Wednesday. Let's cancel first.", "agreed", C, []),
    # near misses
    ("Can lah.", "two", A, []),
    ("On!", "two", A, []),
    ("Cannot make it Wednesday.", "two", D, []),
    ("Can or not?", "two", OTH, []),
    ("Thursday also can, Wednesday also can.", "two", A, []),
    # ---- American phone English ----
    ("yep thurs 10 works", "two", A, [(13, 10)]),
    ("wed @ 2 👍", "two", A, [(12, 14)]),
    ("k wed 2 works", "two", A, [(12, 14)]),
    ("Sure thing, Wednesday works. Talk then", "two", A, [(12, 14)]),
    ("yup", "one", A, ONE),
    ("sounds good c u then", "one", A, ONE),
    ("def down, hmu w a time", "ask", A, []),
    ("Call me Wed around 2?", "ask", P, [(12, 14)]),
    ("how bout thurs 3ish", "ask", P, [(13, 15)]),
    ("Could do 11ish tmrw", "ask", P, [(11, 11)]),
    ("gonna pass, thx tho", "ask", N, []),
    ("swamped rn, hit me up in a couple weeks?", "ask", F, []),
    ("talk to jen lee instead - jen.lee@example.com", "ask", REF, []),
    ("can we do thurs 11 instead? sry", "agreed", R, [(13, 11)]),
    ("gonna have to bail on wed, sorry!", "agreed", C, []),
    # near misses
    ("thurs 10? lemme check n get back 2 u", "two", D, []),
    ("maybe thurs", "two", D, []),
    ("sure, but has to be after 5 my time", "ask", D, []),
    ("idk yet, wed might work", "two", D, []),
]


# Clear replies the reader still leaves in doubt (EVALUATION.md, hunt 34, "what is left"),
# pinned so that a fix shows here: a pick by part of the day ("Wednesday arvo works"), a day
# ruled out before the one picked, Singapore's "Wednesday cannot, Thursday can", a bare hour
# after a day in a move ("Thursday 11 instead?"), lower-case "wed". (The Singlish referral
# to "Mei Ling Tan" reads certain since round 43: "Mei" is a first name, not the Dutch May.)
LEFT_IN_DOUBT = frozenset(
    {
        "Wednesday arvo works a treat.",
        "Heaps keen for Thursday morning, see you then.",
        "Yeah nah, Wednesday's no good. Thursday works though.",
        "Let's pencil in Friday, 11 o'clock.",
        "Eish, not for me, sorry - I'm not doing coffee chats.",
        "Eish, something came up. Can we do Thursday 11 instead?",
        "Wednesday cannot, Thursday can.",
        "Thursday also can, Wednesday also can.",
        "k wed 2 works",
        "can we do thurs 11 instead? sry",
    }
)


def _expected(starts: list[tuple[int, ...]]) -> list[datetime]:
    return [datetime(2028, 4, *t) for t in starts]


@pytest.mark.parametrize(("body", "setting", "intent", "starts"), ROWS)
def test_regional_reply_is_read_right_or_doubted(
    body: str,
    setting: str,
    intent: Intent | tuple[Intent, ...] | None,
    starts: list[tuple[int, ...]],
) -> None:
    date, quote = _SETTINGS[setting]
    verdict = read_reply(body, tz=_NY, date=date, quote=quote)
    if intent is None or body in LEFT_IN_DOUBT:
        assert not verdict.certain, (verdict.intent, local_starts(verdict, _NY))
        return
    assert verdict.certain, (verdict.intent, local_starts(verdict, _NY), doubt_codes(verdict))
    assert verdict.intent in (intent if isinstance(intent, tuple) else (intent,))
    got = local_starts(verdict, _NY)
    assert got == _expected(starts) or (starts is ONE and got == [])
