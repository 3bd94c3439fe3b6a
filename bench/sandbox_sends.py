"""What every benchmark checks before it ends: the sandbox saw nothing sent.

The daemon never sends (DESIGN.md, promise 1): the sandbox records every
send attempt and every guest notification, and a benchmark whose run made
one is no benchmark of this daemon. Imported by the scripts beside it
(run as ``python bench/NAME.py``, their folder is on ``sys.path``).
"""

from __future__ import annotations

from connectors.sandbox import SandboxAdmin


def sends_line(count: int) -> str:
    """The report line for ``count`` send attempts and guest notifications."""
    return f"send attempts or guest notifications recorded by the sandbox: {count}"


def check_nothing_sent(admin: SandboxAdmin) -> None:
    """Print what the sandbox recorded as sent; exit with an error if it recorded anything."""
    count = len(admin.violations())
    print(sends_line(count))
    if count:
        raise SystemExit("a send endpoint was hit or a guest was notified")
