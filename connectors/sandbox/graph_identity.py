"""The Microsoft identity platform (v2.0) of the sandbox: discovery and the token endpoint.

Enough for msal's ``PublicClientApplication``: the OpenID configuration,
``/token`` with the refresh_token, device_code and authorization_code (PKCE)
grants, ``/devicecode`` and ``/authorize``. Tokens come with an unsigned
``id_token`` and ``client_info`` from which msal builds its account cache
(https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow).
Errors are AAD's ``{"error", "error_description", "error_codes"}`` bodies.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import secrets
import threading
import time
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit

from connectors.sandbox.state import World
from connectors.sandbox.wire import Request, Response, json_response

GRAPH_RESOURCE = "https://graph.microsoft.com/"
# msal adds these to every request; they ask for tokens, not for Graph access.
_RESERVED = frozenset({"openid", "profile", "offline_access"})
DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


def _b64(data: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def _error(status: int, error: str, description: str, code: int = 0) -> Response:
    body: dict[str, object] = {"error": error, "error_description": f"AADSTS{code}: {description}"}
    if code:
        body["error_codes"] = [code]
    return json_response(status, body)


def short_scope(scope: str) -> str:
    """``https://graph.microsoft.com/Mail.Read`` -> ``Mail.Read`` (what Graph checks)."""
    return scope.removeprefix(GRAPH_RESOURCE)


@dataclass
class _Pending:
    """A device code or an authorization code waiting to be exchanged."""

    scopes: tuple[str, ...]
    address: str | None = None
    redirect_uri: str | None = None
    challenge: str | None = None
    nonce: str | None = None
    expires_at: float = 0.0


