"""Round 69, part I: intents the reader had no cue for (blind71 d02, r02, x06, p11), by class.

- A decision against the kind of request ("I've decided not to take these requests for now",
  "heb besloten daar voorlopig niet op in te gaan") is a `decline`.
- "X is the better person to ask … you can reach him at x@…" (in each language) hands the user
  on to X: a `referral` with X's address.
- "Friday would have been perfect, but I'm away until …; write once I'm back, from Monday 13
  June" is a `defer` to that day: the yes in the unreal past picks nothing.
- A calendar invitation whose words turn every time of the user's down ("None of this week
  worked, so I've sent an invite") offers a time of the sender's own.
- Near misses: a colleague only copied in, with no hand-over; "would have been perfect" and
  then a real offer; a decision against one slot only; the sender's own address.

Every reply is written on Tuesday 31 May 2033 under the user's two offers (Friday 3 June 11:00,
Tuesday 7 June 15:00, Zurich time). Sentences are our own. Starts are (month, day, hour[,
minute]) on the user's clock.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_read_right,
    doubt_codes,
    is_safe,
    pinned,
    read_reply,
)
from workflows.stages import Intent
from workflows.understanding import Verdict
from workflows.understanding.verdict import Referral

ZURICH = ZoneInfo("Europe/Zurich")
DATE = "Tue, 31 May 2033 09:30:00 +0200"
QUOTE = (
    "\n\nOn Mon, May 30, 2033 at 8:15 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would either of these suit you (Zurich time)?\n"
    "> - Friday 3 June, 11:00\n"
    "> - Tuesday 7 June, 15:00\n"
)
SIG = "\n\nBest,\nKai\n"


def _read(body: str, **envelope: str) -> Verdict:
    return read_reply(body + SIG, tz=ZURICH, date=DATE, quote=QUOTE, **envelope)


def _starts(*starts: tuple[int, ...]) -> list[datetime]:
    return sorted(datetime(2033, *s) for s in starts)


# A decision against the kind of request: a no, whatever "for now" hints beside a wish for the
# road.
DECIDED_AGAINST = [
    "I get a lot of these and I've decided not to take these requests for now. Nothing"
    " personal - good luck with the move!",
    "Honestly, I've decided to stop taking coffee chats with people I don't know.",
    "Ich bekomme sehr viele solcher Anfragen und habe beschlossen, darauf vorerst nicht"
    " einzugehen. Viel Erfolg!",
    "Ich habe entschieden, keine solchen Gespräche mehr zu führen.",
    "Ik krijg er veel en heb besloten hier voorlopig niet op in te gaan. Veel succes!",
    "We hebben besloten geen verzoeken meer aan te nemen.",
    "J'ai décidé de ne plus accepter ce genre de demandes. Bonne chance pour la suite !",
    "He decidido no aceptar más solicitudes de este tipo. ¡Mucha suerte!",
    "Ho deciso di non accettare più richieste come questa. In bocca al lupo!",
    "Decidi não aceitar mais pedidos deste tipo. Boa sorte!",
]


@pytest.mark.parametrize("body", DECIDED_AGAINST)
def test_a_decision_against_the_request_is_a_decline(body: str) -> None:
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.DECLINE
    assert not verdict.proposed_times


# Someone named the better one to ask, with the address to write to.
HANDED_ON = [
    (
        "For the move into analytics my colleague Jonas Keller is the better person to ask - he"
        " made that switch himself. You can reach him at jonas.keller@hafen.example.",
        "Jonas Keller",
        "jonas.keller@hafen.example",
    ),
    (
        "Für den Wechsel ist mein Kollege Jonas Keller der bessere Ansprechpartner. Sie"
        " erreichen ihn unter jonas.keller@hafen.example; er weiß Bescheid.",
        "Jonas Keller",
        "jonas.keller@hafen.example",
    ),
    (
        "Pour cette question, ma collègue Claire Martin est une meilleure interlocutrice. Vous"
        " pouvez la joindre à claire.martin@lyon.example.",
        "Claire Martin",
        "claire.martin@lyon.example",
    ),
    (
        "Para esto mi colega Lucía Romero es mejor interlocutora que yo. Puedes escribirle a"
        " lucia.romero@madrid.example.",
        "Lucía Romero",
        "lucia.romero@madrid.example",
    ),
    (
        "Per questo il mio collega Marco Villa è l'interlocutore migliore. Puoi scrivergli a"
        " marco.villa@torino.example.",
        "Marco Villa",
        "marco.villa@torino.example",
    ),
    (
        "Para isto a minha colega Inês Carvalho é a melhor interlocutora. Pode escrever-lhe para"
        " ines.carvalho@porto.example.",
        "Inês Carvalho",
        "ines.carvalho@porto.example",
    ),
    (
        "Mijn collega Sanne de Vries is daarvoor het betere aanspreekpunt. Je kunt haar bereiken"
        " op sanne.devries@haven.example.",
        "Sanne de Vries",
        "sanne.devries@haven.example",
    ),
]


@pytest.mark.parametrize(("body", "name", "email"), HANDED_ON)
def test_the_better_person_with_an_address_is_a_referral(body: str, name: str, email: str) -> None:
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.REFERRAL
    assert Referral(name, email) in verdict.referrals


# "would have been perfect, but" away until a date, then back from a later one: a defer to the
# day back.
UNREAL_YES_THEN_AWAY = [
    "Friday would have been perfect, but I fly to Boston that morning (7:10 Zurich time) and"
    " I'm at a conference until 10 June. Drop me a note once I'm back - I'm in the office from"
    " Monday 13 June - and we'll find a slot.",
    "Friday would've been ideal, but I'm travelling until 10 June. Write to me once I'm back,"
    " I'm in the office from Monday 13 June.",
    "Freitag wäre perfekt gewesen, aber ich bin bis zum 10. Juni auf einer Konferenz. Melden"
    " Sie sich gern wieder, ab Montag, dem 13. Juni, bin ich wieder im Büro.",
    "Vendredi aurait été parfait, mais je suis en déplacement jusqu'au 10 juin. Écrivez-moi à"
    " mon retour, à partir du lundi 13 juin.",
    "El viernes habría sido perfecto, pero estoy de viaje hasta el 10 de junio. Escríbeme a mi"
    " vuelta, estoy en la oficina desde el lunes 13 de junio.",
    "Venerdì sarebbe stato perfetto, ma sono in trasferta fino al 10 giugno. Scrivimi al mio"
    " rientro, sono in ufficio da lunedì 13 giugno.",
    "Sexta teria sido perfeita, mas estou a viajar até 10 de junho. Escreva-me quando eu voltar,"
    " estou no escritório a partir de segunda-feira, 13 de junho.",
    "Vrijdag was perfect geweest, maar ik ben tot 10 juni op reis. Mail me gerust als ik terug"
    " ben, vanaf maandag 13 juni zit ik weer op kantoor.",
]


@pytest.mark.parametrize("body", UNREAL_YES_THEN_AWAY)
def test_a_yes_in_the_unreal_past_then_away_is_a_defer(body: str) -> None:
    verdict = _read(body)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.DEFER
    assert verdict.return_date == date(2033, 6, 13)


_INVITE_START = datetime(2033, 6, 6, 7, tzinfo=UTC)


def _invitation(words: str) -> Verdict:
    # A calendar REQUEST with no thread quoted: only the words say whose time it is.
    ics = (
        "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:round69-intent@example.com\n"
        "SEQUENCE:0\nDTSTART:20330606T070000Z\nDURATION:PT30M\nSUMMARY:Coffee chat\n"
        "END:VEVENT\nEND:VCALENDAR"
    )
    body = (
        f"--ri\nContent-Type: text/plain; charset=utf-8\n\n{words}\n"
        f"--ri\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n{ics}\n--ri--\n"
    )
    return read_reply(body, tz=ZURICH, date=DATE, content_type='multipart/mixed; boundary="ri"')


# Every one of the user's times turned down, then the invitation sent: the sender's own time.
ALL_TURNED_DOWN_THEN_INVITED = [
    "None of this week worked, so I've sent an invite for Monday at 9 my time. Shout if that's"
    " no good.",
    "Aucun de vos créneaux ne me convient, je vous envoie donc une invitation pour lundi.",
    "Keiner Ihrer Terminvorschläge passt leider, ich habe Ihnen eine Einladung für Montag"
    " geschickt.",
    "Geen van je tijden past, dus ik heb een uitnodiging voor maandag gestuurd.",
]


@pytest.mark.parametrize("words", ALL_TURNED_DOWN_THEN_INVITED)
def test_an_invitation_after_every_time_turned_down_is_an_offer(words: str) -> None:
    verdict = _invitation(words)
    assert verdict.certain, doubt_codes(verdict)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert [w.start for w in verdict.proposed_times] == [_INVITE_START]


# Near misses read otherwise: the offer after "would have been perfect", a decision against one
# slot, a colleague copied in with no hand-over.
READ_OTHERWISE = [
    (
        "Friday would have been perfect, but I fly out that morning. Could we do Monday 6 June"
        " at 10:00 instead?",
        Intent.PROPOSE_TIMES,
        _starts((6, 6, 10)),
    ),
    (
        "Vendredi aurait été parfait, mais je serai en vol. Lundi 6 juin à 10h, ça vous irait ?",
        Intent.PROPOSE_TIMES,
        _starts((6, 6, 10)),
    ),
    (
        "Freitag wäre perfekt gewesen, aber da bin ich unterwegs. Ginge auch Montag, 6. Juni, um"
        " 10 Uhr?",
        Intent.PROPOSE_TIMES,
        _starts((6, 6, 10)),
    ),
    (
        "I've decided not to take the Friday slot after all - Tuesday at 15:00 works for me.",
        Intent.ACCEPT,
        _starts((6, 7, 15)),
    ),
    (
        "Ich habe beschlossen, am Freitag keine Termine anzunehmen. Dienstag um 15 Uhr passt"
        " mir gut.",
        Intent.ACCEPT,
        _starts((6, 7, 15)),
    ),
]


@pytest.mark.parametrize(("body", "intent", "starts"), READ_OTHERWISE)
def test_near_misses_are_read_otherwise(body: str, intent: Intent, starts: list[datetime]) -> None:
    verdict = _read(body)
    assert_read_right(verdict, ZURICH, intent, starts)
    assert not verdict.referrals


# Near misses that must stay doubted or be read with no one handed on and nothing booked: a
# colleague only copied in, "would have been perfect" with no date to come back, a decision
# that names no kind of request.
STAY_SAFE = [
    "I've cc'd my colleague Jonas Keller so he's in the loop. Tuesday at 15:00 works for me.",
    "Jonas Keller is the better person to ask about the budget side, but I'm happy to chat"
    " about the rest. Tuesday at 15:00 works.",
    "Friday would have been perfect. Such a shame.",
    "I've decided not to take on new clients this year, but Tuesday at 15:00 works for a chat.",
    "Ich habe beschlossen, die Stelle nicht anzunehmen. Dienstag passt aber.",
    "Tuesday at 15:00 works. You can reach me at kai.berg@example.com if anything changes.",
    "Ich habe meinen Kollegen Jonas Keller in Kopie gesetzt, damit er Bescheid weiß. Dienstag"
    " um 15 Uhr passt mir.",
]
LEFT: dict[str, str] = {}


@pytest.mark.parametrize("body", pinned([(b,) for b in STAY_SAFE], LEFT))
def test_near_misses_stay_safe(body: str) -> None:
    verdict = _read(body)
    if verdict.certain:
        assert verdict.intent is not Intent.DECLINE
        assert verdict.intent is not Intent.REFERRAL
        assert verdict.intent is not Intent.DEFER
    assert is_safe(verdict) or verdict.intent is Intent.ACCEPT
