"""Round 13: phone English (lower-case day abbreviations, ordinals that pick from the user's
list, "push to 11:30"), a closing question that names a day is no certain ``other``, busy and
a wish for the road is a no, German "jemandem absagen" turns the user down, a yes that asks
before anything is fixed, a weekday that settles a numeric date's order, "either of the
afternoon ones", "write to her" after a named colleague, and thanks after a chat. Sentences of
our own.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.understanding.reply import read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict
from workflows.understanding.dates import find_dates
from workflows.understanding.sentences import sentences

# The user offers three times in London time.
_QUOTE = (
    "\n\nOn Mon, Dec 7, 2026 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would one of these work (UK time)?\n"
    "> - Wednesday 9 December, 15:00\n"
    "> - Thursday 10 December, 16:00\n"
    "> - Friday 11 December, 10:00\n"
)
_DATE = "Mon, 07 Dec 2026 10:00:00 +0000"
_WED = datetime(2026, 12, 9, 15, 0, tzinfo=UTC)
_THU = datetime(2026, 12, 10, 16, 0, tzinfo=UTC)
_FRI = datetime(2026, 12, 11, 10, 0, tzinfo=UTC)


def _read(body: str, quote: str = _QUOTE, *, date: str = _DATE, cc: str = "") -> Verdict:
    return read_reply(body, tz=UTC, date=date, quote=quote, headers=cc)


def _starts(verdict: Verdict) -> list[datetime]:
    return [w.start for w in verdict.proposed_times]


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("thurs works, talk then", _THU),
        ("weds is fine by me!", _WED),
        ("fri should work. ttyl", _FRI),
    ],
)
def test_a_lower_case_day_abbreviation_that_suits_picks_that_day(
    body: str, start: datetime
) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.ACCEPT
    assert _starts(verdict) == [start]
    assert verdict.certain


def test_a_lower_case_day_that_does_not_suit_is_no_pick() -> None:
    # Near miss: the day named is turned down.
    verdict = _read("thurs doesn't work for me, sorry")
    assert not (verdict.certain and verdict.intent is Intent.ACCEPT)


@pytest.mark.parametrize(
    "body",
    [
        "in meetings til 3 on weds so that one's out. 5pm UK thurs?",
        "booked solid tomorrow. is that for a class project?",
        "thu's gone for me. whats the project about?",
    ],
)
def test_a_closing_question_beside_a_day_or_time_is_no_certain_other(body: str) -> None:
    verdict = _read(body)
    assert not (verdict.certain and verdict.intent is Intent.OTHER)


def test_a_question_with_no_day_or_time_stays_a_certain_other() -> None:
    # Near miss: nothing in it could be a missed answer.
    verdict = _read("Is this for a class project or for a job search?")
    assert verdict.intent is Intent.OTHER
    assert verdict.certain


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("swamped this quarter and not taking these at the moment, good luck with it!", "decline"),
        ("Leider habe ich sehr viel zu tun und kann nicht. Viel Erfolg!", "decline"),
        ("Purtroppo sono sommersa di lavoro al momento, non posso. In bocca al lupo!", "decline"),
        # Near miss: when to come back is said, so it is a later yes.
        ("slammed right now and can't, sorry - ping me again in March?", "defer"),
    ],
)
def test_busy_and_a_no_with_a_wish_for_the_road_is_a_decline(body: str, intent: str) -> None:
    assert _read(body, quote="").intent.value == intent


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("Ich muss Ihnen daher leider absagen, alles Gute!", Intent.DECLINE),
        ("Tut mir leid, aber ich muss dir diesmal leider absagen.", Intent.DECLINE),
        ("Wir müssen Ihnen leider absagen.", Intent.DECLINE),
        # Near miss: a meeting named as the object is called off.
        ("Ich muss unser Gespräch am Mittwoch leider absagen.", Intent.CANCEL),
    ],
)
def test_turning_someone_down_is_no_cancel(body: str, intent: Intent) -> None:
    assert _read(body).intent is intent


@pytest.mark.parametrize(
    "body",
    [
        "Sure, but before we lock in a time: are you after UX research or research ops?",
        "Claro, pero antes de que fijemos nada: ¿buscas algo en salud o en banca?",
        "Volontiers, mais avant que l'on fixe une date : tu as un portfolio ?",
        "Gerne, aber bevor wir etwas festlegen: suchen Sie eher Forschung oder Design?",
    ],
)
def test_a_yes_that_asks_before_fixing_anything_is_no_accept(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.OTHER


def test_a_yes_that_meets_before_fixing_nothing_is_still_a_yes() -> None:
    # Near miss: "before we meet" is about the chat, not a question asked first.
    verdict = _read("Sure - I'll read your portfolio before we meet. Thursday works.")
    assert verdict.intent is Intent.ACCEPT


@pytest.mark.parametrize(
    ("text", "day_first", "day"),
    [
        ("Wednesday 2/3", True, date(2027, 2, 3)),
        ("Mittwoch 3/2", False, date(2027, 2, 3)),
        ("Thu 4/2", False, date(2027, 2, 4)),
        # Near miss: the guess already agrees with the weekday.
        ("Tuesday 2/3", True, date(2027, 3, 2)),
    ],
)
def test_the_weekday_named_settles_a_numeric_dates_order(
    text: str, day_first: bool, day: date
) -> None:
    found = find_dates(text, date(2027, 1, 28), day_first=day_first)
    assert [m.day for m in found] == [day]


def test_a_us_writers_offer_read_under_a_day_first_header_is_still_picked() -> None:
    quote = (
        "\n\nAm Do., 28. Jan. 2027 um 19:03 Uhr schrieb Ada Obi <ada@example.com>:\n"
        "> Would Wednesday 2/3 at 8am PT or Thursday 2/4 at 8am PT work?\n"
    )
    verdict = _read(
        "Mittwoch um 17 Uhr passt mir gut.", quote, date="Fri, 29 Jan 2027 09:00:00 +0100"
    )
    assert verdict.intent is Intent.ACCEPT
    assert _starts(verdict) == [datetime(2027, 2, 3, 16, 0, tzinfo=UTC)]


@pytest.mark.parametrize(
    "body",
    [
        "either of the afternoon ones is fine by me, you pick!",
        "any of the Thursday or Friday ones works, your call",
        "Qualsiasi va bene, ma solo di pomeriggio.",
    ],
)
def test_some_of_the_offers_narrowed_by_a_qualifier_are_no_certain_accept(body: str) -> None:
    verdict = _read(body)
    assert not (verdict.certain and verdict.intent is Intent.ACCEPT)


def test_any_of_the_offers_is_a_certain_accept() -> None:
    # Near miss: nothing narrows "any of those".
    verdict = _read("Any of those work, your pick!")
    assert verdict.intent is Intent.ACCEPT
    assert verdict.certain


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("2nd one works! see you then", _THU),
        ("The first option is fine for me.", _WED),
        ("Le troisième créneau me convient parfaitement.", _FRI),
        ("Option B works, talk then", _THU),
        ("Der letzte Termin passt mir.", _FRI),
    ],
)
def test_an_ordinal_picks_from_the_users_list(body: str, start: datetime) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.ACCEPT
    assert _starts(verdict) == [start]


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: an ordinal that points at no option, and two places named.
        "It'd be my first time doing one of these, happy to chat. Which works?",
        "The first or the second one would both work.",
    ],
)
def test_an_ordinal_that_points_at_no_one_option_picks_nothing(body: str) -> None:
    verdict = _read(body)
    assert not (verdict.certain and len(verdict.proposed_times) == 1)


def test_an_ios_attribution_line_is_no_offer() -> None:
    quote = (
        "\n\n> Dec 7, 2026, at 9:00 AM, Ada Obi <ada@example.com> wrote:\n"
        "> Would Wednesday 9 Dec at 15:00 or Thursday 10 Dec at 16:00 work (UK time)?\n"
    )
    verdict = _read("the 2nd one works!", quote)
    assert _starts(verdict) == [_THU]


@pytest.mark.parametrize(
    "body",
    [
        "Mijn collega Joris Bakker (joris.bakker@example.nl) leidt ons team. Stuur hem gerust "
        "een mailtje.",
        "My colleague Dana Cruz (dana.cruz@example.com) runs research here. Drop her a line!",
        "Ma collègue Léa Martin (lea.martin@example.fr) dirige la recherche. Écrivez-lui !",
    ],
)
def test_a_named_colleague_the_user_is_told_to_write_to_is_a_referral(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert len(verdict.referrals) == 1


def test_a_colleague_only_mentioned_is_no_referral() -> None:
    # Near miss: the colleague is mentioned, nobody is sent to them.
    verdict = _read("My colleague Dana Cruz and I run research here. Thursday works!")
    assert verdict.intent is Intent.ACCEPT


@pytest.mark.parametrize(
    "body",
    [
        "Really enjoyed our chat this afternoon! Here are the links I promised.",
        "Disfruté mucho nuestra charla, te paso los enlaces.",
        "Gostei muito da nossa conversa! Seguem os links.",
    ],
)
def test_thanks_after_the_chat_is_a_certain_other(body: str) -> None:
    verdict = _read(body, quote="")
    assert verdict.intent is Intent.OTHER
    assert verdict.certain


def test_enjoying_something_else_is_no_thanks_after_a_chat() -> None:
    # Near miss: the post was enjoyed, the chat is still ahead.
    assert _read("Enjoyed your post! Thursday works.").intent is Intent.ACCEPT


@pytest.mark.parametrize(
    "body",
    [
        "running late, can we push to 3:30 instead of 3?",
        "could we bump to next week? something's off today",
        "any chance we shift to tomorrow, same time?",
    ],
)
def test_push_to_with_no_object_is_a_reschedule(body: str) -> None:
    assert _read(body).intent is Intent.RESCHEDULE


def test_pushing_to_finish_something_is_no_reschedule() -> None:
    # Near miss: "push to" followed by no time.
    assert _read("I'm pushing to finish a launch, but Thursday works!").intent is Intent.ACCEPT


@pytest.mark.parametrize(
    "body",
    [
        "First of all, thanks for reaching out! Is this for a class project?",
        "The first slot doesn't suit me, sorry.",
        "First and foremost: is this about research or design?",
    ],
)
def test_an_ordinal_in_passing_is_no_yes(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is not Intent.ACCEPT


_BERLIN = "Mon, 07 Dec 2026 10:00:00 +0100"


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "Möglich wäre Mittwoch, 9. Dezember, um 17:00 Uhr MEZ – das wäre 16 Uhr bei Ihnen.",
            _BERLIN,
        ),
        ("Mejor el miércoles 9 a las 17:00 hora de Madrid (las 16:00 vuestras, creo).", _BERLIN),
        (
            "How about Thursday 10 December at 8:00 JST? (That is Wednesday 9th, 11pm in London.)",
            "Mon, 07 Dec 2026 10:00:00 +0900",
        ),
        (
            "Possibile mercoledì 9 alle 17:00 ora di Roma, sarebbero le 16 per te.",
            _BERLIN,
        ),
    ],
)
def test_the_same_instant_said_again_in_the_users_zone_is_one_offer(body: str, date: str) -> None:
    verdict = _read(body, date=date)
    # 17:00 in Berlin, Madrid or Rome is 16:00 in London; 8:00 in Tokyo is 23:00 the day before.
    tokyo = "JST" in body
    assert _starts(verdict) == [datetime(2026, 12, 9, 23 if tokyo else 16, 0, tzinfo=UTC)]
    assert verdict.certain


def test_a_second_clock_with_no_restating_words_is_a_second_offer() -> None:
    # Near miss: "oder 18 Uhr" is another time, not the first one said again.
    verdict = _read("Möglich wäre Mittwoch, 9. Dezember, um 17 Uhr oder 18 Uhr MEZ.", date=_BERLIN)
    assert len(verdict.proposed_times) == 2


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "in meetings til 3 on thurs so your 4pm is out. 5:30 UK thursday?",
            _THU.replace(hour=17, minute=30),
        ),
        ("no luck on weds, too much on. 4:30pm thurs?", _THU.replace(minute=30)),
        ("can't do thurs, sorry. 11am fri?", _FRI.replace(hour=11)),
    ],
)
def test_a_phone_sentence_may_start_with_a_clock_time(body: str, start: datetime) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert _starts(verdict) == [start]


def test_a_clock_after_an_abbreviation_stays_in_its_sentence() -> None:
    # Near miss: "ca." abbreviates, so "ca. 3pm" is no sentence end.
    assert sentences("free ca. 3pm on thurs") == ["free ca. 3pm on thurs"]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("tues or wed evening", [date(2026, 12, 8), date(2026, 12, 9)]),
        ("mon or tues", [date(2026, 12, 14), date(2026, 12, 15)]),
        ("any of sat, sun or mon", None),
        # Near miss: a lower-case "wed" with no day beside it is the verb.
        ("they wed in june", []),
    ],
)
def test_a_lower_case_short_day_listed_with_another_is_a_day(
    text: str, days: list[date] | None
) -> None:
    found = [m.day for m in find_dates(text, date(2026, 12, 7))]
    if days is None:
        assert len(found) == 3
    else:
        assert found == days
