"""Precision hunt 18: away, back, and later.

Hand-written absences that ask to talk once the sender is back, a time offered on top of an
absence notice, a no beside an absence, and the return day written as a bare day of the month
or as the end of a range. Sentences of our own, in seven languages, with near misses.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_OFFSETS = {"America/New_York": "-0400", "America/Sao_Paulo": "-0300"}
_AUTO = "Auto-Submitted: auto-replied\n"
_OFFERS = (
    "\n\nOn Fri, Mar 7, 2025 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would Tue Mar 11 at 2pm or Thu Mar 13 at 10am ET work for a chat?\n> Ada\n"
)


def _read(zone: str, body: str, *, headers: str = "", quote: str = "") -> Verdict:
    """The verdict for a user in ``zone`` on a reply sent from that zone on Monday 10 March 2025."""
    date_header = f"Mon, 10 Mar 2025 10:00:00 {_OFFSETS.get(zone, '+0100')}"
    return read_reply(body, tz=ZoneInfo(zone), date=date_header, headers=headers, quote=quote)


_TALK_ONCE_BACK = [
    ("America/New_York", "OOO until the 12th, happy to chat after.", date(2025, 3, 13)),
    ("America/New_York", "Thx! Im OOO thru 3/14, can we talk the week after?", date(2025, 3, 15)),
    (
        "America/New_York",
        "Hi! I'm out on vacation this week but back Monday 3/17 - let's find a time then.",
        date(2025, 3, 17),
    ),
    ("Europe/Paris", "je suis en vacances jusqu'au 21 mars, on peut se reparler après ?",
     date(2025, 3, 22)),
    ("Europe/Paris", "Absent jusqu'au 12, on en reparle après ?", date(2025, 3, 13)),
    ("Europe/Madrid", "Estoy de vacaciones hasta el 14 de marzo. Hablamos a la vuelta.",
     date(2025, 3, 15)),
    ("Europe/Rome", "Sono in ferie fino al 14 marzo, ne parliamo al rientro?", date(2025, 3, 15)),
    ("America/Sao_Paulo", "Estou de férias até 14 de março, conversamos na volta?",
     date(2025, 3, 15)),
    ("Europe/Amsterdam", "Ik ben op vakantie tot 14 maart, zullen we daarna bellen?",
     date(2025, 3, 15)),
]  # fmt: skip


@pytest.mark.parametrize(("zone", "body", "back"), _TALK_ONCE_BACK)
def test_an_absence_that_asks_to_talk_once_back_is_a_defer(
    zone: str, body: str, back: date
) -> None:
    verdict = _read(zone, body)
    assert verdict.intent is Intent.DEFER
    assert verdict.certain
    assert verdict.return_date == back


_WRITE_AGAIN_THEN = [
    ("America/New_York", "I'm back Monday March 24, try me then.", date(2025, 3, 24)),
    ("Europe/Berlin", "Ich bin ab dem 24. wieder da, melden Sie sich dann.", date(2025, 3, 24)),
    ("Europe/Berlin", "Zurück am 24.3., melden Sie sich dann.", date(2025, 3, 24)),
    ("America/Sao_Paulo", "Volto dia 24, me chama então.", date(2025, 3, 24)),
    ("Europe/Rome", "Rientro il 24, scrivimi allora.", date(2025, 3, 24)),
]


@pytest.mark.parametrize(("zone", "body", "back"), _WRITE_AGAIN_THEN)
def test_write_to_me_then_is_a_defer_to_the_day_back(zone: str, body: str, back: date) -> None:
    verdict = _read(zone, body)
    assert verdict.intent is Intent.DEFER
    assert verdict.certain
    assert verdict.return_date == back


def test_follow_up_the_week_of_a_day_is_a_defer() -> None:
    verdict = _read("America/New_York", "Out next week - could you follow up the week of the 24th?")
    assert verdict.intent is Intent.DEFER
    assert verdict.certain


_ABSENCE_ONLY = [
    # no ask: an absence, by hand or from an autoresponder
    ("America/New_York", "I'm on vacation through Mar 14.", "", date(2025, 3, 15)),
    ("Europe/Paris", "Je suis absent du bureau. De retour le 24 mars.", _AUTO, date(2025, 3, 24)),
    ("Europe/Rome", "Sono fuori ufficio. Rientro il 24.", _AUTO, date(2025, 3, 24)),
    ("Europe/Berlin", "Ich bin nicht im Büro. Zurück am 24.3.", _AUTO, date(2025, 3, 24)),
    # "talk then" in an autoresponder's own words stays the notice
    (
        "America/New_York",
        "I'm out of the office until March 14. Please reach out again after.",
        _AUTO,
        date(2025, 3, 15),
    ),
]


@pytest.mark.parametrize(("zone", "body", "headers", "back"), _ABSENCE_ONLY)
def test_an_absence_with_no_ask_stays_out_of_office(
    zone: str, body: str, headers: str, back: date
) -> None:
    verdict = _read(zone, body, headers=headers)
    assert verdict.intent is Intent.OUT_OF_OFFICE
    assert verdict.certain
    assert verdict.return_date == back


@pytest.mark.parametrize(
    "body",
    [
        "Thursday at 10 works, talk then!",
        "Thursday 10am works - happy to chat then.",
    ],
)
def test_talk_then_under_a_pick_stays_an_accept(body: str) -> None:
    verdict = _read("America/New_York", body, quote=_OFFERS)
    assert verdict.intent is Intent.ACCEPT
    assert verdict.certain


_OFFER_ON_A_NOTICE = [
    (
        "America/New_York",
        "Sorry, auto-reply below, but Tue Mar 25 at 2pm works if you're free!\n\n"
        "I am out of the office until March 21.",
    ),
    (
        "Europe/Paris",
        "Désolé pour la réponse automatique : le mardi 25 mars à 14h me va.\n\n"
        "Je suis absent du bureau jusqu'au 21 mars.",
    ),
    (
        "Europe/Madrid",
        "Perdona la respuesta automática: el martes 25 de marzo a las 14:00 me va bien.\n\n"
        "Estoy fuera de la oficina hasta el 21 de marzo.",
    ),
]


@pytest.mark.parametrize(("zone", "body"), _OFFER_ON_A_NOTICE)
def test_a_time_offered_on_top_of_an_absence_notice_is_doubted(zone: str, body: str) -> None:
    verdict = _read(zone, body, headers=_AUTO)
    assert not verdict.certain
    assert "offer_in_absence_notice" in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "I'm out on leave and not taking any meetings, sorry.",
        "Unfortunately I'm on vacation until March 21.",
        "I'm afraid I'm out of the office that week.",
    ],
)
def test_a_no_beside_a_hand_written_absence_is_doubted(body: str) -> None:
    verdict = _read("America/New_York", body, quote=_OFFERS)
    assert not verdict.certain
    assert "contradicting_intent_cues" in doubt_codes(verdict)


_RETURN_DAYS = [
    ("America/New_York", "I'm away March 12-14; happy to chat after.", date(2025, 3, 15)),
    ("America/New_York", "I'm on leave from March 12 to March 21 - could we talk after?",
     date(2025, 3, 22)),
    ("Europe/Berlin", "Bin bis zum 12. im Urlaub, danach gerne!", date(2025, 3, 13)),
    ("Europe/Rome", "Sono in ferie fino al 14. Ne parliamo dopo!", date(2025, 3, 15)),
    ("Europe/Rome", "Sono sommerso fino a fine mese, ricontattami ad aprile.", date(2025, 4, 1)),
    ("Europe/Paris", "Je serai en congés du 12 au 21 mars, on en reparle après ?",
     date(2025, 3, 22)),
    # near misses: a return cue keeps its day over a range's end
    ("America/New_York", "I'm away March 12-14 and back the 17th, ping me then.",
     date(2025, 3, 17)),
    ("Europe/Paris", "En congés du 12 au 21 mars, de retour le 24 : recontactez-moi alors.",
     date(2025, 3, 24)),
]  # fmt: skip


@pytest.mark.parametrize(("zone", "body", "back"), _RETURN_DAYS)
def test_the_return_day_after_a_bare_day_or_a_range(zone: str, body: str, back: date) -> None:
    verdict = _read(zone, body)
    assert verdict.intent in (Intent.DEFER, Intent.OUT_OF_OFFICE)
    assert verdict.return_date == back
