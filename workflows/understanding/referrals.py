"""People the sender points the user to: names from the text, addresses from text or Cc."""

from __future__ import annotations

import re
from collections.abc import Iterable

from workflows.understanding.intent import (
    ADDING_TO_THREAD,
    ASK_PERSON,
    CONTACT_OP_MET,
    COPIED_IN,
    COUNTED_PEOPLE,
    FAMILY,
    FORWARDED_TO,
    FRIENDS,
    HANDS_ADDRESS,
    HANDS_PERSON,
    HELPERS_LISTED,
    HIT_UP,
    INTRODUCE_VOR,
    INTRODUCE_YOU_TO,
    LEAVES_YOU_TWO,
    MORE_FROM_TALKING,
    PEOPLE_ID_TALK_TO,
    POINT_YOU_TO,
    SENT_BY_ME,
    SIE_TALK_WITH,
    TALK_BETTER_WITH,
    TALK_INSTEAD,
    TALK_TO,
    THE_ONE_IS,
    VERB_AFTER_PERSON,
    WHO_YOU_WANT,
    WORTH_TALKING_TO,
    WRITE_TO_PERSON,
    YOU_WANT_IS,
    unwrapped,
)
from workflows.understanding.language import language_of
from workflows.understanding.message import Address
from workflows.understanding.sentences import sentence_spans
from workflows.understanding.verdict import Referral
from workflows.understanding.vocab import (
    BETTER_CONTACT,
    BETTER_PLACED_THAN_ME,
    EMAIL,
    MONTHS,
    PERSON_TITLE,
    WEEKDAYS,
    folded,
)

