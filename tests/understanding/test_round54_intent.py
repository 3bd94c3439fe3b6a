"""Round 54 part I on replies_blind53 (referrals, an invitation, a return date).

- "Dan - meet Marta, …  Marta - Dan Levi runs product analytics" (blind53 r03): a forwarded
  introduction whose names are set off by a dash, not a comma; the person on the envelope
  besides the user is the referral.
- "Quem te pode ajudar mesmo é a Inês Carvalho (…)" (blind53 r06): European Portuguese puts
  "te" before the verb; who can help is the person named after "é".
- "Thursday 16:30 your time works (17:30 in Vilnius). I put the invite in" (blind53 a05, user's
  zone unknown): the sender's own clock of the event places it, the "your time" reading only
  rests on a zone the thread never named.
- "hasta el viernes 14 de abril inclusive no levanto la cabeza. Escríbeme a\\npartir del lunes
  17" (blind53 f02): the day the sender asks to be written to from is the day to try again.

Near misses keep their readings: a name on no envelope line, help with no one named, another
clock or weekday beside the invitation, no clock of the sender's, an absence "a partir del".
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, raw_reply, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict, understand

_WARSAW = ZoneInfo("Europe/Warsaw")
_WRITTEN = "Tue, 21 Mar 2028 09:05:00 -0400"
_FORWARD = (
    "\n\n---------- Forwarded message ---------\nFrom: Ada Obi <ada@example.com>\n"
    "Date: Mon, Mar 20, 2028 at 3:45 AM\nSubject: chat\nTo: Kai Berg <kai@example.com>\n\n"
    "Hi Kai,\n\nWould you have 25 minutes for a call?\n\nAda\n"
)


def _forwarded(body: str) -> Verdict:
    """``body`` over the user's outreach, sent to Ren Sato with the user copied."""
    return read_reply(
        body,
        tz=_WARSAW,
        date=_WRITTEN,
        quote=_FORWARD,
        to="Ren Sato <ren.sato@acme.example>",
        headers="Cc: Ada Obi <ada@example.com>\n",
    )


@pytest.mark.parametrize(
    "body",
    [
        "Ren - meet Ada, a data analyst moving into product (her note below). You'd be a much"
        " better person for her to talk to than I am.\n\nAda - Ren Sato runs product analytics"
        " here. I'll let you two take it from here.\n\nKai",
        "Ren — meet Ada (note below). Would you have 25 minutes for her?\n\nKai",
        "Ren – meet Ada, she is moving into product and would love to hear how you made the same"
        " switch.\n\nKai",
    ],
)
def test_an_introduction_set_off_by_a_dash_is_a_referral(body: str) -> None:
    verdict = _forwarded(body)
    assert verdict.intent is Intent.REFERRAL
    assert [(r.name, r.email) for r in verdict.referrals] == [("Ren Sato", "ren.sato@acme.example")]
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # Someone on no envelope line, and a dash before no introduction.
        "Ren, passing this on.\n\nAda - meet Lena, she knows the field.\n\nKai",
        "Ren - meeting Ada next week about this, FYI.\n\nKai",
    ],
)
def test_a_dash_before_no_introduction_of_someone_on_the_envelope_is_no_referral(
    body: str,
) -> None:
    verdict = _forwarded(body)
    assert ("Ren Sato", "ren.sato@acme.example") not in [
        (r.name, r.email) for r in verdict.referrals
    ]


_LISBON = ZoneInfo("Europe/Lisbon")
_ASK = (
    "\n\nEm seg., 20 de mar. de 2028 às 07:45, Ada Obi <ada@example.com> escreveu:\n"
    "> Would you have 25 minutes for a call?\n>\n> Ada\n"
)


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "Olá Ada,\n\nSou mais do lado de engenharia. Quem te pode ajudar\nmesmo é a Inês"
            " Carvalho (ines.carvalho@acme.example), que lidera a equipa de produto.\n\nTiago",
            ("Inês Carvalho", "ines.carvalho@acme.example"),
        ),
        (
            "Olá Ada, quem lhe pode ajudar é o Rui Costa (rui.costa@acme.example).\n\nTiago",
            ("Rui Costa", "rui.costa@acme.example"),
        ),
        (
            "Olá Ada, quem pode te ajudar muito mais é a Lara Menezes"
            " (lara.menezes@acme.example).\n\nTiago",
            ("Lara Menezes", "lara.menezes@acme.example"),
        ),
    ],
)
def test_who_can_help_with_the_pronoun_first_is_a_referral(
    body: str, person: tuple[str, str]
) -> None:
    verdict = read_reply(body, tz=_LISBON, date="Tue, 21 Mar 2028 15:15:00 +0000", quote=_ASK)
    assert verdict.intent is Intent.REFERRAL
    assert [(r.name, r.email) for r in verdict.referrals] == [person]
    assert verdict.certain, doubt_codes(verdict)


