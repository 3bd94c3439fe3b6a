"""Requests checked against the discovery documents shipped in google-api-python-client.

Each API request is mapped to a discovery method by HTTP method and path
template; its query parameters are checked for name, type, enum and
repetition, and its JSON body for field names, as Google's front end does.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import unquote

from connectors.sandbox.apierror import ApiError, bad_request

# Service name -> (discovery document, path prefix under which the sandbox serves it).
SERVICES = {"gmail": ("gmail.v1.json", "/"), "calendar": ("calendar.v3.json", "/calendar/v3/")}


@dataclass(frozen=True)
class Method:
    """One discovery method and the regex its request paths match."""

    id: str
    service: str
    http_method: str
    pattern: re.Pattern[str]
    literal_weight: int  # more literal characters wins over a path variable
    parameters: dict[str, Any]
    request_schema: str | None
    scopes: tuple[str, ...] = ()  # any one of them lets a token call the method
    global_parameters: dict[str, Any] = field(repr=False, default_factory=dict)


@dataclass
class Resolved:
    """A request matched to its method, with parameters converted to Python values."""

    method: Method
    path_params: dict[str, str]
    params: dict[str, Any]


def _document(name: str) -> dict[str, Any]:
    ref = resources.files("googleapiclient") / "discovery_cache" / "documents" / name
    doc: dict[str, Any] = json.loads(ref.read_text(encoding="utf-8"))
    return doc


def _template_regex(prefix: str, path: str) -> tuple[re.Pattern[str], int]:
    parts: list[str] = []
    literal = 0
    for piece in re.split(r"(\{\+?[^}]+\})", path):
        if piece.startswith("{+"):
            parts.append(f"(?P<{piece[2:-1]}>.+)")
        elif piece.startswith("{"):
            parts.append(f"(?P<{piece[1:-1]}>[^/]+)")
        else:
            parts.append(re.escape(piece))
            literal += len(piece)
    return re.compile("^" + re.escape(prefix) + "".join(parts) + "$"), literal


def _walk(resource: dict[str, Any]) -> list[dict[str, Any]]:
    found = list(resource.get("methods", {}).values())
    for child in resource.get("resources", {}).values():
        found.extend(_walk(child))
    return found


@dataclass
class Catalog:
    """Every method of the served APIs, and the schemas their bodies use."""

    methods: list[Method]
    schemas: dict[str, dict[str, dict[str, Any]]]  # service -> schema id -> schema

    def match(self, http_method: str, path: str) -> tuple[Method, dict[str, str]] | None:
        """The method whose template matches, preferring the most literal template."""
        best: tuple[Method, dict[str, str]] | None = None
        for method in self.methods:
            if method.http_method != http_method:
                continue
            found = method.pattern.match(path)
            if found and (best is None or method.literal_weight > best[0].literal_weight):
                best = (method, {k: unquote(v) for k, v in found.groupdict().items()})
        return best

    def resolve(self, http_method: str, path: str, query: dict[str, list[str]]) -> Resolved:
        """Match and validate a request; raise :class:`ApiError` as Google would."""
        matched = self.match(http_method, path)
        if matched is None:
            raise ApiError(404, f"No API method for {http_method} {path}", "notFound")
        method, path_params = matched
        params: dict[str, Any] = {}
        for name, values in query.items():
            spec = method.parameters.get(name) or method.global_parameters.get(name)
            if spec is None or spec.get("location") == "path":
                raise bad_request(
                    f'Invalid JSON payload received. Unknown name "{name}": Cannot bind query '
                    f"parameter. Field '{name}' could not be found in request message.",
                    location=name,
                    reason="invalidParameter",
                )
            converted = [_convert(name, value, spec) for value in values]
            if spec.get("repeated"):
                params[name] = converted
            elif len(converted) > 1:
                raise bad_request(f"Parameter '{name}' may be given only once.", name)
            else:
                params[name] = converted[0]
        for name, spec in method.parameters.items():
            if spec.get("required") and spec.get("location") == "query" and name not in params:
                raise bad_request(f"Required parameter: {name}", name, "required")
        return Resolved(method, path_params, params)

    def check_body(self, method: Method, body: bytes) -> dict[str, Any]:
        """Decode and check a request body: a JSON object whose fields the schema knows."""
        if not body.strip():
            return {}
        try:
            value = json.loads(body)
        except ValueError as exc:
            raise bad_request(f"Invalid JSON payload received. {exc}.") from exc
        if not isinstance(value, dict):
            raise bad_request("Invalid JSON payload received. Expected an object.")
        if method.request_schema is not None:
            self._check_fields(value, {"$ref": method.request_schema}, method.service, "")
        return value

    def _check_fields(self, value: Any, schema: dict[str, Any], service: str, where: str) -> None:
        if "$ref" in schema:
            schema = self.schemas[service][schema["$ref"]]
        if isinstance(value, dict) and "properties" in schema:
            for key, item in value.items():
                sub = schema["properties"].get(key)
                if sub is None:
                    raise bad_request(
                        f'Invalid JSON payload received. Unknown name "{key}" at '
                        f"'{where or 'body'}': Cannot find field."
                    )
                self._check_fields(item, sub, service, f"{where}.{key}" if where else key)
        elif isinstance(value, dict) and isinstance(schema.get("additionalProperties"), dict):
            for key, item in value.items():
                self._check_fields(item, schema["additionalProperties"], service, f"{where}[{key}]")
        elif isinstance(value, list) and "items" in schema:
            for index, item in enumerate(value):
                self._check_fields(item, schema["items"], service, f"{where}[{index}]")


def _convert(name: str, value: str, spec: dict[str, Any]) -> Any:
    kind = spec.get("type", "string")
    if kind == "integer":
        try:
            number = int(value)
        except ValueError as exc:
            raise bad_request(
                f"Invalid value '{value}' for integer parameter {name}.", name
            ) from exc
        if "minimum" in spec and number < int(spec["minimum"]):
            raise bad_request(f"Invalid value '{value}'. Values must be >= {spec['minimum']}", name)
        if "maximum" in spec and number > int(spec["maximum"]):
            raise bad_request(f"Invalid value '{value}'. Values must be <= {spec['maximum']}", name)
        return number
    if kind == "boolean":
        lowered = value.lower()
        if lowered not in ("true", "false"):
            raise bad_request(f"Invalid value '{value}' for boolean parameter {name}.", name)
        return lowered == "true"
    if "enum" in spec and value not in spec["enum"]:
        raise bad_request(f"Invalid value at '{name}', \"{value}\"", name)
    return value


@cache
def catalog() -> Catalog:
    """The catalog of both APIs, loaded once per process."""
    methods: list[Method] = []
    schemas: dict[str, dict[str, dict[str, Any]]] = {}
    for service, (filename, prefix) in SERVICES.items():
        doc = _document(filename)
        schemas[service] = doc.get("schemas", {})
        for spec in _walk(doc):
            pattern, weight = _template_regex(prefix, spec["path"])
            methods.append(
                Method(
                    id=spec["id"],
                    service=service,
                    http_method=spec["httpMethod"],
                    pattern=pattern,
                    literal_weight=weight,
                    parameters=spec.get("parameters", {}),
                    request_schema=spec.get("request", {}).get("$ref"),
                    scopes=tuple(spec.get("scopes", ())),
                    global_parameters=doc.get("parameters", {}),
                )
            )
    return Catalog(methods, schemas)
