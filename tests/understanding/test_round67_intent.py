"""Round 67, part I: blind68's intents.

- "Wie gaf je mijn adres?", "hoe je aan dit adres komt": the sender asks where the user found
  them, in the Dutch word orders the cue lacked. "niet voor werk" ("not for work") beside it
  was read as "niet voor" ("not before"), a defer: only a stretch of time after it ("niet
  voor de zomer") makes it one.
- "Pourrions-nous reporter notre échange au mois de mai ? Recontactez-moi début mai": under
  the user's offers only, "postpone" has no agreed meeting to move; with the user asked to write
  again later, it puts the chat off (a defer, back on the first of that month).
- "non credo di poterle essere utile": Italian joins the pronoun onto the infinitive, which hid
  the no.
- "flick a msg to my mate Tom": slang for writing to someone, like "hit up"; as advice only
  ("I'll flick a note to Tom" is the sender's errand).
- An invitation at the user's slot, the words naming it "your Friday 7:30am" and again on the
  sender's clock ("that's Thursday evening here"): read in the user's own zone, the words agree
  with the event and it is a certain accept. Read with a home zone where "your Friday 7:30am"
  is not the event's time, the words and the event disagree, and the doubt stays: which of the
  two is right the reader cannot know, and the event may be a slip.

Every reply is written on Tuesday 21 March 2034 under the user's offers (Friday 24 March 07:30,
Tuesday 28 March 16:30, Perth time, +08:00 all year). Sentences are our own.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, raw_reply, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict, understand

PERTH = ZoneInfo("Australia/Perth")
DATE = "Tue, 21 Mar 2034 09:30:00 +0100"
QUOTE = (
    "\n\nOn Mon, Mar 20, 2034 at 8:15 PM Ada Obi <ada@example.com> wrote:\n"
    "> Would 20 minutes suit you? Either of these, Perth time (AWST):\n"
    "> - Friday 24 March, 7:30am\n"
    "> - Tuesday 28 March, 4:30pm\n"
)
SIG = "\n\nKai\n"


def _read(body: str) -> Verdict:
    return read_reply(body + SIG, tz=PERTH, date=DATE, quote=QUOTE)


# body, intent, return date, referrals (name, email): read certain and right, with no times.
CLEAR: list[tuple[str, Intent, date | None, list[tuple[str, str | None]]]] = [
    (
        "Hoi Ada,\n\nMag ik eerst weten hoe u aan mijn mailadres gekomen bent? Dat adres is"
        " niet voor zakelijke post bedoeld. Laat maar even horen.",
        Intent.OTHER,
        None,
        [],
    ),
    (
        "Wie gaf je mijn adres eigenlijk? Ik lees deze inbox bijna nooit.",
        Intent.OTHER,
        None,
        [],
    ),
    (
        "Bonjour Ada, le printemps est très chargé chez nous. Pourrions-nous reporter cet"
        " échange au mois de juin ? Relancez-moi début juin et on trouvera un créneau.",
        Intent.DEFER,
        date(2034, 6, 1),
        [],
    ),
    (
        "Hi Ada - the next few weeks are mad. Could we postpone this until July? Ping me again"
        " early July and we'll sort something.",
        Intent.DEFER,
        date(2034, 7, 1),
        [],
    ),
    (
        "Cara Ada, dall'anno scorso lavoro in amministrazione e non credo di potervi essere"
        " d'aiuto su questi temi. In bocca al lupo!",
        Intent.DECLINE,
        None,
        [],
    ),
    (
        "Gentile Ada, grazie del pensiero, ma non credo di esserle utile: mi occupo d'altro ormai."
        " Un caro saluto.",
        Intent.DECLINE,
        None,
        [],
    ),
    (
        "not my patch sorry, i'm in finance - shoot a message to my friend Aroha Tane though,"
        " she runs the product meetup in town. she's on linkedin",
        Intent.REFERRAL,
        None,
        [("Aroha Tane", None)],
    ),
    (
        "Wrong corner of the company for this I'm afraid. Drop a line to my old boss Kiri"
        " Walker, she'd know who to ask.",
        Intent.REFERRAL,
        None,
        [("Kiri Walker", None)],
    ),
]


@pytest.mark.parametrize(("body", "intent", "back", "referrals"), CLEAR)
def test_clear_reply_is_read_surely(
    body: str, intent: Intent, back: date | None, referrals: list[tuple[str, str | None]]
) -> None:
    verdict = _read(body)
    assert verdict.certain, (verdict.intent, doubt_codes(verdict))
    assert verdict.intent is intent
    assert not verdict.proposed_times
    assert verdict.return_date == back
    assert [(r.name, r.email) for r in verdict.referrals] == referrals


# body, the intent a certain reading must not take: near misses of the cues above.
NEAR_MISSES: list[tuple[str, Intent]] = [
    # The sender's own errand, not advice to the user.
    (
        "I'll flick a note to my mate Tom Ngata and see if he's keen, then come back to you.",
        Intent.REFERRAL,
    ),
    (
        "I'm going to drop a line to my colleague Rua Mana first; will let you know.",
        Intent.REFERRAL,
    ),
    # "niet voor" as "not for": no later time named.
    ("Sorry, dit soort gesprekken is niet voor mij weggelegd.", Intent.DEFER),
    # "Our call" names a meeting that may have been agreed out of view: the move stays one.
    ("Could we push our call to May? Write to me early May.", Intent.DEFER),
    # A move to a time of the sender's own is an offer, not a defer.
    ("Could we postpone to Monday 27 March at 4pm instead? Ping me again if not.", Intent.DEFER),
    # "esserci" is being there on a day, not being of use: no no to the chat.
    ("Non credo di esserci venerdì, martedì invece va benissimo.", Intent.DECLINE),
]


@pytest.mark.parametrize(("body", "wrong"), NEAR_MISSES)
def test_near_miss_is_not_read_as_the_cue(body: str, wrong: Intent) -> None:
    verdict = _read(body)
    assert not (verdict.certain and verdict.intent is wrong), (
        verdict.intent,
        doubt_codes(verdict),
    )


def test_not_before_a_season_still_defers() -> None:
    verdict = _read("Graag, maar niet voor de zomervakantie. Stuur me daarna een berichtje.")
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.DEFER
    assert not verdict.proposed_times


def _with_invite(body: str, dtstart: str, sent: str, tz: ZoneInfo) -> Verdict:
    """``body`` above a 30-minute invitation at ``dtstart`` (UTC), no thread quoted."""
    end = (datetime.strptime(dtstart, "%Y%m%dT%H%M%SZ") + timedelta(minutes=30)).strftime(
        "%Y%m%dT%H%M%SZ"
    )
    ics = (
        "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:r67i@example.com\n"
        f"DTSTART:{dtstart}\nDTEND:{end}\nSUMMARY:Chat\nEND:VEVENT\nEND:VCALENDAR"
    )
    parts = (
        f"--b67\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
        f"--b67\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n{ics}\n--b67--\n"
    )
    raw = raw_reply(parts, date=sent, content_type='multipart/mixed; boundary="b67"')
    return understand(raw, tz=tz, meeting_length=timedelta(minutes=30))


# body, DTSTART (UTC), Date: the event is the user's Friday 24 March 07:30 Perth time
# (Thursday 23:30 UTC), named "your" slot and again on the sender's clock.
AT_YOUR_SLOT = [
    (
        "Your Friday 7:30am suits me - that's Thursday evening here. Invite attached.",
        "20340323T233000Z",
        "Tue, 21 Mar 2034 09:00:00 -0300",
    ),
    (
        "Your Friday 7:30am works (Thursday afternoon for me, no problem). Invite sent.",
        "20340323T233000Z",
        "Tue, 21 Mar 2034 02:00:00 -0700",
    ),
]


@pytest.mark.parametrize(("body", "start", "sent"), AT_YOUR_SLOT)
def test_invite_at_your_slot_is_certain_in_the_user_zone(body: str, start: str, sent: str) -> None:
    verdict = _with_invite(body, start, sent, PERTH)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, PERTH) == [datetime(2034, 3, 24, 7, 30)]


@pytest.mark.parametrize(("body", "start", "sent"), AT_YOUR_SLOT)
def test_invite_at_your_slot_stays_doubted_when_home_disagrees(
    body: str, start: str, sent: str
) -> None:
    # With home in UTC, "your Friday 7:30am" is Friday 07:30 UTC, not the event's Thursday
    # 23:30: the words and the invitation disagree, and the reader cannot tell which is right.
    verdict = _with_invite(body, start, sent, ZoneInfo("UTC"))
    assert not verdict.certain
    assert "invite_beside_other_words" in doubt_codes(verdict)
