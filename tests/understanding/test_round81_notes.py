"""Round 81, part C: intents of notes without times (blind84 f03, x05, x06).

Mended:

- a holding note whose answer comes "before close of business tomorrow" or "by close of play
  today" is the answer promised soon, as "by COB" was; "Well received. Will get back to you."
  is the sender's own promise with its "I" left out: both are `other`, certain, no time;
- a hand-written "I'm back to a normal schedule on Monday 19 March - ask me again then" (or
  "ping me again then", "try me again then") asks the user to come back on the day just named:
  a defer with that return date, not an absence notice (an auto-reply saying it stays one).

- "Before I look at my calendar: would this be on Zoom or Meet …?" (blind84 c02), in EN, FR,
  ES and DE: the sender asks first and only then looks for a time, `other`, certain (a
  question must follow; a time offered beside it is read as before).

Guarded: "disregard the email I sent you about "Thursday at 10"; that was for a colleague"
names the mail taken back by its subject; the time may be that mail's only, and on main it was
read as a certain offer. It is doubted now (`times_of_retracted_mail`), as is blind84 x06,
which still says "please ignore … meant for a colleague" (misdirection wording) and so stays
`written_to_someone_else`. Near misses: someone else's promise, a promise put off to next
month, a promise only if something changes, an owned slip with a real pick after it.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import assert_read_right, doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
SENT = "Mon, 27 Feb 2040 12:10:00 +0300"
QUOTE = (
    "\n\nOn Mon, 27 Feb 2040 at 4:30 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 30 minutes for a video call? These times work for me (Vietnam time, ICT,"
    " UTC+7):\n>\n> - Thursday 1 March, 8:00 pm\n> - Friday 2 March, 3:00 pm\n"
    "> - Tuesday 6 March, 9:30 pm\n"
)
AUTO = "Auto-Submitted: auto-replied\n"


def read(body: str, headers: str = "") -> Verdict:
    return read_reply(body + "\n", tz=HCM, date=SENT, quote=QUOTE, headers=headers)


HOLDING = [
    "Well received, thank you. I am checking my calendar and will revert before close of\n"
    "business tomorrow.",
    "Noted, thanks. Will get back to you.",
    "Thanks, received. Will get back to you shortly.",
    "Noted - I'll come back to you by close of play today.",
    # The same notes in other languages, read so before this round too.
    "Bien reçu, merci. Je reviens vers vous demain.",
    "Recibido, gracias. Te contesto mañana.",
    "Danke, ist angekommen. Ich melde mich morgen.",
]


@pytest.mark.parametrize("body", HOLDING)
def test_holding_note_is_a_certain_other(body: str) -> None:
    assert_read_right(read(body), HCM, Intent.OTHER, [])


DEFERS = [
    (
        "Thank you for this. I'm covering for my team lead while she is on leave, and\n"
        "can't take anything extra. I'm back to a normal schedule on Monday 19 March - ask\n"
        "me again then and we'll find a time.",
        date(2040, 3, 19),
    ),
    # "until" a day: back the day after, as the reader has it elsewhere.
    (
        "I'm snowed under until Monday 19 March - ping me again then and we'll find a time.",
        date(2040, 3, 20),
    ),
    ("Away on a course until Friday 16 March. Try me again then?", date(2040, 3, 17)),
    ("I'm on leave until Monday 19 March. Please ask me again then.", date(2040, 3, 20)),
    ("Je suis en congé jusqu'au lundi 19 mars, recontactez-moi à ce moment-là.", date(2040, 3, 20)),
    (
        "Estoy de vacaciones hasta el lunes 19 de marzo; escríbeme de nuevo entonces.",
        date(2040, 3, 20),
    ),
]


@pytest.mark.parametrize(("body", "back"), DEFERS)
def test_ask_me_again_then_is_a_defer(body: str, back: date) -> None:
    verdict = read(body)
    assert_read_right(verdict, HCM, Intent.DEFER, [])
    assert verdict.return_date == back


def test_auto_reply_asking_again_then_stays_an_absence() -> None:
    verdict = read("I am on leave until Monday 19 March. Please ask me again then.", AUTO)
    assert verdict.certain
    assert verdict.intent is Intent.OUT_OF_OFFICE


NEAR = [
    # Someone else's promise.
    "Noted. Priya will get back to you.",
    # The answer put off to a later period: a defer, perhaps; not a holding note.
    "Noted, will get back to you next month.",
    # blind84 x06's shape: the misdirection is said in words.
    'Sorry - please ignore the email I sent you an hour ago about "Thursday at 10"; that\n'
    "was meant for a colleague and has nothing to do with your request. I'll reply about\n"
    "your times separately once I've checked with my manager tonight.",
    # The mail taken back named by its time: a certain offer on main.
    'Sorry - disregard the email I sent you an hour ago about "Thursday at 10"; that\n'
    "was for a colleague and has nothing to do with your request.",
    "Please disregard my message on Friday at 3pm, that was for my team.",
]


@pytest.mark.parametrize("body", NEAR)
def test_near_misses_stay_doubted(body: str) -> None:
    verdict = read(body)
    assert not verdict.certain, (verdict.intent, doubt_codes(verdict))


KEPT = [
    # An owned slip, then a pick: round 80's mend stands.
    (
        "Ignore my last email - I misread my diary. Friday 2 March at 3pm works.",
        datetime(2040, 3, 2, 15, 0),
    ),
    # A cancel taken back, the time after the dash not the retracted mail's subject.
    (
        "Ignore my earlier email about cancelling - Friday 2 March at 3pm is still on.",
        datetime(2040, 3, 2, 15, 0),
    ),
    # A promise only if something changes leaves the pick as it was.
    (
        "Thursday 1 March at 8pm works. Will get back to you if anything changes.",
        datetime(2040, 3, 1, 20, 0),
    ),
]


@pytest.mark.parametrize(("body", "start"), KEPT)
def test_picks_beside_these_words_stand(body: str, start: datetime) -> None:
    assert_read_right(read(body), HCM, Intent.ACCEPT, [start])


ASKS_FIRST = [
    "Thanks for writing! Before I look at my calendar: would this be on Zoom or Meet, and\n"
    "could you send me two or three questions you'd like to go through? I like to prepare.",
    "Happy to! Before I check my diary, is this a video call or phone?",
    "Merci ! Avant de regarder mon agenda : ce serait sur Zoom ou Teams ? J'aime me préparer.",
    "¡Gracias! Antes de mirar mi agenda, ¿sería por Zoom o por Meet?",
    "Danke! Bevor ich in meinen Kalender schaue: Zoom oder Teams?",
]


@pytest.mark.parametrize("body", ASKS_FIRST)
def test_question_before_looking_at_the_calendar(body: str) -> None:
    assert_read_right(read(body), HCM, Intent.OTHER, [])


def test_time_beside_before_looking_is_read_as_before() -> None:
    verdict = read(
        "Before I look at my calendar, Friday 2 March at 3pm should be fine. Does that work?"
    )
    assert_read_right(verdict, HCM, Intent.ACCEPT, [datetime(2040, 3, 2, 15, 0)])