# "McAllister", "DeLuca", "O'Brien": a second capital inside a name is still one word.
_NAME_WORD = r"[A-ZÀ-Ý][a-zà-ÿ'’\-]+(?:[A-ZÀ-Ý][a-zà-ÿ'’\-]+)?"
# A particle joins only the first two words: "Joris van Dijk" is a name, while in "Anouk Smit
# van Energiecoöperatie Drenthe" the "van" starts where she works. "María de la Cruz", "Sanne
# van der Berg": a particle of two words.
_NAME = (
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:(?:van|von) der |van den |van de |de la |de los |de las "
    rf"|van |de |von |del |da |dos |das )?{_NAME_WORD}"
    rf"(?:[ \t]+{_NAME_WORD})?)?)"
)
# Case-blind: German nouns are capitalised ("meine Kollegin").
_ROLE_WORDS = (
    # "his colleague Priya Raman": an assistant writes for someone else.
    # "my wife Carla Mendes", "ma sœur Inès Roy": family are sent to as often as colleagues.
    r"(?i:(?:my|our|a|his|her|their)[ \t]+(?:(?:former|old|previous|ex-?)[ \t]*)?"
    # "my partner Rodrigo", "mi socio, Rodrigo Valdez": a business partner, in each language.
    rf"(?:colleague|coworker|co-worker|teammate|manager|boss|peer|business partner|co-?founder"
    rf"|{FRIENDS['en']}"
    rf"|{FAMILY['en']})s?[ \t,]+"
    r"|(?:mon|ma)[ \t]+(?:ancien(?:ne)?[ \t]+)?(?:collègue|manager|associée?"
    rf"|{FRIENDS['fr']}|{FAMILY['fr']})[ \t,]+"
    r"|(?:mi)[ \t]+(?:(?:antigu[oa]|ex)[ \t]+)?(?:colega|compañero|compañera|soci[oa]"
    rf"|{FRIENDS['es']}|{FAMILY['es']})[ \t,]+"
    r"|(?:meine?[nmr]?|unsere?[nmr]?)[ \t]+(?:(?:ehemalige|frühere|alte)[nmr]?[ \t]+)?"
    rf"(?:kollegen|kollegin|kollege|geschäftspartner(?:in)?|partner(?:in)?|mitgründer(?:in)?"
    rf"|{FRIENDS['de']}|{FAMILY['de']})[ \t,]+"
    r"|(?:il[ \t]+mio|la[ \t]+mia|mio|mia)[ \t]+(?:(?:ex|vecchi[oa])[ \t]+)?"
    rf"(?:collega|soci[oa]|{FRIENDS['it']}|{FAMILY['it']})[ \t,]+"
    r"|(?:o[ \t]+meu|a[ \t]+minha|meu|minha)[ \t]+(?:(?:antig[oa]|ex)[ \t-]+)?"
    rf"(?:colega|sóci[oa]|{FRIENDS['pt']}|{FAMILY['pt']})[ \t,]+"
    r"|(?:mijn|onze)[ \t]+(?:(?:oud|ex)-|(?:oude|voormalige)[ \t]+)?(?:collega|compagnon"
    r"|zakenpartner|partner"
    rf"|{FRIENDS['nl']}|{FAMILY['nl']})[ \t,]+)"
)
_ROLE = _ROLE_WORDS + "?"
# Required: "my colleague Sam Ortiz … would be a great person to talk to".
_ROLE_NAME = re.compile(_ROLE_WORDS + _NAME)
_CUE = (
    rf"(?i:{TALK_INSTEAD}|{TALK_BETTER_WITH}|{MORE_FROM_TALKING}|{FORWARDED_TO}|{YOU_WANT_IS}"
    rf"|{HANDS_PERSON}|{TALK_TO}|{ASK_PERSON}"
    r"|reach(?:ing)?[ \t]+out[ \t]+to"
    rf"|{HIT_UP}"
    r"|contact|connect(?:ing)?[ \t]+(?:you[ \t]+)?with|get[ \t]+in[ \t]+touch[ \t]+with"
    # "Try emailing Jordan Blake" ("drop a note to Kelly Ward" is HIT_UP's).
    r"|try[ \t]+(?:emailing|contacting|pinging|reaching[ \t]+out[ \t]+to)"
    # "Look up Dr. Owen Tremblay at UBC": someone to find, named without an address.
    r"|look[ \t]+up|search[ \t]+for|cherchez|busca[ \t]+a|suchen[ \t]+Sie[ \t]+nach|cerca"
    r"|procure[ \t]+(?:a|o|pel[ao])|zoek[ \t]+(?:naar[ \t]+)?"
    r"|introduc(?:e|ing)[ \t]+you[ \t]+to|intro[ \t]+you[ \t]+to"
    r"|put[ \t]+you[ \t]+in[ \t]+touch[ \t]+with"
    r"|(?:I've|I[ \t]+have|I'm|I[ \t]+am)?[ \t]*(?:cc'?d|cc’d|cc'?ing|copied|copying|looped[ \t]+in"
    r"|looping[ \t]+in|added)|loop(?:ing)?[ \t]+in|ask|email|ping|try"
    r"|contacter|parler[ \t]+(?:à|avec)|en[ \t]+(?:relation|contact)[ \t]+avec"
    r"|je[ \t]+mets[ \t]+en[ \t]+copie"
    r"|hablar[ \t]+con|contactar[ \t]+(?:a|con)|en[ \t]+contacto[ \t]+con"
    # "te recomiendo escribirle a Lucía", "scrivere al mio collega Marco": the pronoun or the
    # article joined on.
    r"|escribir(?:le|les)?[ \t]+a"
    # "Scrivi a Giulia Bianchi (…)", "scriva pure alla dottoressa …": the Italian imperative.
    r"|scriv(?:i|a|ete)(?:[ \t]+(?:pure|direttamente|piuttosto))?[ \t]+a(?:l|lla)?"
    # The imperative, to the user: "Mejor habla con Dana", "contactez plutôt Dana Reyes",
    # "schreib lieber Dana".
    r"|habla[ \t]+con|escribe(?:le)?[ \t]+a|contacta[ \t]+(?:a|con)"
    r"|contacte[zr]?(?:[ \t]+(?:plutôt|donc|directement))?|écri(?:s|vez)[ \t]+(?:plutôt[ \t]+)?à"
    r"|schreib(?:en[ \t]+Sie)?(?:[ \t]+(?:lieber|besser|am[ \t]+besten|doch|einfach)){1,2}"
    r"(?:[ \t]+an)?"
    r"|pongo[ \t]+en[ \t]+copia[ \t]+a|hablando[ \t]+con|fal(?:ar|ares|ando|e)[ \t]+com"
    r"|convers(?:ar|ares|ando|e)[ \t]+com|parla(?:re|ndo)?[ \t]+con|spreken[ \t]+met"
    r"|praten[ \t]+met"
    # "praat vooral eens met Joris", "spreek gerust eens met": Dutch puts adverbs before "met".
    r"|(?:praat|spreek)[ \t]+(?:(?:vooral|eens|gerust|zeker|even|dan|ook)[ \t]+){0,3}met"
    # "… met Joost. En misschien ook met Noor El Amrani": a second person, the verb left out,
    # in a sentence of its own ("and also with Acme" mid-sentence is where someone worked).
    r"|(?<=[.;!?][ \t])(?:en|and|und)[ \t]+(?:(?:misschien|maybe|perhaps|vielleicht)[ \t]+)?"
    r"(?:ook|also|auch)[ \t]+(?:met|with|mit)"
    rf"|{CONTACT_OP_MET}|{INTRODUCE_YOU_TO}|{WRITE_TO_PERSON}"
    r"|fal[ae][ \t]+com|(?:contact[ \t]+)?opnemen[ \t]+met|scrivere[ \t]+a(?:l|lla)?|écrire[ \t]+à"
    r"|contattar(?:e|la|lo)|contatta"
    r"|(?:vous[ \t]+|te[ \t]+)?mets[ \t]+en[ \t]+copie"
    rf"|{SIE_TALK_WITH}"
    # "Sprich am besten mit", "wende dich doch an": the same advice to someone the sender calls du.
    r"|sprich[ \t]+(?:(?:am[ \t]+besten|lieber|doch|mal|einfach|gerne?)[ \t]+){0,2}mit"
    r"|wende[ \t]+dich[ \t]+(?:(?:am[ \t]+besten|doch|gerne?|einfach|besser|lieber)[ \t]+){0,2}an"
    r"|melde[ \t]+dich[ \t]+(?:(?:am[ \t]+besten|doch|gerne?|einfach)[ \t]+){0,2}bei"
    r"|wenden[ \t]+Sie[ \t]+sich[ \t]+(?:(?:bitte|gerne|doch|am[ \t]+besten)[ \t]+)?an"
    r"|melden[ \t]+Sie[ \t]+sich[ \t]+(?:bitte[ \t]+|gerne[ \t]+|doch[ \t]+)?bei"
    r"|Kontakt[ \t]+mit|in[ \t]+Kopie[ \t]+gesetzt|setze[ \t]+(?:ich[ \t]+)?"
    # "Two people who'd be great: Ravi Menon (…) or Hannah Cole": a list after a colon.
    r"|(?:people|folks|someone|somebody|person|colleagues?)[ \t]+(?:who|that)(?:'d|’d|[ \t]+would)?"
    # "who'd be far more useful:", "who'd be much more helpful:": how much more, then what.
    r"[ \t]+(?:be[ \t]+)?(?:(?:far|much|way|a[ \t]+lot)[ \t]+)?(?:more[ \t]+)?"
    r"(?:great|good|better|perfect|ideal|useful|helpful|relevant|worth[ \t]+\w+)"
    r"(?:[ \t]+to[ \t]+(?:talk|speak|chat)(?:[ \t]+(?:to|with))?)?[ \t]*:"
    # "better to talk to people who'll still be here: Yael Cohen (…)": the kind of people to
    # talk to, then the names after the colon.
    rf"|(?:{TALK_TO})[ \t]+(?:people|folks|colleagues|someone|somebody)\b[^.:!?\n]{{0,50}}:"
    # "Two people worth a call: …", "folks worth talking to:": the same list, no "who'd be".
    rf"|{WORTH_TALKING_TO}[ \t]*:|(?:{HELPERS_LISTED})[ \t]*:|(?:{PEOPLE_ID_TALK_TO})[ \t]*:"
    rf"|{COUNTED_PEOPLE})"
)
# "Talk to her", "Fale com ela", "parla con lei": a cue pointing back to the person just named.
_SENDS_TO_THEM = re.compile(
    rf"{_CUE}[ \t]+(?i:her|him|them|ela|ele|ella|él|elle|lui|lei|ihr|ihm|haar|hem)\b"
    # "Stuur haar gerust een mailtje", "drop him a line": the user is told to write to them.
    r"|(?i:\b(?:send|drop|shoot) (?:her|him|them) (?:a |an )?(?:quick )?(?:note|e-?mail|message"
    r"|line)|écri(?:vez|s)-lui|escríbele|schreiben Sie (?:ihr|ihm)|scrivile|scrivigli"
    r"|escrev[ae]-lhe|\b(?:stuur|mail|e-?mail) (?:haar|hem)\b)"
    # "Tell her I sent you", "dile que vas de mi parte": sent on to them, in the sender's name.
    rf"|(?i:{SENT_BY_ME})"
)
# A sentence that opens on the person just named.
_THEY = re.compile(r"\s*(?i:she|he|they|elle|il|ella|él|sie|er|lei|lui|ela|ele|zij|ze|hij)\b")
# A sentence that recommends the person its role-introduced name points to.
# "can help you far better", "kan je veel beter helpen": how much, never a "not", may come between.
_DEGREE = (
    r"(?:(?:really|probably|certainly|surely|definitely|much|far|a lot|better|more|bien|mieux"
    r"|sûrement|certainement|mucho|mejor|seguro|sicher|viel|besser|wirklich|bestimmt|molto|meglio"
    r"|sicuramente|muito|melhor|certamente|zeker|veel|beter|wel|echt) )*"
)
_RECOMMENDS = re.compile(
    r"\b(?:would be (?:a |the )?(?:great|good|better|best|perfect|right|ideal)"
    # "he'll be a much better chat than me": the person just named, recommended.
    r"|(?:he|she|they)(?:'ll| will) be (?:a |the )?(?:much |far |way )?(?:better|great|perfect"
    r"|ideal)"
    r"|(?:great|good|better|best|right|ideal) (?:person|contact|fit)|mentors|knows (?:a lot|more"
    r"|far more|much more)|is (?:the|your) (?:go-to|person)|worth (?:talking|reaching|speaking)"
    rf"|can {_DEGREE}help|could {_DEGREE}help|much better placed"
    r"|(?:has|have) offered to (?:speak|talk|chat|meet)"
    # "is great to talk to", "would be really good to speak with": never "great to talk to you".
    r"|(?:is|['’]s|would be|will be) (?:really |so |very )?(?:great|good|lovely|helpful|useful)"
    r" to (?:talk|speak|chat) (?:to|with)(?! (?:you|me|us)\b)"
    rf"|(?:pourra|peut|saura) {_DEGREE}vous {_DEGREE}aider"
    rf"|(?:te |le )?(?:puede|podrá) {_DEGREE}ayudar"
    r"|hilft (?:Ihnen |dir )?(?:aber |sicher |bestimmt |auch )?gern"
    # "My colleagues Ravi Menon and Lena Fischer would be happy to chat".
    r"|would (?:be )?(?:happy|glad|delighted) to (?:chat|talk|speak|help)"
    rf"|kann (?:Ihnen|dir) {_DEGREE}helfen|(?:ti )?(?:può|potrà) {_DEGREE}aiutar"
    # "pode te ajudar": Brazil puts the pronoun after the verb.
    rf"|(?:te )?pode (?:te |lhe )?{_DEGREE}ajudar"
    rf"|kan (?:je|u) {_DEGREE}helpen"
    # "weet mijn collega Sanne (…) hier veel meer van": knows far more of it, the Dutch "knows
    # more", its subject often between the verb and the rest ("weet ik niet meer" is the
    # sender's, and a "not").
    r"|\bweet\b(?:(?!\b(?:niet|geen|ik)\b)[^!?;]){0,120}?\bmeer (?:van|over|af)\b"
    r"|est (?:la|le) mieux placée?|es la persona|ist (?:die|der) richtige|è la persona giusta"
    r"|é a pessoa certa|is de juiste persoon"
    rf"|{BETTER_CONTACT}"
    # "Margaux Briand (…) et Hugo Pelletier (…) sont bien mieux placés que moi": the people just
    # named set above the sender.
    rf"|{BETTER_PLACED_THAN_ME}"
    # Copied in, or introduced ("Lena, meet Jordan!"): the person is being handed the thread.
    r"|\(?(?:cc'?d|cc’d)\b|\(en c\.c\.\)|\(en cc\)|\(in cc\)|, meet (?-i:[A-Z]))",
    re.IGNORECASE,
)
# "falando com a Juliana", "parlare con il Marco": an article before a name in the south.
_ARTICLE = r"(?:(?:a|o|la|il|el)[ \t]+)?"
# "Dr. Owen Tremblay", "Prof. Ana Ruiz": a title before the name is not part of it, nor are
# two ("Frau Dr. Lena Voigt").
_TITLE = rf"(?:{PERSON_TITLE}[ \t]+)*"
# "te recomiendo hablar con dos personas: Andrés Molina, …": how many, before a colon.
_HOW_MANY = COUNTED_PEOPLE
_CUE_NAME = re.compile(
    rf"\b{_CUE}[ \t]+(?:(?i:either|both)[ \t]+|{_HOW_MANY}[ \t]+)?{_ARTICLE}{_ROLE}{_TITLE}{_NAME}"
)
# "I'd point you to two people who did the switch: Sam Ortiz (…) and Lena Fischer": how many,
# and what they did, may come between the cue and the colon before the names.
_POINTED_NAME = re.compile(
    rf"\b(?i:{POINT_YOU_TO})(?:[ \t]+{_HOW_MANY})?[ \t]+{_ARTICLE}{_ROLE}{_TITLE}{_NAME}"
)
# "Two people here made exactly your switch: Omar Haddad (…), and Lisa Tran": the count alone,
# no cue before it, then the people (each named in full or with an address).
_COUNTED_NAME = re.compile(rf"\b{_HOW_MANY}[ \t]+{_ARTICLE}{_ROLE}{_TITLE}{_NAME}")
# "quem pode te ajudar muito mais é a Lara Menezes", "es mi socio, Rodrigo Valdez", "You want
# Ana Sousa (ana@…)": the person named after the words that say who to see (kept only in full or
# with an address).
# "You need Ana Sousa's sign-off" names whose, not whom to see.
_THE_ONE_NAME = re.compile(rf"\b(?i:{THE_ONE_IS})[ \t]+{_ARTICLE}{_ROLE}{_TITLE}{_NAME}")
# "Adding Meera Pillai from our research group": someone put on the thread ("Adding Zoom details"
# puts no one there, so the person must be on the Cc line or written with an address).
_ADDED_NAME = re.compile(rf"\b(?i:{ADDING_TO_THREAD})[ \t]+{_ARTICLE}{_ROLE}{_TITLE}{_NAME}")
# "und eventuell auch mit Lea Sommer", "and maybe also Ben Cole": a hedge before the "also".
_HEDGE = (
    r"(?i:(?:eventuell|vielleicht|evtl\.|maybe|perhaps|possibly|quizás|quizá|tal[ \t]+vez"
    r"|peut-être|forse|talvez|misschien|eventueel)[ \t]+)?"
)
# "… reach out to Sofia Alvarez <…> or Tom Nguyen (…)", "e também com o Rafael Dourado":
# more names in the same sentence.
_ALSO_NAME = re.compile(
    rf"\b(?i:or|and|ou|et|o|y|oder|und|e|en)[ \t]+{_HEDGE}"
    rf"(?i:(?:também|también|aussi|auch|anche|ook|also)[ \t]+)?"
    # "speak to Rahul Mehta (…), who …, and to Ananya Iyer": the cue's "to" said again.
    rf"(?i:(?:com|con|avec|mit|met|with|an|à|to)[ \t]+)?{_ARTICLE}{_ROLE}{_NAME}"
)
# "Ana Ruiz (ana@…), Ben Cole (ben@…) and Chloe Martin (…)": a list's middle names, each with
# its address right after it ("Dana Reyes, Acme Corp's recruiter" names one person).
_COMMA_NAME = re.compile(rf",[ \t]+{_TITLE}{_NAME}")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
# "two people who'd be far better to talk to:" over "- Tom Hughes, …: tom@…" and "- Aisha
# Bello, …": a cue that ends its line, then one person per item of the list below it.
_CUE_OVER_LIST = re.compile(rf"\b{_CUE}[ \t]*:?[ \t]*\n")
_ITEM_NAME = re.compile(rf"\n[ \t]*(?:[-*•]|\d+[.)])[ \t]+{_ARTICLE}{_ROLE}{_TITLE}{_NAME}")
_ITEM_OR_BLANK = re.compile(r"\n[ \t]*(?:[-*•]|\d+[.)])[ \t]+[^\n]*|\n[ \t]*(?=\n)")
# "Jane Doe (jane@acme.com) is the better person", "Jane would be a better fit"
_NAME_THEN_ROLE = re.compile(
    rf"{_NAME}[ \t]*(?:\((?P<paren>[^()\s]{{1,100}}@[^()\s]{{1,200}})\)[ \t]*)?[,]?[ \t]+"
    # "Tomás Rivera on our partnerships team is the better bet": where they sit may come between,
    # and the address after it ("Aoife Kelly on our research team (aoife@…) would be perfect").
    r"(?:(?i:on|in|at|from|of)[ \t]+(?:[\w'’&-]+[ \t]+){0,4}?"
    r"(?:\((?P<paren2>[^()\s]{1,100}@[^()\s]{1,200})\)[ \t]+)?)?"
    r"(?i:is[ \t]+(?:the|a|much)[ \t]+(?:better|right|best)"
    # "would be a far better person": an article, then how much.
    r"|would[ \t]+be[ \t]+(?:a[ \t]+|the[ \t]+)?(?:much[ \t]+|far[ \t]+|way[ \t]+)?"
    r"(?:better|great|right|best|perfect|ideal)"
    r"|is[ \t]+(?:your|the)[ \t]+(?:go-to|person)|knows[ \t]+(?:much[ \t]+|far[ \t]+"
    r"|a[ \t]+lot[ \t]+)?more"
    r"|est[ \t]+(?:la|le)[ \t]+mieux[ \t]+placée?|es[ \t]+la[ \t]+persona|ist[ \t]+(?:die"
    r"|der)[ \t]+richtige"
    # "o Rafael Costa (…) seria a pessoa certa": the conditional recommends as much.
    r"|(?:é|seria)[ \t]+a[ \t]+pessoa[ \t]+certa|(?:è|sarebbe)[ \t]+la[ \t]+persona[ \t]+giusta"
    rf"|{WHO_YOU_WANT})"
)
# "te recomiendo a Lucía Romero, nuestra Head of Product", "I'd recommend Jane Doe
# (jane@…)": a recommended full name followed by who they are or their address ("I recommend
# Product School" is no one; referrals keep only full names from here).
_RECOMMENDED = re.compile(
    r"(?i:recommend|recomiendo|recommande|empfehle|consiglio|recomendo)[ \t]+"
    r"(?:(?i:you|vous|te|Ihnen|dir|ti|lhe)[ \t]+)?"
    rf"{_ARTICLE}{_TITLE}{_NAME}"
    r"(?=[ \t]*(?:,[ \t]+(?i:our|my|nuestra|nuestro|mi|notre|ma|mon|unsere[rm]?|meine[rm]?"
    r"|la[ \t]+nostra|il[ \t]+nostro|mia|mio|a[ \t]+nossa|o[ \t]+nosso|nossa|nosso|minha|meu"
    r"|onze|mijn)\b|\(?<?[\w.+'-]+@))"
)
# "kun je beter met mijn collega Sanne de Vries praten", "am besten mit Anna Roth sprechen":
# Dutch and German put the verb after the person.
_WITH_NAME_THEN_VERB = re.compile(
    rf"\b(?i:met|mit)[ \t]+{_ROLE}{_TITLE}{_NAME}[ \t]+(?i:{VERB_AFTER_PERSON})\b"
)
# "Sprechen Sie doch meinen Kollegen Jan Roth an", "ruf einfach Lea Sommer an": a German
# separable verb splits around the person, its "an" after the name.
_SPLIT_VERB_NAME = re.compile(
    r"\b(?i:(?:sprechen|rufen|schreiben)[ \t]+Sie|sprich|ruf|schreib)[ \t]+"
    r"(?:(?i:doch|gerne?|einfach|am[ \t]+besten|lieber|mal|bitte|ruhig)[ \t]+){0,2}"
    rf"{_ROLE}{_TITLE}{_NAME}[ \t]+an\b"
)
# "ich stelle Ihnen gern Lena Voigt (lena@…) vor": the person between the verb and its "vor".
_INTRODUCED_VOR = re.compile(rf"\b(?i:{INTRODUCE_VOR})[ \t]+{_ROLE}{_TITLE}{_NAME}\b")
# "I've cc'd her here": the people on the Cc line are the referrals.
# Mail clients turn "cc'd" into "cc’d": either apostrophe matches.
_CC_CUE = re.compile(
    rf"\b(?:{COPIED_IN}|em cc|(?:adding|added) (?:her|him|them))\b|\(cc\)|\ben c\.c\.".replace(
        "'", "['’]"
    ),
    re.IGNORECASE,
)
# An address as written in a body (public: the reader finds the user's in the quoted outreach).
# "Hannah Pryce (hannah@…) and Owen Delaney (owen@…) both made the switch. Do mention my
# name.": a full name with its own address beside it, no cue before it; kept only where its
# sentence, or the next, recommends them or sends the user to them.
# A role before the name is not part of it ("Meine Kollegin Sophie Wagner (sophie@…)").
_ADDRESSED_NAME = re.compile(rf"{_ROLE}{_TITLE}{_NAME}[ \t]*[(<](?P<paren>{EMAIL.pattern})[)>]")
_NOT_NAMES = frozenset(
    {
        "i",
        "the",
        "our",
        "my",
        "hr",
        "linkedin",
        "you",
        "him",
        "her",
        "them",
        "me",
        "we",
        "she",
        "he",
    }
    | {"they", "it", "this", "that", "there", "here", "someone", "anyone", "elle", "il", "ella"}
    | {"él", "sie", "er", "es"}
    # "Teams or Google Meet would be better": where a call is held, named like a person.
    | {"zoom", "teams", "meet", "google", "microsoft", "skype", "webex", "whatsapp", "slack"}
    | {"hangouts", "facetime", "signal", "telegram", "calendly", "gmail", "outlook", "jitsi"}
    # "Francesca Greco, in Kopie, ist die richtige Ansprechpartnerin": German capitalises the
    # copy the person is in, which the cue before it reads as a name.
    | {"kopie"}
    | set(WEEKDAYS)
    # "Marco", "Jan": first names far more often than "março" typed without its cedilla or
    # January cut short; "Mei" (Mei Lin Tan) than the Dutch May, which Dutch writes lower-case.
    | (set(MONTHS) - {"marco", "jan", "mei"})
)


