"""Drafts become well-formed MIME; odd incoming mail never raises."""

from __future__ import annotations

import pytest

from connectors.base import DraftSpec
from connectors.errors import InputError
from connectors.mime import body_text, build_draft, created_at, new_message_id, parse_message


def test_a_header_injection_in_the_subject_is_refused() -> None:
    spec = DraftSpec(
        key="k", to=("a@example.com",), subject="Hi\r\nBcc: evil@example.com", text="x"
    )

    with pytest.raises(InputError):
        build_draft(spec, "me@example.com", new_message_id("me@example.com"))


def test_a_draft_without_recipients_is_refused() -> None:
    spec = DraftSpec(key="k", to=(), subject="Hi", text="x")

    with pytest.raises(InputError, match="no recipient"):
        build_draft(spec, "me@example.com", new_message_id("me@example.com"))


def test_the_message_id_carries_the_creation_time() -> None:
    message_id = new_message_id("me@example.com")

    assert message_id.endswith("@example.com>")
    assert created_at(message_id) is not None
    assert created_at("<someone-else@example.com>") is None


def test_garbage_headers_and_charsets_parse_to_empty_fields() -> None:
    raw = (
        b"From: =?x-unknown?q?Bad?= <>\r\nTo: ,,,\r\nDate: not a date\r\n"
        b"Subject: =?utf-8?b?####?=\r\n"
        b"Content-Type: text/plain; charset=x-unknown\r\n\r\n\xff\xfe body"
    )

    msg = parse_message(raw, id="1", thread_id="t", labels=["INBOX"])

    assert msg.date is None and msg.to == () and msg.sent is False
    assert "body" in body_text(raw)


def test_an_html_only_message_has_a_text_body() -> None:
    raw = b"From: a@example.com\r\nContent-Type: text/html\r\n\r\n<p>Hello <b>there</b></p>"

    assert body_text(raw).strip() == "Hello **there**"
