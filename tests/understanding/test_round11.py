"""Round 11: a zoneless time proved to be the user's own offer, an offer placed only by "your
time", "it is" restating a time in brackets, a clash with the agreed slot, coming back later in
other words, a no by policy or "these days", someone to look up by name, wraps inside a date,
a fallback offer, asking for something before deciding, and the user's quoted clock named back.
Sentences of our own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, timedelta

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict
from workflows.understanding.sentences import sentences

Read = Callable[..., Verdict]

# The user offers two times in Central time, as a Houston sender would.
_CENTRAL_QUOTE = (
    "\n\nOn Mon, Dec 7, 2026 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work (all Central time)?\n"
    "> - Tuesday 12/8, 10:00 am\n"
    "> - Wednesday 12/9, 9:00 am\n"
)


def _read(body: str, date: str, quote: str = _CENTRAL_QUOTE) -> Verdict:
    return read_reply(body, tz=UTC, date=date, quote=quote)


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("Tuesday at 10 is perfect, talk then.", "Mon, 07 Dec 2026 11:00:00 -0500"),
        ("Wednesday 9am works for me.", "Mon, 07 Dec 2026 08:00:00 -0800"),
        ("Terça às 10h está ótimo para mim.", "Mon, 07 Dec 2026 13:00:00 -0300"),
        # A +0000 Date header gives no zone at all: the offer's exact match still proves it.
        ("Tuesday at 10 should be fine, see you then.", "Mon, 07 Dec 2026 16:00:00 +0000"),
    ],
)
def test_a_zoneless_time_that_is_exactly_an_offer_is_that_offer(body: str, date: str) -> None:
    verdict = _read(body, date)
    assert verdict.intent is Intent.ACCEPT
    assert verdict.certain, verdict.doubts
    starts = [w.start.astimezone(UTC).strftime("%d %H:%M") for w in verdict.proposed_times]
    assert starts in (["08 16:00"], ["09 15:00"])


def test_a_zoneless_time_matching_no_offer_keeps_the_senders_zone() -> None:
    # Near miss: 2pm is none of the user's times, in either zone; it stays the sender's 2pm.
    verdict = _read("Tuesday at 2pm would suit me better.", "Mon, 07 Dec 2026 11:00:00 -0500")
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert [w.start.utcoffset() for w in verdict.proposed_times] == [timedelta(hours=-5)]


@pytest.mark.parametrize(
    "body",
    [
        "I could do Thursday 10 December at 9:00 your time.",
        "Would Friday the 11th work, in the morning your time?",
        "Je peux jeudi 10 décembre à 9h, votre heure.",
    ],
)
def test_your_time_with_no_zone_of_the_users_in_the_thread_is_a_doubt(body: str) -> None:
    verdict = _read(body, "Mon, 07 Dec 2026 10:00:00 +0100", quote="")
    assert not verdict.certain
    assert "user_zone_unplaced" in doubt_codes(verdict)


def test_your_time_under_a_thread_that_names_the_users_zone_is_placed() -> None:
    # Near miss: the quoted outreach says "(all Central time)", so "your time" is Central.
    verdict = _read(
        "Neither works, sorry. I could do Thursday 10 December at 9:00 your time.",
        "Mon, 07 Dec 2026 10:00:00 +0100",
    )
    assert "user_zone_unplaced" not in doubt_codes(verdict)
    assert [w.start.utcoffset() for w in verdict.proposed_times] == [timedelta(hours=-6)]


@pytest.mark.parametrize(
    "body",
    [
        "Tuesday 10:00 your time suits me (it is 13:00 in Recife).",
        "Tuesday at 10 your time is fine (it's 1pm here).",
        "Mardi 10h votre heure me va (c'est 13h chez moi).",
    ],
)
def test_it_is_in_a_bracket_restates_the_pick(body: str) -> None:
    verdict = _read(body, "Mon, 07 Dec 2026 10:00:00 -0300")
    assert verdict.intent is Intent.ACCEPT
    assert len(verdict.proposed_times) == 1


def test_a_bracket_offering_another_time_is_still_an_offer() -> None:
    # Near miss: "(or 11:00 if that is easier)" adds a time; it does not say one again.
    verdict = _read(
        "Tuesday 10:00 your time suits me (or Wednesday 11:00 if easier).",
        "Mon, 07 Dec 2026 10:00:00 -0300",
    )
    assert len(verdict.proposed_times) == 2


@pytest.mark.parametrize(
    "body",
    [
        "A board review landed right on top of our 10am tomorrow. Could we move it to Thursday"
        " at 2pm?",
        "An inspection clashes with our 10am on Tuesday. Can we push it to Thursday at 2pm?",
        "Une visite client tombe sur notre rendez-vous de demain 10h. On le déplace à jeudi 14h ?",
    ],
)
def test_a_clash_with_the_agreed_slot_makes_it_the_old_one(body: str) -> None:
    verdict = _read(body, "Mon, 07 Dec 2026 10:00:00 -0600")
    assert verdict.intent is Intent.RESCHEDULE
    assert [w.start.hour for w in verdict.proposed_times] == [14]


def test_our_time_in_a_plain_sentence_is_not_made_old() -> None:
    # Near miss: no clash and no move: "our 10am tomorrow" confirmed is the pick, not an old slot.
    verdict = _read("Looking forward to our 10am tomorrow!", "Mon, 07 Dec 2026 10:00:00 -0600")
    assert verdict.intent is not Intent.RESCHEDULE


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # Coming back later in other words.
        (
            "Happy to, but it's not the right moment with year-end. Could you follow up with me"
            " in a month?",
            Intent.DEFER,
        ),
        ("Busy season runs to March; can we look at this again from April?", Intent.DEFER),
        ("I'm travelling until the 20th. Drop me a line then and we'll find a slot.", Intent.DEFER),
        (
            "Would love to, but not a great time right now. Check in with me again after the"
            " holidays?",
            Intent.DEFER,
        ),
        # A no by rule, or for the time being.
        ("Our firm's policy prevents me from taking advisory calls. Best of luck.", Intent.DECLINE),
        ("Sorry, I can't make time these days. All the best.", Intent.DECLINE),
        (
            "La politique de la maison ne me permet pas ce genre d'échange. Bonne continuation.",
            Intent.DECLINE,
        ),
        ("La política de la empresa no me permite estas conversaciones. Suerte.", Intent.DECLINE),
    ],
)
def test_wordings_new_to_the_cue_tables_are_read_with_certainty(body: str, intent: Intent) -> None:
    verdict = _read(body, "Mon, 07 Dec 2026 10:00:00 -0600")
    assert verdict.intent is intent
    assert verdict.certain, verdict.doubts


def test_following_up_on_a_call_held_is_no_defer() -> None:
    # Near miss: "follow up" about a meeting that will happen, with a time, is no later-please.
    verdict = _read(
        "Tuesday at 10 works. I'll follow up with an agenda.", "Mon, 07 Dec 2026 10:00:00 -0600"
    )
    assert verdict.intent is Intent.ACCEPT


def test_cant_do_these_times_only_turns_down_the_times() -> None:
    # Near miss: "these" followed by times, not "these days": the chat is still on.
    verdict = _read(
        "I can't do these times, sorry. Thursday at 2pm?", "Mon, 07 Dec 2026 10:00:00 -0600"
    )
    assert verdict.intent is Intent.PROPOSE_TIMES


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "I'm the wrong person for this. Look up Dr. Maren Holt at Rice, she loves these chats.",
            "Maren Holt",
        ),
        (
            "Not my field at all. You really want to talk to\nTeodor Lind, who runs our planning"
            " team: teodor.lind@example.org.",
            "Teodor Lind",
        ),
        (
            "Honestly I'm not the right person. Look up Prof. Ana Ruiz in the OR department.",
            "Ana Ruiz",
        ),
    ],
)
def test_someone_to_look_up_or_talk_to_across_a_wrap_is_a_referral(body: str, name: str) -> None:
    verdict = _read(body, "Mon, 07 Dec 2026 10:00:00 -0600")
    assert verdict.intent is Intent.REFERRAL
    assert [r.name for r in verdict.referrals] == [name]


def test_looking_something_up_is_no_referral() -> None:
    # Near miss: "look up" with no capitalised name after it points to no one.
    verdict = _read(
        "Let me look up my calendar and get back to you.", "Mon, 07 Dec 2026 10:00:00 -0600"
    )
    assert verdict.intent is not Intent.REFERRAL


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("I could do Sunday 17 January at 5pm, or Monday 18\nJanuary at 6:30 pm.", 1),
        ("Thursday 14\nJan at 9 works, otherwise Friday.", 1),
        ("Friday 12/11 after 1 is open. Or next\nMonday at 8:30 MT.", 2),
        ("Would\nTuesday at 8am work?", 1),
        ("School pickup chaos :) Can we do Thursday at 8?", 2),
        ("Bit late for me 😅 Could we do Friday instead?", 2),
        # Near miss: a line that ends on a number with no weekday before it is finished.
        ("We met in 2019 at a conference on 18\nJanuary was the kickoff.", 2),
    ],
)
def test_a_wrap_inside_a_date_or_after_an_open_word_runs_on(text: str, count: int) -> None:
    assert len([s for s in sentences(text) if s.strip()]) == count


@pytest.mark.parametrize(
    "body",
    [
        "Would Tuesday 15 Dec at 8am ET work? Failing that Wednesday 16th, same time.",
        "¿Puedes el martes 15 de diciembre a las 8 ET? En su defecto el miércoles 16 a las 9 ET.",
        "Mardi 15 décembre à 8h ET ? À défaut, mercredi 16 à 9h ET.",
    ],
)
def test_a_fallback_offer_is_worded_as_one(body: str) -> None:
    verdict = _read(body, "Fri, 11 Dec 2026 10:00:00 -0500")
    assert len(verdict.proposed_times) == 2
    assert "time_in_statement" not in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "Could you send me your CV and a few lines on what you hope to learn? Then I'll see.",
        "Can you first send a couple of sentences on your goals? Then I'll decide.",
        "Envoyez-moi d'abord votre CV, s'il vous plaît.",
        "Stuur me eerst je cv, dan kijk ik.",
    ],
)
def test_asking_for_something_before_deciding_is_other_and_sure(body: str) -> None:
    verdict = _read(body, "Mon, 07 Dec 2026 10:00:00 +0100")
    assert verdict.intent is Intent.OTHER
    assert verdict.certain, verdict.doubts


def test_sending_a_cv_along_with_a_yes_is_still_a_pick() -> None:
    # Near miss: a yes with a time, then a request: the pick stands.
    verdict = _read(
        "Tuesday at 10 works. Could you send me your CV beforehand?",
        "Mon, 07 Dec 2026 10:00:00 -0600",
    )
    assert verdict.intent is Intent.ACCEPT


@pytest.mark.parametrize(
    "body",
    [
        "10:00 your time is 9pm here, which is bath time. Can we do Thursday 10 Dec 8:30pm IST?",
        "Hi! 9:00 your time is 8pm here, too late sadly :) Could we do Friday 11 Dec at 8pm IST?",
        "10h votre heure, c'est 21h ici. Jeudi 10 décembre à 20h30 IST ?",
    ],
)
def test_the_users_quoted_clock_named_back_needs_no_day(body: str) -> None:
    verdict = _read(body, "Mon, 07 Dec 2026 19:00:00 +0530")
    assert "time_without_day" not in doubt_codes(verdict)
    assert len(verdict.proposed_times) == 1


def test_a_dayless_time_not_among_the_users_is_still_in_doubt() -> None:
    # Near miss: 11:00 your time is none of the user's quoted clocks: a dayless offer.
    verdict = _read(
        "11:00 your time would suit me. Or Thursday 10 Dec 8:30pm IST?",
        "Mon, 07 Dec 2026 19:00:00 +0530",
    )
    assert not verdict.certain
