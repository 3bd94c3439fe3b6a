"""Service objects for one Google account, one set per thread, and how calls run.

httplib2 is not thread-safe, and the daemon runs worker threads, so each
thread gets its own HTTP connection and service objects (:class:`GoogleApi`
keeps them in a ``threading.local``); the access token is the account's one
(:mod:`connectors.google.tokens`). Every request goes
through :meth:`GoogleApi.execute` or :meth:`GoogleApi.execute_many`, which run
it inside :func:`~connectors.google.errors.converted`.

Retries: none here (``num_retries=0``). googleapiclient's own retry loop
ignores ``Retry-After`` and would also repeat creates; throttling and 5xx
surface as :class:`~connectors.errors.Transient` with the delay, and the
daemon's broker decides when to call again. Every method of the connectors is
safe to call again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import httplib2
from google_auth_httplib2 import AuthorizedHttp
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError
from googleapiclient.http import BatchHttpRequest, HttpRequest

from connectors.base import QuotaUsage
from connectors.errors import ReauthRequired
from connectors.google.auth import GrantWatch, OAuthClient
from connectors.google.errors import Gone, converted, from_http_error
from connectors.google.quota import QuotaBudget, units
from connectors.google.tokens import TokenCache, shared_credentials

GMAIL_BASE = "https://gmail.googleapis.com"
#: Parts per batch request; Google allows 100 but throttles batches above ~50.
BATCH_SIZE = 50
#: Seconds before a silent connection counts as a timeout.
HTTP_TIMEOUT = 30.0

Json = dict[str, Any]


class GoogleApi:
    """Gmail and Calendar clients for one account, built lazily per thread.

    ``api_base`` is ``None`` for Google itself, or the sandbox's base URL:
    only the endpoints change, never the code path. ``token_cache`` shares
    the access token with other processes.
    """

    def __init__(
        self,
        address: str,
        client: OAuthClient,
        refresh_token: str,
        api_base: str | None = None,
        timeout: float = HTTP_TIMEOUT,
        token_cache: TokenCache | None = None,
        reload: Callable[[], str | None] | None = None,
        budget: QuotaBudget | None = None,
    ) -> None:
        self.address = address
        #: Every Gmail call is charged here first (see connectors.google.quota).
        self.budget = budget or QuotaBudget()
        self._timeout = timeout
        self._client = client
        self._token_cache = token_cache
        # ``reload`` reads the stored refresh token again: see GrantWatch.
        self._grant = GrantWatch(address, refresh_token, reload)
        self._credentials = shared_credentials(client, refresh_token, token_cache)
        self._api_base = api_base.rstrip("/") if api_base else None
        self._local = threading.local()
        # Every thread's connection, so that close() can reach them all.
        self._opened: list[AuthorizedHttp] = []
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"GoogleApi({self.address!r}, api_base={self._api_base!r})"

    def _http(self) -> AuthorizedHttp:
        http = getattr(self._local, "http", None)
        if http is None:
            http = AuthorizedHttp(self._credentials, http=httplib2.Http(timeout=self._timeout))
            self._local.http = http
            with self._lock:
                self._opened.append(http)
        return http

    def close(self) -> None:
        """Close every thread's connections; the next call opens new ones."""
        with self._lock:
            opened, self._opened = self._opened, []
        for http in opened:
            http.close()
        self._local = threading.local()

    def _service(self, name: str, version: str, endpoint: str | None) -> Any:
        if self._grant.reloaded():
            self._credentials = shared_credentials(
                self._client, self._grant.refresh_token, self._token_cache
            )
            self.close()  # every thread's connection takes the new credentials
        services: dict[str, Any] = self._local.__dict__.setdefault("services", {})
        if name not in services:
            options = {"api_endpoint": endpoint} if endpoint else None
            services[name] = build(
                name,
                version,
                http=self._http(),
                static_discovery=True,
                cache_discovery=False,
                client_options=options,
            )
        return services[name]

    def gmail(self) -> Any:
        """The Gmail v1 service of the calling thread."""
        return self._service("gmail", "v1", self._api_base)

    def calendar(self) -> Any:
        """The Calendar v3 service of the calling thread (its endpoint ends in the service path)."""
        endpoint = f"{self._api_base}/calendar/v3/" if self._api_base else None
        return self._service("calendar", "v3", endpoint)

    def resource(self, service: str, *path: str) -> Any:
        """The calling thread's ``service`` resource along ``path`` (``"users", "messages"``).

        Built once per thread: googleapiclient builds a nested resource anew
        on every ``.users().messages()``, about 0.9 ms, ~30 times a call's own
        request building.
        """
        root = self.gmail() if service == "gmail" else self.calendar()
        services: dict[str, Any] = self._local.__dict__.setdefault("services", {})
        key = ".".join((service, *path))
        if key not in services:
            node = root
            for name in path:
                node = getattr(node, name)()
            services[key] = node
        return services[key]

    @contextmanager
    def _calling(self, action: str) -> Iterator[None]:
        """Run provider calls in the grant's watch, vendor errors converted."""
        self._grant.before_call()
        try:
            with converted(self.address, action):
                yield
        except ReauthRequired:
            self._grant.refused()
            raise
        self._grant.answered()

    def execute(self, request: HttpRequest, action: str) -> Json:
        """Run one request, once; vendor errors become coffeechat errors."""
        self.budget.charge(units(action))
        with self._calling(action):
            result: Json = request.execute(num_retries=0)
        return result

    def execute_many(
        self, requests: Mapping[str, HttpRequest], action: str
    ) -> dict[str, Json | None]:
        """Run read requests in Gmail batches; a part that is gone maps to ``None``.

        A single request goes alone (a batch of one costs the same call and
        more bytes). Any other failed part fails the whole call, so the
        caller's cursor does not move and a retry repeats it all.
        """
        if len(requests) == 1:
            ((rid, request),) = requests.items()
            try:
                return {rid: self.execute(request, action)}
            except Gone:
                return {rid: None}
        results: dict[str, Json | None] = {}
        failures: list[HttpError] = []

        def collect(rid: str, response: Json | None, exc: HttpError | None) -> None:
            if exc is None:
                results[rid] = response
            elif exc.status_code in (404, 410):
                results[rid] = None
            else:
                failures.append(exc)

        ids = list(requests)
        for chunk in _chunks(ids, BATCH_SIZE):
            batch = BatchHttpRequest(callback=collect, batch_uri=self._batch_uri())
            for rid in chunk:
                batch.add(requests[rid], request_id=rid)
            self.budget.charge(units(action, len(chunk)))
            with self._calling(f"batch {action}"):
                batch.execute(http=self._http())
            if failures:
                raise from_http_error(failures[0], self.address, action) from failures[0]
        return results

    def pages(self, make: Callable[[str | None], HttpRequest], action: str) -> list[Json]:
        """Every page of a listing, following ``nextPageToken``."""
        pages: list[Json] = []
        token: str | None = None
        while True:
            page = self.execute(make(token), action)
            pages.append(page)
            token = page.get("nextPageToken")
            if not token:
                return pages

    def _batch_uri(self) -> str:
        # new_batch_http_request() ignores api_endpoint: name the URI ourselves.
        return f"{self._api_base or GMAIL_BASE}/batch/gmail/v1"


def _chunks(items: Sequence[str], size: int) -> list[Sequence[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


class ApiBound:
    """What both Google connectors share: the account's clients, closed together."""

    def __init__(self, api: GoogleApi) -> None:
        self.api = api
        self.address = api.address

    def close(self) -> None:
        """Close the HTTP connections (shared with the account's other connector)."""
        self.api.close()

    def usage(self) -> QuotaUsage:
        """The Gmail units the account spent in the last minute (Calendar's calls cost none)."""
        return QuotaUsage(self.api.budget.last_minute(), self.api.budget.per_minute)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.address!r})"
