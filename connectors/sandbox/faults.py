"""Faults injected by the admin API for the next N calls of a method."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from connectors.sandbox.apierror import ApiError

# Google's wording per injected status: (reason, message).
_FAULT_BODIES = {
    429: ("rateLimitExceeded", "Resource has been exhausted (e.g. check quota)."),
    403: ("userRateLimitExceeded", "User-rate limit exceeded."),
    500: ("backendError", "Backend Error"),
    503: ("backendError", "The service is currently unavailable."),
}


@dataclass
class Fault:
    """Answer ``status`` (and/or sleep ``latency_ms``) for the next ``times`` calls."""

    method: str  # a discovery method id, "oauth.token", "batch", or "*" for any API method
    status: int | None = None
    latency_ms: int = 0
    times: int | None = 1  # None: until cleared
    retry_after: float | None = None
    reason: str | None = None

    def matches(self, method_id: str) -> bool:
        """Whether this fault applies to a call of ``method_id``."""
        if self.method == "*":
            return method_id not in ("oauth.token", "batch")
        return self.method == method_id

    def error(self) -> ApiError:
        """The error this fault answers with."""
        assert self.status is not None
        reason, message = _FAULT_BODIES.get(self.status, (None, None))
        headers = {}
        if self.retry_after is not None:
            headers["Retry-After"] = f"{self.retry_after:g}"
        return ApiError(self.status, message, self.reason or reason, headers=headers)

    def describe(self) -> dict[str, Any]:
        """JSON view for ``GET /_admin/faults``."""
        return {k: v for k, v in self.__dict__.items() if v is not None}


class FaultBook:
    """The pending faults; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> None:
        """Queue a fault; faults for the same method apply in the order added."""
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        """Drop every pending fault."""
        with self._lock:
            self._faults.clear()

    def pending(self) -> list[dict[str, Any]]:
        """The faults not used up yet."""
        with self._lock:
            return [f.describe() for f in self._faults]

    def take(self, method_id: str) -> tuple[int, ApiError | None]:
        """Consume the faults for one call: (latency in ms, error to answer or None)."""
        latency = 0
        error: ApiError | None = None
        with self._lock:
            for fault in list(self._faults):
                if not fault.matches(method_id):
                    continue
                if fault.status is not None and error is not None:
                    continue  # one error per call; the next fault waits for the next call
                latency += fault.latency_ms
                if fault.status is not None:
                    error = fault.error()
                if fault.times is not None:
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
        return latency, error
