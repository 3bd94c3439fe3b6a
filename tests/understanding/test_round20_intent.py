"""Round 20, intent and referrals: the sender judging themselves the wrong person for the
request, stepping back from such calls, a curt "not something I can do", a person
recommended by name, a name after a conjunction, a forwarded intro sent to the new contact
with the user copied, booking links (Microsoft Bookings on office365, a call link below), and
return dates (Portuguese months, "in" wrapped before a month, "from X … back again").
Sentences of our own, each rule with a near miss.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict
from workflows.understanding.links import answer_link
from workflows.understanding.returns import find_return_date
from workflows.understanding.verdict import Referral

_HALIFAX = ZoneInfo("America/Halifax")
_QUOTE = (
    "\n\nOn Mon, Mar 6, 2028 at 9:00 AM Ruth Okafor <ruth@example.com> wrote:\n"
    "> Would you have 20 minutes for a chat in the coming weeks? Happy to fit your"
    " schedule.\n>\n> Ruth Okafor\n> Halifax, NS (Atlantic time)\n"
)


def _read(body: str, **envelope: str) -> Verdict:
    envelope.setdefault("to", "Ruth Okafor <ruth@example.com>")
    return read_reply(
        body, tz=_HALIFAX, date="Tue, 7 Mar 2028 10:00:00 -0400", quote=_QUOTE, **envelope
    )


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for asking. I'm a long way from product work these days, so I'd be the wrong"
        " person to ask. All the best with it.",
        "Merci du message. Je serais la mauvaise personne pour ce sujet, désolé.",
        "Gracias. Creo que soy la persona equivocada para esto, lo siento.",
        "Danke für die Nachricht, aber ich bin die falsche Person für dieses Thema.",
        "Grazie, ma sono la persona sbagliata per questo argomento.",
        "Obrigado, mas sou a pessoa errada para essa conversa.",
        "Bedankt, maar ik ben de verkeerde persoon voor dit gesprek.",
        "Kind of you to write. I've stepped back from these calls since my role changed.",
        "Not something I can do, sorry. Good luck.",
        "Afraid it's not something I can take on right now. Best of luck.",
    ],
)
def test_the_sender_turning_the_request_down_is_a_certain_decline(body: str) -> None:
    verdict = _read(body)
    assert (verdict.intent, doubt_codes(verdict)) == (Intent.DECLINE, [])


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # The user wrote to the wrong address: not a no to the chat.
        ("I think you have the wrong person, I've never worked at Acme.", Intent.OTHER),
        ("Wrong person, sorry - I'm not the Jo Park you met.", Intent.OTHER),
    ],
)
def test_a_mistaken_address_stays_other(body: str, intent: Intent) -> None:
    assert _read(body).intent is intent


def test_not_something_i_can_do_on_a_day_turns_down_the_day() -> None:
    verdict = _read("Not something I can do on Monday, but Tuesday 14 March at 3pm works.")
    assert verdict.intent is not Intent.DECLINE


def test_stepping_back_from_something_else_turns_nothing_down() -> None:
    verdict = _read("I've stepped back from these projects, so I have more time now. Sure!")
    assert verdict.intent is Intent.ACCEPT


@pytest.mark.parametrize(
    ("body", "people"),
    [
        (
            "Not my area, I'm afraid. But Imani Brooks (imani.brooks@tessera.io) would be a far"
            " better person to talk to.",
            [Referral("Imani Brooks", "imani.brooks@tessera.io")],
        ),
        (
            "Yo llevo ingeniería, así que te recomiendo a Carmen Vidal, nuestra directora de"
            " producto. Ya le reenvié tu correo y estará encantada de hablar contigo;"
            " escríbele a carmen.vidal@olmo.es.",
            [Referral("Carmen Vidal", "carmen.vidal@olmo.es")],
        ),
        (
            "I'd recommend Hugo Marsh (hugo.marsh@tessera.io), he ran our platform for years.",
            [Referral("Hugo Marsh", "hugo.marsh@tessera.io")],
        ),
    ],
)
def test_a_person_recommended_by_name_is_a_referral(body: str, people: list[Referral]) -> None:
    verdict = _read(body)
    assert (verdict.intent, list(verdict.referrals), doubt_codes(verdict)) == (
        Intent.REFERRAL,
        people,
        [],
    )


@pytest.mark.parametrize(
    "body",
    [
        # A book, a course, a product: recommended, but no one to write to.
        "Happy to chat! I'd also recommend Product School, their course helped me.",
        "Sure, happy to. I recommend Inspired Marty Cagan as a first read.",
    ],
)
def test_a_thing_recommended_is_no_referral(body: str) -> None:
    verdict = _read(body)
    assert (verdict.intent, verdict.referrals) == (Intent.ACCEPT, ())


_FORWARDED = (
    "\n\n---------- Forwarded message ---------\nFrom: Ruth Okafor <ruth@example.com>\n"
    "Date: Mon, 6 Mar 2028 at 09:00\nSubject: Quick chat?\nTo: Sam Levi <sam@tessera.io>\n\n"
    "Would you have 20 minutes for a chat in the coming weeks?\n\nRuth Okafor\n"
)


def _forwarded(body: str, to: str) -> Verdict:
    """``body`` sent by Sam to ``to`` with the user, Ruth, copied and her outreach below."""
    return read_reply(
        body,
        tz=_HALIFAX,
        date="Tue, 7 Mar 2028 10:00:00 -0400",
        quote=_FORWARDED,
        to=to,
        headers="Cc: Ruth Okafor <ruth@example.com>\n",
    )


def test_a_forwarded_intro_to_the_new_contact_never_refers_the_user() -> None:
    body = (
        "Hi Dara,\n\nForwarding this from Ruth, who is moving into product. You would be a much"
        " better person for her to talk to than me.\n\nRuth, meet Dara Quinn (cc'd here,"
        " dara.quinn@tessera.io). I'll let you two take it from here.\n\nSam"
    )
    verdict = _forwarded(body, "Dara Quinn <dara.quinn@tessera.io>")
    assert (verdict.intent, list(verdict.referrals)) == (
        Intent.REFERRAL,
        [Referral("Dara Quinn", "dara.quinn@tessera.io")],
    )


def test_a_forwarded_intro_names_the_contact_first_name_first() -> None:
    # Outlook writes "Last, First" on the address line; the sentence says "Dara".
    verdict = _forwarded(
        "Dara, meet Ruth - she is moving into product. Ruth, meet Dara (cc'd).\n\nSam",
        '"Quinn, Dara" <dara.quinn@tessera.io>',
    )
    assert list(verdict.referrals) == [Referral("Dara Quinn", "dara.quinn@tessera.io")]


def test_a_reply_to_the_user_with_a_colleague_copied_still_refers_the_colleague() -> None:
    # Near miss: the user on the To line, the colleague copied, as before.
    verdict = _read(
        "Not my area - I've cc'd my colleague Dara Quinn, she is the right person.",
        headers="Cc: Dara Quinn <dara.quinn@tessera.io>\n",
    )
    assert list(verdict.referrals) == [Referral("Dara Quinn", "dara.quinn@tessera.io")]


@pytest.mark.parametrize(
    ("reply", "signature", "link"),
    [
        (
            "She'd be glad to talk. Please pick any free slot on her calendar:\n"
            "https://outlook.office365.com/book/MayaOfficeHours@tessera.io/",
            "",
            "https://outlook.office365.com/book/MayaOfficeHours@tessera.io/",
        ),
        (
            "Sure - grab whatever suits, link below.",
            "Sam\nhttps://calendly.com/sam-levi/20min",
            "https://calendly.com/sam-levi/20min",
        ),
        # Near misses: the link below is the call's, and a mail page on the same host.
        (
            "Thursday at 2 works. I'll call you on Zoom, link below.",
            "Sam\nBook time: https://calendly.com/sam-levi/20min\nZoom: https://zoom.us/my/sam",
            None,
        ),
        ("Sure, see https://outlook.office365.com/mail/ for the thread.", "", None),
    ],
)
def test_the_link_that_answers(reply: str, signature: str, link: str | None) -> None:
    assert answer_link(reply, signature) == link


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("Estou de férias e retorno em 12 de maio.", date(2028, 5, 12)),
        ("Volto a 3 de novembro.", date(2028, 11, 3)),
        ("Swamped until after our launch in\nJune, ping me then.", date(2028, 6, 1)),
        (
            "Ik ben tot en met vrijdag 17 maart afwezig. Vanaf maandag 20 maart ben ik\n"
            "weer bereikbaar.",
            date(2028, 3, 20),
        ),
        (
            "Bis 17. März im Urlaub. Ab Montag, 20. März bin ich wieder erreichbar.",
            date(2028, 3, 20),
        ),
        ("Away through Friday 17 March. From Monday 20 March I'm back.", date(2028, 3, 20)),
    ],
)
def test_the_day_back(text: str, back: date) -> None:
    assert find_return_date(text, date(2028, 3, 7), day_first=True) == back


@pytest.mark.parametrize(
    "text",
    [
        "Out of office from 9 March to 17 March.",
        "Vanaf 9 maart ben ik afwezig, tot en met 17 maart.",
    ],
)
def test_a_day_that_starts_the_absence_is_no_return(text: str) -> None:
    assert find_return_date(text, date(2028, 3, 7), day_first=True) != date(2028, 3, 9)
