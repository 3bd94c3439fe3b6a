"""``coffeechat sandbox serve`` prints its URL, answers, and stops cleanly on SIGTERM."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys

from typer.testing import CliRunner

from connectors.errors import ConfigError
from connectors.sandbox import SandboxAdmin
from daemon.cli import app

_CLI = [sys.executable, "-c", "from daemon.cli import main; main()", "sandbox", "serve"]


def test_serve_prints_url_and_stops_on_sigterm() -> None:
    with subprocess.Popen(_CLI, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        with SandboxAdmin(url) as admin:
            assert admin.create_mailbox("cli@example.com")["address"] == "cli@example.com"
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=10)
    assert proc.returncode == 0
    assert "sandbox stopped" in err


def test_port_in_use_is_a_config_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(app, ["sandbox", "serve", "--port", str(port)])
    # main() prints a ConfigError as one line and exits 2.
    assert isinstance(result.exception, ConfigError)
    assert str(result.exception).startswith(f"cannot listen on 127.0.0.1:{port}")
