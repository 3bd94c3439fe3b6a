"""Round 12: busy with no return beside a no, a yes that turns to a no, leave named by its kind
and "back at the office" in other words, an offer of the user's named back as turned down, the
edge of a part of the day in seven languages, HTML table cells kept apart, and referrals named
after adverbs, before where the person works, or with an accent their address drops. Sentences
of our own.
"""

from __future__ import annotations

from datetime import UTC

import pytest

from tests.understanding.reply import read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

# The user offers two times in London time.
_LONDON_QUOTE = (
    "\n\nOn Mon, Dec 7, 2026 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would either of these work (UK time)?\n"
    "> - Wednesday 9 December, 15:00\n"
    "> - Thursday 10 December, 16:00\n"
)
_DATE = "Mon, 07 Dec 2026 10:00:00 +0000"


def _read(
    body: str,
    quote: str = _LONDON_QUOTE,
    *,
    date: str = _DATE,
    headers: str = "",
    content_type: str = "text/plain; charset=utf-8",
) -> Verdict:
    return read_reply(
        body, tz=UTC, date=date, quote=quote, headers=headers, content_type=content_type
    )


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        (
            "Can't take this on, sorry - completely slammed for the foreseeable. Good luck!",
            "decline",
        ),
        ("Malheureusement je ne peux pas, je suis débordée. Bonne chance !", "decline"),
        ("Lo siento, no puedo: tengo muchísimo trabajo. ¡Suerte!", "decline"),
        # Near misses: a return named, or busy alone, is still a later yes.
        ("Not able to right now, sorry - swamped until the new year.", "defer"),
        ("Swamped this month, sorry! Ping me in February?", "defer"),
        ("Really busy at the moment, sorry.", "defer"),
    ],
)
def test_busy_beside_a_no_with_no_return_is_a_decline(body: str, intent: str) -> None:
    verdict = _read(body, quote="")
    assert verdict.intent.value == intent


@pytest.mark.parametrize(
    "body",
    [
        "I looked at your times and Wednesday 15:00 would be free for me. However, our compliance "
        "team has asked us not to take these conversations, so with regret I'll sit this one out.",
        "Thursday 16:00 works on paper. Unfortunately my manager asked me to stop, I'm afraid.",
        "Mercredi 15h me convient en principe. Malheureusement, je dois rester en dehors.",
    ],
)
def test_a_yes_that_turns_to_a_no_is_never_a_certain_yes(body: str) -> None:
    verdict = _read(body)
    assert not (verdict.certain and verdict.intent in (Intent.ACCEPT, Intent.PROPOSE_TIMES))


def test_a_no_to_one_time_beside_a_yes_to_another_stays_a_yes() -> None:
    # Near miss: "Thursday I can't" turns down a time, not the chat.
    verdict = _read("Wednesday 15:00 works for me. Unfortunately Thursday I can't.")
    assert verdict.intent is Intent.ACCEPT
    assert "contradicting_intent_cues" not in {d.code for d in verdict.doubts}


_AUTO = "Auto-Submitted: auto-replied\n"


@pytest.mark.parametrize(
    ("body", "back"),
    [
        ("Ik ben met zomerverlof. Vanaf maandag 4 januari ben ik weer op kantoor.", "2027-01-04"),
        ("Ich bin im Weihnachtsurlaub. Ab Montag, 4. Januar bin ich wieder da.", "2027-01-04"),
        ("Estou de licença até 4 de janeiro.", None),
    ],
)
def test_leave_named_by_its_kind_is_an_absence(body: str, back: str | None) -> None:
    verdict = _read(body, quote="", headers=_AUTO)
    assert verdict.intent is Intent.OUT_OF_OFFICE
    if back is not None:
        assert str(verdict.return_date) == back


def test_an_auto_acknowledgement_is_no_absence() -> None:
    # Near miss: headers, but no leave and no return said.
    verdict = _read("We have received your message and will reply soon.", quote="", headers=_AUTO)
    assert verdict.intent is not Intent.OUT_OF_OFFICE


