"""``GET /_admin/mailboxes/{A}/drafts``: the drafts as the state shows them, without their MIME."""

from __future__ import annotations

from typing import Any

from connectors.sandbox import SandboxAdmin
from tests.sandbox.conftest import b64, mime


def test_drafts_match_the_state_without_raw(gmail: Any, admin: SandboxAdmin, address: str) -> None:
    drafts = gmail.users().drafts()
    for subject in ("d1", "d2"):
        drafts.create(
            userId="me", body={"message": {"raw": b64(mime(address, "bob@x.com", subject))}}
        ).execute()

    listed = admin.drafts(address)

    in_state = admin.state(address)["drafts"]
    assert listed == [{k: v for k, v in d.items() if k != "raw"} for d in in_state]
    assert [d["subject"] for d in listed] == ["d1", "d2"]
    assert ["Subject", "d1"] in listed[0]["headers"]
