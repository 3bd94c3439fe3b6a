"""Round 49: the three replies of replies_blind48 read certain and wrong.

A yes to one of the user's times lasts the meeting's length, whatever the sender says they
have (a08); a bare hour said to suit ("can't do 3, but 4 works") that the grammar leaves
unread beside a time it did read is doubted (p07); a question checking an offer's clock on
the user's side ("Is the Friday one 9am for you?") beside two or more offers is doubted
(p15). Sentences of our own for a Houston user, with near misses that keep their reading.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

HOUSTON = ZoneInfo("America/Chicago")

_OFFERS_NOV = (
    "\n\nOn Mon, Nov 22, 2027 at 9:20 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 20 minutes? A few times (all Central time, CT):\n"
    "> - Tuesday, November 30, 1:00 PM CT\n"
    "> - Thursday, December 2, 10:00 AM CT\n"
)
_CALGARY_NOV = "Tue, 23 Nov 2027 07:48:00 -0600"

# (body, the picked start on the user's clock): a yes to an offered time, the length the
# sender has said beside it; the window is the meeting's length (convention (a)).
_PICK_WITH_LENGTH = [
    (
        "Thursday at 10 your time should work I think? I have a hard stop so 20 min is perfect.",
        datetime(2027, 12, 2, 10),
    ),
    ("Thursday at 10 works, 20 minutes is plenty.", datetime(2027, 12, 2, 10)),
    (
        "Thursday 10am works for me - I only have 15 minutes though.",
        datetime(2027, 12, 2, 10),
    ),
    ("Tuesday at 1pm works. 45 minutes would be great.", datetime(2027, 11, 30, 13)),
    ("El jueves a las 10 me va bien, 20 minutos es perfecto.", datetime(2027, 12, 2, 10)),
    ("Donnerstag um 10 Uhr passt, 20 Minuten reichen.", datetime(2027, 12, 2, 10)),
    ("Jeudi à 10h me convient, 20 minutes c'est parfait.", datetime(2027, 12, 2, 10)),
    ("Quinta às 10h funciona, 20 minutos está ótimo.", datetime(2027, 12, 2, 10)),
]


@pytest.mark.parametrize(("body", "start"), _PICK_WITH_LENGTH)
def test_a_pick_lasts_the_meeting_length(body: str, start: datetime) -> None:
    verdict = read_reply(body, tz=HOUSTON, date=_CALGARY_NOV, quote=_OFFERS_NOV)
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, HOUSTON) == [start]
    assert [w.end - w.start for w in verdict.proposed_times] == [timedelta(minutes=30)]


# Near misses: a time the user did not offer keeps the length said for it.
_NEW_TIME_WITH_LENGTH = [
    "I have 20 minutes at 11 on Thursday.",
    "Thursday at 11 works, 20 min is perfect.",
]


@pytest.mark.parametrize("body", _NEW_TIME_WITH_LENGTH)
def test_a_new_time_keeps_its_length(body: str) -> None:
    verdict = read_reply(body, tz=HOUSTON, date=_CALGARY_NOV, quote=_OFFERS_NOV)
    assert [w.end - w.start for w in verdict.proposed_times] == [timedelta(minutes=20)]


_OFFERS_EARLY_NOV = (
    "\n\nOn Wed, Nov 3, 2027 at 6:55 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 20 minutes? (all Central time, CT)\n"
    "> - Tuesday, November 9, 3:00 PM CT\n"
    "> - Thursday, November 11, 8:30 AM CT\n"
)
_CALGARY_EARLY_NOV = "Thu, 04 Nov 2027 16:05:00 -0600"

# A bare hour said to suit, unread, beside a time read: the reply offers more than was read.
_BARE_HOUR_UNREAD = [
    "Tuesday, November 9: can't do 3, but 4 works (your time). Or Wed the 10th at 9 Mountain.",
    "I can do Wednesday at 9am; if Tuesday suits better, 3 is fine too.",
    "Wednesday at 9am, or if not 10 is fine.",
    "El martes no puedo a las 3, pero a las 4 sí. O el miércoles 10 a las 9.",
    "Dienstag geht 15 Uhr nicht, aber 4 geht. Oder Mittwoch um 9 Uhr.",
    "Mardi 15h non, mais 4 me va. Ou mercredi à 9h.",
]


@pytest.mark.parametrize("body", _BARE_HOUR_UNREAD)
def test_a_bare_hour_unread_is_doubted(body: str) -> None:
    verdict = read_reply(body, tz=HOUSTON, date=_CALGARY_EARLY_NOV, quote=_OFFERS_EARLY_NOV)
    assert "time_unread" in doubt_codes(verdict)


# Near misses: the hour said to suit is one the reader read, so no doubt.
_BARE_HOUR_READ = [
    ("Tuesday at 4pm works, or Wednesday at 9.", [datetime(2027, 11, 9, 16)]),
    ("Tuesday at 4 works, or Wednesday at 9am.", [datetime(2027, 11, 9, 16)]),
    # The hour that suits is the end of a window read, or the minutes of a clock read
    # (blind2 p05, blind30 p07 in the merge).
    ("Tuesday between 2 and 4 CT works.", [datetime(2027, 11, 9, 14)]),
    ("Mardi 9 novembre à 16 h 15 (heure de Houston) me va.", [datetime(2027, 11, 9, 16, 15)]),
]


@pytest.mark.parametrize(("body", "first"), _BARE_HOUR_READ)
def test_a_bare_hour_read_stands(body: str, first: list[datetime]) -> None:
    verdict = read_reply(body, tz=HOUSTON, date=_CALGARY_EARLY_NOV, quote=_OFFERS_EARLY_NOV)
    # No unread hour. A zoneless clock from -06:00 before 7 November (Calgary's summer clock,
    # Regina's only one) is doubted for the day since round 57F, a doubt of its own.
    assert set(doubt_codes(verdict)) <= {"clock_change_after_writing"}
    assert local_starts(verdict, HOUSTON)[:1] == first


_OFFERS_OCT = (
    "\n\nOn Mon, Oct 18, 2027 at 2:47 PM Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 20 minutes? (all Central time, CT)\n"
    "> - Tuesday, October 26, 10:00 AM CT\n"
    "> - Thursday, October 28, 2:00 PM CT\n"
)
_ABERDEEN = "Wed, 20 Oct 2027 19:03:00 +0100"

# Two offers and a question checking one's clock on the user's side: perhaps read as a third.
_CLOCK_CHECKED = [
    "I could do Friday 29 October at 3pm, or Monday 1 November late afternoon - both UK time."
    " Is the Friday one 9am for you?",
    "I could do Friday 29 October at 3pm or Monday 1 November at 4pm UK time. Would that be"
    " 9am your time?",
    "Puedo el viernes 29 de octubre a las 15h o el lunes 1 de noviembre a las 16h, hora de"
    " Londres. ¿Eso serían las 9 para ti?",
    "Ich könnte Freitag, 29. Oktober um 15 Uhr oder Montag, 1. November um 16 Uhr britischer"
    " Zeit. Das wäre 9 Uhr bei Ihnen, oder?",
    "Je peux vendredi 29 octobre à 15h ou lundi 1er novembre à 16h, heure de Londres. Ça fait"
    " 9h chez vous ?",
]


@pytest.mark.parametrize("body", _CLOCK_CHECKED)
def test_a_clock_checked_beside_offers_is_doubted(body: str) -> None:
    verdict = read_reply(body, tz=HOUSTON, date=_ABERDEEN, quote=_OFFERS_OCT)
    assert "offer_restates_another" in doubt_codes(verdict)


# Near misses: one offer and its check (read as one), a plain question, a new time asked.
_NOT_CHECKED = [
    (
        "I could do Friday 29 October at 3pm UK time. Would that be 9am your time?",
        [datetime(2027, 10, 29, 9)],
    ),
    (
        "I could do Friday 29 October at 3pm or Monday 1 November at 4pm UK time. Does either"
        " work for you?",
        [datetime(2027, 10, 29, 9), datetime(2027, 11, 1, 11)],
    ),
    (
        "I could do Friday 29 October at 3pm UK time. Is Monday 1 November at 9am your time"
        " better?",
        [datetime(2027, 10, 29, 9), datetime(2027, 11, 1, 9)],
    ),
]


@pytest.mark.parametrize(("body", "starts"), _NOT_CHECKED)
def test_no_clock_checked_stands(body: str, starts: list[datetime]) -> None:
    verdict = read_reply(body, tz=HOUSTON, date=_ABERDEEN, quote=_OFFERS_OCT)
    assert doubt_codes(verdict) == []
    assert local_starts(verdict, HOUSTON) == starts
