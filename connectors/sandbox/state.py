"""Everything the sandbox knows: mailboxes, calendars, tokens, calls, violations, faults.

One re-entrant lock guards it all: the server is multi-threaded and requests
are short, so a single lock is simple and fast enough.
"""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from connectors.google.auth import SCOPES
from connectors.sandbox.apierror import ApiError
from connectors.sandbox.calstore import CalendarStore
from connectors.sandbox.faults import FaultBook
from connectors.sandbox.mailstore import MailStore

# A mailbox's credentials carry the scopes coffeechat asks for at consent, so a
# call the daemon makes outside them fails in tests as it would at Google.
DEFAULT_SCOPES = SCOPES
# What a Microsoft account consents to when the sandbox creates it: no Mail.Send.
GRAPH_SCOPES = ("Mail.ReadWrite", "Calendars.ReadWrite", "offline_access", "User.Read")
PROVIDERS = ("google", "microsoft")


@dataclass
class Mailbox:
    """One account: its mail and its primary calendar, seen through Google's or Graph's API.

    Both APIs are views of the same stores, so the admin API plays the world
    the same way for either provider.
    """

    address: str
    mail: MailStore
    calendar: CalendarStore
    concurrency: int | None = None  # batch parts run at once before 429s (None: no limit)
    provider: str = "google"
    object_id: str = field(default_factory=lambda: str(uuid.uuid4()))


@dataclass
class Grant:
    """A refresh token and what it was issued for."""

    address: str
    scopes: tuple[str, ...]


@dataclass
class AccessToken:
    """A bearer token, what it may do and when it stops working."""

    address: str
    expires_at: float
    scopes: tuple[str, ...] = ()


@dataclass
class World:
    """The whole in-memory state of one sandbox."""

    token_lifetime: int = 3600
    lock: threading.RLock = field(default_factory=threading.RLock)
    client_id: str = field(
        default_factory=lambda: f"sandbox-{secrets.token_hex(6)}.apps.googleusercontent.com"
    )
    client_secret: str = field(default_factory=lambda: f"GOCSPX-{secrets.token_urlsafe(18)}")
    # The Entra app registration (a public client: no secret) and the tenant.
    graph_client_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    tenant: str = field(default_factory=lambda: str(uuid.uuid4()))
    #: ``scheme://host:port`` the server listens on (authorities and links name it).
    base_url: str = ""
    #: Graph requests per second one mailbox may make before 429 (None: no limit).
    graph_rate_limit: float | None = None
    #: Milliseconds added to every provider request (a batch is one request:
    #: Gmail runs its parts at once), standing for the network and Google's work.
    round_trip_ms: int = 0
    mailboxes: dict[str, Mailbox] = field(default_factory=dict)
    grants: dict[str, Grant] = field(default_factory=dict)  # refresh token -> grant
    tokens: dict[str, AccessToken] = field(default_factory=dict)  # access token -> owner
    calls: Counter[str] = field(default_factory=Counter)
    violations: list[dict[str, Any]] = field(default_factory=list)
    faults: FaultBook = field(default_factory=FaultBook)

    def create_mailbox(
        self, address: str, scopes: tuple[str, ...] | None = None, provider: str = "google"
    ) -> dict[str, str]:
        """Create (or find) a mailbox and hand out credentials granting ``scopes``.

        ``scopes`` default to what coffeechat asks of the provider. A Microsoft
        mailbox answers what msal needs: the app, the tenant, the authority.
        """
        key = address.strip().lower()
        if provider not in PROVIDERS:
            raise ApiError(400, f"Unknown provider {provider!r}", "invalid")
        if scopes is None:
            scopes = GRAPH_SCOPES if provider == "microsoft" else DEFAULT_SCOPES
        with self.lock:
            existing = self.mailboxes.get(key)
            if existing is not None and existing.provider != provider:
                raise ApiError(409, f"{key} is a {existing.provider} mailbox", "duplicate")
            if existing is None:
                self.mailboxes[key] = Mailbox(
                    key, MailStore(key), CalendarStore(key), provider=provider
                )
            refresh = self.issue_refresh_token(key, scopes)
        if provider == "microsoft":
            return {
                "address": key,
                "client_id": self.graph_client_id,
                "tenant": self.tenant,
                "authority": f"{self.base_url}/{self.tenant}",
                "refresh_token": refresh,
            }
        return {
            "address": key,
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "refresh_token": refresh,
        }

    def mailbox(self, address: str) -> Mailbox:
        """The mailbox of ``address``, or a 404."""
        found = self.mailboxes.get(address.strip().lower())
        if found is None:
            raise ApiError(404, f"No sandbox mailbox {address}", "notFound")
        return found

    def issue_refresh_token(self, address: str, scopes: tuple[str, ...]) -> str:
        """A new refresh token for ``address``."""
        token = f"1//sandbox-{secrets.token_urlsafe(24)}"
        with self.lock:
            self.grants[token] = Grant(address, scopes)
        return token

    def issue_access_token(self, address: str, scopes: tuple[str, ...]) -> str:
        """A new bearer token for ``scopes``, valid for :attr:`token_lifetime` seconds."""
        token = f"ya29.sandbox-{secrets.token_urlsafe(24)}"
        with self.lock:
            self.tokens[token] = AccessToken(address, time.time() + self.token_lifetime, scopes)
        return token

    def bearer(self, authorization: str | None) -> AccessToken | None:
        """The live access token a request's ``Authorization`` header carries, if any."""
        scheme, _, token = (authorization or "").partition(" ")
        with self.lock:
            found = self.tokens.get(token.strip()) if scheme.lower() == "bearer" else None
        if found is None or found.expires_at <= time.time():
            return None
        return found

    def authenticate(self, authorization: str | None, allowed: tuple[str, ...]) -> Mailbox:
        """The mailbox a request's bearer token belongs to; Google's 401, or 403 without scope.

        ``allowed`` is the method's own ``scopes`` list from its discovery
        document; any one of them suffices.
        """
        found = self.bearer(authorization)
        if found is None:
            raise ApiError(401)
        if allowed and not set(allowed) & set(found.scopes):
            raise insufficient_scopes()
        return self.mailboxes[found.address]

    def expire_tokens(self, address: str | None = None) -> None:
        """Invalidate current access tokens (of one address, or all)."""
        with self.lock:
            for token in [t for t, a in self.tokens.items() if address in (None, a.address)]:
                del self.tokens[token]

    def revoke_grants(self, address: str) -> None:
        """Revoke every refresh token of ``address`` (the user withdrew consent)."""
        with self.lock:
            for token in [t for t, g in self.grants.items() if g.address == address]:
                del self.grants[token]
        self.expire_tokens(address)

    def violate(self, kind: str, method: str, address: str, detail: str) -> None:
        """Record something the daemon must never do (send mail, notify guests)."""
        with self.lock:
            self.violations.append(
                {
                    "kind": kind,
                    "method": method,
                    "address": address,
                    "detail": detail,
                    "at": time.time(),
                }
            )


def insufficient_scopes() -> ApiError:
    """Google's 403 for a token whose scopes do not cover the method."""
    return ApiError(
        403, "Request had insufficient authentication scopes.", "insufficientPermissions"
    )