def test_who_can_help_with_no_one_named_is_no_referral() -> None:
    verdict = read_reply(
        "Olá Ada, quem te pode ajudar é a tua própria equipa, sinceramente.\n\nTiago",
        tz=_LISBON,
        date="Tue, 21 Mar 2028 15:15:00 +0000",
        quote=_ASK,
    )
    assert not verdict.referrals
    assert verdict.intent is not Intent.REFERRAL or not verdict.certain


_EVENT = datetime(2028, 4, 13, 14, 30, tzinfo=UTC)


def _invited(body: str) -> Verdict:
    """``body`` with an invitation for Thursday 13 April 14:30 UTC (17:30 in Vilnius), no quote.

    Read with the user's zone unknown (UTC), as a first score reads it.
    """
    ics = (
        "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:r54i@example.com\nSEQUENCE:0\n"
        "DTSTART:20280413T143000Z\nDTEND:20280413T145500Z\nSUMMARY:Chat\nEND:VEVENT\n"
        "END:VCALENDAR"
    )
    parts = (
        f"--b54\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
        f"--b54\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n{ics}\n--b54--\n"
    )
    boundary = 'multipart/mixed; boundary="b54"'
    raw = raw_reply(parts, date="Wed, 05 Apr 2028 10:05:00 +0300", content_type=boundary)
    return understand(raw, tz=UTC, meeting_length=timedelta(minutes=25))


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada,\n\nThursday 16:30 your time works (17:30 in Vilnius). I put the invite in so"
        " it's in both our calendars.\n\nLukas",
        "Thursday 4:30pm your time works - that's 5:30pm here in Vilnius. Invite sent.\n\nLukas",
        "Thursday at 16.30 your time works (17.30 for me). Invite attached.\n\nLukas",
    ],
)
def test_your_time_beside_the_sender_clock_of_the_event_books_it(body: str) -> None:
    verdict = _invited(body)
    assert verdict.intent is Intent.ACCEPT
    assert [w.start for w in verdict.proposed_times] == [_EVENT]
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # The sender's clock is not the event's, the weekday is another, or no clock of the
        # sender's stands beside the "your time".
        "Thursday 16:30 your time works (18:30 in Vilnius). Invite sent.\n\nLukas",
        "Friday 16:30 your time works (17:30 in Vilnius). Invite sent.\n\nLukas",
        "Thursday 16:30 your time works. Invite sent.\n\nLukas",
    ],
)
def test_your_time_beside_another_clock_or_none_stays_doubted(body: str) -> None:
    assert "invite_beside_other_words" in doubt_codes(_invited(body))


_VALENCIA = "Tue, 21 Mar 2028 09:55:00 +0100"


@pytest.mark.parametrize(
    ("body", "back"),
    [
        (
            "Hola Ada,\n\nAhora mismo estamos con el cierre trimestral y hasta el viernes 14 de"
            " abril inclusive no levanto la cabeza. Escríbeme a\npartir del lunes 17 y buscamos"
            " un hueco con calma.\n\nNuria",
            date(2028, 4, 17),
        ),
        (
            "We're closing the quarter and I'm buried until Friday 14 April. Write to me from"
            "\nMonday the 17th and we'll find a slot.\n\nNuria",
            date(2028, 4, 17),
        ),
        (
            "Bis Freitag, 14. April bin ich im Quartalsabschluss. Schreib mir ab\nMontag, 17."
            " April, dann finden wir einen Termin.\n\nNuria",
            date(2028, 4, 17),
        ),
        (
            "Jusqu'au vendredi 14 avril je suis débordée. Écris-moi à partir du lundi 17 avril et"
            " on trouve un créneau.\n\nNuria",
            date(2028, 4, 17),
        ),
        # Near misses: no day to write from, the day after the busy spell.
        (
            "Hola Ada, hasta el viernes 14 de abril inclusive no levanto la cabeza. Escríbeme"
            " después y buscamos un hueco con calma.\n\nNuria",
            date(2028, 4, 15),
        ),
        (
            "Hola Ada, hasta el viernes 14 de abril inclusive no levanto la cabeza. Escríbeme a"
            " partir de entonces y buscamos un hueco.\n\nNuria",
            date(2028, 4, 15),
        ),
    ],
)
def test_the_day_to_write_from_is_the_day_to_try_again(body: str, back: date) -> None:
    verdict = read_reply(body, tz=_WARSAW, date=_VALENCIA, quote=_ASK)
    assert verdict.intent is Intent.DEFER
    assert verdict.return_date == back
