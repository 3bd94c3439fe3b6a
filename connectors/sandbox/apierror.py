"""Google's error bodies, raised by handlers as :class:`ApiError`."""

from __future__ import annotations

from typing import Any

from connectors.sandbox.wire import Response, json_response

# HTTP status -> Google's canonical status name.
_STATUS_NAMES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    409: "ALREADY_EXISTS",
    410: "FAILED_PRECONDITION",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    501: "UNIMPLEMENTED",
    503: "UNAVAILABLE",
}

# Reasons Google reports under ``domain: usageLimits`` (Calendar's "Handle API
# errors" guide and Gmail's "Resolve errors" guide show them so).
_USAGE_LIMITS = {
    "dailyLimitExceeded",
    "quotaExceeded",
    "rateLimitExceeded",
    "userRateLimitExceeded",
}

# Default (reason, message) per status, worded as Google words them.
_DEFAULTS = {
    400: ("badRequest", "Bad Request"),
    401: (
        "authError",
        "Request had invalid authentication credentials. Expected OAuth 2 access token, "
        "login cookie or other valid authentication credential.",
    ),
    403: ("forbidden", "Forbidden"),
    404: ("notFound", "Requested entity was not found."),
    410: ("deleted", "Resource has been deleted"),
    429: ("rateLimitExceeded", "Resource has been exhausted (e.g. check quota)."),
    500: ("backendError", "Backend Error"),
    501: ("notImplemented", "Method not implemented by the sandbox."),
    503: ("backendError", "The service is currently unavailable."),
}


class ApiError(Exception):
    """An error answer in Google's JSON shape."""

    def __init__(
        self,
        status: int,
        message: str | None = None,
        reason: str | None = None,
        *,
        location: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        default_reason, default_message = _DEFAULTS.get(status, ("error", "Error"))
        self.status = status
        self.message = message or default_message
        self.reason = reason or default_reason
        self.location = location
        self.headers = dict(headers or {})
        super().__init__(f"{status} {self.reason}: {self.message}")

    def payload(self) -> dict[str, Any]:
        """The ``{"error": {...}}`` body."""
        domain = "usageLimits" if self.reason in _USAGE_LIMITS else "global"
        item: dict[str, Any] = {"message": self.message, "domain": domain, "reason": self.reason}
        if self.location:
            item["location"] = self.location
            item["locationType"] = "parameter"
        if self.status == 401:
            item["locationType"] = "header"
            item["location"] = "Authorization"
        return {
            "error": {
                "code": self.status,
                "message": self.message,
                "errors": [item],
                "status": _STATUS_NAMES.get(self.status, "UNKNOWN"),
            }
        }

    def response(self) -> Response:
        """The error as an HTTP response."""
        headers = dict(self.headers)
        if self.status == 401:
            headers.setdefault("WWW-Authenticate", 'Bearer realm="https://accounts.google.com/"')
        return json_response(self.status, self.payload(), headers)


def bad_request(message: str, location: str | None = None, reason: str = "invalid") -> ApiError:
    """A 400 for a parameter or body Google would refuse."""
    return ApiError(400, message, reason, location=location)


def not_found() -> ApiError:
    """Google's 404 for an unknown id."""
    return ApiError(404)
