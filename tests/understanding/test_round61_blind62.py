"""Round 61 on replies_blind62: the four replies read certain and wrong, a user in Stockholm,
spring 2032 (US change 14 March, EU change 28 March). Sentences of our own:

- "I'm on a train most of Tuesday afternoon": the sender in transit, the afternoon taken, not
  offered (as "I'm on a flight" already was), in each language.
- "Je dois malheureusement décliner : je quitte mon poste fin mars": an adverb of regret
  between "must" and "decline" leaves the no firm; the month is the sender's leaving date,
  not a later month to write again.
- "Not really doing mentoring at the moment, but tell me a bit more": the no waits on what
  the user says next (`other`, nothing booked).
- "06:00" with its leading zero is the 24-hour clock's morning: a "same time" move of a
  meeting at 6 in the morning on the sender's clock stays at 6 in the morning.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, is_safe, local_starts, read_reply
from workflows.stages import Intent

STOCKHOLM = ZoneInfo("Europe/Stockholm")
MARCH_11_UK = "Thu, 11 Mar 2032 12:03:00 +0000"
OFFERS = (
    "\n\nOn Wed, Mar 10, 2032 at 12:20 PM Ada Obi <ada@example.com> wrote:\n"
    "> Would one of these suit you? All times are Stockholm time:\n"
    "> - Tuesday 16 March, 16:00\n> - Thursday 18 March, 09:30\n"
)
SIGN = "\n\nKai\n"

# Thursday 18 March at 14:30 in London is 15:30 in Stockholm.
THURSDAY_AFTERNOON = [datetime(2032, 3, 18, 15, 30)]


@pytest.mark.parametrize(
    "body",
    [
        "Tuesday afternoon I'm on a train the whole time, so yours won't work. Could we try "
        "Thursday 18th at 2:30pm UK time?",
        "I'll be on the bus most of Tuesday afternoon. Thursday 18th at 14:30 UK time instead?",
        "Dienstagnachmittag sitze ich im Zug. Ginge Donnerstag, 18. März, um 14:30 Uhr "
        "britischer Zeit?",
        "Mardi après-midi je suis dans le train. Jeudi 18 mars à 14h30 heure de Londres ?",
        "El martes por la tarde estoy en el tren. ¿Jueves 18 de marzo a las 14:30 hora de Londres?",
    ],
)
def test_time_in_transit_is_taken_not_offered(body: str) -> None:
    verdict = read_reply(body + SIGN, tz=STOCKHOLM, date=MARCH_11_UK, quote=OFFERS)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, STOCKHOLM) == THURSDAY_AFTERNOON


# Near misses: a Tuesday afternoon said to work is still offered; a train that leaves room for
# a call then is pinned (the whole afternoon is dropped, as a flight's is).
@pytest.mark.parametrize(
    "body",
    [
        "Tuesday afternoon works, or Thursday 18th at 2:30pm UK time?",
        pytest.param(
            "I'm on a train Tuesday afternoon but can take a call then from 3 to 4 UK time. Or "
            "Thursday 18th at 2:30pm UK time?",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the transit cue takes the whole clause: the call offered from the "
                "train is dropped and Thursday alone is read, certain",
            ),
        ),
    ],
)
def test_tuesday_offered_beside_it_is_kept(body: str) -> None:
    verdict = read_reply(body + SIGN, tz=STOCKHOLM, date=MARCH_11_UK, quote=OFFERS)
    starts = local_starts(verdict, STOCKHOLM)
    assert not verdict.certain or any(s.date() == datetime(2032, 3, 16).date() for s in starts)


MARCH_23_UK = "Tue, 23 Mar 2032 08:00:00 +0000"


@pytest.mark.parametrize(
    "body",
    [
        "Merci pour votre mail. Je dois malheureusement décliner : je change de poste fin mars.",
        "Grazie del messaggio. Devo purtroppo declinare: lascio il mio ruolo a fine marzo.",
        "Obrigada pela mensagem. Tenho infelizmente de recusar: saio da empresa no fim de março.",
        "Thanks for writing. I must regretfully decline: I'm off to a new role at the end of "
        "March.",
        "Gracias por escribir. Tengo que lamentablemente declinar: cambio de trabajo a finales de "
        "marzo.",
    ],
)
def test_no_with_regret_between_the_verbs_is_a_decline(body: str) -> None:
    verdict = read_reply(body + SIGN, tz=STOCKHOLM, date=MARCH_23_UK, quote=OFFERS)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.DECLINE
    assert not verdict.proposed_times


# Near misses: a month to write again in is still a defer; a move softened the same way is
# no decline.
def test_write_again_in_a_month_still_defers() -> None:
    body = "Malheureusement pas maintenant : écrivez-moi fin avril et on trouvera un moment."
    verdict = read_reply(body + SIGN, tz=STOCKHOLM, date=MARCH_23_UK, quote=OFFERS)
    assert verdict.intent is Intent.DEFER or not verdict.certain


def test_move_softened_by_regret_is_no_decline() -> None:
    body = "Je dois malheureusement décaler : écrivez-moi fin avril."
    verdict = read_reply(body + SIGN, tz=STOCKHOLM, date=MARCH_23_UK, quote=OFFERS)
    assert not (verdict.certain and verdict.intent is Intent.DECLINE)
    assert is_safe(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "Where did you find my email? I'm not really doing mentoring these days, but tell me "
        "more about what you're after.",
        "I'm not taking coffee chats right now but do tell me a little more.",
        "Je ne prends plus ce type d'échanges, mais dites-m'en plus sur votre projet.",
        "Ya no acepto este tipo de llamadas, pero cuéntame un poco más.",
        "Non faccio più queste chiacchierate, ma dimmi di più sul tuo percorso.",
    ],
)
def test_no_then_tell_me_more_waits_for_the_user(body: str) -> None:
    verdict = read_reply(body + SIGN, tz=STOCKHOLM, date=MARCH_11_UK, quote=OFFERS)
    assert verdict.intent is Intent.OTHER or not verdict.certain
    assert is_safe(verdict)


# Near misses: a no with nothing asked, or "tell me more" as a wish for later, stays a no.
@pytest.mark.parametrize(
    "body",
    [
        "I'm not really doing mentoring at the moment, sorry.",
        "I'm not doing these calls any more. Good luck, and tell me more if you get the role!",
    ],
)
def test_plain_no_stays_a_decline(body: str) -> None:
    verdict = read_reply(body + SIGN, tz=STOCKHOLM, date=MARCH_11_UK, quote=OFFERS)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.DECLINE


# The user's confirmation of Thursday 8 April 15:00 in Stockholm: 06:00 in San Francisco.
AGREED = (
    "\n\nOn Mon, Apr 5, 2032 at 8:40 AM Ada Obi <ada@example.com> wrote:\n"
    "> Lovely, I'm sending the invite for Thursday 8 April at 15:00 (Stockholm time).\n"
)
SF_EVENING = "Tue, 06 Apr 2032 21:00:00 -0700"


@pytest.mark.parametrize(
    "body",
    [
        "Sorry for the shuffle: could we shift it to Friday 9th, same time?",
        "Perdona el lío: ¿lo podemos mover al viernes 9, misma hora?",
        "Désolée pour le changement : peut-on le décaler au vendredi 9, même heure ?",
        "Sorry, something came up - could we do Friday 9th at 06:00 my time instead?",
    ],
)
def test_morning_meeting_moved_keeps_its_morning(body: str) -> None:
    verdict = read_reply(body + SIGN, tz=STOCKHOLM, date=SF_EVENING, quote=AGREED)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.RESCHEDULE
    assert local_starts(verdict, STOCKHOLM) == [datetime(2032, 4, 9, 15, 0)]


# Near miss: "6:00" with no leading zero is still the working day's guess, never the morning
# read as sure.
def test_unpadded_six_is_not_taken_as_the_morning() -> None:
    body = "Sorry, something came up - could we do Friday 9th at 6:00 my time instead?"
    verdict = read_reply(body + SIGN, tz=STOCKHOLM, date=SF_EVENING, quote=AGREED)
    assert datetime(2032, 4, 9, 15, 0) not in local_starts(verdict, STOCKHOLM)
