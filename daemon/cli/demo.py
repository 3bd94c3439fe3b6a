"""``coffeechat demo``: watch the daemon run six coffee chats against local sandboxes."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from connectors.errors import CoffeechatError
from daemon.cli.app import app
from daemon.cli.logs import configure_logging


@app.command()
def demo(
    out: Annotated[
        Path,
        typer.Option("--out", help="Folder for the drafts (.eml) and prep briefs (.txt)."),
    ] = Path("coffeechat-demo"),
    keep: Annotated[
        bool,
        typer.Option("--keep", help="Keep the throwaway config and store, to look around."),
    ] = False,
) -> None:
    """Run the real daemon against a local sandbox mailbox; no account, no network."""
    # Imported here, not at the top: it loads the whole daemon, which other commands don't need.
    from daemon.demo import LiveView, run_demo

    configure_logging(logging.WARNING)
    view = LiveView(Console(highlight=False))
    view.console.print(
        "coffeechat demo: sandbox Gmail and Outlook mailboxes for Sam Rivera, six contacts "
        "(one written to from Outlook, over Microsoft Graph), the real daemon (cadence in "
        "seconds, not days). Sam never sends through coffeechat: the demo plays Sam sending "
        "the drafts, and the contacts answering."
    )
    try:
        report = run_demo(out, keep=keep, view=view)
    except TimeoutError as exc:
        raise CoffeechatError(f"demo failed: {exc}") from exc
    view.summary(report)
    if report.violations:
        raise CoffeechatError(
            f"demo failed: {len(report.violations)} violation(s): the daemon sent mail "
            "or notified guests"
        )
