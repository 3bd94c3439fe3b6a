"""Round 40, times and zones: what replies_blind41 read wrong or in doubt.

A zone put as a condition on the user's clock after a clock said on the sender's own names
no clock for the message; "same time" with the wall clock the user wrote keeps the user's
clock across a change; a "same time" repeating the clock just said needs no offer wording;
a zone name in the reply is judged on the reply's own times. Sentences of our own (a Madrid
user in spring 2033: the US changes clocks on 13 March, the EU on 27 March), with near
misses that keep their reading.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

MADRID = ZoneInfo("Europe/Madrid")

# A meeting settled for Tuesday 15 March, 17:00 Madrid (noon in New York after the US change),
# and a reply from New York on Monday 14 March.
_SETTLED = (
    "\n\nOn Tue, 8 Mar 2033 at 18:30, Ada Obi <ada@example.com> wrote:\n"
    "> Lovely - Tuesday 15 March at 17:00 CET then. Talk soon.\n"
)
_NEW_YORK = "Mon, 14 Mar 2033 10:10:00 -0400"

# (body, the new time on the user's clock in Madrid)
_CONDITIONAL_ZONE = [
    (
        "Any chance we could slide to Thursday the 17th, same time? We sprang forward at the"
        " weekend, so that's 12pm for me if you're still on CET.",
        datetime(2033, 3, 17, 17),
    ),
    (
        "Could we do Thursday the 17th, same time? It'd be noon for me, assuming you are still"
        " on CET.",
        datetime(2033, 3, 17, 17),
    ),
    (
        "¿Podemos pasarlo al jueves 17, a la misma hora? Serían las 12 para mí si sigues en CET.",
        datetime(2033, 3, 17, 17),
    ),
    (
        "Können wir auf Donnerstag, den 17., zur gleichen Zeit verschieben? Das wäre 12 Uhr für"
        " mich, falls du noch auf MEZ bist.",
        datetime(2033, 3, 17, 17),
    ),
    # Near misses: a clock the condition's zone is for, said without "for me", keeps the zone.
    ("Could we do Thursday the 17th at 5pm, if you're on CET?", datetime(2033, 3, 17, 17)),
    ("If you're on CET, Thursday the 17th at 5pm works.", datetime(2033, 3, 17, 17)),
]


@pytest.mark.parametrize(("body", "start"), _CONDITIONAL_ZONE)
def test_a_zone_put_as_a_condition_after_the_senders_clock_names_no_clock(
    body: str, start: datetime
) -> None:
    verdict = read_reply(body, tz=MADRID, date=_NEW_YORK, quote=_SETTLED)
    assert local_starts(verdict, MADRID) == [start]


# A meeting the user set for Tuesday 29 March at 16:00 (after the EU change), and a reply from
# a sender on the user's offset (+01:00) on Thursday 24 March, before it.
_SET_ACROSS = (
    "\n\nEl vie, 18 mar 2033 a las 10:15, Ada Obi <ada@example.com> escribió:\n"
    "> Perfecto, entonces el martes 29 a las 16:00. Te mando el enlace.\n"
)
_BEFORE_CHANGE = "Thu, 24 Mar 2033 18:05:00 +0100"

# (body, the new time's start and its offset in hours, doubt codes)
_SAME_CLOCK_KEPT = [
    (
        "Me ha salido un compromiso el martes. ¿Lo movemos al miércoles 30, misma hora, las 16:00?",
        (datetime(2033, 3, 30, 16), 2),
        [],
    ),
    (
        "Something came up on Tuesday. Could we do Wednesday the 30th instead, same time, 16:00?",
        (datetime(2033, 3, 30, 16), 2),
        [],
    ),
    (
        "Mardi j'ai un empêchement. Peut-on la déplacer à mercredi 30, même heure, à 16:00 ?",
        (datetime(2033, 3, 30, 16), 2),
        [],
    ),
    (
        "Terça tenho um imprevisto. Podemos passar para quarta 30, mesma hora, às 16:00?",
        (datetime(2033, 3, 30, 16), 2),
        [],
    ),
    # Near miss: a clock that is not the meeting's keeps the header's offset, in doubt.
    (
        "Something came up on Tuesday. Could we do Wednesday the 30th instead, same time, or"
        " 15:00?",
        (datetime(2033, 3, 30, 15), 1),
        ["clock_change_after_writing"],
    ),
]


@pytest.mark.parametrize(("body", "new", "codes"), _SAME_CLOCK_KEPT)
def test_same_time_on_the_users_written_clock_keeps_the_users_clock(
    body: str, new: tuple[datetime, int], codes: list[str]
) -> None:
    verdict = read_reply(body, tz=MADRID, date=_BEFORE_CHANGE, quote=_SET_ACROSS)
    start, hours = new
    (window,) = verdict.proposed_times
    assert (window.start.replace(tzinfo=None), window.start.utcoffset()) == (
        start,
        timedelta(hours=hours),
    )
    assert set(codes) <= set(doubt_codes(verdict))
    assert verdict.certain == (not codes)


# The user's offers, on Madrid's summer clock, and a reply from San Francisco (-07:00).
_OFFERS_SUMMER = (
    "\n\nOn Mon, 28 Mar 2033 at 09:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these suit you (Madrid time, CEST)?\n"
    "> - Thu 31 March 17:00-19:00\n"
    "> - Tue 12 April 16:00-17:30\n"
)
_SAN_FRANCISCO = "Wed, 30 Mar 2033 07:20:00 -0700"

# (body, the pick on the user's clock, doubt codes)
_SAME_TIME_REPEATED = [
    (
        "Tue 12 Apr at 4pm Madrid time is great - the same time you had down, so 7am for me,"
        " no trouble at all.",
        [datetime(2033, 4, 12, 16)],
        [],
    ),
    (
        "Thursday 31 March at 5pm Madrid time suits me - same time as in your list, it's 8am"
        " for me but I'm up early anyway.",
        [datetime(2033, 3, 31, 17)],
        [],
    ),
    (
        "Martes 12 de abril a las 16:00 hora de Madrid me va bien, a la misma hora que dijiste,"
        " son las 7 para mí.",
        [datetime(2033, 4, 12, 16)],
        [],
    ),
    # Near miss: a "same time" on another day is no offer. Since round 78 "I teach" reads
    # as the sender's conflict, so Thursday is turned down rather than a time in a statement
    # (the reply stays in doubt: same_time_day_unread).
    (
        "Tue 12 Apr at 4pm Madrid time works - same time on Thursday the 14th I teach.",
        [datetime(2033, 4, 12, 16)],
        [],
    ),
]


@pytest.mark.parametrize(("body", "starts", "codes"), _SAME_TIME_REPEATED)
def test_same_time_repeating_the_clock_just_said_needs_no_offer_wording(
    body: str, starts: list[datetime], codes: list[str]
) -> None:
    verdict = read_reply(body, tz=MADRID, date=_SAN_FRANCISCO, quote=_OFFERS_SUMMER)
    assert local_starts(verdict, MADRID) == starts
    assert [c for c in doubt_codes(verdict) if c == "time_in_statement"] == codes


# The user's offers on both sides of the EU change, and a reply from Amsterdam (+01:00) before it.
_OFFERS_ACROSS = (
    "\n\nOn Thu, 17 Mar 2033 at 08:30, Ada Obi <ada@example.com> wrote:\n"
    "> Any of these, Madrid time?\n"
    "> - Tuesday 22 March, 15:00-17:00\n"
    "> - Wednesday 23 March, 10:00-11:30\n"
    "> - Tuesday 29 March, 16:00-18:00\n"
)
_AMSTERDAM = "Mon, 21 Mar 2033 09:12:00 +0100"

# (body, the offer on the user's clock, doubt codes)
_NAME_ON_OWN_TIMES = [
    (
        "None of those suit, sorry. I could do Thursday 31 March 09:00-10:00 CEST instead.",
        datetime(2033, 3, 31, 9),
        [],
    ),
    (
        "Die passen mir leider nicht. Ginge Donnerstag, 31. März, 9:00 MESZ?",
        datetime(2033, 3, 31, 9),
        [],
    ),
    (
        "Those are tricky - how about Friday 1 April at 11:00 CEST?",
        datetime(2033, 4, 1, 11),
        [],
    ),
    # Near miss: the summer name for a day still on winter time stays in doubt.
    (
        "None of those suit, sorry. I could do Thursday 24 March 09:00-10:00 CEST instead.",
        datetime(2033, 3, 24, 9),
        ["zone_name_ambiguous"],
    ),
]


@pytest.mark.parametrize(("body", "start", "codes"), _NAME_ON_OWN_TIMES)
def test_a_zone_name_in_the_reply_is_judged_on_its_own_times(
    body: str, start: datetime, codes: list[str]
) -> None:
    verdict = read_reply(body, tz=MADRID, date=_AMSTERDAM, quote=_OFFERS_ACROSS)
    assert [c for c in doubt_codes(verdict) if c == "zone_name_ambiguous"] == codes
    if not codes:
        assert local_starts(verdict, MADRID) == [start]


# An invitation for Friday 11 March, 15:00 UTC, under words from London and no thread quoted.
_INVITE = (
    "--B\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
    "--B\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\n\n"
    "BEGIN:VCALENDAR\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:r40@example.com\n"
    "SEQUENCE:0\nDTSTAMP:20330301T000000Z\nDTSTART:20330311T150000Z\nDTEND:20330311T153000Z\n"
    "SUMMARY:Chat\nEND:VEVENT\nEND:VCALENDAR\n--B--\n"
)
_LONDON_WINTER = "Tue, 08 Mar 2033 12:00:00 +0000"

# (body, intent, doubt codes)
_PART_INSTEAD = [
    (
        "Friday mornings don't work for me, so I've put an invite in for the afternoon instead"
        " - 3pm UK.",
        Intent.PROPOSE_TIMES,
        [],
    ),
    (
        "Por la mañana no puedo, te he mandado una invitación para la tarde en su lugar.",
        Intent.PROPOSE_TIMES,
        [],
    ),
    (
        "Vormittags klappt es bei mir nicht, ich habe dir eine Einladung für den Nachmittag"
        " stattdessen geschickt.",
        Intent.PROPOSE_TIMES,
        [],
    ),
    # Near misses: a pick in words books the user's time; an invite with no word of what it
    # replaces may still be one of the user's times, unseen.
    ("Friday works - I've sent an invite for 3pm.", Intent.ACCEPT, []),
    (
        "I've sent an invite for Friday afternoon. Looking forward to it.",
        Intent.ACCEPT,
        ["invite_offers_unseen"],
    ),
]


@pytest.mark.parametrize(("body", "intent", "codes"), _PART_INSTEAD)
def test_an_invitation_for_a_part_of_the_day_instead_is_the_senders_time(
    body: str, intent: Intent, codes: list[str]
) -> None:
    verdict = read_reply(
        _INVITE.format(body=body),
        tz=MADRID,
        date=_LONDON_WINTER,
        content_type='multipart/mixed; boundary="B"',
    )
    assert verdict.intent is intent
    assert local_starts(verdict, MADRID) == [datetime(2033, 3, 11, 16)]
    assert [c for c in doubt_codes(verdict) if c == "invite_offers_unseen"] == codes


_MEXICO_CITY = "Mon, 28 Mar 2033 10:40:00 -0600"

# (body, the offer on the user's clock)
_CENTRAL_MEXICO = [
    (
        "¿Te va el viernes 1 de abril a las 10:00 hora del centro de México?",
        datetime(2033, 4, 1, 18),
    ),
    (
        "Yo podría el lunes 4 de abril a las 9:00, tiempo del centro de México.",
        datetime(2033, 4, 4, 17),
    ),
    ("¿El martes 5 de abril a las 11:30 (hora centro de Mexico)?", datetime(2033, 4, 5, 19, 30)),
    # Near miss: the user's own clock named stays the user's.
    ("¿Te va el viernes 1 de abril a las 18:00 hora de Madrid?", datetime(2033, 4, 1, 18)),
]


@pytest.mark.parametrize(("body", "start"), _CENTRAL_MEXICO)
def test_mexicos_central_time_names_mexico_citys_clock(body: str, start: datetime) -> None:
    verdict = read_reply(body, tz=MADRID, date=_MEXICO_CITY)
    assert local_starts(verdict, MADRID) == [start]
    assert "reply_zone_unread" not in doubt_codes(verdict)
