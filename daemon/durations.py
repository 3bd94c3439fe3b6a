"""Durations written like ``7d``, ``36h``, ``30m``, ``30s``, ``250ms`` or ``1d12h``.

:data:`Duration` is the pydantic field type used by the settings: it accepts
such a string (or a :class:`~datetime.timedelta`) and serializes back to the
same compact form.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Annotated

from pydantic import BeforeValidator, PlainSerializer

_UNITS = {"w": 7 * 86400, "d": 86400, "h": 3600, "m": 60, "s": 1, "ms": 0.001}
# "ms" before "m": a regex alternation takes the first branch that matches.
_PART = re.compile(r"(\d+)(ms|[wdhms])")
_WHOLE = re.compile(r"(?:\d+(?:ms|[wdhms]))+")


def parse_duration(text: str) -> timedelta:
    """Parse ``"1d12h"`` into a :class:`timedelta`; ``ValueError`` if it is not one.

    Units are ``w`` (weeks), ``d``, ``h``, ``m``, ``s`` and ``ms``, largest
    first is customary but not required; spaces are ignored.
    """
    compact = text.replace(" ", "").lower()
    if not _WHOLE.fullmatch(compact):
        raise ValueError(f"not a duration: {text!r} (write e.g. 7d, 36h, 30m, 30s, 1d12h)")
    seconds = sum(int(count) * _UNITS[unit] for count, unit in _PART.findall(compact))
    return timedelta(seconds=seconds)


def format_duration(value: timedelta) -> str:
    """Write ``value`` in the compact form :func:`parse_duration` reads (``1d12h``)."""
    millis = round(value.total_seconds() * 1000)
    if millis <= 0:
        return "0s"
    parts = []
    for unit in ("d", "h", "m", "s", "ms"):
        count, millis = divmod(millis, round(_UNITS[unit] * 1000))
        if count:
            parts.append(f"{count}{unit}")
    return "".join(parts)


def _coerce(value: object) -> object:
    if isinstance(value, str):
        return parse_duration(value)
    if isinstance(value, timedelta):
        return value
    raise ValueError(f'not a duration: {value!r} (write e.g. "7d", "36h", "30m")')


Duration = Annotated[
    timedelta,
    BeforeValidator(_coerce),
    PlainSerializer(format_duration, return_type=str),
]
"""A settings field holding a duration written like ``7d`` or ``1d12h``."""
