"""Round 57 part Z on replies_blind57: the sender's clock across a clock change they name.

The user lives in Perth (+08:00 all year) and offers times "All Perth time (AWST)". Senders
write before a change of their own clock and offer days after it. Sentences of our own:

- "7pm my time? We go onto daylight time this Sunday, so that still lands at 2pm for you": the
  sender says their own clock changes, so of the zones on the Date header's offset only those
  that change by the day are theirs (Auckland's +13:00, not +12:00), and the sum for the user
  agrees with that offset, not the header's; the same in the seven languages, for the NZ,
  Australian, EU, US and Chilean changes. Without the sum, or with a sum on the header's
  offset, the offer stays doubted (round 34's "Our clocks go forward this Sunday").
- Near misses stay doubted: a change said of another place ("London's clocks", "Our London
  office's clocks"), a change with no way said ("our clocks change"), said the wrong way
  round, a zone named for the wrong day ("NZST" in NZ's summer), "AEST" said loosely in AEDT.
- "dinsdag om 8 uur lukt toch niet": the agreed slot said again and refused ("toch") is no
  offer; only the new days are.
- "This week is tricky (we're in Rotterdam Thursday) so could we look at the week after?": the
  Thursday is this week's, no week question for the days offered next.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_near_miss_safe,
    assert_read_right,
    doubt_codes,
    read_reply,
)
from workflows.stages import Intent

PERTH = ZoneInfo("Australia/Perth")
UTC = ZoneInfo("UTC")
ZONES = [pytest.param(PERTH, id="perth"), pytest.param(UTC, id="utc")]


def outreach(sent: str, slots: tuple[str, str, str]) -> str:
    """The user's outreach, its three slots on Perth's clock."""
    lines = "".join(f"> - {slot}\n" for slot in slots)
    return (
        f"\n\nOn {sent}, Ada Obi <ada@example.com> wrote:\n"
        "> Would any of these suit? All Perth time (AWST):\n"
        f"{lines}>\n> Thanks very much,\n> Ada\n> Mining engineer | Perth, WA (AWST, UTC+8)\n"
    )


SEPT = outreach(
    "Mon, 17 Sep 2029 at 08:30", ("Tue 25 Sep, 3:00pm", "Thu 27 Sep, 10:00am", "Tue 2 Oct, 2:00pm")
)
OCT = outreach(
    "Wed, 3 Oct 2029 at 09:10", ("Tue 9 Oct, 11:00am", "Thu 11 Oct, 3:30pm", "Mon 15 Oct, 10:00am")
)
LATE_OCT = outreach(
    "Mon, 22 Oct 2029 at 07:45", ("Thu 25 Oct, 4:00pm", "Tue 30 Oct, 3:00pm", "Thu 1 Nov, 9:30am")
)
MARCH = outreach(
    "Mon, 19 Mar 2029 at 08:30", ("Tue 27 Mar, 6:00pm", "Wed 28 Mar, 6:00pm", "Thu 29 Mar, 6:00pm")
)
EARLY_NOV = outreach(
    "Tue, 30 Oct 2029 at 09:00", ("Tue 6 Nov, 6:00pm", "Wed 7 Nov, 6:00pm", "Thu 8 Nov, 6:00pm")
)
AUGUST = outreach(
    "Mon, 27 Aug 2029 at 08:30", ("Tue 4 Sep, 9:00pm", "Wed 5 Sep, 10:00pm", "Thu 6 Sep, 9:00pm")
)

# (body, Date header, quote, sender's zone, the start on the sender's clock)
OWN_CHANGE = [
    (
        "None of those work, sorry. Could we do Wednesday 3 October, 7pm my time? We go onto"
        " daylight time this Sunday, so that still lands at 2pm for you.",
        "Fri, 28 Sep 2029 09:30:00 +1200",
        SEPT,
        "Pacific/Auckland",
        datetime(2029, 10, 3, 19, 0),
    ),
    (
        "Those are tricky. How about Wednesday 10 October at 10am? Our clocks go forward on"
        " Sunday, so that's 7am for you.",
        "Thu, 4 Oct 2029 10:00:00 +1000",
        OCT,
        "Australia/Sydney",
        datetime(2029, 10, 10, 10, 0),
    ),
    (
        "Thursday is out for me. Could we do Tuesday 6 November at 8am instead? Our clocks go"
        " back this Sunday, so that is 9pm for you.",
        "Thu, 1 Nov 2029 09:00:00 -0400",
        EARLY_NOV,
        "America/New_York",
        datetime(2029, 11, 6, 8, 0),
    ),
    (
        "Esas no me van. ¿Podemos el martes 4 de septiembre a las 9? Aquí pasamos al horario"
        " de verano el domingo, o sea las 20:00 para ti.",
        "Thu, 30 Aug 2029 10:00:00 -0400",
        AUGUST,
        "America/Santiago",
        datetime(2029, 9, 4, 9, 0),
    ),
    (
        "Die Termine passen leider nicht. Ginge Dienstag, 30. Oktober, um 9 Uhr? Am Sonntag"
        " werden bei uns die Uhren zurückgestellt, das ist dann 16 Uhr bei Ihnen.",
        "Thu, 25 Oct 2029 10:00:00 +0200",
        LATE_OCT,
        "Europe/Berlin",
        datetime(2029, 10, 30, 9, 0),
    ),
    (
        "Die tijden lukken niet. Zou dinsdag 30 oktober om 9.00 uur kunnen? Bij ons gaat"
        " zondag de wintertijd in, dus dat is 16.00 uur bij jou.",
        "Thu, 25 Oct 2029 10:00:00 +0200",
        LATE_OCT,
        "Europe/Amsterdam",
        datetime(2029, 10, 30, 9, 0),
    ),
    (
        "Ces créneaux ne me vont pas. Que diriez-vous du mardi 30 octobre à 9h ? Chez nous,"
        " passage à l'heure d'hiver dimanche, soit 16h chez vous.",
        "Thu, 25 Oct 2029 10:00:00 +0200",
        LATE_OCT,
        "Europe/Paris",
        datetime(2029, 10, 30, 9, 0),
    ),
    (
        "Purtroppo non riesco. Che ne dici di martedì 30 ottobre alle 9? Da noi domenica torna"
        " l'ora solare, cioè le 16 per te.",
        "Thu, 25 Oct 2029 10:00:00 +0200",
        LATE_OCT,
        "Europe/Rome",
        datetime(2029, 10, 30, 9, 0),
    ),
    (
        "Não consigo nesses dias. Pode ser na terça, 27 de março, às 8h? Cá passamos para a"
        " hora de verão no domingo, ou seja 15h para si.",
        "Thu, 22 Mar 2029 10:00:00 +0000",
        MARCH,
        "Europe/Lisbon",
        datetime(2029, 3, 27, 8, 0),
    ),
    (
        "Those times don't suit. How about Tuesday 27 March at 8am? Our clocks go forward on"
        " Sunday, so that's 3pm for you.",
        "Thu, 22 Mar 2029 10:00:00 +0000",
        MARCH,
        "Europe/London",
        datetime(2029, 3, 27, 8, 0),
    ),
]


# The sender says their own clock changes before the day: on the day it is the changed one.
@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize(("body", "date", "quote", "there", "start"), OWN_CHANGE)
def test_own_clock_change_settles_the_offset(
    body: str, date: str, quote: str, there: str, start: datetime, tz: ZoneInfo
) -> None:
    verdict = read_reply(body, tz=tz, date=date, quote=quote)
    assert_read_right(verdict, ZoneInfo(there), Intent.PROPOSE_TIMES, [start])


# Look-alikes whose words do not settle the sender's clock on the day: they stay doubted.
NEAR_MISSES = [
    # The change said of another place.
    (
        "Thursday is out for me. Could we do Tuesday 6 November at 8am instead? I gather the"
        " clocks go back in London this weekend.",
        "Thu, 1 Nov 2029 09:00:00 -0400",
        EARLY_NOV,
    ),
    (
        "Thursday is out for me. Could we do Tuesday 6 November at 8am instead? Our London"
        " office's clocks went back last Sunday.",
        "Thu, 1 Nov 2029 09:00:00 -0400",
        EARLY_NOV,
    ),
    # The sender's own change, with no word of where the offer lands for the user: the change
    # may come after the meeting for all the reader knows of the sender's place.
    (
        "Those are tricky. How about Wednesday 10 October at 10am? Our clocks go forward on"
        " Sunday.",
        "Thu, 4 Oct 2029 10:00:00 +1000",
        OCT,
    ),
    # Said again for the user on the header's offset: the sender's own sum disagrees.
    (
        "Those are tricky. How about Wednesday 10 October at 10am? Our clocks go forward on"
        " Sunday, so that's 8am for you.",
        "Thu, 4 Oct 2029 10:00:00 +1000",
        OCT,
    ),
    # No way said: which offset the change brings is the zones' word alone.
    (
        "Those are tricky. How about Wednesday 10 October at 10am? Our clocks change on Sunday.",
        "Thu, 4 Oct 2029 10:00:00 +1000",
        OCT,
    ),
    # Said the wrong way round for the zones on the header's offset.
    (
        "Die tijden lukken niet. Zou dinsdag 30 oktober om 9.00 uur kunnen? Bij ons gaat"
        " zondag de zomertijd in.",
        "Thu, 25 Oct 2029 10:00:00 +0200",
        LATE_OCT,
    ),
    # A zone named for the wrong day: NZ is still on NZST on the Saturday.
    (
        "None of those work, sorry. Could we do Saturday 29 September, 7pm NZDT?",
        "Wed, 26 Sep 2029 09:30:00 +1200",
        SEPT,
    ),
    # "AEST" said loosely in Melbourne's summer (blind57 p03): kept doubted.
    (
        "your tues slot clashes, sorry. could do mon 8th 9am AEST?",
        "Thu, 4 Oct 2029 21:13:00 +1000",
        OCT,
    ),
    # "By then" with the change's own words and no owner: the header's offset or the next.
    (
        "None of those work, sorry. Could we do Wednesday 3 October at 7pm? Daylight saving"
        " starts by then.",
        "Fri, 28 Sep 2029 09:30:00 +1200",
        SEPT,
    ),
    # A zoneless time from a +12:00 header, with clock talk the reader does not know: doubted
    # because the zones on +12:00 part by the Wednesday (round 57 part F).
    (
        "None of those work, sorry. Could we do Wednesday 3 October at 7pm? It will all be"
        " different by then, clocks-wise.",
        "Fri, 28 Sep 2029 09:30:00 +1200",
        SEPT,
    ),
]


@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize(("body", "date", "quote"), NEAR_MISSES)
def test_clock_change_near_misses_stay_doubted(
    body: str, date: str, quote: str, tz: ZoneInfo
) -> None:
    verdict = read_reply(body, tz=tz, date=date, quote=quote)
    assert_near_miss_safe(verdict, tz, Intent.PROPOSE_TIMES)


def confirmed(day: str) -> str:
    """The user's confirmation of the agreed slot, the outreach under it."""
    return (
        "\n\nOn Tue, 23 Oct 2029 at 02:30, Ada Obi <ada@example.com> wrote:\n"
        f"> Wonderful, thank you! Confirmed for {day} Perth time (AWST).\n>\n> Ada\n>\n"
        "> On Mon, 22 Oct 2029 at 07:45, Ada Obi <ada@example.com> wrote:\n"
        ">> Would any of these suit? All Perth time (AWST):\n"
        ">> - Thu 25 Oct, 4:00pm\n>> - Tue 30 Oct, 3:00pm\n>> - Thu 1 Nov, 9:30am\n"
    )


