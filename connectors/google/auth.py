"""OAuth for Google: the scopes, the client, credentials and the consent flow.

The refresh token is the only long-lived secret. It comes from the
installed-app consent flow (:func:`run_consent_flow`) or from elsewhere
(``coffeechat auth google --refresh-token``), is checked once with
:func:`verify`, and is then kept encrypted by the daemon's vault. Access tokens
are shared per account (:mod:`connectors.google.tokens`).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httplib2
from google.oauth2.credentials import Credentials
from google_auth_httplib2 import Request
from google_auth_oauthlib.flow import InstalledAppFlow

from connectors.errors import ConfigError, ConnectorError, ReauthRequired
from connectors.google.errors import converted, reauth_message

log = logging.getLogger(__name__)

#: The narrowest scopes that let coffeechat do its job (see docs/google.md).
SCOPES: tuple[str, ...] = (
    # Read incoming replies and the user's sent mail, and follow history.
    "https://www.googleapis.com/auth/gmail.readonly",
    # Create, read, update and delete drafts (it also allows sending: we never do).
    "https://www.googleapis.com/auth/gmail.compose",
    # Read and write events on calendars the user owns: invites, holds, prep events.
    "https://www.googleapis.com/auth/calendar.events.owned",
    # Free/busy of the user's own calendars, to pick a slot.
    "https://www.googleapis.com/auth/calendar.freebusy",
)
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
GOOGLE_AUTH_URI = "https://accounts.google.com/o/oauth2/auth"
#: Printed with the consent URL when no browser is opened.
PROMPT = "Open this URL in a browser on this machine to authorise coffeechat:\n{url}"
#: How long the loopback server waits for the browser to come back.
CONSENT_TIMEOUT_SECONDS = 600
#: After Google refused the grant, the token endpoint is asked again after
#: this, then twice as long each time, up to the cap (seconds).
REVOKED_FIRST_WAIT, REVOKED_MAX_WAIT = 300.0, 6 * 3600.0


@dataclass(frozen=True)
class OAuthClient:
    """The OAuth client (the app), as registered in Google's console."""

    client_id: str
    client_secret: str = field(repr=False)
    token_uri: str = GOOGLE_TOKEN_URI
    auth_uri: str = GOOGLE_AUTH_URI

    @classmethod
    def from_secrets_file(cls, path: Path) -> OAuthClient:
        """Read the client JSON that Google's console downloads."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            entry = data.get("installed") or data.get("web")
            return cls(
                client_id=str(entry["client_id"]),
                client_secret=str(entry["client_secret"]),
                token_uri=str(entry.get("token_uri") or GOOGLE_TOKEN_URI),
                auth_uri=str(entry.get("auth_uri") or GOOGLE_AUTH_URI),
            )
        except OSError as exc:
            raise ConfigError(f"cannot read google client secrets file {path}: {exc}") from exc
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ConfigError(
                f"{path} is not a Google OAuth client file "
                '(expected {"installed": {"client_id": …, "client_secret": …}})'
            ) from exc

    def flow_config(self) -> dict[str, Any]:
        """The client configuration in the shape ``InstalledAppFlow`` reads."""
        return {
            "installed": {
                "client_id": self.client_id,
                "client_secret": self.client_secret,
                "auth_uri": self.auth_uri,
                "token_uri": self.token_uri,
                "redirect_uris": ["http://localhost"],
            }
        }


def credentials(client: OAuthClient, refresh_token: str) -> Credentials:
    """Credentials that fetch access tokens from ``refresh_token`` on demand.

    No scopes are sent on refresh: the token carries the ones granted at
    consent, and asking again could only narrow them.
    """
    return Credentials(
        token=None,
        refresh_token=refresh_token,
        token_uri=client.token_uri,
        client_id=client.client_id,
        client_secret=client.client_secret,
    )


def verify(client: OAuthClient, refresh_token: str, address: str, timeout: float = 30.0) -> None:
    """Exchange the refresh token once, so a bad one is refused before it is stored."""
    with converted(address, "token refresh"):
        credentials(client, refresh_token).refresh(Request(httplib2.Http(timeout=timeout)))


def run_consent_flow(client: OAuthClient, address: str, *, open_browser: bool) -> str:
    """Run the installed-app flow with a loopback redirect; return the refresh token.

    With ``open_browser`` false the consent URL is printed instead, for a
    headless machine (forward the loopback port, or open it on the same host).
    """
    flow = InstalledAppFlow.from_client_config(client.flow_config(), scopes=list(SCOPES))
    with converted(address, "consent"):
        granted = flow.run_local_server(
            host="localhost",
            port=0,
            open_browser=open_browser,
            authorization_prompt_message=PROMPT,
            timeout_seconds=CONSENT_TIMEOUT_SECONDS,
            # Offline access and a fresh consent: Google returns a refresh token only then.
            access_type="offline",
            prompt="consent",
            login_hint=address,
        )
    token = getattr(granted, "refresh_token", None)
    if not token:
        raise ConnectorError(
            f"google account {address}: Google returned no refresh token; "
            "remove coffeechat's access at myaccount.google.com/permissions and run again"
        )
    return str(token)


class GrantWatch:
    """What one account's clients know about a grant Google refused (revoked, expired).

    The first refusal is logged once, at warning, with the command that fixes
    it. Until the user re-authorises, calls fail at once without asking the
    token endpoint, except a probe now and then (backing off to hours).
    ``reload`` reads the refresh token from the vault: a new one there (the
    user ran ``coffeechat auth google``) is used at the next call, with no
    restart.
    """

    def __init__(
        self,
        address: str,
        refresh_token: str,
        reload: Callable[[], str | None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.address = address
        self.refresh_token = refresh_token
        self._reload = reload
        self._clock = clock
        self._lock = threading.Lock()
        self._refused = False
        self._wait = REVOKED_FIRST_WAIT
        self._next_probe = 0.0

    def __repr__(self) -> str:
        return f"GrantWatch({self.address!r}, refused={self._refused})"

    def reloaded(self) -> bool:
        """Whether a refused grant was replaced in the vault: credentials must be rebuilt."""
        with self._lock:
            if not self._refused or self._reload is None:
                return False
            fresh = self._reload()
            if not fresh or fresh == self.refresh_token:
                return False
            self.refresh_token = fresh
            self._refused = False
            self._wait = REVOKED_FIRST_WAIT
        log.warning("google account %s: new authorisation found; resuming", self.address)
        return True

    def before_call(self) -> None:
        """Raise at once while the grant is refused, but for a probe now and then."""
        with self._lock:
            if not self._refused:
                return
            now = self._clock()
            if now < self._next_probe:
                raise ReauthRequired(reauth_message(self.address))
            # One probe; the others keep failing fast until it answers.
            self._next_probe = now + self._wait

    def refused(self) -> None:
        """Google refused the grant (``invalid_grant``)."""
        with self._lock:
            if not self._refused:
                log.warning("%s (Google refused the stored grant)", reauth_message(self.address))
                self._refused = True
            else:
                self._wait = min(self._wait * 2, REVOKED_MAX_WAIT)
            self._next_probe = self._clock() + self._wait

    def answered(self) -> None:
        """A call went through: the grant works."""
        if self._refused:
            with self._lock:
                self._refused = False
                self._wait = REVOKED_FIRST_WAIT
