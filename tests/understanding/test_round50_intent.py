"""Round 50 on replies_blind48 and replies_blind49 (intent, referrals, quotes), as families.

- "Confirmando quinta-feira, 2 de dezembro, às 10h00 CT" (blind48 c03): the user's confirmation
  in Portuguese or Spanish settles the meeting, so "não vou conseguir amanhã" calls it off.
- "Depois combinamos outra vez, ok?" (blind49 c03): a nod asked of a later talk is no question,
  and its "d'accord", "va bene" no yes; a tag on a day, a clock or another channel still asks.
- "terça, 23/03/2027, 06:00, Name <x@y> escreveu:" (blind49 a04, c03): iOS in Portuguese puts
  the weekday first; the line is the quote's, not the reply's.
- "dont think i would be much use to you" (blind49 d02), "so I'll skip this one - better to be
  honest than to keep moving it around" (d03): the sender's own no.
- "I'm going to have to pass … lots of people there happy to chat" (blind49 d04): a yes of
  others the reply points to is none of the sender's.
- "talk to my guy Ronald Mugisha" (blind49 r05): a friend, in slang, to talk to instead.
- "Could we shift to Wednesday 31st, same time?" (blind49 s01): a shift to a day is a move; the
  event "that I can't move" holds the old time. Under a meeting settled on one of several
  offers, another of those offers named is a move too, not a pick (a certain accept on main).
- "push tomorrow's call by an hour? … Else Thursday same time also works" (blind49 s05): under
  a meeting the thread settled, "works" beside a move names the other new time, no yes to an
  offer.

Each family has near misses that stay in doubt (hedges, someone else's yes, questions).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_TZ = ZoneInfo("America/Sao_Paulo")
_DATE = "Wed, 29 Aug 2035 22:48:00 -0300"
_OFFERS = (
    "> Hi Kai, would you have 25 minutes for a call? Any of these (BRT):\n>\n"
    "> - Thursday 30 Aug, 10:00\n> - Friday 31 Aug, 14:00\n> - Tuesday 4 Sep, 16:30\n>\n> Ada\n"
)
_ASK = "\n\nOn Mon, Aug 20, 2035 at 9:00 AM Ada Obi <ada@example.com> wrote:\n" + _OFFERS
# The user confirmed Thursday 30 Aug at 10:00, alone on the thread.
_AGREED = (
    "\n\nOn Mon, Aug 20, 2035 at 1:00 PM Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai,\n>\n> Great, confirmed for Thursday 30 Aug at 10:00 BRT. I'll send a Meet link"
    " the day before.\n>\n> Ada\n"
)


def _over_offers(line: str) -> str:
    """The user's newest message ``line`` quoted over the outreach with three offers."""
    nested = "".join(f"> {row}\n" for row in _OFFERS.splitlines())
    return (
        "\n\nOn Mon, Aug 20, 2035 at 1:00 PM Ada Obi <ada@example.com> wrote:\n"
        f"> {line}\n>\n> Ada\n>\n"
        "> On Mon, Aug 20, 2035 at 9:00 AM Ada Obi <ada@example.com> wrote:\n" + nested
    )


_CONFIRMED_PT = _over_offers("Confirmando quinta-feira, 30 de agosto, às 10h00 (BRT), pelo Meet.")
_CONFIRMED_ES = _over_offers(
    "Confirmando el jueves 30 de agosto a las 10:00 (BRT). ¡Hasta el jueves!"
)
_CONFIRMED_EN = _over_offers("Great, confirmed for Thursday 30 Aug at 10:00 BRT. Talk then!")
# "Confirmando: … funciona para você?" asks; nothing is settled.
_ASKED_PT = _over_offers("Confirmando: quinta-feira, 30 de agosto, às 10h00 funciona para você?")


def _ios_pt(weekday: str, day: int, clock: str) -> str:
    return (
        f"\n\n{weekday}, {day:02d}/08/2035, {clock}, Ada Obi <ada@example.com> escreveu:\n"
        + _OFFERS
    )


def _read(body: str, quote: str) -> Verdict:
    return read_reply(body, tz=_TZ, date=_DATE, quote=quote)


