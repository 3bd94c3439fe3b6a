"""Sign-in for Microsoft accounts: msal's public client and its token cache.

The long-lived secret is msal's ``SerializableTokenCache`` (refresh token,
account). The caller gives a :class:`CacheStore` (the daemon's vault keeps
it encrypted); it is written back whenever msal changed it. Scopes are
``Mail.ReadWrite Calendars.ReadWrite User.Read`` plus ``offline_access``,
which msal adds itself: there is **no Mail.Send**, so sending is impossible
at the provider.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import msal
import requests
from msal.oauth2cli.oauth2 import BrowserInteractionTimeoutError

from connectors.errors import ConnectorError, ReauthRequired
from connectors.microsoft.errors import converted, from_msal, reauth_message

#: What coffeechat asks for; msal adds offline_access (a refresh token) itself.
SCOPES: tuple[str, ...] = ("Mail.ReadWrite", "Calendars.ReadWrite", "User.Read")
#: The authority of work, school and personal Microsoft accounts.
DEFAULT_AUTHORITY = "https://login.microsoftonline.com/common"


class CacheStore(Protocol):
    """Where msal's serialized token cache lives between runs."""

    def load(self) -> str | None:
        """The cache as last saved, if any."""
        ...

    def save(self, blob: str) -> None:
        """Keep the cache (it holds a refresh token: store it encrypted)."""
        ...


@dataclass(frozen=True)
class EntraApp:
    """The app registration: a public client (no secret) and the authority to sign in at."""

    client_id: str
    authority: str = DEFAULT_AUTHORITY


def new_session(ca_file: Path | None = None) -> requests.Session:
    """An HTTP session that trusts ``ca_file`` (the sandbox's CA) or the usual roots.

    ``trust_env`` is off: an environment ``REQUESTS_CA_BUNDLE`` would
    otherwise override ``verify``.
    """
    session = requests.Session()
    session.trust_env = False
    session.verify = str(ca_file) if ca_file is not None else True
    return session


class GraphAuth:
    """Access tokens for one account, from msal's cache; thread-safe."""

    def __init__(
        self,
        address: str,
        app: EntraApp,
        store: CacheStore,
        session: requests.Session,
    ) -> None:
        self.address = address.strip().lower()
        self._store = store
        self._cache = msal.SerializableTokenCache()
        blob = store.load()
        if blob:
            self._cache.deserialize(blob)
        self._lock = threading.Lock()
        # Not a Microsoft host (the sandbox): skip the instance discovery that
        # would ask login.microsoftonline.com about it.
        known = app.authority.startswith("https://login.microsoftonline.com/")
        with converted(self.address, "sign-in"):
            self._app = msal.PublicClientApplication(
                app.client_id,
                authority=app.authority,
                token_cache=self._cache,
                http_client=session,
                instance_discovery=None if known else False,
            )

    def access_token(self, *, refresh: bool = False) -> str:
        """A valid access token from the cache, refreshed when expired (or when ``refresh``)."""
        with self._lock, converted(self.address, "token refresh"):
            account = self._account()
            if account is None:
                raise ReauthRequired(reauth_message(self.address))
            result = self._app.acquire_token_silent_with_error(
                list(SCOPES), account=account, force_refresh=refresh
            )
            self._persist()
        if not result:
            raise ReauthRequired(reauth_message(self.address))
        return self._token(result)

    def import_refresh_token(self, refresh_token: str) -> None:
        """Sign in with a refresh token obtained elsewhere (the sandbox, a migration)."""
        with self._lock, converted(self.address, "sign-in"):
            result = self._app.acquire_token_by_refresh_token(refresh_token, list(SCOPES))
            self._persist()
        self._token(result)
        self._check_account()

    def sign_in_with_device_code(self, show: Callable[[str], None]) -> None:
        """The device-code flow: ``show`` tells the user where to type which code."""
        with converted(self.address, "sign-in"):
            flow = self._app.initiate_device_flow(scopes=list(SCOPES))
            if "user_code" not in flow:
                raise ConnectorError(
                    f"microsoft account {self.address}: the device-code sign-in could not start "
                    f"({flow.get('error', 'unknown')})"
                )
            show(str(flow["message"]))
            result = self._app.acquire_token_by_device_flow(flow)
        self._signed_in(result)

    def sign_in_with_browser(self, show: Callable[[str], None], timeout: float) -> None:
        """The authorization-code flow with PKCE, answered at a localhost listener.

        msal opens the sign-in page in a browser on this machine (``$BROWSER``
        chooses which) and listens on ``http://localhost:<free port>`` for the
        code, which Microsoft posts back (``response_mode=form_post``). Where
        no browser opens, ``show`` gets the page's address to open by hand.
        """
        with converted(self.address, "sign-in"):
            try:
                result = self._app.acquire_token_interactive(
                    list(SCOPES),
                    login_hint=self.address,
                    timeout=timeout,
                    auth_uri_callback=lambda uri: show(
                        f"No browser opened: open this page in a browser on this machine: {uri}"
                    ),
                )
            except BrowserInteractionTimeoutError as exc:
                raise ConnectorError(
                    f"microsoft account {self.address}: nobody signed in within "
                    f"{timeout:.0f}s; run the command again (or drop --browser for a device code)"
                ) from exc
        self._signed_in(result)

    def _signed_in(self, result: dict[str, Any]) -> None:
        """Keep what an interactive sign-in put in the cache; fail unless it was this account."""
        with self._lock:
            self._persist()
        self._token(result)
        self._check_account()

    def _account(self) -> dict[str, Any] | None:
        accounts = self._app.get_accounts(username=self.address)
        return accounts[0] if accounts else None

    def _check_account(self) -> None:
        if self._account() is None:
            raise ConnectorError(
                f"microsoft account {self.address}: signed in as someone else; "
                "sign in with this address"
            )

    def _token(self, result: dict[str, Any]) -> str:
        if "access_token" not in result:
            raise from_msal(result, self.address)
        return str(result["access_token"])

    def _persist(self) -> None:
        if self._cache.has_state_changed:
            self._store.save(self._cache.serialize())
            self._cache.has_state_changed = False
