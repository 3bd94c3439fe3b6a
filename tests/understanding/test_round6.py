"""Round 6: the reader accounts for every time-like word, and lets referral wording and a
question asked first outrank a soft no or a bare yes. Sentences of our own, one table per cause.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from workflows.stages import Intent
from workflows.understanding import Verdict, understand
from workflows.understanding.times import read_times

HEADERS = (
    "From: Ines Duarte <ines@example.com>\nTo: Jordan Lee <jordan@example.com>\n"
    "Subject: Re: chat\nDate: Mon, 07 Dec 2026 09:00:00 -0500\n\n"
)
QUOTE = (
    "\n\nOn Fri, Dec 4, 2026 at 10:00 AM Jordan Lee <jordan@example.com> wrote:\n"
    "> Would you have 20 minutes next week? I could do Tue Dec 8 at 3pm ET.\n"
)
NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=NY)


def read(body: str) -> Verdict:
    raw = (HEADERS + body + QUOTE).encode()
    return understand(raw, tz=UTC, meeting_length=timedelta(minutes=30))


def proposed(text: str) -> list[str]:
    reading = read_times(text, NOW, NY, timedelta(minutes=30))
    return [f"{w.start:%a %d %H:%M}-{w.end:%H:%M}" for w in reading.proposed]


@pytest.mark.parametrize(
    "body",
    [
        # Hours in words after a cue the grammar does not know, in three languages (the
        # quarter or half past one is read since round 61; the quarter to one is not).
        "Ginge Mittwoch um drei bei Ihnen?",
        "Jeudi vers quatre heures moins le quart, ça vous irait ?",
        "Viernes a las cinco menos cuarto me vendría bien.",
        # Words for a time of day the grammar has no reading for.
        "Wednesday around midnight my time is what I can manage.",
        # "The same window" with no window before it in the reply.
        "Monday is out, sorry. Could we do Friday in the same window?",
        # "Same time" after only a part of the day: the clock time meant is elsewhere.
        "I have a lunch meeting Tuesday. Could we do Thursday at the same time?",
        # A bare hour listed beside a time the grammar did read.
        "I could manage at 1 or 4 on Wednesday.",
        # A dotted 24-hour time with no cue or zone that makes it one (round 17 reads "um
        # 14.45" and "14.45 MEZ"), and "moins le quart" after noon (read since round 7).
        "Donnerstag 14.45 ginge bei mir.",
        "Vendredi à midi moins le quart, ça vous irait ?",
    ],
)
def test_a_time_like_word_the_reader_did_not_read_makes_it_unsure(body: str) -> None:
    verdict = read(body)
    assert not verdict.certain
    assert "time_unread" in [d.code for d in verdict.doubts]


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # A named person to talk to instead outranks the soft no beside it.
        (
            "I doubt I'd be of much use here, but my teammate Lena Park (cc'd,"
            " lena.park@orbit.example) made the same switch. Lena, meet Jordan!",
            Intent.REFERRAL,
        ),
        (
            "No creo ser la mejor persona, pero te recomiendo hablar con Lucía Vega"
            " (lucia.vega@nube.example.es).",
            Intent.REFERRAL,
        ),
        (
            "Ce n'est pas vraiment mon domaine, mais mon collègue Hugo Petit"
            " (hugo.petit@atelier.example.fr) pourra vous aider.",
            Intent.REFERRAL,
        ),
        (
            "Leider passt das gerade nicht, aber mein Kollege Jonas Weber"
            " (jonas.weber@werk.example.de) kann Ihnen sicher helfen.",
            Intent.REFERRAL,
        ),
        # A question asked before committing is no yes yet.
        (
            "Glad to help! Are those times Eastern? I'm in Denver and want to be sure before I"
            " commit.",
            Intent.OTHER,
        ),
        (
            "Sure - one question before we set anything up: is this for the analyst role or the"
            " PM one?",
            Intent.OTHER,
        ),
        ("Your CV didn't come through on my side, could you resend it?", Intent.OTHER),
        ("Probably yes, but I'll need to check with my manager first.", Intent.OTHER),
        # "Is it OK …?" asks nothing about the zone: the yes stands.
        ("Yes, glad to help! Is it OK if we keep it to 15 minutes?", Intent.ACCEPT),
        # A day said to suit is a yes that picks the user's time on it.
        ("Tuesday should be fine, talk then.", Intent.ACCEPT),
        ("I'd rather not take on another call, sorry.", Intent.DECLINE),
        ("Dit gaat aan me voorbij, sorry.", Intent.DECLINE),
    ],
)
def test_the_reply_is_read_with_certainty(body: str, intent: Intent) -> None:
    verdict = read(body)
    assert (verdict.intent, verdict.certain) == (intent, True)


def test_a_reply_that_takes_back_its_time_is_unsure() -> None:
    verdict = read("Wednesday at 4 is fine - oh wait, that's my daughter's recital. Thursday at 4?")
    assert not verdict.certain
    assert "reply_corrects_itself" in [d.code for d in verdict.doubts]


def test_referral_wording_with_people_the_reader_could_not_name_is_unsure() -> None:
    verdict = read(
        "I can't take any calls until spring, but two people who'd be great for this:\n\n"
        "1. runs our analytics group. omar.h@lumen.example\n"
    )
    assert not verdict.certain
    assert "referral_unread" in [d.code for d in verdict.doubts]


@pytest.mark.parametrize(
    "body",
    [
        "Martedì alle 15 (le vostre) va benissimo.",
        "Pode ser na terça, às 15h do seu horário.",
        "Dinsdag om 15:00 in jouw tijd komt goed uit.",
    ],
)
def test_a_time_in_the_users_zone_picks_the_users_time(body: str) -> None:
    verdict = read(body)
    assert (verdict.intent, verdict.certain) == (Intent.ACCEPT, True)
    assert [w.start for w in verdict.proposed_times] == [datetime(2026, 12, 8, 15, 0, tzinfo=NY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quarter after or before the hour, in German and Dutch.
        ("Dienstag um Viertel nach drei?", ["Tue 08 15:15-15:45"]),
        ("Donderdag om kwart voor vier?", ["Thu 10 15:45-16:15"]),
        ("I could do Wednesday 4ish.", ["Wed 09 16:00-16:30"]),
        ("Shall we say Friday, 10-ish?", ["Fri 11 10:00-10:30"]),
        ("Kan vrijdag om 11.30 uur?", ["Fri 11 11:30-12:00"]),
        # A line that ends on "zwischen" runs on into the next.
        ("Mittwoch irgendwann zwischen\n16 und 17 Uhr?", ["Wed 09 16:00-17:00"]),
        # "The same window" repeats the window before it on another day.
        (
            "Thursday 9-10pm CET could work, or the same window on Friday.",
            ["Thu 10 21:00-22:00", "Fri 11 21:00-22:00"],
        ),
        # The user's reading of a time offered just before is no second offer.
        ("Je peux jeudi 10 à 17h, mais ça ferait 11h pour vous.", ["Thu 10 17:00-17:30"]),
        ("Thursday at 6pm CET, that would be noon for you.", ["Thu 10 18:00-18:30"]),
        # Another zone's reading, with its own weekday, is no offer and no "same time" to repeat.
        (
            "I can do Friday 11 Dec at 7am Tokyo time - that's Thursday 5pm in New York - or"
            " Monday 14th at the same time.",
            ["Fri 11 07:00-07:30", "Mon 14 07:00-07:30"],
        ),
        # The sender's own recurring meeting, turned down in the same breath.
        ("Friday afternoon is our weekly sync, so that one's out.", []),
        # A length in a booking link's path is the link's event type, not this meeting's.
        (
            "Thursday at 11am, or book on https://cal.example.com/ines/45min",
            ["Thu 10 11:00-11:30"],
        ),
    ],
)
def test_times_read_as_the_sender_means_them(text: str, expected: list[str]) -> None:
    assert proposed(text) == expected


def test_an_offer_that_is_another_offer_seen_from_the_users_zone_is_unsure() -> None:
    # Sent from Paris to a user on Eastern time: 15h is 9h in New York, and "à votre réveil" is
    # wording the reader does not know as a restatement ("de votre côté" it now reads: round 9).
    raw = (
        HEADERS.replace("-0500", "+0100")
        + "Je peux vendredi 11 décembre à 15h, soit vers 9h à votre réveil."
        + QUOTE
    ).encode()
    verdict = understand(raw, tz=UTC, meeting_length=timedelta(minutes=30))
    assert not verdict.certain
    assert "offer_restates_another" in [d.code for d in verdict.doubts]
