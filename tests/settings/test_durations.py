"""Durations written like 7d, 36h, 30m, 30s, 250ms, 1d12h."""

from __future__ import annotations

from datetime import timedelta

import pytest

from daemon.durations import format_duration, parse_duration


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7d", timedelta(days=7)),
        ("36h", timedelta(hours=36)),
        ("30m", timedelta(minutes=30)),
        ("30s", timedelta(seconds=30)),
        ("1d12h", timedelta(days=1, hours=12)),
        ("2w", timedelta(weeks=2)),
        (" 1H 30M ", timedelta(hours=1, minutes=30)),
        ("250ms", timedelta(milliseconds=250)),
        ("1m500ms", timedelta(minutes=1, milliseconds=500)),
    ],
)
def test_parse_duration(text: str, value: timedelta) -> None:
    assert parse_duration(text) == value


@pytest.mark.parametrize("text", ["", "7", "7x", "d7", "1.5h", "-3d", "7 days"])
def test_not_a_duration(text: str) -> None:
    with pytest.raises(ValueError, match=f"not a duration: {text!r}"):
        parse_duration(text)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (timedelta(days=1, hours=12), "1d12h"),
        (timedelta(days=21), "21d"),
        (timedelta(seconds=90), "1m30s"),
        (timedelta(0), "0s"),
        (timedelta(milliseconds=1500), "1s500ms"),
    ],
)
def test_format_duration_round_trips(value: timedelta, text: str) -> None:
    assert format_duration(value) == text
    assert parse_duration(text) == value
