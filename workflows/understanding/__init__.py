"""Understanding replies: one email in, one :class:`Verdict` out.

``understand(raw, now=…, tz=…, meeting_length=…)`` is all the daemon calls.
The steps, one module each: ``message`` (bytes to text), ``quotes`` (new text
only), ``autoreply``, ``invite`` (text/calendar), ``times`` and ``dates``
(windows), ``roles`` (what each time is doing), ``links``, ``referrals``,
``returns`` (return date), ``intent``; last ``certainty`` says whether the
verdict is sure enough to act on (``Verdict.certain``, ``Verdict.doubts``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, time, timedelta, tzinfo

from workflows.stages import Intent
from workflows.understanding.autoreply import is_auto_reply, is_bounce
from workflows.understanding.certainty import (
    CALENDAR_ANSWERED,
    SHIFT_ADDED_UP,
    Reading,
    picks_on_own_clock,
    weigh,
)
from workflows.understanding.corrections import restated_in_full, taken_back
from workflows.understanding.dates import (
    far_order_on_weekday,
    find_dates,
    pinned_day_first,
    says_next_week,
    thread_order,
)
from workflows.understanding.intent import (
    ACCEPT,
    AFTER_CHAT,
    AGREED_QUOTE,
    ANSWERS_FOR,
    ASIDE,
    ASKS_USER,
    FOR_SOMEONE_ELSE,
    HOLDS_ANSWER,
    INTRODUCED,
    NO_CUE,
    OWN_ASSISTANT,
    PICK,
    SETTLED_BY_USER,
    STANDS,
    TIMES_FOR_NAMED_OTHER,
    TIMES_FOR_SOMEONE_ELSE,
    Evidence,
    classify,
    hour_pick,
    offers_in_words,
    offers_narrowed,
    picked_offer,
    picked_under_line,
    said,
    terse_pick,
    unwrapped,
    yes_under_line_said_again,
)
from workflows.understanding.invite import Invite, read_invite
from workflows.understanding.language import OTHER, language_of
from workflows.understanding.links import answer_link
from workflows.understanding.message import Address, ParsedMessage, parse_message
from workflows.understanding.notanswer import (
    AUTHOR_LINE,
    calendar_notice,
    forwarded_elsewhere,
    greets_another,
    plainly_anothers,
    quotes_another_thread,
)
from workflows.understanding.otherlanguages import (
    BACK_ON,
    east_asian_return,
    own_words,
    read_other,
    timed_language,
    vouches,
)
from workflows.understanding.quotes import Stripped, before_closing, strip_reply
from workflows.understanding.referrals import EMAIL, find_referrals, first_last
from workflows.understanding.returns import find_return_date
from workflows.understanding.roles import PROPOSED_ROLES, Role
from workflows.understanding.senderclock import ClockClues, sender_clock
from workflows.understanding.sentences import sentence_spans
from workflows.understanding.times import (
    SAME_TIME,
    TimeMention,
    TimeReading,
    ambiguous_name,
    at_sender_place,
    clocks_part,
    domain_zones,
    find_windows,
    leans_on_user_zone,
    may_name_users_clock,
    named_clocks,
    named_zone,
    names_echoed,
    names_home_clock,
    offers_at_sender_place,
    on_header_clock,
    onto_offered_week,
    own_names,
    read_as_offered,
    read_times,
    readers_clocks,
    reply_zone_unread,
    sender_elsewhere,
    unread_zone_words,
    yours_against_placed,
    yours_restating_placed,
    zone_unread,
)
from workflows.understanding.verdict import Doubt, Referral, TimeNote, TimeWindow, Verdict
from workflows.understanding.vocab import (
    ENGLISH_DAYS,
    SAME_TIME_SENDERS_SIDE,
    SAME_TIME_USERS_SIDE,
    spelled_out,
)

__all__ = ["Doubt", "Referral", "TimeWindow", "Verdict", "understand"]

log = logging.getLogger(__name__)

# Offsets from UTC-1 eastwards write dates day first (10/03 is 10 March);
# the Americas write month first. Only used for all-numeric dates. A Date
# header at exactly UTC says nothing (Exchange stamps every message so).
_DAY_FIRST_FROM = timedelta(hours=-1)
# Written in these languages a date is day first wherever it is sent from ("segunda-feira,
# 6/12" from São Paulo is 6 December). Not Spanish: written in the United States too.
_DAY_FIRST_LANGUAGES = frozenset({"pt", "fr", "de", "it", "nl"})


def _day_first_picks(answer: str, ref: datetime, offered: Sequence[TimeWindow]) -> bool:
    """Whether a reply from the Americas writes its numeric dates day first, as it picks them.

    "segunda-feira, 6/12, às 16h" from São Paulo to the user's "Monday, December 6": in a
    language that writes the day first, each numeric date read so is a day the user offered.
    A new date ("Et le 5/11 à 14h ?" from Montréal) is still read in the offset's order, and
    doubted.
    """
    if language_of(answer) not in _DAY_FIRST_LANGUAGES:
        return False
    offered_days = {w.start.date() for w in offered}
    # "Segunda 7/12 não dá … Ou quinta 10/12": a new date whose weekday fits only the day-first
    # reading (10 December a Thursday, 12 October not) vouches for the order as a pick does.
    known = offered_days | pinned_day_first(answer, ref.date())
    numeric = [d for d in find_dates(answer, ref.date(), day_first=True) if d.kind == "numeric"]
    return bool(numeric) and all(d.day in known for d in numeric)


def _ambiguous_name(
    history: str,
    answer: str,
    starts: Sequence[datetime],
    home: tzinfo,
    thread_tz: tzinfo | None,
    writer_offset: timedelta | None,
    place: tzinfo | None = None,
    proposed: Sequence[datetime] = (),
) -> bool:
    """Whether the user's words or the reply name a clock by a name that means two then.

    Any message of the thread may say which clock the name is: the reply's "IST" is the one
    the quoted outreach pinned, and the sender's own place the reply's "CST" when that place
    wears the name at every time the reply offers, read on its clock ("I'm in Saskatoon, CST
    all year").
    """
    thread = f"{history}\n{answer}"
    own_place = (
        place is not None
        and bool(proposed)
        and all(
            s.astimezone(place).utcoffset() == s.utcoffset()
            and re.search(rf"\b{re.escape(s.astimezone(place).tzname() or '')}\b", answer)
            for s in proposed
        )
    )
    return ambiguous_name(
        history, starts, home=home, user_tz=None, user_names=own_names(home), thread=thread
    ) or (
        not own_place
        and ambiguous_name(
            answer,
            # "Tuesday 29 March 09:00 CEST" under offers from before the EU change: the
            # reply's name is for the reply's own times, when it gives any.
            proposed or starts,
            home=home,
            user_tz=thread_tz or home,
            user_names=names_echoed(history, home),
            writer_offset=writer_offset,
            thread=thread,
        )
    )


def _as_offered(
    reading: TimeReading,
    answer: str,
    history: str,
    thread_tz: tzinfo | None,
    offered: Sequence[TimeWindow],
    home: tzinfo,
) -> TimeReading:
    """The reading with times equal to one of the user's offers moved into the user's clock.

    "jeudi à 17h30 (heure de Dubaï)": the sender named a clock in words the reader cannot
    place and that share nothing with the names of the user's clock: a clock that matches the
    user's offer is a new time in the sender's clock (the Date header's), not that offer.
    "às 9h (hora do Pacífico)" to an outreach in "Pacific time" is still the offer.
    """
    unplaced = " ".join(unread_zone_words(answer, home))
    if unplaced and not may_name_users_clock(unplaced, history, home):
        return reading
    # "5:30pm IST / 4pm Dubai": the user restated their offers in another clock, so the thread
    # names no one zone; the user's own is still among them.
    if thread_tz is None and names_home_clock(history, home, own_names(home)):
        thread_tz = home
    return read_as_offered(reading, thread_tz, offered)


def _first_invite(msg: ParsedMessage, tz: tzinfo, length: timedelta) -> Invite | None:
    for part in msg.calendars:
        invite = read_invite(part, tz, length)
        if invite is not None:
            return invite
    return None


# "our meeting tomorrow at 10", "notre rendez-vous", "unser Termin": the sender calls it agreed.
_OURS = re.compile(
    # Only days, dates, times and zones may come between ("our Monday 11/13 9:30 CT slot"):
    # "our board call" is their own.
    r"\bour[ \t]+(?:(?:\w*\d[\w/:.]*|\w+day(?:'s)?|tomorrow's|next|[ecmp][sd]?t)[ \t]+){0,4}"
    r"(?:meeting|call|chat|coffee|appointment|catch-up|slot)"
    r"|\b(?:notre|nos) (?:rendez-vous|rdv|appel|réunion|échange|café|créneau)"
    r"|\bnuestr[ao] (?:reunión|llamada|cita|charla|café|hueco|horario)"
    r"|\bunser\w* (?:Termin|Gespräch|Call|Telefonat|Slot|Zeitfenster)"
    r"|\b(?:il nostro|la nostra) (?:incontro|appuntamento|chiamata|call|caffè|slot|orario)"
    r"|\bnoss[oa] (?:reunião|conversa|call|encontro|café|horário)"
    r"|\bonze (?:afspraak|call|meeting|koffie|slot|tijdslot)",
    re.IGNORECASE,
)


# "Would 3:30 work instead?", "can we start at 3:15?", "move to 4?": a time in place of one.
_NEW_TIME_FOR_IT = re.compile(
    r"\binstead\b|\b(?:move|moving|start|starting)(?: it| us)? (?:to|at) \d", re.IGNORECASE
)


def _moves_agreed(
    mentions: tuple[TimeMention, ...],
    offered: list[TimeWindow],
    confirmed: TimeWindow | None,
    text: str,
) -> bool:
    """Whether a time named as the slot being moved from is an agreed meeting.

    "Wednesday's 15:00 is 10am for me … neither of yours works": when the
    user offered several times and the reply does not call one "ours",
    nothing was agreed yet, and one of them named back is an offer turned
    down, not a meeting moved.
    """
    ours = _OURS.search(text) is not None
    # "Today's 1pm came and went" from another zone: the user's offer named on the user's own
    # clock, read at first on the sender's, is still that offer.
    choices = (
        {w.start for w in offered} | {w.start.replace(tzinfo=None) for w in offered}
        if len(offered) > 1 and not ours
        else set()
    )
    # "I've been double-booked for our Monday 9:30 slot": a clash with a quoted time the reply
    # calls ours, or with the one a quoted yes settled on, is the meeting being moved; a clash
    # with an offer only turns that offer down.
    agreed = {w.start for w in offered} if ours else set()
    if confirmed is not None and len(offered) > 1:
        agreed.add(confirmed.start)
    return any(
        (
            m.role in (Role.OLD, Role.CANCELLED)
            and m.window.start not in choices
            and m.window.start.replace(tzinfo=None) not in choices
        )
        or (m.role is Role.CONFLICT and m.window.start in agreed)
        for m in mentions
    )


def _moves_an_offer(
    mentions: tuple[TimeMention, ...], offered: list[TimeWindow], text: str
) -> bool:
    """Whether the time the reply moves from, or clashes with, is one of the user's offers.

    "Wednesday at 9:30 isn't ideal. Could we push it to 10:30?" under three offered times:
    the 9:30 is an offer turned down, not a meeting, unless the reply calls it "ours".
    """
    if len(offered) < 2 or _OURS.search(text):
        return False
    choices = {w.start for w in offered} | {w.start.replace(tzinfo=None) for w in offered}
    return any(
        m.role in (Role.OLD, Role.CONFLICT)
        and (m.window.start in choices or m.window.start.replace(tzinfo=None) in choices)
        for m in mentions
    )


def _answers_offers(
    answered: tuple[tuple[str, tuple[TimeWindow, ...]], ...],
    offered: list[TimeWindow],
    text: str,
) -> bool:
    """Whether the reply is written under the lines of the user's several offers.

    "> - Wednesday, January 19 at 2:30 PM MT" then "Could we push to 4ish?": an answer to the
    list, so nothing was agreed yet, unless the reply calls a meeting "ours". Two or more
    offer lines must be answered: one answered line may be a confirmation quoted above an
    older list ("> Great, Wednesday 2:30 it is!" then "Could we push to 4?").
    """
    if len(offered) < 2 or _OURS.search(text):
        return False
    # Each line is read alone, on the sender's clock: its wall clock and day are the user's
    # offer, its zone perhaps not ("all Riga time" is said once, above the list).
    mine = {w.start for w in offered} | {w.start.replace(tzinfo=None) for w in offered}
    return (
        sum(
            any(w.start in mine or w.start.replace(tzinfo=None) in mine for w in on_line)
            for _, on_line in answered
        )
        > 1
    )


def _agreed(offered: list[TimeWindow], newest: str, found: list[TimeWindow]) -> TimeWindow | None:
    """The one meeting the quoted thread holds, else ``None``.

    The thread's only time; or, under a list of offers, the one time its newest message
    (``newest``, with the windows ``found`` in it) says yes to ("> Perfect - Thursday at 1pm it
    is." above "> > Tuesday at 10 or Thursday at 1?"). A follow-up naming one offer again
    ("would Thursday at 1 still work?") agrees nothing.
    """
    if len(offered) == 1:
        return offered[0]
    if not (
        said(PICK, newest)
        or said(ACCEPT, newest)
        or AGREED_QUOTE.search(newest)
        or SETTLED_BY_USER.search(newest)
    ):
        return None
    last = {w.start for w in found}
    return next((w for w in offered if {w.start} == last), None)


def _thanks_for_chat_held(newest: str, found: list[TimeWindow]) -> bool:
    """Whether the quote's newest message (the user's) only thanks for a chat already held.

    "Thank you so much for today's call!", with no window in it (``found``). Not when it names
    a time or asks something ("thanks for your time - does Thursday suit?" is a nudge), nor for
    thanks for "your time" or "taking the time", which open many an outreach and follow-up.
    """
    if found or "?" in newest:
        return False
    return any(
        not re.search(r"time$", m.group(0), re.IGNORECASE) for m in AFTER_CHAT.finditer(newest)
    )


def _agreed_twice(stripped: Stripped, settled: bool) -> bool:
    """Whether the quote holds the sender's own yes, then the user's confirmation of it.

    "> Thanks Jose, confirmed for Thursday 7 April at 19:30" above "> > Thursday 7 April 19:30
    works for me": both sides have said yes, and the meeting stands. What the sender writes
    under that confirmation answers it (a "see you then", a call link), it agrees to nothing
    new. A confirmation with no yes of the sender's quoted under it ("Great - Wednesday at 10
    it is", the user settling on a time first) still waits for theirs.
    """
    return (
        settled
        and bool(AGREED_QUOTE.search(stripped.newest) or SETTLED_BY_USER.search(stripped.newest))
        and bool(said(ACCEPT, stripped.senders) or said(PICK, stripped.senders))
    )


def _settled(offered: list[TimeWindow], history: str, newest: str) -> bool:
    """Whether the thread's one meeting (``_agreed``) was settled, so a new time moves it.

    A yes in so many words: "confirmed", "Thursday at 3pm it is", "see you then"; under
    several offers also a pick ("Thursday works"), but not a mere "happy to" (a nudge that
    repeats one offer: "happy to work around you … I could add Thursday at 2").
    """
    if AGREED_QUOTE.search(history if len(offered) == 1 else newest):
        return True
    return len(offered) > 1 and bool(said(PICK, newest) or SETTLED_BY_USER.search(newest))


def _fits_readers_clocks(agreed: TimeWindow, newest: str) -> bool:
    """Whether the agreed meeting reads at the reader's place as the user restated it there.

    "(12:00 for you in Seattle)": the agreed start is 12:00 on Seattle's clock.
    """
    return all(
        agreed.start.astimezone(zone).time() == clock for clock, zone in readers_clocks(newest)
    )


def _week_on(
    answer: str, reading: TimeReading, agreed: TimeWindow, ref: datetime, sender_tz: tzinfo
) -> TimeReading | None:
    """The agreed meeting a week on, for "can we push to next week, same time?".

    At the meeting's clock in the zone it was agreed in (a week may cross a clock change), and
    only when every day the reply names is the meeting's own ("Something came up for
    tomorrow").
    """
    day = agreed.start.astimezone(sender_tz).date()
    if reading.mentions or any(d.day != day for d in find_dates(answer, ref.date())):
        return None
    week = timedelta(days=7)
    end = agreed.end + week if agreed.end is not None else None
    moved = TimeMention(TimeWindow(agreed.start + week, end), Role.OFFERED, True)
    return replace(reading, mentions=(moved,), unread=())


# "push it back 30 minutes", "start an hour later", "move it up half an hour": the settled
# meeting moved by a length, its direction written ("forward" and a bare "move it 30 minutes"
# say none).
_SHIFT_LENGTH = (
    r"(?P<length>(?P<minutes>\d{1,2}|ninety) ?(?:min|mins|minutes)|(?P<hours>an|one|1|two|2)"
    r" (?:hour|hours|hr|hrs)|(?:half an|a half) hour)"
)
# What is moved: "it", "our call", "our Thursday call", "tomorrow's call", or the day alone
# ("push Tuesday back by an hour"): the meeting's day, which the caller checks is its own.
_SHIFTED = (
    rf"(?: it| us| things| (?:(?:our|the)(?: {ENGLISH_DAYS})?"
    rf"|(?:{ENGLISH_DAYS}|today|tomorrow)['’]s) (?:call|chat|meeting)"
    rf"| (?:{ENGLISH_DAYS}|tomorrow))"
)
_SHIFT = re.compile(
    rf"\b(?:(?P<verb>push|bump)(?:ing)?{_SHIFTED}?"
    rf"(?P<back> back| out)?(?: by)? {_SHIFT_LENGTH}(?! (?:earlier|later|sooner)\b)"
    rf"|(?:move|moving|bring|bringing|bump|bumping){_SHIFTED}? (?P<up>up) (?:by )?"
    rf"{_SHIFT_LENGTH.replace('?P<', '?P<up_')}"
    # "could we start an hour later", "do it half an hour earlier", "bump it 30 min later"; not
    # "I'll be there 10 minutes later" (running late: the meeting stays).
    r"|(?:start|starting|begin|do it|go|meet|make it|push|bump|move|shift)"
    rf"{_SHIFTED}? "
    rf"{_SHIFT_LENGTH.replace('?P<', '?P<rel_')} (?P<way>later|earlier|sooner))\b",
    re.IGNORECASE,
)
_LENGTH = re.compile(
    r"\b(?:\d+|an?|one|two|half an|a half|ninety) ?(?:min|mins|minutes|hours?|hrs?)\b",
    re.IGNORECASE,
)
_WORD_NUMBERS = {"an": 1, "one": 1, "two": 2, "ninety": 90}
_SPACES = re.compile(r"\s+")
# "My 2pm got pushed back 30 minutes": a clock beside the length is another event's.
_CLOCK_WRITTEN = re.compile(r"\b\d{1,2}(?:[:.]\d\d)? ?(?:[ap]\.?m\b|h\b)|\b\d{1,2}:\d\d\b", re.I)
_CLOCK_PARTS = re.compile(r"(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))? ?(?P<half>[ap])?", re.I)


def _length_said(m: re.Match[str], prefix: str) -> timedelta:
    """The length a move's ``{prefix}length`` group writes ("an hour", "30 min")."""
    if m.group(f"{prefix}length").lower() in ("half an hour", "a half hour"):
        return timedelta(minutes=30)
    if (minutes := m.group(f"{prefix}minutes")) is not None:
        return timedelta(minutes=_WORD_NUMBERS.get(minutes.lower()) or int(minutes))
    hours = m.group(f"{prefix}hours").lower()
    return timedelta(hours=_WORD_NUMBERS.get(hours) or int(hours))


# "your second slot but an hour later", "would the first option work 30 minutes earlier": one
# of the user's offers, named by its place in the list, moved by a length.
_OFFER_SHIFT = re.compile(
    r"\b(?:your|the)[ \t]+(?P<place>first|second|third|last|1st|2nd|3rd)[ \t]+"
    r"(?:one|option|slot|time)[ \t]*,?[ \t]+(?:(?:but|just|only|work|suit)[ \t]+)*"
    rf"{_SHIFT_LENGTH.replace('?P<', '?P<rel_')}[ \t]+(?P<way>later|earlier)\b",
    re.IGNORECASE,
)
_PLACES = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "last": -1}
# Every number written in the reply, which must be the moved offer's own hour ("10 is a bit
# early for me"); "the 28th" is a day, read by the date grammar.
_NUMBER = re.compile(r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?(?![\d:.]|st|nd|rd|th)", re.I)
OFFER_SHIFTED = "moves one of the user's offers by a length"


def _offer_shifted(
    answer: str,
    reading: TimeReading,
    offered: Sequence[TimeWindow],
    ref: datetime,
    offers_tz: tzinfo | None,
) -> TimeReading | None:
    """One of the user's offers, picked by its place, moved by the one length the reply writes.

    "Could we do your second slot but an hour later? 10 is a bit early for me": the second
    offer plus an hour, on the clock the user wrote the offers on. Only with that clock known,
    no time read in the reply, every day it names the offer's own and every number it writes
    the offer's own hour.
    """
    found = list(_OFFER_SHIFT.finditer(answer))
    if offers_tz is None or len(found) != 1 or reading.proposed or reading.unread:
        return None
    if reading.dayless or len(_LENGTH.findall(answer)) != 1 or len(offered) < 2:
        return None
    m = found[0]
    place = _PLACES[m["place"].lower()]
    if not -len(offered) <= place < len(offered):
        return None
    offer = offered[place]
    wall = offer.start.replace(tzinfo=None)
    if any(d.day != wall.date() for d in find_dates(answer, ref.date())):
        return None
    for n in _NUMBER.finditer(answer):
        if n.start() >= m.start() and n.end() <= m.end():
            continue
        hour, minute = int(n["h"]), int(n["m"] or 0)
        if minute != wall.minute or hour % 12 != wall.hour % 12:
            return None
    delta = _length_said(m, "rel_")
    if m["way"].lower() == "earlier":
        delta = -delta
    start = wall.replace(tzinfo=offers_tz) + delta
    end = start + (offer.end - offer.start) if offer.end is not None else None
    moved = TimeMention(TimeWindow(start, end), Role.OFFERED, True)
    return replace(reading, mentions=(moved,), unread=(), timeless_day=False, days=())


def _offers_clock(
    user_clock: tzinfo | None, home: tzinfo, written: datetime | None
) -> tzinfo | None:
    """The clock the user's zoneless offers are on, when known beyond a fixed offset.

    The zone the thread names; else the user's own zone when the reply's Date header shows its
    offset at writing (the offers were read on the header's offset, which a clock change
    before the offer would leave behind); else none: another offset says nothing of the
    user's clock.
    """
    if user_clock is not None:
        return user_clock
    if written is None or written.utcoffset() != written.astimezone(home).utcoffset():
        return None
    return home


def _takes_the_slot(
    conflict: TimeWindow, agreed: TimeWindow, start: datetime, end: datetime | None
) -> bool:
    """A conflict at the agreed meeting's own start that stays clear of its new window."""
    if conflict.start != agreed.start:
        return False
    ends = conflict.end or conflict.start
    return ends <= start or (end is not None and conflict.start >= end)


def _restated_pick(
    answer: str, reading: TimeReading, offered: Sequence[TimeWindow]
) -> TimeWindow | None:
    """The one offer a yes picks by its day and says again on the sender's own clock.

    "Thursday works - that's 1pm for me" from London to the user's "Thu 3 Mar, 9pm HKT": the
    day and clock, read on the sender's clock, are that offer's instant, so the yes takes it.
    A clock that is not an offer's instant was read as an offer of its own, and stays in doubt.
    """
    said = {m.window.start for m in reading.mentions}
    if (
        len(said) != 1
        or any(m.role is not Role.RESTATED for m in reading.mentions)
        or not picks_on_own_clock(answer)
    ):
        return None
    taken = [w for w in offered if w.start in said]
    return taken[0] if len(taken) == 1 else None


def _shift_from_agreed(
    answer: str, reading: TimeReading, agreed: TimeWindow, ref: datetime, sender_tz: tzinfo
) -> TimeReading | None:
    """The settled meeting moved by the one length the reply writes, else ``None``.

    Only with no time read in the reply and every day it names the meeting's own ("could we
    start an hour later tomorrow?").
    """
    found = list(_SHIFT.finditer(answer))
    day = agreed.start.astimezone(sender_tz).date()
    # "Our all-hands got moved onto the 16:00 slot": a clock read as the sender's conflict is
    # the reason for the move, not a new time; any other clock ("My 2pm got pushed back 30
    # minutes") may be the new time or another event's.
    conflicts = [m.window for m in reading.mentions if m.role is Role.CONFLICT]
    if len(found) != 1 or len(conflicts) != len(reading.mentions) or reading.unread:
        return None
    if reading.dayless or len(_CLOCK_WRITTEN.findall(answer)) > len(conflicts):
        return None
    # "push it back 30 minutes, or maybe an hour": two lengths, no one new time ("push it back
    # by an hour … just an hour later" says the one length twice).
    if len({_SPACES.sub(" ", n.lower()) for n in _LENGTH.findall(answer)}) != 1:
        return None
    if any(d.day != day for d in find_dates(answer, ref.date())):
        return None
    m = found[0]
    length = _length_said(m, "" if m.group("length") else ("up_" if m.group("up") else "rel_"))
    earlier = m.group("up") is not None or (m.group("way") or "").lower() in ("earlier", "sooner")
    delta = -length if earlier else length
    start = agreed.start + delta
    end = agreed.end + delta if agreed.end is not None else None
    # The conflict is the reason only on the side the meeting moves away from: "the all-hands
    # is at 17:00" beside "push it back an hour" from 16:30 may run into the new slot. One at
    # the meeting's own start ("a workshop got moved into my 4:30 slot") is what takes it,
    # unless it is said to run into the new slot ("a workshop 4:30-6").
    if any(
        not _takes_the_slot(c, agreed, start, end)
        and (c.start >= agreed.start if delta > timedelta(0) else c.start < (agreed.end or start))
        for c in conflicts
    ):
        return None
    moved = TimeMention(TimeWindow(start, end), Role.OFFERED, True)
    return replace(reading, mentions=(moved,), unread=())


def _from_agreed(
    answer: str,
    reading: TimeReading,
    agreed_window: TimeWindow | None,
    ref: datetime,
    sender_tz: tzinfo,
    user_tz: tzinfo,
    read: Callable[[str], TimeReading],
    place: tzinfo | None,
    written: datetime | None,
) -> TimeReading | None:
    """A move read as moving the one meeting the quoted thread holds (see ``_agreed``).

    "Can we push to 11:30 instead of 11?" names no day: the new time is on the meeting's day.
    "Could we move to Thursday, same time?" names no time: it is the meeting's. Only when the
    thread holds one meeting, the reply names no day (for a dayless time) or no time
    before "same time", and so read it offers a time that is not the meeting's own.
    """
    # "Shift tomorrow's 3pm to 4:30": a day named that is the meeting's own lends it as well.
    day = agreed_window.start.astimezone(sender_tz).date() if agreed_window else None
    dayless = reading.dayless and all(d.day == day for d in find_dates(answer, ref.date()))
    same_time = SAME_TIME.search(answer) is not None and not reading.proposed
    if agreed_window is None or not (dayless or same_time):
        return None
    agreed = agreed_window.start
    local = agreed.astimezone(sender_tz)
    if local.date() != agreed.astimezone(user_tz).date():
        # Thursday 9am in New York is Friday 1am in Auckland: "same time on Friday" or "10am,
        # same day" holds a day or a clock that differs by whose calendar the sender means.
        return None
    if same_time and says_next_week(answer):
        return _week_on(answer, reading, agreed_window, ref, sender_tz)
    # The day leads the reply as a date of its own; the time as the slot being moved from, in
    # a sentence of its own before the reply's, so that "same time" finds it: on the clock the
    # reply names it on ("your 4pm slot … same time Monday" keeps the user's clock across a
    # change), else the sender's.
    users = agreed.astimezone(user_tz)
    side = _same_time_side(answer)
    if side == "user" or _named_on_users_clock(answer, local.time(), users.time()):
        slot = f"{users:%Y-%m-%d %H:%M} {users.tzinfo}"
    else:
        slot = f"{local:%Y-%m-%d %H:%M}"
    lead = f"{local:%Y-%m-%d}:" if dayless else f"Moving our {slot} meeting."
    moving = read(f"{lead} {answer}")
    if dayless and moving.dayless:
        moving = read(_day_before_time(answer, lead, read))
    moved = moving.proposed
    if moving.dayless or not moved or any(w.start == agreed for w in moved):
        return None
    clocks = _clocks_written(answer)
    if (
        same_time
        and side != "user"
        and not clocks & {local.time(), users.time(), agreed.time()}
        and any(clocks_part(written, agreed, w.start, place=place) for w in moved)
    ):
        # "Can we move it to Monday, same time?" across a clock change, under a meeting the
        # thread gave on both clocks: whose wall clock it keeps is the sender's calendar's, or
        # the user's, and the reply names neither. "Same time my end" names the sender's, whose
        # zone the lead's offset does not yet carry across the change: doubted too.
        return replace(moving, two_readings=True)
    return moving


_SENDERS_SIDE = re.compile(
    rf"{SAME_TIME.pattern}[ \t,]{{0,3}}(?:{SAME_TIME_SENDERS_SIDE})\b", re.IGNORECASE
)
_USERS_SIDE = re.compile(
    rf"{SAME_TIME.pattern}[ \t,]{{0,3}}(?:{SAME_TIME_USERS_SIDE})\b", re.IGNORECASE
)


def _same_time_side(answer: str) -> str | None:
    """Whose wall clock a "same time" says it keeps ("same time my end"), else None."""
    senders, users = _SENDERS_SIDE.search(answer), _USERS_SIDE.search(answer)
    if bool(senders) == bool(users):
        return None
    return "sender" if senders else "user"


def _clocks_written(answer: str) -> set[time]:
    """The clock times ``answer`` writes out ("10am", "4.30pm", "16h", "16:00")."""
    clocks = set()
    for m in _CLOCK_WRITTEN.finditer(answer):
        parts = _CLOCK_PARTS.match(m[0])
        assert parts is not None
        hour, minute, half = int(parts["h"]), int(parts["m"] or 0), (parts["half"] or "").lower()
        hour = hour % 12 + (12 if half == "p" else 0) if half else hour
        if hour < 24 and minute < 60:
            clocks.add(time(hour, minute))
    return clocks


def _named_on_users_clock(answer: str, senders: time, users: time) -> bool:
    """Whether the reply names the agreed meeting by the user's clock only ("your 4pm slot").

    "Same time" then keeps that clock; where the sender names their own ("our 9am"), or both,
    or neither, the meeting is the sender's clock, as it always was read.
    """
    written = _clocks_written(answer)
    return senders != users and users in written and senders not in written


def _keeps_meeting_clock(answer: str, windows: Sequence[TimeWindow], agreed: TimeWindow) -> bool:
    """Whether a "same time" reply offers only the agreed meeting's clock on other days.

    Every window at the meeting's wall clock (on the meeting's zone), on another day: the
    meeting moved, not a new offer.

    Across a clock change the wall clocks of the two sides part, and which one "same time"
    keeps is another question (left to the doubts), so it is not called a move here.
    """
    if SAME_TIME.search(answer) is None or not windows:
        return False
    zone = agreed.start.tzinfo
    clock = agreed.start.timetz().replace(tzinfo=None)
    return all(
        w.start.astimezone(zone).date() != agreed.start.date()
        and w.start.astimezone(zone).time() == clock
        for w in windows
    )


def _same_time_as_line(
    answer: str,
    reading: TimeReading,
    answered: tuple[tuple[str, tuple[TimeWindow, ...]], ...],
    offered: Sequence[TimeWindow],
    sender_tz: tzinfo,
    read: Callable[[str], TimeReading],
) -> TimeReading | None:
    """A "same time" written inline under the one quoted offer it repeats the clock of.

    "no (standup) - but Wednesday the 19th at that same time works" under "> - Tuesday 18,
    9:00 am": the time is the line's, on the day the answer names. Only when the reply reads
    no time of its own, one inline answer says "same time", its line offers one of the user's
    times, and read with that time before it the answer offers exactly one other time.
    """
    if reading.proposed or reading.mentions:
        return None
    lines = [(words, on_line) for words, on_line in answered if SAME_TIME.search(words)]
    if len(lines) != 1 or len(lines[0][1]) != 1 or lines[0][0] not in answer:
        return None
    words, (line,) = lines[0]
    # The line read on the sender's clock is the user's offer itself: the two share the clock
    # that "same time" repeats (else whose wall clock it means is a guess).
    if not any(w.start == line.start for w in offered):
        return None
    # The line's time written as a sentence of its own right before the answer, so that "same
    # time" finds it; read, it is the line again, not an offer.
    local = line.start.astimezone(sender_tz)
    moving = read(answer.replace(words, f"Not {local:%Y-%m-%d %H:%M}. {words}", 1))
    moving = replace(
        moving, mentions=tuple(m for m in moving.mentions if m.window.start != line.start)
    )
    if moving.dayless or moving.unread or len(moving.proposed) != 1:
        return None
    return moving


def _on_meeting_clock(
    reading: TimeReading, answer: str, agreed: TimeWindow, user_clock: tzinfo, written: datetime
) -> TimeReading:
    """A "same time" move's clock read on the user's clock, the one the meeting was set on.

    "Can we make it Wednesday instead, same time, 16:00?" written at +01:00 days before Madrid
    springs forward, under the user's "Tuesday at 16:00" after the change: the sender, on the
    user's offset when writing, repeats the wall clock the user wrote, and "same time" keeps
    it on the user's clock, which moves with the change. Only for a zoneless time that is the
    agreed meeting's wall clock as written, and a meeting already past the change: one
    before it ("today's 2pm, same time Tuesday" across the change) shows no clock but the
    offset, which Regina keeps and Denver leaves.
    """
    # The user's words are read on the user's zone when they name it, else on the header's
    # offset (the same clock at writing): either way the clock the user wrote.
    kept = agreed.start.time()
    if (
        SAME_TIME.search(answer) is None
        or written.astimezone(user_clock).utcoffset() != written.utcoffset()
        or agreed.start.replace(tzinfo=user_clock).utcoffset() == written.utcoffset()
    ):
        return reading
    mentions = tuple(
        replace(
            m,
            window=TimeWindow(
                m.window.start.replace(tzinfo=user_clock),
                m.window.end.replace(tzinfo=user_clock) if m.window.end is not None else None,
            ),
        )
        if m.role in PROPOSED_ROLES
        and on_header_clock(m, written)
        and m.window.start.time() == kept
        else m
        for m in reading.mentions
    )
    return replace(reading, mentions=mentions)


def _agreed_by_span(reading: TimeReading, agreed: TimeWindow) -> TimeReading:
    """The settled meeting where the reply names it by a span of its day that holds it.

    "All set, we were scheduled for Wednesday evening" under "Wednesday at 18:00 it is": the
    evening is the meeting said loosely, not a move to 17:00. Only a span of an hour or more
    (a part of the day, a range) on the meeting's day that holds its start; a clock of its
    own ("Wednesday at 17:00 instead?") still moves it.
    """
    mentions = tuple(
        replace(m, window=agreed)
        if m.role in PROPOSED_ROLES
        and m.window.end is not None
        and m.window.end - m.window.start >= timedelta(hours=1)
        and m.window.start <= agreed.start < m.window.end
        and m.window.start.astimezone(agreed.start.tzinfo).date() == agreed.start.date()
        else m
        for m in reading.mentions
    )
    return replace(reading, mentions=mentions)


def _day_before_time(answer: str, day: str, read: Callable[[str], TimeReading]) -> str:
    """``answer`` with ``day`` written before the sentence of its first dayless time.

    A day leads only the sentence after it: "Hola! ¿La podemos mover? A las 5 en vez de las
    4." keeps the meeting's day off the 5 if it leads the greeting.
    """
    for start, end in sentence_spans(answer):
        if read(answer[start:end]).dayless:
            return f"{answer[:start]}{day} {answer[start:]}"
    return answer


def _not_the_two_ends(
    referrals: list[Referral], msg: ParsedMessage, exclude: frozenset[str]
) -> tuple[Referral, ...]:
    """The referrals but a name, written without an address, of the sender or the one addressee.

    "Office of Hélène Garnier" writing "please don't email Hélène directly" answers for her,
    and "ignore my last email Kenji, wrong thread" to Kenji speaks to him: a name of either
    end of the mail points the user nowhere new. With several addressees, one of them may be
    the person the user is sent to, but never the user ("Sam, te presento a Ada" to both).
    """
    ends = [msg.sender, *(msg.to if len(msg.to) == 1 else ())]
    ends += [a for a in (*msg.to, *msg.cc) if a.email in exclude]
    names = [a.name for a in ends]
    own = [set(first_last(name).lower().split()) for name in names if name]
    return tuple(
        r
        for r in referrals
        if r.email is not None or not any(set(r.name.lower().split()) <= o for o in own)
    )


def _quoted_addresses(msg: ParsedMessage, reply: str) -> frozenset[str]:
    """The addresses written only below the reply: the quoted thread's people."""
    return frozenset(
        {a.lower() for a in EMAIL.findall(msg.text)} - {a.lower() for a in EMAIL.findall(reply)}
    )


def _others(msg: ParsedMessage, reply: str) -> tuple[frozenset[str], tuple[Address, ...]]:
    """The addresses that are never referrals, and the envelope's people who may be.

    The sender and the To line are the conversation, the Cc line may be the
    people pointed to. A forwarded intro ("Ayesha, meet Tomás") turns it
    round: sent to the new contact with the user copied, the user known by
    the outreach quoted below (their address written there, not in the reply).
    Sent to both ("Mei - looping in Tom Becker (tom@…)"), the user is the one
    quoted below, and the other is someone the reply may point to by name.
    """
    below = _quoted_addresses(msg, reply)
    # A Cc line encoded whole ("=?utf-8?b?…?=" over name and address) parses to no address;
    # the address written inside it still tells that the user quoted below is copied.
    copied = {a.email for a in msg.cc} | {
        a.lower() for value in msg.headers.get("cc", []) for a in EMAIL.findall(value)
    }
    copied_user = copied & below
    if copied_user and not any(a.email in below for a in msg.to):
        return frozenset({msg.sender.email, *copied_user}), (*msg.to, *msg.cc)
    user = {a.email for a in msg.to if a.email in below}
    if user:
        return frozenset({msg.sender.email, *user}), (
            *(a for a in msg.to if a.email not in user),
            *msg.cc,
        )
    return frozenset({msg.sender.email, *(a.email for a in msg.to)}), msg.cc


def _names_someone_copied(
    reply: str, contacts: tuple[Address, ...], exclude: frozenset[str], quoted: frozenset[str]
) -> bool:
    """Whether the reply names, by first name, someone on the envelope besides the conversation.

    An assistant copying the person the user wrote to ("I manage Tom's
    calendar", Tom on the Cc line and his address in the quoted outreach)
    answers for them: naming them points the user nowhere new.
    """
    wrote_to = quoted if ANSWERS_FOR.search(reply) else frozenset()
    for addr in contacts:
        if addr.email in exclude or addr.email in wrote_to:
            continue
        first = first_last(addr.name).split()[:1]
        if first and len(first[0]) > 1 and re.search(rf"\b{re.escape(first[0])}\b", reply):
            return True
    return False


def _marks(sender: Address) -> tuple[str, ...]:
    """The sender's address and full name, lower-case, as an author line writes them."""
    # A lone first name ("Hi Tasha") is how the user greets the sender, not an author line.
    return tuple(m.lower() for m in (sender.email, sender.name.strip()) if "@" in m or " " in m)


def _quotes_sender(text: str, sender: Address) -> bool:
    """Whether an author line of the quoted thread names the sender.

    Then the thread holds the sender's own words too ("Friday at 10am my time?"), whose bare
    clocks are not the user's.
    """
    marks = _marks(sender)
    return any(
        any(mark in line.lower() for mark in marks)
        for line in text.splitlines()
        if AUTHOR_LINE.search(line)
    )


# The letters a case-blind pattern takes for an ASCII one whose lower case is not it: a
# Turkish keyboard's "FRİDAY" matches "friday" but lowers to "fri̇day", which no table holds.
# "Re:", "AW:", "Réf. :", "R:", "Res:", "Antw:", "SV:", "Odp:": the subject of an answer.
_REPLY_SUBJECT = re.compile(
    r"^\s*(?:re|aw|antw|antwoord|réf|ref|rif|r|res|sv|vs|odp|ynt|回复|答复|返信)\s*(?:\[\d+\])?\s*[.]?\s*[:：]",
    re.IGNORECASE,
)


def _is_reply(msg: ParsedMessage, history: str) -> bool:
    """The message answers a thread: it says so in its headers or subject, or quotes one."""
    return bool(
        history.strip()
        or msg.header("in-reply-to")
        or msg.header("references")
        or _REPLY_SUBJECT.match(msg.subject)
    )


_CASE_TWINS = str.maketrans({"İ": "I", "ı": "i", "ſ": "s", "\u212a": "K"})


def _case_twins_folded(msg: ParsedMessage) -> ParsedMessage:
    """``msg`` with its text and sender's name in letters every word table can look up."""
    sender = replace(msg.sender, name=msg.sender.name.translate(_CASE_TWINS))
    return replace(msg, text=msg.text.translate(_CASE_TWINS), sender=sender)


def understand(
    raw: bytes,
    *,
    now: datetime | None = None,
    tz: tzinfo,
    meeting_length: timedelta,
) -> Verdict:
    """Read one RFC 5322 message and say what it means.

    Relative phrases resolve against ``now`` if given, else the message's
    Date header, else the current time; a time with no zone named is in the
    Date header's offset, else ``tz`` (the user's zone). A window with no end
    lasts ``meeting_length``. Raises :class:`~connectors.errors.InputError`
    for input that is empty, binary or not an email.
    """
    msg = _case_twins_folded(parse_message(raw))
    sender_tz = msg.date.tzinfo if msg.date is not None and msg.date.tzinfo else tz
    ref = (now or msg.date or datetime.now(tz)).astimezone(sender_tz)
    offset = ref.utcoffset() or timedelta(0)
    day_first = None if offset == timedelta(0) else offset >= _DAY_FIRST_FROM

    # Read with phone shorthand spelled out ("tmrw", "nxt wk", "doesnt"); shown as written.
    users = tuple(m for person in (*msg.to, *msg.cc) for m in _marks(person))
    stripped = strip_reply(spelled_out(msg.text), msg.sender.name, _marks(msg.sender), users)
    shown = strip_reply(msg.text, msg.sender.name, _marks(msg.sender)).reply
    text = stripped.reply
    if is_bounce(msg):
        # A bounce quotes the user's own words: nothing in it is the contact's.
        return Verdict(Intent.OTHER, reply_text=shown, notes=("delivery failure report",))
    invite = _first_invite(msg, sender_tz, meeting_length)
    notice = calendar_notice(msg, text) if invite is None else None
    if notice is not None:
        # "Angenommen: Marina / Jonas @ Di. 18. Sept. 16:30": the calendar's word that the
        # invitation the user sent was answered; the time it repeats is no offer. A no or a
        # maybe may change the meeting, so it waits for the user.
        return Verdict(
            Intent.OTHER,
            reply_text=shown,
            notes=("calendar notice: an invitation answered",),
            doubts=() if notice else (CALENDAR_ANSWERED,),
        )
    # "Noon your time": the zone the user named in the quoted thread, else theirs.
    # The user's own words name their clock by any of its names ("MST" from Phoenix).
    own = own_names(tz)
    thread_tz = named_zone(stripped.history, home=tz, user_names=own, writers=True)
    # Below a closing is signature however long ("Office hours: Mon-Fri 9-5 ET").
    answer = before_closing(text)
    # "I'm free at these times, Dublin time:" over a list of bare clocks: the zone the user
    # named once in the thread is that of every time the user wrote there, not the sender's.
    # A history that quotes the sender too ("Friday at 10am my time?") keeps the sender's clock.
    user_clock = thread_tz if not _quotes_sender(msg.text, msg.sender) else None
    offered = find_windows(
        # The sender's own quoted messages ("I'm free Wednesday at 9") offer nothing of the
        # user's: "Wednesday works" to them picks no time the user gave.
        stripped.users,
        ref,
        user_clock or sender_tz,
        meeting_length,
        day_first=day_first,
        home=tz,
        user_names=own,
    )
    if day_first is False and _day_first_picks(answer, ref, offered):
        day_first = True
    echoed = names_echoed(stripped.history, tz)

    def read(words: str) -> TimeReading:
        return read_times(
            words,
            ref,
            sender_tz,
            meeting_length,
            day_first=day_first,
            user_tz=thread_tz or tz,
            quoted=offered if thread_tz is not None else (),
            home=tz,
            user_names=echoed,
        )

    reading = read(answer)
    # The newest quoted message is the user's: its times are on the clock the user named.
    newest_reading = read_times(
        stripped.newest, ref, thread_tz or sender_tz, meeting_length, day_first=day_first, home=tz
    )
    newest = list(newest_reading.proposed)
    agreed = _agreed(offered, stripped.newest, newest)
    if (
        agreed is not None
        and newest_reading.two_readings
        and agreed in newest
        and SAME_TIME.search(answer) is not None
    ):
        # "Thursday at 19:00 Taipei (08:00 São Paulo) it is", Taipei no clock the reader
        # knows: the bracket's instant is not the clock's on the zone it was read on, so
        # which instant was agreed is a guess, and "same time Friday" would move a guess.
        # Only a "same time" carries the instant on: "tomorrow won't work after all" under
        # such a meeting still moves it.
        agreed = None
    if agreed is not None and not _fits_readers_clocks(agreed, stripped.newest):
        # "Tuesday at 14:00 Quito time (12:00 for you in Seattle)", Quito's clock unread: the
        # 14:00 was read on another clock than the one the bracket restates it from, so the
        # agreed instant is a guess, and "same time Wednesday" would move a guess.
        agreed = None
    settled = agreed is not None and _settled(offered, stripped.history, stripped.newest)
    if agreed is None:
        # Under a meeting the thread agreed, the time taken back may be that meeting, and the
        # later one a move of it: that is left to the doubt.
        reading = restated_in_full(answer, taken_back(answer, reading, read), read)
    # "Tuesday at 10" from Boston, Phoenix or Brisbane: on the sender's clock that day, which a
    # clock change may have moved off the Date header's offset.
    place = sender_clock(
        ClockClues(
            reading=reading,
            text=text,
            answer=answer,
            signature=stripped.signature,
            written=msg.date,
            sender_name=msg.sender.name,
            sender_address=msg.sender.email,
            outreach=stripped.users,
            offered=tuple(offered),
            agreed=agreed.start if agreed is not None and settled else None,
            home=tz,
            user_clock=thread_tz or tz,
        )
    )
    if place is not None and msg.date is not None:
        reading = at_sender_place(reading, place, msg.date)
        offered = offers_at_sender_place(offered, place, msg.date)
    # Each inline answer with the times its quoted line offers.
    answered = tuple(
        (
            words,
            tuple(
                find_windows(
                    line,
                    ref,
                    sender_tz,
                    meeting_length,
                    day_first=day_first,
                    home=tz,
                    user_names=own,
                )
            ),
        )
        for words, line in stripped.answered
    )
    # "9:00 your time" with no zone of the user's in the thread: placed by assumption only.
    # A thread naming the user's own clock among others ("all Central time" to Hamburg, whose
    # port the outreach names) has placed it.
    unplaced = (
        thread_tz is None
        and not names_home_clock(stripped.history, tz, own)
        and leans_on_user_zone(reading, answer, ref, sender_tz, meeting_length, day_first=day_first)
    )
    if unplaced and (
        restating := yours_restating_placed(
            reading,
            answer,
            ref,
            sender_tz,
            meeting_length,
            named_clocks(stripped.history, tz, own),
            day_first=day_first,
        )
    ):
        # "(9h chez vous, 8h à Paris)" under a thread naming Bucarest and Paris: the named
        # clock places the moment, and "chez vous" restates it on a clock the thread names.
        reading, unplaced = restating, False
    # "(10h chez vous, 8h à Paris)": one moment on two clocks that do not agree.
    against = yours_against_placed(
        reading, answer, ref, sender_tz, meeting_length, day_first=day_first
    )
    reading = _as_offered(reading, answer, stripped.history, thread_tz, offered, tz)
    reading = onto_offered_week(reading, answer, ref.date(), offered)
    if agreed is not None and msg.date is not None:
        reading = _on_meeting_clock(reading, answer, agreed, thread_tz or tz, ref)
        if settled:
            reading = _agreed_by_span(reading, agreed)
    windows = reading.proposed
    if invite is not None and invite.window is not None:
        if invite.method != "CANCEL":
            windows = [invite.window]
        else:
            # The cancelled event's time (the notice repeats it, in any zone)
            # is not on offer; a new time offered in words is.
            offers = offers_in_words(before_closing(text))
            windows = [w for w in windows if offers and w.start != invite.window.start]
    exclude, contacts = _others(msg, text)
    evidence = Evidence(
        text=text,
        windows=tuple(windows),
        offered=tuple(offered),
        # A booking link answers only in a reply: a fresh message that carries one (a recruiter's
        # pitch, someone's own cold outreach) asks for a meeting of its own.
        link=answer_link(text, stripped.signature) if _is_reply(msg, stripped.history) else None,
        referrals=_not_the_two_ends(find_referrals(text, contacts, exclude), msg, exclude),
        auto_reply=is_auto_reply(msg),
        invite=invite,
        quoted=bool(stripped.history.strip()),
        moved_from=_moves_agreed(reading.mentions, offered, agreed, answer),
        answers_offers=_answers_offers(answered, offered, answer),
        moves_offer=_moves_an_offer(reading.mentions, offered, answer),
        agreed=settled,
        thanked_for_chat=_thanks_for_chat_held(stripped.newest, newest),
        agreed_twice=_agreed_twice(stripped, settled),
    )
    if evidence.agreed:
        evidence = replace(evidence, meeting=agreed)
    intent, reason = classify(evidence)
    if reason == ASKS_USER and greets_another(msg, answer):
        # "Tom - can you double-check the figures?": the question is for someone else.
        reason = FOR_SOMEONE_ELSE
    # "Can we do 2pm instead?", "same time next week?" under "> Thursday at 3pm it is": no move
    # word, but a new time for the one meeting the thread settled.
    # "Ich muss unseren Termin am Montag absagen. Ginge Donnerstag um dieselbe Zeit?": a call-off
    # that asks for another day at the meeting's time moves it (convention (d)).
    moving = intent is Intent.RESCHEDULE or (
        evidence.agreed
        and (
            intent is Intent.OTHER
            and _NEW_TIME_FOR_IT.search(answer) is not None
            or intent in (Intent.OTHER, Intent.CANCEL)
            and SAME_TIME.search(answer) is not None
        )
    )
    if (
        intent in (Intent.RESCHEDULE, Intent.OTHER)
        and evidence.agreed
        and agreed is not None
        and not evidence.windows
        and invite is None
        and (shifted := _shift_from_agreed(answer, reading, agreed, ref, sender_tz)) is not None
    ):
        reading = shifted
        evidence = replace(evidence, windows=tuple(reading.proposed))
        intent, reason = Intent.RESCHEDULE, SHIFT_ADDED_UP
    if (
        intent in (Intent.OTHER, Intent.PROPOSE_TIMES)
        and not evidence.agreed
        and not evidence.windows
        and invite is None
        and (
            shifted := _offer_shifted(
                answer, reading, offered, ref, _offers_clock(user_clock, tz, msg.date)
            )
        )
        is not None
    ):
        reading = shifted
        evidence = replace(evidence, windows=tuple(reading.proposed))
        intent, reason = Intent.PROPOSE_TIMES, OFFER_SHIFTED
    if (
        not evidence.windows
        and invite is None
        and (inline := _same_time_as_line(answer, reading, answered, offered, sender_tz, read))
    ):
        reading = inline
        evidence = replace(evidence, windows=tuple(reading.proposed))
        intent, reason = classify(evidence)
    if (
        intent is Intent.PROPOSE_TIMES
        and evidence.agreed
        and agreed is not None
        and invite is None
        and _keeps_meeting_clock(answer, evidence.windows, agreed)
    ):
        # "Could we do Thursday instead, same time? (15:00 here)" under "> Wednesday at 16:00 it
        # is": no move word, but the settled meeting's own clock on another day moves it.
        intent, reason = Intent.RESCHEDULE, "the agreed meeting's time on another day"
    if moving and not evidence.windows and invite is None:
        moved = _from_agreed(
            answer, reading, agreed, ref, sender_tz, thread_tz or tz, read, place, msg.date
        )
        if moved is not None:
            reading = _as_offered(moved, answer, stripped.history, thread_tz, offered, tz)
            evidence = replace(evidence, windows=tuple(reading.proposed))
            if intent is not Intent.RESCHEDULE:
                intent, reason = Intent.RESCHEDULE, "a new time for the agreed meeting"
    if (
        evidence.windows
        and not evidence.auto_reply
        and invite is None
        and reason != FOR_SOMEONE_ELSE
        and greets_another(msg, answer)
    ):
        # "Hi Mark, can you look before Thursday's meeting at 2pm?" sent to the user, who is
        # not Mark: whatever it offers or agrees to is Mark's, not the user's meeting.
        intent, reason = Intent.OTHER, TIMES_FOR_SOMEONE_ELSE
        offered_starts = {w.start for w in evidence.offered}
        if plainly_anothers(msg, answer, stripped.history) and not any(
            w.start in offered_starts for w in evidence.windows
        ):
            # A name the user plainly does not go by, and no time said is one the user
            # offered: not the user's meeting, no doubt of it.
            reason = TIMES_FOR_NAMED_OTHER
    picked = None
    narrowed: tuple[TimeWindow, ...] = ()
    if reason == NO_CUE and not evidence.windows and not evidence.link:
        # "thurs 930", "Fr 14 Uhr 👍" under the user's list: a day and a clock that fit one
        # offer, and nothing else, pick it.
        names = frozenset(msg.sender.name.lower().split())
        # "2pm works": an hour alone, on the user's clock, that fits one offer.
        picked = terse_pick(answer, evidence.offered, names) or hour_pick(
            answer, evidence.offered, msg.date, names
        )
        if picked is not None:
            intent, reason = Intent.ACCEPT, "names one of the user's times, nothing else"
            # Every number in it fits that time: the clock written alone ("Do 9:30") is its.
            reading = replace(reading, dayless=False)
    elif intent is Intent.ACCEPT and not evidence.windows and not evidence.link:
        narrowed = offers_narrowed(text, evidence.offered)
        picked = narrowed[0] if len(narrowed) == 1 else None
        picked = picked or picked_offer(text, reading.days, evidence.offered)
        picked = picked_under_line(answered, evidence.offered, picked)
        if picked is None and (restated := _restated_pick(answer, reading, evidence.offered)):
            # The clock said again is the pick's, not a time wanting its own day.
            picked, reading = restated, replace(reading, mentions=())
        if picked is None and (hour := hour_pick(answer, evidence.offered, msg.date, frozenset())):
            # "4pm is fine": the yes's hour alone names the one offer at it.
            picked, reading = hour, replace(reading, dayless=False)
    if len(narrowed) > 1:
        # "Either of the afternoon ones, you pick": those of the user's times, still to choose.
        intent, reason = Intent.PROPOSE_TIMES, "some of the user's times, by part of the day"
        evidence = replace(
            evidence, windows=tuple(TimeWindow(w.start, w.start + meeting_length) for w in narrowed)
        )
    if picked is not None:
        # Convention (a): the accept lists the offered time it picks, for a meeting's length.
        picked = TimeWindow(picked.start, picked.start + meeting_length)
        evidence = replace(evidence, windows=(picked,))
        reading = replace(
            reading,
            mentions=(*reading.mentions, TimeMention(picked, Role.ACCEPTED, zone_named=True)),
            timeless_day=False,
        )
    elif intent is Intent.ACCEPT and invite is None and len(evidence.windows) == 1:
        # "Thursday at 10 your time should work ... so 20 min is perfect": a yes to one of the
        # user's times is that time for the meeting's length (convention (a)), not the length
        # the sender says they have.
        (said,) = evidence.windows
        if said.start in {w.start for w in evidence.offered}:
            evidence = replace(
                evidence, windows=(TimeWindow(said.start, said.start + meeting_length),)
            )
    if (
        reason == NO_CUE
        and intent is Intent.OTHER
        and not evidence.windows
        and not evidence.link
        and plainly_anothers(msg, answer, stripped.history)
    ):
        # "Hi Hamdan, attached the Q1 numbers" to a user signing the thread otherwise: no cue
        # for the user, as the note is not theirs.
        reason = FOR_SOMEONE_ELSE
    # In a language beyond the seven only a plain reading stands, in place of whatever the
    # seven languages' cues made of it.
    code = language_of(text)
    other = (
        # Under a meeting the thread settled, a no may call it off: only a call-off in so many
        # words is read.
        read_other(answer, code, ref.date(), settled=evidence.agreed)
        if code in OTHER and invite is None and not evidence.auto_reply and evidence.link is None
        else None
    )
    # A time in a language beyond the seven whose day names the reader knows stands only as
    # a pick or an offer its plain words bear out.
    timed = timed_language(answer, code) if other is None and evidence.windows else None
    other_times = (
        vouches(answer, timed, intent, evidence.windows, evidence.offered)
        if timed is not None
        else None
    )
    if other is not None:
        intent, reason, reading, picked = other.intent, other.reason, TimeReading(), None
        evidence = replace(
            evidence,
            windows=(),
            referrals=(other.referral,) if other.referral is not None else (),
        )
    if intent in (Intent.CANCEL, Intent.OUT_OF_OFFICE, Intent.DECLINE) or reason in (
        HOLDS_ANSWER,
        ASIDE,
        STANDS,
        TIMES_FOR_SOMEONE_ELSE,
        TIMES_FOR_NAMED_OTHER,
        INTRODUCED,
    ):
        # The cancelled slot is not on offer, nor is anything in an absence notice or a no.
        evidence = replace(evidence, windows=())
    return_date = None
    referrals = evidence.referrals
    if intent in (Intent.OUT_OF_OFFICE, Intent.DEFER):
        # A sender writing on the user's clock is taken to keep the user's country's holidays.
        on_home_clock = ref.utcoffset() == ref.astimezone(tz).utcoffset()
        home = getattr(tz, "key", None) if on_home_clock else None
        return_date = find_return_date(text, ref.date(), day_first=day_first, home=home)
    if other is not None:
        return_date = other.return_date
    if (
        intent is Intent.OUT_OF_OFFICE
        and evidence.auto_reply
        and return_date is not None
        and return_date == east_asian_return(text, ref.date())
    ):
        # A Japanese or Korean auto-reply whose day back the reader reads in its own words (and,
        # where it says it, in English too): the absence and its end are plain.
        reason = BACK_ON
    if intent is Intent.OUT_OF_OFFICE or (
        intent is not Intent.REFERRAL and OWN_ASSISTANT.search(unwrapped(text))
    ):
        # "For urgent matters contact Jim": a stand-in while away, not someone to meet; "I've
        # cc'd my assistant Dana Reyes": she books the chat with the sender.
        referrals = ()
    structured = invite is not None and (invite.window is not None or invite.method == "CANCEL")
    doubts = weigh(
        Reading(
            intent=intent,
            reason=reason,
            # The quote's attribution line, worded in a language the stripper does not know,
            # is no part of the reply read.
            text=own_words(text) if other is not None else text,
            times=reading,
            structured=structured or evidence.auto_reply,
            # A "+0000" stamp hides where the sender is, unless the reply says it.
            sender_tz=sender_tz
            if msg.date is not None and (msg.date.utcoffset() or place is not None)
            else None,
            sender_placed=place is not None,
            sender_place=place,
            domain_zones=domain_zones(msg.sender.email),
            thread_tz=thread_tz,
            offered=evidence.offered,
            written=msg.date,
            link=evidence.link is not None,
            referrals=bool(evidence.referrals),
            picked=picked is not None,
            user_zone_unplaced=unplaced,
            yours_against_placed=against,
            # The user's offers in a clock the reader cannot name are read in the sender's;
            # the sender's own unknown words are their Date header's clock, as any zoneless time.
            zone_unread=thread_tz is None and zone_unread(stripped.history, tz),
            reply_zone_unread=reply_zone_unread(text, tz, stripped.history, msg.date),
            sender_elsewhere=picked is None
            and sender_elsewhere(
                # "Sent from my phone in Tokyo" is signature, and says where the sender is.
                f"{text}\n{stripped.signature}",
                tz,
                # The offers read in the Date header's offset, as zoneless times are; one on a
                # named zone's clock ("às 14h, hora de Lisboa") stands wherever the sender is,
                # while "3pm my time" is the header's offset again.
                [
                    m.window.start
                    for m in reading.mentions
                    if m.role in PROPOSED_ROLES
                    and (not m.zone_named or m.window.start.tzinfo == ref.tzinfo)
                    and m.window.start.utcoffset() == ref.utcoffset()
                ],
                evidence.offered,
            ),
            ambiguous_name=_ambiguous_name(
                stripped.history,
                answer,
                [w.start for w in (*offered, *evidence.windows)],
                tz,
                thread_tz,
                ref.utcoffset() if msg.date is not None else None,
                place,
                [w.start for w in evidence.windows],
            ),
            # "> - Monday 3 April, 4:15pm" then "Passt! (8:15 bei mir)": the line's own instant,
            # said again on the sender's clock, is no counter the reader could have misread.
            anchored=stripped.anchored
            and not yes_under_line_said_again(answered, tuple(evidence.windows), evidence.offered),
            inline=bool(stripped.answered),
            order_unsettled=day_first is not None
            and far_order_on_weekday(answer, ref.date(), day_first)
            # Only the thread's own dates in the offset's order vouch for it.
            and thread_order(stripped.history, ref.date()) is not day_first,
            invite=invite.window if invite is not None and invite.method != "CANCEL" else None,
            home=tz,
            copied_named=_names_someone_copied(
                answer, contacts, exclude, _quoted_addresses(msg, text)
            ),
            fresh=not _is_reply(msg, stripped.history),
            other_thread=quotes_another_thread(msg),
            forwarded=forwarded_elsewhere(msg),
            agreed=agreed if evidence.agreed else None,
            other_times=other_times,
        )
    )
    log.debug("intent %s (%s), %d window(s)", intent, reason, len(windows))
    return Verdict(
        intent=intent,
        proposed_times=evidence.windows,
        scheduling_link=evidence.link,
        return_date=return_date,
        referrals=referrals,
        reply_text=shown,
        notes=(reason,),
        doubts=doubts,
        time_notes=tuple(TimeNote(m.window, m.role.value) for m in reading.mentions),
        invite_uid=invite.uid if invite is not None else None,
    )
