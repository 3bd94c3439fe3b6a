"""Round 73, part W: short replies in Latvian, Lithuanian, Estonian, Finnish, Arabic and Urdu.

Sentences of our own. Each language gets the plain readings ``otherlanguages`` gives the
others beyond the seven (a no, a "write to me in <month>"), and Latvian, whose day and month
names the time grammar now reads, a pick of one offered slot its own words bear out. Each has
near misses that must stay in doubt: a question, a condition, a maybe, a no that points to a
colleague, a "later" with no month or with the month only bounded ("after May").
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, local_starts, read_reply
from workflows.stages import Intent

RIGA = ZoneInfo("Europe/Riga")
KARACHI = ZoneInfo("Asia/Karachi")
WRITTEN = "Mon, 17 Mar 2031 12:00:00 +0200"
OFFERS = (
    "\n\nOn Mon, 17 Mar 2031 at 09:00, Ada Obi <ada@example.com> wrote:\n"
    "> Would one of these suit you (Riga time)?\n"
    ">  - Tuesday 18 March, 14:00\n"
    ">  - Thursday 20 March, 10:00\n"
    ">  - Friday 21 March, 15:30\n"
)
THURSDAY_10 = [datetime(2031, 3, 20, 10, 0)]

# Latvian: a yes that names one of the offers by its day and date, or by day and hour.
LATVIAN_PICKS = [
    "Labdien, Ada!\n\nCeturtdiena, 20. marts, plkst. 10:00 man der. Tiekamies Zoom.\n\nJānis\n",
    "Sveika!\n\nPaldies par ziņu. Ceturtdien plkst. 10:00 man der labi, ja gribi – "
    "varam arī pie kafijas.\n\nLīga\n",
]
# Latvian near misses: a question, a condition, a maybe, a no to the time, another time
# beside it.
LATVIAN_DOUBTS = [
    "Labdien!\n\nVai ceturtdien plkst. 10:00 jums vēl der?\n\nJānis\n",
    "Labdien!\n\nCeturtdien plkst. 10:00 man der, ja būšu atgriezies no Tallinas.\n\nJānis\n",
    "Sveika!\n\nVarbūt ceturtdien plkst. 10:00 man der, to vēl precizēšu.\n\nLīga\n",
    "Labdien!\n\nCeturtdien plkst. 10:00 man diemžēl neder, paldies par sapratni.\n\nJānis\n",
    "Labdien!\n\nCeturtdien plkst. 10:00 man der, citādi piektdien plkst. 15:30.\n\nJānis\n",
]


@pytest.mark.parametrize("body", LATVIAN_PICKS)
def test_latvian_pick_of_one_offer_is_read(body: str) -> None:
    verdict = read_reply(body, tz=RIGA, date=WRITTEN, quote=OFFERS)
    assert verdict.intent is Intent.ACCEPT
    assert local_starts(verdict, RIGA) == THURSDAY_10
    assert not verdict.doubts


@pytest.mark.parametrize("body", LATVIAN_DOUBTS)
def test_latvian_near_misses_stay_in_doubt(body: str) -> None:
    verdict = read_reply(body, tz=RIGA, date=WRITTEN, quote=OFFERS)
    assert verdict.doubts


# A no, a "write to me in <month>": (body, intent, return date), all written on 17 March 2031.
PLAIN = [
    # Latvian
    (
        "Labdien, Ada!\n\nPaldies par uzmanību, bet diemžēl man nav laika šādām sarunām. "
        "Veiksmi!\n\nJānis\n",
        Intent.DECLINE,
        None,
    ),
    (
        "Sveika!\n\nŠobrīd ir ļoti daudz darba. Lūdzu, uzrakstiet man maijā, un "
        "sarunāsim laiku.\n\nLīga\n",
        Intent.DEFER,
        date(2031, 5, 1),
    ),
    # Lithuanian
    (
        "Laba diena,\n\načiū už laišką, bet deja negaliu skirti laiko tokiems pokalbiams. "
        "Sėkmės!\n\nRūta\n",
        Intent.DECLINE,
        None,
    ),
    (
        "Laba diena,\n\nkovas man labai užimtas. Parašykite man birželį ir būtinai "
        "rasime laiko pokalbiui.\n\nPagarbiai\nTomas\n",
        Intent.DEFER,
        date(2031, 6, 1),
    ),
    # Estonian
    (
        "Tere, Ada!\n\nAitäh kirja eest. Kahjuks ma ei saa selliseid vestlusi pidada, "
        "sest töö on liiga palju.\n\nKati\n",
        Intent.DECLINE,
        None,
    ),
    (
        "Tere!\n\nAitäh kirja eest. Praegu on mul väga kiire, kirjutage mulle mais "
        "uuesti.\n\nMart\n",
        Intent.DEFER,
        date(2031, 5, 1),
    ),
    # Finnish
    (
        "Hei Ada,\n\nkiitos viestistä. Valitettavasti en ehdi tällaisiin keskusteluihin "
        "ollenkaan.\n\nTerveisin\nMikko\n",
        Intent.DECLINE,
        None,
    ),
    # Arabic
    (
        "الأستاذة آدا،\n\nشكراً جزيلاً على رسالتك. للأسف لا أستطيع المشاركة في مثل هذه "
        "المحادثات بسبب التزامات العمل. بالتوفيق.\n\nخالد\n",
        Intent.DECLINE,
        None,
    ),
    (
        "أهلاً آدا،\n\nشكراً على رسالتك. راسليني في يونيو ونرتب موعداً.\n\nسارة\n",
        Intent.DEFER,
        date(2031, 6, 1),
    ),
    # Urdu
    (
        "آدا صاحبہ،\n\nآپ کے پیغام کا شکریہ۔ معذرت، میں اس طرح کی کال نہیں کر سکتا۔ "
        "آپ کے لیے نیک خواہشات۔\n\nبلال\n",
        Intent.DECLINE,
        None,
    ),
    (
        "آدا صاحبہ،\n\nشکریہ۔ یہ مہینہ بہت مصروف ہے، مئی میں بات کرتے ہیں۔\n\nفرحان\n",
        Intent.DEFER,
        date(2031, 5, 1),
    ),
]


@pytest.mark.parametrize(("body", "intent", "back"), PLAIN)
def test_plain_no_or_put_off_is_read(body: str, intent: Intent, back: date | None) -> None:
    verdict = read_reply(body, tz=RIGA, date=WRITTEN, quote=OFFERS)
    assert (verdict.intent, verdict.return_date, doubt_codes(verdict)) == (intent, back, [])
    assert not verdict.proposed_times


# Near misses in each: a question, a condition, a maybe, a no that points elsewhere, a "later"
# with no month, a month only bounded ("after", "until"), a number.
DOUBTED = [
    # Latvian: a maybe beside the no; a no that sends to a colleague; "after May".
    "Labdien!\n\nDiemžēl nevaru, varbūt vēlāk.\n\nJānis\n",
    "Labdien!\n\nDiemžēl nevaru, sazinieties ar manu kolēģi Pēteri.\n\nJānis\n",
    "Sveika!\n\nUzrakstiet man pēc maija, tad sarunāsim.\n\nLīga\n",
    "Sveika!\n\nVai varam runāt maijā?\n\nLīga\n",
    # Lithuanian: a condition; a question; a colleague; a month's end.
    "Laba diena,\n\njei nespėsiu, parašykite man gegužę.\n\nRūta\n",
    "Laba diena,\n\nar galėtumėte parašyti man gegužę?\n\nRūta\n",
    "Laba diena,\n\ndeja negaliu, kreipkitės į mano kolegę Ievą.\n\nRūta\n",
    "Laba diena,\n\nparašykite man gegužės pabaigoje.\n\nRūta\n",
    # Estonian: a maybe; "after May"; a question.
    "Tere!\n\nKahjuks ma ei saa, võib-olla hiljem.\n\nKati\n",
    "Tere!\n\nKirjutage mulle pärast maid, siis räägime.\n\nMart\n",
    # Six words, one French ('mais'), two Estonian: no cue of the seven holds (round 76 D).
    "Tere!\n\nKas saaksime mais rääkida?\n\nMart\n",
    # Finnish: after June (read before as a return on 1 June).
    "Hei Ada,\n\nkiitos viestistä. Palataan asiaan kesäkuun jälkeen, nyt on kiire.\n\n"
    "Terveisin\nMikko\n",
    # Arabic: a later; a question; a colleague; a condition; after May.
    "أهلاً آدا،\n\nلا أستطيع الآن، ربما لاحقاً.\n\nخالد\n",
    "أهلاً آدا،\n\nهل يمكننا التحدث في مايو؟\n\nخالد\n",
    "أهلاً آدا،\n\nللأسف لا أستطيع، تواصلي مع زميلي أحمد.\n\nخالد\n",
    "أهلاً آدا،\n\nإذا لم أكن مسافراً، راسليني في مايو.\n\nخالد\n",
    "أهلاً آدا،\n\nراسليني بعد مايو ونتحدث.\n\nخالد\n",
    # Urdu: a maybe; a question; a date with a number; after December.
    "آدا صاحبہ،\n\nشاید ابھی ممکن نہیں، بعد میں دیکھتے ہیں۔\n\nبلال\n",
    "آدا صاحبہ،\n\nکیا ہم مئی میں بات کر سکتے ہیں؟\n\nبلال\n",
    "آدا صاحبہ،\n\nمیں 30 اپریل تک مصروف ہوں، مئی میں بات کرتے ہیں۔\n\nبلال\n",
    "آدا صاحبہ،\n\nدسمبر کے بعد بات کرتے ہیں۔\n\nبلال\n",
]


@pytest.mark.parametrize("body", DOUBTED)
def test_less_plain_stays_in_doubt(body: str) -> None:
    verdict = read_reply(body, tz=RIGA, date=WRITTEN, quote=OFFERS)
    assert verdict.doubts


# Persian shares Arabic's script but not its words: it is no language the reader names.
def test_persian_is_not_read_as_arabic() -> None:
    body = "سلام آدا،\n\nمتاسفانه نمی‌توانم در این گفتگو شرکت کنم. موفق باشید.\n\nعلی\n"
    verdict = read_reply(body, tz=KARACHI, date=WRITTEN, quote=OFFERS)
    assert "unknown_language" in doubt_codes(verdict)
