"""Round 53 part A on replies_blind52 and blind50 (invitations, referrals, return dates).

- "Friday works - invite attached (08:30 Zurich time)" (blind52 a05): the words name the
  event's clock in a zone of their own, and a bare weekday that the invitation puts two weeks
  on; the event restated, not another time.
- "better to talk to people who'll still be here: Yael Cohen (…) …, and Omer Levi (…) …. Feel
  free to mention me." (blind52 r06): a kind of people to talk to, the names after the colon;
  "feel free to mention me" sends the user to them as "mention my name" does.
- "Min-ji, Aiko will contact you directly." (blind50 r05): a forward to a colleague, the user
  copied; the person on the envelope who is to write to the user is the referral.
- "Estarei ausente até 19 de novembro … Regresso no dia 22 de novembro." (blind52 o03): the
  day the sender says they are back beats the day after the absence ends.

Near misses keep their readings: another clock or a dated day beside the invitation, a
"mention me in your post", a "will contact you to set up a time", a person on no envelope line.
"""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, raw_reply, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict, understand

_DUBAI = ZoneInfo("Asia/Dubai")
# Written Tuesday 26 October from London (BST); the user's Thursday offer is two weeks on, after
# the clock change (the words' bare "Thursday" is read as this week's, in summer time).
_WRITTEN = "Tue, 26 Oct 2027 10:00:00 +0100"
_OFFERS = (
    "\n\nOn Mon, 25 Oct 2027 at 09:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these suit you, in Dubai time?\n"
    "> - Thursday 11 November, 17:00\n> - Tuesday 2 November, 11:00\n>\n> Ada\n"
)


def _with_invite(body: str) -> Verdict:
    """``body`` over the user's offers, with an invitation for Thursday 11 November 13:00 UTC."""
    ics = (
        "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:r53a@example.com\nSEQUENCE:0\n"
        "DTSTART:20271111T130000Z\nDTEND:20271111T133000Z\nSUMMARY:Chat\nEND:VEVENT\n"
        "END:VCALENDAR"
    )
    parts = (
        f"--b53\nContent-Type: text/plain; charset=utf-8\n\n{body}{_OFFERS}\n"
        f"--b53\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n{ics}\n--b53--\n"
    )
    raw = raw_reply(parts, date=_WRITTEN, content_type='multipart/mixed; boundary="b53"')
    return understand(raw, tz=_DUBAI, meeting_length=timedelta(minutes=30))


@pytest.mark.parametrize(
    "body",
    [
        "Thursday works - invite attached (1pm London time).\n\nKai",
        "Hi Ada, Thursday is good for me. Invite attached, 13:00 London time.\n\nKai",
        "Thursday suits me. Invite sent for 14:00 Zurich time.\n\nKai",
        "Jueves me va bien, te mando la invitación (14:00 hora de Zúrich).\n\nKai",
        "Thursday works, invite attached - 8am Eastern for me.\n\nKai",
    ],
)
def test_invite_whose_words_name_its_clock_in_their_own_zone_weeks_on(body: str) -> None:
    verdict = _with_invite(body)
    assert verdict.intent is Intent.ACCEPT
    assert [w.start.astimezone(_DUBAI).hour for w in verdict.proposed_times] == [17]
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # Another clock, a dated day of its own, or the user's other day named.
        "Thursday works - invite attached (4pm London time).\n\nKai",
        "Thursday suits me. Invite sent for 11:00 Zurich time.\n\nKai",
        "This Thursday works - invite attached (1pm London time).\n\nKai",
        "Thursday 28 October works - invite attached (1pm London time).\n\nKai",
        "Tuesday works - invite attached (1pm London time).\n\nKai",
    ],
)
def test_invite_beside_another_clock_or_day_stays_doubted(body: str) -> None:
    assert "invite_beside_other_words" in doubt_codes(_with_invite(body))


_TLV = ZoneInfo("Asia/Jerusalem")
_DATE_TLV = "Tue, 16 Nov 2027 09:00:00 +0200"
_ASK = (
    "\n\nOn Mon, 15 Nov 2027 at 08:45, Ada Obi <ada@example.com> wrote:\n"
    "> Would you have 25 minutes for a call? Any of these, Tel Aviv time:\n"
    "> - Tuesday 23 November, 14:00\n> - Thursday 25 November, 11:30\n>\n> Ada\n"
)


@pytest.mark.parametrize(
    ("body", "people"),
    [
        (
            "I'm moving on in December, so you're better off talking to people who'll still be"
            " around: Priya Nair (priya.nair@acme.example) leads onboarding, and Tom Berg"
            " (tom.berg@acme.example) hires for design.\n\nNoa",
            [("Priya Nair", "priya.nair@acme.example"), ("Tom Berg", "tom.berg@acme.example")],
        ),
        (
            "Best to speak with folks on the platform side: Lena Vogel (lena.vogel@acme.example)"
            " runs it.\n\nNoa",
            [("Lena Vogel", "lena.vogel@acme.example")],
        ),
        (
            "Lina Park (lina.park@acme.example) runs our data team these days. Feel free to"
            " mention me.\n\nNoa",
            [("Lina Park", "lina.park@acme.example")],
        ),
        (
            "Jonas Weber (jonas.weber@acme.example) made that exact move last year. You can"
            " mention me.\n\nNoa",
            [("Jonas Weber", "jonas.weber@acme.example")],
        ),
    ],
)
def test_people_named_with_addresses_after_a_pointer_are_referrals(
    body: str, people: list[tuple[str, str]]
) -> None:
    verdict = read_reply(body, tz=_TLV, date=_DATE_TLV, quote=_ASK)
    assert verdict.intent is Intent.REFERRAL
    assert [(r.name, r.email) for r in verdict.referrals] == people
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # Tagging the sender in a post, or people named with no one to talk to.
        "Lina Park (lina.park@acme.example) runs our data team these days. Feel free to mention"
        " me in your write-up.\n\nNoa",
        "Better to talk to people who know the field than to me, honestly.\n\nNoa",
    ],
)
def test_no_pointer_to_the_named_people_is_no_certain_referral(body: str) -> None:
    verdict = read_reply(body, tz=_TLV, date=_DATE_TLV, quote=_ASK)
    assert verdict.intent is not Intent.REFERRAL or not verdict.certain


