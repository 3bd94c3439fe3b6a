"""Service objects for Google accounts, shared by all of them, and how calls run.

The discovery-built services (and the resources under them) hold nothing of
an account's: they are built once per process and endpoint and only make
requests. httplib2 is not thread-safe, and the daemon runs worker threads,
so each thread has one connection pool (:func:`connection`) that every
account's calls on that thread go through; per account there is only the
access token (:mod:`connectors.google.tokens`), put on each call by a thin
``AuthorizedHttp``. One process watching a thousand mailboxes thus holds one
copy of the discovery documents, not one per account and thread. Every
request goes through :meth:`GoogleApi.execute` or
:meth:`GoogleApi.execute_many`, which run it inside
:func:`~connectors.google.errors.converted`.

Retries: none for a request of its own (``num_retries=0``).
googleapiclient's own retry loop ignores ``Retry-After`` and would also
repeat creates; throttling and 5xx surface as
:class:`~connectors.errors.Transient` with the delay, and the daemon's broker
decides when to call again. Every method of the connectors is safe to call
again. A batch is the exception: Gmail throttles its parts one by one (429
past the user's concurrent calls), so the parts that failed are sent again
here, and only they, rather than the broker repeating the parts that went
through.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httplib2
from google_auth_httplib2 import AuthorizedHttp
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError
from googleapiclient.http import BatchHttpRequest, HttpRequest

from connectors.backoff import backoff
from connectors.base import QuotaUsage
from connectors.errors import ConnectorError, ReauthRequired, Transient
from connectors.google.auth import GrantWatch, OAuthClient
from connectors.google.errors import converted, from_http_error
from connectors.google.quota import QuotaBudget, units
from connectors.google.tokens import TokenCache, shared_credentials

log = logging.getLogger(__name__)

GMAIL_BASE = "https://gmail.googleapis.com"
#: Parts per batch request; Google allows 100 but throttles batches above ~50.
BATCH_SIZE = 50
#: Seconds before a silent connection counts as a timeout.
HTTP_TIMEOUT = 30.0
#: Tries of a batch part that Gmail throttles or answers with a 5xx.
PART_ATTEMPTS = 4
#: The longest wait between two tries of a batch's parts. When Google asks
#: for longer (``Retry-After``), the parts fail instead: the broker can wait
#: that long without holding the account's sync.
PART_WAIT_CAP = timedelta(seconds=8)

Json = dict[str, Any]


class _Unbound(httplib2.Http):
    """What the shared services are built with: each call names its account's connection."""

    def request(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a Google request was sent without its account's connection")


_resources: dict[tuple[str | None, ...], Any] = {}
# Reentrant: a resource is built from its parent, which may be built first.
_resources_lock = threading.RLock()


class _Pools(threading.local):
    """Each thread's connection pools, by timeout (httplib2 is not thread-safe)."""

    def __init__(self) -> None:
        self.by_timeout: dict[float, httplib2.Http] = {}


_pools = _Pools()
# Every thread's pool, so that close_connections() can reach them all.
_opened: list[tuple[threading.Thread, httplib2.Http]] = []
_opened_lock = threading.Lock()


def shared_resource(service: str, version: str, endpoint: str | None, *path: str) -> Any:
    """The process's ``service`` resource along ``path`` (``"users", "messages"``).

    Built once per process and endpoint: a build parses the discovery
    document (0.4 MB of objects for Gmail's), and googleapiclient builds
    a nested resource anew on every ``.users().messages()`` (0.9 ms, ~30 times
    a call's own request building). Requests made from it carry no
    connection; :meth:`GoogleApi.execute` gives them the account's.
    """
    key = (service, version, endpoint, *path)
    found = _resources.get(key)
    if found is not None:
        return found
    with _resources_lock:
        if key not in _resources:
            if path:
                node = shared_resource(service, version, endpoint, *path[:-1])
                _resources[key] = getattr(node, path[-1])()
            else:
                options = {"api_endpoint": endpoint} if endpoint else None
                _resources[key] = build(
                    service,
                    version,
                    http=_Unbound(),
                    static_discovery=True,
                    cache_discovery=False,
                    client_options=options,
                )
        return _resources[key]


def connection(timeout: float = HTTP_TIMEOUT) -> httplib2.Http:
    """The calling thread's HTTP connection pool, shared by every account."""
    pools = _pools.by_timeout
    http = pools.get(timeout)
    if http is None:
        http = pools[timeout] = httplib2.Http(timeout=timeout)
        with _opened_lock:
            _opened.append((threading.current_thread(), http))
    return http


def close_connections() -> None:
    """Close every thread's connections; the next call on a thread opens new ones.

    For shutdown and tests: httplib2 is not thread-safe, so no other thread
    may be calling Google meanwhile.
    """
    with _opened_lock:
        opened = _opened[:]
        _opened[:] = [(thread, http) for thread, http in opened if thread.is_alive()]
    for _, http in opened:
        http.close()


@dataclass(frozen=True)
class BatchAnswers:
    """What a batch of reads answered, part by part.

    ``results`` has every part that answered: its JSON, or ``None`` when the
    resource is gone (404, 410). ``failed`` has the parts that failed for
    good (their retries used up, or an error retrying cannot fix), each with
    its own error. A caller that can keep the parts that went through (a
    page of a sync, whose cursor can stop before a failed part) reads both;
    the others call :meth:`complete`.
    """

    results: dict[str, Json | None]
    failed: dict[str, ConnectorError]

    def complete(self) -> dict[str, Json | None]:
        """Every part's answer, or the error of the first part that failed."""
        for error in self.failed.values():
            raise error
        return self.results


class GoogleApi:
    """Gmail and Calendar calls for one account: its token on the process's shared clients.

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
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.address = address
        #: How the calling thread waits between tries of a batch's parts.
        self.sleep = sleep
        #: Every Gmail call is charged here first (see connectors.google.quota).
        self.budget = budget or QuotaBudget()
        self._timeout = timeout
        self._client = client
        self._token_cache = token_cache
        # ``reload`` reads the stored refresh token again: see GrantWatch.
        self._grant = GrantWatch(address, refresh_token, reload)
        self._credentials = shared_credentials(client, refresh_token, token_cache)
        self._api_base = api_base.rstrip("/") if api_base else None

    def __repr__(self) -> str:
        return f"GoogleApi({self.address!r}, api_base={self._api_base!r})"

    def _http(self) -> AuthorizedHttp:
        """The calling thread's connections, carrying this account's token."""
        # A few attributes: cheaper to make per call than to keep per account and thread.
        return AuthorizedHttp(self._credentials, http=connection(self._timeout))

    def close(self) -> None:
        """Close the connections (every account's: they are shared); the next call reopens."""
        close_connections()

    def resource(self, service: str, *path: str) -> Any:
        """The shared ``service`` resource along ``path`` (``"users", "messages"``)."""
        if service == "gmail":
            return shared_resource("gmail", "v1", self._api_base, *path)
        # The Calendar endpoint ends in the service path.
        endpoint = f"{self._api_base}/calendar/v3/" if self._api_base else None
        return shared_resource("calendar", "v3", endpoint, *path)

    @contextmanager
    def _calling(self, action: str) -> Iterator[None]:
        """Run provider calls in the grant's watch, vendor errors converted."""
        # A grant replaced in the vault is picked up before the refusal would fail fast.
        if self._grant.reloaded():
            self._credentials = shared_credentials(
                self._client, self._grant.refresh_token, self._token_cache
            )
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
            result: Json = request.execute(http=self._http(), num_retries=0)
        return result

    def execute_many(self, requests: Mapping[str, HttpRequest], action: str) -> BatchAnswers:
        """Run read requests in Gmail batches, sending again only the parts that failed.

        A part that Gmail throttles or answers with a 5xx is sent again with
        the others like it, after a wait (exponential, full jitter, never
        under ``Retry-After``), in batches no bigger than the fewest parts
        that went through together last time (Gmail throttles by concurrent
        calls), up to :data:`PART_ATTEMPTS` tries. Every try is charged to
        the budget. A network error or a refused grant fails the whole call.
        """
        results: dict[str, Json | None] = {}
        failed: dict[str, ConnectorError] = {}
        pending: Sequence[str] = list(requests)
        size = BATCH_SIZE
        for attempt in range(1, PART_ATTEMPTS + 1):
            throttled: dict[str, Transient] = {}
            size = self._batch_round(pending, requests, action, size, results, failed, throttled)
            if not throttled:
                break
            asked = max((e.retry_after or 0.0 for e in throttled.values()), default=0.0)
            if attempt == PART_ATTEMPTS or asked > PART_WAIT_CAP.total_seconds():
                failed.update(throttled)
                break
            wait = backoff(attempt, cap=PART_WAIT_CAP, retry_after=asked).total_seconds()
            log.info(
                "google account %s: %d of %d parts of a %s batch throttled; "
                "sending them again in %.1fs",
                self.address,
                len(throttled),
                len(pending),
                action,
                wait,
            )
            self.sleep(wait)
            pending = list(throttled)
        return BatchAnswers(results, failed)

    def _batch_round(
        self,
        ids: Sequence[str],
        requests: Mapping[str, HttpRequest],
        action: str,
        size: int,
        results: dict[str, Json | None],
        failed: dict[str, ConnectorError],
        throttled: dict[str, Transient],
    ) -> int:
        """One try of ``ids`` in batches of ``size``; the size for the next try.

        Throttled parts (and 5xx) go to ``throttled``, other errors to
        ``failed``. The next size is the fewest parts that went through in a
        batch that had some throttled: about the user's concurrency limit.
        """

        def collect(rid: str, response: Json | None, exc: HttpError | None) -> None:
            if exc is None:
                results[rid] = response
            elif exc.status_code in (404, 410):
                results[rid] = None
            else:
                error = from_http_error(exc, self.address, action)
                error.__cause__ = exc
                if isinstance(error, Transient):
                    throttled[rid] = error
                else:
                    failed[rid] = error

        through = size
        for chunk in _chunks(ids, size):
            if len(chunk) == 1:
                self._alone(chunk[0], requests[chunk[0]], action, collect)
                continue
            batch = BatchHttpRequest(callback=collect, batch_uri=self._batch_uri())
            for rid in chunk:
                batch.add(requests[rid], request_id=rid)
            self.budget.charge(units(action, len(chunk)))
            before = len(throttled)
            with self._calling(f"batch {action}"):
                batch.execute(http=self._http())
            if len(throttled) > before:
                through = min(through, max(1, len(chunk) - (len(throttled) - before)))
        return through

    def _alone(
        self,
        rid: str,
        request: HttpRequest,
        action: str,
        collect: Callable[[str, Json | None, HttpError | None], None],
    ) -> None:
        """One part sent as a plain request: a batch of one costs the same call and more bytes."""
        self.budget.charge(units(action))
        with self._calling(action):
            try:
                answer: Json = request.execute(http=self._http(), num_retries=0)
            except HttpError as exc:
                if exc.status_code == 401:
                    raise  # the grant, not the part: converted, and the grant watch told
                collect(rid, None, exc)
            else:
                collect(rid, answer, None)

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
