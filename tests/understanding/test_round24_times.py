"""Round 24, times and zones: a call called off in slang, clocks that change after writing,
cities in the sender's language, the user's clock named back, "ou então", "those are all".

- "Have to bail on tomorrow at 2 … Let's not reschedule yet": the meeting is off (a cancel,
  no window); a reschedule word the sender denies in a statement moves nothing.
- Written at the user's offset just before the user's clocks change, a zoneless time after the
  change may be at either offset: doubted (`clock_change_after_writing`).
- "heure de Londres", "ora di Londra", "Londense tijd", "às 16h de Lisboa": the zone named.
- "(as tuas 8h)", "(jouw 7.30)", "(le tue 7:30)": the user's clock said again, no second offer.
- "Ou então terça …", "ou alors mardi …": "or else", the second offer, not a plain statement.
- "those are all 9:30pm-3:30am for me": the user's times said again on the sender's clock.

Sentences of our own, each rule with a near miss.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_LA = ZoneInfo("America/Los_Angeles")
_LONDON = ZoneInfo("Europe/London")


def _quote(offers: list[str], signature: str, sent: str) -> str:
    """The user's outreach sent at ``sent`` with ``offers``, signed ``signature``."""
    lines = "".join(f"> - {offer}\n" for offer in offers)
    return (
        f"\n\nOn {sent} Ada Obi <ada@example.com> wrote:\n> Hi,\n>\n"
        f"> Could we talk for 20 minutes? A few times:\n{lines}>\n> Ada\n> {signature}\n"
    )


def _read(body: str, date: str, quote: str) -> Verdict:
    # The evaluation's reader is given UTC: the outreach alone places the user.
    return read_reply(body, tz=UTC, date=date, quote=quote)


def _starts(verdict: Verdict, tz: tzinfo = UTC) -> list[datetime]:
    return local_starts(verdict, tz)


# ---------------------------------------------------------------------------------------------
# A call called off in slang, and a reschedule the sender says they will not do.

_TWO_OFFERS = _quote(
    ["Thursday 10/12 at 9am PT", "Friday 10/13 at 2pm PT"],
    "Seattle, WA (Pacific time)",
    "Mon, Oct 9, 2028 at 9:00 AM",
)
_EVENING_BEFORE = "Thu, 12 Oct 2028 18:40:00 -0700"


@pytest.mark.parametrize(
    "body",
    [
        "Have to bail on tomorrow at 2, sick kid. Let's not reschedule yet, I'll ping you.",
        "So sorry - I need to back out of our call tomorrow at 2. No need to reschedule for now,"
        " I'll reach out.",
        "I'm bailing on tomorrow's 2pm, sorry. I'll write when things calm down.",
        "Devo darti buca domani alle 14, mi dispiace tanto. Ti riscrivo io più avanti.",
        "Can't do tomorrow after all. Let's not reschedule yet.",
        "Ugh, I have to bail, tomorrow at 2 is off. Let's not rebook for now.",
    ],
)
def test_a_meeting_called_off_with_no_new_time_is_a_cancel(body: str) -> None:
    verdict = _read(body, _EVENING_BEFORE, _TWO_OFFERS)
    assert verdict.certain
    assert verdict.intent is Intent.CANCEL
    assert verdict.proposed_times == ()


def test_a_pass_that_will_not_bail_later_is_a_decline() -> None:
    body = "I'm going to have to pass, sorry, and I don't want to bail on you later. Good luck!"
    verdict = _read(body, _EVENING_BEFORE, _TWO_OFFERS)
    assert verdict.intent is Intent.DECLINE


@pytest.mark.parametrize(
    ("body", "intent", "starts"),
    [
        # Near misses: a new time, or a reschedule asked for, still moves the meeting.
        ("Have to bail on tomorrow at 2 - could we reschedule to Monday at 11?",
         Intent.RESCHEDULE, [datetime(2028, 10, 16, 11, 0)]),
        ("Why don't we reschedule? Monday the 16th at 11 would work.",
         Intent.RESCHEDULE, [datetime(2028, 10, 16, 11, 0)]),
        ("Friday at 2 works, see you then.", Intent.ACCEPT, [datetime(2028, 10, 13, 14, 0)]),
        # A bail the sender says they will not do keeps the meeting.
        ("I don't want to bail on you, so Friday at 2 works. See you then!", Intent.ACCEPT,
         [datetime(2028, 10, 13, 14, 0)]),
        ("Friday at 2 works - I won't bail on you this time, promise.", Intent.ACCEPT,
         [datetime(2028, 10, 13, 14, 0)]),
    ],
)  # fmt: skip
def test_a_new_time_still_moves_the_meeting(
    body: str, intent: Intent, starts: list[datetime]
) -> None:
    verdict = _read(body, _EVENING_BEFORE, _TWO_OFFERS)
    assert verdict.certain
    assert verdict.intent is intent
    assert _starts(verdict, _LA) == starts