@pytest.mark.parametrize(
    "body",
    [
        "Wednesday's 15:00 is my school run, so neither works - but I could do Friday 11 December "
        "at 10:00.",
        "Thursday's 16:00 clashes with our board call; I could do Friday 11 December at 10:00.",
        "Wednesday's 15:00 is out for me, sadly. How about Friday 11 December at 10:00?",
    ],
)
def test_one_of_several_offers_named_back_is_no_meeting_moved(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.PROPOSE_TIMES


def test_the_one_agreed_time_named_back_is_still_moved() -> None:
    # Near miss: one time quoted is the meeting agreed, so a new time moves it.
    quote = (
        "\n\nOn Mon, Dec 7, 2026 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
        "> Great, see you Wednesday 9 December at 15:00 (UK time).\n"
    )
    verdict = _read("Wednesday's 15:00 is out now, could we do Friday 11 December at 10:00?", quote)
    assert verdict.intent is Intent.RESCHEDULE


@pytest.mark.parametrize(
    ("body", "hours"),
    [
        ("Sinon, mardi 15 décembre en fin d'après-midi ?", (15, 17)),
        ("Would Tuesday 15 December late afternoon work?", (15, 17)),
        ("Andrebbe bene martedì 15 dicembre nel tardo pomeriggio?", (15, 17)),
        ("Zou dinsdag 15 december aan het eind van de middag uitkomen?", (15, 17)),
        ("¿Te va el martes 15 de diciembre a primera hora de la tarde?", (13, 15)),
        # Near miss: the plain afternoon is the whole afternoon.
        ("Sinon, mardi 15 décembre l'après-midi ?", (13, 17)),
    ],
)
def test_the_edge_of_a_part_of_the_day(body: str, hours: tuple[int, int]) -> None:
    verdict = _read(body, quote="")
    assert [(w.start.hour, w.end.hour) for w in verdict.proposed_times] == [hours]


def test_html_table_cells_stay_apart() -> None:
    html = (
        "<p>Two options (UK time):</p><table><tr><td>Tue, Dec 15</td><td>10:00</td></tr>"
        "<tr><TD>Wed, Dec 16</TD><TD>11:30</TD></tr></table>"
    )
    verdict = _read(html, quote="", content_type="text/html; charset=utf-8")
    starts = [w.start.astimezone(UTC).strftime("%d %H:%M") for w in verdict.proposed_times]
    assert starts == ["15 10:00", "16 11:30"]


@pytest.mark.parametrize(
    ("body", "people"),
    [
        (
            "Ik zit niet meer in product. Maar praat vooral eens met Sanne de Wit "
            "(sanne@example.org) en met Pieter Bos van Netbeheer Oost.",
            {("Sanne de Wit", "sanne@example.org"), ("Pieter Bos", None)},
        ),
        (
            "I'm not the most useful person here. Renée Dubois on our grid team is the better "
            "bet - she came from the regulator. renee.dubois@example.org",
            {("Renée Dubois", "renee.dubois@example.org")},
        ),
        (
            "Spreek gerust eens met Joost Mulder, joost@example.org.",
            {("Joost Mulder", "joost@example.org")},
        ),
    ],
)
def test_referrals_named_past_adverbs_affiliations_and_accents(
    body: str, people: set[tuple[str, str | None]]
) -> None:
    verdict = _read(body, quote="")
    assert verdict.intent is Intent.REFERRAL
    assert {(r.name, r.email) for r in verdict.referrals} == people


def test_a_name_with_a_particle_keeps_it() -> None:
    # Near miss: "van" right after the first name is part of the name.
    verdict = _read("Praat eens met Joris van Dijk (joris@example.org).", quote="")
    assert [r.name for r in verdict.referrals] == ["Joris van Dijk"]


# The user offers two times in London time from a +0000 Date header (London in winter).
@pytest.mark.parametrize(
    "body",
    [
        "Terça-feira, 15 de dezembro, às 11h fica ótimo para mim.",
        "Martedì 15 dicembre alle 11:00 va benissimo.",
        "Tuesday 15 December at 11 works for me, see you then.",
    ],
)
def test_a_pick_read_the_same_in_both_zones_is_proved(body: str) -> None:
    quote = (
        "\n\nOn Mon, Dec 7, 2026 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
        "> I could do (London time):\n"
        "> - Tuesday 15 December, 11:00\n"
        "> - Wednesday 16 December, 14:00\n"
    )
    verdict = _read(body, quote)
    assert verdict.intent is Intent.ACCEPT
    assert verdict.certain, verdict.doubts


def test_a_time_that_is_no_offer_from_a_utc_header_stays_in_doubt() -> None:
    # Near miss: 13:00 is none of the user's times, so the zone is still a guess. Since round
    # 35 a London thread in winter is itself on UTC (`certainty._thread_on_utc`), so the guess
    # is left only where the thread's clock is not: here Central time.
    verdict = _read(
        "Tuesday 15 December at 13:00 would suit me better.",
        quote=_LONDON_QUOTE.replace("UK time", "Central time"),
    )
    assert "time_without_zone_across_zones" in {d.code for d in verdict.doubts}


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("Janeiro está impossível. Podemos conversar em fevereiro?", Intent.DEFER),
        ("January is a write-off for me. Could we talk in February?", Intent.DEFER),
        ("Januar geht gar nicht. Können wir Anfang Februar sprechen?", Intent.DEFER),
        # Near miss: a time with the month is an offer, not a later yes.
        ("Could we talk on 3 February at 10:00?", Intent.PROPOSE_TIMES),
    ],
)
def test_the_chat_put_to_a_later_month_is_a_defer(body: str, intent: Intent) -> None:
    verdict = _read(body, quote="")
    assert verdict.intent is intent


