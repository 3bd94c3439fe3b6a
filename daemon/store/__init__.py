"""The store: SQLAlchemy models, Alembic migrations and the queries others call.

Open it with :func:`daemon.store.db.open_store`; the query functions live in
:mod:`daemon.store.repo` and take a :class:`~sqlalchemy.orm.Session`.
"""
