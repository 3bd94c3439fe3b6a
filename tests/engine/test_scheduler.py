"""The scheduler's sweep: unfinished work is re-sent with a back-off; polls jump the queue."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from dramatiq.brokers.stub import StubBroker

from daemon.clock import ShiftedClock
from daemon.scheduler import Scheduler
from daemon.settings import Settings, load_settings
from daemon.store import repo
from daemon.store.db import open_store
from daemon.store.models import Outbox, OutboxStatus, Timer
from tests.engine.support import add_outreach_command
from workflows.actors import QUEUE, URGENT_QUEUE, declare_actors


class Ticks:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _settings(tmp_path: Path) -> Settings:
    config = tmp_path / "config.toml"
    config.write_text(
        f'data_dir = "{tmp_path}"\n[store]\nurl = "sqlite:///{tmp_path / "c.db"}"\n'
        '[cadence]\nsweep_interval = "2s"\n'
        '[[accounts]]\nprovider = "google"\naddress = "sam@example.com"\n',
        encoding="utf-8",
    )
    return load_settings(config)


def test_unfinished_work_is_resent_with_a_back_off_and_forgotten_once_done(
    tmp_path: Path,
) -> None:
    settings = _settings(tmp_path)
    store = open_store(settings.store.url)
    broker = StubBroker()
    ticks = Ticks()
    scheduler = Scheduler(settings, store, declare_actors(broker, lambda: None), ticks=ticks)
    key = add_outreach_command(store, OutboxStatus.PENDING)
    try:
        # Given a command that stays unfinished for 40 s of ticks
        sent = []
        for second in range(41):
            ticks.now = float(second)
            before = broker.queues[QUEUE].qsize()
            scheduler.tick()
            if broker.queues[QUEUE].qsize() > before:
                sent.append(second)
        # Then it was sent at once, then after 2, 4, 8 and 16 s (the cap: 8 sweeps)
        assert sent == [0, 2, 6, 14, 30]

        # When it is done, it is not sent again
        with store.transaction() as session:
            row = repo.get_by_key(session, Outbox, key)
            assert row is not None
            row.status = OutboxStatus.DONE
        queued = broker.queues[QUEUE].qsize()
        for second in range(41, 100):
            ticks.now = float(second)
            scheduler.tick()
        assert broker.queues[QUEUE].qsize() == queued
    finally:
        broker.close()
        store.close()


def test_polls_go_on_the_urgent_queue_not_behind_commands(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    store = open_store(settings.store.url)
    broker = StubBroker()
    scheduler = Scheduler(settings, store, declare_actors(broker, lambda: None), ticks=Ticks())
    try:
        scheduler.register_accounts()
        add_outreach_command(store, OutboxStatus.PENDING)

        scheduler.tick()

        assert broker.queues[URGENT_QUEUE].qsize() == 1  # the poll
        assert broker.queues[QUEUE].qsize() == 1  # the command
    finally:
        broker.close()
        store.close()


def test_timers_fall_due_by_the_calendar_clock_not_by_waiting(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    store = open_store(settings.store.url)
    broker = StubBroker()
    clock = ShiftedClock()
    scheduler = Scheduler(
        settings, store, declare_actors(broker, lambda: None), clock=clock, ticks=Ticks()
    )
    try:
        # Given a nudge due in seven days
        with store.transaction() as session:
            dana = repo.add_contact(session, name="Dana Whitfield", email="dana@acme.example")
            session.add(
                Timer(
                    key="c1/sent/set_timer:nudge",
                    contact_id=dana.contact.id,
                    kind="nudge",
                    due_at=clock.now() + timedelta(days=7),
                )
            )

        # When the scheduler ticks now, nothing fires
        scheduler.tick()
        assert broker.queues[URGENT_QUEUE].qsize() == 0

        # When the calendar clock is set seven days on, the nudge fires at the next tick
        clock.advance(timedelta(days=7, seconds=1))
        scheduler.tick()
        assert broker.queues[URGENT_QUEUE].qsize() == 1
    finally:
        broker.close()
        store.close()