def _starts(verdict: Verdict) -> list[datetime]:
    return sorted(local_starts(verdict, _TZ))


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2035, 8 if day > 20 else 9, day, hour, minute)


# ---- The user's "Confirmando …" settles the meeting (blind48 c03) ----


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        # blind48 c03, as typed on a phone.
        (
            "oi ada, desculpa, não vou conseguir amanhã às 10h (aqui), surgiu uma viagem de"
            " última hora. depois a gente vê outra data com calma\n\nbj\nKai\n\nEnviado do meu"
            " iPhone",
            _CONFIRMED_PT,
        ),
        ("Não vou conseguir amanhã, surgiu um imprevisto. Desculpa!", _CONFIRMED_PT),
        ("Não vamos conseguir amanhã, desculpa.", _CONFIRMED_PT),
        ("No voy a poder mañana, me surgió un viaje. Lo siento mucho.", _CONFIRMED_ES),
        ("Lo siento, tengo que cancelar lo de mañana.", _CONFIRMED_ES),
        ("I won't manage tomorrow, sorry - something came up.", _CONFIRMED_PT),
    ],
)
def test_no_to_a_meeting_the_user_confirmed_cancels_it(body: str, quote: str) -> None:
    verdict = _read(body, quote)
    assert (verdict.intent, verdict.certain, verdict.proposed_times) == (Intent.CANCEL, True, ())


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        # The confirmation is a question: nothing settled, one day turned down cancels nothing.
        ("Não vou conseguir amanhã, surgiu uma viagem.", _ASKED_PT),
        # A yes after the no ("Combinado?" asks whether it stands).
        ("Desculpa, não vou conseguir amanhã. Combinado?", _CONFIRMED_PT),
    ],
)
def test_no_under_an_unsettled_or_asked_thread_stays_in_doubt(body: str, quote: str) -> None:
    assert not _read(body, quote).certain


def test_another_time_asked_for_under_the_confirmation_is_a_move() -> None:
    verdict = _read("Não vou conseguir amanhã às 10h, mas sexta às 14h pode ser?", _CONFIRMED_PT)
    assert (verdict.intent, verdict.certain, _starts(verdict)) == (
        Intent.RESCHEDULE,
        True,
        [_at(31, 14)],
    )


# ---- A nod asked of a later talk (blind49 c03) ----


@pytest.mark.parametrize(
    "body",
    [
        # blind49 c03.
        "Olá Ada, desculpa mas afinal não vou conseguir amanhã, surgiu um problema com a minha"
        " filha. Depois combinamos outra vez, ok? Beijinho",
        "Não vou conseguir amanhã. Depois te ligo, tudo bem?",
        "I won't manage tomorrow, sorry. We'll catch up again later, ok?",
        "No voy a poder mañana, me surgió algo. Lo hablamos más adelante, ¿vale?",
        # On main "d'accord" and "va bene" read as a yes that kept the meeting: a certain defer.
        "Je ne vais pas pouvoir demain, désolé. On en reparle plus tard, d'accord ?",
        "Non riesco domani, scusa. Ci risentiamo più avanti, va bene?",
        "Ich schaffe es morgen nicht, sorry. Wir finden später einen neuen Termin, okay?",
        "Ik ga het morgen niet redden, sorry. We spreken later iets anders af, oké?",
    ],
)
def test_a_nod_asked_of_a_later_talk_leaves_the_cancel(body: str) -> None:
    verdict = _read(body, _AGREED)
    assert (verdict.intent, verdict.certain, doubt_codes(verdict)) == (Intent.CANCEL, True, [])


