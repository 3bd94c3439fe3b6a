"""Round 57 on replies_blind57 (intent): a question back about the address, an inclusive defer.

- "who gave you this address? … happy to help if youre legit but want to know how you got it
  first" (blind57 x03): the yes hangs on who the user is and how they came by the address; the
  sender asks first, `other` (it was read as a certain accept). So are "where did you get my
  email?", "is this a sales pitch?", "wer hat Ihnen meine Adresse gegeben?" and their kin in
  the seven languages. A yes that picks one of the user's times and asks the same in passing
  ("Tue 9 Oct 11am is fine. Who gave you my number btw?") stays the pick; a yes whose time
  holds only under the answer ("If genuine, Tuesday at 11") is no pick.
- "Ich bin ab morgen bis einschließlich 19. Oktober auf\\nDienstreise … Melden Sie sich doch
  gern danach noch einmal" (blind57 f02): "doch" between "melden Sie sich" and "danach" hid
  the defer, and the hard wrap between "auf" and "Dienstreise" made "ab morgen" the day back.
  A defer to the day after the last day away (2029-10-20), as "through / bis einschließlich /
  jusqu'au … inclus / hasta el … inclusive / fino al … compreso / até … inclusive / t/m" say
  in the seven languages (the Dutch "t/m" was read as the last day itself).

Left in doubt by design: blind57 a06 (Japanese) and o03 (Indonesian), unknown_language.

Every reply is written on Wednesday 3 October 2029 under the user's three offers on Perth's
clock (Tue 9 Oct 11:00, Thu 11 Oct 15:30, Mon 15 Oct 10:00); starts are on that clock.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import (
    assert_near_miss_safe,
    assert_read_right,
    doubt_codes,
    local_starts,
    pinned,
    read_reply,
)
from workflows.stages import Intent
from workflows.understanding import Verdict

A, N, F, OTH, AWAY = (
    Intent.ACCEPT,
    Intent.DECLINE,
    Intent.DEFER,
    Intent.OTHER,
    Intent.OUT_OF_OFFICE,
)
PERTH = ZoneInfo("Australia/Perth")
DATE = "Wed, 03 Oct 2029 15:40:00 +0200"
OFFERS = (
    "\n\nOn Wed, 3 Oct 2029 at 03:10, Ada Obi <ada@example.com> wrote:\n"
    "> Would any of these suit? All Perth time (AWST):\n> - Tue 9 Oct, 11:00am\n"
    "> - Thu 11 Oct, 3:30pm\n> - Mon 15 Oct, 10:00am\n"
)
TUE_11 = [datetime(2029, 10, 9, 11, 0)]
THU_1530 = [datetime(2029, 10, 11, 15, 30)]


def _read(body: str) -> Verdict:
    return read_reply(body, tz=PERTH, date=DATE, quote=OFFERS)


# The sender asks how the user came by the address, who the user is, or what the user is
# after, and answers nothing yet: a certain `other` with no time.
ASKS_BACK = [
    "who passed on this address?? i dont hand it out. glad to help if youre legit but tell me "
    "where it came from first\n\nM\n\nSent from my iPhone\n",
    "Where did you get my email address from? It isn't listed anywhere.\n",
    "Who shared my details with you? I don't recall giving them out.\n",
    "Is this a sales pitch? I get a lot of these.\n",
    "Are you selling something? If not, happy to talk.\n",
    "Happy to chat! Out of curiosity, who passed on my address?\n",
    "How did you find me? Happy to help where I can.\n",
    "Wer hat Ihnen meine E-Mail-Adresse gegeben? Die steht nirgends öffentlich.\n",
    "Woher haben Sie meine Adresse? Bevor ich zusage, wüsste ich das gern.\n",
    "Qui vous a donné mon adresse ? Je ne la communique jamais.\n",
    "¿Quién te dio mi correo? No suelo compartirlo.\n",
    "Chi ti ha dato il mio indirizzo? Non è pubblico.\n",
    "Quem te deu o meu email? Não costumo partilhá-lo.\n",
    "Hoe kom je aan mijn e-mailadres? Dat staat nergens online.\n",
]


@pytest.mark.parametrize("body", ASKS_BACK)
def test_question_back_about_the_address_is_no_yes(body: str) -> None:
    assert_read_right(_read(body), PERTH, OTH, [])


# Near misses: a pick beside the same question in passing is the pick; a time that holds only
# under the answer is no pick (safe: in doubt, or `other` with no window); a no beside it
# stays a no; "Thursday works" to two Thursdays stays in doubt.
NEAR_ASKS_BACK = [
    ("Tue 9 Oct 11am is fine. Who gave you my number btw? You can call me on it.\n", A, TUE_11),
    (
        "Happy to help - Thursday 11 Oct at 3:30pm works. Curious how you found me, LinkedIn?\n",
        A,
        THU_1530,
    ),
    ("Not interested, sorry. Who gave you my email anyway?\n", N, []),
]


@pytest.mark.parametrize(("body", "intent", "starts"), NEAR_ASKS_BACK)
def test_pick_or_no_beside_the_question_stands(
    body: str, intent: Intent, starts: list[datetime]
) -> None:
    assert_read_right(_read(body), PERTH, intent, starts)


@pytest.mark.parametrize(
    "body",
    [
        "Is this a sales pitch or a genuine question about the move? If genuine, happy to chat "
        "Tuesday 9 Oct at 11.\n",
        "Happy to help if you're legit - Tue 9 Oct 11am works.\n",
    ],
)
def test_time_under_the_answer_is_no_pick(body: str) -> None:
    assert_near_miss_safe(_read(body), PERTH, OTH)


def test_two_thursdays_beside_the_question_stay_in_doubt() -> None:
    quote = OFFERS.replace("Mon 15 Oct, 10:00am", "Thu 18 Oct, 10:00am")
    verdict = read_reply(
        "Happy to chat, Thursday works. btw who passed on my address?\n",
        tz=PERTH,
        date=DATE,
        quote=quote,
    )
    assert not verdict.certain, (verdict.intent, local_starts(verdict, PERTH))
    assert doubt_codes(verdict)


# Away until a last day named inclusive, and "write again after": a defer, back the day after.
DEFERS = [
    "Liebe Frau Obi,\n\nich bin ab übermorgen bis einschließlich 19. Oktober auf\n"
    "Geschäftsreise in Peru und komme kaum zum Lesen. Schreiben Sie mir doch gern danach,\n"
    "dann klappt es bestimmt.\n\nViele Grüße\nKai Berg\n",
    "Ich bin bis einschließlich 19. Oktober im Urlaub. Melden Sie sich bitte danach noch einmal.\n",
    "I'm travelling through October 19 inclusive and can't do calls before then. Get in "
    "touch after that and we'll find a time.\n",
    "I'm on the road up to and including 19 October - ping me again after that?\n",
    "Je suis en déplacement jusqu'au 19 octobre inclus. Recontactez-moi après, on trouvera un "
    "créneau.\n",
    "Estoy de viaje hasta el 19 de octubre inclusive. Escríbeme después y buscamos un hueco.\n",
    "Sono in trasferta fino al 19 ottobre compreso. Scrivimi dopo e troviamo un momento.\n",
    "Estou em viagem até dia 19 de outubro inclusive. Escreva-me depois e marcamos.\n",
    "Estou fora até 19 de outubro, inclusive. Fale comigo depois disso.\n",
    "Ik ben t/m 19 oktober op reis. Stuur me daarna een berichtje, dan plannen we iets.\n",
    "Ik ben tot en met vrijdag 19 oktober op reis. Mail me daarna gerust opnieuw.\n",
]


@pytest.mark.parametrize("body", DEFERS)
def test_inclusive_last_day_defers_to_the_day_after(body: str) -> None:
    verdict = _read(body)
    assert_read_right(verdict, PERTH, F, [])
    assert verdict.return_date == date(2029, 10, 20)


# Near misses: a time taken inside the absence is the answer; a no beside the absence is no
# defer (safe: in doubt); "depois das 15h" is a time of the day, no defer.
NEAR_DEFERS = [
    (
        "Bis einschließlich 19. Oktober bin ich auf Dienstreise. Am Dienstag, 9. Oktober um 11 "
        "Uhr Ihrer Zeit ginge aber ein kurzes Telefonat.\n",
        A,
        TUE_11,
    ),
    (
        "Je suis en congé jusqu'au 19 octobre inclus, mais mardi 9 à 11h heure de Perth je peux "
        "prendre 20 minutes.\n",
        A,
        TUE_11,
    ),
]


@pytest.mark.parametrize(("body", "intent", "starts"), NEAR_DEFERS)
def test_time_taken_inside_the_absence_is_the_answer(
    body: str, intent: Intent, starts: list[datetime]
) -> None:
    assert_read_right(_read(body), PERTH, intent, starts)


@pytest.mark.parametrize(
    ("body", "intent"),
    pinned(
        [
            (
                "Ich bin bis einschließlich 19. Oktober auf Dienstreise und nehme keine "
                "solchen Gespräche mehr an.\n",
                N,
            ),
            (
                "Ich bin bis einschließlich 19. Oktober auf Dienstreise und nehme "
                "grundsätzlich keine solchen Gespräche an.\n",
                N,
            ),
        ],
        {
            "Ich bin bis einschließlich 19. Oktober auf Dienstreise und nehme "
            "grundsätzlich keine solchen Gespräche an.\n": "the no by habit is known only "
            'with "mehr": a certain out-of-office',
        },
    ),
)
def test_no_beside_the_absence_is_no_defer(body: str, intent: Intent) -> None:
    assert_near_miss_safe(_read(body), PERTH, intent)
    assert _read(body).intent is not F


def test_depois_das_is_a_time_not_a_defer() -> None:
    verdict = _read("Terça 9 de outubro, fale comigo depois das 11h (hora de Perth).\n")
    assert verdict.intent is not F
