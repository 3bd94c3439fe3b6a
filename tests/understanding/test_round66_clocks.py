"""Round 66, part C: times said on two clocks, picks written inline or on another date.

On replies_blind67 (a user in Halifax, spring 2034), replies_blind66 (Copenhagen) and
replies_blind64 (Bogotá) the reader doubted replies a person reads at once:

- "10 h (heure de l'Atlantique)": the Atlantic clock named in French, with its article, was
  not read as a clock, so the hour went on the sender's (Montreal's) and an invitation at the
  same instant looked like another time beside it;
- "none of your three work ... Thursday the 20th, 10-11": a new date written out after the
  user's times were all turned down looked like a slip of the user's Thursday 13th;
- "Pode ser na sexta, dia 28, às 16h no seu horário": Portuguese "it can be" Friday was no
  offer wording, so the user's Friday named back read as a restatement, and nothing was left;
- "Ihre Termine passen leider alle nicht" beside an invitation with no thread quoted: the
  user's times turned down in German make the invitation the sender's own offer;
- "am späten Nachmittag bzw. Abend": German "bzw." ended a sentence, so "Abend" stood alone
  as an offer for the next day named; and the user's slots said to fall in the sender's
  evening are the reason for a no, not a time offered.

Found on the way, certain and wrong on main: "Thursday at 11 I have a board meeting" and
"Thursday at 11 I'd be in a board meeting" took the user's Thursday 11:00; "Monday at 8:30pm
is a bit late for me" offered Monday 8:30pm; "None of your three work, sorry. Could do Thursday
at 10am though" took the user's Thursday at 10 (now `pick_after_all_refused`); a cancel beside
a counter-offering invitation is doubted. "heure de l'Est" is now Eastern's clock.

The near misses stay in doubt (or certain with nothing booked): a date on the user's weekday
and hour with no refusal (perhaps a slip), "pode ser" before a worry, an invitation whose
words do not turn the user's times down, a conflict alone. Sentences of our own.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    MEETING,
    assert_near_miss_safe,
    assert_read_right,
    pinned,
    raw_reply,
    read_reply,
)
from workflows.stages import Intent
from workflows.understanding import understand

A, P = Intent.ACCEPT, Intent.PROPOSE_TIMES

HALIFAX = ZoneInfo("America/Halifax")
BOGOTA = ZoneInfo("America/Bogota")
COPENHAGEN = ZoneInfo("Europe/Copenhagen")

HALIFAX_QUOTE = (
    "\n\nOn Mon, Mar 27, 2034 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Could we talk for half an hour? All times Atlantic (ADT, UTC-3):\n"
    "> - Tuesday 4 April, 13:00\n> - Thursday 6 April, 10:00\n> - Friday 7 April, 15:30\n"
)
BERLIN_QUOTE = (
    "\n\nVon: Ada Obi <ada@example.com>\nGesendet: Montag, 6. März 2034 13:45\n"
    "Betreff: chat\n\nWould one of these suit? Atlantic time (ADT, UTC-3):\n"
    "- Tuesday 14 March, 10:30\n- Wednesday 15 March, 15:00\n- Friday 17 March, 09:00\n"
)
BOGOTA_QUOTE = (
    "\n\nOn Mon, Jan 24, 2033 at 10:40 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would one of these work? Bogotá time (COT, UTC-5):\n"
    "> - Thursday, January 27, 11:00 am\n> - Friday, January 28, 4:00 pm\n"
    "> - Tuesday, February 1, 8:30 am\n"
)
EARLY_BOGOTA_QUOTE = (
    "\n\nOn Mon, Jan 10, 2033 at 9:15 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would one of these work? Bogotá time (COT, UTC-5):\n"
    "> - Thursday, January 13, 10:00 am\n> - Friday, January 14, 3:30 pm\n"
    "> - Tuesday, January 18, 9:00 am\n"
)
COPENHAGEN_QUOTE = (
    "\n\nOn Tue, 31 Jan 2034 at 13:10, Ada Obi <ada@example.com> wrote:\n"
    "> Would one of these work? Copenhagen time (CET):\n"
    "> - Monday 6 February, 16:00\n> - Thursday 9 February, 14:00\n"
)
MONTREAL = "Mon, 27 Mar 2034 13:00:00 -0400"
BERLIN = "Tue, 07 Mar 2034 08:15:00 +0100"
SAO_PAULO = "Wed, 26 Jan 2033 09:15:00 -0300"
MIAMI = "Wed, 12 Jan 2033 17:20:00 -0500"
MUMBAI = "Wed, 01 Feb 2034 11:25:00 +0530"
DUBLIN = "Tue, 28 Mar 2034 09:40:00 +0100"

# (body, quote, Date header, the user's zone, intent, starts on the user's clock)
CERTAIN = [
    # The Atlantic clock named in French, with its article: 10:00 in Halifax, not Montreal.
    (
        "Bonjour Ada,\n\nLe jeudi 6 avril à 10 h (heure de l'Atlantique) me va très bien.\n\n"
        "Isabelle\n",
        HALIFAX_QUOTE, MONTREAL, HALIFAX, A, [datetime(2034, 4, 6, 10)],
    ),
    # The same in Spanish.
    (
        "Hola Ada,\n\nEl jueves 6 de abril a las 10 (hora del Atlántico) me viene bien.\n\n"
        "Lucía\n",
        HALIFAX_QUOTE, MONTREAL, HALIFAX, A, [datetime(2034, 4, 6, 10)],
    ),
    # Another region's clock in French: 10 Eastern is 11:00 Atlantic, a time of the sender's.
    (
        "Bonjour Ada,\n\nLe jeudi 6 avril à 10 h (heure de l'Est) me conviendrait.\n\n"
        "Isabelle\n",
        HALIFAX_QUOTE, MONTREAL, HALIFAX, P, [datetime(2034, 4, 6, 11)],
    ),
    # Every time of the user's turned down, then dates written out: the Thursday 20th is a
    # new offer, not the user's Thursday 13th at 10 named with a slip.
    (
        "Hi Ada,\n\nThis week is gone and Tuesday morning is our planning review, so none of "
        "your three work. I could do Wednesday the 19th at 3pm, or Thursday the 20th any time "
        "10-11am.\n\nDerek\n",
        EARLY_BOGOTA_QUOTE, MIAMI, BOGOTA, P,
        [datetime(2033, 1, 19, 15), datetime(2033, 1, 20, 10)],
    ),
    # Portuguese "it can be" Friday, on the user's clock and the sender's, beside the other
    # offer turned down for a board meeting: the user's Friday taken.
    (
        "Oi Ada,\n\nPode ser na sexta, dia 28, às 16h no seu horário - aqui são 18h. Na quinta "
        "às 11h (sua hora) tenho reunião de diretoria.\n\nBia\n",
        BOGOTA_QUOTE, SAO_PAULO, BOGOTA, A, [datetime(2033, 1, 28, 16)],
    ),
    # The user's slots said to fall in the sender's evening ("bzw." no sentence's end), a
    # busy morning, then the sender's own times in CET.
    (
        "Hallo Ada,\n\nIhre Vorschläge liegen bei mir leider alle am späten Nachmittag bzw. "
        "Abend, und am Dienstag, 14. März, sitze ich ohnehin bis 16 Uhr im Beirat.\n\nIch "
        "könnte am Mittwoch, 15. März, um halb fünf (MEZ) oder am Donnerstag, 16. März, "
        "zwischen 17 und 18 Uhr unserer Zeit.\n\nGrüße\nKatrin\n",
        BERLIN_QUOTE, BERLIN, HALIFAX, P,
        [datetime(2034, 3, 15, 12, 30), datetime(2034, 3, 16, 13)],
    ),
    # The other offer turned down by a meeting said right after its clock.
    (
        "Hi Ada,\n\nFriday the 28th at 4pm your time works. Thursday at 11 I have a board "
        "meeting.\n\nBea\n",
        BOGOTA_QUOTE, SAO_PAULO, BOGOTA, A, [datetime(2033, 1, 28, 16)],
    ),
    (
        "Hi Ada,\n\nFriday the 28th at 4pm your time works. Thursday at 11 I'd be in our "
        "quarterly review meeting.\n\nBea\n",
        BOGOTA_QUOTE, SAO_PAULO, BOGOTA, A, [datetime(2033, 1, 28, 16)],
    ),
    # replies_blind66 a05: the pick on both clocks, the other offer named on the sender's clock
    # and called a bit late; read as an agreed meeting moved ("Monday's 8:30pm"), and the
    # sender's "here" clock is not put on it.
    (
        "Hi Ada,\n\nThursday suits me - 2pm your time, so 6:30pm here. Monday's 8:30pm is a bit "
        "late for me with the school run.\n\nRohan\n",
        COPENHAGEN_QUOTE, MUMBAI, COPENHAGEN, A, [datetime(2034, 2, 9, 14)],
    ),
    # replies_blind67 p09: answers inline under each of the user's times, the pick said as
    # "the same time on the Friday" on both clocks.
    (
        "Hi Ada, answers below - Friday morning your time, in short.\n\nOn Mon, Mar 27, 2034 "
        "at 9:00 AM Ada Obi <ada@example.com> wrote:\n> - Tuesday 4 April, 13:00\n\nNo, I'm "
        "teaching that afternoon.\n\n> - Thursday 6 April, 10:00\n\nCan't, we're off-site. "
        "The same time on the Friday works though - 10 your time, 2pm here.\n\n"
        "> - Friday 7 April, 15:30\n\nThat is half seven in the evening here, so no.\n",
        "", DUBLIN, HALIFAX, P, [datetime(2034, 4, 7, 10)],
    ),
]  # fmt: skip

CERTAIN_LEFT = {
    CERTAIN[8][0]: "'Monday's 8:30pm' beside a no cue reads as an agreed meeting moved, and "
    "on the user's clock: reschedule in doubt (replies_blind66 a05)",
    CERTAIN[9][0]: "'the same time on the Friday' under an inline quote is not resolved to the "
    "user's Friday, and the summary's 'Friday morning' is read as the coming Friday "
    "(replies_blind67 p09)",
}


@pytest.mark.parametrize(
    ("body", "quote", "date", "tz", "intent", "starts"), pinned(CERTAIN, CERTAIN_LEFT)
)
def test_read_right(
    body: str,
    quote: str,
    date: str,
    tz: tzinfo,
    intent: Intent,
    starts: list[datetime],
) -> None:
    verdict = read_reply(body, tz=tz, date=date, quote=quote)
    assert_read_right(verdict, tz, intent, starts)


# (body, quote, Date header, the user's zone, the reading that would be right were it sure)
NEAR_MISSES = [
    # A date on the user's weekday and hour, with nothing turned down: the user's Thursday
    # 13th with a slip of the date, or a week later on purpose.
    (
        "Hi Ada,\n\nThursday the 20th at 10am works for me.\n\nDerek\n",
        EARLY_BOGOTA_QUOTE, MIAMI, BOGOTA, None,
    ),
    # Every time turned down, but the weekday bare: which Thursday is a guess.
    (
        "Hi Ada,\n\nNone of your three work, sorry. Could do Thursday at 10am though.\n\n"
        "Derek\n",
        EARLY_BOGOTA_QUOTE, MIAMI, BOGOTA, None,
    ),
    # "pode ser" before a worry: a time that may be hard, not one taken.
    (
        "Oi Ada,\n\nPode ser complicado na sexta às 16h, vou ver minha agenda.\n\nBia\n",
        BOGOTA_QUOTE, SAO_PAULO, BOGOTA, None,
    ),
    # A conflict alone: nothing is offered or taken.
    (
        "Hi Ada,\n\nThursday at 11 I have a board meeting, sorry.\n\nBea\n",
        BOGOTA_QUOTE, SAO_PAULO, BOGOTA, None,
    ),
    (
        "Hi Ada,\n\nMonday at 8:30pm is a bit late for me, I'm afraid.\n\nRohan\n",
        COPENHAGEN_QUOTE, MUMBAI, COPENHAGEN, None,
    ),
    # The user's slots said to land in the sender's evening, nothing offered.
    (
        "Hallo Ada,\n\nIhre Vorschläge liegen bei mir alle am späten Nachmittag bzw. Abend. "
        "Ich melde mich nächste Woche.\n\nKatrin\n",
        BERLIN_QUOTE, BERLIN, HALIFAX, None,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("body", "quote", "date", "tz", "intent"), NEAR_MISSES)
def test_near_misses_stay_safe(
    body: str, quote: str, date: str, tz: tzinfo, intent: Intent | None
) -> None:
    verdict = read_reply(body, tz=tz, date=date, quote=quote)
    if verdict.certain:
        # Certain only where nothing of the user's (or no wrong time) gets booked.
        assert not verdict.proposed_times, verdict.proposed_times
        return
    assert_near_miss_safe(verdict, tz, intent)


def _invitation(note: str, *, quote: str = "") -> bytes:
    """An invitation for Monday 13 February 2034 at 10:00 Berlin time, ``note`` above it."""
    ics = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:r66c@example.com\r\n"
        "DTSTART;TZID=Europe/Berlin:20340213T100000\r\n"
        "DTEND;TZID=Europe/Berlin:20340213T103000\r\n"
        "SEQUENCE:0\r\nSUMMARY:Austausch\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    body = (
        f"--b\nContent-Type: text/plain; charset=utf-8\n\n{note}{quote}\n--b\n"
        'Content-Type: text/calendar; method=REQUEST; charset="utf-8"\n\n' + ics + "--b--\n"
    )
    return raw_reply(
        body, date="Thu, 02 Feb 2034 09:20:00 +0100", content_type='multipart/mixed; boundary="b"'
    )


@pytest.mark.parametrize(
    "note",
    [
        # The user's times all turned down in German, the invitation's time named: an offer.
        "Hallo Ada,\n\nIhre Termine passen bei mir leider alle nicht. Ich habe Ihnen eine "
        "Einladung für Montag, 13. Februar, 10 Uhr geschickt.\n\nUlrike\n",
        "Hallo Ada,\n\nkeiner Ihrer Vorschläge passt mir, daher diese Einladung für Montag um "
        "10 Uhr.\n\nUlrike\n",
    ],
)
def test_invitation_after_your_times_refused_is_an_offer(note: str) -> None:
    verdict = understand(_invitation(note), tz=COPENHAGEN, meeting_length=MEETING)
    assert_read_right(verdict, COPENHAGEN, P, [datetime(2034, 2, 13, 10)])


@pytest.mark.parametrize(
    "note",
    [
        # The user's times said to suit, no thread quoted: which time of theirs it books, the
        # reader cannot check.
        "Hallo Ada,\n\nIhre Termine passen mir gut, anbei die Einladung.\n\nUlrike\n",
        # A no to the chat beside the invitation.
        "Hallo Ada,\n\nIhre Termine passen leider nicht, und ich muss generell absagen - die "
        "Einladung ist ein Versehen.\n\nUlrike\n",
    ],
)
def test_invitation_near_misses_stay_in_doubt(note: str) -> None:
    verdict = understand(_invitation(note), tz=COPENHAGEN, meeting_length=MEETING)
    assert not verdict.certain, (verdict.intent, verdict.proposed_times)
