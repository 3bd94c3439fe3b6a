"""The one place where Google's client errors become coffeechat errors.

google-api-python-client raises ``HttpError``; google-auth raises
``RefreshError`` and ``TransportError``; httplib2 and the socket layer raise
their own errors on timeouts; the consent flow raises oauthlib errors. Every
call into those libraries runs inside :func:`converted`, so the rest of the
package (and the daemon) only ever sees ``connectors.errors``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager

import httplib2
from google.auth.exceptions import RefreshError, TransportError
from google_auth_oauthlib.flow import WSGITimeoutError
from googleapiclient.errors import HttpError
from oauthlib.oauth2 import OAuth2Error

from connectors.errors import ConnectorError, Gone, ReauthRequired, Transient
from connectors.http_status import status_error

__all__ = ["Gone", "converted", "from_http_error", "reauth_message"]

log = logging.getLogger(__name__)

#: 403 reasons that mean "slow down", not "forbidden".
RATE_LIMIT_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})


def reauth_message(address: str) -> str:
    """The one-line message telling the user how to re-authorise ``address``."""
    return (
        f"google account {address}: re-authorisation needed; "
        f"run: coffeechat auth google --account {address}"
    )


def _reasons(exc: HttpError) -> set[str]:
    """The ``error.errors[].reason`` values of a Google error body."""
    try:
        body = json.loads(exc.content.decode("utf-8"))
        return {str(item.get("reason")) for item in body["error"].get("errors", [])}
    except (ValueError, KeyError, TypeError, AttributeError):
        return set()


def from_http_error(exc: HttpError, address: str, action: str) -> ConnectorError:
    """The coffeechat error for an ``HttpError`` answered to ``action``."""
    status = exc.status_code
    said = " ".join(str(part) for part in (status, exc.reason) if part)
    what = f"google account {address}: {action} failed ({said})"
    return status_error(
        status,
        what,
        asker="Google",
        retry_after_header=exc.resp.get("retry-after"),
        reauth=reauth_message(address),
        throttled=status == 403 and bool(_reasons(exc) & RATE_LIMIT_REASONS),
    )


def from_refresh_error(exc: RefreshError, address: str) -> ConnectorError:
    """A failed token refresh: retryable when Google says so, else re-authorise."""
    if exc.retryable:
        return Transient(f"google account {address}: token refresh failed, will retry")
    return ReauthRequired(reauth_message(address))


@contextmanager
def converted(address: str, action: str) -> Iterator[None]:
    """Run Google client calls, turning every vendor error into our tree."""
    try:
        yield
    except HttpError as exc:
        raise from_http_error(exc, address, action) from exc
    except RefreshError as exc:
        raise from_refresh_error(exc, address) from exc
    except (TransportError, httplib2.HttpLib2Error, OSError) as exc:
        # Timeouts and refused connections: the network, not the request.
        log.debug("google %s for %s: network error %s", action, address, type(exc).__name__)
        raise Transient(
            f"google account {address}: {action} could not reach Google ({type(exc).__name__})",
            uncertain=True,
        ) from exc
    except WSGITimeoutError as exc:
        raise ConnectorError(
            f"google account {address}: no answer from the consent page in time"
        ) from exc
    except OAuth2Error as exc:
        raise ConnectorError(
            f"google account {address}: authorisation failed ({exc.error})"
        ) from exc
