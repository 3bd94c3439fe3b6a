"""A daemon as its own process (``coffeechat --verbose run``) on a sandbox mailbox."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from connectors.sandbox import Sandbox, SandboxAdmin
from daemon.clock import ShiftedClock
from daemon.sandboxed import FAST_CADENCE, sandboxed_config
from daemon.store.db import open_store
from tests.daemon.journeys import SHORTER, Journey


@contextmanager
def daemon_process(
    folder: Path,
    sandbox: Sandbox,
    admin: SandboxAdmin,
    *,
    env: Mapping[str, str] | None = None,
    cadence: Mapping[str, str] | None = None,
) -> Iterator[Journey]:
    """``coffeechat --verbose run`` on a fresh mailbox, stderr in ``journey.logs[0]``.

    The journey's wait fails at once, with the log's tail, if the process dies;
    the process is stopped with SIGTERM at the end.
    """
    address = f"sam-{secrets.token_hex(4)}@example.com"
    settings, world = sandboxed_config(
        folder,
        sandbox.base_url,
        admin,
        address,
        cadence={**FAST_CADENCE, **SHORTER, **(cadence or {})},
    )
    config = folder / "config.toml"
    log = folder / "daemon.log"
    exe = Path(sys.executable).parent / "coffeechat"
    journey = Journey(
        settings,
        world,
        open_store(settings.store.url),
        config,
        ShiftedClock(settings.clock.offset_file),
        exclusive=True,
    )
    with log.open("wb") as err:
        process = subprocess.Popen(
            [str(exe), "--verbose", "--config", str(config), "run"],
            stdout=subprocess.DEVNULL,
            stderr=err,
            env={**os.environ, **(env or {})},
        )
    journey.workers.append(process)
    journey.logs.append(log)
    try:
        yield journey
    finally:
        journey.workers.clear()
        process.terminate()
        process.wait(timeout=60)
        journey.store.close()
    assert admin.violations() == [], "the daemon hit a send endpoint or notified guests"
