"""Precision hunt 21: plainly clear replies in the six other languages left uncertain.

"Vendredi me va bien", "el jueves me viene genial", "vrijdag komt goed uit", "sexta funciona
para mim", "va pour jeudi" say a day of the user's suits, as "Friday works" does; "mejor no",
"lieber nicht", "meglio di no", "liever niet" opening a reply are a no, and beside a day they
refuse that day ("Mejor no el jueves; el viernes me va bien" picks no Thursday). "Kein
Interesse", "geen interesse", "non mi interessa" say no interest with no verb. Sentences of our
own, under the user's offers quoted in the reply's language and in English, with near misses.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_THU = datetime(2028, 3, 16, 15, 0)
_FRI = datetime(2028, 3, 17, 10, 0)
_ZONES = {
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
    "de": "Europe/Berlin",
    "it": "Europe/Rome",
    "br": "America/Sao_Paulo",
    "nl": "Europe/Amsterdam",
}
# The user's two offers (Thursday 16 March at 15:00, Friday 17 March at 10:00), as each
# language's mail client quotes them.
_QUOTES = {
    "fr": (
        "Le lun. 13 mars 2028 à 08:00, Ada Obi <ada@example.com> a écrit :",
        "jeudi 16 mars à 15h",
        "vendredi 17 mars à 10h",
    ),
    "es": (
        "El lun, 13 mar 2028 a las 8:00, Ada Obi (<ada@example.com>) escribió:",
        "jueves 16 de marzo a las 15:00",
        "viernes 17 de marzo a las 10:00",
    ),
    "de": (
        "Am Mo., 13. März 2028 um 08:00 schrieb Ada Obi <ada@example.com>:",
        "Donnerstag, 16. März um 15 Uhr",
        "Freitag, 17. März um 10 Uhr",
    ),
    "it": (
        "Il giorno lun 13 mar 2028 alle ore 08:00 Ada Obi <ada@example.com> ha scritto:",
        "giovedì 16 marzo alle 15",
        "venerdì 17 marzo alle 10",
    ),
    "br": (
        "Em seg., 13 de mar. de 2028 às 08:00, Ada Obi <ada@example.com> escreveu:",
        "quinta-feira, 16 de março às 15h",
        "sexta-feira, 17 de março às 10h",
    ),
    "nl": (
        "Op ma 13 mrt 2028 om 08:00 schreef Ada Obi <ada@example.com>:",
        "donderdag 16 maart om 15:00",
        "vrijdag 17 maart om 10:00",
    ),
    "en": (
        "On Mon, Mar 13, 2028 at 8:00 AM Ada Obi <ada@example.com> wrote:",
        "Thursday, March 16 at 3:00 pm",
        "Friday, March 17 at 10:00 am",
    ),
}


def _read(lang: str, body: str, quoted_in: str) -> tuple[Verdict, ZoneInfo]:
    """The verdict on ``body`` above the user's offers quoted in ``quoted_in``, sent Tuesday."""
    tz = ZoneInfo(_ZONES[lang])
    head, thursday, friday = _QUOTES[quoted_in]
    quote = (
        f"\n\n{head}\n> Hi Kai, could we talk for 30 minutes?\n>\n"
        f"> - {thursday}\n> - {friday}\n>\n> Ada\n"
    )
    offset = "-0300" if lang == "br" else "+0100"
    return read_reply(body, tz=tz, date=f"Tue, 14 Mar 2028 09:00:00 {offset}", quote=quote), tz


# Cause 1: a day of the user's said to suit, in the other languages' words.
_DAY_SUITS = [
    ("fr", "Vendredi me va bien.", _FRI),
    ("fr", "vendredi c'est bon pour moi", _FRI),
    ("fr", "va pour jeudi", _THU),
    ("fr", "OK pour jeudi, à bientôt", _THU),
    ("es", "El viernes me viene bien", _FRI),
    ("es", "Hola Ada,\nel jueves me viene genial.\nUn saludo,\nKai", _THU),
    ("es", "Jueves está bien", _THU),
    ("it", "ok per giovedì", _THU),
    ("br", "Sexta funciona pra mim", _FRI),
    ("nl", "vrijdag komt goed uit", _FRI),
    ("nl", "Donderdag komt mij goed uit!", _THU),
]


