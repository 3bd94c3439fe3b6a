"""Precision hunt 7: whole replies in French, Spanish, German, Italian, Portuguese and Dutch.

Weekday and date words must land on the right day: a day of the month written after the
weekday with a comma or an article ("Quarta-feira, 16", "Mittwoch, 16.", "dinsdag de 15e") is
that date; one that falls on another weekday ("martedì 16" when the 16th is a Wednesday) is a
slip the reader doubts; "jeudi de la semaine prochaine" is next week's Thursday; a weekday
marked "next" that still comes this week ("giovedì prossimo" on a Tuesday) is this week's to
some natives and next week's to others, so it is doubted. Flemish "9u30" is 9:30; a clock
written right after a part of the day at its end ("por la tarde, a las 17h") narrows it. The
short no natives write ("ich habe derzeit kein Interesse", "no me va a ser posible") is a
decline, and a promise to come back next week a defer. Sentences of our own, under localized
quote headers above the user's English outreach, each cause with near misses.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_PARIS = ZoneInfo("Europe/Paris")
_THU_3 = datetime(2029, 5, 10, 15, 0)
_FRI_10 = datetime(2029, 5, 11, 10, 0)
_HEADERS = {
    "fr": "Le lun. 7 mai 2029 à 09:00, Ada Obi <ada@example.com> a écrit :",
    "es": "El lun, 7 may 2029 a las 9:00, Ada Obi (<ada@example.com>) escribió:",
    "de": "Am Mo., 7. Mai 2029 um 09:00 Uhr schrieb Ada Obi <ada@example.com>:",
    "it": "Il giorno lun 7 mag 2029 alle ore 09:00 Ada Obi <ada@example.com> ha scritto:",
    "pt": "Em seg., 7 de mai. de 2029 às 09:00, Ada Obi <ada@example.com> escreveu:",
    "nl": "Op ma 7 mei 2029 om 09:00 schreef Ada Obi <ada@example.com>:",
    "en": "On Mon, May 7, 2029 at 9:00 AM Ada Obi <ada@example.com> wrote:",
}
_OFFERS = (
    "> Could we talk for 30 minutes? Either of these would suit me:\n>\n"
    "> - Thursday, May 10 at 3:00 pm\n> - Friday, May 11 at 10:00 am\n>\n> (Paris time)\n"
)


def _day(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2029, 5, day, hour, minute)


def _read(lang: str, body: str) -> Verdict:
    """``body`` written on Tuesday 8 May 2029 above the user's outreach of the Monday."""
    quote = f"\n\n{_HEADERS[lang]}\n{_OFFERS}"
    return read_reply(body, tz=_PARIS, date="Tue, 08 May 2029 10:00:00 +0200", quote=quote)


def _assert_reads(lang: str, body: str, intent: Intent, starts: list[datetime]) -> None:
    verdict = _read(lang, body)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is intent
    assert local_starts(verdict, _PARIS) == starts


