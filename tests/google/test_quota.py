"""The quota budget: Gmail units charged per call, paced under the per-minute limit."""

from __future__ import annotations

import threading

import pytest

from connectors.google.quota import BURST_SECONDS, QuotaBudget, units


class FakeTime:
    """A clock that moves only when the budget sleeps."""

    def __init__(self) -> None:
        self.now = 0.0

    def sleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.mark.parametrize(
    ("action", "calls", "expected"),
    [
        ("messages.list", 1, 5),
        ("batch messages.get", 50, 250),
        ("history.list", 1, 2),
        ("getProfile", 1, 1),
        ("drafts.create", 1, 10),
        ("events.list", 3, 0),
    ],
)
def test_units_follow_googles_table(action: str, calls: int, expected: int) -> None:
    assert units(action, calls) == expected


def test_a_burst_within_the_bucket_does_not_wait() -> None:
    time = FakeTime()
    budget = QuotaBudget(12_000, clock=lambda: time.now, sleep=time.sleep)

    budget.charge(int(12_000 / 60 * BURST_SECONDS))

    assert time.now == 0.0


def test_spending_past_the_bucket_waits_at_the_budgets_rate() -> None:
    time = FakeTime()
    budget = QuotaBudget(12_000, clock=lambda: time.now, sleep=time.sleep)

    for _ in range(60):  # 15,000 units: Gmail's whole per-minute limit
        budget.charge(250)

    # 2,000 units of burst, then 200 units a second for the other 13,000.
    assert time.now == pytest.approx(65.0)
    assert budget.spent == 15_000


def test_a_budget_of_nothing_is_refused() -> None:
    with pytest.raises(ValueError, match="units per minute"):
        QuotaBudget(0)


def test_the_last_minute_counts_the_units_of_the_requests_within_it() -> None:
    time = FakeTime()
    budget = QuotaBudget(12_000, clock=lambda: time.now, sleep=time.sleep)

    budget.charge(100)
    time.now = 30.0
    budget.charge(0)  # a Calendar request: no units, still a request
    budget.charge(40)
    at_half_a_minute = budget.last_minute()
    time.now = 75.0

    assert at_half_a_minute == 140
    assert budget.last_minute() == 40
    assert (budget.requests, budget.spent, budget.per_minute) == (3, 140, 12_000)


def test_a_request_waiting_for_units_holds_back_no_other_request() -> None:
    # Given a Gmail request asleep for its units (its sleep blocks until released)
    time = FakeTime()
    asleep, release = threading.Event(), threading.Event()
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        asleep.set()
        release.wait()

    budget = QuotaBudget(12_000, clock=lambda: time.now, sleep=sleep)
    budget.charge(2_000)  # the whole bucket
    first = threading.Thread(target=budget.charge, args=(400,), daemon=True)
    first.start()
    asleep.wait()

    # When a Calendar request (no units) and another Gmail request come meanwhile
    budget.charge(0)
    release.set()
    budget.charge(200)
    first.join()

    # Then the Calendar one went through at once, and the Gmail one waits
    # behind the first one's units as well as its own: the pace is kept.
    assert waits == [pytest.approx(2.0), pytest.approx(3.0)]
    assert (budget.requests, budget.spent) == (4, 2_600)