# ---------------------------------------------------------------------------------------------
# Written at the user's offset, a zoneless time after the user's clock change.

_PACIFIC = _quote(
    ["Mon Nov 6, 8:00am PT", "Tue Nov 7, 4:00pm PT"],
    "Seattle, WA (Pacific time)",
    "Mon, Oct 30, 2028 at 10:15 AM",
)
_UK = _quote(
    ["Mon Oct 30, 9:00 UK time", "Tue Oct 31, 16:00 UK time"],
    "London (UK time)",
    "Mon, Oct 23, 2028 at 10:15 AM",
)
_EASTERN = _quote(
    ["Mon Nov 6, 9:00am ET", "Tue Nov 7, 4:00pm ET"],
    "Boston (Eastern time)",
    "Mon, Oct 30, 2028 at 10:15 AM",
)
_SYDNEY = _quote(
    ["Tue Oct 3, 9:00 Sydney time", "Wed Oct 4, 16:00 Sydney time"],
    "Sydney (Sydney time)",
    "Mon, Sep 25, 2028 at 10:15 AM",
)


@pytest.mark.parametrize(
    ("body", "date", "quote"),
    [
        ("Those don't suit me. How about Wednesday the 8th, 11:15-11:45? Or Thursday the 9th at"
         " 3:30.", "Thu, 02 Nov 2028 12:40:00 -0700", _PACIFIC),
        ("Neither works, sorry. Could we do Thursday 2 November at 10:00 instead?",
         "Wed, 25 Oct 2028 09:00:00 +0100", _UK),
        ("Can't make those. How about Wednesday the 8th at 2pm?",
         "Wed, 01 Nov 2028 09:00:00 -0400", _EASTERN),
        # Sydney moves forward on 1 October 2028.
        ("Those are tricky. Could we do Thursday 5 October at 9:30 instead?",
         "Wed, 27 Sep 2028 09:00:00 +1000", _SYDNEY),
    ],
)  # fmt: skip
def test_a_zoneless_time_after_the_users_clock_change_is_doubted(
    body: str, date: str, quote: str
) -> None:
    verdict = _read(body, date, quote)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert not verdict.certain
    assert "clock_change_after_writing" in doubt_codes(verdict)


def test_where_the_user_lives_stands_in_for_a_zone_the_thread_does_not_name() -> None:
    quote = _quote(
        ["Mon Nov 6 at 8am", "Tue Nov 7 at 4pm"], "Product manager", "Mon, Oct 30, 2028 at 10:15 AM"
    )
    body = "Those don't suit me. How about Wednesday the 8th at 11:15?"
    date = "Thu, 02 Nov 2028 12:40:00 -0700"
    doubted = read_reply(body, tz=_LA, date=date, quote=quote)
    assert "clock_change_after_writing" in doubt_codes(doubted)
    # Near miss: a user in Phoenix keeps -07:00 all year; the offset holds.
    phoenix = ZoneInfo("America/Phoenix")
    kept = read_reply(body, tz=phoenix, date=date, quote=quote)
    assert kept.certain
    assert _starts(kept, phoenix) == [datetime(2028, 11, 8, 11, 15)]


@pytest.mark.parametrize(
    ("body", "date", "start"),
    [
        # Near misses: before the change, with the zone named, or written after the change.
        ("Those don't suit me. How about Friday the 3rd at 11:15?",
         "Thu, 02 Nov 2028 12:40:00 -0700", datetime(2028, 11, 3, 11, 15)),
        ("Those don't suit me. How about Wednesday the 8th at 11:15 PT?",
         "Thu, 02 Nov 2028 12:40:00 -0700", datetime(2028, 11, 8, 11, 15)),
        ("Those don't suit me. How about Wednesday the 8th at 11:15?",
         "Mon, 06 Nov 2028 12:40:00 -0800", datetime(2028, 11, 8, 11, 15)),
    ],
)  # fmt: skip
def test_a_time_on_one_side_of_the_change_stays_certain(
    body: str, date: str, start: datetime
) -> None:
    verdict = _read(body, date, _PACIFIC)
    assert verdict.certain
    assert _starts(verdict, _LA) == [start]