@pytest.mark.parametrize(
    ("lang", "body", "start"),
    [
        ("pt", "Esta semana está complicada. Quarta-feira, 16, às 9h30 funciona para você?",
         _day(16, 9, 30)),
        ("pt", "Pode ser terça, dia 15, às 11h?", _day(15, 11)),
        ("fr", "Je propose mercredi, 16, à 14h30.", _day(16, 14, 30)),
        ("de", "Passt Ihnen Mittwoch, 16., um 14 Uhr?", _day(16, 14)),
        ("es", "¿Le va bien el martes, 15, a las 11?", _day(15, 11)),
        ("nl", "Schikt woensdag de 16e om 14u?", _day(16, 14)),
        ("en", "Wednesday, the 16th at 9:30 works for you?", _day(16, 9, 30)),
    ],
)  # fmt: skip
def test_a_day_of_the_month_after_a_weekday_and_a_comma_is_that_date(
    lang: str, body: str, start: datetime
) -> None:
    _assert_reads(lang, body, Intent.PROPOSE_TIMES, [start])


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("fr", "Mercredi 17 à 10h ?"),
        ("es", "¿El martes 16 a las 10?"),
        ("de", "Am Dienstag, 16., um 10?"),
        ("it", "Martedì 16 alle 10?"),
        ("pt", "Terça, dia 16, às 10h?"),
        ("nl", "Dinsdag 16 om 10 uur?"),
    ],
)
def test_a_weekday_and_a_day_of_the_month_that_disagree_are_doubted(lang: str, body: str) -> None:
    verdict = _read(lang, body)
    assert not verdict.certain
    assert "weekday_against_date" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("lang", "body", "intent", "starts"),
    [
        # Near misses: a number that may be the hour, or a date on its own weekday.
        ("nl", "Donderdag 15u is perfect voor mij, tot dan!", Intent.ACCEPT, [_THU_3]),
        ("it", "Martedì 15 alle 11 le va bene?", Intent.PROPOSE_TIMES, [_day(15, 11)]),
        ("fr", "Je suis libre lundi de 14 à 16h.", Intent.PROPOSE_TIMES, [_day(14, 14)]),
        ("de", "Donnerstag 15 Uhr passt mir gut.", Intent.ACCEPT, [_THU_3]),
    ],
)  # fmt: skip
def test_a_weekday_beside_an_hour_or_its_own_date_keeps_its_reading(
    lang: str, body: str, intent: Intent, starts: list[datetime]
) -> None:
    _assert_reads(lang, body, intent, starts)


@pytest.mark.parametrize(
    ("lang", "body", "start"),
    [
        ("fr", "Jeudi de la semaine prochaine à 14h ?", _day(17, 14)),
        ("es", "¿Qué tal el jueves de la semana que viene a las 16:00?", _day(17, 16)),
        ("de", "Donnerstag der nächsten Woche um 16 Uhr?", _day(17, 16)),
        ("it", "Giovedì della settimana prossima alle 16?", _day(17, 16)),
        ("pt", "Que tal quinta-feira da próxima semana às 16h?", _day(17, 16)),
        ("nl", "Donderdag volgende week om 16 uur?", _day(17, 16)),
    ],
)
def test_a_weekday_of_next_week_is_in_next_week(lang: str, body: str, start: datetime) -> None:
    _assert_reads(lang, body, Intent.PROPOSE_TIMES, [start])


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("fr", "Pourrait-on faire jeudi prochain à 14h ?"),
        ("de", "Können wir nächsten Donnerstag um 14 Uhr machen?"),
        ("es", "¿Podemos el jueves que viene a las 14:00?"),
        ("it", "Possiamo giovedì prossimo alle 14?"),
        ("pt", "Podemos na próxima quinta às 14h?"),
        ("nl", "Kan volgende donderdag om 14 uur?"),
        ("en", "Could we do next Thursday at 2pm instead?"),
    ],
)
def test_next_weekday_still_ahead_this_week_is_doubted(lang: str, body: str) -> None:
    verdict = _read(lang, body)
    assert not verdict.certain
    assert "next_weekday_two_weeks" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("lang", "body", "start"),
    [
        # Near misses: a weekday already past this week, tomorrow, or one with its date.
        ("fr", "Pourrait-on faire lundi prochain à 14h ?", _day(14, 14)),
        ("it", "Possiamo lunedì prossimo alle 14?", _day(14, 14)),
        ("de", "Nächsten Dienstag um 14 Uhr?", _day(15, 14)),
        ("it", "Possiamo mercoledì prossimo alle 14?", _day(16, 14)),
        ("pt", "Quarta que vem às 14h?", _day(16, 14)),
        ("nl", "Kan volgende woensdag om 14 uur?", _day(16, 14)),
        ("fr", "Jeudi prochain 17 mai à 14h ?", _day(17, 14)),
    ],
)  # fmt: skip
def test_next_weekday_with_one_reading_is_next_weeks(lang: str, body: str, start: datetime) -> None:
    _assert_reads(lang, body, Intent.PROPOSE_TIMES, [start])


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Maandag 14/5 om 9u30?", _day(14, 9, 30)),
        ("Maandag om 15u45?", _day(14, 15, 45)),
        ("Kan maandag om 9u?", _day(14, 9)),
    ],
)
def test_a_flemish_clock_keeps_its_minutes(body: str, start: datetime) -> None:
    _assert_reads("nl", body, Intent.PROPOSE_TIMES, [start])


