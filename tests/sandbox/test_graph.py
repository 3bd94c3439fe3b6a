"""The Graph side of the sandbox, through the real msal and requests, over HTTPS."""

from __future__ import annotations

import base64
import html
import json
import re
import secrets
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import msal
import pytest
import requests

from connectors.sandbox import Sandbox, SandboxAdmin
from connectors.sandbox.tls import ThrowawayTls
from connectors.sandbox.world import World, invite_ics

SCOPES = ["Mail.ReadWrite", "Calendars.ReadWrite", "User.Read"]
KEY_ID = "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name coffeechat_key"
ALICE = "alice@contacts.example"


class Graph:
    """A signed-in Graph client of one sandbox mailbox."""

    def __init__(self, sandbox: Sandbox, admin: SandboxAdmin, tls: ThrowawayTls) -> None:
        self.address = f"user-{secrets.token_hex(4)}@outlook.example"
        self.creds = admin.create_mailbox(self.address, provider="microsoft")
        self.base = sandbox.base_url
        self.session = requests.Session()
        self.session.trust_env = False
        self.session.verify = str(tls.ca_file)
        self.app = msal.PublicClientApplication(
            self.creds["client_id"],
            authority=self.creds["authority"],
            http_client=self.session,
            instance_discovery=False,
        )
        result = self.app.acquire_token_by_refresh_token(self.creds["refresh_token"], SCOPES)
        self.token = result["access_token"]
        self.world = World(admin, self.address)

    def call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = {"Authorization": f"Bearer {self.token}", **kwargs.pop("headers", {})}
        url = path if path.startswith("https://") else f"{self.base}/v1.0{path}"
        return self.session.request(method, url, headers=headers, timeout=30, **kwargs)


@pytest.fixture
def graph(https_sandbox: Sandbox, https_admin: SandboxAdmin, tls: ThrowawayTls) -> Iterator[Graph]:
    client = Graph(https_sandbox, https_admin, tls)
    yield client
    client.session.close()
    https_admin.clear_faults()
    https_admin.clear_violations()


def _rounds(graph: Graph, url: str) -> tuple[list[dict[str, Any]], str, int]:
    """Every item of one delta round, its deltaLink, and how many pages it took."""
    items: list[dict[str, Any]] = []
    pages = 0
    while True:
        page = graph.call("GET", url)
        assert page.status_code == 200, page.text
        body = page.json()
        items += body["value"]
        pages += 1
        if "@odata.deltaLink" in body:
            return items, body["@odata.deltaLink"], pages
        url = body["@odata.nextLink"]


def test_msal_signs_in_by_refresh_token_with_an_account_it_can_use_silently(graph: Graph) -> None:
    (account,) = graph.app.get_accounts()

    again = graph.app.acquire_token_silent(SCOPES, account=account)

    assert account["username"] == graph.address
    assert account["realm"] == graph.creds["tenant"]
    assert again is not None and again["access_token"] == graph.token
    assert graph.call("GET", "/me").json()["mail"] == graph.address


def test_the_device_code_flow_signs_in_once_the_user_enters_the_code(
    graph: Graph, https_admin: SandboxAdmin
) -> None:
    flow = graph.app.initiate_device_flow(scopes=SCOPES)
    https_admin.device_login(flow["user_code"], graph.address)

    result = graph.app.acquire_token_by_device_flow(flow)

    assert "access_token" in result, result
    assert result["id_token_claims"]["preferred_username"] == graph.address


def _authorize(graph: Graph, redirect_uri: str) -> tuple[dict[str, Any], requests.Response]:
    """msal's auth-code flow (PKCE, form_post) and what /authorize answers the browser."""
    flow = graph.app.initiate_auth_code_flow(
        SCOPES, redirect_uri=redirect_uri, login_hint=graph.address, response_mode="form_post"
    )
    return flow, graph.session.get(flow["auth_uri"], allow_redirects=False, timeout=30)


def test_an_auth_code_flow_redeems_once_and_only_at_a_registered_redirect(graph: Graph) -> None:
    # The code comes in a form for the browser to post to the redirect URI
    flow, answer = _authorize(graph, "http://localhost:8765")
    assert answer.status_code == 200
    assert 'action="http://localhost:8765"' in answer.text
    query = {
        name: html.unescape(value)
        for name, value in re.findall(r'name="(\w+)" value="([^"]*)"', answer.text)
    }

    result = graph.app.acquire_token_by_auth_code_flow(flow, query)
    assert result["id_token_claims"]["preferred_username"] == graph.address
    # A code is good once; a redirect the app did not register gets no code at all
    again = graph.app.acquire_token_by_auth_code_flow(flow, query)
    assert again["error"] == "invalid_grant"
    _, refused = _authorize(graph, "https://evil.example/callback")
    assert refused.status_code == 400
    assert "AADSTS50011" in refused.json()["error_description"]


