"""Round 60 part B on replies_blind61 (coverage): doubts a careful reader would not have.

A user in Bogotá (UTC-5 all year), spring 2031, replies written in mid-March. Sentences of
our own, each the shape of a doubted reply of the set:

- "sinds 3 maart", "seit dem 3. März", "depuis le 3 mars": a day past by its own word is no
  slip of the date (English "since" may be a because, and stays doubted).
- "giovedì e martedì compresi", "incluidos el martes y el jueves": a no whose days are
  examples of a wider one turns the chat down, not one offer ("fino a giovedì compreso" is
  the end of a busy spell, and stays doubted).
- "Depois a gente marca de novo, tá?": a Portuguese nod closing a cancel asks nothing.
- "o Rui Campos, que copiei aqui": the person copied in, named before the relative.
- "El dv., 14 de març 2031 a les 16:45, … va escriure:": Gmail's Catalan quote header.
- "el lunes 24 a las 9": a weekday with its day of the month before a clock says its week.
- "ab Montag, dem\\n17. März, wieder erreichbar": the day back, weekday first.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_read_right,
    doubt_codes,
    local_starts,
    pinned,
    read_reply,
)
from workflows.stages import Intent
from workflows.understanding import Verdict

BOGOTA = ZoneInfo("America/Bogota")
A, P, N, C, REF, OTH = (
    Intent.ACCEPT,
    Intent.PROPOSE_TIMES,
    Intent.DECLINE,
    Intent.CANCEL,
    Intent.REFERRAL,
    Intent.OTHER,
)

# The user's three offers, on the user's clock (Bogotá).
OFFERS = (
    "\n\nOn Fri, Mar 14, 2031 at 4:45 PM Ada Obi <ada@example.com> wrote:\n"
    "> Would one of these suit you for 20 minutes? All Bogotá time (UTC-5):\n"
    "> - Tuesday 25 March, 10:00\n> - Thursday 27 March, 15:00\n"
    "> - Monday 31 March, 09:30\n>\n> Ada\n"
)
# The user's confirmation of Wednesday 19 March at 10:00, Bogotá time.
CONFIRMED = (
    "\n\nEm sex., 14 de mar. de 2031 às 16:45, Ada Obi <ada@example.com> escreveu:\n"
    "> Thanks! Confirmed for Wednesday 19 March, 10:00, Bogotá time.\n>\n> Ada\n"
)
TUESDAY = "Tue, 18 Mar 2031 09:00:00 -0500"


def _read(body: str, quote: str = OFFERS, date: str = TUESDAY, **envelope: str) -> Verdict:
    return read_reply(body, tz=BOGOTA, date=date, quote=quote, **envelope)


# ---- a day past by its own word ("since") ----
SINCE = [
    "Donderdag 27 maart om 15 uur jouw tijd is prima. Ik werk sinds 3 maart vanuit huis, dus "
    "dat past goed.",
    "Donnerstag, 27. März um 15 Uhr Ihrer Zeit passt mir. Ich bin seit dem 3. März im neuen "
    "Team, da habe ich mehr Luft.",
    "Jeudi 27 mars à 15 h chez vous me convient. Je travaille de chez moi depuis le 3 mars, "
    "c'est plus simple.",
]


@pytest.mark.parametrize("body", SINCE)
def test_a_day_since_which_is_no_slip(body: str) -> None:
    assert_read_right(_read(body), BOGOTA, A, [datetime(2031, 3, 27, 15)])


@pytest.mark.parametrize(
    "body",
    [
        # A day just gone, asked for: a slip, or next year's.
        "Thursday 27 March at 3pm doesn't suit, but could we do March 4 at 2pm instead?",
        "Kan het in plaats daarvan op 4 maart om 14 uur?",
        # English "since" as a because: the day may be the one meant.
        "Since March 4 at 2pm works for both of us, let's keep that one.",
    ],
)
def test_a_day_just_gone_still_doubted(body: str) -> None:
    verdict = _read(body)
    assert not verdict.certain, (verdict.intent, local_starts(verdict, BOGOTA))
    assert "date_just_past" in doubt_codes(verdict)


# ---- a no whose named days are examples of a wider one ----
INCLUDED = [
    "Purtroppo questo mese non riesco a fissare niente, martedì e giovedì compresi. "
    "In bocca al lupo!",
    "Lo siento, este mes no puedo comprometerme a nada, incluidos el martes y el jueves. "
    "¡Mucha suerte!",
    "Sorry, I can't take anything on this month, Tuesday and Thursday included. Good luck!",
]


@pytest.mark.parametrize("body", INCLUDED)
def test_days_named_inside_a_wider_no(body: str) -> None:
    assert_read_right(_read(body), BOGOTA, N, [])


@pytest.mark.parametrize(
    "body",
    [
        # One day, with a part of it included: the other offers stay open.
        "Sorry, Thursday is out for me, including the evening.",
        # Away through Thursday: Monday is after the spell.
        "Mi dispiace, sono via fino a giovedì compreso, non riesco.",
        "El jueves no puedo, lo siento.",
    ],
)
def test_one_day_refused_still_doubted(body: str) -> None:
    verdict = _read(body)
    assert not verdict.certain, verdict.intent
    assert "one_offer_refused" in doubt_codes(verdict) or verdict.intent is not N


# ---- a Portuguese cancel closed by a nod ----
@pytest.mark.parametrize(
    "body",
    [
        "Ada, me desculpa! Não vou conseguir amanhã às 10h, apareceu um problema em casa. "
        "Depois a gente marca de novo, tá?",
        "Desculpa, não vou conseguir amanhã, surgiu uma viagem. Depois combinamos outra vez, né?",
    ],
)
def test_cancel_closed_by_a_nod(body: str) -> None:
    verdict = _read(body, quote=CONFIRMED, date="Tue, 18 Mar 2031 19:30:00 -0300")
    assert_read_right(verdict, BOGOTA, C, [])


def test_nod_on_a_new_day_is_no_plain_cancel() -> None:
    # The nod asks about a day: a move, never a certain cancel.
    verdict = _read(
        "Não vou conseguir amanhã. Quinta às 15h, tá?",
        quote=CONFIRMED,
        date="Tue, 18 Mar 2031 19:30:00 -0300",
    )
    assert not (verdict.certain and verdict.intent is C)


# ---- the person copied in, named before the relative ----
CC = "Cc: Rui Campos <rui.campos@example.com>\n"


@pytest.mark.parametrize(
    "body",
    [
        "Oi Ada, obrigado! Quem cuida de pesquisa aqui é o Rui Campos, que copiei nesta "
        "conversa; ele vai te ajudar bem mais do que eu.",
        "Hola Ada, gracias. Quien lleva investigación aquí es Rui Campos, a quien he copiado; "
        "es mejor persona que yo para esta charla.",
    ],
)
def test_person_copied_by_a_relative(body: str) -> None:
    verdict = _read(body, headers=CC)
    assert_read_right(verdict, BOGOTA, REF, [])
    assert [r.email for r in verdict.referrals] == ["rui.campos@example.com"]


def test_a_thing_copied_names_no_referral() -> None:
    # The link was copied, not the person.
    verdict = _read(
        "Oi Ada, segue o link que copiei aqui; o Rui Campos também pode dar uma olhada.",
        headers=CC,
    )
    assert not verdict.certain, verdict.intent


# ---- Gmail's Catalan quote header ----
CATALAN_QUOTE = (
    "\n\nEl dv., 14 de març 2031 a les 16:45, Ada Obi (<ada@example.com>) va escriure:\n"
    "> Would Tuesday 25 March at 10:00 or Thursday 27 March at 15:00 (Bogotá time) suit you?\n"
)


def test_catalan_quote_header_is_no_offer() -> None:
    verdict = _read(
        "Hola Ada, abans de res, em podries enviar el teu CV i dir-me què busques? Després ja "
        "en parlarem.",
        quote=CATALAN_QUOTE,
    )
    assert verdict.certain, doubt_codes(verdict)
    assert not verdict.proposed_times
    assert verdict.intent is OTH


# ---- a weekday with its day of the month before a clock ----
# Offers a fortnight out, the reply early in March: "el lunes 10" is the week before the
# user's Monday, and a day of the month under 13 may be a clock unless one follows it.
EARLY_OFFERS = (
    "\n\nEl lun, 3 mar 2031 a las 8:00, Ada Obi (<ada@example.com>) escribió:\n"
    "> ¿Tendrías 20 minutos? Todo en hora de Bogotá (UTC-5):\n"
    "> - martes 11 de marzo, 11:00\n> - lunes 17 de marzo, 09:30\n>\n> Ada\n"
)
CDMX_DATE = "Wed, 5 Mar 2031 18:00:00 -0600"


def test_weekday_and_day_before_a_clock_is_no_other_date() -> None:
    verdict = _read(
        "Qué tal Ada, con gusto. Esas dos opciones me chocan con juntas. ¿Te late el lunes\n"
        "10 a las 9 de acá (CDMX)? Para ti serían las 10.",
        quote=EARLY_OFFERS,
        date=CDMX_DATE,
    )
    assert_read_right(verdict, BOGOTA, P, [datetime(2031, 3, 10, 10)])


def test_bare_weekday_a_week_early_still_doubted() -> None:
    verdict = _read(
        "Con gusto, ¿te late el lunes a las 11 de acá (CDMX) mejor?",
        quote=EARLY_OFFERS,
        date=CDMX_DATE,
    )
    assert not verdict.certain, (verdict.intent, local_starts(verdict, BOGOTA))


# ---- the day back, weekday first ----
AUTO = "Auto-Submitted: auto-replied\n"


def test_back_from_weekday_then_day() -> None:
    verdict = _read(
        "Danke für Ihre Nachricht. Ich bin bis einschließlich 21. März nicht im Büro und ab "
        "Montag, dem\n24. März, wieder erreichbar.",
        quote="",
        headers=AUTO,
        date="Tue, 18 Mar 2031 15:00:00 +0100",
    )
    assert verdict.intent is Intent.OUT_OF_OFFICE
    assert verdict.return_date == date(2031, 3, 24)


def test_absence_from_weekday_then_day_is_no_return() -> None:
    verdict = _read(
        "Danke für Ihre Nachricht. Ab Montag, dem\n24. März, bin ich im Urlaub, bis "
        "einschließlich 4. April.",
        quote="",
        headers=AUTO,
        date="Tue, 18 Mar 2031 15:00:00 +0100",
    )
    assert verdict.return_date != date(2031, 3, 24)


# ---- left in doubt: the reading itself is wrong, and the doubt is what keeps it safe ----
BUSY_TILL = (
    "Contame un poco más qué buscás y mandame tu CV, y después vemos. Estoy tapada hasta el "
    "jueves a las 17, pero leo todo."
)
OTHER_SIDE = (
    "Monday 31st 9:30am your time is 1:30am Tuesday for me, so that one's a no. But Thursday "
    "27th 3pm Bogotá = Friday 7am Sydney, which is fine - let's lock it in."
)
LEFT = {
    BUSY_TILL: "the end of a busy spell is read as an offer, which offer_on_day_busy_until"
    " doubts (round 60 B left it: the doubt can only go once the offer is not read)",
}
# OTHER_SIDE is read right since round 60 A: "is 1:30am Tuesday for me" puts the refused offer
# in the sender's night, a conflict, so only Thursday's time is taken.
# body, Date header (the sender's clock), intent, starts on the user's clock
LEFT_ROWS = [
    (BUSY_TILL, "Tue, 18 Mar 2031 21:00:00 -0300", OTH, []),
    (OTHER_SIDE, "Tue, 18 Mar 2031 20:00:00 +1100", A, [datetime(2031, 3, 27, 15)]),
]


@pytest.mark.parametrize(("body", "date", "intent", "starts"), pinned(LEFT_ROWS, LEFT))
def test_left_in_doubt(body: str, date: str, intent: Intent, starts: list[datetime]) -> None:
    assert_read_right(_read(body, date=date), BOGOTA, intent, starts)


@pytest.mark.parametrize(("body", "date"), [(r[0], r[1]) for r in LEFT_ROWS if r[0] in LEFT])
def test_left_rows_stay_doubted(body: str, date: str) -> None:
    assert not _read(body, date=date).certain
