"""Round 46 on replies_blind46 (intent, referrals and return dates), as families of wordings.

- The user's "Confirming Thursday 12 April at 15:00" (blind46 c03, and the same said in the
  seven languages) settles the thread's one meeting, so a no under it cancels it.
- Asked to write again on a day ("Kindly write to me again on 2nd April", blind46 f05;
  "Riscrivimi dal 2 maggio in poi", f02): a defer, back on that day.
- "Just bump this thread" (blind46 f03), "nudge the email", "move this conversation to …":
  the user is asked to write, no meeting moves.
- "Prova a sentire Luca Romano" (blind46 r05): Italian "sentire", someone to get in touch with.
- "Reach me at kai@newco.com going forward": the sender's own new address (blind46 x05's
  "please use … from now on" stays doubted: the address may be someone else's).
- A named return day wins over the day an absence starts or ends (blind46 o01, o02, f04).

Each table has near misses whose reading stays what it was before the change.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

_TZ = ZoneInfo("Europe/Berlin")
_DATE = "Wed, 11 Apr 2035 18:00:00 +0200"
_ONE = (
    "\n\nOn Mon, Apr 2, 2035 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai,\n>\n> {}\n>\n> Ada\n"
)
_ASK = (
    "\n\nOn Mon, Apr 2, 2035 at 9:00 AM Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai, would you have 20 minutes for a quick chat in the next weeks? Let me know.\n"
    ">\n> Ada\n"
)
_NO = "Sorry, I can't make tomorrow after all, a trip came up."
_AUTO = "Auto-Submitted: auto-replied\n"


def _read(
    body: str, quote: str = _ASK, headers: str = "", when: str = _DATE
) -> tuple[Intent, bool, list[str], date | None]:
    verdict = read_reply(body, tz=_TZ, date=when, quote=quote, headers=headers)
    return verdict.intent, verdict.certain, doubt_codes(verdict), verdict.return_date


@pytest.mark.parametrize(
    ("confirmation", "body"),
    [
        (
            "Confirming Thursday 12 April at 15:00. I'll send a Teams link the day before.",
            "perdona, no puedo mañana, me ha surgido un viaje. Ya te escribo yo.",
        ),
        ("Confirming Thursday 12 April at 15:00.", _NO),
        ("Je vous confirme jeudi 12 avril à 15h.", _NO),
        ("Ich bestätige Donnerstag, 12. April um 15 Uhr.", _NO),
        ("Te confirmo el jueves 12 de abril a las 15:00.", _NO),
        ("Ti confermo giovedì 12 aprile alle 15:00.", _NO),
        ("Ik bevestig donderdag 12 april om 15:00.", _NO),
        ("Confirmo quinta-feira, 12 de abril, às 15h.", _NO),
    ],
)
def test_a_no_under_a_confirmed_meeting_cancels_it(confirmation: str, body: str) -> None:
    assert _read(body, _ONE.format(confirmation)) == (Intent.CANCEL, True, [], None)


@pytest.mark.parametrize(
    "confirmation",
    [
        # Near misses: a question, or an offer with a link promised, settles nothing.
        "Confirming Thursday 12 April at 15:00 works for you?",
        "Just confirming: are you free Thursday 12 April at 15:00?",
        "Would Thursday 12 April at 15:00 work? I'll send a Teams link.",
    ],
)
def test_a_confirmation_asked_settles_nothing(confirmation: str) -> None:
    assert _read(_NO, _ONE.format(confirmation)) == (
        Intent.OTHER,
        False,
        ["no_intent_cue"],
        None,
    )


@pytest.mark.parametrize(
    ("body", "back"),
    [
        (
            "Tied up with closing till 31st. Kindly write to me again on 2nd May and we will "
            "fix something.",
            date(2035, 5, 2),
        ),
        ("Busy until 30 April. Please email me again on 4 May.", date(2035, 5, 4)),
        (
            "Maggio va meglio: riscrivimi dal 2 maggio in poi e troviamo un momento.",
            date(2035, 5, 2),
        ),
        ("Aprile è impossibile. Scrivimi dal 14 maggio, volentieri.", date(2035, 5, 14)),
        ("Sono sotto fino al 30 aprile. Riscrivimi il 3 maggio.", date(2035, 5, 3)),
        ("Schreiben Sie mir am 3. Mai nochmal.", date(2035, 5, 3)),
        ("Mail me op 3 mei opnieuw.", date(2035, 5, 3)),
        # Near miss: already read before.
        ("Escríbeme el 3 de mayo y lo vemos.", date(2035, 5, 3)),
    ],
)
def test_asked_to_write_again_on_a_day_defers_to_it(body: str, back: date) -> None:
    assert _read(body) == (Intent.DEFER, True, [], back)


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: no day to come back on, or something else to write.
        "Riscrivimi il numero di telefono, per favore.",
        "Can you write to me at my work address? It's kai@acme.com.",
    ],
)
def test_write_without_a_day_is_no_defer(body: str) -> None:
    assert _read(body) == (Intent.OTHER, False, ["no_intent_cue"], None)


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        (
            "We're mid-audit. Can we circle back in a few weeks? Just bump this thread.",
            Intent.DEFER,
        ),
        ("Slammed right now - nudge the email again in May?", Intent.DEFER),
        # Read as a certain reschedule before.
        ("Can we move this conversation to WhatsApp?", Intent.OTHER),
        # Near miss: the meeting itself moved.
        ("Could we bump it to next week? Tuesday at 10 works.", Intent.RESCHEDULE),
    ],
)
def test_bumping_the_thread_moves_no_meeting(body: str, intent: Intent) -> None:
    got, certain, doubts, _ = _read(body)
    assert (got, certain, doubts) == (intent, True, [])


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Io mi occupo di finanza. Prova a sentire Luca Romano, lo trovi su LinkedIn.",
            "Luca Romano",
        ),
        (
            "Non è il mio campo: ti consiglio di sentire Giulia Conti, guida le operations.",
            "Giulia Conti",
        ),
        (
            "Non sono la persona giusta, dovresti sentire Marco Bianchi in logistica.",
            "Marco Bianchi",
        ),
    ],
)
def test_sentire_someone_is_a_referral(body: str, name: str) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_ASK)
    assert (verdict.intent, verdict.certain, doubt_codes(verdict)) == (Intent.REFERRAL, True, [])
    assert [(r.name, r.email) for r in verdict.referrals] == [(name, None)]


@pytest.mark.parametrize(
    ("body", "intent", "certain", "starts"),
    [
        # Near misses: "sentire" of no one, or of news.
        (
            "Prova a sentire cosa ne pensa il tuo capo, poi fammi sapere.",
            Intent.OTHER,
            False,
            [],
        ),
        (
            "Mi fa piacere sentire che ti piace il progetto! Giovedì alle 15?",
            Intent.PROPOSE_TIMES,
            True,
            [(12, 15)],
        ),
    ],
)
def test_sentire_no_one_is_no_referral(
    body: str, intent: Intent, certain: bool, starts: list[tuple[int, int]]
) -> None:
    verdict = read_reply(body, tz=_TZ, date=_DATE, quote=_ASK)
    assert (verdict.intent, verdict.certain, verdict.referrals) == (intent, certain, ())
    assert [(s.day, s.hour) for s in local_starts(verdict, _TZ)] == starts


@pytest.mark.parametrize(
    ("body", "certain"),
    [
        ("New job! Reach me at kai@newco.com going forward; I'll reply properly from there.", True),
        ("Leaving Acme on Friday - write to me at kai.berg@gmail.com from now on.", True),
        ("Please email me at kai@home.net instead, this inbox is a mess.", True),
        # Near misses: the address may be someone else's, or no "from now on".
        ("Friday is my last day here, so please use kai.berg@gmail.com from now on.", False),
        ("Please use jo@acme.com from now on, she handles these requests.", False),
        ("Reach me at kai@newco.com and we'll set something up next week.", False),
    ],
)
def test_own_new_address_is_other(body: str, certain: bool) -> None:
    intent, sure, doubts, _ = _read(body)
    assert (intent, sure, doubts) == (Intent.OTHER, certain, [] if certain else ["no_intent_cue"])


_MARCH = "Mon, 19 Mar 2035 08:00:00 +0100"


@pytest.mark.parametrize(
    ("body", "headers", "intent", "back"),
    [
        (
            "I am out of the office from Wednesday 21 March and back on Tuesday 27 March (after "
            "the Easter bank holiday), with limited access to email.",
            _AUTO,
            Intent.OUT_OF_OFFICE,
            date(2035, 3, 27),
        ),
        (
            "Out of office from Thursday 22 March, back on Monday 2 April.",
            _AUTO,
            Intent.OUT_OF_OFFICE,
            date(2035, 4, 2),
        ),
        (
            "Je suis absente jusqu'au vendredi 23 mars inclus. Je vous répondrai dès mon "
            "retour, le lundi 26 mars.",
            _AUTO,
            Intent.OUT_OF_OFFICE,
            date(2035, 3, 26),
        ),
        (
            "Absent jusqu'au 23 mars. À mon retour, le mardi 27 mars, je vous répondrai.",
            _AUTO,
            Intent.OUT_OF_OFFICE,
            date(2035, 3, 27),
        ),
        (
            "Ich bin ab morgen bis einschließlich 23. März im Urlaub. Melden Sie sich gern ab "
            "dem 26. März wieder.",
            "",
            Intent.DEFER,
            date(2035, 3, 26),
        ),
        (
            "Tied up with closing till 31st. Kindly write to me again on 2nd April and we will "
            "fix something.",
            "",
            Intent.DEFER,
            date(2035, 4, 2),
        ),
        # "ab morgen" is when the leave starts (read as the day back before: the "23." ended
        # the sentence that says "im Urlaub").
        (
            "Ich bin ab morgen bis einschließlich 23. März im Urlaub.",
            _AUTO,
            Intent.OUT_OF_OFFICE,
            date(2035, 3, 24),
        ),
        # Near misses: no day named back, so the end of the absence, or the day back alone.
        (
            "Je suis absente jusqu'au vendredi 23 mars inclus.",
            _AUTO,
            Intent.OUT_OF_OFFICE,
            date(2035, 3, 24),
        ),
        (
            "From Monday 26 March I'm back in the office.",
            _AUTO,
            Intent.OUT_OF_OFFICE,
            date(2035, 3, 26),
        ),
        ("I'm away from 21 March to 27 March.", _AUTO, Intent.OUT_OF_OFFICE, date(2035, 3, 28)),
        (
            "Ich bin ab Mittwoch, 21. März im Urlaub und wieder am Dienstag, 3. April im Büro.",
            _AUTO,
            Intent.OUT_OF_OFFICE,
            date(2035, 4, 3),
        ),
    ],
)
def test_a_named_return_day_wins(body: str, headers: str, intent: Intent, back: date) -> None:
    assert _read(body, "", headers, _MARCH) == (intent, True, [], back)
