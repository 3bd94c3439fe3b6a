"""Gmail v1 through the real googleapiclient against the sandbox."""

from __future__ import annotations

import base64
import json
from email.utils import formatdate
from typing import Any

import pytest
from googleapiclient.errors import HttpError
from googleapiclient.http import BatchHttpRequest

from connectors.sandbox import Sandbox, SandboxAdmin
from tests.sandbox.conftest import b64, draft_body, mime


def _ids(listing: dict[str, Any]) -> set[str]:
    return {m["id"] for m in listing.get("messages", [])}


def test_get_profile_reports_address_and_history_id(gmail: Any, address: str) -> None:
    profile = gmail.users().getProfile(userId="me").execute()
    assert profile["emailAddress"] == address
    assert int(profile["historyId"]) > 0
    assert profile["messagesTotal"] == 0


def test_messages_get_in_raw_full_and_metadata_formats(
    gmail: Any, admin: SandboxAdmin, address: str
) -> None:
    raw = mime("Bob <bob@x.com>", address, "Coffee?", "Would love to chat", "<m1@x.com>")
    ids = admin.deliver(address, raw, date_header=True)
    get = gmail.users().messages().get
    as_raw = get(userId="me", id=ids["id"], format="raw").execute()
    assert base64.urlsafe_b64decode(as_raw["raw"]) == raw
    assert as_raw["labelIds"] == ["INBOX", "UNREAD"]
    assert as_raw["internalDate"] == "1717408800000"
    full = get(userId="me", id=ids["id"]).execute()
    assert full["snippet"] == "Would love to chat"
    assert {"name": "Subject", "value": "Coffee?"} in full["payload"]["headers"]
    assert base64.urlsafe_b64decode(full["payload"]["body"]["data"]).startswith(b"Would love")
    meta = get(
        userId="me", id=ids["id"], format="metadata", metadataHeaders=["Message-ID"]
    ).execute()
    assert meta["payload"]["headers"] == [{"name": "Message-ID", "value": "<m1@x.com>"}]


def test_multipart_payload_has_numbered_parts(
    gmail: Any, admin: SandboxAdmin, address: str
) -> None:
    raw = (
        b"From: a@x.com\r\nTo: me\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain\r\n\r\nplain\r\n"
        b"--b\r\nContent-Type: text/html\r\n\r\n<p>html</p>\r\n--b--\r\n"
    )
    ids = admin.deliver(address, raw)
    payload = gmail.users().messages().get(userId="me", id=ids["id"]).execute()["payload"]
    assert payload["mimeType"] == "multipart/alternative"
    assert [p["partId"] for p in payload["parts"]] == ["0", "1"]
    assert [p["mimeType"] for p in payload["parts"]] == ["text/plain", "text/html"]


def test_unknown_message_is_googles_404(gmail: Any) -> None:
    with pytest.raises(HttpError) as caught:
        gmail.users().messages().get(userId="me", id="deadbeef").execute()
    assert caught.value.resp.status == 404
    error = json.loads(caught.value.content)["error"]
    assert error["status"] == "NOT_FOUND"
    assert error["message"] == "Requested entity was not found."


def test_replies_are_threaded_by_references(gmail: Any, admin: SandboxAdmin, address: str) -> None:
    first = admin.deliver(address, mime("bob@x.com", address, msgid="<t1@x.com>"))
    reply = admin.deliver(
        address, mime("bob@x.com", address, "Re: Hello", msgid="<t2@x.com>", reply_to="<t1@x.com>")
    )
    other = admin.deliver(address, mime("carol@y.com", address, msgid="<t3@y.com>"))
    assert reply["threadId"] == first["threadId"]
    assert other["threadId"] != first["threadId"]
    thread = (
        gmail.users().threads().get(userId="me", id=first["threadId"], format="minimal").execute()
    )
    assert [m["id"] for m in thread["messages"]] == [first["id"], reply["id"]]


