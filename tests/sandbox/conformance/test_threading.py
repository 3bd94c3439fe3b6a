"""Gmail threading: References/In-Reply-To into the thread *and* the same subject."""

from __future__ import annotations

from typing import Any

import pytest

from connectors.sandbox import SandboxAdmin
from connectors.sandbox.mailstore import normalised_subject
from tests.sandbox.conftest import b64, mime

DANA = "dana@acme.example"


@pytest.fixture
def first(admin: SandboxAdmin, address: str) -> dict[str, str]:
    raw = mime(DANA, address, "Coffee next week?", msgid="<m1@acme.example>")
    return admin.deliver(address, raw)


def _draft(gmail: Any, raw: bytes, thread_id: str) -> str:
    body = {"message": {"raw": b64(raw), "threadId": thread_id}}
    created = gmail.users().drafts().create(userId="me", body=body).execute()
    return str(created["message"]["threadId"])


@pytest.mark.parametrize(
    ("subject", "same"),
    [("Re: Coffee next week?", True), ("RE: re:  coffee NEXT week?", True), ("Lunch?", False)],
)
def test_a_reply_draft_joins_only_with_the_same_subject(
    gmail: Any, address: str, first: dict[str, str], subject: str, same: bool
) -> None:
    raw = mime(address, DANA, subject, reply_to="<m1@acme.example>")

    assert (_draft(gmail, raw, first["threadId"]) == first["threadId"]) is same


def test_a_draft_without_references_starts_a_new_thread(
    gmail: Any, address: str, first: dict[str, str]
) -> None:
    raw = mime(address, DANA, "Re: Coffee next week?")

    assert _draft(gmail, raw, first["threadId"]) != first["threadId"]


def test_a_delivered_reply_with_a_new_subject_starts_a_new_thread(
    admin: SandboxAdmin, address: str, first: dict[str, str]
) -> None:
    same = admin.deliver(
        address, mime(DANA, address, "Re: Coffee next week?", reply_to="<m1@acme.example>")
    )
    other = admin.deliver(
        address, mime(DANA, address, "Different topic", reply_to="<m1@acme.example>")
    )

    assert same["threadId"] == first["threadId"]
    assert other["threadId"] != first["threadId"]


def test_subjects_are_compared_without_prefixes_case_or_spacing() -> None:
    assert normalised_subject("Fwd: RE:  Coffee  chat") == normalised_subject("coffee chat")
