"""Round 44, intent: what replies_blind45 read certain and wrong.

"I will not be able to make our call" under a meeting the thread settled calls it off, whatever
travel or return the reply gives as its reason; a note that opens on a name on neither the To
nor the Cc line and names a meeting of its own is doubted, not read as an offer; "escreva-me
outra vez nessa altura" (write again then) puts the chat off. Sentences of
our own (a user in Cape Town in June 2035, no clock change), with near misses.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply

CAPE_TOWN = ZoneInfo("Africa/Johannesburg")

_OFFERS = (
    "\n\nOn Mon, 4 Jun 2035 at 09:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these suit? All times are South African time (SAST):\n"
    "> - Tuesday 12 June, 13:00\n"
    "> - Thursday 14 June, 17:00\n"
    "> - Friday 15 June, 10:30\n"
)
# The user confirms one of them: the meeting is agreed.
_AGREED = (
    "\n\nOn Tue, 5 Jun 2035 at 11:00, Ada Obi <ada@example.com> wrote:\n"
    "> Thank you! Thursday 14 June at 17:00 SAST it is. I'll send the link.\n"
    ">\n"
    "> On Mon, 4 Jun 2035 at 09:00, Ada Obi <ada@example.com> wrote:\n"
    "> > Would any of these suit? All times are South African time (SAST):\n"
    "> > - Tuesday 12 June, 13:00\n"
    "> > - Thursday 14 June, 17:00\n"
    "> > - Friday 15 June, 10:30\n"
)
_LAGOS = "Tue, 12 Jun 2035 20:10:00 +0100"
_SYDNEY = "Wed, 6 Jun 2035 09:05:00 +1000"


@pytest.mark.parametrize(
    "body",
    [
        "Apologies, I will not be able to make our call on Thursday. I travel tomorrow for an "
        "emergency. Let us reconnect when I'm back.",
        "So sorry - I won't be able to make our meeting on the 14th. I'm flying to Abuja "
        "tomorrow and will be away until the 25th. Let's reconnect when I return.",
        "Unfortunately I am unable to make our chat this Thursday, I'm travelling for work. "
        "I'll reach out once I'm back.",
    ],
)
def test_a_cancel_of_the_agreed_meeting_beats_the_travel_reason(body: str) -> None:
    verdict = read_reply(body, tz=CAPE_TOWN, date=_LAGOS, quote=_AGREED)
    assert verdict.intent.value == "cancel"
    assert verdict.return_date is None
    assert doubt_codes(verdict) == []


@pytest.mark.parametrize(
    "body",
    [
        # Nothing agreed yet: a travel spell and a later talk put the chat off.
        "I'm travelling until the 25th, let us reconnect when I'm back.",
        # The sender is able to make it: no cancel.
        "Good news, I will be able to make our call on Thursday after all.",
        # "make it work" finds no room; it calls off nothing agreed.
        "I won't be able to make it work this week, I travel tomorrow. Ping me in July?",
    ],
)
def test_near_misses_are_no_cancel(body: str) -> None:
    verdict = read_reply(body, tz=CAPE_TOWN, date=_LAGOS, quote=_OFFERS)
    assert verdict.intent.value != "cancel"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Mark,\n\nAttached is the Q2 deck. Can you have a look before Thursday's meeting "
        "at 2pm? Slide 7 still needs the chart.\n\nThanks,\nNathan",
        "Priya - Friday at 10 works for the board prep, I'll bring the numbers.\n\nN",
        "Dear Tom,\n\nHow about Monday at 9 to go over the budget? Let me know.\n\nNathan",
    ],
)
def test_a_note_for_someone_else_with_a_time_is_doubted(body: str) -> None:
    verdict = read_reply(body, tz=CAPE_TOWN, date=_SYDNEY, quote=_OFFERS)
    assert verdict.intent.value == "other"
    assert verdict.proposed_times == ()
    assert "written_to_someone_else" in doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # The greeting is the user's own name (or its short form): an offer to the user.
        "Hi Ada,\n\nThursday 14 June at 17:00 works for me.\n\nNathan",
        "Hi Adie, Friday at 10:30 is good for me.",
        # A name that opens any reply ("Sorry - ...") is no addressee.
        "Sorry - Friday at 10:30 is good for me.",
    ],
)
def test_a_greeting_to_the_user_still_reads(body: str) -> None:
    verdict = read_reply(body, tz=CAPE_TOWN, date=_SYDNEY, quote=_OFFERS)
    assert verdict.intent.value != "other"
    assert "written_to_someone_else" not in doubt_codes(verdict)


_MAPUTO = "Tue, 5 Jun 2035 10:00:00 +0200"


@pytest.mark.parametrize(
    "body",
    [
        "Estou em viagem até dia 20. Depois disso falamos, escreva-me outra vez nessa altura.",
        "Estou fora até dia 20; me escreva de novo então, com todo o gosto.",
        "Sem rede até dia 20. Escreve-me novamente nessa altura, por favor.",
    ],
)
def test_write_again_then_in_portuguese_defers(body: str) -> None:
    verdict = read_reply(body, tz=CAPE_TOWN, date=_MAPUTO, quote=_OFFERS)
    assert verdict.intent.value == "defer"
    assert doubt_codes(verdict) == []


def test_write_again_with_no_later_time_is_no_defer_cue() -> None:
    # "Escreva-me outra vez se precisar" (write again if you need): no later time asked for.
    verdict = read_reply(
        "Obrigada! Escreva-me outra vez se precisar.", tz=CAPE_TOWN, date=_MAPUTO, quote=_OFFERS
    )
    assert verdict.intent.value != "defer" or doubt_codes(verdict)


def test_a_greeting_word_before_a_dash_is_no_name() -> None:
    verdict = read_reply(
        "Hey - Friday at 10:30 is good for me.", tz=CAPE_TOWN, date=_SYDNEY, quote=_OFFERS
    )
    assert "written_to_someone_else" not in doubt_codes(verdict)
