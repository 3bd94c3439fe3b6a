"""The Typer application object and the options shared by every command."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="coffeechat",
    help="Run your informational interviews: drafts in your own mailbox, never sends.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@dataclass
class Globals:
    """Options given before the command name, read by the commands."""

    config: Path | None = None
    verbose: bool = False


GLOBALS = Globals()


@app.callback()
def _root(
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            "-c",
            help="config.toml to use (else $COFFEECHAT_CONFIG, else the user config dir).",
        ),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log debug detail.")] = False,
) -> None:
    GLOBALS.config = config
    GLOBALS.verbose = verbose
