"""Precision hunt 10: a refusal and a counter-offer in one breath, and dates and zones said short.

"cant do thu, fri 3pm?" (no apostrophe, or no verb), "thu no good - fri?", "Thursday until noon,
Friday at 10?": the day turned down, or the hour a busy spell ends, is no offer. "mar 15/12" is
martes before a numeric date, not March; "31 novembre" no date at all; "3pm (Riyadh)" a clock the
reader now knows, and "3pm my time (Dubai)" from a mailbox on New York's offset a clock it cannot
trust. Sentences of our own, each rule with near misses that keep their reading.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict

_NEW_YORK = ZoneInfo("America/New_York")
_PARIS = ZoneInfo("Europe/Paris")
# Tuesday 8 December 2026: the user offered Wednesday 9 at 10 and Thursday 10 at 2pm (14:00).
_QUOTES = {
    "America/New_York": (
        "Tue, 8 Dec 2026 10:00:00 -0500",
        "\n\nOn Mon, Dec 7, 2026 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
        "> Could we talk for 30 minutes? Either of these would suit me:\n>\n"
        "> - Wednesday, December 9 at 10:00 am\n> - Thursday, December 10 at 2:00 pm\n>\n"
        "> (New York time)\n>\n> Ada\n",
    ),
    "Europe/Paris": (
        "Tue, 8 Dec 2026 10:00:00 +0100",
        "\n\nLe lun. 7 déc. 2026 à 09:00, Ada Obi <ada@example.com> a écrit :\n"
        "> Could we talk for 30 minutes? Either of these would suit me:\n>\n"
        "> - Wednesday 9 December at 10:00\n> - Thursday 10 December at 14:00\n>\n"
        "> (Paris time)\n>\n> Ada\n",
    ),
}
_NY = "America/New_York"
_PA = "Europe/Paris"


def _read(zone: str, body: str) -> tuple[Verdict, ZoneInfo]:
    tz = ZoneInfo(zone)
    date, quote = _QUOTES[zone]
    return read_reply(body, tz=tz, date=date, quote=quote), tz


def _dec(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute)


_OFFERS = [
    # A day turned down tersely does not share the counter's clock.
    (_NY, "can't thu, fri 3pm ET?", [_dec(11, 15)]),
    (_NY, "can't thu, fri 3pm my time?", [_dec(11, 15)]),
    (_NY, "won't be able to do Thursday, Friday 9:30am instead?", [_dec(11, 9, 30)]),
    (_NY, "cant do thursday 2pm, how about same time friday?", [_dec(11, 14)]),
    # "could do" with its subject left out is the offer after the refusal.
    (_NY, "cant do any of those, could do fri 12/11 at 10", [_dec(11, 10)]),
    # The hour a busy spell ends is no start.
    (_NY, "Thursday I'm at the clinic until noon, Friday at 10?", [_dec(11, 10)]),
    (_PA, "Ik ben donderdag tot 12 uur op kantoor, vrijdag om 10 uur kan ik", [_dec(11, 10)]),
    (_PA, "Donnerstag bin ich bis 12 Uhr im Büro, Freitag um 10 ginge", [_dec(11, 10)]),
    (_PA, "Giovedì sono in ufficio fino alle 12, venerdì alle 10?", [_dec(11, 10)]),
    # A short weekday and a numeric date after the refusal are another clause.
    (_PA, "jue no puedo, vie 11/12 a las 9?", [_dec(11, 9)]),
    (_PA, "do kan niet, vr 11/12 om 15u?", [_dec(11, 15)]),
    (_PA, "gio non posso, ven 11/12 alle 15?", [_dec(11, 15)]),
    (_PA, "Donnerstag kann ich nicht, Fr 11.12. um 15 Uhr?", [_dec(11, 15)]),
    # "mar" before a numeric date is martes, not March.
    (_PA, "¿Te va bien el mar 15/12 a las 16h?", [_dec(15, 16)]),
    (_PA, "jueves no. mar 15/12 a las 16?", [_dec(15, 16)]),
    (_NY, "Mar 12/15 at 3pm?", [_dec(15, 15)]),
    # Clocks of the Gulf, Asia and South America, by their cities.
    (_NY, "Friday 3pm (Riyadh)?", [_dec(11, 7)]),
    (_NY, "thu no good, fri 7pm (Karachi)?", [_dec(11, 9)]),
    (_NY, "Friday 10pm Seoul time?", [_dec(11, 8)]),
    (_NY, "Viernes 10h hora de Lima?", [_dec(11, 10)]),
    (_PA, "Donnerstag geht nicht, Freitag 15 Uhr Golfzeit?", [_dec(11, 12)]),
]


@pytest.mark.parametrize(("zone", "body", "starts"), _OFFERS)
def test_the_counter_alone_is_offered(zone: str, body: str, starts: list[datetime]) -> None:
    verdict, tz = _read(zone, body)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, tz) == starts


@pytest.mark.parametrize(
    ("zone", "body", "code"),
    [
        # The sender's place is not the clock the Date header gives the zoneless time.
        (_NY, "Friday 3pm my time (Dubai)?", "sender_elsewhere"),
        (_NY, "Friday 3pm here in Doha?", "sender_elsewhere"),
        (_NY, "Friday 3pm, I'm based in Riyadh", "sender_elsewhere"),
        (_NY, "Friday 7pm my time - I'm in Karachi", "sender_elsewhere"),
        (_NY, "Friday 3pm my time (Abuja)?", "sender_elsewhere"),
        # No such day: the offer was lost with the date.
        (_PA, "Possiamo il 31 novembre alle 15?", "impossible_date"),
        (_PA, "Possiamo il 30 febbraio?", "impossible_date"),
        (_PA, "Ci vediamo il 31 aprile alle 10?", "impossible_date"),
        # martes 10/12 is no Tuesday.
        (_PA, "On peut faire mar 10/12 à 15h ?", "weekday_against_date"),
        # Free until noon: the window ends there; where it starts is a guess.
        (_NY, "I'm free Thursday until noon.", "two_readings_of_time"),
    ],
)
def test_doubted(zone: str, body: str, code: str) -> None:
    verdict, _ = _read(zone, body)
    assert not verdict.certain
    assert code in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body", ["cant do thu, fri at noon?", "can't do thu, fri at noon?", "cant do thu. fri?"]
)
def test_a_refusal_asking_about_another_day_is_no_certain_decline(body: str) -> None:
    verdict, tz = _read(_NY, body)
    assert _dec(10, 12) not in local_starts(verdict, tz)
    assert not verdict.certain
    assert "question_beside_time" in doubt_codes(verdict)


@pytest.mark.parametrize(
    ("zone", "body", "intent", "starts"),
    [
        # Near misses: "why not" offers the day; "no can do" turns down only its sentence.
        (_NY, "Why not Thursday at 2?", Intent.ACCEPT, [_dec(10, 14)]),
        (_NY, "no can do Wed. Thu 3pm instead?", Intent.PROPOSE_TIMES, [_dec(10, 15)]),
        (_NY, "Thurs no, Fri 10a?", Intent.PROPOSE_TIMES, [_dec(11, 10)]),
        # Free from the end of the spell on: the end is the offer.
        (_PA, "jeudi en rdv jusqu'à 16h, après c'est bon", Intent.PROPOSE_TIMES, [_dec(10, 16)]),
        (_NY, "Thursday works until 3", Intent.ACCEPT, [_dec(10, 14)]),
        # The sender's place on the Date header's clock, or a place alone, or a clock the
        # grammar reads.
        (_NY, "Friday 3pm, I'm in Boston", Intent.PROPOSE_TIMES, [_dec(11, 15)]),
        (_NY, "I'm in Albany - Friday 3pm?", Intent.PROPOSE_TIMES, [_dec(11, 15)]),
        (_NY, "Friday 3pm my time (ET)", Intent.PROPOSE_TIMES, [_dec(11, 15)]),
        # "Mar 10" with no numeric date after it is March; "ven 11/12" is a Friday in both orders.
        (_NY, "How about Mar 10 at 3pm?", Intent.PROPOSE_TIMES, [datetime(2027, 3, 10, 15)]),
        (_PA, "jeudi impossible. ven 11/12 à 15h ?", Intent.PROPOSE_TIMES, [_dec(11, 15)]),
        # Both days turned down.
        (_PA, "Je ne peux pas jeudi, vendredi aussi c'est compliqué.", Intent.DECLINE, []),
    ],
)
def test_near_misses_keep_their_reading(
    zone: str, body: str, intent: Intent, starts: list[datetime]
) -> None:
    verdict, tz = _read(zone, body)
    assert verdict.intent is intent
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, tz) == starts


@pytest.mark.parametrize(
    ("restated", "offset"),
    [(("8am London", "1pm London"), "+0100"), (("11am GST", "4pm GST"), "+0400"),
     (("3am ET", "8am ET"), "-0400")],
)  # fmt: skip
def test_a_users_clock_named_among_others_still_proves_a_bare_pick(
    restated: tuple[str, str], offset: str
) -> None:
    # "5:30pm IST / 1pm London": two clocks named, the user's (Pune) one of them.
    wednesday, thursday = restated
    kolkata = ZoneInfo("Asia/Kolkata")
    quote = (
        "\n\nOn Mon, 17 Sep 2029 at 09:00, Ada Obi <ada@example.com> wrote:\n"
        f"> Could we talk? Wed 19 Sep, 12:30pm IST / {wednesday}, or\n"
        f"> Thu 20 Sep, 5:30pm IST / {thursday}.\n>\n> Ada (IST, UTC+5:30)\n"
    )
    verdict = read_reply(
        "Thursday at 5:30pm works for me.",
        tz=kolkata,
        date=f"Mon, 17 Sep 2029 18:00:00 {offset}",
        quote=quote,
    )
    assert verdict.intent is Intent.ACCEPT
    assert verdict.certain, doubt_codes(verdict)
    assert local_starts(verdict, kolkata) == [datetime(2029, 9, 20, 17, 30)]
