"""Round 55 on replies_blind55: Cairo's clock by its names, and restatements around it.

The user lives in Cairo, whose clock moves: Egypt keeps summer time (+03:00) until the end of
Thursday 26 October 2028 and is on +02:00 after it, three days before the EU and ten before
the US. The outreach offers its times "(Cairo time)" or "(Egypt time)"; whether the reader is
told the user's zone (``Africa/Cairo``) or not (UTC), the offers are on Cairo's clock of the
offered day. Sentences of our own:

- "(Egypt time)", "(Cairo time)", "heure du Caire", "Kairo": Cairo's clock by its names; "Amman
  time", "Riyadh time", "Gulf time": the senders' own, each on its offset.
- "after 7pm Gulf time suits, say 7-8:15": the range from the same clock, said with "say",
  is the window; no half hour beside it.
- "at 3pm\\nYOUR time (4pm Amman)": a line wrapped before "your time" still names the user's.
- "das ist dann 13:00 Uhr bei uns in Hamburg": the sender's place said with the clock again,
  on that place's clock of the day, not the Date header's offset; an hour off is doubted.
- "consigo na quinta … (12h no Cairo). Se não der, …": "consigo" words an offer.
- "unser Gespräch am Dienstag (31.10., 16:30 Uhr Kairo / 15:30 Uhr bei uns) verschieben": the
  bracket after the agreed meeting is the old slot, not an offer.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

CAIRO = ZoneInfo("Africa/Cairo")
UTC = ZoneInfo("UTC")
# Told the user's zone or not: the outreach's own words name Cairo's clock.
ZONES = [pytest.param(CAIRO, id="cairo"), pytest.param(UTC, id="utc")]


def quote(clock: str = "all Cairo time", signed: str = "Cairo (Egypt time)") -> str:
    """The user's outreach: one offer on Egypt's summer clock, the others after it ends."""
    return (
        "\n\nOn Tue, Oct 24, 2028 at 9:15 AM Mariam Saleh <ada@example.com> wrote:\n"
        f"> Would one of these suit you? ({clock})\n"
        "> - Thursday 26 October, 11:00\n> - Monday 30 October, 14:00\n"
        "> - Tuesday 31 October, 16:30\n>\n> Many thanks,\n> Mariam Saleh\n"
        f"> Structural engineer | {signed}\n"
    )


THU_26_AT_11 = datetime(2028, 10, 26, 11, 0)  # +03:00, Egypt's summer clock
MON_30_AT_14 = datetime(2028, 10, 30, 14, 0)  # +02:00
TUE_31_AT_1630 = datetime(2028, 10, 31, 16, 30)
AMMAN_WED = "Wed, 25 Oct 2028 19:10:00 +0300"
AMMAN_FRI = "Fri, 27 Oct 2028 10:00:00 +0300"


# Cairo's clock by the names an outreach gives it, the signature naming no place.
CLOCK_WORDS = [
    "all Cairo time",
    "Egypt time",
    "times are Egypt time",
    "Cairo",
    "heure du Caire",
    "hora de Egipto",
    "Egyptian time",
]


@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize("clock", CLOCK_WORDS)
@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Thursday works well for me, see you then.", THU_26_AT_11),
        ("Monday works well for me, see you then.", MON_30_AT_14),
    ],
)
def test_pick_of_an_offer_in_cairo_time(
    body: str, start: datetime, clock: str, tz: ZoneInfo
) -> None:
    verdict = read_reply(body, tz=tz, date=AMMAN_WED, quote=quote(clock, "Structural team"))
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, CAIRO) == [start]
    assert not verdict.doubts


# A place the reader knows no clock of stays a doubt: Alexandria is also in Virginia.
@pytest.mark.parametrize("clock", ["all Alexandria time", "Nile time"])
def test_unknown_clock_words_stay_doubted(clock: str) -> None:
    verdict = read_reply(
        "Monday works well for me, see you then.",
        tz=UTC,
        date=AMMAN_WED,
        quote=quote(clock, "Structural team"),
    )
    assert "zone_unread" in doubt_codes(verdict)


THU_2_NOV_AT_12 = datetime(2028, 11, 2, 12, 0)


# The sender's own clock by its place's name: Amman and Riyadh +03:00, the Gulf +04:00,
# Cairo +02:00 by then.
@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "None of those suit, sorry. Could we do Thursday 2 November at 1pm Amman time?",
            AMMAN_FRI,
        ),
        (
            "None of those suit, sorry. Could we do Thursday 2 November at 1pm Jordan time?",
            AMMAN_FRI,
        ),
        (
            "None of those suit, sorry. Could we do Thursday 2 November at 1pm Riyadh time?",
            AMMAN_FRI,
        ),
        (
            "None of those suit, sorry. Could we do Thursday 2 November at 2pm Gulf time?",
            "Fri, 27 Oct 2028 11:00:00 +0400",
        ),
        (
            "None of those suit, sorry. Could we do Thursday 2 November at 12:00 Egypt time?",
            AMMAN_FRI,
        ),
        (
            "Keiner der Termine passt. Ginge Donnerstag, 2. November, um 12 Uhr Kairoer Zeit?",
            "Fri, 27 Oct 2028 09:00:00 +0200",
        ),
    ],
)
def test_offer_on_a_named_place_clock(body: str, date: str, tz: ZoneInfo) -> None:
    verdict = read_reply(body, tz=tz, date=date, quote=quote())
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, CAIRO) == [THU_2_NOV_AT_12]
    assert not verdict.doubts


GULF_DATE = "Fri, 27 Oct 2028 22:05:00 +0400"


# "after 7pm …, say 7-8:15": the window the sender spells out, not a half hour beside it.
@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize(
    "body",
    [
        "Crazy week. Tuesday 31 or Wednesday 1 after 7pm Gulf time suits, say 7-8:15 either"
        " evening.",
        "Crazy week. Tuesday 31 or Wednesday 1 after 7pm Dubai time works, ideally 7 to 8:15pm.",
    ],
)
def test_after_clock_spelled_out_as_a_range(body: str, tz: ZoneInfo) -> None:
    verdict = read_reply(body, tz=tz, date=GULF_DATE, quote=quote())
    assert verdict.intent is Intent.PROPOSE_TIMES
    # 19:00 in Dubai (+04:00) is 17:00 in Cairo (+02:00).
    assert local_starts(verdict, CAIRO) == [datetime(2028, 10, 31, 17), datetime(2028, 11, 1, 17)]
    assert {w.end - w.start for w in verdict.proposed_times} == {timedelta(minutes=75)}
    assert not verdict.doubts


# A range from another clock stays its own window beside the first.
def test_range_not_from_the_same_clock_stays_two() -> None:
    verdict = read_reply(
        "Tuesday 31 at 7pm Gulf time, or 8-9pm on Wednesday 1.",
        tz=CAIRO,
        date=GULF_DATE,
        quote=quote(),
    )
    assert local_starts(verdict, CAIRO) == [datetime(2028, 10, 31, 17), datetime(2028, 11, 1, 18)]
    assert [w.end - w.start for w in verdict.proposed_times] == [
        timedelta(minutes=30),
        timedelta(hours=1),
    ]


AMMAN_NOV = "Sat, 28 Oct 2028 09:30:00 +0300"


# "at 3pm\nYOUR time (4pm Amman)": on 2 November Amman is an hour ahead of Cairo.
@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize("yours", ["YOUR time", "your time", "Your time"])
def test_your_time_after_a_wrapped_line(yours: str, tz: ZoneInfo) -> None:
    body = (
        "Thanks for reaching out. I'm away Mon-Tue. Thursday 2 November at 3pm\n"
        f"{yours} (4pm Amman) or Friday 3rd at 10:00 your time would suit me."
    )
    verdict = read_reply(body, tz=tz, date=AMMAN_NOV, quote=quote())
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, CAIRO) == [datetime(2028, 11, 2, 15), datetime(2028, 11, 3, 10)]
    assert not verdict.doubts


def test_your_time_restated_an_hour_off_is_doubted() -> None:
    body = (
        "Thanks for reaching out. I'm away Mon-Tue. Thursday 2 November at 3pm\n"
        "YOUR time (3pm Amman) or Friday 3rd at 10:00 your time would suit me."
    )
    verdict = read_reply(body, tz=CAIRO, date=AMMAN_NOV, quote=quote())
    assert verdict.doubts


HAMBURG_DATE = "Fri, 27 Oct 2028 08:30:00 +0200"  # Hamburg still on summer time


# "das ist dann 13:00 Uhr bei uns in Hamburg": on 30 October Hamburg is on +01:00, an hour
# behind Cairo, though the Date header shared Cairo's offset.
@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize(
    "body",
    [
        "gern. Montag, 30. Oktober, 14:00 Uhr Ihrer Zeit passt mir - das ist\n"
        "dann 13:00 Uhr bei uns in Hamburg. Dienstag bin ich leider unterwegs.",
        "gern. Montag, 30. Oktober, 14:00 Uhr Ihrer Zeit passt mir - das ist dann 13:00 Uhr bei"
        " uns.",
        "Monday 30 October at 14:00 your time works for me - that is then 1pm here.",
    ],
)
def test_sender_side_restatement_on_the_place_clock(body: str, tz: ZoneInfo) -> None:
    verdict = read_reply(body, tz=tz, date=HAMBURG_DATE, quote=quote())
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, CAIRO) == [MON_30_AT_14]
    assert not verdict.doubts


# The same an hour off, on the header's offset but not on Hamburg's clock that day.
@pytest.mark.parametrize(
    "body",
    [
        "gern. Montag, 30. Oktober, 14:00 Uhr Ihrer Zeit passt mir - das ist\n"
        "dann 14:00 Uhr bei uns in Hamburg. Dienstag bin ich leider unterwegs.",
        "gern. Montag, 30. Oktober, 14:00 Uhr Ihrer Zeit passt mir - das ist\n"
        "dann 12:00 Uhr bei uns in Hamburg.",
    ],
)
def test_sender_side_restatement_off_is_doubted(body: str) -> None:
    verdict = read_reply(body, tz=CAIRO, date=HAMBURG_DATE, quote=quote())
    assert verdict.doubts


LISBON_DATE = "Fri, 27 Oct 2028 11:00:00 +0100"  # Lisbon on summer time until the 29th
LISBON_BODY = (
    "Obrigado pela mensagem. Esta semana não dá, mas\n"
    "consigo na quinta, 2 de novembro, às 10h de Lisboa ({cairo} no Cairo). Se\n"
    "não der, sexta 3 às 15h, também hora de Lisboa."
)


# "consigo": Portuguese "I can manage" words the offer; 10h in Lisbon (+00:00) is 12h in Cairo.
@pytest.mark.parametrize("tz", ZONES)
def test_consigo_offers(tz: ZoneInfo) -> None:
    verdict = read_reply(LISBON_BODY.format(cairo="12h"), tz=tz, date=LISBON_DATE, quote=quote())
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, CAIRO) == [datetime(2028, 11, 2, 12), datetime(2028, 11, 3, 17)]
    assert not verdict.doubts


def test_consigo_with_cairo_an_hour_off_is_doubted() -> None:
    verdict = read_reply(LISBON_BODY.format(cairo="11h"), tz=CAIRO, date=LISBON_DATE, quote=quote())
    assert verdict.doubts


BERLIN_DATE = "Fri, 27 Oct 2028 16:44:00 +0200"


# The agreed meeting with its day and both clocks in a bracket: the old slot; "same time" on
# Thursday is Cairo's 16:30 (15:30 in Berlin, an hour behind after the EU change).
@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize(
    "body",
    [
        "leider muss ich unser Gespräch am Dienstag (31.10., 16:30 Uhr Kairo / 15:30 Uhr bei"
        " uns) verschieben - mir ist ein Kundentermin dazwischengekommen. Können wir auf"
        " Donnerstag, 2.11., zur gleichen Uhrzeit gehen?",
        "leider muss ich unseren Termin am Dienstag (31.10., 16:30 Uhr Kairoer Zeit)\n"
        "verschieben. Können wir auf Donnerstag, 2.11., zur gleichen Uhrzeit gehen?",
    ],
)
def test_agreed_meeting_in_brackets_is_the_old_slot(body: str, tz: ZoneInfo) -> None:
    verdict = read_reply(body, tz=tz, date=BERLIN_DATE, quote=quote())
    assert verdict.intent is Intent.RESCHEDULE
    assert local_starts(verdict, CAIRO) == [datetime(2028, 11, 2, 16, 30)]
    assert not verdict.doubts


# "EET" in the outreach on a day Athens (the table's EET) is on summer time and Cairo is not:
# told the user is in Cairo, it is theirs; not told, two clocks wear it that day.
EET_QUOTE = (
    "\n\nOn Tue, Oct 24, 2028 at 9:15 AM Mariam Saleh <ada@example.com> wrote:\n"
    "> Would one of these suit you? (EET)\n> - Friday 27 October, 11:00\n"
    "> - Monday 30 October, 14:00\n>\n> Mariam Saleh\n"
)


def test_eet_from_a_user_in_cairo_is_cairos_clock() -> None:
    verdict = read_reply("Friday works for me.", tz=CAIRO, date=AMMAN_WED, quote=EET_QUOTE)
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, CAIRO) == [datetime(2028, 10, 27, 11)]
    assert not verdict.doubts


def test_eet_unplaced_on_a_day_athens_and_cairo_differ_is_doubted() -> None:
    verdict = read_reply("Friday works for me.", tz=UTC, date=AMMAN_WED, quote=EET_QUOTE)
    assert verdict.doubts