@pytest.mark.parametrize(
    "body",
    [
        # The tag asks about a day, a part of the day, a week or a clock: perhaps a move.
        "Não vou conseguir amanhã. Pode ser sexta, ok?",
        "Não vou conseguir amanhã. Depois combinamos na sexta, ok?",
        "Não vou conseguir amanhã. Falamos de novo à tarde, ok?",
        "I won't manage tomorrow. Let's talk again next week, ok?",
        "Não vou conseguir amanhã. Pode ser às 15h, ok?",
        # Another channel, no later talk: perhaps the meeting stands by phone.
        "Não vou conseguir amanhã. Podemos falar por telefone, ok?",
        # The tag is on the no itself.
        "Não vou conseguir amanhã, ok?",
        # A real question.
        "Não vou conseguir amanhã. Depois combinamos, pode ser?",
    ],
)
def test_a_tag_on_a_time_or_a_real_question_stays_in_doubt(body: str) -> None:
    verdict = _read(body, _AGREED)
    assert not verdict.certain, (verdict.intent, doubt_codes(verdict))


# ---- iOS in Portuguese: "terça, 28/08/2035, 06:00, Name <x@y> escreveu:" (blind49 a04) ----


@pytest.mark.parametrize(
    ("body", "quote", "start"),
    [
        (
            "Olá Ada,\n\nObrigada pela mensagem! Quinta, dia 30, às 10h fica ótimo para mim."
            "\n\nBeijinhos,\nKai",
            _ios_pt("terça", 28, "06:00"),
            _at(30, 10),
        ),
        (
            "Sexta, 31, às 14h está ótimo. Abraço, Kai",
            _ios_pt("segunda-feira", 27, "16:00"),
            _at(31, 14),
        ),
        ("Pode ser terça, 4/9, às 16h30. Abraço", _ios_pt("quarta", 29, "09:15"), _at(4, 16, 30)),
    ],
)
def test_an_ios_attribution_opening_on_the_weekday_is_the_quotes(
    body: str, quote: str, start: datetime
) -> None:
    verdict = _read(body, quote)
    assert (verdict.intent, verdict.certain, _starts(verdict)) == (Intent.ACCEPT, True, [start])


def test_a_weekday_and_date_line_of_the_reply_is_no_attribution() -> None:
    # No "escreveu:" at its end: the sender's own offer, read as such.
    verdict = _read("Nenhum desses horários funciona. Pode ser quarta, 5/9, às 11h?", _ASK)
    assert (verdict.intent, verdict.certain, _starts(verdict)) == (
        Intent.PROPOSE_TIMES,
        True,
        [_at(5, 11)],
    )


# ---- The sender's own no (blind49 d02, d03) ----


@pytest.mark.parametrize(
    "body",
    [
        # blind49 d02.
        "hi ada, thanks for thinking of me but honestly i moved out of data to fintech last year,"
        " dont think i would be much use to you. all the best!!",
        "Thanks Ada - I don't think I'd be much use to you, I left the field years ago. Good luck!",
        "Honestly I don't think I would be of much use to you here. Best of luck with the move.",
        "Je ne pense pas pouvoir vous être très utile, désolé. Bonne chance !",
        "No creo que pueda ayudarte mucho, la verdad. ¡Suerte!",
        "Não acho que possa ajudar muito, sinceramente. Boa sorte!",
        # blind49 d03.
        "Thanks for your message. We're launching in two weeks and I'm underwater until well"
        " into the summer, so I'll skip this one - better to be honest than to keep moving it"
        " around.\n\nGood luck!",
        "Thanks, but I'll have to skip this one. Good luck!",
        "I'm going to skip this one, sorry - too much on.",
        "I'll skip this one, all the best.",
    ],
)
def test_the_senders_own_no_declines(body: str) -> None:
    verdict = _read(body, _ASK)
    assert (verdict.intent, verdict.certain, doubt_codes(verdict)) == (Intent.DECLINE, True, [])


@pytest.mark.parametrize(
    "body",
    [
        # A part of the chat turned down, the rest taken: a yes and a no.
        "I don't think I'd be much use to you on the policy side, but happy to chat about the"
        " rest.",
        # A question, not a no.
        "Can we skip this one and do next week?",
    ],
)
def test_a_partial_or_asked_no_stays_in_doubt(body: str) -> None:
    assert not _read(body, _ASK).certain


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # Someone else's use, and the sender's own yes beside it.
        ("I don't think Priya would be much use to you, but I'm happy to chat.", Intent.ACCEPT),
        # A hedge, then a yes.
        ("Not sure I'd be much use to you, but happy to chat if you like.", Intent.ACCEPT),
    ],
)
def test_no_of_someone_else_or_a_hedge_is_no_decline(body: str, intent: Intent) -> None:
    assert _read(body, _ASK).intent is intent