# "McKinsey Alumni Network folks", "Product School": a body of people, not a person.
_BODIES = frozenset(
    {"alumni", "network", "school", "university", "college", "institute", "academy", "group"}
    | {"foundation", "association", "society", "labs", "inc", "llc", "ltd", "gmbh", "corp"}
)


_TITLE_WORD = re.compile(PERSON_TITLE)


def _untitled(name: str) -> str:
    """``name`` without the titles before it: "Dr Siti Rahman" is Siti Rahman.

    A pattern without a title of its own ("Siti Rahman would be a better person") or an
    envelope's display name ("Dr Siti Rahman <siti@…>") reads the title as a first name.
    """
    words = name.split()
    while len(words) > 1 and _TITLE_WORD.fullmatch(words[0]):
        words.pop(0)
    return " ".join(words)


def _is_full_name(name: str) -> bool:
    """Two or three capitalised words after any title, none a weekday, month or pronoun."""
    words = _untitled(name).split()
    return 2 <= len(words) <= 3 and not any(w.lower() in _NOT_NAMES for w in words)


# "But Rahul Mehta would be a far better person": a sentence may open on a conjunction.
_OPENERS = frozenset(
    {"but", "and", "also", "maybe", "perhaps", "pero", "mais", "aber", "ma", "mas"}
)
_OPENERS |= {"maar", "et", "und", "en"}
# "Honestly Marcus Lee on my team is the better person", "Otherwise Jane Doe might help": or on
# an adverb that says how the sender means it, with no comma before the name.
_OPENERS |= {"honestly", "frankly", "actually", "otherwise", "really", "definitely", "ideally"}
_OPENERS |= {"personally", "alternatively", "instead", "separately", "though", "however"}


