"""Round 30 (intent, referrals, return dates): causes from replies_blind30, in sentences of our own.

- A fresh message, not a reply, that carries a booking link asks for a meeting of its own.
- One of the user's times named while the answer is still to come ("I'll check my diary and
  get back to you") picks nothing.
- A phone's missing apostrophe ("cant take this on") is still a no; "ne pas donner suite" and
  its kin leave the request without a follow-up.
- "Something came up" beside a cancel word moves nothing; a shift may name its day ("push
  tomorrow by an hour").
- "en Buenos Aires" is a place, not a second person; "people I'd talk to instead:" and "deux
  personnes de mon réseau pourraient t'aider :" list people; "je vous conseille de contacter".
- A day and its month split by a hard wrap still date a return; an auto-reply the reader
  cannot read is an absence notice in doubt, its "11月25日" read.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import MEETING, doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict, understand

_TZ = ZoneInfo("America/Toronto")
_SENT = "Wed, 06 Nov 2030 10:00:00 -0500"
_OFFERS = (
    "\n\nOn Mon, Nov 4, 2030 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work for you (Eastern time)?\n"
    "> - Tuesday, November 12 at 9:30 am\n"
    "> - Thursday, November 14 at 3:00 pm\n"
)


def _read(body: str, quote: str = "", headers: str = "") -> Verdict:
    return read_reply(body, tz=_TZ, date=_SENT, quote=quote, headers=headers)


def _fresh(body: str, subject: str) -> bytes:
    """A message that starts a thread: no "Re:", no In-Reply-To, nothing quoted."""
    return (
        f"From: Kai Berg <kai@example.com>\nTo: Ada Obi <ada@example.com>\nSubject: {subject}\n"
        f"Date: {_SENT}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: 8bit\n\n{body}"
    ).encode()


_PITCHES = [
    (
        "A role you might like",
        "Hi Ada, I came across your profile. Open to a quick call this week? "
        "Book here: https://calendly.com/kai-recruits/15min\n",
    ),
    (
        "Nouvelle opportunité",
        "Bonjour Ada, un poste pourrait vous intéresser. Réservez un créneau ici : "
        "https://calendly.com/kai-rh/20min\n",
    ),
    (
        "Propuesta",
        "Hola Ada, ¿te interesa hablar? Agenda aquí: https://calendly.com/kai-talento/15min\n",
    ),
]


@pytest.mark.parametrize(("subject", "body"), _PITCHES)
def test_a_booking_link_in_a_fresh_message_is_no_accept(subject: str, body: str) -> None:
    verdict = understand(_fresh(body, subject), tz=_TZ, meeting_length=MEETING)
    assert verdict.intent is not Intent.ACCEPT
    assert verdict.scheduling_link is None


@pytest.mark.parametrize("subject", ["Re: chat", "AW: chat", "RE : chat", "R: chat"])
def test_a_booking_link_in_a_reply_is_still_the_answer(subject: str) -> None:
    body = "Happy to help! Grab any slot here: https://calendly.com/kai/30min\n"
    verdict = understand(_fresh(body, subject), tz=_TZ, meeting_length=MEETING)
    assert verdict.intent is Intent.ACCEPT
    assert verdict.scheduling_link == "https://calendly.com/kai/30min"


def test_a_booking_link_answers_when_the_headers_say_reply() -> None:
    raw = _fresh("Sure - book here: https://calendly.com/kai/30min\n", "chat").replace(
        b"Subject: chat\n", b"Subject: chat\nIn-Reply-To: <abc@example.com>\n"
    )
    verdict = understand(raw, tz=_TZ, meeting_length=MEETING)
    assert verdict.intent is Intent.ACCEPT


_HELD = [
    "Scusa, martedì 12 alle 9:30 sarebbero le 15:30 qui? Me lo confermi e poi guardo "
    "l'agenda e ti rispondo.\n",
    "Just to check, Tuesday the 12th at 9:30 is Eastern? Confirm and I'll look at my "
    "calendar and get back to you.\n",
    "Mardi 12 à 9h30, c'est bien l'heure de Montréal ? Confirmez-moi et je vous réponds.\n",
    "¿El martes 12 a las 9:30 es hora del Este? Confírmamelo y luego te respondo.\n",
]


@pytest.mark.parametrize("body", _HELD)
def test_an_offered_time_named_while_the_answer_waits_is_no_pick(body: str) -> None:
    verdict = _read(body, _OFFERS)
    assert verdict.intent is Intent.OTHER
    assert verdict.proposed_times == ()


def test_a_pick_that_also_promises_an_invite_stays_an_accept() -> None:
    verdict = _read(
        "Tuesday the 12th at 9:30 works for me, I'll get back to you with a link.\n", _OFFERS
    )
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _TZ) == [datetime(2030, 11, 12, 9, 30)]


_NO = [
    "sorry ada, cant take this on right now. good luck w the search\n",
    "sorry, i cant help with this one. good luck!\n",
    "Merci. Notre politique est stricte; je préfère donc ne pas y donner suite.\n",
    "Gracias por escribir, pero prefiero no darle seguimiento.\n",
    "Grazie del messaggio, preferisco non dare seguito alla richiesta.\n",
    "Obrigado pela mensagem, mas prefiro não dar seguimento.\n",
    "Thanks for the note, but I'd rather not take this further.\n",
]


@pytest.mark.parametrize("body", _NO)
def test_a_no_without_its_apostrophe_or_as_no_follow_up_is_a_decline(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DECLINE
    assert verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "Je vais donner suite à votre demande : mardi 12 à 10h ?\n",
        "Voy a dar seguimiento: ¿el martes 12 a las 10?\n",
        "i can do tuesday the 12th at 10 if that works\n",
    ],
)
def test_following_up_with_a_time_is_no_decline(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _TZ) == [datetime(2030, 11, 12, 10, 0)]


_AGREED = (
    "\n\nOn Mon, Nov 4, 2030 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Great, confirmed for Thursday at 9:30 am.\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "So sorry, I have to cancel tomorrow at 9:30 - something came up at work.\n",
        "Something came up and I need to cancel our chat, sorry. I'll reach out later.\n",
        "Lo siento, me surgió algo y tengo que cancelar la llamada.\n",
        "Mir ist leider etwas dazwischengekommen, ich muss den Termin stornieren.\n",
    ],
)
def test_something_came_up_beside_a_cancel_is_a_cancel(body: str) -> None:
    verdict = _read(body, _AGREED)
    assert verdict.intent is Intent.CANCEL
    assert verdict.proposed_times == ()


@pytest.mark.parametrize(
    "body",
    [
        "Something came up - could we find another time next week?\n",
        "Me surgió algo, ¿podemos cambiar la hora?\n",
    ],
)
def test_something_came_up_alone_still_moves(body: str) -> None:
    assert _read(body, _AGREED).intent is Intent.RESCHEDULE


@pytest.mark.parametrize(
    ("body", "start"),
    [
        # Since round 71 P, the meeting's own day alone names it, as "Thursday's call" does.
        ("any chance we can push tomorrow by an hour? sorry!\n", "Thu 10:30"),
        ("Could we bump Thursday by 30 minutes?\n", "Thu 10:00"),
    ],
)
def test_a_shift_that_names_the_meetings_day_is_added_up(body: str, start: str) -> None:
    verdict = _read(body, _AGREED)
    assert verdict.intent is Intent.RESCHEDULE and verdict.certain
    assert [w.start.strftime("%a %H:%M") for w in verdict.proposed_times] == [start]


def test_a_shift_that_names_another_day_is_a_reschedule_in_doubt() -> None:
    verdict = _read("Can we shift today by half an hour?\n", _AGREED)
    assert verdict.intent is Intent.RESCHEDULE
    assert "shift_by_length" in doubt_codes(verdict)


def test_a_shift_of_the_call_named_by_its_day_is_added_up() -> None:
    # Since round 70 C, "Thursday's call" names the agreed meeting as "our Thursday call" does.
    verdict = _read("Could we bump Thursday's call by 30 minutes?\n", _AGREED)
    assert verdict.intent is Intent.RESCHEDULE and verdict.certain
    assert [w.start.strftime("%a %H:%M") for w in verdict.proposed_times] == ["Thu 10:00"]


_PLACES = [
    (
        "Yo no soy la persona indicada. Te recomiendo hablar con Lucía Ortega, "
        "lucia.ortega@example.com, que dirige el equipo aquí en Buenos Aires.\n",
        [("Lucía Ortega", "lucia.ortega@example.com")],
    ),
    (
        "Je ne suis pas la bonne personne. Écrivez plutôt à Léa Morel, lea.morel@example.fr, "
        "qui travaille en Nouvelle Aquitaine.\n",
        [("Léa Morel", "lea.morel@example.fr")],
    ),
    (
        "Ik ben niet de juiste persoon. Praat eens met Joost de Vries, joost@example.nl, "
        "en Noor El Amrani, noor@example.nl, die kunnen je veel beter helpen.\n",
        [("Joost de Vries", "joost@example.nl"), ("Noor El Amrani", "noor@example.nl")],
    ),
]


@pytest.mark.parametrize(("body", "people"), _PLACES)
def test_a_place_after_en_is_no_second_person(body: str, people: list[tuple[str, str]]) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert [(r.name, r.email) for r in verdict.referrals] == people


_LISTS = [
    (
        "I've moved into finance, so I'm not much use. Two people I'd talk to instead:\n\n"
        "- Maya Chen, who runs ops at our platform: maya.chen@example.com\n"
        "- Omar Haddad at Shopline, no email handy but easy to find.\n\nKai\n",
        [("Maya Chen", "maya.chen@example.com"), ("Omar Haddad", None)],
    ),
    (
        "Je ne crois pas être la bonne personne. Par contre, deux personnes de mon réseau à "
        "Lyon pourraient t'aider :\n\n"
        "  * Anne-Sophie Roy, chez Alto : asroy@example.fr\n"
        "  * Pierre-Luc Gagnon, chez Nexa : pl.gagnon@example.fr\n\nKai\n",
        [("Anne-Sophie Roy", "asroy@example.fr"), ("Pierre-Luc Gagnon", "pl.gagnon@example.fr")],
    ),
    (
        "Mon quotidien est loin de ce métier. Je vous conseille plutôt de contacter Hélène "
        "Garnier, qui dirige l'équipe produit chez Orbis.\n",
        [("Hélène Garnier", None)],
    ),
    (
        "No es mi área. Te aconsejo contactar a Marta Iglesias, marta@example.es.\n",
        [("Marta Iglesias", "marta@example.es")],
    ),
]


@pytest.mark.parametrize(("body", "people"), _LISTS)
def test_people_listed_or_advised_are_referrals(
    body: str, people: list[tuple[str, str | None]]
) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert [(r.name, r.email) for r in verdict.referrals] == people


_AUTO = "Auto-Submitted: auto-replied\n"
_RETURNS = [
    ("Je suis en déplacement jusqu'au 22\nnovembre inclus, sans accès à mes courriels.\n", 23),
    ("I'm travelling with limited email access until Nov\n22, back after that.\n", 23),
    ("Ich bin bis zum 22.\nNovember im Urlaub und lese keine E-Mails.\n", 23),
    (
        "誠に勝手ながら、11月24日まで出張のため不在にしております。\n11月25日より出社いたします。\n",
        25,
    ),
]


@pytest.mark.parametrize(("body", "day"), _RETURNS)
def test_a_return_date_split_by_a_wrap_or_in_cjk_counters_is_read(body: str, day: int) -> None:
    verdict = _read(body, headers=_AUTO)
    assert verdict.intent is Intent.OUT_OF_OFFICE
    assert verdict.return_date == date(2030, 11, day)


def test_an_auto_reply_the_reader_cannot_read_is_an_absence_in_doubt() -> None:
    verdict = _read(
        "Automatyczna odpowiedź: dziękuję za wiadomość, odpiszę wkrótce.\n", headers=_AUTO
    )
    assert verdict.intent is Intent.OUT_OF_OFFICE
    assert not verdict.certain
    assert "unknown_language" in doubt_codes(verdict)


def test_an_auto_reply_in_english_that_is_no_absence_stays_other() -> None:
    verdict = _read(
        "We have received your message and will answer within two days.\n", headers=_AUTO
    )
    assert verdict.intent is Intent.OTHER


def test_a_wrapped_clock_never_borrows_the_next_line() -> None:
    verdict = _read("Back on the 3\nMay I ask what this is about?\n", headers=_AUTO)
    assert verdict.return_date != date(2031, 5, 3)
