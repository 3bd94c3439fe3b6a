"""Round 60 part A on replies_blind61: a user in Lima, replies read certain and wrong.

Sentences of our own, under the user's three offers on Lima's clock (Tuesday 25 November 11:00,
Thursday 27 November 16:00, Monday 1 December 09:30), all in late November 2031:

- The user's time said again as the sender's small hours ("your 11am Tuesday is 3am Wednesday
  here", "the middle of my night", "son las 3 de la madrugada aquí") is why it cannot be: a
  conflict, not another offer. Taken anyway ("…, but that's fine", "which works") it is a yes.
- "8:30am\\nCDMX / 9:30am Lima": a line that ends on a clock runs on into Mexico City's name in
  capitals, or any clock's name with the time restated after a slash or a bracket.
- An invitation at a time the user did not offer, with "happy to move it" (and the same in the
  other languages): an offer to move what was just sent; nothing agreed is moved, so it is
  `propose_times` (convention (c)).
- "Let me look at it properly on Monday and I'll come back to you": the sender looks, then
  answers; the user waits (`other`). "Write to me again after Monday" and "let me get back to
  you next week" put the chat off (`defer`).
- A human reply on leave that asks to be written to "that week" of the return is `defer` with
  the return date; an auto-reply saying so stays an absence notice.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    MEETING,
    assert_near_miss_safe,
    assert_read_right,
    doubt_codes,
    local_starts,
    raw_reply,
    read_reply,
)
from workflows.stages import Intent
from workflows.understanding import understand

LIMA = ZoneInfo("America/Lima")
A, P, R = Intent.ACCEPT, Intent.PROPOSE_TIMES, Intent.RESCHEDULE
F, OTH, AWAY = Intent.DEFER, Intent.OTHER, Intent.OUT_OF_OFFICE

QUOTE = (
    "\n\nOn Tue, 18 Nov 2031 at 09:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work? All in Lima time (UTC-5):\n"
    "> - Tuesday 25 November, 11:00\n> - Thursday 27 November, 16:00\n"
    "> - Monday 1 December, 09:30\n"
)
SYDNEY = "Thu, 20 Nov 2031 07:10:00 +1100"
MEXICO = "Thu, 20 Nov 2031 10:05:00 -0600"
UTC_STAMP = "Thu, 20 Nov 2031 16:05:00 +0000"

# Sydney's 8am on Wednesday 26th is 4pm on Tuesday 25th in Lima; 7:30am on Thursday 27th is
# 3:30pm on Wednesday 26th.
WED_8_SYD = datetime(2031, 11, 25, 16, 0)
THU_730_SYD = datetime(2031, 11, 26, 15, 30)
WED_16_LIMA = datetime(2031, 11, 26, 16, 0)

NIGHT = [
    (
        "Hi Ada,\n\nbit of a snag: your late mornings fall in the middle of my night (Tuesday "
        "11am for you is 3am Wednesday for me).\n\nWould Wednesday 26 November at 8am AEDT "
        "suit?\n\nCheers,\nKai\n",
        P,
        [WED_8_SYD],
    ),
    (
        "Hi Ada,\n\nYour 11am Tuesday is 3am Wednesday here, I'm afraid. Could we do Wednesday "
        "26 Nov at 8am AEDT instead?\n\nCheers,\nKai\n",
        P,
        [WED_8_SYD],
    ),
    (
        "Hi Ada,\n\nTricky: your Tuesday 11:00 is 3am on Wednesday for me. How about Wednesday "
        "26 Nov at 8am my time?\n\nKai\n",
        P,
        [WED_8_SYD],
    ),
    (
        "Hi Ada,\n\nTuesday 11am your time is 3am here, so that one's hard. Thursday 27th at "
        "7:30am my time?\n\nKai\n",
        P,
        [THU_730_SYD],
    ),
    (
        "Hola Ada,\n\ntus mañanas son plena noche aquí (tu martes a las 11 son las 3 de la "
        "madrugada del miércoles). ¿Podemos el miércoles 26 a las 8 de la mañana hora de "
        "Sídney?\n\nKai\n",
        P,
        [WED_8_SYD],
    ),
    (
        "Bonjour Ada,\n\nvos matinées tombent en pleine nuit chez moi. Mercredi 26 novembre à 8h "
        "heure de Sydney, ça irait ?\n\nKai\n",
        P,
        [WED_8_SYD],
    ),
    (
        "Bonjour Ada,\n\nmardi à 11h chez vous, c'est 3h du matin chez moi. Mercredi 26 à 8h "
        "heure de Sydney ?\n\nKai\n",
        P,
        [WED_8_SYD],
    ),
    (
        "Hallo Ada,\n\nDienstag 11 Uhr bei Ihnen ist bei mir 3 Uhr nachts. Ginge Mittwoch, 26. "
        "November, um 16 Uhr Lima-Zeit?\n\nKai\n",
        P,
        [WED_16_LIMA],
    ),
    (
        "Ciao Ada,\n\nmartedì alle 11 da te sono le 3 di notte qui. Mercoledì 26 alle 16 ora di "
        "Lima?\n\nKai\n",
        P,
        [WED_16_LIMA],
    ),
    (
        "Olá Ada,\n\nterça às 11h aí são 3h da madrugada aqui. Quarta 26 às 16h hora de Lima?"
        "\n\nKai\n",
        P,
        [WED_16_LIMA],
    ),
    # Near misses read right: the night hour taken anyway, and a morning that is no night.
    (
        "Hi Ada,\n\nYour Tuesday 11am is 3am here but that's fine, I'm a night owl.\n\nKai\n",
        A,
        [datetime(2031, 11, 25, 11, 0)],
    ),
    (
        "Hi Ada,\n\nTuesday 11am your time is 3am for me, which works - I'm up anyway.\n\nKai\n",
        A,
        [datetime(2031, 11, 25, 11, 0)],
    ),
    (
        "Bonjour Ada,\n\nje vous propose mercredi 26 novembre à 10h du matin, heure de Lima."
        "\n\nKai\n",
        P,
        [datetime(2031, 11, 26, 10, 0)],
    ),
    (
        "Hi Ada,\n\nYour Thursday 16:00 is 8am Friday here, which works for me.\n\nKai\n",
        A,
        [datetime(2031, 11, 27, 16, 0)],
    ),
]


@pytest.mark.parametrize(("body", "intent", "starts"), NIGHT)
def test_users_time_in_the_senders_night_is_no_offer(
    body: str, intent: Intent, starts: list[datetime]
) -> None:
    verdict = read_reply(body, tz=LIMA, date=SYDNEY, quote=QUOTE)
    assert_read_right(verdict, LIMA, intent, starts)


NIGHT_NEAR = [
    # A time of the sender's own day at 5am is no restatement of the user's: left as it was.
    "Hi Ada,\n\nThursday at 4pm works - I'll be up at 5am here anyway for the gym.\n\nKai\n",
    "Hallo Ada,\n\nDienstag 11 Uhr bei Ihnen ist bei mir mitten in der Nacht. Ginge Mittwoch, "
    "26. November, um 8 Uhr Sydney-Zeit?\n\nKai\n",
]


@pytest.mark.parametrize("body", NIGHT_NEAR)
def test_night_near_miss_is_safe(body: str) -> None:
    verdict = read_reply(body, tz=LIMA, date=SYDNEY, quote=QUOTE)
    assert_near_miss_safe(verdict, LIMA, None)


# Offers of the user's own with no Monday at 9:30 (which a Monday 9:30 counter would echo).
LATE_QUOTE = (
    "\n\nOn Tue, 18 Nov 2031 at 09:00, Ada Obi <ada@example.com> wrote:\n"
    "> A few times that work for me, all in Lima time:\n"
    "> - Tuesday 25 November, 10:00\n> - Wednesday 26 November, 15:30\n"
    "> - Friday 28 November, 09:00\n"
)
MON_930_LIMA = datetime(2031, 11, 24, 9, 30)
FRI_14_LIMA = datetime(2031, 11, 21, 14, 0)

WRAPPED = [
    (
        "Hi Ada,\nNone of those suit, I'm travelling that week. Could we do Monday 24th at "
        "8:30am\nCDMX / 9:30am Lima? Or Friday 21st at 1\npm my time, 2 pm yours.\nKai\n",
        MEXICO,
        [FRI_14_LIMA, MON_930_LIMA],
    ),
    (
        "Hi Ada,\nNone of those suit. Could we do Monday 24th at 8:30am\nMexico City / 9:30am "
        "Lima?\nKai\n",
        MEXICO,
        [MON_930_LIMA],
    ),
    # A "+0000" stamp: only the name places the clock.
    (
        "Hi Ada,\nNone of those suit. Could we do Monday 24th at 8:30am\nCDMX (9:30am Lima)?"
        "\nKai\n",
        UTC_STAMP,
        [MON_930_LIMA],
    ),
    (
        "Hi Ada,\nNone of those suit. Would Monday 24th at 8:30am\nCDMX work?\nKai\n",
        UTC_STAMP,
        [MON_930_LIMA],
    ),
    (
        "Hola Ada,\nninguno me viene bien. ¿Podemos el lunes 24 a las 8:30\nhora del centro "
        "(9:30 en Lima)?\nKai\n",
        MEXICO,
        [MON_930_LIMA],
    ),
    (
        "Hola Ada,\nninguno me viene bien. ¿Podemos el lunes 24 a las 8:30\nCiudad de México, "
        "9:30 en Lima?\nKai\n",
        MEXICO,
        [MON_930_LIMA],
    ),
    (
        "Hola Ada,\nninguno me viene bien. ¿Te late el lunes 24 a las 8:30 hora del centro de "
        "México?\nKai\n",
        UTC_STAMP,
        [MON_930_LIMA],
    ),
    # Near misses: a place's name opening a sentence of its own is not joined to the clock.
    (
        "Hi Ada,\nnone of those suit. Could we do Monday 24th at 8:30am\nLima is lovely this "
        "time of year, by the way.\nKai\n",
        MEXICO,
        [MON_930_LIMA],
    ),
    (
        "Hi Ada,\nnone of those suit. Could we do Friday 21st at 1pm?\nUK colleagues may join."
        "\nKai\n",
        MEXICO,
        [FRI_14_LIMA],
    ),
]


@pytest.mark.parametrize(("body", "date", "starts"), WRAPPED)
def test_mexico_city_clock_across_a_wrap(body: str, date: str, starts: list[datetime]) -> None:
    verdict = read_reply(body, tz=LIMA, date=date, quote=LATE_QUOTE)
    assert_read_right(verdict, LIMA, P, starts)


def _invitation(note: str, *, sequence: int = 0, quote: str = "") -> bytes:
    """An invitation for Friday 28 November at noon New York time, with ``note`` above it."""
    ics = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:r60a@example.com\r\n"
        "DTSTART;TZID=America/New_York:20311128T120000\r\n"
        "DTEND;TZID=America/New_York:20311128T122000\r\n"
        f"SEQUENCE:{sequence}\r\nSUMMARY:Coffee chat\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    body = (
        f"--b\nContent-Type: text/plain; charset=utf-8\n\n{note}{quote}\n--b\n"
        'Content-Type: text/calendar; method=REQUEST; charset="utf-8"\n\n' + ics + "--b--\n"
    )
    return raw_reply(
        body,
        date="Thu, 20 Nov 2031 12:00:00 -0500",
        content_type='multipart/mixed; boundary="b"',
    )


NOON_NY = [datetime(2031, 11, 28, 12, 0)]
OFFER_TO_MOVE = [
    "None of your slots fitted, so I sent this one instead - happy to move it.",
    "Your times clashed with my week, so here's an invite. Glad to shift it if needed.",
    "Your times clashed with my week, so here's an invite - I can always move it.",
    "Ninguno de tus horarios me cuadraba, te mando esta invitación; puedo moverla si no te va.",
    "Aucun de vos créneaux ne m'allait, je vous envoie celui-ci ; je peux le déplacer au besoin.",
    "Keiner Ihrer Termine passte, daher diese Einladung - ich kann ihn gerne verschieben.",
    "Nenhum dos teus horários dava, mandei este convite - posso remarcá-lo se precisares.",
    "Geen van je tijden paste, dus hier een uitnodiging - ik kan het gerust verplaatsen.",
]


@pytest.mark.parametrize("note", OFFER_TO_MOVE)
def test_offer_to_move_a_new_invitation_is_an_offer(note: str) -> None:
    verdict = understand(_invitation(note, quote=QUOTE), tz=LIMA, meeting_length=MEETING)
    assert verdict.intent is P, verdict.notes
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, ZoneInfo("America/New_York")) == NOON_NY


@pytest.mark.parametrize(
    ("note", "sequence"),
    [
        # An updated invitation moves the meeting, whatever the note offers after.
        ("Moved us to Friday noon - happy to move it again if that's bad.", 1),
        # The sender moves it to a day named: the move is theirs.
        ("Something came up, so I can move it to Friday at noon - new invite attached.", 0),
    ],
)
def test_a_real_move_stays_a_reschedule(note: str, sequence: int) -> None:
    verdict = understand(_invitation(note, sequence=sequence), tz=LIMA, meeting_length=MEETING)
    assert verdict.intent is R, verdict.notes


LOOKS_FIRST = [
    "Hi Ada,\n\nPossibly? The time gap makes it awkward and my week is chaos. Let me look at it "
    "properly on Monday and I'll come back to you either way.\n\nKai\n",
    "Hi Ada,\n\nNot sure yet, my diary is a mess. I'll go through your times on Monday and get "
    "back to you.\n\nKai\n",
    "Hi Ada,\n\nI'll look at your times over the weekend and get back to you.\n\nKai\n",
    "Hi Ada,\n\nmaybe - let me look at it on Monday and come back to you.\n\nKai\n",
    "Hola Ada,\n\n¿Quizás? Con la diferencia horaria es complicado. Déjame mirarlo con calma el "
    "lunes y te digo algo.\n\nKai\n",
    "Hallo Ada,\n\nvielleicht? Die Zeitverschiebung macht es schwierig. Ich schaue es mir am "
    "Montag in Ruhe an und melde mich.\n\nKai\n",
    "Ciao Ada,\n\nforse? Con il fuso è complicato. Lo guardo con calma lunedì e ti faccio "
    "sapere.\n\nKai\n",
    "Bonjour Ada,\n\npeut-être ? Le décalage horaire complique les choses. Je regarde ça lundi à "
    "tête reposée et je reviens vers vous.\n\nKai\n",
]


@pytest.mark.parametrize("body", LOOKS_FIRST)
def test_look_then_answer_is_a_hold_not_a_defer(body: str) -> None:
    verdict = read_reply(body, tz=LIMA, date=SYDNEY, quote=QUOTE)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is OTH, verdict.notes
    assert verdict.return_date is None
    assert not verdict.proposed_times


PUT_OFF = [
    "Hi Ada,\n\nI'm away until Monday - write to me again after that and we'll find a time."
    "\n\nKai\n",
    "Hi Ada,\n\nSwamped this week. Could you write to me again after Monday?\n\nKai\n",
    "Hi Ada,\n\nI need to check with my boss whether I can do these at all - let me get back to "
    "you next week.\n\nKai\n",
    "Hi Ada,\n\nLet me check my calendar and get back to you next week.\n\nKai\n",
    "Hi Ada,\n\nRight now is hectic. Let me come back to you once things calm down?\n\nKai\n",
]


@pytest.mark.parametrize("body", PUT_OFF)
def test_chat_put_off_stays_a_defer(body: str) -> None:
    verdict = read_reply(body, tz=LIMA, date=SYDNEY, quote=QUOTE)
    assert verdict.intent is F, verdict.notes


LISBON = "Tue, 18 Nov 2031 21:05:00 +0000"
ON_LEAVE = [
    "Olá Ada,\n\nestou de licença até ao fim do mês e quase não abro o email. Volto a 1 de "
    "dezembro — escreve-me nessa semana e combinamos?\n\nAbraço,\nKai\n",
    "Hi Ada,\n\nI'm on parental leave until the end of the month (clearly failing at not "
    "checking email). Back on 1 December - write to me that week and we'll set something up."
    "\n\nKai\n",
    "Hola Ada,\n\nestoy de baja hasta finales de mes. Vuelvo el 1 de diciembre: escríbeme esa "
    "semana y lo cuadramos.\n\nKai\n",
    "Bonjour Ada,\n\nje suis en congé parental jusqu'à la fin du mois. Je reviens le 1er "
    "décembre, écris-moi cette semaine-là et on cale ça.\n\nKai\n",
    "Hallo Ada,\n\nich bin bis Monatsende in Elternzeit. Ab 1. Dezember bin ich zurück - schreib "
    "mir in der Woche und wir machen was aus.\n\nKai\n",
    "Ciao Ada,\n\nsono in congedo fino a fine mese. Rientro il 1° dicembre: scrivimi quella "
    "settimana e ci organizziamo.\n\nKai\n",
    "Hoi Ada,\n\nik ben met verlof tot eind deze maand. Vanaf 1 december ben ik terug - stuur me "
    "die week een mailtje, dan plannen we iets.\n\nKai\n",
]


@pytest.mark.parametrize("body", ON_LEAVE)
def test_on_leave_write_again_that_week_is_a_defer(body: str) -> None:
    verdict = read_reply(body, tz=LIMA, date=LISBON, quote=QUOTE)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is F, verdict.notes
    assert verdict.return_date == date(2031, 12, 1)


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        # No request to write again: an absence, said by a person.
        (
            "Olá Ada,\n\nestou de licença até ao fim do mês. Volto a 1 de dezembro.\n\nKai\n",
            "",
        ),
        ("Hi Ada,\n\nI'm on leave until the end of the month, back on 1 December.\n\nKai\n", ""),
        # An auto-reply that asks the same is still a notice.
        (
            "I am on parental leave until the end of the month and back on 1 December. Please "
            "write to me that week.\n",
            "Auto-Submitted: auto-replied\n",
        ),
    ],
)
def test_absence_without_a_request_stays_out_of_office(body: str, headers: str) -> None:
    verdict = read_reply(body, tz=LIMA, date=LISBON, quote=QUOTE, headers=headers)
    assert verdict.intent is AWAY, verdict.notes
    assert verdict.return_date == date(2031, 12, 1)
