"""Waits between attempts: exponential, full jitter, capped, never under Retry-After."""

from __future__ import annotations

from datetime import timedelta

import pytest

from connectors.backoff import backoff

CAP = timedelta(minutes=5)


@pytest.mark.parametrize(
    ("attempts", "draw", "retry_after", "wait"),
    [
        (1, 1.0, None, timedelta(seconds=1)),
        (2, 1.0, None, timedelta(seconds=2)),
        (5, 1.0, None, timedelta(seconds=16)),
        (5, 0.5, None, timedelta(seconds=8)),  # jitter: anywhere below the ceiling
        (5, 0.0, None, timedelta(0)),
        (12, 1.0, None, CAP),  # capped at minutes
        (40, 1.0, None, CAP),
        (1, 0.1, 30.0, timedelta(seconds=30)),  # the provider asked for longer
        (9, 1.0, 30.0, timedelta(seconds=256)),  # our wait is already longer
        (12, 0.2, 600.0, timedelta(seconds=600)),  # Retry-After wins over the cap
    ],
)
def test_backoff(attempts: int, draw: float, retry_after: float | None, wait: timedelta) -> None:
    assert backoff(attempts, cap=CAP, retry_after=retry_after, draw=lambda: draw) == wait


def test_waits_are_spread_at_random() -> None:
    waits = {backoff(6, cap=CAP) for _ in range(50)}
    assert len(waits) > 40
    assert all(timedelta(0) <= w <= timedelta(seconds=32) for w in waits)
