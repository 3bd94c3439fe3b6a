"""Round 77, part G: zoneless times from a "+0000" sender whose domain names the country.

Outcome: reading plain offers on the domain's clock (`times.header_clock_agreed`) was tried and
backed out (hunt 55's weekday picks from ".co.uk", "Tuesday at 3 works.", "… so Friday 10am
it is.", went certain and wrong); those rows (`LEFT`) must stay safe. What is kept: the
"same time" move below, and the near misses.

A "+0000" Date header may be a server's stamp, from anywhere, so round 58 read no moved clock
from it, and zoneless times after a clock change stay doubted
(`time_without_zone_across_zones`). Kept: a "same time" move under a meeting on the thread's
clock, from a "+0000" sender whose domain's main clock is on "+0000" at writing and is the
thread's clock (".co.uk" under a meeting in UK time, ".pt" under one in Lisbon's), keeps that
clock: "same time on Wednesday?" is 14:00 in London on the 1st.

Near misses stay doubted: no country (".com"), a country with no clock on "+0000" (".de", a
server's stamp), a country whose main clock is elsewhere (".es": only the Canaries are on
"+0000"), a sender on a trip ("I'm travelling", "estou a viajar"), and "same time" from a
".com" sender.

Each row gives the user's zone, the sender and the quote; starts are (zone, month, day,
hour) on the clock the sender means. Replies written on Thursday 26 March 2026.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_near_miss_safe,
    assert_read_right,
    read_reply,
)
from workflows.stages import Intent

P, A, R = Intent.PROPOSE_TIMES, Intent.ACCEPT, Intent.RESCHEDULE

WRITTEN = "Thu, 26 Mar 2026 10:15:00 +0000"
_ASK = (
    "\n\nOn Tue, Mar 24, 2026 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Hi, would you have half an hour for a call next week?\n>\n> Ada\n"
)
_MET_UK = (
    "\n\nOn Tue, Mar 24, 2026 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Great – Monday 30 March at 14:00 (UK time) it is. Speak then!\n>\n> Ada\n"
)
_MET_PT = (
    "\n\nEm ter., 24 de mar. de 2026 às 09:00, Ada Obi <ada@example.com> escreveu:\n"
    "> Ótimo: segunda-feira, 30 de março, às 14h00 (hora de Lisboa). Até segunda!\n>\n> Ada\n"
)

LON, LIS, DUB = "Europe/London", "Europe/Lisbon", "Europe/Dublin"
NYC, MNL = "America/New_York", "Asia/Manila"
UK, IE, PT = "Priya <priya@example.co.uk>", "Aoife <aoife@example.ie>", "Rui <rui@example.pt>"

# body, user zone, sender, quote, intent, starts on the sender's clock. The plain offers are
# left doubted (see the module's note): a person is sure of them, the reader is not yet.
LEFT = [
    ("Hi Ada,\n\nHow about Tuesday 31 March at 3pm?\n\nPriya\n", NYC, UK, _ASK, P,
     [(LON, 3, 31, 15)]),
    ("Could we do Wednesday 1 April at 10am? Or Thursday 2nd at 4pm.\n", MNL, UK, _ASK, P,
     [(LON, 4, 1, 10), (LON, 4, 2, 16)]),
    ("Hi Ada, Tuesday 31 March at 11 would suit me best.\n", LON, UK, _ASK, P,
     [(LON, 3, 31, 11)]),
    # Before the change the stamp is London's clock already; after, London's new one.
    ("Friday 27th at 3pm, or else Tuesday 31st at 3pm?\n", NYC, UK, _ASK, P,
     [(LON, 3, 27, 15), (LON, 3, 31, 15)]),
    ("Hi Ada,\n\nWould Tuesday 31 March at 2pm work?\n\nAoife\n", NYC, IE, _ASK, P,
     [(DUB, 3, 31, 14)]),
    ("Olá Ada,\n\nQue tal terça-feira, 31 de março, às 15h?\n\nRui\n", NYC, PT, _ASK, P,
     [(LIS, 3, 31, 15)]),
    ("Quarta, 1 de abril, às 10h00 seria possível?\n", LIS, PT, _ASK, P, [(LIS, 4, 1, 10)]),
]  # fmt: skip
CLEAR = [
    # "Same time" under a meeting in UK time (or Lisbon's), from that country's domain.
    ("Something's come up on Monday – could we do the same time on Wednesday?\n", LON, UK,
     _MET_UK, R, [(LON, 4, 1, 14)]),
    ("Afinal segunda não dá – mesma hora na quarta?\n", LIS, PT, _MET_PT, R, [(LIS, 4, 1, 14)]),
]  # fmt: skip

# body, user zone, sender, quote: the stamp says nothing of the sender's clock on the day.
NEAR_MISSES = [
    ("Hi Ada,\n\nHow about Tuesday 31 March at 3pm?\n\nKai\n", NYC, "Kai <kai@example.com>",
     _ASK),
    ("Hallo Ada,\n\npasst Dienstag, 31. März, um 15 Uhr?\n\nJonas\n", NYC,
     "Jonas <jonas@firma.de>", _ASK),
    ("Hola Ada,\n\n¿El martes 31 de marzo a las 16?\n\nLucía\n", NYC,
     "Lucía <lucia@empresa.es>", _ASK),
    ("Hi Ada,\n\nI'm travelling this week, but Tuesday 31 March at 3pm works.\n\nPriya\n", NYC,
     UK, _ASK),
    ("Sexta não dá (estou a viajar). Terça, 31, às 11h00 seria possível?\n", LIS, PT, _ASK),
    ("Something's come up on Monday – could we do the same time on Wednesday?\n", LON,
     "Kai <kai@example.com>", _MET_UK),
]  # fmt: skip


def _expected(starts: list[tuple[str, int, int, int]], tz: ZoneInfo) -> list[datetime]:
    return sorted(
        datetime(2026, *s[1:], tzinfo=ZoneInfo(s[0])).astimezone(tz).replace(tzinfo=None)
        for s in starts
    )


@pytest.mark.parametrize(("body", "zone", "sender", "quote", "intent", "starts"), CLEAR)
def test_domain_clock_on_utc_stamp_is_read(
    body: str,
    zone: str,
    sender: str,
    quote: str,
    intent: Intent,
    starts: list[tuple[str, int, int, int]],
) -> None:
    tz = ZoneInfo(zone)
    verdict = read_reply(body, tz=tz, date=WRITTEN, quote=quote, sender=sender)
    assert_read_right(verdict, tz, intent, _expected(starts, tz))


@pytest.mark.parametrize(("body", "zone", "sender", "quote"), NEAR_MISSES)
def test_utc_stamp_without_a_country_clock_stays_doubted(
    body: str, zone: str, sender: str, quote: str
) -> None:
    tz = ZoneInfo(zone)
    verdict = read_reply(body, tz=tz, date=WRITTEN, quote=quote, sender=sender)
    assert_near_miss_safe(verdict, tz, None)
    assert verdict.doubts


@pytest.mark.parametrize(("body", "zone", "sender", "quote", "intent", "starts"), LEFT)
def test_plain_offer_on_utc_stamp_is_read_or_doubted(
    body: str,
    zone: str,
    sender: str,
    quote: str,
    intent: Intent,
    starts: list[tuple[str, int, int, int]],
) -> None:
    tz = ZoneInfo(zone)
    verdict = read_reply(body, tz=tz, date=WRITTEN, quote=quote, sender=sender)
    assert_near_miss_safe(verdict, tz, intent)


def test_table_is_large_enough() -> None:
    assert len(LEFT) + len(CLEAR) + len(NEAR_MISSES) >= 15
