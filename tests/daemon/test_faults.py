"""Provider faults during a run change nothing in the final state.

The sandbox injects, one after another while a batch of contacts walks its
paths, a 429 with Retry-After, 500/503s, calls slower than the client's
timeout (a read, and a draft create the sandbox completes after the client
gave up) and expired access tokens, on the methods the daemon uses; the
first outage lasts until a command used up its attempts and was parked. The
run must end in the snapshot a clean run ends in: every step drafted exactly
once, nothing left parked, no send.

The fault run and the outage run for a Gmail account and for an Outlook one
(the same faults on Graph's methods); the database outage is the store's
and runs once, on Gmail.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, make_url, select, text

from connectors.sandbox import Sandbox, SandboxAdmin
from daemon.sandboxed import sandboxed_config, start_daemon, wait_for
from daemon.store import repo
from daemon.store.db import Store, open_store
from daemon.store.models import Outbox, OutboxStatus
from tests.daemon import journeys, scenario
from tests.daemon.journeys import Provider
from tests.daemon.scenario import Snapshot

BATCH = 9
#: The client gives up on a silent call after this; the latency faults exceed it.
HTTP_TIMEOUT_S = 2
SLOW_MS = 4_000
#: How long one fault may wait for a call of its method.
FAULT_WAIT_S = 30.0
#: Few attempts and short waits: a command reaches the retry limit in seconds.
FAULT_CADENCE = {**scenario.CADENCE, "retry_limit": "3", "retry_backoff_max": "2s"}

#: The methods the faults land on, by role, for each provider. Graph writes an
#: outreach with a new message and every later draft as a reply in its thread.
METHODS = {
    "google": {
        "outreach": "gmail.users.drafts.create",
        "draft": "gmail.users.drafts.create",
        "mail_poll": "gmail.users.history.list",
        "mail_read": "gmail.users.messages.get",
        "event_insert": "calendar.events.insert",
        "calendar_poll": "calendar.events.list",
    },
    "microsoft": {
        "outreach": "graph.messages.create",
        "draft": "graph.messages.createReply",
        "mail_poll": "graph.messages.delta",
        "mail_read": "graph.messages.value",
        "event_insert": "graph.events.create",
        "calendar_poll": "graph.calendarView.delta",
    },
}

#: In order, each injected once the previous one was used. Event inserts (holds
#: and briefs) run only mid-run, so they come first after the outreach: set any
#: later, a quick walk could have placed every hold before they were injected.
#: Drafts go on after the holds (confirmations, thank-yous, follow-ups), and the
#: last faults are on the polls, which keep running after every contact is done.
#: ``method`` names a role of :data:`METHODS`, or ``*``.
FAULTS: list[dict[str, Any]] = [
    # Until a command used up its attempts and was parked: it must resume on its own.
    {"method": "outreach", "status": 503, "times": None, "until_parked": True},
    {"method": "event_insert", "status": 503},
    {"method": "event_insert", "latency_ms": SLOW_MS, "times": 1},
    {"method": "draft", "status": 429, "retry_after": 1},
    {"method": "draft", "status": 500},
    {"method": "mail_poll", "status": 500},
    {"expire_token": True},
    {"method": "mail_read", "status": 429, "retry_after": 1},
    {"method": "draft", "latency_ms": SLOW_MS, "times": 1},
    {"method": "*", "status": 500},
    {"expire_token": True},
    {"method": "mail_poll", "status": 429, "retry_after": 2},
    {"method": "calendar_poll", "latency_ms": SLOW_MS, "times": 1},
    {"method": "calendar_poll", "status": 500},
    {"method": "mail_poll", "latency_ms": SLOW_MS, "times": 1},
]


def faults_for(provider: str) -> list[dict[str, Any]]:
    """:data:`FAULTS` on ``provider``'s methods."""
    methods = {**METHODS[provider], "*": "*"}
    return [{**f, "method": methods[f["method"]]} if "method" in f else f for f in FAULTS]


@pytest.fixture(params=journeys.PROVIDERS)
def provider(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Provider:
    """A Gmail or an Outlook sandbox; the client gives up on a silent call soon."""
    monkeypatch.setenv(f"COFFEECHAT_{request.param.upper()}__HTTP_TIMEOUT", f"{HTTP_TIMEOUT_S}s")
    return journeys.provider_sandbox(request.param, request)


class Injector(threading.Thread):
    """Injects ``faults`` one at a time, each once the daemon ran into the previous one."""

    def __init__(
        self,
        faults: list[dict[str, Any]],
        admin: SandboxAdmin,
        address: str,
        store: Store,
    ) -> None:
        super().__init__(name="fault-injector", daemon=True)
        self.faults = faults
        self.admin = admin
        self.address = address
        self.store = store
        self.used: list[dict[str, Any]] = []
        self.error: str | None = None

    def _pending(self) -> list[dict[str, Any]]:
        faults: list[dict[str, Any]] = self.admin.faults()
        return faults

    def _token_requests(self) -> int:
        return self.admin.calls().get("oauth.token", 0)

    def run(self) -> None:
        for fault in self.faults:
            if fault.get("expire_token"):
                # Used once the daemon asked for a new access token.
                before = self._token_requests()
                self.admin.fault(expire_token=True, address=self.address)
                used = self._wait(lambda before=before: self._token_requests() > before)
            elif fault.get("until_parked"):
                self.admin.fault(**{k: v for k, v in fault.items() if k != "until_parked"})
                used = self._wait(self._parked)
                self.admin.clear_faults()
            else:
                self.admin.fault(**fault)
                used = self._wait(lambda: not self._pending())
            if not used:
                self.error = f"the daemon never ran into {fault} within {FAULT_WAIT_S:.0f}s"
                self.admin.clear_faults()
                return
            self.used.append(fault)

    def _parked(self) -> bool:
        with self.store.transaction(readonly=True) as session:
            return (
                session.scalar(select(Outbox.id).where(Outbox.status == OutboxStatus.PARKED))
                is not None
            )

    def _wait(self, probe: Any) -> bool:
        deadline = time.monotonic() + FAULT_WAIT_S
        while not probe():
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)
        return True


