"""Round 68, part Z, on replies_blind69: "your time" and zone names read with no user zone.

Sentences of our own. The user's outreach says its times are "Helsinki time (EET/EEST)"; the
reader runs in UTC (no zone configured) or in Helsinki.

- EET is also Cairo's name, and late in October Cairo is on EET (+02:00) while Helsinki is
  still on EEST (+03:00): the name alone stays doubted, but the place named beside it says
  whose EET it is, in either season.
- "2pm your time (Helsinki) or Thursday at 5pm your time": a bracket holding no clock does not
  hide the "or" that makes the second clock another offer.
- "we're 7h apart": a gap between two clocks, neither a time of day nor one left unread.
- "a las 13:00 (hora de Madrid, o sea las 14:00 en Helsinki)": Helsinki is a clock's place,
  so the bracket says the offer again.
- "hm, no." takes back what came before it.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

HELSINKI = ZoneInfo("Europe/Helsinki")
ZONES = [UTC, HELSINKI]
WRITTEN = "Tue, 24 Oct 2034 10:00:00 -0400"


def _quote(zone_words: str) -> str:
    """The user's outreach: three slots, the first on Helsinki's summer clock, Cairo's winter."""
    return (
        "\n\nOn Mon, 23 Oct 2034 at 09:00, Ada Obi <ada@example.com> wrote:\n"
        f"> Could one of these suit you? {zone_words}\n"
        "> - Friday 27 October, 13:00\n"
        "> - Wednesday 1 November, 15:00\n"
        "> - Friday 3 November, 11:30\n"
    )


PLACED = _quote("All of them Helsinki time (EET/EEST):")

# (reply, user zone, intent, starts on Helsinki's clock)
CERTAIN = [
    ("Hi Ada,\n\nWednesday 1 November at 3pm your time is fine by me.\n\nKai\n", Intent.ACCEPT,
     [datetime(2034, 11, 1, 15, 0)]),
    ("Hallo Ada,\n\nMittwoch, 1.11., 15 Uhr Ihrer Zeit passt.\n\nKai\n", Intent.ACCEPT,
     [datetime(2034, 11, 1, 15, 0)]),
    ("Hi Ada,\n\nNone of those, sorry, but I could do Tue 31 Oct at 2pm your time (Helsinki) "
     "or Thu 2 Nov at 5pm your time.\n\nKai\n", Intent.PROPOSE_TIMES,
     [datetime(2034, 10, 31, 14, 0), datetime(2034, 11, 2, 17, 0)]),
    ("Hola Ada,\n\n¿Te va el martes 31 a las 13:00 (hora de Madrid, o sea las 14:00 en "
     "Helsinki)?\n\nKai\n", Intent.PROPOSE_TIMES, [datetime(2034, 10, 31, 14, 0)]),
]  # fmt: skip


@pytest.mark.parametrize("tz", ZONES, ids=["utc", "helsinki"])
@pytest.mark.parametrize(("body", "intent", "starts"), CERTAIN)
def test_thread_that_names_the_place_reads_certain(
    body: str, intent: Intent, starts: list[datetime], tz: tzinfo
) -> None:
    verdict = read_reply(body, tz=tz, date=WRITTEN, quote=PLACED)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is intent
    assert local_starts(verdict, HELSINKI) == starts


LATER = (
    "\n\nOn Wed, 1 Nov 2034 at 09:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would one of these do? All in Helsinki time (EET/EEST):\n"
    "> - Tuesday 7 November, 14:00\n"
    "> - Thursday 9 November, 16:00\n"
)


# Bottom-posted, after both clock changes: the sender's clock for the user's slot, and the gap.
@pytest.mark.parametrize("gap", ["7h", "7 hours"])
@pytest.mark.parametrize("tz", ZONES, ids=["utc", "helsinki"])
def test_gap_between_clocks_is_no_time(gap: str, tz: tzinfo) -> None:
    body = (
        f"Thursday suits me - that would be 9am here in NYC (we're {gap} apart by then).\n\nKai\n"
    )
    verdict = read_reply(LATER + "\n" + body, tz=tz, date="Thu, 02 Nov 2034 12:00:00 -0400")
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, HELSINKI) == [datetime(2034, 11, 9, 16, 0)]


# Near misses: the doubt stays where the name really has two readings, or the reply takes back.
DOUBTED = [
    # No place: "EET" on the 27th is Cairo's clock, an hour off Helsinki's EEST.
    ("Hi Ada,\n\nWednesday 1 November at 3pm your time is fine by me.\n\nKai\n",
     _quote("All of them in EET/EEST:"), "zone_name_ambiguous"),
    # Two places named, one of them Cairo: the name is not settled.
    ("Hi Ada,\n\nWednesday 1 November at 3pm your time is fine by me.\n\nKai\n",
     _quote("Cairo time (EET), or Helsinki (EET/EEST) for my colleague:"),
     "zone_name_ambiguous"),
    # A gap read right, but the sender then takes the first pick back.
    ("Hi Ada,\n\nThe Friday one is good - 4:30am here in Austin, hm, no. Actually Wednesday "
     "works, that's 8am here in NYC (we're 7h apart by then).\n\nKai\n", PLACED,
     "reply_corrects_itself"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "quote", "code"), DOUBTED)
def test_real_second_reading_stays_doubted(body: str, quote: str, code: str) -> None:
    verdict = read_reply(body, tz=UTC, date=WRITTEN, quote=quote)
    assert code in doubt_codes(verdict)


# Near miss: a bracket with a clock in it restates the time before "or": one offer only.
def test_bracket_with_a_clock_still_restates() -> None:
    body = (
        "Hi Ada,\n\nNone of those, sorry, but I could do Tue 31 Oct at 2pm your time (8am for "
        "me) or so.\n\nKai\n"
    )
    verdict = read_reply(body, tz=UTC, date=WRITTEN, quote=PLACED)
    assert local_starts(verdict, HELSINKI) == [datetime(2034, 10, 31, 14, 0)]


# Near miss: "17h" with no gap word after it is still a clock.
def test_hour_with_h_is_still_a_clock() -> None:
    body = (
        "Bonjour Ada,\n\nJe propose plutôt le jeudi 2 novembre à 17h, heure de Helsinki.\n\nKai\n"
    )
    verdict = read_reply(body, tz=UTC, date=WRITTEN, quote=PLACED)
    assert local_starts(verdict, HELSINKI) == [datetime(2034, 11, 2, 17, 0)]
