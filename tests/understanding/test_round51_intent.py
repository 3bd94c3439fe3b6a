"""Round 51 on replies_blind50 (intent): two certain-but-wrong readings, as families.

- "I'd love to help but I'm not the right fit … Two people to try instead: - Camille Laurent …
  she's also a former planner … Tell them I sent you." (r02): the "also" of a note about a
  person named is no "talk to her as well as me"; only an "also" in a sentence that points
  to someone keeps a yes from turning into a referral.
- "je ne pourrai pas assurer notre appel de demain … On se recontacte plus tard quand ça se
  calme" (c03): under an agreed meeting, a no to it with a later that names no day, week, month
  or number calls the meeting off (the blind sets' writers label it `cancel`); the cancelled
  meeting's "demain" was read as a return date.

- "none of the KST slots lined up with my week so I put this in" above an invitation, no thread
  quoted (p05): the user's times said not to fit, the invitation is the sender's own time.
- "I am afraid I must refuse this time." (d05): "must refuse" is the outright no that "must
  decline" is; "refuse to let you pay" refuses something else.

Near misses keep their readings: an "also" that points (accept), an open later with no meeting
agreed (defer), a refusal to do something else (accept), a usual refusal beside a yes (doubted).
"""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, raw_reply, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict, understand

_TZ = ZoneInfo("Asia/Seoul")
_OFFERS = (
    "\n\nOn Sun, Oct 17, 2027 at 8:10 PM Ada Obi <ada@example.com> wrote:\n"
    "> Would you be open to a 20-minute call? A few times in KST:\n>\n"
    "> - Tue 26 Oct, 08:00\n> - Thu 28 Oct, 17:00\n>\n> Ada\n"
)
_AGREED = (
    "\n\nOn Fri, Sep 24, 2027 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Thank you! Confirmed for Thursday 30 September, 16:00 KST. I'll send a Teams link the"
    " day before.\n>\n> Ada\n"
)

_REFERRALS = [
    (
        "I'd love to help but I'm not the right fit - I'm in commercial, not ops.\n"
        "Two people to try instead:\n\n"
        "- Camille Laurent, who runs product operations for our Asia business\n"
        "  (camille.laurent@crosspier.com) - she's also a former planner\n"
        "- Thomas Nguyen on the fulfilment product team\n\nTell them I sent you.\n\nSofia",
        ["Camille Laurent", "Thomas Nguyen"],
    ),
    (
        "Happy to point you on, but I'm not the right person for ops questions. Talk to Jonas"
        " Weber (jonas.weber@example.org). He also moved over from logistics.\n\nSofia",
        ["Jonas Weber"],
    ),
    (
        "Would love to help, but I'm not the best person here. Reach out to Priya Raman"
        " (priya@example.org) - tell her I sent you. She's also based in Asia.\n\nSofia",
        ["Priya Raman"],
    ),
    (
        "Me encantaría ayudarte pero no soy la persona adecuada. Te paso a Lucía Romero"
        " (lucia.romero@example.org), que también viene de logística.\n\nSofia",
        ["Lucía Romero"],
    ),
]


@pytest.mark.parametrize(("body", "names"), _REFERRALS)
def test_a_note_about_the_person_named_is_no_also(body: str, names: list[str]) -> None:
    verdict = read_reply(body, tz=_TZ, date="Tue, 19 Oct 2027 08:40:00 -0400", quote=_OFFERS)
    assert verdict.intent is Intent.REFERRAL
    assert verdict.certain
    assert [r.name for r in verdict.referrals] == names


@pytest.mark.parametrize(
    "body",
    [
        "Happy to chat! You might also want to talk to Ravi Shah (ravi@example.org).\n\nSofia",
        "Happy to chat, Tuesday works. Ravi Shah would be worth a chat as well.\n\nSofia",
    ],
)
def test_an_also_that_points_keeps_the_yes(body: str) -> None:
    verdict = read_reply(body, tz=_TZ, date="Tue, 19 Oct 2027 08:40:00 -0400", quote=_OFFERS)
    assert verdict.intent is Intent.ACCEPT


