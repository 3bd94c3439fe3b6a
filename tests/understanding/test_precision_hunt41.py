"""Precision hunt 41: accepts and near-accepts to an outreach that offered two or three times.

Picks by place ("the 2nd one", "the later one", "option B") and by weekday or hour alone ("3pm
works", "Tuesday's good") where that names one offer or several; "either works" / "any of those"
(an accept with no window, convention (a)), and a bare yes to several offers too (hunts 26
and 31 settled it); a yes that asks what the chat is about is `other`; hedged and conditional yeses
("pencil me in", "if we can keep it to 15 min"; "tentatively Thursday, will confirm" is a pick,
as `replies_blind9` a06 is labelled); a yes with a question; a yes that moves the start; yeses
that are defers ("sure, but not before June"); invitations described in words. English of
several regions, French, German, Spanish, Italian, Dutch and Portuguese. The users live in
Stockholm, Chicago and Manila; every reply is written on Monday 8 May 2028 in the user's own
zone. Sentences of our own.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, pinned, read_reply
from workflows.stages import Intent

A, P, F = Intent.ACCEPT, Intent.PROPOSE_TIMES, Intent.DEFER
OTH, REF, AWAY = Intent.OTHER, Intent.REFERRAL, Intent.OUT_OF_OFFICE
# The right reading is "in doubt": no certain reading of it would be safe.
D = None

_ON = "\n\nOn Fri, May 5, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"


def _offer(times: str) -> str:
    return _ON + f"> Hi Kai, could we talk for 20 minutes? Would {times} work?\n>\n> Ada\n"


# Each setting: the user's zone, the Date header, and the quoted outreach. Expected starts are
# (day of May, hour[, minute]) on the user's clock.
_SETTINGS: dict[str, tuple[str, str, str]] = {
    "sto2": (
        "Europe/Stockholm",
        "Mon, 08 May 2028 09:00:00 +0200",
        _offer("Tuesday 9 May at 10:00 or Thursday 11 May at 14:00 (Stockholm time)"),
    ),
    "sto3": (
        "Europe/Stockholm",
        "Mon, 08 May 2028 09:00:00 +0200",
        _offer(
            "Tuesday 9 May at 10:00, Wednesday 10 May at 15:00 or Friday 12 May at 09:00"
            " (Stockholm time)"
        ),
    ),
    "chi2": (
        "America/Chicago",
        "Mon, 08 May 2028 08:00:00 -0500",
        _offer("Wednesday, May 10 at 9am or Wednesday, May 10 at 3pm (Central)"),
    ),
    "chi3": (
        "America/Chicago",
        "Mon, 08 May 2028 08:00:00 -0500",
        _offer(
            "Tuesday, May 9 at 11am, Thursday, May 11 at 11am or Friday, May 12 at 2pm (Central)"
        ),
    ),
    "mnl2": (
        "Asia/Manila",
        "Mon, 08 May 2028 09:00:00 +0800",
        _offer("Tuesday, May 9 at 4pm or Thursday, May 11 at 10am (Manila time)"),
    ),
    "mnl3": (
        "Asia/Manila",
        "Mon, 08 May 2028 09:00:00 +0800",
        _offer(
            "Wednesday, May 10 at 9am, Wednesday, May 10 at 2pm or Friday, May 12 at 9am"
            " (Manila time)"
        ),
    ),
}

Row = tuple[str, str, Intent | None, list[tuple[int, ...]]]
ROWS: list[Row] = [
    # ---- Stockholm, two offers: Tue 9 May 10:00, Thu 11 May 14:00 ----
    ("The second one works for me, see you Thursday!", "sto2", A, [(11, 14)]),
    ("2nd option pls", "sto2", A, [(11, 14)]),
    ("Let's go with the first one.", "sto2", A, [(9, 10)]),
    ("The later one suits me better.", "sto2", A, [(11, 14)]),
    ("Tuesday's good.", "sto2", A, [(9, 10)]),
    ("Thursday works if we can keep it to 15 min", "sto2", A, [(11, 14)]),
    ("Thursday works - is it video or phone?", "sto2", A, [(11, 14)]),
    ("Thursday works but can we start 15 min later?", "sto2", P, [(11, 14, 15)]),
    ("Either works for me, you choose.", "sto2", A, []),
    ("Any of those would be fine.", "sto2", A, []),
    ("yes happy to help!", "sto2", A, []),
    ("Sure, but not before June - things are mad until then.", "sto2", F, []),
    (
        "Tentatively Thursday - I'll confirm by Wednesday once my diary settles.",
        "sto2",
        A,
        [(11, 14)],
    ),
    ("Pencil me in for Tuesday at 10.", "sto2", A, [(9, 10)]),
    (
        "Should be ok Thursday unless a client thing comes up, I'll shout if so.",
        "sto2",
        A,
        [(11, 14)],
    ),
    ("I've sent you an invite for Tuesday.", "sto2", A, [(9, 10)]),
    ("Tuesday 10:00 works, though could we do 45 minutes rather than 20?", "sto2", A, [(9, 10)]),
    ("Option B please", "sto2", A, [(11, 14)]),
    ("First option's grand, talk then.", "sto2", A, [(9, 10)]),
    ("Reckon Thursday arvo works, cheers", "sto2", A, [(11, 14)]),
    ("Tuesday is no good but the other one is fine", "sto2", A, [(11, 14)]),
    ("The Tuesday one, if that's still free", "sto2", A, [(9, 10)]),
    ("10 works", "sto2", A, [(9, 10)]),
    ("2pm works", "sto2", A, [(11, 14)]),
    ("Can't do Thursday. Tuesday maybe?", "sto2", D, []),
    ("Yes to Thursday! Also happy to do Tuesday if that's easier for you.", "sto2", A, [(11, 14)]),
    ("Thursday could work, let me double-check and come back to you", "sto2", OTH, []),
    (
        "Thursday works in principle but I'd need to move a 1:1 - will confirm tomorrow",
        "sto2",
        A,
        [(11, 14)],
    ),
    ("Yes please, looking forward to it", "sto2", A, []),
    ("Happy to chat! Just not Tuesday.", "sto2", A, [(11, 14)]),
    # ---- Stockholm, three offers: Tue 9 May 10:00, Wed 10 May 15:00, Fri 12 May 09:00 ----
    ("The third option works best.", "sto3", A, [(12, 9)]),
    ("the middle one", "sto3", A, [(10, 15)]),
    ("Wednesday's fine", "sto3", A, [(10, 15)]),
    ("3pm suits", "sto3", A, [(10, 15)]),
    ("The last one pls", "sto3", A, [(12, 9)]),
    ("Friday morning works for me", "sto3", A, [(12, 9)]),
    ("Either Tue or Fri works, your call", "sto3", D, []),
    ("Any of those work except Wednesday", "sto3", D, []),
    ("The first two both work; Friday's out.", "sto3", D, []),
    ("Friday at 9 is perfect", "sto3", A, [(12, 9)]),
    ("Option 2", "sto3", A, [(10, 15)]),
    ("#3", "sto3", A, [(12, 9)]),
    ("Wed or Fri, whichever is easier for you", "sto3", D, []),
    ("I can't do the first or the last, so the Wednesday one it is", "sto3", A, [(10, 15)]),
    ("The earliest one please", "sto3", A, [(9, 10)]),
    ("Wednesday works but could we push it to 15:30?", "sto3", P, [(10, 15, 30)]),
    ("Friday works, but only 15 minutes - I have a hard stop at 9:15", "sto3", A, [(12, 9)]),
    ("all three work for me, pick whichever", "sto3", A, []),
    # ---- Chicago, two offers on one day: Wed 10 May 9am and 3pm ----
    ("Wednesday works!", "chi2", D, []),
    ("The Wednesday one works", "chi2", D, []),
    ("3pm works", "chi2", A, [(10, 15)]),
    ("the afternoon one", "chi2", A, [(10, 15)]),
    ("morning's better for me", "chi2", A, [(10, 9)]),
    ("The later one", "chi2", A, [(10, 15)]),
    ("first option works, y'all", "chi2", A, [(10, 9)]),
    ("9 works", "chi2", A, [(10, 9)]),
    ("either's fine by me", "chi2", A, []),
    ("Wednesday works - is that 3pm your time or mine?", "chi2", D, []),
    ("3 works but can we do 3:30 instead?", "chi2", P, [(10, 15, 30)]),
    ("Sure thing! Sent you an invite for Wednesday.", "chi2", D, []),
    ("Sent an invite for the 3pm", "chi2", A, [(10, 15)]),
    ("Yes! Wednesday at 9 - phone or Zoom?", "chi2", A, [(10, 9)]),
    ("sure, but not until after Memorial Day", "chi2", F, []),
    ("Yeah I'm in, what's the agenda?", "chi2", OTH, []),
    ("The 9am, if we can keep it tight - I have a 9:30", "chi2", A, [(10, 9)]),
    ("Tentatively the 3pm \u2014 will confirm Tuesday", "chi2", A, [(10, 15)]),
    # ---- Chicago, three offers: Tue 9 May 11am, Thu 11 May 11am, Fri 12 May 2pm ----
    ("11 works", "chi3", D, []),
    ("11am is good", "chi3", D, []),
    ("Thursday's good", "chi3", A, [(11, 11)]),
    ("2pm Friday", "chi3", A, [(12, 14)]),
    ("The Friday one", "chi3", A, [(12, 14)]),
    ("second option", "chi3", A, [(11, 11)]),
    ("Option C", "chi3", A, [(12, 14)]),
    ("Tues or Thurs both ok at 11", "chi3", D, []),
    ("Friday works but can we make it 2:30?", "chi3", P, [(12, 14, 30)]),
    ("Any of those. Pencil me in wherever.", "chi3", A, []),
    ("Friday should be OK, unless my flight gets moved", "chi3", A, [(12, 14)]),
    ("Tuesday works if it can be phone not video", "chi3", A, [(9, 11)]),
    ("Thursday's good \u2014 I'll need to leave by 11:15 tho", "chi3", A, [(11, 11)]),
    ("Sure happy to help, what's it about?", "chi3", OTH, []),
    ("Thursday at 11 works, I'll send an invite", "chi3", A, [(11, 11)]),
    ("I'll send an invite for Tuesday", "chi3", A, [(9, 11)]),
    ("Tuesday wk after works better", "chi3", D, []),
    ("the latest slot pls", "chi3", A, [(12, 14)]),
    ("Friday 2 works but can we do 45 min? there's a lot to cover", "chi3", A, [(12, 14)]),
    # ---- Manila, two offers: Tue 9 May 4pm, Thu 11 May 10am ----
    ("Thursday po, 10am. Thank you!", "mnl2", A, [(11, 10)]),
    ("Tuesday 4pm is good for me po", "mnl2", A, [(9, 16)]),
    ("Either is fine with me, whichever's more convenient for you.", "mnl2", A, []),
    ("Sige, the 2nd one", "mnl2", A, [(11, 10)]),
    ("Noted with thanks. Will attend on Thursday.", "mnl2", A, [(11, 10)]),
    ("4pm works", "mnl2", A, [(9, 16)]),
    ("Thurs ok but can we move to 10:30?", "mnl2", P, [(11, 10, 30)]),
    ("Yes sure, kindly send the link", "mnl2", A, []),
    ("tentatively Tues, will confirm tmrw", "mnl2", A, [(9, 16)]),
    ("Can do Tuesday but only after 4:30 na", "mnl2", P, [(9, 16, 30)]),
    ("Thursday works if we can keep it to 15 mins, I have back-to-back", "mnl2", A, [(11, 10)]),
    ("I already sent an invite for Thursday 10am, pls check", "mnl2", A, [(11, 10)]),
    ("Sure but not this month, super hectic", "mnl2", F, []),
    ("Tuesday is fine. Is it okay to have my colleague join?", "mnl2", A, [(9, 16)]),
    ("The earlier slot please", "mnl2", A, [(9, 16)]),
    # ---- Manila, three offers: Wed 10 May 9am and 2pm, Fri 12 May 9am ----
    ("9am works", "mnl3", D, []),
    ("Wednesday 9 works", "mnl3", A, [(10, 9)]),
    ("Friday's good", "mnl3", A, [(12, 9)]),
    ("The Wednesday one", "mnl3", D, []),
    ("2pm", "mnl3", A, [(10, 14)]),
    ("The afternoon slot", "mnl3", A, [(10, 14)]),
    ("Wednesday afternoon po", "mnl3", A, [(10, 14)]),
    ("Option 1", "mnl3", A, [(10, 9)]),
    ("the last option", "mnl3", A, [(12, 9)]),
    ("Any of the three", "mnl3", A, []),
    ("Wednesday works", "mnl3", D, []),
    # ---- French ----
    ("Le deuxi\u00e8me cr\u00e9neau me convient.", "sto2", A, [(11, 14)]),
    ("Mardi me va tr\u00e8s bien.", "sto2", A, [(9, 10)]),
    ("Les deux me vont, \u00e0 vous de choisir.", "sto2", A, []),
    ("Jeudi, si on peut faire court (15 min max).", "sto2", A, [(11, 14)]),
    ("Jeudi \u00e7a marche, c'est en visio ou par t\u00e9l\u00e9phone ?", "sto2", A, [(11, 14)]),
    ("Avec plaisir, mais pas avant juin.", "sto2", F, []),
    ("Je vous ai envoy\u00e9 une invitation pour mardi.", "sto2", A, [(9, 10)]),
    # ---- German ----
    ("Die zweite Option passt mir.", "sto2", A, [(11, 14)]),
    ("Dienstag passt.", "sto2", A, [(9, 10)]),
    ("Beides geht, Sie k\u00f6nnen w\u00e4hlen.", "sto2", A, []),
    (
        "Donnerstag passt, k\u00f6nnen wir aber 15 Minuten sp\u00e4ter anfangen?",
        "sto2",
        P,
        [(11, 14, 15)],
    ),
    ("Gerne, aber erst ab Juni.", "sto2", F, []),
    ("Vorl\u00e4ufig Donnerstag \u2013 ich best\u00e4tige morgen.", "sto2", A, [(11, 14)]),
    ("Der sp\u00e4tere Termin w\u00e4re mir lieber.", "sto2", A, [(11, 14)]),
    # ---- Spanish ----
    ("La segunda opci\u00f3n me va bien.", "chi3", A, [(11, 11)]),
    ("El viernes me viene bien.", "chi3", A, [(12, 14)]),
    ("Cualquiera de las tres me sirve.", "chi3", A, []),
    ("A las 11 puedo.", "chi3", D, []),
    ("El jueves est\u00e1 bien, \u00bfes por videollamada?", "chi3", A, [(11, 11)]),
    ("S\u00ed, claro, pero no antes de junio.", "chi3", F, []),
    # ---- Italian ----
    ("Mercoled\u00ec va benissimo.", "sto3", A, [(10, 15)]),
    ("La terza opzione per me \u00e8 perfetta.", "sto3", A, [(12, 9)]),
    ("Vanno bene tutte e tre, scegli tu.", "sto3", A, []),
    ("Venerd\u00ec va bene, ma possiamo iniziare alle 9:30?", "sto3", P, [(12, 9, 30)]),
    ("Ti ho mandato un invito per mercoled\u00ec.", "sto3", A, [(10, 15)]),
    # ---- Dutch ----
    ("De tweede optie past mij goed.", "sto2", A, [(11, 14)]),
    ("Dinsdag is prima.", "sto2", A, [(9, 10)]),
    ("Allebei goed, kies maar.", "sto2", A, []),
    ("Donderdag kan, maar dan wel kort, kwartiertje?", "sto2", A, [(11, 14)]),
    ("Onder voorbehoud donderdag, ik laat het morgen definitief weten.", "sto2", A, [(11, 14)]),
    # ---- Portuguese ----
    ("A segunda op\u00e7\u00e3o funciona para mim.", "chi2", A, [(10, 15)]),
    ("Quarta \u00e0s 15h est\u00e1 \u00f3timo.", "chi2", A, [(10, 15)]),
    ("Qualquer uma serve.", "chi2", A, []),
    ("Quarta funciona.", "chi2", D, []),
    ("Pode ser sexta, s\u00f3 que um pouco mais tarde, tipo 9h30?", "mnl3", P, [(12, 9, 30)]),
    ("Claro, mas s\u00f3 depois de junho.", "mnl2", F, []),
    # ---- near misses ----
    (
        "Thursday works better for my team than for me, sadly - I'm out that day. Tuesday then.",
        "sto2",
        A,
        [(9, 10)],
    ),
    ("The first one doesn't work, neither does the second. How about next week?", "sto2", D, []),
    ("I'd have said Tuesday but it's gone now - Thursday is also taken. Sorry!", "sto2", D, []),
    ("Second that - Tuesday works!", "sto2", A, [(9, 10)]),
    ("Either way, I'm not the right person for this - try Jonas.", "sto2", REF, []),
    ("Option B is out for me, A works", "sto2", A, [(9, 10)]),
    (
        "Any of those would've worked last week, but I'm travelling now until the 20th.",
        "chi3",
        AWAY,
        [],
    ),
]

# Clear replies the reader leaves in doubt (safe, a coverage miss): picks by an hour alone ("2pm
# works", `no_intent_cue` or `time_without_day`), places with no yes verb ("Option 2", "the middle
# one", "the latest slot pls"), a part of the day holding one offer (on purpose,
# `_holds_one_of_theirs`), "any of the three" and its six languages' twins with no verb the cues
# know, a pick beside a question, a length or a later start (`question_beside_time`,
# `length_asked`, `shift_unread`), tentative picks (`yes_still_pending`), and a day turned down
# beside the pick (`time_left_out`).
LEFT_IN_DOUBT = frozenset(
    {
        "The later one suits me better.",
        "Thursday works but can we start 15 min later?",
        "Any of those would be fine.",
        "Tentatively Thursday - I'll confirm by Wednesday once my diary settles.",
        "Should be ok Thursday unless a client thing comes up, I'll shout if so.",
        "I've sent you an invite for Tuesday.",
        "Tuesday 10:00 works, though could we do 45 minutes rather than 20?",
        "Option B please",
        "Reckon Thursday arvo works, cheers",
        "Tuesday is no good but the other one is fine",
        "The Tuesday one, if that's still free",
        "Thursday works in principle but I'd need to move a 1:1 - will confirm tomorrow",
        "Happy to chat! Just not Tuesday.",
        "the middle one",
        "Friday morning works for me",
        "Option 2",
        "#3",
        "I can't do the first or the last, so the Wednesday one it is",
        "The earliest one please",
        "Wednesday works but could we push it to 15:30?",
        "Friday works, but only 15 minutes - I have a hard stop at 9:15",
        "the afternoon one",
        "morning's better for me",
        "The later one",
        "3 works but can we do 3:30 instead?",
        "Sent an invite for the 3pm",
        "The 9am, if we can keep it tight - I have a 9:30",
        "Tentatively the 3pm — will confirm Tuesday",
        "The Friday one",
        "second option",
        "Option C",
        "Any of those. Pencil me in wherever.",
        "Friday should be OK, unless my flight gets moved",
        "Thursday's good — I'll need to leave by 11:15 tho",
        "I'll send an invite for Tuesday",
        "the latest slot pls",
        "Friday 2 works but can we do 45 min? there's a lot to cover",
        "Sige, the 2nd one",
        "Noted with thanks. Will attend on Thursday.",
        "tentatively Tues, will confirm tmrw",
        "Tuesday is fine. Is it okay to have my colleague join?",
        "The earlier slot please",
        "The afternoon slot",
        "Wednesday afternoon po",
        "Option 1",
        "the last option",
        "Any of the three",
        "Jeudi, si on peut faire court (15 min max).",
        "Jeudi ça marche, c'est en visio ou par téléphone ?",
        "Je vous ai envoyé une invitation pour mardi.",
        "Beides geht, Sie können wählen.",
        "Donnerstag passt, können wir aber 15 Minuten später anfangen?",
        "Vorläufig Donnerstag – ich bestätige morgen.",
        "Der spätere Termin wäre mir lieber.",
        "Cualquiera de las tres me sirve.",
        "El jueves está bien, ¿es por videollamada?",
        "La terza opzione per me è perfetta.",
        "Ti ho mandato un invito per mercoledì.",
        "Dinsdag is prima.",
        "Allebei goed, kies maar.",
        "Donderdag kan, maar dan wel kort, kwartiertje?",
        "Onder voorbehoud donderdag, ik laat het morgen definitief weten.",
        "Qualquer uma serve.",
        "Thursday works better for my team than for me, sadly - I'm out that day. Tuesday then.",
        "Option B is out for me, A works",
    }
)

# Rows found certain but wrong (or doubted where a safe rule could not read them) and left.
WRONG_LEFT: dict[str, str] = {}


def _expected(starts: list[tuple[int, ...]]) -> list[datetime]:
    return sorted(datetime(2028, 5, *t) for t in starts)


def classify(body: str, setting: str, intent: Intent | None, starts: list[tuple[int, ...]]) -> str:
    """'right', 'WRONG' or 'doubted': how the reader reads one row."""
    user_zone, date, quote = _SETTINGS[setting]
    zone = ZoneInfo(user_zone)
    verdict = read_reply(body, tz=zone, date=date, quote=quote)
    if not verdict.certain:
        return "doubted"
    if intent is None or verdict.intent is not intent:
        return "WRONG"
    return "right" if sorted(local_starts(verdict, zone)) == _expected(starts) else "WRONG"


@pytest.mark.parametrize(
    ("body", "setting", "intent", "starts"),
    pinned(ROWS, WRONG_LEFT),
)
def test_accept_to_offers_is_read_right_or_doubted(
    body: str, setting: str, intent: Intent | None, starts: list[tuple[int, ...]]
) -> None:
    user_zone, date, quote = _SETTINGS[setting]
    zone = ZoneInfo(user_zone)
    verdict = read_reply(body, tz=zone, date=date, quote=quote)
    if intent is None or body in LEFT_IN_DOUBT:
        assert not verdict.certain, (verdict.intent, local_starts(verdict, zone))
        return
    assert verdict.certain, (verdict.intent, local_starts(verdict, zone), doubt_codes(verdict))
    assert verdict.intent is intent
    assert sorted(local_starts(verdict, zone)) == _expected(starts)
