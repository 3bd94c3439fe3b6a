"""Round 34, intent, referrals and questions: what replies_blind34 read wrong or left in doubt.

A role-introduced person recommended as "great to talk to", or sent to with "tell her I sent
you" in the next sentence; an inline reply whose short top ends on the sender's name above the
answers; "are you after video or a phone call?" read as a later time asked about. Sentences of
our own, with near misses that keep their reading.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict
from workflows.understanding.verdict import Referral

_TZ = ZoneInfo("Asia/Singapore")
# Tuesday 9 March 2032, 08:44 in Seattle (standard time): Wednesday 00:44 in Singapore.
_DATE = "Tue, 09 Mar 2032 08:44:00 -0800"
_OFFERS = (
    "\n\nOn Mon, 8 Mar 2032 at 20:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work? (all Singapore time)\n"
    "> - Tue 16 Mar, 8:00am\n"
    "> - Wed 17 Mar, 9:00pm\n"
)


def _read(body: str, quote: str = _OFFERS) -> Verdict:
    return read_reply(body, tz=_TZ, date=_DATE, quote=quote)


# A person named after "my (former) colleague", recommended in words the reader did not know.
_RECOMMENDED = [
    (
        "Hi Ada,\n\nI'm not the best person for this. My former teammate Jo Park"
        " (jo@park.example) made exactly this move and is great to talk to.\n\nKai",
        Referral("Jo Park", "jo@park.example"),
    ),
    (
        "Hi Ada,\n\nnot really my field. My colleague Jo Park (jo@park.example) would be really"
        " good to speak with.\n\nKai",
        Referral("Jo Park", "jo@park.example"),
    ),
    (
        "Hi Ada,\n\nI've been out of research for years. My old friend Tom Hale"
        " (tom@hale.example) made the same switch. Tell him I sent you.\n\nKai",
        Referral("Tom Hale", "tom@hale.example"),
    ),
    (
        "Hola Ada,\n\nno soy la persona indicada. Mi antigua colega Lucía Romero"
        " (lucia@romero.example) hizo el mismo cambio. Dile que vas de mi parte.\n\nKai",
        Referral("Lucía Romero", "lucia@romero.example"),
    ),
    (
        "Bonjour Ada,\n\nje ne suis pas la bonne personne. Mon ancienne collègue Claire Martin"
        " (claire@martin.example) a fait ce virage. Dites-lui que c'est moi qui vous envoie."
        "\n\nKai",
        Referral("Claire Martin", "claire@martin.example"),
    ),
    (
        "Hallo Ada,\n\nich bin nicht der Richtige dafür. Meine ehemalige Kollegin Anna Roth"
        " (anna@roth.example) hat genau diesen Wechsel gemacht. Sag ihr, dass ich dich schicke."
        "\n\nKai",
        Referral("Anna Roth", "anna@roth.example"),
    ),
    (
        "Ciao Ada,\n\nnon sono la persona giusta. La mia ex collega Giulia Bassi"
        " (giulia@bassi.example) ha fatto questo passaggio. Dille che ti mando io.\n\nKai",
        Referral("Giulia Bassi", "giulia@bassi.example"),
    ),
    (
        "Olá Ada,\n\nnão sou a pessoa certa. A minha antiga colega Inês Carvalho"
        " (ines@carvalho.example) fez essa mudança. Diga que fui eu que te mandei.\n\nKai",
        Referral("Inês Carvalho", "ines@carvalho.example"),
    ),
    (
        "Hoi Ada,\n\nik ben niet de juiste persoon. Mijn oud-collega Sanne de Vries"
        " (sanne@devries.example) maakte precies die overstap. Zeg maar dat ik je stuur.\n\nKai",
        Referral("Sanne de Vries", "sanne@devries.example"),
    ),
]


@pytest.mark.parametrize(("body", "person"), _RECOMMENDED)
def test_role_named_person_recommended_or_sent_to(body: str, person: Referral) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert verdict.referrals == (person,)
    assert local_starts(verdict, _TZ) == []
    assert verdict.certain, doubt_codes(verdict)


# Near misses: glad to have talked to the user, a greeting to pass on. No one recommended.
_NOT_RECOMMENDED = [
    "Hi Ada,\n\nmy colleague Tom Hale said it was great to talk to you. Happy to chat too -"
    " Wed 17 Mar at 9pm works.\n\nKai",
    "Hi Ada,\n\nmy colleague Tom Hale (tom@hale.example) joined us last year. Tell him I said"
    " hi! Wed 17 Mar at 9pm works.\n\nKai",
]


@pytest.mark.parametrize("body", _NOT_RECOMMENDED)
def test_no_recommendation_no_referral(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is not Intent.REFERRAL
    assert verdict.referrals == ()


# Inline answers under a short top that ends on the sender's name.
def _inline(top: str, answer: str) -> str:
    return (
        f"{top}\n\n"
        "On Mon, 8 Mar 2032 at 20:00, Ada Obi <ada@example.com> wrote:\n\n"
        "> Would any of these work? (all Singapore time)\n"
        "> - Tue 16 Mar, 8:00am\n\n"
        "not that one, sorry\n\n"
        "> - Wed 17 Mar, 9:00pm\n\n"
        f"{answer}\n\n"
        "> Thanks so much,\n"
        "> Ada\n"
    )


_INLINE = [
    ("Hey Ada, answers inline below.\n\nKai", "works for me, see you then!", Intent.ACCEPT),
    ("Hi Ada - replies inline.\n\nThanks,\nKai", "yes, that one works", Intent.ACCEPT),
    ("Ada, see below.\n\nKai", "perfect, let's do that one", Intent.ACCEPT),
]


@pytest.mark.parametrize(("top", "answer", "intent"), _INLINE)
def test_signoff_above_inline_answers_keeps_them(top: str, answer: str, intent: Intent) -> None:
    verdict = read_reply(_inline(top, answer), tz=_TZ, date=_DATE)
    assert verdict.intent is intent
    assert "unknown_language" not in doubt_codes(verdict)
    assert "no_intent_cue" not in doubt_codes(verdict)


# "After" as what someone wants is no later time asked about.
_AFTER_AS_WANT = [
    "Hi Ada, keen to help. Quick q before I lock anything in - are those times Singapore time?"
    " Also are you after video or just a phone call?\n\nKai",
    "Hi Ada, keen to help. What are you after exactly - portfolio feedback or interview"
    " tips?\n\nKai",
    "Hi Ada, keen to help. Are those times in your zone? And is it mostly advice on the"
    " switch you're after?\n\nKai",
]


@pytest.mark.parametrize("body", _AFTER_AS_WANT)
def test_after_as_want_is_a_plain_question(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.OTHER
    assert verdict.proposed_times == ()
    assert verdict.certain, doubt_codes(verdict)


# Near misses: a later time asked about, or a day beside the question, stays in doubt.
_LATER_ASKED = [
    "Not a fit right now. Are you around after Easter?\n\nKai",
    "Busy this month. Maybe after the 20th?\n\nKai",
    "Keen to help. Are you after a call on Thursday or Friday?\n\nKai",
]


@pytest.mark.parametrize("body", _LATER_ASKED)
def test_later_time_asked_stays_in_doubt(body: str) -> None:
    verdict = _read(body)
    assert not verdict.certain
