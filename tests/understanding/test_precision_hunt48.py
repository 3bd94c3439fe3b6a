"""Precision hunt 48: offers across clock changes, a length for one window, questions back.

Replies of our own to users in Stockholm, Prague, Kyiv, Manila and Lima, from senders there and
around the world. Themes: moves and new offers written BEFORE a clock change (the US second
Sunday of March, the EU last Sunday of March or October, Sydney and Santiago on 2 April) for a
day AFTER it, in English, German, French, Spanish, Italian, Portuguese and Dutch, where a clock
the sender names ("Berliner Zeit", "heure de Paris", "hora de Madrid", "ET") is read on the
offered day's offset; a length said for one window ("pick any 20 mins in there") beside another
bare time; questions back that are not declines ("is this about a role? we hire through the
portal", "which team are you looking at?") beside real declines that mention a portal; and
"salvo imprevisti / sauf imprévu / unless something comes up" beside a pick.

Each setting is ``place-kind``: the place gives the user's zone, the Date header (the sender's
clock when writing) and the week of the thread; the kind is the user's open ask ("ask"), the
user's two offers on the user's clock ("two": Tuesday 10:00, Wednesday 15:00 of that week) or
the user's confirmation of the Tuesday 10:00 ("ok"). Starts are (month, day, hour[, minute]) on
the user's clock, or (zone, month, day, hour[, minute]) on a named clock, turned into the user's.
Near misses are replies a careful human would not be sure of; each names the reading that is
safe when certain (`other`, a reschedule with no window) or None (must stay in doubt).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_near_miss_safe,
    doubt_codes,
    local_starts,
    miss_reading,
    pinned,
    read_reply,
    reading,
)
from workflows.stages import Intent
from workflows.understanding import Verdict

A, P, R = Intent.ACCEPT, Intent.PROPOSE_TIMES, Intent.RESCHEDULE
N, OTH = Intent.DECLINE, Intent.OTHER

# The week of each thread: (Tuesday, Wednesday) as (month, day), and the quoted day names.
_WEEKS = {
    "w1": ((3, 14), (3, 15), "Tuesday 14 March", "Wednesday 15 March"),  # before the US change
    "w2": ((3, 28), (3, 29), "Tuesday 28 March", "Wednesday 29 March"),  # the EU change is 26 Mar
    "w3": ((4, 4), (4, 5), "Tuesday 4 April", "Wednesday 5 April"),  # Sydney, Santiago on 2 Apr
    "w4": ((10, 31), (11, 1), "Tuesday 31 October", "Wednesday 1 November"),  # EU on 29 Oct
}

# place -> (user zone, Date header (the sender's clock when writing), week, zone words)
_PLACES = {
    "sto": ("Europe/Stockholm", "Thu, 23 Mar 2028 09:10:00 +0100", "w2", "Stockholm time"),
    "prg": ("Europe/Prague", "Thu, 23 Mar 2028 09:10:00 +0100", "w2", "Prague time"),
    "kyi": ("Europe/Kyiv", "Thu, 23 Mar 2028 09:10:00 +0200", "w2", "Kyiv time"),
    "mnl": ("Asia/Manila", "Thu, 23 Mar 2028 09:10:00 +0800", "w2", "Manila time"),
    "lim": ("America/Lima", "Thu, 23 Mar 2028 09:10:00 -0500", "w2", "Lima time"),
    # A sender in Berlin, Paris, Madrid, Rome, Amsterdam (+0100 until 26 March) or Lisbon.
    "limber": ("America/Lima", "Thu, 23 Mar 2028 15:10:00 +0100", "w2", "Lima time"),
    "kyipar": ("Europe/Kyiv", "Thu, 23 Mar 2028 08:10:00 +0100", "w2", "Kyiv time"),
    "mnlmad": ("Asia/Manila", "Thu, 23 Mar 2028 02:10:00 +0100", "w2", "Manila time"),
    "limrom": ("America/Lima", "Thu, 23 Mar 2028 15:10:00 +0100", "w2", "Lima time"),
    "prgrom": ("Europe/Prague", "Thu, 23 Mar 2028 09:10:00 +0100", "w2", "Prague time"),
    "mnlams": ("Asia/Manila", "Thu, 23 Mar 2028 02:10:00 +0100", "w2", "Manila time"),
    "stolis": ("Europe/Stockholm", "Thu, 23 Mar 2028 08:10:00 +0000", "w2", "Stockholm time"),
    "limsao": ("America/Lima", "Thu, 23 Mar 2028 11:10:00 -0300", "w2", "Lima time"),
    # A sender in New York or Los Angeles before 12 March.
    "stony": ("Europe/Stockholm", "Thu, 9 Mar 2028 04:10:00 -0500", "w1", "Stockholm time"),
    "limny": ("America/Lima", "Thu, 9 Mar 2028 09:10:00 -0500", "w1", "Lima time"),
    "mnlla": ("Asia/Manila", "Wed, 8 Mar 2028 17:10:00 -0800", "w1", "Manila time"),
    # A sender in Sydney or Santiago before 2 April (the end of their summer time).
    "mnlsyd": ("Asia/Manila", "Thu, 30 Mar 2028 19:10:00 +1100", "w3", "Manila time"),
    "limscl": ("America/Lima", "Thu, 30 Mar 2028 11:10:00 -0300", "w3", "Lima time"),
    # Before the EU's October change (29 October; the US changes on 5 November).
    "stooct": ("Europe/Stockholm", "Thu, 26 Oct 2028 09:10:00 +0200", "w4", "Stockholm time"),
    "kyiny": ("Europe/Kyiv", "Thu, 26 Oct 2028 03:10:00 -0400", "w4", "Kyiv time"),
    "limberoct": ("America/Lima", "Thu, 26 Oct 2028 16:10:00 +0200", "w4", "Lima time"),
    "mnllon": ("Asia/Manila", "Thu, 26 Oct 2028 02:10:00 +0100", "w4", "Manila time"),
}

_ASK = (
    "Hi Kai, I'm moving into data engineering and would love 20 minutes of your time in the"
    " next couple of weeks, whenever suits you."
)


def _setting(key: str) -> tuple[ZoneInfo, str, str, int]:
    """The user's zone, the Date header, the quoted thread (Gmail's shape) and the year."""
    place, _, kind = key.partition("-")
    zone, when, week, words = _PLACES[place]
    _, _, tue, wed = _WEEKS[week]
    text = {
        "ask": _ASK,
        "two": f"Hi Kai, thanks! Would {tue} at 10am or {wed} at 3pm ({words}) suit you?",
        "ok": f"Great, {tue} at 10am ({words}) it is. Talk then!",
    }[kind]
    head = "On Mon, Mar 6, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:"
    return ZoneInfo(zone), when, f"\n\n{head}\n> {text}\n>\n> Ada\n", 2028


Start = tuple[int | str, ...]
# body, setting, intent, starts
Row = tuple[str, str, Intent, list[Start]]
# body, setting, the reading that is safe when certain (None: must be doubted)
Miss = tuple[str, str, Intent | None]


def row(body: str, setting: str, intent: Intent, starts: list[Start] | None = None) -> Row:
    return (body, setting, intent, starts or [])


BER, PAR, MAD, ROM = "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome"
AMS, LIS, SAO = "Europe/Amsterdam", "Europe/Lisbon", "America/Sao_Paulo"
NYC, LAX, SYD, SCL = (
    "America/New_York",
    "America/Los_Angeles",
    "Australia/Sydney",
    "America/Santiago",
)
LON = "Europe/London"

ROWS: list[Row] = [
    # ---- offers and moves written before a clock change for a day after it ----
    row("Tuesday 28 March at 10 works for me, see you then.", "sto-two", A, [(3, 28, 10)]),
    row("Wednesday at 3pm is good for me.", "prg-two", A, [(3, 29, 15)]),
    row(
        "Sorry, something came up on Tuesday. Could we move to Thursday 30 March at 11am instead?",
        "kyi-ok",
        R,
        [(3, 30, 11)],
    ),
    row(
        "Gern! Wie wäre es mit Dienstag, 28. März, um 16 Uhr Berliner Zeit?",
        "limber-ask",
        P,
        [(BER, 3, 28, 16)],
    ),
    row(
        "Ich könnte am Mittwoch, 29. März, um 17 Uhr deutscher Zeit.",
        "limber-ask",
        P,
        [(BER, 3, 29, 17)],
    ),
    row(
        "Avec plaisir ! Mardi 28 mars à 14h, heure de Paris, ça vous irait ?",
        "kyipar-ask",
        P,
        [(PAR, 3, 28, 14)],
    ),
    row(
        "Mercredi 29 mars à 15h (votre heure) me convient parfaitement.",
        "kyipar-two",
        A,
        [(3, 29, 15)],
    ),
    row(
        "¡Claro! ¿Te viene bien el martes 28 de marzo a las 10:00, hora de Madrid?",
        "mnlmad-ask",
        P,
        [(MAD, 3, 28, 10)],
    ),
    row("El miércoles 29 a las 15:00 (tu hora) me va perfecto.", "mnlmad-two", A, [(3, 29, 15)]),
    row("Volentieri. Martedì 28 marzo alle 15, ora italiana?", "limrom-ask", P, [(ROM, 3, 28, 15)]),
    row(
        "Purtroppo martedì non riesco più. Possiamo spostare a giovedì 30 marzo alle 11, ora di"
        " Roma?",
        "prgrom-ok",
        R,
        [(3, 30, 11)],
    ),
    row(
        "Com todo o gosto! Que tal terça-feira, 28 de março, às 9h, hora de Lisboa?",
        "stolis-ask",
        P,
        [(LIS, 3, 28, 9)],
    ),
    row(
        "Pode ser na quarta, 29 de março, às 11h (horário de Brasília)?",
        "limsao-ask",
        P,
        [(SAO, 3, 29, 11)],
    ),
    row(
        "Graag! Past dinsdag 28 maart om 9 uur Nederlandse tijd?",
        "mnlams-ask",
        P,
        [(AMS, 3, 28, 9)],
    ),
    row(
        "Woensdag 29 maart om 15:00 (jouw tijd) is prima voor mij.", "mnlams-two", A, [(3, 29, 15)]
    ),
    row(
        "Sure! How about Tuesday 14 March at 9am New York time?",
        "stony-ask",
        P,
        [(NYC, 3, 14, 9)],
    ),
    row("Happy to. Wednesday March 15 at 10am ET?", "limny-ask", P, [(NYC, 3, 15, 10)]),
    row(
        "Would Tuesday the 14th at 5pm Pacific work? That should be Wednesday morning for you.",
        "mnlla-ask",
        P,
        [(LAX, 3, 14, 17)],
    ),
    row("Happy to chat. Tuesday 4 April at 1pm Sydney time?", "mnlsyd-ask", P, [(SYD, 4, 4, 13)]),
    row(
        "¿Qué tal el martes 4 de abril a las 10, hora de Santiago?",
        "limscl-ask",
        P,
        [(SCL, 4, 4, 10)],
    ),
    row(
        "Would Tuesday October 31 at 9am Eastern work for you?",
        "kyiny-ask",
        P,
        [(NYC, 10, 31, 9)],
    ),
    row("Dienstag, 31. Oktober, 15 Uhr MEZ?", "limberoct-ask", P, [(BER, 10, 31, 15)]),
    row("Tuesday 31 October at 10 suits me.", "stooct-two", A, [(10, 31, 10)]),
    row("Could we do Tuesday 31 October at 8am UK time?", "mnllon-ask", P, [(LON, 10, 31, 8)]),
    row(
        "Something came up; could we do Wednesday 15 March at 8am my time (New York) instead?",
        "stony-ok",
        R,
        [(NYC, 3, 15, 8)],
    ),
    row(
        "Désolé, je dois décaler. Jeudi 30 mars à 10h heure de Paris, ça irait ?",
        "kyipar-ok",
        R,
        [(PAR, 3, 30, 10)],
    ),
    row(
        "Leider muss ich verschieben. Ginge Donnerstag, 30. März, um 17 Uhr Berliner Zeit?",
        "limber-ok",
        R,
        [(BER, 3, 30, 17)],
    ),
    row(
        "Tengo que mover la llamada: ¿el jueves 30 de marzo a las 9:00 hora de Madrid?",
        "mnlmad-ok",
        R,
        [(MAD, 3, 30, 9)],
    ),
    row(
        "Kunnen we het verzetten naar donderdag 30 maart om 10 uur Nederlandse tijd?",
        "mnlams-ok",
        R,
        [(AMS, 3, 30, 10)],
    ),
    row(
        "Podemos mudar para quinta-feira, 30 de março, às 14h, hora de Lisboa?",
        "stolis-ok",
        R,
        [(LIS, 3, 30, 14)],
    ),
    row("Can we push to Wednesday 29 March at 9am instead?", "lim-ok", R, [(3, 29, 9)]),
    row("Could we move it to Wednesday 1 November at 2pm?", "stooct-ok", R, [(11, 1, 14)]),
    row("Wednesday at 3pm your time works for me.", "kyiny-two", A, [(11, 1, 15)]),
    row("Tuesday 10am your time is perfect.", "mnlsyd-two", A, [(4, 4, 10)]),
    row("El miércoles a las 15:00, hora tuya, me sirve.", "limscl-two", A, [(4, 5, 15)]),
    # ---- a length said for one window, beside another bare time ----
    row(
        "Tuesday 28 March I'm free 1-3pm, pick any 20 mins in there, or Wednesday 29 March at 10.",
        "sto-ask",
        P,
        [(3, 28, 13), (3, 29, 10)],
    ),
    row(
        "Wednesday 29 March between 9 and 11, grab any half hour; otherwise Friday 31 March at"
        " 4pm.",
        "prg-ask",
        P,
        [(3, 29, 9), (3, 31, 16)],
    ),
    row(
        "Thursday 30 March at 2pm, or Friday 31 March anywhere from 10 to 12 (any 20 minutes in"
        " there).",
        "kyi-ask",
        P,
        [(3, 30, 14), (3, 31, 10)],
    ),
    row(
        "Monday 27 March 3-5pm, any 20 mins you like, or Tuesday 28 March at 9am.",
        "mnl-ask",
        P,
        [(3, 27, 15), (3, 28, 9)],
    ),
    row(
        "El martes 28 de marzo de 10 a 12, elige 20 minutos cualquiera, o el miércoles 29 de"
        " marzo a las 16.",
        "lim-ask",
        P,
        [(3, 28, 10), (3, 29, 16)],
    ),
    row(
        "Mardi 28 mars entre 14h et 16h (votre heure), prenez 20 minutes où vous voulez, ou"
        " mercredi 29 mars à 10h (votre heure).",
        "kyipar-ask",
        P,
        [(3, 28, 14), (3, 29, 10)],
    ),
    # ---- real declines that mention a portal ----
    row(
        "Thanks for writing, but I don't do informational calls. If you're interested in roles,"
        " please apply through our careers portal.",
        "sto-ask",
        N,
    ),
    row(
        "I'm afraid I can't help here: all hiring goes through the portal and I'm not able to"
        " take chats about open positions.",
        "prg-ask",
        N,
    ),
    row(
        "Sorry, I'll have to decline. Company policy is that candidates go through the"
        " recruiting portal, and I can't meet applicants one to one.",
        "kyi-ask",
        N,
    ),
    row(
        "Not able to meet, sorry. Please use the applicant portal for any questions about"
        " vacancies.",
        "mnl-ask",
        N,
    ),
    row(
        "Lo siento, no puedo reunirme. Las postulaciones se gestionan solo por el portal de"
        " empleo.",
        "lim-ask",
        N,
    ),
    # ---- "unless something comes up" beside a pick ----
    row("Martedì alle 10 va benissimo, salvo imprevisti.", "prgrom-two", A, [(3, 28, 10)]),
    row("Mercredi à 15h, c'est parfait pour moi, sauf imprévu.", "kyipar-two", A, [(3, 29, 15)]),
    row("Unless something comes up, Wednesday at 3 works for me.", "sto-two", A, [(3, 29, 15)]),
    row("El martes a las 10 me viene bien, salvo imprevistos.", "lim-two", A, [(3, 28, 10)]),
    row("Mittwoch um 15 Uhr passt, wenn nichts dazwischenkommt.", "limber-two", A, [(3, 29, 15)]),
    row("Dinsdag om 10 uur is goed, tenzij er iets tussenkomt.", "mnlams-two", A, [(3, 28, 10)]),
    row("Quarta às 15h está ótimo, salvo imprevistos.", "stolis-two", A, [(3, 29, 15)]),
    row(
        "Confirmed, see you Tuesday at 10 (unless something urgent comes up, in which case I'll"
        " let you know).",
        "kyi-ok",
        A,
        [(3, 28, 10)],
    ),
    row("Tuesday 10am is good, barring anything unexpected.", "mnl-two", A, [(3, 28, 10)]),
]

NEAR_MISSES: list[Miss] = [
    # Questions back that are not declines: the user answers, nothing is closed.
    ("Is this about a role? We hire through the portal.", "sto-ask", OTH),
    ("Which team are you looking at?", "prg-ask", OTH),
    ("Are you a student? Happy to help if so.", "kyi-ask", OTH),
    (
        "Quick question first: is this about a job opening? If so, we hire through the portal.",
        "mnl-ask",
        OTH,
    ),
    ("¿Es sobre un puesto? Contratamos a través del portal.", "lim-ask", OTH),
    ("C'est pour un poste ? Nous recrutons via notre portail.", "kyipar-ask", OTH),
    ("Geht es um eine Stelle? Bewerbungen laufen bei uns über das Portal.", "limber-ask", OTH),
    ("We hire through the portal, but which team are you looking at?", "prg-ask", OTH),
    # A bare time on a foreign Date header's offset, for a day after a change some zones on
    # that offset go through (and others do not).
    ("How about Tuesday 28 March at 4pm?", "limber-ask", None),
    ("Mardi 28 mars à 14h ?", "kyipar-ask", None),
    ("Tuesday March 14 at 9am my time?", "stony-ask", None),
    ("Tuesday 4 April at 1pm my time?", "mnlsyd-ask", None),
    ("¿El martes 4 de abril a las 10, mi hora?", "limscl-ask", None),
    ("Tuesday 31 October at 8am?", "mnllon-ask", None),
    # A length with no window, or beside a vague one.
    ("Pick any 20 mins in there.", "sto-ask", None),
    ("Wednesday afternoon, any 20 minutes, or Thursday at 10?", "prg-ask", None),
    ("Free 2-4 some day next week, grab any 20 mins, and Tuesday at 9 too.", "kyi-ask", None),
    # A pick hedged beyond "unless something comes up": not yet a yes.
    (
        "Martedì alle 10 dovrebbe andare, ma te lo confermo domani, salvo imprevisti.",
        "prgrom-two",
        OTH,
    ),
    ("Mercredi 15h, peut-être, sauf imprévu ; je vous redis.", "kyipar-two", None),
    ("Probably Wednesday at 3, unless something comes up. Will confirm Monday.", "sto-two", None),
    ("Quizá el martes a las 10, salvo imprevistos; te confirmo.", "lim-two", OTH),
    # A move with no new time, because of the clock change.
    (
        "The clocks change on Sunday and 10 is now too early for me. Could we find another time?",
        "stooct-ok",
        R,
    ),
    (
        "Durch die Zeitumstellung passt mir 10 Uhr nicht mehr. Können wir einen anderen Termin"
        " finden?",
        "limber-ok",
        R,
    ),
    ("Door de zomertijd past het mij niet meer. Kan het op een ander moment?", "mnlams-ok", R),
    (
        "Are you a student or already working in the field? Either way, next week is busy for me.",
        "mnl-ask",
        OTH,
    ),
]

# Clear rows the reader leaves in doubt at the end of this hunt (tested as doubted).
_SAME_CLOCK = (
    "`clock_change_after_writing`: a sender on the user's offset at writing may be on a zone"
    " that does not change (Lagos for +01:00, Cairo for +02:00)"
)
LEFT_IN_DOUBT: dict[str, str] = {
    "Sorry, something came up on Tuesday. Could we move to Thursday 30 March at 11am"
    " instead?": _SAME_CLOCK,
    "Could we move it to Wednesday 1 November at 2pm?": _SAME_CLOCK,
    "Tuesday 28 March I'm free 1-3pm, pick any 20 mins in there, or Wednesday 29 March at 10.": (
        _SAME_CLOCK
    ),
    "Wednesday 29 March between 9 and 11, grab any half hour; otherwise Friday 31 March at"
    " 4pm.": _SAME_CLOCK,
    "Thursday 30 March at 2pm, or Friday 31 March anywhere from 10 to 12 (any 20 minutes in"
    " there).": _SAME_CLOCK,
    "Mardi 28 mars entre 14h et 16h (votre heure), prenez 20 minutes où vous voulez, ou"
    " mercredi 29 mars à 10h (votre heure).": "`user_zone_unplaced`",
    "Confirmed, see you Tuesday at 10 (unless something urgent comes up, in which case I'll"
    " let you know).": "`pick_beside_other_times`",
}

# Rows found certain but wrong and left (strict xfails).
WRONG_LEFT: dict[str, str] = {
    "Door de zomertijd past het mij niet meer. Kan het op een ander moment?": "Dutch 'kan"
    " het op een ander moment' is no move cue: read as a certain `other`, not a reschedule",
}


def _expected(starts: list[Start], zone: ZoneInfo) -> list[datetime]:
    out = []
    for s in starts:
        if isinstance(s[0], str):
            at = datetime(2028, *s[1:], tzinfo=ZoneInfo(s[0]))  # type: ignore[arg-type]
            out.append(at.astimezone(zone).replace(tzinfo=None))
        else:
            out.append(datetime(2028, *s))  # type: ignore[arg-type]
    return sorted(out)


def _read(body: str, setting: str) -> tuple[Verdict, ZoneInfo]:
    zone, when, quote, _ = _setting(setting)
    return read_reply(body, tz=zone, date=when, quote=quote), zone


def classify(want: Row) -> str:
    """'right', 'WRONG' or 'doubted': how the reader reads one clear row."""
    verdict, zone = _read(want[0], want[1])
    return reading(verdict, zone, want[2], _expected(want[3], zone))


def classify_miss(miss: Miss) -> str:
    """'doubted', 'safe' (certain, harmless) or 'WRONG' for one near miss."""
    verdict, _ = _read(miss[0], miss[1])
    return miss_reading(verdict, () if miss[2] is None else (miss[2],))


@pytest.mark.parametrize(("body", "setting", "intent", "starts"), pinned(ROWS, WRONG_LEFT))
def test_clear_reply_is_read_right(
    body: str, setting: str, intent: Intent, starts: list[Start]
) -> None:
    verdict, zone = _read(body, setting)
    seen = (verdict.intent, local_starts(verdict, zone), doubt_codes(verdict))
    if body in LEFT_IN_DOUBT:
        assert not verdict.certain, seen
        return
    assert verdict.certain, seen
    assert reading(verdict, zone, intent, _expected(starts, zone)) == "right", seen


@pytest.mark.parametrize(("body", "setting", "safe"), pinned(NEAR_MISSES, WRONG_LEFT))
def test_near_miss_stays_safe(body: str, setting: str, safe: Intent | None) -> None:
    verdict, zone = _read(body, setting)
    assert_near_miss_safe(verdict, zone, safe)
    assert verdict.scheduling_link is None


def test_table_is_large_enough() -> None:
    assert len(ROWS) + len(NEAR_MISSES) >= 80
    assert not set(LEFT_IN_DOUBT) - {r[0] for r in ROWS}
    assert not set(WRONG_LEFT) - {r[0] for r in ROWS} - {m[0] for m in NEAR_MISSES}