AMSTERDAM = ZoneInfo("Europe/Amsterdam")


# A move that says the old slot again and refuses it "after all": only the new days.
@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize(
    "body",
    [
        "Sorry, maar dinsdag om 8 uur 's ochtends (jouw 15.00 uur) lukt toch niet. Kunnen we"
        " het verzetten naar donderdag 1 november om 8.30 uur? Of vrijdag 2 november om 8.30,"
        " Nederlandse tijd.",
        "Sorry, maar dinsdag om 8 uur kan ik toch niet. Kunnen we het verzetten naar donderdag"
        " 1 november om 8.30 uur? Of vrijdag 2 november om 8.30, Nederlandse tijd.",
    ],
)
def test_move_with_the_old_slot_said_again(body: str, tz: ZoneInfo) -> None:
    verdict = read_reply(
        body, tz=tz, date="Fri, 26 Oct 2029 11:00:00 +0200", quote=confirmed("Tue 30 Oct at 3:00pm")
    )
    assert_read_right(
        verdict,
        AMSTERDAM,
        Intent.RESCHEDULE,
        [datetime(2029, 11, 1, 8, 30), datetime(2029, 11, 2, 8, 30)],
    )


LONDON = ZoneInfo("Europe/London")


# A weekday under "this week" is placed, whatever week the sentence turns to.
@pytest.mark.parametrize("tz", ZONES)
def test_weekday_under_this_week_is_placed(tz: ZoneInfo) -> None:
    verdict = read_reply(
        "This week is tricky (we're in Rotterdam Thursday) so could we look at the week after?"
        "\n\nMonday 29th at 8am UK time would work. Failing that, Wednesday 31st 7:30-8:15am.",
        tz=tz,
        date="Tue, 23 Oct 2029 17:40:00 +0100",
        quote=LATE_OCT,
    )
    assert_read_right(
        verdict,
        LONDON,
        Intent.PROPOSE_TIMES,
        [datetime(2029, 10, 29, 8, 0), datetime(2029, 10, 31, 7, 30)],
    )


