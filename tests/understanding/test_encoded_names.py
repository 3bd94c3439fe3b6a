"""An encoded display name is a name only: it never adds an address nobody wrote.

RFC 2047 words are decoded after the address list is split, so a name that
decodes to a line break, a new header or "<someone@else>," changes nothing
but the name.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from workflows.understanding import understand
from workflows.understanding.message import parse_message

BODY = b"I've cc'd Dana Lee here, she would be a great person to talk to.\r\n"


def _mail(cc: bytes) -> bytes:
    return (
        b"From: =?utf-8?q?Ann_M=C3=BCller?= <ann@acme.example>\r\n"
        b"To: sam@example.com\r\n"
        b"Cc: " + cc + b"\r\n"
        b"Subject: Re: a question\r\n"
        b"Date: Mon, 02 Mar 2026 10:00:00 +0000\r\n\r\n" + BODY
    )


INJECTED = {
    "crlf-header": b"=?utf-8?q?Dana=0D=0AX=3A_y?= <dana@x.example>",
    "crlf-cc": b"=?utf-8?q?Dana_Lee=0D=0ACc=3A_mallory=40evil.example=2C?= <dana@x.example>",
    "crlf-angle": (
        b"=?utf-8?q?Dana=0D=0ACc=3A_Dana_Lee_=3Cmallory=40evil.example=3E?= <dana@x.example>"
    ),
    "angle-address": b"=?utf-8?q?Dana_Lee_=3Cmallory=40evil.example=3E=2C?= <dana@x.example>",
}


@pytest.mark.parametrize("cc", INJECTED.values(), ids=INJECTED.keys())
def test_an_encoded_name_adds_no_address_to_the_cc_line(cc: bytes) -> None:
    parsed = parse_message(_mail(cc))
    assert [a.email for a in parsed.cc] == ["dana@x.example"]
    assert parsed.cc[0].name in ("Dana", "Dana Lee")
    verdict = understand(
        _mail(cc),
        now=datetime(2026, 3, 2, 10, tzinfo=UTC),
        tz=UTC,
        meeting_length=timedelta(minutes=30),
    )
    assert [(r.name, r.email) for r in verdict.referrals] == [("Dana Lee", "dana@x.example")]


def test_encoded_names_still_decode() -> None:
    parsed = parse_message(
        _mail(b'"Lee, Dana" <dana@x.example>,\r\n =?utf-8?q?J=C3=B6rg?= <j@x.example>')
    )
    assert parsed.sender.name == "Ann Müller"
    assert [(a.name, a.email) for a in parsed.cc] == [
        ("Lee, Dana", "dana@x.example"),
        ("Jörg", "j@x.example"),
    ]