@pytest.mark.parametrize(
    "body",
    [
        "Min-ji, désolé, je ne pourrai pas assurer notre appel de demain, grosse\nurgence"
        " client. On se recontacte plus tard quand ça se calme, promis\n\nHugo",
        "Lo siento, no podré hacer nuestra llamada de mañana. Hablamos más adelante cuando se"
        " calme.\n\nHugo",
        "Leider kann ich unser Gespräch morgen nicht wahrnehmen. Melden wir uns später wieder,"
        " wenn es ruhiger ist.\n\nHugo",
        "Mi dispiace, non riesco a fare la nostra chiamata di domani. Ci sentiamo più avanti"
        " quando si calma.\n\nHugo",
        "Sorry, I won't be able to do our call tomorrow. Let's reconnect later once things"
        " settle down.\n\nHugo",
    ],
)
def test_an_agreed_meeting_off_with_an_open_later_is_a_cancel(body: str) -> None:
    verdict = read_reply(body, tz=_TZ, date="Wed, 29 Sep 2027 22:14:00 +0800", quote=_AGREED)
    assert verdict.intent is Intent.CANCEL
    assert verdict.return_date is None


@pytest.mark.parametrize(
    "body",
    [
        # No meeting agreed: the no and the later put the request off.
        "Désolé, je ne pourrai pas en ce moment. On se recontacte plus tard quand ça se calme."
        "\n\nHugo",
        "Sorry, I can't right now. Let's reconnect later once things settle down.\n\nHugo",
    ],
)
def test_an_open_later_without_an_agreed_meeting_stays_a_defer(body: str) -> None:
    verdict = read_reply(body, tz=_TZ, date="Wed, 29 Sep 2027 22:14:00 +0800", quote=_OFFERS)
    assert verdict.intent is Intent.DEFER
    assert doubt_codes(verdict) == []


_ASKED = (
    "\n\nOn Wed, Sep 22, 2027 at 8:30 AM Ada Obi <ada@example.com> wrote:\n"
    "> Would you be open to a 20-minute call? A few times in KST:\n>\n"
    "> - Tue 28 Sep, 10:00\n> - Thu 30 Sep, 16:00\n>\n> Ada\n"
)


def _refusing(body: str) -> Verdict:
    return read_reply(body, tz=_TZ, date="Thu, 23 Sep 2027 09:00:00 +0900", quote=_ASKED)


@pytest.mark.parametrize(
    "body",
    [
        "Thank you very much for your kind e-mail.\nI am afraid I must refuse this time. I am not"
        " in a position to talk about\nour product operation outside the company.\n\nTakeshi",
        "I'm sorry, but I have to refuse - I can't speak about our operations externally."
        "\n\nTakeshi",
        "Thank you for thinking of me. I'm going to refuse, with regret.\n\nTakeshi",
    ],
)
def test_must_refuse_is_an_outright_no(body: str) -> None:
    verdict = _refusing(body)
    assert verdict.intent is Intent.DECLINE
    assert verdict.certain


def test_a_refusal_to_do_something_else_keeps_the_yes() -> None:
    verdict = _refusing(
        "Happy to chat! I must refuse to let you pay for the coffee though. Tuesday works."
        "\n\nTakeshi"
    )
    assert verdict.intent is Intent.ACCEPT


def test_a_usual_refusal_beside_a_yes_stays_doubted() -> None:
    verdict = _refusing("I usually have to refuse these, but happy to chat. Tuesday works.\n\nTak")
    assert "contradicting_intent_cues" in doubt_codes(verdict)


def _with_invite(body: str) -> Verdict:
    """``body`` above an invitation for Friday 12 Nov 2027 00:00 UTC (09:00 Seoul), no thread."""
    ics = (
        "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:r51@example.com\nSEQUENCE:0\n"
        "DTSTART:20271112T000000Z\nDTEND:20271112T003000Z\nSUMMARY:Chat\nEND:VEVENT\n"
        "END:VCALENDAR"
    )
    parts = (
        f"--b51\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
        f"--b51\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n{ics}\n--b51--\n"
    )
    raw = raw_reply(
        parts,
        date="Mon, 01 Nov 2027 10:00:00 -0700",
        content_type='multipart/mixed; boundary="b51"',
    )
    return understand(raw, tz=_TZ, meeting_length=timedelta(minutes=30))


@pytest.mark.parametrize(
    "body",
    [
        "Min-ji - none of the KST slots lined up with my week so I put this in. It should show"
        " Friday 9am on your side.",
        "None of your times lined up for me, so I sent this over instead.",
        "Neither of those lines up with my calendar - invite attached.",
    ],
)
def test_an_invite_after_the_user_times_did_not_line_up_offers_its_own(body: str) -> None:
    verdict = _with_invite(body)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert verdict.certain, doubt_codes(verdict)


def test_an_invite_with_no_word_about_the_user_times_stays_doubted() -> None:
    verdict = _with_invite("Invite attached.")
    assert "invite_offers_unseen" in doubt_codes(verdict)
