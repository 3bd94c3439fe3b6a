"""Precision hunt 5: what a reply asks for beyond the time, read certain but wrong.

The hour an absence or a busy spell ends ("back Monday 3/20 at 9am but buried", "je suis pris
jusqu'à vendredi 17h") read as an offer; an invitation at the user's time beside words that
offer another or say no; "early next month?" read as a question to answer; the sender's own
assistant copied in to find a time read as someone to talk to instead; leave to move the chat
("no worries if you need to move it") read as a reschedule; a yes on condition that the time
moves; a bare hour a day's pick is moved to ("if Thursday could be 2 instead"); a yes held
until the sender knows more; a meeting of the sender's own named by its hour ("provided my 8:30
ends on time"); "push this to the week of the 27th" with nothing agreed; and a time waiting on
a question ("before we lock in Thursday at 1:30 - what's the context?"). Sentences of our own,
each cause with near misses.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, raw_reply, read_reply
from workflows.stages import Intent
from workflows.understanding import Verdict, understand

_NEW_YORK = ZoneInfo("America/New_York")
_DATE = "Tue, 14 Mar 2028 10:00:00 -0400"
# The user, in New York, offers Wednesday 15 March at 9:00 and Thursday 16 March at 13:30.
_OFFERS = (
    "\n\nOn Mon, Mar 13, 2028 at 8:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai, could we talk for 30 minutes? Either of these would suit me:\n>\n"
    "> - Wednesday, March 15 at 9:00 am\n> - Thursday, March 16 at 1:30 pm\n>\n"
    "> (both Eastern time)\n>\n> Ada\n"
)
_WED_9 = datetime(2028, 3, 15, 9, 0)
_THU_1330 = datetime(2028, 3, 16, 13, 30)
_CC_DANA = "Cc: Dana Reyes <dana@example.com>\n"


def _read(body: str, headers: str = "") -> Verdict:
    return read_reply(body, tz=_NEW_YORK, date=_DATE, quote=_OFFERS, headers=headers)


def _with_invite(body: str, start_utc: str) -> Verdict:
    """``body`` beside a calendar REQUEST for 30 minutes from ``start_utc``."""
    ics = (
        "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:hunt5@example.com\nSEQUENCE:0\n"
        f"DTSTART:{start_utc}\nDURATION:PT30M\nSUMMARY:Chat\nEND:VEVENT\nEND:VCALENDAR"
    )
    parts = (
        f"--b5\nContent-Type: text/plain; charset=utf-8\n\n{body}{_OFFERS}\n"
        f"--b5\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n{ics}\n--b5--\n"
    )
    raw = raw_reply(parts, date=_DATE, content_type='multipart/mixed; boundary="b5"')
    return understand(raw, tz=_NEW_YORK, meeting_length=timedelta(minutes=30))


@pytest.mark.parametrize(
    "body",
    [
        "I'm back on Monday 3/20 at 9am but buried - let's talk in April.",
        "Back in the office on Monday 3/20 at 8am, but that week is packed. Ping me in April.",
        "I return on 3/20 at 8am, but I'll be catching up all week - ping me later in the month.",
        "Heads-down until our launch on 3/24 at 5pm. Let's talk after that.",
        "I'm heads-down until the release on Friday at 5pm - try me the week after.",
        "Je rentre lundi 20 à 9h mais la semaine sera chargée ; recontactez-moi en avril.",
        "Je suis pris jusqu'à vendredi 17h ; recontactez-moi la semaine suivante.",
        "Vuelvo el lunes 20 a las 9 pero esa semana estoy a tope. Escríbeme en abril.",
        "Hasta el viernes a las 17h estoy a tope; escríbeme la semana que viene.",
        "Ich bin Montag, 20.3. um 9 Uhr zurück, aber die Woche ist voll. Melde dich im April.",
        "Volto segunda, dia 20, às 9h, mas a semana está cheia. Me procure em abril.",
        "Ik ben maandag 20 maart om 9 uur terug, maar die week zit vol. Mail me in april.",
        "I'll be back in the office on 3/27 at 9. Reach out then?",
        "Off until Monday the 27th at 9am. Talk after that?",
        "Je serai de retour le lundi 27 à 9h ; écrivez-moi à ce moment-là.",
        "Estaré de vuelta el lunes 27 a las 9; escríbeme entonces.",
        "Ab Montag, 27.3. um 9 Uhr bin ich wieder im Büro, schreib mir dann.",
        "Estarei de volta segunda, dia 27, às 9h; me escreva então.",
        "Ik ben maandag 27 maart om 9 uur weer terug; mail me dan.",
        "I land back in NYC Wednesday at 10 and the rest of that week is chaos. Ping me the week"
        " of the 27th?",
        "Offline from tomorrow until Monday 3/27 at 8am. Reach out after that and we'll find time.",
    ],
)
def test_the_hour_an_absence_ends_is_no_offer(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DEFER
    assert verdict.proposed_times == ()
    assert verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "Away until Monday at 9; I'll reach out with times then.",
        "Kai's assistant here - he's out until Monday the 20th at 9am and will get back to you.",
        "Things calm down after our offsite on the 23rd at 3pm; let's talk then.",
        "Not this week - the quarter closes Friday at 5. Next month is better.",
        "Bis Freitag um 17 Uhr bin ich voll eingespannt, melde dich nächste Woche wieder.",
        "Rientro lunedì 20 alle 9 ma quella settimana sono sommerso. Riscrivimi ad aprile.",
        "Happy to, once my report is done on the 24th at 5. How about the week after?",
        "We're closing the quarter on the 31st at noon; after that I'm all yours.",
    ],
)
def test_the_end_of_a_busy_spell_is_never_a_certain_offer(body: str) -> None:
    verdict = _read(body)
    assert not (verdict.certain and verdict.proposed_times)


@pytest.mark.parametrize(
    ("body", "intent", "start"),
    [
        # Near misses: a return beside an offer of its own, or as the offer's condition.
        ("I'm back Monday, so Tuesday at 10 works.", Intent.PROPOSE_TIMES,
         datetime(2028, 3, 21, 10, 0)),
        ("Happy to chat once I'm back - Thursday at 1:30 works.", Intent.ACCEPT, _THU_1330),
        ("Je suis de retour lundi, donc mardi à 10h me va.", Intent.PROPOSE_TIMES,
         datetime(2028, 3, 21, 10, 0)),
        ("Ab Montag bin ich zurück; Dienstag um 10 Uhr würde passen.", Intent.PROPOSE_TIMES,
         datetime(2028, 3, 21, 10, 0)),
        ("Vuelvo el lunes, así que el martes a las 10 me va bien.", Intent.PROPOSE_TIMES,
         datetime(2028, 3, 21, 10, 0)),
        ("I'm free Friday from 1 until 3.", Intent.PROPOSE_TIMES, datetime(2028, 3, 17, 13, 0)),
        ("In meetings until 3 on Friday, then free - say 3:30?", Intent.PROPOSE_TIMES,
         datetime(2028, 3, 17, 15, 30)),
        ("Di 21.3. um 9.30 passt mir, da bin ich wieder da.", Intent.PROPOSE_TIMES,
         datetime(2028, 3, 21, 9, 30)),
        ("I'm back from Berlin on Tuesday, can we talk Wednesday at 2pm?", Intent.PROPOSE_TIMES,
         datetime(2028, 3, 15, 14, 0)),
        ("Je rentre de Berlin mardi, on pourrait se parler mercredi à 14h ?",
         Intent.PROPOSE_TIMES, datetime(2028, 3, 15, 14, 0)),
    ],
)  # fmt: skip
def test_a_return_beside_an_offer_keeps_the_offer(
    body: str, intent: Intent, start: datetime
) -> None:
    verdict = _read(body)
    assert verdict.certain
    assert verdict.intent is intent
    assert local_starts(verdict, _NEW_YORK) == [start]


@pytest.mark.parametrize(
    "body",
    [
        "I'm out until Thursday at noon, Friday at 10 works.",
        "Je suis absent jusqu'à jeudi 12h, vendredi 10h me va.",
        "Estoy fuera hasta el jueves a las 12; el viernes a las 10 me va bien.",
        "Ich bin bis Donnerstag 12 Uhr unterwegs, Freitag um 10 Uhr ginge.",
        "Sono fuori fino a giovedì alle 12, venerdì alle 10 andrebbe bene.",
        "Estou fora até quinta às 12h; sexta às 10h funciona.",
        "Ik ben tot donderdag 12 uur weg, vrijdag om 10 uur past.",
    ],
)
def test_an_absence_until_one_day_leaves_the_next_day_on_offer(body: str) -> None:
    verdict = _read(body)
    assert verdict.certain
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _NEW_YORK) == [datetime(2028, 3, 17, 10, 0)]


def test_a_list_of_busy_days_stays_busy() -> None:
    # Near miss: "too" after the next day turns it down as well.
    assert _read("I'm busy Tuesday, Wednesday too.").proposed_times == ()


@pytest.mark.parametrize(
    "body",
    [
        "Ik ben tot de 20e weg, daarna graag.",
        "Ich bin bis zum 20. im Urlaub, danach gerne.",
        "Je suis en congé jusqu'au 20, après avec plaisir.",
        "Estoy fuera hasta el 20, después con gusto.",
        "Sono via fino al 20, poi volentieri.",
    ],
)
def test_gladly_after_an_absence_is_a_defer(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DEFER
    assert verdict.certain


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Wednesday at 9 could work, provided my 8:30 ends on time.", _WED_9),
        ("Yes to Wednesday at 9 - if we can keep it to 15 minutes; I have a 9:30.", _WED_9),
        ("Thursday at 1:30 is fine, though I've got a 12:30 that may run late.", _THU_1330),
        # Near miss: the sender's own meeting named by its hour, in the clause of the pick.
        ("thursday at 1:30 should be ok, might be late if my 1 o'clock runs over", _THU_1330),
    ],
)
def test_a_meeting_of_the_senders_own_named_by_its_hour_is_no_offer(
    body: str, start: datetime
) -> None:
    verdict = _read(body)
    assert verdict.certain
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _NEW_YORK) == [start]


# The user's offered Wednesday at 9 (13:00 UTC) and a Friday 2pm of the sender's (18:00 UTC).
_INVITE_AT_WED_9 = "20280315T130000Z"
_INVITE_AT_FRI_2PM = "20280317T180000Z"


@pytest.mark.parametrize(
    "body",
    [
        "Sent an invite - but could we do Friday at 2pm instead?",
        "Here's an invite for Wednesday, though honestly Friday at 11 would be easier for me.",
        "Invite attached for Wednesday - actually could we make it Monday at 11 instead?",
        "I'll have to decline, sorry - my calendar sent the invite by mistake.",
        "Invitation envoyée, mais pourrait-on plutôt faire vendredi à 14h ?",
        "Einladung ist raus - aber ginge vielleicht auch Freitag um 14 Uhr?",
        "Te mando invitación para el miércoles a las 9, aunque ¿podríamos hacerlo el viernes a"
        " las 14h?",
    ],
)
def test_an_invitation_at_the_users_time_beside_other_words_is_doubted(body: str) -> None:
    verdict = _with_invite(body, _INVITE_AT_WED_9)
    assert "invite_beside_other_words" in doubt_codes(verdict)
    assert not verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "Thanks! I'll pass on the call, but here's an invite to our webinar instead.",
        "I have to decline the chat, but the invite is for our open house instead.",
        "I'll sit this one out; sending an invite to our info session in case it helps.",
    ],
)
def test_an_invitation_beside_an_outright_no_is_doubted(body: str) -> None:
    verdict = _with_invite(body, _INVITE_AT_FRI_2PM)
    assert "invite_beside_other_words" in doubt_codes(verdict)
    assert not verdict.certain


def test_an_invitation_for_the_senders_own_time_after_a_no_to_the_users_is_an_offer() -> None:
    # Near miss: the no is to the user's times, the invitation the counter-offer.
    verdict = _with_invite(
        "Neither works for me, so I've sent an invite for Friday at 2 instead.", _INVITE_AT_FRI_2PM
    )
    assert verdict.certain
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _NEW_YORK) == [datetime(2028, 3, 17, 14, 0)]


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: the words name the event's own time, perhaps in the sender's zone.
        "Sent an invite for Wednesday at 9 (6am Pacific for me).",
        "Wednesday at 9 works - invite sent.",
        "Je vous envoie une invitation pour mercredi 9h.",
    ],
)
def test_an_invitation_whose_words_name_its_own_time_books_it(body: str) -> None:
    verdict = _with_invite(body, _INVITE_AT_WED_9)
    assert verdict.certain
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _NEW_YORK) == [_WED_9]


@pytest.mark.parametrize(
    "body",
    [
        "Can we revisit early next month?",
        "This week is crazy; could we look at early next month instead?",
        "Pourrait-on en reparler début avril, après la clôture du trimestre ?",
        "¿Lo vemos a principios del mes que viene, cuando cierre el trimestre?",
        "Können wir uns Anfang nächsten Monats sprechen, nach dem Quartalsabschluss?",
        "Possiamo risentirci all'inizio del mese prossimo, dopo la chiusura del trimestre?",
        "Podemos falar no início do mês que vem, depois do fechamento do trimestre?",
        "Kunnen we begin volgende maand praten, na de kwartaalafsluiting?",
        "Could we aim for mid-April instead?",
        "Let's try late next month - things will be calmer.",
        "Fin du mois prochain, ce serait mieux pour moi.",
        "Lieber Ende nächsten Monats.",
        "Meglio verso la fine del mese prossimo.",
        "Could we do it in the first week of April instead?",
        "On pourrait se parler la première semaine d'avril ?",
        "¿Podemos hablar la primera semana de abril?",
        "Merci ! Malheureusement ce mois-ci c'est impossible ; réessayez en avril ?",
        "Retentez en avril, ce sera plus calme.",
        "Réessaie en avril ?",
        "Next month would be better - say the second week?",
        "April would be better for me.",
    ],
)
def test_part_of_a_later_month_asked_for_is_a_defer(body: str) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.DEFER
    assert verdict.certain


def test_options_asked_for_a_later_month_are_no_defer() -> None:
    # Near miss: times asked for now, in that span.
    assert _read("Could you send me a few options for early April?").intent is not Intent.DEFER


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Let's talk in early April - maybe Tuesday April 4 at 10am?", datetime(2028, 4, 4, 10, 0)),
        ("Friday April 7 at 10 would be better.", datetime(2028, 4, 7, 10, 0)),
    ],
)
def test_a_time_in_a_later_month_is_an_offer(body: str, start: datetime) -> None:
    verdict = _read(body)
    assert verdict.intent is Intent.PROPOSE_TIMES
    assert local_starts(verdict, _NEW_YORK) == [start]


@pytest.mark.parametrize(
    "body",
    [
        "Cc'ing my assistant Dana to find a time.",
        "Looping in my EA, Dana, who'll set something up.",
        "J'ajoute Dana, mon assistante, en copie pour trouver un créneau.",
        "Pongo en copia a Dana, mi asistente, para cuadrar un hueco.",
        "Ich nehme meine Assistentin Dana in CC, sie findet einen Termin.",
        "Coloco em cópia minha assistente Dana para achar um horário.",
        "Ik zet mijn assistent Dana in cc om een moment te prikken.",
    ],
)
def test_the_senders_own_assistant_copied_in_is_no_referral(body: str) -> None:
    assert _read(body, _CC_DANA).intent is not Intent.REFERRAL


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: a colleague to talk to instead, and a pronoun after "adding".
        "My colleague Dana (cc'd) is better placed to help with this.",
        "I'm not the right person, but Dana is - adding her here.",
        "I'm not the right person for this; adding him here.",
        "Wrong person, sorry! Adding them to this thread.",
    ],
)
def test_someone_copied_in_to_talk_to_instead_is_a_referral(body: str) -> None:
    verdict = _read(body, _CC_DANA)
    assert verdict.intent is Intent.REFERRAL
    assert verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "Thanks! Wednesday at 9 works. No worries if you need to move it.",
        "Feel free to reschedule if needed - Wednesday at 9 works.",
        "Wednesday at 9 works. If you need to reschedule, just let me know.",
        "Sure, Wednesday at 9. Don't hesitate to reschedule if you need to.",
    ],
)
def test_leave_to_move_the_chat_is_no_reschedule(body: str) -> None:
    verdict = _read(body)
    assert verdict.certain
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _NEW_YORK) == [_WED_9]


def test_a_move_the_sender_asks_for_is_still_no_accept() -> None:
    # Near miss: the sender moves the time as soon as it is named.
    verdict = _read("Wednesday at 9 works, but could we move it to 9:30?")
    assert not (verdict.certain and verdict.intent is Intent.ACCEPT)


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("Bedankt voor je bericht, maar ik moet helaas afzeggen. Succes!", Intent.DECLINE),
        ("Ik moet je helaas afzeggen, veel succes.", Intent.DECLINE),
        ("Ik moet deze keer helaas afzeggen.", Intent.DECLINE),
        ("Danke, aber ich muss passen. Alles Gute!", Intent.DECLINE),
        ("Ich muss leider passen.", Intent.DECLINE),
        # Near miss: an appointment named is what is called off.
        ("Ik moet onze afspraak van woensdag helaas afzeggen.", Intent.CANCEL),
    ],
)
def test_a_dutch_or_german_no_with_adverbs_turns_the_user_down(body: str, intent: Intent) -> None:
    assert _read(body).intent is intent


@pytest.mark.parametrize(
    "body",
    [
        "Oui pour jeudi, si on peut décaler à 14h.",
        "Thursday, if we could push to 2pm?",
        "Ja, Donnerstag, wenn wir auf 14 Uhr verschieben können.",
        "Sì per giovedì, se possiamo spostare alle 14.",
        "Ja voor donderdag, als we het naar 14.00 uur kunnen verzetten.",
    ],
)
def test_a_yes_on_condition_the_time_moves_is_doubted(body: str) -> None:
    verdict = _read(body)
    assert "move_as_condition" in doubt_codes(verdict)
    assert not verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "Yes, if Thursday could be 2 instead.",
        "Thursday works if we make it 2 instead.",
        "Thursday is good - could we make it 2?",
        "Yes to Wednesday, if it could be 10 instead.",
    ],
)
def test_a_bare_hour_beside_a_picked_day_is_doubted(body: str) -> None:
    verdict = _read(body)
    assert "pick_beside_other_times" in doubt_codes(verdict)
    assert not verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "Thursday, if 2 works better than 1:30 for you too.",
        "Thursday at 1:30 - or could be 2 if that's easier?",
        "Wednesday works, or make it 10 if you prefer.",
        "Ok, Thursday at 1:30 - unless you can do 2, which would be easier.",
    ],
)
def test_a_bare_hour_after_words_that_change_a_time_is_unread(body: str) -> None:
    verdict = _read(body)
    assert "time_unread" in doubt_codes(verdict)
    assert not verdict.certain


@pytest.mark.parametrize(
    ("body", "start"),
    [
        # Near misses: a length or a lateness, no hour.
        ("Thursday works - can we make it 20 minutes?", _THU_1330),
        ("Wednesday works. I'll be 10 minutes late.", _WED_9),
        ("Thursday at 1:30 works, if you don't mind that I may be a few minutes late.", _THU_1330),
    ],
)
def test_a_length_beside_a_pick_keeps_it(body: str, start: datetime) -> None:
    verdict = _read(body)
    assert verdict.certain
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, _NEW_YORK) == [start]


@pytest.mark.parametrize(
    "body",
    [
        "What is this regarding? Happy to help if I can, but I'd like to know more first.",
        "Glad to chat, but I'd want to understand more first about what you need.",
        "Sure, glad to - I'd just like to understand a bit more first.",
    ],
)
def test_a_yes_held_until_the_sender_knows_more_is_no_accept(body: str) -> None:
    assert _read(body).intent is Intent.OTHER


def test_learning_more_at_the_chat_is_a_yes() -> None:
    # Near miss: the sender looks forward to hearing more when they meet.
    verdict = _read("Happy to chat! I'd love to learn more before we meet, so bring questions.")
    assert verdict.intent is Intent.ACCEPT


@pytest.mark.parametrize(
    "body",
    [
        "Could we push this to the week of the 27th?",
        "Can we push this out until after the quarter closes?",
        "Could we push it to next week?",
    ],
)
def test_a_move_with_nothing_agreed_and_no_new_time_is_doubted(body: str) -> None:
    verdict = _read(body)
    assert "move_without_agreed_time" in doubt_codes(verdict)
    assert not verdict.certain


def test_a_move_of_our_meeting_keeps_the_reschedule() -> None:
    # Near miss: "our chat" is a meeting agreed outside the quoted thread.
    verdict = _read("Apologies - I have to move our chat. Could you suggest other times?")
    assert verdict.intent is Intent.RESCHEDULE
    assert verdict.certain


@pytest.mark.parametrize(
    "body",
    [
        "Before we lock in Thursday at 1:30 - what's the context? Job hunting or curious?",
        "Thursday at 1:30 could work, but before I commit: is this about a job?",
        "Before we book Wednesday at 9, can you tell me what you'd like to cover?",
    ],
)
def test_a_time_waiting_on_a_question_is_doubted(body: str) -> None:
    verdict = _read(body)
    assert "asks_before_booking" in doubt_codes(verdict)
    assert not verdict.certain


def test_a_request_for_the_meeting_itself_keeps_the_pick() -> None:
    # Near miss: something to bring to the chat, not a question before booking it.
    verdict = _read("Thursday at 1:30 works - before we meet, could you send your CV?")
    assert verdict.certain
    assert local_starts(verdict, _NEW_YORK) == [_THU_1330]


def test_news_once_something_is_done_keeps_the_pick() -> None:
    # Near miss: a thing done with no day or clock ends no busy spell.
    verdict = _read("Wednesday at 9 works, and I'll have more news once the review is done.")
    assert verdict.certain
    assert local_starts(verdict, _NEW_YORK) == [_WED_9]


def test_the_week_after_for_a_follow_up_is_no_defer() -> None:
    # Near miss: "the week after" ends no sentence; it is about a later chat.
    assert _read("Thursday works; how about the week after for a follow-up?").intent is not (
        Intent.DEFER
    )
