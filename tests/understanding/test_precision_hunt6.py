"""Precision hunt 6: cancel and move words out of their scope, and the times beside them.

A word that calls a meeting off or moves it moves nothing when it is wished away ("I'd hate
to back out, so Friday at 10 it is"), dropped ("rather than cancel, …"), not called for ("no
need to reschedule"), apologised for as past ("sorry for cancelling last time"), about
another event of the sender's ("I had to cancel my trip", "my 3pm got cancelled"), or only
possible ("I might have to cancel": a doubt). "Tomorrow at 2 is off" names the time called
off; "something came up, I need to move our call to Friday at 10" offers Friday. Sentences of
our own, in the seven languages, each cause with near misses that keep their reading.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_NY = ZoneInfo("America/New_York")
_THU_3 = datetime(2028, 3, 16, 15, 0)
_FRI_10 = datetime(2028, 3, 17, 10, 0)
_OFFERS = (
    "\n\nOn Mon, Mar 13, 2028 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Could we talk for 30 minutes? Either of these would suit me:\n>\n"
    "> - Thursday, March 16 at 3:00 pm\n> - Friday, March 17 at 10:00 am\n>\n> Ada\n"
)
_AGREED = (
    "\n\nOn Mon, Mar 13, 2028 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Great, confirmed for Thursday, March 16 at 3:00 pm.\n>\n> Ada\n"
)


def _read(body: str, quote: str) -> Verdict:
    return read_reply(body, tz=_NY, date="Tue, 14 Mar 2028 10:00:00 -0400", quote=quote)


def _assert_reads(body: str, quote: str, intent: Intent, starts: list[datetime]) -> None:
    verdict = _read(body, quote)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is intent
    assert local_starts(verdict, _NY) == starts


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("I'd hate to back out of our call, so Friday at 10 it is.", _FRI_10),
        ("I'd hate to cancel on you, so Thursday at 3 it is.", _THU_3),
        ("Would hate to have to reschedule, so let's lock in Friday at 10.", _FRI_10),
        ("No cancelling this time! Friday at 10am is perfect.", _FRI_10),
        ("Je ne veux pas annuler, donc vendredi à 10h c'est parfait.", _FRI_10),
        ("Ich will nicht absagen, also Freitag um 10 Uhr passt.", _FRI_10),
    ],
)  # fmt: skip
def test_a_cancel_wished_away_is_a_pick(body: str, start: datetime) -> None:
    _assert_reads(body, _OFFERS, Intent.ACCEPT, [start])


@pytest.mark.parametrize(
    "body",
    [
        "No need to cancel - Thursday at 3 still works for me.",
        # A move word denied marks no time as the old slot.
        "No need to reschedule, Thursday at 3 still works.",
        "No need to move anything, Thursday at 3 is still good.",
        "I'm not cancelling, just confirming Thursday at 3.",
        "You don't need to cancel on my account - Thursday at 3 works.",
        "I don't want to reschedule again, so Thursday at 3 it is.",
        "I was going to cancel, but Thursday at 3 still works.",
        "I almost had to cancel, but I'm still good for Thursday at 3.",
        "I thought I'd have to reschedule, but Thursday at 3 works after all.",
        "Ignore my earlier email about cancelling - Thursday at 3 is still on.",
        "Disregard the reschedule request; Thursday at 3 works.",
        "I'm sorry I cancelled Thursday - that was a mistake. Thursday at 3 still works.",
        "No hace falta cancelar, el jueves a las 15:00 me sigue yendo bien.",
        "Non c'è bisogno di annullare, giovedì alle 15 mi va ancora bene.",
        "Não precisa cancelar, quinta às 15h continua ótimo.",
    ],
)
def test_a_cancel_denied_or_dropped_keeps_the_agreed_time(body: str) -> None:
    _assert_reads(body, _AGREED, Intent.ACCEPT, [_THU_3])


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("I had to cancel my trip, so Thursday now works. See you at 3.", _THU_3),
        ("I cancelled my trip, so Friday at 10 works now.", _FRI_10),
        ("Thursday at 3 works - I'll cancel my 2:30 to make it.", _THU_3),
        ("Thursday at 3 is good. I'll reschedule my dentist appointment.", _THU_3),
        ("If Thursday doesn't work I can cancel my 2pm, but Friday at 10 is easiest.", _FRI_10),
        ("The conference was cancelled so Thursday at 3 works now.", _THU_3),
        ("Tuve que cancelar mi viaje, así que el jueves a las 15:00 me viene bien.", _THU_3),
        ("Tive que cancelar minha viagem, então quinta às 15h funciona.", _THU_3),
        ("Ik moest mijn reis annuleren, dus donderdag om 15:00 past.", _THU_3),
        ("Ma réunion de 15h a été annulée, donc jeudi à 15h me va.", None),
    ],
)  # fmt: skip
def test_the_senders_other_event_called_off_leaves_the_pick(
    body: str, start: datetime | None
) -> None:
    verdict = _read(body, _OFFERS)
    assert verdict.intent not in (Intent.CANCEL, Intent.RESCHEDULE)
    if start is not None:
        _assert_reads(body, _OFFERS, Intent.ACCEPT, [start])


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Sorry again for cancelling last time. Friday at 10 works great.", _FRI_10),
        ("Sorry I had to reschedule last time. Thursday at 3 is good.", _THU_3),
        ("Désolé d'avoir annulé la dernière fois. Vendredi à 10h me va.", _FRI_10),
        ("Perdón por cancelar la última vez. El viernes a las 10 me va bien.", _FRI_10),
        ("Desculpe por ter cancelado da última vez. Sexta às 10h funciona.", _FRI_10),
    ],
)  # fmt: skip
def test_an_apology_for_an_earlier_cancel_is_no_cancel(body: str, start: datetime) -> None:
    verdict = _read(body, _OFFERS)
    assert verdict.intent not in (Intent.CANCEL, Intent.RESCHEDULE)
    if verdict.certain:
        _assert_reads(body, _OFFERS, Intent.ACCEPT, [start])


@pytest.mark.parametrize(
    "body",
    [
        "I might have to cancel Thursday at 3 - I'll confirm tomorrow.",
        "I may need to reschedule Thursday, will let you know.",
        "If I have to cancel I'll tell you by noon; otherwise see you Thursday at 3.",
        "Je risque de devoir annuler jeudi, je vous confirme demain.",
        "Puede que tenga que cancelar el jueves, te confirmo mañana.",
        "Ich muss eventuell Donnerstag absagen, ich melde mich morgen.",
    ],
)
def test_a_cancel_that_may_come_is_doubted(body: str) -> None:
    verdict = _read(body, _AGREED)
    assert not verdict.certain
    assert "hedged_move" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "intent", "starts"),
    [
        ("I hate to cancel, but tomorrow at 2 is off.", Intent.CANCEL, []),
        ("Unfortunately Thursday at 3 is off - I have to cancel.", Intent.CANCEL, []),
        ("Rather than cancel, could we push to 3:30?", Intent.RESCHEDULE,
         [datetime(2028, 3, 16, 15, 30)]),
        ("Something came up, I need to move our call to Friday at 10.", Intent.RESCHEDULE,
         [_FRI_10]),
        ("En lugar de cancelar, ¿podemos pasarlo al viernes a las 10?", Intent.RESCHEDULE,
         [_FRI_10]),
        ("Invece di annullare, possiamo spostare a venerdì alle 10?", Intent.RESCHEDULE,
         [_FRI_10]),
    ],
)  # fmt: skip
def test_the_time_called_off_or_moved_to(body: str, intent: Intent, starts: list[datetime]) -> None:
    _assert_reads(body, _AGREED, intent, starts)


def test_a_shift_by_a_length_moves_the_confirmed_meeting() -> None:
    # Precision hunt 27: one length after "push" under a confirmed meeting is added to it.
    verdict = _read("Rather than cancel, could we push 30 minutes?", _AGREED)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.RESCHEDULE
    assert local_starts(verdict, _NY) == [datetime(2028, 3, 16, 15, 30)]


@pytest.mark.parametrize(
    ("body", "intent", "starts"),
    [
        # Near misses: a cancel or move said now, with an apology or the word "my", stands.
        ("Sorry, I have to cancel Thursday.", Intent.CANCEL, []),
        ("I'm sorry I have to cancel our call on Thursday.", Intent.CANCEL, []),
        ("I hate to have to cancel, but I'm sick.", Intent.CANCEL, []),
        ("So sorry to cancel last minute - I'm sick.", Intent.CANCEL, []),
        ("I have to cancel my meeting with you Thursday, sorry.", Intent.CANCEL, []),
        ("Tengo que cancelar mi cita contigo del jueves.", Intent.CANCEL, []),
        ("Ich muss unser Gespräch am Donnerstag leider absagen.", Intent.CANCEL, []),
        ("I need to reschedule again - would Friday at 10 work?", Intent.RESCHEDULE, [_FRI_10]),
        ("Sorry to reschedule again! Could we do Friday at 10?", Intent.RESCHEDULE, [_FRI_10]),
        ("Could we reschedule a bit later, say Friday at 10?", Intent.RESCHEDULE, [_FRI_10]),
        ("I'm so sorry to cancel Thursday at 3 - would Friday at 10 work instead?",
         Intent.RESCHEDULE, [_FRI_10]),
    ],
)  # fmt: skip
def test_a_cancel_or_move_said_now_keeps_its_reading(
    body: str, intent: Intent, starts: list[datetime]
) -> None:
    _assert_reads(body, _AGREED, intent, starts)


@pytest.mark.parametrize(
    ("body", "intent", "starts"),
    [
        ("Let's cancel Thursday and do Friday at 10 instead.", Intent.RESCHEDULE, [_FRI_10]),
        ("I have to cancel Thursday at 3 but could do Friday at 10 instead.", Intent.RESCHEDULE,
         [_FRI_10]),
        ("Je dois annuler jeudi à 15h et plutôt vendredi à 10h à la place.", Intent.RESCHEDULE,
         [_FRI_10]),
        # Near miss: "instead" with no time after it offers nothing; the cancel stands alone.
        ("I must cancel Thursday at 3 and I'm sorry, I'll be in touch instead.", Intent.CANCEL,
         []),
    ],
)  # fmt: skip
def test_the_rest_of_a_cancelling_clause_names_the_time_instead(
    body: str, intent: Intent, starts: list[datetime]
) -> None:
    _assert_reads(body, _AGREED, intent, starts)
