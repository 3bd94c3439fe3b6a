"""One access token per account, shared by every thread and, through a cache, every process.

An access token lives an hour. Fetched per thread, a daemon with four worker
threads and two connectors per account asked Google's token endpoint eight
times an hour per account, per process. :class:`SharedCredentials` holds one
token for all of them: the first thread that finds it missing or expired
fetches it under a lock, the others wait and use it. A :class:`TokenCache`
(the daemon keeps one in an encrypted file beside its vault) lets a second
process take the token the first one fetched instead of fetching its own.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from typing import Protocol

from google.auth.credentials import Credentials as BaseCredentials
from google.auth.transport import Request

from connectors.google.auth import OAuthClient, credentials

#: A token this close to its expiry is fetched anew rather than used (as google-auth does).
EXPIRY_MARGIN = timedelta(minutes=4)


class TokenCache(Protocol):
    """Where processes leave an account's access token for each other."""

    def locked(self) -> AbstractContextManager[None]:
        """Hold other processes off while one looks at the cache and maybe fetches."""
        ...

    def load(self) -> tuple[str, datetime] | None:
        """The cached token and its expiry (aware UTC), if any."""
        ...

    def save(self, token: str, expiry: datetime) -> None:
        """Leave ``token`` for the others."""
        ...


class SharedCredentials(BaseCredentials):
    """google-auth credentials whose one access token every thread shares.

    After a 401 every thread that saw it calls :meth:`refresh`; only the
    first fetches, the others find the token changed since they used it.
    """

    def __init__(
        self, client: OAuthClient, refresh_token: str, cache: TokenCache | None = None
    ) -> None:
        super().__init__()
        self._grant = credentials(client, refresh_token)
        self._cache = cache
        self._lock = threading.Lock()
        self._used = threading.local()

    def before_request(
        self, request: Request, method: str, url: str, headers: Mapping[str, str]
    ) -> None:
        """Put the shared token on ``headers``, fetching it first if it is missing or old."""
        with self._lock:
            if not self._fresh():
                self._renew(request, failed=None)
            token = self.token
        self._used.token = token
        self.apply(headers, token)

    def refresh(self, request: Request) -> None:
        """The provider refused the token this thread used: renew it unless another thread did."""
        failed = getattr(self._used, "token", None)
        with self._lock:
            if self.token != failed and self._fresh():
                return
            self._renew(request, failed=failed)

    def _fresh(self) -> bool:
        return (
            self.token is not None
            and self.expiry is not None
            and not self._expiring(self.expiry.replace(tzinfo=UTC))
        )

    @staticmethod
    def _expiring(expiry: datetime) -> bool:
        return datetime.now(UTC) >= expiry - EXPIRY_MARGIN

    def _renew(self, request: Request, failed: str | None) -> None:
        if self._cache is None:
            self._fetch(request)
            return
        with self._cache.locked():
            cached = self._cache.load()
            if cached is not None and cached[0] != failed and not self._expiring(cached[1]):
                self._adopt(*cached)
                return
            token, expiry = self._fetch(request)
            self._cache.save(token, expiry)

    def _fetch(self, request: Request) -> tuple[str, datetime]:
        self._grant.refresh(request)
        # Google always says when a token expires; were it silent, an hour is its lifetime.
        expiry = self._grant.expiry or datetime.now(UTC) + timedelta(hours=1)
        fetched = (str(self._grant.token), expiry.replace(tzinfo=UTC))
        self._adopt(*fetched)
        return fetched

    def _adopt(self, token: str, expiry: datetime) -> None:
        self.token = token
        # google-auth keeps expiries as naive UTC.
        self.expiry = expiry.astimezone(UTC).replace(tzinfo=None)


_registry: dict[tuple[str, str, str], SharedCredentials] = {}
_registry_lock = threading.Lock()


def shared_credentials(
    client: OAuthClient, refresh_token: str, cache: TokenCache | None = None
) -> SharedCredentials:
    """The credentials of this refresh token, one object per process.

    The mail and calendar connectors of an account, and every worker thread
    using them, then share one access token. ``cache`` is taken from the
    first caller: every caller for one account passes the same one.
    """
    key = (client.token_uri, client.client_id, refresh_token)
    with _registry_lock:
        found = _registry.get(key)
        if found is None:
            found = _registry[key] = SharedCredentials(client, refresh_token, cache)
        return found
