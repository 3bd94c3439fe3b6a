"""Graph v1.0 over HTTP for one account: requests, delta rounds and JSON batches.

Every call goes through :meth:`GraphClient.call`, which adds the access
token and turns error answers into coffeechat errors. No retries here:
throttling and 5xx surface as :class:`~connectors.errors.Transient` with
Graph's ``Retry-After``, and the daemon's broker decides when to call again.
"""

from __future__ import annotations

import base64
import threading
from collections.abc import Mapping, Sequence
from typing import Any

import requests

from connectors.errors import ConnectorError, Gone
from connectors.microsoft.auth import GraphAuth
from connectors.microsoft.errors import converted, from_status

GRAPH_BASE = "https://graph.microsoft.com"
#: Graph refuses a JSON batch of more than 20 requests.
BATCH_SIZE = 20
HTTP_TIMEOUT = 30.0
#: Times in UTC and bodies as plain text, whatever the mailbox's settings; delta
#: and list pages of up to 500 items (Graph's default is 10).
PREFER = 'outlook.timezone="UTC", outlook.body-content-type="text", odata.maxpagesize=500'

Json = dict[str, Any]


class GraphClient:
    """Graph for one account: ``api_base`` is ``None`` for Microsoft, else the sandbox."""

    def __init__(
        self,
        auth: GraphAuth,
        session: requests.Session,
        api_base: str | None = None,
        timeout: float = HTTP_TIMEOUT,
    ) -> None:
        self.address = auth.address
        self._auth = auth
        self._template = session
        self._base = f"{(api_base or GRAPH_BASE).rstrip('/')}/v1.0"
        self._timeout = timeout
        # requests.Session is not safe across threads: one per worker thread.
        self._local = threading.local()
        self._opened: list[requests.Session] = []
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"GraphClient({self.address!r}, {self._base!r})"

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.trust_env = self._template.trust_env
            session.verify = self._template.verify
            self._local.session = session
            with self._lock:
                self._opened.append(session)
        return session

    def close(self) -> None:
        """Close every thread's connections; the next call opens new ones."""
        with self._lock:
            opened, self._opened = self._opened, []
        for session in opened:
            session.close()
        self._local = threading.local()

    def url(self, path: str) -> str:
        """The absolute URL of a ``/me/...`` path."""
        return (
            path if path.startswith("https://") or path.startswith("http://") else self._base + path
        )

    def call(
        self,
        method: str,
        path: str,
        action: str,
        *,
        params: Mapping[str, str] | None = None,
        body: Json | None = None,
    ) -> Any:
        """One request; the JSON answer (bytes for a non-JSON one, ``None`` when empty).

        A 401 is answered once with a fresh token: the cached one may have been
        revoked before it expired (a password change). If the refresh token is
        gone too, msal's ``invalid_grant`` becomes :class:`ReauthRequired`.
        """
        response = self._send(method, path, action, params, body, refresh=False)
        if response.status_code == 401:
            response = self._send(method, path, action, params, body, refresh=True)
        if response.status_code >= 400:
            try:
                error_body = response.json()
            except ValueError:
                error_body = None
            raise from_status(
                response.status_code, error_body, response.headers, self.address, action
            )
        if not response.content:
            return None
        if response.headers.get("Content-Type", "").startswith("application/json"):
            return response.json()
        return response.content

    def _send(
        self,
        method: str,
        path: str,
        action: str,
        params: Mapping[str, str] | None,
        body: Json | None,
        *,
        refresh: bool,
    ) -> requests.Response:
        token = self._auth.access_token(refresh=refresh)
        headers = {"Authorization": f"Bearer {token}", "Prefer": PREFER}
        with converted(self.address, action):
            return self._session().request(
                method,
                self.url(path),
                params=params,
                json=body,
                headers=headers,
                timeout=self._timeout,
            )

    def round(
        self, path: str, action: str, params: Mapping[str, str] | None = None
    ) -> tuple[list[Json], str]:
        """Every item of one delta round and the ``@odata.deltaLink`` that ends it."""
        items: list[Json] = []
        page = self.call("GET", path, action, params=params)
        while True:
            items.extend(page.get("value", []))
            if page.get("@odata.deltaLink"):
                return items, str(page["@odata.deltaLink"])
            if not page.get("@odata.nextLink"):
                raise ConnectorError(
                    f"microsoft account {self.address}: {action} ended without a deltaLink"
                )
            page = self.call("GET", str(page["@odata.nextLink"]), action)

    def listing(self, path: str, action: str, params: Mapping[str, str]) -> list[Json]:
        """Every item of a listing, following ``@odata.nextLink``."""
        items: list[Json] = []
        page = self.call("GET", path, action, params=params)
        while True:
            items.extend(page.get("value", []))
            if not page.get("@odata.nextLink"):
                return items
            page = self.call("GET", str(page["@odata.nextLink"]), action)

    def batch(self, requests_: Mapping[str, str], action: str) -> dict[str, Any]:
        """GET requests (id -> ``/me/...`` path) in JSON batches of 20; a gone one maps to ``None``.

        Any other failed part fails the whole call, so the caller's cursor does
        not move and a retry repeats it all.
        """
        if len(requests_) == 1:
            ((rid, path),) = requests_.items()
            try:
                return {rid: self.call("GET", path, action)}
            except Gone:
                return {rid: None}
        results: dict[str, Any] = {}
        ids: Sequence[str] = list(requests_)
        for start in range(0, len(ids), BATCH_SIZE):
            parts = [
                {"id": rid, "method": "GET", "url": requests_[rid], "headers": {"Prefer": PREFER}}
                for rid in ids[start : start + BATCH_SIZE]
            ]
            answer = self.call("POST", "/$batch", f"batch {action}", body={"requests": parts})
            for part in answer.get("responses", []):
                results[str(part["id"])] = self._part(part, action)
        return results

    def _part(self, part: Json, action: str) -> Any:
        status = int(part.get("status", 500))
        body = part.get("body")
        if status in (404, 410):
            return None
        headers = {str(k): str(v) for k, v in (part.get("headers") or {}).items()}
        if status >= 400:
            raise from_status(status, body, headers, self.address, action)
        # A part that is not JSON (a message's MIME) comes base64-encoded.
        if isinstance(body, str):
            return base64.b64decode(body)
        return body