def _clean_name(name: str) -> str | None:
    words = name.split()
    while len(words) > 1 and words[0].lower() in _OPENERS:
        words.pop(0)
    # "an Frau Dr. Lena Voigt" cut short at a title's dot leaves a title alone: no one.
    if all(_TITLE_WORD.fullmatch(w) for w in words):
        return None
    words = _untitled(" ".join(words)).split()
    if any(w.lower() in _BODIES for w in words):
        return None
    while words and words[-1].lower() in _NOT_NAMES:
        words.pop()
    if not words or words[0].lower() in _NOT_NAMES:
        return None
    return " ".join(words)


def _first_of(name: str) -> str:
    """The folded first name of a name as matched, "" for no one."""
    cleaned = _clean_name(name)
    return folded(cleaned.split()[0]) if cleaned else ""


def _email_near(
    text: str, end: int, first: str, others: frozenset[str] = frozenset()
) -> str | None:
    """An address written right after the name, or anywhere with the first name in it.

    An address near the name that opens on another person's first name is that person's.
    """
    # The address must start near the name but may run past that stretch (never cut short).
    near = EMAIL.search(text, end)
    if (
        near is not None
        and near.start() < end + 60
        and re.split(r"[._+-]", near.group(0).lower())[0] not in others - {folded(first)}
    ):
        return near.group(0).lower().rstrip(".")
    for match in EMAIL.finditer(text):
        if match.group(0).lower().startswith(folded(first)):
            return match.group(0).lower().rstrip(".")
    return None


