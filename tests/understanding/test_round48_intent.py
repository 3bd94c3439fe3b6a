"""Round 48 on replies_blind47 and replies_blind46 (intent, referrals, notices), as families.

- "não vou conseguir amanhã 10h" under a meeting the user confirmed (blind47 c03), and "I won't
  manage <day>" in the seven languages: the agreed meeting called off.
- "Me chama de novo depois do dia 20?" (blind47 f02): call or write again after a day of the
  month, in the seven languages (an hour after "after" is an offer, not a defer).
- "Ich bin gerade in Elternzeit … Schreib mir gern dann nochmal" (blind47 f03), "after my
  parental leave", "once the move is done": the chat after a stretch of the sender's own life.
- "quem pode te ajudar muito mais é a Lara Menezes" (blind47 r01), "es mi socio, Rodrigo
  Valdez" (r05), "You want Ana Sousa (…)" (r06): who to see, named after "is".
- "u shd talk to my cousin hamza malik" (blind46 r06): a name typed in lower case on a phone.
- "Angenommen: Marina / Jonas @ Di. 18. Sept." over "… hat diese Einladung angenommen." (blind47
  x03): a calendar's plain notice, no offer.

Each table has near misses whose reading stays what it was before the change.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import MEETING, doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict, understand

_TZ = ZoneInfo("America/Sao_Paulo")
_DATE = "Wed, 29 Aug 2035 22:48:00 -0300"
_AGREED = (
    "\n\nOn Mon, Aug 20, 2035 at 1:00 PM Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai,\n>\n> Great, confirmed for Thursday 30 Aug at 10:00 BRT. I'll send a Meet link"
    " the day before.\n>\n> Ada\n"
)
_ASK = (
    "\n\nOn Mon, Aug 20, 2035 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai, would you have 25 minutes for a call? Any of these (BRT):\n>\n"
    "> - Thursday 30 Aug, 10:00\n> - Friday 31 Aug, 14:00\n> - Tuesday 4 Sep, 16:30\n>\n> Ada\n"
)


def _read(body: str, quote: str = _ASK) -> tuple[Intent, bool, list[str]]:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=quote)
    return verdict.intent, verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    "body",
    [
        # blind47 c03, as typed on a phone (no accents).
        "marina nao vou conseguir amanha 10h, surgiu uma viagem de ultima hora pra BH. desculpa"
        " mesmo, cancela por enquanto que depois eu te procuro",
        "Não vou conseguir quinta, surgiu uma viagem.",
        "No voy a poder mañana, me surgió un viaje.",
        "Je ne vais pas pouvoir jeudi, désolé.",
        "Ich schaffe es am Donnerstag nicht, sorry.",
        "Ik ga het donderdag niet redden, sorry.",
        "I won't manage Thursday, sorry - something came up.",
        "Non riesco domani, mi è capitato un viaggio.",
    ],
)
def test_a_day_not_managed_under_an_agreed_meeting_cancels_it(body: str) -> None:
    assert _read(body, _AGREED) == (Intent.CANCEL, True, [])


def test_another_day_asked_for_at_once_is_a_move() -> None:
    body = "Não vou conseguir quinta, mas sexta às 10h pode ser?"
    assert _read(body, _AGREED)[0] is Intent.RESCHEDULE


def test_late_to_the_agreed_meeting_cancels_nothing() -> None:
    # Late, not absent: the meeting stands. (Read as a certain defer through "später", as on
    # main before this round; left for a later round.)
    body = "Ich schaffe es am Donnerstag nicht pünktlich, komme 10 Minuten später."
    assert _read(body, _AGREED)[0] is not Intent.CANCEL


@pytest.mark.parametrize(
    "body",
    [
        # Under the user's three offers, nothing agreed: one day turned down cancels nothing.
        "Não vou conseguir quinta, surgiu uma viagem.",
        "Ich schaffe es am Donnerstag nicht, sorry.",
    ],
)
def test_a_day_not_managed_under_offers_is_no_cancel(body: str) -> None:
    intent, certain, _ = _read(body)
    assert intent is not Intent.CANCEL
    assert not certain


@pytest.mark.parametrize(
    ("body", "back"),
    [
        # blind47 f02.
        (
            "Adoraria conversar, mas essas duas semanas estão impossíveis por aqui. Me chama de"
            " novo depois do dia 20? Aí eu vejo a agenda com calma.",
            date(2035, 9, 21),
        ),
        ("Me liga depois do dia 20, agora está corrido.", date(2035, 9, 21)),
        ("Llámame después del 20 y lo vemos.", None),
        ("Chiamami dopo il 20, ora non riesco.", None),
        ("Rappelez-moi après le 20, là je suis débordé.", date(2035, 9, 21)),
        ("Ruf mich nach dem 20. an, vorher ist es eng.", None),
        ("Bel me na de 20e maar, nu is het druk.", date(2035, 9, 20)),
        ("Call me after the 20th, swamped till then.", date(2035, 9, 21)),
    ],
)
def test_call_me_after_a_day_of_the_month_defers(body: str, back: date | None) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_ASK)
    assert (verdict.intent, verdict.certain, verdict.proposed_times) == (Intent.DEFER, True, ())
    assert verdict.return_date == back


@pytest.mark.parametrize(
    ("body", "start"),
    [
        # An hour after "after" is a time offered.
        ("Call me after 3pm on Thursday.", (8, 30, 15)),
        ("Me chama depois das 15h na quinta?", (8, 30, 15)),
    ],
)
def test_call_me_after_an_hour_offers_it(body: str, start: tuple[int, int, int]) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_ASK)
    month, day, hour = start
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert [(s.month, s.day, s.hour) for s in local_starts(verdict, _TZ)] == [(month, day, hour)]


@pytest.mark.parametrize(
    "body",
    [
        # blind47 f03.
        "Liebe Marina,\n\ndanke für die nette Nachricht! Ich bin gerade in Elternzeit und checke"
        " Mails nur sporadisch. Können wir das im November angehen? Schreib mir gern dann"
        " nochmal.\n\nLiebe Grüße\nLena",
        "Ich bin gerade in Elternzeit. Gerne nach der Elternzeit!",
        "Happy to, after my parental leave.",
        "Happy to chat after my sabbatical.",
        "Avec plaisir, après mon congé parental.",
        "Con gusto, después de mi baja por paternidad.",
        "Volentieri, dopo il congedo parentale.",
        "Com prazer, depois da minha licença.",
        "Graag, na mijn ouderschapsverlof.",
        "Happy to, once the move is done.",
    ],
)
def test_after_my_leave_defers(body: str) -> None:
    assert _read(body) == (Intent.DEFER, True, [])


@pytest.mark.parametrize(
    ("body", "intent", "certain"),
    [
        # A day of the user's taken, the leave only said beside it: the pick stands.
        (
            "Happy to! Thursday 10:00 works, right after my leave ends I'm free.",
            Intent.ACCEPT,
            True,
        ),
        # A day taken and a later stretch named: left in doubt.
        ("Happy to, Thursday works - after the move I have more time anyway.", Intent.DEFER, False),
        # "Schreib mir dann die Einwahldaten" asks for the details now, no later date.
        ("Gerne! Schreib mir dann einfach die Einwahldaten.", Intent.ACCEPT, True),
    ],
)
def test_after_my_leave_near_misses(body: str, intent: Intent, certain: bool) -> None:
    assert _read(body)[:2] == (intent, certain)


@pytest.mark.parametrize(
    ("body", "name", "email"),
    [
        # blind47 r01.
        (
            "Pra ser sincero eu mexo mais com design de interface do que com pesquisa. Acho que"
            " quem pode te ajudar muito mais é a Lara Menezes, que lidera o time de pesquisa aqui"
            " (lara.menezes@nubox.example.com.br). Coloquei ela em cópia.",
            "Lara Menezes",
            "lara.menezes@nubox.example.com.br",
        ),
        # blind47 r05.
        (
            "Hola Marina, gracias! Yo ya me dedico más a la parte comercial del estudio. El que"
            " hace toda la investigación es mi socio, Rodrigo Valdez, rodrigo@torresyvaldez.mx,"
            " escríbele a él que seguro te dice que sí.",
            "Rodrigo Valdez",
            "rodrigo@torresyvaldez.mx",
        ),
        # blind47 r06: a decline ("not the right person") with a named person is a referral.
        (
            "I'm not the right person really - I've only been doing research for a year. You want"
            " Ana Sousa (ana.sousa@researchops.example.com); she runs the ReOps meetup. Tell her I"
            " sent you.",
            "Ana Sousa",
            "ana.sousa@researchops.example.com",
        ),
        (
            "No soy yo, es mi socio Rodrigo Valdez (rodrigo@tyv.mx).",
            "Rodrigo Valdez",
            "rodrigo@tyv.mx",
        ),
        ("Não sou eu, é a minha sócia Lara Menezes.", "Lara Menezes", None),
        (
            "Chi ti può aiutare davvero è Giulia Neri, giulia@studio.it.",
            "Giulia Neri",
            "giulia@studio.it",
        ),
        (
            "Celle qui peut vous aider, c'est Claire Martin (claire@x.fr).",
            "Claire Martin",
            "claire@x.fr",
        ),
        (
            "Wer Ihnen wirklich helfen kann, ist Anna Roth (anna@roth.de).",
            "Anna Roth",
            "anna@roth.de",
        ),
        (
            "Wie je echt kan helpen is Sanne de Vries (sanne@x.nl).",
            "Sanne de Vries",
            "sanne@x.nl",
        ),
        (
            "It's not me, it's my business partner Tom Hale (tom@hale.co).",
            "Tom Hale",
            "tom@hale.co",
        ),
    ],
)
def test_the_one_to_see_is_named_after_is(body: str, name: str, email: str | None) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_ASK)
    assert (verdict.intent, verdict.certain) == (Intent.REFERRAL, True)
    assert [(r.name, r.email) for r in verdict.referrals] == [(name, email)]


@pytest.mark.parametrize(
    ("body", "intent", "certain"),
    [
        # Whose sign-off, not whom to see: the pick stands, no one referred.
        (
            "Sure! You need Ana Sousa's sign-off though, so Thursday 10:00 is best.",
            Intent.ACCEPT,
            True,
        ),
        # A day, not a person.
        ("You want Thursday at 10 then?", Intent.ACCEPT, True),
        # No one named: no certain referral.
        ("El que hace la investigación es mi socio, no yo.", Intent.OTHER, False),
        ("You want the Berlin office for that, sorry.", Intent.OTHER, False),
    ],
)
def test_the_one_to_see_near_misses(body: str, intent: Intent, certain: bool) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_ASK)
    assert (verdict.intent, verdict.certain, verdict.referrals) == (intent, certain, ())


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # blind46 r06.
        (
            "hi farah honestly u shd talk to my cousin hamza malik hes at k-electric on their"
            " solar rollout and did exactly the fmcg to energy switch. ill whatsapp him ur email",
            "Hamza Malik",
        ),
        ("talk to my friend sara khan, she did the same switch", "Sara Khan"),
        ("pls talk to my colleague omar farooq, he runs the ops team", "Omar Farooq"),
        ("you could talk to my brother bilal ahmed hes in solar too", "Bilal Ahmed"),
    ],
)
def test_a_name_typed_in_lower_case_after_advice(body: str, name: str) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_ASK)
    assert (verdict.intent, verdict.certain) == (Intent.REFERRAL, True)
    assert [r.name for r in verdict.referrals] == [name]


@pytest.mark.parametrize(
    "body",
    [
        # The sender's own errand, not advice to the user.
        "ill talk to my cousin hamza malik tonight and get back to u",
        # No name: common words after the role.
        "u shd talk to my manager first then ill confirm",
        "you should talk to my colleague in sales about it",
        "honestly talk to my cousin about it lol",
    ],
)
def test_a_name_typed_in_lower_case_near_misses(body: str) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_ASK)
    assert verdict.referrals == ()
    assert verdict.intent is not Intent.REFERRAL


def _notice(subject: str, body: str) -> bytes:
    return (
        "From: Jonas Wertheim <jonas@formfaktor.de>\nTo: Ada Obi <ada@example.com>\n"
        f"Subject: {subject}\nDate: Wed, 12 Sep 2035 08:40:00 +0200\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{body}\n\nAda / Jonas\nTuesday 18 September 2035, 16:30 - 16:55 (CEST)\n"
    ).encode()


def _notice_verdict(subject: str, body: str) -> Verdict:
    return understand(_notice(subject, body), tz=_TZ, meeting_length=MEETING)


_WHEN = "Ada / Jonas @ Tue 18 Sep 2035 16:30 - 16:55 (CEST)"


@pytest.mark.parametrize(
    ("word", "sentence"),
    [
        # blind47 x03's wording.
        ("Angenommen", "Jonas Wertheim hat diese Einladung angenommen."),
        ("Accepted", "Jonas Wertheim has accepted this invitation."),
        ("Accepté", "Jonas Wertheim a accepté cette invitation."),
        ("Aceptado", "Jonas Wertheim ha aceptado esta invitación."),
        ("Aceptada", "Jonas Wertheim ha aceptado esta invitación."),
        ("Aceitou", "Jonas Wertheim aceitou este convite."),
        ("Accettato", "Jonas Wertheim ha accettato questo invito."),
        ("Geaccepteerd", "Jonas Wertheim heeft deze uitnodiging geaccepteerd."),
    ],
)
def test_an_accepted_notice_offers_nothing(word: str, sentence: str) -> None:
    verdict = _notice_verdict(f"{word}: {_WHEN}", sentence)
    assert (verdict.intent, verdict.certain, verdict.proposed_times) == (Intent.OTHER, True, ())


@pytest.mark.parametrize(
    ("word", "sentence"),
    [
        ("Declined", "Jonas Wertheim has declined this invitation."),
        ("Abgelehnt", "Jonas Wertheim hat diese Einladung abgelehnt."),
        ("Refusé", "Jonas Wertheim a refusé cette invitation."),
        ("Tentative", "Jonas Wertheim has tentatively accepted this invitation."),
    ],
)
def test_a_declined_or_tentative_notice_waits_for_the_user(word: str, sentence: str) -> None:
    verdict = _notice_verdict(f"{word}: {_WHEN}", sentence)
    assert (verdict.intent, verdict.proposed_times) == (Intent.OTHER, ())
    assert doubt_codes(verdict) == ["calendar_response"]


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # A note of the sender's own under the notice: read as words, not as the notice.
        (
            f"Accepted: {_WHEN}",
            "Jonas Wertheim has accepted this invitation.\nNote: can we do 5pm?",
        ),
        # The subject's word alone, the body someone's own: no notice.
        (f"Accepted: {_WHEN}", "Thanks, see you then! Could we make it 17:00 instead?"),
    ],
)
def test_a_notice_with_words_of_the_sender_is_read_as_words(subject: str, body: str) -> None:
    verdict = _notice_verdict(subject, body)
    assert "calendar notice: an invitation answered" not in verdict.notes
