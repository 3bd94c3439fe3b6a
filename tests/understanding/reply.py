"""A reply to the user's outreach as the bytes a mailbox hands over, and the reader's verdict on it.

Each round's test table writes only what differs (the body, the quoted outreach, the Date
header, the zone the user lives in); the envelope around it is this one.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from workflows.stages import Intent
from workflows.understanding import Verdict, understand

SENDER = "Kai Berg <kai@example.com>"
USER = "Ada Obi <ada@example.com>"
MEETING = timedelta(minutes=30)


def raw_reply(
    body: str,
    *,
    date: str,
    quote: str = "",
    to: str = USER,
    headers: str = "",
    content_type: str = "text/plain; charset=utf-8",
    sender: str = SENDER,
) -> bytes:
    """``body`` above ``quote``, from ``sender``, in UTF-8 (bodies carry other languages)."""
    return (
        f"From: {sender}\nTo: {to}\nSubject: Re: chat\nDate: {date}\n{headers}"
        f"MIME-Version: 1.0\nContent-Type: {content_type}\nContent-Transfer-Encoding: 8bit\n\n"
        f"{body}{quote}"
    ).encode()


def read_reply(body: str, *, tz: tzinfo, date: str, quote: str = "", **envelope: str) -> Verdict:
    """The verdict on :func:`raw_reply` for a user living in ``tz``."""
    return understand(
        raw_reply(body, date=date, quote=quote, **envelope), tz=tz, meeting_length=MEETING
    )


def read_invite(body: str, event: str, *, tz: tzinfo, date: str, quote: str = "") -> Verdict:
    """The verdict on ``body`` above ``quote``, sent with a calendar REQUEST whose one event has
    the lines ``event`` (UID, DTSTART, ...), for a user living in ``tz``."""
    ics = f"BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\n{event}\nEND:VEVENT\nEND:VCALENDAR"
    parts = (
        f"--invite\nContent-Type: text/plain; charset=utf-8\n\n{body}{quote}\n"
        f"--invite\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n{ics}\n"
        "--invite--\n"
    )
    raw = raw_reply(parts, date=date, content_type='multipart/mixed; boundary="invite"')
    return understand(raw, tz=tz, meeting_length=MEETING)


def doubt_codes(verdict: Verdict) -> list[str]:
    """The codes of the verdict's doubts, in order."""
    return [doubt.code for doubt in verdict.doubts]


def local_starts(verdict: Verdict, tz: tzinfo) -> list[datetime]:
    """The starts of the verdict's proposed times, as naive wall-clock times in ``tz``."""
    return [w.start.astimezone(tz).replace(tzinfo=None) for w in verdict.proposed_times]


def pinned(rows: Iterable[tuple[Any, ...]], left: Mapping[str, str]) -> list[Any]:
    """``rows`` as test cases, those whose body (first item) is in ``left`` strict xfails.

    A hunt's rows that the reader still gets wrong stay in its table, pinned with the reason,
    so that a later fix shows up as an unexpected pass.
    """
    return [
        pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=left[row[0]]))
        if row[0] in left
        else pytest.param(*row)
        for row in rows
    ]


def reading(verdict: Verdict, tz: tzinfo, intent: Intent | None, expected: list[datetime]) -> str:
    """'right', 'WRONG' or 'doubted': how ``verdict`` reads a row whose right reading is
    ``intent`` with the starts ``expected`` (sorted, on the clock of ``tz``).

    ``intent`` None means the row's right reading is "in doubt"; a row of `other` with no
    starts is right as a certain `other` with no window.
    """
    if not verdict.certain:
        return "doubted"
    if intent is Intent.OTHER and not expected and verdict.intent is Intent.OTHER:
        return "right" if not verdict.proposed_times else "WRONG"
    if intent is None or verdict.intent is not intent:
        return "WRONG"
    return "right" if sorted(local_starts(verdict, tz)) == expected else "WRONG"


def is_safe(verdict: Verdict, intents: Collection[Intent] = tuple(Intent)) -> bool:
    """Whether a near miss is read safely: doubted, or certain as one of ``intents`` with no
    window and no link, so nothing gets booked.

    A table that names the one reading that is safe when certain passes just that one; the
    default lets any intent be certain so long as nothing gets booked (hunt 47's rule).
    """
    if not verdict.certain:
        return True
    return (
        verdict.intent in intents and not verdict.proposed_times and verdict.scheduling_link is None
    )


