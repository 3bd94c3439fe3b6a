"""The ``coffeechat`` command line.

Each command group lives in its own module and registers itself on :data:`app`
when imported below. :func:`main` is the console script: it turns every
:class:`~connectors.errors.CoffeechatError` into one line on stderr and a
non-zero exit, so a user never sees a traceback for bad input.
"""

from __future__ import annotations

import sys

from connectors.errors import CoffeechatError
from daemon.cli.app import app

# Imported for their side effect: each module adds its commands to ``app``.
from daemon.cli import commands as _commands  # noqa: F401  # isort: skip


def main() -> None:
    """Run the CLI; errors meant for the user become one line and exit 2."""
    try:
        app()
    except CoffeechatError as exc:
        print(f"coffeechat: error: {exc}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