def first_last(display: str) -> str:
    """A display name as a sentence writes it: Outlook's "Reyes, Tomás" is Tomás Reyes.

    Without a title: "Dr Siti Rahman" on the Cc line is Siti Rahman.
    """
    last, comma, first = display.partition(",")
    return _untitled(f"{first.strip()} {last.strip()}" if comma and first.strip() else display)


def _in_cc(name: str, cc: Iterable[Address]) -> Address | None:
    first = name.split()[0].lower()
    for addr in cc:
        # Outlook writes the Cc line "Lee, Marcus"; the sentence says "Marcus Lee".
        display = first_last(addr.name).lower()
        if name.lower() in display or (display and display.split()[0] == first):
            return addr
        if not display and addr.email.split("@")[0].startswith(first):
            return addr
    return None


def _address_after(text: str, found: re.Match[str]) -> bool:
    """An address right after the name ("Rohan (rohan@…)", "Sam <sam@…>")."""
    after = EMAIL.search(text, found.end())
    return after is not None and after.start() <= found.end() + 3


def _named_in_full(text: str, found: re.Match[str]) -> bool:
    """A first and last name, or an address right after the name."""
    return _is_full_name(found["name"]) or _address_after(text, found)


# "Thank you for reaching out to Hélène", "gracias por escribir a Marta": thanks for the user's
# own outreach, to the person the sender answers for, points the user nowhere new.
_THANKS_FOR = re.compile(
    r"(?i:\b(?:thanks|thank[ \t]+you|many[ \t]+thanks|gracias|merci|danke|grazie|obrigad[oa]"
    r"|bedankt|dank[ \t]+(?:je|u))\b[^.!?\n]{0,20}?\b(?:for|por|pour|per|pelo|voor|für)"
    r"(?:[ \t]+(?:having|aver|avoir|haber))?[ \t]+)$"
)


