"""Round 39, intent, referrals and return dates: what replies_blind40 read wrong or in doubt.

Short phone notes in English, a person to "have a chat with", a Portuguese "say you come from
me", a no with an adverb inside ("not something I can really help with"), a chat asked for
"after Labour Weekend", thanks for a chat held "earlier", an invitation a week on from the bare
weekday its words name, "pick another time" on a booking page, and a Dutch "zou … kunnen?".
Sentences of our own, with near misses that keep their reading.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

AUCKLAND = ZoneInfo("Pacific/Auckland")
SYDNEY = ZoneInfo("Australia/Sydney")
NEW_YORK = ZoneInfo("America/New_York")
TORONTO = ZoneInfo("America/Toronto")
LONDON = ZoneInfo("Europe/London")

# The user's outreach from Auckland, offering three times in October 2032.
_OFFERS = (
    "\n\nOn Mon, 4 Oct 2032 at 9:05 AM, Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai, would you have 20 minutes for a video chat? Any of these suit me (Auckland"
    " time):\n> - Tuesday 12 October, 7:30-8:00am\n> - Wednesday 13 October, 9:00-9:30pm\n"
    "> - Friday 15 October, 2:00-2:30pm\n"
)
# A meeting the user confirmed: Tuesday 12 October at 3pm in Seattle.
_BOOKED = (
    "\n\n> On Oct 5, 2032, at 9:14 AM, Ada Obi <ada@example.com> wrote:\n"
    "> Great, see you Tuesday 12 Oct at 3pm PT (Wednesday 11am for me). Ada\n"
)
_SEATTLE_EVE = "Mon, 11 Oct 2032 19:02:00 -0700"
_AUCKLAND_OCT = "Wed, 06 Oct 2032 12:40:00 +1300"
_LONDON_OCT = "Tue, 05 Oct 2032 09:50:00 +0100"


def _invite_row(words: str, start: str) -> tuple[str, dict[str, Any]]:
    """``words`` and an Outlook invitation at ``start`` (Auckland wall clock), no thread quoted.

    Written on Wednesday 20 October 2032: "Thursday" alone is the 21st.
    """
    boundary = "==r39=="
    end = f"{start[:-4]}{start[-4:-2]}30{start[-2:]}"
    body = (
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n\n{words}\n\nKai\n\n"
        f"--{boundary}\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n"
        "BEGIN:VCALENDAR\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
        "UID:r39-invite@example.com\nSEQUENCE:0\nDTSTAMP:20320101T000000Z\n"
        f'DTSTART;TZID="New Zealand Standard Time":{start}\n'
        f'DTEND;TZID="New Zealand Standard Time":{end}\n'
        "SUMMARY:Chat\nORGANIZER:mailto:kai@example.com\nATTENDEE:mailto:ada@example.com\n"
        f"END:VEVENT\nEND:VCALENDAR\n\n--{boundary}--\n"
    )
    envelope = {
        "date": "Wed, 20 Oct 2032 09:31:00 +1300",
        "tz": AUCKLAND,
        "content_type": f'multipart/mixed; boundary="{boundary}"',
    }
    return body, envelope


# (what, body, envelope, expected): expected holds the intent, whether certain, and optionally
# the referrals' names, the return date, the starts in the user's zone, or a doubt that must
# (or must not) be there.
ROWS: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = [
    # Phone notes in English keep few of the language's common words: still English.
    (
        "phone cancel, sick child",
        "hey ada gotta cancel tmrw, kid is sick at home. sorry!!\n\nSent from my iPhone",
        {"date": _SEATTLE_EVE, "quote": _BOOKED, "tz": AUCKLAND},
        {"intent": Intent.CANCEL, "certain": True},
    ),
    (
        "phone cancel, flat tyre",
        "sorry ada gotta cancel tmrw, car got a flat at home. soz",
        {"date": _SEATTLE_EVE, "quote": _BOOKED, "tz": AUCKLAND},
        {"intent": Intent.CANCEL, "certain": True},
    ),
    (
        "phone cancel, called in",
        "hey, have to cancel tmrw - got called in at work all day. sorry!",
        {"date": _SEATTLE_EVE, "quote": _BOOKED, "tz": AUCKLAND},
        {"intent": Intent.CANCEL, "certain": True},
    ),
    (
        "near miss: Polish stays unread",
        "Przepraszam, jutro nie dam rady, dziecko jest chore w domu. Pozdrawiam serdecznie",
        {"date": _SEATTLE_EVE, "quote": _BOOKED, "tz": AUCKLAND},
        {"certain": False, "doubt": "unknown_language"},
    ),
    # "have a chat with", "chatting to": the user sent on to someone named.
    (
        "have a chat with",
        "Hi Ada,\n\nI'm not the right person for career advice here, but you should have a chat"
        " with Ines Ward at Harbour Build - she moved into climate advisory last year.\n\nKai",
        {"date": _LONDON_OCT, "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.REFERRAL, "certain": True, "referrals": ["Ines Ward"]},
    ),
    (
        "grab a quick chat with",
        "Hi Ada,\n\nI'm not the right person for this, sorry. Grab a quick chat with Rangi"
        " Poutama at Cityworks instead - he runs their resilience team.\n\nKai",
        {"date": _LONDON_OCT, "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.REFERRAL, "certain": True, "referrals": ["Rangi Poutama"]},
    ),
    (
        "worth chatting to",
        "Hi Ada,\n\nNot the right person for this, I'm afraid. It would be worth chatting to"
        " Mere Tane at Coastline Engineering, she made the same switch.\n\nKai",
        {"date": _LONDON_OCT, "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.REFERRAL, "certain": True, "referrals": ["Mere Tane"]},
    ),
    (
        "near miss: a chat the sender had",
        "Hi Ada, I had a chat with Priya Shah about your note. Friday 15 October at 2pm works"
        " for me.\n\nKai",
        {"date": _AUCKLAND_OCT, "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.ACCEPT, "referrals": []},
    ),
    # "que vens da minha parte": the Portuguese "tell them I sent you" after the person.
    (
        "pt: escreve-lhe, vens da minha parte",
        "Olá Ada,\n\nInfelizmente não tenho disponibilidade, mas a minha colega Rita Sousa"
        " (rita.sousa@example.pt) conhece muito bem esta área. Escreve-lhe a dizer que vens da"
        " minha parte.\n\nAbraço,\nKai",
        {"date": _LONDON_OCT, "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.REFERRAL, "certain": True, "referrals": ["Rita Sousa"]},
    ),
    (
        "pt: diga-lhe que vem da minha parte",
        "Olá Ada,\n\nNão consigo ajudar nas próximas semanas. O meu amigo Paulo Reis"
        " (paulo.reis@example.pt) trabalha nisso há anos. Diga-lhe que vem da minha parte.\n\nKai",
        {"date": _LONDON_OCT, "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.REFERRAL, "certain": True, "referrals": ["Paulo Reis"]},
    ),
    (
        "pt: escreve-lhe alone",
        "Olá Ada, não tenho tempo agora, mas o meu colega Nuno Lopes (nuno.lopes@example.pt)"
        " sabe tudo sobre portos. Escreve-lhe!\n\nKai",
        {"date": _LONDON_OCT, "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.REFERRAL, "certain": True, "referrals": ["Nuno Lopes"]},
    ),
    # "not something I can really help with": an adverb inside the no.
    (
        "not something I can really help with",
        "Sorry Ada not something I can really help with - I left consulting years ago. All the"
        " best with it",
        {"date": _AUCKLAND_OCT, "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.DECLINE, "certain": True},
    ),
    (
        "not something I can honestly help with",
        "Hi Ada, it's not something I can honestly help with - wrong field for me.\n\nKai",
        {"date": _AUCKLAND_OCT, "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.DECLINE, "certain": True},
    ),
    (
        "not something we can actually help with",
        "Thanks for reaching out, but this isn't something we can actually help with.\n\nKai",
        {"date": _AUCKLAND_OCT, "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.DECLINE, "certain": True},
    ),
    # A chat asked for once a named stretch is over, and a holiday dated on the sender's clock.
    (
        "after Labour Weekend, Auckland",
        "Kia ora Ada,\n\nKeen! But October is chaos - can we do it after Labour Weekend? Send me"
        " a few times for the week after.\n\nKai",
        {"date": _AUCKLAND_OCT, "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.DEFER, "certain": True, "return_date": date(2032, 10, 26)},
    ),
    (
        "till after Labour Day, Sydney",
        "Hi Ada, love to, but could we leave it till after Labour Day? Flat out until then.",
        {"date": "Wed, 22 Sep 2032 10:00:00 +1000", "quote": _OFFERS, "tz": SYDNEY},
        {"intent": Intent.DEFER, "certain": True, "return_date": date(2032, 10, 5)},
    ),
    (
        "after Thanksgiving, New York",
        "Hi Ada, would love to - can we do it after Thanksgiving? Things are nuts until then.",
        {"date": "Tue, 02 Nov 2032 10:00:00 -0400", "quote": _OFFERS, "tz": NEW_YORK},
        {"intent": Intent.DEFER, "certain": True, "return_date": date(2032, 11, 26)},
    ),
    (
        "after Thanksgiving, Toronto",
        "Hi Ada, would love to - can we do it after Thanksgiving? Things are nuts until then.",
        {"date": "Tue, 21 Sep 2032 10:00:00 -0400", "quote": _OFFERS, "tz": TORONTO},
        {"intent": Intent.DEFER, "certain": True, "return_date": date(2032, 10, 12)},
    ),
    (
        "fr: on peut le faire après",
        "Bonjour Ada, avec plaisir, mais on peut le faire après les vacances ? Octobre est chargé.",
        {"date": _LONDON_OCT, "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.DEFER, "certain": True},
    ),
    (
        "near miss: a holiday off the user's clock is not dated",
        "Hi Ada, would love to - can we do it after Labor Day? Things are nuts until then.",
        {"date": "Tue, 24 Aug 2032 10:00:00 -0400", "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.DEFER, "return_date": None},
    ),
    (
        "near miss: after an hour is a time",
        "Hi Ada, can we do it after 3pm on Friday 15 October? Say 3:30?",
        {"date": _AUCKLAND_OCT, "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.PROPOSE_TIMES},
    ),
    # Thanks for a chat held "earlier": no move of a meeting.
    (
        "enjoyed our chat earlier",
        "Hi Ada,\n\nReally enjoyed our chat earlier (my lunch, your dinner!). Here's the guide I"
        " mentioned: https://example.org/guide\n\nKai",
        {"date": _AUCKLAND_OCT, "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.OTHER, "certain": True},
    ),
    (
        "thanks for the call earlier",
        "Thanks for the call earlier! The reading list is at https://example.org/list - let me"
        " know how you go.",
        {"date": _AUCKLAND_OCT, "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.OTHER, "certain": True},
    ),
    (
        "nl: bedankt voor ons gesprek van eerder",
        "Hoi Ada, bedankt voor ons gesprek van eerder. Hier is de link: https://example.org/nl"
        "\n\nGroet, Kai",
        {"date": _AUCKLAND_OCT, "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.OTHER, "certain": True},
    ),
    (
        "near miss: asks for the call earlier",
        "Thanks! Could we make the call earlier?",
        {"date": _SEATTLE_EVE, "quote": _BOOKED, "tz": AUCKLAND},
        {"certain": False, "doubt": "shift_unread"},
    ),
    # An invitation a week on from the bare weekday the words name, at its clock.
    (
        "invite: Thursday 1pm a week on",
        *_invite_row("Thursday 1pm works - invite attached. See you then!", "20321028T130000"),
        {"intent": Intent.ACCEPT, "certain": True, "starts": [datetime(2032, 10, 28, 13, 0)]},
    ),
    (
        "invite: Fri 9am a week on",
        *_invite_row("Fri 9am works for me, I've sent you an invite.", "20321029T090000"),
        {"intent": Intent.ACCEPT, "certain": True, "starts": [datetime(2032, 10, 29, 9, 0)]},
    ),
    (
        "invite: Thu. 8am a week on",
        *_invite_row("Thu. 8am works - invitation attached.", "20321028T080000"),
        {"intent": Intent.ACCEPT, "certain": True, "starts": [datetime(2032, 10, 28, 8, 0)]},
    ),
    (
        "near miss: invite a week after 'this Thursday'",
        *_invite_row("This Thursday 1pm works - invite attached.", "20321028T130000"),
        {"certain": False, "doubt": "invite_beside_other_words"},
    ),
    (
        "near miss: invite a week after a written date",
        *_invite_row("Thursday 21 October 1pm works - invite attached.", "20321028T130000"),
        {"certain": False, "doubt": "invite_beside_other_words"},
    ),
    # "pick another time" on a booking page, before anything is agreed: no move.
    (
        "pick another time here: link",
        "Hi Ada, happy to! Would Wednesday 13 October at 4pm NZDT work? If not, pick another"
        " time here: https://calendly.com/kai-berg/chat",
        {"date": _LONDON_OCT, "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.PROPOSE_TIMES, "certain": True},
    ),
    (
        "choose a different slot on Calendly",
        "Hi Ada, how about Thursday 14 October at 10am NZDT? Or choose a different slot on my"
        " Calendly: https://calendly.com/kai-berg/chat",
        {"date": _LONDON_OCT, "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.PROPOSE_TIMES, "certain": True},
    ),
    (
        "find another time via link",
        "Hi Ada, sure! Could we do Thursday 14 October at 11am NZDT? Otherwise find another"
        " time via https://meetings.hubspot.com/kai/chat",
        {"date": _LONDON_OCT, "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.PROPOSE_TIMES, "certain": True},
    ),
    (
        "near miss: a booked meeting moved to the page",
        "Hey, sorry, tomorrow won't work after all. Pick another time here:"
        " https://calendly.com/kai-berg/chat",
        {"date": _SEATTLE_EVE, "quote": _BOOKED, "tz": AUCKLAND},
        {"intent": Intent.RESCHEDULE},
    ),
    # Dutch "zou … kunnen / lukken / passen?": a time asked about, beside a "helaas".
    (
        "nl: zou … kunnen?",
        "Hoi Ada,\n\nWoensdag 13 oktober zit ik helaas in een overleg. Zou donderdag 14 oktober"
        " om 9:00 kunnen (onze tijd)?\n\nGroet, Kai",
        {"date": "Thu, 07 Oct 2032 13:22:00 +0200", "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.PROPOSE_TIMES, "not_doubt": "contradicting_intent_cues"},
    ),
    (
        "nl: zou … lukken?",
        "Hoi Ada, die tijden vallen helaas midden in de nacht. Zou vrijdag 15 oktober om 8:30"
        " lukken?\n\nKai",
        {"date": "Thu, 07 Oct 2032 13:22:00 +0200", "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.PROPOSE_TIMES, "not_doubt": "contradicting_intent_cues"},
    ),
    (
        "nl: zou … passen?",
        "Hallo Ada, dinsdag kan ik helaas niet. Zou maandag 11 oktober om 10:00 je passen?",
        {"date": "Thu, 07 Oct 2032 13:22:00 +0200", "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.PROPOSE_TIMES, "not_doubt": "contradicting_intent_cues"},
    ),
    (
        "near miss: nl no without a question",
        "Hoi Ada, ik zou het graag doen, maar het gaat helaas niet lukken. Succes!",
        {"date": "Thu, 07 Oct 2032 13:22:00 +0200", "quote": _OFFERS, "tz": AUCKLAND},
        {"intent": Intent.DECLINE},
    ),
]


@pytest.mark.parametrize(("what", "body", "envelope", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_round39_intent(
    what: str, body: str, envelope: dict[str, Any], expected: dict[str, Any]
) -> None:
    tz = envelope["tz"]
    verdict = read_reply(body, **envelope)
    codes = doubt_codes(verdict)
    if "intent" in expected:
        assert verdict.intent is expected["intent"], (what, verdict.intent, codes)
    if "certain" in expected:
        assert verdict.certain is expected["certain"], (what, codes)
    if "doubt" in expected:
        assert expected["doubt"] in codes, (what, codes)
    if "not_doubt" in expected:
        assert expected["not_doubt"] not in codes, (what, codes)
    if "referrals" in expected:
        assert [r.name for r in verdict.referrals] == expected["referrals"], what
    if "return_date" in expected:
        assert verdict.return_date == expected["return_date"], what
    if "starts" in expected:
        assert local_starts(verdict, tz) == expected["starts"], what
