"""``coffeechat sandbox serve``: run the local Gmail/Calendar/OAuth sandbox server."""

from __future__ import annotations

import signal
import threading
from types import FrameType
from typing import Annotated

import typer

from connectors.errors import ConfigError
from daemon.cli.app import app

sandbox_app = typer.Typer(help="A local server that speaks the Gmail, Calendar and OAuth APIs.")
app.add_typer(sandbox_app, name="sandbox")


@sandbox_app.command("serve")
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on (0: a free one).")] = 0,
) -> None:
    """Serve until Ctrl-C or SIGTERM; prints the base URL first."""
    # Imported here so that other commands don't pay for loading the server.
    from connectors.sandbox import Sandbox

    try:
        sandbox = Sandbox(host, port)
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    stop = threading.Event()

    def _on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = signal.signal(signal.SIGTERM, _on_signal)
    sandbox.start()
    typer.echo(sandbox.base_url)
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        sandbox.stop()
        signal.signal(signal.SIGTERM, previous)
    typer.echo("sandbox stopped", err=True)
