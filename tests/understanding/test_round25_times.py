"""Round 25 (times and picks): the user's zone over a list, and a day of the month by its noun.

An outreach that names the user's zone once, over a list of bare clocks ("I'm free at these
times, Lisbon time:"), puts every one of those clocks on that zone, so a reply from another
zone naming one of them back is a pick, not a time of its own. A thread that also quotes the
sender's own words keeps the sender's clock for them. And "terça, dia 15", "martes, día 15",
"Dienstag, den 15." name the 15th, not the coming Tuesday. Sentences of our own, with near
misses.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

_UTC = ZoneInfo("UTC")


def _quote(zone_words: str) -> str:
    """The user's outreach of Monday 3 June 2030: three bare clocks under a zone named once."""
    return (
        "\n\nOn Mon, Jun 3, 2030 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
        # Wrapped as a mail client wraps it: the zone's words across the line break.
        "> Could we talk for 20 minutes? I'm free at these times,"
        f" {zone_words.replace(' ', chr(10) + '> ', 1)}:\n>\n"
        "> - Wed 5 June at 14:00\n> - Thu 6 June at 10:00\n> - Tue 11 June at 16:00\n>\n"
        "> Ada\n"
    )


@pytest.mark.parametrize(
    ("body", "zone_words", "offset", "start"),
    [
        ("Tuesday the 11th at 4 your time (11 for me) works.", "Lisbon time", "-0400",
         datetime(2030, 6, 11, 16, 0)),
        ("Thursday the 6th at 10 your time is fine with me.", "UK time", "-0500",
         datetime(2030, 6, 6, 10, 0)),
        ("Wednesday the 5th at 2pm your time works for me.", "Berlin time", "+0900",
         datetime(2030, 6, 5, 14, 0)),
    ],
)  # fmt: skip
def test_a_clock_of_the_users_list_named_back_is_a_pick(
    body: str, zone_words: str, offset: str, start: datetime
) -> None:
    verdict = read_reply(
        body, tz=_UTC, date=f"Mon, 3 Jun 2030 18:00:00 {offset}", quote=_quote(zone_words)
    )
    assert verdict.intent is Intent.ACCEPT
    zone = verdict.proposed_times[0].start.tzinfo
    assert zone is not None
    assert local_starts(verdict, zone) == [start]


def test_a_new_clock_under_the_users_list_stays_an_offer() -> None:
    # Near miss: an hour the user did not offer is the sender's own.
    verdict = read_reply(
        "Tuesday the 11th at 5 your time works better for me.",
        tz=_UTC,
        date="Mon, 3 Jun 2030 18:00:00 -0400",
        quote=_quote("Lisbon time"),
    )
    assert verdict.intent is Intent.PROPOSE_TIMES


def test_the_senders_own_quoted_clock_keeps_the_senders_zone() -> None:
    # Near miss: the sender's earlier "10am my time" is on the sender's clock, so moving off
    # it to a new day at another hour is an offer of the sender's.
    quote = (
        "\n\nOn Tue, Jun 4, 2030 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
        "> Perfect - Friday at 10am your time it is (all my times are Lisbon time).\n>\n"
        "> On Mon, Jun 3, 2030 at 8:00 PM Kai Berg <kai@example.com> wrote:\n"
        ">> Sure! Friday the 7th at 10am my time?\n"
    )
    verdict = read_reply(
        "So sorry, I have to drop Friday. Could we do Monday the 10th at 9:30 instead?",
        tz=_UTC,
        date="Thu, 6 Jun 2030 18:00:00 -0500",
        quote=quote,
    )
    assert verdict.intent is not Intent.ACCEPT


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Terça, dia 11, às 16h fica ótimo pra mim.", datetime(2030, 6, 11, 16, 0)),
        ("El martes, día 11, a las 16h me va perfecto.", datetime(2030, 6, 11, 16, 0)),
        ("Dienstag, den 11. um 16 Uhr passt mir gut.", datetime(2030, 6, 11, 16, 0)),
    ],
)
def test_a_day_of_the_month_by_its_noun_fixes_the_week(body: str, start: datetime) -> None:
    # Written Monday 3 June: the coming Tuesday is the 4th, the one named is the 11th.
    lisbon = ZoneInfo("Europe/Lisbon")
    verdict = read_reply(
        body, tz=lisbon, date="Mon, 3 Jun 2030 10:00:00 +0100", quote=_quote("Lisbon time")
    )
    assert local_starts(verdict, lisbon) == [start]


