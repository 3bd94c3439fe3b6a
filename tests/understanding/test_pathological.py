"""Hostile input stays under the 10 s hang cap and ends in a verdict or the clean error."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from connectors.errors import InputError
from workflows.understanding import Verdict

Reader = Callable[[bytes], "Verdict | InputError"]
HEAD = b"From: Bob <bob@acme.com>\r\nDate: Wed, 04 Mar 2026 09:12:00 -0800\r\nSubject: Re: hi\r\n"


def _deep_multipart(depth: int) -> bytes:
    parts = b"".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n'.encode()
        for i in range(depth)
    )
    return HEAD + parts + b"Content-Type: text/plain\r\n\r\nSure, Tuesday 3pm works.\r\n"


CASES = {
    "repeated-times": HEAD + b"\r\n" + b"Tuesday 3pm or Wednesday 2-4pm PT, " * 40_000,
    "digits": HEAD + b"\r\n" + b"1" * 2_000_000,
    "one-long-line": HEAD + b"\r\n" + b"a " * 1_000_000,
    "colons-and-dots": HEAD + b"\r\n" + b"1:2.3/4-5 " * 200_000,
    "quote-markers": HEAD + b"\r\n" + b"On Mon wrote\n> " * 100_000,
    "names": HEAD + b"\r\n" + b"talk to Jane Doe Smith Jones " * 50_000,
    "urls": HEAD + b"\r\n" + b"https://calendly.com/" + b"x" * 1_000_000,
    "deep-mime": _deep_multipart(5_000),
    "html-nesting": HEAD + b"Content-Type: text/html\r\n\r\n" + b"<div><blockquote>" * 50_000,
    "header-flood": b"".join(b"X-H%d: =?utf-8?q?=C3=A9?=\r\n" % i for i in range(50_000))
    + HEAD
    + b"\r\nhi",
}


@pytest.mark.parametrize("raw", CASES.values(), ids=CASES.keys())
def test_hostile_input_ends_in_a_verdict_or_the_clean_error(
    read_capped: Reader, raw: bytes
) -> None:
    assert isinstance(read_capped(raw), Verdict | InputError)
