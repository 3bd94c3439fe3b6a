"""Engines, sessions and migrations for the store.

Whoever opens the store migrates it: :func:`open_store` runs Alembic to head,
then hands back a :class:`Store`. SQLite (the default, one file per user) runs
in WAL mode with foreign keys on and a busy timeout; PostgreSQL URLs use psycopg 3.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.util import CommandError
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from connectors.errors import ConfigError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# Execution option read by the SQLite "begin" hook: start with BEGIN IMMEDIATE,
# i.e. take the write lock at once (see repo.lock_contact).
SQLITE_IMMEDIATE = "coffeechat_sqlite_immediate"

# Any constant works; it only has to be the same in every process.
_PG_MIGRATION_LOCK = 0x636F6666  # "coff"


def safe_url(url: str | URL) -> str:
    """``url`` with any password masked, fit for logs and error messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparsable URL>"


def _parse(url: str | URL) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigError(f"store.url: not a database URL: {safe_url(url)}") from exc
    if parsed.drivername == "postgresql":
        # psycopg 3 is the driver we ship; SQLAlchemy's bare default is psycopg2.
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def make_engine(url: str | URL, *, busy_timeout_ms: int = 10_000) -> Engine:
    """An engine for ``url`` with coffeechat's connection settings.

    SQLite: the parent folder is created, and every connection gets WAL,
    ``foreign_keys=ON`` and ``busy_timeout``; transactions are begun by us
    (``BEGIN``, or ``BEGIN IMMEDIATE`` when :data:`SQLITE_IMMEDIATE` is set)
    rather than by the sqlite3 module, so SQLite's locking is predictable.
    """
    parsed = _parse(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)
    database = parsed.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        path = Path(database).expanduser()
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            # The store holds personal data: user-only, as are SQLite's -wal/-shm files
            # (SQLite gives them the database file's mode).
            path.touch(mode=0o600, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"store.url: cannot create {database!r}: {exc.strerror}") from exc
    engine = create_engine(parsed)
    event.listen(engine, "connect", _sqlite_on_connect(busy_timeout_ms))
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_on_connect(busy_timeout_ms: int) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Autocommit at the driver level: the "begin" hook emits BEGIN itself.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        finally:
            cursor.close()

    return on_connect


def _sqlite_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get(SQLITE_IMMEDIATE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def begin_write(session: Session) -> None:
    """Start ``session``'s transaction as a write transaction; call it first.

    On SQLite this is ``BEGIN IMMEDIATE``: the write lock is taken at once
    (waiting up to the busy timeout), so a read-then-write step cannot fail
    halfway with "database is locked" because another writer came between,
    and it serializes work on one contact (:func:`~daemon.store.repo.lock_contact`).
    On PostgreSQL it changes nothing (row locks do that job).
    """
    session.connection(execution_options={SQLITE_IMMEDIATE: True})


def is_write_transaction(session: Session) -> bool:
    """Whether ``session`` was begun with :func:`begin_write`."""
    return bool(session.connection().get_execution_options().get(SQLITE_IMMEDIATE, False))


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions bound to ``engine``; objects stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config(url: str | URL | None = None) -> Config:
    """Alembic's configuration, built in code (the scripts live in this package)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        config.set_main_option(
            "sqlalchemy.url", _parse(url).render_as_string(hide_password=False).replace("%", "%%")
        )
    return config


def migrate(engine: Engine) -> str:
    """Bring the database behind ``engine`` to the newest schema; return its revision."""
    config = alembic_config()
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # Two processes starting at once must not both create the tables.
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    except OperationalError as exc:
        raise ConfigError(
            f"store {safe_url(engine.url)}: cannot open the database: {_first_line(exc.orig)}"
        ) from exc
    except CommandError as exc:
        raise ConfigError(
            f"store {safe_url(engine.url)}: cannot migrate ({exc}); is it from a newer coffeechat?"
        ) from exc
    log.debug("store %s at revision %s", safe_url(engine.url), revision)
    return str(revision)


def upgrade(url: str | URL) -> str:
    """Run the migrations on the database at ``url`` up to head; return the revision."""
    engine = make_engine(url)
    try:
        return migrate(engine)
    finally:
        engine.dispose()


def _first_line(error: BaseException | None) -> str:
    return str(error).strip().splitlines()[0] if error is not None and str(error).strip() else "?"


@dataclass
class Store:
    """An open, migrated store: an engine and its session factory."""

    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def transaction(self, *, readonly: bool = False) -> Iterator[Session]:
        """A session in a transaction: committed on success, rolled back on error.

        On SQLite a transaction that may write takes the write lock when it
        begins (see :func:`begin_write`); pass ``readonly=True`` for pure reads,
        which never wait for a writer.
        """
        with self.sessions.begin() as session:
            if not readonly:
                begin_write(session)
            yield session

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def open_store(url: str | URL) -> Store:
    """Open the store at ``url``, migrating it to the newest schema first."""
    engine = make_engine(url)
    try:
        migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine=engine, sessions=session_factory(engine))
