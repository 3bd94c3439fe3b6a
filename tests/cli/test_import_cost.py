"""Starting ``coffeechat`` must not load what only a few commands use.

The reply reader (``workflows.understanding``: its regexes and vocabularies)
took over half of the CLI's import time, paid by ``status``, ``contacts``, every
command and every CLI test; so did the Google and Microsoft client libraries
and the Redis client. Only ``settle``, ``explain``, ``auth``, ``check`` and the
daemon's own commands load them, inside the command. This guards the imports,
not a timing: a fresh interpreter imports the CLI and lists what it loaded.
"""

from __future__ import annotations

import subprocess
import sys

from tests.cli.support import DATA

REPO = DATA.parent.parent

#: Top-level names a plain ``import daemon.cli`` must leave unloaded, and why each is heavy.
HEAVY = {
    "workflows.understanding": "the reply reader (settle, explain, the daemon)",
    "daemon.engine.ingest": "loads the reply reader",
    "daemon.accounts": "the connectors' client libraries (auth, the daemon)",
    "googleapiclient": "Google's API client (auth, the daemon)",
    "msal": "Microsoft's auth library (auth, the daemon)",
    "redis": "the broker client (check, the daemon)",
}

_LIST_LOADED = """
import sys
import daemon.cli
heavy = sys.argv[1:]
for name in sorted(sys.modules):
    if any(name == h or name.startswith(h + ".") for h in heavy):
        print(name)
"""


def test_the_cli_starts_without_the_reader_or_the_connectors() -> None:
    # A fresh interpreter: this test process has long since imported all of it. The
    # working directory comes first on sys.path, so this checkout's code is the one read.
    done = subprocess.run(
        [sys.executable, "-c", _LIST_LOADED, *HEAVY],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    loaded = done.stdout.split()
    assert loaded == [], "importing the CLI loaded: " + ", ".join(
        f"{name} ({next(why for h, why in HEAVY.items() if name.startswith(h))})" for name in loaded
    )