_FORWARD = (
    "\n\n---------- Forwarded message ---------\nFrom: Ada Obi <ada@example.com>\n"
    "Date: Mon, Nov 15, 2027 at 8:45 AM\nSubject: chat\nTo: Kai Berg <kai@example.com>\n\n"
    "Hi Kai,\n\nWould you have 25 minutes for a call?\n\nAda\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "Ren-san,\n\nForwarding this from Ada - she is moving into product and I think you are"
        " much closer to what she needs. Could you have a chat with her?\n\nAda, Ren will"
        " contact you directly.\n\nKai",
        "Ren, passing this on - could you have a chat with her? Ada's moving into product.\n\n"
        "Ada, Ren will be in touch soon.\n\nKai",
    ],
)
def test_a_forward_whose_addressee_will_write_to_the_user_is_a_referral(body: str) -> None:
    verdict = read_reply(
        body,
        tz=_TLV,
        date=_DATE_TLV,
        quote=_FORWARD,
        to="Ren Sato <ren.sato@acme.example>",
        headers="Cc: Ada Obi <ada@example.com>\n",
    )
    assert verdict.intent is Intent.REFERRAL
    assert [(r.name, r.email) for r in verdict.referrals] == [("Ren Sato", "ren.sato@acme.example")]
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "to"),
    [
        # Someone booking the sender's own chat, or a person on no line of the envelope.
        (
            "Happy to chat! Maria will contact you to set up a time.\n\nKai",
            "Ada Obi <ada@example.com>",
        ),
        ("Ada, Ren will contact you directly.\n\nKai", "Ada Obi <ada@example.com>"),
    ],
)
def test_someone_who_will_write_for_the_sender_is_no_referral(body: str, to: str) -> None:
    verdict = read_reply(
        body,
        tz=_TLV,
        date=_DATE_TLV,
        quote=_ASK,
        to=to,
        headers="Cc: Maria Lopes <maria.lopes@example.com>\n",
    )
    assert not verdict.referrals


_AUTO = "Auto-Submitted: auto-replied\n"


@pytest.mark.parametrize(
    ("body", "back"),
    [
        (
            "Olá,\n\nEstarei ausente até 10 de março, sem acesso ao email. Regresso no dia 14 de"
            " março.\n\nObrigado,\nRui",
            date(2028, 3, 14),
        ),
        ("Estou de férias até 10 de março. Regressarei a 13 de março.\n\nRui", date(2028, 3, 13)),
        ("Estoy fuera hasta el 10 de marzo. Regresaré el 15 de marzo.\n\nRui", date(2028, 3, 15)),
        # Near miss: no day back said, the day after the absence.
        ("Estarei ausente até 10 de março, sem acesso ao email.\n\nRui", date(2028, 3, 11)),
    ],
)
def test_the_day_back_said_beats_the_end_of_the_absence(body: str, back: date) -> None:
    verdict = read_reply(body, tz=_TLV, date="Mon, 28 Feb 2028 09:00:00 +0000", headers=_AUTO)
    assert verdict.intent is Intent.OUT_OF_OFFICE
    assert verdict.return_date == back


_SEOUL = ZoneInfo("Asia/Seoul")
_GREETED = (
    "\n\nOn Wed, 22 Sep 2027 at 07:30, Ada Obi <ada@example.com> wrote:\n> Hi {greeting},\n>\n"
    "> Would a short call suit you? A few times, in KST (Seoul):\n"
    "> - Tue 28 Sep, 10:00\n> - Thu 30 Sep, 16:00\n>\n> Ada\n"
)


@pytest.mark.parametrize("greeting", ["Wang Lei", "Dear Wang Lei", "Wang Lei-ssi"])
def test_the_user_greeting_the_sender_by_full_name_still_offers(greeting: str) -> None:
    # blind50 a01: "Hi Chen Hao," under the attribution was read as the sender's own message.
    verdict = read_reply(
        "Sure. Thursday 30th at 4pm your time works for me, that is 3pm here.\n\nWang Lei",
        tz=_SEOUL,
        date="Thu, 23 Sep 2027 10:14:00 +0800",
        quote=_GREETED.format(greeting=greeting),
        sender="Wang Lei <wang.lei@example.cn>",
    )
    assert verdict.intent is Intent.ACCEPT
    assert [w.start.astimezone(_SEOUL).hour for w in verdict.proposed_times] == [16]
    assert verdict.certain, doubt_codes(verdict)


def test_the_sender_own_quoted_message_still_offers_nothing_of_the_user() -> None:
    quote = (
        "\n\nOn Wed, 22 Sep 2027 at 09:00, Wang Lei <wang.lei@example.cn> wrote:\n"
        "> Hi Ada, I could do Thursday 30 Sep at 16:00 KST.\n>\n> Wang Lei\n"
    )
    verdict = read_reply(
        "Thursday works for me.\n\nWang Lei",
        tz=_SEOUL,
        date="Thu, 23 Sep 2027 10:14:00 +0800",
        quote=quote,
        sender="Wang Lei <wang.lei@example.cn>",
    )
    assert verdict.intent is not Intent.ACCEPT or not verdict.certain
