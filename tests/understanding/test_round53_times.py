"""Round 53, part S: times in statements, times without a day, moves (replies_blind50 to 52).

The user lives in Istanbul (+03:00 all year) and offered, in TRT, Thursday 28 October 2027 at
15:00, Tuesday 2 November at 11:00 and Thursday 4 November at 17:00; Europe sets its clocks back
on 31 October. Sentences of our own, each family with its near misses:

- "we'll be on CET by then", "We're on CET from Sunday": the sender names the clock they are on;
  "my time" and zoneless times are on that zone's offset on the offered day, not the Date
  header's (+02:00 before the change).
- "... for you. or fri 5 nov 9:30 CET", "... 1:1s. how about monday ...": typed in lower case,
  an alternative's day or "how about" after a stop opens a sentence of its own.
- "Giovedì 25 alle 11:30 sono in reparto", "I'm on the ward", "je suis de garde": on duty at
  work, a conflict, not an offer.
- "would you mind if we pushed Tuesday back by an hour?" to an agreed meeting: a move asked
  politely, no condition on a yes.
- "Dat is 17.00 bij jou", "op 31 oktober gaat de klok een uur terug", "on recule l'heure
  dimanche", "Sinon, mardi\\n9 novembre": a restatement read, the talk of a change kept to its
  clause, a weekday wrapped before its date.
- "(and fri 10 at 3pm ET I have the dentist lol)\\nthu 16 around 5pm ET?": the event in brackets
  holds only its own clock.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, pinned, read_reply

ISTANBUL = ZoneInfo("Europe/Istanbul")
ELIF = "Elif Yildirim <ada@example.com>"
OUTREACH = (
    "\n\nOn Tue, 19 Oct 2027 at 10:05 Elif Yildirim <ada@example.com> wrote:\n"
    "> Any of these would work for me, in Istanbul time (TRT, UTC+3):\n"
    ">   - Thursday 28 October, 15:00\n>   - Tuesday 2 November, 11:00\n"
    ">   - Thursday 4 November, 17:00\n"
)
MUNICH_DATE = "Thu, 21 Oct 2027 18:42:00 +0200"
WED_3_AT_10_CET = datetime(2027, 11, 3, 12, 0)
FRI_5_AT_930_CET = datetime(2027, 11, 5, 11, 30)

# The sender's own clock, named: 10:00 on 3 November in Munich is +01:00, 12:00 in Istanbul.
ON_A_NAMED_CLOCK = [
    (
        "Hi Elif, happy to talk. the 2nd doesn't work (offsite). how about wed 3 nov at 10:00 my"
        " time? we'll be on CET by then so that's 12:00 for you. or fri 5 nov 9:30 CET",
        [WED_3_AT_10_CET, FRI_5_AT_930_CET],
    ),
    (
        "Hi Elif, how about wed 3 nov at 10:00 my time? we'll be on CET by then so that's 12:00"
        " for you. Or fri 5 nov 9:30 CET",
        [WED_3_AT_10_CET, FRI_5_AT_930_CET],
    ),
    ("Hi Elif, how about wed 3 nov at 10:00? We're on CET from Sunday.", [WED_3_AT_10_CET]),
    (
        "Hi Elif, How about Wednesday 3 November at 10:00 my time? We are on CET here.",
        [WED_3_AT_10_CET],
    ),
    # Near miss: before the change CET's zone is still on +02:00 (11:00 in Istanbul).
    (
        "Hi Elif, how about Thursday 28 October at 10:00 my time? We're on CET.",
        [datetime(2027, 10, 28, 11, 0)],
    ),
    # Near miss: the user's clock named, not the sender's; the Date header's offset stands.
    (
        "Hi Elif, how about Thursday 28 October at 10:00 my time? You're on TRT, I know.",
        [datetime(2027, 10, 28, 11, 0)],
    ),
]


@pytest.mark.parametrize(("body", "starts"), ON_A_NAMED_CLOCK)
def test_my_time_on_the_clock_the_sender_names(body: str, starts: list[datetime]) -> None:
    verdict = read_reply(body, tz=ISTANBUL, date=MUNICH_DATE, quote=OUTREACH, to=ELIF)
    assert local_starts(verdict, ISTANBUL) == starts
    assert verdict.certain, doubt_codes(verdict)


# A restatement for the user an hour off the offer across the change, with no clock named:
# which of the two the sender keeps is a guess.
OFF_ACROSS_CHANGE = [
    "Hi Elif, how about wed 3 nov at 10:00 my time, that's 12:00 for you?",
    "Hi Elif, how about wed 3 nov at 10:00 my time? that's 12:00 for you.",
]
# The second was left certain (the restatement in the next sentence is not held to the offer);
# round 57F doubts it, as +02:00 on 28 October is Munich's summer clock and Johannesburg's only one.
OFF_LEFT: dict[str, str] = {}


@pytest.mark.parametrize("body", pinned([(b,) for b in OFF_ACROSS_CHANGE], OFF_LEFT))
def test_restatement_off_across_the_change_is_doubted(body: str) -> None:
    verdict = read_reply(body, tz=ISTANBUL, date=MUNICH_DATE, quote=OUTREACH, to=ELIF)
    assert verdict.doubts


SEOUL = ZoneInfo("Asia/Seoul")
MINJI = "Min-ji Park <ada@example.com>"
SEOUL_OUTREACH = (
    "\n\nOn Mon, Nov 1, 2027 at 3:45 PM Min-ji Park <ada@example.com> wrote:\n"
    "> A few times that suit me, in KST (Seoul, UTC+9):\n>\n"
    "> - Wed 10 Nov, 09:00\n> - Fri 12 Nov, 08:00\n> - Tue 16 Nov, 10:00\n"
)
SF_DATE = "Tue, 02 Nov 2027 15:20:00 -0700"
MON_8_AT_4PM_PT = datetime(2027, 11, 9, 9, 0)
WED_10_AT_5PM_PT = datetime(2027, 11, 11, 10, 0)

# "how about" typed in lower case after a stop: the user's times said back before it are no
# offer left without a day.
LOWER_OPENER = [
    "hey min-ji, happy to chat. your times are 4-5pm PT the day before for me which\nis when i"
    " do 1:1s. how about monday nov 8 at 4pm pacific? or wed the 10th 5-5:30pm PT",
    "hey min-ji, happy to chat. your times are 4-5pm PT the day before for me. how about monday"
    " nov 8 at 4pm pacific? or wed the 10th 5-5:30pm PT",
    "hey min-ji. your times are 4-5pm PT the day before for me. what about monday nov 8 at 4pm"
    " pacific? or wed the 10th 5-5:30pm PT",
]


@pytest.mark.parametrize("body", LOWER_OPENER)
def test_lower_case_opener_after_a_stop(body: str) -> None:
    verdict = read_reply(body, tz=SEOUL, date=SF_DATE, quote=SEOUL_OUTREACH, to=MINJI)
    assert local_starts(verdict, SEOUL) == [MON_8_AT_4PM_PT, WED_10_AT_5PM_PT]
    assert verdict.certain, doubt_codes(verdict)


BOLOGNA_DATE = "Wed, 17 Nov 2027 13:20:00 +0100"
LATE_NOVEMBER = (
    "\n\nIl giorno lun 15 nov 2027 alle ore 06:45 Elif Yildirim <ada@example.com> ha scritto:\n"
    "> Any of these would work for me, in Istanbul time (TRT, UTC+3):\n"
    ">   - Tuesday 23 November, 14:00\n>   - Thursday 25 November, 11:30\n"
    ">   - Monday 29 November, 16:30\n"
)
MON_22_AT_15_CET = datetime(2027, 11, 22, 17, 0)
FRI_26_AT_10_CET = datetime(2027, 11, 26, 12, 0)
ITALIAN_OFFERS = (
    "\nPosso lunedì 22 novembre dalle 15 alle 16 (ora italiana), oppure venerdì 26 alle 10."
)

# On duty where the sender works, at the user's Thursday slot: a conflict, not a third offer.
ON_DUTY = [
    "Cara Elif,\n\ngrazie! Giovedì 25 alle 11:30 sono in reparto, purtroppo." + ITALIAN_OFFERS,
    "Cara Elif,\n\ngrazie! Giovedì 25 alle 11:30 sono di turno, purtroppo." + ITALIAN_OFFERS,
    "Hi Elif,\n\nthanks! Thursday 25 at 11:30 I'm on the ward, unfortunately.\nI can do Monday"
    " 22 November 3-4pm CET, or Friday 26 at 10am CET.",
    "Hi Elif,\n\nthanks! Thursday 25 at 11:30 I'm on shift, unfortunately.\nI can do Monday"
    " 22 November 3-4pm CET, or Friday 26 at 10am CET.",
    "Hola Elif,\n\ngracias. El jueves 25 a las 11:30 estoy de guardia, lamentablemente.\nPuedo"
    " el lunes 22 de noviembre de 15 a 16 (hora de Madrid), o el viernes 26 a las 10.",
    "Hallo Elif,\n\ndanke! Donnerstag, 25., um 11:30 bin ich auf Station, leider.\nIch kann"
    " Montag, 22. November, 15-16 Uhr (MEZ), oder Freitag, 26., um 10 Uhr.",
    "Bonjour Elif,\n\nmerci ! Jeudi 25 à 11h30 je suis de garde, malheureusement.\nJe peux"
    " lundi 22 novembre de 15h à 16h (heure de Paris), ou vendredi 26 à 10h.",
]


@pytest.mark.parametrize("body", ON_DUTY)
def test_on_duty_is_a_conflict(body: str) -> None:
    verdict = read_reply(body, tz=ISTANBUL, date=BOLOGNA_DATE, quote=LATE_NOVEMBER, to=ELIF)
    assert local_starts(verdict, ISTANBUL) == [MON_22_AT_15_CET, FRI_26_AT_10_CET]
    assert verdict.certain, doubt_codes(verdict)


def test_the_ward_round_after_a_pick_keeps_the_pick() -> None:
    body = "Cara Elif,\n\nGiovedì 25 alle 11:30 va benissimo, dopo il giro in reparto."
    verdict = read_reply(body, tz=ISTANBUL, date=BOLOGNA_DATE, quote=LATE_NOVEMBER, to=ELIF)
    assert local_starts(verdict, ISTANBUL) == [datetime(2027, 11, 25, 11, 30)]
    assert verdict.certain, doubt_codes(verdict)


LONDON_DATE = "Fri, 19 Nov 2027 16:00:00 +0000"
CONFIRMED = (
    "\n\nOn Tue, 16 Nov 2027 at 09:30 Elif Yildirim <ada@example.com> wrote:\n"
    "> Thank you! Confirming our call on Tuesday 23 November at 14:00 (Istanbul time).\n>\n"
    "> Elif\n>\n> ________________________________\n"
    "> From: Elif Yildirim <ada@example.com>\n> Sent: Monday, November 15, 2027 8:45 AM\n"
    "> Subject: Short call\n>\n> Any of these would work for me, in Istanbul time (TRT, UTC+3):\n"
    ">   - Tuesday 23 November, 14:00\n>   - Thursday 25 November, 11:30\n"
    ">   - Monday 29 November, 16:30\n"
)
TUE_23_AT_15 = datetime(2027, 11, 23, 15, 0)

# A move of the agreed meeting asked politely ("would you mind if ..."): no condition on a yes.
POLITE_MOVE = [
    "Hi Elif, would you mind if we pushed Tuesday back by an hour? So 3pm yours / 12 noon here."
    " Clinic overran planning.",
    "Hi Elif, would it be ok if we moved Tuesday to 3pm your time? Clinic overran planning.",
    "Hi Elif, is it ok if we push Tuesday to 3pm your time?",
]


@pytest.mark.parametrize("body", POLITE_MOVE)
def test_polite_move_of_the_agreed_meeting(body: str) -> None:
    verdict = read_reply(body, tz=ISTANBUL, date=LONDON_DATE, quote=CONFIRMED, to=ELIF)
    assert verdict.intent.value == "reschedule"
    assert local_starts(verdict, ISTANBUL) == [TUE_23_AT_15]
    assert verdict.certain, doubt_codes(verdict)


def test_move_as_condition_to_a_list_is_still_doubted() -> None:
    body = "Hi Elif, Tuesday is fine if we can push it to 3pm your time."
    verdict = read_reply(body, tz=ISTANBUL, date=LONDON_DATE, quote=LATE_NOVEMBER, to=ELIF)
    assert "move_as_condition" in doubt_codes(verdict)


AMSTERDAM_DATE = "Fri, 22 Oct 2027 14:27:00 +0200"
SEOUL_OCTOBER = (
    "\n\nOp ma 18 okt 2027 om 02:10 schreef Min-ji Park <ada@example.com>:\n"
    "> A few times that suit me, in KST (Seoul, UTC+9):\n>\n"
    "> - Wed 27 Oct, 07:00\n> - Thu 28 Oct, 22:00\n> - Mon 1 Nov, 06:30\n"
)
FRI_29_AT_10 = datetime(2027, 10, 29, 17, 0)
MON_1_AT_930 = datetime(2027, 11, 1, 17, 30)

# The clock change spoken of after the second offer, and the offers said again on the user's
# clock: both offers stand.
CHANGE_AFTER_OFFER = [
    "Jouw tijden vallen voor mij allemaal midden in de nacht. Zou\nvrijdag 29 oktober om 10.00 uur"
    " (Nederlandse tijd) kunnen? Dat is 17.00 bij\njou. Of maandag 1 november om 9.30 uur - let"
    " op, op 31 oktober gaat bij ons\nde klok een uur terug, dus dat wordt dan 17.30 in Seoul.",
    "Your times are all the middle of the night for me. Would Friday 29 October at 10:00"
    " (Amsterdam time) work? That is 17:00 for you. Or Monday 1 November at 9:30 - note, our"
    " clocks go back on 31 October, so that becomes 17:30 in Seoul.",
]


@pytest.mark.parametrize("body", CHANGE_AFTER_OFFER)
def test_clock_change_talk_keeps_the_offer_before_it(body: str) -> None:
    verdict = read_reply(body, tz=SEOUL, date=AMSTERDAM_DATE, quote=SEOUL_OCTOBER, to=MINJI)
    assert local_starts(verdict, SEOUL) == [FRI_29_AT_10, MON_1_AT_930]
    assert verdict.certain, doubt_codes(verdict)


VANCOUVER_DATE = "Thu, 04 Nov 2027 20:03:00 -0700"
MON_8_AT_17_PT = datetime(2027, 11, 9, 10, 0)
TUE_9_AT_16_PT = datetime(2027, 11, 10, 9, 0)
FRENCH_OFFERS = [
    "Que diriez-vous du lundi 8 novembre à 17 h (heure du Pacifique)? Comme on\nrecule l'heure"
    " dimanche, ça devrait donner mardi 10 h à Séoul. Sinon, mardi\n9 novembre de 16 h à 17 h,"
    " toujours heure de Vancouver.",
    "Que diriez-vous du lundi 8 novembre à 17 h (heure du Pacifique)? Sinon, mardi\n9 novembre"
    " de 16 h à 17 h, toujours heure de Vancouver. Le mardi je suis en\nréunion jusqu'à 15 h,"
    " donc pas avant.",
]


@pytest.mark.parametrize("body", FRENCH_OFFERS)
def test_weekday_wrapped_before_its_date(body: str) -> None:
    verdict = read_reply(body, tz=SEOUL, date=VANCOUVER_DATE, quote=SEOUL_OUTREACH, to=MINJI)
    assert local_starts(verdict, SEOUL) == [MON_8_AT_17_PT, TUE_9_AT_16_PT]
    assert verdict.certain, doubt_codes(verdict)


BA = ZoneInfo("America/Argentina/Buenos_Aires")
LUCIA = "Lucía Ferreyra <ada@example.com>"
MIAMI_DATE = "Fri, 03 Sep 2027 21:15:00 -0400"
SEPTEMBER = (
    "\n\nOn Wed, 1 Sep 2027 at 09:40, Lucía Ferreyra <ada@example.com> wrote:\n"
    "> A few options, all in ART (Buenos Aires, UTC-3):\n"
    "> - Monday 6 September, 14:00\n> - Wednesday 8 September, 10:30\n"
    "> - Friday 10 September, 16:00\n"
)


@pytest.mark.parametrize(
    ("body", "starts", "certain"),
    [
        (
            "Hey Lucia!! Love this, of course. That week is nuts for me (and fri 10 at 3pm ET I"
            " have the dentist lol)\nthu 16 around 5pm ET? or mon 20 at 9 ET, I can call you on"
            " whatsapp +1 786 555 0199",
            [datetime(2027, 9, 16, 18, 0), datetime(2027, 9, 20, 10, 0)],
            True,
        ),
        # Near miss: the bracket's event has no day of its own, and its clock is the offer's.
        (
            "That week is nuts for me (I have the dentist at 3pm ET lol)\nthu 16 at 3pm ET?",
            [datetime(2027, 9, 16, 16, 0)],
            False,
        ),
    ],
)
def test_event_in_brackets_holds_its_own_clock(
    body: str, starts: list[datetime], certain: bool
) -> None:
    verdict = read_reply(body, tz=BA, date=MIAMI_DATE, quote=SEPTEMBER, to=LUCIA)
    assert local_starts(verdict, BA) == starts
    assert verdict.certain is certain, doubt_codes(verdict)


SINGAPORE_DATE = "Thu, 23 Sep 2027 21:40:00 +0800"
INLINE_QUOTE = (
    "Hi Min-ji, answers inline.\n\nOn Wed, 22 Sep 2027 at 07:30, Min-ji Park <ada@example.com>"
    " wrote:\n> A few times that suit me, in KST (Seoul, UTC+9):\n>\n> - Tue 28 Sep, 10:00\n\n"
    "No - board prep all morning.\n\n> - Thu 30 Sep, 16:00\n\nCan't, I'm flying to Jakarta that"
    " afternoon.\n\n> - Tue 5 Oct, 09:00\n\n{answer}\n\n>\n> Best regards,\n> Min-ji Park\n"
)
# Under the line of Tuesday 5 October, an earlier start on that day, then another day.
INLINE_EARLIER = [
    "Possible but I'd have to drop off at 9:15 your time. Could we start\nearlier, 7:30am my"
    " time (8:30 yours)? Otherwise Wed 6 Oct at 3pm SGT.",
]
INLINE_LEFT = {
    INLINE_EARLIER[0]: "the line's day is lent only to an answer that names no day of its own;"
    " lent before Wednesday, the drop-off's 9:15 reads as an offer and the 7:30 of the next"
    " sentence stays without a day (blind50 p09)",
}


@pytest.mark.parametrize("answer", pinned([(a,) for a in INLINE_EARLIER], INLINE_LEFT))
def test_inline_earlier_start_on_the_line_day(answer: str) -> None:
    verdict = read_reply(
        "", tz=SEOUL, date=SINGAPORE_DATE, quote=INLINE_QUOTE.format(answer=answer), to=MINJI
    )
    assert local_starts(verdict, SEOUL) == [datetime(2027, 10, 5, 8, 30), datetime(2027, 10, 6, 16)]
    assert verdict.certain, doubt_codes(verdict)


NAIROBI = ZoneInfo("Africa/Nairobi")
NAIROBI_OFFERS = (
    "\n\nsegunda, 22/03/2027, 16:00, Wanjiru Kamau <ada@example.com> escreveu:\n"
    "> A few times that work for me, in EAT (Nairobi, UTC+3):\n"
    "> - Thu 25 Mar, 11:00\n> - Tue 30 Mar, 16:00\n> - Thu 1 Apr, 18:30\n"
)


# Near miss: with no dash before it, the talk of the change runs through its sentence, and the
# sender's clock said there offers nothing.
def test_change_talk_with_no_dash_holds_its_sentence() -> None:
    body = (
        "Terça, dia 30, às 16h de Nairóbi fica ótimo para mim. Cá em Lisboa serão 14h, porque já"
        " teremos mudado para a hora de verão."
    )
    verdict = read_reply(
        body,
        tz=NAIROBI,
        date="Tue, 23 Mar 2027 10:30:00 +0000",
        quote=NAIROBI_OFFERS,
        to="Wanjiru Kamau <ada@example.com>",
    )
    assert local_starts(verdict, NAIROBI) == [datetime(2027, 3, 30, 16, 0)]
    assert verdict.certain, doubt_codes(verdict)
