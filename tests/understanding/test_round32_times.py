"""Round 32: quote headers written name first, a clock restated across a clock change, and
the sender's own events ("I'm teaching", "I'm in a workshop") in the other languages.

Gmail in Portuguese, German, Dutch, Spanish, French and Italian may write the writer before
the date ("Name <x@y> escreveu (segunda, 17/03/2031 à(s) 09:40):"); that line is a quote
header, and its clock is no offer. "11 Uhr bei uns, also 10 Uhr Ihrer Zeit" from +01:00 a few
days before Europe springs forward: the two clocks disagree by the change, so the reply is
doubted. Sentences of our own, with near misses.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

_LISBON = ZoneInfo("Europe/Lisbon")
_OFFER = (
    "> Would one of these suit you? All Lisbon time:\n>\n"
    "> - Thursday 20 March, 15:00\n> - Monday 24 March, 10:00\n>\n> Ada\n"
)
_THURSDAY_15 = datetime(2031, 3, 20, 15, 0)

_NAME_FIRST = [
    (
        "Quinta às 15h está ótimo para mim.\n\nRui\n\n",
        "Ada Obi <ada@example.com> escreveu (segunda, 17/03/2031 à(s) 09:40):\n",
    ),
    (
        "Donnerstag um 15 Uhr passt mir gut.\n\nKai\n\n",
        "Ada Obi <ada@example.com> schrieb am Mo., 17. März 2031, 09:40:\n",
    ),
    (
        "Donderdag om 15:00 komt mij goed uit.\n\nKai\n\n",
        "Ada Obi <ada@example.com> schreef op ma 17 mrt 2031 om 09:40:\n",
    ),
    (
        "El jueves a las 15:00 me va perfecto.\n\nKai\n\n",
        "Ada Obi (<ada@example.com>) escribió el lun., 17 mar. 2031 9:40:\n",
    ),
    (
        "Thursday at 15:00 works for me.\n\nKai\n\n",
        "Ada Obi <ada@example.com> wrote on 17/03/2031 09:40:\n",
    ),
]


@pytest.mark.parametrize(("body", "header"), _NAME_FIRST)
def test_a_quote_header_written_name_first_offers_nothing(body: str, header: str) -> None:
    verdict = read_reply(
        body, tz=_LISBON, date="Tue, 18 Mar 2031 10:00:00 +0000", quote=header + _OFFER
    )
    assert "time_in_the_past" not in doubt_codes(verdict)
    assert local_starts(verdict, _LISBON) == [_THURSDAY_15]
    assert verdict.intent is Intent.ACCEPT


def test_a_sentence_ending_in_wrote_with_no_address_stays_the_reply() -> None:
    # No address: the sender's own words, and the clock in them still counts.
    body = "Thursday at 15:00 works, as Rui wrote:\nhe can join too.\n\nKai\n"
    verdict = read_reply(body, tz=_LISBON, date="Tue, 18 Mar 2031 10:00:00 +0000")
    assert local_starts(verdict, _LISBON) == [_THURSDAY_15]


_MONDAY_OFFER = (
    "\n\nOn Tue, Apr 1, 2031 at 9:15 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would one of these suit? All Lisbon time:\n"
    "> - Thursday 3 April, 11:00\n> - Monday 7 April, 16:00\n"
)
_TEACHING = [
    "Segunda às 16h eu tô dando aula. Que tal terça, dia 8, às 15h?",
    "Segunda às 16h estou a dar aulas. Pode ser terça, dia 8, às 15h?",
    "El lunes a las 16:00 estoy dando clase. ¿Qué tal el martes 8 a las 15:00?",
    "Lundi à 16h je donne cours. Mardi 8 à 15h, ça vous irait ?",
    "Montag um 16 Uhr unterrichte ich. Wie wäre Dienstag, der 8., um 15 Uhr?",
    "Maandag om 16 uur geef ik les. Kan dinsdag 8 april om 15:00?",
]


@pytest.mark.parametrize("body", _TEACHING)
def test_teaching_at_an_offered_time_turns_it_down(body: str) -> None:
    verdict = read_reply(
        body, tz=_LISBON, date="Wed, 02 Apr 2031 10:00:00 +0100", quote=_MONDAY_OFFER
    )
    assert local_starts(verdict, _LISBON) == [datetime(2031, 4, 8, 15, 0)]


_IN_A_WORKSHOP = [
    "Donderdag om 11 uur (jouw tijd, dus 12 uur hier) zit ik in een workshop."
    " Vrijdag 4 april om 10:00 kan ik wel.",
    "Donnerstag um 11 Uhr (Ihre Zeit, also 12 Uhr hier) bin ich in einem Workshop."
    " Freitag, 4. April, um 10 Uhr geht.",
    "Jeudi à 11h (votre heure, donc 12h ici) je suis en atelier."
    " Vendredi 4 avril à 10h, c'est possible.",
]


@pytest.mark.parametrize("body", _IN_A_WORKSHOP)
def test_in_a_workshop_after_a_bracketed_aside_turns_the_clock_down(body: str) -> None:
    verdict = read_reply(
        body, tz=_LISBON, date="Tue, 01 Apr 2031 12:30:00 +0200", quote=_MONDAY_OFFER
    )
    assert datetime(2031, 4, 3, 11, 0) not in local_starts(verdict, _LISBON)
    assert datetime(2031, 4, 3, 12, 0) not in local_starts(verdict, _LISBON)


_RESTATED_ACROSS_CHANGE = [
    "Montag, der 31. März, passt: 11 Uhr bei uns, also 10 Uhr Ihrer Zeit.",
    "Lundi 31 mars me va : 11h chez nous, soit 10h votre heure.",
    "Maandag 31 maart kan: 11 uur bij ons, dus 10 uur jouw tijd.",
]


@pytest.mark.parametrize("body", _RESTATED_ACROSS_CHANGE)
def test_a_clock_restated_an_hour_off_across_a_clock_change_is_doubted(body: str) -> None:
    # Written at +01:00 on 27 March: the sender's clock moves on the 30th, the offset does not.
    verdict = read_reply(body, tz=_LISBON, date="Thu, 27 Mar 2031 08:30:00 +0100")
    assert not verdict.certain
    assert "clock_change_after_writing" in doubt_codes(verdict)


def test_the_same_restatement_with_no_change_between_stays_certain() -> None:
    # Written after the change, at +02:00: 11 there is 10 in Lisbon, one time.
    body = "Montag, der 7. April, passt: 11 Uhr bei uns, also 10 Uhr Ihrer Zeit."
    verdict = read_reply(body, tz=_LISBON, date="Wed, 02 Apr 2031 08:30:00 +0200")
    assert "clock_change_after_writing" not in doubt_codes(verdict)
    assert local_starts(verdict, _LISBON) == [datetime(2031, 4, 7, 10, 0)]


_SETTLED_BY_LINK = [
    (
        "Ótimo, fica então segunda, 7 de abril, às 16h. Envio o link do Meet.",
        "Peço desculpa, mas segunda às 16h já não consigo. Pode ser terça, dia 8, à mesma hora?",
    ),
    (
        "Great, Monday 7 April at 16:00 then. I'll send the Zoom link.",
        "Sorry, Monday at 16:00 no longer works for me. Could we do Tuesday the 8th, same time?",
    ),
    (
        "Perfecto, el lunes 7 de abril a las 16:00. Te mando el enlace.",
        "Lo siento, el lunes a las 16:00 ya no puedo. ¿Podría ser el martes 8 a la misma hora?",
    ),
]


@pytest.mark.parametrize(("settled", "body"), _SETTLED_BY_LINK)
def test_a_time_the_user_sent_the_link_for_is_agreed_and_moved(settled: str, body: str) -> None:
    quote = (
        "\n\nOn Tue, Apr 1, 2031 at 2:02 PM Ada Obi <ada@example.com> wrote:\n"
        f"> {settled}\n>\n"
        "> On Tue, Apr 1, 2031 at 12:40 PM Kai Berg <kai@example.com> wrote:\n"
        ">> Monday at 16:00 suits me.\n>>\n"
        ">> On Tue, Apr 1, 2031 at 9:15 AM Ada Obi <ada@example.com> wrote:\n"
        ">>> Would one of these suit? All Lisbon time:\n"
        ">>> - Thursday 3 April, 11:00\n>>> - Monday 7 April, 16:00\n"
    )
    verdict = read_reply(body, tz=_LISBON, date="Sun, 06 Apr 2031 21:10:00 +0100", quote=quote)
    assert verdict.intent is Intent.RESCHEDULE
    assert local_starts(verdict, _LISBON) == [datetime(2031, 4, 8, 16, 0)]