class Identity:
    """The v2.0 endpoints of one tenant."""

    def __init__(self, world: World) -> None:
        self.world = world
        self._device: dict[str, _Pending] = {}  # device_code -> pending
        self._user_codes: dict[str, str] = {}  # user_code -> device_code
        self._codes: dict[str, _Pending] = {}
        self._lock = threading.Lock()

    def owns(self, path: str) -> bool:
        """Whether ``path`` is under this tenant's identity endpoints."""
        tenant = path.strip("/").split("/", 1)[0]
        return tenant in (self.world.tenant, "common", "organizations") and (
            "/oauth2/v2.0/" in path or "/v2.0/.well-known/" in path
        )

    def handle(self, request: Request) -> Response:
        """Answer discovery, ``/token``, ``/devicecode`` or ``/authorize``."""
        tenant, _, rest = request.path.strip("/").partition("/")
        if rest == "v2.0/.well-known/openid-configuration" and request.method == "GET":
            return json_response(200, self._configuration(tenant))
        if rest == "oauth2/v2.0/token" and request.method == "POST":
            return self._token(request)
        if rest == "oauth2/v2.0/devicecode" and request.method == "POST":
            return self._devicecode(request)
        if rest == "oauth2/v2.0/authorize" and request.method == "GET":
            return self._authorize(request)
        return _error(404, "invalid_request", f"No endpoint {request.method} {request.path}", 90000)

    def issuer(self) -> str:
        """The ``iss`` of every id_token."""
        return f"{self.world.base_url}/{self.world.tenant}/v2.0"

    def _configuration(self, tenant: str) -> dict[str, object]:
        base = f"{self.world.base_url}/{tenant}/oauth2/v2.0"
        return {
            "issuer": self.issuer(),
            "authorization_endpoint": f"{base}/authorize",
            "token_endpoint": f"{base}/token",
            "device_authorization_endpoint": f"{base}/devicecode",
            "jwks_uri": f"{self.world.base_url}/{tenant}/discovery/v2.0/keys",
            "response_types_supported": ["code"],
            "scopes_supported": ["openid", "profile", "email", "offline_access"],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "tenant_region_scope": "WW",
        }

    def approve_device(self, user_code: str, address: str) -> None:
        """The user typed ``user_code`` at the Microsoft page and signed in as ``address``."""
        box = self.world.mailbox(address)
        with self._lock:
            device = self._user_codes.get(user_code.upper())
            pending = self._device.get(device or "")
            if pending is None:
                raise KeyError(user_code)
            pending.address = box.address

    def _form(self, request: Request) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(request.body.decode("utf-8", "replace")).items()}

    def _devicecode(self, request: Request) -> Response:
        form = self._form(request)
        if form.get("client_id") != self.world.graph_client_id:
            return _error(
                400, "unauthorized_client", "Application not found in the directory.", 700016
            )
        device = secrets.token_urlsafe(32)
        user_code = secrets.token_hex(4).upper()
        with self._lock:
            self._device[device] = _Pending(
                tuple(form.get("scope", "").split()), expires_at=time.time() + 900
            )
            self._user_codes[user_code] = device
        uri = f"{self.world.base_url}/devicelogin"
        return json_response(
            200,
            {
                "device_code": device,
                "user_code": user_code,
                "verification_uri": uri,
                "expires_in": 900,
                "interval": 1,
                "message": f"To sign in, use a web browser to open the page {uri} "
                f"and enter the code {user_code} to authenticate.",
            },
        )

    def _authorize(self, request: Request) -> Response:
        """Consent at once for the mailbox of ``login_hint`` (else the newest Microsoft one).

        The code goes back as the request's ``response_mode`` says: in the
        redirect's query (the default), its fragment, or a page whose form the
        browser posts to the redirect URI (``form_post``, what msal's own
        localhost listener insists on).
        """
        if request.arg("client_id") != self.world.graph_client_id:
            return _error(
                400, "unauthorized_client", "Application not found in the directory.", 700016
            )
        uri = request.arg("redirect_uri") or ""
        if not _registered_redirect(uri):
            return _error(
                400,
                "invalid_request",
                "The redirect URI specified in the request does not match the redirect URIs "
                "configured for the application.",
                50011,
            )
        mode = request.arg("response_mode") or "query"
        if request.arg("response_type") != "code" or mode not in _RESPONSE_MODES:
            return _error(
                400, "unsupported_response_type", "Only response_type=code is supported.", 70005
            )
        if request.arg("code_challenge") and request.arg("code_challenge_method") != "S256":
            # AAD accepts "plain" too; the sandbox wants the PKCE msal uses.
            return _error(400, "invalid_request", "code_challenge_method must be S256.", 50125)
        hint = (request.arg("login_hint") or "").lower()
        with self.world.lock:
            boxes = [b for b in self.world.mailboxes.values() if b.provider == "microsoft"]
        if hint:
            boxes = [b for b in boxes if b.address == hint]
        chosen = boxes[-1] if boxes else None
        if chosen is None:
            return _error(400, "invalid_request", "No sandbox Microsoft mailbox to sign in.", 50034)
        code = secrets.token_urlsafe(32)
        with self._lock:
            self._codes[code] = _Pending(
                tuple((request.arg("scope") or "").split()),
                chosen.address,
                uri,
                request.arg("code_challenge"),
                request.arg("nonce"),
            )
        answer = {"code": code, "client_info": self._client_info(chosen.address)}
        if request.arg("state") is not None:
            answer["state"] = request.arg("state") or ""
        if mode == "form_post":
            return Response(200, _form_post(uri, answer), "text/html; charset=utf-8")
        joint = "#" if mode == "fragment" else ("&" if "?" in uri else "?")
        return Response(302, b"", "text/plain", {"Location": uri + joint + urlencode(answer)})

    def _token(self, request: Request) -> Response:
        form = self._form(request)
        if form.get("client_id") != self.world.graph_client_id:
            return _error(
                400, "unauthorized_client", "Application not found in the directory.", 700016
            )
        grant = form.get("grant_type")
        requested = tuple(short_scope(s) for s in form.get("scope", "").split())
        if grant == "refresh_token":
            with self.world.lock:
                granted = self.world.grants.get(form.get("refresh_token", ""))
            if granted is None:
                return _error(400, "invalid_grant", "The refresh token has been revoked.", 50173)
            return self._issue(granted.address, requested, granted.scopes, None)
        if grant == DEVICE_CODE_GRANT:
            with self._lock:
                pending = self._device.get(form.get("device_code", ""))
                if pending is not None and pending.address is not None:
                    del self._device[form["device_code"]]
            if pending is None or pending.expires_at < time.time():
                return _error(400, "expired_token", "The device code has expired.", 70020)
            if pending.address is None:
                return _error(
                    400, "authorization_pending", "The user has not signed in yet.", 70016
                )
            return self._issue(pending.address, requested, _consented(pending.scopes), None)
        if grant == "authorization_code":
            with self._lock:
                code = self._codes.pop(form.get("code", ""), None)
            if (
                code is None
                or code.address is None
                or code.redirect_uri != form.get("redirect_uri")
            ):
                return _error(
                    400, "invalid_grant", "The code is invalid or was already used.", 70008
                )
            if code.challenge is not None and not _pkce_ok(
                code.challenge, form.get("code_verifier")
            ):
                return _error(400, "invalid_grant", "The code_verifier does not match.", 501481)
            return self._issue(code.address, requested, _consented(code.scopes), code.nonce)
        return _error(
            400, "unsupported_grant_type", f"grant_type {grant!r} is not supported.", 70003
        )

    def _issue(
        self,
        address: str,
        requested: tuple[str, ...],
        consented: tuple[str, ...],
        nonce: str | None,
    ) -> Response:
        wanted = [s for s in requested if s not in _RESERVED]
        if ".default" in wanted:
            wanted = [s for s in consented if s not in _RESERVED]
        missing = [s for s in wanted if s not in consented]
        if missing:
            return _error(
                400,
                "invalid_grant",
                f"The user or administrator has not consented to use the application "
                f"for {' '.join(missing)}. Send an interactive authorization request.",
                65001,
            )
        granted = tuple(wanted or [s for s in consented if s not in _RESERVED])
        box = self.world.mailbox(address)
        now = int(time.time())
        claims = {
            "iss": self.issuer(),
            "aud": self.world.graph_client_id,
            "iat": now,
            "nbf": now,
            "exp": now + 3600,
            "oid": box.object_id,
            "sub": box.object_id,
            "tid": self.world.tenant,
            "preferred_username": address,
            "name": address,
            "ver": "2.0",
        }
        if nonce:
            claims["nonce"] = nonce
        # msal keeps the old refresh token until a new one comes; AAD rotates them.
        refresh = self.world.issue_refresh_token(address, consented)
        body = {
            "token_type": "Bearer",
            "scope": " ".join([*granted, *sorted(s for s in requested if s in _RESERVED)]),
            "expires_in": self.world.token_lifetime,
            "ext_expires_in": self.world.token_lifetime,
            "access_token": self.world.issue_access_token(address, granted),
            "refresh_token": refresh,
            "id_token": f"{_b64({'typ': 'JWT', 'alg': 'none'})}.{_b64(claims)}.",
            "client_info": self._client_info(address),
        }
        return json_response(200, body, {"Cache-Control": "no-store"})

    def _client_info(self, address: str) -> str:
        return _b64({"uid": self.world.mailbox(address).object_id, "utid": self.world.tenant})


