"""Alembic environment for the store.

``daemon.store.db.migrate`` passes an open connection in
``config.attributes["connection"]``; the ``alembic`` command line (for writing
new revisions) uses ``sqlalchemy.url`` from ``daemon/store/alembic.ini`` or
``-x url=...`` instead.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from daemon.store.db import make_engine
from daemon.store.models import Base


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things: batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _main() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or context.config.get_main_option(
        "sqlalchemy.url"
    )
    if not url:
        raise SystemExit("give the database with: alembic -x url=sqlite:///PATH ...")
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()


_main()
