"""A small typed client for the sandbox admin API (tests, demo, benchmarks)."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

import httpx

from connectors.errors import ConnectorError


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii")


def _delivery(label_ids: list[str] | None, date_header: bool) -> dict[str, Any]:
    """The optional fields of a delivery: labels, and where ``internalDate`` comes from."""
    fields: dict[str, Any] = {} if label_ids is None else {"labelIds": label_ids}
    if date_header:
        fields["internalDateSource"] = "dateHeader"
    return fields


class SandboxAdmin:
    """Plays the world through ``/_admin/``: mailboxes, mail, invites, faults, counts."""

    def __init__(self, base_url: str, timeout: float = 60.0, verify: Any = True) -> None:
        self.base_url = base_url.rstrip("/")
        self._http = httpx.Client(
            base_url=self.base_url + "/_admin", timeout=timeout, verify=verify
        )

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> SandboxAdmin:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _call(self, method: str, path: str, body: Any = None) -> Any:
        try:
            response = self._http.request(method, path, json=body)
        except httpx.HTTPError as exc:
            raise ConnectorError(f"sandbox admin {method} {path} failed: {exc}") from exc
        if response.status_code >= 400:
            message = response.json().get("error", {}).get("message", response.text)
            raise ConnectorError(f"sandbox admin {method} {path}: {response.status_code} {message}")
        return response.json()

    @staticmethod
    def _box(address: str, suffix: str = "") -> str:
        return f"/mailboxes/{quote(address, safe='@')}{suffix}"

    def create_mailbox(
        self, address: str, scopes: Sequence[str] | None = None, provider: str = "google"
    ) -> dict[str, str]:
        """A new mailbox: ``{"address", "client_id", "client_secret", "refresh_token"}``.

        The refresh token grants coffeechat's own scopes unless ``scopes`` says
        otherwise. A ``"microsoft"`` one answers ``{"address", "client_id",
        "tenant", "authority", "refresh_token"}`` instead.
        """
        body: dict[str, Any] = {"address": address, "provider": provider}
        if scopes is not None:
            body["scopes"] = list(scopes)
        result: dict[str, str] = self._call("POST", "/mailboxes", body)
        return result

    def device_login(self, user_code: str, address: str) -> None:
        """The user types a device code at the Microsoft page, signed in as ``address``."""
        self._call("POST", "/devicelogin", {"user_code": user_code, "address": address})

    def deliver(
        self,
        address: str,
        raw: bytes,
        label_ids: list[str] | None = None,
        *,
        date_header: bool = False,
    ) -> dict[str, str]:
        """Deliver a raw RFC 5322 message; ``{"id", "threadId"}``.

        Its ``internalDate`` is now, or with ``date_header`` its Date header (old mail seeded).
        """
        body: dict[str, Any] = {"raw": _b64(raw), **_delivery(label_ids, date_header)}
        result: dict[str, str] = self._call("POST", self._box(address, "/deliver"), body)
        return result

    def deliver_many(
        self,
        address: str,
        raws: list[bytes],
        label_ids: list[str] | None = None,
        *,
        date_header: bool = False,
    ) -> list[dict[str, str]]:
        """Deliver many messages in one request (seeding); see :meth:`deliver`."""
        body: dict[str, Any] = {
            "raws": [_b64(r) for r in raws],
            **_delivery(label_ids, date_header),
        }
        result: list[dict[str, str]] = self._call(
            "POST", self._box(address, "/deliver_many"), body
        )["messages"]
        return result

    def state(self, address: str) -> dict[str, Any]:
        """``{"messages", "drafts", "sent", "events", "historyId"}`` of a mailbox."""
        result: dict[str, Any] = self._call("GET", self._box(address))
        return result

    def drafts(self, address: str) -> list[dict[str, Any]]:
        """The drafts of a mailbox with ``"headers"`` but no ``"raw"`` (cheap to poll)."""
        result: list[dict[str, Any]] = self._call("GET", self._box(address, "/drafts"))["drafts"]
        return result

    def relabel(
        self,
        address: str,
        message_id: str,
        add: tuple[str, ...] = (),
        remove: tuple[str, ...] = (),
    ) -> dict[str, Any]:
        """The user changes a message's labels."""
        body = {"add": list(add), "remove": list(remove)}
        path = self._box(address, f"/messages/{message_id}/labels")
        result: dict[str, Any] = self._call("POST", path, body)
        return result

    def edit_draft(self, address: str, draft_id: str, raw: bytes) -> dict[str, Any]:
        """The user edits a draft without sending it."""
        path = self._box(address, f"/drafts/{draft_id}")
        result: dict[str, Any] = self._call("PUT", path, {"raw": _b64(raw)})
        return result

    def send_draft(
        self,
        address: str,
        draft_id: str,
        raw: bytes | None = None,
        *,
        composer: bool = False,
        text: str | None = None,
        date: str | None = None,
    ) -> dict[str, str]:
        """The user sends a draft; the SENT message's ids.

        ``raw`` is their edited version; ``composer`` sends it as Gmail's
        composer does after an edit (no custom headers, a new Message-ID),
        ``text`` with a new body, ``date`` with that Date header.
        """
        body: dict[str, Any] = {"raw": _b64(raw)} if raw is not None else {}
        if composer:
            body["composer"] = True
        body.update({k: v for k, v in (("text", text), ("date", date)) if v is not None})
        result: dict[str, str] = self._call(
            "POST", self._box(address, f"/drafts/{draft_id}/send"), body
        )
        return result

    def delete_draft(self, address: str, draft_id: str) -> None:
        """The user discards a draft."""
        self._call("DELETE", self._box(address, f"/drafts/{draft_id}"))

    def invite(self, address: str, ics: str) -> dict[str, Any]:
        """A contact's iCalendar invitation (or cancellation) lands on the calendar."""
        result: dict[str, Any] = self._call("POST", self._box(address, "/invite"), {"ics": ics})
        return result

    def move_event(self, address: str, event_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        """The user changes an event (``start``/``end``, or ``responseStatus``)."""
        result: dict[str, Any] = self._call(
            "PATCH", self._box(address, f"/events/{event_id}"), changes
        )
        return result

    def set_time_zone(self, address: str, time_zone: str) -> dict[str, Any]:
        """The user sets the calendar's time zone (an IANA name)."""
        result: dict[str, Any] = self._call(
            "PUT", self._box(address, "/calendar"), {"timeZone": time_zone}
        )
        return result

    def cancel_event(self, address: str, event_id: str) -> dict[str, Any]:
        """The user cancels an event."""
        result: dict[str, Any] = self._call("DELETE", self._box(address, f"/events/{event_id}"))
        return result

    def fault(self, **spec: Any) -> list[dict[str, Any]]:
        """Inject a fault, e.g. ``fault(method="gmail.users.history.list", status=429)``."""
        result: list[dict[str, Any]] = self._call("POST", "/faults", spec)["faults"]
        return result

    def faults(self) -> list[dict[str, Any]]:
        """The faults not used up yet."""
        result: list[dict[str, Any]] = self._call("GET", "/faults")["faults"]
        return result

    def clear_faults(self) -> None:
        """Drop every pending fault."""
        self._call("DELETE", "/faults")

    def calls(self) -> dict[str, int]:
        """API calls so far by method id."""
        result: dict[str, int] = self._call("GET", "/calls")
        return result

    def reset_calls(self) -> None:
        """Count from zero again."""
        self._call("DELETE", "/calls")

    def violations(self) -> list[dict[str, Any]]:
        """Every send attempt or guest notification so far (must stay empty)."""
        result: list[dict[str, Any]] = self._call("GET", "/violations")
        return result

    def clear_violations(self) -> None:
        """Forget violations provoked on purpose."""
        self._call("DELETE", "/violations")
