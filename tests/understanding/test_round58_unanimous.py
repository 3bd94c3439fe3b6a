"""Round 58, part F2: when every clock on the Date header's offset moves alike, read the new one.

A zoneless time from a sender the reply does not place is read on the Date header's offset;
round 57 part F doubted it (`clock_change_after_writing`) when the zones on that offset at
writing part by the offered day. Where they do not part but all move to one other offset
(-08:00 on 4 March 2026 is Los Angeles's and Vancouver's winter clock, both on -07:00 after
8 March), the sender means that offset then, whichever of them they are in: the offer is
read on it, certain. A country's mail domain whose clocks on the offset all move alike
(".fr", ".de", ".it", ".es", ".nl" from +01:00 in March; ".cl" from -03:00 in April;
".co.nz") settles it on that country's clock.

Where the zones part the doubt stays: -07:00 in March (Denver moves, Phoenix does not),
+01:00 with no domain (Berlin and Lagos), +11:00 in April (Sydney to +10:00, Lord Howe to
+10:30), +13:00 in April and +12:00 in September with no domain (Auckland moves; Samoa and
Tonga, Fiji and the Marshall Islands do not), -03:00 in April (Santiago and São Paulo). A
sender on a trip ("I'm traveling this week") writes from where they are, not where they
will be on the day.

Each row gives the user's zone, the Date header and the sender; starts are
(zone, year, month, day, hour[, minute]) on the clock the sender means.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_near_miss_safe,
    assert_read_right,
    doubt_codes,
    read_reply,
)
from workflows.stages import Intent

P, A = Intent.PROPOSE_TIMES, Intent.ACCEPT

_ASK = (
    "\n\nOn Mon, Mar 2, 2026 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Hi, would you have 20 minutes for a chat in the coming weeks?\n>\n> Ada\n"
)
# The user's zoneless offers, read on the sender's clock as the reply's own times are.
_TWO_OFFERS = (
    "\n\nOn Mon, Mar 2, 2026 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 20 minutes? I could do Tuesday 3pm or Thursday 10am.\n>\n> Ada\n"
)

MNL, NYC, LAX, UTC = "Asia/Manila", "America/New_York", "America/Los_Angeles", "UTC"
# Dates: the US springs forward on 8 March 2026 and falls back on 1 November; the EU moves
# on 29 March; Australia's south and New Zealand go back on 5 April; New Zealand springs
# forward on 27 September.
US_MAR = "Wed, 4 Mar 2026 09:12:00 -0800"
US_MAR_MOUNTAIN = "Wed, 4 Mar 2026 09:12:00 -0700"
US_MAR_NEWFOUNDLAND = "Wed, 4 Mar 2026 09:12:00 -0330"
US_OCT = "Thu, 29 Oct 2026 09:12:00 -0800"
US_OCT_PACIFIC = "Thu, 29 Oct 2026 09:12:00 -0700"
EU_MAR = "Fri, 27 Mar 2026 11:30:00 +0100"
UK_OCT = "Mon, 19 Oct 2026 12:30:00 +0100"
AU_APR = "Wed, 1 Apr 2026 09:00:00 +1100"
ADL_APR = "Wed, 1 Apr 2026 09:00:00 +1030"
NZ_APR = "Wed, 1 Apr 2026 09:00:00 +1300"
NZ_SEP = "Thu, 24 Sep 2026 09:00:00 +1200"
SA_APR = "Wed, 1 Apr 2026 09:00:00 -0300"

KAI = "Kai Berg <kai@example.com>"

# body, user zone, Date header, sender, quote, intent, starts on the sender's clock
CLEAR = [
    # -08:00 before the US change: Los Angeles and Vancouver are both on -07:00 by Tuesday.
    ("Hi Ada,\n\nHow about Tuesday 10 March at 3pm?\n\nKai\n", MNL, US_MAR, KAI, _ASK, P,
     [(LAX, 2026, 3, 10, 15)]),
    ("Hi Ada,\n\nHow about Tuesday 10 March at 3pm?\n\nRavi\n", MNL, US_MAR,
     "Ravi Kumar <ravi@kumar.in>", _ASK, P, [(LAX, 2026, 3, 10, 15)]),
    ("Could we do tomorrow at 10? Otherwise next Tuesday at 2pm.\n", MNL, US_MAR, KAI, _ASK, P,
     [(LAX, 2026, 3, 5, 10), (LAX, 2026, 3, 10, 14)]),
    ("Hi Ada,\n\nThursday 5 March at 10am?\n\nKai\n", MNL, US_MAR, KAI, _ASK, P,
     [(LAX, 2026, 3, 5, 10)]),
    # The pick of the user's zoneless "Tuesday 3pm" stays that offer on the sender's clock.
    ("Tuesday at 3pm works for me. Talk then!\n", UTC, US_MAR, KAI, _TWO_OFFERS, A,
     [(LAX, 2026, 3, 10, 15)]),
    # The user's own clock on the offset moves the same way.
    ("Hi Ada,\n\nHow about Tuesday 10 March at 9am?\n\nKai\n", LAX, US_MAR, KAI, _ASK, P,
     [(LAX, 2026, 3, 10, 9)]),
    # -08:00 late in October is Anchorage's summer clock alone, on -09:00 after 1 November.
    ("Hi Ada,\n\nHow about Tuesday 3 November at 10am?\n\nKai\n", MNL, US_OCT, KAI, _ASK, P,
     [("America/Anchorage", 2026, 11, 3, 10)]),
    # -03:30 is St. John's alone, on -02:30 after the change.
    ("Hi Ada,\n\nHow about Tuesday 10 March at 11am?\n\nKai\n", MNL, US_MAR_NEWFOUNDLAND, KAI,
     _ASK, P, [("America/St_Johns", 2026, 3, 10, 11)]),
    # ".co.uk" from +01:00 late in October: London's clock alone, on +00:00 from 25 October.
    ("Hi Ada,\n\nCould we do Wednesday 28 October at 2pm?\n\nPriya\n", NYC, UK_OCT,
     "Priya <priya@example.co.uk>", _ASK, P, [("Europe/London", 2026, 10, 28, 14)]),
    # A country's domain with one clock on +01:00: that country's on the day.
    ("Bonjour Ada,\n\nMardi 31 mars à 14h ?\n\nCamille\n", NYC, EU_MAR,
     "Camille Roux <camille@exemple.fr>", _ASK, P, [("Europe/Paris", 2026, 3, 31, 14)]),
    ("Hallo Ada,\n\npasst Dienstag, 31. März, um 15 Uhr?\n\nJonas\n", NYC, EU_MAR,
     "Jonas Weber <jonas@firma.de>", _ASK, P, [("Europe/Berlin", 2026, 3, 31, 15)]),
    ("Ciao Ada,\n\nmartedì 31 marzo alle 15?\n\nGiulia\n", NYC, EU_MAR,
     "Giulia Neri <giulia@azienda.it>", _ASK, P, [("Europe/Rome", 2026, 3, 31, 15)]),
    ("Hola Ada,\n\n¿El martes 31 de marzo a las 16?\n\nLucía\n", NYC, EU_MAR,
     "Lucía Gil <lucia@empresa.es>", _ASK, P, [("Europe/Madrid", 2026, 3, 31, 16)]),
    ("Hoi Ada,\n\nDinsdag 31 maart om 15.00 uur?\n\nSanne\n", NYC, EU_MAR,
     "Sanne de Vries <sanne@bedrijf.nl>", _ASK, P, [("Europe/Amsterdam", 2026, 3, 31, 15)]),
    # The sender gives the user's clock too: "9h pour vous" is 14h at +01:00, not Paris's
    # (+01:00 written as Lagos's clock, which keeps it).
    ("Bonjour Ada,\n\nMardi 31 mars à 14h, soit 9h pour vous ?\n\nCamille\n", NYC, EU_MAR,
     "Camille Roux <camille@exemple.fr>", _ASK, P, [("Africa/Lagos", 2026, 3, 31, 14)]),
    # A domain whose clock keeps the offset, and a place the reply names, as before.
    ("Hi Ada,\n\nHow about Tuesday 31 March at 3pm?\n\nTunde\n", NYC, EU_MAR,
     "Tunde Bello <tunde@firm.com.ng>", _ASK, P, [("Africa/Lagos", 2026, 3, 31, 15)]),
    ("Hi Ada,\n\nHow about Tuesday 31 March at 3pm? I'm in Lagos.\n\nTunde\n", NYC, EU_MAR,
     "Tunde Bello <tunde@exemple.fr>", _ASK, P, [("Africa/Lagos", 2026, 3, 31, 15)]),
    # +10:30 in April is Adelaide's kind alone, on +09:30 after 5 April.
    ("Hi Ada,\n\nTuesday 7 April at 9am?\n\nMia\n", MNL, ADL_APR, "Mia <mia@example.com>", _ASK,
     P, [("Australia/Adelaide", 2026, 4, 7, 9)]),
    # ".co.nz": Auckland's clock (the Chathams are not on the offset), both ways.
    ("Hi Ada,\n\nTuesday 7 April at 9am?\n\nAroha\n", MNL, NZ_APR, "Aroha <aroha@example.co.nz>",
     _ASK, P, [("Pacific/Auckland", 2026, 4, 7, 9)]),
    ("Hi Ada,\n\nTuesday 29 September at 9am?\n\nAroha\n", MNL, NZ_SEP,
     "Aroha <aroha@example.co.nz>", _ASK, P, [("Pacific/Auckland", 2026, 9, 29, 9)]),
    # ".cl" from -03:00 in April: Santiago's clock (Easter Island is not on the offset).
    ("Hola Ada,\n\n¿El martes 7 de abril a las 10?\n\nVale\n", MNL, SA_APR,
     "Vale Rojas <vale@empresa.cl>", _ASK, P, [("America/Santiago", 2026, 4, 7, 10)]),
]  # fmt: skip

# body, user zone, Date header, sender: the zones part, or the header says nothing of the day.
NEAR_MISSES = [
    # -07:00 in March: Denver and Edmonton move, Phoenix does not (to a user anywhere, and to
    # one in Denver, whose own clock moves).
    ("Hi Ada,\n\nHow about Tuesday 10 March at 10am?\n\nKai\n", MNL, US_MAR_MOUNTAIN, KAI),
    ("Hi Ada,\n\nHow about Tuesday 10 March at 10am?\n\nKai\n", "America/Denver",
     US_MAR_MOUNTAIN, KAI),
    # -07:00 late in October: Los Angeles and Vancouver go back, Phoenix does not.
    ("Hi Ada,\n\nHow about Tuesday 3 November at 10am?\n\nKai\n", MNL, US_OCT_PACIFIC, KAI),
    # +01:00 in March with no domain: Berlin moves, Lagos does not.
    ("Hi Ada,\n\nHow about Tuesday 31 March at 3pm?\n\nTunde\n", NYC, EU_MAR,
     "Tunde Bello <tunde@example.com>"),
    # +11:00 in April: Sydney goes to +10:00, Lord Howe to +10:30; ".com.au" holds both.
    ("Hi Ada,\n\nTuesday 7 April at 9am?\n\nMia\n", MNL, AU_APR, "Mia <mia@example.com>"),
    ("Hi Ada,\n\nTuesday 7 April at 9am?\n\nMia\n", MNL, AU_APR, "Mia <mia@example.com.au>"),
    # +13:00 in April: Auckland goes back, Samoa and Tonga do not.
    ("Hi Ada,\n\nTuesday 7 April at 9am?\n\nAroha\n", MNL, NZ_APR, "Aroha <aroha@example.com>"),
    # +12:00 in September: Auckland springs forward, Fiji and the Marshall Islands do not.
    ("Hi Ada,\n\nTuesday 29 September at 9am?\n\nAroha\n", MNL, NZ_SEP,
     "Aroha <aroha@example.com>"),
    # -03:00 in April: Santiago goes back, São Paulo and Buenos Aires do not.
    ("Hola Ada,\n\n¿El martes 7 de abril a las 10?\n\nVale\n", MNL, SA_APR,
     "Vale <vale@example.com>"),
    # A sender on a trip writes from where they are now.
    ("Hi Ada,\n\nI'm traveling this week, but Tuesday 10 March at 3pm works.\n\nKai\n", MNL,
     US_MAR, KAI),
    ("Hi Ada,\n\nI'm on the road until Friday; Tuesday 10 March at 3pm?\n\nKai\n", MNL, US_MAR,
     KAI),
    # A trip around the offered days, the line wrapped inside it; ".co.uk" from +01:00 late in
    # October is London's clock alone, but the sender may not be there.
    ("Hi Ada,\n\nFriday I'm\ntravelling, so could we do Wednesday 4 November at 2pm?\n\nPriya\n",
     NYC, UK_OCT, "Priya <priya@example.co.uk>"),
]  # fmt: skip


def _expected(starts: list[tuple[str, int, int, int, int]], tz: ZoneInfo) -> list[datetime]:
    return sorted(
        datetime(*s[1:], tzinfo=ZoneInfo(s[0])).astimezone(tz).replace(tzinfo=None) for s in starts
    )


@pytest.mark.parametrize(("body", "zone", "date", "sender", "quote", "intent", "starts"), CLEAR)
def test_every_clock_on_the_offset_moves_alike(
    body: str,
    zone: str,
    date: str,
    sender: str,
    quote: str,
    intent: Intent,
    starts: list[tuple[str, int, int, int, int]],
) -> None:
    tz = ZoneInfo(zone)
    verdict = read_reply(body, tz=tz, date=date, quote=quote, sender=sender)
    assert_read_right(verdict, tz, intent, _expected(starts, tz))


@pytest.mark.parametrize(("body", "zone", "date", "sender"), NEAR_MISSES)
def test_zones_that_part_stay_doubted(body: str, zone: str, date: str, sender: str) -> None:
    tz = ZoneInfo(zone)
    verdict = read_reply(body, tz=tz, date=date, quote=_ASK, sender=sender)
    assert_near_miss_safe(verdict, tz, None)
    assert "clock_change_after_writing" in doubt_codes(verdict)


def test_table_is_large_enough() -> None:
    assert len(CLEAR) + len(NEAR_MISSES) >= 25