@pytest.mark.parametrize(
    ("lang", "body", "starts"),
    [
        ("es", "Mejor el lunes 14 por la tarde, a las 17h.", [_day(14, 17)]),
        ("de", "Am Montag nachmittags, um 17 Uhr?", [_day(14, 17)]),
        ("it", "Lunedì pomeriggio, alle 17?", [_day(14, 17)]),
        ("pt", "Segunda à tarde, às 17h?", [_day(14, 17)]),
        ("en", "Monday afternoon at 5pm?", [_day(14, 17)]),
        # Near miss: "or" offers both.
        ("en", "Monday morning or 12pm?", [_day(14, 9), _day(14, 12)]),
    ],
)  # fmt: skip
def test_a_clock_at_the_end_of_a_part_of_the_day_narrows_it(
    lang: str, body: str, starts: list[datetime]
) -> None:
    _assert_reads(lang, body, Intent.PROPOSE_TIMES, starts)


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("de", "Vielen Dank, aber ich habe derzeit kein Interesse."),
        ("nl", "Hoi, ik heb geen interesse, bedankt."),
        ("it", "Ti ringrazio, ma non sono interessata."),
        ("pt", "Obrigado, mas não temos interesse no momento."),
        ("fr", "Je ne suis pas intéressé, merci."),
        ("es", "Muchas gracias, pero no me interesa."),
        ("fr", "Merci pour ta proposition, mais ça ne va pas être possible pour moi."),
        ("es", "Le agradezco el interés, pero no me va a ser posible."),
        ("es", "Por desgracia no voy a poder, lo siento."),
        ("es", "Lo siento, pero tendré que declinar la invitación."),
        ("it", "Gentile Ada, la ringrazio ma al momento non ho disponibilità."),
        ("it", "Grazie ma passo."),
        ("pt", "Agradeço o convite, mas vou ter de recusar."),
        ("pt", "Lamento, mas não me é possível."),
        ("pt", "Valeu, mas vou passar essa."),
        ("nl", "Sorry, ik ga dit keer passen."),
        ("nl", "Bedankt, maar ik sla even over."),
    ],
)
def test_a_short_native_no_is_a_decline(lang: str, body: str) -> None:
    _assert_reads(lang, body, Intent.DECLINE, [])


