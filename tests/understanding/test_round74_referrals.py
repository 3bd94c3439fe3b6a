"""Round 74, part X: a referral beside the sender's own times, and two certain misreadings.

- "Frankly Rosa Lindqvist (…) is the one to ask": a word of how the sender means it, before the
  name with no comma, is no part of the name ("Honestly", "Maybe", "Also", "Otherwise",
  "Actually", …).
- Times of the sender's own beside a person to talk to: certain when the person is set apart
  from the answer ("Separately, …") or the sender's offer is set against them ("That said, I
  can do 20 minutes myself: …"); in doubt when the time may be the person's.
- "See you Tuesday at 3pm." under the user's confirmation of Tuesday 14:00: a goodbye that
  names a time off the agreed one is a slip or a new time, in doubt; naming the agreed time
  stays a certain yes.
- "We're relocating the lab on Monday, so things are hectic": busy, with nothing that puts the
  chat off, is no certain defer; "snowed under until November, try me then" still is.

Sentences of our own.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import read_reply, reading
from workflows.stages import Intent

BERLIN = ZoneInfo("Europe/Berlin")
SENT = "Tue, 15 Sep 2037 09:00:00 +0200"
OUTREACH = (
    "\n\nOn Mon, 14 Sep 2037 at 10:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work for a 30-minute chat? (Berlin time)\n"
    "> - Thursday 17 September, 4:00 pm\n> - Monday 21 September, 11:00 am\n"
)
# The user has confirmed Tuesday 22 September at 14:00, Berlin time.
CONFIRMED = (
    "\n\nOn Mon, 14 Sep 2037 at 18:00, Ada Obi <ada@example.com> wrote:\n"
    "> Lovely, Tuesday 22 September at 14:00 (Berlin time) it is. Thank you!\n>\n"
    "> On Mon, 14 Sep 2037 at 11:00, Kai Berg <kai@example.com> wrote:\n"
    ">> Next Tuesday afternoon would be easiest for me.\n"
)
THU = datetime(2037, 9, 17, 16)
TUE = datetime(2037, 9, 22, 14)

# (body, the name read, its address): a sentence word before the name is left out of it.
NAMES: list[tuple[str, str, str]] = [
    (
        "Honestly Rosa Lindqvist on our team (rosa.l@example.org) is the better person for this.",
        "Rosa Lindqvist", "rosa.l@example.org",
    ),
    (
        "Maybe Tomas Berg (tomas@example.org) would be a better fit - he made the same switch.",
        "Tomas Berg", "tomas@example.org",
    ),
    (
        "Also Priya Das (priya.das@example.org) would be a great person to talk to.",
        "Priya Das", "priya.das@example.org",
    ),
    (
        "Otherwise Hugo Lamarre (hugo@example.org) is the right person for research ops.",
        "Hugo Lamarre", "hugo@example.org",
    ),
    (
        "Actually Mei Tanaka (mei.t@example.org) knows far more about this than I do.",
        "Mei Tanaka", "mei.t@example.org",
    ),
    (
        "Frankly Jonas Weber (jonas.weber@example.org) would be a far better person to ask.",
        "Jonas Weber", "jonas.weber@example.org",
    ),
    # Near misses: a name that starts the sentence, and one after a role.
    (
        "Rosa Lindqvist (rosa.l@example.org) is the better person for this.",
        "Rosa Lindqvist", "rosa.l@example.org",
    ),
    (
        "My colleague Tomas Berg (tomas@example.org) would be a great person to talk to.",
        "Tomas Berg", "tomas@example.org",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("body", "name", "email"), NAMES)
def test_sentence_word_is_no_part_of_the_name(body: str, name: str, email: str) -> None:
    verdict = read_reply(f"{body}\n", tz=BERLIN, date=SENT, quote=OUTREACH)
    assert [(r.name, r.email) for r in verdict.referrals] == [(name, email)]


# (body, the right reading's intent (None: only a doubt is right), its starts on the user's
# clock, whether it must be read certain, the person pointed to)
WITH_PERSON: list[tuple[str, Intent | None, list[datetime], bool, str | None]] = [
    # The sender's own offer set against the person named.
    (
        "Honestly Rosa Lindqvist on my team (rosa.l@example.org) is the better person for this -"
        " do reach out to her.\n\nThat said, I'm happy to do 20 minutes myself: Friday 18"
        " September at 10am Berlin time.",
        Intent.PROPOSE_TIMES, [datetime(2037, 9, 18, 10)], True, "Rosa Lindqvist",
    ),
    (
        "Rosa Lindqvist (rosa.l@example.org) would be a great person to talk to. Either way, I"
        " can do Friday 18 September at 10am Berlin time.",
        Intent.PROPOSE_TIMES, [datetime(2037, 9, 18, 10)], True, "Rosa Lindqvist",
    ),
    # The person set apart from the answer.
    (
        "Thursday 17 September at 4pm works for me, I'll send an invite.\n\nSeparately, my"
        " colleague Tomas Berg (tomas@example.org) would be a great person to talk to.",
        Intent.ACCEPT, [THU], True, "Tomas Berg",
    ),
    (
        "Thursday 17 September at 4pm works for me. In addition, Priya Das"
        " (priya.das@example.org) is the right person for the hiring side.",
        Intent.ACCEPT, [THU], True, "Priya Das",
    ),
    # Near misses: the time may be the person's.
    (
        "Rosa Lindqvist (rosa.l@example.org) is the better person for this. She is free Friday"
        " 18 September at 10am.",
        None, [], False, None,
    ),
    (
        "Rosa Lindqvist (rosa.l@example.org) is the better person for this. That said, Friday"
        " 18 September at 10am works for her.",
        None, [], False, None,
    ),
    (
        "Rosa Lindqvist (rosa.l@example.org) is the better person for this. I asked, and she"
        " could do Friday 18 September at 10am herself.",
        None, [], False, None,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("body", "intent", "starts", "sure", "person"), WITH_PERSON)
def test_own_times_beside_a_person(
    body: str, intent: Intent | None, starts: list[datetime], sure: bool, person: str | None
) -> None:
    verdict = read_reply(f"{body}\n", tz=BERLIN, date=SENT, quote=OUTREACH)
    found = reading(verdict, BERLIN, intent, starts)
    assert found == "right" if sure else found != "WRONG", (found, verdict.intent, verdict.notes)
    if sure:
        assert [r.name for r in verdict.referrals] == [person]


# (body, intent (None: only a doubt is right), starts, whether it must be read certain)
SEE_YOU: list[tuple[str, Intent | None, list[datetime], bool]] = [
    # A goodbye naming a time off the agreed 14:00.
    ("See you Tuesday at 3pm.", None, [], False),
    ("Great, see you on Tuesday at 1pm!", None, [], False),
    ("Perfect - see you Tuesday, 15:30.", None, [], False),
    ("Thanks Ada, talk to you Tuesday at 4pm.", None, [], False),
    ("À mardi 15h !", None, [], False),
    ("Tot dinsdag om 15:00!", None, [], False),
    # Near misses: the agreed time said again, and a move asked for in so many words.
    ("See you Tuesday at 2pm.", Intent.ACCEPT, [TUE], True),
    ("Great, see you on Tuesday at 14:00!", Intent.ACCEPT, [TUE], True),
    ("Perfect - see you Tuesday, 2pm.", Intent.ACCEPT, [TUE], True),
    ("À mardi 14h !", Intent.ACCEPT, [TUE], True),
]  # fmt: skip


@pytest.mark.parametrize(("body", "intent", "starts", "sure"), SEE_YOU)
def test_see_you_at_the_agreed_time_or_doubted(
    body: str, intent: Intent | None, starts: list[datetime], sure: bool
) -> None:
    verdict = read_reply(f"{body}\n", tz=BERLIN, date=SENT, quote=CONFIRMED)
    found = reading(verdict, BERLIN, intent, starts)
    assert found == "right" if sure else found != "WRONG", (found, verdict.intent, verdict.notes)


BUSY: list[tuple[str, Intent | None, bool]] = [
    # Busy, and nothing puts the chat off.
    ("We're relocating the lab on Monday, so things are hectic here.", None, False),
    ("It's a bit hectic here with the audit.", None, False),
    ("Snowed under with the product launch, as you can imagine.", None, False),
    ("Bei uns ist wegen des Umzugs viel zu tun.", None, False),
    # Near misses: busy with a later, a "not now", or a no.
    ("Snowed under until November, try me then.", Intent.DEFER, True),
    ("Hectic right now - could you ping me again next month?", Intent.DEFER, True),
    ("Too busy at the moment, sorry.", Intent.DEFER, True),
    ("Wir haben gerade sehr viel zu tun, sorry.", Intent.DEFER, True),
    ("Slammed, sorry. Best of luck with the move!", Intent.DECLINE, True),
]  # fmt: skip


@pytest.mark.parametrize(("body", "intent", "sure"), BUSY)
def test_busy_without_a_later_is_no_certain_defer(
    body: str, intent: Intent | None, sure: bool
) -> None:
    verdict = read_reply(f"{body}\n", tz=BERLIN, date=SENT, quote=OUTREACH)
    found = reading(verdict, BERLIN, intent, [])
    assert found == "right" if sure else found != "WRONG", (found, verdict.intent, verdict.notes)
