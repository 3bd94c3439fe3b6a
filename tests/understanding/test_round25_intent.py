"""Round 25 (intent and referrals): who the reply is about, and what it turns down.

Thanks for the user's own outreach to someone ("Thank you for reaching out to Hélène") names
the person the sender answers for, no one to write to. German advice to someone the sender
calls du ("Sprich am besten mit …", "wende dich an …") points to a person as the Sie form
does, and a hedged second name ("und vielleicht auch mit …") is a second referral. An address
handed over ("Te paso su correo: …") is the referral of the person named before it whose first
name opens it. "No me puedo comprometer a más llamadas" is a no with a pronoun inside. An
assistant who names the person the user wrote to, copied in, answers for them. Sentences of
our own, each rule with near misses.
"""

from __future__ import annotations

from datetime import datetime
from email.utils import formataddr, parseaddr
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import MEETING, doubt_codes, local_starts, raw_reply, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict, understand

_MADRID = ZoneInfo("Europe/Madrid")
_DATE = "Tue, 05 Jun 2029 10:00:00 +0200"


def _quote(to: str = "Kai Berg <kai@example.com>") -> str:
    """The user's outreach of Monday 4 June 2029, sent to ``to``, three times offered."""
    return (
        "\n\n________________________________\nFrom: Ada Obi <ada@example.com>\n"
        f"Sent: Monday, June 4, 2029 10:05 AM\nTo: {to}\nSubject: Quick chat?\n\n"
        "Hi,\n\nCould we talk for 20 minutes? I could do Wednesday 6 June at 15:30 or"
        " Thursday 7 June at 10:00.\n\nThanks,\nAda\n"
    )


def _read(body: str, *, to: str = "Kai Berg <kai@example.com>", headers: str = "") -> Verdict:
    return read_reply(body, tz=_MADRID, date=_DATE, quote=_quote(to), headers=headers)


def _names(verdict: Verdict) -> list[tuple[str, str | None]]:
    return [(r.name, r.email) for r in verdict.referrals]


@pytest.mark.parametrize(
    "body",
    [
        "Dear Ada,\n\nThank you for reaching out to Hélène. Unfortunately her schedule does not"
        " allow for calls at the moment, and she has asked me to decline on her behalf.\n\n"
        "Kind regards,\nMargaux",
        "Hi Ada,\n\nMany thanks for reaching out to Priya Raman. I'm afraid she has to pass on"
        " this one; she is not taking calls this quarter.\n\nBest,\nOwen",
        "Hola Ada:\n\nGracias por escribir a Marta. Lamentablemente no puede aceptar llamadas"
        " de este tipo y me pide que te lo diga.\n\nUn saludo,\nInés",
    ],
)
def test_thanks_for_writing_to_someone_is_no_referral(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DECLINE
    assert verdict.referrals == ()


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for talking to Dana Lee last week! Happy to chat too - Thursday 7 June at"
        " 10:00 works.",
        "Thank you for speaking with Sam Ortiz about this. Sure, Wednesday 6 June at 15:30 works.",
        "Thanks so much for reaching out to Ravi Menon and me. Thursday 7 June at 10:00 works"
        " for both of us.",
    ],
)
def test_thanks_for_talking_to_someone_leaves_a_pick_certain(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.ACCEPT
    assert verdict.referrals == ()
    assert verdict.certain


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # Near misses: the thanks stands apart from the advice that follows it.
        ("Thanks for reaching out! You should talk to Jonas Weber (jonas.weber@acme.io), he"
         " built our DevRel team.", [("Jonas Weber", "jonas.weber@acme.io")]),
        ("Thank you for your note. Please reach out to Priya Raman (priya.raman@acme.io)"
         " instead, she is far better placed.", [("Priya Raman", "priya.raman@acme.io")]),
    ],
)  # fmt: skip
def test_advice_after_thanks_still_refers(body: str, names: list[tuple[str, str]]) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert _names(verdict) == names


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("Hallo Ada,\n\nich bin da nicht die Richtige. Sprich am besten mit Jonas Albrecht"
         " (jonas.albrecht@werk.de), der unser DevRel-Team aufgebaut hat.\n\nViele Grüße\nAnja",
         [("Jonas Albrecht", "jonas.albrecht@werk.de")]),
        ("Hallo Ada,\n\ndas mache ich nicht mehr. Wende dich doch an Petra Lang"
         " (petra.lang@werk.de), sie leitet die Community.\n\nLG\nTim",
         [("Petra Lang", "petra.lang@werk.de")]),
        ("Hi Ada,\n\nich bin leider die falsche Ansprechpartnerin. Sprich mal mit Karl Voss"
         " (karl.voss@werk.de) und vielleicht auch mit Lea Sommer, die beide DevRel machen."
         "\n\nGruß\nMia", [("Karl Voss", "karl.voss@werk.de"), ("Lea Sommer", None)]),
        ("Hi Ada,\n\nI'm not the right person. Talk to Sam Ortiz (sam.ortiz@acme.io), and"
         " maybe also with Hannah Cole, both made the switch.\n\nBest,\nLiz",
         [("Sam Ortiz", "sam.ortiz@acme.io"), ("Hannah Cole", None)]),
    ],
)  # fmt: skip
def test_du_advice_and_a_hedged_second_name_refer(
    body: str, names: list[tuple[str, str | None]]
) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert _names(verdict) == names