def test_messages_list_search_operators(gmail: Any, admin: SandboxAdmin, address: str) -> None:
    now = formatdate()
    bob = admin.deliver(address, mime("Bob <bob@x.com>", address, msgid="<q1@x.com>", date=now))
    carol = admin.deliver(
        address,
        mime(
            "carol@y.com", f"{address}, dan@z.com", "Lunch", date="Wed, 01 Jan 2020 00:00:00 +0000"
        ),
        date_header=True,  # old mail seeded: searches by date see its Date
    )
    mine = admin.deliver(
        address, mime(address, "erin@w.com", "Intro"), label_ids=["SENT"], date_header=True
    )
    admin.relabel(address, bob["id"], remove=("UNREAD",))

    def search(q: str) -> set[str]:
        return _ids(gmail.users().messages().list(userId="me", q=q).execute())

    assert search("from:bob@x.com") == {bob["id"]}
    assert search("from:bob") == {bob["id"]}
    assert search("to:dan@z.com") == {carol["id"]}
    assert search("{from:bob@x.com from:carol@y.com}") == {bob["id"], carol["id"]}
    assert search("from:{bob@x.com carol@y.com}") == {bob["id"], carol["id"]}
    assert search("from:bob@x.com OR to:erin@w.com") == {bob["id"], mine["id"]}
    assert search("in:sent") == {mine["id"]}
    assert search("in:inbox -from:carol@y.com") == {bob["id"]}
    assert search("is:unread") == {carol["id"]}
    assert search("before:2021/01/01") == {carol["id"]}
    assert search("after:1600000000 in:inbox") == {bob["id"]}
    assert search("newer_than:1d") == {bob["id"]}
    assert search("rfc822msgid:q1@x.com") == {bob["id"]}
    assert search("lunch") == {carol["id"]}
    listed = gmail.users().messages().list(userId="me", labelIds=["INBOX", "UNREAD"]).execute()
    assert _ids(listed) == {carol["id"]}


def test_messages_list_pages(gmail: Any, admin: SandboxAdmin, address: str) -> None:
    raws = [mime(f"p{i}@x.com", address, f"n{i}") for i in range(5)]
    delivered = {m["id"] for m in admin.deliver_many(address, raws)}
    seen: list[str] = []
    token = None
    while True:
        page = gmail.users().messages().list(userId="me", maxResults=2, pageToken=token).execute()
        seen += [m["id"] for m in page["messages"]]
        token = page.get("nextPageToken")
        if token is None:
            break
    assert len(seen) == 5
    assert set(seen) == delivered


def test_labels_list_has_system_labels(gmail: Any) -> None:
    labels = {label["id"] for label in gmail.users().labels().list(userId="me").execute()["labels"]}
    assert {"INBOX", "SENT", "DRAFT", "UNREAD"} <= labels


def test_history_list_reports_each_change(gmail: Any, admin: SandboxAdmin, address: str) -> None:
    start = gmail.users().getProfile(userId="me").execute()["historyId"]
    idle = gmail.users().history().list(userId="me", startHistoryId=start).execute()
    assert "history" not in idle
    assert idle["historyId"] == start
    ids = admin.deliver(address, mime("bob@x.com", address))
    admin.relabel(address, ids["id"], remove=("UNREAD",))
    history = gmail.users().history().list(userId="me", startHistoryId=start).execute()
    added = [e["message"]["id"] for r in history["history"] for e in r.get("messagesAdded", [])]
    assert added == [ids["id"]]
    assert int(history["historyId"]) > int(start)
    only_added = (
        gmail.users()
        .history()
        .list(userId="me", startHistoryId=start, historyTypes=["messageAdded"])
        .execute()
    )
    assert len(only_added["history"]) == 1
    removed = [r for r in history["history"] if "labelsRemoved" in r]
    assert removed[0]["labelsRemoved"][0]["labelIds"] == ["UNREAD"]


def test_history_list_pages(gmail: Any, admin: SandboxAdmin, address: str) -> None:
    start = gmail.users().getProfile(userId="me").execute()["historyId"]
    admin.deliver_many(address, [mime("a@x.com", address, f"s{i}") for i in range(3)])
    first = gmail.users().history().list(userId="me", startHistoryId=start, maxResults=2).execute()
    assert len(first["history"]) == 2
    rest = (
        gmail.users()
        .history()
        .list(userId="me", startHistoryId=start, maxResults=2, pageToken=first["nextPageToken"])
        .execute()
    )
    assert len(rest["history"]) == 1
    assert "nextPageToken" not in rest


