"""Round 7: false doubts and the wordings behind them, read in general form. Sentences of our
own, one table per cause.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, timedelta

import pytest

from workflows.stages import Intent
from workflows.understanding import Verdict, understand
from workflows.understanding.sentences import sentences

Read = Callable[..., Verdict]
Proposed = Callable[[str], list[str]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A part of the day written short on a phone.
        ("Wed aft is good, or Thu 9-10.", ["Wed 09 13:00-17:00 -0500", "Thu 10 09:00-10:00 -0500"]),
        ("Fri arvo suits me.", ["Fri 11 13:00-17:00 -0500"]),
        ("Jeudi aprèm, ça vous va ?", ["Thu 10 13:00-17:00 -0500"]),
        # "-ish" after noon, and the British "half" before an hour word.
        ("Tuesday noon-ish would work.", ["Tue 08 12:00-12:30 -0500"]),
        ("I could do half four on Wednesday.", ["Wed 09 16:30-17:00 -0500"]),
        # Being free says the numbers are hours; a clock range inside a part of the day is it.
        ("Thursday morning I'm free 8 to 10.", ["Thu 10 08:00-10:00 -0500"]),
        # A zone abbreviation of Hawaii, Alaska, Newfoundland or New Zealand.
        ("Friday at 9am HST?", ["Fri 11 09:00-09:30 -1000"]),
        ("Thursday 11am AKST works.", ["Thu 10 11:00-11:30 -0900"]),
        # "3p", "10:30a": the short form with a zone or a pause after it.
        ("Tue 10am ET or Thu 3p ET", ["Tue 08 10:00-10:30 -0500", "Thu 10 15:00-15:30 -0500"]),
        ("Thursday 10:30a?", ["Thu 10 10:30-11:00 -0500"]),
        # Weekdays written short in lower case, where no word is spelled so.
        ("would thurs at 1 ET work? or fri at 10 ET", ["Thu 10 13:00-13:30 -0500",
                                                        "Fri 11 10:00-10:30 -0500"]),
        # Dutch "tussen 9 en 11"; a country's own time named in its language.
        ("Vrijdag tussen 9 en 11 uur?", ["Fri 11 09:00-11:00 -0500"]),
        ("Giovedì alle 15 (ora italiana)?", ["Thu 10 15:00-15:30 +0100"]),
        ("Quinta às 14h, horário de Brasília?", ["Thu 10 14:00-14:30 -0300"]),
        # A place in brackets names the zone of every time around it.
        ("Tuesday at 2 (London), or Wednesday after 4.", ["Tue 08 14:00-14:30 +0000",
                                                           "Wed 09 16:00-17:00 +0000"]),
        # Noon at one end of a range.
        ("Tuesday between 9 and noon?", ["Tue 08 09:00-12:00 -0500"]),
        ("Wednesday 11-noon works.", ["Wed 09 11:00-12:00 -0500"]),
        ("Friday noon to 1:30 is open.", ["Fri 11 12:00-13:30 -0500"]),
        # "am" / "pm" after a weekday is its morning or afternoon; "I am" after one is not.
        ("Tues pm or Thurs AM?", ["Tue 08 13:00-17:00 -0500", "Thu 10 09:00-12:00 -0500"]),
        ("Monday I am free at 3pm.", ["Mon 14 15:00-15:30 -0500"]),
        # Each working day of next week but the one left out, the part of the day narrowed.
        (
            "Any afternoon next week except Tuesday, between 2 and 4.",
            [f"{d} 14:00-16:00 -0500" for d in ("Mon 14", "Wed 16", "Thu 17", "Fri 18")],
        ),
        # The sender's evening is spoken for; the offer follows.
        (
            "After 4 your time is dinner time here, sorry! Thursday at 10am ET?",
            ["Thu 10 10:00-10:30 -0500"],
        ),
    ],
)  # fmt: skip
def test_times_read_as_the_sender_means_them(
    proposed_in_new_york: Proposed, text: str, expected: list[str]
) -> None:
    assert proposed_in_new_york(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The sender's own calendar: not an offer, in several languages.
        (
            "Monday's out - leadership meeting all morning. Tuesday at 3 works.",
            ["Tue 08 15:00-15:30 -0500"],
        ),
        ("Wednesday I'm stuck in a budget review. Friday at 11?", ["Fri 11 11:00-11:30 -0500"]),
        (
            "Am Mittwoch um 10 Uhr bin ich im Kundenmeeting. Donnerstag um 15 Uhr ginge.",
            ["Thu 10 15:00-15:30 -0500"],
        ),
        (
            "El martes a las 4 tengo clase; el jueves a las 11 me va bien.",
            ["Thu 10 11:00-11:30 -0500"],
        ),
        (
            "Il martedì alle 16 ho lezione, ma giovedì alle 10 va bene.",
            ["Thu 10 10:00-10:30 -0500"],
        ),
        # The user's time seen from the sender's zone is a restatement; "my time" names a zone.
        (
            "I'm on PT, so 3pm ET Tuesday is noon for me - works great.",
            ["Tue 08 15:00-15:30 -0500"],
        ),
        ("Tuesday between 11 and 1 PT my time works.", ["Tue 08 11:00-13:00 -0800"]),
        # The day turned down first; another day after a comma is offered.
        ("Martedì non riesco, giovedì alle 15?", ["Thu 10 15:00-15:30 -0500"]),
        ("Dinsdag lukt niet, donderdag om 15:00 wel.", ["Thu 10 15:00-15:30 -0500"]),
        # A list after the conflict, or "too" after the next day, stays turned down.
        ("I'm busy Tuesday, Wednesday and Thursday at 2pm.", []),
        ("Monday 2pm is booked, Tuesday 2pm too.", []),
        # A time taken back as it is named.
        (
            "I was going to suggest Monday at 8, but that's too early for you, so never mind."
            " Wednesday at 2 works.",
            ["Wed 09 14:00-14:30 -0500"],
        ),
        (
            "Je pensais à lundi 8h, mais c'est la nuit chez vous, donc oublions. Mercredi à 14h ?",
            ["Wed 09 14:00-14:30 -0500"],
        ),
        (
            "Iba a proponer el lunes a las 8, pero olvídalo. ¿El miércoles a las 14h?",
            ["Wed 09 14:00-14:30 -0500"],
        ),
        # "After 3 your time lands in the middle of my …": a clash, and the zone named beside
        # the user's is where the sender writes from.
        (
            "After 2 your time clashes with my classes, so: Thursday at 8am ET (6 your time),"
            " or Friday morning, I'm usually free 9 to 11.",
            ["Thu 10 08:00-08:30 -0500", "Fri 11 09:00-11:00 -0500"],
        ),
        # The agreed meeting with its time, named before the verb that moves it.
        (
            "Kunnen we onze afspraak van woensdag 15:00 verzetten naar vrijdag 10:00?",
            ["Fri 11 10:00-10:30 -0500"],
        ),
        (
            "Können wir unseren Termin morgen 14 Uhr auf Freitag 9 Uhr verschieben?",
            ["Fri 11 09:00-09:30 -0500"],
        ),
    ],
)
def test_only_the_offered_times_are_proposed(
    proposed_in_new_york: Proposed, text: str, expected: list[str]
) -> None:
    assert proposed_in_new_york(text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # German wraps before a capitalised noun; a line that stops on a word runs into a time.
        ("leider sitze ich da im\nKundenmeeting. Geht Freitag?", 2),
        ("can we move our call from tomorrow\n4pm to Friday?", 1),
        # A full stop still ends the sentence; after a number too, but not after the day of a
        # German date.
        ("That works.\n3pm it is.", 2),
        ("Thursday at 4. Could we try Friday?", 2),
        ("Ich bin am 12. Januar zurück.", 1),
    ],
)
def test_hard_wraps_inside_a_sentence_do_not_split_it(text: str, count: int) -> None:
    assert len([s for s in sentences(text) if s.strip()]) == count


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # A weekday written short is said to suit; "that time works"; an "or" in a question
        # about the call is no choice between days.
        ("Hi Ines - Tue works. See you then.", Intent.ACCEPT),
        ("That time works - see you Tuesday!", Intent.ACCEPT),
        ("Tuesday works! Quick q - is it a phone call or video?", Intent.ACCEPT),
        # A day said to suit, in the other languages (the user offered Tuesday).
        ("Bonjour, mardi me convient parfaitement. À mardi !", Intent.ACCEPT),
        ("Ciao, martedì va benissimo. A presto!", Intent.ACCEPT),
        ("Oi, terça está ótimo pra mim. Até lá!", Intent.ACCEPT),
        # Referral wording in the other languages.
        ("Je vous mets en copie Léa Martin (lea.martin@exemple.fr), qui connaît le sujet.",
         Intent.REFERRAL),
        ("Sprechen Sie am besten mit meiner Kollegin Jana Roth (jana.roth@beispiel.de).",
         Intent.REFERRAL),
        ("Ti consiglio di scrivere a Paolo Neri (paolo.neri@esempio.it).", Intent.REFERRAL),
        ("Je kunt het beste contact opnemen met Daan Smit (daan@voorbeeld.nl).", Intent.REFERRAL),
        # An answer still to come, in two languages; the Italian no with "proprio".
        ("Let me check my calendar and get back to you.", Intent.OTHER),
        ("Ich schaue in meinen Kalender und melde mich.", Intent.OTHER),
        ("Grazie, ma in questo periodo non ho proprio tempo.", Intent.DECLINE),
        # A polite no in the other languages.
        ("Je préfère donc décliner, mais je vous souhaite bonne chance.", Intent.DECLINE),
        ("No soy la persona adecuada para esto, lo siento.", Intent.DECLINE),
        ("Non sono la persona giusta, mi dispiace.", Intent.DECLINE),
        # Talking about saying yes is no yes.
        ("I'll pass, sorry - I've stopped saying yes to every request. All the best.",
         Intent.DECLINE),
        # Something to settle before any time is set.
        ("Before we set anything up: is this about the data role or the research one?",
         Intent.OTHER),
        ("Who else have you spoken to? I like to know before I put anything on the calendar.",
         Intent.OTHER),
        # A named person after "wrong person", and referral wording with an article before a name.
        ("I'm the wrong person for this, but I've cc'd my colleague Omar Haddad"
         " (omar.haddad@orbit.example) who made the same move.", Intent.REFERRAL),
        ("Acho que vale a pena conversar com a Beatriz Lemos (beatriz@nube.example.br), que cuida"
         " da área de dados.", Intent.REFERRAL),
    ],
)  # fmt: skip
def test_the_reply_is_read_with_certainty(read_reply: Read, body: str, intent: Intent) -> None:
    verdict = read_reply(body)
    assert verdict.intent is intent
    assert verdict.certain, verdict.doubts


def test_a_second_name_across_a_wrap_is_a_referral_too(read_reply: Read) -> None:
    verdict = read_reply(
        "Melhor falar com a Beatriz Lemos (beatriz@nube.example.br),\n"
        "que lidera a equipe, e também com o Caio Ramos, do time de pesquisa."
    )
    assert [r.name for r in verdict.referrals] == ["Beatriz Lemos", "Caio Ramos"]


def test_a_name_with_a_capital_inside_is_read_whole(read_reply: Read) -> None:
    verdict = read_reply("You should talk to Ewan MacLeod, he runs that team.")
    assert [r.name for r in verdict.referrals] == ["Ewan MacLeod"]


def test_an_invitation_sent_instead_of_the_users_times_is_an_offer() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:r7@example.com\r\n"
        "DTSTART:20261210T160000Z\r\nDTEND:20261210T163000Z\r\nSEQUENCE:0\r\n"
        "SUMMARY:Chat\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    raw = (
        "From: Ines Duarte <ines@example.com>\nTo: Jordan Lee <jordan@example.com>\n"
        "Subject: Invitation: Chat\nDate: Mon, 07 Dec 2026 09:00:00 -0500\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\n'
        "Neither of your times worked for me, so I sent an invite for Thursday instead.\n"
        "Happy to change it if it doesn't\nsuit.\n--b\n"
        'Content-Type: text/calendar; method=REQUEST; charset="utf-8"\n\n' + ics + "--b--\n"
    ).encode()
    verdict = understand(raw, tz=UTC, meeting_length=timedelta(minutes=30))
    assert verdict.intent is Intent.PROPOSE_TIMES


@pytest.mark.parametrize(
    "body",
    [
        # Dutch "onze" is "our", not eleven; a time after it is still read.
        "Kunnen we om onze planning te bespreken donderdag om 10:00 afspreken?",
    ],
)
def test_a_word_that_only_looks_like_an_hour_leaves_no_doubt(read_reply: Read, body: str) -> None:
    assert "time_unread" not in [d.code for d in read_reply(body).doubts]


def test_a_weekday_settles_how_the_writer_orders_numeric_dates(read_reply: Read) -> None:
    # Only 3 December is a Thursday, so "7/12" is 7 December too (7 July is a Monday as well).
    verdict = read_reply(
        "Something's come up for Thursday 3/12 at 4. Could we push to Monday 7/12,"
        " same time (4pm GMT)?",
        date="Wed, 02 Dec 2026 09:00:00 +0000",
    )
    assert verdict.intent is Intent.RESCHEDULE
    assert [f"{w.start:%a %d %b %H:%M}" for w in verdict.proposed_times] == ["Mon 07 Dec 16:00"]
    assert verdict.certain, verdict.doubts


def test_weekdays_after_next_week_and_a_lead_are_next_weeks(proposed_in_new_york: Proposed) -> None:
    text = "This week is rough, but next week I'm flexible - Tuesday or Thursday at 2 ET."
    assert proposed_in_new_york(text) == ["Tue 15 14:00-14:30 -0500", "Thu 17 14:00-14:30 -0500"]


def test_a_weekday_after_next_week_that_stays_in_this_week_is_in_doubt(read_reply: Read) -> None:
    # The wording between "next week" and the day is none the lists know: which week is a guess.
    verdict = read_reply("Next week suits me better overall, Thursday at 2 ET perhaps.")
    assert not verdict.certain


def test_the_following_weekday_after_another_is_in_doubt(read_reply: Read) -> None:
    # The Monday after next Thursday, or next week's Monday: which week is a guess.
    verdict = read_reply("Could we do next Thursday at 4 ET? Or the following Monday at 9 ET.")
    assert "two_readings_of_time" in [d.code for d in verdict.doubts]


def test_a_numeric_date_no_weekday_settles_stays_in_doubt(read_reply: Read) -> None:
    verdict = read_reply("Could we do 8/12 at 4pm GMT?", date="Mon, 07 Dec 2026 09:00:00 +0000")
    assert "two_readings_of_time" in [d.code for d in verdict.doubts]


@pytest.mark.parametrize(
    "body",
    [
        "On Tuesday I can do 3pm ET.",
        "Am Dienstag geht es um 15 Uhr New Yorker Zeit.",
        "Op dinsdag kan ik om 15:00 jouw tijd.",
    ],
)
def test_a_reply_that_opens_like_an_attribution_is_still_the_reply(
    read_reply: Read, body: str
) -> None:
    # The quoted "On Fri, … wrote:" below a blank line is the attribution, not this line.
    assert read_reply(body).reply_text.strip() == body
