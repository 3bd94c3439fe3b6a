"""Logging for the long-running commands; only the CLI configures handlers."""

from __future__ import annotations

import logging

from daemon import logs
from daemon.cli.app import GLOBALS


def configure_logging(quiet_level: int = logging.INFO) -> None:
    """Log to stderr at ``quiet_level``, or DEBUG with ``--verbose`` (see :mod:`daemon.logs`)."""
    logs.configure(logging.DEBUG if GLOBALS.verbose else quiet_level)
    # dramatiq is chatty at INFO about its own threads.
    logging.getLogger("dramatiq").setLevel(logging.WARNING)
