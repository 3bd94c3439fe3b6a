"""Round 74 part S on replies_blind77 (moves and invitations): sentences of our own.

- "Could we go to Monday the 14th, same time, 2pm Eastern?": a clock set off by a comma
  after "same time" spells it out where it is the clock said before (the old slot's).
- "Same time for you on Tuesday then": the user's clock kept, on the day the offer falls on
  that clock; no second offer is left unread.
- "Your times don't work on my end, so I've sent an invite for …": the user's times turned
  down as a whole, so the invitation is the sender's own offer, not a booking.
- "unser Gespräch von Montag, 18 Uhr, auf Mittwoch, 17 Uhr verschieben", "van … naar …
  verzetten": where the move word comes last, the time after "von" / "van" is the old slot.
- "am Montagabend habe ich jetzt einen Elternabend": a school meeting fills that evening.

Near misses stay in doubt: another clock after the comma, a day that is not the offer's on the
user's clock, an invitation whose words turn nothing down, a refusal only as a condition.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from tests.understanding.reply import doubt_codes, local_starts, read_invite, read_reply
from workflows.stages import Intent

LISBON = ZoneInfo("Europe/Lisbon")
CHICAGO = ZoneInfo("America/Chicago")
SYDNEY = ZoneInfo("Australia/Sydney")
UTC = ZoneInfo("UTC")

# The user in Lisbon (+01:00 in September), an agreed Thursday 10 September 2037.
AGREED_QUOTE = (
    "\n\nOn Mon, 7 Sep 2037 at 09:00, Ada Obi <ada@example.com> wrote:\n"
    "> Lovely, Thursday 10 September at 19:00 Lisbon time (1pm Chicago) it is.\n"
)
FROM_CHICAGO = "Wed, 09 Sep 2037 16:00:00 -0500"


def test_same_time_spelled_after_a_comma_is_one_offer() -> None:
    body = (
        "Hi Ada,\n\nSomething clashed with tomorrow at 1pm my time (7pm yours). Could we go to "
        "Monday the 14th, same time, 1pm Central? I'll send a new invite.\n\nRuth\n"
    )
    for tz in (LISBON, UTC):
        verdict = read_reply(body, tz=tz, date=FROM_CHICAGO, quote=AGREED_QUOTE)
        assert verdict.intent is Intent.RESCHEDULE
        assert local_starts(verdict, CHICAGO) == [datetime(2037, 9, 14, 13, 0)]
    # Read in UTC, "7pm yours" leaves the old slot a second reading, a doubt of its own.
    verdict = read_reply(body, tz=LISBON, date=FROM_CHICAGO, quote=AGREED_QUOTE)
    assert doubt_codes(verdict) == []


def test_another_clock_after_same_time_stays_in_doubt() -> None:
    # "same time, 3pm": which of the two clocks is meant is a guess.
    body = (
        "Hi Ada,\n\nSomething clashed with tomorrow at 1pm my time (7pm yours). Could we go to "
        "Monday the 14th, same time, 3pm Central? I'll send a new invite.\n\nRuth\n"
    )
    verdict = read_reply(body, tz=LISBON, date=FROM_CHICAGO, quote=AGREED_QUOTE)
    assert verdict.doubts


# The user in Lisbon, the sender in Sydney (+10:00, +11:00 from 4 October): a meeting agreed
# for Tuesday 29 September at 23:00 Lisbon, Wednesday 8:00 Sydney.
SYDNEY_QUOTE = (
    "\n\nOn Mon, 21 Sep 2037 at 10:00, Ada Obi <ada@example.com> wrote:\n"
    "> Thanks! Tuesday 29 September at 23:00 Lisbon time (Wednesday 8:00 for you) it is.\n"
)
FROM_SYDNEY = "Mon, 28 Sep 2037 20:00:00 +1000"


def test_same_time_for_the_user_on_the_offers_own_day() -> None:
    body = (
        "Hi Ada,\n\nI've been pulled into a workshop all Wednesday, so our 8am won't work. "
        "Could we push it a day, to Thursday 1 October at 8am Sydney time? Same time for you "
        "on Wednesday then.\n\nTom\n"
    )
    for tz in (LISBON, UTC):
        verdict = read_reply(body, tz=tz, date=FROM_SYDNEY, quote=SYDNEY_QUOTE)
        assert verdict.intent is Intent.RESCHEDULE
        assert local_starts(verdict, LISBON) == [datetime(2037, 9, 30, 23, 0)]
        assert "same_time_day_unread" not in doubt_codes(verdict)


def test_same_time_for_the_user_on_another_day_stays_in_doubt() -> None:
    # Friday is no day the offer falls on, on either clock: a second offer, perhaps.
    body = (
        "Hi Ada,\n\nI've been pulled into a workshop all Wednesday, so our 8am won't work. "
        "Could we push it a day, to Thursday 1 October at 8am Sydney time? Or same time for "
        "you on Friday.\n\nTom\n"
    )
    verdict = read_reply(body, tz=LISBON, date=FROM_SYDNEY, quote=SYDNEY_QUOTE)
    assert "same_time_day_unread" in doubt_codes(verdict)


# An invitation with no thread quoted: the words alone say whether it books the user's time.
EVENT = (
    "UID:r74-s-1\nSEQUENCE:0\nDTSTART;TZID=America/Chicago:20371026T093000\n"
    "DTEND;TZID=America/Chicago:20371026T100000\nSUMMARY:Chat"
)
FROM_CHICAGO_OCT = "Wed, 21 Oct 2037 12:00:00 -0500"
REFUSED = [
    "Hi Ada - your suggested times don't work for me, but I've sent an invite for Monday the "
    "26th at 9:30 Central.\n\nLen\n",
    "Bonjour Ada, vos créneaux ne me conviennent pas, je vous ai envoyé une invitation pour "
    "lundi 26 à 9h30 (heure de Chicago).\n\nLen\n",
    "Hola Ada, tus horarios no me vienen, te mandé una invitación para el lunes 26 a las 9:30 "
    "(hora de Chicago).\n\nLen\n",
    "Hoi Ada, je tijden passen me niet, ik heb een uitnodiging gestuurd voor maandag 26 om "
    "9:30 (Chicago-tijd).\n\nLen\n",
]


def test_invitation_after_the_users_times_are_turned_down_is_an_offer() -> None:
    for body in REFUSED:
        verdict = read_invite(body, EVENT, tz=LISBON, date=FROM_CHICAGO_OCT)
        assert verdict.intent is Intent.PROPOSE_TIMES, body
        assert local_starts(verdict, CHICAGO) == [datetime(2037, 10, 26, 9, 30)], body


def test_invitation_with_a_refusal_only_as_a_condition_stays_unchecked() -> None:
    # "if your times don't work": nothing turned down, the invitation may be one of them.
    for body in (
        "Hi Ada - I've sent an invite for Monday the 26th at 9:30 Central; if your times don't "
        "work, shout.\n\nLen\n",
        "Hi Ada - sent an invite for Monday the 26th at 9:30 Central.\n\nLen\n",
    ):
        verdict = read_invite(body, EVENT, tz=LISBON, date=FROM_CHICAGO_OCT)
        assert verdict.doubts, body


# The user in Lisbon (+00:00 in November), a meeting agreed for Monday 2 November 2037.
VIENNA = ZoneInfo("Europe/Vienna")
NOVEMBER_QUOTE = (
    "\n\nOn Tue, 27 Oct 2037 at 09:00, Ada Obi <ada@example.com> wrote:\n"
    "> Great, Monday 2 November at 17:00 Lisbon time (18:00 in Vienna) it is.\n"
)
FROM_VIENNA = "Fri, 30 Oct 2037 10:00:00 +0100"
MOVED_LAST = [
    "Hallo Ada,\n\nam Montagabend habe ich leider einen Elternabend. Können wir unser "
    "Gespräch von Montag, 18 Uhr (bei dir 17 Uhr), auf Mittwoch, 4. November, 17 Uhr "
    "(Wiener Zeit) verschieben?\n\nViele Grüße\nEva\n",
    "Hoi Ada,\n\nkunnen we ons gesprek van maandag 18:00 (17:00 bij jou) naar woensdag 4 "
    "november om 17:00 (Weense tijd) verzetten?\n\nGroet,\nEva\n",
]


def test_move_word_last_names_the_old_slot_after_von() -> None:
    for body in MOVED_LAST:
        for tz in (LISBON, UTC):
            verdict = read_reply(body, tz=tz, date=FROM_VIENNA, quote=NOVEMBER_QUOTE)
            assert verdict.intent is Intent.RESCHEDULE, body
            assert local_starts(verdict, VIENNA) == [datetime(2037, 11, 4, 17, 0)], body


def test_parents_evening_is_no_offer() -> None:
    body = (
        "Hi Ada,\n\nSorry - on Monday evening I've now got a parents' evening at my son's "
        "school. Could we move to Wednesday 4 November at 17:00 Vienna time instead?\n\nEva\n"
    )
    verdict = read_reply(body, tz=LISBON, date=FROM_VIENNA, quote=NOVEMBER_QUOTE)
    assert verdict.intent is Intent.RESCHEDULE
    assert local_starts(verdict, VIENNA) == [datetime(2037, 11, 4, 17, 0)]


def test_von_without_a_move_word_after_is_not_an_old_slot() -> None:
    # "von 16 bis 18 Uhr" is a window offered, not a slot moved from.
    body = (
        "Hallo Ada,\n\nam Mittwoch, 4. November, passt es mir von 16 bis 18 Uhr (Wiener "
        "Zeit), such dir etwas aus.\n\nEva\n"
    )
    verdict = read_reply(body, tz=LISBON, date=FROM_VIENNA, quote=NOVEMBER_QUOTE)
    starts = local_starts(verdict, VIENNA)
    assert verdict.doubts or datetime(2037, 11, 4, 16, 0) in starts
