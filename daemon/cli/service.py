"""``coffeechat run`` and ``coffeechat worker``: the daemon itself."""

from __future__ import annotations

import logging
import signal
from typing import Annotated

import typer

from connectors.errors import ConfigError
from daemon.cli.app import GLOBALS, app
from daemon.cli.logs import configure_logging
from daemon.settings import load_settings

log = logging.getLogger(__name__)


def _serve(scheduler: bool, workers: bool) -> None:
    # Imported here: the daemon's modules are slow to import and only these commands need them.
    from daemon.health import start_health
    from daemon.service import Service

    settings = load_settings(GLOBALS.config)
    service = Service(settings, scheduler=scheduler, workers=workers)
    try:
        listener = (
            start_health(settings, service.store, service.broker)
            if settings.health.enabled
            else None
        )
    except ConfigError:
        service.close()
        raise

    def stop(signum: int, _frame: object) -> None:
        log.info("received %s: finishing running work, then stopping", signal.Signals(signum).name)
        service.stop()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        service.run()
    finally:
        if listener is not None:
            listener.close()


@app.command()
def run(
    scheduler_only: Annotated[
        bool,
        typer.Option("--scheduler-only", help="Only poll and schedule; workers run elsewhere."),
    ] = False,
) -> None:
    """Run the daemon: poll accounts, write drafts, keep timers (until SIGTERM)."""
    configure_logging()
    _serve(scheduler=True, workers=not scheduler_only)


@app.command()
def worker() -> None:
    """Run workers only, sharing a Redis broker and a database with a scheduler."""
    configure_logging()
    _serve(scheduler=False, workers=True)
