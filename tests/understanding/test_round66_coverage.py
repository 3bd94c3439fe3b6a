"""Round 66, part V: what the reader doubted on replies_blind40..63 where its reading was right.

Two classes narrowed, in sentences of our own, for a user in Rome who offered two times:

- A note meant for a colleague ("Raj - can we walk through the budget Wednesday at 4pm?"),
  sent to the user by mistake, was read `other` and doubted (`written_to_someone_else`): the
  name could be a nickname of the user's. Now certain when the thread below names the user by
  the name on the To line, the name greeted shares no three letters in a row with any name on
  the envelope, is no pet name far from its full name ("Peggy" for Margaret), is named nowhere
  in the thread, and no time in the note is one the user offered. The same note with no time
  (`no_intent_cue`) is someone else's too.
- Thanks for a chat already held, said as "thanks again for today", "really enjoyed talking
  yesterday", "valeu pelo papo": `other`, certain, like "thanks for the chat".

Near misses stay doubted (or certain with nothing booked): a nickname that keeps a piece of the
name ("Liz" to Elizabeth) or is far from it ("Peggy"), no thread quoted, the name greeted in the
user's own outreach, one of the user's times named, the thread handed over ("can you take
this over?"), "would have enjoyed talking today".
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_near_miss_safe,
    assert_read_right,
    doubt_codes,
    read_reply,
)
from workflows.stages import Intent

ROME = ZoneInfo("Europe/Rome")
DATE = "Tue, 11 Mar 2031 09:40:00 +0100"


def _outreach(user: str, signed: str, opening: str = "") -> str:
    """The user's outreach quoted below the reply, offering two times on Rome's clock."""
    return (
        f"\n\nOn Mon, 10 Mar 2031 at 18:05, {user} wrote:\n"
        f"> Hi Kai,\n>\n> {opening}Would you have 20 minutes for a call? In Rome time:\n"
        "> - Wednesday 12 March, 15:00\n> - Thursday 13 March, 10:00\n>\n"
        f"> Thanks,\n> {signed}\n"
    )


SOFIA = "Sofia Marchetti <sofia.marchetti@example.com>"
SOFIA_QUOTE = _outreach(SOFIA, "Sofia")

# Notes written to a colleague, a time of their own in most: nothing of the user's.
FOR_A_COLLEAGUE = [
    "Hi Raj,\n\nthe budget sheet is in the team folder. Can we walk through it Wednesday at "
    "4pm?\n\nKai",
    "Gustav - please move our weekly sync to Friday 10:00, the board call ran long.\n\nKai",
    "Hola Nerea, te paso el informe para la revisión del martes a las 12.\n\nKai",
    "Ciao Davide, ricordati della riunione di giovedì alle 11 con il fornitore.\n\nKai",
    "Hallo Uwe, kannst du den großen Raum für Donnerstag 14 Uhr buchen?\n\nKai",
    "Dear Harriet,\n\nplease print ten copies of the pricing deck for Thursday's review at "
    "9.\n\nKai",
    # No time at all: the freight invoices are the colleague's business.
    "Hi Nadia,\n\nattached are the freight invoices for February, flagged where they differ."
    "\n\nKai",
]


@pytest.mark.parametrize("body", FOR_A_COLLEAGUE)
def test_a_note_for_a_colleague_is_theirs(body: str) -> None:
    verdict = read_reply(body, tz=ROME, date=DATE, quote=SOFIA_QUOTE, to=SOFIA)
    assert_read_right(verdict, ROME, Intent.OTHER, [])


# The same kind of note, where the name may be the user's or the note may be hers.
NICKNAME_OR_HERS = [
    # A nickname keeping three letters of the name on the To line.
    ("Hi Liz,\n\nThursday at 3pm works for me.\n\nKai", "Elizabeth Ward <liz@example.com>"),
    ("Toni - Wednesday at 4pm?\n\nKai", "Antonio Ruiz <a.ruiz@example.com>"),
    # Pet names far from the full name.
    ("Hi Peggy,\n\nThursday at 3pm works for me.\n\nKai", "Margaret Hale <mh@example.com>"),
    ("Jack - how about Friday at 11?\n\nKai", "John Avery <ja@example.com>"),
    ("Bob, can we do Friday at 2pm?\n\nKai", "Robert Lang <rl@example.com>"),
]


@pytest.mark.parametrize(("body", "user"), NICKNAME_OR_HERS)
def test_a_name_that_may_be_the_users_stays_doubted(body: str, user: str) -> None:
    name = user.split()[0]
    verdict = read_reply(body, tz=ROME, date=DATE, quote=_outreach(user, name), to=user)
    assert_near_miss_safe(verdict, ROME, None)
    assert "written_to_someone_else" in doubt_codes(verdict)


def test_no_thread_quoted_stays_doubted() -> None:
    # A new mail, no outreach below: nothing shows the sender knows the user by her name.
    body = "Nikos,\n\nhere is the deck for Thursday's meeting at 2pm.\n\nKai"
    verdict = read_reply(body, tz=ROME, date=DATE, to=SOFIA)
    assert_near_miss_safe(verdict, ROME, None)
    assert "written_to_someone_else" in doubt_codes(verdict)


def test_a_name_in_the_users_outreach_stays_doubted() -> None:
    # The user wrote that Raj sent her: "Raj - ..." may be about her chat.
    quote = _outreach(SOFIA, "Sofia", "Raj Mehta suggested I write to you. ")
    body = "Raj - can we do Friday at 4pm?\n\nKai"
    verdict = read_reply(body, tz=ROME, date=DATE, quote=quote, to=SOFIA)
    assert_near_miss_safe(verdict, ROME, None)


def test_a_second_name_the_user_signs_with_stays_doubted() -> None:
    user = "Zhang Wei <zhang.wei@example.com>"
    body = "Hi Kevin,\n\nThursday at 3pm works for me.\n\nKai"
    verdict = read_reply(body, tz=ROME, date=DATE, quote=_outreach(user, "Wei (Kevin)"), to=user)
    assert_near_miss_safe(verdict, ROME, None)


def test_one_of_the_users_times_stays_doubted() -> None:
    # Wednesday 12 March at 15:00 is the user's own offer: perhaps her chat after all.
    body = "Hi Raj,\n\nWednesday 12 March at 15:00 works, see you then.\n\nKai"
    verdict = read_reply(body, tz=ROME, date=DATE, quote=SOFIA_QUOTE, to=SOFIA)
    assert_near_miss_safe(verdict, ROME, None)


# Thanks for a chat already held, and nothing asked or offered.
AFTER_THE_CHAT = [
    "Thanks again for today, I really enjoyed it! The two books I mentioned are below.\n\nKai",
    "Really enjoyed talking yesterday - here is the course I told you about.\n\nKai",
    "Valeu pelo papo hoje! Segue o artigo que comentei.\n\nAbraço,\nKai",
    "Thank you so much for this morning. Keep me posted on the applications!\n\nKai",
]


@pytest.mark.parametrize("body", AFTER_THE_CHAT)
def test_thanks_for_a_chat_held_is_other(body: str) -> None:
    verdict = read_reply(body, tz=ROME, date=DATE, quote=SOFIA_QUOTE, to=SOFIA)
    assert_read_right(verdict, ROME, Intent.OTHER, [])


@pytest.mark.parametrize(
    ("body", "intent", "starts"),
    [
        # Thanks for a mail of today, then a pick: an accept, not thanks after a chat.
        (
            "Thanks for today's note! Thursday 13 March at 10:00 suits me.\n\nKai",
            Intent.ACCEPT,
            [datetime(2031, 3, 13, 10, 0)],
        ),
    ],
)
def test_thanks_for_todays_mail_is_no_chat_held(
    body: str, intent: Intent, starts: list[datetime]
) -> None:
    verdict = read_reply(body, tz=ROME, date=DATE, quote=SOFIA_QUOTE, to=SOFIA)
    assert verdict.intent is not Intent.OTHER or not verdict.certain
    if verdict.certain:
        assert_read_right(verdict, ROME, intent, starts)


@pytest.mark.parametrize(
    "body",
    [
        "I would have enjoyed talking today, but I have to pass on a call for now.\n\nKai",
        "I'd have enjoyed chatting this afternoon, but I'm not able to take calls.\n\nKai",
    ],
)
def test_a_chat_that_did_not_happen_is_no_thanks(body: str) -> None:
    verdict = read_reply(body, tz=ROME, date=DATE, quote=SOFIA_QUOTE, to=SOFIA)
    assert verdict.intent is not Intent.OTHER or not verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        # The colleague is handed the thread itself: perhaps the user's chat, so it is asked.
        "Hi Raj, could you take this over on Friday at 10? I'll be in the budget review.\n\nKai",
        "Jonas, kannst du Freitag um 10 übernehmen? Ich sitze im Zug.\n\nKai",
        "Gustav - please block Friday 4pm for this one.\n\nKai",
    ],
)
def test_a_note_handing_the_thread_over_stays_doubted(body: str) -> None:
    verdict = read_reply(body, tz=ROME, date=DATE, quote=SOFIA_QUOTE, to=SOFIA)
    assert_near_miss_safe(verdict, ROME, None)
