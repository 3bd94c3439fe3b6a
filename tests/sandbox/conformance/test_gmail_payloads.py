"""Gmail payload shapes, partial responses, quota errors, history ids, batch throttling."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from email.message import EmailMessage
from typing import Any

import pytest
from googleapiclient.errors import HttpError
from googleapiclient.http import BatchHttpRequest

from connectors.sandbox import Sandbox, SandboxAdmin
from tests.sandbox.conftest import credentials_for, mime, service

DANA = "dana@acme.example"
MODIFY = "https://www.googleapis.com/auth/gmail.modify"


def _with_attachment(to: str) -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = DANA, to, "CV"
    message.set_content("Attached.")
    message.add_attachment(
        b"%PDF-1.4 sandbox", maintype="application", subtype="pdf", filename="cv.pdf"
    )
    return message.as_bytes()


def test_an_attachment_comes_by_id_not_inline(
    gmail: Any, admin: SandboxAdmin, address: str
) -> None:
    delivered = admin.deliver(address, _with_attachment(address))

    full = gmail.users().messages().get(userId="me", id=delivered["id"]).execute()
    (part,) = [p for p in full["payload"]["parts"] if p["filename"] == "cv.pdf"]
    fetched = (
        gmail.users()
        .messages()
        .attachments()
        .get(userId="me", messageId=delivered["id"], id=part["body"]["attachmentId"])
        .execute()
    )

    assert "data" not in part["body"] and part["body"]["size"] == len(b"%PDF-1.4 sandbox")
    assert fetched["data"] == "JVBERi0xLjQgc2FuZGJveA=="
    assert fetched["size"] == part["body"]["size"]


def test_the_snippet_is_html_escaped(gmail: Any, admin: SandboxAdmin, address: str) -> None:
    raw = mime(DANA, address, body="Tom's <b>draft</b> & notes")
    delivered = admin.deliver(address, raw)

    got = gmail.users().messages().get(userId="me", id=delivered["id"], format="minimal").execute()

    assert got["snippet"] == "Tom&#39;s &lt;b&gt;draft&lt;/b&gt; &amp; notes"


def test_html_only_mail_has_a_snippet(gmail: Any, admin: SandboxAdmin, address: str) -> None:
    html = (
        "<html><head><style>p{}</style></head><body><p>Hi&nbsp;there, <b>Sam</b></p></body></html>"
    )
    raw = mime(DANA, address, body=html, extra="Content-Type: text/html; charset=utf-8")
    delivered = admin.deliver(address, raw)

    got = gmail.users().messages().get(userId="me", id=delivered["id"], format="minimal").execute()

    assert got["snippet"] == "Hi there, Sam"


def test_fields_selects_a_partial_response(gmail: Any, admin: SandboxAdmin, address: str) -> None:
    delivered = admin.deliver(address, mime(DANA, address))

    got = (
        gmail.users()
        .messages()
        .get(userId="me", id=delivered["id"], fields="id,payload/headers(name)")
        .execute()
    )
    listed = gmail.users().messages().list(userId="me", fields="messages(id)").execute()

    assert set(got) == {"id", "payload"} and set(got["payload"]) == {"headers"}
    assert all(set(h) == {"name"} for h in got["payload"]["headers"])
    assert listed == {"messages": [{"id": delivered["id"]}]}


def test_quota_errors_are_in_the_usage_limits_domain(gmail: Any, admin: SandboxAdmin) -> None:
    admin.fault(method="gmail.users.getProfile", status=403, reason="userRateLimitExceeded")

    with pytest.raises(HttpError) as caught:
        gmail.users().getProfile(userId="me").execute()

    assert caught.value.error_details[0]["domain"] == "usageLimits"


def test_history_ids_grow_with_gaps(admin: SandboxAdmin, address: str) -> None:
    before = int(admin.state(address)["historyId"])
    admin.deliver_many(address, [mime(DANA, address, msgid=f"<g{i}@x>") for i in range(30)])

    grown = int(admin.state(address)["historyId"]) - before

    assert grown > 30  # 30 changes, and at least one gap among them


@pytest.fixture
def modifier(sandbox: Sandbox, admin: SandboxAdmin) -> Iterator[tuple[Any, str]]:
    """A Gmail client allowed to change labels (coffeechat's scopes are not)."""
    account = admin.create_mailbox(f"labels-{secrets.token_hex(4)}@example.com", [MODIFY])
    with service(sandbox, credentials_for(sandbox, account), "gmail") as built:
        yield built, account["address"]


def test_the_user_labels_reads_and_trashes_mail(
    admin: SandboxAdmin, modifier: tuple[Any, str]
) -> None:
    gmail, address = modifier
    delivered = admin.deliver(address, mime(DANA, address))
    label = gmail.users().labels().create(userId="me", body={"name": "Networking"}).execute()
    messages = gmail.users().messages()

    read = messages.modify(
        userId="me",
        id=delivered["id"],
        body={"addLabelIds": [label["id"]], "removeLabelIds": ["UNREAD"]},
    ).execute()
    trashed = messages.trash(userId="me", id=delivered["id"]).execute()
    names = [item["name"] for item in gmail.users().labels().list(userId="me").execute()["labels"]]

    assert set(read["labelIds"]) == {"INBOX", label["id"]}
    assert set(trashed["labelIds"]) == {"TRASH", label["id"]}
    assert label["id"].startswith("Label_") and "Networking" in names
    with pytest.raises(HttpError) as caught:
        messages.modify(userId="me", id=delivered["id"], body={"addLabelIds": ["SENT"]}).execute()
    assert caught.value.resp.status == 400


def test_coffeechat_scopes_cannot_change_labels(
    gmail: Any, admin: SandboxAdmin, address: str
) -> None:
    delivered = admin.deliver(address, mime(DANA, address))

    with pytest.raises(HttpError) as caught:
        gmail.users().messages().trash(userId="me", id=delivered["id"]).execute()

    assert caught.value.resp.status == 403


def test_batch_parts_past_the_concurrency_limit_answer_429(
    sandbox: Sandbox, gmail: Any, admin: SandboxAdmin, address: str
) -> None:
    delivered = admin.deliver_many(
        address, [mime(DANA, address, msgid=f"<c{i}@x>") for i in range(5)]
    )
    gmail.users().getProfile(userId="me").execute()  # refresh outside the batch
    admin.fault(concurrency=2, address=address)
    statuses: list[int] = []

    def collect(_: str, __: Any, exception: Exception | None) -> None:
        statuses.append(exception.resp.status if isinstance(exception, HttpError) else 200)

    batch = BatchHttpRequest(batch_uri=sandbox.base_url + "/batch/gmail/v1")
    for item in delivered:
        batch.add(gmail.users().messages().get(userId="me", id=item["id"]), callback=collect)
    batch.execute(http=gmail._http)

    assert statuses == [200, 200, 429, 429, 429]
