"""Coverage pass on intent cues, referrals and invitations: constructions that left a reply
uncertain although its reading is plain. Sentences of our own, each rule with a near miss
where it must not fire.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_NEW_YORK = ZoneInfo("America/New_York")
# The user, in New York, offers two mornings; the thread names the user's zone.
_QUOTE = (
    "\n\nOn Mon, Oct 4, 2027 at 9:00 AM Jordan Reyes <jordan@example.com> wrote:\n"
    "> Could we talk for 20 minutes? Thursday 10/7 at 9am ET or Friday 10/8 at 10am ET"
    " would work for me.\n>\n> Jordan Reyes\n> Atlanta, GA (Eastern time)\n"
)


def _read(body: str, quote: str = _QUOTE) -> Verdict:
    return read_reply(
        body,
        tz=_NEW_YORK,
        date="Tue, 5 Oct 2027 09:00:00 +0200",
        quote=quote,
        to="Jordan Reyes <jordan@example.com>",
    )


def _people(verdict: Verdict) -> list[tuple[str, str | None]]:
    return [(r.name, r.email) for r in verdict.referrals]


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # The infinitive of a talk-to verb, Portuguese inflecting it for the person.
        (
            "Yo no soy la indicada; te conviene hablar con Lucía Ferrer (lucia@ferrer.es),"
            " que lleva ese equipo.",
            [("Lucía Ferrer", "lucia@ferrer.es")],
        ),
        (
            "Não sou a pessoa indicada. O ideal é conversares com o Tiago Mendes"
            " (tiago.mendes@porto.pt), que fez essa mudança.",
            [("Tiago Mendes", "tiago.mendes@porto.pt")],
        ),
        # A list after "people worth a call:", the second name without an address.
        (
            "I'm not the best fit. Two people worth a call: Alma Reyes (alma@ridge.com) leads"
            " pricing, and Victor Hale on the ops side knows the whole network.",
            [("Alma Reyes", "alma@ridge.com"), ("Victor Hale", None)],
        ),
        # "X is who you want", with where they sit between.
        (
            "Sorry, not my area. Mira Sandoval in our research group is who you want:"
            " mira.sandoval@northway.com.",
            [("Mira Sandoval", "mira.sandoval@northway.com")],
        ),
        # The Dutch and German verb after the person.
        (
            "Je kunt beter met mijn collega Fenna van Dam spreken; haar adres is"
            " fenna.vandam@polder.nl.",
            [("Fenna van Dam", "fenna.vandam@polder.nl")],
        ),
        (
            "Dafür sollten Sie lieber mit Jonas Brandt sprechen (jonas.brandt@elbe.de).",
            [("Jonas Brandt", "jonas.brandt@elbe.de")],
        ),
        # An assistant writing for someone else: "his colleague", who "has offered to talk".
        (
            "Ms. Lee cannot take calls like this, but her colleague Omar Haddad has offered to"
            " talk with you. His address is omar.haddad@cedar.com.",
            [("Omar Haddad", "omar.haddad@cedar.com")],
        ),
    ],
)
def test_a_person_named_in_another_construction_is_a_referral(
    body: str, people: list[tuple[str, str | None]]
) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert _people(verdict) == people
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # The sender offers to talk: "mit Ihnen" is no one else.
        "Gerne würde ich mit Ihnen sprechen. Donnerstag um 9 Uhr Ihrer Zeit passt.",
        "Ik wil graag met je praten. Donderdag om 9 uur jouw tijd past prima.",
    ],
)
def test_talking_with_the_user_is_no_referral(body: str) -> None:
    verdict = _read(body)
    assert verdict.referrals == ()
    assert verdict.intent is Intent.ACCEPT


def test_a_colleague_named_in_passing_is_no_referral() -> None:
    # Near miss: "his colleague" with nothing recommending them or sending the user to them.
    verdict = _read(
        "Thursday 10/7 at 9am ET works. I met his colleague Omar Haddad at a conference once."
    )
    assert verdict.referrals == ()
    assert verdict.intent is Intent.ACCEPT


def test_worth_a_call_about_a_topic_is_no_referral() -> None:
    # Near miss: "worth a call" said of the topic, not of people.
    verdict = _read("Honestly this one is worth a call: Thursday 10/7 at 9am ET works for me.")
    assert verdict.referrals == ()
    assert verdict.intent is Intent.ACCEPT


def test_who_you_want_with_no_person_stays_uncertain() -> None:
    # Near miss: a team, not a person, is "who you want"; no one can be named.
    verdict = _read("Not my area. Our support desk is who you want, they answer within a day.")
    assert verdict.referrals == ()
    assert not verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        # The request itself is something the sender cannot help with.
        "Hi Jordan, sorry - that's not something I can help you with. All the best!",
        "Lo siento, no es algo en lo que pueda ayudar. ¡Suerte!",
        "Helaas, dat is niet iets waarmee ik kan helpen. Veel succes!",
        # "No longer take such calls", in the other languages.
        "Merci de votre message, mais je ne fais plus ce genre d'entretiens. Bonne continuation.",
        "Gracias, pero ya no acepto este tipo de charlas. Mucha suerte.",
        "Danke, aber ich führe keine solchen Gespräche mehr. Viel Erfolg!",
        "Grazie, ma non faccio più chiacchierate di questo tipo. In bocca al lupo!",
        # A no the sender is bound to, after a calendar that "looks open".
        "My calendar is technically open, but our legal team asked us not to meet candidates,"
        " so I'll have to say no to the chat. Sorry!",
    ],
)
def test_a_no_in_another_wording_is_a_decline(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DECLINE
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: a working day's end, a channel turned down, one day turned down.
        "Je ne prends plus d'appels après 17h, mais jeudi 10/7 à 9h ET me va.",
        "Not something I can help with by email, but Thursday 10/7 at 9am ET works.",
        "I have to say no to Thursday, but Friday 10/8 at 10am ET works.",
    ],
)
def test_a_narrower_no_is_no_decline(body: str) -> None:
    assert _read(body).intent is not Intent.DECLINE


_INVITE_START = datetime(2027, 10, 12, 17, tzinfo=UTC)


def _invitation(words: str) -> Verdict:
    # A calendar REQUEST with no thread quoted: only the words say whose time it is.
    ics = (
        "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:cover-intent@example.com\n"
        "SEQUENCE:0\nDTSTART:20271012T170000Z\nDURATION:PT30M\nSUMMARY:Coffee chat\n"
        "END:VEVENT\nEND:VCALENDAR"
    )
    body = (
        f"--ci\nContent-Type: text/plain; charset=utf-8\n\n{words}\n"
        f"--ci\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n{ics}\n--ci--\n"
    )
    return read_reply(
        body,
        tz=_NEW_YORK,
        date="Tue, 5 Oct 2027 09:00:00 -0400",
        content_type='multipart/mixed; boundary="ci"',
    )


@pytest.mark.parametrize(
    "words",
    [
        # The user's times said to be taken, or the invitation's day put in their place.
        "Your Mon/Wed slots are all booked, so I put us on Tuesday.",
        "Mornings are hard for me, so I sent this for Tuesday afternoon instead.",
        "Tuesday at 1 instead?",
        "Mardi après-midi plutôt ?",
        "Dienstag Nachmittag stattdessen, passt das?",
    ],
)
def test_an_invitation_put_in_place_of_the_users_times_is_an_offer(words: str) -> None:
    verdict = _invitation(words)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert [w.start for w in verdict.proposed_times] == [_INVITE_START]
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "words",
    [
        # Near misses: "instead of" a call replaces no time; the user's times said to be fine.
        "Sending a video invite for Tuesday instead of a phone call.",
        "Your times are fine - sent this for Tuesday.",
    ],
)
def test_an_invitation_that_replaces_no_time_stays_doubted(words: str) -> None:
    assert not _invitation(words).certain


# The user offers a morning and two afternoons, in Eastern time.
_THREE_OFFERS = (
    "\n\nOn Mon, Oct 4, 2027 at 9:00 AM Jordan Reyes <jordan@example.com> wrote:\n"
    "> Could we talk for 20 minutes? Wed 10/6 at 8am ET, Thu 10/7 at 1pm ET or Fri 10/8 at"
    " 3:30pm ET.\n>\n> Jordan Reyes\n> Atlanta, GA (Eastern time)\n"
)


def _pick_among_three(body: str) -> Verdict:
    return _read(body, _THREE_OFFERS)


def test_either_of_the_afternoon_ones_offers_those_two() -> None:
    verdict = _pick_among_three("any of the afternoon slots is fine, your call. mornings are out")
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert [w.start.astimezone(_NEW_YORK).replace(tzinfo=None) for w in verdict.proposed_times] == [
        datetime(2027, 10, 7, 13, 0),
        datetime(2027, 10, 8, 15, 30),
    ]
    assert verdict.certain, doubt_codes(verdict)


def test_either_of_the_morning_ones_picks_the_only_morning() -> None:
    verdict = _pick_among_three("Either of the morning ones is fine by me, you pick!")
    assert verdict.intent is Intent.ACCEPT
    assert [w.start.astimezone(_NEW_YORK).replace(tzinfo=None) for w in verdict.proposed_times] == [
        datetime(2027, 10, 6, 8, 0)
    ]


def test_a_part_of_the_day_with_no_offer_in_it_stays_uncertain() -> None:
    # Near miss: the user offered no evening; nothing can be picked.
    verdict = _pick_among_three("Either of the evening ones works for me, you pick.")
    assert verdict.proposed_times == ()
    assert not verdict.certain


def test_an_offer_at_noon_leaves_the_afternoon_ones_unsettled() -> None:
    # Near miss: whether 12:30 is one of "the afternoon ones" is a guess.
    quote = _THREE_OFFERS.replace("8am ET", "12:30pm ET")
    verdict = _read("either of the afternoon ones is fine, you pick", quote)
    assert not verdict.certain


_FOOTER = (
    "\n\nAnna Roth\nElbe Logistik GmbH\n\nDiese Nachricht enthält vertrauliche Informationen."
    " Wenn Sie nicht der richtige Adressat sind, löschen Sie sie bitte.\n"
)


def test_a_footer_saying_it_holds_confidential_information_says_no_no() -> None:
    verdict = _read(f"Gern! Ich könnte am Donnerstag, 7.10., um 16 Uhr MESZ.{_FOOTER}")
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert verdict.certain, doubt_codes(verdict)


def test_the_senders_own_no_above_that_footer_still_counts() -> None:
    # Near miss: the refusal is in the sender's words.
    verdict = _read(f"Dafür bin ich leider nicht die Richtige, tut mir leid.{_FOOTER}")
    assert verdict.intent is Intent.DECLINE


def test_would_be_inside_a_bracket_restates_the_time_before_it() -> None:
    verdict = _read("Te propongo el jueves 7 a las 16:00 (hora de Madrid, serían las 10:00 en NY).")
    assert [w.start.astimezone(_NEW_YORK).hour for w in verdict.proposed_times] == [10]
    assert verdict.certain, doubt_codes(verdict)


def test_would_be_outside_a_bracket_may_be_a_second_offer() -> None:
    # Near miss: no bracket, so "serían las 18:00" is another time, not the same one again.
    verdict = _read("Te propongo el jueves 7 a las 16:00, o si no, lo mejor serían las 18:00.")
    assert len(verdict.proposed_times) == 2