def test_a_du_offer_to_talk_oneself_is_no_referral() -> None:
    # Near miss: "melde dich einfach bei mir" points the user back to the sender.
    verdict = _read("Hallo Ada,\n\ngerne! Melde dich einfach bei mir, wenn du zurück bist.\n\nTim")
    assert verdict.referrals == ()


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("Hola Ada,\n\nYo no llevo DevRel, pero Lucía Martín sí. Te paso su correo:"
         " lucia.martin@olivo.tech. Dile que vas de mi parte.\n\nDiego",
         [("Lucía Martín", "lucia.martin@olivo.tech")]),
        ("Hi Ada,\n\nI'm on the infra side these days, but Ana Ruiz runs our community"
         " program. Here's her email: ana.ruiz@pine.app - mention my name.\n\nTom",
         [("Ana Ruiz", "ana.ruiz@pine.app")]),
        ("Bonjour Ada,\n\nCe n'est pas mon domaine, mais Julien Morel s'en occupe. Je te passe"
         " son adresse : julien.morel@quartz.fr\n\nBonne journée,\nClaire",
         [("Julien Morel", "julien.morel@quartz.fr")]),
        ("Ciao Ada,\n\nnon seguo più DevRel, ma Luca Bellini sì. Ecco la sua mail:"
         " luca.bellini@vela.it\n\nA presto,\nGiulia",
         [("Luca Bellini", "luca.bellini@vela.it")]),
    ],
)  # fmt: skip
def test_an_address_handed_over_refers_to_the_person_named_before_it(
    body: str, names: list[tuple[str, str]]
) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert _names(verdict) == names


def test_an_address_that_fits_no_one_named_is_doubted() -> None:
    # Near miss: whose the address is, the reader cannot tell.
    verdict = _read(
        "Hi Ada,\n\nNot my area, but our community lead is great. Here's her email:"
        " community@pine.app\n\nTom"
    )
    assert verdict.referrals == ()
    assert not verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "Hola Ada:\n\nAhora mismo, con el trabajo y la mudanza, no me puedo comprometer a más"
        " llamadas. Espero que lo entiendas.\n\n¡Mucha suerte!\nCarmen",
        "Hallo Ada,\n\nmit zwei kleinen Kindern kann ich mich nicht auf weitere"
        " Gespräche festlegen. Ich hoffe, du verstehst das.\n\nAlles Gute\nBirgit",
        "Hoi Ada,\n\nMet de verhuizing en mijn werk kan ik me niet vastleggen op nog meer"
        " gesprekken. Veel succes!\n\nSanne",
    ],
)
def test_no_commitment_with_a_pronoun_inside_is_a_decline(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DECLINE
    assert verdict.certain


def test_no_commitment_to_a_day_is_no_decline() -> None:
    # Near miss: the day is not yet promised; the chat is not turned down.
    verdict = _read(
        "Hola Ada:\n\nNo me puedo comprometer al miércoles todavía; te confirmo mañana."
    )
    assert verdict.intent is not Intent.DECLINE


_TOM = "Tom Rowland <tom.rowland@fernleaf.io>"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada,\n\nI manage Tom's calendar. He's travelling for most of June, so there's no"
        " space before then. Could we look at this again in July?\n\nBest,\nGeorgia",
        "Hola Ada:\n\nLlevo la agenda de Tom. Está de viaje todo junio. Escríbeme de nuevo en"
        " julio y buscamos un hueco.\n\nUn saludo,\nMarta",
        "Bonjour Ada,\n\nJe gère l'agenda de Tom. Il est en déplacement tout le mois de juin ;"
        " pourrions-nous en reparler en juillet ?\n\nCordialement,\nÉlise",
    ],
)
def test_an_assistant_naming_the_copied_addressee_answers_for_them(body: str) -> None:
    verdict = _read(body, to=_TOM, headers=f"Cc: {_TOM}\n")
    assert verdict.intent is Intent.DEFER
    assert "copied_person_unread" not in doubt_codes(verdict)


