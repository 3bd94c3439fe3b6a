"""The health listener of a running daemon: /healthz and Prometheus /metrics.

The daemon is ``coffeechat run`` as its own process with ``[health]``
enabled through the environment; the test reads the listener over HTTP as a
monitoring system would, while a contact is drafted, a command is parked and
the grant is withdrawn.
"""

from __future__ import annotations

import socket
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
from dramatiq.brokers.stub import StubBroker
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import select, update

from connectors.sandbox import Sandbox, SandboxAdmin
from daemon.health import start_health
from daemon.sandboxed import wait_for
from daemon.settings import load_settings
from daemon.store.db import open_store
from daemon.store.models import Account, Outbox, OutboxStatus
from daemon.store.types import utcnow
from tests.daemon.journeys import Journey, add_dana
from tests.ops.support import daemon_process
from workflows.stages import DraftKind


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _samples(base: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of /metrics, by name and sorted labels."""
    answer = httpx.get(f"{base}/metrics", timeout=10)
    assert answer.status_code == 200
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(answer.text)
        for sample in family.samples
    }


def _health(base: str) -> tuple[int, dict[str, Any]]:
    answer = httpx.get(f"{base}/healthz", timeout=30)
    return answer.status_code, answer.json()


def _failing(body: dict[str, Any]) -> list[str]:
    return [fact["name"] for fact in body["facts"] if not fact["ok"]]


def _parked(j: Journey) -> list[int]:
    with j.session() as session:
        return list(session.scalars(select(Outbox.id).where(Outbox.status == OutboxStatus.PARKED)))


def _reachable(base: str) -> bool:
    try:
        return httpx.get(f"{base}/healthz", timeout=5).status_code in (200, 503)
    except httpx.TransportError:
        return False


def test_healthz_and_metrics_of_a_running_daemon(
    tmp_path: Path, sandbox: Sandbox, admin: SandboxAdmin
) -> None:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {"COFFEECHAT_HEALTH__ENABLED": "true", "COFFEECHAT_HEALTH__PORT": str(port)}
    with daemon_process(tmp_path, sandbox, admin, env=env, cadence={"retry_limit": "1"}) as j:
        # Given a daemon with its listener on, polling
        j.wait(lambda: _reachable(base), "the health listener")
        j.let_it_look()

        # When a contact's outreach is drafted
        dana = add_dana(j)
        j.wait_draft(dana, DraftKind.OUTREACH)
        j.let_it_look()
        # Then /healthz says healthy, fact by fact, and /metrics counts polls and drafts
        status, body = _health(base)
        assert (status, body["healthy"], _failing(body)) == (200, True, [])
        names = [fact["name"] for fact in body["facts"]]
        assert names[:2] == ["store", "broker"] and "parked" in names
        samples = _samples(base)
        polls = (("actor", "sync_account"), ("outcome", "ok"))
        assert samples[("coffeechat_actor_runs_total", polls)] >= 2
        assert samples[("coffeechat_actor_duration_seconds_count", (("actor", "sync_account"),))]
        drafted = (("kind", "outreach"), ("status", "pending"))
        assert samples[("coffeechat_drafts", drafted)] == 1
        assert samples[("coffeechat_contacts", (("stage", "outreach_drafted"),))] == 1
        assert samples[("coffeechat_parked_commands", ())] == 0
        assert samples[("coffeechat_queue_lag_seconds", ())] >= 0

        # When a draft cannot be written, its command is parked: the gauge shows it
        admin.fault(method="gmail.users.drafts.create", status=500, times=5)
        add_dana(j)
        [parked] = j.wait(lambda: _parked(j), "a parked command")
        admin.clear_faults()
        samples = _samples(base)
        # (a parked command is an outcome the engine handled, not an actor error)
        assert samples[("coffeechat_parked_commands", ())] == 1
        # and once it has been parked for more than a day, /healthz fails on it
        with j.session() as session:
            session.execute(
                update(Outbox)
                .where(Outbox.id == parked)
                .values(updated_at=utcnow() - timedelta(hours=25))
            )
        status, body = _health(base)
        assert (status, body["healthy"], _failing(body)) == (503, False, ["parked"])

        # When she writes a reply no one can read, it is set aside: gauge and /healthz say so
        assert ("coffeechat_set_aside", (("kind", "message"),)) not in _samples(base)
        address = j.contact(dana).email
        raw = (
            f"From: {address}\r\nTo: {j.world.address}\r\nSubject: Re: coffee\r\n"
            "Date: Fri, 31 Dec 9999 23:59:59 -1200\r\nMessage-ID: <poison@acme.example>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\nHappy to talk, tomorrow works.\r\n"
        )
        admin.deliver(j.world.address, raw.encode())
        set_aside = ("coffeechat_set_aside", (("kind", "message"),))
        j.wait(lambda: _samples(base).get(set_aside) == 1, "the message set aside")
        status, body = _health(base)
        assert (status, _failing(body)) == (503, ["parked", "set aside"])

        # When the grant is withdrawn, the account's grant fails too
        admin.fault(revoke_refresh_token=True, address=j.world.address)

        def sync_failed() -> str | None:
            with j.session() as session:
                return session.scalars(select(Account.last_error)).one()

        wait_for(sync_failed, 30, "the sync to fail")
        status, body = _health(base)
        assert status == 503
        assert [n.split(" ")[0] for n in _failing(body)] == ["grant", "parked", "set"]
        # and anything else is not found
        assert httpx.get(f"{base}/contacts", timeout=10).status_code == 404


def test_the_listener_binds_the_loopback_address_only(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'data_dir = "{tmp_path}"\n[health]\nenabled = true\nport = {_free_port()}\n')
    settings = load_settings(config)
    store = open_store(settings.store.url)
    broker = StubBroker()
    listener = start_health(settings, store, broker)
    try:
        assert listener.server.server_address[0] == "127.0.0.1"
        status, body = _health(f"http://127.0.0.1:{listener.port}")
        # no accounts configured, nothing parked: the store and broker facts hold
        assert (status, _failing(body)) == (200, [])
    finally:
        listener.close()
        broker.close()
        store.close()
