"""Precision hunt 15: replies plain to anyone that the reader left in doubt, or read wrong.

Thanks after the chat that ask for the next one on a day ("Great talking today - how about
Thursday?") are doubted, a wish for the evening is no offer, and a no that names someone else
who can help ("Can't help, but Dana might") is doubted as a referral the reader could not read.
Clear pleasantries after a chat, refusals of a kind of chat, defers, imperatives pointing to
someone and "I've copied Dana" are read, in the seven languages. Sentences of our own, with
near misses.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_NY = ZoneInfo("America/New_York")
_THU_EVENING = datetime(2028, 3, 16, 17, 0)
_ASK = (
    "\n\nOn Mon, Mar 13, 2028 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai, I'm exploring a move into product design and would love a 20-minute chat.\n"
    "> Would you be open to that some time in the next few weeks?\n>\n> Ada\n"
)
_THANKS = (
    "\n\nOn Mon, Mar 13, 2028 at 5:00 PM Ada Obi <ada@example.com> wrote:\n"
    "> Thank you so much for your time today, Kai. Your advice was really helpful.\n>\n> Ada\n"
)
_OFFERS = (
    "\n\nOn Mon, Mar 13, 2028 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Could we talk for 30 minutes? Either of these would suit me:\n>\n"
    "> - Thursday, March 16 at 3:00 pm\n> - Friday, March 17 at 10:00 am\n>\n> Ada\n"
)
_DANA = "Cc: Dana Reyes <dana@reyes.example>\n"


def _read(body: str, quote: str, headers: str = "") -> Verdict:
    return read_reply(
        body, tz=_NY, date="Tue, 14 Mar 2028 10:00:00 -0400", quote=quote, headers=headers
    )


def _assert_certain(verdict: Verdict, intent: Intent) -> None:
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is intent
    assert local_starts(verdict, _NY) == []


# Cause 1: thanks after the chat that ask for, or put forward, the next chat on a day.
@pytest.mark.parametrize(
    "body",
    [
        "Great talking today - how about Thursday?",
        "Great talking today! Let's do it again next Tuesday.",
        "Thanks for the call. Let's pick it up again on Monday.",
        "great talking. tmrw again?",
        "Merci pour l'échange ! On remet ça jeudi ?",
        "Gracias por la charla, ¿seguimos el viernes?",
        "Hat mich gefreut! Machen wir Donnerstag weiter?",
        "È stato un piacere, continuiamo venerdì?",
    ],
)
def test_thanks_that_put_a_next_chat_on_a_day_are_doubted(body: str) -> None:
    verdict = _read(body, _THANKS)
    assert not verdict.certain
    assert "day_without_time" in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # a weekday in a plain statement offers nothing
        "Great talking yesterday! The meetups are on the first Tuesday of the month.",
        "Thanks for the chat, have a great weekend!",
        "Merci pour l'échange, bonne soirée !",
        "Danke für das Gespräch, schönen Abend noch!",
    ],
)
def test_thanks_with_no_next_chat_stay_certain(body: str) -> None:
    _assert_certain(_read(body, _THANKS), Intent.OTHER)


# Cause 2: a wish for a part of the day read as an offer of it.
@pytest.mark.parametrize(
    "body",
    [
        "Great talking today, have a good evening!",
        "Have a lovely evening - great talking today.",
        "Enjoy your afternoon, and thanks for the chat!",
    ],
)
def test_a_wish_for_the_evening_is_no_offer(body: str) -> None:
    _assert_certain(_read(body, _THANKS), Intent.OTHER)


@pytest.mark.parametrize(
    "body",
    ["I have a free evening on Thursday if that helps.", "Thursday evening works for me."],
)
def test_an_evening_offered_is_still_read(body: str) -> None:
    verdict = _read(body, _OFFERS)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _NY) == [_THU_EVENING]


# Cause 3: a no that names someone else who can help, in words the reader does not know.
@pytest.mark.parametrize(
    "body",
    [
        "Can't help, but Dana might.",
        "I can't help, but Dana can.",
        "Je ne peux pas t'aider, mais Dana pourrait.",
        "No puedo ayudarte, pero Dana sí puede.",
        "Non posso aiutarti, ma Dana potrebbe.",
        "Não posso ajudar, mas a Dana pode.",
    ],
)
def test_a_no_that_names_someone_who_can_help_is_doubted(body: str) -> None:
    verdict = _read(body, _ASK)
    assert not verdict.certain
    assert "referral_unread" in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "I can't help, but good luck!",
        "Can't help, but I might be able to in the spring.",
        "Sorry, I can't help. Have a good evening!",
    ],
)
def test_a_no_that_names_no_one_stays_a_certain_decline(body: str) -> None:
    _assert_certain(_read(body, _ASK), Intent.DECLINE)


# Coverage: clear replies the reader left in doubt.
@pytest.mark.parametrize(
    "body",
    [
        "It was a pleasure - good luck with the move!",
        "Glad I could help. Good luck!",
        "Fue un gusto, ¡mucha suerte!",
        "Hat mich gefreut, alles Gute!",
        "È stato un piacere, in bocca al lupo!",
        "Foi um prazer, boa sorte!",
        "Graag gedaan hoor",
        "Was een fijn gesprek, veel succes verder.",
    ],
)
def test_pleasantries_after_the_chat_are_read(body: str) -> None:
    _assert_certain(_read(body, _THANKS), Intent.OTHER)


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        # the pleasure of the user's mail, not of a chat
        ("It was a pleasure to hear from you.", _ASK),
        # an offer quoted: "my pleasure" may answer it
        ("My pleasure!", _OFFERS),
    ],
)
def test_a_pleasure_that_is_not_after_a_chat_stays_in_doubt(body: str, quote: str) -> None:
    assert not _read(body, quote).certain


@pytest.mark.parametrize(
    "body",
    [
        "Sorry Ada, I don't do informational interviews.",
        "Sorry, I'm not available for these kinds of chats.",
        "Je ne fais pas d'entretiens informatifs, désolée.",
        "No hago entrevistas informativas, lo siento.",
        "Sorry, dafür fehlt mir gerade die Zeit.",
        "Non faccio colloqui informativi, mi dispiace.",
        "Obrigado, mas vou recusar.",
        "Ik doe geen informatieve gesprekken, sorry.",
        "Bedankt, maar ik moet nee zeggen.",
    ],
)
def test_refusals_of_a_kind_of_chat_are_declines(body: str) -> None:
    _assert_certain(_read(body, _ASK), Intent.DECLINE)


@pytest.mark.parametrize(
    "body",
    [
        "Reviens vers moi en janvier.",
        "Schreib mir nächsten Monat noch mal, gerade ist viel los.",
        "Riscrivimi ad aprile.",
        "Me procura de novo em abril.",
        "Fala comigo no mês que vem.",
        "Neem volgende maand nog eens contact op.",
    ],
)
def test_asks_to_write_again_later_are_defers(body: str) -> None:
    _assert_certain(_read(body, _ASK), Intent.DEFER)


@pytest.mark.parametrize(
    "body",
    ["Reviens vers moi avec tes disponibilités.", "Schreib mir noch mal, welche Zeit dir passt."],
)
def test_asks_to_write_back_with_times_are_no_defers(body: str) -> None:
    assert _read(body, _OFFERS).intent is not Intent.DEFER


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        ("Mejor habla con Dana (dana@reyes.example).", ""),
        ("Mejor escribe a Dana Reyes, dana@reyes.example.", ""),
        ("Contactez plutôt Dana Reyes : dana@reyes.example", ""),
        ("Je te conseille d'écrire à Dana (dana@reyes.example).", ""),
        ("Schreib lieber Dana: dana@reyes.example", ""),
        ("Neem liever contact op met Dana Reyes (dana@reyes.example).", ""),
        ("I've copied Dana, who can help you more than I can.", _DANA),
    ],
)
def test_someone_pointed_to_is_a_referral(body: str, headers: str) -> None:
    verdict = _read(body, _ASK, headers)
    _assert_certain(verdict, Intent.REFERRAL)
    assert [r.email for r in verdict.referrals] == ["dana@reyes.example"]


@pytest.mark.parametrize(
    ("body", "back"),
    [
        ("Ik ben met vakantie en terug op 27 maart.", date(2028, 3, 27)),
        ("Je suis absent jusqu'au 27 mars.", date(2028, 3, 28)),
    ],
)
def test_absences_are_read_with_their_return(body: str, back: date) -> None:
    verdict = _read(body, _OFFERS)
    _assert_certain(verdict, Intent.OUT_OF_OFFICE)
    assert verdict.return_date == back
