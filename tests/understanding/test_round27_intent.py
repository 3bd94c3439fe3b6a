"""Round 27 (intent and referrals): sentences of our own, each rule with near misses.

An absence told in a personal reply that asks to pick the talk up on return is a defer; a
German promise to write once things calm down may have a comma after "melde mich" and "etwas"
before "ruhiger"; a cancel word in a condition ("if I can't make it, I'll let you know") calls
nothing off; a move that names a clock the reader could not place is doubted; an outright no
"for now" with a wish for the road is a no; "you'd get more out of a chat with …" points to
someone; a meeting product is no person; "before we lock anything" asks before any yes.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_NEW_YORK = ZoneInfo("America/New_York")


def _quote() -> str:
    """The user's outreach of Monday 13 March 2028, two times (New York)."""
    return (
        "\n\nOn Mon, Mar 13, 2028 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
        "> Could we talk for 20 minutes? Either of these would suit me:\n>\n"
        "> - Wednesday, March 15 at 9:00 am\n> - Thursday, March 16 at 1:30 pm\n>\n> Ada\n"
    )


def _read(body: str, headers: str = "") -> Verdict:
    return read_reply(
        body,
        tz=_NEW_YORK,
        date="Tue, 14 Mar 2028 10:00:00 -0400",
        quote=_quote(),
        headers=headers,
    )


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for the note. I'm travelling until 30 March and won't be able to do calls"
        " properly. Could we pick this up when I'm back?",
        "I'm on holiday until the 3rd of April. Let's take it up again after that.",
        "I'm travelling for work until 30 March - can we do this once I'm back?",
        "Estoy de viaje hasta el 30 de marzo. ¿Lo retomamos a mi vuelta?",
    ],
)
def test_an_absence_with_a_wish_to_resume_is_a_defer(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DEFER
    assert verdict.certain


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        # Near misses: an absence with no ask to resume, and the same words from an autoresponder.
        ("I'm travelling until 30 March with limited access to email.", ""),
        (
            "I'm travelling until 30 March and will reply on my return.",
            "Auto-Submitted: auto-replied\n",
        ),
    ],
)
def test_an_absence_alone_stays_out_of_office(body: str, headers: str) -> None:
    assert _read(body, headers).intent is Intent.OUT_OF_OFFICE


@pytest.mark.parametrize(
    "body",
    [
        "Vielen Dank! Gerade ist es bei uns sehr hektisch. Ich melde mich, sobald es etwas"
        " ruhiger wird - gern kommen wir dann darauf zurück.",
        "Ich melde mich, sobald das Projekt durch ist.",
        "Im Moment geht es nicht. Wenn es ein bisschen ruhiger ist, melde ich mich wieder.",
        "I'll get back to you once things calm down a bit.",
        "Je vous recontacterai quand ça se calme un peu.",
    ],
)
def test_a_promise_to_write_once_calmer_is_a_defer(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DEFER
    assert verdict.certain


def test_a_promise_to_write_if_something_comes_up_stays_an_accept() -> None:
    # Near miss: "melde mich, falls …" after a pick is a courtesy, no defer.
    verdict = _read("Gerne! Mittwoch um 9 passt. Ich melde mich, falls etwas dazwischenkommt.")
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _NEW_YORK) == [datetime(2028, 3, 15, 9, 0)]


@pytest.mark.parametrize(
    "body",
    [
        "Wednesday at 9 works. If I can't make it I'll let you know.",
        "Thursday 1:30 is good for me - in case we can't make it, I'll email you.",
        "El miércoles a las 9 me va bien. Si tengo que cancelar, te aviso.",
        "Mittwoch um 9 passt. Falls ich absagen muss, sage ich Bescheid.",
        "Quarta às 9 está ótimo. Se eu precisar cancelar, te aviso.",
        "Mercoledì alle 9 va benissimo. Se dovessi annullare ti avviso.",
        "Mercredi à 9h me convient. Si je dois annuler, je vous préviens.",
    ],
)
def test_a_cancel_in_a_condition_cancels_nothing(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.ACCEPT
    assert "hedged_move" in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "If I can't make it I'll let you know.",
        "Is it ok if I cancel Wednesday?",
        "Woensdag om 9 uur past me prima. Als ik moet afzeggen, laat ik het weten.",
    ],
)
def test_a_condition_alone_is_never_a_certain_cancel(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is not Intent.CANCEL
    assert not verdict.certain


def test_a_cancel_said_outright_stays_a_cancel() -> None:
    # Near miss: no condition, the call is off.
    verdict = _read("Sorry, I have to cancel our call on Wednesday.")
    assert verdict.intent is Intent.CANCEL
    assert verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "Podemos remarcar às 17h?",
        "Können wir auf 17 Uhr verschieben?",
        "Pouvons-nous décaler à 17h ?",
        "Could we push it to 5?",
    ],
)
def test_a_move_to_an_unplaced_clock_is_doubted(body: str) -> None:
    verdict = _read(body)
    assert verdict.proposed_times == ()
    assert not verdict.certain
    assert "time_without_day" in doubt_codes(verdict)


