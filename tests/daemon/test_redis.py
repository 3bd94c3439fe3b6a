"""The key paths again, scaled out: Redis broker, PostgreSQL store, two worker processes.

Two ``coffeechat worker`` processes (the installed console script, reading the
test's ``config.toml`` with ``broker.url`` set) share the work; the scheduler
runs in this process (``coffeechat run --scheduler-only`` minus the process).
The journeys are the very ones the embedded tests walk, here side by side on
one mailbox, so the two workers advance several contacts at once. Drafts are
still counted in the sandbox by key: two workers, one draft per step.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from connectors.sandbox import Sandbox, SandboxAdmin
from tests.daemon import journeys
from tests.daemon.journeys import Journey, launch


def _decline_then_referral(j: Journey) -> None:
    journeys.decline(j)
    journeys.referral(j)


def test_key_paths_on_redis_and_postgresql_with_two_workers(
    tmp_path: Path,
    sandbox: Sandbox,
    admin: SandboxAdmin,
    pg_url: str,
    redis_url: str,
    redis_namespace: str,
) -> None:
    # Given the daemon scaled out: two worker processes, the scheduler here
    with launch(
        tmp_path, sandbox, admin, store_url=pg_url, redis=(redis_url, redis_namespace)
    ) as j:
        assert len(j.workers) == 2
        # When contacts walk the happy, decline and referral paths at once, then
        # each journey sees its own stages, drafts and timers (asserted inside).
        # (The nudge walks on Redis in test_paths, where a clock of its own lets
        # a week pass without waiting; here it would have to really wait.)
        walks = (journeys.happy_path, _decline_then_referral)
        with ThreadPoolExecutor(len(walks)) as pool:
            for done in [pool.submit(walk, j) for walk in walks]:
                done.result()
        # and both workers are still up
        assert all(worker.poll() is None for worker in j.workers)
