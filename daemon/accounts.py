"""Connectors for the configured accounts, built from settings and the token vault."""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from pathlib import Path

import requests

from connectors.base import CalendarConnector, MailConnector
from connectors.errors import ConfigError, NotFound, ReauthRequired
from connectors.google import GmailConnector, GoogleApi, GoogleCalendarConnector, OAuthClient
from connectors.google.errors import reauth_message
from connectors.microsoft import (
    EntraApp,
    GraphAuth,
    GraphClient,
    OutlookCalendarConnector,
    OutlookMailConnector,
    new_session,
)
from daemon.settings import AccountSettings, Settings
from daemon.vault import TokenVault

#: Where the sandbox serves its consent page, under an account's ``api_base``.
SANDBOX_AUTH_PATH = "/auth"


def token_vault(settings: Settings) -> TokenVault:
    """The vault holding every account's refresh token."""
    return TokenVault(
        settings.data_dir / "tokens.json",
        key_file=settings.secrets.key_file,
        use_keyring=settings.secrets.use_keyring,
    )


def token_name(account: AccountSettings) -> str:
    """The vault entry of ``account``'s refresh token (msal's token cache for Microsoft)."""
    return f"{account.provider}:{account.address}"


@contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """An exclusive ``flock`` on ``path`` for the ``with`` block (other processes wait)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


class AccessTokenCache:
    """An account's current access token, for the daemon's other processes.

    Encrypted with the vault's key in a file of its own, so that writing it
    every hour can never race ``coffeechat auth`` writing a refresh token. A
    file lock makes one process fetch while the others wait and read.
    """

    def __init__(self, settings: Settings, account: AccountSettings) -> None:
        self._vault = TokenVault(
            settings.data_dir / "access-tokens.json",
            key_file=settings.secrets.key_file,
            use_keyring=settings.secrets.use_keyring,
        )
        self._lock_path = settings.data_dir / "access-tokens.lock"
        self._name = token_name(account)

    def locked(self) -> AbstractContextManager[None]:
        """Hold the other processes off (an exclusive ``flock``)."""
        return file_lock(self._lock_path)

    def load(self) -> tuple[str, datetime] | None:
        """The cached token and its expiry; ``None`` when there is none usable."""
        try:
            sealed = self._vault.get(self._name)
            if sealed is None:
                return None
            data = json.loads(sealed.get_secret_value())
            return str(data["token"]), datetime.fromisoformat(data["expiry"])
        except (ConfigError, ValueError, KeyError, TypeError):
            return None  # a cache that cannot be read costs one token fetch, nothing more

    def save(self, token: str, expiry: datetime) -> None:
        """Leave ``token`` for the other processes."""
        self._vault.put(self._name, json.dumps({"token": token, "expiry": expiry.isoformat()}))


def find_account(settings: Settings, provider: str, address: str) -> AccountSettings:
    """The ``[[accounts]]`` entry for ``provider`` and ``address``."""
    wanted = address.strip().lower()
    for account in settings.accounts:
        if account.provider == provider and account.address == wanted:
            return account
    raise NotFound(
        f"no [[accounts]] entry with provider = {provider!r} and address = {wanted!r} "
        "in the configuration"
    )


def google_client(settings: Settings, account: AccountSettings) -> OAuthClient:
    """The OAuth client for a Google account: ``[google]`` plus the account's endpoints."""
    google = settings.google
    if google.client_secrets_file is not None:
        client = OAuthClient.from_secrets_file(google.client_secrets_file)
    elif google.client_id and google.client_secret.get_secret_value():
        client = OAuthClient(google.client_id, google.client_secret.get_secret_value())
    else:
        raise ConfigError(
            "[google] needs client_id and client_secret, or client_secrets_file "
            "(the JSON downloaded from Google's console)"
        )
    # The sandbox serves its token and consent endpoints beside the API.
    base = account.api_base.rstrip("/") if account.api_base else None
    token_uri = account.token_uri or (f"{base}/token" if base else client.token_uri)
    auth_uri = f"{base}{SANDBOX_AUTH_PATH}" if base else client.auth_uri
    return OAuthClient(client.client_id, client.client_secret, token_uri, auth_uri)


