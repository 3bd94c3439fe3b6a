"""Is the daemon healthy? One fact per line, for ``coffeechat check`` and ``/healthz``.

Each check reads the store (or pings the broker) and returns facts that hold
or fail, each with one line saying why. The store comes first: when it cannot
be read, the facts that depend on it are not asked. A new check is one more
function in :data:`STORE_CHECKS`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import redis
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from connectors.errors import ConfigError
from daemon.logs import mask_address
from daemon.settings import Settings
from daemon.store.db import alembic_config, make_engine, safe_url, session_factory
from daemon.store.models import Account, Outbox, OutboxStatus, SetAside, SetAsideStatus

log = logging.getLogger(__name__)

#: An account not synced for this many poll intervals is late.
POLLS_LATE = 3
#: A command parked for longer than this has waited too long for the user.
PARKED_TOO_LONG = timedelta(days=1)
#: How long the broker may take to answer a ping, in seconds.
PING_TIMEOUT = 3.0


@dataclass(frozen=True)
class Fact:
    """One thing checked: whether it holds, and a line saying what was found."""

    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        """``ok    store: ...`` or ``FAIL  store: ...``."""
        return f"{'ok' if self.ok else 'FAIL':<5} {self.name}: {self.detail}"

    def record(self) -> dict[str, Any]:
        """The fact as a JSON-friendly dict."""
        return asdict(self)


def healthy(facts: list[Fact]) -> bool:
    """Whether every fact holds."""
    return all(fact.ok for fact in facts)


def run_checks(settings: Settings, now: datetime) -> list[Fact]:
    """Every fact about the daemon described by ``settings``, as of ``now``."""
    facts = [broker_fact(settings.broker.url)]
    store = settings.store.url
    missing = _missing_sqlite_file(store)
    if missing is not None:
        return [Fact("store", False, missing), *facts]
    try:
        engine = make_engine(store)
    except ConfigError as exc:
        return [Fact("store", False, str(exc)), *facts]
    try:
        with session_factory(engine).begin() as session:
            schema = schema_fact(session, safe_url(store))
            facts.insert(0, schema)
            if schema.ok:
                for check in STORE_CHECKS:
                    facts.extend(check(session, settings, now))
    except SQLAlchemyError as exc:
        facts.insert(0, Fact("store", False, f"{safe_url(store)} unreachable: {_first_line(exc)}"))
    finally:
        engine.dispose()
    return facts


def _missing_sqlite_file(url: str) -> str | None:
    """Why the SQLite store cannot be checked without creating it, if it cannot."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if Path(parsed.database).is_file():
        return None
    return f"{parsed.database} does not exist (coffeechat db upgrade creates it)"


def _first_line(exc: BaseException) -> str:
    cause = getattr(exc, "orig", None) or exc
    return (str(cause).strip().splitlines() or ["?"])[0]


def schema_fact(session: Session, where: str) -> Fact:
    """The store answers and its schema is the newest this coffeechat knows."""
    current = MigrationContext.configure(session.connection()).get_current_revision()
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if current == head:
        return Fact("store", True, f"{where} reachable, schema {current} (newest)")
    return Fact(
        "store",
        False,
        f"{where} reachable, schema {current or 'none'} but this coffeechat needs {head}: "
        "run coffeechat db upgrade",
    )


def broker_fact(url: str) -> Fact:
    """Redis answers a ping, or the broker is the in-process one."""
    if not url:
        return Fact("broker", True, "in-process (inside coffeechat run)")
    client = redis.Redis.from_url(
        url, socket_connect_timeout=PING_TIMEOUT, socket_timeout=PING_TIMEOUT
    )
    try:
        client.ping()
    except redis.RedisError as exc:
        return Fact("broker", False, f"{safe_url(url)} unreachable: {exc}")
    finally:
        client.close()
    return Fact("broker", True, f"{safe_url(url)} answers")


def sync_facts(session: Session, settings: Settings, now: datetime) -> list[Fact]:
    """Each configured account was synced within :data:`POLLS_LATE` poll intervals."""
    rows = {row.address: row for row in session.scalars(select(Account))}
    facts = []
    for account in settings.accounts:
        every = account.poll_interval or settings.cadence.poll_interval
        row = rows.get(account.address)
        name = f"sync {mask_address(account.address)}"
        if row is None or row.last_sync_at is None:
            facts.append(Fact(name, False, "never synced (is coffeechat run running?)"))
            continue
        age = now - row.last_sync_at
        within = f"{_seconds(age)} ago (polls every {_seconds(every)})"
        facts.append(Fact(name, age <= POLLS_LATE * every, f"last synced {within}"))
    return facts


def grant_facts(session: Session, settings: Settings, now: datetime) -> list[Fact]:
    """No configured account's last sync failed (a revoked or expired grant shows here)."""
    rows = {row.address: row for row in session.scalars(select(Account))}
    facts = []
    for account in settings.accounts:
        row = rows.get(account.address)
        name = f"grant {mask_address(account.address)}"
        if row is not None and row.last_error:
            first = row.last_error.strip().splitlines()[0]
            facts.append(Fact(name, False, f"last sync failed: {first}"))
        else:
            facts.append(Fact(name, True, "no error on the last sync"))
    return facts


def parked_facts(session: Session, settings: Settings, now: datetime) -> list[Fact]:
    """No command has stayed parked for longer than :data:`PARKED_TOO_LONG`."""
    since = now - PARKED_TOO_LONG
    stale = (Outbox.status == OutboxStatus.PARKED) & (Outbox.updated_at < since)
    count = session.scalar(select(func.count()).select_from(Outbox).where(stale)) or 0
    if not count:
        return [Fact("parked", True, "no command parked for longer than a day")]
    oldest = session.scalars(select(Outbox).where(stale).order_by(Outbox.updated_at)).first()
    assert oldest is not None
    return [
        Fact(
            "parked",
            False,
            f"{count} command(s) parked for longer than a day, oldest {oldest.key} "
            f"({_seconds(now - oldest.updated_at)} ago): see coffeechat status",
        )
    ]


def set_aside_facts(session: Session, settings: Settings, now: datetime) -> list[Fact]:
    """No message or calendar event is set aside, unread, waiting for the user."""
    waiting = SetAside.status == SetAsideStatus.SET_ASIDE
    count = session.scalar(select(func.count()).select_from(SetAside).where(waiting)) or 0
    if not count:
        return [Fact("set aside", True, "no mail or event set aside unread")]
    first = session.scalars(select(SetAside).where(waiting).order_by(SetAside.id)).first()
    assert first is not None
    return [
        Fact(
            "set aside",
            False,
            f"{count} message(s) or event(s) could not be read and were set aside, the first "
            f"a {first.kind} ({first.provider_id}): see coffeechat status, then coffeechat retry",
        )
    ]


def _seconds(delta: timedelta) -> str:
    seconds = delta.total_seconds()
    if seconds < 120:
        return f"{seconds:.1f}s" if seconds < 10 else f"{seconds:.0f}s"
    if seconds < 7200:
        return f"{seconds / 60:.0f}m"
    return f"{seconds / 3600:.1f}h"


#: The checks that read the store, in the order their lines print.
STORE_CHECKS: tuple[Callable[[Session, Settings, datetime], list[Fact]], ...] = (
    sync_facts,
    grant_facts,
    parked_facts,
    set_aside_facts,
)
