"""Sent and received mail as Gmail stamps it: a draft sent from the composer, receipt times.

Gmail's composer rewrites a draft the user edited before sending it: custom
``X-`` headers dropped, a new Message-ID, the user's body (issue 11, gap 7).
``internalDate`` is "the time the message was originally accepted by Google"
for received mail, not its Date header; only imported mail may take the
header (``internalDateSource=dateHeader``;
https://developers.google.com/gmail/api/reference/rest/v1/users.messages).
"""

from __future__ import annotations

import base64
import time
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.utils import format_datetime
from typing import Any

from connectors.sandbox import SandboxAdmin
from tests.sandbox.conftest import draft_body, mime

DANA = "dana@acme.example"


def _internal_date(gmail: Any, message_id: str) -> int:
    got = gmail.users().messages().get(userId="me", id=message_id, format="minimal").execute()
    return int(got["internalDate"])


def test_mail_delivered_late_is_dated_when_gmail_received_it(
    gmail: Any, admin: SandboxAdmin, address: str
) -> None:
    # Written a day ago, held up on the way: received now
    written = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)
    before_ms = int(time.time() * 1000)

    delivered = admin.deliver(address, mime(DANA, address, date=format_datetime(written)))

    assert _internal_date(gmail, delivered["id"]) >= before_ms


def test_imported_mail_may_take_its_date_header(
    gmail: Any, admin: SandboxAdmin, address: str
) -> None:
    written = datetime(2024, 6, 3, 10, tzinfo=UTC)

    (seeded,) = admin.deliver_many(
        address, [mime(DANA, address, date=format_datetime(written))], date_header=True
    )

    assert _internal_date(gmail, seeded["id"]) == int(written.timestamp() * 1000)


def test_user_sends_a_draft_rewritten_by_gmails_composer(
    gmail: Any, admin: SandboxAdmin, address: str
) -> None:
    incoming = admin.deliver(address, mime("bob@x.com", address, msgid="<c1@x.com>"))
    reply = mime(
        address,
        "bob@x.com",
        "Re: Hello",
        msgid="<d1@me.com>",
        reply_to="<c1@x.com>",
        extra="X-Key: k3",
    )
    draft = (
        gmail.users()
        .drafts()
        .create(userId="me", body=draft_body(reply, incoming["threadId"]))
        .execute()
    )
    before_ms = int(time.time() * 1000)

    sent = admin.send_draft(address, draft["id"], composer=True, text="Friday instead?")

    message = gmail.users().messages().get(userId="me", id=sent["id"], format="raw").execute()
    parsed = message_from_bytes(base64.urlsafe_b64decode(message["raw"]), policy=policy.default)
    assert sent["threadId"] == incoming["threadId"] and message["labelIds"] == ["SENT"]
    assert "X-Key" not in parsed and parsed["Message-ID"] not in (None, "<d1@me.com>")
    assert (
        parsed["In-Reply-To"] == "<c1@x.com>"
        and parsed["Date"] == "Mon, 03 Jun 2024 10:00:00 +0000"
    )
    assert parsed.get_content().strip() == "Friday instead?"
    # internalDate is when the message entered the mailbox, not its (2024) Date header
    assert int(message["internalDate"]) >= before_ms
    assert admin.state(address)["drafts"] == []


def test_user_sends_a_draft_with_an_old_date_header(
    gmail: Any, admin: SandboxAdmin, address: str
) -> None:
    draft = (
        gmail.users()
        .drafts()
        .create(userId="me", body=draft_body(mime(address, "b@x.com", extra="X-Key: k4")))
        .execute()
    )
    before_ms = int(time.time() * 1000)

    sent = admin.send_draft(address, draft["id"], date="Mon, 01 Jan 2024 09:00:00 +0000")

    message = gmail.users().messages().get(userId="me", id=sent["id"], format="raw").execute()
    parsed = message_from_bytes(base64.urlsafe_b64decode(message["raw"]), policy=policy.default)
    assert parsed["Date"] == "Mon, 01 Jan 2024 09:00:00 +0000" and parsed["X-Key"] == "k4"
    assert int(message["internalDate"]) >= before_ms