def test_a_scope_never_consented_is_refused_by_the_token_endpoint(graph: Graph) -> None:
    result = graph.app.acquire_token_by_refresh_token(graph.creds["refresh_token"], ["Mail.Send"])

    assert result["error"] == "invalid_grant" and "65001" in result["error_description"]


@pytest.mark.parametrize(
    "query",
    ["$foo=1", "$select=nope", "$top=0", "$filter=subject eq 'x'", "$top=1&$top=2"],
)
def test_bad_query_options_are_400(graph: Graph, query: str) -> None:
    answer = graph.call("GET", f"/me/messages?{query}")

    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == "BadRequest"


def test_a_token_without_calendar_scope_cannot_read_the_calendar(graph: Graph) -> None:
    mail_only = graph.app.acquire_token_by_refresh_token(
        graph.creds["refresh_token"], ["Mail.ReadWrite"]
    )

    answer = graph.call(
        "GET",
        "/me/events",
        headers={"Authorization": f"Bearer {mail_only['access_token']}"},
    )

    assert answer.status_code == 403 and answer.json()["error"]["code"] == "ErrorAccessDenied"


def test_inbox_delta_pages_then_reports_only_new_mail_and_a_reset_is_410(
    graph: Graph, https_admin: SandboxAdmin
) -> None:
    for n in range(12):
        graph.world.deliver(ALICE, f"Note {n}", "Hi")
    start = "/me/mailFolders('inbox')/messages/delta?$select=subject,conversationId"

    first, link, pages = _rounds(graph, start)
    idle, link, _ = _rounds(graph, link)
    reply = graph.world.deliver(ALICE, "Re: Note 1", "Yes")
    new, link, _ = _rounds(graph, link)
    https_admin.fault(history_reset=True, address=graph.address)
    reset = graph.call("GET", link)

    assert len(first) == 12 and pages == 2
    assert set(first[0]) == {"@odata.type", "@odata.etag", "id", "subject", "conversationId"}
    assert idle == []
    assert [m["id"] for m in new] == [reply["id"]]
    assert reset.status_code == 410 and reset.json()["error"]["code"] == "SyncStateNotFound"


def _reply(graph: Graph, message_id: str, key: str) -> dict[str, Any]:
    answer = graph.call(
        "POST",
        f"/me/messages/{message_id}/createReply",
        json={
            "message": {
                "body": {"contentType": "html", "content": "<p>Tuesday works</p>"},
                "internetMessageHeaders": [{"name": "X-Coffeechat-Key", "value": key}],
                "singleValueExtendedProperties": [{"id": KEY_ID, "value": key}],
            }
        },
    )
    assert answer.status_code == 201, answer.text
    body: dict[str, Any] = answer.json()
    return body


def test_create_reply_threads_the_draft_and_the_key_finds_it(graph: Graph) -> None:
    original = graph.world.deliver(ALICE, "Coffee?", "Hi")

    draft = _reply(graph, original["id"], "k-1")
    found = graph.call(
        "GET",
        "/me/mailFolders('drafts')/messages",
        params={
            "$filter": f"singleValueExtendedProperties/Any(ep: ep/id eq '{KEY_ID}' "
            "and ep/value eq 'k-1')",
            "$expand": f"singleValueExtendedProperties($filter=id eq '{KEY_ID}')",
            "$select": "id,conversationId",
        },
    ).json()["value"]
    mime = graph.call("GET", f"/me/messages/{draft['id']}/$value").content

    assert draft["conversationId"] == original["threadId"] and draft["isDraft"] is True
    assert draft["subject"] == "RE: Coffee?"
    assert [(m["id"], m["singleValueExtendedProperties"]) for m in found] == [
        (draft["id"], [{"id": KEY_ID, "value": "k-1"}])
    ]
    assert f"In-Reply-To: {original['messageId']}".encode() in mime
    assert b"X-Coffeechat-Key: k-1" in mime