def miss_reading(verdict: Verdict, intents: Collection[Intent] = tuple(Intent)) -> str:
    """'doubted', 'safe' (certain, harmless: :func:`is_safe`) or 'WRONG' for one near miss."""
    if not verdict.certain:
        return "doubted"
    return "safe" if is_safe(verdict, intents) else "WRONG"


def assert_read_right(
    verdict: Verdict, tz: tzinfo, intent: Intent, expected: list[datetime]
) -> None:
    """``verdict`` is certain, of ``intent``, with the starts ``expected`` (sorted) in ``tz``."""
    assert verdict.certain, (verdict.intent, local_starts(verdict, tz), doubt_codes(verdict))
    assert verdict.intent is intent
    assert sorted(local_starts(verdict, tz)) == expected


def assert_near_miss_safe(verdict: Verdict, tz: tzinfo, intent: Intent | None) -> None:
    """A near miss is read safely: in doubt, or certain only where no time is taken.

    A row marked as a reschedule is a move with no new time a reader can be sure of: a
    certain reschedule with no window is safe (the user is asked for new times). A row
    marked `other` is a hedge that waits (hunt 41's convention): a certain `other` with no
    window is safe, since the user waits and no time is taken as offered. Anything else
    must stay in doubt.
    """
    if intent in (Intent.RESCHEDULE, Intent.OTHER) and verdict.certain:
        assert verdict.intent is intent
        assert not verdict.proposed_times
        return
    assert not verdict.certain, (verdict.intent, local_starts(verdict, tz))


# A start: (month, day, hour[, minute]) on the user's clock, or (zone, month, day, hour[,
# minute]) on a named clock, turned into the user's.
Start = tuple[int | str, ...]

# A precision hunt's row: body, setting key, intent, starts, the scheduling link, and whether
# a careful person would act on it without asking.
HuntRow = tuple[str, str, Intent | None, list[Start], str | None, bool]


def hunt_row(
    body: str,
    setting: str,
    intent: Intent | None,
    starts: Sequence[Start] | None = None,
    link: str | None = None,
    sure: bool = True,
) -> HuntRow:
    """One row of a :class:`Hunt`'s table (sure unless told)."""
    return (body, setting, intent, list(starts or []), link, sure)


# place -> (the user's zone, the Date header's offset, the sender's address, the language of
# the thread, the user's zone words in the outreach)
Place = tuple[str, str, str, str, str]


@dataclass(frozen=True)
class QuotedScene:
    """A hunt's settings where the reply sits above the user's quoted message (Gmail's shape).

    A setting key is ``place[-kind][@day]``. ``place`` gives the user's zone, the Date header's
    offset, the sender (whose domain names the country) and the thread's language; ``kind``
    what is quoted: nothing said, the outreach offering three slots; "ok", the user's
    confirmation; "plain", an outreach with no slot; "inline", nothing (the body carries
    :meth:`quoted`, answered inline). ``day`` picks the Date header's day and time from ``sent``
    ("" the usual one).
    """

    places: Mapping[str, Place]
    heads: Mapping[str, str]  # language -> the line above the quote
    three: Mapping[str, tuple[str, list[str]]]  # language -> (the ask, with {z}; its slots)
    ok: Mapping[str, str]  # language -> the confirmation, with {z}
    sent: Mapping[str, str]  # day key -> the Date header without its offset
    plain: Mapping[str, str] = field(default_factory=dict)  # language -> an ask with no slot

    def quoted(self, place: str, answers: Mapping[int, str] | None = None) -> str:
        """The outreach of ``place`` with its slots, ``answers`` written inline (unquoted)
        under the slot of that index."""
        _, _, _, lang, words = self.places[place]
        ask, slots = self.three[lang]
        lines = [f"> {ask.format(z=words)}"]
        for i, slot in enumerate(slots):
            lines.append(f"> - {slot}")
            if answers and i in answers:
                lines.append(answers[i])
        return self._quote(lang, lines)

    def _quote(self, lang: str, lines: list[str]) -> str:
        return f"{self.heads[lang]}\n" + "\n".join(lines) + "\n>\n> Ada\n"

    def __call__(self, key: str) -> tuple[ZoneInfo, str, str, str]:
        """The user's zone, the Date header, the sender and the quote appended to the body."""
        key, _, day = key.partition("@")
        place, _, kind = key.partition("-")
        zone, offset, address, lang, words = self.places[place]
        if kind == "inline":
            quote = ""
        elif kind == "ok":
            quote = "\n\n" + self._quote(lang, [f"> {self.ok[lang].format(z=words)}"])
        elif kind == "plain":
            quote = "\n\n" + self._quote(lang, [f"> {self.plain[lang]}"])
        else:
            quote = "\n\n" + self.quoted(place)
        return ZoneInfo(zone), f"{self.sent[day]} {offset}", f"Kai Berg <{address}>", quote