def _faulty_run(folder: Path, provider: Provider) -> tuple[Snapshot, Injector]:
    address = f"faulty-{secrets.token_hex(4)}@example.com"
    admin = provider.admin
    settings, world = provider.configured(folder, address, cadence=FAULT_CADENCE)
    store = open_store(settings.store.url)
    injector = Injector(faults_for(provider.name), admin, address, store)
    daemon = start_daemon(settings)
    try:
        injector.start()
        batch = scenario.plans(BATCH)
        scenario.walk(settings, world, store, batch, timeout=45)
        # The polls go on: the last faults land even when the batch was quick.
        injector.join(timeout=FAULT_WAIT_S * 2)
        scenario.settle(store, 30)
        return scenario.snapshot(world, store, batch), injector
    finally:
        admin.clear_faults()
        daemon.stop()
        store.close()


def test_429_500_timeouts_and_expired_tokens_change_nothing(
    tmp_path: Path, provider: Provider
) -> None:
    # When the batch walks while the sandbox keeps injecting faults
    faulty, injector = _faulty_run(tmp_path, provider)

    # Then the daemon ran into every one of them, a command reaching the retry limit included
    assert injector.error is None, injector.error
    assert injector.used == faults_for(provider.name)
    # and the final state is a clean run's (test_crash.py checks that a clean
    # run ends there): each step drafted once, nothing parked, no send
    assert faulty == scenario.expected_snapshot(scenario.plans(BATCH))


#: How long the provider stays down after the last command was parked.
OUTAGE_AFTER_PARKED_S = 8


def test_an_outage_that_outlasts_the_retries_ends_with_every_draft_made(
    tmp_path: Path, provider: Provider
) -> None:
    address = f"outage-{secrets.token_hex(4)}@example.com"
    admin = provider.admin
    settings, world = provider.configured(tmp_path, address, cadence=FAULT_CADENCE)
    store = open_store(settings.store.url)
    daemon = start_daemon(settings)
    try:
        # Given drafts.create answering 503 (no Retry-After) until further notice
        admin.fault(method=METHODS[provider.name]["outreach"], status=503, times=None)
        with store.transaction() as session:
            for n in range(3):
                repo.add_contact(session, name=f"Ada Tester{n}", email=f"ada{n}@org{n}.example")

        # When every outreach command used up its attempts and was parked
        def all_parked() -> bool:
            with store.transaction(readonly=True) as session:
                rows = list(session.scalars(select(Outbox)))
            return len(rows) == 3 and all(r.status is OutboxStatus.PARKED for r in rows)

        wait_for(all_parked, 60, "the outreach commands to be parked")
        time.sleep(OUTAGE_AFTER_PARKED_S)  # the outage goes on while they are parked
        # and the provider recovers
        admin.clear_faults()

        # Then every draft is made, once, and nothing stays parked
        drafts = wait_for(lambda: len(world.drafts()) >= 3 and world.drafts(), 60, "3 drafts")
        scenario.settle(store, 30)
        assert sorted(d["to"] for d in drafts) == [f"ada{n}@org{n}.example" for n in range(3)]
        with store.transaction(readonly=True) as session:
            statuses = [r.status for r in session.scalars(select(Outbox))]
        assert statuses == [OutboxStatus.DONE] * 3
        assert len(world.drafts()) == 3
    finally:
        admin.clear_faults()
        daemon.stop()
        store.close()


#: How long the database refuses connections.
DB_OUTAGE_S = 4


def test_the_scheduler_survives_a_database_outage(
    tmp_path: Path,
    sandbox: Sandbox,
    admin: SandboxAdmin,
    pg_url: str,
    _pg_admin: Engine,
    caplog: pytest.LogCaptureFixture,
) -> None:
    address = f"dbdown-{secrets.token_hex(4)}@example.com"
    # Named, so that the outage cuts the daemon's connections and no one else's.
    app_name = f"coffeechat-{secrets.token_hex(4)}"
    url = make_url(pg_url).update_query_dict({"application_name": app_name})
    store_url = url.render_as_string(hide_password=False)
    settings, world = sandboxed_config(
        tmp_path, sandbox.base_url, admin, address, store_url=store_url, cadence=scenario.CADENCE
    )
    database = url.database
    store = open_store(settings.store.url)
    daemon = start_daemon(settings)
    caplog.set_level(logging.WARNING, logger="daemon.outage")
    try:
        wait_for(lambda: admin.calls().get("gmail.users.history.list"), 30, "the first polls")

        # Given the database refusing every connection for a while
        with _pg_admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false'))
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE application_name = :name"
                ),
                {"name": app_name},
            )
        time.sleep(DB_OUTAGE_S)
        with _pg_admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true'))

        # Then the scheduler still runs: a contact added now gets its outreach drafted
        with store.transaction() as session:
            repo.add_contact(session, name="Ada Tester", email="ada@org.example")
        wait_for(world.drafts, 60, "the outreach draft after the outage")
        assert daemon.thread.is_alive()
        # and the outage was logged once, and its end once
        lines = [r.getMessage() for r in caplog.records if r.name == "daemon.outage"]
        assert len(lines) == 2, lines
        assert lines[0].startswith("scheduler failing") and "works again" in lines[1]
    finally:
        with _pg_admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true'))
        daemon.stop()
        store.close()