def test_a_draft_sent_from_outlook_leaves_drafts_and_lands_in_sent_items_with_its_key(
    graph: Graph,
) -> None:
    original = graph.world.deliver(ALICE, "Coffee?", "Hi")
    draft = _reply(graph, original["id"], "k-2")
    _, drafts_link, _ = _rounds(graph, "/me/mailFolders('drafts')/messages/delta")
    _, sent_link, _ = _rounds(graph, "/me/mailFolders('sentitems')/messages/delta")

    sent = graph.world.send_draft(draft["id"])
    gone, _, _ = _rounds(graph, drafts_link)
    arrived, _, _ = _rounds(graph, sent_link)
    copy = graph.call(
        "GET",
        f"/me/messages/{sent['id']}",
        params={"$expand": f"singleValueExtendedProperties($filter=id eq '{KEY_ID}')"},
    ).json()

    assert gone == [
        {
            "@odata.type": "#microsoft.graph.message",
            "id": draft["id"],
            "@removed": {"reason": "deleted"},
        }
    ]
    assert [m["id"] for m in arrived] == [sent["id"]]
    assert copy["conversationId"] == original["threadId"] and copy["isDraft"] is False
    assert copy["singleValueExtendedProperties"] == [{"id": KEY_ID, "value": "k-2"}]


def test_send_and_send_mail_are_refused_without_mail_send_and_recorded(
    graph: Graph, https_admin: SandboxAdmin
) -> None:
    original = graph.world.deliver(ALICE, "Coffee?", "Hi")
    draft = _reply(graph, original["id"], "k-3")

    send = graph.call("POST", f"/me/messages/{draft['id']}/send")
    send_mail = graph.call(
        "POST",
        "/me/sendMail",
        json={"message": {"subject": "x", "toRecipients": [{"emailAddress": {"address": ALICE}}]}},
    )

    assert send.status_code == 403 and send_mail.status_code == 403
    assert [v["method"] for v in https_admin.violations()] == [
        "graph.messages.send",
        "graph.sendMail",
    ]
    assert graph.world.state()["sent"] == []


def test_patch_edits_a_draft_in_place_and_internet_headers_cannot_be_patched(graph: Graph) -> None:
    original = graph.world.deliver(ALICE, "Coffee?", "Hi")
    draft = _reply(graph, original["id"], "k-4")

    edited = graph.call(
        "PATCH",
        f"/me/messages/{draft['id']}",
        json={"body": {"contentType": "text", "content": "Friday instead"}},
    )
    refused = graph.call(
        "PATCH",
        f"/me/messages/{draft['id']}",
        json={"internetMessageHeaders": [{"name": "X-A", "value": "b"}]},
    )
    text = graph.call(
        "GET",
        f"/me/messages/{draft['id']}",
        headers={"Prefer": 'outlook.body-content-type="text"'},
    ).json()

    assert edited.status_code == 200 and edited.json()["id"] == draft["id"]
    assert refused.status_code == 400
    assert text["body"] == {"contentType": "text", "content": "Friday instead\n"}


def _soon(hours: float) -> datetime:
    base = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) + timedelta(days=1)
    return base + timedelta(hours=hours)


