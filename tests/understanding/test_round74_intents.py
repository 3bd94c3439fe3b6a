"""Round 74, part L: intents said in other languages and shapes.

Sentences of our own, for a user in Lisbon, every reply written on Wednesday 13 October 2032.
Under a meeting agreed for Thursday 14 October at 10:00, "can't make it tomorrow" in the seven
languages calls it off, also beside a promise to write once the sender is better and a tag
that asks only for a nod ("tá?", "ok?"); the same "can't" asking for another day moves it, and
stays in doubt. Under the user's offers: a Swedish, Norwegian or Danish no signed with a street
address (whose numbers are no date); "write to me from Monday 8 November", the day's name
before its date, in Dutch, English and German; the answer put off until a launch or a release
with no date. Japanese absence notices that name the day back at work ("10月18日より出社").
Near misses stay in doubt.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding.otherlanguages import east_asian_return

LISBON = ZoneInfo("Europe/Lisbon")
WRITTEN = "Wed, 13 Oct 2032 18:00:00 +0100"
OFFERS = (
    "\n\nOn Mon, 11 Oct 2032 at 09:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would one of these suit you (Lisbon time)?\n"
    ">  - Thursday 14 October, 10:00\n"
    ">  - Tuesday 19 October, 15:00\n"
)
AGREED = (
    "\n\nOn Tue, 12 Oct 2032 at 11:00, Ada Obi <ada@example.com> wrote:\n"
    "> Great, Thursday 14 October at 10:00 (Lisbon time) it is. Talk then!\n"
    ">\n"
    "> On Mon, 11 Oct 2032 at 20:00, Kai Berg <kai@example.com> wrote:\n"
    "> > Thursday the 14th at 10 works for me.\n"
    "> >\n"
    "> > On Mon, 11 Oct 2032 at 09:00, Ada Obi <ada@example.com> wrote:\n"
    "> > > Would one of these suit you (Lisbon time)?\n"
    "> > >  - Thursday 14 October, 10:00\n"
    "> > >  - Tuesday 19 October, 15:00\n"
)

# "Can't make it tomorrow" under the agreed meeting, in the seven languages: called off.
CALLED_OFF = [
    "Desculpa, não vou conseguir amanhã, estou com febre. Escrevo-te quando melhorar, tá?",
    "Sorry Ada, I won't manage tomorrow, I've come down with flu. I'll write when I'm better, ok?",
    "Perdona, no voy a poder mañana, estoy enfermo. Te escribo cuando me mejore, ¿vale?",
    "Désolé, je ne vais pas pouvoir demain, je suis malade. Je t'écris quand j'irai mieux,"
    " d'accord ?",
    "Tut mir leid, ich schaffe es morgen nicht, ich liege krank im Bett. Ich schreibe dir, wenn"
    " es mir besser geht, ok?",
    "Scusa, non riesco domani, ho la febbre. Ti scrivo quando starò meglio, va bene?",
    "Sorry, ik ga het morgen niet redden, ik ben ziek. Ik mail je als ik weer beter ben, oké?",
]


@pytest.mark.parametrize("body", CALLED_OFF)
def test_cant_make_it_tomorrow_calls_the_meeting_off(body: str) -> None:
    verdict = read_reply(body, tz=LISBON, date=WRITTEN, quote=AGREED)
    assert (verdict.intent, doubt_codes(verdict), verdict.proposed_times) == (
        Intent.CANCEL,
        [],
        (),
    )


# The same "can't", asking for another day or a time: a move, or unsure, never a certain cancel.
MOVED_OR_UNSURE = [
    "Não vou conseguir amanhã, mas quinta dá?",
    "I won't manage tomorrow, I'm ill. Friday when I'm better, ok?",
    "No voy a poder mañana. ¿Te va el viernes cuando me mejore?",
    "Ik ga het morgen niet redden. Kan het volgende week, als ik weer beter ben?",
]


@pytest.mark.parametrize("body", MOVED_OR_UNSURE)
def test_cant_make_it_beside_another_day_stays_in_doubt(body: str) -> None:
    verdict = read_reply(body, tz=LISBON, date=WRITTEN, quote=AGREED)
    assert verdict.doubts, verdict.intent


def test_cant_make_it_with_a_new_hour_moves_the_meeting() -> None:
    body = "Não vou conseguir amanhã às 10h, pode ser às 11h, tá?"
    verdict = read_reply(body, tz=LISBON, date=WRITTEN, quote=AGREED)
    assert verdict.intent is Intent.RESCHEDULE
    assert [w.start.astimezone(LISBON).hour for w in verdict.proposed_times] == [11]


# A Nordic no, signed with the sender's street and post code.
NORDIC_NO = [
    "Hej Ada,\n\nTack för ditt mejl! Tyvärr har jag inte tid för sådana samtal, jobbet tar"
    " allt. Lycka till!\n\nHälsningar,\nKarin Ek\nDrottninggatan 12, 111 51 Stockholm\n",
    "Hei Ada,\n\nTakk for meldingen. Dessverre har jeg ikke tid til slike samtaler. Lykke"
    " til!\n\nHilsen\nOla Dahl\nKarl Johans gate 5, 0154 Oslo\n",
    "Hej Ada,\n\nTak for din mail. Desværre har jeg ikke tid til den slags samtaler. Held og"
    " lykke!\n\nMvh\nMette Holm\nVesterbrogade 12, 1620 København V\n",
]


@pytest.mark.parametrize("body", NORDIC_NO)
def test_nordic_no_over_a_street_address_is_read(body: str) -> None:
    verdict = read_reply(body, tz=LISBON, date=WRITTEN, quote=OFFERS)
    assert (verdict.intent, doubt_codes(verdict)) == (Intent.DECLINE, [])


# A number outside the address line, or an address line that is not one, keeps it in doubt.
NORDIC_DOUBTS = [
    "Hej Ada,\n\nTyvärr har jag inte tid förrän 8 november.\n\nKarin Ek\n"
    "Drottninggatan 12, 111 51 Stockholm\n",
    "Hej Ada,\n\nTyvärr har jag inte tid.\nTorsdag 14, 10 Stockholm\n\nKarin Ek\n",
    "Hei Ada,\n\nDessverre har jeg ikke tid.\n\nOla Dahl\nKarl Johans gate 5, kl 14\n",
]


@pytest.mark.parametrize("body", NORDIC_DOUBTS)
def test_nordic_no_beside_a_number_stays_in_doubt(body: str) -> None:
    verdict = read_reply(body, tz=LISBON, date=WRITTEN, quote=OFFERS)
    assert verdict.doubts, verdict.intent


# "Write to me from Monday 8 November": put off to the day named, its weekday before it.
FROM_A_DAY = [
    "Hoi Ada,\n\nIk zit tot eind oktober vol. Kun je me vanaf maandag 8 november nog eens"
    " mailen?\n\nGroet,\nKai\n",
    "Hi Ada,\n\nSwamped until the end of the month. Could you write to me from Monday 8"
    " November?\n\nKai\n",
    "Hallo Ada,\n\nbis Ende Oktober bin ich voll. Schreiben Sie mir ab Montag 8. November"
    " noch einmal.\n\nGruß\nKai\n",
]


@pytest.mark.parametrize("body", FROM_A_DAY)
def test_write_again_from_a_named_day_is_a_defer(body: str) -> None:
    verdict = read_reply(body, tz=LISBON, date=WRITTEN, quote=OFFERS)
    assert (verdict.intent, verdict.return_date, doubt_codes(verdict)) == (
        Intent.DEFER,
        date(2032, 11, 8),
        [],
    )


# The answer put off past a launch or a release, no date named: a defer with no return.
AFTER_AN_EVENT = [
    "hey ada - would love to but we're heads down on a launch rn. let me get back to you after"
    " it ships\n\nSent from my iPhone\n",
    "Hi Ada,\n\nWe're swamped with our release. I'll be in touch once the release is out.\n\nKai\n",
    "Happy to chat! Crunch time at work though, I'll circle back after the deadline.\n\nKai\n",
]


@pytest.mark.parametrize("body", AFTER_AN_EVENT)
def test_answer_put_off_past_an_event_is_a_defer(body: str) -> None:
    verdict = read_reply(body, tz=LISBON, date=WRITTEN, quote=OFFERS)
    assert (verdict.intent, verdict.return_date, doubt_codes(verdict)) == (
        Intent.DEFER,
        None,
        [],
    )


# No event, or a time beside it: not a certain put-off.
AFTER_AN_EVENT_DOUBTS = [
    "Sure! Let me check my calendar and get back to you after I look.",
    "Happy to! I'll get back to you after the launch with a couple of times - or does Thursday"
    " at 10 work?",
]


@pytest.mark.parametrize("body", AFTER_AN_EVENT_DOUBTS)
def test_hold_or_time_beside_an_event_stays_in_doubt(body: str) -> None:
    verdict = read_reply(body, tz=LISBON, date=WRITTEN, quote=OFFERS)
    assert verdict.doubts, verdict.intent


AUTO = "Auto-Submitted: auto-replied\n"
# Japanese absence notices naming the day back at work.
JAPANESE_AWAY = [
    "お問い合わせありがとうございます。\n10月15日（金）まで出張のため不在にしております。\n"
    "10月18日（月）より出社いたします。\n",
    "ご連絡ありがとうございます。\n１０月１５日まで休暇をいただいております。"
    "１０月１８日から出社します。\n",
    "誠に勝手ながら不在にしております。10月18日から業務に復帰します。\n"
    "I am out of the office and back on 18 October.\n",
]


@pytest.mark.parametrize("body", JAPANESE_AWAY)
def test_japanese_absence_with_its_day_back_is_read(body: str) -> None:
    verdict = read_reply(body, tz=LISBON, date=WRITTEN, headers=AUTO)
    assert (verdict.intent, verdict.return_date, doubt_codes(verdict)) == (
        Intent.OUT_OF_OFFICE,
        date(2032, 10, 18),
        [],
    )


# Only the end of the absence, two days back, an English line that disagrees, no auto-reply.
JAPANESE_DOUBTS = [
    ("10月15日まで不在にしております。\n", AUTO),
    ("10月18日より出社いたします。10月25日から業務に復帰します。\n", AUTO),
    ("10月15日まで不在です。10月18日より出社いたします。\nI am back on 19 October.\n", AUTO),
    ("ありがとうございます。10月18日より出社いたしますので、その後にお話ししましょう。\n", ""),
]


@pytest.mark.parametrize(("body", "headers"), JAPANESE_DOUBTS)
def test_japanese_absence_unsure_of_its_day_stays_in_doubt(body: str, headers: str) -> None:
    verdict = read_reply(body, tz=LISBON, date=WRITTEN, headers=headers)
    assert verdict.doubts, verdict.intent


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("10月18日（月）より出社いたします。", date(2032, 10, 18)),
        ("１月４日より出社いたします。", date(2033, 1, 4)),
        ("10月1日より出社いたします。", None),
        ("2月30日より出社いたします。", None),
        ("10月18日に出社いたします。", None),
    ],
)
def test_japanese_day_back(text: str, back: date | None) -> None:
    assert east_asian_return(text, date(2032, 10, 13)) == back