@pytest.mark.parametrize(
    ("lang", "body", "intent", "starts"),
    [
        # Near misses: the no is about one time, and another is picked; "passen" as "suit".
        ("es", "El jueves no voy a poder, pero el viernes a las 10 perfecto.", Intent.ACCEPT,
         [_FRI_10]),
        ("it", "Giovedì non posso, venerdì alle 10 invece va benissimo.", Intent.ACCEPT,
         [_FRI_10]),
        ("nl", "Vrijdag om 10 uur zou goed moeten passen.", Intent.ACCEPT, [_FRI_10]),
    ],
)  # fmt: skip
def test_a_no_to_one_time_beside_a_pick_stays_a_pick(
    lang: str, body: str, intent: Intent, starts: list[datetime]
) -> None:
    _assert_reads(lang, body, intent, starts)


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("fr", "Je suis en déplacement cette semaine. Je reviens vers vous la semaine prochaine."),
        ("de", "Ich bin diese Woche unterwegs, melde mich aber nächste Woche bei dir."),
        ("it", "Sono in viaggio questa settimana, ti riscrivo la prossima."),
        ("pt", "Estou viajando esta semana, te escrevo na semana que vem."),
        ("nl", "Ik zit deze week op reis, ik kom er volgende week op terug."),
    ],
)
def test_a_promise_to_write_back_next_week_is_a_defer(lang: str, body: str) -> None:
    _assert_reads(lang, body, Intent.DEFER, [])


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("fr", "Jeudi en huit à 10h ?"),
        ("de", "Übernächsten Donnerstag um 10?"),
        ("de", "Dienstag in einer Woche um 10 Uhr?"),
        ("es", "¿El jueves de la otra semana a las 10?"),
        ("it", "Giovedì della settimana dopo alle 10?"),
        ("pt", "Quinta-feira da outra semana às 10h?"),
        ("nl", "Donderdag over een week om 10 uur?"),
        ("nl", "Over twee weken donderdag om 10 uur?"),
    ],
)
def test_a_weekday_a_week_past_the_next_is_doubted(lang: str, body: str) -> None:
    verdict = _read(lang, body)
    assert not verdict.certain
    assert "two_readings_of_time" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("lang", "body", "start"),
    [
        # Near misses: next week, tomorrow's and the day after's words, plainly.
        ("de", "Nächste Woche Donnerstag um 10?", _day(17, 10)),
        ("fr", "Après-demain à 10h ?", _day(10, 10)),
        ("nl", "Overmorgen om 10 uur?", _day(10, 10)),
        ("pt", "Depois de amanhã às 10h?", _day(10, 10)),
    ],
)  # fmt: skip
def test_next_week_and_the_day_after_tomorrow_keep_their_reading(
    lang: str, body: str, start: datetime
) -> None:
    _assert_reads(lang, body, Intent.PROPOSE_TIMES, [start])


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("it", "Giovedì non mi va bene."),
        ("it", "Non mi va bene giovedì alle 15."),
        ("it", "Giovedì alle 15 non mi andrebbe bene."),
        ("it", "Giovedì alle 15 non sarebbe comodo."),
        ("pt", "Quinta às 15h não está bom para mim."),
        ("pt", "Quinta às 15h não é bom para mim."),
        ("fr", "Jeudi à 15h ne serait pas bien pour moi."),
        ("es", "El jueves a las 15h no sería buena hora."),
        ("nl", "Donderdag om 15 uur is niet zo handig."),
        ("en", "Thursday at 3pm wouldn't be good for me."),
    ],
)
def test_a_fit_word_denied_picks_nothing(lang: str, body: str) -> None:
    verdict = _read(lang, body)
    assert not (verdict.certain and verdict.intent is Intent.ACCEPT)
    assert _THU_3 not in local_starts(verdict, _PARIS)


@pytest.mark.parametrize(
    ("lang", "body", "start"),
    [
        # Near misses: the fit word said plainly, or denied for the other time.
        ("it", "Giovedì alle 15 mi va bene.", _THU_3),
        ("pt", "Quinta às 15h está bom para mim.", _THU_3),
        ("es", "No te preocupes, el jueves a las 15h me va bien.", _THU_3),
        ("en", "Thursday at 3pm isn't good, but Friday at 10 is perfect.", _FRI_10),
    ],
)  # fmt: skip
def test_a_fit_word_said_plainly_still_picks(lang: str, body: str, start: datetime) -> None:
    _assert_reads(lang, body, Intent.ACCEPT, [start])


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("de", "Am Donnerstag bin ich bis 15 Uhr im Meeting, danach gerne um 15:30."),
        ("de", "Am Donnerstag habe ich bis 15 Uhr Termine, danach gerne um 15:30."),
        ("fr", "Jeudi je suis en réunion jusqu'à 15h, ensuite volontiers à 15h30."),
        ("en", "Thursday I'm in meetings until 3pm, after that happy to do 3:30."),
    ],
)
def test_a_clock_after_a_busy_spell_is_no_sure_defer(lang: str, body: str) -> None:
    verdict = _read(lang, body)
    assert not verdict.certain
    assert "clock_in_defer" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        # Near misses: a defer that names no clock.
        ("de", "Ich bin bis zum 20. Mai im Urlaub, melde dich danach gerne wieder."),
        ("fr", "Pas maintenant, recontactez-moi en juin s'il vous plaît."),
        ("it", "Al momento no, ricontattami a giugno."),
    ],
)
def test_a_defer_without_a_clock_stays_sure(lang: str, body: str) -> None:
    _assert_reads(lang, body, Intent.DEFER, [])