def test_a_move_to_a_day_and_clock_keeps_its_window() -> None:
    # Near miss: the new time is read whole.
    verdict = _read("Could we move it to Friday at 5pm?")
    assert verdict.intent is Intent.RESCHEDULE
    assert local_starts(verdict, _NEW_YORK) == [datetime(2028, 3, 17, 17, 0)]
    assert "time_without_day" not in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for thinking of me. I've stopped taking these calls for now. Good luck with the"
        " switch!",
        "I no longer take these calls for now, sorry. Best of luck with the move!",
        "Merci d'avoir pensé à moi. Je ne prends plus ce genre d'appels pour l'instant. Bonne"
        " chance pour la suite !",
        "Gracias por escribir. Por ahora ya no acepto este tipo de llamadas. ¡Mucha suerte con el"
        " cambio!",
    ],
)
def test_a_no_for_now_with_a_wish_for_the_road_is_a_decline(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DECLINE
    assert verdict.certain


def test_a_no_for_now_that_asks_to_be_written_again_stays_a_defer() -> None:
    verdict = _read(
        "I've stopped taking these calls for now - try me again in the summer. Good luck!"
    )
    assert verdict.intent is Intent.DEFER


def test_a_no_for_now_alone_stays_unsure() -> None:
    assert not _read("I've stopped taking these calls for now.").certain


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Honestly you'd get far more out of a chat with Tomás Rivera at Northwind - he made"
            " the same move.",
            "Tomás Rivera",
        ),
        (
            "Du hättest viel mehr von einem Gespräch mit Lena Fischer, sie hat genau diesen"
            " Wechsel gemacht.",
            "Lena Fischer",
        ),
        (
            "Tu tirerais plus d'un échange avec Claire Dubois, elle a fait exactement ce parcours.",
            "Claire Dubois",
        ),
    ],
)
def test_more_out_of_a_chat_with_someone_is_a_referral(body: str, name: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert [r.name for r in verdict.referrals] == [name]
    assert verdict.certain


def test_more_out_of_a_chat_with_no_one_named_is_no_referral() -> None:
    verdict = _read("You'd get more out of a chat with someone in the field.")
    assert verdict.referrals == ()
    assert verdict.intent is not Intent.REFERRAL


@pytest.mark.parametrize(
    "body",
    [
        "Before we lock anything - which platform do you use? Zoom is blocked here, Google Meet"
        " would be better.",
        "Sure - Microsoft Teams would be best for me.",
        "Our IT blocks Zoom, so Teams or Google Meet would be better for the call.",
    ],
)
def test_a_meeting_product_is_no_person(body: str) -> None:
    assert _read(body).referrals == ()


def test_a_person_beside_a_product_is_still_a_referral() -> None:
    verdict = _read(
        "Google Meet is fine, but honestly Priya Raman would be a far better person to talk to."
    )
    assert verdict.intent is Intent.REFERRAL
    assert [r.name for r in verdict.referrals] == ["Priya Raman"]


@pytest.mark.parametrize(
    "body",
    [
        "Before we lock anything - which platform do you use? Zoom is blocked here.",
        "Hi Ada, before we lock anything in: is this about hiring or advice? Happy either way.",
        "Before we book anything, could you tell me a bit more about your background? Thanks.",
    ],
)
def test_before_we_lock_anything_asks_first(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.OTHER
    assert verdict.certain


_SINGAPORE = ZoneInfo("Asia/Singapore")


def _read_in_singapore(body: str) -> Verdict:
    quote = (
        "\n\nOn Mon, Mar 13, 2028 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
        "> Would either of these suit you for 20 minutes?\n>\n"
        "> - Thursday 16 March, 11am\n> - Friday 17 March, 6pm\n>\n> (Singapore time)\n>\n> Ada\n"
    )
    return read_reply(body, tz=_SINGAPORE, date="Tue, 14 Mar 2028 12:00:00 +0800", quote=quote)


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Wed 9 is good. Talk then", datetime(2028, 3, 15, 9, 0)),
        ("wednesday 9 is fine by me", datetime(2028, 3, 15, 9, 0)),
        ("Wed 15th works, see you", datetime(2028, 3, 15, 9, 0)),
    ],
)
def test_a_weekday_with_its_offers_hour_picks_it(body: str, start: datetime) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _NEW_YORK) == [start]


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Fri 6 is good. Talk then", datetime(2028, 3, 17, 18, 0)),
        ("Thu 11 is fine, talk then.", datetime(2028, 3, 16, 11, 0)),
    ],
)
def test_a_weekday_with_its_offers_hour_picks_it_elsewhere(body: str, start: datetime) -> None:
    verdict = _read_in_singapore(body)
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _SINGAPORE) == [start]


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: another hour, an hour against a half-hour offer, another date.
        "Wed 4 is good. Talk then",
        "Thu 1 is good. Talk then",
        "Wed 16 works",
    ],
)
def test_a_weekday_with_another_number_picks_nothing(body: str) -> None:
    verdict = _read(body)
    assert verdict.proposed_times == ()
    assert not verdict.certain
