"""Round 51 on replies_blind50: clear replies left in doubt by a time-like word misread.

"Any of the 30-min slots" read as the 30th, a day with no time beside a booking link (a03): a
length after "the" is no day of the month. "Dat is 17.00 bij jou" names the offer back on the
user's clock, but a dotted clock counts as a time only with a cue before it or a zone after it,
so the restatement stays unread and the reply in doubt (p13); reading it ("17.00 for you")
fed the "10 for me, 2.30 for you" misreading (`replies_blind27` a06, certain and wrong), so
those rows stay pinned. The user lives in Seoul; every reply is written on Wednesday 20 October
2027. Sentences of our own.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, pinned, read_reply

SEOUL = ZoneInfo("Asia/Seoul")
DATE = "Wed, 20 Oct 2027 09:00:00 +0200"
# Friday 29 October, 10:00 in Amsterdam (summer time) is 17:00 in Seoul.
FRI = [datetime(2027, 10, 29, 17, 0)]

ROWS = [
    # The offer, then the same instant named back on the user's clock, dotted.
    (
        "Hoi, zou vrijdag 29 oktober om 10.00 uur (Nederlandse tijd) kunnen? Dat is 17.00 bij jou.",
        FRI,
    ),
    ("Hoi, past vrijdag 29 oktober om 10:00 (Nederlandse tijd)? Dat wordt 17.00 bij u.", FRI),
    ("Hi, would Friday 29 October at 10:00 (Amsterdam time) work? That is 17.00 for you.", FRI),
    ("Bonjour, vendredi 29 octobre à 10h (heure de Paris) ? Ça fait 17.00 chez vous.", FRI),
    (
        "Hola, ¿el viernes 29 de octubre a las 10:00 (hora de Madrid)? Serían las 17.00 para ti.",
        FRI,
    ),
    ("Hallo, Freitag, 29. Oktober um 10 Uhr (Berliner Zeit)? Das wäre 17.00 bei dir.", FRI),
    # Near misses: a dotted number with nothing that makes it a clock stays unread.
    ("Hi, would Friday 29 October at 10:00 (Amsterdam time) work? We grew 17.00 last year.", None),
    ("Hoi, past vrijdag 29 oktober om 10:00 (Nederlandse tijd)? Versie 17.30 staat klaar.", None),
    # p13's own shape: "17.30 in Seoul" after the clock change's date is tied to that date,
    # not read as the 9.30 named back.
    (
        "Hoi, zou vrijdag 29 oktober om 10.00 uur (Nederlandse tijd) kunnen? Dat is 17.00 bij"
        " jou. Of maandag 1 november om 9.30 uur - let op, op 31 oktober gaat bij ons de klok"
        " een uur terug, dus dat wordt dan 17.30 in Seoul.",
        FRI + [datetime(2027, 11, 1, 17, 30)],
    ),
]
_DOTTED = (
    "a dotted clock before 'for you'/'bij jou' is left unread; read, it is taken for an offer"
    " on the sender's clock ('10 for me, 2.30 for you', replies_blind27 a06)"
)
# Round 53 reads a dotted clock before "bij jou", "bij u", "bei dir" or "in" and a place (the
# Dutch and German rows, and p13's own shape); "for you", "chez vous", "para ti" stay unread.
LEFT = {row[0]: _DOTTED for row in ROWS[2:5]}


@pytest.mark.parametrize(("body", "starts"), pinned(ROWS, LEFT))
def test_dotted_clock_named_back(body: str, starts: list[datetime] | None) -> None:
    verdict = read_reply(body, tz=SEOUL, date=DATE)
    if starts is None:
        assert not verdict.certain, doubt_codes(verdict)
    else:
        assert verdict.certain, doubt_codes(verdict)
        assert local_starts(verdict, SEOUL) == starts


LINK = "https://cal.com/kai-berg/coffee-chat"
# "Any of the 30-min slots": a length after "the", which read as the 30th, a day with no time
# (a03). The near misses name the day itself and stay doubted.
LENGTH_ROWS = [
    (f"Hi, easiest is to book yourself in here: {LINK}\n\nAny of the 30-min slots are free.", True),
    (f"Hi! Grab whichever of the 30 min slots suits you: {LINK}", True),
    (f"Happy to chat. All the 30-minute slots on {LINK} are genuinely open.", True),
    (f"Happy to chat - book one of the 15 mins slots here: {LINK}", True),
    ("Happy to chat. The 30th works for me.", False),
    ("Happy to chat, the 30 works for me.", False),
]


@pytest.mark.parametrize(("body", "certain"), LENGTH_ROWS)
def test_length_after_the_is_no_day(body: str, certain: bool) -> None:
    verdict = read_reply(body, tz=SEOUL, date=DATE)
    assert verdict.certain is certain, doubt_codes(verdict)
    if certain:
        assert verdict.scheduling_link == LINK
        assert not verdict.proposed_times
    else:
        assert "day_without_time" in doubt_codes(verdict)
