"""Round 46 (replies_blind46): picks restated on the sender's clock, moves, phone offers.

Each family has variants of our own and near misses that must keep their reading.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, raw_reply, read_reply
from workflows.understanding import Intent, Verdict, understand

_TZ = ZoneInfo("Asia/Dubai")
# The user's three offers, all in Gulf time.
_APRIL = (
    "\n\nOn Mon, 2 Apr 2035, Ada wrote:\n"
    "> Would any of these work? All times are Gulf time (GST, UTC+4):\n"
    "> - Monday 9 April, 12:00\n> - Wednesday 11 April, 18:00\n> - Friday 13 April, 14:30\n"
)
_MARCH = (
    "\n\nOn Tue, 20 Mar 2035, Ada wrote:\n"
    "> Would any of these work? All times are Gulf time (GST, UTC+4):\n"
    "> - Monday 26 March, 13:00\n> - Tuesday 27 March, 16:00\n> - Thursday 29 March, 10:30\n"
)
_EARLY_MARCH = (
    "\n\nOn Mon, 5 Mar 2035, Ada wrote:\n"
    "> Would any of these work? All times are Gulf time (GST, UTC+4):\n"
    "> - Thursday 8 March, 15:00\n> - Monday 12 March, 17:00\n> - Wednesday 14 March, 11:00\n"
)
# The meeting agreed on Thursday 8 March (and on Wednesday 11 April), then to be moved.
_AGREED_MARCH = (
    "\n\nOn Tue, 6 Mar 2035 at 09:05, Ada wrote:\n"
    "> Wonderful, thank you! Confirming Thursday 8 March at 15:00 GST. I'll send a Teams link"
    " the day before.\n>\n"
    "> On Mon, 5 Mar 2035 at 09:10, Ada wrote:\n"
    "> > Would any of these work? All times are Gulf time (GST, UTC+4):\n"
    "> > - Thursday 8 March, 15:00\n> > - Monday 12 March, 17:00\n> > - Wednesday 14 March, 11:00\n"
)
_AGREED_APRIL = (
    "\n\nOn Tue, 3 Apr 2035 at 12:30, Ada wrote:\n"
    "> Wonderful, thank you! Confirming Wednesday 11 April at 18:00 GST (19:30 IST). I'll send a"
    " Teams link the day before.\n>\n"
    "> On Mon, 2 Apr 2035 at 19:00, Ada wrote:\n"
    "> > Would any of these work? All times are Gulf time (GST, UTC+4):\n"
    "> > - Monday 9 April, 12:00\n> > - Wednesday 11 April, 18:00\n> > - Friday 13 April, 14:30\n"
)


def _read(body: str, date: str, quote: str) -> Verdict:
    return read_reply(body + "\n\nKai", tz=_TZ, date=date, quote=quote)


# "Monday the 12th at 17:00 yours works - that's 1pm here", "lunes 10 hora de Madrid, que son
# tus 12:00", "Freitag, 14:30 Ihrer Zeit passt mir gut (bei uns 12:30)": the user's offer, said
# again on the sender's clock, is the pick.
@pytest.mark.parametrize(
    ("body", "date", "start"),
    [
        (
            "Monday the 9th at 12:00 yours works - that's 9am here, still on GMT till the end of"
            " the month.",
            "Tue, 03 Apr 2035 09:30:00 +0100",
            datetime(2035, 4, 9, 12),
        ),
        (
            "Monday the 9th at 12:00 yours works, still on GMT here.",
            "Tue, 03 Apr 2035 09:30:00 +0100",
            datetime(2035, 4, 9, 12),
        ),
        (
            "Monday at 12pm yours suits me, I'm on GMT.",
            "Tue, 03 Apr 2035 09:30:00 +0100",
            datetime(2035, 4, 9, 12),
        ),
        (
            "Me viene bien el lunes 9 a las 10:00 hora de Madrid, que si no me equivoco son tus"
            " 12:00.",
            "Tue, 03 Apr 2035 09:30:00 +0200",
            datetime(2035, 4, 9, 12),
        ),
        (
            "Freitag, 14:30 Ihrer Zeit passt mir gut (bei uns 12:30).",
            "Tue, 03 Apr 2035 07:55:00 +0200",
            datetime(2035, 4, 13, 14, 30),
        ),
        (
            "Vendredi 14h30 votre heure me va très bien (chez nous 12h30).",
            "Tue, 03 Apr 2035 07:55:00 +0200",
            datetime(2035, 4, 13, 14, 30),
        ),
        (
            "Vrijdag 14:30 jouw tijd past mij (bij ons 12:30).",
            "Tue, 03 Apr 2035 07:55:00 +0200",
            datetime(2035, 4, 13, 14, 30),
        ),
    ],
)
def test_pick_restated_on_the_senders_clock(body: str, date: str, start: datetime) -> None:
    verdict = _read(body, date, _APRIL)
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _TZ) == [start]
    assert verdict.certain, doubt_codes(verdict)


def test_clock_with_no_side_is_the_senders_zone() -> None:
    # "12:00 works, still on GMT here": no "yours", so the clock is the sender's (16:00 Gulf).
    verdict = _read(
        "Monday at 12:00 works, still on GMT here.", "Tue, 03 Apr 2035 09:30:00 +0100", _APRIL
    )
    assert local_starts(verdict, _TZ) == [datetime(2035, 4, 9, 16)]


def test_restatement_that_is_another_instant_still_doubts() -> None:
    verdict = _read(
        "Monday the 9th at 12:00 yours works - that's 10am here, still on GMT.",
        "Tue, 03 Apr 2035 09:30:00 +0100",
        _APRIL,
    )
    assert "two_readings_of_time" in doubt_codes(verdict)


# "14:00 onze tijd, dus 16:00 bij jou (vanaf zondag is het hier zomertijd)": one instant on the
# sender's clock after the change the reply speaks of.
@pytest.mark.parametrize(
    "body",
    [
        "Dinsdag 27 maart komt goed uit: 14:00 onze tijd, dus 16:00 bij jou (vanaf zondag is het"
        " hier zomertijd). Stuur je een Teams-link?",
        "Tuesday the 27th works: 14:00 our time, so 16:00 for you (our clocks go forward on"
        " Sunday).",
        "Tuesday the 27th works: 16:00 your time, that's 14:00 here. Our clocks go forward on"
        " Sunday.",
    ],
)
def test_restatement_across_the_senders_clock_change(body: str) -> None:
    verdict = _read(body, "Wed, 21 Mar 2035 16:40:00 +0100", _MARCH)
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _TZ) == [datetime(2035, 3, 27, 16)]
    assert verdict.certain, doubt_codes(verdict)


def test_restatement_off_by_the_hour_without_a_clock_change_doubts() -> None:
    verdict = _read(
        "Dinsdag 27 maart komt goed uit: 14:00 onze tijd, dus 16:00 bij jou.",
        "Wed, 21 Mar 2035 16:40:00 +0100",
        _MARCH,
    )
    assert "two_readings_of_time" in doubt_codes(verdict)


# Phones: a line opening on "could do" starts a sentence; "or" and a day of its own is another
# offer, however "your time" follows it; "after 3 till 4" ends at 4.
@pytest.mark.parametrize(
    ("body", "starts", "end"),
    [
        (
            "hi farah none of those work this week im on site in jubail\ncould do tue 13th after 3"
            " your time till 4 or wed 14th at 2 your time\nlet me know",
            [datetime(2035, 3, 13, 15), datetime(2035, 3, 14, 14)],
            datetime(2035, 3, 13, 16),
        ),
        (
            "none of those work this week im on site\ncould do tue 13th at 3 your time",
            [datetime(2035, 3, 13, 15)],
            datetime(2035, 3, 13, 15, 30),
        ),
        (
            "sorry none of those work im travelling\nhow about tue 13th at 3 your time",
            [datetime(2035, 3, 13, 15)],
            datetime(2035, 3, 13, 15, 30),
        ),
        (
            "Could do Tue 13th at 3pm your time or Wed 14th at 2pm your time.",
            [datetime(2035, 3, 13, 15), datetime(2035, 3, 14, 14)],
            datetime(2035, 3, 13, 15, 30),
        ),
        (
            "Tuesday 13th at 9am London time, or Wednesday 14th at 1pm your time.",
            [datetime(2035, 3, 13, 13), datetime(2035, 3, 14, 13)],
            datetime(2035, 3, 13, 13, 30),
        ),
    ],
)
def test_phone_offers_on_the_users_clock(body: str, starts: list[datetime], end: datetime) -> None:
    verdict = _read(body, "Mon, 05 Mar 2035 21:40:00 +0300", _EARLY_MARCH)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _TZ) == starts
    assert verdict.proposed_times[0].end.astimezone(_TZ).replace(tzinfo=None) == end
    assert verdict.certain, doubt_codes(verdict)


def test_restatement_after_thats_stays_one_offer() -> None:
    verdict = _read(
        "Tuesday 13th at 10am London, that's Tuesday 2pm your time.",
        "Mon, 05 Mar 2035 21:40:00 +0300",
        _EARLY_MARCH,
    )
    assert local_starts(verdict, _TZ) == [datetime(2035, 3, 13, 14)]


def test_after_with_a_far_until_runs_to_the_end_of_the_day() -> None:
    # "after 3, until 9" is no spell to fit a meeting in: the "after" reading stands.
    verdict = _read(
        "could do tue 13th after 3, until 9", "Mon, 05 Mar 2035 21:40:00 +0300", _EARLY_MARCH
    )
    assert [(w.end - w.start) for w in verdict.proposed_times] == [timedelta(hours=2)]


# "Tu hueco del viernes a las 14:30 me pilla comiendo": the user's Friday offer, named back by
# its weekday and clock, offers nothing.
@pytest.mark.parametrize(
    "body",
    [
        "Podría el jueves 12 de abril a las 10:00 (hora de Madrid) o el viernes 13 a las 16:00,"
        " también hora española. Tu hueco del viernes a las 14:30 me pilla comiendo, jaja.",
        "Podría el jueves 12 a las 10:00 hora de Madrid. Tu hueco del viernes a las 14:30 me"
        " pilla en una reunión.",
        "Je peux jeudi 12 à 10h, heure de Paris. Votre créneau du vendredi à 14h30 tombe pendant"
        " mon déjeuner.",
        "I can do Thursday 12th at 10:00 Madrid time. Your slot on Friday at 14:30 clashes with a"
        " board meeting.",
    ],
)
def test_users_slot_named_back_by_weekday(body: str) -> None:
    verdict = _read(body, "Tue, 03 Apr 2035 08:47:00 +0200", _APRIL)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert datetime(2035, 4, 12, 12) in local_starts(verdict, _TZ)
    assert all(s.day != 6 for s in local_starts(verdict, _TZ))
    assert verdict.certain, doubt_codes(verdict)


def test_new_friday_clock_beside_the_users_slot_is_still_offered() -> None:
    verdict = _read(
        "Podría el jueves 12 a las 10:00 hora de Madrid. Tu hueco del viernes no me va, pero el"
        " viernes a las 15:30 sí.",
        "Tue, 03 Apr 2035 08:47:00 +0200",
        _APRIL,
    )
    assert datetime(2035, 4, 13, 17, 30) in local_starts(verdict, _TZ)


# Moves: "(3pm yours, 2pm Riyadh)" says one instant twice; "board call got scheduled on Wed
# evening" is the sender's conflict, not an offer.
@pytest.mark.parametrize(
    "body",
    [
        "So sorry, something came up for Thursday. Can we push to Tuesday 13th at the same time"
        " (3pm yours, 2pm Riyadh)?",
        "Can we push to Tuesday 13th at 3pm yours, 2pm Riyadh?",
        "Could we do Tuesday 13th at 3pm GST, 2pm Riyadh time?",
        "Could we do Tuesday 13th at 3pm your time, 2pm mine?",
    ],
)
def test_move_restated_after_a_comma(body: str) -> None:
    verdict = _read(body, "Wed, 07 Mar 2035 16:20:00 +0300", _AGREED_MARCH)
    assert verdict.intent is Intent.RESCHEDULE
    assert local_starts(verdict, _TZ) == [datetime(2035, 3, 13, 15)]
    assert verdict.certain, doubt_codes(verdict)


def test_two_instants_after_a_comma_stay_two() -> None:
    verdict = _read(
        "Could we do Tuesday 13th at 3pm GST, 4pm Riyadh time?",
        "Wed, 07 Mar 2035 16:20:00 +0300",
        _AGREED_MARCH,
    )
    assert local_starts(verdict, _TZ) == [datetime(2035, 3, 13, 15), datetime(2035, 3, 13, 17)]


@pytest.mark.parametrize(
    "body",
    [
        "Apologies, board call got scheduled on Wed evening. Can we move our chat to Thursday"
        " 12th, 7 pm IST (5:30 pm GST)?",
        "Sorry, an offsite was scheduled for Wednesday evening. Could we do Thursday 12th at 7 pm"
        " IST instead?",
        "Sorry, an all-hands got called for Wednesday at 6pm. Could we do Thursday 12th at 7 pm"
        " IST instead?",
    ],
)
def test_event_scheduled_on_the_old_day_is_a_conflict(body: str) -> None:
    verdict = _read(body, "Fri, 06 Apr 2035 18:30:00 +0530", _AGREED_APRIL)
    assert verdict.intent is Intent.RESCHEDULE
    assert local_starts(verdict, _TZ) == [datetime(2035, 4, 12, 17, 30)]
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "Great, our chat got scheduled for Wednesday at 18:00 GST. See you then.",
        "Great, the meeting was scheduled for Wednesday at 18:00 GST.",
    ],
)
def test_our_own_meeting_scheduled_is_no_conflict(body: str) -> None:
    verdict = _read(body, "Fri, 06 Apr 2035 18:30:00 +0530", _AGREED_APRIL)
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _TZ) == [datetime(2035, 4, 11, 18)]


def _with_invite(body: str) -> Verdict:
    """``body`` with an invitation for Thursday 29 March 06:30 UTC (10:30 Gulf), no thread."""
    ics = (
        "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:r46@example.com\nSEQUENCE:0\n"
        "DTSTART:20350329T063000Z\nDTEND:20350329T065000Z\nSUMMARY:Chat\nEND:VEVENT\n"
        "END:VCALENDAR"
    )
    parts = (
        f"--b46\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
        f"--b46\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n{ics}\n--b46--\n"
    )
    raw = raw_reply(
        parts,
        date="Tue, 20 Mar 2035 13:25:00 +0300",
        content_type='multipart/mixed; boundary="b46"',
    )
    return understand(raw, tz=_TZ, meeting_length=timedelta(minutes=30))


# "Thursday 29th 10:30 your time is fine, invite attached": the words name the invitation's own
# time and take it.
@pytest.mark.parametrize(
    "body",
    [
        "Farah, Thursday 29th 10:30 your time is fine, invite attached.\n\nFaisal",
        "Thursday 29th at 10:30 your time is good for me - invite attached.\n\nFaisal",
        "Thursday 29 March, 10:30 GST is great. Invite on its way.\n\nFaisal",
    ],
)
def test_invite_whose_words_call_its_time_fine(body: str) -> None:
    verdict = _with_invite(body)
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _TZ) == [datetime(2035, 3, 29, 10, 30)]
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "Farah, Thursday 29th 11:00 your time is fine, invite attached.\n\nFaisal",
        "Farah, invite attached.\n\nFaisal",
        "Your times are fine - sent this for Thursday.\n\nFaisal",
    ],
)
def test_invite_whose_words_name_no_such_fine_time_stays_doubted(body: str) -> None:
    assert not _with_invite(body).certain