def test_better_than_moving_it_does_not_hide_a_move_said_first() -> None:
    body = "Better to move it than to cancel - could we move it to Friday 31 Aug at 14:00?"
    verdict = _read(body, _AGREED)
    assert (verdict.intent, verdict.certain, _starts(verdict)) == (
        Intent.RESCHEDULE,
        True,
        [_at(31, 14)],
    )


# ---- Others' yes beside the sender's no (blind49 d04) ----


@pytest.mark.parametrize(
    "body",
    [
        # blind49 d04.
        "Thank you for reaching out. I get a lot of these requests and I've had to make a rule of"
        " only doing informational calls through my university's alumni mentoring program, so"
        " I'm going to have to pass.\n\nIf you haven't already, the Work on Climate Slack has a"
        " very active #product channel - lots of people there happy to chat.",
        "Sorry, I have to pass. Folks in the #data channel are always happy to chat, though.",
        "I'll have to decline, I'm afraid. Plenty of other members of the meetup would be glad to"
        " help.",
    ],
)
def test_others_yes_beside_the_senders_no_declines(body: str) -> None:
    verdict = _read(body, _ASK)
    assert (verdict.intent, verdict.certain, doubt_codes(verdict)) == (Intent.DECLINE, True, [])


@pytest.mark.parametrize(
    "body",
    [
        "Unfortunately I can't. Happy to chat though!",
        # The sender's own yes, with others named before it.
        "I have to pass this month, sorry - people keep asking, but I'm happy to chat in October.",
        "Sorry, I have to pass. My team are always happy to chat, and so am I next month.",
    ],
)
def test_the_senders_own_yes_after_the_no_stays_in_doubt(body: str) -> None:
    verdict = _read(body, _ASK)
    assert not verdict.certain
    assert "contradicting_intent_cues" in doubt_codes(verdict)


def test_others_yes_alone_is_no_yes_of_the_senders() -> None:
    verdict = _read("Lots of people there are happy to chat - try the Slack.", _ASK)
    assert (verdict.intent, verdict.certain) == (Intent.OTHER, False)


# ---- "my guy Ronald Mugisha" (blind49 r05) ----


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # blind49 r05.
        (
            "Hi Ada, this week and next are mad for me. but u should talk to my guy Ronald"
            " Mugisha, he did exactly that move from data to product. whatsapp him on +256 772"
            " 000 111, tell him i sent u",
            "Ronald Mugisha",
        ),
        ("Talk to my guy Dev Patel - he made the same jump last year.", "Dev Patel"),
        ("You should speak to my guy Tom Hale at Northwind, he's the expert.", "Tom Hale"),
    ],
)
def test_my_guy_named_to_talk_to_is_a_referral(body: str, name: str) -> None:
    verdict = _read(body, _ASK)
    assert (verdict.intent, verdict.certain) == (Intent.REFERRAL, True)
    assert [r.name for r in verdict.referrals] == [name]


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # Named, but no one to talk to: the pick stands.
        ("My guy Ronald says hi! Thursday works for me.", Intent.ACCEPT),
        # A form of address, no one named.
        ("Sorry my guy, can't help with this one.", Intent.DECLINE),
    ],
)
def test_my_guy_with_no_advice_is_no_referral(body: str, intent: Intent) -> None:
    verdict = _read(body, _ASK)
    assert (verdict.intent, verdict.referrals) == (intent, ())


# ---- A shift to a day, and a move with a second time (blind49 s01, s05) ----