@pytest.mark.parametrize("quoted_in", ["same", "en"])
@pytest.mark.parametrize(("lang", "body", "start"), _DAY_SUITS)
def test_a_day_said_to_suit_picks_that_offer(
    lang: str, body: str, start: datetime, quoted_in: str
) -> None:
    verdict, tz = _read(lang, body, lang if quoted_in == "same" else "en")
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, tz) == [start]


# Cause 2: a short no opening the reply, or no interest said with no verb.
_SHORT_NO = [
    ("fr", "Je préfère ne pas, désolé."),
    ("fr", "Non merci, ce n'est pas pour moi."),
    ("es", "mejor no, lo siento"),
    ("es", "Gracias, pero voy a pasar."),
    ("de", "lieber nicht, sorry"),
    ("de", "Kein Interesse, danke."),
    ("it", "meglio di no, scusa"),
    ("it", "Grazie, ma devo rinunciare."),
    ("it", "Non mi interessa, grazie."),
    ("br", "vou ter que passar, foi mal"),
    ("br", "Valeu, mas não vou conseguir."),
    ("nl", "liever niet, sorry"),
    ("nl", "Geen interesse, dank je."),
]


@pytest.mark.parametrize("quoted_in", ["same", "en"])
@pytest.mark.parametrize(("lang", "body"), _SHORT_NO)
def test_a_short_no_declines(lang: str, body: str, quoted_in: str) -> None:
    verdict, _ = _read(lang, body, lang if quoted_in == "same" else "en")
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.DECLINE


# Cause 3: "mejor no" beside a day refuses that day; the day after it is the one said to suit.
_REFUSED_THEN_SUITS = [
    ("es", "Mejor no el jueves; el viernes me va bien."),
    ("de", "Lieber nicht Donnerstag. Freitag passt mir gut."),
    ("nl", "Liever niet donderdag; vrijdag komt goed uit."),
]


@pytest.mark.parametrize(("lang", "body"), _REFUSED_THEN_SUITS)
def test_a_day_refused_with_a_short_no_is_never_the_one_picked(lang: str, body: str) -> None:
    verdict, tz = _read(lang, body, lang)
    assert _THU not in local_starts(verdict, tz)
    assert not verdict.certain or local_starts(verdict, tz) == [_FRI]


# Near misses: a question to the user, a day that does not suit, "pasar" that stops by, a
# "mejor" that offers, and an outright pick that keeps its reading.
_NOT_A_YES = [
    ("es", "¿Te va bien el viernes?"),
    ("es", "No me va bien el jueves."),
    ("nl", "vrijdag komt niet goed uit"),
    ("nl", "Komt donderdag goed uit?"),
    ("br", "Sexta funciona pra você?"),
    ("fr", "Vendredi ne me va pas bien."),
]


@pytest.mark.parametrize(("lang", "body"), _NOT_A_YES)
def test_a_question_or_a_no_is_no_certain_accept(lang: str, body: str) -> None:
    verdict, _ = _read(lang, body, lang)
    assert not (verdict.certain and verdict.intent is Intent.ACCEPT)


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("es", "Voy a pasar por tu oficina el jueves."),
        ("de", "Lieber nicht am Freitag."),
    ],
)
def test_a_no_tied_to_a_day_or_a_visit_is_no_certain_decline_of_the_chat(
    lang: str, body: str
) -> None:
    verdict, _ = _read(lang, body, lang)
    assert not (verdict.certain and verdict.intent is Intent.DECLINE)


@pytest.mark.parametrize(
    ("lang", "body", "start"),
    [
        ("es", "mejor el miercoles a las 14h", datetime(2028, 3, 15, 14, 0)),
        ("de", "Freitag passt mir gut", _FRI),
        ("fr", "vendredi ça me va", _FRI),
    ],
)
def test_offers_and_picks_keep_their_reading(lang: str, body: str, start: datetime) -> None:
    verdict, tz = _read(lang, body, lang)
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, tz) == [start]
