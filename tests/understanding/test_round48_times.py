"""Round 48 (times) on replies_blind47, replies_blind45 and hunt 41, as families of wordings.

- Whose clock a possessive after a clock names (blind47 p07, "a las 9 mías"): "mías / mine /
  meine / le mie / as minhas / de mi hora" the sender's, "tuyas / vuestras / deine / as tuas"
  the user's; and "mejor el viernes …" after a refusal is the better time, offered.
- A move of the agreed meeting (blind47 s03, s05): the slot the sender cannot reach ("no llego a
  las 16:30", "vou estar num workshop", "schaffe ich nicht") is the slot moved from, not offered.
- "Estamos en la misma hora" (blind47 p09): the two share a clock; no earlier time is repeated.
- A move by a length then its clock (blind45 s05, "push our Tuesday chat back by an hour? So 10pm
  my time"): the clock is where it lands, on the meeting's day, if the sum adds up.
- An inline answer under a quoted offer (blind45 p09, "4:30am, ha. no."): its clock is that offer
  on the sender's clock, named back, not a new offer.
- An hour alone on the user's clock (hunt 41, "2pm works"): it picks the one offer at that hour.

Each table has near misses; ``None`` as the expected reading means the reply stays in doubt.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

P, R, A = Intent.PROPOSE_TIMES, Intent.RESCHEDULE, Intent.ACCEPT
Reading = tuple[Intent, list[datetime]] | None


def _check(verdict_args: dict[str, str], body: str, tz: ZoneInfo, expected: Reading) -> None:
    verdict = read_reply(body, tz=tz, **verdict_args)
    if expected is None:
        assert not verdict.certain, (verdict.intent, local_starts(verdict, tz))
        return
    intent, starts = expected
    assert verdict.certain, (verdict.intent, local_starts(verdict, tz), doubt_codes(verdict))
    assert verdict.intent is intent
    assert local_starts(verdict, tz) == starts


_BRT = ZoneInfo("America/Sao_Paulo")
_BOGOTA = {
    "date": "Wed, 22 Aug 2035 07:11:00 -0500",
    "quote": "\n\nEl lun, 20 ago 2035 a las 7:14, Ada Obi <ada@example.com> escribió:\n"
    "> Te propongo estos horarios (hora de Brasília, BRT):\n>\n> - jueves 30 de agosto, 10:00\n"
    "> - viernes 31 de agosto, 14:00\n> - martes 4 de septiembre, 16:30\n",
}
_FRI_11 = (P, [datetime(2035, 9, 7, 11)])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # blind47 p07's wording: one run-on line, "mejor el viernes" after the refusal.
        (
            "hola marina ninguno de esos me sirve la verdad esa semana tengo cierre de sprint mejor"
            " el viernes 7 de septiembre a las 9 mias (bogota) te parece",
            # Read 11:00 BRT; hunt 42's `time_of_another_event` ("cierre de sprint") doubts it.
            None,
        ),
        ("ninguno me sirve esa semana mejor el viernes 7 de septiembre a las 9 te parece", _FRI_11),
        ("Ninguno me sirve. ¿Qué tal el viernes 7 de septiembre a las 9 mías?", _FRI_11),
        ("Ninguno me sirve. ¿Qué tal el viernes 7 de septiembre a las 9 de mi hora?", _FRI_11),
        ("Keiner passt. Wie wäre Freitag, 7. September um 9 meine?", _FRI_11),
        ("Nessuno va bene. Che ne dici di venerdì 7 settembre alle 9 le mie?", _FRI_11),
        ("Nenhum serve. Que tal sexta, 7 de setembro, às 9h as minhas?", _FRI_11),
        # The user's side by its possessive: main read these 11s on the sender's clock (13:00).
        ("Ninguno me sirve. ¿Qué tal el viernes 7 de septiembre a las 11 tuyas?", _FRI_11),
        ("Ninguno me sirve. ¿Qué tal el viernes 7 de septiembre a las 11 tuyas (9 mías)?", _FRI_11),
        ("Ninguno me sirve. ¿Qué tal el viernes 7 de septiembre a las 11 vuestras?", _FRI_11),
        ("Keiner passt. Wie wäre Freitag, 7. September um 11 deine, 9 meine?", _FRI_11),
        ("Nenhum serve. Que tal sexta, 7 de setembro, às 11h as tuas, 9h as minhas?", _FRI_11),
        ("None of those work. How about Friday 7 September at 11 yours, 9 mine?", _FRI_11),
        # Near misses: "mejor no" refuses, "lo mejor" offers nothing, "mi hora de almuerzo" is
        # no clock's name.
        ("esa semana no puedo, el viernes 7 de septiembre a las 9 tampoco, mejor no", None),
        ("Ninguno me sirve, lo mejor es que me escribas en octubre.", None),
        ("El viernes 7 a las 9 tengo mi hora de almuerzo, ninguno me sirve.", None),
    ],
)
def test_a_possessive_after_a_clock_names_whose_clock(body: str, expected: Reading) -> None:
    _check(_BOGOTA, body, _BRT, expected)


_AGREED = {
    "date": "Mon, 03 Sep 2035 09:15:00 -0300",
    "quote": "\n\nOn Tue, Aug 21, 2035 at 10:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Great, confirmed for Tuesday 4 Sep at 16:30 BRT.\n>\n> Ada\n",
}
_OFFERS = {
    "date": "Mon, 03 Sep 2035 09:15:00 -0300",
    "quote": "\n\nOn Tue, Aug 21, 2035 at 10:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would one of these suit (BRT)?\n> - Thursday 30 Aug, 10:00\n> - Tuesday 4 Sep, 16:30\n"
    ">\n> Ada\n",
}
_WED_10 = [datetime(2035, 9, 5, 10)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # blind47 s03 and s05's wordings.
        (
            "Me pusieron una reunión el martes a la tarde y no llego a las 16:30. ¿Lo pasamos al"
            " miércoles 5 a las 10?",
            (R, _WED_10),
        ),
        ("El martes no llego a las 16:30. ¿Lo pasamos al miércoles 5 a las 10?", (R, _WED_10)),
        (
            "Amanhã às 16h30 vou estar num workshop. Seria possível adiarmos para quarta-feira,"
            " dia 5, às 10h?",
            (R, _WED_10),
        ),
        (
            "Amanhã às 16h30 vou estar numa reunião. Podemos passar para quarta, dia 5, às 10h?",
            (R, _WED_10),
        ),
        (
            "Dienstag um 16:30 schaffe ich nicht. Können wir auf Mittwoch um 10 verschieben?",
            (R, _WED_10),
        ),
        ("Possiamo spostarla a mercoledì 5 alle 10?", (R, _WED_10)),
        (
            "Dinsdag om 16:30 lukt niet meer. Kunnen we het verzetten naar woensdag 10 uur?",
            (R, _WED_10),
        ),
        (
            "I can't make 16:30 on Tuesday anymore. Can we move it to Wednesday at 10?",
            (R, _WED_10),
        ),
        # Near misses: the meeting kept; "ne peux plus" (under offers it may be an offer, not a
        # move) stays in doubt.
        ("Tuesday at 16:30 still works for me, see you then!", (A, [datetime(2035, 9, 4, 16, 30)])),
        ("Mardi à 16h30 je ne peux plus. On peut décaler à mercredi 10h ?", None),
    ],
)
def test_a_move_does_not_offer_the_slot_it_leaves(body: str, expected: Reading) -> None:
    _check(_AGREED, body, _BRT, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Under offers nothing is moved: the slot the sender cannot reach is turned down.
        ("El martes no llego a las 16:30. ¿El miércoles 5 a las 10?", (P, _WED_10)),
        # Read Wednesday 10:00; hunt 42's `time_of_another_event` doubts it.
        ("El martes no llego, ¿el miércoles 5 a las 10?", None),
        (
            "Terça às 16h30 vou estar num workshop; quarta, dia 5, às 10h pode ser?",
            (P, _WED_10),
        ),
        ("Dienstag um 16:30 schaffe ich nicht, Mittwoch um 10 ginge.", (P, _WED_10)),
        (
            "I can't make 16:30 on Tuesday anymore, but Wednesday the 5th at 10 works.",
            (P, _WED_10),
        ),
        # Near misses: "no llego tarde" is on time; "vou estar livre" offers.
        # Read Tuesday 16:30 (not a conflict); hunt 42's `time_of_another_event` doubts it.
        ("No llego tarde, el martes a las 16:30 me viene bien.", None),
        ("Na terça às 16h30 vou estar livre.", (A, [datetime(2035, 9, 4, 16, 30)])),
        ("Mardi à 16h30 je ne peux plus, mais mercredi à 10h oui.", None),
    ],
)
def test_a_slot_the_sender_cannot_reach_is_no_offer(body: str, expected: Reading) -> None:
    _check(_OFFERS, body, _BRT, expected)


_BUENOS_AIRES = {
    "date": "Tue, 02 Oct 2035 09:40:00 -0300",
    "quote": "\n\nEl lun, 1 oct 2035 a las 10:05, Ada Obi <ada@example.com> escribió:\n"
    "> Te propongo estos horarios (hora de Brasília, BRT):\n>\n> - jueves 4 de octubre, 10:30\n"
    "> - viernes 5 de octubre, 14:00\n> - martes 9 de octubre, 17:00\n",
}
_MON_15 = (P, [datetime(2035, 10, 8, 15)])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # blind47 p09's wording.
        (
            "El jueves 4 tengo reunión con un cliente de 10 a 12, así que ese no. Estamos en la"
            " misma hora, así que te propongo el lunes 8 de octubre en cualquier momento entre las"
            " 14 y las 16.",
            (P, [datetime(2035, 10, 8, 14)]),
        ),
        (
            "El jueves 4 tengo reunión de 10 a 12. Estamos en la misma hora: ¿el lunes 8 de"
            " octubre a las 15?",
            _MON_15,
        ),
        (
            "El jueves 4 tengo reunión de 10 a 12. Tenemos la misma hora, ¿te va el lunes 8 de"
            " octubre a las 15?",
            _MON_15,
        ),
        (
            "El jueves 4 estoy ocupada de 10 a 12. Misma hora que vos, así que ¿el lunes 8 de"
            " octubre a las 15?",
            _MON_15,
        ),
        (
            "Na quinta 4 tenho reunião das 10 às 12. Estamos na mesma hora, então proponho"
            " segunda, 8 de outubro, às 15h.",
            _MON_15,
        ),
        (
            "Na quinta 4 tenho reunião das 10 às 12. Temos a mesma hora, então pode ser segunda,"
            " 8 de outubro, às 15h?",
            _MON_15,
        ),
        # Near misses: "a la misma hora" after a day still repeats the clock before it.
        (
            "El jueves 4 de 10 a 12 no puedo. ¿El lunes 8 de octubre a la misma hora?",
            (P, [datetime(2035, 10, 8, 10)]),
        ),
        (
            "El viernes 5 a las 14 no puedo, ¿el lunes 8 de octubre a la misma hora?",
            (P, [datetime(2035, 10, 8, 14)]),
        ),
        (
            "Na sexta 5 às 14h não posso. Segunda, 8 de outubro, no mesmo horário?",
            (P, [datetime(2035, 10, 8, 14)]),
        ),
    ],
)
def test_a_shared_clock_repeats_no_time(body: str, expected: Reading) -> None:
    _check(_BUENOS_AIRES, body, _BRT, expected)


def test_a_shared_clock_keeps_the_offered_span() -> None:
    verdict = read_reply(
        "Estamos en la misma hora, así que te propongo el lunes 8 de octubre entre las 14 y las"
        " 16.",
        tz=_BRT,
        **_BUENOS_AIRES,
    )
    assert verdict.certain
    assert [(w.end - w.start).seconds // 60 for w in verdict.proposed_times] == [120]


_SAST = ZoneInfo("Africa/Johannesburg")
_SYDNEY = {
    "date": "Mon, 11 Jun 2035 09:14:00 +1000",
    "quote": "\n\nOn Tue, 5 Jun 2035 at 21:30, Ada Obi <ada@example.com> wrote:\n"
    "> Amazing, thanks! Tuesday 12 June at 13:00 SAST (21:00 Sydney) it is.\n>\n> Ada\n>\n"
    "> On Tue, 5 Jun 2035 at 03:05, Ada Obi <ada@example.com> wrote:\n"
    "> > Would any of these suit? All times are South African time (SAST, UTC+2):\n"
    "> > - Tuesday 12 June, 13:00\n> > - Thursday 14 June, 17:00\n> > - Friday 15 June, 10:30\n",
}
_TUE_14 = datetime(2035, 6, 12, 14)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # blind45 s05's wording.
        (
            "Sorry to do this - can we push our Tuesday chat back by an hour? So 10pm my time /"
            " 2pm yours. If that's no good, Wednesday at the same time (10pm Sydney) also works.",
            (R, [_TUE_14, datetime(2035, 6, 13, 14)]),
        ),
        (
            "Can we push our Tuesday chat back by an hour? So 10pm my time / 2pm yours.",
            (R, [_TUE_14]),
        ),
        (
            "Could we push our Tuesday chat by 30 minutes? So 9:30pm my time.",
            (R, [datetime(2035, 6, 12, 13, 30)]),
        ),
        (
            "Could we push our Tuesday chat back by an hour? That would be 10pm here, 2pm for you.",
            (R, [_TUE_14]),
        ),
        (
            "Can we push our Tuesday chat back by an hour? So 10pm my time. Or Wednesday at 10pm"
            " Sydney.",
            (R, [_TUE_14, datetime(2035, 6, 13, 14)]),
        ),
        # A clash at the meeting's own start (9pm Sydney) is the reason for the move (round 70 C).
        ("Can we push our Tuesday chat back by an hour? I have a call at 9pm.", (R, [_TUE_14])),
        ("Can we push our Tuesday chat back by an hour? 9pm is the kids' bedtime.", (R, [_TUE_14])),
        # Near misses: a clock that is not the sum, on either side of it.
        ("Can we push our Tuesday chat back by an hour? So 11:30pm my time.", None),
        ("Can we push our Tuesday chat back by an hour? So 8am my time.", None),
    ],
)
def test_a_clock_after_a_move_by_a_length_is_where_it_lands(body: str, expected: Reading) -> None:
    _check(_SYDNEY, body, _SAST, expected)


_INLINE = (
    "Hi Thandi - answers inline.\n\nOn Mon, Jun 4, 2035 at 1:05 PM Ada Obi <ada@example.com>"
    " wrote:\n> Hi Megan,\n>\n> Would any of these suit? All times are South African time (SAST,"
    " UTC+2):\n> - Tuesday 12 June, 13:00\n\n{}\n\n> - Thursday 14 June, 17:00\n\n{}\n\n"
    "> - Friday 15 June, 10:30\n\n{}\n\n>\n> Happy to work around you if none of them fit.\n\n{}"
    "\n\n> Many thanks,\n> Ada\n\nMegan\n"
)
_WED_16 = datetime(2035, 6, 13, 16)
_WED_ASK = "What about Wednesday June 13 at 10am Toronto time (4pm yours)?"


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        # blind45 p09's wording.
        (
            (
                "that's 7am here, I'm on the school run",
                "11am Thursday is our sprint review, can't move it",
                "4:30am, ha. no.",
                _WED_ASK + " Or Thursday the 14th at 9:30am before the review.",
            ),
            (P, [_WED_16, datetime(2035, 6, 14, 15, 30)]),
        ),
        (("no, school run", "no, sprint review", "4:30am, ha. no.", _WED_ASK), (P, [_WED_16])),
        (("no, school run", "no, sprint review", "4:30am. no.", _WED_ASK), (P, [_WED_16])),
        (
            (
                "no, school run",
                "no, sprint review",
                "4:30am, sorry, no",
                "Could you do Wednesday June 13 at 10am Toronto time (4pm yours)?",
            ),
            (P, [_WED_16]),
        ),
        (
            (
                "no, school run",
                "no, sprint review",
                "4:30am? no way",
                "Wednesday June 13 at 10am Toronto time (4pm yours) would suit me.",
            ),
            (P, [_WED_16]),
        ),
        (
            ("no, school run", "no, sprint review", "4:30am my time, too early", _WED_ASK),
            (P, [_WED_16]),
        ),
        # Near misses: another clock under the line is a counter-offer on its day.
        (
            ("no, school run", "no, sprint review", "5:30am could work", ""),
            (P, [datetime(2035, 6, 15, 11, 30)]),
        ),
        (
            ("no, school run", "no, sprint review", "6:30am?", _WED_ASK),
            (P, [datetime(2035, 6, 15, 12, 30), _WED_16]),
        ),
        # The one yes, under the line, at that line's own instant on the sender's clock, the
        # other answers no: the pick (round 67 part D; doubted before as pick_under_quote).
        (
            ("no, school run", "no, sprint review", "4:30am works, I'm up early anyway", ""),
            (A, [datetime(2035, 6, 15, 10, 30)]),
        ),
        (("no, school run", "no, sprint review", "4:30am, ha. no.", ""), None),
    ],
)
def test_an_inline_clock_that_is_its_lines_offer_is_named_back(
    answers: tuple[str, str, str, str], expected: Reading
) -> None:
    _check(
        {"date": "Tue, 05 Jun 2035 08:10:00 -0400", "quote": _INLINE.format(*answers)},
        "",
        _SAST,
        expected,
    )


_ON = "\n\nOn Fri, May 5, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
_STOCKHOLM = (
    ZoneInfo("Europe/Stockholm"),
    "Mon, 08 May 2028 09:00:00 +0200",
    _ON + "> Would Tuesday 9 May at 10:00 or Thursday 11 May at 14:00 (Stockholm time) work?\n",
)
_MANILA = (
    ZoneInfo("Asia/Manila"),
    "Mon, 08 May 2028 09:00:00 +0800",
    _ON + "> Would Wednesday, May 10 at 9am, Wednesday, May 10 at 2pm or Friday, May 12 at 9am"
    " (Manila time) work?\n",
)
_MANILA_TWO = (
    ZoneInfo("Asia/Manila"),
    "Mon, 08 May 2028 09:00:00 +0800",
    _ON + "> Would Tuesday, May 9 at 4pm or Thursday, May 11 at 10am (Manila time) work?\n",
)


@pytest.mark.parametrize(
    ("body", "setting", "expected"),
    [
        ("2pm works", _STOCKHOLM, (A, [datetime(2028, 5, 11, 14)])),
        ("10 works", _STOCKHOLM, (A, [datetime(2028, 5, 9, 10)])),
        ("14:00 works for me", _STOCKHOLM, (A, [datetime(2028, 5, 11, 14)])),
        ("4pm is fine", _MANILA_TWO, (A, [datetime(2028, 5, 9, 16)])),
        ("10am works", _MANILA_TWO, (A, [datetime(2028, 5, 11, 10)])),
        ("2pm", _MANILA, (A, [datetime(2028, 5, 10, 14)])),
        # Near misses: a place, not an hour ("2 works" to two offers); an hour two offers share;
        # an offered date; another clock; a question; more than a yes; a sender on another clock.
        ("2 works", _STOCKHOLM, None),
        ("9am works", _MANILA, None),
        ("10 works", _MANILA, None),
        ("2:30pm works", _STOCKHOLM, None),
        ("2pm works?", _STOCKHOLM, None),
        ("2pm works but only for 15 min", _STOCKHOLM, None),
        ("2pm is out", _STOCKHOLM, None),
        ("Not 2pm", _STOCKHOLM, None),
    ],
)
def test_an_hour_alone_picks_the_one_offer_at_it(
    body: str, setting: tuple[ZoneInfo, str, str], expected: Reading
) -> None:
    tz, date, quote = setting
    _check({"date": date, "quote": quote}, body, tz, expected)


def test_an_hour_alone_from_another_clock_picks_nothing() -> None:
    tz, _, quote = _STOCKHOLM
    verdict = read_reply("2pm works", tz=tz, date="Mon, 08 May 2028 03:00:00 -0400", quote=quote)
    assert not verdict.certain
