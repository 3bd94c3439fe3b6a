"""coffeechat's own single-value extended properties on Outlook items.

A named MAPI property in coffeechat's own property set: hidden from the user,
kept on a draft when Outlook sends it (the Sent Items copy carries it), and
searchable with ``$filter``
(https://learn.microsoft.com/en-us/graph/api/singlevaluelegacyextendedproperty-get).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

#: coffeechat's MAPI property set (any fixed GUID of our own).
PROPERTY_SET = "{5f6a2e1c-8a43-4c5e-9d1b-3c0f7a6b2e90}"
#: The idempotency key of a draft or a daemon-owned event.
KEY = f"String {PROPERTY_SET} Name coffeechat_key"
#: The other properties of a daemon-owned event, as one JSON object.
EXTRA = f"String {PROPERTY_SET} Name coffeechat_properties"


def _quoted(value: str) -> str:
    return value.replace("'", "''")


def key_filter(key: str) -> str:
    """``$filter`` matching the items carrying ``key``."""
    return (
        f"singleValueExtendedProperties/Any(ep: ep/id eq '{_quoted(KEY)}' "
        f"and ep/value eq '{_quoted(key)}')"
    )


def expand(*ids: str) -> str:
    """``$expand`` returning these properties with each item."""
    wanted = " or ".join(f"id eq '{_quoted(i)}'" for i in ids or (KEY,))
    return f"singleValueExtendedProperties($filter={wanted})"


def values(item: Mapping[str, Any]) -> dict[str, str]:
    """An item's expanded properties, by id."""
    return {
        str(p.get("id")): str(p.get("value"))
        for p in item.get("singleValueExtendedProperties", [])
        if p.get("id")
    }


def key_of(item: Mapping[str, Any]) -> str | None:
    """The key an item carries, if expanded and present."""
    found = {k.lower(): v for k, v in values(item).items()}
    return found.get(KEY.lower())


def event_properties(item: Mapping[str, Any], key_name: str) -> dict[str, str]:
    """A daemon-owned event's properties, its key under ``key_name``."""
    found = {k.lower(): v for k, v in values(item).items()}
    out: dict[str, str] = {}
    try:
        extra = json.loads(found.get(EXTRA.lower(), "{}"))
    except ValueError:
        extra = {}
    if isinstance(extra, dict):
        out.update({str(k): str(v) for k, v in extra.items()})
    if KEY.lower() in found:
        out[key_name] = found[KEY.lower()]
    return out


def written(key: str, extra: Mapping[str, str] | None = None) -> list[dict[str, str]]:
    """``singleValueExtendedProperties`` to write: the key, and the others as JSON."""
    out = [{"id": KEY, "value": key}]
    if extra:
        out.append({"id": EXTRA, "value": json.dumps(dict(extra), sort_keys=True)})
    return out
