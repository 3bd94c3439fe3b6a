"""The one place where Graph's and msal's errors become coffeechat errors.

Graph answers ``{"error": {"code", "message"}}`` with an HTTP status;
msal answers dicts with ``error``/``error_description``; requests raises its
own exceptions for the network. The rest of the package sees only
``connectors.errors``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import requests

from connectors.errors import ConnectorError, ReauthRequired, Transient
from connectors.http_status import status_error

log = logging.getLogger(__name__)

#: msal errors that mean the grant is gone: the user must sign in again.
REAUTH_ERRORS = frozenset({"invalid_grant", "interaction_required", "consent_required"})


def reauth_message(address: str) -> str:
    """The one-line message telling the user how to re-authorise ``address``."""
    return (
        f"microsoft account {address}: re-authorisation needed; "
        f"run: coffeechat auth microsoft --account {address}"
    )


def graph_code(body: Any) -> str:
    """Graph's ``error.code`` of an error body (empty when it has none)."""
    try:
        return str(body["error"].get("code", ""))
    except (KeyError, TypeError, AttributeError):
        return ""


def from_status(
    status: int, body: Any, headers: Mapping[str, str], address: str, action: str
) -> ConnectorError:
    """The coffeechat error for a Graph error answer to ``action`` (a request or a batch part)."""
    said = " ".join(str(part) for part in (status, graph_code(body)) if part)
    what = f"microsoft account {address}: {action} failed ({said})"
    lowered = {k.lower(): v for k, v in headers.items()}
    return status_error(
        status,
        what,
        asker="Graph",
        retry_after_header=lowered.get("retry-after"),
        reauth=reauth_message(address),
    )


def from_msal(result: dict[str, Any], address: str) -> ConnectorError:
    """A failed msal token request: re-authorise when the grant is gone, else retry."""
    error = str(result.get("error", ""))
    if error in REAUTH_ERRORS:
        return ReauthRequired(reauth_message(address))
    if error in ("temporarily_unavailable", "server_error"):
        return Transient(f"microsoft account {address}: token refresh failed ({error}), will retry")
    return ConnectorError(f"microsoft account {address}: sign-in failed ({error or 'unknown'})")


@contextmanager
def converted(address: str, action: str) -> Iterator[None]:
    """Run HTTP calls, turning network errors into :class:`Transient`."""
    try:
        yield
    except (requests.ConnectionError, requests.Timeout) as exc:
        log.debug("graph %s for %s: network error %s", action, address, type(exc).__name__)
        raise Transient(
            f"microsoft account {address}: {action} could not reach Microsoft "
            f"({type(exc).__name__})",
            uncertain=True,
        ) from exc
    except requests.RequestException as exc:
        raise ConnectorError(
            f"microsoft account {address}: {action} failed ({type(exc).__name__})"
        ) from exc
