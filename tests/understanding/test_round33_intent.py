"""Round 33, intent, referrals and return dates: what replies_blind33 read wrong or left in doubt.

Someone else's absence taken for the sender's; a count of people before a colon, and "tell her
I sent you"; "reach out again the week of …"; "shift tomorrow's 1pm to …"; a question asked
"before I pick one"; Spanish "claro" as "plainly"; an invitation whose words restate its own
clock across the clock change; a recruiter's "send over your resume" and a broken link of the
user's; a launch date taken for a return. Sentences of our own, with near misses that keep
their reading.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_invite, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict
from workflows.understanding.verdict import Referral

_TZ = ZoneInfo("America/Chicago")
# Tuesday 14 November 2028, 09:00 in Chicago (standard time).
_DATE = "Tue, 14 Nov 2028 09:00:00 -0600"
_OFFERS = (
    "\n\nOn Mon, 13 Nov 2028 at 08:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work? All Central time:\n"
    "> - Thursday, Nov 16, 10:00-10:30am\n"
    "> - Monday, Nov 20, 2:00-2:30pm\n"
    "> - Tuesday, Nov 21, 9:00-9:30am\n"
)
_AGREED = (
    "\n\nOn Mon, 13 Nov 2028 at 12:00, Ada Obi <ada@example.com> wrote:\n"
    "> Great, confirmed for Wednesday 11/15 at 10am Central - invite sent!\n"
)


def _read(body: str, quote: str = _OFFERS, **envelope: str) -> Verdict:
    return read_reply(body, tz=_TZ, date=_DATE, quote=quote, **envelope)


# Someone else's leave, inside a reply that points the user to people.
_OTHERS_LEAVE = [
    (
        "Ada,\n\nI'm not the one to ask, sorry. Two people here did exactly that move: Nora Petit"
        " (nora.petit@acme.example), who leads our data team, and Felix Brand on payments (he's"
        " on paternity leave until February, but he answers on LinkedIn). Tell Nora I sent you."
        "\n\nKai",
        (Referral("Nora Petit", "nora.petit@acme.example"), Referral("Felix Brand", None)),
    ),
    (
        "Ada,\n\nje ne suis pas la bonne personne. Contactez plutôt Claire Roux"
        " (claire.roux@acme.example) ; elle est en congé jusqu'au 4 décembre, mais elle lit ses"
        " mails.\n\nKai",
        (Referral("Claire Roux", "claire.roux@acme.example"),),
    ),
    (
        "Hallo Ada,\n\nda bin ich nicht der Richtige. Sprechen Sie am besten mit Jonas Weber"
        " (jonas.weber@acme.example), er ist allerdings bis Januar in Elternzeit.\n\nKai",
        (Referral("Jonas Weber", "jonas.weber@acme.example"),),
    ),
    (
        "Hola Ada,\n\nno soy la persona indicada. Habla con Lucía Marín"
        " (lucia.marin@acme.example), aunque ella está de vacaciones hasta enero.\n\nKai",
        (Referral("Lucía Marín", "lucia.marin@acme.example"),),
    ),
]


@pytest.mark.parametrize(("body", "people"), _OTHERS_LEAVE)
def test_someone_elses_leave_is_not_the_senders(body: str, people: tuple[Referral, ...]) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert verdict.referrals == people
    assert verdict.return_date is None
    assert verdict.certain, doubt_codes(verdict)


@pytest.mark.parametrize(
    ("body", "intent", "back"),
    [
        # The sender's own leave keeps its reading and its day.
        (
            "Ada,\n\nI'm on parental leave until January 8, so please write again then.\n\nKai",
            Intent.DEFER,
            date(2029, 1, 9),
        ),
        (
            "Ada,\n\nje suis en congé jusqu'au 4 décembre inclus, recontactez-moi ensuite.\n\nKai",
            Intent.DEFER,
            date(2028, 12, 5),
        ),
        # The sender's own verb between a third-person subject and the absence.
        (
            "Hola Ada,\n\nmi agenda está llena porque estoy de vacaciones hasta el 8 de enero."
            " Escríbeme después.\n\nKai",
            Intent.DEFER,
            date(2029, 1, 9),
        ),
        # An assistant answers for the person the user wrote to: that person's leave is the one.
        (
            "Hi Ada,\n\nI manage Dana's calendar: she's on leave until January 8. Please reach out"
            " again in January.\n\nTom",
            Intent.DEFER,
            date(2029, 1, 9),
        ),
    ],
)
def test_the_senders_own_absence_keeps_its_reading(body: str, intent: Intent, back: date) -> None:
    verdict = _read(body)
    assert verdict.intent is intent
    assert verdict.return_date == back


@pytest.mark.parametrize(
    "body",
    [
        "Ada,\n\nI'm the wrong person for this, sorry. But nora.petit@acme.example made the same"
        " move two years ago.\n\nKai",
        "Ada,\n\nI'm the wrong person for this. Felix (he's on leave until March, but"
        " felix.b@acme.example still works) knows the field.\n\nKai",
    ],
)
def test_a_no_beside_an_address_tied_to_no_one_is_in_doubt(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is not Intent.REFERRAL
    assert not verdict.certain
    assert "referral_unread" in doubt_codes(verdict)


_COUNTED = [
    (
        "Ada,\n\nTwo folks on my old team made that exact switch: Rosa Lind (rosa@acme.example)"
        " and Mark Ode. Say I sent you!\n\nKai",
        (Referral("Rosa Lind", "rosa@acme.example"), Referral("Mark Ode", None)),
    ),
    (
        "Ada,\n\nDeux personnes de mon équipe ont fait ce saut : Julie Morel"
        " (julie.morel@acme.example) et Paul Girard. Dites-leur que je vous envoie.\n\nKai",
        (Referral("Julie Morel", "julie.morel@acme.example"), Referral("Paul Girard", None)),
    ),
    (
        "Ada,\n\nduas pessoas aqui fizeram essa mudança: Rita Sousa (rita.sousa@acme.example)"
        " e João Lima.\n\nKai",
        (Referral("Rita Sousa", "rita.sousa@acme.example"), Referral("João Lima", None)),
    ),
]


@pytest.mark.parametrize(("body", "people"), _COUNTED)
def test_a_count_of_people_then_their_names_refers(body: str, people: tuple[Referral, ...]) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert verdict.referrals == people


@pytest.mark.parametrize(
    "body",
    [
        "Ada,\n\nTwo people on my team asked the same thing: what made you leave payments?\n\nKai",
        "Ada,\n\nthree people asked me that this week: it's a good question. Thursday 10am"
        " works.\n\nKai",
    ],
)
def test_a_count_of_people_without_names_refers_no_one(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is not Intent.REFERRAL
    assert verdict.referrals == ()


@pytest.mark.parametrize(
    ("body", "back"),
    [
        (
            "Ada,\n\nDecember is packed with our year-end close. Could you reach out again the"
            " week of January 8? I'll have time then.\n\nKai",
            date(2029, 1, 8),
        ),
        (
            "Ada,\n\ndécembre est chargé. Écrivez-moi la semaine du 8 janvier, ce sera plus"
            " calme.\n\nKai",
            date(2029, 1, 8),
        ),
        (
            "Ada,\n\nswamped right now - please write me again the week of Jan 8.\n\nKai",
            date(2029, 1, 8),
        ),
    ],
)
def test_reach_out_again_the_week_of_a_day_defers(body: str, back: date) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DEFER
    assert verdict.return_date == back
    assert verdict.certain, doubt_codes(verdict)


def test_reaching_out_to_someone_else_this_week_defers_nothing() -> None:
    verdict = _read("Ada,\n\nThursday 10am works. I'll reach out to Omar this week too.\n\nKai")
    assert verdict.intent is Intent.ACCEPT


@pytest.mark.parametrize(
    "body",
    [
        "hi Ada, any chance we can shift tomorrow's 10am to 11:30 same day? still 30 min\n\nk",
        "Ada - could we move Wednesday's call to 2pm? Something is running over.\n\nKai",
        "Ada, can we bump 10am to 11:30 tomorrow? My standup runs long.\n\nKai",
    ],
)
def test_moving_the_days_meeting_reschedules(body: str) -> None:
    verdict = _read(body, quote=_AGREED)
    assert verdict.intent is Intent.RESCHEDULE


def test_moving_something_else_of_the_day_is_no_reschedule() -> None:
    verdict = _read("Ada, I had to move tomorrow's dentist visit, so Thursday 10am works!\n\nKai")
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _TZ) == [datetime(2028, 11, 16, 10, 0)]


@pytest.mark.parametrize(
    "body",
    [
        "Hey Ada, quick check before I pick one: your Thursday 10:00 - is that Central? I'm in"
        " Denver and always get this wrong.\n\nKai",
        "Ada, avant de choisir : votre lundi 14h, c'est bien l'heure de Chicago ?\n\nKai",
        "Ada, antes de elegir: ¿el jueves a las 10 es hora de Chicago?\n\nKai",
        "Ada, bevor ich mich entscheide: ist Donnerstag 10 Uhr Ihre Zeit?\n\nKai",
    ],
)
def test_a_question_before_picking_picks_nothing(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.OTHER
    assert verdict.proposed_times == ()


def test_a_pick_with_a_question_after_it_stays_a_pick() -> None:
    verdict = _read("Ada, Thursday 10:00 works for me. Is that a video call?\n\nKai")
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _TZ) == [datetime(2028, 11, 16, 10, 0)]


@pytest.mark.parametrize(
    "body",
    [
        "Hola Ada,\n\nla verdad es que no voy a poder. Prefiero decírtelo claro.\n\nMucha suerte,"
        "\nKai",
        "Hola Ada,\n\nno puedo ayudarte, lo siento. Quiero dejar claro que no es nada personal."
        "\n\nKai",
        "Olá Ada,\n\nnão vou conseguir. Prefiro deixar isso bem claro.\n\nKai",
    ],
)
def test_claro_as_plainly_is_no_yes(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DECLINE
    assert "contradicting_intent_cues" not in doubt_codes(verdict)


def test_claro_alone_is_still_a_yes() -> None:
    verdict = _read("Hola Ada,\n\n¡Claro! Me encantaría charlar.\n\nKai")
    assert verdict.intent is Intent.ACCEPT


# An invitation from Chicago to the user's Monday 6 November 2028 8:00 Pacific, the day after
# the clock change, in the event's own zone, sent in October (the Date header at -0500).
_OCT_DATE = "Wed, 25 Oct 2028 14:00:00 -0500"
_OCT_OFFERS = (
    "\n\nOn Mon, 23 Oct 2028 at 08:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these work? All Pacific time:\n"
    "> - Thursday, Nov 2, 8:00-8:30am\n"
    "> - Monday, Nov 6, 8:00-8:30am\n"
)


def _with_invite(body: str) -> Verdict:
    event = (
        "UID:r33@example.com\nSEQUENCE:0\nDTSTART;TZID=America/Chicago:20281106T100000\n"
        "DURATION:PT30M\nSUMMARY:Chat"
    )
    return read_invite(body, event, tz=_TZ, date=_OCT_DATE, quote=_OCT_OFFERS)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada - took your Monday 11/6 slot, invite attached (it'll show 10:00 for me in"
        " Chicago).\n\nKai",
        "Ada, booked your Monday slot, 10am my time. Invite attached.\n\nKai",
        "Ada, grabbed Monday the 6th - 10:00 on my calendar here in Chicago. Invite sent.\n\nKai",
    ],
)
def test_an_invite_whose_words_restate_its_own_clock_is_sure(body: str) -> None:
    verdict = _with_invite(body)
    assert verdict.intent is Intent.ACCEPT
    assert "invite_beside_other_words" not in doubt_codes(verdict)


def test_an_invite_whose_words_offer_another_clock_stays_in_doubt() -> None:
    verdict = _with_invite(
        "Ada, invite attached - but could we do Thursday 11/2 at 3pm instead?\n\nKai"
    )
    assert not verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ada!\n\nYour note was forwarded to me. I have a Staff Engineer opening that looks"
        " like a perfect match for your background. Interested? If so, just send over your"
        " resume.\n\nJo, Recruiter",
        "Hi Ada,\n\nthe portfolio link in your signature gives me a 404 - could you send another"
        " one?\n\nKai",
        "Hola Ada,\n\nel enlace a tu portafolio no funciona. ¿Me mandas otro?\n\nKai",
        "Hi Ada,\n\nI like to know a bit about someone before I chat. Could you send a few lines"
        " about your background?\n\nKai",
    ],
)
def test_a_request_of_the_users_first_is_other_and_sure(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.OTHER
    assert verdict.certain, doubt_codes(verdict)


def test_the_senders_own_broken_link_is_no_request() -> None:
    verdict = _read(
        "Ada, sorry, my booking link is broken. Thursday 10am works, see you then.\n\nKai"
    )
    assert verdict.intent is Intent.ACCEPT


@pytest.mark.parametrize(
    "body",
    [
        "ada, bad timing - we're launching in three weeks and i'm underwater. can we pick this up"
        " once things calm down?\n\nkai",
        "Ada, our release is due December 1 and I'm buried. Let's revisit once the dust"
        " settles.\n\nKai",
        "Ada, nous lançons le 1er décembre et je suis débordé. Reparlons-en quand les choses se"
        " calmeront.\n\nKai",
    ],
)
def test_the_day_of_a_launch_is_no_return_date(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DEFER
    assert verdict.return_date is None


@pytest.mark.parametrize(
    ("body", "back"),
    [
        ("Ada, swamped - try me again in three weeks.\n\nKai", date(2028, 12, 5)),
        ("Ada, after the launch on December 1 ping me again.\n\nKai", date(2028, 12, 1)),
        ("Ada, heads-down until December 1, ping me again then.\n\nKai", date(2028, 12, 2)),
    ],
)
def test_a_day_to_come_back_is_still_the_return(body: str, back: date) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DEFER
    assert verdict.return_date == back
