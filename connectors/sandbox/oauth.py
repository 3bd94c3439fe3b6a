"""Google's OAuth 2.0 endpoints: ``/token`` (refresh and code grants) and ``/auth``.

``/auth`` plays the consent screen: it signs in the mailbox named by
``login_hint`` (else the newest mailbox) and redirects at once to the
loopback ``redirect_uri`` with a code, which ``/token`` exchanges.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode

from connectors.sandbox.state import DEFAULT_SCOPES, World
from connectors.sandbox.wire import Request, Response, json_response


@dataclass
class _Code:
    address: str
    redirect_uri: str
    scopes: tuple[str, ...]
    challenge: str | None
    method: str


class OAuth:
    """The token and authorization endpoints of one world."""

    def __init__(self, world: World) -> None:
        self.world = world
        self._codes: dict[str, _Code] = {}
        self._lock = threading.Lock()

    def authorize(self, request: Request) -> Response:
        """``GET /auth``: consent granted at once, redirect back with a code."""
        client_id = request.arg("client_id")
        redirect_uri = request.arg("redirect_uri")
        if client_id != self.world.client_id or not redirect_uri:
            return _error(400, "invalid_request", "Unknown client_id or missing redirect_uri.")
        hint = request.arg("login_hint")
        with self.world.lock:
            if hint:
                address = hint.lower() if hint.lower() in self.world.mailboxes else None
            else:
                address = next(reversed(self.world.mailboxes), None)
        if address is None:
            return _error(400, "invalid_request", "No sandbox mailbox to sign in.")
        code = f"4/sandbox-{secrets.token_urlsafe(24)}"
        scopes = tuple((request.arg("scope") or "").split())
        with self._lock:
            self._codes[code] = _Code(
                address,
                redirect_uri,
                scopes,
                request.arg("code_challenge"),
                request.arg("code_challenge_method") or "plain",
            )
        query = {"code": code, "scope": " ".join(scopes)}
        if request.arg("state") is not None:
            query["state"] = request.arg("state") or ""
        separator = "&" if "?" in redirect_uri else "?"
        return Response(
            302, b"", "text/plain", {"Location": redirect_uri + separator + urlencode(query)}
        )

    def token(self, request: Request) -> Response:
        """``POST /token``: the refresh_token and authorization_code grants."""
        form = {k: v[0] for k, v in parse_qs(request.body.decode("utf-8", "replace")).items()}
        if "client_id" not in form:
            form.update(_basic_auth(request.headers.get("authorization")))
        if (form.get("client_id"), form.get("client_secret")) != (
            self.world.client_id,
            self.world.client_secret,
        ):
            return _error(401, "invalid_client", "The OAuth client was not found.")
        grant = form.get("grant_type")
        if grant == "refresh_token":
            return self._refresh(form)
        if grant == "authorization_code":
            return self._exchange(form)
        return _error(400, "unsupported_grant_type", f"Invalid grant_type: {grant}")

    def _refresh(self, form: dict[str, str]) -> Response:
        with self.world.lock:
            granted = self.world.grants.get(form.get("refresh_token", ""))
        if granted is None:
            return _error(400, "invalid_grant", "Token has been expired or revoked.")
        scopes = tuple(form["scope"].split()) if form.get("scope") else granted.scopes
        if not set(scopes) <= set(granted.scopes):
            # A refresh may narrow the grant, never widen it.
            return _error(400, "invalid_scope", "Some requested scopes were invalid.")
        return self._tokens(granted.address, scopes, refresh_token=None)

    def _exchange(self, form: dict[str, str]) -> Response:
        with self._lock:
            code = self._codes.pop(form.get("code", ""), None)
        if code is None or code.redirect_uri != form.get("redirect_uri"):
            return _error(400, "invalid_grant", "Malformed auth code.")
        if code.challenge is not None and not _pkce_ok(code, form.get("code_verifier")):
            return _error(400, "invalid_grant", "Invalid code verifier.")
        scopes = code.scopes or DEFAULT_SCOPES
        refresh = self.world.issue_refresh_token(code.address, scopes)
        return self._tokens(code.address, scopes, refresh_token=refresh)

    def _tokens(self, address: str, scopes: tuple[str, ...], refresh_token: str | None) -> Response:
        body = {
            "access_token": self.world.issue_access_token(address, scopes),
            "expires_in": self.world.token_lifetime,
            "token_type": "Bearer",
            "scope": " ".join(scopes),
        }
        if refresh_token is not None:
            body["refresh_token"] = refresh_token
        return json_response(200, body, {"Cache-Control": "no-store"})


def _pkce_ok(code: _Code, verifier: str | None) -> bool:
    if verifier is None:
        return False
    if code.method == "S256":
        digest = hashlib.sha256(verifier.encode()).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode() == code.challenge
    return verifier == code.challenge


def _basic_auth(header: str | None) -> dict[str, str]:
    scheme, _, value = (header or "").partition(" ")
    if scheme.lower() != "basic":
        return {}
    try:
        user, _, password = base64.b64decode(value).decode().partition(":")
    except ValueError:
        return {}
    return {"client_id": user, "client_secret": password}


def _error(status: int, error: str, description: str) -> Response:
    body = json.dumps({"error": error, "error_description": description}).encode()
    return Response(status, body)