#: How /authorize may hand back the code.
_RESPONSE_MODES = ("query", "fragment", "form_post")


def _registered_redirect(uri: str) -> bool:
    """Whether ``uri`` is a redirect URI the sandbox's public client registered.

    It registered ``http://localhost`` (msal's listener) under "Mobile and
    desktop applications", where Entra ignores a loopback URI's port but not
    its path, and refuses anything else with AADSTS50011
    (https://learn.microsoft.com/entra/identity-platform/reply-url).
    """
    parts = urlsplit(uri)
    return (
        parts.scheme == "http"
        and parts.hostname == "localhost"
        and parts.path in ("", "/")
        and not parts.query
        and not parts.fragment
    )


def _form_post(action: str, fields: dict[str, str]) -> bytes:
    """The page ``response_mode=form_post`` answers: a form the browser submits at once.

    As the OAuth 2.0 Form Post Response Mode specifies
    (https://openid.net/specs/oauth-v2-form-post-response-mode-1_0.html).
    """
    inputs = "".join(
        f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}"/>'
        for k, v in fields.items()
    )
    page = (
        "<html><head><title>Working...</title></head>"
        '<body onload="javascript:document.forms[0].submit()">'
        f'<form method="POST" name="hiddenform" action="{html.escape(action)}">{inputs}'
        "<noscript><p>Script is disabled. Click Submit to continue.</p>"
        '<input type="submit" value="Submit"/></noscript></form></body></html>'
    )
    return page.encode("utf-8")


def _consented(requested: tuple[str, ...]) -> tuple[str, ...]:
    """What signing in grants: the scopes asked for (the sandbox user always consents)."""
    return tuple(dict.fromkeys([*requested, "offline_access"]))


def _pkce_ok(challenge: str, verifier: str | None) -> bool:
    if verifier is None:
        return False
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode() == challenge
