"""Round 52 on replies_blind51: the sender's own clock said again, a slot turned down, "after".

The user lives in Buenos Aires (-03:00) and offered, in ART, Monday 6 September 2027 at 14:00,
Wednesday 8 at 10:30 and Friday 10 at 16:00. Sentences of our own:

- "(bei uns ist es dann 15:30)", "(aquí son las 15:30)", "(here it's then 3:30pm)": the
  sender's place and a verb say the time before again, on the sender's clock; matched against
  that time, an hour off is doubted.
- "fri 10 at 3pm ET I have the dentist", "I've a standing 1:1 then": the sender's own
  appointment, given as the reason a time is out, is another event's clock, never an offer.
- "depois das 15h", "nach 15 Uhr", "après 15h": a window to the end of the working day, as
  "after 3pm" is.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply

BA = ZoneInfo("America/Argentina/Buenos_Aires")
QUOTE = (
    "\n\nOn Wed, 1 Sep 2027 at 09:40, Lucía Ferreyra <ada@example.com> wrote:\n"
    "> A few options, all in ART (Buenos Aires, UTC-3):\n"
    "> - Monday 6 September, 14:00\n> - Wednesday 8 September, 10:30\n"
    "> - Friday 10 September, 16:00\n"
)
BERLIN_DATE = "Wed, 01 Sep 2027 17:20:00 +0200"
WED_1030 = datetime(2027, 9, 8, 10, 30)

# Wednesday 8 at 10:30 in Buenos Aires is 15:30 in Berlin, Paris, Madrid, Rome, Amsterdam.
RESTATED_HERE = [
    "Mittwoch, 8.9., um 10:30 Uhr Ihrer Zeit passt mir gut (bei uns ist es dann 15:30).",
    "Mittwoch, 8.9., um 10:30 Uhr Ihrer Zeit passt mir gut, bei uns ist es dann 15:30.",
    "El miércoles 8 a las 10:30 de tu hora me viene bien (aquí son las 15:30).",
    "Mercredi 8 à 10h30 votre heure me va très bien (chez nous c'est 15h30).",
    "Mercoledì 8 alle 10:30 ora tua va benissimo (da noi sono le 15:30).",
    "Woensdag 8 september om 10:30 jouw tijd past mij goed (bij ons is het dan 15:30).",
    "Wednesday 8 Sept at 10:30 your time works for me (here it's then 3:30pm).",
]


@pytest.mark.parametrize("body", RESTATED_HERE)
def test_here_restatement_is_no_second_offer(body: str) -> None:
    verdict = read_reply(body, tz=BA, date=BERLIN_DATE, quote=QUOTE)
    assert local_starts(verdict, BA) == [WED_1030]
    assert not verdict.doubts


# The same words an hour off: which of the two clocks the sender keeps is a guess.
RESTATED_OFF = [
    "Mittwoch, 8.9., um 10:30 Uhr Ihrer Zeit passt mir gut (bei uns ist es dann 16:30).",
    "El miércoles 8 a las 10:30 de tu hora me viene bien (aquí son las 16:30).",
    "Wednesday 8 Sept at 10:30 your time works for me (here it's then 4:30pm).",
]


@pytest.mark.parametrize("body", RESTATED_OFF)
def test_here_restatement_an_hour_off_is_doubted(body: str) -> None:
    verdict = read_reply(body, tz=BA, date=BERLIN_DATE, quote=QUOTE)
    assert verdict.doubts


MIAMI_DATE = "Fri, 03 Sep 2027 21:15:00 -0400"
FRI_10_AT_3PM_ET = datetime(2027, 9, 10, 16, 0)
THU_16_AT_5PM_ET = datetime(2027, 9, 16, 18, 0)

# The sender's own appointment on Friday 10 at 3pm ET: a reason, not an offer. Where a joined
# line runs it into the next offer's day, which clock is whose is doubted.
APPOINTMENT = [
    "That week is nuts (and fri 10 at 3pm ET I have the dentist lol)\nthu 16 around 5pm ET?"
    " or mon 20 at 9 ET",
    "That week is nuts. Fri 10 at 3pm ET I have the dentist. Thursday 16 at 5pm ET?",
    "Friday 10 at 3pm ET I've a standing 1:1, sorry. Thursday 16 at 5pm ET?",
    "El viernes 10 a las 15 hora de Miami tengo dentista. ¿El jueves 16 a las 17 hora de Miami?",
]


@pytest.mark.parametrize("body", APPOINTMENT)
def test_own_appointment_is_no_offer(body: str) -> None:
    verdict = read_reply(body, tz=BA, date=MIAMI_DATE, quote=QUOTE)
    assert FRI_10_AT_3PM_ET not in local_starts(verdict, BA) or verdict.doubts


# "dentist" or a meeting as the offer's own aim or bound stays an offer.
NOT_APPOINTMENT = [
    "Thursday 16 at 5pm ET works, right after my dentist appointment.",
    "Can we do a 1:1 on Thursday 16 at 5pm ET?",
]


@pytest.mark.parametrize("body", NOT_APPOINTMENT)
def test_offer_beside_an_appointment_word_stays(body: str) -> None:
    verdict = read_reply(body, tz=BA, date=MIAMI_DATE, quote=QUOTE)
    assert THU_16_AT_5PM_ET in local_starts(verdict, BA) or verdict.doubts


DUBLIN_DATE = "Tue, 17 Aug 2027 13:26:00 +0100"
DUBLIN_QUOTE = (
    "\n\nOn Mon, Aug 16, 2027 at 2:05 PM Lucía Ferreyra <ada@example.com> wrote:\n"
    "> A few options, all in ART (Buenos Aires, UTC-3):\n"
    "> - Thursday 19 August, 11:00\n> - Friday 20 August, 15:30\n> - Tuesday 24 August, 10:00\n"
)
USERS_TUESDAY = datetime(2027, 8, 24, 10, 0)
WED_25_AT_11 = datetime(2027, 8, 25, 11, 0)
TURNED_DOWN_AFTER = (
    " Would 11:00 your time on Wednesday the 25th suit? Or Thursday 26th at 3pm Irish time"
    " (11am yours, if I have my maths right)."
)


@pytest.mark.parametrize(
    "lead",
    [
        "Your Tuesday 10:00 would be 2pm here and I've a standing 1:1 then; this Thursday and"
        " Friday I'm off (long weekend in Kerry).",
        # Round 69: Wednesday's clock read as the restatement misses the offer: doubted.
        "Your Tuesday 10:00 would be 2pm here and I've a meeting then.",
    ],
)
def test_users_slot_turned_down_for_a_meeting_is_no_certain_offer(lead: str) -> None:
    verdict = read_reply(lead + TURNED_DOWN_AFTER, tz=BA, date=DUBLIN_DATE, quote=DUBLIN_QUOTE)
    starts = local_starts(verdict, BA)
    assert verdict.doubts or (USERS_TUESDAY not in starts and WED_25_AT_11 in starts)


SAO_PAULO_DATE = "Wed, 01 Sep 2027 14:55:00 -0300"


@pytest.mark.parametrize(
    ("body", "end"),
    [
        ("Quarta dia 8 às 11h, ou na quinta dia 9 depois das 15h.", datetime(2027, 9, 9, 17, 0)),
        ("Quinta dia 9 após as 15h, pode ser?", datetime(2027, 9, 9, 17, 0)),
        ("Donnerstag, 9.9., nach 15 Uhr ginge bei mir.", datetime(2027, 9, 9, 17, 0)),
        ("Jeudi 9 après 15h, ça vous va ?", datetime(2027, 9, 9, 17, 0)),
        ("Thursday 9 after 3pm works.", datetime(2027, 9, 9, 17, 0)),
        # Near misses: a plain clock lasts the meeting; "after" past 17:00 has no day left.
        ("Na quinta dia 9 às 15h, pode ser?", datetime(2027, 9, 9, 15, 30)),
        ("Quinta dia 9 depois das 18h, pode ser?", datetime(2027, 9, 9, 18, 30)),
    ],
)
def test_after_a_clock_runs_to_the_end_of_the_day(body: str, end: datetime) -> None:
    verdict = read_reply(body, tz=BA, date=SAO_PAULO_DATE, quote=QUOTE)
    ends = [w.end.astimezone(BA).replace(tzinfo=None) for w in verdict.proposed_times]
    assert end in ends
    assert "two_readings_of_time" not in doubt_codes(verdict)