@pytest.mark.parametrize(
    "body",
    [
        "Ik moet helaas passen. Veel succes, ik weet zeker dat het gaat lukken.",
        "I'm afraid I'll have to pass. Good luck - I'm sure you'll do great, it sounds good.",
        "Leider habe ich keine Zeit. Viel Erfolg, das klappt bestimmt!",
    ],
)
def test_a_good_luck_sentence_after_a_no_is_no_yes(body: str) -> None:
    verdict = _read(body, quote="")
    assert verdict.intent is Intent.DECLINE
    assert verdict.certain, verdict.doubts


def test_a_yes_after_the_no_still_contradicts() -> None:
    # Near miss: "happy to chat though" is a yes about the chat, not a wish.
    verdict = _read("Unfortunately I can't this month. Happy to chat though!", quote="")
    assert not verdict.certain


@pytest.mark.parametrize(
    ("body", "corrects"),
    [
        ("Woensdag 16 december om 10:00? Laat maar weten of dat past.", False),
        ("Woensdag 16 december om 10:00? Laat maar even horen.", False),
        ("Woensdag 16 december om 10:00. Oh nee, laat maar, dan zit ik in de trein.", True),
    ],
)
def test_laat_maar_weten_is_no_correction(body: str, corrects: bool) -> None:
    verdict = _read(body, quote="")
    assert ("reply_corrects_itself" in {d.code for d in verdict.doubts}) is corrects


@pytest.mark.parametrize(
    "body",
    [
        "Wednesday 15:00 would be 10am here and I'm free then. However, our legal team has asked "
        "us not to take these calls, so I'll have to sit this one out.",
        "Mercredi 15h, je suis libre en principe. Mais je dois décliner, notre direction ne le "
        "permet pas.",
        "Thursday 16:00 is open on my calendar. But I'm going to have to pass on this one.",
    ],
)
def test_a_time_then_an_outright_no_is_a_decline(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DECLINE
    assert verdict.proposed_times == ()


def test_an_outright_no_to_one_time_before_an_offer_stays_an_offer() -> None:
    # Near miss: the no comes first, the offer last.
    verdict = _read("I'll have to pass on Wednesday. Could we do Friday 11 December at 10:00?")
    assert verdict.intent is Intent.PROPOSE_TIMES


def test_a_time_and_an_outright_no_in_one_sentence_is_in_doubt() -> None:
    # Near miss: one sentence both names the time and says no; the reader cannot tell whether
    # the no is to that time or to the chat, so it asks.
    verdict = _read("Thursday 16:00 is open, but I'm going to have to pass on this one.")
    assert not verdict.certain