def _graph_time(moment: datetime) -> dict[str, str]:
    return {"dateTime": moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"), "timeZone": "UTC"}


def test_a_private_event_with_a_file_attachment_and_get_schedule(graph: Graph) -> None:
    created = graph.call(
        "POST",
        "/me/events",
        json={
            "subject": "Prep",
            "body": {"contentType": "text", "content": "Brief"},
            "start": _graph_time(_soon(2)),
            "end": _graph_time(_soon(3)),
            "showAs": "tentative",
            "sensitivity": "private",
            "singleValueExtendedProperties": [{"id": KEY_ID, "value": "prep-1"}],
        },
    )
    event = created.json()
    attached = graph.call(
        "POST",
        f"/me/events/{event['id']}/attachments",
        json={
            "@odata.type": "#microsoft.graph.fileAttachment",
            "name": "brief.md",
            "contentBytes": base64.b64encode(b"# Brief").decode(),
        },
    )
    schedule = graph.call(
        "POST",
        "/me/calendar/getSchedule",
        json={
            "schedules": [graph.address],
            "startTime": _graph_time(_soon(0)),
            "endTime": _graph_time(_soon(8)),
        },
    ).json()

    assert created.status_code == 201 and attached.status_code == 201
    (stored,) = graph.world.events()
    assert stored["visibility"] == "private" and stored["status"] == "tentative"
    assert stored["graphAttachments"][0]["name"] == "brief.md"
    assert event["showAs"] == "tentative" and event["sensitivity"] == "private"
    items = schedule["value"][0]["scheduleItems"]
    assert [(i["start"]["dateTime"][:19], i["status"]) for i in items] == [
        (_graph_time(_soon(2))["dateTime"], "busy")
    ]


def test_calendar_view_delta_reports_a_move_then_a_cancellation_and_attendees_cannot_edit(
    graph: Graph,
) -> None:
    uid = graph.world.invite(ALICE, "Coffee chat", _soon(1), _soon(1.5))
    window = {
        "startDateTime": _soon(-24).isoformat(),
        "endDateTime": _soon(24 * 7).isoformat(),
    }
    first = graph.call("GET", "/me/calendarView/delta", params=window).json()
    (event,) = [e for e in first["value"] if e["iCalUId"] == uid]

    refused = graph.call("PATCH", f"/me/events/{event['id']}", json={"subject": "Mine now"})
    graph.world.move_event(event["id"], _soon(3), _soon(3.5))
    moved = graph.call("GET", first["@odata.deltaLink"]).json()
    graph.world.cancel_event(event["id"])
    removed = graph.call("GET", moved["@odata.deltaLink"]).json()
    own = graph.call(
        "POST",
        "/me/events",
        json={"subject": "Hold", "start": _graph_time(_soon(5)), "end": _graph_time(_soon(6))},
    ).json()
    graph.call("DELETE", f"/me/events/{own['id']}")
    deleted = graph.call("GET", removed["@odata.deltaLink"]).json()

    assert refused.status_code == 403
    assert event["organizer"]["emailAddress"]["address"] == ALICE
    assert {a["emailAddress"]["address"]: a["status"]["response"] for a in event["attendees"]} == {
        ALICE: "accepted",
        graph.address: "notResponded",
    }
    assert [(e["id"], e["start"]["dateTime"][:19]) for e in moved["value"]] == [
        (event["id"], _graph_time(_soon(3))["dateTime"])
    ]
    assert [(e["id"], e["isCancelled"]) for e in removed["value"]] == [(event["id"], True)]
    assert deleted["value"] == [
        {
            "@odata.type": "#microsoft.graph.event",
            "id": own["id"],
            "@removed": {"reason": "deleted"},
        }
    ]


def test_throttling_answers_429_with_retry_after_in_graphs_shape(
    graph: Graph, https_admin: SandboxAdmin
) -> None:
    https_admin.fault(method="graph.messages.delta", status=429, retry_after=7)
    https_admin.fault(graph_rate_limit=2)

    faulted = graph.call("GET", "/me/mailFolders('inbox')/messages/delta")
    answers = [graph.call("GET", "/me").status_code for _ in range(4)]

    assert faulted.status_code == 429 and faulted.headers["Retry-After"] == "7"
    assert faulted.json()["error"]["code"] == "TooManyRequests"
    assert 429 in answers


def test_batch_answers_each_part_and_refuses_more_than_twenty(graph: Graph) -> None:
    parts = [
        {"id": "1", "method": "GET", "url": "/me"},
        {"id": "2", "method": "GET", "url": "/me/messages/nope"},
    ]

    answer = graph.call("POST", "/$batch", json={"requests": parts}).json()
    too_many = graph.call(
        "POST",
        "/$batch",
        json={"requests": [{"id": str(i), "method": "GET", "url": "/me"} for i in range(21)]},
    )

    assert {r["id"]: r["status"] for r in answer["responses"]} == {"1": 200, "2": 404}
    assert too_many.status_code == 400
    assert json.loads(too_many.content)["error"]["code"] == "BadRequest"


def test_calendar_view_expands_a_weekly_series_and_times_follow_prefer_timezone(
    graph: Graph, https_admin: SandboxAdmin
) -> None:
    uid = f"{secrets.token_hex(6)}@contacts.example"
    https_admin.invite(
        graph.address,
        invite_ics(
            ALICE, graph.address, uid, start=_soon(1), end=_soon(2), rrule="FREQ=WEEKLY;COUNT=3"
        ),
    )
    window = {"startDateTime": _soon(-1).isoformat(), "endDateTime": _soon(24 * 30).isoformat()}

    view = graph.call(
        "GET",
        "/me/calendarView/delta",
        params=window,
        headers={"Prefer": 'outlook.timezone="America/Los_Angeles"'},
    ).json()

    series = [e for e in view["value"] if e["iCalUId"] == uid]
    pacific = _soon(1).astimezone(ZoneInfo("America/Los_Angeles"))
    assert len(series) == 3
    assert series[0]["start"] == {
        "dateTime": pacific.strftime("%Y-%m-%dT%H:%M:%S.0000000"),
        "timeZone": "America/Los_Angeles",
    }
