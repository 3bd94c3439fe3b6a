"""Property tests: random bytes and random MIME trees give a verdict or the clean error."""

from __future__ import annotations

import base64
import quopri
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connectors.errors import InputError
from workflows.understanding import Verdict

Reader = Callable[[bytes], "Verdict | InputError"]
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

CONTENT_TYPES = ["text/plain", "text/html", "text/calendar", "application/octet-stream",
                 "message/rfc822", "image/png", "text/x-weird"]  # fmt: skip
CHARSETS = ["utf-8", "iso-8859-1", "cp1252", "shift_jis", "utf-16", "koi8-r", "x-bogus", ""]
ENCODINGS = ["7bit", "8bit", "quoted-printable", "base64", "x-uuencode", "bogus"]
SUBTYPES = ["mixed", "alternative", "related", "report", "signed"]
WORDS = st.sampled_from(
    ["Tuesday", "3pm", "PT", "or", "the 14th", "2-4pm", "calendly.com/x", "> quoted", "wrote:",
     "--", "BEGIN:VCALENDAR", "DTSTART:20260305T180000Z", "END:VEVENT", "<div>", "</blockquote>",
     "out of office", "talk to Jane Doe", "jane@x.com", "\n", " ", "15:00 CET", "mañana"]
)  # fmt: skip
TEXT = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=40).map(" ".join))


def _encode(text: str, charset: str, cte: str) -> bytes:
    try:
        raw = text.encode(charset or "utf-8", errors="replace")
    except LookupError:
        raw = text.encode("utf-8", errors="replace")
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


@st.composite
def leaves(draw: st.DrawFn) -> bytes:
    ctype, charset, cte = (draw(st.sampled_from(v)) for v in (CONTENT_TYPES, CHARSETS, ENCODINGS))
    body = draw(st.one_of(TEXT.map(lambda t: _encode(t, charset, cte)), st.binary(max_size=200)))
    disposition = draw(
        st.sampled_from(
            ["", "Content-Disposition: attachment\r\n", "Content-Disposition: inline;;;\r\n"]
        )
    )
    params = f"; charset={charset}" if charset else ""
    return (
        f"Content-Type: {ctype}{params}\r\nContent-Transfer-Encoding: {cte}\r\n{disposition}\r\n"
    ).encode() + body


def _multipart(children: list[bytes], subtype: str, boundary: str, close: bool) -> bytes:
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n\r\npreamble\r\n'.encode()
    for child in children:
        out += f"--{boundary}\r\n".encode() + child + b"\r\n"
    return out + (f"--{boundary}--\r\n".encode() if close else b"")


def trees(draw_leaf: Any = leaves) -> st.SearchStrategy[bytes]:
    return st.recursive(
        draw_leaf(),
        lambda children: st.builds(
            _multipart,
            st.lists(children, min_size=0, max_size=4),
            st.sampled_from(SUBTYPES),
            st.sampled_from(["b1", "b2", "=_x", "b1"]),  # shared boundaries on purpose
            st.booleans(),
        ),
        max_leaves=12,
    )


@st.composite
def messages(draw: st.DrawFn) -> bytes:
    senders = ["Bob <bob@acme.com>", "=?utf-8?q?B=C3=B6b?= <b@x.de>", "garbage <<>>", ""]
    subjects = ["Re: chat", "Automatic reply: hi", "=?bogus?b?!!!?=", "Canceled: x"]
    dates = ["Wed, 04 Mar 2026 09:12:00 -0800", "yesterday", "Mon, 99 Foo 1 99:99 +9999", ""]
    ccs = ["Jane Doe <jane@x.com>", ",,,", "=?utf-8?b?SmFuZQ==?= <j@x.com>"]
    headers = [
        f"From: {draw(st.sampled_from(senders))}",
        f"Subject: {draw(st.sampled_from(subjects))}",
        f"Date: {draw(st.sampled_from(dates))}",
        f"Cc: {draw(st.sampled_from(ccs))}",
    ]
    if draw(st.booleans()):
        headers.append("Auto-Submitted: auto-replied")
    return "\r\n".join(headers).encode() + b"\r\nMIME-Version: 1.0\r\n" + draw(trees())


@SETTINGS
@given(raw=st.binary(max_size=2000))
def test_random_bytes_give_a_verdict_or_the_clean_error(read_capped: Reader, raw: bytes) -> None:
    assert isinstance(read_capped(raw), Verdict | InputError)


@SETTINGS
@given(raw=st.binary(max_size=2000))
def test_random_bodies_behind_a_header_give_a_verdict_or_the_clean_error(
    read_capped: Reader, raw: bytes
) -> None:
    assert isinstance(
        read_capped(b"From: a@b.c\r\nSubject: hi\r\n\r\n" + raw), Verdict | InputError
    )


@SETTINGS
@given(raw=messages())
def test_random_mime_trees_give_a_verdict_or_the_clean_error(
    read_capped: Reader, raw: bytes
) -> None:
    outcome = read_capped(raw)
    assert isinstance(outcome, Verdict | InputError)
    if isinstance(outcome, Verdict):
        assert set(outcome.to_json()) == {
            "intent", "proposed_times", "scheduling_link", "return_date", "referrals", "reply_text",
            "certain", "doubts", "time_mentions",
        }  # fmt: skip
        assert outcome.certain == (not outcome.doubts)
