"""The context a Graph handler receives, and the opaque delta and paging tokens."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from connectors.sandbox.graph_odata import GraphError, Query, bad
from connectors.sandbox.state import Mailbox, World
from connectors.sandbox.wire import Request


@dataclass
class GraphCall:
    """An authenticated Graph call: who, with which scopes, and what was asked."""

    world: World
    mailbox: Mailbox
    scopes: tuple[str, ...]
    request: Request
    params: dict[str, str]  # path parameters
    query: Query
    body: dict[str, Any]
    method_id: str

    @property
    def prefer(self) -> str | None:
        """The ``Prefer`` header."""
        return self.request.headers.get("prefer")

    def link(self, path: str, **options: str) -> str:
        """An absolute ``@odata.nextLink``/``deltaLink`` to ``path`` with ``options``."""
        query = "&".join(f"{k}={v}" for k, v in options.items())
        return f"{self.world.base_url}/v1.0{path}" + (f"?{query}" if query else "")


def dump_token(state: dict[str, Any]) -> str:
    """An opaque token carrying ``state`` (the sandbox keeps nothing per client)."""
    return (
        base64.urlsafe_b64encode(json.dumps(state, separators=(",", ":")).encode())
        .decode()
        .rstrip("=")
    )


def load_token(token: str) -> dict[str, Any]:
    """The state of a token, or Graph's 400 for one it never handed out."""
    try:
        state = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except ValueError as exc:
        raise bad("The provided skip or delta token is malformed.") from exc
    if not isinstance(state, dict):
        raise bad("The provided skip or delta token is malformed.")
    return state


def gone() -> GraphError:
    """An expired delta token: Graph's 410, the client must sync again from scratch.

    https://learn.microsoft.com/en-us/graph/delta-query-overview#synchronization-reset
    """
    return GraphError(410, "The sync state generation is not found.", "SyncStateNotFound")


def iso_ms(ms: int) -> str:
    """Epoch milliseconds as Graph writes times: UTC, seconds, ``Z``."""
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
