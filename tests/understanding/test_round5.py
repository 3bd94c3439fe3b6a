"""The general causes behind round 5's misses, on sentences we wrote: one table per cause."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from workflows.stages import Intent
from workflows.understanding import Verdict, understand
from workflows.understanding.returns import find_return_date
from workflows.understanding.times import read_times

HEADERS = (
    "From: Ines Duarte <ines@example.com>\nTo: Jordan Lee <jordan@example.com>\n"
    "Subject: Re: chat\nDate: Mon, 07 Dec 2026 09:00:00 -0500\n{extra}\n"
)
QUOTE = (
    "\n\nOn Fri, Dec 4, 2026 at 10:00 AM Jordan Lee <jordan@example.com> wrote:\n"
    "> Would you have 20 minutes next week? I could do Tue Dec 8 at 3pm ET.\n"
)
NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=NY)


def read(body: str, extra: str = "") -> Verdict:
    raw = (HEADERS.format(extra=extra) + body + QUOTE).encode()
    return understand(raw, tz=UTC, meeting_length=timedelta(minutes=30))


def proposed(text: str) -> list[str]:
    reading = read_times(text, NOW, NY, timedelta(minutes=30))
    return [f"{w.start:%a %d %H:%M}-{w.end:%H:%M}" for w in reading.proposed]


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # A cue broken by a hard wrap still reads, so a defer is not taken for its "glad to".
        (
            "December is packed with audits. Could you write to me\nagain in February? Glad"
            " to talk then.",
            Intent.DEFER,
        ),
        (
            "I'm at a plant outage until the 18th. Could we speak after that? I'd be glad\nto"
            " help.",
            Intent.DEFER,
        ),
        ("I'm out of office Dec 21 - Jan 4. Happy to chat after that!", Intent.DEFER),
        (
            "Our team is being reshuffled. Let's revisit when things calm down, I'll drop you"
            " a line.",
            Intent.DEFER,
        ),
        # "I don't think I can help", in each language, is a no however warm the rest.
        (
            "Nice to hear you're switching fields! Honestly I don't think I could be much help"
            " here, but all the best.",
            Intent.DECLINE,
        ),
        (
            "Leuk om te horen! Ik denk niet dat ik je echt kan helpen, dus ik sla deze beurt over.",
            Intent.DECLINE,
        ),
        ("Merci ! Je ne pense pas pouvoir vous aider beaucoup sur ce sujet.", Intent.DECLINE),
        ("¡Gracias! No creo que pueda ayudarte mucho con eso.", Intent.DECLINE),
        (
            "Thanks for thinking of me. I had to stop taking these sorts of calls last year.",
            Intent.DECLINE,
        ),
        ("Probably doable. Send me a couple of options for January.", Intent.ACCEPT),
        # "Not until …" is a later yes, in each language.
        ("Glad to, just not until the spring conference is behind me.", Intent.DEFER),
        ("Sure, but it will have to wait until March.", Intent.DEFER),
        ("Volontiers, mais pas avant fin février.", Intent.DEFER),
        ("Claro, aunque no antes de marzo.", Intent.DEFER),
        ("Sehr gerne, aber erst nach der Messe.", Intent.DEFER),
        ("Certo, ma non prima di marzo.", Intent.DEFER),
        ("Claro, mas só depois da conferência.", Intent.DEFER),
        ("Prima, maar pas na de zomervakantie.", Intent.DEFER),
        # The reader knows why there is nothing to act on yet.
        (
            "One question before I answer: are you looking at grid or rooftop work?",
            Intent.OTHER,
        ),
        ("Please disregard my last email, it went to the wrong person.", Intent.OTHER),
    ],
)
def test_the_reply_is_read_with_certainty(body: str, intent: Intent) -> None:
    verdict = read(body)
    assert (verdict.intent, verdict.certain) == (intent, True)


@pytest.mark.parametrize(
    ("body", "code"),
    [
        # "Same time" whose time is only in the quoted thread.
        (
            "Tuesday is impossible for me unfortunately. Same time on Friday?",
            "same_time_unresolved",
        ),
        ("La misma hora el viernes?", "same_time_unresolved"),
        # Two zones named and an offered time with neither.
        (
            "I'm 9am-5pm PT most days, my team is on ET. Would Thursday at 11 work?",
            "time_without_zone_across_zones",
        ),
        # A time left over once the days took theirs.
        ("9am PT on Thursday works, and at 4 too.", "time_without_day"),
        # A time in a plain statement beside a worded offer: the sender's own day, perhaps.
        (
            "I get to the office at 7:45am on Thursday. Would Thursday at 9am work?",
            "time_in_statement",
        ),
        # A bare "works" taken as the user's time, while the reply writes another.
        (
            "My lecture wraps up at 2pm on Tuesday, so any time after that works for me.",
            "pick_beside_other_times",
        ),
        # Yes to helping, but maybe not with a call.
        (
            "Happy to help, though could you email me your questions instead of a call?",
            "answer_in_writing",
        ),
        # The reply takes back what it just said.
        (
            "Fine, Tuesday 3pm ET then. Scratch that, I'm on a flight. Wednesday 3pm ET?",
            "reply_corrects_itself",
        ),
        # A yes with a clock time the reader could not place.
        ("Sim, claro! Pode ser às 11h30.", "time_without_day"),
        # "I'm sure", "leuk dat je": no yes, so a good-luck wish is left with no answer.
        ("I'm sure you'll land somewhere great. Good luck!", "no_intent_cue"),
        ("Leuk dat je aan mij dacht. Heel veel succes!", "no_intent_cue"),
        # "Graag gedaan" is "you're welcome" (hunt 15), no yes: under the user's offers, no answer.
        ("Graag gedaan hoor. Heel veel succes!", "no_intent_cue"),
        # A warm yes-word beside a good-luck wish.
        (
            "Happy to hear from you. Wishing you the best of luck with it!",
            "contradicting_intent_cues",
        ),
        # Pointed elsewhere, with addresses the reader could not tie to a name.
        (
            "Not me, but these folks would be great to talk to:\n\n"
            "* grid team lead - gridlead@voltworks.example\n",
            "referral_unread",
        ),
    ],
)
def test_doubtful_replies_say_why(body: str, code: str) -> None:
    verdict = read(body)
    assert not verdict.certain
    assert code in [d.code for d in verdict.doubts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "halb vier" is 3:30, in German and Dutch.
        ("Am Mittwoch passt es mir um halb vier.", ["Wed 09 15:30-16:00"]),
        ("Kan dinsdag om half drie?", ["Tue 08 14:30-15:00"]),
        # "your morning" restates the offered time, and "the same slot" follows the offer.
        (
            "Tuesday 10pm-11pm IST would suit, which should be your morning. Wednesday the same"
            " slot is fine too.",
            ["Tue 08 22:00-23:00", "Wed 09 22:00-23:00"],
        ),
        # The sender's own meetings are not offers, and do not take the day that follows.
        (
            "Je suis en réunion jusqu'à 15h tous les jours, mais je propose mardi 8 décembre à"
            " 16h30.",
            ["Tue 08 16:30-17:00"],
        ),
        (
            "I'm in our board meeting all Wednesday morning. Thursday at 2pm?",
            ["Thu 10 14:00-14:30"],
        ),
        (
            "Friday at 11 is a standing call with my team. Could we do Friday at 3pm?",
            ["Fri 11 15:00-15:30"],
        ),
        ("Monday afternoon is our quarterly review, so that's out.", []),
        # "1pm yours" restates the sender's time for the reader.
        ("Thursday suits me: 11am my time, 2pm yours.", ["Thu 10 11:00-11:30"]),
        # Portuguese "quarta" on its own is Wednesday, as "quinta" and "sexta" are.
        ("Terça não dá, mas quarta às 10h pode ser.", ["Wed 09 10:00-10:30"]),
        # One "next" for a list of days.
        (
            "Next Tuesday or Thursday afternoon would suit.",
            ["Tue 15 13:00-17:00", "Thu 17 13:00-17:00"],
        ),
        # A clause that only turns the time before it down, and a sentence ending in a short word.
        (
            "Friday at 8 my time (CET) is 2am for you, so probably not. Would 6pm CET Friday do?",
            ["Fri 11 18:00-18:30"],
        ),
        # A zone abbreviation ends its sentence: the next one's day is not paired back.
        ("My hours are 8am-4pm CT. Thursday at 2pm CT?", ["Thu 10 14:00-14:30"]),
        # French "sera" is "will be", not Italian "evening".
        ("Votre message ne sera pas lu avant mardi.", []),
        ("Giovedì la sera va bene.", ["Thu 10 17:00-19:00"]),
    ],
)
def test_times_read_as_the_sender_means_them(text: str, expected: list[str]) -> None:
    assert proposed(text) == expected


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("Absent jusqu'au mardi 12 janvier inclus.", date(2027, 1, 13)),
        ("Away until 12 January (inclusive).", date(2027, 1, 13)),
        ("Fuera hasta el 12 de enero incluido.", date(2027, 1, 13)),
        # Round 19: a bare "until" is read the same (the first day back under either reading).
        ("Away until 12 January.", date(2027, 1, 13)),
        ("Back on 12 January.", date(2027, 1, 12)),
    ],
)
def test_until_a_day_inclusive_is_back_the_day_after(text: str, back: date) -> None:
    assert find_return_date(text, date(2026, 12, 7), day_first=True) == back


def test_an_absence_notice_offers_no_times() -> None:
    verdict = read(
        "Je suis absente jusqu'au 4 janvier. Je serai de retour le 5 au matin.",
        extra="Auto-Submitted: auto-replied\n",
    )
    assert (verdict.intent, verdict.proposed_times) == (Intent.OUT_OF_OFFICE, ())


def test_a_yes_that_promises_times_picks_none_of_the_users() -> None:
    # Round 66 W: the options still to come make it a holding note, `other` (convention (i));
    # it was a certain `accept`, with no window either way.
    verdict = read("Yes, count me in! My scheduler will send you a few options.")
    assert (verdict.intent, verdict.proposed_times, verdict.certain) == (Intent.OTHER, (), True)