def test_history_too_old_is_404(gmail: Any, admin: SandboxAdmin, address: str) -> None:
    start = gmail.users().getProfile(userId="me").execute()["historyId"]
    admin.deliver(address, mime("bob@x.com", address))
    admin.fault(history_reset=True, address=address)
    with pytest.raises(HttpError) as caught:
        gmail.users().history().list(userId="me", startHistoryId=start).execute()
    assert caught.value.resp.status == 404
    assert json.loads(caught.value.content)["error"]["status"] == "NOT_FOUND"
    fresh = gmail.users().getProfile(userId="me").execute()["historyId"]
    assert (
        "history" not in gmail.users().history().list(userId="me", startHistoryId=fresh).execute()
    )


def test_draft_lifecycle(gmail: Any, admin: SandboxAdmin, address: str) -> None:
    incoming = admin.deliver(address, mime("bob@x.com", address, msgid="<d1@x.com>"))
    start = gmail.users().getProfile(userId="me").execute()["historyId"]
    drafts = gmail.users().drafts()
    reply = mime(address, "bob@x.com", "Re: Hello", reply_to="<d1@x.com>", extra="X-Key: k1")
    created = drafts.create(userId="me", body=draft_body(reply, incoming["threadId"])).execute()
    assert created["message"]["threadId"] == incoming["threadId"]
    assert created["message"]["labelIds"] == ["DRAFT"]
    # drafts.get has no metadataHeaders: format=metadata answers every header.
    got = drafts.get(userId="me", id=created["id"], format="metadata").execute()
    assert {"name": "X-Key", "value": "k1"} in got["message"]["payload"]["headers"]
    listed = drafts.list(userId="me").execute()["drafts"]
    assert [d["id"] for d in listed] == [created["id"]]
    edited = mime(address, "bob@x.com", "Re: Hello", "edited", reply_to="<d1@x.com>")
    updated = drafts.update(userId="me", id=created["id"], body=draft_body(edited)).execute()
    assert updated["id"] == created["id"]
    assert updated["message"]["id"] != created["message"]["id"]
    assert updated["message"]["threadId"] == incoming["threadId"]
    drafts.delete(userId="me", id=created["id"]).execute()
    assert "drafts" not in drafts.list(userId="me").execute()
    history = gmail.users().history().list(userId="me", startHistoryId=start).execute()["history"]
    kinds = [k for r in history for k in ("messagesAdded", "messagesDeleted") if k in r]
    assert kinds == ["messagesAdded", "messagesDeleted", "messagesAdded", "messagesDeleted"]


def test_draft_in_unknown_thread_is_404(gmail: Any, address: str) -> None:
    body = draft_body(mime(address, "bob@x.com"), "ffffffff")
    with pytest.raises(HttpError) as caught:
        gmail.users().drafts().create(userId="me", body=body).execute()
    assert caught.value.resp.status == 404


def test_user_sends_draft_into_same_thread(gmail: Any, admin: SandboxAdmin, address: str) -> None:
    incoming = admin.deliver(address, mime("bob@x.com", address, msgid="<s1@x.com>"))
    reply = mime(address, "bob@x.com", "Re: Hello", reply_to="<s1@x.com>", extra="X-Key: k2")
    draft = (
        gmail.users()
        .drafts()
        .create(userId="me", body=draft_body(reply, incoming["threadId"]))
        .execute()
    )
    start = gmail.users().getProfile(userId="me").execute()["historyId"]
    sent = admin.send_draft(address, draft["id"])
    assert sent["threadId"] == incoming["threadId"]
    message = gmail.users().messages().get(userId="me", id=sent["id"], format="metadata").execute()
    headers = {h["name"]: h["value"] for h in message["payload"]["headers"]}
    assert message["labelIds"] == ["SENT"]
    assert headers["X-Key"] == "k2"
    assert headers["Message-ID"].startswith("<")
    history = gmail.users().history().list(userId="me", startHistoryId=start).execute()["history"]
    assert any(
        e["message"]["id"] == sent["id"] for r in history for e in r.get("messagesAdded", [])
    )
    assert admin.state(address)["drafts"] == []
    assert admin.violations() == []