@dataclass(frozen=True)
class Hunt:
    """A precision hunt's table: rows written before the reader was read, each in a setting.

    ``setting`` turns a row's key into the user's zone, the Date header, the sender and the
    quoted outreach; ``left_in_doubt`` names sure rows the reader still doubts (each with its
    doubts), which must then be near misses read safely.
    """

    setting: Callable[[str], tuple[ZoneInfo, str, str, str]]
    year: int
    rows: list[HuntRow]
    left_in_doubt: Mapping[str, str]
    wrong_left: Mapping[str, str]
    # Where given, a sure auto-reply's return date (month, day): the one named, or none for a
    # row not named (hunt 49); otherwise not checked.
    returns: Mapping[str, tuple[int, int]] | None = None
    # Hunt 50's looser rules: a sure row passes read right or doubted; a near miss doubted or
    # certain with nothing booked, whatever its intent (hunt 47's rule).
    loose: bool = False
    least: int = 120  # the fewest rows the table may have

    def check(
        self,
        body: str,
        setting: str,
        intent: Intent | None,
        starts: Sequence[Start],
        link: str | None,
        sure: bool,
    ) -> None:
        """A sure row is read right; any other is read right or doubted safely."""
        zone, when, sender, quote = self.setting(setting)
        verdict = read_reply(body, tz=zone, date=when, quote=quote, sender=sender)
        expected = sorted(self._wall(start, zone) for start in starts)
        if self.loose:
            seen = reading(verdict, zone, intent, expected) if sure else miss_reading(verdict)
            assert seen != "WRONG", (
                verdict.intent,
                local_starts(verdict, zone),
                verdict.scheduling_link,
            )
            return
        if sure and body not in self.left_in_doubt:
            assert intent is not None
            assert_read_right(verdict, zone, intent, expected)
            assert verdict.scheduling_link == link
            if self.returns is not None and intent is Intent.OUT_OF_OFFICE:
                back = self.returns.get(body)
                assert verdict.return_date == (date(self.year, *back) if back else None)
            return
        if reading(verdict, zone, intent, expected) == "right":
            return
        assert_near_miss_safe(verdict, zone, intent)

    def _wall(self, start: Start, zone: ZoneInfo) -> datetime:
        """``start`` on the clock of ``zone``, naive."""
        if isinstance(start[0], str):
            at = datetime(self.year, *start[1:], tzinfo=ZoneInfo(start[0]))  # type: ignore[arg-type]
            return at.astimezone(zone).replace(tzinfo=None)
        return datetime(self.year, *start)  # type: ignore[arg-type]

    def check_table(self) -> None:
        """Enough distinct rows; every listed row is in the table (doubts: a sure one)."""
        assert len(self.rows) >= self.least
        assert len({r[0] for r in self.rows}) == len(self.rows)
        assert not set(self.wrong_left) - {r[0] for r in self.rows}
        assert not set(self.left_in_doubt) - {r[0] for r in self.rows if r[5]}
        assert not set(self.returns or {}) - {
            r[0] for r in self.rows if r[2] is Intent.OUT_OF_OFFICE
        }


def hunt_tests(hunt: Hunt) -> tuple[Callable[..., None], Callable[[], None]]:
    """A hunt's two tests, for its module to name: each row read by :meth:`Hunt.check` (the
    rows in ``wrong_left`` pinned as strict xfails), and :meth:`Hunt.check_table`.

    Made afresh for each hunt, so that no two modules share one function and its marks.
    """

    @pytest.mark.parametrize(
        ("body", "setting", "intent", "starts", "link", "sure"), pinned(hunt.rows, hunt.wrong_left)
    )
    def test_reply_is_read_right_or_doubted(
        body: str,
        setting: str,
        intent: Intent | None,
        starts: list[Start],
        link: str | None,
        sure: bool,
    ) -> None:
        hunt.check(body, setting, intent, starts, link, sure)

    def test_table_is_large_enough() -> None:
        hunt.check_table()

    return test_reply_is_read_right_or_doubted, test_table_is_large_enough