def _thanked_for(text: str, cued: re.Match[str]) -> bool:
    """The cue is what the sender thanks the user for having done."""
    return _THANKS_FOR.search(text, max(0, cued.start() - 60), cued.start()) is not None


# "I'll talk to Dana and get back to you", "let me check with Marco", "je vais en parler avec
# Léa", "voy a hablar con Ana", "vou falar com a Rita": the sender talks to them, not the user.
_SENDER_TALKS = re.compile(
    r"(?i:\b(?:I['’]ll|I[ \t]+will|let[ \t]+me|I[ \t]+(?:need|have|want|got|ought)[ \t]+to"
    r"|I['’]m[ \t]+going[ \t]+to|I[ \t]+must|I[ \t]+should|I['’]d[ \t]+(?:like|need|have)[ \t]+to"
    r"|je[ \t]+vais(?:[ \t]+en)?|je[ \t]+dois(?:[ \t]+en)?|voy[ \t]+a|tengo[ \t]+que"
    r"|vou|preciso|tenho[ \t]+de|tenho[ \t]+que"
    # "I was chatting with Dr Marco Tan about this yesterday": a talk the sender had.
    r"|I[ \t]+was|we[ \t]+were|(?:I|we)(?:['’]ve|[ \t]+have)[ \t]+been)"
    r"(?:[ \t]+(?:first|quickly|just|briefly|d['’]abord|primero|primeiro))?[ \t]+)$"
)
# "I'll ask my wife Carla and get back to you": asking someone is the sender's errand too, and
# so is "I'll contact Rita Sousa on my side", "je vais contacter Léa".
_TALKS = re.compile(
    r"(?i:talk(?:ing)?|speak(?:ing)?|chat(?:ting)?|check|ask|parler|demander|hablar"
    r"|pregunt(?:ar|arle)|fal(?:ar|e)|perguntar|contact|contacter|contactar|e-?mail"
    r"|write[ \t]+to|écrire[ \t]+à|escribir(?:le)?[ \t]+a|reach[ \t]+out)\b"
)


# "Looping in Marco, who'll join us", "cc'ing José so he can join us Friday": someone brought
# into the chat with the sender, not sent on to instead.
_JOINS = re.compile(
    r"(?i:[^.!?\n]{0,40}?\b(?:join(?:s|ing)?[ \t]+(?:us|the[ \t]+call|our[ \t]+call)"
    r"|sit[ \t]+in|nous[ \t]+rejoindr\w*|se[ \t]+joindra|se[ \t]+(?:unirá|sumará)"
    r"|nos[ \t]+acompañará|dabei[ \t]+sein|dazukommen|si[ \t]+unirà|ci[ \t]+raggiungerà"
    r"|(?:se[ \t]+)?juntar(?:á|-se)|schuift[ \t]+aan|sluit[ \t]+aan"
    # "Copiei a Mariana aqui, ela vai participar também": she takes part in the chat.
    r"|vai[ \t]+participar|participará|participera|parteciperà)\b)"
)


def _joins_us(text: str, end: int) -> bool:
    """The person named just before ``end`` comes to the chat with the sender."""
    return _JOINS.match(text, end) is not None


def _sender_talks(text: str, cued: re.Match[str]) -> bool:
    """The cue is the sender's own talk with the person, before answering."""
    return bool(
        _TALKS.match(text, cued.start())
        and _SENDER_TALKS.search(text, max(0, cued.start() - 40), cued.start())
    )


def _listed_after(
    text: str, cued: re.Match[str], spans: list[tuple[int, int]], dutch: bool
) -> list[re.Match[str]]:
    """Further names listed after a cued one in its sentence.

    Each needs an address by it or a first and last name: "or Tuesday",
    "and Acme" are not people, "or Ben Cole" is.
    """
    # A hard wrap inside the sentence ("(address),\nque lidera …, e também com o Rafael") is
    # no end of it.
    # ``spans`` are the text's sentences, found once: per name they made long input quadratic.
    stop = next((b for a, b in spans if a <= cued.end() <= b), len(text))
    listed = [
        also
        for also in _COMMA_NAME.finditer(text, cued.end(), stop)
        if _address_after(text, also) and _is_full_name(also["name"])
    ]
    return listed + [
        also
        for also in _ALSO_NAME.finditer(text, cued.end(), stop)
        if (
            EMAIL.search(text, also.end(), also.end() + 60) is not None
            or _is_full_name(also["name"])
        )
        # Dutch "en" is "and"; in Spanish and French it is "in": "aquí en Nueva York" is a place.
        and (dutch or also.group(0).split()[0].lower() != "en")
    ]


def _items_under(text: str, cue: re.Match[str]) -> list[re.Match[str]]:
    """The people named first in the items of a list right under ``cue``.

    Each needs an address on its item or a first and last name ("- Tuesday
    works too" is no one).
    """
    found = []
    at = cue.end() - 1
    while (item := _ITEM_OR_BLANK.match(text, at)) is not None:
        named = _ITEM_NAME.match(text, at)
        if named is not None and (
            EMAIL.search(text, named.end(), item.end()) or _is_full_name(named["name"])
        ):
            found.append(named)
        at = item.end()
    return found


