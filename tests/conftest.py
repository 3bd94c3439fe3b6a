"""Fixtures shared by every test: databases (SQLite and PostgreSQL), Redis, user dirs.

- ``db_url``: a blank database, once on SQLite (a file in ``tmp_path``) and once
  on PostgreSQL (a schema of its own in a database created for this test
  session). ``store``: the same, opened and migrated.
- ``redis_url`` / ``redis_namespace``: a reachable Redis and a key prefix of this
  test's own; keys under the prefix are deleted afterwards, nothing else.
  ``module_redis``: the same, shared by one module's tests.
- ``sandbox`` / ``admin``: one sandbox server for the session and its admin client.
- A PostgreSQL or Redis that is not reachable skips its tests locally, and
  fails them when ``CI`` is set (as dramatiq's conftest does).
- Every test runs with its own XDG config/data dirs and without the caller's
  ``COFFEECHAT_*`` variables, so a developer's real config never leaks in.
"""

from __future__ import annotations

import os
import ssl
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import redis
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from connectors.sandbox import Sandbox, SandboxAdmin, running_sandbox
from connectors.sandbox.tls import ThrowawayTls, throwaway_tls
from daemon.store.db import Store, open_store, safe_url

PG_URL_ENV = "COFFEECHAT_TEST_PG_URL"
# Trust auth on 127.0.0.1; the "postgres" role may create databases (root may not).
DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
REDIS_URL_ENV = "COFFEECHAT_TEST_REDIS_URL"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"


def _unavailable(message: str) -> None:
    """Skip locally, fail in CI: a missing server must not pass CI silently."""
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    for name in list(os.environ):
        if name.upper().startswith("COFFEECHAT_") and not name.upper().startswith(
            "COFFEECHAT_TEST_"
        ):
            monkeypatch.delenv(name)
    home = tmp_path_factory.mktemp("xdg")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))


@pytest.fixture(scope="session")
def _pg_admin() -> Iterator[Engine]:
    url = make_url(os.environ.get(PG_URL_ENV, DEFAULT_PG_URL))
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError:
        engine.dispose()
        _unavailable(
            f"PostgreSQL not reachable at {safe_url(url)}; start one with: "
            "pg_ctlcluster 15 main start, or docker run -d -p 5432:5432 "
            "-e POSTGRES_HOST_AUTH_METHOD=trust postgres:16 "
            f"(or point {PG_URL_ENV} at a role that may CREATE DATABASE)"
        )
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def pg_database(_pg_admin: Engine) -> Iterator[str]:
    """URL of a PostgreSQL database created for this test session, dropped at its end."""
    name = f"coffeechat_test_{uuid.uuid4().hex[:12]}"
    with _pg_admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield _pg_admin.url.set(database=name).render_as_string(hide_password=False)
    with _pg_admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def pg_url(pg_database: str) -> Iterator[str]:
    """A blank PostgreSQL schema for one test, as a URL whose search_path points at it."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_database, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = make_url(pg_database).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
        with admin.connect() as conn:
            # A connection a test leaked must not hang the suite: the database
            # is dropped WITH (FORCE) at session end anyway.
            conn.execute(text("SET lock_timeout = '10s'"))
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    finally:
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A blank database URL, once per backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'coffeechat.db'}"
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """The store at ``db_url``, migrated to head, closed afterwards."""
    opened = open_store(db_url)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def redis_namespace() -> str:
    """A key prefix of this test's own (pass it as the broker namespace)."""
    return f"coffeechat_test_{uuid.uuid4().hex[:12]}"


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Sandbox]:
    """One sandbox server for the session (folders needing a fresh one override this)."""
    with running_sandbox() as running:
        yield running


@pytest.fixture(scope="session")
def admin(sandbox: Sandbox) -> Iterator[SandboxAdmin]:
    """The admin client of the session's sandbox."""
    with SandboxAdmin(sandbox.base_url) as client:
        yield client


@pytest.fixture(scope="session")
def tls(tmp_path_factory: pytest.TempPathFactory) -> ThrowawayTls:
    """A throwaway CA and the server context it signed (Graph clients need HTTPS)."""
    return throwaway_tls(tmp_path_factory.mktemp("tls"))


@pytest.fixture(scope="session")
def https_sandbox(tls: ThrowawayTls) -> Iterator[Sandbox]:
    """One sandbox server over HTTPS for the session, trusted through ``tls.ca_file``."""
    with running_sandbox(ssl_context=tls.context) as running:
        yield running


@pytest.fixture(scope="session")
def https_admin(https_sandbox: Sandbox, tls: ThrowawayTls) -> Iterator[SandboxAdmin]:
    """The admin client of the HTTPS sandbox."""
    trust = ssl.create_default_context(cafile=str(tls.ca_file))
    with SandboxAdmin(https_sandbox.base_url, verify=trust) as client:
        yield client


@contextmanager
def _reachable_redis(namespace: str) -> Iterator[str]:
    """A reachable Redis URL; keys starting with ``namespace`` are deleted afterwards."""
    url = os.environ.get(REDIS_URL_ENV, DEFAULT_REDIS_URL)
    client = redis.Redis.from_url(url)
    try:
        try:
            client.ping()
        except redis.RedisError:
            _unavailable(
                f"Redis not reachable at {safe_url(url)}; start one with: "
                "redis-server --daemonize yes, or docker run -d -p 6379:6379 redis:7 "
                f"(or set {REDIS_URL_ENV})"
            )
        yield url
        keys = list(client.scan_iter(match=f"{namespace}*", count=1000))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


@pytest.fixture
def redis_url(redis_namespace: str) -> Iterator[str]:
    """A reachable Redis; keys starting with ``redis_namespace`` are deleted afterwards."""
    with _reachable_redis(redis_namespace) as url:
        yield url


@pytest.fixture(scope="module")
def module_redis() -> Iterator[tuple[str, str]]:
    """``(url, namespace)`` of a reachable Redis shared by one module's tests."""
    namespace = f"coffeechat_test_{uuid.uuid4().hex[:12]}"
    with _reachable_redis(namespace) as url:
        yield url, namespace
