"""Precision hunt 11: cancels said, hedged or refused, thanks and asks, and who is pointed to.

"Something came up" beside a cancel is its reason, not a move; a cancel asked back and refused
at once ("Cancel Thursday at 3? No way") cancels nothing; a cancel that may come is doubted in
more words; a decline "after all" under an agreed meeting calls it off; "cancelar a nossa
conversa" is ours, "cancelar uma reunião" the sender's. A display name written in raw UTF-8 on
the Cc line is read as written; the sender's own talk with someone ("I'll talk to Dana and get
back to you") and someone brought along ("looping in Marco, who'll join us") point the user to
no one. Sentences of our own, in the seven languages, each cause with near misses.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict, understand

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
_MARCO = "Cc: Marco Bellini <marco@bellini.example>\n"


def _read(body: str, quote: str, headers: str = "") -> Verdict:
    return read_reply(
        body, tz=_NY, date="Tue, 14 Mar 2028 10:00:00 -0400", quote=quote, headers=headers
    )


def _assert_reads(verdict: Verdict, intent: Intent, starts: list[datetime] | None = None) -> None:
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is intent
    assert local_starts(verdict, _NY) == (starts or [])


@pytest.mark.parametrize(
    "body",
    [
        "Hate to cancel, but something came up. Can't make it.",
        "hate to cancel but something came up - can't make it thursday",
        "Sorry can't make it thursday, something came up",
        "Something came up. I'm afraid I have to cancel our call.",
        "Leider muss ich unser Gespräch am Donnerstag absagen, mir ist etwas dazwischengekommen.",
        "Mi è capitato un imprevisto, devo annullare giovedì.",
        "Sorry, er is iets tussengekomen, ik moet ons gesprek van donderdag afzeggen.",
    ],
)  # fmt: skip
def test_something_came_up_beside_a_cancel_is_its_reason(body: str) -> None:
    _assert_reads(_read(body, _AGREED), Intent.CANCEL)


@pytest.mark.parametrize(
    ("body", "starts"),
    [
        # Near misses: a move asked for, with or without a new time.
        ("Something came up - can we move it to Friday at 10?", [_FRI_10]),
        ("Something came up. Could we reschedule?", []),
        ("Hate to cancel Thursday, but something came up. Could we do Friday at 10 instead?",
         [_FRI_10]),
    ],
)  # fmt: skip
def test_something_came_up_with_a_move_still_moves(body: str, starts: list[datetime]) -> None:
    _assert_reads(_read(body, _AGREED), Intent.RESCHEDULE, starts)


@pytest.mark.parametrize(
    "body",
    [
        # Portuguese "a nossa" is ours, not English "a meeting of mine".
        "Desculpa, surgiu um imprevisto e vou ter que cancelar a nossa conversa de quinta.",
        "Preciso cancelar a nossa chamada de quinta, desculpa.",
        "Infelizmente vou ter de cancelar a nossa conversa.",
    ],
)
def test_our_meeting_in_portuguese_is_cancelled(body: str) -> None:
    _assert_reads(_read(body, _AGREED), Intent.CANCEL)


@pytest.mark.parametrize(
    "body",
    [
        "Tive que cancelar uma reunião, então quinta às 15h funciona.",
        "Tuve que cancelar una reunión, así que el jueves a las 15 me va bien.",
        "Je dois annuler une réunion, donc jeudi à 15h c'est bon.",
        "I had to cancel a meeting, so Thursday at 3 works.",
    ],
)
def test_an_event_of_the_senders_called_off_leaves_the_agreed_time(body: str) -> None:
    _assert_reads(_read(body, _AGREED), Intent.ACCEPT, [_THU_3])


@pytest.mark.parametrize(
    "body",
    [
        "Cancel Thursday at 3? No way, still on",
        "Cancel? No way, we're still on for Thursday at 3.",
        "Cancel our call? Absolutely not - see you Thursday at 3!",
        "Annuler jeudi à 15h ? Pas question, on maintient !",
        "¿Cancelar el jueves a las 15? Ni hablar, seguimos.",
        "Absagen? Auf keinen Fall, Donnerstag um 15 Uhr bleibt.",
        "Annullare giovedì alle 15? Assolutamente no, confermato.",
        "Cancelar quinta às 15h? De jeito nenhum, está mantido.",
        "Afzeggen? Geen sprake van, donderdag om 15:00 staat nog.",
    ],
)
def test_a_cancel_asked_back_and_refused_cancels_nothing(body: str) -> None:
    verdict = _read(body, _AGREED)
    assert verdict.intent not in (Intent.CANCEL, Intent.RESCHEDULE)
    if verdict.certain:
        assert verdict.intent is Intent.ACCEPT
        assert local_starts(verdict, _NY) == [_THU_3]


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: the question asks to cancel, and nothing refuses it.
        "Could we cancel Thursday? Something came up.",
        "Cancel Thursday? Yes, sorry - something came up.",
        "Can we cancel? I'm swamped.",
    ],
)
def test_a_cancel_asked_for_still_cancels(body: str) -> None:
    _assert_reads(_read(body, _AGREED), Intent.CANCEL)


@pytest.mark.parametrize(
    "body",
    [
        "There's a chance I'll have to cancel. Will let you know tomorrow.",
        "Possibly have to cancel Thursday, will confirm tmrw",
        "I'll probably have to cancel Thursday, will confirm tomorrow.",
        "Probably going to have to cancel Thursday, I'll let you know tomorrow.",
        "Il se peut que je doive annuler jeudi, je vous confirme demain.",
        "Es posible que tenga que cancelar el jueves, te confirmo mañana.",
        "Ich muss Donnerstag möglicherweise absagen, ich gebe morgen Bescheid.",
        "Forse devo annullare giovedì, ti confermo domani.",
        "Pode ser que eu tenha que cancelar quinta, confirmo amanhã.",
        "Mogelijk moet ik donderdag afzeggen, ik laat het morgen weten.",
        "Wellicht moet ik donderdag afzeggen, ik laat het je weten.",
    ],
)
def test_a_cancel_that_may_come_is_doubted(body: str) -> None:
    verdict = _read(body, _AGREED)
    assert not verdict.certain
    assert "hedged_move" in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: said now.
        "I have to cancel Thursday, sorry.",
        "Purtroppo devo annullare giovedì.",
        "Ik moet donderdag helaas afzeggen, sorry.",
    ],
)
def test_a_cancel_said_now_still_cancels(body: str) -> None:
    _assert_reads(_read(body, _AGREED), Intent.CANCEL)


@pytest.mark.parametrize(
    "body",
    [
        "Désolée, je ne pourrai pas venir jeudi finalement.",
        "Lo siento, al final no puedo el jueves.",
        "Scusa, alla fine giovedì non riesco.",
        "Unfortunately I can't do Thursday after all.",
    ],
)
def test_a_decline_after_all_under_an_agreed_meeting_cancels_it(body: str) -> None:
    _assert_reads(_read(body, _AGREED), Intent.CANCEL)
    # Near miss: under offers nothing was agreed, so it turns the user down.
    assert _read(body, _OFFERS).intent is Intent.DECLINE


def _raw(cc: bytes) -> bytes:
    return (
        b"From: Kai Berg <kai@example.com>\nTo: Ada Obi <ada@example.com>\nCc: " + cc + b"\n"
        b"Subject: Re: chat\nDate: Tue, 14 Mar 2028 10:00:00 -0400\nMIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=utf-8\n\n"
        b"I've copied Jos\xc3\xa9, he's the one you want to talk to.\n"
    )


@pytest.mark.parametrize(
    "cc",
    [
        "José Müller <jose@muller.example>".encode(),
        "José Müller <jose@muller.example>".encode("latin-1"),
        # Near miss: the same name encoded as RFC 2047 words.
        b"=?UTF-8?Q?Jos=C3=A9_M=C3=BCller?= <jose@muller.example>",
    ],
)
def test_a_cc_display_name_in_raw_eight_bit_is_read_as_written(cc: bytes) -> None:
    verdict = understand(_raw(cc), tz=_NY, meeting_length=timedelta(minutes=30))
    assert verdict.intent is Intent.REFERRAL
    assert [(r.name, r.email) for r in verdict.referrals] == [
        ("José Müller", "jose@muller.example")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "I'll talk to Dana and get back to you.",
        "Let me talk to Dana and I'll come back to you with a time.",
        "Let me check with Marco first.",
        "I'll check with Priya and get back to you on timing.",
        "Voy a hablar con Ana y te digo.",
        "Vou falar com a Rita e te aviso.",
    ],
)
def test_the_senders_own_talk_with_someone_points_to_no_one(body: str) -> None:
    verdict = _read(body, _OFFERS)
    assert verdict.intent is not Intent.REFERRAL
    assert verdict.referrals == ()


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # Near misses: the user is pointed to them.
        ("You should talk to Dana instead.", "Dana"),
        ("I'd suggest you talk to Dana Reyes instead.", "Dana Reyes"),
        ("Parlez plutôt à Dana, elle connaît mieux le sujet.", "Dana"),
    ],
)
def test_talk_to_someone_instead_still_refers(body: str, name: str) -> None:
    verdict = _read(body, _OFFERS)
    _assert_reads(verdict, Intent.REFERRAL)
    assert [r.name for r in verdict.referrals] == [name]


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Looping in Marco who'll join us. Thursday at 3 works.", _THU_3),
        ("cc'ing Marco so he can join us Friday at 10", _FRI_10),
        ("Thursday at 3 works. I've cc'd Marco who'll join us.", _THU_3),
        ("J'ai mis Marco en copie, il nous rejoindra jeudi à 15h.", _THU_3),
    ],
)
def test_someone_brought_along_is_no_referral(body: str, start: datetime) -> None:
    verdict = _read(body, _OFFERS, _MARCO)
    _assert_reads(verdict, Intent.ACCEPT, [start])
    assert verdict.referrals == ()


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: sent on to Marco instead of the sender.
        "Looping in Marco, who knows this area far better than me.",
        "Looping in Marco - he can join you instead of me.",
        "Intro'ing you to Marco (cc'd) - you two should talk.",
    ],
)
def test_someone_looped_in_for_the_user_is_a_referral(body: str) -> None:
    verdict = _read(body, _OFFERS, _MARCO)
    _assert_reads(verdict, Intent.REFERRAL)
    assert [(r.name, r.email) for r in verdict.referrals] == [
        ("Marco Bellini", "marco@bellini.example")
    ]