def _recommended(text: str, found: re.Match[str]) -> bool:
    """A role-introduced name ("my colleague Sam Ortiz") in a sentence that recommends them."""
    start = max(
        (m.end() for m in _SENTENCE_END.finditer(text, 0, found.start())),
        default=0,
    )
    end = _SENTENCE_END.search(text, found.end())
    stop = end.start() if end else len(text)
    # "my colleague Priya Raman (…) often does - reach out to her": sent to them after the name.
    if _RECOMMENDS.search(text, start, stop) or _SENDS_TO_THEM.search(text, found.end(), stop):
        return True
    # "… a minha colega Inês Carvalho trabalhou anos em auditoria. Fale com ela.": the next
    # sentence (a hard wrap ends none) sends the user to them.
    spans = list(sentence_spans(text))
    here = next((i for i, (a, b) in enumerate(spans) if a <= found.end() <= b), None)
    if here is None:
        return False
    if end is not None and stop < spans[here][1]:
        # "… at Tradewind, ops to PM. find him on linkedin": the stop after an abbreviation
        # ("PM", "am") runs on for the plain splitter, yet ends the name's sentence here; what
        # follows it, up to its own stop, is the next sentence.
        a = end.end()
        after = _SENTENCE_END.search(text, a, spans[here][1])
        b = after.start() if after else spans[here][1]
    elif here + 1 >= len(spans):
        return False
    else:
        a, b = spans[here + 1]
    if _SENDS_TO_THEM.search(text, a, b):
        return True
    # "… was zelf ook docent. Zij kan je veel beter helpen.": the next sentence, about them,
    # recommends them.
    about_them = _THEY.match(text, a)
    return about_them is not None and bool(_RECOMMENDS.search(text, about_them.end(), b))


# The cue, then the address it hands over ("Te paso su correo: lucia@…").
# The address may open the next line ("… direkt:" over "katrin@…").
_HANDED = re.compile(rf"(?i:{HANDS_ADDRESS})[ \t]*:?[ \t]*\n?[ \t]*<?(?P<email>{EMAIL.pattern})")
_FULL_NAME = re.compile(rf"(?<![\w@.]){_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}}")


def _owner_named(text: str, email: str) -> str | None:
    """The last full name before an address whose first name opens the address.

    "Lucía Martín … su correo: lucia.martin@…" names her; an address that
    fits no one written is left to the other rules.
    """
    first_part = re.split(r"[._+-]", email.split("@")[0])[0]
    owners = [
        name
        for found in _FULL_NAME.finditer(text)
        if (name := _clean_name(found.group(0))) is not None
        and _is_full_name(name)
        and first_part in _address_openings(name)
    ]
    return owners[-1] if owners else None


def _address_openings(name: str) -> tuple[str, ...]:
    """How an address may open on a full name: "dana.…", "dwhitaker@…", "danawhitaker@…"."""
    words = [folded(w) for w in name.split()]
    first, last = words[0], words[-1]
    return first, first[0] + last, first + last


def _handed_over(text: str) -> list[Referral]:
    """People whose address the sender hands over, named in full before it."""
    people = []
    for handed in _HANDED.finditer(text):
        email = handed["email"].lower().rstrip(".")
        name = _owner_named(text[: handed.start()], email)
        if name is not None:
            people.append(Referral(name, email))
    return people


# "Escreve-lhe para ines.carvalho@… e diz que fui eu que te indiquei", "Sarah Lee … -
# sarah.lee@…. I've told her to expect a note from you": the user sent on in the sender's name,
# to a person whose own address stands in that sentence or the one before (named in full
# before it, the address fitting the name).
_SENT_ON = re.compile(rf"(?i:{SENT_BY_ME})")


def _sent_on_to_address(text: str) -> list[Referral]:
    """People named with their address where the sender sends the user on to them."""
    spans = list(sentence_spans(text))
    people = []
    for i, (a, b) in enumerate(spans):
        if not _SENT_ON.search(text, a, b):
            continue
        for found in EMAIL.finditer(text, spans[i - 1][0] if i else a, b):
            email = found.group(0).lower().rstrip(".")
            name = _owner_named(text[: found.start()], email)
            if name is not None:
                people.append(Referral(name, email))
    return people


# "Marcus, meet Léa", "Léa, meet Marcus", "Marcus, je te présente Léa", "Marcus, te presento a
# Léa": an introduction between two people on the thread; the one on the envelope besides the
# user is the person the user is sent to ("Dan - meet Marta": a dash sets the name off as well).
_INTRODUCED = re.compile(
    rf"(?<![\w-])(?P<first>{_NAME_WORD})(?:,|[ \t]+[-–—])[ \t]+"
    r"(?i:meet|(?:je[ \t]+)?(?:te|vous)[ \t]+présente"
    r"|te[ \t]+presento(?:[ \t]+a)?|ti[ \t]+presento"
    r"|(?:te[ \t]+|lhe[ \t]+)?apresento(?:[ \t]+[ao])?"
    r"|darf[ \t]+ich[ \t]+(?:dir|Ihnen)[ \t]+vorstellen:?"
    r"|mag[ \t]+ik[ \t]+je[ \t]+voorstellen[ \t]+aan)"
    rf"[ \t]+(?P<second>{_NAME_WORD})\b"
)


def _introduced(text: str, cc_others: tuple[Address, ...]) -> list[Referral]:
    """The people on the thread whom the reply introduces the user to, by their first name."""
    people = []
    for found in _INTRODUCED.finditer(text):
        for side in ("first", "second"):
            addr = _in_cc(found[side], cc_others)
            if addr is not None and _clean_name(found[side]) is not None:
                people.append(Referral(first_last(addr.name) or found[side], addr.email))
    return people


# "Min-ji, Aiko will contact you directly.", "Aiko te contactará": someone on the envelope who
# is to write to the user, the sentence ending there ("Maria will contact you to set up a
# time" may be the sender's assistant booking the sender's own chat).
_WILL_REACH_YOU = re.compile(
    rf"(?<![\w-])(?P<first>{_NAME_WORD})[ \t]+(?i:(?:will|['’]ll)[ \t]+(?:contact[ \t]+you"
    r"|reach[ \t]+out(?:[ \t]+to[ \t]+you)?|be[ \t]+in[ \t]+touch(?:[ \t]+with[ \t]+you)?"
    r"|get[ \t]+in[ \t]+touch(?:[ \t]+with[ \t]+you)?|(?:e-?mail|write[ \t]+to)[ \t]+you)"
    r"|(?:te|le|vous)[ \t]+(?:contactará|escribirá|contactera|écrira)"
    r"|wird[ \t]+sich[ \t]+(?:bei[ \t]+(?:dir|Ihnen)[ \t]+melden|melden)"
    r"|ti[ \t]+(?:contatterà|scriverà)|(?:vai|irá)[ \t]+(?:te[ \t]+)?(?:contactar|escrever)"
    r"|neemt[ \t]+contact[ \t]+(?:met[ \t]+(?:je|u)[ \t]+)?op)"
    r"(?:[ \t]+(?:directly|soon|shortly|personally|directamente|pronto|directement|bientôt"
    r"|direkt|bald|direttamente|presto|diretamente|em[ \t]+breve|direct|binnenkort))?"
    r"[ \t]*(?:[.!]|$)",
    re.MULTILINE,
)