# ---------------------------------------------------------------------------------------------
# Cities in the sender's language, and the user's clock named back beside them.

_LATE_PACIFIC = _quote(
    ["Thursday 11/16 at 7:30am PT", "Friday 11/17 at 2pm PT"],
    "Seattle, WA (Pacific time)",
    "Mon, Nov 13, 2028 at 7:50 AM",
)
# Exchange stamps +0000 on everything: the header says nothing of the sender's zone.
_AT_UTC = "Tue, 14 Nov 2028 08:55:00 +0000"


@pytest.mark.parametrize(
    ("body", "starts"),
    [
        ("Merci ! Est-ce que mardi 21 novembre à 17h (heure de Londres) vous conviendrait ? Sinon"
         " mercredi 22 en fin de journée, vers 17h30.",
         [datetime(2028, 11, 21, 17, 0), datetime(2028, 11, 22, 17, 30)]),
        ("Grazie! Potremmo fare martedì 21 novembre alle 17:00 ora di Londra?",
         [datetime(2028, 11, 21, 17, 0)]),
        ("Hola, ¿te iría bien el martes 21 de noviembre a las 17:00 hora de Londres?",
         [datetime(2028, 11, 21, 17, 0)]),
        ("Olá! Pode ser terça, dia 21, às 17h de Lisboa?", [datetime(2028, 11, 21, 17, 0)]),
        ("Hoi! Kan dinsdag 21 november om 17.00 uur Londense tijd?",
         [datetime(2028, 11, 21, 17, 0)]),
    ],
)  # fmt: skip
def test_a_city_named_in_the_senders_language_is_the_zone(
    body: str, starts: list[datetime]
) -> None:
    verdict = _read(body, _AT_UTC, _LATE_PACIFIC)
    assert verdict.certain
    assert verdict.intent is Intent.PROPOSE_TIMES
    # London and Lisbon are both at +00:00 in November.
    assert _starts(verdict, _LONDON) == starts


@pytest.mark.parametrize(
    "body",
    [
        "Donderdag 16 november om 15.30 uur Londense tijd (jouw 7.30) past mij prima.",
        "Claro. Quinta-feira, dia 16, às 15h30 de Lisboa (as tuas 7h30) dá-me jeito.",
        "Giovedì 16 novembre alle 16:30 ora di Parigi (le tue 7:30) va benissimo.",
        "Thursday 16 November at 15:30 London time (your 7.30) works for me.",
    ],
)
def test_the_users_clock_named_back_is_no_second_offer(body: str) -> None:
    verdict = _read(body, _AT_UTC, _LATE_PACIFIC)
    assert verdict.certain
    assert verdict.intent is Intent.ACCEPT
    assert _starts(verdict, _LA) == [datetime(2028, 11, 16, 7, 30)]


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: no zone named under a +0000 header stays a guess; a city the sender
        # comes back from names no clock.
        "Est-ce que mardi 21 novembre à 17h vous conviendrait ?",
        "Donderdag 16 november om 15.30 uur past mij prima.",
        "Je rentre de Londres mardi, on peut se parler mercredi 22 à 17h ?",
    ],
)
def test_without_a_zone_named_the_time_stays_doubted(body: str) -> None:
    verdict = _read(body, _AT_UTC, _LATE_PACIFIC)
    assert not verdict.certain
    assert "time_without_zone_across_zones" in doubt_codes(verdict)


def test_tue_the_weekday_is_no_italian_possessive() -> None:
    # "(le tue 7:30)" restates; "Tue 9:30pm" is the day of a second offer.
    verdict = read_reply(
        "Mon or Tue 9:30pm IST work? Either is fine",
        tz=UTC,
        date="Thu, 26 Oct 2028 22:47:00 +0530",
        quote=_quote(
            ["Wednesday Nov 1 at 9am Pacific", "Thursday Nov 2 at 3pm Pacific"],
            "Seattle, WA (Pacific time)",
            "Tue, Oct 24, 2028 at 8:40 AM",
        ),
    )
    assert verdict.certain
    assert _starts(verdict, ZoneInfo("Asia/Kolkata")) == [
        datetime(2028, 10, 30, 21, 30),
        datetime(2028, 10, 31, 21, 30),
    ]


# ---------------------------------------------------------------------------------------------
# "Ou então …": the fallback offer; "those are all … for me": the user's times said again.