@pytest.mark.parametrize(
    "body",
    [
        "Dia 11 não posso, desculpe.",
        "Dienstag passt mir leider nicht.",
    ],
)
def test_a_day_noun_without_an_hour_offers_nothing(body: str) -> None:
    # Near misses: a day refused or a weekday alone is no time.
    verdict = read_reply(
        body, tz=_UTC, date="Mon, 3 Jun 2030 10:00:00 +0100", quote=_quote("Lisbon time")
    )
    assert verdict.proposed_times == ()


def _agreed_quote() -> str:
    """An agreed Thursday 6 June at 10:00 (Lisbon time), under the user's list of three."""
    return (
        "\n\nOn Tue, Jun 4, 2030 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
        "> Great - Thursday 6 June at 10:00 it is, invite to follow.\n"
        + _quote("Lisbon time").replace("\n>", "\n>>").replace("\n\nOn", "\n>\n> On")
    )


@pytest.mark.parametrize(
    "body",
    [
        "Sorry, something came up - could we move Thursday to Monday the 10th at 10?"
        " Same link is fine.",
        "Can we push our call to Monday the 10th at 10 instead? The same Zoom link works.",
        "Désolé, je dois déplacer notre appel : lundi 10 à 10h ? Le même lien me va.",
    ],
)
def test_a_yes_to_the_link_is_no_yes_to_a_time(body: str) -> None:
    verdict = read_reply(
        body, tz=_UTC, date="Wed, 5 Jun 2030 17:00:00 +0100", quote=_agreed_quote()
    )
    assert verdict.intent is Intent.RESCHEDULE
    assert "contradicting_intent_cues" not in doubt_codes(verdict)


def test_a_yes_to_a_day_beside_a_move_still_contradicts() -> None:
    # Near miss: "Thursday works" is a yes to a time, whatever the link.
    verdict = read_reply(
        "Thursday works, but can we push it to 11? Same link.",
        tz=_UTC,
        date="Mon, 3 Jun 2030 17:00:00 +0100",
        quote=_quote("Lisbon time"),
    )
    assert not verdict.certain


@pytest.mark.parametrize(
    ("body", "offset"),
    [
        ("Your mornings are hard for me (that's 5am here). How about Thursday 6/6 at 1pm ET?",
         "-0400"),
        ("Mornings on your side don't suit (it's 2am here). Could we do Wednesday the 5th at"
         " 8pm my time?", "+0900"),
        ("Les matinées sont difficiles pour moi (c'est 4h ici). Que diriez-vous de mercredi 5"
         " à 15h ?", "-0600"),
    ],
)  # fmt: skip
def test_a_bracket_saying_a_part_of_the_day_again_offers_nothing(body: str, offset: str) -> None:
    verdict = read_reply(
        body, tz=_UTC, date=f"Mon, 3 Jun 2030 18:00:00 {offset}", quote=_quote("Lisbon time")
    )
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert len(verdict.proposed_times) == 1
    assert not {"time_without_day", "two_readings_of_time"} & set(doubt_codes(verdict))


def test_a_bare_clock_beside_a_part_of_the_day_is_still_doubted() -> None:
    # Near miss: "5am" said as an offer, not as a bracket saying the morning again.
    verdict = read_reply(
        "Mornings are hard for me. I could do 5am though, or Thursday 6/6 at 1pm ET?",
        tz=_UTC,
        date="Mon, 3 Jun 2030 18:00:00 -0400",
        quote=_quote("Lisbon time"),
    )
    assert not verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "Tuesday at 4pm or Wednesday at 11am?",
        "Martedì alle 16 oppure mercoledì alle 11?",
        "Dienstag um 16 Uhr oder Mittwoch um 11 Uhr?",
    ],
)
def test_an_offer_at_a_users_weekday_and_hour_in_another_week_is_doubted(body: str) -> None:
    # The user's Tuesday is the 11th; the coming Tuesday is the 4th. Either the sender means
    # the user's own time (a week the reader did not read) or a new one a week earlier.
    verdict = read_reply(
        body, tz=_UTC, date="Mon, 3 Jun 2030 10:00:00 +0100", quote=_quote("Lisbon time")
    )
    assert "pick_on_another_date" in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    ["Tuesday at 5pm or Wednesday at 11am?", "Martedì alle 17 oppure mercoledì alle 11?"],
)
def test_an_offer_at_hours_the_user_did_not_give_stays_certain(body: str) -> None:
    # Near misses: no hour of the user's, so nothing to confuse with their times.
    verdict = read_reply(
        body, tz=_UTC, date="Mon, 3 Jun 2030 10:00:00 +0100", quote=_quote("Lisbon time")
    )
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert verdict.certain
