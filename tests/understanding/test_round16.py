"""Round 16: a bare "6:30" is morning or evening unless one half is the user's own offer, a
bracketed clock right after a day is that day's offer (a restatement is the same instant), a
defer may have no date ("once things settle"), and "people who'd be far more useful: …" lists
referrals. Sentences of our own, each cause with a near miss.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_NEW_YORK = ZoneInfo("America/New_York")
_CHICAGO = ZoneInfo("America/Chicago")
# The user, in New York, offers two mornings; the thread names the user's zone.
_QUOTE = (
    "\n\nOn Mon, Mar 1, 2027 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Could we talk for 20 minutes? Fri 3/5 at 9:30am ET or Mon 3/8 at 1pm ET?\n>\n"
    "> Ada Obi\n> New York (Eastern time)\n"
)


def _read(body: str, offset: str = "-0800", quote: str = _QUOTE) -> Verdict:
    return read_reply(body, tz=_NEW_YORK, date=f"Mon, 01 Mar 2027 12:00:00 {offset}", quote=quote)


def _starts(verdict: Verdict) -> list[datetime]:
    return [w.start for w in verdict.proposed_times]


_FRIDAY_930_ET = datetime(2027, 3, 5, 9, 30, tzinfo=_NEW_YORK)


@pytest.mark.parametrize(
    ("body", "offset"),
    [
        # From Vancouver (PST, -0800): 9:30 ET is 6:30 there.
        ("Friday suits me. 6:30 is an early start but fine, let's do it.", "-0800"),
        ("Friday works - 6:30 my time, so I'll bring coffee.", "-0800"),
        # From Mountain time (-0700): 9:30 ET is 7:30 there, read as a morning anyway.
        ("Friday's fine, 7:30 my time. See you then!", "-0700"),
    ],
)
def test_a_bare_clock_that_is_the_users_offer_is_that_offer(body: str, offset: str) -> None:
    verdict = _read(body, offset)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.ACCEPT
    assert _starts(verdict) == [_FRIDAY_930_ET]


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: 6:30 on another day, or at a clock no offer has in either half.
        "Neither works, sorry. Could we do Thursday 3/4 at 6:30 instead?",
        "Friday is out. How about Tuesday 3/9, 6:15?",
    ],
)
def test_a_bare_six_oclock_clock_is_doubted(body: str) -> None:
    verdict = _read(body)
    assert not verdict.certain
    assert "two_readings_of_time" in doubt_codes(verdict)


def test_a_bare_half_past_seven_stays_a_morning() -> None:
    # "7:30" and "8:30" were always mornings; only the evening guess is doubted.
    verdict = _read("Those don't work. Could we do Thursday 3/4 at 7:30 instead?")
    assert verdict.certain, doubt_codes(verdict)
    assert _starts(verdict) == [datetime(2027, 3, 4, 7, 30, tzinfo=ZoneInfo("Etc/GMT+8"))]


_CT_QUOTE = (
    "\n\nOn Mon, Mar 1, 2027 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Could we talk for 20 minutes? Thu 3/4 at 2pm CT?\n>\n> Ada Obi\n> Chicago (Central)\n"
)


@pytest.mark.parametrize(
    ("body", "second"),
    [
        (
            "Thursday is out. I could do Tuesday 3/9 between 1 and 3 Central, or first thing "
            "Wednesday (8:30 my time).",
            datetime(2027, 3, 10, 8, 30, tzinfo=_CHICAGO),
        ),
        (
            "How about Tuesday 3/9 from 1 to 3 CT, or Friday morning (9:00 my time)?",
            datetime(2027, 3, 12, 9, 0, tzinfo=_CHICAGO),
        ),
        (
            # "early" before its day binds to it, and the clock in brackets narrows it.
            "How about Tuesday 3/9 from 1 to 3 CT, or early Friday (9:00 my time)?",
            datetime(2027, 3, 12, 9, 0, tzinfo=_CHICAGO),
        ),
        (
            "Tue 3/9 anytime 1-3pm Central works, or else Thursday 3/11 (at 10:30 my time).",
            datetime(2027, 3, 11, 10, 30, tzinfo=_CHICAGO),
        ),
    ],
)
def test_a_bracket_after_another_day_is_that_days_offer(body: str, second: datetime) -> None:
    verdict = _read(body, "-0600", _CT_QUOTE)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert _starts(verdict) == [datetime(2027, 3, 9, 13, 0, tzinfo=_CHICAGO), second]


def test_a_bracket_after_its_own_offer_still_restates_it() -> None:
    # Near miss: "Tuesday 3/9 at 1pm CT (2pm for you)" says the one offer twice.
    verdict = _read("Thursday is out. Tuesday 3/9 at 1pm CT (2pm your time) would work.", "-0600")
    assert _starts(verdict) == [datetime(2027, 3, 9, 13, 0, tzinfo=_CHICAGO)]


@pytest.mark.parametrize(
    "body",
    [
        "We're mid-reorg, so the timing is poor. Let me get back to you once things settle.",
        "Happy to, just not this month: I'll reach out when things calm down.",
        "Gern, aber gerade ist viel los. Ich melde mich, sobald es ruhiger wird.",
        "Con gusto, pero ahora no. Te escribo cuando las cosas se calmen.",
    ],
)
def test_a_defer_with_no_date(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DEFER
    assert verdict.return_date is None


def test_a_hold_is_no_defer() -> None:
    # Near miss: the answer waits on a calendar, not on the sender's busy season.
    assert _read("Let me get back to you once I've checked my calendar.").intent is Intent.OTHER


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            "Not my area, I'm afraid. Two people who'd\nbe far more useful: Rosalind Achebe, "
            "our head of comms\n(r.achebe@example.org), and Tobias Grint, who runs devrel.",
            ["Rosalind Achebe", "Tobias Grint"],
        ),
        (
            "Not my field. Someone who would be much more helpful: Ines Duarte "
            "(ines.duarte@example.pt).",
            ["Ines Duarte"],
        ),
        (
            "I'm on the sales side. Colleagues who'd be more relevant: Omar Haddad "
            "(omar@example.com) or Lena Fischer.",
            ["Omar Haddad", "Lena Fischer"],
        ),
    ],
)
def test_people_far_more_useful_are_referrals(body: str, names: list[str]) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert [r.name for r in verdict.referrals] == names


def test_more_useful_people_without_a_name_are_doubted() -> None:
    # Near miss: no one named, so no referral and no certain no.
    verdict = _read("Not my field, sorry. People who'd be more useful are in comms, I think.")
    assert verdict.intent is not Intent.REFERRAL
    assert not verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "Sorry, I can't help. You might talk to the comms lead here, Marta Quintero.",
        "I'm not the person for this. Reach out to the head of our studio, one Marta Quintero.",
        "Désolée, ce n'est pas mon domaine. Je vous mets en copie la responsable, Marta Quintero.",
    ],
)
def test_a_name_after_a_referral_cue_that_yields_no_referral_is_doubted(body: str) -> None:
    # The guard: whatever the wording that names the person, a full name after a cue to talk
    # to someone, with no referral read, is a construction the reader missed.
    verdict = _read(body)
    assert verdict.intent is not Intent.REFERRAL
    assert "referral_unread" in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: the name is the sender's own signature, or comes before the cue.
        "Sorry, I'm not taking these calls this year.\n\nAnna Berg",
        "Marta Quintero passed this on to me; sorry, I can't talk this month or next.",
    ],
)
def test_a_name_outside_a_referral_cue_is_no_doubt(body: str) -> None:
    assert "referral_unread" not in doubt_codes(_read(body))