_AUTUMN_PACIFIC = _quote(
    ["Wednesday Nov 1 at 9am Pacific", "Thursday Nov 2 at 3pm Pacific"],
    "Seattle, WA (Pacific time)",
    "Tue, Oct 24, 2028 at 8:40 AM",
)


@pytest.mark.parametrize(
    ("body", "date", "zone", "starts"),
    [
        ("Olá! Pode ser na segunda, 30 de outubro, às 17h (hora de Lisboa)? Ou então terça, 31,"
         " entre as 16h e as 17h30.", "Wed, 25 Oct 2028 11:20:00 +0100", "Europe/Lisbon",
         [datetime(2028, 10, 30, 17, 0), datetime(2028, 10, 31, 16, 0)]),
        ("Bonjour ! Lundi 30 octobre à 17h (heure de Paris) ? Ou alors mardi 31, entre 16h et"
         " 17h30.", "Wed, 25 Oct 2028 11:20:00 +0200", "Europe/Paris",
         [datetime(2028, 10, 30, 17, 0), datetime(2028, 10, 31, 16, 0)]),
        ("Oi! Dá para segunda, 30 de outubro, às 14h (hora de Brasília)? Ou então terça, 31, às"
         " 10h.", "Wed, 25 Oct 2028 11:20:00 -0300", "America/Sao_Paulo",
         [datetime(2028, 10, 30, 14, 0), datetime(2028, 10, 31, 10, 0)]),
        # Near misses: "mas" and "alors" alone still open a clause of their own (a conflict).
        ("Olá! Pode ser na segunda, 30 de outubro, às 17h (hora de Lisboa)? Mas terça, 31,"
         " tenho uma reunião às 16h.", "Wed, 25 Oct 2028 11:20:00 +0100", "Europe/Lisbon",
         [datetime(2028, 10, 30, 17, 0)]),
        ("Bonjour ! Lundi 30 octobre à 17h (heure de Paris) ? Alors mardi 31 je suis en réunion"
         " à 16h.", "Wed, 25 Oct 2028 11:20:00 +0200", "Europe/Paris",
         [datetime(2028, 10, 30, 17, 0)]),
    ],
)  # fmt: skip
def test_or_else_offers_the_second_time(
    body: str, date: str, zone: str, starts: list[datetime]
) -> None:
    verdict = _read(body, date, _AUTUMN_PACIFIC)
    assert verdict.certain
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert _starts(verdict, ZoneInfo(zone)) == starts


@pytest.mark.parametrize(
    ("body", "date", "zone", "starts"),
    [
        ("Hey Ada - those are all 9:30pm-3:30am for me. Mon or Tue 9:30pm IST work? Either is"
         " fine", "Thu, 26 Oct 2028 22:47:00 +0530", "Asia/Kolkata",
         [datetime(2028, 10, 30, 21, 30), datetime(2028, 10, 31, 21, 30)]),
        ("Hi Ada, those are both 1am for me, sadly. Could we do Monday 30 Oct at 8am SGT"
         " instead?", "Thu, 26 Oct 2028 22:47:00 +0800", "Asia/Singapore",
         [datetime(2028, 10, 30, 8, 0)]),
        ("Olá Ada - são todas 1h da manhã para mim. Segunda, 30, às 9h (hora de Brasília)?",
         "Thu, 26 Oct 2028 09:47:00 -0300", "America/Sao_Paulo",
         [datetime(2028, 10, 30, 9, 0)]),
        ("Ada, ce sont toutes 18h pour moi. Lundi 30 octobre à 17h (heure de Paris) ?",
         "Thu, 26 Oct 2028 09:47:00 +0200", "Europe/Paris",
         [datetime(2028, 10, 30, 17, 0)]),
    ],
)  # fmt: skip
def test_the_users_times_said_again_on_the_senders_clock_offer_nothing(
    body: str, date: str, zone: str, starts: list[datetime]
) -> None:
    verdict = _read(body, date, _AUTUMN_PACIFIC)
    assert verdict.certain
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert _starts(verdict, ZoneInfo(zone)) == starts


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: a time of the sender's own with no day is still one to place.
        "Hey Ada - 9:30pm works for me. Mon or Tue?",
        "Hi Ada - I'm free from 9:30pm IST most days. Mon or Tue?",
    ],
)
def test_a_dayless_time_of_the_senders_own_stays_doubted(body: str) -> None:
    verdict = _read(body, "Thu, 26 Oct 2028 22:47:00 +0530", _AUTUMN_PACIFIC)
    assert not verdict.certain
