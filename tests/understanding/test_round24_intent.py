"""Round 24, intent, referrals and inline answers: sentences of our own, each rule with near misses.

A person put on the thread ("Adding Meera Pillai from our research group") or pointed to ("I'd
point you to two people who …: Sam Ortiz (…) and Lena Fischer", "je vous oriente vers …") is a
referral, and so is a former colleague ("a minha antiga colega …", "mi antigua compañera …"); a
person on the Cc line named in a reply read as no referral and no time is doubted. "Can't make
this work, sorry" turns the chat down; "can't make it work" cancels nothing agreed. "Thanks for
the chat earlier today" moves no meeting. A clock offered right after a sentence whose day the
sender cannot make ("I have a 1:00 on Friday that ends at 2:15. Could you do 2:30 instead?") is
for that day, and "I have a 1:00" is something booked, not a pick of the user's 1pm.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_LA = ZoneInfo("America/Los_Angeles")
# The user in Los Angeles offered Thursday 19 and Friday 20 October 2028, 10am and 1pm PT.
_QUOTE = (
    "\n\nOn Mon, Oct 16, 2028 at 9:05 AM Ada Obi <ada@example.com> wrote:\n"
    "> Could we talk for 20 minutes?\n> - Thursday Oct 19 at 10am PT\n"
    "> - Friday Oct 20 at 1pm PT\n>\n> Ada\n"
)
_COPIED = "Meera Pillai <meera.pillai@nimbleloop.in>"


def _read(body: str, *, offset: str = "+0100", cc: str = "") -> Verdict:
    headers = f"Cc: {cc}\n" if cc else ""
    return read_reply(
        body, tz=_LA, date=f"Tue, 17 Oct 2028 10:02:00 {offset}", quote=_QUOTE, headers=headers
    )


def _people(verdict: Verdict) -> list[tuple[str, str | None]]:
    return [(r.name, r.email) for r in verdict.referrals]


@pytest.mark.parametrize(
    "body",
    [
        "I'm the wrong person for this, I'm afraid. Adding Meera Pillai from our research group,"
        " who'd be a great person to talk to.",
        "Not my field. Adding my colleague Meera Pillai, she made exactly that switch.",
        "Je ne suis pas la bonne personne. J'ajoute Meera Pillai, de notre équipe recherche.",
        "No soy la persona indicada. Añado a Meera Pillai, de nuestro equipo de investigación.",
        "Non sono la persona giusta. Aggiungo Meera Pillai del nostro team di ricerca.",
        "Não sou a pessoa certa. Adiciono a Meera Pillai, da nossa equipa de investigação.",
    ],
)
def test_someone_added_to_the_thread_is_a_referral(body: str) -> None:
    verdict = _read(body, cc=_COPIED)
    assert verdict.certain
    assert verdict.intent is Intent.REFERRAL
    assert _people(verdict) == [("Meera Pillai", "meera.pillai@nimbleloop.in")]


@pytest.mark.parametrize(
    "body",
    [
        # Whom the sender sends the user to, in words the reader does not know.
        "Not my area, I'm afraid. Meera on our research team is who I'd ask.",
        "Sorry, I can't help here. Meera knows this world far better than I do.",
    ],
)
def test_a_copied_person_named_beside_a_no_is_doubted(body: str) -> None:
    verdict = _read(body, cc=_COPIED)
    assert not verdict.certain
    assert "copied_person_unread" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "cc", "intent", "starts"),
    [
        # Near misses: the copied person is whom the meeting is with (an assistant writing), or
        # nobody copied is named, or "Adding" puts a day on the table.
        ("Meera is free Thursday at 10am PT, does that work?", _COPIED, Intent.ACCEPT,
         [datetime(2028, 10, 19, 10, 0)]),
        ("Unfortunately I can't help. Good luck!", _COPIED, Intent.DECLINE, []),
        ("Adding Friday at 1pm PT as another option.", "", Intent.ACCEPT,
         [datetime(2028, 10, 20, 13, 0)]),
    ],
)  # fmt: skip
def test_near_misses_of_someone_copied(
    body: str, cc: str, intent: Intent, starts: list[datetime]
) -> None:
    verdict = _read(body, cc=cc)
    assert verdict.certain
    assert verdict.intent is intent
    assert local_starts(verdict, _LA) == starts


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # Near misses: a thing added is no one; a name added but neither copied nor written with
        # an address may be a person the reader cannot reach (doubted, not read past).
        ("Adding Zoom details below. Thursday at 10am PT works for me.", Intent.ACCEPT),
        ("Sorry, can't help with this. Adding Notion page with my notes: https://notion.so/x",
         Intent.DECLINE),
        ("Not my field. Adding Sarah Kim, she made exactly that switch.", None),
    ],
)  # fmt: skip
def test_something_added_is_no_referral(body: str, intent: Intent | None) -> None:
    verdict = _read(body, cc=_COPIED)
    assert verdict.referrals == ()
    assert verdict.certain is (intent is not None)
    if intent is not None:
        assert verdict.intent is intent


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("I've moved to strategy, so I'd point you to two people who made the same switch: Sam"
         " Ortiz (sam.ortiz@fernway.com) and Lena Fischer, who is at a fintech now.",
         [("Sam Ortiz", "sam.ortiz@fernway.com"), ("Lena Fischer", None)]),
        ("Honestly I'm not close to this anymore. Let me point you to Dana Whitfield"
         " (dana@northbay.io) instead - tell her I said hi.",
         [("Dana Whitfield", "dana@northbay.io")]),
        ("I'd steer you towards Rohan (rohan@tallyhq.com), he ran research at our last company.",
         [("Rohan", "rohan@tallyhq.com")]),
        ("Je ne fais plus de recherche, je vous oriente vers Claire Dubois"
         " (claire.dubois@atelier.fr), qui a fait cette transition.",
         [("Claire Dubois", "claire.dubois@atelier.fr")]),
        ("Ya no trabajo en esto; te remito a Lucía Romero (lucia@sur.es), que hizo ese cambio.",
         [("Lucía Romero", "lucia@sur.es")]),
        ("Ich bin da nicht mehr nah dran, ich verweise Sie an Anna Roth (anna.roth@beispiel.de).",
         [("Anna Roth", "anna.roth@beispiel.de")]),
        ("Ik zit er niet meer in, ik verwijs je door naar Sanne de Vries (sanne@voorbeeld.nl).",
         [("Sanne de Vries", "sanne@voorbeeld.nl")]),
    ],
)  # fmt: skip
def test_someone_the_user_is_pointed_to_is_a_referral(
    body: str, people: list[tuple[str, str | None]]
) -> None:
    verdict = _read(body)
    assert verdict.certain
    assert verdict.intent is Intent.REFERRAL
    assert _people(verdict) == people


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: a resource, not a person, is pointed to; nobody named is a referral.
        "I'd point you to Coursera for that.",
        "I'd point you to the Nielsen Norman Group articles, they cover this well.",
    ],
)
def test_a_resource_pointed_to_is_no_certain_referral(body: str) -> None:
    verdict = _read(body)
    assert verdict.referrals == ()
    assert not verdict.certain


def test_asking_to_be_pointed_somewhere_is_no_referral() -> None:
    verdict = _read("Could you point me to your portfolio first?")
    assert verdict.intent is Intent.OTHER
    assert verdict.referrals == ()


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Já não trabalho nisso, mas a minha antiga colega Marta Sousa fez essa transição. Fala"
         " com ela: marta.sousa@estudiomar.pt.", ("Marta Sousa", "marta.sousa@estudiomar.pt")),
        ("Ya no hago investigación, pero mi antigua compañera Lucía Romero hizo ese cambio."
         " Escríbele: lucia.romero@sur.es.", ("Lucía Romero", "lucia.romero@sur.es")),
        ("Je ne fais plus de recherche, mais mon ancienne collègue Claire Dubois a fait ce virage."
         " Écrivez-lui : claire.dubois@atelier.fr.", ("Claire Dubois", "claire.dubois@atelier.fr")),
        ("Ich bin raus aus dem Thema, aber meine ehemalige Kollegin Anna Roth hat genau das"
         " gemacht. Schreiben Sie ihr: anna.roth@beispiel.de.",
         ("Anna Roth", "anna.roth@beispiel.de")),
        ("Non faccio più ricerca, ma la mia ex collega Giulia Conti ha fatto questo passaggio."
         " Scrivile: giulia.conti@esempio.it.", ("Giulia Conti", "giulia.conti@esempio.it")),
        ("I'm out of research now, but my ex-colleague Tom Hughes made that move. Talk to him:"
         " tom.hughes@gridline.com.", ("Tom Hughes", "tom.hughes@gridline.com")),
    ],
)  # fmt: skip
def test_a_former_colleague_recommended_is_a_referral(
    body: str, person: tuple[str, str | None]
) -> None:
    verdict = _read(body)
    assert verdict.certain
    assert verdict.intent is Intent.REFERRAL
    assert _people(verdict) == [person]


def test_a_former_colleague_only_mentioned_is_no_referral() -> None:
    # Near miss: she is mentioned, nobody is recommended, and the sender picks a time.
    verdict = _read(
        "A minha antiga colega Marta Sousa e eu trabalhámos juntas em Lisboa. Quinta às 10h PT"
        " funciona para mim."
    )
    assert verdict.intent is not Intent.REFERRAL
    assert verdict.referrals == ()


@pytest.mark.parametrize(
    "body",
    [
        "Can't make this work, sorry Ada. Good luck!",
        "Sorry, I won't be able to make it work. All the best with the move.",
        "Can't swing it, apologies - good luck with the search.",
    ],
)
def test_cant_make_this_work_is_a_no(body: str) -> None:
    verdict = _read(body, offset="-0800")
    assert verdict.certain
    assert verdict.intent is Intent.DECLINE


@pytest.mark.parametrize(
    ("body", "intent", "starts", "certain"),
    [
        # Near misses: a day says which times are turned down; a later month defers; tomorrow's
        # "can't make it" (no "work") still cancels what was agreed.
        ("Can't make it work on Thursday, but how about Friday at 3pm PT?", Intent.PROPOSE_TIMES,
         [datetime(2028, 10, 20, 15, 0)], True),
        ("Can't make it work this week, ping me next month?", Intent.DEFER, [], True),
        ("Sorry, I can't make it tomorrow after all.", Intent.CANCEL, [], True),
        ("Sorry, I can't make it work tomorrow after all.", Intent.OTHER, [], False),
    ],
)  # fmt: skip
def test_near_misses_of_cant_make_it_work(
    body: str, intent: Intent, starts: list[datetime], certain: bool
) -> None:
    verdict = _read(body, offset="-0800")
    assert verdict.intent is intent
    assert local_starts(verdict, _LA) == starts
    assert verdict.certain is certain


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for the chat earlier today - here are the two links I mentioned. Keep me posted!",
        "Great talking earlier this week. As promised, the reading list is attached.",
        "Thank you for the call earlier today, really enjoyed it.",
    ],
)
def test_a_chat_earlier_today_moves_nothing(body: str) -> None:
    verdict = _read(body, offset="-0700")
    assert verdict.certain
    assert verdict.intent is Intent.OTHER
    assert "shift_unread" not in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: "earlier" asks to move the meeting.
        "Could we do it earlier today instead?",
        "Thanks! Could we start a bit earlier?",
        "Could we start 30 minutes earlier?",
    ],
)
def test_earlier_that_moves_the_meeting_is_still_doubted(body: str) -> None:
    verdict = _read(body, offset="-0700")
    assert not verdict.certain
    assert "shift_unread" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("I have a 1:00 on Friday that ends at 2:15. Could you do 2:30 instead?",
         datetime(2028, 10, 20, 14, 30)),
        ("Thursday 10am clashes with my standup. Could we do 11:30 instead?",
         datetime(2028, 10, 19, 11, 30)),
        ("Friday 1pm PT clashes with a meeting. Would 3pm PT work?",
         datetime(2028, 10, 20, 15, 0)),
        ("Vendredi à 13h j'ai une réunion. Est-ce que 15h vous irait ?",
         datetime(2028, 10, 20, 15, 0)),
        ("Am Freitag um 13 Uhr habe ich einen Termin. Ginge 15 Uhr?",
         datetime(2028, 10, 20, 15, 0)),
    ],
)  # fmt: skip
def test_a_clock_offered_after_a_blocked_day_is_for_that_day(body: str, start: datetime) -> None:
    verdict = _read(body, offset="-0700")
    assert verdict.certain
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _LA) == [start]


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: the clock falls inside the blocked range, or before the conflict; a
        # part of the day is blocked, not a clock; "I have a 1:00" alone is no pick of 1pm.
        "Friday I'm booked from 1 to 3. Could you do 2:30?",
        "I have a 1:00 on Friday. Could you do 11?",
        "Friday afternoon is packed. How about 10am?",
        "I have a 1:00 on Friday.",
    ],
)
def test_no_certain_time_beside_a_blocked_day_otherwise(body: str) -> None:
    verdict = _read(body, offset="-0700")
    assert not verdict.certain


def test_a_clock_slot_offered_is_not_booked() -> None:
    # Near miss: "a 1:00 slot open" offers that time (the user's Friday 1pm).
    verdict = _read("I have a 1:00 slot open on Friday, does that suit?", offset="-0700")
    assert verdict.certain
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _LA) == [datetime(2028, 10, 20, 13, 0)]