def test_user_sends_edited_draft(gmail: Any, admin: SandboxAdmin, address: str) -> None:
    draft = (
        gmail.users()
        .drafts()
        .create(userId="me", body=draft_body(mime(address, "b@x.com")))
        .execute()
    )
    sent = admin.send_draft(address, draft["id"], mime(address, "b@x.com", body="my own words"))
    raw = gmail.users().messages().get(userId="me", id=sent["id"], format="raw").execute()["raw"]
    assert b"my own words" in base64.urlsafe_b64decode(raw)


def test_send_endpoints_answer_but_are_violations(
    gmail: Any, admin: SandboxAdmin, address: str
) -> None:
    sent = (
        gmail.users()
        .messages()
        .send(userId="me", body={"raw": b64(mime(address, "b@x.com"))})
        .execute()
    )
    assert sent["labelIds"] == ["SENT"]
    draft = (
        gmail.users()
        .drafts()
        .create(userId="me", body=draft_body(mime(address, "b@x.com")))
        .execute()
    )
    gmail.users().drafts().send(userId="me", body={"id": draft["id"]}).execute()
    violations = admin.violations()
    assert [v["method"] for v in violations] == [
        "gmail.users.messages.send",
        "gmail.users.drafts.send",
    ]
    assert {v["kind"] for v in violations} == {"send"}


def test_batch_get_counts_each_inner_call(
    sandbox: Sandbox, gmail: Any, admin: SandboxAdmin, address: str
) -> None:
    delivered = admin.deliver_many(address, [mime(f"b{i}@x.com", address) for i in range(3)])
    # Refresh the token first: a batch refreshes through a private Http it never closes.
    gmail.users().getProfile(userId="me").execute()
    admin.reset_calls()
    results: dict[str, Any] = {}

    def collect(request_id: str, response: Any, exception: Exception | None) -> None:
        results[request_id] = exception or response["id"]

    batch = BatchHttpRequest(batch_uri=sandbox.base_url + "/batch/gmail/v1")
    for item in delivered:
        batch.add(
            gmail.users().messages().get(userId="me", id=item["id"], format="minimal"),
            callback=collect,
        )
    batch.add(gmail.users().messages().get(userId="me", id="nope"), callback=collect)
    batch.execute(http=gmail._http)
    assert [results[str(i)] for i in range(1, 4)] == [d["id"] for d in delivered]
    assert isinstance(results["4"], HttpError)
    assert results["4"].resp.status == 404
    calls = admin.calls()
    assert calls["batch"] == 1
    assert calls["gmail.users.messages.get"] == 4


def test_updating_a_standalone_draft_keeps_its_thread(gmail: Any, address: str) -> None:
    drafts = gmail.users().drafts()
    created = drafts.create(userId="me", body=draft_body(mime(address, "b@x.com"))).execute()
    body = draft_body(mime(address, "b@x.com", body="v2"))
    updated = drafts.update(userId="me", id=created["id"], body=body).execute()
    assert updated["message"]["threadId"] == created["message"]["threadId"]


def test_unbalanced_search_is_400(gmail: Any) -> None:
    with pytest.raises(HttpError) as caught:
        gmail.users().messages().list(userId="me", q="from:(a@x.com").execute()
    assert caught.value.resp.status == 400


def test_threads_list_groups_matches_by_thread(
    gmail: Any, admin: SandboxAdmin, address: str
) -> None:
    first = admin.deliver(address, mime("bob@x.com", address, msgid="<l1@x.com>"))
    admin.deliver(address, mime("bob@x.com", address, msgid="<l2@x.com>", reply_to="<l1@x.com>"))
    threads = gmail.users().threads().list(userId="me", q="from:bob@x.com").execute()["threads"]
    assert [t["id"] for t in threads] == [first["threadId"]]
