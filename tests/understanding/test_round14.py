"""Round 14: a preference for saying no is a no (a reschedule word inside it moves nothing),
"talk to Sophie instead" with no address is a referral, "two questions first" is asked before
a yes, one clock named twice ("Toronto, ON (Eastern time)") is the user's zone, Canada's and
New Zealand's clocks by name, "I already have something" is a conflict, and a bare Portuguese
"segunda" before a time is Monday. Sentences of our own.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict, understand
from workflows.understanding.times import named_zone, read_times

_TORONTO = ZoneInfo("America/Toronto")
# The user offers two times in prose and signs with the city and the zone's name.
_QUOTE = (
    "\n\nOn Mon, Dec 7, 2026 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Some times that work for me: Wednesday December 9 at 3pm or Thursday December 10\n"
    "> at 4pm. Happy to fit around you.\n>\n> Ada Obi\n> Toronto, ON (Eastern time)\n"
)
_DATE = "Mon, 07 Dec 2026 10:00:00 +0000"
_WED = datetime(2026, 12, 9, 15, 0, tzinfo=_TORONTO)
_THU = datetime(2026, 12, 10, 16, 0, tzinfo=_TORONTO)


def _read(body: str, quote: str = _QUOTE, *, date: str = _DATE) -> Verdict:
    return read_reply(body, tz=_TORONTO, date=date, quote=quote)


@pytest.mark.parametrize(
    "body",
    [
        "Mijn agenda zit vol. Ik zeg je liever meteen nee dan dat ik het blijf verschuiven "
        "en uitstellen. Succes!",
        "I'm swamped until autumn, so I'd rather just say no now than keep postponing you.",
        "Mein Kalender ist voll, daher sage ich Ihnen lieber gleich nein, statt es immer "
        "wieder zu verschieben.",
        "Mon agenda est plein : je préfère vous dire non maintenant plutôt que de reporter "
        "à l'infini.",
    ],
)
def test_a_preference_for_saying_no_is_a_decline(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DECLINE
    assert verdict.proposed_times == ()


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # Near misses: no preference for saying no, or a reschedule outside the no.
        ("I can't say no to a fellow accountant! Thursday at 4pm works.", Intent.ACCEPT),
        ("Could we postpone our chat to next week? Something came up.", Intent.RESCHEDULE),
    ],
)
def test_saying_no_without_a_preference_is_no_decline(body: str, intent: Intent) -> None:
    assert _read(body).intent is intent


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Je ne suis pas la bonne personne. Écrivez plutôt à Marc Dubois chez Ubisoft.",
         "Marc Dubois"),
        ("Ich bin nicht der Richtige. Sprechen Sie lieber mit Jonas Weber bei der Sparkasse.",
         "Jonas Weber"),
        ("No soy la persona indicada; habla mejor con Lucía Gómez en BBVA.", "Lucía Gómez"),
        ("Not my area, honestly. Talk instead to Priya Shah at our Leeds office.", "Priya Shah"),
    ],
)  # fmt: skip
def test_talk_to_someone_instead_with_no_address_is_a_referral(body: str, name: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert [(r.name, r.email) for r in verdict.referrals] == [(name, None)]


def test_talk_to_a_role_instead_names_no_one() -> None:
    # Near miss: "your manager" is no one the reader can name, so no certain referral.
    verdict = _read("Je ne suis pas la bonne personne. Parlez plutôt à votre manager.")
    assert not (verdict.certain and verdict.intent is Intent.REFERRAL)


@pytest.mark.parametrize(
    "body",
    [
        "Sure, but a couple of questions first: are you after analytics or platform work? "
        "And would you move?",
        "Avec plaisir, mais deux questions d'abord : vous visez quel poste ? Et quelle ville ?",
        "Gern, aber zwei Fragen vorab: Welche Rolle suchen Sie? Und in welcher Stadt?",
        "Claro, mas duas perguntas antes: que cargo procura? E em que cidade?",
    ],
)
def test_a_yes_with_questions_asked_first_is_no_accept(body: str) -> None:
    assert _read(body).intent is Intent.OTHER


def test_a_yes_that_offers_to_answer_questions_is_still_a_yes() -> None:
    # Near miss: questions the user may ask later, nothing asked first.
    verdict = _read("Happy to answer any questions you have. Thursday at 4pm works!")
    assert verdict.intent is Intent.ACCEPT
    assert [w.start for w in verdict.proposed_times] == [_THU]


@pytest.mark.parametrize(
    "text",
    [
        "Ada Obi\nToronto, ON (Eastern time)",
        "I'm in Montreal - all times Eastern.",
        "Based in Boston, times below in New York time.",
    ],
)
def test_one_clock_named_twice_is_one_zone(text: str) -> None:
    found = named_zone(text)
    assert found is not None
    assert datetime(2027, 7, 1, 12, tzinfo=UTC).astimezone(found).utcoffset() == timedelta(hours=-4)


def test_two_clocks_are_no_one_zone() -> None:
    # Near miss: Toronto and Pacific keep different clocks.
    assert named_zone("I'm in Toronto; my manager is on Pacific time.") is None


def test_your_time_is_placed_by_the_users_city_and_zone_name() -> None:
    verdict = _read("Thursday at 4pm your time works for me.")
    assert verdict.intent is Intent.ACCEPT
    assert [w.start for w in verdict.proposed_times] == [_THU]
    assert "user_zone_unplaced" not in {d.code for d in verdict.doubts}


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("I'm in Halifax (Atlantic time).", "America/Halifax"),
        ("Calgary time for everything below.", "America/Edmonton"),
        ("All times NZ time.", "Pacific/Auckland"),
    ],
)
def test_canadian_and_new_zealand_clocks_by_name(text: str, zone: str) -> None:
    assert named_zone(text) == ZoneInfo(zone)


_REF = datetime(2026, 12, 7, 10, 0, tzinfo=_TORONTO)


def _offered(text: str) -> list[datetime]:
    reading = read_times(text, _REF, _TORONTO, timedelta(minutes=30), user_tz=_TORONTO)
    return [w.start for w in reading.proposed]


@pytest.mark.parametrize(
    "text",
    [
        "Tuesday afternoon I already have something. Wednesday at 3pm works.",
        "Terça à tarde já tenho compromisso. Quarta às 15h funciona.",
        "El martes por la tarde ya tengo planes. El miércoles a las 15h me va bien.",
        "Dinsdagmiddag heb ik al iets staan. Woensdag om 15 uur past.",
    ],
)
def test_a_time_already_taken_is_no_offer(text: str) -> None:
    assert _offered(text) == [datetime(2026, 12, 9, 15, 0, tzinfo=_TORONTO)]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Segunda às 13h funciona bem pra mim.", datetime(2026, 12, 14, 13, 0, tzinfo=_TORONTO)),
        ("Posso segunda, dia 14, às 9h.", datetime(2026, 12, 14, 9, 0, tzinfo=_TORONTO)),
        ("Segunda ou quarta às 10h?", datetime(2026, 12, 14, 10, 0, tzinfo=_TORONTO)),
    ],
)
def test_a_bare_segunda_before_a_time_is_monday(text: str, start: datetime) -> None:
    assert _offered(text)[0] == start


def test_a_bare_segunda_before_a_noun_is_second() -> None:
    # Near miss: "a segunda opção" is the second option, no Monday.
    assert _offered("A segunda opção funciona. Obrigado!") == []


@pytest.mark.parametrize(
    "body",
    [
        "Between the team and the kids I've had to stop taking one-off calls with strangers.",
        "I no longer accept cold coffee chats, sorry - it's a rule I keep for my own sanity.",
        "I quit doing networking calls last year. Best of luck!",
    ],
)
def test_no_longer_taking_a_kind_of_call_is_a_decline(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DECLINE
    assert verdict.certain


def test_stopping_calls_at_an_hour_is_no_decline() -> None:
    # Near miss: the end of a working day, then a yes to the Thursday offer.
    verdict = _read("I stop taking calls at 5, so Thursday at 4pm works!")
    assert verdict.intent is not Intent.DECLINE


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Thursday works for me - I'll send an invite.", _THU),
        ("Wednesday is great. I will send a calendar invite shortly.", _WED),
        ("Thursday suits me; we'll send an invite from our side.", _THU),
    ],
)
def test_a_day_picked_with_an_invite_to_follow_picks_that_days_offer(
    body: str, start: datetime
) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.ACCEPT
    assert [w.start for w in verdict.proposed_times] == [start]


def test_an_invite_to_follow_with_no_day_picks_nothing() -> None:
    # Near miss: the invite may be for either time.
    verdict = _read("Sounds good, I'll send an invite.")
    assert verdict.proposed_times == ()


@pytest.mark.parametrize(
    "body",
    [
        "I'm not close enough to the work. Two people who'd be great: Ravi Menon "
        "(ravi@example.com), who runs ingestion, or Hannah Cole on our platform team.",
        "Not my field. Folks that would be good to talk to: Ravi Menon (ravi@example.com) "
        "and Hannah Cole in risk.",
        "I'm the wrong person. Colleagues who'd be ideal: Ravi Menon (ravi@example.com) or "
        "Hannah Cole.",
    ],
)
def test_a_list_of_people_after_a_colon_are_referrals(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.REFERRAL
    assert [(r.name, r.email) for r in verdict.referrals] == [
        ("Ravi Menon", "ravi@example.com"),
        ("Hannah Cole", None),
    ]


def test_people_who_would_be_great_with_no_list_name_no_one() -> None:
    # Near miss: no colon, no names: nobody to refer to.
    verdict = _read("People who'd be great at this are hard to find. Thursday at 4pm works.")
    assert verdict.referrals == ()


# A time offered in the sender's own zone (Zurich), then the same time on another day.
_ZURICH = ZoneInfo("Europe/Zurich")


@pytest.mark.parametrize(
    "body",
    [
        "Passt Ihnen Donnerstag, 10. Dezember, 17:00 Uhr (Schweizer Zeit)? Alternativ ginge "
        "die gleiche Uhrzeit am Freitag.",
        "Vous convient-il jeudi 10 décembre à 17h (heure de Paris) ? Sinon le même horaire "
        "vendredi.",
        "¿Te va el jueves 10 de diciembre a las 17:00 (hora de Madrid)? Si no, el mismo "
        "horario el viernes.",
    ],
)
def test_the_same_time_on_another_day_is_a_second_offer(body: str) -> None:
    verdict = _read(body, date="Mon, 07 Dec 2026 10:00:00 +0100")
    starts = [w.start.astimezone(_ZURICH) for w in verdict.proposed_times]
    assert [(s.day, s.hour) for s in starts] == [(10, 17), (11, 17)]


def test_the_same_time_with_nothing_before_it_is_doubted() -> None:
    # Near miss: no time before "die gleiche Zeit" to repeat.
    verdict = _read("Die gleiche Zeit am Freitag wäre möglich.")
    assert not verdict.certain


@pytest.mark.parametrize(
    "footer",
    [
        "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige "
        "Adressat sind, informieren Sie bitte den Absender.",
        "Ce message peut contenir des informations confidentielles. Si vous n'êtes pas le bon "
        "destinataire, malheureusement il faut le supprimer.",
        "Dit e-mailbericht kan vertrouwelijke informatie bevatten. Helaas kunnen wij geen "
        "aansprakelijkheid aanvaarden.",
    ],
)
def test_a_legal_footer_says_no_no(footer: str) -> None:
    verdict = _read(f"Thursday at 4pm works for me.\n\nKai\n\n{footer}")
    assert verdict.intent is Intent.ACCEPT
    assert [w.start for w in verdict.proposed_times] == [_THU]
    assert verdict.certain


def test_a_no_in_the_sender_s_own_words_still_counts() -> None:
    # Near miss: the refusal is the sender's, above any footer.
    verdict = _read("Leider bin ich nicht der Richtige dafür.\n\nKai")
    assert verdict.intent is Intent.DECLINE


def _invitation(body: str) -> Verdict:
    # A calendar REQUEST with no thread quoted: only the words say whose time it is.
    ics = (
        "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:chat-14@example.com\nSEQUENCE:0\n"
        "DTSTART:20261211T170000Z\nDURATION:PT30M\nSUMMARY:Coffee chat\nEND:VEVENT\n"
        "END:VCALENDAR"
    )
    raw = (
        "From: Kai Berg <kai@example.com>\nTo: Ada Obi <ada@example.com>\n"
        f"Subject: Invitation: chat\nDate: {_DATE}\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b14"\n\n'
        f"--b14\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
        f"--b14\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n{ics}\n--b14--\n"
    )
    return understand(raw.encode(), tz=_TORONTO, meeting_length=timedelta(minutes=30))


@pytest.mark.parametrize(
    "body",
    [
        "Couldn't make the 9th or 10th work - this is the one gap I have.",
        "Can't make Wednesday or Thursday work, sorry. Sent this instead.",
        "This is the only slot I could find this week.",
    ],
)
def test_an_invitation_whose_words_turn_down_the_users_days_is_an_offer(body: str) -> None:
    verdict = _invitation(body)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert [w.start for w in verdict.proposed_times] == [datetime(2026, 12, 11, 17, tzinfo=UTC)]
    assert verdict.certain


def test_an_invitation_with_no_words_on_whose_time_stays_doubted() -> None:
    # Near miss: nothing says whether this is one of the user's times.
    verdict = _invitation("Invitation attached.")
    assert not verdict.certain


@pytest.mark.parametrize(
    "text",
    [
        "Wednesday at 3pm works. Tuesday afternoon I'm flying so that one's out.",
        "Tuesday afternoon I'm on a plane. Wednesday at 3pm works.",
        "Wednesday at 3pm is good; Tuesday at 2pm, that one's out for me.",
    ],
)
def test_a_time_the_sender_is_away_for_is_no_offer(text: str) -> None:
    assert _offered(text) == [datetime(2026, 12, 9, 15, 0, tzinfo=_TORONTO)]


def test_a_flight_for_the_user_is_still_an_offer() -> None:
    # Near miss: "flying" about someone else's trip; the time stays an offer.
    assert _offered("My team is flying in Tuesday, so Tuesday at 2pm works well.") == [
        datetime(2026, 12, 8, 14, 0, tzinfo=_TORONTO)
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Sono in trasferta e non riesco a prendere impegni. Torno giovedì 17 dicembre: "
        "scrivimi allora.",
        "Je suis en déplacement et je ne peux pas m'engager. De retour le 17 décembre, "
        "écrivez-moi à ce moment-là.",
        "I'm travelling and can't commit to anything. Back on December 17 - email me then.",
    ],
)
def test_write_to_me_once_back_is_a_defer(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DEFER
    assert verdict.certain


def test_write_to_me_then_about_a_time_offered_is_no_defer() -> None:
    # Near miss: "then" is the Thursday offer, not a later time.
    verdict = _read("Thursday at 4pm works - message me then if anything changes.")
    assert verdict.intent is not Intent.DEFER