@pytest.mark.parametrize(
    ("body", "quote", "starts"),
    [
        ("Could we shift to Friday 31 Aug, same time?", _CONFIRMED_EN, [_at(31, 10)]),
        (
            "Really sorry - something's landed on Thursday that I can't move. Could we shift to"
            " Friday 31 Aug at 14:00?",
            _AGREED,
            [_at(31, 14)],
        ),
        # blind49 s05's shape, with a clock: the pushed time and the other day, both new.
        (
            "Sorry for the late notice, can we push tomorrow's call to 11:00? Else Friday 31 Aug"
            " at 10:00 also works for me.",
            _CONFIRMED_EN,
            [_at(30, 11), _at(31, 10)],
        ),
        (
            "Something came up - could we move it to Friday 31 Aug at 14:00? That works better"
            " for me.",
            _CONFIRMED_EN,
            [_at(31, 14)],
        ),
        ("Thursday works, but can we push to 11:00?", _CONFIRMED_EN, [_at(30, 11)]),
        # blind49 s01's shape: the event that "I can't move" is the sender's, the day its time.
        (
            "Really sorry to do this - something's landed on Thursday morning that I can't move."
            " Could we shift to Friday 31 Aug, same time? Otherwise I'm fairly flexible later"
            " that week.",
            _CONFIRMED_EN,
            [_at(31, 10)],
        ),
        (
            "Thursday morning has a review that I can't skip - can we move to Friday 31 Aug, same"
            " time?",
            _CONFIRMED_EN,
            [_at(31, 10)],
        ),
        # Another of the user's first offers, under a meeting settled on one of them: a move
        # (on main a certain accept of that offer).
        ("Could we do Friday 31 Aug at 14:00 instead?", _CONFIRMED_EN, [_at(31, 14)]),
        (
            "A board call landed on Thursday morning which we can't move. Could we do Friday 31"
            " Aug at 14:00 instead?",
            _CONFIRMED_EN,
            [_at(31, 14)],
        ),
        (
            "I'm double-booked on Thursday morning. Could we do Friday 31 Aug at 14:00 instead?",
            _CONFIRMED_EN,
            [_at(31, 14)],
        ),
        (
            "Friday 31 Aug at 14:00 works better for me, can we switch?",
            _CONFIRMED_EN,
            [_at(31, 14)],
        ),
        ("Sexta às 14h seria melhor para mim, pode ser?", _CONFIRMED_PT, [_at(31, 14)]),
    ],
)
def test_a_move_of_the_settled_meeting_is_certain(
    body: str, quote: str, starts: list[datetime]
) -> None:
    verdict = _read(body, quote)
    assert (verdict.intent, verdict.certain, _starts(verdict)) == (
        Intent.RESCHEDULE,
        True,
        starts,
    )


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        # No time to move to.
        ("Could we shift to Friday?", _AGREED),
        # Nothing settled: a yes to an offer and a move may be a pick or a counter-offer.
        ("Friday works, can we push to 15:00?", _ASK),
        (
            "Sorry for the late notice, can we push to 11:00? Else Friday 31 Aug at 10:00 also"
            " works for me.",
            _ASK,
        ),
        # Moved by a length: the sum is left to the user.
        (
            "Sorry for the late notice, can we push tomorrow's call by an hour? My 9 o'clock is"
            " running into it. Else Friday same time also works for me.",
            _CONFIRMED_EN,
        ),
    ],
)
def test_a_move_with_no_time_or_nothing_settled_stays_in_doubt(body: str, quote: str) -> None:
    verdict = _read(body, quote)
    assert not verdict.certain, (verdict.intent, _starts(verdict))


@pytest.mark.parametrize(
    "body",
    [
        "Thursday at 10 works, see you then!",
        "Thursday at 10:00 still works for me.",
    ],
)
def test_the_settled_meeting_said_again_is_kept(body: str) -> None:
    verdict = _read(body, _CONFIRMED_EN)
    assert (verdict.intent, verdict.certain, _starts(verdict)) == (
        Intent.ACCEPT,
        True,
        [_at(30, 10)],
    )


def test_the_one_slot_i_cant_move_kept_is_no_move() -> None:
    verdict = _read(
        "Thursday at 10 is the one slot that I can't move, so let's keep it.", _CONFIRMED_EN
    )
    assert verdict.intent is not Intent.RESCHEDULE
    assert not verdict.certain
