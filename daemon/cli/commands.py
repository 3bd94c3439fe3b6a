"""Import every command module so that each registers on the app."""

from __future__ import annotations

# One line per command module; keep sorted.
from daemon.cli import asks as _asks  # noqa: F401
from daemon.cli import auth as _auth  # noqa: F401
from daemon.cli import backup as _backup  # noqa: F401
from daemon.cli import board as _board  # noqa: F401
from daemon.cli import check as _check  # noqa: F401
from daemon.cli import contacts as _contacts  # noqa: F401
from daemon.cli import demo as _demo  # noqa: F401
from daemon.cli import explain as _explain  # noqa: F401
from daemon.cli import export as _export  # noqa: F401
from daemon.cli import log as _log  # noqa: F401
from daemon.cli import notes as _notes  # noqa: F401
from daemon.cli import preview as _preview  # noqa: F401
from daemon.cli import retry as _retry  # noqa: F401
from daemon.cli import sandbox as _sandbox  # noqa: F401
from daemon.cli import service as _service  # noqa: F401
from daemon.cli import settle as _settle  # noqa: F401
from daemon.cli import setup as _setup  # noqa: F401
from daemon.cli import stage as _stage  # noqa: F401
from daemon.cli import status as _status  # noqa: F401
