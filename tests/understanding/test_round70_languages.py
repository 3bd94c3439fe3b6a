"""Round 70, part W: replies in languages beyond the seven the reader knows.

The reader names Catalan, Polish, Czech, Slovak, Swedish, Danish, Norwegian, Finnish, Romanian,
Hungarian, Turkish, Indonesian/Malay, Tagalog, Vietnamese, Russian, Ukrainian, Greek and Hebrew,
and in them takes only what needs no time grammar, said plainly: an unhedged no, the chat put off
to a named month (its first day), a colleague named with an address that is theirs, a question
that asks for no time. A hedged no, a "not now but later", a time offered or asked, a yes beside
a referral, a month in the middle or at the end, all stay in doubt.

Every reply is written on Monday 12 June 2028 (Berlin), under the user's two offers (Wednesday
14 June 10:00 and Thursday 15 June 15:00, Berlin time). Rows are ours, in our own words.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from tests.understanding.reply import doubt_codes, read_reply
from workflows.people import Referral
from workflows.stages import Intent
from workflows.understanding.language import OTHER, language_of, reads

N, F, REF, OTH = Intent.DECLINE, Intent.DEFER, Intent.REFERRAL, Intent.OTHER

ZONE = ZoneInfo("Europe/Berlin")
WHEN = "Mon, 12 Jun 2028 09:10:00 +0200"
QUOTE = (
    "\n\nOn Sun, Jun 11, 2028 at 8:00 PM Ada Obi <ada@example.com> wrote:\n"
    "> Hi Kai, would Wednesday 14 June at 10am or Thursday 15 June at 3pm (Berlin time)\n"
    "> suit you for a 20-minute chat?\n"
)
# The line over the quote, worded as a Polish mail program words it.
QUOTE_PL = (
    "\n\nW dniu nd., 11.06.2028 o 20:00 Ada Obi <ada@example.com> napisał(a):\n"
    "> Hi Kai, would Wednesday 14 June at 10am or Thursday 15 June at 3pm (Berlin time)\n"
    "> suit you for a 20-minute chat?\n"
)

# body, intent, return date, referral
SURE: list[tuple[str, Intent, date | None, Referral | None]] = [
    # Declines, one or two per language.
    (
        "Dzień dobry,\n\ndziękuję za maila. Niestety nie dam rady, mam teraz za dużo pracy w"
        " firmie. Powodzenia!\n\nPozdrawiam,\nKasia",
        N,
        None,
        None,
    ),
    (
        "Cześć,\n\ndzięki za wiadomość, ale nie mam czasu na takie rozmowy. Trzymam kciuki!"
        "\n\nTomek",
        N,
        None,
        None,
    ),
    (
        "Dobrý den,\n\nděkuji za e-mail. Bohužel nemám čas na další schůzky, mám toho moc."
        " Hodně štěstí!\n\nS pozdravem\nJana",
        N,
        None,
        None,
    ),
    (
        "Dobrý deň,\n\nďakujem za správu. Žiaľ, nemám čas na takéto rozhovory. Veľa šťastia!"
        "\n\nS pozdravom\nMartin",
        N,
        None,
        None,
    ),
    (
        "Hej!\n\nTack för att du hörde av dig. Tyvärr har jag inte tid för sådana samtal, det är"
        " mycket på jobbet. Lycka till!\n\nHälsningar\nAnna",
        N,
        None,
        None,
    ),
    (
        "Hej,\n\ntak for din mail. Jeg har desværre ikke tid til den slags møder lige nu. Held og"
        " lykke!\n\nMvh\nMads",
        N,
        None,
        None,
    ),
    (
        "Hei,\n\ntakk for meldingen. Dessverre har jeg ikke kapasitet til dette, så jeg må si nei."
        " Lykke til!\n\nHilsen\nOla",
        N,
        None,
        None,
    ),
    (
        "Hei,\n\nkiitos viestistä. Valitettavasti en ehdi mukaan tällaisiin keskusteluihin."
        " Onnea matkaan!\n\nTerveisin\nLeena",
        N,
        None,
        None,
    ),
    (
        "Bună ziua,\n\nmulțumesc pentru mesaj. Din păcate nu am timp pentru astfel de discuții."
        " Mult succes!\n\nCu stimă,\nAndrei",
        N,
        None,
        None,
    ),
    (
        "Szia,\n\nköszönöm a levelet. Sajnos nincs időm ilyen beszélgetésekre. Sok sikert!"
        "\n\nÜdv,\nPéter",
        N,
        None,
        None,
    ),
    (
        "Merhaba,\n\nmesajın için teşekkür ederim. Maalesef bu tür görüşmeler için vaktim yok."
        " Başarılar dilerim!\n\nSaygılarımla,\nAyşe",
        N,
        None,
        None,
    ),
    (
        "Halo,\n\nterima kasih atas emailnya. Mohon maaf, saya tidak bisa meluangkan waktu untuk"
        " obrolan seperti ini. Semoga sukses!\n\nSalam,\nBudi",
        N,
        None,
        None,
    ),
    (
        "Hi!\n\nSalamat sa message mo. Pasensya na, hindi ako available para sa ganitong usapan."
        " Good luck!\n\nIngat,\nJoy",
        N,
        None,
        None,
    ),
    (
        "Chào anh,\n\ncảm ơn anh đã liên hệ. Rất tiếc là em không có thời gian cho cuộc trò"
        " chuyện này. Chúc anh thành công!\n\nEm Hoa",
        N,
        None,
        None,
    ),
    (
        "Hola,\n\nmoltes gràcies pel correu. Malauradament no tinc temps per a aquest tipus de"
        " trucades. Molta sort!\n\nSalutacions,\nMarta",
        N,
        None,
        None,
    ),
    (
        "Здравствуйте,\n\nспасибо за письмо. К сожалению, я не смогу найти время для такого"
        " разговора. Удачи!\n\nС уважением,\nОльга",
        N,
        None,
        None,
    ),
    (
        "Добрий день,\n\nдякую за лист. На жаль, не маю часу на такі розмови. Успіхів!"
        "\n\nЗ повагою,\nОксана",
        N,
        None,
        None,
    ),
    (
        "Καλησπέρα,\n\nευχαριστώ για το μήνυμα. Δυστυχώς δεν έχω χρόνο για τέτοιες συζητήσεις."
        " Καλή επιτυχία!\n\nΦιλικά,\nΝίκος",
        N,
        None,
        None,
    ),
    ("שלום,\n\nתודה על ההודעה. לצערי אין לי זמן לשיחות כאלה. בהצלחה!\n\nדנה", N, None, None),
    # Put off to a named month: its first day, the next time it comes.
    (
        "Hei,\n\nnyt on tosi kiireistä. Palataan asiaan tammikuun alussa, niin sovitaan sitten."
        "\n\nTerveisin\nLeena",
        F,
        date(2029, 1, 1),
        None,
    ),
    (
        "Cześć,\n\nteraz mam urwanie głowy. Odezwę się na początku września i wtedy coś ustalimy."
        "\n\nTomek",
        F,
        date(2028, 9, 1),
        None,
    ),
    (
        "Hej,\n\njust nu hinner jag inte. Hör av dig i början av augusti så tar vi det då!\n\nAnna",
        F,
        date(2028, 8, 1),
        None,
    ),
    (
        "Halo,\n\nbulan ini saya sedang sibuk sekali. Hubungi saya lagi awal Agustus ya, nanti"
        " kita atur waktunya.\n\nSalam,\nBudi",
        F,
        date(2028, 8, 1),
        None,
    ),
    (
        "Dobrý den,\n\nteď to nestíhám. Ozvu se začátkem října, pak se domluvíme.\n\nJana",
        F,
        date(2028, 10, 1),
        None,
    ),
    # A colleague named with an address that is theirs.
    (
        "Dzień dobry,\n\nnie zajmuję się już tym obszarem. Proszę napisać do mojej koleżanki, Ewa"
        " Kowalska (ewa.kowalska@firma.example), ona zna ten temat najlepiej.\n\nKasia",
        REF,
        None,
        Referral("Ewa Kowalska", "ewa.kowalska@firma.example"),
    ),
    (
        "Hej!\n\nJag jobbar inte längre med det här. Kontakta min kollega Erik Holm"
        " (erik.holm@bolag.example) i stället.\n\nHälsningar\nAnna",
        REF,
        None,
        Referral("Erik Holm", "erik.holm@bolag.example"),
    ),
    (
        "Halo,\n\nsaya sudah pindah ke tim lain. Silakan hubungi Rina Wulandari"
        " (rina.wulandari@contoh.example), beliau yang sekarang memegang program itu."
        "\n\nSalam\nBudi",
        REF,
        None,
        Referral("Rina Wulandari", "rina.wulandari@contoh.example"),
    ),
    (
        "Hei,\n\nen enää vastaa näistä asioista. Ota yhteyttä kollegaani Mikko Virtanen"
        " (mikko.virtanen@yritys.example).\n\nTerveisin\nLeena",
        REF,
        None,
        Referral("Mikko Virtanen", "mikko.virtanen@yritys.example"),
    ),
    # A question that asks for no time.
    (
        "Cześć,\n\ndzięki za wiadomość! Czy możesz mi przesłać swoje CV? Chcę zobaczyć, czym się"
        " zajmujesz.\n\nTomek",
        OTH,
        None,
        None,
    ),
    (
        "Hej,\n\ntack för mejlet. Vad är det du vill veta mer exakt om mitt jobb?\n\nAnna",
        OTH,
        None,
        None,
    ),
    (
        "Halo,\n\nterima kasih. Boleh ceritakan dulu sedikit tentang latar belakang Anda?"
        "\n\nSalam\nBudi",
        OTH,
        None,
        None,
    ),
    (
        "Hei,\n\nkiitos viestistä! Mistä aiheista haluaisit erityisesti jutella?\n\nLeena",
        OTH,
        None,
        None,
    ),
]

# Near misses: a careful reader would not be sure of these, so they stay in doubt.
NEAR_MISSES = [
    # Hedged noes, and noes that leave a later open.
    "Niestety chyba nie dam rady, ale jeszcze zobaczę.\n\nTomek",
    "Niestety teraz nie mam czasu, ale odezwij się po wakacjach.\n\nTomek",
    "Tyvärr har jag inte tid just nu, kanske senare i höst.\n\nAnna",
    "Valitettavasti en ehkä ehdi, katsotaan myöhemmin.\n\nLeena",
    "Bohužel teď ne, ale ozvěte se mi příští měsíc.\n\nJana",
    "Din păcate nu pot acum, poate luna viitoare.\n\nAndrei",
    "К сожалению, сейчас не смогу, но давайте созвонимся через месяц.\n\nОльга",
    "לצערי לא עכשיו, אולי בהמשך הקיץ.\n\nדנה",
    # A time offered, turned down for one day, or asked for.
    "Dzięki! Pasuje mi środa o dziesiątej, do zobaczenia.\n\nTomek",
    "Hej! Torsdag klockan tio passar mig bra.\n\nAnna",
    "Desværre ikke denne uge, men næste uge kan jeg godt.\n\nMads",
    "Díky, hodí se mi čtvrtek ve tři odpoledne.\n\nJana",
    "Maalesef bu hafta olmaz ama gelecek hafta olabilir.\n\nAyşe",
    "Maaf, saya tidak bisa minggu ini, mungkin minggu depan.\n\nBudi",
    "Rất tiếc tuần này em bận, tuần sau được không ạ?\n\nHoa",
    "Δυστυχώς δεν μπορώ αυτή την εβδομάδα, ίσως την επόμενη.\n\nΝίκος",
    "Czy możemy pogadać w czwartek po południu?\n\nTomek",
    # (Catalan's "Dimecres a les 9:30 em va perfecte" is read since round 71, as its English is:
    # test_round71_languages.)
    "Kiitos! Torstaina kello kymmenen sopii minulle hyvin.\n\nLeena",
    # Put off, but to no plain day: mid-month, the month now, two months.
    "Palataan asiaan marraskuun puolivälissä, nyt on kiire.\n\nLeena",
    "Palataan asiaan kesäkuussa, jos ehdin.\n\nLeena",
    "Odezwę się we wrześniu albo w październiku, zobaczymy.\n\nTomek",
    # Pointed elsewhere with no address, someone else's address, or beside a yes.
    "Napisz do mojej koleżanki Ewy, ona wie na ten temat więcej.\n\nKasia",
    "Proszę napisać do Ewa Kowalska, kontakt: biuro@firma.example\n\nKasia",
    "Gärna! Men prata också med min kollega Erik Holm (erik.holm@bolag.example).\n\nAnna",
    # Thanks that says nothing yet, and a yes in a script the reader does not name.
    "Dziękuję bardzo za wiadomość, przeczytam to na spokojnie w domu.\n\nKasia",
    "मंगलवार शाम चार बजे ठीक रहेगा, धन्यवाद।\n\nराहुल",
]


@pytest.mark.parametrize(("body", "intent", "back", "person"), SURE)
def test_plain_reply_is_read_right(
    body: str, intent: Intent, back: date | None, person: Referral | None
) -> None:
    for quote in (QUOTE, QUOTE_PL):
        verdict = read_reply(body, tz=ZONE, date=WHEN, quote=quote)
        assert verdict.certain, (verdict.intent, doubt_codes(verdict))
        assert verdict.intent is intent
        assert not verdict.proposed_times
        assert verdict.return_date == back
        assert verdict.referrals == ((person,) if person is not None else ())


@pytest.mark.parametrize("body", NEAR_MISSES)
def test_near_miss_stays_in_doubt(body: str) -> None:
    verdict = read_reply(body, tz=ZONE, date=WHEN, quote=QUOTE)
    assert not verdict.certain, (verdict.intent, verdict.return_date)


# The user's confirmation of Wednesday: a no under it may call the meeting off, not turn it down.
AGREED = (
    "\n\nOn Sun, Jun 11, 2028 at 8:00 PM Ada Obi <ada@example.com> wrote:\n"
    "> Great, Wednesday 14 June at 10am (Berlin time) it is. Talk then!\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "Dzień dobry,\n\nniestety nie dam rady, coś mi wypadło. Przepraszam!\n\nKasia",
        "Hej,\n\ntyvärr har jag inte möjlighet längre, förlåt.\n\nAnna",
    ],
)
def test_no_under_an_agreed_meeting_stays_in_doubt(body: str) -> None:
    verdict = read_reply(body, tz=ZONE, date=WHEN, quote=AGREED)
    assert not verdict.certain, (verdict.intent, doubt_codes(verdict))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Niestety nie mam teraz czasu, powodzenia w poszukiwaniach pracy.", "pl"),
        ("Bohužel teď nemám čas, přeji hodně štěstí s hledáním.", "cs"),
        ("Tyvärr har jag inte tid just nu, lycka till med sökandet.", "sv"),
        ("Jeg har desværre ikke tid lige nu, held og lykke med det.", "da"),
        ("Valitettavasti minulla ei ole nyt aikaa, onnea matkaan.", "fi"),
        ("Din păcate nu am timp acum pentru o discuție, mult succes.", "ro"),
        ("Sajnos most nincs időm, sok sikert a kereséshez.", "hu"),
        ("Maalesef şu an hiç vaktim yok, kolay gelsin ve başarılar.", "tr"),
        ("Maaf, saya tidak bisa sekarang, semoga sukses dengan pencariannya.", "id"),
        ("Salamat sa message mo, pero hindi ako pwede ngayon.", "tl"),
        ("Rất tiếc là em không có thời gian, chúc chị may mắn.", "vi"),
        ("Moltes gràcies, però ara mateix no tinc temps per fer-ho.", "ca"),
        ("К сожалению, сейчас у меня нет времени, удачи в поисках.", "ru"),
        ("На жаль, зараз у мене немає часу, успіхів у пошуках.", "uk"),
        ("Δυστυχώς δεν έχω χρόνο αυτή την περίοδο, καλή επιτυχία.", "el"),
        ("לצערי אין לי זמן כרגע, בהצלחה בחיפושים.", "he"),
    ],
)
def test_other_languages_are_named(text: str, code: str) -> None:
    assert language_of(text) == code
    assert code in OTHER


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for reaching out, I'm afraid I have no time for calls right now.",
        "Lo siento, ahora mismo no tengo tiempo para una llamada, suerte.",
        "Leider habe ich derzeit keine Zeit für ein Gespräch, viel Erfolg.",
        "Helaas heb ik momenteel geen tijd voor een gesprek, succes ermee.",
    ],
)
def test_the_seven_stay_known(text: str) -> None:
    assert language_of(text) not in OTHER
    assert reads(text)
