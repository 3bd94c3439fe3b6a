"""A sent draft stays in the draft's thread, even when the draft started the thread."""

from __future__ import annotations

import base64

import httpx

from connectors.sandbox import SandboxAdmin, running_sandbox


def test_sending_a_new_thread_draft_keeps_its_thread_id() -> None:
    with running_sandbox() as sandbox, SandboxAdmin(sandbox.base_url) as admin:
        creds = admin.create_mailbox("keeps@example.com")
        raw = b"From: keeps@example.com\r\nTo: dana@example.com\r\nSubject: hi\r\n\r\nHello\r\n"
        token = httpx.post(
            f"{sandbox.base_url}/token",
            data={
                "grant_type": "refresh_token",
                "client_id": creds["client_id"],
                "client_secret": creds["client_secret"],
                "refresh_token": creds["refresh_token"],
            },
        ).json()["access_token"]
        created = httpx.post(
            f"{sandbox.base_url}/gmail/v1/users/me/drafts",
            headers={"Authorization": f"Bearer {token}"},
            json={"message": {"raw": base64.urlsafe_b64encode(raw).decode()}},
        ).json()
        sent = admin.send_draft("keeps@example.com", created["id"])
        assert sent["threadId"] == created["message"]["threadId"]