def test_a_newly_copied_colleague_named_stays_doubted() -> None:
    # Near miss: Tom was not the one written to; copied and named, he may be the referral.
    verdict = _read(
        "Hi Ada,\n\nI manage the team's calendar. Tom might be the one for this; we're all"
        " travelling in June though. Could we look at this again in July?\n\nGeorgia",
        headers=f"Cc: {_TOM}\n",
    )
    assert "copied_person_unread" in doubt_codes(verdict)


def _from_office(body: str, sender: str) -> Verdict:
    """``body`` sent by ``sender`` (someone's office or assistant) instead of Kai."""
    name, address = parseaddr(sender)
    raw = raw_reply(body, date=_DATE, quote=_quote()).replace(
        b"From: Kai Berg <kai@example.com>",
        f"From: {formataddr((name, address), charset='utf-8')}".encode(),
    )
    return understand(raw, tz=_MADRID, meeting_length=MEETING)


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        ("Dear Ada,\n\nPlease don't email Hélène directly; her schedule does not allow for"
         " calls this spring, and she has asked me to decline on her behalf.\n\nMargaux",
         "Office of Hélène Garnier <office.hg@quartz.fr>"),
        ("Hola Ada:\n\nNo hace falta escribir a Marta de nuevo. Lamentablemente no puede"
         " aceptar llamadas este trimestre.\n\nSecretaría",
         "Oficina de Marta Gil <oficina.mg@olivo.tech>"),
        ("Hi Ada,\n\nNo need to ping Dana again - she has to pass on this one, I'm"
         " afraid.\n\nJo", "Dana Whitfield (via her assistant) <assist.dw@harbour.com>"),
    ],
)  # fmt: skip
def test_the_senders_own_name_is_no_referral(body: str, sender: str) -> None:
    verdict = _from_office(body, sender)
    assert verdict.referrals == ()
    assert verdict.intent is Intent.DECLINE


def test_someone_else_named_by_an_office_still_refers() -> None:
    # Near miss: the office points to a colleague, not to the person it writes for.
    verdict = _from_office(
        "Dear Ada,\n\nHélène is not the right person for this. Please speak to Julien Morel"
        " (julien.morel@quartz.fr), who leads developer relations.\n\nMargaux",
        "Office of Hélène Garnier <office.hg@quartz.fr>",
    )
    assert verdict.intent is Intent.REFERRAL
    assert _names(verdict) == [("Julien Morel", "julien.morel@quartz.fr")]


def test_an_assistants_no_on_someones_behalf_is_a_decline() -> None:
    verdict = _read(
        "Hallo Ada,\n\nFrau Roth hat mich gebeten, in ihrem Namen abzusagen. Sie wünscht Ihnen"
        " viel Erfolg.\n\nViele Grüße\nSabine"
    )
    assert verdict.intent is Intent.DECLINE


def test_a_time_turned_down_on_someones_behalf_keeps_the_other_time() -> None:
    # Near miss: one of the user's times is turned down for her, another taken.
    verdict = _read(
        "Hi Ada,\n\nDana asked me to decline Wednesday on her behalf, but Thursday 7 June at"
        " 10:00 works for her.\n\nJo"
    )
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _MADRID) == [datetime(2029, 6, 7, 10, 0)]
