"""``fields=`` partial responses: keep only the selected fields of an answer.

Syntax as in Google's "Partial response" guide: a comma-separated list,
``a/b`` for a sub-field, ``a(b,c)`` for several sub-fields of ``a`` (applied
to each item of an array), ``*`` for everything at one level.
"""

from __future__ import annotations

from typing import Any

from connectors.sandbox.apierror import bad_request

Selection = dict[str, "Selection"]  # an empty selection keeps the whole value


def parse(text: str) -> Selection:
    """The selection a ``fields`` value names; 400 when it does not parse."""
    selection, rest = _list(text.replace(" ", ""), 0)
    if rest != len(text.replace(" ", "")) or not selection:
        raise bad_request(f"Invalid field selection {text}", "fields")
    return selection


def _list(text: str, at: int) -> tuple[Selection, int]:
    out: Selection = {}
    while at < len(text) and text[at] != ")":
        end = at
        while end < len(text) and text[end] not in ",()":
            end += 1
        path = text[at:end].split("/")
        if not all(path):
            raise bad_request(f"Invalid field selection {text}", "fields")
        leaf = out
        for name in path:
            leaf = leaf.setdefault(name, {})
        at = end
        if at < len(text) and text[at] == "(":
            inner, at = _list(text, at + 1)
            if at >= len(text) or text[at] != ")":
                raise bad_request(f"Invalid field selection {text}", "fields")
            leaf.update(inner)
            at += 1
        if at < len(text) and text[at] == ",":
            at += 1
    return out, at


def select(value: Any, fields: str) -> Any:
    """``value`` with only the fields ``fields`` names."""
    return _apply(value, parse(fields))


def _apply(value: Any, selection: Selection) -> Any:
    if not selection:
        return value
    if isinstance(value, list):
        return [_apply(item, selection) for item in value]
    if not isinstance(value, dict):
        return value
    if "*" in selection:
        return {k: _apply(v, selection["*"]) for k, v in value.items()}
    return {k: _apply(value[k], sub) for k, sub in selection.items() if k in value}