# "The week after" before a bare weekday still leaves its week a guess.
@pytest.mark.parametrize("tz", ZONES)
def test_bare_weekday_after_the_week_after_stays_doubted(tz: ZoneInfo) -> None:
    verdict = read_reply(
        "This week is tricky, so could we look at the week after? Thursday at 8am UK time"
        " would work.",
        tz=tz,
        date="Tue, 23 Oct 2029 17:40:00 +0100",
        quote=LATE_OCT,
    )
    assert_near_miss_safe(verdict, tz, Intent.PROPOSE_TIMES)


# blind57 p14's "tussen 8 en 9" beside "8.00 uur": the morning, as the other offer says, since
# 20:00 in Amsterdam is 3am in Perth (round 58, part Z).
@pytest.mark.parametrize("tz", ZONES)
def test_bare_dutch_range_beside_a_24_hour_offer(tz: ZoneInfo) -> None:
    verdict = read_reply(
        "Zou maandag 29 oktober om 8.00 uur (Nederlandse tijd, dan is de wintertijd al"
        " ingegaan) kunnen? Anders dinsdag 6 november tussen 8 en 9.",
        tz=tz,
        date="Thu, 25 Oct 2029 08:55:00 +0200",
        quote=LATE_OCT,
    )
    assert not doubt_codes(verdict)
    assert_read_right(
        verdict,
        AMSTERDAM,
        Intent.PROPOSE_TIMES,
        [datetime(2029, 10, 29, 8, 0), datetime(2029, 11, 6, 8, 0)],
    )


# "it will be 9pm your time" in the sentence of the change talk: the zoneless 8am before it is
# read on the user's clock (Perth's 8am), certain; found here and left.
@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.xfail(
    strict=True,
    reason="'your time' in the clock-change sentence becomes the clock of the zoneless offer"
    " before it (08:00 Perth, certain); the sender's 8am at -05:00 is meant",
)
def test_your_time_in_the_change_talk_is_not_the_offers_clock(tz: ZoneInfo) -> None:
    verdict = read_reply(
        "Thursday is out for me. Could we do Tuesday 6 November at 8am instead? Our clocks go"
        " back this Sunday, so it will be 9pm your time.",
        tz=tz,
        date="Thu, 1 Nov 2029 09:00:00 -0400",
        quote=EARLY_NOV,
    )
    assert_read_right(
        verdict,
        ZoneInfo("America/New_York"),
        Intent.PROPOSE_TIMES,
        [datetime(2029, 11, 6, 8, 0)],
    )