def _will_reach_you(text: str, cc_others: tuple[Address, ...]) -> list[Referral]:
    """The people on the envelope whom the reply says will write to the user, by first name."""
    people = []
    for found in _WILL_REACH_YOU.finditer(text):
        addr = _in_cc(found["first"], cc_others)
        if addr is not None and _clean_name(found["first"]) is not None:
            people.append(Referral(first_last(addr.name) or found["first"], addr.email))
    return people


_LEAVES_YOU_TWO = re.compile(rf"(?i:\b{LEAVES_YOU_TWO})")


def _left_with(text: str, cc_others: tuple[Address, ...]) -> list[Referral]:
    """The people on the envelope, named in the reply, whom the sender leaves the user with."""
    if not _LEAVES_YOU_TWO.search(text):
        return []
    return [
        Referral(first_last(addr.name), addr.email)
        for addr in cc_others
        if addr.name
        and re.search(rf"\b{re.escape(first_last(addr.name).split()[0])}\b", text) is not None
    ]


def find_referrals(
    text: str, cc: tuple[Address, ...], exclude: frozenset[str] = frozenset()
) -> list[Referral]:
    """The people ``text`` points to, with an address from the text or the Cc line.

    ``exclude`` holds lower-cased addresses that are not referrals (the
    sender, the user).
    """
    # "You really want to talk to\nMaya Chen": a hard wrap between cue and name.
    text = unwrapped(text)
    people: dict[str, Referral] = {}
    cc_others = tuple(a for a in cc if a.email not in exclude)
    # A forwarded intro copies the user ("Rita, ti presento Ada (in copia)"): the user's own
    # name, with no address of its own, is no one to write to.
    cc_ends = tuple(a for a in cc if a.email in exclude and a.name)
    # "I'd point you to Coursera": a resource as often as a person, so a full name or an address.
    pointed = [
        m
        for m in (*_POINTED_NAME.finditer(text), *_COUNTED_NAME.finditer(text))
        if _named_in_full(text, m)
    ]
    added = [
        m
        for m in _ADDED_NAME.finditer(text)
        if _in_cc(m["name"], cc_others) is not None or _address_after(text, m)
    ]
    cued = [
        m
        for m in _CUE_NAME.finditer(text)
        if not _thanked_for(text, m) and not _sender_talks(text, m)
    ]
    matches = [*cued, *_NAME_THEN_ROLE.finditer(text), *pointed, *added]
    # "mit Ihnen sprechen" is the sender's own offer to talk: only a full name is someone else.
    matches += [m for m in _WITH_NAME_THEN_VERB.finditer(text) if _is_full_name(m["name"])]
    matches += [m for m in _RECOMMENDED.finditer(text) if _is_full_name(m["name"])]
    matches += [m for m in _SPLIT_VERB_NAME.finditer(text) if _is_full_name(m["name"])]
    matches += [m for m in _INTRODUCED_VOR.finditer(text) if _named_in_full(text, m)]
    matches += [
        m
        for m in _THE_ONE_NAME.finditer(text)
        if (_is_full_name(m["name"]) or _address_after(text, m))
        and not m["name"].endswith(("'s", "’s"))
    ]
    roled = [
        found
        for found in (
            *_ROLE_NAME.finditer(text),
            *(m for m in _ADDRESSED_NAME.finditer(text) if _is_full_name(m["name"])),
        )
        if _recommended(text, found)
    ]
    matches += roled
    spans = list(sentence_spans(text))
    dutch = language_of(text) == "nl"
    # "my colleagues Jenna Park and Omar Haddad would be great people to talk to".
    matches += [
        also
        for named in (*cued, *pointed, *roled)
        for also in _listed_after(text, named, spans, dutch)
    ]
    matches += [item for cue in _CUE_OVER_LIST.finditer(text) for item in _items_under(text, cue)]
    # The first names of everyone named, for each person the others': an address that opens
    # on someone else's first name is theirs ("Try Sarah Lee or Mike Johnson - sarah.lee@…").
    firsts = {m.start(): _first_of(m["name"]) for m in matches}
    others = {
        start: frozenset(f for at, f in firsts.items() if f and f != first)
        for start, first in firsts.items()
    }
    for match in sorted(matches, key=lambda m: m.start()):
        name = _clean_name(match["name"])
        if name is None or name.lower() in people or _joins_us(text, match.end()):
            continue
        in_cc = _in_cc(name, cc_others)
        found = match.groupdict()
        paren = found.get("paren") or found.get("paren2")
        email = (
            paren.lower()
            if paren
            else _email_near(text, match.end(), name.split()[0], others[match.start()])
        )
        if email is None and in_cc is not None:
            email = in_cc.email
        if in_cc is not None and len(first_last(in_cc.name).split()) > len(name.split()):
            name = first_last(in_cc.name)
        if email in exclude or (email is None and _in_cc(name, cc_ends) is not None):
            continue
        people[name.lower()] = Referral(name, email)
    for person in (
        *_handed_over(text),
        *_sent_on_to_address(text),
        *_introduced(text, cc_others),
        *_will_reach_you(text, cc_others),
        *_left_with(text, cc_others),
    ):
        if person.email not in exclude and person.name.lower() not in people:
            people[person.name.lower()] = person
    cc_cue = _CC_CUE.search(text)
    if not people and cc_others and cc_cue and not _joins_us(text, cc_cue.end()):
        for addr in cc_others:
            people[addr.email] = Referral(
                first_last(addr.name) or addr.email.split("@")[0], addr.email
            )
    return list(people.values())
