"""The compose topology as processes on this machine (no container engine needed).

:func:`compose_topology` reads ``deploy/compose.yaml`` and starts what it
describes, the way it describes it: Redis with the compose file's own
command (its password given on stdin) on a port of the test's own, the
``migrate`` service's command first, then one scheduler and two workers with
the compose file's commands and its ``COFFEECHAT_STORE__URL`` /
``COFFEECHAT_BROKER__URL`` environment. Only the hosts differ (``postgres``
and ``redis`` are this machine), and PostgreSQL is the test's schema.
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest.mock import patch

import redis
import yaml
from sqlalchemy.engine import make_url

from connectors.sandbox import Sandbox, SandboxAdmin
from daemon.clock import ShiftedClock
from daemon.sandboxed import FAST_CADENCE, sandboxed_config, wait_for
from daemon.store.db import open_store
from tests.daemon.journeys import SHORTER, Journey

COMPOSE = Path(__file__).parents[2] / "deploy" / "compose.yaml"
EXE = Path(sys.executable).parent / "coffeechat"


def compose() -> dict[str, Any]:
    """deploy/compose.yaml, parsed."""
    parsed: dict[str, Any] = yaml.safe_load(COMPOSE.read_text())
    return parsed


@dataclass
class RedisServer:
    """A redis-server of the test's own, started with the compose file's command."""

    port: int
    password: str
    folder: Path
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://:{self.password}@127.0.0.1:{self.port}/0"

    def start(self) -> None:
        """Start it (again) and wait until it answers; its AOF keeps the queue across restarts."""
        [_, _, script] = compose()["services"]["redis"]["command"]
        # The compose command is "printf CONFIG | exec redis-server -": the config is
        # made by its own printf, and fed to a redis-server this test holds by its pid.
        printf, _, server = script.replace("$$", "$").partition(" | ")
        assert server == "exec redis-server -", server
        config = subprocess.run(
            ["sh", "-c", printf],
            env={**os.environ, "REDIS_PASSWORD": self.password},
            capture_output=True,
            check=True,
        ).stdout
        self.process = subprocess.Popen(
            ["redis-server", "-", "--port", str(self.port), "--bind", "127.0.0.1"],
            cwd=self.folder,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        assert self.process.stdin is not None
        self.process.stdin.write(config)
        self.process.stdin.close()
        client = redis.Redis.from_url(self.url)
        try:
            wait_for(lambda: _pings(client), 20, "redis-server to answer")
        finally:
            client.close()

    def stop(self) -> None:
        """SIGTERM: Redis writes its AOF and exits."""
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None


def _pings(client: redis.Redis) -> bool:
    try:
        return bool(client.ping())
    except redis.RedisError:
        return False


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Topology:
    """The running topology: its journey, its Redis, its processes and their logs."""

    journey: Journey
    redis: RedisServer
    env: dict[str, str]

    def coffeechat(self, *args: str) -> subprocess.CompletedProcess[str]:
        """One ``coffeechat`` command with the services' environment."""
        return subprocess.run(
            [str(EXE), "--config", str(self.journey.config), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
        )


def _service_env(pg_url: str, redis_server: RedisServer) -> dict[str, str]:
    """The compose services' environment, with this machine's hosts and the test's schema."""
    declared = compose()["x-coffeechat"]["environment"]
    pg = make_url(pg_url)
    values = {"POSTGRES_PASSWORD": pg.password or "", "REDIS_PASSWORD": redis_server.password}
    env: dict[str, str] = {}
    for name, value in declared.items():
        url = make_url(_substitute(value, values))
        if url.get_backend_name() == "postgresql":
            url = url.set(
                host=pg.host, port=pg.port, username=pg.username, database=pg.database,
                query=pg.query,
            )  # fmt: skip
        else:
            url = url.set(host="127.0.0.1", port=redis_server.port)
        env[name] = url.render_as_string(hide_password=False)
    return env


def _substitute(value: str, values: dict[str, str]) -> str:
    for name, given in values.items():
        start = value.find("${" + name)
        while start != -1:
            end = value.index("}", start)
            value = value[:start] + given + value[end + 1 :]
            start = value.find("${" + name)
    return value


@contextmanager
def compose_topology(
    folder: Path,
    sandbox: Sandbox,
    admin: SandboxAdmin,
    pg_url: str,
    cadence: Mapping[str, str] | None = None,
) -> Iterator[Topology]:
    """Redis, the migration, one scheduler and two workers, as compose.yaml has them.

    ``cadence`` overrides the test cadence (durations by setting name).
    """
    redis_server = RedisServer(free_port(), secrets.token_hex(16), folder)
    redis_server.start()
    processes: list[subprocess.Popen[bytes]] = []
    journey: Journey | None = None
    stack = ExitStack()
    try:
        address = f"sam-{secrets.token_hex(4)}@example.com"
        settings, world = sandboxed_config(
            folder,
            sandbox.base_url,
            admin,
            address,
            cadence={**FAST_CADENCE, **SHORTER, **(cadence or {})},
        )
        service_env = _service_env(pg_url, redis_server)
        env = {**os.environ, **service_env}
        # The user's own commands (the journey's ``coffeechat notes add``, run in this
        # process) see what the services see, as `compose run --rm scheduler ...` would.
        stack.enter_context(patch.dict(os.environ, service_env))
        config = folder / "config.toml"
        services = compose()["services"]
        # Given the migrate service run alone, first
        migrate = subprocess.run(
            [str(EXE), "--config", str(config), *services["migrate"]["command"]],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert migrate.returncode == 0, migrate.stderr
        store_url = env["COFFEECHAT_STORE__URL"]
        journey = Journey(
            settings, world, open_store(store_url), config, ShiftedClock(settings.clock.offset_file)
        )
        # then the scheduler and two workers, with the compose file's commands
        for name in ("scheduler", "worker", "worker"):
            log = folder / f"{name}-{len(processes)}.log"
            with log.open("wb") as out:
                processes.append(
                    subprocess.Popen(
                        [str(EXE), "--config", str(config), *services[name]["command"]],
                        env=env,
                        stdout=out,
                        stderr=subprocess.STDOUT,
                    )
                )
            journey.workers.append(processes[-1])
            journey.logs.append(log)
        yield Topology(journey, redis_server, env)
    finally:
        if journey is not None:
            journey.store.close()
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=45)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        redis_server.stop()
        stack.close()
    assert admin.violations() == [], "the daemon hit a send endpoint or notified guests"
