"""What the CLI tests share: the sample files and the outcome of one CLI run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent.parent / "data"


@dataclass(frozen=True)
class Outcome:
    """What one CLI run printed and how it exited."""

    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


Cli = Callable[..., Outcome]
"""The ``cli`` fixture: ``cli("contacts", "list")`` -> :class:`Outcome`."""
