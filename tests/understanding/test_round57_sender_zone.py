"""Round 57, part F: a foreign sender's zoneless time across a clock change.

A zoneless time (or one on "my time") from a sender whose Date header offset is not the
user's is read on that offset. When the zones on that offset at writing part by the offered
day (+01:00 in March is Berlin's winter clock and Lagos's only one; -03:00 before April is
Santiago's summer clock and São Paulo's and Buenos Aires's only one; -05:00 before the US
change is New York's and Lima's and Bogotá's; +10:00 before October is Sydney's and
Brisbane's), the sender's place decides: a signature city or address, "I'm in …", a clock
named in the text, or where the user's quoted outreach says the contact is. A country's mail
domain narrows the zones: one whose clocks all keep the header's offset (".com.br", ".com.co",
".ng", ".ar") settles it; since round 58 F2, so does one whose clocks on the offset all move
alike (".de", ".fr", ".cl", ".co.nz": the country's clock on the day), while one whose clocks
part (".com.au" from +10:00 in September, ".com.mx" near the US border) stays in doubt. With
no place, such a reply is doubted (`clock_change_after_writing`). Where nobody on the offset
changes by the offered day, nothing changes.

Users live in Manila (+08:00 all year) or Lima (-05:00 all year); each setting gives the
user's zone and the Date header. Starts are (zone, month, day, hour[, minute]) on the clock
the sender means, turned into the user's.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_near_miss_safe,
    doubt_codes,
    local_starts,
    read_reply,
)
from workflows.stages import Intent
from workflows.understanding import Verdict

P = Intent.PROPOSE_TIMES

# setting -> (user zone, Date header)
_SETTINGS = {
    # +01:00 on Thursday 23 March 2028; the EU moves to summer time on Sunday 26 March.
    "eu": ("America/Lima", "Thu, 23 Mar 2028 15:10:00 +0100"),
    "eu-mnl": ("Asia/Manila", "Thu, 23 Mar 2028 09:10:00 +0100"),
    # -03:00 on Thursday 30 March 2028; Santiago goes back to -04:00 on Sunday 2 April.
    "sa": ("Asia/Manila", "Thu, 30 Mar 2028 11:10:00 -0300"),
    # -05:00 on Thursday 9 March 2028; New York moves to -04:00 on Sunday 12 March.
    "am": ("Asia/Manila", "Thu, 9 Mar 2028 09:10:00 -0500"),
    # +10:00 on Thursday 28 September 2028; Sydney moves to +11:00 on Sunday 1 October.
    "oz": ("Asia/Manila", "Thu, 28 Sep 2028 19:10:00 +1000"),
    # +10:00 on Thursday 30 March 2028: Sydney is on +11:00, only Brisbane's kind is on +10:00.
    "oz-mar": ("Asia/Manila", "Thu, 30 Mar 2028 19:10:00 +1000"),
    # +13:00 on Thursday 30 March 2028; Auckland goes back to +12:00 on Sunday 2 April.
    "nz": ("Asia/Manila", "Thu, 30 Mar 2028 19:10:00 +1300"),
    # -06:00 on Thursday 2 November 2028: Mexico City's only clock, Denver's and Ciudad
    # Juárez's summer one until Sunday 5 November.
    "mx": ("Asia/Manila", "Thu, 2 Nov 2028 09:10:00 -0600"),
}

_ASK = (
    "\n\nOn Mon, Mar 6, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Hi, I'm moving into analytics and would love 20 minutes of your time in the coming"
    " weeks.\n>\n> Ada\n"
)

BER, LOS, SCL, SAO = "Europe/Berlin", "Africa/Lagos", "America/Santiago", "America/Sao_Paulo"
BUE, NYC, BOG, LIM = (
    "America/Argentina/Buenos_Aires",
    "America/New_York",
    "America/Bogota",
    "America/Lima",
)
SYD, BNE, AKL, MEX = (
    "Australia/Sydney",
    "Australia/Brisbane",
    "Pacific/Auckland",
    "America/Mexico_City",
)
PAR = "Europe/Paris"

# body, setting, sender, starts on the sender's clock
Row = tuple[str, str, str, list[tuple[str, int, int, int]]]
ROWS: list[Row] = [
    # A signature city or address.
    (
        "Hi Ada,\n\nHappy to. How about Tuesday 28 March at 4pm?\n\nBest,\nJonas\n"
        "Berlin, Germany\n",
        "eu",
        "Jonas Weber <jonas@example.com>",
        [(BER, 3, 28, 16)],
    ),
    (
        "Hi Ada,\n\nHappy to. How about Tuesday 28 March at 4pm?\n\nBest,\nTunde\nLagos, Nigeria\n",
        "eu",
        "Tunde Bello <tunde@example.com>",
        [(LOS, 3, 28, 16)],
    ),
    (
        "Hallo Ada,\n\ngerne! Passt Dienstag, 28. März, um 10 Uhr?\n\nViele Grüße\nJonas\n"
        "Hamburg\n",
        "eu-mnl",
        "Jonas Weber <jonas@example.com>",
        [(BER, 3, 28, 10)],
    ),
    (
        "Hola Ada,\n\n¿Te parece el martes 4 de abril a las 10?\n\nSaludos,\nValentina\n"
        "Santiago, Chile\n",
        "sa",
        "Valentina Rojas <vale@example.com>",
        [(SCL, 4, 4, 10)],
    ),
    (
        "Oi Ada,\n\nPode ser terça, 4 de abril, às 10h?\n\nAbraços,\nJoão\nSão Paulo - SP\n",
        "sa",
        "João Souza <joao@example.com>",
        [(SAO, 4, 4, 10)],
    ),
    (
        "Hola Ada,\n\n¿Podría ser el martes 4 de abril a las 15?\n\nSaludos,\nMartín\n"
        "Buenos Aires, Argentina\n",
        "sa",
        "Martín Gómez <martin@example.com>",
        [(BUE, 4, 4, 15)],
    ),
    (
        "Hi Ada,\n\nHow about Tuesday 14 March at 10am?\n\nBest,\nSam\nNew York, NY\n",
        "am",
        "Sam Lee <sam@example.com>",
        [(NYC, 3, 14, 10)],
    ),
    (
        "Hola Ada,\n\n¿Qué tal el martes 14 de marzo a las 10?\n\nSaludos,\nCamilo\n"
        "Bogotá, Colombia\n",
        "am",
        "Camilo Díaz <camilo@example.com>",
        [(BOG, 3, 14, 10)],
    ),
    (
        "Hi Ada,\n\nTuesday 3 October at 9am?\n\nCheers,\nMia\nSydney NSW 2000\n",
        "oz",
        "Mia Clarke <mia@example.com>",
        [(SYD, 10, 3, 9)],
    ),
    (
        "Hi Ada,\n\nTuesday 3 October at 9am?\n\nCheers,\nMia\nBrisbane QLD 4000\n",
        "oz",
        "Mia Clarke <mia@example.com.au>",
        [(BNE, 10, 3, 9)],
    ),
    (
        "Hi Ada,\n\nTuesday 4 April at 9am?\n\nCheers,\nAroha\nAuckland, New Zealand\n",
        "nz",
        "Aroha Ngata <aroha@example.co.nz>",
        [(AKL, 4, 4, 9)],
    ),
    (
        "Hola Ada,\n\n¿Qué tal el martes 7 de noviembre a las 10?\n\nSaludos,\nLuis\n"
        "Ciudad de México\n",
        "mx",
        "Luis Ortega <luis@empresa.com.mx>",
        [(MEX, 11, 7, 10)],
    ),
    # The sender's words: "I'm in …", greetings from a place, a clock named.
    (
        "Hi Ada,\n\nHow about Tuesday 28 March at 4pm? I'm in Lagos.\n\nBest,\nTunde\n",
        "eu",
        "Tunde Bello <tunde@example.com>",
        [(LOS, 3, 28, 16)],
    ),
    (
        "Hi Ada,\n\nHow about Tuesday 28 March at 4pm Berlin time?\n\nBest,\nTunde\n",
        "eu",
        "Tunde Bello <tunde@example.com>",
        [(BER, 3, 28, 16)],
    ),
    (
        "Hola Ada,\n\n¿El martes 4 de abril a las 10? Saludos desde Santiago.\n\nValentina\n",
        "sa",
        "Valentina Rojas <vale@example.com>",
        [(SCL, 4, 4, 10)],
    ),
    # A country's domain whose clocks all keep the header's offset on the day.
    (
        "Hi Ada,\n\nHappy to. How about Tuesday 28 March at 4pm?\n\nBest,\nTunde\n",
        "eu",
        "Tunde Bello <tunde@firm.com.ng>",
        [(LOS, 3, 28, 16)],
    ),
    (
        "Oi Ada,\n\nPode ser terça, 4 de abril, às 10h?\n\nAbraços,\nJoão\n",
        "sa",
        "João Souza <joao@empresa.com.br>",
        [(SAO, 4, 4, 10)],
    ),
    (
        "Hola Ada,\n\n¿Podría ser el martes 4 de abril a las 15?\n\nSaludos,\nMartín\n",
        "sa",
        "Martín Gómez <martin@empresa.com.ar>",
        [(BUE, 4, 4, 15)],
    ),
    (
        "Hola Ada,\n\n¿Qué tal el martes 14 de marzo a las 10?\n\nSaludos,\nCamilo\n",
        "am",
        "Camilo Díaz <camilo@empresa.com.co>",
        [(BOG, 3, 14, 10)],
    ),
    (
        "Hola Ada,\n\n¿Le parece el martes 14 de marzo a las 9?\n\nSaludos,\nRosa\n",
        "am",
        "Rosa Quispe <rosa@empresa.pe>",
        [(LIM, 3, 14, 9)],
    ),
    # Round 58 F2: a country's domain whose one clock on the header's offset moves: the
    # sender's clock on the day is that country's.
    (
        "Hi Ada,\n\nHappy to. How about Tuesday 28 March at 4pm?\n\nBest,\nJonas\n",
        "eu",
        "Jonas Weber <jonas@firma.de>",
        [(BER, 3, 28, 16)],
    ),
    (
        "Bonjour Ada,\n\nMardi 28 mars à 14h ?\n\nClaire\n",
        "eu-mnl",
        "Claire <claire@societe.fr>",
        [(PAR, 3, 28, 14)],
    ),
    (
        "Hola Ada,\n\n¿Te parece el martes 4 de abril a las 10?\n\nSaludos,\nValentina\n",
        "sa",
        "Valentina Rojas <vale@empresa.cl>",
        [(SCL, 4, 4, 10)],
    ),
    (
        "Hi Ada,\n\nTuesday 4 April at 9am?\n\nCheers,\nAroha\n",
        "nz",
        "Aroha <aroha@example.co.nz>",
        [(AKL, 4, 4, 9)],
    ),
    # Nobody on the header's offset changes by the offered day.
    (
        "Bonjour Ada,\n\nVendredi 24 mars à 14h ?\n\nCordialement,\nClaire\n",
        "eu-mnl",
        "Claire Martin <claire@example.com>",
        [(PAR, 3, 24, 14)],
    ),
    (
        "Hi Ada,\n\nTuesday 4 April at 9am?\n\nCheers,\nMia\n",
        "oz-mar",
        "Mia Clarke <mia@example.com>",
        [(BNE, 4, 4, 9)],
    ),
    (
        "Hi Ada,\n\nFriday 10 March at 11am works on my end.\n\nBest,\nSam\n",
        "am",
        "Sam Lee <sam@example.com>",
        [(NYC, 3, 10, 11)],
    ),
]

# Where the user's outreach (quoted) says the contact is.
_OUTREACH = "\n\nOn Mon, Mar 6, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n> {}\n>\n> Ada\n"
OUTREACH_ROWS = [
    (
        "Hi Jonas, I saw you're based in Berlin and would love 20 minutes of your time.",
        "Hi Ada,\n\nHow about Tuesday 28 March at 4pm?\n\nBest\n",
        "eu",
        [(BER, 3, 28, 16)],
    ),
    (
        "Hi Tunde, I saw you are based in Lagos and would love 20 minutes of your time.",
        "Hi Ada,\n\nHow about Tuesday 28 March at 4pm?\n\nBest\n",
        "eu",
        [(LOS, 3, 28, 16)],
    ),
    (
        "Hola Valentina, vi que estás en Santiago; ¿tendrías 20 minutos para una charla?",
        "Hola Ada,\n\n¿Te parece el martes 4 de abril a las 10?\n\nSaludos\n",
        "sa",
        [(SCL, 4, 4, 10)],
    ),
]

# body, setting, sender: replies a careful human would not be sure of (no place, or only a
# domain whose clock moves); each must stay in doubt.
NEAR_MISSES = [
    ("Hi Ada,\n\nHappy to. How about Tuesday 28 March at 4pm?\n\nBest,\nJonas\n", "eu", ""),
    ("Hola Ada,\n\n¿El martes 4 de abril a las 10, mi hora?\n\nValentina\n", "sa", ""),
    ("Oi Ada,\n\nPode ser terça, 4 de abril, às 10h?\n\nAbraços\n", "sa", ""),
    ("Hi Ada,\n\nTuesday 14 March at 10am my time works for me.\n\nSam\n", "am", ""),
    ("Hola Ada,\n\n¿Qué tal el martes 14 de marzo a las 10?\n\nCamilo\n", "am", ""),
    ("Hi Ada,\n\nTuesday 3 October at 9am?\n\nCheers,\nMia\n", "oz", ""),
    ("Hi Ada,\n\nTuesday 3 October at 9am?\n\nCheers,\nMia\n", "oz", "Mia <mia@example.com.au>"),
    ("Hi Ada,\n\nTuesday 4 April at 9am?\n\nCheers,\nAroha\n", "nz", ""),
    (
        "Hola Ada,\n\n¿Qué tal el martes 7 de noviembre a las 10?\n\nSaludos,\nLuis\n",
        "mx",
        "Luis Ortega <luis@empresa.com.mx>",
    ),
    ("Hola Ada,\n\n¿Qué tal el martes 7 de noviembre a las 10?\n\nLuis\n", "mx", ""),
    # A place the sender will go to is no clock they write on; a signature naming two places
    # is none.
    (
        "Hi Ada,\n\nI'll be in Lagos next month. How about Tuesday 28 March at 4pm?\n\nJonas\n",
        "eu",
        "",
    ),
    (
        "Hi Ada,\n\nHow about Tuesday 28 March at 4pm?\n\nBest,\nJonas\n"
        "Offices in Berlin and Lagos\n",
        "eu",
        "",
    ),
    # The user's own place in the outreach is not the contact's.
    ("Hi Ada,\n\nHow about Tuesday 28 March at 4pm?\n\nBest\n", "eu", "outreach:lima"),
]


def _read(body: str, setting: str, sender: str, quote: str = _ASK) -> tuple[Verdict, ZoneInfo]:
    zone, date = _SETTINGS[setting]
    tz = ZoneInfo(zone)
    envelope = {"sender": sender} if sender else {}
    return read_reply(body, tz=tz, date=date, quote=quote, **envelope), tz


def _expected(starts: list[tuple[str, int, int, int]], tz: ZoneInfo) -> list[datetime]:
    return sorted(
        datetime(2028, *s[1:], tzinfo=ZoneInfo(s[0])).astimezone(tz).replace(tzinfo=None)
        for s in starts
    )


@pytest.mark.parametrize(("body", "setting", "sender", "starts"), ROWS)
def test_sender_place_fixes_the_offset(
    body: str, setting: str, sender: str, starts: list[tuple[str, int, int, int]]
) -> None:
    verdict, tz = _read(body, setting, sender)
    seen = (verdict.intent, local_starts(verdict, tz), doubt_codes(verdict))
    assert verdict.certain, seen
    assert verdict.intent is P, seen
    assert sorted(local_starts(verdict, tz)) == _expected(starts, tz), seen


@pytest.mark.parametrize(("outreach", "body", "setting", "starts"), OUTREACH_ROWS)
def test_outreach_names_where_the_contact_is(
    outreach: str, body: str, setting: str, starts: list[tuple[str, int, int, int]]
) -> None:
    verdict, tz = _read(body, setting, "", quote=_OUTREACH.format(outreach))
    seen = (verdict.intent, local_starts(verdict, tz), doubt_codes(verdict))
    assert verdict.certain, seen
    assert sorted(local_starts(verdict, tz)) == _expected(starts, tz), seen


@pytest.mark.parametrize(("body", "setting", "sender"), NEAR_MISSES)
def test_unplaced_sender_across_a_change_is_doubted(body: str, setting: str, sender: str) -> None:
    quote = _ASK
    if sender == "outreach:lima":
        sender = ""
        quote = _OUTREACH.format("Hi Jonas, I'm based in Lima and you're in Lima too, I think.")
    verdict, tz = _read(body, setting, sender, quote=quote)
    assert_near_miss_safe(verdict, tz, None)
    assert "clock_change_after_writing" in doubt_codes(verdict)


def test_table_is_large_enough() -> None:
    assert len(ROWS) + len(OUTREACH_ROWS) + len(NEAR_MISSES) >= 25
