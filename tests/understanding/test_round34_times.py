"""Round 34 (times and picks): a clock change spoken of, zones typed in lower case, Asia's
clocks by their short names, the user's offer named to say it again, and a stay bounded by the
user's offers.

"Wednesday works. 6am is early (our clocks go forward on Sunday, so it's 6 not 5)": the aside
offers nothing, and 6am is the user's Wednesday offer on the sender's clock after the change.
"6pm pt" after the US change is PDT; "11am HK time" is Hong Kong's clock; "The Tue 8am one is
5pm Monday here" says the user's offer again; "I'm in Manila all of that week" is no clock for
offers in another week. Sentences of our own, with near misses.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

_SINGAPORE = ZoneInfo("Asia/Singapore")
# The US springs forward on Sunday 14 March 2032; Singapore never changes.
_OFFER = (
    "\nOn Tue, Mar 9, 2032 at 4:40 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work? (all Singapore time, GMT+8)\n"
    "> - Tue 16 Mar, 8:00am\n> - Wed 17 Mar, 9:00pm\n> - Thu 18 Mar, 5:30pm\n>\n> Ada\n"
)
_SEATTLE_WINTER = "Wed, 10 Mar 2032 19:55:00 -0800"
_WEDNESDAY_9PM = datetime(2032, 3, 17, 21, 0)


@pytest.mark.parametrize(
    "body",
    [
        "Wednesday works. 6am is early but I'm up anyway. (Our clocks spring forward on Sunday"
        " so it's 6 not 5.) Talk then!\n\nKai\n",
        "Wednesday is good for me. 6am is a stretch, ha. Heads up: daylight saving starts this"
        " Sunday, so it's 6 and not 5 here.\n\nKai\n",
        "Wednesday is fine. 6am is early for me but OK. (Daylight saving time starts here on"
        " Sunday, so it's 6, not 5.)\n\nKai\n",
    ],
)
def test_a_clock_change_aside_leaves_the_pick(body: str) -> None:
    verdict = read_reply(body, tz=_SINGAPORE, date=_SEATTLE_WINTER, quote=_OFFER)
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _SINGAPORE) == [_WEDNESDAY_9PM]
    assert verdict.certain, doubt_codes(verdict)


def test_a_clock_on_neither_side_of_the_change_is_no_pick_of_the_users_time() -> None:
    # 7am is the user's Wednesday offer neither at -08:00 nor at -07:00.
    verdict = read_reply(
        "Wednesday works. 7am is early but fine. (Our clocks spring forward on Sunday.)\n\nKai\n",
        tz=_SINGAPORE,
        date=_SEATTLE_WINTER,
        quote=_OFFER,
    )
    assert not verdict.certain


def test_another_clock_beside_the_pick_stays_in_doubt() -> None:
    verdict = read_reply(
        "Wednesday works. Could we start at 7am though? (Our clocks spring forward on"
        " Sunday.)\n\nKai\n",
        tz=_SINGAPORE,
        date=_SEATTLE_WINTER,
        quote=_OFFER,
    )
    assert not verdict.certain


def test_a_zoneless_offer_beside_talk_of_the_change_is_doubted() -> None:
    # Read at the Date header's -08:00, but the sender's clock is on -07:00 by then.
    verdict = read_reply(
        "None of those work, sorry. Could we do Friday 19 Mar at 5pm? Our clocks go forward"
        " this Sunday.\n\nKai\n",
        tz=_SINGAPORE,
        date=_SEATTLE_WINTER,
        quote=_OFFER,
    )
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert "clock_change_after_writing" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "offset"),
    [
        ("cant do those. thu 3/18 6-6:30pm pt work?\n", -7),
        ("none work sry. fri 3/19 9am pdt ok?\n", -7),
        ("busy then. tue 3/16 10am ct?\n", -5),
        ("no luck w those. wed 3/17 4:30pm mt?\n", -6),
    ],
)
def test_a_zone_typed_in_lower_case_after_the_clock_is_read(body: str, offset: int) -> None:
    verdict = read_reply(body, tz=_SINGAPORE, date=_SEATTLE_WINTER, quote=_OFFER)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert [w.start.utcoffset().total_seconds() / 3600 for w in verdict.proposed_times] == [offset]
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # French "et", German "ist" after a clock: words, not zones; the reading stays in doubt.
        "Jeudi 18 mars 3pm et 4pm, ça vous irait ?\n",
        "Donnerstag 18. März 3pm ist gut für mich.\n",
    ],
)
def test_a_lower_case_word_after_the_clock_stays_unread(body: str) -> None:
    verdict = read_reply(body, tz=_SINGAPORE, date=_SEATTLE_WINTER, quote=_OFFER)
    assert not verdict.certain


_HK_OFFER = (
    "\nOn Tue, 17 Feb 2032 at 09:12, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work? (all Singapore time, GMT+8)\n"
    "> - Wed 25 Feb, 10:00am\n> - Thu 26 Feb, 4:00pm\n>\n> Ada\n"
)


@pytest.mark.parametrize(
    ("body", "hour"),
    [
        ("Thursday doesn't work. Could we do Friday 27 Feb at 11am HK time instead?\n", 11),
        ("Neither suits. How about Friday 27 Feb at 11am Japan time?\n", 10),
        ("Can't do those. Friday 27 Feb at 11am SG time?\n", 11),
        ("Both are out for me. Would Friday 27 Feb, 11am Bangkok time work?\n", 12),
    ],
)
def test_asias_clocks_by_their_short_names(body: str, hour: int) -> None:
    verdict = read_reply(
        body, tz=_SINGAPORE, date="Fri, 20 Feb 2032 09:03:00 +0800", quote=_HK_OFFER
    )
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _SINGAPORE) == [datetime(2032, 2, 27, hour, 0)]
    assert verdict.certain, doubt_codes(verdict)


def test_a_clock_named_by_no_place_stays_unread() -> None:
    verdict = read_reply(
        "Could we do Friday 27 Feb at 11am Narnia time?\n",
        tz=_SINGAPORE,
        date="Fri, 20 Feb 2032 09:03:00 +0800",
        quote=_HK_OFFER,
    )
    assert "reply_zone_unread" in doubt_codes(verdict)


_SF_SPRING = "Thu, 11 Mar 2032 18:05:00 -0800"


@pytest.mark.parametrize(
    "body",
    [
        "The Tue 8am one is 5pm Monday here and I'm at school pickup, sorry. Could you do"
        " Tuesday the 16th at 4:30pm PT?\n",
        "Your Tue 8am slot is 5pm Monday for me, which I can't make. How about Tuesday the 16th"
        " at 4:30pm PT?\n",
        "The Tuesday 8am option would be 5pm Monday here, and that's my gym hour. Could you do"
        " Tuesday the 16th at 4:30pm PT instead?\n",
    ],
)
def test_the_users_offer_named_and_said_again_offers_nothing(body: str) -> None:
    verdict = read_reply(body, tz=_SINGAPORE, date=_SF_SPRING, quote=_OFFER)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _SINGAPORE) == [datetime(2032, 3, 17, 7, 30)]
    assert verdict.certain, doubt_codes(verdict)


def test_the_users_offer_named_as_fine_is_still_picked() -> None:
    verdict = read_reply(
        "The Tue 8am one is fine for me, see you then.\n",
        tz=_SINGAPORE,
        date=_SF_SPRING,
        quote=_OFFER,
    )
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _SINGAPORE) == [datetime(2032, 3, 16, 8, 0)]


_SG_DATE = "Wed, 18 Feb 2032 10:00:00 +0800"


@pytest.mark.parametrize(
    "body",
    [
        "Those dates cannot, I'm in Manila the whole of that week. Can do Mon 1 Mar at 3pm?\n",
        "Sorry, I'm in Jakarta all that week for work. Could we do Tuesday 2 March at 3pm?\n",
        "Those don't work, I am in Seoul for those days.\nWould Mon 1 Mar at 3pm suit?\n",
    ],
)
def test_a_stay_in_the_week_of_the_users_offers_leaves_other_offers(body: str) -> None:
    verdict = read_reply(body, tz=_SINGAPORE, date=_SG_DATE, quote=_HK_OFFER)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert [s.hour for s in local_starts(verdict, _SINGAPORE)] == [15]
    assert "sender_elsewhere" not in doubt_codes(verdict)
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # The offer falls in the week the sender is away: its clock may be Manila's.
        "I'm in Jakarta the whole of that week. Can do Thu 26 Feb at 3pm?\n",
        # No bound: the sender lives there.
        "I'm based in Jakarta. Could we do Mon 1 Mar at 3pm?\n",
    ],
)
def test_a_stay_that_covers_the_offer_is_still_doubted(body: str) -> None:
    verdict = read_reply(body, tz=_SINGAPORE, date=_SG_DATE, quote=_HK_OFFER)
    assert "sender_elsewhere" in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "None of those work. I could do Friday 19 Mar at 10am Arizona time (we don't do daylight"
        " saving here, so check what that is for you).\n",
        "None of those work, sorry. Friday 19 Mar at 10am Arizona time? (No DST for us.)\n",
    ],
)
def test_an_offer_beside_a_bracketed_aside_on_clock_changes_is_kept(body: str) -> None:
    verdict = read_reply(body, tz=_SINGAPORE, date="Wed, 10 Mar 2032 19:55:00 -0700", quote=_OFFER)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _SINGAPORE) == [datetime(2032, 3, 20, 1, 0)]


def test_a_question_about_the_change_keeps_its_day() -> None:
    # Asked, not said: the day and clock stay together, as before the rule.
    verdict = read_reply(
        "Quick check before I pick one: your Wed 17 Mar 9pm - is that after our clocks change?"
        " I'm never sure. Is that 5am or 6am for me?\n\nKai\n",
        tz=_SINGAPORE,
        date=_SEATTLE_WINTER,
        quote=_OFFER,
    )
    assert "time_without_day" not in doubt_codes(verdict)
