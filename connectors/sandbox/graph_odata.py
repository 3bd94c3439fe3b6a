"""Graph's error bodies and the OData query options the sandbox accepts, strictly.

Graph answers ``{"error": {"code", "message", "innerError"}}``
(https://learn.microsoft.com/en-us/graph/errors). Only the ``$filter``
shapes coffeechat's connector sends are understood; any other clause is a
400, as an unsupported filter is at Graph.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from connectors.sandbox.apierror import ApiError
from connectors.sandbox.wire import Response, json_response

# HTTP status -> Graph's error code.
_CODES = {
    400: "BadRequest",
    401: "InvalidAuthenticationToken",
    403: "ErrorAccessDenied",
    404: "ErrorItemNotFound",
    409: "ErrorIrresolvableConflict",
    410: "SyncStateNotFound",
    429: "TooManyRequests",
    500: "InternalServerError",
    501: "NotImplemented",
    503: "ServiceUnavailable",
}
_MESSAGES = {
    401: "Access token is empty or invalid.",
    404: "The specified object was not found in the store.",
    429: "Application is over its MailboxConcurrency limit.",
    503: "The service is currently unavailable.",
}


class GraphError(Exception):
    """An error answer in Graph's shape."""

    def __init__(
        self,
        status: int,
        message: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.status = status
        self.code = code or _CODES.get(status, "UnknownError")
        self.message = message or _MESSAGES.get(status, self.code)
        self.headers = dict(headers or {})
        super().__init__(f"{status} {self.code}: {self.message}")

    @classmethod
    def of(cls, error: ApiError) -> GraphError:
        """A fault or shared-store error (raised in Google's shape) as Graph words it."""
        return cls(
            error.status, None if error.status in _MESSAGES else error.message, None, error.headers
        )

    def response(self) -> Response:
        """The error as an HTTP response."""
        inner = {"request-id": secrets.token_hex(8), "date": "sandbox"}
        body = {"error": {"code": self.code, "message": self.message, "innerError": inner}}
        headers = dict(self.headers)
        if self.status == 401:
            headers.setdefault("WWW-Authenticate", 'Bearer realm="", error="invalid_token"')
        return json_response(self.status, body, headers)


def bad(message: str) -> GraphError:
    """Graph's 400."""
    return GraphError(400, message)


@dataclass(frozen=True)
class Query:
    """The validated OData options of one request."""

    select: tuple[str, ...] | None
    filters: tuple[tuple[str, str, str], ...]  # (property, operator, value)
    properties: tuple[tuple[str, str], ...]  # singleValueExtendedProperties/Any(...) (id, value)
    expand_ids: tuple[str, ...] | None  # ids named by $expand=singleValueExtendedProperties(...)
    top: int | None
    raw: dict[str, str]


_ANY = re.compile(
    r"singleValueExtendedProperties/Any\(\s*(\w+):\s*\1/id eq '((?:[^']|'')*)'"
    r"\s+and\s+\1/value eq '((?:[^']|'')*)'\s*\)",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"(\w+) (eq|ne|ge|gt|le|lt) ('(?:[^']|'')*'|true|false|[\d\-T:.Z+]+)$")
_EXPAND = re.compile(r"singleValueExtendedProperties\(\$filter=(.+)\)$", re.IGNORECASE)
_EXPAND_ID = re.compile(r"id eq '((?:[^']|'')*)'$")


def _unquote(value: str) -> str:
    return value[1:-1].replace("''", "'") if value.startswith("'") else value


def parse_query(
    query: dict[str, list[str]],
    *,
    allowed: Iterable[str],
    properties: Iterable[str] = (),
    filterable: Iterable[str] = (),
    max_top: int = 1000,
) -> Query:
    """Validate the query string against what one endpoint accepts."""
    allowed = set(allowed)
    raw: dict[str, str] = {}
    for name, values in query.items():
        if name not in allowed:
            raise bad(f"Unrecognized query argument specified: '{name}'.")
        if len(values) != 1:
            raise bad(
                f"Query option '{name}' was specified more than once, "
                "but it must be specified at most once."
            )
        raw[name] = values[0]
    select = None
    if "$select" in raw:
        select = tuple(s.strip() for s in raw["$select"].split(",") if s.strip())
        known = set(properties)
        for name in select:
            if name not in known:
                raise bad(f"Could not find a property named '{name}' on the requested type.")
    top = None
    if "$top" in raw:
        if not raw["$top"].isdigit() or not 1 <= int(raw["$top"]) <= max_top:
            raise bad(f"Invalid value for $top: '{raw['$top']}'.")
        top = int(raw["$top"])
    filters: list[tuple[str, str, str]] = []
    props: list[tuple[str, str]] = []
    if "$filter" in raw:
        text = raw["$filter"].strip()
        for found in _ANY.finditer(text):
            props.append((found.group(2).replace("''", "'"), found.group(3).replace("''", "'")))
        rest = _ANY.sub("\x00", text)
        for clause in re.split(r"\s+and\s+", rest):
            clause = clause.strip()
            if clause == "\x00":
                continue
            match = _CLAUSE.match(clause)
            if match is None or match.group(1) not in set(filterable):
                raise bad(f"Invalid filter clause: {clause!r} is not supported.")
            filters.append((match.group(1), match.group(2), _unquote(match.group(3))))
    expand_ids = None
    if "$expand" in raw:
        match = _EXPAND.match(raw["$expand"].strip())
        if match is None:
            raise bad(
                f"Parsing OData Select and Expand failed: '{raw['$expand']}' is not supported."
            )
        expand_ids = []
        for part in re.split(r"\s+or\s+", match.group(1).strip()):
            one = _EXPAND_ID.match(part.strip())
            if one is None:
                raise bad(f"Invalid filter clause in $expand: {part!r}.")
            expand_ids.append(one.group(1).replace("''", "'"))
    return Query(
        select,
        tuple(filters),
        tuple(props),
        tuple(expand_ids) if expand_ids is not None else None,
        top,
        raw,
    )


def shaped(
    resource: dict[str, Any], query: Query, always: Iterable[str] = ("id",)
) -> dict[str, Any]:
    """``resource`` cut to ``$select`` (plus ``always``), extended properties expanded."""
    out = dict(resource)
    extended: dict[str, str] = out.pop("_properties", {})
    if query.select is not None:
        keep = set(query.select) | set(always) | {"@odata.etag"}
        out = {k: v for k, v in out.items() if k in keep}
    if query.expand_ids is not None:
        wanted = {i.lower() for i in query.expand_ids}
        out["singleValueExtendedProperties"] = [
            {"id": k, "value": v} for k, v in extended.items() if k.lower() in wanted
        ]
    return out


def has_properties(extended: dict[str, str], query: Query) -> bool:
    """Whether an item carries every extended property value the filter names."""
    lowered = {k.lower(): v for k, v in extended.items()}
    return all(lowered.get(pid.lower()) == value for pid, value in query.properties)


def compare(value: Any, operator: str, wanted: str) -> bool:
    """One ``$filter`` comparison; values compare as strings (ISO times sort as text)."""
    left = str(value).lower() if isinstance(value, bool) else str(value)
    tests: dict[str, Callable[[str, str], bool]] = {
        "eq": lambda a, b: a == b,
        "ne": lambda a, b: a != b,
        "ge": lambda a, b: a >= b,
        "gt": lambda a, b: a > b,
        "le": lambda a, b: a <= b,
        "lt": lambda a, b: a < b,
    }
    return tests[operator](left, wanted)


def page_size(prefer: str | None, default: int, maximum: int) -> int:
    """The page size a ``Prefer: odata.maxpagesize=N`` header asks for."""
    found = re.search(r"odata\.maxpagesize=(\d+)", prefer or "")
    return max(1, min(int(found.group(1)), maximum)) if found else default


def prefers_text(prefer: str | None) -> bool:
    """Whether ``Prefer: outlook.body-content-type="text"`` was sent."""
    return bool(re.search(r'outlook\.body-content-type="?text"?', prefer or ""))