def google_api(settings: Settings, account: AccountSettings) -> GoogleApi:
    """The per-thread Google clients of ``account``, with its stored refresh token.

    Every ``GoogleApi`` of the account, in this process and in the others
    sharing its data dir, uses one access token.
    """
    vault = token_vault(settings)
    name = token_name(account)
    token = vault.get(name)
    if token is None:
        raise ReauthRequired(reauth_message(account.address))

    def stored() -> str | None:
        # Read again while Google refuses the grant: `coffeechat auth google`
        # in another process then takes effect without a restart.
        again = vault.get(name)
        return again.get_secret_value() if again is not None else None

    return GoogleApi(
        account.address,
        google_client(settings, account),
        token.get_secret_value(),
        api_base=account.api_base,
        timeout=settings.google.http_timeout.total_seconds(),
        token_cache=AccessTokenCache(settings, account),
        reload=stored,
    )


class VaultCacheStore:
    """msal's token cache of one Microsoft account, encrypted with the vault's key.

    In a file of its own, written under a file lock: msal rewrites it at every
    token refresh, from any of the daemon's processes, and must never race
    ``coffeechat auth`` writing another account's refresh token.
    """

    def __init__(self, settings: Settings, account: AccountSettings) -> None:
        self._vault = TokenVault(
            settings.data_dir / "msal-cache.json",
            key_file=settings.secrets.key_file,
            use_keyring=settings.secrets.use_keyring,
        )
        self._lock_path = settings.data_dir / "msal-cache.lock"
        self._name = token_name(account)

    def load(self) -> str | None:
        """The cache as last saved, if any."""
        with file_lock(self._lock_path):
            sealed = self._vault.get(self._name)
        return None if sealed is None else sealed.get_secret_value()

    def save(self, blob: str) -> None:
        """Keep the cache (it holds the refresh token)."""
        with file_lock(self._lock_path):
            self._vault.put(self._name, blob)


def graph_auth(settings: Settings, account: AccountSettings) -> tuple[GraphAuth, requests.Session]:
    """Sign-in for a Microsoft account: ``[microsoft]``'s app at Microsoft, or the sandbox's."""
    microsoft = settings.microsoft
    if not microsoft.client_id:
        raise ConfigError(
            "[microsoft] needs client_id (the Application (client) ID of your Entra app "
            'registration; see the README\'s "Connecting a Microsoft account")'
        )
    # The sandbox serves its identity platform beside the API.
    base = account.api_base.rstrip("/") if account.api_base else "https://login.microsoftonline.com"
    session = new_session(account.ca_file)
    app = EntraApp(microsoft.client_id, f"{base}/{microsoft.tenant}")
    return GraphAuth(account.address, app, VaultCacheStore(settings, account), session), session


def graph_client(settings: Settings, account: AccountSettings) -> GraphClient:
    """Graph for a Microsoft account, signed in with its stored token cache."""
    auth, session = graph_auth(settings, account)
    timeout = settings.microsoft.http_timeout.total_seconds()
    return GraphClient(auth, session, api_base=account.api_base, timeout=timeout)


def check_supported(settings: Settings) -> None:
    """Refuse at start an account whose provider cannot be used as configured."""
    for account in settings.accounts:
        if account.provider == "microsoft" and not settings.microsoft.client_id:
            raise ConfigError(
                f"account {account.address}: [microsoft] needs client_id for Outlook accounts"
            )


def open_mail(settings: Settings, account: AccountSettings) -> MailConnector:
    """The mail connector of ``account``."""
    if account.provider == "microsoft":
        return OutlookMailConnector(graph_client(settings, account))
    return GmailConnector(google_api(settings, account))


def open_both(
    settings: Settings, account: AccountSettings
) -> tuple[MailConnector, CalendarConnector]:
    """The mail and calendar connectors of ``account``, sharing one set of clients.

    One grant, watched once: a refused grant is logged once per account, and
    a new one found in the vault serves both.
    """
    if account.provider == "microsoft":
        client = graph_client(settings, account)
        return OutlookMailConnector(client), OutlookCalendarConnector(client)
    api = google_api(settings, account)
    return GmailConnector(api), GoogleCalendarConnector(api)


def open_calendar(settings: Settings, account: AccountSettings) -> CalendarConnector:
    """The calendar connector of ``account``."""
    if account.provider == "microsoft":
        return OutlookCalendarConnector(graph_client(settings, account))
    return GoogleCalendarConnector(google_api(settings, account))
